"""Helpers the steps share about how lines look, none of them a step itself.

:mod:`~newsclean.layout.shape` weighs one paragraph (prose, menu item, list row, heading);
:class:`~newsclean.layout.weighed.Weighed` is the page with those weights, which the others read;
:mod:`~newsclean.layout.lists` finds runs of rows of one shape; :mod:`~newsclean.layout.inserts`
names what stands inside an article's run of paragraphs without being the article;
:mod:`~newsclean.layout.subheadings` tells a subheading from a comments heading.
"""
