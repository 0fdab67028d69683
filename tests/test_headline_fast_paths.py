"""The title step's shortcuts give what the plain rules give (issue 18; see tests/test_fast_paths.py
for the other steps'): a copy of the headline found with ``str.find`` where a pattern was compiled
for each headline, and the page's lines looked up by key in one view (``headlines.keyed``) where
each rule walked every line (a key's lines, the lines whose key ends with it and a headline's runs
cut by the segment step read only among the lines that hold its longest or first word), a title
that holds no markup's characters read no further for it, and a line without a separator's
character taken whole as a title's one piece."""

from __future__ import annotations

import dataclasses
import random

import pytest
import regex

from newsclean import titles
from newsclean.document import Block, Document
from newsclean.filters import title as title_filter
from newsclean.headlines import browser, header, keyed, run_in
from newsclean.headlines import guess as guess_rules
from newsclean.layout.shape import covered, has_article, page_weights, weigh
from newsclean.titles import printed_copies
from newsclean.words import HEADLINE_CHARS, content_stems, headline_shaped, norm_key, tokens, words


def _pattern_copies(text: str, headline: str) -> list[tuple[int, int]]:
    """What the title step compiled for each folded page's headline, and its matches."""
    opening = regex.compile(r"\s++".join(regex.escape(w) for w in headline.split()))
    return [m.span() for m in opening.finditer(text)]


# (text, headline): copies with line breaks, tabs, no-break and em spaces inside, copies next to
# each other and overlapping, words glued to the copy, a different case, the separators \x1c-\x1f
# (white space to str.split, not to the pattern's \s), regex's special characters, and no headline.
COPIES = [
    ("Home Podium for\n  Canuck By CP Podium for Canuck The bronze", "Podium for Canuck"),
    ("Podium for Canuck podium for canuck PODIUM FOR CANUCK", "Podium for Canuck"),
    ("Podium forCanuck Podium for Canucks XPodium for Canuck", "Podium for Canuck"),
    ("Aid\u00a0Arrives Aid\u2003Arrives Aid\tArrives Aid\x1cArrives", "Aid Arrives"),
    ("Aid Arrives", "Aid\x1cArrives"),
    ("Aid \u00a0Arrives Aid \x1cArrives Aid \nArrives Aid  Arrives Aid ", "Aid Arrives"),  # a space, then more
    ("a a a a a", "a a"),
    ("aa aa", "a a"),
    ("Cell Phones Keep You Up? (Maybe) [1] Cell  Phones Keep You Up? (Maybe) [1]",
     "Cell Phones Keep You Up? (Maybe) [1]"),
    ("Price: $5.00 + tax* Price: $5.00 + tax*", "Price: $5.00 + tax*"),
    ("", "Aid Arrives"),
    ("Aid Arrives", ""),
    ("Aid Arrives", "   "),
    ("北京 时间 北京  时间", "北京 时间"),
]


@pytest.mark.parametrize(("text", "headline"), COPIES)
def test_printed_copies_are_the_patterns_matches(text, headline):
    assert list(printed_copies(text, headline)) == _pattern_copies(text, headline)


def test_printed_copies_on_random_strings():
    rnd = random.Random(18)
    alphabet = ["a", "b", "ab", "A", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "\u2003", "é", ".", "*"]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        headline = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6)))
        assert list(printed_copies(text, headline)) == _pattern_copies(text, headline), (text, headline)


# Lines the title step's index (headlines.keyed) meets: a headline and its copies (another case,
# stops, trailing dots a corpus adds), a site's name, a headline glued after controls, a byline, a
# dateline, menus, prose, lines of punctuation only (an empty key), and lines longer than a headline
# (HEADLINE_CHARS) whose key is a headline's, or becomes short once their trailing stops go.
_HEAD = "Storm Hits the Coast"
_VOCABULARY = [
    f"{_HEAD} | Herald", _HEAD, _HEAD.upper(), f"{_HEAD}!", f"{_HEAD} .", f"A A A {_HEAD}", "Herald", "Home",
    "By Ann Lee", "March 21, 2016", "Published 01/08/2008", "Winds Batter Towns", "Winds batter towns along the coast",
    "Home | News | Sport", "---", "…",
    "The storm hit the coast on Monday night, and officials said the damage was worse than feared.",
    "Residents were told to stay indoors until the winds eased, the agency said on Tuesday.",
    _HEAD + " " + "!" * 240, _HEAD + " ." * 118, "Talk " * 60, "Winds Batter Towns" + " ." * 120,
]


def _pages(n: int) -> list[tuple[Block, ...]]:
    rnd = random.Random(18)
    out = []
    for _ in range(n):
        lines = [rnd.choice(_VOCABULARY) for _ in range(rnd.randint(1, 14))]
        out.append(Document.from_text("\n".join(lines)).blocks)
    return out


PAGES = _pages(400)
KEYS = sorted({norm_key(t) for t in _VOCABULARY} | {"", "no such line"})


@pytest.mark.parametrize("n", range(0, 400, 50))
def test_keyed_lines_are_the_walk_over_every_line(n):
    for blocks in PAGES[n:n + 50]:
        lines = keyed.keyed(blocks)
        for key in KEYS:
            for lo, hi in ((0, None), (1, None), (1, len(blocks) - 1), (2, 3)):
                walked = [i for i in range(lo, len(blocks) if hi is None else min(hi, len(blocks)))
                          if norm_key(blocks[i].text) == key]
                assert sorted(lines.at(key, lo, hi) + lines.long_with(key, lo, hi)) == walked
                assert all(len(blocks[i].text) <= HEADLINE_CHARS for i in lines.at(key, lo, hi))
        assert lines.short_keys() == list(dict.fromkeys(norm_key(b.text) for b in blocks
                                                        if len(b.text) <= HEADLINE_CHARS))


