"""Long plan text drawn by rich in time linear in its length.

rich draws a wrapped `Text` as one segment holding every line break, then splits that
segment line by line with `str.partition`, copying the rest of it each time: quadratic in
the text's length (a 10 MB comment took `plan show` 40 s). `LineText` is a `Text` that
hands rich each wrapped line as its own segments instead; everything else is `Text`'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.text import DEFAULT_JUSTIFY, DEFAULT_OVERFLOW, Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions
    from rich.segment import Segment


class LineText(Text):
    """Text drawn line by line (the same output as `Text`, in linear time)."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[Segment]:
        tab_size = console.tab_size if self.tab_size is None else self.tab_size
        no_wrap = options.no_wrap if self.no_wrap is None else self.no_wrap
        lines = self.wrap(
            console,
            options.max_width,
            justify=self.justify or options.justify or DEFAULT_JUSTIFY,
            overflow=self.overflow or options.overflow or DEFAULT_OVERFLOW,
            tab_size=tab_size or 8,
            no_wrap=bool(no_wrap),
        )
        last = len(lines) - 1
        for number, line in enumerate(lines):
            yield from line.render(console, end=self.end if number == last else "\n")


def line_text(text: Text) -> LineText:
    """The same text, drawn line by line."""
    result = LineText(style=text.style, end=text.end, overflow=text.overflow)
    result.append_text(text)
    return result
