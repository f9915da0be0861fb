"""Deal assembly, stage 4 (deals), confidence: how well a record is supported, 0-1.

The sum of the weights (`patterns/en/confidence.json`) of the evidence the deal rests on: a
deal predicate rather than the lead-pair guess, roles the frames state rather than roles
inferred, two named sides, amounts read from the deal's own frame sentences, no hedging.
A clear frame with both roles named scores about 0.9; a fallback guess about 0.3.
"""

from __future__ import annotations

from pipeline.models import Amount
from pipeline.nlp.grouping import Draft
from pipeline.nlp.rules import load_rules


def deal_confidence(
    draft: Draft, roles: dict[int, str], amounts: list[tuple[Amount, int]], status: str
) -> float:
    """The confidence of a deal record from its draft, final roles, amounts (each with its
    sentence) and status."""
    w = load_rules("confidence.json")
    framed = bool(draft.triggers)
    score: float = w["base"]
    if framed:
        stated = sum(1 for votes in draft.roles.values() if any(r != "partner" for r in votes))
        score += w["frame"] + w["stated_role"] * min(stated, 2)
        if draft.frames >= 2:
            score += w["frames_agree"]
    if sum(1 for r in roles.values() if r != "partner") >= 2:
        score += w["sides"]
    if not amounts:
        score += w["no_amount"]
    elif framed and all(index in draft.sentences for _, index in amounts):
        score += w["amount_in_frame"]
    if status == "reported":
        score += w["hedged"]
    floor: float = w["floor"]
    ceiling: float = w["ceiling"]
    return round(min(max(score, floor), ceiling), 2)


__all__ = ["deal_confidence"]
