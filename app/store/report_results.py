"""Saved test results read back for the report, and the files of the tests that had none.

The hair-dryer test saves `<serial>-hairdryer-<time>.json` (+ `.svg`, app.store.verification).
Phase identification, the meter test and the fallback test save their result here, as
`<serial>-phaseid-<time>.json`, `<serial>-metertest-<time>.json` and
`<serial>-fallback-<time>.json` (schema_version 1, the report model's fields); the back-office
check saves `<serial>-ocppcheck-<time>.json` (app.store.ocpp_checks). `load_results`
reads every result file of one charger in a reports folder; a file that cannot be read is
skipped with a warning in the log, never a reason to refuse the whole report.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.conductors import PHASE_HEX
from app.core.errors import InvalidInput
from app.core.measurands import Measurand
from app.core.meter_check import CheckResult
from app.core.phase_id import PhaseIdStatus
from app.core.report import (
    BackOfficeTest,
    FallbackTest,
    HairDryerTest,
    MeterTest,
    PhaseIdTest,
    Plot,
    PlotLine,
)
from app.core.report_json import _to_data, build
from app.core.verification import MeterView, PhaseProbeResult

log = logging.getLogger(__name__)

RESULT_SCHEMA_VERSION = 1
PLOT_POINTS = 400  # points per line in the report (the saved result may hold 2000)
_KINDS: dict[str, type] = {
    "phaseid": PhaseIdTest,
    "metertest": MeterTest,
    "fallback": FallbackTest,
}
_NAMES = {cls: kind for kind, cls in _KINDS.items()}


@dataclass(frozen=True, slots=True)
class Results:
    hair_dryer: tuple[HairDryerTest, ...] = ()
    phase_id: tuple[PhaseIdTest, ...] = ()
    meter_tests: tuple[MeterTest, ...] = ()
    fallback: tuple[FallbackTest, ...] = ()
    backoffice: tuple[BackOfficeTest, ...] = ()


def phase_id_test(result: PhaseProbeResult) -> PhaseIdTest:
    """A phase identification's result as the report holds it."""
    found = result.result
    status = {
        PhaseIdStatus.IDENTIFIED: "identified",
        PhaseIdStatus.PARTIAL: "partial",
    }.get(found.status, "refused")
    configured = result.configured or found.configured
    confidence = found.confidence if math.isfinite(found.confidence) else None
    return PhaseIdTest(
        socket=result.socket,
        started=result.started,
        status=status,
        proposed=found.mapping.value if found.mapping is not None else "",
        configured=configured.value if configured is not None else "",
        wiring_fault=found.wiring_fault,
        confidence=confidence,
    )


def meter_test(
    view: MeterView | None,
    check: CheckResult | None,
    *,
    started: str,
    preset: str = "",
    problem: str = "",
) -> MeterTest:
    """The meter test's result as the report holds it: the charger's view of its grid currents,
    the laptop's direct reading and what its sanity check found. It passes when the direct
    check finds the meter plausible, or (no direct reading) when the charger reads all three
    phases; None when neither side could be read."""
    direct = (
        tuple(check.values.get(m) for m in (Measurand.I_L1, Measurand.I_L2, Measurand.I_L3))
        if check is not None
        else ()
    )
    charger = view.currents if view is not None else ()
    if check is not None:
        passed: bool | None = check.plausible
    elif view is not None:
        passed = all(c is not None for c in view.currents)
    else:
        passed = None
    findings = tuple(f.evidence for f in check.findings if not f.ok) if check is not None else ()
    return MeterTest(
        started=started,
        passed=passed,
        preset=preset or (check.preset.name if check is not None else ""),
        charger_currents=charger,
        direct_currents=direct,
        findings=findings,
        problem=problem,
    )


def save_result(serial: str, test: PhaseIdTest | MeterTest | FallbackTest, directory: Path) -> Path:
    """Write one result as `<serial>-<kind>-<time>.json`; the path written."""
    kind = _NAMES[type(test)]
    directory.mkdir(parents=True, exist_ok=True)
    stamp = test.started.replace(":", "").replace("+0000", "Z").replace("+00:00", "Z")
    path = directory / f"{serial}-{kind}-{stamp or 'undated'}.json"
    body = {"schema_version": RESULT_SCHEMA_VERSION, "kind": kind, "serial": serial}
    body["result"] = _to_data(test)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(body, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)
    return path


