"""Render the Report tab on the demo site after a commissioning run and a hair-dryer test.

    python tests/screenshots/render_report_tab.py [OUT_DIR]      (default: tests/screenshots)

ACE0100001 gets a new station maximum (applied and journalled) and passes a hair-dryer test
answered by a script; the installer's part of the report is typed in (site, installation,
readings with one RCD trip time over its limit, two photos, notes, the handover checklist, a
drawn and a typed signature). Pictures at 1366×768 and 1920×1080: the chargers and what the
report holds with what is missing (report_tab-contents-…), the site and installation
(report_tab-site-…), the measurements judged (report_tab-measurements-…), photos and notes
(report_tab-photos-…), the sign-off (report_tab-signoff-…) and the page preview
(report_tab-preview-…). `render_report.py` draws the PDF's own pages (report-N.png).
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.screenshots.render import DEMO_SITE, run_script, save, settle

# isort: split
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.prompter import ScriptedPrompter
from app.core.report import ChecklistItem, Earthing, MeasurementKind
from app.services.commissioning import CommissioningService
from app.services.context import AppServices, build_services
from app.services.demo import DemoSite, start_demo
from app.services.hairdryer import VerificationService
from app.ui.demo_panel import DemoPanel
from app.ui.main_window import MainWindow
from app.ui.report.signature import SignaturePad
from app.ui.report.tab import ReportTab
from app.workflows.hairdryer import HairDryerTiming

SIZES = ((1366, 768), (1920, 1080))
KEY = "ACE0100001"
FAST = HairDryerTiming(
    warmup_s=1.0, session_timeout_s=10.0, settle_s=5.0, before_s=1.0, observe_s=4.0, final_s=1.0
)
READINGS = {
    MeasurementKind.PE_CONTINUITY: "0.18",
    MeasurementKind.INSULATION: "250",
    MeasurementKind.LOOP_IMPEDANCE: "0.41",
    MeasurementKind.SHORT_CIRCUIT_CURRENT: "560",
    MeasurementKind.RCD_TRIP_TIME: "320",
    MeasurementKind.RCD_TRIP_CURRENT: "22",
    MeasurementKind.VOLTAGE: "231",
}


async def save_sizes(window: MainWindow, out: Path, name: str) -> None:
    for width, height in SIZES:
        window.setGeometry(0, 0, width, height)
        await settle()
        save(window, out / f"{name}-{width}x{height}.png")
    window.setGeometry(0, 0, *SIZES[0])


async def commission(services: AppServices, demo: DemoSite) -> None:
    """A journalled apply and a passed hair-dryer test on KEY, through the services."""
    login = services.sessions.login(KEY, services.password_hints[KEY])
    await login.wait()
    service = CommissioningService(services.sessions, services.runner, services.paths.journals)
    await service.load(KEY).wait()
    service.set_field("station_max_current", "20")
    await service.apply().wait()
    client = services.sessions.shared_client(KEY)
    assert client is not None
    await client.write({"2064_0": 3, "2067_0": 25.0})

    async def start_session(_text: str) -> bool:
        await demo.plug(KEY.lower(), 1, 3).wait()
        return True

    async def dryer_on(_text: str) -> bool:
        await demo.switch_load("hair dryer", True).wait()
        return True

    answers: dict[str, object] = {"clamp_l1": 4.0, "clamp_l2": 3.5, "clamp_l3": 2.5}
    answers |= {"test_load": 9.0, "start_session": start_session, "load_on": dryer_on}
    test = VerificationService(services).hair_dryer(KEY, ScriptedPrompter(answers), timing=FAST)
    await test.wait()
    await demo.switch_load("hair dryer", False).wait()


def photo(path: Path, title: str, colour: str) -> Path:
    """A stand-in for a phone photo: a coloured picture with what it shows written on it."""
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans", 64, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 0, 1200, 900), Qt.AlignmentFlag.AlignCenter, title)
    painter.end()
    image.save(str(path), "JPEG")
    return path


def sign(pad: SignaturePad) -> None:
    """A signature-like stroke (loops along a rising line) drawn with the mouse."""
    width, height = pad.width(), pad.height()

    def at(step: int) -> QPoint:
        t = step / 60
        x = 0.12 + 0.7 * t + 0.035 * math.cos(t * 9 * math.pi)
        y = 0.62 - 0.12 * t - 0.18 * math.sin(t * 9 * math.pi) * (1 - 0.5 * t)
        return QPoint(int(x * width), int(y * height))

    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=at(0))
    for step in range(1, 61):
        QTest.mouseMove(pad, at(step))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=at(60))


def fill_in(tab: ReportTab, pictures: Path) -> None:
    site = tab.site
    site.site_name.setText("Demo site, Dupont residence")
    site.site_address.setText("12 rue des Lilas, 69003 Lyon")
    site.customer.setText("Marie Dupont")
    site.installer_name.setText("Jeanne Martin")
    site.company.setText("Martin Électricité")
    site.qualification.setText("IRVE level 2")
    site.earthing.setCurrentIndex(site.earthing.findData(Earthing.TT.value))
    site.main_fuse.setText("40")
    site.subscribed_power.setText("12")
    site.limit_source.setCurrentIndex(site.limit_source.findData("contract"))
    site.supply_cable.setText("5G6 mm² copper, 25 m")
    site.breaker.setText("C40 4-pole")
    site.rcd_type.setCurrentIndex(1)
    for kind, text in READINGS.items():
        tab.measurements.values[kind].setText(text)
        tab.measurements.where[kind].setText("charger circuit")
    tab.measurements.rotation.setCurrentIndex(1)
    tab.measurements.where[MeasurementKind.PHASE_ROTATION].setText("charger terminals")
    tab.photos.add_files(
        [
            photo(pictures / "meter.jpg", "Grid meter", "#37474f"),
            photo(pictures / "clamps.jpg", "CT clamps →", "#00695c"),
        ]
    )
    tab.notes.setPlainText("The grid meter is in the garage, left of the board.")
    for item in (ChecklistItem.PASSWORDS_CHANGED, ChecklistItem.OWNER_INFORMED):
        tab.signoff.checks[item].setChecked(True)
    tab.signoff.installer.name.setText("Jeanne Martin")
    tab.signoff.customer.name.setText("Marie Dupont")
    tab.signoff.customer.type.setChecked(True)
    tab.signoff.customer.typed.setText("Marie Dupont")


async def main(out: Path, _app: QApplication) -> None:
    data = Path(tempfile.mkdtemp(prefix="commissioner-shots-"))
    services = build_services(data, poll_interval=0.5)
    demo = await start_demo(services, DEMO_SITE, discovery=True, time_scale=4.0)
    window = MainWindow(services, demo_panel=DemoPanel(demo))
    window.setGeometry(0, 0, *SIZES[0])
    window.show()
    try:
        await settle(lambda: all(len(e.transports) == 2 for e in services.directory.entries()), 15)
        await commission(services, demo)
        tab = window.report
        window.tabs.setCurrentWidget(tab)
        fill_in(tab, data)
        tab.pages.setCurrentWidget(tab.pages.widget(4))
        await settle()
        sign(tab.signoff.installer.pad)
        tab.save_now()
        gathering = tab.gather()
        if gathering is not None:
            await gathering.wait()
        tab.pages.setCurrentIndex(0)
        await save_sizes(window, out, "report_tab-contents")
        tab.pages.setCurrentIndex(1)
        await save_sizes(window, out, "report_tab-site")
        tab.pages.setCurrentIndex(2)
        await save_sizes(window, out, "report_tab-measurements")
        tab.pages.setCurrentIndex(3)
        await save_sizes(window, out, "report_tab-photos")
        tab.pages.setCurrentIndex(4)
        await save_sizes(window, out, "report_tab-signoff")
        preview = tab.start_preview()
        assert preview is not None
        await preview.wait()
        tab.preview.thumbs.setCurrentRow(2)  # the first charger's page
        await save_sizes(window, out, "report_tab-preview")
    finally:
        window.close()
        await services.shutdown()


if __name__ == "__main__":
    run_script(main)
