"""Deal assembly: grouping, amounts kept and rejected, status, ids, evidence, batching."""

from __future__ import annotations

import pytest

from pipeline.models import Article, Deal
from pipeline.nlp import extract_deals, extract_deals_batch
from pipeline.nlp.sentences import has_deal_cue, split_sentences

WIRE = (
    "Meridian Energy Inc said it agreed to acquire Castone\n"
    "Development Corp, of Ottawa, for 83 mln dlrs in cash.\n"
    "    Castone had 1986 sales of 20 mln dlrs, Meridian said.\n"
)


def roles(deal: Deal) -> set[tuple[str, str]]:
    return {(p.name, p.role) for p in deal.parties}


def test_acquisition_from_wrapped_wire_story() -> None:
    deals = extract_deals(Article(text=WIRE))
    assert len(deals) == 1
    deal = deals[0]
    assert deal.deal_type == "acquisition"
    assert roles(deal) == {("Meridian Energy", "acquirer"), ("Castone Development", "target")}
    assert {p.text for p in deal.parties} == {"Meridian Energy Inc", "Castone Development Corp"}
    assert [(a.text, a.value, a.kind) for a in deal.amounts] == [("83 mln dlrs", 83e6, "price")]
    assert [s.text for s in deal.sites] == ["Ottawa"]
    assert deal.status == "agreed"


def test_evidence_offsets_point_into_the_text() -> None:
    deal = extract_deals(Article(text=WIRE))[0]
    assert deal.evidence
    for evidence in deal.evidence:
        assert WIRE[evidence.start : evidence.end] == evidence.text


def test_several_deals_main_first() -> None:
    text = (
        "Anthropic has agreed to pay Northstar Compute $85 million per month for GPU capacity "
        "at its Reno data center. Northstar will provide the cluster to Anthropic from October "
        "2026. The contract between Anthropic and Northstar runs through June 2029.\n\n"
        "Separately, Lakeside Ventures will invest $40 million in Northstar."
    )
    deals = extract_deals(Article(text=text, published="2026-03-01"))
    assert [d.deal_type for d in deals] == ["compute_contract", "investment"]
    assert roles(deals[0]) == {("Anthropic", "customer"), ("Northstar Compute", "provider")}
    assert roles(deals[1]) == {("Lakeside Ventures", "investor"), ("Northstar Compute", "investee")}
    assert [(a.value, a.period) for a in deals[0].amounts] == [(85e6, "P1M")]
    assert [(a.value, a.kind) for a in deals[1].amounts] == [(40e6, "investment")]


def test_hedged_report_has_status_reported() -> None:
    text = "Acme Cloud would reportedly pay Bolt Data $2 billion for capacity, sources said."
    deal = extract_deals(Article(text=text))[0]
    assert deal.status == "reported"


def test_numbers_that_are_not_the_deals_are_dropped() -> None:
    text = (
        "Harbor Corp agreed to buy Ridge Inc for $500 million. Ridge had revenue of "
        "$90 million last year, and Harbor's market value is $4 billion."
    )
    deal = extract_deals(Article(text=text))[0]
    assert [a.value for a in deal.amounts] == [500e6]


def test_deal_id_is_stable_and_depends_on_parties_and_type() -> None:
    first = extract_deals(Article(text="Foo Corp agreed to acquire Bar Inc."))[0]
    again = extract_deals(Article(text="Bar Inc will be acquired by Foo Corp."))[0]
    other = extract_deals(Article(text="Foo Corp will invest $5 million in Bar Inc."))[0]
    assert first.id == again.id
    assert first.id != other.id


def test_no_deal_in_unrelated_text() -> None:
    assert extract_deals(Article(text="The weather in Memphis was warm on Tuesday.")) == []
    assert extract_deals(Article(text="")) == []


def test_batch_keeps_input_order() -> None:
    texts = [
        "Foo Corp agreed to acquire Bar Inc.",
        "Nothing to see here.",
        "Amazon will invest $4 billion in Anthropic.",
    ]
    results = list(extract_deals_batch(Article(text=t) for t in texts))
    assert [len(r) for r in results] == [1, 0, 1]
    assert results[2][0].deal_type == "investment"


def test_sentences_keep_offsets_and_join_wrapped_lines() -> None:
    sentences = split_sentences(WIRE)
    assert [s.text for s in sentences] == [
        "Meridian Energy Inc said it agreed to acquire Castone Development Corp, of Ottawa, "
        "for 83 mln dlrs in cash.",
        "Castone had 1986 sales of 20 mln dlrs, Meridian said.",
    ]
    for sentence in sentences:
        assert " ".join(WIRE[sentence.start : sentence.end].split()) == sentence.text


