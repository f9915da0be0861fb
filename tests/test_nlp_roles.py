"""Deal frames from unusual wordings: parse attachments the rules must survive."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.model import load_model
from pipeline.nlp.roles import find_frames, resolve


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


def test_company_receiving_an_offer_is_the_target() -> None:
    found = roles(
        "Marlow Inc said it received an unsolicited offer of 40 dlrs a share from "
        "Penfield Group Inc"
    )
    assert ("target", "Marlow Inc") in found
    assert ("acquirer", "Penfield Group Inc") in found


def test_a_price_after_from_does_not_turn_the_bidder_into_the_target() -> None:
    found = roles(
        "Vantage Corp said it will raise its offer for Kellner Inc to 12 dlrs a share from 10 dlrs."
    )
    assert ("acquirer", "Vantage Corp") in found
    assert ("target", "Kellner Inc") in found


def test_possessor_of_a_buyout_by_someone_is_the_target() -> None:
    found = roles("Tessco Inc said its proposed buyout by chairman John Reed has been terminated.")
    assert ("target", "Tessco Inc") in found
    assert ("acquirer", "John Reed") in found


def test_company_reporting_an_offer_by_a_bidder_is_its_target() -> None:
    found = roles(
        "Halden Corp said its board rejected a 30 dlr a share takeover offer by investor "
        "Carl Brandt."
    )
    assert ("target", "Halden Corp") in found
    assert ("acquirer", "Carl Brandt") in found


def test_company_organs_and_units_act_for_the_company() -> None:
    merged = roles(
        "Dorset Inc said its shareholders approved a plan to merge into privately held "
        "Kenmore Industries Inc."
    )
    assert ("target", "Dorset Inc") in merged
    bought = roles(
        "Selwyn Corp said its oil and gas unit completed the acquisition of a 30 pct working "
        "interest in a Texas field from Marsh Oil Co."
    )
    assert ("acquirer", "Selwyn Corp") in bought


def test_hyphenated_modifiers_stay_in_a_bought_asset() -> None:
    found = roles("Ardent Corp said it acquired 14 long-term care facilities for 40 mln dlrs.")
    assert ("target", "14 long-term care facilities") in found


def test_a_unit_stands_for_the_name_written_after_it() -> None:
    doc = load_model()(
        "Pryor Corp said it sold its Dutch subsidiary, Van Looy Chemie BV, to a group of "
        "Belgian investors."
    )
    unit = next(t for t in doc if t.lower_ == "subsidiary")
    assert [(m.text, m.owner) for m in resolve(unit, allow_asset=True)] == [
        ("Van Looy Chemie BV", "Pryor Corp")
    ]


def test_an_argument_is_resolved_once_per_sentence_and_each_caller_gets_its_own_list() -> None:
    doc = load_model()("Kestrel Ridge Power agreed to buy Marlow Fen Solar and Ostby Wind.")
    verb = next(t for t in doc if t.lower_ == "buy")
    target = next(c for c in verb.children if c.dep_ == "dobj")
    first = resolve(target)
    assert {m.text for m in first} == {"Marlow Fen Solar", "Ostby Wind"}
    first.clear()  # a caller changing its list changes no other caller's
    again = resolve(target)
    assert {m.text for m in again} == {"Marlow Fen Solar", "Ostby Wind"}
    assert again is not resolve(target)
    assert {m.text for m in resolve(target, conjuncts=False)} == {"Marlow Fen Solar"}


def test_owner_of_a_unit_named_with_of() -> None:
    found = roles(
        "Harwell Inc said it acquired the Flow Controls Division of Brennan-Hale Corp for an "
        "undisclosed amount of cash."
    )
    assert ("seller", "Brennan-Hale Corp") in found
    doc = load_model()(
        "Tellco Systems Inc said its proposed acquisition of the Thermal Products Division of "
        "privately-held Baxter-Lind Corp has been terminated."
    )
    owners = {m.owner for f in find_frames(doc) for r, m in f.args if r == "target"}
    assert owners == {"Baxter-Lind Corp"}


def test_company_accepting_an_offer_is_the_target() -> None:
    found = roles(
        "Lindell Corp said Baywood Homes Inc has accepted its previously announced "
        "acquisition offer."
    )
    assert ("target", "Baywood Homes Inc") in found
    assert ("acquirer", "Lindell Corp") in found


def test_brands_listed_as_content_are_not_licensors() -> None:
    found = roles(
        "Hasbro signed a licensing agreement with Brightwave that lets fans make games "
        "featuring characters from Pixar, Marvel and Lucasfilm."
    )
    assert {name for _, name in found} == {"Hasbro", "Brightwave"}


def test_subject_of_a_second_invest_verb_the_parse_attaches_to_the_first() -> None:
    found = roles(
        "Intel will invest up to $3 billion in Vexa Labs and Siemens will invest up to $1 billion."
    )
    assert ("investor", "Siemens") in found
    assert ("investee", "Siemens") not in found


def test_a_pronoun_inside_its_own_antecedent_does_not_loop() -> None:
    # "most of it" sits inside the subject "it" would resolve to.
    text = (
        "Brenlow's existing fleet of about 1.8 GW, most of it leased to cloud groups, was "
        "built over five years."
    )
    deals = extract_deals(Article(text=text, published="2026-02-01"))  # RecursionError before
    assert all(p.name != "it" for d in deals for p in d.parties)


def _sides(text: str) -> list[tuple[str, dict[str, str]]]:
    deals = extract_deals(Article(text=text, published="2026-06-01"))
    return [(d.deal_type, {p.name: p.role for p in d.parties}) for d in deals]


def test_a_stake_word_that_says_who_owns_a_company_is_no_deal() -> None:
    assert _sides("Harlan Labs is majority-owned by the pension fund Oster Capital.") == []
    assert _sides("Harlan Labs, which is wholly owned by Oster Capital, builds turbines.") == []
    bought = _sides("Oster Capital acquired a majority of Harlan Labs for $40 million.")
    assert bought == [("acquisition", {"Oster Capital": "acquirer", "Harlan Labs": "target"})]


def test_ordering_goods_from_a_company_is_a_supply_deal() -> None:
    text = "Pellow Data Centres has ordered transformers from Brantley Grid in a $1.4 billion deal."
    assert _sides(text) == [("supply", {"Pellow Data Centres": "buyer", "Brantley Grid": "seller"})]
    assert _sides("Customers ordered more phones in the quarter.") == []


def test_a_description_followed_by_the_name_stands_for_the_name() -> None:
    text = "Cobalt Fen Capital has invested £590m in the US robotics company Larch Robotics."
    assert _sides(text) == [
        ("investment", {"Cobalt Fen Capital": "investor", "Larch Robotics": "investee"})
    ]


def _investors(text: str) -> set[str]:
    return {n for _, parties in _sides(text) for n, r in parties.items() if r == "investor"}


def test_every_investor_of_a_list_joins_the_round() -> None:
    lead = "Tarn Robotics raised $90 million in a Series B led by Coldwater Ventures."
    alongside = (
        " New investors Hobart Lane and Orla Partners joined the round, alongside existing"
        " investors Brackwater Capital and Selby Fen."
    )
    assert _investors(lead + alongside) >= {"Brackwater Capital", "Selby Fen"}
    came_in = (
        " New investors Dunmore Partners, Harl Capital and Oslo-based venture fund Kettle"
        " Growth came in."
    )
    assert _investors(lead + came_in) >= {"Dunmore Partners", "Harl Capital", "Kettle Growth"}
    chipped_in = " Quenby Road and existing backer Tolmar Oak also chipped in."
    assert _investors(lead + chipped_in) >= {"Quenby Road", "Tolmar Oak"}
    rest = " Existing investors Lowick Capital and Brora Partners supplied the rest."
    assert _investors(lead + rest) >= {"Coldwater Ventures", "Lowick Capital", "Brora Partners"}


def test_companies_forming_a_joint_venture_are_partners() -> None:
    text = (
        "On Monday data-center builder Calloway Digital and pension manager Strathy Pension"
        " formed a joint"
        " venture to build a campus in Ohio, the companies said."
    )
    deals = _sides(text)
    assert [set(parties.items()) for _, parties in deals] == [
        {("Calloway Digital", "partner"), ("Strathy Pension", "partner")}
    ]


def test_who_sells_power_or_chips_follows_from_what_is_bought() -> None:
    plant = "Greyholm Data will buy 150 MW from Brora Heat Energy's geothermal plant for 15 years."
    assert _sides(plant) == [
        ("power_purchase", {"Greyholm Data": "buyer", "Brora Heat Energy": "seller"})
    ]
    operator = (
        "Greyholm Data has signed a 15-year agreement to buy 800 MW from the plant, which"
        " Lowfell Generation will build and operate."
    )
    assert {p: r for _, parties in _sides(operator) for p, r in parties.items()} == {
        "Greyholm Data": "buyer",
        "Lowfell Generation": "seller",
    }
    chips = "Greyholm Data said it would buy 25,000 of Tarbet Micro's accelerators."
    assert _sides(chips) == [("supply", {"Greyholm Data": "buyer", "Tarbet Micro": "seller"})]
    compute = "Greyholm Data will buy $30 billion of computing power from Orrin Cloud."
    assert [t for t, _ in _sides(compute)] == ["compute_contract"]


def test_money_poured_into_projects_with_a_partner_makes_a_partnership() -> None:
    text = (
        "Strome Capital will pour $40 billion into data centers built in partnership with"
        " Quill AI, the two companies said."
    )
    assert [parties for _, parties in _sides(text)] == [
        {"Strome Capital": "investor", "Quill AI": "partner"}
    ]


def test_stake_words_that_tell_no_purchase_make_no_deal() -> None:
    supply = "Corrow Micro agreed to supply Lindqvist Labs with chips worth $4 billion."
    warrant = (
        " As part of the agreement, Corrow issued Lindqvist a warrant for up to 90 million"
        " Corrow shares, roughly 6% of the company."
    )
    assert [t for t, _ in _sides(supply + warrant)] == ["supply"]
    held = "Brenlow's fleet of about 1.8 GW, most of it leased to cloud groups, is sold out."
    assert _sides(held) == []


def test_a_purchase_dated_by_an_earlier_year_is_background() -> None:
    text = (
        "Kenmore Towers agreed to buy Aldous Fibre from Pell Capital for £900m."
        " Analysts asked whether Kenmore could integrate it while digesting its 2023"
        " purchase of Orford Masts for £1.1bn."
    )
    names = {n for _, parties in _sides(text) for n in parties}
    assert "Aldous Fibre" in names
    assert "Orford Masts" not in names


def test_owners_described_beside_a_seller_and_sellers_listed_twice() -> None:
    owner = (
        "Harwick Utilities has agreed to acquire Glenmore Energy Holdings from Dunlin"
        " Generation LLC, a portfolio company of Ashby Capital, for $1.05 billion in cash."
    )
    roles_found = {p: r for _, parties in _sides(owner) for p, r in parties.items()}
    assert roles_found.get("Dunlin Generation") == "seller"
    assert "Ashby Capital" not in roles_found
    twice = (
        "Fairbourne Cloud is buying Brannagh Hosting from its two founders and from Kilcar"
        " Growth Partners, the Dublin investment firm that holds a 30% stake."
    )
    roles_found = {p: r for _, parties in _sides(twice) for p, r in parties.items()}
    assert roles_found.get("Kilcar Growth Partners") == "seller"


def test_a_named_facility_is_not_a_party_of_an_agreement() -> None:
    text = (
        "Tarrow Power signed an agreement with Quill AI and the Brisk Hollow Energy Center"
        " to supply 300 MW."
    )
    names = {n for _, parties in _sides(text) for n in parties}
    assert "Brisk Hollow Energy Center" not in names


def test_a_share_of_a_plants_output_sold_is_a_power_purchase() -> None:
    text = (
        "Tenby Energy said it will build a gas-fired plant in Texas and sell all of its"
        " output to Marlowe Labs for 20 years."
    )
    assert _sides(text) == [("power_purchase", {"Tenby Energy": "seller", "Marlowe Labs": "buyer"})]


def test_a_description_ending_in_a_common_noun_is_not_a_party() -> None:
    text = (
        "Under the partnership, Northby Cloud will install and operate GPU clusters and sell"
        " capacity to AI developers and European enterprises."
    )
    names = {n for _, parties in _sides(text) for n in parties}
    assert "European enterprises" not in names


def test_the_lead_pair_is_no_owner_and_unit_and_no_commentator() -> None:
    assert _sides("Harlan Wind is majority-owned by Oster Capital and sells power in Iowa.") == []
    assert (
        _sides("Harlan Wind, a unit of Oster Capital, operates power plants for data centers.")
        == []
    )
    commentator = (
        "Analysts at Brisk Securities said Harlan Wind's power purchase agreements with"
        " utilities are worth more than its rivals'."
    )
    assert _sides(commentator) == []


def test_a_stake_bought_from_its_holder_is_an_acquisition() -> None:
    text = (
        "Harland Tools said it would take a 25 pct stake in robotics start-up Quell AI."
        " Harland will pay 300 mln dlrs to buy a 15 pct stake from Tamar Ventures, one of"
        " Quell's first investors."
        " Harland's last big purchase was its 640 mln dlr acquisition of Osric Sensors in 2023."
    )
    found = {
        (n, r) for t, parties in _sides(text) if t == "acquisition" for n, r in parties.items()
    }
    assert {("Harland Tools", "acquirer"), ("Tamar Ventures", "seller")} <= found
    assert not any(n == "Osric Sensors" for n, _ in found)


def test_an_existing_shareholder_adding_to_its_holding_joins_the_round() -> None:
    text = (
        "Tarn Robotics said it had raised 20 billion yen from new investors led by Coldwater"
        " Ventures. Existing shareholder Marsh Financial Group added to its holding, and new"
        " investors Oxley Partners and Brede Capital came in."
    )
    assert "Marsh Financial Group" in _investors(text)
    assert _sides("Ferrow Cloud added 200 MW to its portfolio in Texas.") == []


def test_a_company_that_did_not_invest_is_no_investor() -> None:
    text = (
        "Tarn Robotics raised $90 million in a Series B led by Coldwater Ventures."
        " Chirpstack is a separate company and did not invest, although its chatbot is"
        " integrated into Chirpstack's app."
    )
    assert "Chirpstack" not in _investors(text)


def test_a_deal_hoped_for_is_no_deal() -> None:
    wish = (
        "Baltra chief executive Ivo Renn called Oreno a partner and said the company hoped"
        " to sell it several hundred thousand chips over the next five years."
    )
    assert not any(name == "Ivo Renn" for _, name in roles(wish))
    assert ("provider", "Baltra") in roles("Baltra agreed to sell it 20,000 chips.")


def test_the_payee_of_a_by_paying_clause_is_not_the_buyer() -> None:
    found = roles(
        "Lakeview Mining Inc said it agreed to acquire Tamber Copper Co by paying five mln "
        "dlrs to Osgood Metals Ltd."
    )
    assert ("acquirer", "Lakeview Mining Inc") in found
    assert ("acquirer", "Osgood Metals Ltd.") not in found


def test_paying_a_sum_for_a_named_company_is_buying_it() -> None:
    found = roles(
        "Brackley Foods Inc said it will pay Hollin Group 12 mln dlrs for Dunmore Bakeries Inc."
    )
    assert found >= {
        ("acquirer", "Brackley Foods Inc"),
        ("seller", "Hollin Group"),
        ("target", "Dunmore Bakeries Inc."),
    }


def test_paying_for_capacity_is_no_purchase_of_a_company() -> None:
    found = roles("Osterly AI will pay Brennic Cloud $2 billion for GPU capacity over five years.")
    assert not {r for r, _ in found} & {"acquirer", "target"}


def test_the_company_after_a_fronted_clause_is_that_clauses_subject() -> None:
    found = roles(
        "When Marden Corp announced the transaction in May, the company said it was paying "
        "40 mln dlrs for Pellow Instruments Inc."
    )
    assert ("acquirer", "Marden Corp") in found


def test_a_companys_home_does_not_glue_it_to_the_next_company() -> None:
    found = roles(
        "Compagnie des Ateliers Morvan of France and Tessaro Corp said they agreed to buy "
        "Quillon Data Systems Inc."
    )
    assert ("acquirer", "Compagnie des Ateliers Morvan") in found
    assert not any("Tessaro" in name and "Morvan" in name for _, name in found)


def test_the_home_of_a_first_target_is_not_part_of_the_second() -> None:
    found = roles(
        "Ardent Inc said it completed the purchase of Halvard Guard Service Inc of New York "
        "and Halvard Patrol Inc of Connecticut."
    )
    assert ("target", "Halvard Patrol Inc") in found
    assert not any(name.startswith("New York") for _, name in found)


def test_the_parent_of_the_seller_named_in_apposition_is_not_a_second_seller() -> None:
    found = roles(
        "Barrow Aero Corp said it agreed to acquire the assets of the Kestrel Magnetics "
        "division of Dunholm Industries Inc, a unit of Pellam Holdings Inc."
    )
    assert ("seller", "Dunholm Industries Inc") in found
    assert not any(r == "seller" and "Pellam" in name for r, name in found)


def test_a_deal_verb_in_the_perfect_progressive_is_ongoing_business() -> None:
    assert not roles("In Korea, Hanmora Motors has been selling its compact Vireo since May 2019.")
    assert not roles("Its rival Tellgate has been buying small design firms of its own.")


def test_an_object_pronoun_is_not_its_own_verbs_subject() -> None:
    text = (
        "Data Centres | Deals\n\n"
        "Corvelle Grid Holdings will buy Ashby Storage for $90 million, it said on Monday. "
        "The company also said it had signed a 20-year power purchase agreement under which "
        "Pentland Solar will supply it with 200 MW of solar power."
    )
    ppa = [parties for kind, parties in _sides(text) if kind == "power_purchase"]
    assert ppa == [{"Corvelle Grid Holdings": "buyer", "Pentland Solar": "seller"}]
    # the reflexive still stands for the subject of its own verb
    assert _sides("Pentland Solar will supply itself with 200 MW of solar power.") == []


def test_a_company_taking_it_over_is_not_its_own_target() -> None:
    text = (
        "One of West Germany's major feedstuff and grain traders, Tagus Korn GmbH and Co KG, "
        "said Harbor Foods Inc of the U.S. was taking it over, effective June 1."
    )
    deals = extract_deals(Article(text=text, published="1987-03-01"))
    assert [{p.name: p.role for p in d.parties} for d in deals] == [
        {"Harbor Foods": "acquirer", "Tagus Korn": "target"}
    ]
    # the possessive written with the place is not part of it
    assert [s.text for s in deals[0].sites] == ["West Germany"]


def test_a_denied_report_of_a_deal_is_no_deal() -> None:
    assert not roles(
        "Brontide Energy denied a report that it would buy Halloway Grid for $2 billion."
    )
    assert not roles(
        "Vesper Systems says reports that it is about to buy optical start-up Oakline Optics "
        'for around $900 million are "market speculation".'
    )
    # a rumour that nobody denies still tells a (reported) deal
    assert ("acquirer", "Brontide Energy") in roles(
        "Analysts said there was speculation Brontide Energy would buy Halloway Grid."
    )


def test_closing_a_lettered_round_is_raising_it() -> None:
    found = roles("Pellary AI closed a $120M Series B this week, led by Oxter Capital.")
    assert ("investee", "Pellary AI") in found
    assert not roles("Pellary AI closed its office in Leeds this week.")


def test_capacity_locked_in_or_booked_from_a_provider() -> None:
    locked = roles("Quenby Labs locked in 4,000 GPUs from Tarrow Cloud for three years.")
    assert {("customer", "Quenby Labs"), ("provider", "Tarrow Cloud")} <= locked
    booked = roles("Quenby Labs booked 200 megawatts of capacity from Tarrow Cloud.")
    assert {("customer", "Quenby Labs"), ("provider", "Tarrow Cloud")} <= booked
    assert not roles("Quenby Labs locked in its prices for three years.")


def test_the_company_an_order_came_from_is_its_customer() -> None:
    text = (
        "Tamsin Electronics said it had agreed to supply server racks. It did not name the"
        " buyer, but a spokeswoman said the order came from Harlow Data Centres."
    )
    deals = extract_deals(Article(text=text))
    assert {(p.name, p.role) for p in deals[0].parties} >= {
        ("Harlow Data Centres", "buyer"),
        ("Tamsin Electronics", "seller"),
    }
    assert not roles("The idea came from Harlow Data Centres.")


def test_buying_its_output_buys_from_the_company_told_before() -> None:
    text = (
        "Orla Nuclear said on Monday that it plans to restart the Kelby reactor after"
        " Harlow Data Centres agreed to buy most of its output under a 20-year agreement."
    )
    deals = extract_deals(Article(text=text))
    assert deals[0].deal_type == "power_purchase"
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Harlow Data Centres", "buyer"),
        ("Orla Nuclear", "seller"),
    }


def test_a_take_private_names_its_buyers_through_the_consortium() -> None:
    passive = roles(
        "Listed operator Wexcombe Data has agreed to be taken private by a consortium of "
        "Orland Infrastructure Partners and pension fund Tarrant Super."
    )
    assert passive == {
        ("target", "Wexcombe Data"),
        ("acquirer", "Orland Infrastructure Partners"),
        ("acquirer", "Tarrant Super"),
    }
    active = roles("Orland Infrastructure will take Wexcombe Data private in an all-cash deal.")
    assert {("acquirer", "Orland Infrastructure"), ("target", "Wexcombe Data")} <= active
    assert ("acquirer", "Orland Infrastructure") not in roles(
        "Orland Infrastructure has taken the whole campus on a ten-year term."
    )


def test_investors_who_also_invested_join_the_round() -> None:
    also = roles("Fenner Growth and Boston fund Calloway Partners also invested.")
    assert ("investor", "Calloway Partners") in also
    assert not roles("Calloway Partners invested heavily.")
    joined = roles(
        "Ruskin raised $85 million in a round led by Tamber Ventures, with Calloway "
        "Partners also investing."
    )
    assert {("investor", "Tamber Ventures"), ("investor", "Calloway Partners")} <= joined


def test_a_loan_names_its_lenders_and_the_subject_of_its_verb_borrows() -> None:
    """A loan's lenders provide it; the subject of the verb that takes the loan (secured,
    closed, signed) borrows it (the suite's convention: a loan's borrower is its
    `customer`), unless the verb lends (`extended`, `arranged`, `committed`)."""
    group = roles(
        "The venture has lined up a $2.4 billion construction loan from a group of banks "
        "led by Pellam Bank and Norrow Savings Bank, with five other lenders."
    )
    assert group == {("provider", "Pellam Bank"), ("provider", "Norrow Savings Bank")}
    led = roles("The facility is led by Pellam Bank and Norrow Savings Bank.")
    assert {("provider", "Pellam Bank"), ("provider", "Norrow Savings Bank")} <= led
    own = roles("Quenby Labs secured a $500 million credit facility from Pellam Bank.")
    assert own == {("provider", "Pellam Bank"), ("customer", "Quenby Labs")}
    closed = roles("Quenby Labs closed a $500 million credit facility from Pellam Bank.")
    assert closed == {("provider", "Pellam Bank"), ("customer", "Quenby Labs")}
    extended = roles("Pellam Bank extended a $500 million credit facility to Quenby Labs.")
    assert extended == {("provider", "Pellam Bank"), ("customer", "Quenby Labs")}
    committed = roles(
        "A group of banks led by Pellam Bank has committed a $2 billion term loan to Quenby Labs."
    )
    assert {("provider", "Pellam Bank"), ("customer", "Quenby Labs")} <= committed
    acted = roles("Pellam Bank and Norrow Savings Bank acted as joint lead arrangers.")
    assert acted == {("provider", "Pellam Bank"), ("provider", "Norrow Savings Bank")}


def test_land_bought_from_a_seller_is_an_asset_purchase_with_no_target() -> None:
    bare = roles("Tarrow Data bought the farmland from Kessel Farms for $92 million.")
    assert bare == {("acquirer", "Tarrow Data"), ("seller", "Kessel Farms")}
    counted = roles("Kessel Farms sold 120 acres of land to Tarrow Data for $14 million.")
    assert counted == {("seller", "Kessel Farms"), ("acquirer", "Tarrow Data")}
    hung = roles(
        "Tarrow Data said it had closed the purchase of 410 acres of farmland next to the "
        "campus from Kessel Farms for $92 million."
    )
    assert ("seller", "Kessel Farms") in hung
    assert not any(role == "target" for role, _ in hung)
    assert not roles(
        "We had purchase obligations of $1.3 billion, mostly for switches from Arvel Systems."
    )


def test_a_counterparty_named_after_a_description_the_parse_misreads() -> None:
    collected = roles(
        "Harlan Cloud will collect roughly $2.4 billion over five years from artificial "
        "intelligence startup Quenby AI, the company said."
    )
    assert {("provider", "Harlan Cloud"), ("customer", "Quenby AI")} <= collected
    supplied = roles(
        "Tarrow Networks will supply GPU cloud capacity to generative-AI startup Quenby AI "
        "for three years."
    )
    assert {("provider", "Tarrow Networks"), ("customer", "Quenby AI")} <= supplied
    assert ("customer", "Quenby AI") not in roles(
        "Tarrow Telecom agreed to supply racks to help Quenby AI grow."
    )


def test_money_spent_with_or_on_a_provider_pays_it() -> None:
    on = roles(
        "Quenby AI agreed to spend $6 billion over four years on computing capacity from "
        "Harlan Cloud."
    )
    assert on == {("customer", "Quenby AI"), ("provider", "Harlan Cloud")}
    with_ = roles("Quenby AI has agreed to spend at least $2 billion with Harlan Cloud.")
    assert with_ == {("customer", "Quenby AI"), ("provider", "Harlan Cloud")}
    assert ("provider", "Tarrow Networks") not in roles(
        "Quenby AI, which expects to spend $7 billion on capital expenditure this year, has "
        "also signed cloud agreements with Tarrow Networks."
    )


def test_a_bank_joining_a_loan_lends_and_does_not_invest() -> None:
    loan = roles(
        "The loan is led by Pellam Bank and Norrow Savings Bank, with Kessford Bank "
        "also participating."
    )
    assert ("provider", "Kessford Bank") in loan
    assert ("investor", "Kessford Bank") not in loan
    round_ = roles(
        "Ruskin raised $85 million in a round led by Tamber Ventures, with Kessford "
        "Capital participating."
    )
    assert ("investor", "Kessford Capital") in round_


def test_investors_listed_beside_a_frame_investor_join_it() -> None:
    """The parse hangs a list's first name, or a name after `and returning investors`,
    anywhere; the surface list still makes each one an investor."""
    co_led = roles(
        "Robotics startup Tarnfeld raised $90 million in a Series B co-led by Quarry Hill "
        "Capital and Lindqvist Ventures."
    )
    assert {("investor", "Quarry Hill Capital"), ("investor", "Lindqvist Ventures")} <= co_led
    returning = roles(
        "Ostrava Partners led the round, with participation from Meadowlark Capital and "
        "returning investors Brenlow and Castellane Partners."
    )
    assert {("investor", "Brenlow"), ("investor", "Castellane Partners")} <= returning


def test_subjects_a_round_verb_adds_after_itself_are_investors() -> None:
    found = roles(
        "Fallowmere Ventures and Pike Ridge Capital also joined the round, as did existing "
        "backer Corbel Fund."
    )
    assert ("investor", "Corbel Fund") in found
    assert ("investor", "Tessaly Growth") in roles(
        "Brightfen Capital led the round alongside Tessaly Growth."
    )


def test_a_name_described_after_a_list_is_not_listed() -> None:
    """`X, the venture arm of chipmaker Y`: Y is X's parent, not one more investor."""
    found = roles(
        "Harlow Ventures and Ember Capital, the venture arm of chipmaker Ember Devices, "
        "also joined the round."
    )
    assert ("investor", "Ember Capital") in found
    assert ("investor", "Ember Devices") not in found


