"""File handling for the main window (a mixin of MainWindow): New, New from
Example, Open (also by dropping a file on the window), Open Recent, Save, Save
As, Export and recovery of autosaved work.

Asking the user goes through ``_ask_*`` methods, which tests replace.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, Qt, QTimer
from PySide6.QtWidgets import QApplication

from .. import i18n, io
from ..model import JourneyDocument
from ..model.document import now_iso
from . import dialogs
from . import file_guard as G
from . import settings as S
from .autosave import Snapshot
from .backups import ready_backups
from .examples import examples
from .loading import load_map
from .templates_menu import open_template

STARTER_STAGES = (
    QT_TRANSLATE_NOOP("StarterMap", "Awareness"),
    QT_TRANSLATE_NOOP("StarterMap", "Consideration"),
    QT_TRANSLATE_NOOP("StarterMap", "Purchase"),
    QT_TRANSLATE_NOOP("StarterMap", "Retention"),
    QT_TRANSLATE_NOOP("StarterMap", "Advocacy"),
)

_windows: list = []  # windows opened with File > New Window (kept alive)


def settle_heap() -> None:
    """After loading a map: move everything alive into the collector's permanent
    generation, so later full collections scan only what changed since, not the
    whole map and scene (a 2,000-card map otherwise costs ~80 ms per collection).
    Unfreezing first lets the collection free the previous map.

    It runs inside the open, before the first paint (30 ms for the example): put
    off to a timer, the collection freed closed windows' Qt objects in the middle
    of later work and the test suite crashed (a segfault)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def starter_document() -> JourneyDocument:
    """A new map: the five classic stages and one touchpoints lane, ready for
    cards, named in the interface's language (which is also the map's)."""
    translate = QCoreApplication.translate
    doc = JourneyDocument(translate("StarterMap", "Untitled journey"), i18n.language())
    for name in STARTER_STAGES:
        doc.add_stage(translate("StarterMap", name))
    doc.add_lane(translate("StarterMap", "Touchpoints"), "touchpoints")
    return doc