def test_sentences_split_after_a_legal_suffix_and_drop_datelines() -> None:
    text = "NEW YORK, Nov 3 (Example Wire) - Foo said it bought Bar Inc. The price was not given."
    assert [s.text for s in split_sentences(text)] == [
        "Foo said it bought Bar Inc.",
        "The price was not given.",
    ]


def test_press_release_datelines_after_a_subheading_are_dropped() -> None:
    """Newswire datelines (agency in slashes or parentheses after the date, or between
    dashes before it) open the release's first sentence after its headline lines; the
    parser reads the sentence without them, so the dateline is never a party."""
    releases = [
        "Tarnwell Grid sells meter unit\n\nProceeds cut debt\n\nFENWICK, Ore., Sept. 9, "
        "2026 /Example Newswire/ -- Tarnwell Grid, Inc. today agreed to sell its meter unit.",
        "Aubrac Cloud signs GPU deal\n\nLAVAL, Quebec, December 2, 2026 (Example Wire) -- "
        "Aubrac Cloud today agreed to supply GPUs to Morvan AI.",
        "Brisket Semiconductor order\n\nSAN MATEO, Calif.--(EXAMPLE WIRE)--Aug. 4, 2026--"
        "Brisket Semiconductor today agreed to supply accelerators to Pell Systems.",
    ]
    firsts = [split_sentences(text)[-1].text for text in releases]
    assert firsts == [
        "Tarnwell Grid, Inc. today agreed to sell its meter unit.",
        "Aubrac Cloud today agreed to supply GPUs to Morvan AI.",
        "Brisket Semiconductor today agreed to supply accelerators to Pell Systems.",
    ]
    parties = {p.name for d in extract_deals(Article(text=releases[2])) for p in d.parties}
    assert parties == {"Brisket Semiconductor", "Pell Systems"}


def test_deal_cue_filter() -> None:
    assert has_deal_cue("Acme agreed to acquire Bolt.")
    assert has_deal_cue("The lease runs until 2031.")
    assert not has_deal_cue("The weather was warm on Tuesday.")
    # newsletter items and short deal statements without a classic deal verb
    assert has_deal_cue("Hexel orders from Tarn.")
    assert has_deal_cue("Calder Ventures joined.")
    assert has_deal_cue("Wrenfield takes a Leipzig cluster.")
    assert has_deal_cue("Paris neocloud Vireo now has an anchor tenant.")
    assert not has_deal_cue("Analysts expect a busy week ahead.")


def test_transcript_timestamps_and_speaker_labels_are_not_said() -> None:
    text = (
        "[00:14:02] ANNA VOSS: Welcome back to the show.\n\n"
        "[00:14:11] PIET KOLAR: Yeah. So Ferrow signed the lease.\n\n"
        "JONAH BELL: And the rent?\n\n"
        "(12:40) Host: Two point eight billion."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Welcome back to the show.",
        "Yeah.",
        "So Ferrow signed the lease.",
        "And the rent?",
        "Two point eight billion.",
    ]
    assert text[sentences[1].start : sentences[1].end] == "Yeah."


def test_undisclosed_price_words_are_kept() -> None:
    text = "Scott's Hospitality Inc said it acquired Capital Food Ltd. Terms were not disclosed."
    deal = extract_deals(Article(text=text))[0]
    assert deal.amounts == []
    assert deal.amount_undisclosed == "not disclosed"


def test_target_location_from_a_later_sentence() -> None:
    text = (
        "Perkin-Elmer Corp said it acquired Atomika Technische Physik GmbH for 20 mln dlrs.\n\n"
        "Atomika, based in Munich, makes measuring instruments."
    )
    deal = extract_deals(Article(text=text))[0]
    assert [(s.text, s.kind) for s in deal.sites] == [("Munich", "location")]


def test_rivals_named_as_alternatives_are_not_parties() -> None:
    text = "Anthropic will pay xAI $1 billion a month rather than renting from AWS or Azure."
    deal = extract_deals(Article(text=text))[0]
    assert {p.name for p in deal.parties} == {"Anthropic", "xAI"}


def test_investor_without_an_object_invests_in_the_articles_investee() -> None:
    text = (
        "Intel will invest up to $3 billion in Vexa Labs and Siemens will invest up to $1 billion."
    )
    found = {frozenset(roles(d)) for d in extract_deals(Article(text=text))}
    assert frozenset({("Siemens", "investor"), ("Vexa Labs", "investee")}) in found


