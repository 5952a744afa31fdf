"""The commands that write a plan: `plan set`, `plan add`, `plan done`. Each changes only
the bytes it must (see services/updates.py)."""

from __future__ import annotations

import difflib
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import UsageError
from ..model import Action, Evidence, Month, Status, format_initials, parse_initials
from ..render.text import visible
from ..services import updates
from . import cli, short_help
from .options import (
    F,
    complete_dlt,
    complete_officers,
    complete_refs,
    complete_statuses,
    load_plans,
    parse_day,
    plan_option,
)

if TYPE_CHECKING:
    from ..model import Status

# Options the writing commands share, one named decorator each (as pip-tools does).
lead_option = click.option(
    "--lead", metavar="INITIALS", shell_complete=complete_officers, help="Lead officer(s): RG/JF."
)
dlt_option = click.option(
    "--dlt", metavar="INITIALS", shell_complete=complete_dlt, help="DLT lead(s)."
)
dry_run_option = click.option(
    "--dry-run", is_flag=True, help="Print the change as a diff; write nothing."
)


def _month(value: str | None, name: str) -> str | None:
    if value is None or value.strip() == "":
        return value
    try:
        return str(Month.from_cell(value))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=name) from None


def _on(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    return None if value is None else parse_day(value)


def _by(value: str | None) -> str:
    people = parse_initials(value or "")
    if len(people) > 1 or (people and not re.fullmatch(r"[A-Za-z][A-Za-z0-9]{0,5}", people[0])):
        raise click.BadParameter(f"{value!r} is not one person's initials", param_hint="--by")
    return people[0].upper() if people else ""


def update_options(f: F) -> F:
    """--on and --by: when a progress update was given, and by whom."""
    f = click.option(
        "--by", metavar="INITIALS", help="Who gave the progress update (their initials)."
    )(f)
    return click.option(
        "--on",
        callback=_on,
        metavar="YYYY-MM-DD",
        help="The date of the progress update (default: today).",
    )(f)


@cli.command("set", short_help=short_help("set"))
@click.argument("ref", shell_complete=complete_refs)
@click.option(
    "--status",
    "-s",
    metavar="RAG",
    shell_complete=complete_statuses,
    help="red, amber, green, blue or unrated.",
)
@click.option("--comment", metavar="TEXT", help="Replace the progress comments.")
@click.option(
    "--append-comment",
    metavar="TEXT",
    help="Add a progress update, dated, on a line of its own after the others.",
)
@update_options
@click.option("--start", metavar="YYYY-MM", help="Start month ('' to clear).")
@click.option("--end", metavar="YYYY-MM", help="End month ('' to clear).")
@lead_option
@dlt_option
@dry_run_option
@plan_option
def set_command(
    ref: str,
    status: str | None,
    comment: str | None,
    append_comment: str | None,
    on: date | None,
    by: str | None,
    start: str | None,
    end: str | None,
    lead: str | None,
    dlt: str | None,
    dry_run: bool,
    plan_paths: tuple[str, ...],
) -> None:
    """Change fields of one action; every other byte of the file stays as it was.

    The new values are checked as `plan check` would before anything is written, and the
    file is not written if someone changed it meanwhile.

    \b
    Examples:
      plan set 1.1 --status green --comment "Templates signed off at SIB"
      plan set 3.2 --end 2017-11 --append-comment "Moved: training dates changed."
      plan set R3.1 --lead RG/JF --dry-run
    """
    if comment is not None and append_comment is not None:
        raise UsageError("give --comment or --append-comment, not both")
    values: dict[str, str] = {}
    if status is not None:
        try:
            parsed = Status.parse(status)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--status") from None
        values["status"] = parsed.value
    for key, month in (("start", _month(start, "--start")), ("end", _month(end, "--end"))):
        if month is not None:
            values[key] = month
    for key, people in (("lead", lead), ("dlt", dlt)):
        if people is not None:
            values[key] = format_initials(parse_initials(people))
    if comment is not None:
        values["comments"] = comment.strip()
    appended = (append_comment or "").strip() or None
    edited = updates.set_fields(
        load_plans(plan_paths),
        ref,
        values,
        append_comment=appended,
        on=on,
        by=_by(by),
        dry_run=dry_run,
    )
    if edited.before == edited.after:
        click.echo(f"Nothing to change: {edited.ref} already has those values.", err=True)
    elif dry_run:
        click.echo(_unified_diff(edited.path, edited.before, edited.after), nl=False)
    else:
        changed = ", ".join(edited.changed)
        click.echo(f"Updated {edited.ref} in {edited.path}: {changed}.", err=True)


def _evidence(
    what: str | None, link: str | None, checked_by: str | None, reason: str | None
) -> Evidence | None:
    """The evidence entry `plan done` records, dated today."""
    from datetime import date

    what, reason = (what or "").strip(), (reason or "").strip()
    if what and reason:
        raise UsageError("give --evidence or --no-evidence, not both")
    if not what and (link or checked_by):
        raise UsageError("--link and --checked-by describe --evidence: give it too")
    today = date.today().isoformat()
    if reason:
        return Evidence(reason, date=today, missing=True)
    if what:
        people = format_initials(parse_initials(checked_by or ""))
        return Evidence(what, (link or "").strip(), today, people)
    return None


def _unified_diff(path: str, before: str, after: str) -> str:
    name = Path(path).as_posix()
    old, new = (name, name) if Path(path).is_absolute() else (f"a/{name}", f"b/{name}")
    return visible(
        "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True), old, new))
    )


@cli.command("add", short_help=short_help("add"))
@click.argument("text")
@click.option(
    "--theme", "-t", metavar="TEXT|N", help="The theme: its number, or part of its title."
)
@click.option(
    "--recommendation",
    "-r",
    metavar="TEXT|N",
    help="The recommendation: its number in the plan, or part of its text.",
)
@click.option("--ref", metavar="REF", help="Its ref (default: the next after the last one).")
@click.option("--start", metavar="YYYY-MM", help="Start month.")
@click.option("--end", metavar="YYYY-MM", help="End month.")
@click.option("--measure", metavar="TEXT", help="The measure of success.")
@lead_option
@dlt_option
@click.option(
    "--status",
    "-s",
    metavar="RAG",
    shell_complete=complete_statuses,
    help="red, amber, green or blue (default: unrated).",
)
@click.option("--comment", metavar="TEXT", help="Progress comments.")
@dry_run_option
@plan_option
def add_command(
    text: str,
    theme: str | None,
    recommendation: str | None,
    ref: str | None,
    start: str | None,
    end: str | None,
    measure: str | None,
    lead: str | None,
    dlt: str | None,
    status: str | None,
    comment: str | None,
    dry_run: bool,
    plan_paths: tuple[str, ...],
) -> None:
    """Add an action under a recommendation, with the next free ref (1.9 -> 1.10).

    The recommendation is chosen by number (as `plan summary --by recommendation` numbers
    them) or by part of its text, with --theme if that is not enough. The action is written
    as `plan import` writes actions; every other byte of the file stays as it was.

    \b
    Examples:
      plan add "Audit the new plan templates" -r 1 --end 2017-06 --lead RG --dlt CP
      plan add "Quarterly report to SIB" -t 3 -r "oversight" --ref 3.9 --status green
    """
    action = Action(
        ref=(ref or "").strip(),
        action=text.strip(),
        start=Month.parse(m) if (m := _month(start, "--start")) else None,
        end=Month.parse(m) if (m := _month(end, "--end")) else None,
        measure=(measure or "").strip(),
        lead=parse_initials(lead or ""),
        dlt=parse_initials(dlt or ""),
        comments=(comment or "").strip(),
        status=_status(status),
    )
    added = updates.add_action(
        load_plans(plan_paths), action, theme=theme, recommendation=recommendation, dry_run=dry_run
    )
    if dry_run:
        click.echo(_unified_diff(added.path, added.before, added.after), nl=False)
    else:
        click.echo(f"Added {added.ref} to {added.path} ({added.where}).", err=True)


def _status(value: str | None) -> Status:
    if value is None:
        return Status.UNRATED
    try:
        return Status.parse(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--status") from None


@cli.command("done", short_help=short_help("done"))
@click.argument("ref", shell_complete=complete_refs)
@click.option("--comment", metavar="TEXT", help="Added as its latest progress update, dated.")
@update_options
@click.option("--evidence", metavar="TEXT", help="What shows it is complete (recorded).")
@click.option("--link", metavar="URL", help="Where the evidence is: a link or a file name.")
@click.option(
    "--checked-by",
    metavar="INITIALS",
    shell_complete=complete_officers,
    help="Who checked the evidence (not the lead officer, for plan check --strict).",
)
@click.option("--no-evidence", metavar="REASON", help="Complete without evidence: why (recorded).")
@dry_run_option
@plan_option
def done_command(
    ref: str,
    comment: str | None,
    on: date | None,
    by: str | None,
    evidence: str | None,
    link: str | None,
    checked_by: str | None,
    no_evidence: str | None,
    dry_run: bool,
    plan_paths: tuple[str, ...],
) -> None:
    """Mark an action complete (RAG blue) with the evidence that shows it (what, where, who
    checked it: recorded under the action's evidence, dated today), or --no-evidence and why;
    --comment adds a dated progress update.

    \b
    Examples:
      plan done 1.1 --evidence "Audit: 18 of 20 plans SMART" --link audits/may.xlsx --checked-by JF
      plan done R3.1 --no-evidence "Audit report due in June" --comment "Audit in May."
    """
    entry = _evidence(evidence, link, checked_by, no_evidence)
    edited = updates.complete(
        load_plans(plan_paths),
        ref,
        comment=(comment or "").strip() or None,
        evidence=entry,
        on=on,
        by=_by(by),
        dry_run=dry_run,
    )
    if edited.before == edited.after:
        click.echo(f"Nothing to change: {edited.ref} is already complete.", err=True)
    elif dry_run:
        click.echo(_unified_diff(edited.path, edited.before, edited.after), nl=False)
    else:
        click.echo(f"Completed {edited.ref} in {edited.path} (RAG blue).", err=True)
