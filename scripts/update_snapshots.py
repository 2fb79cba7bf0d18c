"""Regenerate tests/snapshots/queries.json, the answers of a few representative queries.

A data change then shows up in review as a diff of answers users rely on::

    python scripts/update_snapshots.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sinorussia

PATH = Path(__file__).resolve().parents[1] / "tests" / "snapshots" / "queries.json"


def answers() -> dict[str, Any]:
    ds = sinorussia.load()
    xi_putin = ds.summits.filter(people=["Xi Jinping", "Vladimir Putin"])
    gacc = ds.trade_figures.annual("CN-GACC")
    return {
        "xi_putin_in_person_days_per_year": {
            str(k): v
            for k, v in xi_putin.filter(mode="in-person").per_year(distinct_dates=True).items()
        },
        "xi_putin_video_meetings": [str(s.date) for s in xi_putin.filter(mode="video")],
        "meetings_2022": [[str(s.date), s.place, s.mode] for s in xi_putin.filter(within=2022)],
        "cn_gacc_turnover_billion_usd": {
            str(y): (str(v) if v is not None else None)
            for y, v in zip(gacc.years, gacc.values, strict=True)
        },
        "exercises_2022": [
            [str(e.date), e.name or e.series or e.kind] for e in ds.exercises.filter(within=2022)
        ],
        "air_patrols": [
            [str(e.date), e.number] for e in ds.exercises.filter(kind="patrol", domain="air")
        ],
        "treaties": [[str(a.date), a.title] for a in ds.agreements.filter(kind="treaty")],
        "records_citing_each_seed": {
            sid: [r.id for r in ds.citing(sid)]
            for sid in ("seed-000", "seed-001", "seed-002", "seed-003", "seed-004")
        },
    }


def main() -> None:
    PATH.write_text(json.dumps(answers(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {PATH}")


if __name__ == "__main__":
    main()
