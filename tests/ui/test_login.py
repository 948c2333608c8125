"""Login against simulated chargers: success, refusal with look-alikes, busy session,
changed certificate, no keyring, and cancelling a slow login from the status bar."""

from __future__ import annotations

import time

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.credentials import KEYRING_SERVICE
from app.services.devices import LinkState
from app.services.operations import OperationState
from app.ui.certificate_panel import grouped_fingerprint
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for

pytestmark = pytest.mark.gui

PASSWORD_1 = "demo-Eve1-pass"  # presets/sites/demo.toml, charger ace0100001 (simulated)


def open_dialog(window: MainWindow, key: str) -> LoginDialog:
    window.charger_list.select(key)
    dialog = window.open_login()
    assert dialog is not None and dialog.isVisible()
    return dialog


async def login(dialog: LoginDialog, password: str | None = None) -> OperationState:
    if password is not None:
        dialog.password.setText(password)
    operation = dialog.start_login()
    assert operation is not None
    return await operation.wait()


async def test_login_succeeds_and_remembers_in_the_keyring_only(
    demo_window: OpenDemo, memory_keyring: MemoryKeyring
) -> None:
    async with demo_window() as ctx:
        dialog = open_dialog(ctx.window, "ACE0100001")
        assert dialog.user.text() == "admin" and dialog.user.isReadOnly()
        assert dialog.remember.isEnabled() and not dialog.no_keyring.isVisible()
        dialog.remember.setChecked(True)
        assert await login(dialog, PASSWORD_1) is OperationState.SUCCEEDED
        assert not dialog.isVisible()
        assert ctx.services.sessions.is_logged_in("ACE0100001")
        assert memory_keyring.store == {(KEYRING_SERVICE, "ace0100001"): PASSWORD_1}
        entry = ctx.services.directory.entry("ACE0100001")
        assert entry is not None and entry.state is LinkState.LOGGED_IN
        await ctx.window.logout_current().wait()  # type: ignore[union-attr]
        again = open_dialog(ctx.window, "ACE0100001")
        assert again.password.text() == PASSWORD_1 and again.remember.isChecked()
        again.reject()


