"""`commissioner --self-check`: prove that what a frozen build needs is there and loads.

PyInstaller follows `import` statements; it cannot see modules that compiled extensions import
from C (zeroconf, dbus-fast), plugins found through entry-point metadata (keyring backends),
backends chosen at run time (bleak), Qt plugins, or data files. Each check here exercises one of
those for real, without touching any network but 127.0.0.1, and reports JSON on stdout:
    {"app": ..., "version": ..., "frozen": true, "checks": [{"name", "status", "detail"}]}
Status is "ok", "fail" (the build is broken), or "degraded" (the build is fine but this machine
lacks something outside it, e.g. no Secret Service daemon). The exit code is 1 when any check
fails. packaging/smoke_test.py runs this inside the built binary and decides what is fatal.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import importlib.machinery
import json
import struct
import sys
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

import app
from app.bundle import licences
from app.bundle.outcome import DEGRADED, FAIL, OK, Outcome, bundle_root, is_frozen

MANIFEST_NAME = "commissioner-build.json"

# The keyring backend that should serve on each platform, and what it needs bundled.
KEYRING_EXPECTED = {
    "linux": ("keyring.backends.SecretService", ("secretstorage", "jeepney")),
    "darwin": ("keyring.backends.macOS", ("keyring.backends.macOS.api",)),
    "win32": ("keyring.backends.Windows", ("win32ctypes.pywin32.win32cred",)),
}


@dataclass
class CheckResult:
    name: str
    status: str
    detail: dict[str, object] = field(default_factory=dict)


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def compiled_modules(package: str) -> list[str]:
    """Dotted names of the compiled extension modules inside an imported package."""
    root = Path(importlib.import_module(package).__file__ or "").parent
    suffixes = sorted(importlib.machinery.EXTENSION_SUFFIXES, key=len, reverse=True)
    names = set()
    for path in root.rglob("*"):
        relative = path.relative_to(root).as_posix()
        suffix = next((s for s in suffixes if relative.endswith(s)), None)
        if suffix is None:
            continue
        parts = relative[: -len(suffix)].split("/")
        if parts[-1] == "__init__":
            parts.pop()
        names.add(".".join([package, *parts]))
    return sorted(names)


def _import_all(names: list[str]) -> dict[str, str]:
    """Import each module; map the ones that fail to their error."""
    failures = {}
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # the point is to report any failure, of any kind
            failures[name] = _error(exc)
    return failures


def _backend_reasons(modules: list[str]) -> dict[str, str]:
    """Each keyring backend class in `modules`, and its priority or why it is not usable."""
    from keyring.backend import KeyringBackend

    reasons = {}
    for module_name in modules:
        module = sys.modules.get(module_name)
        for value in vars(module).values() if module else ():
            if not (
                isinstance(value, type)
                and issubclass(value, KeyringBackend)
                and value.__module__ == module_name
                and not getattr(value, "__abstractmethods__", None)
            ):
                continue
            try:
                reasons[f"{module_name}.{value.__name__}"] = f"priority {value.priority}"
            except Exception as exc:  # backends say why they are unusable by raising
                reasons[f"{module_name}.{value.__name__}"] = _error(exc)
    return reasons


def _is_real_keyring(backend: object) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def check_keyring() -> Outcome:
    """Entry-point metadata bundled, backend modules import, and which backend serves."""
    import keyring

    points = {ep.name: ep.value for ep in metadata.entry_points(group="keyring.backends")}
    expected, needs = KEYRING_EXPECTED.get(sys.platform, ("", ()))
    failures = _import_all(sorted(points.values()) + list(needs))
    backend = keyring.get_keyring()
    reasons = _backend_reasons(sorted(points.values()))
    detail: dict[str, object] = {
        "backend": f"{type(backend).__module__}.{type(backend).__qualname__}",
        "real": _is_real_keyring(backend),
        "entry_points": sorted(points),
        "candidates": reasons,
        "import_failures": failures,
    }
    if not points or failures:
        detail["reason"] = "keyring backends or their metadata were not bundled"
        return FAIL, detail
    if detail["real"]:
        return OK, detail
    detail["reason"] = "no usable system keyring here: " + "; ".join(
        f"{name}: {why}" for name, why in reasons.items() if name.startswith(expected)
    )
    return DEGRADED, detail


def check_zeroconf() -> Outcome:
    """The compiled modules import, and an mDNS answer survives encode and decode."""
    import socket

    import zeroconf
    from zeroconf import DNSIncoming, DNSOutgoing, ServiceInfo, const

    modules = compiled_modules("zeroconf")
    failures = _import_all(modules)
    info = ServiceInfo(
        "_alfen._tcp.local.",
        "alfen-ace0000001._alfen._tcp.local.",
        addresses=[socket.inet_aton("127.0.0.1")],
        port=443,
        server="alfen-ace0000001.local.",
    )
    outgoing = DNSOutgoing(const._FLAGS_QR_RESPONSE | const._FLAGS_AA)
    for record in (info.dns_pointer(), info.dns_service(), *info.dns_addresses()):
        outgoing.add_answer_at_time(record, 0)
    answers = {a.name for a in DNSIncoming(outgoing.packets()[0]).answers()}
    detail: dict[str, object] = {
        "version": zeroconf.__version__,
        "compiled_modules": len(modules),
        "import_failures": failures,
        "decoded_names": sorted(answers),
    }
    if failures or info.name not in answers:
        return FAIL, detail
    if not modules:
        detail["reason"] = "zeroconf runs as pure Python (no compiled modules bundled)"
        return DEGRADED, detail
    return OK, detail


def check_bleak() -> Outcome:
    """This platform's BLE backend (scanner and client) imports; nothing is scanned."""
    from bleak.backends.client import get_platform_client_backend_type
    from bleak.backends.scanner import get_platform_scanner_backend_type

    scanner, backend = get_platform_scanner_backend_type()
    client, _ = get_platform_client_backend_type()
    detail: dict[str, object] = {
        "backend": str(backend),
        "scanner": f"{scanner.__module__}.{scanner.__qualname__}",
        "client": f"{client.__module__}.{client.__qualname__}",
    }
    if sys.platform == "linux":
        modules = compiled_modules("dbus_fast")
        detail["dbus_fast_compiled_modules"] = len(modules)
        detail["import_failures"] = failures = _import_all(modules)
        if failures:
            return FAIL, detail
    return OK, detail


