"""The JSON file format, as pydantic models: the validator and the JSON Schema.

These models live at the file boundary only; the live map is the graph in
``model``. Limits and vocabularies come from ``model.vocabulary`` so the editor
and the file agree.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import vocabulary as V

FORMAT_NAME = "journeydesk"
FORMAT_VERSION = 2

Id = Annotated[str, Field(min_length=1, max_length=100, description="Unique id of the item")]
Ref = Annotated[str, Field(min_length=1, max_length=100, description="Id of another item")]
Name = Annotated[str, Field(max_length=V.MAX_NAME)]
Text = Annotated[str, Field(max_length=V.MAX_TEXT)]
TextList = Annotated[list[Text], Field(max_length=V.MAX_LIST_ITEMS)]
Emotion = Annotated[int, Field(ge=V.EMOTION_MIN, le=V.EMOTION_MAX)]


def _items(model: type) -> type:
    return Annotated[list[model], Field(max_length=V.MAX_ITEMS)]  # type: ignore[valid-type]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, allow_inf_nan=False)


class MapInfo(_Strict):
    title: Name = "Untitled journey"
    description: Text = ""
    language: Annotated[str, Field(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", max_length=35)] = "en"
    created: Name = ""
    modified: Name = ""


class Persona(_Strict):
    id: Id
    name: Name
    role: Name = ""
    goals: TextList = []
    needs: TextList = []
    frustrations: TextList = []
    quote: Text = ""
    colour: Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")] = V.PERSONA_COLOURS[0]
    notes: Text = ""


class Stage(_Strict):
    id: Id
    name: Name
    description: Text = ""
    notes: Text = ""


class Lane(_Strict):
    id: Id
    name: Name
    kind: Literal[V.LANE_KINDS] = "touchpoints"  # type: ignore[valid-type]


class Channel(_Strict):
    id: Id
    name: Name


class Metrics(_Strict):
    csat: Annotated[float, Field(ge=0, le=100, description="CSAT, % of 4-5 answers")] | None = None
    nps: Annotated[float, Field(ge=-100, le=100, description="Net Promoter Score")] | None = None
    ces: Annotated[float, Field(ge=1, le=7, description="Customer effort score")] | None = None
    volume: Annotated[int, Field(ge=0, le=V.MAX_COUNT, description="Customers passing through")] | None = None
    conversion: Annotated[float, Field(ge=0, le=100, description="Conversion, %")] | None = None


class Touchpoint(_Strict):
    """A moment where the customer meets the brand. Within a stage and lane, the
    order of the list is the order of the cards."""

    id: Id
    title: Name
    description: Text = ""
    stage: Ref
    lane: Ref
    channel: Ref | None = None
    owner: Name = ""
    personas: Annotated[list[Ref], Field(max_length=V.MAX_LIST_ITEMS)] = []
    metrics: Metrics = Metrics()
    emotions: Annotated[dict[Ref, Emotion], Field(max_length=V.MAX_LIST_ITEMS)] = {}
    evidence: Literal[V.EVIDENCE_STATUSES] = "observed"  # type: ignore[valid-type]
    moment_of_truth: bool = False
    notes: Text = ""


class Link(_Strict):
    id: Id
    source: Ref
    target: Ref
    persona: Ref | None = None
    label: Name = ""


class Evidence(_Strict):
    quote: Text = ""
    source: Name = ""
    count: Annotated[int, Field(ge=0, le=V.MAX_COUNT)] | None = None


class Friction(_Strict):
    id: Id
    target: Annotated[Ref, Field(description="Id of the touchpoint or link it sits on")]
    title: Name
    description: Text = ""
    severity: Annotated[int, Field(ge=V.SEVERITY_MIN, le=V.SEVERITY_MAX)] = 2
    category: Annotated[
        str,
        Field(
            min_length=1,
            max_length=V.MAX_NAME,
            description="One of " + ", ".join(V.FRICTION_CATEGORIES) + ", or a custom category",
        ),
    ] = "effort"
    evidence: Evidence = Evidence()
    evidence_status: Literal[V.EVIDENCE_STATUSES] = "assumed"  # type: ignore[valid-type]
    status: Literal[V.FRICTION_STATUSES] = "open"  # type: ignore[valid-type]
    opportunity: Text = ""
    owner: Name = ""


class Comment(_Strict):
    """A note pinned on a touchpoint, friction or stage, or on the map (target null)."""

    id: Id
    target: Annotated[
        Ref | None, Field(description="Id of the touchpoint, friction or stage; null: the whole map")
    ] = None
    author: Name = ""
    created: Annotated[str, Field(max_length=V.MAX_NAME, description="When it was written (ISO 8601)")] = ""
    text: Text = ""
    resolved: bool = False


class JourneyFile(_Strict):
    """A JourneyDesk customer journey map."""

    model_config = ConfigDict(title="JourneyDesk journey map")

    format: Literal["journeydesk"]
    format_version: Literal[2]
    map: MapInfo = MapInfo()
    personas: _items(Persona) = []
    stages: _items(Stage) = []
    lanes: _items(Lane) = []
    channels: _items(Channel) = []
    touchpoints: _items(Touchpoint) = []
    links: _items(Link) = []
    frictions: _items(Friction) = []
    comments: _items(Comment) = []


def json_schema() -> dict:
    schema = JourneyFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
