"""Exports to files and folders: CSV, Parquet, a Frictionless data package, JSON Lines.

Every export is written whole or not at all: the files go into a new folder beside the
target, which is renamed into place at the end. An export never writes into a folder that
holds anything: the target must be missing or empty.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ._tables import LONG_COLUMNS, ColumnType, text_value
from .exceptions import UnsafeWriteError

__all__ = ["csv_bytes", "datapackage", "jsonl", "parquet_bytes", "write_folder"]

Table = tuple[str, list[tuple[str, ColumnType, str]], list[dict[str, Any]]]


def write_folder(path: str | os.PathLike[str], files: dict[str, bytes]) -> Path:
    """Write *files* (name -> bytes) as a new folder at *path*, atomically."""
    target = Path(path)
    if target.exists():
        if not target.is_dir():
            raise UnsafeWriteError(target, "is a file; exports write a new folder")
        if any(target.iterdir()):
            raise UnsafeWriteError(
                target, "is not empty; exports write a new folder and never write among your files"
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.parent / f".{target.name}.tmp-{uuid.uuid4().hex}"
    temp.mkdir()
    try:
        for name, blob in files.items():
            (temp / name).write_bytes(blob)
        if target.exists():
            target.rmdir()  # empty, checked above
        os.rename(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return target


def csv_bytes(
    columns: Sequence[tuple[str, ColumnType, str]],
    rows: Iterable[dict[str, Any]],
    *,
    bom: bool = True,
) -> bytes:
    """RFC 4180 CSV (CRLF line ends, minimal quoting), UTF-8 with a byte-order mark for Excel."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _, _ in columns])
    for row in rows:
        writer.writerow([text_value(row[name]) for name, _, _ in columns])
    return out.getvalue().encode("utf-8-sig" if bom else "utf-8")


def parquet_bytes(
    columns: Sequence[tuple[str, ColumnType, str]], rows: Sequence[dict[str, Any]]
) -> bytes:
    from ._frames import _pyarrow, arrow_table

    pa = _pyarrow()
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(arrow_table(columns, rows), sink)
    return bytes(sink.getvalue().to_pybytes())


def jsonl(records: Iterable[Any]) -> str:
    """JSON Lines: one record per line, in the data files' format."""
    from ._unstructure import unstructure

    return "".join(json.dumps(unstructure(r), ensure_ascii=False) + "\n" for r in records)


_FRICTIONLESS_TYPE = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "date": "date",
}
_FOREIGN_KEYS = {
    "citations": [("source_id", "sources", "id")],
    "errata": [("source_id", "sources", "id")],
    "claims": [("source_id", "sources", "id")],
    "record_people": [("person_id", "people", "id")],
    "record_places": [("place_id", "places", "id")],
}


def datapackage(tables: Iterable[Table], *, name: str, version: str | None) -> dict[str, bytes]:
    """The files of a Frictionless data package: CSV tables and ``datapackage.json``."""
    files: dict[str, bytes] = {}
    resources = []
    for table, columns, rows in tables:
        files[f"{table}.csv"] = csv_bytes(columns, rows, bom=False)
        if table in LONG_COLUMNS:
            key = (
                ["record_id", "field", "position"]
                if table == "claims"
                else ["record_id", "position"]
            )
        else:
            key = ["id"]
        schema: dict[str, Any] = {
            "fields": [
                {"name": n, "type": _FRICTIONLESS_TYPE[t], "description": m} for n, t, m in columns
            ],
            "primaryKey": key,
            "missingValues": [""],
        }
        if table in _FOREIGN_KEYS:
            schema["foreignKeys"] = [
                {"fields": field, "reference": {"resource": ref, "fields": ref_field}}
                for field, ref, ref_field in _FOREIGN_KEYS[table]
            ]
        resources.append(
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    package = {
        "profile": "tabular-data-package",
        "name": name,
        "title": "sinorussia: typed, cited records of China–Russia relations",
        "version": version or "0.0.0",
        "licenses": [{"name": "MIT", "path": "https://opensource.org/licenses/MIT"}],
        "resources": resources,
    }
    files["datapackage.json"] = (json.dumps(package, ensure_ascii=False, indent=1) + "\n").encode()
    return files
