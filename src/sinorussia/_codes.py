"""The fixed code lists: countries, organisations and formats, statistical sources.

The lists live in ``data/vocabularies.json`` and are read once, on first use, under a lock.
They are standards (ISO 3166, the Correlates of War and Gleditsch–Ward state lists) and the
project's own closed lists, so they ship with the package rather than with a data folder.
"""

from __future__ import annotations

import _thread
import functools
from collections.abc import Mapping
from typing import Any

import attrs

from ._public import publish
from .exceptions import InvalidCodeError

__all__ = [
    "Country",
    "Organisation",
    "StatisticalSource",
    "countries",
    "country",
    "organisation",
    "organisations",
    "statistical_source",
    "statistical_sources",
]


@attrs.frozen(kw_only=True)
class Country:
    """A country or former country, with the codes other datasets join on.

    Attributes:
        code: ISO 3166-1 alpha-3 code (``"CHN"``), or for a state that no longer exists the
            alpha-3 code ISO 3166-3 keeps for it (``"SUN"`` for the USSR).
        name: Its common English name.
        alpha_2: ISO 3166-1 alpha-2 code (``"CN"``), or ISO 3166-3's former alpha-2.
        numeric: ISO 3166-1 numeric code (``156``).
        cow: Correlates of War state number (``710``); ``None`` where COW lists no state.
        gw: Gleditsch–Ward state number; ``None`` where their list has no state.
        former: Whether the state no longer exists (ISO 3166-3).
        withdrawn: For a former state, the year ISO withdrew its code.
        successor: For a former state, the alpha-3 code of the state that continues it,
            where one does (``"RUS"`` for ``"SUN"``, as COW's state 365 runs on).

    >>> import sinorussia
    >>> ussr = sinorussia.country("SUN")
    >>> ussr.former, ussr.withdrawn, ussr.successor, ussr.cow
    (True, 1992, 'RUS', 365)
    """

    code: str
    name: str
    alpha_2: str | None = None
    numeric: int | None = None
    cow: int | None = None
    gw: int | None = None
    former: bool = False
    withdrawn: int | None = None
    successor: str | None = None


@attrs.frozen(kw_only=True)
class Organisation:
    """An organisation or format in the fixed vocabulary (``"SCO"``, ``"BRICS"``, ...).

    >>> import sinorussia
    >>> sinorussia.organisation("SCO").name
    'Shanghai Cooperation Organisation'
    """

    code: str
    name: str
    kind: str


@attrs.frozen(kw_only=True)
class StatisticalSource:
    """A statistical body whose figures form one series (``"CN-GACC"``, ``"RU-FCS"``).

    >>> import sinorussia
    >>> sinorussia.statistical_source("RU-FCS").country
    'RUS'
    """

    code: str
    name: str
    country: str


@attrs.frozen
class _Vocabularies:
    countries: Mapping[str, Country]
    organisations: Mapping[str, Organisation]
    statistical_sources: Mapping[str, StatisticalSource]


_lock = _thread.allocate_lock()
_cache: list[_Vocabularies] = []


def _vocab() -> _Vocabularies:
    if _cache:
        return _cache[0]
    with _lock:
        if not _cache:
            _cache.append(_read())
    return _cache[0]


def _read() -> _Vocabularies:
    import json

    from ._resources import read_data_file

    blob = read_data_file("vocabularies.json")
    assert blob is not None, "the package is missing data/vocabularies.json"
    raw: dict[str, Any] = json.loads(blob)
    cs = {k: Country(code=k, **v) for k, v in raw["countries"].items()}
    cs.update({k: Country(code=k, former=True, **v) for k, v in raw["former_countries"].items()})
    return _Vocabularies(
        countries=cs,
        organisations={
            k: Organisation(code=k, name=v["name"], kind=v["kind"])
            for k, v in raw["organisations"].items()
        },
        statistical_sources={
            k: StatisticalSource(code=k, name=v["name"], country=v["country"])
            for k, v in raw["statistical_sources"].items()
        },
    )


