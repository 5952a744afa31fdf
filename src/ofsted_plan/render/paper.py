"""Board papers for the Safeguarding Improvement Board: Markdown and a printable HTML page.

Both hold the same sections: the summary, what changed since an earlier version (when
asked), the overdue actions, then every action by theme. All plan text is escaped: it is
data, never Markdown or HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..history.changes import LABELS, Change, headline, is_whole, plain, trimmed_words
from ..model import STATUS_ORDER, Item, Status, format_initials
from ..query import Counts, Summary

if TYPE_CHECKING:
    from ..services import Paper
from .text import how_late, visible

COLOURS = {  # background, text: readable in greyscale too (light to dark)
    Status.BLUE: ("#1d4f91", "#ffffff"),
    Status.GREEN: ("#2e7d32", "#ffffff"),
    Status.AMBER: ("#f2a900", "#000000"),
    Status.RED: ("#c62828", "#ffffff"),
    Status.UNRATED: ("#e0e0e0", "#000000"),
}


ACTION_COLUMNS = (
    "Ref",
    "Recommendation",
    "Action",
    "Start",
    "End",
    "Measure",
    "Lead",
    "DLT",
    "Comments",
    "RAG",
)

# Markdown ------------------------------------------------------------------------------

# What GitHub and GitLab read as markup inside a table cell or heading; the rest of
# CommonMark's punctuation only matters at the start of a block, which a cell never is.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def md(text: str) -> str:
    """Text as literal Markdown: markup characters escaped, line breaks as <br>."""
    escaped = _MD_SPECIAL.sub(r"\\\1", visible(_one_kind_of_break(text)))
    return escaped.replace("\n", "<br>")


def _one_kind_of_break(text: str) -> str:
    """Line breaks as they arrive from Excel (CRLF, CR) all become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _counts_cells(group: Counts, since: bool) -> list[str]:
    cells = [str(group.by_status[s]) for s in STATUS_ORDER]
    cells += [str(group.total), str(group.overdue), f"{group.complete_percent:.0f}%"]
    return cells + ([group.travel or ""] if since else [])


def _summary_header(summary: Summary) -> list[str]:
    return [
        summary.by.capitalize(),
        *(s.label for s in STATUS_ORDER),
        "Total",
        "Overdue",
        "Done",
        *(["Travel"] if summary.since else []),
    ]


def _group_name(group: Counts) -> str:
    return f"{group.number}. {group.name}" if group.number else group.name


def paper_markdown(paper: Paper) -> str:
    """The board paper as GitHub/GitLab-flavoured Markdown."""
    out = [f"# {md(paper.title or 'Improvement plan')}", ""]
    out += [f"Board paper as of {paper.as_of.isoformat()}.", ""]
    s = paper.summary
    out += ["## Summary", ""]
    rows = [[md(_group_name(g)), *_counts_cells(g, bool(s.since))] for g in s.groups]
    rows.append(["**Total**", *_counts_cells(s.total, bool(s.since))])
    out += _md_table(_summary_header(s), rows)
    if paper.changes is not None:
        out += [f"## Changes since {md(paper.since or '')}", "", md(headline(paper.changes)), ""]
        if paper.changes:
            out += _md_table(
                ["Ref", "Change", "Details"],
                [[md(c.ref), LABELS[c.kind], _md_change(c)] for c in paper.changes],
            )
    out += [f"## Overdue actions ({len(paper.overdue)})", ""]
    if paper.overdue:
        out += _md_table(
            ["Ref", "Action", "Due", "Late", "Lead", "RAG"],
            [_md_overdue(i, paper.as_of) for i in paper.overdue],
        )
    else:
        out += ["None.", ""]
    out += ["## All actions by theme", ""]
    for theme_title, items in _by_theme(paper.items):
        out += [f"### {md(theme_title)}", ""]
        out += _md_table(
            ACTION_COLUMNS,
            [_md_action(i) for i in items],
        )
    return "\n".join(out).rstrip("\n") + "\n"


def _md_change(change: Change) -> str:
    if change.kind not in ("comments", "field"):
        return md(plain(change))
    prefix = md(f"{change.field_name}: ") if change.kind == "field" else ""
    if is_whole(change):
        return (
            f"{prefix}was: {md(change.before or '(empty)')}<br>now: {md(change.after or '(empty)')}"
        )
    return prefix + _spaced([_md_run(op, text) for op, text in trimmed_words(change)])


