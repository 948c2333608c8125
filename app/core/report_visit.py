"""The visit file: what the installer enters for a report, and which chargers and runs it covers.

`commissioner report SITE.toml` reads it (`presets/report/sample-visit.toml` is a sample); the
Report tab keeps the same `Visit`. Layout (every table optional but `chargers`):

    schema_version = 1
    language = "fr"            # the report's language
    thresholds = "default"     # presets/report/thresholds-<name>.toml, or a file path
    notes = "…"
    [header]        site_name, site_address, customer, installer_name, company, qualification, date
    [installation]  earthing (TN/TT/IT), main_fuse_a, subscribed_power_kva, limit_source
                    (fuse/contract/tariff-peak), supply_cable, breaker, rcd_type
    [[chargers]]    serial, runs = ["RUN", …] (none: every run of that charger in the data folder)
    [[measurements]] kind, value or text, where
    [[photos]]      path (relative to the visit file), caption, kind
    [signoff]       date, checklist = ["passwords-changed", "owner-informed", "documents-given"]
    [signoff.installer] / [signoff.customer]  name, typed, image

Every field is checked as the report's JSON is (`app.core.report_json.build`), and an error
names the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import InvalidInput
from app.core.report import Header, Installation, Measurement, Photo, SignOff
from app.core.report_json import build

VISIT_SCHEMA_VERSION = 1
LANGUAGES = ("en", "fr", "nl", "de", "it", "es")
_PROFILE = re.compile(r"^[\w.\-/\\: ]{1,200}$")


@dataclass(frozen=True, slots=True)
class VisitCharger:
    serial: str
    runs: tuple[str, ...] = ()  # () = every run of this charger found in the data folder


@dataclass(frozen=True, slots=True)
class Visit:
    header: Header = field(default_factory=Header)
    installation: Installation = field(default_factory=Installation)
    chargers: tuple[VisitCharger, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    photos: tuple[Photo, ...] = ()
    notes: str = ""
    signoff: SignOff = field(default_factory=SignOff)
    thresholds: str = "default"
    language: str = "en"


_PARTS: dict[str, type] = {
    "header": Header,
    "installation": Installation,
    "signoff": SignOff,
}


def visit_from_data(data: Mapping[str, Any]) -> Visit:
    """A Visit from a parsed visit file; InvalidInput naming the first wrong field."""
    try:
        return _visit(data)
    except InvalidInput as exc:
        text = str(exc)
        if text.startswith("Report: "):  # the model's own checks, said of the visit file
            raise InvalidInput("Visit file: " + text.removeprefix("Report: ")) from None
        raise


def _visit(data: Mapping[str, Any]) -> Visit:
    version = data.get("schema_version", VISIT_SCHEMA_VERSION)
    if version != VISIT_SCHEMA_VERSION:
        raise InvalidInput(f"Visit file: schema_version {str(version)[:20]} is not 1.")
    known = {*_PARTS, "schema_version", "chargers", "measurements", "photos", "notes"}
    known |= {"thresholds", "language"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InvalidInput(f"Visit file: unknown table or key {str(unknown[0])[:40]!r}.")
    parts: dict[str, Any] = {
        name: build(cls, data.get(name, {}), name) for name, cls in _PARTS.items()
    }
    return Visit(
        chargers=_chargers(data.get("chargers")),
        measurements=_list(Measurement, data.get("measurements", []), "measurements"),
        photos=_list(Photo, data.get("photos", []), "photos"),
        notes=_text(data.get("notes", ""), "notes"),
        thresholds=_profile(data.get("thresholds", "default")),
        language=_language(data.get("language", "en")),
        **parts,
    )


def _chargers(raw: object) -> tuple[VisitCharger, ...]:
    chargers = _list(VisitCharger, raw if raw is not None else [], "chargers")
    if not chargers:
        raise InvalidInput("Visit file: name at least one charger ([[chargers]] serial = …).")
    seen: set[str] = set()
    for n, charger in enumerate(chargers):
        if not charger.serial.strip():
            raise InvalidInput(f"Visit file: chargers[{n}].serial is empty.")
        if charger.serial.lower() in seen:
            raise InvalidInput(f"Visit file: charger {charger.serial[:40]!r} is named twice.")
        seen.add(charger.serial.lower())
    return chargers


def _list(cls: type, raw: object, name: str) -> tuple[Any, ...]:
    if not isinstance(raw, list):
        raise InvalidInput(f"Visit file: {name} should be a list of tables ([[{name}]]).")
    return tuple(build(cls, item, f"{name}[{n}]") for n, item in enumerate(raw))


def _text(raw: object, name: str) -> str:
    if not isinstance(raw, str):
        raise InvalidInput(f"Visit file: {name} should be text.")
    return raw


def _profile(raw: object) -> str:
    text = _text(raw, "thresholds")
    if not _PROFILE.match(text):
        raise InvalidInput("Visit file: thresholds should name a profile or a file.")
    return text


def _language(raw: object) -> str:
    text = _text(raw, "language").lower()
    if text not in LANGUAGES:
        raise InvalidInput(f"Visit file: language should be one of {', '.join(LANGUAGES)}.")
    return text
