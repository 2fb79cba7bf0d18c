"""Data frames: pandas and Arrow tables with the fixed columns of :mod:`sinorussia._tables`.

pandas and pyarrow are optional extras (``[pandas]``, ``[arrow]``), imported here only when
a frame is asked for; a missing one raises :class:`~sinorussia.MissingExtraError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._tables import ColumnType
from .exceptions import MissingExtraError

__all__ = ["arrow_table", "pandas_frame"]


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise MissingExtraError("this export", "pyarrow", "arrow") from None
    return pyarrow


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingExtraError("to_pandas()", "pandas", "pandas") from None
    return pandas


def arrow_type(kind: ColumnType) -> Any:
    pa = _pyarrow()
    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.decimal128(20, 6),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }[kind]


def arrow_table(
    columns: Sequence[tuple[str, ColumnType, str]], rows: Sequence[dict[str, Any]]
) -> Any:
    """A ``pyarrow.Table`` with exactly *columns*, typed, whatever rows there are.

    Numbers are ``decimal128(20, 6)``, so a value such as ``240.11`` stays exact.
    """
    pa = _pyarrow()
    fields = [pa.field(name, arrow_type(kind), metadata={"description": meaning})
              for name, kind, meaning in columns]  # fmt: skip
    schema = pa.schema(fields)
    data = {name: [r[name] for r in rows] for name, _, _ in columns}
    for name, kind, _ in columns:
        if kind == "number":
            data[name] = [None if v is None else _decimal6(v) for v in data[name]]
    return pa.Table.from_pydict(data, schema=schema)


def _decimal6(value: Any) -> Any:
    from decimal import Decimal

    return Decimal(str(value)).quantize(Decimal("0.000001"))


def pandas_frame(
    columns: Sequence[tuple[str, ColumnType, str]], rows: Sequence[dict[str, Any]]
) -> Any:
    """A ``pandas.DataFrame`` with exactly *columns* and nullable dtypes.

    Text is ``string``, whole numbers ``Int64``, booleans ``boolean``, numbers ``float64``
    (the exact decimals are in :meth:`~sinorussia.Collection.to_rows` and the Arrow and
    Parquet exports), days ``datetime64[s]``.
    """
    pd = _pandas()
    dtypes = {
        "string": "string",
        "integer": "Int64",
        "number": "float64",
        "boolean": "boolean",
        "date": "datetime64[s]",
    }
    data = {}
    for name, kind, _ in columns:
        values = [r[name] for r in rows]
        if kind == "number":
            values = [None if v is None else float(v) for v in values]
        if kind == "date":
            values = [None if v is None else pd.Timestamp(v) for v in values]
        data[name] = pd.Series(values, dtype=dtypes[kind], name=name)
    return pd.DataFrame(data, columns=[name for name, _, _ in columns])
