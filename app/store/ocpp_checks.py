"""Saving back-office check results for the commissioning report (versioned JSON).

`<serial>-ocppcheck-<time>.json` in the reports folder, beside the other test results and in
their shape (`{"schema_version": 1, "kind": "ocppcheck", "serial", "result": {…}}`), so the
report can pick it up. The configuration read from the charger never holds a secret: the
charger lists write-only keys without a value.
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from app.core.ocpp_check import CheckResult

SCHEMA_VERSION = 1
KIND = "ocppcheck"


def check_report(result: CheckResult) -> dict[str, object]:
    """The JSON body of one check."""
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": KIND,
        "serial": result.serial,
        "result": _result(result),
    }


def _result(result: CheckResult) -> dict[str, object]:
    passive = result.passive
    facts = result.facts
    return {
        "started": result.started,
        "passed": result.passed,
        "summary": result.summary,
        "configured": {
            "url": passive.url,
            "identity": passive.identity,
            "boot_state": passive.boot_state,
            "heartbeat_interval": passive.heartbeat_interval,
        },
        "reachability": dataclasses.asdict(passive.reachability),
        "temporary": None
        if facts is None
        else {
            "timeline": facts.timeline,
            "configuration": facts.keys,
            "restored": facts.restored,
        },
        "findings": [{"ok": f.ok, "text": f.text} for f in result.items],
    }


def save_check(result: CheckResult, directory: Path) -> Path:
    """Write the report atomically; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = directory / f"{result.serial}-{KIND}-{stamp}.json"
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(check_report(result), indent=1, default=str))
    os.replace(temporary, path)
    return path
