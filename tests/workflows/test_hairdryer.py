"""The hair-dryer test end to end against the simulated site on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from app.core.errors import Unreachable
from app.core.hairdryer import Finding
from app.core.phases import PhaseMapping
from app.core.prompter import CANCEL, Cancelled
from app.drivers.alfen.modbus import AlfenModbusClient
from app.sim.runner import SimulatedSite
from app.store.verification import save_report
from app.workflows.hairdryer import HairDryerTest, load_phase, load_phase_text
from tests.workflows.verify_support import (
    FAST,
    HOUSEHOLD,
    ONE,
    RATE_HZ,
    REAL_MAXIMUM,
    THREE,
    connected,
    control,
    installer,
    restored,
    running,
    runs,
    site_data,
    until,
    value_of,
    writer,
)


async def _run(  # type: ignore[no-untyped-def]
    site, serial: str, tmp_path: Path, modbus: AlfenModbusClient | None = None, **answers: object
):
    prompter = installer(site, serial, **answers)
    async with connected(site, serial) as client:
        test = HairDryerTest(
            client,
            prompter,
            writer(site, client, tmp_path, serial),
            serial=serial,
            timing=FAST,
            rate_hz=RATE_HZ,
            modbus=modbus,
        )
        return await test.run(), prompter


def _meter_l1(site: SimulatedSite) -> float:
    return float(value_of(site, THREE, "5221_A"))  # type: ignore[arg-type]


async def test_correct_site_passes_and_the_real_maximum_is_back(tmp_path: Path) -> None:
    async with running() as site:
        result, prompter = await _run(site, THREE, tmp_path)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    verdict = result.verdict
    assert verdict.passed, [r.text for r in verdict.reasons]
    assert verdict.test_maximum == 12.0  # household peak 4 A + 9 A, less 1 A
    reaction = verdict.reaction
    assert reaction is not None
    assert reaction.load_phase == 2  # the dryer is on L2
    assert reaction.load_rise == pytest.approx(9.0, abs=0.5)
    assert reaction.ev_before == pytest.approx(8.0, abs=0.5)  # 12 A - 4 A on L1
    assert reaction.paused
    assert reaction.delay_s is not None and reaction.delay_s < 1.5
    assert result.window is not None and len(result.window) > 20
    assert "PASS" in prompter.asked("verdict")[0].text
    assert restored(tmp_path)


async def test_alb_off_fails_with_alb_off_and_writes_nothing(tmp_path: Path) -> None:
    async with running(site_data(**{"2064_0": 0})) as site:
        result, prompter = await _run(site, THREE, tmp_path)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert result.verdict.findings == (Finding.ALB_OFF,)
    assert "load balancing is off" in result.verdict.reasons[0].text
    assert not prompter.asked("test_maximum")
    assert runs(tmp_path) == []  # nothing written, nothing journalled


async def test_inverted_meter_fails_with_meter_sign_at_the_baseline(tmp_path: Path) -> None:
    async with running() as site:
        await control(site, "/fault", {"kind": "meter_inverted", "on": True})
        await until(lambda: _meter_l1(site) < 0, "the inverted meter")
        result, _ = await _run(site, THREE, tmp_path, continue_after_mismatch=False)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert result.verdict.findings == (Finding.METER_SIGN,)


async def test_inverted_meter_fails_with_meter_sign_when_carried_on(tmp_path: Path) -> None:
    async with running() as site:
        await control(site, "/fault", {"kind": "meter_inverted", "on": True})
        await until(lambda: _meter_l1(site) < 0, "the inverted meter")
        result, _ = await _run(site, THREE, tmp_path, continue_after_mismatch=True)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    findings = result.verdict.findings
    assert findings[0] is Finding.METER_SIGN
    assert Finding.EV_NO_FALL in findings  # ALB thought the house was exporting


async def test_miswired_phase_fails_with_phase_mismatch(tmp_path: Path) -> None:
    async with running() as site:
        await control(site, "/wiring", {"serial": ONE, "socket": 1, "mapping": "L2"})
        result, _ = await _run(site, ONE, tmp_path)
    findings = result.verdict.findings
    assert Finding.PHASE_MISMATCH in findings
    text = next(r.text for r in result.verdict.reasons if r.finding is Finding.PHASE_MISMATCH)
    assert "grid L2" in text and "says L1" in text


async def test_silent_meter_fails_with_meter_silent_safe_current(tmp_path: Path) -> None:
    async def silence_then_switch(_text: str) -> bool:
        await control(site, "/fault", {"kind": "meter_silent", "on": True})
        await control(site, "/load", {"name": "hair dryer", "on": True})
        return True

    async with running() as site:
        result, _ = await _run(site, THREE, tmp_path, load_on=silence_then_switch)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    verdict = result.verdict
    assert verdict.findings[0] is Finding.METER_SILENT
    assert "safe current (6 A)" in verdict.reasons[0].text


async def test_meter_silent_from_the_start_fails_with_meter_silent(tmp_path: Path) -> None:
    async with running() as site:
        await control(site, "/fault", {"kind": "meter_silent", "on": True})
        # the charger shows zeros: the baseline flags it, and the installer carries on
        result, _ = await _run(site, THREE, tmp_path, continue_after_mismatch=True)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    verdict = result.verdict
    assert verdict.findings[0] is Finding.METER_SILENT
    assert verdict.reaction is not None
    assert verdict.reaction.ev_before == pytest.approx(6.0, abs=0.1)  # the ALB safe current


async def test_cancel_during_the_session_puts_the_real_maximum_back(tmp_path: Path) -> None:
    async with running() as site:
        with pytest.raises(Cancelled):
            await _run(site, THREE, tmp_path, start_session=CANCEL)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert restored(tmp_path)


async def test_task_cancelled_while_observing_still_restores(tmp_path: Path) -> None:
    async with running() as site:
        observing = asyncio.Event()

        async def mark(_text: str) -> None:
            observing.set()

        run = asyncio.create_task(_run(site, THREE, tmp_path, observing=mark))
        async with asyncio.timeout(30):
            await observing.wait()
        assert value_of(site, THREE, "2067_0") == 12.0
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert restored(tmp_path)


async def test_an_error_mid_test_still_restores(tmp_path: Path) -> None:
    async def fail(_text: str) -> bool:
        raise Unreachable("the laptop lost the network")

    async with running() as site:
        with pytest.raises(Unreachable):
            await _run(site, THREE, tmp_path, load_on=fail)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    assert restored(tmp_path)


async def test_the_report_holds_verdict_series_and_plot(tmp_path: Path) -> None:
    async with running() as site:
        result, _ = await _run(site, THREE, tmp_path)
    paths = save_report(result, tmp_path / "reports")
    report = json.loads(paths[0].read_text())
    assert report["kind"] == "hair-dryer test" and report["serial"] == THREE
    assert report["verdict"]["reaction"]["load_phase"] == 2
    assert [c["passed"] for c in report["verdict"]["checks"]] == [True] * 5
    assert report["config"]["mapping"] == "L1L2L3"
    assert report["load_on_at"] > 0
    svg = paths[1].read_text()
    assert svg.count("<path") >= 6 and "test maximum 12 A" in svg


async def test_passes_with_socket_channels_over_the_modbus_slave_map(tmp_path: Path) -> None:
    async with running() as site:
        port = int(str(site.node(THREE).endpoint()["modbus"]).rsplit(":", 1)[1])
        async with AlfenModbusClient("127.0.0.1", port, timeout=1.0) as modbus:
            result, _ = await _run(site, THREE, tmp_path, modbus=modbus)
    assert result.verdict.passed, [r.text for r in result.verdict.reasons]


async def test_one_phase_ev_already_charging_is_read_not_asked_and_passes(tmp_path: Path) -> None:
    """The EV's own current comes from the charger; the clamp gives the household without it
    (the meter's L1 holds household + EV), so a 1-phase EV on L1 does not stop the test."""

    async def dryer_on_l1(_text: str) -> bool:
        await control(site, "/load", {"name": "hair dryer", "on": True, "phase": 1, "amps": 9.0})
        return True

    async with running() as site:
        body = {"serial": THREE, "socket": 1, "phases": 1, "max_current": 16.0}
        await control(site, "/ev", body)

        def steady() -> bool:  # the EV charging, and the meter's L1 caught up with it
            ev = float(value_of(site, THREE, "2221_A"))  # type: ignore[arg-type]
            return ev > 5.0 and abs(_meter_l1(site) - ev - HOUSEHOLD[0]) < 0.3

        await until(steady, "the EV charging, on the meter's L1")
        result, prompter = await _run(site, THREE, tmp_path, load_on=dryer_on_l1)
        assert value_of(site, THREE, "2067_0") == REAL_MAXIMUM
    verdict = result.verdict
    assert verdict.passed, [r.text for r in verdict.reasons]
    assert verdict.test_maximum == 12.0  # household 4 A (without the EV) + 9 A, less 1 A
    assert not prompter.asked("start_session")  # already charging: nothing to ask
    assert "The EV draws L1" in prompter.asked("ev_current")[0].text
    assert "WITHOUT the EV" in prompter.asked("clamp_l1")[0].text
    assert "grid phase L1" in prompter.asked("load_phase_l1")[0].text
    reaction = verdict.reaction
    assert reaction is not None and reaction.load_phase == 1 and reaction.ev_phases == (1,)


@pytest.mark.parametrize(
    ("mapping", "phase"),
    [
        (PhaseMapping.L1L2L3, 1),
        (PhaseMapping.L2L3L1, 2),
        (PhaseMapping.L3, 3),
        (PhaseMapping.NONE, 1),
    ],
)
def test_the_test_load_goes_where_the_chargers_l1_lands(mapping: PhaseMapping, phase: int) -> None:
    assert load_phase(mapping) == phase
    assert f"grid phase L{phase}" in load_phase_text(mapping)
