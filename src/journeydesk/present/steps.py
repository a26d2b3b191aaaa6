"""What the steps of a presentation are: one copy for the presentation window
and the slide deck.

Three tours, each a list of ``Step``:

- the main tour: the title and overview, then each stage in order (a stage too
  big to show readably whole comes in parts, see ``framing``);
- a persona's walk-through: the persona, then each touchpoint of its path in
  the order the analysis walks it (``analysis.paths``: the same path
  ``journeydesk analyze`` reports), with its emotion there and the frictions it
  meets (on the card, or on the link that brought it there);
- the friction tour: the analysis's hotspots, worst first, each with its reason.

A step says what it frames (``focus``, layout units) and at which zoom
(screen units per layout unit) on the ``Screen`` it was planned for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..analysis import MapView, hotspots
from ..analysis.paths import persona_path
from ..i18n import translate
from ..layout import MapLayout, Rect
from ..layout.marks import badge_spot
from ..model import JourneyDocument
from ..model.wording import counted
from . import notes as N
from . import wording as W
from .framing import Screen, Screens, fit_zoom, focus_zoom, stage_cuts, stage_rect, windows

OVERVIEW, STAGE, PERSONA, TOUCHPOINT, HOTSPOT, EMPTY = (
    "overview",
    "stage",
    "persona",
    "touchpoint",
    "hotspot",
    "empty",
)
MAIN, WALK, FRICTIONS = "main", "persona", "frictions"


@dataclass(frozen=True)
class Step:
    kind: str  # OVERVIEW, STAGE, PERSONA (a walk-through's start), TOUCHPOINT, HOTSPOT, EMPTY
    key: str  # stable while the map is edited: "stage:<id>:<part>", "touchpoint:<persona>:<id>"...
    title: str
    focus: Rect  # what the step frames (layout units)
    zoom: float  # screen units per layout unit
    subtitle: str = ""
    progress: str = ""  # "Stage 3 of 6", "Step 4 of 12"
    stage: str | None = None
    part: int = 1  # of a stage shown in parts
    parts: int = 1
    number: int = 0  # the stage's number, the step's or hotspot's place
    total: int = 0
    item: str | None = None  # the touchpoint or link the step is about
    persona: str | None = None
    emotion: int | None = None
    frictions: tuple[str, ...] = ()  # met here, most severe first
    reason: str = ""  # a hotspot's, in words
    score: float = 0.0
    notes: str = ""

    @property
    def centre(self) -> tuple[float, float]:
        return self.focus.cx, self.focus.cy


@dataclass(frozen=True)
class Tour:
    kind: str  # MAIN, WALK, FRICTIONS
    steps: tuple[Step, ...]
    persona: str | None = None
    path: tuple[str, ...] = ()  # a walk-through's touchpoints, in walking order

    def index_of(self, key: str) -> int | None:
        return next((i for i, s in enumerate(self.steps) if s.key == key), None)

    def stage_start(self, number: int) -> int | None:
        """Where stage ``number`` (1-based) starts in the main tour."""
        return next((i for i, s in enumerate(self.steps) if s.kind == STAGE and s.number == number), None)

    @property
    def stage_count(self) -> int:
        return max((s.total for s in self.steps if s.kind == STAGE), default=0)


def _name(doc: JourneyDocument, item: str | None, fallback: str) -> str:
    if item is None or item not in doc:
        return fallback
    a = doc.graph.nodes[item]
    return (a.get("title") if "title" in a else a.get("name", "")) or fallback


def _map_title(doc: JourneyDocument) -> str:
    return doc.meta["title"].strip() or translate("present", "Untitled journey")


def _whole(layout: MapLayout) -> Rect:
    return Rect(0.0, 0.0, layout.width, layout.height)


def overview_step(doc: JourneyDocument, layout: MapLayout, screen: Screen) -> Step:
    bits = [counted("stage", len(layout.stage_headers)), counted("touchpoint", len(layout.cards))]
    if doc.count("persona"):
        bits.append(counted("persona", doc.count("persona")))
    n_fr = doc.count("friction")
    if n_fr:
        bits.append(counted("friction", n_fr))
    whole = _whole(layout)
    return Step(
        OVERVIEW,
        "overview",
        _map_title(doc),
        whole,
        fit_zoom(whole, screen),
        subtitle=" \u00b7 ".join(bits),
        progress=W.overview_progress(),
        notes=N.overview_notes(doc),
    )


def stage_cards(doc: JourneyDocument, layout: MapLayout, stage: str) -> list[str]:
    """A stage's touchpoints that the layout places, lane by lane."""
    return [tp for lane in doc.lanes() for tp in doc.cell(stage, lane) if tp in layout.cards]


