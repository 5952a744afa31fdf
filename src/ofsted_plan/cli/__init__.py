"""The `plan` command: the only package that imports click.

``__init__`` holds the group and its error handling; ``options`` the shared options (one named
decorator each); ``commands``, ``edit`` and ``history`` the commands.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from .. import __version__
from ..errors import Exit, PlanError
from ..render.text import visible

# Each command's module and one-line help: only the module of the command run is imported,
# and `plan --help` lists the commands from here without importing any.
COMMANDS = {
    "import": ("commands", "Read the council's plan table into a YAML plan."),
    "list": ("commands", "List actions, one row each, with any filters."),
    "overdue": ("commands", "Actions past their end month and not complete, oldest first."),
    "summary": ("commands", "RAG counts per theme (or officer...), overdue, % complete."),
    "show": ("commands", "Everything about one action, by its ref."),
    "set": ("edit", "Change fields of one action, and nothing else in the file."),
    "add": ("edit", "Add an action under a recommendation, with the next free ref."),
    "done": ("edit", "Mark an action complete (blue), with an optional comment."),
    "check": ("commands", "Check plan files; silent when they are sound."),
    "diff": ("history", "What changed between two versions of the plans in git."),
    "history": ("history", "Each commit that changed one action."),
    "trend": ("tracking", "RAG mix and overdue count at each meeting, month or commit."),
    "slippage": ("tracking", "Actions whose end month moved later, how far and why."),
    "stale": ("tracking", "Open actions not updated for N days, by officer."),
    "chase": ("tracking", "An update request for each lead officer, ready to email."),
    "collect": ("forms", "Merge officers' returned update forms into the plans."),
    "people": ("forms", "Every officer named in the plans, their details and open actions."),
    "measures": ("measures", "Each measure's latest value against its target, RAG and trend."),
    "measure": ("measures", "Add a measure's values to measures.yaml: one, or a monthly table."),
    "export": ("commands", "The plan as a table, data, calendar or a board paper."),
    "site": ("site", "A static site of the plans and their history, for the board."),
    "schema": ("commands", "Print the JSON Schema of the plan format, for editors."),
}


def short_help(name: str) -> str:
    return COMMANDS[name][1]


class PlanGroup(click.Group):
    """Loads commands lazily, and turns PlanError (and anything unexpected) into one line
    on stderr, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS and name not in self.commands:
            importlib.import_module(f"{__name__}.{COMMANDS[name][0]}")
        return self.commands.get(name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            import difflib  # lazy: only for a mistyped command

            close = difflib.get_close_matches(name, list(COMMANDS), n=2, cutoff=0.6)
            close.sort(key=lambda c: c[0] != name[0])  # a slip keeps the first letter, mostly
            if close:
                ctx.fail(f"No such command '{name}'. Did you mean {' or '.join(close)}?")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, text) for name, (_, text) in COMMANDS.items()])

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PlanError as exc:
            click.echo(f"Error: {visible(str(exc))}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
            ctx.exit(Exit.OK)
        except Exception as exc:  # last line of defence against a traceback
            if _interrupted(exc):  # Ctrl-C inside an import is wrapped (e.g. by __set_name__)
                ctx.exit(Exit.INTERRUPTED)
            if ctx.params.get("debug") or os.environ.get("PLAN_DEBUG", "") not in ("", "0"):
                import traceback  # lazy: only for an internal error

                traceback.print_exc(file=sys.stderr)
                how = "please report it, with the traceback above and the command you ran"
            else:
                how = "run it again with --debug (or PLAN_DEBUG=1) to see where, and report it"
            click.echo(
                f"Error: internal error: {type(exc).__name__}: {visible(str(exc))} "
                f"(this is a bug in plan; {how})",
                err=True,
            )
            ctx.exit(Exit.INTERNAL)


def _interrupted(exc: BaseException) -> bool:
    """Whether Ctrl-C (our exit 130, or KeyboardInterrupt) is behind this exception."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt | SystemExit):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.group(cls=PlanGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="plan")
@click.option(
    "--debug",
    is_flag=True,
    help="On an internal error, show its traceback (or set PLAN_DEBUG=1).",
)
def cli(debug: bool) -> None:
    """Run a council's post-Ofsted improvement plan from YAML files kept in git.

    \b
    Examples:
      plan import export.tsv -o plans/ofsted-2016.yaml
      plan list --officer RG --status amber
      plan overdue --as-of 2017-06-30
      plan summary
      plan show 1.1
    \b
    Every month, after updates and before the SIB meeting:
      plan set 1.1 --status green --append-comment "Signed off at SIB"
      plan check && git commit -am "April updates"
      plan diff sib-2017-03
      plan history 1.1
      plan summary --since sib-2017-03
      plan export -o board-paper.html --since sib-2017-03
    \b
    Over time, from git:
      plan trend --by theme
      plan slippage --since sib-2017-03
      plan stale --days 42
      plan chase -o chase/
    """
