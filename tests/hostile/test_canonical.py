"""Issue 12, problem 4: a page cannot name another site's article as its canonical URL
and so replace that article (and its deal) in the store."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest.processor import canonical_url
from pipeline.ingest.trust import same_site, site_of
from pipeline.models import Article
from tests.ingest_support import LiteProcessor, Reply, SiteServer, iter_rows, run_ingest


def _page(title: str, canonical: str) -> bytes:
    return (
        f'<html><head><title>{title}</title><link rel="canonical" href="{canonical}"></head>'
        f"<body><h1>{title}</h1><p>{title} body text.</p></body></html>"
    ).encode()


def test_registrable_domains() -> None:
    assert site_of("https://news.example.co.uk/a") == "example.co.uk"
    assert same_site("https://amp.example.com/x", "https://www.example.com/y")
    assert not same_site("https://alice.github.io/x", "https://bob.github.io/x")
    assert not same_site("http://127.0.0.1:8000/a", "http://localhost:8000/a")


def test_a_canonical_url_on_another_site_is_not_the_key() -> None:
    fetched = "https://www.attacker.test/story"
    foreign = Article(canonical_url="https://www.victim.example/news/deal")
    assert canonical_url(foreign, fetched) == fetched
    own = Article(canonical_url="https://attacker.test/story?utm_source=x")
    assert canonical_url(own, fetched) == "https://attacker.test/story"


def test_a_foreign_canonical_cannot_replace_a_stored_article(tmp_path: Path) -> None:
    server = SiteServer()
    try:
        victim = server.url("/victim")
        attacker = server.url("/attacker").replace("127.0.0.1", "localhost")
        server.static("/robots.txt", Reply(body=b"", content_type="text/plain"))
        server.static("/victim", Reply(body=_page("Victim story", victim)))
        server.static("/attacker", Reply(body=_page("Forged story", victim)))
        db = tmp_path / "pipeline.db"
        for url in (victim, attacker):
            config = f'[ingest]\nper_host_delay = 0\n[[source]]\nname = "s"\nurls = ["{url}"]\n'
            summary = run_ingest(config, db, processor=LiteProcessor())
            assert summary.clean and summary.new_articles == 1
        rows = dict(iter_rows(db, "SELECT canonical_url, title FROM articles"))
        assert rows == {victim: "Victim story", attacker: "Forged story"}
    finally:
        server.stop()