def test_a_borrower_obtaining_a_loan_and_its_lenders() -> None:
    """`secured` / `lined up` a loan: the subject borrows; `with` names a lender."""
    secured = roles("Tallowfen Networks secured a $400 million bridge loan from Harcastle Bank.")
    assert {("customer", "Tallowfen Networks"), ("provider", "Harcastle Bank")} <= secured
    lined = roles("Brisby Grid has lined up a $250 million term loan from Oakmere Bank.")
    assert ("customer", "Brisby Grid") in lined
    facility = roles("Pellow Fibre closed a $90 million credit facility with Dunmore Bank.")
    assert ("provider", "Dunmore Bank") in facility


def test_a_loan_stays_a_loan_beside_leasing_words() -> None:
    """A loan's noun states its type: a plan to pre-lease the building it funds does not
    make the loan a lease."""
    text = (
        "The venture has signed a five-year green loan of $700 million with a group of "
        "lenders led by Harcastle Bank and Orme Savings Bank to fund construction. "
        '"We intend to pre-lease most of the building before completion," the chief '
        "executive said."
    )
    deals = extract_deals(Article(text=text))
    assert [d.deal_type for d in deals] == ["other"]
    assert {(p.name, p.role) for p in deals[0].parties} == {
        ("Harcastle Bank", "provider"),
        ("Orme Savings Bank", "provider"),
    }


