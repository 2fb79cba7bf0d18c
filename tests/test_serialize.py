"""Serialization: the cattrs converter and JSON round-trip every record exactly."""

from __future__ import annotations

import contextlib
from typing import Any

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sinorussia
from sinorussia import Collection, DataError, Dataset, Summit, TradeFigure, UncertainDate
from sinorussia._structure import structure_record
from sinorussia.serialize import configure_converter, from_json, make_converter, to_json

from . import strategies as s

records = s.summits | s.agreements | s.exercises | s.trade_figures() | s.sources | s.dated_sources()


@given(records)
def test_converter_round_trip(record: Any) -> None:
    conv = make_converter()
    assert conv.structure(conv.unstructure(record), type(record)) == record


@given(records)
def test_json_round_trip(record: Any) -> None:
    assert from_json(to_json(record), type(record)) == record
    assert from_json(to_json(record, indent=True), type(record)) == record


@given(records)
def test_the_fast_loader_reads_what_the_converter_writes(record: Any) -> None:
    problems: list[Any] = []
    data = make_converter().unstructure(record)
    assert structure_record(type(record), data, "$", problems) == record
    assert problems == []


@given(s.dates)
def test_dates_serialize_as_edtf(d: UncertainDate) -> None:
    assert make_converter().unstructure(d) == str(d)
    assert to_json(d) == f'"{d}"'


def test_every_bundled_record_round_trips_exactly() -> None:
    ds = sinorussia.load()
    conv = make_converter()
    for coll in (ds.sources, ds.agreements, ds.summits, ds.exercises, ds.trade_figures):
        for record in coll:
            assert conv.structure(conv.unstructure(record), type(record)) == record
    assert from_json(to_json(ds), Dataset) == ds
    assert from_json(to_json(ds.summits), Collection[Summit]) == ds.summits


def test_decimals_stay_exact() -> None:
    figure = sinorussia.load().trade_figures[0]
    data = make_converter().unstructure(figure)
    assert isinstance(data["value"], str)
    assert from_json(to_json(figure), TradeFigure).value == figure.value


def test_defaults_are_omitted() -> None:
    summit = sinorussia.load().summits.lookup("summit-2016-06-23-tashkent")
    data = make_converter().unstructure(summit)
    assert "errata" not in data and "mode" not in data
    assert data["date"] == "2016-06-23"


def test_each_call_makes_a_new_converter() -> None:
    assert make_converter() is not make_converter()


def test_configure_an_existing_converter() -> None:
    conv = cattrs.Converter()
    configure_converter(conv)
    assert conv.structure("2014~", UncertainDate) == UncertainDate.parse("2014~")


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        ("{nope", Summit, ["$: is not valid JSON"]),
        (
            '{"source_id": "a", "locator": "page 9"}',
            sinorussia.Citation,
            ["$.locator: 'page 9' is not a pinpoint locator"],
        ),
        (
            '{"source_id": "a", "locator": "p. 9", "extra": 1}',
            sinorussia.Citation,
            ["$.extra: is not a field"],
        ),
        ('{"source_id": "a"}', sinorussia.Citation, ["$.locator: is missing"]),
        ('"2015-09-31"', UncertainDate, ["$: '2015-09-31' is not a real day"]),
        (
            '[{"source_id": "a", "locator": "p. 1"}, {"source_id": "b", "locator": "x"}]',
            tuple[sinorussia.Citation, ...],
            ["$[1].locator: 'x' is not a pinpoint locator"],
        ),
    ],
)
def test_from_json_reports_problems_with_paths(text: str, cls: Any, expected: list[str]) -> None:
    with pytest.raises(DataError) as info:
        from_json(text, cls)
    found = [str(p) for p in info.value.problems]
    assert len(found) == len(expected)
    for got, want in zip(found, expected, strict=True):
        assert got.startswith(want)


def test_from_json_of_a_dataset_with_a_dangling_reference() -> None:
    ds = sinorussia.load()
    text = to_json(Dataset.from_records(sources=ds.sources, summits=ds.summits)).replace(
        '"source_id":"seed-000"', '"source_id":"seed-999"'
    )
    assert '"seed-999"' in text
    with pytest.raises(DataError, match="'seed-999' is not the id of any source"):
        from_json(text, Dataset)
    with pytest.raises(DataError, match=r"\$.colour: is not a field"):
        from_json('{"colour": 1}', Dataset)


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(_json_values, st.booleans())
def test_json_is_read_the_same_with_and_without_orjson(value: Any, twice: bool) -> None:
    # decode_json takes orjson's reading only of text orjson writes back byte for byte;
    # whatever the text, the answer must be the standard library's strict reading.
    import json

    orjson = pytest.importorskip("orjson")
    from sinorussia._structure import BAD, _no_constant, _no_duplicates, decode_json

    texts = [json.dumps(value), json.dumps(value, ensure_ascii=False)]
    with contextlib.suppress(orjson.JSONEncodeError):
        texts.append(orjson.dumps(value).decode())
    if twice:  # the same key twice in one object, written the way orjson writes objects
        texts += [f'{{"k":{t},"k":{t}}}' for t in texts]
    strict = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    for text in texts:
        try:
            expected: Any = strict.decode(text)
        except ValueError:
            expected = BAD
        problems: list[Any] = []
        got = decode_json(text, "$", problems)
        assert (got is BAD) == (expected is BAD) and (got is BAD or got == expected), text
        assert decode_json(text.encode(), "$", []) == got or got is BAD
