"""TOML configuration: `[ingest]` global settings and one `[[source]]` table per source."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from pipeline.budget import DEFAULT_MAX_TEXT_CHARS, DEFAULT_TIME_BUDGET, NlpLimits
from pipeline.errors import DealpipeError
from pipeline.fetch import DEFAULT_USER_AGENT, FetchSettings
from pipeline.ingest.database import StoreLocation, parse_location

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$", re.IGNORECASE)
_UNIT_SECONDS: dict[str, float] = {
    "ms": 0.001,
    "s": 1,
    "m": 60,
    "h": 3600,
    "d": 86400,
    "w": 604800,
}


class ConfigError(DealpipeError):
    """The sources file is missing, not TOML, or has a bad setting."""


def parse_duration(value: str | int | float) -> timedelta:
    """Parse "90s", "15m", "1h", "7d", "2w" (a bare number is seconds)."""
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(value)
        if not match:
            raise ValueError(f"not a duration: {value!r} (use e.g. 30s, 15m, 1h, 7d)")
        seconds = float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "s").lower()]
    if seconds <= 0:
        raise ValueError(f"duration must be positive: {value!r}")
    return timedelta(seconds=seconds)


def _optional_duration(value: Any) -> Any:
    return None if value is None else parse_duration(value)


OptionalDuration = Annotated[timedelta | None, BeforeValidator(_optional_duration)]


def _optional_store(value: Any) -> Any:
    return None if value is None else parse_location(value)


# A SQLite file or a postgresql:// URL (kept as text: a Path would fold its "//").
OptionalStore = Annotated[StoreLocation | None, BeforeValidator(_optional_store)]


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IngestSettings(_Settings):
    """Global settings (`[ingest]`); every field has a polite, safe default."""

    concurrency: int = Field(default=8, ge=1, le=256)
    per_host_concurrency: int = Field(default=2, ge=1, le=64)
    per_host_delay: float = Field(default=1.0, ge=0)
    timeout: float = Field(default=20.0, gt=0)
    connect_timeout: float = Field(default=10.0, gt=0)
    retries: int = Field(default=3, ge=0, le=20)
    backoff_base: float = Field(default=0.5, ge=0)
    backoff_max: float = Field(default=30.0, ge=0)
    max_retry_after: float = Field(default=120.0, ge=0)
    max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    max_redirects: int = Field(default=10, ge=0)
    user_agent: str = DEFAULT_USER_AGENT
    obey_robots: bool = True
    max_age: OptionalDuration = None
    max_attempts: int = Field(default=5, ge=1)
    nlp_batch_size: int = Field(default=16, ge=1)
    processes: int = Field(default=1, ge=1, le=64)  # NLP worker processes (model in each)
    allow_private_networks: bool = False  # links into loopback/private ranges (SSRF guard)
    max_text_chars: int = Field(default=DEFAULT_MAX_TEXT_CHARS, gt=0)  # analysed per article
    nlp_time_budget: float = Field(default=DEFAULT_TIME_BUDGET, gt=0)  # NLP seconds per article
    summary_language: str | None = None  # deals' summaries in this language (None: English)
    store: OptionalStore = None
    jsonl_out: Path | None = None

    def fetch_settings(self) -> FetchSettings:
        """The per-request limits for `pipeline.fetch`."""
        return FetchSettings(
            timeout=self.timeout,
            connect_timeout=self.connect_timeout,
            max_redirects=self.max_redirects,
            max_bytes=self.max_bytes,
            user_agent=self.user_agent,
        )

    @field_validator("summary_language")
    @classmethod
    def _supported_language(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from pipeline.nlp.languages import supported_language  # only when set

        return supported_language(value)

    def nlp_limits(self) -> NlpLimits:
        """The per-article NLP limits for `pipeline.nlp`."""
        return NlpLimits(max_text_chars=self.max_text_chars, time_budget=self.nlp_time_budget)


class SourceConfig(_Settings):
    """One `[[source]]`: a feed, a sitemap or a list of URLs, with optional filters."""

    name: str = Field(min_length=1)
    feed: str | None = None
    sitemap: str | None = None
    urls: list[str] | None = None
    include: list[re.Pattern[str]] = Field(default_factory=list)
    exclude: list[re.Pattern[str]] = Field(default_factory=list)
    language: str | None = None
    max_age: OptionalDuration = None
    timeout: float | None = Field(default=None, gt=0)
    retries: int | None = Field(default=None, ge=0, le=20)
    max_bytes: int | None = Field(default=None, gt=0)
    obey_robots: bool | None = None

    @field_validator("include", "exclude", mode="before")
    @classmethod
    def _patterns(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        try:
            return [re.compile(item) if isinstance(item, str) else item for item in value]
        except re.error as exc:
            raise ValueError(f"bad regular expression: {exc}") from exc

    @model_validator(mode="after")
    def _one_location(self) -> SourceConfig:
        given = [key for key in ("feed", "sitemap", "urls") if getattr(self, key) is not None]
        if len(given) != 1:
            found = ", ".join(given) or "none"
            raise ValueError(f"needs exactly one of feed, sitemap or urls (found: {found})")
        return self

    @property
    def kind(self) -> str:
        """ "feed", "sitemap" or "urls"."""
        return "feed" if self.feed else "sitemap" if self.sitemap else "urls"

    @property
    def addresses(self) -> list[str]:
        """The URLs this source was configured with (their hosts are trusted)."""
        return [self.feed] if self.feed else [self.sitemap] if self.sitemap else self.urls or []

    @property
    def location(self) -> str:
        """The feed or sitemap URL, or the URL list joined by spaces."""
        return self.feed or self.sitemap or " ".join(self.urls or [])

    def effective(self, settings: IngestSettings) -> IngestSettings:
        """The global settings with this source's overrides applied."""
        overrides = {
            key: getattr(self, key)
            for key in ("timeout", "retries", "max_bytes", "obey_robots", "max_age")
            if getattr(self, key) is not None
        }
        return settings.model_copy(update=overrides)


