"""Language of the interface: Thai is the source language; English comes from ``psc_en.qm``.

Qt's own texts on standard buttons (the "OK" of ``QMessageBox.warning``) are English in Qt and Qt ships no
Thai catalogue: ``qt_th.qm`` (from ``qt_th.ts``) gives them Thai while the interface is Thai. Questions
name their buttons themselves (``ui.confirm``)."""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import resources

log = logging.getLogger("psc.ui")

TRANSLATIONS_DIR = Path(resources.__file__).resolve().parent / "translations"


class Language(StrEnum):
    """Languages the interface speaks."""

    THAI = "th"
    ENGLISH = "en"


class Translations:
    """Installs and removes the English translator on the running application."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self._qt_thai: QTranslator | None = None
        self.language = Language.THAI

    def set_language(self, language: Language | str) -> bool:
        """Switches the translator; widgets built afterwards use the new language.

        Returns False when the English catalogue is missing (Thai stays).
        """
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QCoreApplication")
        wanted = Language(language)
        for old in (self._translator, self._qt_thai):
            if old is not None:
                QCoreApplication.removeTranslator(old)
        self._translator = self._qt_thai = None
        self.language = Language.THAI
        if wanted is Language.THAI:
            QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
            qt_thai = QTranslator(app)
            if qt_thai.load(str(TRANSLATIONS_DIR / "qt_th.qm")):
                QCoreApplication.installTranslator(qt_thai)
                self._qt_thai = qt_thai
            else:
                log.error("Thai catalogue of Qt's standard buttons not found")
            return True
        translator = QTranslator(app)
        if not translator.load(str(TRANSLATIONS_DIR / f"psc_{wanted.value}.qm")):
            log.error("translation catalogue for %s not found", wanted.value)
            return False
        QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self._translator = translator
        self.language = wanted
        return True
