"""What each command does, without click: load the plans it names, select, compare with git,
assemble a board paper. Each function returns a result that one renderer shows.

The cli parses options into these calls; tests and scripts can call them directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from .errors import PlanError, Problem
from .model import Item, Plan, Status

if TYPE_CHECKING:
    from .board import Cover, Paper
    from .history.changes import Change
    from .history.timeline import Step
    from .query import Summary
    from .store.git import Entry


class Filters(NamedTuple):
    """The filters every reading command shares; they combine (all must match)."""

    officer: tuple[str, ...] = ()
    dlt: tuple[str, ...] = ()
    status: tuple[Status, ...] = ()
    theme: str | None = None
    recommendation: str | None = None
    text: str | None = None

    def any(self) -> bool:
        """True when any filter is given."""
        return any(self)


class Items(NamedTuple):
    """Actions to show, one row each (`plan list`, `plan overdue`)."""

    items: list[Item]
    as_of: date
    overdue: bool = False
    several: bool = False  # more than one plan was read: rows say which
    undated: tuple[str, ...] = ()  # the chosen actions' ends that are words, not months
    updated: dict[int, Step] | None = None  # id(action) -> its last change in git, if asked


class SummaryPage(NamedTuple):
    """RAG counts per group, with the plan's title."""

    summary: Summary
    title: str
    undated: tuple[str, ...] = ()  # the counted actions' ends that are words, not months


class Shown(NamedTuple):
    """One action in full (`plan show`)."""

    item: Item
    as_of: date
    updated: Step | None = None  # its last change in git (None: not in git)


class Changes(NamedTuple):
    """What changed between two versions (`plan diff`)."""

    rev: str
    rev2: str | None
    commit: str  # what rev names
    commit2: str  # what rev2 names ('' for the files as they are now)
    changes: list[Change]

    @property
    def source(self) -> str:
        return rev_label(self.rev, self.commit)

    @property
    def target(self) -> str:
        return rev_label(self.rev2, self.commit2) if self.rev2 else "the files as they are now"


class History(NamedTuple):
    """Each version that changed one action (`plan history`)."""

    ref: str
    rows: list[tuple[Entry, list[Change]]]


class Export(NamedTuple):
    """The plans and chosen actions for `plan export` in a data or table format."""

    plans: list[Plan]
    items: list[Item]
    as_of: date
    filtered: bool = False
    kept: frozenset[int] = frozenset()  # ids of the chosen actions

    @property
    def for_excel(self) -> bool:
        """An export is a file for a spreadsheet: CSV gets Excel's BOM."""
        return True


def load(paths: Sequence[str], *, use_cache: bool = True) -> list[Plan]:
    """The plans named by paths (files or folders), else $PLAN_PATH, else the nearest plans/."""
    from .store.discover import load_plans

    return load_plans(paths, use_cache=use_cache)


def select(
    plans: Sequence[Plan], filters: Filters, *, overdue_on: date | None = None, check: bool = True
) -> list[Item]:
    """The actions the filters choose. With `check`, a filter naming what no plan has (theme
    9 of 4, officer XY) is an error; an earlier version in git is not checked so."""
    from .query import check_filters, select

    if check:
        check_filters(
            plans,
            officer=filters.officer,
            dlt=filters.dlt,
            theme=filters.theme,
            recommendation=filters.recommendation,
        )
    return select(
        plans,
        officer=filters.officer,
        dlt=filters.dlt,
        status=filters.status,
        theme=filters.theme,
        recommendation=filters.recommendation,
        text=filters.text,
        overdue_on=overdue_on,
    )


def list_actions(
    plans: list[Plan], filters: Filters, as_of: date, *, updated: bool = False
) -> Items:
    """The chosen actions; with `updated`, each one's last change in git (for JSON)."""
    last = None
    if updated:
        from .tracking import updated as last_changes

        last = last_changes(plans, as_of)
    return Items(select(plans, filters), as_of, several=len(plans) > 1, updated=last)


def overdue_actions(plans: list[Plan], filters: Filters, as_of: date) -> Items:
    from .query import by_due_date

    chosen = select(plans, filters)
    items = by_due_date(i for i in chosen if i.action.is_overdue(as_of))
    return Items(items, as_of, overdue=True, several=len(plans) > 1, undated=undated(chosen))


def undated(items: Sequence[Item]) -> tuple[str, ...]:
    """The end, as written, of each action that has words instead of an end month."""
    return tuple(i.action.end_text for i in items if i.action.end is None and i.action.end_text)


def undated_note(words: Sequence[str]) -> str:
    """'3 actions have no end month (Ongoing, TBC): they cannot be overdue.'"""
    from .model import plural

    shown = ", ".join(dict.fromkeys(words))
    n = len(words)
    many = plural(n, "action has", "actions have")
    return f"{many} no end month ({shown}): {'it' if n == 1 else 'they'} cannot be overdue."


