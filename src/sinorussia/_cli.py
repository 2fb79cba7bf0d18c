"""The ``sinorussia`` command: look up, search, export and cite the data, check data folders.

Data goes to standard output and messages to standard error. On a terminal, lists are a
readable table; into a pipe they are CSV with the fixed columns of the exports. Exit status:
0 done, 1 bad data or nothing found, 2 bad usage (never a traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import typing
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._dataset import Dataset
from ._folder import load
from .exceptions import (
    DataError,
    InvalidArgumentError,
    MissingExtraError,
    RecordNotFoundError,
    SinorussiaError,
    UnknownKeywordError,
    UnsafeWriteError,
)

KINDS = ("summits", "agreements", "exercises", "trade_figures", "sources")
FORMATS = ("csv", "jsonl", "json", "parquet", "geojson", "bibtex", "csl-json", "datapackage")
_SCHEMA_KINDS = {
    "summit": "Summit",
    "agreement": "Agreement",
    "exercise": "Exercise",
    "trade-figure": "TradeFigure",
    "source": "Source",
    "person": "Person",
    "place": "Place",
}


class UsageError(Exception):
    """A bad command line: exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (the full usage is in ``--help``)."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def overview(dataset: Dataset) -> str:
    """A plain-text overview: counts by kind and decade, and the latest leader meeting.

    >>> import sinorussia
    >>> print(overview(sinorussia.load()).splitlines()[0])
    sinorussia data ...
    """
    lines = [f"sinorussia data {dataset.data_version or '(unversioned)'}", ""]
    kinds = (
        ("agreements", dataset.agreements),
        ("summits", dataset.summits),
        ("exercises", dataset.exercises),
        ("trade figures", dataset.trade_figures),
    )
    decades: list[int] = sorted(
        {(r.date.earliest.year // 10) * 10 for r in dataset.records() if r.date.earliest}
    )
    header = f"{'':<14}" + "".join(f"{d}s".rjust(7) for d in decades) + "  total".rjust(8)
    lines.append(header)
    for label, coll in kinds:
        by = Counter((r.date.earliest.year // 10) * 10 for r in coll if r.date.earliest)
        row = f"{label:<14}" + "".join(str(by.get(d, "")).rjust(7) for d in decades)
        lines.append(row + str(len(coll)).rjust(8))
    lines.append(f"{'sources':<14}" + " " * (7 * len(decades)) + str(len(dataset.sources)).rjust(8))
    in_person = dataset.summits.filter(
        participants=["CHN", "RUS"], mode="in-person", level="heads-of-state"
    )
    lines += ["", f"In-person meetings of the heads of state: {len(in_person)}"]
    if in_person:
        last = in_person[-1]
        lines.append(f"Latest: {last.date} {last.place or ''} {last.occasion or ''}".rstrip())
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    from importlib.metadata import version

    p = _Parser(
        prog="sinorussia",
        description="Typed, cited records of China–Russia relations: look up, search, "
        "export and cite them. With no command, prints an overview of the data.",
    )
    p.add_argument("--version", action="version", version=f"sinorussia {version('sinorussia')}")
    p.add_argument(
        "--data", metavar="FOLDER", help="a data folder to use instead of the bundled data"
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def filters(q: argparse.ArgumentParser) -> None:
        g = q.add_argument_group("filters (as in filter(); a kind takes only its own)")
        g.add_argument(
            "--within", help="certainly within this date window (2022, 2022-09, 2019/2022)"
        )
        g.add_argument("--overlapping", help="may fall in this date window")
        g.add_argument("--participants", help="comma-separated alpha-3 codes that all take part")
        g.add_argument("--any-participants", help="comma-separated codes, at least one takes part")
        g.add_argument(
            "--strict", action="store_true", help="match codes without predecessor states"
        )
        g.add_argument("--people", help="comma-separated names of people who all met (summits)")
        g.add_argument("--signatories", help="comma-separated names of signatories (agreements)")
        g.add_argument("--place", help="a place name or id")
        g.add_argument("--country", help="host country, alpha-3")
        g.add_argument("--framework", help="organisation code, e.g. SCO")
        g.add_argument(
            "--type", dest="kind", help="the record's own kind, e.g. state-visit, patrol"
        )
        g.add_argument("--mode", help="in-person, video or phone (summits)")
        g.add_argument("--level", help="heads-of-state, heads-of-government, ... (summits)")
        g.add_argument("--domain", help="naval, air, land, combined, cyber (exercises)")
        g.add_argument("--metric", help="turnover, exports, ... (trade figures)")
        g.add_argument("--statistical-source", help="CN-GACC, RU-FCS, CN-MOFCOM (trade figures)")
        g.add_argument("--text", help="text in names, titles and summaries")
        g.add_argument("--cites", help="records that cite this source id")

    q = sub.add_parser("list", help="list records of one kind")
    q.add_argument("record_kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    filters(q)
    q = sub.add_parser("show", help="show one record, source, person or place by id")
    q.add_argument("id")
    q = sub.add_parser("search", help="records of every kind whose text contains TEXT")
    q.add_argument("text")
    q = sub.add_parser("export", help="write records in a format other tools read")
    q.add_argument("--format", required=True, choices=FORMATS)
    q.add_argument("--kind", dest="record_kind", choices=KINDS, help="one kind of record")
    q.add_argument("--output", required=True, help="file or folder to create ('-' for stdout)")
    filters(q)
    q = sub.add_parser("cite", help="how to cite the dataset, or the sources of one record")
    q.add_argument("id", nargs="?")
    q.add_argument("--format", default="text", choices=("text", "bibtex"))
    q = sub.add_parser("validate", help="check a data folder; lists every problem")
    q.add_argument("folder")
    q = sub.add_parser("schema", help="the JSON Schema of one record class")
    q.add_argument("kind", choices=sorted(_SCHEMA_KINDS))
    return p


_LISTS = ("participants", "any_participants", "people", "signatories")
_FILTERS = (
    "within", "overlapping", "participants", "any_participants", "people", "signatories",
    "place", "country", "framework", "kind", "mode", "level", "domain", "metric",
    "statistical_source", "text", "cites",
)  # fmt: skip


def _criteria(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _FILTERS:
        value = getattr(args, name, None)
        if value is not None:
            out[name] = [v.strip() for v in value.split(",")] if name in _LISTS else value
    if getattr(args, "strict", False):
        out["strict"] = True
    return out


def _select(ds: Dataset, kind: str, criteria: dict[str, Any]) -> Any:
    return getattr(ds, kind).filter(**criteria)


def _table(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    widths = {c: min(48, max([len(c), *(len(_cell(r.get(c))) for r in rows)])) for c in columns}
    out = ["  ".join(c.ljust(widths[c]) for c in columns)]
    out.append("  ".join("-" * widths[c] for c in columns))
    for r in rows:
        out.append("  ".join(_cell(r.get(c))[: widths[c]].ljust(widths[c]) for c in columns))
    return "\n".join(line.rstrip() for line in out)


def _cell(value: Any) -> str:
    from ._tables import text_value

    return text_value(value)


_SHOWN = {
    "summits": ("id", "date", "mode", "level", "place", "people"),
    "agreements": ("id", "date", "kind", "title"),
    "exercises": ("id", "date", "kind", "domain", "name"),
    "trade_figures": ("id", "date", "metric", "value", "unit", "currency", "statistical_source"),
    "sources": ("id", "published", "kind", "outlet", "title"),
}


def _emit_rows(coll: Any, kind: str, out: Any) -> None:
    rows = coll.to_rows()
    if out.isatty():
        out.write(_table(rows, _SHOWN[kind]) + f"\n({len(rows)} {kind.replace('_', ' ')})\n")
    else:
        from ._files import csv_bytes
        from ._tables import columns_of

        cols = [(n, t, m) for n, t, _, m in columns_of(coll.item_type)]
        out.write(csv_bytes(cols, rows, bom=False).decode())


def _write_file(path: str, data: bytes) -> None:
    """Write *data* to a new file at *path* atomically ('-': standard output)."""
    if path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    target = Path(path)
    if target.exists():
        raise UnsafeWriteError(target, "exists; the command writes new files only")
    temp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        temp.write_bytes(data)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _export(ds: Dataset, args: argparse.Namespace) -> None:
    from . import serialize
    from ._files import csv_bytes, jsonl, parquet_bytes
    from ._tables import columns_of, main_table

    fmt, kind, criteria = args.format, args.record_kind, _criteria(args)
    if fmt in ("csv", "parquet", "datapackage") and kind is None:
        shared = {k: v for k, v in criteria.items() if k in
                  ("within", "overlapping", "participants", "any_participants", "strict", "text", "cites")}  # fmt: skip
        if len(shared) != len(criteria):
            raise UsageError("without --kind, only date, participant, text and cites filters apply")
        if args.output == "-":
            raise UsageError(f"--format {fmt} without --kind writes a folder; give --output FOLDER")
        chosen = ds.filter(**shared) if shared else ds
        {"csv": chosen.to_csv, "parquet": chosen.to_parquet, "datapackage": chosen.to_datapackage}[
            fmt
        ](args.output)
        return
    if fmt == "datapackage":
        raise UsageError("--format datapackage exports the whole dataset; leave out --kind")
    if kind is None and fmt in ("jsonl",):
        raise UsageError(f"--format {fmt} needs --kind")
    if kind is None:
        records: list[Any] = [
            *_select(ds, "agreements", criteria), *_select(ds, "summits", criteria),
            *_select(ds, "exercises", criteria), *_select(ds, "trade_figures", criteria),
        ] if criteria else list(ds.records())  # fmt: skip
    else:
        records = list(_select(ds, kind, criteria))
    if fmt == "json":
        data = serialize.to_json(
            ds if kind is None and not criteria else tuple(records), indent=True
        )
        _write_file(args.output, data.encode())
    elif fmt == "jsonl":
        _write_file(args.output, jsonl(records).encode())
    elif fmt in ("csv", "parquet"):
        item_type = getattr(ds, kind).item_type
        cols = [(n, t, m) for n, t, _, m in columns_of(item_type)]
        rows = main_table(records, item_type)
        blob = csv_bytes(cols, rows) if fmt == "csv" else parquet_bytes(cols, rows)
        _write_file(args.output, blob)
    elif fmt == "geojson":
        from ._geo import geojson

        places = ds.summits._root.names.places
        _write_file(args.output, json.dumps(geojson(records, places), ensure_ascii=False).encode())
    elif fmt == "bibtex":
        from ._biblio import bibtex

        _write_file(args.output, bibtex(records, ds.summits._root.names.sources).encode())
    else:
        from ._biblio import csl_items

        items = csl_items(records, ds.summits._root.names.sources)
        _write_file(args.output, json.dumps(items, ensure_ascii=False, indent=1).encode())
    if args.output != "-":
        print(f"wrote {args.output}", file=sys.stderr)


def _show(ds: Dataset, id: str) -> None:
    from . import serialize

    for name in (*KINDS,):
        found = getattr(ds, name).get(id)
        if found is not None:
            print(serialize.to_json(found, indent=True))
            if name != "sources":
                for c in found.citations:
                    src = ds.sources.get(c.source_id)
                    label = src.label if src else c.source_id
                    print(f"  cites: {label}, {c.locator}", file=sys.stderr)
            return
    names = ds.summits._root.names
    for pool in (names.people, names.places):
        if id in pool:
            print(serialize.to_json(pool[id], indent=True))
            return
    raise RecordNotFoundError("record, source, person or place", id)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m sinorussia`` and the ``sinorussia`` script."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse printed its one-line usage error (or --help)
        return int(exc.code or 0)
    try:
        return _run(args)
    except (UsageError, InvalidArgumentError, UnknownKeywordError, UnsafeWriteError) as exc:
        print(f"sinorussia: error: {exc}", file=sys.stderr)
        return 2
    except (DataError, RecordNotFoundError, FileNotFoundError, MissingExtraError) as exc:
        print(f"sinorussia: {exc}", file=sys.stderr)
        return 1
    except SinorussiaError as exc:  # pragma: no cover - every library error is one of the above
        print(f"sinorussia: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        ds = load(args.folder)
        counts = ", ".join(f"{len(getattr(ds, k))} {k.replace('_', ' ')}" for k in KINDS)
        print(f"{args.folder}: valid ({counts})")
        return 0
    ds = load(args.data) if args.data else load()
    if args.command is None:
        print(overview(ds))
    elif args.command == "list":
        kind = args.record_kind
        _emit_rows(_select(ds, kind, _criteria(args)), kind, sys.stdout)
    elif args.command == "show":
        _show(ds, args.id)
    elif args.command == "search":
        found = ds.filter(text=args.text)
        rows = [
            {"id": r.id, "date": str(r.date), "kind": r.kind_name, "summary": r.summary}
            for r in found.records()
        ]
        if not rows:
            print(f"sinorussia: no record contains {args.text!r}", file=sys.stderr)
            return 1
        if sys.stdout.isatty():
            print(_table(rows, ("id", "date", "kind", "summary")))
        else:
            for row in rows:
                print(json.dumps(row, ensure_ascii=False))
    elif args.command == "export":
        _export(ds, args)
    elif args.command == "cite":
        from ._cite import cite

        print(cite(args.id, format=args.format))
    elif args.command == "schema":
        import sinorussia

        from ._schema import json_schema

        cls = getattr(sinorussia, _SCHEMA_KINDS[args.kind])
        print(json.dumps(json_schema(cls), ensure_ascii=False, indent=1))
    return 0
