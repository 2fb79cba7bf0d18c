"""Serialization: a cattrs converter for the model, and JSON for records, collections, datasets.

Dates are written as EDTF strings, decimals as strings (so ``"240.11"`` stays exact), tuples
as lists, and fields left at their default are omitted, which is the format of the data files.
JSON uses orjson when it is installed and the standard library otherwise.

>>> import sinorussia
>>> from sinorussia.serialize import to_json, from_json
>>> s = sinorussia.load().summits.lookup("summit-2022-09-15-samarkand")
>>> from_json(to_json(s), sinorussia.Summit) == s
True
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from ._data import COLLECTIONS, Dataset
from ._dates import UncertainDate
from ._models import (
    Agreement,
    Asset,
    Citation,
    Claim,
    Disagreement,
    Erratum,
    Exercise,
    Source,
    Summit,
    TradeFigure,
)
from ._query import Collection
from .exceptions import DataError, InvalidFieldError, Problem, SinorussiaError

__all__ = ["configure_converter", "from_json", "make_converter", "to_json"]

T = TypeVar("T")

_CLASSES: tuple[type, ...] = (
    Citation,
    Erratum,
    Claim,
    Disagreement,
    Asset,
    Source,
    Agreement,
    Summit,
    Exercise,
    TradeFigure,
)


def _structure_date(value: Any, _: type) -> UncertainDate:
    if isinstance(value, UncertainDate):
        return value
    return UncertainDate.parse(value)


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, str | int) and not isinstance(value, bool):
        return Decimal(value)
    raise ValueError(f'{value!r} is not a decimal; write it as text, e.g. "240.11"')


def _tuple_of_str(value: Any, _: type) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise TypeError(f"{value!r} is not a list")
    return tuple(value)


def configure_converter(converter: cattrs.Converter) -> None:
    """Register sinorussia's hooks on an existing cattrs converter.

    Use this to add the model to a converter of your own; :func:`make_converter` returns
    one already configured.

    >>> import cattrs, sinorussia
    >>> conv = cattrs.Converter()
    >>> configure_converter(conv)
    >>> conv.unstructure(sinorussia.UncertainDate.parse("2014~"))
    '2014~'
    """
    converter.register_unstructure_hook(UncertainDate, str)
    converter.register_structure_hook(UncertainDate, _structure_date)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    # Targeted hooks: the generic tuple and optional handling of cattrs is far slower.
    converter.register_structure_hook_func(lambda t: t == tuple[str, ...], _tuple_of_str)
    for opt in (str | None, UncertainDate | None):
        inner = typing.get_args(opt)[0]
        converter.register_structure_hook(opt, _optional(converter, inner))
    for cls in _CLASSES:
        converter.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)
        )
        converter.register_structure_hook(
            cls, make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)
        )
    converter.register_unstructure_hook_func(
        _is_collection, lambda c: [converter.unstructure(r, type(r)) for r in c]
    )
    converter.register_structure_hook_func(
        _is_collection, lambda v, t: _structure_collection(converter, v, t)
    )
    converter.register_unstructure_hook(Dataset, lambda d: _unstructure_dataset(converter, d))
    converter.register_structure_hook(Dataset, lambda v, _: _structure_dataset(converter, v))


def _is_collection(tp: Any) -> bool:
    return tp is Collection or typing.get_origin(tp) is Collection


def _structure_collection(converter: cattrs.Converter, value: Any, tp: Any) -> Collection[Any]:
    item_type = typing.get_args(tp)[0]
    items = converter.structure(value, tuple[item_type, ...])  # type: ignore[valid-type]
    return Collection(items, item_type=item_type)


def _optional(converter: cattrs.Converter, inner: type) -> Callable[[Any, Any], Any]:
    if inner is str:
        return lambda v, _: v
    return lambda v, _: None if v is None else converter.structure(v, inner)


def _unstructure_dataset(converter: cattrs.Converter, dataset: Dataset) -> dict[str, Any]:
    out: dict[str, Any] = {"data_version": dataset.data_version}
    for name, _ in COLLECTIONS:
        out[name] = converter.unstructure(getattr(dataset, name))
    return out


def _structure_dataset(converter: cattrs.Converter, value: Any) -> Dataset:
    if not isinstance(value, dict):
        raise TypeError(f"{type(value).__name__} is not a dataset object")
    unknown = set(value) - {"data_version", *(n for n, _ in COLLECTIONS)}
    if unknown:
        raise cattrs.ForbiddenExtraKeysError("", Dataset, unknown)
    return Dataset(
        data_version=value.get("data_version"),
        **{
            name: converter.structure(value.get(name, []), Collection[cls])  # type: ignore[valid-type]
            for name, cls in COLLECTIONS
        },
    )


def make_converter() -> cattrs.Converter:
    """A new cattrs converter configured for every sinorussia class.

    Each call returns a fresh converter, so customising it affects nobody else.

    >>> import sinorussia
    >>> conv = make_converter()
    >>> data = conv.unstructure(sinorussia.load().trade_figures.lookup("trade-cn-gacc-2023-turnover"))
    >>> data["value"], data["date"]
    ('240.11', '2023')
    """
    converter = cattrs.Converter(detailed_validation=True)
    configure_converter(converter)
    return converter


def to_json(obj: Any, *, indent: bool = False) -> str:
    """JSON text for a record, a collection, a dataset, or a tuple of records.

    >>> import sinorussia
    >>> to_json(sinorussia.UncertainDate.parse("2019/.."))
    '"2019/.."'
    """
    data = make_converter().unstructure(obj)
    try:
        import orjson
    except ImportError:  # pragma: no cover - exercised where orjson is absent
        import json

        return json.dumps(data, ensure_ascii=False, indent=1 if indent else None)
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0).decode()


def from_json(text: str | bytes, cls: type[T] | Any) -> T:
    """Read JSON text into *cls*: a record class, ``Collection[Summit]``, ``Dataset``, ...

    Raises:
        ~sinorussia.DataError: the text is not valid JSON or does not fit *cls*; every problem is listed
            with its path (``$.citations[0].locator: ...``).

    >>> import sinorussia
    >>> from_json('{"source_id": "seed-003", "locator": "para. 8"}', sinorussia.Citation)
    Citation(source_id='seed-003', locator='para. 8', via=None, note=None)
    """
    try:
        import orjson

        loads: Callable[[str | bytes], Any] = orjson.loads
    except ImportError:  # pragma: no cover - exercised where orjson is absent
        import json

        loads = json.loads
    try:
        data = loads(text)
    except ValueError as exc:
        raise DataError([Problem("$", f"is not valid JSON: {exc}")]) from None
    try:
        return typing.cast(T, make_converter().structure(data, cls))
    except DataError:
        raise
    except Exception as exc:
        raise DataError(_problems(exc, "$")) from None


def _problems(exc: BaseException, path: str) -> list[Problem]:
    """Flatten a cattrs validation error tree into problems with paths."""
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return [
            Problem(f"{path}.{k}", "is not a field; remove it") for k in sorted(exc.extra_fields)
        ]
    if isinstance(exc, cattrs.ClassValidationError | cattrs.IterableValidationError):
        out: list[Problem] = []
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, cattrs.AttributeValidationNote):
                sub = f"{path}.{note.name}"
            elif isinstance(note, cattrs.IterableValidationNote):
                sub = f"{path}[{note.index!r}]"
            else:  # pragma: no cover - cattrs attaches one of the two notes above
                sub = path
            out.extend(_problems(inner, sub))
        for inner in without:
            out.extend(_problems(inner, path))
        return out
    if isinstance(exc, InvalidFieldError):
        return [Problem(f"{path}.{exc.field}", exc.reason)]
    if isinstance(exc, KeyError):
        return [Problem(path, "is missing")]
    if isinstance(exc, SinorussiaError | TypeError | ValueError):
        return [Problem(path, str(exc))]
    return [Problem(path, f"{type(exc).__name__}: {exc}")]


# Used by the tests and the benchmark to compare with a converter without targeted hooks.
def _default_converter() -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=True)
    converter.register_unstructure_hook(UncertainDate, str)
    converter.register_structure_hook(UncertainDate, _structure_date)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    return converter
