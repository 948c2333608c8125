"""The terminal Prompter: defaults, retries on bad input, ranges, cancel words and end of input."""

from __future__ import annotations

import io

import pytest

from app.commands.verify import TerminalPrompter
from app.core.prompter import Cancelled, NumberQuestion


def _prompter(text: str) -> tuple[TerminalPrompter, io.StringIO]:
    out = io.StringIO()
    return TerminalPrompter(io.StringIO(text), out), out


async def test_numbers_retry_until_valid_and_accept_a_comma() -> None:
    prompter, out = _prompter("abc\n99\n9,5\n")
    value = await prompter.ask_number("load", "Load?", NumberQuestion("A", 1, 32))
    assert value == 9.5
    assert "'abc' is not a number" in out.getvalue() and "outside 1…32" in out.getvalue()


async def test_empty_answer_takes_the_default_and_confirm_defaults_to_yes() -> None:
    prompter, out = _prompter("\n\nn\n")
    assert await prompter.ask_number("m", "Max?", NumberQuestion("A", default=12.0)) == 12.0
    assert await prompter.confirm("go", "Go?") is True
    assert await prompter.confirm("go", "Go?") is False
    assert "[12]" in out.getvalue()


async def test_choose_lists_options() -> None:
    prompter, out = _prompter("5\n2\n")
    assert await prompter.choose("pick", "Which?", ["a", "b"]) == 1
    assert "1. a" in out.getvalue()


@pytest.mark.parametrize("text", ["c\n", "cancel\n", ""])
async def test_cancel_word_or_end_of_input_cancels(text: str) -> None:
    prompter, _ = _prompter(text)
    with pytest.raises(Cancelled):
        await prompter.confirm("go", "Go?")
