"""sinorussia: typed, cited records of China–Russia relations.

Agreements, leader summits, joint military exercises and trade figures, each citing its
sources with a pinpoint locator, with dates as precise as the sources allow.

>>> import sinorussia
>>> ds = sinorussia.load()
>>> [(str(s.date), s.place) for s in ds.summits.filter(within=2022, mode="in-person")][:2]
[('2022-02-04', 'Beijing'), ('2022-09-15', 'Samarkand')]
"""

from __future__ import annotations

from ._data import Dataset, dump, load
from ._dates import OPEN, UNKNOWN, UncertainDate
from ._models import (
    Agreement,
    Asset,
    Citation,
    Claim,
    DatedRecord,
    Disagreement,
    Erratum,
    Exercise,
    Source,
    Summit,
    TradeFigure,
)
from ._query import Collection, TradeSeries
from ._vocab import (
    Country,
    Organisation,
    StatisticalSource,
    countries,
    country,
    organisation,
    organisations,
    statistical_source,
    statistical_sources,
)
from .exceptions import (
    DataError,
    InvalidCodeError,
    InvalidDateError,
    InvalidFieldError,
    Problem,
    RecordNotFoundError,
    SinorussiaError,
    UnsafeWriteError,
)

__all__ = [
    "OPEN",
    "UNKNOWN",
    "Agreement",
    "Asset",
    "Citation",
    "Claim",
    "Collection",
    "Country",
    "DataError",
    "Dataset",
    "DatedRecord",
    "Disagreement",
    "Erratum",
    "Exercise",
    "InvalidCodeError",
    "InvalidDateError",
    "InvalidFieldError",
    "Organisation",
    "Problem",
    "RecordNotFoundError",
    "SinorussiaError",
    "Source",
    "StatisticalSource",
    "Summit",
    "TradeFigure",
    "TradeSeries",
    "UncertainDate",
    "UnsafeWriteError",
    "countries",
    "country",
    "dump",
    "load",
    "organisation",
    "organisations",
    "statistical_source",
    "statistical_sources",
]


def __getattr__(name: str) -> str:
    # The version comes from the package metadata; importlib.metadata is slow to import,
    # so it is read only when asked for.
    if name == "__version__":
        from importlib.metadata import version

        return version("sinorussia")
    raise AttributeError(f"module 'sinorussia' has no attribute {name!r}")
