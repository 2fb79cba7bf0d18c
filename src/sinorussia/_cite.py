"""Citing the dataset (with its versions and checksum) or the sources of one record."""

from __future__ import annotations

import json
from typing import Literal

from ._biblio import bibtex
from ._folder import load

__all__ = ["cite"]


def cite(id: str | None = None, *, format: Literal["text", "bibtex"] = "text") -> str:
    """How to cite the dataset (with its versions and checksum), or the sources of a record.

    Args:
        id: A record id: cite the sources it rests on, each with its locator. ``None``: cite
            the dataset.
        format: ``"text"`` or ``"bibtex"``.

    Raises:
        ~sinorussia.RecordNotFoundError: no record has *id*.
        ~sinorussia.InvalidArgumentError: *format* is not ``"text"`` or ``"bibtex"``.

    >>> import sinorussia
    >>> print(sinorussia.cite())  # doctest: +ELLIPSIS
    sinorussia developers. sinorussia: typed, cited records of China–Russia relations. Version ..., data version ... (sha256:...).
    >>> print(sinorussia.cite("summit-2016-06-23-tashkent").splitlines()[0])  # doctest: +ELLIPSIS
    - ..., para. ...
    """
    from importlib.metadata import version

    from .exceptions import InvalidArgumentError, RecordNotFoundError

    if format not in ("text", "bibtex"):
        raise InvalidArgumentError("format", format, "expected 'text' or 'bibtex'")
    ds = load()
    if id is None:
        from ._resources import read_data_file

        meta = json.loads(read_data_file("dataset.json") or b"{}")
        release, data, checksum = version("sinorussia"), ds.data_version, meta.get("checksum")
        if format == "bibtex":
            return (
                "@software{sinorussia,\n"
                "  author = {{sinorussia developers}},\n"
                "  title = {{sinorussia: typed, cited records of China–Russia relations}},\n"
                f"  version = {{{release}}},\n"
                f"  note = {{Data version {data}, checksum {checksum}}},\n"
                "  year = {2026}\n}\n"
            )
        return (
            "sinorussia developers. sinorussia: typed, cited records of China–Russia "
            f"relations. Version {release}, data version {data} ({checksum})."
        )
    record = next((r for r in ds.records() if r.id == id or id in r.former_ids), None)
    if record is None:
        raise RecordNotFoundError("record", id)
    if format == "bibtex":
        return bibtex([record], {s.id: s for s in ds.sources})
    lines = []
    for c in record.citations:
        s = ds.sources.lookup(c.source_id)
        parts = [s.label]
        if s.outlet and s.outlet != s.label:
            parts.append(s.outlet)
        if s.published:
            parts.append(str(s.published))
        line = ", ".join(parts) + f", {c.locator}"
        if s.url:
            line += f". {s.url}"
        lines.append("- " + line)
    return "\n".join(lines)
