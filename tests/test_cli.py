"""The `dealpipe` command line, run as a real subprocess (`python -m pipeline`)."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from pipeline.cli import main
from tests.conftest import REPO, LocalServer, stream_of

SEED = REPO / "fixtures" / "seed"
PAGE = (
    "<!doctype html><html><head><title>Vantage leases campus</title></head><body>"
    "<article><h1>Vantage leases campus</h1><p>{body}</p></article></body></html>"
)
BODY = (
    "Vantage Data Centers signed a 15-year lease with Oracle for a 200 MW campus in "
    "Abilene, Texas, worth about $3 billion, the companies said on Tuesday."
)


def dealpipe(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m pipeline ARGS` from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=REPO,
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], pattern: str) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("dealpipe: error: ")
    assert pattern in lines[0], lines[0]
    assert proc.stdout == ""


def test_unresolvable_url() -> None:
    proc = dealpipe("extract", "https://news.no-such-site.invalid/deal")
    assert_one_line_error(proc, "cannot resolve host news.no-such-site.invalid")


def test_404(http_server: LocalServer) -> None:
    url = http_server.url("/missing")
    assert_one_line_error(dealpipe("extract", url), f"HTTP 404 Not Found for {url}")


def test_pdf_by_content_type(http_server: LocalServer) -> None:
    url = http_server.route("/r.pdf", body=b"%PDF-1.7\n", content_type="application/pdf")
    assert_one_line_error(dealpipe("extract", url), "is application/pdf, not an HTML page")


def test_pdf_served_as_html(http_server: LocalServer) -> None:
    url = http_server.route("/report", body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert_one_line_error(dealpipe("extract", url), "is a PDF document, not an HTML page")


@pytest.mark.parametrize(
    ("body", "message"),
    [(b"", "is empty"), (b"<html><head></head><body></body></html>", "no article")],
)
def test_empty_page(http_server: LocalServer, body: bytes, message: str) -> None:
    url = http_server.route("/empty", body=body)
    assert_one_line_error(dealpipe("extract", url), message)


def test_fifty_megabyte_page(http_server: LocalServer) -> None:
    url = http_server.route("/huge", body=stream_of(50 * 1024 * 1024), content_length=False)
    assert_one_line_error(dealpipe("extract", url), "larger than the 10 MB limit")
    assert http_server.routes["/huge"].done.wait(10)
    assert http_server.routes["/huge"].sent < 25 * 1024 * 1024


def test_wrong_declared_charset_page(http_server: LocalServer) -> None:
    body = BODY.replace("Oracle", "Société Générale") + " Coût : 3 milliards d’€."
    url = http_server.route(
        "/latin1",
        body=PAGE.format(body=body).encode("cp1252"),
        content_type="text/html; charset=utf-8",
    )
    proc = dealpipe("extract", url)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    article = json.loads(proc.stdout)["article"]
    assert "Société Générale" in article["text"]
    assert "d’€" in article["text"]
    assert "\ufffd" not in article["text"]


def test_missing_file_and_bad_option() -> None:
    assert_one_line_error(
        dealpipe("extract", "no/such/page.html"), "no such file: no/such/page.html"
    )
    both = dealpipe("extract", "a.html", "b.html", "--url", "https://e.com/")
    assert both.returncode == 2
    assert "--url applies to a single INPUT" in both.stderr


@pytest.mark.parametrize("args", [("--debug", "extract"), ("extract", "--debug")])
def test_debug_shows_the_traceback(args: tuple[str, ...]) -> None:
    proc = dealpipe(*args, "no/such/page.html")
    assert proc.returncode == 1
    assert "Traceback" in proc.stderr
    assert "InputError: no such file: no/such/page.html" in proc.stderr


def test_parse_file_gzip_stdin_and_output(tmp_path: Path) -> None:
    page = PAGE.format(body=BODY).encode()
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(page))
    out = tmp_path / "nested" / "article.json"
    proc = dealpipe(
        "parse",
        str(tmp_path / "page.html.gz"),
        "--url",
        "https://news.example.com/vantage",
        "--published",
        "2026-03-03",
        "--pretty",
        "-o",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith('{\n  "id": ')
    result = json.loads(text)
    assert set(result) == {"id", "error", "article", "warnings"}
    assert result["article"]["url"] == "https://news.example.com/vantage"
    assert result["article"]["published"] == "2026-03-03"
    assert "Abilene, Texas" in result["article"]["text"]
    from_stdin = dealpipe("parse", "-", "--format", "html", stdin=page)
    assert json.loads(from_stdin.stdout)["article"]["text"] == result["article"]["text"]


def test_several_inputs_give_json_lines(http_server: LocalServer, tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE.format(body=BODY), encoding="utf-8")
    missing = http_server.url("/gone")
    proc = dealpipe("parse", str(tmp_path / "a.html"), missing)
    assert proc.returncode == 1
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["id"] for line in lines] == [str(tmp_path / "a.html"), missing]
    assert lines[0]["error"] is None
    assert lines[1]["error"] == f"HTTP 404 Not Found for {missing}"
    assert lines[1]["article"] is None
    assert "Traceback" not in proc.stderr


def batch_lines(server: LocalServer, tmp_path: Path) -> list[str]:
    """A batch with every kind of record and every kind of bad line."""
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(PAGE.format(body=BODY).encode()))
    fetched = server.route("/deal", body=PAGE.format(body=BODY).encode())
    return [
        json.dumps({"id": "html", "html": PAGE.format(body=BODY), "url": "https://e.com/h"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "text", "text": BODY, "title": "Vantage leases campus"}),
        "",
        json.dumps({"id": "path", "path": str(tmp_path / "p.html.gz")}),
        json.dumps({"id": "nothing"}),
        json.dumps({"id": "fetched", "url": fetched, "published": "2026-03-03"}),
        json.dumps({"id": "404", "url": server.url("/missing")}),
        json.dumps({"id": "unreadable", "path": str(tmp_path / "missing.html")}),
        json.dumps({"text": f"Vantage leases campus\n\n{BODY}"}),
    ]


def test_parse_batch_keeps_order_ids_and_errors(http_server: LocalServer, tmp_path: Path) -> None:
    source = tmp_path / "batch.jsonl"
    source.write_text("\n".join(batch_lines(http_server, tmp_path)) + "\n", encoding="utf-8")
    proc = dealpipe("parse", "--jsonl", str(source))
    assert proc.returncode == 0, proc.stderr
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    ids = ["html", "broken", "text", "path", "nothing", "fetched", "404", "unreadable", "10"]
    assert [result["id"] for result in results] == ids
    failed = {result["id"]: result["error"] for result in results if result["error"]}
    assert set(failed) == {"broken", "nothing", "404", "unreadable"}
    assert failed["broken"].startswith("line 2: invalid JSON")
    assert failed["nothing"] == "line 6: no content (give url, html, text or path)"
    assert failed["404"].startswith("HTTP 404 Not Found")
    assert failed["unreadable"].startswith("no such file")
    ok = {result["id"]: result["article"] for result in results if not result["error"]}
    assert all("Abilene, Texas" in article["text"] for article in ok.values())
    assert ok["html"]["url"] == "https://e.com/h"
    assert ok["text"]["title"] == "Vantage leases campus"
    assert ok["fetched"]["url"] == http_server.url("/deal")
    assert ok["fetched"]["published"] == "2026-03-03"
    assert "Traceback" not in proc.stderr
    assert (
        proc.stderr.strip()
        .splitlines()[-1]
        .startswith("dealpipe: 9 inputs, 5 ok, 4 failed, 5 articles in ")
    )


def test_batch_fetches_concurrently_in_order(http_server: LocalServer) -> None:
    together = threading.Barrier(3, timeout=10)
    urls = [
        http_server.route(f"/c{n}", body=PAGE.format(body=BODY).encode(), barrier=together)
        for n in range(3)
    ]
    lines = "\n".join(json.dumps({"id": f"c{n}", "url": url}) for n, url in enumerate(urls))
    proc = dealpipe("parse", "--jsonl", "-", "--workers", "3", stdin=lines.encode())
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["id"], r["error"]) for r in results] == [("c0", None), ("c1", None), ("c2", None)]


def test_extract_batch_from_stdin(http_server: LocalServer, tmp_path: Path) -> None:
    lines = batch_lines(http_server, tmp_path)
    report = tmp_path / "evidence.html"
    proc = dealpipe(
        "extract", "--jsonl", "-", "--html", str(report), stdin="\n".join(lines).encode()
    )
    assert proc.returncode == 0, proc.stderr
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(results) == 9
    failed = [result["id"] for result in results if result["error"]]
    assert failed == ["broken", "nothing", "404", "unreadable"]
    for result in results:
        assert set(result) == {"id", "error", "article", "deals", "warnings"}
        if result["error"]:
            assert (result["article"], result["deals"]) == (None, [])
        else:
            assert any(p["name"] == "Oracle" for d in result["deals"] for p in d["parties"])
    assert "Vantage leases campus" in report.read_text(encoding="utf-8")


def test_unreadable_batch_file_is_an_error(tmp_path: Path) -> None:
    proc = dealpipe("extract", "--jsonl", str(tmp_path / "none.jsonl"))
    assert_one_line_error(proc, "no such file")


def test_schema_is_json_schema_of_the_contract() -> None:
    proc = dealpipe("schema", "--pretty")
    assert proc.returncode == 0, proc.stderr
    schema = json.loads(proc.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"
    assert set(schema["properties"]) == {"id", "error", "article", "deals", "warnings"}
    definitions = schema["$defs"]
    assert set(definitions["Article"]["properties"]) >= {
        "url", "canonical_url", "title", "alt_titles", "authors", "published", "language",
        "site_name", "text",
    }  # fmt: skip
    assert set(definitions["Deal"]["properties"]) >= {
        "id", "deal_type", "status", "summary", "parties", "amounts", "quantities", "term",
        "sites", "evidence",
    }  # fmt: skip
    assert set(definitions["Party"]["properties"]["role"]["enum"]) >= {"customer", "provider"}
    for ref in _refs(schema):
        assert ref.startswith("#/$defs/") and ref.removeprefix("#/$defs/") in definitions
    for kind in _types(schema):
        assert kind in {"object", "array", "string", "number", "integer", "boolean", "null"}


def test_schema_is_valid_2020_12_and_describes_real_output() -> None:
    schema = json.loads(dealpipe("schema").stdout)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    proc = dealpipe("extract", "fixtures/seed/article.txt")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["deals"], "the seed article has a deal to validate"
    assert list(validator.iter_errors(result)) == []
    wrong = {**result, "deals": [{**result["deals"][0], "parties": [{"role": "landlord"}]}]}
    assert not validator.is_valid(wrong)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _types(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("type"), str) and not isinstance(node.get("properties"), str):
            yield node["type"]
        for key, value in node.items():
            if key != "properties":
                yield from _types(value)
            else:
                for child in value.values():
                    yield from _types(child)
    elif isinstance(node, list):
        for value in node:
            yield from _types(value)


def test_readme_commands_match_ci() -> None:
    intro = (REPO / "README.md").read_text(encoding="utf-8").split("## Usage")[0]
    commands = re.findall(r"```sh\n(.+?)\n```", intro)
    assert len(commands) == 2
    main_job, tests = commands
    assert main_job.startswith("scripts/setup && .venv/bin/dealpipe extract fixtures/seed/")
    assert "-o output/" in main_job
    ci_script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci_script.splitlines()


def test_help_and_version() -> None:
    assert "Extract deal records" in dealpipe("extract", "--help").stdout
    assert dealpipe("--version").stdout.startswith("dealpipe, version ")


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        ((), ["Commands:", "dealpipe extract https://"]),
        (("extract",), ["[default: auto]", "[default: 4; 1<=x<=32]", "dealpipe extract --jsonl"]),
        (("parse",), ["[default: auto]", "dealpipe parse page.html --pretty"]),
        (("schema",), ["draft 2020-12", "dealpipe schema --pretty"]),
        (("ingest",), ["[required]", "[default: ([ingest].store, else", "--every 15m"]),
        (("export",), ["[default: ([ingest].store of --config", "[default: deals]", "--bom"]),
        (("stats",), ["[default: ([ingest].store of --config", "dealpipe stats --store"]),
        (("relink",), ["[default: ([ingest].store of --config", "dealpipe relink --config"]),
        (("copy-store",), ["SOURCE DEST", "dealpipe copy-store output/pipeline.db postgresql://"]),
    ],
)
def test_every_help_has_examples_and_defaults(command: tuple[str, ...], shown: list[str]) -> None:
    result = CliRunner().invoke(
        main, [*command, "--help"], terminal_width=200, max_content_width=200
    )
    assert result.exit_code == 0, result.output
    assert "Examples:" in result.output
    for text in shown:
        assert text in result.output
    options = result.output.split("Options:", 1)[1].splitlines()
    listed = [line for line in options if line.startswith("  -")]
    assert listed
    for line in listed:  # a one-line help, not only a default
        assert re.match(r"  -\S.*? {2,}[^\s\[]", line), line


LEDE_TEXT = (
    "Vantage Data Centers signed a 15-year lease with Oracle for a 200 MW campus in Abilene, "
    "Texas, worth about $3 billion, the companies said on Tuesday.\n\n"
    "The lease starts next year."
)


def test_reduced_precision_published_and_bad_hints_never_cost_the_article(
    tmp_path: Path,
) -> None:
    article = tmp_path / "lede.txt"
    article.write_text(LEDE_TEXT, encoding="utf-8")
    reduced = dealpipe("extract", str(article), "--published", "2025-07")
    assert reduced.returncode == 0, reduced.stderr
    result = json.loads(reduced.stdout)
    assert result["article"]["published"] == "2025-07"
    assert result["article"]["title"] is None  # the first line is a lede, not a headline
    deal = result["deals"][0]
    assert {p["name"] for p in deal["parties"]} == {"Vantage Data Centers", "Oracle"}
    assert deal["term"]["start"] == "2026"  # "next year" resolved against 2025-07
    bad = dealpipe("extract", str(article), "--published", "22 May 2026")
    assert bad.returncode == 0, bad.stderr
    assert "dealpipe: warning: --published: published date '22 May 2026'" in bad.stderr
    assert json.loads(bad.stdout)["deals"]
    batch = tmp_path / "batch.jsonl"
    lines = [
        {"id": "year", "text": LEDE_TEXT, "published": "2025"},
        {"id": "bad", "text": LEDE_TEXT, "published": "last May"},
        {"id": "untitled", "text": "Vantage leases campus\n\n" + LEDE_TEXT, "title": None},
    ]
    batch.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    proc = dealpipe("extract", "--jsonl", str(batch))
    assert proc.returncode == 0, proc.stderr
    results = {r["id"]: r for r in map(json.loads, proc.stdout.splitlines())}
    assert results["year"]["article"]["published"] == "2025"
    assert results["year"]["warnings"] == []
    assert results["bad"]["error"] is None and results["bad"]["deals"]
    assert results["bad"]["warnings"] == [
        "line 2: published date 'last May' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD "
        "or YYYY-MM-DDTHH:MM[:SS][+HH:MM]); ignored"
    ]
    assert results["untitled"]["article"]["title"] is None
    assert results["untitled"]["article"]["text"].startswith("Vantage leases campus\n\n")


def test_no_title_flag_keeps_the_first_line_in_the_body(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Vantage leases campus\n\n" + LEDE_TEXT, encoding="utf-8")
    titled = json.loads(dealpipe("parse", str(article)).stdout)["article"]
    assert titled["title"] == "Vantage leases campus"
    untitled = json.loads(dealpipe("parse", str(article), "--no-title").stdout)["article"]
    assert untitled["title"] is None
    assert untitled["text"].startswith("Vantage leases campus\n\nVantage Data Centers signed")
