"""`newsclean batch`: every record comes out or is reported, in order, written atomically."""

from __future__ import annotations

import csv
import gzip
import json
import os
import signal
from pathlib import Path

import pytest

import newsclean.corpus.batch
import newsclean.corpus.writers
from newsclean.cli import main
from newsclean.corpus.batch import Job, run

PAGE = "Aid Arrives in Efrin\nAid Arrives in Efrin\nMarch 21, 2016\nTrucks came at dawn, {n} of them."


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def good(n: int) -> str:
    return json.dumps({"id": f"r{n}", "title": "kept as given", "text": PAGE.format(n=n)})


@pytest.mark.parametrize("workers", [1, 2])
def test_201_good_one_malformed_one_without_text(tmp_path, workers):
    lines = [good(n) for n in range(201)]
    lines.insert(50, '{"id": "broken", "text": ')            # line 51
    lines.insert(120, json.dumps({"id": "no-text", "body": "x"}))  # line 121
    src = jsonl(tmp_path / "in.jsonl", lines)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    status = main(["batch", str(src), "-o", str(out), "--errors", str(errors), "--workers", str(workers)])

    records, failures = read_jsonl(out), read_jsonl(errors)
    assert status == 1
    assert len(records) == 201 and len(failures) == 2
    assert [r["id"] for r in records] == [f"r{n}" for n in range(201)]
    assert [(f["line"], f["id"], f["reason"]) for f in failures] == [
        (51, None, "malformed_json"), (121, "no-text", "missing_field")]
    first = records[0]
    assert first["title"] == "kept as given" and first["clean_title"] == "Aid Arrives in Efrin"
    assert first["clean_text"] == "Trucks came at dawn, 0 of them."
    assert first["clean_published"] == "2016-03-21T00:00:00"
    assert {r["reason"] for r in first["clean_removed"]} == {"title", "dateline"}


def test_all_good_exits_0_and_errors_file_is_empty(tmp_path):
    src = jsonl(tmp_path / "in.jsonl", [good(1), "", good(2)])
    errors = tmp_path / "errors.jsonl"
    assert main(["batch", str(src), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors)]) == 0
    assert errors.read_text() == ""


@pytest.mark.parametrize(("line", "reason"), [
    ('{"id": 1, "text": "Body."', "malformed_json"),
    ('[1, 2]', "not_an_object"),
    ('{"id": 1, "body": "Body."}', "missing_field"),
    ('{"id": 1, "text": null, "html": null}', "missing_field"),
    ('{"id": 1, "text": 42}', "bad_field_type"),
    ('{"id": 1, "text": ["a"]}', "bad_field_type"),
    ('{"id": 1, "text": "Body."}', None),
    ('{"id": 1, "text": ""}', None),
    ('{"id": 1, "html": "<p>Body.</p>"}', None),
    ('{"id": 1, "html": "", "text": "Body."}', None),
    ('{"id": 1, "html": null, "text": "Body."}', None),
])
def test_each_bad_record_is_reported_with_its_reason(tmp_path, line, reason):
    errors = tmp_path / "errors.jsonl"
    report = run(jsonl(tmp_path / "in.jsonl", [line]), tmp_path / "out.jsonl", errors=errors)
    assert [f["reason"] for f in read_jsonl(errors)] == ([reason] if reason else [])
    assert report.written == (0 if reason else 1)


def test_a_failure_inside_clean_is_reported_and_the_rest_still_come_out(tmp_path, monkeypatch):
    real = newsclean.corpus.batch.clean

    def flaky(page, **kw):
        if "boom" in page:
            raise RecursionError("too deep")
        return real(page, **kw)

    monkeypatch.setattr(newsclean.corpus.batch, "clean", flaky)
    src = jsonl(tmp_path / "in.jsonl", [good(1), json.dumps({"id": "x", "text": "boom"}), good(2)])
    errors = tmp_path / "errors.jsonl"
    report = run(src, tmp_path / "out.jsonl", errors=errors)
    assert (report.written, report.failed) == (2, 1)
    assert read_jsonl(errors) == [{"line": 2, "id": "x", "reason": "clean_failed",
                                   "detail": "RecursionError: too deep"}]


