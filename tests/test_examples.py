"""Every example script runs and prints what it promises."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import sinorussia

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=True
    )
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) > 3


def test_chronology_lists_events_with_their_sources() -> None:
    lines = runpy.run_path(str(EXAMPLES[0].parent / "chronology.py"))["chronology"]()
    assert any("Samarkand (SCO)" in line for line in lines)
    assert any(line.strip().startswith("- Russia and China get closer together") for line in lines)
    dated = [
        sinorussia.UncertainDate.parse(line.split()[0])
        for line in lines
        if not line.startswith(" ")
    ]
    assert dated == sorted(dated)


def test_trade_series_shows_gaps() -> None:
    lines = runpy.run_path(str(EXAMPLES[0].parent / "trade_series.py"))["table"]()
    assert lines[0] == "Bilateral trade turnover, billion USD (CN-GACC)"
    assert lines[-1].startswith("gaps: ")


def test_composite_line_labels_each_year() -> None:
    lines = runpy.run_path(str(EXAMPLES[0].parent / "trade_series.py"))["composite"]()
    assert lines[0].startswith("Bilateral trade turnover")
    assert any(line.startswith("2023") and line.endswith("CN-GACC") for line in lines)
    assert any(line.startswith("1992") and "—" in line for line in lines)


def test_trade_plot_writes_a_png_or_names_the_missing_extra(tmp_path: Path) -> None:
    script = EXAMPLES[0].parent / "trade_series.py"
    out = tmp_path / "trade.png"
    done = subprocess.run(
        [sys.executable, str(script), "--plot", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Without matplotlib (hidden from the interpreter): one clear message naming the extra.
    hide = (
        "import sys; sys.modules['matplotlib.figure'] = None; sys.argv = ['x', '--plot', 'x.png']; "
    )
    run = f"{hide}import runpy; runpy.run_path({str(script)!r}, run_name='__main__')"
    missing = subprocess.run(
        [sys.executable, "-c", run], capture_output=True, text=True, cwd=tmp_path
    )
    assert missing.returncode == 1
    assert "install it with: python -m pip install 'sinorussia[plot]'" in missing.stderr
    assert "Traceback" not in missing.stderr
    bare = subprocess.run([sys.executable, str(script), "--plot"], capture_output=True, text=True)
    assert bare.returncode == 2 and "expected one argument" in bare.stderr
