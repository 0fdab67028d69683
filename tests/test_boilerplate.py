"""Furniture lines: each kind removed whole, with its reason; sentences that mention the same
words stay."""

from __future__ import annotations

import functools
import random
import re

import pytest
import regex

from newsclean.alternatives import lowered_as_matched
from newsclean.document import Document
from newsclean.filters.boilerplate import (
    _END_HINTS,
    _GATES,
    _KEYWORD_HINT,
    _KEYWORDS,
    _MAX_CHARS,
    _OPENERS,
    _WILDCARDS,
    _anchor,
    _any_of,
    _compile,
    _furniture,
    _gate,
    _holds_keyword,
    _is_wildcard,
    _keyworded,
    boilerplate,
    noise_kind,
)
from newsclean.lexicon import NOISE_LINES
from newsclean.words import SPACE

# The references the step's fast reads answer as: the full pattern of every kind, the alternation
# of every keyword, and the prefilter they make (the step itself reads none of them).
_ANY = _compile(NOISE_LINES)
_KEYWORD = regex.compile("|".join(k for k, _ in _KEYWORDS), regex.IGNORECASE | regex.V0)


def _may_be_furniture(text: str) -> bool:
    """False only if no alternative of ``_ANY`` can match ``text`` in full (cheap checks first)."""
    return _keyworded(text) or _OPENERS.fullmatch(text) is not None


