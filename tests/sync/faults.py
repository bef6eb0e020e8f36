"""Fault injection for the sync soak: a TCP proxy that breaks HTTP exchanges, and server hooks.

``FaultProxy`` sits between the counter's client and the real central server on 127.0.0.1 and understands
just enough HTTP/1.1 (request head, ``Content-Length`` body, response head and body) to break an exchange
at the places that matter:

* ``reset_request`` — half the request body reaches the server, then both connections are reset: the
  server stores nothing; the client sees a reset.
* ``drop_response`` — the request goes through and the server commits; the client's connection is reset
  before any answer: an acknowledged batch the client must send again (a replay).
* ``cut_response`` — half of the answer reaches the client, then a reset (connection reset mid-body).
* ``stall`` — the server commits, the proxy holds the answer longer than the client waits: a timeout.

``FaultyHooks`` injects in the server itself: 500 before commit (rolled back), 500 after commit (lost
ack), 429 and 503 with ``Retry-After``.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from collections import Counter
from enum import StrEnum

from fastapi import Response

from sync.server.app import InjectedFault, ServerHooks, problem


class ProxyFault(StrEnum):
    """A way the proxy breaks one HTTP exchange."""

    RESET_REQUEST = "reset_request"
    DROP_RESPONSE = "drop_response"
    CUT_RESPONSE = "cut_response"
    STALL = "stall"


class _Closed(Exception):
    pass


def _reset(sock: socket.socket) -> None:
    """Closes with RST instead of FIN (SO_LINGER 0), as a dropped network or a crashed peer does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class _Reader:
    """Buffered reads of HTTP/1.1 messages from a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise _Closed
        self.buf += chunk

    def head(self) -> bytes:
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        end = self.buf.index(b"\r\n\r\n") + 4
        head, self.buf = self.buf[:end], self.buf[end:]
        return head

    def exactly(self, n: int) -> bytes:
        while len(self.buf) < n:
            self._fill()
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def chunked(self) -> bytes:
        out = b""
        while True:
            while b"\r\n" not in self.buf:
                self._fill()
            line_end = self.buf.index(b"\r\n") + 2
            size_line = self.buf[:line_end]
            self.buf = self.buf[line_end:]
            size = int(size_line.split(b";")[0].strip(), 16)
            out += size_line
            if size == 0:
                out += self.exactly(2)  # final CRLF (no trailers from uvicorn)
                return out
            out += self.exactly(size + 2)


def _content_length(head: bytes) -> int | None:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return None


def _is_chunked(head: bytes) -> bool:
    return any(
        line.lower().startswith(b"transfer-encoding:") and b"chunked" in line.lower()
        for line in head.split(b"\r\n")[1:]
    )


class FaultProxy:
    """A fault-injecting HTTP/1.1 proxy on 127.0.0.1 in front of ``upstream``."""

    def __init__(
        self,
        upstream_port: int,
        rng: random.Random,
        rate: float,
        *,
        faults: tuple[ProxyFault, ...] = tuple(ProxyFault),
        stall_s: float = 0.6,
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.rng = rng
        self.rate = rate
        self.faults = faults
        self.stall_s = stall_s
        self.injected: Counter[str] = Counter()
        self.requests = 0
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._open: set[socket.socket] = set()

    @property
    def url(self) -> str:
        """The base URL clients use instead of the server's."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        """Starts accepting connections."""
        thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stops accepting and closes every connection."""
        self._stopping.set()
        # shutdown() wakes a thread blocked in accept()/recv(); close() alone does not on Linux.
        for sock in [self._listener, *self._open_sockets()]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for thread in list(self._threads):
            thread.join(timeout=5)

    def _open_sockets(self) -> list[socket.socket]:
        with self._lock:
            return list(self._open)

    def _pick(self) -> ProxyFault | None:
        with self._lock:
            self.requests += 1
            if self.rng.random() >= self.rate:
                return None
            fault = self.rng.choice(self.faults)
            self.injected[str(fault)] += 1
            return fault

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            thread.start()
            with self._lock:
                self._threads.append(thread)

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        with self._lock:
            self._open.add(client)
        try:
            from_client = _Reader(client)
            while not self._stopping.is_set():
                head = from_client.head()
                length = _content_length(head) or 0
                body = from_client.exactly(length)
                method = head.split(b" ", 1)[0]
                if upstream is None:
                    upstream = socket.create_connection(self.upstream)
                    with self._lock:
                        self._open.add(upstream)
                    from_server = _Reader(upstream)
                fault = self._pick()
                if fault is ProxyFault.RESET_REQUEST and length > 1:
                    upstream.sendall(head + body[: length // 2])
                    time.sleep(0.01)  # let the server start reading the body before the reset
                    _reset(upstream)
                    _reset(client)
                    return
                upstream.sendall(head + body)
                answer_head = from_server.head()
                status = int(answer_head.split(b" ", 2)[1])
                if method == b"HEAD" or status in (204, 304) or 100 <= status < 200:
                    answer_body = b""
                elif _is_chunked(answer_head):
                    answer_body = from_server.chunked()
                else:
                    answer_body = from_server.exactly(_content_length(answer_head) or 0)
                answer = answer_head + answer_body
                if fault is ProxyFault.DROP_RESPONSE:
                    _reset(client)
                    return
                if fault is ProxyFault.CUT_RESPONSE:
                    client.sendall(answer[: max(1, len(answer) // 2)])
                    _reset(client)
                    return
                if fault is ProxyFault.STALL:
                    self._stopping.wait(self.stall_s)
                    _reset(client)
                    return
                client.sendall(answer)
        except (_Closed, OSError, ValueError):
            pass
        finally:
            for sock in (client, upstream):
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.close()
                    with self._lock:
                        self._open.discard(sock)


class FaultyHooks(ServerHooks):
    """Server-side faults on the batch endpoint, drawn from ``rng`` at ``rate``."""

    KINDS = ("500_before_commit", "500_after_commit", "429", "503")

    def __init__(self, rng: random.Random, rate: float, retry_after_s: int = 7) -> None:
        self.rng = rng
        self.rate = rate
        self.retry_after_s = retry_after_s
        self.injected: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._local = threading.local()

    def _draw(self) -> str | None:
        with self._lock:
            if self.rng.random() >= self.rate:
                return None
            kind = self.rng.choice(self.KINDS)
            self.injected[kind] += 1
            return kind

    def before_batch(self) -> Response | None:
        kind = self._draw()
        self._local.kind = kind
        if kind in ("429", "503"):
            return problem(int(kind), "busy", {"Retry-After": str(self.retry_after_s)})
        return None

    def before_commit(self) -> None:
        if getattr(self._local, "kind", None) == "500_before_commit":
            raise InjectedFault

    def after_commit(self) -> Response | None:
        if getattr(self._local, "kind", None) == "500_after_commit":
            return problem(500, "injected fault after commit")
        return None
