"""Field validators for the record classes: each raises InvalidFieldError naming the field and the value."""

import math
import re
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from ._codes import check_country, check_organisation, check_statistical_source
from ._dates import UncertainDate
from .exceptions import InvalidCodeError, InvalidFieldError

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LOCATOR = re.compile(
    r"(?:p|para|art|sec|fig)\. ?[0-9A-Za-z]+(?:[-–][0-9A-Za-z]+)?"
    r"|(?:pp|paras|arts|secs)\. ?[0-9A-Za-z]+[-–][0-9A-Za-z]+"
    r"|(?:table|row) [0-9A-Za-z]+"
    r"|headline|caption"
)
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


Inline = Callable[[str], "list[str] | None"]


def _tag(validator: Any, inline: Inline) -> None:
    """Give *validator* the inline form of its check, for the structurer's fast path.

    ``_structure`` compiles a straight-line converter per record class; for a tagged
    validator it inlines the same check (the value's type is already checked there), raising
    ``_Slow`` instead of an error, so that the slow path then reports the problem in full.
    An inline form of ``None`` means: call the validator.
    """
    validator.inline = inline


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


# --- validators: each raises InvalidFieldError naming the field and the value ---------------


def fail(attribute: "attrs.Attribute[Any]", value: object, reason: str) -> InvalidFieldError:
    return InvalidFieldError(attribute.name, value, reason)


_SURROGATE = re.compile("[\ud800-\udfff]")


def text(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, str):
        raise fail(attribute, value, f"{value!r} is not text; expected a string")
    if not value.strip() or value != value.strip():
        raise fail(attribute, value, f"{value!r} must be non-empty with no surrounding spaces")
    if _SURROGATE.search(value):
        raise fail(attribute, value, f"{value!r} holds a lone surrogate, which is not text")


Validator = Callable[[object, "attrs.Attribute[Any]", object], None]


