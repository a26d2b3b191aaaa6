"""Tile sheets find what they show through a grid index, and print exactly what a
scan of the whole map per sheet printed: the same bytes, for less work."""

from __future__ import annotations

import random

import pytest
from export_maps import EXAMPLES, build_store
from journeydesk_testkit import ROOT  # noqa: F401  (puts benchmarks/ on sys.path)
from make_map import make_document

from journeydesk.export.pdf import SECTIONS, PdfOptions, export_pdf
from journeydesk.export.pdf import mapdraw as mapdraw_module
from journeydesk.export.pdf.cull import GridIndex
from journeydesk.io import load


def meets(box, view) -> bool:
    """The painter's test: boxes meet when they overlap or touch."""
    x0, y0, x1, y1 = box
    v0, w0, v1, w1 = view
    return not (x1 < v0 or x0 > v1 or y1 < w0 or y0 > w1)


def random_box(rnd: random.Random, size: float) -> tuple[float, float, float, float]:
    x, y = rnd.uniform(-50, 1000), rnd.uniform(-50, 800)
    w, h = rnd.choice((0.0, rnd.uniform(0, size), rnd.uniform(0, 8 * size))), rnd.uniform(0, size)
    return x, y, x + w, y + h


@pytest.mark.parametrize("seed", range(20))
def test_grid_query_holds_every_box_that_meets_the_view(seed):
    rnd = random.Random(seed)
    boxes = [random_box(rnd, 60) for _ in range(rnd.randint(0, 300))]
    # Boxes on the cell lines themselves, and touching the view only at an edge.
    boxes += [(100.0, 100.0, 100.0, 100.0), (0.0, 0.0, 200.0, 0.0), (-40.0, 300.0, 0.0, 340.0)]
    index = GridIndex(boxes, rnd.choice((50.0, 100.0, 333.3)), rnd.choice((40.0, 100.0, 250.0)))
    for _ in range(40):
        view = random_box(rnd, 400)
        found = index.query(*view)
        assert found == sorted(set(found))  # ascending: drawing order is kept
        hits = [i for i in found if meets(boxes[i], view)]
        assert hits == [i for i, b in enumerate(boxes) if meets(b, view)]
    every = index.query(-1e6, -1e6, 1e6, 1e6)  # a view bigger than the map
    assert every == list(range(len(boxes)))


def test_an_empty_index_finds_nothing():
    assert GridIndex([], 100, 100).query(0, 0, 10, 10) == []


def scan_everything(monkeypatch) -> None:
    """Make the painter test every card, link and badge on every sheet, as it did
    before the index (the reference for what each sheet must show)."""

    def near(self, view, kind):
        self.near_unpatched(view, kind)  # builds the lists
        return list(range(self._index[kind].size))

    monkeypatch.setattr(
        mapdraw_module.MapPainter, "near_unpatched", mapdraw_module.MapPainter.near, raising=False
    )
    monkeypatch.setattr(mapdraw_module.MapPainter, "near", near)


def tiled(doc, path, sections=("map",)):
    options = PdfOptions(page_size="A4", mode="tile", sections=sections, invariant=True)
    result = export_pdf(doc, path, options)
    return path.read_bytes(), result


MAPS = {
    **{p.name: (lambda p=p: load(p)) for p in EXAMPLES},
    "store": build_store,
    "synthetic 300": lambda: make_document(300, seed=2),
}


@pytest.mark.parametrize("name", list(MAPS))
def test_tile_sheets_print_the_same_bytes_as_a_full_scan(name, tmp_path, monkeypatch):
    doc = MAPS[name]()
    sections = SECTIONS if name == "store" else ("map",)
    fast, result = tiled(doc, tmp_path / "indexed.pdf", sections)
    assert result.tiles is not None and result.map_pages > 1
    scan_everything(monkeypatch)
    slow, _ = tiled(doc, tmp_path / "scanned.pdf", sections)
    assert fast == slow


def candidates_per_card(n: int, tmp_path, monkeypatch) -> float:
    """Cards the sheets of an n-touchpoint map look at, per card on the map."""
    looked = []
    original = mapdraw_module.MapPainter.near

    def counting(self, view, kind):
        found = original(self, view, kind)
        if kind == "cards":
            looked.append(len(found))
        return found

    monkeypatch.setattr(mapdraw_module.MapPainter, "near", counting)
    doc = make_document(n, seed=0)
    _, result = tiled(doc, tmp_path / f"count-{n}.pdf")
    assert len(looked) == result.map_pages - 1  # every sheet asked once (not the assembly page)
    return sum(looked) / n


def test_sheets_look_at_a_bounded_number_of_cards_per_card(tmp_path, monkeypatch):
    # Before the index every sheet tested every card: looks per card were the number
    # of sheets (56 at 400 touchpoints, 182 at 1,600). Now a card is looked at by the
    # few sheets around it (about 5.5 at both sizes), however big the map.
    small = candidates_per_card(400, tmp_path, monkeypatch)
    large = candidates_per_card(1600, tmp_path, monkeypatch)
    assert small < 12 and large < 12
    assert large < small * 1.5
