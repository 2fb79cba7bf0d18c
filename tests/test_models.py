"""Record classes: validation names the field and the value and says what is valid."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

from sinorussia import (
    Agreement,
    Asset,
    Citation,
    Claim,
    Disagreement,
    Erratum,
    Exercise,
    InvalidFieldError,
    Source,
    Summit,
    TradeFigure,
    UncertainDate,
)

CITE = (Citation(source_id="seed-002", locator="para. 2"),)


def summit(**changes: Any) -> Summit:
    fields: dict[str, Any] = {
        "id": "summit-2022-09-15-samarkand",
        "date": UncertainDate.parse("2022-09-15"),
        "summary": "They met.",
        "citations": CITE,
        "participants": ("CHN", "RUS"),
    }
    fields.update(changes)
    return Summit(**fields)


def trade(**changes: Any) -> TradeFigure:
    fields: dict[str, Any] = {
        "id": "trade-cn-gacc-2023-turnover",
        "date": UncertainDate.parse("2023"),
        "summary": "Turnover.",
        "citations": CITE,
        "metric": "turnover",
        "value": Decimal("240.11"),
        "unit": "billion",
        "currency": "USD",
    }
    fields.update(changes)
    return TradeFigure(**fields)


def test_records_are_frozen_and_keyword_only() -> None:
    s = summit()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.place = "Moscow"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Citation("seed-002", "para. 2")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"id": "Summit 1"}, "id", "'Summit 1' is not a valid record id"),
        ({"id": "agreement-2022"}, "id", "'agreement-2022' must start with 'summit-'"),
        (
            {"participants": ("CHN", "XYZ")},
            "participants",
            "'XYZ' is not an ISO 3166 alpha-3 country code",
        ),
        ({"participants": ("chn",)}, "participants", "did you mean 'CHN'?"),
        ({"participants": ["CHN"]}, "participants", "is not a tuple"),
        ({"participants": ()}, "participants", "is empty"),
        ({"participants": ("CHN", "CHN")}, "participants", "lists 'CHN' more than once"),
        ({"citations": ()}, "citations", "every record cites at least one source"),
        ({"date": "2022-09-15"}, "date", "is not an UncertainDate"),
        ({"summary": " padded "}, "summary", "must be non-empty with no surrounding spaces"),
        (
            {"mode": "virtual"},
            "mode",
            "'virtual' is not allowed; expected one of 'in-person', 'video', 'phone'",
        ),
        ({"framework": "NATO"}, "framework", "'NATO' is not an organisation or format code"),
        ({"country": "SU"}, "country", "'SU' is not an ISO 3166 alpha-3 country code"),
        ({"mode": "video", "place": "moscow"}, "place", "a video meeting has no place"),
        ({"place": "Moscow"}, "place", "'Moscow' is not a valid record id"),
        ({"number": 0}, "number", "0 is not an ordinal number from 1 to 1000000000"),
        ({"number": 2**70}, "number", "is not an ordinal number from 1 to 1000000000"),
        ({"inferred": ("when",)}, "inferred", "'when' is not a field of Summit"),
    ],
)
def test_summit_validation(changes: dict[str, Any], field: str, message: str) -> None:
    with pytest.raises(InvalidFieldError) as info:
        summit(**changes)
    assert info.value.field == field
    assert message in info.value.reason
    assert str(info.value).startswith(f"{field}: ")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"unit": "percent"}, "unit", "does not fit metric 'turnover'"),
        ({"currency": None}, "currency", "a value needs a currency"),
        (
            {"metric": "turnover-growth", "unit": "percent"},
            "currency",
            "a percentage has no currency",
        ),
        ({"exporter": "CHN", "importer": "RUS"}, "exporter", "turnover has no direction"),
        ({"value": 240.11}, "value", "is not a finite Decimal"),
        ({"value": Decimal("NaN")}, "value", "is not a finite Decimal"),
        (
            {"statistical_source": "IMF"},
            "statistical_source",
            "'IMF' is not a statistical source code",
        ),
    ],
)
def test_trade_figure_validation(changes: dict[str, Any], field: str, message: str) -> None:
    with pytest.raises(InvalidFieldError) as info:
        trade(**changes)
    assert info.value.field == field
    assert message in info.value.reason


def test_trade_figure_series_and_participants() -> None:
    t = trade(statistical_source="CN-GACC")
    assert t.series == ("CN-GACC", "turnover", "billion", "USD")
    assert t.participants == ("CHN", "RUS")
    exports = trade(metric="exports", exporter="RUS", importer="CHN")
    assert exports.participants == ("RUS", "CHN")


@pytest.mark.parametrize(
    "locator",
    [
        "p. 93",
        "pp. 9-10",
        "para. 8",
        "paras. 3-4",
        "art. 1",
        "sec. 2",
        "table 1",
        "row 2023",
        "headline",
        "caption",
    ],
)
def test_valid_locators(locator: str) -> None:
    assert Citation(source_id="s", locator=locator).locator == locator


@pytest.mark.parametrize("locator", ["page 8", "", "p.", "somewhere", "para 8"])
def test_invalid_locators(locator: str) -> None:
    with pytest.raises(InvalidFieldError, match="is not a pinpoint locator"):
        Citation(source_id="s", locator=locator)


def test_disagreement_needs_two_claims() -> None:
    one = (Claim(source_id="a", locator="para. 1", value="x"),)
    with pytest.raises(InvalidFieldError, match="at least two claims"):
        Disagreement(field="date", claims=one, note="n")


def test_erratum_field_must_exist_on_the_record() -> None:
    e = Erratum(source_id="seed-002", locator="para. 2", field="colour", stated="x", note="y")
    with pytest.raises(InvalidFieldError, match="'colour' is not a field of Summit"):
        summit(errata=(e,))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"url": "https://Example.org/a"}, "url", "not normalised"),
        ({"url": "https://example.org./a"}, "url", "not normalised"),
        ({"url": "https://example.org/a?utm_source=x"}, "url", "tracking parameters"),
        ({"url": "https://example.org/a#top"}, "url", "without a fragment"),
        ({"url": "example.org/a"}, "url", "not an absolute http(s) URL"),
        ({"language": "English"}, "language", "is not a language tag"),
        (
            {"published": UncertainDate.parse("2014")},
            "published_from",
            "say where the publication date comes from",
        ),
        ({"original": "s1"}, "original", "cannot translate itself"),
        ({"kind": "tweet"}, "kind", "'tweet' is not allowed"),
    ],
)
def test_source_validation(changes: dict[str, Any], field: str, message: str) -> None:
    with pytest.raises(InvalidFieldError) as info:
        Source(id="s1", kind=changes.pop("kind", "article"), **changes)
    assert info.value.field == field
    assert message in info.value.reason


def test_asset_and_exercise_validation() -> None:
    with pytest.raises(
        InvalidFieldError, match="'-1' is not a whole number|-1 is not a whole number"
    ):
        Asset(kind="ships", count=-1)
    with pytest.raises(InvalidFieldError, match="True is not a whole number"):
        Asset(kind="ships", count=True)
    with pytest.raises(InvalidFieldError, match="0 is not an ordinal"):
        Exercise(
            id="exercise-x",
            date=UncertainDate.parse("2019"),
            summary="s",
            citations=CITE,
            kind="patrol",
            domain="air",
            participants=("CHN", "RUS"),
            number=0,
        )


def test_cites_and_source_ids() -> None:
    e = Erratum(source_id="seed-003", locator="para. 1", field=None, stated="x", note="y")
    d = Disagreement(
        field="date",
        claims=(
            Claim(source_id="a", locator="para. 1", value="1"),
            Claim(source_id="b", locator="para. 1", value="2"),
        ),
        note="n",
    )
    s = summit(
        citations=(Citation(source_id="seed-002", locator="para. 2", via="seed-001"),),
        errata=(e,),
        disagreements=(d,),
    )
    assert s.source_ids() == {"seed-002", "seed-001", "seed-003", "a", "b"}
    assert s.cites("a") and not s.cites("zzz")


def test_agreement_participants_are_its_parties() -> None:
    a = Agreement(
        id="agreement-x",
        date=UncertainDate.parse("2001-07-16"),
        summary="s",
        citations=CITE,
        kind="treaty",
        parties=("CHN", "RUS"),
    )
    assert a.participants == ("CHN", "RUS")
