"""The command line: an overview of the data, and a checker for a data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import sinorussia
from sinorussia._cli import main


def test_overview_of_the_bundled_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"sinorussia data {sinorussia.load().data_version}")
    assert "summits" in out and "In-person leader meetings (China and Russia): " in out


def test_python_dash_m() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "sinorussia"], capture_output=True, text=True, check=True
    ).stdout
    assert "trade figures" in out


def test_checking_a_bad_folder_prints_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sinorussia.dump(sinorussia.load(), tmp_path)
    path = tmp_path / "summits.json"
    data = json.loads(path.read_text())
    data[0]["date"] = "2014-13"
    path.write_text(json.dumps(data))
    assert main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "summits[0].date: '2014-13' is not a valid date: month 13 is not 1 to 12" in err
    assert "dataset.json.checksum" in err


def test_coverage_page_is_current() -> None:
    """docs/coverage.md is generated from the data: run scripts/gen_coverage.py after edits."""
    import runpy

    root = Path(__file__).resolve().parents[1]
    render = runpy.run_path(str(root / "scripts" / "gen_coverage.py"))["render"]
    assert (root / "docs" / "coverage.md").read_text(encoding="utf-8") == render()