def plan_title(plans: Sequence[Plan]) -> str:
    return plans[0].title if len(plans) == 1 else f"{len(plans)} plans"


def summary(
    plans: list[Plan],
    paths: Sequence[str],
    filters: Filters,
    as_of: date,
    *,
    by: str = "theme",
    since: str | None = None,
) -> SummaryPage:
    """RAG counts per group; with `since`, each group's direction of travel against that
    version in git."""
    from .query import summarize

    chosen = select(plans, filters)
    result = summarize(chosen, as_of, by=by, several_plans=len(plans) > 1)
    if since:
        found = changes_since(paths, filters, since, loaded=plans)
        result = with_travel(result, found.earlier, filters, found.changes.source)
    return SummaryPage(result, plan_title(plans), undated(chosen))


def show(plans: list[Plan], ref: str, as_of: date) -> Shown:
    from .query import find_action
    from .tracking import updated

    item = find_action(plans, ref)
    return Shown(item, as_of, updated([item.plan], as_of).get(id(item.action)))


def check(paths: Sequence[str], as_of: date | None = None) -> list[Problem]:
    """Every problem in the plan files, sorted by file and line; with `as_of`, a warning for
    each action past its end month and still rated Green."""
    from .planfile.reader import check_file
    from .store.discover import plan_files

    problems: list[Problem] = []
    for path in plan_files(paths):
        plan, found = check_file(path)
        problems.extend(found)
        if plan is not None and as_of is not None:
            problems.extend(overdue_green(plan, path, as_of))
    problems.sort(key=Problem.sort_key)
    return problems


def overdue_green(plan: Plan, path: str, as_of: date) -> list[Problem]:
    """'Overdue but green': a rating the board should not be shown unexplained."""
    return [
        Problem(
            f"action {a.ref} is past its end month ({a.end}) and still rated Green"
            f" (as of {as_of.isoformat()})",
            warning=True,
            path=path,
            line=a.line,
            hint="rate it amber or red, or move its end month and say why in its comments",
        )
        for a in plan.actions()
        if a.status is Status.GREEN and a.is_overdue(as_of)
    ]


def rev_label(rev: str, commit: str) -> str:
    """'sib-2017-03 (5b7d3c1)': what the user named and the commit it is."""
    return commit[:7] if commit.startswith(rev) else f"{rev} ({commit[:7]})"


class _Since(NamedTuple):
    changes: Changes
    earlier: list[Plan]  # the plans as at the earlier revision


def changes_since(
    paths: Sequence[str],
    filters: Filters,
    rev: str,
    rev2: str | None = None,
    loaded: list[Plan] | None = None,
) -> _Since:
    """The changes (to the actions the filters choose) from `rev` to `rev2` or the files now.

    `loaded` are the plans the command already read from disk, so they are not read again.
    """
    from .history.changes import compare_plans
    from .store.discover import plan_files
    from .store.git import versions

    current = {p.path: p for p in loaded or [] if p.path}
    old, new, pairs = versions(plan_files(paths), rev, rev2, current=current)
    found: list[Change] = []
    for version in pairs:
        both = [p for p in (version.before, version.after) if p is not None]
        chosen = {id(i.action) for i in select(both, filters, check=False)}
        found += [
            c for c in compare_plans(version.before, version.after) if id(c.item.action) in chosen
        ]
    earlier = [v.before for v in pairs if v.before is not None]
    return _Since(Changes(rev, rev2, old, new, found), earlier)


def diff(paths: Sequence[str], filters: Filters, rev: str | None, rev2: str | None) -> Changes:
    return changes_since(paths, filters, rev or "HEAD", rev2).changes


def with_travel(result: Summary, earlier: list[Plan], filters: Filters, label: str) -> Summary:
    """The summary with each group's direction of travel against the earlier plans."""
    from .query import compare_summaries, summarize

    several = len({p.name for p in earlier}) > 1
    then = summarize(
        select(earlier, filters, check=False), result.as_of, by=result.by, several_plans=several
    )
    return compare_summaries(result, then, label)


def history(paths: Sequence[str], ref: str) -> History:
    """Each commit that changed the action with this ref, following renames and re-refs."""
    from .history.changes import action_history
    from .store.discover import plan_files
    from .store.git import file_history

    rows = []
    for path in plan_files(paths):
        rows += action_history(file_history(path), ref)
    if not any(changes for _, changes in rows):
        raise PlanError(
            f"no version of the plans in git has an action with ref {ref!r}",
            hint="'plan list' shows the refs; refs match exactly here",
        )
    return History(ref, rows)


