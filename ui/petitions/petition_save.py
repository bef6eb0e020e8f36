"""The background jobs of the petitions desk: saving the form (register or amend) and looking for
repeat groups.

Split out of ``ui.petitions.petitions_page`` to keep that class under ~400 lines. Each job runs in a
worker through ``Ops`` (docs/ARCHITECTURE.md, UI rule 2); what the page shows of the answer stays there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.domain.petition import GroupPetitionPayload
from app.services.petitions import PetitionRecord, PetitionService, RepeatGroup
from app.services.types import CurrentUser, SaveResult
from ui.fields.drafts import DraftKeeper
from ui.ops import Ops
from ui.petitions.petition_form import PetitionForm, RepeatMatch


def save_job(
    service: PetitionService,
    user: CurrentUser,
    payload: GroupPetitionPayload,
    record: PetitionRecord | None,
    *,
    reason: Callable[[], str],
    drafts: DraftKeeper,
) -> Callable[[], SaveResult]:
    """The worker job that saves ``payload``: registers a new petition (and drops the officer's draft
    once it is safe), or amends ``record`` with the ``reason`` typed (read now, on the GUI thread)."""
    if record is None:

        def register() -> SaveResult:
            result = service.register(user, payload)
            drafts.discard_in_worker()  # the petition is safe: the draft has done its job
            return result

        return register
    why = reason()
    record_id, version = record.record_id, record.version

    def amend() -> SaveResult:
        return service.amend(user, record_id, payload, why, expected_version=version)

    return amend


class RepeatLookup(QObject):
    """Asks the service for earlier petitions of the form's group when the form says the group changed,
    and hands what it finds back to the form (only the newest look-up's answer is shown)."""

    def __init__(
        self,
        ops: Ops,
        service: PetitionService,
        form: PetitionForm,
        *,
        current: Callable[[], PetitionRecord | None],
        failed: Callable[[Exception], None],
        owner: QObject,
    ) -> None:
        super().__init__(owner)
        self._ops, self._service, self._form = ops, service, form
        self._current, self._failed, self._owner = current, failed, owner
        form.repeat_check_requested.connect(self.check)

    def check(self, group_name: str, national_ids: list[str]) -> None:
        """Looks for groups like this one (never the shown petition itself)."""
        record = self._current()
        exclude = record.record_id if record else ""
        service = self._service
        self._ops.run_read(
            lambda: service.find_repeat_groups(group_name, national_ids, exclude_record_id=exclude),
            self._found,
            self._failed,
            owner=self._owner,
            key="repeats",  # typing on: only the newest look-up's answer is shown
        )

    def _found(self, groups: list[RepeatGroup]) -> None:
        self._form.set_repeat_matches(
            [RepeatMatch(g.record_id, g.tracking_code, g.group_name, g.created_at, g.reason) for g in groups]
        )
