"""The analysis panel: friction hotspots, persona paths (dead ends, unreachable
touchpoints, loops), channel switches, the stage scorecard and lint, from
``journeydesk.analysis.analyze``. Choosing an entry shows its item on the canvas.

Refreshing after edits is debounced (``DEBOUNCE_MS`` after the last change). Small
maps are analysed on the UI thread. Larger ones are analysed in a worker *process*
(``workers.analysis_process``; a thread would hold the GIL and stall the editor):
it gets the map once, then only patches of what the edits touched
(``workers.replica``), so the UI thread's share of a refresh is a few milliseconds
on any map. The worker keeps the costly flow centrality until a card or link
comes or goes.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import analysis, io
from ...analysis import words
from ...analysis.clipped import Clipped, switch_order, total_of
from ...analysis.lint import level_label, rule_title
from ...layout import style
from ...model import Change, JourneyDocument
from ...model import labels as L
from ...workers.analysis_process import AnalysisProcess
from ...workers.replica import ChangeLog, patch_of

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

DEBOUNCE_MS = 300
SYNC_LIMIT = 300  # touchpoints: at most this many are analysed on the UI thread
POLL_MS = 25  # how often the panel looks for the worker's answer
MAX_ROWS = 100  # entries shown per list before "… more"
ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_SHAPE = ("touchpoint", "link")


def _ref_title(ref: Any) -> str:
    if isinstance(ref, dict):
        return str(ref.get("title") or ref.get("id") or "")
    return "" if ref is None else str(ref)


def _num(value: Any, digits: int = 1) -> str:
    """A number as the interface language writes it (QLocale: "3,5" in Indonesian)."""
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
        return QLocale().toString(float(text), "f", len(text.split(".")[1]) if "." in text else 0)
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value)


class AnalysisPanel(QWidget):
    """``itemChosen(id)``: the user chose an entry naming this item."""

    itemChosen = Signal(str)
    refreshed = Signal()

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisWidget")
        self.document = document
        self._unsubscribe = None
        self.result: dict[str, Any] | None = None
        self._centrality: Any = None
        self._generation = 0
        self._waiting: int | None = None  # the generation the worker is analysing
        self._pending = False
        self._shut = False  # shutdown() ran: no more refreshes (the window is closing)
        self._path: str | None = None  # the file the map was just read from (the worker reads it too)
        self._log = ChangeLog()  # what changed since the worker's copy was last brought up to date
        self.worker = AnalysisProcess()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_worker)
        # Timings of the last refresh, in ms: UI thread (snapshot + tree) and total.
        self.last_ui_ms = 0.0
        self.last_total_ms = 0.0
        self.last_mode = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("analysisStatus")
        self.status.setStyleSheet("color: #52606D;")
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("analysisRefreshButton")
        self.refresh_button.setText(translate("AnalysisPanel", "Refresh"))
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.clicked.connect(self.refresh_now)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setObjectName("analysisTree")
        self.tree.setAccessibleName(self.tr("Analysis findings"))
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Detail")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setExpandsOnDoubleClick(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.tree.itemExpanded.connect(self._expanded)
        self._fill: dict[str, Any] = {}
        layout.addWidget(self.tree, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._debounced)
        self._last_change = 0.0  # when the document last changed (time.monotonic)
        self.set_document(document)

    # ------------------------------------------------------------ document
    def set_document(self, document: JourneyDocument, path: str | None = None) -> None:
        """Follow ``document``; ``path``: the file it was just read from, unchanged."""
        self.detach()
        self._shut = False
        self.document = document
        self._path = path
        self._centrality = None
        self._log = ChangeLog()
        self._generation += 1
        self._unsubscribe = document.subscribe(self._changed)
        # In the next turn of the event loop: after the window's first paint, and
        # once for the starter map and the map opened at start-up.
        self._last_change = 0.0
        self._timer.start(0)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._timer.stop()

    def shutdown(self) -> None:
        """Stop following the document and end the worker process."""
        self.detach()
        self._shut = True
        self._pending = False
        self._generation += 1
        self._poll.stop()
        self._waiting = None
        self.worker.stop()

    def _changed(self, change: Change) -> None:
        self._log.note(change)
        if change.action == "reset" or (change.action in ("added", "removed") and change.kind in _SHAPE):
            self._centrality = None
        # Refresh DEBOUNCE_MS after the last change. The timer is started once and
        # put back on expiry, not restarted per change: a big undo sends 19,000.
        self._last_change = time.monotonic()
        if not self._timer.isActive():
            self._timer.start(DEBOUNCE_MS)

    def _debounced(self) -> None:
        wait = DEBOUNCE_MS - (time.monotonic() - self._last_change) * 1000
        if wait > 1:
            self._timer.start(int(wait) + 1)
        else:
            self.refresh_now()

    # ------------------------------------------------------------ refreshing
    def refresh_now(self) -> None:
        self._timer.stop()
        if self._shut:
            return
        if self._waiting is not None:
            self._pending = True  # one more refresh when the running one ends
            return
        self._generation += 1
        started = time.perf_counter()
        if self.document.count("touchpoint") <= SYNC_LIMIT:
            self._refresh_here(started)
        else:
            self._refresh_in_worker(started)

    def _refresh_here(self, started: float) -> None:
        self.last_mode = "ui"
        self._log = ChangeLog()  # the worker, if it runs later, starts from a whole copy
        try:
            if self._centrality is None:
                self._centrality = analysis.flow_centrality(self.document)
            result = analysis.analyze(self.document, centrality=self._centrality)
        except Exception as exc:  # noqa: BLE001 - shown in the panel, never a crash
            self._show_failure(f"{type(exc).__name__}: {exc}")
            return
        self._show(result)
        self.last_ui_ms = self.last_total_ms = (time.perf_counter() - started) * 1000
        self.refreshed.emit()

    def _refresh_in_worker(self, started: float) -> None:
        self.last_mode = "worker"
        worker = self.worker
        if not worker.running:
            worker.start()
            self._log = ChangeLog()
        log = self._log.take()
        if log.reset:
            if self._path is not None and not log.touched:
                worker.send_map(path=self._path)
            else:
                worker.send_map(text=io.dumps(self.document))
        elif log:
            worker.send_patch(patch_of(self.document, log))
        self._path = None  # from now on the worker's copy follows the edits
        worker.request(self._generation, clip=MAX_ROWS)
        self._waiting = self._generation
        self._started = started
        self._ui_ms = (time.perf_counter() - started) * 1000
        self.status.setText(self.tr("Analysing…"))
        self._poll.start()

    def _poll_worker(self) -> None:
        message = self.worker.poll()
        if message is None:
            if not self.worker.running and self._waiting is not None:
                message = ("failed", self._waiting, self.tr("the analysis worker stopped"), "")
            else:
                return
        self._poll.stop()
        kind, generation = message[0], message[1]
        self._waiting = None
        if generation == self._generation and not self._shut:
            t = time.perf_counter()
            if kind == "result":
                self._show(message[2])
            else:
                self._show_failure(message[2])
            self.last_ui_ms = self._ui_ms + (time.perf_counter() - t) * 1000
            self.last_total_ms = (time.perf_counter() - self._started) * 1000
            self.refreshed.emit()
        if self._pending and not self._shut:
            self._pending = False
            self._last_change = 0.0
            self._timer.start(0)

    def _show_failure(self, message: str) -> None:
        self.status.setText(self.tr("Analysis failed: {message}").format(message=message))

    # ------------------------------------------------------------ the tree
    def _expanded_keys(self) -> set[str]:
        out = set()

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                if child.isExpanded():
                    out.add(child.data(0, KEY_ROLE))
                walk(child)

        walk(self.tree.invisibleRootItem())
        return out

    def _show(self, result: dict[str, Any]) -> None:
        self.result = result
        expanded = self._expanded_keys() if self.tree.topLevelItemCount() else {"hotspots", "lint"}
        scroll = self.tree.verticalScrollBar().value()
        tree = self.tree
        tree.setUpdatesEnabled(False)
        try:
            tree.clear()
            self._fill: dict[str, Any] = {}
            self._hotspots(result.get("hotspots") or [])
            self._paths(result.get("paths") or [])
            self._switches(result.get("channel_switches") or {})
            self._stages(result.get("stages") or [])
            self._lint(result.get("lint") or [])

            def restore(item: QTreeWidgetItem) -> None:
                for i in range(item.childCount()):
                    child = item.child(i)
                    if child.data(0, KEY_ROLE) in expanded:
                        child.setExpanded(True)
                        restore(child)

            restore(tree.invisibleRootItem())
        finally:
            tree.setUpdatesEnabled(True)
        tree.verticalScrollBar().setValue(scroll)
        doc = self.document
        n_lint = len(result.get("lint") or [])
        self.status.setText(
            " · ".join(
                (
                    self.tr("%Ln hotspot(s)", None, len(result.get("hotspots") or [])),
                    self.tr("%Ln lint finding(s)", None, n_lint),
                    self.tr("%Ln touchpoint(s)", None, doc.count("touchpoint")),
                )
            )
        )

    def _section(self, key: str, title: str, detail: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title, detail])
        item.setData(0, KEY_ROLE, key)
        f = item.font(0)
        f.setBold(True)
        item.setFont(0, f)
        item.setFirstColumnSpanned(False)
        return item

    def _node(
        self,
        parent: QTreeWidgetItem,
        key: str,
        text: str,
        detail: str = "",
        item_id: str | None = None,
        tip: str = "",
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, detail])
        item.setData(0, KEY_ROLE, key)
        if item_id:
            item.setData(0, ID_ROLE, item_id)
        if tip:
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
        return item

    def _entries(self, parent: QTreeWidgetItem, key: str, entries: list, make) -> None:
        """Entries under ``parent``, made when ``parent`` is first expanded (a big
        map has thousands; building them all would stall the UI thread)."""
        if not entries:
            return

        def fill() -> None:
            for i, entry in enumerate(entries[:MAX_ROWS]):
                make(parent, f"{key}/{i}", entry)
            total = total_of(entries)
            if total > MAX_ROWS:
                more = self._node(parent, f"{key}/more", self.tr("… and %Ln more", None, total - MAX_ROWS))
                more.setForeground(0, QBrush(QColor(style.INK_FAINT)))

        if parent.isExpanded():
            fill()
            return
        self._fill[key] = fill
        parent.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)

    def _expanded(self, item: QTreeWidgetItem) -> None:
        fill = self._fill.pop(item.data(0, KEY_ROLE), None)
        if fill is not None:
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)
            fill()

    def expand_all(self) -> None:
        """Expand every section and group (for tests and keyboard users)."""

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                if child.childCount() or child.data(0, KEY_ROLE) in self._fill:
                    child.setExpanded(True)
                    walk(child)

        walk(self.tree.invisibleRootItem())

    def _hotspots(self, hotspots: list) -> None:
        sec = self._section(
            "hotspots",
            self.tr("Friction hotspots ({count})").format(count=total_of(hotspots)),
            self.tr("ranked by score"),
        )

        def make(parent, key, h):
            sev = h.get("max_severity") or 0
            item = self._node(
                parent,
                key,
                f"{h.get('rank', '')}. {h.get('title') or self.tr('(untitled)')}",
                self.tr("score {score} · {stage}").format(
                    score=_num(h.get("score"), 2), stage=_ref_title(h.get("stage"))
                ),
                h.get("id"),
                words.hotspot_reason(h),
            )
            if sev:
                item.setForeground(1, QBrush(QColor(style.SEVERITY_COLOUR.get(sev, style.INK))))
            for j, fr in enumerate(h.get("frictions") or []):
                self._node(
                    item,
                    f"{key}/{j}",
                    fr.get("title") or self.tr("(untitled)"),
                    self.tr("severity {severity} · {status}").format(
                        severity=fr.get("severity"), status=L.status_label(fr.get("status") or "")
                    ),
                    fr.get("id"),
                )

        self._entries(sec, "hotspots", hotspots, make)

    def _paths(self, paths: list) -> None:
        sec = self._section("paths", self.tr("Persona paths"), self.tr("%Ln journey(s)", None, len(paths)))
        for i, p in enumerate(paths):
            key = f"paths/{p.get('id') or i}"
            dead, unreachable, loops = (
                p.get("dead_ends") or [],
                p.get("unreachable") or [],
                p.get("loops") or [],
            )
            item = self._node(
                sec,
                key,
                p.get("title") or self.tr("(persona)"),
                " · ".join(
                    (
                        self.tr("%Ln touchpoint(s)", None, p.get("touchpoints", 0)),
                        self.tr("%Ln dead end(s)", None, total_of(dead)),
                        self.tr("%Ln unreachable", None, total_of(unreachable)),
                        self.tr("%Ln loop(s)", None, total_of(loops)),
                    )
                ),
                p.get("id"),
                words.path_note(p),
            )

            def tp(parent, k, e):
                self._node(
                    parent,
                    k,
                    e.get("title") or self.tr("(untitled)"),
                    _ref_title(e.get("stage")),
                    e.get("id"),
                )

            for name, label, entries, tip in (
                ("Dead ends", self.tr("Dead ends ({count})"), dead, self.tr("No way forward before the last stage")),
                ("Unreachable", self.tr("Unreachable ({count})"), unreachable, self.tr("No route from the journey's start")),
            ):  # fmt: skip
                group = self._node(item, f"{key}/{name}", label.format(count=total_of(entries)), tip=tip)
                self._entries(group, f"{key}/{name}", entries, tp)
            group = self._node(
                item,
                f"{key}/loops",
                self.tr("Loops ({count})").format(count=total_of(loops)),
                self.tr("truncated") if p.get("loops_truncated") else "",
            )

            def loop(parent, k, cycle):
                cycle = cycle if isinstance(cycle, list) else []
                text = " → ".join(_ref_title(c) for c in cycle[:6]) + (" → …" if len(cycle) > 6 else "")
                first = cycle[0].get("id") if cycle and isinstance(cycle[0], dict) else None
                node = self._node(
                    parent, k, text or self.tr("(loop)"), self.tr("%Ln step(s)", None, len(cycle)), first
                )
                for j, c in enumerate(cycle):
                    if isinstance(c, dict):
                        self._node(node, f"{k}/{j}", _ref_title(c), "", c.get("id"))

            self._entries(group, f"{key}/loops", loops, loop)

    def _switches(self, sw: dict) -> None:
        sec = self._section(
            "switches",
            self.tr("Channel switches"),
            self.tr("%Ln switch(es)", None, sw.get("total", 0))
            + " · "
            + self.tr("%Ln with friction", None, sw.get("flagged", 0)),
        )
        per = self._node(sec, "switches/stages", self.tr("Per stage"))
        for i, s in enumerate(sw.get("per_stage") or []):
            self._node(
                per,
                f"switches/stages/{i}",
                s.get("title") or "",
                " · ".join(
                    (
                        self.tr("%Ln switch(es)", None, s.get("switches", 0)),
                        self.tr("%Ln with friction", None, s.get("flagged", 0)),
                        self.tr("%Ln channel break(s)", None, s.get("channel_breaks", 0)),
                    )
                ),
                s.get("id"),
            )
        raw = sw.get("links") or []
        links = Clipped(sorted(raw, key=switch_order), total_of(raw))  # a clipped list keeps its count

        def make(parent, key, k):
            item = self._node(
                parent,
                key,
                k.get("title") or "",
                f"{_ref_title(k.get('from_channel'))} → {_ref_title(k.get('to_channel'))}"
                + (" · " + self.tr("friction") if k.get("flagged") else ""),
                k.get("id"),
            )
            if k.get("flagged"):
                item.setForeground(1, QBrush(QColor(style.SEVERITY_COLOUR[3])))

        group = self._node(
            sec,
            "switches/links",
            self.tr("Links ({count})").format(count=total_of(links)),
            self.tr("flagged first"),
        )
        self._entries(group, "switches/links", links, make)

    def _stages(self, stages: list) -> None:
        sec = self._section("stages", self.tr("Stage scorecard"), self.tr("%Ln stage(s)", None, len(stages)))
        for i, s in enumerate(stages):
            key = f"stages/{s.get('id') or i}"
            by_sev = s.get("frictions_by_severity") or {}
            total = sum(v for v in by_sev.values() if isinstance(v, int))
            metrics = " · ".join(
                f"{label} {_num(s.get(k))}"
                for k, label in (("csat", "CSAT"), ("nps", "NPS"), ("ces", "CES"))
                if s.get(k) is not None
            )
            item = self._node(
                sec,
                key,
                s.get("title") or "",
                self.tr("%Ln touchpoint(s)", None, s.get("touchpoints", 0))
                + " · "
                + self.tr("%Ln friction(s)", None, total)
                + (f" · {metrics}" if metrics else ""),
                s.get("id"),
            )
            if metrics:
                self._node(item, f"{key}/metrics", self.tr("Metrics (average)"), metrics)
            sev = " · ".join(
                f"{L.severity_label(int(k))} {v}"
                for k, v in sorted(by_sev.items(), key=lambda kv: -int(kv[0]))
                if v
            )
            self._node(
                item,
                f"{key}/frictions",
                self.tr("Frictions by severity"),
                (sev or self.tr("none"))
                + " · "
                + self.tr("%Ln resolved", None, s.get("frictions_resolved", 0)),
            )
            emo = s.get("emotion") or []
            if emo:
                group = self._node(item, f"{key}/emotion", self.tr("Average emotion"))
                for j, e in enumerate(emo):
                    persona = e.get("persona")
                    self._node(
                        group,
                        f"{key}/emotion/{j}",
                        _ref_title(persona),
                        self.tr("{average} over %Ln touchpoint(s)", None, e.get("touchpoints", 0)).format(
                            average=_num(e.get("average"), 2)
                        ),
                        persona.get("id") if isinstance(persona, dict) else None,
                    )
            mots = s.get("moments_of_truth") or []
            if mots:
                group = self._node(
                    item, f"{key}/mot", self.tr("Moments of truth ({count})").format(count=total_of(mots))
                )
                self._entries(
                    group,
                    f"{key}/mot",
                    mots,
                    lambda p, k, m: self._node(p, k, _ref_title(m), "", m.get("id")),
                )

    def _lint(self, findings: list) -> None:
        errors = sum(1 for f in findings if f.get("level") == "error")
        sec = self._section(
            "lint",
            self.tr("Lint ({count})").format(count=len(findings)),
            self.tr("%Ln error(s)", None, errors) if errors else "",
        )
        colours = {"error": style.SEVERITY_COLOUR[4], "warning": style.SEVERITY_COLOUR[2]}
        rules: dict[str, list] = {}
        for f in findings:
            rules.setdefault(f.get("rule") or "other", []).append(f)
        for rule, items in rules.items():
            level = items[0].get("level") or ""
            group = self._node(
                sec,
                f"lint/{rule}",
                self.tr("{rule} ({count})").format(rule=rule_title(rule), count=len(items)),
                level_label(level),
            )
            if level in colours:
                group.setForeground(1, QBrush(QColor(colours[level])))

            def make(parent, key, f):
                self._node(
                    parent,
                    key,
                    f.get("title") or self.tr("(untitled)"),
                    words.lint_message(f),
                    f.get("id"),
                    words.lint_message(f),
                )

            self._entries(group, f"lint/{rule}", items, make)

    # ------------------------------------------------------------ choosing
    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = item.data(0, ID_ROLE)
        if item_id and item_id in self.document:
            self.itemChosen.emit(item_id)

    def find_items(self, text: str) -> list[QTreeWidgetItem]:
        """Tree items whose first column contains ``text`` (for tests)."""
        out = []

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                if text in child.text(0):
                    out.append(child)
                walk(child)

        walk(self.tree.invisibleRootItem())
        return out
