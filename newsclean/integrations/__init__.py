"""Plug newsclean into the tools that fetch and hold corpora.

- :mod:`newsclean.integrations.scrapy`: an item pipeline (``pip install 'newsclean[scrapy]'``).
- :mod:`newsclean.integrations.spark`: a column of results for a PySpark DataFrame
  (``pip install 'newsclean[spark]'``).

Each module imports its framework only when used, so ``import newsclean`` stays light.
"""

__all__: list[str] = []
