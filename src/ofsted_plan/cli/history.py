"""Commands that read the plan's history from git: `plan diff` and `plan history`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..services import versions
from . import cli, short_help
from .options import complete_refs, filter_options, format_option, plan_option, show

if TYPE_CHECKING:
    from ..query import Filters


@cli.command("diff", short_help=short_help("diff"))
@click.argument("rev", required=False)
@click.argument("rev2", required=False)
@plan_option
@filter_options
@format_option("changes")
def diff_command(
    rev: str | None, rev2: str | None, plan_paths: tuple[str, ...], fmt: str, filters: Filters
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
    result = versions.diff(plan_paths, filters, rev, rev2)
    if fmt == "table" and not result.changes:
        click.echo(f"No changes from {result.source} to {result.target}.", err=True)
        return
    show("changes", result, fmt)


@cli.command("history", short_help=short_help("history"))
@click.argument("ref", shell_complete=complete_refs)
@plan_option
@format_option("history")
def history_command(ref: str, plan_paths: tuple[str, ...], fmt: str) -> None:
    """Each commit that changed one action: when, who, and what changed.

    \b
    Examples:
      plan history 1.1
      plan history R3.1 --format json
    """
    show("history", versions.history(plan_paths, ref), fmt)
