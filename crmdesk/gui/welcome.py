"""What an empty database shows: the ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class Welcome(QWidget):
    """An empty board's welcome: start with a lead, or look around the sample data."""

    new_lead_requested = Signal()
    sample_data_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to CRM Desk"))
        title.setObjectName("welcomeTitle")
        self.text = text = QLabel()
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A centred, wrapped label gets its size hint, not its height for width: fix both.
        text.setFixedWidth(520)
        self.new = QPushButton(self.tr("New lead…"))
        self.new.setDefault(True)
        self.new.clicked.connect(self.new_lead_requested)
        self.sample = QPushButton(self.tr("Open sample data"))
        self.sample.clicked.connect(self.sample_data_requested)
        self.importing = QPushButton(self.tr("Import a spreadsheet…"))
        self.importing.setToolTip(
            self.tr("Bring in the leads you keep in a spreadsheet or another CRM's export")
        )
        self.importing.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new)
        buttons.addWidget(self.importing)
        buttons.addWidget(self.sample)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.set_sample_available(True)

    def set_sample_available(self, available: bool) -> None:
        """Offer the sample data only where it can be opened (not from the sample file itself)."""
        self.sample.setVisible(available)
        self.text.setText(
            self.tr(
                "Your pipeline is empty. Add the first lead you are talking to, bring in the "
                "ones you keep in a spreadsheet, or open the sample data to see a living "
                "pipeline (it is a separate file: sample deals never mix with yours)."
            )
            if available
            else self.tr(
                "Your pipeline is empty. Add the first lead you are talking to, or bring in "
                "the ones you keep in a spreadsheet."
            )
        )
        self.text.setMinimumHeight(self.text.heightForWidth(520))
