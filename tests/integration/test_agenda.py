"""The agenda over a real file: sections in the user's zone, one-gesture changes, undo, .ics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from crmdesk.app import Workspace
from crmdesk.domain.agenda import Reschedule
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services, local_zone
from tests.conftest import Clock, dump
from tests.integration.helpers import make_lead

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(autouse=True)
def saigon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_zone, "local_zone", lambda: SAIGON)


def test_sections_follow_local_midnight_in_saigon(services: Services, clock: Clock) -> None:
    clock.now = datetime(2026, 11, 2, 16, 30, tzinfo=UTC)  # 23:30 in Saigon
    deal = make_lead(services)
    late = services.activities.schedule(
        deal.id, "call", "Gọi muộn", clock.now + timedelta(minutes=20)
    )
    tomorrow = services.activities.schedule(
        deal.id, "task", "Việc sáng mai", clock.now + timedelta(hours=2)
    )
    past = services.activities.schedule(deal.id, "email", "Gửi thư", clock.now - timedelta(hours=1))
    agenda = services.agenda.agenda(7)
    assert [i.activity_id for i in agenda.overdue] == [past.id]
    assert [i.activity_id for i in agenda.today] == [late.id]
    assert [i.activity_id for i in agenda.upcoming] == [tomorrow.id]
    assert services.agenda.counts().overdue == 1 and services.agenda.counts().today == 1
    clock.advance(minutes=40)  # past midnight: yesterday's late call is overdue now
    moved = services.agenda.agenda(7)
    assert [i.activity_id for i in moved.overdue] == [past.id, late.id]
    assert [i.activity_id for i in moved.today] == [tomorrow.id]


def test_done_follow_ups_and_archived_deals_leave_the_agenda(
    services: Services, clock: Clock
) -> None:
    deal = make_lead(services)
    other = make_lead(services, "Website – Hoa Sen")
    a = services.activities.schedule(deal.id, "call", "Gọi", clock.now + timedelta(hours=1))
    services.activities.schedule(other.id, "call", "Gọi", clock.now + timedelta(hours=1))
    assert services.agenda.counts().today == 2
    services.deals.archive([other.id])
    assert [i.activity_id for i in services.agenda.agenda().items()] == [a.id]
    assert services.agenda.counts().today == 1
    services.activities.complete(a.id)
    assert services.agenda.agenda().items() == ()


def test_reschedule_snooze_and_reminder_are_each_one_undoable_change(
    services: Services, workspace: Workspace, clock: Clock
) -> None:
    deal = make_lead(services)
    due = datetime(2026, 11, 2, 14, 30, tzinfo=SAIGON)
    call = services.activities.schedule(deal.id, "call", "Gọi lại", due)
    changes = [
        lambda: services.agenda.reschedule_to(call.id, Reschedule.TOMORROW),
        lambda: services.agenda.reschedule_to(call.id, Reschedule.NEXT_WEEK),
        lambda: services.agenda.reschedule(call.id, datetime(2026, 12, 1, 8, 0, tzinfo=SAIGON)),
        lambda: services.agenda.snooze(call.id),
        lambda: services.agenda.set_reminder(call.id, 60),
        lambda: services.agenda.set_reminder(call.id, None),
        lambda: services.activities.complete(call.id),
    ]
    for change in changes:
        before = dump(workspace.engine)
        change()
        after = dump(workspace.engine)
        assert after != before
        services.history.undo()
        assert dump(workspace.engine) == before
        services.history.redo()
        assert dump(workspace.engine) == after
        services.history.undo()
    tomorrow = services.agenda.reschedule_to(call.id, Reschedule.TOMORROW)
    assert tomorrow.due_at.astimezone(SAIGON) == datetime(2026, 11, 3, 14, 30, tzinfo=SAIGON)
    card = services.board.column("lead")[0]
    assert card.next_action is not None and card.next_action.due_at == tomorrow.due_at


def test_a_done_follow_up_cannot_be_rescheduled_and_nothing_changes(
    services: Services, workspace: Workspace, clock: Clock
) -> None:
    deal = make_lead(services)
    call = services.activities.schedule(deal.id, "call", "Gọi", clock.now + timedelta(hours=1))
    services.activities.complete(call.id)
    before = dump(workspace.engine)
    with pytest.raises(ValidationError, match="not an open follow-up"):
        services.agenda.snooze(call.id)
    with pytest.raises(ValidationError, match="0 to 1440 minutes"):
        services.agenda.set_reminder(call.id, 5000)
    assert dump(workspace.engine) == before


def test_the_agenda_reads_back_from_ics_with_the_same_events(
    services: Services, clock: Clock, tmp_path: Path
) -> None:
    deal = make_lead(services)
    call = services.activities.schedule(
        deal.id, "call", "Gọi anh Đức về báo giá", datetime(2026, 11, 3, 14, 0, tzinfo=SAIGON)
    )
    meeting = services.activities.schedule(
        deal.id, "meeting", "Họp tại văn phòng", datetime(2026, 11, 5, 9, 30, tzinfo=SAIGON)
    )
    services.agenda.set_reminder(meeting.id, 1440)
    services.agenda.set_reminder(call.id, None)
    data = services.agenda.calendar(7, name="CRM Desk — crm.sqlite")
    calendar = Calendar.from_ical(data)
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    identity = services.agenda.identity()
    assert set(events) == {f"activity-{call.id}@{identity}.crmdesk",
                           f"activity-{meeting.id}@{identity}.crmdesk"}  # fmt: skip
    e_call = events[f"activity-{call.id}@{identity}.crmdesk"]
    e_meeting = events[f"activity-{meeting.id}@{identity}.crmdesk"]
    assert str(e_call["summary"]) == "Gọi anh Đức về báo giá"
    assert e_call.decoded("dtstart") == datetime(2026, 11, 3, 14, 0, tzinfo=SAIGON)
    assert e_call["dtstart"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert e_call.walk("VALARM") == []
    [alarm] = e_meeting.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(days=1)
    assert e_meeting.decoded("duration") == timedelta(hours=1)
    assert "Công ty TNHH Hoa Sen" in str(e_meeting["description"])
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Asia/Ho_Chi_Minh"


def test_a_re_export_keeps_the_uids_and_raises_the_sequence(
    services: Services, clock: Clock
) -> None:
    deal = make_lead(services)
    call = services.activities.schedule(deal.id, "call", "Gọi", clock.now + timedelta(hours=3))
    first = Calendar.from_ical(services.agenda.calendar())
    clock.advance(minutes=5)
    services.agenda.snooze(call.id)
    second = Calendar.from_ical(services.agenda.calendar())
    [a], [b] = first.walk("VEVENT"), second.walk("VEVENT")
    assert a["uid"] == b["uid"]
    assert b.decoded("sequence") > a.decoded("sequence")
    assert b.decoded("dtstart") == clock.now + timedelta(hours=1)


def test_the_calendar_identity_is_kept_by_the_file(workspace: Workspace, db_path: Path) -> None:
    from crmdesk.app import open_workspace

    identity = workspace.services.agenda.identity()
    assert len(identity) == 32
    again = open_workspace(db_path)
    try:
        assert again.services.agenda.identity() == identity
    finally:
        again.close()


def test_a_capped_section_still_counts_everything(services: Services, clock: Clock) -> None:
    deal = make_lead(services)
    for hours in (1, 2, 3):
        services.activities.schedule(
            deal.id, "call", f"Gọi {hours}", clock.now - timedelta(hours=hours)
        )
    agenda = services.agenda.agenda(7, limit=2)
    assert len(agenda.overdue) == 2 and agenda.overdue_total == 3
    assert [i.subject for i in agenda.overdue] == ["Gọi 3", "Gọi 2"]


def test_reminder_candidates_look_as_far_ahead_as_each_lead_time(
    services: Services, clock: Clock
) -> None:
    deal = make_lead(services)
    now = clock.now
    in_20h = services.activities.schedule(deal.id, "meeting", "Họp", now + timedelta(hours=20))
    services.agenda.set_reminder(in_20h.id, 1440)
    in_30m = services.activities.schedule(deal.id, "call", "Gọi", now + timedelta(minutes=30))
    services.agenda.set_reminder(in_30m.id, 60)
    later = services.activities.schedule(deal.id, "task", "Việc", now + timedelta(hours=3))
    silent = services.activities.schedule(deal.id, "email", "Thư", now + timedelta(minutes=5))
    services.agenda.set_reminder(silent.id, None)
    past = services.activities.schedule(deal.id, "call", "Trễ", now - timedelta(minutes=5))
    ids = {i.activity_id for i in services.agenda.reminder_candidates(now, now)}
    assert ids == {in_20h.id, in_30m.id}
    assert later.id not in ids and past.id not in ids