def _printing_walk(blocks, keys, trimmed):
    """The title step's walk for the lines that print the headline, before the index."""
    shown = ((b, b.text.rstrip(" .") if trimmed else b.text) for b in blocks)
    return [b for b, text in shown if len(text) <= HEADLINE_CHARS and b.feature(norm_key) in keys
            and headline_shaped(text)]


def _deck_line_plain(text, below):
    """header.deck_line as it was written: every stem of the text below read, the sets intersected."""
    if (not text[:1].isalnum() or not titles.deck_shaped(text) or len(tokens(text)) < header.DECK_MIN_WORDS
            or titles.SEPARATOR.search(text) is not None or header.byline(text) or header.credit(text)
            or any(header.address(w) for w in text.split())):
        return False
    if not any(w.islower() for w in header.LETTERED.findall(text)) and text.upper() == text:
        return False
    return bool(content_stems(text) & content_stems(below))


def _deck_below_walk(blocks, printed, key):
    at = {id(b) for b in printed if b.feature(norm_key) == key}
    for i, b in enumerate(blocks[:-2]):
        if id(b) not in at:
            continue
        deck = blocks[i + 1]
        below = " ".join(b.text for b in blocks[i + 2:i + 2 + header.DECK_STORY])
        if (deck.feature(norm_key) != key and _deck_line_plain(deck.text, below)
                and any(header.header_line(blocks, j) for j in range(i + 2, min(len(blocks), i + 2 + 2)))):
            return deck
    return None


def _title_run_walk(blocks, runs):
    best = None
    for i, b in enumerate(blocks[1:], 1):
        if (b.feature(norm_key) in runs and headline_shaped(b.text) and (best is None or len(b.text) > len(best.text))
                and has_article(blocks[i + 1:])):
            best = b
    return best


def _glued_walk(blocks, key, end):
    glued = f" {key}"
    return any(norm_key(b.text).endswith(glued) and headline_shaped(b.text) for b in blocks[1:end])


@pytest.mark.parametrize("n", range(0, 400, 50))
def test_title_rules_read_from_the_index_as_from_the_walk(n):
    for blocks in PAGES[n:n + 50]:
        lines = keyed.keyed(blocks)
        for keys in ({norm_key(_HEAD)}, {norm_key(_HEAD), "winds batter towns"}, {""}):
            for trimmed in (False, True):
                assert title_filter._printing(blocks, keys, trimmed) == _printing_walk(blocks, keys, trimmed)
        key = norm_key(_HEAD)
        for printed in ([b for b in blocks if b.text.startswith("Storm")], list(blocks), [blocks[-1]], []):
            assert header.deck_below(blocks, printed, key) is _deck_below_walk(blocks, printed, key)
        for runs in ({key: _HEAD}, {key: _HEAD, "herald": "Herald"}, {"winds batter towns": "x"}):
            best = _title_run_walk(blocks, runs)
            ordered = sorted(i for k in runs for i in lines.at(k, 1))
            found = None
            for i in ordered:
                b = blocks[i]
                if headline_shaped(b.text) and (found is None or len(b.text) > len(found.text)) \
                        and has_article(blocks[i + 1:]):
                    found = b
            assert found is best
        for end in (1, 2, len(blocks)):
            glued = f" {key}"
            assert any(k.endswith(glued) and any(blocks[i].feature(headline_shaped) for i in lines.at(k, 1, end))
                       for k in lines.short_keys()) == _glued_walk(blocks, key, end)
        assert page_weights(blocks)[1:] == [weigh(b, covered(blocks)) for b in blocks[1:]]


@pytest.mark.parametrize("n", range(0, 400, 50))
def test_title_step_gives_what_the_walks_gave(n, monkeypatch):
    """The whole step against itself with every index read answered by a walk over every line."""
    class Walked:
        def __init__(self, blocks):
            self.blocks = blocks

        def at(self, key, lo=0, hi=None):
            return [i for i in range(lo, len(self.blocks) if hi is None else hi)
                    if len(self.blocks[i].text) <= HEADLINE_CHARS and norm_key(self.blocks[i].text) == key]

        def long_with(self, key, lo=0, hi=None):
            return [i for i in range(lo, len(self.blocks) if hi is None else hi)
                    if len(self.blocks[i].text) > HEADLINE_CHARS and norm_key(self.blocks[i].text) == key]

        @property
        def long(self):
            return [i for i, b in enumerate(self.blocks) if len(b.text) > HEADLINE_CHARS]

        def short_keys(self):
            return list(dict.fromkeys(norm_key(b.text) for b in self.blocks if len(b.text) <= HEADLINE_CHARS))

        def holding(self, word):
            return list(range(len(self.blocks)))

        def ending_with(self, key, lo=0, hi=None):
            return [i for i in range(lo, len(self.blocks) if hi is None else hi)
                    if len(self.blocks[i].text) <= HEADLINE_CHARS and norm_key(self.blocks[i].text).endswith(f" {key}")]

    for blocks in PAGES[n:n + 50]:
        text = "\n".join(b.text for b in blocks)
        for breaks in ((), (len(blocks[0].text),)):
            fast = title_filter.title(dataclasses.replace(Document.from_text(text), breaks=breaks))
            with monkeypatch.context() as m:
                for module in (title_filter, guess_rules, browser, run_in):
                    m.setattr(module, "keyed", Walked)
                slow = title_filter.title(dataclasses.replace(Document.from_text(text), breaks=breaks))
            assert (fast.metadata, fast.removals, fast.facts) == (slow.metadata, slow.removals, slow.facts)


