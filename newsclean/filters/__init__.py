"""The steps: each module holds one filter, a plain callable ``Document -> Document`` doing one thing.

Each module keeps its own name (``newsclean.filters.title`` is the module, its step is
``newsclean.filters.title.title``); :data:`newsclean.DEFAULT` puts them in order.

>>> from newsclean import filters
>>> filters.title.title.__name__, filters.unicode.repair.__name__
('title', 'repair')
"""

from . import (
           agency,
           blobs,
           boilerplate,
           byline,
           chrome,
           dateline,
           page,
           paragraphs,
           segment,
           summary,
           title,
           unicode,
           wire,
)

__all__ = ["agency", "blobs", "boilerplate", "byline", "chrome", "dateline", "page", "paragraphs", "segment", "summary",
           "title", "unicode", "wire"]
