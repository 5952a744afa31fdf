"""The board paper as one self-contained HTML page (jinja2, autoescaped), printable on A4.

The template and its stylesheet ship in `templates/`; plan text reaches them only through
the `text` filter (escaped, control characters shown, line breaks kept), so nothing in a
plan is ever read as HTML.
"""

from __future__ import annotations

import html
import re
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..board import quality_groups
from ..board_words import long_date
from ..history.changes import LABELS, Change, headline
from ..model import STATUS_ORDER
from ..months import human_month
from . import sections
from .charts import chart, trend_chart
from .text import how_late, visible

if TYPE_CHECKING:
    from collections.abc import Sequence

    from jinja2 import Environment
    from markupsafe import Markup

    from ..paper import Paper


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
    env.filters["month"] = human_month  # "Mar 2017", as every paper writes a month
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
