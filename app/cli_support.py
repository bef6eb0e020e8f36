"""``psc-counter support-bundle``: the help-desk zip of versions, settings, scrubbed logs and queue counts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK
from app.cli_auth import home_arg


def cmd_support_bundle(args: argparse.Namespace) -> int:
    """Writes the support zip (owner-only) and prints where it is."""
    from app.services.support import make_support_bundle

    path = make_support_bundle(home_arg(args), args.output)
    sys.stdout.write(f"เก็บข้อมูลสำหรับฝ่ายสนับสนุนแล้ว (ไม่มีข้อมูลส่วนบุคคล): {path}\n")
    return EXIT_OK


def add_subcommands(sub: Any) -> None:
    """Adds ``support-bundle``."""
    p = sub.add_parser(
        "support-bundle",
        help="one zip of versions, settings, scrubbed logs and queue counts for the help desk",
    )
    p.add_argument("--output", type=Path, default=None, help="zip to write (default: HOME/support/...)")
    p.set_defaults(handler=cmd_support_bundle)
