"""The one way a screen asks a question or shows a message in a box, with button texts in the interface's
language.

``QMessageBox.question`` and the standard buttons take their texts from Qt's own catalogue, which has no
Thai: a Thai screen would ask in Thai and answer "Yes"/"No". Every box of the counter therefore comes from
here, with buttons named through our translator (``ใช่``/``ไม่ใช่``, ``ตกลง``/``ยกเลิก``; English from
``psc_en.qm``). A test fails when ``QMessageBox.question`` appears anywhere else in ``ui``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ui.messages import QT_TRANSLATE_NOOP

CONTEXT = "Confirm"

YES = QT_TRANSLATE_NOOP("Confirm", "ใช่")
NO = QT_TRANSLATE_NOOP("Confirm", "ไม่ใช่")
OK = QT_TRANSLATE_NOOP("Confirm", "ตกลง")
CANCEL = QT_TRANSLATE_NOOP("Confirm", "ยกเลิก")


class Answers(Enum):
    """The pair of buttons a question offers."""

    YES_NO = (YES, NO)
    OK_CANCEL = (OK, CANCEL)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def question_box(
    parent: QWidget | None,
    title: str,
    text: str,
    answers: Answers | tuple[str, str] = Answers.YES_NO,
    *,
    default_yes: bool = False,
) -> tuple[QMessageBox, QPushButton]:
    """The question box, not yet shown, and its affirmative button (for screens that open it without
    waiting, and for tests). ``answers``: a standard pair, or two texts already translated that name what
    each button does. The negative button is the default unless ``default_yes``: Enter pressed by habit
    must not confirm something that cannot be undone."""
    box = QMessageBox(parent)
    box.setObjectName("confirm_box")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes_text, no_text = (
        (_tr(answers.value[0]), _tr(answers.value[1])) if isinstance(answers, Answers) else answers
    )
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.YesRole)
    yes.setObjectName("confirm_yes")
    no = box.addButton(no_text, QMessageBox.ButtonRole.NoRole)
    no.setObjectName("confirm_no")
    box.setEscapeButton(no)
    box.setDefaultButton(yes if default_yes else no)
    return box, yes


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    answers: Answers | tuple[str, str] = Answers.YES_NO,
    *,
    default_yes: bool = False,
) -> bool:
    """Asks and waits (a modal box); True when the user chose ใช่ / ตกลง."""
    box, yes = question_box(parent, title, text, answers, default_yes=default_yes)
    box.exec()
    return box.clickedButton() is yes


def message_box(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> QMessageBox:
    """A box that tells something, with one ``ตกลง`` button; not yet shown."""
    box = QMessageBox(parent)
    box.setObjectName("message_box")
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(_tr(OK), QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName("message_ok")
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    return box


def tell(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> None:
    """Shows a message and waits for ``ตกลง`` (``QMessageBox.information``/``warning`` with our button)."""
    message_box(parent, title, text, icon).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """``tell`` with the warning icon."""
    tell(parent, title, text, QMessageBox.Icon.Warning)
