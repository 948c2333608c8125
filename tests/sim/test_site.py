"""Site templates: the demo preset loads; every mistake names the file and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimClock
from app.sim.site import build_charger, load_site, parse_site
from tests.sim.helpers import site_data

DEMO = Path(__file__).resolve().parents[2] / "presets" / "sites" / "demo.toml"


def test_demo_site_has_three_chargers_loads_and_a_hair_dryer() -> None:
    site = load_site(DEMO)
    assert [c.sockets for c in site.chargers] == [1, 1, 2]
    assert all(c.phases == 3 for c in site.chargers)
    assert {c.session for c in site.chargers} == {"token", "cookie"}
    household = sum(sum(load.amps) for load in site.loads if load.on)
    assert 8.0 <= household <= 12.0
    dryer = next(load for load in site.loads if load.name == "hair dryer")
    assert dryer.on is False and sorted(dryer.amps) == [0.0, 0.0, 9.0]
    assert site.chargers[0].licence == Feature.ALB | Feature.SCN
    assert site.chargers[1].wiring == (PhaseMapping.L3L1L2,)
    rtu = {"preset": "Eastron SDM72D", "unit": 2, "baud": 9600, "parity": "none", "stopbits": 1}
    assert site.meter == {"preset": "Eastron SDM630", "p1": True, "rtu": rtu}


def test_template_builds_chargers_with_initial_values() -> None:
    spec = load_site(DEMO).chargers[2]
    charger = build_charger(spec, SimClock())
    assert len(charger.sockets) == 2 and charger.sockets[1].wiring is PhaseMapping.L2L3L1
    assert charger.values[PropertyId.parse("3129_0")] == 16.0
    assert charger.password == spec.password and charger.reboot_seconds == 30


def _charger(**changes: object) -> dict[str, object]:
    data = site_data()
    chargers = data["chargers"]
    assert isinstance(chargers, list)
    chargers[0].update(changes)
    return data


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (site_data(schema_version=2), "site.toml: schema_version: this version reads"),
        (
            {k: v for k, v in site_data().items() if k != "schema_version"},
            "schema_version: missing",
        ),
        (site_data(colour="red"), "site.toml: colour: unknown field"),
        (site_data(grid={"phases": 2}), "grid.phases: must be one of 1, 3"),
        (site_data(grid={"voltage": "230"}), "grid.voltage: expected"),
        (site_data(loads=[{"name": "x", "amps": [1, 2]}]), "loads[0].amps: expected three"),
        (site_data(loads=[{"name": "", "amps": [1, 2, 3]}]), "loads[0].name: must not be empty"),
        (site_data(chargers=[]), "chargers: a site needs at least one charger"),
        (_charger(serial="ACE 1"), "chargers[0].serial: expected 4–20"),
        (_charger(password=""), "chargers[0].password: must not be empty"),
        (_charger(session="jwt"), "chargers[0].session: must be one of token, cookie"),
        (_charger(licence=["ALB", "TURBO"]), "chargers[0].licence[1]: unknown feature 'TURBO'"),
        (_charger(wiring=["L4L5L6"]), "chargers[0].wiring[0]: Phase mapping 'L4L5L6'"),
        (_charger(wiring=["L1", "L2"]), "chargers[0].wiring: expected one mapping per socket"),
        (_charger(properties={"2062_0": "lots"}), "chargers[0].properties.2062_0: 2062_0"),
        (_charger(properties={"9999_0": 1}), "chargers[0].properties.9999_0: Property"),
        (
            _charger(properties={"3129_0": 10}),
            "properties.3129_0: exists only on chargers with two",
        ),
        (_charger(reboot_seconds=0), "chargers[0].reboot_seconds: 0 is outside"),
        (_charger(https_port=70000), "chargers[0].https_port: 70000 is outside"),
        (_charger(sockets=True), "chargers[0].sockets: must be one of 1, 2"),
        (
            site_data(chargers=[*site_data()["chargers"], site_data()["chargers"][0]]),  # type: ignore[list-item]
            "chargers: 'ace0000001' appears twice",
        ),
    ],
)
def test_mistakes_name_file_and_field(data: dict[str, object], where: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_site(data, "site.toml")
    assert where in str(caught.value)


def test_unreadable_and_invalid_toml_files(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="Cannot read site template"):
        load_site(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("schema_version = \n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=re.escape("bad.toml: not valid TOML")):
        load_site(bad)
