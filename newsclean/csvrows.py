"""Moved to :mod:`newsclean.corpus.csvrows`; this path keeps old imports working."""

from .corpus.csvrows import *  # noqa: F403
from .corpus.csvrows import __all__  # noqa: F401
