"""The presenter's console: on the other screen when there are two, the
speaker notes of the current step, what comes next, and a clock with the time
since the presentation began. Keys typed here drive the presentation too."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTime, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PresenterConsole(QWidget):
    def __init__(self, presentation, key_handler, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterConsole")
        self.setWindowTitle(self.tr("Presenter console"))
        self.pres = presentation
        self.key_handler = key_handler
        self.started = time.monotonic()
        self.now = QLabel(objectName="consoleStep")
        self.progress = QLabel(objectName="consoleProgress")
        self.notes = QLabel(objectName="consoleNotes")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.next = QLabel(objectName="consoleNext")
        self.next.setWordWrap(True)
        self.clock = QLabel(objectName="consoleClock")
        self.elapsed = QLabel(objectName="consoleElapsed")
        for label, size, bold in (
            (self.now, 30, True),
            (self.progress, 18, False),
            (self.notes, 24, False),
            (self.next, 20, False),
            (self.clock, 40, True),
            (self.elapsed, 22, False),
        ):
            f = label.font()
            f.setPixelSize(size)
            f.setBold(bold)
            label.setFont(f)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        times = QVBoxLayout()
        times.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignRight)
        times.addWidget(self.elapsed, 0, Qt.AlignmentFlag.AlignRight)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.now)
        titles.addWidget(self.progress)
        head.addLayout(titles, 1)
        head.addLayout(times)
        box = QVBoxLayout(self)
        box.addLayout(head)
        box.addWidget(rule)
        box.addWidget(self.notes, 1)
        box.addWidget(self.next)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        presentation.changed.connect(self.refresh)
        self.refresh()
        self.tick()

    def refresh(self) -> None:
        pres = self.pres
        if not pres.tour.steps:
            return
        step = pres.step
        self.now.setText(step.title)
        self.progress.setText(step.progress)
        self.notes.setText(step.notes or self.tr("No notes for this step."))
        steps = pres.tour.steps
        if pres.index + 1 < len(steps):
            after = steps[pres.index + 1]
            self.next.setText(
                self.tr("Next: {title} ({progress})").format(title=after.title, progress=after.progress)
            )
        else:
            self.next.setText(self.tr("Next: the end of this tour"))

    def tick(self) -> None:
        self.clock.setText(QTime.currentTime().toString("HH:mm"))
        seconds = int(time.monotonic() - self.started)
        self.elapsed.setText(
            self.tr("{minutes}:{seconds} since the start").format(
                minutes=seconds // 60, seconds=f"{seconds % 60:02d}"
            )
        )

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # keys here drive the presentation, never the editor's shortcuts
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if not self.key_handler(event):
            super().keyPressEvent(event)

    def shutdown(self) -> None:
        self._timer.stop()
        try:
            self.pres.changed.disconnect(self.refresh)
        except (RuntimeError, TypeError):
            pass
