"""The report's PDF from a real visit: pages, contents, text in words, languages, no secret,
rendering in steps that leave the event loop free, and photos that must be images."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QLocale, QTimer
from pytestqt.qtbot import QtBot

from app.core.licence import FEATURE_TEXT
from app.core.report import ChargerReport, Check, Photo, PhotoKind, Report, SettingValue
from app.core.report_visit import VisitCharger
from app.core.report_words import CHOICES, report_msgids
from app.services.report.pdf import ReportRenderer, laid_out, render_pdf
from app.services.report.words import REPORT_WORDS, qt_words
from app.store.report_files import SAMPLE_VISIT, load_thresholds, load_visit
from app.store.report_gather import report_for_visit
from app.ui import texts as texts_module
from app.ui.commissioning import words as words_module
from app.ui.resources import install_translators
from tests.store.report_demo import DemoVisit, shared_visit
from tests.store.test_report_files import PNG
from tests.workflows.verify_support import ONE


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoVisit:
    return shared_visit(tmp_path_factory)


def sample_report(demo: DemoVisit, *serials: str) -> Report:
    """The sample visit's entries, for the recorded charger (and others) of the demo visit."""
    visit = load_visit(SAMPLE_VISIT)
    chargers = tuple(VisitCharger(s) for s in (serials or (demo.serial.upper(), ONE)))
    header = dataclasses.replace(visit.header, date="")  # the results are of today
    visit = dataclasses.replace(visit, chargers=chargers, header=header)
    return report_for_visit(visit, demo.data, load_thresholds("default"), "9.9")


def page_texts(path: Path) -> list[str]:
    reader = pypdf.PdfReader(path)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_the_pdf_holds_serials_settings_in_words_verdicts_and_measurements(
    qapp: QCoreApplication, demo: DemoVisit, tmp_path: Path
) -> None:
    report = sample_report(demo)
    pdf = tmp_path / "report.pdf"
    pages = render_pdf(report, pdf, qt_words(QLocale("en")))
    texts = page_texts(pdf)
    assert len(texts) == pages == len(laid_out(report, qt_words())[0])
    assert pages >= 6  # cover, contents, two chargers, measurements, evidence and sign-off
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
    whole = "\n".join(texts)
    assert "Commissioning report" in texts[0] and "Demo site" in texts[0]
    assert f"No hair-dryer test for {ONE}" in texts[0]
    assert demo.serial in whole and ONE in whole
    assert "Socket 1 maximum current 16 A 20 A" in whole  # as found → as left, in words
    assert "ALB safe current 6 A 8 A" in whole
    assert "Meter protocol DSMR P1 port" in whole
    assert "Licences unlocked during the visit Smart Charging Network" in whole
    assert "Hair-dryer test of load balancing Pass" in whole
    assert "Wiring found (proposed mapping) L1, L2, L3" in whole
    assert "Protective conductor continuity ACE0100001 0.31 Ω ≤ 1 Ω Pass" in whole
    # (the extractor may split "MΩ" where the font changes for Ω)
    insulation = r"Insulation resistance \(500 V\) charger circuit 250 M ?Ω ≥ 1 M ?Ω Pass"
    assert re.search(insulation, whole)
    assert not re.search(r"\b[0-9A-F]{4}_[0-9A-F]\b", whole)  # no property ids


def test_contents_point_at_the_pages_of_each_charger(
    qapp: QCoreApplication, demo: DemoVisit, tmp_path: Path
) -> None:
    report = sample_report(demo)
    render_pdf(report, tmp_path / "r.pdf", qt_words())
    texts = page_texts(tmp_path / "r.pdf")
    contents = next(t for t in texts if "Contents" in t)
    for serial in (demo.serial, ONE):
        heading = f"Charger {serial}"
        page = next(
            n
            for n, t in enumerate(texts, start=1)
            if heading in t.split(" Model ")[0] and t != contents
        )
        assert re.search(rf"{heading}( — Garage left)? {page}\b", contents), contents
    one = sample_report(demo, demo.serial)
    render_pdf(one, tmp_path / "one.pdf", qt_words())
    assert not any("Contents" in t for t in page_texts(tmp_path / "one.pdf"))


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[QLocale]:
    locale = QLocale("fr")
    translators = install_translators(qapp, locale)
    yield locale
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_pdf_speaks_the_ui_language(french: QLocale, demo: DemoVisit, tmp_path: Path) -> None:
    report = sample_report(demo)
    render_pdf(report, tmp_path / "fr.pdf", qt_words(french))
    whole = "\n".join(page_texts(tmp_path / "fr.pdf"))
    assert "Courant maximum de la prise 1 16 A 20 A" in whole  # the plan's French labels
    assert "0,31 Ω" in whole  # the French decimal comma


def test_neither_file_holds_a_password_or_licence_key(
    qapp: QCoreApplication, demo: DemoVisit, tmp_path: Path
) -> None:
    report = sample_report(demo)
    render_pdf(report, tmp_path / "r.pdf", qt_words())
    text = "\n".join(page_texts(tmp_path / "r.pdf")).lower()
    raw = (tmp_path / "r.pdf").read_bytes().lower()
    for secret in demo.secrets:
        assert secret.lower() not in text
        assert secret.lower().encode() not in raw


