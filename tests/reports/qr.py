"""Reading a QR code back from a rendered PDF page, as a phone would."""

from __future__ import annotations

import pypdfium2 as pdfium
import zxingcpp


def qr_payloads(pdf: bytes, dpi: int = 200) -> list[list[str]]:
    """The QR codes found on each page (a list per page)."""
    document = pdfium.PdfDocument(pdf)
    try:
        found = []
        for page in document:
            image = page.render(scale=dpi / 72).to_pil()
            codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            found.append([code.text for code in codes])
        return found
    finally:
        document.close()
