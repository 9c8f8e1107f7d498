"""The Qt window (PySide6 lives only in this package)."""

from buergeranfragen.ui.common.pyside_fixes import install as _install_pyside_fixes

_install_pyside_fixes()  # before any signal is emitted: see pyside_fixes.py