def countries() -> Mapping[str, Country]:
    """Every known country code, current and former, mapped to its :class:`Country`.

    >>> import sinorussia
    >>> sinorussia.countries()["MNG"].name
    'Mongolia'
    """
    return _vocab().countries


def organisations() -> Mapping[str, Organisation]:
    """The organisation and format vocabulary, by code.

    >>> import sinorussia
    >>> sorted(sinorussia.organisations())[:3]
    ['APEC', 'ASEAN', 'BRF']
    """
    return _vocab().organisations


def statistical_sources() -> Mapping[str, StatisticalSource]:
    """The statistical bodies trade series may name, by code.

    >>> import sinorussia
    >>> "CN-GACC" in sinorussia.statistical_sources()
    True
    """
    return _vocab().statistical_sources


def country(code: str) -> Country:
    """Look up a country by alpha-3 code.

    Country codes are standards, so the lookup is exact: ``"rus"`` is refused with a hint.

    Raises:
        ~sinorussia.InvalidCodeError: *code* is not a known code (also a :class:`ValueError`).

    >>> import sinorussia
    >>> rus = sinorussia.country("RUS")
    >>> rus.name, rus.alpha_2, rus.numeric, rus.cow, rus.gw
    ('Russian Federation', 'RU', 643, 365, 365)
    """
    check_country(code)
    return _vocab().countries[code]


def organisation(code: str) -> Organisation:
    """Look up an organisation or format by code.

    Raises:
        ~sinorussia.InvalidCodeError: *code* is not in the vocabulary.

    >>> import sinorussia
    >>> sinorussia.organisation("CICA").kind
    'forum'
    """
    check_organisation(code)
    return _vocab().organisations[code]


def statistical_source(code: str) -> StatisticalSource:
    """Look up a statistical body by code.

    Raises:
        ~sinorussia.InvalidCodeError: *code* is not in the vocabulary.

    >>> import sinorussia
    >>> sinorussia.statistical_source("CN-GACC").country
    'CHN'
    """
    check_statistical_source(code)
    return _vocab().statistical_sources[code]


def _check(code: object, known: Mapping[str, object], vocabulary: str, hint: str) -> None:
    if not isinstance(code, str) or code not in known:
        if isinstance(code, str) and code.upper() in known:
            hint = f"did you mean {code.upper()!r}? codes are upper case"
        raise InvalidCodeError(code, vocabulary, hint)


def check_country(code: object) -> None:
    """Raise :class:`InvalidCodeError` unless *code* is a known alpha-3 code."""
    _check(
        code,
        _vocab().countries,
        "an ISO 3166 alpha-3 country code",
        "expected an upper-case ISO 3166-1 alpha-3 code such as 'CHN' or 'RUS' "
        "(ISO 3166-3 'SUN' for the USSR)",
    )


def check_organisation(code: object) -> None:
    """Raise :class:`InvalidCodeError` unless *code* is in the organisation vocabulary."""
    known = _vocab().organisations
    _check(
        code, known, "an organisation or format code", f"expected one of {', '.join(sorted(known))}"
    )


def check_statistical_source(code: object) -> None:
    """Raise :class:`InvalidCodeError` unless *code* names a known statistical body."""
    known = _vocab().statistical_sources
    _check(code, known, "a statistical source code", f"expected one of {', '.join(sorted(known))}")


@functools.lru_cache(maxsize=512)
def lineage(code: str) -> frozenset[str]:
    """*code* with the states it continues or that continue it (``RUS`` and ``SUN``).

    >>> sorted(lineage("RUS"))
    ['RUS', 'SUN']
    """
    cs = _vocab().countries
    out = {code}
    for c in cs.values():
        if c.successor == code:
            out.add(c.code)
    successor = cs[code].successor if code in cs else None
    if successor is not None:
        out.add(successor)
    return frozenset(out)


__test__ = publish(Country, Organisation, StatisticalSource)
