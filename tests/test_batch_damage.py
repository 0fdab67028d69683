"""`newsclean batch` on damaged corpora: every class of damage costs only the records it touches,
is reported instead of raised, and never hangs. Each class is checked over several variants."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import zlib
from pathlib import Path

import pytest

from newsclean.cli import main
from newsclean.corpus.batch import run

PAGE = "Aid Arrives in Efrin\nMarch 21, 2016\nTrucks came at dawn, {n} of them."


def read_jsonl(path: Path) -> list[dict]:
    """Strict JSON lines: valid UTF-8, no NaN or Infinity."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as f:
        return [json.loads(line.decode("utf-8"), parse_constant=_refuse) for line in f]


def _refuse(name: str) -> None:
    raise AssertionError(f"{name} is not JSON")


def good(n: int) -> str:
    return json.dumps({"id": f"r{n}", "text": PAGE.format(n=n)})


def batch(tmp_path: Path, src: Path, out: str = "out.jsonl", *more: str) -> tuple[int, list[dict], list[dict]]:
    out_path, errors = tmp_path / out, tmp_path / "errors.jsonl"
    status = main(["batch", str(src), "-o", str(out_path), "--errors", str(errors), *more])
    records = read_jsonl(out_path) if out.endswith((".jsonl", ".gz")) else []
    return status, records, read_jsonl(errors)


# -- lone surrogates -----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    rb'{"id": "\ud800", "text": "Trucks came."}',                  # in the id
    rb'{"id": "s", "text": "Trucks \udc00 came."}',                # in the text
    rb'{"id": "s", "text": "Trucks came.", "\ud83d": 1}',          # in a key
    rb'{"id": "s", "text": "Trucks came.", "a": [{"b": "\udfff"}]}',  # nested
    rb'{"id": "s", "html": "<p>Trucks \ud800 came.</p><p>More.</p>"}',  # in HTML
    rb'{"id": "s", "text": "Trucks \ude00\ud83d came."}',          # a pair in the wrong order
    b'{"id": "s", "text": "Trucks \xed\xa0\x80 came."}',           # spelt as raw UTF-8 bytes
])
def test_a_lone_surrogate_is_replaced_with_a_warning_and_the_record_written(tmp_path, line):
    src = tmp_path / "in.jsonl"
    src.write_bytes(good(1).encode() + b"\n" + line + b"\n" + good(2).encode() + b"\n")
    status, records, errors = batch(tmp_path, src)
    assert (status, errors) == (0, [])
    assert len(records) == 3
    mended = records[1]
    assert "\ufffd" in json.dumps(mended, ensure_ascii=False)
    assert any(w.startswith("surrogates:") for w in mended["clean_metadata"]["warnings"])
    assert "came" in mended["clean_text"]
    assert "warnings" not in records[0]["clean_metadata"]


def test_a_surrogate_in_the_id_of_a_failed_record_reaches_the_errors_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(rb'{"id": "\ud800", "text": 5}' + b"\n" + good(1).encode() + b"\n")
    status, records, errors = batch(tmp_path, src)
    assert status == 1 and len(records) == 1
    assert [(e["line"], e["id"], e["reason"]) for e in errors] == [(1, "\ufffd", "bad_field_type")]


# -- nesting -------------------------------------------------------------------------------

@pytest.mark.parametrize("deep", [
    "[" * 1000 + "]" * 1000,
    '{"a":' * 1000 + "1" + "}" * 1000,
    "[" * 100_000 + "]" * 100_000,
    '[{"a": ' * 600 + "0" + "}]" * 600,
])
def test_a_record_nested_too_deep_is_reported_and_the_others_written(tmp_path, deep):
    src = tmp_path / "in.jsonl"
    src.write_text(f'{good(1)}\n{{"id": "deep", "x": {deep}, "text": "T."}}\n{good(2)}\n', encoding="utf-8")
    status, records, errors = batch(tmp_path, src)
    assert status == 1 and [r["id"] for r in records] == ["r1", "r2"]
    assert [(e["line"], e["reason"]) for e in errors] == [(2, "too_deep")]


