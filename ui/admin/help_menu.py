"""The Help menu of the main window: About (version, build and data credits) and the support bundle.

The support bundle is written on the writer thread (it reads the logs and counts the queues), then the
officer is told where the file is, to attach it to a message to the help desk.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from app.domain import geo
from app.services.support import make_support_bundle
from app.version import build_info
from ui.confirm import message_box
from ui.env import UiEnv
from ui.ops import on_known_error


class HelpMenu(QMenu):
    """ช่วยเหลือ: About and Support bundle."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_menu")
        self._env = env
        self.about_action = self.addAction("")
        self.about_action.setObjectName("help_about")
        self.about_action.triggered.connect(self.show_about)
        self.support_action = self.addAction("")
        self.support_action.setObjectName("help_support_bundle")
        self.support_action.triggered.connect(self.make_support_bundle)
        self.last_bundle: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Sets the texts in the interface language."""
        self.setTitle(self.tr("ช่วยเหลือ"))
        self.about_action.setText(self.tr("เกี่ยวกับโปรแกรม"))
        self.support_action.setText(self.tr("เก็บข้อมูลสำหรับฝ่ายสนับสนุน…"))

    def changeEvent(self, event: QEvent) -> None:
        """The menu is built once with the window; Qt says when a translator comes or goes (a live switch
        in Settings rebuilds the pages, not the menu bar)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def about_html(self) -> str:
        """Program, version and build, and the credits the data and font licences require."""
        return about_html()

    def show_about(self) -> QMessageBox:
        """Shows the About box (returned for tests)."""
        box = message_box(self.parentWidget(), self.tr("เกี่ยวกับโปรแกรม"), self.about_html())
        box.setObjectName("about_box")
        box.setIcon(QMessageBox.Icon.NoIcon)
        box.open()
        return box

    def make_support_bundle(self) -> None:
        """Writes the support zip off the GUI thread, then says where it is."""
        ctx = self._env.services.ctx
        self._env.ops.run_write(
            lambda: make_support_bundle(None, ctx=ctx), self._bundle_made, self._bundle_failed, owner=self
        )

    def _bundle_made(self, path: Path) -> None:
        self.last_bundle = path
        text = self.tr("บันทึกไฟล์แล้ว (ไม่มีข้อมูลส่วนบุคคล) แนบไฟล์นี้ส่งให้ฝ่ายสนับสนุน:\n%1").replace("%1", str(path))
        box = message_box(self.parentWidget(), self.tr("ข้อมูลสำหรับฝ่ายสนับสนุน"), text)
        box.setObjectName("support_bundle_done")
        box.open()

    def _bundle_failed(self, exc: Exception) -> None:
        title = self.tr("ข้อมูลสำหรับฝ่ายสนับสนุน")
        on_known_error(
            lambda text: message_box(self.parentWidget(), title, text, QMessageBox.Icon.Warning).open()
        )(exc)


def geo_credit_text() -> str:
    """The attribution the address data's licence (CC-BY-4.0) requires, in the interface language."""
    return QCoreApplication.translate(
        "HelpMenu", "ข้อมูลเขตการปกครองและรหัสไปรษณีย์: %1; ที่มา: กรมการปกครอง, ไปรษณีย์ไทย"
    ).replace("%1", geo.GEO_SOURCE)


def about_html() -> str:
    """The About text, one for the Help menu and the settings' About tab: program, version and build, and
    the credits the data, holiday and font licences require, in the interface language."""
    e = html.escape
    # Each text is translated on its own line: lupdate does not look inside f-strings.
    title = QCoreApplication.translate("About", "โปรแกรมรับเรื่องราวร้องทุกข์ ณ จุดบริการ (PSC Counter)")
    release = QCoreApplication.translate("About", "รุ่น")
    owner = QCoreApplication.translate("About", "ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111 สำนักงานปลัดสำนักนายกรัฐมนตรี")
    credits = QCoreApplication.translate("About", "ข้อมูลและแบบอักษรที่ใช้")
    licence = QCoreApplication.translate("About", "สัญญาอนุญาตอยู่ในไฟล์ resources/fonts/OFL.txt")
    return (
        f"<h3>{e(title)}</h3><p>{e(release)} {e(build_info().text())}<br>{e(owner)}</p>"
        f"<h4>{e(credits)}</h4>"
        f"<p>{e(geo_credit_text())} — Creative Commons Attribution 4.0 (CC-BY-4.0)</p>"
        "<p>Thai public holidays: the holidays package (MIT)</p>"
        "<p>Sarabun — Copyright 2018 The Sarabun Project Authors "
        "(https://github.com/cadsondemak/Sarabun), SIL Open Font License 1.1 (OFL-1.1); "
        f"{e(licence)}</p>"
    )


def install_help_menu(window: QMainWindow, env: UiEnv) -> HelpMenu:
    """Adds the Help menu to ``window``'s menu bar."""
    menu = HelpMenu(env, window)
    window.menuBar().addMenu(menu)
    return menu
