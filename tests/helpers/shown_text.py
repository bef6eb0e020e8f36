"""Every piece of interface text a widget tree shows: labels, buttons, headers, tabs, menus, tooltips,
placeholders, window titles (not what a field holds: that is record data)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from enum import Enum
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

THAI = re.compile(r"[\u0E01-\u0E5B]")
# Item lists whose rows are interface text, or record data with words around it (the data is taken out
# before the check); the other item views hold only data.
LABEL_LISTS = {"navigation", "day_list"}
# Choice boxes whose choices are place names from the registry, written into the record as they are.
PLACE_CHOICES = {"province_picker", "incident_province", "incident_district", "incident_subdistrict"}


def strings_in(value: Any) -> set[str]:
    """Every string inside a dataclass, dict, list or tuple (record data, to be told apart from labels)."""
    found: set[str] = set()
    if isinstance(value, Enum):
        return found
    if isinstance(value, str):
        if value.strip():
            found.add(value.strip())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            found |= strings_in(getattr(value, f.name))
    elif isinstance(value, dict):
        for k, v in value.items():
            found |= strings_in(k) | strings_in(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            found |= strings_in(v)
    return found


def _view_headers(view: QAbstractItemView) -> Iterable[str]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model's columnCount takes no argument in the bindings
        columns = 1
    for c in range(columns):
        yield str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        yield str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every interface text under ``root``, the hidden tabs and pages included."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}#{w.objectName() or '?'} in {type(w.window()).__name__}"

        def add(kind: str, text: str, where: str = where) -> None:
            if text:
                out.append((f"{where} {kind}", text))

        if w.isWindow():
            add("title", w.windowTitle())
        add("tooltip", w.toolTip())
        if isinstance(w, QLabel):
            add("label", w.text())
        elif isinstance(w, QAbstractButton):
            add("button", w.text())
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add("placeholder", w.placeholderText())
        elif isinstance(w, QGroupBox):
            add("group", w.title())
        elif isinstance(w, QComboBox) and w.objectName() not in PLACE_CHOICES:
            for i in range(w.count()):
                add("choice", w.itemText(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add("tab", w.tabText(i))
                add("tab tooltip", w.tabToolTip(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add("tab", w.tabText(i))
        elif isinstance(w, QWizard):
            for i in w.pageIds():
                page: QWizardPage = w.page(i)
                add("page title", page.title())
                add("page subtitle", page.subTitle())
        elif isinstance(w, QMenu):
            add("menu", w.title())
        if isinstance(w, QChartView):
            chart = w.chart()
            add("chart title", chart.title())
            for axis in chart.axes():
                add("axis title", axis.titleText())
                if isinstance(axis, QBarCategoryAxis):
                    for category in axis.categories():
                        add("axis label", category)
        if isinstance(w, QAbstractItemView):
            for text in _view_headers(w):
                add("header", text)
            if isinstance(w, QListWidget) and w.objectName() in LABEL_LISTS:
                for i in range(w.count()):
                    add("item", w.item(i).text())
        for action in w.actions():
            add("action", action.text())
            add("action tooltip", action.toolTip())
    for action in root.findChildren(QAction):
        add_where = f"QAction#{action.objectName() or '?'}"
        if action.text():
            out.append((add_where, action.text()))
    return out


def thai_in(texts: list[tuple[str, str]], data: set[str]) -> list[str]:
    """The texts that still hold Thai letters once every piece of record ``data`` is taken out."""
    pieces = sorted((d for d in data if THAI.search(d)), key=len, reverse=True)
    bad = []
    for where, text in texts:
        rest = text
        for piece in pieces:
            rest = rest.replace(piece, "")
        if THAI.search(rest):
            bad.append(f"{where}: {text!r}")
    return sorted(set(bad))