def test_named_owner_of_a_bought_asset_sells_it() -> None:
    passive = _sides(
        "Tessaly Industries Inc's paper mill in Dover, Del., has been purchased by Halbrook "
        "Corp for 40 mln dlrs, the company said."
    )
    assert passive[0][1].get("Tessaly Industries") == "seller"
    assert passive[0][1].get("Halbrook") == "acquirer"
    noun = _sides(
        "Halbrook Corp said it completed the acquisition of Tessaly Industries Inc's paper unit."
    )
    assert noun[0][1].get("Tessaly Industries") == "seller"


def test_a_unit_named_after_its_owner_is_another_company() -> None:
    sides = _sides(
        "Marrow Corp said it signed a letter of intent to sell its courier unit, Marrow "
        "Express Ltd, to Pellan Air for about 54 mln dlrs."
    )
    assert sides[0][1] == {"Marrow": "seller", "Marrow Express": "target", "Pellan Air": "acquirer"}


def test_raising_an_offer_stays_an_acquisition_and_a_divestment_is_a_sale() -> None:
    raised = _sides(
        "Halbrook Corp said it will increase its takeover offer for Tessaly Industries Inc "
        "to five dlrs a share."
    )
    assert raised[0] == ("acquisition", {"Halbrook": "acquirer", "Tessaly Industries": "target"})
    sold = _sides(
        "Dorvan Inc said it completed the divestment of its sensor division to Kelby Partners Ltd."
    )
    assert sold[0][1].get("Dorvan") == "seller"
    assert sold[0][1].get("Kelby Partners") == "acquirer"


