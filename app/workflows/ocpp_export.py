"""A commissioning plan as OCPP ChangeConfiguration sets, one per charge point identity.

Operators of many sites push settings through their own back office. The export takes the same
steps `apply` would write over the local API (the Alfen driver's plan steps) and turns every
property write into a configuration key and text (app/core/ocpp_keys.py), in the order `apply`
writes them, plus whether the charger needs a Reset afterwards. Each key says where its name
comes from: `ocpp` (the standard), `vendor` (named in the vendor's guide) or `tool` (our name
for a vendor setting whose key the references do not give; a real charger may refuse it).

Left out on purpose: the licence key (a secret: it never goes into a file; the back office
sets `FeatureLicenseKey` itself) and the clock (a back office sets the time its own way).
The back-office URL and identity come last, since after them the charger connects elsewhere.
The identity is the plan's back-office identity, else the serial in capitals (what the
simulated charger uses by default).
"""

from __future__ import annotations

from app.core.ocpp_export import ChargerExport, KeyChange
from app.core.ocpp_keys import ConfigKey, KeyCodec, generic_key, key_text
from app.core.plan import ChargerPlan, Plan
from app.core.values import Value
from app.drivers import registry
from app.drivers.alfen.ocpp_keys import BACK_OFFICE_URL, IDENTITY, STANDARD_KEYS, named_key_for
from app.drivers.alfen.settings import CLOCK, LICENCE_KEY
from app.drivers.steps import StepKind

LAST = (BACK_OFFICE_URL, IDENTITY)  # after them the charger connects elsewhere
_TOOL_NAMED = ("LoadBalancing-", "SCN-")


def _change(prop: str, value: Value) -> KeyChange:
    key = named_key_for(prop, value)
    if key is None:
        generic = generic_key(prop)
        return KeyChange(generic, key_text(ConfigKey(generic, KeyCodec.JSON), value), "tool")
    if key in STANDARD_KEYS:
        source = "ocpp"
    elif key.name.startswith(_TOOL_NAMED):
        source = "tool"
    else:
        source = "vendor"
    return KeyChange(key.name, key_text(key, value), source)


def export_charger(plan: ChargerPlan) -> ChargerExport:
    office = plan.back_office
    identity = (office.identity if office and office.identity else "") or plan.serial.upper()
    out = ChargerExport(identity, plan.serial)
    last: list[KeyChange] = []
    for step in registry.driver("alfen").plan_steps(plan):
        if step.kind is StepKind.LICENCE:
            out.notes.append("licence key not exported: set FeatureLicenseKey from the key store")
            continue
        if step.kind is not StepKind.WRITE:
            continue
        for prop, value in step.values:
            if prop in (CLOCK, LICENCE_KEY):
                continue
            (last if prop in LAST else out.changes).append(_change(prop, value))
            out.reset = out.reset or step.reboot or prop in LAST
    out.changes.extend(last)
    return out


def export_plan(plan: Plan) -> list[ChargerExport]:
    return [export_charger(charger) for charger in plan.chargers]
