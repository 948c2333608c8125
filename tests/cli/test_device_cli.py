"""`info`, `get`, `set`, `props`, `reboot` end to end: a `simulate` process and CLI processes."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.processes import run_cli, simulated_site

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "presets" / "sites" / "demo.toml"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    base = tmp_path_factory.mktemp("site")
    with simulated_site(SITE, base) as data:
        yield data


def cli(
    site: dict[str, object], *args: str, password: bool = True
) -> subprocess.CompletedProcess[str]:
    charger = site["chargers"][0]  # type: ignore[index]
    extra = ["--password", charger["password"]] if password and args and args[0] != "info" else []
    return run_cli(str(site["data_dir"]), *args, *extra)


def url(site: dict[str, object]) -> str:
    return str(site["chargers"][0]["https"])  # type: ignore[index]


def test_info_needs_no_password(site: dict[str, object]) -> None:
    done = cli(site, "info", url(site), password=False)
    assert done.returncode == 0, done.stderr
    assert "serial    ace0100001" in done.stdout and "NG910-60027" in done.stdout


def test_get_set_round_trip_and_bad_input_changes_nothing(site: dict[str, object]) -> None:
    done = cli(site, "set", url(site), "2062_0=20", "2069_0=L2L3L1")
    assert done.returncode == 0, done.stderr
    assert "2062_0   = 20.0 A" in done.stdout
    bad = cli(site, "set", url(site), "2062_0=22", "2129_0=99")
    assert bad.returncode == 1 and "outside 0…32 A" in bad.stderr
    assert "Traceback" not in bad.stderr
    got = cli(site, "get", url(site), "2062_0", "2069_0", "--json")
    values = {row["id"]: row["value"] for row in json.loads(got.stdout)}
    assert values == {"2062_0": 20.0, "2069_0": "L2L3L1"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("get", "{url}", "zz_9"), "is not a property id"),
        (("get", "{url}", "9999_9"), "Not on this charger: 9999_9"),
        (("set", "{url}", "2050_0=NG999"), "read-only"),
        (("set", "{url}", "2126_0=two"), "whole number"),
        (("set", "{url}", "2062_0"), "expected ID=VALUE"),
        (("get", "https://127.0.0.1:1", "2062_0"), "connection refused"),
    ],
)
def test_bad_input_gets_one_clear_line(site: dict[str, object], args, message) -> None:
    done = cli(site, *(a.format(url=url(site)) for a in args))
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr


def test_wrong_password_hints_at_lookalikes(site: dict[str, object]) -> None:
    wrong = "demo-Eve1-pas1"
    done = run_cli(str(site["data_dir"]), "get", url(site), "2062_0", "--password", wrong)
    assert done.returncode == 1
    assert "refused the login" in done.stderr and "1 and the letter l" in done.stderr
    assert "demo-Eve1-pas1" not in done.stderr  # never echo a password


def test_no_password_anywhere_is_a_clear_error(site: dict[str, object]) -> None:
    done = cli(site, "get", url(site), "2062_0", password=False)
    assert done.returncode == 1 and "No password for charger ace0100001" in done.stderr


def test_props_walks_everything_as_json(site: dict[str, object]) -> None:
    done = cli(site, "props", url(site), "--json")
    assert done.returncode == 0, done.stderr
    ids = {row["id"] for row in json.loads(done.stdout)}
    assert {"2062_0", "21A2_0", "2180_1", "2221_22", "5221_16"} <= ids


def test_reboot_waits_until_back(site: dict[str, object]) -> None:
    started = time.monotonic()
    done = cli(site, "reboot", url(site), "--wait-timeout", "30")
    assert done.returncode == 0, done.stderr
    assert "Reboot sent to ace0100001" in done.stdout and "ace0100001 is back" in done.stdout
    assert time.monotonic() - started < 30
