"""Build damaged corpora for `newsclean batch` and check that every input record is accounted
for: written once, unmerged, or reported at one of its lines (or after the last line the
damaged input let the reader reach).

Used by ``tests/test_batch_corpus.py`` (a fixed, parametrised set in the default suite) and by
``tests/fuzz/test_fuzz_batch.py`` (records and damage drawn by Hypothesis).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.batch import run
from newsclean.records import UsageError

FORMATS = ("jsonl", "jsonl.gz", "csv", "csv.gz", "parquet")
KINDS = ("page", "html", "surrogate", "deep", "nan", "missing", "badtype", "malformed", "multiline", "quote")
WORDS = "trucks came at dawn with aid for the town, «officials» said; 5 “convoys” und Straße مرحبا".split()


@dataclass
class Corpus:
    """A corpus on disk and, for each record, its id and the lines it spans."""

    path: Path
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    opened_quote: set[str] = field(default_factory=set)


def record(i: int, kind: str, rng: random.Random) -> dict:
    """Record ``r{i}`` of ``kind``; its text carries the marker ``<r{i}>`` to find merges by."""
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 30)))
    text = f"{words.capitalize()} <r{i}>."
    rec: dict = {"id": f"r{i}", "text": text}
    if kind == "html":
        rec = {"id": f"r{i}", "html": f"<html><body><h1>T</h1><p>{text}</p></body></html>"}
    elif kind == "surrogate":
        rec["text"] = text.replace(" ", " \ud800 ", 1)
    elif kind == "deep":
        rec["deep"] = "DEEP"
    elif kind == "nan":
        rec["score"] = float("nan")
    elif kind == "missing":
        del rec["text"]
    elif kind == "badtype":
        rec["text"] = 5
    elif kind == "quote":  # unquoted in CSV, so that the quote put in opens a cell
        rec["text"] = text.replace(",", "")
    elif kind == "multiline":
        rec["text"] = f"{text}\n\nSecond paragraph, \"quoted\", of <r{i}>."
    return rec


def _jsonl_line(rec: dict, kind: str) -> bytes:
    line = json.dumps(rec)  # ASCII, so a surrogate is spelt \ud800
    if kind == "deep":
        line = line.replace('"DEEP"', "[" * 1200 + "]" * 1200)
    elif kind == "malformed":
        line = line[: len(line) // 2]
    return line.encode()


def write(folder: Path, fmt: str, kinds: list[str], rng: random.Random) -> Corpus:
    """Write records of ``kinds`` (one each, in order) as ``fmt`` into ``folder``."""
    corpus = Corpus(folder / f"in.{fmt}")
    records = [record(i, kind, rng) for i, kind in enumerate(kinds)]
    if fmt.startswith("jsonl"):
        lines = [_jsonl_line(rec, kind) for rec, kind in zip(records, kinds, strict=True)]
        corpus.spans = {rec["id"]: (n, n) for n, rec in enumerate(records, 1)}
        data = b"".join(line + b"\n" for line in lines)
    elif fmt.startswith("csv"):
        data, number = b"id,text,html\n", 2
        for rec, kind in zip(records, kinds, strict=True):
            buf = io.StringIO()
            text = rec.get("text") if isinstance(rec.get("text"), str) else ""
            csv.writer(buf, lineterminator="\n").writerow([rec["id"], text, rec.get("html", "")])
            row = buf.getvalue()
            if kind == "quote":  # a cell that opens a quote and never closes it
                row = row.replace(",", ',"', 1)
                corpus.opened_quote.add(rec["id"])
            encoded = row.encode("utf-8", "surrogatepass")  # a surrogate is no UTF-8: a bad row
            corpus.spans[rec["id"]] = (number, number + row.count("\n") - 1)
            number += row.count("\n")
            data += encoded
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [{"id": r["id"], "text": _valid(r.get("text")), "html": r.get("html")} for r in records]
        pq.write_table(pa.Table.from_pylist(rows), corpus.path, row_group_size=max(1, len(rows) // 3))
        corpus.spans = {rec["id"]: (n, n) for n, rec in enumerate(records, 1)}
        return corpus
    corpus.path.write_bytes(gzip.compress(data, mtime=0) if fmt.endswith(".gz") else data)
    return corpus


def _valid(text: object) -> str | None:
    return text.encode("utf-8", "replace").decode() if isinstance(text, str) else None


def truncate(corpus: Corpus, keep: float) -> None:
    """Cut the file (a download or a copy that stopped) to ``keep`` of its bytes."""
    data = corpus.path.read_bytes()
    cut = data[: int(len(data) * keep)]
    if corpus.path.name == "in.csv":
        # A plain CSV cut mid-line is ambiguous, not damaged: a quote in the fragment may close
        # a cell opened lines above, which is valid CSV (a cell of several lines at the end of
        # a file). Cut it after a whole line; a JSONL line cut short is a malformed record.
        cut = cut[: cut.rfind(b"\n") + 1]
    corpus.path.write_bytes(cut)
    if not corpus.path.name.endswith((".gz", ".parquet")) or not cut:
        # Plain lines: records past the cut are not in the input any more, nor is one whose
        # first line the cut left a fragment (its quote may close a cell above it); a gzip
        # stream or a Parquet file knows it was cut; an empty file is just empty.
        present = cut.count(b"\n")
        corpus.spans = {k: (a, b) for k, (a, b) in corpus.spans.items() if cut and a <= present}


def misencode(corpus: Corpus, rng: random.Random, count: int) -> None:
    """Put ``count`` bytes that are not UTF-8 (or a stray quote, or a NUL) into words of the
    records' text: never into an id, a marker, a line break or the CSV header, so each record
    stays findable (a damaged header is tested on its own)."""
    gz = corpus.path.name.endswith(".gz")
    raw = corpus.path.read_bytes()
    data = bytearray(gzip.decompress(raw) if gz else raw)
    body = data.index(b"\n") + 1 if corpus.path.name.startswith("in.csv") and b"\n" in data else 0  # not the header
    spots = [i for i, byte in enumerate(data) if byte in _LETTERS and i >= body]
    for at in sorted(rng.sample(spots, min(count, len(spots))), reverse=True):
        data[at:at + 1] = rng.choice([b"\xe9", b"\xc3", b"\x80", b"\xff\xfe", b'"', b"\x00"])
    corpus.path.write_bytes(gzip.compress(bytes(data), mtime=0) if gz else bytes(data))


_LETTERS = set(b"abcdefghijklmnopqstuvwxyz")  # no 'r': ids and markers are r0, <r1>, ...


def check(corpus: Corpus, folder: Path, out: str = "out.jsonl") -> tuple[int, int]:
    """Run the batch and assert every record is accounted for; return (written, failed)."""
    out_path, errors_path = folder / out, folder / "errors.jsonl"
    try:
        report = run(corpus.path, out_path, errors=errors_path)
    except UsageError as e:  # a file the run cannot start on (a Parquet file without its footer)
        assert corpus.path.suffix == ".parquet", e
        assert not out_path.exists() and not errors_path.exists()
        return 0, 0
    written = _read_output(out_path)
    errors = [json.loads(line) for line in errors_path.read_bytes().decode("utf-8").splitlines()]
    ids = [r.get("id") for r in written if r.get("id") in corpus.spans]
    assert len(ids) == len(set(ids)), "a record written twice"
    for r in written:  # strict JSON, valid text, no two records merged into one
        fields = json.dumps({k: v for k, v in r.items() if k != "clean_removed"}, ensure_ascii=False)
        markers = {ident for ident in corpus.spans if f"<{ident}>" in fields}
        assert len(markers) <= 1 and (r.get("id") not in corpus.spans or markers <= {r["id"]}), r
    lines = {e["line"] for e in errors}
    stream = [e["line"] for e in errors if e["reason"] in ("truncated_input", "corrupt_input")]
    assert len(stream) <= 1 and (not stream or errors[-1]["line"] == stream[0])
    for ident, (first, last) in corpus.spans.items():
        if ident in ids:
            continue
        reported = any(first <= n <= last for n in lines) or (stream and stream[0] <= last)
        assert reported, f"{ident} (lines {first}-{last}) neither written nor reported"
    assert report.written == len(written) and report.failed == len(errors)
    assert report.status == (1 if errors else 0)
    return report.written, report.failed


def _read_output(path: Path) -> list[dict]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return [json.loads(line.decode("utf-8"), parse_constant=_not_json) for line in data.splitlines()]


def _not_json(name: str) -> None:
    raise AssertionError(f"{name} in the output is not JSON")
