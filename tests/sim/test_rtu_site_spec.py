"""The `[meter.rtu]` tables of a site template: any content is either line settings or one
clear error naming the field."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.sim.alfen.alb_config import RTU_PARITIES, read_config, rtu_source_properties
from app.sim.rtu_line import SerialSettings
from app.sim.rtu_meter import BAUD_RATES, meter_settings, rtu_tables
from app.store.presets import load_library
from tests.sim.alfen.test_alb_config import charger_with

SDM230 = load_library().find("Eastron SDM230")
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 200_000),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.sampled_from([1, 2, 2400, 9600, "none", "even", "odd"]),
    st.lists(st.integers(), max_size=2),
)
TABLES = st.dictionaries(
    st.sampled_from(["baud", "parity", "stopbits", "unit", "preset", "speed"]), VALUES
)


@given(TABLES)
def test_any_table_gives_settings_or_an_error_naming_its_field(table: dict[str, object]) -> None:
    try:
        settings = meter_settings(table, SDM230, "site.toml: meter.rtu[0]")
    except InvalidInput as exc:
        assert str(exc).startswith("site.toml: meter.rtu[0].")
        return
    assert settings.baud in BAUD_RATES and settings.parity in "NEO"
    assert settings.stopbits in (1, 2)


def test_the_presets_own_line_settings_are_the_default() -> None:
    assert meter_settings({}, SDM230, "x") == SerialSettings(2400, "N", 1)


@given(st.one_of(VALUES, st.lists(VALUES, max_size=3)))
def test_rtu_tables_are_a_table_or_a_list_of_tables(spec: object) -> None:
    try:
        tables = rtu_tables({"rtu": spec})
    except InvalidInput as exc:
        assert "[meter.rtu]" in str(exc)
        return
    assert all(isinstance(t, dict) for t in tables)


@given(
    st.sampled_from(BAUD_RATES), st.sampled_from(sorted(RTU_PARITIES.values())), st.integers(1, 247)
)
def test_what_an_installer_writes_reads_back_as_the_same_rtu_source(
    baud: int, parity: str, unit: int
) -> None:
    settings = SerialSettings(baud, parity, 1)
    config = read_config(charger_with(rtu_source_properties(SDM230, unit, settings)))
    assert (config.serial, config.unit, config.problem) == (settings, unit, "")
    assert config.preset is not None and config.preset.phases == 1
