"""Validation results: a field path and a code. The UI turns codes into Thai (or English) text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class IssueCode(StrEnum):
    """Why a field's value is not accepted."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    NATIONAL_ID_LENGTH = "national_id_length"  # not 13 digits
    NATIONAL_ID_CHECKSUM = "national_id_checksum"
    NATIONAL_ID_FIRST_DIGIT = "national_id_first_digit"  # 0 and 9 are never issued
    NATIONAL_ID_NOT_CONFIRMED = "national_id_not_confirmed"  # officer has not read it back
    PASSPORT_FORMAT = "passport_format"
    PHONE_FORMAT = "phone_format"
    EMAIL_FORMAT = "email_format"
    POSTCODE_FORMAT = "postcode_format"
    POSTCODE_UNKNOWN = "postcode_unknown"
    POSTCODE_MISMATCH = "postcode_mismatch"  # postcode does not belong to the subdistrict
    UNKNOWN_CODE = "unknown_code"  # a category, agency or province not in reference data
    PDPA_NOT_ACKNOWLEDGED = "pdpa_not_acknowledged"
    CONTACT_NEEDED = "contact_needed"  # identified complainant with no phone, e-mail, LINE or address
    NUMBER_RANGE = "number_range"
    TIME_ORDER = "time_order"  # e.g. departure before arrival
    FILE_TOO_LARGE = "file_too_large"
    DUPLICATE = "duplicate"  # the same value twice where it must be unique (a representative's ID)
    DATE_FORMAT = "date_format"  # not a date (a birth date typed by hand)


@dataclass(frozen=True)
class FieldIssue:
    """One problem with one field, named by its dotted path in the payload (``complainant.national_id``)."""

    field: str
    code: IssueCode
