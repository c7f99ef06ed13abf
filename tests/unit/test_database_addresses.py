"""How a server's database is named to the user, and what to back up: never its password."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import make_url

from crmdesk.cli.common import Parser, add_db_option, database_name, database_path
from crmdesk.db.engine import database_url
from crmdesk.db.server import display_name, dump_command, is_url, server_url
from crmdesk.locations import default_database

ADDRESS = "postgresql+psycopg://crm:p%25ss%40w0rd@db.example.vn:6543/crmdesk"


def test_a_url_stays_a_url_and_its_escapes_are_read_once() -> None:
    url = database_url(ADDRESS)
    assert url.password == "p%ss@w0rd" and url.host == "db.example.vn" and url.port == 6543
    assert server_url("postgresql://crm@db/crmdesk").drivername == "postgresql+psycopg"
    assert server_url("postgres://crm@db/crmdesk").drivername == "postgresql+psycopg"
    assert is_url(ADDRESS) and not is_url("/home/an/crm.sqlite")


def test_the_name_shown_has_no_password() -> None:
    assert display_name(ADDRESS) == "db.example.vn:6543/crmdesk"
    assert display_name(make_url(ADDRESS)) == "db.example.vn:6543/crmdesk"
    assert display_name("postgresql:///crmdesk?host=/run/postgresql") == "/run/postgresql/crmdesk"
    assert display_name("postgresql://?service=team") == "service=team"
    assert display_name("/home/an/crm.sqlite") == "/home/an/crm.sqlite"


def test_the_backup_command_names_the_database_but_not_the_password() -> None:
    command = dump_command(make_url(ADDRESS))
    assert command.startswith("pg_dump --host=db.example.vn --port=6543 --username=crm ")
    assert command.endswith(" crmdesk") and "--format=custom" in command
    assert "w0rd" not in command


def test_db_and_crmdesk_db_accept_a_url_as_it_is(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parser = Parser(prog="crmdesk")
    add_db_option(parser, top=True)
    args = parser.parse_args(["--db", ADDRESS])
    assert database_path(args) == ADDRESS  # a string, never Path() (which turns // into /)
    assert database_name(args) == database_name(args, short=True) == "db.example.vn:6543/crmdesk"
    monkeypatch.setenv("CRMDESK_DB", ADDRESS)
    assert default_database() == ADDRESS
    monkeypatch.setenv("CRMDESK_DB", "~/crm.sqlite")
    assert default_database() == Path("~/crm.sqlite").expanduser()


def test_an_address_that_is_no_database_is_one_sentence_without_its_password(capsys) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.cli.main import main

    for address in (
        "postgresql://crm:s3cr3t@db:notaport/crm",
        "postgresql+nodriver://crm:s3cr3t@db/x",
    ):
        capsys.readouterr()
        assert main(["--db", address, "summary"]) == 1
        err = capsys.readouterr().err
        assert "is not an address CRM Desk can open" in err and "s3cr3t" not in err
        assert len(err.strip().splitlines()) == 1
