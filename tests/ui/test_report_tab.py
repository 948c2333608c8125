"""The Report tab on the demo site: after an apply and a hair-dryer test (run through the
services, as the other tabs would), the tab shows the charger's as-left and verdict, warns
about another charger's missing test, judges a reading, refuses a file that is not a picture,
exports a PDF holding the serial and the installer's name, and keeps what was typed for the
next window."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from app.core.prompter import ScriptedPrompter
from app.core.report import MeasurementKind, Verdict
from app.services.commissioning import CommissioningService
from app.services.context import build_services
from app.services.hairdryer import HairDryerOutcome, VerificationService
from app.services.operations import OperationState
from app.services.report.words import qt_words
from app.services.report_session import DRAFT_FILE
from app.store.report_files import load_report_json
from app.ui.main_window import MainWindow
from app.ui.report.tab import ReportTab
from app.workflows.hairdryer import HairDryerTiming
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import wait_for

pytestmark = pytest.mark.gui

KEY, OTHER = "ACE0100001", "ACE0100002"
HOUSEHOLD = {1: 4.0, 2: 3.5, 3: 2.5}  # the demo's household loads per grid phase
FAST = HairDryerTiming(
    warmup_s=1.0, session_timeout_s=10.0, settle_s=5.0, before_s=1.0, observe_s=4.0, final_s=1.0
)
INSTALLER = "Jeanne Martin"


async def apply_station_maximum(ctx: DemoWindow, amps: float) -> None:
    """Log in to KEY and apply one setting through the commissioning service (journalled in
    the data folder, where the report reads it)."""
    services = ctx.services
    login = services.sessions.login(KEY, services.password_hints[KEY])
    assert await login.wait() is OperationState.SUCCEEDED, login.error
    service = CommissioningService(services.sessions, services.runner, services.paths.journals)
    assert await service.load(KEY).wait() is OperationState.SUCCEEDED
    service.set_field("station_max_current", str(amps))
    applied = service.apply()
    assert await applied.wait() is OperationState.SUCCEEDED, applied.error
    assert applied.result.outcome == "done", applied.result.message


async def hair_dryer_test(ctx: DemoWindow) -> HairDryerOutcome:
    """The hair-dryer test on KEY with ALB on a 25 A meter limit, answered by a script."""
    client = ctx.services.sessions.shared_client(KEY)
    assert client is not None
    await client.write({"2064_0": 3, "2067_0": 25.0})  # ALB on, a 25 A maximum meter current

    async def start_session(_text: str) -> bool:
        await ctx.demo.plug(KEY.lower(), 1, 3).wait()
        return True

    async def dryer_on(_text: str) -> bool:
        await ctx.demo.switch_load("hair dryer", True).wait()
        return True

    answers: dict[str, object] = {f"clamp_l{p}": amps for p, amps in HOUSEHOLD.items()}
    answers |= {"test_load": 9.0, "start_session": start_session, "load_on": dryer_on}
    test = VerificationService(ctx.services).hair_dryer(KEY, ScriptedPrompter(answers), timing=FAST)
    assert await test.wait() is OperationState.SUCCEEDED, test.error
    assert isinstance(test.result, HairDryerOutcome)
    return test.result


def report_tab(ctx: DemoWindow) -> ReportTab:
    tab = ctx.window.report
    ctx.window.tabs.setCurrentWidget(tab)
    return tab


def check_contents(tab: ReportTab, outcome: HairDryerOutcome) -> None:
    """KEY with its as-left in words and its hair-dryer verdict; OTHER's missing test."""
    words = qt_words()
    shown = tab.contents.contents.toPlainText()
    assert KEY in shown and OTHER in shown
    part = shown[shown.index(KEY) : shown.index(OTHER)]
    assert "Station maximum current" in part and "20 A" in part  # as left, in words
    verdict = words.verdict(Verdict.PASS if outcome.passed else Verdict.FAIL)
    assert f"Hair-dryer test: {verdict}" in part
    warnings = tab.contents.missing.text()
    assert f"No hair-dryer test for {OTHER}" in warnings
    assert f"No hair-dryer test for {KEY}" not in warnings