def load_results(directory: Path, serial: str, since: str = "") -> Results:
    """Every saved result of one charger (oldest first); `since` (ISO) drops older ones."""
    found: dict[str, list[Any]] = {"hairdryer": [], "ocppcheck": [], **{k: [] for k in _KINDS}}
    paths = sorted(directory.glob("*.json")) if directory.is_dir() else []
    for path in paths:
        owner, _, rest = path.stem.partition("-")
        kind = rest.partition("-")[0]
        if owner.lower() != serial.lower() or kind not in found:
            continue
        try:
            test = _read(path, kind)
        except (OSError, ValueError, InvalidInput) as exc:  # JSONDecodeError is a ValueError
            log.warning("Report: result %s skipped (%s)", path.name, str(exc)[:200])
            continue
        if not since or test.started[: len(since)] >= since:
            found[kind].append(test)
    ordered = {k: tuple(sorted(v, key=lambda t: t.started)) for k, v in found.items()}
    return Results(
        *(ordered[k] for k in ("hairdryer", "phaseid", "metertest", "fallback", "ocppcheck"))
    )


def _read(path: Path, kind: str) -> Any:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("schema_version") != RESULT_SCHEMA_VERSION:
        raise InvalidInput("not a result of schema_version 1")
    if kind == "hairdryer":
        return hair_dryer_test(data, path.name)
    if kind == "ocppcheck":
        return backoffice_test(data.get("result"), path.name)
    test: Any = build(_KINDS[kind], data.get("result"), kind)
    return dataclasses.replace(test, source=path.name)


def backoffice_test(result: object, source: str = "") -> BackOfficeTest:
    """A saved back-office check (app.store.ocpp_checks) as the report holds it."""
    if not isinstance(result, dict):
        raise InvalidInput("a back-office check without its result")
    configured, temporary = result.get("configured") or {}, result.get("temporary") or {}
    if not isinstance(configured, dict) or not isinstance(temporary, dict):
        raise InvalidInput("a back-office check of an unknown shape")
    keys, events = temporary.get("configuration"), temporary.get("timeline")
    findings = result.get("findings")
    return BackOfficeTest(
        started=str(result.get("started") or ""),
        passed=result.get("passed") is True,
        summary=str(result.get("summary") or ""),
        url=str(configured.get("url") or ""),
        identity=str(configured.get("identity") or ""),
        temporary=bool(temporary),
        keys_read=len(keys) if isinstance(keys, dict) else 0,
        timeline=tuple(_event(e) for e in _dicts(events)),
        findings=tuple(str(f.get("text", "")) for f in _dicts(findings) if not f.get("ok")),
        source=source,
    )


def _dicts(items: object) -> list[dict[str, Any]]:
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _event(event: dict[str, Any]) -> str:
    at = event.get("at")
    when = f"{at:.1f} s" if isinstance(at, int | float) else "—"
    return f"{when}: {event.get('what', '')} {event.get('identity', '')}".strip()


def hair_dryer_test(data: dict[str, Any], source: str = "") -> HairDryerTest:
    """A saved hair-dryer result (app.store.verification's JSON) as the report holds it."""
    verdict = _dict(data.get("verdict"))
    reaction = _dict(verdict.get("reaction"))
    socket = data.get("socket")
    passed = verdict.get("passed")
    if not isinstance(socket, int) or not isinstance(passed, bool):
        raise InvalidInput("a hair-dryer result without socket or verdict")
    return HairDryerTest(
        socket=socket,
        started=_text(data.get("started")),
        passed=passed,
        summary=_text(verdict.get("summary")),
        reaction_s=_number(reaction.get("delay_s")),
        final_current_a=_number(reaction.get("ev_after")),
        test_maximum_a=_number(verdict.get("test_maximum")),
        test_load_a=_number(data.get("test_load")),
        plot=_plot(data, socket),
        source=source,
    )


def _plot(data: dict[str, Any], socket: int) -> Plot | None:
    series = _dict(data.get("series"))
    lines = []
    for name, body in series.items():
        values = _dict(body)
        t, y = values.get("t"), values.get("y")
        if not isinstance(t, list) or not isinstance(y, list) or len(t) != len(y) or not t:
            continue
        step = max(1, math.ceil(len(t) / PLOT_POINTS))
        phase = int(name[-1]) if name[-2:-1] == "L" and name[-1] in "123" else 0
        lines.append(
            PlotLine(
                name=name,
                t=tuple(float(v) for v in t[::step] if _number(v) is not None),
                y=tuple(_number(v) for v in y[::step]),
                dashed=name.startswith("socket") or name.startswith("contracted"),
                colour=PHASE_HEX.get(phase, ""),
            )
        )
    lines = [line for line in lines if len(line.t) == len(line.y)]
    if not lines:
        return None
    power = not any(line.name.startswith("meter") for line in lines)
    load_on = _number(data.get("load_on_at"))
    maximum = _number(_dict(data.get("verdict")).get("test_maximum"))
    return Plot(
        title=f"socket {socket}",
        unit="W" if power else "A",
        lines=tuple(lines),
        markers=() if load_on is None else ((load_on, "test load on"),),
        levels=() if maximum is None or power else ((maximum, "test maximum"),),
    )


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _number(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None
