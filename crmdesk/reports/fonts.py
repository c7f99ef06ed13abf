"""Where the documents' fonts are: DejaVu Sans, shipped inside the package with its licence."""

from __future__ import annotations

from pathlib import Path

from crmdesk.resources import resource_path


def fonts_folder() -> Path:
    """The bundled fonts (``crmdesk/resources/fonts``) as a real folder, for ReportLab."""
    return resource_path("fonts")
