"""Parties and deal structure on constructions of unseen reporting (issue 8): deals with
one named side, filings' defined terms and headings, rejected approaches, newsletter
furniture glued to names. Every sentence is written for the test, with invented names."""

from __future__ import annotations

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals
from pipeline.nlp.defined_terms import find_definitions
from pipeline.nlp.model import load_model


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def deals_of(text: str, published: str = "2026-03-02") -> list[Deal]:
    return extract_deals(Article(text=text, published=published))


def test_an_order_from_an_unnamed_customer_is_a_deal_with_one_party() -> None:
    deals = deals_of(
        "Tovalo Systems said on Monday it had won an order for 4,000 GPUs from a North "
        "American hyperscaler. The order is worth about $180 million, the company said."
    )
    assert len(deals) == 1
    assert deals[0].deal_type == "supply"
    assert roles(deals[0]) == {("Tovalo Systems", "seller")}
    assert [(a.value, a.kind) for a in deals[0].amounts] == [(180e6, "total")]


def test_the_described_tenant_gives_the_named_side_its_role() -> None:
    deal = deals_of(
        "Brackwell Realty has signed a 15-year lease with an undisclosed tenant for its "
        "60 MW building in Reno, Nevada."
    )[0]
    assert deal.deal_type == "lease"
    assert roles(deal) == {("Brackwell Realty", "lessor")}


def test_an_unnamed_side_aside_does_not_join_or_add_to_a_named_deal() -> None:
    deals = deals_of(
        "Quillmoor Cloud agreed to provide 20,000 GPUs to Arvex Labs for $2 billion. "
        "Quillmoor said its Fresno campus had been pre-leased to a large cloud provider, "
        "which it did not name."
    )
    assert [roles(d) for d in deals] == [
        {("Quillmoor Cloud", "provider"), ("Arvex Labs", "customer")}
    ]


def test_a_customer_named_by_its_definite_description_is_no_unnamed_side() -> None:
    assert deals_of("Tovalo Systems won a second order from the same customer in May.") == []


