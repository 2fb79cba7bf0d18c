"""The dataset: loading the bundled data lazily and once, reading and writing data folders.

A data folder holds ``dataset.json`` (format, data version, checksum) and one JSON array per
collection: ``sources.json``, ``agreements.json``, ``summits.json``, ``exercises.json`` and
``trade_figures.json``.
"""

from __future__ import annotations

import _thread
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from ._models import Agreement, DatedRecord, Exercise, Source, Summit, TradeFigure
from ._query import Collection
from ._structure import BAD, structure_record
from .exceptions import DataError, Problem, UnsafeWriteError

__all__ = ["Dataset", "dump", "load"]

FORMAT = 1
COLLECTIONS: tuple[tuple[str, type], ...] = (
    ("sources", Source),
    ("agreements", Agreement),
    ("summits", Summit),
    ("exercises", Exercise),
    ("trade_figures", TradeFigure),
)
META = "dataset.json"


@attrs.frozen(kw_only=True)
class Dataset:
    """All records of a dataset, one typed collection per kind.

    Building a Dataset checks that ids are unique and that every reference resolves
    (citations, errata and claims to sources, agreements to summits, sources to the works
    they cite or translate); a problem raises :class:`~sinorussia.DataError`.

    Attributes:
        sources: Every cited work.
        agreements: Treaties, statements, contracts.
        summits: Leader and minister meetings.
        exercises: Joint exercises, drills and patrols.
        trade_figures: Trade statistics, one record per figure.
        data_version: The data release, e.g. ``"2026.11.0"``.

    >>> import sinorussia
    >>> ds = sinorussia.load()
    >>> len(ds.summits) > 0 and ds.data_version is not None
    True
    """

    sources: Collection[Source]
    agreements: Collection[Agreement]
    summits: Collection[Summit]
    exercises: Collection[Exercise]
    trade_figures: Collection[TradeFigure]
    data_version: str | None = None

    def __attrs_post_init__(self) -> None:
        problems = check_integrity({name: tuple(getattr(self, name)) for name, _ in COLLECTIONS})
        if problems:
            raise DataError(problems)

    @classmethod
    def _checked(cls, **fields: Any) -> Dataset:
        """Build a dataset whose integrity the caller has already checked (no second pass)."""
        inst = object.__new__(cls)
        for f in attrs.fields(cls):
            object.__setattr__(inst, f.name, fields.get(f.name, f.default))
        return inst

    @classmethod
    def from_records(
        cls,
        *,
        sources: Iterable[Source] = (),
        agreements: Iterable[Agreement] = (),
        summits: Iterable[Summit] = (),
        exercises: Iterable[Exercise] = (),
        trade_figures: Iterable[TradeFigure] = (),
        data_version: str | None = None,
    ) -> Dataset:
        """Build a dataset from plain iterables of records.

        Raises:
            ~sinorussia.DataError: duplicate ids or references that do not resolve.

        >>> import sinorussia
        >>> ds = sinorussia.load()
        >>> mine = Dataset.from_records(sources=ds.sources, summits=ds.summits.filter(within=2022))
        >>> len(mine.agreements)
        0
        """
        return cls(
            sources=Collection(sources, item_type=Source),
            agreements=Collection(agreements, item_type=Agreement),
            summits=Collection(summits, item_type=Summit),
            exercises=Collection(exercises, item_type=Exercise),
            trade_figures=Collection(trade_figures, item_type=TradeFigure),
            data_version=data_version,
        )

    def records(self) -> tuple[DatedRecord, ...]:
        """Every agreement, summit, exercise and trade figure, in date order.

        >>> import sinorussia
        >>> ds = sinorussia.load()
        >>> len(ds.records()) == len(ds.agreements) + len(ds.summits) + len(ds.exercises) + len(ds.trade_figures)
        True
        """
        out: list[DatedRecord] = [
            *self.agreements,
            *self.summits,
            *self.exercises,
            *self.trade_figures,
        ]
        out.sort(key=lambda r: (r.date.sort_key(), r.id))
        return tuple(out)

    def citing(self, source_id: str) -> tuple[DatedRecord, ...]:
        """Every record that refers to *source_id*, in date order.

        >>> import sinorussia
        >>> [r.id for r in sinorussia.load().citing("seed-000")]
        ['summit-2016-06-23-tashkent']
        """
        return tuple(r for r in self.records() if r.cites(source_id))


