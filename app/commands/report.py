"""`commissioner report`: the commissioning report of a visit as PDF and JSON.

    commissioner report VISIT.toml --out report.pdf [--json report.json]
    commissioner report --from-journal RUN --out report.pdf

The visit file (sample: presets/report/sample-visit.toml) names the chargers, optionally their
runs, and holds what only the installer knows; the rest comes from the data folder
(`--data-dir`): journals and saved test results. `--from-journal RUN` makes a quick report of
one run's chargers with nothing typed in. The PDF is drawn by Qt without a window: on a
machine with no display the offscreen platform is used. Exit 0 when written, 1 on an error
(a bad visit file, a photo that is not an image, a run that does not exist).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from app import __version__
from app.commands.common import data_dir
from app.core.errors import InvalidInput
from app.core.report import Report
from app.core.report_judge import missing_tests
from app.core.report_visit import LANGUAGES


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="write the commissioning report (PDF, and JSON for machines) of a site visit",
        description="Gather what the tool recorded for the chargers of a visit (settings as "
        "found and as left, tests, firmware, licences) from the data folder, add what the "
        "visit file holds (header, installation, measurements, photos, sign-off), judge the "
        "measurements and write an A4 PDF and, with --json, its JSON twin.",
    )
    p.add_argument("visit", nargs="?", type=Path, help="the visit file (TOML)")
    p.add_argument("--from-journal", metavar="RUN", help="a quick report of one journal run")
    p.add_argument("--out", type=Path, default=Path("report.pdf"), help="the PDF to write")
    p.add_argument("--json", type=Path, help="also write the report as JSON here")
    p.add_argument("--language", choices=LANGUAGES, help="the report's language")
    p.add_argument("--thresholds", help="a threshold profile name or file (default: the visit's)")
    p.set_defaults(handler=cmd_report)


def build(args: argparse.Namespace) -> Report:
    """The report the arguments describe (no Qt needed)."""
    from app.store.report_files import check_photos, load_thresholds, load_visit
    from app.store.report_gather import report_for_run, report_for_visit

    if (args.visit is None) == (args.from_journal is None):
        raise InvalidInput("Name a visit file or --from-journal RUN (one of them).")
    data = data_dir(args)
    if args.from_journal is not None:
        thresholds = load_thresholds(args.thresholds or "default")
        report = report_for_run(args.from_journal, data, thresholds, __version__)
        language = args.language or "en"
    else:
        visit = load_visit(args.visit)
        thresholds = load_thresholds(args.thresholds or visit.thresholds)
        report = report_for_visit(visit, data, thresholds, __version__)
        language = args.language or visit.language
        check_photos(report.photos)
    return dataclasses.replace(report, language=language)


def cmd_report(args: argparse.Namespace) -> int:
    report = build(args)
    if args.json is not None:
        from app.store.report_files import save_report_json

        save_report_json(report, args.json)
        print(f"Wrote {args.json}")
    pages = render(report, args.out)
    print(f"Wrote {args.out} ({pages} pages)")
    for item in missing_tests(report):
        print(f"note: {_missing_text(item.serial, item.test)}")
    return 0


def _missing_text(serial: str, test: str) -> str:
    from app.core.report_judge import Missing
    from app.core.report_words import Words

    return Words().missing(Missing(serial, test))


def render(report: Report, out: Path) -> int:
    """Start Qt without a window (offscreen when there is no display) and write the PDF."""
    if sys.platform.startswith("linux") and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from app.services.report.pdf import render_pdf
    from app.services.report.words import qt_words
    from app.ui.resources import install_translators, language_locale

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    locale = language_locale(report.language)
    translators = install_translators(app, locale)
    try:
        return render_pdf(report, out, qt_words(locale))
    finally:
        for translator in translators:
            app.removeTranslator(translator)
