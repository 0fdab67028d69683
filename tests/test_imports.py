"""The architecture, read from the imports: no step imports another step (what one finds for
another goes through the document: removals, metadata, ``doc.facts``), and no import cycle
except ``result`` <-> ``display`` (the notebook view, which ``result`` imports lazily)."""

from __future__ import annotations

import ast
import re
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
    ("core", ("languages", "lexicon", "reasons", "document", "pipeline", "result", "display", "strict", "memo",
              "numerals")),
    ("helpers", ("words", "sentences", "dates", "names", "titles", "alternatives", "encoding", "guard", "limits",
                 "layout", "headlines")),
    ("steps", ("filters", "html.")),
    ("assembly", ("defaults", "api", "readback", "recheck", "html")),
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


# -- word lists ------------------------------------------------------------------------------------
# Every word a language needs lives in newsclean/languages (one module per language). Outside it, no
# literal lists five or more plain words (a tuple, list or set of them, or a string split into them) and
# no pattern alternates four or more. Names in code are not a language's words: the HTML reader's markup
# vocabulary, output columns, reason names; each stays where it is used, named here with why.
_NOT_A_LANGUAGE = {
    ("newsclean/html/chrome.py", "CLASS_WORDS"): "class and id names of page chrome (markup, not prose)",
    ("newsclean/html/chrome.py", "CONTENT_WORDS"): "class and id names of an article's container",
    ("newsclean/html/chrome.py", "_SMALL_TAGS"): "HTML tag names",
    ("newsclean/html/content.py", "_POSITIVE"): "class and id names of an article's container",
    ("newsclean/html/content.py", "_NEGATIVE"): "class and id names of page chrome",
    ("newsclean/html/content.py", "_SCORED_TAGS"): "HTML tag names",
    ("newsclean/html/detect.py", "_PAGE_TAG"): "HTML tag names",
    ("newsclean/html/detect.py", "_START"): "HTML tag names",
    ("newsclean/html/parse.py", "_FLAT_KEEP"): "HTML tag names",
    ("newsclean/html/headline.py", "_DOMAIN"): "top-level domains",
    ("newsclean/dates.py", "_TZ"): "time zone abbreviations",
    ("newsclean/html/headline.py", "_GENERIC_LABELS"): "host name labels (www, news, blog)",
    ("newsclean/html/metadata.py", "ARTICLE_TYPES"): "schema.org types",
    ("newsclean/html/metadata.py", "PAGE_TYPES"): "schema.org types",
    ("newsclean/html/metadata.py", "_PUBLISHED_KEYS"): "<meta> keys",
    ("newsclean/html/parse.py", "UNSEEN_TAGS"): "HTML tag names",
    ("newsclean/html/parse.py", "_INLINE"): "HTML tag names",
    ("newsclean/html/render.py", "INLINE_TAGS"): "HTML tag names",
    ("newsclean/html/render.py", "_LAYOUT_SIGNS"): "HTML tag names",
    ("newsclean/filters/blobs.py", "_IMAGE_KEYS"): "JSON keys of leaked data",
    ("newsclean/corpus/fields.py", "FIELDS"): "output columns",
    ("newsclean/frame.py", "COLUMNS"): "output columns",
    ("newsclean/integrations/spark.py", "FIELDS"): "output columns",
    ("newsclean/filters/blobs.py", "_DATA_TAIL"): "JSON's and JavaScript's literals",
}
_PLAIN_WORD = re.compile(r"[^\W\d_][^\W\d_'’ -]*")
_ALTERNATION = re.compile(r"(?:[^\W\d_]{2,}\|){3,}[^\W\d_]{2,}")
_MIN_WORDS = 5


def _word_lists(path: Path) -> list[tuple[str, int, str]]:
    """``(assigned name, line, first words)`` of each literal word list in a module."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for statement in ast.walk(tree):
        if not isinstance(statement, (ast.Assign, ast.AnnAssign)):
            continue
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        name = next((t.id for t in targets if isinstance(t, ast.Name)), "")
        if name == "__all__" or statement.value is None:
            continue
        for node in ast.walk(statement.value):
            words: list[str] = []
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                         and _PLAIN_WORD.fullmatch(e.value) and e.value.islower()]
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
                  and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
                words = node.func.value.value.split()
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = [m.group(0) for m in _ALTERNATION.finditer(node.value)]
                words = words[0].split("|") if words else []
            if len(words) >= (_MIN_WORDS if not isinstance(node, ast.Constant) else 4):
                found.append((name, node.lineno, " ".join(words[:4])))
    return found


def test_no_word_list_outside_the_languages():
    found = sorted(f"{path.relative_to(ROOT)}:{line} {name}: {words} ..."
                   for path in PACKAGE.rglob("*.py") if "languages" not in path.relative_to(PACKAGE).parts
                   for name, line, words in _word_lists(path)
                   if (str(path.relative_to(ROOT)), name) not in _NOT_A_LANGUAGE)
    assert found == [], "move these words to newsclean/languages (or name them in _NOT_A_LANGUAGE with why)"


def test_the_scan_finds_a_word_list():
    sample = ROOT / "tests" / "conftest.py"  # any file: the scan reads the source it is given
    assert _word_lists(sample) == []
    assert [w for _, _, w in _word_lists(PACKAGE / "languages" / "en.py") if w.startswith("a about")]


def test_every_named_exception_is_still_a_word_list():
    found = {(str(path.relative_to(ROOT)), name) for path in PACKAGE.rglob("*.py") for name, _, _ in _word_lists(path)}
    assert set(_NOT_A_LANGUAGE) - found == set()
