"""Property tests (hypothesis) over the normalisers, the splitter and `extract`, with
generators built to be adversarial: long runs of prefix characters, initials, stray
brackets and quotes, currency signs, digits and odd whitespace."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Protocol

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract
from pipeline.ingest.urls import normalize_url
from pipeline.netpolicy import normalise_host, parse_ip
from pipeline.nlp.amounts import find_amounts, find_undisclosed
from pipeline.nlp.places import find_facilities, find_places
from pipeline.nlp.quantities import find_quantities
from pipeline.nlp.sentences import MAX_SENTENCE_CHARS, MAX_WORD_CHARS, for_parser, split_sentences
from pipeline.nlp.terms import find_terms

PIECES = [
    "A. ", "Inc. ", "U.S. ", "$", "(", ")", "[", "\"", "“", "’", "-", "—", ".", "!", "?",
    " ", "  ", "\n", "\n\n", "\t", "• ", "1", "2.5", "1,000", "%", "€", "billion", "million",
    "MW", "GW", "GPUs", "five-year", "2026", "through 2031", "Acme Cloud", "Northwind",
    "agreed to buy", "signed a deal with", "for", "in Texas", "data center", "Reno, Nev.",
]  # fmt: skip
RUNS = st.builds(lambda piece, n: piece * n, st.sampled_from(PIECES), st.integers(1, 400))
ADVERSARIAL = st.lists(st.one_of(st.sampled_from(PIECES), RUNS, st.text(max_size=20)), max_size=40)
TEXTS = ADVERSARIAL.map("".join)
FRENCH_PIECES = [
    " ", "\u00a0", "\u202f", "1", "250", "1 250", "1,25", "32,58", "Md", "M", "€", "$", "EUR",
    " milliards", " millions", " de ", " d'", "euros", "dollars", "yens", "par mois", "chaque",
    "annuel", "plus de ", "environ ", "jusqu'à ", "jusqu'en ", "mai 2029", "à partir du ",
    "deuxième semestre 2026", "1er janvier 2027", "sur cinq ans", "quatre-vingt-dix", "et ",
    "demi", "mégawatts", "MW", "GPU", "début ", "fin de ", "cette année", "l'an prochain",
]  # fmt: skip
FRENCH_RUNS = st.builds(
    lambda piece, n: piece * n, st.sampled_from(FRENCH_PIECES), st.integers(1, 400)
)
FRENCH_TEXTS = st.lists(
    st.one_of(st.sampled_from(FRENCH_PIECES), FRENCH_RUNS, st.text(max_size=20)), max_size=40
).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PUBLISHED = datetime.date(2026, 5, 1)


class Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def _quoted(text: str, mentions: Sequence[Mention]) -> None:
    for mention in mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        quoted = text[mention.start : mention.end]
        assert " ".join(quoted.split()) == " ".join(mention.text.split())


@FAST
@given(TEXTS)
def test_sentences_quote_the_text_in_order_and_within_the_cap(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert sentence.end - sentence.start <= MAX_SENTENCE_CHARS
        assert sentence.text == " ".join(text[sentence.start : sentence.end].split())
        previous_end = sentence.end


@FAST
@given(TEXTS)
def test_the_parser_text_keeps_every_character_in_short_words(text: str) -> None:
    broken = for_parser(text)
    assert all(len(word) <= MAX_WORD_CHARS for word in broken.split())
    assert "".join(broken.split()) == "".join(text.split())


@FAST
@given(TEXTS)
def test_normalisers_quote_the_text_they_read(text: str) -> None:
    _quoted(text, find_amounts(text))
    _quoted(text, find_undisclosed(text))
    _quoted(text, find_quantities(text))
    _quoted(text, find_terms(text, PUBLISHED))
    _quoted(text, find_places(text))
    _quoted(text, find_facilities(text))


@FAST
@given(FRENCH_TEXTS)
def test_french_normalisers_quote_the_text_they_read(text: str) -> None:
    _quoted(text, find_amounts(text, "fr"))
    _quoted(text, find_undisclosed(text, "fr"))
    _quoted(text, find_quantities(text, "fr"))
    _quoted(text, find_terms(text, PUBLISHED, "fr"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_extract_gives_a_record_whose_evidence_quotes_the_article(paragraphs: list[str]) -> None:
    lead = "Acme Cloud signs a $2 billion deal\n\nAcme Cloud agreed to buy Northwind.\n\n"
    document = lead + "\n\n".join(paragraphs)
    result = extract(document, format="text", published="2026-05-01")
    assert result.error is None and result.article is not None
    text = result.article.text
    for deal in result.deals:
        for evidence in deal.evidence:
            assert 0 <= evidence.start < evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.text


@FAST
@given(st.integers(0, 2**32 - 1))
def test_every_ipv4_spelling_normalises_to_one_address(number: int) -> None:
    dotted = ".".join(str((number >> shift) & 255) for shift in (24, 16, 8, 0))
    for spelling in (str(number), hex(number), dotted, f"[::ffff:{dotted}]"):
        assert normalise_host(spelling) == dotted
        assert str(parse_ip(spelling)) == dotted


@FAST
@given(
    st.sampled_from(["http", "HTTPS"]),
    st.sampled_from(["example.com", "[::1]", "[2001:db8::7]", "127.0.0.1"]),
    st.sampled_from(["", ":8080", ":443"]),
    st.text(alphabet="abc/._-%", max_size=20),
)
def test_url_normalisation_is_idempotent(scheme: str, host: str, port: str, path: str) -> None:
    url = f"{scheme}://{host}{port}/{path}"
    once = normalize_url(url)
    assert normalize_url(once) == once
    assert ("[" in once) == ("[" in host)
