"""The filters: each a plain callable ``Document -> Document`` doing one thing."""

from .agency import agency
from .blobs import blobs
from .boilerplate import boilerplate
from .dateline import dateline
from .paragraphs import paragraphs
from .summary import summary
from .title import title
from .unicode import repair

__all__ = ["agency", "blobs", "boilerplate", "dateline", "paragraphs", "repair", "summary", "title"]
