"""The `plan` command. The only module that imports click."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from . import __version__
from .errors import PlanError, UsageError
from .model import Item, Status

F = TypeVar("F", bound=Callable[..., Any])


class PlanGroup(click.Group):
    """Turns PlanError (and anything unexpected) into one line on stderr, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from .render import visible

        try:
            return super().invoke(ctx)
        except PlanError as exc:
            click.echo(f"Error: {visible(str(exc))}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
            ctx.exit(0)
        except Exception as exc:  # last line of defence against a traceback
            click.echo(
                f"Error: internal error: {type(exc).__name__}: {visible(str(exc))} "
                "(this is a bug in plan; please report it with the command you ran)",
                err=True,
            )
            ctx.exit(70)


# Options, one named decorator each (as pip-tools does), shared by the reading commands.


def plan_option(f: F) -> F:
    return click.option(
        "-p",
        "--plan",
        "plan_paths",
        multiple=True,
        metavar="PATH",
        help="Plan file or folder of plan files (repeatable). "
        "Default: $PLAN_PATH, else the nearest plans/ folder.",
    )(f)


def _as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def as_of_option(f: F) -> F:
    return click.option(
        "--as-of",
        callback=_as_of,
        metavar="YYYY-MM-DD",
        help="Judge overdue actions as of this date (default: today).",
    )(f)


def _statuses(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple:
    result: list[Status] = []
    for value in values:
        for part in value.split(","):
            if part.strip().lower() == "unrated":
                result.append(Status.UNRATED)
                continue
            try:
                result.append(Status.parse(part) if part.strip() else Status.UNRATED)
            except ValueError as exc:
                raise click.BadParameter(str(exc)) from None
    return tuple(result)


def filter_options(f: F) -> F:
    """The filters every reading command shares; they combine (all must match)."""
    options = [
        click.option(
            "--officer",
            "officer",
            multiple=True,
            metavar="INITIALS",
            help="Lead officer's initials, whole and any case (repeatable).",
        ),
        click.option(
            "--dlt", multiple=True, metavar="INITIALS", help="DLT lead's initials (repeatable)."
        ),
        click.option(
            "--status",
            "-s",
            "status",
            multiple=True,
            callback=_statuses,
            metavar="RAG",
            help="red, amber, green, blue or unrated (repeatable, or comma-separated).",
        ),
        click.option(
            "--theme",
            "-t",
            metavar="TEXT|N",
            help="Theme number in the plan, or part of its title.",
        ),
        click.option(
            "--recommendation",
            "-r",
            metavar="TEXT|N",
            help="Recommendation number in the plan, or part of its text.",
        ),
        click.option(
            "--text", "search", metavar="TEXT", help="Text in the ref, action, measure or comments."
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def format_option(*choices: str) -> Callable[[F], F]:
    def decorator(f: F) -> F:
        return click.option(
            "--format",
            "-f",
            "fmt",
            type=click.Choice(choices),
            default=choices[0],
            show_default=True,
            help="Output format.",
        )(f)

    return decorator


def _select(filters: dict[str, Any], plans: list, overdue_on: date | None = None) -> list[Item]:
    from .query import select

    return select(
        plans,
        officer=filters["officer"],
        dlt=filters["dlt"],
        status=filters["status"],
        theme=filters["theme"],
        recommendation=filters["recommendation"],
        text=filters["search"],
        overdue_on=overdue_on,
    )


def _load(plan_paths: tuple[str, ...]) -> list:
    from .discover import load_plans

    return load_plans(plan_paths)


def _print_items(items: list[Item], fmt: str, as_of: date, *, overdue: bool = False) -> None:
    from . import output

    if fmt == "json":
        click.echo(output.items_json(items, as_of), nl=False)
    elif fmt == "csv":
        click.echo(output.items_csv(items, as_of), nl=False)
    elif not items:
        click.echo("No actions match." if not overdue else "No overdue actions.", err=True)
    else:
        from .render import actions_table

        actions_table(items, as_of, overdue=overdue)


CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.group(cls=PlanGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="plan")
def cli() -> None:
    """Run a council's post-Ofsted improvement plan from YAML files kept in git.

    \b
    Examples:
      plan import export.tsv -o plans/ofsted-2016.yaml
      plan list --officer RG --status amber
      plan overdue --as-of 2017-06-30
      plan summary
      plan show 1.1
      plan check
      plan export -o plan.tsv
    """


@cli.command("import")
@click.argument("table", type=click.Path(dir_okay=False))
@click.option(
    "--output",
    "-o",
    "output_path",
    type=click.Path(dir_okay=False),
    help="Write the YAML plan here (default: print it).",
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def import_command(table: str, output_path: str | None, force: bool) -> None:
    """Read the council's plan table (tab-separated export) into a YAML plan.

    \b
    Example:
      plan import "Improvement plan.txt" -o plans/ofsted-2016.yaml
    """
    from .files import write_atomic
    from .tsv_reader import import_table
    from .yaml_reader import parse_plan
    from .yaml_writer import dump_plan

    plan = import_table(table)
    text = dump_plan(plan)
    if dump_plan(parse_plan(text, "<import>")) != text:  # never write a plan we cannot read back
        raise PlanError("the plan did not read back as written; nothing was saved", path=table)
    if output_path is None:
        click.echo(text, nl=False)
        return
    write_atomic(output_path, text, overwrite=force)
    actions = sum(1 for _ in plan.actions())
    recs = sum(1 for _ in plan.recommendations())
    generated = sum(1 for a in plan.actions() if a.ref_generated)
    click.echo(
        f"Wrote {output_path}: {len(plan.themes)} themes, {recs} recommendations, "
        f"{actions} actions ({generated} without a ref were given one).",
        err=True,
    )


@cli.command("list")
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
    items = _select(filters, _load(plan_paths))
    _print_items(items, fmt, as_of)


@cli.command("overdue")
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
    from .query import by_due_date

    items = by_due_date(_select(filters, _load(plan_paths), overdue_on=as_of))
    _print_items(items, fmt, as_of, overdue=True)


@cli.command("summary")
@plan_option
@filter_options
@as_of_option
@format_option("table", "json")
def summary_command(plan_paths: tuple[str, ...], as_of: date, fmt: str, **filters: Any) -> None:
    """RAG counts per theme, with totals, overdue counts and a progress bar.

    \b
    Examples:
      plan summary
      plan summary --as-of 2017-03-31 --format json
    """
    from .query import summarize

    plans = _load(plan_paths)
    summary = summarize(_select(filters, plans), as_of, several_plans=len(plans) > 1)
    if fmt == "json":
        from .output import summary_record, to_json

        click.echo(to_json(summary_record(summary)), nl=False)
        return
    if not summary.total.total:
        click.echo("No actions match.", err=True)
        return
    from .render import summary_table

    title = plans[0].title if len(plans) == 1 else f"{len(plans)} plans"
    summary_table(summary, title)


@cli.command("show")
@click.argument("ref")
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
    plans = _load(plan_paths)
    items = [i for p in plans for i in p.items()]
    found = [i for i in items if i.action.ref == ref] or [
        i for i in items if i.action.ref.casefold() == ref.casefold()
    ]
    if not found:
        refs = [i.action.ref for i in items]
        close = difflib.get_close_matches(ref, refs, n=3, cutoff=0.5)
        hint = (
            ("did you mean " + " or ".join(close) + "?")
            if close
            else ("'plan list' shows every ref")
        )
        raise UsageError(f"no action has ref {ref!r}", hint=hint)
    if len(found) > 1:
        names = ", ".join(str(i.plan.path) for i in found)
        raise UsageError(
            f"ref {ref!r} is in several plans: {names}", hint="choose one with -p PATH"
        )
    if fmt == "json":
        from .output import item_record, to_json

        click.echo(to_json(item_record(found[0], as_of)), nl=False)
        return
    from .render import show_action

    show_action(found[0], as_of)


@cli.command("check")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("--strict", is_flag=True, help="Treat warnings (no action text, no lead) as errors.")
def check_command(paths: tuple[str, ...], strict: bool) -> None:
    """Check plan files: silent and exit 0 when sound, else one line per problem and exit 1.

    Problems are printed as FILE:LINE: problem (hint), sorted by file and line.
    With no PATH, checks the plans other commands would read.

    \b
    Examples:
      plan check
      plan check --strict plans/ofsted-2016.yaml
    """
    from .discover import plan_files
    from .errors import Problem
    from .render import visible
    from .yaml_reader import check_file

    problems: list[Problem] = []
    for path in plan_files(paths):
        problems.extend(check_file(path)[1])
    problems.sort(key=Problem.sort_key)
    for problem in problems:
        click.echo(visible(str(problem)))
    if any(strict or not p.warning for p in problems):
        sys.exit(1)


EXPORT_FORMATS = ("tsv", "csv", "json")


@cli.command("export")
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
    "--output",
    "-o",
    "output_path",
    type=click.Path(dir_okay=False),
    help="Write to this file (default: print).",
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def export_command(
    plan_paths: tuple[str, ...],
    as_of: date,
    fmt: str | None,
    output_path: str | None,
    force: bool,
    **filters: Any,
) -> None:
    """Write the plan (or the filtered actions) as a table or data file.

    tsv is the council's own table layout, which `plan import` reads back.

    \b
    Examples:
      plan export -o plan.tsv
      plan export --theme 3 --format csv -o leadership.csv
    """
    from . import output

    if fmt is None:
        suffix = output_path.rsplit(".", 1)[-1].lower() if output_path else ""
        fmt = suffix if suffix in EXPORT_FORMATS else "tsv"
    plans = _load(plan_paths)
    items = _select(filters, plans)
    if fmt == "tsv":
        from .tsv_writer import plan_tsv

        if len(plans) > 1:
            raise UsageError("a table export holds one plan", hint="choose one with -p PATH")
        filtered = any(filters.values())
        text = plan_tsv(plans[0], {id(i.action) for i in items} if filtered else None)
    elif fmt == "csv":
        text = output.items_csv(items, as_of)
    else:
        text = output.items_json(items, as_of)
    if output_path is None:
        click.echo(text, nl=False)
        return
    from .files import write_atomic

    write_atomic(output_path, text, overwrite=force)
    click.echo(f"Wrote {output_path}: {len(items)} actions as {fmt}.", err=True)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="plan")
