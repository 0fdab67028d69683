"""The one-call entry point: :func:`clean`."""

from __future__ import annotations

import dataclasses
import sys
from typing import Any, Literal

from .defaults import DEFAULT, for_html
from .document import FILTER_NAME, Document, noted_printable, split_paragraphs
from .encoding import decode_page
from .filters.segment import page_lines, reads_folded
from .filters.unicode import vouch
from .guard import GUARD, Guard, furniture_removals
from .html.detect import looks_like_html
from .limits import MAX_CHARS, cut_point, mark_cut
from .memo import page_features
from .pipeline import Filter, Pipeline
from .readback import read_back
from .recheck import carry_removals
from .result import Result
from .strict import replace_surrogates, surrogate_warning

__all__ = ["Format", "clean"]

Format = Literal["auto", "text", "html"]


def _as_text(data: object) -> tuple[str, tuple[str, ...]]:
    """The page as a str, and the warnings its decoding gave."""
    if isinstance(data, str):
        return data, ()
    if isinstance(data, (bytes, bytearray, memoryview)):
        return decode_page(data)
    raise TypeError(f"clean() takes the page as str (or as bytes to decode), not {type(data).__name__}")


def _soup_markup(data: object) -> str | None:
    """The HTML of a BeautifulSoup document or ``Tag``; ``None`` for anything else.

    bs4 is not imported here: an object can only be a ``Tag`` when bs4 is loaded already.
    A ``NavigableString`` is a ``str`` and is read as one.
    """
    bs4: Any = sys.modules.get("bs4")
    if bs4 is None or isinstance(data, str) or not isinstance(data, bs4.Tag):
        return None
    tag: Any = data
    markup: str = tag.decode()
    return markup


def _as_pipeline(pipeline: object) -> Pipeline | None:
    """``pipeline`` as a :class:`Pipeline` (``None`` for the default): a plain callable
    ``Document -> Document`` becomes a pipeline of that one step."""
    if pipeline is None or isinstance(pipeline, Pipeline):
        return pipeline
    if callable(pipeline):
        name = getattr(pipeline, "name", None) or getattr(pipeline, "__name__", None)
        return Pipeline([(name if isinstance(name, str) and name else "pipeline", pipeline)])
    raise TypeError(f"pipeline must be a Pipeline, a callable taking and returning a Document, or None; "
                    f"not {type(pipeline).__name__}")


def _check(title: object, max_chars: object, guard: object) -> None:
    """Refuse arguments of the wrong type with a ``TypeError`` that says what is wanted."""
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be a str or None, not {type(title).__name__}")
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int)):
        raise TypeError(f"max_chars must be a positive int or None, not {type(max_chars).__name__}")
    if guard is not None and not callable(guard):
        raise TypeError(f"guard must be a Guard, a callable taking and returning a Document, or None; "
                        f"not {type(guard).__name__}")


# The most runs of the pipeline on one text (see _settle): a bound on the cost of an input built
# so that every run bares one more line, never reached on real pages (all evaluation pages settle
# within two runs: the first, and one with the lines it found).
_MAX_RUNS = 4


def _settle(steps: Pipeline, fresh: Document) -> Document:
    """Run ``steps`` on ``fresh``; while the page less what they removed has a line that holds
    most of it and that the segment step kept whole
    (:func:`~newsclean.filters.segment.page_lines`), run them again with every such line found
    so far, until they find no new one: the lines are cut as a second cleaning of the cleaned
    text would cut them."""
    doc = steps(fresh)
    if "segment" not in steps:
        return doc
    found: set[tuple[int, int]] = set()
    for _ in range(_MAX_RUNS - 1):
        lines = set(page_lines(doc)) - found
        if not lines:
            break
        found |= lines
        doc = steps(fresh.with_facts(page_lines=tuple(sorted(found))))
    return doc