@pytest.mark.parametrize(("depth", "written"), [(31, True), (32, False), (300, False)])
def test_records_are_written_up_to_the_depth_bound_whatever_the_recursion_limit(tmp_path, monkeypatch, depth,
                                                                                 written):
    monkeypatch.setattr(sys, "getrecursionlimit", sys.getrecursionlimit)  # restored afterwards
    sys.setrecursionlimit(20_000)  # as some applications (and Hypothesis) do: json reads deeper
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"id": "d", "x": {"[" * depth + "]" * depth}, "text": "T."}}\n', encoding="utf-8")
    for out in ("out.jsonl", "out.parquet"):
        status, _, errors = batch(tmp_path, src, out)
        assert (status, [e["reason"] for e in errors]) == ((0, []) if written else (1, ["too_deep"]))


def test_a_parquet_record_nested_too_deep_is_reported(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    deep: object = 1
    for _ in range(40):
        deep = [deep]
    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": 1, "x": deep, "text": "A."}, {"id": 2, "x": None, "text": "B."}]), src)
    status, records, errors = batch(tmp_path, src)
    assert status == 1 and [r["id"] for r in records] == [2] and errors[0]["reason"] == "too_deep"


def test_nan_and_infinity_in_a_record_are_written_as_null(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "n", "score": NaN, "r": [Infinity, -Infinity], "text": "T."}\n', encoding="utf-8")
    status, records, _ = batch(tmp_path, src)
    assert status == 0 and (records[0]["score"], records[0]["r"]) == (None, [None, None])


# -- truncated .gz -------------------------------------------------------------------------

def _lines_readable(data: bytes) -> int:
    """How many whole lines a truncated gzip stream holds."""
    return zlib.decompressobj(wbits=31).decompress(data).count(b"\n")


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
@pytest.mark.parametrize("keep", [0.05, 0.5, 0.93, -1])
def test_a_truncated_gz_writes_every_record_it_could_read_and_reports_the_rest_once(tmp_path, kind, keep):
    if kind == "jsonl":
        text = "".join(good(n) + "\n" for n in range(1000))
    else:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "text"])
        w.writerows([f"r{n}", f"Trucks came at dawn, {n} of them."] for n in range(1000))
        text = buf.getvalue()
    data = gzip.compress(text.encode(), mtime=0)
    cut = data[:int(len(data) * keep)] if keep > 0 else data[:keep]
    src = tmp_path / f"in.{kind}.gz"
    src.write_bytes(cut)
    status, records, errors = batch(tmp_path, src)
    whole = _lines_readable(cut) - (kind == "csv")  # less the header
    assert status == 1
    assert [r["id"] for r in records] == [f"r{n}" for n in range(whole)]
    assert [e["reason"] for e in errors] == ["truncated_input"]
    assert errors[0]["line"] == whole + 1 + (kind == "csv")


def test_a_gz_that_is_not_gzip_is_reported_not_raised(tmp_path):
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(b"this was never compressed\n")
    status, records, errors = batch(tmp_path, src)
    assert (status, records, [e["reason"] for e in errors]) == (1, [], ["corrupt_input"])


# -- CSV: bytes that are not UTF-8, quotes that never close ----------------------------------