def test_a_filing_items_caption_names_no_party() -> None:
    deal = deals_of(
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On May 4, 2026, Corliss Software, Inc., a Delaware corporation ("Corliss" or the '
        '"Company"), entered into an Agreement and Plan of Merger (the "Merger Agreement") '
        'with Wendell Systems, Inc., a Delaware corporation ("Wendell"). The Company would be '
        "required to pay Wendell a reverse termination fee of $40 million if the merger "
        "agreement is terminated because antitrust approvals are not obtained."
    )[0]
    assert roles(deal) == {("Corliss Software", "acquirer"), ("Wendell Systems", "target")}
    assert deal.status == "agreed"


def test_a_terminated_agreement_is_terminated() -> None:
    deal = deals_of(
        "Halden Corp said on Monday it had terminated its agreement to acquire Pemry Inc "
        "for $400 million after regulators objected."
    )[0]
    assert roles(deal) == {("Halden", "acquirer"), ("Pemry", "target")}
    assert deal.status == "terminated"


def test_a_live_blog_time_stamp_is_not_glued_to_the_name() -> None:
    deal = deals_of(
        "08:21 GMT - Corvell agrees £1.9bn sale of Tarnby.\n\n"
        "Corvell Group has agreed to sell its data centre business, Tarnby DC, to Osgrove "
        "Partners for £1.9bn."
    )[0]
    assert "GMT" not in " ".join(p.name for p in deal.parties)
    assert ("Corvell Group", "seller") in roles(deal)


def test_the_place_based_maker_described_after_its_name_is_the_target() -> None:
    deal = deals_of(
        "Hollin Automation has finally won over Peverel Robotics, agreeing on Sunday to buy "
        "the Leeds, England-based maker of picking robots for about $3.1 billion."
    )[0]
    assert roles(deal) == {("Hollin Automation", "acquirer"), ("Peverel Robotics", "target")}


def test_a_rejected_proposal_beside_the_deal_is_no_deal_and_gives_no_amount() -> None:
    deals = deals_of(
        "Velmont Group agreed to buy Corran Data for $2.4 billion on Monday. Corran had "
        "rejected an unsolicited $1.9 billion proposal from Velmont in March. Separately, "
        "Pexley Networks rejected an unsolicited $5.2 billion proposal from Arvo Capital."
    )
    assert [roles(d) for d in deals] == [{("Velmont Group", "acquirer"), ("Corran Data", "target")}]
    assert [a.value for a in deals[0].amounts] == [2.4e9]


def test_an_approach_denied_by_another_company_gives_no_amount() -> None:
    deal = deals_of(
        "Corvell Group has agreed to sell Tarnby DC to Osgrove Partners for £1.9bn. Kelbrook "
        "Telecom said it was not in talks with anyone about its fibre unit, after a newspaper "
        "reported that Osgrove had approached it with a £700m offer."
    )[0]
    assert [a.value for a in deal.amounts] == [1.9e9]


def test_money_committed_to_a_company_is_an_investment_unless_a_contract_is_told() -> None:
    for text in (
        "Quarrow Capital commits $1.5bn to Tessaly Data, the Dublin operator said on Monday.",
        "Quarrow Capital has earmarked $1.5 billion for Tessaly Data's new campus.",
    ):
        deal = deals_of(text)[0]
        assert deal.deal_type == "investment"
        assert roles(deal) == {("Quarrow Capital", "investor"), ("Tessaly Data", "investee")}
        assert [(a.value, a.kind) for a in deal.amounts] == [(1.5e9, "investment")]
    deal = deals_of(
        "Asterion AI commits $1.5 billion to Pelion Cloud. The start-up will take 16,000 "
        "GPUs at Pelion's Granite Run site under a three-year contract."
    )[0]
    assert deal.deal_type == "compute_contract"
    assert roles(deal) == {("Asterion AI", "customer"), ("Pelion Cloud", "provider")}


def test_a_newsletters_next_item_with_a_new_party_is_its_own_deal() -> None:
    deals = deals_of(
        "• Asterion AI commits $1.5 billion to Pelion Cloud. The start-up will take 16,000 "
        "GPUs under a three-year contract.\n\n"
        "Separately, Pelion Cloud signed a 15-year power purchase agreement with Oakhurst "
        "Energy for 300 MW from a solar project.\n\n"
        "• Reports that Lattice Forge is in talks to rent capacity from Northwind GPU "
        "remain unconfirmed."
    )
    assert [(d.deal_type, roles(d)) for d in deals] == [
        ("compute_contract", {("Asterion AI", "customer"), ("Pelion Cloud", "provider")}),
        ("power_purchase", {("Pelion Cloud", "buyer"), ("Oakhurst Energy", "seller")}),
    ]


def test_a_payment_for_a_licence_is_a_licence() -> None:
    deal = deals_of(
        "Atlasphere Cloud will pay Ceravon $75 million upfront for the licence, which lets "
        "it use Ceravon's interconnect designs in the accelerators it is developing."
    )[0]
    assert deal.deal_type == "licence"
    assert roles(deal) == {("Atlasphere Cloud", "licensee"), ("Ceravon", "licensor")}


def test_a_licence_of_a_model_built_by_a_company_has_that_company_as_licensor() -> None:
    deal = deals_of(
        "Ordway Therapeutics has licensed Helix-3, the protein-design model built by "
        "Lattice Mind, for five years. Ordway pays $18 million upfront."
    )[0]
    assert deal.deal_type == "licence"
    assert roles(deal) == {("Ordway Therapeutics", "licensee"), ("Lattice Mind", "licensor")}


def test_a_financing_agreement_providing_for_loans_is_no_supply_deal() -> None:
    deals = deals_of(
        "Halcrow Compute will provide Orvel Labs with access to 8,192 GPUs for three years. "
        "Halcrow Compute entered into an equipment financing agreement with Pallant Capital "
        "providing for term loans of up to $450 million, the proceeds of which will be used "
        "to purchase the GPUs for the Orvel cluster."
    )
    assert [(d.deal_type, roles(d)) for d in deals] == [
        ("compute_contract", {("Halcrow Compute", "provider"), ("Orvel Labs", "customer")}),
        ("other", {("Pallant Capital", "provider"), ("Halcrow Compute", "customer")}),
    ]  # the financing is the borrower's loan (fixtures' conventions), no supply deal
    assert 450e6 not in [a.value for a in deals[0].amounts]


def test_counted_projects_bought_from_a_company_are_an_asset_purchase() -> None:
    deal = deals_of(
        "Brightwell bought six solar projects in Georgia from Tanfield Renewables for $340 million."
    )[0]
    assert deal.deal_type == "acquisition"
    assert {("Brightwell", "acquirer"), ("Tanfield Renewables", "seller")} <= roles(deal)


def test_a_filings_defined_terms_stand_for_the_names_they_define() -> None:
    deal = deals_of(
        'On June 2, 2026, Dunstan Labs, Inc. (the "Company") announced that Halvern Corp. '
        '("Parent") had agreed to acquire it. Under the agreement, Parent will acquire the '
        "Company for $310 million in cash."
    )[0]
    assert roles(deal) == {("Halvern", "acquirer"), ("Dunstan Labs", "target")}


def test_definitions_name_the_nearest_company_and_a_vehicles_parent() -> None:
    text = (
        'Brellin Holdings, Inc., a Delaware corporation (the "Company"), signed with Osterley '
        'Group Ltd. ("Parent") and Kite Merger Sub, Inc., a wholly owned subsidiary of Parent '
        '("Merger Sub").'
    )
    names = ["Brellin Holdings, Inc.", "Osterley Group Ltd.", "Kite Merger Sub, Inc."]
    orgs = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = find_definitions(text, orgs, lambda name: True)
    assert [(d.term, d.name, d.parent) for d in found] == [
        ("company", "Brellin Holdings, Inc.", None),
        ("parent", "Osterley Group Ltd.", None),
        ("merger sub", "Kite Merger Sub, Inc.", "Parent"),
    ]


def test_a_joint_venture_building_a_data_center_stays_a_partnership() -> None:
    deal = deals_of(
        "Data-center developer Ironbark Digital and pension manager Tamsin Pension have "
        "formed a joint venture to build a 600 MW data centre campus near Temple, Texas."
    )[0]
    assert deal.deal_type == "partnership"
    assert roles(deal) == {("Ironbark Digital", "partner"), ("Tamsin Pension", "partner")}


def test_a_round_letter_ends_a_sentence_and_is_not_glued_to_the_next_name() -> None:
    deals = deals_of(
        "1) Pellory, $30m Series A. Northgate led a $30m round in Pellory, an Austin "
        "start-up that inspects welds."
    )
    assert {p.name for d in deals for p in d.parties} == {"Northgate", "Pellory"}


def test_a_filings_company_buys_delivered_racks_and_completes_an_announced_purchase() -> None:
    deals = deals_of(
        'On November 30, 2026, Brackley Compute Holdings, Inc. (the "Company") entered into '
        'a Master Purchase Agreement with Tessmore Systems, Inc. ("Tessmore"), pursuant to '
        "which Tessmore will manufacture and deliver GPU server racks to the Company. The "
        "Company paid Tessmore a deposit of approximately $213 million.\n\n"
        "On December 1, 2026, the Company completed its previously announced acquisition "
        'from Redwater Power Partners LP ("Redwater") of the Red Fork site in Ponca City, '
        "Oklahoma, for $96.5 million in cash."
    )
    by_type = {d.deal_type: roles(d) for d in deals}
    assert by_type["supply"] == {
        ("Brackley Compute Holdings", "buyer"),
        ("Tessmore Systems", "seller"),
    }
    assert {
        ("Brackley Compute Holdings", "acquirer"),
        ("Redwater Power Partners", "seller"),
    } <= by_type["acquisition"]


def test_co_leads_written_as_one_name_are_two_investors() -> None:
    deal = deals_of(
        "Mossburn AI has raised a €48M Series A. The round was co-led by Brightfell Ventures "
        "and Sørvik & Dahl Growth, with participation from Tekla Innovation Fund."
    )[0]
    investors = {name for name, role in roles(deal) if role == "investor"}
    assert {"Brightfell Ventures", "Sørvik & Dahl Growth"} <= investors


def test_an_agency_opener_and_a_take_private_phrase_are_no_parties() -> None:
    deal = deals_of(
        "Harwell agrees to buy Vessant Data\n\n"
        "(Example Markets News) -- Harwell Capital Partners agreed to buy Vessant Data Inc. "
        "for $38.50 a share in cash, taking the operator of 14 data centers private in a "
        "transaction valued at about $4.1 billion including debt."
    )
    assert [roles(d) for d in deal] == [
        {("Harwell Capital Partners", "acquirer"), ("Vessant Data", "target")}
    ]


def test_an_indian_private_limited_name_is_not_cut_at_pvt() -> None:
    deal = deals_of(
        "Sahel Cloud Services Pvt. Ltd has agreed to lease a data centre from Parvan "
        "Digital Infrastructure Ltd for 15 years."
    )[0]
    assert deal.deal_type == "lease"
    assert roles(deal) == {
        ("Sahel Cloud Services", "lessee"),
        ("Parvan Digital Infrastructure", "lessor"),
    }


def test_a_group_of_banks_led_by_two_named_banks_gives_both() -> None:
    names = {
        p.name
        for d in deals_of(
            "Ironmoor Digital and Tamsby Pension have formed a joint venture to build a data "
            "centre campus, and the venture has raised a $2.9 billion construction loan. The "
            "loan was provided by a group of banks led by Harlow & Stein Bank and Ridgemere "
            "Trust."
        )
        for p in d.parties
    }
    assert {"Harlow & Stein Bank", "Ridgemere Trust"} <= names


def test_a_consortium_led_by_one_and_including_another_buys_through_both() -> None:
    deal = deals_of(
        "Kilbride Group will be bought by a consortium led by Ashgrove Partners and "
        "including Pellham Infrastructure for 1.9 billion euros."
    )[0]
    assert roles(deal) == {
        ("Kilbride Group", "target"),
        ("Ashgrove Partners", "acquirer"),
        ("Pellham Infrastructure", "acquirer"),
    }


def test_deals_told_as_a_deal_noun_with_the_counterparty_are_the_subjects() -> None:
    deals = deals_of(
        "Cloud operator Harrowgate Compute has signed two long-term power purchase "
        "agreements covering 300MW of new capacity between them. The first contract is a "
        "20-year deal with Bexley Renewables for 180MW from the Tarnwood solar project. "
        "The second agreement, with Quillan Power, covers 120MW from the Morrow Flats "
        "wind farm."
    )
    assert [roles(d) for d in deals] == [
        {("Bexley Renewables", "seller"), ("Harrowgate Compute", "buyer")},
        {("Quillan Power", "seller"), ("Harrowgate Compute", "buyer")},
    ]
    assert {d.deal_type for d in deals} == {"power_purchase"}


def test_a_deal_noun_with_a_counterparty_beside_a_named_side_keeps_that_side() -> None:
    deals = deals_of(
        "Harrowgate Compute is growing fast in Ohio. Its subsidiary Tarnwood Holdings LLC "
        "entered into a lease with Bexley Realty for a 40MW building."
    )
    assert [{p.name for p in d.parties} for d in deals] == [{"Tarnwood Holdings", "Bexley Realty"}]


def test_sales_only_sought_and_deals_told_as_stopped_are_no_deals() -> None:
    """Beside the article's deal, a sale with no buyer that is only explored, weighed or
    handed to advisers, and a merger told as blocked or terminated, draft no deal; a
    named bidder in talks still does."""
    deals = deals_of(
        "Marlowe Data agreed to buy Pentrich Networks for $410 million on Monday. "
        "Separately, Ostley Infrastructure is exploring a sale of its stake in Caddon "
        "Fibre, according to people familiar with the matter. "
        "Brenlow Holdings has hired advisers to sell its Nordic portfolio, which could "
        "fetch about $900 million. "
        "Shares of Varrick Micro fell after its proposed merger with Tolland Devices was "
        "blocked by regulators. "
        "Elsewhere, Quarry Lane Capital is in talks to acquire Hesketh Software."
    )
    parties = {name for d in deals for name, _ in roles(d)}
    assert ("Marlowe Data", "acquirer") in roles(deals[0])
    assert ("Quarry Lane Capital", "acquirer") in {r for d in deals for r in roles(d)}
    assert not parties & {
        "Ostley Infrastructure",
        "Caddon Fibre",
        "Brenlow Holdings",
        "Varrick Micro",
        "Tolland Devices",
    }


def test_a_dated_dateline_is_no_party() -> None:
    """`LONDON, 14 October -` and `SOUTHAMPTON, England, 9 June 2026 -` open a wire story
    or a release: the place is no party and the company after the dash keeps its role."""
    for opener in ("LONDON, 14 October - ", "WEXFORD, England, 9 June 2026 - "):
        deals = deals_of(
            opener + "Calloway Telecom has agreed to sell a 49% stake in its towers unit "
            "to Brisbane Lane Partners for £800 million, the group said on Wednesday."
        )
        assert ("Calloway Telecom", "seller") in roles(deals[0])
        assert not {name for name, _ in roles(deals[0])} & {"LONDON", "WEXFORD", "England"}


def test_exchanges_and_tickers_of_a_listing_are_no_parties() -> None:
    """`Quellon Mining Corp. (TSXV:QLN)`, `(NSE: KESTRA, BSE: 540112)`: the exchange and
    the ticker in parentheses after a company are its listing, not organisations of the
    story; the company and its counterparty stay, and a parenthesis without a listing
    keeps its name."""
    texts = {
        "Quellon Mining Corp. (TSXV:QLN) said on Monday it had agreed to buy Ardith "
        "Resources for C$90 million.": {"Quellon Mining Corp.", "Ardith Resources"},
        "Kestra Infra Ltd (NSE: KESTRA, BSE: 540112) has agreed to acquire Pundara Data "
        "Centres for ₹1,200 crore.": {"Kestra Infra Ltd", "Pundara Data Centres"},
        "Harlow Fibre (a unit of Brisk Capital) signed a lease with Quay Ltd on Monday.": {
            "Brisk Capital",
            "Quay Ltd",
        },
    }
    for text, kept in texts.items():
        found = {e.text for e in load_model()(text).ents if e.label_ == "ORG"}
        assert kept <= found, found
        assert not found & {"TSXV", "QLN", "NSE", "KESTRA", "BSE"}, found


def test_a_termination_fee_is_no_deal_of_its_own() -> None:
    """`Y will pay X a $40 million termination fee`: the payment ends a deal that will not
    happen; beside the article's deal it drafts no deal of its own."""
    deals = deals_of(
        "Corvell Networks agreed to buy Ashby Fibre for $700 million on Tuesday. "
        "In other news, Tamsin Labs and Orlo Devices agreed to end their merger after "
        "regulators raised concerns, and Tamsin will pay Orlo a $40 million termination fee."
    )
    parties = {name for d in deals for name, _ in roles(d)}
    assert ("Corvell Networks", "acquirer") in roles(deals[0])
    assert not parties & {"Tamsin Labs", "Tamsin", "Orlo Devices", "Orlo"}, parties


def test_a_contract_with_a_third_party_does_not_join_an_untyped_agreement() -> None:
    deals = deals_of(
        "Quenby Cloud has signed a 15-year tolling agreement with Harlowe Energy for the "
        "output of a gas plant Harlowe will build near Lafayette, Louisiana.\n\n"
        "Harlowe has already lined up the fuel. Harlowe signed a 10-year gas supply "
        "agreement with Dunmore Pipeline for up to 150,000 MMBtu a day."
    )
    assert len(deals) == 2
    supply = next(d for d in deals if d.deal_type == "supply")
    assert {"Harlowe Energy", "Dunmore Pipeline"} <= {name for name, _ in roles(supply)}
    other = next(d for d in deals if d is not supply)
    assert "Dunmore Pipeline" not in {name for name, _ in roles(other)}
