"""The ``newsclean`` command: clean pages one by one, or a whole corpus with ``newsclean batch``.

    newsclean page.txt                 # the clean body
    newsclean --json a.html b.txt      # one JSON result a line
    newsclean --explain page.html      # the input, removed spans marked with their reasons
    newsclean batch in.jsonl.gz -o out.parquet --errors errors.jsonl --workers 4

Exit status: 0 all fine; 1 some page or record failed (``batch``: some or all records, each
reported, all others written); 2 a usage error or a run that could not be made (bad options,
an input that cannot be read, an output that cannot be written; ``batch``: nothing written);
130 interrupted by Ctrl-C or SIGTERM (``batch``: nothing written).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from . import __version__
from .api import clean
from .batch import Job, run
from .fields import DEFAULT_PREFIX
from .records import UsageError
from .strict import replace_surrogates

__all__ = ["main"]

_FORMATS = ("auto", "text", "html")


def _positive(value: str) -> int:
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _page_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean", description="Turn scraped news pages (text or HTML) into clean article text.",
        epilog="For a whole corpus (JSONL, CSV, Parquet, a folder): newsclean batch --help")
    p.add_argument("files", nargs="+", metavar="FILE", help="pages to clean; - reads standard input")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print the full result, one JSON object a line")
    shown.add_argument("--explain", action="store_true", help="print the input with removed spans and reasons "
                       "(HTML: menus, footers and the like too)")
    p.add_argument("--format", choices=_FORMATS, default="auto", help="the input's format (default: auto)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour --explain output (default: auto, when printing to a terminal)")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def _batch_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean batch", description="Clean every record of a corpus; each output record keeps its "
        "input fields and gains clean_text, clean_title, clean_published, ...; failures go to the errors file.",
        epilog="Exit status: 0 all records written; 1 some or all records failed (each in ERRFILE), all "
        "others written; 2 usage error or the run could not be made, nothing written; 130 interrupted, "
        "nothing written.")
    p.add_argument("input", metavar="IN", help="a .jsonl, .jsonl.gz, .csv or .parquet file, or a folder of "
                   ".txt/.html pages")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="a .jsonl, .jsonl.gz or .parquet file")
    p.add_argument("--errors", metavar="ERRFILE", help="JSONL file for failed records (default: stderr)")
    p.add_argument("--text-field", default="text", metavar="FIELD", help="field holding the page text (default: text)")
    p.add_argument("--html-field", default="html", metavar="FIELD", help="field holding the page HTML, used first when "
                   "present (default: html)")
    p.add_argument("--id-field", default="id", metavar="FIELD", help="field named in the errors file (default: id)")
    p.add_argument("--format", choices=_FORMATS, default="auto", help="format of the text field (default: auto)")
    p.add_argument("--prefix", default=DEFAULT_PREFIX, help=f"prefix of the added fields (default: {DEFAULT_PREFIX})")
    p.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes (default: 1)")
    return p


def _read(name: str) -> bytes:
    return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()


def _show(name: str, result: Any, args: argparse.Namespace, color: bool) -> str:
    if args.json:  # a file name the OS gave as undecodable bytes holds surrogates: U+FFFD for them
        shown = replace_surrogates(name)[0]
        return json.dumps({"file": shown, **result.to_dict()}, ensure_ascii=False, allow_nan=False)
    return result.explain(color=color) if args.explain else result.text


def _pages(argv: Sequence[str]) -> int:
    parser = _page_parser()
    args = parser.parse_args(argv)
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    status, headers = 0, len(args.files) > 1 and not args.json
    for i, name in enumerate(args.files):
        try:
            data = _read(name)
        except OSError as e:
            print(f"newsclean: {name}: {e.strerror or e}", file=sys.stderr)
            status = 2
            continue
        try:
            result = clean(data, format=args.format, whole_page=args.explain)  # HTML chrome shown, with reasons
        except (ValueError, TypeError) as e:
            print(f"newsclean: {name}: {e}", file=sys.stderr)
            status = max(status, 1)
            continue
        if headers:
            print(f"{chr(10) if i else ''}==> {name} <==")
        print(_show(name, result, args, color))
    return status


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _batch(argv: Sequence[str]) -> int:
    parser = _batch_parser()
    args = parser.parse_args(argv)
    job = Job(text_field=args.text_field, html_field=args.html_field, id_field=args.id_field,
              format=args.format, prefix=args.prefix)
    previous = signal.signal(signal.SIGTERM, _interrupt)  # `kill` cleans up like Ctrl-C
    try:
        report = run(args.input, args.output, errors=args.errors, job=job, workers=args.workers,
                     progress=sys.stderr.isatty())
    except UsageError as e:
        parser.error(str(e))
    except KeyboardInterrupt:
        print(f"newsclean batch: interrupted; {args.output} was not written", file=sys.stderr)
        return 130
    except (OSError, BrokenProcessPool) as e:  # disk full, a worker killed (out of memory?), ...
        print(f"newsclean batch: {type(e).__name__}: {e}; {args.output} was not written", file=sys.stderr)
        return 2
    finally:
        signal.signal(signal.SIGTERM, previous)
    if report.failed:
        where = args.errors or "stderr"
        print(f"newsclean batch: {report.written} written, {report.failed} failed (see {where})",
              file=sys.stderr)
    return report.status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _batch(argv[1:]) if argv[:1] == ["batch"] else _pages(argv)
    except BrokenPipeError:  # e.g. `newsclean big.txt | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
