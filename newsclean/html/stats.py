"""How much text each element holds, computed bottom-up in one pass over the tree.

``chars``: characters of text under an element; ``links``: of those, the ones inside
``<a>``; ``prose``: the ones in ``<p>`` elements outside links, the text a reader reads.

>>> from newsclean.html.parse import parse_html
>>> root = parse_html('<body><div><p>Five <a href="/">links</a></p><a href="/">More</a></div></body>')
>>> s = text_stats(root)
>>> div = root.find(".//div")
>>> s.chars[div], s.links[div], s.prose[div], round(s.link_density(div), 2)
(13, 9, 4, 0.69)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["TextStats", "is_link", "text_stats"]


def is_link(el: Any) -> bool:
    """An ``<a>`` that leads somewhere: it has an ``href`` that is not a ``javascript:`` hook.

    >>> import lxml.html
    >>> is_link(lxml.html.fragment_fromstring('<a href="/world">World</a>'))
    True
    >>> is_link(lxml.html.fragment_fromstring('<a href="javascript:void(0)">More</a>'))
    False
    """
    if el.tag != "a":
        return False
    href = (el.get("href") or "").strip().lower()
    return bool(href) and not href.startswith("javascript:")


@dataclass(frozen=True, slots=True)
class TextStats:
    """Per-element text measures (keyed by element)."""

    chars: dict[Any, int]
    links: dict[Any, int]
    prose: dict[Any, int]

    def link_density(self, el: Any) -> float:
        """Share of the element's text that is link text."""
        return min(1.0, self.links.get(el, 0) / max(1, self.chars.get(el, 0)))


def text_stats(root: Any) -> TextStats:
    """Measure every element under ``root`` (children before parents: reversed document order).
    Every element starts at zero, so that the loop indexes instead of calling ``dict.get``; a
    parent's link and prose counts are only added to where there is something to add (most
    elements hold neither)."""
    elements = list(root.iter())
    chars = dict.fromkeys(elements, 0)
    links = chars.copy()
    prose = chars.copy()
    for el in reversed(elements):
        text = el.text
        total = chars[el] + len(text.strip()) if text else chars[el]
        chars[el] = total
        tag = el.tag
        if tag == "a" and is_link(el):
            linked = links[el] = total
        else:
            linked = links[el]
        if tag == "p":
            read = prose[el] = total - linked
        else:
            read = prose[el]
        if el is root:  # last: reversed document order
            break
        parent = el.getparent()
        tail = el.tail
        chars[parent] += total + len(tail.strip()) if tail else total
        if linked:
            links[parent] += linked
        if read:
            prose[parent] += read
    return TextStats(chars, links, prose)