def _spaced(runs: list[str]) -> str:
    """Runs joined so a removed word and the added word after it never run together."""
    out = ""
    for run in runs:
        if out and not out[-1].isspace() and run and not run[0].isspace():
            out += " "
        out += run
    return out


def _md_run(op: str, text: str) -> str:
    """A word-diff run; emphasis markers must hug the words, so spaces go outside them."""
    if op == "=" or not text.strip():
        return md(text)
    core = text.strip()
    start = text[: len(text) - len(text.lstrip())]
    end = text[len(text.rstrip()) :]
    mark = "~~" if op == "-" else "**"
    return f"{md(start)}{mark}{md(core)}{mark}{md(end)}"


def _md_overdue(item: Item, as_of: date) -> list[str]:
    a = item.action
    due = a.due
    assert due is not None
    return [
        md(a.ref),
        md(a.action),
        due.isoformat(),
        how_late(due, as_of),
        md(format_initials(a.lead)),
        a.status.label,
    ]


def _md_action(item: Item) -> list[str]:
    a = item.action
    return [
        md(a.ref),
        md(f"{item.recommendation_number}. {item.recommendation.text}"),
        md(a.action),
        str(a.start or ""),
        str(a.end or ""),
        md(a.measure),
        md(format_initials(a.lead)),
        md(format_initials(a.dlt)),
        md(a.comments),
        a.status.label,
    ]


def _by_theme(items: Sequence[Item]) -> list[tuple[str, list[Item]]]:
    groups: dict[tuple[str, int], tuple[str, list[Item]]] = {}
    several = len({id(i.plan) for i in items}) > 1
    for item in items:
        key = (item.plan.name, item.theme_number)
        if key not in groups:
            title = f"{item.theme_number}. {item.theme.title}"
            groups[key] = (f"{item.plan.name}: {title}" if several else title, [])
        groups[key][1].append(item)
    return list(groups.values())


# HTML ----------------------------------------------------------------------------------


def h(text: str) -> str:
    """Text as literal HTML: escaped, control characters shown, line breaks kept."""
    return html.escape(visible(_one_kind_of_break(text))).replace("\n", "<br>")


def _rag(status: Status) -> str:
    background, colour = COLOURS[status]
    return f'<td class="rag" style="background:{background};color:{colour}">{status.label}</td>'


CSS = """
@page { size: A4 landscape; margin: 12mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10pt/1.35 Arial, Helvetica, sans-serif; color: #000; margin: 0 auto;
       max-width: 277mm; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #000; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
th, td { border: 1px solid #777; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #eee; }
td.num { text-align: right; }
td.date { white-space: nowrap; }
td.rag { font-weight: bold; white-space: nowrap; }
del { color: #b00; } ins { color: #060; font-weight: bold; text-decoration: none; }
.meta { color: #333; margin: 0 0 4mm; }
svg text { font: 9px Arial, Helvetica, sans-serif; }
"""


def _html_table(header: Sequence[str], rows: Sequence[str], cls: str = "") -> str:
    head = "".join(f'<th scope="col">{h(c)}</th>' for c in header)
    attr = f' class="{cls}"' if cls else ""
    return f"<table{attr}><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _html_counts_row(group: Counts, name: str, since: bool) -> str:
    cells = "".join(f'<td class="num">{v}</td>' for v in _counts_cells(group, False))
    travel = f"<td>{h(group.travel or '')}</td>" if since else ""
    return f'<tr><th scope="row">{h(name)}</th>{cells}{travel}</tr>'


def chart(summary: Summary) -> str:
    """An inline SVG bar per group, each segment labelled with its status and count."""
    order = (Status.BLUE, Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
    row_height, label_width, bar_width = 22, 260, 560
    groups = summary.groups
    height = row_height * len(groups) + 26
    parts = [
        f'<svg role="img" width="{label_width + bar_width + 10}"'
        f' height="{height}" aria-labelledby="chart-title">',
        '<title id="chart-title">RAG status of each group\'s actions</title>',
    ]
    for row, group in enumerate(groups):
        y = row * row_height
        name = _group_name(group)
        short = name if len(name) <= 48 else name[:47] + "…"
        parts.append(f'<text x="0" y="{y + 14}">{h(short)}</text>')
        x = float(label_width)
        for status in order:
            n = group.by_status[status]
            if not n or not group.total:
                continue
            width = bar_width * n / group.total
            background, colour = COLOURS[status]
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 2}" width="{width:.1f}" height="{row_height - 6}" '
                f'fill="{background}"><title>{status.label}: {n}</title></rect>'
            )
            if width > 34:
                parts.append(
                    f'<text x="{x + 3:.1f}" y="{y + 14}" fill="{colour}">'
                    f"{status.label[0]} {n}</text>"
                )
            x += width
    legend_y = row_height * len(groups) + 16
    x = float(label_width)
    for status in order:
        background, _ = COLOURS[status]
        parts.append(
            f'<rect x="{x:.1f}" y="{legend_y - 9}" width="10" height="10" '
            f'fill="{background}" stroke="#000" stroke-width="0.5"/>'
        )
        label = "Blue (complete)" if status is Status.BLUE else status.label
        parts.append(f'<text x="{x + 13:.1f}" y="{legend_y}">{label}</text>')
        x += 100
    parts.append("</svg>")
    return "".join(parts)


