"""The shortcuts the segment step takes for speed give what its plain code gave (issue 18, issue 15
point 5): a label or a share button looked for at a unit's opening with one match before a full
match for each run of words (sound only for patterns without look-arounds, anchors, possessive
repeats or atomic groups, which the lexicon's are checked for), only the words a label needs read
before the rest, a run of capitalised words looked for only where enough capitalised words stand,
and a folded page's search for its article dropped where its first unit is a sentence (no page
opens with one). Each is checked against the code it replaced, on a table and on random strings."""

from __future__ import annotations

import itertools
import random

import pytest
import regex

from newsclean import reasons
from newsclean.filters import segment
from newsclean.layout import head_units, headline_case, page_units
from newsclean.lexicon import NEXT_ARTICLE, NOISE_LINES, SECTION_HEADINGS, all_of

from .test_fast_paths import LINES, _plain_run_ends
from .test_unit_scans import _plain_page_lines

_PLAIN_LABEL = regex.compile("(?:" + "|".join(p for kind in (reasons.NAVIGATION, reasons.PLAYER)
                                              for p in all_of(NOISE_LINES[kind]) if head_units._FIXED.search(p) is None)
                             + ")", regex.IGNORECASE)
_TOKEN = regex.compile(r"\S++")


def _plain_label_end(spans, k, text):
    for n in range(min(head_units._LABEL_WORDS, len(spans) - k - 1), 0, -1):
        if _PLAIN_LABEL.fullmatch(text, spans[k].start(), spans[k + n - 1].end()) is None:
            continue
        if n > 1 or spans[k].group().lower() in head_units._AD_MARKS:
            return n
    return 0


def _plain_label_openings(text: str, start: int, end: int) -> list[int]:
    """layout.head_units.label_openings as it was written."""
    spans = list(itertools.islice(_TOKEN.finditer(text, start, end), head_units._LABEL_WORDS * 3
                                  + head_units._SENTENCE_WORDS))
    out: list[int] = []
    k = 0
    while k < len(spans):
        n = _plain_label_end(spans, k, text)
        if n == 0:
            break
        k += n
        out.append(spans[k].start() - 1)
    if not out or k >= len(spans):
        return []
    head = [m.group() for m in spans[k:k + head_units._SENTENCE_WORDS]]
    if not headline_case.opener(head[0]) or not any(headline_case.lower_word(w) and w not in headline_case.SMALL
                                                    for w in head[1:]):
        return []
    label = text[spans[0].start():spans[k - 1].end()]
    if label.isupper() and head[0].isupper() and len(head[0]) > 1:
        return []
    return out


_PLAIN_BUTTONS = regex.compile("(?:" + "|".join(all_of(NOISE_LINES[reasons.SHARE])) + ")", regex.IGNORECASE)


def _plain_toolbar_start(text: str, start: int, end: int) -> int | None:
    """layout.head_units.toolbar_start as it was written (each run of words full-matched with the whole
    alternation)."""
    spans = list(itertools.islice(_TOKEN.finditer(text, start, min(end, start + headline_case.HEAD)),
                                  headline_case.MAX_HEADLINE + 2))

    def button(k: int, n: int) -> bool:
        return (k + n <= len(spans)
                and _PLAIN_BUTTONS.fullmatch(text, spans[k].start(), spans[k + n - 1].end()) is not None)

    for k in range(headline_case.MIN_HEADLINE, len(spans) - 1):
        if any(button(k, n) and any(button(k + n, m) for m in range(1, head_units._BUTTON_WORDS + 1))
               for n in range(1, head_units._BUTTON_WORDS + 1)):
            return spans[k].start() - 1
    return None


def _plain_share_opening(text: str, start: int, end: int) -> int | None:
    """layout.head_units.share_opening as it was written (the whole alternation on each run of words)."""
    spans = list(itertools.islice(_TOKEN.finditer(text, start, end),
                                  headline_case.MAX_HEADLINE + head_units._BUTTON_WORDS))
    for k in range(min(head_units._BUTTON_WORDS, len(spans) - headline_case.MIN_HEADLINE), 0, -1):
        if _PLAIN_BUTTONS.fullmatch(text, spans[0].start(), spans[k - 1].end()) is None:
            continue
        head = [m.group() for m in spans[k:]]
        if not headline_case.opener(head[0]) or not any(headline_case.lower_word(w) and w not in headline_case.SMALL
                                                        for w in head[1:]):
            continue
        return spans[k].start() - 1
    return None


# What makes a match at a run's opening no sign of a full match of the run: a look-around, an anchor,
# a possessive repeat, an atomic group or a back-reference (``\\b`` reads the same at a run's end
# whether the text ends there or white space follows).
_CONTEXT = regex.compile(r"\(\?(?:[=!>]|<[=!]|P=)|(?<![\[\\])\^|(?<!\\)\$|\\[AZzG1-9]|[*+?}]\+")


@pytest.mark.parametrize("pattern", [*all_of(NOISE_LINES[reasons.SHARE]),
                                     *(p for table in SECTION_HEADINGS.values() for p in all_of(table)),
                                     *(p for kind in (reasons.NAVIGATION, reasons.PLAYER)
                                       for p in all_of(NOISE_LINES[kind]) if head_units._FIXED.search(p) is None)])
def test_opening_prechecks_hold_for_the_lexicon_patterns(pattern):
    assert _CONTEXT.search(pattern) is None, pattern


_UNITS = [
    *LINES,
    "Advertisement Advertisement From the day he returned, his efforts went downhill.",
    "View all (4) Rebranded to resemble a neutral account, it posted tweets.",
    "Advertisement Standards Authority Rules On Claims",
    "Next Tuesday the council will vote on the budget.",
    "SIGN UP FOR OUR NEWSLETTER The tweet reads, in full:",
    "Media playback is unsupported on your device The council met on Monday and voted.",
    "Skip to main content Skip navigation Search The mayor said the budget passed.",
    "Local biotech researcher dies Print Article Email Article Reprints RSS Feeds",
    "Newspaper plans to print more copies Share prices rose",
    "Mayor Quits Over Budget Row Share this Facebook Twitter Email The mayor quit on Monday.",
    "Storm Hits The Coast Tonight Tweet Print E-mail Share The storm hit the coast.",
    "Council Approves Budget For Next Year Click to share on Twitter Facebook The council met.",
]


