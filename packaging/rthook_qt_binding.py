"""PyInstaller runtime hook: the frozen app ships PySide6 only, so qasync and pyqtgraph must use it.

Set before any app code runs, so a QT_API or PYQTGRAPH_QT_LIB left in the user's environment
(for another program) cannot make them look for a binding that is not in the bundle.
"""

import os

os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
