"""The commissioning report in Qt: its words in the UI language, and the PDF.

Layers of the feature (one home per layer):
- app/core/report.py: the model (`Report`, `ChargerReport`, …, `REPORT_SCHEMA_VERSION`);
  app/core/report_json.py: JSON data to/from (`report_to_data`, `report_from_data`);
  app/core/report_judge.py: thresholds as data, judging (`judge`, `judge_all`,
  `charger_verdicts`), what is missing (`missing_tests`); app/core/report_words.py: `Words`;
  app/core/report_visit.py: the visit file (`Visit`, `VisitCharger`, `visit_from_data`).
- app/store/report_gather.py: from the data folder (`report_for_visit`, `report_for_run`,
  `gather_charger`); app/store/report_files.py: visit file, threshold profiles, photos
  (`check_image`), JSON twin (`save_report_json`, `load_report_json`);
  app/store/report_results.py: saved phase-id, meter and fallback test results.
- here: `words.qt_words()` (Words translated by Qt), `pdf.render_pdf(report, path, words)`
  (blocking, for the CLI), `pdf.ReportRenderer` (a QObject that renders in steps on the
  event loop: `start(report, path, words=None)`, `cancel()`, signals `progress(done, total)`,
  `finished(path)`, `failed(message)`), `pdf.page_images(report, width, words)` (QImages of
  the pages for a preview).
"""

from app.services import pyside_compat

# A report paints thousands of times: guard against PySide6 6.12's lost references on 3.11.
pyside_compat.install()
