"""The simulated charger's self-signed TLS certificate, made in memory at start.

Real NG9xx chargers present a self-signed certificate; clients either skip verification or pin
it on first use (ARCHITECTURE.md, persistence). `regenerate()` gives the charger a new key and
certificate, which is how the simulator plays "the certificate changed" (board swap, firmware).
"""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import ssl
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

_VALID_DAYS = 3650


def _make_pair(common_name: str) -> tuple[bytes, bytes]:
    """A fresh EC P-256 key and a self-signed certificate for 127.0.0.1, both PEM."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=_VALID_DAYS))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def _server_context(cert_pem: bytes, key_pem: bytes) -> ssl.SSLContext:
    """An SSLContext loaded with the pair; the PEM files live only inside a deleted temp dir."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with tempfile.TemporaryDirectory(prefix="commissioner-tls-") as folder:
        cert_file = Path(folder) / "cert.pem"
        key_file = Path(folder) / "key.pem"
        cert_file.write_bytes(cert_pem)
        key_file.touch(mode=0o600)
        key_file.write_bytes(key_pem)
        context.load_cert_chain(cert_file, key_file)
    return context


class ChargerCertificate:
    """The certificate of one simulated charger (CN `alfen-<serial>`, SAN IP 127.0.0.1)."""

    def __init__(self, serial: str) -> None:
        self.common_name = f"alfen-{serial}"
        self.pem = b""
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.regenerate()

    def regenerate(self) -> None:
        """New key and certificate; connections made from now on see the new one."""
        cert_pem, key_pem = _make_pair(self.common_name)
        self.context = _server_context(cert_pem, key_pem)
        self.pem = cert_pem

    @property
    def der(self) -> bytes:
        return ssl.PEM_cert_to_DER_cert(self.pem.decode("ascii"))

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the DER certificate, the form a client pins."""
        return hashlib.sha256(self.der).hexdigest()
