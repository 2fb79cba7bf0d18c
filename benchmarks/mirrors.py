"""Reference models mirroring sinorussia's Summit field for field, for the benchmarks.

They make the same checks (EDTF dates parsed, country codes checked, at least one citation,
no unknown keys), so that timings compare like with like.
"""

from typing import Annotated, Any, Literal

import sinorussia


def _edtf(value: str) -> str:
    sinorussia.UncertainDate.parse(value)
    return value


def _code(value: str) -> str:
    sinorussia.country(value)
    return value


ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
LOCATOR = (
    r"^(?:(?:p|para|art|sec|fig)\. ?[0-9A-Za-z]+(?:[-–][0-9A-Za-z]+)?"
    r"|(?:pp|paras|arts|secs)\. ?[0-9A-Za-z]+[-–][0-9A-Za-z]+"
    r"|(?:table|row) [0-9A-Za-z]+|headline|caption)$"
)
TEXT = r"^\S(?:[\s\S]*\S)?$"  # non-empty, no surrounding spaces
VERSION = r"^\d{4}\.\d{1,2}\.\d+$"


def _organisation(value: str) -> str:
    sinorussia.organisation(value)
    return value


def pydantic_summit() -> Any:
    """The pydantic v2 Summit model (ImportError without pydantic).

    Field for field the same as ``sinorussia.Summit``, with the same checks: ids, locators
    and data versions by pattern, text non-empty without surrounding spaces, EDTF dates
    parsed, country and organisation codes looked up, closed vocabularies as literals, at
    least one citation and one participant, no unknown keys, no coercion.
    """
    import typing

    import pydantic
    from pydantic import AfterValidator, Field, StringConstraints

    Id = Annotated[str, StringConstraints(pattern=ID)]
    Text = Annotated[str, StringConstraints(pattern=TEXT)]
    Locator = Annotated[str, StringConstraints(pattern=LOCATOR)]
    Edtf = Annotated[str, AfterValidator(_edtf)]
    Code = Annotated[str, AfterValidator(_code)]
    Org = Annotated[str, AfterValidator(_organisation)]
    strict = pydantic.ConfigDict(extra="forbid", strict=True, frozen=True)
    kinds = typing.get_args(sinorussia.SummitKind)
    levels = typing.get_args(sinorussia.Level)

    class Citation(pydantic.BaseModel):
        model_config = strict
        source_id: Id
        locator: Locator
        via: Id | None = None
        note: Text | None = None

    class Summit(pydantic.BaseModel):
        model_config = strict
        id: Id
        date: Edtf
        summary: Text
        citations: Annotated[tuple[Citation, ...], Field(min_length=1)]
        errata: tuple[dict[str, Any], ...] = ()
        disagreements: tuple[dict[str, Any], ...] = ()
        inferred: tuple[Text, ...] = ()
        former_ids: tuple[Id, ...] = ()
        verified: Annotated[str, StringConstraints(pattern=VERSION)] | None = None
        participants: Annotated[tuple[Code, ...], Field(min_length=1)]
        people: tuple[Id, ...] = ()
        mode: Literal["in-person", "video", "phone"] = "in-person"
        kind: Literal[kinds] | None = None  # type: ignore[valid-type]
        level: Literal[levels] = "heads-of-state"  # type: ignore[valid-type]
        number: Annotated[int, Field(ge=1, le=10**9)] | None = None
        place: Id | None = None
        country: Code | None = None
        framework: Org | None = None
        occasion: Text | None = None

    return Summit


def msgspec_summits_loader() -> Any:
    """A msgspec decoder of a list of summits with the same checks (for context)."""
    import typing

    import msgspec
    from msgspec import Meta

    Id = Annotated[str, Meta(pattern=ID)]
    Text = Annotated[str, Meta(pattern=TEXT)]
    Locator = Annotated[str, Meta(pattern=LOCATOR)]
    kinds = typing.get_args(sinorussia.SummitKind)
    levels = typing.get_args(sinorussia.Level)

    class Citation(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
        source_id: Id
        locator: Locator
        via: Id | None = None
        note: Text | None = None

    class Summit(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
        id: Id
        date: str
        summary: Text
        citations: Annotated[tuple[Citation, ...], Meta(min_length=1)]
        participants: Annotated[tuple[str, ...], Meta(min_length=1)]
        errata: tuple[dict[str, Any], ...] = ()
        disagreements: tuple[dict[str, Any], ...] = ()
        inferred: tuple[Text, ...] = ()
        former_ids: tuple[Id, ...] = ()
        verified: Annotated[str, Meta(pattern=VERSION)] | None = None
        people: tuple[Id, ...] = ()
        mode: Literal["in-person", "video", "phone"] = "in-person"
        kind: Literal[kinds] | None = None  # type: ignore[valid-type]
        level: Literal[levels] = "heads-of-state"  # type: ignore[valid-type]
        number: Annotated[int, Meta(ge=1, le=10**9)] | None = None
        place: Id | None = None
        country: str | None = None
        framework: str | None = None
        occasion: Text | None = None

    decoder = msgspec.json.Decoder(list[Summit])

    def load(blob: bytes) -> object:
        out = decoder.decode(blob)
        for s in out:
            _edtf(s.date)
            for c in (*s.participants, *([s.country] if s.country else [])):
                _code(c)
            if s.framework is not None:
                _organisation(s.framework)
        return out

    return load
