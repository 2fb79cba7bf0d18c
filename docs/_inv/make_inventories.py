"""Write the small intersphinx inventories the docs link to, so the build needs no network.

CI machines reach package registries only, so the docs cannot fetch ``objects.inv`` from
docs.python.org and friends. These hand-made inventories list exactly the external names
our docs refer to, with their real addresses. Run after adding a reference::

    python docs/_inv/make_inventories.py
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).parent

INVENTORIES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "python": (
        "Python",
        [
            ("datetime.date", "py:class", "library/datetime.html#datetime.date"),
            ("decimal.Decimal", "py:class", "library/decimal.html#decimal.Decimal"),
            ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
            ("TypeError", "py:exception", "library/exceptions.html#TypeError"),
            ("LookupError", "py:exception", "library/exceptions.html#LookupError"),
            ("FileExistsError", "py:exception", "library/exceptions.html#FileExistsError"),
            ("FileNotFoundError", "py:exception", "library/exceptions.html#FileNotFoundError"),
            ("AttributeError", "py:exception", "library/exceptions.html#AttributeError"),
            ("Exception", "py:exception", "library/exceptions.html#Exception"),
            ("str", "py:class", "library/stdtypes.html#str"),
            ("int", "py:class", "library/functions.html#int"),
            ("bool", "py:class", "library/functions.html#bool"),
            ("float", "py:class", "library/functions.html#float"),
            ("tuple", "py:class", "library/stdtypes.html#tuple"),
            ("list", "py:class", "library/stdtypes.html#list"),
            ("dict", "py:class", "library/stdtypes.html#dict"),
            ("type", "py:class", "library/functions.html#type"),
            ("object", "py:class", "library/functions.html#object"),
            ("bytes", "py:class", "library/stdtypes.html#bytes"),
            ("frozenset", "py:class", "library/stdtypes.html#frozenset"),
            ("None", "py:data", "library/constants.html#None"),
            (
                "collections.abc.Sequence",
                "py:class",
                "library/collections.abc.html#collections.abc.Sequence",
            ),
            (
                "collections.abc.Iterable",
                "py:class",
                "library/collections.abc.html#collections.abc.Iterable",
            ),
            (
                "collections.abc.Mapping",
                "py:class",
                "library/collections.abc.html#collections.abc.Mapping",
            ),
            ("os.PathLike", "py:class", "library/os.html#os.PathLike"),
            ("typing.Any", "py:data", "library/typing.html#typing.Any"),
            ("typing.Literal", "py:data", "library/typing.html#typing.Literal"),
            ("typing.Final", "py:data", "library/typing.html#typing.Final"),
        ],
    ),
    "attrs": ("attrs", [("attrs.frozen", "py:function", "api.html#attrs.frozen")]),
    "cattrs": (
        "cattrs",
        [
            ("cattrs.Converter", "py:class", "cattrs.html#cattrs.Converter"),
            ("cattrs.converters.Converter", "py:class", "cattrs.html#cattrs.Converter"),
        ],
    ),
}


def main() -> None:
    for key, (project, entries) in INVENTORIES.items():
        head = (
            "# Sphinx inventory version 2\n"
            f"# Project: {project}\n# Version: \n"
            "# The remainder of this file is compressed using zlib.\n"
        ).encode()
        body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in entries).encode()
        (HERE / f"{key}.inv").write_bytes(head + zlib.compress(body))


if __name__ == "__main__":
    main()
