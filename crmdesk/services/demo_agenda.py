"""The demo's agenda: a few leads and lost deals in nurturing plans, and today's follow-ups.

Runs at the end of the demo, in its transaction: the plans' touches before now are done (as
if the seller kept up), the rest are scheduled; a handful of follow-ups fall later today.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from random import Random
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    ActivityRow,
    ContactRow,
    DealRow,
    NurtureEnrolmentRow,
    NurturePlanRow,
    NurtureStepRow,
    OrganizationRow,
)
from crmdesk.domain.enums import ActivityKind, Stage
from crmdesk.domain.nurture import render_subject, touch_due
from crmdesk.domain.nurture_defaults import NOT_READY, TIMING
from crmdesk.services import local_zone
from crmdesk.services.derived import refresh_deal
from crmdesk.services.settings import read_scoring_config

# The seeded plans' subjects in Vietnamese, for the demo's Vietnamese deals.
VIETNAMESE = {
    "Thank {contact} and send our buyer's guide": "Cảm ơn {contact} và gửi cẩm nang chọn giải pháp",
    "Newsletter for {contact}: tips for {organization}": "Bản tin cho {contact}: mẹo hay cho {organization}",  # noqa: E501
    "Case study of a business like {organization}": "Câu chuyện khách hàng giống {organization}",
    "Newsletter for {contact}: what is new this month": "Bản tin cho {contact}: có gì mới tháng này",  # noqa: E501
    "Call {contact}: is {organization} ready to talk?": "Gọi {contact}: {organization} đã sẵn sàng trao đổi chưa?",  # noqa: E501
    "Thank {contact} and agree to stay in touch": "Cảm ơn {contact} và hẹn giữ liên lạc",
    "Quarterly newsletter for {contact}": "Bản tin quý cho {contact}",
    "Case study for {organization}: results a year on": "Câu chuyện khách hàng cho {organization}: kết quả sau một năm",  # noqa: E501
    "Call {contact}: is the timing better now?": "Gọi {contact}: thời điểm bây giờ đã phù hợp chưa?",  # noqa: E501
}
TODAY_FOLLOW_UPS = (
    (ActivityKind.CALL, "Gọi lại về báo giá", "Call back about the quote", 60),
    (ActivityKind.MEETING, "Họp trình bày giải pháp", "Present the solution", 60),
    (ActivityKind.EMAIL, "Gửi tài liệu kỹ thuật", "Send the technical sheet", 15),
)


def add_demo_agenda(session: Session, rng: Random, now: datetime) -> int:
    """Enrol a few leads and lost deals in the seeded plans and add today's follow-ups;
    returns how many activities it wrote."""
    plans = {p.key: p for p in session.scalars(select(NurturePlanRow).order_by(NurturePlanRow.id))}
    live = DealRow.archived.is_(False)
    held = session.scalar(select(func.count()).select_from(DealRow).where(live)) or 0
    if not held:
        return 0

    def ids(*where: Any) -> list[int]:  # ids only, in the table's order: memory stays flat
        return list(session.scalars(select(DealRow.id).where(live, *where).order_by(DealRow.id)))

    def rows(chosen: list[int]) -> list[DealRow]:
        found = {d.id: d for d in session.scalars(select(DealRow).where(DealRow.id.in_(chosen)))}
        return [found[i] for i in chosen]

    zone = local_zone.local_zone()
    touched: dict[int, DealRow] = {}
    written = 0
    quiet_leads = ids(DealRow.stage == Stage.LEAD, DealRow.next_action_at.is_(None))
    timing = ids(DealRow.stage == Stage.LOST, DealRow.lost_reason == "timing")
    count = max(2, min(8, held // 60))
    for deal in rows(rng.sample(quiet_leads, min(count, len(quiet_leads)))):
        if NOT_READY in plans:
            written += _enrol(session, deal, plans[NOT_READY], now - _days(rng, 2, 30), now, zone)
            touched[deal.id] = deal
    for deal in rows(rng.sample(timing, min(max(1, count // 3), len(timing)))):
        if TIMING in plans:
            written += _enrol(session, deal, plans[TIMING], now - _days(rng, 10, 120), now, zone)
            touched[deal.id] = deal
    open_ids = ids(DealRow.stage.in_((Stage.PROSPECT, Stage.OPPORTUNITY)))
    open_deals = rows(rng.sample(open_ids, min(3, len(open_ids))))
    local_now = now.astimezone(zone)
    for (kind, vi, en, remind), deal in zip(TODAY_FOLLOW_UPS, open_deals, strict=False):
        due = local_now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        due += timedelta(hours=rng.randint(0, 3), minutes=rng.choice((0, 30)))
        if due.date() != local_now.date():
            continue
        subject = en if deal.currency == "USD" else vi
        session.add(
            ActivityRow(
                deal_id=deal.id, kind=kind, subject=subject, due_at=due, remind_before=remind
            )
        )
        touched[deal.id] = deal
        written += 1
    session.flush()
    config = read_scoring_config(session)
    for deal in touched.values():
        refresh_deal(session, deal, config, now)
    session.flush()
    return written


def _days(rng: Random, low: int, high: int) -> timedelta:
    return timedelta(days=rng.uniform(low, high))


def _enrol(
    session: Session,
    deal: DealRow,
    plan: NurturePlanRow,
    started: datetime,
    now: datetime,
    zone: tzinfo,
) -> int:
    """One enrolment started at ``started``: touches due before now are done."""
    steps = session.scalars(
        select(NurtureStepRow)
        .where(NurtureStepRow.plan_id == plan.id)
        .order_by(NurtureStepRow.position)
    ).all()
    enrolment = NurtureEnrolmentRow(
        deal_id=deal.id, plan_id=plan.id, started_at=started, steps=len(steps)
    )
    session.add(enrolment)
    session.flush()
    org = session.get(OrganizationRow, deal.organization_id) if deal.organization_id else None
    person = session.get(ContactRow, deal.contact_id) if deal.contact_id else None
    english = deal.currency == "USD"
    for step in steps:
        template = step.subject if english else VIETNAMESE.get(step.subject, step.subject)
        due = touch_due(started, zone, step.day_offset)
        done = due + timedelta(hours=2) if due + timedelta(hours=2) < now else None
        subject = render_subject(
            template, person.full_name if person else None, org.name if org else None, deal.title
        )
        session.add(
            ActivityRow(
                deal_id=deal.id,
                kind=step.kind,
                subject=subject,
                due_at=due,
                done_at=done,
                occurred_at=done,
                enrolment_id=enrolment.id,
            )
        )
    return len(steps)
