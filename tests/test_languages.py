"""Articles routed by language: each read by its own model and rules, a mixed batch in
input order, the French model never loaded for English-only work, summaries in the
language asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest.config import ConfigError, parse_config
from pipeline.ingest.processor import PipelineProcessor
from pipeline.models import Article
from pipeline.nlp import analyse_batch
from pipeline.nlp.model import load_model
from tests.conftest import REPO

ENGLISH = (
    "Vantage Data Centers signed a 15-year lease with {tenant} for a 200 MW campus in "
    "Abilene, Texas, worth about $3 billion, the companies said on Tuesday."
)
FRENCH = (
    "Le groupe Orbelle Cloud a signé un contrat de location avec Vaudreuil Data pour 60 MW à "
    "Val-de-Reuil, dans l'Eure. Le loyer annuel atteindra {loyer} M€."
)


def test_a_mixed_batch_keeps_order_and_reads_each_article_in_its_language() -> None:
    articles = [
        Article(text=ENGLISH.format(tenant="Oracle"), language="en"),
        Article(text=FRENCH.format(loyer="8,5"), language="fr-FR"),
        Article(text=ENGLISH.format(tenant="Meta"), language="en"),
        Article(text=FRENCH.format(loyer="9,25"), language="fr"),
    ]
    results = list(analyse_batch(articles))
    assert [r.error for r in results] == [None] * 4
    names = [{p.name for d in r.deals for p in d.parties} for r in results]
    assert ["Oracle" in names[0], "Meta" in names[2]] == [True, True]
    assert "Vaudreuil Data" in names[1] & names[3]
    amounts = [
        [(a.value, a.currency, a.period) for d in r.deals for a in d.amounts] for r in results
    ]
    # English rules: "$3 billion" is 3e9 (French rules would read "billion" as 10**12);
    # French rules: "8,5 M€" after "loyer annuel" (English rules read no amount there),
    # and the two French articles in their places.
    assert amounts[0] == amounts[2] == [(3e9, "USD", None)]
    assert (amounts[1], amounts[3]) == ([(8.5e6, "EUR", "P1Y")], [(9.25e6, "EUR", "P1Y")])


def test_each_language_has_its_own_model() -> None:
    english, french = load_model("en"), load_model("fr")
    assert (english.lang, french.lang) == ("en", "fr")
    assert french("Le loyer annuel atteindra 8,5 M€.").lang_ == "fr"
    assert load_model("fr") is french  # loaded once


def test_an_english_only_run_never_loads_the_french_model(tmp_path: Path) -> None:
    script = (
        "import json, sys\n"
        "from pipeline.models import Article\n"
        "from pipeline.nlp import extract_deals_batch\n"
        f"text = {ENGLISH.format(tenant='Oracle')!r}\n"
        "deals = next(extract_deals_batch([Article(text=text, language='en')]))\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('fr_core', 'spacy.lang.fr')))\n"
        "print(json.dumps({'deals': len(deals), 'french': loaded}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"deals": 1, "french": []}


def _summaries(*args: str, cwd: Path) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return [d["summary"] for line in proc.stdout.splitlines() for d in json.loads(line)["deals"]]


def test_summaries_in_english_by_default_and_in_french_on_request(tmp_path: Path) -> None:
    article = tmp_path / "lease.txt"
    article.write_text(ENGLISH.format(tenant="Oracle"), encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "a", "path": str(article)}) + "\n", encoding="utf-8")
    english = _summaries(str(article), "--no-title", cwd=REPO)
    assert english == [
        "Oracle (lessee) leases from Vantage Data Centers (lessor) for about $3 billion in "
        "total, for 15 years, for a campus, Abilene, Texas, US (~200 MW)."
    ]
    french = (
        "Oracle (locataire) loue auprès de Vantage Data Centers (bailleur) pour environ 3 "
        "milliards de dollars au total, pour 15 ans, pour un campus, Abilene, Texas, US (~200 MW)."
    )
    assert _summaries(str(article), "--no-title", "--summary-language", "fr", cwd=REPO) == [french]
    assert _summaries("--jsonl", str(batch), "--summary-language", "FR", cwd=REPO) == [french]


def test_an_unsupported_summary_language_is_a_usage_error(tmp_path: Path) -> None:
    article = tmp_path / "lease.txt"
    article.write_text(ENGLISH.format(tenant="Oracle"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(article), "--summary-language", "de"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "'de' is not one of en, fr" in proc.stderr


def test_ingest_writes_summaries_in_the_configured_language() -> None:
    source = {"name": "a", "feed": "http://127.0.0.1:1/feed.xml"}
    config = parse_config({"ingest": {"summary_language": "FR"}, "source": [source]})
    assert config.ingest.summary_language == "fr"
    with pytest.raises(ConfigError, match=r"ingest\.summary_language"):
        parse_config({"ingest": {"summary_language": "de"}, "source": [source]})
    article = Article(text=ENGLISH.format(tenant="Oracle"), language="en")
    french = PipelineProcessor(summary_language="fr").extract([article])[0]
    english = PipelineProcessor().extract([article])[0]
    assert not isinstance(french, Exception) and not isinstance(english, Exception)
    assert [d.summary.split(" (")[1][:9] for d in french] == ["locataire"]
    assert [d.summary.split(" (")[1][:6] for d in english] == ["lessee"]
    assert [d.model_dump(exclude={"summary"}) for d in french] == [
        d.model_dump(exclude={"summary"}) for d in english
    ]


def test_a_french_rent_sentence_belongs_to_the_lease_not_the_main_deal() -> None:
    text = (
        "La start-up Pixalune lève 25 millions d'euros auprès du fonds Orme Capital, qui mène "
        "ce tour de table.\n\nPar ailleurs, l'américain Stratocloud loue 40 MW à l'opérateur "
        "Massalia DC dans son bâtiment de Marseille.\n\nLe bail court sur douze ans et le loyer "
        "annuel avoisinerait 60 millions d'euros."
    )
    [result] = analyse_batch([Article(text=text, language="fr", published="2026-03-10")])
    facts = {
        d.deal_type: ([(a.value, a.period) for a in d.amounts], d.term.duration if d.term else None)
        for d in result.deals
    }
    assert facts == {
        "investment": ([(25e6, None)], None),
        "lease": ([(60e6, "P1Y")], "P12Y"),
    }
