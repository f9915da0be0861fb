"""Where a bought company or asset is: the wordings that tie a place to its mention."""

from __future__ import annotations

import pytest

from pipeline.nlp.locations import mention_spans, target_location
from pipeline.nlp.model import load_model


def located(sentence: str, name: str) -> str | None:
    doc = load_model()(sentence)
    spans = mention_spans(doc, [name])
    assert spans, f"{name!r} not found"
    return next((p for s, e in spans if (p := target_location(doc, s, e))), None)


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        # X of City, Country / X, City, ST
        (
            "Harbor Foods Inc said it bought Tagus Conservas SA of Setubal, Portugal.",
            "Tagus Conservas SA",
            "Setubal, Portugal",
        ),
        (
            "Nordic Tool Corp agreed to merge with Keystone Gauge Inc, Allentown, Pa., the "
            "companies said.",
            "Keystone Gauge Inc",
            "Allentown, Pa.",
        ),
        # X, a Houston-based maker / the Dallas-based company named before the mention
        (
            "Velar Corp agreed to buy Tenley Valve Co, a Houston-based maker of pipeline valves.",
            "Tenley Valve Co",
            "Houston",
        ),
        (
            "Velar Corp agreed to buy Denver-based Ridgeline Software Inc for cash.",
            "Ridgeline Software Inc",
            "Denver",
        ),
        # X, based in / headquartered in, after a description
        (
            "Arcway Inc acquired Lindqvist Labs AB, a privately held maker of medical lasers "
            "based in Uppsala, Sweden.",
            "Lindqvist Labs AB",
            "Uppsala, Sweden",
        ),
        (
            "It said Corvane, headquartered in Tucson, Ariz., will keep its name.",
            "Corvane",
            "Tucson, Ariz.",
        ),
        # a described company named after its place
        (
            "Gerland AG said it sold its Bremen packaging subsidiary Weser Karton GmbH to a rival.",
            "Weser Karton GmbH",
            "Bremen",
        ),
        ("Talbot Corp ended talks with Swiss drugmaker Alpenpharm AG.", "Alpenpharm AG", "Swiss"),
        # X's Y plant; X's headquarters in Y
        (
            "Brandt said Koller's Elkhart, Indiana plant employs 300 people.",
            "Koller",
            "Elkhart, Indiana",
        ),
        # a compass word belongs to the place; places listed with `and` are one answer
        (
            "Pell Corp agreed to buy 12 grain elevators in northeastern Montana from a "
            "co-operative.",
            "12 grain elevators",
            "northeastern Montana",
        ),
        (
            "Mesa Stores Inc operates 80 stores in Utah, Idaho and Wyoming, the company said.",
            "Mesa Stores Inc",
            "Utah, Idaho and Wyoming",
        ),
        (
            "Hollins Data runs four buildings around Slough with 60MW of capacity.",
            "Hollins Data",
            "Slough",
        ),
        # a short name written as the start of the longer one
        ("Sable Monitors is a privately owned Oregon-based maker of displays.", "Sable", "Oregon"),
        # a place named inside a described asset
        (
            "Cellnet Inc bought a 5 pct interest in the Tulsa cellular system.",
            "Tulsa cellular system",
            "Tulsa",
        ),
    ],
)
def test_target_location(sentence: str, name: str, place: str) -> None:
    assert located(sentence, name) == place


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the buyer's place, not the target's
        (
            "Ostra Holdings Inc sold Pinecrest Mills Inc to Halden Capital of Boston.",
            "Pinecrest Mills Inc",
        ),
        # a nationality inside a described unit and a place inside a company's name
        (
            "Kemble Corp said it will sell its Canadian packaging business.",
            "Canadian packaging business",
        ),
        ("Orbis Corp bought a stake in Texas Fidelity Bancorp.", "Texas Fidelity Bancorp"),
        # the place of the company speaking, not of a named unit
        ("From its Dallas headquarters, Ranger Foods said the talks had ended.", "Ranger Foods"),
    ],
)
def test_no_target_location(sentence: str, name: str) -> None:
    assert located(sentence, name) is None
