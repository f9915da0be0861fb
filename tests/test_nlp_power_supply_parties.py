"""Parties of power, supply, lease and stake deals told in the shapes of trade and filing
prose (round 11, EN-P). Invented names."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals


def _parties(text: str) -> set[tuple[str, str]]:
    deals = extract_deals(Article(text=text, language="en", published="2026-05-13"))
    return {(p.name, p.role) for d in deals for p in d.parties}


def test_order_for_goods_from_a_buyer_hung_on_the_verb() -> None:
    """`received an order worth 40 billion yen for six turbines from Y`: the parse hangs
    `for six turbines` on the verb and `from Y` on the turbines; Y still orders."""
    text = (
        "OSAKA - Kurobane Machinery said on Tuesday it had received an order worth about "
        "40 billion yen for six aeroderivative gas turbines from Shiraoi Grid Power, which "
        "is building a power plant for a data center campus in Muroran, Hokkaido.\n\n"
        "The turbines will be delivered in 2028, Kurobane said."
    )
    assert _parties(text) == {("Shiraoi Grid Power", "buyer"), ("Kurobane Machinery", "seller")}


def test_the_group_a_titled_officer_speaks_for_is_the_company() -> None:
    """`Tarnby chief executive Jo Ek said the group would sell ...`: `the group` stands for
    the company the officer speaks for, never the person."""
    text = (
        "STOCKHOLM - Danish software group Tarnby Systems said on Monday it would buy "
        "Aalborg-based Vessel Analytics from investment firm Norrvik Capital for 2.1 billion "
        "Danish crowns in cash.\n\n"
        "Tarnby Chief Executive Mette Lund said full ownership would let the group sell "
        "Vessel's tools to its own customers across the region."
    )
    parties = _parties(text)
    assert not any(name.endswith("Mette Lund") for name, _ in parties)


def test_seller_after_a_stake_the_buyer_does_not_already_own() -> None:
    """`buy the 40% of X it does not already own from Y`: the negated verb is no `not Y`
    naming an alternative; Y sells."""
    text = (
        "OSLO - Fjordline Data said on Thursday it would buy the 40% of Bergen-based Skarvik "
        "Cloud it does not already own from investment firm Holmvik Invest for 900 million "
        "Norwegian crowns in cash."
    )
    assert ("Holmvik Invest", "seller") in _parties(text)


def test_sens_header_term_defines_the_company_not_the_exchange() -> None:
    """A JSE announcement's header: `X HOLDINGS LIMITED (Incorporated in ...) JSE share
    code: XYZ ("X" or "the Company")` defines X, whatever is named in between; a
    ring-fenced `(RF) Proprietary Limited` is a legal form."""
    text = (
        "Karoo Data Holdings Limited - Signing of renewable energy wheeling agreement\n\n"
        "KAROO DATA HOLDINGS LIMITED (Incorporated in the Republic of South Africa) JSE "
        'share code: KDH ISIN: ZAE000991122 ("Karoo Data" or "the Company")\n\n'
        "Shareholders are advised that Karoo Data has concluded a 15-year power purchase "
        'agreement with Vaalbank Solar Power (RF) Proprietary Limited ("Vaalbank Solar") '
        "for 60 MW of solar capacity from a facility near Upington in the Northern Cape."
    )
    parties = _parties(text)
    assert not any(name == "JSE" for name, _ in parties)
    assert ("Vaalbank Solar Power", "seller") in parties
    assert any(name.casefold().startswith("karoo data") and r == "buyer" for name, r in parties)


def test_subject_description_and_a_target_named_with_its_home_town() -> None:
    """`The mid-sized producer agreed to buy X of Denver, Colorado`: the subject description
    stands for the company told before; X is named without its town."""
    text = (
        "HOUSTON - Pelican Gas & Power is reshaping its portfolio. The mid-sized producer "
        "agreed on Monday to buy Ridgeback Basin Resources of Denver, Colorado, for $2.2 "
        "billion including debt, and said separately that it would sell its Canadian gas "
        "assets around Red Deer, Alberta, to Larchfield Energy for C$700 million."
    )
    parties = _parties(text)
    assert ("Ridgeback Basin Resources", "target") in parties
    assert ("Pelican Gas & Power", "acquirer") in parties


def test_analysis_told_after_a_years_since_background_deal() -> None:
    """`It has been two years since X agreed to buy ... from Y` is background; `Z said
    last week it would buy 500 MW from W's plant` is the news the analysis is about."""
    text = (
        "The nuclear PPA keeps stretching\n\n"
        "It has been a little over two years since Microsoft agreed to buy the output of a "
        "restarted reactor at Three Mile Island from Constellation Energy, a 20-year deal "
        "that made nuclear supply a procurement category.\n\n"
        "Marlow Compute, the GPU cloud that listed in June, said last week it would buy "
        "500 MW from Greyfell Nuclear's Otter Creek station near Paducah, Kentucky, for 25 "
        "years starting in 2030."
    )
    deals = extract_deals(Article(text=text, language="en", published="2026-10-12"))
    first = {(p.name, p.role) for p in deals[0].parties}
    assert first == {("Marlow Compute", "buyer"), ("Greyfell Nuclear", "seller")}