def check_integrity(collections: Mapping[str, tuple[Any, ...]]) -> list[Problem]:
    """Problems of uniqueness and reference across collections, with their paths."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for name, records in collections.items():
        for i, r in enumerate(records):
            where = f"{name}[{i}]"
            if r.id in seen:
                problems.append(Problem(f"{where}.id", f"{r.id!r} is already used by {seen[r.id]}"))
            else:
                seen[r.id] = where
    sources = {s.id for s in collections.get("sources", ())}
    summits = {s.id for s in collections.get("summits", ())}

    def ref(path: str, value: str | None, pool: set[str], what: str) -> None:
        if value is not None and value not in pool:
            problems.append(Problem(path, f"{value!r} is not the id of any {what} in the dataset"))

    for name, records in collections.items():
        for i, r in enumerate(records):
            where = f"{name}[{i}]"
            if isinstance(r, Source):
                for j, cited in enumerate(r.cites):
                    ref(f"{where}.cites[{j}]", cited, sources, "source")
                ref(f"{where}.original", r.original, sources, "source")
                for j, e in enumerate(r.errata):
                    ref(f"{where}.errata[{j}].source_id", e.source_id, sources, "source")
                continue
            for j, c in enumerate(r.citations):
                ref(f"{where}.citations[{j}].source_id", c.source_id, sources, "source")
                ref(f"{where}.citations[{j}].via", c.via, sources, "source")
            for j, e in enumerate(r.errata):
                ref(f"{where}.errata[{j}].source_id", e.source_id, sources, "source")
            for j, d in enumerate(r.disagreements):
                for k, c in enumerate(d.claims):
                    ref(
                        f"{where}.disagreements[{j}].claims[{k}].source_id",
                        c.source_id,
                        sources,
                        "source",
                    )
            if isinstance(r, Agreement):
                ref(f"{where}.summit_id", r.summit_id, summits, "summit")
    return problems


def checksum(blobs: Mapping[str, bytes]) -> str:
    """The checksum of the collection files, as written in ``dataset.json``."""
    import hashlib

    h = hashlib.sha256()
    for name, _ in COLLECTIONS:
        h.update(name.encode() + b"\0" + blobs.get(name, b"") + b"\0")
    return "sha256:" + h.hexdigest()


def _json_loads() -> Callable[[bytes], Any]:
    try:
        import orjson
    except ImportError:  # pragma: no cover - exercised where orjson is absent
        import json

        return json.loads
    return orjson.loads


def _decode(loads: Callable[[bytes], Any], blob: bytes, where: str, problems: list[Problem]) -> Any:
    if not blob.strip():
        problems.append(Problem(where, "is empty; expected JSON"))
        return BAD
    try:
        return loads(blob)
    except ValueError as exc:
        problems.append(Problem(where, f"is not valid JSON: {exc}"))
        return BAD


def read(reader: Callable[[str], bytes | None], origin: str, *, verify: bool = True) -> Dataset:
    """Read a data folder through *reader* (file name -> bytes, or ``None`` if missing)."""
    loads = _json_loads()
    problems: list[Problem] = []
    meta_blob = reader(META)
    meta: Any = BAD
    if meta_blob is None:
        problems.append(
            Problem(META, "is missing; a data folder needs it (write one with sinorussia.dump)")
        )
    else:
        meta = _decode(loads, meta_blob, META, problems)
    blobs: dict[str, bytes] = {}
    for name, _ in COLLECTIONS:
        blob = reader(f"{name}.json")
        if blob is None:
            problems.append(Problem(f"{name}.json", "is missing; write [] for an empty collection"))
        else:
            blobs[name] = blob
    data_version = None
    if meta is not BAD:
        data_version = _check_meta(meta, blobs, problems, verify=verify)
    parsed: dict[str, tuple[Any, ...]] = {}
    for name, cls in COLLECTIONS:
        if name not in blobs:
            continue
        raw = _decode(loads, blobs[name], f"{name}.json", problems)
        if raw is BAD:
            continue
        if not isinstance(raw, list):
            problems.append(
                Problem(
                    f"{name}.json", f"holds {type(raw).__name__}; expected a JSON array of records"
                )
            )
            continue
        out = []
        for i, item in enumerate(raw):
            before = len(problems)
            record = structure_record(cls, item, f"{name}[{i}]", problems)
            if record is BAD:
                rid = item.get("id") if isinstance(item, dict) else None
                if isinstance(rid, str):
                    problems[before:] = [
                        Problem(p.path, f"{p.message} (record {rid!r})") for p in problems[before:]
                    ]
            else:
                out.append(record)
        parsed[name] = tuple(out)
    if not problems:
        problems.extend(check_integrity(parsed))
    if problems:
        raise DataError(problems, origin=origin)
    return Dataset._checked(
        sources=Collection(parsed["sources"], item_type=Source),
        agreements=Collection(parsed["agreements"], item_type=Agreement),
        summits=Collection(parsed["summits"], item_type=Summit),
        exercises=Collection(parsed["exercises"], item_type=Exercise),
        trade_figures=Collection(parsed["trade_figures"], item_type=TradeFigure),
        data_version=data_version,
    )


def _check_meta(
    meta: Any, blobs: dict[str, bytes], problems: list[Problem], *, verify: bool
) -> str | None:
    if not isinstance(meta, dict):
        problems.append(
            Problem(META, "is not a JSON object with format, data_version and checksum")
        )
        return None
    unknown = sorted(set(meta) - {"format", "data_version", "checksum"})
    for key in unknown:
        problems.append(
            Problem(f"{META}.{key}", "is not a field; known fields: format, data_version, checksum")
        )
    if meta.get("format") != FORMAT:
        problems.append(
            Problem(
                f"{META}.format",
                f"{meta.get('format')!r} is not a format this version reads; expected {FORMAT}",
            )
        )
    version = meta.get("data_version")
    if version is not None and not isinstance(version, str):
        problems.append(Problem(f"{META}.data_version", f"{version!r} is not text"))
        version = None
    stated = meta.get("checksum")
    if verify and stated is not None and len(blobs) == len(COLLECTIONS):
        actual = checksum(blobs)
        if stated != actual:
            problems.append(
                Problem(
                    f"{META}.checksum",
                    f"{stated!r} does not match the files ({actual!r}); they changed after they were "
                    "written. If the change is yours, set checksum to the new value or remove it",
                )
            )
    return version


_lock = _thread.allocate_lock()  # threading.Lock without importing threading
_bundled: list[Dataset] = []


def load(path: str | os.PathLike[str] | None = None) -> Dataset:
    """Load the bundled dataset, or the data folder at *path*.

    The bundled data is read on the first call only, under a lock, and the same
    :class:`Dataset` is returned after that (it is immutable, so sharing it is safe).
    Importing sinorussia reads nothing.

    Args:
        path: A folder written by :func:`dump` (or by hand in the same format).

    Raises:
        ~sinorussia.DataError: the data has problems; every problem is listed with its path.
        FileNotFoundError: *path* is not a folder.

    >>> import sinorussia
    >>> sinorussia.load() is sinorussia.load()
    True
    """
    if path is None:
        if _bundled:
            return _bundled[0]
        with _lock:
            if not _bundled:
                _bundled.append(_read_bundled())
        return _bundled[0]
    from pathlib import Path

    folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(
            f"{str(folder)!r} is not a folder; load() reads a folder written by sinorussia.dump()"
        )

    def reader(name: str) -> bytes | None:
        try:
            return (folder / name).read_bytes()
        except FileNotFoundError:
            return None

    return read(reader, str(folder))


def _read_bundled() -> Dataset:
    """Read the data shipped in the package.

    The checksum of the bundled files is checked by the test suite, not on every load.
    """
    from ._resources import read_data_file

    return read(read_data_file, "the bundled data", verify=False)


def _format(value: Any, indent: str = "") -> str:
    """JSON with one field per line and short lists of plain values on one line (diff-friendly)."""
    import json

    inner = indent + " "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(k)}: {_format(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, dict | list) for v in value):
            return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
        return "[\n" + ",\n".join(inner + _format(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False)


def encode(dataset: Dataset) -> dict[str, bytes]:
    """The bytes of every file of a data folder holding *dataset*."""
    from .serialize import make_converter

    conv = make_converter()
    blobs = {}
    for name, _ in COLLECTIONS:
        records = [conv.unstructure(r) for r in getattr(dataset, name)]
        records = [{"id": r["id"], **{k: v for k, v in r.items() if k != "id"}} for r in records]
        blobs[name] = (_format(records) + "\n").encode()
    meta = {"format": FORMAT, "data_version": dataset.data_version, "checksum": checksum(blobs)}
    blobs_out = {f"{name}.json": blob for name, blob in blobs.items()}
    blobs_out[META] = (_format(meta) + "\n").encode()
    return blobs_out


def dump(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write *dataset* as a data folder at *path*, so that ``load(path) == dataset``.

    The folder is created if needed. Nothing the user owns is overwritten: *path* must be
    missing, empty, or a data folder written before (it has ``dataset.json``); other files
    in it are left alone. Every file is first written beside its target and then moved into
    place, so an interrupted dump never leaves a half-written file.

    Raises:
        ~sinorussia.UnsafeWriteError: *path* exists and is not empty and not a data folder, or is a file.

    >>> import sinorussia, tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "mydata"
    >>> sinorussia.dump(sinorussia.load(), target)
    >>> sinorussia.load(target) == sinorussia.load()
    True
    """
    from pathlib import Path

    folder = Path(path)
    if folder.exists():
        if not folder.is_dir():
            raise UnsafeWriteError(folder, "is a file; dump() writes a folder")
        if any(folder.iterdir()) and not (folder / META).is_file():
            raise UnsafeWriteError(
                folder,
                f"is not empty and holds no {META}; dump() will not write among files it did not write",
            )
    folder.mkdir(parents=True, exist_ok=True)
    blobs = encode(dataset)
    temps: list[tuple[Path, Path]] = []
    try:
        for name, blob in blobs.items():
            target = folder / name
            temp = folder / f".{name}.tmp-{os.getpid()}"
            temp.write_bytes(blob)
            temps.append((temp, target))
        for temp, target in sorted(temps, key=lambda t: t[1].name == META):
            os.replace(temp, target)
    except BaseException:
        for temp, _ in temps:
            temp.unlink(missing_ok=True)
        raise
