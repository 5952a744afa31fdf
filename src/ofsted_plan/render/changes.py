"""Changes between versions in the terminal: `plan diff` and `plan history`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..history.changes import LABELS, Change, is_whole, plain, trimmed_words
from .terminal import cell, console
from .text import visible

if TYPE_CHECKING:
    from rich.text import Text

    from ..store.git import Entry

DIRECTION_STYLES = {"better": "green", "worse": "red", "later": "red", "earlier": "green"}


def describe(change: Change) -> Text:
    """One change as a line of text; colour only repeats what the words say."""
    from rich.text import Text

    if change.kind not in ("comments", "field") or is_whole(change):
        return cell(plain(change), DIRECTION_STYLES.get(change.direction or "", ""))
    text = Text()
    if change.kind == "field":
        text.append(f"{change.field_name}: ", style="bold")
    for op, words in trimmed_words(change):
        if op == "=":
            text.append(visible(words))
        elif op == "-":
            text.append(f"[-{visible(words)}-]", style="red strike")
        else:
            text.append(f"{{+{visible(words)}+}}", style="green")
    return text


def changes_table(changes: Sequence[Change], title: str) -> None:
    """All changes, most important kinds first."""
    from rich import box
    from rich.table import Table

    several = len({c.plan for c in changes}) > 1
    table = Table(title=cell(title), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    if several:
        table.add_column("Plan", overflow="fold")
    table.add_column("Ref", overflow="fold", min_width=4)
    table.add_column("Change", overflow="fold", min_width=10)
    table.add_column("Details", overflow="fold", ratio=1)
    for change in changes:
        row = [cell(change.plan)] if several else []
        row += [cell(change.ref), cell(LABELS[change.kind]), describe(change)]
        table.add_row(*row)
    out = console()
    out.print(table)
    if any(c.words for c in changes):
        out.print(cell("In text changes, [-removed words-] and {+added words+}.", "dim"))


def history_table(ref: str, rows: Sequence[tuple[Entry, list[Change]]]) -> None:
    """Each version that changed an action: when, who, which commit, what changed."""
    from rich import box
    from rich.table import Table

    table = Table(
        title=cell(f"History of {ref}"), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    table.add_column("Date", no_wrap=True)
    table.add_column("Author", overflow="fold")
    table.add_column("Commit", overflow="fold", ratio=1)
    table.add_column("What changed", overflow="fold", ratio=2)
    for entry, changes in rows:
        commit = entry.commit
        if commit is None:
            when, who, what = "", "", cell("(not committed yet)", "dim")
        else:
            when, who = commit.date[:10], commit.author
            what = cell(f"{commit.sha[:7]} {commit.subject}")
        from rich.text import Text

        details = (
            Text("\n").join(
                Text.assemble(cell(f"{LABELS[c.kind]}: ", "bold"), describe(c)) for c in changes
            )
            if changes
            else cell(entry.error or "", "red")
        )
        table.add_row(cell(when), cell(who), what, details)
    console().print(table)
