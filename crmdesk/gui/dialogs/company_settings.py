"""Settings → Company profile: what heads every quote, and the quotes' defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Slot
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.banks import napas_banks
from crmdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from crmdesk.domain.money import CURRENCY_EXPONENTS
from crmdesk.domain.vietqr import check_account_number, check_holder
from crmdesk.gui.messages import error_text
from crmdesk.services import Services

LOGO_BOX = QSize(600, 240)  # a logo is scaled to fit inside this, keeping its shape
MAX_FILE_BYTES = 10_000_000
MAX_SIDE = 10_000
# A refusal's field, when a check names it differently from the setting.
FIELD_KEYS = {"email": "company.email", "phone": "company.phone"}


def load_logo(path: Path) -> bytes:
    """A logo file as scaled PNG bytes; ``ValueError`` with a sentence when it will not do."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValueError("The image is larger than 10 MB; choose a smaller logo.")
    reader = QImageReader(str(path))
    if bytes(reader.format().data()).lower() not in (b"png", b"jpeg", b"jpg"):
        raise ValueError("The logo must be a PNG or JPEG image.")
    size = reader.size()
    if size.width() > MAX_SIDE or size.height() > MAX_SIDE:
        raise ValueError("The image is too large (more than 10,000 pixels on a side).")
    image = reader.read()
    if image.isNull():
        raise ValueError(f"The image could not be read: {reader.errorString()}.")
    if image.width() > LOGO_BOX.width() or image.height() > LOGO_BOX.height():
        image = image.scaled(
            LOGO_BOX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format only as str; its stubs say bytes
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


class CompanySettings(QDialog):
    """Edit the company profile; Save writes it as one undoable change."""

    FIELDS = (
        ("company.name", QT_TRANSLATE_NOOP("CompanySettings", "Company &name:")),
        ("company.address", QT_TRANSLATE_NOOP("CompanySettings", "&Address:")),
        ("company.tax_code", QT_TRANSLATE_NOOP("CompanySettings", "&Tax code:")),
        ("company.phone", QT_TRANSLATE_NOOP("CompanySettings", "&Phone:")),
        ("company.email", QT_TRANSLATE_NOOP("CompanySettings", "&Email:")),
        ("company.website", QT_TRANSLATE_NOOP("CompanySettings", "&Website:")),
    )

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Company profile"))
        profile = services.settings.company()
        self.edits: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in self.FIELDS:
            edit = QLineEdit(str(profile[key] or ""))
            self.edits[key] = edit
            self._checked_row(form, QCoreApplication.translate("CompanySettings", label), edit, key)
        self._bank_rows(form, profile)
        self.logo = profile["company.logo"]
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setMinimumHeight(60)
        choose = QPushButton(self.tr("Choose &logo…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("No logo"))
        remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        form.addRow(self.tr("Logo:"), logo_row)
        self.currency = QComboBox()
        self.currency.addItems(["VND", "USD", *sorted(set(CURRENCY_EXPONENTS) - {"VND", "USD"})])
        self.currency.setCurrentText(profile["company.currency"])
        form.addRow(self.tr("Default &currency:"), self.currency)
        self.validity = QSpinBox()
        self.validity.setRange(1, 365)
        self.validity.setSuffix(self.tr(" days"))
        self.validity.setValue(int(profile["quote.validity_days"]))
        form.addRow(self.tr("Quotes &valid for:"), self.validity)
        self.terms = QPlainTextEdit(profile["quote.terms"] or "")
        self.terms.setTabChangesFocus(True)
        self.terms.setMaximumHeight(80)
        form.addRow(self.tr("Default &terms:"), self.terms)
        self.error = QLabel()
        self.error.setObjectName("companyError")
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.set_logo(self.logo)
        self.resize(640, 700)

    def _checked_row(self, form: QFormLayout, text: str, field: QWidget, key: str) -> None:
        """A row whose field has a sentence under it, shown when that field is refused."""
        label = QLabel()
        label.setObjectName(f"error:{key}")
        label.setStyleSheet("color: #c92a2a;")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        label.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(label)
        title = QLabel(text)
        title.setBuddy(field)  # keeps the row's Alt+letter
        form.addRow(title, box)
        self.field_errors[key] = label

    def _bank_rows(self, form: QFormLayout, profile: dict[str, object]) -> None:
        """Bank (a NAPAS member), account number, holder, and whether quotes carry a VietQR."""
        self.bank = QComboBox()
        self.bank.setObjectName("bank")
        self.bank.addItem(self.tr("No bank account"), "")
        for bank in napas_banks().banks:
            self.bank.addItem(f"{bank.short_name} — {bank.name} ({bank.bin})", bank.bin)
        self.bank.setCurrentIndex(max(0, self.bank.findData(profile["company.bank_bin"] or "")))
        self._checked_row(form, self.tr("Ban&k:"), self.bank, "company.bank_bin")
        for key, label, hint in (
            ("company.account_number", self.tr("Account n&umber:"), self.tr("digits only")),
            ("company.account_holder", self.tr("Account &holder:"), self.tr("as on the account")),
        ):
            edit = QLineEdit(str(profile[key] or ""))
            edit.setPlaceholderText(hint)
            edit.editingFinished.connect(lambda key=key: self.check_field(key))
            self.edits[key] = edit
            self._checked_row(form, label, edit, key)
        branch = QLineEdit(str(profile["company.bank_account"] or ""))
        branch.setPlaceholderText(self.tr("e.g. CN TP. Hồ Chí Minh"))
        self.edits["company.bank_account"] = branch
        form.addRow(self.tr("Bank b&ranch or note:"), branch)
        self.vietqr = QCheckBox(
            self.tr("Print a VietQR code on quotes in đồng, to pay by scanning")
        )
        self.vietqr.setChecked(bool(profile["quote.vietqr"]))
        form.addRow("", self.vietqr)

    def check_field(self, key: str) -> bool:
        """Check the account number or holder as typed; the sentence goes under the field."""
        check = {
            "company.account_number": check_account_number,
            "company.account_holder": check_holder,
        }
        try:
            check[key](self.edits[key].text())
        except ValidationError as error:
            self.show_error(error)
            return False
        self.field_errors[key].hide()
        return True

    def show_error(self, error: DomainError) -> None:
        """The sentence beside the field it is about, or under the form."""
        for label in self.field_errors.values():
            label.hide()
        self.error.clear()
        field = getattr(error, "field", None)
        key = FIELD_KEYS.get(field, field) if isinstance(field, str) else None
        if key in self.field_errors:
            self.field_errors[key].setText(error_text(error))
            self.field_errors[key].show()
            widget = self.bank if key == "company.bank_bin" else self.edits.get(key)
            if widget is not None:
                widget.setFocus()
        else:
            self.error.setText(error_text(error))

    def set_logo(self, logo: bytes | None) -> None:
        """Use (and preview) these PNG bytes as the logo, or none."""
        self.logo = logo
        if not logo:
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap.fromImage(QImage.fromData(logo))
        self.logo_preview.setPixmap(
            pixmap.scaledToHeight(56, Qt.TransformationMode.SmoothTransformation)
        )

    @Slot()
    def choose_logo(self) -> None:
        """Pick a PNG or JPEG; a broken or enormous file gets a sentence, not a crash."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.use_logo_file(Path(chosen))

    def use_logo_file(self, path: Path) -> bool:
        """Load, check and scale a logo file; show why when it cannot be used."""
        try:
            self.set_logo(load_logo(path))
        except (OSError, ValueError) as error:
            self.error.setText(error_text(error))
            return False
        self.error.clear()
        return True

    @Slot()
    def accept(self) -> None:
        """Save the profile; stay open with the reason when something is wrong."""
        profile: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        profile.update(
            {
                "company.logo": self.logo,
                "company.currency": self.currency.currentText(),
                "quote.validity_days": self.validity.value(),
                "quote.terms": self.terms.toPlainText(),
                "company.bank_bin": self.bank.currentData(),
                "quote.vietqr": self.vietqr.isChecked(),
            }
        )
        try:
            self.services.settings.set_company(profile)
        except DomainError as error:
            self.show_error(error)
            return
        super().accept()
