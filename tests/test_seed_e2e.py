"""Issue 2's acceptance: `dealpipe extract` on the seed article, over HTTP and from text."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from pipeline.models import PAYING_ROLES, RECEIVING_ROLES
from tests.conftest import FIXTURES, REPO, LocalServer

SEED = FIXTURES / "seed"
EXPECTED = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
NOT_PARTIES = ("aws", "amazon", "azure", "microsoft", "google", "claude", "grok", "musk")


def run_extract(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


@pytest.fixture(scope="module")
def from_http(_server: LocalServer) -> dict[str, Any]:
    url = _server.route(
        "/intelligence-artificielle/anthropic-xai/",
        body=(SEED / "tekactiv-anthropic-xai.html").read_bytes(),
    )
    return run_extract(url)


@pytest.fixture(scope="module")
def from_text() -> dict[str, Any]:
    return run_extract("fixtures/seed/article.txt")


@pytest.fixture(params=["http", "text"])
def result(request: pytest.FixtureRequest) -> dict[str, Any]:
    fixture = "from_http" if request.param == "http" else "from_text"
    value: dict[str, Any] = request.getfixturevalue(fixture)
    return value


def main_deal(result: dict[str, Any]) -> dict[str, Any]:
    assert result["error"] is None
    assert result["deals"], "no deal extracted"
    deal: dict[str, Any] = result["deals"][0]
    return deal


def test_article_text_is_the_article_only(result: dict[str, Any]) -> None:
    text = result["article"]["text"]
    for paragraph in EXPECTED["paragraphs"]:
        assert paragraph in text
    for boilerplate in EXPECTED["boilerplate"]:
        assert boilerplate not in text
    assert "Nos partenaires" not in text
    assert "digrazia" not in text.lower()


def test_article_metadata_over_http(from_http: dict[str, Any]) -> None:
    article = from_http["article"]
    assert article["title"] == EXPECTED["title"]
    assert article["alt_titles"] == EXPECTED["alt_titles"]
    assert article["authors"] == EXPECTED["authors"]
    assert article["site_name"] == EXPECTED["site_name"]
    assert article["published"].startswith("2026-05-22")
    assert article["canonical_url"] == EXPECTED["canonical_url"]
    assert article["language"] == "en"


def test_parties(result: dict[str, Any]) -> None:
    parties = {party["name"]: party for party in main_deal(result)["parties"]}
    assert parties["Anthropic"]["role"] in PAYING_ROLES
    assert parties["xAI"]["role"] in RECEIVING_ROLES
    assert parties["xAI"]["parent"] == "SpaceX"
    for party in parties.values():
        words = f"{party['name']} {party['text']}".lower()
        assert not any(name in words for name in NOT_PARTIES), party


def test_amounts(result: dict[str, Any]) -> None:
    amounts = main_deal(result)["amounts"]
    monthly = [a for a in amounts if a["value"] == 1.25e9 and a["period"] == "P1M"]
    assert monthly and all(a["currency"] == "USD" for a in monthly)
    total = [a for a in amounts if a["value"] == 40e9]
    assert total
    assert total[0]["currency"] == "USD"
    assert total[0]["qualifier"] == "more_than"
    assert total[0]["period"] is None


def test_term(result: dict[str, Any]) -> None:
    term = main_deal(result)["term"]
    assert term is not None
    assert (term["start"], term["end"]) == ("2026", "2029-05")


def test_site(result: dict[str, Any]) -> None:
    sites = [site for site in main_deal(result)["sites"] if site["name"] == "Colossus 1"]
    assert sites
    site = sites[0]
    assert (site["city"], site["region"], site["country"]) == ("Memphis", "Tennessee", "US")
    capacity = site["capacity"]
    assert capacity is not None
    assert capacity["unit"] == "MW"
    assert capacity["value"] == pytest.approx(300)


def test_evidence_offsets_point_into_the_text(result: dict[str, Any]) -> None:
    text = result["article"]["text"]
    evidence = main_deal(result)["evidence"]
    assert {item["field"] for item in evidence} >= {"party", "amount", "term", "site"}
    for item in evidence:
        assert text[item["start"] : item["end"]] == item["text"]
