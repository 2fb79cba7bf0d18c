"""The one structurer: JSON values to records, reporting *every* problem with its path.

``load()``, :func:`sinorussia.serialize.from_json` and the structure hooks of the cattrs
converter all use it, so a file and a JSON text are read by the same rules: no coercion
(``null`` is not text, ``1.5`` is not a count), unknown keys refused, and one pass that
collects every problem (``summits[3].date: ...``). It is small and fast, and needs no cattrs.
"""

from __future__ import annotations

import functools
import gc
import math
import re
import typing
from collections.abc import Callable
from decimal import Decimal
from types import NoneType, UnionType
from typing import Any, Literal, ParamSpec, TypeVar

import attrs

from ._dates import UncertainDate
from .exceptions import DataError, InvalidDateError, InvalidFieldError, Problem

__all__ = ["BAD", "decode_json", "structure", "structure_record"]


class _Bad:
    def __repr__(self) -> str:
        return "BAD"


BAD: Any = _Bad()
"""Returned in place of a value that could not be structured (its problems are recorded)."""

T = TypeVar("T")
Handler = Callable[[Any, str, list[Problem]], Any]

_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    Decimal: "a decimal given as text",
}


def _describe(value: object) -> str:
    kind = {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)
    return f"{value!r} ({kind})" if not isinstance(value, dict | list) else kind


