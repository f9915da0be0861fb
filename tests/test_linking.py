"""Linking reports of one deal: aliases, currency, evidence rules, reconciliation, and the
pair-F1 floor on the linking set (the real pipeline, as `benchmarks/bench_linking.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.bench_linking import link, load_reports, pair_scores
from pipeline.ingest.aliases import Aliases, is_company_name, normalize_party
from pipeline.ingest.currency import reference_rates, to_usd
from pipeline.ingest.dedupe import Report, cluster, same_deal
from pipeline.ingest.reconcile import format_amount, reconcile
from pipeline.models import Amount, Deal, DealSource, Party, Site, Term


def _aliases(*names: str, parents: tuple[tuple[str, str], ...] = ()) -> Aliases:
    return Aliases([normalize_party(name) for name in names], parents)


def test_aliases_from_constructions_and_statements() -> None:
    names = _aliases("Meta", "Meta Platforms", "Amazon", "Amazon Web Services", "AWS")
    assert names.same_company("meta", "meta platforms")
    assert names.same_company("aws", "amazon web services")  # an acronym
    assert names.same_company("aws", "amazon")  # "Amazon" starts "Amazon Web Services"
    assert not names.same_company("meta", "amazon")
    blend = _aliases("SpaceXAI", "SpaceX", "xAI")
    assert blend.same_company("spacexai", "xai") and blend.same_company("spacexai", "spacex")
    assert not _aliases("SpaceX", "xAI").same_company("spacex", "xai")  # nothing says so
    assert _aliases("SpaceX", "xAI", parents=(("xai", "spacex"),)).same_company("xai", "spacex")
    prefix = _aliases("Nova", "Nova AI", "Nova Energy")
    assert prefix.same_company("nova", "nova ai") and prefix.same_company("nova", "nova energy")
    assert not prefix.same_company("nova ai", "nova energy")  # prefixes do not chain
    assert not is_company_name("11.2bn") and is_company_name("3M")
    assert normalize_party("The Acme Holdings, Inc.") == "acme"


def test_amounts_in_us_dollars_with_the_rates_date() -> None:
    table = reference_rates()
    assert to_usd(930e6, "GBP") == (round(930e6 * table.rates["GBP"], 2), table.date)
    assert to_usd(5e6, "USD") == (5e6, None)  # no rate needed
    assert to_usd(5e6, "XYZ") is None and to_usd(5e6, None) is None


def _deal(
    payer: str,
    receiver: str,
    value: float | None,
    currency: str = "USD",
    *,
    period: str | None = "P1M",
    end: str | None = "2029-04",
    **fields: Any,
) -> Deal:
    amounts = [] if value is None else [
        Amount(value=value, currency=currency, period=period, text=f"{value:g} {currency}")
    ]  # fmt: skip
    parties = [Party(name=payer, role="customer", text=payer)]
    if receiver:
        parties.append(
            Party(name=receiver, role="provider", text=receiver, parent=fields.pop("parent", None))
        )
    return Deal(
        id=fields.pop("id", "d"),
        deal_type=fields.pop("deal_type", "compute_contract"),
        parties=parties,
        amounts=amounts,
        term=Term(end=end, text="until") if end else None,
        **fields,
    )


def test_evidence_links_noisy_reports_and_keeps_look_alikes_apart() -> None:
    wire = _deal("Halden Labs", "xAI", 1.2e9)
    assert same_deal(wire, _deal("Halden Labs", "xAI", 1.25e9))  # rounding
    assert same_deal(wire, _deal("Halden Labs", "xAI", 930e6, "GBP"))  # pounds
    flipped = _deal("xAI", "Halden Labs", 1.25e9, deal_type="lease")
    assert same_deal(wire, flipped)  # roles reversed, another word for the deal
    stray = wire.model_copy(
        update={"parties": [*wire.parties, Party(name="Microsoft", role="partner", text="x")]}
    )
    assert same_deal(stray, _deal("Halden Labs", "xAI", 1.25e9))  # a stray party
    assert not same_deal(wire, _deal("Halden Labs", "xAI", 2.1e9))  # an expansion
    assert not same_deal(_deal("Acme", "Orbix", 61e6), _deal("Acme", "Orbix", 81e6))  # not rounding
    reno, ohio = (
        _deal("Acme", "Orbix", None, sites=[Site(city=city, text=city)])
        for city in ("Reno", "Columbus")
    )
    assert same_deal(reno, reno) and not same_deal(reno, ohio)  # same contract, other city
    assert not same_deal(wire, _deal("Pellucid Systems", "xAI", 1.2e9))  # another customer
    assert not same_deal(wire, _deal("Halden Labs", "xAI", 1.25e9, end="2033"))
    assert not same_deal(wire, _deal("Halden Labs", "SpaceX", 1.25e9))  # parent not stated
    assert same_deal(
        _deal("Halden Labs", "xAI", 1.2e9, parent="SpaceX"), _deal("Halden", "SpaceX", 1.25e9)
    )
    # a parent claimed for both parties of one record is not trusted
    claims = _deal("Pellucid", "xAI", 4e8, parent="SpaceX")
    claims = claims.model_copy(
        update={
            "parties": [
                claims.parties[0].model_copy(update={"parent": "SpaceX"}),
                claims.parties[1],
            ]
        }
    )
    assert not same_deal(claims, _deal("Halden Labs", "SpaceX", 4e8))


def test_report_dates_are_a_window_and_sites_count() -> None:
    def report(name: str, deal: Deal, published: str) -> Report:
        return Report((f"http://x/{name}", 0), deal, published)

    plain = _deal("Meta", "Tidewell Energy", None, end=None, deal_type="power_purchase")
    same_week = [report("a", plain, "2026-06-02"), report("b", plain, "2026-06-04")]
    assert len(cluster(same_week)) == 1
    years_apart = [report("a", plain, "2026-06-02"), report("b", plain, "2028-06-02")]
    assert len(cluster(years_apart)) == 2
    marlow = plain.model_copy(update={"sites": [Site(name="Marlow Creek", text="Marlow Creek")]})
    copper = plain.model_copy(update={"sites": [Site(name="Copper Hollow", text="Copper Hollow")]})
    months = [report("a", marlow, "2026-06-02"), report("b", marlow, "2026-08-14")]
    assert len(cluster(months)) == 1  # two months on, the same wind farm
    assert len(cluster([report("a", marlow, "2026-06-02"), report("b", copper, "2026-06-09")])) == 2


def test_groups_never_join_vetoed_records_through_a_bridge() -> None:
    bridge = _deal("Halden Labs", "xAI", None, end=None)  # says nothing of the amount
    reports = [
        Report(("http://x/a", 0), _deal("Halden Labs", "xAI", 1.2e9), "2026-10-06"),
        Report(("http://x/b", 0), bridge, "2026-10-07"),
        Report(("http://x/c", 0), _deal("Halden Labs", "xAI", 2.1e9, end=None), "2026-10-08"),
    ]
    groups = cluster(reports)
    assert len(groups) == 2
    assert [("http://x/a", 0)] in groups or [("http://x/c", 0)] in groups  # never a with c
    assert cluster(reversed(reports)) == groups


def test_reconciled_record_takes_the_best_supported_values() -> None:
    def source(name: str, deal: Deal) -> DealSource:
        return DealSource(url=f"http://x/{name}", published=f"2026-10-0{name}", record=deal)

    stray = _deal("Halden Labs", "xAI", 1.25e9)
    stray = stray.model_copy(
        update={"parties": [*stray.parties, Party(name="Oracle", role="partner", text="Oracle")]}
    )
    linked = reconcile(
        "halden",
        [
            source("1", _deal("Halden Labs", "xAI", 1.2e9)),
            source("2", stray),
            source("3", _deal("Halden Labs", "xAI", 1.25e9, end="2029")),
            source("4", _deal("Halden Labs", "xAI", 930e6, "GBP", end="2030-04")),
        ],
    )
    assert [p.name for p in linked.parties] == ["Halden Labs", "xAI"]  # Oracle: 1 of 4
    assert (linked.amounts[0].value, linked.amount_usd, linked.usd_rate_date) == (
        1.25e9,
        1.25e9,
        None,
    )
    fields = {conflict.field: conflict for conflict in linked.conflicts}
    assert fields["amounts"].values[:2] == ["$1.25 billion per month", "$1.2 billion per month"]
    assert fields["amounts"].sources[1] == ["http://x/1"]
    assert linked.term is not None and linked.term.end == "2029-04"  # "2029" refines to it
    assert fields["term.end"].values == ["2029-04", "2030-04"]
    assert (linked.first_reported, linked.last_reported) == ("2026-10-01", "2026-10-04")
    assert [s.record for s in linked.sources][1] == stray  # every report's own record
    assert format_amount(Amount(value=3.4e9, currency="EUR", text="x")) == "€3.4 billion"
    assert format_amount(Amount(value=5e6, currency="CHF", period="P1Y", text="x")) == (
        "CHF 5 million per year"
    )


def test_linking_set_pair_f1_floor(tmp_path: Path) -> None:
    """The real pipeline (extraction, then linking in the store) on fixtures/linking."""
    reports = load_reports()
    predicted = link(reports, tmp_path / "linking.db")
    precision, recall, f1, _ = pair_scores({r["url"]: r["deal"] for r in reports}, predicted)
    assert precision == pytest.approx(1.0) and f1 >= 0.95, (precision, recall, f1)