class WindowFiles:
    """File commands of a MainWindow (which provides ``_install``, ``document``,
    ``path``, ``undo_stack``, ``view``, ``autosaver`` and its widgets)."""

    # ------------------------------------------------------------ asking (tests replace these)
    def _ask_save(self) -> str:
        """'save', 'discard' or 'cancel' for unsaved changes."""
        return dialogs.ask_save(self, self.display_name)

    def _ask_open_path(self) -> str | None:
        folder = os.path.dirname(self.path) if self.path else S.last_folder()
        path = dialogs.ask_open_path(self, folder)
        if path:
            S.set_last_folder(os.path.dirname(path))
        return path

    def _ask_save_path(self) -> str | None:
        suggested = self.path or os.path.join(S.last_folder(), self.tr("journey") + ".journey.json")
        path = dialogs.ask_save_path(self, suggested)
        if path:
            S.set_last_folder(os.path.dirname(path))
        return path

    def _show_error(self, object_name: str, title: str, text: str, details: str = ""):
        return dialogs.show_error(self, object_name, title, text, details)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current map (saved, or the user said so)."""
        if not self.is_modified:
            return True
        answer = self._ask_save()
        if answer == dialogs.SAVE:
            return self.save()
        return answer == dialogs.DISCARD

    # ------------------------------------------------------------ File
    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        self._install(starter_document(), None)
        return True

    def new_from_example(self, name: str) -> bool:
        example = next((e for e in examples() if e.name == name), None)
        if example is None:
            return False
        if not self.maybe_save():
            return False
        try:
            doc = io.load_text(example.text(), str(example.path))
        except (io.LoadError, OSError) as exc:
            self._show_error("loadErrorDialog", self.tr("Could not open the example"), str(exc))
            return False
        self._install(doc, None)  # untitled: Save asks where, never over the example
        return True

    # Import, templates and compare live in ui/import_dialog.py, ui/templates_menu.py
    # and ui/compare.py; these are the window's hooks.
    def import_spreadsheet(self, path: str | None = None):
        from .import_dialog import import_spreadsheet  # loaded when first used

        return import_spreadsheet(self, path)

    def new_from_template(self, name: str) -> bool:
        return open_template(self, name)

    def compare_with(self, path: str | None = None):
        from .compare import compare_with  # loaded when first used

        return compare_with(self, path)

    def new_window(self):
        w = type(self)()
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _windows.append(w)
        w.destroyed.connect(lambda *_: _windows.remove(w) if w in _windows else None)
        w.show()
        return w

    def open_file(self, path: str | None = None) -> bool:
        if path is None:
            path = self._ask_open_path()
            if not path:
                return False
        if not self.maybe_save():
            return False
        return self.load_path(path)

    @staticmethod
    def dropped_map(mime: QMimeData) -> str | None:
        """The local .json file a drag carries, if any (the first one)."""
        for url in mime.urls() if mime.hasUrls() else ():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:
        if self.dropped_map(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        path = self.dropped_map(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: open_file may ask Save/Discard/Cancel in a dialog.
        QTimer.singleShot(0, lambda: self._closed or self.open_file(path))

    def load_path(self, path: str) -> bool:
        """Open a map file in this window. On failure, show why and keep the current map.

        Someone else has it open: Open Read-Only or Open a Copy (``file_guard``).
        Big files load off the UI thread, with progress and Cancel (``loading``)."""
        mode = self.file_guard.before_open(path)  # --- issue 15
        if mode == G.CANCEL:
            return False
        try:
            doc = load_map(self, path)
        except io.LoadError as exc:
            self.file_guard.cancel_open()
            self._show_load_error(exc)
            return False
        except OSError as exc:  # pragma: no cover - load reports these as LoadError
            self.file_guard.cancel_open()
            self._show_error("loadErrorDialog", self.tr("Could not open the map"), f"{path}: {exc}")
            return False
        if doc is None:  # cancelled
            self.file_guard.cancel_open()
            return False
        copy = mode == G.COPY
        self._install(doc, None if copy else path, read_from_path=not copy)
        self.file_guard.opened(None if copy else path, mode)
        self.autosaver.prepare()
        self._update_title()
        settle_heap()
        if copy:
            doc.set_meta(title=self.tr("Copy of {title}").format(title=doc.meta["title"])[:500])
        else:
            S.add_recent_file(self.path)
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=self.display_name), 4000)
        return True

    def reload_from_disk(self) -> bool:
        """Read the map's file again (File changed on disk > Reload)."""
        if self.path is None:
            return False
        read_only = self.file_guard.read_only
        try:
            doc = load_map(self, self.path)
        except io.LoadError as exc:
            self._show_load_error(exc)
            return False
        if doc is None:
            return False
        path = self.path
        self._install(doc, path, read_from_path=True)
        self.file_guard.opened(path, G.READ_ONLY if read_only else G.OPEN)
        self._update_title()
        return True

    # asking about the file (tests replace these)
    def _ask_locked(self, name: str, info) -> str:
        return G.ask_locked(self, name, info)

    def _ask_locked_save(self, name: str, info) -> str:
        G.ask_locked(self, name, info)
        return G.CANCEL

    def _ask_changed_on_disk(self, name: str, what: list[str], missing: bool) -> str:
        return G.ask_changed_on_disk(self, name, what, missing)

    def _ask_reload(self, name: str) -> bool:
        return G.ask_reload(self, name)

    def _show_start_if_alive(self) -> None:
        if not self._closed and self.view is not None:
            self.view.show_start()

    def _show_load_error(self, exc: io.LoadError):
        lines = exc.lines()
        details = "\n".join(lines) if len(lines) > 1 else ""
        return self._show_error("loadErrorDialog", self.tr("Could not open the map"), str(exc), details)

    def save(self) -> bool:
        if self.path is None or self.file_guard.read_only:  # read-only: a new name
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        path = self._ask_save_path()
        if not path:
            return False
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Save atomically; on failure show why and keep everything as it was."""
        path = os.path.abspath(path)
        decision = self.file_guard.before_save(path)  # --- issue 15: no silent overwrite
        if decision == G.SAVE_AS:
            return self.save_as()
        if decision == G.RELOAD:
            self.reload_from_disk()
            return False
        if decision == G.CANCEL:
            return False
        if self.is_modified or path != self.path:
            self.document.set_meta(modified=now_iso())
        data = io.dumps(self.document).encode("utf-8")
        backup, backup_note = ready_backups(path)  # older versions shifted along (Preferences)
        try:
            io.write_atomic(path, data, backup=backup)
        except io.ReadOnlyError as exc:
            self._show_error(
                "saveErrorDialog",
                self.tr("The file is read-only"),
                self.tr("{error}\n\nYour changes are still here.").format(error=exc),
            )
            return self.save_as()
        except io.SaveError as exc:
            self._show_error(
                "saveErrorDialog",
                self.tr("Could not save the map"),
                self.tr("{error}\n\nYour changes are still here; try another place or name.").format(
                    error=exc
                ),
            )
            return False
        self.file_guard.saved(path, data)
        self.path = path
        self.undo_stack.setClean()
        self.autosaver.discard()
        S.add_recent_file(path)
        self._update_title()
        if backup_note:
            self.statusBar().showMessage(backup_note, 8000)
        else:
            self.statusBar().showMessage(self.tr("Saved {name}").format(name=self.display_name), 4000)
        return True

    def export(self) -> None:
        """File > Export: the export dialog (PDF, PNG, SVG, CSV)."""
        from .export_dialog import run_export_dialog  # (its first import costs 20-45 ms: not at start-up)

        run_export_dialog(self)

    def quit_app(self) -> None:
        for w in [w for w in QApplication.topLevelWidgets() if isinstance(w, WindowFiles) and w.isVisible()]:
            if w is not self and not w.close():
                return
        if self.close():
            QApplication.instance().quit()

    def _fill_examples_menu(self) -> None:
        menu = self.actions_.examples_menu
        menu.clear()
        found = examples()
        if not found:
            menu.addAction(self.tr("No examples installed")).setEnabled(False)
        for e in found:
            a = menu.addAction(e.title)
            a.setObjectName(f"actionExample_{e.name}")
            a.triggered.connect(lambda checked=False, n=e.name: self.new_from_example(n))

    def _fill_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        files = S.recent_files()
        for i, f in enumerate(files):
            a = menu.addAction(f"&{(i + 1) % 10} {Path(f).name}")
            a.setObjectName(f"actionRecent_{i}")
            a.setToolTip(f)
            a.setStatusTip(f)
            a.setData(f)
            a.triggered.connect(lambda checked=False, p=f: self._open_recent(p))
        if not files:
            menu.addAction(self.tr("No recent maps")).setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear Menu"))
            clear.triggered.connect(S.clear_recent_files)

    def _open_recent(self, path: str) -> None:
        if not os.path.exists(path):
            S.remove_recent_file(path)
        self.open_file(path)

    # ------------------------------------------------------------ crash safety
    def recover(self, snapshot: Snapshot) -> bool:
        """Open an autosaved map (dirty, so it is saved on purpose)."""
        try:
            doc = io.load_text(snapshot.text(), str(snapshot.map_path))
        except (io.LoadError, OSError) as exc:
            self._show_error("loadErrorDialog", self.tr("Could not recover the map"), str(exc))
            return False
        self._install(doc, snapshot.original)
        self.file_guard.opened(snapshot.original)
        self._update_title()
        self.undo_stack.resetClean()
        self.setWindowModified(True)
        if self.autosaver.tick():
            self.autosaver.flush()  # the new snapshot is on disk before the old one goes
            snapshot.discard()
        return True

    @property
    def is_pristine(self) -> bool:
        """An untitled map nobody has touched: New/Open/Recover may reuse the window."""
        return self.path is None and not self.is_modified and self.document.count("touchpoint") == 0
