"""The Maintenance tab's clock, name, backup, restore and support bundle on the demo site."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.services.operations import Operation, OperationState
from app.store.journal import list_runs
from app.ui.main_window import MainWindow
from app.ui.maintenance.tab import MaintenanceTab
from app.ui.reboot_confirm import RebootConfirmation
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import log_in, wait_for

KEY = "ACE0100001"
TRYDAN = "V2C0100004"
DEMO_PASSWORD = "demo-Eve1-pass"  # presets/sites/demo.toml, a simulated charger's


def _tab(window: MainWindow) -> MaintenanceTab:
    window.show_tab(window.maintenance)
    return window.maintenance


async def _finish(operation: Operation | None) -> None:
    assert operation is not None
    assert await operation.wait() is OperationState.SUCCEEDED, operation.error


async def _confirm(confirmation: RebootConfirmation | None, panel: object) -> None:
    assert confirmation is not None, "the change restarts the charger: it asks first"
    confirmation.restart.click()
    await wait_for(lambda: getattr(panel, "operation", None) is not None, "the run")
    await _finish(panel.operation)  # type: ignore[attr-defined]


async def test_clock_set_and_name_change_are_journaled_and_shown(demo_window: OpenDemo) -> None:
    async with demo_window(time_scale=20.0) as ctx:
        await log_in(ctx.window, KEY)
        clock = _tab(ctx.window).clock
        await _finish(clock.read())
        assert clock.charger_clock.text().endswith("UTC")
        assert clock.laptop_clock.text().endswith("UTC")
        assert "laptop" in clock.difference.text()
        await _confirm(clock.set_clock(), clock)
        await wait_for(lambda: "journal" in clock.status.text(), "the outcome")
        assert "Applied" in clock.status.text(), clock.status.text()

        clock.name.setText("Garage left")
        assert clock.rename_button.isEnabled()
        await _confirm(clock.rename(), clock)
        await wait_for(lambda: clock.readings[KEY].name == "Garage left", "the name read back")
        assert clock.name.text() == "Garage left"
        assert ctx.services.directory.entry(KEY).display_name == "Garage left"
        names = [run.plan_name for run in list_runs(ctx.services.paths.journals)]
        assert "clock of ace0100001" in [n.lower() for n in names], names
        assert "name of ace0100001" in [n.lower() for n in names], names
        assert clock.rollback_button.isEnabled()


async def test_backup_change_restore_through_the_tab(demo_window: OpenDemo, tmp_path: Path) -> None:
    async with demo_window(time_scale=20.0) as ctx:
        await log_in(ctx.window, KEY)
        tab = _tab(ctx.window)
        files, clock = tab.files, tab.clock
        saved = tmp_path / "eve1.json"
        files.choose_save = lambda _name, _kind: saved
        await _finish(files.save_backup())
        assert saved.is_file() and str(saved) in files.status.text()
        assert DEMO_PASSWORD not in saved.read_text(encoding="utf-8")

        await _finish(clock.read())
        original = clock.readings[KEY].name
        clock.name.setText("Changed for the test")
        await _confirm(clock.rename(), clock)
        await wait_for(lambda: clock.readings[KEY].name == "Changed for the test", "the change")

        files.choose_open = lambda: saved
        await _finish(files.read_restore())
        assert files.preview_box.isVisibleTo(files)
        rows = {
            files.changes.item(r, 0).text(): files.changes.item(r, 2).text()
            for r in range(files.changes.rowCount())
        }
        assert original in rows.values(), rows
        assert "left aside" in files.notes.text(), files.notes.text()
        assert "read-only" in files.notes.text()
        await _confirm(files.apply_restore(), files)
        await wait_for(lambda: "journal" in files.status.text(), "the restore's outcome")
        await _finish(clock.read())
        assert clock.readings[KEY].name == original
        assert not files.preview_box.isVisibleTo(files)
        await _finish(files.read_restore())  # once more: the charger holds the backup now
        assert "nothing to restore" in files.status.text()
        assert not files.apply_button.isVisibleTo(files) and not files.apply_button.isEnabled()
        assert files.rollback_button.isVisibleTo(files)
        await _confirm(files.rollback(), files)  # the restore undone: the changed name is back
        await wait_for(lambda: "Roll back of the restore" in files.status.text(), "the end")
        await _finish(clock.read())
        assert clock.readings[KEY].name == "Changed for the test"


async def test_support_bundle_is_written_without_the_password(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        await log_in(ctx.window, KEY)
        files = _tab(ctx.window).files
        target = tmp_path / "bundle"
        files.choose_save = lambda _name, _kind: target
        await _finish(files.save_bundle())
        written = target.with_suffix(".zip")
        assert written.is_file()
        assert str(written) in files.status.text()
        with zipfile.ZipFile(written) as bundle:
            assert bundle.namelist()
            for name in bundle.namelist():
                assert DEMO_PASSWORD.encode() not in bundle.read(name), name


async def test_a_trydan_greys_clock_and_name_with_the_reason(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        ctx.window.charger_list.select(TRYDAN)
        clock = _tab(ctx.window).clock
        assert clock.reason.isVisibleTo(clock)
        assert "cannot set them" in clock.reason.text()
        for button in (clock.read_button, clock.set_clock_button, clock.rename_button):
            assert not button.isEnabled()
        files = ctx.window.maintenance.files
        assert files.backup_button.isEnabled()  # its settings can be saved


async def test_a_trydan_saves_a_backup_and_a_support_bundle(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window() as ctx:
        await log_in(ctx.window, TRYDAN)
        files = _tab(ctx.window).files
        backup, bundle = tmp_path / "trydan.json", tmp_path / "trydan.zip"
        files.choose_save = lambda _name, _kind: backup
        await _finish(files.save_backup())
        assert backup.is_file() and "Backup saved" in files.status.text()
        files.choose_save = lambda _name, _kind: bundle
        await _finish(files.save_bundle())
        with zipfile.ZipFile(bundle) as written:
            readme = written.read("README.txt").decode()
        assert "keep no log" in readme, readme