def _guarded(guard: Guard | Filter, doc: Document) -> Document:
    """``guard(doc)``, refused with a ``TypeError`` naming the guard when it returns no ``Document``."""
    out = guard(doc)
    if not isinstance(out, Document):
        name = getattr(guard, "name", None) or getattr(guard, "__name__", None) or type(guard).__name__
        raise TypeError(f"guard {name!r} returned {type(out).__name__}, not a Document")
    return out


def _run_text(steps: Pipeline, head: str, meta: dict[str, Any], guard: Guard | Filter | None,
              recheck: bool = True) -> Document:
    """The text cleaned by ``steps`` and ``guard`` (:func:`_run_guarded`), then (``recheck``)
    cleaned again until a cleaning changes nothing (:func:`_recheck`): the cleaned text is what
    ``clean(result.text)`` reads. With the default pipeline, every text the cleaning changed is
    cleaned again (a text it returned as it was needs no second look: cleaning it again is the
    same call). A pipeline of the caller's own may hold a step that is not meant to run twice
    (one that drops the first line): its text is cleaned again only where the guard put text
    back, or where the cleaned text reads as a page folded to a few lines
    (:func:`~newsclean.filters.segment.reads_folded`), which the segment step would cut."""
    out, rescued = _run_guarded(steps, head, meta, guard)
    if not recheck:
        return out
    if steps is DEFAULT:
        shown = read_back(out)
        text = shown.body()
        again = text != head and (bool(out.removals) or not _same_lines(text, head))
        return _recheck(steps, guard, shown, text) if again else out
    if not rescued and "segment" not in steps:
        return out
    shown = read_back(out)
    text = shown.body()
    return _recheck(steps, guard, shown, text) if rescued or reads_folded(text) else out


def _same_lines(text: str, head: str) -> bool:
    """Whether ``text`` holds the lines of ``head`` with the same empty lines between them, only
    the white space at their ends trimmed: a cleaning of ``text`` reads the same paragraphs as the
    cleaning of ``head`` did (a text that kept all of a page returned with its ends trimmed needs
    no second cleaning).

    >>> _same_lines("a b\\nc", "a b \\n c\\n"), _same_lines("a\\nb", "a\\n\\nb")
    (True, False)
    """
    def lines(t: str) -> list[tuple[bool, str]]:
        return [(p.blank_before, t[p.start:p.end]) for p in split_paragraphs(t)]
    return lines(text) == lines(head)


def _run_guarded(steps: Pipeline, head: str, meta: dict[str, Any], guard: Guard | Filter | None,
                 fresh: Document | None = None) -> tuple[Document, bool]:
    """Run ``steps`` on the text to a settled document (:func:`_settle`), then ``guard``. When
    the guard puts removed text back, run them again with that text kept (the fact ``kept``: no
    step removes it), so that every step reads it, as a second cleaning of the cleaned text
    would: text put back unread leaves the steps after the one that removed it judging a page
    without it (a title read as a listing's, with no prose under it), and a second cleaning would
    judge again. Where the guard put back furniture of a page folded to one line (the article
    found there held almost none of the page's prose), the next run records no furniture (the
    fact ``no_furniture``). At most :data:`_MAX_RUNS` runs; the guard's warnings stay. Also
    returns whether the guard put text back. ``fresh``: the document of ``head`` read already
    (the recheck's, :meth:`Document.from_kept <newsclean.document.Document.from_kept>`)."""
    if fresh is None:
        fresh = Document.from_text(head, metadata=meta)
    doc = _settle(steps, fresh)
    if guard is None:
        return doc, False
    out = _guarded(guard, doc)
    kept: set[tuple[int, int]] = set()
    no_furniture = rescued = False
    said: list[str] = []
    for _ in range(_MAX_RUNS - 1):
        if out.removals is doc.removals:  # the guard put nothing back (most pages): no set to build
            break
        left = set(out.removals)
        restored = {(r.start, r.end) for r in doc.removals if r not in left}
        if restored <= kept:
            break
        rescued = True
        furniture = furniture_removals(doc)
        if furniture and not furniture <= left and not no_furniture:
            no_furniture = True  # the article found held almost none of the prose: judged afresh
        else:
            kept |= restored
            said += [w for w in out.metadata.get("warnings", ()) if w not in doc.metadata.get("warnings", ())]
        doc = _settle(steps, fresh.with_facts(kept=tuple(sorted(kept)), no_furniture=no_furniture))
        out = _guarded(guard, doc)
    if said:
        out = out.with_metadata(warnings=[*out.metadata.get("warnings", ()),
                                          *(w for w in said if w not in out.metadata.get("warnings", ()))])
    return out, rescued


