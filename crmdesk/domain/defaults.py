"""The defaults a new database starts with (the README's *The pipeline*); all editable in settings.

The labels are English and marked for translation in context ``Defaults``: a file keeps what
it was seeded with, and the window shows a label translated as long as nobody renamed it.
"""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.enums import ActivityKind, Gate, Stage, SubStage
from crmdesk.domain.errors import QT_TRANSLATE_NOOP
from crmdesk.domain.scoring import (
    FIT_COMPANY_SIZE,
    FIT_DECISION_MAKER,
    FIT_FREE_MAIL,
    FIT_INDUSTRY,
    FIT_INFLUENCER,
    ScoringRule,
)


@dataclass(frozen=True, slots=True)
class DefaultCriterion:
    """A criterion as seeded in a new file."""

    gate: Gate
    key: str
    label: str
    required: bool


DEFAULT_CRITERIA: tuple[DefaultCriterion, ...] = (
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "icp_fit",
        QT_TRANSLATE_NOOP(
            "Defaults", "Fits the ideal customer profile (industry, company size, region)"
        ),
        True,
    ),
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "buying_intent",
        QT_TRANSLATE_NOOP(
            "Defaults",
            "Shows buying intent (repeat visits, a high-value download, an information request)",
        ),
        True,
    ),
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "two_way_conversation",
        QT_TRANSLATE_NOOP(
            "Defaults", "Engaged in a two-way conversation (replied, joined a webinar, took a call)"
        ),
        True,
    ),
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "problem_acknowledged",
        QT_TRANSLATE_NOOP("Defaults", "Acknowledges a problem our offer solves"),
        False,
    ),
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "buying_role_identified",
        QT_TRANSLATE_NOOP("Defaults", "Role in the buying decision identified"),
        False,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "defined_need",
        QT_TRANSLATE_NOOP("Defaults", "A defined need that our product or service solves"),
        True,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "budget",
        QT_TRANSLATE_NOOP("Defaults", "Budget confirmed or allocated"),
        True,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "timeline",
        QT_TRANSLATE_NOOP("Defaults", "Timeline or target date agreed"),
        True,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "decision_maker",
        QT_TRANSLATE_NOOP("Defaults", "Decision maker involved in the conversation"),
        True,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "pricing_discussion",
        QT_TRANSLATE_NOOP(
            "Defaults", "Ready to discuss pricing, implementation and return on investment"
        ),
        False,
    ),
)

DEFAULT_PROBABILITIES: dict[SubStage, int] = {
    SubStage.NEEDS_IDENTIFIED: 25,
    SubStage.PROPOSAL_SENT: 50,
    SubStage.NEGOTIATION: 75,
    SubStage.CLOSING: 90,
}

# (key, label, needs a note)
DEFAULT_LOST_REASONS: tuple[tuple[str, str, bool], ...] = (
    ("price_too_high", QT_TRANSLATE_NOOP("Defaults", "Price too high"), False),
    ("competitor", QT_TRANSLATE_NOOP("Defaults", "Chose a competitor"), False),
    ("no_budget", QT_TRANSLATE_NOOP("Defaults", "No budget"), False),
    ("no_decision", QT_TRANSLATE_NOOP("Defaults", "No decision / stalled"), False),
    ("timing", QT_TRANSLATE_NOOP("Defaults", "Timing not right"), False),
    ("not_a_fit", QT_TRANSLATE_NOOP("Defaults", "Not a fit"), False),
    ("unresponsive", QT_TRANSLATE_NOOP("Defaults", "Unresponsive"), False),
    ("other", QT_TRANSLATE_NOOP("Defaults", "Other"), True),
)

