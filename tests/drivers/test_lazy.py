"""`lazy_module`: the module's code runs at the first attribute read, once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.drivers.lazy import lazy_module


def test_the_code_runs_at_the_first_attribute_read_and_only_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "lazy_probe_mod.py").write_text(
        "import builtins\nbuiltins.lazy_probe_runs = getattr(builtins, 'lazy_probe_runs', 0) + 1\n"
        "VALUE = 42\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "lazy_probe_mod", raising=False)
    import builtins

    module = lazy_module("lazy_probe_mod")
    assert getattr(builtins, "lazy_probe_runs", 0) == 0
    assert module.VALUE == 42
    assert module.VALUE == 42
    assert builtins.lazy_probe_runs == 1  # type: ignore[attr-defined]
    assert lazy_module("lazy_probe_mod") is module
    del builtins.lazy_probe_runs  # type: ignore[attr-defined]
    del sys.modules["lazy_probe_mod"]


def test_a_missing_module_fails_at_once() -> None:
    with pytest.raises(ModuleNotFoundError, match="no_such_module_here"):
        lazy_module("no_such_module_here")
