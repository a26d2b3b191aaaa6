"""One inspector page per item kind. Every edit is an undo command."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QColorDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...commands import AddItem, FieldEdit, MetaEdit, MoveTouchpoints, SetFields, push_macro
from ...i18n.formats import number
from ...model import JourneyDocument
from ...model import fields as F
from ...model import labels as L
from ...model import vocabulary as V
from ...model.fields import FieldError
from ...model.wording import counted
from .fields import (
    CAPTION_STYLE,
    UNSET,
    CheckField,
    ChecklistField,
    ChoiceField,
    ColourField,
    EditableChoiceField,
    EmotionField,
    Field,
    LineField,
    NumberField,
    TextField,
    plain_message,
    swatch,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

NEW_CHANNEL = "\x00new-channel"


def _title(doc: JourneyDocument, item: str | None) -> str:
    if item is None or item not in doc:
        return ""
    if doc.kind_of(item) == "link":
        data = doc.get(item)
        if data["label"].strip():
            return data["label"]
        return f"{_title(doc, data['source'])} → {_title(doc, data['target'])}"
    attrs = doc.graph.nodes[item]
    return attrs.get("title", attrs.get("name", ""))


def item_title(doc: JourneyDocument, item: str | None) -> str:
    return _title(doc, item) or translate("Inspector", "(untitled)")


class Page(QWidget):
    """A form for one item kind. ``fields`` map a key to a Field; by default a
    field's key is the document field it edits."""

    kind = ""
    heading = ""
    navigate = Signal(str)  # show this item (a friction's card, a link's end)

    def __init__(self, inspector) -> None:
        super().__init__()
        self.inspector = inspector
        self.item_id: str | None = None
        self.fields: dict[str, Field] = {}
        self.setObjectName(f"{self.kind or 'map'}Page")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 10)
        self.layout_.setSpacing(8)
        self.build()
        self.layout_.addStretch(1)

    # -- plumbing
    @property
    def doc(self) -> JourneyDocument:
        return self.inspector.document

    def push(self, command: QUndoCommand) -> None:
        self.inspector.undo_stack.push(command)

    def add(self, field: Field) -> Field:
        self.fields[field.key] = field
        field.add_to(self.layout_)
        return field

    def section(self, text: str) -> None:
        label = QLabel(text.upper())
        label.setStyleSheet(
            "color: #7B8794; font-size: 10px; font-weight: 700; letter-spacing: 1px; margin-top: 6px;"
        )
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #E4E7EB;")
        self.layout_.addWidget(label)
        self.layout_.addWidget(line)

    def build(self) -> None:
        raise NotImplementedError

    # -- showing
    def show_item(self, item_id: str | None) -> None:
        if item_id != self.item_id:
            for f in self.fields.values():
                f.clear_error()
                f.value = UNSET  # force the next load to write
                f.seal()
        self.item_id = item_id
        self.refresh_choices()
        self.load()

    def data(self) -> dict[str, Any]:
        return self.doc.get(self.item_id)

    def load(self) -> None:
        if self.item_id is None or self.item_id not in self.doc:
            return
        data = self.data()
        for key, f in self.fields.items():
            f.load(self.value_of(key, data))

    def value_of(self, key: str, data: dict[str, Any]) -> Any:
        return data.get(key)

    def refresh_choices(self) -> None:
        """Rebuild combo boxes that list other items (stages, personas...)."""

    # -- editing
    def values_for(self, field: Field, value: Any) -> dict[str, Any]:
        """The document fields an edit of ``field`` sets."""
        return {field.key: value}

    def check(self, values: dict[str, Any]) -> dict[str, Any]:
        """The document's own check (``JourneyDocument.check``)."""
        return self.doc.check(self.kind, values)

    def edit(self, field: Field, value: Any) -> None:
        if self.item_id is None or self.item_id not in self.doc:
            return
        try:
            values = self.check(self.values_for(field, value))
        except FieldError as exc:
            field.show_error(plain_message(exc, next(iter(self.values_for_keys(field)), "")))
            return
        field.clear_error()
        current = self.data()
        if all(current.get(k) == v for k, v in values.items()):
            return
        text = translate("Inspector", "Edit {field}").format(field=field.caption.text().lower() or field.key)
        if field.merge:
            self.push(FieldEdit(self.doc, self.item_id, values, f"{self.item_id}:{field.tag}", text))
        else:
            self.push(SetFields(self.doc, self.item_id, values, text))

    def values_for_keys(self, field: Field) -> list[str]:
        try:
            return list(self.values_for(field, None))
        except Exception:  # noqa: BLE001 - only used to name the field in a message
            return [field.key]

    # -- asking (tests replace these)
    def pick_colour(self, current: str) -> str | None:
        colour = QColorDialog.getColor(current, self, translate("Inspector", "Choose a colour"))
        return colour.name().upper() if colour.isValid() else None

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok and text.strip() else None


