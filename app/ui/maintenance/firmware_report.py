"""The sentences of the firmware section: the image check before anything is sent, and the
summary after an upgrade (who runs which version, what to do where it failed).

`name` turns a charger-list key into the charger's name as the list shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.services.maintenance_firmware import ChargerVerdict, ImageReport, UpgradeSummary
from app.ui.maintenance import words

Name = Callable[[str], str]


def check_lines(report: ImageReport, name: Name) -> list[str]:
    """The image in words, one line per picked charger, then whether it can be sent."""
    lines = [_image_line(report)] if report.image else []
    lines += [_verdict_line(v, name(v.key)) for v in report.verdicts]
    if report.problem:
        return [*lines, report.problem]
    sending = any(v.check and not v.check.same_version for v in report.verdicts)
    if report.ok and not sending:
        lines.append(
            QCoreApplication.translate(
                "FirmwareReport", "Every picked charger already runs this version."
            )
        )
    elif report.ok:
        lines.append(
            QCoreApplication.translate(
                "FirmwareReport", "The image can be sent to every picked charger."
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "FirmwareReport", "Nothing will be sent until every line above is right."
            )
        )
    return lines


def _image_line(report: ImageReport) -> str:
    image = report.image
    assert image is not None
    text = QCoreApplication.translate(
        "FirmwareReport", "Image: {family} {kind}, version {version}, header checksum correct."
    )
    kind = words.kind(image.kind.value)
    return text.format(family=image.family.value, kind=kind, version=image.version)


def _verdict_line(verdict: ChargerVerdict, name: str) -> str:
    check = verdict.check
    if check is None:
        return QCoreApplication.translate("FirmwareReport", "✖ {name}: {problem}").format(
            name=name, problem=verdict.problem
        )
    if check.same_version:
        return QCoreApplication.translate(
            "FirmwareReport", "✔ {name} already runs {version}: nothing will be sent."
        ).format(name=name, version=check.target)
    text = QCoreApplication.translate("FirmwareReport", "✔ {name}: {before} → {after}").format(
        name=name, before=check.current, after=check.target
    )
    if check.downgrade:
        text += " " + QCoreApplication.translate("FirmwareReport", "(a downgrade, as you allowed)")
    if check.new_password_required:
        text += " " + QCoreApplication.translate(
            "FirmwareReport", "(crosses version 5: a new password is needed)"
        )
    return text


def summary_lines(summary: UpgradeSummary, name: Name) -> list[str]:
    """Per charger the version it runs now, or where it failed and what to do; for several
    chargers whether they all run the same version (what a network needs)."""
    lines = []
    for row in summary.rows:
        if row.ok:
            lines.append(
                QCoreApplication.translate("FirmwareReport", "{name} now runs {version}.").format(
                    name=name(row.key), version=row.version
                )
            )
            continue
        lines.append(f"{name(row.key)}: {words.result(row.result, row.stage)}. {row.message}")
        if row.hint:
            lines.append(
                QCoreApplication.translate("FirmwareReport", "What to do: {hint}").format(
                    hint=row.hint
                )
            )
    if len(summary.rows) > 1:
        lines.append(_network_line(summary, name))
    return lines


def _network_line(summary: UpgradeSummary, name: Name) -> str:
    if summary.same_version:
        (version,) = summary.versions
        return QCoreApplication.translate(
            "FirmwareReport", "All {count} chargers run {version}: a network can use them."
        ).format(count=len(summary.rows), version=version)
    parts = [
        f"{version or '—'}: {', '.join(name(k) for k in keys)}"
        for version, keys in sorted(summary.versions.items())
    ]
    return QCoreApplication.translate(
        "FirmwareReport",
        "⚠ The chargers run different versions; every member of a network needs the same: "
        "{versions}.",
    ).format(versions="; ".join(parts))
