"""The pages of the main window, in navigation order. Adding a page is one line in ``PAGES``.

A page is any ``QWidget`` built from the session's ``UiEnv``; it is shown when the signed-in user has
``permission`` (None: everyone). Titles are Thai source text marked for translation in the ``Pages``
context. A page that must save something when the session ends (a draft) does it in ``closeEvent``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.domain.roles import Permission
from ui.env import UiEnv
from ui.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation."""

    key: str
    title: str
    factory: Callable[[UiEnv], QWidget]
    permission: Permission | None = None
    shortcut: str = ""


def _intake(env: UiEnv) -> QWidget:
    from ui.intake.intake_page import IntakePage

    return IntakePage(env)


def _records(env: UiEnv) -> QWidget:
    from ui.records.records_view import RecordsView

    return RecordsView(env)


def _petitions(env: UiEnv) -> QWidget:
    from ui.petitions.petitions_page import PetitionsPage

    return PetitionsPage(env)


def _queue(env: UiEnv) -> QWidget:
    from ui.supervisor.queue_view import QueueView

    return QueueView(env)


def _reconcile(env: UiEnv) -> QWidget:
    from ui.supervisor.reconciliation_view import ReconciliationView

    return ReconciliationView(env)


def _dashboard(env: UiEnv) -> QWidget:
    from ui.supervisor.dashboard.page import DashboardPage

    return DashboardPage(env)


def _privacy(env: UiEnv) -> QWidget:
    from ui.supervisor.privacy_page import PrivacyPage

    return PrivacyPage(env)


PAGES: list[PageSpec] = [
    PageSpec(
        "intake", QT_TRANSLATE_NOOP("Pages", "รับเรื่องร้องทุกข์"), _intake, Permission.REGISTER_COMPLAINT, "F2"
    ),
    PageSpec(
        "records", QT_TRANSLATE_NOOP("Pages", "ค้นหาและแก้ไขเรื่อง"), _records, Permission.READ_RECORDS, "F3"
    ),
    # Mass-coordination staff and supervisors log and amend; counter officers read (the page checks).
    PageSpec(
        "petitions", QT_TRANSLATE_NOOP("Pages", "ประสานมวลชน"), _petitions, Permission.READ_RECORDS, "F4"
    ),
    # The supervisor's sync screens; no shortcut keys (F6-F12 belong to the petition timeline).
    PageSpec("queue", QT_TRANSLATE_NOOP("Pages", "คิวส่งข้อมูล"), _queue, Permission.MANAGE_QUEUE),
    PageSpec("reconcile", QT_TRANSLATE_NOOP("Pages", "กระทบยอดกับศูนย์"), _reconcile, Permission.RECONCILE),
    # Supervisors see the station; officers their own work (the service scopes it).
    PageSpec(
        "dashboard", QT_TRANSLATE_NOOP("Pages", "ภาพรวมการให้บริการ"), _dashboard, Permission.READ_RECORDS
    ),
    PageSpec("privacy", QT_TRANSLATE_NOOP("Pages", "ข้อมูลส่วนบุคคล (PDPA)"), _privacy, Permission.PURGE_RECORDS),
]
