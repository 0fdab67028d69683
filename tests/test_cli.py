"""`newsclean FILE...`: the body, the JSON result, or the explained input; clear errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from newsclean.cli import main

PAGE = "Aid Arrives in Efrin\nAid Arrives in Efrin\nMarch 21, 2016\nTrucks came at dawn."


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("cp1252"))
    return str(path)


@pytest.mark.parametrize(("args", "status", "out_has", "out_lacks"), [
    ([], 0, "Trucks came at dawn.", "Aid Arrives"),
    (["--json"], 0, '"title": "Aid Arrives in Efrin"', "\x1b["),
    (["--explain"], 0, "- March 21, 2016    [dateline: dateline]", "\x1b["),
    (["--explain", "--color", "always"], 0, "\x1b[31m- March 21, 2016", "\x1b[31m  Trucks"),
    (["--format", "text"], 0, "Trucks came at dawn.", "==>"),
])
def test_one_page(capsys, page, args, status, out_has, out_lacks):
    assert main([*args, page]) == status
    out = capsys.readouterr().out
    assert out_has in out and out_lacks not in out


def test_json_is_the_full_result_one_line_per_file(capsys, page):
    assert main(["--json", page, page]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    result = json.loads(lines[0])
    assert result["file"] == page and result["published"] == "2016-03-21T00:00:00"
    assert [r["reason"] for r in result["removed"]] == ["title", "title", "dateline"]


def test_json_has_the_record_layout_of_batch(capsys, tmp_path):
    from newsclean.fields import FIELDS

    path = tmp_path / "wire.txt"
    path.write_text("Troops Advance\nBy Jane Roe\nMon Mar 21, 2016 16:25:32\nThe army said so.\n219-11")
    assert main(["--json", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result) == ["file", *FIELDS]
    assert result["agency_code"] == "219-11" and result["authors"] == result["metadata"]["authors"] == ["Jane Roe"]


def test_explain_shows_what_was_removed_from_an_html_page(capsys):
    from .conftest import SAMPLES

    pages = sorted(str(p) for p in SAMPLES.glob("*.html"))
    assert pages and main(["--explain", *pages]) == 0
    out = capsys.readouterr().out
    for reason in ("navigation", "dialog", "share"):
        assert f"[{reason}: html]" in out
    assert "- Skip to content    [navigation: html]" in out


def test_several_files_get_headers(capsys, page):
    assert main([page, page]) == 0
    assert capsys.readouterr().out.count(f"==> {page} <==") == 2


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    assert main(["-"]) == 0
    assert capsys.readouterr().out == "Trucks came at dawn.\n"


def test_a_missing_file_is_a_message_and_the_others_still_print(capsys, page, tmp_path):
    assert main([str(tmp_path / "gone.txt"), page]) == 2
    captured = capsys.readouterr()
    assert "gone.txt: No such file or directory" in captured.err and "Traceback" not in captured.err
    assert "Trucks came at dawn." in captured.out


@pytest.mark.parametrize(("args", "message"), [
    ([], "required: FILE"),
    (["--json", "--explain", "x"], "not allowed with"),
    (["--format", "pdf", "x"], "invalid choice"),
])
def test_usage_errors_exit_2(capsys, args, message):
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2 and message in capsys.readouterr().err


def test_the_installed_command_runs(page):
    version = subprocess.run([sys.executable, "-m", "newsclean.cli", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("newsclean ")
    piped = subprocess.run([sys.executable, "-m", "newsclean.cli", "--explain", page], capture_output=True, text=True)
    assert piped.returncode == 0 and "\x1b[" not in piped.stdout and "[title: title]" in piped.stdout
