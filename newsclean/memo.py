"""How many answers the per-line memo caches keep (``functools.lru_cache`` on the functions that
judge one line: its tokens, shape, weight, furniture kind, dates, byline).

Within a page, each block keeps what the steps read of it (``Block.feature``: computed once a
block, freed with the document), so a page of any number of distinct lines is read once, not
once per step. These global caches are the second level: a site's pages repeat their furniture
(menus, share bars, bylines), which a batch of pages then judges once, and the helpers a
feature calls (tokens, code and section tests) reuse the answers the others computed. They
need not hold a whole page: 8,192 lines keep 95% of the answers 32,768 did on the eval pages
(``benchmarks/scaling.py`` no longer depends on them), at about 0.1 kB an entry (peak memory
over the 620 eval pages of the page form: 99 MB with 32,768, 61 MB with these sizes).

Those caches are bounded, so a page of more distinct lines than they hold is read afresh by every
step that rebuilds a block of it, and by every cleaning of the same text (``clean`` cleans a text it
changed again, see ``api._recheck``): a scan of more lines than an LRU cache holds hits it never.
A page's own memo (:func:`page_features`) is sized to the page instead: while it is open, the
blocks of equal text share their features (:meth:`Block.feature <newsclean.document.Block.feature>`),
so a line is read once per call of ``clean`` however many times its block is rebuilt or cleaned
again; it goes when the call ends, so its memory is the page's.

>>> LINE_CACHE >= TEXT_CACHE
True
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

__all__ = ["LINE_CACHE", "TEXT_CACHE", "features_of", "page_dict", "page_features", "page_pool", "released_per_call"]

#: Entries of each per-line cache of verdicts (shape, weight, furniture, dates, byline).
LINE_CACHE = 8192
#: Entries of the caches whose answers are texts the size of the line (its tokens, its
#: comparison key): fewer, as each holds a copy of its line. Most readers of a line's tokens
#: read its cached verdicts (weight, shape, stop words) instead, which outlive them.
TEXT_CACHE = 4096


# The open page memo: a line's text -> its features (``Block.feature``'s answers), or None.
_PAGE: ContextVar[dict[Any, dict[Any, Any]] | None] = ContextVar("newsclean_page_features", default=None)
# The open page memo's dicts kept for a step (see page_dict), by the key the step gives.
_STEPS: ContextVar[dict[object, dict[Any, Any]] | None] = ContextVar("newsclean_page_steps", default=None)
# One-entry holders of "the last page asked about" (layout/shape's view, headlines/keyed's index),
# emptied when the outermost page memo closes (see released_per_call).
_HOLDERS: list[list[Any]] = []


def released_per_call(holder: list[Any]) -> list[Any]:
    """``holder``, a one-entry list a module keeps the last page's view in, registered to be
    emptied when the outermost page memo closes: a call of ``clean`` then does not keep its page
    (every block of it) alive after it returns, for memory and for the garbage collector to scan
    in the next call. Such a view is looked up by the identity of its blocks, so emptying it
    changes no answer, only what the next page must build.

    >>> last = released_per_call([None])
    >>> with page_features():
    ...     last[0] = "a page's view"
    >>> last
    [None]
    """
    _HOLDERS.append(holder)
    return holder


@contextmanager
def page_features() -> Iterator[None]:
    """Open a page memo for the blocks built inside the ``with``: blocks of the same text share
    one dict of features (see :func:`features_of`). A memo opened inside another (a nested
    call of ``clean``) is its own, and the outer one is open again after it. It is private to
    the thread (and asyncio task) that opened it.

    >>> with page_features():
    ...     features_of("Home") is features_of("Home")
    True
    >>> features_of("Home") is features_of("Home")  # no memo open: a dict of its own each time
    False
    """
    token, steps = _PAGE.set({}), _STEPS.set({})
    try:
        yield
    finally:
        _STEPS.reset(steps)
        _PAGE.reset(token)
        if _PAGE.get() is None:  # the outermost memo: the call's page views go with it
            for holder in _HOLDERS:
                holder[0] = None


def features_of(text: str) -> dict[Any, Any]:
    """The dict of features for a new block of ``text``: the one blocks of the same text share
    while a page memo is open (:func:`page_features`), a new empty one otherwise. Sound because a
    feature is a pure function of the line's text (the contract of ``Block.feature``).
    """
    return _slot(_PAGE, text)


def page_pool() -> dict[Any, dict[Any, Any]] | None:
    """The open page memo itself (a line's text -> the dict of its features), or ``None`` when no
    memo is open: for a caller that builds many blocks at once (a page's first read) and looks
    each line up there, as :func:`features_of` would, without a call a line.

    >>> page_pool() is None
    True
    >>> with page_features():
    ...     features_of("Home") is page_pool()["Home"]
    True
    """
    return _PAGE.get()


def page_dict(key: object) -> dict[Any, Any]:
    """A dict a step keeps its answers in for the open page memo (:func:`page_features`): the same
    dict each time the step asks with the same ``key`` (a function whose answers it holds) in
    this call of ``clean``, so a step run again (the recheck's cleanings, the guard's reruns)
    finds what its runs before found; a new empty one when no memo is open. Only answers that
    depend on nothing but their own key (a line's text) may be kept in it.

    >>> with page_features():
    ...     page_dict(len)["Home"] = 4
    ...     page_dict(len)
    {'Home': 4}
    >>> page_dict(len)
    {}
    """
    return _slot(_STEPS, key)


def _slot(memo: ContextVar[dict[Any, dict[Any, Any]] | None], key: object) -> dict[Any, Any]:
    """The dict ``memo`` keeps under ``key`` while it is open (made on the first ask), or a new
    empty one when it is not open."""
    pool = memo.get()
    if pool is None:
        return {}
    out = pool.get(key)
    if out is None:
        out = pool[key] = {}
    return out
