"""The question before a restart: names the chargers, warns per socket, can be answered no."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from pytestqt.qtbot import QtBot

from app.services.settings import GuiSettings
from app.ui.reboot_confirm import (
    ASK_ON_SIMULATED_SITE,
    RebootConfirmation,
    RebootTarget,
    ask_before_reboot,
    describe,
    question_needed,
)


def _services(tmp_path: Path) -> SimpleNamespace:
    return SimpleNamespace(settings=GuiSettings(tmp_path / "gui.json"))


def test_each_charger_is_named_with_its_charging_sockets(qtbot: QtBot) -> None:
    targets = [
        RebootTarget("Garage left", (1, 2)),
        RebootTarget("Garage right", ()),
        RebootTarget("Office", None),
    ]
    dialog = RebootConfirmation(targets, "Apply")
    qtbot.addWidget(dialog)
    text = dialog.lines.text()
    assert "Garage left: an EV is charging on socket 1, 2" in text
    assert "Garage right: no EV charging" in text
    assert "Office: not polled" in text
    assert dialog.findChild(object, "reboot-warning") is not None
    assert dialog.restart.text() == "Restart 3 charger(s)"


def test_no_warning_line_when_nobody_charges(qtbot: QtBot) -> None:
    dialog = RebootConfirmation([RebootTarget("A", ())], "Roll back")
    qtbot.addWidget(dialog)
    assert dialog.findChild(object, "reboot-warning") is None
    assert describe(RebootTarget("A", ())) == "A: no EV charging"


def test_cancel_does_not_proceed_and_restart_does(qtbot: QtBot, tmp_path: Path) -> None:
    parent = RebootConfirmation([], "x")  # any widget will do as a parent
    qtbot.addWidget(parent)
    calls: list[str] = []
    services = _services(tmp_path)
    targets = [RebootTarget("A", (1,))]
    dialog = ask_before_reboot(
        parent, services, targets, "Apply", lambda: calls.append("go"), lambda: calls.append("no")
    )
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    dialog.reject()
    assert calls == ["no"]
    again = ask_before_reboot(parent, services, targets, "Apply", lambda: calls.append("go"))
    assert again is not None
    again.restart.click()
    assert calls == ["no", "go"]


def test_the_question_can_be_turned_off_for_a_simulated_site_only(tmp_path: Path) -> None:
    services = _services(tmp_path)
    simulated = [RebootTarget("Sim", (1,), simulated=True)]
    real = [RebootTarget("Sim", (), simulated=True), RebootTarget("Real", ())]
    assert question_needed(services, simulated)
    services.settings.set_preference(ASK_ON_SIMULATED_SITE, False)
    assert not question_needed(services, simulated)
    assert question_needed(services, real)


def test_preferences_survive_a_save(tmp_path: Path) -> None:
    settings = GuiSettings(tmp_path / "gui.json")
    settings.set_preference("language", "de")
    settings.set_preference(ASK_ON_SIMULATED_SITE, False)
    settings.save()
    again = GuiSettings(tmp_path / "gui.json")
    assert again.preference("language", "") == "de"
    assert again.preference(ASK_ON_SIMULATED_SITE, True) is False
    assert again.preference("language", 3) == 3  # another type: the default
