"""Fixtures for the device tests: the real PC/SC daemon with vpcd and a test card, and SANE's test backend.

``pcsc_stack`` reuses a running pcscd that has the vpcd reader, or starts one as root through
``packaging/smartcard-stack.sh`` (and stops it at the end of the session); anywhere else the tests skip with
the script's reason. ``sane_env`` points ``SANE_CONFIG_DIR`` at a folder of the test's own whose
``dll.conf`` names only the ``test`` backend, so the system's SANE configuration is never edited.
Import the fixtures into a test module to use them.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.devices.smartcard import PcscReaders, pyscard_available
from tests.helpers.thai_id_emulator import VPCD_READER, CardProfile, ThaiIdApplet, VirtualCard

REPO = Path(__file__).resolve().parents[2]
STACK_SCRIPT = REPO / "packaging" / "smartcard-stack.sh"
SKIPPED = 77


@pytest.fixture(scope="session")
def pcsc_stack() -> Iterator[str]:
    """The name of the virtual reader, with pcscd running; skips with the reason when it cannot run."""
    if not pyscard_available():
        pytest.skip("pyscard is not installed (make setup builds it: the 'devices' extra)")
    result = subprocess.run(
        ["bash", str(STACK_SCRIPT)], capture_output=True, text=True, timeout=900, check=False
    )
    if result.returncode == SKIPPED:
        pytest.skip(f"no PC/SC test stack: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    started = int(result.stdout.strip()) if result.stdout.strip().isdigit() else 0
    try:
        names = [r.name for r in PcscReaders().snapshot()]
        if VPCD_READER not in names:
            pytest.skip(f"pcscd runs but shows no '{VPCD_READER}' reader (readers: {names})")
        yield VPCD_READER
    finally:
        if started:
            os.kill(started, signal.SIGTERM)  # the pcscd this session started, by its pid


@pytest.fixture
def insert_card(pcsc_stack: str) -> Iterator[Callable[..., VirtualCard]]:
    """Puts a test card (``CardProfile``) into the virtual reader; every card is taken out afterwards."""
    cards: list[VirtualCard] = []

    def insert(profile: CardProfile, remove_after: int = 0, **applet: object) -> VirtualCard:
        card = VirtualCard(ThaiIdApplet(profile, **applet), remove_after=remove_after)  # type: ignore[arg-type]
        card.insert()
        cards.append(card)
        return card

    yield insert
    for card in cards:
        card.remove()
    if cards:
        # The next test's "card present" must be its own card, not this one still leaving the reader.
        readers = PcscReaders(pcsc_stack)
        states = readers.snapshot()
        for _ in range(50):  # each wait ends as soon as PC/SC reports a change (at most 100 ms apart)
            if not any(s.name == pcsc_stack and s.has_card for s in states):
                break
            states = readers.wait_for_change(states, 100)


@pytest.fixture
def sane_env(tmp_path: Path) -> dict[str, str]:
    """The environment for ``scanimage`` with only SANE's ``test`` backend enabled (``test:0``)."""
    if shutil.which("scanimage") is None:
        pytest.skip("SANE's scanimage is not installed (Debian sane-utils; packaging/system-deps.sh)")
    conf = tmp_path / "sane.d"
    conf.mkdir()
    (conf / "dll.conf").write_text("test\n", encoding="ascii")
    env = dict(os.environ)
    env["SANE_CONFIG_DIR"] = str(conf)  # no trailing ':' so /etc/sane.d is not read at all
    return env
