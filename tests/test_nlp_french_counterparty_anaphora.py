"""A French sentence opening on `Ce dernier` (`Cette dernière`, ...) speaks of the party
just named: what it delivers and for how long (`Ce dernier fournira au centre de données 30
MW issus de son parc éolien de X pendant vingt ans`) are the facts of the deal told before,
and so is the start told right after it; `Il` with a verb that tells a contract's content
(`Il porte sur 60 MW`, `Il représente 260 GWh par an`) speaks of the contract before; and
`La société exploite ...` (`Fondée en 2011, l'entreprise exploite ...`) after a company
bought tells that company's facilities. Invented companies; real towns."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals

_TEXT = (
    "Brévanne Data a finalisé l'acquisition de 60 % du capital de Corvane Hosting auprès de "
    "la holding Orlis Participations pour 1,2 milliard de dirhams.\n\n"
    "Pour alimenter l'extension prévue du campus, Corvane Hosting a par ailleurs signé un "
    "contrat d'achat d'électricité renouvelable avec le producteur privé Vélis Énergie. Ce "
    "dernier fournira au centre de données 30 MW issus de son parc éolien de Tarfaya "
    "pendant vingt ans. Les premières livraisons sont attendues en 2028."
)


def test_ce_dernier_tells_the_deal_of_the_party_just_named() -> None:
    article = Article(text=_TEXT, language="fr", published="2026-11-24")
    ppa = next(d for d in extract_deals(article) if d.deal_type == "power_purchase")
    assert ppa.term is not None
    assert (ppa.term.start, ppa.term.duration) == ("2028", "P20Y")
    assert [(q.value, q.unit) for q in ppa.quantities] == [(30, "MW")]
    assert [s.city for s in ppa.sites] == ["Tarfaya"]


_CONTRACT = (
    "L'opérateur de centres de données Ovrane a bouclé un contrat d'achat d'électricité "
    "destiné à son campus de Madrid.\n\n"
    "Le premier accord a été conclu avec le développeur Solmira. Il porte sur 60 MW issus "
    "de la centrale photovoltaïque de La Serena, à Talarrubias, en Espagne."
)


def test_il_with_a_contract_verb_tells_the_contract_before() -> None:
    article = Article(text=_CONTRACT, language="fr", published="2026-06-02")
    (deal,) = extract_deals(article)
    assert [(q.value, q.unit) for q in deal.quantities] == [(60, "MW")]
    assert [(s.name, s.city) for s in deal.sites] == [("La Serena", "Talarrubias")]


_BOUGHT = (
    "Vérane Digital a annoncé lundi l'acquisition de 60 % du capital de Corniche Hosting, "
    "l'un des rares hébergeurs de la ville. L'opération valorise Corniche Hosting à 45 "
    "millions d'euros. La société exploite une salle informatique de 1,5 MW à Nyon et "
    "accueille des serveurs de banques."
)


def test_the_bought_company_told_as_la_societe_gives_its_fleet() -> None:
    article = Article(text=_BOUGHT, language="fr", published="2026-10-14")
    (deal,) = extract_deals(article)
    assert deal.deal_type == "acquisition"
    assert [(q.value, q.unit) for q in deal.quantities] == [(1.5, "MW")]
    assert [(s.city, s.country) for s in deal.sites] == [("Nyon", "CH")]
