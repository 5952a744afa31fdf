"""The commands. Each loads plans, asks the query layer, and hands the result to one formatter."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from ..errors import PlanError, UsageError
from . import cli, short_help

if TYPE_CHECKING:
    from datetime import date

from .options import (
    GROUPINGS,
    as_of_option,
    changes_since,
    complete_refs,
    emit,
    filter_options,
    format_option,
    load_plans,
    output_options,
    plan_option,
    print_items,
    rev_label,
    select_items,
    with_travel,
)


@cli.command("import", short_help=short_help("import"))
@click.argument("table", type=click.Path(dir_okay=False))
@output_options
def import_command(table: str, output_path: str | None, force: bool) -> None:
    """Read the council's plan table (tab-separated export) into a YAML plan.

    \b
    Example:
      plan import "Improvement plan.txt" -o plans/ofsted-2016.yaml
    """
    from ..planfile.reader import parse_plan
    from ..planfile.writer import dump_plan, plan_to_data
    from ..tables.tsv_reader import import_table

    plan = import_table(table)
    text = dump_plan(plan)
    # Never write a plan that does not read back as the same plan.
    if plan_to_data(parse_plan(text, "<import>")) != plan_to_data(plan):
        raise PlanError("the plan did not read back as written; nothing was saved", path=table)
    actions = sum(1 for _ in plan.actions())
    recs = sum(1 for _ in plan.recommendations())
    generated = sum(1 for a in plan.actions() if a.ref_generated)
    done = (
        f"{len(plan.themes)} themes, {recs} recommendations, "
        f"{actions} actions ({generated} without a ref were given one)."
    )
    emit(text, output_path, force, done)


@cli.command("list", short_help=short_help("list"))
@plan_option
@filter_options
@as_of_option
@format_option("table", "json", "csv")
def list_command(plan_paths: tuple[str, ...], as_of: date, fmt: str, **filters: Any) -> None:
    """List actions, one row each, with any filters.

    \b
    Examples:
      plan list --officer RG --status amber
      plan list --theme 2 --format csv > theme2.csv
      plan list --text chronolog --format json
    """
    plans = load_plans(plan_paths)
    print_items(select_items(filters, plans), fmt, as_of, several=len(plans) > 1)


@cli.command("overdue", short_help=short_help("overdue"))
@plan_option
@filter_options
@as_of_option
@format_option("table", "json", "csv")
def overdue_command(plan_paths: tuple[str, ...], as_of: date, fmt: str, **filters: Any) -> None:
    """Actions past their end month and not complete (blue), oldest due first.

    \b
    Examples:
      plan overdue
      plan overdue --as-of 2017-04-01 --officer SK
    """
    from ..query import by_due_date

    plans = load_plans(plan_paths)
    items = by_due_date(select_items(filters, plans, overdue_on=as_of))
    print_items(items, fmt, as_of, overdue=True, several=len(plans) > 1)


@cli.command("summary", short_help=short_help("summary"))
@plan_option
@filter_options
@as_of_option
@click.option(
    "--by",
    type=click.Choice(GROUPINGS),
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
@format_option("table", "json")
def summary_command(
    plan_paths: tuple[str, ...],
    as_of: date,
    by: str,
    since: str | None,
    fmt: str,
    **filters: Any,
) -> None:
    """RAG counts per group, with totals, overdue, % complete and a progress bar.

    An action with two lead officers counts once for each officer, and once in the total.

    \b
    Examples:
      plan summary
      plan summary --by officer --as-of 2017-03-31
      plan summary --since sib-2017-03 --format json
    """
    from ..query import summarize

    plans = load_plans(plan_paths)
    several = len(plans) > 1
    summary = summarize(select_items(filters, plans), as_of, by=by, several_plans=several)
    if since:
        commit, _, _, then = changes_since(plan_paths, filters, since, loaded=plans)
        summary = with_travel(summary, then, filters, rev_label(since, commit))
    if fmt == "json":
        from ..render.data import summary_record, to_json

        click.echo(to_json(summary_record(summary)), nl=False)
        return
    if not summary.total.total:
        click.echo("No actions match.", err=True)
        return
    from ..render.table import summary_table

    title = plans[0].title if len(plans) == 1 else f"{len(plans)} plans"
    summary_table(summary, title)


@cli.command("show", short_help=short_help("show"))
@click.argument("ref", shell_complete=complete_refs)
@plan_option
@as_of_option
@format_option("table", "json")
def show_command(ref: str, plan_paths: tuple[str, ...], as_of: date, fmt: str) -> None:
    """Everything about one action, by its ref.

    \b
    Examples:
      plan show 1.1
      plan show R3.1 --format json
    """
    from ..query import find_action

    item = find_action(load_plans(plan_paths), ref)
    if fmt == "json":
        from ..render.data import item_record, to_json

        click.echo(to_json(item_record(item, as_of)), nl=False)
        return
    from ..render.terminal import show_action

    show_action(item, as_of)


@cli.command("check", short_help=short_help("check"))
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("--strict", is_flag=True, help="Treat warnings (no action text, no lead) as errors.")
@plan_option
def check_command(paths: tuple[str, ...], strict: bool, plan_paths: tuple[str, ...]) -> None:
    """Check plan files: silent and exit 0 when sound, else one line per problem and exit 1.

    Problems are printed as FILE:LINE: problem (hint), sorted by file and line.
    With no PATH, checks the plans other commands would read.

    \b
    Examples:
      plan check
      plan check --strict plans/ofsted-2016.yaml
      plan check -p plans/ofsted-2016.yaml
    """
    from ..errors import Problem
    from ..planfile.reader import check_file
    from ..render.text import visible
    from ..store.discover import plan_files

    problems: list[Problem] = []
    for path in plan_files((*paths, *plan_paths)):
        problems.extend(check_file(path)[1])
    problems.sort(key=Problem.sort_key)
    for problem in problems:
        click.echo(visible(str(problem)))
    if any(strict or not p.warning for p in problems):
        sys.exit(1)


EXPORT_FORMATS = ("tsv", "csv", "json", "markdown", "html", "xlsx")
EXTENSIONS = {
    "tsv": "tsv",
    "txt": "tsv",
    "csv": "csv",
    "json": "json",
    "md": "markdown",
    "markdown": "markdown",
    "html": "html",
    "htm": "html",
    "xlsx": "xlsx",
}


@cli.command("export", short_help=short_help("export"))
@plan_option
@filter_options
@as_of_option
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    help="Output format (default: from the -o file's extension, else tsv).",
)
@click.option(
    "--since",
    metavar="REV",
    help="Board papers (html, markdown): add what changed since this version in git.",
)
@output_options
def export_command(
    plan_paths: tuple[str, ...],
    as_of: date,
    fmt: str | None,
    since: str | None,
    output_path: str | None,
    force: bool,
    **filters: Any,
) -> None:
    """Write the plan (or the filtered actions) as a table, data or a board paper.

    tsv is the council's own table layout, which `plan import` reads back; html is a
    printable board paper (A4 landscape) and markdown the same for GitHub or GitLab;
    xlsx is an Excel workbook with an Actions and a Summary sheet.

    \b
    Examples:
      plan export -o plan.tsv
      plan export -o board-paper.html --since sib-2017-03
      plan export --theme 3 -o leadership.xlsx
    """
    from ..render import data as output

    fmt = _export_format(fmt, output_path)
    if fmt == "xlsx" and output_path is None and sys.stdout.isatty():
        raise UsageError("an Excel workbook cannot be shown here", hint="add -o FILE.xlsx")
    plans = load_plans(plan_paths)
    items = select_items(filters, plans)
    done = f"{len(items)} actions as {fmt}."
    data: str | bytes
    if fmt == "tsv":
        from ..tables.tsv_writer import plan_tsv

        if len(plans) > 1:
            raise UsageError("a table export holds one plan", hint="choose one with -p PATH")
        filtered = any(filters.values())
        data = plan_tsv(plans[0], {id(i.action) for i in items} if filtered else None)
    elif fmt == "csv":
        data = output.items_csv(items, as_of)
    elif fmt == "json":
        data = output.items_json(items, as_of)
    else:
        data = _board_paper(fmt, plans, items, as_of, since, plan_paths, filters)
    emit(data, output_path, force, done)


def _export_format(fmt: str | None, output_path: str | None) -> str:
    """The format asked for, or named by the -o file's extension; never a guess."""
    from .options import STDOUT_NAMES

    if output_path is None or output_path in STDOUT_NAMES:
        return fmt or "tsv"
    name = output_path.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name.lstrip(".") else ""
    known = ", ".join(f".{e}" for e in EXTENSIONS)
    if fmt is None:
        if suffix not in EXTENSIONS:
            what = f"'.{suffix}'" if suffix else "a file name with no extension"
            raise UsageError(
                f"plan export cannot tell the format from {what} ({output_path})",
                hint=f"end the name in {known}, or give --format",
            )
        return EXTENSIONS[suffix]
    if suffix in EXTENSIONS and EXTENSIONS[suffix] != fmt:
        raise UsageError(
            f"--format {fmt} does not match the file name {output_path}",
            hint=f"name the file .{fmt if fmt != 'markdown' else 'md'}, or drop --format",
        )
    return fmt


