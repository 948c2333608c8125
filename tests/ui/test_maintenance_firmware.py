"""The Maintenance tab's firmware section on the demo site: a checked image, the restart
question, progress rows through the upload and the reboot, and the summary."""

from __future__ import annotations

from pathlib import Path

import httpx
from PySide6.QtWidgets import QDialogButtonBox

from app.drivers.alfen.properties import PropertyId
from app.drivers.base import FirmwareLimits
from app.services import credentials
from app.sim.alfen.firmware_image import bad_image, make_image, release_name
from app.store.journal import incomplete_runs, list_runs
from app.ui.main_window import MainWindow
from app.ui.maintenance.firmware_panel import FirmwarePanel
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for

KEY = "ACE0100001"
BEFORE, TARGET = "7.4.5-4415", "7.5.0-4500"
LIMITS = FirmwareLimits(update=60.0, poll=0.05, upload_grace=30.0, back=30.0)
TIME_SCALE = 20.0  # site seconds per real second: the update walks its statuses in ~1 s


def _panel(window: MainWindow, image: Path) -> FirmwarePanel:
    tab = window.maintenance
    tab.firmware_service.limits = LIMITS
    window.show_tab(tab)
    panel = tab.firmware
    panel.choose_open = lambda: image
    return panel


def _received(ctx: object, serial: str) -> int:
    node = ctx.demo.site.node(serial)  # type: ignore[attr-defined]
    return int(node.api.firmware.received)


def _firmware(ctx: object, serial: str) -> str:
    return str(ctx.demo.site.node(serial).charger.firmware)  # type: ignore[attr-defined]