@pytest.mark.parametrize("unit", _UNITS)
def test_label_and_toolbar_openings_read_as_before(unit):
    for text in (unit, unit.upper(), unit.lower(), f"Home News {unit}", f"{unit} {unit}"):
        for a in (0, 2, 5):
            assert head_units.label_openings(text, a, len(text)) == _plain_label_openings(text, a, len(text)), text
            assert head_units.toolbar_start(text, a, len(text)) == _plain_toolbar_start(text, a, len(text)), text
            assert head_units.share_opening(text, a, len(text)) == _plain_share_opening(text, a, len(text)), text


def test_label_and_toolbar_openings_on_random_strings():
    rng = random.Random(15)
    alphabet = ["Advertisement ", "View ", "all ", "(4) ", "Skip ", "to ", "main ", "content ", "Share ", "this ",
                "Print ", "Article ", "Email ", "Facebook ", "Twitter ", "Tweet ", "The ", "council ", "met. ",
                "ad ", "AD ", "x ", "× ", "Mayor ", "Quits ", "\t", "\n", "Click ", "on ", "Follow ", "us ",
                # the buttons that open with any word: a reporter's contact line, a commenter's name
                "Jo ", "may ", "can ", "be ", "reached ", "at ", "jo@herald.com ", "says ", "SAYS ", "Have ", "a ",
                "tip? ", "\u00a0", "  ", "\x1c", " Print "]
    for _ in range(4_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert head_units.label_openings(s, a, b) == _plain_label_openings(s, a, b), repr(s)
        assert head_units.toolbar_start(s, a, b) == _plain_toolbar_start(s, a, b), repr(s)
        assert head_units.share_opening(s, a, b) == _plain_share_opening(s, a, b), repr(s)


def test_word_spans_are_the_token_spans():
    """head_units._word_spans places a head's words by their lengths where they stand one space apart: the
    spans of TOKEN's matches, on random strings of words, spaces of every kind and the separators str.split
    reads (and the engine's \\s does not), with spans that cut them, and on every folded eval page's head."""
    from .conftest import eval_cases

    def plain(s: str, a: int, b: int, most: int) -> tuple[list[int], list[int]]:
        spans = [m.span() for m in itertools.islice(_TOKEN.finditer(s, a, b), most)]
        return [x for x, _ in spans], [y for _, y in spans]

    rng = random.Random(45)
    pieces = ["Home", "News", "x", " ", " ", " ", "  ", "\t", "\n", "\u00a0", "\x1c", "\u2003", "é", "中文"]
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        most = rng.randint(1, 12)
        assert head_units._word_spans(s, a, b, most) == plain(s, a, b, most), (s, a, b, most)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            for a in (0, 1, 9):
                assert head_units._word_spans(s, a, a + 300, 27) == plain(s, a, a + 300, 27)


def _plain_folded_lines(text: str):
    """filters.segment._folded_lines as it was written: every long line's units read, then the article looked for."""
    from newsclean.layout.folded import find_article
    lines, total = segment._text_lines(text)
    if not segment._folded_shape(lines, total):
        return None
    end = max(b for a, b, _ in lines if b - a >= segment._LONG)
    starts, cut = [], []
    for a, b, _ in lines:
        if a >= end:
            break
        starts.append(a)
        if b - a >= segment._LONG:
            found, _, stop = page_units.units(text, a, b)
            cut += found
            starts += (i + 1 for i in found if i + 1 < stop)
            if stop < b:
                end = stop
                break
    if end <= lines[0][0]:
        return None
    page = find_article(text, lines[0][0], end, [i for i in starts if i < end])
    if page is None or not page.page or (text[page.keep_start - 1:page.keep_start] != " "
                                         and text[page.keep_end:page.keep_end + 1] != " "):
        return None
    return cut, page, end


_MENU = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 8)
_STORY = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
_BLOB = 'var related = [{"id": 1, "title": "Budget"}];'
_PIECES = [_MENU, _STORY, "By Staff", "Budget Passes | Herald", f"Copyright Herald {_MENU}", _BLOB,
           f"{_STORY[:300]} {_BLOB}", f"{_BLOB} {_STORY}", "The council met.", "Home", "",
           f"Budget Passes | Herald {_MENU}", f"{_STORY} Most Read Mayor Quits Rates Fall {_MENU}"]


_ORDERS = [*itertools.permutations(range(5), 3), (3, 2, 1, 4), (1, 0, 4), (6, 0), (7, 1), (8, 1, 4), (11, 2, 12),
           (9, 1, 5, 4), (10, 1, 10, 4)]


@pytest.mark.parametrize("pieces", _ORDERS)
def test_folded_lines_read_as_before(pieces):
    text = "\n".join(_PIECES[i] for i in pieces)
    assert segment._folded_lines(text) == _plain_folded_lines(text)


def test_folded_lines_on_random_pages():
    rng = random.Random(15)
    sentences = ["The council approved the budget on Monday after a long debate.", "It rained.",
                 "Home News Sport Weather Business Politics Travel", "Budget Passes | Herald", "By Staff",
                 _BLOB, "Most Read", "Copyright 2024 Herald. All rights reserved.", "Mayor Quits Over Row"]
    for _ in range(300):
        lines = [" ".join(rng.choice(sentences) for _ in range(rng.choice((1, 2, 5, 20, 40))))
                 for _ in range(rng.randint(2, 6))]
        text = "\n".join(lines)
        assert segment._folded_lines(text) == _plain_folded_lines(text), text[:300]


