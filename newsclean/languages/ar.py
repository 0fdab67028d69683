"""Arabic (ar): the particles of Arabic names written in Latin letters.

>>> LANGUAGE.code, LANGUAGE.name, LANGUAGE.name_particles
('ar', 'Arabic', ('bin', 'al'))
"""

from __future__ import annotations

from .record import Language

__all__ = ["LANGUAGE"]

LANGUAGE = Language(
    "ar", "Arabic",
    name_particles=("bin", "al"),  # "Mohammed bin Salman", "Bashar al Assad"
)
