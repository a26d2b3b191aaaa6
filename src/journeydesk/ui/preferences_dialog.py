"""Edit > Preferences…: language, theme, recovery snapshots, backups, the default
page size and the length of Open Recent. Each change is written at once
(``preferences_store``) and applies at once where it can; the language applies
at the next start."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import preferences_store as P

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_CTX = "Preferences"

# Language names in their own language: a user who cannot read the current
# interface still finds theirs.
LANGUAGE_NAMES = {
    "": QT_TRANSLATE_NOOP("Preferences", "System language"),
    "en": "English",
    "id": "Bahasa Indonesia",
    "ms": "Bahasa Melayu",
}
THEME_NAMES = {
    "light": QT_TRANSLATE_NOOP("Preferences", "Light"),
    "dark": QT_TRANSLATE_NOOP("Preferences", "Dark"),
    "high_contrast": QT_TRANSLATE_NOOP("Preferences", "High contrast"),
}


class PreferencesDialog(QDialog):
    """Non-modal; every widget writes its preference when it changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("Preferences", "Preferences"))
        layout = QVBoxLayout(self)
        # The settings scroll when large text or a high scale factor makes them
        # taller than the screen; the buttons stay in view.
        body = QWidget(objectName="preferencesBody")
        groups = QVBoxLayout(body)
        groups.setContentsMargins(0, 0, 0, 0)
        groups.addWidget(self._interface_group())
        groups.addWidget(self._saving_group())
        groups.addWidget(self._files_group())
        groups.addStretch(1)
        self.scroll = QScrollArea(objectName="preferencesScroll")
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults | QDialogButtonBox.StandardButton.Close
        )
        buttons.setObjectName("preferencesButtons")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Preferences", "Close"))
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(translate("Preferences", "Restore Defaults"))
        defaults.setObjectName("preferencesDefaults")
        defaults.clicked.connect(self.restore_defaults)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # wide enough that the notes wrap in two lines at most, in the user's font size
        screen = (parent or self).screen().availableGeometry()
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 82, int(screen.width() * 0.95)))
        for spin in (self.keep, self.recent):  # a number, not a field across the dialog
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.load()
        self._fit_to_screen(body)

    def _fit_to_screen(self, body: QWidget) -> None:
        """As tall as the settings, if the screen has the room."""
        want = body.sizeHint()
        chrome = self.sizeHint().height() - self.scroll.sizeHint().height()
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = max(self.minimumWidth(), want.width() + self.scroll.verticalScrollBar().sizeHint().width())
        self.resize(min(width, screen.width()), min(want.height() + chrome + 4, int(screen.height() * 0.9)))

    # ------------------------------------------------------------ building
    def _form(self, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return box, form

    def _interface_group(self) -> QGroupBox:
        box, form = self._form(translate("Preferences", "Interface"), "preferencesInterface")
        self.language = QComboBox(objectName="prefLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(translate("Preferences", name) if code == "" else name, code)
        self.language.currentIndexChanged.connect(lambda: P.put("ui/language", self.language.currentData()))
        form.addRow(translate("Preferences", "&Language:"), self.language)
        self.language_note = QLabel(
            translate("Preferences", "The language changes the next time JourneyDesk starts."),
            objectName="prefLanguageNote",
        )
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        self.theme = QComboBox(objectName="prefTheme")
        for code, name in THEME_NAMES.items():
            self.theme.addItem(translate("Preferences", name), code)
        self.theme.currentIndexChanged.connect(lambda: P.put("ui/theme", self.theme.currentData()))
        form.addRow(translate("Preferences", "&Theme:"), self.theme)
        return box

    def _saving_group(self) -> QGroupBox:
        box, form = self._form(translate("Preferences", "Keeping work safe"), "preferencesSaving")
        self.recovery = QCheckBox(
            translate("Preferences", "Keep a &recovery copy of unsaved maps"), objectName="prefRecovery"
        )
        self.recovery.toggled.connect(self._recovery_toggled)
        form.addRow(self.recovery)
        self.recovery_note = QLabel(
            translate("Preferences", "A copy is kept within a second of each change, away from your files."),
            objectName="prefRecoveryNote",
        )
        self.recovery_note.setWordWrap(True)
        form.addRow(self.recovery_note)
        self.backups = QCheckBox(
            translate("Preferences", "Keep &backups of previous versions when saving"),
            objectName="prefBackups",
        )
        self.backups.toggled.connect(self._backups_toggled)
        form.addRow(self.backups)
        self.keep = QSpinBox(objectName="prefBackupsKeep")
        pref = P.PREFERENCES["save/backups_keep"]
        self.keep.setRange(pref.low, pref.high)
        self.keep.setAccessibleName(translate("Preferences", "Previous versions to keep"))
        self.keep.valueChanged.connect(lambda v: P.put("save/backups_keep", v))
        form.addRow(translate("Preferences", "&Versions to keep:"), self.keep)
        self.keep_note = QLabel(
            translate("Preferences", "Kept beside the map as NAME~, NAME~2, …"), objectName="prefBackupsNote"
        )
        self.keep_note.setWordWrap(True)
        form.addRow("", self.keep_note)
        return box

    def _files_group(self) -> QGroupBox:
        box, form = self._form(translate("Preferences", "Files and export"), "preferencesFiles")
        self.page_size = QComboBox(objectName="prefPageSize")
        for size in P.PAGE_SIZES:  # worded as the export dialog words them
            self.page_size.addItem(QCoreApplication.translate("ExportDialog", size), size)
        self.page_size.currentIndexChanged.connect(
            lambda: P.put("export/page_size", self.page_size.currentData())
        )
        form.addRow(translate("Preferences", "Default &page size:"), self.page_size)
        self.recent = QSpinBox(objectName="prefRecentMax")
        pref = P.PREFERENCES["recent/max"]
        self.recent.setRange(pref.low, pref.high)
        self.recent.setAccessibleName(translate("Preferences", "Maps listed in Open Recent"))
        self.recent.valueChanged.connect(lambda v: P.put("recent/max", v))
        form.addRow(translate("Preferences", "Maps in Open &Recent:"), self.recent)
        return box

    # ------------------------------------------------------------ values
    def load(self) -> None:
        """Show the stored preferences (without writing them back)."""
        widgets = (self.language, self.theme, self.recovery, self.backups, self.keep)
        for w in (*widgets, self.page_size, self.recent):
            w.blockSignals(True)
        try:
            self.language.setCurrentIndex(max(0, self.language.findData(P.get("ui/language"))))
            self.theme.setCurrentIndex(max(0, self.theme.findData(P.get("ui/theme"))))
            self.recovery.setChecked(P.get("recovery/enabled"))
            self.backups.setChecked(P.get("save/backups"))
            self.keep.setValue(P.get("save/backups_keep"))
            self.page_size.setCurrentIndex(max(0, self.page_size.findData(P.get("export/page_size"))))
            self.recent.setValue(P.get("recent/max"))
        finally:
            for w in (*widgets, self.page_size, self.recent):
                w.blockSignals(False)
        self.keep.setEnabled(self.backups.isChecked())

    def _recovery_toggled(self, on: bool) -> None:
        P.put("recovery/enabled", on)

    def _backups_toggled(self, on: bool) -> None:
        P.put("save/backups", on)
        self.keep.setEnabled(on)

    def restore_defaults(self) -> None:
        P.reset()
        self.load()


def show_preferences(parent: QWidget) -> PreferencesDialog:
    """The window's Preferences dialog (one per window; raised when open)."""
    dialog = parent.findChild(PreferencesDialog, "preferencesDialog")
    if dialog is None:
        dialog = PreferencesDialog(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.load()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
