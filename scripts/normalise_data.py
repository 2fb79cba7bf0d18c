"""Rewrite the bundled data files in canonical form and refresh their checksum.

Run after editing any file in ``src/sinorussia/data/``::

    python scripts/normalise_data.py [--version 2026.11.0]

It reads the files (without checking the old checksum), reports every problem as
``load()`` would, and writes them back sorted by date, with fields in model order and
defaults omitted, so that a data change shows up in review as a small diff.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import attrs

from sinorussia import _folder
from sinorussia._dataset import COLLECTIONS, ENTITIES

DATA = Path(__file__).resolve().parents[1] / "src" / "sinorussia" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--version", help="set the data version")
    args = parser.parse_args()

    def reader(name: str) -> bytes | None:
        path = DATA / name
        return path.read_bytes() if path.is_file() else None

    meta_path = DATA / _folder.META
    if not meta_path.exists():
        meta_path.write_text(json.dumps({"format": _folder.FORMAT}))
    dataset = _folder.read(reader, str(DATA), verify=False)
    if args.version:
        dataset = attrs.evolve(dataset, data_version=args.version)
    for name, blob in _folder.encode(dataset).items():
        (DATA / name).write_bytes(blob)
    counts = ", ".join(f"{len(getattr(dataset, n))} {n}" for n, *_ in (*COLLECTIONS, *ENTITIES))
    print(f"wrote {DATA}: {counts}; data version {dataset.data_version}")


if __name__ == "__main__":
    main()
