"""A center for the sync benchmarks, in a process of its own, and the bare floor it is measured against.

``CenterProcess(url, stations)`` starts the reference service (``sync.server.app``, uvicorn) over a fresh
central database (SQLite file or PostgreSQL) in a child process, as a real center runs apart from its
counters: the counter being measured and the center then use both cores, and no GIL is shared.

``CenterProcess(url, stations, floor=True)`` starts the *floor* instead: an HTTP server on the same stack
(uvicorn + Starlette, which FastAPI is built on) that parses the same batch JSON and inserts the same rows
(a case and a record version per record, the same columns) into the same tables of the same database
engine in one transaction per batch, and answers one result per record — with nothing else: no token
check, no validation, no hashing, no sealing, no duplicate look-ups. ``/floor/ping`` answers an empty JSON
object: a bare round trip.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, cast

FLOOR_BATCH = "/floor/batch"
FLOOR_PING = "/floor/ping"
_START_TIMEOUT_S = 120.0


def floor_app(engine: Any, station_id: int) -> Any:
    """The bare floor server (see the module docstring)."""
    from sqlalchemy import Table, insert
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from sync.server.models import Case, CentralRecord

    cases = cast(Table, Case.__table__)
    records = cast(Table, CentralRecord.__table__)
    next_id = [1]

    async def batch(request: Request) -> Response:
        data = json.loads(await request.body())
        now = datetime.now(UTC)
        case_rows: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        results: list[dict[str, Any]] = []
        for rec in data["records"]:
            created = datetime.fromisoformat(rec["created_at"])
            ref = f"F{next_id[0]:010d}"
            case_rows.append(
                {
                    "id": next_id[0],
                    "record_id": rec["id"],
                    "station_id": station_id,
                    "central_ref": ref,
                    "tracking_code": rec["tracking_code"],
                    "access_sha256": rec.get("access_token_sha256"),
                    "promised_by": rec.get("promised_by"),
                    "status": "received",
                    "agency": "",
                    "note": "",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            next_id[0] += 1
            rows.append(
                {
                    "record_id": rec["id"],
                    "version": rec["version"],
                    "station_id": station_id,
                    "kind": rec["kind"],
                    "tracking_code": rec["tracking_code"],
                    "created_at": created,
                    "bangkok_day": created.date().isoformat(),
                    "payload_sealed": json.dumps(rec["payload"], ensure_ascii=False).encode(),
                    "sha256": rec["sha256"],
                    "received_at": now,
                }
            )
            results.append(
                {"id": rec["id"], "version": rec["version"], "status": "accepted", "central_ref": ref}
            )
        with engine.begin() as conn:
            conn.execute(insert(cases), case_rows)
            conn.execute(insert(records), rows)
        return Response(json.dumps({"results": results}).encode(), media_type="application/json")

    async def ping(_request: Request) -> Response:
        return Response(b"{}", media_type="application/json")

    return Starlette(routes=[Route(FLOOR_BATCH, batch, methods=["POST"]), Route(FLOOR_PING, ping)])


def _center_main(
    url: str, stations: Sequence[str], floor: bool, conn: multiprocessing.connection.Connection
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    logging.basicConfig(level=logging.WARNING)
    from sqlalchemy import func, select

    from sync.server.app import create_app
    from sync.server.central import Central, create_central_engine
    from sync.server.models import CentralBase, CentralRecord, Station
    from sync.server.runner import ServerThread

    engine = create_central_engine(url)
    CentralBase.metadata.drop_all(engine)  # a fresh center every time (the bench's own database)
    central = Central(engine)
    tokens = {code: central.add_station(code) for code in stations}
    if floor:
        with engine.connect() as c:
            station_id = int(c.scalar(select(func.min(Station.id))) or 0)
        app = floor_app(engine, station_id)
    else:
        app = create_app(central)
    server = ServerThread(app).start()
    conn.send({"url": server.url, "tokens": tokens, "pid": os.getpid()})
    try:
        while True:
            message = conn.recv()
            if message == "stop":
                break
            if message == "held":  # (versions stored, distinct (record id, version) pairs)
                with engine.connect() as c:
                    total = int(c.scalar(select(func.count()).select_from(CentralRecord)) or 0)
                    distinct = int(
                        c.scalar(
                            select(func.count()).select_from(
                                select(CentralRecord.record_id, CentralRecord.version).distinct().subquery()
                            )
                        )
                        or 0
                    )
                conn.send((total, distinct))
    finally:
        server.stop()
        engine.dispose()
        conn.send("stopped")


class CenterProcess:
    """The reference center (or the floor) in a child process; ``url`` and ``tokens`` once started."""

    def __init__(self, db_url: str, stations: Sequence[str] = ("7",), *, floor: bool = False) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(
            target=_center_main, args=(db_url, list(stations), floor, child), name="bench-center", daemon=True
        )
        self.url = ""
        self.tokens: dict[str, str] = {}
        self.pid = 0

    def start(self) -> CenterProcess:
        """Starts the child and waits until it listens."""
        self._process.start()
        if not self._conn.poll(_START_TIMEOUT_S):
            self._process.terminate()
            raise RuntimeError("the bench center did not start")
        info = self._conn.recv()
        self.url, self.tokens, self.pid = info["url"], info["tokens"], info["pid"]
        return self

    def held(self) -> tuple[int, int]:
        """(record versions stored, distinct record versions) at the center."""
        self._conn.send("held")
        answer: tuple[int, int] = self._conn.recv()
        return answer

    def stop(self) -> None:
        """Stops the server and the child."""
        if self._process.is_alive():
            self._conn.send("stop")
            self._conn.poll(30)
        self._process.join(30)
        if self._process.is_alive():
            self._process.terminate()

    def __enter__(self) -> CenterProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
