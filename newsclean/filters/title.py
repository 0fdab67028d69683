"""Take the headline into ``metadata["title"]`` and remove its repetitions.

The first line is the candidate: scraped pages start with the browser title
(``Headline | Site``) or with the headline itself. Its parts, cut at the separators sites put
between headline and site name, are looked for as a line of their own further down (the
printed headline): the longest part found is the title. Otherwise the first line counts when
it is shaped like a headline and not like the article's prose (and prose follows), or when
a dateline follows it; a trailing ``| Site`` is then cut off into ``metadata["site_name"]``. A title the caller
gave (``clean(text, title=...)``) wins over any guess.

The rules that read the headline live in :mod:`newsclean.headlines` (the browser title's parts, the
page's top lines, titles run into folded lines, the deck and header under a headline); this
module is the step that puts them in order.

>>> from newsclean.document import Document
>>> doc = title(Document.from_text("Troops Smash Dozens in Aleppo | Fars News\\nHome\\n"
...                                 "Troops Smash Dozens in Aleppo\\nThe army said so."))
>>> doc.metadata["title"], doc.metadata["site_name"], doc.body()
('Troops Smash Dozens in Aleppo', 'Fars News', 'Home\\nThe army said so.')
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import reasons
from ..dates import date_line
from ..document import Block, Document
from ..headlines.browser import MIN_TITLE_WORDS, printed_keys
from ..headlines.guess import (
    after_breadcrumb,
    broken_title,
    guess,
    introduced,
    introduced_above_article,
    listing_title,
    printed_twice,
    title_run,
    unconfirmed_whole,
)
from ..headlines.header import deck_below, headline_at
from ..headlines.keyed import keyed
from ..headlines.run_in import (
    _run_in_title,
    cut_copies,
    folded_deck,
    folded_headline,
    over_headline,
    unbroken,
    unit_deck,
    unit_headline,
)
from ..layout.shape import has_article
from ..sentences import ends_sentence
from ..titles import sentence_case, with_deck
from ..words import HEADLINE_CHARS, headline_shaped, norm_key

__all__ = ["headline_at", "title"]

_DATES_ABOVE = 2  # date-only lines above the headline that are skipped to find it


def _sourced(doc: Document, source: str, **fields: str) -> Document:
    """``doc`` with ``metadata["sources"]`` saying where its title (and ``fields``) came from,
    unless an earlier reader said so already (the HTML reader's ``"heading"``, ``"meta"``...)."""
    sources = dict(doc.metadata.get("sources") or {})
    if "title" in sources:
        return doc
    sources["title"] = source
    sources.update(fields)
    return doc.with_metadata(sources=sources)


def _found(doc: Document, found: tuple[str, str | None], first: str | None) -> Document:
    """``doc`` with the headline found in its text as ``metadata["title"]`` (source ``"text"``), the
    site's name cut from the browser title where none is known yet, and the browser title as
    printed (``first``, the first line the title was read from) as ``metadata["page_title"]``
    where it says more than the headline.

    >>> doc = _found(Document.from_text("x"), ("Aid Arrives", "Fars"), "Aid Arrives | Fars")
    >>> doc.metadata  # doctest: +NORMALIZE_WHITESPACE
    {'title': 'Aid Arrives', 'site_name': 'Fars', 'page_title': 'Aid Arrives | Fars',
     'sources': {'title': 'text', 'site_name': 'text'}}
    """
    headline, site = found
    sited = bool(site) and doc.metadata.get("site_name") in (None, "", [], {})
    doc = doc.with_metadata(title=headline).setdefault_metadata(site_name=site)
    if first is not None and first != headline:
        doc = doc.setdefault_metadata(page_title=first)
    return _sourced(doc, "text", **({"site_name": "text"} if sited else {}))


def _deck_parted(meta: Mapping[str, object]) -> set[str]:
    """The key of the headline alone, where the title the HTML reader gave ends with the deck printed
    under it (``metadata["deck"]``): the page prints the two apart, and the headline's line goes as
    the whole title's would.

    >>> _deck_parted({"title": "Aid Arrives — Trucks came at dawn", "deck": "Trucks came at dawn"})
    {'aid arrives'}
    """
    title, deck = meta.get("title"), meta.get("deck")
    if not isinstance(title, str) or not isinstance(deck, str) or not deck or not title.endswith(deck):
        return set()
    return {norm_key(title[:-len(deck)].rstrip(" —"))} - {""}


def _printing(blocks: tuple[Block, ...], keys: set[str], trimmed: bool) -> list[Block]:
    """The headline-shaped lines of ``blocks`` whose key is one of ``keys``, in order: the lines
    that print the headline. With ``trimmed`` (a text the segment step cut, whose units keep the
    stops a corpus put after a headline) a line is judged less its trailing stops and spaces. The
    keys are looked up in the page's index (:func:`headlines.keyed.keyed`); a line too long for
    a headline has its key read only where its trailing stops make it long.

    >>> lines = Document.from_text("Aid Arrives | Fars\\nHome\\nAid arrives!\\nAid Arrives.").blocks
    >>> [b.text for b in _printing(lines, {"aid arrives"}, False)]
    ['Aid arrives!']
    >>> [b.text for b in _printing(lines, {"aid arrives"}, True)]
    ['Aid arrives!', 'Aid Arrives.']
    """
    lines = keyed(blocks)
    at = [i for key in keys for i in lines.at(key)]
    if trimmed:  # a long line less its stops may be short enough
        at += [i for i in lines.long if len(blocks[i].text.rstrip(" .")) <= HEADLINE_CHARS
               and blocks[i].feature(norm_key) in keys]
    shown = ((blocks[i], blocks[i].text.rstrip(" .") if trimmed else blocks[i].text) for i in sorted(at))
    return [b for b, text in shown if headline_shaped(text)]


def title(doc: Document) -> Document:
    """Find the headline (or use the given one) and remove the lines that repeat it; record
    where the page prints it for later steps (``doc.facts.headline_at``).

    >>> title(Document.from_text("Aid Arrives | Fars\\nHome\\nAid Arrives\\nTrucks came.")).facts.headline_at
    24
    """
    out = _title(doc)
    return out.with_facts(headline_at=headline_at(out))


def _title(doc: Document) -> Document:
    """:func:`title` less the fact it records."""
    blocks = doc.blocks
    if not blocks:
        return doc
    given = doc.metadata.get("title")
    lead = 0
    dated = False
    while lead < _DATES_ABOVE and lead + 1 < len(blocks) and (date_line(blocks[lead].text) is not None
                                                             or (doc.breaks and over_headline(blocks[lead].text))):
        dated = dated or date_line(blocks[lead].text) is not None
        lead += 1  # a dateline (or a section's label) above the headline: the headline is the first line below it
    blocks = blocks[lead:]
    chosen: Block | None = None
    carried: Block | None = None  # the browser title's second line, where a line break of its source cuts it
    run_span: tuple[int, int] | None = None  # a title run into the first sentence on the first line
    folded: str | None = None
    flat = doc.text  # the text as the input had it (unbroken), read for a folded page's headline and deck
    if given:
        key = norm_key(str(given))
        doc = _sourced(doc, "given")
    else:
        flat = unbroken(doc)
        folded = folded_headline(doc, flat)
        broken = broken_title(blocks) if folded is None else None
        if broken is not None:  # the browser title's two lines: the line printed below, both lines dropped
            found: tuple[str, str | None] | None = (broken, None)
            chosen, carried = blocks[0], blocks[1]
        else:
            found, chosen = ((folded, None), None) if folded is not None else (guess(blocks), blocks[0])
        if found is None:
            found = title_run(blocks)
        if found is None and (unit := unit_headline(doc, blocks, dated)) is not None:
            found = (unit, None)
        # a first line that no line confirms (a site's name) gives way to the headline the page
        # prints over a byline or a dateline: right above the article's prose, else (a first line
        # named word by word, not a sentence) near the top
        at = introduced(blocks) if found is None else None
        if at is None and (found is None or unconfirmed_whole(blocks, found[0])):
            at = introduced_above_article(blocks)
            if at is None and found is not None and not sentence_case(found[0]):
                at = introduced(blocks, MIN_TITLE_WORDS)
        if at is None and not doc.breaks and folded is None and (found is None or found[0] == blocks[0].text):
            at = after_breadcrumb(blocks)  # a first line taken whole: a breadcrumb under it names the headline
        if at is None and found is None:
            at = printed_twice(blocks)
        if at is not None and has_article(blocks[at + 1:]):
            chosen = blocks[at]
            found = (chosen.text, None)
        if (run := _run_in_title(doc.text, blocks[0], found, not doc.breaks)) is not None:
            found, chosen = (doc.text[run[0]:run[1]], None), None
            # the title and its copy printed twice in a row make the whole line: both go
            run_span = (blocks[0].start, blocks[0].end) if blocks[0].feature(norm_key) == norm_key(
                f"{found[0]} {found[0]}") else run
            if run_span == run and run[1] < blocks[0].end and not ends_sentence(blocks[0].text.rstrip()):
                run_span = None  # the line breaks inside the sentence (its markup's break): the title's
                # words stay, as a fragment of a line is judged on its own by the steps after this one
        if found is None:
            named = listing_title(blocks)
            return doc if named is None else _found(doc, named, blocks[0].text)
        key = norm_key(found[0])
        first = blocks[0].text if carried is None else f"{blocks[0].text} {blocks[1].text}"
        doc = _found(doc, found, first if chosen is blocks[0] else None)
    if not key:
        return doc
    keys = ({key} | _deck_parted(doc.metadata)) if given or found is None else printed_keys(found[0])
    drop = _printing(blocks, keys, bool(doc.breaks))
    if doc.breaks and not given and found is not None:
        drop += cut_copies(doc, blocks, key)
    if chosen is not None and chosen not in drop:
        drop.insert(0, chosen)
    if carried is not None and carried not in drop:
        drop.insert(1, carried)
    if (not given and found is not None and not doc.breaks and not folded
            and (deck := deck_below(blocks, drop, key)) is not None):
        doc = doc.with_metadata(title=with_deck(found[0], deck.text), deck=deck.text)
        drop.append(deck)
    elif folded and (printed := folded_deck(flat, folded)) is not None:
        doc = doc.with_metadata(title=with_deck(folded, printed), deck=printed)
    elif (not given and doc.breaks and not folded and found is not None and blocks[0].feature(norm_key) == key
          and (deck := unit_deck(doc, blocks)) is not None):  # a one-line article's headline, then its deck
        doc = doc.with_metadata(title=with_deck(found[0], deck.text.rstrip(" .")), deck=deck.text.rstrip(" ."))
        drop.append(deck)
    doc = doc.remove_blocks(drop, reasons.TITLE)
    return doc if run_span is None else doc.remove(*run_span, reasons.TITLE)