# The markup a title may have swallowed, as one alternation: titles._MARKUP_CASES searched as one.
_MARKUP = regex.compile(r"</[a-zA-Z]|<[a-zA-Z][\w:-]{0,20}+\s++[\w:-]++=|<!|-->|[\"']\);|\bfunction\s*+\(|"
                        r"\bdocument\.\w|\(\w++\s*+(?:[<>!=]=|[<>])|[\"']\s*+/?>")
# Texts around the markup pre-check's edges: every case of the markup patterns and a call on a string,
# each with one of its characters missing, and titles that hold none.
MARKUP_TEXTS = [
    'Bush to Saudis - CBN News</titlevalue="true" --> </head> <body id="Body">',
    "Rates rise <again>", 'Top story(The Times)ntById("font"); obj.x', "Gaza crossings - Ne(OAS_version >= 11) x",
    'TV - Intww.spy.co.uk/o.xml" />', "a -- b", "x'); y", "x') y", "function (x)", "functions", "document.title",
    "document title", "(a == b)", "(a = b)", "(a b) = c", "a<!b", "a!b", "x' >", "Rates rise again - Herald", "",
]


@pytest.mark.parametrize("text", MARKUP_TEXTS)
def test_markup_precheck_skips_no_match(text):
    if not titles._may_hold_markup(text):
        assert _MARKUP.search(text) is None and titles._CALL.search(text) is None
    assert titles.unmarked(text) == _unmarked_plain(text)


def _unmarked_plain(title: str) -> str:
    """titles.unmarked without its pre-check, the markup's cases searched as one alternation."""
    m = _MARKUP.search(title)
    stop = len(title) if m is None else m.start()
    call = titles._CALL.search(title, 0, min(len(title), stop + 1))
    if call is not None:
        name = titles._NAME_BEFORE.match(title, 0, call.start())
        return title[:name.start() if name is not None else call.start()].rstrip()
    return title if m is None else title[:stop].rstrip()


def test_markup_precheck_on_random_strings():
    rnd = random.Random(18)
    alphabet = ["<", ">", "(", ")", ";", "=", "!", "-", '"', "'", "/", "function", "document", ".", "a", " ", "_",
                "\n", "x1"]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10)))
        assert titles.unmarked(text) == _unmarked_plain(text), text
    for _ in range(5_000):  # longer texts, where several cases match at several places
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(10, 60)))
        assert titles.unmarked(text) == _unmarked_plain(text), text


def test_markup_cases_apart_are_the_alternation_on_the_eval_pages():
    """The markup's cases searched apart, each where its literals stand (titles._MARKUP_CASES), find the
    first place the alternation finds: on every eval text's first line (a folded page's is the page)
    and its first 300 characters; each case's matches hold the literals it is searched for after."""
    from .conftest import eval_cases

    texts = list(MARKUP_TEXTS)
    for case in eval_cases():
        if isinstance(case.get("input"), str):
            first = case["input"].split("\n", 1)[0]
            texts += [first, first[:300]]
    matched = 0
    for text in texts:
        m = _MARKUP.search(text)
        assert titles._first_markup(text) == (None if m is None else m.start()), repr(text[:120])
        assert titles.unmarked(text) == _unmarked_plain(text), repr(text[:120])
        matched += m is not None
        for needs, pattern in titles._MARKUP_CASES:
            assert all(n in found.group() for found in pattern.finditer(text) for n in needs), pattern.pattern
    assert matched > 50


