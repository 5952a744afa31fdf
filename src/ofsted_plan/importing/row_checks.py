"""What a person sees in a table's rows before trusting the reading: rows read as actions
below the plan's own key, where the table has ended and the key's entries run on (refused
with the rules line that settles it), and lines after the last action that head nothing
(notes, said in the report), a row read as an action with no action in it (refused)."""

from __future__ import annotations

from ..errors import PlanError
from ..model import Action, Plan, Status
from .cells import shortened
from .classify import own_texts
from .kinds import Classified, RowKind
from .prefixes import prefix_class
from .status_checks import Settle


def actions_after_key(rows: list[Classified], path: str) -> None:
    """A key under the table ('Status key', 'Completed | Action delivered ...') and then a
    row read as an action of the same table: a key's entry the key did not claim ('Amber -
    at risk | At risk of ...' read as an action numbered 'Amber - at risk'), or an action
    after a key set inside the table. A person would ask which: refused at its line."""
    key_under: dict[int, Classified] = {}  # a table's header -> its key below an action
    acted: set[int] = set()
    rated: dict[int, set[str]] = {}  # a table's header -> the status words its actions use
    for r in rows:
        if r.header is None:
            continue
        table = id(r.header)
        texts = own_texts(r.row)
        action = r.header.column("action")
        if r.kind is RowKind.ACTION and len(texts) == 1 and texts[0][0] != action:
            continue  # 'Plan reviewed by the Board of Governors, ...' under the key: a line
            # heading no action (trailing_lines keeps it in the notes), or a part the rows
            # after it are refused under
        if r.kind is RowKind.ACTION and table in key_under:
            key = key_under[table]
            if 1 <= len(texts) <= 2 and texts[0][1].casefold() in rated.get(table, set()):
                raise Settle(  # 'Revised date | New date agreed by the Board': a status the
                    rows={r.row.number: "note"},  # actions use, explained as the key's rows are
                    note=f"Line {r.row.number}: '{texts[0][1]}' under the plan's key is a "
                    "status its actions use: read as the key's entry",
                )
            raise PlanError(
                f"this row reads as an action, but it comes after the plan's key "
                f"(line {key.row.number}: '{key.text[:60]}'): is it one of the key's entries?",
                path=r.row.where or path,
                line=r.row.number,
                hint=f"leave it out with a rules file (skip {r.row.number}), or say it is an "
                f"action (row {r.row.number} = action)",
            )
        if r.kind is RowKind.ACTION:
            acted.add(table)
            status = r.header.column("status")
            if status is not None and status < len(r.row.cells) and r.row.cells[status].strip():
                rated.setdefault(table, set()).add(r.row.cells[status].strip().casefold())
        elif r.kind is RowKind.KEY and table in acted:
            key_under.setdefault(table, r)


def trailing_lines(plan: Plan) -> list[str]:
    """Lines after the plan's last action that head nothing ('Next review: Improvement Board,
    27 March 2025', 'RAG rating' under the table), read as a theme or a recommendation with
    no action under it: a person reads them as notes about the plan. Kept in its notes, and
    said. One that starts as a part does ('Recommendation 7: ...') stays a part."""
    moved: list[tuple[int | None, str]] = []
    for theme in reversed(plan.themes):
        for rec in reversed(list(theme.recommendations)):
            if not all(map(_has_nothing, rec.actions)) or (
                rec.text and prefix_class(rec.text) != "plain"
            ):  # (a line read as a part over a row with nothing an action has: no action)
                return _said(plan, moved)
            theme.recommendations.remove(rec)
            if rec.text:
                moved.append((rec.line, rec.text))
        if theme.title and prefix_class(theme.title) != "plain":
            return _said(plan, moved)
        plan.themes.remove(theme)
        if theme.title:
            moved.append((theme.line, theme.title))
    return _said(plan, moved)


def _said(plan: Plan, moved: list[tuple[int | None, str]]) -> list[str]:
    plan.notes.extend(text for _, text in reversed(moved))
    return [
        f"Line {line}: '{shortened(text)}' comes after the last action with nothing under "
        "it: kept in the plan's notes, not as a part of the plan."
        for line, text in reversed(moved)
    ]


def _has_nothing(a: Action) -> bool:
    """Nothing an action has: no words, lead, dates or RAG (the seed's A6.2 has no words but
    a lead, dates and a RAG: an action whose words were left out)."""
    return (
        not a.action.strip()
        and not a.lead
        and a.end is None
        and a.start is None
        and not a.end_text
        and not a.comments
        and a.status is Status.UNRATED
    )


def actions_without_words(plan: Plan, path: str) -> None:
    """A row read as an action with nothing an action has (no words, lead, dates or RAG),
    where the plan's other actions have words ('AFI 1' in a shaded row over its actions,
    read as an action numbered 'AFI 1'): a heading the layout did not show as one, most
    likely; a person would ask. Refused at its line with the rules line that says what the
    row is."""
    actions = list(plan.actions())
    empty = [a for a in actions if _has_nothing(a)]
    if not empty or len(empty) == len(actions):
        return
    first = empty[0]
    raise PlanError(
        f"this row reads as an action ({first.ref or 'no ref'}) but has no action in it, "
        f"while {len(actions) - len(empty)} other rows do: is it a heading over the actions "
        "below it?",
        path=path,
        line=first.line,
        hint=f"say what the row is in a rules file (row {first.line} = recommendation, or "
        f"= theme, heading or note), or write the action in its cell",
    )