class IngestConfig(_Settings):
    """The whole file."""

    ingest: IngestSettings = Field(default_factory=IngestSettings)
    source: list[SourceConfig] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> IngestConfig:
        names = [source.name for source in self.source]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"duplicate source name: {duplicates[0]}")
        return self


def load_config(path: Path) -> IngestConfig:
    """Read and validate a sources file; `ConfigError` with one line naming the bad key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return parse_config(data, origin=str(path))


def parse_config(data: dict[str, Any], *, origin: str = "config") -> IngestConfig:
    """Validate already-decoded TOML data."""
    try:
        config = IngestConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{origin}: {_first_error(exc, data)}") from exc
    base = Path(origin).parent if origin != "config" else Path()
    settings = config.ingest
    updates: dict[str, Path] = {}
    if isinstance(settings.store, Path) and not settings.store.is_absolute():
        updates["store"] = base / settings.store
    if settings.jsonl_out is not None and not settings.jsonl_out.is_absolute():
        updates["jsonl_out"] = base / settings.jsonl_out
    if updates:
        config = config.model_copy(update={"ingest": settings.model_copy(update=updates)})
    return config


def _first_error(exc: ValidationError, data: dict[str, Any]) -> str:
    error = exc.errors()[0]
    location = list(error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    if location[:1] == ["source"] and len(location) >= 2 and isinstance(location[1], int):
        index = location[1]
        sources = data.get("source")
        name = sources[index].get("name") if isinstance(sources, list) else None
        label = f"[[source]] #{index + 1}" + (f" ({name!r})" if name else "")
        key = ".".join(str(part) for part in location[2:])
        return f"{label}: {key + ': ' if key else ''}{message}"
    key = ".".join(str(part) for part in location)
    if error["type"] == "extra_forbidden":
        return f"unknown key {key}"
    return f"{key}: {message}" if key else message
