"""`commissioner report` as a subprocess: a visit file or one journal run to PDF and JSON, and
one-line errors for bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from app.store.journal import list_runs
from app.store.paths import data_paths
from app.store.report_files import load_report_json
from tests.store.report_demo import DemoVisit, shared_visit

ROOT = Path(__file__).resolve().parents[2]
VISIT = """
schema_version = 1
language = "{language}"
[header]
site_name = "CLI site"
installer_name = "I. Nstaller"
[[chargers]]
serial = "{serial}"
[[measurements]]
kind = "pe-continuity"
value = 1.8
where = "{serial}"
{extra}
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoVisit:
    return shared_visit(tmp_path_factory)


def commissioner(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)  # the command must start Qt without a display
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), "report", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def visit_file(tmp_path: Path, demo: DemoVisit, language: str = "en", extra: str = "") -> Path:
    path = tmp_path / "visit.toml"
    text = VISIT.format(serial=demo.serial, language=language, extra=extra)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_visit_file_gives_the_pdf_and_its_json_twin(demo: DemoVisit, tmp_path: Path) -> None:
    out, twin = tmp_path / "out" / "report.pdf", tmp_path / "report.json"
    done = commissioner(
        demo.data, str(visit_file(tmp_path, demo)), "--out", str(out), "--json", str(twin)
    )
    assert done.returncode == 0, done.stderr
    pages = len(pypdf.PdfReader(out).pages)
    assert f"Wrote {out} ({pages} pages)" in done.stdout
    assert "note: No reading of RCD trip time" in done.stdout
    report = load_report_json(twin)
    assert report.header.site_name == "CLI site"
    assert report.chargers[0].hair_dryer[0].passed
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Protective conductor continuity" in text and "1.8 Ω ≤ 1 Ω Fail" in text


def test_a_quick_report_from_one_journal_run(demo: DemoVisit, tmp_path: Path) -> None:
    run = next(r for r in list_runs(data_paths(demo.data).journals) if not r.temporary)
    out = tmp_path / "quick.pdf"
    done = commissioner(demo.data, "--from-journal", run.run_id, "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert demo.serial in text and "Report demo" in text


def test_a_photo_that_is_not_an_image_is_refused_in_one_line(
    demo: DemoVisit, tmp_path: Path
) -> None:
    (tmp_path / "label.jpg").write_text("a text file", encoding="utf-8")
    visit = visit_file(tmp_path, demo, extra='[[photos]]\npath = "label.jpg"\n')
    done = commissioner(demo.data, str(visit), "--out", str(tmp_path / "r.pdf"))
    assert done.returncode == 1
    assert done.stderr == "error: Photo label.jpg is not a JPEG or PNG image.\n"
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "error: Name a visit file or --from-journal RUN (one of them).\n"),
        (("--from-journal", "nope"), "error: No run 'nope' in"),
        (("missing.toml",), "error: Visit file missing.toml does not exist.\n"),
    ],
)
def test_bad_input_is_said_in_one_line(
    demo: DemoVisit, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    done = commissioner(demo.data, *args, "--out", str(tmp_path / "r.pdf"))
    assert done.returncode == 1
    assert done.stderr.startswith(message)
    assert done.stderr.count("\n") == 1
