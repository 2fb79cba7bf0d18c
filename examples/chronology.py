"""A chronology of Xi–Putin meetings and joint exercises, 2014–2024, with their sources.

Run it with ``python examples/chronology.py``; it prints one line per event and, under each,
the works it cites with their pinpoint locators, ready for footnotes.
"""

from __future__ import annotations

import sinorussia


def chronology(start: int = 2014, end: int = 2024) -> list[str]:
    ds = sinorussia.load()
    window = f"{start}/{end}"
    meetings = ds.summits.filter(within=window, participants=["CHN", "RUS"], level="heads-of-state")
    drills = ds.exercises.filter(within=window, participants=["CHN", "RUS"])
    events: list[sinorussia.Summit | sinorussia.Exercise] = [*meetings, *drills]
    events.sort(key=lambda r: (r.date, r.id))
    lines = []
    for record in events:
        if isinstance(record, sinorussia.Summit):
            if record.mode == "in-person":
                where = ds.place(record.place).name if record.place else record.country
                what = f"meeting, {where}" + (f" ({record.framework})" if record.framework else "")
            else:
                what = f"{record.mode} call"
        else:
            what = f"{record.kind}: {record.name or record.series or record.domain}"
            if record.area:
                what += f", {record.area}"
        lines.append(f"{record.date!s:<22} {what}")
        for c in record.citations:
            src = ds.sources.lookup(c.source_id)
            label = src.title or src.outlet or ", ".join(src.authors) or src.id
            lines.append(f"{'':<24}- {label}, {c.locator}")
    return lines


if __name__ == "__main__":
    print("\n".join(chronology()))
