"""Dialogs of the main window. Each is one function, so tests can replace it
(``monkeypatch.setattr(window, "_ask_save", lambda: "discard")``) and error
messages are non-modal boxes with an objectName that tests can find."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def file_filter() -> str:
    return translate("Dialogs", "Journey maps (*.journey.json *.json);;All files (*)")


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_save(parent: QWidget, name: str) -> str:
    """Save / Discard / Cancel for a map with unsaved changes."""
    box = QMessageBox(parent)
    box.setObjectName("askSaveDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
    box.setText(translate("Dialogs", "Save the changes to “{name}”?").format(name=name))
    box.setInformativeText(translate("Dialogs", "Your changes will be lost if you don't save them."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def show_error(parent: QWidget, object_name: str, title: str, text: str, details: str = "") -> QMessageBox:
    """A window-modal message that does not block the caller (``open``, not ``exec``)."""
    for old in parent.findChildren(QMessageBox, object_name):
        old.setObjectName("")
        old.close()
        old.deleteLater()
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def ask_open_path(parent: QWidget, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Open journey map"), folder, file_filter()
    )
    return path or None


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save journey map"), suggested, file_filter()
    )
    if not path:
        return None
    if not path.lower().endswith(".json"):
        path += ".journey.json"
    return path


def ask_recover(parent: QWidget | None, title: str, when: str, original: str | None) -> str:
    """'recover', 'discard' or 'later' for an unsaved map found at start."""
    box = QMessageBox(parent)
    box.setObjectName("recoverDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Recover unsaved work"))
    box.setText(
        translate("Dialogs", "JourneyDesk found unsaved changes to “{title}” from {when}.").format(
            title=title, when=when
        )
    )
    where = (
        translate("Dialogs", "It was last saved as {path}.").format(path=original)
        if original
        else translate("Dialogs", "It had not been saved yet.")
    )
    box.setInformativeText(
        where + " " + translate("Dialogs", "Open it to keep working on it, or discard the changes?")
    )
    recover = box.addButton(translate("Dialogs", "Open"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Dialogs", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    if clicked is recover:
        return "recover"
    if clicked is discard:
        return "discard"
    return "later"


def about(parent: QWidget) -> None:
    from .. import __version__ as version

    QMessageBox.about(
        parent,
        translate("Dialogs", "About JourneyDesk"),
        f"<h3>JourneyDesk {version}</h3><p>"
        + translate(
            "Dialogs",
            "An offline editor for customer journey maps: personas, stages, touchpoints, "
            "friction and analysis on a graph.",
        )
        + "</p>",
    )
