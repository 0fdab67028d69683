"""Helpers the steps share about how lines look, none of them a step itself.

:mod:`~newsclean.layout.shape` weighs one paragraph (prose, menu item, list row, heading);
:mod:`~newsclean.layout.lists` finds runs of rows of one shape; :mod:`~newsclean.layout.inserts`
names what stands inside an article's run of paragraphs without being the article.
"""
