"""Bibliographies: CSL-JSON and BibTeX for sources, pinpoint locators, and citing the dataset.

CSL-JSON is what Zotero, Pandoc and citeproc read; BibTeX what LaTeX and most reference
managers read. Both come from the :class:`~sinorussia.Source` records, with the item type
their kind implies; a record's citations become CSL cite items with their locator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ._models import Agreement, Citation, DatedRecord, Source

__all__ = ["bibtex", "csl_cite_item", "csl_items"]

_CSL_TYPE = {
    "article": "article-newspaper",
    "book": "book",
    "report": "report",
    "web-page": "webpage",
    "official-statement": "webpage",
}
_BIBTEX_TYPE = {
    "article": "article",
    "book": "book",
    "report": "techreport",
    "web-page": "misc",
    "official-statement": "misc",
}
_LABELS = {
    "p": "page",
    "pp": "page",
    "para": "paragraph",
    "paras": "paragraph",
    "art": "section",
    "arts": "section",
    "sec": "section",
    "secs": "section",
    "fig": "figure",
}


def _date_parts(source: Source) -> dict[str, Any] | None:
    d = source.published
    if d is None:
        return None
    if d.precision in ("year", "month", "day") and not d.qualified and d.earliest:
        e = d.earliest
        parts = {"year": [e.year], "month": [e.year, e.month], "day": [e.year, e.month, e.day]}
        return {"date-parts": [parts[d.precision]]}
    return {"raw": str(d)}


def _names(authors: Iterable[str]) -> list[dict[str, str]]:
    out = []
    for name in authors:
        if " " in name and not name.isupper():
            given, family = name.rsplit(" ", 1)
            out.append({"family": family, "given": given})
        else:
            out.append({"literal": name})
    return out


def csl_item(source: Source) -> dict[str, Any]:
    """One CSL-JSON item for *source*."""
    item: dict[str, Any] = {"id": source.id, "type": _CSL_TYPE[source.kind]}
    if source.title:
        item["title"] = source.title
    if source.authors:
        item["author"] = _names(source.authors)
    if source.outlet:
        item["container-title" if source.kind == "article" else "publisher"] = source.outlet
    issued = _date_parts(source)
    if issued:
        item["issued"] = issued
    if source.url:
        item["URL"] = source.url
    if source.language:
        item["language"] = source.language
    if source.agency:
        item["note"] = f"Republished from {source.agency}."
    return item


def treaty_item(agreement: Agreement) -> dict[str, Any]:
    """A CSL ``treaty`` item for an agreement itself."""
    item: dict[str, Any] = {
        "id": agreement.id,
        "type": "treaty",
        "title": agreement.title or agreement.summary,
    }
    d = agreement.date
    if d.earliest and d.precision == "day":
        item["issued"] = {"date-parts": [[d.earliest.year, d.earliest.month, d.earliest.day]]}
    else:
        item["issued"] = {"raw": str(d)}
    return item


def csl_items(records: Iterable[Any], sources: Mapping[str, Source]) -> list[dict[str, Any]]:
    """CSL-JSON for the sources of *records* (or for *records*, if they are sources).

    Agreements are also given as ``treaty`` items of their own. *sources* is where the
    records' source ids are looked up.
    """
    records = list(records)
    out: dict[str, dict[str, Any]] = {}
    for source in _sources_of(records, sources):
        out[source.id] = csl_item(source)
    for r in records:
        if isinstance(r, Agreement):
            out[r.id] = treaty_item(r)
    return list(out.values())


def _sources_of(records: list[Any], pool: Mapping[str, Source]) -> list[Source]:
    if all(isinstance(r, Source) for r in records):
        return records
    wanted = sorted({sid for r in records if isinstance(r, DatedRecord) for sid in r.source_ids()})
    return [pool[sid] for sid in wanted if sid in pool]


def csl_cite_item(citation: Citation) -> dict[str, Any]:
    """A CSL cite item for *citation*: the source id with its locator and label.

    >>> import sinorussia
    >>> c = sinorussia.Citation(source_id="seed-002", locator="paras. 3-4")
    >>> sinorussia.csl_cite_item(c)
    {'id': 'seed-002', 'locator': '3-4', 'label': 'paragraph'}
    """
    item: dict[str, Any] = {"id": citation.source_id}
    m = re.fullmatch(r"(\w+)\. ?(.+)", citation.locator)
    if m and m.group(1) in _LABELS:
        item["locator"] = m.group(2)
        item["label"] = _LABELS[m.group(1)]
    elif citation.locator.startswith(("table ", "row ")):
        item["locator"] = citation.locator
        item["label"] = "section"
    return item


_BIBTEX_ESCAPE = str.maketrans({"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                                "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
                                "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"})  # fmt: skip


def _tex(text: str) -> str:
    return text.translate(_BIBTEX_ESCAPE)


def bibtex_entry(source: Source) -> str:
    """One BibTeX entry for *source*, keyed by its id."""
    fields: list[tuple[str, str]] = []
    if source.authors:
        fields.append(("author", " and ".join("{" + _tex(a) + "}" if " " not in a else _tex(a)
                                              for a in source.authors)))  # fmt: skip
    if source.title:
        fields.append(("title", "{" + _tex(source.title) + "}"))
    if source.outlet:
        key = {"article": "journal", "book": "publisher", "report": "institution"}.get(
            source.kind, "howpublished"
        )
        fields.append((key, _tex(source.outlet)))
    d = source.published
    if d is not None and d.earliest is not None and d.year is not None:
        fields.append(("year", str(d.year)))
        if d.precision in ("month", "day"):
            fields.append(("month", str(d.earliest.month)))
        if d.precision == "day":
            fields.append(("day", str(d.earliest.day)))
    if source.url:
        fields.append(("url", source.url))
    if source.language:
        fields.append(("langid", source.language))
    if source.agency:
        fields.append(("note", _tex(f"Republished from {source.agency}")))
    kind = _BIBTEX_TYPE[source.kind]
    if kind == "techreport" and not source.outlet:
        kind = "misc"
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{kind}{{{source.id},\n{body}\n}}\n"


def bibtex(records: Iterable[Any], sources: Mapping[str, Source]) -> str:
    """BibTeX for the sources of *records* (or for *records*, if they are sources)."""
    return "\n".join(bibtex_entry(s) for s in _sources_of(list(records), sources))
