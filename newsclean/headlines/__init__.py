"""Helpers of the title step (:mod:`newsclean.filters.title`), none of them a step itself: where a
scraped page's text prints its headline.

:mod:`~newsclean.headlines.signs` tells the lines that stand near a headline and are none (a
byline, a credit, a dated line, a web address); :mod:`~newsclean.headlines.browser` cuts the
browser title into parts and finds the one the page prints; :mod:`~newsclean.headlines.guess`
reads the headline from the page's top lines; :mod:`~newsclean.headlines.run_in` finds a title
run into the text of a folded line; :mod:`~newsclean.headlines.header` reads the deck and the
header under a printed headline.
"""
