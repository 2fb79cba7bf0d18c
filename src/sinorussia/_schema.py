"""JSON Schema for the record classes, generated from the model, never written by hand.

The schemas are strict: no keys beyond the fields, closed vocabularies as enums (countries,
organisations, statistical sources, every ``Literal``), ids, locators and EDTF dates as
patterns. They check the shape of a record; the calendar (``2015-09-31``) and the references
between records are checked by :func:`sinorussia.load`.
"""

from __future__ import annotations

import typing
from decimal import Decimal
from types import NoneType, UnionType
from typing import Any

import attrs

from . import _validators as v
from ._codes import countries, organisations, statistical_sources
from ._dates import UncertainDate

__all__ = ["json_schema"]

_POINT = r"\d{4}(?:-\d{2}(?:-\d{2})?)?[?~%]?"
EDTF_PATTERN = rf"^(?:{_POINT}|(?:{_POINT}|\.\.)?/(?:{_POINT}|\.\.)?)$"
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
TEXT_PATTERN = r"^\S(?:[\s\S]*\S)?$"
DECIMAL_PATTERN = r"^-?\d+(?:\.\d+)?$"


def _field_schema(f: attrs.Attribute[Any], tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    validator = f.validator
    if origin in (UnionType, typing.Union):
        inner = _field_schema(f, next(a for a in args if a is not NoneType), defs)
        if "enum" in inner:
            return {**inner, "enum": [*inner["enum"], None]}
        if "$ref" in inner:
            return {"anyOf": [inner, {"type": "null"}]}
        return {**inner, "type": [inner["type"], "null"]}
    if origin is tuple:
        items_of: dict[object, Any] = {v.refs: v.ref, v.texts: v.text, v.codes: v.optional_code,
                                       v.nonempty_codes: v.optional_code}  # fmt: skip
        item_validator = items_of.get(validator)
        item = f.evolve(validator=item_validator) if item_validator else f
        out: dict[str, Any] = {"type": "array", "items": _field_schema(item, args[0], defs)}
        if validator in (v.refs, v.texts, v.codes, v.nonempty_codes):
            out["uniqueItems"] = True
        if validator is v.nonempty_codes or f.name == "citations" or f.name == "claims":
            out["minItems"] = 2 if f.name == "claims" else 1
        return out
    if origin is typing.Literal:
        return {"enum": list(args)}
    if tp is UncertainDate:
        return {"type": "string", "pattern": EDTF_PATTERN, "description": "an EDTF date"}
    if attrs.has(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is Decimal:
        return {"type": "string", "pattern": DECIMAL_PATTERN, "description": "a decimal"}
    if tp is int:
        minimum = 1 if validator is v.ordinal else 0
        return {"type": "integer", "minimum": minimum, "maximum": v.MAX_COUNT}
    if tp is float:
        limit = 90 if f.name == "latitude" else 180
        return {"type": "number", "minimum": -limit, "maximum": limit}
    if tp is bool:  # pragma: no cover - no record field is a bool
        return {"type": "boolean"}
    return _text_schema(f)


def _text_schema(f: attrs.Attribute[Any]) -> dict[str, Any]:
    validator = f.validator
    if validator in (v.ref, v.optional_ref):
        return {"type": "string", "pattern": ID_PATTERN}
    if validator is v.locator:
        return {"type": "string", "pattern": "^(?:" + v._LOCATOR.pattern + ")$"}
    if validator is v.optional_code:
        return {"enum": sorted(countries())}
    if validator is v.optional_organisation:
        return {"enum": sorted(organisations())}
    if validator is v.optional_statistical_source:
        return {"enum": sorted(statistical_sources())}
    if validator is v.url:
        return {"type": "string", "pattern": r"^https?://[^\s/?#]+[^\s#]*$"}
    if validator is v.language:
        return {"type": "string", "pattern": "^" + v._LANGUAGE.pattern + "$"}
    if validator is v.optional_data_version:
        return {"type": "string", "pattern": r"^\d{4}\.\d{1,2}\.\d+$"}
    return {"type": "string", "pattern": TEXT_PATTERN}


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    properties = {f.name: _field_schema(f, hints[f.name], defs) for f in attrs.fields(cls)}
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    defs[cls.__name__] = {
        "type": "object",
        "title": cls.__name__,
        "description": doc,
        "properties": properties,
        "required": [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING],
        "additionalProperties": False,
    }


def json_schema(cls: type) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for records of *cls* as the data files write them.

    Args:
        cls: A record class (:class:`~sinorussia.Summit`, :class:`~sinorussia.Source`,
            :class:`~sinorussia.Person`, ...).

    Raises:
        ~sinorussia.InvalidArgumentError: *cls* is not one of sinorussia's record classes.

    >>> import sinorussia
    >>> schema = sinorussia.json_schema(sinorussia.Summit)
    >>> schema["additionalProperties"], schema["properties"]["mode"]["enum"]
    (False, ['in-person', 'video', 'phone'])
    """
    from .exceptions import InvalidArgumentError

    if not (isinstance(cls, type) and attrs.has(cls) and cls.__module__ == "sinorussia"):
        raise InvalidArgumentError(
            "cls", cls, f"{cls!r} is not a sinorussia record class, such as sinorussia.Summit"
        )
    defs: dict[str, Any] = {}
    _define(cls, defs)
    top = defs.pop(cls.__name__)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://sinorussia.readthedocs.io/schema/{cls.__name__}.json",
        **top,
        "$defs": defs,
    }
