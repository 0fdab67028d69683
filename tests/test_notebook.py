"""examples/quickstart.ipynb runs from top to bottom, so it never rots, and is committed clean."""

from __future__ import annotations

import json
import os
import sys

import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)


@pytest.fixture
def kernel_name(tmp_path, monkeypatch):
    """A kernel spec that runs this interpreter, with this checkout importable."""
    pytest.importorskip("ipykernel", reason="ipykernel is not installed: pip install 'newsclean[notebook]'")
    spec = tmp_path / "kernels" / "newsclean-test"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "language": "python",
                                                  "display_name": "newsclean test"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    # The inline backend draws with Agg and hands the notebook a PNG: no display needed.
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    path = os.environ.get("PYTHONPATH")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), *([path] if path else [])]))
    return "newsclean-test"


@pytest.mark.parametrize("folder", [ROOT / "examples", ROOT], ids=["from examples", "from the repository"])
def test_quickstart_notebook_executes(kernel_name, folder):
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed: pip install 'newsclean[notebook]'")
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed: pip install 'newsclean[notebook]'")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, kernel_name=kernel_name, timeout=120,
                                     resources={"metadata": {"path": str(folder)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, if a cell fails

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("newsclean-result" in h and "php_dump ×1" in h for h in html), "the result did not show itself"
    assert any("image/png" in o.get("data", {}) for o in outputs), "the bar chart was not drawn"
    table = next(h for h in html if "clean_published" in h)
    # blog-comments prints "June 12, 2019", no time: its day, not 19:30 the day before (Tehran midnight)
    assert "2019-06-12 00:00:00+00:00" in table and "2019-06-11" not in table


def test_the_extras_bring_what_the_readme_asks_for():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: pytest brings tomli, the library tomllib came from
        import tomli as tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    names = {extra: {dep.split(">")[0].split("<")[0].split("=")[0] for dep in deps} for extra, deps in extras.items()}
    assert {"notebook", "nbconvert", "ipykernel", "pandas"} <= names["notebook"]  # open it, run it headless
    # pyspark 4 floods a job with warnings under pandas 3, which it does not yet fully support
    assert any(dep.startswith("pandas") and "<3" in dep for dep in extras["spark"])
