"""French frames, parties and the Universal Dependencies mapping, on real French parses."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.dependencies import has_scheme
from pipeline.nlp.direction import provider_side
from pipeline.nlp.locations import target_location
from pipeline.nlp.model import load_model
from pipeline.nlp.parties import candidate_kind, find_parents, is_generator, is_not_party
from pipeline.nlp.places import Place, find_facilities, resolve_place
from pipeline.nlp.roles import find_frames
from pipeline.nlp.rules import load_word_lists
from pipeline.nlp.sentences import has_deal_cue, split_sentences


def roles(sentence: str) -> set[tuple[str, str]]:
    return {(r, m.text) for f in find_frames(load_model("fr")(sentence)) for r, m in f.args}


def test_prepositions_head_their_nouns() -> None:
    doc = load_model("fr")("Teyssier rachète Altimedia pour 1,9 milliard d'euros.")
    pour = next(t for t in doc if t.text == "pour")
    assert (pour.dep_, pour.head.text) == ("prep", "rachète")
    assert [(c.dep_, c.text) for c in pour.children] == [("pobj", "milliard")]
    assert next(t for t in doc if t.text == "Altimedia").dep_ == "dobj"


def test_passive_agent_and_multi_word_names_read_as_in_english() -> None:
    doc = load_model("fr")("Le tour de table est mené par Corvane et Al Masar.")
    by = next(t for t in doc if t.text == "par")
    assert by.dep_ == "agent"
    assert next(t for t in doc if t.text == "tour").dep_ == "nsubjpass"
    assert next(t for t in doc if t.text == "est").dep_ == "auxpass"
    first = next(t for t in doc if t.text == "Al")
    assert (first.dep_, first.head.text) == ("compound", "Masar")
    assert next(t for t in doc if t.text == "mené").tag_ == "VBN"


def test_mapping_keeps_sentences_and_entities() -> None:
    text = "Orvane cède sa filiale au fonds Kerlan. Puis Bastide Capital rachète Lumio."
    nlp = load_model("fr")
    plain = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name not in ("frame_scheme", "org_context"):
            plain = component(plain)
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [s.text for s in plain.sents]
    assert [(e.start, e.end) for e in doc.ents] == [(e.start, e.end) for e in plain.ents]
    assert next(t for t in doc if t.text == "sa").dep_ == "poss"


def test_only_ud_languages_are_mapped() -> None:
    assert has_scheme("fr")
    assert not has_scheme("en")
    assert "frame_scheme" not in load_model("en").pipe_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Teyssier rachète Altimedia pour 1,9 milliard d'euros.",
            {("acquirer", "Teyssier"), ("target", "Altimedia")},
        ),
        (
            "L'américain Stratocloud loue 40 MW à l'opérateur Massalia DC.",
            {("lessee", "Stratocloud"), ("lessor", "Massalia DC")},
        ),
        (
            "Bastide Capital a cédé sa participation au fonds britannique Halberd.",
            {("seller", "Bastide Capital"), ("acquirer", "Halberd")},
        ),
    ],
)
def test_french_verb_frames(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(sentence)


def test_round_led_by_names_its_investors() -> None:
    found = roles(
        "Pixalune lève 25 millions d'euros lors d'un tour de table mené par Orme Capital."
    )
    assert ("investor", "Orme Capital") in found


def test_short_names_the_french_model_calls_people_are_organisations() -> None:
    doc = load_model("fr")("Stratocloud loue 40 MW à Massalia, selon Bastien Rolland.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Stratocloud") == "ORG"
    assert labels.get("Bastien Rolland") == "PERSON"


def test_french_deal_cues_select_sentences() -> None:
    assert has_deal_cue("Nordis achètera l'électricité produite par Vauclair.", "fr")
    assert not has_deal_cue("Bonjour à toutes et à tous.", "fr")
    assert not has_deal_cue("Nordis achètera l'électricité produite par Vauclair.", "en")


def test_sentences_split_before_an_accented_capital() -> None:
    text = "Le bail court sur douze ans. À partir de 2027, Nimbra occupera le campus."
    assert len(split_sentences(text, "fr")) == 2


def test_a_french_article_gives_its_parties() -> None:
    text = (
        "PARIS, 3 mars (Agence Hexa) - Le groupe Teyssier a annoncé lundi qu'il rachète "
        "l'hébergeur Altimedia pour 1,9 milliard d'euros."
    )
    deals = extract_deals(Article(text=text, language="fr"))
    parties = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Altimedia", "target") in parties
    assert ("Teyssier", "acquirer") in parties


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (
            "La production sera adossée à la centrale nucléaire du Val-Clair, à Montrieux, "
            "en Auvergne-Rhône-Alpes.",
            ("Val-Clair", "Montrieux", "Auvergne-Rhône-Alpes", "FR"),
        ),
        (
            "Les GPU seront hébergés dans son campus de Brisac (Essonne).",
            (None, "Brisac", None, "FR"),
        ),
        (
            "Le premier campus sera construit à Montrieux, en Isère.",
            (None, "Montrieux", None, "FR"),
        ),
        ("Kordis construira un campus de 200 MW à Marseille.", (None, "Marseille", None, "FR")),
        ("Le parc éolien des Hauts Vents, dans la Somme.", ("Hauts Vents", None, None, "FR")),
        ("Un centre de données situé dans l'Essonne.", (None, None, None, "FR")),
        (
            "Il finance ses centres de données de Pont-Vallier, dans l'Oise.",
            (None, "Pont-Vallier", None, "FR"),
        ),
        (
            "Les serveurs sont installés dans le centre de données de Corvane à Eemshaven, "
            "aux Pays-Bas.",
            (None, "Eemshaven", None, "NL"),
        ),
    ],
)
def test_french_facilities(sentence: str, site: tuple[str | None, ...]) -> None:
    found = [(f.name, f.city, f.region, f.country) for f in find_facilities(sentence)]
    assert found == [site]


def test_french_place_names_resolve() -> None:
    assert resolve_place("Francfort") == Place("Francfort", "Francfort", None, "DE")
    town = resolve_place("Montrieux, en Bretagne")
    assert town is not None and (town.city, town.region, town.country) == (
        "Montrieux",
        "Bretagne",
        "FR",
    )
    department = resolve_place("Essonne")
    assert department is not None and (department.region, department.country) == (None, "FR")


def test_a_company_seat_written_the_french_way() -> None:
    doc = load_model("fr")("Helvane, dont le siège est à Strasbourg, exploite onze centres.")
    assert target_location(doc, 0, len("Helvane")) == "Strasbourg"


def test_who_provides_in_a_french_contract() -> None:
    texts = [
        "Orsalys a signé un contrat avec le fournisseur de cloud Brevan Cloud.",
        "Brevan mettra à la disposition d'Orsalys 18 000 GPU.",
    ]
    sides = provider_side({0: ["Orsalys"], 1: ["Brevan Cloud", "Brevan"]}, texts)
    assert sides == {0: "customer", 1: "provider"}


def test_word_lists_join_every_language() -> None:
    words = load_word_lists("roles_words.json")
    assert {"by", "par"} <= set(words["agent_preps"])
    assert load_word_lists("places.json")["countries"]["FR"][:2] == ["France", "French Republic"]


def test_a_subject_the_parser_split_off_is_the_verbs() -> None:
    found = roles(
        "La start-up bordelaise Pixalune, qui optimise des grappes de GPU, lève 25 millions "
        "d'euros lors d'un tour de table mené par Orme Capital."
    )
    assert ("investee", "Pixalune") in found


def test_names_listed_after_a_preposition_are_conjuncts() -> None:
    doc = load_model("fr")(
        "Orvane a levé 80 millions d'euros lors d'un tour de table mené par Corvane Ventures "
        "et Al Masar Capital, avec la participation de Bpifrance, de Lysandre Partners et "
        "des investisseurs historiques."
    )
    second = next(t for t in doc if t.text == "Capital")
    assert (second.dep_, second.head.text) == ("conj", "Ventures")
    third = next(t for t in doc if t.text == "Partners")
    assert (third.dep_, third.head.text) == ("conj", "Bpifrance")


def test_sums_are_money_entities() -> None:
    doc = load_model("fr")("Pixalune lève 25 millions d'euros auprès d'Orme Capital.")
    assert ("25 millions d'euros", "MONEY") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Société", "generic"), ("Autorité des marchés", "authority"), ("Vauclair Énergie", "name")],
)
def test_french_party_types(name: str, kind: str) -> None:
    assert candidate_kind(name) == kind


def test_french_names_of_power_producers_and_non_parties() -> None:
    assert is_generator("Vauclair Énergie")
    assert not is_generator("Nordis Data")
    assert is_not_party("Autorité des marchés financiers")


def test_french_legal_forms_make_one_name() -> None:
    doc = load_model("fr")("La Société a signé avec Énergies du Rhin SA un contrat.")
    assert "Énergies du Rhin SA" in {e.text for e in doc.ents if e.label_ == "ORG"}


def test_a_relative_clause_the_parser_called_a_complement() -> None:
    doc = load_model("fr")(
        "Les modèles Aquila-2 tournent sur des puces H200 de Nvidia, que Nuvola loue en "
        "partie à Corvex Compute."
    )
    assert next(t for t in doc if t.text == "loue").dep_ == "relcl"


def test_both_coordinated_names_sign() -> None:
    found = roles("Kordis et Belmont Cloud ont signé un accord de partenariat.")
    assert {("partner", "Kordis"), ("partner", "Belmont Cloud")} <= found


def test_a_subject_parsed_as_its_own_fragment() -> None:
    found = roles("Ostrel a signé un bail de 12 ans avec Belmont Cloud.")
    assert {("lessor", "Ostrel"), ("lessee", "Belmont Cloud")} <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Belmont Cloud décroche un contrat de 300 millions d'euros auprès de Kordis.",
            {("provider", "Belmont Cloud"), ("customer", "Kordis")},
        ),
        (
            "Kordis a réservé 50 MW de capacité auprès de Belmont Cloud.",
            {("customer", "Kordis"), ("provider", "Belmont Cloud")},
        ),
        (
            "Ostrel a été retenu par Kordis pour fournir 10 000 GPU.",
            {("provider", "Ostrel"), ("customer", "Kordis")},
        ),
    ],
)
def test_french_commercial_frames(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(sentence)


def test_a_possessive_is_no_legal_form() -> None:
    doc = load_model("fr")("Ostrel a racheté à Ardent sa participation de 40 % dans Pelto.")
    assert "Ardent" in {e.text for e in doc.ents}
    assert all(not e.text.endswith(" sa") for e in doc.ents)


def test_a_seller_named_in_apposition_after_a_comma() -> None:
    found = roles(
        "Le groupe Sarvel serait en discussions avancées pour racheter Helmo Data à son "
        "actionnaire, le fonds d'investissement Orvis Capital, pour 2 milliards d'euros."
    )
    assert {("acquirer", "Sarvel"), ("seller", "Orvis Capital")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kerlan a levé 40 millions d'euros auprès de Orme Capital, avec la participation "
        "de Brise Ventures et de Tamaris Invest.",
        "Kerlan lève 40 millions d'euros, avec la participation de la Caisse des Dépôts, "
        "d'Orme Capital et de Tamaris Invest.",
    ],
)
def test_with_the_participation_of_lists_investors(sentence: str) -> None:
    found = roles(sentence)
    assert {("investor", "Orme Capital"), ("investor", "Tamaris Invest")} <= found
    assert not {r for r, name in found if name == "Tamaris Invest"} - {"investor"}


def test_a_stake_is_no_participation_in_a_round() -> None:
    found = roles("Orme Capital prend une participation de 20 % dans Kerlan.")
    assert found == {("investor", "Orme Capital"), ("investee", "Kerlan")}


@pytest.mark.parametrize(
    ("sentence", "lenders"),
    [
        (
            "Un pool de prêteurs mené par Banque Ardoise et Crédit Morvan lui accorde "
            "900 millions d'euros de dette.",
            {"Banque Ardoise", "Crédit Morvan"},
        ),
        ("Banque Ardoise accorde un prêt de 300 millions d'euros à Sylvane.", {"Banque Ardoise"}),
        (
            "Banque Ardoise et Crédit Morvan participent également au pool.",
            {"Banque Ardoise", "Crédit Morvan"},
        ),
    ],
)
def test_lenders_provide_a_loan(sentence: str, lenders: set[str]) -> None:
    frames = find_frames(load_model("fr")(sentence))
    assert frames
    assert all(f.deal_type == "other" for f in frames)
    providers = {m.text for f in frames for r, m in f.args if r == "provider"}
    assert lenders <= providers
    assert not {r for f in frames for r, _ in f.args} & {"investor", "investee"}


def test_a_construction_loan_is_its_own_kind_of_deal() -> None:
    text = (
        "La coentreprise Orvane Data a bouclé le financement de son campus de Melun. "
        "Un pool de prêteurs mené par la Banque d'investissement Ardoise et Crédit Morvan "
        "lui accorde 900 millions d'euros de dette de construction. Le campus sera loué à un "
        "hyperscaler. Caisse Varenne et Banque Lisière participent également au pool."
    )
    deals = extract_deals(Article(text=text, language="fr"))
    assert deals[0].deal_type == "other"
    parties = {(p.name, p.role) for p in deals[0].parties}
    assert {
        ("Banque d'investissement Ardoise", "provider"),
        ("Crédit Morvan", "provider"),
    } <= parties
    assert [(a.value, a.kind) for a in deals[0].amounts] == [(900_000_000, "total")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Brisane Capital va acquérir 49 % de Telvane pour 300 millions d'euros.",
            {("acquirer", "Brisane Capital"), ("target", "Telvane")},
        ),
        (
            "Iliane va céder la moitié du capital de Telvane à Orme Capital.",
            {("seller", "Iliane"), ("target", "Telvane"), ("acquirer", "Orme Capital")},
        ),
        (
            "Varenne est entré en négociations exclusives avec Brisane Capital pour lui céder "
            "la moitié du capital d'Optane, sa filiale qui exploite des centres de données.",
            {("seller", "Varenne"), ("target", "Optane")},
        ),
    ],
)
def test_a_share_of_a_company_is_a_stake(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(sentence)


def test_a_share_price_fall_is_no_stake() -> None:
    frames = find_frames(load_model("fr")("Le titre Teyssier cédait 2,1 % à la Bourse de Paris."))
    assert all(f.deal_type != "acquisition" for f in frames)


def test_a_facility_code_after_its_noun() -> None:
    found = find_facilities("Orvane loue 20 MW à Telvane dans son bâtiment PAR7, à Lyon.")
    assert [(f.name, f.kind, f.city) for f in found] == [("PAR7", "facility", "Lyon")]


def test_an_offer_on_its_rival_is_the_current_deal() -> None:
    text = (
        "Le fabricant lyonnais de capteurs Varenne a dévoilé lundi une offre publique amicale "
        "sur son concurrent nantais Telvane Systems, une opération qui valorise la cible à 2 Md€."
    )
    deals = extract_deals(Article(text=text, language="fr", published="2026-11-02"))
    assert deals
    assert deals[0].deal_type == "acquisition"
    assert {("Varenne", "acquirer"), ("Telvane Systems", "target")} <= {
        (p.name, p.role) for p in deals[0].parties
    }


def test_filing_an_offer_is_making_it() -> None:
    found = roles("Varenne a déposé une offre publique d'achat sur Telvane.")
    assert {("acquirer", "Varenne"), ("target", "Telvane")} <= found


def test_taking_part_joins_the_round() -> None:
    assert roles("Brisane Capital a pris part au tour de table.") == {
        ("investor", "Brisane Capital")
    }
    assert ("acquirer", "Brisane Capital") in roles("Brisane Capital prend le contrôle de Telvane.")


def test_a_relative_clause_hung_on_the_verb_acts_for_the_name_before_it() -> None:
    found = roles(
        "Telvane recevra 300 millions d'euros de Brisane Capital, qui prend une "
        "participation de 20 % dans la société."
    )
    assert ("investor", "Brisane Capital") in found
    assert ("investee", "Brisane Capital") not in found


def test_a_name_after_its_descriptor_tagged_a_noun() -> None:
    doc = load_model("fr")(
        "Le laboratoire lyonnais Varenne IA a retenu le néo-cloud Cirrane, installé près de "
        "Lorient, pour entraîner ses modèles."
    )
    assert "Cirrane" in {e.text for e in doc.ents}
    found = {(r, m.text) for f in find_frames(doc) for r, m in f.args}
    assert ("provider", "Cirrane") in found


def test_alongside_lists_investors_after_their_description() -> None:
    found = roles(
        "Telvane lève 50 millions d'euros auprès de Brisane Capital, aux côtés de ses "
        "actionnaires historiques Pilat Invest et Orme Ventures."
    )
    assert {("investor", "Pilat Invest"), ("investor", "Orme Ventures")} <= found
    assert ("investee", "Telvane") in found


def test_a_seller_named_in_apposition_after_aupres_de() -> None:
    found = roles(
        "Le groupe Torvan a signé mardi un accord en vue d'acquérir Belmonte DC, exploitant "
        "de centres de données basé à Lyon, auprès de son actionnaire majoritaire, le fonds "
        "allemand Kestrel Capital."
    )
    assert {("acquirer", "Torvan"), ("target", "Belmonte DC"), ("seller", "Kestrel Capital")} <= (
        found
    )
    assert ("customer", "Kestrel Capital") not in found  # not a client of the agreement


def test_a_name_cut_by_a_sentence_break_still_receives_the_money() -> None:
    doc = load_model("fr")("Halvane Telecom touchera 380 M$ de Corvette AI.")
    assert len(list(doc.sents)) == 1
    found = {(r, m.text) for f in find_frames(doc) for r, m in f.args}
    assert {("provider", "Halvane Telecom"), ("customer", "Corvette AI")} <= found


def test_a_dateline_after_the_headline_is_set_apart() -> None:
    text = (
        "Mistrelle et Kestrel signent un contrat\n\n"
        "Dijon, le 9 mars 2026 - Mistrelle Énergies fournira à Kestrel Data 40 MW.\n\n"
        "PARIS, 22 mai (Agence Orne) - Kestrel Data achètera l'électricité.\n\n"
        "Zurich (awp) - Le fournisseur Alpinar touchera 240 millions de francs."
    )
    found = [s.text for s in split_sentences(text, "fr")]
    assert found[1].startswith("Mistrelle Énergies fournira")
    assert found[2].startswith("Kestrel Data achètera")
    assert found[3].startswith("Le fournisseur Alpinar")


@pytest.mark.parametrize(
    "sentence",
    [
        # the tagger does not know the first word (X)
        "Bravane Énergies, producteur indépendant d'électricité solaire, fournira à "
        "Kestrel Data, opérateur de centres de données, l'électricité de sa centrale.",
        # the parse cuts the name at a sentence break after its first word
        "Mistrelle Énergies, producteur d'électricité renouvelable, fournira à Kestrel Data "
        "l'électricité de sa centrale.",
    ],
)
def test_a_name_opening_the_sentence_stays_whole(sentence: str) -> None:
    provider = sentence.split(",")[0]
    assert {("provider", provider), ("customer", "Kestrel Data")} <= roles(sentence)


def test_hyphenated_words_are_one_token_and_inverted_pronouns_split() -> None:
    doc = load_model("fr")(
        "La start-up Pixalune loue un data-center à Loon-Plage, précise-t-on, a-t-elle dit."
    )
    words = [t.text for t in doc]
    assert {"start-up", "data-center", "Loon-Plage"} <= set(words)
    assert words[words.index("précise") : words.index("précise") + 3] == ["précise", "-t", "-on"]
    assert "-elle" in words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the 1990 spelling of the future
        ("Orvane cèdera sa filiale Kerlan au fonds Bastide.", {("seller", "Orvane")}),
        ("Orvane revendra Kerlan à Bastide Capital.", {("acquirer", "Bastide Capital")}),
        # tagged an adjective
        ("Orvane et Bastide rachèteraient Kerlan Data.", {("target", "Kerlan Data")}),
        ("Bastide Capital percevrait 20 millions d'euros de Kerlan.", {("customer", "Kerlan")}),
    ],
)
def test_every_inflection_of_a_frame_verb(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Halvane s'empare de Kerlan pour 85 millions d'euros.",
            {("acquirer", "Halvane"), ("target", "Kerlan")},
        ),
        (
            "Halvane confie à Kerlan Data l'hébergement de ses serveurs.",
            {("customer", "Halvane"), ("provider", "Kerlan Data")},
        ),
        (
            "Halvane a attribué un contrat de 200 millions d'euros à Kerlan Data.",
            {("customer", "Halvane"), ("provider", "Kerlan Data")},
        ),
        (
            "Le contrat a été attribué à Kerlan Data par Halvane.",
            {("customer", "Halvane"), ("provider", "Kerlan Data")},
        ),
        (
            "Halvane mettra 40 MW de capacité de calcul à la disposition de Kerlan Data.",
            {("provider", "Halvane"), ("customer", "Kerlan Data")},
        ),
        (
            "Halvane est entré en négociations exclusives avec le fonds Orsay Capital pour "
            "lui céder la moitié du capital de Kerdata.",
            {("seller", "Halvane"), ("acquirer", "Orsay Capital")},
        ),
    ],
)
def test_french_deal_constructions(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(sentence)


def test_a_town_after_a_is_no_lessor() -> None:
    found = roles(
        "Tessaro Cloud loue 150 MW au développeur Aubrac Data Parks sur le campus Seine-Amont, "
        "à Montereau-Fault-Yonne (Seine-et-Marne)."
    )
    assert ("lessor", "Aubrac Data Parks") in found
    assert not any(name.startswith("Montereau") for _, name in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kerlan Data obtient un financement de 200 millions d'euros de la part de "
            "Bastide Capital.",
            {("investee", "Kerlan Data"), ("investor", "Bastide Capital")},
        ),
        (
            "Kerlan Data a reçu un investissement de 50 millions d'euros de Bastide Capital.",
            {("investee", "Kerlan Data"), ("investor", "Bastide Capital")},
        ),
        (
            "Kerlan Data encaissera chaque mois environ 12 millions d'euros de la Banque Orsane.",
            {("provider", "Kerlan Data"), ("customer", "Banque Orsane")},
        ),
        (
            "Kerlan Data a été préféré à AWS par la Banque Orsane.",
            {("provider", "Kerlan Data"), ("customer", "Banque Orsane")},
        ),
        (
            "Kerlan Data ouvre son capital à Bastide Capital.",
            {("investee", "Kerlan Data"), ("investor", "Bastide Capital")},
        ),
        (
            "Halvane passe dans le giron de Bastide Capital.",
            {("target", "Halvane"), ("acquirer", "Bastide Capital")},
        ),
        (
            "Kerlan Data sera cédé à Halvane pour 2 milliards d'euros.",
            {("target", "Kerlan Data"), ("acquirer", "Halvane")},
        ),
    ],
)
def test_the_receiving_side_as_subject(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(sentence)


def test_de_la_part_de_is_one_preposition() -> None:
    doc = load_model("fr")("Kerlan obtient un prêt de la part de Bastide Capital.")
    part = next(t for t in doc if t.text == "part")
    assert (part.dep_, part.head.text) == ("prep", "prêt")
    assert [c.text for c in part.children if c.dep_ == "pobj"] == ["Capital"]


def test_a_yearly_payment_told_by_a_payment_verb_is_the_deals() -> None:
    text = (
        "Le laboratoire Vexal IA a signé avec le néo-cloud Pradeau Cloud un contrat de calcul "
        "d'une valeur de 600 millions d'euros, pour une durée de trois ans. Vexal s'acquittera "
        "d'environ 200 millions d'euros par an. Pradeau Cloud finance la construction de son "
        "site de Brioude grâce à un prêt de 90 millions d'euros."
    )
    deal = extract_deals(Article(text=text, language="fr"))[0]
    amounts = {(a.value, a.period, a.kind) for a in deal.amounts}
    assert amounts == {(600_000_000, None, "total"), (200_000_000, "P1Y", "payment")}


def test_a_group_selling_a_unit_named_after_it_is_two_parties() -> None:
    text = (
        "Le groupe Norvel a annoncé mardi la cession de sa filiale Norvel Cloud au fonds "
        "Tarrant Partners, pour une valeur d'entreprise de 900 millions d'euros."
    )
    deal = extract_deals(Article(text=text, language="fr"))[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Norvel", "seller"),
        ("Norvel Cloud", "target"),
        ("Tarrant Partners", "acquirer"),
    }


def test_the_parent_named_after_filiale_de_sells_its_unit() -> None:
    text = (
        "Le fonds Ambrose Capital serait en discussions pour racheter Lisière Data, la filiale "
        "de centres de données de l'opérateur belge Talvio, pour environ 600 millions d'euros."
    )
    deal = extract_deals(Article(text=text, language="fr"))[0]
    parties = {(p.name, p.role, p.parent) for p in deal.parties}
    assert ("Lisière Data", "target", "Talvio") in parties
    assert ("Talvio", "seller", None) in parties


@pytest.mark.parametrize(
    ("sentence", "names", "pairs"),
    [
        (
            "Kerlan Data, détenue à 60 % par le fonds Moreau Infra, loue le site.",
            ["Kerlan Data", "Moreau Infra"],
            [(0, 1)],
        ),
        (
            "Ostrale Data est détenue depuis 2022 par le fonds d'infrastructure Moreau Infra.",
            ["Ostrale Data", "Moreau Infra"],
            [(0, 1)],
        ),
        (
            "Orbe Cloud SAS, filiale du groupe américain Orbe Cloud Inc., loue le site.",
            ["Orbe Cloud SAS", "Orbe Cloud Inc."],
            [(0, 1)],
        ),
        (
            "Brabant Télécom touchera 380 M$ de Brackenridge AI, à laquelle il fournira des GPU "
            "via sa filiale Norvane Cloud.",
            ["Brabant Télécom", "Brackenridge AI", "Norvane Cloud"],
            [],
        ),
        ("Pylos Towers et Vantor Cloud signent un accord.", ["Pylos Towers", "Vantor Cloud"], []),
    ],
)
def test_french_parent_wordings(
    sentence: str, names: list[str], pairs: list[tuple[int, int]]
) -> None:
    spans = [(sentence.index(n), sentence.index(n) + len(n)) for n in names]
    assert find_parents(sentence, spans, "fr") == pairs


def test_a_filings_defined_term_signs_a_second_contract_of_its_own() -> None:
    text = (
        "Le 4 mai 2026, Talbane Datacentres SA (la « Société ») a conclu avec Hexo Cloud Ltd "
        "un contrat de location portant sur un bâtiment de 20 MW, pour une durée ferme de "
        "douze ans. Par ailleurs, la Société a signé un contrat d'achat d'électricité avec "
        "Rhodanie Énergie SA, pour une durée de huit ans."
    )
    deals = extract_deals(Article(text=text, language="fr"))
    found = {(d.deal_type, p.name, p.role) for d in deals for p in d.parties}
    assert found == {
        ("lease", "Talbane Datacentres", "lessor"),
        ("lease", "Hexo Cloud", "lessee"),
        ("power_purchase", "Talbane Datacentres", "buyer"),
        ("power_purchase", "Rhodanie Énergie", "seller"),
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Énergies du Rhône fournira à Vextra Data l'électricité de son parc.",
            "Énergies du Rhône",
        ),
        ("Électricité de Brivaz a signé un contrat avec Vextra Data.", "Électricité de Brivaz"),
        (
            "La Banque des Territoires investit 20 millions d'euros dans Vextra Data.",
            "Banque des Territoires",
        ),
        (
            "Dijon, le 9 mars 2026 - Ventoris Énergies, producteur indépendant, fournira à Ostrale "
            "Data l'électricité du parc.",
            "Ventoris Énergies",
        ),
        ("Armor Infrastructure acquiert Lixo Cloud.", "Armor Infrastructure"),
    ],
)
def test_names_made_of_common_nouns_are_organisations(sentence: str, name: str) -> None:
    doc = load_model("fr")(sentence)
    assert name in {e.text for e in doc.ents if e.label_ == "ORG"}


def test_a_licence_whose_two_sides_are_only_described() -> None:
    text = (
        "Lumarel et Kostrav Technologies ont fini par s'entendre. Le spécialiste nantais des "
        "lasers a accordé une licence sur ses brevets au fabricant coréen. Kostrav versera 30 "
        "millions d'euros à la signature, puis 8 millions d'euros par an jusqu'en juin 2030."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-05-04"))[0]
    assert deal.deal_type == "licence"
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Lumarel", "licensor"),
        ("Kostrav Technologies", "licensee"),
    }
    assert {(a.value, a.period, a.kind) for a in deal.amounts} == {
        (30_000_000, None, "payment"),
        (8_000_000, "P1Y", "payment"),
    }


def test_parties_named_by_their_role_in_a_filing() -> None:
    text = (
        "Le 2 février 2026, Norhaven Datacentres SAS (le « Bailleur ») et Quillon Cloud SARL "
        "(le « Preneur ») ont signé un bail portant sur un bâtiment de 24 MW à Lyon. Le bail a "
        "une durée ferme de dix ans à compter du 1er juillet 2026. Le Preneur versera au "
        "Bailleur un loyer annuel de 31 millions d'euros."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-05-04"))[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Norhaven Datacentres", "lessor"),
        ("Quillon Cloud", "lessee"),
    }


def test_a_data_center_operator_buys_the_power_its_supplier_provides() -> None:
    text = (
        "Hexavolt a signé un contrat d'électricité renouvelable de 15 ans avec l'exploitant de "
        "centres de données Ombrelle Data. Hexavolt fournira 80 MW issus de son parc éolien à "
        "partir de 2027."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-05-04"))[0]
    assert deal.deal_type == "power_purchase"
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Hexavolt", "seller"),
        ("Ombrelle Data", "buyer"),
    }


@pytest.mark.parametrize("name", ["Le Preneur", "L'Acquéreur", "le cédant", "Les prêteurs"])
def test_a_role_noun_with_its_article_is_no_name(name: str) -> None:
    assert candidate_kind(name) == "generic"


def test_a_loan_to_a_joint_venture_has_its_owners_as_partners() -> None:
    text = (
        "La coentreprise formée par Orvanne Énergie et le fonds Delcour Capital a bouclé le "
        "financement de son campus de Saint-Priest. Banque Lémanie et Crédit Rhodanien "
        "prêteront 800 millions d'euros à la coentreprise sur sept ans."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-05-04"))[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Banque Lémanie", "provider"),
        ("Crédit Rhodanien", "provider"),
        ("Orvanne Énergie", "partner"),
        ("Delcour Capital", "partner"),
    }


def test_a_negated_deal_verb_tells_no_deal() -> None:
    assert not find_frames(
        load_model("fr")("Le cabinet Finergie Conseil, qui n'a pas participé à l'opération.")
    )


def test_a_stake_sized_before_its_company_names_the_target() -> None:
    text = (
        "Le groupe Ferrand cède sa participation de 40 % dans Lumis Data au fonds Astrel pour "
        "un montant compris entre 1 et 1,5 milliard d'euros."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-05-04"))[0]
    assert {(p.name, p.role) for p in deal.parties} == {
        ("Ferrand", "seller"),
        ("Lumis Data", "target"),
        ("Astrel", "acquirer"),
    }
    assert [(a.value, a.value_max, a.kind) for a in deal.amounts] == [
        (1_000_000_000, 1_500_000_000, "price")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kerlan annonce la signature avec Solvane d'un contrat d'achat d'électricité.",
            {("partner", "Kerlan"), ("partner", "Solvane")},
        ),
        (
            "Kerlan annonce la signature de deux contrats d'achat d'électricité avec Solvane.",
            {("partner", "Kerlan"), ("partner", "Solvane")},
        ),
        (
            "Le groupe Helvara a annoncé lundi le lancement d'une offre publique d'achat (OPA) "
            "sur l'ensemble des actions de Romanet Cloud.",
            {("acquirer", "Helvara"), ("target", "Romanet Cloud")},
        ),
    ],
)
def test_the_act_that_seals_a_deal_names_its_deal_noun(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= roles(sentence)
    types = {f.deal_type for f in find_frames(load_model("fr")(sentence))}
    assert types & {"power_purchase", "acquisition"}


def test_plural_contract_nouns_keep_their_type() -> None:
    doc = load_model("fr")(
        "Le groupe Kerlan a signé avec Solvane deux contrats d'achat d'électricité."
    )
    assert [f.deal_type for f in find_frames(doc)] == ["power_purchase"]


def test_a_market_and_ticker_in_brackets_leave_the_name_the_subject() -> None:
    sentence = (
        "Lumitron (Euronext Growth – FR0000000AB1 – ALLUM), spécialiste des composants "
        "optiques, annonce avoir reçu de Vantelle, opérateur de centres de données, une "
        "commande d'un montant de 95 millions d'euros."
    )
    assert roles(sentence) == {("provider", "Lumitron"), ("customer", "Vantelle")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kerlan a reçu une commande de Vantelle.",
        "Kerlan a reçu une commande de 40 transformateurs de la part de Vantelle.",
    ],
)
def test_who_places_an_order_the_subject_received(sentence: str) -> None:
    assert roles(sentence) == {("provider", "Kerlan"), ("customer", "Vantelle")}


def test_a_place_in_a_clause_of_its_own_is_no_side_of_the_deal() -> None:
    sentence = (
        "L'opérateur Velmora a bouclé deux contrats d'achat d'électricité destinés au campus "
        "qu'il construit à Alcalá de Henares, à l'est de Madrid."
    )
    assert ("buyer", "Alcalá de Henares") not in roles(sentence)


def _sides_of(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    deals = extract_deals(Article(text=text, language="fr", published="2026-05-04"))
    return [(d.deal_type, {(p.name, p.role) for p in d.parties}) for d in deals]


def test_a_neocloud_provides_to_a_company_that_designs_models() -> None:
    text = (
        "La start-up parisienne Veltis, qui conçoit des modèles de langage, a signé un contrat "
        "de trois ans avec le néocloud Arvano Compute, pour un montant de 1,1 milliard d'euros. "
        "L'accord lui garantit l'accès à 18 000 GPU."
    )
    assert _sides_of(text) == [
        ("compute_contract", {("Veltis", "customer"), ("Arvano Compute", "provider")})
    ]


def test_a_pronoun_after_avec_is_the_other_side_and_a_hyphenated_utility_sells() -> None:
    text = (
        "La jeune entreprise Calcul Boréal pourra alimenter son futur centre de calcul. "
        "Hydro-Mauricie a signé avec elle un contrat d'approvisionnement de 50 mégawatts "
        "d'une durée de 20 ans."
    )
    assert _sides_of(text) == [
        ("power_purchase", {("Hydro-Mauricie", "seller"), ("Calcul Boréal", "buyer")})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the name after a described party's noun, and the lease object after the name
            "Le fournisseur de cloud norvégien Nordvik Cloud pose ses valises en région "
            "parisienne. Il a signé avec le développeur Sylvacorp un bail de douze ans portant "
            "sur 48 MW de capacité informatique.",
            ("lease", {("Nordvik Cloud", "lessee"), ("Sylvacorp", "lessor")}),
        ),
        (  # a described subject; a software publisher licenses its model out
            "La Banque Ardoise passe à l'intelligence artificielle. L'établissement "
            "luxembourgeois a signé avec l'éditeur parisien Quantivo un contrat de licence de "
            "cinq ans portant sur son modèle de langage, pour un montant total de 24 millions "
            "d'euros.",
            ("licence", {("Banque Ardoise", "licensee"), ("Quantivo", "licensor")}),
        ),
        (  # a Belga dateline; the power feeds the buyer's campus
            "BRUXELLES 24/06 (BELGA) = L'exploitant de centres de données Voltana a conclu avec "
            "le producteur wallon Brisevane un contrat d'achat d'électricité (PPA) de quinze "
            "ans. Le courant servira à alimenter le campus de Voltana à Tubize.",
            ("power_purchase", {("Voltana", "buyer"), ("Brisevane", "seller")}),
        ),
        (  # a name written after its descriptor's complements
            "Le groupe Helvara met la main sur l'exploitant de centres de données Romandis pour "
            "une valeur d'entreprise de 480 millions de francs.",
            ("acquisition", {("Helvara", "acquirer"), ("Romandis", "target")}),
        ),
    ],
)
def test_described_parties_take_the_side_their_description_tells(
    text: str, expected: tuple[str, set[tuple[str, str]]]
) -> None:
    assert _sides_of(text) == [expected]


def test_a_belga_dateline_is_set_apart() -> None:
    text = "BRUXELLES 24/06 (BELGA) = L'exploitant Voltana a conclu un contrat. Le parc sera prêt."
    assert [s.text for s in split_sentences(text, "fr")] == [
        "L'exploitant Voltana a conclu un contrat.",
        "Le parc sera prêt.",
    ]


def test_a_newsletter_items_description_stands_for_the_subject_before_it() -> None:
    text = (
        "Lumex boucle 85 M€. La start-up grenobloise annonce une série B de 85 millions "
        "d'euros menée par Serac Ventures.\n\nQuarto Nord s'installe à Marseille. Le "
        "fournisseur de cloud souverain a signé avec Datarivo un bail de dix ans pour 20 MW "
        "dans le campus de ce dernier."
    )
    assert ("lease", {("Quarto Nord", "lessee"), ("Datarivo", "lessor")}) in _sides_of(text)


def test_a_planned_investment_is_no_deal() -> None:
    doc = load_model("fr")(
        "Le groupe prévoit d'investir 2 milliards d'euros dans Kerlan d'ici 2030."
    )
    assert not find_frames(doc)


def test_a_cash_part_told_alone_gives_way_to_the_price_told_before() -> None:
    text = (
        "Le groupe Helvara met la main sur l'exploitant de centres de données Romandis pour "
        "une valeur d'entreprise de 480 millions de francs. Le vendeur, le fonds Lakemoor "
        "Partners, recevra 310 millions de francs en espèces et 2,1 millions d'actions "
        "Helvara nouvelles."
    )
    deal = extract_deals(Article(text=text, language="fr", published="2026-05-04"))[0]
    assert [(a.value, a.kind) for a in deal.amounts] == [(480_000_000, "price")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # `entre` read as the preposition `between`, hung on `capital`
            "Le fonds Corvix Partners entre au capital de Belvane Data.",
            {("investor", "Corvix Partners"), ("investee", "Belvane Data")},
        ),
        (  # `injecte` read as an adjective of the subject, its sum as the subject's
            "Le fonds Corvix injecte 300 millions d'euros dans le capital de Nordel.",
            {("investor", "Corvix"), ("investee", "Nordel")},
        ),
        (  # the verb written after the name's bracket
            "Le groupe Maravel Invest (MVI) injecte 80 millions d'euros dans le capital de Nordel.",
            {("investor", "Maravel Invest"), ("investee", "Nordel")},
        ),
    ],
)
def test_a_capital_entry_verb_the_tagger_misread(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= roles(sentence)


def test_a_noun_the_tagger_read_as_a_verb_after_its_adjective() -> None:
    found = roles("La jeune pousse Korvex a levé 20 millions d'euros auprès du fonds Maravel.")
    assert {("investee", "Korvex"), ("investor", "Maravel")} <= found
