"""Render the commissioning report of a visit on the simulated site to PNG pages.

    QT_QPA_PLATFORM=offscreen python tests/screenshots/render_report.py [OUT_DIR]

Records one visit (apply, hair-dryer test, phase identification, meter test on the
three-phase charger of the ALB test site), makes the report of the sample visit file for it
and for a second charger with nothing recorded (so the contents and the warnings show), with
a photo and a drawn signature, writes the PDF, and turns its pages into
`report-<n>.png` with pdftoppm (Qt's own drawing of the pages when pdftoppm is missing).
The French charger page is `report-fr-<n>.png`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.report import Photo, PhotoKind, Report  # noqa: E402
from app.core.report_visit import VisitCharger  # noqa: E402
from app.services.report.pdf import page_images, render_pdf  # noqa: E402
from app.services.report.words import qt_words  # noqa: E402
from app.store.report_files import SAMPLE_VISIT, load_thresholds, load_visit  # noqa: E402
from app.store.report_gather import report_for_visit  # noqa: E402
from app.ui.resources import install_translators  # noqa: E402
from tests.store.report_demo import record_visit  # noqa: E402
from tests.workflows.verify_support import ONE  # noqa: E402


def picture(path: Path, text: str, size: tuple[int, int]) -> Path:
    """A stand-in photo (a labelled meter) or a drawn signature."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe6ea") if text else Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if text:
        painter.setPen(QPen(QColor("#33424a"), 6))
        painter.drawRoundedRect(QRectF(60, 50, size[0] - 120, size[1] - 100), 30, 30)
        font = QFont("DejaVu Sans")
        font.setPixelSize(48)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, *size), int(Qt.AlignmentFlag.AlignCenter), text)
    else:
        painter.setPen(QPen(QColor("#1a237e"), 5))
        points = [QPointF(20 + 9 * i, 60 + 30 * ((i * 7) % 5 - 2) / 2) for i in range(40)]
        painter.drawPolyline(points)
    painter.end()
    image.save(str(path))
    return path


def build(data: Path, serial: str, folder: Path) -> Report:
    visit = load_visit(SAMPLE_VISIT)
    visit = dataclasses.replace(
        visit,
        chargers=(VisitCharger(serial), VisitCharger(ONE)),
        header=dataclasses.replace(visit.header, date=""),
        photos=(
            Photo(
                str(picture(folder / "meter.png", "grid meter", (1200, 800))),
                "CT on L1, arrow towards the house",
                PhotoKind.METER,
            ),
        ),
    )
    signature = picture(folder / "signature.png", "", (400, 120))
    installer = dataclasses.replace(visit.signoff.installer, image=str(signature))
    visit = dataclasses.replace(
        visit, signoff=dataclasses.replace(visit.signoff, installer=installer)
    )
    return report_for_visit(visit, data, load_thresholds("default"), "0.9")


def to_png(pdf: Path, report: Report, out: Path, prefix: str, pages: list[int] | None) -> None:
    tool = shutil.which("pdftoppm")
    with tempfile.TemporaryDirectory() as folder:
        if tool:
            subprocess.run([tool, "-r", "90", "-png", str(pdf), f"{folder}/p"], check=True)
            made = sorted(Path(folder).glob("p-*.png"), key=lambda p: int(p.stem[2:]))
        else:
            made = []
            for n, image in enumerate(page_images(report, 744), start=1):
                made.append(Path(folder) / f"p-{n}.png")
                image.save(str(made[-1]))
        for n, page in enumerate(made, start=1):
            if pages is None or n in pages:
                shutil.copy(page, out / f"{prefix}-{n}.png")
                print(out / f"{prefix}-{n}.png")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "screenshots"
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        demo = asyncio.run(record_visit(base / "data"))
        report = build(base / "data", demo.serial.upper(), base)
        for old in out.glob("report-*.png"):
            old.unlink()
        render_pdf(report, base / "report.pdf", qt_words(QLocale("en")))
        to_png(base / "report.pdf", report, out, "report", None)
        translators = install_translators(app, QLocale("fr"))
        render_pdf(report, base / "fr.pdf", qt_words(QLocale("fr")))
        for translator in translators:
            app.removeTranslator(translator)
        to_png(base / "fr.pdf", report, out, "report-fr", [3])


if __name__ == "__main__":
    main()
