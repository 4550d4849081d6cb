"""The plumbing every AULA panel shares: the fact-sheet docks and the SCoT results docks.

:class:`PanelDock` (a ``QgsDockWidget``) holds

- a form whose rows have a keyboard shortcut and an accessible name (:meth:`add_control`), and a
  tab order going down the form, then along the buttons, then into the content;
- a refresh button (:meth:`reload`), an export button whose menu lists the actions a subclass
  adds (:meth:`add_export_action`), a "new panel" button: :meth:`duplicate` opens another dock
  of the same class with its own state (its ``duplicated`` signal tells the plugin, which docks
  and tracks it);
- a status line, then the content: by default a scroll area (:meth:`set_content`); a subclass
  may build its own (:meth:`build_content`).

A subclass adds its first rows in :meth:`build_form`, implements :meth:`reload`, copies its
options to a new panel in :meth:`clone_state`, starts it in :meth:`start_panel` and disconnects
in :meth:`cleanup`. Texts are translated in the context of the class that wrote them.
"""

from __future__ import annotations

from typing import Any, Callable

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class PanelDock(QgsDockWidget):
    """Base dock: a form, refresh / export / new panel buttons, a status line and a content."""

    OBJECT_NAME = "AulaPanelDock"
    #: emitted with the new dock when the user asks for another panel
    duplicated = pyqtSignal(object)
    _panels = 0

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(title, parent)
        self.setObjectName(self.OBJECT_NAME)
        self._export_menu = QMenu(self)
        self._build()

    def tr(self, text: str) -> str:
        """Translated in the context of the class that wrote the text (this one or a base)."""
        for klass in type(self).__mro__:
            found = QCoreApplication.translate(klass.__name__, text)
            if found != text or klass is PanelDock:
                return found
        return text  # pragma: no cover - PanelDock is always in the MRO

    # -- widgets ----------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 4, 4)
        self.form = QFormLayout()
        self._focus_chain: list[QWidget] = []
        self.build_form(body)
        outer.addLayout(self.form)

        buttons = QHBoxLayout()
        self.refresh_button = self._button(self.tr("Refresh"), self.tr("Read the data again"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.reload())
        self.export_button = self._button(self.tr("Export"), self.tr("Export this panel"))
        self.export_button.setMenu(self._export_menu)
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        self.duplicate_button = self._button(self.tr("New panel"), self.tr("Open another panel"))
        self.duplicate_button.clicked.connect(lambda _checked=False: self.duplicate())
        for button in (self.refresh_button, self.export_button, self.duplicate_button):
            buttons.addWidget(button)
            self._focus_chain.append(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self.status_label = QLabel(body)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #555555;")
        outer.addWidget(self.status_label)
        self.build_content(body, outer)
        self.setWidget(body)
        self._apply_tab_order()

    def build_form(self, body: QWidget) -> None:
        """Add the first rows of the form (:meth:`add_row`); none by default."""

    def build_content(self, body: QWidget, outer: QVBoxLayout) -> None:
        """The panel's content under the status line: a scroll area (:meth:`set_content`)."""
        self.scroll = QScrollArea(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        outer.addWidget(self.scroll, 1)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, buddy.parentWidget())
        label.setBuddy(buddy)
        return label

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        return button

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row of the form with a shortcut (``&``), in the tab order before the buttons."""
        self.form.addRow(self._label(label, widget), widget)
        buttons = getattr(self, "refresh_button", None)
        at = self._focus_chain.index(buttons) if buttons in self._focus_chain else None
        self._focus_chain.insert(len(self._focus_chain) if at is None else at, widget)

    def add_control(self, label: str, widget: QWidget) -> None:
        """Another row of the form, named after its label for screen readers."""
        widget.setAccessibleName(label.replace("&", ""))
        self.add_row(label, widget)
        self._apply_tab_order()

    def add_focus(self, widget: QWidget) -> None:
        """Put ``widget`` (the content's) at the end of the tab order."""
        self._focus_chain.append(widget)
        self._apply_tab_order()

    def _apply_tab_order(self) -> None:
        """Tab goes down the form, then along the buttons, then into the panel's content."""
        for before, after in zip(self._focus_chain, self._focus_chain[1:]):
            QWidget.setTabOrder(before, after)

    def add_export_action(self, text: str, slot: Callable[[], Any]) -> Any:
        action = self._export_menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def export_menu(self) -> QMenu:
        return self._export_menu

    def set_content(self, widget: QWidget) -> None:
        """Show ``widget`` in the scroll area (the previous content is deleted)."""
        old = self.scroll.takeWidget()
        self.scroll.setWidget(widget)
        if old is not None:
            old.deleteLater()

    # -- to implement -----------------------------------------------------------------------------
    def reload(self) -> None:  # pragma: no cover - abstract
        """Read the data again (after an edit or on request) and redraw."""
        raise NotImplementedError

    def clone_state(self, other: Any) -> None:
        """Copy this dock's options to a new panel (subclasses add theirs)."""

    def start_panel(self, other: Any) -> None:
        """Start a new panel made by :meth:`duplicate` on what this one shows."""

    def new_panel(self) -> PanelDock:
        """An empty panel of the same kind (subclasses with other arguments override it)."""
        return type(self)(self.parentWidget())

    # -- panels -----------------------------------------------------------------------------------
    def duplicate(self) -> Any:
        """Another panel of the same kind, on the same data, then independent."""
        other = self.new_panel()
        PanelDock._panels += 1  # a name of its own: QGIS saves dock places by name
        other.setObjectName(f"{self.OBJECT_NAME}_{PanelDock._panels}")
        self.clone_state(other)
        self.start_panel(other)
        self.duplicated.emit(other)
        return other

    def cleanup(self) -> None:
        """Disconnect from the project and layers before the dock is deleted."""
