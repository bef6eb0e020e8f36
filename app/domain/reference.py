"""Reference data: complaint categories and government agencies (Contact Points).

The bundled set lives in ``resources/data/categories.json`` and ``agencies.json``; the center can send a
newer set (``GET /v1/reference``), which ``ReferenceData.from_dict`` reads. Codes are stable: a record
keeps the code, and a renamed agency keeps its code. Both files carry the same ``version``; the set's
version is the higher of the two.

Format::

    {"version": 1, "categories": [{"code", "name_th", "name_en", "suggested_agencies": [code, …]}, …]}
    {"version": 1, "agencies":   [{"code", "name_th", "name_en", "contact_point": bool}, …]}
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any


@dataclass(frozen=True)
class Category:
    """A complaint category (หมวดเรื่อง)."""

    code: str
    name_th: str
    name_en: str
    suggested_agencies: tuple[str, ...] = ()  # agency codes usually responsible, best first


@dataclass(frozen=True)
class Agency:
    """A government agency; ``contact_point`` when it is part of the 1111 Contact Point network, so a case
    can be forwarded to it."""

    code: str
    name_th: str
    name_en: str
    contact_point: bool


class ReferenceDataError(ValueError):
    """A reference data set is malformed (missing field, duplicate code, unknown suggested agency)."""


@dataclass(frozen=True)
class ReferenceData:
    """Categories and agencies, in their display order, looked up by code."""

    version: int
    categories: tuple[Category, ...]
    agencies: tuple[Agency, ...]
    _category_by_code: Mapping[str, Category] = field(init=False, repr=False, compare=False)
    _agency_by_code: Mapping[str, Agency] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        cats = {c.code: c for c in self.categories}
        ags = {a.code: a for a in self.agencies}
        if len(cats) != len(self.categories):
            raise ReferenceDataError("duplicate category code")
        if len(ags) != len(self.agencies):
            raise ReferenceDataError("duplicate agency code")
        for c in self.categories:
            for code in c.suggested_agencies:
                if code not in ags:
                    raise ReferenceDataError(f"category {c.code} suggests unknown agency {code}")
        object.__setattr__(self, "_category_by_code", cats)
        object.__setattr__(self, "_agency_by_code", ags)

    def category(self, code: str) -> Category | None:
        """The category with this code, or ``None``."""
        return self._category_by_code.get(code)

    def agency(self, code: str) -> Agency | None:
        """The agency with this code, or ``None``."""
        return self._agency_by_code.get(code)

    @property
    def contact_points(self) -> tuple[Agency, ...]:
        """The agencies a case can be forwarded to."""
        return tuple(a for a in self.agencies if a.contact_point)

    def suggested_agencies(self, category_code: str) -> tuple[Agency, ...]:
        """The agencies usually responsible for a category, best first (empty for an unknown code)."""
        c = self.category(category_code)
        if c is None:
            return ()
        return tuple(self._agency_by_code[code] for code in c.suggested_agencies)

    @classmethod
    def from_dict(cls, categories: Mapping[str, Any], agencies: Mapping[str, Any]) -> ReferenceData:
        """A set from the two JSON documents (parsed); ``ReferenceDataError`` when malformed."""
        try:
            version = max(int(categories["version"]), int(agencies["version"]))
            cats = tuple(
                Category(
                    code=str(c["code"]),
                    name_th=str(c["name_th"]),
                    name_en=str(c["name_en"]),
                    suggested_agencies=tuple(str(a) for a in c.get("suggested_agencies", ())),
                )
                for c in _rows(categories, "categories")
            )
            ags = tuple(
                Agency(
                    code=str(a["code"]),
                    name_th=str(a["name_th"]),
                    name_en=str(a["name_en"]),
                    contact_point=bool(a.get("contact_point", False)),
                )
                for a in _rows(agencies, "agencies")
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ReferenceDataError(f"malformed reference data: {exc!r}") from exc
        return cls(version=version, categories=cats, agencies=ags)

    def to_dicts(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The two JSON documents of this set (inverse of ``from_dict``)."""
        return (
            {
                "version": self.version,
                "categories": [
                    {
                        "code": c.code,
                        "name_th": c.name_th,
                        "name_en": c.name_en,
                        "suggested_agencies": list(c.suggested_agencies),
                    }
                    for c in self.categories
                ],
            },
            {
                "version": self.version,
                "agencies": [
                    {
                        "code": a.code,
                        "name_th": a.name_th,
                        "name_en": a.name_en,
                        "contact_point": a.contact_point,
                    }
                    for a in self.agencies
                ],
            },
        )

    @classmethod
    def load_bundled(cls) -> ReferenceData:
        """The set shipped in ``resources/data`` (read once, then shared: it is immutable)."""
        return _bundled()


def _rows(doc: Mapping[str, Any], key: str) -> Sequence[Mapping[str, Any]]:
    rows = doc[key]
    if not isinstance(rows, list):
        raise TypeError(f"{key} must be a list")
    return rows


def read_bundled_json(name: str) -> Any:
    """A JSON file from ``resources/data`` (located through the ``resources`` package)."""
    return json.loads(files("resources").joinpath("data", name).read_text(encoding="utf-8"))


@cache
def _bundled() -> ReferenceData:
    return ReferenceData.from_dict(read_bundled_json("categories.json"), read_bundled_json("agencies.json"))