def stage_steps(
    doc: JourneyDocument, layout: MapLayout, stage: str, number: int, total: int, screen: Screen
) -> list[Step]:
    """One stage, whole or in parts."""
    rect = stage_rect(layout, stage)
    tps = stage_cards(doc, layout, stage)
    ys, xs = stage_cuts(layout, stage, [layout.cards[tp] for tp in tps])
    parts = windows(rect, screen, ys, xs)
    name = _name(doc, stage, translate("present", "Untitled stage"))
    description = doc.graph.nodes[stage]["description"].strip().split("\n")[0]
    out = []
    for i, window in enumerate(parts, 1):
        shown = [tp for tp in tps if window.contains(layout.cards[tp].cx, layout.cards[tp].cy)]
        out.append(
            Step(
                STAGE,
                f"stage:{stage}:{i}",
                name,
                window,
                fit_zoom(window, screen),
                subtitle=description,
                progress=W.stage_progress(number, total, i, len(parts)),
                stage=stage,
                part=i,
                parts=len(parts),
                number=number,
                total=total,
                notes=N.stage_notes(doc, stage, shown, first=i == 1),
            )
        )
    return out


def main_tour(doc: JourneyDocument, layout: MapLayout, screens: Screens) -> Tour:
    """The title and overview, then every stage in order, all stages at one zoom:
    the largest that shows every stage window whole (each is readable at it, so
    the smallest of their zooms is too). Cards keep their size from stage to
    stage, and a move between stages is a pan."""
    stages = [s for s in doc.stages() if s in layout.stage_columns]
    parts: list[Step] = []
    for n, stage in enumerate(stages, 1):
        parts.extend(stage_steps(doc, layout, stage, n, len(stages), screens.stage))
    if parts:
        zoom = min(s.zoom for s in parts)
        parts = [replace(s, zoom=zoom) for s in parts]
    return Tour(MAIN, (overview_step(doc, layout, screens.overview), *parts))


def _card_focus(doc: JourneyDocument, layout: MapLayout, item: str) -> Rect | None:
    """The rectangle a step about a card (or a link: its badge spot) frames."""
    if item in layout.cards:
        return layout.cards[item]
    spot = badge_spot(doc, layout, item) if doc.kind_of(item) == "link" else None
    if spot is None:
        return None
    return Rect(spot[0] - 40, spot[1] - 40, 80, 80)


def _met(doc: JourneyDocument, view: MapView, persona: str | None, before: set[str], tp: str) -> list[str]:
    """The frictions a persona meets at ``tp``: on the card, and on the links
    into it from touchpoints it walked before (``before``) that are its way."""
    out = list(doc.frictions_on(tp))
    pred = doc.graph.pred[tp]
    for source in pred:
        if source in before:
            out.extend(
                f
                for link in pred[source]
                if view.link_concerns(link, persona)
                for f in doc.frictions_on(link)
            )
    nodes = doc.graph.nodes
    return sorted(
        dict.fromkeys(out), key=lambda f: (nodes[f]["status"] == "resolved", -nodes[f]["severity"], f)
    )


