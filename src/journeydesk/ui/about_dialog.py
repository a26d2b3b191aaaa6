"""Help > About JourneyDesk: the version, Qt's and Python's, the components the
app is built on with their licences (read from the installed packages'
metadata, so the list follows pyproject.toml), and the licences of the fonts
it ships."""

from __future__ import annotations

import contextlib
import platform
import re
from dataclasses import dataclass
from importlib import metadata, resources

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

DISTRIBUTION = "journeydesk"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def _licence(meta) -> str:
    """A package's licence in a few words: its SPDX expression, else a short
    License field, else its licence classifier."""
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80:
        return text
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::") and "Other/Proprietary" not in classifier:
            return classifier.rsplit("::", 1)[-1].strip()
    return translate("About", "see the package")


def components() -> list[Component]:
    """JourneyDesk's own run-time dependencies (not its test or optional extras),
    as installed, then Qt itself."""
    out: list[Component] = []
    seen: set[str] = set()
    try:
        wanted = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        wanted = []
    for requirement in wanted:
        if "extra ==" in requirement:
            continue
        match = _NAME.match(requirement)
        if match is None or match.group(1).lower() in seen:
            continue
        name = match.group(1)
        seen.add(name.lower())
        try:
            meta = metadata.metadata(name)
            out.append(Component(name, metadata.version(name), _licence(meta)))
        except metadata.PackageNotFoundError:
            out.append(Component(name, translate("About", "not installed"), ""))
    out.append(Component("Qt", qVersion(), "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"))
    return out


@dataclass(frozen=True)
class FontLicence:
    file: str
    title: str  # its first line ("DejaVu fonts 2.37 (DejaVuSans.ttf, ...)")
    text: str


def font_licences() -> list[FontLicence]:
    """The licence files shipped beside the fonts (resources/fonts/LICENSE-*)."""
    out = []
    with contextlib.suppress(ModuleNotFoundError, FileNotFoundError, NotADirectoryError, OSError):
        folder = resources.files("journeydesk").joinpath("resources", "fonts")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.upper().startswith(("LICENSE", "LICENCE", "COPYING", "OFL")):
                text = entry.read_text(encoding="utf-8", errors="replace")
                first = next((line.strip() for line in text.splitlines() if line.strip()), entry.name)
                out.append(FontLicence(entry.name, first, text))
    return out


def version_text() -> str:
    """One block to paste into a bug report."""
    return "\n".join(
        [
            f"JourneyDesk {__version__}",
            f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
            f"Python {platform.python_version()} on {platform.system()} {platform.release()}",
            f"Platform plugin: {QGuiApplication.platformName()}",
        ]
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("About", "About JourneyDesk"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="aboutTabs")
        self.tabs.addTab(self._about_page(), translate("About", "&About"))
        self.tabs.addTab(self._components_page(), translate("About", "&Components"))
        self.tabs.addTab(self._fonts_page(), translate("About", "&Fonts"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("About", "Close"))
        copy = QPushButton(translate("About", "Copy &Version Info"), objectName="aboutCopyVersion")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(version_text()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # room for the components table and licence text, in the user's font
        # size (a larger system font or scale factor makes it larger too)
        fm = self.fontMetrics()
        roomy = QSize(fm.averageCharWidth() * 84, fm.height() * 22)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()).expandedTo(roomy))

    def _about_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        heading = QLabel(f"<h2>JourneyDesk {__version__}</h2>", objectName="aboutHeading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(heading)
        blurb = QLabel(
            translate(
                "About",
                "An offline editor for customer journey maps: personas, stages, touchpoints, "
                "friction and analysis on a graph.",
            ),
            objectName="aboutBlurb",
        )
        blurb.setWordWrap(True)
        box.addWidget(blurb)
        licence = QLabel(translate("About", "Released under the MIT licence."), objectName="aboutLicence")
        licence.setWordWrap(True)
        box.addWidget(licence)
        versions = QLabel(version_text(), objectName="aboutVersions")
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        versions.setWordWrap(True)
        box.addWidget(versions)
        box.addStretch(1)
        return page

    def _components_page(self) -> QWidget:
        rows = components()
        table = QTableWidget(len(rows), 3, objectName="aboutComponents")
        table.setHorizontalHeaderLabels(
            [translate("About", "Component"), translate("About", "Version"), translate("About", "Licence")]
        )
        for r, c in enumerate(rows):
            for col, text in enumerate((c.name, c.version, c.licence)):
                table.setItem(r, col, QTableWidgetItem(text))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def _fonts_page(self) -> QWidget:
        view = QTextBrowser(objectName="aboutFonts")
        parts = []
        for f in font_licences():
            parts.append(f"{f.title}\n{'=' * min(len(f.title), 60)}\n\n{f.text}")
        view.setPlainText("\n\n".join(parts) or translate("About", "No fonts are shipped with this build."))
        return view


def show_about(parent: QWidget) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
