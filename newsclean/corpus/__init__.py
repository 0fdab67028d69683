"""The corpus runner: many records in, one cleaned record out for each, in the same order.

:mod:`~newsclean.corpus.batch` runs a job (what ``newsclean batch`` does);
:mod:`~newsclean.corpus.records` reads JSONL, CSV, Parquet and folders of pages,
:mod:`~newsclean.corpus.csvrows` CSV rows one line at a time;
:mod:`~newsclean.corpus.writers` writes JSONL or Parquet, :mod:`~newsclean.corpus.fields`
names the output columns, :mod:`~newsclean.corpus.parallel` spreads chunks over processes and
:mod:`~newsclean.corpus.atomic` makes each output file appear whole or not at all.
Nothing here is needed to clean one page: the core (:func:`newsclean.clean`) never imports it.

>>> from newsclean.corpus import Job, run
>>> Job.__name__, run.__name__
('Job', 'run')
"""

from .batch import Job, run

__all__ = ["Job", "run"]