def test_rendering_runs_in_steps_and_leaves_the_event_loop_free(
    qtbot: QtBot, demo: DemoVisit, tmp_path: Path
) -> None:
    base = sample_report(demo)
    report = dataclasses.replace(base, chargers=base.chargers * 8)  # 16 chargers
    renderer = ReportRenderer()
    steps: list[tuple[int, int]] = []
    renderer.progress.connect(lambda done, total: steps.append((done, total)))
    clock, gaps, ticker = QElapsedTimer(), [0], QTimer()
    ticker.setInterval(0)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    path = tmp_path / "big.pdf"
    with qtbot.waitSignal(renderer.finished, timeout=60_000) as finished:
        renderer.start(report, path)
    ticker.stop()
    assert finished.args == [str(path)]
    assert len(steps) > 20 and steps[-1][0] == steps[-1][1]
    assert max(gaps) < 500, f"the event loop waited {max(gaps)} ms"
    assert len(pypdf.PdfReader(path).pages) == steps[-1][1]


def test_a_cancelled_render_leaves_no_file(qtbot: QtBot, demo: DemoVisit, tmp_path: Path) -> None:
    renderer = ReportRenderer()
    path = tmp_path / "cancelled.pdf"
    renderer.start(sample_report(demo), path)
    qtbot.waitUntil((tmp_path / "cancelled.pdf.part").exists, timeout=10_000)
    renderer.cancel()
    assert not renderer.running
    assert list(tmp_path.iterdir()) == []


def test_a_photo_that_is_not_an_image_fails_in_one_line(
    qtbot: QtBot, demo: DemoVisit, tmp_path: Path
) -> None:
    fake = tmp_path / "meter.jpg"
    fake.write_text("not a photo", encoding="utf-8")
    report = dataclasses.replace(sample_report(demo), photos=(Photo(str(fake), "grid meter"),))
    renderer = ReportRenderer()
    with qtbot.waitSignal(renderer.failed, timeout=20_000) as failed:
        renderer.start(report, tmp_path / "r.pdf")
    assert failed.args == ["Photo meter.jpg is not a JPEG or PNG image."]
    assert not (tmp_path / "r.pdf").exists()


def test_photos_and_a_drawn_signature_are_in_the_pdf(
    qapp: QCoreApplication, demo: DemoVisit, tmp_path: Path
) -> None:
    png = tmp_path / "board.png"
    png.write_bytes(PNG)
    base = sample_report(demo, demo.serial)
    signoff = dataclasses.replace(
        base.signoff, installer=dataclasses.replace(base.signoff.installer, image=str(png))
    )
    photo = Photo(str(png), "main board", PhotoKind.BOARD)
    report = dataclasses.replace(base, photos=(photo,), signoff=signoff)
    render_pdf(report, tmp_path / "r.pdf", qt_words())
    reader = pypdf.PdfReader(tmp_path / "r.pdf")
    images = sum(len(page.images) for page in reader.pages)
    assert images == 2
    assert "Distribution board: main board" in "\n".join(page_texts(tmp_path / "r.pdf"))


def test_every_report_word_is_offered_for_translation() -> None:
    assert set(REPORT_WORDS) == report_msgids()


def test_plan_words_and_feature_names_are_the_windows_own() -> None:
    """The report reuses the Commissioning tab's translations: the same ids, the same texts."""
    assert dict(CHOICES) == dict(words_module.CHOICES)
    assert set(FEATURE_TEXT.values()) == set(texts_module._FEATURES.values())


def test_a_network_member_shows_its_scn_part_in_words(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    scn = (
        SettingValue("scn.name", "Car park"),
        SettingValue("scn.total_current", 120),
        SettingValue("scn.phases", ("L1L2L3", "L2L3L1")),
    )
    charger = ChargerReport("ACE5", checks=(Check("plan-valid", True),), scn=scn, as_left=scn)
    render_pdf(Report(chargers=(charger,)), tmp_path / "scn.pdf", qt_words())
    whole = "\n".join(page_texts(tmp_path / "scn.pdf"))
    assert "Smart Charging Network Setting Value SCN name Car park" in whole
    assert "SCN total current 120 A" in whole
    assert "Other settings as left Setting As left SCN name Car park" in whole
    assert "SCN phase mapping L1, L2, L3; L2, L3, L1" in whole


def test_every_report_text_is_in_a_form_the_translation_tools_read() -> None:
    """lupdate reads `tr("Report", "x")` as the text "Report" with a comment; every text of the
    report's pages is written as QCoreApplication.translate("Report", "…")."""
    folder = Path(__file__).resolve().parents[2] / "app" / "services" / "report"
    bare = re.compile(r"(?<![\w.])tr\(")
    found = [
        f"{path.name}:{n}"
        for path in sorted(folder.glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert not found
