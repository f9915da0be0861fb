"""The store as a dataset: normalised tables beside the JSON records (schema version 2).

`deals` gains plain columns (type, status, confidence, report dates, the main amount with
its currency, its USD value and the rate's date, counts); `deal_parties`, `deal_amounts`,
`deal_sites` and `deal_conflicts` hold one row per item of the reconciled record, and
`deal_sources` names each report's URL, outlet, title and date. Foreign keys cascade from
`deals`, and the columns analysts filter on are indexed, so `sqlite3` and Datasette can
query and facet the store directly. `link_keys` (candidate keys) and `link_names`
(normalised names and stated parents) are the linker's index.
"""

from __future__ import annotations

import hashlib
import json

from pipeline.ingest.aliases import normalize_party
from pipeline.ingest.currency import to_usd
from pipeline.ingest.database import Database
from pipeline.models import LinkedDeal

SCHEMA_V2 = """
    ALTER TABLE deals ADD COLUMN status TEXT;
    ALTER TABLE deals ADD COLUMN confidence REAL;
    ALTER TABLE deals ADD COLUMN summary TEXT;
    ALTER TABLE deals ADD COLUMN first_reported TEXT;
    ALTER TABLE deals ADD COLUMN last_reported TEXT;
    ALTER TABLE deals ADD COLUMN last_seen TEXT;
    ALTER TABLE deals ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE deals ADD COLUMN outlets TEXT;
    ALTER TABLE deals ADD COLUMN amount_value REAL;
    ALTER TABLE deals ADD COLUMN amount_value_max REAL;
    ALTER TABLE deals ADD COLUMN amount_currency TEXT;
    ALTER TABLE deals ADD COLUMN amount_period TEXT;
    ALTER TABLE deals ADD COLUMN amount_qualifier TEXT;
    ALTER TABLE deals ADD COLUMN amount_usd REAL;
    ALTER TABLE deals ADD COLUMN usd_rate_date TEXT;
    ALTER TABLE deals ADD COLUMN conflict_count INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX deals_type ON deals(deal_type, status);
    CREATE INDEX deals_reported ON deals(first_reported, last_reported);
    CREATE INDEX deals_amount_usd ON deals(amount_usd);
    DROP TABLE deal_parties;
    CREATE TABLE deal_parties (
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        parent TEXT,
        PRIMARY KEY (deal_id, position)
    );
    CREATE INDEX deal_parties_name ON deal_parties(name);
    CREATE INDEX deal_parties_role ON deal_parties(role);
    CREATE TABLE deal_amounts (
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        value REAL NOT NULL,
        value_max REAL,
        currency TEXT,
        period TEXT,
        qualifier TEXT NOT NULL,
        kind TEXT NOT NULL,
        usd_value REAL,
        usd_rate_date TEXT,
        text TEXT NOT NULL,
        PRIMARY KEY (deal_id, position)
    );
    CREATE INDEX deal_amounts_kind ON deal_amounts(kind, currency);
    CREATE TABLE deal_sites (
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT,
        kind TEXT,
        city TEXT,
        region TEXT,
        country TEXT,
        capacity_mw REAL,
        PRIMARY KEY (deal_id, position)
    );
    CREATE INDEX deal_sites_name ON deal_sites(name);
    CREATE INDEX deal_sites_place ON deal_sites(country, region, city);
    CREATE TABLE deal_conflicts (
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        field TEXT NOT NULL,
        conflict_values TEXT NOT NULL,
        sources TEXT NOT NULL,
        PRIMARY KEY (deal_id, position)
    );
    CREATE INDEX deal_conflicts_field ON deal_conflicts(field);
    ALTER TABLE deal_sources ADD COLUMN url TEXT;
    ALTER TABLE deal_sources ADD COLUMN outlet TEXT;
    ALTER TABLE deal_sources ADD COLUMN title TEXT;
    ALTER TABLE deal_sources ADD COLUMN published TEXT;
    CREATE INDEX deal_sources_outlet ON deal_sources(outlet);
    CREATE INDEX deal_sources_published ON deal_sources(published);
    CREATE TABLE link_keys (
        article_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (article_id, position, key),
        FOREIGN KEY (article_id, position) REFERENCES deal_sources(article_id, position)
            ON DELETE CASCADE
    );
    CREATE INDEX link_keys_key ON link_keys(key);
    CREATE TABLE link_names (
        article_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        parent TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (article_id, position, name, parent),
        FOREIGN KEY (article_id, position) REFERENCES deal_sources(article_id, position)
            ON DELETE CASCADE
    );
"""


