"""Value types: months without guessing, RAG statuses, officers' initials."""

from __future__ import annotations

from datetime import date

import pytest

from ofsted_plan.model import Action, Month, Status, parse_initials


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Jan-17", Month(2017, 1)),  # dateutil would read this as 17 January of this year
        ("Jun-2017", Month(2017, 6)),
        ("Sep-16", Month(2016, 9)),
        ("Sept 2016", Month(2016, 9)),
        ("March-17", Month(2017, 3)),
        ("2017-02", Month(2017, 2)),
        ("06/2017", Month(2017, 6)),
        (" Nov-16 ", Month(2016, 11)),
    ],
)
def test_month_from_council_cell(cell: str, expected: Month) -> None:
    assert Month.from_cell(cell) == expected


@pytest.mark.parametrize("cell", ["Jan", "17", "Foo-17", "2017-13", "13/2017", "Jan-1", "soon"])
def test_month_that_is_not_a_month_is_refused(cell: str) -> None:
    with pytest.raises(ValueError):
        Month.from_cell(cell)


def test_yaml_month_is_strictly_yyyy_mm() -> None:
    assert Month.parse("2017-02") == Month(2017, 2)
    assert str(Month(2017, 2)) == "2017-02"
    for text in ("Feb-17", "2017-2", "2017-02-01", "2017-00"):
        with pytest.raises(ValueError):
            Month.parse(text)


def test_due_date_is_last_day_of_end_month() -> None:
    assert Month(2017, 2).last_day == date(2017, 2, 28)
    assert Month(2016, 2).last_day == date(2016, 2, 29)
    assert Month(2017, 12).last_day == date(2017, 12, 31)


def test_status_is_case_insensitive_and_empty_is_unrated() -> None:
    assert Status.parse("Amber") is Status.AMBER
    assert Status.parse(" GREEN ") is Status.GREEN
    assert Status.parse("") is Status.UNRATED
    with pytest.raises(ValueError, match="unknown RAG status 'Purple'"):
        Status.parse("Purple")


def test_initials_split_and_keep_case() -> None:
    assert parse_initials("RG/JF") == ("RG", "JF")
    assert parse_initials("SK/RdP") == ("SK", "RdP")
    assert parse_initials("RG / JF") == ("RG", "JF")
    assert parse_initials("") == ()


def test_officer_matches_whole_initials_in_any_case() -> None:
    action = Action(ref="1", lead=("RG", "JF"))
    assert action.has_officer("rg")
    assert action.has_officer("JF")
    assert not action.has_officer("R")
    assert not action.has_officer("RGJ")


def test_overdue_means_after_the_last_day_and_not_blue() -> None:
    action = Action(ref="1", end=Month(2017, 2), status=Status.GREEN)
    assert not action.is_overdue(date(2017, 2, 28))
    assert action.is_overdue(date(2017, 3, 1))
    action.status = Status.BLUE
    assert not action.is_overdue(date(2020, 1, 1))
    assert not Action(ref="2").is_overdue(date(2030, 1, 1))


def test_unrated_is_a_status_word_everywhere() -> None:
    """One parser for every status word a user types, 'unrated' included."""
    assert Status.parse("Unrated") is Status.UNRATED
    assert Status.parse(" ") is Status.UNRATED
    assert Status.parse("AMBER") is Status.AMBER


def test_how_late_is_one_function() -> None:
    late = Action(ref="1", end=Month(2017, 3), status=Status.RED)
    assert late.days_late(date(2017, 4, 10)) == 10
    assert late.days_late(date(2017, 3, 31)) == 0
    late.status = Status.BLUE
    assert late.days_late(date(2017, 4, 10)) == 0
    assert late.open_end is None
    assert Action(ref="2", end=Month(2017, 3)).open_end == Month(2017, 3)


def test_the_spelling_caches_are_bounded() -> None:
    from ofsted_plan import model, months

    for n in range(model.KEPT_SPELLINGS + 50):
        assert Month.parse(f" 2017-0{n % 9 + 1}{' ' * (n // 9)}") == Month(2017, n % 9 + 1)
        assert Status.parse(f"red{' ' * n}") is Status.RED
    assert len(months._PARSED) <= model.KEPT_SPELLINGS
    assert len(model._STATUS_WORDS) <= model.KEPT_SPELLINGS
