"""Paints a deal card: title, parties, value, score badge, stage details, next action, staleness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crmdesk.domain.entities import CardRow
from crmdesk.domain.enums import QuoteStatus, Stage, SubStage, Temperature
from crmdesk.gui.board.column_model import CARD_ROLE
from crmdesk.gui.formatting import days_since, format_money, local_date, plural
from crmdesk.gui.names import in_sentence, name
from crmdesk.services.context import Clock

CARD_HEIGHT = 98
PIXMAP_CACHE = 300  # cards kept as images, about 25 MB at 400×98 on a 2× screen
MARGIN = 5
PAD = 10

TEMPERATURE_COLORS = {
    Temperature.HOT: QColor("#d9480f"),
    Temperature.WARM: QColor("#e8a317"),
    Temperature.COLD: QColor("#4a7bb7"),
}
OVERDUE = QColor("#c92a2a")
DUE_TODAY = QColor("#b7791f")
MUTED = QColor("#667085")

translate = QCoreApplication.translate


def temperature_name(temperature: Temperature) -> str:
    """The temperature as the user reads it."""
    return in_sentence(Temperature(temperature))


def sub_stage_name(sub_stage: SubStage) -> str:
    """An opportunity sub-stage as the user reads it."""
    return name(SubStage(sub_stage))


def quote_status_name(status: QuoteStatus) -> str:
    """A quote's status as a card shows it."""
    return in_sentence(QuoteStatus(status))


def due_state(due: datetime, now: datetime) -> str:
    """``overdue``, ``today`` or ``later`` for a next action's due time (local days)."""
    local_due, local_now = due.astimezone(), now.astimezone()
    if local_due.date() == local_now.date():
        return "today"
    return "overdue" if due < now else "later"


@dataclass(frozen=True)
class _Fonts:
    base: QFont
    bold: QFont
    small: QFont
    line: int


