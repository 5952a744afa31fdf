"""Options shared by the commands, one named decorator each (as pip-tools does)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import PlanError

if TYPE_CHECKING:
    from datetime import date

    from click.shell_completion import CompletionItem

    from ..history.changes import Change
    from ..model import Item, Plan, Status
    from ..query import Summary

# The groupings of `plan summary --by` (query.GROUPINGS; a test keeps the two equal). Written
# out here so that `plan --help` does not have to load the query layer.
GROUPINGS = ("theme", "recommendation", "officer", "dlt", "status")

F = TypeVar("F", bound=Callable[..., Any])


def _no_cache(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    ctx.meta["ofsted_plan.no_cache"] = value


def plan_option(f: F) -> F:
    """-p/--plan PATH (repeatable) and --no-cache: which plans, and whether to trust the cache."""
    f = click.option(
        "--no-cache",
        is_flag=True,
        expose_value=False,
        callback=_no_cache,
        help="Read the plan files afresh, not from the cache of parsed plans.",
    )(f)
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
    from datetime import date

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
    from ..model import Status

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
            shell_complete=complete_officers,
            help="Lead officer's initials, whole and any case (repeatable).",
        ),
        click.option(
            "--dlt",
            multiple=True,
            metavar="INITIALS",
            shell_complete=complete_dlt,
            help="DLT lead's initials (repeatable).",
        ),
        click.option(
            "--status",
            "-s",
            "status",
            multiple=True,
            callback=_statuses,
            metavar="RAG",
            shell_complete=complete_statuses,
            help="red, amber, green, blue or unrated (repeatable, or comma-separated).",
        ),
        click.option(
            "--theme",
            "-t",
            metavar="TEXT|N",
            shell_complete=complete_themes,
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


def output_options(f: F) -> F:
    """-o FILE and --force, for commands that write a file."""
    f = click.option("--force", is_flag=True, help="Replace the output file if it exists.")(f)
    return click.option(
        "--output",
        "-o",
        "output_path",
        type=click.Path(dir_okay=False),
        help="Write to this file (default: print).",
    )(f)


STDOUT_NAMES = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")


def emit(data: str | bytes, output_path: str | None, force: bool, done: str) -> None:
    """Print the data, or write it atomically to output_path and say so on stderr.

    ``-o -`` (or /dev/stdout) prints; a named pipe or device is written into, never replaced.
    """
    if output_path is None or output_path in STDOUT_NAMES:
        click.echo(data, nl=False)
        return
    import os

    from ..store.files import is_regular_or_missing, write_atomic

    if not is_regular_or_missing(output_path) and not os.path.isdir(output_path):
        try:
            with open(output_path, "wb") as handle:
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        except OSError as exc:
            raise PlanError(f"cannot write: {exc.strerror}", path=output_path) from None
    else:
        write_atomic(output_path, data, overwrite=force)
    click.echo(f"Wrote {output_path}: {done}", err=True)


def load_plans(plan_paths: tuple[str, ...]) -> list[Plan]:
    """The plans the command should read (loaded only when a command runs, not for --help)."""
    from ..store.discover import load_plans as load

    ctx = click.get_current_context(silent=True)
    no_cache = bool(ctx and ctx.meta.get("ofsted_plan.no_cache"))
    return load(plan_paths, use_cache=not no_cache)


def select_items(
    filters: dict[str, Any],
    plans: list[Plan],
    overdue_on: date | None = None,
    *,
    check: bool = True,
) -> list[Item]:
    """Run the query layer with the filter options' values (checked against the plans when
    `check`: an earlier version in git may not have today's officers)."""
    from ..query import check_filters, select

    if check:
        check_filters(
            plans,
            officer=filters["officer"],
            dlt=filters["dlt"],
            theme=filters["theme"],
            recommendation=filters["recommendation"],
        )
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


