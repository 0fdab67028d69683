"""newsclean: scraped news pages in, clean article text and metadata out.

>>> from newsclean import clean
>>> r = clean("Aid Arrives in Efrin\\nAid Arrives in Efrin\\nThe trucks came at dawn.")
>>> r.text, r.title
('The trucks came at dawn.', 'Aid Arrives in Efrin')
"""

from . import filters
from .api import clean
from .defaults import DEFAULT
from .document import Block, Document, Paragraph, Removal
from .pipeline import Filter, Pipeline
from .result import Result

__all__ = ["DEFAULT", "Block", "Document", "Filter", "Paragraph", "Pipeline", "Removal", "Result",
           "clean", "clean_frame", "clean_many", "filters"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """``clean_frame`` and ``clean_many`` load on first use (pandas only when ``clean_frame``
    runs: an optional extra)."""
    if name == "clean_frame":
        from .frame import clean_frame

        return clean_frame
    if name == "clean_many":
        from .many import clean_many

        return clean_many
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "clean_frame", "clean_many"})
