"""Pydantic models: the one source of truth for records and their JSON Schema.

The output contract is fixed: later versions may add fields, never rename them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PartyRole = Literal[
    # paying side
    "customer",
    "lessee",
    "acquirer",
    "investor",
    "licensee",
    "buyer",
    # receiving side
    "provider",
    "lessor",
    "target",
    "seller",
    "investee",
    "licensor",
    # neither
    "partner",
    "guarantor",
]
PAYING_ROLES: frozenset[str] = frozenset(
    {"customer", "lessee", "acquirer", "investor", "licensee", "buyer"}
)
RECEIVING_ROLES: frozenset[str] = frozenset(
    {"provider", "lessor", "target", "seller", "investee", "licensor"}
)

Qualifier = Literal["exact", "approx", "at_least", "more_than", "up_to", "at_most"]
AmountKind = Literal["payment", "total", "option", "investment", "price", "valuation", "other"]
DealType = Literal[
    "compute_contract",
    "lease",
    "power_purchase",
    "supply",
    "investment",
    "acquisition",
    "licence",
    "partnership",
    "other",
]
DealStatus = Literal["reported", "announced", "agreed", "completed", "terminated", "proposed"]
EvidenceField = Literal["party", "amount", "quantity", "term", "site", "deal_type", "status"]


class Record(BaseModel):
    """Base for every output record: strict about unknown fields."""

    model_config = ConfigDict(extra="forbid")


class Article(Record):
    """The article as the parser sees it: metadata plus boilerplate-free text."""

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    alt_titles: list[str] = Field(default_factory=list)
    authors: list[str] = Field(default_factory=list)
    published: str | None = Field(
        default=None, description="ISO 8601 date or date-time, the page's own timezone kept."
    )
    language: str | None = Field(default=None, description="BCP 47 primary tag, e.g. 'en'.")
    site_name: str | None = None
    text: str = ""


class Party(Record):
    name: str = Field(description="Normalised organisation name, aliases merged.")
    role: PartyRole
    text: str = Field(description="The words as written in the article.")
    parent: str | None = Field(default=None, description="Parent organisation, if stated.")


class Amount(Record):
    value: float = Field(description="Number in units: 1.25 billion -> 1250000000.")
    value_max: float | None = Field(
        default=None, description="Upper bound when the text gives a range ('$30-40 billion')."
    )
    currency: str | None = Field(default=None, description="ISO 4217 code, e.g. 'USD'.")
    period: str | None = Field(
        default=None, description="ISO 8601 duration for recurring amounts ('P1M'), else null."
    )
    qualifier: Qualifier = "exact"
    kind: AmountKind = "payment"
    text: str


class Quantity(Record):
    value: float
    unit: str = Field(description="'MW' for power (GW/kW converted), or a count unit: 'GPU'.")
    qualifier: Qualifier = "exact"
    text: str


class Term(Record):
    start: str | None = Field(default=None, description="ISO 8601 date or prefix ('2026').")
    end: str | None = Field(default=None, description="ISO 8601 date or prefix ('2029-05').")
    duration: str | None = Field(default=None, description="ISO 8601 duration ('P5Y').")
    expected_close: str | None = Field(
        default=None,
        description="When the deal is expected to close, ISO 8601 date or prefix ('2026-06').",
    )
    text: str


class Site(Record):
    name: str | None = None
    kind: str | None = Field(default=None, description="e.g. 'data_center', 'campus', 'plant'.")
    city: str | None = None
    region: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2, e.g. 'US'.")
    capacity: Quantity | None = None
    text: str


class Evidence(Record):
    field: EvidenceField
    text: str = Field(description="The sentence the fact came from.")
    start: int = Field(description="Character offset of the sentence in article.text.")
    end: int


class Deal(Record):
    id: str = Field(description="Stable identifier derived from the deal's parties and type.")
    deal_type: DealType = "other"
    status: DealStatus = "reported"
    summary: str = ""
    parties: list[Party] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    amount_undisclosed: str | None = Field(
        default=None,
        description="The words saying the price was not disclosed ('undisclosed'), if any.",
    )
    quantities: list[Quantity] = Field(default_factory=list)
    term: Term | None = None
    sites: list[Site] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="How well the record is supported (0-1): a clear predicate with named "
        "roles scores high, parties and roles guessed from context score low.",
    )


class ExtractionResult(Record):
    """One output object per input: the article and its deals, or an error."""

    id: str | None = None
    error: str | None = None
    article: Article | None = None
    deals: list[Deal] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list,
        description="What was ignored or cut on the way (a bad date hint), one line each.",
    )