def _csv_bytes(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([["id", "text"], *rows])
    return buf.getvalue().encode()


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80", b"caf\xe9"])
@pytest.mark.parametrize("where", [1, 500, 1000])
def test_a_csv_row_that_is_not_utf8_is_reported_with_its_line_and_the_rest_read(tmp_path, bad, where):
    rows = [[f"r{n}", f"Trucks came, {n} of them."] for n in range(1, 1001)]
    data = _csv_bytes(rows).split(b"\n")
    data[where] = data[where].replace(b"Trucks", b"Tr" + bad + b"ucks")   # row `where` is on line where+1
    src = tmp_path / "in.csv"
    src.write_bytes(b"\n".join(data))
    status, records, errors = batch(tmp_path, src)
    assert status == 1
    assert [(e["line"], e["reason"]) for e in errors] == [(where + 1, "malformed_csv")]
    assert "not UTF-8" in errors[0]["detail"]
    assert [r["id"] for r in records] == [f"r{n}" for n in range(1, 1001) if n != where]


def test_a_bad_byte_inside_a_cell_of_several_lines_costs_only_that_row(tmp_path):
    data = _csv_bytes([["a", "One."], ["b", "Two\nlines\nhere."], ["c", "Three."]])
    src = tmp_path / "in.csv"
    src.write_bytes(data.replace(b"lines", b"li\xffnes"))
    status, records, errors = batch(tmp_path, src)
    assert status == 1 and [r["id"] for r in records] == ["a", "c"] and [e["line"] for e in errors] == [3]


@pytest.mark.parametrize("stray", [[3], [1], [10], [3, 6], [2, 4, 7], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]])
def test_a_quote_that_never_closes_is_reported_where_it_opens_and_no_rows_are_merged(tmp_path, stray):
    lines = ["id,text"] + [f"r{n},Trucks came at dawn {n}." for n in range(1, 11)]
    for n in stray:
        lines[n] = f'r{n},"Trucks came at dawn {n}.'    # the cell opens a quote it never closes
    src = tmp_path / "in.csv"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, records, errors = batch(tmp_path, src)
    assert status == 1
    assert [(e["line"], e["reason"]) for e in errors] == [(n + 1, "malformed_csv") for n in stray]
    assert [r["id"] for r in records] == [f"r{n}" for n in range(1, 11) if n not in stray]
    assert all("\n" not in r["text"] for r in records)


def test_a_quote_that_never_closes_costs_linear_work(tmp_path, monkeypatch):
    import newsclean.corpus.csvrows as csvrows

    read = []
    real = csvrows._Lines.__next__

    def counted(self):
        line = real(self)
        read.append(line)
        return line

    monkeypatch.setattr(csvrows._Lines, "__next__", counted)
    for n in (200, 1600):
        read.clear()
        data = "id,text\n" + "".join(f'r{i},"open {i}\n' if i % 3 else f'r{i},"open "{i}\n' for i in range(n))
        rows = list(csvrows.csv_rows(iter(data.encode().splitlines(keepends=True))))
        assert len(rows) == n + 1
        assert len(read) <= 3 * (n + 1)


def test_csv_cells_over_several_lines_still_read_as_one_cell(tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(_csv_bytes([["a", "One\nTwo"], ["b", 'He said "hi"\nthen left.']]).replace(b"\n", b"\r\n"))
    status, records, errors = batch(tmp_path, src)
    assert (status, errors) == (0, [])
    assert [r["text"] for r in records] == ["One\r\nTwo", 'He said "hi"\r\nthen left.']


# -- output paths ---------------------------------------------------------------------------

@pytest.mark.parametrize("names", [
    ("in.jsonl", "out.jsonl", "in.jsonl"),          # --errors is the input
    ("in.jsonl", "in.jsonl", "errors.jsonl"),       # -o is the input
    ("in.jsonl", "./sub/../in.jsonl", None),        # -o is the input, spelt another way
    ("in.jsonl", "out.jsonl", "out.jsonl"),         # --errors is the output
    ("in.jsonl", "out.jsonl", "link.jsonl"),        # --errors is a link to the input
    ("in.jsonl", "hard.jsonl", None),               # -o is a hard link to the input
    ("in.csv", "out.jsonl", "in.csv"),
    ("pages", "out.jsonl", "pages"),                # --errors is the input folder
])
def test_an_output_naming_the_input_or_the_other_output_is_a_usage_error_and_touches_nothing(
        tmp_path, capsys, names, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text("Page.")
    (tmp_path / "in.jsonl").write_text(good(1) + "\n")
    (tmp_path / "in.csv").write_text("id,text\na,Body.\n")
    (tmp_path / "out.jsonl").write_text("previous\n")
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "in.jsonl")
    os.link(tmp_path / "in.jsonl", tmp_path / "hard.jsonl")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    src, out, errors = names
    with pytest.raises(SystemExit) as exit_:
        main(["batch", src, "-o", out] + (["--errors", errors] if errors else []))
    assert exit_.value.code == 2 and "must not be" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


# -- JSONL to Parquet with mixed types --------------------------------------------------------

@pytest.mark.parametrize(("values", "fit"), [
    ([1, "a2", 3], [True, False, True]),
    (["a1", 2, "a3"], [True, False, True]),
    ([["x"], "y", ["z"]], [True, False, True]),
    (["y", ["x"], "z"], [True, False, True]),
    ([10**22, 2, 3], [False, True, True]),
    ([2, 10**22, 3], [True, False, True]),
    ([[1, "a"], [2], [3]], [False, True, True]),
    ([None, 1.5, "x"], [True, True, False]),
    ([{"k": ["x"]}, {"k": "xy"}, {"k": []}], [True, False, True]),
    ([True, 1, False], [True, False, True]),
])
def test_jsonl_to_parquet_with_mixed_types_in_the_first_chunk_reports_the_misfits(tmp_path, values, fit):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "v": v, "text": f"Body {i}."}) + "\n"
                           for i, v in enumerate(values)), encoding="utf-8")
    status, _, errors = batch(tmp_path, src, "out.parquet")
    table = pq.read_table(tmp_path / "out.parquet")
    kept = [i for i, ok in enumerate(fit) if ok]
    assert table.column("id").to_pylist() == [f"r{i}" for i in kept]
    assert table.column("v").to_pylist() == [values[i] for i in kept]
    assert [(e["line"], e["reason"]) for e in errors] == [(i + 1, "parquet_schema") for i, ok in enumerate(fit)
                                                           if not ok]
    assert status == (0 if all(fit) else 1)


