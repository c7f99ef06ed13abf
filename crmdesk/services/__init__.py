"""The one API that the window, the command line and the tests use. Returns immutable rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from crmdesk.services.activities import ActivityService
from crmdesk.services.agenda import AgendaService
from crmdesk.services.board import BoardService
from crmdesk.services.catalog import CatalogService
from crmdesk.services.context import ServiceContext, utc_now
from crmdesk.services.criteria import CriteriaService
from crmdesk.services.deal_list import DealListService
from crmdesk.services.deals import DealService
from crmdesk.services.derived import refresh_affected
from crmdesk.services.duplicates import DuplicateService
from crmdesk.services.insight import InsightService
from crmdesk.services.notices import Change, Kind, OpChanges
from crmdesk.services.nurture import NurtureService
from crmdesk.services.people import ContactService, OrganizationService
from crmdesk.services.people_lists import PeopleListService
from crmdesk.services.pipeline import AnswerInput, GateView, PipelineService
from crmdesk.services.quote_rows import LineSpec
from crmdesk.services.quotes import QuoteService
from crmdesk.services.scoring import ScoringService
from crmdesk.services.settings import SettingsService
from crmdesk.services.storage import StorageService
from crmdesk.services.transfer import TransferService
from crmdesk.services.undo import UndoHistory

__all__ = ["AnswerInput", "Change", "GateView", "Kind", "LineSpec", "OpChanges", "Services"]


class Services:
    """All services over one database, sharing one undo history and one change notice."""

    def __init__(
        self, session_factory: sessionmaker[Session], clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.context = ServiceContext(session_factory, clock, refresh_affected)
        self.organizations = OrganizationService(self.context)
        self.contacts = ContactService(self.context)
        self.deals = DealService(self.context)
        self.activities = ActivityService(self.context)
        self.pipeline = PipelineService(self.context)
        self.board = BoardService(self.context)
        self.settings = SettingsService(self.context)
        self.scoring = ScoringService(self.context)
        self.criteria = CriteriaService(self.context)
        self.catalog = CatalogService(self.context)
        self.quotes = QuoteService(self.context)
        self.transfer = TransferService(self.context)
        self.storage = StorageService(self.context)
        self.agenda = AgendaService(self.context)
        self.nurture = NurtureService(self.context)
        self.insight = InsightService(self.context)
        self.people = PeopleListService(self.context)
        self.deal_list = DealListService(self.context)
        self.duplicates = DuplicateService(self.context)

    @property
    def history(self) -> UndoHistory:
        """Undo and redo."""
        return self.context.history
