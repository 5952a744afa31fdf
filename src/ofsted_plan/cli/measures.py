"""`plan measures` and `plan measure add`: measures with targets (plans/measures.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..model import Month, plural
from ..services import measures
from . import cli, short_help
from .edit import _unified_diff, dry_run_option
from .options import as_of_option, format_option, load_plans, plan_option, show

if TYPE_CHECKING:
    from datetime import date


@cli.command("measures", short_help=short_help("measures"))
@click.option(
    "--days",
    type=click.IntRange(min=1),
    default=90,
    show_default=True,
    metavar="N",
    help="A measure with no value for more than N days is named as stale.",
)
@click.option(
    "--since",
    metavar="REV",
    help="Direction since a meeting: a tag (sib-2017-03), a commit or a date.",
)
@plan_option
@as_of_option
@format_option("measures")
def measures_command(
    days: int, since: str | None, plan_paths: tuple[str, ...], as_of: date, fmt: str
) -> None:
    """Each measure's latest value and month against its target and when it is due, RAG by
    the rule (met: green; within amber_within: amber; further, or past its month: red), the
    direction since the value before (and since --since), a trend line, and the
    recommendations it serves. Measures are read from measures.yaml beside the plans.

    \b
    Examples:
      plan measures
      plan measures --since sib-2017-03 --days 60
      plan measures --format csv > measures.csv
    """
    result = measures.report(load_plans(plan_paths), plan_paths, as_of, days, since)
    show("measures", result, fmt)
    if fmt != "table":
        from ..render.measures import stale_note

        if stale_note(result):
            click.echo(stale_note(result), err=True)


@cli.group("measure", short_help=short_help("measure"))
def measure_group() -> None:
    """Change measures.yaml: add a value, or import a monthly table of them.

    \b
    Examples:
      plan measure add plans-smart 2017-05 78
      plan measure import scorecard.xlsx
    """


@measure_group.command("add", short_help="Add a measure's value for a month.")
@click.argument("ident", metavar="ID")
@click.argument("month", metavar="YYYY-MM")
@click.argument("value", metavar="VALUE")
@dry_run_option
@plan_option
def measure_add_command(
    ident: str, month: str, value: str, dry_run: bool, plan_paths: tuple[str, ...]
) -> None:
    """Add a measure's value for a month (or correct it); every other byte of the file stays
    as it was, and the file is checked before it is written.

    \b
    Examples:
      plan measure add plans-smart 2017-05 78
      plan measure add cp-visits-late Jun-17 3 --dry-run
    """
    try:
        parsed = Month.from_cell(month)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="YYYY-MM") from None
    edited = measures.add_value(plan_paths, ident, parsed, value, dry_run=dry_run)
    if edited.before == edited.after:
        click.echo(f"Nothing to change: {ident} already has that value for {parsed}.", err=True)
    elif dry_run:
        click.echo(_unified_diff(edited.path, edited.before, edited.after), nl=False)
    else:
        click.echo(f"Added {ident} {parsed}: {value} in {edited.path}.", err=True)


@measure_group.command("import")
@click.argument("table", type=click.Path(exists=True, dir_okay=False))
@dry_run_option
@plan_option
def measure_import_command(table: str, dry_run: bool, plan_paths: tuple[str, ...]) -> None:
    """Add every value of a performance team's monthly table (text or .xlsx; one row a
    measure under a header row of months, or one column a measure beside a first column of
    months) to measures.yaml; a value it cannot place (a measure or month it cannot find, a
    value that is not a number) is refused with its line, and nothing is written.

    \b
    Examples:
      plan measure import scorecard.xlsx
      plan measure import scorecard.csv --dry-run
    """
    done = measures.import_values(plan_paths, table, dry_run=dry_run)
    if done.before == done.after:
        click.echo(f"Nothing to change: {done.path} already has those values.", err=True)
    elif dry_run:
        click.echo(_unified_diff(done.path, done.before, done.after), nl=False)
    else:
        click.echo(
            f"Imported {plural(done.values, 'value')} of {plural(done.measures, 'measure')}"
            f" into {done.path}.",
            err=True,
        )
