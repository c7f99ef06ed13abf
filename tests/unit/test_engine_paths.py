"""Network shares are recognised from the mount table, so WAL is not used there."""

from __future__ import annotations

from pathlib import Path

from crmdesk.db.engine import database_url, is_network_path, sqlite_path

MOUNTS = """\
/dev/vda1 / ext4 rw 0 0
server:/export /mnt/nas nfs4 rw 0 0
//fileserver/share /media/office\\040share cifs rw 0 0
tmpfs /mnt/nasty tmpfs rw 0 0
"""


def test_a_file_on_an_nfs_mount_is_on_a_network_share() -> None:
    assert is_network_path(Path("/mnt/nas/crm/crmdesk.sqlite"), MOUNTS)


def test_a_file_on_a_cifs_mount_with_a_space_in_its_name_is_on_a_network_share() -> None:
    assert is_network_path(Path("/media/office share/crmdesk.sqlite"), MOUNTS)


def test_a_local_file_is_not_on_a_network_share() -> None:
    assert not is_network_path(Path("/home/lan/crmdesk.sqlite"), MOUNTS)
    assert not is_network_path(Path("/mnt/nasty/crmdesk.sqlite"), MOUNTS)  # prefix, not the mount


def test_paths_become_sqlite_urls_and_back(tmp_path: Path) -> None:
    url = database_url(tmp_path / "a.sqlite")
    assert url.drivername == "sqlite" and sqlite_path(url) == tmp_path / "a.sqlite"
    assert sqlite_path("postgresql://host/db") is None
    assert database_url("postgresql://host/db").render_as_string() == "postgresql://host/db"


def test_a_path_with_vietnamese_letters_and_a_percent_sign_is_a_url_of_that_very_path(
    tmp_path: Path,
) -> None:
    path = tmp_path / "thư mục có dấu" / "Mới 100%.sqlite"
    assert sqlite_path(database_url(path)) == path
    assert sqlite_path(database_url(tmp_path / "c%C5%A9.sqlite")) == tmp_path / "c%C5%A9.sqlite"