def _title_bounds_plain(title: str) -> list[tuple[int, int]]:
    """titles.title_bounds without its pre-check for a separator's character."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in titles.SEPARATOR.finditer(title):
        if m.start() > pos:
            if len(bounds) == titles.MAX_PARTS:
                return [(0, len(title))]
            bounds.append((pos, m.start()))
        pos = m.end()
    if pos < len(title):
        bounds.append((pos, len(title)))
    return bounds if len(bounds) <= titles.MAX_PARTS else [(0, len(title))]


# Every separator's character alone, spaced and glued, and lines with none (prose, a name, nothing).
SEPARATED = ["Aid Arrives | Fars", "Aid Arrives || Fars", "Aid :: Fars", "Aid · Fars", "Aid•Fars", "Aid ~ Fars",
             "Home > News >> Aid", "Aid – Fars", "Aid — Fars", "Aid / Fars", "Aid \\ Fars", "Aid ✩ Fars",
             "Aid » Fars", "Aid › Fars", "Aid : Fars", "cold start- al.com", "Aid -- Fars", "Aid -Fars", "AFP: Aid",
             "Golfer Wins(The Korea Times)", "Olympic Loser (from the Argus)", "co-op deal", "a:b", "Aid Arrives",
             "The army said it had repelled the attack on the town.", "", " ", "\x1c", "-", "(", "Aid |"]


def test_title_bounds_precheck_on_the_table_every_eval_line_and_random_strings() -> None:
    from .conftest import eval_cases

    lines = SEPARATED + [line for case in eval_cases() if case.get("variant") == "page"
                         for line in case["input"].splitlines()[:8]]
    rnd = random.Random(18)
    alphabet = ["|", ":", "·", "•", "~", ">", "–", "—", "/", "\\", "✩", "»", "›", "-", "(", ")", " ", "\t", "\x1c",
                "a", "Aid", "_", ".", ","]
    lines += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    for line in lines:
        assert titles.title_bounds(line) == _title_bounds_plain(line), repr(line)


# Lines whose key is not plainly their words: apostrophes inside and around words, letters that lower
# to two ("İ") or by their place (a final sigma), other scripts, a key that is a piece of another's.
TRICKY = ["Don’t Go Now", "don t go now", "Rock'n'roll Lives", "rock n roll lives", "'Quoted' Words Here",
          "İstanbul Votes Today", "istanbul votes today", "ΟΔΟΣ ΚΛΕΙΣΤΗ ΣΗΜΕΡΑ", "οδος κλειστη σημερα",
          "Москва: Выборы Сегодня", "東京 選挙 今日", "A A A Storm Hits Coast", "Storm Hits Coast",
          "Big Storm Hits Coast", "storm hits coastline", "", "  ", "Storm__Hits Coast",
          "Storm " + "! " * 130 + "Hits Coast", "Storm Hits " + "Coast " * 50,
          "ΟΔΟΣ ΚΛΕΙΣΤΗ " * 25, "İstanbul Votes Today " * 15, "Don’t Go Now " + "… " * 120]


def test_keyed_search_is_the_walk_on_tricky_lines_and_the_eval_pages() -> None:
    from .conftest import eval_cases

    rnd = random.Random(18)
    pages = [Document.from_text("\n".join(rnd.sample(TRICKY, len(TRICKY)))).blocks for _ in range(30)]
    pages += [Document.from_text("\n".join([*TRICKY[:6], "İ", *TRICKY[6:]])).blocks]
    texts = [case["input"] for case in eval_cases() if case.get("variant") == "page"]
    pages += [Document.from_text(text).blocks for text in texts[::2]]  # every second page: the test's time
    for blocks in pages:
        lines = keyed.Keyed(blocks)
        walked = [norm_key(b.text) if len(b.text) <= HEADLINE_CHARS else None for b in blocks]  # the short lines'
        keys = {k for k in walked[:15] if k is not None} | {norm_key(t) for t in TRICKY}
        keys |= {norm_key(blocks[0].text[a:b]) for a, b in titles.title_bounds(blocks[0].text)} if blocks else set()
        keys |= {" ".join(k.split()[1:]) for k in set(keys)} - {""}
        for key in sorted(keys):
            for lo, hi in ((0, None), (1, 6)):
                top = len(blocks) if hi is None else min(hi, len(blocks))
                assert lines.at(key, lo, hi) == [i for i in range(lo, top) if walked[i] == key], key
                assert lines.long_with(key, lo, hi) == [i for i in range(lo, top) if walked[i] is None
                                                        and norm_key(blocks[i].text) == key], key
                assert lines.ending_with(key, lo, hi) == [i for i in range(lo, top) if walked[i] is not None
                                                          and walked[i].endswith(f" {key}")], key


def test_keyed_holding_finds_every_line_that_holds_the_word() -> None:
    """Keyed.holding (the lines a run of a cut headline may start at) gives, ascending, every line
    whose lower-cased text holds the word: the short lines found in their lowered text, the long
    ones all (the view does not lower them), every line for an empty word."""
    from .conftest import eval_cases

    rnd = random.Random(18)
    pages = [Document.from_text("\n".join(rnd.sample(TRICKY, len(TRICKY)))).blocks for _ in range(30)]
    texts = [case["input"] for case in eval_cases() if case.get("variant") == "page"]
    pages += [Document.from_text(text).blocks for text in texts[::5]]
    for blocks in pages:
        lines = keyed.Keyed(blocks)
        words = {w for b in blocks[:20] for w in norm_key(b.text).split()}
        words |= {"", "storm", "οδος", "istanbul", "i̇stanbul"}
        for word in sorted(words):
            found = lines.holding(word)
            assert found == sorted(set(found)), word
            assert set(found) >= {i for i, b in enumerate(blocks) if word in b.text.lower()}, word
            assert set(found) - {i for i, b in enumerate(blocks) if word in b.text.lower()} <= set(lines.long) or (
                not word), word


def _cut_copies_walk(doc, blocks, key):
    """headlines.run_in.cut_copies as it was written: every line read as a run's first."""
    out, i = [], 0
    while i < len(blocks):
        joined, j = norm_key(blocks[i].text), i
        if joined and joined != key and key.startswith(joined + " "):
            while j + 1 < len(blocks) and len(joined) < len(key) and run_in._cut_after(doc, blocks[j], blocks[j + 1]):
                j += 1
                joined = f"{joined} {norm_key(blocks[j].text)}"
            if joined == key:
                out.extend(blocks[i:j + 1])
                i = j + 1
                continue
        i += 1
    return out


def test_cut_copies_read_from_the_lines_holding_the_first_word_as_from_the_walk() -> None:
    rnd = random.Random(21)
    units = ["Dozens Killed!", "Aid Arrives", "The army came.", "dozens killed", "İ Dozens Killed!", "Home",
             "Dozens", "Killed! Aid", "Arrives", "DOZENS KILLED! AID ARRIVES"]
    keys = ["dozens killed aid arrives", "dozens killed", "aid arrives", "home"]
    for _ in range(400):
        lines = [rnd.choice(units) for _ in range(rnd.randint(1, 12))]
        text = "\n".join(lines)
        cuts = [i for i, c in enumerate(text) if c == "\n" and rnd.random() < 0.6]
        doc = dataclasses.replace(Document.from_text(text), breaks=tuple(cuts))
        for key in keys:
            assert run_in.cut_copies(doc, doc.blocks, key) == _cut_copies_walk(doc, doc.blocks, key), (text, key)