def _scalar(tp: type) -> Handler:
    def handle(value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is tp:
            return value
        problems.append(Problem(path, f"{_describe(value)} is not {_TYPE_NAMES[tp]}"))
        return BAD

    return handle


def _float(value: Any, path: str, problems: list[Problem]) -> Any:
    if type(value) in (int, float) and math.isfinite(value):
        return value
    problems.append(Problem(path, f"{_describe(value)} is not a finite number"))
    return BAD


_DECIMAL_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _decimal(value: Any, path: str, problems: list[Problem]) -> Any:
    if type(value) is str and _DECIMAL_TEXT.fullmatch(value):
        return Decimal(value)
    if type(value) is int:
        return Decimal(value)
    problems.append(
        Problem(path, f'{_describe(value)} is not a decimal; write it as text, e.g. "240.11"')
    )
    return BAD


def _date(value: Any, path: str, problems: list[Problem]) -> Any:
    if not isinstance(value, str):
        problems.append(Problem(path, f"{_describe(value)} is not an EDTF date string"))
        return BAD
    try:
        return UncertainDate.parse(value)
    except InvalidDateError as exc:
        problems.append(Problem(path, str(exc)))
        return BAD


def _literal(choices: tuple[object, ...]) -> Handler:
    def handle(value: Any, path: str, problems: list[Problem]) -> Any:
        if value in choices and type(value) is str:
            return value
        problems.append(
            Problem(
                path,
                f"{_describe(value)} is not allowed; expected one of {', '.join(map(repr, choices))}",
            )
        )
        return BAD

    return handle


def _optional(inner: Handler) -> Handler:
    def handle(value: Any, path: str, problems: list[Problem]) -> Any:
        return None if value is None else inner(value, path, problems)

    return handle


def _tuple(inner: Handler) -> Handler:
    def handle(value: Any, path: str, problems: list[Problem]) -> Any:
        if not isinstance(value, list):
            problems.append(Problem(path, f"{_describe(value)} is not a list"))
            return BAD
        out = [inner(item, f"{path}[{i}]", problems) for i, item in enumerate(value)]
        return BAD if any(v is BAD for v in out) else tuple(out)

    return handle


_handlers: dict[object, Handler] = {}


def _handler(tp: Any) -> Handler:
    found = _handlers.get(tp)
    if found is not None:
        return found
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp in (str, int, bool):
        h = _scalar(tp)
    elif tp is Decimal:
        h = _decimal
    elif tp is float:
        h = _float
    elif tp is UncertainDate:
        h = _date
    elif origin is Literal:
        h = _literal(args)
    elif origin in (UnionType, typing.Union):
        rest = [a for a in args if a is not NoneType]
        if len(rest) != 1 or len(args) != 2:
            raise TypeError(f"unsupported union {tp!r}")
        h = _optional(_handler(rest[0]))
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        h = _tuple(_handler(args[0]))
    elif attrs.has(tp):
        h = _record_handler(tp)
    else:
        raise TypeError(f"unsupported field type {tp!r}")
    _handlers[tp] = h
    return h


class _Slow(Exception):
    """Raised by a fast converter at the first thing it does not expect."""


def _slow() -> Any:
    raise _Slow


def _fast_decimal(value: Any) -> Decimal:
    if type(value) is str and _DECIMAL_TEXT.fullmatch(value):
        return Decimal(value)
    if type(value) is int:
        return Decimal(value)
    raise _Slow


def _fast_date(value: Any) -> UncertainDate:
    if type(value) is not str:
        raise _Slow
    try:
        return UncertainDate.parse(value)
    except InvalidDateError:
        raise _Slow from None


_fast_cache: dict[object, Callable[[Any], Any]] = {}


def _fast(tp: Any) -> Callable[[Any], Any]:
    """A converter for the happy path: it raises ``_Slow`` at anything unexpected.

    Records are converted by straight-line code generated per class, which checks types and
    then calls the class (its validators run as usual); whatever it does not accept is left
    to the slow path, which finds and reports every problem with its path.
    """
    found = _fast_cache.get(tp)
    if found is None:
        found = _fast_cache[tp] = _make_fast(tp)
    return found


def _make_fast(tp: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp in (str, int, bool):
        return lambda v: v if type(v) is tp else _slow()
    if tp is float:
        return lambda v: v if type(v) in (int, float) and math.isfinite(v) else _slow()
    if tp is Decimal:
        return _fast_decimal
    if tp is UncertainDate:
        return _fast_date
    if origin is Literal:
        choices = frozenset(args)
        return lambda v: v if type(v) is str and v in choices else _slow()
    if origin in (UnionType, typing.Union):
        inner = _fast(next(a for a in args if a is not NoneType))
        return lambda v: None if v is None else inner(v)
    if origin is tuple:
        item = args[0]
        if item is str:

            def strings(v: Any) -> tuple[str, ...]:
                if type(v) is not list:
                    raise _Slow
                for x in v:
                    if type(x) is not str:
                        raise _Slow
                return tuple(v)

            return strings
        inner = _fast(item)

        def items(v: Any) -> tuple[Any, ...]:
            if type(v) is not list:
                raise _Slow
            return tuple([inner(x) for x in v])

        return items
    return _fast_record(tp)


#: ids and locators the fast path has matched against their patterns (bounded; shared by
#: every class)
_KNOWN_IDS: set[str] = set()
_KNOWN_LOCATORS: set[str] = set()


def _fast_record(cls: type) -> Callable[[Any], Any]:
    from ._codes import countries, organisations, statistical_sources
    from ._validators import _DATA_VERSION, _ID, _LANGUAGE, _LOCATOR, _SURROGATE

    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    namespace: dict[str, Any] = {
        "cls": cls,
        "_Slow": _Slow,
        "MISSING": BAD,
        "_new": object.__new__,
        "_set": object.__setattr__,
        "_ID": _ID.fullmatch,
        "_IDS": _KNOWN_IDS,
        "_LOCS": _KNOWN_LOCATORS,
        "_LOC": _LOCATOR.fullmatch,
        "_SUR": _SURROGATE.search,
        "_DV": _DATA_VERSION.fullmatch,
        "_LANG": _LANGUAGE.fullmatch,
        "_COUNTRIES": frozenset(countries()),
        "_ORGS": frozenset(organisations()),
        "_STATS": frozenset(statistical_sources()),
        "known": frozenset(f.alias or f.name for f in fields if f.init),
        "post_init": getattr(cls, "__attrs_post_init__", None),
    }
    simple = any(
        f.converter is not None or isinstance(f.default, attrs.Factory) or not f.init  # type: ignore[arg-type]
        for f in fields
    )
    if simple:  # pragma: no cover - the record classes have no converters or factories
        return lambda value: _slow()
    lines = [
        "def convert(value):",
        "    if type(value) is not dict or not value.keys() <= known:",
        "        raise _Slow",
        "    inst = _new(cls)",
    ]
    for i, f in enumerate(fields):
        key = f.alias or f.name
        tp = hints[f.name]
        namespace[f"c{i}"] = _fast(tp)
        namespace[f"d{i}"] = f.default
        namespace[f"val{i}"] = f.validator
        namespace[f"fld{i}"] = f
        convert = _inline_convert(tp, i, namespace) or [f"v = c{i}(v)"]
        inline = getattr(f.validator, "inline", None) if f.validator else None
        check = inline("v") if inline is not None else None
        if f.validator is not None and check is None:
            check = ["try:", f"    val{i}(None, fld{i}, v)", "except Exception:", "    raise _Slow"]
        body = [*convert, *(check or [])]
        lines.append(f"    v = value.get({key!r}, MISSING)")
        if f.default is attrs.NOTHING:
            lines += ["    if v is MISSING: raise _Slow", *("    " + b for b in body)]
        else:
            lines += ["    if v is MISSING:", f"        v = d{i}", "    else:"]
            lines += ["        " + b for b in body]
        lines.append(f"    _set(inst, {f.name!r}, v)")
    lines += [
        "    if post_init is not None:",
        "        try:",
        "            post_init(inst)",
        "        except Exception:",
        "            raise _Slow from None",
        "    return inst",
    ]
    exec("\n".join(lines), namespace)
    return typing.cast(Callable[[Any], Any], namespace["convert"])


def _inline_convert(tp: Any, i: int, namespace: dict[str, Any]) -> list[str] | None:
    """Straight-line checks of ``v`` against *tp*, for the types most fields have."""
    origin = typing.get_origin(tp)
    if tp in (str, int):
        return [f"if type(v) is not {tp.__name__}: raise _Slow"]
    if origin is Literal:
        namespace[f"ch{i}"] = frozenset(typing.get_args(tp))
        return [f"if type(v) is not str or v not in ch{i}: raise _Slow"]
    if origin is tuple and typing.get_args(tp)[0] is str:
        return [
            "if type(v) is not list: raise _Slow",
            "for _x in v:",
            "    if type(_x) is not str: raise _Slow",
            "v = tuple(v)",
        ]
    if origin in (UnionType, typing.Union):
        inner = next(a for a in typing.get_args(tp) if a is not NoneType)
        lines = _inline_convert(inner, i, namespace)
        if lines is not None:
            return ["if v is not None:", *("    " + line for line in lines)]
    return None


def _record_handler(cls: type) -> Handler:
    hints = typing.get_type_hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    spec = [
        (
            f.alias or f.name,
            f.name,
            _handler(hints[f.name]),
            f.validator,
            f.default is attrs.NOTHING,
            f,
        )
        for f in fields
    ]
    known = frozenset(key for key, *_ in spec)
    known_text = ", ".join(key for key, *_ in spec)
    build = _builder(cls)

    fast = _fast(cls)

    def handle(value: Any, path: str, problems: list[Problem]) -> Any:
        try:
            return fast(value)
        except _Slow:
            pass
        if not isinstance(value, dict):
            problems.append(
                Problem(path, f"{_describe(value)} is not an object with fields {known_text}")
            )
            return BAD
        ok = True
        unknown = value.keys() - known
        if unknown:
            ok = False
            for key in sorted(unknown, key=str):
                problems.append(
                    Problem(
                        f"{path}.{key}",
                        f"is not a field of {cls.__name__}; known fields: {known_text}",
                    )
                )
        kwargs = {}
        for key, name, handler, validator, required, field in spec:
            if key not in value:
                if required:
                    problems.append(
                        Problem(f"{path}.{key}", f"is missing; {cls.__name__} requires it")
                    )
                    ok = False
                continue
            result = handler(value[key], f"{path}.{key}", problems)
            if result is BAD:
                ok = False
                continue
            if validator is not None:
                try:
                    validator(None, field, result)
                except InvalidFieldError as exc:
                    problems.append(Problem(f"{path}.{key}", exc.reason))
                    ok = False
                    continue
            kwargs[name] = result
        if not ok:
            return BAD
        try:
            return build(kwargs)
        except InvalidFieldError as exc:
            problems.append(Problem(f"{path}.{exc.field}", exc.reason))
            return BAD

    return handle


def _builder(cls: type) -> Callable[[dict[str, Any]], Any]:
    """A constructor for *cls* that skips the field validators the handler has just run.

    Every field value reaching it has passed its own validator, so running them again in
    ``__init__`` would only double the cost of a load. The instance is filled the way the
    attrs-generated ``__init__`` fills it, then ``__attrs_post_init__`` runs the checks that
    span several fields. Classes with converters or factory defaults use their ``__init__``.
    """
    fields = attrs.fields(cls)
    if any(
        f.converter is not None or isinstance(f.default, attrs.Factory) or not f.init  # type: ignore[arg-type]
        for f in fields
    ):
        return lambda kwargs: cls(**kwargs)
    defaults = [(f.name, f.default) for f in fields]
    post_init = getattr(cls, "__attrs_post_init__", None)
    new = object.__new__
    setattr_ = object.__setattr__

    def build(kwargs: dict[str, Any]) -> Any:
        inst: Any = new(cls)
        for name, default in defaults:
            setattr_(inst, name, kwargs.get(name, default))
        if post_init is not None:
            post_init(inst)
        return inst

    return build


P = ParamSpec("P")


def gc_paused(fn: Callable[P, T]) -> Callable[P, T]:
    """Run *fn* with the cyclic garbage collector paused (and restored after, if it was on).

    Loading makes hundreds of thousands of small objects and no reference cycles, but each
    allocation counts towards the collector's next pass, which then re-scans everything
    made so far: measured, half of the cost of a load was the collector finding nothing.
    """

    @functools.wraps(fn)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return paused


def structure_record(cls: type, value: Any, path: str, problems: list[Problem]) -> Any:
    """Structure *value* as *cls*, appending every problem to *problems*; ``BAD`` on failure."""
    return _handler(cls)(value, path, problems)


def structure(cls: type[T], value: Any, path: str = "$") -> T:
    """Structure *value* as *cls* (a record class or ``tuple[Record, ...]``).

    Raises:
        ~sinorussia.DataError: every problem found, each with its path.
    """
    problems: list[Problem] = []
    result = _handler(cls)(value, path, problems)
    if problems or result is BAD:
        raise DataError(problems)
    return typing.cast(T, result)


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        keys = [k for k, _ in pairs]
        twice = next(k for k in keys if keys.count(k) > 1)
        raise ValueError(f"an object has the key {twice!r} more than once")
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


@functools.cache
def _decoder() -> Any:
    import json

    return json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


_NOT_ECHOED = object()


@functools.cache
def _orjson() -> Any:
    try:
        import orjson
    except ImportError:  # pragma: no cover - exercised where orjson is absent
        return None
    return orjson


def _echoed(blob: bytes | str) -> Any:
    """orjson's reading of *blob* if orjson writes it back unchanged, else ``_NOT_ECHOED``."""
    orjson = _orjson()
    if orjson is None:
        return _NOT_ECHOED  # pragma: no cover - exercised where orjson is absent
    try:
        raw = blob if isinstance(blob, bytes) else blob.encode("utf-8")
        if b"\n" in raw:
            return _NOT_ECHOED  # orjson writes no line breaks: indented text is not its own
        value = orjson.loads(raw)
        if orjson.dumps(value) == raw:
            return value
    except (UnicodeEncodeError, orjson.JSONDecodeError, orjson.JSONEncodeError):
        pass
    return _NOT_ECHOED


def decode_json(blob: bytes | str, where: str, problems: list[Problem]) -> Any:
    """The JSON value in *blob*; ``BAD`` with a problem at *where* if it is not JSON.

    Strict, and the same whichever JSON library is installed: UTF-8 only, no byte-order
    mark, no key twice in one object, no ``NaN`` or ``Infinity``, no lone surrogate, nesting
    bounded by the interpreter. The standard library's parser reads it, except that with
    orjson installed, text that orjson writes back byte for byte is taken from orjson (the
    common case of JSON from :func:`~sinorussia.serialize.to_json`): such text can hold no
    key twice, no ``NaN`` and no lone surrogate, since orjson would not have written them.
    """
    value = _echoed(blob)
    if value is not _NOT_ECHOED:
        return value
    if isinstance(blob, bytes):
        if blob.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            problems.append(
                Problem(where, "starts with a byte-order mark; save it as UTF-8 without one")
            )
            return BAD
        try:
            text = blob.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(where, f"is not UTF-8 text: {exc.reason} at byte {exc.start}"))
            return BAD
    else:
        text = blob
    if not text.strip():
        problems.append(Problem(where, "is empty; expected JSON"))
        return BAD
    try:
        value = _decoder().decode(text)
    except RecursionError:
        problems.append(Problem(where, "is nested too deeply to be sinorussia data"))
        return BAD
    except ValueError as exc:
        problems.append(Problem(where, f"is not valid JSON: {exc}"))
        return BAD
    if "\\u" in text and _has_surrogate(value):
        problems.append(
            Problem(where, "holds a lone surrogate (\\ud800-\\udfff), which is not text")
        )
        return BAD
    return value


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_LONE_SURROGATE.search(value))
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    return False
