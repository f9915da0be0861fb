"""French parties the parse hangs elsewhere: every investor a round lists, the subjects of
a verb the parse left without one."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


def roles(sentence: str) -> set[tuple[str, str]]:
    return {(r, m.text) for f in find_frames(load_model("fr")(sentence)) for r, m in f.args}


@pytest.mark.parametrize(
    ("sentence", "investors"),
    [
        (  # the parse keeps `avec` as the noun's case, and lists the old investors after a comma
            "Le tour de table est mené par le fonds lyonnais Brennec Capital, avec la "
            "participation de Bpifrance et des investisseurs historiques de la société, "
            "Sorgue Partners et Ventoux Ventures, précise l'entreprise.",
            {"Bpifrance", "Sorgue Partners", "Ventoux Ventures"},
        ),
        (  # a plural group whose apposition names its members
            "Les actionnaires historiques de la société, Garonne Capital et Lauzet Ventures, "
            "remettent au pot.",
            {"Garonne Capital", "Lauzet Ventures"},
        ),
        (
            "Bpifrance et le fonds Orbiel Capital complètent le tour.",
            {"Bpifrance", "Orbiel Capital"},
        ),
        (
            "Le fonds Cévenol Invest et la banque Ardoise Partners rejoignent le tour de table.",
            {"Cévenol Invest", "Ardoise Partners"},
        ),
    ],
)
def test_every_investor_a_round_lists(sentence: str, investors: set[str]) -> None:
    assert {("investor", name) for name in investors} <= roles(sentence)


def test_a_name_the_parse_split_keeps_its_first_word() -> None:
    found = roles(
        "Investissement Québec et la société torontoise Tellmark Ventures ont également "
        "participé à la ronde."
    )
    assert ("investor", "Tellmark Ventures") in found
    assert ("investor", "Ventures") not in found


def test_a_round_word_alone_is_no_joiner() -> None:
    assert not roles("Le conseil d'administration a rejoint la direction à Lyon.")


def test_names_before_a_verb_the_parse_left_without_subject() -> None:
    found = roles(
        "Valtéra SA, exploitant de centres de données dans le Jura, et Énergie du Doubs SA "
        "(EDS) ont signé un contrat d'achat d'électricité portant sur la production de la "
        "centrale de Morteau."
    )
    assert {"Valtéra SA", "Énergie du Doubs SA"} <= {name for _, name in found}


def test_an_existing_shareholder_joining_a_round_tells_no_older_deal() -> None:
    text = (
        "La jeune pousse bernoise Kandera a bouclé un tour de table de série B de 40 millions "
        "de francs. L'opération est menée par le fonds bâlois Rhinau Capital. Orbel "
        "Partners participe aussi au tour, de même que Tessin Ventures, déjà présent au "
        "capital."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-05-04"))
    investors = {p.name for d in deals for p in d.parties if p.role == "investor"}
    assert {"Rhinau Capital", "Orbel Partners"} <= investors
    assert not any(len(p.name) == 1 for d in deals for p in d.parties)  # not `B`


@pytest.mark.parametrize(
    "lead",
    [
        "La jeune pousse lyonnaise Ostrelia a bouclé un tour de table de série A de 12 millions "
        "d'euros.",
        "Ostrelia, éditeur lyonnais de logiciels, annonce la clôture d'une levée de fonds de "
        "série A de 12 millions d'euros.",
    ],
)
def test_a_round_told_by_its_investee_alone_holds_the_rounds_amount(lead: str) -> None:
    text = lead + " L'opération est menée par Verdane Capital, aux côtés de Brimsel Ventures."
    deal = extract_deals(Article(text=text, language="fr", published="2026-10-05"))[0]
    assert {(p.name, p.role) for p in deal.parties} >= {
        ("Ostrelia", "investee"),
        ("Verdane Capital", "investor"),
    }
    assert [(a.value, a.kind) for a in deal.amounts] == [(12e6, "investment")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le fonds Orvelle Capital et l'assureur Mirance prennent ensemble 25 % du capital "
            "de Brassel DC, un opérateur de centres de données.",
            {("investor", "Mirance"), ("investee", "Brassel DC")},
        ),
        (
            "Orvelle Capital prend 25 % du capital de Brassel DC.",
            {
                ("investor", "Orvelle Capital"),
                ("investee", "Brassel DC"),
            },
        ),
    ],
)
def test_a_share_of_the_capital_taken_is_a_stake_in_the_company_after_de(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= roles(sentence)


def test_a_share_held_is_no_stake_taken() -> None:
    assert roles("Orvelle Capital détient 40 % de Brassel DC.") == set()


def test_a_co_leading_participle_reads_as_the_passive_it_is() -> None:
    """`co-menée`, unknown to the model, is parsed as `menée`: the round's leads and the
    fund that joins them are its investors, the company that raised it the investee."""
    text = (
        "La fintech messine Kestrane Pay a bouclé un tour de table de série B de 30 millions "
        "d'euros. L'opération est co-menée par Vauban Ventures et Ligne Capital, le fonds "
        "Meuse Avenir ayant également mis au pot."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-05-04"))[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Kestrane Pay", "investee"),
        ("Vauban Ventures", "investor"),
        ("Ligne Capital", "investor"),
        ("Meuse Avenir", "investor"),
    }
