"""Records to JSON values, in the format of the data files.

Dates become EDTF strings, decimals strings (``"240.11"`` stays exact), tuples lists, and
fields left at their default are omitted. :func:`sinorussia.dump` and the cattrs converter
of :mod:`sinorussia.serialize` both use it, so a file and a JSON text never differ.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from ._dates import UncertainDate

__all__ = ["unstructure"]

_plans: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _value(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    if isinstance(value, UncertainDate | Decimal):
        return str(value)
    if isinstance(value, list):
        return [_value(v) for v in value]
    return unstructure(value)


def _plan(cls: type) -> Callable[[Any], dict[str, Any]]:
    fields = [(f.name, f.default) for f in attrs.fields(cls)]

    def run(obj: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, default in fields:
            value = getattr(obj, name)
            if value is default or (default is not attrs.NOTHING and value == default):
                continue
            out[name] = _value(value)
        return out

    return run


def unstructure(obj: Any) -> Any:
    """The JSON value of a record, a part of one, a date, a decimal, or a tuple of them."""
    cls = type(obj)
    plan = _plans.get(cls)
    if plan is None:
        if not attrs.has(cls) or cls is UncertainDate:
            return _value(obj)
        plan = _plans.setdefault(cls, _plan(cls))
    return plan(obj)
