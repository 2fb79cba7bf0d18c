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


def pydantic_summit() -> Any:
    """The pydantic v2 Summit model (ImportError without pydantic)."""
    import pydantic

    Edtf = Annotated[str, pydantic.AfterValidator(_edtf)]
    Code = Annotated[str, pydantic.AfterValidator(_code)]
    strict = pydantic.ConfigDict(extra="forbid", strict=True, frozen=True)

    class Citation(pydantic.BaseModel):
        model_config = strict
        source_id: str
        locator: str
        via: str | None = None
        note: str | None = None

    class Summit(pydantic.BaseModel):
        model_config = strict
        id: str
        date: Edtf
        summary: str
        citations: Annotated[tuple[Citation, ...], pydantic.Field(min_length=1)]
        errata: tuple[dict[str, Any], ...] = ()
        disagreements: tuple[dict[str, Any], ...] = ()
        inferred: tuple[str, ...] = ()
        former_ids: tuple[str, ...] = ()
        verified: str | None = None
        participants: Annotated[tuple[Code, ...], pydantic.Field(min_length=1)]
        people: tuple[str, ...] = ()
        mode: Literal["in-person", "video", "phone"] = "in-person"
        kind: str | None = None
        level: str = "heads-of-state"
        number: int | None = None
        place: str | None = None
        country: Code | None = None
        framework: str | None = None
        occasion: str | None = None

    return Summit


def msgspec_summits_loader() -> Any:
    """A msgspec decoder of a list of summits plus the same date and code checks."""
    import msgspec

    class Citation(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
        source_id: str
        locator: str
        via: str | None = None
        note: str | None = None

    class Summit(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
        id: str
        date: str
        summary: str
        citations: tuple[Citation, ...]
        participants: tuple[str, ...]
        errata: tuple[dict[str, Any], ...] = ()
        disagreements: tuple[dict[str, Any], ...] = ()
        inferred: tuple[str, ...] = ()
        former_ids: tuple[str, ...] = ()
        verified: str | None = None
        people: tuple[str, ...] = ()
        mode: str = "in-person"
        kind: str | None = None
        level: str = "heads-of-state"
        number: int | None = None
        place: str | None = None
        country: str | None = None
        framework: str | None = None
        occasion: str | None = None

    decoder = msgspec.json.Decoder(list[Summit])

    def load(blob: bytes) -> object:
        out = decoder.decode(blob)
        for s in out:
            _edtf(s.date)
            for c in s.participants:
                _code(c)
        return out

    return load
