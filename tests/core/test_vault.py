"""The evidence vault on real files: storing, crashes, bad input, tampering, collecting folders."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from cnil_case.core import vault as vaultmod
from cnil_case.core.vault import Cancelled, Check, Vault, VaultError


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "ws.vault")


def _file(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _parts(vault: Vault) -> list[Path]:
    return sorted(vault.tmp.glob("*")) if vault.tmp.exists() else []


def _objects(vault: Vault) -> list[Path]:
    return sorted(p for p in vault.objects.rglob("*") if p.is_file()) if vault.objects.exists() else []


# -- storing -------------------------------------------------------------------------------


def test_store_places_a_read_only_object_at_its_content_address(vault: Vault, tmp_path: Path) -> None:
    data = b"%PDF-1.7\n" + b"x" * 3_000_000
    source = _file(tmp_path / "report.pdf", data)
    seen: list[int] = []
    stored = vault.store(source, progress=seen.append)
    digest = hashlib.sha256(data).hexdigest()
    assert stored.sha256 == digest
    assert stored.size == len(data) == sum(seen)
    assert len(seen) == 3  # 1 MiB chunks
    assert stored.path == vault.root / "objects" / digest[:2] / digest[2:4] / digest
    assert stored.path == vault.path_for(digest)
    assert stored.path.read_bytes() == data
    assert stat.S_IMODE(stored.path.stat().st_mode) == 0o444
    assert stored.media_type == "application/pdf"
    assert not stored.already_present
    assert _parts(vault) == []


def test_same_content_twice_is_one_object(vault: Vault, tmp_path: Path) -> None:
    first = vault.store(_file(tmp_path / "a.txt", b"same bytes"))
    second = vault.store(_file(tmp_path / "elsewhere" / "b.txt", b"same bytes"))
    assert second.already_present and not first.already_present
    assert second.path == first.path
    assert _objects(vault) == [first.path]
    assert _parts(vault) == []


def test_empty_file_is_stored(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store(_file(tmp_path / "empty", b""))
    assert stored.sha256 == hashlib.sha256(b"").hexdigest()
    assert stored.size == 0


def test_open_gives_the_bytes_back_read_only(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store(_file(tmp_path / "a.bin", b"\x00\x01\x02"))
    with vault.open(stored.sha256) as handle:
        assert handle.read() == b"\x00\x01\x02"
        assert not handle.writable()


def test_open_missing_object_is_a_user_error(vault: Vault) -> None:
    with pytest.raises(VaultError, match="missing"):
        vault.open("0" * 64)


def test_path_for_refuses_what_is_not_a_digest(vault: Vault) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        vault.path_for("../../etc/passwd")


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=5000))
def test_stored_hash_is_hashlib_and_open_gives_the_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "v")
        stored = vault.store(_file(Path(tmp) / "f", data))
        assert stored.sha256 == hashlib.sha256(data).hexdigest()
        assert stored.size == len(data)
        with vault.open(stored.sha256) as handle:
            assert handle.read() == data
        assert vault.verify(stored.sha256, len(data)).ok


# -- crashes and cancelling -----------------------------------------------------------------


CRASH = """
import os, sys
from pathlib import Path
from cnil_case.core.vault import Vault
os.replace = lambda *a, **k: os._exit(3)   # the process dies between copy and rename
Vault(Path(sys.argv[1])).store(Path(sys.argv[2]))
"""


def test_crash_between_copy_and_rename_leaves_only_a_part_file(vault: Vault, tmp_path: Path) -> None:
    source = _file(tmp_path / "big.bin", os.urandom(2_500_000))
    result = subprocess.run([sys.executable, "-c", CRASH, str(vault.root), str(source)], check=False)
    assert result.returncode == 3
    assert _objects(vault) == []
    parts = _parts(vault)
    assert len(parts) == 1 and parts[0].suffix == ".part"
    assert vault.cleanup_temp() == 1
    assert _parts(vault) == []
    assert vault.store(source).path.read_bytes() == source.read_bytes()


def test_failed_rename_leaves_nothing(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(vaultmod.os, "replace", refuse)
    with pytest.raises(VaultError, match="a.bin"):
        vault.store(_file(tmp_path / "a.bin", b"data"))
    assert _objects(vault) == [] and _parts(vault) == []


def test_cancel_midway_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    source = _file(tmp_path / "big.bin", os.urandom(3 * vaultmod.CHUNK + 5))
    copied: list[int] = []
    with pytest.raises(Cancelled):
        vault.store(source, progress=copied.append, cancel=lambda: len(copied) >= 2)
    assert len(copied) == 2
    assert _objects(vault) == [] and _parts(vault) == []


# -- bad input -------------------------------------------------------------------------------


def test_file_changing_while_read_is_refused(vault: Vault, tmp_path: Path) -> None:
    source = _file(tmp_path / "growing.log", b"x" * (2 * vaultmod.CHUNK))

    def append(_: int) -> None:
        with source.open("ab") as handle:
            handle.write(b"more")

    with pytest.raises(VaultError, match="growing.log changed while it was being read"):
        vault.store(source, progress=append)
    assert _objects(vault) == [] and _parts(vault) == []


def test_file_rewritten_in_place_while_read_is_refused(vault: Vault, tmp_path: Path) -> None:
    source = _file(tmp_path / "same-size.bin", b"a" * (2 * vaultmod.CHUNK))

    def rewrite(_: int) -> None:
        with source.open("r+b") as handle:
            handle.write(b"b")
        os.utime(source, ns=(0, 0))

    with pytest.raises(VaultError, match="changed while it was being read"):
        vault.store(source, progress=rewrite)
    assert _objects(vault) == []


def test_fifo_is_refused_without_blocking(vault: Vault, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # A FIFO open would block forever here, so reaching the assertion proves it wasn't opened.
    with pytest.raises(VaultError, match=r"pipe is not a regular file \(a named pipe\)"):
        vault.store(fifo)


def test_folder_given_as_a_file_is_refused(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(VaultError, match="folder is not a regular file"):
        vault.store(folder)


def test_missing_file_is_named(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="gone.txt does not exist"):
        vault.store(tmp_path / "gone.txt")


def test_unreadable_file_is_named(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _file(tmp_path / "secret.txt", b"no")
    real_open = os.open

    def deny(path: object, flags: int, *args: int) -> int:
        if Path(str(path)) == source:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(vaultmod.os, "open", deny)
    with pytest.raises(VaultError, match=r"secret.txt cannot be read \(Permission denied\)"):
        vault.store(source)
    assert _parts(vault) == []


def test_read_error_midway_removes_the_temp(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _file(tmp_path / "bad-sector.img", b"z" * (2 * vaultmod.CHUNK))
    real_readv = os.readv
    calls = 0

    def failing(fd: int, buffers: list[bytearray]) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError(errno.EIO, "Input/output error")
        return real_readv(fd, buffers)

    monkeypatch.setattr(vaultmod.os, "readv", failing)
    with pytest.raises(VaultError, match=r"bad-sector.img cannot be read \(Input/output error\)"):
        vault.store(source)
    assert _parts(vault) == [] and _objects(vault) == []


def test_full_disk_is_reported_and_the_temp_removed(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _file(tmp_path / "huge.bin", b"y" * (2 * vaultmod.CHUNK))
    real_write = os.write
    writes = 0

    def fill(fd: int, data: bytes) -> int:
        nonlocal writes
        writes += 1
        if writes == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(vaultmod.os, "write", fill)
    with pytest.raises(VaultError, match="huge.bin was not stored: the disk is full"):
        vault.store(source)
    assert _parts(vault) == [] and _objects(vault) == []


def test_vault_root_that_is_a_file_is_refused(tmp_path: Path) -> None:
    root = _file(tmp_path / "ws.vault", b"not a folder")
    with pytest.raises(VaultError, match="is a file, not a folder"):
        Vault(root)


def test_read_only_vault_root_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "ws.vault"
    root.mkdir()
    monkeypatch.setattr(vaultmod.os, "access", lambda *_a, **_k: False)
    with pytest.raises(VaultError, match="read-only"):
        Vault(root)


def test_vault_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = _file(tmp_path / "blocker", b"")
    vault = Vault(blocker / "inside" / "ws.vault")  # parent is a file: mkdir fails
    with pytest.raises(VaultError, match="cannot be written"):
        vault.store(_file(tmp_path / "a.txt", b"a"))


# -- verification ----------------------------------------------------------------------------


def test_tampered_object_is_a_mismatch(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store(_file(tmp_path / "a.txt", b"original"))
    assert vault.verify(stored.sha256, stored.size).status is Check.OK
    stored.path.chmod(0o644)
    stored.path.write_bytes(b"tampered")  # same size
    result = vault.verify(stored.sha256, stored.size)
    assert result.status is Check.MISMATCH
    assert result.actual == hashlib.sha256(b"tampered").hexdigest()


def test_truncated_object_differs_in_size(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store(_file(tmp_path / "a.txt", b"original"))
    stored.path.chmod(0o644)
    stored.path.write_bytes(b"orig")
    result = vault.verify(stored.sha256, stored.size)
    assert result.status is Check.SIZE_DIFFERS and result.size == 4
    assert vault.verify(stored.sha256).status is Check.MISMATCH


def test_deleted_object_is_missing(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store(_file(tmp_path / "a.txt", b"original"))
    stored.path.unlink()
    assert vault.verify(stored.sha256, stored.size).status is Check.MISSING


def test_scan_reports_tampered_missing_and_unexpected(vault: Vault, tmp_path: Path) -> None:
    good = vault.store(_file(tmp_path / "good", b"good"))
    bad = vault.store(_file(tmp_path / "bad", b"bad"))
    gone = vault.store(_file(tmp_path / "gone", b"gone"))
    bad.path.chmod(0o644)
    bad.path.write_bytes(b"BAD")
    gone.path.unlink()
    extra = _file(vault.objects / "zz" / "extra.txt", b"planted")
    stale = _file(vault.tmp / "dead.part", b"half")
    seen: list[vaultmod.Progress] = []
    report = vault.scan({s.sha256: s.size for s in (good, bad, gone)}, progress=seen.append)
    status = {r.sha256: r.status for r in report.checked}
    assert status == {good.sha256: Check.OK, bad.sha256: Check.MISMATCH, gone.sha256: Check.MISSING}
    assert report.unexpected == (extra,)
    assert report.stale_temp == (stale,)
    assert not report.clean and len(report.failures) == 2
    assert seen[-1].done_files == seen[-1].total_files == 3


def test_scan_of_a_sound_vault_is_clean(vault: Vault, tmp_path: Path) -> None:
    stored = [vault.store(_file(tmp_path / str(i), bytes([i]) * 100)) for i in range(5)]
    report = vault.scan({s.sha256: s.size for s in stored})
    assert report.clean and report.unexpected == () and report.stale_temp == ()


def test_scan_can_be_cancelled(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store(_file(tmp_path / "a", b"a" * (2 * vaultmod.CHUNK)))
    with pytest.raises(Cancelled):
        vault.scan({stored.sha256: stored.size}, cancel=lambda: True)


# -- collecting folders ----------------------------------------------------------------------


def test_collect_nested_folders_links_and_loops(tmp_path: Path) -> None:
    chosen = tmp_path / "evidence"
    a = _file(chosen / "a.txt", b"aa")
    b = _file(chosen / "sub" / "deeper" / "b.txt", b"bbb")
    outside = _file(tmp_path / "private" / "passwords.txt", b"secret")
    (chosen / "to-outside").symlink_to(outside)
    (chosen / "to-outside-dir").symlink_to(outside.parent)
    (chosen / "alias.txt").symlink_to(a)
    (chosen / "sub" / "loop").symlink_to(chosen)
    (chosen / "dangling").symlink_to(tmp_path / "nowhere")
    os.mkfifo(chosen / "pipe")
    collected = vaultmod.collect([chosen])
    assert collected.files == (a, chosen / "alias.txt", b)
    assert collected.total_bytes == 2 + 2 + 3
    reasons = {s.path.name: s.reason for s in collected.skipped}
    assert reasons["to-outside"] == "link outside the chosen folder (recorded, not followed)"
    assert reasons["to-outside-dir"] == vaultmod.OUTSIDE
    assert "loop" in reasons["loop"]
    assert "broken link" in reasons["dangling"]
    assert reasons["pipe"] == "not a regular file (a named pipe)"


def test_collect_is_deterministic_and_takes_files_too(tmp_path: Path) -> None:
    for name in ("c", "a", "b"):
        _file(tmp_path / "d" / name, name.encode())
    single = _file(tmp_path / "single.txt", b"1")
    first = vaultmod.collect([tmp_path / "d", single, tmp_path / "missing"])
    assert first == vaultmod.collect([tmp_path / "d", single, tmp_path / "missing"])
    assert [p.name for p in first.files] == ["a", "b", "c", "single.txt"]
    assert [s.path.name for s in first.skipped] == ["missing"]


def test_collect_skips_unreadable_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "evidence"
    _file(chosen / "locked" / "x.txt", b"x")
    _file(chosen / "ok.txt", b"ok")
    real = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path)

    monkeypatch.setattr(vaultmod.os, "scandir", scandir)
    collected = vaultmod.collect([chosen])
    assert [p.name for p in collected.files] == ["ok.txt"]
    assert collected.skipped == (vaultmod.Skipped(chosen / "locked", "folder cannot be read (Permission denied)"),)


# -- locations --------------------------------------------------------------------------------


def test_vault_for_sqlite_is_a_sibling_folder(tmp_path: Path) -> None:
    url = make_url(f"sqlite:///{tmp_path}/cases/workspace.sqlite")
    assert vaultmod.vault_for(url, tmp_path / "data") == tmp_path / "cases" / "workspace.vault"


def test_vault_for_a_server_ignores_the_password(tmp_path: Path) -> None:
    one = vaultmod.vault_for(make_url("postgresql+psycopg://ana:secret@db/cases"), tmp_path)
    two = vaultmod.vault_for(make_url("postgresql+psycopg://ana:changed@db/cases"), tmp_path)
    other = vaultmod.vault_for(make_url("postgresql+psycopg://ana@db/other"), tmp_path)
    assert one == two != other
    assert one.parent == tmp_path / "vaults" and len(one.name) == 16


def test_sha256_file_streams(tmp_path: Path) -> None:
    data = os.urandom(vaultmod.CHUNK + 17)
    assert vaultmod.sha256_file(_file(tmp_path / "f", data)) == hashlib.sha256(data).hexdigest()


def test_cleanup_temp_without_a_tmp_folder(vault: Vault) -> None:
    assert vault.cleanup_temp() == 0


def test_module_imports_no_qt() -> None:
    code = textwrap.dedent(
        """
        import sys
        import cnil_case.core.vault, cnil_case.core.mediatype
        assert "PySide6" not in sys.modules
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_link_planted_in_place_of_an_object_is_not_accepted(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store(_file(tmp_path / "a.txt", b"original"))
    copy = _file(tmp_path / "copy.txt", b"original")
    stored.path.unlink()
    stored.path.symlink_to(copy)
    result = vault.verify(stored.sha256, stored.size)
    assert result.status is Check.UNREADABLE and "link" in result.detail


def test_existing_object_is_never_overwritten(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store(_file(tmp_path / "a.txt", b"original"))
    before = stored.path.stat()
    again = vault.store(tmp_path / "a.txt")
    assert again.already_present
    after = stored.path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_file_vanishing_before_it_is_opened_is_named(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _file(tmp_path / "fleeting.tmp", b"x")
    real_open = os.open

    def vanish(path: object, flags: int, *args: int) -> int:
        if Path(str(path)) == source:
            source.unlink()
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(vaultmod.os, "open", vanish)
    with pytest.raises(VaultError, match="fleeting.tmp vanished before it could be read"):
        vault.store(source)


def test_file_swapped_for_a_fifo_after_the_check_is_refused(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _file(tmp_path / "swapped", b"x")
    real_open = os.open

    def swap(path: object, flags: int, *args: int) -> int:
        if Path(str(path)) == source and source.is_file():
            source.unlink()
            os.mkfifo(source)
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(vaultmod.os, "open", swap)
    with pytest.raises(VaultError, match="changed while it was being read"):
        vault.store(source)  # opened non-blocking, so the pipe does not hang the import


def test_cleanup_at_start_spares_a_copy_in_progress(vault: Vault, tmp_path: Path) -> None:
    """A window and a command may share a vault: only stale temporary files are removed."""
    vault.store(_file(tmp_path / "seed.txt", b"seed"))  # creates the folders
    fresh = vault.tmp / "copying.part"
    fresh.write_bytes(b"in progress")
    stale = vault.tmp / "crashed.part"
    stale.write_bytes(b"left by a kill")
    old = time.time() - vaultmod.STALE_TEMP_SECONDS - 5
    os.utime(stale, (old, old))
    assert vault.cleanup_temp(older_than=vaultmod.STALE_TEMP_SECONDS) == 1
    assert fresh.exists() and not stale.exists()
