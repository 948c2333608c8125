"""The scripted prompter: answers by key, queues, callables, defaults, cancel, bounds."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput
from app.core.prompter import CANCEL, Cancelled, NumberQuestion, ScriptedPrompter


async def test_answers_by_key_and_records_the_exchange() -> None:
    prompter = ScriptedPrompter({"clamp": 10.5, "go": True, "pick": "b"})
    assert await prompter.ask_number("clamp", "Clamp reading?", NumberQuestion("A")) == 10.5
    assert await prompter.confirm("go", "Go?") is True
    assert await prompter.choose("pick", "Which?", ["a", "b"]) == 1
    await prompter.inform("done", "Finished.")
    assert [e.key for e in prompter.log] == ["clamp", "go", "pick", "done"]
    assert prompter.asked("clamp")[0].answer == 10.5


async def test_lists_are_consumed_in_order_then_default() -> None:
    prompter = ScriptedPrompter({"n": [1.0, 2.0]})
    question = NumberQuestion(default=7.0)
    values = [await prompter.ask_number("n", "?", question) for _ in range(3)]
    assert values == [1.0, 2.0, 7.0]


async def test_callables_run_when_asked_sync_or_async() -> None:
    seen: list[str] = []

    async def switch_on(text: str) -> bool:
        seen.append(text)
        return True

    prompter = ScriptedPrompter({"on": switch_on, "n": lambda _text: 3})
    assert await prompter.confirm("on", "Switch it on") is True
    assert await prompter.ask_number("n", "?", NumberQuestion()) == 3.0
    assert seen == ["Switch it on"]


async def test_cancel_raises_cancelled() -> None:
    prompter = ScriptedPrompter({"go": CANCEL})
    with pytest.raises(Cancelled):
        await prompter.confirm("go", "Go?")


async def test_unscripted_question_and_out_of_range_answer_fail_clearly() -> None:
    prompter = ScriptedPrompter({"n": 50.0})
    with pytest.raises(InvalidInput, match="No scripted answer"):
        await prompter.confirm("missing", "?")
    with pytest.raises(InvalidInput, match="outside"):
        await prompter.ask_number("n", "?", NumberQuestion("A", minimum=0, maximum=40))
    with pytest.raises(InvalidInput):
        await ScriptedPrompter({"c": "z"}).choose("c", "?", ["a", "b"])


async def test_an_inform_hook_may_cancel() -> None:
    prompter = ScriptedPrompter({"step": lambda _text: CANCEL})
    with pytest.raises(Cancelled):
        await prompter.inform("step", "Step 1/6")
