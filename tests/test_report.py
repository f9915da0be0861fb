"""The evidence page: unit tests on the HTML, and a render in headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from pipeline.models import (
    Amount,
    Article,
    Deal,
    Evidence,
    EvidenceField,
    ExtractionResult,
    Party,
    Quantity,
    Site,
    Term,
)
from pipeline.report import render_html

XHTML = "{http://www.w3.org/1999/xhtml}"

LEAD = (
    "Anthropic has agreed to pay xAI $1.25 billion a month for the full capacity of the "
    "Colossus 1 data center in Memphis, Tennessee, according to people familiar with the matter."
)
TERMS = (
    "The contract runs until May 2029 and could be worth more than $40 billion in total, "
    "the people said."
)
POWER = "Colossus 1 draws about 300 megawatts, enough for roughly 200,000 GPUs."
ASIDE = (
    "Amazon Web Services and Google Cloud, which also rent chips to Anthropic, "
    "were not part of the deal; Nvidia shares rose 2%."
)
ARTICLE_TEXT = f"{LEAD} {TERMS}\n\n{POWER}\n\n{ASIDE}"


def evidence(text: str, field: EvidenceField, sentence: str) -> Evidence:
    """Evidence for `sentence`, with its true offsets in `text`."""
    start = text.index(sentence)
    return Evidence(field=field, text=sentence, start=start, end=start + len(sentence))


def seed_like_result() -> ExtractionResult:
    """A realistic compute-contract record, built by hand with correct offsets."""
    text = ARTICLE_TEXT
    capacity = Quantity(value=300, unit="MW", qualifier="approx", text="about 300 megawatts")
    deal = Deal(
        id="anthropic-xai-compute_contract",
        deal_type="compute_contract",
        status="reported",
        summary="Anthropic pays xAI $1.25 billion a month for Colossus 1 until May 2029.",
        parties=[
            Party(name="Anthropic", role="customer", text="Anthropic"),
            Party(name="xAI", role="provider", text="xAI", parent="SpaceX"),
        ],
        amounts=[
            Amount(value=1.25e9, currency="USD", period="P1M", text="$1.25 billion a month"),
            Amount(
                value=40e9,
                currency="USD",
                qualifier="more_than",
                kind="total",
                text="more than $40 billion",
            ),
        ],
        quantities=[capacity],
        term=Term(end="2029-05", text="until May 2029"),
        sites=[
            Site(
                name="Colossus 1",
                kind="data_center",
                city="Memphis",
                region="Tennessee",
                country="US",
                capacity=capacity,
                text="Colossus 1 data center in Memphis, Tennessee",
            )
        ],
        evidence=[
            evidence(text, "party", LEAD),
            evidence(text, "amount", LEAD),
            evidence(text, "amount", TERMS),
            evidence(text, "quantity", POWER),
            evidence(text, "term", TERMS),
            evidence(text, "site", LEAD),
            evidence(text, "deal_type", LEAD),
            evidence(text, "status", LEAD),
        ],
    )
    article = Article(
        url="https://news.example.com/2026/05/anthropic-xai-colossus",
        title="Anthropic to pay xAI $1.25 billion a month for Colossus 1",
        published="2026-05-22",
        site_name="Example News",
        language="en",
        text=text,
    )
    return ExtractionResult(id=article.url, article=article, deals=[deal])


# Highlights per field in `seed_like_result`: one per fact (deal type and status: one each).
EXPECTED_FIELDS = Counter(
    {"party": 2, "amount": 2, "quantity": 1, "term": 1, "site": 1, "deal_type": 1, "status": 1}
)


def crossing_result() -> ExtractionResult:
    """Two sentence-level spans that cross, and markup-looking text that must be escaped."""
    text = (
        "Acme <script>alert('x')</script> & Co buys Widget Ltd for €500m. "
        "The deal closes in 2027.\n\nNo other facts here."
    )
    first = Evidence(field="status", text=text[0:40], start=0, end=40)
    end = text.index(" facts")
    second = Evidence(field="deal_type", text=text[20:end], start=20, end=end)
    deal = Deal(id="acme-widget-acquisition", deal_type="acquisition", evidence=[first, second])
    article = Article(title="Acme <b>buys</b> Widget", text=text)
    return ExtractionResult(article=article, deals=[deal])


def parse_xml(html: str) -> ET.Element:
    """The page parsed strictly: mis-nested marks would raise here."""
    return ET.fromstring(html.split("\n", 1)[1])


def marks(root: ET.Element) -> list[ET.Element]:
    return [el for el in root.iter(f"{XHTML}mark") if "data-field" in el.attrib]


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def test_every_fact_is_highlighted_once_with_its_field() -> None:
    root = parse_xml(render_html([seed_like_result()]))
    assert Counter(m.attrib["data-field"] for m in marks(root)) == EXPECTED_FIELDS
    assert {m.attrib["data-deal"] for m in marks(root)} == {"0"}
    ids = [m.attrib["id"] for m in marks(root)]
    assert len(ids) == len(set(ids))


def test_highlights_cover_the_fact_words_not_the_sentence() -> None:
    root = parse_xml(render_html([seed_like_result()]))
    by_field: dict[str, list[str]] = {}
    for mark in marks(root):
        by_field.setdefault(mark.attrib["data-field"], []).append(text_of(mark))
    assert sorted(by_field["party"]) == ["Anthropic", "xAI"]
    assert sorted(by_field["amount"]) == ["$1.25 billion a month", "more than $40 billion"]
    assert by_field["term"] == ["until May 2029"]
    assert by_field["quantity"] == ["about 300 megawatts"]
    assert by_field["site"] == ["Colossus 1 data center in Memphis, Tennessee"]
    assert by_field["status"] == [LEAD]


def test_hover_titles_carry_normalised_values() -> None:
    root = parse_xml(render_html([seed_like_result()]))
    titles = {
        text_of(m): m.attrib["title"] for m in marks(root) if m.attrib["data-field"] != "status"
    }
    assert titles["$1.25 billion a month"] == "amount: 1,250,000,000 USD per month (P1M), payment"
    assert titles["more than $40 billion"] == "amount: more than 40,000,000,000 USD, total"
    assert titles["xAI"] == "party: xAI, provider (parent: SpaceX)"
    assert titles["until May 2029"] == "term: until 2029-05"
    assert titles["about 300 megawatts"] == "quantity: about 300 MW"
    assert titles["Colossus 1 data center in Memphis, Tennessee"] == (
        "site: Colossus 1 (data center), Memphis, Tennessee, US, about 300 MW"
    )


def test_article_text_survives_intact_in_paragraphs() -> None:
    root = parse_xml(render_html([seed_like_result()]))
    text_div = next(d for d in root.iter(f"{XHTML}div") if d.attrib.get("class") == "text")
    paragraphs = [text_of(p) for p in text_div.iter(f"{XHTML}p")]
    assert paragraphs == ARTICLE_TEXT.split("\n\n")


def test_deal_panel_lists_records_and_raw_json() -> None:
    html = render_html([seed_like_result()])
    root = parse_xml(html)
    deal = next(a for a in root.iter(f"{XHTML}article") if a.attrib.get("class") == "deal")
    panel = text_of(deal)
    assert "Deal 1 (main deal): compute contract, reported" in panel
    assert "customer" in panel and "provider" in panel
    assert "1,250,000,000 USD per month (P1M), payment" in panel
    assert "Colossus 1 (data center), Memphis, Tennessee, US" in panel
    raw = next(d for d in deal.iter(f"{XHTML}details"))
    assert '"deal_type": "compute_contract"' in text_of(raw)
    links = [a.attrib["href"] for a in deal.iter(f"{XHTML}a")]
    assert sorted(links) == sorted(f"#{m.attrib['id']}" for m in marks(root))


def test_markup_in_text_and_metadata_is_escaped() -> None:
    html = render_html([crossing_result()])
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co" in html
    assert "Acme &lt;b&gt;buys&lt;/b&gt; Widget" in html
    root = parse_xml(html)
    assert not list(root.iter(f"{XHTML}script"))
    assert not list(root.iter(f"{XHTML}b"))


def test_crossing_spans_split_without_corrupting_text() -> None:
    result = crossing_result()
    assert result.article is not None
    text = result.article.text
    root = parse_xml(render_html([result]))
    text_div = next(d for d in root.iter(f"{XHTML}div") if d.attrib.get("class") == "text")
    assert [text_of(p) for p in text_div.iter(f"{XHTML}p")] == text.split("\n\n")
    pieces: dict[str, list[str]] = {}
    for mark in root.iter(f"{XHTML}mark"):
        span_id = mark.get("id") or mark.get("data-part-of") or ""
        pieces.setdefault(span_id, []).append(text_of(mark))
    first = {m.attrib["data-field"]: m.attrib["id"] for m in marks(root)}
    assert pieces[first["status"]] == [text[0:40]]
    # deal_type starts inside status and crosses its end and a paragraph break: three pieces.
    assert pieces[first["deal_type"]] == [
        "x')</script> & Co bu",
        "ys Widget Ltd for €500m. The deal closes in 2027.",
        "No other",
    ]


def test_error_results_show_the_error() -> None:
    failed = ExtractionResult(
        id="https://example.org/gone", error="HTTP 404 <Not Found> for https://example.org/gone"
    )
    html = render_html([failed, seed_like_result()])
    root = parse_xml(html)
    sections = [s for s in root.iter(f"{XHTML}section") if s.attrib.get("class") == "result"]
    assert len(sections) == 2
    error = next(p for p in sections[0].iter(f"{XHTML}p") if p.attrib.get("class") == "error")
    assert text_of(error) == "Error: HTTP 404 <Not Found> for https://example.org/gone"
    assert not [m for m in sections[0].iter(f"{XHTML}mark")]
    assert Counter(m.attrib["data-field"] for m in marks(sections[1])) == EXPECTED_FIELDS


def test_evidence_with_wrong_offsets_is_found_or_listed() -> None:
    result = seed_like_result()
    deal = result.deals[0]
    shifted = Evidence(field="term", text=TERMS, start=3, end=3 + len(TERMS))
    missing = Evidence(field="status", text="A sentence the parser dropped.", start=9000, end=9030)
    broken = result.model_copy(
        update={
            "deals": [
                deal.model_copy(update={"evidence": [shifted, missing], "status": "announced"})
            ]
        }
    )
    root = parse_xml(render_html([broken]))
    found = {m.attrib["data-field"]: text_of(m) for m in marks(root)}
    assert found == {"term": "until May 2029", "status": "A sentence the parser dropped."}


def test_non_web_urls_are_not_links() -> None:
    result = seed_like_result()
    assert result.article is not None
    article = result.article.model_copy(update={"url": "javascript:alert(1)"})
    html = render_html([result.model_copy(update={"article": article, "id": None})])
    assert 'href="javascript' not in html
    assert "javascript:alert(1)" in html


def test_page_is_self_contained() -> None:
    html = render_html([seed_like_result(), crossing_result()])
    tags = lxml.html.document_fromstring(html)
    assert not tags.xpath("//script | //link | //img | //iframe | //object")
    assert "default-src 'none'" in html
    assert "url(" not in html and "@import" not in html


def one_deal_page(text: str, deal: Deal) -> ET.Element:
    """The parsed page for one article holding `deal`."""
    return parse_xml(render_html([ExtractionResult(article=Article(text=text), deals=[deal])]))


def test_deals_sharing_a_sentence_each_get_their_highlight() -> None:
    text = "Microsoft and Nvidia will invest up to $15 billion in Anthropic, the companies said."
    deals = [
        Deal(
            id=f"{investor.lower()}-anthropic-investment",
            deal_type="investment",
            parties=[
                Party(name=investor, role="investor", text=investor),
                Party(name="Anthropic", role="investee", text="Anthropic"),
            ],
            evidence=[evidence(text, "party", text), evidence(text, "party", text)],
        )
        for investor in ("Microsoft", "Nvidia")
    ]
    root = parse_xml(render_html([ExtractionResult(article=Article(text=text), deals=deals)]))
    found = sorted((m.attrib["data-deal"], text_of(m), m.attrib["title"]) for m in marks(root))
    assert found == [
        ("0", "Anthropic", "party: Anthropic, investee (deal 1)"),
        ("0", "Microsoft", "party: Microsoft, investor (deal 1)"),
        ("1", "Anthropic", "party: Anthropic, investee (deal 2)"),
        ("1", "Nvidia", "party: Nvidia, investor (deal 2)"),
    ]


def test_fact_words_missing_from_the_sentence_highlight_the_sentence() -> None:
    text = "The agreement is worth a little over nine figures. Nothing else."
    sentence = "The agreement is worth a little over nine figures."
    deal = Deal(
        id="d",
        amounts=[Amount(value=1e8, currency="USD", qualifier="more_than", text="$100m")],
        evidence=[evidence(text, "amount", sentence)],
    )
    (mark,) = marks(one_deal_page(text, deal))
    assert text_of(mark) == sentence
    assert "sentence" in mark.attrib["class"].split()
    assert mark.attrib["title"] == "amount (sentence): more than 100,000,000 USD, payment"


def test_fact_words_match_whole_words_only() -> None:
    text = "xAI signed with AI startup Mistral AI."
    deal = Deal(
        id="d",
        parties=[Party(name="Mistral AI", role="partner", text="Mistral AI")],
        evidence=[evidence(text, "party", text)],
    )
    (mark,) = marks(one_deal_page(text, deal))
    start = text.index("Mistral AI")
    assert text_of(mark) == text[start : start + len("Mistral AI")]


@pytest.mark.parametrize(
    ("fact", "field", "title"),
    [
        (
            Amount(value=30e9, value_max=40e9, currency="USD", qualifier="approx", text="$30-40bn"),
            "amount",
            "amount: about 30,000,000,000–40,000,000,000 USD, payment",
        ),
        (
            Amount(value=71.6e6, currency="GBP", period="P1Y", kind="price", text="£71.6m"),
            "amount",
            "amount: 71,600,000 GBP per year (P1Y), price",
        ),
        (
            Amount(value=2.5, period="P6M", kind="other", text="2.5"),
            "amount",
            "amount: 2.5 every P6M, other",
        ),
        (
            Quantity(value=100_000, unit="GPU", qualifier="up_to", text="100k"),
            "quantity",
            "quantity: up to 100,000 GPU",
        ),
        (
            Term(start="2026-10", end="2029-06", duration="P3Y", text="T"),
            "term",
            "term: 2026-10 to 2029-06, P3Y",
        ),
        (Term(start="2026", text="T"), "term", "term: from 2026"),
        (Term(duration="P20Y", text="T"), "term", "term: P20Y"),
        (Site(region="Texas", country="US", text="S"), "site", "site: unnamed site, Texas, US"),
    ],
)
def test_hover_title_formats(
    fact: Amount | Quantity | Term | Site, field: EvidenceField, title: str
) -> None:
    text = f"Facts: {fact.text} here."
    lists = {"amount": "amounts", "quantity": "quantities", "site": "sites"}
    value: object = fact if field == "term" else [fact]
    deal = Deal.model_validate(
        {"id": "d", lists.get(field, field): value, "evidence": [evidence(text, field, text)]}
    )
    (mark,) = marks(one_deal_page(text, deal))
    assert (text_of(mark), mark.attrib["title"]) == (fact.text, title)


def test_empty_inputs_still_make_a_valid_page() -> None:
    assert "No results." in text_of(parse_xml(render_html([])))
    page = text_of(parse_xml(render_html([ExtractionResult(article=Article(title="Blank"))])))
    assert "No article text." in page and "No deal found." in page


# --- a real browser ----------------------------------------------------------------------


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    """Run Debian's headless Chromium; fail (not skip) when it is missing."""
    binary = shutil.which("chromium")
    if binary is None:
        pytest.fail("chromium is not on PATH: run `scripts/setup --dev` (apt-get install chromium)")
    command = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_page_renders_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "evidence.html"
    failed = ExtractionResult(id="https://example.org/gone", error="fetch failed: timeout")
    page.write_text(render_html([seed_like_result(), crossing_result(), failed]), encoding="utf-8")
    dom = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    tree = lxml.html.document_fromstring(dom)

    sections = tree.xpath("//section[@class='result']")
    assert len(sections) == 3
    seed_fields = Counter(el.get("data-field") for el in sections[0].xpath(".//*[@data-field]"))
    assert seed_fields == EXPECTED_FIELDS
    crossing = Counter(el.get("data-field") for el in sections[1].xpath(".//*[@data-field]"))
    assert crossing == Counter({"status": 1, "deal_type": 1})
    amount = sections[0].xpath(".//mark[@data-field='amount' and @data-deal='0']")[0]
    assert amount.get("title") == "amount: 1,250,000,000 USD per month (P1M), payment"
    assert amount.text_content() == "$1.25 billion a month"
    assert not tree.xpath("//script")
    assert "<script>alert('x')</script>" in sections[1].text_content()
    assert sections[2].xpath(".//p[@class='error']")[0].text_content() == (
        "Error: fetch failed: timeout"
    )

    shot = tmp_path / "evidence.png"
    chromium(
        f"--screenshot={shot}",
        "--window-size=1280,1400",
        "--hide-scrollbars",
        page.as_uri(),
        profile=tmp_path / "profile",
    )
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert int.from_bytes(png[16:20], "big") == 1280
