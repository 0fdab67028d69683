"""Moved to :mod:`newsclean.corpus.parallel`; this path keeps old imports working."""

from .corpus.parallel import *  # noqa: F403
from .corpus.parallel import __all__  # noqa: F401
