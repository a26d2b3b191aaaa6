"""journeydesk info FILE: a short summary of a map."""

from __future__ import annotations

from .common import load_or_report

HELP = "Print a short summary of a map: personas, stages, lanes, touchpoints, links, frictions."


def configure(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="a map file")


def summary(doc) -> str:
    g = doc.graph
    meta = doc.meta
    names = lambda ids, f="name": "; ".join(g.nodes[i][f] for i in ids) or "none"
    frictions = doc.frictions()
    by_sev = {s: sum(1 for f in frictions if g.nodes[f]["severity"] == s) for s in (4, 3, 2, 1)}
    open_count = sum(1 for f in frictions if g.nodes[f]["status"] != "resolved")
    lines = [
        f"{meta['title']}  [{meta['language']}]",
        f"  personas     {doc.count('persona'):>5}  {names(doc.personas())}",
        f"  stages       {doc.count('stage'):>5}  {names(doc.stages())}",
        f"  lanes        {doc.count('lane'):>5}  {names(doc.lanes())}",
        f"  channels     {doc.count('channel'):>5}",
        f"  touchpoints  {doc.count('touchpoint'):>5}",
        f"  links        {doc.count('link'):>5}",
        f"  frictions    {len(frictions):>5}  ({open_count} not resolved; "
        + ", ".join(f"severity {s}: {n}" for s, n in by_sev.items())
        + ")",
    ]
    return "\n".join(lines)


def run(args) -> int:
    doc = load_or_report(args.file)
    if doc is None:
        return 1
    print(summary(doc))
    return 0
