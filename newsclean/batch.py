"""Moved to :mod:`newsclean.corpus.batch`; this path keeps old imports working."""

from .corpus.batch import *  # noqa: F403
from .corpus.batch import __all__  # noqa: F401