def test_a_deal_verb_under_a_negated_intention_is_no_deal() -> None:
    assert not roles("Halbrook Corp said it does not intend to sell its Tessaly shares.")


def test_a_defined_role_term_types_an_agreement_and_names_the_side() -> None:
    sides = _sides(
        "Marlow Data Trust has entered into a conditional sale and purchase agreement with "
        'Pellan Estates Berhad (the "Vendor") to acquire a freehold data centre in Johor.'
    )
    assert sides[0] == (
        "acquisition",
        {"Marlow Data Trust": "acquirer", "Pellan Estates": "seller"},
    )
    sellers = _sides(
        "On March 3, 2026, Brisk Holdings Inc. entered into an agreement with Tolland Capital "
        'LLC (the "Seller") under which it will acquire Arden Fibre LLC for $40 million.'
    )
    assert sellers[0][1].get("Tolland Capital") == "seller"
    assert sellers[0][1].get("Brisk Holdings") == "acquirer"


def test_the_company_of_shares_sold_when_the_parse_hangs_it_on_the_verb() -> None:
    sides = _sides("Halbrook Corp said it sold 30 mln ordinary shares in Tessaly Plc.")
    assert sides[0] == ("acquisition", {"Halbrook": "seller", "Tessaly": "target"})


def test_a_leading_participle_hung_on_the_round_verb_names_its_investors() -> None:
    found = roles(
        "Kestrine Labs closed a $120M Series B this week, co-led by Dunhollow Partners and "
        "Marisca Growth."
    )
    assert ("investee", "Kestrine Labs") in found
    assert ("investor", "Dunhollow Partners") in found