def test_read_keeps_units_and_articles_for_the_call_of_clean():
    """page_units.Read answers what units and find_article answer, and a Read of the same text in
    the same page memo (the segment step run again on it: api._settle) gets the first one's answers
    without reading again; with no memo open, each Read reads afresh."""
    from newsclean.layout.folded import find_article
    from newsclean.memo import page_features
    menu = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 8)
    story = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
    text = f"Budget Passes | Herald {menu} By Staff {story} Copyright Herald {menu}"
    found, structured, stop = page_units.units(text, 0, len(text))
    starts = [0, *(i + 1 for i in found if i + 1 < stop)]
    with page_features():
        first = page_units.Read(text)
        assert first.units(0, len(text)) == (found, structured, stop)
        assert first.find_article(0, stop, starts) == find_article(text, 0, stop, starts)
        assert first.article(0, stop, found) == page_units.article(text, 0, stop, found)
        again = page_units.Read(text)
        assert again.units(0, len(text)) is first.units(0, len(text))
        assert again.article(0, stop, found) is first.article(0, stop, found)
    assert page_units.Read(text).units(0, len(text)) is not page_units.Read(text).units(0, len(text))


def test_units_and_articles_read_the_same_with_the_words_of_spans_kept():
    """page_units.Read keeps the words of the sentences units reads (unit_words.span_words) for
    find_article, whose units are mostly those sentences: every folded eval page's units and article
    are the same with those words kept as without, and so are a page with extra cuts and one read
    from inside a word."""
    from newsclean.layout.folded import find_article
    from newsclean.layout.unit_words import Spans

    from .conftest import eval_cases
    menu = " ".join(["Home News Sport Weather Business Politics Travel Culture Jobs Cars"] * 8)
    story = " ".join(["The council approved the budget on Monday after a long debate."] * 12)
    texts = [f"Budget Passes | Herald {menu} By Staff {story} Copyright Herald {menu}",
             *(case["input"] for case in eval_cases() if case.get("variant") == "flatpage")]
    for text in texts:
        for start in (0, 3):
            spans: Spans = {}
            found, structured, stop = page_units.units(text, start, len(text), spans)
            assert (found, structured, stop) == page_units.units(text, start, len(text)), text[:200]
            starts = [start, *(i + 1 for i in found if i + 1 < stop)]
            more = sorted({*starts, *(i + 2 for i in starts[1::3] if i + 2 < stop)})  # cuts inside words too
            for cut in (starts, more):
                assert find_article(text, start, stop, cut, spans) == find_article(text, start, stop, cut), text[:200]


def _plain_sentence_breaks(text: str, start: int, end: int) -> list[int]:
    """layout.line_sentences.sentence_breaks as it asked for a credit after every sentence end."""
    from newsclean.layout import line_sentences as ls
    from newsclean.sentences import SENTENCE_BREAK
    out = []
    for m in SENTENCE_BREAK.finditer(text, start, end):
        i = m.start()
        stop = text[i - 1] == "." or (text[i - 1] in "\"'”’)]" and "." in text[max(start, i - 3):i])
        if stop and ls._abbreviation(text, i):
            continue
        named = ls.credit_end(text, i + 1, end)
        if named is not None:
            out.append(named)
            continue
        credit = ls._CREDIT.match(text, i + 1, end)
        if credit is not None:
            if ls._OPENS.match(text, credit.end(), end):
                out.append(credit.end())
            continue
        out.append(i)
    for m in ls._AFTER_MARK.finditer(text, start, end):
        out.append(m.end())
    if "。" in text[start:end]:
        out.extend(m.start() for m in ls._IDEOGRAPHIC_BREAK.finditer(text, start, end))
    for m in ls._CREDIT.finditer(text, start, end):
        if ls._OPENS.match(text, m.end(), end):
            out.append(m.end())
    return sorted(set(out))


def test_sentence_breaks_ask_for_a_credit_only_where_one_may_open():
    """sentence_breaks asks for a credit after a sentence end only where one of its label's words
    (str.startswith: each a plain literal, which the pattern reads in its case) or its bracket stands: the
    same breaks as asking everywhere, on credits of every kind and random sentences, and on every folded
    eval page."""
    from newsclean.layout import line_sentences as ls
    from newsclean.layout.line_sentences import sentence_breaks

    assert all(regex.escape(w, literal_spaces=True) == w for w in ls._CREDIT_LABEL_WORDS)
    assert not ls._CREDIT_LABEL.flags & regex.IGNORECASE
    assert ls._CREDIT_LABEL.pattern.startswith("(?:" + "|".join(ls._CREDIT_LABEL_WORDS) + ")")

    from .conftest import eval_cases
    rng = random.Random(26)
    pieces = ["The army left.", "Credit: ESA A crew slept.", "Photo: Hau Dinh, AP Esper spoke.", "(AP Photo/Jane Doe)",
              "(Image: GETTY)", "Pictures: Jo Lee The end.", "Credits: x", "Image: Jose Mourinho, left, has won.",
              "Mr. Lee met.", "It rained!", "“Go.”", "(AP)", "Photos: A B C D E F G H", "less", "Photo 2 of 9", "P.",
              "Pictured: x", "Imagery: y", "photo: z", "PHOTO: Q R", "Credit:x", "Image:  Jo Lee A b."]
    for _ in range(5_000):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert sentence_breaks(s, 0, len(s)) == _plain_sentence_breaks(s, 0, len(s)), s
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            assert sentence_breaks(s, 0, len(s)) == _plain_sentence_breaks(s, 0, len(s)), s[:200]


def test_slides_and_notices_are_read_only_where_they_may_stand():
    """units reads a slideshow's counters and a gallery's close only where the number and total they
    both hold stand (page_units._COUNTED), and a copyright notice only where its sign does: where
    neither stands, neither reader finds anything, on random lines of counters, notices and prose."""
    from newsclean.layout.line_sentences import matches_at
    rng = random.Random(30)
    pieces = ["Photo 1 of 9", "2/50", "3 / 8 Back to Gallery", "1 of", "of 2", "©", "© 2019 AP.", "The end.",
              "Image 4 of 4", "Deals 1/5 Rates", "x", "(c)", "1/2 cup", "10 of 12 Next"]
    for _ in range(5_000):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        a = rng.randint(0, 3)
        if page_units._COUNTED.search(s, a, len(s)) is None:
            assert page_units.slide_counters(s, a, len(s)) == page_units.gallery_exits(s, a, len(s)) == [], s
        if s.find("©", a) < 0:
            assert not matches_at(page_units._NOTICE, page_units._NOTICE_AT, s, a, len(s)), s


