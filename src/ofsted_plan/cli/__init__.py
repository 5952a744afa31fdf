"""The `plan` command: the only package that imports click.

``__init__`` holds the group and its error handling; ``options`` the shared options (one named
decorator each); ``commands`` the commands.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import __version__
from ..errors import PlanError


class PlanGroup(click.Group):
    """Turns PlanError (and anything unexpected) into one line on stderr, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from ..display import visible

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


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="plan")


from . import commands, edit, history  # noqa: E402, F401  (registers the commands)
