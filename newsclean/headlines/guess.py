"""The printed headline, guessed from the page's top lines.

Where the browser title's parts are printed nowhere, the headline is read from the lines that
open the page: a first line shaped as a headline over the article (:func:`guess`), the line a
dateline or a byline introduces (:func:`introduced`, :func:`introduced_above_article`), the last
part of a breadcrumb printed right under it (:func:`after_breadcrumb`), a headline printed twice
(:func:`printed_twice`), a run of the browser title's parts (:func:`title_run`), a browser title
broken over two lines (:func:`broken_title`), or a listing's title (:func:`listing_title`). A
site's name standing as the browser title is no headline (:func:`unconfirmed_whole`).

>>> from newsclean.document import Document
>>> guess(Document.from_text("Aid Arrives | Fars\\nHome\\nAid Arrives\\nTrucks came at dawn, officials "
...                          "said on Monday.").blocks)
('Aid Arrives', 'Fars')
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import regex

from ..dates import date_line
from ..document import Block
from ..layout.shape import best_run, covered, has_article, page_weights, weigh
from ..lexicon import BYLINE_PREFIXES, all_of
from ..titles import identifier, menu_bar, sentence_case, split_site, title_bounds, title_runs, unmarked
from ..words import HEADLINE_CHARS, WORD, headline_shaped, norm_key, tokens
from .browser import (
    BYLINE_BELOW,
    CONFIRM_WINDOW,
    MAX_BROWSER_TITLE,
    MIN_TITLE_WORDS,
    Headed,
    PrintedLines,
    _parts,
    _undated,
    confirmed,
    less_dated_trail,
    printed_part,
    printed_prefix,
    subtitled,
    undated_head,
)
from .header import MENU_WORDS, header_line
from .keyed import keyed
from .signs import LETTERED, STAMPS, _dated, address, byline, named_credit

__all__ = ["after_breadcrumb", "broken_title", "guess", "introduced", "introduced_above_article", "listing_title",
           "printed_twice", "title_run", "unconfirmed_whole"]

_NAMED = regex.compile(r"[^\W\d_]{2}")
_WORDISH = regex.compile(r"\w")
_ABOVE_ARTICLE = 4  # lines above the article's prose where its headline and byline stand
_CRUMBS = 3  # the fewest parts of a breadcrumb: the site's home, a section, the article
_DATED_HEAD_WORDS = 20  # the most words of a first line that weighs as prose read as a headline over its dateline
# A paragraph that opens with a wire-style dateline, a place in capitals or with its region,
# a source or a day in brackets or after a comma, then a dash: "MONTREAL, QC (Sports Network) -",
# "WASHINGTON (AP) --", "LONDON, Jan 3 -" (a place alone before a dash, "WASHINGTON --", is not
# read: a sentence may hold a dash as early), or a place of a word or two and a colon before a
# capital, as South Asian papers print it ("Mumbai: Successor, who ...", "NEW DELHI: The"), not a
# stamp's or a byline's label ("Last Updated: January 7", "Author: Jane Doe"). The
# headline stands right above the paragraph, as above a dateline line of its own.
_OPENING_DATELINE = regex.compile(
    r"\p{Lu}[\p{L}.'’\- ]{1,40}+(?:,\s*+\p{Lu}[\p{L}.\- ]{0,30}+)?(?:,\s*+\p{L}{3,9}\.?\s++\d{1,2})?"
    r"\s*+(?:\([^()\n]{1,40}+\)\s*+)?[-–—]{1,2}\s"
    r"|(?!(?i:" + "|".join(regex.escape(w) for w in STAMPS + sorted(all_of(BYLINE_PREFIXES))) + r")\s*+:)"
    r"\p{Lu}\p{L}++(?:\s\p{Lu}\p{L}++)?+:\s(?=\p{Lu})")
_PREFIX_BELOW = 3  # lines under a browser title where the headline it starts with is printed
_TWICE_WINDOW = 20  # top lines in which a headline printed twice is looked for
_MENU_BELOW = 3  # menu items under the first line that make it a browser title, whatever its shape
_HEADER_LINES = 5  # short lines of an article's header (byline, desk, time, handle, label) above its prose
_MENU_WEIGHT = 0.5  # a menu item may read as a sentence of a few words: "您想去哪里？" (Where to?)
# A breadcrumb trail that opens a line, three items or more between angle brackets ("Home > News >
# Forex News Send Print"): the page's place in its site's sections, which a headline never prints so.
_BREADCRUMB = regex.compile(r"[^>\n]{2,30}+(?:(?<=\x20)>\x20[^>\n]{2,30}+){2}")


def _first_weight(block: Block, cv: bool) -> float:
    """What the first line weighs, its date parts left out: the day a browser title prints
    ("Rates Rise Again - 21/12/2018 - Money") would make it read as a table row.

    >>> from newsclean.document import Document
    >>> from newsclean.layout.shape import weigh
    >>> line = Document.from_text("Rates Rise - 21/12/2018 - Money").blocks[0]
    >>> weigh(line), _first_weight(line, True)
    (0.0, -2.0)
    """
    undated = _undated(block.text)
    return weigh(block if undated == block.text else dataclasses.replace(block, text=undated), cv)


def _chained(blocks: tuple[Block, ...], key: str) -> bool:
    """Whether the first line left once the headline's repeats go would pass for a headline
    too (then neither is told apart as the headline, and a second run would take the next)."""
    rest = tuple(b for b in blocks if norm_key(b.text) != key)
    return bool(rest) and headline_shaped(rest[0].text) and confirmed(rest, norm_key(rest[0].text))


def introduced(blocks: tuple[Block, ...], least: int = 0) -> int | None:
    """The first of the top lines that is shaped like a headline (``least`` words or more) and
    followed by a dateline or a byline (a container that opens with a photo caption, then the
    headline)."""
    cv = covered(blocks)
    for i, block in enumerate(blocks[1:CONFIRM_WINDOW], 1):
        # the tests of a line's weight (the page's, read by every step) and of the line under it (a
        # dateline or a byline, which the dateline and byline steps read) first: few lines pass them,
        # and the tests of the line's own shape (read by this step alone) are asked of those only
        if i + 1 >= len(blocks) or weigh(block, cv) >= 0:
            continue
        below = blocks[i + 1].text
        if ((date_line(below) is not None or byline(below)) and headline_shaped(block.text)
                and not byline(block.text) and len(tokens(block.text)) >= least and not named_credit(block.text)):
            return i
    return None


def unconfirmed_whole(blocks: tuple[Block, ...], headline: str) -> bool:
    """Whether the title read from the first line is the whole line (nothing cut off as a
    site's name), under three words or capitalised word by word as a name is, and no line
    below prints it: a site's name or slogan standing as the browser title ("Charleston Daily
    Mail", "Cortez Journal Online - Cortez Colorado"), not a headline (but a name beside a document's
    :func:`titles.identifier` is that document's title: ``draft-lee-storage-04 - Storage``); a line below that prints
    it above the article's end (a site's name comes back in its footer, a headline does not), alone
    or after a few controls ("A A A" for the text's size), or a byline or dateline right under it,
    confirms it. A title that is or holds a web address
    confirms nothing: the address is the site's name ("TimesLeader.com", "... News | timesleader.com").

    >>> from newsclean.document import Document
    >>> lines = Document.from_text("Charleston Daily Mail\\nHome\\nTrucks came.").blocks
    >>> unconfirmed_whole(lines, "Charleston Daily Mail"), unconfirmed_whole(lines, "Trucks came")
    (True, False)
    >>> unconfirmed_whole(lines, "Daily Mail")  # two words: no headline
    True
    >>> unconfirmed_whole(Document.from_text("Dam opens at last | Planet\\nHome").blocks, "Dam opens at last")
    False
    >>> unconfirmed_whole(Document.from_text("Cortez Journal Online - Cortez\\nHome").blocks, "Cortez Journal Online")
    True
    >>> unconfirmed_whole(Document.from_text("draft-lee-storage-04 - Storage\\nHome").blocks, "Storage")
    False
    >>> prose = "The council said the work on the bridge would start in the spring, the mayor told reporters."
    >>> unconfirmed_whole(Document.from_text(f"Morris Herald\\nHome\\nRain falls\\n{prose}\\nMorris Herald").blocks,
    ...                    "Morris Herald")  # printed again in the footer only
    True
    """
    if any(address(headline[a:b]) for a, b in title_bounds(headline)):
        return True  # the site's address, or a title that still holds it: the cut went wrong
    first = blocks[0].text
    if headline != first and any(identifier(first[a:b]) for a, b in _parts(first)):
        return False  # a document's identifier beside its name: the name is the document's title
    key = norm_key(headline)
    run = best_run(page_weights(blocks))
    end = len(blocks) if run is None else run[1] + 1
    lines = keyed(blocks)
    if lines.at(key, 1, end) or lines.long_with(key, 1, end):
        return False
    # "A A A Headline": size buttons, and the headline printed after them (a long line is no headline:
    # only the short lines' keys are read)
    if len(key.split()) >= MIN_TITLE_WORDS and any(blocks[i].feature(headline_shaped)
                                                   for i in lines.ending_with(key, 1, end)):
        return False
    if any(date_line(b.text) is not None or byline(b.text) for b in blocks[1:1 + BYLINE_BELOW]):
        return False  # a byline or a dateline right under it: the article's own headline
    return headline == blocks[0].text or len(tokens(headline)) < MIN_TITLE_WORDS or not sentence_case(headline)


def introduced_above_article(blocks: tuple[Block, ...]) -> int | None:
    """The headline-shaped line (three words or more) right above the article's prose, with
    a dateline or a byline between them (or a reporter's credit without its "By" over the day:
    "Tim Lee, Canwest News Service; Ottawa Citizen" over "Published: Thursday, January 17, 2008"):
    where a page prints its headline below menus and boxes of any length (no browser title
    above to confirm it).

    >>> from newsclean.document import Document
    >>> introduced_above_article(Document.from_text("Home\\nSports\\nWeather\\nBlues rout Jackets at home\\n"
    ...     "By Ann Lee\\nThe Blues beat the Jackets 5-1 on Saturday night, their third win in a row at home, "
    ...     "and moved up to second place.\\nThe coach said the team had played its best game.").blocks)
    3
    """
    weights = page_weights(blocks)
    run = best_run(weights)
    if run is None:
        return None
    start = run[0]
    # the run's first line too, where a dateline or a byline parts it from the prose: a headline
    # with a figure or an abbreviation ("U.S. Stock Indexes Close on Big Bounce") weighs as prose
    first = start if start + 2 < len(blocks) and (date_line(blocks[start + 1].text) is not None
                                                  or byline(blocks[start + 1].text)) else start - 1
    for i in range(first, max(-1, start - 1 - _ABOVE_ARTICLE), -1):
        text = blocks[i].text
        if ((weights[i] < 0 or i == start) and len(tokens(text)) >= MIN_TITLE_WORDS and headline_shaped(text)
                and not byline(text) and not named_credit(text) and date_line(text) is None and not _dated(text)
                and not (i and byline(blocks[i - 1].text))  # a byline's second line: its desk
                and (date_line(blocks[i + 1].text) is not None or byline(blocks[i + 1].text)
                     or (_dated(blocks[i + 1].text) and sentence_case(text))
                     or (i + 2 < len(blocks) and named_credit(blocks[i + 1].text) and header_line(blocks, i + 2))
                     or (i + 1 == start and _OPENING_DATELINE.match(blocks[i + 1].text) is not None))):
            return i or None  # the first line: the other rules read it
    return None


def after_breadcrumb(blocks: tuple[Block, ...]) -> int | None:
    """The headline printed right under the breadcrumb that ends with it, near the top: a line
    of :data:`_CRUMBS` parts or more between separators (``Home - NHL - Recaps - Legace, McDonald
    help Blues``, ``Home > News > Storm hits coast``) whose last part, three words or more, the
    next line prints alone. A site's trail names the article it leads to; the line that repeats
    it is the page's headline, whatever the first line (a site's or a section's name) says.

    >>> from newsclean.document import Document
    >>> after_breadcrumb(Document.from_text("NHL Articles\\nHome - NHL - Recaps - Blues down Jackets at home\\n"
    ...                                      "Blues down Jackets at home\\nRelated:").blocks)
    2
    >>> after_breadcrumb(Document.from_text("NHL Articles\\nHome - NHL\\nNHL\\nRelated:").blocks) is None
    True
    """
    for i, block in enumerate(blocks[1:_HEADER_LINES], 1):
        if i + 1 >= len(blocks) or not blocks[i + 1].feature(headline_shaped):
            continue  # no headline under the line: its parts are not read
        parts = _parts(block.text)
        if len(parts) < _CRUMBS:
            continue
        last = block.text[parts[-1][0]:parts[-1][1]]
        if len(tokens(last)) >= MIN_TITLE_WORDS and blocks[i + 1].feature(norm_key) == norm_key(last):
            return i + 1
    return None


def printed_twice(blocks: tuple[Block, ...]) -> int | None:
    """The second printing of a headline that the page's top prints twice, with a dateline or a
    byline right under it (a hero banner, share buttons, then the article's own header).

    >>> from newsclean.document import Document
    >>> printed_twice(Document.from_text("Science Weekly\\nPhysics\\nStars Collide\\nShare\\n"
    ...                                   "Stars Collide\\nBy Ann Lee\\nTwo stars met.").blocks)
    4
    """
    window = blocks[1:min(_TWICE_WINDOW, len(blocks) - 1)]  # the top lines with a line under them
    # only a key that two lines short enough for a headline (words.HEADLINE_CHARS, which headline_shaped
    # asks) print in the window can be a second printing: the others' shapes go unread, and the keys of
    # the long lines (a cleaned text's paragraphs, joined from all their words) too
    short = [(i, b) for i, b in enumerate(window, 1) if len(b.text) <= HEADLINE_CHARS]
    twice = {key for key, n in Counter(b.feature(norm_key) for _, b in short).items() if n > 1}
    seen: set[str] = set()
    for i, block in short:
        key = block.feature(norm_key)
        if key not in twice or not headline_shaped(block.text) or byline(block.text):
            continue
        if key in seen and weigh(block, covered(blocks)) < 0:
            below = blocks[i + 1].text
            if date_line(below) is not None or byline(below):
                return i
        seen.add(key)
    return None


def listing_title(blocks: tuple[Block, ...]) -> tuple[str, str | None] | None:
    """(title, site name) of a page without prose whose first line is its browser title."""
    first = blocks[0].text
    if not headline_shaped(first) or byline(first) or _dated(first) or not _over_listing(blocks):
        return None
    return None if has_article(blocks) else split_site(first)


def _over_menu(blocks: tuple[Block, ...], cv: bool) -> bool:
    """Whether a menu follows the first line: the next lines are all menu items (four words at
    most, not prose; a list of related headlines is no menu), as
    under a browser title that reads like a sentence ("How does the brain turn unconscious
    information into conscious thought?" above "Top categories", "Blood", "Bones"). Stray
    letters and digits are no menu items (a sentence broken up by stray line breaks is no
    browser title above a menu)."""
    return _menu_under(blocks, cv) and not _article_below(blocks, cv)


def _menu_under(blocks: tuple[Block, ...], cv: bool) -> bool:
    """Whether the :data:`_MENU_BELOW` lines under the first line are all shaped as menu items
    (four words at most, not prose, naming something), wherever the article's prose starts."""
    below = blocks[1:1 + _MENU_BELOW]
    return len(below) == _MENU_BELOW and all(
        weigh(b, cv) <= _MENU_WEIGHT and len(tokens(b.text)) <= MENU_WORDS and _menu_item(b.text) for b in below)


def _article_below(blocks: tuple[Block, ...], cv: bool) -> bool:
    """Whether the article's prose (the best run of lines by weight) starts within
    :data:`_HEADER_LINES` lines under the first line: the short lines between are the article's
    own header (a byline, a time, a handle: "Natasha Turak", "@NatashaTurak", "4:29 AM EST"),
    not a site's menu, and the first line is the article's (a caption, its lead), which a
    cleaned text keeps above them; a browser title has the page's chrome between it and the
    article.

    >>> from newsclean.document import Document
    >>> lines = ["A caption of the photo, said the agency on Tuesday (AP)", "AP", "Jane Doe", "4:29 AM EST",
    ...          "The council approved the budget on Monday after a long debate, officials said on Tuesday."]
    >>> _article_below(Document.from_text("\\n".join(lines)).blocks, True)
    True
    >>> _article_below(Document.from_text("\\n".join(lines[:4] + ["Home", "News", "Sport"] + lines[4:])).blocks, True)
    False
    """
    weights = page_weights(blocks)[1:] if cv == covered(blocks) else [weigh(b, cv) for b in blocks[1:]]
    run = best_run(weights)
    return run is not None and run[0] < _HEADER_LINES


def _menu_item(text: str) -> bool:
    """Whether a short line may be a menu's: it names something (a word of two letters or
    more), or it is a separator between items ("|", "·"); not a stray letter or digit.

    >>> _menu_item("Blood"), _menu_item("|"), _menu_item("s"), _menu_item("0")
    (True, True, False, False)
    """
    return _NAMED.search(text) is not None or _WORDISH.search(text) is None


def _over_listing(blocks: tuple[Block, ...]) -> bool:
    """Whether the first line heads a page with no prose (a gallery, a video, a listing) as its
    browser title: three words or more, and more words than any line below it.

    >>> from newsclean.document import Document
    >>> _over_listing(Document.from_text("Floods Hit the Valley in Pictures\\nPhoto 1 of 12\\nPhoto 2").blocks)
    True
    >>> _over_listing(Document.from_text("Home Home\\nHome Home Home").blocks)
    False
    """
    words = len(tokens(blocks[0].text))
    return words >= MIN_TITLE_WORDS and all(len(tokens(b.text)) < words for b in blocks[1:])


def _reprinted(blocks: tuple[Block, ...]) -> bool:
    """Whether the page prints its first line again, as a line of its own with a dateline or a
    byline right under it: a browser title above a long menu, then the article's own header.
    The first line is the headline then, even one that reads like a sentence; its second
    printing would otherwise open the article, and a second cleaning would take it as the title.
    A byline or a dateline a line or two lower (``Published``, then the day) counts too.

    >>> from newsclean.document import Document
    >>> _reprinted(Document.from_text("Aid Arrives, Officials Say.\\nHome\\nWorld\\n"
    ...                               "Aid Arrives, Officials Say.\\nPublished 01/08/2008\\nTrucks came.").blocks)
    True
    >>> _reprinted(Document.from_text("Aid Arrives\\nHome\\nAid Arrives\\nTrucks came.").blocks)
    False
    >>> _reprinted(Document.from_text("How does the brain turn information into thought?\\nHome\\n"
    ...     "How does the brain turn information into thought?\\nPublished\\nThursday 27 July 2017").blocks)
    True
    """
    key = norm_key(blocks[0].text)
    if date_line(blocks[0].text) is not None:
        return False  # a day printed twice is no headline
    lines = keyed(blocks)
    for i in sorted(lines.at(key, 1, len(blocks) - 1) + lines.long_with(key, 1, len(blocks) - 1)):
        if any(date_line(b.text) is not None or byline(b.text) for b in blocks[i + 1:i + 1 + BYLINE_BELOW]):
            return True
    return False


def guess(blocks: tuple[Block, ...]) -> tuple[str, str | None] | None:
    """(title, site name) from the first line, or ``None``."""
    first = blocks[0].text
    if not headline_shaped(first) or len(LETTERED.findall(first)) < 2 or byline(first) or _dated(first):
        return None
    if menu_bar(first):
        return None  # the site's sections ("Home | News | Sport"), however often printed: no browser title
    cv = covered(blocks)
    if _first_weight(blocks[0], cv) >= 0 and not _over_menu(blocks, cv):
        # a line that reads as prose is no headline, unless the page prints it again above a
        # dateline (a line of another shape is found printed again below by printed_part), or a
        # dateline stands right under it over the article
        return (first, None) if _reprinted(blocks) or _over_dateline(blocks) else None
    if max(page_weights(blocks)[1:], default=0.0) <= 0:  # the weights of weigh(b, cv), read once a page
        return None  # no prose after it: no article whose headline it would be
    keys = PrintedLines(blocks, 1)
    if subtitled(first, keys):
        return split_site(first)
    printed = printed_part(first, keys, Headed(blocks))
    if printed is not None and len(WORD.findall(printed)) >= 2:
        rest = first[len(printed):].strip(" |-–—·•»:~/\\✩_") if first.startswith(printed) else ""
        return printed, (None if identifier(rest) else _undated(rest) or None)
    glued = printed_prefix(first, blocks[1:1 + _PREFIX_BELOW])
    if glued is not None:
        return glued, (_undated(first[len(glued):].strip(" |-–—·•»:~/\\✩_[]()")) or None)
    if confirmed(blocks, norm_key(first)):
        return None if _chained(blocks, norm_key(first)) else less_dated_trail(first)
    if not has_article(blocks[1:]) or printed_twice(blocks) is not None or _BREADCRUMB.match(first) is not None:
        # unconfirmed: an article must follow it, no headline the page prints twice, and no
        # breadcrumb trail (whose last part, printed again as the headline, is read above)
        return None
    head, site = split_site(first)
    if site is None and _logo_over_menu(blocks, cv):
        return None
    return undated_head(head), site


def _over_dateline(blocks: tuple[Block, ...]) -> bool:
    """Whether the first line, a headline by its shape that weighs as prose (a long one, with
    commas: "O.J. Simpson jailed in Las Vegas, accused of violating bail in armed robbery case"),
    stands right over a dateline with the article under it: a container's header. Up to
    :data:`_DATED_HEAD_WORDS` words and one piece (a browser title's trail, ``| Entertainment |
    Reuters``, is the other rules' to cut); a caption or a lead runs longer or ends like a sentence.

    >>> from newsclean.document import Document
    >>> prose = "The judge heard the case on Monday and said the bail terms had been broken, officials said."
    >>> _over_dateline(Document.from_text(f"Simpson jailed in Las Vegas, accused of violating bail\\n3 days ago\\n"
    ...                                   f"{prose}\\n{prose}").blocks)
    True
    >>> _over_dateline(Document.from_text(f"Simpson jailed in Las Vegas, accused of violating bail\\n{prose}").blocks)
    False
    """
    return (len(blocks) > 2 and len(tokens(blocks[0].text)) <= _DATED_HEAD_WORDS and len(_parts(blocks[0].text)) == 1
            and date_line(blocks[1].text) is not None and has_article(blocks[2:]))


def broken_title(blocks: tuple[Block, ...]) -> str | None:
    """The headline where the browser title is cut over the first two lines by a line break of
    its source (``<title>Lorem ipsum dolor sit amet, sed diam nonumy`` / ``eirmod tempor
    invidunt</title>``, kept by a scraper that keeps a node's own breaks) and the page prints the
    two lines' words as one headline-shaped line below: that line. The second line opens in
    lower case, as a title's words go on; a menu item under a title opens in capitals or is
    printed nowhere with it.

    >>> from newsclean.document import Document
    >>> prose = "The council approved the budget on Monday after a long debate, officials said on Tuesday."
    >>> broken_title(Document.from_text(f"Council approves the budget after a\\nlong debate\\nHome\\n"
    ...                                  f"Council approves the budget after a long debate\\n{prose}").blocks)
    'Council approves the budget after a long debate'
    >>> broken_title(Document.from_text(f"Council approves budget | Herald\\nlog in\\n{prose}").blocks) is None
    True
    """
    if len(blocks) < 3 or not blocks[1].text[:1].islower() or not headline_shaped(blocks[0].text):
        return None
    key = norm_key(f"{blocks[0].text} {blocks[1].text}")
    if len(key.split()) < MIN_TITLE_WORDS:
        return None
    # the lines of that key, looked up in the page's index (a line too long for it is no headline)
    return next((blocks[i].text for i in keyed(blocks).at(key, 2) if blocks[i].feature(headline_shaped)), None)


def _logo_over_menu(blocks: tuple[Block, ...], cv: bool) -> bool:
    """Whether the first line is a site's name over its menu, not a headline: the whole line
    (no separator cuts a site's name off it), capitalised word by word as a name is, printed
    nowhere below (not even broken over the next lines) with no byline or dateline under it,
    over menu items ("About", "Archive", "Contact") that the article's prose follows at once.
    A blog prints its name (its logo, its home link) over such a menu, and a text cleaned
    without the ``paragraphs`` step keeps both once the browser title and the headline are
    gone; a headline that opens a page has its header or the page's chrome under it instead.

    >>> from newsclean.document import Document
    >>> prose = "When the council proposed closing the library, many people asked why it mattered."
    >>> lines = Document.from_text(f"Notes From the Reading Room\\nAbout\\nArchive\\nContact\\n{prose}").blocks
    >>> _logo_over_menu(lines, covered(lines))
    True
    >>> lines = Document.from_text(f"Council votes to close the library\\nAbout\\nArchive\\nContact\\n{prose}").blocks
    >>> _logo_over_menu(lines, covered(lines))  # written as a sentence: a headline
    False
    >>> lines = Document.from_text(f"Welcome to Firefox Developer Edition\\nMozilla\\nWelcome to\\n"
    ...                            f"Firefox Developer Edition\\n{prose}").blocks
    >>> _logo_over_menu(lines, covered(lines))  # printed again, broken over two lines
    False
    """
    first = blocks[0].text
    if sentence_case(first) or not _menu_under(blocks, cv) or not _article_below(blocks, cv):
        return False
    under = norm_key(" ".join(b.text for b in blocks[1:1 + _HEADER_LINES]))
    return norm_key(first) not in under and unconfirmed_whole(blocks, first)


def title_run(blocks: tuple[Block, ...]) -> tuple[str, str | None] | None:
    """(title, site name) where the first line is a browser title whose run of parts
    (:func:`titles.title_runs`, three words or more) the page prints as a headline-shaped line
    of its own further down, with an article after it: the longest such run. The first line
    need not look like a headline itself ("Local biotech researcher dies - Kansas City
    Business Journal:").

    >>> from newsclean.document import Document
    >>> title_run(Document.from_text("Local biotech researcher dies - Kansas City Business Journal:\\nHome\\n"
    ...     "Local biotech researcher dies\\nJohn Doe, a researcher at the institute, died on Monday after a "
    ...     "long illness, his family said on Tuesday.").blocks)
    ('Local biotech researcher dies', None)
    """
    first = unmarked(blocks[0].text)  # no title holds a tag: "</div> the lead" is a leaked tag and a line
    if len(first) > MAX_BROWSER_TITLE or len(title_bounds(first)) < 2 or menu_bar(first):  # the length first:
        # a page folded to one line has its first line split no further
        return None
    runs: dict[str, str] = {}
    for run in title_runs(first):
        key = norm_key(run)
        if len(key.split()) >= MIN_TITLE_WORDS:
            runs.setdefault(key, run)
    if not runs:
        return None
    best: Block | None = None
    lines = keyed(blocks)
    for i in sorted(i for key in runs for i in lines.at(key, 1)):  # a long line is no headline: not read
        b = blocks[i]
        if headline_shaped(b.text) and (best is None or len(b.text) > len(best.text)) and has_article(blocks[i + 1:]):
            best = b
    return None if best is None else (best.text, None)
