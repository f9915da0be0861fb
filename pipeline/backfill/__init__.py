"""Backfills: many archived or listed articles fanned out to Dask workers in shards.

Discovery and fetching stay in the coordinator (one process, so politeness holds); each
shard's documents go to a worker that parses and extracts them (`batch.run_loaded`), and
each finished shard is written to disk before the next is counted, so a killed backfill
restarts where it stopped and never repeats or loses a line.
"""

from pipeline.backfill.run import BackfillOptions, BackfillSummary, backfill

__all__ = ["BackfillOptions", "BackfillSummary", "backfill"]
