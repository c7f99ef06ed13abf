"""Quote pages rendered off the GUI thread: the PDF is built, then each page drawn at the size
asked for, newest requests first, by one worker that owns its own QPdfDocument."""

from __future__ import annotations

import queue
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from crmdesk.gui.quotes.pdf_pages import load_pdf


class RendererSignals(QObject):
    """What the worker announces; lives in the GUI thread, so slots run there."""

    pdf_built = Signal(bytes, list)  # the PDF, and each page's size in points (QSizeF)
    pdf_failed = Signal(str)
    page_rendered = Signal(int, int, QImage)  # page, generation, image


class _Worker(QRunnable):
    """Builds the PDF once, then renders the pages asked for until told to stop."""

    def __init__(self, build: Callable[[], bytes], signals: RendererSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the renderer keeps it, and its queue, until the end
        self.build, self.signals = build, signals
        # (page, size, generation) requests, then None to stop
        self.jobs: queue.Queue[tuple[int, QSize, int] | None] = queue.Queue()
        self.generation = 0  # requests older than this are skipped

    def run(self) -> None:
        """Build, then serve render requests (the GUI thread never waits on this)."""
        try:
            data = self.build()
            document, buffer = load_pdf(data)
        except Exception as error:
            self.signals.pdf_failed.emit(str(error) or type(error).__name__)
            return
        sizes = [document.pagePointSize(i) for i in range(document.pageCount())]
        self.signals.pdf_built.emit(data, sizes)
        while True:
            job = self.jobs.get()
            if job is None:
                break
            page, size, generation = job
            if generation < self.generation:
                continue  # the zoom changed since: a newer request follows
            image = document.render(page, size)
            self.signals.page_rendered.emit(page, generation, image)
        document.close()
        buffer.close()


class PageRenderer(QObject):
    """Asks the worker for pages; ``signals`` say when the PDF and each page are ready."""

    def __init__(self, build: Callable[[], bytes], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = RendererSignals(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # PDFium renders one page at a time anyway
        self._worker = _Worker(build, self.signals)
        self._jobs = self._worker.jobs
        self.pool.start(self._worker)

    @property
    def generation(self) -> int:
        """The zoom step requests now belong to."""
        return self._worker.generation

    def next_generation(self) -> int:
        """Forget pending requests (the zoom changed); later ones carry the new number."""
        self._worker.generation += 1
        return self._worker.generation

    @Slot(int, QSize)
    def request(self, page: int, pixels: QSize) -> None:
        """Render ``page`` at ``pixels``; ``page_rendered`` brings the image."""
        self._jobs.put((page, pixels, self._worker.generation))

    def stop(self) -> None:
        """End the worker and wait for it, so nothing it emits reaches a closed window."""
        self._worker.generation += 1
        self._jobs.put(None)
        self.pool.waitForDone(5000)
