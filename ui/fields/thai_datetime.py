"""The petition's date-time boxes (arrival, departure, timeline close): the Buddhist-era field of
``ui.fields.be_date_edit`` with a time, under the name the petition screens import."""

from __future__ import annotations

from ui.fields.be_date_edit import BeDateTimeEdit


class ThaiDateTimeEdit(BeDateTimeEdit):
    """``05/03/2569 09:30`` typed or picked from the พ.ศ. calendar; ``value()`` is an aware UTC datetime."""
