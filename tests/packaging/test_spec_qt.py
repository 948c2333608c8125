"""The packaged app keeps every Qt module the code imports.

The spec excludes all PySide6 modules not named in QT_KEEP; a module imported under app/ but
missing from that set is absent from the frozen app, and the window fails to open there only.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kept_qt_modules() -> set[str]:
    tree = ast.parse((ROOT / "packaging" / "commissioner.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "QT_KEEP" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    raise AssertionError("QT_KEEP not found in packaging/commissioner.spec")


def imported_qt_modules() -> dict[str, str]:
    found: dict[str, str] = {}
    pattern = re.compile(r"\bPySide6\.(Qt\w+)")
    for path in sorted((ROOT / "app").rglob("*.py")):
        for name in pattern.findall(path.read_text(encoding="utf-8")):
            found.setdefault(name, str(path.relative_to(ROOT)))
    return found


def test_every_imported_qt_module_is_kept_in_the_build() -> None:
    kept = kept_qt_modules()
    missing = {name: where for name, where in imported_qt_modules().items() if name not in kept}
    assert not missing, f"add to QT_KEEP in packaging/commissioner.spec: {missing}"


def test_the_check_sees_the_modules_the_app_uses() -> None:
    assert {"QtCore", "QtWidgets", "QtSvg"} <= set(imported_qt_modules())
