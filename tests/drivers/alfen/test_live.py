"""The Alfen driver's live section: channels, sample sources, the ALB settings as found, the
limits the tests change and the charger's view of its meter."""

from __future__ import annotations

import math

import pytest

from app.core.channels import METER_LINK, meter_current, names, socket_current, socket_mode3
from app.core.errors import InvalidInput
from app.core.hairdryer import Finding
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.core.verification import AlbSource
from app.drivers import registry
from app.drivers.alfen.channels import charger_channels
from app.drivers.alfen.driver import ALFEN
from app.drivers.alfen.live import HttpsSource, ModbusSocketSource
from app.drivers.alfen.modbus import AlfenModbusClient
from app.drivers.base import Values
from app.drivers.sources import CombinedSource

ALB_ON: Values = {
    "205E_0": 1,
    "2064_0": 3,
    "21A2_0": int(Feature.ALB),
    "5217_0": 5,
    "2530_1": 0,
    "206F_0": 1,
    "2067_0": 25.0,
    "2068_0": 6.0,
    "2069_0": "L2L3L1",
    "2189_0": 3,
    "2129_0": 16.0,
}


class FakeClient:
    """Answers reads from a dict, as a charger connection does."""

    def __init__(self, values: Values) -> None:
        self.values = values
        self.asked: list[list[str]] = []

    @property
    def driver(self) -> object:
        return ALFEN

    async def read(self, keys: object) -> Values:
        wanted = list(keys)  # type: ignore[call-overload]
        self.asked.append(wanted)
        return {k: self.values[k] for k in wanted if k in self.values}

    async def write(self, values: object) -> None:
        raise AssertionError("sampling never writes")


def test_the_registry_default_is_the_alfen_driver_with_every_channel() -> None:
    assert registry.driver() is ALFEN
    two = names(ALFEN.channels(2))
    assert len(set(two)) == len(two)
    assert {socket_current(2, 3), socket_mode3(1), meter_current(1), METER_LINK} <= set(two)
    assert names(ALFEN.channels(1)) == tuple(c.name for c in charger_channels(1))
    with pytest.raises(InvalidInput):
        ALFEN.channels(3)


async def test_https_source_reads_channels_by_their_property_and_leaves_gaps() -> None:
    client = FakeClient({"2221_A": 10.5, "5221_A": 4.0, "2540_0": 2, "2501_4": "text"})
    channels = ALFEN.channels(1)
    source = ALFEN.sample_source(client, channels)  # type: ignore[arg-type]
    assert isinstance(source, HttpsSource) and source.names == names(channels)
    row = await source.sample()
    assert row[socket_current(1, 1)] == 10.5 and row[meter_current(1)] == 4.0
    assert row[METER_LINK] == 2.0
    assert math.isnan(row[socket_mode3(1)]) and math.isnan(row[socket_current(1, 2)])
    assert "2221_A" in client.asked[0]


def test_an_unknown_channel_or_a_foreign_modbus_client_is_refused() -> None:
    from app.core.channels import Channel

    client = FakeClient({})
    with pytest.raises(InvalidInput, match="no channel"):
        HttpsSource(client, [Channel("x.unknown", "", "")])  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="Modbus"):
        ALFEN.sample_source(client, ALFEN.channels(1), modbus=object())  # type: ignore[arg-type]


def test_with_modbus_the_sockets_come_from_the_slave_map_and_the_rest_over_https() -> None:
    modbus = AlfenModbusClient("127.0.0.1", 1, timeout=0.1)  # never connected here
    channels = ALFEN.channels(2)
    source = ALFEN.sample_source(FakeClient({}), channels, modbus=modbus)  # type: ignore[arg-type]
    assert isinstance(source, CombinedSource)
    assert set(source.names) == set(names(channels))
    assert set(ModbusSocketSource(modbus, 2).names) < set(source.names)


def test_alb_config_as_found() -> None:
    config = ALFEN.alb_config(ALB_ON, 1)
    assert config.licensed and config.on and config.source is AlbSource.METER
    assert config.include_ev and config.max_meter == 25.0 and config.safe_current == 6.0
    assert config.mapping is PhaseMapping.L2L3L1 and config.socket_max == 16.0
    assert config.sockets == 1 and not config.blocking_reasons()
    assert set(ALB_ON) <= set(ALFEN.alb_config_keys())


def test_alb_config_defaults_and_the_mapping_falls_back_on_the_phase_count() -> None:
    config = ALFEN.alb_config({"2189_0": 1, "2069_0": "nonsense"}, 1)
    assert config.mapping is PhaseMapping.L1 and math.isnan(config.max_meter)
    assert config.source is AlbSource.NONE and not config.licensed and not config.on
    assert config.safe_current == 6.0 and config.socket_max == 16.0 and config.include_ev


@pytest.mark.parametrize(
    ("change", "finding"),
    [
        ({"21A2_0": 0}, Finding.ALB_UNLICENSED),
        ({"2064_0": 1}, Finding.ALB_OFF),
        ({"5217_0": -1}, Finding.ALB_OFF),
        ({"2530_1": 3}, Finding.ALB_SOURCE_EMS),
    ],
)
def test_blocking_reasons_name_no_setting_id(change: Values, finding: Finding) -> None:
    reasons = ALFEN.alb_config({**ALB_ON, **change}, 1).blocking_reasons()
    assert [r.finding for r in reasons] == [finding]
    assert not any(key in reasons[0].text for key in ALB_ON)


def test_a_socket_the_charger_lacks_is_refused() -> None:
    with pytest.raises(InvalidInput, match="no socket 2"):
        ALFEN.alb_config(ALB_ON, 2)
    assert ALFEN.alb_config({**ALB_ON, "205E_0": 2, "3129_0": 20.0}, 2).socket_max == 20.0


def test_the_keys_the_tests_change_and_the_monitor_shows() -> None:
    assert ALFEN.max_meter_key() == "2067_0"
    assert (ALFEN.socket_limit_key(1), ALFEN.socket_limit_key(2)) == ("212A_0", "312A_0")
    with pytest.raises(InvalidInput):
        ALFEN.socket_limit_key(3)
    assert dict(ALFEN.monitor_keys()) == {
        "max_meter": "2067_0",
        "safe": "2068_0",
        "alb_status": "2066_0",
    }


def test_the_meter_view_from_the_chargers_values() -> None:
    values: Values = {"5221_A": 4.0, "5221_B": 3.5, "5221_3": 230.0, "5221_13": 920.0}
    values.update({"212F_1": 4, "212F_3": 3.0, "2540_0": 2})
    view = ALFEN.meter_view(values)
    assert view.currents == (4.0, 3.5, None) and view.voltages == (230.0, None, None)
    assert view.powers == (920.0, None, None) and view.alb_currents == (4.0, None, 3.0)
    assert view.link_state == 2
    assert set(values) <= set(ALFEN.meter_view_keys())
    assert ALFEN.meter_view({}).link_state is None