def _lower_run_plain(words, i):
    """titles._lower_run as it was written: the word's closing mark found by a pattern."""
    mark = regex.compile(r"[,;:.!?]$")
    if not words[i][:1].isupper():
        return False
    for n, w in enumerate(words[i + 1:i + 1 + titles._SENTENCE_RUN], 1):
        if not w[:1].islower():
            return False
        if mark.search(w):
            return n >= titles._OPENING_RUN
    return False


def test_lower_run_is_the_pattern_on_random_words():
    """A sentence's first comma or stop is read off the word's last character, not by a pattern:
    the words are run_in_title's (runs of characters that are no white space)."""
    rnd = random.Random(18)
    pieces = ["a", "B", "é", "É", "1", ",", ";", ":", ".", "!", "?", "…", "'", ")", "-", "x,y", "\u00a0"]
    for _ in range(20_000):
        text = " ".join("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 3)))
                        for _ in range(rnd.randint(1, 16)))
        words = [m.group() for m in titles._OPENING.finditer(text)]
        for i in range(len(words)):
            assert titles._lower_run(words, i) == _lower_run_plain(words, i), (words, i)


# Decks and the text under them: stems shared only by an ending cut off ("claims"/"claimed"), by a
# word's first five letters, by digits, by stop words only (which do not count), by a one- or
# two-letter word (neither), and words that are all ending ("ing"), lines in other scripts.
DECKS = [("Claims of song plagiarism dropped", "Avril Lavigne settled the claims on Monday."),
         ("Claims of song plagiarism dropped", "She claimed nothing."),
         ("Sign In to E-Mail or Save This", "Avril Lavigne settled the claims on Monday."),
         ("The and of it was", "The and of it was"), ("Go to 10 or 2", "at 10 or 2 go"),
         ("Singing brings things", "sings ings ing bring"), ("Город закрыл дорогу утром", "Город закрыл дорогу"),
         ("", "anything"), ("Anything at all here", "")]


@pytest.mark.parametrize(("text", "below"), DECKS)
def test_shares_content_is_the_intersection_on_a_table(text, below):
    assert header.shares_content(text, words(below)) == bool(content_stems(text) & content_stems(below))


def test_shares_content_and_deck_line_on_the_eval_pages():
    """A deck's words shared with the lines under it, read up to the first shared stem from the lines'
    tokens, as the whole text below's stems intersected; deck_line as written, on every line with
    the twelve lines under it."""
    from .conftest import eval_cases

    texts = [case["input"] for case in eval_cases() if case.get("variant") == "page"]
    for text in texts[::4]:
        blocks = Document.from_text(text).blocks
        for i in range(min(len(blocks) - 2, 60)):
            lines = blocks[i + 2:i + 2 + header.DECK_STORY]
            below = " ".join(b.text for b in lines)
            plain = bool(content_stems(blocks[i + 1].text) & content_stems(below))
            assert header.shares_content(blocks[i + 1].text, (w for b in lines for w in tokens(b.text))) == plain
            assert header.shares_content(blocks[i + 1].text, words(below)) == plain
            assert header.deck_line(blocks[i + 1].text, below) == _deck_line_plain(blocks[i + 1].text, below)


