"""Spurious parties and deals (round 15), on sentences written for the test with invented
names: a trust's manager (`Harwick Data Trust Management Pte. Ltd., as manager of Harwick
Data Trust`) is not the trust that buys, even when its name starts with the trust's; a
deal dated to a month after the publication's month, with no year (`In October it signed`
in a February article), is last year's, whatever `from` names a source later in the
sentence (`served from a separate site`)."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _deals(text: str, published: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, published=published))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_a_trust_manager_named_after_the_trust_is_not_the_buyer() -> None:
    """The parse may hang `of Harwick Data Trust` on the manager's name rather than on
    `manager`: the manager still acts for the trust, which buys."""
    deals = _deals(
        'Harwick Data Trust Management Pte. Ltd., as manager (the "Manager") of Harwick Data '
        'Trust ("HDT"), wishes to announce that HDT has, through its trustee, entered into a '
        "conditional sale and purchase agreement with Pellow Holdings Pte. Ltd. for the "
        "proposed acquisition of a data centre in Jurong for S$200 million.",
        "2026-05-14",
    )
    parties = {p for _, found in deals for p in found}
    assert ("Harwick Data Trust", "acquirer") in parties
    assert ("Pellow Holdings", "seller") in parties
    assert not any(name.endswith("Management") for name, _ in parties)
