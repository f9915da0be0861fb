"""French organisation names the statistical NER cuts or mislabels: the organisation word
is written first (`Fonds ...`, `Crédit ...`) or is the French one (`... IA`)."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from pipeline.nlp.parties import has_org_head


def _orgs(sentence: str) -> set[str]:
    return {e.text for e in load_model("fr")(sentence).ents if e.label_ == "ORG"}


def test_a_fund_word_names_the_fund_with_the_name_after_it() -> None:
    orgs = _orgs(
        "La jeune pousse Mirelle a bouclé une ronde de 30 millions d'euros, menée par le "
        "Fonds Laurentide Capital."
    )
    assert "Fonds Laurentide Capital" in orgs
    assert "Fonds" not in orgs


def test_organisation_words_written_first_or_in_french() -> None:
    assert has_org_head("Crédit Lorrain")
    assert has_org_head("Fonds Boréal")
    assert has_org_head("Kaskad IA")
    assert has_org_head("Halvard Cloud")
    assert not has_org_head("Fonds")
    assert not has_org_head("Pierre Lorrain")
