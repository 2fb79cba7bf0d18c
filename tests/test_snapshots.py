"""Representative queries answer as recorded in tests/snapshots/queries.json.

After an intended data change, run ``python scripts/update_snapshots.py`` and review the diff.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = json.loads((ROOT / "tests" / "snapshots" / "queries.json").read_text(encoding="utf-8"))
ANSWERS = runpy.run_path(str(ROOT / "scripts" / "update_snapshots.py"))["answers"]()


@pytest.mark.parametrize("name", sorted(SNAPSHOT))
def test_query_answer_matches_snapshot(name: str) -> None:
    assert ANSWERS[name] == SNAPSHOT[name]


def test_snapshot_covers_every_query() -> None:
    assert sorted(ANSWERS) == sorted(SNAPSHOT)
