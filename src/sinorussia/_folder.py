"""Data folders: the on-disk format, reading one (the bundled data too), and writing one.

A data folder holds ``dataset.json`` (format, data version, checksum), one JSON array per
collection (``sources.json``, ``agreements.json``, ``summits.json``, ``exercises.json``,
``trade_figures.json``) and the entities records refer to (``people.json``,
``places.json``).
"""

from __future__ import annotations

import _thread
import contextlib
import datetime as dt
import os
import re
import shutil
import types
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ._dataset import COLLECTIONS, ENTITIES, NAMES, Dataset, check_integrity
from ._names import Names, bundled_names
from ._structure import BAD, decode_json, gc_paused, structure_record
from ._unstructure import unstructure
from .exceptions import DataError, Problem, UnsafeWriteError

__all__ = ["FILES", "FORMAT", "build", "dump", "encode", "load", "read"]

FORMAT = 2
META = "dataset.json"
#: every file of a data folder but dataset.json, in checksum order
FILES: tuple[str, ...] = NAMES


def build(
    raw: Mapping[str, Any],
    problems: list[Problem],
    *,
    path: Callable[[str], str] = lambda name: name,
    container: Callable[[str], str] = lambda name: f"{name}.json",
    data_version: str | None = None,
    current_to: Mapping[str, dt.date] | None = None,
    names: Names | None = None,
) -> Dataset | None:
    """Structure the JSON arrays in *raw* (by file name without ``.json``) into a dataset.

    Every problem goes to *problems*, with its path (``path(name)`` gives the prefix of a
    collection's paths: ``summits`` for a folder, ``$.summits`` for a JSON text). Returns
    ``None`` when there are problems. Missing entity lists use *names* (or the bundled ones).
    """
    already = len(problems)  # e.g. a checksum mismatch, which must not hide the rest
    parsed: dict[str, tuple[Any, ...]] = {}
    for name, cls in [(n, c) for n, c, _ in COLLECTIONS] + list(ENTITIES):
        if name not in raw:
            continue
        value = raw[name]
        if not isinstance(value, list):
            problems.append(
                Problem(
                    container(name),
                    f"holds {type(value).__name__}; expected a JSON array of records",
                )
            )
            continue
        out = []
        for i, item in enumerate(value):
            before = len(problems)
            record = structure_record(cls, item, f"{path(name)}[{i}]", problems)
            if record is BAD:
                rid = item.get("id") if isinstance(item, dict) else None
                if isinstance(rid, str):
                    problems[before:] = [
                        Problem(p.path, f"{p.message} (record {rid!r})") for p in problems[before:]
                    ]
            else:
                out.append(record)
        parsed[name] = tuple(out)
    if len(problems) > already:
        return None
    base = names or bundled_names()
    people = parsed.get("people", tuple(base.people.values()))
    places = parsed.get("places", tuple(base.places.values()))
    parsed["people"], parsed["places"] = people, places
    for name, _, _ in COLLECTIONS:
        parsed.setdefault(name, ())
    integrity = check_integrity(parsed)
    if integrity:
        problems.extend(Problem(_rebase(p.path, path), p.message) for p in integrity)
    if problems:
        return None
    own = Names(people, places, {s.id: s for s in parsed["sources"]})
    return Dataset._checked(
        **{name: kind(parsed[name], names=own) for name, _, kind in COLLECTIONS},
        people=people,
        places=places,
        data_version=data_version,
        current_to=types.MappingProxyType(dict(current_to or {})),
    )


def _rebase(p: str, path: Callable[[str], str]) -> str:
    name, sep, rest = p.partition("[")
    return path(name) + sep + rest


def checksum(blobs: Mapping[str, bytes]) -> str:
    """The checksum of the data files, as written in ``dataset.json``."""
    import hashlib

    h = hashlib.sha256()
    for name in FILES:
        h.update(name.encode() + b"\0" + blobs.get(name, b"") + b"\0")
    return "sha256:" + h.hexdigest()


class FileProblem(Exception):
    """A file of a data folder that cannot be read as a data file (raised by a reader)."""


MAX_FILE_SIZE = 256 * 1024 * 1024


