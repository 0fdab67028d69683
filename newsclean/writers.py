"""Write batch output: JSONL (``.gz`` too) or Parquet, and the errors file.

Parquet columns are fixed once: the input's own (from a Parquet input, or else the fields of
the first records written) followed by the result columns. A later record that does not fit
them is handed back to the caller as a failure, never dropped silently.

>>> output_kind("out.jsonl.gz"), output_kind("out.parquet")
('jsonl', 'parquet')
"""

from __future__ import annotations

import datetime as dt
import decimal
import gzip
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .fields import FIELDS
from .records import UsageError, require_pyarrow
from .strict import replace_surrogates

__all__ = ["ROW_GROUP_BYTES", "ROW_GROUP_ROWS", "JsonlSink", "ParquetSink", "dumps", "mend", "output_kind"]

ROW_GROUP_ROWS = 8192
ROW_GROUP_BYTES = 64 << 20
_OUT_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


def output_kind(path: str | os.PathLike[str]) -> str:
    """``"jsonl"`` or ``"parquet"``, from the extension (``.jsonl.gz`` allowed)."""
    name = Path(path).name.lower()
    gz = name.endswith(".gz")
    kind = _OUT_KINDS.get(Path(name[:-3] if gz else name).suffix)
    if kind is None or (gz and kind == "parquet"):
        raise UsageError(f"{path}: unknown output type; use .jsonl, .jsonl.gz or .parquet")
    return kind


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, (decimal.Decimal, dt.timedelta)):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def mend(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate replaced by U+FFFD, and how many there were.

    JSON may spell a surrogate alone (``"\\ud800"``) and Python reads it into a ``str`` that
    no UTF-8 file can hold; written as is it would stop the whole run.

    >>> mend('{"id": "a' + chr(0xD800) + 'b"}')
    ('{"id": "a\ufffdb"}', 1)
    """
    return replace_surrogates(text)


def dumps(record: dict[str, Any]) -> str:
    """One line of strict JSON; dates, bytes and decimals (e.g. from Parquet input) become
    strings, NaN and infinities ``null``.

    >>> dumps({"when": dt.date(2016, 3, 21), "é": b"x"})
    '{"when": "2016-03-21", "é": "x"}'
    >>> dumps({"score": float("nan"), "n": [float("-inf"), 1.5]})
    '{"score": null, "n": [null, 1.5]}'
    """
    try:
        return json.dumps(record, ensure_ascii=False, default=_plain, allow_nan=False)
    except ValueError as e:
        if "float" not in str(e):  # e.g. a circular reference
            raise
    # NaN and Infinity have no spelling in JSON (strict readers refuse the file): null, read
    # back from Python's lenient spelling so that no walk of the record is needed.
    loose = json.dumps(record, ensure_ascii=False, default=_plain)
    return json.dumps(json.loads(loose, parse_constant=lambda _: None), ensure_ascii=False)


class JsonlSink:
    """Lines of JSON to ``path`` (gzip-compressed when ``name`` ends in ``.gz``)."""

    def __init__(self, path: str, name: str) -> None:
        self._path, self._gz = path, name.lower().endswith(".gz")
        self._f: IO[str] | None = None

    def __enter__(self) -> JsonlSink:
        opener = gzip.open if self._gz else open
        self._f = opener(self._path, "wt", encoding="utf-8")
        return self

    def write(self, line: str) -> None:
        assert self._f is not None, "use JsonlSink in a with block"
        self._f.write(line + "\n")

    def __exit__(self, *exc: object) -> None:
        if self._f is not None:
            self._f.close()


def _is_list(kind: Any) -> bool:
    import pyarrow.types as pat

    return bool(pat.is_list(kind) or pat.is_large_list(kind) or pat.is_fixed_size_list(kind))


def _has_list(kind: Any) -> bool:
    """Whether an Arrow type holds a list anywhere (itself, or a field of a struct)."""
    import pyarrow.types as pat

    return _is_list(kind) or (pat.is_struct(kind) and any(_has_list(kind.field(i).type)
                                                         for i in range(kind.num_fields)))


def _text_for_list(value: Any, kind: Any) -> bool:
    """Whether ``value`` puts a string or bytes where ``kind`` wants a list (at any depth).

    Arrow would take ``"abc"`` for ``["a", "b", "c"]``: a record that does not fit its
    column would be written mangled instead of reported.
    """
    if value is None or not _has_list(kind):
        return False
    if _is_list(kind):
        if isinstance(value, (str, bytes)):
            return True
        item = kind.value_type
        return isinstance(value, (list, tuple)) and any(_text_for_list(v, item) for v in value)
    if isinstance(value, dict):  # a struct (_has_list is true of no other type but a list)
        return any(_text_for_list(value.get(kind.field(i).name), kind.field(i).type)
                   for i in range(kind.num_fields))
    return False


def _result_schema(pa: Any, prefix: str) -> Any:
    removal = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("reason", pa.string()),
                         ("filter", pa.string()), ("text", pa.string())])
    types = {"authors": pa.list_(pa.string()), "removed": pa.list_(removal)}
    return pa.schema([(prefix + name, types.get(name, pa.string())) for name in FIELDS])


class ParquetSink:
    """Records to a Parquet file; ``metadata`` as a JSON string.

    Rows are buffered into row groups of up to :data:`ROW_GROUP_ROWS` rows or
    :data:`ROW_GROUP_BYTES` bytes, whichever comes first, so memory stays bounded.
    """

    def __init__(self, path: str, prefix: str, input_schema: Any = None) -> None:
        require_pyarrow()
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa, self._pq, self._path, self._prefix = pa, pq, path, prefix
        self._results = _result_schema(pa, prefix)
        self._schema = self._join(input_schema) if input_schema is not None else None
        self._writer: Any = None
        self._pending: list[Any] = []
        self._misfit = (pa.ArrowException, TypeError, ValueError, OverflowError)

    def _join(self, input_schema: Any) -> Any:
        own = [f for f in input_schema if f.name not in self._results.names]
        return self._pa.schema([*own, *self._results])

    def _infer(self, rows: list[dict[str, Any]]) -> Any:
        names = list(dict.fromkeys(k for row in rows for k in row if k not in self._results.names))
        return self._join(self._pa.schema([(name, self._type_of(row.get(name) for row in rows)) for name in names]))

    def _type_of(self, values: Iterable[Any]) -> Any:
        """A column's type: that of its first value Arrow can type (``null`` and untypable
        values, such as ``[1, "a"]`` or a 23-digit int, are passed over); string if none.

        Values of another type then fail to fit and are reported (``parquet_schema``), so the
        first record decides, not a guess over the chunk that a mix of types would break.
        """
        for value in values:
            if value is None:
                continue
            try:
                kind = self._pa.array([value]).type
            except self._misfit:
                continue
            if kind != self._pa.null():
                return kind
        return self._pa.string()

    def write(self, rows: list[tuple[int, dict[str, Any]]]) -> list[tuple[int, str]]:
        """Add ``(number, record)`` pairs; return ``(number, why)`` for those that do not fit."""
        key = self._prefix + "metadata"
        for _, row in rows:
            row[key] = dumps(row[key])
        if self._schema is None and rows:
            self._schema = self._infer([row for _, row in rows])
        table, misfits = self._fit(rows)
        if table.num_rows:
            self._pending.append(table)
            if sum(t.num_rows for t in self._pending) >= ROW_GROUP_ROWS or \
                    sum(t.nbytes for t in self._pending) >= ROW_GROUP_BYTES:
                self._flush()
        return misfits

    @property
    def _listed(self) -> list[tuple[str, Any]]:
        """The input's columns whose type holds lists (where Arrow would spell a string out)."""
        if self._schema is None:
            return []
        return [(f.name, f.type) for f in self._schema if f.name not in self._results.names and _has_list(f.type)]

    def _fit(self, rows: list[tuple[int, dict[str, Any]]]) -> tuple[Any, list[tuple[int, str]]]:
        names = set(self._schema.names) if self._schema is not None else set()
        good, bad = [], []
        for number, row in rows:
            extra = [k for k in row if k not in names]
            spelt = next((k for k, kind in self._listed if _text_for_list(row.get(k), kind)), None)
            if extra:
                bad.append((number, f"field {extra[0]!r} is not among the Parquet columns, which the first "
                                    "records fixed; write JSONL for records of varying shape"))
            elif spelt is not None:
                bad.append((number, f"a value does not fit its Parquet column: {spelt!r} holds a string where "
                                    "the column holds lists"))
            else:
                good.append((number, row))
        try:
            return self._table([row for _, row in good]), bad
        except self._misfit:
            kept = []
            for number, row in good:  # find the culprits
                try:
                    kept.append(self._table([row]))
                except self._misfit as e:
                    bad.append((number, f"a value does not fit its Parquet column: {e}"))
            return self._pa.concat_tables(kept) if kept else self._table([]), sorted(bad)

    def _table(self, rows: list[dict[str, Any]]) -> Any:
        return self._pa.Table.from_pylist(rows, schema=self._schema)

    def _flush(self) -> None:
        if self._writer is None:
            self._writer = self._pq.ParquetWriter(self._path, self._schema or self._results)
        if self._pending:
            self._writer.write_table(self._pa.concat_tables(self._pending))
            self._pending = []

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self._flush()
        self._writer.close()
