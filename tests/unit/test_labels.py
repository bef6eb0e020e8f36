"""One definition of each enum's words (app.domain.labels), used by every screen and document."""

from __future__ import annotations

import ast
from pathlib import Path

from app.domain import labels
from sync.protocol import CentralStatus

ROOT = Path(__file__).resolve().parents[2]


def test_every_member_has_distinct_thai_and_english_words() -> None:
    tables = {**{enum.__name__: table for enum, table in labels.TABLES.items()}}
    for enum, table in labels.TABLES.items():
        assert set(table) == set(enum), enum.__name__
    assert set(labels.CENTRAL_STATUS) == {s.value for s in CentralStatus}
    tables["CentralStatus"] = labels.CENTRAL_STATUS  # type: ignore[assignment]
    for name, table in tables.items():
        words = list(table.values())
        assert all(w.th.strip() and w.en.strip() for w in words), name
        assert len({w.th for w in words}) == len(words), f"{name}: two members share Thai words"
        assert len({w.en for w in words}) == len(words), f"{name}: two members share English words"


def _member_keys(node: ast.Dict) -> dict[str, set[str]]:
    """``{enum name: {member names}}`` of the keys written ``Enum.MEMBER``."""
    found: dict[str, set[str]] = {}
    for key in node.keys:
        if isinstance(key, ast.Attribute) and isinstance(key.value, ast.Name):
            found.setdefault(key.value.id, set()).add(key.attr)
    return found


def test_no_other_module_keeps_a_table_of_these_words() -> None:
    enums = {enum.__name__: {m.name for m in enum} for enum in labels.TABLES}
    central_values = {s.value for s in CentralStatus}
    tables = []
    for package in ("app", "printing", "sync", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            if path == ROOT / "app" / "domain" / "labels.py":
                continue
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.Dict):
                    continue
                keys = _member_keys(node)
                whole = [name for name, members in keys.items() if enums.get(name) == members]
                string_keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                texts = all(isinstance(v, ast.Constant | ast.Call) for v in node.values)
                if (whole or central_values <= string_keys) and texts:
                    tables.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert tables == [], "use app.domain.labels (screens: ui.messages.label_text)"


def test_screens_and_documents_read_the_labels() -> None:
    for module in (
        "ui/messages.py",
        "printing/pdf_petitions.py",
        "printing/pdf_reconciliation.py",
        "printing/documents.py",
    ):
        assert "app.domain.labels" in (ROOT / module).read_text(
            "utf-8"
        ) or "from app.domain import labels" in (ROOT / module).read_text("utf-8"), module
