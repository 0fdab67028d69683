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

>>> LINE_CACHE >= TEXT_CACHE
True
"""

from __future__ import annotations

__all__ = ["LINE_CACHE", "TEXT_CACHE"]

#: Entries of each per-line cache of verdicts (shape, weight, furniture, dates, byline).
LINE_CACHE = 8192
#: Entries of the caches whose answers are texts the size of the line (its tokens, its
#: comparison key): fewer, as each holds a copy of its line. Most readers of a line's tokens
#: read its cached verdicts (weight, shape, stop words) instead, which outlive them.
TEXT_CACHE = 4096
