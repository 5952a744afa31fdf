"""`plan people`: every officer named in the plans, with their entry in the people file
(`plans/people.yaml`) and their open actions. No click."""

from __future__ import annotations

from ..model import Person, Plan, Status, parse_initials
from ..query import Filters, choose
from ..results import plan_title
from ..results.officers import Officer, People
from ..store.people import people_path, read_people


def directory(plans: list[Plan]) -> tuple[str | None, dict[str, Person]]:
    """The people file beside the plans (its path, or None) and its people by initials."""
    path = people_path([p.path for p in plans])
    return path, read_people(path)


def person(people: dict[str, Person], initials: str) -> Person | None:
    return people.get(initials.upper())


def people(plans: list[Plan], filters: Filters) -> People:
    """Each lead officer in the plans (every action, so one with none open is listed too),
    with their open actions as the filters narrow them."""
    path, known = directory(plans)
    chosen = [i for i in choose(plans, filters) if i.action.status is not Status.BLUE]
    named: dict[str, str] = {}
    for plan in plans:
        for action in plan.actions():
            for officer in action.lead:
                named.setdefault(officer.upper(), officer)
    wanted = {o.upper() for value in filters.officer for o in parse_initials(value)}
    officers = [
        Officer(
            officer,
            known.get(key),
            [i for i in chosen if any(o.upper() == key for o in i.action.lead)],
        )
        for key, officer in sorted(named.items())
        if not wanted or key in wanted
    ]
    unnamed = [p for key, p in sorted(known.items()) if key not in named]
    return People(plan_title(plans), path, officers, unnamed)
