"""core.identity: the organisation's identity in <data dir>/reports/common/<lang>.toml."""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnil_case.core import errors, identity
from cnil_case.report import document

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
       b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")

FULL = identity.Identity(
    name="Mutuelle « Exemple »",
    address='12 rue de la Paix\n75002 Paris\n"France" \\ back',
    dpo_name="Jeanne Dupont",
    dpo_contact="dpo@exemple.fr, +33 1 23 45 67 89",
    signature="Jeanne Dupont\nDéléguée à la protection des données",
    logo="/srv/logo.png",
)


def test_missing_file_is_an_empty_identity(tmp_path: Path) -> None:
    assert identity.load("fr", folder=tmp_path) == identity.Identity()
    assert identity.file_path("en", folder=tmp_path) == tmp_path / "common" / "en.toml"


def test_default_folder_is_the_report_template_folder() -> None:
    # The documents read the user's copy from <data dir>/reports (report/wording.py).
    from cnil_case.report import wording

    assert identity.file_path("fr") == wording.user_folder() / "common" / "fr.toml"


def test_round_trip_keeps_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "common" / "fr.toml"
    path.parent.mkdir(parents=True)
    path.write_text(
        '# hand-written\n'
        'signature_heading = "Pour le responsable :"\n'
        'count = 3\n'
        'when = 2024-02-01T09:00:00+01:00\n'
        'flags = [true, false]\n'
        '[organisation]\n'
        'name = "Ancienne"\n'
        'signature_image = "signature.png"\n'
        '[extra.deep]\n'
        'x = 1.5\n'
        'inline = { a = "b" }\n',
        encoding="utf-8")
    before = tomllib.loads(path.read_text(encoding="utf-8"))
    assert identity.load("fr", folder=tmp_path).name == "Ancienne"
    written = identity.save("fr", FULL, folder=tmp_path)
    assert written == path
    assert identity.load("fr", folder=tmp_path) == FULL
    after = tomllib.loads(path.read_text(encoding="utf-8"))
    # Every key we do not manage is as it was; the managed ones are ours.
    assert after["organisation"].pop("signature_image") == "signature.png"
    assert after["organisation"] == {key: getattr(FULL, key) for key in identity.MANAGED}
    del after["organisation"], before["organisation"]
    assert after == before
    assert after["when"] == dt.datetime(2024, 2, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    # The other language is a file of its own.
    assert identity.load("en", folder=tmp_path) == identity.Identity()


def test_the_documents_read_what_was_saved(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    identity.save("en", identity.Identity(name="Example Mutual", address="1 High Street\nLondon",
                                          signature="J. Smith\nDPO", logo=str(tmp_path / "logo.png")),
                  folder=tmp_path)
    org = document.organisation("en", user_dir=tmp_path)
    assert (org.name, org.address, org.signature, org.logo) == (
        "Example Mutual", "1 High Street\nLondon", "J. Smith\nDPO", tmp_path / "logo.png")


def test_a_relative_logo_resolves_beside_the_file(tmp_path: Path) -> None:
    common = tmp_path / "common"
    common.mkdir()
    (common / "logo.png").write_bytes(PNG)
    assert identity.resolve_logo("fr", "logo.png", folder=tmp_path) == common / "logo.png"
    assert identity.resolve_logo("fr", "  ", folder=tmp_path) is None
    assert document.organisation("fr", user_dir=tmp_path).logo is None  # nothing saved yet
    identity.save("fr", identity.Identity(logo="logo.png"), folder=tmp_path)
    assert document.organisation("fr", user_dir=tmp_path).logo == common / "logo.png"


def test_failed_write_says_so_and_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    identity.save("fr", FULL, folder=tmp_path)
    path = identity.file_path("fr", folder=tmp_path)
    before = path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    # The rename is the last step of the atomic write (root ignores a read-only folder, so fail it here).
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(errors.UserError, match=r"Cannot write .*fr\.toml: Permission denied"):
        identity.save("fr", identity.Identity(name="Other"), folder=tmp_path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["fr.toml"]


def test_folder_that_cannot_be_created_says_so(tmp_path: Path) -> None:
    # A file where the folder should be: refused whoever runs the test (root included).
    (tmp_path / "common").write_text("not a folder", encoding="utf-8")
    with pytest.raises(errors.UserError, match=r"Cannot create the folder .*common"):
        identity.save("fr", FULL, folder=tmp_path)
    assert (tmp_path / "common").read_text(encoding="utf-8") == "not a folder"


def test_invalid_toml_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = identity.file_path("fr", folder=tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("[organisation\nname = ", encoding="utf-8")
    with pytest.raises(errors.UserError, match="is not valid TOML"):
        identity.load("fr", folder=tmp_path)
    with pytest.raises(errors.UserError, match="is not valid TOML"):
        identity.save("fr", FULL, folder=tmp_path)
    assert path.read_text(encoding="utf-8") == "[organisation\nname = "


def test_check_image(tmp_path: Path) -> None:
    good = tmp_path / "logo.png"
    good.write_bytes(PNG)
    identity.check_image(good)
    (tmp_path / "logo.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(errors.UserError, match="is not a PNG or JPEG image"):
        identity.check_image(tmp_path / "logo.txt")
    with pytest.raises(errors.UserError, match="Cannot read the logo"):
        identity.check_image(tmp_path / "missing.png")


def test_unsupported_language() -> None:
    with pytest.raises(ValueError, match="unsupported report language"):
        identity.file_path("de")


_keys = st.text(min_size=1, max_size=8)
_scalars = st.one_of(st.text(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.booleans(),
                     st.floats(allow_nan=False))
_values = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(_keys, inner, max_size=3)), max_leaves=8)


@given(st.dictionaries(_keys, _values, max_size=5))
def test_dumps_round_trips_through_tomllib(document_: dict[str, object]) -> None:
    assert tomllib.loads(identity.dumps(document_)) == document_
