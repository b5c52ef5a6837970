"""Bounded preview readers: text encodings, CSV sniffing, e-mail, hex."""

from __future__ import annotations

import io

from cnil_case.core import preview


def test_text_utf8_and_truncation() -> None:
    data = ("é" * 10).encode()
    result = preview.read_text(io.BytesIO(data), limit=5)
    assert result.truncated
    assert result.encoding == "utf-8"
    assert result.text == "éé"  # the split character at the cut is dropped


def test_text_bom_and_fallback() -> None:
    assert preview.read_text(io.BytesIO("bonjour".encode("utf-16"))).text == "bonjour"
    latin = preview.read_text(io.BytesIO("déjà vu €".encode("cp1252")))
    assert latin.encoding == "cp1252"
    assert latin.text == "déjà vu €"
    assert not latin.truncated


def test_csv_semicolons_and_max_rows() -> None:
    text = "name;email\n" + "".join(f"p{i};p{i}@x.fr\n" for i in range(10))
    result = preview.read_csv(io.BytesIO(text.encode()), max_rows=3)
    assert result.delimiter == ";"
    assert result.header == ("name", "email")
    assert result.rows == (("p0", "p0@x.fr"), ("p1", "p1@x.fr"), ("p2", "p2@x.fr"))
    assert result.truncated


def test_email_headers_body_attachments() -> None:
    raw = (
        b"From: =?utf-8?q?Ren=C3=A9e?= <r@x.fr>\r\nTo: dpo@x.fr\r\nSubject: =?utf-8?q?Fuite_de_donn=C3=A9es?=\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, voici le fichier.\r\n"
        b"--B\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=clients.csv\r\n\r\na,b\r\n--B--\r\n"
    )
    result = preview.read_email(io.BytesIO(raw))
    headers = dict(result.headers)
    assert headers["From"] == "Renée <r@x.fr>"
    assert headers["Subject"] == "Fuite de données"
    assert "Bonjour" in result.body_text
    assert result.attachments == ("clients.csv",)


def test_hex_dump() -> None:
    lines = preview.hex_dump(io.BytesIO(b"%PDF-1.7\n" + bytes(range(20))), offset=0, length=32)
    assert lines[0].startswith("00000000  25 50 44 46 2d 31 2e 37 0a 00")
    assert lines[0].endswith("|%PDF-1.7........|")
    assert lines[1].startswith("00000010  ")
    assert preview.hex_dump(io.BytesIO(b"abc"), offset=1) == [f"00000001  {'62 63':<47}  |bc|"]
