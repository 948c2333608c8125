"""The commissioning drawings say in words what they draw, and paint without warnings."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.phases import PhaseMapping
from app.ui.commissioning.diagrams import MeterPlacementDiagram, PhaseOrderDiagram

pytestmark = pytest.mark.gui


def test_meter_placement_follows_include_ev(qtbot: QtBot) -> None:
    diagram = MeterPlacementDiagram()
    qtbot.addWidget(diagram)
    diagram.set_include_ev(True)
    assert "EV included" in diagram.accessibleDescription()
    assert not diagram.grab().isNull()
    diagram.set_include_ev(False)
    assert "sees the house only" in diagram.accessibleDescription()


@pytest.mark.parametrize(
    ("mapping", "words"),
    [
        (
            PhaseMapping.L3L1L2,
            "supply L3 → charger L1, supply L1 → charger L2, supply L2 → charger L3",
        ),
        (PhaseMapping.L2, "supply L2 → charger L1"),
        (PhaseMapping.NONE, "No phase mapping set."),
    ],
)
def test_phase_order_names_each_wire(qtbot: QtBot, mapping: PhaseMapping, words: str) -> None:
    diagram = PhaseOrderDiagram()
    qtbot.addWidget(diagram)
    diagram.set_mapping(mapping)
    assert diagram.accessibleDescription() == words
    assert not diagram.grab().isNull()
