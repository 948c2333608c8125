"""A real visit on the simulated site, recorded into a data folder, for the report's tests.

On the ALB test site (tests/workflows/verify_support.py) the three-phase charger gets a plan
applied (limits, a name, a back office, a licence key that unlocks the Smart Charging
Network), then the hair-dryer test and the phase identification run, and the charger's view
of its meter is read as the meter test reads it. Every result is saved where the program
saves it: journals and reports of the data folder.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.licence import Feature
from app.core.phase_id import PhaseIdStatus
from app.core.plan import AlbPlan, AlbSource, BackOfficePlan, ChargerPlan, MeterProtocol, Plan
from app.core.prompter import ScriptedPrompter
from app.sim.alfen.charger import LICENCE_DEVICE, licence_key_for
from app.store.journal import Journal
from app.store.paths import data_paths
from app.store.report_results import meter_test, phase_id_test, save_result
from app.store.verification import save_report
from app.transports.pins import PinStore
from app.workflows.apply import Applier
from app.workflows.apply import connector as port_connector
from app.workflows.hairdryer import HairDryerTest
from app.workflows.phase_id import PhaseProbe, ProbeSettings
from tests.workflows.verify_support import (
    FAST,
    RATE_HZ,
    THREE,
    connected,
    control,
    installer,
    running,
    writer,
)


@dataclass(frozen=True)
class DemoVisit:
    data: Path  # the data folder
    serial: str
    secrets: tuple[str, ...]  # the charger passwords and the licence key, in every spelling
    hair_dryer_passed: bool
    proposed: str  # the phase mapping the identification proposed


async def _yes(_text: str) -> bool:
    return True


async def record_visit(data: Path) -> DemoVisit:
    """Apply, hair-dryer test, phase identification and meter test on THREE, saved in `data`."""
    paths = data_paths(data)
    async with running() as site:
        charger = site.node(THREE).charger
        key = licence_key_for(str(charger.values[LICENCE_DEVICE]), int(Feature.SCN))
        plan = Plan(
            "Report demo",
            (
                ChargerPlan(
                    THREE,
                    site.node(THREE).api.url,
                    licence_key=key,
                    station_max_current=32.0,
                    socket1_max_current=20.0,
                    display_name="Garage left",
                    back_office=BackOfficePlan("wss://backoffice.example/ocpp", "GARAGE-1"),
                    alb=AlbPlan(
                        source=AlbSource.METER,
                        protocol=MeterProtocol.DSMR_P1,
                        safe_current=8.0,
                    ),
                ),
            ),
        )
        passwords = {node.charger.serial: node.charger.password for node in site.nodes}
        connect = port_connector(passwords.__getitem__, pins=PinStore(data / "pins.json"))
        with Journal.create(paths.journals, plan) as journal:
            await Applier(journal, connect, tick=0.05).run()
        async with connected(site, THREE) as client:
            test = HairDryerTest(
                client,
                installer(site, THREE),
                writer(site, client, data, THREE),
                serial=THREE,
                timing=FAST,
                rate_hz=RATE_HZ,
            )
            hair = await test.run()
            save_report(hair, paths.reports)
            await control(site, "/load", {"name": "hair dryer", "on": False})
            probe = await PhaseProbe(
                client,
                ScriptedPrompter({"start_session": _yes}),
                writer(site, client, data, THREE, "phase identification"),
                serial=THREE,
                settings=ProbeSettings(steps=4, dwell_s=1.2, charging_timeout_s=10.0),
                rate_hz=RATE_HZ,
            ).run()
            save_result(THREE, phase_id_test(probe), paths.reports)
            view = client.driver.meter_view(await client.read(client.driver.meter_view_keys()))
            problem = "The meter is on the charger's P1 port: the laptop cannot read it."
            record = meter_test(view, None, started=hair.started, problem=problem)
            save_result(THREE, record, paths.reports)
        assert probe.result.status is PhaseIdStatus.IDENTIFIED, probe.result.reason
        secrets = [*passwords.values(), key.text, key.text.replace(".", "")]
        return DemoVisit(
            data,
            THREE,
            tuple(secrets),
            hair.verdict.passed,
            probe.result.mapping.value if probe.result.mapping else "",
        )


def shared_visit(tmp_path_factory: pytest.TempPathFactory) -> DemoVisit:
    """The visit recorded once per test run, in a data folder of the caller's own (a copy).

    The modules that report on it may run in different test processes (pytest-xdist): the first
    to ask records it in the folder their temporary folders share, under a lock the others wait
    on; each then works on its copy, so no test sees another's writes.
    """
    here = tmp_path_factory.getbasetemp()
    shared = here.parent if os.environ.get("PYTEST_XDIST_WORKER") else here
    recorded = shared / "report-demo-visit"
    with _locked(shared / "report-demo-visit.lock"):
        if not (recorded / "visit.json").exists():
            visit = asyncio.run(record_visit(recorded / "data"))
            facts = dataclasses.asdict(visit) | {"data": ""}
            (recorded / "visit.json").write_text(json.dumps(facts), encoding="utf-8")
    facts = json.loads((recorded / "visit.json").read_text(encoding="utf-8"))
    data = tmp_path_factory.mktemp("visit") / "data"
    shutil.copytree(recorded / "data", data)
    return DemoVisit(**(facts | {"data": data, "secrets": tuple(facts["secrets"])}))


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` between processes, held while inside."""
    import fcntl  # the suite runs in parallel processes on Linux only (network namespaces)

    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # closing the file releases it
        yield
