"""Import and export as one service: what the window, the command line and the bench call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from crmdesk.db.uow import write_session
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from crmdesk.services.context import ServiceContext
from crmdesk.services.exports import export
from crmdesk.services.imports.engine import ImportReport, import_file
from crmdesk.services.imports.plan import ImportOptions, ImportPlan, inspect_file
from crmdesk.services.imports.workbook import (
    holds_every_sheet,
    is_own_workbook,
    restore_workbook,
    workbook_rows,
)
from crmdesk.services.notices import Kind, everything


class TransferService:
    """Bring a file in (all of it or nothing; a dry run writes nothing) and take data out.

    An import is one transaction but not an undo step: its size would make the undo history
    hold every row. It clears the undo history, whose steps its rows may now depend on. The
    report says what came in.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def inspect(self, path: Path, options: ImportOptions | None = None) -> ImportPlan:
        """How the file would be read (columns, preset, mapping, preview); writes nothing."""
        plan = inspect_file(path, options or ImportOptions())
        if holds_every_sheet(plan.sheets):  # the plan has read the sheet names already
            return replace(plan, own_workbook=True, estimated_rows=workbook_rows(path))
        return plan

    def import_file(
        self,
        path: Path,
        options: ImportOptions | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import (or, with ``dry_run``, only check) a CSV or .xlsx file."""
        options = options or ImportOptions()
        now = self._ctx.clock()
        # The write lock is taken before the file's ids, names and positions are read, so a
        # move or an insert made meanwhile in another window waits instead of colliding.
        with write_session(self._ctx.session_factory) as session:
            if is_own_workbook(path) and not options.preset and not options.columns:
                report = restore_workbook(session, path, now, options.dry_run, progress, cancelled)
            else:
                report = import_file(session, path, options, now, progress, cancelled)
        if not options.dry_run:
            # Earlier steps could no longer be undone safely (an imported deal may now point at
            # the organization an "Add organization" undo would remove): the history starts anew.
            self._ctx.history.clear()
            label = Message(QT_TRANSLATE_NOOP("Messages", "Import {file}"), file=path.name)
            self._ctx.announce(everything(label, Kind.IMPORT))
        return report

    def export(
        self, path: Path, what: str | None = None, translate: Translate = untranslated
    ) -> int:
        """Write a CSV (one table) or an .xlsx (all tables, or ``what``; stages and kinds in the
        language of ``translate``); returns rows written."""
        return self._ctx.read(lambda session: export(session, path, what, translate))
