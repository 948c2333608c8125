"""Replaces the contributed pyqtgraph hook: same job, minus pyqtgraph.opengl (needs PyOpenGL).

pyqtgraph imports its UI templates by a name built at run time and reads colour maps and icons
from files; the contributed hook walks every submodule, opengl included, and warns on each build.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

_SKIP = ("pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter")

datas = collect_data_files("pyqtgraph", excludes=["**/examples/*", "**/opengl/*"])
hiddenimports = [
    name
    for name in collect_submodules("pyqtgraph", filter=lambda name: not name.startswith(_SKIP))
    if "Template" in name
]
hiddenimports.append("pyqtgraph.multiprocess.bootstrap")
excludedimports = ["PyQt5", "PyQt6", "PySide2", *_SKIP]
