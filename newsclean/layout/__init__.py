"""Helpers the steps share about how lines look, none of them a step itself.

:mod:`~newsclean.layout.shape` weighs one paragraph (prose, menu item, list row, heading);
:class:`~newsclean.layout.weighed.Weighed` is the page with those weights, which the others read;
:mod:`~newsclean.layout.lists` finds runs of rows of one shape; :mod:`~newsclean.layout.inserts`
names what stands inside an article's run of paragraphs without being the article;
:mod:`~newsclean.layout.subheadings` tells a subheading from a comments heading. A line that holds
a page run together is read by :mod:`~newsclean.layout.folded` (the page's regions, with
:mod:`~newsclean.layout.unit_words`, :mod:`~newsclean.layout.unit_shapes`,
:mod:`~newsclean.layout.closing_headings` and :mod:`~newsclean.layout.title_copies`),
:mod:`~newsclean.layout.page_units` (the units to cut it at), :mod:`~newsclean.layout.line_sentences`
(its sentences), :mod:`~newsclean.layout.line_head`, :mod:`~newsclean.layout.head_units` and
:mod:`~newsclean.layout.headline_case` (its head); :mod:`~newsclean.layout.line_joins` finds the
line breaks of a text cut at every tag.
"""
