"""Help > User Guide: the guide shipped with the app, offline, with its pictures.

Wheels and the frozen app carry the guide as package data
(``journeydesk/guide/``, copied from ``docs/guide/`` by setup.py and the
PyInstaller spec); a source checkout reads ``docs/guide/`` itself. A
translated guide is ``guide_<lang>.md`` beside the English ``README.md``,
used when it exists for the interface's language.

The Markdown is shown by a QTextBrowser (``QTextDocument.setMarkdown``). Links
within the guide (``#a-first-map-in-five-steps``) scroll to their heading, web
links open in the browser, and pictures are scaled to the window's width.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

ENGLISH = "README.md"


def guide_folders() -> list[Path]:
    """Where guides are: the package's copy first, then the checkout's docs/guide."""
    out: list[Path] = []
    try:
        packaged = resources.files("journeydesk") / "guide"
        if packaged.is_dir():
            out.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError, OSError):
        pass
    checkout = Path(__file__).resolve().parents[3] / "docs" / "guide"
    if checkout.is_dir():
        out.append(checkout)
    return out


def interface_language() -> str:
    """The language the guide should speak: the one the interface speaks
    (``--lang``, else the Preferences' choice, else the system's)."""
    from . import translations

    return translations.language()


def guide_file(language: str | None = None) -> Path | None:
    """``guide_<lang>.md`` for ``language`` when one ships, else the English guide."""
    lang = (language if language is not None else interface_language()).lower()
    for folder in guide_folders():
        if lang and lang != "en" and (folder / f"guide_{lang}.md").is_file():
            return folder / f"guide_{lang}.md"
        if (folder / ENGLISH).is_file():
            return folder / ENGLISH
    return None


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it ("A first map in five steps" ->
    "a-first-map-in-five-steps")."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


# Lines the guide keeps for its makers (``<!-- ... -->`` markers around generated parts).
_COMMENTS = re.compile(r"<!--.*?-->\n?", re.DOTALL)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(translate("GuideDialog", "JourneyDesk User Guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(objectName="guideBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setAccessibleName(translate("GuideDialog", "User guide"))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("GuideDialog", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.path = path or guide_file()
        self._fitted_width = -1
        self.load()
        screen = self.screen().availableGeometry() if self.screen() else None
        w, h = 900, 760
        if screen is not None:
            w, h = min(w, screen.width() - 60), min(h, screen.height() - 60)
        self.resize(QSize(w, h))

    def load(self) -> None:
        doc = self.browser.document()
        if self.path is None:
            self.browser.setPlainText(
                translate("GuideDialog", "The user guide is not installed with this copy of JourneyDesk.")
            )
            return
        text = _COMMENTS.sub("", self.path.read_text(encoding="utf-8"))
        doc.setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        self.browser.setSearchPaths([str(self.path.parent)])
        doc.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self._fit_images()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # a guide opens at its top

    def images(self) -> list[tuple[str, float, float]]:
        """(name, shown width, natural width) of every picture in the guide."""
        out = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    natural = self._natural_width(image.name())
                    out.append((image.name(), image.width() or natural, natural))
                it += 1
            block = block.next()
        return out

    def _natural_width(self, name: str) -> float:
        image = self.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if image is None or not hasattr(image, "width"):
            image = self.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        return float(image.width()) if image is not None and hasattr(image, "width") else 0.0

    def _fit_images(self) -> None:
        """Pictures wider than the page shrink to fit it (keeping their shape)."""
        width = max(200, self.browser.viewport().width() - 40)
        if width == self._fitted_width:
            return
        self._fitted_width = width
        bar = self.browser.verticalScrollBar()
        kept = bar.value()  # resizing pictures must not move the reader's place
        doc = self.browser.document()
        cursor = QTextCursor(doc)
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    natural = self._natural_width(image.name())
                    if natural:
                        shown = min(natural, width)
                        new = QTextImageFormat(image)
                        new.setWidth(shown)
                        new.setHeight(0)  # keeps the aspect ratio
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(new)
                it += 1
            block = block.next()
        bar.setValue(kept)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def heading_position(self, anchor: str) -> int:
        """Where the heading an in-guide link names starts (-1: none)."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and slug(block.text()) == anchor:
                return block.position()
            block = block.next()
        return -1

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if url.hasFragment() and (not url.path() or url.path().endswith(self.path.name if self.path else "")):
            at = self.heading_position(url.fragment())
            if at >= 0:
                cursor = QTextCursor(self.browser.document())
                cursor.setPosition(at)
                self.browser.setTextCursor(cursor)
                bar = self.browser.verticalScrollBar()
                bar.setValue(self.browser.cursorRect(cursor).top() + bar.value())
            return
        local = self.path.parent / url.path() if self.path is not None and url.isRelative() else None
        if local is not None and local.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(local.resolve())))


def show_guide(parent: QWidget) -> GuideDialog:
    """One guide window per main window (raised when already open)."""
    dialog = parent.findChild(GuideDialog, "guideDialog")
    if dialog is None:
        dialog = GuideDialog(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