@gc_paused
def read(reader: Callable[[str], bytes | None], origin: str, *, verify: bool = True) -> Dataset:
    """Read a data folder through *reader* (file name -> bytes, or ``None`` if missing).

    A reader may raise :class:`FileProblem` for a file it cannot read; that becomes a
    problem of the report like any other.
    """
    problems: list[Problem] = []

    def safe(name: str) -> bytes | None:
        try:
            return reader(name)
        except FileProblem as exc:
            problems.append(Problem(name, str(exc)))
            return b"\0"  # neither missing nor readable: reported once, not parsed

    meta_blob = safe(META)
    meta: Any = BAD
    if meta_blob is None:
        problems.append(
            Problem(META, "is missing; a data folder needs it (write one with sinorussia.dump)")
        )
    elif meta_blob != b"\0":
        meta = decode_json(meta_blob, META, problems)
    blobs: dict[str, bytes] = {}
    for name in FILES:
        blob = safe(f"{name}.json")
        if blob is None:
            problems.append(Problem(f"{name}.json", "is missing; write [] for an empty collection"))
        elif blob != b"\0":
            blobs[name] = blob
    data_version, current_to = None, None
    if meta is not BAD:
        data_version, current_to = _check_meta(meta, blobs, problems, verify=verify)
    raw: dict[str, Any] = {}
    for name, blob in blobs.items():
        value = decode_json(blob, f"{name}.json", problems)
        if value is not BAD:
            raw[name] = value
    dataset = build(raw, problems, data_version=data_version, current_to=current_to)
    if problems or dataset is None:
        raise DataError(problems, origin=origin)
    return dataset


META_FIELDS = ("format", "data_version", "current_to", "checksum")


