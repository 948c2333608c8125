"""`POST /api/password` on the simulated charger: the admin password after a version-5 upgrade."""

from __future__ import annotations

from app.sim.runner import SimulatedSite
from tests.sim.helpers import TOKEN, client, endpoint, login, session


async def test_a_new_admin_password_is_taken_and_the_old_one_refused(site: SimulatedSite) -> None:
    ep = endpoint(site, TOKEN)
    async with session(site, TOKEN) as (c, headers):
        short = await c.post("/api/password", json={"password": "short"}, headers=headers)
        assert short.status_code == 400
        pin = await c.post(
            "/api/password", json={"username": "end user", "password": "1234"}, headers=headers
        )
        assert pin.status_code == 400  # only the admin shape is simulated
        reply = await c.post("/api/password", json={"password": "New-pass-2026"}, headers=headers)
        assert reply.status_code == 200, reply.text
        still = await c.get("/api/categories", headers=headers)
        assert still.status_code == 200, "the session stays logged in"
        await c.post("/api/logout", headers=headers)
    async with client(str(ep["https"])) as c:
        old = await c.post(
            "/api/login",
            json={"username": "admin", "password": ep["password"], "displayname": "t"},
        )
        assert old.status_code == 401
    async with client(str(ep["https"])) as c:
        assert await login(c, "New-pass-2026")


async def test_the_password_cannot_be_changed_without_a_login(site: SimulatedSite) -> None:
    async with client(str(endpoint(site, TOKEN)["https"])) as c:
        reply = await c.post("/api/password", json={"password": "New-pass-2026"})
    assert reply.status_code == 401
    assert site.node(TOKEN).charger.password != "New-pass-2026"
