"""Gathering a report from the data folder: journals and saved test results, per charger.

For each charger of a visit: its plan runs (`<data>/journals`, all of them or those the visit
names), oldest first. The first run's settings as found and the last run's settings as left,
both turned back into plan terms by the run's driver (`Driver.plan_from_values`), give every
changed setting as found → as left by plan field, never by the brand's setting key. A firmware
run (a plan that writes nothing, named "firmware upgrade …") gives the firmware before and
after. Licences unlocked are the features the charger reports after and not before, by name:
the key itself stays in the journal. Test results come from `<data>/reports`
(`app.store.report_results`). Runs of temporary test settings are left out: they put
everything back.

`report_for_visit` makes the whole `Report` for a visit; `report_for_run` a quick one from
one journal run (`commissioner report --from-journal RUN`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.core.errors import InvalidInput
from app.core.licence import feature_names
from app.core.ocpp import BOOT_STATES
from app.core.plan import ChargerPlan, Plan
from app.core.plan_file import plan_to_dict
from app.core.report import (
    ChargerReport,
    Check,
    Header,
    MeterInfo,
    Network,
    Report,
    SettingChange,
    SettingValue,
    Thresholds,
)
from app.core.report_visit import Visit
from app.core.values import Value
from app.drivers import registry
from app.drivers.base import SettingKey
from app.store.journal import find_run, list_runs
from app.store.journal_file import read_state
from app.store.journal_model import ChargerRun, Outcome, RunState
from app.store.paths import data_paths
from app.store.report_results import load_results

log = logging.getLogger(__name__)

FIRMWARE_RUN = "firmware upgrade"
LEAVES = ("alb.meter.register_map", "scn.phases")  # kept whole: one value in the report
SECRET_FIELDS = ("licence_key",)  # never copied into a report


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def report_for_visit(
    visit: Visit,
    data_dir: Path | None,
    thresholds: Thresholds,
    tool_version: str = "",
    generated: str = "",
) -> Report:
    """The report of a visit: its entries, and per charger what the data folder holds."""
    since = visit.header.date
    chargers = tuple(gather_charger(data_dir, c.serial, c.runs, since) for c in visit.chargers)
    header = visit.header
    if tool_version and not header.tool_version:
        header = dataclasses.replace(header, tool_version=tool_version)
    return visit_report(dataclasses.replace(visit, header=header), chargers, thresholds, generated)


def visit_report(
    visit: Visit, chargers: tuple[ChargerReport, ...], thresholds: Thresholds, generated: str = ""
) -> Report:
    """The visit's entries with the chargers' parts: the whole report."""
    return Report(
        header=visit.header,
        installation=visit.installation,
        chargers=chargers,
        measurements=visit.measurements,
        photos=visit.photos,
        notes=visit.notes,
        signoff=visit.signoff,
        thresholds=thresholds,
        language=visit.language,
        generated=generated or now_iso(),
    )


def report_for_run(
    run_id: str, data_dir: Path | None, thresholds: Thresholds, tool_version: str = ""
) -> Report:
    """A quick report of one run: its chargers, with the results saved since it started."""
    path = find_run(data_paths(data_dir).journals, run_id)
    state, _ = read_state(path)
    day = _run_day(state.run_id)
    chargers = tuple(
        gather_charger(data_dir, serial, (state.run_id,), day) for serial in state.chargers
    )
    header = Header(site_name=state.plan.name, date=day, tool_version=tool_version)
    return Report(header=header, chargers=chargers, thresholds=thresholds, generated=now_iso())


def _run_day(run_id: str) -> str:
    """`20260124-101502-3fa9` → `2026-01-24` ("" when the id has no date)."""
    digits = run_id[:8]
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if digits.isdigit() else ""


def gather_charger(
    data_dir: Path | None, serial: str, runs: Sequence[str] = (), since: str = ""
) -> ChargerReport:
    """What the data folder holds about one charger: the named runs (none: all of its runs
    on or after `since`), and its saved test results since then."""
    paths = data_paths(data_dir)
    states = _states(paths.journals, serial, runs, since)
    key = next((k for s in states for k in s.chargers if k.lower() == serial.lower()), serial)
    report = ChargerReport(serial=key)
    plan_runs = [s for s in states if not s.plan.name.startswith(FIRMWARE_RUN)]
    report = _firmware(report, [s for s in states if s not in plan_runs])
    if plan_runs:
        report = _settings(report, plan_runs)
    results = load_results(paths.reports, key, since)
    return dataclasses.replace(
        report,
        hair_dryer=results.hair_dryer,
        phase_id=results.phase_id,
        meter_tests=results.meter_tests,
        fallback=results.fallback,
        backoffice=results.backoffice,
        runs=tuple(s.run_id for s in states),
    )


def _states(journals: Path, serial: str, runs: Sequence[str], since: str) -> list[RunState]:
    """The runs to report on, oldest first; a named run that is missing or damaged is an error."""
    if runs:
        states = [read_state(find_run(journals, run))[0] for run in runs]
        for state in states:
            if not any(k.lower() == serial.lower() for k in state.chargers):
                raise InvalidInput(f"Run {state.run_id} does not hold charger {serial}.")
        return sorted(states, key=lambda s: s.run_id)
    day = since.replace("-", "")[:8]
    out = []
    for summary in list_runs(journals):
        mine = any(s.lower() == serial.lower() for s in summary.serials)
        if summary.damaged or summary.temporary or not mine or summary.run_id[:8] < day:
            continue
        out.append(read_state(summary.path)[0])
    return out


def _charger_run(state: RunState, serial: str) -> ChargerRun:
    return next(c for k, c in state.chargers.items() if k.lower() == serial.lower())


def _firmware(report: ChargerReport, states: list[RunState]) -> ChargerReport:
    before = after = ""
    for state in states:
        run = _charger_run(state, report.serial)
        found = _only_text(run.as_found)
        left = _only_text(run.as_left)
        before = before or found
        after = left or after
    return dataclasses.replace(report, firmware_before=before, firmware_after=after)


def _only_text(values: Mapping[SettingKey, Value] | None) -> str:
    texts = [v for v in (values or {}).values() if isinstance(v, str)]
    return texts[0] if len(texts) == 1 else ""


def _settings(report: ChargerReport, states: list[RunState]) -> ChargerReport:
    first, last = states[0], states[-1]
    driver = registry.driver(last.driver)
    address = last.plan.charger(report.serial).address
    first_run, last_run = _charger_run(first, report.serial), _charger_run(last, report.serial)
    found_values = first_run.as_found or {}
    left_values = last_run.as_left or last_run.as_found or {}
    found = _plan(driver, report.serial, address, found_values)
    left = _plan(driver, report.serial, address, left_values)
    found_flat, left_flat = flatten(found), flatten(left)
    changes = tuple(
        SettingChange(path, found_flat.get(path), left_flat.get(path))
        for path in sorted(set(found_flat) | set(left_flat))
        if found_flat.get(path) != left_flat.get(path)
    )
    facts_before, facts_after = _facts(driver, found_values), _facts(driver, left_values)
    unlocked = facts_after.get("licence_bits", 0) & ~facts_before.get("licence_bits", 0)
    return dataclasses.replace(
        report,
        model=facts_after.get("model") or facts_before.get("model") or driver.brand,
        driver=driver.tag,
        name=str(left_flat.get("display_name") or ""),
        firmware_before=report.firmware_before or facts_before.get("firmware", ""),
        firmware_after=report.firmware_after or facts_after.get("firmware", ""),
        licences=tuple(feature_names(unlocked)),
        network=_network(address, left_flat, facts_after.get("boot_state")),
        changes=changes,
        as_left=tuple(SettingValue(p, v) for p, v in left_flat.items()),
        scn=tuple(SettingValue(p, v) for p, v in left_flat.items() if p.startswith("scn.")),
        checks=tuple(c for s in states for c in _checks(_charger_run(s, report.serial), s)),
        meter=_meter(left_flat, flatten(last.plan.charger(report.serial))),
    )


def _plan(
    driver: Any, serial: str, address: str, values: Mapping[SettingKey, Value]
) -> ChargerPlan | None:
    if not values:
        return None
    try:
        plan: ChargerPlan = driver.plan_from_values(serial, address, values)
    except (InvalidInput, KeyError, ValueError, TypeError) as exc:
        log.warning("Report: settings of %s not read back as a plan (%s)", serial, exc)
        return None
    return plan


def _facts(driver: Any, values: Mapping[SettingKey, Value]) -> dict[str, Any]:
    try:
        facts = driver.facts(values)
    except (InvalidInput, KeyError, ValueError, TypeError):
        return {}
    found = {"licence_bits": facts.licence_bits, "firmware": facts.firmware, **_boot(facts)}
    return found | {"model": facts.model}


def _boot(facts: Any) -> dict[str, Any]:
    state = facts.boot_state
    return {} if state is None else {"boot_state": BOOT_STATES.get(state, str(state))}


def flatten(plan: ChargerPlan | None) -> dict[str, Any]:
    """A charger plan as {field path: plain value}; serial and address left out."""
    if plan is None:
        return {}
    data: dict[str, Any] = plan_to_dict(Plan("report", (plan,)))["chargers"][0]
    data.pop("serial", None)
    data.pop("address", None)
    out: dict[str, Any] = {}

    def walk(prefix: str, value: object) -> None:
        if isinstance(value, dict) and prefix not in LEAVES:
            for key, item in value.items():
                walk(f"{prefix}.{key}" if prefix else key, item)
        else:
            out[prefix] = _frozen(value)

    walk("", data)
    return {path: value for path, value in out.items() if path not in SECRET_FIELDS}


def _frozen(value: object) -> object:
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


def _network(address: str, left: Mapping[str, Any], boot: str | None) -> Network:
    return Network(
        address=address,
        back_office_url=str(left.get("back_office.url") or ""),
        back_office_identity=str(left.get("back_office.identity") or ""),
        boot_state=boot or "",
    )


def _meter(left: Mapping[str, Any], planned: Mapping[str, Any]) -> MeterInfo | None:
    """The meter as left; a charger keeps only the register map, so the preset's name comes
    from the run's plan when the map it wrote is the one left."""
    if not any(p.startswith("alb.") for p in left) or left.get("alb.enabled") is False:
        return None
    register_map = left.get("alb.meter.register_map")
    scales = register_map.get("scales", ()) if isinstance(register_map, dict) else ()
    ip, port = left.get("alb.meter.ip"), left.get("alb.meter.port")
    p1, p1_port = left.get("alb.p1.address"), left.get("alb.p1.port")
    where = f"{ip}:{port}" if ip else f"{p1}:{p1_port}" if p1 else ""
    preset = str(left.get("alb.meter.preset") or "")
    if not preset and planned.get("alb.meter.preset"):
        same = planned.get("alb.meter.register_map") in (None, register_map)
        preset = str(planned["alb.meter.preset"]) if same else ""
    return MeterInfo(
        source=str(left.get("alb.source") or ""),
        protocol=str(left.get("alb.protocol") or ""),
        preset=preset,
        custom_map=register_map is not None and not preset,
        unit_id=left.get("alb.meter.unit_id"),
        scales=tuple(int(s) for s in scales),
        address=where,
    )


def _checks(run: ChargerRun, state: RunState) -> list[Check]:
    """The run's checks; a detail holds the run's own message or how many settings differ."""
    outcome = run.outcome
    invalid = outcome is Outcome.INVALID
    differing = str(len(run.differences)) if run.differences else ""
    return [
        Check("plan-valid", not invalid, run.message if invalid else ""),
        Check("as-left-matches", outcome is Outcome.DONE, differing),
        Check("run-complete", state.status == "complete"),
    ]
