"""GeoJSON (RFC 7946): records placed by the coordinates of their places.

A summit or an agreement is a ``Point`` at its place; an exercise a ``MultiPoint`` of the
places it was held in that have coordinates. Records with no place with coordinates are
left out (sea areas and regions have none unless a source gives them). Coordinates are
longitude, latitude in WGS 84, as RFC 7946 requires.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._entities import Place
from ._models import Agreement, Exercise, Summit
from ._tables import columns_of, text_value

__all__ = ["geojson"]


def _properties(record: Any, places: list[Place]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for name, kind, get, _ in columns_of(type(record)):
        value = get(record)
        if kind in ("date", "number") and value is not None:
            value = text_value(value)
        props[name] = value
    props["place_names"] = ";".join(p.name for p in places)
    return props


def geojson(records: Iterable[Any], places: Mapping[str, Place]) -> dict[str, Any]:
    """A GeoJSON ``FeatureCollection`` of *records*, placed through *places* (id -> Place)."""
    features = []
    for r in records:
        if isinstance(r, Summit | Agreement):
            ids: tuple[str, ...] = (r.place,) if r.place else ()
        elif isinstance(r, Exercise):
            ids = r.places
        else:
            continue
        located = [
            p
            for pid in ids
            if (p := places.get(pid)) is not None
            and p.latitude is not None
            and p.longitude is not None
        ]
        if not located:
            continue
        points = [[p.longitude, p.latitude] for p in located]
        geometry = (
            {"type": "Point", "coordinates": points[0]}
            if isinstance(r, Summit | Agreement)
            else {"type": "MultiPoint", "coordinates": points}
        )
        features.append(
            {
                "type": "Feature",
                "id": r.id,
                "geometry": geometry,
                "properties": _properties(r, located),
            }
        )
    return {"type": "FeatureCollection", "features": features}