def _ctrl_c() -> None:
    raise KeyboardInterrupt


def _sigterm() -> None:
    os.kill(os.getpid(), signal.SIGTERM)


@pytest.mark.parametrize("stop", [_ctrl_c, _sigterm])
def test_output_is_never_half_written(tmp_path, monkeypatch, stop):
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    calls = []

    def interrupted(page, **kw):
        calls.append(page)
        if len(calls) == 3:
            stop()
        return newsclean.api.clean(page, **kw)

    monkeypatch.setattr(newsclean.corpus.batch, "clean", interrupted)
    src = jsonl(tmp_path / "in.jsonl", [good(n) for n in range(5)])
    assert main(["batch", str(src), "-o", str(out), "--errors", str(tmp_path / "e.jsonl")]) == 130
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_gzip_in_and_out_and_a_prefix(tmp_path):
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        f.write(good(7) + "\n")
    out = tmp_path / "out.jsonl.gz"
    assert main(["batch", str(src), "-o", str(out), "--prefix", "nc_"]) == 0
    (record,) = read_jsonl(out)
    assert record["nc_text"] == "Trucks came at dawn, 7 of them." and "clean_text" not in record


def test_csv_rows_keep_their_line_numbers(tmp_path):
    src = tmp_path / "in.csv"
    with open(src, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        w.writerow(["a", PAGE.format(n=1)])   # lines 2-5: a cell spanning four lines
        w.writerow(["b", "Body.", "extra"])   # line 6: more fields than the header
        w.writerow(["c", "Body again."])      # line 7
    errors = tmp_path / "errors.jsonl"
    report = run(src, tmp_path / "out.jsonl", errors=errors)
    records = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in records] == ["a", "c"] and report.failed == 1
    assert [(f["line"], f["reason"]) for f in read_jsonl(errors)] == [(6, "malformed_csv")]


def test_folder_of_pages(tmp_path):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "b.txt").write_text(PAGE.format(n=2), encoding="utf-8")
    (pages / "sub" / "a.html").write_text("<html><body><p>Body in HTML.</p></body></html>", encoding="utf-8")
    (pages / "notes.md").write_text("not a page")
    out = tmp_path / "out.jsonl"
    assert run(pages, out).status == 0
    records = read_jsonl(out)
    assert [r["file"] for r in records] == ["b.txt", "sub/a.html"]
    assert records[0]["clean_text"] == "Trucks came at dawn, 2 of them."


