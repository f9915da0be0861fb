"""Scheduled ingestion: discover -> fetch -> parse -> extract -> store, politely and idempotently.

One concept per module: `config` (TOML sources), `urls` (normalisation), `discovery`
(feeds and sitemaps), `politeness` (robots.txt, per-host limits, retries), `store`
(SQLite state), `tables` (the store's normalised deal tables), linking one deal reported
by many articles (`aliases`, `currency`, `dedupe`, `reconcile`, `links`), `runner` (one
run), `progress` (progress bar or log lines) and `export` (reading the store back).
"""

from __future__ import annotations

from pipeline.ingest.config import ConfigError, IngestConfig, load_config
from pipeline.ingest.runner import RunSummary, run_once

__all__ = ["ConfigError", "IngestConfig", "RunSummary", "load_config", "run_once"]
