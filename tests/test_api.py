"""The 1.0 API: entities, codes, ids, the one structuring path, the module layout."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sinorussia
from sinorussia import (
    DataError,
    InvalidArgumentError,
    InvalidDateError,
    Summit,
    SummitCollection,
    UncertainDate,
    _structure,
)
from sinorussia._unstructure import unstructure
from sinorussia.serialize import configure_converter, from_json, make_converter, to_json

from . import strategies as s

SRC = Path(__file__).resolve().parents[1] / "src" / "sinorussia"


def test_country_codes_for_joins() -> None:
    rus, chn, sun = (sinorussia.country(c) for c in ("RUS", "CHN", "SUN"))
    assert (rus.cow, rus.gw, chn.cow, chn.gw) == (365, 365, 710, 710)
    assert (rus.alpha_2, rus.numeric, chn.alpha_2, chn.numeric) == ("RU", 643, "CN", 156)
    assert (sun.former, sun.withdrawn, sun.successor) == (True, 1992, "RUS")
    assert sinorussia.country("DEU").gw == 260 and sinorussia.country("DEU").cow == 255


def test_people_and_places_resolve_by_any_name() -> None:
    lavrov = sinorussia.person("sergey-lavrov")
    for name in ("Sergei Lavrov", "sergey lavrov", "SERGEY  LAVROV", "Сергей Лавров"):
        assert sinorussia.person(name) is lavrov
    assert sinorussia.place("St Petersburg") is sinorussia.place("saint-petersburg")
    with pytest.raises(InvalidArgumentError, match="did you mean 'Moscow'"):
        sinorussia.place("Moskow")
    with pytest.raises(InvalidArgumentError, match="5 is not a name"):
        sinorussia.person(5)  # type: ignore[arg-type]


def test_every_person_and_place_in_the_data_resolves_and_summits_have_coordinates() -> None:
    ds = sinorussia.load()
    people, places = {p.id for p in ds.people}, {p.id: p for p in ds.places}
    for r in (*ds.summits, *ds.agreements):
        assert set(getattr(r, "people", ()) + getattr(r, "signatories", ())) <= people, r.id
    for summit in ds.summits:
        if summit.place is not None:
            p = places[summit.place]
            if p.kind == "city":
                assert p.latitude is not None and p.coordinates_source, summit.id
            else:  # the sources name only the island or province (Bali, 2013 APEC)
                assert (summit.place, p.kind) == ("bali", "region"), summit.id
    for ex in ds.exercises:
        assert set(ex.places) <= set(places), ex.id
        if ex.area and ex.id not in (
            "exercise-2016-05-26-aerospace-security-2016",  # a research centre, unnamed
            "exercise-2025-12-anti-missile-exercise-3",  # "Russia" only
        ):
            assert ex.places, f"{ex.id}: area {ex.area!r} names no known place"


def test_a_folder_carries_its_own_people(tmp_path: Path) -> None:
    ds = sinorussia.load()
    sinorussia.dump(ds, tmp_path / "d")
    people = json.loads((tmp_path / "d" / "people.json").read_text())
    people.append({"id": "interviewee-7", "name": "Interviewee Seven", "aliases": ["I-7"]})
    (tmp_path / "d" / "people.json").write_text(json.dumps(people, ensure_ascii=False))
    meta = json.loads((tmp_path / "d" / "dataset.json").read_text())
    del meta["checksum"]
    (tmp_path / "d" / "dataset.json").write_text(json.dumps(meta))
    mine = sinorussia.load(tmp_path / "d")
    assert mine.person("i-7").id == "interviewee-7"
    with pytest.raises(InvalidArgumentError):
        ds.person("I-7")


def test_a_dangling_person_or_place_is_a_data_error() -> None:
    ds = sinorussia.load()
    s0 = ds.summits[0]
    bad = attrs.evolve(s0, people=("nobody-at-all",), place="atlantis")
    with pytest.raises(DataError) as info:
        sinorussia.Dataset.from_records(sources=ds.sources, summits=[bad])
    found = [str(p) for p in info.value.problems]
    assert (
        "summits[0].people[0]: 'nobody-at-all' is not the id of any person in the dataset" in found
    )
    assert "summits[0].place: 'atlantis' is not the id of any place in the dataset" in found


def test_former_ids_must_be_unique_too() -> None:
    ds = sinorussia.load()
    a, b = ds.summits[0], ds.summits[1]
    with pytest.raises(DataError, match=r"summits\[1\].former_ids\[0\]: .* is already used by"):
        sinorussia.Dataset.from_records(
            sources=ds.sources, summits=[a, attrs.evolve(b, former_ids=(a.id,))]
        )


BAD_SUMMIT = {
    "id": "summit-x",
    "date": "2015-09-31",
    "summary": "s.",
    "citations": [],
    "participants": ["CHN", "URS"],
}


def test_from_json_reports_every_problem_like_load() -> None:
    with pytest.raises(DataError) as info:
        from_json(json.dumps(BAD_SUMMIT), Summit)
    assert [str(p) for p in info.value.problems] == [
        "$.date: '2015-09-31' is not a real day: September 2015 has 30 days",
        "$.citations: is empty; every record cites at least one source",
        "$.participants: 'URS' is not an ISO 3166 alpha-3 country code; expected an upper-case "
        "ISO 3166-1 alpha-3 code such as 'CHN' or 'RUS' (ISO 3166-3 'SUN' for the USSR)",
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"summary": None}, "$.summary: None (null) is not text"),
        ({"number": 1.5}, "$.number: 1.5 (a number) is not a whole number"),
        ({"number": True}, "$.number: True (a boolean) is not a whole number"),
        ({"mode": "virtual"}, "$.mode: 'virtual' (text) is not allowed"),
        ({"extra": 1}, "$.extra: is not a field of Summit"),
    ],
)
def test_from_json_coerces_nothing(change: dict[str, Any], message: str) -> None:
    good = json.loads(to_json(sinorussia.load().summits[0]))
    with pytest.raises(DataError) as info:
        from_json(json.dumps(good | change), Summit)
    assert any(str(p).startswith(message) for p in info.value.problems), info.value


def test_the_converter_and_from_json_agree_and_are_strict() -> None:
    conv = make_converter()
    s0 = sinorussia.load().summits[0]
    data = conv.unstructure(s0)
    assert data == json.loads(to_json(s0)) == unstructure(s0)
    assert conv.structure(data, Summit) == s0 == from_json(to_json(s0), Summit)
    with pytest.raises(DataError, match=r"\$.summary: None \(null\) is not text"):
        conv.structure(data | {"summary": None}, Summit)
    coll = conv.structure([data], SummitCollection)
    assert isinstance(coll, SummitCollection) and coll.ids == (s0.id,)


def test_configure_converter_leaves_other_types_alone() -> None:
    @attrs.define
    class Mine:
        name: str
        tags: tuple[str, ...]
        note: str | None = None

    data = {"name": 5, "tags": ["a", 1], "note": 2}
    plain, ours = cattrs.Converter(), cattrs.Converter()
    configure_converter(ours)
    assert ours.structure(data, Mine) == plain.structure(data, Mine)


def test_uncertain_date_constructor_validates() -> None:
    assert UncertainDate("2014") == UncertainDate.parse("2014")
    assert repr(UncertainDate("2019/..")) == "UncertainDate('2019/..')"
    with pytest.raises(InvalidDateError, match="month 13 is not 1 to 12"):
        UncertainDate("2014-13")
    with pytest.raises(InvalidDateError):
        UncertainDate(2014)  # type: ignore[arg-type]


def test_lazy_public_names_are_cached_and_public() -> None:
    assert sinorussia.Summit is Summit
    assert vars(sinorussia)["Summit"] is Summit
    assert isinstance(sinorussia.__version__, str)
    assert Summit.__module__ == "sinorussia" and SummitCollection.__module__ == "sinorussia"
    assert all(hasattr(sinorussia, name) for name in sinorussia.__all__)
    assert sorted(sinorussia.__all__) == sorted(set(sinorussia.__all__))


def _imports(path: Path) -> set[str]:
    """The sinorussia modules *path* imports, at any depth of the module."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out.update(a.name for a in node.names)
    return out


