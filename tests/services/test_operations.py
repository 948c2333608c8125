"""Operations: outcome signals, cancel, and unexpected errors reaching the loop's handler."""

from __future__ import annotations

import asyncio

import pytest

from app.core.errors import Unreachable
from app.services.operations import Operation, OperationRunner, OperationState
from app.services.tasks import TaskSet

pytestmark = pytest.mark.gui


async def test_success_and_failure_end_with_one_signal_each() -> None:
    assert type(asyncio.get_running_loop()).__module__.startswith("qasync")
    runner = OperationRunner()
    seen: list[str] = []

    async def ok(op: Operation) -> int:
        op.report("half", 1, 2)
        return 42

    async def broken(op: Operation) -> None:
        raise Unreachable("nothing there")

    good = runner.start("good", ok)
    good.succeeded.connect(lambda result: seen.append(f"ok {result}"))
    bad = runner.start("bad", broken)
    bad.failed.connect(lambda error: seen.append(f"failed {type(error).__name__}"))
    assert await good.wait() is OperationState.SUCCEEDED
    assert await bad.wait() is OperationState.FAILED
    assert seen == ["ok 42", "failed Unreachable"]
    assert (good.text, good.done, good.total) == ("half", 1, 2)
    assert runner.running == []


async def test_cancel_stops_a_long_operation_and_reports_cancelled() -> None:
    runner = OperationRunner()
    reached = asyncio.Event()
    unwound = asyncio.Event()

    async def slow(op: Operation) -> None:
        reached.set()
        try:
            await asyncio.sleep(3600)
        finally:
            unwound.set()

    operation = runner.start("slow", slow)
    cancelled: list[bool] = []
    operation.cancelled.connect(lambda: cancelled.append(True))
    async with asyncio.timeout(5):
        await reached.wait()
    operation.cancel()
    assert await operation.wait() is OperationState.CANCELLED
    assert unwound.is_set() and cancelled == [True]


async def test_a_bug_inside_an_operation_reaches_the_loop_exception_handler() -> None:
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    contexts: list[dict[str, object]] = []
    loop.set_exception_handler(lambda _loop, context: contexts.append(context))
    try:
        runner = OperationRunner()

        async def buggy(op: Operation) -> None:
            raise ZeroDivisionError("oops")

        operation = runner.start("buggy", buggy)
        assert await operation.wait() is OperationState.FAILED
    finally:
        loop.set_exception_handler(previous)
    assert isinstance(contexts[0]["exception"], ZeroDivisionError)
    assert operation.error is not None and "unexpected" in str(operation.error)


async def test_task_set_reports_errors_and_cancels_on_request() -> None:
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    contexts: list[dict[str, object]] = []
    loop.set_exception_handler(lambda _loop, context: contexts.append(context))
    tasks = TaskSet()
    try:

        async def fail() -> None:
            raise KeyError("x")

        failing = tasks.spawn(fail(), name="fail")
        forever = tasks.spawn(asyncio.sleep(3600), name="forever")
        await asyncio.wait([failing])
        await tasks.cancel_all()
    finally:
        loop.set_exception_handler(previous)
    assert forever.cancelled()
    assert len(tasks) == 0
    assert isinstance(contexts[0]["exception"], KeyError)


async def test_cancel_before_the_first_step_still_ends_the_operation() -> None:
    runner = OperationRunner()
    ran: list[bool] = []

    async def body(op: Operation) -> None:
        ran.append(True)

    operation = runner.start("instant cancel", body)
    operation.cancel()  # before the loop ran the task at all
    assert await operation.wait() is OperationState.CANCELLED
    assert ran == [] and runner.running == []
