"""Commands for how the plan moved over time, from git: trend, slippage, stale, chase."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from ..errors import UsageError
from ..render.chase import chase_json, letter
from ..services import tracking
from . import cli, short_help
from .options import (
    as_of_option,
    check_output,
    emit,
    filter_options,
    format_option,
    load_plans,
    plan_option,
    show,
)

if TYPE_CHECKING:
    from datetime import date

    from ..query import Filters


def _days_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--days",
        type=click.IntRange(min=0),
        default=42,
        show_default=True,
        help="Days without a change to the RAG status or comments that make an action stale.",
    )(f)


@cli.command("trend", short_help=short_help("trend"))
@click.option(
    "--by", type=click.Choice(["theme", "officer"]), help="One block of rows per theme or officer."
)
@click.option(
    "--every",
    type=click.Choice(["meeting", "month", "commit"]),
    default="meeting",
    show_default=True,
    help="A point per meeting (tag), per month (its last commit) or per commit.",
)
@click.option(
    "--tags",
    default="sib-*",
    show_default=True,
    metavar="PATTERN",
    help="Which tags are meetings (--every meeting).",
)
@plan_option
@filter_options
@as_of_option
@format_option("trend")
def trend_command(
    by: str | None,
    every: str,
    tags: str,
    plan_paths: tuple[str, ...],
    filters: Filters,
    as_of: date,
    fmt: str,
) -> None:
    """The RAG mix and overdue count at each meeting, month or commit, then now.

    \b
    Examples:
      plan trend
      plan trend --by theme --every month
      plan trend --tags 'board-*' --format json
    """
    result = tracking.trend(load_plans(plan_paths), filters, as_of, by=by, every=every, tags=tags)
    show("trend", result, fmt)


@cli.command("slippage", short_help=short_help("slippage"))
@click.option(
    "--since", metavar="REV", help="Compare with this version (default: each action's first)."
)
@plan_option
@filter_options
@as_of_option
@format_option("slippage")
def slippage_command(
    since: str | None, plan_paths: tuple[str, ...], filters: Filters, as_of: date, fmt: str
) -> None:
    """Actions whose end month moved later: by how much, how often, and why.

    \b
    Examples:
      plan slippage
      plan slippage --since sib-2017-03 --officer RG
    """
    show("slippage", tracking.slippage(load_plans(plan_paths), filters, as_of, since), fmt)


@cli.command("stale", short_help=short_help("stale"))
@_days_option
@plan_option
@filter_options
@as_of_option
@format_option("stale")
def stale_command(
    days: int, plan_paths: tuple[str, ...], filters: Filters, as_of: date, fmt: str
) -> None:
    """Open actions whose RAG status and comments have not changed in --days days.

    \b
    Examples:
      plan stale
      plan stale --days 28 --officer RG
    """
    show("stale", tracking.stale(load_plans(plan_paths), filters, as_of, days), fmt)


@cli.command("chase", short_help=short_help("chase"))
@_days_option
@click.option("--meeting", metavar="TEXT", help='The meeting the updates are for: "SIB, 12 May".')
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="Plain text for an email, Markdown, or JSON for a mail-merge script.",
)
@click.option(
    "--output",
    "-o",
    "folder",
    type=click.Path(file_okay=False),
    help="Write one file per officer into this folder (RG.txt, RG.md) instead of printing.",
)
@click.option("--force", is_flag=True, help="Replace officers' files that exist.")
@click.option(
    "--forms",
    is_flag=True,
    help="Write an update form (.xlsx) per officer into -o DIR, for plan collect to read back.",
)
@plan_option
@filter_options
@as_of_option
def chase_command(
    days: int,
    meeting: str | None,
    fmt: str,
    folder: str | None,
    force: bool,
    forms: bool,
    plan_paths: tuple[str, ...],
    filters: Filters,
    as_of: date,
) -> None:
    """A short update request for each lead officer: their open actions, overdue and stale
    first, and what to send back.

    \b
    Examples:
      plan chase --meeting "SIB, 12 May 2017"
      plan chase --officer RG --format markdown
      plan chase -o chase/ --days 28
      plan chase --forms -o forms/ --meeting "SIB, 12 May 2017"
    """
    if forms:
        if folder is None:
            raise UsageError("--forms writes one file per officer: give -o DIR")
        from ..services.forms import make_forms  # git and openpyxl: only for forms
        from .forms import write_forms

        made = make_forms(load_plans(plan_paths), filters, as_of, days=days, meeting=meeting or "")
        write_forms(made, folder, force)
        return
    result = tracking.chase(
        load_plans(plan_paths), filters, as_of, days=days, meeting=meeting or ""
    )
    if not result.letters:
        click.echo("No lead officer has an open action.", err=True)
        return
    if fmt == "json":
        if folder is not None:
            raise UsageError("-o DIR writes one letter per officer: use --format text or markdown")
        click.echo(chase_json(result), nl=False)
        return
    texts = [(one.officer, letter(result, one, fmt)) for one in result.letters]
    if folder is None:
        click.echo("\n\n".join(text for _, text in texts), nl=False)
        return
    from ..store.files import make_folder
    from ..store.names import safe_names

    make_folder(folder)
    suffix = ".md" if fmt == "markdown" else ".txt"
    officers = [officer for officer, _ in texts]
    names = [
        os.path.join(folder, n) for n in safe_names(officers, suffix=suffix, fallback="officer")
    ]
    for name in names:
        check_output(name, force)  # every file checked before any is written
    for name, (officer, text) in zip(names, texts, strict=True):
        emit(text, name, force, f"update request for {officer}.")
