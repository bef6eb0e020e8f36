"""Reference data for the forms: categories, agencies (Contact Points), provinces and addresses.

A thin pass-through so the UI reads reference data through services like everything else, and a newer
set from the center can be swapped in at one place (``replace``).
"""

from __future__ import annotations

from app.domain import geo
from app.domain.geo import AddressMatch
from app.domain.reference import Agency, Category, ReferenceData
from app.services.context import AppContext


class ReferenceService:
    """Read access to the reference data of the open counter."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    @property
    def data(self) -> ReferenceData:
        """The current reference data set."""
        return self._ctx.reference

    def categories(self) -> tuple[Category, ...]:
        """Complaint categories in their bundled order."""
        return self._ctx.reference.categories

    def agencies(self) -> tuple[Agency, ...]:
        """All agencies."""
        return self._ctx.reference.agencies

    def contact_points(self) -> tuple[Agency, ...]:
        """Agencies a case can be forwarded to."""
        return self._ctx.reference.contact_points

    def suggested_agencies(self, category_code: str) -> tuple[Agency, ...]:
        """Agencies usually responsible for a category, best first."""
        return self._ctx.reference.suggested_agencies(category_code)

    def address_matches(self, text: str, limit: int = 20) -> list[AddressMatch]:
        """Subdistrict/postcode matches for what the officer typed in the address picker."""
        return geo.address_matches(text, limit)

    def provinces(self) -> list[str]:
        """Province names (Bangkok first, then Thai dictionary order)."""
        return geo.provinces()

    def districts(self, province: str) -> list[str]:
        """District names of a province."""
        return geo.districts(province)

    def replace(self, data: ReferenceData) -> None:
        """Swaps in a newer reference data set (from the center)."""
        self._ctx.reference = data
