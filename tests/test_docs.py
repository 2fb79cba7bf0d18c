"""The generated docs pages are current and complete."""

from __future__ import annotations

import runpy
from pathlib import Path

import attrs

import sinorussia

ROOT = Path(__file__).resolve().parents[1]


def _render(script: str) -> str:
    return str(runpy.run_path(str(ROOT / "scripts" / script))["render"]())


def test_codebook_is_current_and_covers_every_public_class_and_field() -> None:
    """docs/codebook.md is generated from the model: run scripts/gen_codebook.py after edits."""
    page = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    assert page == _render("gen_codebook.py")
    public = [
        getattr(sinorussia, name)
        for name in sinorussia.__all__
        if isinstance(getattr(sinorussia, name), type)
        and attrs.has(getattr(sinorussia, name))
        and name
        not in (
            "Dataset",
            "DatedRecord",
            "Country",
            "Organisation",
            "StatisticalSource",
            "UncertainDate",
        )
        and not name.endswith("Series")
    ]
    for cls in public:
        section = page.split(f"### {cls.__name__}\n", 1)[1].split("\n### ", 1)[0]
        for f in attrs.fields(cls):
            row = next(line for line in section.splitlines() if line.startswith(f"| `{f.name}` |"))
            assert not row.rstrip().endswith("|  |"), f"{cls.__name__}.{f.name} has no meaning"
    for code in ("CHN", "RUS", "SUN"):
        assert f"| `{code}` |" in page
    assert "| `sergey-lavrov` | Sergey Lavrov |" in page


def test_examples_page_is_current() -> None:
    """docs/examples.md shows what the examples print: run scripts/gen_examples.py after edits."""
    assert (ROOT / "docs" / "examples.md").read_text(encoding="utf-8") == _render("gen_examples.py")


def test_tables_page_is_current() -> None:
    """docs/tables.md lists the export columns: run scripts/gen_codebook.py after edits."""
    render = runpy.run_path(str(ROOT / "scripts" / "gen_codebook.py"))["render_tables"]
    assert (ROOT / "docs" / "tables.md").read_text(encoding="utf-8") == render()
