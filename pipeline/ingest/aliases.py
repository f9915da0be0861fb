"""Company names across reports: normalised forms, and which names denote one company.

Outlets name a company differently ("Meta" / "Meta Platforms", "Amazon Web Services" /
"AWS" / "Amazon", "xAI" / "SpaceX" / "SpaceXAI"). `Aliases` ties names together from
- what the reports state: a party's parent ("xAI, the AI arm of SpaceX");
- constructions over the names seen together: an acronym of a longer name ("AWS"), a
  blend of two names ("SpaceXAI" = "SpaceX" + "xAI"). These are unions (transitive);
- a word prefix ("Meta" / "Meta Platforms"), checked pair by pair only, so that "Nova"
  does not tie "Nova AI" to "Nova Energy".
No company is named in the code or in data: the rules are about how names are built.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "llc",
        "plc",
        "pbc",
        "lp",
        "llp",
        "pty",
        "pte",
        "ag",
        "sa",
        "se",
        "nv",
        "bv",
        "gmbh",
        "holdings",
        "group",
        "the",
    }
)
_NON_WORD = re.compile(r"[^\w]+")
_LETTER = re.compile(r"[^\W\d_]")
# A figure taken for a name ("11.2bn", "$930m"); units in lower case, so "3M" stays a name.
_FIGURE = re.compile(r"^[$£€¥]?\d[\d.,]*\s*(?:bn|mn|tn|m|k|b|million|billion|trillion)?$")
MIN_PART = 3  # shortest name that may be a prefix, an acronym or half of a blend
MAX_ACRONYM = 6


@functools.cache
def normalize_party(name: str) -> str:
    """Casefolded, accent- and punctuation-free name without corporate suffixes."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    words = [word for word in _NON_WORD.split(folded) if word]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def is_company_name(name: str) -> bool:
    """False for what extraction sometimes takes for a party: a figure ("11.2bn")."""
    stripped = name.strip()
    return bool(_LETTER.search(stripped)) and not _FIGURE.match(stripped)


def compact(name: str) -> str:
    """A normalised name without spaces ("space x" -> "spacex")."""
    return name.replace(" ", "")


def initials(name: str) -> str:
    """First letters of a normalised multi-word name ("amazon web services" -> "aws")."""
    words = name.split()
    return "".join(word[0] for word in words) if len(words) > 1 else ""


def blocking_keys(name: str) -> set[str]:
    """Cheap keys two names of one company are likely to share (for candidate search)."""
    keys = {"c:" + compact(name)[:4]}
    if initials(name):
        keys.add("a:" + initials(name))
    elif len(name) <= MAX_ACRONYM:
        keys.add("a:" + name)
    return keys


def word_prefix(a: str, b: str) -> bool:
    """One name is the other's first words ("meta" / "meta platforms")."""
    short, long = sorted((a.split(), b.split()), key=len)
    return len("".join(short)) >= MIN_PART and long[: len(short)] == short


class Aliases:
    """Which normalised names denote one company, for one set of reports."""

    def __init__(self, names: Iterable[str], parents: Iterable[tuple[str, str]] = ()) -> None:
        self._root: dict[str, str] = {}
        for name in sorted(set(names)):
            self._root.setdefault(name, name)
        for child, parent in sorted(set(parents)):
            self._union(child, parent)
        self._apply_constructions()
        self._members: dict[str, list[str]] = {}
        for name in sorted(self._root):
            self._members.setdefault(self._find(name), []).append(name)

    def _find(self, name: str) -> str:
        root = self._root.setdefault(name, name)
        while root != self._root[root]:
            root = self._root[root]
        self._root[name] = root
        return root

    def _union(self, a: str, b: str) -> None:
        root_a, root_b = self._find(a), self._find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b))
            self._root[high] = low

    def _apply_constructions(self) -> None:
        names = sorted(self._root)
        by_compact = {compact(name): name for name in names}
        by_initials: dict[str, list[str]] = {}
        for name in names:
            if initials(name) and len(initials(name)) >= MIN_PART - 1:
                by_initials.setdefault(initials(name), []).append(name)
        for name in names:
            if " " in name:
                continue
            for longer in by_initials.get(name, []):
                self._union(name, longer)  # an acronym
            self._blend(name, by_compact)

    def _blend(self, name: str, by_compact: dict[str, str]) -> None:
        """Tie "spacexai" to "spacex" and "xai" when both are names here."""
        heads = [
            by_compact[name[:end]]
            for end in range(MIN_PART, len(name))
            if name[:end] in by_compact and by_compact[name[:end]] != name
        ]
        tails = [
            by_compact[name[start:]]
            for start in range(1, len(name) - MIN_PART + 1)
            if name[start:] in by_compact and by_compact[name[start:]] != name
        ]
        for head in heads:
            for tail in tails:
                if head != tail and len(compact(head)) + len(compact(tail)) >= len(name):
                    self._union(name, head)
                    self._union(name, tail)

    def names(self) -> list[str]:
        """Every name known to the table."""
        return sorted(self._root)

    def family(self, name: str) -> list[str]:
        """Every name tied to `name` by statements and constructions (itself included)."""
        return self._members.get(self._find(name), [name])

    def same_company(self, a: str, b: str) -> bool:
        """True when the two normalised names denote one company."""
        if self._find(a) == self._find(b):
            return True
        return any(word_prefix(x, y) for x in self.family(a) for y in self.family(b))
