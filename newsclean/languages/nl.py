"""Dutch (nl): the words of Dutch bylines and names.

>>> LANGUAGE.code, LANGUAGE.name, LANGUAGE.byline_prefixes
('nl', 'Dutch', ('door',))
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

LANGUAGE = Language(
    "nl", "Dutch",
    byline_prefixes=("door",),                           # "Door Jan de Vries"
    name_particles=("van", "der", "den", "ten", "ter"),  # "Frans van der Berg", "Anne ter Horst"
)
