"""A certificate that changes while logged in: the poller stops, the session ends without one
more request to that address, and the login dialog then asks for the installer's decision."""

from __future__ import annotations

import pytest

from app.services.devices import LinkState
from app.services.operations import OperationState
from app.sim.http import Connection, Request, Response
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import next_emission

pytestmark = pytest.mark.gui

KEY, SERIAL, PASSWORD = "ACE0100001", "ace0100001", "demo-Eve1-pass"  # presets/sites/demo.toml


async def test_a_changed_certificate_stops_the_poller_and_ends_the_session(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        sessions = ctx.services.sessions
        assert await sessions.login(KEY, PASSWORD).wait() is OperationState.SUCCEEDED
        await next_emission(sessions.liveUpdated)  # polling
        server = ctx.demo.site.node(SERIAL).api.server
        seen: list[str] = []
        handler = server._handler

        async def recording(request: Request, conn: Connection) -> Response:
            seen.append(request.path)
            return await handler(request, conn)

        changed = next_emission(sessions.certificateChanged)
        await ctx.demo.fault(SERIAL, "new_certificate").wait()
        server._handler = recording
        await ctx.demo.fault(SERIAL, "drop").wait()
        key, change = await changed
        assert key == KEY and change.serial == SERIAL
        assert not sessions.is_logged_in(KEY)
        entry = ctx.services.directory.entry(KEY)
        assert entry is not None and entry.state is LinkState.CERTIFICATE_CHANGED
        # several poll intervals later: still nothing sent to that address
        for _ in range(4):
            await next_emission(ctx.demo.stateChanged)
        assert seen == []
        assert ctx.demo.site.node(SERIAL).api.session is None

        ctx.window.charger_list.select(KEY)
        dialog = ctx.window.open_login()
        assert dialog is not None
        dialog.password.setText(PASSWORD)
        operation = dialog.start_login()
        assert operation is not None and await operation.wait() is OperationState.FAILED
        assert dialog.certificate.isVisible()
        assert seen == []  # the decision is asked before any request
        dialog.reject()


async def test_a_change_seen_on_the_selected_charger_asks_for_the_decision_at_once(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        sessions = ctx.services.sessions
        ctx.window.charger_list.select(KEY)
        assert await sessions.login(KEY, PASSWORD).wait() is OperationState.SUCCEEDED
        await next_emission(sessions.liveUpdated)
        changed = next_emission(sessions.certificateChanged)
        await ctx.demo.fault(SERIAL, "new_certificate").wait()
        await ctx.demo.fault(SERIAL, "drop").wait()
        await changed
        dialog = ctx.window.login_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.certificate.isVisible()
        assert not dialog.login_button.isVisible()  # trust or refuse: the only ways on
        dialog.reject()
