"""The long form: one row per touchpoint, one column per field.

Empty stage and lane cells repeat the row above (how people type a spreadsheet,
and what merged cells look like); every other value comes from its own row. A
cell that cannot be read, or a value the model refuses, makes its row bad: the
row is reported by line (and cell) and adds nothing.
"""

from __future__ import annotations

from typing import Any

from ...i18n import translate, use_language
from ...model import fields as F
from ...model import vocabulary as V
from ...model.fields import FieldError
from ..errors import Problem
from . import values as parse
from .headers import EMOTION_PREFIX
from .plan import Planner
from .table import Table
from .values import CellError, shown

TEXT = ("title", "description", "owner", "notes")


def cell_text(value: Any) -> str:
    """A cell as text: strings as written (less a CSV export's formula guard)."""
    if type(value) is str:
        return (parse.unguard(value) if value[:1] == "'" else value).strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return str(value)


def fill_merged(table: Table) -> None:
    """Give every cell of a merged range the value of its first cell."""
    for top, left, bottom, right in table.merged:
        value = table.rows[top][left]
        for r in range(top, bottom + 1):
            row = table.rows[r]
            for c in range(left, min(right + 1, len(row))):
                row[c] = value


class _Row:
    """One row being read: typed values, the column each came from, problems."""

    def __init__(self, table: Table, index: int, headers: list[str], used: list[int]) -> None:
        self.table, self.index, self.headers = table, index, headers
        self.problems: list[Problem] = []
        self.source: dict[str, int] = {}  # value key ("title", "metrics.csat") -> column
        cells = table.rows[index]
        self.texts = dict.fromkeys(range(len(cells)), "")  # only the columns that are imported are read
        for col in used:
            value = cells[col]
            if value != "":
                self.texts[col] = cell_text(value)

    def problem(self, col: int | None, message: str) -> None:
        if col is not None:
            message = translate("import", "column {column}: {problem}").format(
                column=shown(self.headers[col] or f"#{col + 1}"), problem=message
            )
        self.problems.append(Problem(self.table.place(self.index, col), message))

    def read(self, col: int, reader, *args):
        raw = self.table.rows[self.index][col]
        try:
            if isinstance(raw, (int, float)) and not isinstance(raw, bool) and reader is parse.number:
                return raw
            return reader(self.texts[col], *args)
        except CellError as exc:
            self.problem(col, str(exc))
            return None


def _culprit(kind: str, values: dict[str, Any], source: dict[str, int]) -> tuple[int | None, str] | None:
    """Which value (and so which cell) the model refused, found with the model's
    own checks, one value at a time (only when an add failed)."""
    for f, v in values.items():
        try:
            if f == "metrics":
                for key, mv in v.items():
                    try:
                        F.metric(key, mv)
                    except FieldError as exc:
                        return source.get(f"metrics.{key}"), str(exc)
            elif f == "emotions":
                for persona, ev in v.items():
                    try:
                        F.emotion(ev)
                    except FieldError as exc:
                        return source.get(f"emotions.{persona}"), translate(
                            "import", "emotion {problem}"
                        ).format(problem=str(exc))
            elif f in F.FIELDS[kind]:
                F.check(kind, f, v)
        except FieldError as exc:
            return source.get(f), str(exc)
    return None