DEFAULT_SCORING_RULES: tuple[ScoringRule, ...] = (
    ScoringRule(
        "website_visit",
        QT_TRANSLATE_NOOP("Defaults", "Website visit"),
        3,
        15,
        ActivityKind.WEBSITE_VISIT,
    ),
    ScoringRule(
        "pricing_visit",
        QT_TRANSLATE_NOOP("Defaults", "Pricing-page visit"),
        8,
        None,
        ActivityKind.PRICING_VISIT,
    ),
    ScoringRule(
        "content_download",
        QT_TRANSLATE_NOOP("Defaults", "Content download"),
        8,
        24,
        ActivityKind.CONTENT_DOWNLOAD,
    ),
    ScoringRule(
        "newsletter_signup",
        QT_TRANSLATE_NOOP("Defaults", "Newsletter sign-up"),
        5,
        None,
        ActivityKind.NEWSLETTER_SIGNUP,
    ),
    ScoringRule(
        "webinar_attended",
        QT_TRANSLATE_NOOP("Defaults", "Webinar attended"),
        10,
        None,
        ActivityKind.WEBINAR_ATTENDED,
    ),
    ScoringRule(
        "email_reply",
        QT_TRANSLATE_NOOP("Defaults", "Email reply"),
        10,
        None,
        ActivityKind.EMAIL_REPLY,
    ),
    ScoringRule(
        "inquiry",
        QT_TRANSLATE_NOOP("Defaults", "Inquiry or contact form"),
        15,
        None,
        ActivityKind.INQUIRY,
    ),
    ScoringRule(
        "demo_request",
        QT_TRANSLATE_NOOP("Defaults", "Demo request"),
        25,
        None,
        ActivityKind.DEMO_REQUEST,
    ),
    ScoringRule(
        "quote_request",
        QT_TRANSLATE_NOOP("Defaults", "Quote request"),
        30,
        None,
        ActivityKind.QUOTE_REQUEST,
    ),
    ScoringRule(FIT_INDUSTRY, QT_TRANSLATE_NOOP("Defaults", "Industry in the target list"), 15),
    ScoringRule(
        FIT_COMPANY_SIZE, QT_TRANSLATE_NOOP("Defaults", "Company size in the target band"), 10
    ),
    ScoringRule(
        FIT_DECISION_MAKER, QT_TRANSLATE_NOOP("Defaults", "Contact is the decision maker"), 15
    ),
    ScoringRule(FIT_INFLUENCER, QT_TRANSLATE_NOOP("Defaults", "Contact is an influencer"), 5),
    ScoringRule(FIT_FREE_MAIL, QT_TRANSLATE_NOOP("Defaults", "Free-mail address"), -5),
)

DEFAULT_STALE_DAYS: dict[Stage, int] = {Stage.LEAD: 14, Stage.PROSPECT: 21, Stage.OPPORTUNITY: 30}

DEFAULT_FREE_MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.com.vn",
    "hotmail.com",
    "outlook.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "mail.com",
    "yandex.com",
    "zoho.com",
)

# Settings stored as key/value; the values here are the defaults of a new file.
DEFAULT_SETTINGS: dict[str, object] = {
    "scoring.half_life_days": 30,
    "scoring.warm_at": 30,
    "scoring.hot_at": 70,
    "scoring.target_industries": [],
    "scoring.size_min": 10,
    "scoring.size_max": 250,
    "scoring.free_mail_domains": list(DEFAULT_FREE_MAIL_DOMAINS),
    "stale.lead_days": DEFAULT_STALE_DAYS[Stage.LEAD],
    "stale.prospect_days": DEFAULT_STALE_DAYS[Stage.PROSPECT],
    "stale.opportunity_days": DEFAULT_STALE_DAYS[Stage.OPPORTUNITY],
    "company.name": "",
    "company.address": "",
    "company.tax_code": "",
    "company.phone": "",
    "company.email": "",
    "company.website": "",
    "company.bank_account": "",  # the branch or a note, printed after the bank on the letterhead
    "company.bank_bin": "",  # the bank's 6-digit NAPAS BIN (domain/data/napas_banks.json)
    "company.account_number": "",
    "company.account_holder": "",
    "company.currency": "VND",
    "company.logo": "",  # PNG, base64
    "quote.validity_days": 30,
    "quote.terms": "",
    "quote.vietqr": True,  # a VND quote carries a VietQR block when the company has an account
    # Insight: '' reports in the company's currency; the target is in its minor unit.
    "insight.currency": "",
    "insight.monthly_target_minor": 0,
    "insight.commit_threshold": 75,
    "insight.probabilities": "stage",  # or "learnt"
}
