"""QA: saving and exporting to awkward destinations. Nothing is replaced that is
not a plain file, a name near the system's limit still works, and one too long
is a clear error, never an OSError traceback."""

from __future__ import annotations

import os

import pytest

from journeydesk import io
from journeydesk.export import ExportError
from journeydesk.export.csv import export_csv
from journeydesk.export.output import write_bytes

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")

LONG_OK = "é" * 120 + ".journey.json"  # 253 bytes: a valid name on every common file system
TOO_LONG = "é" * 200 + ".journey.json"  # 413 bytes: no file system takes it


def test_save_refuses_to_replace_a_pipe(sample, tmp_path):
    fifo = tmp_path / "map.journey.json"
    os.mkfifo(fifo)
    with pytest.raises(io.SaveError, match="not a regular file"):
        io.save(sample, fifo)
    assert fifo.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey.json"]


def test_save_under_a_name_near_the_limit(sample, tmp_path):
    path = tmp_path / LONG_OK
    io.save(sample, path)
    assert io.load(path).count("touchpoint") == sample.count("touchpoint")
    assert [p.name for p in tmp_path.iterdir()] == [LONG_OK]


def test_save_under_a_name_too_long_is_a_save_error(sample, tmp_path):
    with pytest.raises(io.SaveError, match="too long"):
        io.save(sample, tmp_path / TOO_LONG)


def test_export_refuses_to_replace_a_pipe(sample, tmp_path):
    fifo = tmp_path / "map.csv"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        export_csv(sample, fifo)
    assert fifo.is_fifo()


def test_export_under_a_name_near_the_limit(sample, tmp_path):
    name = "é" * 124 + ".csv"  # 252 bytes
    export_csv(sample, tmp_path / name)
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_export_under_a_name_too_long_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="too long"):
        write_bytes(tmp_path / ("é" * 200 + ".pdf"), b"%PDF")
