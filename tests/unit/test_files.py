"""Every file the program writes appears whole or not at all; the previous one stays meanwhile."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from crmdesk import files
from crmdesk.files import atomic_output, atomic_path, private_folder, write_atomic


def _previous(tmp_path: Path) -> Path:
    target = tmp_path / "báo giá.pdf"
    target.write_bytes(b"%PDF the previous quote")
    return target


def test_a_new_file_replaces_the_previous_one_whole(tmp_path: Path) -> None:
    target = _previous(tmp_path)
    write_atomic(target, b"%PDF the new quote")
    assert target.read_bytes() == b"%PDF the new quote"
    assert os.listdir(tmp_path) == [target.name]


def test_a_writer_failing_halfway_leaves_the_previous_file_and_no_temporary(
    tmp_path: Path,
) -> None:
    target = _previous(tmp_path)
    with pytest.raises(RuntimeError), atomic_output(target) as file:
        file.write(b"%PDF half of the new")
        raise RuntimeError("the PDF could not be laid out")
    assert target.read_bytes() == b"%PDF the previous quote"
    assert os.listdir(tmp_path) == [target.name]


def test_a_full_disk_leaves_the_previous_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _previous(tmp_path)

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OSError) as error:
        write_atomic(target, b"x" * 100_000)
    assert error.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"%PDF the previous quote"
    assert os.listdir(tmp_path) == [target.name]


def test_a_failing_write_call_leaves_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _previous(tmp_path)
    real_write = os.write
    written = [0]

    def write_until_full(fd: int, data: bytes) -> int:  # the disk fills after 4 KB
        if written[0] > 4096:
            raise OSError(errno.ENOSPC, "No space left on device")
        written[0] += len(data)
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write_until_full)
    with pytest.raises(OSError), atomic_path(target) as partial:
        fd = os.open(partial, os.O_WRONLY)
        try:
            for _ in range(10):
                os.write(fd, b"y" * 1024)
        finally:
            os.close(fd)
    monkeypatch.undo()
    assert target.read_bytes() == b"%PDF the previous quote"
    assert os.listdir(tmp_path) == [target.name]


def test_a_new_file_is_owner_only_from_its_first_byte_and_an_old_one_keeps_its_mode(
    tmp_path: Path,
) -> None:
    target = tmp_path / "new.csv"
    with atomic_path(target) as partial:
        assert partial.parent == tmp_path and partial.stat().st_size == 0
        assert stat.S_IMODE(partial.stat().st_mode) == 0o600
        partial.write_text("a,b\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    shared = tmp_path / "shared.csv"
    shared.write_text("old")
    shared.chmod(0o644)
    write_atomic(shared, "new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_a_private_folder_is_tightened_to_its_owner(tmp_path: Path) -> None:
    folder = tmp_path / "CRM Desk"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert stat.S_IMODE(private_folder(folder).stat().st_mode) == 0o700
    made = private_folder(tmp_path / "new" / "CRM Desk")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