async def _answer_reads(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A bare Modbus TCP unit: answers one read of holding registers with their addresses."""
    try:
        request = await reader.readexactly(12)  # MBAP header (7) + function, address, count
        address, count = struct.unpack(">HH", request[8:12])
        words = struct.pack(f">{count}H", *range(address, address + count))
        body = bytes([request[6], request[7], 2 * count]) + words
        writer.write(request[:4] + struct.pack(">H", len(body)) + body)
        await writer.drain()
    finally:
        writer.close()


async def _modbus_roundtrip() -> list[int]:
    from pymodbus.client import AsyncModbusTcpClient

    server = await asyncio.start_server(_answer_reads, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with asyncio.timeout(10), server:
        client = AsyncModbusTcpClient("127.0.0.1", port=port, timeout=2)
        try:
            await client.connect()
            reply = await client.read_holding_registers(100, count=4, device_id=1)
            return list(reply.registers)
        finally:
            client.close()


def check_modbus() -> Outcome:
    """The pymodbus client reads from a bare Modbus unit on 127.0.0.1; the demo's server loads."""
    import pymodbus

    registers = asyncio.run(_modbus_roundtrip())
    detail: dict[str, object] = {"version": pymodbus.__version__, "registers": registers}
    detail["import_failures"] = failures = _import_all(["pymodbus.server", "pymodbus.simulator"])
    if failures:
        return FAIL, detail
    return (OK if registers == [100, 101, 102, 103] else FAIL), detail


def check_bundle() -> Outcome:
    """Version metadata, data files the build listed, and licence metadata are all present."""
    detail: dict[str, object] = {"root": str(bundle_root())}
    try:
        detail["version_metadata"] = metadata.version(licences.PROJECT)
    except metadata.PackageNotFoundError:
        detail["version_metadata"] = None
    manifest_path = bundle_root() / MANIFEST_NAME
    if manifest_path.exists():
        listed = json.loads(manifest_path.read_text(encoding="utf-8"))["data"]
    else:
        listed = ["resources/icons/commissioner.svg"]
    missing = [name for name in listed if not (bundle_root() / name).is_file()]
    detail.update(
        data_files=len(listed),
        missing_data=missing,
        libraries=len(licences.bundled_libraries()),
        missing_metadata=licences.missing_requirements(),
    )
    problems = [
        text
        for text, bad in (
            (f"data files missing: {missing[:5]}", missing),
            (f"metadata missing for: {detail['missing_metadata']}", detail["missing_metadata"]),
            ("no version metadata", is_frozen() and detail["version_metadata"] is None),
            (f"no {MANIFEST_NAME}", is_frozen() and not manifest_path.exists()),
        )
        if bad
    ]
    if problems:
        detail["reason"] = "; ".join(problems)
        return FAIL, detail
    return OK, detail


def _checks() -> list[tuple[str, Callable[[], Outcome]]]:
    from app.bundle import selfcheck_qt

    return [
        ("keyring", check_keyring),
        ("zeroconf", check_zeroconf),
        ("bleak", check_bleak),
        ("pymodbus", check_modbus),
        ("bundle", check_bundle),
        ("qt", selfcheck_qt.check_qt),
        ("qt_libraries", selfcheck_qt.check_qt_libraries),
    ]


def run_checks() -> dict[str, object]:
    """Run every check; an exception in one is that check's failure, not the end of the run."""
    results = []
    for name, check in _checks():
        try:
            status, detail = check()
        except Exception as exc:  # any failure of any library is what we are looking for
            status = FAIL
            detail = {"error": _error(exc), "traceback": traceback.format_exc(limit=6)}
        results.append(CheckResult(name, status, detail))
    return {
        "app": app.APP_NAME,
        "version": app.__version__,
        "frozen": is_frozen(),
        "platform": sys.platform,
        "python": sys.version.split()[0],
        "checks": [asdict(result) for result in results],
    }


def run_self_check(_args: argparse.Namespace) -> int:
    """Print the report as JSON; exit 1 when any check failed."""
    report = run_checks()
    sys.stdout.write(json.dumps(report, indent=2, default=str) + "\n")
    sys.stdout.flush()
    failed = [c for c in report["checks"] if c["status"] == FAIL]  # type: ignore[attr-defined]
    return 1 if failed else 0