class LongReader:
    def __init__(self, table: Table, fields: list[str | None], planner: Planner) -> None:
        self.table, self.fields, self.p = table, fields, planner
        self.headers = [cell_text(h) for h in table.rows[0]] if table.rows else []
        self.cols: dict[str, list[int]] = {}
        for col, f in enumerate(fields):
            if f and f != "ignore":
                self.cols.setdefault(f, []).append(col)
        self.used = sorted(c for cols in self.cols.values() for c in cols)
        self.emotion_cols = [
            (f[len(EMOTION_PREFIX) :], cols[0])
            for f, cols in self.cols.items()
            if f.startswith(EMOTION_PREFIX)
        ]
        self.metrics = [(key, integer) for key, (_, _, _, integer) in V.METRICS.items() if key in self.cols]
        self.last = {"stage": "", "lane": ""}
        self.problems: list[Problem] = []
        self.bad_rows = 0
        self.rows_imported = 0
        with use_language(planner.doc.meta["language"]):  # names in the map, in its language
            self.default_stage = translate("import", "Journey")
            self.default_lane = translate("import", "Touchpoints")

    def prepare(self) -> None:
        """Personas named by ``emotion: NAME`` columns come first, in column order."""
        for f in self.cols:
            if f.startswith(EMOTION_PREFIX):
                try:
                    self.p.ensure("persona", f[len(EMOTION_PREFIX) :])
                except FieldError as exc:
                    self.problems.append(Problem(self.table.place(0, self.cols[f][0]), str(exc)))

    def run(self) -> None:
        fill_merged(self.table)
        self.prepare()
        for index in range(1, len(self.table.rows)):
            row = _Row(self.table, index, self.headers, self.used)
            self.read_row(row)
            if row.problems:
                self.bad_rows += 1
                self.problems.extend(row.problems)
            else:
                self.rows_imported += 1

    # ---------------------------------------------------------------- values
    def text(self, row: _Row, field: str) -> str:
        parts = []
        for col in self.cols.get(field, ()):
            value = row.texts[col]
            if value:
                parts.append(value)
                row.source.setdefault(field, col)
        return "\n".join(parts)

    def first(self, row: _Row, field: str, reader, *args):
        for col in self.cols.get(field, ()):
            if row.texts[col]:
                row.source[field] = col
                return row.read(col, reader, *args)
        return None

    def carried(self, row: _Row, field: str) -> str:
        value = self.text(row, field).split("\n")[0].strip()
        if value:
            self.last[field] = value
        return self.last[field]

    def values(self, row: _Row) -> dict[str, Any]:
        values: dict[str, Any] = {
            f: self.text(row, f) for f in ("description", "owner", "notes") if f in self.cols
        }
        if "owner" in values:  # a one-line field: a wrapped cell's lines become one
            values["owner"] = F.one_line(values["owner"])
        metrics = {}
        for key, integer in self.metrics:
            value = self.first(row, key, parse.number, integer)
            if value is not None:
                metrics[key] = value
                row.source[f"metrics.{key}"] = row.source[key]
        if metrics:
            values["metrics"] = metrics
        for f, reader in (("evidence", parse.evidence), ("moment_of_truth", parse.yes_no)):
            value = self.first(row, f, reader)
            if value is not None:
                values[f] = value
        return values

    # ---------------------------------------------------------------- a row
    def read_row(self, row: _Row) -> None:
        title = F.one_line(self.text(row, "title"))  # a wrapped title cell: one line
        stage_name = self.carried(row, "stage") if "stage" in self.cols else self.default_stage
        lane_name = self.carried(row, "lane") if "lane" in self.cols else self.default_lane
        values = self.values(row)
        emotion = self.first(row, "emotion", parse.emotion)
        by_persona = {}
        for name, col in self.emotion_cols:
            if row.texts[col]:
                by_persona[name] = (col, row.read(col, parse.emotion))
        frictions = self.frictions(row)
        if not title:
            col = self.cols["title"][0]
            row.problem(col, translate("import", "the touchpoint has no title"))
        if row.problems:
            return
        mark = self.p.mark()
        try:
            self.add(
                row,
                title,
                stage_name or self.default_stage,
                lane_name or self.default_lane,
                values,
                emotion,
                by_persona,
                frictions,
            )
        except FieldError as exc:
            self.p.rollback(mark)
            if not row.problems:
                row.problem(None, str(exc))
        if row.problems:
            self.p.rollback(mark)

    def frictions(self, row: _Row) -> dict[str, Any] | None:
        text = self.text(row, "friction")
        if not text:
            return None
        out: dict[str, Any] = {"titles": [t.strip() for t in text.split("\n") if t.strip()]}
        for f, reader in (
            ("severity", parse.severity),
            ("status", parse.friction_status),
            ("category", parse.category),
        ):
            value = self.first(row, f, reader)
            if value is not None:
                out[f] = value
        return out

    def _ensure(self, row: _Row, kind: str, name: str, field: str) -> str | None:
        try:
            return self.p.ensure(kind, name)
        except FieldError as exc:
            row.problem(row.source.get(field), str(exc))
            return None

    def add(self, row, title, stage_name, lane_name, values, emotion, by_persona, frictions) -> None:
        stage = self._ensure(row, "stage", stage_name, "stage")
        lane = self._ensure(row, "lane", lane_name, "lane")
        channel_name = self.text(row, "channel").split("\n")[0]
        if channel_name:
            values["channel"] = self._ensure(row, "channel", channel_name, "channel")
        personas = [
            self._ensure(row, "persona", n, "personas") for n in parse.names(self.text(row, "personas"))
        ]
        if row.problems:
            return
        if personas:
            values["personas"] = personas
        emotions = {}
        if emotion is not None:
            col = row.source["emotion"]
            for persona in personas or [self.p.first_persona()]:
                emotions[persona] = emotion
                row.source[f"emotions.{persona}"] = col
        for name, (col, value) in by_persona.items():
            persona = self.p.ensure("persona", name)
            emotions[persona] = value
            row.source[f"emotions.{persona}"] = col
        if emotions:
            values["emotions"] = emotions
        item_id = self.id_of(row)
        if item_id:
            values["id"] = item_id
        values.update(title=title, stage=stage, lane=lane)
        try:
            tp = self.p.add("touchpoint", values)
        except FieldError as exc:
            found = _culprit("touchpoint", values, row.source)
            row.problem(*(found or (None, str(exc))))
            return
        for friction_title in (frictions or {}).get("titles", ()):
            fvalues = {k: v for k, v in frictions.items() if k != "titles"}
            fvalues.update(target=tp, title=friction_title)
            try:
                self.p.add("friction", fvalues)
            except FieldError as exc:
                source = {**row.source, "title": row.source.get("friction")}
                found = _culprit("friction", fvalues, source)
                row.problem(*(found or (None, str(exc))))
                return

    def id_of(self, row: _Row) -> str | None:
        """The row's own id when it is free (a re-import keeps ids), else None."""
        value = self.text(row, "id")
        if value and len(value) <= 100 and not self.p.taken(value):
            return value
        return None