def paper(
    plans: list[Plan],
    paths: Sequence[str],
    filters: Filters,
    as_of: date,
    since: str | None = None,
    cover: Cover | None = None,
) -> Paper:
    """A board paper: summary in words, RAG by theme, exceptions, changes since the last
    meeting (`since`), what is due by the next, data quality, then every action."""
    from . import board
    from .query import by_due_date, summarize
    from .store.git import describe

    cover = cover or board.Cover()
    items = select(plans, filters)
    result = summarize(items, as_of, several_plans=len(plans) > 1)
    changes: list[Change] | None = None
    named = None
    moved: list[Change] = []
    completed: list[Item] = []
    if since:
        found = changes_since(paths, filters, since, loaded=plans)
        changes = found.changes.changes
        commit = found.changes.commit
        tags, day = describe(next(p.path for p in plans if p.path), commit)
        named = board.Since(since, commit, tags, date.fromisoformat(day) if day else None)
        result = with_travel(result, found.earlier, filters, named.label)
        moved = [c for c in changes if c.kind == "end" and c.months]
        completed = [
            c.item for c in changes if c.kind == "status" and c.item.action.status is Status.BLUE
        ]
    slipped = {id(c.item.action): c.months or 0 for c in moved}
    overdue = by_due_date(i for i in items if i.action.is_overdue(as_of))
    made = board.Paper(
        title=plan_title(plans),
        as_of=as_of,
        cover=cover,
        summary=result,
        words=[],
        exceptions=board.flag(items, as_of, slipped),
        items=items,
        appendix=board.appendix(items),
        quality=board.quality(items, as_of),
        due=board.due_by(items, as_of, cover.next_meeting) if cover.next_meeting else [],
        overdue=overdue,
        changes=changes,
        since=named,
        completed=completed,
        moved=moved,
        several=len(plans) > 1,
    )
    made.words = board.summary_words(made)
    from .tracking import paper_trend

    made.trend = paper_trend(plans, filters, as_of)
    return made


def export(plans: list[Plan], filters: Filters, as_of: date) -> Export:
    items = select(plans, filters)
    return Export(plans, items, as_of, filters.any(), frozenset(id(i.action) for i in items))


class Imported(NamedTuple):
    """A council's table read into a plan, and the YAML to save."""

    plan: Plan
    text: str
    notes: tuple[str, ...] = ()  # readings a person should see, e.g. status words
    details: tuple[str, ...] = ()  # how each row was read (plan import --explain)

    def report(self) -> str:
        """The counts, then one line for each thing set aside or settled by a default."""
        return "\n".join((self.summary(), *self.notes))

    def summary(self) -> str:
        actions = list(self.plan.actions())
        recs = sum(1 for _ in self.plan.recommendations())
        generated = sum(1 for a in actions if a.ref_generated)
        from .model import plural

        given = f"{generated} without a ref {'was' if generated == 1 else 'were'} given one"
        text = (
            f"{plural(len(self.plan.themes), 'theme')}, {plural(recs, 'recommendation')}, "
            f"{plural(len(actions), 'action')} ({given})."
        )
        unread = list(dict.fromkeys(key for a in actions for key in a.extra))
        if unread:
            names = ", ".join(f"'{name}'" for name in unread)
            text += f" Kept under 'extra', not read as any field: {names}."
        return text

    def explanation(self) -> str:
        """How the table was read, then the plan found: for `plan import --explain`."""
        from .model import plural

        lines = list(self.details)
        lines.append(f"Title: {self.plan.title!r}." if self.plan.title else "No title.")
        for number, theme in enumerate(self.plan.themes, 1):
            actions = sum(len(r.actions) for r in theme.recommendations)
            lines.append(
                f"Theme {number}: {theme.title or '(none)'!r}: "
                f"{plural(len(theme.recommendations), 'recommendation')}, "
                f"{plural(actions, 'action')}."
            )
        lines += ["Found: " + self.summary(), "Nothing was written (--explain)."]
        return "\n".join(lines) + "\n"


def import_table(
    path: str, *, sheet: str | None = None, rules: str | None = None, explain: bool = False
) -> Imported:
    """Read the council's table; never return a plan that does not read back as the same.
    With `explain`, the result also says how each row was read."""
    from .importing.importer import import_table as read
    from .planfile.writer import dump_plan, reads_back

    notes: list[str] = []
    details: list[str] | None = [] if explain else None
    plan = read(path, sheet=sheet, report=notes, details=details, rules=rules)
    text = dump_plan(plan)
    if not reads_back(text, plan):
        raise PlanError("the plan did not read back as written; nothing was saved", path=path)
    return Imported(plan, text, tuple(notes), tuple(details or ()))