def current_to_of(value: Any, where: str, problems: list[Problem]) -> dict[str, dt.date]:
    """The ``current_to`` map of a dataset.json: kind of record -> the day, ``YYYY-MM-DD``."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(Problem(where, "is not an object of kind -> YYYY-MM-DD"))
        return {}
    kinds = [n for n, _, _ in COLLECTIONS]
    out: dict[str, dt.date] = {}
    for kind, day in value.items():
        if kind not in kinds:
            problems.append(
                Problem(
                    f"{where}.{kind}",
                    f"is not a kind of record; expected one of {', '.join(kinds)}",
                )
            )
        elif isinstance(day, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            try:
                out[kind] = dt.date.fromisoformat(day)
            except ValueError:
                problems.append(Problem(f"{where}.{kind}", f"{day!r} is not a real day"))
        else:
            problems.append(Problem(f"{where}.{kind}", f"{day!r} is not a day written YYYY-MM-DD"))
    return out


def _check_meta(
    meta: Any, blobs: dict[str, bytes], problems: list[Problem], *, verify: bool
) -> tuple[str | None, dict[str, dt.date]]:
    if not isinstance(meta, dict):
        problems.append(
            Problem(META, "is not a JSON object with format, data_version and checksum")
        )
        return None, {}
    for key in sorted(set(meta) - set(META_FIELDS)):
        problems.append(
            Problem(f"{META}.{key}", f"is not a field; known fields: {', '.join(META_FIELDS)}")
        )
    if type(meta.get("format")) is not int or meta.get("format") != FORMAT:
        hint = (
            "; it was written by sinorussia 0.1 (see the upgrade notes in the changelog)"
            if meta.get("format") == 1
            else ""
        )
        problems.append(
            Problem(
                f"{META}.format",
                f"{meta.get('format')!r} is not a format this version reads; expected {FORMAT}{hint}",
            )
        )
    version = meta.get("data_version")
    if version is not None and not isinstance(version, str):
        problems.append(Problem(f"{META}.data_version", f"{version!r} is not text"))
        version = None
    stated = meta.get("checksum")
    if verify and stated is not None and len(blobs) == len(FILES):
        actual = checksum(blobs)
        if stated != actual:
            problems.append(
                Problem(
                    f"{META}.checksum",
                    f"{stated!r} does not match the files ({actual!r}); they changed after they were "
                    "written. If the change is yours, set checksum to the new value or remove it",
                )
            )
    return version, current_to_of(meta.get("current_to"), f"{META}.current_to", problems)


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
        if not _bundled:
            with _lock:
                if not _bundled:
                    _bundled.append(_read_bundled())
        return _bundled[0]
    folder = Path(path)
    if _siblings(folder, "new") or _siblings(folder, "old"):
        # a dump was interrupted: finish it (or undo it); read-only, or being written: leave it
        with contextlib.suppress(OSError, UnsafeWriteError), _WriterLock(folder):
            _recover(folder)
    if not folder.is_dir():
        raise FileNotFoundError(
            f"{str(folder)!r} is not a folder; load() reads a folder written by sinorussia.dump()"
        )

    return read(lambda name: _read_file(folder / name), str(folder))


def _read_file(path: Any) -> bytes | None:
    """The bytes of a regular file of at most MAX_FILE_SIZE; ``None`` if there is none."""
    import stat

    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FileProblem(f"cannot be read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise FileProblem(f"is {kind}; a data file is a regular JSON file")
    if st.st_size > MAX_FILE_SIZE:
        raise FileProblem(f"is {st.st_size} bytes; data files are at most {MAX_FILE_SIZE}")
    try:
        with open(path, "rb") as f:
            blob = f.read(st.st_size + 1)  # not MAX_FILE_SIZE: read() allocates what it is asked
    except OSError as exc:
        raise FileProblem(f"cannot be read: {exc.strerror or exc}") from None
    if len(blob) > st.st_size:
        raise FileProblem("grew while it was read; read it again when it is complete")
    return blob


@gc_paused
def _read_bundled() -> Dataset:
    """Read the data shipped in the package (people and places shared with the gazetteer).

    The checksum of the bundled files is checked by the test suite, not on every load.
    """
    from ._resources import read_data_file

    problems: list[Problem] = []
    raw: dict[str, Any] = {}  # people and places come from the gazetteer, read once
    meta = decode_json(read_data_file(META) or b"", META, problems)
    for name, _, _ in COLLECTIONS:
        value = decode_json(read_data_file(f"{name}.json") or b"", f"{name}.json", problems)
        if value is not BAD:
            raw[name] = value
    version = meta.get("data_version") if isinstance(meta, dict) else None
    current_to = current_to_of(
        meta.get("current_to") if isinstance(meta, dict) else None, META, problems
    )
    dataset = build(
        raw, problems, data_version=version, current_to=current_to, names=bundled_names()
    )
    if problems or dataset is None:  # pragma: no cover - the test suite checks the bundled data
        raise DataError(problems, origin="the bundled data")
    return dataset


def _format(value: Any, indent: str = "") -> str:
    """JSON with one field per line and short lists of plain values on one line (diff-friendly)."""
    from json.encoder import encode_basestring, encode_basestring_ascii

    return _formatter(encode_basestring, encode_basestring_ascii)(value, indent)


def _formatter(text: Callable[[str], str], key: Callable[[str], str]) -> Callable[[Any, str], str]:
    import json

    def scalar(v: Any) -> str:
        if type(v) is str:
            return text(v)
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if type(v) is int:
            return int.__repr__(v)
        return json.dumps(v, ensure_ascii=False)

    def fmt(value: Any, indent: str) -> str:
        inner = indent + " "
        if isinstance(value, dict):
            if not value:
                return "{}"
            items = [f"{inner}{key(k)}: {fmt(v, inner)}" for k, v in value.items()]
            return "{\n" + ",\n".join(items) + "\n" + indent + "}"
        if isinstance(value, list):
            if not value:
                return "[]"
            if all(not isinstance(v, dict | list) for v in value):
                return "[" + ", ".join(map(scalar, value)) + "]"
            return "[\n" + ",\n".join(inner + fmt(v, inner) for v in value) + "\n" + indent + "]"
        return scalar(value)

    return fmt


@gc_paused
def encode(dataset: Dataset) -> dict[str, bytes]:
    """The bytes of every file of a data folder holding *dataset*."""
    blobs = {
        name: (_format([unstructure(r) for r in getattr(dataset, name)]) + "\n").encode()
        for name in FILES
    }
    meta: dict[str, Any] = {"format": FORMAT, "data_version": dataset.data_version}
    if dataset.current_to:
        meta["current_to"] = {k: v.isoformat() for k, v in sorted(dataset.current_to.items())}
    meta["checksum"] = checksum(blobs)
    out = {f"{name}.json": blob for name, blob in blobs.items()}
    out[META] = (_format(meta) + "\n").encode()
    return out


_COMPLETE = ".sinorussia-complete"


def _siblings(folder: Path, kind: str) -> list[Path]:
    return sorted(folder.parent.glob(f".{folder.name}.sinorussia-{kind}-*"))


def _is_ours(meta_file: Path) -> bool:
    """Whether *meta_file* is a dataset.json that sinorussia writes."""
    problems: list[Problem] = []
    try:
        meta = decode_json(_read_file(meta_file) or b"", META, problems)
    except FileProblem:
        return False
    return (
        isinstance(meta, dict) and type(meta.get("format")) is int and set(meta) <= set(META_FIELDS)
    )


def _recover(folder: Path) -> None:
    """Finish or undo a dump that was interrupted (a crash, a kill) before its last step.

    A dump writes the new folder beside the old one, marks it complete, moves the user's
    other files into it, then swaps the two folders. Whatever step it stopped at, the data
    folder ends up holding either the old dataset or the new one, never a mix.
    """
    complete = [p for p in _siblings(folder, "new") if (p / _COMPLETE).is_file()]
    if complete:
        new = complete[-1]
        if folder.is_dir():
            _move_user_files(folder, new)
            old = folder.parent / f".{folder.name}.sinorussia-old-{uuid.uuid4().hex}"
            os.rename(folder, old)
        os.rename(new, folder)
        (folder / _COMPLETE).unlink(missing_ok=True)
    elif not folder.exists():
        olds = _siblings(folder, "old")
        if olds:
            os.rename(olds[-1], folder)
    for leftover in [*_siblings(folder, "new"), *_siblings(folder, "old")]:
        shutil.rmtree(leftover, ignore_errors=True)


def _move_user_files(folder: Path, new: Path) -> None:
    """Move the entries of *folder* that dump() does not write into *new*."""
    ours = {f"{n}.json" for n in FILES} | {META}
    for entry in list(folder.iterdir()):
        if entry.name not in ours and not (new / entry.name).exists():
            os.rename(entry, new / entry.name)


class _WriterLock:
    """One dump() at a time per folder, across threads and processes (advisory lock file)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder.parent / f".{folder.name}.sinorussia-lock"
        self.fd: int | None = None

    def __enter__(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise UnsafeWriteError(
                self.path.parent / self.path.name[1:].split(".sinorussia-lock")[0],
                "is being written by another dump() right now; try again when it has finished",
            ) from None
        except ImportError:  # pragma: no cover - platforms without flock
            pass
        self.fd = fd

    def __exit__(self, *_: object) -> None:
        assert self.fd is not None
        os.close(self.fd)  # releases the lock
        self.path.unlink(missing_ok=True)


def dump(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write *dataset* as a data folder at *path*, so that ``load(path) == dataset``.

    The folder is replaced as a whole: the new files are written into a folder beside it,
    which then takes its place, so a reader sees the old dataset or the new one, never a
    mix, and a dump stopped at any point (an error, a full disk, a kill) leaves the old
    dataset in place or is finished by the next :func:`load` or :func:`dump`. Nothing the
    user owns is overwritten or lost: *path* must be missing, empty, or a data folder
    written before (its ``dataset.json`` is sinorussia's); other files in it are kept.
    Two dumps to one folder at once are refused, not interleaved.

    Raises:
        ~sinorussia.UnsafeWriteError: *path* is a file, holds files but no sinorussia
            ``dataset.json``, or another dump is writing to it.
        ~sinorussia.InvalidArgumentError: *dataset* is not a :class:`Dataset`.

    >>> import sinorussia, tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "mydata"
    >>> sinorussia.dump(sinorussia.load(), target)
    >>> sinorussia.load(target) == sinorussia.load()
    True
    """
    from .exceptions import InvalidArgumentError

    if not isinstance(dataset, Dataset):
        raise InvalidArgumentError(
            "dataset", dataset, f"{type(dataset).__name__} is not a Dataset; load() gives one"
        )
    folder = Path(path)
    blobs = encode(dataset)  # before anything is created
    with _WriterLock(folder):
        _recover(folder)
        if folder.exists():
            if not folder.is_dir():
                raise UnsafeWriteError(folder, "is a file; dump() writes a folder")
            if any(folder.iterdir()) and not _is_ours(folder / META):
                raise UnsafeWriteError(
                    folder,
                    f"is not empty and holds no {META} written by sinorussia; dump() will not "
                    "write among files it did not write",
                )
        new = folder.parent / f".{folder.name}.sinorussia-new-{uuid.uuid4().hex}"
        new.mkdir()
        try:
            for name, blob in blobs.items():
                with open(new / name, "wb") as f:
                    f.write(blob)
                    f.flush()
                    os.fsync(f.fileno())
            (new / _COMPLETE).write_bytes(b"")
        except BaseException:
            shutil.rmtree(new, ignore_errors=True)
            raise
        _recover(folder)  # from here on the dump is finished even if this process dies
