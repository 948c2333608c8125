"""The simulated charger's self-signed TLS certificate, kept across runs when given a folder.

Real NG9xx chargers present a self-signed certificate; clients either skip verification or pin
it on first use (ARCHITECTURE.md, persistence). A real charger keeps its certificate, so with a
folder each simulated charger keeps its key and certificate in `<folder>/<serial>.pem` (owner
only) and presents the same one at every start; without one it makes a new pair in memory.
`regenerate()` gives the charger a new key and certificate (and stores them), which is how the
simulator plays "the certificate changed" (board swap, firmware).
"""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import logging
import os
import re
import ssl
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

log = logging.getLogger(__name__)

_VALID_DAYS = 3650
_KEY_MARK = b"-----BEGIN PRIVATE KEY-----"


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

    def __init__(self, serial: str, folder: Path | None = None) -> None:
        self.common_name = f"alfen-{serial}"
        self.path = folder / f"{_file_stem(serial)}.pem" if folder is not None else None
        self.pem = b""
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        stored = _load_pair(self.path) if self.path is not None else None
        if stored is None:
            self.regenerate()
        else:
            self._use(*stored)

    def regenerate(self) -> None:
        """New key and certificate; connections made from now on see the new one."""
        cert_pem, key_pem = _make_pair(self.common_name)
        if self.path is not None:
            _store_pair(self.path, cert_pem, key_pem)
        self._use(cert_pem, key_pem)

    def _use(self, cert_pem: bytes, key_pem: bytes) -> None:
        self.context = _server_context(cert_pem, key_pem)
        self.pem = cert_pem

    @property
    def der(self) -> bytes:
        return ssl.PEM_cert_to_DER_cert(self.pem.decode("ascii"))

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the DER certificate, the form a client pins."""
        return hashlib.sha256(self.der).hexdigest()


def _file_stem(serial: str) -> str:
    """The serial as a file name; anything but letters, digits, `-` and `_` is hashed."""
    if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", serial):
        return serial.lower()
    return "serial-" + hashlib.sha256(serial.encode()).hexdigest()[:32]


def _load_pair(path: Path) -> tuple[bytes, bytes] | None:
    """The stored certificate and key, or None (missing, damaged or expired: a new pair)."""
    try:
        data = path.read_bytes()
        cert_pem, mark, key_rest = data.partition(_KEY_MARK)
        key_pem = mark + key_rest
        cert = x509.load_pem_x509_certificate(cert_pem)
        serialization.load_pem_private_key(key_pem, password=None)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as exc:
        log.warning("Stored certificate %s is unusable (%s); making a new one", path, exc)
        return None
    if cert.not_valid_after_utc <= datetime.datetime.now(datetime.UTC):
        log.info("Stored certificate %s has expired; making a new one", path)
        return None
    return cert_pem, key_pem


def _store_pair(path: Path, cert_pem: bytes, key_pem: bytes) -> None:
    """Write certificate and key to one owner-only file, atomically (temp file, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(cert_pem + key_pem)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
