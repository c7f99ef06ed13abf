"""Insight: the forecast, the funnel and its bottleneck, and a win probability learnt from the
user's own history (see ``service.InsightService``)."""

from __future__ import annotations

from crmdesk.services.insight.figures import Figure, Forecast, Funnel, ModelStatus, Prediction
from crmdesk.services.insight.service import InsightService

__all__ = ["Figure", "Forecast", "Funnel", "InsightService", "ModelStatus", "Prediction"]
