"""A plan exported for a back office and pushed through the tool's central system leaves the
simulated chargers exactly as `apply` over the local API does (as-left compared key by key)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.core.ocpp_export import parse_export, to_csv, to_json
from app.core.phases import PhaseMapping
from app.core.plan import ChargerPlan, Plan, ScnMemberPlan
from app.core.plan_file import loads_plan, with_field
from app.core.values import Value
from app.drivers.alfen.plan_steps import CLOCK, LICENCE_KEY, charger_steps, touched
from app.drivers.alfen.properties import PropertyId
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.store.journal import Journal
from app.transports.ocpp_central import CentralSystem
from app.transports.pins import PinStore
from app.workflows.apply import Action, Applier
from app.workflows.apply import connector as port_connector
from app.workflows.ocpp_export import export_plan
from app.workflows.ocpp_push import push
from tests.sim.helpers import eventually

ROOT = Path(__file__).resolve().parents[2]
DEMO = loads_plan((ROOT / "presets" / "plans" / "demo-alb.toml").read_text())
COUNT = 16  # chargers pushed, and as many twins applied over the local API
P = PropertyId.parse


def site_of(count: int) -> SimulatedSite:
    chargers = [
        {
            "serial": f"ace07{n:05d}",
            "password": f"pass-{n}",
            "licence": ["ALB", "SCN"],
            "reboot_seconds": 2,
        }
        for n in range(2 * count)
    ]
    data = {
        "schema_version": 1,
        "name": "fleet",
        "grid": {"phases": 3, "voltage": 230.0, "main_fuse": 63.0},
        "chargers": chargers,
    }
    return SimulatedSite(parse_site(data, "fleet.toml"), time_scale=20.0)


def plan_for(site: SimulatedSite, serial: str, n: int) -> ChargerPlan:
    """The demo plan for odd n; an SCN member with a display name for even n."""
    plan = with_field(DEMO.chargers[0], "serial", serial)
    plan = with_field(plan, "address", site.node(serial).api.url)
    plan = dataclasses.replace(plan, back_office=None, licence_key=None)
    if n % 2:  # the CPO's URL and identity too: the charger moves there after the Reset
        plan = with_field(plan, "back_office.url", "wss://backoffice.example/ocpp")
        plan = with_field(plan, "back_office.identity", f"SITE-{n}")
        return with_field(plan, "alb.meter.ip", f"192.168.1.{50 + n}")  # one meter each
    scn = ScnMemberPlan("FLEET", n // 2, COUNT // 2, 1, (PhaseMapping.L1L2L3,), 40, 6)
    return dataclasses.replace(plan, alb=None, scn=scn, display_name=f"Bay {n}")


def as_left(site: SimulatedSite, serial: str, keys: set[str]) -> dict[str, Value]:
    held = {pid.wire: value for pid, value in site.node(serial).charger.values.items()}
    return {key: held[key] for key in sorted(keys)}


async def test_push_to_16_chargers_leaves_them_as_apply_does(tmp_path: Path) -> None:
    async with site_of(COUNT) as site:
        serials = [node.charger.serial for node in site.nodes]
        pushed, applied = serials[:COUNT], serials[COUNT:]
        plans = [plan_for(site, s, n) for n, s in enumerate(pushed)]
        twins = [plan_for(site, s, n) for n, s in enumerate(applied)]
        exports = parse_export(to_json("fleet", export_plan(Plan("fleet", tuple(plans)))))
        assert [e.changes for e in parse_export(to_csv(exports))] == [e.changes for e in exports]
        async with CentralSystem() as central:
            for serial, export in zip(pushed, exports, strict=True):
                values = site.node(serial).charger.values
                values[P("2053_0")] = export.identity  # the identity the back office knows
                values[P("2071_1")] = central.url
            outcomes = await push(central, exports, wait=30.0)
        assert [o.problem for o in outcomes] == [""] * COUNT
        assert {o.reset for o in outcomes} == {"Accepted"}
        passwords = {node.charger.serial: node.charger.password for node in site.nodes}
        connect = port_connector(passwords.__getitem__, pins=PinStore(tmp_path / "pins.json"))
        with Journal.create(tmp_path, Plan("twins", tuple(twins))) as journal:
            await Applier(journal, connect, tick=0.05, max_parallel=COUNT).run(Action.APPLY)
        assert journal.state.status == "complete"
        for serial in pushed:
            node = site.node(serial)
            await eventually(lambda n=node: n.charger.online and not n.api.rebooting)
        for n, (mine, twin) in enumerate(zip(pushed, applied, strict=True)):
            keys = set(touched(charger_steps(plans[n]))) - {CLOCK, LICENCE_KEY}
            assert as_left(site, mine, keys) == as_left(site, twin, keys), mine
            assert site.node(mine).charger.boot_count == 2  # one Reset, as apply reboots once
            values = site.node(mine).charger.values
            if n % 2:
                assert values[P("2523_4")] == f"192.168.1.{50 + n}"
                assert values[P("2064_0")] == 3  # ALB on, after the Reset
                assert values[P("2053_0")] == f"SITE-{n}"
                assert values[P("2071_1")] == "wss://backoffice.example/ocpp"
            else:
                assert values[P("1008_0")] == f"Bay {n}" and values[P("2180_2")] == n // 2
