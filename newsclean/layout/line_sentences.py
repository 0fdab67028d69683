"""Where a line reads as sentences: the spaces after each sentence of a folded line.

:func:`sentence_breaks` finds the spaces that end a sentence inside ``text[start:end]`` (a stop,
closing quotes or brackets, a space, then what opens a sentence), but not after an abbreviation
("Mr.", "U.S."), and ends a photo's credit (:func:`credit_end`) where it closes its caption;
:func:`caption_printings` finds a caption a gallery prints twice around its toggle ("... less").
The segment step (:mod:`newsclean.filters.segment`) cuts a folded line at these spaces.

>>> s = "Mr. Salama spoke. The army left the town. 219-11"
>>> [s[a:b].strip() for a, b in zip([0, *sentence_breaks(s, 0, len(s))], [*sentence_breaks(s, 0, len(s)), len(s)])]
['Mr. Salama spoke.', 'The army left the town.', '219-11']
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from collections.abc import Sequence

import regex

from ..alternatives import Openings, matches_at_places
from ..lexicon import (
    ABBREVIATIONS,
    AGENCY_PHOTO_LABELS,
    CAPTION_TOGGLES,
    COUNTER_LABELS,
    COUNTER_LINKS,
    CREDIT_LABELS,
    PHOTO_AGENCIES,
    all_of,
)
from ..memo import page_dict
from ..sentences import CLOSERS, OPENERS, SENTENCE_BREAK, STOPS
from .headline_case import TOKEN, lower_word, opener

__all__ = ["CAPTION_OPENING", "caption_printings", "credit_end", "matches_after_words", "matches_at", "sentence_breaks",
           "whole_printings"]

# A sentence end: stops (and closing quotes or brackets), a space, then what opens a sentence.
_WORD_BEFORE = regex.compile(r"[\"'“‘(\[]*+([\w.'’-]*?)\.[\"'”’)\]]*+$")
_ABBREVIATIONS = frozenset(all_of(ABBREVIATIONS))


_CLOSING_QUOTES = "\"'”’)]"  # what _WORD_BEFORE reads after the stop
_WORD_CHARS = string.ascii_letters + string.digits + "_.'-"  # the ASCII characters of _WORD_BEFORE's word


def _abbreviation(text: str, end: int) -> bool:
    """Whether the full stop at ``text[end - 1]`` (or the one before closing quotes) closes an
    abbreviation or an initial: ``Mr.``, ``U.S.``, ``J.``.

    Where the token before ``end`` is ASCII characters of the pattern's word (letters, figures,
    ``_``, ``.``, ``'``, ``-``) or letters of any script (``str.isalpha``, each a ``\\w`` to the
    engine), a stop and closing quotes only (``said.``, ``Monday."``, ``U.S.``, ``...``, ``года.``, a
    stop alone: most stops), the pattern's word is those characters: where they do not open with a
    quote, its search matches at the token's start with them, the stop before the closing quotes
    its last (``tests/test_segment_fast.py`` compares the two, and asks the engine about every
    letter), and the word is read without a search.

    >>> _abbreviation("He met Mr. Smith", 10), _abbreviation("He left. Then", 8), _abbreviation("the U.S. Then", 8)
    (True, False, True)
    """
    start = text.rfind(" ", max(0, end - 40), end) + 1
    core = text[start:end].rstrip(_CLOSING_QUOTES)
    word = core[:-1]
    if core[-1:] == "." and (not word.strip(_WORD_CHARS) and word[:1] != "'" if word.isascii() else word.isalpha()):
        word = word.lower()  # (the search's word: see above)
    else:
        m = _WORD_BEFORE.search(text, start, end)
        if m is None:
            return False
        word = m.group(1).lower()
    if not word:
        return False  # a stop standing alone: "Damascus suburb . At least 60 ..."
    return len(word) <= 1 or word in _ABBREVIATIONS or (len(word) <= 5 and "." in word)


# The two characters before a full stop that tell :func:`_abbreviation` false without a call: ASCII letters
# or figures (both of the word it reads, which ends with them) that no abbreviation ends with in any case,
# where no stop stands in the three characters before them (a word of five characters or fewer that holds
# one is read as an abbreviation: ``No.12.``, ``$12.99.``). About nine stops in ten (``said.``, ``2019.``);
# ``tests/test_segment_fast.py`` compares the two at every stop of random tokens and of the eval pages.
_ALNUM_ASCII = string.ascii_letters + string.digits
_ABBREVIATION_TAILS = frozenset(w[-2:] for w in _ABBREVIATIONS if len(w) >= 2)
_PLAIN_TAILS = frozenset(a + b for a in _ALNUM_ASCII for b in _ALNUM_ASCII
                         if (a + b).lower() not in _ABBREVIATION_TAILS)


# A picture's credit in brackets, which closes its caption: "... in Littleton, Colo. (AP Photo/David
# Zalubowski)", "... vaccinated (Image: GETTY)". A lined page prints it at the caption's end.
# A bare agency in brackets ("... in Washington. (AP)") is left where it is.
_CREDIT = regex.compile(r"\((?:(?:" + "|".join(map(regex.escape, PHOTO_AGENCIES)) + r")\x20(?:"
                        + "|".join(all_of(AGENCY_PHOTO_LABELS)) + r")\b"
                        r"|(?:" + "|".join(all_of(CREDIT_LABELS)) + r")\s?[:/])[^()\n]{0,80}\)")
_OPENS = regex.compile(r"\x20[\"“‘(\[]?+[\p{Lu}\d]")
# A picture's credit without brackets after its caption's last sentence: "... compared to its
# hibernation-based equivalent. Credit: ESA A cross-section through the module ...", "... in
# Hanoi. Photo: Hau Dinh, AP Esper accuses China ...". A lined page prints it at the caption's end
# (the boilerplate step reads a line ending so as a caption): it stays with the sentence before
# it, and the next sentence opens at the capitalised word right before the first lower-case one.
_CREDIT_LABEL = regex.compile(r"(?:" + "|".join(all_of(CREDIT_LABELS)) + r")s?:\x20")
_CREDIT_NAMES = 6  # words of a credit's names: "20th Century Fox", "Hau Dinh, AP", "NASA/JPL-Caltech"
_CREDIT_LABEL_OPENS = Openings(_CREDIT_LABEL)  # the characters a credit's label may open with
# ... and the words it opens with, each a plain literal (``tests/test_segment_fast.py``): every match opens
# with one in its case (the pattern folds no case), so ``str.startswith`` (one call in C) rules out the
# places where none stands, after a first character that one opens with. The first character alone left
# about nine calls to the engine a folded page (a sentence opening with "Police", "Ice", "Currently"), each
# about 4,000 instructions.
_CREDIT_LABEL_WORDS = tuple(all_of(CREDIT_LABELS))
_NAME_STOP = regex.compile(r"[.!?][\"'”’)\]]*+$")


def credit_end(text: str, at: int, end: int) -> int | None:
    """The space after the names of a credit without brackets that opens at ``text[at:]``
    (``Credit: ESA``) and runs into the next sentence, or ``None`` (no credit label there, a
    name that ends with a stop, or no sentence found after a few names).

    >>> s = "Credit: 20th Century Fox If a spaceship has no hyperdrive, it has pods."
    >>> s[credit_end(s, 0, len(s)) + 1:][:12]
    'If a spacesh'
    >>> s = 'Credit: ESA "We looked at how a crew could sleep."'
    >>> s[credit_end(s, 0, len(s)) + 1:][:8]
    '"We look'
    >>> credit_end("Credit: courtesy of the family The fire spread.", 0, 47) is None  # no names first
    True
    >>> credit_end("Credit card debt rose again this year.", 0, 38) is None
    True
    >>> credit_end("Image: Jose Mourinho, left, has replaced Mauricio Pochettino", 0, 60) is None
    True
    """
    m = _CREDIT_LABEL.match(text, at, end)
    if m is None:
        return None
    tokens = list(itertools.islice(TOKEN.finditer(text, m.end(), end), _CREDIT_NAMES + 1))
    k = next((k for k, t in enumerate(tokens) if lower_word(t.group())), None)
    if k is None or k < 2 or not opener(tokens[k - 1].group()) or tokens[k - 1].group().endswith(","):
        return None  # "Image: Jose Mourinho, left, has replaced ...": a caption after its label
    if any(_NAME_STOP.search(t.group()) for t in tokens[:k - 1]):
        return None  # "Credit: Jane Doe. The rover ...": the stop ends the credit
    at = tokens[k - 1].start() - 1
    return at
# A caption's toggle after its last sentence closes the caption ("... Southeast Asian nation. less
# U.S. Defense ...", "... the military relations... more Photo: ..."): part after it.
_AFTER_MARK = regex.compile(r"(?:(?<=[" + regex.escape(STOPS) + "][" + regex.escape(CLOSERS) + r"]*+)\x20(?:"
                            + "|".join(all_of(CAPTION_TOGGLES)) + r")|(?<=\x20)(?:"
                            + "|".join(label.capitalize() for label in all_of(COUNTER_LABELS)) + r")\x20\d{1,3}\x20(?:"
                            + "|".join(all_of(COUNTER_LINKS)) + r")\x20\d{1,3})(?=\x20[\"“‘(\[]?+[\p{Lu}\d])")
# Where a match of _AFTER_MARK may start: at a space before a toggle, or right after a space before a
# counter's label (both offsets of each space). The words are plain ASCII literals, found each by
# ``str.find`` (:func:`matches_after_words`); _AFTER_MARK_AT finds the same spaces, a look-ahead tried
# at every space.
_COUNTER_LABEL_WORDS = tuple(label.capitalize() for label in all_of(COUNTER_LABELS))
_AFTER_MARK_WORDS = (*all_of(CAPTION_TOGGLES), *_COUNTER_LABEL_WORDS)
_AFTER_MARK_AT = re.compile(r"\x20(?=" + "|".join(_AFTER_MARK_WORDS) + ")")


def matches_at(pattern: regex.Pattern[str], opening: regex.Pattern[str] | re.Pattern[str], text: str, start: int,
               end: int, offsets: tuple[int, ...] = (0,)) -> list[regex.Match[str]]:
    """``list(pattern.finditer(text, start, end))``, where every match of ``pattern`` starts at
    one of ``offsets`` from the start of a match of ``opening``: ``pattern`` is tried only there,
    anchored, in order. ``finditer`` tries a pattern that opens with a look-behind at every
    character (on a page folded to one line, thousands of times for the few places a cheap
    opening finds). ``opening`` is read from ``max(offsets)`` characters before ``start`` (a
    look-behind reads before ``start``: a match may start at ``start`` after a space before it).

    >>> s = "It ended. less Photo 2 of 9 Rain fell."
    >>> [m.group() for m in matches_at(_AFTER_MARK, _AFTER_MARK_AT, s, 0, len(s), (0, 1))]
    [' less', 'Photo 2 of 9']
    """
    reach = max(offsets)
    places = (found.start() + d for found in opening.finditer(text, max(0, start - reach), end) for d in offsets)
    return list(matches_at_places(pattern, text, start, end, places))


def matches_after_words(pattern: regex.Pattern[str], words: tuple[str, ...], text: str, start: int, end: int,
                        offsets: tuple[int, ...] = (0,)) -> list[regex.Match[str]]:
    """:func:`matches_at` with the opening ``\x20(?=word|word...)`` of plain ``words`` (literal
    characters, no pattern's syntax): the spaces before them found by ``str.find``, one scan in C for
    each word, where ``re`` tried the look-ahead's words at every space of the text (a few hundred
    instructions a space, thousands of spaces on a page folded to one line).

    >>> s = "It ended. less Photo 2 of 9 Rain fell."
    >>> [m.group() for m in matches_after_words(_AFTER_MARK, _AFTER_MARK_WORDS, s, 0, len(s), (0, 1))]
    [' less', 'Photo 2 of 9']
    """
    start, end, _ = slice(start, end).indices(len(text))  # as the engine reads them: from the end below zero
    spaces = _spaces_before(text, max(0, start - max(offsets)), end, words)
    return list(matches_at_places(pattern, text, start, end, (at + d for at in spaces for d in offsets)))


def _spaces_before(text: str, start: int, end: int, words: tuple[str, ...]) -> list[int]:
    """The offsets of the spaces in ``text[start:end]`` that one of ``words`` follows inside it, in order."""
    found = set()
    for word in words:
        needle = " " + word
        at = text.find(needle, start, end)
        while at >= 0:
            found.add(at)
            at = text.find(needle, at + 1, end)
    return sorted(found)


# Chinese and Japanese end a sentence with an ideographic stop and no space: a space after one is
# where a scraper folded two lines (``...耳にしました。 報道によると...``), whatever letter follows.
_IDEOGRAPHIC_STOP = "。"
# Where a sentence break (:data:`~newsclean.sentences.SENTENCE_BREAK`) may be: the space after a stop
# or a closer (its look-behind ends with one) that no lower-case ASCII letter follows (its capital or
# figure may stand after an opener), found by ``re`` without trying the look-behind at every
# character (the marks are literal characters, read alike by both modules). The pattern opens with
# the space, a literal ``re`` skips to, and reads the mark behind it: opening with the class of marks,
# it tried that class at every character (about 40% more a folded page).
_BREAK_AT = re.compile("\x20(?<=[" + re.escape(STOPS + CLOSERS) + "]\x20)(?=[" + re.escape(OPENERS) + "]?[^a-z])")
_IDEOGRAPHIC_BREAK = regex.compile(r"(?<=。[" + regex.escape(CLOSERS) + r"」』）]{0,3}+)\x20(?=\S)")


# What stands after most sentence breaks: an ASCII capital or figure, which SENTENCE_BREAK's look-ahead
# takes (no opener before it) without a call to the pattern.
_CAPITAL_OR_FIGURE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _break_spaces(text: str, start: int, end: int, toggles: list[int] | None = None) -> list[int]:
    """The starts of :data:`~newsclean.sentences.SENTENCE_BREAK`'s matches in ``text[start:end]``
    (``matches_at(SENTENCE_BREAK, _BREAK_AT, text, start, end)``'s), the pattern not asked
    where a stop, or a stop and one closer, stand right before the space and an ASCII capital or
    figure, or an opener and one, right after it, inside the span (most breaks: ``said. The``,
    ``said." The``, ``ended. “We``): its look-behind takes the stop and the closer, and its
    look-ahead the opener and the capital or figure; nor where no opener but a character that is no
    ASCII stands after such a mark and space (:func:`_capital_or_figure` tells its look-ahead), or any
    other ASCII character (which it refuses); nor where a closer stands after a character that is
    neither a stop nor a closer (``said"``, ``(AP)``): its look-behind finds no stop before the
    closers. Each match is one space, so none hides the next (``tests/test_segment_fast.py`` compares
    the two). ``toggles``: see :func:`_mark_spaces`.

    >>> s = "He left. The end. 3 died. (AP) Then. ok"
    >>> [s[i + 1:i + 4] for i in _break_spaces(s, 0, len(s))]
    ['The', '3 d', '(AP']
    """
    out = []
    for i in _mark_spaces(text, start, end, toggles):
        before = text[i - 1]
        if before in STOPS or (before in CLOSERS and text[i - 2] in STOPS):  # its look-behind holds
            after = text[i + 1]
            if after in _CAPITAL_OR_FIGURE or (after in OPENERS and i + 2 < end and text[i + 2] in _CAPITAL_OR_FIGURE):
                out.append(i)
            elif after in OPENERS:
                if SENTENCE_BREAK.match(text, i, end) is not None:
                    out.append(i)
            elif not after.isascii() and _capital_or_figure(after):  # (an ASCII one is neither: no break)
                out.append(i)
        elif text[i - 2] in _MARKS and SENTENCE_BREAK.match(text, i, end) is not None:
            out.append(i)  # (a closer after a word, most closers: no stop before it, no break)
    return out


_MARKS = STOPS + CLOSERS  # the marks _BREAK_AT's look-behind reads before its space
_CAPITAL_OR_DIGIT = regex.compile(r"[\p{Lu}\d]")  # what SENTENCE_BREAK's look-ahead reads after its opener


def _capital_or_figure(c: str) -> bool:
    """Whether ``c``, a character that is no ASCII and no opener, is what
    :data:`~newsclean.sentences.SENTENCE_BREAK`'s look-ahead reads after its space (``\\p{Lu}`` or
    ``\\d``): told by ``str.isdecimal`` (``\\d``) or the character's category in this Python's
    Unicode (``Lu``) where they say so, and by neither being upper case (``str.isupper``) nor
    unprintable (a character this Python does not know) where it is not; only the rest (``Ⓐ``, a
    Roman numeral) are asked of the engine. ``tests/test_segment_fast.py`` compares the two on every
    character. A capital of another script (``Он``, about four breaks a folded page) or a character
    of a script without case (``다``, a dash: about two and a half) was a call to the engine.

    >>> _capital_or_figure("О"), _capital_or_figure("٣"), _capital_or_figure("다"), _capital_or_figure("Ⓐ")
    (True, True, False, False)
    """
    if c.isdecimal() or unicodedata.category(c) == "Lu":
        return True
    return (c.isupper() or not c.isprintable()) and _CAPITAL_OR_DIGIT.match(c) is not None
_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")


def _mark_spaces(text: str, start: int, end: int, toggles: list[int] | None = None) -> list[int]:
    """The starts of :data:`_BREAK_AT`'s matches in ``text[start:end]``, in order: the spaces after a
    stop or a closer (which may stand right before ``start``) that a character other than a
    lower-case ASCII letter follows inside the span (the look-ahead's opener is optional, and none is
    such a letter). Each mark is found by ``str.find`` (a scan in C for one character, done by
    ``memchr``), where ``re`` stopped at each space of the span and read the mark behind it (about
    fifty instructions a character of a folded page); a page holds about a hundred marks.
    ``tests/test_segment_fast.py`` compares the spaces with the pattern's matches.

    ``toggles``: a list the spaces after a mark that the first letter of a caption's toggle follows
    (:data:`_TOGGLE_FIRSTS`) are added to, in order: every match of :data:`_TOGGLE_AFTER` starts at
    one of them, and every match of :data:`_AFTER_MARK`'s toggles (a stop or a closer before the
    space), found in the same pass where each toggle word was searched for in the whole span.

    >>> s = "He left. The end! ok. “Done.” Next? 3"
    >>> [s[i - 1:i + 2] for i in _mark_spaces(s, 0, len(s))]
    ['. T', '. “', '” N', '? 3']
    >>> toggles: list[int] = []
    >>> _mark_spaces("It ended. less Photo", 0, 20, toggles), toggles
    ([], [9])
    """
    n = len(text)
    start, end = min(max(start, 0), n), min(max(end, 0), n)  # as ``re`` reads them
    lo, last = max(start - 1, 0), end - 2  # a mark before last (its space and the character after it in the span)
    out: list[int] = []
    if last <= lo:
        return out
    for mark in _MARKS:
        at = text.find(mark, lo, last)
        while at >= 0:
            if text[at + 1] == " ":
                after = text[at + 2]
                if after not in _LOWER_ASCII:
                    out.append(at + 1)
                if toggles is not None and after in _TOGGLE_FIRSTS:
                    toggles.append(at + 1)
            at = text.find(mark, at + 1, last)
    out.sort()
    if toggles:
        toggles.sort()
    return out


def _counter_label_places(counted: Sequence[int]) -> list[int]:
    """Where a counter's label of :data:`_AFTER_MARK` (``Photo 2 of 9``) may open, its number and total
    standing at one of the places ``counted`` (:func:`~newsclean.layout.page_units.counted_places`:
    the label's figures, a number, a link and a total before a space, are a match of that function's
    pattern): a space and each label's length before them, in order.

    >>> _counter_label_places([12])  # "Picture 2 of 9" opens at 4, "Photo 2 of 9" at 6
    [4, 6]
    """
    return sorted({q - 1 - len(label) for q in counted for label in _COUNTER_LABEL_WORDS})


def sentence_breaks(text: str, start: int, end: int, counted: Sequence[int] | None = None,
                    toggles: list[int] | None = None) -> list[int]:
    """Offsets of the spaces between the sentences of ``text[start:end]``.

    >>> s = "He met Mr. Assad in the U.S. Embassy. It rained! J. Smith left. 219-11"
    >>> [s[i + 1:i + 4] for i in sentence_breaks(s, 0, len(s))]
    ['It ', 'J. ', '219']

    A picture's credit in brackets and a caption's toggle stay with the sentence they close; a
    credit in brackets ends its caption without a stop too:

    >>> s = "Cars sit at a dealer. (AP Photo/Jane Doe) Sales fell. They met. less Two men meet."
    >>> [s[i + 1:i + 4] for i in sentence_breaks(s, 0, len(s))]
    ['Sal', 'The', 'Two']
    >>> s = "It spread. The plague killed millions (Image: GETTY) Doctors said it is rare."
    >>> [s[i + 1:i + 4] for i in sentence_breaks(s, 0, len(s))]
    ['The', 'Doc']

    ``counted``: :func:`~newsclean.layout.page_units.counted_places` of the span, when the caller has
    them: a caption's toggle and a counter's label after a sentence are then looked for only where the
    spaces after the marks and those places put them (:func:`_mark_spaces`, :func:`_counter_label_places`),
    where each of their six words was searched for in the whole span (about 30,000 instructions a word
    on a folded page). ``toggles``: a list the spaces after a mark that may open a toggle are added to
    (:func:`whole_printings` reads them).
    """
    out = []
    if counted is not None and toggles is None:
        toggles = []
    for i in _break_spaces(text, start, end, toggles):
        mark = text[i - 1]
        if mark == ".":  # most stops end a word of two ASCII letters or figures no abbreviation ends with
            if (text[i - 3:i - 1] not in _PLAIN_TAILS or "." in text[max(0, i - 6):i - 3]) and _abbreviation(text, i):
                continue
        elif mark in _CLOSING_QUOTES and "." in text[max(start, i - 3):i] and _abbreviation(text, i):
            continue
        after = text[i + 1:i + 2]  # a credit opens with its label or its bracket: no call where neither stands
        labelled = _CREDIT_LABEL_OPENS[after] and text.startswith(_CREDIT_LABEL_WORDS, i + 1)
        named = credit_end(text, i + 1, end) if labelled else None
        if named is not None:  # the credit closes the caption before it: part after its names
            out.append(named)
            continue
        credit = _CREDIT.match(text, i + 1, end) if after == "(" else None
        if credit is not None:  # the credit closes the caption before it: part after it
            after = credit.end()
            if _OPENS.match(text, after, end):
                out.append(after)
            continue
        out.append(i)
    if counted is None or toggles is None:
        marked = matches_after_words(_AFTER_MARK, _AFTER_MARK_WORDS, text, start, end, (0, 1))
    else:
        places = sorted({*toggles, *_counter_label_places(counted)}) if counted else toggles
        marked = list(matches_at_places(_AFTER_MARK, text, start, end, places))
    for m in marked:
        out.append(m.end())
    if text.find(_IDEOGRAPHIC_STOP, start, end) >= 0:
        out.extend(m.start() for m in _IDEOGRAPHIC_BREAK.finditer(text, start, end))
    for m in _CREDIT.finditer(text, start, end):  # a caption printed without a stop ends at its credit
        if _OPENS.match(text, m.end(), end):
            out.append(m.end())
    return sorted(set(out))


# A caption's toggle after the caption it closes: a stop, a closing quote or bracket, or the credit's
# bracket before it (``... Asian nation. less``, ``... (AP Photo/Gene J. Puskar) less``, ``... the
# military relations... more``), a space after it.
_TOGGLE_AFTER = regex.compile(r"(?<=[" + regex.escape(STOPS + CLOSERS) + r"])\x20(?:"
                              + "|".join(all_of(CAPTION_TOGGLES)) + r")(?=\x20|$)")
_TOGGLE_WORDS = tuple(all_of(CAPTION_TOGGLES))
_TOGGLE_FIRSTS = frozenset(w[0] for w in _TOGGLE_WORDS)  # what follows the space a toggle opens with
_CAPTION_SPAN = 400  # the longest caption printing read back from its toggle
CAPTION_OPENING = 30  # characters the two printings of one caption open with alike


def whole_printings(text: str, start: int, end: int, breaks: list[int], toggles: list[int] | None = None) -> list[int]:
    """``breaks`` less those inside a caption's printing (:func:`caption_printings`), with one
    before and after each: a unit each. ``toggles``: see :func:`caption_printings`."""
    printings = caption_printings(text, start, end, toggles)
    if not printings:
        return breaks
    out = {i for i in breaks if not any(a <= i < b for a, b in printings)}
    out.update(b for _, b in printings if b < end and text[b] == " ")
    out.update(a - 1 for a, _ in printings if a > start and text[a - 1] == " ")
    return sorted(out)


def caption_printings(text: str, start: int, end: int, toggles: list[int] | None = None) -> list[tuple[int, int]]:
    """The spans of an expandable caption's two printings in ``text[start:end]`` (a page folded to
    one line): the caption in full up to its toggle, then the caption cut short up to its own, as
    the page prints both for its button to switch between. A printing is told by the next one
    opening as it does (:data:`CAPTION_OPENING` characters), and each ends with its toggle: the full
    caption starts where the text after its toggle starts again. Each is one unit, whose sentences
    the caption rules read whole.

    >>> s = ("The talks began. Jane Doe, left, and Tom Roe shake hands in Hanoi. They met at noon. less "
    ...      "Jane Doe, left, and Tom Roe shake hands in Hanoi. They... more Photo: AP The talks went on.")
    >>> [s[a:b] for a, b in caption_printings(s, 0, len(s))]
    ['Jane Doe, left, and Tom Roe shake hands in Hanoi. They met at noon. less', \
'Jane Doe, left, and Tom Roe shake hands in Hanoi. They... more']
    >>> caption_printings("Prices rose. Buyers paid more. less Then it ended.", 0, 50)
    []

    Read once a call of ``clean`` (the page memo, :func:`~newsclean.memo.page_dict`): the units of a
    long line and the segment step's cuts of it both ask (callers do not change the list).
    ``toggles``: the spaces after a mark in the span that may open a toggle (:func:`_mark_spaces`'s),
    where the caller has them: every toggle's match starts at one of them, and its words are not
    searched for in the whole span again.
    """
    kept = page_dict(caption_printings)
    key = (text, start, end)
    got: list[tuple[int, int]] | None = kept.get(key)
    if got is None:
        got = kept[key] = _caption_printings(text, start, end, toggles)
    return got


def _caption_printings(text: str, start: int, end: int, places: list[int] | None = None) -> list[tuple[int, int]]:
    """:func:`caption_printings`, read (``places``: its ``toggles``)."""
    if places is None:
        toggles = [m.span() for m in matches_after_words(_TOGGLE_AFTER, _TOGGLE_WORDS, text, start, end)]
    else:
        toggles = [m.span() for m in matches_at_places(_TOGGLE_AFTER, text, start, end, places)] if places else []
    out: list[tuple[int, int]] = []
    for (at, stop), (again, again_stop) in itertools.pairwise(toggles):
        opening = text[stop + 1:min(end, stop + 1 + CAPTION_OPENING)]
        if len(opening) < CAPTION_OPENING or again - stop > _CAPTION_SPAN:
            continue  # each printing ends with its toggle
        first = text.find(opening, max(start, at - _CAPTION_SPAN), at)
        if first >= 0:
            out.extend(((first, stop), (stop + 1, again_stop)))
    return out
