"""What load, dump and queries promise under faults, threads, hostile files and misuse."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import sinorussia
from sinorussia import DataError, InvalidArgumentError, InvalidDateError, UnsafeWriteError

DS = sinorussia.load()
SMALL = sinorussia.Dataset.from_records(
    sources=DS.sources, summits=DS.summits.filter(within=2022), data_version="small"
)


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if ".sinorussia-" in p.name)


# --- dump: the old dataset or the new one, never a mix, nothing lost --------------------


@pytest.mark.parametrize("step", range(12))
def test_a_fault_at_any_step_of_dump_leaves_old_or_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: int
) -> None:
    folder = tmp_path / "data"
    sinorussia.dump(SMALL, folder)
    (folder / "my-notes.txt").write_text("mine")
    calls = {"n": 0}
    real = {"rename": os.rename, "fsync": os.fsync, "mkdir": Path.mkdir}

    def failing(name: str) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == step + 1:
                raise OSError(f"injected failure in {name}")
            return real[name](*args, **kwargs)

        return run

    monkeypatch.setattr(os, "rename", failing("rename"))
    monkeypatch.setattr(os, "fsync", failing("fsync"))
    failure = ""
    try:
        sinorussia.dump(DS, folder)
    except OSError as exc:
        failure = str(exc)
    assert failure == "" or "injected failure" in failure
    monkeypatch.undo()
    got = sinorussia.load(folder)  # recovers an interrupted swap if it must
    assert got in (SMALL, DS)
    assert (folder / "my-notes.txt").read_text() == "mine"
    sinorussia.dump(DS, folder)  # the next dump cleans up what a failed one left
    assert sinorussia.load(folder) == DS and leftovers(tmp_path) == []
    assert (folder / "my-notes.txt").read_text() == "mine"


def test_a_killed_dump_leaves_old_or_new(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    sinorussia.dump(SMALL, folder)
    program = f"import sinorussia; sinorussia.dump(sinorussia.load(), {str(folder)!r})"
    outcomes = set()
    for delay in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
        proc = subprocess.Popen([sys.executable, "-c", program])
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        got = sinorussia.load(folder)
        assert got in (SMALL, DS)
        outcomes.add(got.data_version)
        sinorussia.dump(SMALL, folder)
        assert leftovers(tmp_path) == [] and sinorussia.load(folder) == SMALL
    assert outcomes  # each kill left a loadable dataset, old or new


def test_concurrent_dumps_are_serialised_or_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    results: list[str] = []

    def write(ds: sinorussia.Dataset) -> None:
        try:
            sinorussia.dump(ds, folder)
            results.append("ok")
        except UnsafeWriteError as exc:
            results.append("refused" if "another dump() right now" in str(exc) else str(exc))

    threads = [threading.Thread(target=write, args=(d,)) for d in (DS, SMALL) * 4]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "ok" in results and set(results) <= {"ok", "refused"} and len(results) == 8
    assert sinorussia.load(folder) in (DS, SMALL)
    assert leftovers(tmp_path) == []


def test_dump_refuses_a_folder_that_is_not_ours(tmp_path: Path) -> None:
    (tmp_path / "dataset.json").write_text(json.dumps({"name": "my survey"}))
    (tmp_path / "survey.json").write_text("[]")
    with pytest.raises(UnsafeWriteError, match="holds no dataset.json written by sinorussia"):
        sinorussia.dump(DS, tmp_path)
    assert json.loads((tmp_path / "dataset.json").read_text()) == {"name": "my survey"}
    with pytest.raises(InvalidArgumentError, match="NoneType is not a Dataset"):
        sinorussia.dump(None, tmp_path / "new")  # type: ignore[arg-type]
    assert not (tmp_path / "new").exists()


# --- hostile folders and bytes: one DataError naming the file, never a hang ----------------


def folder_with(tmp_path: Path, name: str, make: Any) -> Path:
    folder = tmp_path / "data"
    sinorussia.dump(SMALL, folder)
    meta = json.loads((folder / "dataset.json").read_text())
    del meta["checksum"]
    (folder / "dataset.json").write_text(json.dumps(meta))
    target = folder / name
    target.unlink()
    make(target)
    return folder


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "summits.json: is a folder; a data file is a regular JSON file"),
        (lambda p: p.symlink_to(p), "summits.json: cannot be read"),
        (lambda p: os.mkfifo(p), "summits.json: is not a regular file"),
        (lambda p: p.symlink_to("/dev/zero"), "summits.json: is not a regular file"),
        (lambda p: p.write_bytes(b"[" * 100_000 + b"]" * 100_000), "nested too deeply"),
        (lambda p: p.write_bytes(b'[{"id": "a", "id": "b"}]'), "has the key 'id' more than once"),
        (lambda p: p.write_bytes(b"\xef\xbb\xbf[]"), "starts with a byte-order mark"),
        (lambda p: p.write_bytes("[]".encode("utf-16")), "byte-order mark"),
        (lambda p: p.write_bytes(b"[\xff]"), "is not UTF-8 text"),
        (lambda p: p.write_bytes(b'["\\ud800"]'), "lone surrogate"),
        (lambda p: p.write_bytes(b"[NaN]"), "NaN is not a JSON number"),
    ],
)
def test_hostile_files_give_one_data_error(tmp_path: Path, make: Any, message: str) -> None:
    folder = folder_with(tmp_path, "summits.json", make)
    with pytest.raises(DataError) as info:
        sinorussia.load(folder)
    assert any(message in str(p) for p in info.value.problems), info.value


def test_values_the_format_does_not_allow_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    sinorussia.dump(DS, folder)
    summits = json.loads((folder / "summits.json").read_text())
    summits[0]["date"] = "٢٠١٣-٠٣-٢٢"
    summits[1]["date"] = "２０２０"
    (folder / "summits.json").write_text(json.dumps(summits, ensure_ascii=False))
    trade = json.loads((folder / "trade_figures.json").read_text())
    turnover = next(i for i, t in enumerate(trade) if t["metric"] == "turnover")
    trade[turnover]["value"] = " 1_0٣ "
    other = next(i for i, t in enumerate(trade) if t["metric"] == "exports")
    trade[other]["value"] = "-5"
    (folder / "trade_figures.json").write_text(json.dumps(trade, ensure_ascii=False))
    sources = json.loads((folder / "sources.json").read_text())
    sources[0]["cites"] = [sources[0]["id"]]
    sources[1]["original"], sources[2]["original"] = sources[2]["id"], sources[1]["id"]
    (folder / "sources.json").write_text(json.dumps(sources, ensure_ascii=False))
    meta = json.loads((folder / "dataset.json").read_text())
    meta["format"] = True
    (folder / "dataset.json").write_text(json.dumps(meta))
    with pytest.raises(DataError) as info:
        sinorussia.load(folder)
    found = "\n".join(map(str, info.value.problems))
    for expected in (
        "dataset.json.format: True is not a format",
        "dataset.json.checksum",
        "summits[0].date: '٢٠١٣-٠٣-٢٢' is not a valid EDTF date",
        "summits[1].date: '２０２０' is not a valid EDTF date",
        f"trade_figures[{turnover}].value: ' 1_0٣ ' (text) is not a decimal",
        f"trade_figures[{other}].value: -5 is negative; only a growth rate can be",
    ):
        assert expected in found, expected


def test_a_checksum_mismatch_does_not_hide_a_dangling_citation(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    sinorussia.dump(SMALL, folder)
    summits = json.loads((folder / "summits.json").read_text())
    summits[0]["citations"][0]["source_id"] = "no-such-source"
    (folder / "summits.json").write_text(json.dumps(summits))
    sources = json.loads((folder / "sources.json").read_text())
    sources[0]["cites"] = [sources[0]["id"]]
    sources[1]["original"], sources[2]["original"] = sources[2]["id"], sources[1]["id"]
    (folder / "sources.json").write_text(json.dumps(sources))
    with pytest.raises(DataError) as info:
        sinorussia.load(folder)
    found = "\n".join(map(str, info.value.problems))
    assert "dataset.json.checksum" in found
    assert "'no-such-source' is not the id of any source" in found
    assert "a source cannot cite itself" in found
    assert "translations cannot form a loop" in found


# --- threads: every answer the single-threaded one ---------------------------------------


def test_lazy_indexes_under_threads_give_the_single_threaded_answers() -> None:
    queries: list[dict[str, Any]] = [
        {"within": 2017},
        {"overlapping": "2022-09"},
        {"people": ["Xi Jinping"], "mode": "in-person"},
        {"participants": ["CHN", "RUS"], "within": "2001/2010"},
        {"text": "SCO"},
        {"cites": "seed-002"},
        {"place": "Moscow"},
    ]
    expected = [DS.summits.filter(**q).ids for q in queries]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(5):
            fresh = sinorussia.Dataset.from_records(
                sources=DS.sources, summits=list(DS.summits), data_version="fresh"
            )
            answers: list[tuple[int, tuple[str, ...]]] = []

            def ask(i: int, coll: Any = fresh.summits, out: list[Any] = answers) -> None:
                for _ in range(20):
                    out.append((i, coll.filter(**queries[i]).ids))

            threads = [threading.Thread(target=ask, args=(i % len(queries),)) for i in range(16)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert all(ids == expected[i] for i, ids in answers)
            assert fresh.summits.get(DS.summits[0].id) == DS.summits[0]
    finally:
        sys.setswitchinterval(switch)


# --- misuse: a library error naming the argument, never an internal one ------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: DS.summits.filter(place=3), InvalidArgumentError, "place: 3 is not a name"),  # type: ignore[arg-type]
        (lambda: DS.summits.get(["x"]), InvalidArgumentError, "id: ['x'] is not a record id"),  # type: ignore[arg-type]
        (lambda: sinorussia.UncertainDate.of(2014.5), InvalidDateError, "is not a whole number"),  # type: ignore[arg-type]
        (lambda: sinorussia.UncertainDate.of(True), InvalidDateError, "is not a whole number"),
        (
            lambda: DS.summits.per_year(distinct_dates="no"),
            InvalidArgumentError,
            "'no' is not True or False",
        ),  # type: ignore[arg-type]
        (lambda: sinorussia.UncertainDate.from_text("1.5.2020"), InvalidDateError, "is ambiguous"),
        (
            lambda: DS.summits.filter(within="٢٠٢٢"),
            InvalidArgumentError,
            "is not a valid EDTF date",
        ),
        (lambda: DS.summits.filter(text=""), InvalidArgumentError, "is not non-empty text"),
        (lambda: DS.trade_figures.composite(order=[]), InvalidArgumentError, "at least one"),
    ],
)
def test_misuse_raises_a_library_error(call: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message.replace("[", r"\[").replace("]", r"\]")) as info:
        call()
    assert isinstance(info.value, sinorussia.SinorussiaError)


def test_shutil_is_not_needed_to_read_a_recovered_folder(tmp_path: Path) -> None:
    """A dump killed between its two renames: the data folder is missing; load() finishes it."""
    folder = tmp_path / "data"
    sinorussia.dump(SMALL, folder)
    new = tmp_path / ".data.sinorussia-new-x"
    shutil.copytree(folder, new)
    (new / ".sinorussia-complete").write_bytes(b"")
    os.rename(folder, tmp_path / ".data.sinorussia-old-x")
    assert sinorussia.load(folder) == SMALL
    assert leftovers(tmp_path) == []
    assert attrs.has(type(SMALL))


def test_reading_a_folder_takes_memory_in_proportion_to_it(tmp_path: Path) -> None:
    """A regression test: each file was once read into a buffer of the 256 MiB size limit."""
    import tracemalloc

    sinorussia.dump(SMALL, tmp_path / "data")
    tracemalloc.start()
    try:
        sinorussia.load(tmp_path / "data")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20