def _board_paper(
    fmt: str,
    plans: list,
    items: list,
    as_of: date,
    since: str | None,
    plan_paths: tuple[str, ...],
    filters: dict[str, Any],
) -> str | bytes:
    """A board paper: summary (with travel since REV), changes, overdue, every action."""
    from ..query import by_due_date, summarize

    summary = summarize(items, as_of, several_plans=len(plans) > 1)
    changes = None
    if since:
        commit, _, changes, then = changes_since(plan_paths, filters, since, loaded=plans)
        since = rev_label(since, commit)
        summary = with_travel(summary, then, filters, since)
    title = plans[0].title if len(plans) == 1 else f"{len(plans)} plans"
    if fmt == "xlsx":
        from ..render.xlsx import workbook

        return workbook(items, summary, title, as_of)
    from ..render.paper import Paper, html_page, markdown

    overdue = by_due_date(i for i in items if i.action.is_overdue(as_of))
    paper = Paper(title, as_of, summary, overdue, items, changes, since)
    return html_page(paper) if fmt == "html" else markdown(paper)


@cli.command("schema", short_help=short_help("schema"))
@output_options
def schema_command(output_path: str | None, force: bool) -> None:
    """Print the JSON Schema of the plan format, for editors' completion and checking.

    \b
    Examples:
      plan schema -o plan.schema.json
    """
    from importlib.resources import files

    text = files("ofsted_plan").joinpath("plan.schema.json").read_text(encoding="utf-8")
    emit(text, output_path, force, "the plan format's JSON Schema.")