# The most cleanings of the cleaned text (see _recheck): a bound on the cost of an input built so
# that every cleaning bares one more line to cut; no evaluation page and no fuzz input needs more
# than two (one that changes the text, one that changes nothing).
_MAX_RECHECKS = 4


def _recheck(steps: Pipeline, guard: Guard | Filter | None, shown: Document, text: str) -> Document:
    """``shown`` (a cleaning's document, as :func:`~newsclean.readback.read_back` gives it; its
    cleaned text ``text``) less what a cleaning of its cleaned text removes, on the lines that
    cleaning gives, until a cleaning changes nothing (at most :data:`_MAX_RECHECKS` cleanings): the
    cleaned text is another page than the input, and the steps, which judge each line with
    the page around it, may judge it otherwise there (:mod:`newsclean.recheck`). A cleaning
    only removes and re-lays lines, so what a second cleaning does is carried onto ``shown`` and
    the result is the text a second cleaning returns; where that cannot be carried
    (:func:`~newsclean.recheck.carry_removals` gives ``None``), the last carried document stays.
    Each cleaning reuses the features the ones before it read of the same lines (the page memo
    that :func:`clean` opens, :func:`newsclean.memo.page_features`). With the default steps and guard,
    the first cleaning's text is vouched for to the unicode step (:func:`~newsclean.filters.unicode.vouch`):
    those steps only remove text, fold white space and put a space or a line break in place of a
    character, and the guard and the read-back only remove or put back, so each word of ``text`` is a
    piece of a word of the text that step returned."""
    if steps is DEFAULT and (guard is None or guard is GUARD):
        vouch(text)
    for _ in range(_MAX_RECHECKS):
        # as _run_text(steps, text, {}, guard, recheck=False), the text's lines read off shown's blocks
        again = read_back(_run_guarded(steps, text, {}, guard, Document.from_kept(shown))[0])
        if again.body() == text:
            break
        carried = carry_removals(shown, again)
        if carried is None:
            break
        shown = read_back(carried)
        text = shown.body()
    return shown