def test_trustee_acts_for_its_trust_in_a_sale_and_purchase_agreement() -> None:
    """`X Limited, in its capacity as trustee of Y REIT, has entered into a conditional sale
    and purchase agreement with Z to acquire ...`: the REIT buys, Z sells."""
    text = (
        "SINGAPORE, 3 March 2026 - Kallang Point REIT Management Pte. Ltd. announced today "
        "that Merlion Fiduciary Services Limited, in its capacity as trustee of Kallang Point "
        "Data REIT, has entered into a conditional sale and purchase agreement with Tembusu "
        "Property Holdings to acquire the Loyang Two data centre in Singapore for S$180.0 "
        "million."
    )
    parties = _parties(text)
    assert ("Tembusu Property Holdings", "seller") in parties
    assert any(name.startswith("Kallang Point Data") and r == "acquirer" for name, r in parties)
    assert not any(name.startswith("Merlion") for name, _ in parties)


def test_share_purchase_agreement_under_which_the_counterparty_buys() -> None:
    """`the Company signed a share purchase agreement with Y, under which Y will acquire
    51% of Z`: the Company sells."""
    text = (
        "PT Rinjani Telekomunikasi Tbk - Sale of 51% of PT Lombokdata\n\n"
        'On May 4, 2026, PT Rinjani Telekomunikasi Tbk ("Company") signed a conditional share '
        "purchase agreement with Casuarina Infrastructure Partners, a Singapore-based investor, "
        "under which Casuarina Infrastructure Partners will acquire 51% of the shares of PT "
        "Lombokdata for a consideration of IDR 3.1 trillion."
    )
    parties = _parties(text)
    assert ("Casuarina Infrastructure Partners", "acquirer") in parties
    assert ("Casuarina Infrastructure Partners", "seller") not in parties
    assert not any(name.startswith("PT Rinjani") and r == "acquirer" for name, r in parties)


def test_filing_company_named_only_in_its_title_and_a_share_subscription() -> None:
    """A Regulation 30 disclosure names its filer in the title and then says `the Company`:
    the Company signs the PPA; its Share Subscription Agreement to acquire 26% of the
    generator's equity is an investment, not a purchase."""
    text = (
        "Dear Sir/Madam, we wish to inform you that on May 12, 2026 the Company executed a "
        "Power Purchase Agreement (PPA) with Suryakund Green Power Four Private Limited "
        '("Suryakund Four"), a special purpose vehicle, for the supply of renewable '
        "electricity to the Company's data centre campus at Thane. In order to qualify as a "
        "captive user, the Company has also executed a Share Subscription Agreement to "
        "acquire 26% of the equity share capital of Suryakund Four.\n\n"
        "For Kaveri Netsystems Limited, Company Secretary."
    )
    article = Article(
        text=text,
        title="Kaveri Netsystems Ltd: Disclosure under Regulation 30 - Power Purchase Agreement",
        language="en",
        published="2026-05-13",
    )
    found = {(d.deal_type, p.name, p.role) for d in extract_deals(article) for p in d.parties}
    assert ("power_purchase", "Kaveri Netsystems", "buyer") in found
    assert ("power_purchase", "Suryakund Green Power Four", "seller") in found
    assert not any(t == "acquisition" for t, _, _ in found)
