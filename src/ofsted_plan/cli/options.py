"""Options shared by the commands, one named decorator each (as pip-tools does)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from ..errors import PlanError
from ..model import STATUS_ORDER, Status
from ..query import Filters
from ..render.registry import choices, render
from ..services.load import load, load_at

if TYPE_CHECKING:
    from datetime import date

    from click.shell_completion import CompletionItem

    from ..model import Plan, Status

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
    return date.today() if value is None else parse_day(value)


def parse_day(value: str) -> date:
    """A date written YYYY-MM-DD, or click's error saying how to write it."""
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
            if not part.strip():
                raise click.BadParameter(
                    "it is empty; give red, amber, green, blue or unrated, or leave it out"
                )
            try:
                result.append(Status.parse(part))
            except ValueError as exc:
                raise click.BadParameter(str(exc)) from None
    return tuple(result)


def _given(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """An empty filter ('--theme ""') would match everything: refused, with what to give."""
    values = value if isinstance(value, tuple) else (value,)
    if any(v is not None and not v.strip() for v in values):
        raise click.BadParameter(
            f"it is empty; give {param.metavar or 'a value'}, or leave the option out"
        )
    return value


def filter_options(f: F) -> F:
    """The filters every reading command shares, handed to the command as one `filters`
    (query.Filters); they combine (all must match)."""
    options = [
        click.option(
            "--officer",
            "officer",
            multiple=True,
            callback=_given,
            metavar="INITIALS",
            shell_complete=complete_officers,
            help="Lead officer's initials, whole and any case (repeatable).",
        ),
        click.option(
            "--dlt",
            multiple=True,
            callback=_given,
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
            callback=_given,
            metavar="TEXT|N",
            shell_complete=complete_themes,
            help="Theme number in the plan, or part of its title.",
        ),
        click.option(
            "--recommendation",
            "-r",
            callback=_given,
            metavar="TEXT|N",
            help="Recommendation number in the plan, or part of its text.",
        ),
        click.option(
            "--text",
            "search",
            metavar="TEXT",
            callback=_given,
            help="Text in the ref, action, measure or comments.",
        ),
    ]

    @functools.wraps(f)
    def with_filters(
        *args: Any,
        officer: tuple[str, ...],
        dlt: tuple[str, ...],
        status: tuple[Status, ...],
        theme: str | None,
        recommendation: str | None,
        search: str | None,
        **kwargs: Any,
    ) -> Any:
        chosen = Filters(tuple(officer), tuple(dlt), tuple(status), theme, recommendation, search)
        return f(*args, filters=chosen, **kwargs)

    wrapped: Any = with_filters
    for option in reversed(options):
        wrapped = option(wrapped)
    return cast(F, wrapped)


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    return None if value is None else _as_of(ctx, param, value)


def paper_options(f: F) -> F:
    """A board paper's cover: --meeting, --author, --classification, --next-meeting, handed
    to the command as one `cover` (board.Cover)."""
    options = [
        click.option(
            "--meeting", metavar="TEXT", help='The meeting it goes to: "SIB, 10 March 2017".'
        ),
        click.option("--author", metavar="TEXT", help="Who wrote the paper."),
        click.option(
            "--classification", metavar="TEXT", help="Its marking, such as OFFICIAL-SENSITIVE."
        ),
        click.option(
            "--next-meeting",
            callback=_day,
            metavar="YYYY-MM-DD",
            help="Add the actions due by then (their end month is that month or before).",
        ),
    ]

    @functools.wraps(f)
    def with_cover(
        *args: Any,
        meeting: str | None,
        author: str | None,
        classification: str | None,
        next_meeting: date | None,
        **kwargs: Any,
    ) -> Any:
        from ..paper import Cover  # lazy: only for papers

        cover = Cover(meeting or "", author or "", classification or "", next_meeting)
        return f(*args, cover=cover, **kwargs)

    wrapped: Any = with_cover
    for option in reversed(options):
        wrapped = option(wrapped)
    return cast(F, wrapped)


def format_option(kind: str) -> Callable[[F], F]:
    """--format/-f: the formats the registry can render this kind of result in."""
    names = choices(kind)

    def decorator(f: F) -> F:
        return click.option(
            "--format",
            "-f",
            "fmt",
            type=click.Choice(names),
            default=names[0],
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


def check_output(output_path: str | None, force: bool) -> None:
    """Refuse a bad -o before the command does its work (an import can take seconds)."""
    if output_path is not None and output_path not in STDOUT_NAMES:
        from ..store.files import check_target  # lazy: pathlib (~3 ms), only with -o

        check_target(output_path, overwrite=force)


def emit(data: str | bytes, output_path: str | None, force: bool, done: str) -> None:
    """Print the data, or write it atomically to output_path and say so on stderr.

    ``-o -`` (or /dev/stdout) prints; a named pipe or device is written into, never replaced.
    """
    if output_path is None or output_path in STDOUT_NAMES:
        echo(data)
        _notes(data)
        return
    from ..store.files import is_regular_or_missing, write_atomic  # lazy: as check_output

    if not is_regular_or_missing(output_path) and not os.path.isdir(output_path):
        try:
            with open(output_path, "wb") as handle:
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        except OSError as exc:
            raise PlanError(f"cannot write: {exc.strerror}", path=output_path) from None
    else:
        write_atomic(output_path, data, overwrite=force)
    click.echo(f"Wrote {output_path}: {done}", err=True)
    _notes(data)


def _notes(data: str | bytes) -> None:
    """What the format could not hold (an xlsx cell cut at Excel's limit), on stderr."""
    for note in getattr(data, "notes", ()):
        click.echo(f"Note: {note}", err=True)


def load_plans(plan_paths: tuple[str, ...], at: str | None = None) -> list[Plan]:
    """The plans the command should read (loaded only when a command runs, not for --help);
    with `at`, as they stood at that version in git."""
    if at is not None:
        return load_at(plan_paths, at)
    ctx = click.get_current_context(silent=True)
    no_cache = bool(ctx and ctx.meta.get("ofsted_plan.no_cache"))
    return load(plan_paths, use_cache=not no_cache)


def at_option(f: F) -> F:
    """--at REV: read the plans as they stood at a version in git."""
    return click.option(
        "--at",
        metavar="REV",
        default=None,
        help="Read the plans as they stood at REV in git: a tag, a commit, or a date YYYY-MM-DD"
        " (the last commit on or before it); nothing is checked out. --as-of stays the day"
        " overdue is judged on.",
    )(f)


def to_terminal() -> bool:
    """True when standard output is a terminal (not a file or a pipe)."""
    import sys

    try:
        return sys.stdout.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def echo(data: str | bytes) -> None:
    """Print a whole output (CSV, JSON, a table, a paper) as it is, but to a terminal with
    every control and bidi character escaped: no escape in plan text reaches the terminal."""
    if isinstance(data, str) and to_terminal():
        from ..render.text import for_terminal

        data = for_terminal(data)
    click.echo(data, nl=False)


def show(kind: str, result: Any, fmt: str) -> None:
    """Hand a service's result to the one renderer the format names, and print what it gives."""
    out = render(fmt, kind, result)
    if isinstance(out, (str, bytes)):
        echo(out)
        return
    from ..render.terminal import print_trimmed  # lazy: rich (~35 ms), not for JSON/CSV

    print_trimmed(out)


# Shell completion: values from the plans the command would read (errors complete nothing).


def _plans_for_completion(ctx: click.Context) -> list[Plan]:
    try:
        return load_plans(ctx.params.get("plan_paths") or ())
    except Exception:  # a broken plan must not break the user's shell
        return []


def _matching(values: dict[str, str | None], incomplete: str) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem  # lazy: only when the shell completes

    wanted = incomplete.casefold()
    return [
        CompletionItem(value, help=help_text)
        for value, help_text in values.items()
        if value.casefold().startswith(wanted)
    ]


def complete_refs(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    items = (i for p in _plans_for_completion(ctx) for i in p.items())
    return _matching({i.action.ref: i.action.action[:60] or None for i in items}, incomplete)


def _complete_people(ctx: click.Context, field: str, incomplete: str) -> list:
    people: dict[str, str | None] = {}
    for plan in _plans_for_completion(ctx):
        for action in plan.actions():
            for person in getattr(action, field):
                people.setdefault(person, None)
    return _matching(dict(sorted(people.items())), incomplete)


def complete_officers(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    return _complete_people(ctx, "lead", incomplete)


def complete_dlt(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    return _complete_people(ctx, "dlt", incomplete)


def complete_themes(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    themes: dict[str, str | None] = {}
    for plan in _plans_for_completion(ctx):
        for number, theme in enumerate(plan.themes, 1):
            themes.setdefault(str(number), theme.title[:60])
    return _matching(themes, incomplete)


def complete_statuses(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    names: dict[str, str | None] = {s.value or "unrated": None for s in STATUS_ORDER}
    names["blue"] = "complete"
    return _matching(names, incomplete)