def test_parquet_in_and_out_keeps_columns_and_types(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": [PAGE.format(n=1), None, "Body."]}), src)
    out, errors = tmp_path / "out.parquet", tmp_path / "errors.jsonl"
    assert main(["batch", str(src), "-o", str(out), "--errors", str(errors)]) == 1
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [1, 3]
    assert table.schema.field("id").type == pa.int64()
    assert table.column("clean_authors").type == pa.list_(pa.string())
    assert json.loads(table.column("clean_metadata")[0].as_py())["title"] == "Aid Arrives in Efrin"
    assert [(f["line"], f["id"], f["reason"]) for f in read_jsonl(errors)] == [(2, 2, "missing_field")]


def test_jsonl_to_parquet_reports_records_that_do_not_fit_the_columns(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    lines = [json.dumps({"id": 1, "n": 5, "text": "One."}), json.dumps({"id": 2, "n": "five", "text": "Two."}),
             json.dumps({"id": 3, "text": "Three."})]
    errors = tmp_path / "errors.jsonl"
    report = run(jsonl(tmp_path / "in.jsonl", lines), tmp_path / "out.parquet", errors=errors, chunk=1)
    assert pq.read_table(tmp_path / "out.parquet").column("id").to_pylist() == [1, 3]
    assert [(f["id"], f["reason"]) for f in read_jsonl(errors)] == [(2, "parquet_schema")]
    assert report.status == 1


def test_empty_input_gives_an_empty_parquet_with_the_result_columns(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    assert run(jsonl(tmp_path / "in.jsonl", []), tmp_path / "out.parquet").status == 0
    assert "clean_text" in pq.read_table(tmp_path / "out.parquet").column_names


@pytest.mark.parametrize(("args", "message"), [
    (["batch", "{tmp}/in.docx", "-o", "{tmp}/out.jsonl"], "unknown input type"),
    (["batch", "{tmp}/in.json", "-o", "{tmp}/out.jsonl"], "unknown input type"),
    (["batch", "{tmp}/missing.jsonl", "-o", "{tmp}/out.jsonl"], "no such file"),
    (["batch", "{tmp}/in.jsonl", "-o", "{tmp}/out.csv"], "unknown output type"),
    (["batch", "{tmp}/in.jsonl", "-o", "{tmp}/nowhere/out.jsonl"], "does not exist"),
    (["batch", "{tmp}/in.jsonl", "-o", "{tmp}/out.jsonl", "--errors", "{tmp}/out.jsonl"], "must not be"),
    (["batch", "{tmp}/in.jsonl", "-o", "{tmp}/out.jsonl", "--workers", "0"], "at least 1"),
    (["batch", "{tmp}/in.jsonl"], "required: -o"),
])
def test_usage_errors_exit_2_with_a_message(tmp_path, capsys, args, message):
    jsonl(tmp_path / "in.jsonl", [good(1)])
    (tmp_path / "in.docx").write_text("x")
    (tmp_path / "in.json").write_text("[]")
    with pytest.raises(SystemExit) as exit_:
        main([a.format(tmp=tmp_path) for a in args])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_errors_go_to_stderr_without_an_errors_file(tmp_path, capsys):
    src = jsonl(tmp_path / "in.jsonl", [good(1), '{"id": "z"}'])
    assert run(src, tmp_path / "out.jsonl", job=Job(id_field="id")).failed == 1
    assert "line 2 (id z): missing_field" in capsys.readouterr().err


def test_a_byte_order_mark_does_not_cost_the_first_record(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + good(1).encode() + b"\r\n" + good(2).encode() + b"\r\n")
    assert run(src, tmp_path / "out.jsonl").written == 2


def test_an_output_that_cannot_be_written_exits_2_and_leaves_nothing(tmp_path, capsys):
    src = jsonl(tmp_path / "in.jsonl", [good(1)])
    (tmp_path / "out.jsonl").mkdir()
    assert main(["batch", str(src), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert "was not written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


@pytest.mark.parametrize(("progress", "shown"), [(True, True), (False, False)])
def test_progress_bar_only_when_asked(tmp_path, capsys, progress, shown):
    run(jsonl(tmp_path / "in.jsonl", [good(1), good(2)]), tmp_path / "out.jsonl", progress=progress)
    assert ("2 records" in capsys.readouterr().err) is shown


def test_an_unknown_format_is_a_usage_error_before_anything_is_written(tmp_path):
    from newsclean.corpus.records import UsageError

    with pytest.raises(UsageError, match="format must be"):
        run(jsonl(tmp_path / "in.jsonl", [good(1)]), tmp_path / "out.jsonl", job=Job(format="pdf"))
    assert not (tmp_path / "out.jsonl").exists()


def test_workers_give_the_same_bytes_as_one_process(tmp_path):
    src = jsonl(tmp_path / "in.jsonl", [good(n) if n % 7 else '{"id": ' for n in range(60)])
    outputs = []
    for workers in (1, 2):
        out, errors = tmp_path / f"out{workers}.jsonl", tmp_path / f"errors{workers}.jsonl"
        run(src, out, errors=errors, workers=workers, chunk=3)
        outputs.append((out.read_bytes(), errors.read_bytes()))
    assert outputs[0] == outputs[1]
    assert outputs[0][1].count(b"\n") == 9


@pytest.mark.parametrize(("group_rows", "groups"), [(8192, [40]), (10, [12, 12, 12, 4])])
def test_parquet_row_groups_gather_chunks(tmp_path, monkeypatch, group_rows, groups):
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(newsclean.corpus.writers, "ROW_GROUP_ROWS", group_rows)
    src = jsonl(tmp_path / "in.jsonl", [good(n) for n in range(40)])
    assert run(src, tmp_path / "out.parquet", chunk=4).written == 40
    meta = pq.ParquetFile(tmp_path / "out.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == groups
