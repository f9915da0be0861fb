"""The JSONL output: new or changed distinct deals appended, at least once each."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.ingest.export import to_jsonl
from pipeline.ingest.store import Store


def flush_jsonl(store: Store, path: Path) -> int:
    """Append every deal flagged for export to `path`, then clear the flags.

    The file is synced before the flags are cleared: a crash in between writes a deal
    twice on the next run, never loses one. Reading and clearing the flags is one write
    transaction, so ingesters sharing a store never both write one change. Returns the
    number of lines written."""
    with store.pending_export() as lines:
        if not lines:
            return 0
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.writelines(to_jsonl(lines))
            out.flush()
            os.fsync(out.fileno())
    return len(lines)