class CardDelegate(QStyledItemDelegate):
    """Draws each card of a column at a fixed height."""

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._font_cache: dict[str, _Fonts] = {}
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}

    def now(self) -> datetime:
        """The time the card's ages and due dates are measured against."""
        return self._clock() if self._clock is not None else datetime.now(UTC)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Every card has the same height, so the view can lay out 100,000 rows at once."""
        return QSize(max(200, option.rect.width()), CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint one card (from a cached image when nothing it shows has changed)."""
        card: CardRow | None = index.data(CARD_ROLE)
        if card is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        size = option.rect.size()
        minute = self.now().replace(second=0, microsecond=0)
        font = painter.font()
        key = (card, size.width(), size.height(), selected, focused, minute,
               option.palette.cacheKey(), font.key(), ratio)  # fmt: skip
        pixmap = self._pixmaps.pop(key, None)
        if pixmap is None:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            canvas = QPainter(pixmap)
            canvas.setFont(font)
            canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
            canvas.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._draw(canvas, QRect(QPoint(0, 0), size), option.palette, selected, focused, card)
            canvas.end()
        self._pixmaps[key] = pixmap  # most recently used last
        while len(self._pixmaps) > PIXMAP_CACHE:
            self._pixmaps.pop(next(iter(self._pixmaps)))
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def _draw(
        self,
        painter: QPainter,
        area: QRect,
        palette: QPalette,
        selected: bool,
        focused: bool,
        card: CardRow,
    ) -> None:
        rect = area.adjusted(MARGIN, MARGIN - 1, -MARGIN, -MARGIN + 1)
        self._background(painter, rect, palette, selected, focused, card)
        inner = rect.adjusted(PAD + 4, PAD - 2, -PAD, -PAD + 2)
        self._text(painter, inner, palette, card)

    def _background(
        self,
        painter: QPainter,
        rect: QRect,
        palette: QPalette,
        selected: bool,
        focused: bool,
        card: CardRow,
    ) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill = _blend(base, highlight, 0.16) if selected else QColor(base)
        border = highlight if selected or focused else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if focused else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        stripe = QRect(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TEMPERATURE_COLORS[Temperature(card.temperature)])
        painter.drawRoundedRect(stripe, 2, 2)

    def _fonts(self, base: QFont) -> _Fonts:
        key = base.key()
        fonts = self._font_cache.get(key)
        if fonts is None:
            bold = QFont(base)
            bold.setBold(True)
            small = QFont(base)
            small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
            fonts = _Fonts(QFont(base), bold, small, QFontMetrics(base).height() + 2)
            self._font_cache = {key: fonts}
        return fonts

    def _text(self, painter: QPainter, r: QRect, palette: QPalette, card: CardRow) -> None:
        text_color = palette.color(QPalette.ColorRole.Text)
        fonts = self._fonts(painter.font())
        base_font, bold, small, line = fonts.base, fonts.bold, fonts.small, fonts.line
        badge = self._badge(painter, r, card, small)

        painter.setFont(bold)
        painter.setPen(text_color)
        title_rect = QRect(r.left(), r.top(), r.width() - badge - 8, line)
        _elided(painter, title_rect, card.title, bold)

        painter.setFont(base_font)
        painter.setPen(MUTED)
        parties = " · ".join(p for p in (card.organization, card.contact) if p)
        _elided(painter, QRect(r.left(), r.top() + line, r.width(), line), parties, base_font)

        y = r.top() + 2 * line + 2
        painter.setFont(bold)
        painter.setPen(text_color)
        value = format_money(card.value_minor, card.currency)
        painter.drawText(QRect(r.left(), y, r.width(), line), Qt.AlignmentFlag.AlignLeft, value)
        value_width = QFontMetrics(bold).horizontalAdvance(value) + 12
        painter.setFont(small)
        painter.setPen(MUTED)
        details = self._details(card)
        detail_rect = QRect(r.left() + value_width, y + 1, r.width() - value_width, line)
        _elided(painter, detail_rect, details, small, Qt.AlignmentFlag.AlignRight)

        y += line
        self._next_action(painter, QRect(r.left(), y, r.width(), line), card, small)

    def _details(self, card: CardRow) -> str:
        days = days_since(card.stage_entered_at, self.now())
        parts = []
        if card.nurture_steps:
            step = min(card.nurture_done + 1, card.nurture_steps)
            parts.append(
                translate("Card", "Nurturing · step %1 of %2")
                .replace("%1", str(step))
                .replace("%2", str(card.nurture_steps))
            )
        if card.stage == Stage.OPPORTUNITY and card.sub_stage:
            parts.append(f"{sub_stage_name(card.sub_stage)} · {card.probability}\u00a0%")
        parts.append(
            plural(
                days, translate("Card", "%1 day in stage"), translate("Card", "%1 days in stage")
            )
        )
        return " · ".join(parts)

    def _badge(self, painter: QPainter, r: QRect, card: CardRow, font: QFont) -> int:
        text = str(card.score)
        metrics = QFontMetrics(font)
        width = max(metrics.horizontalAdvance(text) + 14, 30)
        badge = QRect(r.right() - width, r.top(), width, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TEMPERATURE_COLORS[Temperature(card.temperature)])
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(QColor("white"))
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return width

    def _next_action(self, painter: QPainter, rect: QRect, card: CardRow, font: QFont) -> None:
        painter.setFont(font)
        right = rect.right()
        if card.stale:
            tag = translate("Card", "Stale")
            width = QFontMetrics(font).horizontalAdvance(tag) + 12
            tag_rect = QRect(right - width, rect.top(), width, rect.height() - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#fff1e6"))
            painter.drawRoundedRect(tag_rect, 4, 4)
            painter.setPen(QColor("#a84300"))
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            right -= width + 6
        if card.quotes:
            status = quote_status_name(card.quote_status) if card.quote_status else ""
            what = plural(
                card.quotes, translate("Card", "%1 quote"), translate("Card", "%1 quotes")
            )
            tag = f"{what} · {status}" if status else what
            width = QFontMetrics(font).horizontalAdvance(tag) + 10
            painter.setPen(QColor("#1f4e79"))
            painter.drawText(
                QRect(right - width, rect.top(), width, rect.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tag,
            )
            right -= width + 6
        action = card.next_action
        if action is None:
            painter.setPen(MUTED)
            text = translate("Card", "No next action")
        else:
            state = due_state(action.due_at, self.now())
            painter.setPen(
                OVERDUE if state == "overdue" else DUE_TODAY if state == "today" else MUTED
            )
            when = local_date(action.due_at)
            if state == "today":
                when = translate("Card", "today")
            elif state == "overdue":
                when = translate("Card", "overdue since %1").replace("%1", when)
            text = f"→ {action.subject or action.kind} · {when}"
        area = QRect(rect.left(), rect.top(), right - rect.left(), rect.height())
        _elided(painter, area, text, font)


def _elided(
    painter: QPainter,
    rect: QRect,
    text: str,
    font: QFont,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> None:
    shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, shown)


def _blend(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
