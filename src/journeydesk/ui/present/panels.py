"""The overlay's panels: a persona's step (how it feels, the frictions it meets,
its curve so far), a hotspot and its reason, the metrics, the speaker notes,
the persona chooser, the key list and short messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from ...i18n.formats import number
from ...layout import style as S
from ...model.labels import metric_label
from ...present import PERSONA, STAGE, TOUCHPOINT
from ...present import wording as W
from ..canvas import theme as T
from . import hud as H
from .ink import Ink, colour

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _right_panel(ink: Ink, pres) -> QRectF:
    hud = pres.hud
    top = ink.px(H.TOP_BAR + 16)
    bottom = hud.height - hud.bottom - ink.px(H.CURVE_BAND if pres.step.kind in (PERSONA, TOUCHPOINT) else 16)
    return QRectF(hud.width - ink.px(H.PANEL - 12), top, ink.px(H.PANEL - 12 - H.SIDE), bottom - top)


def severity_mark(painter: QPainter, ink: Ink, cx: float, cy: float, severity: int, resolved: bool) -> None:
    """A friction's severity by shape AND colour, as the badges on the map."""
    shape = S.SEVERITY_SHAPE.get(severity, "circle")
    painter.setPen(QPen(colour(ink.p.badge_ink), ink.px(1.5)))
    painter.setBrush(colour(ink.p.severity_colour(severity, resolved)))
    painter.drawPath(T.severity_shape(shape, cx, cy, ink.px(10)))


def friction_list(
    painter: QPainter, ink: Ink, pres, ids, x: float, y: float, width: float, bottom: float
) -> float:
    nodes = pres.doc.graph.nodes
    shown = 0
    for f in ids:
        a = nodes.get(f)
        if a is None:
            continue
        lh = ink.line_height(20)
        if y + lh > bottom:
            left = len(ids) - shown
            ink.text(painter, x, y, translate("Presentation", "+ %Ln more", None, left), 18, ink.p.ink_soft)
            return y + lh
        severity_mark(painter, ink, x + ink.px(10), y + lh / 2, a["severity"], a["status"] == "resolved")
        title = a["title"] or translate("Presentation", "Untitled friction")
        y = ink.text(painter, x + ink.px(28), y, title, 20, ink.p.ink, False, width - ink.px(28), 2)
        y += ink.px(6)
        shown += 1
    return y


def persona_panel(painter: QPainter, ink: Ink, pres, step) -> None:
    rect = _right_panel(ink, pres)
    ink.panel(painter, rect)
    nodes = pres.doc.graph.nodes
    persona = nodes.get(step.persona or "", {})
    pad = ink.px(22)
    x, width = rect.left() + pad, rect.width() - 2 * pad
    y = rect.top() + pad
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(persona.get("colour", ink.p.accent)))
    dot = ink.px(9)
    painter.drawEllipse(QPointF(x + dot, y + ink.line_height(26, True) / 2), dot, dot)
    y = ink.text(
        painter,
        x + 3 * dot,
        y,
        persona.get("name") or translate("Presentation", "Persona"),
        26,
        ink.p.ink,
        True,
        width - 3 * dot,
    )
    if persona.get("role"):
        y = ink.text(painter, x, y, persona["role"], 20, ink.p.ink_soft, False, width, 2)
    y += ink.px(14)
    if step.kind == PERSONA:
        if persona.get("quote"):
            y = ink.text(
                painter, x, y, f"\u201c{persona['quote']}\u201d", 22, ink.p.ink, False, width, 5
            ) + ink.px(10)
        for head, items in (
            (translate("Presentation", "Goals"), persona.get("goals", ())),
            (translate("Presentation", "Frustrations"), persona.get("frustrations", ())),
        ):
            if items and y < rect.bottom() - ink.px(60):
                y = ink.text(painter, x, y, head, 20, ink.p.ink_soft, True) + ink.px(2)
                for item in items[:4]:
                    y = ink.text(painter, x, y, f"\u2022 {item}", 20, ink.p.ink, False, width, 2)
                y += ink.px(8)
        return
    y = ink.text(painter, x, y, step.progress, 20, ink.p.ink_soft, True)
    y += ink.px(10)
    value = step.emotion
    tint = (
        ink.p.ink_faint
        if value is None
        else ink.p.severity_colour(1 if value > 0 else (2 if value == 0 else 3))
    )
    big = W.signed(value) if value is not None else "\u2013"
    ink.text(painter, x, y, big, 52, tint, True)
    ink.text(
        painter,
        x + ink.width(big, 52, True) + ink.px(16),
        y + ink.px(16),
        W.emotion_word(value),
        24,
        ink.p.ink,
    )
    y += ink.line_height(52, True) + ink.px(12)
    head = (
        translate("Presentation", "Frictions met here")
        if step.frictions
        else translate("Presentation", "No friction here")
    )
    y = ink.text(painter, x, y, head, 20, ink.p.ink_soft, True) + ink.px(6)
    friction_list(painter, ink, pres, step.frictions, x, y, width, rect.bottom() - pad)


