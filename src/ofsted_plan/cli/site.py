"""`plan site`: a read-only static site of the plans and their history, for the board."""

from __future__ import annotations

import click

from . import cli, short_help
from .options import at_option, load_plans, plan_option


@cli.command("site", short_help=short_help("site"))
@click.option(
    "-o",
    "--output",
    "folder",
    required=True,
    metavar="DIR",
    help="The folder to write the site into (created; refused if it holds other files).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Write into a non-empty folder that 'plan site' did not write.",
)
@click.option(
    "--classification", metavar="TEXT", help="Its marking on every page, such as OFFICIAL."
)
@at_option
@plan_option
def site_command(
    folder: str,
    force: bool,
    classification: str | None,
    at: str | None,
    plan_paths: tuple[str, ...],
) -> None:
    """Write a static site of the plans as of the last commit (or --at a tag, commit or
    date): a home page, a page per theme, per action (with its updates and history from
    git), per officer and per meeting tag.

    The pages link to each other by relative links and fetch nothing from elsewhere, so the
    folder works from a file share, an intranet or file://. The same commit gives the same
    bytes.

    \b
    Examples:
      plan site -o site/
      plan site -o //share/board/plan --classification OFFICIAL-SENSITIVE
      plan site -o march-site/ --at sib-2017-03
    """
    from ..render.site import site_pages  # lazy: jinja2, only for this command
    from ..services import site

    plans = load_plans(plan_paths, at)
    result = site.site(plans, plan_paths, classification or "", at)
    count = site.write_site(folder, site_pages(result), force)
    click.echo(f"Wrote {count} files to {folder}", err=True)
