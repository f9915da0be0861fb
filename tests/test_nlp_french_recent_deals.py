"""French deals the article dates to the month just gone (`a signé, fin septembre, un bail`
in an October article): with no other current deal, that deal is the article's; and the
landlord a lease names in an apposition (`avec Y, propriétaire du bâtiment`). Invented
companies and sentences, on real French parses."""

from __future__ import annotations

import datetime

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.chronology import recent_months

LEASE = (
    "L'ancien entrepôt de la zone des Landes, à Vertou, va devenir un centre de données. "
    "La société nantaise Orvalis Data a signé, {when}, un bail de douze ans avec la société "
    "d'économie mixte Gavrinis Immo, propriétaire du bâtiment."
)


def deals(text: str, published: str) -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published=published))


def sides(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


@pytest.mark.parametrize(
    ("when", "published"),
    [("fin septembre", "2026-10-08"), ("fin mars", "2026-04-07")],
)
def test_a_deal_of_the_month_just_gone_is_the_articles(when: str, published: str) -> None:
    found = deals(LEASE.format(when=when), published)
    assert [d.deal_type for d in found] == ["lease"]
    assert sides(found[0]) == {("Orvalis Data", "lessee"), ("Gavrinis Immo", "lessor")}
    assert found[0].term is not None and found[0].term.duration == "P12Y"


def test_a_deal_of_an_older_month_stays_background() -> None:
    assert not deals(LEASE.format(when="fin mai"), "2026-10-08")


def test_the_landlord_named_in_an_apposition_leases_out() -> None:
    text = "Orvalis Data a signé un bail de douze ans avec Gavrinis Immo, propriétaire du bâtiment."
    lease = next(d for d in deals(text, "2026-10-08") if d.deal_type == "lease")
    assert sides(lease) == {("Orvalis Data", "lessee"), ("Gavrinis Immo", "lessor")}


@pytest.mark.parametrize(
    ("text", "published", "recent"),
    [
        ("X a signé, fin décembre, un bail avec Y.", datetime.date(2027, 1, 5), True),
        ("X a signé, fin décembre 2025, un bail avec Y.", datetime.date(2027, 1, 5), False),
        ("X a signé, en novembre, un bail avec Y.", datetime.date(2027, 1, 5), False),
        ("X a signé, en janvier, un bail avec Y.", datetime.date(2027, 1, 5), False),
    ],
)
def test_the_month_just_gone_crosses_the_year(
    text: str, published: datetime.date, recent: bool
) -> None:
    assert bool(recent_months(text, published, 1, "fr")) is recent
