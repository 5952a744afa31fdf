"""A plan's YAML text, written only once it reads back as the same plan.

`plan import` never saves a plan that YAML would read otherwise than it was read from the
council's table: `reads_back` parses the text again and compares every key and value. On a
large plan that parse is a fifth of the import, so where the system can fork, a child process
parses the text through a pipe while the rest of it is still being written, on the second
core every council laptop has (issue 25 item 11; measured in ARCHITECTURE.md). Each process
makes each action's data as it reaches it: no second copy of the whole plan. Elsewhere
(Windows, small plans) the two steps run one after the other, with the same result.
"""

from __future__ import annotations

import os

import yaml

from ..model import Plan
from .writer import dump_parts, dump_plan, reads_back

# Below this many actions the text is written, then read back, in one process: a fork costs
# more than it saves (a plan of 5,000 actions is written and read back in ~0.3 s).
FORK_FROM = 20_000
_BATCH = 1 << 16  # bytes at a time: a pipe holds 64 KiB, so the writer runs one batch ahead


def dump_checked(plan: Plan) -> str | None:
    """The plan's text (`dump_plan`), or None when it does not read back as the plan."""
    if sum(len(r.actions) for r in plan.recommendations()) < FORK_FROM or not hasattr(os, "fork"):
        text = dump_plan(plan)
        try:
            return text if reads_back(text, plan) else None
        except yaml.YAMLError:
            return None
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's exit code is what the tests see
        code = 2
        try:
            os.close(write_end)
            with os.fdopen(read_end, "rb") as stream:
                code = 0 if reads_back(stream, plan) else 1
        finally:
            os._exit(code)  # no atexit handlers, no buffers flushed twice
    os.close(read_end)
    parts: list[str] = []
    try:
        with os.fdopen(write_end, "wb") as pipe:
            batch: list[str] = []
            size = 0
            for part in dump_parts(plan):
                parts.append(part)
                batch.append(part)
                size += len(part)
                if size >= _BATCH:
                    pipe.write("".join(batch).encode("utf-8"))
                    batch, size = [], 0
            pipe.write("".join(batch).encode("utf-8"))
    except BrokenPipeError:  # the reader stopped early: the text differs, or it failed
        pass
    _, status = os.waitpid(child, 0)
    return "".join(parts) if os.waitstatus_to_exitcode(status) == 0 else None