def test_no_import_circle_in_the_package() -> None:
    graph = {p.stem: _imports(p) for p in SRC.glob("*.py") if p.stem != "__init__"}
    graph = {k: {m for m in v if m in graph} for k, v in graph.items()}
    done: set[str] = set()

    def visit(node: str, stack: tuple[str, ...]) -> None:
        assert node not in stack, f"import circle: {' -> '.join((*stack, node))}"
        if node in done:
            return
        for nxt in graph[node]:
            visit(nxt, (*stack, node))
        done.add(node)

    for module in graph:
        visit(module, ())


@given(s.summits, st.data())
def test_the_fast_path_accepts_only_what_the_full_check_accepts(
    record: Summit, data: st.DataObject
) -> None:
    value = unstructure(record)
    json_values = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5)
    key = data.draw(st.sampled_from([*value, "extra"]))
    mutated = value | {key: data.draw(json_values | st.just(value.get(key)))}
    problems: list[Any] = []
    full = _structure._record_handler(Summit)
    try:
        fast = _structure._fast(Summit)(mutated)
    except _structure._Slow:
        fast = None
    result = full(mutated, "$", problems)
    if fast is not None:
        assert problems == [] and result == fast


def test_the_data_says_how_far_it_reaches(tmp_path: Path) -> None:
    import datetime as dt

    ds = sinorussia.load()
    assert ds.current_to["summits"] >= dt.date(2026, 11, 1)
    sinorussia.dump(ds, tmp_path / "d")
    assert sinorussia.load(tmp_path / "d").current_to == ds.current_to
    assert from_json(to_json(ds), sinorussia.Dataset).current_to == ds.current_to
    meta = json.loads((tmp_path / "d" / "dataset.json").read_text())
    meta["current_to"] = {"summits": "2026-02-30", "meetings": "2026-01-01", "exercises": 5}
    del meta["checksum"]
    (tmp_path / "d" / "dataset.json").write_text(json.dumps(meta))
    with pytest.raises(DataError) as info:
        sinorussia.load(tmp_path / "d")
    assert [str(p) for p in info.value.problems] == [
        "dataset.json.current_to.summits: '2026-02-30' is not a real day",
        "dataset.json.current_to.meetings: is not a kind of record; expected one of "
        "sources, agreements, summits, exercises, trade_figures",
        "dataset.json.current_to.exercises: 5 is not a day written YYYY-MM-DD",
    ]


def test_values_remembered_by_the_fast_path_still_fit_only_their_own_field() -> None:
    # The fast path remembers ids and locators it has matched; a remembered id must not pass
    # as a locator, nor a remembered locator as an id.
    from sinorussia.serialize import from_json

    sinorussia.load()  # remembers every id and locator of the bundled data
    good = from_json('{"source_id": "seed-003", "locator": "para. 8"}', sinorussia.Citation)
    assert good.locator == "para. 8"
    with pytest.raises(sinorussia.DataError, match=r"\$\.locator: 'seed-003'"):
        from_json('{"source_id": "seed-003", "locator": "seed-003"}', sinorussia.Citation)
    with pytest.raises(sinorussia.DataError, match=r"\$\.source_id: 'para\. 8'"):
        from_json('{"source_id": "para. 8", "locator": "para. 8"}', sinorussia.Citation)