def print_items(
    items: list[Item], fmt: str, as_of: date, *, overdue: bool = False, several: bool = False
) -> None:
    from ..render import data as output

    if fmt == "json":
        click.echo(output.items_json(items, as_of), nl=False)
    elif fmt == "csv":
        click.echo(output.items_csv(items, as_of), nl=False)
    elif not items:
        click.echo("No actions match." if not overdue else "No overdue actions.", err=True)
    else:
        from ..render.table import actions_table

        actions_table(items, as_of, overdue=overdue, several=several)


def rev_label(rev: str, commit: str) -> str:
    """'sib-2017-03 (5b7d3c1)': what the user named and the commit it is."""
    return commit[:7] if commit.startswith(rev) else f"{rev} ({commit[:7]})"


def changes_since(
    plan_paths: tuple[str, ...],
    filters: dict[str, Any],
    rev: str,
    rev2: str | None = None,
    loaded: list[Plan] | None = None,
) -> tuple[str, str, list[Change], list[Plan]]:
    """The changes (to the actions the filters choose) from `rev` to `rev2` or the files now.

    `loaded` are the plans the command already read from disk. Returns both commits ('' for
    the files now), the changes, and the plans as at `rev`.
    """
    from ..history.changes import compare_plans
    from ..store.discover import plan_files
    from ..store.git import versions

    current = {p.path: p for p in loaded or [] if p.path}
    old, new, pairs = versions(plan_files(plan_paths), rev, rev2, current=current)
    changes = []
    for version in pairs:
        both = [p for p in (version.before, version.after) if p is not None]
        chosen = {id(i.action) for i in select_items(filters, both, check=False)}
        found = compare_plans(version.before, version.after)
        changes += [c for c in found if id(c.item.action) in chosen]
    return old, new, changes, [v.before for v in pairs if v.before is not None]


def with_travel(
    summary: Summary, earlier_plans: list[Plan], filters: dict[str, Any], label: str
) -> Summary:
    """The summary with each group's direction of travel against the earlier plans."""
    from ..query import compare_summaries, summarize

    several = len({p.name for p in earlier_plans}) > 1
    earlier = summarize(
        select_items(filters, earlier_plans, check=False),
        summary.as_of,
        by=summary.by,
        several_plans=several,
    )
    return compare_summaries(summary, earlier, label)


# Shell completion: values from the plans the command would read (errors complete nothing).


def _plans_for_completion(ctx: click.Context) -> list[Plan]:
    try:
        return load_plans(ctx.params.get("plan_paths") or ())
    except Exception:  # a broken plan must not break the user's shell
        return []


def _matching(values: dict[str, str | None], incomplete: str) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    wanted = incomplete.casefold()
    return [
        CompletionItem(value, help=help_text)
        for value, help_text in values.items()
        if value.casefold().startswith(wanted)
    ]


def complete_refs(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    items = (i for p in _plans_for_completion(ctx) for i in p.items())
    return _matching({i.action.ref: i.action.action[:60] or None for i in items}, incomplete)


def complete_officers(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    people: dict[str, str | None] = {}
    for plan in _plans_for_completion(ctx):
        for action in plan.actions():
            for person in action.lead:
                people.setdefault(person, None)
    return _matching(dict(sorted(people.items())), incomplete)


def complete_dlt(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    people: dict[str, str | None] = {}
    for plan in _plans_for_completion(ctx):
        for action in plan.actions():
            for person in action.dlt:
                people.setdefault(person, None)
    return _matching(dict(sorted(people.items())), incomplete)


def complete_themes(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    themes: dict[str, str | None] = {}
    for plan in _plans_for_completion(ctx):
        for number, theme in enumerate(plan.themes, 1):
            themes.setdefault(str(number), theme.title[:60])
    return _matching(themes, incomplete)


def complete_statuses(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    from ..model import STATUS_ORDER

    names = {s.value or "unrated": None for s in STATUS_ORDER}
    names["blue"] = "complete"
    return _matching(names, incomplete)
