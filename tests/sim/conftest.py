"""The test site, served on 127.0.0.1 for one test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from tests.sim.helpers import TIME_SCALE, site_data


@pytest.fixture
async def site() -> AsyncIterator[SimulatedSite]:
    async with SimulatedSite(parse_site(site_data(), "test.toml"), time_scale=TIME_SCALE) as s:
        yield s
