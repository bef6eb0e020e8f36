"""The records table model: ids in keyset pages, rows cached, passes Qt's model tester."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.tracking import format_tracking_code
from app.services import Services
from app.services.types import CurrentUser
from sync.protocol import CentralStatus, StatusUpdate
from tests.ui.helpers import complaint, register_many
from ui.i18n import Translations
from ui.ops import Ops
from ui.records import records_model
from ui.records.records_model import LOADING, RecordIdRole, RecordRowRole, RecordsModel


def _load(qtbot: QtBot, model: RecordsModel, query: str = "") -> None:
    with qtbot.waitSignals([model.loaded, model.total_changed], timeout=10_000):
        model.set_query(query)


def test_model_passes_the_qt_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, officer: CurrentUser, ops: Ops
) -> None:
    register_many(services, officer, 12)
    model = RecordsModel(services.records, ops)
    _load(qtbot, model)
    qtmodeltester.check(model, force_py=True)
    # Let the rows the tester asked for arrive while it still watches every signal.
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) != LOADING)
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert model.rowCount() == 12


def test_rows_fill_in_from_the_cache_newest_first(
    qtbot: QtBot, services: Services, officer: CurrentUser, ops: Ops
) -> None:
    first = services.complaints.register(officer, complaint(subject="ถนนชำรุดหน้าบ้าน"))
    last = services.complaints.register(officer, complaint(subject="ไฟฟ้าดับทั้งซอย"))
    model = RecordsModel(services.records, ops)
    _load(qtbot, model)
    assert model.rowCount() == 2
    # Painting asks for the row; it shows as loading until the batch arrives.
    assert model.data(model.index(0, RecordsModel.COL_CODE)) == LOADING
    qtbot.waitUntil(lambda: model.data(model.index(1, 0)) != LOADING)
    assert model.data(model.index(0, RecordsModel.COL_CODE)) == format_tracking_code(last.tracking_code)
    assert model.data(model.index(1, RecordsModel.COL_CODE)) == format_tracking_code(first.tracking_code)
    assert model.data(model.index(0, RecordsModel.COL_SUBJECT)) == "ไฟฟ้าดับทั้งซอย"
    assert model.data(model.index(1, 0), RecordIdRole) == first.record_id
    row = model.data(model.index(0, 0), RecordRowRole)
    assert row.record_id == last.record_id
    # Names are masked and the date is Buddhist era.
    assert model.data(model.index(0, RecordsModel.COL_NAME)) != "สมชาย ใจดี"
    assert "2569" in model.data(model.index(0, RecordsModel.COL_CREATED))


def test_pages_are_fetched_as_the_view_scrolls(
    qtbot: QtBot, services: Services, officer: CurrentUser, ops: Ops, monkeypatch: object
) -> None:
    register_many(services, officer, 7)
    # A tiny page makes paging visible with few records.
    monkeypatch.setattr(records_model, "PAGE_SIZE", 3)  # type: ignore[attr-defined]
    model = RecordsModel(services.records, ops)
    _load(qtbot, model)
    assert model.rowCount() == 3
    assert model.total == 7
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 6)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 7)
    assert not model.canFetchMore()
    ids = [model.rowid_at(r) for r in range(7)]
    assert ids == sorted(ids, reverse=True)  # newest first, no gaps or repeats
    assert len(set(ids)) == 7


def test_query_narrows_and_a_stale_answer_is_dropped(
    qtbot: QtBot, services: Services, officer: CurrentUser, ops: Ops
) -> None:
    services.complaints.register(officer, complaint(subject="ถนนชำรุดหน้าบ้าน"))
    services.complaints.register(officer, complaint(subject="ไฟฟ้าดับทั้งซอย"))
    model = RecordsModel(services.records, ops)
    model.set_query("")  # answer for "" still on its way …
    with qtbot.waitSignals([model.loaded, model.total_changed], timeout=10_000):
        model.set_query("ไฟฟ้า")  # … when the officer types
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert model.rowCount() == 1
    assert model.total == 1
    qtbot.waitUntil(lambda: model.data(model.index(0, RecordsModel.COL_SUBJECT)) == "ไฟฟ้าดับทั้งซอย")


def test_the_central_status_column_shows_words_in_the_interface_language(
    qtbot: QtBot, services: Services, officer: CurrentUser, ops: Ops, translations: Translations
) -> None:
    saved = services.complaints.register(officer, complaint(subject="ขอให้ซ่อมไฟทาง"))
    # The center moved the case, as the pump writes it when the updates feed says so.
    update = StatusUpdate(
        cursor=1,
        record_id=saved.record_id,
        central_ref="PSC2569-00000042",
        status=CentralStatus.FORWARDED,
        agency="กรมทางหลวงชนบท",
        changed_at=services.ctx.clock(),
    )
    services.sync.store.apply_updates([update], 1)
    model = RecordsModel(services.records, ops)
    _load(qtbot, model)
    central = model.index(0, RecordsModel.COL_CENTRAL)
    model.data(model.index(0, 0))  # painting asks for the row; it arrives in the background
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) != LOADING)
    assert model.data(central) == "ส่งต่อหน่วยงานแล้ว"

    assert translations.set_language("en")
    assert model.data(central) == "Forwarded to the agency"