def test_a_round_named_only_where_a_value_was_set_is_no_deal() -> None:
    """`was valued at $X in a round led by Y` refers to an earlier round."""
    assert not roles(
        "Brellow, which builds coding tools, was valued at $6 billion in a funding round "
        "led by Astor Vale Ventures in May."
    )
    raised = roles(
        "Brellow raised $300 million in a round led by Astor Vale Ventures that valued it at "
        "$6 billion."
    )
    assert ("investor", "Astor Vale Ventures") in raised


def test_a_group_acts_through_the_members_its_own_clause_lists() -> None:
    for group in (
        "a group of investors that includes Tessaly Partners and Orvan Capital",
        "a consortium comprising Tessaly Partners and Orvan Capital",
        "a group made up of Tessaly Partners and Orvan Capital",
    ):
        found = roles(f"Halbrook Corp will acquire a 55 pct stake from {group}.")
        assert {("seller", "Tessaly Partners"), ("seller", "Orvan Capital")} <= found
    named = roles(
        "Kelby Corp urged holders to reject a tender offer from the partnership, which "
        "includes Tessaly Partners and Orvan Capital."
    )
    assert ("acquirer", "Tessaly Partners") not in named


def test_a_plural_pronoun_stands_for_both_subjects() -> None:
    sides = _sides("Halbrook Inc and Tessaly Corp said they agreed to merge.")
    assert sides == [("acquisition", {"Halbrook": "acquirer", "Tessaly": "target"})]


