"""Asking the installer: one port shared by the GUI (dialogs), the CLI (terminal) and tests.

Device code never opens a dialog; it awaits a `Prompter`. Every question has a stable `key`
("clamp_l1", "hairdryer_on") so a front-end can pick a widget and a script can answer it;
the `text` is what a person reads. Answering "cancel" raises `Cancelled`.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app.core.errors import CommissionerError, InvalidInput


class Cancelled(CommissionerError):
    """The installer cancelled the procedure."""

    hint = "Nothing more was changed; settings written for the test were put back."


@dataclass(frozen=True, slots=True)
class NumberQuestion:
    """What `ask_number` needs besides the text: unit, bounds, a proposed value."""

    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    default: float | None = None

    def check(self, value: float, key: str) -> float:
        """The value if acceptable, else InvalidInput with the allowed range."""
        if not math.isfinite(value):
            raise InvalidInput(f"{key}: {value} is not a number.")
        low, high = self.minimum, self.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            lo = "-∞" if low is None else f"{low:g}"
            hi = "∞" if high is None else f"{high:g}"
            raise InvalidInput(f"{key}: {value:g} {self.unit} is outside {lo}…{hi}.".strip())
        return value


class Prompter(Protocol):
    """How procedures talk to the installer; every method may raise `Cancelled`."""

    async def ask_number(self, key: str, text: str, question: NumberQuestion) -> float:
        """A number typed by the installer (a clamp-meter reading, a current)."""
        ...

    async def confirm(self, key: str, text: str) -> bool:
        """Yes/no; also "do this now, then confirm" (switch the hair dryer on)."""
        ...

    async def choose(self, key: str, text: str, options: Sequence[str]) -> int:
        """The index of the option picked."""
        ...

    async def inform(self, key: str, text: str) -> None:
        """A message that needs no answer (progress, a result)."""
        ...


CANCEL = object()
"""A scripted answer that cancels, as a person pressing Cancel would."""

Answer = object


@dataclass
class Exchange:
    """One question asked by a procedure and the answer it got, for assertions and logs."""

    kind: str
    key: str
    text: str
    answer: object = None


@dataclass
class ScriptedPrompter:
    """Answers from a script keyed by question key; for tests and unattended runs.

    An answer may be a value, `CANCEL`, a list (consumed one per ask of that key), or a
    callable taking the question text and returning the answer or an awaitable of it (so a
    test can switch a simulated load on when asked). A callable on an `inform` key runs when
    that message is shown; returning `CANCEL` there is the installer pressing Cancel. A
    question with no scripted answer uses its default (numbers) or fails with InvalidInput.
    """

    answers: Mapping[str, object] = field(default_factory=dict)
    log: list[Exchange] = field(default_factory=list)
    _queues: dict[str, list[object]] = field(default_factory=dict, init=False)

    async def ask_number(self, key: str, text: str, question: NumberQuestion) -> float:
        raw = await self._answer("number", key, text, question.default)
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise InvalidInput(f"Scripted answer to '{key}' is not a number: {raw!r}.")
        return question.check(float(raw), key)

    async def confirm(self, key: str, text: str) -> bool:
        return bool(await self._answer("confirm", key, text, None))

    async def choose(self, key: str, text: str, options: Sequence[str]) -> int:
        raw = await self._answer("choose", key, text, None)
        index = options.index(raw) if isinstance(raw, str) and raw in options else raw
        if not isinstance(index, int) or not 0 <= index < len(options):
            raise InvalidInput(f"Scripted answer to '{key}' is not one of {list(options)}.")
        return index

    async def inform(self, key: str, text: str) -> None:
        self.log.append(Exchange("inform", key, text))
        hook = self.answers.get(key)
        if callable(hook) and await _resolve(hook, text) is CANCEL:
            raise Cancelled(f"Cancelled at: {text}")

    def asked(self, key: str) -> list[Exchange]:
        """Every exchange with this key, in order."""
        return [e for e in self.log if e.key == key]

    async def _answer(self, kind: str, key: str, text: str, default: object) -> object:
        exchange = Exchange(kind, key, text)
        self.log.append(exchange)
        raw = self._next(key, default)
        if raw is _MISSING:
            raise InvalidInput(f"No scripted answer for question '{key}': {text}")
        answer = await _resolve(raw, text) if callable(raw) else raw
        exchange.answer = answer
        if answer is CANCEL:
            raise Cancelled(f"Cancelled at: {text}")
        return answer

    def _next(self, key: str, default: object) -> object:
        if key in self._queues or isinstance(self.answers.get(key), list):
            queue = self._queues.setdefault(key, list(self.answers[key]))  # type: ignore[call-overload]
            return queue.pop(0) if queue else _fallback(default)
        if key in self.answers:
            return self.answers[key]
        return _fallback(default)


_MISSING = object()


def _fallback(default: object) -> object:
    return _MISSING if default is None else default


async def _resolve(hook: Callable[..., object], text: str) -> object:
    result = hook(text)
    if inspect.isawaitable(result):
        result = await result
    return result
