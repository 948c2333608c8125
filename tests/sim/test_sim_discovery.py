"""The simulator's discovery side: advertiser input checks and charger advertisements."""

from __future__ import annotations

import uuid

import pytest

from app.core.discovery import match_advertisement
from app.core.errors import InvalidInput
from app.drivers import registry
from app.sim.ble import SimAdvertisement
from app.sim.mdns import MdnsAdvertiser, MdnsEntry, host_name


def test_host_name_has_the_form_real_chargers_use() -> None:
    assert host_name("ACE0781464") == "alfen-ace0781464.local."


def test_simulated_ble_charger_is_claimed_by_the_alfen_pattern_with_its_serial() -> None:
    ad = SimAdvertisement.for_charger("ace0781464", index=3)
    found = match_advertisement(registry.ble_matchers(), ad.name or "", ad.manufacturer_data)
    assert found is not None and found.serial == "ACE0781464"
    assert ad.address == "02:00:00:00:00:03"


async def test_advertiser_refuses_bad_entries_and_keeps_what_it_had() -> None:
    advertiser = MdnsAdvertiser(("127.0.0.1",))
    one, two, three = (f"SIM{uuid.uuid4().hex[:8].upper()}" for _ in range(3))
    with pytest.raises(RuntimeError, match="start"):
        await advertiser.add(MdnsEntry("ACE1", "NG910", 8443))
    try:
        await advertiser.start([MdnsEntry(one, "NG910", 8443, "new")])
        with pytest.raises(InvalidInput, match="already advertised"):
            await advertiser.add((one, "NG910", 9443, "https"))
        with pytest.raises(InvalidInput, match="neither a scheme"):
            await advertiser.add((two, "NG910", 9443, "ftp"))
        with pytest.raises(InvalidInput, match="not 1…65535"):
            await advertiser.add((three, "NG910", 0, "http"))
        assert advertiser.advertised == (one,)
    finally:
        await advertiser.stop()
    assert advertiser.advertised == ()
