"""Modules a driver loads the first time it uses them (the standard library's LazyLoader).

A driver is a facade over many modules (plans, live samples, tests, logs); a command that only
reads a few settings should not pay for importing the rest. `lazy_module` returns the module
object at once and runs its code at the first attribute read. Declare such modules under
`if TYPE_CHECKING:` as normal imports too, so the type checker sees them.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module `name`, executed at the first attribute read (at once if already loaded)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
