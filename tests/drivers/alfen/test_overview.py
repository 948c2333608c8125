"""The Alfen overview and live-status mapping: which properties, and what they become."""

from __future__ import annotations

from app.core.identity import ChargerIdentity
from app.drivers.alfen.driver import ALFEN
from app.drivers.alfen.records import setting_key

ONE = ChargerIdentity("ACE1", "NG910-60027", "7.4.5-4415", sockets=1)
TWO = ChargerIdentity("ACE2", "NG920-61001", "7.4.5-4415", sockets=2)


def test_the_live_poll_reads_states_limit_and_currents_per_socket() -> None:
    assert ALFEN.live_keys(1) == (
        "2501_1", "2501_4", "212C_0", "2221_A", "2221_B", "2221_C",
    )  # fmt: skip
    assert ALFEN.live_keys(2)[6:] == ("2502_1", "2502_4", "312C_0", "3221_A", "3221_B", "3221_C")
    assert all(setting_key(k) == k for k in ALFEN.overview_keys(2))  # spelt as on the wire


def test_the_overview_reads_the_second_socket_only_when_there_is_one() -> None:
    one, two = set(ALFEN.overview_keys(1)), set(ALFEN.overview_keys(2))
    assert set(ALFEN.live_keys(1)) <= one and set(ALFEN.live_keys(2)) <= two
    assert "3129_0" in two and "3129_0" not in one
    assert len(ALFEN.overview_keys(2)) == len(two)  # no key read twice


def test_values_become_the_neutral_overview() -> None:
    values = {
        "1008_0": "Garage",
        "2052_1": "00:11:22:33:44:55",
        "2189_0": 3,
        "21A0_0": "LIC-1",
        "21A2_0": 0x5,
        "2062_0": 32.0,
        "2067_0": 25.0,
        "2068_0": 6.0,
        "2129_0": 16.0,
        "3129_0": 32.0,
        "212C_0": 10.0,
        "2501_1": 3,
        "2501_4": 194,
        "2221_A": 9.5,
        "2221_B": 9.4,
        "2221_C": True,  # not a number: shown as 0
    }
    overview = ALFEN.overview(TWO, values)
    assert (overview.device_name, overview.mac_address) == ("Garage", "00:11:22:33:44:55")
    assert (overview.installation_phases, overview.licence_device_id) == ("3", "LIC-1")
    assert overview.feature_bits == 5 and len(overview.features) == 2
    assert (overview.station.station_max, overview.station.alb_safe) == (32.0, 6.0)
    assert overview.socket(1).configured == 16.0 and overview.socket(2).configured == 32.0
    assert overview.socket(1).in_force == 10.0 and overview.socket(2).in_force is None
    assert overview.socket(3).configured is None
    first, second = overview.live.sockets
    assert first.charging and (first.main_state, first.limit) == (3, 10.0)
    assert first.currents == (9.5, 9.4, 0.0)
    assert second.currents == (0.0, 0.0, 0.0) and not second.charging
    assert len(ALFEN.overview(ONE, values).sockets) == 1