def fingerprint(deal: LinkedDeal) -> str:
    """A short hash of the deal's companies and type."""
    names = sorted({normalize_party(party.name) for party in deal.parties})
    return hashlib.sha1(json.dumps([names, deal.deal_type]).encode()).hexdigest()[:16]


def write_deal(db: Database, deal: LinkedDeal, stamp: str) -> bool:
    """Store a reconciled deal's JSON and its rows; True when its record changed (the
    deal is then flagged for the JSON Lines output)."""
    payload = deal.model_dump_json()
    current = db.execute("SELECT record_json FROM deals WHERE id = ?", (deal.id,)).fetchone()
    changed = current is None or current[0] != payload
    main = deal.amounts[0] if deal.amounts else None
    outlets = sorted({source.outlet for source in deal.sources if source.outlet})
    db.execute(
        """UPDATE deals SET fingerprint = ?, deal_type = ?, record_json = ?, status = ?,
             confidence = ?, summary = ?, first_reported = ?, last_reported = ?,
             source_count = ?, outlets = ?, amount_value = ?, amount_value_max = ?,
             amount_currency = ?, amount_period = ?, amount_qualifier = ?, amount_usd = ?,
             usd_rate_date = ?, conflict_count = ? WHERE id = ?""",
        (
            fingerprint(deal),
            deal.deal_type,
            payload,
            deal.status,
            deal.confidence,
            deal.summary,
            deal.first_reported,
            deal.last_reported,
            len(deal.sources),
            "; ".join(outlets),
            main.value if main else None,
            main.value_max if main else None,
            main.currency if main else None,
            main.period if main else None,
            main.qualifier if main else None,
            deal.amount_usd,
            deal.usd_rate_date,
            len(deal.conflicts),
            deal.id,
        ),
    )
    if changed:
        db.execute(
            "UPDATE deals SET updated_at = ?, pending_export = 1 WHERE id = ?", (stamp, deal.id)
        )
    _write_rows(db, deal)
    return changed


def _write_rows(db: Database, deal: LinkedDeal) -> None:
    for table in ("deal_parties", "deal_amounts", "deal_sites", "deal_conflicts"):
        db.execute(f"DELETE FROM {table} WHERE deal_id = ?", (deal.id,))
    db.executemany(
        "INSERT INTO deal_parties VALUES (?, ?, ?, ?, ?)",
        [(deal.id, i, p.name, p.role, p.parent) for i, p in enumerate(deal.parties)],
    )
    amounts = []
    for i, amount in enumerate(deal.amounts):
        usd = to_usd(amount.value, amount.currency)
        amounts.append(
            (
                deal.id,
                i,
                amount.value,
                amount.value_max,
                amount.currency,
                amount.period,
                amount.qualifier,
                amount.kind,
                usd[0] if usd else None,
                usd[1] if usd else None,
                amount.text,
            )
        )
    db.executemany("INSERT INTO deal_amounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", amounts)
    db.executemany(
        "INSERT INTO deal_sites VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                deal.id,
                i,
                site.name,
                site.kind,
                site.city,
                site.region,
                site.country,
                site.capacity.value if site.capacity and site.capacity.unit == "MW" else None,
            )
            for i, site in enumerate(deal.sites)
        ],
    )
    db.executemany(
        "INSERT INTO deal_conflicts VALUES (?, ?, ?, ?, ?)",
        [
            (deal.id, i, c.field, json.dumps(c.values, ensure_ascii=False), json.dumps(c.sources))
            for i, c in enumerate(deal.conflicts)
        ],
    )
