"""Which file the window shows: the user's own, the sample data, another one opened or made.

One window at a time; opening another file rebuilds it in place over that file (like a language
switch) and lets the previous file go — its lock released, its connections closed. A file the
program refuses, or that another CRM Desk holds, changes nothing: one sentence, and the window
stays on the file it showed. A database on a server (a ``postgresql://`` URL, kept as a string)
opens the same way, without a lock file: a server is meant to be shared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from crmdesk.domain.errors import DomainError
from crmdesk.gui.locking import DatabaseLock, confirm_second_window, lock_database
from crmdesk.gui.message_boxes import warn
from crmdesk.gui.messages import error_text
from crmdesk.services import Services
from crmdesk.services.addresses import display_name, is_url, without_password

translate = QCoreApplication.translate
RECENT_KEY = "files/recent"
RECENT_KEPT = 8
Target = Path | str  # a file's path, or a server's URL


def target_key(target: Target) -> str:
    """What makes two targets the same database."""
    return str(target) if isinstance(target, str) else str(Path(target).resolve())


def _target(target: Target) -> Target:
    if isinstance(target, str) and is_url(target):
        return target
    return Path(target).expanduser()


def shown_name(target: Target) -> str:
    """The database as the window names it: a file's name, or a server's database and host
    (never the password)."""
    return display_name(target) if isinstance(target, str) else target.name


@dataclass
class OpenFile:
    """A database opened for the window: its services, how to close it, and its lock."""

    path: Target
    services: Services
    close: Callable[[], None]
    lock: DatabaseLock | None  # none for a server's database

    def release(self) -> None:
        """Let the file go."""
        if self.lock is not None:
            self.lock.release()
        self.close()


Opener = Callable[[Target], tuple[Services, Callable[[], None]]]


class Desktop:
    """The open file and the window over it."""

    def __init__(
        self,
        open_services: Opener,
        settings: QSettings,
        own: Target,
        sample: Path | None = None,
        prepare_sample: Callable[[Path], None] | None = None,
        make_window: Callable[..., object] | None = None,
    ) -> None:
        self._open_services = open_services
        self.settings = settings
        self.own = own
        self.sample = sample
        self._prepare_sample = prepare_sample
        self._make_window = make_window
        self.current: OpenFile | None = None
        self.window: object | None = None

    # -- opening ---------------------------------------------------------------------------------

    def open(self, path: Target) -> bool:
        """Show ``path`` in the window (the first one, or in place of the file shown now)."""
        path = _target(path)
        if self.current is not None and target_key(path) == target_key(self.current.path):
            return True
        if path == self.sample and self._prepare_sample is not None:
            try:
                self._prepare_sample(path)
            except DomainError as error:
                self._refuse(error_text(error))
                return False
        try:  # first: a file CRM Desk refuses gets no lock file beside it
            services, close = self._open_services(path)
        except DomainError as error:  # a refused, busy or damaged file: one sentence
            self._refuse(error_text(error))
            return False
        lock = lock_database(path) if isinstance(path, Path) else None
        if (
            lock is not None
            and not lock.acquired
            and not confirm_second_window(path, lock.holder, self._parent())
        ):
            close()
            return False
        opened = OpenFile(path, services, close, lock)
        previous, self.current = self.current, opened
        self._show(opened)
        if previous is not None:
            previous.release()
        if path != self.sample:
            self._remember(path)
        return True

    def open_sample(self) -> bool:
        """Look at the sample data, in the same window."""
        return self.sample is not None and self.open(self.sample)

    def back_to_own(self) -> bool:
        """Back to the user's own file from the sample data."""
        return self.open(self.own)

    def showing_sample(self) -> bool:
        """Whether the window shows the sample data."""
        return self.current is not None and self.current.path == self.sample

    def close(self) -> None:
        """Let the file go (the window has closed)."""
        if self.current is not None:
            self.current.release()
            self.current = None

    # -- recent files ----------------------------------------------------------------------------

    def recent(self) -> list[Target]:
        """The files (and servers' databases) opened lately, newest first (the sample data
        never among them)."""
        value = self.settings.value(RECENT_KEY, [])
        names = [value] if isinstance(value, str) else list(value or [])
        return [_target(str(n)) for n in names if n]  # a server's address has no password

    def _remember(self, path: Target) -> None:
        if isinstance(path, str):  # a server's address is remembered without its password
            path = without_password(path)
        key = target_key(path)
        names = [key] + [str(p) for p in self.recent() if target_key(p) != key]
        self.settings.setValue(RECENT_KEY, names[:RECENT_KEPT])

    # -- the window ----------------------------------------------------------------------------

    def _show(self, opened: OpenFile) -> None:
        if self._make_window is None:
            return
        old = self.window
        window = self._make_window(self, opened)
        if old is not None:
            window.setGeometry(old.geometry())  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]  # first: closing the last window quits
        self.window = window
        if old is not None:
            old.close()  # type: ignore[attr-defined]
            old.deleteLater()  # type: ignore[attr-defined]

    def replace_window(self, window: object) -> None:
        """The window was rebuilt (in another language): it is the one now."""
        self.window = window

    def _parent(self) -> object | None:
        return self.window

    def _refuse(self, sentence: str) -> None:
        warn(self._parent(), translate("Startup", "CRM Desk"), sentence)  # type: ignore[arg-type]
