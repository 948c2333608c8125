"""How the Report tab shows a verdict: the word in the pass or fail colour, bold when it
failed, so a failed reading stands out in a long list without relying on colour alone."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel

from app.core.report import Verdict
from app.ui import palette

COLOURS = {Verdict.PASS: palette.PASS, Verdict.FAIL: palette.FAIL}


def verdict_html(verdict: Verdict, text: str) -> str:
    colour = COLOURS.get(verdict)
    if colour is None:
        return escape(text)
    weight = "bold" if verdict is Verdict.FAIL else "normal"
    return f'<span style="color:{colour}; font-weight:{weight}">{escape(text)}</span>'


def show_verdict(label: QLabel, verdict: Verdict, text: str) -> None:
    label.setText(verdict_html(verdict, text))
    label.setAccessibleName(text)
