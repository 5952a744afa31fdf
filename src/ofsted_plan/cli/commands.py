"""The commands that read plans. Each parses its options, calls one service, and hands the
result to one renderer."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from ..errors import Exit, UsageError
from ..model import plural
from ..render.registry import FORMATS, by_extension, export_choices, extensions, render
from ..render.text import undated_note, visible
from ..services import reading
from . import cli, short_help
from .options import (
    STDOUT_NAMES,
    as_of_option,
    at_option,
    check_output,
    complete_refs,
    emit,
    filter_options,
    format_option,
    load_plans,
    output_options,
    paper_options,
    plan_option,
    show,
)

if TYPE_CHECKING:
    from datetime import date

    from ..paper import Cover, Paper
    from ..query import Filters
    from ..results.reading import Export


@cli.command("import", short_help=short_help("import"))
@click.argument("table", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--sheet",
    metavar="NAME",
    help="The workbook's sheet that holds the plan (default: the one that looks like a plan).",
)
@click.option(
    "--rules",
    "rules",
    metavar="FILE",
    type=click.Path(exists=True, dir_okay=False),
    help="What cannot be guessed about this table (default: TABLE.rules beside it, if any).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Say how each row and column was read, and what plan that makes; write nothing.",
)
@output_options
def import_command(
    table: str,
    sheet: str | None,
    rules: str | None,
    explain: bool,
    output_path: str | None,
    force: bool,
) -> None:
    """Read the council's plan into a YAML plan, as a person reads it, or refuse it at the
    line that stops it: an Excel workbook (.xlsx), a Word document (.docx), or text separated
    by tabs, commas or semicolons, copied from a PDF (columns lined up with spaces), saved as
    Markdown, or written as an action's paragraph with Lead:, By: and RAG: lines.

    \b
    A rules file (a rule a line, # for comments) settles what a document leaves open:
      sheet NAME                        the workbook's sheet that holds the plan
      skip 1-3, 7                       rows (lines) to leave out
      column TITLE = FIELD              theme, recommendation, ref, action, start, end,
                                        measure, lead, dlt, comments, status or extra
      status WORD = COLOUR              red, amber, green, blue or unrated
      dates month-first                 03/31/2019 (day-first is the default)
      row 5, 9 = KIND                   theme, recommendation, heading, note or action
      refs by heading                   refs that start again under each heading: 2.1
      refs by recommendation            ... under each recommendation in a theme: 4.1

    \b
    Examples:
      plan import "Improvement plan.xlsx" -o plans/ofsted-2016.yaml
      plan import "Improvement plan.docx" -o plans/ofsted-2016.yaml
      plan import tracker.xlsx --sheet "Action plan" -o plans/tracker.yaml
      plan import tracker.csv --explain
      plan import tracker.xlsx --rules tracker.rules --explain
    """
    from ..services import importing  # lazy: the table readers, only for plan import

    if explain:
        found = importing.import_table(table, sheet=sheet, rules=rules, explain=True)
        click.echo(visible(found.explanation()), nl=False)
        return
    check_output(output_path, force)
    imported = importing.import_table(table, sheet=sheet, rules=rules)
    emit(imported.text, output_path, force, imported.report())


@cli.command("list", short_help=short_help("list"))
@plan_option
@filter_options
@as_of_option
@at_option
@format_option("items")
def list_command(
    plan_paths: tuple[str, ...], as_of: date, at: str | None, fmt: str, filters: Filters
) -> None:
    """List actions, one row each, with any filters.

    \b
    Examples:
      plan list --officer RG --status amber
      plan list --theme 2 --format csv > theme2.csv
      plan list --text chronolog --format json
    """
    plans = load_plans(plan_paths, at)
    result = reading.list_actions(plans, filters, as_of, updated=fmt == "json" and at is None)
    if fmt == "table" and not result.items:
        click.echo("No actions match.", err=True)
        return
    show("items", result, fmt)


@cli.command("overdue", short_help=short_help("overdue"))
@plan_option
@filter_options
@as_of_option
@at_option
@format_option("items")
def overdue_command(
    plan_paths: tuple[str, ...], as_of: date, at: str | None, fmt: str, filters: Filters
) -> None:
    """Actions past their end month and not complete (blue), oldest due first.

    \b
    Examples:
      plan overdue
      plan overdue --as-of 2017-04-01 --officer SK
    """
    result = reading.overdue_actions(load_plans(plan_paths, at), filters, as_of)
    if fmt == "table" and not result.items:
        click.echo("No overdue actions.", err=True)
    else:
        show("items", result, fmt)
    if result.undated:
        click.echo(visible(undated_note(result.undated)), err=True)


@cli.command("summary", short_help=short_help("summary"))
@plan_option
@filter_options
@as_of_option
@click.option(
    "--by",
    type=click.Choice(("theme", "recommendation", "officer", "dlt", "status")),
    default="theme",
    show_default=True,
    help="Group the counts by this.",
)
@click.option(
    "--since",
    metavar="REV",
    help="Show each group's direction of travel against this version in git "
    "(a tag, a commit, HEAD~N or a date YYYY-MM-DD).",
)
@at_option
@format_option("summary")
def summary_command(
    plan_paths: tuple[str, ...],
    as_of: date,
    at: str | None,
    by: str,
    since: str | None,
    fmt: str,
    filters: Filters,
) -> None:
    """RAG counts per group, with totals, overdue, % complete and a progress bar.

    An action with two lead officers counts once for each officer, and once in the total.

    \b
    Examples:
      plan summary
      plan summary --by officer --as-of 2017-03-31
      plan summary --since sib-2017-03 --format json
    """
    plans = load_plans(plan_paths, at)
    result = reading.summary(plans, plan_paths, filters, as_of, by=by, since=since)
    if fmt == "table" and not result.summary.total.total:
        click.echo("No actions match.", err=True)
        return
    show("summary", result, fmt)


@cli.command("show", short_help=short_help("show"))
@click.argument("ref", shell_complete=complete_refs)
@plan_option
@as_of_option
@at_option
@format_option("show")
def show_command(
    ref: str, plan_paths: tuple[str, ...], as_of: date, at: str | None, fmt: str
) -> None:
    """Everything about one action, by its ref.

    \b
    Examples:
      plan show 1.1
      plan show R3.1 --format json
    """
    found = reading.show(load_plans(plan_paths, at), ref, as_of, history=at is None)
    show("show", found, fmt)


@cli.command("check", short_help=short_help("check"))
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option(
    "--strict", is_flag=True, help="Treat warnings (no action text, no lead...) as errors."
)
@plan_option
@as_of_option
def check_command(
    paths: tuple[str, ...], strict: bool, plan_paths: tuple[str, ...], as_of: date
) -> None:
    """Check plan files: silent and exit 0 when sound, else one line per problem and exit 1.

    Problems are printed as FILE:LINE: problem (hint), sorted by file and line.
    Warnings (an action with no text or no lead officer, or past its end month and
    still rated Green as of today or --as-of) fail only with --strict, which also fails
    on a complete (blue) action with no evidence, or evidence checked only by its lead.
    With no PATH, checks the plans other commands would read.

    \b
    Examples:
      plan check
      plan check --strict plans/ofsted-2016.yaml
      plan check -p plans/ofsted-2016.yaml
    """
    from ..services import checking  # lazy: the YAML reader (warm runs skip it)

    problems = checking.check((*paths, *plan_paths), as_of, strict=strict)
    for problem in problems:
        click.echo(visible(str(problem)))
    if any(strict or not p.warning for p in problems):
        sys.exit(Exit.PROBLEMS)


def _export_format(fmt: str | None, output_path: str | None) -> str:
    """The format asked for, or named by the -o file's extension; never a guess."""
    if output_path is None or output_path in STDOUT_NAMES:
        return fmt or "tsv"
    name = output_path.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name.lstrip(".") else ""
    named = by_extension(suffix) if suffix else None
    if fmt is None:
        if named is None:
            what = f"'.{suffix}'" if suffix else "a file name with no extension"
            known = ", ".join(f".{e}" for e in extensions())
            raise UsageError(
                f"plan export cannot tell the format from {what} ({output_path})",
                hint=f"end the name in {known}, or give --format",
            )
        return named.name
    if named is not None and named.name != fmt:
        raise UsageError(
            f"--format {fmt} does not match the file name {output_path}",
            hint=f"name the file .{FORMATS[fmt].extensions[0]}, or drop --format",
        )
    return fmt


def _export_choices() -> tuple[str, ...]:
    return export_choices()


@cli.command("export", short_help=short_help("export"))
@plan_option
@filter_options
@as_of_option
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(_export_choices()),
    help="Output format (default: from the -o file's extension, else tsv).",
)
@click.option(
    "--since",
    metavar="REV",
    help="Board papers: the changes since this version in git (the last meeting's tag).",
)
@at_option
@paper_options
@output_options
def export_command(
    plan_paths: tuple[str, ...],
    as_of: date,
    at: str | None,
    fmt: str | None,
    since: str | None,
    cover: Cover,
    output_path: str | None,
    force: bool,
    filters: Filters,
) -> None:
    """Write the plan (or the filtered actions) as a table, data or a board paper.

    tsv is the council's own table layout, which `plan import` reads back; csv and json
    are one row per action (the csv for a spreadsheet: a BOM, and a ref such as 1.10
    written ="1.10" so it stays text; `plan list --format csv` is for scripts). html, pdf,
    markdown and xlsx are
    board papers: the summary in words, RAG by theme, exceptions, changes since --since,
    what is due by --next-meeting, data quality, a RAG key, then every action by theme.
    ics is each open action's due date as a calendar event, for Outlook or Google Calendar.

    \b
    Examples:
      plan export -o plan.tsv
      plan export -o board-paper.html --since sib-2017-03 --meeting "SIB, 12 May 2017"
      plan export -o board-paper.pdf --since sib-2017-03 --next-meeting 2017-06-09
      plan export --theme 3 -o leadership.xlsx
      plan export --officer RG -o rg-due-dates.ics
    """
    from ..services import paper  # lazy: git, only for a board paper

    fmt = _export_format(fmt, output_path)
    check_output(output_path, force)
    chosen = FORMATS[fmt]
    if chosen.binary and output_path is None and sys.stdout.isatty():
        raise UsageError(f"a {fmt} file cannot be shown here", hint=f"add -o FILE.{fmt}")
    if any(cover) and chosen.export != "paper":
        raise UsageError(
            f"--meeting, --author, --classification and --next-meeting are for board papers;"
            f" {fmt} has no cover",
            hint="use --format html, pdf, markdown or xlsx, or drop them",
        )
    if since and not chosen.since:
        with_since = " or ".join(name for name, f in FORMATS.items() if f.since)
        raise UsageError(
            f"--since adds the changes to a board paper; {fmt} cannot show them",
            hint=f"use --format {with_since}, or drop --since",
        )
    plans = load_plans(plan_paths, at)
    result: Paper | Export
    if chosen.export == "paper":
        result = paper.paper(plans, plan_paths, filters, as_of, since, cover)
    else:
        result = reading.export(plans, filters, as_of)
    done = f"{plural(len(result.items), 'action')} as {fmt}."
    if fmt == "ics":
        dated = [i for i in result.items if i.action.due and i.action.status.value != "blue"]
        done = f"the due dates of {plural(len(dated), 'open action')} as ics."
    emit(render(fmt, chosen.export or "items", result), output_path, force, done)


@cli.command("schema", short_help=short_help("schema"))
@click.option("--measures", is_flag=True, help="The schema of measures.yaml instead of a plan's.")
@output_options
def schema_command(measures: bool, output_path: str | None, force: bool) -> None:
    """Print the JSON Schema of the plan format (or, with --measures, of measures.yaml), for
    editors' completion and checking.

    \b
    Examples:
      plan schema -o plan.schema.json
      plan schema --measures -o measures.schema.json
    """
    if measures:
        from ..services.measures import schema_text  # lazy: the measures reader, only here

        emit(schema_text(), output_path, force, "the measures file's JSON Schema.")
        return
    from importlib.resources import files  # lazy: ~6 ms (pathlib, tempfile), only here

    text = files("ofsted_plan").joinpath("plan.schema.json").read_text(encoding="utf-8")
    emit(text, output_path, force, "the plan format's JSON Schema.")
