"""The query layer: every filter, alone and combined, on the seed plan."""

from __future__ import annotations

from datetime import date

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Plan, Status
from ofsted_plan.query import by_due_date, select, summarize

from .helpers import SEED


@pytest.fixture(scope="module")
def plan() -> Plan:
    p = import_table(SEED)
    p.name = "seed"
    return p


def refs(items: list) -> list[str]:
    return [i.action.ref for i in items]


def test_no_filter_gives_every_action_in_plan_order(plan: Plan) -> None:
    items = select([plan])
    assert len(items) == 55
    assert refs(items)[:3] == ["1.1", "1.2", "1.3"]


def test_officer_and_status(plan: Plan) -> None:
    assert refs(select([plan], officer=["RG"], status=[Status.AMBER])) == ["1.1", "R3.1"]


def test_officer_matches_any_of_several_leads_whole_initials_only(plan: Plan) -> None:
    assert len(select([plan], officer=["jf"])) == 10
    assert select([plan], officer=["R"]) == []
    assert refs(select([plan], officer=["rdp"])) == ["R9.6", "8.1", "8.2", "8.3"]
    assert len(select([plan], officer=["JH", "IA"])) == 2


def test_dlt(plan: Plan) -> None:
    assert len(select([plan], dlt=["CP"])) == 54  # 3.3 has no DLT lead
    assert select([plan], dlt=["RG"]) == []


def test_several_statuses(plan: Plan) -> None:
    assert len(select([plan], status=[Status.AMBER, Status.RED])) == 3
    assert select([plan], status=[Status.BLUE]) == []


def test_theme_by_number_or_text(plan: Plan) -> None:
    assert len(select([plan], theme="3")) == 14
    assert len(select([plan], theme="leadership")) == 14
    assert len(select([plan], theme="CARE LEAVERS")) == 4
    assert select([plan], theme="9") == []


def test_recommendation_by_number_or_text(plan: Plan) -> None:
    assert refs(select([plan], recommendation="3")) == ["R3.1", "R3.2"]
    assert len(select([plan], recommendation="initial health")) == 6


def test_free_text_searches_action_measure_and_comments(plan: Plan) -> None:
    assert refs(select([plan], text="whittington")) == ["6.2", "R11.5", "R11.6"]
    assert "A5.1" in refs(select([plan], text="new early help assessments"))  # measure


def test_filters_combine(plan: Plan) -> None:
    items = select([plan], officer=["SK"], theme="2", status=[Status.GREEN])
    assert refs(items) == ["R9.4", "R9.6"]


@pytest.mark.parametrize(
    ("as_of", "count"),
    [
        (date(2016, 11, 30), 0),  # due on the last day of Nov-16: not late yet
        (date(2016, 12, 1), 1),
        (date(2017, 1, 1), 2),
        (date(2017, 4, 1), 31),
        (date(2017, 10, 1), 55),
    ],
)
def test_overdue_as_of(plan: Plan, as_of: date, count: int) -> None:
    assert len(select([plan], overdue_on=as_of)) == count


def test_overdue_sorts_oldest_due_first(plan: Plan) -> None:
    items = by_due_date(select([plan], overdue_on=date(2017, 3, 1)))
    assert refs(items)[:2] == ["R9.3", "R15.1"]
    dues = [i.action.due for i in items]
    assert None not in dues
    assert dues == sorted(d for d in dues if d is not None)


def test_blue_is_never_overdue(plan: Plan) -> None:
    p = import_table(SEED)
    for action in p.actions():
        action.status = Status.BLUE
    assert select([p], overdue_on=date(2030, 1, 1)) == []


def test_summary_counts_by_theme(plan: Plan) -> None:
    summary = summarize(select([plan]), date(2017, 4, 1))
    assert summary.total.total == 55
    assert summary.total.by_status[Status.AMBER] == 3
    assert summary.total.by_status[Status.GREEN] == 52
    assert summary.total.overdue == 31
    assert [(g.total, g.overdue) for g in summary.groups] == [(31, 14), (6, 6), (14, 9), (4, 2)]
