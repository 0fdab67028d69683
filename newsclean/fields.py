"""Moved to :mod:`newsclean.corpus.fields`; this path keeps old imports working."""

from .corpus.fields import *  # noqa: F403
from .corpus.fields import __all__  # noqa: F401
