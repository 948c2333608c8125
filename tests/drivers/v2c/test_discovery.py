"""Finding a Trydan by address: the registry's probes against the simulated Trydan."""

from __future__ import annotations

import pytest

from app.core.discovery import Source
from app.core.errors import ProtocolError
from app.drivers import registry
from app.drivers.v2c.discovery import identity_from_realtime
from app.sim.v2c.server import SimulatedTrydan
from app.transports.discovery.probe import probe_address


async def test_a_typed_address_is_found_as_a_trydan(trydan: SimulatedTrydan) -> None:
    found = await probe_address(trydan.url, registry.probes(), within=3)
    assert (found.driver, found.serial, found.model) == ("v2c", "V2C0012345", "Trydan")
    assert (found.source, found.scheme, found.url) == (Source.MANUAL, "http", trydan.url)
    assert found.extra == {"firmware": "2.4.3"}


def test_the_probe_reads_text_too_and_refuses_what_is_no_trydan() -> None:
    assert identity_from_realtime('{"ID":"V2C1""Intensity":6}').serial == "V2C1"
    for body in (None, [], {"ID": "a/b"}, {"ObjectId": "ACE1"}, "<html>"):
        with pytest.raises(ProtocolError):
            identity_from_realtime(body)


async def test_a_trydan_with_the_missing_comma_quirk_is_found_by_address(
    trydan: SimulatedTrydan,
) -> None:
    trydan.model.faults.missing_comma = True
    found = await probe_address(trydan.url, registry.probes(), within=3)
    assert (found.driver, found.serial) == ("v2c", "V2C0012345")
