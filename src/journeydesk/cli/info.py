"""journeydesk info FILE: a short summary of a map."""

from __future__ import annotations

from ..i18n import formats, translate
from .common import load_or_report

CONTEXT = "cli.info"


def configure(parser) -> None:
    parser.add_argument("file", metavar="FILE", help=translate("cli.info", "a map file"))


def summary(doc) -> str:
    g = doc.graph
    meta = doc.meta

    def names(ids, f="name") -> str:
        return "; ".join(g.nodes[i][f] for i in ids) or translate("cli.info", "none")

    frictions = doc.frictions()
    by_sev = {s: sum(1 for f in frictions if g.nodes[f]["severity"] == s) for s in (4, 3, 2, 1)}
    open_count = sum(1 for f in frictions if g.nodes[f]["status"] != "resolved")
    severities = ", ".join(
        translate("cli.info", "severity {severity}: {count}").format(severity=s, count=formats.number(n))
        for s, n in by_sev.items()
    )
    rows = [
        (translate("cli.info", "personas"), doc.count("persona"), names(doc.personas())),
        (translate("cli.info", "stages"), doc.count("stage"), names(doc.stages())),
        (translate("cli.info", "lanes"), doc.count("lane"), names(doc.lanes())),
        (translate("cli.info", "channels"), doc.count("channel"), ""),
        (translate("cli.info", "touchpoints"), doc.count("touchpoint"), ""),
        (translate("cli.info", "links"), doc.count("link"), ""),
        (
            translate("cli.info", "frictions"),
            len(frictions),
            translate("cli.info", "({open} not resolved; {severities})").format(
                open=formats.number(open_count), severities=severities
            ),
        ),
    ]
    label_w = max(len(label) for label, _, _ in rows)
    lines = [f"{meta['title']}  [{meta['language']}]"]
    for label, n, rest in rows:
        lines.append(f"  {label:<{label_w}}  {formats.number(n):>5}  {rest}".rstrip())
    return "\n".join(lines)


def run(args) -> int:
    doc = load_or_report(args.file)
    if doc is None:
        return 1
    print(summary(doc))
    return 0
