"""Widgets stay small (issue 14, docs/ARCHITECTURE.md): no class in ``ui/`` over 400 lines.

A class that grows past the limit is split into helpers in its feature folder (see how
``ui/intake/complaint_form.py`` and ``ui/petitions/petition_form.py`` were), not let grow.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_CLASS_LINES = 400


def _class_sizes(path: Path) -> list[tuple[str, int]]:
    """(name, lines) of every class in ``path``, nested ones too, counted from ``class`` to its last line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        (node.name, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]


def test_no_class_in_ui_is_over_400_lines() -> None:
    files = sorted((ROOT / "ui").rglob("*.py"))
    assert len(files) > 50  # the walk found the ui package, not an empty folder
    too_big = [
        f"{path.relative_to(ROOT)}: class {name} is {lines} lines (limit {MAX_CLASS_LINES})"
        for path in files
        for name, lines in _class_sizes(path)
        if lines > MAX_CLASS_LINES
    ]
    assert not too_big, "split these classes into helpers in their feature folder:\n" + "\n".join(too_big)


def test_the_count_sees_a_class_over_the_limit(tmp_path: Path) -> None:
    # The check itself can fail: a made-up class one line over the limit is reported by name.
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_CLASS_LINES))
    source = tmp_path / "big.py"
    source.write_text(f"class Big:\n{body}\n", encoding="utf-8")
    assert _class_sizes(source) == [("Big", MAX_CLASS_LINES + 1)]
