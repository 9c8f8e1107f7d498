"""Window actions offered where the user works: a row of buttons for ``QAction``s (text,
tooltip with the shortcut, enabled state follow the action) and a context menu a list opens with the
mouse, the Menu key or Shift+F10 (Qt itself knows only the first two)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolBar, QToolButton, QWidget


def action_row(actions: list[QAction], name: str) -> tuple[QToolBar, list[QToolButton]]:
    """A row of buttons for ``actions`` (their text, enabled state, shortcut in the tooltip),
    reached by Tab; a row narrower than the buttons shows the rest behind "»"."""
    row = QToolBar()
    row.setObjectName(name)
    row.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    row.setFloatable(False)
    row.setMovable(False)
    buttons: list[QToolButton] = []
    for action in actions:
        row.addAction(action)
        button = row.widgetForAction(action)
        assert isinstance(button, QToolButton)
        button.setObjectName(f"{name}_{action.objectName() or len(buttons)}")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAutoRaise(False)
        _tooltip(button, action)
        action.changed.connect(lambda b=button, a=action: _tooltip(b, a))
        buttons.append(button)
    return row, buttons


def _tooltip(button: QToolButton, action: QAction) -> None:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = action.statusTip() or action.toolTip()
    button.setToolTip(f"{tip} ({keys})" if keys else tip)


def keyboard_context_menu(view: QWidget, show_at: Callable[[QPoint], None]) -> None:
    """``show_at(position in the viewport)`` on a right click, the Menu key and Shift+F10; by
    keyboard at the current item of a list (or the view's top left)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show_at)  # a list's: in viewport coordinates
    shortcut = QShortcut(QKeySequence("Shift+F10"), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: show_at(keyboard_position(view)))


def keyboard_position(view: QWidget) -> QPoint:
    """Where a menu opened by keyboard appears: at the current item, else top left."""
    if isinstance(view, QAbstractItemView):
        rect = view.visualRect(view.currentIndex())
        if rect.isValid():
            return rect.bottomLeft()
    return QPoint(4, 4)


def popup_menu(view: QWidget, menu: QMenu, position: QPoint) -> None:
    target = view.viewport() if isinstance(view, QAbstractItemView) else view
    menu.popup(target.mapToGlobal(position))
