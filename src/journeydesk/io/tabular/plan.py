"""The import planner: items go into a scratch document through the model's
checked ``add_*`` methods (so every value is checked once, by the model) and are
recorded as a plan of ``(kind, values)`` that ``commands.AddItem`` can replay into
an open map as one undo step.

Names are matched folded ('Tahap 1' finds 'tahap 1'); stages, lanes, channels and
personas are made in the order they are first seen. A row that fails is rolled
back whole, so a bad row adds nothing (not even the stage it named).
"""

from __future__ import annotations

from typing import Any

from ...i18n import translate, use_language
from ...model import JourneyDocument, new_id
from ...model.document import ORDERED_KINDS
from .values import fold

# Lane names that say what kind of lane it is (folded; English, Indonesian, Malay).
_LANE_KINDS = {
    "touchpoints": "touchpoints;touchpoint;touch points;titik sentuh;titik kontak;titik sentuhan;titik interaksi",
    "actions": "actions;customer actions;customer action;what the customer does;tindakan;tindakan pelanggan;"
    "aksi pelanggan;aktivitas pelanggan;aktiviti pelanggan",
    "thoughts": "thoughts;customer thoughts;thinking;pikiran;pemikiran;fikiran;apa yang dipikirkan",
    "emotions": "emotions;feelings;emotion;emosi;perasaan",
    "pain_points": "pain points;pain point;frictions;hambatan;titik kesakitan;titik gesekan;masalah",
    "opportunities": "opportunities;opportunity;ideas;peluang;kesempatan;cadangan penambahbaikan",
    "frontstage": "frontstage;front stage;frontstage actions;front office;staff actions;garis depan;"
    "tindakan staf;barisan hadapan;tindakan kakitangan",
    "backstage": "backstage;back stage;backstage actions;back office;belakang layar;di belakang tabir;"
    "proses belakang",
    "support_processes": "support processes;support process;supporting processes;systems;proses pendukung;"
    "sistem pendukung;proses sokongan;sistem sokongan",
}
LANE_KIND_OF = {fold(w): kind for kind, words in _LANE_KINDS.items() for w in words.split(";")}


def lane_kind(name: str) -> str:
    """'Backstage' -> 'backstage', 'Tindakan pelanggan' -> 'actions'; else 'touchpoints'."""
    return LANE_KIND_OF.get(fold(name), "touchpoints")


class Planner:
    """Builds the imported items in a scratch document and records the plan.

    With ``into`` (the open map), the scratch document starts with copies of its
    personas, stages, lanes and channels (same ids), so names match the map's and
    the plan refers to them; touchpoints are appended to the end of their cells."""

    def __init__(self, into: JourneyDocument | None, title: str, language: str) -> None:
        self.into = into
        self.doc = JourneyDocument(title, language)
        self.plan: list[tuple[str, dict[str, Any]]] = []
        self.names: dict[str, dict[str, str]] = {k: {} for k in ORDERED_KINDS}
        self._keys: list[tuple[str, str]] = []  # (kind, key) per plan entry, for rollback
        if into is not None:
            self._copy_containers(into)

    def _copy_containers(self, into: JourneyDocument) -> None:
        g = into.graph
        for kind in ORDERED_KINDS:
            for item in into.items(kind):
                a = g.nodes[item]
                if kind == "persona":
                    self.doc.add_persona(a["name"], id=item, colour=a["colour"])
                elif kind == "lane":
                    self.doc.add_lane(a["name"], a["kind"], id=item)
                else:
                    getattr(self.doc, f"add_{kind}")(a["name"], id=item)
                self.names[kind].setdefault(fold(a["name"]) or a["name"], item)

    # ---------------------------------------------------------------- adding
    def taken(self, item_id: str) -> bool:
        return item_id in self.doc or (self.into is not None and item_id in self.into)

    def fresh(self, kind: str) -> str:
        item = new_id(kind)
        while self.taken(item):
            item = new_id(kind)
        return item

    def add(self, kind: str, values: dict[str, Any], key: str = "") -> str:
        """Add through the model's ``add_<kind>`` (raises ``FieldError``) and plan it."""
        values = dict(values)
        if "id" not in values:
            values["id"] = self.fresh(kind)
        getattr(self.doc, f"add_{kind}")(**values)
        self.plan.append((kind, values))
        self._keys.append((kind, key))
        if key:
            self.names[kind][key] = values["id"]
        return values["id"]

    def find(self, kind: str, name: str) -> str | None:
        return self.names[kind].get(fold(name) or name.strip())

    def ensure(self, kind: str, name: str) -> str:
        """The stage, lane, channel or persona of this name, made if new."""
        name = name.strip()
        found = self.find(kind, name)
        if found is not None:
            return found
        values: dict[str, Any] = {"name": name}
        if kind == "lane":
            values["kind"] = lane_kind(name)
        return self.add(kind, values, fold(name) or name)

    def first_persona(self) -> str:
        """The map's first persona (for an emotion given without one), made if none."""
        people = self.doc.personas()
        if people:
            return people[0]
        with use_language(self.doc.meta["language"]):  # a name in the map, in its language
            name = translate("import", "Customer")
        return self.ensure("persona", name)

    # ---------------------------------------------------------------- rows
    def mark(self) -> int:
        return len(self.plan)

    def rollback(self, mark: int) -> None:
        """Take out everything added since ``mark`` (a row that failed)."""
        for (kind, values), (_, key) in zip(reversed(self.plan[mark:]), reversed(self._keys[mark:])):
            if values["id"] in self.doc:
                self.doc.remove(values["id"])
            if key and self.names[kind].get(key) == values["id"]:
                del self.names[kind][key]
        del self.plan[mark:]
        del self._keys[mark:]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for kind, _ in self.plan:
            out[kind] = out.get(kind, 0) + 1
        return out
