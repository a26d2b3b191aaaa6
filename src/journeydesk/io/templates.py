"""Map templates shipped as package data (``resources/templates/*.journey.json``).

``new_from_template(name)`` loads one through the normal loader (every check a
map file gets) and gives every item a fresh id and the map today's date, so two
maps started from one template are two maps, not two versions of one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..i18n import translate
from ..model import JourneyDocument, new_id
from ..model.document import now_iso
from .load import load_data

# The order File > New from Template and `journeydesk new --list` show them in.
TEMPLATES = (
    "awareness-to-advocacy",
    "before-during-after",
    "service-blueprint",
    "b2b-onboarding",
    "contact-centre-id",
    "e-commerce-ms",
)
_GROUPS = {
    "personas": "persona",
    "stages": "stage",
    "lanes": "lane",
    "channels": "channel",
    "touchpoints": "touchpoint",
    "links": "link",
    "frictions": "friction",
}


class TemplateError(LookupError):
    """No template of that name."""


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    language: str
    description: str
    stages: int
    touchpoints: int


def _text(name: str) -> str:
    if name not in TEMPLATES:
        raise TemplateError(
            translate("templates", "there is no template {name} (templates: {names})").format(
                name=repr(name), names=", ".join(TEMPLATES)
            )
        )
    return (
        resources.files("journeydesk")
        .joinpath("resources", "templates", f"{name}.journey.json")
        .read_text("utf-8")
    )


def list_templates() -> list[TemplateInfo]:
    out = []
    for name in TEMPLATES:
        data = json.loads(_text(name))
        m = data["map"]
        out.append(
            TemplateInfo(
                name,
                m["title"],
                m["language"],
                m["description"],
                len(data["stages"]),
                len(data["touchpoints"]),
            )
        )
    return out


def _fresh_ids(data: dict[str, Any]) -> None:
    fresh: dict[str, str] = {}
    for group, kind in _GROUPS.items():
        for item in data[group]:
            fresh[item["id"]] = item["id"] = new_id(kind)

    def ref(value: str | None) -> str | None:
        return None if value is None else fresh[value]

    for t in data["touchpoints"]:
        t["stage"], t["lane"], t["channel"] = ref(t["stage"]), ref(t["lane"]), ref(t["channel"])
        t["personas"] = [fresh[p] for p in t["personas"]]
        t["emotions"] = {fresh[p]: e for p, e in t["emotions"].items()}
    for k in data["links"]:
        k["source"], k["target"], k["persona"] = ref(k["source"]), ref(k["target"]), ref(k["persona"])
    for fr in data["frictions"]:
        fr["target"] = fresh[fr["target"]]


def new_from_template(name: str) -> JourneyDocument:
    """A new map from a template: fresh ids, created and modified now."""
    data = json.loads(_text(name))
    _fresh_ids(data)
    stamp = now_iso()
    data["map"]["created"] = data["map"]["modified"] = stamp
    return load_data(data, f"template {name}")


def load_template(name: str) -> JourneyDocument:
    """The template exactly as shipped (its own ids), for tests and previews."""
    return load_data(json.loads(_text(name)), f"template {name}")
