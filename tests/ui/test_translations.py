"""Strings go through Qt's translation mechanism; every shipped language is complete, compiled."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.plan import FIELDS, SECTIONS
from app.services.context import build_services
from app.services.devices import LinkState
from app.ui import texts
from app.ui.application import install_translations, remove_translations
from app.ui.commissioning.field_labels import LABELS, field_label
from app.ui.commissioning.pages import Page
from app.ui.main_window import MainWindow
from app.ui.resources import translations_dir

pytestmark = pytest.mark.gui

_FIELD = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


def _languages() -> tuple[str, ...]:
    """The languages build.py refreshes and compiles: the ones the program ships."""
    script = translations_dir() / "build.py"
    spec = importlib.util.spec_from_file_location("translations_build", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.LANGUAGES)


LANGUAGES = _languages()


def test_every_string_of_the_code_is_translated_and_the_qm_is_current() -> None:
    script = translations_dir() / "build.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_accelerator(language: str) -> None:
    ts = translations_dir() / f"commissioner_{language}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert translation, f"{language}: {source!r} has no translation"
        assert sorted(_FIELD.findall(source)) == sorted(_FIELD.findall(translation)), source
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), source


def test_the_window_speaks_french_with_the_french_translation(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translations(app, QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert installed, "commissioner_fr.qm did not load"
        window = MainWindow(build_services(tmp_path))
        qtbot.addWidget(window)
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == [
            "&Vue d'ensemble",
            "&Mise en service",
            "Surveillance en &direct",
            "&SCN",
            "Main&tenance",
            "&Rapport",
        ]
        assert window.overview.title.text() == "Aucune borne sélectionnée"
        assert window.charger_list.add_button.text() == "&Ajouter par adresse"
        assert texts.link_state(LinkState.BUSY) == "un autre client est connecté"
        assert texts.mode3(194) == "C2: en charge"
        assert field_label("station_max_current") == "Courant maximum de la borne"
        commissioning = window.commissioning  # made on first need, in the language chosen
        power = commissioning.page("Power")
        assert isinstance(power, Page)
        assert power.rows["station_max_current"].label.text() == "Courant maximum de la borne"
    finally:
        remove_translations(app, installed)
    assert texts.link_state(LinkState.BUSY) == "another client is connected"


def test_every_plan_field_label_is_offered_for_translation() -> None:
    """The labels live in app/core; the UI's list for the translation tools must match them."""
    wanted = {info.label for info in FIELDS.values()} | set(SECTIONS.values())
    assert set(LABELS) == wanted


def test_no_string_hides_from_the_translation_tools() -> None:
    """lupdate collects literal texts of tr/translate/QT_TRANSLATE_NOOP only: a literal handed to
    a local helper (`_t("…")`) or a context in a variable would stay English in every language."""
    hidden = re.compile(r"(?<![\w.])_t\(\s*[\"']|\.translate\(\s*[A-Za-z_]\w*\s*,\s*[\"']")
    root = translations_dir().parents[1] / "app"
    found = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for folder in ("ui", "services")
        for path in sorted((root / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert not found, "\n".join(found)