def test_the_owner_of_a_stake_under_a_sale_or_purchase_sells_it() -> None:
    sold = _sides(
        "Tessaly Corp said talks continue on the sale of the company's 49 pct interest in "
        "Orvan Resources Ltd."
    )
    assert sold[0][1] == {"Tessaly": "seller", "Orvan Resources": "target"}
    bought = _sides(
        "Halbrook Inc said it completed the purchase of Tessaly Corp's 40 pct stake in Orvan "
        "Foods Inc."
    )
    assert bought[0][1] == {"Halbrook": "acquirer", "Tessaly": "seller", "Orvan Foods": "target"}


def test_a_noun_of_several_words_starts_its_own_frame() -> None:
    """`a power purchase agreement`: a deal noun written in several words gives its
    frame's deal type; its last words alone (`a purchase agreement`) start none."""
    nlp = load_model()
    ppa = "Quillon Power signed a power purchase agreement with Marrow Data."
    frames = find_frames(nlp(ppa))
    assert [(f.deal_type, [m.text for _, m in f.args]) for f in frames] == [
        ("power_purchase", ["Quillon Power", "Marrow Data"])
    ]
    assert find_frames(nlp(ppa.replace("power purchase", "purchase"))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Quenby Realty has leased both buildings back to Tarrow Bank under a 15-year lease.",
        "Quenby Realty bought the campus and leased it back to Tarrow Bank for 12 years.",
    ],
)
def test_a_buyer_leasing_a_building_back_to_its_seller_is_the_landlord(sentence: str) -> None:
    assert {("lessor", "Quenby Realty"), ("lessee", "Tarrow Bank")} <= roles(sentence)


