"""The cached spaCy pipelines, one per language: the language's model plus the project's
rule components, loaded when the first article in that language arrives.

spaCy is imported when the model is first loaded, not when the package is imported, so
`import pipeline` and the CLI's help stay fast."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from pipeline.errors import ModelLoadError
from pipeline.nlp.attribute_table import AttributeTable, attribute_table
from pipeline.nlp.dependencies import has_scheme, to_frame_scheme
from pipeline.nlp.languages import DEFAULT_LANGUAGE, LANGUAGES
from pipeline.nlp.parties import correct_org_labels
from pipeline.nlp.rules import load_rules

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

UNNEEDED_COMPONENTS: tuple[str, ...] = ("lemmatizer",)
# The token attributes the rules read of those an attribute ruler sets (`pos_`, `tag_`,
# `dep_`; never `morph` or `lemma_`): its patterns that set only others are dropped.
READ_ATTRIBUTES = frozenset({"POS", "TAG", "DEP"})
ORG_CONTEXT = "org_context"
FRAME_SCHEME = "frame_scheme"
ATTRIBUTE_TABLE = "attribute_table"


def org_context(doc: Doc) -> Doc:
    """Relabel organisations the statistical NER mistook for people or places."""
    return correct_org_labels(doc)


def _installed_model(language: str) -> str:
    import spacy

    support = LANGUAGES[language]
    for name in support.models:
        if spacy.util.is_package(name):
            return name
    raise ModelLoadError(
        f"no spaCy model for language {language!r} installed: pip install {support.requirement}"
    )


def _hyphenated_deal_words(language: str) -> list[str]:
    """`co-led`, `co-invest`: deal words written with a hyphen, kept as one token so the
    parser sees a verb (not `co - led`)."""
    words = {
        form
        for name in ("roles_verbs.json", "roles_nouns.json")
        for frame in load_rules(name, language).values()
        if isinstance(frame, dict)
        for form in frame.get("forms", [])
        if "-" in form and " " not in form
    }
    return sorted(w for form in words for w in (form, form.capitalize()))


def _norm(word: str, prefixes: tuple[str, ...]) -> str | None:
    """The form the parser reads a hyphenated deal word as: the word after one of the
    language's `norm_prefixes` (`co-menée` read as `menée`, a verb the model knows);
    None (the model's own norm) for the others."""
    lower = word.lower()
    prefix = next((p for p in prefixes if lower.startswith(p)), None)
    return None if prefix is None else lower[len(prefix) :]


def _legal_abbreviations(language: str) -> list[str]:
    """`Orbitra Inc.`: a legal form's abbreviation keeps its period, as the English
    tokenizer does, so the parse does not end the sentence after it."""
    words = load_rules("cues.json", language)["legal_abbreviations"]
    return [f"{w.capitalize()}." for w in words if "." not in w]


def _whole_words(
    model_match: Callable[[str], object] | None, pattern: str
) -> Callable[[str], object]:
    """The model's own words kept whole, and those of the language's `tokenizer.json`."""
    extra = re.compile(f"(?:{pattern})$", re.IGNORECASE)

    def match(text: str) -> object:
        return (model_match is not None and model_match(text)) or extra.match(text)

    return match


@cache
def load_model(language: str = DEFAULT_LANGUAGE) -> Language:
    """Load a language's pipeline once, with the organisation rules added."""
    import spacy
    from spacy.attrs import NORM, ORTH
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler, EntityRuler
    from spacy.tokenizer import Tokenizer

    name = _installed_model(language)
    try:
        nlp = spacy.load(name, exclude=list(UNNEEDED_COMPONENTS))
    except (OSError, ImportError) as exc:
        raise ModelLoadError(f"cannot load spaCy model {name}: {exc}") from exc
    if not Language.has_factory(ORG_CONTEXT):
        Language.component(ORG_CONTEXT, func=org_context)
    if not Language.has_factory(FRAME_SCHEME):
        Language.component(FRAME_SCHEME, func=to_frame_scheme)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    prefixes = tuple(load_rules("tokenizer.json", language).get("norm_prefixes", ()))
    for word in _hyphenated_deal_words(language):
        norm = _norm(word, prefixes)
        tokenizer.add_special_case(word, [{ORTH: word, NORM: norm} if norm else {ORTH: word}])
    for word in _legal_abbreviations(language):
        tokenizer.add_special_case(word, [{ORTH: word}])
    if whole := load_rules("tokenizer.json", language)["whole_words"]:
        tokenizer.token_match = _whole_words(tokenizer.token_match, "|".join(whole))
    if "attribute_ruler" in nlp.pipe_names:
        attributes = nlp.get_pipe("attribute_ruler")
        assert isinstance(attributes, AttributeRuler)
        _keep_read_attributes(attributes)
        _as_table(nlp, attributes)
    ruler = nlp.add_pipe("entity_ruler", name="org_ruler", before="ner")
    assert isinstance(ruler, EntityRuler)
    ruler.add_patterns(load_rules("org_ruler.json", language)["patterns"])
    if has_scheme(language):  # a UD-labelled model: read as the frame code reads
        nlp.add_pipe(FRAME_SCHEME, after="ner")
    nlp.add_pipe(ORG_CONTEXT, last=True)
    return nlp


def _keep_read_attributes(ruler: AttributeRuler) -> None:
    """Keep an attribute ruler to the attributes the rules read: a quarter of the English
    model's patterns set only morphology or lemmas, and each pattern is tried at every
    token."""
    patterns = []
    for pattern in ruler.patterns:
        attrs = pattern["attrs"]
        assert isinstance(attrs, dict)
        if kept := {k: v for k, v in attrs.items() if k in READ_ATTRIBUTES}:
            patterns.append({**pattern, "attrs": kept})
    ruler.clear()
    ruler.add_patterns(patterns)


def _make_table(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> AttributeTable:
    table = attribute_table(patterns)
    assert table is not None
    return table


def _as_table(nlp: Language, ruler: AttributeRuler) -> None:
    """The attribute ruler replaced by the table of its patterns (`attribute_table.py`:
    the same values, set several times faster), when they make one."""
    from spacy.language import Language

    if attribute_table(ruler.patterns) is None:
        return
    if not Language.has_factory(ATTRIBUTE_TABLE):
        Language.factory(ATTRIBUTE_TABLE, func=_make_table)
    nlp.add_pipe(ATTRIBUTE_TABLE, after=ruler.name, config={"patterns": ruler.patterns})
    nlp.remove_pipe(ruler.name)


__all__ = ["load_model"]
