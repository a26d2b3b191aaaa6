"""Remake the user guide's screenshots from the real app, offscreen.

    python docs/make_screenshots.py                 # docs/guide/images/*.png
    python docs/make_screenshots.py --out /tmp/shots

It opens a real MainWindow (1600 x 1000, a fresh user: no saved layout) and walks
the guide's five steps on a small map, making each edit through the undo stack
as the app's own actions do, then grabs the window. The overview and the export
dialog use the online store example. Nothing here is drawn by hand: when the
app changes, run this again and look at the pictures.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = tempfile.mkdtemp(prefix="journeydesk-shots-")  # no saved layout or recent files

from PySide6.QtCore import QStandardPaths

QStandardPaths.setTestModeEnabled(True)

from PySide6.QtWidgets import QApplication

from journeydesk.commands import AddItem, SetFields, SetMeta
from journeydesk.ui.app import make_app
from journeydesk.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
SIZE = (1600, 1000)
# The five steps in docs/guide/README.md, and the other pictures it shows.
SHOTS = (
    "overview",
    "step-1-stages",
    "step-2-persona",
    "step-3-touchpoints",
    "step-4-journey",
    "step-5-friction",
    "export-dialog",
)


def pump(ms: int = 250) -> None:
    """Let the app run its timers (status counts, deferred layout) for ``ms``."""
    app = QApplication.instance()
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


class Walkthrough:
    """One window and the map the guide builds in it, step by step."""

    def __init__(self) -> None:
        self.w = MainWindow()
        self.w.resize(*SIZE)
        self.w.show()
        pump()
        self.doc = self.w.document
        self.ids: dict[str, str] = {}

    def push(self, command) -> str | None:
        self.w.undo_stack.push(command)
        self.w.scene.flush()
        return getattr(command, "item_id", None)

    def add(self, key: str, what: str, **values) -> str:
        self.ids[key] = self.push(AddItem(self.doc, what, values))
        return self.ids[key]

    def set(self, item: str, **values) -> None:
        self.push(SetFields(self.doc, item, values))

    def look_at(self, keys: tuple[str, ...], zoom: float, select: str | None = None) -> None:
        """Zoom to ``zoom`` and centre on the items ``keys``; select one and show
        it in the inspector, as a click on it does."""
        scene, view = self.w.scene, self.w.view
        scene.flush()
        rect = None
        for key in keys:
            item = scene.item_for(self.ids[key])
            r = item.sceneBoundingRect()
            rect = r if rect is None else rect.united(r)
        view.set_zoom(zoom)
        whole = view.map_rect()  # the whole height when it fits: title and every lane in view
        fits = whole.height() * zoom < view.viewport().height()
        view.centerOn(rect.center().x(), whole.center().y() if fits else rect.center().y())
        if select:
            scene.select_ids([self.ids[select]])
            self.w.inspector.show_ids([self.ids[select]])

    def grab(self, path: Path) -> None:
        pump()
        self.w.scene.flush()
        pump()
        if not self.w.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(path)

    # ------------------------------------------------------------ the steps
    def step_1_stages(self) -> None:
        """File > New gives five classic stages; rename them in place."""
        self.push(SetMeta(self.doc, {"title": "Booking a dental check-up"}))
        stages = self.doc.stages()
        for stage, name in zip(stages, ("Awareness", "Consideration", "Purchase", "Visit", "Follow-up")):
            if self.doc.get(stage)["name"] != name:
                self.set(stage, name=name)
        self.ids.update(zip(("aware", "consider", "book", "visit", "follow"), stages))
        self.w.view.show_start()
        self.w.scene.select_ids([stages[2]])
        self.w.scene.start_editing(stages[2])  # what F2 or a double-click on the header does
        self.w.scene.editor().setPlainText("Booking")

    def finish_editing(self) -> None:
        self.w.scene.commit_editing()
        self.w.scene.select_ids([])
        pump()

    def step_2_persona(self) -> None:
        sari = self.add(
            "sari",
            "persona",
            name="Sari, the busy parent",
            role="Office manager, 38, books check-ups for herself and two children",
            goals=["Book all three appointments in one go", "Know the cost before the visit"],
            frustrations=["Phone lines busy at lunch time", "Surprise charges"],
            quote="If I can't book it on my phone in the evening, it doesn't get booked.",
        )
        self.w.personas_panel.select_persona(sari)
        self.w.show_item(sari)

    def step_3_touchpoints(self) -> None:
        d, i = self.doc, self.ids
        lane = d.lanes()[0]
        channels = {
            name: self.add(f"ch {name}", "channel", name=name)
            for name in (
                "Print",
                "Word of mouth",
                "Website",
                "Phone / contact centre",
                "Store visit",
                "Email",
                "Mobile app",
            )
        }
        sari = [i["sari"]]
        cards = (
            ("postcard", "aware", "Reminder postcard from the clinic", "Print", "Front desk", {}),
            ("friend", "aware", "A friend recommends the clinic", "Word of mouth", "", {}),
            ("reviews", "consider", "Reads reviews on the map app", "Website", "Marketing", {}),
            (
                "prices",
                "consider",
                "Checks prices on the website",
                "Website",
                "Marketing",
                {"conversion": 22},
            ),
            ("call", "book", "Calls to book", "Phone / contact centre", "Front desk", {"ces": 5.8}),
            ("form", "book", "Online booking form", "Website", "Digital team", {"csat": 71, "volume": 640}),
            ("wait", "visit", "Waits in reception", "Store visit", "Front desk", {}),
            ("checkup", "visit", "Check-up with the dentist", "Store visit", "Dentists", {"nps": 54}),
            ("invoice", "follow", "Invoice by email", "Email", "Billing", {}),
            ("recall", "follow", "Recall reminder in six months", "Mobile app", "Front desk", {}),
        )
        for key, stage, title, channel, owner, metrics in cards:
            self.add(
                key,
                "touchpoint",
                title=title,
                stage=i[stage],
                lane=lane,
                channel=channels[channel],
                owner=owner,
                personas=sari,
                metrics=metrics,
            )
        backstage = self.add("backstage", "lane", name="Behind the scenes", kind="backstage")
        self.add(
            "confirm",
            "touchpoint",
            title="Front desk confirms by SMS",
            stage=i["book"],
            lane=backstage,
            owner="Front desk",
        )
        self.add(
            "bill",
            "touchpoint",
            title="Billing adds the X-ray fee",
            stage=i["follow"],
            lane=backstage,
            owner="Billing",
        )
        self.look_at(("prices", "call", "form", "confirm", "wait"), 1.0, select="form")

    def step_4_journey(self) -> None:
        i, sari = self.ids, self.ids["sari"]
        path = ("friend", "reviews", "prices", "call", "form", "wait", "checkup", "invoice", "recall")
        for a, b in itertools.pairwise(path):
            self.add(f"{a}->{b}", "link", source=i[a], target=i[b], persona=sari)
        self.add("emotions", "lane", name="Emotions", kind="emotions")
        feelings = {
            "friend": 2,
            "reviews": 1,
            "prices": 0,
            "call": -2,
            "form": 1,
            "wait": -2,
            "checkup": 2,
            "invoice": -3,
            "recall": 1,
        }
        for key, value in feelings.items():
            self.set(i[key], emotions={sari: value})
        self.add("confirm->bill", "link", source=i["confirm"], target=i["bill"])
        self.look_at(("reviews", "call", "wait", "invoice"), 0.72, select="call")

    def step_5_friction(self) -> None:
        i = self.ids
        self.add(
            "busy",
            "friction",
            target=i["call"],
            title="Phone line busy at lunch time",
            severity=3,
            category="waiting",
            evidence_status="observed",
            owner="Front desk",
            evidence={"quote": "I gave up after the third try.", "source": "Interviews", "count": 6},
            opportunity="Call-back slots; point callers to online booking",
        )
        self.add(
            "late",
            "friction",
            target=i["wait"],
            title="Appointments run 25 minutes late",
            severity=2,
            category="waiting",
            owner="Dentists",
        )
        self.add(
            "price",
            "friction",
            target=i["invoice"],
            title="Invoice higher than the website's price",
            severity=4,
            category="price_surprise",
            evidence_status="observed",
            owner="Billing",
            evidence={"quote": "Nobody told me the X-rays were extra.", "source": "Complaints", "count": 14},
            opportunity="Show the full price, X-rays included, when booking",
        )
        self.w.actions_.heatmap.setChecked(True)
        self.w.friction_dock.raise_()
        self.look_at(("form", "wait", "checkup", "invoice", "bill"), 0.8, select="price")


def overview(out: Path) -> None:
    w = MainWindow()
    w.resize(*SIZE)
    w.show()
    pump()
    w.new_from_example("online-store")
    pump()
    w.view.fit()
    tp = next(t for t in w.document.touchpoints() if w.document.get(t)["title"].startswith("Checkout"))
    w.scene.select_ids([tp])
    pump()
    w.grab().save(str(out / "overview.png"))
    print(out / "overview.png")
    from journeydesk.ui.export_dialog import ExportDialog

    dialog = ExportDialog(w.document, w, path=w.path)
    dialog.show()
    pump()
    dialog.grab().save(str(out / "export-dialog.png"))
    print(out / "export-dialog.png")
    dialog.close()
    w.teardown()
    w.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "guide" / "images", help="folder for the PNGs")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    make_app()
    overview(args.out)
    walk = Walkthrough()
    walk.step_1_stages()
    walk.grab(args.out / "step-1-stages.png")
    walk.finish_editing()
    walk.step_2_persona()
    walk.grab(args.out / "step-2-persona.png")
    walk.step_3_touchpoints()
    walk.grab(args.out / "step-3-touchpoints.png")
    walk.step_4_journey()
    walk.grab(args.out / "step-4-journey.png")
    walk.step_5_friction()
    walk.grab(args.out / "step-5-friction.png")
    walk.w.teardown()
    walk.w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