def check_reading_and_photo(tab: ReportTab, folder: Path) -> None:
    """A reading over its limit fails, within it passes; a note named .jpg is refused."""
    words = qt_words()
    readings = tab.measurements
    readings.values[MeasurementKind.PE_CONTINUITY].setText("2.5")  # the limit is 1 Ω
    label = readings.verdicts[MeasurementKind.PE_CONTINUITY]
    assert label.accessibleName() == words.verdict(Verdict.FAIL)
    readings.values[MeasurementKind.PE_CONTINUITY].setText("0.3")
    assert label.accessibleName() == words.verdict(Verdict.PASS)
    not_a_picture = folder / "board.jpg"
    not_a_picture.write_text("this is a note, not a photo")
    assert tab.photos.add_files([not_a_picture]) == 0
    assert tab.photos.photos() == []
    status = tab.photos.status.text()
    assert "board.jpg" in status and "\n" not in status


async def export_and_read(tab: ReportTab, target: Path) -> str:
    """Export through the bar, in steps with progress; the PDF's text, spaces normalised."""
    tab.bar.choose_save = lambda _suggested: target
    export = tab.export()
    assert export is not None
    steps: list[tuple[int, int]] = []
    export.progressed.connect(lambda _text, done, total: steps.append((done, total)))
    assert tab.bar.progress.isVisible() and not tab.bar.export_button.isEnabled()
    assert await export.wait() is OperationState.SUCCEEDED, export.error
    drawn = [(done, total) for done, total in steps if total]
    assert len(drawn) > 3 and drawn[-1][0] == drawn[-1][1]  # in steps, to the end
    assert not tab.bar.progress.isVisible() and tab.bar.export_button.isEnabled()
    assert f"Written: {target.name} and {target.with_suffix('.json').name}" in tab.bar.status.text()
    pages = pypdf.PdfReader(target).pages
    return "\f".join(" ".join(page.extract_text().split()) for page in pages)


async def test_the_tab_shows_the_visit_warns_judges_exports_and_keeps_the_draft(
    demo_window: OpenDemo, tmp_path: Path
) -> None:
    async with demo_window(time_scale=4.0) as ctx:
        await apply_station_maximum(ctx, 20.0)
        outcome = await hair_dryer_test(ctx)
        tab = report_tab(ctx)
        await wait_for(
            lambda: "Commissioning runs: 1" in tab.contents.contents.toPlainText(),
            "the runs read from the data folder",
        )
        check_contents(tab, outcome)
        check_reading_and_photo(tab, tmp_path)

        tab.site.installer_name.setText(INSTALLER)
        tab.site.site_name.setText("Demo site")
        target = tmp_path / "out" / "visit.pdf"
        text = await export_and_read(tab, target)
        assert KEY in text and INSTALLER in text
        twin = load_report_json(target.with_suffix(".json"))
        assert twin.header.installer_name == INSTALLER
        assert [c.serial for c in twin.chargers][:1] == [KEY]
        password = ctx.services.password_hints[KEY]
        draft = (tab.session.folder / DRAFT_FILE).read_text(encoding="utf-8")
        twin_text = target.with_suffix(".json").read_text(encoding="utf-8")
        assert password not in draft and password not in twin_text and password not in text

        preview = tab.start_preview()
        assert preview is not None
        assert await preview.wait() is OperationState.SUCCEEDED, preview.error
        pages = text.count("\f") + 1
        assert tab.preview.page_count() == pages  # the PDF's own pages, drawn as images
        assert tab.bar.status.text() == f"{pages} pages."
        assert tab.pages.currentWidget() is tab.preview
        assert tab.preview.page.pixmap().width() > 0

        again = MainWindow(build_services(ctx.services.paths.root))
        try:
            restored = again.report
            assert restored.site.installer_name.text() == INSTALLER
            value = restored.measurements.values[MeasurementKind.PE_CONTINUITY].text()
            assert value in ("0.3", "0,3")
            assert KEY in restored.contents.picker.serials()
        finally:
            again.close()
            again.deleteLater()
