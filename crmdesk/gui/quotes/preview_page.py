"""One page of the print preview: as large as the page at the zoom, drawn from an image the
renderer makes at exactly the pixels it covers, asked for only when the page is painted."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget


class PreviewPage(QWidget):
    """A page at ``zoom`` (1.0 = actual size on this screen); ``wanted`` asks for its image."""

    wanted = Signal(int, QSize)  # page index, pixels

    def __init__(self, index: int, points: QSizeF, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index, self.points = index, points
        self.zoom = 1.0
        self.image: QImage | None = None  # the newest image, perhaps of an older zoom
        self._asked: QSize | None = None
        self.set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        """Resize for ``zoom``; the image is asked for again when the page is next painted."""
        self.zoom = zoom
        dpi = self.logicalDpiX() or 96
        size = QSize(
            round(self.points.width() * dpi / 72 * zoom),
            round(self.points.height() * dpi / 72 * zoom),
        )
        self.setFixedSize(size)
        self._asked = None
        self.update()

    def pixels(self) -> QSize:
        """The device pixels the page covers: its size times the screen's pixel ratio."""
        ratio = self.devicePixelRatioF()
        return QSize(round(self.width() * ratio), round(self.height() * ratio))

    def sharp(self) -> bool:
        """Whether the image shown is made for the page's present size."""
        return self.image is not None and self.image.size() == self.pixels()

    def show_image(self, image: QImage) -> None:
        """Use this rendering (from the renderer)."""
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.image = image
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new size (the layout applied the zoom): draw again, asking for a sharp image."""
        super().resizeEvent(event)
        self._asked = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The image (scaled while a sharper one is on its way), else a blank sheet."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(0, 0, self.width(), self.height()), self.image)
        else:
            painter.setPen(QColor("#98a2b3"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "…")
        painter.end()
        if not self.sharp() and self._asked != self.pixels():
            self._asked = self.pixels()
            self.wanted.emit(self.index, self._asked)