def persona_tour(
    doc: JourneyDocument,
    layout: MapLayout,
    persona: str,
    screens: Screens,
    view: MapView | None = None,
    report: dict[str, Any] | None = None,
) -> Tour:
    """The persona, then each touchpoint of its path (``analysis.paths``)."""
    view = view or MapView(doc)
    report = report or persona_path(view, persona)
    path = tuple(
        t["id"] for group in report["sequence"] for t in group["touchpoints"] if t["id"] in layout.cards
    )
    name = _name(doc, persona, translate("present", "Persona"))
    attrs = doc.graph.nodes[persona]
    if not path:
        whole = _whole(layout)
        empty = translate("present", "No touchpoints concern {persona} yet").format(persona=name)
        return Tour(
            WALK,
            (
                Step(
                    EMPTY,
                    f"persona:{persona}",
                    empty,
                    whole,
                    fit_zoom(whole, screens.overview),
                    persona=persona,
                ),
            ),
            persona,
        )
    count = len(path)  # a plain name: lupdate skips a count that is an expression
    rects = [layout.cards[tp] for tp in path]
    x0, y0 = min(r.x for r in rects), min(r.y for r in rects)
    x1, y1 = max(r.right for r in rects), max(r.bottom for r in rects)
    around = Rect(x0 - 40, y0 - 40, x1 - x0 + 80, y1 - y0 + 80)
    steps = [
        Step(
            PERSONA,
            f"persona:{persona}",
            name,
            around,
            fit_zoom(around, screens.focus),
            subtitle=attrs["role"],
            progress=translate("present", "%Ln touchpoint(s) on the way", None, count),
            persona=persona,
            total=len(path),
            notes=attrs["notes"].strip(),
        )
    ]
    zoom = focus_zoom(screens.focus)
    walked: set[str] = set()
    for i, tp in enumerate(path, 1):
        a = doc.graph.nodes[tp]
        steps.append(
            Step(
                TOUCHPOINT,
                f"touchpoint:{persona}:{tp}",
                _name(doc, tp, translate("present", "Untitled")),
                layout.cards[tp],
                zoom,
                subtitle=_name(doc, a["stage"], translate("present", "Untitled stage")),
                progress=W.step_progress(i, len(path)),
                stage=a["stage"],
                number=i,
                total=len(path),
                item=tp,
                persona=persona,
                emotion=a["emotions"].get(persona),
                frictions=tuple(_met(doc, view, persona, walked, tp)),
                notes=a["notes"].strip(),
            )
        )
        walked.add(tp)
    return Tour(WALK, tuple(steps), persona, path)


def friction_tour(
    doc: JourneyDocument,
    layout: MapLayout,
    screens: Screens,
    rows: Sequence[dict[str, Any]] | None = None,
    limit: int | None = None,
) -> Tour:
    """The hotspots (``analysis.hotspots`` rows), worst first."""
    rows = list(rows if rows is not None else hotspots(doc))
    rows = [r for r in rows if r["id"] in doc and _card_focus(doc, layout, r["id"]) is not None]
    if limit is not None:
        rows = rows[:limit]
    if not rows:
        whole = _whole(layout)
        text = translate("present", "No open frictions on this map")
        return Tour(FRICTIONS, (Step(EMPTY, "hotspots", text, whole, fit_zoom(whole, screens.overview)),))
    zoom = focus_zoom(screens.focus)
    steps = []
    for i, row in enumerate(rows, 1):
        item = row["id"]
        stage = row["stage"]["id"]
        steps.append(
            Step(
                HOTSPOT,
                f"hotspot:{item}",
                row["title"] or translate("present", "Untitled"),
                _card_focus(doc, layout, item),
                zoom,
                subtitle=_name(doc, stage, translate("present", "Untitled stage")),
                progress=W.hotspot_progress(i, len(rows)),
                stage=stage,
                number=i,
                total=len(rows),
                item=item,
                frictions=tuple(f["id"] for f in row["frictions"] if f["status"] != "resolved"),
                reason=W.hotspot_reason(row),
                score=row["score"],
                notes=N.item_notes(doc, item),
            )
        )
    return Tour(FRICTIONS, tuple(steps))


__all__ = [
    "EMPTY",
    "FRICTIONS",
    "HOTSPOT",
    "MAIN",
    "OVERVIEW",
    "PERSONA",
    "STAGE",
    "TOUCHPOINT",
    "WALK",
    "Step",
    "Tour",
    "friction_tour",
    "main_tour",
    "overview_step",
    "persona_tour",
    "stage_cards",
    "stage_steps",
]
