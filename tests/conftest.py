"""Shared test set-up: Hypothesis profiles and the seed articles folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def seeds() -> Path:
    """The folder of seed articles beside the checkout; skips when it is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not at {SEEDS} (they are not bundled with the project)")
    return SEEDS


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run each doctest once.

    Public classes report ``sinorussia`` as their module, so once a lazily imported name is
    cached in the package, doctest also finds it in ``sinorussia/__init__.py``; its own
    module (through ``__test__``) already runs it.
    """
    items[:] = [
        item
        for item in items
        if not (
            isinstance(item, pytest.DoctestItem)
            and item.path.name == "__init__.py"
            and item.name != "sinorussia"
        )
    ]
