"""Deal frames from unusual wordings: parse attachments the rules must survive."""

from __future__ import annotations

from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames


def roles(sentence: str) -> set[tuple[str, str]]:
    return {(r, m.text) for f in find_frames(load_model()(sentence)) for r, m in f.args}


def test_buyer_after_an_appositive_unit_name() -> None:
    found = roles(
        "Lanark Corp said it has agreed to sell its remaining Brazilian business, Lanark "
        "do Brasil Ltda, to Pampa Industrial Corp for undisclosed terms."
    )
    assert ("acquirer", "Pampa Industrial Corp") in found
    assert ("seller", "Lanark Corp") in found


def test_buyer_after_a_long_list_of_assets() -> None:
    found = roles(
        "Granite Fuels Corp said it sold two supply contracts and substantially all assets "
        "at its three mines in Ohio to Allegheny Coal Co for an undisclosed price."
    )
    assert ("acquirer", "Allegheny Coal Co") in found


def test_seller_from_a_from_phrase_the_parse_attaches_elsewhere() -> None:
    found = roles(
        "Harlow Media Inc said its Harlow Cable Co joint venture with Crest-Vision Inc has "
        "signed a letter of intent to acquire cable systems with 40,000 basic subscribers in "
        "Dover, Del., and Salem and Elmer, N.J., from Crest-Vision for undisclosed terms."
    )
    assert ("target", "cable systems") in found
    assert ("seller", "Crest-Vision") in found


def test_a_to_phrase_of_another_verb_is_not_the_buyer() -> None:
    found = roles(
        "Ferro Lines said it sold its barge unit and will lease two vessels to Delta Shipping Co."
    )
    assert ("acquirer", "Delta Shipping Co") not in found


def test_owner_of_its_named_unit() -> None:
    doc = load_model()(
        "Carver Corp said it has ended talks on the sale of its Blake Hill Chemical "
        "Division to Intex Products Inc."
    )
    targets = [m for f in find_frames(doc) for r, m in f.args if r == "target"]
    assert [m.owner for m in targets] == ["Carver Corp"]
