"""The board paper as one self-contained HTML page (jinja2, autoescaped), printable on A4.

The template and its stylesheet ship in `templates/`; plan text reaches them only through
the `text` filter (escaped, control characters shown, line breaks kept), so nothing in a
plan is ever read as HTML.
"""

from __future__ import annotations

import html
import re
import textwrap
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..board import long_date, quality_groups
from ..history.changes import LABELS, Change, headline
from ..model import STATUS_ORDER, Status
from ..query import Summary
from . import sections
from .text import how_late, visible

if TYPE_CHECKING:
    from collections.abc import Sequence

    from jinja2 import Environment
    from markupsafe import Markup

    from ..board import Paper
    from ..history.trend import Point


def h(text: str) -> str:
    """Text as literal HTML: escaped, control characters shown, line breaks kept."""
    one = text.replace("\r\n", "\n").replace("\r", "\n")
    return html.escape(visible(one)).replace("\n", "<br>")


# A paragraph longer than this is written as spans of at most this many characters, cut
# at a space where there is one: WeasyPrint lays out each line of a text box from the
# rest of the box's text, so one long paragraph was quadratic (a 1 MB comment: 18 s, 10 MB
# never finished). The spans carry no style: the page looks the same.
SPAN = 2000


def spans(text: str, size: int = SPAN) -> list[str]:
    """The text cut into pieces of at most `size` characters, at a space where it can."""
    pieces = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = start + size if cut < 0 else cut + 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _text(value: object) -> Markup:
    text = str(value)
    if len(text) <= SPAN:
        return Markup(h(text))
    one = text.replace("\r\n", "\n").replace("\r", "\n")
    return Markup("".join(f"<span>{h(piece)}</span>" for piece in spans(one)))


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("ofsted_plan", "render/templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["text"] = _text
    env.filters["visible"] = visible  # text where no markup can go (<title>): autoescaped
    return env


def change_html(change: Change) -> str:
    """A change's details, with a word diff of comments as <del>/<ins>."""
    return sections.change_details(
        change,
        h,
        _run,
        lambda before, after: (
            f'<span class="was">was: {h(before)}</span><br><span class="now">now: {h(after)}</span>'
        ),
    )


def _run(op: str, text: str) -> str:
    if op == "=" or not text.strip():
        return h(text)
    lead, core, tail = sections.split_space(text)
    tag = "del" if op == "-" else "ins"
    return f"{lead}<{tag}>{h(core)}</{tag}>{tail}"


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) or [""]


