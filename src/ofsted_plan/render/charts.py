"""The board paper's charts as inline SVG that prints the same in WeasyPrint and Chromium.

Every size is explicit (the SVG's width and height, each text's font family and size as
attributes, which both engines honour where WeasyPrint ignores the page's CSS for SVG text),
so nothing depends on an engine's default font. Every segment carries its letter and count
(`R 4`): inside the segment when it fits, otherwise beside it with a leader line, laid out
so no two labels and no label and bar overlap. The letter is what a greyscale print shows
(red, green and blue print as nearly the same grey); the legend's swatches carry the same
letters, so the legend is not colour alone.
"""

from __future__ import annotations

import html
import textwrap
from typing import TYPE_CHECKING

from ..board_words import long_date
from ..model import Status
from . import sections
from .text import visible

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..history.trend import Point
    from ..query import Summary

ORDER = (Status.BLUE, Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
LETTERS = {
    Status.BLUE: "B",
    Status.GREEN: "G",
    Status.AMBER: "A",
    Status.RED: "R",
    Status.UNRATED: "U",
}
FONT = 'font-family="Arial, Helvetica, sans-serif" font-size="11"'
SIZE = 11  # px: 8.25pt printed
LINE = 13  # px between lines of labels


def _h(text: str) -> str:
    return html.escape(visible(text))


def text_width(text: str, size: float = SIZE) -> float:
    """A generous estimate of the text's width in Arial at this size (px): wide enough that
    labels laid out by it never touch, in either engine."""
    wide = sum(1 for c in text if c.isupper() or c in "mwMW%")
    narrow = sum(1 for c in text if c in " .,:;il|()1-")
    return size * (0.62 * (len(text) - wide - narrow) + 0.8 * wide + 0.36 * narrow)


def segment_label(status: Status, count: int) -> str:
    """'R 4': the segment's letter, for greyscale, and its count."""
    return f"{LETTERS[status]} {count}"


def legend_label(status: Status) -> str:
    return "Blue (complete)" if status is Status.BLUE else status.label


def _text(x: float, y: float, text: str, *, anchor: str = "start", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" {FONT} text-anchor="{anchor}"{extra}>{_h(text)}</text>'


def _rect(x: float, y: float, w: float, h: float, status: Status, title: str = "") -> str:
    background, _ = sections.COLOURS[status]
    tip = f"<title>{_h(title)}</title>" if title else ""
    return (
        f'<rect class="rag-{status.name.lower()}" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" '
        f'height="{h:.1f}" fill="{background}" stroke="#000" stroke-width="0.5">{tip}</rect>'
    )


def _legend_item(x: float, y: float, status: Status) -> tuple[list[str], float]:
    """A 14px swatch with the status's letter in it, then its name; and the width taken."""
    _, colour = sections.COLOURS[status]
    parts = [
        _rect(x, y, 14, 14, status),
        _text(x + 7, y + 11, LETTERS[status], anchor="middle", extra=f' fill="{colour}"'),
        _text(x + 18, y + 11, legend_label(status)),
    ]
    return parts, 18 + text_width(legend_label(status))


def chart(summary: Summary, title: str = "RAG status of each theme's actions") -> str:
    """A horizontal stacked bar per group, its name wrapped to the left of it (never over
    it), its total to the right; each segment's letter and count on it, or below it on a
    leader line where the segment is too narrow."""
    label_width, bar_width, gap = 300, 600, 8
    chars = 50  # Arial at 11px: 50 characters of a theme's name are under 290px
    rows, y = [], 4.0
    for group in summary.groups:
        lines = textwrap.wrap(sections.group_name(group), chars) or [""]
        segments, x = [], float(label_width + gap)
        for status in ORDER:
            n = group.by_status[status]
            if n and group.total:
                width = bar_width * n / group.total
                segments.append((status, n, x, width))
                x += width
        outside = [s for s in segments if s[3] < text_width(segment_label(s[0], s[1])) + 6]
        bar_height = 20
        height = max(LINE * len(lines) + 4, bar_height + (LINE + 2 if outside else 0)) + 3
        rows.append((group, lines, y, segments, outside))
        y += height
    legend_y = y + 2
    total_height = int(legend_y + 16)
    total_width = label_width + gap + bar_width + 50
    parts = [
        f'<svg class="chart" role="img" width="{total_width}" height="{total_height}"'
        f' viewBox="0 0 {total_width} {total_height}" aria-labelledby="chart-title">',
        f'<title id="chart-title">{_h(title)}</title>',
    ]
    for group, lines, top, segments, outside in rows:
        for n, line in enumerate(lines):
            parts.append(_text(0, top + 12 + n * LINE, line))
        for status, n, x, width in segments:
            parts.append(_rect(x, top, width, 20, status, f"{status.label}: {n}"))
            if (status, n, x, width) not in outside:
                _, colour = sections.COLOURS[status]
                label = segment_label(status, n)
                parts.append(
                    _text(
                        x + width / 2, top + 14, label, anchor="middle", extra=f' fill="{colour}"'
                    )
                )
        wanted = [x + w / 2 - text_width(segment_label(s, n)) / 2 for s, n, x, w in outside]
        widths = [text_width(segment_label(s, n)) for s, n, _, _ in outside]
        lefts: list[float] = []
        for i, want in enumerate(wanted):
            low = label_width + gap if not i else lefts[-1] + widths[i - 1] + 6
            lefts.append(max(want, low))
        for (status, n, x, width), left, w in zip(outside, lefts, widths, strict=True):
            centre = x + width / 2
            parts.append(
                f'<line x1="{centre:.1f}" y1="{top + 20:.1f}" x2="{left + w / 2:.1f}"'
                f' y2="{top + 23:.1f}" stroke="#000" stroke-width="0.75"/>'
            )
            parts.append(_text(left, top + 20 + LINE, segment_label(status, n)))
        parts.append(_text(label_width + gap + bar_width + 6, top + 14, str(group.total)))
    x = float(label_width + gap)
    for status in ORDER:
        items, width = _legend_item(x, legend_y, status)
        parts += items
        x += width + 16
    parts.append("</svg>")
    return "".join(parts)


def trend_chart(points: Sequence[Point]) -> str:
    """RAG over time: a stacked column per meeting (or month), the overdue count above it,
    each segment's letter and count to its right on a leader line (a segment of one action
    is too thin to hold a number), the point's name and date below; a legend to the right."""
    plot, bar, step, left, top = 84, 40, 140, 10, 20
    peak = max((p.summary.total.total for p in points), default=0) or 1
    width = left + step * len(points) + 150
    parts: list[str] = []
    highest = float(top)  # the highest baseline of a text above the columns
    for n, point in enumerate(points):
        counts = point.summary.total
        x = left + n * step
        y = float(top + plot)
        centres: list[tuple[Status, int, float]] = []
        for status in ORDER:
            count = counts.by_status[status]
            if not count:
                continue
            tall = plot * count / peak
            y -= tall
            parts.append(_rect(x, y, bar, tall, status, f"{status.label}: {count}"))
            centres.append((status, count, y + tall / 2))
        # labels bottom to top, each at least a line above the one below it
        ys: list[float] = []
        for _, _, centre in centres:
            want = centre + 4
            ys.append(min(want, ys[-1] - LINE) if ys else min(want, top + plot))
        for (status, count, centre), label_y in zip(centres, ys, strict=True):
            parts.append(
                f'<line x1="{x + bar:.1f}" y1="{centre:.1f}" x2="{x + bar + 8:.1f}"'
                f' y2="{label_y - 4:.1f}" stroke="#000" stroke-width="0.75"/>'
            )
            parts.append(_text(x + bar + 10, label_y, segment_label(status, count)))
        middle = x + (bar + 40) / 2
        above = min([y, *(label_y - LINE for label_y in ys)]) - 6
        parts.append(_text(middle, above, f"{counts.overdue} overdue", anchor="middle"))
        highest = min(highest, above)
        base = top + plot
        parts.append(_text(middle, base + 15, point.label, anchor="middle"))
        parts.append(_text(middle, base + 29, long_date(point.day), anchor="middle"))
    legend_x = left + len(points) * step + 10
    for n, status in enumerate(ORDER):
        items, _ = _legend_item(legend_x, top + n * 20, status)
        parts += items
    # labels pushed up above a full column move the whole chart down, never off its top
    shift = max(0.0, 12 - highest)
    height = int(top + plot + 40 + shift)
    return "".join(
        [
            f'<svg class="chart" role="img" width="{width}" height="{height}"'
            f' viewBox="0 0 {width} {height}" aria-labelledby="trend-title">',
            '<title id="trend-title">RAG status of the actions at each point over time</title>',
            f'<g transform="translate(0 {shift:.1f})">',
            *parts,
            "</g></svg>",
        ]
    )
