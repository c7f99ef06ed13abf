"""After a deal goes back to Lead, or is lost because the timing was not right: offer a plan.

The offer never interrupts: the move is done, and a bar over the view suggests the plan
(one click enrols, undoably); ignoring it changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from crmdesk.domain.enums import Stage
from crmdesk.domain.nurture_defaults import NOT_READY, TIMING
from crmdesk.gui.formatting import plural
from crmdesk.gui.messages import label_text
from crmdesk.gui.operations import nurture as ops
from crmdesk.gui.operations.feedback import Feedback
from crmdesk.gui.today.enrol_dialog import EnrolDialog
from crmdesk.gui.today.offer_banner import OfferBanner
from crmdesk.services import Services

TIMING_REASON = "timing"  # the seeded lost reason "Timing not right"
translate = QCoreApplication.translate


class EnrolOffer:
    """The move controller's ``on_moved`` hook: offers a plan, enrols on a click (undoable)."""

    def __init__(
        self, services: Services, feedback: Feedback, banner: OfferBanner, parent: QWidget
    ) -> None:
        self._services, self._feedback, self._parent = services, feedback, parent
        self.banner = banner
        self.pending: tuple[list[int], str] | None = None  # the deals and the suggested plan
        banner.accepted.connect(lambda: self.accept())
        banner.choose_requested.connect(self.choose)

    def after_move(self, ids: Sequence[int], target: Stage, answers: Mapping[str, object]) -> None:
        """Offer a plan to the deals just moved back to Lead or lost for timing."""
        if target == Stage.LEAD:
            suggested = NOT_READY
        elif target == Stage.LOST and answers.get("lost_reason") == TIMING_REASON:
            suggested = TIMING
        else:
            return
        free = [i for i in ids if self._services.nurture.enrolment(i) is None]
        plans = {p.key: p for p in self._services.nurture.plans()}
        if not free or not plans:
            return
        plan = plans.get(suggested) or next(iter(plans.values()))
        self.pending = (free, plan.key)
        if len(free) == 1:
            title = self._services.deals.get(free[0]).title
            sentence = translate("Today", "“%1” is not ready yet: keep in touch with a plan?")
            sentence = sentence.replace("%1", title)
        else:
            sentence = plural(
                len(free),
                translate("Today", "%1 deal is not ready yet: keep in touch with a plan?"),
                translate("Today", "%1 deals are not ready yet: keep in touch with a plan?"),
            )
        self.banner.offer(sentence, label_text(plan.name))

    def accept(self, key: str | None = None) -> bool:
        """Enrol the offered deals in the suggested plan (or ``key``)."""
        if self.pending is None:
            return False
        ids, suggested = self.pending
        self.pending = None
        self.banner.hide()
        return ops.enrol(self._services, self._feedback, ids, key or suggested)

    def choose(self) -> bool:
        """Pick the plan in the enrol dialog, then enrol."""
        if self.pending is None:
            return False
        ids, suggested = self.pending
        titles = [self._services.deals.get(i).title for i in ids]
        dialog = EnrolDialog(titles, self._services.nurture.plans(), suggested, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice() is None:
            return False
        return self.accept(dialog.choice())
