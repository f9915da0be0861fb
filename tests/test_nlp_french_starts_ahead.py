"""French starts told ahead: a month without its year that a start cue reads as still to
come (`seront livrés en janvier` in an October article: next January) dates the contract
and does not make its sentence an older deal's; a plural start verb (`dont les livraisons
démarrent en mars 2028`); a commissioning expected `vers` a date; and a yearly output told
from the commissioning (`85 GWh par an dès sa mise en service`) is the PPA's energy, no
fleet in service. Invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals


def _deal(text: str, deal_type: str, published: str = "2026-10-14") -> Deal:
    deals = extract_deals(Article(text=text, language="fr", published=published))
    found = [d for d in deals if d.deal_type == deal_type]
    assert found, [(d.deal_type, [p.name for p in d.parties]) for d in deals]
    return found[0]


def test_a_month_ahead_without_its_year_starts_the_contract() -> None:
    text = (
        "La jeune pousse Quillane IA a signé avec le fournisseur de cloud Brévalis un "
        "contrat de trois ans lui donnant accès à environ 2 000 processeurs graphiques, "
        "pour un montant total de 150 millions d'euros.\n\n"
        "Les premiers serveurs seront livrés en janvier, a précisé Brévalis."
    )
    deal = _deal(text, "compute_contract")
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2027-01", "P3Y")


def test_a_month_ahead_after_a_start_cue_with_next() -> None:
    text = (
        "La société Maravel Santé s'engage à verser 90 millions d'euros sur quatre ans à "
        "l'opérateur Cloudiane pour avoir accès à de la puissance de calcul.\n\n"
        "L'entente, dont nous avons obtenu les grandes lignes, prévoit la réservation de "
        "1 024 processeurs graphiques (GPU) à compter de juillet prochain."
    )
    deal = _deal(text, "compute_contract", published="2026-11-03")
    assert deal.term is not None and deal.term.start == "2027-07"


def test_a_past_month_still_tells_an_older_deal() -> None:
    text = (
        "La jeune pousse Quillane IA a signé avec le fournisseur de cloud Brévalis un "
        "contrat de trois ans portant sur 2 000 processeurs graphiques.\n\n"
        "Brévalis avait signé en juin un accord de 20 millions d'euros avec le "
        "laboratoire Ostrane."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-10-14"))
    assert all("Ostrane" not in {p.name for p in d.parties} for d in deals)


def test_a_plural_start_verb_starts_the_ppa() -> None:
    text = (
        "L'exploitant de centres de données Corvalis a conclu avec le producteur Ventaro un "
        "contrat d'achat d'électricité de quinze ans portant sur 80 MW.\n\n"
        "L'accord, dont les livraisons démarrent en mars 2028, représente environ 300 GWh "
        "par an."
    )
    deal = _deal(text, "power_purchase")
    assert deal.term is not None and deal.term.start == "2028-03"


def test_a_commissioning_expected_towards_a_date_starts_the_ppa() -> None:
    text = (
        "Le producteur Ventaro a signé avec la compagnie d'électricité Sénalys un contrat "
        "d'achat d'électricité pour la centrale solaire de Ventaro, d'une capacité de "
        "30 MWc.\n\n"
        "Le contrat court sur 20 ans à compter de la mise en service, attendue vers la fin "
        "de l'année 2027."
    )
    deal = _deal(text, "power_purchase")
    assert deal.term is not None
    assert (deal.term.start, deal.term.duration) == ("2027", "P20Y")


def test_a_yearly_output_from_the_commissioning_is_the_ppa_s_energy() -> None:
    text = (
        "L'exploitant de centres de données Corvalis a signé avec Ventaro un contrat "
        "d'achat d'électricité de vingt ans portant sur la production de la centrale "
        "solaire de Ventaro.\n\n"
        "La centrale, de 50 MWc, est en construction ; elle fournira environ 70 GWh par an "
        "dès sa mise en service, prévue en 2028."
    )
    deal = _deal(text, "power_purchase")
    assert (70000.0, "MWh") in {(q.value, q.unit) for q in deal.quantities}
