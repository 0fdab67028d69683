"""Moved to :mod:`newsclean.corpus.writers`; this path keeps old imports working."""

from .corpus.writers import *  # noqa: F403
from .corpus.writers import __all__  # noqa: F401
