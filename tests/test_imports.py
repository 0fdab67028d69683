"""The architecture, read from the imports: no step imports another step (what one finds for
another goes through the document: removals, metadata, ``doc.facts``), and no import cycle
except ``result`` <-> ``display`` (the notebook view, which ``result`` imports lazily)."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "newsclean"
ALLOWED_CYCLES = [{"newsclean.result", "newsclean.display"}]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that ``path`` imports, at its top or inside a function."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[:len(base) - node.level + 1] if node.level else []
            source = ".".join([*base, *(node.module or "").split(".")]).strip(".")
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                found.add(sub if sub in modules else source)
    return {m for m in found if m in modules and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: imports(path, set(modules)) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[set[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    component.add(m)
                    if m == node:
                        break
                if len(component) > 1:
                    out.append(component)
    return out


def test_no_step_imports_another_step():
    graph = _graph()
    steps = {m for m in graph if m.startswith("newsclean.filters.")}
    crossing = {m: sorted(graph[m] & steps) for m in steps if graph[m] & steps}
    assert crossing == {}


def test_no_import_cycle_but_the_notebook_view():
    assert [c for c in _cycles(_graph()) if c not in ALLOWED_CYCLES] == []


def test_the_reader_finds_relative_and_lazy_imports():
    graph = _graph()
    assert "newsclean.reasons" in graph["newsclean.filters.paragraphs"]  # from .. import reasons
    assert "newsclean.names" in graph["newsclean.filters.byline"]        # from ..names import byline_names
    assert "newsclean.display" in graph["newsclean.result"]              # inside _repr_html_
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


# Layers, lowest first: a module imports only from its own layer or below (nothing upward).
# The HTML package's facade (``newsclean.html``) gives ``for_html`` from ``defaults`` for old imports.
_LAYERS = [
    ("core", ("lexicon", "reasons", "document", "pipeline", "result", "display", "strict", "memo")),
    ("helpers", ("words", "dates", "names", "titles", "alternatives", "encoding", "guard", "limits", "layout")),
    ("steps", ("filters", "html.")),
    ("assembly", ("defaults", "api", "html")),
    ("apps", ("corpus", "many", "cli", "frame", "integrations", "__main__", "batch", "records", "writers", "parallel",
              "atomic", "fields", "csvrows", "")),
]


def layer(module: str) -> int:
    """The layer of a module of the package, by its name.

    >>> layer("newsclean.filters.title"), layer("newsclean.html"), layer("newsclean.html.reader")
    (2, 3, 2)
    """
    name = module.removeprefix("newsclean").removeprefix(".")
    for i, (_, prefixes) in enumerate(_LAYERS):
        if any(name == p or name.startswith(p if p.endswith(".") else p + ".") for p in prefixes):
            return i
    raise AssertionError(f"{module} is in no layer of tests/test_imports.py")


def test_nothing_imports_upward():
    graph = _graph()
    upward = sorted(f"{m} -> {t}" for m, targets in graph.items() for t in targets if layer(t) > layer(m))
    assert upward == []


def test_steps_and_the_html_reader_do_not_import_each_other():
    graph = _graph()
    def family(module: str) -> str | None:  # "filters" or "html" for a module inside either package
        parts = module.split(".")
        return parts[1] if len(parts) > 2 and parts[1] in ("filters", "html") else None

    crossing = sorted(f"{m} -> {t}" for m, targets in graph.items() for t in targets
                      if {family(m), family(t)} == {"filters", "html"})
    assert crossing == []
