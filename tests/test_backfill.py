"""`dealpipe backfill` on a real Dask LocalCluster: WARC files written here, JSONL batches,
URL lists served from 127.0.0.1, shards resumed after a kill -9."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.backfill import BackfillOptions, backfill
from pipeline.backfill.engine import local_workers
from pipeline.backfill.sources import read_items, source_kind
from pipeline.batch import BatchOptions, run_jsonl
from pipeline.errors import InputError
from tests.conftest import REPO, LocalServer

DEALS = [
    ("Harlow Compute", "Pellam AI", "40 million", "Ohio"),
    ("Quarry Systems", "Nettle Labs", "75 million", "Texas"),
    ("Brisk Cloud", "Ambery Robotics", "12 million", "Oregon"),
    ("Tamsin Grid", "Oakum Data", "300 million", "Virginia"),
    ("Velder Power", "Corrin Networks", "55 million", "Georgia"),
]


def page(provider: str, customer: str, amount: str, state: str) -> bytes:
    body = (
        f"{customer} signed a five-year agreement to pay {provider} ${amount} a month for "
        f"GPU capacity at a data center in {state}, the companies said on Monday."
    )
    return (
        f"<html><head><title>{customer} signs with {provider}</title></head><body><article>"
        f"<h1>{customer} signs with {provider}</h1><p>{body}</p></article></body></html>"
    ).encode()


def write_warc(path: Path) -> list[str]:
    """A gzipped WARC: a response per deal, plus records a backfill must skip."""
    uris = []
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for index, deal in enumerate(DEALS):
            uri = f"https://news.example/{index}"
            uris.append(uri)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(page(*deal)), http_headers=headers
            )
            metadata = writer.create_warc_record(
                uri, "metadata", payload=io.BytesIO(b"via: test"), warc_content_type="text/plain"
            )
            writer.write_record(metadata)
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=image,
            )
        )
    return uris


def test_sources_read_warc_records_jsonl_and_url_lists(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    uris = write_warc(warc)
    items = list(read_items(str(warc)))
    assert [item.id for item in items] == uris
    loaded = items[0].load(BatchOptions())
    assert loaded.document is not None
    assert loaded.document.url == uris[0]
    assert loaded.document.encoding == "utf-8"
    assert isinstance(loaded.document.content, bytes)
    assert b"Pellam AI" in loaded.document.content
    urls = tmp_path / "urls.txt"
    urls.write_text("# a comment\nhttps://a.example/x\n\nnot a url\n", encoding="utf-8")
    url_items = list(read_items(str(urls)))
    assert [item.id for item in url_items] == ["https://a.example/x", "not a url"]
    assert url_items[1].load(BatchOptions()).error == "'not a url' is not an http(s) URL"
    assert [source_kind(n) for n in ("a.warc", "b.WARC.GZ", "c.jsonl.gz", "d.txt")] == [
        "warc",
        "warc",
        "jsonl",
        "urls",
    ]
    with pytest.raises(InputError, match="no such file"):
        list(read_items(str(tmp_path / "missing.warc")))


def test_scheduler_spellings() -> None:
    assert local_workers("local", 3) == 3
    assert local_workers("local:2", 3) == 2
    assert local_workers("tcp://10.1.2.3:8786", 3) is None
    for bad in ("local:0", "local:x", "10.1.2.3:8786"):
        with pytest.raises(InputError, match="want local, local:N"):
            local_workers(bad, 1)


def test_backfill_matches_a_plain_batch_and_keeps_input_order(
    tmp_path: Path, http_server: LocalServer
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    uris = write_warc(warc)
    batch = tmp_path / "batch.jsonl"
    lines = [
        {"id": f"t{i}", "text": page(*deal).decode(), "url": f"https://t.example/{i}"}
        for i, deal in enumerate(DEALS[:3])
    ]
    batch.write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n{broken\n", encoding="utf-8"
    )
    urls = tmp_path / "urls.txt"
    served = [http_server.route(f"/p{i}", body=page(*deal)) for i, deal in enumerate(DEALS[3:])]
    urls.write_text("\n".join([*served, http_server.url("/gone")]) + "\n", encoding="utf-8")
    output = tmp_path / "out" / "results.jsonl"
    output.parent.mkdir()
    summary = backfill(
        [str(warc), str(batch), str(urls)],
        BackfillOptions(output=output, scheduler="local:2", shard_size=2),
    )
    results = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in results]
    assert ids == [*uris, "t0", "t1", "t2", "4", *served, http_server.url("/gone")]
    assert (summary.inputs, summary.failed, summary.lines) == (12, 2, 12)
    assert summary.shards == 7  # 3 + 2 + 2 shards of at most 2 documents
    assert not output.with_name("results.jsonl.parts").exists()
    by_id = {r["id"]: r for r in results}
    assert by_id["4"]["error"].startswith("line 4: invalid JSON")
    assert by_id[http_server.url("/gone")]["error"].startswith("HTTP 404")
    first = by_id[uris[0]]["deals"][0]
    assert {p["name"]: p["role"] for p in first["parties"]} == {
        "Pellam AI": "customer",
        "Harlow Compute": "provider",
    }
    # The same documents through the one-process batch give the same records.
    plain = run_jsonl(enumerate(batch.read_text().splitlines(), start=1), BatchOptions())
    assert [json.loads(r.model_dump_json()) for r in plain] == [
        by_id[i] for i in ("t0", "t1", "t2", "4")
    ]


def dealpipe_backfill(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "backfill", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its LocalCluster workers share the process group
    )


def test_kill_and_restart_gives_exactly_the_uninterrupted_output(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [{"id": f"a{i}", "text": page(*DEALS[i % len(DEALS)]).decode()} for i in range(12)]
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    killed = tmp_path / "killed.jsonl"
    parts = tmp_path / "killed.jsonl.parts"
    args = ["--scheduler", "local:1", "--shard-size", "1", str(batch)]
    proc = dealpipe_backfill(*args, "-o", str(killed))
    deadline = time.monotonic() + 120
    while len(list(parts.glob("*.jsonl"))) < 3 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list(parts.glob("*.jsonl")))
    assert 3 <= done_before < 12 and not killed.exists()
    resumed = dealpipe_backfill(*args, "-o", str(killed))
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    assert json.loads(out)["skipped"] == done_before
    clean = tmp_path / "clean.jsonl"
    uninterrupted = dealpipe_backfill(*args, "-o", str(clean))
    assert uninterrupted.wait(timeout=300) == 0
    assert killed.read_bytes() == clean.read_bytes()
    assert len(killed.read_bytes().splitlines()) == 12
    # A parts folder of other inputs is refused, not mixed in.
    parts.mkdir()
    (parts / "manifest.json").write_text('{"inputs": ["other"]}', encoding="utf-8")
    refused = dealpipe_backfill(*args, "-o", str(killed))
    _, err = refused.communicate(timeout=120)
    assert refused.returncode == 1
    assert "holds an unfinished backfill of other inputs" in err.decode()