_RUN_WORDS_DRAWN = ["Home", "News", "The", "council", "met", "on", "Monday", "2024", "|", "»", "“Quote", "Été", "été",
                    "ǅx", "中文", "ⓐb", "Ⅻ", "ª", "ß", "x.", "A", "a", "(AP)", "O'Neil", "iPhone"]
_RUN_SPACES = [" "] * 12 + ["  ", "\n", "\t", "\x1c", "\u00a0", "\u2003"]


def test_run_ends_read_as_word_by_word():
    """run_ends reads only a sentence's openings and the lower-case words before each (on the words'
    cases as one byte string, the capitalised words counted before every word): the same breaks as
    reading every word, on long random spans of capitalised, lower-case and other words of every
    script and case (runs that start again many times, openings after runs of every share of
    capitals, words apart by white space of every kind), read from inside a word too, and on every
    folded eval page's sentences and whole text."""
    from .conftest import eval_cases
    rng = random.Random(41)
    for _ in range(4_000):
        weights = [rng.random() for _ in _RUN_WORDS_DRAWN]  # each span its own mix: menus, prose, both
        words = rng.choices(_RUN_WORDS_DRAWN, weights, k=rng.choice((3, 9, 12, 30, 80, 200)))
        s = "".join(w + rng.choice(_RUN_SPACES) for w in words)
        for a, b in ((0, len(s)), (1, len(s)), (0, len(s) // 2)):
            assert page_units.run_ends(s, a, b) == _plain_run_ends(s, a, b), repr(s)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            cuts = [-1, *page_units.sentence_breaks(s, 0, len(s)), len(s)]
            for a, b in itertools.pairwise(cuts):
                assert page_units.run_ends(s, a + 1, b) == _plain_run_ends(s, a + 1, b), s[a + 1:b][:200]
            assert page_units.run_ends(s, 0, len(s)) == _plain_run_ends(s, 0, len(s)), s[:200]


def test_run_codes_of_words_that_are_no_ascii_are_the_table_s():
    """run_ends' codes of first characters not all ASCII, read by the byte table with each other
    character patched in one by one, are the codes the table of characters gives (str.translate), on
    random strings of capitals, lower-case letters, figures and marks of every script and question
    marks (the byte the others stand for)."""
    rng = random.Random(43)
    chars = "aA1.?“”—‘’ÉéǅⓐⅠ中٣ßſK"
    for _ in range(20_000):
        firsts = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        assert page_units._run_codes(firsts) == firsts.translate(page_units._RUN_CASES).encode("ascii"), firsts


def test_caption_printings_are_read_once_a_call_and_as_before():
    """line_sentences.caption_printings keeps its answer in the page memo (the units of a long line
    and the segment step's cuts of it both ask): the same answer as a fresh reading, the same list
    the second time while a memo is open, a fresh one with none open."""
    from newsclean.layout import line_sentences
    from newsclean.memo import page_features
    s = ("The talks began. Jane Doe, left, and Tom Roe shake hands in Hanoi. They met at noon. less "
         "Jane Doe, left, and Tom Roe shake hands in Hanoi. They... more Photo: AP The talks went on.")
    for a, b in ((0, len(s)), (0, 120), (17, len(s)), (0, 0)):
        plain = line_sentences._caption_printings(s, a, b)
        with page_features():
            first = line_sentences.caption_printings(s, a, b)
            assert first == plain and line_sentences.caption_printings(s, a, b) is first
            assert line_sentences.caption_printings(s + " ", a, b) == plain
        assert line_sentences.caption_printings(s, a, b) is not line_sentences.caption_printings(s, a, b)


def _plain_restated_opening(text: str, start: int, end: int) -> int | None:
    """layout.head_units.restated_opening as it was written (every token's offset read)."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, min(end, start + headline_case.HEAD))]
    words = [text[a:b].lower() for a, b in spans]
    k = headline_case.RESTATED_WORDS
    if len(words) < 2 * k + 1 or not headline_case.capitalised(text[spans[0][0]:spans[0][1]]):
        return None
    opening = words[:k]
    if sum(w not in headline_case.SMALL for w in opening) < k - 1:
        return None
    for i in range(headline_case.MIN_HEADLINE, min(len(words) - k, headline_case.MAX_HEADLINE) + 1):
        if words[i:i + k] == opening and headline_case.opener(text[spans[i][0]:spans[i][1]]):
            return spans[i][0] - 1
    return None


def _plain_wire_dateline(text: str, start: int, end: int) -> int | None:
    """layout.head_units.wire_dateline as it was written (the pattern tried on every head)."""
    for m in head_units._WIRE.finditer(text, start, min(end, start + headline_case.HEAD)):
        before = text[start:m.start()].split()
        if len(before) < headline_case.MIN_HEADLINE or before[-1].lower() == "by":
            continue
        place = m.group().split()
        if len(place) == 2 and len(place[0]) < head_units._SHORT_PLACE:
            continue
        return m.start() - 1
    return None


def _plain_stamp(text: str, start: int, end: int) -> int | None:
    """layout.head_units.stamp as it was written (the pattern tried on every head)."""
    m = head_units._after_headline(head_units._STAMP, text, start, end)
    return None if m is None else m.start() - 1


_HEADS = ["Syria Attack Leaves Dozens Dead", "US-backed Syrian fighters pressing IS gunmen",
          "TBILISI (Thomson Financial) -", "Montreal, QC (Sports Network) -", "By Tom Ashby",
          "ABUJA, Jan 10 (Reuters) -", "Last updated at 11:25am on", "LAST UPDATED", "Laſt updated",
          "Última actualización:", "ÚLTIMA ACTUALIZACIÓN", "VERÖFFENTLICHT AM", "Mis à jour le", "Date:", "Dated",
          "Fİrst published", "Fırst published", "Publié le", "PUBLIÉ", "Created 3", "Revised", "Released 12",
          "07.01.08", "Posted", "Updated:", "on", "at", "2008", "٣", "—", "–", "- The", "(AP) —", "Paris (AFP):", "The",
          "opposition", "met.", "\n", "  ", "Rebels (Reuters) --", "US-backed Syrian fighters are pushing"]


def test_head_units_read_only_where_they_may_stand():
    """restated_opening splits the head in C and locates only the word it finds; wire_dateline is tried only
    on a head holding a dash after a space or a source's "):", stamp only on one holding a digit and the
    first letters of one of its prefixes, lowered as the engine folds case (the long s, the dotted and
    dotless i, capitals with accents): the same
    answers as before on random heads of every piece they read and on every folded eval page's head."""
    from .conftest import eval_cases
    rng = random.Random(43)
    texts = [" ".join(rng.choice(_HEADS) for _ in range(rng.randint(1, 14))) for _ in range(6_000)]
    texts += [case["input"][:400] for case in eval_cases() if case.get("variant") in ("flatpage", "flat")]
    for s in texts:
        for a in (0, 1, 7):
            b = len(s)
            assert head_units.restated_opening(s, a, b) == _plain_restated_opening(s, a, b), repr(s)
            assert head_units.wire_dateline(s, a, b) == _plain_wire_dateline(s, a, b), repr(s)
            assert head_units.stamp(s, a, b) == _plain_stamp(s, a, b), repr(s)


def _plain_agency_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """layout.head_units.agency_credit as it was: its pattern searched in every head."""
    m = head_units._after_headline(head_units._AGENCY_WORD, text, start, end)
    if m is None or m.end() >= end:
        return None
    if text[m.start() - 1] != " " or text[m.end()] != " " or not headline_case.capitalised(
            text[m.end() + 1:m.end() + 2]):
        return None
    return m.start() - 1, m.end()


def _plain_attributed(text: str, start: int, end: int) -> int | None:
    """layout.headline_case.attributed as it was: its pattern searched in every head."""
    m = headline_case._ATTRIBUTION.search(text, start, min(end, start + headline_case.HEAD))
    if m is None or len(text[start:m.start()].split()) < headline_case.MIN_HEADLINE:
        return None
    at: int = m.start("end")
    return at


_SOURCE_HEADS = ["Strike kills 15 in Syrias Idlib", "Monitor", "MONITORS", "monitor:", "ſtate TV", "State media",
                 "state  tv", "Observatory", "ACTİVISTS", "actıvists", "NGO", "ngos", "Reports", "An air strike",
                 "killed", ":", "\n", "\u00a0", "AFP", "AP", "(AP)", "dpa", "Reuters:", "Syrian", "\x1c", "Xinhua"]


def test_agency_and_source_heads_ruled_out_only_where_none_stands():
    """agency_credit asks its pattern only where an agency's name is a word of the head's split, and
    attributed asks its pattern only where one of its sources' first letters stands in the head lowered
    as the engine folds case (headline_case._may_attribute): the same answers as before on random heads of
    agencies, sources in every case (the long s, the dotted and dotless i), marks and odd spaces, and on
    every folded eval page's head."""
    from .conftest import eval_cases
    assert all(headline_case._SOURCE_OPENINGS)
    rng = random.Random(44)
    texts = [" ".join(rng.choice(_SOURCE_HEADS) for _ in range(rng.randint(1, 14))) for _ in range(6_000)]
    texts += [case["input"][:400] for case in eval_cases() if case.get("variant") in ("flatpage", "flat")]
    found = 0
    for s in texts:
        for a in (0, 1, 7):
            b = len(s)
            assert head_units.agency_credit(s, a, b) == _plain_agency_credit(s, a, b), repr(s)
            plain = _plain_attributed(s, a, b)
            assert headline_case.attributed(s, a, b) == plain, repr(s)
            if plain is not None:
                found += 1
                assert headline_case._may_attribute(s, a, b), repr(s)
    assert found > 100


def test_break_spaces_are_the_sentence_break_matches():
    """line_sentences._break_spaces asks SENTENCE_BREAK only where no stop and ASCII capital or figure
    stand around the space: the same starts as the pattern tried at every opening, on random strings
    of stops, closers, openers, capitals of every kind and spans that cut them, and on every folded
    eval page; the spaces after a mark it finds mark by mark (_mark_spaces) are _BREAK_AT's matches."""
    from newsclean.layout import line_sentences as ls
    from newsclean.sentences import OPENERS, SENTENCE_BREAK

    from .conftest import eval_cases

    def plain(s: str, a: int, b: int) -> list[int]:
        return [m.start() for m in SENTENCE_BREAK.finditer(s, a, b)]

    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000 and chr(c) not in OPENERS)
    assert [c for c in every if ls._capital_or_figure(c)] == regex.findall(r"[\p{Lu}\d]", every)
    rng = random.Random(24)
    alphabet = [*".!?…。\"'”’»)]“‘«([", " ", " ", "  ", "A", "Z", "a", "9", "É", "ǅ", "ⅰ", "٣", "\u00a0", "\n", "x",
                ". \"T", ".\" (A", "! “9", "?) «É", "К", "다", "—", "Ⓐ", "Ⅻ", "²", "\U0001e900", "\U0001e922",
                "é", "z"]
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert ls._break_spaces(s, a, b) == plain(s, a, b), (s, a, b)
        assert ls._mark_spaces(s, a, b) == [m.start() for m in ls._BREAK_AT.finditer(s, a, b)], (s, a, b)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            assert ls._break_spaces(s, 0, len(s)) == plain(s, 0, len(s))
            assert ls._break_spaces(s, 7, len(s) // 2) == plain(s, 7, len(s) // 2)


def test_tags_headings_are_tried_only_where_one_may_open():
    """page_units.tag_lists tries its heading only after a space before the first characters of one of
    the headings (a capital first), or before four characters one of which is no ASCII, the first
    upper case or unprintable: the same matches as the pattern's finditer, on random strings of
    headings' words in every case (the Kelvin sign folds to "k", the long s to "s"), words that open as
    a heading does ("More than", "Ta"), words of scripts without case, lists and spans that cut them,
    and on every folded eval page. Every capital the heading's ``\\p{Lu}`` reads is upper case to
    ``str.isupper`` or unprintable to ``str.isprintable`` (a character this Python's Unicode lacks)."""
    from newsclean.alternatives import matches_at_places
    from newsclean.layout.line_sentences import matches_at

    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert all(c.isupper() or not c.isprintable() for c in regex.findall(r"\p{Lu}", every))

    from .conftest import eval_cases

    def found(s: str, a: int, b: int) -> list[tuple[int, int]]:
        places = page_units._tags_heading_places(s, a, b)
        assert [m.span() for m in matches_at_places(page_units._TAGS_HEADING, s, a, b, places)] == [
            m.span() for m in matches_at(page_units._TAGS_HEADING, page_units._TAGS_HEADING_AT, s, a, b, (1,))]
        return [m.span() for m in matches_at_places(page_units._TAGS_HEADING, s, a, b, places)]

    def plain(s: str, a: int, b: int) -> list[tuple[int, int]]:
        return [m.span() for m in page_units._TAGS_HEADING.finditer(s, a, b)]

    rng = random.Random(24)
    words = ["Tags:", "TAGS", "tags", "Topics", "Themen", "Thèmes", "Mots-clés", "Filed under", "Related Topics",
             "\u212aeywords", "Argomenti |", "Étiquetas", "budget ,", "Council", ",", ".", "x", "Tag", "Tag:", "TAG |",
             "The", "More about", "More than", "tagged with", "Tagged With", "ſchlagwörter", "Schlagwörter", "Temas",
             "Categories:", "Etiquetas", "Ta", "T", "\u0130tags", "Tags\u00a0", "Th\u00e8mes", "THÈMES", "“Tags",
             "TAGſ", "ſCHLAGWÖRTER", "tOPICS", "Tſ", "ẞ", "İ", "ÉTIQUETAS", "Mots-Clés", "MORE ABOUT",
             "标签", "وسوم", "Ⓣags", "ǅ", "\U0001e900"]
    for _ in range(20_000):
        s = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert found(s, a, b) == plain(s, a, b), (s, a, b)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            assert found(s, 0, len(s)) == plain(s, 0, len(s))
            assert found(s, 3, len(s) // 2) == plain(s, 3, len(s) // 2)


def _plain_counted_places(text: str, start: int, end: int) -> list[int]:
    """page_units.counted_places as it was written: _COUNTED searched for from the place after the last."""
    out: list[int] = []
    pos = start
    while (m := page_units._COUNTED.search(text, pos, end)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def test_counters_and_gallery_closes_are_tried_only_where_one_may_open():
    """page_units tries a slide's counter and a gallery's close only where the number and total they hold
    stand (counted_places: every place _COUNTED matches, overlapping ones too), the counter also at a
    label's length and a space before each: the same matches as each pattern's finditer, on random
    lines of counters (figures of other scripts too, counters run on: "1 of 2 of 3"), labels in every
    case and spans that cut them, and on every folded eval page."""
    from newsclean.alternatives import matches_at_places

    from .conftest import eval_cases

    def same(s: str, a: int, b: int) -> None:
        places = page_units.counted_places(s, a, b)
        assert places == [q for q in range(a, b) if page_units._COUNTED.match(s, q, b)], (s, a, b)
        for pattern, opens in ((page_units._COUNTER, page_units._counter_opens(places, a)),
                               (page_units._GALLERY_EXIT, places)):
            assert ([m.span() for m in matches_at_places(pattern, s, 0, b, opens)]
                    == [m.span() for m in pattern.finditer(s, a, b)]), (s, a, b)

    rng = random.Random(24)
    pieces = ["Photo 1 of 9", "photo 2 of 9", "2/50", "3 / 8 Back to Gallery", "1 of", "of 2", "Image 4 of 4",
              "Slide 5/7", "Picture 6 of 6 back to gallery", "٣/٩", "x", "10 of 12 Next", "Image", "12 of 12",
              "1 of 2 of 3", "1234/5", "x1/2", "Photo", "of", "/", "7",
              # figures only the engine's \d reads as such (str.isdecimal does not), and spaces of every kind
              "\U00010d40 of \U00010d42", "\U00010d41/2", "٣ of ٩", " ", "  ", "\u00a0", "1\u00a0of 2", "of/", "9 /"]
    for _ in range(10_000):
        s = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        a = rng.randint(0, len(s))
        same(s, a, rng.randint(a, len(s)))
    for _ in range(2_000):  # bounds of any kind: below zero, past the end, reversed (read as the pattern reads them)
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        a, b = rng.randint(-len(s) - 2, len(s) + 2), rng.randint(-len(s) - 2, len(s) + 2)
        assert page_units.counted_places(s, a, b) == _plain_counted_places(s, a, b), (s, a, b)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            same(case["input"], 0, len(case["input"]))
            same(case["input"], 5, len(case["input"]) // 2)


def _plain_abbreviation(text: str, end: int) -> bool:
    """layout.line_sentences._abbreviation as it was written: the word before the stop searched for."""
    from newsclean.layout import line_sentences as ls
    start = text.rfind(" ", max(0, end - 40), end) + 1
    m = ls._WORD_BEFORE.search(text, start, end)
    if m is None:
        return False
    word = m.group(1).lower()
    if not word:
        return False
    return len(word) <= 1 or word in ls._ABBREVIATIONS or (len(word) <= 5 and "." in word)


def test_abbreviation_reads_a_plain_word_as_the_search_does():
    """_abbreviation reads the word of a token of ASCII letters and figures, a stop and closing quotes
    without the search: the same answer as the search, at every stop of random tokens (quotes before and
    after, stops inside, ASCII and other letters, line breaks, long runs without a space) and of every
    folded eval page."""
    from newsclean.layout import line_sentences as ls

    from .conftest import eval_cases

    rng = random.Random(25)
    pieces = ["Mr", "mr", "U", "S", "U.S", "e.g", "Jan", "said", "Monday", "x", "St", "Dr", "2019", "No", "vs",
              "(", "“", '"', "'", "’", "”", ")", "]", "[", ".", ".", ".", "..", "-", "é", "Ü", "\n", "A1", "_", "ſ",
              "года", "Г", "ǅ", "中文", "²", "٣", "Ⅻ", "ª", "\u0301"]
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert all(regex.match(r"\w", c) for c in every if c.isalpha())  # a letter is a character of the word
    for _ in range(10_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        s = rng.choice(["", "He met ", "x" * 45, "a b "]) + s + rng.choice(["", ".", '."', ".)", ". "])
        for end in range(1, len(s) + 1):
            if s[end - 1] in '."\')]”’':
                assert ls._abbreviation(s, end) == _plain_abbreviation(s, end), (s, end)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            for end in (i for i in range(1, len(s)) if s[i] == " " and s[i - 1] in '."\')]”’'):
                assert ls._abbreviation(s, end) == _plain_abbreviation(s, end), (s[end - 40:end], end)


def test_toggles_and_counter_labels_read_off_the_marks_and_counted_places():
    """sentence_breaks given a span's counted places (page_units.counted_places) looks for a caption's
    toggle and a counter's label after a sentence only at the spaces after its marks and before those
    places, and caption_printings given those spaces only there: the same breaks and printings as the
    words searched for in the whole span, on random strings of toggles, counters, marks and captions
    printed twice, with spans that cut them, and on every folded eval page."""
    from newsclean.layout import line_sentences as ls

    from .conftest import eval_cases

    def same(s: str, a: int, b: int) -> None:
        toggles: list[int] = []
        got = ls.sentence_breaks(s, a, b, page_units.counted_places(s, a, b), toggles)
        assert got == ls.sentence_breaks(s, a, b), (s, a, b)
        assert ls._caption_printings(s, a, b, toggles) == ls._caption_printings(s, a, b), (s, a, b)

    rng = random.Random(34)
    pieces = ["It ended.", "less", "more", "Photo 2 of 9", "Image 3 of 8", "Slide 1/4", "Picture 10 of 12", "2 of 9",
              "Rain fell.", "They met.”", "(AP)", "The talks began in Hanoi and went on.", "Jane Doe, left,",
              "and Tom Roe", "shake hands.", "They...", "x", "1", "of", "Photo", "A", "!", ")", "“Go.”"]
    for _ in range(4_000):
        s = rng.choice(["", " ", "a "]) + " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 24)))
        a = rng.randint(0, len(s) // 3)
        for b in (len(s), rng.randint(a, len(s))):
            same(s, a, b)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            same(s, 0, len(s))
            same(s, 9, len(s) // 2)


def test_plain_tails_rule_out_only_what_the_search_rules_out():
    """sentence_breaks skips _abbreviation after a full stop that two ASCII letters or figures of
    line_sentences._PLAIN_TAILS precede with no stop in the three characters before them: the plain
    search reads no abbreviation there, at every such stop of random tokens (stops and quotes inside,
    short words, words of five characters holding a stop, the text's start) and of every folded eval page."""
    from newsclean.layout import line_sentences as ls

    from .conftest import eval_cases

    def plain(s: str, end: int) -> bool:
        return s[end - 3:end - 1] in ls._PLAIN_TAILS and "." not in s[max(0, end - 6):end - 3]

    rng = random.Random(33)
    pieces = ["Mr", "mr", "U", "S", "U.S", "e.g", "Jan", "said", "Monday", "x", "St", "Dr", "2019", "No", "vs", "ra",
              "$12", "99", "ab", "(", "“", '"', "'", "’", ")", ".", ".", "-", "é", "\n", "A1", "_", " ", " "]
    assert "id" not in ls._ABBREVIATION_TAILS and "no" in ls._ABBREVIATION_TAILS  # "said." and "No."
    seen = 0
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + ". X"
        for end in range(1, len(s)):
            if s[end - 1] == "." and plain(s, end):
                seen += 1
                assert not _plain_abbreviation(s, end), (s, end)
    assert seen > 5_000
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            for end in (i for i in range(1, len(s)) if s[i] == " " and s[i - 1] == "." and plain(s, i)):
                assert not _plain_abbreviation(s, end), (s[end - 40:end], end)


def test_next_links_are_tried_only_where_one_may_open():
    """page_units.next_links tries its pattern only right after a space that a stop or a closer precedes,
    before a mark, a space, two ASCII letters a link may open with, one before a character that is no
    ASCII, or a character that is no ASCII: the same matches as the pattern's finditer, on random strings
    of the links' words in every language and case, words that open with a link's first letters, marks
    before them, sentences' ends and spans that cut them, and on every folded eval page. The two letters
    are those the links' words open with, read from the lexicon."""
    openings = {w[:2] for ps in NEXT_ARTICLE.values() for p in ps for w in regex.findall(r"[a-zäéíóú]+", p)}
    assert {"pr", "ne", "ol", "vo", "ar", "po"} <= set(page_units._NEXT_LINK_PAIRS) <= openings
    from newsclean.layout.line_sentences import matches_at

    from .conftest import eval_cases

    def found(s: str, a: int, b: int) -> list[tuple[int, int]]:
        return [m.span() for m in matches_at(page_units._NEXT_LINK, page_units._NEXT_LINK_AT, s, a, b, (1,))]

    def plain(s: str, a: int, b: int) -> list[tuple[int, int]]:
        return [m.span() for m in page_units._NEXT_LINK.finditer(s, a, b)]

    rng = random.Random(26)
    words = ["It ended.", "ended.”", "(AP)", "Next", "next", "NEXT", "Previous Post", "Older Entries", "Newer posts",
             "Nächster Artikel", "Vorheriger Beitrag", "Article suivant", "Artículo anterior", "Entrada siguiente",
             "Noticia", "Articolo successivo", "Próximo artigo", "Post anterior", "-", "–", "—", "|", "•", "«", "»",
             "<", ">", ":", "Council", "2020", "“Quote", "x", ".", "!", "?", "…", "ſ", "Ⓝext", "Police", "Prev",
             "One", "On", "An", "Now", "Nä", "nÄCHSTER", "Olé", "Pr", "P", "N", "ARTÍCULO", "ártículo", "oLDER"]
    for _ in range(20_000):
        s = rng.choice([" ", "  "]).join(rng.choice(words) for _ in range(rng.randint(0, 9)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert found(s, a, b) == plain(s, a, b), (s, a, b)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            s = case["input"]
            assert found(s, 0, len(s)) == plain(s, 0, len(s))
            assert found(s, 3, len(s) // 2) == plain(s, 3, len(s) // 2)


# segment._folded_shaped reads the folded shape of a text's lines by C calls over the list of lines
# where _text_lines read each line: the same answer on a table, on random texts of spaces, blank
# lines, long and short lines, and on every text-like eval input.
FOLDED_SHAPE_TEXTS = [
    "", "\n", "\n\n", "a", "a\nb", " \n\t\n", "\t" * 300 + "\nx", "x\n" + " " * 250 + "\nx" * 3,
    ("word " * 80 + "\n") * 2, ("word " * 80 + "\n\t\n \n") * 2, ("word " * 80 + "\n") * 2 + "Home\n" * 3,
    ("\t" * 260 + "\n") + ("word " * 80 + "\n") * 2, ("a" * 199 + "\n") * 5, ("a" * 200 + "\n") * 5,
    ("a" * 250 + "\n") * 3, ("a" * 249 + "\n") * 2 + "\x1c\u3000\n", "\u3000x\u2028\n" * 3,
]


@pytest.mark.parametrize("text", FOLDED_SHAPE_TEXTS)
def test_folded_shaped_is_the_shape_of_the_text_lines(text):
    assert segment._folded_shaped(text) == segment._folded_shape(*segment._text_lines(text))


def test_strip_empties_exactly_the_empty_and_white_space_lines():
    """_folded_shaped counts a line blank as str.strip reads it: "" or str.isspace, for every character."""
    for c in map(chr, range(0x110000)):
        assert (not c.strip()) == c.isspace(), hex(ord(c))


def test_folded_shaped_on_random_texts():
    rng = random.Random(26)
    pieces = ["word ", "a" * 60, "b" * 210, " ", "  ", "\n", "\n\n", "\t", "\u3000", "\x1c", "\r", "x y z "]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert segment._folded_shaped(text) == segment._folded_shape(*segment._text_lines(text)), repr(text)


def test_folded_shaped_on_eval_texts():
    from .conftest import eval_cases

    for case in eval_cases():
        if isinstance(text := case["input"], str):
            assert segment._folded_shaped(text) == segment._folded_shape(*segment._text_lines(text))


@pytest.mark.parametrize("text", FOLDED_SHAPE_TEXTS)
def test_a_split_given_is_the_split_read(text):
    """_cuts splits a text once for _long_lines and _folded_shaped: the same answers as each reading it."""
    split = segment._split(text)
    assert split.chars == len(text) - text.count(" ") - text.count("\n")
    assert segment._long_lines(text, split) == segment._long_lines(text)
    assert segment._folded_shaped(text, split) == segment._folded_shaped(text)


# segment.page_lines tells a cleaned text with no long line from its blocks' lengths
# (segment._no_long_line) instead of splitting its body: where that test says so, _long_lines of
# the body finds nothing, on folded lines drawn at random and on the blocks of every eval text; and
# page_lines gives what it gave without the test on cleaned eval pages.
def _folded_lines_drawn(rng: random.Random) -> list[str]:
    words = ["a", "word", "x" * 40, "y" * 190, "z" * 700, "\u00e9t\u00e9", "\u4e00" * 30]
    return [" ".join(rng.choice(words) for _ in range(rng.choice((1, 2, 5, 30, 120))))
            for _ in range(rng.randint(1, 12))]


def test_no_long_line_holds_on_random_folded_lines():
    rng = random.Random(31)
    told = 0
    for _ in range(6000):
        lines = _folded_lines_drawn(rng)
        if segment._no_long_line(lines):
            told += 1
            assert segment._long_lines("\n".join(lines)) == [], lines
    assert told > 200  # the test says so often enough, not only on trivial draws


def test_no_long_line_holds_on_the_blocks_of_eval_texts():
    from newsclean.document import Document

    from .conftest import eval_cases

    for case in eval_cases():
        if isinstance(text := case["input"], str) and case.get("variant") != "html":
            lines = [b.text for b in Document.from_text(text).blocks]
            if segment._no_long_line(lines):
                assert segment._long_lines("\n".join(lines)) == []


def test_page_lines_read_as_before_on_cleaned_eval_pages():
    from newsclean.defaults import DEFAULT
    from newsclean.document import Document

    from .conftest import eval_cases

    for n, case in enumerate(eval_cases()):
        if n % 7 == 0 and isinstance(text := case["input"], str) and case.get("variant") != "html":
            doc = DEFAULT(Document.from_text(text))
            assert segment.page_lines(doc) == _plain_page_lines(doc), case.get("id")


def _respaced_and_plain(text: str) -> bool:
    """Repair ``text``, then segment and join it, in a page memo: where the note that the unicode step's text is
    printable is carried to a text segment or join made of it (``document.note_respaced``), the note is true of that
    text, and its blocks read with the note are the ones read afresh without it. Whether a note was carried."""
    import dataclasses

    from newsclean import document
    from newsclean.document import Document
    from newsclean.filters.unicode import repair
    from newsclean.memo import page_features

    carried = False
    with page_features():
        doc = repair(Document.from_text(text))
        for step in (segment.segment, segment.join):
            out = step(doc)
            if out.text is not doc.text and document.noted_printable(out.text):
                carried = True
                assert out.text.replace("\n", " ").isprintable(), repr(text)
                assert _block_fields(out) == _block_fields(dataclasses.replace(out)), repr(text)
            doc = out
    fresh = _block_fields(dataclasses.replace(doc))
    with page_features():
        assert fresh == _block_fields(segment.join(segment.segment(repair(Document.from_text(text))))), repr(text)
    return carried


def _block_fields(doc):
    return [(b.index, b.start, b.end, b.text) for b in doc.blocks]


def test_a_respaced_text_is_noted_printable_only_where_it_is():
    """segment and join carry the unicode step's note to the text they make (only spaces and line breaks
    change): on the folded text forms of every eval page and on texts cut at every tag, the note holds
    and the blocks are the plain ones."""
    from .conftest import eval_cases

    carried = 0
    for case in eval_cases():
        if case["variant"] in ("flatpage", "flat", "taglines"):
            carried += _respaced_and_plain(case["input"])
    rng = random.Random(35)
    pieces = ["The army took", "\n", "the town", "\n, it said.", " ", "\u00a0", "Caf\u00c3\u00a9", "\u2009",
              "word " * 50, "Home News Sport Weather. ", "\ud800", "\n\n"]
    for _ in range(300):
        _respaced_and_plain("".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))))
    assert carried or not any(True for _ in eval_cases())