def _html_change(change: Change) -> str:
    if change.kind not in ("comments", "field"):
        return h(plain(change))
    prefix = h(f"{change.field_name}: ") if change.kind == "field" else ""
    if is_whole(change):
        return (
            f'{prefix}<span class="was">was: {h(change.before or "(empty)")}</span><br>'
            f'<span class="now">now: {h(change.after or "(empty)")}</span>'
        )
    runs = []
    for op, text in trimmed_words(change):
        if op == "=":
            runs.append(h(text))
            continue
        tag = "del" if op == "-" else "ins"
        core = text.strip()
        lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        runs.append(f"{lead}<{tag}>{h(core)}</{tag}>{tail}" if core else text)
    return prefix + _spaced(runs)


def paper_html(paper: Paper) -> str:
    """The board paper as one self-contained HTML page, printable on A4 landscape."""
    s = paper.summary
    since = bool(s.since)
    title = paper.title or "Improvement plan"
    body = [
        f"<h1>{h(title)}</h1>",
        f'<p class="meta">Board paper as of {paper.as_of.isoformat()}.</p>',
        "<h2>Summary</h2>",
    ]
    rows = [_html_counts_row(g, _group_name(g), since) for g in s.groups]
    rows.append(_html_counts_row(s.total, "Total", since))
    body.append(_html_table(_summary_header(s), rows, "summary"))
    body.append(chart(s))
    if paper.changes is not None:
        body.append(f"<h2>Changes since {h(paper.since or '')}</h2>")
        body.append(f"<p>{h(headline(paper.changes))}.</p>")
        if paper.changes:
            rows = [
                f"<tr><td>{h(c.ref)}</td><td>{LABELS[c.kind]}</td><td>{_html_change(c)}</td></tr>"
                for c in paper.changes
            ]
            body.append(_html_table(["Ref", "Change", "Details"], rows, "changes"))
    body.append(f"<h2>Overdue actions ({len(paper.overdue)})</h2>")
    if paper.overdue:
        rows = []
        for item in paper.overdue:
            a = item.action
            due = a.due
            assert due is not None
            rows.append(
                f"<tr><td>{h(a.ref)}</td><td>{h(a.action)}</td>"
                f'<td class="date">{due.isoformat()}</td><td>{how_late(due, paper.as_of)}</td>'
                f"<td>{h(format_initials(a.lead))}</td>{_rag(a.status)}</tr>"
            )
        body.append(_html_table(["Ref", "Action", "Due", "Late", "Lead", "RAG"], rows, "overdue"))
    else:
        body.append("<p>None.</p>")
    body.append("<h2>All actions by theme</h2>")
    for theme_title, items in _by_theme(paper.items):
        body.append(f"<h3>{h(theme_title)}</h3>")
        rows = []
        for item in items:
            a = item.action
            rows.append(
                f"<tr><td>{h(a.ref)}</td>"
                f"<td>{h(f'{item.recommendation_number}. {item.recommendation.text}')}</td>"
                f"<td>{h(a.action)}</td>"
                f'<td class="date">{a.start or ""}</td><td class="date">{a.end or ""}</td>'
                f"<td>{h(a.measure)}</td><td>{h(format_initials(a.lead))}</td>"
                f"<td>{h(format_initials(a.dlt))}</td><td>{h(a.comments)}</td>"
                f"{_rag(a.status)}</tr>"
            )
        body.append(
            _html_table(
                ACTION_COLUMNS,
                rows,
                "actions",
            )
        )
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{h(title)} — board paper {paper.as_of.isoformat()}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
