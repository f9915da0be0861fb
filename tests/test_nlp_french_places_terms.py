"""French parties, sites, terms and currencies read from the article's own cues
(round 5): invented companies and towns, real French parses."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.parties import correct_org_labels
from pipeline.nlp.places import Place, find_facilities, find_places, resolve_place
from pipeline.nlp.roles import find_frames
from pipeline.nlp.terms import find_terms


def fr_deals(text: str, published: str = "2026-05-12") -> list[Deal]:
    return extract_deals(Article(text=text, language="fr", published=published))


def test_a_bare_dollar_in_a_quebec_story_is_the_canadian_dollar() -> None:
    deal = fr_deals(
        "Brumavel Data louera à Quillon Cloud 40 mégawatts de son campus de Rivière-Ouelle, "
        "au Québec, pour 60 millions $ par année. Quillon, filiale d'un groupe qui a déclaré "
        "2,1 milliards $ US de revenus l'an dernier, a signé un bail de dix ans."
    )[0]
    assert [(a.value, a.currency, a.period) for a in deal.amounts] == [(60e6, "CAD", "P1Y")]


def test_a_bare_dollar_stays_american_in_a_story_on_places_outside_canada() -> None:
    deal = fr_deals(
        "Brumavel Data louera à Quillon Cloud 40 mégawatts de son campus de Rivière-Ouelle, "
        "au Texas, pour 60 millions $ par année."
    )[0]
    assert [(a.value, a.currency) for a in deal.amounts] == [(60e6, "USD")]


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        # a name after a facility noun and a bare `de` is its town (sentence's full stop out)
        ("Le contrat sera exécuté dans son centre de Morvillac.", (None, "Morvillac", None)),
        (
            "Ventral vendra l'électricité de son parc éolien de Brisse-lez-Orval, à compter "
            "de 2027.",
            (None, "Brisse-lez-Orval", None),
        ),
        # ... unless an apposition places the facility in another town: the name is its own
        (
            "Ventral achètera la production de la centrale solaire de Pré-Vert, un parc de "
            "80 mégawatts en construction à Saint-Aubin.",
            ("Pré-Vert", "Saint-Aubin", None),
        ),
        # a name right after the noun, then where the facility is
        (
            "Vérane loue 80 MW sur le campus Val-Brûlé, à Corbelin-sur-Orge (Essonne).",
            ("Val-Brûlé", "Corbelin-sur-Orge", "FR"),
        ),
        # `X, près de Y, en Région`: the town is X, in Y's region and country
        (
            "Le bail porte sur 40 MW de son campus de Haudrecy, près de Saint-Ghislain, "
            "en Wallonie.",
            (None, "Haudrecy", "BE"),
        ),
        (
            "Le campus de 30 MW sera construit dans la zone franche de Koubéra, près de Dakar.",
            (None, "Koubéra", "SN"),
        ),
        (
            "Il exploite un campus de 12 MW à Tavessa, à une vingtaine de kilomètres à l'est "
            "d'Abidjan.",
            (None, "Tavessa", "CI"),
        ),
    ],
)
def test_french_towns_the_gazetteer_lacks(
    sentence: str, site: tuple[str | None, str | None, str | None]
) -> None:
    facility = find_facilities(sentence)[0]
    assert (facility.name, facility.city, facility.country) == site


@pytest.mark.parametrize(
    "sentence",
    [
        "Orsenne rachète Valdata, exploitant de centres de données basé à Corsy (Vaud).",
        "Orsenne rachète Valdata, l'exploitant basé à Corsy, dans le canton de Vaud.",
    ],
)
def test_a_swiss_town_written_with_its_canton(sentence: str) -> None:
    assert [p.place for p in find_places(sentence) if p.place.city] == [
        Place("Corsy", "Corsy", "Vaud", "CH")
    ]


def test_a_region_keeps_the_spelling_the_article_gives_it() -> None:
    assert resolve_place("Sainte-Brigide, au Québec") == Place(
        "Sainte-Brigide", "Sainte-Brigide", "Québec", "CA"
    )
    assert resolve_place("Quebec") == Place("Quebec", None, "Quebec", "CA")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Norvise lui fournira l'électricité pendant dix-huit ans.", [(None, "P18Y")]),
        ("Le contrat court pendant vingt-cinq ans.", [(None, "P25Y")]),
        # the start is the date of the event the term counts from
        (
            "Le bail court sur vingt ans à partir de la mise à disposition du premier "
            "bâtiment, prévue au second semestre 2028.",
            [(None, "P20Y"), ("2028", None)],
        ),
        (
            "Le bail est conclu pour douze ans à compter de la livraison du bâtiment, "
            "intervenue le 1er juillet 2026.",
            [(None, "P12Y"), ("2026-07-01", None)],
        ),
        (
            "Il court sur quinze ans à partir de la mise en service complète du parc, "
            "attendue en 2029.",
            [(None, "P15Y"), ("2029", None)],
        ),
    ],
)
def test_french_durations_and_starts_counted_from_an_event(
    sentence: str, found: list[tuple[str | None, str | None]]
) -> None:
    terms = find_terms(sentence, date(2026, 5, 12), "fr")
    assert [(t.start_date, t.duration) for t in terms] == found


def frame_args(sentence: str) -> set[tuple[str, str]]:
    return {(r, m.text) for f in find_frames(load_model("fr")(sentence)) for r, m in f.args}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Pour tenir les délais, Tervane investit 30 millions d'euros dans une nouvelle "
            "ligne à Saint-Ferjeux.",
            "Saint-Ferjeux",
        ),
        (
            "La Société a conclu avec la Foncière Orvel un bail portant sur le bâtiment LYS-2, "
            "situé à Saint-Marcelin-sur-Orge.",
            "Saint-Marcelin-sur-Orge",
        ),
    ],
)
def test_a_town_after_a_place_preposition_is_no_party(sentence: str, place: str) -> None:
    parties = [p.name for d in fr_deals(sentence) for p in d.parties]
    assert place not in parties


def test_a_receiver_after_a_dative_a_stays_a_party() -> None:
    args = frame_args("Opalis accorde à Sakura Denki une licence mondiale sur ses brevets.")
    assert ("licensee", "Sakura Denki") in args


def test_a_canton_named_with_its_noun_is_the_region() -> None:
    assert resolve_place("Oberwil, dans le canton de Zurich") == Place(
        "Oberwil", "Oberwil", "Zurich", "CH"
    )


def test_a_name_keeps_its_words_after_the_head_and_their_conjuncts() -> None:
    args = frame_args(
        "Le tour de table est co-mené par Ardoise Ventures et le Fonds Aurore pour la "
        "souveraineté numérique."
    )
    assert {("investor", "Ardoise Ventures"), ("investor", "Fonds Aurore")} <= args


def test_a_name_word_the_tagger_took_for_punctuation_stays_in_the_name() -> None:
    doc = Doc(
        load_model("fr").vocab,
        words=["Talmeo", "Robotique", "lève", "des", "fonds", "."],
        pos=["PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["punct", "nsubj", "ROOT", "det", "dobj", "punct"],
        ents=["O", "B-ORG", "O", "O", "O", "O"],
    )
    assert [e.text for e in correct_org_labels(doc).ents] == ["Talmeo Robotique"]


@pytest.mark.parametrize(
    ("sentence", "investors", "not_investor"),
    [
        (
            "Le tour est mené par Orme Capital, aux côtés de Bpifrance, via son fonds Horizon "
            "Venture, et de ses investisseurs historiques Quai Partenaires et Brume Capital.",
            {"Bpifrance", "Quai Partenaires", "Brume Capital"},
            "Horizon Venture",
        ),
        (
            "Elle a été menée avec la participation de Bpifrance, via ses fonds Spiral et Forge "
            "dédiés à l'industrie, ainsi que de la société d'investissement Eurazel et de Celador.",
            {"Bpifrance", "Eurazel", "Celador"},
            "Spiral",
        ),
    ],
)
def test_investors_listed_around_an_aside_about_one_of_them(
    sentence: str, investors: set[str], not_investor: str
) -> None:
    named = {text for role, text in frame_args(sentence) if role == "investor"}
    assert investors <= named and not_investor not in named


def test_investors_named_after_dont() -> None:
    args = frame_args(
        "Sylvane lève 12 millions d'euros avec la participation de ses investisseurs "
        "historiques, dont Lys Capital Amorçage."
    )
    assert ("investor", "Lys Capital Amorçage") in args


def test_a_place_name_starts_at_its_first_capital() -> None:
    doc = Doc(
        load_model("fr").vocab,
        words=["Orsen", "rachète", "l'", "hébergeur", "jurassien", "Valmacloud", "."],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADJ", "PROPN", "PUNCT"],
        heads=[1, 1, 3, 1, 3, 3, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "amod", "appos", "punct"],
        ents=["B-ORG", "O", "O", "O", "B-LOC", "I-LOC", "O"],
    )
    assert [e.text for e in correct_org_labels(doc).ents] == ["Orsen", "Valmacloud"]


def test_a_one_word_name_after_a_facility_s_preposition_is_its_town() -> None:
    doc = load_model("fr")(
        "Le fonds Brême Partners a déboursé 95 millions d'euros pour un centre de données "
        "plus modeste à Vilvarde."
    )
    labels = {m.text: m.label for f in find_frames(doc) for _, m in f.args}
    assert labels.get("Vilvarde") == "PLACE"


def test_an_organisation_keeps_the_proper_noun_its_name_hangs_on() -> None:
    doc = Doc(
        load_model("fr").vocab,
        words=["levé", "auprès", "du", "fonds", "Garonne", "Amorçage", "."],
        pos=["VERB", "ADP", "ADP", "NOUN", "PROPN", "PROPN", "PUNCT"],
        heads=[0, 0, 3, 1, 5, 3, 0],
        deps=["ROOT", "prep", "fixed", "pobj", "compound", "appos", "punct"],
        ents=["O", "O", "O", "O", "B-ORG", "B-MISC", "O"],
    )
    assert [e.text for e in correct_org_labels(doc).ents] == ["Garonne Amorçage"]


def test_a_person_joining_a_round_is_no_investee() -> None:
    args = frame_args(
        "Bpifrance, via son fonds Tech Venture, participe également au tour, aux côtés de "
        "plusieurs business angels, dont Julien Morvan, cofondateur de la licorne Kestrel."
    )
    assert ("investor", "Bpifrance") in args
    assert all(text != "Julien Morvan" for _, text in args)


def test_investors_written_after_a_verb_opening_the_sentence() -> None:
    args = frame_args(
        "Ont également pris part au financement Val-Morin Capital, filiale de la Banque "
        "Val-Morin, ainsi que les investisseurs existants Harfang Ventures et Grand Lac "
        "Partenaires."
    )
    investors = {text for role, text in args if role == "investor"}
    assert investors == {"Val-Morin Capital", "Harfang Ventures", "Grand Lac Partenaires"}
    assert all(role == "investor" for role, _ in args)


def test_a_town_coordinated_with_a_facility_s_town_is_no_party() -> None:
    doc = load_model("fr")(
        "L'opérateur Brelvox a conclu un accord pour céder ses deux centres de données de "
        "Wavre, en Wallonie, et d'Ixelles à Datalys Benelux, pour 120 millions d'euros."
    )
    labels = {m.text: m.label for f in find_frames(doc) for _, m in f.args}
    assert labels.get("Ixelles") == "PLACE"
    assert labels.get("Datalys Benelux") == "ORG"


def test_a_plural_facility_noun_lists_its_towns() -> None:
    facilities = find_facilities(
        "Brelvox cède ses deux centres de données de Wavre, en Wallonie, et d'Ixelles."
    )
    assert [(f.city, f.country) for f in facilities] == [("Wavre", "BE"), ("Ixelles", "BE")]


def test_towns_of_an_operator_s_rooms_are_no_parties() -> None:
    doc = load_model("fr")(
        "Brelmont Infra acquiert l'exploitant de deux salles à Quervaux et à Dormelin auprès "
        "d'Ostrel Industries."
    )
    roles = {m.text: role for f in find_frames(doc) for role, m in f.args if m.label != "PLACE"}
    assert "Dormelin" not in roles
    assert roles.get("Ostrel Industries") == "seller"


def test_an_operator_s_rooms_are_a_site() -> None:
    facilities = find_facilities(
        "Le fonds Brelmont Infra acquiert 60 % de Ravelis Datacenters, l'exploitant de deux "
        "salles à Quervaux et à Dormelin, auprès du groupe Ostrel Industries."
    )
    assert [(f.city, f.kind) for f in facilities][:1] == [("Quervaux", "data_center")]
