"""A network receipt printer on 127.0.0.1 that records every byte and answers status queries.

It listens like a real one on a TCP port, parses the stream as it arrives (so DLE EOT is answered even in
the middle of a job, and raster bytes are never mistaken for commands), can be switched off and on again on
the same port, and reports paper-out or cover-open the way an Epson-compatible printer does.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field

from tests.printing.escpos_decode import UnexpectedByte, parse_prefix

# Status bytes (ESC/POS real-time status, DLE EOT n): bits 1 and 4 are always set.
_FIXED = 0x12


@dataclass
class Connection:
    """Bytes received on one connection, and whether they parsed."""

    data: bytearray = field(default_factory=bytearray)
    error: str = ""
    closed: bool = False


class FakeTcpPrinter:
    """Start with ``start()``; ``uri`` is what a counter is configured with."""

    def __init__(self) -> None:
        self.paper_out = False
        self.paper_low = False
        self.cover_open = False
        self.answers_status = True
        self.connections: list[Connection] = []
        self._lock = threading.Condition()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = False
        probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()

    @property
    def uri(self) -> str:
        """``tcp://127.0.0.1:PORT``."""
        return f"tcp://127.0.0.1:{self.port}"

    # ------------------------------------------------------------------ power
    def start(self) -> None:
        """Switches the printer on (listens on its port)."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(4)
        listener.settimeout(0.05)
        self._listener = listener
        self._stopping = False
        thread = threading.Thread(target=self._accept_loop, args=(listener,), daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        """Switches the printer off: connections are refused until ``start()``."""
        self._stopping = True
        for thread in self._threads:
            thread.join(timeout=2)
        self._threads.clear()
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _accept_loop(self, listener: socket.socket) -> None:
        while not self._stopping:
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            record = Connection()
            with self._lock:
                self.connections.append(record)
            self._serve(conn, record)

    def _status(self, n: int) -> int:
        if n == 1:
            return _FIXED | (0x08 if (self.paper_out or self.cover_open) else 0)
        if n == 2:
            return _FIXED | (0x04 if self.cover_open else 0) | (0x20 if self.paper_out else 0)
        if n == 4:
            return _FIXED | (0x60 if self.paper_out else 0) | (0x0C if self.paper_low else 0)
        return _FIXED

    def _serve(self, conn: socket.socket, record: Connection) -> None:
        conn.settimeout(0.05)
        pending = b""
        with conn:
            while True:
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    if self._stopping:
                        return
                    continue
                except OSError:
                    break
                if not chunk:
                    break
                with self._lock:
                    record.data.extend(chunk)
                pending += chunk
                try:
                    commands, used = parse_prefix(pending)
                except UnexpectedByte as exc:
                    record.error = str(exc)
                    commands, used = [], len(pending)
                pending = pending[used:]
                for command in commands:
                    if command.name == "DLE_EOT" and self.answers_status:
                        conn.sendall(bytes((self._status(command.params[0]),)))
        with self._lock:
            record.closed = True
            self._lock.notify_all()

    # ------------------------------------------------------------------ what was printed
    def jobs(self) -> list[bytes]:
        """The bytes of every finished connection that carried more than status queries."""
        with self._lock:
            return [bytes(c.data) for c in self.connections if c.closed and len(c.data) > 16]

    def wait_for_jobs(self, count: int, timeout: float = 10.0) -> list[bytes]:
        """Blocks until ``count`` jobs arrived (or the timeout passed) and returns them."""
        with self._lock:
            self._lock.wait_for(
                lambda: len([c for c in self.connections if c.closed and len(c.data) > 16]) >= count, timeout
            )
        return self.jobs()
