"""Render ``crmdesk/resources/icon/crmdesk.svg`` into every size the platforms need.

    python installer/make_icons.py

Writes ``crmdesk-<N>.png`` (16 … 1024), ``crmdesk.ico`` (Windows: PNG images of 16 … 256 in one
file) and ``crmdesk.icns`` (macOS: PNG images of 16 … 1024). Run it after changing the SVG; the
generated files are committed, so a build needs nothing but the SVG's renderings.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "crmdesk" / "resources" / "icon"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's "icns" format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(svg: Path, size: int) -> bytes:
    """The SVG as a square PNG of ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Windows Vista and later read them)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    """Write every rendering beside the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QImage needs it
    svg = ICON_DIR / "crmdesk.svg"
    pngs = {size: render(svg, size) for size in SIZES}
    for size, data in pngs.items():
        (ICON_DIR / f"crmdesk-{size}.png").write_bytes(data)
    (ICON_DIR / "crmdesk.ico").write_bytes(ico(pngs))
    (ICON_DIR / "crmdesk.icns").write_bytes(icns(pngs))
    print(f"Wrote {len(pngs)} PNG sizes, crmdesk.ico and crmdesk.icns to {ICON_DIR}")


if __name__ == "__main__":
    main()
