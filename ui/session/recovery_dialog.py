"""At start-up, when the database is damaged: offer the newest good backup, restore it, and rebuild from the
center what it acknowledged since (``app.services.recovery``).

The dialog finds the backup (every candidate is checked page by page) and runs the recovery on ``Ops``
workers: the GUI thread never waits on the disk or the center. Accepted means the database is back and the
app may open it; rejected means the officer chose to close the program (nothing was changed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.backups import BackupInfo
from app.services.recovery import RecoveryOutcome, recover_damaged, recovery_candidate
from ui.formatting import show_datetime
from ui.ops import Ops, on_known_error


class RecoveryDialog(QDialog):
    """ "ฐานข้อมูลเสียหาย": names the newest good backup and restores it when the officer agrees."""

    def __init__(self, home: Path, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("ฐานข้อมูลเสียหาย"))
        self.setMinimumWidth(560)
        self._home = home
        self._ops = ops
        self.candidate: BackupInfo | None = None
        self.outcome: RecoveryOutcome | None = None
        self.message = QLabel(self.tr("ฐานข้อมูลเสียหาย กำลังค้นหาไฟล์สำรองล่าสุดที่ใช้ได้…"), self)
        self.message.setObjectName("recovery_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("กู้คืนจากไฟล์สำรองนี้"), self)
        self.restore_button.setObjectName("recovery_restore")
        self.restore_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("ปิดโปรแกรม"), self)
        self.close_button.setObjectName("recovery_close")
        self.open_button = QPushButton(self.tr("เปิดโปรแกรม"), self)
        self.open_button.setObjectName("recovery_open")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.hide()  # after addButton, which shows the buttons it takes
        self.restore_button.clicked.connect(self.restore)
        self.open_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        ops.run_read(lambda: recovery_candidate(home), self._found, self._not_found, owner=self)

    def _found(self, info: BackupInfo) -> None:
        self.candidate = info
        when = show_datetime(info.taken_at) if info.taken_at else info.path.name
        self.message.setText(
            self.tr(
                "ฐานข้อมูลเสียหาย พบไฟล์สำรองล่าสุดที่ใช้ได้ เมื่อ %1\n"
                "กู้คืนจากไฟล์นี้ แล้วดึงเรื่องที่ศูนย์รับไว้หลังจากนั้นกลับมาหรือไม่\n"
                "(ไฟล์ที่เสียหายจะถูกเก็บไว้ในโฟลเดอร์สำรองข้อมูล)"
            ).replace("%1", when)
        )
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()

    def _not_found(self, exc: Exception) -> None:
        damaged = self.tr("ฐานข้อมูลเสียหาย และ%1 กรุณาติดต่อผู้ดูแลระบบ")
        on_known_error(lambda text: self.message.setText(damaged.replace("%1", text)))(exc)

    def restore(self) -> None:
        """Runs the recovery on the write worker."""
        info = self.candidate
        if info is None:
            return
        self.restore_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.message.setText(self.tr("กำลังกู้คืนฐานข้อมูลและดึงเรื่องจากศูนย์…"))
        home = self._home
        self._ops.run_write(lambda: recover_damaged(home, info.path), self._done, self._failed, owner=self)

    def _done(self, outcome: RecoveryOutcome) -> None:
        self.outcome = outcome
        rebuild = outcome.rebuild
        text = self.tr("กู้คืนฐานข้อมูลแล้ว ดึงเรื่องที่ศูนย์รับแล้วกลับมา %1 รายการ").replace("%1", f"{rebuild.versions:,}")
        if rebuild.error == "not_connected":
            text += "\n" + self.tr("ยังไม่ได้เชื่อมต่อศูนย์ จึงดึงเรื่องจากศูนย์ไม่ได้")
        elif rebuild.error:
            text += "\n" + self.tr(
                "ติดต่อศูนย์ไม่ได้ในขณะนี้ ผู้ดูแลระบบใช้คำสั่ง psc-counter recover --rebuild-only ภายหลังได้"
            )
        self.message.setText(text)
        self.restore_button.hide()
        self.close_button.hide()
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, exc: Exception) -> None:
        on_known_error(self.message.setText)(exc)
        self.close_button.setEnabled(True)


def offer_recovery(home: Path, parent: QWidget | None = None) -> bool:
    """Shows the recovery dialog (modal); True when the database was restored and may be opened."""
    ops = Ops()
    try:
        dialog = RecoveryDialog(home, ops, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome is not None
    finally:
        ops.shutdown()
