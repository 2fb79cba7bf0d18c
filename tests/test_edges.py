"""Edge cases of the smaller pieces: each asserts the exact outcome a user would see."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import cattrs
import pytest

import sinorussia
from sinorussia import (
    Citation,
    Collection,
    DataError,
    InvalidArgumentError,
    InvalidDateError,
    InvalidFieldError,
    Summit,
    TradeFigure,
    TradeFigureCollection,
    UncertainDate,
    _folder,
    _structure,
    serialize,
)
from sinorussia._cli import overview
from sinorussia._resources import read_data_file
from sinorussia.exceptions import Problem

CITE = (Citation(source_id="src-a", locator="para. 1"),)


def figure(id: str, date: str, value: str = "1") -> TradeFigure:
    return TradeFigure(
        id=id,
        date=UncertainDate.parse(date),
        summary="A figure.",
        citations=CITE,
        metric="turnover",
        value=Decimal(value),
        unit="billion",
        currency="USD",
        statistical_source="CN-GACC",
    )


def test_open_ends_and_order_with_other_types() -> None:
    d = UncertainDate.parse("/2019")
    assert d.open_start and not d.open_end
    assert UncertainDate.parse("2019/..").open_end
    assert UncertainDate.parse("2019").__le__(3) is NotImplemented
    assert UncertainDate.parse("2019").__gt__(3) is NotImplemented
    assert UncertainDate.parse("2019").__ge__(3) is NotImplemented


def test_date_edge_errors() -> None:
    with pytest.raises(InvalidDateError, match="a day needs a month"):
        UncertainDate.of(2014, None, 5)
    with pytest.raises(InvalidDateError, match="is not a date string"):
        UncertainDate.from_text(2014)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidDateError, match="'31 June 2016' is not a real day: June 2016 has 30 days"
    ):
        UncertainDate.from_text("31 June 2016")
    with pytest.raises(InvalidDateError, match="'June 31' is not a real date"):
        UncertainDate.from_text("June 31")
    with pytest.raises(InvalidDateError, match="names a day but no month"):
        UncertainDate.from_text("5", year=2014)


def test_trade_series_helpers() -> None:
    coll = TradeFigureCollection(
        [figure("trade-a", "2020", "10"), figure("trade-b", "2022", "12.5")]
    )
    s = coll.annual("CN-GACC")
    assert s.years == (2020, 2021, 2022)
    assert s.gaps == (2021,)
    assert s.values == (Decimal("10"), None, Decimal("12.5"))
    floats = s.floats()
    assert floats[0] == 10.0 and floats[2] == 12.5 and floats[1] != floats[1]  # nan
    assert s.value(2019) is None and s.value(2021) is None
    empty = coll.annual("RU-FCS")
    assert (empty.years, empty.figures) == ((), ())
    clash = TradeFigureCollection([figure("trade-a", "2020"), figure("trade-b", "2020")])
    with pytest.raises(InvalidFieldError, match="'trade-[ab]' and 'trade-[ab]' both give 2020"):
        clash.annual("CN-GACC")


def test_per_year_of_nothing_and_bad_statistical_source() -> None:
    assert Collection([], item_type=Summit).per_year() == {}
    trade = sinorussia.load().trade_figures
    with pytest.raises(InvalidArgumentError, match="'IMF' is not a statistical source code"):
        trade.filter(statistical_source="IMF")
    with pytest.raises(InvalidArgumentError, match="statistical_source: 'CN-GAC' is not"):
        trade.annual("CN-GAC")
    with pytest.raises(InvalidArgumentError, match="metric: 'turnovr' is not allowed"):
        trade.annual("CN-GACC", metric="turnovr")  # type: ignore[arg-type]


def test_structure_handlers_report_problems() -> None:
    problems: list[Problem] = []
    assert repr(_structure.BAD) == "BAD"
    assert _structure._handler(Decimal)("abc", "$.v", problems) is _structure.BAD
    assert _structure._handler(Decimal)(7, "$.v", problems) == Decimal(7)
    assert _structure._handler(UncertainDate)(2014, "$.d", problems) is _structure.BAD
    assert [str(p) for p in problems] == [
        "$.v: 'abc' (text) is not a decimal; write it as text, e.g. \"240.11\"",
        "$.d: 2014 (a number) is not an EDTF date string",
    ]
    with pytest.raises(TypeError, match="unsupported field type"):
        _structure._handler(dict)
    with pytest.raises(TypeError, match="unsupported union"):
        _structure._handler(int | str | None)


def test_builder_falls_back_to_init_for_converters() -> None:
    @attrs.frozen
    class WithConverter:
        x: int = attrs.field(converter=int)

    assert _structure._builder(WithConverter)({"x": "3"}) == WithConverter(3)


def test_converter_hooks_edge_cases() -> None:
    conv = serialize.make_converter()
    d = UncertainDate.parse("2014")
    assert serialize._structure_date(d, UncertainDate) is d
    with pytest.raises(DataError, match=r"\$.value: 1.5 \(a number\) is not a decimal"):
        serialize.from_json(
            '{"id": "trade-x", "date": "2020", "summary": "s.", "citations": '
            '[{"source_id": "a", "locator": "p. 1"}], "metric": "turnover", '
            '"value": 1.5, "unit": "billion", "currency": "USD"}',
            TradeFigure,
        )
    with pytest.raises(DataError, match=r"\$.people: 'Xi' \(text\) is not a list"):
        serialize.from_json(
            '{"id": "summit-x", "date": "2020", "summary": "s.", "citations": '
            '[{"source_id": "a", "locator": "p. 1"}], "participants": ["CHN"], '
            '"people": "Xi"}',
            Summit,
        )
    with pytest.raises(DataError, match=r"\$: list is not a dataset object"):
        serialize.from_json("[]", sinorussia.Dataset)
    assert isinstance(conv, cattrs.Converter)


def test_format() -> None:
    assert _folder._format({}) == "{}"
    assert _folder._format({"a": []}) == '{\n "a": []\n}'


def test_overview_without_meetings() -> None:
    ds = sinorussia.load()
    small = sinorussia.Dataset.from_records(sources=ds.sources, trade_figures=ds.trade_figures)
    text = overview(small)
    assert "In-person meetings of the heads of state: 0" in text
    assert "Latest:" not in text


def test_module_attributes() -> None:
    assert "load" in dir(sinorussia) and "__version__" in dir(sinorussia)
    assert read_data_file("no-such-file.json") is None
    assert read_data_file("vocabularies.json") is not None


def test_model_type_errors_name_the_field() -> None:
    with pytest.raises(InvalidFieldError, match="summary: 3 is not text"):
        Summit(
            id="summit-x",
            date=UncertainDate.parse("2020"),
            summary=3,
            citations=CITE,
            participants=("CHN",),
        )  # type: ignore[arg-type]
    with pytest.raises(InvalidFieldError, match="citations: 'x' is not a Citation"):
        Summit(
            id="summit-x",
            date=UncertainDate.parse("2020"),
            summary="s.",
            citations=("x",),
            participants=("CHN",),
        )  # type: ignore[arg-type]


def test_dates_accept_datetime_subclasses() -> None:
    when = dt.datetime(2022, 9, 15, 12, 0)
    assert sinorussia.load().summits.filter(within=when).ids[:1] == ("summit-2022-09-15-samarkand",)


def test_composite_prefers_the_first_series_and_labels_each_year() -> None:
    coll = TradeFigureCollection(
        [
            figure("trade-a", "2020", "10"),
            attrs.evolve(figure("trade-b", "2020", "11"), statistical_source="RU-FCS"),
            attrs.evolve(figure("trade-c", "2021", "12"), statistical_source=None),
            attrs.evolve(figure("trade-d", "2023", "13"), statistical_source="RU-FCS"),
        ]
    )
    line = coll.composite()
    assert line.years == (2020, 2021, 2022, 2023) and line.gaps == (2022,)
    assert [line.series_of(y) for y in line.years] == ["CN-GACC", "unattributed", None, "RU-FCS"]
    assert line.values == (Decimal("10"), Decimal("12"), None, Decimal("13"))
    attributed = coll.composite(order=["RU-FCS", "CN-GACC"])
    assert attributed.value(2020) == Decimal("11") and attributed.value(2021) is None
    assert coll.composite(start=2018).years[0] == 2018
    assert TradeFigureCollection([]).composite().years == ()
    with pytest.raises(InvalidArgumentError, match="at most once"):
        coll.composite(order=["CN-GACC", "CN-GACC"])
    with pytest.raises(InvalidArgumentError, match="order: 'IMF' is not"):
        coll.composite(order=["IMF"])


def test_loading_pauses_the_garbage_collector_and_restores_it() -> None:
    import gc

    from sinorussia.serialize import from_json

    assert gc.isenabled()
    with pytest.raises(sinorussia.DataError):
        from_json("[1]", sinorussia.Summit)
    assert gc.isenabled()  # restored after an error too
    gc.disable()
    try:
        from_json('{"source_id": "seed-003", "locator": "para. 8"}', sinorussia.Citation)
        assert not gc.isenabled()  # a collector the caller turned off stays off
    finally:
        gc.enable()