def clean(text: str | bytes | Any, *, pipeline: Pipeline | Filter | None = None, title: str | None = None,
          format: Format = "auto", max_chars: int | None = MAX_CHARS, guard: Guard | Filter | None = GUARD,
          whole_page: bool = False) -> Result:
    """Clean one scraped page: the article body, its metadata, and a record of every removal.

    Args:
        text: the page as scraped text or HTML (a ``str``); ``bytes`` (or ``bytearray``,
            ``memoryview``) are decoded (BOM, UTF-8, declared charset, cp1252; see
            :mod:`newsclean.encoding`); a ``BeautifulSoup`` document or ``Tag`` is read as
            its HTML (a tag as a page fragment; ``format="auto"`` means ``"html"`` for it).
            Lone surrogates in a ``str`` (not characters) are replaced with U+FFFD, one for
            one, and a warning says so.
        pipeline: the filters to run: a :class:`Pipeline`, :data:`newsclean.DEFAULT` if
            ``None``, or one callable ``Document -> Document`` (run as a pipeline of that one
            step, named by its ``name`` or ``__name__``). On HTML, the step that removes
            the markup's chrome runs first (after ``unicode``, if the pipeline has it).
        title: the headline (a ``str``), if the caller knows it: it wins over any guess,
            and its repetitions are removed. ``None`` or ``""`` to let the page tell.
        format: ``"text"``, ``"html"``, or ``"auto"`` to tell by the input's start.
        max_chars: clean only the first this many characters (an ``int``, cut after a line
            break; 5 million by default, ``None`` for no limit). A cut is never silent:
            ``metadata["truncated"]`` gives ``kept_chars`` and ``input_chars``, a line in
            ``metadata["warnings"]`` says so, and the uncleaned tail is
            ``result.original()[kept_chars:]``.
        guard: the last step, which puts removed prose back when the filters kept almost
            none of the page's prose (a :class:`~newsclean.guard.Guard`, or any callable
            ``Document -> Document``; see :mod:`newsclean.guard`); ``None`` turns it off.
        whole_page: HTML only: keep the page's chrome (menus, footers, text outside the
            article) in ``result.source``, removed with its reason, so :meth:`Result.explain`
            shows it; by default it is left out unread, which is faster. The body is the
            same on most pages (581 of the 620 evaluation HTML pages): the text filters see
            the chrome too, and on a few pages judge the article's edges differently.

    Raises:
        TypeError: when ``text`` is neither str, bytes nor a BeautifulSoup tag, ``title`` not a str, ``max_chars``
            not an int (``True`` included), ``pipeline`` or ``guard`` not callable, or a step
            of the pipeline (or the guard) returns something other than a ``Document`` (the
            message names the step).
        ValueError: for bytes that are not text, an unknown ``format``, or a ``max_chars``
            below 1.

    >>> r = clean("Aid Arrives in Efrin\\nAid Arrives in Efrin\\nMarch 21, 2016\\nTrucks came.")
    >>> r.text, r.title, r.published.date().isoformat()
    ('Trucks came.', 'Aid Arrives in Efrin', '2016-03-21')
    >>> clean("Trucks came \\ud800 at dawn.").text
    'Trucks came \ufffd at dawn.'
    """
    markup = _soup_markup(text)
    if markup is not None and format == "auto":
        format = "html"
    given, notes = (markup, ()) if markup is not None else _as_text(text)
    if title is not None and type(title) is not str and isinstance(title, str):
        title = str(title)  # a bs4 NavigableString holds its whole tree: keep only the text
    _check(title, max_chars, guard)
    if format not in ("auto", "text", "html"):
        raise ValueError(f"format must be 'auto', 'text' or 'html', not {format!r}")
    if max_chars is not None and max_chars < 1:
        raise ValueError(f"max_chars must be a positive int or None, not {max_chars!r}")
    steps = _as_pipeline(pipeline)
    # Lone surrogates in the page are replaced, one for one, by the unicode step (text), the
    # HTML parser (which must encode the page anyway) or, past a pipeline without either, by
    # Result.from_document: each says so. Only the title is looked at here.
    source = given
    if title:
        title, bad = replace_surrogates(title)
        if bad:
            notes += (surrogate_warning(bad, "the title given"),)
    meta = {"title": title} if title else {}
    kept = cut_point(source, max_chars)
    head = source[:kept]
    stamp = FILTER_NAME.set("")  # a call of clean inside a step: its removals name its own steps
    try:
        with page_features():  # each line's features read once in this call (see newsclean.memo)
            if format == "html" or (format == "auto" and looks_like_html(head)):
                from .html.reader import read_html  # lxml loads only when HTML is seen
                page = read_html(head, metadata=meta, whole_page=whole_page)
                doc = for_html(steps)(page)  # DEFAULT less text-only steps if None
                if guard is not None:
                    doc = _guarded(guard, doc)
            else:
                doc = _run_text(steps if steps is not None else DEFAULT, head, meta, guard)
            doc = read_back(doc)  # what is kept must not open like a page when cleaned again
            printable = noted_printable(doc.text)  # read while the page memo holds the notes
    finally:
        FILTER_NAME.reset(stamp)
    if kept < len(source):
        doc = mark_cut(doc, kept, len(source))
    if notes:
        doc = doc.with_metadata(warnings=[*notes, *doc.metadata.get("warnings", [])])
    if kept < len(source):
        doc = dataclasses.replace(doc, original=given)
    return Result.from_document(doc, printable=printable)
