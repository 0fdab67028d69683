"""Moved to :mod:`newsclean.corpus.atomic`; this path keeps old imports working."""

from .corpus.atomic import *  # noqa: F403
from .corpus.atomic import __all__  # noqa: F401
