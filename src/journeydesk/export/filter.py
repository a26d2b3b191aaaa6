"""One persona's part of a map, for exports filtered by persona."""

from __future__ import annotations

from typing import Any

from ..i18n import translate
from ..model import JourneyDocument
from ..model.concerns import link_concerns, touchpoint_concerns
from .errors import ExportError


def check_persona(doc: JourneyDocument, persona: str | None) -> None:
    """ExportError unless ``persona`` is None or a persona id of ``doc``."""
    if persona is not None and doc.kind_of(persona) != "persona":
        names = ", ".join(f"{p} ({doc.graph.nodes[p]['name']})" for p in doc.personas())
        if not names:
            message = translate("export", "no persona with id {id} in this map (it has no personas)")
        else:
            message = translate("export", "no persona with id {id} in this map (personas: {names})")
        raise ExportError(message.format(id=repr(persona), names=names))


def persona_view(doc: JourneyDocument, persona: str) -> JourneyDocument:
    """The part of the map that is one persona's journey, as a new document.

    The rule of ``model.concerns`` (the analysis and the canvas follow it too);
    frictions follow what they sit on."""
    g = doc.graph
    nodes = g.nodes

    def attrs(item: str, drop=("type", "order")) -> dict[str, Any]:
        return {k: v for k, v in nodes[item].items() if k not in drop}

    tps = [tp for tp in doc.touchpoints() if touchpoint_concerns(nodes[tp], persona)]
    kept = set(tps)
    touchpoints = []
    for tp in tps:
        a = attrs(tp)
        a["personas"] = tuple(p for p in a["personas"] if p == persona)
        a["emotions"] = {p: e for p, e in a["emotions"].items() if p == persona}
        a["metrics"] = dict(a["metrics"])
        touchpoints.append((tp, a))
    links = []
    for link in doc.links():
        u, v = doc.link_ends(link)
        a = {k: val for k, val in g.edges[u, v, link].items() if k != "type"}
        if u in kept and v in kept and link_concerns(a, persona):
            links.append((link, u, v, a))
    link_ids = {ln[0] for ln in links}
    frictions = [
        (f, {**attrs(f, ("type",)), "evidence": dict(nodes[f]["evidence"])})
        for f in doc.frictions()
        if nodes[f]["target"] in kept or nodes[f]["target"] in link_ids
    ]
    return JourneyDocument.assemble(
        dict(doc.meta),
        [(persona, attrs(persona))],
        [(s, attrs(s)) for s in doc.stages()],
        [(la, attrs(la)) for la in doc.lanes()],
        [(ch, attrs(ch)) for ch in doc.channels()],
        touchpoints,
        links,
        frictions,
    )
