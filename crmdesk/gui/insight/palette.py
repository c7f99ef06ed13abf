"""The Insight charts' colours (the same in the window and on paper)."""

from __future__ import annotations

WON = "#2e8b57"
WEIGHTED = "#3c78d8"
BEST = "#b8cdee"
FUNNEL = "#5b7fb5"
STAY = "#e69138"
LOST = "#c0504d"
TARGET = "#c0392b"
