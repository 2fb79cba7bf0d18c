"""Reading the files in ``sinorussia/data``, fast on disk and still working from a zip."""

from __future__ import annotations

import os

_HERE = os.path.join(os.path.dirname(__file__), "data")


def read_data_file(name: str) -> bytes | None:
    """The bytes of ``data/<name>`` in the package, or ``None`` if there is no such file.

    A normal install has the files on disk and they are opened directly (importing
    importlib.resources would cost more than reading them); importlib.resources is the
    fallback for a package imported from a zip.
    """
    if os.path.isdir(_HERE):
        try:
            with open(os.path.join(_HERE, name), "rb") as f:
                return f.read()
        except FileNotFoundError:
            return None
    from importlib.resources import files  # pragma: no cover - only inside a zip

    item = files("sinorussia").joinpath("data", name)  # pragma: no cover
    return item.read_bytes() if item.is_file() else None  # pragma: no cover
