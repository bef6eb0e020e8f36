"""TLS to the center is verified: a center whose certificate the counter cannot verify is unreachable,
and a configured CA bundle (a ministry's private CA) makes it reachable. Real certificates, made here."""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.domain.clock import FixedClock
from sync.client import CentralClient, TransientError
from sync.pump import Pump
from sync.server.app import create_app
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.sync.helpers import T0, MemStore, wire_records


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write_pki(folder: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for 127.0.0.1 signed by it: (ca.pem, server.pem, server.key)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("PSC test CA"))
        .issuer_name(_name("PSC test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem, cert_pem, key_pem = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    # The CA's key too, for tests that sign station (client) certificates with it.
    (folder / "ca.key").write_bytes(
        ca_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return ca_pem, cert_pem, key_pem


@pytest.fixture
def tls_center(tmp_path: Path) -> Iterator[tuple[ServerThread, str, Path]]:
    ca, cert, key = _write_pki(tmp_path)
    central = Central.from_url(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    token = central.add_station("101")
    with ServerThread(create_app(central), ssl_certfile=str(cert), ssl_keyfile=str(key)) as server:
        yield server, token, ca
    central.engine.dispose()


def test_the_center_is_reached_over_tls_only_with_its_ca(tls_center: tuple[ServerThread, str, Path]) -> None:
    server, token, ca = tls_center
    assert server.url.startswith("https://127.0.0.1:")
    unverified = CentralClient(server.url, token, timeout=5)
    try:
        with pytest.raises(TransientError) as refused:
            unverified.health()
        assert "network" in str(refused.value)  # the TLS handshake failed: treated as unreachable
    finally:
        unverified.close()

    store = MemStore()
    store.add(wire_records(3, random.Random(1)))
    client = CentralClient(server.url, token, ca_bundle=str(ca), timeout=5)
    try:
        assert client.health().station == "101"
        report = Pump(store, client, FixedClock(T0), random.Random(0)).cycle()
    finally:
        client.close()
    assert report.acked == 3 and report.error == ""
