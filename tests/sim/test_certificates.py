"""Simulated chargers keep their key and certificate across runs, as real ones do, and change
it only when the control API's certificate fault asks."""

from __future__ import annotations

import stat
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import CertificateChanged
from app.drivers.alfen.client import AlfenClient
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.sim.tls import ChargerCertificate, _load_pair
from app.transports.pins import PinStore
from tests.sim_site import SITE


def test_a_stored_certificate_is_presented_again(tmp_path: Path) -> None:
    first = ChargerCertificate("ace0000011", tmp_path)
    again = ChargerCertificate("ace0000011", tmp_path)
    other = ChargerCertificate("ace0000012", tmp_path)
    assert again.sha256 == first.sha256 != other.sha256
    stored = tmp_path / "ace0000011.pem"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600  # it holds the private key
    first.regenerate()
    assert ChargerCertificate("ace0000011", tmp_path).sha256 == first.sha256 != again.sha256


def test_without_a_folder_every_start_makes_a_new_one() -> None:
    assert ChargerCertificate("ace0000011").sha256 != ChargerCertificate("ace0000011").sha256


@pytest.mark.parametrize("damage", [b"", b"not a pem", b"-----BEGIN PRIVATE KEY-----\nxx"])
def test_a_damaged_store_gives_a_new_certificate(tmp_path: Path, damage: bytes) -> None:
    (tmp_path / "ace0000011.pem").write_bytes(damage)
    made = ChargerCertificate("ace0000011", tmp_path)
    assert ChargerCertificate("ace0000011", tmp_path).sha256 == made.sha256


def test_odd_serials_become_safe_file_names(tmp_path: Path) -> None:
    ChargerCertificate("../../etc/passwd", tmp_path)
    assert [p.parent for p in tmp_path.iterdir()] == [tmp_path]


async def _login_all(site: SimulatedSite, pins: PinStore) -> None:
    for node in site.nodes:
        async with AlfenClient(
            node.api.url, node.charger.password, pins=pins, expected_serial=node.charger.serial
        ) as client:
            assert client.identity.serial == node.charger.serial


async def test_the_same_site_started_twice_keeps_its_pins(tmp_path: Path) -> None:
    template = parse_site(SITE, "protocol-tests.toml")
    pins_file = tmp_path / "pins.json"
    folder = tmp_path / "certificates"
    async with SimulatedSite(template, certificates=folder) as site:
        await _login_all(site, PinStore(pins_file))
    async with SimulatedSite(template, certificates=folder) as site:
        await _login_all(site, PinStore(pins_file))  # no CertificateChanged
        serial = site.nodes[0].charger.serial
        async with httpx.AsyncClient(timeout=5) as control:
            body = {"serial": serial, "kind": "new_certificate"}
            assert (await control.post(f"{site.control_url}/fault", json=body)).is_success
    async with SimulatedSite(template, certificates=folder) as site:
        with pytest.raises(CertificateChanged) as caught:
            await _login_all(site, PinStore(pins_file))
        assert caught.value.serial == serial  # the fault's certificate outlived the run
        assert site.node(serial).api.certificate.sha256 == caught.value.presented


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096) | st.text(max_size=2048).map(str.encode))
def test_any_stored_bytes_give_a_usable_certificate(tmp_path: Path, data: bytes) -> None:
    """Whatever the file holds, reading it raises nothing: anything but a whole pair is None,
    and the charger makes a new certificate."""
    (tmp_path / "ace0000011.pem").write_bytes(data)
    assert _load_pair(tmp_path / "ace0000011.pem") is None  # random bytes are never a pair


def test_a_pin_has_one_tls_context_and_a_new_certificate_a_new_one() -> None:
    """Reconnecting (a car park after its reboot) reuses the pin's context; a changed
    certificate, once accepted, is trusted through a context of its own."""
    from app.transports.pins import Pin, fingerprint, pinned_context

    first, second = ChargerCertificate("ACE0000001"), ChargerCertificate("ACE0000001")
    pin = Pin("ACE0000001", fingerprint(first.der), first.pem.decode("ascii"))
    assert pinned_context(pin) is pinned_context(Pin(pin.serial, pin.sha256, pin.pem))
    changed = Pin("ACE0000001", fingerprint(second.der), second.pem.decode("ascii"))
    assert pinned_context(changed) is not pinned_context(pin)
