"""Officers and their updates: `plan people` (who is named in the plans, from the people
file) and `plan collect` (forms filled by officers, merged back into the plans)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..render.people import people_json, people_text
from ..services import people as people_service
from . import cli, short_help
from .options import echo, filter_options, load_plans, plan_option

if TYPE_CHECKING:
    from ..query import Filters


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