def test_a_seller_leasing_back_from_its_buyer_is_the_tenant() -> None:
    found = roles("Tarrow Bank will lease back the buildings from Quenby Realty.")
    assert {("lessee", "Tarrow Bank"), ("lessor", "Quenby Realty")} <= found


def test_the_counterparty_of_a_possessed_lease_is_the_landlord() -> None:
    found = roles("In September, Harlan Cloud amended its lease with Cinder Data LLC.")
    assert found == {("lessee", "Harlan Cloud"), ("lessor", "Cinder Data LLC")}


@pytest.mark.parametrize(
    ("sentence", "acquirer", "target"),
    [
        (
            "Corlan Foods agreed to merge with smaller rival Harvest Row.",
            "Corlan Foods",
            "Harvest Row",
        ),
        (
            "Oskar Therapeutics will combine with Veltria Diagnostics.",
            "Oskar Therapeutics",
            "Veltria Diagnostics",
        ),
        (
            "Corlan Foods is to merge with Harvest Row in an all-stock deal.",
            "Corlan Foods",
            "Harvest Row",
        ),
        ("Harvest Row will merge into Corlan Foods next year.", "Corlan Foods", "Harvest Row"),
    ],
)
def test_a_company_merging_with_another_buys_it_unless_it_merges_into_it(
    sentence: str, acquirer: str, target: str
) -> None:
    frame = next(f for f in find_frames(load_model()(sentence)) if f.deal_type == "acquisition")
    assert {(r, m.text) for r, m in frame.args} == {("acquirer", acquirer), ("target", target)}


def test_an_agreement_for_the_grid_link_or_secrecy_frames_no_deal() -> None:
    """`amend our interconnection service agreement with Y`, `the transmission arrangements
    with Y`, `a nondisclosure agreement with Y`: what a company needs around a deal, no
    deal; the same noun without such a purpose still frames one."""
    for sentence in (
        "We have to amend our interconnection service agreement with Kestova Grid.",
        "The deal needs the transmission arrangements with Borealis Hydro to be signed.",
        "Tarnwell Data signed a nondisclosure agreement with Pemberly Cloud in March.",
    ):
        assert roles(sentence) == set(), sentence
    assert ("partner", "Pemberly Cloud") in roles(
        "Tarnwell Data signed an agreement with Pemberly Cloud in March."
    )
