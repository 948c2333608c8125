"""The Report tab's session: the visit the installer is filling in, kept as a draft, and the
long work on it (gathering from the data folder, preview, export) as operations.

The visit (`app.core.report_visit.Visit`: header, installation, the chargers, measurements,
photos, notes, sign-off) is saved after every change as a draft in the data folder
(`reports/draft/`), through the report model's own JSON, so what the installer typed survives
a restart of the program. Beside the JSON lie what it points to: the drawn signatures as PNG
files and a copy of every photo (a photo taken from a USB stick or a phone stays in the report
when the stick is gone). Nothing secret is in a visit: no password, no licence key.

Gathering reads the journals and saved test results of the visit's chargers in a worker
thread (`app.store.report_gather`), so a data folder with many runs never blocks the window.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import logging
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app import __version__
from app.core.errors import CommissionerError, InvalidInput
from app.core.report import ChargerReport, Photo, Report, Signature, Thresholds
from app.core.report_json import report_from_data, report_to_data
from app.core.report_visit import Visit, VisitCharger
from app.core.text_input import decode_text, parse_json
from app.services.context import AppServices
from app.services.devices import serial_key
from app.services.operations import Operation
from app.services.report.pdf import ReportRenderer
from app.services.report.words import qt_words
from app.services.report_session_preview import PreviewPages, lay_out
from app.store.report_files import PRESETS_DIR, load_thresholds, save_report_json
from app.store.report_gather import gather_charger, report_for_visit, visit_report

log = logging.getLogger(__name__)

DRAFT_FILE = "visit-draft.json"
SIGNATURES = {"installer": "installer-signature.png", "customer": "customer-signature.png"}


class ReportSession(QObject):
    """One visit being written up; `chargers` are what the data folder holds for it."""

    gathered = Signal()  # the chargers' parts were read again

    def __init__(self, services: AppServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.data_dir = services.paths.root
        self.folder = services.paths.reports / "draft"
        self.visit = Visit()
        self.chargers: tuple[ChargerReport, ...] = ()
        self.problem = ""  # why the draft or the thresholds could not be read
        self.thresholds = self._thresholds()

    def profiles(self) -> dict[str, Thresholds]:
        """The threshold profiles shipped with the program, by name (`default` first)."""
        found: dict[str, Thresholds] = {}
        names = sorted(p.stem.removeprefix("thresholds-") for p in PRESETS_DIR.glob("thresholds-*"))
        for name in sorted(names, key=lambda n: n != "default"):
            try:
                found[name] = load_thresholds(name)
            except InvalidInput as exc:
                log.warning("Report thresholds %s: %s", name, exc)
        return found

    def use_profile(self, name: str) -> None:
        """Judge the readings against another profile from now on (kept in the draft)."""
        self.visit = dataclasses.replace(self.visit, thresholds=name)
        self.thresholds = self._thresholds()
        self.save_draft()

    def _thresholds(self) -> Thresholds:
        try:
            return load_thresholds(self.visit.thresholds)
        except InvalidInput as exc:
            log.warning("Report thresholds: %s", exc)
            self.problem = str(exc)
            return Thresholds()

    # --- the report -----------------------------------------------------------------------

    def report(self) -> Report:
        """The report as it stands: the visit's entries and what was gathered last."""
        visit = self.visit
        gathered = {serial_key(c.serial): c for c in self.chargers}
        chargers = tuple(
            gathered.get(serial_key(c.serial)) or ChargerReport(serial=serial_key(c.serial))
            for c in visit.chargers
        )
        header = dataclasses.replace(visit.header, tool_version=__version__)
        return visit_report(dataclasses.replace(visit, header=header), chargers, self.thresholds)

    def gather(self) -> Operation:
        """Read the journals and test results of the visit's chargers again (in a thread)."""
        serials = [c.serial for c in self.visit.chargers]
        since = self.visit.header.date

        async def body(operation: Operation) -> tuple[ChargerReport, ...]:
            found = []
            for done, serial in enumerate(serials):
                operation.report(
                    QCoreApplication.translate(
                        "ReportSession", "Reading what was recorded for {serial}…"
                    ).format(serial=serial),
                    done,
                    len(serials),
                )
                found.append(
                    await asyncio.to_thread(gather_charger, self.data_dir, serial, (), since)
                )
            self.chargers = tuple(map(as_listed, found))
            self.gathered.emit()
            return self.chargers

        return self._services.runner.start(
            QCoreApplication.translate("ReportSession", "Reading the visit's records"), body
        )

    def _fresh_report(self) -> Report:
        """The report with every charger's records read again (called in a worker thread)."""
        report = report_for_visit(self.visit, self.data_dir, self.thresholds, __version__)
        return dataclasses.replace(report, chargers=tuple(map(as_listed, report.chargers)))

    def preview(self) -> Operation:
        """The report laid out for the preview (the result: `PreviewPages`), a section or a
        page per turn of the event loop."""

        async def body(operation: Operation) -> PreviewPages:
            operation.report(
                QCoreApplication.translate("ReportSession", "Reading the visit's records…")
            )
            report = await asyncio.to_thread(self._fresh_report)
            return await lay_out(operation, report)

        return self._services.runner.start(
            QCoreApplication.translate("ReportSession", "Report preview"), body
        )

    def export(self, pdf: Path, json_path: Path) -> Operation:
        """Write the PDF and its JSON twin; the result is the PDF's path. The PDF is drawn a
        few items at a time on the event loop, with progress; nothing is left half-written
        (the renderer writes beside the target and renames at the end)."""

        async def body(operation: Operation) -> Path:
            operation.report(
                QCoreApplication.translate("ReportSession", "Reading the visit's records…")
            )
            await asyncio.to_thread(writable_folder, pdf)
            report = await asyncio.to_thread(self._fresh_report)
            await self._render(operation, report, pdf)
            operation.report(QCoreApplication.translate("ReportSession", "Writing the JSON twin…"))
            await asyncio.to_thread(save_report_json, report, json_path)
            return pdf

        return self._services.runner.start(
            QCoreApplication.translate("ReportSession", "Report export"), body
        )

    async def _render(self, operation: Operation, report: Report, pdf: Path) -> None:
        """Run the step-wise PDF renderer and wait for its end, passing its progress on."""
        ended: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        renderer = ReportRenderer(self)
        text = QCoreApplication.translate("ReportSession", "Drawing the PDF…")
        renderer.progress.connect(lambda done, total: operation.report(text, done, total))
        renderer.finished.connect(lambda _path: ended.done() or ended.set_result(""))
        renderer.failed.connect(lambda why: ended.done() or ended.set_result(str(why)))
        renderer.start(report, pdf, qt_words())
        try:
            problem = await ended
        except asyncio.CancelledError:
            renderer.cancel()
            raise
        finally:
            renderer.deleteLater()
        if problem:
            raise CommissionerError(problem)

    # --- the draft ------------------------------------------------------------------------

    def set_visit(self, visit: Visit) -> None:
        """The installer's entries changed: keep them and save the draft."""
        self.visit = visit
        self.save_draft()

    def save_draft(self) -> None:
        """Write the draft atomically; a failure is logged, the entries stay in the window."""
        data = report_to_data(self._draft_report())
        data.pop("findings", None)  # derived; judged again when read
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write(self.folder / DRAFT_FILE, json.dumps(data, indent=1, ensure_ascii=False))
            self._forget_removed_photos()
        except OSError as exc:
            log.warning("Could not save the report draft: %s", exc)

    def _forget_removed_photos(self) -> None:
        """The copies of photos the installer removed from the visit are deleted."""
        kept = {Path(p.path).name for p in self.visit.photos}
        photos = self.folder / "photos"
        for copy in photos.iterdir() if photos.is_dir() else ():
            if copy.name not in kept:
                copy.unlink(missing_ok=True)

    def _draft_report(self) -> Report:
        """The visit as the model's Report (its chargers by serial only)."""
        visit = self.visit
        return Report(
            header=visit.header,
            installation=visit.installation,
            chargers=tuple(ChargerReport(serial=c.serial) for c in visit.chargers),
            measurements=visit.measurements,
            photos=visit.photos,
            notes=visit.notes,
            signoff=visit.signoff,
            thresholds=Thresholds(profile=visit.thresholds),
            language=visit.language,
        )

    def load_draft(self) -> bool:
        """Read the draft of the last session; False when there is none or it is unreadable
        (then `problem` says why, and the visit starts empty)."""
        path = self.folder / DRAFT_FILE
        if not path.is_file():
            return False
        try:
            text = decode_text(path.read_bytes(), "The report draft")
            report = report_from_data(parse_json(text, "The report draft"))
        except (OSError, CommissionerError) as exc:
            log.warning("Report draft %s not read: %s", path, exc)
            self.problem = QCoreApplication.translate(
                "ReportSession", "The saved draft could not be read; starting a new one."
            )
            return False
        self.visit = Visit(
            header=report.header,
            installation=report.installation,
            chargers=tuple(VisitCharger(c.serial) for c in report.chargers),
            measurements=report.measurements,
            photos=report.photos,
            notes=report.notes,
            signoff=report.signoff,
            thresholds=report.thresholds.profile or "default",
            language=report.language,
        )
        self.thresholds = self._thresholds()
        return True

    def signature_png(self, who: str) -> bytes:
        """The drawn signature the draft holds for "installer" or "customer" (b"" for none)."""
        signature: Signature = getattr(self.visit.signoff, who)
        if not signature.image:
            return b""
        try:
            return Path(signature.image).read_bytes()
        except OSError:
            return b""

    def keep_signature(self, who: str, png: bytes) -> str:
        """Save a drawn signature beside the draft; its path ("" when there is none)."""
        path = self.folder / SIGNATURES[who]
        if not png:
            path.unlink(missing_ok=True)
            return ""
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_bytes(path, png)
        return str(path)

    def keep_photo(self, photo: Photo) -> Photo:
        """A copy of the photo in the draft's folder (named by its content), so the report
        keeps it when the original is moved or its stick is removed."""
        source = Path(photo.path)
        photos = self.folder / "photos"
        if source.parent == photos:
            return photo
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
        target = photos / f"{digest}{source.suffix.lower()}"
        if not target.exists():
            photos.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return dataclasses.replace(photo, path=str(target))


def as_listed(charger: ChargerReport) -> ChargerReport:
    """The serial as the charger list shows it (journals may spell it in lower case, as the
    charger's host name does)."""
    return dataclasses.replace(charger, serial=serial_key(charger.serial))


def writable_folder(target: Path) -> None:
    """The folder of `target` exists (made if needed) and takes files; else one sentence."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".{target.name}.probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise CommissionerError(
            QCoreApplication.translate(
                "ReportSession", "the folder {folder} cannot take files ({why})."
            ).format(folder=folder.name or str(folder), why=exc.strerror or type(exc).__name__)
        ) from None


def _write(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