def optional(validator: Validator) -> Validator:
    """*validator*, but ``None`` passes."""

    def validate(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if value is not None:
            validator(inst, attribute, value)

    def inline(v: str) -> list[str] | None:
        inner = _inline_of(validator)
        lines = inner(v) if inner is not None else None
        if lines is None:
            return None
        return [f"if {v} is not None:", *_indent(lines or ["pass"])]

    _tag(validate, inline)
    return validate


def unique_tuple(validator: Validator, of: str) -> Validator:
    """A tuple whose items each pass *validator*, none repeated."""

    def validate(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        check_tuple(attribute, value, of)
        for item in value:  # type: ignore[attr-defined]
            validator(inst, attribute, item)
        unique(attribute, value)

    def inline(v: str) -> list[str] | None:
        inner = _inline_of(validator)
        lines = inner("_x") if inner is not None else None
        if lines is None:
            return None
        loop = [f"for _x in {v}:", *_indent(lines)] if lines else []
        return [*loop, f"if len(set({v})) != len({v}): raise _Slow"]

    _tag(validate, inline)
    return validate


def check_tuple(attribute: "attrs.Attribute[Any]", value: object, of: str) -> None:
    if not isinstance(value, tuple):
        raise fail(attribute, value, f"{value!r} is not a tuple; expected a tuple of {of}")


def unique(attribute: "attrs.Attribute[Any]", value: Any) -> None:
    if len(set(value)) != len(value):
        dupes = sorted({v for v in value if value.count(v) > 1}, key=str)
        raise fail(attribute, value, f"lists {', '.join(map(repr, dupes))} more than once")


def ref(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise fail(attribute, value, f"{value!r} is not a valid record id")


optional_text = optional(text)
texts = unique_tuple(text, "strings")
optional_ref = optional(ref)
refs = unique_tuple(ref, "record ids")


def codes(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    check_tuple(attribute, value, "ISO 3166 alpha-3 codes")
    for item in value:  # type: ignore[attr-defined]
        try:
            check_country(item)
        except InvalidCodeError as exc:
            raise fail(attribute, item, str(exc)) from None
    unique(attribute, value)


def nonempty_codes(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    codes(inst, attribute, value)
    if not value:
        raise fail(attribute, value, "is empty; expected at least one ISO 3166 alpha-3 code")


def optional_vocab(check: Callable[[object], None]) -> Any:
    """A validator accepting ``None`` or a code that *check* accepts."""

    def validate(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if value is not None:
            try:
                check(value)
            except InvalidCodeError as exc:
                raise fail(attribute, value, str(exc)) from None

    return validate


optional_code = optional_vocab(check_country)
optional_organisation = optional_vocab(check_organisation)
optional_statistical_source = optional_vocab(check_statistical_source)


def one_of(choices: tuple[object, ...]) -> Any:
    """A validator accepting exactly *choices* (the structurer checks them as it converts)."""

    def check(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if value not in choices:
            raise fail(
                attribute,
                value,
                f"{value!r} is not allowed; expected one of {', '.join(map(repr, choices))}",
            )

    _tag(check, _literal_inline)
    return check


def optional_one_of(choices: tuple[object, ...]) -> Any:
    return optional(one_of(choices))


def _literal_inline(v: str) -> list[str]:
    return []  # the fast converter of a Literal field checks membership


def uncertain_date(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, UncertainDate):
        raise fail(
            attribute,
            value,
            f"{value!r} is not an UncertainDate; build one with UncertainDate('2014-05-20')",
        )


optional_date = optional(uncertain_date)


def items(cls: type) -> Any:
    def check(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        check_tuple(attribute, value, cls.__name__ + " records")
        for item in value:  # type: ignore[attr-defined]
            if not isinstance(item, cls):
                raise fail(attribute, item, f"{item!r} is not a {cls.__name__}")

    _tag(check, lambda v: [])  # the fast converter builds the items as *cls*
    return check


def nonempty_items(cls: type, why: str) -> Any:
    """A non-empty tuple of *cls* instances; *why* says why it may not be empty."""
    check_items = items(cls)

    def check(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        check_items(inst, attribute, value)
        if not value:
            raise fail(attribute, value, f"is empty; {why}")

    _tag(check, lambda v: [f"if not {v}: raise _Slow"])
    return check


def locator(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, str) or not _LOCATOR.fullmatch(value):
        raise fail(
            attribute,
            value,
            f"{value!r} is not a pinpoint locator; expected e.g. 'p. 93', 'pp. 9-10', "
            "'para. 8', 'paras. 3-4', 'art. 1', 'sec. 2', 'table 1', 'row 2023', "
            "'headline' or 'caption'",
        )


def language(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is not None and (not isinstance(value, str) or not _LANGUAGE.fullmatch(value)):
        raise fail(
            attribute, value, f"{value!r} is not a language tag; expected e.g. 'en', 'zh', 'ru'"
        )


def url(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is None:
        return
    if (
        not isinstance(value, str)
        or not re.fullmatch(r"https?://[^\s/?#]+[^\s#]*", value)
        or _SURROGATE.search(value)
    ):
        raise fail(attribute, value, f"{value!r} is not an absolute http(s) URL without a fragment")
    host = value.split("/", 3)[2]
    if host.endswith(".") or host != host.lower():
        raise fail(
            attribute,
            value,
            f"{value!r} has a host that is not normalised (lower case, no trailing dot)",
        )
    if re.search(r"[?&](utm_[a-z]+|fbclid|gclid|ocid|cmpid)=", value):
        raise fail(attribute, value, f"{value!r} carries tracking parameters; drop them")


def finite_decimal(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise fail(
            attribute,
            value,
            f"{value!r} is not a finite Decimal; give the value as text, e.g. '240.11'",
        )


MAX_COUNT = 10**9
"""The largest count or ordinal a record may hold (larger is a typing error, not a fact)."""


def count(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise fail(attribute, value, f"{value!r} is not a whole number from 0 to {MAX_COUNT}")


def ordinal(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_COUNT
    ):
        raise fail(attribute, value, f"{value!r} is not an ordinal number from 1 to {MAX_COUNT}")


_DATA_VERSION = re.compile(r"\d{4}\.\d{1,2}\.\d+")


def optional_data_version(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is not None and (not isinstance(value, str) or not _DATA_VERSION.fullmatch(value)):
        raise fail(attribute, value, f"{value!r} is not a data version; expected e.g. '2026.11.2'")


def literal(alias: object) -> Any:
    """A validator accepting exactly the values of the ``Literal`` *alias*."""
    return one_of(typing.get_args(alias))


def optional_literal(alias: object) -> Any:
    """:func:`literal`, but ``None`` passes."""
    return optional_one_of(typing.get_args(alias))


def coordinate(limit: int) -> Any:
    """A finite float (or int) from ``-limit`` to ``limit``, or ``None``."""

    def check(_: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if value is None:
            return
        if (
            isinstance(value, bool)
            or not isinstance(value, float | int)
            or not math.isfinite(value)
            or not -limit <= value <= limit
        ):
            raise fail(attribute, value, f"{value!r} is not a number from {-limit} to {limit}")

    return check


_tag(
    text,
    lambda v: [f"if not {v} or {v} != {v}.strip() or not {v}.isascii() and _SUR({v}): raise _Slow"],
)
# ids and locators repeat across records (sources, people, places, "para. 2"): the fast path
# remembers the ones already matched, in one bounded set for each pattern
_tag(
    ref,
    lambda v: [
        f"if {v} not in _IDS:",
        f"    if _ID({v}) is None: raise _Slow",
        f"    if len(_IDS) < 65536: _IDS.add({v})",
    ],
)
_tag(
    locator,
    lambda v: [
        f"if {v} not in _LOCS:",
        f"    if _LOC({v}) is None: raise _Slow",
        f"    if len(_LOCS) < 65536: _LOCS.add({v})",
    ],
)
_tag(uncertain_date, lambda v: [])
_tag(optional_data_version, lambda v: [f"if {v} is not None and _DV({v}) is None: raise _Slow"])
_tag(language, lambda v: [f"if {v} is not None and _LANG({v}) is None: raise _Slow"])
_tag(finite_decimal, lambda v: [])
_tag(count, lambda v: [f"if not 0 <= {v} <= {MAX_COUNT}: raise _Slow"])
_tag(ordinal, lambda v: [f"if {v} is not None and not 1 <= {v} <= {MAX_COUNT}: raise _Slow"])
_tag(
    codes,
    lambda v: [
        f"for _x in {v}:",
        "    if _x not in _COUNTRIES: raise _Slow",
        f"if len(set({v})) != len({v}): raise _Slow",
    ],
)
_tag(nonempty_codes, lambda v: [f"if not {v}: raise _Slow", *codes.inline(v)])  # type: ignore[attr-defined]


def _in_vocabulary(known: str) -> Inline:
    return lambda v: [f"if {v} is not None and {v} not in {known}: raise _Slow"]


_tag(optional_code, _in_vocabulary("_COUNTRIES"))
_tag(optional_organisation, _in_vocabulary("_ORGS"))
_tag(optional_statistical_source, _in_vocabulary("_STATS"))


def _inline_of(validator: Any) -> Inline | None:
    return getattr(validator, "inline", None)
