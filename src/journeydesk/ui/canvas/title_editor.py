"""In-place title editing: a QGraphicsTextItem laid over a card's title (or a
header's name). Enter commits (and, on a new card, opens the next one), Tab and
clicking elsewhere commit, Esc leaves the editor keeping what was typed (as Miro
and Figma do); only an untouched new card goes away on Esc."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QTextCursor, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ...layout import style as S
from ...model.vocabulary import MAX_NAME
from . import theme as T
from .items import Z_EDITOR


class TitleEditor(QGraphicsTextItem):
    """Edits one text field of one item. ``finished(editor, commit, advance,
    escape)`` is called once: advance=True on Enter (quick entry), escape=True on
    Esc, commit=False only when the editing is called off (``finish(False)``).
    ``touched``: the user changed the text."""

    def __init__(
        self,
        host: QGraphicsItem,
        item_id: str,
        field: str,
        text: str,
        rect: QRectF,
        font: QFont,
        finished: Callable[[TitleEditor, bool, bool, bool], None],
        new: bool = False,
        colour: str = S.INK,
    ) -> None:
        super().__init__(host)
        self.item_id, self.field, self.original, self.new = item_id, field, text, new
        self._finished = finished
        self.done = False
        self.setZValue(Z_EDITOR)
        self.setFont(font)
        self.setDefaultTextColor(T.colour(colour))
        self.document().setDocumentMargin(3)
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setPlainText(text)
        self.setTextWidth(rect.width())
        self.setPos(rect.topLeft())
        self._min_h = rect.height()
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)
        self._over = False
        self.touched = False
        self.document().contentsChanged.connect(self._check_length)

    def over_limit(self) -> bool:
        """Longer than the field holds: the frame turns red and says so, rather
        than cutting the text silently on Enter."""
        return len(" ".join(self.toPlainText().split())) > MAX_NAME

    def _check_length(self) -> None:
        self.touched = True
        over = self.over_limit()
        if over != self._over:
            self._over = over
            self.setToolTip(
                QCoreApplication.translate(
                    "Canvas", "A title holds at most {count} characters; the rest will be cut"
                ).format(count=MAX_NAME)
                if over
                else ""
            )
            self.update()

    def text(self) -> str:
        """The edited text as one line, cut to the field's limit."""
        return " ".join(self.toPlainText().split())[:MAX_NAME]

    def finish(self, commit: bool, advance: bool = False, escape: bool = False) -> None:
        if self.done:
            return
        self.done = True
        self._finished(self, commit, advance, escape)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.finish(True, advance=not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.finish(True, escape=True)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.accept()
            self.finish(True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self.done and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(True)

    def boundingRect(self) -> QRectF:
        r = super().boundingRect()
        if r.height() < self._min_h:
            r.setHeight(self._min_h)
        return r.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = self.boundingRect().adjusted(1, 1, -1, -1)
        painter.setPen(T.pen(S.SEVERITY_COLOUR[4] if self._over else T.ACCENT, 2.5 if self._over else 1.5))
        painter.setBrush(T.colour(S.PAPER))
        painter.drawRoundedRect(frame, 4, 4)
        option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, option, widget)