FURNITURE = [
    ("Share this article", "share"),
    ("Share on Facebook", "share"),
    ("Click to share on Twitter (Opens in new window)", "share"),
    ("Tweet", "share"),
    ("Print article", "share"),                        # a page's tools between its headline and dateline
    ("Refer to a friend", "share"),
    ("E-mail this story to a friend", "share"),
    ("Send to a friend", "share"),
    ("Follow us on Instagram", "share"),
    ("Email Jane Doe at jdoe@example.com or follow her @janedoe.", "share"),
    ("Follow The Planet Opinion section on Facebook, Twitter (@PlanetOpinion) and Instagram.", "share"),
    ("Reach the reporters on Twitter at http://twitter.com/janedoe", "share"),
    ("There's more where that came from. Sign up for The Morning Brief today to get the free daily newsletter.",
     "newsletter"),
    ("Sign up for our Morning Briefing newsletter", "newsletter"),
    ("Email Address *", "newsletter"),
    ("Get the best stories delivered to your inbox every week", "newsletter"),
    ("We use cookies to improve your experience. By continuing you accept our cookie policy.", "cookie"),
    ("Accept all cookies", "cookie"),
    ("Get Bike Monthly delivered to your door every month. 12 issues for £11.99. Click here for more.", "newsletter"),
    ("Subscribe today: 6 issues for just $5", "newsletter"),
    ("Supported by", "navigation"),                    # a sponsor's label above its logo
    ("Brought to you by", "navigation"),
    ("Powered by", "navigation"),
    ("The module's areas: (1) crew quarters, (2) exercise, (3) hygiene and waste, (4) dining, (5) workstation, "
     "(6) galley, (7) stowage and (8) life support, with the shared rooms used only while the crew is awake. "
     "The quarters double as pods during the cruise and are shielded against radiation. Credit: ESA",
     "caption"),                                       # a diagram's long caption still ends with its credit
    ("When you walk into almost any store, you are overloaded with sights, sounds,… Read more Read more",
     "related_links"),                                 # another story's teaser: its excerpt cut short, its link
    ("The council met on Monday to agree a plan for the harbour [...] Continue reading →", "related_links"),
    ("Ten years after the flood, the town has rebuilt its bridges... Read the full story", "related_links"),
    ("Current Time 0:00", "player"),                   # a video player's controls, read as lines
    ("Remaining Time -1:02:15", "player"),
    ("Loaded: 12.5%", "player"),
    ("Play Video", "player"),
    ("captions settings, opens captions settings dialog", "player"),
    ("subtitles off, selected", "player"),
    ("This is a modal window.", "player"),
    ("Beginning of dialog window. Escape will cancel and close the window.", "player"),
    ("Background --- White Black Red Green --- Opaque Semi-Transparent", "player"),
    ("Font Size 50% 75% 100% 125%", "player"),
    ("Text Edge Style None Raised Depressed Uniform", "player"),
    ("© 2019 Hearst Communications, Inc.", "copyright"),
    ("Copyright 2016 The Associated Press. All rights reserved.", "copyright"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
    ("Photo: Hau Dinh, AP", "photo_credit"),
    ("Image Credit: WeWork", "photo_credit"),
    ("(AP Photo/Evan Vucci)", "photo_credit"),
    ("Photograph by Jane Doe for The Daily Planet", "photo_credit"),
    ("Image caption Firefighters at the scene on Monday", "caption"),
    ("Image 1 of 8", "caption"),
    ("Image 1 of / 8", "caption"),
    ("Follow RT on", "share"),
    ("Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @jdoe.", "share"),
    ('Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news!', "newsletter"),
    ("FILE PHOTO: Traders work on the floor of the exchange in New York. REUTERS/Brendan McDermid", "caption"),
    ("Shares fell after the report. Photograph by Robyn Beck/AFP/Getty Images", "caption"),
    ("This document is subject to copyright. Apart from any fair dealing no part may be reproduced.", "copyright"),
    ("Citation: Astronauts would need smaller craft (2019, November 18) retrieved 20 November 2019 from https://x.org",
     "copyright"),
    ("Фото: ТАСС", "photo_credit"),
    ("личный архив Анны Ивановой", "photo_credit"),
    ("Get short URL", "share"),
    ("Sharing is caring!", "share"),
    ("Like this story? Share it with a friend!", "share"),
    ("Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", "newsletter"),
    ("Advert", "navigation"),
    ("This slideshow requires JavaScript.", "navigation"),
    ("View all (23)", "navigation"),
    ("Previous Auto News -", "navigation"),
    ("- Next Auto News", "navigation"),
    ("This site is protected by recaptcha Privacy Policy | Terms of Service", "navigation"),
    ("CLICK HERE TO GET THE FOX NEWS APP", "navigation"),
    ("GET FOX BUSINESS ON THE GO BY CLICKING HERE", "navigation"),
    ("The hospital where the patients sought treatment Credit: EPA", "caption"),
    ("Pupils at work in a Leeds classroom - Image: Raspberry Pi Foundation", "caption"),
    ("Mayor Jane Roe speaks at a rally in Reno, Nev., Sunday, Nov. 17, 2019. less", "caption"),
    ("Mayor Jane Roe speaks at a rally in Reno, Nev., Sunday, Nov. 17, 2019, to help... more", "caption"),
    ("Workers load trucks outside the depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)", "caption"),
    # a caption in full with its credit, then its toggle: "... (AP Photo/Gene J. Puskar) less"
    ("Workers load trucks outside the depot in Hialeah, Fla. (AP Photo/Alan Diaz, File) less", "caption"),
    ("Protesters gather outside the party headquarters on Friday. Jane Roe / Getty Images", "caption"),
    ("A cyclist rides past the blocked plant near La Paz, Bolivia. © Reuters / David Mercado", "caption"),
    ("Skip to main content", "navigation"),
    ("Back to top »", "navigation"),
    ("Advertisement", "navigation"),
    ("Story continues below advertisement", "navigation"),
    ("Related: Ten things to know about the budget", "related_links"),
    ("READ MORE: Council approves school spending", "related_links"),
    ("Tags: Syria, Aleppo, ceasefire", "tags"),
    ("Filed under: Politics", "tags"),
    ("Teilen", "share"),
    ("Alle Rechte vorbehalten.", "copyright"),
    ("Lire aussi : La réforme des retraites", "related_links"),
    ("(Read more: Council approves school spending)", "related_links"),  # set apart in brackets
    ("[Related: Ten things to know about the budget ]", "related_links"),
    ("(Leggi anche su: Il sindaco si dimette dopo il voto)", "related_links"),
    ("(Advertisement)", "navigation"),
    ("Get the day's top headlines delivered to your inbox every morning by subscribing to our list.",
     "newsletter"),
    ("The best of the Planet, straight to your inbox. Weekday mornings.", "newsletter"),
    ("Thanks! Please check your inbox to confirm your subscription.", "newsletter"),
    ("Copyright ⓒ Example.co.kr. All rights reserved", "copyright"),  # the circled c of Korean sites
    ("ⓒ Example News", "copyright"),
    ("Jane A. Doe Submitted photo", "caption"),               # a local paper's credit under a portrait
    ("The new principal greets pupils on Monday. Contributed photo", "caption"),
    ("Like this article?", "share"),                            # the prompts under an article
    ("Want more stories like this?", "newsletter"),
    ("Nächster Artikel", "navigation"),                     # the links to the next and previous article
    ("Article suivant »", "navigation"),
    ("« Artículo anterior", "navigation"),
    ("Also on example.com Mayor quits after a long row with the council", "related_links"),  # the sister site
    ("On Example.com: Rates fall again as lenders cut costs", "related_links"),
]

PROSE = [
    "Share prices fell sharply on Monday after the report.",
    "The newsletter, founded in 1990, now has 5,000 readers.",
    "The photo credit went to a local man who was at the scene.",
    "Copyright law has changed a great deal since the 1990s.",
    "Cookies and cakes were sold at the school fair.",
    "He said the advertising market would recover next year.",
    "More than 200 people attended the meeting.",
    "Related stories were told by other survivors of the flood.",
    "He wrote to the Times (Photo editor at the time) about it.",
    "Police asked residents to contact Jane Doe at the station on Monday.",
    "Follow the money, he said.",
    "Send a friend a card, she said.",
    "Print runs were cut this year.",
    "The agency said (Reuters) had the first report of the blast.",
    "Voters said they wanted to hear more",
    "Families will get a new tax credit: 500 dollars a child.",
    "Follow the money on Wall Street, he said.",
    "Next year the news will be better.",
    "Get the app working before Friday, the manager told staff.",
    "View all the candidates as equals.",
    "The mayor may be reached at the office on Monday, his aide said.",
    "Why pay more? Subscribers say the service is cheap.",
    "Личный архив писателя передали в музей в понедельник.",
    "Families will get a new tax credit: 500 dollars a child",
    "Prices rose, and then some. Buyers paid more, not less",
    "Buyers paid (on average) more.",
    "The font size was too small for older readers, the survey found.",
    "Mute swans nest on the lake every spring.",
    "Current time limits on fishing will stay until 2025.",
    "This is a modal window into how the agency works, one official said.",
    "Playback rate of the old tapes was uneven",
    "He paused... Read more books, his teacher said.",     # an ellipsis, then a sentence that starts with "Read more"
    "Continue reading the report, the judge told the court.",
    "Supported by a grant from the city, the project opened in May.",
    "The paper printed 12 issues for the festival, each selling out by noon.",
    "Powered by wind",
    ("The bank said the loans would be repaid within five years, and that the terms had been agreed with all "
     "of the lenders at a meeting in London on Monday, after weeks of talks that at times looked close to "
     "collapse. Photo: the agreement was signed by the chief executive and three lenders"),  # prose: too long a credit
    ("The bank said the loans would be repaid within five years. Credit: the lenders agreed to it at a meeting "
     "in London on Monday, after weeks of talks that at times looked close to collapse, and the terms will be "
     "published by the end of the month, the bank said in a statement to the stock exchange on Tuesday."),
    "(The mayor was not available for comment.)",          # a sentence in brackets stays
    "[Read more about the budget in the council's report, officials said.]",
    "(Related reporting by Jane Doe.)",
    "On example.com, prices fell by half last year.",      # a site named in a sentence, no link line
    "Also on Monday, the council met again.",
    "On Amazon, the book sold out within a day.",
    "Der nächste Artikel erscheint am Montag.",
    "The ⓒ sign stands for copyright on many Korean sites, the study found.",
    "Readers sent in a submitted photo of the storm.",        # the words in a sentence, in lower case
    "Want more stories like this one? The paper says it will hire reporters.",
    "The agency released a file photo of the suspect on Monday.",
    "A week later the results arrived in my inbox: the sample was 85 percent pure.",  # an inbox in a story
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_furniture_lines_are_told_by_kind(line, reason):
    assert noise_kind(line) == reason


@pytest.mark.parametrize("line", PROSE)
def test_sentences_with_the_same_words_stay(line):
    assert noise_kind(line) is None


def test_filter_removes_whole_lines_with_their_reasons():
    page = "Share this article\nThe council met on Monday.\nPhoto: Jane Doe\n© 2024 The Daily Planet"
    doc = boilerplate(Document.from_text(page))
    assert doc.body() == "The council met on Monday."
    assert [r.reason for r in doc.removals] == ["share", "photo_credit", "copyright"]


def test_long_lines_are_never_furniture():
    assert noise_kind("Share " + "word " * 100) is None


def test_every_wildcard_alternative_names_a_prefilter_keyword():
    """An alternative that may open with any text must hold a keyword the prefilter looks for
    (a guard for new furniture patterns: add the pattern's keyword to its language's ``noise_keywords``)."""
    keywords = [k.removesuffix(r"\Z") for k, _ in _KEYWORDS]
    for table in NOISE_LINES.values():
        for alternatives in table.values():
            for alternative in alternatives:
                if _is_wildcard(alternative):
                    assert any(k in alternative for k in keywords), alternative


@functools.cache
def _random_lines(count: int) -> tuple[str, ...]:
    """Lines spliced from furniture, prose, keywords and marks, seeded (so reproducible: made once
    for the tests that read them)."""
    rng = random.Random(20261123)
    pieces = ([line for line, _ in FURNITURE] + PROSE
              + [k for k, _ in _KEYWORDS if k.isalpha() or " " in k]
              + ["(AP Photo/Jane Doe)", "REUTERS/John Roe", "©", " / ", "less", "more", "Credit:", "x", "»",
                 "Photo by Jane Doe", "jdoe@example.com", "cookies", "?", ".", "...", "1 / 8", "—", "|"])
    lines = []
    for _ in range(count):
        words = rng.sample(pieces, rng.randint(1, 4))
        line = rng.choice([" ", "", ". ", " | "]).join(words)
        lines.append(line[: rng.randint(1, _MAX_CHARS)])
    return tuple(lines)


def test_prefilter_rejects_only_lines_the_full_pattern_rejects():
    lines = [line for line, _ in FURNITURE] + PROSE + list(_random_lines(3000))
    matched = 0
    for line in lines:
        if _ANY.fullmatch(line):
            matched += 1
            assert _may_be_furniture(line), line
    assert matched > 100  # the sample holds furniture, not only prose


def test_space_is_what_the_patterns_read_as_white_space():
    """``words.SPACE`` stands for ``\\s`` in the edge trimming of furniture and headings."""
    assert "".join(chr(c) for c in range(0x110000) if regex.fullmatch(r"\s", chr(c))) == SPACE


@pytest.mark.parametrize(("pattern", "hints"), _KEYWORDS)
def test_each_keyword_match_holds_one_of_its_hints(pattern, hints):
    """The substring prefilter may only pass over lines the keyword pattern cannot match."""
    samples = [line for line, _ in FURNITURE] + list(_random_lines(3000)) + [
        "(AP) Photo", "(Getty Images)", "REUTERS/Jane Doe", "Photos by Ann Lee", "Credits: AP",
        "Photograph courtesy of NASA", "show less", "x / y", "(Picture: AFP)", "(Image credit)", "(EPA)",
        "EPA/x", "AFP/x", "AP/x", "Alle Rechte vorbehalten", "Tous droits réservés",
        "Todos los derechos reservados", "Tutti i diritti riservati", "be reached at 555", *_FOLDED]
    keyword = regex.compile(pattern, regex.IGNORECASE | regex.V0)
    matched = [s for s in samples if keyword.search(s)]
    assert matched
    assert all(any(h in lowered_as_matched(s) for h in hints) for s in matched)


def test_furniture_answers_as_the_full_pattern():
    """Read without ``_ANY`` (the openers by first character, the wildcard alternatives one by
    one and from the line's end): the same reason, on lines without a keyword and with one."""
    lines = [line for line, _ in FURNITURE] + PROSE + list(_random_lines(3000))
    read = keyworded = 0
    for line in lines:
        full = _ANY.fullmatch(line)
        assert _furniture(line) == (full.lastgroup if full is not None else None), line
        if full is not None:
            read += not _keyworded(line)
            keyworded += _keyworded(line)
    assert read > 100 and keyworded > 100  # the sample holds furniture of both kinds


@pytest.mark.parametrize(("line", "reason"), [
    ("Sign up for our free daily newsletter", "newsletter"),
    ("This site uses cookies to improve your experience. Accept", "cookie"),
    ("Copyright 2024 The Daily Planet. All rights reserved.", "copyright"),
    ("Firefighters at the scene on Monday. (AP Photo/Jane Doe)", "caption"),
    ("The mayor opened the bridge on Friday. Photo by Ann Lee", "caption"),
    ("The council met on Monday to discuss the budget... Read more", "related_links"),
    ("The river rose overnight and flooded the lower town. more", "caption"),
    ("Jane Doe can be reached at jdoe@example.com.", "share"),
    ("The company said its newsletter reached 2,000 readers last year.", None),
    ("More than 200 people lost their homes, the mayor said.", None),
])
def test_wildcard_furniture_is_read_from_the_line_end(line, reason):
    """Lines a wildcard alternative (read with ``REVERSE``) matches, and prose holding its keywords."""
    full = _ANY.fullmatch(line)
    assert (full.lastgroup if full is not None else None) == reason
    assert _furniture(line) == reason


def test_no_wildcard_alternative_reads_by_direction():
    """Every wildcard alternative of the lexicon is read from the line's end: none holds what
    ``_compile_wildcards`` keeps reading forwards (atomic groups, possessive quantifiers,
    look-arounds, back-references). A lexicon tripwire: such an entry is still read right, but
    from the line's start, as slowly as before; its author should know."""
    assert all(pattern.flags & regex.REVERSE for _, patterns in _WILDCARDS for pattern in patterns)


# Keywords spelt with the characters the engine's case folding takes for a letter that str.lower does not
# give: the long s for "s", the dotted capital I for "i" ("İ".lower() is two characters), the dotless i for "I".
_FOLDED = ["ſubscribe now", "Never miss a story: ſubſcribe to our newsletter", "SUBSCRİBE",
           "Delivered to your İnbox", "cookİe settings", "This site uses cookieſ. Accept", "All rİghts reserved",
           "(ımage: Getty)", "Photoſ by Ann Lee", "continue readİng", "Tous droits réſervés",
           "Tutti i dİrittİ riſervati"]


@pytest.mark.parametrize("line", _FOLDED)
def test_keyworded_folds_case_as_the_keywords_do(line):
    """A line the keyword alternation finds a keyword in, though only through the engine's folding of
    "ſ" and "İ", is keyworded: its wildcard alternatives are tried, as the full pattern tries them."""
    assert _KEYWORD.search(line) is not None
    assert _keyworded(line)
    full = _ANY.fullmatch(line)
    assert _furniture(line) == (full.lastgroup if full is not None else None)


def test_the_hints_lowered_as_the_keywords_fold_case():
    """Every character the keywords' case-insensitive matching (V0: simple folding) takes for a character
    of a hint, written in either case, is that character once lowered by :func:`lowered_as_matched` (asked
    of the engine for every character of Unicode), so a line holding a keyword holds one of its hints,
    lowered so."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for char in {c for _, hints in _KEYWORDS for hint in hints for c in hint}:
        # a keyword may write the hint's letter in upper case ("Image"), which the dotless i matches
        for written in {char, char.upper()} if len(char.upper()) == 1 else {char}:
            for m in regex.finditer(regex.escape(written), every, regex.IGNORECASE | regex.V0):
                assert lowered_as_matched(m.group()) == char, (char, written, m.group())


def test_keywords_searched_by_their_hints_answer_as_the_alternation():
    """``_keyworded`` searches only the keywords whose hints a line holds: the answer of the
    alternation of every keyword, on furniture, prose and 3,000 spliced lines."""
    lines = [line for line, _ in FURNITURE] + PROSE + list(_random_lines(3000)) + [
        "(AP) Photo", "REUTERS/Jane Doe", "Photos by Ann Lee", "Credits: AP", "show less", "x / y", "©", *_FOLDED]
    lines += [line.replace("s", "ſ").replace("I", "İ") for line in lines[:2000]]
    found = 0
    for line in lines:
        expected = _KEYWORD.search(line) is not None
        assert _keyworded(line) is expected, line
        found += expected
    assert found > 100


@pytest.mark.parametrize("strings", [
    ["photo", "(photo", "picture", "image", "more", "read more", "/", "reuters/"],
    ["ab", "abc", "b", "ba", "©", "tous droits réservés", "tous"],
    [hint for _, hints in _KEYWORDS for hint in hints],
])
def test_any_of_finds_a_text_holding_one_of_the_strings(strings):
    """The tree of the strings that hold none of the others finds the texts that hold any of them."""
    pattern = re.compile(_any_of(strings))
    samples = [s.lower() for s in _random_lines(2000)] + strings + ["", "abacus", "a b", "x/y", "tou", "rea"]
    for text in samples:
        assert (pattern.search(text) is not None) == any(s in text for s in strings), text


@pytest.mark.parametrize(("hint"), sorted({hint for _, hints in _KEYWORDS for hint in hints}))
def test_each_hint_holds_its_anchor_and_the_first_scan_finds_it(hint):
    """The first scan of ``_keyworded`` looks for the hints' anchors: every hint holds its own
    (so a line holding a hint holds it, and the scan passes over no such line), and the scan finds
    each hint, alone and amid other text, in any case. A hint of a keyword that ends a line
    (``_END_HINTS``) is told by the line's end instead: found wherever it ends the line."""
    anchor = _anchor(hint)
    assert anchor and anchor in hint and len(anchor) in (min(4, len(hint)), min(3, len(hint)))
    end = hint in _END_HINTS
    texts = (hint, f"Some text {hint}", hint.upper(), f"x {hint}") if end else (
        hint, f"Some text {hint} and more", hint.upper(), f"x{hint}y")
    for text in texts:
        lower = text.lower()
        assert _KEYWORD_HINT.search(lower) is not None or (end and lower.endswith(_END_HINTS)), text


def test_first_scan_passes_over_only_lines_without_a_hint():
    """On furniture, prose, spliced lines and every line of the eval pages: a line the first scan
    passes over holds no hint (the keywords' answers then need no search)."""
    from .conftest import eval_cases

    hints = {hint for keyword, hints in _KEYWORDS if not keyword.endswith(r"\Z") for hint in hints}
    page = [line for case in eval_cases() if case.get("variant") == "page" for line in case["input"].splitlines()]
    for line in [line for line, _ in FURNITURE] + PROSE + list(_random_lines(3000)) + page:
        lower = line.lower()
        if _KEYWORD_HINT.search(lower) is None:
            assert not any(h in lower for h in hints), line


def test_the_gated_keywords_answer_as_the_alternation_on_every_line():
    """``_holds_keyword`` alone (the gates and hints, no first scan: what a line of ``_SCANNED_BELOW`` characters or
    more is read by) answers as the alternation of every keyword, on furniture, prose, spliced lines, folded
    letters and every line of the eval pages, lowered as ``noise_kind`` lowers them."""
    from newsclean.filters.boilerplate import _hint_copy

    from .conftest import eval_cases
    lines = [line for line, _ in FURNITURE] + PROSE + list(_random_lines(3000)) + _FOLDED + [
        "(AP) Photo", "REUTERS/Jane Doe", "Photos by Ann Lee", "Credits: AP", "show less", "x / y", "©"]
    lines += [line for case in eval_cases() if case.get("variant") != "html" for line in case["input"].splitlines()]
    found = 0
    for line in dict.fromkeys(lines):
        expected = _KEYWORD.search(line) is not None
        assert _holds_keyword(line, lowered_as_matched(line)) is expected, line
        assert _holds_keyword(line, _hint_copy(line)) is expected, line
        found += expected
    assert found > 100


def test_each_hint_holds_its_gate_once_and_is_gated():
    """Every hint of a keyword that does not end a line stands behind its gate (its rarest character, which it
    holds), once; the gates are tried the rarest first."""
    gated = [hint for _, hints in _GATES for hint, _ in hints]
    assert sorted(gated) == sorted({h for k, hints in _KEYWORDS if not k.endswith(r"\Z") for h in hints})
    for gate, hints in _GATES:
        assert all(gate in hint and _gate(hint) == gate for hint, _ in hints)
        assert all(keywords for _, keywords in hints)
