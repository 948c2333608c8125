"""A request to a charger costs no trip through the import system.

httpcore asks which async library runs each time it makes a lock (several per request) by
importing sniffio; when sniffio is missing the import fails, Python does not remember the
failure, and every ask searches the whole path again: a third of the client's CPU when a car
park is configured at once. sniffio is therefore a dependency of ours (pyproject.toml).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

import pytest

from app.drivers.alfen.client import AlfenClient
from app.transports.pins import PinStore
from tests.sim_site import SimHandle

pytestmark = pytest.mark.asyncio


class _Recorder(MetaPathFinder):
    """Notes every module name Python searches for; finds nothing itself."""

    def __init__(self) -> None:
        self.searched: list[str] = []

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self.searched.append(fullname)
        return None


@contextmanager
def searched_imports() -> Iterator[list[str]]:
    recorder = _Recorder()
    sys.meta_path.insert(0, recorder)
    try:
        yield recorder.searched
    finally:
        sys.meta_path.remove(recorder)


async def test_requests_after_the_first_search_for_no_module(sim: SimHandle) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(
        endpoint, charger.password, pins=PinStore(), expected_serial=charger.serial
    ) as client:
        await client.session.request("GET", "/api/prop?ids=2060_0")  # imports what it needs
        with searched_imports() as searched:
            for _ in range(5):
                await client.session.request("GET", "/api/prop?ids=2060_0")
    assert searched == []
