"""Import rules import-linter cannot express: only ``ui`` may import ``PySide6.QtWidgets``."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_only_ui_imports_qtwidgets() -> None:
    offenders = []
    checked = 0
    for package in ("app", "printing", "sync"):
        for path in (ROOT / package).rglob("*.py"):
            checked += 1
            if any(m.startswith("PySide6.QtWidgets") for m in _imported_modules(path)):
                offenders.append(str(path.relative_to(ROOT)))
    assert checked > 20, "the scan found almost no modules: the layout moved?"
    assert offenders == [], f"QtWidgets imported outside ui/: {offenders}"
