"""An Indian filing's addressee block (`To: BSE Limited, Phiroze Jeejeebhoy Towers, Dalal
Street, Mumbai 400 001; National Stock Exchange of India Limited, Exchange Plaza,
Bandra-Kurla Complex, Mumbai`) is no sentence of the story: its complex is no site. Names
are invented."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp import extract_deals
from pipeline.nlp.sentences import is_heading

BLOCK = (
    "To: BSE Limited, Phiroze Jeejeebhoy Towers, Dalal Street, Mumbai 400 001; National "
    "Stock Exchange of India Limited, Exchange Plaza, Bandra-Kurla Complex, Mumbai 400 051."
)


def test_the_addressee_block_is_a_heading() -> None:
    assert is_heading(BLOCK)
    assert is_heading("To, National Stock Exchange of India Limited, Exchange Plaza, Mumbai")
    assert not is_heading("To build the campus, Meghdoot Infra will spend Rs 900 crore.")


def test_the_exchange_address_is_no_site_of_the_deal() -> None:
    text = (
        "MEGHDOOT INFRA LIMITED\nDate: June 3, 2026\n\nTo,\nBSE Limited, Phiroze "
        "Jeejeebhoy Towers, Dalal Street, Mumbai 400 001\nNational Stock Exchange of India "
        "Limited, Exchange Plaza, Bandra Kurla Complex, Mumbai 400 051\n\nSub: Disclosure "
        "under Regulation 30.\n\nDear Sir/Madam, we wish to inform you that Meghdoot Infra "
        "Limited has received an order worth Rs 512 crore from Kaveri DataParks Private "
        "Limited for the supply of gas turbine packages totalling 90 MW."
    )
    deals = extract_deals(Article(text=text, published="2026-06-20"))
    assert [d.deal_type for d in deals] == ["supply"]
    assert [(s.name, s.city) for s in deals[0].sites] == []
