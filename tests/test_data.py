"""Loading: lazy and once, user folders, dump round trips, and one clear error for bad data."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import sinorussia
from sinorussia import DataError, Dataset, UnsafeWriteError, _folder

from . import strategies as s


def test_import_does_no_data_io_and_no_heavy_imports() -> None:
    code = (
        "import sys, sinorussia, sinorussia._folder as d;"
        "heavy = [m for m in ('cattrs', 'dateutil', 'json', 'orjson', 'importlib.metadata', 'importlib.resources') if m in sys.modules];"
        "print(heavy, len(d._bundled))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[] 0"


def test_first_load_does_not_import_cattrs_or_dateutil() -> None:
    code = "import sys, sinorussia; sinorussia.load(); print('cattrs' in sys.modules, 'dateutil' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False False"


def test_load_is_cached_and_thread_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_folder, "_bundled", [])
    calls = []
    real = _folder._read_bundled

    def counting() -> Dataset:
        calls.append(1)
        return real()

    monkeypatch.setattr(_folder, "_read_bundled", counting)
    results: list[Dataset] = []
    threads = [threading.Thread(target=lambda: results.append(sinorussia.load())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert len(results) == 8 and all(r is results[0] for r in results)


def test_version_comes_from_the_package_metadata() -> None:
    from importlib.metadata import version

    assert sinorussia.__version__ == version("sinorussia")
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        sinorussia.nope  # type: ignore[attr-defined]


def test_dump_and_load_round_trip(tmp_path: Path) -> None:
    ds = sinorussia.load()
    sinorussia.dump(ds, tmp_path / "out")
    again = sinorussia.load(tmp_path / "out")
    assert again == ds
    assert again.data_version == ds.data_version
    # dumping again over a folder dump wrote is allowed and gives the same bytes
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    sinorussia.dump(again, tmp_path / "out")
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before


def test_bundled_files_are_canonical() -> None:
    """The bundled files are exactly what dump() writes: run scripts/normalise_data.py after edits."""
    from importlib.resources import files

    base = files("sinorussia").joinpath("data")
    for name, blob in _folder.encode(sinorussia.load()).items():
        assert base.joinpath(name).read_bytes() == blob, f"{name} is not canonical"


@settings(
    max_examples=25,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(s.datasets())
def test_dump_load_round_trip_property(tmp_path: Path, ds: Dataset) -> None:
    import tempfile

    with tempfile.TemporaryDirectory(dir=tmp_path) as d:
        sinorussia.dump(ds, Path(d) / "x")
        assert sinorussia.load(Path(d) / "x") == ds


def test_dump_never_overwrites_what_the_user_owns(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(UnsafeWriteError, match="is not empty and holds no dataset.json"):
        sinorussia.dump(sinorussia.load(), tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    file = tmp_path / "notes.txt"
    with pytest.raises(UnsafeWriteError, match="is a file") as info:
        sinorussia.dump(sinorussia.load(), file)
    assert isinstance(info.value, FileExistsError)


def test_dump_leaves_other_files_in_a_data_folder_alone(tmp_path: Path) -> None:
    sinorussia.dump(sinorussia.load(), tmp_path)
    (tmp_path / "README.txt").write_text("my notes")
    sinorussia.dump(sinorussia.load(), tmp_path)
    assert (tmp_path / "README.txt").read_text() == "my notes"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_load_of_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="is not a folder"):
        sinorussia.load(tmp_path / "nothing")


# --- bad input: one DataError listing every problem with its path ---------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    sinorussia.dump(sinorussia.load(), tmp_path / "data")
    return tmp_path / "data"


def edit(folder: Path, name: str, change: Any) -> None:
    """Apply *change* to the parsed file and write it back, dropping the checksum."""
    path = folder / f"{name}.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    meta = json.loads((folder / "dataset.json").read_text())
    meta.pop("checksum", None)
    (folder / "dataset.json").write_text(json.dumps(meta))


def problems(folder: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        sinorussia.load(folder)
    assert isinstance(info.value, ValueError) and isinstance(info.value, sinorussia.SinorussiaError)
    assert str(info.value).startswith(f"{len(info.value.problems)} problem")
    return [str(p) for p in info.value.problems]


def set_field(index: int, key: str, value: Any) -> Any:
    def change(data: list[dict[str, Any]]) -> None:
        data[index][key] = value

    return change


def test_invalid_date_is_reported_with_path_and_record(folder: Path) -> None:
    edit(folder, "summits", set_field(3, "date", "2015-09-31"))
    found = problems(folder)
    assert len(found) == 1
    assert found[0].startswith(
        "summits[3].date: '2015-09-31' is not a real day: September 2015 has 30 days (record 'summit-"
    )


def test_every_problem_is_listed_at_once(folder: Path) -> None:
    def many(data: list[dict[str, Any]]) -> None:
        data[0]["date"] = "2014-13"
        data[0]["participants"] = ["CHN", "XXX"]
        data[1]["colour"] = "red"
        data[2]["mode"] = 3
        del data[3]["summary"]

    edit(folder, "summits", many)
    found = problems(folder)
    assert [p.split(":")[0] for p in found] == [
        "summits[0].date",
        "summits[0].participants",
        "summits[1].colour",
        "summits[2].mode",
        "summits[3].summary",
    ]
    assert "'XXX' is not an ISO 3166 alpha-3 country code" in found[1]
    assert "is not a field of Summit; known fields: id, date, summary" in found[2]
    assert "3 (a number) is not allowed; expected one of 'in-person', 'video', 'phone'" in found[3]
    assert "is missing; Summit requires it" in found[4]


def test_wrong_types(folder: Path) -> None:
    def change(data: list[dict[str, Any]]) -> None:
        data[0]["people"] = "Xi Jinping"
        data[0]["citations"] = [{"source_id": 5, "locator": "para. 1"}]
        data[1]["summary"] = ["a"]

    edit(folder, "summits", change)
    found = problems(folder)
    assert found[0].startswith("summits[0].citations[0].source_id: 5 (a number) is not text")
    assert found[1].startswith("summits[0].people: 'Xi Jinping' (text) is not a list")
    assert found[2].startswith("summits[1].summary: a list is not text")


def test_dangling_references(folder: Path) -> None:
    def change(data: list[dict[str, Any]]) -> None:
        data[0]["citations"][0]["source_id"] = "no-such-source"

    edit(folder, "summits", change)
    edit(folder, "agreements", set_field(0, "summit_id", "summit-1900-01-01-nowhere"))
    found = problems(folder)
    assert (
        "agreements[0].summit_id: 'summit-1900-01-01-nowhere' is not the id of any summit in the dataset"
        in found
    )
    assert (
        "summits[0].citations[0].source_id: 'no-such-source' is not the id of any source in the dataset"
        in found
    )


def test_duplicate_ids(folder: Path) -> None:
    def change(data: list[dict[str, Any]]) -> None:
        data[2]["id"] = data[1]["id"]

    edit(folder, "summits", change)
    found = problems(folder)
    assert found[0].startswith("summits[2].id: ") and found[0].endswith(
        "is already used by summits[1]"
    )


def test_bad_record_shape_and_files(folder: Path) -> None:
    edit(folder, "exercises", lambda data: data.append("not a record"))
    (folder / "trade_figures.json").write_text("")
    (folder / "agreements.json").write_text("{not json")
    (folder / "sources.json").unlink()
    found = problems(folder)
    assert "sources.json: is missing; write [] for an empty collection" in found
    assert any(p.startswith("agreements.json: is not valid JSON") for p in found)
    assert "trade_figures.json: is empty; expected JSON" in found
    assert any(
        p.startswith("exercises[") and "'not a record' (text) is not an object" in p for p in found
    )


def test_a_collection_file_must_hold_an_array(folder: Path) -> None:
    (folder / "summits.json").write_text('{"id": "x"}')
    assert "summits.json: holds dict; expected a JSON array of records" in problems(folder)


def test_checksum_mismatch_names_the_fix(folder: Path) -> None:
    path = folder / "summits.json"
    path.write_text(path.read_text().replace("Tashkent", "Taschkent", 1))
    (found,) = problems(folder)
    assert found.startswith("dataset.json.checksum: 'sha256:")
    assert "set checksum to the new value or remove it" in found


def test_meta_problems(folder: Path) -> None:
    (folder / "dataset.json").write_text(json.dumps({"format": 9, "data_version": 3, "extra": 1}))
    found = problems(folder)
    assert (
        "dataset.json.extra: is not a field; known fields: format, data_version, current_to, checksum"
        in found
    )
    assert "dataset.json.format: 9 is not a format this version reads; expected 2" in found
    assert "dataset.json.data_version: 3 is not text" in found
    (folder / "dataset.json").write_text("[]")
    assert problems(folder) == [
        "dataset.json: is not a JSON object with format, data_version and checksum"
    ]
    (folder / "dataset.json").unlink()
    assert problems(folder)[0].startswith("dataset.json: is missing")


def test_trade_value_must_be_exact_text(folder: Path) -> None:
    edit(folder, "trade_figures", set_field(0, "value", 240.11))
    (found,) = problems(folder)
    assert found.startswith(
        'trade_figures[0].value: 240.11 (a number) is not a decimal; write it as text, e.g. "240.11"'
    )


def test_cross_field_rule_reported_on_its_field(folder: Path) -> None:
    edit(folder, "trade_figures", set_field(0, "unit", "percent"))
    (found,) = problems(folder)
    assert found.startswith("trade_figures[0].unit: 'percent' does not fit metric")


def test_dataset_checks_references_when_built_directly() -> None:
    ds = sinorussia.load()
    with pytest.raises(DataError) as info:
        Dataset.from_records(summits=ds.summits)
    assert all("is not the id of any source" in str(p) for p in info.value.problems)
