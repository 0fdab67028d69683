"""The filters: each a plain callable ``Document -> Document`` doing one thing."""

from .agency import agency
from .blobs import blobs
from .dateline import dateline
from .summary import summary
from .title import title
from .unicode import repair

__all__ = ["agency", "blobs", "dateline", "repair", "summary", "title"]