@pytest.mark.parametrize("data", [b"", b"PAR1", b"not parquet at all", b"PAR1" + b"\0" * 100 + b"PAR1"])
def test_a_parquet_file_that_cannot_be_opened_is_a_usage_error(tmp_path, capsys, data):
    pytest.importorskip("pyarrow")
    src = tmp_path / "in.parquet"
    src.write_bytes(data)
    with pytest.raises(SystemExit) as exit_:
        main(["batch", str(src), "-o", str(tmp_path / "out.jsonl")])
    assert exit_.value.code == 2 and "not a readable Parquet file" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.parquet"]


# -- special files in a folder ---------------------------------------------------------------

def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()


def _link_to_fifo(path: Path) -> None:
    os.mkfifo(path.with_suffix(".fifo"))
    path.symlink_to(path.with_suffix(".fifo"))


def _link_to_device(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _broken_link(path: Path) -> None:
    path.symlink_to(path.with_name("nowhere"))


@pytest.mark.parametrize("make", [_fifo, _socket, _link_to_fifo, _link_to_device, _broken_link])
@pytest.mark.parametrize("name", ["x.txt", "x.html"])
def test_a_special_file_in_a_folder_is_reported_not_waited_on(tmp_path, make, name):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE.format(n=1))
    (pages / "z.txt").write_text(PAGE.format(n=2))
    make(pages / name)
    signal.alarm(20)  # a hang fails the test instead of the suite
    try:
        status, records, errors = batch(tmp_path, pages)
    finally:
        signal.alarm(0)
    assert status == 1 and [r["file"] for r in records] == ["a.txt", "z.txt"]
    assert [(e["id"], e["reason"]) for e in errors] == [(name, "unreadable")]


# -- every record failing --------------------------------------------------------------------

def test_a_batch_where_every_record_fails_exits_1_and_writes_an_empty_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1}\n[2]\n{"id": 3, "text": 3}\n', encoding="utf-8")
    status, records, errors = batch(tmp_path, src)
    assert (status, records, len(errors)) == (1, [], 3)
    assert (tmp_path / "out.jsonl").read_bytes() == b""


# -- stopping: signals, a killed parent, what it leaves behind ---------------------------------

