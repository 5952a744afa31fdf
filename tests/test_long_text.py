"""Issue 25 item 12: a very long cell costs time in proportion to its length (`plan show`,
the board paper): no renderer is handed one piece of text holding all of it."""

from __future__ import annotations

import io
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from ofsted_plan.model import Action, Plan, Recommendation, Theme
from ofsted_plan.render.html import SPAN, spans
from ofsted_plan.render.longtext import line_text

LONG = "Progress was reported to the board.\n" * 3000 + "Evidence of impact. " * 3000


def long_plan() -> Plan:
    action = Action(ref="1.1", action="Do it", lead=("RG",), comments=LONG, measure=LONG)
    return Plan(title="T", themes=[Theme("Theme", [Recommendation("R", [action])])], name="p")


def test_plan_show_hands_rich_each_line_apart() -> None:
    """rich splits a segment holding many line breaks in quadratic time (10 MB: 40 s)."""
    from ofsted_plan.render.terminal import show_table
    from ofsted_plan.results.reading import Shown

    item = next(long_plan().items())
    out = Console(file=io.StringIO(), width=100, markup=False, emoji=False, highlight=False)
    segments = list(out.render(show_table(Shown(item, date(2017, 5, 1)))))
    assert max(s.text.count("\n") for s in segments) <= 1
    assert sum(len(s.text) for s in segments) > 2 * len(LONG)


@settings(max_examples=60, deadline=None)
@given(
    st.text(st.sampled_from(list("ab cd\n\u4e00")), max_size=300),
    st.integers(min_value=1, max_value=40),
    st.sampled_from(["fold", "crop", "ellipsis"]),
)
def test_line_text_draws_what_text_draws(text: str, width: int, overflow: str) -> None:
    def draw(renderable: Text) -> str:
        out = Console(file=io.StringIO(), width=width, color_system="truecolor")
        out.print(renderable, crop=False)
        return out.file.getvalue()  # type: ignore[attr-defined]

    plain = Text(text, style="bold", overflow=overflow)  # type: ignore[arg-type]
    assert draw(line_text(plain)) == draw(plain)


def test_paper_html_has_no_run_of_text_longer_than_a_span() -> None:
    """WeasyPrint lays out each line from the rest of its text box (1 MB: 18 s)."""
    from ofsted_plan.query import Filters
    from ofsted_plan.render.html import paper_html
    from ofsted_plan.services.paper import paper

    plan = long_plan()
    page = paper_html(paper([plan], [], Filters(), date(2017, 5, 1)))
    runs = re.findall(r">([^<]*)<", page.split("<body", 1)[1])
    assert max(len(r) for r in runs) <= SPAN
    assert "Evidence of impact. Evidence" in page


@given(st.text(st.sampled_from(list("ab  \n")), max_size=9000))
def test_spans_keep_every_character(text: str) -> None:
    pieces = spans(text)
    assert "".join(pieces) == text
    assert all(len(p) <= SPAN for p in pieces)
