"""Every export, read back by the tool users read it with."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pytest

import sinorussia
from sinorussia._unstructure import unstructure

DS = sinorussia.load()
KINDS = ("sources", "agreements", "summits", "exercises", "trade_figures", "people", "places")


@pytest.fixture(scope="module")
def parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("p") / "parquet"
    DS.to_parquet(out)
    return out


@pytest.fixture(scope="module")
def csv_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("c") / "csv"
    DS.to_csv(out)
    return out


def test_pandas_and_duckdb_read_the_parquet_and_csv_with_every_row(
    parquet: Path, csv_folder: Path
) -> None:
    for kind in KINDS:
        n = len(getattr(DS, kind))
        assert len(pd.read_parquet(parquet / f"{kind}.parquet")) == n, kind
        assert len(pd.read_csv(csv_folder / f"{kind}.csv", encoding="utf-8-sig")) == n, kind
        got = duckdb.sql(f"select count(*) from '{parquet / kind}.parquet'").fetchall()[0]
        assert got == (n,), kind
        got = duckdb.sql(f"select count(*) from read_csv('{csv_folder / kind}.csv')").fetchall()[0]
        assert got == (n,), kind
    summits = pd.read_parquet(parquet / "summits.parquet")
    assert summits["mode"].isna().sum() == 0 and summits["level"].isna().sum() == 0
    trade = duckdb.sql(
        f"select value from '{parquet}/trade_figures.parquet' where id = 'trade-cn-gacc-2023-turnover'"
    ).fetchall()[0]
    assert str(trade[0]).rstrip("0") == "240.11"


def test_duckdb_counts_meetings_per_year_right_for_date_ranges(parquet: Path) -> None:
    """The recipe in docs/recipes.md: a meeting counts in a year when it certainly lies in it."""
    rows = duckdb.sql(
        f"""
        with years as (select range as year from range(1992, 2027)),
        met as (
          select distinct s.date_earliest, s.date_latest
          from '{parquet}/summits.parquet' s
          join '{parquet}/record_people.parquet' p1 on p1.record_id = s.id and p1.person_id = 'xi-jinping'
          join '{parquet}/record_people.parquet' p2 on p2.record_id = s.id and p2.person_id = 'vladimir-putin'
          where s.mode = 'in-person' and not s.date_qualified
        )
        select y.year, count(m.date_earliest) as meetings
        from years y left join met m
          on year(m.date_earliest) = y.year and year(m.date_latest) = y.year
        group by y.year order by y.year
        """
    ).fetchall()
    counts = dict(rows)
    expected = DS.summits.filter(people=["Xi Jinping", "Vladimir Putin"], mode="in-person")
    for year, n in expected.per_year(distinct_dates=True).items():
        assert counts[year] == n, year
    assert counts[2017] == 4 and counts[2020] == 0


def test_to_pandas_has_fixed_columns_and_dtypes() -> None:
    df = DS.summits.to_pandas()
    assert list(df.columns) == list(DS.summits.to_rows()[0])
    assert df["mode"].isna().sum() == 0
    assert str(df["number"].dtype) == "Int64" and str(df["date_latest"].dtype) == "datetime64[s]"
    empty = DS.summits.filter(within=1900).to_pandas()
    assert list(empty.columns) == list(df.columns) and len(empty) == 0
    trade = DS.trade_figures.to_pandas()
    assert trade.loc[trade["id"] == "trade-cn-gacc-2023-turnover", "value"].item() == 240.11
    cites = DS.summits.to_pandas("citations")
    assert len(cites) == sum(len(s.citations) for s in DS.summits)


def test_csv_opens_as_utf8_with_rfc4180_line_ends(csv_folder: Path) -> None:
    raw = (csv_folder / "people.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    people = pd.read_csv(csv_folder / "people.csv", encoding="utf-8-sig")
    assert people.loc[people["id"] == "xi-jinping", "name_zh"].item() == "习近平"


def test_frictionless_validates_the_data_package(tmp_path: Path) -> None:
    DS.to_datapackage(tmp_path / "pkg")
    done = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "datapackage.json"],
        cwd=tmp_path / "pkg",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    package = json.loads((tmp_path / "pkg" / "datapackage.json").read_text())
    citations = next(r for r in package["resources"] if r["name"] == "citations")
    assert citations["schema"]["foreignKeys"][0]["reference"]["resource"] == "sources"


def test_every_bundled_record_validates_against_its_json_schema() -> None:
    for cls, coll in (
        (sinorussia.Summit, DS.summits),
        (sinorussia.Agreement, DS.agreements),
        (sinorussia.Exercise, DS.exercises),
        (sinorussia.TradeFigure, DS.trade_figures),
        (sinorussia.Source, DS.sources),
        (sinorussia.Person, DS.people),
        (sinorussia.Place, DS.places),
    ):
        schema = sinorussia.json_schema(cls)
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for r in coll:
            validator.validate(unstructure(r))
    bad = unstructure(DS.summits[0]) | {"participants": ["CHN", "URS"]}
    with pytest.raises(jsonschema.ValidationError, match="'URS' is not one of"):
        jsonschema.validate(bad, sinorussia.json_schema(sinorussia.Summit))
    with pytest.raises(jsonschema.ValidationError, match="Additional properties"):
        jsonschema.validate(
            unstructure(DS.summits[0]) | {"extra": 1}, sinorussia.json_schema(sinorussia.Summit)
        )
    with pytest.raises(sinorussia.InvalidArgumentError):
        sinorussia.json_schema(dict)


def test_pybtex_parses_the_bibtex_of_every_source() -> None:
    from pybtex.database import parse_string

    data = parse_string(DS.sources.to_bibtex(), "bibtex")
    assert len(data.entries) == len(DS.sources)
    entry = data.entries["seed-003"]
    assert entry.fields["title"].strip("{}") == DS.sources.lookup("seed-003").title


def test_citeproc_renders_a_citation_with_its_locator() -> None:
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source import Locator
    from citeproc.source.json import CiteProcJSON

    summit = DS.summits.lookup("summit-2016-06-23-tashkent")
    items = DS.summits.filter(within="2016-06-23").to_csl(sources=DS.sources)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    cite_item = sinorussia.csl_cite_item(summit.citations[0])
    locator = Locator(cite_item["label"], cite_item["locator"])
    citation = Citation([CitationItem(cite_item["id"], locator=locator)])
    bib.register(citation)
    text = str(bib.cite(citation, lambda item: None))
    assert cite_item["locator"] in text and "para" in text


def test_geojson_is_valid_rfc7946() -> None:
    import geojson

    fc = DS.summits.to_geojson()
    parsed = geojson.loads(json.dumps(fc))
    assert parsed.is_valid, parsed.errors()
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    ex = DS.exercises.to_geojson()
    assert geojson.loads(json.dumps(ex)).is_valid
    assert {f["geometry"]["type"] for f in ex["features"]} == {"MultiPoint"}


def test_exports_never_write_among_your_files(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep")
    with pytest.raises(sinorussia.UnsafeWriteError, match="is not empty"):
        DS.to_csv(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]
    (tmp_path / "empty").mkdir()
    DS.to_csv(tmp_path / "empty")
    assert (tmp_path / "empty" / "summits.csv").is_file()


def test_a_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(sinorussia.MissingExtraError, match=r"sinorussia\[pandas\]"):
        DS.summits.to_pandas()
    with pytest.raises(sinorussia.InvalidArgumentError, match="table: 'nope' is not a table"):
        DS.summits.to_rows("nope")


def test_notebook_html() -> None:
    html = DS.summits.filter(within=2022)._repr_html_()
    assert html.startswith("<p>&lt;SummitCollection of ") and "<table>" in html


def test_records_show_as_a_table_in_notebooks() -> None:
    html = DS.summits.lookup("summit-2022-09-15-samarkand")._repr_html_()
    assert html.startswith("<table><caption>Summit</caption>")
    assert "<th>place</th><td>samarkand</td>" in html and "<td>5 citations</td>" in html
    assert "<th>title</th>" in DS.sources.lookup("seed-003")._repr_html_()
