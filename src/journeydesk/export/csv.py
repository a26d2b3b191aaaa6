"""Touchpoints as CSV, one row each, in journey order (stage, lane, place in cell).

Columns: id, title, stage, lane, channel, owner, personas (names joined by "; "),
evidence, moment_of_truth (yes/no), one column per metric (csat, nps, ces, volume,
conversion), one ``emotion: PERSONA`` column per persona (-3..+3), frictions (how
many sit on the touchpoint), open_frictions (not resolved), highest_severity (1-4,
over all its frictions; empty when none) and description.

Language: the headers and the words of the evidence and yes/no columns follow
the map's own language, as the PDF does. A CSV export is read by people, in a
spreadsheet, far more often than by programs: an Indonesian team's sheet says
"tahap", not "stage". What keeps it machine-readable is that JourneyDesk's
importer reads every shipped language's version of these headers and words
back (``io/tabular/columns.py``, from the same catalogs) and that the English
headers are the field names, unchanged. Numbers stay in the neutral form
(``78.5``, ``-12``): a spreadsheet reads them by its own locale, and a decimal
comma would split a cell for any CSV reader set to commas.

Encoding is UTF-8, optionally with a byte-order mark (``bom=True``) so spreadsheet
programs that guess the encoding open it right. Quoting is the csv module's, so
any text (commas, quotes, line breaks) round-trips through a CSV reader.

Formula injection: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-``
or ``@`` (or a tab or carriage return before one) as a formula, so a touchpoint
titled ``=HYPERLINK(...)`` could act when the file is opened. With
``formula_guard=True`` (the default) such TEXT cells get a leading apostrophe
(``'=HYPERLINK(...)``), which spreadsheets show as text; numbers we write
(metrics, emotions, counts, including negative ones such as NPS -12) are never
changed. Turn the guard off for a byte-exact copy of the text.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from ..i18n import use_language
from ..io.tabular.columns import emotion_header, header
from ..model import JourneyDocument
from ..model.labels import evidence_label, yes_no
from ..model.vocabulary import METRICS
from .filter import check_persona, persona_view
from .output import atomic_target

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BASE_COLUMNS = ("id", "title", "stage", "lane", "channel", "owner", "personas", "evidence", "moment_of_truth")
TAIL_COLUMNS = ("frictions", "open_frictions", "highest_severity", "description")


@dataclass
class CsvOptions:
    bom: bool = False
    formula_guard: bool = True
    persona: str | None = None  # only the touchpoints on this persona's journey


def guard(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _number(v: float | None) -> str:
    if v is None:
        return ""
    return str(v) if isinstance(v, int) else format(v, "g")


def rows(doc: JourneyDocument, formula_guard: bool = True) -> list[list[str]]:
    """The header and one row per touchpoint (words in the current language)."""
    nodes = doc.graph.nodes
    text = guard if formula_guard else (lambda s: s)
    personas = doc.personas()
    head = [
        *(header(c) for c in BASE_COLUMNS),
        *(header(m) for m in METRICS),
        *(text(emotion_header(nodes[p]["name"])) for p in personas),
        *(header(c) for c in TAIL_COLUMNS),
    ]
    evidence = {state: evidence_label(state) for state in ("observed", "assumed", "proposed")}
    yes, no = yes_no(True), yes_no(False)
    out = [head]
    for tp in doc.touchpoints():
        a = nodes[tp]
        frs = doc.frictions_on(tp)
        open_n = sum(1 for f in frs if nodes[f]["status"] != "resolved")
        worst = max((nodes[f]["severity"] for f in frs), default=None)
        out.append(
            [
                text(tp),
                text(a["title"]),
                text(nodes[a["stage"]]["name"]),
                text(nodes[a["lane"]]["name"]),
                text(nodes[a["channel"]]["name"]) if a["channel"] else "",
                text(a["owner"]),
                text("; ".join(nodes[p]["name"] for p in a["personas"])),
                evidence.get(a["evidence"], a["evidence"]),
                yes if a["moment_of_truth"] else no,
                *(_number(a["metrics"].get(m)) for m in METRICS),
                *(_number(a["emotions"].get(p)) for p in personas),
                str(len(frs)),
                str(open_n),
                _number(worst),
                text(a["description"]),
            ]
        )
    return out


def export_csv(doc: JourneyDocument, path: str | os.PathLike[str], options: CsvOptions | None = None) -> int:
    """Write the touchpoints of ``doc`` as CSV at ``path`` (atomically); returns
    the number of touchpoint rows. Raises ``ExportError``."""
    o = options or CsvOptions()
    check_persona(doc, o.persona)
    src = persona_view(doc, o.persona) if o.persona else doc
    with use_language(doc.meta["language"]):  # the map's language, whatever the interface's
        table = rows(src, o.formula_guard)
    with (
        atomic_target(Path(path)) as tmp,
        open(tmp, "w", encoding="utf-8-sig" if o.bom else "utf-8", newline="") as fh,
    ):
        csv.writer(fh).writerows(table)
    return len(table) - 1
