"""Resumable output: each finished shard is one file in `<output>.parts/`, written
atomically; the output is assembled from the parts, in shard order, once all are done.

A shard is identified by its input file's position and its index in that file, and the
manifest records the inputs and the shard size, so a restart with other inputs is refused
instead of mixing two backfills.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from pipeline.errors import InputError

MANIFEST = "manifest.json"


def shard_name(input_index: int, shard_index: int) -> str:
    """The file name of one shard's results."""
    return f"{input_index:05d}-{shard_index:07d}.jsonl"


class ShardStore:
    """The parts folder of one backfill output."""

    def __init__(self, output: Path, inputs: Sequence[str], shard_size: int) -> None:
        self.output = output
        self.parts = output.with_name(output.name + ".parts")
        self.manifest = {
            "inputs": [str(Path(p).resolve()) for p in inputs],
            "sizes": [Path(p).stat().st_size for p in inputs],
            "shard_size": shard_size,
        }

    def open(self) -> None:
        """Create the parts folder, or check that an existing one is this backfill's."""
        self.parts.mkdir(parents=True, exist_ok=True)
        path = self.parts / MANIFEST
        if path.exists():
            if json.loads(path.read_text(encoding="utf-8")) != self.manifest:
                raise InputError(
                    f"{self.parts} holds an unfinished backfill of other inputs or shard "
                    "size; finish it with the same arguments, or delete the folder"
                )
            return
        _write_atomic(path, json.dumps(self.manifest).encode())

    def done(self, name: str) -> bool:
        """Whether a shard's results are already on disk."""
        return (self.parts / name).exists()

    def write(self, name: str, lines: Sequence[str]) -> None:
        """Store one shard's result lines (all or nothing)."""
        _write_atomic(self.parts / name, "".join(line + "\n" for line in lines).encode())

    def assemble(self) -> int:
        """Concatenate the parts in shard order into the output; return the line count.
        The parts folder is removed only after the output is in place."""
        names = sorted(p.name for p in self.parts.glob("*.jsonl"))
        temporary = self.output.with_name(self.output.name + ".tmp")
        count = 0
        with temporary.open("wb") as sink:
            for name in names:
                data = (self.parts / name).read_bytes()
                count += data.count(b"\n")
                sink.write(data)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temporary, self.output)
        shutil.rmtree(self.parts)
        return count


def _write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as sink:
        sink.write(data)
        sink.flush()
        os.fsync(sink.fileno())
    os.replace(temporary, path)