def test_funding_round_led_by_an_investor() -> None:
    text = "Quillon AI, a Boston-based startup, announced a funding round led by Harbor Ventures."
    deal = extract_deals(Article(text=text))[0]
    assert deal.deal_type == "investment"
    assert roles(deal) == {("Quillon AI", "investee"), ("Harbor Ventures", "investor")}


def test_anchoring_a_financing_round_for_a_company_is_an_investment() -> None:
    text = "Teller Partners will anchor a $300 million financing round for Brisa Energy."
    deal = extract_deals(Article(text=text))[0]
    assert deal.deal_type == "investment"
    assert roles(deal) == {("Teller Partners", "investor"), ("Brisa Energy", "investee")}


def test_investee_headquarters_is_no_site() -> None:
    """fixtures/deals/README.md: party headquarters are sites of acquisitions only."""
    text = "Teller Partners invested $40 million in Brisa Energy Inc, of Lisbon, Portugal."
    deal = extract_deals(Article(text=text))[0]
    assert deal.deal_type == "investment"
    assert deal.sites == []


def test_target_location_told_in_a_later_sentence() -> None:
    text = (
        "Halden Corp agreed to buy Pellam Valve Co for $5 million. "
        "Pellam, which is based in Tulsa, employs 300 people."
    )
    deal = extract_deals(Article(text=text))[0]
    assert [s.city for s in deal.sites] == ["Tulsa"]


def test_a_withheld_price_is_kept_as_words_and_a_described_party_is_not() -> None:
    withheld = extract_deals(
        Article(
            text="Harwell Industries said it acquired Dunmore Plastics. Terms were not disclosed."
        )
    )
    assert withheld[0].amount_undisclosed == "not disclosed"
    unnamed_buyer = extract_deals(
        Article(text="Harwell Industries sold its Dunmore Plastics unit to an undisclosed buyer.")
    )
    assert all(deal.amount_undisclosed is None for deal in unnamed_buyer)


def test_a_filings_item_heading_is_not_parsed_and_a_completion_is_current() -> None:
    assert not has_deal_cue("Item 2.01 Completion of Acquisition or Disposition of Assets.")
    filing = (
        "Item 2.01 Completion of Acquisition or Disposition of Assets.\n\n"
        "On May 4, 2026, Quarrington Data Corp. completed its previously announced "
        "acquisition of Felsham Networks from Brackley Partners LP for $84 million in cash."
    )
    deals = extract_deals(Article(text=filing, published="2026-05-05"))
    assert [d.deal_type for d in deals] == ["acquisition"]
    assert ("Felsham Networks", "target") in roles(deals[0])


@pytest.mark.parametrize(
    "opener",
    [
        "GRANTHAM, England, 4 March 2026 - ",
        "TROMSO, Norway, April 7, 2026 -- ",
        "FAIRBURN, Ga., Sept. 14, 2026 -- ",
        "KILNSEY, 12 May 2026 – ",
        "GRANTHAM and TROMSO, November 10, 2026 -- ",
        "FAIRBURN, Ga. and TROMSO, Norway, Jan. 5, 2026 -- ",
    ],
)
def test_datelines_without_an_agency_are_dropped(opener: str) -> None:
    """A dateline with no agency, its date day-first or month-first, opens the sentence
    but is no part of it (its town and date never glue to the first name)."""
    text = f"Pellworth Energy agrees wind deal\n\n{opener}Pellworth Energy plc has agreed to "
    text += "acquire two wind farms from Carrow Renewables Limited for £210 million."
    assert split_sentences(text)[-1].text.startswith("Pellworth Energy plc has agreed")


def test_a_section_label_ending_in_an_ampersand_letter_ends_its_sentence() -> None:
    text = "M&A. Ferncastle Digital has agreed to acquire Pollard Data Centres. J. R. Hale said."
    assert [s.text for s in split_sentences(text)] == [
        "M&A.",
        "Ferncastle Digital has agreed to acquire Pollard Data Centres.",
        "J. R. Hale said.",
    ]


def test_an_order_booked_from_a_customer_makes_the_booker_the_seller() -> None:
    deals = extract_deals(
        Article(
            text="Ashby Turbine Works has booked an order from Pennock Compute for 12 gas "
            "turbines, rated at 600 MW, for the campus Pennock is building in Texas."
        )
    )
    assert {(p.name, p.role) for d in deals for p in d.parties} == {
        ("Ashby Turbine Works", "seller"),
        ("Pennock Compute", "buyer"),
    }


