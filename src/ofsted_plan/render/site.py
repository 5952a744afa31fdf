"""`plan site` as static HTML pages (jinja2, autoescaped, templates in `templates/site/`):
a home page, one page per theme, per action and per officer, a stylesheet and a small
script for the search box. Links are relative and nothing is fetched from elsewhere, so the
folder works from a file share or `file://`; no build time is written, so the same commit
gives the same bytes."""

from __future__ import annotations

import re
from enum import Enum
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from ..board_words import long_date
from ..history.changes import LABELS, Change
from ..model import FIELDS, STATUS_ORDER, Action, Item, Status, format_initials, updates
from . import sections
from .html import environment, paper_html
from .text import how_late

if TYPE_CHECKING:
    from ..results.site import Site

STATIC = ("site.css", "search.js")


def slug(text: str) -> str:
    """A file name part from plan text: letters, digits, dots and hyphens only."""
    return re.sub(r"[^A-Za-z0-9.]+", "-", text).strip("-.").lower()[:60] or "x"


def _names(keys: list[str], prefix: str) -> dict[str, str]:
    """A page name for each key, unique even where two keys make the same slug."""
    found: dict[str, str] = {}
    used: set[str] = set()
    for key in keys:
        base = f"{prefix}-{slug(key)}"
        name, n = f"{base}.html", 1
        while name in used:
            n += 1
            name = f"{base}-{n}.html"
        used.add(name)
        found[key] = name
    return found


def field_value(action: Action, name: str) -> str:
    """A field's value as text, whatever its kind."""
    value = getattr(action, name)
    if value is None:
        return ""
    if isinstance(value, Status):
        return value.label
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return format_initials(value)
    if isinstance(value, (list, tuple)):
        return "\n".join(str(v) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def change_text(change: Change) -> str:
    """One change in a line: what, and from what to what."""
    label = LABELS.get(change.kind, change.kind)
    if change.kind == "field" and change.field_name:
        label = f"{label} {change.field_name}"
    if change.kind in ("added", "removed"):
        return label
    if change.kind == "comments" and change.before and change.after.startswith(change.before):
        # an update added under the others (as nearly every one is): the new lines only
        # (seen on a page: the whole comments twice, before and after, hid what was new)
        return f"{label}: added {change.after[len(change.before) :].strip()}"
    if change.before or change.after:
        moved = f" ({change.months:+d} months)" if change.months else ""
        return f"{label}: {change.before or '(empty)'} → {change.after or '(empty)'}{moved}"
    return label


def with_note(document: str, note: str) -> str:
    """A board paper's page with the site's note (what it is, the commit, a link home) first
    in its body: the paper itself exactly as `plan export` makes it."""
    head, body, rest = document.partition("<body>\n")
    return f"{head}{body}{note}{rest}" if body else document


def site_pages(site: Site) -> dict[str, str]:
    """Every file of the site, by its name in the folder."""
    paper = site.paper
    items = paper.items
    overdue = {id(i.action) for i in paper.overdue}
    actions = _names([i.action.ref for i in items], "action")
    themes: dict[int, tuple[str, list[Item]]] = {}
    for item in items:
        themes.setdefault(item.theme_number, (item.theme.title, []))[1].append(item)
    theme_pages = {n: f"theme-{n}.html" for n in themes}
    officers: dict[str, list[Item]] = {}
    for item in items:
        for who in item.action.lead or ("(none)",):
            officers.setdefault(who, []).append(item)
    officer_pages = _names(sorted(officers), "officer")
    meeting_pages = _names([name for name, _ in site.meetings], "meeting")
    common: dict[str, Any] = {
        "title": paper.title or "Improvement plan",
        "commit": site.commit,
        "short": site.commit[:10],
        "day": long_date(site.day),
        "marking": paper.cover.classification,
        "statuses": STATUS_ORDER,
        "actions": actions,
        "theme_pages": theme_pages,
        "officer_pages": officer_pages,
        "meeting_pages": meeting_pages,
        "themes": themes,
        "officers": sorted(officers),
        "lead": sections.lead,
        "overdue": lambda item: id(item.action) in overdue,
        "how_late": lambda item: how_late(item.action, paper.as_of),
    }
    env = environment()

    def page(template: str, **extra: Any) -> str:
        return env.get_template(f"site/{template}").render(**common, **extra)

    since = paper.summary.since
    out = {
        "index.html": page(
            "index.html.j2",
            paper=paper,
            items=items,
            since=since,
            summary_header=sections.summary_header(paper.summary),
            summary_rows=[
                (g, sections.group_name(g), sections.counts_cells(g, bool(since)))
                for g in paper.summary.groups
            ],
            total_row=sections.counts_cells(paper.summary.total, bool(since)),
            tags=site.tags,
            at=site.at,
            impact_title=sections.IMPACT_TITLE,
            impact_columns=sections.IMPACT_COLUMNS[:5],  # no sparkline: the words say it
            measures=[(row, sections.impact_cells(row)) for row in paper.impact],
            not_shown=[
                f"{sections.not_shown_line(number)} {text}" for number, text in paper.not_shown
            ],
        )
    }
    for number, (name, chosen) in themes.items():
        out[theme_pages[number]] = page("theme.html.j2", number=number, name=name, items=chosen)
    for item in items:
        ref = item.action.ref
        out[actions[ref]] = page(
            "action.html.j2",
            item=item,
            fields=[(f.title, field_value(item.action, f.name)) for f in FIELDS],
            updates=updates(item.action.comments),
            history=[
                (entry.commit, [change_text(c) for c in changes])
                for entry, changes in site.histories.get(ref, [])
            ],
            moves=[
                (entry.commit, c)
                for entry, changes in site.histories.get(ref, [])
                for c in changes
                if c.kind == "end"
            ],
        )
    for who, chosen in officers.items():
        first = sorted(chosen, key=lambda i: id(i.action) not in overdue)
        out[officer_pages[who]] = page("officer.html.j2", who=who, items=first)
    for name, then in site.meetings:
        note = page("meeting-note.html.j2", tag=name)
        out[meeting_pages[name]] = with_note(paper_html(then), note)
    folder = files("ofsted_plan") / "render" / "templates" / "site"
    for name in STATIC:
        out[name] = (folder / name).read_text("utf-8")
    return out
