"""The registry: tags to drivers, and the discovery patterns of all of them together."""

from __future__ import annotations

import pytest

from app.core.discovery import match_advertisement
from app.core.errors import InvalidInput
from app.drivers import registry
from app.drivers.alfen.driver import ALFEN


def test_tags_find_their_driver_and_empty_means_the_default() -> None:
    assert registry.driver("alfen") is ALFEN
    assert registry.driver("") is registry.driver(registry.DEFAULT)
    assert next(registry.drivers()).tag == registry.DEFAULT


def test_an_unknown_tag_is_a_clear_invalid_input() -> None:
    with pytest.raises(InvalidInput, match=r"No driver for 'wallbox': this version knows alfen"):
        registry.driver("wallbox")


def test_patterns_of_every_driver_are_aggregated() -> None:
    services = registry.mdns_services()
    for driver in registry.drivers():
        assert set(driver.discovery.mdns) <= set(services)
        assert set(driver.discovery.ble) <= set(registry.ble_matchers())
        if driver.discovery.probe is not None:
            assert driver.discovery.probe in registry.probes()
    assert {s.driver for s in services} == {d.tag for d in registry.drivers() if d.discovery.mdns}
    assert len({s.service_type for s in services}) == len(services)  # each browsed once


def test_the_trydan_found_over_ble_belongs_to_the_registered_v2c_driver() -> None:
    found = match_advertisement(registry.ble_matchers(), "V2C Trydan 1234", [])
    assert found is not None and found.driver == "v2c" and found.model == "Trydan"
    assert registry.driver(found.driver).tag == "v2c"
    assert registry.DEFAULT == "alfen" and next(registry.drivers()).tag == "alfen"


def test_every_tag_loads_the_driver_of_that_tag() -> None:
    assert registry.tags()[0] == registry.DEFAULT
    assert [registry.driver(tag).tag for tag in registry.tags()] == registry.tags()


def test_finding_a_charger_loads_no_driver() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from app.drivers import registry\n"
        "registry.probes(), registry.mdns_services(), registry.ble_matchers(), registry.tags()\n"
        "[registry.facts(tag) for tag in registry.tags()]\n"
        "print(sorted(m for m in sys.modules if m.endswith('.driver')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_help_examples_are_keys_each_driver_accepts() -> None:
    for tag in registry.tags():
        driver = registry.driver(tag)
        for key in registry.setting_examples(tag):
            assert driver.setting_key(key) == key


def test_the_facts_the_list_shows_match_each_driver() -> None:
    for tag in registry.tags():
        driver, facts = registry.driver(tag), registry.facts(tag)
        assert facts.brand == driver.brand
        assert facts.login is driver.capabilities.login
        joins = any(f.startswith("scn.") for f in driver.capabilities.plan_fields)
        assert facts.joins_scn is joins
