"""Power bought as a plant's whole output: `take the entire output of X's Y solar farm`
(round 11, EN-W). The company owning the plant sells, not the plant. Invented names."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


def _frames(sentence: str) -> list[tuple[str, set[tuple[str, str]]]]:
    doc = load_model()(sentence)
    return [(f.deal_type, {(role, m.text) for role, m in f.args}) for f in find_frames(doc)]


def test_taking_a_plants_output_buys_power_from_its_owner() -> None:
    """`take the entire output of X's planned Y solar farm`: a power purchase; X, the
    farm's owner, sells (the farm's own name is no party)."""
    frames = _frames(
        "Kelso Cloud has agreed to take the entire output of Vattena's planned Brisk Hill "
        "solar farm in Texas, adding 400 MW to its renewable supply."
    )
    assert ("power_purchase", {("buyer", "Kelso Cloud"), ("seller", "Vattena")}) in frames


def test_an_owner_read_as_a_place_still_sells_the_output() -> None:
    """`Engia's ... wind farm`, the owner's name taken for a place by the model: a name no
    gazetteer knows as a place is the owning company."""
    frames = _frames(
        "Orvana will take the full output of Engia's planned Brisk Hill wind farm in Kansas, "
        "adding 400 MW to a supply relationship between the two companies."
    )
    sellers = {m for _, args in frames for role, m in args if role == "seller"}
    assert sellers == {"Engia"}
