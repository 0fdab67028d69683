"""The filters: each a plain callable ``Document -> Document`` doing one thing."""

from .agency import agency
from .blobs import blobs
from .boilerplate import boilerplate
from .byline import byline
from .dateline import dateline
from .paragraphs import paragraphs
from .segment import join, segment
from .summary import summary
from .title import title
from .unicode import repair
from .wire import wire

__all__ = ["agency", "blobs", "boilerplate", "byline", "dateline", "join", "paragraphs", "repair", "segment", "summary",
           "title", "wire"]
