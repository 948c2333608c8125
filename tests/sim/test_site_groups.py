"""Charger groups in site templates, and the 64-charger car park preset (parsed only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.licence import Feature
from app.core.phases import PhaseMapping as M
from app.sim.site import load_site, parse_site
from tests.sim.helpers import site_data

CARPARK = Path(__file__).resolve().parents[2] / "presets" / "sites" / "carpark.toml"


def group(**changes: object) -> dict[str, object]:
    table: dict[str, object] = {
        "count": 4,
        "serial_prefix": "bay",
        "password": "pw-bay",
        "licence": ["SCN"],
        "wiring": "rotate",
    }
    table.update(changes)
    return table


def test_car_park_preset_has_64_chargers_and_80_sockets() -> None:
    site = load_site(CARPARK)
    assert len(site.chargers) == 64
    assert sum(c.sockets for c in site.chargers) == 80
    assert all(c.licence & Feature.SCN for c in site.chargers)
    assert [c.serial for c in site.chargers if c.licence & Feature.ALB] == ["parkm001"]
    assert len({c.serial for c in site.chargers}) == 64
    assert all(c.https_port == 0 and c.modbus_port == 0 for c in site.chargers)
    # Wired as one network following the advice (guide §6.4): socket n gets rotation n.
    wiring = [w for c in site.chargers for w in c.wiring]
    assert wiring[:4] == [M.L1L2L3, M.L3L1L2, M.L2L3L1, M.L1L2L3]
    assert wiring == [wiring[n % 3] for n in range(80)]


def test_a_group_expands_to_numbered_chargers_wired_with_the_rotation() -> None:
    site = parse_site(site_data(charger_groups=[group()]), "site.toml")
    added = site.chargers[2:]
    assert [c.serial for c in added] == ["bay0001", "bay0002", "bay0003", "bay0004"]
    assert [c.wiring for c in added] == [(M.L1L2L3,), (M.L3L1L2,), (M.L2L3L1,), (M.L1L2L3,)]
    assert all(c.password == "pw-bay" and c.licence == Feature.SCN for c in added)


def test_single_phase_duals_rotate_per_socket() -> None:
    data = site_data(charger_groups=[group(count=2, sockets=2, phases=1)])
    added = parse_site(data, "site.toml").chargers[2:]
    assert [c.wiring for c in added] == [(M.L1, M.L2), (M.L3, M.L1)]


def test_a_group_alone_is_a_site() -> None:
    data = site_data(chargers=[], charger_groups=[group(count=2, wiring=["L2L3L1"])])
    site = parse_site(data, "site.toml")
    assert [c.wiring for c in site.chargers] == [(M.L2L3L1,), (M.L2L3L1,)]


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"count": 0}, "site.toml: charger_groups[0].count: expected a whole number 1…128"),
        ({"count": 129}, "charger_groups[0].count: expected a whole number"),
        ({"serial_prefix": "Bay"}, "charger_groups[0].serial_prefix: expected 1–12 lower-case"),
        ({"rotation_start": -1}, "charger_groups[0].rotation_start: expected a whole number"),
        ({"https_port": 8443}, "charger_groups[0].https_port: chargers of a group take any"),
        ({"session": "jwt"}, "charger_groups[0] #1.session: must be one of token, cookie"),
        ({"wiring": ["L1", "L2"]}, "charger_groups[0] #1.wiring: expected one mapping"),
    ],
)
def test_group_mistakes_name_the_group(changes: dict[str, object], where: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_site(site_data(charger_groups=[group(**changes)]), "site.toml")
    assert where in str(caught.value)


def test_group_serials_must_not_clash_with_chargers() -> None:
    data = site_data(charger_groups=[group(serial_prefix="ace000", count=1)])
    with pytest.raises(InvalidInput, match="chargers: 'ace0000001' appears twice"):
        parse_site(data, "site.toml")
