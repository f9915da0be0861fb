"""An acquisition's capacity told in a later sentence that names the company bought and
not its buyer (`Tessile Data exploite trois sites ..., pour une puissance totale de 40
mégawatts`), in a sentence no deal holds. Invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _quantities(text: str, language: str) -> list[tuple[float, str]]:
    deals = extract_deals(Article(text=text, language=language, published="2026-10-14"))
    return [(q.value, q.unit) for d in deals for q in d.quantities]


def test_bought_company_fleet_is_the_deals_capacity() -> None:
    text = (
        "L'opérateur Norbane a annoncé mercredi avoir signé un accord pour racheter son "
        "concurrent Tessile Data au fonds Orvane Capital, pour 300 millions d'euros.\n\n"
        "Le prix sera réglé en numéraire, a précisé Norbane. Tessile Data exploite trois "
        "sites à Lyon et Grenoble, pour une puissance totale de 40 mégawatts."
    )
    assert _quantities(text, "fr") == [(40.0, "MW")]
