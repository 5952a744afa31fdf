"""A plan's YAML text, written only once it reads back as the same plan.

`plan import` never saves a plan that YAML would read otherwise than it was read from the
council's table: `reads_back` parses the text again and compares every key and value. On a
large plan that parse is a fifth of the import, so where the system can fork, a child process
parses the text through a pipe while the rest of it is still being written, on the second
core every council laptop has (issue 25 item 11: 200,000 rows 14.9 s -> 12.1 s; measured in
ARCHITECTURE.md). Elsewhere (Windows, small plans) the two steps run one after the other, as
before, with the same result.
"""

from __future__ import annotations

import os
from typing import Any

import yaml

from .writer import dump_data, dump_parts, reads_back

# Below this many actions the text is written, then read back, in one process: a fork costs
# more than it saves (a plan of 5,000 actions is written and read back in ~0.3 s).
FORK_FROM = 20_000
_BATCH = 1 << 16  # bytes at a time: a pipe holds 64 KiB, so the writer runs one batch ahead


def dump_checked(data: dict[str, Any], actions: int) -> str | None:
    """The plan's text (`dump_data`), or None when it does not read back as `data`."""
    if actions < FORK_FROM or not hasattr(os, "fork"):
        text = dump_data(data)
        try:
            return text if reads_back(text, data) else None
        except yaml.YAMLError:
            return None
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's exit code is what the tests see
        code = 2
        try:
            os.close(write_end)
            with os.fdopen(read_end, "rb") as stream:
                code = 0 if reads_back(stream, data) else 1
        finally:
            os._exit(code)  # no atexit handlers, no buffers flushed twice
    os.close(read_end)
    parts: list[str] = []
    try:
        with os.fdopen(write_end, "wb") as pipe:
            batch: list[str] = []
            size = 0
            for part in dump_parts(data):
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
