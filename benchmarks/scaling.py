"""Cost grows linearly with input size: time clean() on inputs from 1 KB to 10 MB.

Each kind of input is grown by repeating a unit (a news page, an HTML article, or a
pathological pattern) and cut to size at a line break. Sizes step by 8x; for each step the
script prints the median time of a few runs and the ratio to the step before: linear cost
gives a ratio near 8, and the check passes while every ratio stays at or under 12. Ratios
compare the least time of the repeats (other processes on the machine only ever add time);
the table shows medians.

    python benchmarks/scaling.py                 # every kind, 1 KB .. 10 MB
    python benchmarks/scaling.py --max-mb 2 --kinds page,html
    python benchmarks/scaling.py --per-filter    # also each filter's time ratio, 8x input


``max_chars=None`` lifts clean()'s size limit, so the whole input is cleaned. newsclean's memo
caches are emptied before every run: a repeated small input would otherwise be served from
them and look cheaper than a large one that overflows them. Run it on a
quiet machine, one process: figures are wall-clock medians (time.perf_counter).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speed import clear_caches  # noqa: E402

from newsclean import DEFAULT, Document, clean  # noqa: E402
from newsclean.guard import GUARD  # noqa: E402

ARTICLE = [
    "The convoy of forty trucks reached the besieged town at dawn on Monday, officials said.",
    "Aid workers unloaded flour, fuel and medicine while families queued in the cold for hours.",
    "The United Nations said it hoped to send a second convoy before the end of the month.",
    "Local doctors said the hospital had run out of antibiotics and anaesthetics in January.",
]
MENU = ["Home", "World", "Politics", "Business", "Share this article", "Follow us on Twitter"]


def _sample_page() -> str:
    raws = sorted((ROOT / "samples").glob("*.raw.*"))
    return raws[0].read_text(encoding="utf-8") if raws else "\n".join(MENU + ARTICLE)


def _tag(i: int) -> str:
    """``i`` in letters ("a", "b", ... "ba"): tells copies apart without adding digits, which
    would grow with the input and wake the date filters on large inputs only."""
    out = ""
    while True:
        out = "abcdefghijklmnopqrstuvwxyz"[i % 26] + out
        i //= 26
        if not i:
            return out


def _numbered(lines: list[str], i: int) -> str:
    return "\n".join(f"{line} ({_tag(i)})" if len(line) > 40 else line for line in lines)


def _cut_at_links(line: str) -> str:
    """A sentence as ``get_text("\\n")`` gives it with a link of two words in its middle:
    ``The convoy of forty`` / ``trucks reached`` / ``the besieged town ...``."""
    words = line.split()
    return " ".join(words[:4]) + "\n" + " ".join(words[4:6]) + "\n" + " ".join(words[6:])


UNITS: dict[str, Callable[[int], str]] = {
    # a real scraped page, again and again (as a very long page with many headlines would be)
    "page": lambda i: _sample_page(),
    # menus and prose, each block numbered so no two are the same
    "text": lambda i: "\n".join(MENU) + "\n" + _numbered(ARTICLE, i),
    "html": lambda i: "<div class=\"story\">" + "".join(f"<p>{p} ({_tag(i)})</p>" for p in ARTICLE)
                      + "<ul>" + "".join(f"<li><a href=\"/{_tag(i)}\">{m}</a></li>" for m in MENU) + "</ul></div>",
    "short lines": lambda i: "a b c",
    "one long line": lambda i: "word " * 200,
    # scraper text forms (issue 15): the page folded to one line, one-line articles run together
    "folded page": lambda i: " ".join(_sample_page().split()),
    "one-line article": lambda i: "Mon Mar 21, 2016 Aid Arrives in Efrin. " + " ".join(_numbered(ARTICLE, i).split()),
    # ... and text cut at every tag (get_text("\\n")): each sentence in three lines around a link
    "cut at every tag": lambda i: "\n".join([*MENU, *map(_cut_at_links, _numbered(ARTICLE, i).split("\n"))]),
    "unclosed braces": lambda i: "{",
    "mojibake": lambda i: "CafÃ© Ã¢â‚¬Å“quoteÃ¢â‚¬Â and more text",
    # closing headings of every kind alternating with short prose: a comment thread, a feed of
    # teasers, with no article to close
    "comments": lambda i: "Comments\nThe cat sat on the mat today.",
    "forum thread": lambda i: f"user {_tag(i)} says\nGreat article, thanks for writing it.",
    "most read": lambda i: "Most Read\nThe cat sat on the mat today.",
    "related": lambda i: "Share this:\nRelated\nThe cat sat on the mat today.",
    "tags": lambda i: "Tags\ncats, mats, pets\nThe cat sat on the mat today.",
    "about": lambda i: "About Jane Doe\nJane Doe covers city hall for the paper and has done so since 2009.",
    # long lines without spaces: formulas, and other runs
    "formulas": lambda i: "x{\\displaystyle{x}}",
    "no spaces": lambda i: "a=b;c[d]/e.f",
}
# HTML kinds: one tag with ever more attributes (of every form), a JSON-LD script of a comment
# marker repeated. Their unit is a piece of the tag or the script, which build() wraps.
TAG_UNITS: dict[str, Callable[[int], str]] = {
    "boolean attributes": lambda i: f" a{_tag(i)}",
    "valued attributes": lambda i: f' a{_tag(i)}="v"',
    "mixed attributes": lambda i: (f" a{_tag(i)}", f" b{_tag(i)}=v", f" c{_tag(i)}='v'")[i % 3],
}
SCRIPT_UNITS: dict[str, Callable[[int], str]] = {
    "script of //": lambda i: "//",
    "script of <!--": lambda i: "<!--",
    "script of CDATA": lambda i: "<![CDATA[",
}
UNITS.update(TAG_UNITS)
UNITS.update(SCRIPT_UNITS)
_JOINED = {"one long line", "formulas", "no spaces", *TAG_UNITS, *SCRIPT_UNITS}  # units joined with nothing


_ONE_LINE = ("folded page", "one-line article")  # kinds whose units run together on one line


def build(kind: str, size: int) -> str:
    """An input of about ``size`` characters made of ``kind``'s units, one unit a line."""
    parts, total, i = [], 0, 0
    while total < size:
        unit = UNITS[kind](i)
        parts.append(unit)
        total += len(unit) + 1
        i += 1
    body = ("" if kind in _JOINED else " " if kind in _ONE_LINE else "\n").join(parts)[:size]
    if kind == "html":
        body = f"<!DOCTYPE html><html><head><title>Aid Arrives</title></head><body>{body}</body></html>"
    elif kind in TAG_UNITS:
        body = f"<html><body><div{body}><p>{ARTICLE[0]}</p></div></body></html>"
    elif kind in SCRIPT_UNITS:
        body = (f'<html><head><script type="application/ld+json">{body}</script></head>'
                f"<body><p>{ARTICLE[0]}</p></body></html>")
    return body


