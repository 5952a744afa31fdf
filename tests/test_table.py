"""The hand-drawn action table: text wraps to the column, nothing is ever cut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ofsted_plan.render.table import Column, cell_width, draw, wrap


def test_wide_characters_take_two_columns() -> None:
    assert cell_width("abc") == 3
    assert cell_width("日本") == 4
    assert cell_width("e\u0301") == 1  # e and a combining accent


def test_wrap_at_spaces_and_fold_long_words() -> None:
    assert wrap("one two three", 7) == ["one two", "three"]
    assert wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"]
    assert wrap("line one\nline two", 20) == ["line one", "line two"]
    assert wrap("日本語テキスト", 5) == ["日本", "語テ", "キス", "ト"]


TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=4), st.integers(30, 160))
def test_every_character_survives_and_no_line_is_too_wide(rows: list, width: int) -> None:
    columns = [Column("Ref"), Column("Comments", ratio=1)]
    lines = draw(columns, [list(r) for r in rows], [["", ""]] * len(rows), width, False)
    body = "".join(lines[2:])
    for ref, comment in rows:
        for text in (ref, comment):
            squeezed = "".join(text.split())
            assert all(ch in body for ch in squeezed)
    widest = max(cell_width(line) for line in lines)
    fixed = max(cell_width(r[0]) for r in rows)
    assert widest <= max(width, fixed + 12)


def test_columns_share_a_narrow_terminal() -> None:
    columns = [Column("Ref"), Column("Action", ratio=3), Column("Comments", ratio=2)]
    rows = [["1.1", "word " * 40, "note " * 30]]
    lines = draw(columns, rows, [["", "", ""]], 80, False)
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split() == ["Ref", "Action", "Comments"]
    assert " ".join(lines[2:]).count("word") == 40
