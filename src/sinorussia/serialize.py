"""Serialization: a cattrs converter for the model, and JSON for records, collections, datasets.

The format is the data files' format: dates as EDTF strings, decimals as strings (so
``"240.11"`` stays exact), tuples as lists, fields left at their default omitted. Reading
goes through the same structurer as :func:`sinorussia.load`, so a JSON text is checked by
the same rules (no coercion: ``null`` is not text, ``1.5`` is not a count) and every problem
is reported with its path. JSON uses orjson when it is installed.

>>> import sinorussia
>>> from sinorussia.serialize import to_json, from_json
>>> s = sinorussia.load().summits.lookup("summit-2022-09-15-samarkand")
>>> from_json(to_json(s), sinorussia.Summit) == s
True
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable
from typing import Any, TypeVar, overload

import cattrs

from ._collections import (
    AgreementCollection,
    ExerciseCollection,
    SourceCollection,
    SummitCollection,
)
from ._dataset import NAMES, Dataset
from ._dates import UncertainDate
from ._entities import Office, Person, Place
from ._folder import build, current_to_of
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
from ._structure import BAD, decode_json, gc_paused, structure
from ._trade import TradeFigureCollection
from ._unstructure import unstructure
from .exceptions import DataError, InvalidDateError, Problem

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
    Office,
    Person,
    Place,
)
_COLLECTION_CLASSES: dict[type, type[Collection[Any]]] = {
    Source: SourceCollection,
    Agreement: AgreementCollection,
    Summit: SummitCollection,
    Exercise: ExerciseCollection,
    TradeFigure: TradeFigureCollection,
}


def _structure_date(value: Any, _: type) -> UncertainDate:
    if isinstance(value, UncertainDate):
        return value
    try:
        return UncertainDate.parse(value)
    except InvalidDateError as exc:
        raise DataError([Problem("$", str(exc))]) from None


def _collection_item(tp: Any) -> type | None:
    if isinstance(tp, type) and issubclass(tp, Collection):
        item: type = tp.item_class
        return item if item is not object else None
    if typing.get_origin(tp) is Collection:
        arg = typing.get_args(tp)[0]
        return arg if isinstance(arg, type) else None
    return None


def _is_collection(tp: Any) -> bool:
    return _collection_item(tp) is not None


def _structure_collection(value: Any, tp: Any, path: str = "$") -> Collection[Any]:
    item = _collection_item(tp)
    assert item is not None
    records = structure(tuple[item, ...], value, path)  # type: ignore[valid-type]
    return _COLLECTION_CLASSES[item](records)


def _unstructure_dataset(dataset: Dataset) -> dict[str, Any]:
    out: dict[str, Any] = {"data_version": dataset.data_version}
    if dataset.current_to:
        out["current_to"] = {k: v.isoformat() for k, v in sorted(dataset.current_to.items())}
    for name in NAMES:
        out[name] = [unstructure(r) for r in getattr(dataset, name)]
    return out


def _structure_dataset(value: Any, path: str = "$") -> Dataset:
    problems: list[Problem] = []
    if not isinstance(value, dict):
        raise DataError([Problem(path, f"{type(value).__name__} is not a dataset object")])
    known = {"data_version", "current_to", *NAMES}
    for key in sorted(set(value) - known, key=str):
        problems.append(
            Problem(f"{path}.{key}", f"is not a field; known fields: {', '.join(sorted(known))}")
        )
    version = value.get("data_version")
    if version is not None and not isinstance(version, str):
        problems.append(Problem(f"{path}.data_version", f"{version!r} is not text"))
    current_to = current_to_of(value.get("current_to"), f"{path}.current_to", problems)
    raw = {k: v for k, v in value.items() if k in NAMES}
    dataset = build(
        raw,
        problems,
        path=lambda name: f"{path}.{name}",
        container=lambda name: f"{path}.{name}",
        data_version=version,
        current_to=current_to,
    )
    if problems or dataset is None:
        raise DataError(problems)
    return dataset


def configure_converter(converter: cattrs.Converter) -> None:
    """Register sinorussia's hooks on an existing cattrs converter.

    Only sinorussia's own types get hooks (records and their parts, people, places,
    :class:`~sinorussia.UncertainDate`, collections and :class:`~sinorussia.Dataset`), so
    the converter treats your other classes exactly as before. Structuring a record raises
    :class:`~sinorussia.DataError` listing every problem with its path.

    >>> import cattrs, sinorussia
    >>> conv = cattrs.Converter()
    >>> configure_converter(conv)
    >>> conv.unstructure(sinorussia.UncertainDate.parse("2014~"))
    '2014~'
    """
    converter.register_unstructure_hook(UncertainDate, str)
    converter.register_structure_hook(UncertainDate, _structure_date)
    for cls in _CLASSES:
        converter.register_unstructure_hook(cls, unstructure)
        converter.register_structure_hook(cls, lambda v, t: structure(t, v))
    converter.register_unstructure_hook_func(_is_collection, lambda c: [unstructure(r) for r in c])
    converter.register_structure_hook_func(_is_collection, _structure_collection)
    converter.register_unstructure_hook(Dataset, _unstructure_dataset)
    converter.register_structure_hook(Dataset, lambda v, _: _structure_dataset(v))


def make_converter() -> cattrs.Converter:
    """A new cattrs converter configured for every sinorussia class.

    Each call returns a fresh converter, so customising it affects nobody else.

    >>> import sinorussia
    >>> conv = make_converter()
    >>> data = conv.unstructure(sinorussia.load().trade_figures.lookup("trade-cn-gacc-2023-turnover"))
    >>> data["value"], data["date"]
    ('240.11', '2023')
    """
    converter = cattrs.Converter()
    configure_converter(converter)
    return converter


@functools.cache
def _dumps() -> Callable[[Any, bool], str]:
    try:
        import orjson
    except ImportError:  # pragma: no cover - exercised where orjson is absent
        import json

        return lambda data, indent: json.dumps(
            data, ensure_ascii=False, indent=1 if indent else None
        )
    return lambda data, indent: orjson.dumps(
        data, option=orjson.OPT_INDENT_2 if indent else 0
    ).decode()


def to_json(obj: Any, *, indent: bool = False) -> str:
    """JSON text for a record, a collection, a dataset, a date, or a tuple of records.

    >>> import sinorussia
    >>> to_json(sinorussia.UncertainDate.parse("2019/.."))
    '"2019/.."'
    """
    if isinstance(obj, Dataset):
        data: Any = _unstructure_dataset(obj)
    elif isinstance(obj, Collection):
        data = [unstructure(r) for r in obj]
    else:
        data = unstructure(obj)
    return _dumps()(data, indent)


@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
@overload
def from_json(text: str | bytes, cls: Any) -> Any: ...
def from_json(text: str | bytes, cls: Any) -> Any:
    """Read JSON text into *cls*: a record class, a collection class, ``Dataset``, ...

    The same rules as :func:`sinorussia.load`: nothing is coerced and every problem is
    reported, with its path.

    Raises:
        ~sinorussia.DataError: the text is not valid JSON or does not fit *cls*; every
            problem is listed with its path (``$.citations[0].locator: ...``).

    >>> import sinorussia
    >>> from_json('{"source_id": "seed-003", "locator": "para. 8"}', sinorussia.Citation)
    Citation(source_id='seed-003', locator='para. 8', via=None, note=None)
    """
    return _from_json(text, cls)


@gc_paused
def _from_json(text: str | bytes, cls: Any) -> Any:
    problems: list[Problem] = []
    if not isinstance(text, str | bytes):
        raise DataError([Problem("$", f"{type(text).__name__} is not JSON text")])
    data = decode_json(text, "$", problems)
    if data is BAD:
        raise DataError(problems)
    if cls is Dataset:
        return _structure_dataset(data)
    if _is_collection(cls):
        return _structure_collection(data, cls)
    if cls is UncertainDate:
        return _structure_date(data, cls)
    return structure(cls, data)
