"""Redaction of the support bundle's files: secret values, licence-key shapes, secret fields."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.drivers.base import SettingRecord
from app.store.support_bundle import REDACTED, BundleParts, is_secret, redact, write_bundle

SECRET = st.text(min_size=4, max_size=30).filter(lambda s: s not in REDACTED)


@settings(deadline=None)
@given(before=st.text(max_size=40), secret=SECRET, after=st.text(max_size=40))
def test_a_secret_anywhere_in_a_text_is_taken_out(before: str, secret: str, after: str) -> None:
    assert secret not in redact(before + secret + after, [secret])


@settings(deadline=None)
@given(secret=SECRET)
def test_a_secret_inside_json_text_is_taken_out(secret: str) -> None:
    text = json.dumps({"note": f"used {secret} here"})
    assert secret not in json.loads(redact(text, [secret]))["note"]


def test_licence_key_shapes_and_password_fields_go_without_being_named() -> None:
    text = (
        "key 0123.4567.89AB.CDEF.0123.4567 or 0123456789abcdef01234567; "
        '{"password": "hunter22", "new_password": "x\\"y", "serial": "ace1"}'
    )
    out = redact(text, [])
    assert "0123.4567" not in out and "0123456789abcdef" not in out
    assert "hunter22" not in out and 'x\\"y' not in out
    assert '"serial": "ace1"' in out  # ordinary fields stay


def test_short_values_are_not_searched_for() -> None:
    assert redact("a pin of 12 in 2026", ["12"]) == "a pin of 12 in 2026"


def test_secret_settings_are_named_like_secrets() -> None:
    names = ["licence key", "APN password", "SIM PIN", "auth token", "station max current"]
    found = [is_secret(SettingRecord("k", "v", name=name)) for name in names]
    assert found == [True, True, True, True, False]


def test_the_bundle_keeps_the_key_of_a_secret_setting_and_drops_its_value(tmp_path: Path) -> None:
    parts = BundleParts(
        "ace1",
        {"serial": "ace1"},
        [SettingRecord("a", "S3cr3t-licence", name="licence key"), SettingRecord("b", 16.0)],
        texts={"note.txt": "the key S3cr3t-licence was typed here"},
    )
    path = write_bundle(tmp_path / "b.zip", parts)
    with zipfile.ZipFile(path) as bundle:
        texts = {name: bundle.read(name).decode() for name in bundle.namelist()}
    rows = json.loads(texts["settings.json"])["settings"]
    assert rows[0] == {
        "key": "a",
        "name": "licence key",
        "value": REDACTED,
        "unit": "",
        "details": {},
        "redacted": True,
    }
    assert rows[1]["value"] == 16.0
    assert not any("S3cr3t-licence" in text for text in texts.values())
    assert not (tmp_path / "b.zip.part").exists()
