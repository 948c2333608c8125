"""Firmware stages, update statuses and results in the installer's words.

The driver reports each update status with a code and an English word (`downloading`); the tab
shows the translated word, with the code only in a tooltip. An unknown word is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FirmwareWords"

STAGES = {
    "login": QT_TRANSLATE_NOOP("FirmwareWords", "logging in"),
    "check": QT_TRANSLATE_NOOP("FirmwareWords", "checking that no other upload runs"),
    "clock": QT_TRANSLATE_NOOP("FirmwareWords", "setting the clock"),
    "upload": QT_TRANSLATE_NOOP("FirmwareWords", "uploading"),
    "update": QT_TRANSLATE_NOOP("FirmwareWords", "installing"),
    "commit": QT_TRANSLATE_NOOP("FirmwareWords", "making it permanent"),
    "version": QT_TRANSLATE_NOOP("FirmwareWords", "reading the version"),
    "password": QT_TRANSLATE_NOOP("FirmwareWords", "setting the new password"),
}
FAILED_AT = {
    "login": QT_TRANSLATE_NOOP("FirmwareWords", "✖ failed while logging in"),
    "check": QT_TRANSLATE_NOOP("FirmwareWords", "✖ not started: the check refused it"),
    "clock": QT_TRANSLATE_NOOP("FirmwareWords", "✖ failed while setting the clock"),
    "upload": QT_TRANSLATE_NOOP("FirmwareWords", "✖ failed while uploading"),
    "update": QT_TRANSLATE_NOOP("FirmwareWords", "✖ failed while installing"),
    "commit": QT_TRANSLATE_NOOP("FirmwareWords", "✖ failed while making it permanent"),
    "version": QT_TRANSLATE_NOOP("FirmwareWords", "✖ failed while reading the version"),
    "password": QT_TRANSLATE_NOOP("FirmwareWords", "✖ the new password was refused"),
}
STATUSES = {
    "idle": QT_TRANSLATE_NOOP("FirmwareWords", "idle"),
    "erasing": QT_TRANSLATE_NOOP("FirmwareWords", "erasing"),
    "erased": QT_TRANSLATE_NOOP("FirmwareWords", "erased"),
    "ready for download": QT_TRANSLATE_NOOP("FirmwareWords", "ready for the image"),
    "downloading": QT_TRANSLATE_NOOP("FirmwareWords", "receiving the image"),
    "download done": QT_TRANSLATE_NOOP("FirmwareWords", "image received"),
    "checked": QT_TRANSLATE_NOOP("FirmwareWords", "image checked"),
    "ready for update": QT_TRANSLATE_NOOP("FirmwareWords", "ready to install"),
    "updating": QT_TRANSLATE_NOOP("FirmwareWords", "installing"),
    "ready to roll": QT_TRANSLATE_NOOP("FirmwareWords", "restarting into the new firmware"),
    "done": QT_TRANSLATE_NOOP("FirmwareWords", "installed"),
    "checking the image": QT_TRANSLATE_NOOP("FirmwareWords", "checking the image"),
    "image checked": QT_TRANSLATE_NOOP("FirmwareWords", "image checked"),
    "download error": QT_TRANSLATE_NOOP("FirmwareWords", "the image was refused"),
    "update error": QT_TRANSLATE_NOOP("FirmwareWords", "the installation failed"),
    "rolling back": QT_TRANSLATE_NOOP("FirmwareWords", "going back to the old firmware"),
    "rolled back": QT_TRANSLATE_NOOP("FirmwareWords", "back on the old firmware"),
}
KINDS = {
    "core": QT_TRANSLATE_NOOP("FirmwareWords", "core firmware"),
    "display package": QT_TRANSLATE_NOOP("FirmwareWords", "display package"),
    "configuration": QT_TRANSLATE_NOOP("FirmwareWords", "configuration"),
}
RESULTS = {
    "upgraded": QT_TRANSLATE_NOOP("FirmwareWords", "✔ upgraded"),
    "already": QT_TRANSLATE_NOOP("FirmwareWords", "✔ already up to date: nothing sent"),
    "mismatch": QT_TRANSLATE_NOOP("FirmwareWords", "⚠ installed, but it reports another version"),
    "refused": QT_TRANSLATE_NOOP("FirmwareWords", "✖ refused: nothing sent"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def stage(name: str) -> str:
    return _t(STAGES[name]) if name in STAGES else name


def status(word: str) -> str:
    return _t(STATUSES[word]) if word in STATUSES else word


def failed_at(stage_name: str) -> str:
    if stage_name in FAILED_AT:
        return _t(FAILED_AT[stage_name])
    return QCoreApplication.translate("FirmwareWords", "✖ failed")


def result(raw: str, stage_name: str = "") -> str:
    if raw in RESULTS:
        return _t(RESULTS[raw])
    return failed_at(stage_name)


def kind(raw: str) -> str:
    return _t(KINDS[raw]) if raw in KINDS else raw