def test_a_modifier_verb_does_not_hide_the_seller_of_an_agreed_purchase() -> None:
    """`a combined capacity` between the verb and its `from` phrase is no new clause."""
    deals = extract_deals(
        Article(
            text='Pellworth Energy plc ("Pellworth") announces that it has entered into an '
            "agreement to acquire three onshore wind farms in Wales, with a combined capacity "
            "of 180 MW, from Carrow Renewables Limited for £210 million."
        )
    )
    assert {(p.name, p.role) for d in deals for p in d.parties} == {
        ("Pellworth Energy", "acquirer"),
        ("Carrow Renewables", "seller"),
    }


def test_a_reporting_period_is_no_part_of_a_company_name() -> None:
    """An earnings call's `we` is the company of its heading, named without the quarter."""
    deals = extract_deals(
        Article(
            title="Harlow Digital (HRLW) Q3 2026 earnings call transcript",
            text="Harlow Digital Q3 2026 Earnings Call - prepared remarks and Q&A (excerpt)\n\n"
            "Operator: Welcome to the call.\n\nMarcus Hale, CEO: Thank you. We signed a "
            "12-year power purchase agreement with Brisa Wind for 150 megawatts from its "
            "Ridgeway wind farm.",
        )
    )
    assert {(p.name, p.role) for d in deals for p in d.parties} == {
        ("Harlow Digital", "buyer"),
        ("Brisa Wind", "seller"),
    }


def test_investors_of_a_round_are_kept_beside_an_older_round_told_in_a_relative_clause() -> None:
    """`which led its Series A in 2024` tells an older round in its own clause; the
    investors joining this round in the main clause stay this round's."""
    deals = extract_deals(
        Article(
            text="Brimlow, a Boston startup, has raised $90 million in a Series B round led by "
            "Ostwald Capital. Fenner Ventures joined the round, as did existing investor "
            "Harcastle Partners, which led Brimlow's $20 million Series A in 2024. The new "
            "money values the company at $700 million.",
            published="2026-05-04",
        )
    )
    assert {(p.name, p.role) for p in deals[0].parties} >= {
        ("Ostwald Capital", "investor"),
        ("Fenner Ventures", "investor"),
        ("Harcastle Partners", "investor"),
    }


def test_a_fund_that_also_participated_alongside_other_investors_invests() -> None:
    deals = extract_deals(
        Article(
            text="Tolvane Robotics said it had closed a CHF 20 million Series A round led by "
            "Gersau Ventures. The Brienz Innovation Fund also participated, alongside existing "
            "investors from the company's seed round."
        )
    )
    assert ("Brienz Innovation Fund", "investor") in {
        (p.name, p.role) for d in deals for p in d.parties
    }


def test_a_business_bought_by_its_description_is_no_target_party() -> None:
    """`its fibre network business`: what changes hands in an asset purchase is no
    company; the buyer and the seller are the deal's parties."""
    deals = extract_deals(
        Article(
            text="Ferrand Telecom has agreed to sell its fibre network business to Calloway "
            "Infrastructure for £1.2 billion, the companies said on Monday."
        )
    )
    parties = {(p.name, p.role) for d in deals for p in d.parties}
    assert not any(name.endswith("business") for name, _ in parties)
    assert {("Ferrand Telecom", "seller"), ("Calloway Infrastructure", "acquirer")} <= parties


@pytest.mark.parametrize(
    "title",
    [
        "Rack Talk, Ep. 41: Quarrow Cloud's Ines Moreau on a new power deal (transcript)",
        "Ines Moreau on Quarrow Cloud's new power deal",
        "Ines Moreau: Quarrow Cloud has signed its first power purchase agreement",
    ],
)
def test_the_we_of_a_show_or_a_post_is_the_company_its_title_names_next(title: str) -> None:
    """A podcast's or a personal post's title opens with the show or the author; the `we`
    of the text is the company the title names after it, never the show or the person."""
    deals = extract_deals(
        Article(
            title=title,
            text="Quarrow Cloud has signed its first power purchase agreement. We signed a "
            "12-year power purchase agreement with Brisa Wind for 150 megawatts from its "
            "Ridgeway wind farm.",
        )
    )
    found = {(p.name, p.role) for d in deals for p in d.parties}
    assert ("Quarrow Cloud", "buyer") in found
    assert not {name for name, _ in found} & {"Rack Talk", "Ines Moreau"}