async def test_upgrade_of_one_charger_shows_progress_and_the_new_version(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window(time_scale=TIME_SCALE) as ctx:
        await log_in(ctx.window, KEY)
        image = tmp_path / release_name(TARGET)
        image.write_bytes(make_image(TARGET, size=64 * 1024))
        panel = _panel(ctx.window, image)
        panel.pick([KEY])
        report = panel.choose_image()
        assert report is not None and report.ok
        check = panel.check_text.text()
        assert f"{BEFORE} → {TARGET}" in check and "NG9xx core firmware" in check, check
        assert panel.upgrade_button.isEnabled()
        seen: list[tuple[int, str, str]] = []
        panel.service.progressed.connect(
            lambda step: seen.append(
                (panel.rows.bar(0).value(), step.stage, panel.rows.now_text(KEY))
            )
        )
        confirmation = panel.upgrade()
        assert confirmation is not None, "an upgrade restarts the charger: it asks first"
        confirmation.restart.click()
        await wait_for(lambda: panel.operation is not None, "the upgrade to start")
        assert panel.operation is not None
        await wait_for(lambda: not panel.operation.running, "the upgrade", timeout=60)

        bars = [bar for bar, _, _ in seen]
        assert bars == sorted(bars), "the bar never goes back"
        assert any(0 < bar < 100 for bar, stage, _ in seen if stage == "upload"), seen
        texts = [text for _, _, text in seen]
        assert any(t.startswith("uploading:") and "KB" in t for t in texts), texts
        assert "installing" in texts or "restarting into the new firmware" in texts, texts
        assert panel.rows.now_text(KEY) == "✔ upgraded"
        assert panel.rows.item(0, 3).text() == TARGET
        assert f"now runs {TARGET}" in panel.summary.text()
        assert _firmware(ctx, "ace0100001") == TARGET  # what the charger reports now
        assert ctx.services.directory.entry(KEY).firmware == TARGET


async def test_a_bad_image_is_refused_in_words_before_any_upload(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window(time_scale=TIME_SCALE) as ctx:
        image = tmp_path / release_name(TARGET)
        image.write_bytes(bad_image("wrong_crc", TARGET))
        panel = _panel(ctx.window, image)
        panel.pick([KEY])
        report = panel.choose_image()
        assert report is not None and not report.ok
        text = panel.check_text.text()
        assert "damaged" in text and "Nothing will be sent" in text, text
        assert not panel.upgrade_button.isEnabled()
        assert panel.upgrade() is None
        assert panel.operation is None
        assert _received(ctx, "ace0100001") == 0
        # An older image is refused unless the downgrade is ticked.
        old = tmp_path / release_name("6.5.0-3000")
        old.write_bytes(make_image("6.5.0-3000"))
        panel.choose_open = lambda: old
        report = panel.choose_image()
        assert report is not None and not report.ok
        assert "older version" in panel.check_text.text()  # a downgrade, not ticked
        panel.downgrade.setChecked(True)
        assert panel.report is not None and panel.report.ok
        assert "a downgrade, as you allowed" in panel.check_text.text()


async def test_cancel_at_the_restart_question_sends_nothing(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window(time_scale=TIME_SCALE) as ctx:
        await log_in(ctx.window, KEY)
        image = tmp_path / release_name(TARGET)
        image.write_bytes(make_image(TARGET))
        panel = _panel(ctx.window, image)
        panel.pick([KEY])
        panel.choose_image()
        confirmation = panel.upgrade()
        assert confirmation is not None
        assert not panel.upgrade_button.isEnabled(), "disabled while the question is open"
        confirmation.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        await wait_for(panel.upgrade_button.isEnabled, "the button back")
        assert panel.operation is None
        assert _received(ctx, "ace0100001") == 0
        assert _firmware(ctx, "ace0100001") == BEFORE


async def test_a_trydan_is_listed_but_cannot_be_picked_for_firmware(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        panel = ctx.window.maintenance.firmware
        trydan = panel._item("V2C0100004")
        assert trydan is not None
        assert "only with its maker's app" in trydan.text()
        panel.pick(["V2C0100004", KEY])
        assert panel.picked() == [KEY]
        assert panel.not_upgradable.isVisibleTo(panel)


async def test_an_upgrade_across_version_5_asks_a_new_password_for_the_keyring_only(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    old, target, new_password = "4.9.0-1000", "6.6.2-4300", "Garage-Eve1-2026"
    async with demo_window(time_scale=TIME_SCALE) as ctx:
        charger = ctx.demo.site.node("ace0100001").charger
        charger.values[PropertyId.parse("100A_0")] = old  # as if it ran a 4.x release
        await log_in(ctx.window, KEY)
        assert ctx.services.directory.entry(KEY).firmware == old
        image = tmp_path / release_name(target)
        image.write_bytes(make_image(target))
        panel = _panel(ctx.window, image)
        panel.pick([KEY])
        panel.choose_image()
        assert "a new password is needed" in panel.check_text.text()
        assert panel.password_box.isVisibleTo(panel)
        assert not panel.upgrade_button.isEnabled(), "no start without the new password"
        panel.password.setText(new_password)
        panel.password_again.setText("something else")
        assert not panel.upgrade_button.isEnabled()
        panel.password_again.setText(new_password)
        assert panel.upgrade_button.isEnabled()
        confirmation = panel.upgrade()
        assert confirmation is not None
        confirmation.restart.click()
        await wait_for(lambda: panel.operation is not None, "the upgrade to start")
        assert panel.operation is not None
        await wait_for(lambda: not panel.operation.running, "the upgrade", timeout=60)
        assert panel.rows.now_text(KEY) == "✔ upgraded", panel.summary.text()
        assert charger.password == new_password  # the simulated charger took it
        assert credentials.keyring_password(KEY) == new_password
        assert panel.password.text() == "" and panel.password_again.text() == ""
        await wait_for(lambda: ctx.services.sessions.is_logged_in(KEY), "the session again")
        await wait_for(lambda: ctx.services.sessions.live(KEY) is not None, "a poll")
        assert ctx.services.password_hints[KEY] == new_password  # the demo's hint follows
        for journal in ctx.services.paths.journals.iterdir():
            assert new_password not in journal.read_text(encoding="utf-8")


async def test_a_failed_update_names_the_stage_and_what_to_do(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window(time_scale=TIME_SCALE) as ctx:
        await log_in(ctx.window, KEY)
        async with httpx.AsyncClient(timeout=5) as control:
            reply = await control.post(
                f"{ctx.demo.site.control_url}/fault",
                json={"serial": "ace0100001", "kind": "firmware_update_error", "on": True},
            )
        assert reply.status_code == 200, reply.text
        image = tmp_path / release_name(TARGET)
        image.write_bytes(make_image(TARGET))
        panel = _panel(ctx.window, image)
        panel.pick([KEY])
        panel.choose_image()
        confirmation = panel.upgrade()
        assert confirmation is not None
        confirmation.restart.click()
        await wait_for(lambda: panel.operation is not None, "the upgrade to start")
        assert panel.operation is not None
        await wait_for(lambda: not panel.operation.running, "the upgrade", timeout=60)
        assert panel.rows.now_text(KEY) == "✖ failed while installing"
        assert panel.rows.item(0, 3).text() == BEFORE
        assert "What to do:" in panel.summary.text(), panel.summary.text()
        assert _firmware(ctx, "ace0100001") == BEFORE
        (run,) = list_runs(ctx.services.paths.journals)
        assert run.firmware and run.status == "failed"
        assert incomplete_runs(ctx.services.paths.journals) == [], "never offered for resume"