def chart(summary: Summary, title: str = "RAG status of each theme's actions") -> str:
    """An inline SVG bar per group: each segment coloured, with its count on it; labels in
    11px (8.25pt in print) and wrapped, never cut."""
    order = (Status.BLUE, Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
    label_width, bar_width, line = 330, 600, 13
    rows, y = [], 0
    for group in summary.groups:
        lines = _wrap(sections.group_name(group), 52)
        height = max(20, line * len(lines) + 4)
        rows.append((group, lines, y, height))
        y += height + 2
    total_height = y + 24
    parts = [
        f'<svg class="chart" role="img" width="{label_width + bar_width + 50}"'
        f' height="{total_height}" viewBox="0 0 {label_width + bar_width + 50} {total_height}"'
        ' aria-labelledby="chart-title">',
        f'<title id="chart-title">{h(title)}</title>',
    ]
    for group, lines, top, height in rows:
        for n, text in enumerate(lines):
            parts.append(f'<text x="0" y="{top + 13 + n * line}">{h(text)}</text>')
        x = float(label_width)
        bar_top = top + (height - 18) / 2
        for status in order:
            n = group.by_status[status]
            if not n or not group.total:
                continue
            width = bar_width * n / group.total
            background, colour = sections.COLOURS[status]
            parts.append(
                f'<rect x="{x:.1f}" y="{bar_top:.1f}" width="{width:.1f}" height="18" '
                f'fill="{background}"><title>{status.label}: {n}</title></rect>'
            )
            if width >= 7 * len(str(n)) + 4:
                parts.append(
                    f'<text class="count" x="{x + width / 2:.1f}" y="{bar_top + 13:.1f}" '
                    f'fill="{colour}" text-anchor="middle">{n}</text>'
                )
            x += width
        parts.append(
            f'<text x="{label_width + bar_width + 6}" y="{bar_top + 13:.1f}">{group.total}</text>'
        )
    x = float(label_width)
    for status in order:
        background, _ = sections.COLOURS[status]
        parts.append(
            f'<rect x="{x:.1f}" y="{y + 4}" width="11" height="11" '
            f'fill="{background}" stroke="#000" stroke-width="0.5"/>'
        )
        label = "Blue (complete)" if status is Status.BLUE else status.label
        parts.append(f'<text x="{x + 15:.1f}" y="{y + 14}">{label}</text>')
        x += 110
    parts.append("</svg>")
    return "".join(parts)


def trend_chart(points: Sequence[Point]) -> str:
    """RAG over time: a stacked bar per meeting (or month), counts on the segments, the
    overdue count above; labels 11px (8.25pt printed)."""
    order = (Status.BLUE, Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
    step, bar_width, plot = 84, 48, 90
    peak = max((p.summary.total.total for p in points), default=0) or 1
    width = 60 + step * len(points) + 130
    height = plot + 60
    parts = [
        f'<svg class="chart" role="img" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}" aria-labelledby="trend-title">',
        '<title id="trend-title">RAG status of the actions at each point over time</title>',
    ]
    for n, point in enumerate(points):
        counts = point.summary.total
        x = 40 + n * step
        y = 18.0 + plot
        for status in order:
            count = counts.by_status[status]
            if not count:
                continue
            tall = plot * count / peak
            y -= tall
            background, colour = sections.COLOURS[status]
            parts.append(
                f'<rect x="{x}" y="{y:.1f}" width="{bar_width}" height="{tall:.1f}" '
                f'fill="{background}"><title>{status.label}: {count}</title></rect>'
            )
            if tall >= 13:
                parts.append(
                    f'<text class="count" x="{x + bar_width / 2}" y="{y + tall / 2 + 4:.1f}" '
                    f'fill="{colour}" text-anchor="middle">{count}</text>'
                )
        parts.append(
            f'<text x="{x + bar_width / 2}" y="{y - 4:.1f}" text-anchor="middle">'
            f"{counts.overdue} overdue</text>"
        )
        base = 18 + plot
        parts.append(
            f'<text x="{x + bar_width / 2}" y="{base + 15}" text-anchor="middle">'
            f"{h(point.label)}</text>"
        )
        parts.append(
            f'<text x="{x + bar_width / 2}" y="{base + 29}" text-anchor="middle">'
            f"{point.day.isoformat()}</text>"
        )
    legend_x = 40 + len(points) * step + 10
    for n, status in enumerate(order):
        background, _ = sections.COLOURS[status]
        y = 30 + n * 18
        parts.append(
            f'<rect x="{legend_x}" y="{y - 10}" width="11" height="11" fill="{background}"'
            ' stroke="#000" stroke-width="0.5"/>'
        )
        label = "Blue (complete)" if status is Status.BLUE else status.label
        parts.append(f'<text x="{legend_x + 15}" y="{y}">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def sparkline_svg(values: Sequence[float], width: int = 90, height: int = 18) -> str:
    """A measure's values as a small line (its last point marked), lowest to highest."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = width / max(len(values) - 1, 1)
    points = [
        (round(n * step, 1), round(height - 2 - (v - low) / span * (height - 4), 1))
        for n, v in enumerate(values)
    ]
    line = " ".join(f"{x},{y}" for x, y in points)
    x, y = points[-1]
    return (
        f'<svg class="spark" width="{width + 4}" height="{height}" role="img"'
        f' aria-label="trend of {len(values)} values">'
        f'<polyline points="{line}" fill="none" stroke="#000" stroke-width="1.2"/>'
        f'<circle cx="{x}" cy="{y}" r="2"/></svg>'
    )


def context(paper: Paper) -> dict[str, Any]:
    """What the template needs beyond the paper itself."""
    s = paper.summary
    since = bool(s.since)
    return {
        "paper": paper,
        "title": paper.title or "Improvement plan",
        "statuses": STATUS_ORDER,
        "colours": sections.COLOURS,
        "summary_header": sections.summary_header(s),
        "summary_rows": [
            (sections.group_name(g), sections.counts_cells(g, since)) for g in s.groups
        ],
        "total_row": sections.counts_cells(s.total, since),
        "chart": Markup(chart(s)) if s.groups else "",
        "trend_chart": Markup(trend_chart(paper.trend)) if paper.trend else "",
        "headline": headline(paper.changes) if paper.changes is not None else "",
        "labels": LABELS,
        "change_html": lambda c: Markup(change_html(c)),
        "how_late": lambda item: how_late(item.action, paper.as_of),
        "lead": sections.lead,
        "sections": sections,
        "rag_key": sections.RAG_KEY,
        "long_date": long_date,
        "quality_groups": quality_groups(paper.quality),
        "impact_rows": [
            (row, sections.impact_cells(row), Markup(sparkline_svg(row.trend)))
            for row in paper.impact
        ],
        "cover_facts": sections.cover_facts(paper),
        # The classification in each page's top margin: CSS text, so only letters, digits,
        # spaces and hyphens (OFFICIAL-SENSITIVE) ever reach the stylesheet.
        "marking": re.sub(r"[^\w \-]", "", paper.cover.classification)[:60],
    }


def paper_html(paper: Paper) -> str:
    """The board paper as one self-contained HTML page, printable on A4 landscape."""
    css = (files("ofsted_plan") / "render" / "templates" / "paper.css").read_text("utf-8")
    return environment().get_template("paper.html.j2").render(css=css, **context(paper))
