"""The Report tab's parts without a site: the signature pad, the photo picker, the readings
judged as typed, the sign-off and the draft they are kept in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.report import ChecklistItem, Earthing, LimitSource, MeasurementKind, Verdict
from app.services.context import build_services
from app.services.operations import OperationState
from app.services.report.words import qt_words
from app.services.report_session import DRAFT_FILE
from app.ui.main_window import MainWindow
from app.ui.report.measurements import MeasurementPanel
from app.ui.report.photos import PhotoPanel
from app.ui.report.signature import SignaturePad
from app.ui.report.tab import ReportTab

pytestmark = pytest.mark.gui


def draw(pad: SignaturePad) -> None:
    """A stroke across the pad with the left button held."""
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 40))
    for x in range(30, 300, 15):
        QTest.mouseMove(pad, QPoint(x, 40 + (x % 45)))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 60))


def picture(path: Path, fmt: str) -> Path:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path), fmt)
    return path


def test_a_drawn_signature_is_a_png_that_reads_back(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(360, 120)
    pad.show()
    assert pad.is_empty and pad.png() == b""
    with qtbot.waitSignal(pad.changed):
        draw(pad)
    png = pad.png()
    assert png.startswith(b"\x89PNG") and not pad.is_empty
    image = QImage.fromData(png, "PNG")
    inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(0, 600, 4) for y in range(200))
    assert inked > 50  # the stroke is in the picture, the rest transparent
    again = SignaturePad()
    qtbot.addWidget(again)
    assert again.set_png(png) and not again.is_empty
    assert not again.set_png(b"not a picture")
    pad.clear()
    assert pad.is_empty


def test_photos_only_jpeg_or_png_pictures_each_refusal_in_one_line(
    qtbot: QtBot, tmp_path: Path
) -> None:
    panel = PhotoPanel()
    qtbot.addWidget(panel)
    jpeg = picture(tmp_path / "meter.jpg", "JPEG")
    png = picture(tmp_path / "clamps.png", "PNG")
    renamed = tmp_path / "notes.png"
    renamed.write_text("minutes of the site meeting")
    damaged = tmp_path / "board.png"
    damaged.write_bytes(png.read_bytes()[:60])  # a PNG header and nothing to show
    bitmap = picture(tmp_path / "label.bmp", "BMP")
    assert panel.add_files([jpeg, png]) == 2
    words = qt_words()
    shown = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert shown == [words.photo(p.kind) for p in panel.photos()]  # meter first, then clamps
    for bad in (renamed, damaged, bitmap):
        assert panel.add_files([bad]) == 0
        assert bad.name in panel.status.text() and "\n" not in panel.status.text()
    assert [Path(p.path).name for p in panel.photos()] == ["meter.jpg", "clamps.png"]
    panel.list.setCurrentRow(0)
    panel.caption.setText("Meter in the garage")
    panel.caption.textEdited.emit("Meter in the garage")
    assert panel.photos()[0].caption == "Meter in the garage"
    panel.remove_current()
    assert [Path(p.path).name for p in panel.photos()] == ["clamps.png"]


def test_a_removed_photo_is_not_kept_in_the_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(build_services(tmp_path / "data"))
    qtbot.addWidget(window)
    tab = window.report
    tab.photos.add_files(
        [picture(tmp_path / "meter.jpg", "JPEG"), picture(tmp_path / "b.png", "PNG")]
    )
    tab.save_now()
    copies = tab.session.folder / "photos"
    assert len(list(copies.iterdir())) == 2
    assert all(Path(p.path).parent == copies for p in tab.photos.photos())  # copies, kept
    tab.photos.list.setCurrentRow(0)
    tab.photos.remove_current()
    tab.save_now()
    assert [c.name for c in copies.iterdir()] == [Path(tab.photos.photos()[0].path).name]


@pytest.mark.parametrize(
    ("kind", "typed", "verdict"),
    [
        (MeasurementKind.PE_CONTINUITY, "0.4", Verdict.PASS),
        (MeasurementKind.PE_CONTINUITY, "1.5", Verdict.FAIL),
        (MeasurementKind.INSULATION, "0.5", Verdict.FAIL),
        (MeasurementKind.INSULATION, "250", Verdict.PASS),
        (MeasurementKind.VOLTAGE, "231", Verdict.PASS),
        (MeasurementKind.VOLTAGE, "262", Verdict.FAIL),
        (MeasurementKind.RCD_TRIP_TIME, "320", Verdict.FAIL),
    ],
)
def test_a_reading_is_judged_against_the_limit_shown(
    qtbot: QtBot, tmp_path: Path, kind: MeasurementKind, typed: str, verdict: Verdict
) -> None:
    window = MainWindow(build_services(tmp_path))
    qtbot.addWidget(window)
    panel: MeasurementPanel = window.report.measurements
    words = qt_words()
    assert panel.limits[kind].text() == words.limit(panel.thresholds.of(kind))
    assert panel.limits[kind].text() != "—"  # the default profile has a limit for each
    panel.values[kind].setText(typed)
    assert panel.verdicts[kind].accessibleName() == words.verdict(verdict)
    window.report.save_now()
    summary = window.report.signoff.summary.text()  # the last look before signing
    assert (words.measurement(kind) in summary) is (verdict is Verdict.FAIL)
    panel.values[kind].setText("lots")
    assert panel.verdicts[kind].accessibleName() == "not a number"
    assert kind not in [m.kind for m in panel.measurements()]  # not kept


def test_everything_typed_comes_back_in_a_new_window(qtbot: QtBot, tmp_path: Path) -> None:
    first = MainWindow(build_services(tmp_path))
    qtbot.addWidget(first)
    first.show()
    tab: ReportTab = first.report
    first.tabs.setCurrentWidget(tab)
    tab.site.site_name.setText("Dupont residence")
    tab.site.customer.setText("M. Dupont")
    tab.site.earthing.setCurrentIndex(tab.site.earthing.findData(Earthing.TT.value))
    tab.site.limit_source.setCurrentIndex(tab.site.limit_source.findData("contract"))
    tab.site.subscribed_power.setText("12")
    tab.measurements.rotation.setCurrentIndex(1)
    tab.measurements.where[MeasurementKind.PHASE_ROTATION].setText("board, charger circuit")
    tab.photos.add_files([picture(tmp_path / "meter.jpg", "JPEG")])
    tab.notes.setPlainText("Meter in the garage.")
    tab.pages.setCurrentWidget(tab.pages.widget(4))
    tab.signoff.checks[ChecklistItem.OWNER_INFORMED].setChecked(True)
    draw(tab.signoff.installer.pad)
    tab.signoff.customer.name.setText("M. Dupont")
    tab.signoff.customer.type.setChecked(True)
    tab.signoff.customer.typed.setText("Dupont")
    qtbot.waitUntil(
        lambda: (tab.session.folder / DRAFT_FILE).is_file() and not tab._save_timer.isActive()
    )
    (tmp_path / "meter.jpg").unlink()  # the report keeps its own copy
    again = MainWindow(build_services(tmp_path))
    qtbot.addWidget(again)
    restored = again.report
    assert restored.site.site_name.text() == "Dupont residence"
    assert restored.site.customer.text() == "M. Dupont"
    installation = restored.site.installation()
    assert installation.earthing is Earthing.TT
    assert installation.limit_source is LimitSource.CONTRACT
    assert installation.subscribed_power_kva == 12
    rotation = restored.measurements.measurement(MeasurementKind.PHASE_ROTATION)
    assert (rotation.text, rotation.where) == ("clockwise", "board, charger circuit")
    assert len(restored.photos.photos()) == 1 and restored.photos.status.text() == ""
    assert restored.notes.toPlainText() == "Meter in the garage."
    assert restored.signoff.checklist() == (ChecklistItem.OWNER_INFORMED,)
    assert not restored.signoff.installer.pad.is_empty
    customer = restored.signoff.customer.value()
    assert (customer.name, customer.typed, customer.png) == ("M. Dupont", "Dupont", b"")


def test_a_damaged_draft_starts_a_new_one_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    services = build_services(tmp_path)
    draft = services.paths.reports / "draft" / DRAFT_FILE
    draft.parent.mkdir(parents=True)
    draft.write_bytes(b'{"schema_version": 1, "header": {"site_name": 12}}')
    window = MainWindow(services)
    qtbot.addWidget(window)
    tab = window.report
    assert tab.site.site_name.text() == ""
    assert tab.bar.status.text() == "The saved draft could not be read; starting a new one."


def test_a_country_profile_changes_the_limits_and_stays_chosen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(build_services(tmp_path))
    qtbot.addWidget(window)
    tab = window.report
    loop = MeasurementKind.LOOP_IMPEDANCE
    tab.measurements.values[loop].setText("12")  # a TT earth electrode read as the loop
    words = qt_words()
    assert tab.measurements.verdicts[loop].accessibleName() == words.verdict(Verdict.FAIL)
    combo = tab.profile.combo
    assert combo.itemText(0) == "Usual limits" and combo.findText("France") > 0
    combo.setCurrentIndex(combo.findText("France"))
    assert tab.measurements.limits[loop].text() == "≤ 100 Ω"
    assert tab.measurements.verdicts[loop].accessibleName() == words.verdict(Verdict.PASS)
    again = MainWindow(build_services(tmp_path))
    qtbot.addWidget(again)
    assert again.report.profile.combo.currentText() == "France"
    assert again.report.session.thresholds.country == "FR"


async def test_an_export_that_cannot_be_written_says_why_in_one_line(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(build_services(tmp_path / "data"))
    qtbot.addWidget(window)
    tab = window.report
    tab.site.installer_name.setText("Jeanne Martin")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the report's folder should be")
    tab.bar.choose_save = lambda _suggested: blocker / "report"
    export = tab.export()
    assert export is not None
    assert await export.wait() is OperationState.FAILED
    status = tab.bar.status.text()
    assert status.startswith("Not written: the folder not-a-folder cannot take files (")
    assert "\n" not in status and "Errno" not in status
    assert tab.bar.export_button.isEnabled() and not tab.bar.progress.isVisible()
    assert not any(tmp_path.glob("**/*.pdf"))  # noqa: ASYNC240 - a test's own folder
    assert tab.session.visit.header.installer_name == "Jeanne Martin"  # nothing typed is lost


async def test_a_cancelled_export_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(build_services(tmp_path / "data"))
    qtbot.addWidget(window)
    tab = window.report
    target = tmp_path / "out" / "visit.pdf"
    tab.bar.choose_save = lambda _suggested: target
    export = tab.export()
    assert export is not None
    steps: list[int] = []

    def progressed(_text: str, done: int, total: int) -> None:
        steps.append(done)
        if total and export.running:
            export.cancel()  # from the status bar's Cancel, as soon as drawing has begun

    export.progressed.connect(progressed)
    assert await export.wait() is OperationState.CANCELLED
    assert steps
    assert not target.exists() and not any(target.parent.iterdir())
    assert tab.bar.status.text() == "Cancelled." and tab.bar.export_button.isEnabled()
