"""Issue 12, problem 5: in a batch, any one line can fail only itself; inline content has
the size cap; `path` reads only regular files, confined by `--base-dir`."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from click.testing import CliRunner

from pipeline.batch import BatchOptions, run_jsonl
from pipeline.cli import main
from pipeline.inputs import DEFAULT_MAX_BYTES
from pipeline.models import ExtractionResult

PARSE_ONLY = BatchOptions(extract=False, workers=1)
PAGE = "<html><head><title>Fine</title></head><body><article><p>" + "Fine text. " * 30
PAGE += "</p></article></body></html>"


def _run(lines: list[str], options: BatchOptions = PARSE_ONLY) -> list[ExtractionResult]:
    return list(run_jsonl(list(enumerate(lines, start=1)), options))


def _line(**record: str) -> str:
    return json.dumps(record)


def test_a_deeply_nested_line_fails_only_itself() -> None:
    deep = '{"id": "deep", "html": ' + "[" * 100_000 + "]" * 100_000 + "}"
    results = _run([_line(id="a", html=PAGE), deep, "[" * 200_000, _line(id="b", html=PAGE)])
    assert [r.id for r in results] == ["a", "deep", "3", "b"]
    assert [r.error is None for r in results] == [True, False, False, True]
    assert results[1].error is not None and "nested too deeply" in results[1].error


def test_inline_content_has_the_size_cap() -> None:
    huge = PAGE + "x" * DEFAULT_MAX_BYTES
    results = _run([_line(id="big", html=huge), _line(id="txt", text=huge), _line(html=PAGE)])
    assert [r.error is None for r in results] == [False, False, True]
    assert all("limit" in (r.error or "") for r in results[:2])


def test_a_fifo_or_a_device_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    results: list[ExtractionResult] = []
    lines = [_line(id="fifo", path=str(fifo)), _line(id="dev", path="/dev/zero")]
    worker = threading.Thread(target=lambda: results.extend(_run(lines)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # unblock the reader so the test run can end
        with open(fifo, "wb"):
            pass
        worker.join(timeout=5)
        raise AssertionError("reading a FIFO path hung the batch")
    assert [r.error for r in results] == [
        f"{fifo} is not a regular file (a FIFO, device or socket)",
        "/dev/zero is not a regular file (a FIFO, device or socket)",
    ]


def test_base_dir_confines_path_entries(tmp_path: Path) -> None:
    base = tmp_path / "batch"
    base.mkdir()
    (base / "inside.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "secret.html").write_text(PAGE, encoding="utf-8")
    (base / "link.html").symlink_to(tmp_path / "secret.html")
    batch = tmp_path / "batch.jsonl"
    records = ["inside.html", "../secret.html", str(tmp_path / "secret.html"), "link.html"]
    batch.write_text("".join(_line(id=str(i), path=p) + "\n" for i, p in enumerate(records)))
    out = tmp_path / "out.jsonl"
    args = ["parse", "--jsonl", str(batch), "--base-dir", str(base), "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    errors = [json.loads(line)["error"] for line in out.read_text().splitlines()]
    assert errors[0] is None
    assert all("outside the base directory" in (e or "") for e in errors[1:]), errors