def times_of(text: str, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        clear_caches()
        start = time.perf_counter()
        clean(text, max_chars=None)
        times.append(time.perf_counter() - start)
    return times


def filter_times(text: str) -> dict[str, float]:
    """Seconds each step of the text pipeline takes on ``text`` (blocks read after each)."""
    out: dict[str, float] = {}
    clear_caches()
    start = time.perf_counter()
    doc = Document.from_text(text)
    out["split"] = time.perf_counter() - start
    for name, f in [*DEFAULT, ("guard", GUARD)]:
        start = time.perf_counter()
        doc = f(doc)
        _ = doc.blocks
        out[name] = time.perf_counter() - start
    return out


def least_filter_times(text: str, repeats: int) -> dict[str, float]:
    runs = [filter_times(text) for _ in range(repeats)]
    return {k: min(run[k] for run in runs) for k in runs[0]}


def per_filter(kinds: list[str], top: int, repeats: int) -> float:
    """Each filter's time on an input 8x larger: the worst ratio over kinds and filters
    (least time of the repeats, filters taking 2 ms or more on the smaller input)."""
    worst = 0.0
    print(f"\nper filter, {top // 8:,} -> {top:,} chars (ratio of least times; linear is 8):")
    for kind in kinds:
        if kind == "html":
            continue
        small = least_filter_times(build(kind, top // 8), repeats)
        big = least_filter_times(build(kind, top), repeats)
        ratios = {k: big[k] / small[k] for k in big if small[k] >= 0.002}
        worst = max([worst, *ratios.values()])
        shown = ", ".join(f"{k} {r:.1f}" for k, r in sorted(ratios.items(), key=lambda kv: -kv[1]))
        print(f"  {kind:16} {shown}")
    return worst


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-mb", type=float, default=10.0, help="largest input, in millions of characters")
    ap.add_argument("--kinds", default=",".join(UNITS), help="comma-separated: " + ", ".join(UNITS))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--per-filter", action="store_true", help="time each text filter too (at the top two sizes)")
    args = ap.parse_args(argv)
    top = int(args.max_mb * 1_000_000)
    sizes = sorted({max(1_000, top // 8**k) for k in range(6)})
    worst = 0.0
    print(f"{'kind':16} {'chars':>10} {'median s':>10} {'MB/s':>7} {'x prev size':>11} {'x prev time':>11}")
    print("(x prev time compares the least time of the repeats: other processes only ever add time)")
    for kind in args.kinds.split(","):
        prev: tuple[int, float] | None = None
        clean(build(kind, 2_000))  # warm up imports and caches
        for size in sizes:
            text = build(kind, size)
            repeats = args.repeats if size <= 2_000_000 else max(1, args.repeats // 2 + 1)
            runs = times_of(text, repeats)
            t, least = statistics.median(runs), min(runs)
            grow = f"{len(text) / prev[0]:.1f}" if prev else ""
            ratio = least / prev[1] if prev and prev[1] > 0 else None
            if ratio is not None and prev is not None and prev[1] >= 0.005:  # ratios of tiny times are noise
                worst = max(worst, ratio / (len(text) / prev[0]) * 8)
            print(f"{kind:16} {len(text):>10,} {t:>10.4f} {len(text) / t / 1e6:>7.2f} {grow:>11} "
                  f"{'' if ratio is None else f'{ratio:.1f}':>11}", flush=True)
            prev = (len(text), least)
    if args.per_filter:
        worst = max(worst, per_filter(args.kinds.split(","), min(top, 2_000_000), args.repeats))
    verdict = "PASS" if worst <= 12 else "FAIL"
    print(f"\nworst time ratio for 8x the input (steps from 5 ms up): {worst:.1f}  ({verdict}: limit 12)")
    return 0 if worst <= 12 else 1


if __name__ == "__main__":
    sys.exit(main())
