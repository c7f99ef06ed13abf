"""The quote editor: lines from the catalog or free text, live exact totals, status, paper."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QSettings, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import Quote
from crmdesk.domain.enums import QuoteStatus
from crmdesk.domain.errors import DomainError
from crmdesk.gui.date_typing import picked_date
from crmdesk.gui.formatting import format_money
from crmdesk.gui.messages import error_text
from crmdesk.gui.names import in_sentence
from crmdesk.gui.quotes.deal_value import ask_deal_value
from crmdesk.gui.quotes.lines_model import QuoteLinesModel
from crmdesk.gui.quotes.printing import export_pdf, print_quote
from crmdesk.services import LineSpec, Services


def status_name(status: QuoteStatus) -> str:
    """A quote's status as the user reads it."""
    return in_sentence(QuoteStatus(status))


class QuoteEditor(QDialog):
    """Edit one quote. Saving a sent quote makes the next revision and keeps the sent one."""

    def __init__(
        self, services: Services, quote_id: int, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.quote: Quote = services.quotes.get(quote_id)
        self.heading = QLabel()
        self.heading.setObjectName("quoteHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setObjectName("quoteMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # sentences quote what was typed
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.totals = QLabel()
        self.totals.setObjectName("quoteTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.catalog = QComboBox()
        self.catalog.setMinimumWidth(320)
        self.catalog.setAccessibleName(self.tr("Product to add"))
        add_product = QPushButton(self.tr("Add &product"))
        add_product.clicked.connect(self.add_product)
        add_free = QPushButton(self.tr("Add &free line"))
        add_free.clicked.connect(self.add_free_line)
        remove = QPushButton(self.tr("&Remove line"))
        remove.clicked.connect(self.remove_line)
        up, down = QPushButton(self.tr("Move &up")), QPushButton(self.tr("Move do&wn"))
        up.clicked.connect(lambda: self.move_line(-1))
        down.clicked.connect(lambda: self.move_line(1))
        self.line_buttons = [self.catalog, add_product, add_free, remove, up, down]
        tools = QHBoxLayout()
        for widget in self.line_buttons:
            tools.addWidget(widget)
        tools.addStretch(1)

        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("dd/MM/yyyy")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.terms = QPlainTextEdit()
        self.terms.setTabChangesFocus(True)
        self.terms.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Valid until:"), self.valid_until)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("&Terms:"), self.terms)
        bottom = QHBoxLayout()
        bottom.addLayout(form, 3)
        bottom.addWidget(self.totals, 2)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.send_button = QPushButton(self.tr("Mark s&ent"))
        self.send_button.clicked.connect(lambda: self.set_status(QuoteStatus.SENT))
        self.accept_button = QPushButton(self.tr("A&ccepted"))
        self.accept_button.clicked.connect(lambda: self.set_status(QuoteStatus.ACCEPTED))
        self.decline_button = QPushButton(self.tr("&Declined"))
        self.decline_button.clicked.connect(lambda: self.set_status(QuoteStatus.DECLINED))
        export = QPushButton(self.tr("E&xport PDF…"))
        export.clicked.connect(self.export)
        printing = QPushButton(self.tr("&Print…"))
        printing.clicked.connect(
            lambda: print_quote(self, self.services, self.quote.id, self.settings)
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.send_button, self.accept_button, self.decline_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (export, printing, close):
            buttons.addWidget(button)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(980, 640)
        self._show(self.quote)

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, quote: Quote) -> None:
        self.quote = quote
        deal = self.services.deals.get(quote.deal_id)
        self.setWindowTitle(self.tr("Quote %1").replace("%1", quote.number))
        self.heading.setText(  # the deal's title is the user's text: shown literally
            f"<b style='font-size:14pt'>{escape(quote.number)}</b> · "
            + escape(self.tr("revision %1").replace("%1", str(quote.revision)))
            + f" · <b>{escape(status_name(quote.status))}</b> · {escape(deal.title)}"
            + f" · {escape(quote.currency)}"
        )
        editable = quote.status in (QuoteStatus.DRAFT, QuoteStatus.SENT)
        self.model = QuoteLinesModel(quote.currency, self._stored_lines(), editable)
        self.model.rejected.connect(self.show_message)
        self.model.error_cleared.connect(self.message.clear)
        self.model.totals_changed.connect(self.show_totals)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.catalog.clear()
        for product in self.services.catalog.find():
            if product.currency == quote.currency:
                price = format_money(product.unit_price_minor, product.currency)
                self.catalog.addItem(f"{product.sku} · {product.name} · {price}", product.id)
        self.language.setCurrentIndex(max(0, self.language.findData(quote.language)))
        d = quote.valid_until
        self.valid_until.setDate(QDate(d.year, d.month, d.day))
        self.notes.setPlainText(quote.notes or "")
        self.terms.setPlainText(quote.terms or "")
        for widget in [
            *self.line_buttons,
            self.language,
            self.valid_until,
            self.notes,
            self.terms,
            self.save_button,
        ]:
            widget.setEnabled(editable)
        self.send_button.setEnabled(quote.status == QuoteStatus.DRAFT)
        self.accept_button.setEnabled(quote.status == QuoteStatus.SENT)
        self.decline_button.setEnabled(quote.status == QuoteStatus.SENT)
        self.show_totals()

    @Slot()
    def show_totals(self) -> None:
        """Subtotal, discount, VAT per rate and grand total of the lines as they stand."""
        cur = self.quote.currency
        try:
            totals = self.model.totals()
        except DomainError as error:
            self.totals.setText(error_text(error))
            return
        rows = [(self.tr("Subtotal"), totals.subtotal)]
        if totals.discount:
            rows.append((self.tr("Discount"), -totals.discount))
        for bucket in totals.vat_buckets:
            rows.append(
                (
                    self.tr("VAT %1 % on %2")
                    .replace("%1", str(bucket.rate))
                    .replace("%2", format_money(bucket.net, cur)),
                    bucket.vat,
                )
            )
        cells = "".join(
            f"<tr><td align='right'>{label}</td><td align='right'>{format_money(v, cur)}</td></tr>"
            for label, v in rows
        )
        total = format_money(totals.grand_total, cur)
        grand = self.tr("Grand total")
        self.totals.setText(
            f"<table cellspacing=3>{cells}<tr><td align='right'><b>{grand}</b>"
            f"</td><td align='right'><b>{total}</b></td></tr></table>"
        )

    @Slot(str)
    def show_message(self, text: str, error: bool = True) -> None:
        """A sentence under the form (red for a problem)."""
        self.message.setStyleSheet("color: #c92a2a;" if error else "color: #2b8a3e;")
        self.message.setText(text)

    # -- lines -----------------------------------------------------------------------------------

    @Slot()
    def add_product(self) -> None:
        """Add the chosen catalog product as a line (one of it, its price and VAT)."""
        product_id = self.catalog.currentData()
        if product_id is None:
            return
        p = self.services.catalog.get(product_id)
        self.model.append(LineSpec(p.name, p.unit, 1000, p.unit_price_minor, 0, p.vat_rate, p.id))
        self.table.selectRow(self.model.rowCount() - 1)

    @Slot()
    def add_free_line(self) -> None:
        """Add an empty line to describe by hand, and start typing its description."""
        self.model.append(LineSpec(self.tr("New line"), "", 1000, 0, 0, 10))
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _row(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else self.table.currentIndex().row()

    @Slot()
    def remove_line(self) -> None:
        """Delete the selected line."""
        self.model.remove(self._row())

    def move_line(self, step: int) -> None:
        """Move the selected line up or down."""
        row = self._row()
        if self.model.move(row, step):
            self.table.selectRow(row + step)

    # -- saving, status, paper -------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Write the quote (a sent one becomes a new revision); nothing is written on error."""
        try:
            saved = self.services.quotes.edit(
                self.quote.id,
                self.model.lines(),
                notes=self.notes.toPlainText(),
                terms=self.terms.toPlainText(),
                language=self.language.currentData(),
                valid_until=picked_date(self.valid_until),
            )
        except DomainError as error:
            self.show_message(error_text(error))
            line = error.values.get("n")
            self.model.error_row = line - 1 if isinstance(line, int) else None
            return False
        revised = saved.id != self.quote.id
        self._show(saved)
        self.show_message(
            self.tr("Saved as revision %1; revision %2, as sent, is kept.")
            .replace("%1", str(saved.revision))
            .replace("%2", str(saved.revision - 1))
            if revised
            else self.tr("Saved."),
            error=False,
        )
        return True

    def _stored_lines(self) -> list[LineSpec]:
        return [
            LineSpec(
                x.description,
                x.unit,
                x.quantity_milli,
                x.unit_price_minor,
                x.discount_bp,
                x.vat_rate,
                x.product_id,
            )
            for x in self.services.quotes.lines(self.quote.id)
        ]

    def _ready_to_leave_draft(self) -> bool:
        """A draft is saved first; a sent quote must not carry unsaved edits (they would be a
        new revision, not what the customer has)."""
        if self.quote.status == QuoteStatus.DRAFT:
            return self.save()
        if self.quote.status == QuoteStatus.SENT and self.model.lines() != self._stored_lines():
            self.show_message(self.tr("Save your changes first: they make a new revision."))
            return False
        return True

    def set_status(self, status: QuoteStatus) -> None:
        """Mark the quote sent, accepted (the deal is then Won, and worth the quote's total if
        the user says so) or declined."""
        if not self._ready_to_leave_draft():
            return
        set_value = False
        if status == QuoteStatus.ACCEPTED:
            answer = ask_deal_value(self, self.services, self.quote)
            if answer is None:
                return
            set_value = answer
        try:
            quote = self.services.quotes.set_status(self.quote.id, status, set_deal_value=set_value)
        except DomainError as error:
            self.show_message(error_text(error))
            return
        self._show(quote)
        if status == QuoteStatus.ACCEPTED:
            self.show_message(
                self.tr(
                    "Accepted: the deal is Won, worth the quote's total (Ctrl+Z undoes it all)."
                )
                if set_value
                else self.tr("Accepted: the deal is now Won (Ctrl+Z undoes both)."),
                error=False,
            )

    @Slot()
    def export(self) -> None:
        """Save the quote as a PDF file."""
        if not self._ready_to_leave_draft():
            return
        path = export_pdf(self, self.services, self.quote.id, self.settings)
        if path is not None:
            self.show_message(self.tr("Exported to %1").replace("%1", str(path)), error=False)

    @Slot()
    def reject(self) -> None:
        """Close; unsaved line edits are offered for saving first."""
        if self.model.editable and self.model.lines() != self._stored_lines():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this quote?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()
