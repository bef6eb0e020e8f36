"""Runs an ASGI app under uvicorn on a socket we bind ourselves, in a thread (tests, benchmarks, GUI demos).

Binding first means port 0 works (the OS picks a free port, no race between picking and listening), and the
URL is known before the server starts. ``stop()`` asks uvicorn to exit and waits for the thread.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

# How long start() waits for uvicorn to report it is listening before giving up.
_START_TIMEOUT_S = 10.0


class ServerThread:
    """A uvicorn server for ``app`` on ``host:port`` (port 0: any free port), serving from a thread."""

    def __init__(
        self,
        app: Any,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        ssl_certfile: str | None = None,
        ssl_keyfile: str | None = None,
    ) -> None:
        self.app = app
        self.host = host
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self.port: int = self._sock.getsockname()[1]
        self._tls = ssl_certfile is not None
        config = uvicorn.Config(
            app,
            log_config=None,  # keep the process's logging as it is (our own rotating file, pytest capture)
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            ssl_certfile=ssl_certfile,
            ssl_keyfile=ssl_keyfile,
        )
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL clients use."""
        return f"{'https' if self._tls else 'http'}://{self.host}:{self.port}"

    def start(self) -> ServerThread:
        """Starts serving and returns once the server listens."""
        self._thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self._sock]}, name="central-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the central server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stops serving and waits for the thread (open connections are closed)."""
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._sock.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
