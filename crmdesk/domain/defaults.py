"""The defaults a new database starts with (DESIGN.md section 1); all editable in settings."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.enums import ActivityKind, Gate, Stage, SubStage
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
        "Fits the ideal customer profile (industry, company size, region)",
        True,
    ),
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "buying_intent",
        "Shows buying intent (repeat visits, a high-value download, an information request)",
        True,
    ),
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "two_way_conversation",
        "Engaged in a two-way conversation (replied, joined a webinar, took a call)",
        True,
    ),
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "problem_acknowledged",
        "Acknowledges a problem our offer solves",
        False,
    ),
    DefaultCriterion(
        Gate.LEAD_TO_PROSPECT,
        "buying_role_identified",
        "Role in the buying decision identified",
        False,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "defined_need",
        "A defined need that our product or service solves",
        True,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "budget",
        "Budget confirmed or allocated",
        True,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "timeline",
        "Timeline or target date agreed",
        True,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "decision_maker",
        "Decision maker involved in the conversation",
        True,
    ),
    DefaultCriterion(
        Gate.PROSPECT_TO_OPPORTUNITY,
        "pricing_discussion",
        "Ready to discuss pricing, implementation and return on investment",
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
    ("price_too_high", "Price too high", False),
    ("competitor", "Chose a competitor", False),
    ("no_budget", "No budget", False),
    ("no_decision", "No decision / stalled", False),
    ("timing", "Timing not right", False),
    ("not_a_fit", "Not a fit", False),
    ("unresponsive", "Unresponsive", False),
    ("other", "Other", True),
)

DEFAULT_SCORING_RULES: tuple[ScoringRule, ...] = (
    ScoringRule("website_visit", "Website visit", 3, 15, ActivityKind.WEBSITE_VISIT),
    ScoringRule("pricing_visit", "Pricing-page visit", 8, None, ActivityKind.PRICING_VISIT),
    ScoringRule("content_download", "Content download", 8, 24, ActivityKind.CONTENT_DOWNLOAD),
    ScoringRule("newsletter_signup", "Newsletter sign-up", 5, None, ActivityKind.NEWSLETTER_SIGNUP),
    ScoringRule("webinar_attended", "Webinar attended", 10, None, ActivityKind.WEBINAR_ATTENDED),
    ScoringRule("email_reply", "Email reply", 10, None, ActivityKind.EMAIL_REPLY),
    ScoringRule("inquiry", "Inquiry or contact form", 15, None, ActivityKind.INQUIRY),
    ScoringRule("demo_request", "Demo request", 25, None, ActivityKind.DEMO_REQUEST),
    ScoringRule("quote_request", "Quote request", 30, None, ActivityKind.QUOTE_REQUEST),
    ScoringRule(FIT_INDUSTRY, "Industry in the target list", 15),
    ScoringRule(FIT_COMPANY_SIZE, "Company size in the target band", 10),
    ScoringRule(FIT_DECISION_MAKER, "Contact is the decision maker", 15),
    ScoringRule(FIT_INFLUENCER, "Contact is an influencer", 5),
    ScoringRule(FIT_FREE_MAIL, "Free-mail address", -5),
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
    "company.bank_account": "",
    "company.currency": "VND",
    "company.logo": "",  # PNG, base64
    "quote.validity_days": 30,
    "quote.terms": "",
}