async def test_without_a_keyring_the_dialog_says_nothing_will_be_remembered(
    demo_window: OpenDemo,
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    async with demo_window() as ctx:
        dialog = open_dialog(ctx.window, "ACE0100001")
        assert not dialog.remember.isEnabled()
        assert dialog.no_keyring.isVisible()
        assert "will not be remembered" in dialog.no_keyring.text()
        assert await login(dialog, PASSWORD_1) is OperationState.SUCCEEDED


async def test_refused_password_offers_the_look_alike_spellings(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        dialog = open_dialog(ctx.window, "ACE0100001")
        assert await login(dialog, "demo-Evel-pass") is OperationState.FAILED  # l for 1
        assert dialog.isVisible()
        assert "refused this password" in dialog.problem.text()
        assert "look alike" in dialog.problem.text()
        variants = [dialog.variants.item(i).text() for i in range(dialog.variants.count())]
        assert PASSWORD_1 in variants and dialog.variants.isVisible()
        entry = ctx.services.directory.entry("ACE0100001")
        assert entry is not None and entry.state is LinkState.LOGIN_FAILED
        item = dialog.variants.findItems(PASSWORD_1, Qt.MatchFlag.MatchExactly)[0]
        dialog.variants.setCurrentItem(item)
        dialog.try_variant.click()
        assert dialog.operation is not None
        assert await dialog.operation.wait() is OperationState.SUCCEEDED
        assert ctx.services.sessions.is_logged_in("ACE0100001")


async def test_busy_session_says_what_the_installer_can_do_then_try_again_works(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        await ctx.demo.fault("ace0100001", "phantom").wait()
        dialog = open_dialog(ctx.window, "ACE0100001")
        assert await login(dialog) is OperationState.FAILED
        text = dialog.problem.text()
        assert "Another client holds this charger's only session" in text
        assert "MyEve" in text and "wait about a minute" in text and "off and on" in text
        assert dialog.login_button.text() == "&Try again"
        entry = ctx.services.directory.entry("ACE0100001")
        assert entry is not None and entry.state is LinkState.BUSY

        await ctx.demo.fault("ace0100001", "phantom", hold=False).wait()
        dialog.login_button.click()
        assert dialog.operation is not None
        assert await dialog.operation.wait() is OperationState.SUCCEEDED
        assert not dialog.isModal()  # the demo panel could release the session meanwhile


async def test_changed_certificate_needs_an_explicit_decision(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        pins = ctx.services.pins
        old = pins.get("ace0100001")
        assert old is not None  # pinned on first use by the list's probe
        await ctx.demo.fault("ace0100001", "new_certificate").wait()
        new = (await ctx.demo.fetch_state())["chargers"][0]["api"]["certificate_sha256"]
        assert new != old.sha256

        dialog = open_dialog(ctx.window, "ACE0100001")
        assert await login(dialog) is OperationState.FAILED
        panel = dialog.certificate
        assert panel.isVisible()
        assert panel.pinned.text() == grouped_fingerprint(old.sha256)
        assert panel.presented.text() == grouped_fingerprint(new)
        for label in (panel.pinned, panel.presented):  # whole, never cut off, selectable
            await wait_for(lambda label=label: label.width() > 0, "the panel's layout")
            assert len(label.text().splitlines()) == 4
            assert label.width() >= label.sizeHint().width()
            assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert not panel.accept_button.isEnabled()
        assert not dialog.login_button.isVisible()  # only the panel's two choices remain
        panel.reject_button.click()  # keep the old one
        assert not dialog.isVisible()
        assert pins.get("ace0100001") == old

        dialog = open_dialog(ctx.window, "ACE0100001")
        assert await login(dialog) is OperationState.FAILED
        dialog.certificate.confirm.setChecked(True)
        dialog.certificate.accept_button.click()
        await wait_for(lambda: ctx.services.sessions.is_logged_in("ACE0100001"), "the login")
        pin = pins.get("ace0100001")
        assert pin is not None and pin.sha256 == new


async def test_a_slow_login_shows_in_the_status_bar_and_cancel_stops_it(
    qtbot: QtBot, demo_window: OpenDemo
) -> None:
    async with demo_window() as ctx:
        await ctx.demo.fault("ace0100002", "delay", seconds=30.0).wait()
        dialog = open_dialog(ctx.window, "ACE0100002")
        operation = dialog.start_login()
        assert operation is not None
        bar = ctx.window.activity
        assert bar.cancel_button.isVisible()
        api = ctx.demo.site.node("ace0100002").api
        await wait_for(lambda: operation.text and api.server.connections, "the request")
        assert "Logging in" in bar.current.text()
        assert dialog.progress.isVisible() and not dialog.login_button.isEnabled()
        started = time.monotonic()
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
        assert await operation.wait() is OperationState.CANCELLED
        assert time.monotonic() - started < 2.0
        assert not bar.cancel_button.isVisible()
        assert dialog.login_button.isEnabled() and not dialog.progress.isVisible()
        assert not ctx.services.sessions.is_logged_in("ACE0100002")
        await ctx.demo.fault("ace0100002", "delay", seconds=0.0).wait()


async def test_the_driver_a_sighting_names_is_the_one_that_logs_in(demo_window: OpenDemo) -> None:
    from app.core.errors import InvalidInput
    from app.services.devices import ManualSighting

    async with demo_window() as ctx:
        directory, sessions = ctx.services.directory, ctx.services.sessions
        url = directory.entry("ACE0100001").url  # type: ignore[union-attr]
        directory.add_sighting(ManualSighting("ACE0900001", url, origin="ble", driver="wallbox"))
        entry = directory.entry("ACE0900001")
        assert entry is not None and entry.driver == "wallbox"
        operation = sessions.login("ACE0900001", PASSWORD_1)
        assert await operation.wait() is OperationState.FAILED
        assert isinstance(operation.error, InvalidInput)
        assert "No driver for 'wallbox'" in str(operation.error)

        typed = directory.add_by_address(url)  # a typed address: the default driver answers
        assert await typed.wait() is OperationState.SUCCEEDED
        assert typed.result.driver == "alfen" and typed.result.key == "ACE0100001"
