"""Editors for one field each: a caption, a widget, and a red message under it.

A field reads its value from the document (``load``) and reports what the user
typed or chose to its page (``page.edit``), which checks it and pushes an undo
command. ``load`` never overwrites what the user is typing when it already means
the document's value (``80.`` stays ``80.``; the cursor stays where it was), and
leaves a value the model refused on screen beside its message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...model.fields import FieldError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

ERROR_STYLE = "color: #C62828; font-size: 11px;"
CAPTION_STYLE = "color: #52606D; font-size: 11px; font-weight: 600;"


UNSET = object()  # "nothing loaded yet": the next load always writes the widget


def plain_message(exc: FieldError | str, field: str = "") -> str:
    """'metrics CSAT % must be ...' -> 'CSAT % must be ...'; 'title is too long' -> 'Too long ...'."""
    text = str(exc)
    for prefix in (field, field.replace("_", " ")):
        if prefix and text.startswith(prefix + " "):
            text = text[len(prefix) + 1 :]
            text = text.removeprefix("is ")
            break
    return text[:1].upper() + text[1:]


def swatch(colour: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(colour))
    return QIcon(pm)


class Field(QObject):
    """Base: one row of a page. Subclasses build ``widget`` and implement
    ``_show(value)``, ``_parsed()`` (the widget's value, or raise FieldError)."""

    def __init__(self, page, key: str, caption: str, widget: QWidget, *, merge: bool = False) -> None:
        super().__init__(page)
        self.page = page
        self.key = key
        self.merge = merge
        self.widget = widget
        widget.setObjectName(f"field_{key}")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(CAPTION_STYLE)
        self.caption.setBuddy(widget)
        self.error = QLabel()
        self.error.setObjectName(f"error_{key}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.value: Any = UNSET  # last value loaded from the document
        self.loading = False
        self.session = 0  # bumps when the user leaves the field: next edit is a new undo step

    # -- layout
    def add_to(self, layout: QVBoxLayout) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        if self.caption.text():
            box.addWidget(self.caption)
        box.addWidget(self.widget)
        box.addWidget(self.error)
        layout.addLayout(box)

    # -- messages
    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.widget.setProperty("invalid", True)
        self.widget.setToolTip(message)

    def clear_error(self) -> None:
        if self.error.isVisible() or self.error.text():
            self.error.clear()
            self.error.hide()
            self.widget.setProperty("invalid", False)
            self.widget.setToolTip("")

    @property
    def has_error(self) -> bool:
        return bool(self.error.text())

    # -- document -> widget
    def load(self, value: Any) -> None:
        if self.has_error and value == self.value:
            return  # keep the refused text on screen with its message
        self.value = value
        self.clear_error()
        try:
            if self._parsed() == value:
                return  # the widget already says this: leave the cursor alone
        except (FieldError, ValueError):
            pass
        self.loading = True
        try:
            with QSignalBlocker(self.widget):
                self._show(value)
        finally:
            self.loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _parsed(self) -> Any:
        raise NotImplementedError

    # -- widget -> document
    def user_changed(self, *_: Any) -> None:
        if self.loading:
            return
        try:
            value = self._parsed()
        except FieldError as exc:
            self.show_error(plain_message(exc))
            return
        self.page.edit(self, value)

    def seal(self) -> None:
        """The user left the field: the next edit there is a new undo step."""
        self.session += 1

    @property
    def tag(self) -> str:
        return f"{self.key}#{self.session}"


class LineField(Field):
    def __init__(
        self,
        page,
        key: str,
        caption: str,
        *,
        placeholder: str = "",
        completions: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(
            translate("Inspector", "not measured") if placeholder is None else placeholder
        )
        edit.setClearButtonEnabled(False)
        super().__init__(page, key, caption, edit, merge=True)
        self.completions = completions
        if completions is not None:
            self._completer = QCompleter([], edit)
            self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            edit.setCompleter(self._completer)
        edit.textChanged.connect(self.user_changed)
        edit.editingFinished.connect(self.seal)

    def refresh_completions(self) -> None:
        if self.completions is not None:
            self._completer.model().setStringList(sorted(set(self.completions()), key=str.casefold))

    def _show(self, value: Any) -> None:
        edit: QLineEdit = self.widget
        if not edit.hasFocus():
            edit.setText("" if value is None else str(value))
            edit.setCursorPosition(0)  # show a long title from its start
            return
        pos = edit.cursorPosition()  # an undo while typing: keep the cursor where it was
        edit.setText("" if value is None else str(value))
        edit.setCursorPosition(min(pos, len(edit.text())))

    def _parsed(self) -> Any:
        return self.widget.text()


class TextField(Field):
    """Multi-line text; with ``lines=True`` its value is a tuple of non-empty lines."""

    def __init__(
        self, page, key: str, caption: str, *, lines: bool = False, height: int = 64, placeholder: str = ""
    ) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(
            translate("Inspector", "not measured") if placeholder is None else placeholder
        )
        edit.setFixedHeight(height)
        super().__init__(page, key, caption, edit, merge=True)
        self.lines = lines
        edit.textChanged.connect(self.user_changed)

    def _show(self, value: Any) -> None:
        edit: QPlainTextEdit = self.widget
        text = "\n".join(value) if self.lines else (value or "")
        if not edit.hasFocus():
            edit.setPlainText(text)
            return
        cursor = edit.textCursor()
        pos = cursor.position()
        edit.setPlainText(text)
        cursor = edit.textCursor()
        cursor.setPosition(min(pos, len(text)))
        edit.setTextCursor(cursor)

    def _parsed(self) -> Any:
        text = self.widget.toPlainText()
        if self.lines:
            return tuple(line.strip() for line in text.splitlines() if line.strip())
        return text


class ChoiceField(Field):
    """A fixed list of (value, label) choices; ``options`` may be rebuilt later."""

    def __init__(self, page, key: str, caption: str, options: Sequence[tuple[Any, str]] = ()) -> None:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        super().__init__(page, key, caption, combo)
        self.set_options(options)
        combo.activated.connect(self.user_changed)

    def set_options(
        self, options: Sequence[tuple[Any, str]], icons: Sequence[QIcon | None] | None = None
    ) -> None:
        combo: QComboBox = self.widget
        with QSignalBlocker(combo):
            combo.clear()
            for i, (value, label) in enumerate(options):
                icon = icons[i] if icons else None
                if icon is not None:
                    combo.addItem(icon, label, value)
                else:
                    combo.addItem(label, value)
            self._select(self.value)

    def _select(self, value: Any) -> None:
        combo: QComboBox = self.widget
        for i in range(combo.count()):
            if combo.itemData(i) == value:
                combo.setCurrentIndex(i)
                return
        combo.setCurrentIndex(-1)

    def _show(self, value: Any) -> None:
        self._select(value)

    def _parsed(self) -> Any:
        return self.widget.currentData()


class EditableChoiceField(Field):
    """Known values by label, or any text the team types (a custom category)."""

    def __init__(self, page, key: str, caption: str, options: Sequence[tuple[str, str]]) -> None:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        super().__init__(page, key, caption, combo, merge=True)
        self.options = list(options)
        for value, label in options:
            combo.addItem(label, value)
        combo.activated.connect(self.user_changed)
        combo.lineEdit().textEdited.connect(self.user_changed)
        combo.lineEdit().editingFinished.connect(self.seal)

    def _show(self, value: Any) -> None:
        combo: QComboBox = self.widget
        for i, (v, label) in enumerate(self.options):
            if v == value:
                combo.setCurrentIndex(i)
                return
        combo.setCurrentIndex(-1)
        combo.setEditText(value or "")

    def _parsed(self) -> Any:
        text = self.widget.currentText()
        for v, label in self.options:
            if text == label or text == v:
                return v
        return text


class CheckField(Field):
    def __init__(self, page, key: str, text: str) -> None:
        box = QCheckBox(text)
        super().__init__(page, key, "", box)
        box.toggled.connect(self.user_changed)

    def _show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def _parsed(self) -> Any:
        return self.widget.isChecked()


def parse_number(text: str, label: str, integer: bool = False) -> float | int | None:
    """'' -> None (not measured); '8,5' and '8.5' -> 8.5; anything else -> FieldError."""
    text = text.strip().replace("\u2212", "-")
    if not text:
        return None
    if text.endswith("%"):
        text = text[:-1].strip()
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        if integer:
            value: float | int = int(text.replace(" ", "").replace("_", ""))
        else:
            value = float(text)
    except ValueError:
        message = (
            translate("Inspector", "{field} must be a whole number (or empty)")
            if integer
            else translate("Inspector", "{field} must be a number (or empty)")
        )
        raise FieldError(message.format(field=label)) from None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return value  # the model keeps floats for non-integer metrics
    return value


class NumberField(Field):
    """A number or empty (= not measured). ``check(value)`` is the model's check."""

    def __init__(
        self, page, key: str, caption: str, *, integer: bool = False, placeholder: str | None = None
    ) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(
            translate("Inspector", "not measured") if placeholder is None else placeholder
        )
        super().__init__(page, key, caption, edit, merge=True)
        self.integer = integer
        self.label = caption
        # Check as the user types, write when they finish: typing "150" must not
        # leave "15" in the map on the way to an out-of-range message.
        edit.textChanged.connect(self.preview)
        edit.editingFinished.connect(self.commit)

    def preview(self, *_: Any) -> None:
        if self.loading:
            return
        try:
            self.page.check(self.page.values_for(self, self._parsed()))
        except FieldError as exc:
            self.show_error(plain_message(exc))
            return
        self.clear_error()

    def commit(self) -> None:
        self.user_changed()
        self.seal()

    def _show(self, value: Any) -> None:
        edit: QLineEdit = self.widget
        edit.setText("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))

    def _parsed(self) -> Any:
        return parse_number(self.widget.text(), self.label, self.integer)


class EmotionField(Field):
    """An emotion from -3 to +3, or not set (shown as '—')."""

    NOT_SET = -4

    def __init__(self, page, key: str, caption: str) -> None:
        spin = QSpinBox()
        spin.setRange(self.NOT_SET, 3)
        spin.setSpecialValueText("—")
        spin.setToolTip(translate("EmotionField", "-3 very negative … +3 delighted; '—' not recorded"))
        spin.setMaximumWidth(90)
        super().__init__(page, key, caption, spin, merge=True)
        spin.valueChanged.connect(self.user_changed)
        spin.editingFinished.connect(self.seal)

    def add_to(self, layout) -> None:  # caption beside the box: one row per persona
        row = QHBoxLayout()
        row.setSpacing(6)
        self.caption.setStyleSheet("")
        row.addWidget(self.caption, 1)
        row.addWidget(self.widget)
        box = QVBoxLayout()
        box.setSpacing(0)
        box.addLayout(row)
        box.addWidget(self.error)
        layout.addLayout(box)

    def _show(self, value: Any) -> None:
        self.widget.setValue(self.NOT_SET if value is None else int(value))

    def _parsed(self) -> Any:
        v = self.widget.value()
        return None if v == self.NOT_SET else v


class ChecklistField(Field):
    """A set of ids chosen from a list (a touchpoint's personas)."""

    def __init__(self, page, key: str, caption: str) -> None:
        lst = QListWidget()
        lst.setMaximumHeight(96)
        lst.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        super().__init__(page, key, caption, lst)
        lst.itemChanged.connect(self.user_changed)

    def set_options(self, options: Sequence[tuple[str, str, str]]) -> None:
        """(id, label, colour) in order."""
        lst: QListWidget = self.widget
        with QSignalBlocker(lst):
            lst.clear()
            for item_id, label, colour in options:
                it = QListWidgetItem(swatch(colour), label)
                it.setData(Qt.ItemDataRole.UserRole, item_id)
                it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                it.setCheckState(Qt.CheckState.Unchecked)
                lst.addItem(it)
            lst.setFixedHeight(min(96, max(28, 22 * lst.count() + 6)))
            self._show(self.value if isinstance(self.value, tuple) else ())

    def _show(self, value: Any) -> None:
        chosen = set(value or ())
        lst: QListWidget = self.widget
        for i in range(lst.count()):
            it = lst.item(i)
            it.setCheckState(
                Qt.CheckState.Checked
                if it.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )

    def _parsed(self) -> Any:
        lst: QListWidget = self.widget
        return tuple(
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        )


class ColourField(Field):
    """A colour swatch button; ``page.pick_colour`` asks for a new one."""

    def __init__(self, page, key: str, caption: str) -> None:
        button = QPushButton()
        button.setMinimumHeight(26)
        super().__init__(page, key, caption, button)
        button.clicked.connect(self._choose)
        self._colour = "#000000"

    def _choose(self) -> None:
        picked = self.page.pick_colour(self._colour)
        if picked:
            self.page.edit(self, picked)

    def _show(self, value: Any) -> None:
        self._colour = value or "#000000"
        button: QPushButton = self.widget
        button.setIcon(swatch(self._colour, 16))
        button.setText(self._colour.upper())

    def _parsed(self) -> Any:
        return self._colour
