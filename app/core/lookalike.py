"""Password look-alikes: the digit 1 and the letter l are easy to confuse on installer cards."""

from __future__ import annotations

import itertools

_CONFUSABLE = {"1": "1l", "l": "l1"}
MAX_VARIANTS = 16


def lookalike_variants(password: str) -> tuple[str, ...]:
    """Every spelling of `password` with 1 and l swapped, the original excluded, at most 16."""
    choices = [_CONFUSABLE.get(ch, ch) for ch in password]
    out: list[str] = []
    for combo in itertools.product(*choices):
        candidate = "".join(combo)
        if candidate != password:
            out.append(candidate)
        if len(out) >= MAX_VARIANTS:
            break
    return tuple(out)
