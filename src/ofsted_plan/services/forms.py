"""Officers' update forms: made from the plan (`plan chase --forms`) and their replies merged
back (`plan collect`): three ways, the plan when the form was made (read from git by the
blob id the form records), the plan now and the form. No click."""

from __future__ import annotations

import email
import email.policy
import io
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as default
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

import openpyxl

from ..errors import PlanError, UsageError
from ..model import Month, Person, Plan, Status
from ..planfile import editing
from ..planfile.reader import parse_plan, plan_from_bytes
from ..planfile.scan import UNSAFE_TEXT
from ..query import Filters
from ..results.officers import (
    FORM_ABOUT,
    FORM_COLUMNS,
    FORM_EDITABLE,
    FORM_KIND,
    FORM_SHEET,
    Collected,
    Form,
)
from ..store.git import Repository
from . import tracking, updates
from .people import directory


def make_forms(
    plans: list[Plan], filters: Filters, as_of: date, *, days: int = 42, meeting: str = ""
) -> list[Form]:
    """One form per lead officer with open actions (as `plan chase` chooses them), each
    recording the plan file's version: its commit and the blob id of its bytes now (stored
    in git, so the reply can be merged against exactly this text even if it was not
    committed)."""
    if len(plans) != 1:
        raise UsageError(
            f"forms are made for one plan at a time, and {len(plans)} were read",
            hint="name it: plan chase --forms -p plans/NAME.yaml -o forms/",
        )
    plan = plans[0]
    if plan.path is None:
        raise UsageError("this plan was not read from a file")
    path = Path(plan.path)
    try:
        repo = Repository(path)
    except PlanError:
        raise PlanError(
            "update forms need the plan in git, so the replies can be merged with what "
            "changed meanwhile",
            path=path,
            hint="keep the plans in git ('git init', then commit)",
        ) from None
    name = repo.relative(path)
    try:
        commit = repo.git("rev-parse", "--verify", "--quiet", "HEAD").decode().strip()
    except PlanError:
        commit = ""  # no commit yet: the blob alone names the version
    blob = repo.git("hash-object", "-w", "--", name).decode().strip()
    result = tracking.chase(plans, filters, as_of, days=days, meeting=meeting)
    _, people = directory(plans)
    return [
        Form(
            one.officer,
            people.get(one.officer.upper()),
            [*one.overdue, *(i for i, _ in one.stale), *one.other],
            plan.name,
            name,
            commit,
            blob,
            as_of,
            meeting,
        )
        for one in result.letters
    ]


class Reply(NamedTuple):
    """One filled row of a returned form."""

    row: int
    ref: str
    status: Status | None
    update: str
    end: Month | None
    evidence: str


class Returned(NamedTuple):
    """A returned form as read: where it is, what it records of itself, its filled rows."""

    label: str
    about: dict[str, str]
    replies: list[Reply]


def returned_forms(files: Sequence[str]) -> list[tuple[str, bytes]]:
    """Each workbook named (a saved email gives each .xlsx it has attached), with its label."""
    found: list[tuple[str, bytes]] = []
    for name in files:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read: {exc.strerror}", path=name) from None
        if name.lower().endswith(".eml"):
            message = email.message_from_bytes(data, policy=email.policy.default)
            attached = [
                part
                for part in message.walk()
                if (part.get_filename() or "").lower().endswith(".xlsx")
            ]
            if not attached:
                raise PlanError("this email has no .xlsx form attached", path=name)
            for part in attached:
                content = part.get_payload(decode=True)
                if isinstance(content, bytes):
                    found.append((f"{name}/{part.get_filename()}", content))
        else:
            found.append((name, data))
    return found


