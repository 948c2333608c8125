"""The device commands' view of Alfen properties: names and units from the catalogue, and the
raw record details (`type`, `access`, `cat`) that `get --json` and `props --json` print."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.errors import InvalidInput
from app.drivers.alfen.catalogue import CATALOGUE
from app.drivers.alfen.client import AlfenClient
from app.drivers.alfen.properties import PropertyId, PropertyValue
from app.drivers.base import ChargerClient, SettingRecord

# What `info --password` lists after the licences: the current limits of both sockets.
SUMMARY_KEYS = ("2062_0", "2129_0", "3129_0", "212C_0", "312C_0", "2067_0", "2068_0")


def setting_key(text: str) -> str:
    """`2062_00` or `2062.0` → `2062_0`; UnknownProperty (InvalidInput) for anything else."""
    return PropertyId.parse(text).wire


def _alfen(client: ChargerClient) -> AlfenClient:
    raw = getattr(client, "alfen", None)
    if not isinstance(raw, AlfenClient):
        raise InvalidInput(f"{client.identity.serial} is not reached through the Alfen driver.")
    return raw


def record(value: PropertyValue) -> SettingRecord:
    spec = CATALOGUE.get(value.id)
    details = {"type": int(value.type), "access": int(value.access), "cat": value.category}
    return SettingRecord(
        value.id.wire,
        value.value,
        name=spec.name if spec else "",
        unit=spec.unit if spec and spec.unit else "",
        details=details,
    )


async def setting_records(client: ChargerClient, keys: Iterable[str] | None) -> list[SettingRecord]:
    """The records of `keys` in the order asked, or of every property sorted by id (None)."""
    alfen = _alfen(client)
    if keys is None:
        found = sorted((await alfen.snapshot()).values(), key=lambda v: v.id)
    else:
        found = list((await alfen.read(list(keys))).values())
    return [record(v) for v in found]