def test_shares_content_on_random_strings():
    rnd = random.Random(18)
    pieces = ["claim", "claims", "claimed", "ing", "s", "the", "and", "10", "2", "a", "Город", "é", " ", " ", ".", "'"]
    for _ in range(5_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        below = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert header.shares_content(text, words(below)) == bool(content_stems(text) & content_stems(below)), (
            text, below)


def _printed_twice_plain(blocks):
    """guess.printed_twice as it was written: every top line's shape read."""
    seen = set()
    for i, block in enumerate(blocks[1:20], 1):
        if i + 1 >= len(blocks) or not headline_shaped(block.text) or guess_rules.byline(block.text):
            continue
        key = norm_key(block.text)
        if key in seen and weigh(block, covered(blocks)) < 0:
            below = blocks[i + 1].text
            if guess_rules.date_line(below) is not None or guess_rules.byline(below):
                return i
        seen.add(key)
    return None


def test_printed_twice_reads_only_keys_printed_twice():
    """printed_twice reads the shape of the lines whose key the window's short lines print twice only,
    and no long line's key: the same line as the rule that read every line's, on random pages of
    headlines, bylines and dates printed again (long lines whose key is a headline's among them), and on
    the eval pages (as they open, and less their first lines)."""
    from .conftest import eval_cases

    assert guess_rules._TWICE_WINDOW == 20
    pages = list(PAGES)
    pages += [Document.from_text("\n".join(["Site", "Stars Collide", "Share", "Stars Collide", "By Ann Lee",
                                            "Two stars met in the night, astronomers said on Monday."][:n])).blocks
              for n in range(7)]
    texts = [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines")]
    for text in texts[::3]:
        blocks = Document.from_text(text).blocks
        pages += [blocks, blocks[3:], blocks[8:]]
    for blocks in pages:
        assert guess_rules.printed_twice(blocks) == _printed_twice_plain(blocks)


def _introduced_plain(blocks, least=0):
    """guess.introduced as it was written: the line's own shape read before the line under it."""
    cv = covered(blocks)
    for i, block in enumerate(blocks[1:6], 1):
        if (i + 1 >= len(blocks) or not headline_shaped(block.text) or weigh(block, cv) >= 0
                or guess_rules.byline(block.text) or len(tokens(block.text)) < least
                or guess_rules.named_credit(block.text)):
            continue
        below = blocks[i + 1].text
        if guess_rules.date_line(below) is not None or guess_rules.byline(below):
            return i
    return None


def test_introduced_reads_the_line_under_first():
    """introduced tests a line's weight and the line under it before the line's own shape: the same
    line as the rule as written, on random pages and on the eval pages (as they open, and less their
    first lines), for any headline and for one of three words or more."""
    from .conftest import eval_cases

    assert guess_rules.CONFIRM_WINDOW == 6
    pages = list(PAGES)
    texts = [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines")]
    for text in texts[::3]:
        blocks = Document.from_text(text).blocks
        pages += [blocks[k:] for k in range(0, 12, 2)]
    found = 0
    for blocks in pages:
        for least in (0, 3):
            assert guess_rules.introduced(blocks, least) == _introduced_plain(blocks, least)
            found += _introduced_plain(blocks, least) is not None
    assert found > 20  # the table holds lines the rule takes


def _introduced_above_article_plain(blocks):
    """guess.introduced_above_article as it was written (the line's words and shape before its weight)."""
    from newsclean.layout.shape import best_run

    weights = page_weights(blocks)
    run = best_run(weights)
    if run is None:
        return None
    start = run[0]
    first = start if start + 2 < len(blocks) and (guess_rules.date_line(blocks[start + 1].text) is not None
                                                  or guess_rules.byline(blocks[start + 1].text)) else start - 1
    for i in range(first, max(-1, start - 1 - 4), -1):
        text = blocks[i].text
        nxt = blocks[i + 1].text
        if (len(tokens(text)) >= 3 and headline_shaped(text) and (weights[i] < 0 or i == start)
                and not guess_rules.byline(text) and not guess_rules.named_credit(text)
                and guess_rules.date_line(text) is None and not guess_rules._dated(text)
                and not (i and guess_rules.byline(blocks[i - 1].text))
                and (guess_rules.date_line(nxt) is not None or guess_rules.byline(nxt)
                     or (guess_rules._dated(nxt) and titles.sentence_case(text))
                     or (i + 2 < len(blocks) and guess_rules.named_credit(nxt) and header.header_line(blocks, i + 2))
                     or (i + 1 == start and guess_rules._OPENING_DATELINE.match(nxt) is not None))):
            return i or None
    return None


def test_introduced_above_article_reads_the_weight_first():
    from .conftest import eval_cases

    pages = list(PAGES)
    texts = [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines")]
    for text in texts[::3]:
        blocks = Document.from_text(text).blocks
        pages += [blocks, blocks[4:]]
    for blocks in pages:
        assert guess_rules.introduced_above_article(blocks) == _introduced_above_article_plain(blocks)


def _run_in_title_plain(text):
    """titles.run_in_title as it was written: the words and their places read by the pattern's matches."""
    import itertools

    found = itertools.islice(titles._OPENING.finditer(text, 0, min(len(text), 300)), titles._RUN_IN_READ)
    spans = [m.span() for m in found]
    words = [text[a:b] for a, b in spans]
    for i in range(1, min(len(words), 12)):
        if not _lower_run_plain(words, i):
            continue
        head = [w.lower() for w in words[:i]]
        opening = [w.lower() for w in words[i:i + len(head)]]
        copied = head == opening and not any(w[:1].islower() for w in words[:i])
        for m in range(min(4, len(head) - 1), 0, -1):
            if not copied and head[-m:] == opening[:m]:
                head, copied = head[:-m], True
                break
        half = len(head) // 2
        if half and len(head) % 2 == 0 and head[:half] == head[half:]:
            head, copied = head[:half], True
        if not copied or not 2 <= len(head) <= 8 or sum(w[:1].islower() for w in words[:len(head)]) > 4:
            return None
        title = text[spans[0][0]:spans[len(head) - 1][1]]
        if (not headline_shaped(title) or titles.SEPARATOR.search(title) is not None
                or not all(w[:1].isalnum() or w[:1] in "\"'“‘" for w in words[:len(head)])):
            return None
        return spans[0][0], spans[len(head) - 1][1]
    return None


def test_run_in_title_split_is_the_pattern():
    """run_in_title reads its words with str.split (the places of a title's words with the pattern,
    once found): the same span as the rule as written, on titles run into their first sentence with
    every kind of white space between the words (the separators \\x1c-\\x1f, which str.split reads as
    space and the pattern does not, too), on random strings and on the eval pages' heads."""
    from .conftest import eval_cases

    assert (titles._RUN_IN_CHARS, titles._RUN_IN_WORDS, titles._OPENING_RUN, titles._RUN_IN_LOWER) == (300, 8, 3, 4)
    spaces = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\x1f", "\x85", "\u3000"]
    rnd = random.Random(18)
    heads = []
    for _ in range(4_000):
        title = rnd.choice(["Base URL test", "Storm Hits Coast", "Readability Test", "Aid Arrives"])
        sentence = rnd.choice(["Lorem ipsum dolor sit amet, consectetur.", "the storm hit, they said.",
                               "Storm winds hit the coast at night, they said."])
        words = f"{title} {rnd.choice(['Lorem', title, 'Storm Winds', ''])} {sentence}".split(" ")
        heads.append(rnd.choice(["", " ", "\n"]) + "".join(w + rnd.choice(spaces) for w in words if w))
    heads += [" ".join(["Word"] * n) + " Then the text goes on, they said." for n in range(1, 30)]
    heads += ["Storm Hits Coast " * 30 + "Storm winds hit the coast at night, officials said."]
    heads += [case["input"][:400] for case in eval_cases() if case.get("variant") in ("page", "flatpage")]
    taken = 0
    for head in heads:
        assert titles.run_in_title(head) == _run_in_title_plain(head), repr(head)
        taken += _run_in_title_plain(head) is not None
    assert taken > 300


def _printed_part_plain(line, keys, headed=frozenset()):
    """browser.printed_part as it was written: every run of parts looked up."""
    parts = browser._parts(line)
    best = None
    for i in range(len(parts)):
        if i and browser._colon_half(line, parts[i - 1][1], parts[i][0]):
            continue
        for j in range(i, len(parts)):
            piece = line[parts[i][0]:parts[j][1]]
            key = norm_key(piece)
            if (key in keys and len(browser.WORD.findall(piece)) >= 1 and (best is None or len(piece) > len(best))
                    and not (i == j and browser._site_part(line, parts, i) and key not in headed)
                    and not browser.address(piece) and not browser.identifier(piece)
                    and not (i < j and titles.menu_bar(piece))):
                best = keys[key]
    return best


def test_printed_part_skips_runs_no_longer_than_the_line_found():
    """A run of the browser title's parts no longer than the printed line found so far is not looked
    up: the same line as the rule as written, on random pages whose lines print parts of the title
    (the headline, the site, both, in other cases, with stops) and on the eval pages' first lines."""
    from .conftest import eval_cases

    rnd = random.Random(18)
    titles_ = ["Storm Hits Coast | Herald | News", "Herald: Storm Hits Coast - News", "A | B | C | D",
               "Storm Hits Coast — a night of winds | Herald", "Home | News | Sport | Weather"]
    lines = ["Storm Hits Coast", "STORM HITS COAST!", "Herald", "News", "Herald | News", "Storm Hits Coast | Herald",
             "A", "B | C", "C", "A | B | C", "By Ann Lee", "March 21, 2016", "Home", "a night of winds",
             "The storm hit the coast on Monday night, officials said."]
    pages = [Document.from_text("\n".join([rnd.choice(titles_), *rnd.sample(lines, rnd.randint(1, 9))])).blocks
             for _ in range(600)]
    texts = [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines")]
    pages += [Document.from_text(text).blocks for text in texts[::2]]
    found = 0
    for blocks in filter(None, pages):
        keys, headed = browser.PrintedLines(blocks, 1), browser.Headed(blocks)
        plain = _printed_part_plain(blocks[0].text, keys, headed)
        assert browser.printed_part(blocks[0].text, keys, headed) == plain
        found += plain is not None
    assert found > 200


def _broken_title_plain(blocks):
    """guess.broken_title as it was written: every line's key read for the two lines' words."""
    if len(blocks) < 3 or not blocks[1].text[:1].islower() or not headline_shaped(blocks[0].text):
        return None
    key = norm_key(f"{blocks[0].text} {blocks[1].text}")
    if len(key.split()) < 3:
        return None
    return next((b.text for b in blocks[2:] if norm_key(b.text) == key and headline_shaped(b.text)), None)


def test_broken_title_looks_the_key_up():
    """broken_title finds the line that prints the browser title's two lines in the page's index:
    the same line as the walk over every line, on pages whose title breaks before a lower-case word
    and prints it again (in other cases, with stops, too long for a headline) and on the eval pages."""
    from .conftest import eval_cases

    rnd = random.Random(18)
    heads = ["Council approves the budget after a\nlong debate", "Council approves\nthe budget", "Aid\narrives"]
    lines = ["Council approves the budget after a long debate", "COUNCIL APPROVES THE BUDGET AFTER A LONG DEBATE!",
             "Council approves the budget", "Council approves the budget after a long debate." + " ." * 120,
             "Home", "long debate", "The council approved the budget on Monday after a long debate, officials said."]
    pages = [Document.from_text("\n".join([rnd.choice(heads), *rnd.sample(lines, rnd.randint(0, 6))])).blocks
             for _ in range(400)]
    texts = [case["input"] for case in eval_cases() if case.get("variant") in ("page", "taglines")]
    pages += [Document.from_text(text).blocks for text in texts[::3]]
    found = 0
    for blocks in pages:
        assert guess_rules.broken_title(blocks) == _broken_title_plain(blocks)
        found += _broken_title_plain(blocks) is not None
    assert found > 50


# The pattern folded_deck searched for an article's header, the two openers as one alternation.
_HEADER_OPENER = regex.compile(r"(?<!\w)(?:By|BY)\s++(?=\p{Lu})|(?<!\w)(?i:"
                               + "|".join(regex.escape(w) for w in run_in.STAMPS) + r")\s*+:")
# Headers after a folded page's headline: bylines in every case, stamps with and without their colon,
# white space of every kind before it, stamps inside stamps ("last updated:"), "By" inside words
# and before a stamp, and no colon at all.
OPENERS = ["Rain falls By Ann Lee POSTED: 2:45 pm", "Standby By  Jo BY JO by Jo By jo", "Last updated: 3 pm",
           "Last Updated : Jan 3 Posted on:Jan 4 ZPosted: no", "By POSTED: By\u00a0Ann By\tAnn",
           "Insomnia May Be Caused By Radiation POSTED: 2:45 pm EST Jan 22, 2008", "Veröffentlicht am: 3. Mai",
           "Mis à jour le :", "data:date: dated:", "ByBy Ann", "By Posted: x", "", ":", "By"]


def test_header_openers_are_the_alternations_starts():
    """folded_deck's two patterns searched apart find the starts the alternation of both found:
    on a table, every window folded_deck reads on the eval pages' folded forms, and random strings.
    Sound because no stamp holds a "by" (a match of _BY_OPENER could stand inside a stamp's, or open
    at a stamp's start) and no stamp opens with white space or is empty. The stamps are matched
    backwards from each colon: sound because no stamp holds a colon or ends with white space, and they
    are tried longest first."""
    from .conftest import eval_cases

    assert all("by" not in w.casefold() and w[:1].isalpha() for w in run_in.STAMPS)
    assert all(":" not in w and w[-1:].isalpha() for w in run_in.STAMPS)
    assert [len(w) for w in run_in.STAMPS] == sorted((len(w) for w in run_in.STAMPS), reverse=True)
    texts = list(OPENERS)
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            text = case["input"]
            texts += [text[i:i + 300] for i in range(0, min(len(text), 6000), 150)]
    rnd = random.Random(18)
    alphabet = ["By ", "BY ", "by ", "Ann ", "ann", "Posted", "POSTED", "updated", "Last ", "on", ":", " :", " ",
                "\t", "\u00a0", "\n", "x", "É", "2008", "-", "Data", "dated", "ſ", "mis à jour le", "Mis", "à"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    found = 0
    for text in texts:
        expected = {m.start() for m in _HEADER_OPENER.finditer(text)}
        assert run_in._header_openers(text) == expected, repr(text)
        found += bool(expected)
    assert found > 1_000



def _folded_deck_plain(flat: str, headline: str) -> str | None:
    """``run_in.folded_deck`` as it read every copy's window, whatever its first word opens with."""
    key = norm_key(headline)
    best = None
    for _, copy_end in list(printed_copies(flat, headline))[:run_in._COPIES_READ]:
        window = flat[copy_end:copy_end + run_in._DECK_CHARS]
        ends = sorted(run_in._header_openers(window) | {d.start for d in run_in.find_dates(window)})
        below = flat[copy_end:copy_end + run_in._DECK_CHARS * 2]
        for end in ends:
            deck = " ".join(window[:end].split())
            if len(tokens(deck)) > run_in._DECK_WORDS:
                break
            printed, deck = deck, run_in._less_credit(deck)
            if ((best is None or len(deck) > len(best)) and key not in norm_key(printed)
                    and run_in._BYLINE_INSIDE.search(deck) is None and header.deck_line(deck, below[end:])
                    and not run_in._toolbar_inside(deck)
                    and not (titles.sentence_case(deck) and run_in._BY_INSIDE.search(deck))):
                best = deck
    return best


def test_folded_deck_skips_only_windows_no_deck_opens():
    """folded_deck reads no window whose first word opens with a mark (a deck opens with a letter or a
    digit, and every run read there opens with that word) or is "By": the same decks as the plain reading, on
    each eval page's folded forms under the headline the title step reads and under runs of its own
    words, and on random pages whose headline's copies are followed by decks, marks, credits and days."""
    from .conftest import eval_cases

    cases = []
    for case in eval_cases():
        if case.get("variant") in ("flatpage", "flat"):
            flat = case["input"]
            words_ = flat.split()
            cases += [(flat, " ".join(words_[i:i + 4])) for i in range(0, min(len(words_), 600), 97)]
            if (head := run_in.folded_headline(Document.from_text(flat))) is not None:
                cases.append((flat, head))
    rnd = random.Random(38)
    after = ["Bronze medal picks up slack", "- Bronze medal", "| Home", "(AP)", "“Bronze medal” picks up",
             "By CP", "POSTED: 2:45 pm", "Monday, January 14, 2008", "The Associated Press", "1 dead in crash",
             "\u00a0", "\n", "...", "Share this", "Staff and agencies", "Email this article", "Podium for Canuck",
             "BY", "by", "By", "Bye", "bY JO"]
    for _ in range(1_500):
        body = " ".join(rnd.choice(after) for _ in range(rnd.randint(0, 12)))
        cases.append((f"Home Podium for Canuck {body} Podium for Canuck {body} The medal went to Canada.",
                      "Podium for Canuck"))
    found = 0
    for flat, head in cases:
        deck = run_in.folded_deck(flat, head)
        assert deck == _folded_deck_plain(flat, head), (flat[:300], head)
        found += deck is not None
    assert found > 50


def test_dateless_titles_read_as_with_their_parts_parsed(monkeypatch):
    """browser._undated, undated_head and less_dated_trail skip the date parsing where _dateless tells
    no part is a date: the same answers as with every part parsed, on every eval page's lines and on
    random titles of days, numbers and digits of other scripts (Arabic-Indic, fullwidth, mathematical
    digits past the Basic Multilingual Plane) between separators."""
    from .conftest import eval_cases

    texts = []
    for case in eval_cases():
        if case.get("variant") in ("page", "taglines"):
            texts += case["input"].split("\n")[:40]
    rnd = random.Random(38)
    pieces = ["Rates Rise", "21/12/2018", "2018", "Jan 5, 2018", "07.12.2017", "Top 10", "Sport", "AHN",
              "٢١/١٢/٢٠١٨", "２０１８", "𝟐𝟎𝟏𝟖", "Sport \U0001f642",
              "2015-03-27T13:07:55Z", "12:30 pm", "The Daily", "5 May 2015"]
    seps = [" - ", " | ", " -- ", " / ", " · ", " :: ", " — "]
    for _ in range(3_000):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(1, 4))]
        texts.append("".join(p + rnd.choice(seps) for p in parts[:-1]) + parts[-1])

    def read(text):
        return browser._undated(text), browser.undated_head(text), browser.less_dated_trail(text)

    fast = [read(t) for t in texts]
    assert sum(browser._dateless(t) for t in texts) > 1_000
    assert sum(a != (t, t, (t, None)) for t, a in zip(texts, fast, strict=True)) > 300  # days read off
    monkeypatch.setattr(browser, "_dateless", lambda text: False)
    assert [read(t) for t in texts] == fast