def emotion_curve(painter: QPainter, ink: Ink, pres, step) -> None:
    """The persona's emotion along its path, drawn up to the current step."""
    hud = pres.hud
    steps = [s for s in pres.tour.steps if s.kind == TOUCHPOINT]
    if not steps:
        return
    band = QRectF(
        ink.px(H.SIDE),
        hud.height - hud.bottom - ink.px(H.CURVE_BAND - 8),
        hud.width - 2 * ink.px(H.SIDE),
        ink.px(H.CURVE_BAND - 20),
    )
    ink.panel(painter, band)
    label_w = ink.px(60)
    plot = band.adjusted(label_w + ink.px(10), ink.px(18), -ink.px(24), -ink.px(18))
    top, bottom = plot.top(), plot.bottom()

    def y_of(e: float) -> float:
        return bottom - (e + 3) / 6 * (bottom - top)

    for e in (-3, 0, 3):
        ink.text(
            painter,
            band.left() + label_w,
            y_of(e) - ink.line_height(16) / 2,
            W.signed(e),
            16,
            ink.p.ink_soft,
            align="right",
        )
        painter.fillRect(
            QRectF(plot.left(), y_of(e), plot.width(), ink.px(2 if e == 0 else 1)), colour(ink.p.grid)
        )
    n = len(steps)
    dx = plot.width() / max(1, n - 1)
    upto = step.number if step.kind == TOUCHPOINT else 0
    persona = pres.doc.graph.nodes.get(step.persona or "", {})
    tint = colour(persona.get("colour", ink.p.accent))
    path = QPainterPath()
    started = False
    points = []
    for i, s in enumerate(steps):
        x = plot.left() + i * dx if n > 1 else plot.center().x()
        if i >= upto:
            painter.fillRect(QRectF(x - 1, bottom + ink.px(4), 2, ink.px(8)), colour(ink.p.ink_faint))
            continue
        if s.emotion is None:
            started = False
            continue
        p = QPointF(x, y_of(s.emotion))
        path.lineTo(p) if started else path.moveTo(p)
        started = True
        points.append((p, i == upto - 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        QPen(tint, ink.px(4), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.drawPath(path)
    for p, current in points:
        r = ink.px(11 if current else 6)
        painter.setPen(QPen(colour(ink.p.paper), ink.px(2)))
        painter.setBrush(tint)
        painter.drawEllipse(p, r, r)
        if current:
            painter.setPen(QPen(colour(ink.p.accent), ink.px(3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(p, r + ink.px(6), r + ink.px(6))


def hotspot_panel(painter: QPainter, ink: Ink, pres, step) -> None:
    rect = _right_panel(ink, pres)
    ink.panel(painter, rect)
    pad = ink.px(22)
    x, width = rect.left() + pad, rect.width() - 2 * pad
    y = rect.top() + pad
    y = ink.text(painter, x, y, step.progress, 20, ink.p.accent, True)
    y = ink.text(painter, x, y + ink.px(4), step.title, 28, ink.p.ink, True, width, 3)
    y = ink.text(painter, x, y, step.subtitle, 20, ink.p.ink_soft, False, width) + ink.px(14)
    y = ink.text(
        painter, x, y, translate("Presentation", "Why it ranks here"), 20, ink.p.ink_soft, True
    ) + ink.px(2)
    y = ink.text(painter, x, y, step.reason, 20, ink.p.ink, False, width, 6) + ink.px(14)
    y = ink.text(
        painter, x, y, translate("Presentation", "Open frictions"), 20, ink.p.ink_soft, True
    ) + ink.px(6)
    friction_list(painter, ink, pres, step.frictions, x, y, width, rect.bottom() - pad)


def _metric_rows(pres, step) -> list[tuple[str, str]]:
    if step.kind == STAGE and step.stage is not None:
        row = next((r for r in pres.scorecard() if r["id"] == step.stage), None)
        if row is None:
            return []
        sev = row["frictions_by_severity"]
        rows = [(translate("Presentation", "Touchpoints"), str(row["touchpoints"]))]
        for key, label in (("csat", "CSAT"), ("nps", "NPS"), ("ces", "CES")):
            if row[key] is not None:
                rows.append((label, number(row[key])))
        rows.append((translate("Presentation", "Open frictions"), str(sum(sev.values()))))
        if sev["4"] or sev["3"]:
            rows.append((translate("Presentation", "Critical or major"), str(sev["4"] + sev["3"])))
        rows.append((translate("Presentation", "Channel switches"), str(row["channel_switches"])))
        rows.append((translate("Presentation", "Moments of truth"), str(len(row["moments_of_truth"]))))
        return rows
    item = step.item
    nodes = pres.doc.graph.nodes
    if item in nodes and nodes[item].get("type") == "touchpoint":
        metrics = nodes[item]["metrics"]
        return [(metric_label(k), number(v)) for k, v in metrics.items()] or [
            (translate("Presentation", "No metrics"), "")
        ]
    doc = pres.doc
    frictions = doc.frictions()
    open_n = sum(1 for f in frictions if nodes[f]["status"] != "resolved")
    return [
        (translate("Presentation", "Touchpoints"), str(doc.count("touchpoint"))),
        (translate("Presentation", "Personas"), str(doc.count("persona"))),
        (translate("Presentation", "Open frictions"), str(open_n)),
        (translate("Presentation", "Hotspots"), str(len(pres.hotspot_rows()))),
    ]


def metrics_panel(painter: QPainter, ink: Ink, pres, step) -> None:
    rows = _metric_rows(pres, step)
    if not rows:
        return
    hud = pres.hud
    lh = ink.line_height(22)
    w = ink.px(H.METRICS - 2 * H.SIDE)
    h = ink.px(58) + lh * len(rows)
    top = ink.px(H.TOP_BAR + 16) if step.kind != "overview" else ink.px(24)
    if step.kind in (PERSONA, TOUCHPOINT) or step.kind == "hotspot":
        top = (
            hud.height
            - hud.bottom
            - h
            - ink.px(H.CURVE_BAND if step.kind in (PERSONA, TOUCHPOINT) else 16)
            - ink.px(8)
        )
    rect = QRectF(hud.width - w - ink.px(H.SIDE), top, w, h)
    ink.panel(painter, rect)
    pad = ink.px(18)
    y = ink.text(
        painter,
        rect.left() + pad,
        rect.top() + pad,
        translate("Presentation", "Metrics"),
        20,
        ink.p.ink_soft,
        True,
    ) + ink.px(6)
    for label, value in rows:
        ink.text(painter, rect.left() + pad, y, label, 22, ink.p.ink, False, w * 0.62)
        y = ink.text(painter, rect.right() - pad, y, value, 22, ink.p.ink, True, align="right")


def notes_strip(painter: QPainter, ink: Ink, pres, step) -> None:
    hud = pres.hud
    h = ink.px(H.NOTES)
    rect = QRectF(0, hud.height - ink.px(H.BOTTOM_BAR) - h, hud.width, h)
    ink.band(painter, rect)
    painter.fillRect(QRectF(0, rect.top(), hud.width, ink.px(2)), colour(ink.p.grid))
    x = ink.px(H.SIDE)
    y = ink.text(
        painter,
        x,
        rect.top() + ink.px(12),
        translate("Presentation", "Speaker notes"),
        18,
        ink.p.ink_soft,
        True,
    )
    text = step.notes or translate("Presentation", "No notes for this step.")
    ink.text(
        painter,
        x,
        y + ink.px(2),
        text,
        20,
        ink.p.ink if step.notes else ink.p.ink_faint,
        False,
        hud.width - 2 * x,
        4,
    )


def _centred_panel(ink: Ink, pres, width: float, height: float) -> QRectF:
    hud = pres.hud
    return QRectF((hud.width - width) / 2, (hud.height - height) / 2, width, height)


def chooser(painter: QPainter, ink: Ink, pres) -> None:
    nodes = pres.doc.graph.nodes
    personas = pres.doc.personas()[:9]
    lh = ink.line_height(24) + ink.px(10)
    rect = _centred_panel(ink, pres, ink.px(760), ink.px(120) + lh * (len(personas) + 1))
    ink.panel(painter, rect)
    pad = ink.px(28)
    x = rect.left() + pad
    y = ink.text(
        painter,
        x,
        rect.top() + pad,
        translate("Presentation", "Walk through a persona's journey"),
        26,
        ink.p.ink,
        True,
    ) + ink.px(14)
    rows = [
        (str(i), nodes[p]["name"] or translate("Presentation", "Persona"), nodes[p]["colour"])
        for i, p in enumerate(personas, 1)
    ]
    rows.append(("0", translate("Presentation", "Back to the stages"), None))
    for key, name, tint in rows:
        ink.text(painter, x, y, key, 24, ink.p.accent, True)
        if tint:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(tint))
            painter.drawEllipse(QPointF(x + ink.px(54), y + ink.line_height(24) / 2), ink.px(8), ink.px(8))
        ink.text(painter, x + ink.px(74), y, name, 24, ink.p.ink, False, rect.width() - 2 * pad - ink.px(74))
        y += lh


def help_rows(pres) -> list[tuple[str, str]]:
    on = {True: translate("Presentation", "on"), False: translate("Presentation", "off")}
    t = pres.toggles
    return [
        (translate("Presentation", "Right, Down, PageDown, Space, Enter"), translate("Presentation", "next")),
        (translate("Presentation", "Left, Up, PageUp, Backspace"), translate("Presentation", "previous")),
        (translate("Presentation", "Home / End"), translate("Presentation", "first / last")),
        (translate("Presentation", "1-9"), translate("Presentation", "go to a stage (0: the overview)")),
        ("P", translate("Presentation", "walk through a persona's path")),
        ("F", translate("Presentation", "friction tour, worst first (again: back)")),
        ("Shift+F", translate("Presentation", "frictions") + f" ({on[t['frictions']]})"),
        ("H", translate("Presentation", "heatmap") + f" ({on[t['heatmap']]})"),
        ("E", translate("Presentation", "emotion curves") + f" ({on[t['curves']]})"),
        ("M", translate("Presentation", "metrics") + f" ({on[t['metrics']]})"),
        ("N", translate("Presentation", "speaker notes") + f" ({on[t['notes']]})"),
        ("L", translate("Presentation", "pointer highlight") + f" ({on[t['pointer']]})"),
        ("T", translate("Presentation", "theme: {name}").format(name=pres.theme.label)),
        ("C", translate("Presentation", "quick capture: an idea or a friction where the room points")),
        ("Ctrl+Z", translate("Presentation", "take back the last capture")),
        ("B / W", translate("Presentation", "black / white screen")),
        ("S", translate("Presentation", "move to the other screen")),
        ("?", translate("Presentation", "this list")),
        ("Esc", translate("Presentation", "leave: the editor comes back as it was")),
    ]


def help_panel(painter: QPainter, ink: Ink, pres) -> None:
    rows = help_rows(pres)
    lh = ink.line_height(21) + ink.px(4)
    rect = _centred_panel(ink, pres, ink.px(1320), ink.px(110) + lh * len(rows))
    ink.panel(painter, rect)
    pad = ink.px(30)
    x = rect.left() + pad
    y = ink.text(
        painter, x, rect.top() + pad, translate("Presentation", "Presenting: keys"), 26, ink.p.ink, True
    ) + ink.px(12)
    key_w = ink.px(520)
    for key, what in rows:
        ink.text(painter, x, y, key, 21, ink.p.accent, True, key_w - ink.px(16))
        ink.text(painter, x + key_w, y, what, 21, ink.p.ink, False, rect.width() - 2 * pad - key_w)
        y += lh


def toast(painter: QPainter, ink: Ink, text: str) -> None:
    hud = ink.hud
    w = min(hud.width * 0.7, ink.width(text, 24, True) + ink.px(60))
    rect = QRectF((hud.width - w) / 2, ink.px(H.TOP_BAR + 24), w, ink.line_height(24, True) + ink.px(28))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(ink.p.ink, 235))
    r = rect.height() / 2
    painter.drawRoundedRect(rect, r, r)
    ink.text(
        painter,
        rect.center().x(),
        rect.top() + ink.px(14),
        text,
        24,
        ink.p.paper,
        True,
        w - ink.px(40),
        align="centre",
    )
