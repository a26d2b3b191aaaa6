"""Random edits through the real commands on a real QUndoStack (hypothesis
stateful test): add, move, link, delete, edit fields, add friction, reorder,
failing edits, undo, redo, save and load.

After every step the document's invariants hold; save then load gives an equal
document; undoing everything gives back the starting graph exactly; the recovery
snapshot's cached text stays equal to ``dumps``."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from journeydesk_testkit import assert_consistent, build_sample
from networkx.utils import graphs_equal
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from journeydesk.commands import AddItem, MoveTouchpoints, RemoveItems, Reorder, SetFields, SetMeta, push
from journeydesk.io import dumps, load, load_text, save
from journeydesk.io.snapshot import SnapshotText
from journeydesk.model import FieldError

TITLES = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=12)
NOTES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x07\x1b"), max_size=20)


class EditMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.app = QCoreApplication.instance() or QCoreApplication([])
        self.doc = build_sample()
        self.stack = QUndoStack()
        self.start_text = dumps(self.doc)
        self.start_graph = load_text(self.start_text).graph
        self.folder = Path(tempfile.mkdtemp(prefix="journeydesk-machine-"))
        self.failed_edits = 0
        self.snapshot = SnapshotText(self.doc)  # the recovery snapshot's cached text

    def teardown(self) -> None:
        while self.stack.canUndo():
            self.stack.undo()
        assert dumps(self.doc) == self.start_text
        assert graphs_equal(self.doc.graph, self.start_graph)
        assert_consistent(self.doc)
        self.stack.clear()
        for p in self.folder.iterdir():
            p.unlink()
        self.folder.rmdir()

    def _push(self, command) -> None:
        before = (dumps(self.doc), self.stack.count(), self.stack.index())
        try:
            push(self.stack, command)
        except (FieldError, KeyError, ValueError):  # a failed edit leaves everything as it was
            assert (dumps(self.doc), self.stack.count(), self.stack.index()) == before
            self.failed_edits += 1

    def _pick(self, data, kind: str):
        ids = list(self.doc.items(kind))
        return data.draw(st.sampled_from(ids)) if ids else None

    # ------------------------------------------------------------ edits
    @rule(data=st.data(), title=TITLES)
    def add_touchpoint(self, data, title):
        stage, lane = self._pick(data, "stage"), self._pick(data, "lane")
        if stage and lane:
            self._push(AddItem(self.doc, "touchpoint", {"title": title, "stage": stage, "lane": lane}))

    @rule(name=TITLES, kind=st.sampled_from(["stage", "lane", "persona", "channel"]))
    def add_ordered(self, name, kind):
        self._push(AddItem(self.doc, kind, {"name": name}))

    @rule(data=st.data())
    def move(self, data):
        tp, stage, lane = self._pick(data, "touchpoint"), self._pick(data, "stage"), self._pick(data, "lane")
        if tp and stage and lane:
            index = data.draw(st.none() | st.integers(0, 5))
            self._push(MoveTouchpoints(self.doc, [(tp, stage, lane, index)]))

    @rule(data=st.data(), label=TITLES)
    def link(self, data, label):
        a, b = self._pick(data, "touchpoint"), self._pick(data, "touchpoint")
        if a and b:  # a == b fails: the stack must stay as it was
            self._push(AddItem(self.doc, "link", {"source": a, "target": b, "label": label}))

    @rule(data=st.data())
    def delete(self, data):
        kind = data.draw(
            st.sampled_from(
                ["touchpoint", "link", "friction", "comment", "stage", "lane", "persona", "channel"]
            )
        )
        item = self._pick(data, kind)
        if item:
            self._push(RemoveItems(self.doc, [item]))

    @rule(data=st.data(), title=TITLES, notes=NOTES, csat=st.none() | st.floats(-10, 110))
    def edit_touchpoint(self, data, title, notes, csat):
        tp = self._pick(data, "touchpoint")
        if tp:
            metrics = {} if csat is None else {"csat": csat}  # out of range fails
            self._push(SetFields(self.doc, tp, {"title": title, "notes": notes, "metrics": metrics}))

    @rule(data=st.data(), title=TITLES, severity=st.integers(0, 5))
    def add_friction(self, data, title, severity):
        target = self._pick(data, data.draw(st.sampled_from(["touchpoint", "link"])))
        if target:
            self._push(
                AddItem(self.doc, "friction", {"target": target, "title": title, "severity": severity})
            )

    @rule(data=st.data(), text=NOTES)
    def comment(self, data, text):
        kind = data.draw(st.sampled_from(["touchpoint", "friction", "stage", None]))
        target = None if kind is None else self._pick(data, kind)
        if kind is None or target:  # an empty text fails
            self._push(AddItem(self.doc, "comment", {"target": target, "text": text, "author": "Dewi"}))

    @rule(data=st.data())
    def resolve_comment(self, data):
        comment = self._pick(data, "comment")
        if comment:
            self._push(SetFields(self.doc, comment, {"resolved": not self.doc.get(comment)["resolved"]}))

    @rule(data=st.data(), index=st.integers(0, 6))
    def reorder(self, data, index):
        item = self._pick(data, data.draw(st.sampled_from(["stage", "lane", "persona"])))
        if item:
            self._push(Reorder(self.doc, item, index))

    @rule(title=TITLES)
    def edit_map_title(self, title):
        self._push(SetMeta(self.doc, {"title": title}))

    # ------------------------------------------------------------ history and files
    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self):
        self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self):
        self.stack.redo()

    @rule()
    def save_and_load(self):
        path = self.folder / "map.journey.json"
        save(self.doc, path)
        again = load(path)
        assert dumps(again) == dumps(self.doc)
        assert graphs_equal(again.graph, self.doc.graph)

    @invariant()
    def consistent(self):
        assert_consistent(self.doc)

    @invariant()
    def snapshot_is_the_canonical_text(self):
        assert self.snapshot.text() == dumps(self.doc)


TestEditMachine = EditMachine.TestCase
TestEditMachine.settings = settings(
    max_examples=30,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp
