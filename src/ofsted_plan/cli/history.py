"""Commands that read the plan's history from git: `plan diff` and `plan history`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from ..errors import PlanError
from . import cli, short_help

if TYPE_CHECKING:
    pass
from .options import (
    changes_since,
    complete_refs,
    filter_options,
    format_option,
    plan_option,
    rev_label,
)


@cli.command("diff", short_help=short_help("diff"))
@click.argument("rev", required=False)
@click.argument("rev2", required=False)
@plan_option
@filter_options
@format_option("table", "json")
def diff_command(
    rev: str | None,
    rev2: str | None,
    plan_paths: tuple[str, ...],
    fmt: str,
    **filters: Any,
) -> None:
    """What changed between two versions of the plans in git.

    REV and REV2 are anything git understands (a tag, a commit, HEAD~3) or a date
    YYYY-MM-DD (the last commit by the end of that day). With no REV: the last commit
    against the files as they are now; with one: that version against now.

    \b
    Examples:
      plan diff
      plan diff sib-2017-03
      plan diff 2017-03-01 HEAD --format json
    """
    rev = rev or "HEAD"
    old, new, changes, _ = changes_since(plan_paths, filters, rev, rev2)
    source = rev_label(rev, old)
    target = rev_label(rev2, new) if rev2 else "the files as they are now"
    if fmt == "json":
        from ..render.data import change_record, to_json

        data = {
            "from": {"rev": rev, "commit": old},
            "to": {"rev": rev2, "commit": new or None},
            "changes": [change_record(c) for c in changes],
        }
        click.echo(to_json(data), nl=False)
        return
    if not changes:
        click.echo(f"No changes from {source} to {target}.", err=True)
        return
    from ..history.changes import headline
    from ..render.changes import changes_table

    changes_table(changes, f"Changes from {source} to {target}: {headline(changes)}")


@cli.command("history", short_help=short_help("history"))
@click.argument("ref", shell_complete=complete_refs)
@plan_option
@format_option("table", "json")
def history_command(ref: str, plan_paths: tuple[str, ...], fmt: str) -> None:
    """Each commit that changed one action: when, who, and what changed.

    \b
    Examples:
      plan history 1.1
      plan history R3.1 --format json
    """
    from ..history.changes import action_history
    from ..store.discover import plan_files
    from ..store.git import file_history

    rows = []
    for path in plan_files(plan_paths):
        rows += action_history(file_history(path), ref)
    if not any(changes for _, changes in rows):
        raise PlanError(
            f"no version of the plans in git has an action with ref {ref!r}",
            hint="'plan list' shows the refs; refs match exactly here",
        )
    if fmt == "json":
        from ..render.data import change_record, to_json

        data = [
            {
                "commit": entry.commit.sha if entry.commit else None,
                "date": entry.commit.date if entry.commit else None,
                "author": entry.commit.author if entry.commit else None,
                "subject": entry.commit.subject if entry.commit else None,
                "error": entry.error,
                "changes": [change_record(c) for c in changes],
            }
            for entry, changes in rows
        ]
        click.echo(to_json(data), nl=False)
        return
    from ..render.changes import history_table

    history_table(ref, rows)
