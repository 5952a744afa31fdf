"""Which actions a manager asked for, and how they add up. No click, no rich."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from .errors import UsageError
from .model import STATUS_ORDER, Item, Plan, Status, fold, is_officer, parse_initials


def matches(value: str, wanted: str, number: int) -> bool:
    """Theme/recommendation filter: its number in the plan, or part of its text (any case,
    with or without accents)."""
    wanted = wanted.strip()
    if wanted.isdigit():
        return int(wanted) == number
    return fold(wanted) in fold(value)


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


def choose(
    plans: Sequence[Plan], filters: Filters, *, overdue_on: date | None = None, check: bool = True
) -> list[Item]:
    """The actions the filters choose (with `overdue_on`, only those overdue then). With
    `check`, a filter naming what no plan has (theme 9 of 4, officer XY) is an error; an
    earlier version in git is not checked so."""
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


def select(
    plans: Iterable[Plan],
    *,
    officer: Sequence[str] = (),
    dlt: Sequence[str] = (),
    status: Sequence[Status] = (),
    theme: str | None = None,
    recommendation: str | None = None,
    text: str | None = None,
    overdue_on: date | None = None,
) -> list[Item]:
    """The actions that pass every filter given, in plan order.

    Several officers (or DLT leads, or statuses) match any of them; different filters
    must all match. ``overdue_on`` keeps actions whose end month is over by that date
    and that are not blue (complete).
    """
    needle = fold(text) if text else None
    # As the plan writes several officers ('RG/JF'), so may the filter: RG or JF.
    officer = [o for value in officer for o in parse_initials(value)]
    dlt = [o for value in dlt for o in parse_initials(value)]
    result: list[Item] = []
    for plan in plans:
        for item in plan.items():
            action = item.action
            if officer and not any(action.has_officer(o) for o in officer):
                continue
            if dlt and not any(action.has_dlt(o) for o in dlt):
                continue
            if status and action.status not in status:
                continue
            if theme and not matches(item.theme.title, theme, item.theme_number):
                continue
            if recommendation and not matches(
                item.recommendation.text, recommendation, item.recommendation_number
            ):
                continue
            if needle and not any(
                needle in fold(field)
                for field in (action.ref, action.action, action.measure, action.comments)
            ):
                continue
            if overdue_on is not None and not action.is_overdue(overdue_on):
                continue
            result.append(item)
    return result


def check_filters(
    plans: Sequence[Plan],
    *,
    officer: Sequence[str] = (),
    dlt: Sequence[str] = (),
    theme: str | None = None,
    recommendation: str | None = None,
) -> None:
    """Refuse a filter that names what no plan has (theme 9 of 4, officer XY), listing what
    there is: a typo must not read as 'nothing matches'."""
    themes = [(n, t.title) for p in plans for n, t in enumerate(p.themes, 1)]
    if theme and not any(matches(title, theme, n) for n, title in themes):
        listed = "; ".join(f"{n}. {title}" for n, title in themes)
        what = f"theme {theme.strip()}" if theme.strip().isdigit() else f"theme matching {theme!r}"
        raise UsageError(f"there is no {what}", hint=f"the themes are {listed}")
    if recommendation:
        numbered = [(n, r.text) for p in plans for n, r in enumerate(p.recommendations(), 1)]
        if not any(matches(text, recommendation, n) for n, text in numbered):
            count = max((n for n, _ in numbered), default=0)
            what = (
                f"recommendation {recommendation.strip()}"
                if recommendation.strip().isdigit()
                else f"recommendation matching {recommendation!r}"
            )
            raise UsageError(
                f"there is no {what}",
                hint=f"recommendations are numbered 1 to {count}; "
                "'plan summary --by recommendation' lists them",
            )
    for wanted, field, word in ((officer, "lead", "lead officer"), (dlt, "dlt", "DLT lead")):
        if not wanted:
            continue
        people = {
            person.casefold(): person
            for p in plans
            for a in p.actions()
            for person in getattr(a, field)
        }
        for value in wanted:
            for person in parse_initials(value):
                if not any(is_officer(known, person) for known in people.values()):
                    known = ", ".join(sorted(people.values(), key=str.casefold)) or "none"
                    raise UsageError(f"no action has {word} {person}", hint=f"{word}s are {known}")


def find_action(plans: Iterable[Plan], ref: str) -> Item:
    """The one action with this ref (any case when no exact match), or a helpful error."""
    items = [i for p in plans for i in p.items()]
    found = [i for i in items if i.action.ref == ref] or [
        i for i in items if i.action.ref.casefold() == ref.casefold()
    ]
    if not found:
        import difflib  # lazy: only for a ref that is not found

        close = difflib.get_close_matches(ref, [i.action.ref for i in items], n=3, cutoff=0.5)
        hint = f"did you mean {' or '.join(close)}?" if close else "'plan list' shows every ref"
        raise UsageError(f"no action has ref {ref!r}", hint=hint)
    if len(found) > 1:
        names = ", ".join(str(i.plan.path) for i in found)
        raise UsageError(
            f"ref {ref!r} is in several plans: {names}", hint="choose one with -p PATH"
        )
    return found[0]


def by_due_date(items: Iterable[Item]) -> list[Item]:
    """Oldest due first; actions due the same day keep plan order. (By the end month's
    number: the same order as the due day, without working out each last day.)"""
    never = 12 * 10_000  # after every month a plan can hold (years run to 9999)
    return sorted(items, key=lambda item: item.action.end.number if item.action.end else never)


GROUPINGS = ("theme", "recommendation", "officer", "dlt", "status")
# How good each status is, for the direction of travel: higher is better.
RANK = {Status.RED: 0, Status.AMBER: 1, Status.GREEN: 2, Status.BLUE: 3}
BETTER, WORSE, SAME, NEW = "better", "worse", "same", "new"


class Counts:
    """RAG counts for one group of actions (a theme, an officer...) or the whole selection."""

    __slots__ = ("before", "by_status", "key", "name", "number", "overdue", "travel")

    def __init__(self, name: str, key: tuple = (), number: int | None = None) -> None:
        self.name, self.key = name, key
        self.number = number  # the theme's or recommendation's number, for --theme N
        self.by_status: dict[Status, int] = dict.fromkeys(STATUS_ORDER, 0)
        self.overdue = 0
        self.travel: str | None = None  # against an earlier version, with --since
        self.before: Counts | None = None

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def complete_percent(self) -> float:
        """Share of the group that is blue (complete), 0 to 100."""
        return 100 * self.by_status[Status.BLUE] / self.total if self.total else 0.0

    @property
    def off_track(self) -> int:
        """Red and amber actions: those not on track."""
        return self.by_status[Status.RED] + self.by_status[Status.AMBER]


class Summary:
    """RAG counts per group and for the whole selection, as of a date."""

    __slots__ = ("as_of", "by", "groups", "since", "total")

    def __init__(
        self, as_of: date, by: str, total: Counts, groups: list[Counts], since: str | None = None
    ) -> None:
        self.as_of, self.by, self.total, self.groups, self.since = as_of, by, total, groups, since


def _group_keys(item: Item, by: str, several_plans: bool) -> list[tuple[tuple, str, int | None]]:
    """(key, display name, number) of each group the item counts in."""
    prefix = f"{item.plan.name}: " if several_plans else ""
    a = item.action
    if by == "theme":
        name = item.theme.title or "(no theme)"
        return [((item.plan.name, item.theme.title), prefix + name, item.theme_number)]
    if by == "recommendation":
        text = item.recommendation.text or "(no recommendation)"
        key = (item.plan.name, item.theme.title, item.recommendation.text)
        return [(key, prefix + text, item.recommendation_number)]
    if by in ("officer", "dlt"):
        people = a.lead if by == "officer" else a.dlt
        if not people:
            return [(("",), "(no lead officer)" if by == "officer" else "(no DLT lead)", None)]
        unique = {p.casefold(): p for p in reversed(people)}  # once each, first spelling
        return [((k,), p, None) for k, p in unique.items()]
    if by == "status":
        return [((a.status.value,), a.status.label, None)]
    raise ValueError(f"cannot group by {by!r}")


def summarize(
    items: Iterable[Item], as_of: date, *, by: str = "theme", several_plans: bool = False
) -> Summary:
    """Count actions per group (rows) and RAG status (columns).

    An action with two lead officers counts once for each officer, and once in the total.
    """
    groups: dict[tuple, Counts] = {}
    total = Counts("Total")
    # This loop runs once per action (100,000 in a big plan): keep it to plain operations.
    one_group = by in ("theme", "recommendation")
    owners: dict[object, Counts] = {}  # a theme or recommendation object -> its group
    owner_of = "theme" if by == "theme" else "recommendation"
    all_status, all_overdue = total.by_status, 0
    for item in items:
        action = item.action
        status = action.status
        overdue = action.is_overdue(as_of)
        all_status[status] += 1
        all_overdue += overdue
        if one_group:
            owner = getattr(item, owner_of)
            group = owners.get(owner)
            if group is None:
                ((key, name, number),) = _group_keys(item, by, several_plans)
                group = groups.get(key) or groups.setdefault(key, Counts(name, key, number))
                owners[owner] = group
            group.by_status[status] += 1
            group.overdue += overdue
            continue
        for key, name, number in _group_keys(item, by, several_plans):
            group = groups.get(key)
            if group is None:
                group = groups[key] = Counts(name, key, number)
            group.by_status[status] += 1
            group.overdue += overdue
    total.overdue = all_overdue
    ordered = list(groups.values())
    if by in ("officer", "dlt"):
        ordered.sort(key=lambda g: (g.key == ("",), g.name.casefold()))
    elif by == "status":
        ordered.sort(key=lambda g: [s.value for s in STATUS_ORDER].index(g.key[0]))
    return Summary(as_of, by, total, ordered)


# The rule for travel, said the same way in every format (the paper's key, the guide).
TRAVEL_RULE = (
    "worse when there are more red, more red and amber together, or more overdue actions than "
    "at the last meeting; better when none of those rose and one fell, or more are complete "
    "(Blue); same otherwise; new for a group not there then. More reds or more overdue "
    "actions are never better."
)


def travel(now: Counts, then: Counts) -> str:
    """The direction of travel of a group (a theme, the total) by `TRAVEL_RULE`: from counts
    a chair can check in the paper (red, red and amber, overdue, blue; then and now)."""
    rose = (
        now.by_status[Status.RED] > then.by_status[Status.RED]
        or now.off_track > then.off_track
        or now.overdue > then.overdue
    )
    if rose:
        return WORSE
    fell = (
        now.by_status[Status.RED] < then.by_status[Status.RED]
        or now.off_track < then.off_track
        or now.overdue < then.overdue
        or now.by_status[Status.BLUE] > then.by_status[Status.BLUE]
    )
    return BETTER if fell else SAME


def _travel(now: Counts, then: Counts | None, by: str) -> str:
    if then is None:
        return NEW
    if by == "status":  # more red, amber or unrated is worse; more green or blue is better
        change = now.total - then.total
        good = now.key[0] in (Status.GREEN.value, Status.BLUE.value)
        return SAME if not change else BETTER if (change > 0) == good else WORSE
    return travel(now, then)


def compare_summaries(now: Summary, then: Summary, since: str) -> Summary:
    """Mark each group of `now` with its direction of travel against `then`."""
    earlier = {g.key: g for g in then.groups}
    for group in now.groups:
        group.before = earlier.get(group.key)
        group.travel = _travel(group, group.before, now.by)
    now.total.before = then.total
    now.total.travel = _travel(now.total, then.total, "total")
    now.since = since
    return now
