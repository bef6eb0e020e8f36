"""Transport and identity (issue 8): ``http://`` only to this machine, refused before any name look-up;
``central serve`` terminating TLS itself with mutual TLS, a counter syncing over HTTPS with verification,
failing cleanly against a wrong CA and without a client certificate. Certificates from a throwaway CA made
here with ``cryptography``."""

from __future__ import annotations

import datetime as dt
import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.cli import main
from app.services import Services
from app.services.sync_service import SyncService
from app.services.types import CurrentUser, KnownError
from sync.server.central import Central
from tests.helpers.counter import complaint
from tests.sync.test_tls import _write_pki

ROOT = Path(__file__).resolve().parents[2]


def test_http_to_another_host_is_refused_before_any_lookup(
    counter_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    looked_up: list[object] = []

    def spy(*args: object, **kwargs: object) -> list[object]:
        looked_up.append(args[0])
        raise AssertionError("a name was looked up")

    token = tmp_path / "token.txt"
    token.write_text("a-token", encoding="utf-8")
    monkeypatch.setattr(socket, "getaddrinfo", spy)
    monkeypatch.setattr(socket, "create_connection", spy)
    url = "http://center.example.invalid:8111"
    assert (
        main(["--home", str(counter_home), "connect", "--server-url", url, "--token-file", str(token)]) == 2
    )
    err = capsys.readouterr().err
    assert "[server_url_insecure]" in err and "https://" in err
    assert looked_up == []
    assert not (counter_home / "settings.toml").exists()  # nothing saved


def _client_cert(folder: Path, ca_pem: Path, ca_key_pem: Path) -> tuple[Path, Path]:
    """A station certificate signed by the throwaway CA: (station.pem, station.key)."""
    ca = x509.load_pem_x509_certificate(ca_pem.read_bytes())
    ca_key = serialization.load_pem_private_key(ca_key_pem.read_bytes(), None)
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "station 005")]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    pem, key_pem = folder / "station.pem", folder / "station.key"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_pem.chmod(0o600)
    return pem, key_pem


@pytest.fixture
def mtls_center(tmp_path: Path) -> Iterator[tuple[str, str, Path, Path, Path, Path]]:
    """``central serve --tls-cert --tls-key --client-ca`` as its own process.

    Yields (url, token of station 101, ca.pem, station.pem, station.key, wrong-ca.pem)."""
    pki = tmp_path / "pki"
    pki.mkdir()
    ca, cert, key = _write_pki(pki)
    ca_key = pki / "ca.key"
    assert ca_key.exists(), "tests.sync.test_tls._write_pki keeps the CA key"
    station_pem, station_key = _client_cert(pki, ca, ca_key)
    other = tmp_path / "other"
    other.mkdir()
    wrong_ca, _, _ = _write_pki(other)
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    key_file = tmp_path / "central.key"
    token = Central.from_url(db).add_station("101")  # before the server opens it (its own key is irrelevant)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PSC_CENTRAL_KEY_FILE": str(key_file)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.cli",
            "central",
            "serve",
            "--db",
            db,
            "--port",
            str(port),
            "--tls-cert",
            str(cert),
            "--tls-key",
            str(key),
            "--client-ca",
            str(ca),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"https://127.0.0.1:{port}"
    try:
        for _ in range(600):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode() if proc.stderr else "serve exited")
            time.sleep(0.05)
        yield url, token, ca, station_pem, station_key, wrong_ca
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


def test_a_counter_syncs_over_mutual_tls_and_fails_cleanly_otherwise(
    mtls_center: tuple[str, str, Path, Path, Path, Path],
    counter: Services,
    officer: CurrentUser,
) -> None:
    url, token, ca, station_pem, station_key, wrong_ca = mtls_center
    service = SyncService(counter.ctx, counter.audit_log, timeout=10)
    counter.sync = service
    # Plain HTTPS without the center's CA, with the wrong CA, and without a client certificate: refused,
    # as "unreachable", and nothing is saved.
    for kwargs in ({}, {"ca_bundle": str(wrong_ca)}, {"ca_bundle": str(ca)}):
        with pytest.raises(KnownError) as refused:
            service.connect(url, token, **kwargs)  # type: ignore[arg-type]
        assert refused.value.code == "server_unreachable"
        assert service.connection() is None
    with pytest.raises(httpx.TransportError):  # the server itself demands the client certificate
        httpx.get(f"{url}/v1/health", verify=ssl.create_default_context(cafile=str(ca)), timeout=5)

    assert (
        service.connect(url, token, str(ca), client_cert=str(station_pem), client_key=str(station_key))
        == "101"
    )
    counter.complaints.register(officer, complaint(5))
    report = service.run_once()
    assert report.acked == 1 and report.error == "" and service.drained()
