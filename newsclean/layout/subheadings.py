"""Tell an in-article subheading from the heading that opens the comments or an author box.

A subheading inside a story may hold a closing heading's words: "No comment on air strikes"
reads as WordPress's "No comments on <title>", "About the budget" as an author box. Such a
line closes the article only when it stands as one of its kind: a comments heading is followed
by what a comment thread holds (names and timestamps, "Reply" buttons, lines an earlier filter
took as a byline or a date), an author box by a line or two about a person. When, instead, the
prose of the article runs on both sides of it (a paragraph of prose just above, and below it
paragraph after paragraph of prose with no such furniture among them), the line is the
article's own subheading and weighs as one.

Related-links headings ("Most Read") are left to the paragraphs filter: the teasers under them
are often sentences too, so prose below says nothing there.

>>> from newsclean.document import Document
>>> from .shape import weigh
>>> from .weighed import Weighed
>>> para = ("Officials said on Monday that the talks would resume next week in Geneva, after a pause "
...         "of almost two months.")
>>> doc = Document.from_text("\\n".join([para, "No comment on air strikes", para, para, para]))
>>> sorted(subheadings(Weighed(doc, [weigh(b) for b in doc.blocks], list(range(5)))))
[1]
>>> doc = Document.from_text("\\n".join([para, "3 Comments", "joe says:", "May 3, 2019 at 5:12 pm", para]))
>>> subheadings(Weighed(doc, [weigh(b) for b in doc.blocks], list(range(5))))
set()
"""

from __future__ import annotations

import regex

from ..dates import find_dates
from ..lexicon import SECTION_HEADINGS
from .shape import SECTION_WEIGHT, section_kind
from .weighed import Weighed

__all__ = ["subheadings"]

_KINDS = ("comments", "about")
_WORD = regex.compile(r"\p{L}+")
# The words of the lexicon's own headings of those kinds ("12 Comments", "Leave a reply", "Kommentare",
# "About the author"): a heading made of them alone is a stock heading, however much prose follows it.
_STOCK = frozenset(w.casefold() for kind in _KINDS for ps in SECTION_HEADINGS[kind].values() for p in ps
                   for w in _WORD.findall(regex.sub(r"\\(?:p\{\w+\}|\w)", " ", p)))
_STEM = 6            # letters from which a word shares its heading word's stem ("kommentar", "kommentare")
_STEMS = frozenset(w[:_STEM] for w in _STOCK if len(w) >= _STEM)
_WINDOW = 8          # paragraphs read below the heading: a comment thread shows its furniture within them
_MIN_PROSE = 2       # paragraphs of prose that must follow: one alone may be the first comment
_PROSE_SHARE = 0.75  # share of the window that must be prose; the rest short lines such as further subheadings


def subheadings(page: Weighed) -> set[int]:
    """Indices of the paragraphs that read as a comments or author-box heading but stand inside
    the article's prose (see the module docstring). One look at a bounded window per heading:
    linear in the page."""
    found: set[int] = set()
    for i in page.sections():  # by weight first: most paragraphs are no heading, and their text is not fetched
        text = page.text(i)
        if text is None or section_kind(text) not in _KINDS:
            continue
        if _stock(text):
            continue
        if i > 0 and page.prose(i - 1) and _prose_goes_on(page, i):
            found.add(i)
    return found


def _stock(text: str) -> bool:
    """Whether a heading says nothing but what the lexicon's headings of its kind say: "12 Comments",
    "Leave a Reply", "Kommentare (3)", "About the author"; not "No comment on air strikes".

    >>> _stock("12 Comments"), _stock("Leave a Reply"), _stock("No comment on air strikes")
    (True, True, False)
    """
    return all(_stock_word(w.casefold()) for w in _WORD.findall(text))


def _stock_word(word: str) -> bool:
    """A word of the lexicon's headings, or one that shares its stem with one: the patterns leave
    endings optional ("комментари(?:и|ев|й)", "kommentare?")."""
    return word in _STOCK or (len(word) >= _STEM and word[:_STEM] in _STEMS)


def _prose_goes_on(page: Weighed, at: int) -> bool:
    """Whether the paragraphs below the heading at ``at`` (up to the next section heading) are the
    article going on: they open with prose, are mostly prose, none was removed by an earlier filter
    (a comment's byline, timestamp or share line) and no short line among them holds a date."""
    window = []
    for i in range(at + 1, min(at + 1 + _WINDOW, len(page))):
        if page.weights[i] == SECTION_WEIGHT:
            break
        window.append(i)
    prose = [i for i in window if page.prose(i)]
    if len(prose) < _MIN_PROSE or prose[0] != at + 1 or len(prose) < _PROSE_SHARE * len(window):
        return False
    for i in window:
        text = page.text(i)
        if text is None:
            return False
        if i not in prose and find_dates(text):
            return False
    return True