SLOW_MAIN = textwrap.dedent("""
    import signal, sys, time
    import newsclean.corpus.batch

    # Ctrl-C as a terminal's job has it. A runner started in the background of a shell without job
    # control (`pytest &` in a script, some CI steps) ignores SIGINT, and an ignored signal stays
    # ignored through exec: the batch would rightly not stop, and the test would time out.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from newsclean.cli import main

    real = newsclean.corpus.batch.clean

    def slow(page, **kw):
        if "slow" in page:
            time.sleep(60)
        return real(page, **kw)

    newsclean.corpus.batch.clean = slow   # the workers import this module too (forkserver preload)
    if __name__ == "__main__":
        sys.exit(main(sys.argv[1:]))
""")


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _start_slow_batch(tmp_path: Path, workers: int) -> tuple[subprocess.Popen, set[int]]:
    script = tmp_path / "slowbatch.py"
    script.write_text(SLOW_MAIN)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": n, "text": "slow page" if n < 4 else PAGE.format(n=n)}) + "\n"
                           for n in range(40)))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1]), os.environ.get(
        "PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, str(script), "batch", str(src), "-o", str(tmp_path / "out.jsonl"),
                             "--errors", str(tmp_path / "errors.jsonl"), "--workers", str(workers)],
                            cwd=tmp_path, env=env, stderr=subprocess.PIPE,
                            start_new_session=True)  # its own process group, as a terminal gives a job
    want = workers + 2 if workers > 1 else 0  # forkserver, resource tracker, workers
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        kids = _descendants(proc.pid)
        if len(kids) >= want and any(p.name.endswith(".part") for p in tmp_path.iterdir()):
            time.sleep(1.0)  # let the workers take their slow chunks
            return proc, _descendants(proc.pid)
        time.sleep(0.1)
    proc.kill()
    pytest.fail("the batch did not start")


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_ctrl_c_stop_within_two_seconds_whatever_is_in_flight(tmp_path, sig, workers):
    proc, kids = _start_slow_batch(tmp_path, workers)
    began = time.monotonic()
    if sig == signal.SIGINT and workers > 1:
        # Ctrl-C reaches the whole process group at once. Signalling its members one by one
        # raced: the parent, signalled first, could reap a worker before the loop reached it
        # (ProcessLookupError).
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    assert proc.wait(timeout=30) == 130
    assert time.monotonic() - began < 2.5
    deadline = time.monotonic() + 3
    while _alive(kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(kids)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "slowbatch.py"]


def test_workers_die_with_a_parent_killed_outright_and_the_next_run_clears_its_file(tmp_path):
    proc, kids = _start_slow_batch(tmp_path, 2)
    assert len(kids) >= 4
    proc.kill()
    proc.wait(timeout=10)
    proc.stderr.close()
    deadline = time.monotonic() + 5
    while _alive(kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(kids), "workers or the forkserver outlived the batch"
    left = [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert len(left) == 2   # the killed run could not delete its files (output and errors) ...
    src = tmp_path / "again.jsonl"
    src.write_text(good(1) + "\n")
    assert run(src, tmp_path / "out.jsonl", errors=tmp_path / "errors.jsonl").status == 0
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # ... the next run did


@pytest.mark.parametrize(("header", "written", "reported"), [
    (b"id,text,ht\xffml", ["a", "b"], [1]),                 # a column's name costs U+FFFD, rows read
    (b"i\xe9d,text", ["a", "b"], [1]),                       # the id column renamed: rows still written
    (b'id,"text', [], [1, 2, 3]),                            # no names at all: every row reported
    (b'id,"te"xt', ["a", "b"], []),                          # a misplaced quote in one line: read leniently
])
def test_a_damaged_csv_header_costs_only_what_it_must(tmp_path, header, written, reported):
    src = tmp_path / "in.csv"
    src.write_bytes(header + b"\na,Body one.\nb,Body two.\n")
    status, records, errors = batch(tmp_path, src)
    assert [r.get("clean_text") and r[next(iter(r))] for r in records] == written
    assert [e["line"] for e in errors] == reported
    assert status == (1 if reported else 0)


def test_only_the_temporary_files_of_dead_runs_on_this_host_are_swept(tmp_path):
    from newsclean.corpus.atomic import _tag, sweep

    host = _tag().split("@", 1)[1]
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    names = {
        f".out.jsonl.{dead}@{host}.abc123.part": False,        # a killed run: swept
        f".out.jsonl.{os.getpid()}@{host}.abc123.part": True,  # a run still going: kept
        f".out.jsonl.{dead}@otherhost.abc123.part": True,      # another machine's run: kept
        f".other.jsonl.{dead}@{host}.abc123.part": True,       # another output's: kept
        "out.jsonl.part": True,
    }
    for name in names:
        (tmp_path / name).write_text("")
    assert sweep(tmp_path / "out.jsonl") == [n for n, kept in names.items() if not kept]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(n for n, kept in names.items() if kept)
