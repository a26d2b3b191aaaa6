"""File data <-> live document, in canonical order."""

from __future__ import annotations

from typing import Any

from ..model import JourneyDocument
from ..model.vocabulary import METRICS
from .schema import FORMAT_NAME, FORMAT_VERSION, JourneyFile


def comment_data(doc: JourneyDocument, comment: str) -> dict[str, Any]:
    """One comment as the file holds it (keys in the file's order)."""
    a = doc.graph.nodes[comment]
    return {"id": comment, **{k: a[k] for k in ("target", "author", "created", "text", "resolved")}}


def to_data(doc: JourneyDocument, *, bulk: bool = True) -> dict[str, Any]:
    """The document as plain JSON data. Keys and lists always come in the same
    order (ordered items in their order, touchpoints in journey order, links and
    frictions by id), so saving the same map gives the same bytes.

    ``bulk=False`` leaves the touchpoints, links and frictions lists empty (the
    fast writer in ``save`` writes those itself). Comments come oldest first."""
    g = doc.graph
    nodes = g.nodes

    def node(item: str, keys: tuple[str, ...]) -> dict[str, Any]:
        attrs = nodes[item]
        out: dict[str, Any] = {"id": item}
        for k in keys:
            v = attrs[k]
            out[k] = list(v) if isinstance(v, tuple) else v
        return out

    touchpoints = []
    for tp in doc.touchpoints() if bulk else ():
        a = nodes[tp]
        touchpoints.append(
            {
                "id": tp,
                "title": a["title"],
                "description": a["description"],
                "stage": a["stage"],
                "lane": a["lane"],
                "channel": a["channel"],
                "owner": a["owner"],
                "personas": list(a["personas"]),
                "metrics": {k: a["metrics"][k] for k in METRICS if k in a["metrics"]},
                "emotions": {p: a["emotions"][p] for p in sorted(a["emotions"])},
                "evidence": a["evidence"],
                "moment_of_truth": a["moment_of_truth"],
                "notes": a["notes"],
            }
        )
    links = []
    for link in sorted(doc.links()) if bulk else ():
        u, v = doc.link_ends(link)
        a = g.edges[u, v, link]
        links.append({"id": link, "source": u, "target": v, "persona": a["persona"], "label": a["label"]})
    frictions = []
    for fr in sorted(doc.frictions()) if bulk else ():
        a = nodes[fr]
        ev = a["evidence"]
        frictions.append(
            {
                "id": fr,
                "target": a["target"],
                "title": a["title"],
                "description": a["description"],
                "severity": a["severity"],
                "category": a["category"],
                "evidence": {"quote": ev["quote"], "source": ev["source"], "count": ev["count"]},
                "evidence_status": a["evidence_status"],
                "status": a["status"],
                "opportunity": a["opportunity"],
                "owner": a["owner"],
            }
        )
    comments = [comment_data(doc, c) for c in doc.comments()]
    meta = doc.meta
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "map": {k: meta[k] for k in ("title", "description", "language", "created", "modified")},
        "personas": [
            node(p, ("name", "role", "goals", "needs", "frustrations", "quote", "colour", "notes"))
            for p in doc.personas()
        ],
        "stages": [node(s, ("name", "description", "notes")) for s in doc.stages()],
        "lanes": [node(la, ("name", "kind")) for la in doc.lanes()],
        "channels": [node(c, ("name",)) for c in doc.channels()],
        "touchpoints": touchpoints,
        "links": links,
        "frictions": frictions,
        "comments": comments,
    }


def to_document(f: JourneyFile) -> JourneyDocument:
    """Build a document straight from validated, reference-checked file data.

    The fast path: pydantic and the loader's reference check have checked every
    value, so this only puts them in the model's normal form and hands them to
    ``JourneyDocument.assemble``. ``to_document_checked`` builds the same document
    through the checked ``add_*`` methods (the tests hold the two equal)."""
    # A validated pydantic model keeps its field values in __dict__: copying that
    # dict is far cheaper than reading each attribute.
    meta = dict(f.map.__dict__)
    personas = []
    for p in f.personas:
        a = p.__dict__.copy()
        item_id = a.pop("id")
        a["goals"], a["needs"], a["frustrations"] = tuple(p.goals), tuple(p.needs), tuple(p.frustrations)
        a["colour"] = p.colour.upper()
        personas.append((item_id, a))
    stages = [(s.id, {"name": s.name, "description": s.description, "notes": s.notes}) for s in f.stages]
    lanes = [(la.id, {"name": la.name, "kind": la.kind}) for la in f.lanes]
    channels = [(c.id, {"name": c.name}) for c in f.channels]
    touchpoints = []
    for t in f.touchpoints:
        a = t.__dict__.copy()
        item_id = a.pop("id")
        a["personas"] = tuple(t.personas)
        # Metrics fields are declared in vocabulary.METRICS order.
        a["metrics"] = {k: v for k, v in t.metrics.__dict__.items() if v is not None}
        emotions = t.emotions
        a["emotions"] = {p: emotions[p] for p in sorted(emotions)}
        touchpoints.append((item_id, a))
    links = [(k.id, k.source, k.target, {"persona": k.persona, "label": k.label}) for k in f.links]
    frictions = []
    for fr in f.frictions:
        a = fr.__dict__.copy()
        item_id = a.pop("id")
        a["evidence"] = fr.evidence.__dict__.copy()
        frictions.append((item_id, a))
    comments = []
    for c in f.comments:
        a = c.__dict__.copy()
        comments.append((a.pop("id"), a))
    return JourneyDocument.assemble(
        meta, personas, stages, lanes, channels, touchpoints, links, frictions, comments
    )


def to_document_checked(f: JourneyFile) -> JourneyDocument:
    """Build a document through the checked ``add_*`` methods (slow, for tests)."""
    m = f.map
    doc = JourneyDocument(title=m.title, language=m.language)
    doc.set_meta(description=m.description, created=m.created, modified=m.modified)
    for p in f.personas:
        doc.add_persona(
            p.name,
            id=p.id,
            role=p.role,
            goals=p.goals,
            needs=p.needs,
            frustrations=p.frustrations,
            quote=p.quote,
            colour=p.colour,
            notes=p.notes,
        )
    for s in f.stages:
        doc.add_stage(s.name, id=s.id, description=s.description, notes=s.notes)
    for la in f.lanes:
        doc.add_lane(la.name, la.kind, id=la.id)
    for c in f.channels:
        doc.add_channel(c.name, id=c.id)
    for t in f.touchpoints:
        doc.add_touchpoint(
            t.title,
            t.stage,
            t.lane,
            id=t.id,
            description=t.description,
            channel=t.channel,
            owner=t.owner,
            personas=t.personas,
            metrics=t.metrics.model_dump(exclude_none=True),
            emotions=t.emotions,
            evidence=t.evidence,
            moment_of_truth=t.moment_of_truth,
            notes=t.notes,
        )
    for link in f.links:
        doc.add_link(link.source, link.target, id=link.id, persona=link.persona, label=link.label)
    for fr in f.frictions:
        doc.add_friction(
            fr.target,
            fr.title,
            id=fr.id,
            description=fr.description,
            severity=fr.severity,
            category=fr.category,
            evidence=fr.evidence.model_dump(),
            evidence_status=fr.evidence_status,
            status=fr.status,
            opportunity=fr.opportunity,
            owner=fr.owner,
        )
    for c in f.comments:
        doc.add_comment(c.target, c.text, id=c.id, author=c.author, created=c.created, resolved=c.resolved)
    return doc
