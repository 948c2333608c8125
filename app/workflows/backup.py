"""Take a charger's settings backup, and turn a backup into the plan that restores it.

A backup reads every setting the driver lists (`Driver.setting_records(client, None)`) plus
the plan and SCN settings some chargers only answer by name, and leaves out every secret: a
setting whose name speaks of a password, passphrase, PIN, secret, token or key (an Alfen's
licence key, for one). Restoring goes through the plan machinery: the backup's values become
the driver's plan (`Driver.plan_from_values`), which is previewed, applied with a journal and
rolled back like any plan. A value that breaks a plan rule (a factory default the guide
advises against) is left as the charger has it, with a note. So what a restore writes is what
a plan can hold; read-only settings, the identity of another charger (its name and charge-box
identity) and settings no plan field holds are skipped, each kind counted in a note. A backup
of another brand or model is refused before anything is written to the charger.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping

from app.core.errors import InvalidInput
from app.core.identity import ChargerIdentity
from app.core.plan import BackOfficePlan, ChargerPlan, label
from app.core.plan_file import with_field
from app.core.plan_rules import validate_charger
from app.drivers.base import ChargerClient, Driver, SettingRecord
from app.drivers.steps import touched
from app.store.backup import Backup, BackupSetting

_SECRET = re.compile(r"\b(password|passphrase|passwd|pin|secret|token|key|psk)s?\b", re.I)


def is_secret(record: SettingRecord) -> bool:
    """A setting no backup may hold, by what its name says it is."""
    return bool(_SECRET.search(record.name))


def writable(details: Mapping[str, object]) -> bool | None:
    """Whether a setting can be written, as the driver's record details say it: `writable`
    (true/false), or the wire's `access` code (1 is read-only); None when they do not say."""
    flag = details.get("writable")
    if isinstance(flag, bool):
        return flag
    access = details.get("access")
    return access != 1 if isinstance(access, int) else None


async def take_backup(link: ChargerClient) -> Backup:
    """Every readable setting of the charger behind `link`, secrets left out."""
    driver, identity = link.driver, link.identity
    records = await driver.setting_records(link, None)
    seen = {r.key for r in records}
    named = [k for k in (*driver.plan_keys(identity.sockets), *driver.scn_keys()) if k not in seen]
    if named:
        records += await driver.setting_records(link, list(dict.fromkeys(named)))
    kept = [r for r in records if not is_secret(r)]
    return Backup(
        driver=driver.tag,
        model=identity.model,
        serial=identity.serial,
        firmware=identity.firmware,
        taken=dt.datetime.now(dt.UTC).replace(microsecond=0),
        settings=tuple(
            BackupSetting(r.key, r.value, r.name, r.unit, writable(r.details)) for r in kept
        ),
        excluded=tuple((r.key, r.name) for r in records if is_secret(r)),
    )


@dataclasses.dataclass(frozen=True, slots=True)
class RestorePlan:
    """The plan that puts a backup back on one charger, and what it leaves aside (notes)."""

    plan: ChargerPlan
    notes: tuple[str, ...] = ()


def check_same_model(backup: Backup, driver: Driver, target: ChargerIdentity) -> None:
    """InvalidInput unless the backup is of the same brand and model as the target charger."""
    if backup.driver != driver.tag or backup.model != target.model:
        raise InvalidInput(
            f"This backup is of a {backup.model} ({backup.driver} driver, serial "
            f"{backup.serial}); charger {target.serial} is a {target.model} ({driver.tag} "
            "driver). A backup is restored only onto a charger of the same model."
        )


def restore_plan(
    backup: Backup, driver: Driver, target: ChargerIdentity, address: str
) -> RestorePlan:
    """The plan that restores `backup` onto `target` (checked to be of the same model)."""
    check_same_model(backup, driver, target)
    values = driver.typed_values(backup.values())
    plan = driver.plan_from_values(target.serial, address, values)
    plan = dataclasses.replace(plan, licence_key=None, set_clock=None)
    notes = []
    if backup.serial != target.serial:
        office = plan.back_office
        plan = dataclasses.replace(
            plan,
            display_name=None,
            back_office=BackOfficePlan(url=office.url) if office else None,
        )
        notes.append(
            f"Taken from charger {backup.serial}: its name and charge-box identity are its "
            f"own and are not copied to {target.serial}."
        )
    plan, broken = _rule_abiding(_without_empty_texts(plan))
    notes.extend(broken)
    written = set(touched(driver.plan_steps(plan)))
    read_only = [s for s in backup.settings if s.writable is False]
    outside = [s for s in backup.settings if s.writable is not False and s.key not in written]
    if read_only:
        notes.append(f"{len(read_only)} read-only settings (identity, readings) are skipped.")
    if outside:
        notes.append(
            f"{len(outside)} settings no plan field holds are kept in the file but not "
            "restored (set them by hand if they differ)."
        )
    if backup.excluded:
        names = ", ".join(name or key for key, name in backup.excluded)
        notes.append(f"Secrets are never in a backup and are not restored: {names}.")
    return RestorePlan(plan, tuple(notes))


def _rule_abiding(plan: ChargerPlan) -> tuple[ChargerPlan, list[str]]:
    """The plan without the values that break a plan rule (a charger may hold a value the
    guide advises against, such as a factory default); each one named in a note."""
    notes: list[str] = []
    for _ in range(5):  # leaving one field out can only remove violations; a few passes do
        violations = validate_charger(plan)
        if not violations:
            break
        for violation in violations:
            try:
                plan = with_field(plan, violation.field, None)
            except InvalidInput:
                continue
            notes.append(f"{label(violation.field)} is not restored: {violation.message}")
    return plan, notes


def _without_empty_texts(plan: ChargerPlan) -> ChargerPlan:
    """An empty back-office URL or identity means "none set": a plan cannot write that, so
    it is left as the charger has it."""
    office = plan.back_office
    if office is None:
        return plan
    url = office.url or None
    identity = office.identity or None
    return dataclasses.replace(plan, back_office=BackOfficePlan(url, identity))


__all__ = [
    "RestorePlan",
    "check_same_model",
    "is_secret",
    "restore_plan",
    "take_backup",
    "writable",
]
