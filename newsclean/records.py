"""Moved to :mod:`newsclean.corpus.records`; this path keeps old imports working."""

from .corpus.records import *  # noqa: F403
from .corpus.records import __all__  # noqa: F401
