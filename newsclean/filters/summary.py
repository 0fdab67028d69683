"""Move the lead paragraph into ``metadata["summary"]`` when it is a standalone summary.

Some sites print a one-paragraph summary between the headline block and the article, which
then tells the same story again. The lead counts as such a summary only when all of these
hold (otherwise it stays in the body):

- it comes right after a removed headline or dateline;
- it is one to three sentences of prose;
- at least three paragraphs follow it;
- most of its content words come back in the next two paragraphs.

>>> from newsclean.document import Document
>>> from newsclean.filters.title import title
>>> raw = ("Army Repels Attack in Aleppo\\nArmy Repels Attack in Aleppo\\n"
...        "The army repelled a big attack in Aleppo, killing 50 militants, reports said.\\n"
...        "The army repelled the attack on villages in Aleppo province, officials said.\\n"
...        "At least 50 militants were killed and many were wounded, according to reports.\\n"
...        "Fighting has gone on for weeks.")
>>> doc = summary(title(Document.from_text(raw)))
>>> doc.metadata["summary"][:30]
'The army repelled a big attack'
"""

from __future__ import annotations

from .. import reasons
from ..document import Document
from ..sentences import ends_sentence, sentence_count
from ..words import content_stems

__all__ = ["summary"]

_HEAD_REASONS = frozenset({reasons.TITLE, reasons.DATELINE})
_MIN_WORDS, _MAX_WORDS, _MAX_SENTENCES = 12, 80, 3
_MIN_FOLLOWING = 3
# Share of the lead's content words that the next two paragraphs must repeat.
_RESTATED = 0.7


def _follows_head(doc: Document, start: int) -> bool:
    before = [r for r in doc.removals if r.end <= start]
    if doc.breaks and before:
        # An article stored as one line opens with its lede right after the headline
        # ("May 30 2017 Army Kills 11 Terrorists. The army killed 11 ..."): only a lead under
        # the dateline, the headline above both, stands apart as a summary.
        return max(before, key=lambda r: r.end).reason == reasons.DATELINE
    return bool(before) and any(r.reason in _HEAD_REASONS for r in before)


def summary(doc: Document) -> Document:
    """Take a restated lead paragraph out of the body into ``metadata["summary"]``."""
    blocks = doc.blocks
    if len(blocks) < 1 + _MIN_FOLLOWING:
        return doc
    lead = blocks[0]
    n_words = len(lead.text.split())
    if not _MIN_WORDS <= n_words <= _MAX_WORDS:
        return doc
    # under a removed headline first: the second cleaning of the cleaned text, whose lead is mostly
    # the article's first paragraph, has removed nothing above it (its sentences are not counted)
    if not _follows_head(doc, lead.start):
        return doc
    if not 1 <= sentence_count(lead.text) <= _MAX_SENTENCES or not ends_sentence(lead.text):
        return doc
    stems = content_stems(lead.text)
    later = content_stems(blocks[1].text) | content_stems(blocks[2].text)
    if not stems or len(stems & later) / len(stems) < _RESTATED:
        return doc
    return doc.remove_blocks([lead], reasons.SUMMARY).setdefault_metadata(summary=lead.text)
