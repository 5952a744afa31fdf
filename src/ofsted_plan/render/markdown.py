"""The board paper as GitHub/GitLab-flavoured Markdown that reads on a GitHub-width page.

Exceptions come first after the summary in words; tables keep to a few narrow columns (the
appendix lists each action as a short block, not a ten-column row); RAG carries a marker as
well as the word; numbers are right-aligned. Plan text is escaped: it is data, never markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..board import quality_groups
from ..board_words import long_date
from ..history.changes import LABELS, Change, headline
from ..measures import sparkline
from ..model import STATUS_ORDER, Status
from ..months import human_month
from . import sections
from .text import how_late, visible

if TYPE_CHECKING:
    from ..model import Item
    from ..paper import Paper

# What GitHub and GitLab read as markup inside a table cell or heading; the rest of
# CommonMark's punctuation only matters at the start of a block, which a cell never is.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def md(text: str) -> str:
    """Text as literal Markdown: markup characters escaped, line breaks as <br>."""
    one = text.replace("\r\n", "\n").replace("\r", "\n")
    return _MD_SPECIAL.sub(r"\\\1", visible(one)).replace("\n", "<br>")


def rag(status: Status) -> str:
    return f"{sections.MARKERS[status]} {status.label}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: int = 0) -> list[str]:
    """A pipe table; the last `right` columns are numbers, right-aligned."""
    rule = ["---"] * (len(header) - right) + ["--:"] * right
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(rule) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _late(item: Item, paper: Paper) -> str:
    return how_late(item.action, paper.as_of)


def _text(item: Item) -> str:
    return md(item.action.action) if item.action.action.strip() else "*(no action text)*"


def _ref(item: Item) -> str:
    return f"**{md(item.action.ref)}**" if item.action.ref else ""


def paper_markdown(paper: Paper) -> str:
    out = [f"# {md(paper.title or 'Improvement plan')}", ""]
    cover = paper.cover
    if cover.classification:
        out += [f"**{md(cover.classification)}**", ""]
    facts = sections.cover_facts(paper)
    meta = [f"{name}: {md(value)}" for name, value in facts if name != "Classification"]
    out += ["  \n".join(meta), ""]
    out += ["## Executive summary", ""] + [f"- {md(w)}" for w in paper.words] + [""]
    s = paper.summary
    out += [f"## RAG status by {s.by}", ""]
    since = bool(s.since)
    rows = [[md(sections.group_name(g)), *sections.counts_cells(g, since)] for g in s.groups]
    rows.append(["**Total**", *sections.counts_cells(s.total, since)])
    header = sections.summary_header(s)
    if since:  # then and now, and travel, are words: left-aligned after the numbers
        out += _travel_table(header, rows)
    else:
        out += _table(header, rows, len(header) - 1)
    out += [f"**{sections.not_shown_line(n)}**" for n, _ in paper.not_shown]
    out += [""] if paper.not_shown else []
    out += _exceptions(paper)
    out += _impact(paper)
    if paper.trend:
        out += ["## RAG over time", ""]
        header = ["Point", "Date", *(st.label for st in STATUS_ORDER), "Total", "Overdue"]
        rows = [
            [
                md(p.label),
                long_date(p.day),
                *(str(p.summary.total.by_status[st]) for st in STATUS_ORDER),
                str(p.summary.total.total),
                str(p.summary.total.overdue),
            ]
            for p in paper.trend
        ]
        out += _table(header, rows, len(header) - 2)
    if paper.changes is not None:
        out += _changes(paper)
    if cover.next_meeting:
        out += [f"## Due by the next meeting ({long_date(cover.next_meeting)}): {len(paper.due)}"]
        out += [""]
        rows = [
            [
                _ref(i),
                _text(i),
                md(sections.lead(i)),
                human_month(i.action.end),
                rag(i.action.status),
            ]
            for i in paper.due
        ]
        out += _table(sections.DUE_COLUMNS, rows) if rows else ["None.", ""]
    out += [f"## Data quality ({len(paper.quality)})", ""]
    if paper.quality:
        rows = [
            [problem, str(len(items)), ", ".join(md(sections.ref_and_lead(i)) for i in items)]
            for problem, items in quality_groups(paper.quality)
        ]
        out += _quality_table(rows)
    else:
        out += ["No problems found.", ""]
    out += ["## RAG key", ""]
    out += [f"- {rag(status)}: {meaning}" for status, meaning in sections.RAG_KEY]
    out += ["", f"**{sections.RULE}**", ""]
    out += [f"- **{term}**: {meaning}" for term, meaning in sections.TERMS] + [""]
    out += _appendix(paper)
    return "\n".join(out).rstrip("\n") + "\n"


def _impact(paper: Paper) -> list[str]:
    """The measures against their targets, after the exceptions."""
    if not paper.impact:
        return []
    out = [f"## {sections.IMPACT_TITLE} ({len(paper.impact)})", ""]
    rows = []
    for row in paper.impact:
        cells = [md(c) for c in sections.impact_cells(row)]
        if row.latest:
            cells[3] = rag(row.rag)
        rows.append([*cells, sparkline(row.trend)])
    out += _table(sections.IMPACT_COLUMNS, rows)
    out += [f"- {sections.not_shown_line(n)} {md(text)}" for n, text in paper.not_shown]
    return [*out, ""] if paper.not_shown else out


def _quality_table(rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(sections.QUALITY_COLUMNS) + " |", "|---|--:|---|"]
    return [*lines, *("| " + " | ".join(r) + " |" for r in rows), ""]


def _travel_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    numbers = sections.NUMBER_COLUMNS
    rule = ["---", *(["--:"] * numbers), *(["---"] * (len(header) - 1 - numbers))]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(rule) + "|"]
    return [*lines, *("| " + " | ".join(r) + " |" for r in rows), ""]


def _exceptions(paper: Paper) -> list[str]:
    out = [f"## Exceptions: actions needing the board's attention ({len(paper.exceptions)})", ""]
    if not paper.exceptions:
        return [*out, "None: no action is red, amber, overdue or slipped.", ""]
    # A block per action: a ten-column table would scroll off a GitHub-width page.
    for f in paper.exceptions:
        a = f.item.action
        late = _late(f.item, paper)
        facts = [
            rag(a.status),
            f"lead {md(sections.lead(f.item))}",
            f"end {human_month(a.end) or md(a.end_text) or '(none)'}",
        ]
        if late:
            facts.append(f"{late} late")
        out.append(f"- {_ref(f.item)} {_text(f.item)}  ")
        why = [r for r in f.reasons if r != a.status.label]
        out.append(f"  {' · '.join(facts)}" + (f" · *{', '.join(why)}*  " if why else "  "))
        if f.reason:
            out.append(f"  Latest: {md(f.reason)}")
        out[-1] = out[-1].rstrip()
    return [*out, ""]


def _changes(paper: Paper) -> list[str]:
    assert paper.changes is not None
    out = [f"## Changes since {md(paper.since_label)}", "", md(headline(paper.changes)) + ".", ""]
    if paper.completed:
        out += [f"Completed ({len(paper.completed)}):", ""]
        out += [f"- {_ref(i)} {_text(i)}" for i in paper.completed] + [""]
    out += _decisions(paper)
    if paper.change_rows:
        rows = [[md(c.ref), _text(c.item), LABELS[c.kind], _change(c)] for c in paper.change_rows]
        out += _table(sections.CHANGE_COLUMNS, rows)
    return out


def _decisions(paper: Paper) -> list[str]:
    if not paper.decisions:
        return []
    out = [f"### {sections.DECISION_TITLE} ({len(paper.decisions)})", ""]
    rows = [
        [
            _ref(d.item),
            _text(d.item),
            md(sections.lead(d.item)),
            f"{md(d.was)} → {md(d.now)}",
            sections.later_by(d.months),
            md(d.reason) if d.reason else f"*{sections.NO_REASON}*",
        ]
        for d in paper.decisions
    ]
    return out + _table(sections.DECISION_COLUMNS, rows)


def _appendix(paper: Paper) -> list[str]:
    out = [f"## Appendix: every action by theme and recommendation ({len(paper.items)})", ""]
    for theme in paper.appendix:
        heading = sections.theme_heading(theme.number, theme.title, theme.plan, paper.several)
        out += [f"### {md(heading)}", ""]
        for rec in theme.recommendations:
            out += [f"#### {md(sections.recommendation_heading(rec.number, rec.text))}", ""]
            for item in rec.items:
                a = item.action
                end = human_month(a.end) or md(a.end_text)
                when = f"{human_month(a.start) or '?'} to {end or '?'}"
                facts = [rag(a.status), when, f"lead {md(sections.lead(item))}"]
                if a.dlt:
                    facts.append(f"DLT {md('/'.join(a.dlt))}")
                out.append(f"- {_ref(item)} {_text(item)}  ")
                out.append(f"  {' · '.join(facts)}  ")
                if a.measure:
                    out.append(f"  Measure: {md(a.measure)}  ")
                if a.comments:
                    out.append(f"  Comments: {md(a.comments)}  ")
                out[-1] = out[-1].rstrip()
            out.append("")
    return out


def _change(change: Change) -> str:
    return sections.change_details(
        change, md, _run, lambda before, after: f"was: {md(before)}<br>now: {md(after)}"
    )


def _run(op: str, text: str) -> str:
    """A word-diff run: ~~removed~~, **added**; emphasis markers hug the words."""
    if op == "=" or not text.strip():
        return md(text)
    lead, core, tail = sections.split_space(text)
    mark = "~~" if op == "-" else "**"
    return f"{md(lead)}{mark}{md(core)}{mark}{md(tail)}"
