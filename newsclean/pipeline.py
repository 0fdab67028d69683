"""Named, ordered, immutable filter pipelines.

A filter is any callable ``Document -> Document``. A pipeline runs its filters in order and
stamps each filter's name on the removals it made.

>>> from newsclean import DEFAULT
>>> p = DEFAULT.without("summary")
>>> "summary" in p, "summary" in DEFAULT
(False, True)
>>> def shout(doc):
...     return doc.with_metadata(shouted=True)
>>> DEFAULT.insert(shout, after="title").names.index("shout") == DEFAULT.names.index("title") + 1
True

A step that cannot work without another says so in its ``needs`` attribute (names of steps
that must run before it); the pipeline refuses to be built without them:

>>> def headline_case(doc):
...     return doc.with_metadata(title=str(doc.metadata.get("title", "")).upper())
>>> headline_case.needs = ("title",)
>>> DEFAULT.insert(headline_case).without("title")
Traceback (most recent call last):
...
ValueError: step 'headline_case' needs 'title' to run before it
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .document import FILTER_NAME, Document

__all__ = ["Filter", "Pipeline", "filter_name"]

Filter = Callable[[Document], Document]


def filter_name(f: Filter) -> str:
    """A filter's name: its ``name`` attribute, else its ``__name__``."""
    name = getattr(f, "name", None) or getattr(f, "__name__", None)
    if not isinstance(name, str) or not name:
        raise TypeError(f"cannot name filter {f!r}: give it a `name` or pass (name, filter)")
    return name


class Pipeline:
    """An ordered, immutable sequence of named filters.

    Build one from filters, or from ``(name, filter)`` pairs; change it with :meth:`without`,
    :meth:`replace` and :meth:`insert`, each of which returns a new pipeline. Building one
    raises ``ValueError`` when a filter's ``needs`` names a step that does not run before it.
    """

    __slots__ = ("_steps",)

    def __init__(self, steps: Iterable[Filter | tuple[str, Filter]] = ()) -> None:
        pairs: list[tuple[str, Filter]] = []
        for step in steps:
            if isinstance(step, tuple):
                name, f = step
            else:
                name, f = filter_name(step), step
            if not callable(f):
                raise TypeError(f"filter {name!r} is not callable: {f!r}")
            if any(name == n for n, _ in pairs):
                raise ValueError(f"two filters are named {name!r}; pass (name, filter) to rename one")
            for need in getattr(f, "needs", ()):
                if not any(need == n for n, _ in pairs):
                    raise ValueError(f"step {name!r} needs {need!r} to run before it")
            pairs.append((name, f))
        self._steps: tuple[tuple[str, Filter], ...] = tuple(pairs)

    # -- inspection ---------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        """The filters' names, in order."""
        return [n for n, _ in self._steps]

    def __iter__(self) -> Iterator[tuple[str, Filter]]:
        return iter(self._steps)

    def __len__(self) -> int:
        return len(self._steps)

    def __contains__(self, name: object) -> bool:
        return any(name == n for n, _ in self._steps)

    def __getitem__(self, name: str) -> Filter:
        return self._steps[self._index(name)][1]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self._steps == other._steps

    def __hash__(self) -> int:
        return hash(self._steps)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    def _index(self, name: str) -> int:
        for i, (n, _) in enumerate(self._steps):
            if n == name:
                return i
        raise KeyError(f"no filter named {name!r}; known: {', '.join(self.names) or '(none)'}")

    # -- derivation ---------------------------------------------------------------------------

    def without(self, *names: str) -> Pipeline:
        """The pipeline less the named filters (``KeyError`` for an unknown name)."""
        drop = {self._index(n) for n in names}
        return Pipeline(s for i, s in enumerate(self._steps) if i not in drop)

    def replace(self, name: str, f: Filter) -> Pipeline:
        """The pipeline with filter ``name`` swapped for ``f`` (which keeps the name)."""
        i = self._index(name)
        steps = list(self._steps)
        steps[i] = (name, f)
        return Pipeline(steps)

    def insert(self, f: Filter, *, before: str | None = None, after: str | None = None,
               name: str | None = None) -> Pipeline:
        """The pipeline with ``f`` added before or after a named filter (at the end if neither)."""
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        step = (name or filter_name(f), f)
        steps = list(self._steps)
        if before is not None:
            steps.insert(self._index(before), step)
        elif after is not None:
            steps.insert(self._index(after) + 1, step)
        else:
            steps.append(step)
        return Pipeline(steps)

    # -- running ------------------------------------------------------------------------------

    def __call__(self, doc: Document) -> Document:
        """Run every filter in order; stamp each new removal with its filter's name (the removals
        a filter makes through :class:`Document`'s methods carry it already: :data:`FILTER_NAME
        <newsclean.document.FILTER_NAME>` names the filter while it runs)."""
        for name, f in self._steps:
            before = len(doc.removals)
            token = FILTER_NAME.set(name)
            try:
                out = f(doc)
            finally:
                FILTER_NAME.reset(token)
            if not isinstance(out, Document):
                raise TypeError(f"filter {name!r} returned {type(out).__name__}, not a Document")
            if len(out.removals) > before:
                out = out.restamped(before, name)
            doc = out
        return doc