# ---------------------------------------------------------------------- map
class MapPage(Page):
    kind = ""
    heading = QT_TRANSLATE_NOOP("Inspector", "Map")

    def build(self) -> None:
        self.add(LineField(self, "title", translate("Inspector", "Title")))
        self.add(TextField(self, "description", translate("Inspector", "Description"), height=90))
        self.add(
            LineField(
                self,
                "language",
                translate("Inspector", "Language"),
                placeholder=translate("MapPage", "en, id, ms…"),
            )
        )
        self.stats = QLabel()
        self.stats.setObjectName("mapStats")
        self.stats.setStyleSheet("color: #52606D;")
        self.stats.setWordWrap(True)
        self.section(translate("Inspector", "Contents"))
        self.layout_.addWidget(self.stats)

    def data(self) -> dict[str, Any]:
        return self.doc.meta

    def load(self) -> None:
        data = self.doc.meta
        for key, f in self.fields.items():
            f.load(data[key])
        self.load_stats()

    def load_stats(self) -> None:
        doc = self.doc
        frictions = doc.frictions()
        open_ = sum(1 for f in frictions if doc.graph.nodes[f]["status"] != "resolved")
        rows = [
            (translate("Inspector", "Personas"), number(doc.count("persona"))),
            (translate("Inspector", "Stages"), number(doc.count("stage"))),
            (translate("Inspector", "Lanes"), number(doc.count("lane"))),
            (translate("Inspector", "Touchpoints"), number(doc.count("touchpoint"))),
            (translate("Inspector", "Links"), number(doc.count("link"))),
            (
                translate("Inspector", "Frictions"),
                translate("Inspector", "{count} ({open} open)").format(
                    count=number(len(frictions)), open=number(open_)
                ),
            ),
        ]
        self.stats.setText("<br>".join(f"{html.escape(k)}: <b>{v}</b>" for k, v in rows))

    def show_item(self, item_id: str | None) -> None:
        self.item_id = None
        self.load()

    def edit(self, field: Field, value: Any) -> None:
        try:
            self.doc.check_meta({field.key: value})
        except FieldError as exc:
            field.show_error(plain_message(exc, field.key))
            return
        field.clear_error()
        if self.doc.meta[field.key] == value:
            return
        self.push(MetaEdit(self.doc, {field.key: value}, f"meta:{field.tag}"))


