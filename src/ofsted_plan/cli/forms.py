"""Officers and their updates: `plan people` (who is named in the plans, from the people
file) and `plan collect` (forms filled by officers, merged back into the plans)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..errors import Exit
from ..render.forms import collect_text, form_xlsx
from ..render.people import people_json, people_text
from ..render.text import visible
from ..services import people as people_service
from . import cli, short_help
from .options import as_of_option, check_output, echo, emit, filter_options, load_plans, plan_option

if TYPE_CHECKING:
    from datetime import date

    from ..query import Filters
    from ..results.officers import Form


def write_forms(forms: list[Form], folder: str, force: bool) -> None:
    """One .xlsx form per officer in the folder (made if missing), every file checked before
    any is written (`plan chase --forms`)."""
    import os

    from ..store.files import make_folder
    from ..store.names import safe_names

    if not forms:
        click.echo("No lead officer has an open action.", err=True)
        return
    make_folder(folder)
    names = [
        os.path.join(folder, n)
        for n in safe_names([f.officer for f in forms], suffix=".xlsx", fallback="officer")
    ]
    for name in names:
        check_output(name, force)
    for name, form in zip(names, forms, strict=True):
        emit(form_xlsx(form), name, force, f"update form for {visible(form.officer)}.")


@cli.command("people", short_help=short_help("people"))
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A table, or JSON.",
)
@plan_option
@filter_options
def people_command(fmt: str, plan_paths: tuple[str, ...], filters: Filters) -> None:
    """Every lead officer named in the plans: their name, email and role from the people
    file (plans/people.yaml), their open actions, and who has no entry.

    \b
    Examples:
      plan people
      plan people --format json
    """
    result = people_service.people(load_plans(plan_paths), filters)
    echo(people_json(result) if fmt == "json" else people_text(result))


@cli.command("collect", short_help=short_help("collect"))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--theirs", is_flag=True, help="On a conflict, take the form's value over the plan's."
)
@click.option("--dry-run", is_flag=True, help="Say what would change; write nothing.")
@click.option(
    "--commit",
    "make_commits",
    is_flag=True,
    help="One git commit per form, with the officer as its author.",
)
@plan_option
@as_of_option
def collect_command(
    files: tuple[str, ...],
    theirs: bool,
    dry_run: bool,
    make_commits: bool,
    plan_paths: tuple[str, ...],
    as_of: date,
) -> None:
    """Merge officers' returned update forms (.xlsx, or a saved .eml with forms attached)
    into the plans: a field changed only on the form is applied as `plan set` would; one the
    plan changed too since the form was made is a conflict, reported and not applied.

    A form with a bad cell (an unknown RAG, a month that is not one, a new end month with
    no reason) is refused at FILE[Sheet]:ROW, and nothing from it is applied. Collecting the
    same form again changes nothing. Exit 1 when a form was refused or a conflict is left.

    \b
    Examples:
      plan collect replies/*.xlsx --dry-run
      plan collect replies/*.xlsx --commit
      plan collect "Re: updates.eml" --theirs
    """
    from ..services.forms import collect  # openpyxl and git: only here

    results = collect(
        load_plans(plan_paths),
        files,
        as_of,
        theirs=theirs,
        dry_run=dry_run,
        commit=make_commits and not dry_run,
    )
    echo(collect_text(results, dry_run))
    for one in results:
        for problem in one.refused:
            click.echo(f"Error: {visible(problem)}", err=True)
    if any(one.refused or one.conflicts for one in results):
        raise SystemExit(Exit.PROBLEMS)
