"""Errors on the petition form that go the moment they are fixed (issue 13).

After a refused save the form shows the service's issues. From then on every edit checks the petition
again with the same pure rules (``app.domain.petition.validate_petition``, in the GUI thread: no disk, no
network) and shows what is still wrong, so a fixed field loses its red text at once instead of at the
next save. Nothing is shown before the first refused save: an officer halfway through a form is not
shouted at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.domain.petition import validate_petition

if TYPE_CHECKING:
    from ui.petitions.petition_form import PetitionForm


class LiveIssues(QObject):
    """Re-checks the form after each edit while any issue is shown."""

    def __init__(self, form: PetitionForm) -> None:
        super().__init__(form)
        self._form = form
        self.active = False
        """Set when issues are shown after a refused save; cleared when none is left or on a new form."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the edit's own signals have run
        self._timer.timeout.connect(self.check_now)

    def edited(self) -> None:
        """Something changed: check again soon, when issues are on screen."""
        if self.active:
            self._timer.start()

    def check_now(self) -> None:
        """Shows what is still wrong (keeping the focus where the officer types)."""
        form = self._form
        issues = [*validate_petition(form.payload()), *form.form_issues()]
        form.show_issues(issues, focus=False)
        if not issues:
            form.set_message("")
            self.active = False
