"""Records to JSON values, in the format of the data files.

Dates become EDTF strings, decimals strings (``"240.11"`` stays exact), tuples lists, and
fields left at their default are omitted. :func:`sinorussia.dump` and the cattrs converter
of :mod:`sinorussia.serialize` both use it, so a file and a JSON text never differ.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from decimal import Decimal
from types import NoneType, UnionType
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


def _expr(tp: Any, var: str, namespace: dict[str, Any]) -> str:
    """Python code turning *var*, a value of type *tp*, into its JSON value."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp in (str, int, float, bool) or origin is typing.Literal:
        return var
    if tp in (Decimal, UncertainDate):
        return f"str({var})"
    if origin in (UnionType, typing.Union):
        inner = next(a for a in args if a is not NoneType)
        return f"(None if {var} is None else {_expr(inner, var, namespace)})"
    if origin is tuple:
        item = _expr(args[0], "_x", namespace)
        return f"list({var})" if item == "_x" else f"[{item} for _x in {var}]"
    if attrs.has(tp):
        name = f"u_{tp.__name__}"
        namespace[name] = lambda o, tp=tp: _plans.get(tp, _plan_for(tp))(o)
        return f"{name}({var})"
    return f"_value({var})"  # pragma: no cover - every field type is handled above


def _plan_for(cls: type) -> Callable[[Any], dict[str, Any]]:
    plan = _plans.get(cls)
    if plan is None:
        plan = _plans[cls] = _plan(cls)
    return plan


def _plan(cls: type) -> Callable[[Any], dict[str, Any]]:
    """Straight-line code for *cls*: each field, omitted when it holds its default."""
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {"_value": _value}
    lines = ["def run(o):", "    d = {}"]
    for i, f in enumerate(attrs.fields(cls)):
        expr = _expr(hints[f.name], "v", namespace)
        lines.append(f"    v = o.{f.name}")
        if f.default is attrs.NOTHING:
            lines.append(f"    d[{f.name!r}] = {expr}")
            continue
        namespace[f"d{i}"] = f.default
        if f.default is None:
            test = "v is not None"
        elif f.default == ():
            test = "v"
        else:
            test = f"v != d{i}"
        lines += [f"    if {test}:", f"        d[{f.name!r}] = {expr}"]
    lines.append("    return d")
    exec("\n".join(lines), namespace)
    return typing.cast(Callable[[Any], dict[str, Any]], namespace["run"])


def unstructure(obj: Any) -> Any:
    """The JSON value of a record, a part of one, a date, a decimal, or a tuple of them."""
    cls = type(obj)
    plan = _plans.get(cls)
    if plan is None:
        if not attrs.has(cls) or cls is UncertainDate:
            return _value(obj)
        plan = _plan_for(cls)
    return plan(obj)
