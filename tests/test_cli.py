"""The command line, run as a user runs it: good input, and bad input with its status."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import sinorussia
from sinorussia._cli import main


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command, as a user runs it (a pipe, so machine-readable output)."""
    return subprocess.run(
        [sys.executable, "-m", "sinorussia", *args], capture_output=True, text=True, cwd=cwd
    )


def test_overview_of_the_bundled_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"sinorussia data {sinorussia.load().data_version}")
    assert "summits" in out and "In-person meetings of the heads of state: " in out


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"sinorussia {sinorussia.__version__}"


def test_list_with_filters_into_a_pipe_is_csv() -> None:
    done = run("list", "summits", "--within", "2022", "--people", "Xi Jinping,Vladimir Putin",
               "--mode", "in-person")  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["date"] for r in rows] == ["2022-02-04", "2022-09-15", "2022-09-15"]
    assert rows[0]["place"] == "beijing"


def test_list_on_a_terminal_is_a_table(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["list", "exercises", "--within", "2022", "--domain", "naval"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["id", "date", "kind", "domain", "name"]
    assert out.rstrip().endswith("exercises)")


def test_show_search_cite_schema() -> None:
    shown = run("show", "summit-2022-09-15-samarkand")
    assert shown.returncode == 0 and json.loads(shown.stdout)["place"] == "samarkand"
    assert "cites: " in shown.stderr
    person = run("show", "sergey-lavrov")
    assert json.loads(person.stdout)["name"] == "Sergey Lavrov"
    found = run("search", "Power of Siberia")
    ids = [json.loads(line)["id"] for line in found.stdout.splitlines()]
    assert "agreement-2014-05-21-gazprom-cnpc-eastern-route-contract" in ids
    cited = run("cite")
    assert (
        cited.stdout.startswith("sinorussia developers.") and sinorussia.__version__ in cited.stdout
    )
    bib = run("cite", "summit-2016-06-23-tashkent", "--format", "bibtex")
    assert bib.returncode == 0 and bib.stdout.startswith("@")
    schema = run("schema", "summit")
    assert json.loads(schema.stdout)["title"] == "Summit"


@pytest.mark.parametrize(
    ("fmt", "kind", "check"),
    [
        ("csv", "summits", lambda p: p.read_text(encoding="utf-8-sig").startswith("id,")),
        ("jsonl", "exercises", lambda p: json.loads(p.read_text().splitlines()[0])["id"]),
        ("json", "agreements", lambda p: isinstance(json.loads(p.read_text()), list)),
        ("parquet", "trade_figures", lambda p: p.read_bytes()[:4] == b"PAR1"),
        ("geojson", "summits", lambda p: json.loads(p.read_text())["type"] == "FeatureCollection"),
        ("bibtex", "summits", lambda p: p.read_text().startswith("@")),
        ("csl-json", "summits", lambda p: json.loads(p.read_text())[0]["id"]),
        ("datapackage", None, lambda p: (p / "datapackage.json").is_file()),
        ("csv", None, lambda p: (p / "citations.csv").is_file()),
    ],
)
def test_export_each_format(tmp_path: Path, fmt: str, kind: str | None, check: Any) -> None:
    out = tmp_path / "out"
    args = ["export", "--format", fmt, "--output", str(out), "--within", "2019/2024"]
    done = run(*args, *(["--kind", kind] if kind else []))
    assert done.returncode == 0, done.stderr
    assert check(out)
    again = run(*args, *(["--kind", kind] if kind else []))
    assert again.returncode == 2 and again.stderr.count("\n") == 1  # never overwrites


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["list", "summits", "--domain", "naval"], 2, "summit filters take no 'domain'"),
        (["list", "summits", "--mode", "in person"], 2, "mode: 'in person' is not a summit mode"),
        (["list", "summits", "--people", "Sergey Lavrof"], 2, "did you mean 'Sergey Lavrov'?"),
        (["list", "meetings"], 2, "invalid choice: 'meetings'"),
        (["show", "summit-1900"], 1, "no record, source, person or place has id 'summit-1900'"),
        (["search", "zzzqqq"], 1, "no record contains 'zzzqqq'"),
        (["export", "--format", "jsonl", "--output", "-"], 2, "--format jsonl needs --kind"),
        (["validate", "/nonexistent/folder"], 1, "is not a folder"),
    ],
)
def test_bad_input_is_one_line_and_a_status(args: list[str], status: int, message: str) -> None:
    done = run(*args)
    assert done.returncode == status
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_python_dash_m() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "sinorussia"], capture_output=True, text=True, check=True
    ).stdout
    assert "trade figures" in out


def test_checking_a_bad_folder_prints_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sinorussia.dump(sinorussia.load(), tmp_path)
    assert main(["validate", str(tmp_path)]) == 0
    assert "valid (" in capsys.readouterr().out
    path = tmp_path / "summits.json"
    data = json.loads(path.read_text())
    data[0]["date"] = "2014-13"
    path.write_text(json.dumps(data))
    assert main(["validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "summits[0].date: '2014-13' is not a valid date: month 13 is not 1 to 12" in err
    assert "dataset.json.checksum" in err


def test_coverage_page_is_current() -> None:
    """docs/coverage.md is generated from the data: run scripts/gen_coverage.py after edits."""
    import runpy

    root = Path(__file__).resolve().parents[1]
    render = runpy.run_path(str(root / "scripts" / "gen_coverage.py"))["render"]
    assert (root / "docs" / "coverage.md").read_text(encoding="utf-8") == render()
