"""Bundled libraries and their licences, read from distribution metadata."""

from __future__ import annotations

from email.message import Message

from app.bundle import licences


def _meta(**fields: str | list[str]) -> Message:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


def test_licence_prefers_the_spdx_expression() -> None:
    meta = _meta(License_Expression="MIT", License="long text\nmore")
    assert licences.licence_of(meta) == "MIT"  # type: ignore[arg-type]


def test_a_full_licence_text_in_the_license_field_falls_back_to_classifiers() -> None:
    meta = _meta(
        License="Copyright (c) someone\nPermission is hereby granted",
        Classifier=["License :: OSI Approved :: BSD License", "Programming Language :: Python"],
    )
    assert licences.licence_of(meta) == "BSD License"  # type: ignore[arg-type]
    assert licences.licence_of(_meta()) == "see the licence file"  # type: ignore[arg-type]


def test_requirements_behind_an_extra_are_left_out() -> None:
    names = licences._requirement_names(
        ["numpy>=1.26", 'pytest>=8; extra == "dev"', "dbus-fast>=4.0.0 ; sys_platform == 'linux'"]
    )
    assert names == ["numpy", "dbus-fast"]


def test_bundled_libraries_cover_the_runtime_dependencies_transitively() -> None:
    names = {library.name.lower() for library in licences.bundled_libraries()}
    assert {"pyside6_essentials", "shiboken6", "pymodbus", "zeroconf", "ifaddr"} <= names
    assert "pytest" not in names  # a dev extra, not bundled
    assert licences.missing_requirements() == []
