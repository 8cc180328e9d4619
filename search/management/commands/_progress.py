"""A small text progress bar for long commands (no dependency, safe for logs and terminals)."""

from __future__ import annotations

WIDTH = 30


class ProgressBar:
    """``[#########.....]  60%  600/1000 objects · 840 documents``, redrawn in place on a
    terminal and printed every tenth otherwise."""

    def __init__(self, stream, total: int, unit: str = "objects"):
        self.stream = stream
        self.total = max(total, 0)
        self.unit = unit
        self.done = 0
        self.documents = 0
        self.interactive = getattr(stream, "isatty", lambda: False)()
        self._last_tenth = -1

    def line(self) -> str:
        share = self.done / self.total if self.total else 1.0
        filled = int(WIDTH * min(share, 1.0))
        bar = "#" * filled + "." * (WIDTH - filled)
        return (
            f"[{bar}] {share:4.0%}  {self.done}/{self.total} {self.unit}"
            f" · {self.documents} documents"
        )

    def advance(self, objects: int = 1) -> None:
        self.done += objects
        self._draw()

    def documents_written(self, count: int) -> None:
        self.documents = count
        self._draw()

    def _draw(self) -> None:
        if self.interactive:
            self.stream.write("\r" + self.line(), ending="")
            self.stream.flush()
            return
        tenth = int(10 * self.done / self.total) if self.total else 10
        if tenth != self._last_tenth:
            self._last_tenth = tenth
            self.stream.write(self.line())

    def finish(self) -> None:
        if self.interactive:
            self.stream.write("\r" + self.line())
        else:
            self.stream.write(self.line())
