"""Giving the public classes their public path (``sinorussia.Summit``)."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["publish"]


def publish(*classes: type) -> dict[str, Any]:
    """Report *classes* as members of ``sinorussia`` in reprs, docs, tracebacks and pickles.

    Their annotations are resolved first, while the defining module's names are still in
    reach (``sinorussia`` itself resolves its names lazily). Returns them by name, for the
    module's ``__test__``, so that doctest still collects their examples there.
    """
    out: dict[str, Any] = {}
    for cls in classes:
        if attrs.has(cls):
            attrs.resolve_types(cls)
        cls.__module__ = "sinorussia"
        out[cls.__name__] = cls
    return out