# ---------------------------------------------------------------------- touchpoint
class TouchpointPage(Page):
    kind = "touchpoint"
    heading = QT_TRANSLATE_NOOP("Inspector", "Touchpoint")

    def build(self) -> None:
        self.add(LineField(self, "title", translate("Inspector", "Title")))
        self.add(TextField(self, "description", translate("Inspector", "Description")))
        self.section(translate("Inspector", "Place"))
        self.add(ChoiceField(self, "stage", translate("Inspector", "Stage")))
        self.add(ChoiceField(self, "lane", translate("Inspector", "Lane")))
        self.add(ChoiceField(self, "channel", translate("Inspector", "Channel")))
        self.add(
            LineField(
                self,
                "owner",
                translate("Inspector", "Owner"),
                placeholder=translate("TouchpointPage", "Marketing, Sales, Support…"),
                completions=self._owners,
            )
        )
        self.section(translate("Inspector", "Personas"))
        personas = ChecklistField(self, "personas", "")  # under its section's heading
        personas.widget.setAccessibleName(translate("Inspector", "Personas"))
        self.add(personas)
        self.section(translate("Inspector", "Metrics"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for i, (key, (_, lo, hi, integer)) in enumerate(V.METRICS.items()):
            label = L.metric_label(key)
            f = NumberField(self, f"metric_{key}", label, integer=integer)
            f.widget.setToolTip(
                translate("Inspector", "{label}: {low} to {high}").format(
                    label=label, low=f"{lo:g}", high=f"{hi:g}"
                )
                if hi is not None
                else translate("Inspector", "{label}: {low} or more").format(label=label, low=f"{lo:g}")
            )
            self.fields[f.key] = f
            row, col = divmod(i, 2)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(f.caption)
            box.addWidget(f.widget)
            box.addWidget(f.error)
            grid.addLayout(box, row, col, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(grid)
        self.section(translate("Inspector", "Emotion per persona"))
        self.emotion_holder = QVBoxLayout()
        self.emotion_holder.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.emotion_holder)
        self.emotion_widget: QWidget | None = None
        self.emotion_personas: tuple[str, ...] | None = None
        self.section(translate("Inspector", "Evidence"))
        self.add(
            ChoiceField(
                self,
                "evidence",
                translate("Inspector", "Evidence status"),
                [(v, L.evidence_label(v)) for v in V.EVIDENCE_STATUSES],
            )
        )
        mot = self.add(CheckField(self, "moment_of_truth", translate("Inspector", "Moment of truth")))
        mot.widget.setToolTip(
            translate("TouchpointPage", "A moment that decides whether the customer buys or comes back")
        )
        self.add(TextField(self, "notes", translate("Inspector", "Notes")))

    def _owners(self) -> list[str]:
        nodes = self.doc.graph.nodes
        return [nodes[t]["owner"] for t in self.doc.touchpoints() if nodes[t]["owner"]]

    def refresh_choices(self) -> None:
        doc = self.doc
        nodes = doc.graph.nodes
        self.fields["stage"].set_options(
            [(s, nodes[s]["name"] or translate("Inspector", "(unnamed stage)")) for s in doc.stages()]
        )
        self.fields["lane"].set_options(
            [(la, nodes[la]["name"] or translate("Inspector", "(unnamed lane)")) for la in doc.lanes()]
        )
        channels = [(None, translate("Inspector", "(no channel)"))]
        channels += [(c, nodes[c]["name"] or translate("Inspector", "(unnamed)")) for c in doc.channels()]
        channels.append((NEW_CHANNEL, translate("Inspector", "New channel…")))
        self.fields["channel"].set_options(channels)
        personas = [
            (p, nodes[p]["name"] or translate("Inspector", "(unnamed persona)"), nodes[p]["colour"])
            for p in doc.personas()
        ]
        self.fields["personas"].set_options(personas)
        self.fields["owner"].refresh_completions()
        self._rebuild_emotions(personas)

    def _rebuild_emotions(self, personas) -> None:
        ids = tuple(p for p, _, _ in personas)
        if ids == self.emotion_personas:
            for p, name, _ in personas:
                self.fields[f"emotion_{p}"].caption.setText(name)
            return
        for p in self.emotion_personas or ():
            self.fields.pop(f"emotion_{p}", None)
        if self.emotion_widget is not None:
            self.emotion_widget.setParent(None)
            self.emotion_widget.deleteLater()
        self.emotion_personas = ids
        holder = QWidget()
        holder.setObjectName("emotions")
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if not ids:
            hint = QLabel(translate("TouchpointPage", "Add personas to record their emotion here."))
            hint.setStyleSheet("color: #9AA5B1;")
            box.addWidget(hint)
        for p, name, colour in personas:
            f = EmotionField(self, f"emotion_{p}", name)
            f.setParent(holder)
            f.caption.setToolTip(
                translate("Inspector", "Emotion of {persona} at this touchpoint (-3 … +3)").format(
                    persona=name
                )
            )
            self.fields[f.key] = f
            f.add_to(box)
        self.emotion_holder.addWidget(holder)
        self.emotion_widget = holder

    def value_of(self, key: str, data: dict[str, Any]) -> Any:
        if key.startswith("metric_"):
            return data["metrics"].get(key[7:])
        if key.startswith("emotion_"):
            return data["emotions"].get(key[8:])
        return data.get(key)

    def values_for(self, field: Field, value: Any) -> dict[str, Any]:
        key = field.key
        if key.startswith("metric_"):
            metrics = dict(self.data()["metrics"]) if self.item_id in self.doc else {}
            if value is None:
                metrics.pop(key[7:], None)
            else:
                metrics[key[7:]] = value
            return {"metrics": metrics}
        if key.startswith("emotion_"):
            emotions = dict(self.data()["emotions"]) if self.item_id in self.doc else {}
            if value is None:
                emotions.pop(key[8:], None)
            else:
                emotions[key[8:]] = value
            return {"emotions": emotions}
        return {key: value}

    def edit(self, field: Field, value: Any) -> None:
        if self.item_id is None or self.item_id not in self.doc:
            return
        if field.key in ("stage", "lane"):
            data = self.data()
            stage = value if field.key == "stage" else data["stage"]
            lane = value if field.key == "lane" else data["lane"]
            if (stage, lane) != (data["stage"], data["lane"]) and stage in self.doc and lane in self.doc:
                self.push(
                    MoveTouchpoints(
                        self.doc,
                        [(self.item_id, stage, lane, None)],
                        translate("Inspector", "Move card to another stage")
                        if field.key == "stage"
                        else translate("Inspector", "Move card to another lane"),
                    )
                )
            return
        if field.key == "channel" and value == NEW_CHANNEL:
            name = self.ask_text(
                translate("Inspector", "New channel"), translate("Inspector", "Channel name:")
            )
            if name is None:
                field.value = UNSET
                self.load()
                return
            try:
                name = F.check("channel", "name", name.strip())
            except FieldError as exc:
                field.show_error(plain_message(exc, "name"))
                return
            add = AddItem(self.doc, "channel", {"name": name})
            set_channel = SetFields(
                self.doc, self.item_id, {"channel": add.item_id}, translate("Inspector", "Set channel")
            )
            try:
                push_macro(
                    self.inspector.undo_stack, translate("Inspector", "Add channel"), [add, set_channel]
                )
            except FieldError as exc:
                field.show_error(plain_message(exc, "channel"))
            return
        super().edit(field, value)


# ---------------------------------------------------------------------- others
class PersonaPage(Page):
    kind = "persona"
    heading = QT_TRANSLATE_NOOP("Inspector", "Persona")

    def build(self) -> None:
        self.add(LineField(self, "name", translate("Inspector", "Name")))
        self.add(
            LineField(
                self,
                "role",
                translate("Inspector", "Role"),
                placeholder=translate("PersonaPage", "Student, small business owner…"),
            )
        )
        self.add(ColourField(self, "colour", translate("Inspector", "Colour")))
        self.add(TextField(self, "goals", translate("Inspector", "Goals (one per line)"), lines=True))
        self.add(TextField(self, "needs", translate("Inspector", "Needs (one per line)"), lines=True))
        self.add(
            TextField(self, "frustrations", translate("Inspector", "Frustrations (one per line)"), lines=True)
        )
        self.add(
            TextField(
                self,
                "quote",
                translate("Inspector", "Quote"),
                placeholder=translate("PersonaPage", "“In their own words…”"),
            )
        )
        self.add(TextField(self, "notes", translate("Inspector", "Notes")))


class StagePage(Page):
    kind = "stage"
    heading = QT_TRANSLATE_NOOP("Inspector", "Stage")

    def build(self) -> None:
        self.add(LineField(self, "name", translate("Inspector", "Name")))
        self.add(TextField(self, "description", translate("Inspector", "Description")))
        self.add(TextField(self, "notes", translate("Inspector", "Notes")))


class LanePage(Page):
    kind = "lane"
    heading = QT_TRANSLATE_NOOP("Inspector", "Lane")

    def build(self) -> None:
        self.add(LineField(self, "name", translate("Inspector", "Name")))
        self.add(
            ChoiceField(
                self,
                "kind",
                translate("Inspector", "Kind"),
                [(k, L.lane_kind_label(k)) for k in V.LANE_KINDS],
            )
        )


class ChannelPage(Page):
    kind = "channel"
    heading = QT_TRANSLATE_NOOP("Inspector", "Channel")

    def build(self) -> None:
        self.add(LineField(self, "name", translate("Inspector", "Name")))


class _Ends(QWidget):
    """'On: Checkout [Show]' — a reference to another item, with a button to go there."""

    def __init__(self, page: Page, caption: str, object_name: str) -> None:
        super().__init__()
        self.page = page
        self.target: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        cap = QLabel(caption)
        cap.setStyleSheet(CAPTION_STYLE)
        self.label = QLabel()
        self.label.setObjectName(object_name)
        self.label.setWordWrap(True)
        self.button = QPushButton(translate("Inspector", "Show"))
        self.button.setObjectName(object_name + "Show")
        self.button.setFixedWidth(56)
        self.button.clicked.connect(lambda: self.target and page.navigate.emit(self.target))
        row.addWidget(cap)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    def set(self, target: str | None, text: str) -> None:
        self.target = target
        self.label.setText(text)
        self.button.setEnabled(target is not None)


class LinkPage(Page):
    kind = "link"
    heading = QT_TRANSLATE_NOOP("Inspector", "Link")

    def build(self) -> None:
        self.ends = _Ends(self, translate("Inspector", "From"), "linkEnds")
        self.layout_.addWidget(self.ends)
        self.add(LineField(self, "label", translate("Inspector", "Label")))
        self.add(ChoiceField(self, "persona", translate("Inspector", "Persona")))

    def refresh_choices(self) -> None:
        nodes = self.doc.graph.nodes
        personas = list(self.doc.personas())
        self.fields["persona"].set_options(
            [(None, translate("Inspector", "Everyone"))]
            + [(p, nodes[p]["name"] or translate("Inspector", "(unnamed)")) for p in personas],
            [None] + [swatch(nodes[p]["colour"]) for p in personas],
        )

    def load(self) -> None:
        super().load()
        if self.item_id in self.doc:
            d = self.data()
            self.ends.set(
                d["source"], f"{item_title(self.doc, d['source'])} → {item_title(self.doc, d['target'])}"
            )


class FrictionPage(Page):
    kind = "friction"
    heading = QT_TRANSLATE_NOOP("Inspector", "Friction")

    def build(self) -> None:
        self.on = _Ends(self, translate("Inspector", "On"), "frictionTarget")
        self.layout_.addWidget(self.on)
        self.add(LineField(self, "title", translate("Inspector", "What happens")))
        self.add(TextField(self, "description", translate("Inspector", "Description")))
        self.add(
            ChoiceField(
                self,
                "severity",
                translate("Inspector", "Severity"),
                [(s, L.severity_choice(s)) for s in range(V.SEVERITY_MIN, V.SEVERITY_MAX + 1)],
            )
        )
        self.add(
            EditableChoiceField(
                self,
                "category",
                translate("Inspector", "Category (or type your own)"),
                [(c, L.category_label(c)) for c in V.FRICTION_CATEGORIES],
            )
        )
        self.add(
            ChoiceField(
                self,
                "status",
                translate("Inspector", "Status"),
                [(s, L.status_label(s)) for s in V.FRICTION_STATUSES],
            )
        )
        self.add(LineField(self, "owner", translate("Inspector", "Owner")))
        self.add(TextField(self, "opportunity", translate("Inspector", "Opportunity (the fix)")))
        self.section(translate("Inspector", "Evidence"))
        self.add(
            TextField(
                self,
                "evidence_quote",
                translate("Inspector", "Quote"),
                placeholder=translate("FrictionPage", "“What the customer said…”"),
            )
        )
        self.add(
            LineField(
                self,
                "evidence_source",
                translate("Inspector", "Source"),
                placeholder=translate("FrictionPage", "Interview, ticket system, survey…"),
            )
        )
        self.add(
            NumberField(
                self,
                "evidence_count",
                translate("Inspector", "Count"),
                integer=True,
                placeholder=translate("FrictionPage", "how many (tickets, answers…)"),
            )
        )
        self.add(
            ChoiceField(
                self,
                "evidence_status",
                translate("Inspector", "Evidence status"),
                [(v, L.evidence_label(v)) for v in V.EVIDENCE_STATUSES],
            )
        )

    def value_of(self, key: str, data: dict[str, Any]) -> Any:
        if key.startswith("evidence_") and key != "evidence_status":
            return data["evidence"][key[9:]]
        return data.get(key)

    def values_for(self, field: Field, value: Any) -> dict[str, Any]:
        key = field.key
        if key.startswith("evidence_") and key != "evidence_status":
            ev = dict(self.data()["evidence"]) if self.item_id in self.doc else {}
            ev[key[9:]] = value
            return {"evidence": ev}
        return {key: value}

    def edit(self, field: Field, value: Any) -> None:
        if field.key == "evidence_count" and isinstance(value, float):
            field.show_error(translate("Inspector", "Count must be a whole number of 0 or more"))
            return
        super().edit(field, value)

    def load(self) -> None:
        super().load()
        if self.item_id in self.doc:
            target = self.data()["target"]
            title = item_title(self.doc, target)
            text = (
                translate("Inspector", "{title} (link)")
                if self.doc.kind_of(target) == "link"
                else translate("Inspector", "{title} (touchpoint)")
            )
            self.on.set(target, text.format(title=title))


class MultiPage(QWidget):
    """Several items selected: what they are."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("multiPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        self.label = QLabel()
        self.label.setObjectName("multiSummary")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #52606D;")
        layout.addWidget(self.label)
        layout.addStretch(1)

    def show_ids(self, doc: JourneyDocument, ids: list[str]) -> None:
        parts = [html.escape(counted(k, n)) for k, n in doc.kind_counts(ids).items()]
        head = self.tr("%Ln item(s) selected", None, len(ids))
        self.label.setText(f"<b>{html.escape(head)}</b><br>" + "<br>".join(parts))


PAGES = (MapPage, TouchpointPage, PersonaPage, StagePage, LanePage, ChannelPage, LinkPage, FrictionPage)