def read_form(label: str, data: bytes) -> Returned:
    """The form's record of itself and its filled rows; every problem in a filled cell
    raised together, each at FILE[Sheet]:ROW (`Refused`)."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise PlanError(
            "not an Excel workbook (.xlsx)",
            path=label,
            hint="send back the form plan chase --forms made, saved as .xlsx",
        ) from None
    about: dict[str, str] = {}
    if FORM_ABOUT in book.sheetnames:
        for key, value in book[FORM_ABOUT].iter_rows(max_col=2, values_only=True):
            if key:
                about[str(key)] = "" if value is None else str(value)
    if about.get("form") != FORM_KIND or FORM_SHEET not in book.sheetnames:
        raise PlanError(
            "not an update form made by plan chase --forms (its hidden About sheet is missing)",
            path=label,
        )
    sheet = book[FORM_SHEET]
    where = f"{label}[{FORM_SHEET}]"
    rows = sheet.iter_rows(values_only=True)
    columns: dict[str, int] = {}
    header = 0
    for number, values in enumerate(rows, 1):
        if values and values[0] == "Ref":
            columns = {str(v): i for i, v in enumerate(values) if v is not None}
            header = number
            break
    missing = [t for t, _ in FORM_COLUMNS if t not in columns]
    if missing:
        raise PlanError(
            f"the form's columns are not all there (no {', '.join(missing)})",
            path=where,
            line=header or None,
        )
    replies: list[Reply] = []
    problems: list[PlanError] = []
    for number, values in enumerate(sheet.iter_rows(min_row=header + 1, values_only=True)):
        row = header + 1 + number

        def cell(title: str, values: tuple[object, ...] = values) -> object:
            at = columns[title]
            value = values[at] if at < len(values) else None
            return value.strip() if isinstance(value, str) else value

        filled = {t: cell(t) for t in FORM_EDITABLE if cell(t) not in (None, "")}
        if not filled:
            continue
        ref = str(cell("Ref") or "").strip()
        try:
            replies.append(_reply(row, ref, filled))
        except ValueError as exc:
            problems.append(PlanError(str(exc), path=where, line=row))
    if problems:
        raise Refused(problems)
    return Returned(label, about, replies)


class Refused(PlanError):
    """A form with problems in its filled cells: each at FILE[Sheet]:ROW."""

    def __init__(self, problems: list[PlanError]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def _reply(row: int, ref: str, filled: dict[str, object]) -> Reply:
    if not ref:
        raise ValueError("this row is filled in but has no Ref")
    status = None
    rag = filled.get("New RAG")
    if rag is not None:
        try:
            status = Status.parse(str(rag))
        except ValueError:
            status = None
        if status not in RAG:
            raise ValueError(f"{ref}: New RAG {str(rag)!r} is not Red, Amber, Green or Blue")
    end = None
    month = filled.get("New end month")
    if isinstance(month, (date, datetime)):
        end = Month.of(month.year, month.month)
    elif month is not None:
        try:
            end = Month.from_cell(str(month))
        except ValueError:
            raise ValueError(
                f"{ref}: New end month {str(month)!r} is not a month (write it as 2017-09)"
            ) from None
    update = str(filled.get("Update") or "").strip()
    for title in ("Update", "Evidence"):
        unsafe = UNSAFE_TEXT.search(str(filled.get(title) or ""))
        if unsafe:
            raise ValueError(
                f"{ref}: {title} holds the control character U+{ord(unsafe[0]):04X}"
                " (retype the text)"
            )
    if end is not None and not update:
        raise ValueError(f"{ref}: a new end month needs its reason in Update")
    return Reply(row, ref, status, update, end, str(filled.get("Evidence") or "").strip())


RAG = (Status.RED, Status.AMBER, Status.GREEN, Status.BLUE)


def collect(
    plans: list[Plan],
    files: Sequence[str],
    as_of: date,
    *,
    theirs: bool = False,
    dry_run: bool = False,
    commit: bool = False,
) -> list[Collected]:
    """Each returned form merged into its plan three ways (the plan when the form was made,
    the plan now, the form), one locked, byte-preserving write per form (as `plan set`); with
    commit, one commit per form with the officer as its author."""
    _, people = directory(plans)
    by_path: dict[str, tuple[Plan, Repository]] = {}
    for plan in plans:
        if plan.path:
            try:
                repo = Repository(Path(plan.path))
            except PlanError:
                continue
            by_path[repo.relative(Path(plan.path))] = (plan, repo)
    results = []
    for label, data in returned_forms(files):
        results.append(_collect_one(label, data, by_path, people, as_of, theirs, dry_run, commit))
    return results


def _collect_one(
    label: str,
    data: bytes,
    by_path: dict[str, tuple[Plan, Repository]],
    people: dict[str, Person],
    as_of: date,
    theirs: bool,
    dry_run: bool,
    commit: bool,
) -> Collected:
    try:
        form = read_form(label, data)
    except Refused as refused:
        return Collected(label, "", None, [], [], [], [str(p) for p in refused.problems])
    except PlanError as exc:
        return Collected(label, "", None, [], [], [], [str(exc)])
    officer = form.about.get("officer", "")
    person = people.get(officer.upper())
    found = by_path.get(form.about.get("path", ""))
    if not by_path:
        return Collected(
            label,
            officer,
            person,
            [],
            [],
            [],
            [f"{label}: the plans read are not in git, so the form cannot be merged"],
        )
    if found is None:
        where = f"{form.about.get('plan', '?')} ({form.about.get('path', '?')})"
        return Collected(
            label,
            officer,
            person,
            [],
            [],
            [],
            [f"{label}: made for another plan, {where}, not one read here: nothing applied"],
        )
    plan, repo = found
    assert plan.path is not None
    path = Path(plan.path)
    name = repo.relative(path)
    try:
        base_bytes = repo.git("cat-file", "blob", form.about.get("blob", ""))
        base = plan_from_bytes(base_bytes, f"{name}@{form.about.get('blob', '')[:7]}", plan.name)
    except PlanError:
        return Collected(
            label,
            officer,
            person,
            [],
            [],
            [],
            [
                f"{label}: the version of {name} this form was made from "
                f"(blob {form.about.get('blob', '?')[:7]}) is not in this repository: "
                "nothing applied"
            ],
        )
    if commit and not dry_run:
        dirty = repo.git("status", "--porcelain", "--", name).decode().strip()
        if dirty:
            raise PlanError(
                "the plan has changes not committed yet, so a commit in the officer's name "
                "would hold them too",
                path=path,
                hint="commit them first (git commit), then plan collect --commit",
            )
    before = {a.ref: a for a in base.actions()}
    outcome = _Outcome()

    def change(text: str) -> str:
        now = {a.ref: a for a in parse_plan(text, str(path)).actions()}
        changed, conflicts, notes = outcome.changed, outcome.conflicts, outcome.notes
        for kept in (changed, conflicts, notes):
            kept.clear()  # a retry (the file changed meanwhile) starts again from its text
        for reply in form.replies:
            was, current = before.get(reply.ref), now.get(reply.ref)
            if current is None or was is None:
                notes.append(
                    f"{label}[{FORM_SHEET}]:{reply.row}: {reply.ref} is no longer in the plan"
                    if current is None
                    else f"{label}[{FORM_SHEET}]:{reply.row}: {reply.ref} was not in the plan "
                    "when the form was made"
                )
                continue
            values: dict[str, str] = {}
            done: list[str] = []
            for field, new, old, mine in (
                ("status", reply.status, was.status, current.status),
                ("end", reply.end, was.end, current.end),
            ):
                if new is None or new in (old, mine):
                    continue  # not changed on the form, or the plan already says so
                shown = _shown(field, new), _shown(field, old), _shown(field, mine)
                if mine != old and not theirs:
                    conflicts.append(
                        f"{reply.ref} {field}: the form says {shown[0]}, but the plan changed "
                        f"from {shown[1]} to {shown[2]} since the form was made: not applied "
                        "(--theirs takes the form's)"
                    )
                    continue
                values[field] = new.value if isinstance(new, Status) else str(new)
                done.append(f"{field} {shown[2]} -> {shown[0]}")
            entry = _entry(officer, reply, as_of)
            appended = None
            if entry and _words(entry.split(": ", 1)[1]) not in _words(current.comments):
                appended = entry
                done.append("update added")
            if values or appended:
                text = editing.set_fields(
                    text, str(path), reply.ref, values, append_comment=appended
                )
                changed.append((reply.ref, done))
        return text

    try:
        _, _, written = updates.write_plan(path, change, dry_run)
    except PlanError as exc:  # the edit would break the plan: nothing of this form written
        return Collected(label, officer, person, [], [], [], [f"{label}: {exc}"])
    changed = outcome.changed
    made = ""
    if written and commit and changed:
        made = _commit(repo, name, officer, person, label, changed, form.about.get("commit", ""))
    return Collected(
        label,
        officer,
        person,
        changed,
        outcome.conflicts,
        outcome.notes,
        [],
        written,
        made,
    )


@dataclass
class _Outcome:
    changed: list[tuple[str, list[str]]] = default(default_factory=list)
    conflicts: list[str] = default(default_factory=list)
    notes: list[str] = default(default_factory=list)


def _shown(field: str, value: object) -> str:
    if isinstance(value, Status):
        return value.label
    return str(value) if value is not None else "(none)"


def _words(text: str) -> str:
    return " ".join(text.split())


def _entry(officer: str, reply: Reply, as_of: date) -> str:
    """The dated update entry the comments gain: '2017-05-20 RG: ... Evidence: ...'."""
    words = _words(reply.update)
    if reply.evidence:
        words = f"{words} Evidence: {_words(reply.evidence)}".strip()
    return f"{as_of.isoformat()} {officer}: {words}" if words else ""


def _commit(
    repo: Repository,
    name: str,
    officer: str,
    person: Person | None,
    label: str,
    changed: list[tuple[str, list[str]]],
    made_at: str,
) -> str:
    """One commit of the plan file alone, with the officer as its author."""
    who = person.name if person and person.name else officer
    email_address = person.email if person and person.email else ""
    refs = ", ".join(ref for ref, _ in changed)
    lines = [f"{ref}: {', '.join(what)}" for ref, what in changed]
    message = (
        f"Updates from {who}: {refs}\n\n"
        + "\n".join(lines)
        + f"\n\nCollected from {Path(label).name}"
        + (f" (form made at {made_at[:7]})" if made_at else "")
        + ".\n"
    )
    repo.git("commit", "-q", f"--author={who} <{email_address}>", "-m", message, "--", name)
    return repo.git("rev-parse", "HEAD").decode().strip()
