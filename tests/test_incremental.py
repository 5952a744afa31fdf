"""Versions read one from another (planfile/incremental.py) are exactly what reading each
whole gives: the same plan, line for line, or the same first error (issue 25 item 13)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ofsted_plan.errors import PlanError
from ofsted_plan.model import Status
from ofsted_plan.planfile.incremental import VersionReader
from ofsted_plan.planfile.reader import parse_plan, plan_from_bytes
from ofsted_plan.planfile.writer import dump_plan
from ofsted_plan.store.cache import _data

from .helpers import REPO

SEED = (REPO / "plans" / "ofsted-2016.yaml").read_text(encoding="utf-8")
PIECES = [
    "",
    "  ",
    "    ",
    "          ",
    "            ",
    "- ",
    "ref: '1.1'",
    "ref: '9.9'",
    "status: red",
    "status: purple",
    "comments: more",
    "comments: |",
    "lead: RG",
    "end: 2017-13",
    "x: y",
    "# a note",
    "'",
    "&a",
    "*a",
    "\t",
    "\r",
    "\x1b",
    "recommendation: R",
    "actions:",
]


def read_whole(data: bytes) -> object:
    try:
        return _data(plan_from_bytes(data, "v", "p"))
    except PlanError as exc:
        return str(exc)


def read_near(reader: VersionReader, data: bytes) -> object:
    try:
        return _data(reader.read(data, "v", "p"))
    except PlanError as exc:
        return str(exc)


edit = st.tuples(
    st.integers(min_value=0, max_value=700),
    st.sampled_from(["replace", "insert", "delete"]),
    st.lists(st.sampled_from(PIECES), min_size=0, max_size=4).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(edit, min_size=1, max_size=6))
def test_line_edits_read_as_whole_reading_does(edits: list[tuple[int, str, str]]) -> None:
    reader = VersionReader()
    lines = SEED.splitlines(keepends=True)
    assert read_near(reader, SEED.encode()) == read_whole(SEED.encode())
    for at, kind, text in edits:
        at = min(at, len(lines) - 1)
        if kind == "replace":
            lines[at] = text + "\n"
        elif kind == "insert":
            lines.insert(at, text + "\n")
        elif len(lines) > 1:
            del lines[at]
        data = "".join(lines).encode()
        assert read_near(reader, data) == read_whole(data)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=60),
            st.sampled_from(["status", "comments", "long", "ref", "end"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_status_and_comment_updates_read_as_whole_reading_does(
    edits: list[tuple[int, str]],
) -> None:
    plan = parse_plan(SEED)
    actions = list(plan.actions())
    reader = VersionReader()
    read_near(reader, SEED.encode())
    for n, field in edits:
        action = actions[n % len(actions)]
        if field == "status":
            action.status = Status.RED if action.status != Status.RED else Status.GREEN
        elif field == "comments":
            action.comments += " Updated."
        elif field == "long":
            action.comments += " A much longer update that wraps onto more lines. " * 3
        elif field == "ref":
            action.ref += "a"
        else:
            action.end = None
        data = dump_plan(plan).encode()
        assert read_near(reader, data) == read_whole(data)


def test_one_action_changed_is_read_from_the_version_before() -> None:
    """The reason for it: one action's lines are read, not the file."""
    plan = parse_plan(SEED)
    reader = VersionReader()
    reader.read(SEED.encode(), "v", "p")
    action = list(plan.actions())[5]
    action.comments += " Signed off.\nAnd a second line."
    data = dump_plan(plan).encode()
    near = reader._near(data.decode().splitlines(keepends=True), "v", "p")
    assert near is not None
    assert _data(near) == _data(plan_from_bytes(data, "v", "p"))


def test_a_ref_made_a_duplicate_is_the_same_error() -> None:
    plan = parse_plan(SEED)
    reader = VersionReader()
    reader.read(SEED.encode(), "v", "p")
    actions = list(plan.actions())
    actions[5].ref = actions[4].ref
    data = dump_plan(plan).encode()
    assert "is used twice" in str(read_whole(data))
    assert read_near(reader, data) == read_whole(data)
