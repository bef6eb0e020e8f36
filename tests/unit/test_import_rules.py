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


def _layer_modules() -> set[str]:
    """The module names the layers contract of pyproject.toml names."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    return {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}


def test_every_app_module_is_in_a_layer() -> None:
    """A module outside every layer escapes the contract: a new ``app/cli_x.py`` must be named there."""
    named = _layer_modules()
    top = {p.stem for p in (ROOT / "app").glob("*.py") if p.stem != "__init__"}
    top |= {p.name for p in (ROOT / "app").iterdir() if (p / "__init__.py").is_file()}
    outside = sorted(f"app.{name}" for name in top if f"app.{name}" not in named)
    assert outside == [], f"add these to the layers contract in pyproject.toml: {outside}"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root, children_of_root in graph.items():
        if root in index:
            continue
        work = [(root, iter(sorted(children_of_root)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles() -> None:
    """No two modules of ours import each other, directly or round a loop (imports inside functions
    count too: they only hide a cycle; type-only imports do not)."""
    import grimp

    # Imports under TYPE_CHECKING run for the type checker only: they are no cycle at run time.
    built = grimp.build_graph("app", "ui", "printing", "sync", exclude_type_checking_imports=True)
    graph = {m: set(built.find_modules_directly_imported_by(m)) & built.modules for m in built.modules}
    assert len(graph) > 100
    assert _cycles(graph) == []
    # The check finds a cycle when there is one.
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
