"""How many answers the per-line memo caches keep (``functools.lru_cache`` on the functions that
judge one line: its tokens, shape, weight, furniture kind, dates, byline).

Several steps ask the same questions about each line of a page, and a site's pages repeat their
furniture, so each answer is kept. An LRU cache that a page's lines overflow serves nothing to
the later steps: each step walks the page in order and evicts what the next step would have
read, so every step computes every line again (a 2 MB page of 17,000 distinct lines cost 14x a
250 kB one, not 8x). The caches hold the distinct lines of a page up to a few megabytes
(``benchmarks/scaling.py``), at about 0.1 kB an entry.

>>> LINE_CACHE >= 4 * 8192
True
"""

from __future__ import annotations

__all__ = ["LINE_CACHE", "TEXT_CACHE"]

#: Entries of each per-line cache: the distinct lines of a 2 MB page of short lines.
LINE_CACHE = 32768
#: Entries of the caches whose answers are texts the size of the line (its tokens, its
#: comparison key): fewer, as each holds a copy of its line. Most readers of a line's tokens
#: read its cached verdicts (weight, shape, stop words) instead, which outlive them.
TEXT_CACHE = 8192
