"""Login, sessions bound to the connection, one client at a time, expiry, logout."""

from __future__ import annotations

import time

import httpx
import pytest

from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import (
    COOKIE,
    TIME_SCALE,
    TOKEN,
    can_connect,
    client,
    endpoint,
    eventually,
    login,
    site_data,
)


async def test_info_needs_no_session(site: SimulatedSite) -> None:
    async with client(str(endpoint(site, COOKIE)["https"])) as c:
        info = (await c.get("/api/info")).json()
    assert info == {
        "ObjectId": COOKIE,
        "Model": "NG910-60027",
        "Identity": COOKIE.upper(),
        "FWVersion": "7.4.5-4415",
        "Type": "2.0.1",
    }


async def test_token_login_gives_access_and_refresh_used_as_bearer(site: SimulatedSite) -> None:
    ep = endpoint(site, TOKEN)
    async with client(str(ep["https"])) as c:
        reply = await c.post(
            "/api/login",
            json={"username": "admin", "password": ep["password"], "displayname": "t"},
        )
        assert reply.status_code == 200
        body = reply.json()
        assert set(body) == {"access", "refresh"} and body["access"] != body["refresh"]
        assert (await c.get("/api/categories")).status_code == 401
        ok = await c.get("/api/categories", headers={"Authorization": f"Bearer {body['access']}"})
        assert ok.status_code == 200
        wrong = await c.get("/api/categories", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401


async def test_cookie_login_sets_session_cookie_with_empty_body(site: SimulatedSite) -> None:
    ep = endpoint(site, COOKIE)
    async with client(str(ep["https"])) as c:
        reply = await c.post(
            "/api/login",
            json={"username": "admin", "password": ep["password"], "displayname": "t"},
        )
        assert reply.status_code == 200 and reply.content == b""
        assert reply.cookies.get("session")
        assert (await c.get("/api/categories")).status_code == 200  # cookie sent back
        c.cookies.clear()
        assert (await c.get("/api/categories")).status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {"username": "admin", "password": "wrong", "displayname": "t"},
        {"username": "user", "password": "token-pass-1", "displayname": "t"},
        {"username": "admin", "displayname": "t"},
    ],
)
async def test_bad_credentials_get_401_and_no_session(
    site: SimulatedSite, body: dict[str, str]
) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    async with client(url) as c:
        assert (await c.post("/api/login", json=body)).status_code == 401
    assert not site.node(TOKEN).api.busy
    assert await can_connect(url)


async def test_session_is_bound_to_the_connection(site: SimulatedSite) -> None:
    ep = endpoint(site, TOKEN)
    first = client(str(ep["https"]))
    headers = await login(first, str(ep["password"]))
    assert (await first.get("/api/categories", headers=headers)).status_code == 200
    await first.aclose()  # the connection that logged in is gone
    await eventually(lambda: not site.node(TOKEN).api.busy, what="session to end")
    async with client(str(ep["https"])) as second:
        reply = await second.get("/api/categories", headers=headers)
    assert reply.status_code == 401


async def test_second_client_is_reset_while_a_session_is_held(site: SimulatedSite) -> None:
    ep = endpoint(site, TOKEN)
    url = str(ep["https"])
    async with client(url) as holder:
        headers = await login(holder, str(ep["password"]))
        async with client(url) as other:
            with pytest.raises(httpx.ConnectError):
                await other.get("/api/info")
        # the holder keeps working on its own connection
        assert (await holder.get("/api/categories", headers=headers)).status_code == 200
        assert (await holder.post("/api/logout", content=b'""', headers=headers)).status_code == 200
        assert await can_connect(url)  # logout frees the charger at once


async def test_connections_without_a_session_are_not_limited(site: SimulatedSite) -> None:
    url = str(endpoint(site, TOKEN)["https"])
    async with client(url) as a, client(url) as b:
        assert (await a.get("/api/info")).status_code == 200
        assert (await b.get("/api/info")).status_code == 200


async def test_logout_without_body_ends_the_session(site: SimulatedSite) -> None:
    ep = endpoint(site, COOKIE)
    async with client(str(ep["https"])) as c:
        await login(c, str(ep["password"]))
        assert (await c.post("/api/logout")).status_code == 200
        assert (await c.get("/api/categories")).status_code == 401


async def test_session_expires_after_idle_site_time() -> None:
    template = parse_site(site_data(session_idle_seconds=10), "idle.toml")
    async with SimulatedSite(template, time_scale=TIME_SCALE) as site:
        ep = endpoint(site, TOKEN)
        url = str(ep["https"])
        async with client(url) as c:
            headers = await login(c, str(ep["password"]))
            logged_at = time.monotonic()
            assert not await can_connect(url)  # held: fresh connections are reset
            await eventually(lambda: can_connect(url), what="the session to lapse")
            waited = time.monotonic() - logged_at
            assert waited >= 10 / TIME_SCALE * 0.9
            assert (await c.get("/api/categories", headers=headers)).status_code == 401
            headers = await login(c, str(ep["password"]))  # login again on the same connection
            assert (await c.get("/api/categories", headers=headers)).status_code == 200


async def test_login_on_an_older_connection_while_another_holds_the_session_is_reset(
    site: SimulatedSite,
) -> None:
    ep = endpoint(site, TOKEN)
    url = str(ep["https"])
    async with client(url) as early, client(url) as holder:
        assert (await early.get("/api/info")).status_code == 200  # connected before the login
        headers = await login(holder, str(ep["password"]))
        with pytest.raises(httpx.TransportError):
            await login(early, str(ep["password"]))
        assert (await holder.get("/api/categories", headers=headers)).status_code == 200
