"""Add ISO alpha-2/numeric, COW and Gleditsch–Ward codes to ``data/vocabularies.json``.

A maintainer's script, run when the code lists change (not at build or test time):

    python -m pip install pycountry country_converter
    python scripts/build_country_codes.py

Sources: ISO 3166-1 and 3166-3 as shipped by pycountry (alpha-2, numeric, withdrawal
dates); Gleditsch–Ward numbers from country_converter's ``GWcode`` column; Correlates of War
state numbers from the COW state list (``scripts/cow_states.csv``, the COW project's
``COW-country-codes.csv``), matched to ISO codes by name with country_converter and the
overrides below where COW's names or abbreviations differ from ISO's.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import country_converter
import pycountry

HERE = Path(__file__).resolve().parent
VOCAB = HERE.parent / "src" / "sinorussia" / "data" / "vocabularies.json"

# COW state number -> ISO alpha-3, where name matching is wrong or ambiguous.
COW_OVERRIDES = {
    315: "CSK",  # Czechoslovakia (COW's abbreviation CZE is not ISO's CZE)
    316: "CZE",
    345: "SRB",  # COW 345 is Yugoslavia, continued by Serbia
    365: "RUS",
    255: "DEU",
    679: "YEM",
    678: "",  # the Yemen Arab Republic (1990 merger); no ISO code
    713: "TWN",
    816: "VNM",
    731: "PRK",
    732: "KOR",
}
# States whose GW number differs from their COW number (unified Germany, Serbia).
GW_DIFFERS = {"DEU", "SRB"}
# Former states (ISO 3166-3) whose state COW or GW continue under another code.
FORMER_EXTRA = {
    "SUN": {"cow": 365, "gw": 365, "successor": "RUS"},
    "YUG": {"cow": 345, "gw": 345},
    "CSK": {"cow": 315, "gw": 315},
    "DDR": {"cow": 265, "gw": 265},
}


def main() -> None:
    vocab = json.loads(VOCAB.read_text())
    # country_converter's table, read directly (its pandas loader is not needed here).
    table = Path(country_converter.__file__).parent / "country_data.tsv"
    with table.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    gw = {r["ISO3"]: int(r["GWcode"]) for r in rows if r["GWcode"].strip().isdigit()}
    regexes = [(re.compile(r["regex"], re.IGNORECASE), r["ISO3"]) for r in rows]
    cow: dict[str, int] = {}
    with (HERE / "cow_states.csv").open() as f:
        for row in csv.DictReader(f):
            number = int(row["CCode"])
            iso3 = COW_OVERRIDES.get(number) or next(
                (code for rx, code in regexes if rx.search(row["StateNme"])), None
            )
            if iso3 and iso3 in vocab["countries"]:
                cow.setdefault(iso3, number)
    for number, iso3 in COW_OVERRIDES.items():
        if iso3:
            cow[iso3] = number
    # GW numbers follow COW's except for a few documented states; where country_converter's
    # GW number differs from COW's for any other state, it is left empty rather than trusted.
    gw = {k: v for k, v in gw.items() if v == cow.get(k) or k in GW_DIFFERS}
    for iso3, entry in vocab["countries"].items():
        c = pycountry.countries.get(alpha_3=iso3)
        entry["alpha_2"] = c.alpha_2 if c else None
        entry["numeric"] = int(c.numeric) if c else None
        entry["cow"] = cow.get(iso3)
        entry["gw"] = gw.get(iso3)
    for iso3, entry in vocab["former_countries"].items():
        h = pycountry.historic_countries.get(alpha_3=iso3)
        entry["alpha_2"] = h.alpha_4[:2] if h else None
        entry["numeric"] = int(h.numeric) if h and getattr(h, "numeric", None) else None
        entry["withdrawn"] = int(h.withdrawal_date[:4]) if h else None
        entry.update({"cow": None, "gw": None, "successor": None} | FORMER_EXTRA.get(iso3, {}))
        entry.pop("former", None)
    VOCAB.write_text(json.dumps(vocab, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
