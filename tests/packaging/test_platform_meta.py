"""Platform metadata is generated from the package and agrees with the committed files."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

import pytest

import app
from tests.packaging.conftest import ROOT, load_tool

meta_tool = load_tool("platform_meta")


def test_metadata_comes_from_the_package() -> None:
    meta = meta_tool.app_meta()
    assert (meta.name, meta.bundle_id, meta.version) == (
        app.APP_NAME,
        app.BUNDLE_ID,
        app.__version__,
    )
    assert meta.version == meta_tool.pyproject_version()


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2.0", (2, 0, 0, 0)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_windows_version_tuple(version: str, expected: tuple[int, ...]) -> None:
    assert meta_tool.AppMeta("X", "x.y", version).version_tuple == expected


def test_written_files_carry_privacy_strings_and_version(tmp_path: Path) -> None:
    paths = meta_tool.write_all(tmp_path)
    plist = plistlib.loads(paths["plist"].read_bytes())
    for key in ("NSBluetoothAlwaysUsageDescription", "NSLocalNetworkUsageDescription"):
        assert app.APP_NAME in plist[key]
    assert plist["NSBonjourServices"] == ["_alfen._tcp", "_lolo3._http._tcp"]
    assert plist["CFBundleIdentifier"] == app.BUNDLE_ID
    assert plist["CFBundleShortVersionString"] == app.__version__
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])
    version_text = paths["version_info"].read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{app.__version__}')" in version_text
    iss = paths["iss"].read_text(encoding="utf-8")
    assert f'#define AppVersion "{app.__version__}"' in iss
    assert f'#define AppId "{app.BUNDLE_ID}"' in iss


def test_windows_version_resource_is_a_valid_expression(tmp_path: Path) -> None:
    """PyInstaller eval()s this file with its versioninfo classes; here it must at least parse."""
    text = meta_tool.windows_version_info(meta_tool.app_meta(), "Commissioner.exe")
    compile(text, "version_info.txt", "eval")


def test_committed_desktop_file_agrees_with_the_package() -> None:
    text = meta_tool.DESKTOP_FILE.read_text(encoding="utf-8")
    assert meta_tool.check_desktop_entry(meta_tool.app_meta(), text) == []


def test_a_desktop_file_that_drifted_is_caught() -> None:
    text = meta_tool.DESKTOP_FILE.read_text(encoding="utf-8").replace(
        "Icon=io.commissioner.app", "Icon=old-name"
    )
    problems = meta_tool.check_desktop_entry(meta_tool.app_meta(), text)
    assert len(problems) == 1 and problems[0].startswith("Icon=")


def test_installer_scripts_use_the_generated_names() -> None:
    """The Inno Setup script and the CI workflow read what the spec produces, not copies."""
    iss = (ROOT / "packaging" / "windows" / "commissioner.iss").read_text(encoding="utf-8")
    assert "app.iss" in iss and "{#AppExeName}" in iss and "{#AppCliExeName}" in iss
    dmg = (ROOT / "packaging" / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    assert "CFBundleShortVersionString" in dmg and "Commissioner.app" in dmg
    workflow = (ROOT / "packaging" / "ci" / "build.yml").read_text(encoding="utf-8")
    assert "packaging/build.sh" in workflow and "commissioner.iss" in workflow
    assert "make_dmg.sh" in workflow
