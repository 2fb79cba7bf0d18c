"""Migrate a data folder from format 1 (sinorussia 0.1) to format 2 (sinorussia 0.2).

    python scripts/migrate_format_2.py OLD_FOLDER NEW_FOLDER

What changes (see CHANGELOG.md, "How to upgrade"):
- summits: ``leaders`` (names) becomes ``people`` (person ids); ``mode`` ``"virtual"``
  becomes ``"video"``; ``level`` ``"leaders"`` becomes ``"heads-of-state"`` and
  ``"ministers"`` becomes ``"foreign-ministers"`` when both people are foreign ministers;
  ``place`` (a name) becomes a place id;
- agreements: ``signatories`` become person ids, company names move to ``companies``;
  ``place`` becomes a place id;
- exercises: ``places`` (place ids) are derived from ``area`` where it names a known place;
- people.json and places.json are written, from the bundled ones plus an entry for every
  name the bundled ones do not know (check those by hand).

Names resolve through the bundled people and places (every alias, ignoring case).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parent / "src" / "sinorussia" / "data"
COMPANIES = {"Gazprom", "CNPC", "Rosneft", "Transneft", "Sinopec", "Novatek"}
FOREIGN_MINISTERS = {"wang-yi", "sergey-lavrov", "yang-jiechi", "li-zhaoxing", "qian-qichen"}


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def main(old: Path, new: Path) -> None:
    people = {p["id"]: p for p in json.loads((BUNDLED / "people.json").read_text())}
    places = {p["id"]: p for p in json.loads((BUNDLED / "places.json").read_text())}
    area_rules = [
        (re.compile(p["pattern"], re.I), p["id"]) for p in places.values() if "pattern" in p
    ]
    for p in places.values():
        p.pop("pattern", None)
    names: dict[str, str] = {}
    for pid, p in people.items():
        for n in (pid, p["name"], p.get("name_zh"), p.get("name_ru"), *p.get("aliases", [])):
            if n:
                names[" ".join(n.casefold().split())] = pid
    place_names: dict[str, str] = {}
    for pid, p in places.items():
        for n in (pid, p["name"], p.get("name_zh"), p.get("name_ru"), *p.get("aliases", [])):
            if n:
                place_names[" ".join(n.casefold().split())] = pid
    unknown: list[str] = []

    def person(name: str) -> str:
        pid = names.get(" ".join(name.casefold().split()))
        if pid is None:
            pid = slug(name)
            people[pid] = {"id": pid, "name": name}
            names[name.casefold()] = pid
            unknown.append(f"person {name!r} -> {pid!r}")
        return pid

    def place(name: str | None, country: str | None) -> str | None:
        if name is None:
            return None
        pid = place_names.get(" ".join(name.casefold().split()))
        if pid is None:
            pid = slug(name)
            places[pid] = {"id": pid, "name": name, "kind": "city", "country": country}
            place_names[name.casefold()] = pid
            unknown.append(f"place {name!r} -> {pid!r}")
        return pid

    new.mkdir(parents=True, exist_ok=True)
    for name in ("sources", "agreements", "summits", "exercises", "trade_figures"):
        records = json.loads((old / f"{name}.json").read_text())
        for r in records:
            if name == "summits":
                ids = [person(n) for n in r.pop("leaders", [])]
                if ids:
                    r["people"] = ids
                if r.get("mode") == "virtual":
                    r["mode"] = "video"
                level = r.pop("level", "leaders")
                if level == "ministers":
                    r["level"] = (
                        "foreign-ministers" if set(ids) <= FOREIGN_MINISTERS else "ministers"
                    )
                if "place" in r:
                    r["place"] = place(r["place"], r.get("country"))
            elif name == "agreements":
                signed = r.pop("signatories", [])
                companies = [s for s in signed if s in COMPANIES]
                ids = [person(s) for s in signed if s not in COMPANIES]
                if ids:
                    r["signatories"] = ids
                if companies:
                    r["companies"] = companies
                if "place" in r:
                    r["place"] = place(r["place"], r.get("country"))
            elif name == "exercises" and r.get("area"):
                found = [pid for rx, pid in area_rules if rx.search(r["area"])]
                if found:
                    r["places"] = list(dict.fromkeys(found))
        (new / f"{name}.json").write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    (new / "people.json").write_text(
        json.dumps(list(people.values()), ensure_ascii=False, indent=1) + "\n"
    )
    (new / "places.json").write_text(
        json.dumps(list(places.values()), ensure_ascii=False, indent=1) + "\n"
    )
    meta = json.loads((old / "dataset.json").read_text())
    meta["format"] = 2
    meta.pop("checksum", None)
    (new / "dataset.json").write_text(json.dumps(meta, indent=1) + "\n")
    for line in unknown:
        print("added, check by hand:", line, file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
