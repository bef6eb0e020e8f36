"""One PDF stack, one font registration: the glyphs do not depend on which PDF a process makes first."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _make(tmp: Path, *order: str) -> None:
    tmp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    probe = ROOT / "tests" / "printing" / "pdf_order_probe.py"
    subprocess.run([sys.executable, str(probe), str(tmp), *order], check=True, env=env, timeout=120)


def _text_and_fonts(pdf: Path) -> tuple[str, list[str]]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    # Subset prefixes (ABCDEF+) differ run to run; the font, its type and embedding must not.
    fonts = sorted(
        re.sub(r"^[A-Z]{6}\+", "", line).split()[0] + " " + " ".join(line.split()[1:4])
        for line in listing.splitlines()[2:]
    )
    return text, fonts


def _pixels(pdf: Path) -> bytes:
    """The first page as the reader sees it (the glyphs drawn, not only the text they stand for)."""
    subprocess.run(["pdftoppm", "-r", "60", "-gray", "-f", "1", "-l", "1", str(pdf), str(pdf)], check=True)
    return pdf.with_name(pdf.name + "-1.pgm").read_bytes()


def test_petition_and_complaint_pdfs_are_the_same_whichever_is_made_first(tmp_path: Path) -> None:
    _make(tmp_path / "complaint_first", "complaint", "petition")
    _make(tmp_path / "petition_first", "petition", "complaint")
    for name in ("petition.pdf", "complaint.pdf"):
        first = _text_and_fonts(tmp_path / "complaint_first" / name)
        second = _text_and_fonts(tmp_path / "petition_first" / name)
        assert first == second, name
        assert _pixels(tmp_path / "complaint_first" / name) == _pixels(tmp_path / "petition_first" / name), (
            name
        )
        embedded = [f for f in first[1] if f.endswith(" yes")]  # reportlab lists Helvetica, never embedded
        assert embedded and all(f.startswith("Sarabun") for f in embedded), first[1]
    petition_text, _ = _text_and_fonts(tmp_path / "complaint_first" / "petition.pdf")
    assert "ถอนการส่งแล้ว" in petition_text  # the queue state's one label, with its tone mark intact
    complaint_text, _ = _text_and_fonts(tmp_path / "petition_first" / "complaint.pdf")
    assert "น้ำประปาไม่ไหล" in complaint_text.replace("\n", "")
