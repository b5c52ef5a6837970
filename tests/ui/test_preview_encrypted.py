"""Previews from an encrypted vault decrypt into memory: images and PDFs show, no plaintext file is written."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtGui import QColor, QImage
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

from cnil_case.core import crypto, vault
from cnil_case.ui import previewpane


def _encrypted(tmp_path: Path) -> vault.Vault:
    return vault.open_for(tmp_path / "vault", passphrase=crypto.Secret("correct horse battery staple"), encrypted=True)


def _row(sha256: str) -> Any:
    return SimpleNamespace(sha256=sha256)  # load() reads only the content address


def test_image_and_pdf_previews_from_an_encrypted_vault(qapp: Any, tmp_path: Path) -> None:
    store = _encrypted(tmp_path)
    assert store.encrypted
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    png = tmp_path / "scan.png"
    assert picture.save(str(png))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Jeanne Martin")
    pdf.save()
    document = tmp_path / "letter.pdf"
    document.write_bytes(buffer.getvalue())
    image_sha = store.store(png).sha256
    pdf_sha = store.store(document).sha256
    png.unlink()
    document.unlink()
    before = {p for p in tmp_path.rglob("*") if p.is_file()}

    image = previewpane.load(store, _row(image_sha), "image")
    assert isinstance(image, QImage) and (image.width(), image.height()) == (40, 30)
    data = previewpane.load(store, _row(pdf_sha), "pdf")
    assert isinstance(data, bytes) and data == buffer.getvalue()
    assert {p for p in tmp_path.rglob("*") if p.is_file()} == before  # nothing decrypted to disk
