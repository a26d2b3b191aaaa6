"""Share and Join dialogs: what a participant types becomes a join URL; the QR code."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from journeydesk.ui.live.dialogs import JoinDialog, parse_join, qr_image


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("ws://10.0.0.5:9000/journeydesk?token=ABCDEFGH", "ws://10.0.0.5:9000/journeydesk?token=ABCDEFGH"),
        ("192.168.1.20:8765 k7qm-2x9d", "ws://192.168.1.20:8765/journeydesk?token=K7QM2X9D"),
        ("192.168.1.20 K7QM-2X9D", "ws://192.168.1.20:8765/journeydesk?token=K7QM2X9D"),
        ("  room-pc:8000,  K7QM2X9D ", "ws://room-pc:8000/journeydesk?token=K7QM2X9D"),
    ],
)
def test_parse_join(typed, url):
    assert parse_join(typed) == url


def test_a_code_alone_needs_a_session_found_nearby():
    assert parse_join("K7QM-2X9D") is None
    assert parse_join("K7QM-2X9D", "10.1.1.1:8765") == "ws://10.1.1.1:8765/journeydesk?token=K7QM2X9D"
    assert parse_join("10.1.1.1 AB") is None  # too short to be a code
    assert parse_join("") is None


def test_qr_image_draws_the_code_module_by_module(qtbot):
    import qrcode

    text = "ws://192.168.1.20:8765/journeydesk?token=K7QM2X9D"
    image = qr_image(text, 240)
    assert image.width() == image.height() == 240
    qr = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    cell = 240 / len(matrix)
    dark = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, on in enumerate(row):
            centre = image.pixel(int((x + 0.5) * cell), int((y + 0.5) * cell))
            assert (centre == dark) == on, (x, y)


def test_join_dialog_refuses_what_is_not_an_address_and_code(qtbot):
    dialog = JoinDialog(browse=False)
    qtbot.addWidget(dialog)
    dialog.where.setText("hello")
    dialog._accept()
    assert dialog.url is None and "8-letter code" in dialog.problem.text()
    dialog.where.setText("127.0.0.1:8765 ABCD-EFGH")
    dialog.name.setText("Ana")
    dialog._accept()
    assert dialog.url == "ws://127.0.0.1:8765/journeydesk?token=ABCDEFGH"
