"""Fuzzing the entry points: every input is read or refused with a library error, nothing else.

The CI profile runs 2,600 cases for each of the four targets below (10,400 in all); the
default profile runs fewer, for speed on a laptop.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sinorussia
from sinorussia import DataError, SinorussiaError, UncertainDate, strategies
from sinorussia._cli import main
from sinorussia._structure import structure
from sinorussia.serialize import from_json, to_json

CASES = 2600 if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else 150
FUZZ = settings(
    max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=False
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


@FUZZ
@given(strategies.near_valid_records())
def test_the_structurer_reads_or_reports_near_valid_records(case: tuple[type, Any]) -> None:
    cls, value = case
    try:
        record = structure(cls, value)
    except DataError as exc:
        problems = exc.problems
        assert problems and all(p.path.startswith("$") for p in problems)
        return
    assert isinstance(record, cls)
    assert structure(cls, json.loads(to_json(record))) == record  # what it read, it writes


@FUZZ
@given(
    st.sampled_from([sinorussia.Summit, sinorussia.Agreement, sinorussia.Exercise,
                     sinorussia.TradeFigure, sinorussia.Source, sinorussia.Dataset,
                     sinorussia.SummitCollection]),
    st.one_of(json_values.map(lambda v: json.dumps(v)), st.text(max_size=40), st.binary(max_size=40)),
)  # fmt: skip
def test_from_json_reads_or_reports_any_text(cls: type, text: Any) -> None:
    problems: tuple[object, ...] = ("read",)
    try:
        from_json(text, cls)
    except DataError as exc:
        problems = exc.problems
    assert problems


@FUZZ
@given(st.text(max_size=30), st.none() | st.integers(1, 9999))
def test_dates_parse_or_refuse_any_text(text: str, year: int | None) -> None:
    for parse in (UncertainDate.parse, lambda t: UncertainDate.from_text(t, year=year)):
        try:
            d = parse(text)
        except SinorussiaError:
            continue
        assert UncertainDate.parse(str(d)) == d  # what it read prints as valid EDTF


words = st.sampled_from(
    ["list", "show", "search", "export", "cite", "schema", "validate", "summits", "sources",
     "--within", "--people", "--mode", "--format", "--kind", "--output", "-", "2022", "Xi",
     "in-person", "csv", "json", "--type", "patrol", "--domain", "naval", "--strict", "x",
     "summit-2016-06-23-tashkent", "--version", "--data", "/nonexistent", "SCO", "--place"]
)  # fmt: skip


@FUZZ
@given(st.lists(words | st.text(max_size=6), max_size=6))
def test_the_command_line_answers_any_arguments_with_a_status(argv: list[str]) -> None:
    if "--output" in argv and "-" not in argv:
        return  # writing files is tested in test_cli; here nothing touches the disk
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # --help and --version exit through argparse
            status = int(exc.code or 0)
    assert status in (0, 1, 2)
    assert "Traceback" not in err.getvalue()
