"""The `plan` command's entry point (and `python -m ofsted_plan`).

It sets up what must hold before anything else is imported: Ctrl-C ends the tool quietly
with exit 130 (never a traceback, even while click loads), command-line arguments are read as
the UTF-8 text the user typed, and output never crashes on a character the stream's encoding
lacks.
"""

from __future__ import annotations

import os
import signal
import sys

# errors.Exit.INTERRUPTED, written out: the handler must be in place before any module of
# ours is imported (a Ctrl-C during that import would otherwise print a traceback).
# tests/test_cli.py checks the two agree.
INTERRUPTED = 130


def _interrupted(signum: int, frame: object) -> None:
    raise SystemExit(INTERRUPTED)  # passes click and our error handler; cleanups still run


def main() -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGINT, _interrupted)
    try:
        _text_streams()
        args = _arguments(sys.argv[1:])
        from .cli import cli  # after the Ctrl-C handler is in place: click loads here

        cli.main(args=args, prog_name="plan")
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)


def _text_streams() -> None:
    """A terminal gets '?' for what its encoding cannot show; a file or pipe gets UTF-8
    (Windows would otherwise write its ANSI code page and stop at the first emoji)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding in ("utf8", "utf8sig") or reconfigure is None:
            continue
        try:
            tty = stream.isatty()
        except (OSError, ValueError):
            tty = False
        if tty:
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8")


def _arguments(args: list[str]) -> list[str]:
    """Arguments as the UTF-8 text typed, even where Python decoded them as ASCII (LC_ALL=C).

    An argument that is not UTF-8 at all is refused here, by name, rather than blamed later on
    a line of the plan it was written into. A path that exists as given is left as it is.
    """
    result = []
    for arg in args:
        if not any("\udc80" <= char <= "\udcff" for char in arg) or os.path.exists(arg):
            result.append(arg)
            continue
        raw = os.fsencode(arg)
        try:
            result.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            shown = raw.decode("ascii", "backslashreplace")
            print(
                f"Error: the command-line argument '{shown}' is not UTF-8 text "
                "(type it again; set the terminal to UTF-8)",
                file=sys.stderr,
            )
            from .errors import Exit  # imported once the Ctrl-C handler is in place

            sys.exit(Exit.USAGE)
    return result


if __name__ == "__main__":
    main()
