"""The product catalog: find, add, edit and archive the products quotes are made of."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.entities import Product
from crmdesk.domain.errors import DomainError, ValidationError
from crmdesk.domain.money import CURRENCY_EXPONENTS, parse_amount
from crmdesk.domain.quote_math import VAT_RATES
from crmdesk.gui.formatting import format_amount, format_money
from crmdesk.gui.messages import error_text
from crmdesk.services import Services

CURRENCIES = ("VND", "USD", *sorted(set(CURRENCY_EXPONENTS) - {"VND", "USD"}))


class CatalogWindow(QDialog):
    """A searchable list of products beside a form for the selected (or a new) one."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Product catalog"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by SKU or name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(lambda _c: self.reload())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("Unit"), self.tr("Price"), self.tr("VAT")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.sku, self.name, self.unit, self.price = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.description = QLineEdit()
        self.currency = QComboBox()
        self.currency.addItems(list(CURRENCIES))
        self.vat = QComboBox()
        for rate in VAT_RATES:
            self.vat.addItem(f"{rate} %", rate)
        self.vat.setCurrentIndex(self.vat.findData(10))
        self.error = QLabel()
        self.error.setObjectName("catalogError")
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        form = QFormLayout()
        form.addRow(self.tr("&SKU:"), self.sku)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Unit:"), self.unit)
        price = QHBoxLayout()
        price.addWidget(self.price, 1)
        price.addWidget(self.currency)
        form.addRow(self.tr("Price:"), price)
        form.addRow(self.tr("&VAT:"), self.vat)
        self.new_button = QPushButton(self.tr("N&ew"))
        self.new_button.clicked.connect(self.clear_form)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.archive_button.clicked.connect(self.toggle_archive)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(820, 620)
        self._products: list[Product] = []
        self._editing: Product | None = None
        self.reload()
        self.clear_form()

    def reload(self, select: int | None = None) -> None:
        """Show the products matching the search."""
        self._products = self.services.catalog.find(
            self.search.text(), include_archived=self.show_archived.isChecked()
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._products))
        selected = False
        for row, p in enumerate(self._products):
            cells = (
                p.sku,
                p.name + (self.tr(" (archived)") if p.archived else ""),
                p.unit,
                format_money(p.unit_price_minor, p.currency),
                f"{p.vat_rate} %",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if p.id == select:
                self.table.selectRow(row)
                selected = True
        self.table.resizeColumnToContents(0)
        self.table.blockSignals(False)
        if selected:  # the form now edits that product: Archive applies to it
            self._show_selected()

    @Slot()
    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        p = self._products[rows[0].row()]
        self._editing = p
        self.sku.setText(p.sku)
        self.name.setText(p.name)
        self.description.setText(p.description or "")
        self.unit.setText(p.unit)
        self.currency.setCurrentText(p.currency)
        self.price.setText(format_amount(p.unit_price_minor, p.currency))
        self.vat.setCurrentIndex(self.vat.findData(p.vat_rate))
        self.archive_button.setText(self.tr("Rest&ore") if p.archived else self.tr("&Archive"))
        self.archive_button.setEnabled(True)
        self.error.clear()

    @Slot()
    def clear_form(self) -> None:
        """Start a new product."""
        self._editing = None
        self.table.clearSelection()
        for field in (self.sku, self.name, self.description, self.unit, self.price):
            field.clear()
        self.archive_button.setEnabled(False)
        self.error.clear()
        self.sku.setFocus()

    @Slot()
    def save(self) -> bool:
        """Add or update the product in the form; say what is wrong otherwise."""
        try:
            currency = self.currency.currentText()
            values = {
                "sku": self.sku.text(),
                "name": self.name.text(),
                "unit": self.unit.text(),
                "unit_price_minor": parse_amount(self.price.text(), currency, "unit_price"),
                "currency": currency,
                "vat_rate": self.vat.currentData(),
                "description": self.description.text() or None,
            }
            if self._editing is None:
                saved = self.services.catalog.add(**values)
            else:
                saved = self.services.catalog.update(self._editing.id, **values)
        except (ValidationError, DomainError) as error:
            self.error.setText(error_text(error))
            return False
        self.error.clear()
        self.reload(select=saved.id)
        return True

    @Slot()
    def toggle_archive(self) -> None:
        """Archive the product (or restore an archived one)."""
        if self._editing is None:
            return
        self.services.catalog.archive(self._editing.id, not self._editing.archived)
        self.show_archived.setChecked(self.show_archived.isChecked() or not self._editing.archived)
        self.reload(select=self._editing.id)
        self.clear_form()
