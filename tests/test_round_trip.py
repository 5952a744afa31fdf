"""Nothing is lost: seed -> YAML -> table gives back every cell, and so does any plan."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ofsted_plan.importing.header import HEADER_NAMES
from ofsted_plan.importing.importer import import_table, parse_table
from ofsted_plan.model import Action, Month, Plan, Recommendation, Status, Theme
from ofsted_plan.planfile.reader import parse_plan
from ofsted_plan.planfile.writer import dump_plan, plan_to_data, pyyaml_dump_plan
from ofsted_plan.render.council_table import table_text

from .helpers import SEED, run
from .test_import import seed_data_rows


def action_rows(table: str) -> dict[tuple[str, ...], list[str]]:
    """Action rows of a table, keyed by ref (or recommendation and action when no ref).

    Read with the csv module alone, so the tool's reader is not checking itself.
    """
    rows: dict[tuple[str, ...], list[str]] = {}
    rec = ""
    for cells in csv.reader(io.StringIO(table, newline=""), delimiter="\t"):
        cells = [c.strip() for c in cells]
        if len(cells) < 10 or cells[0] == "Recommendations:" or not any(cells[1:]):
            continue
        rec = cells[0] or rec
        key = (cells[1],) if cells[1] else ("", rec, cells[2])
        rows[key] = [rec, *cells[1:10]]
    return rows


def normalised(cells: list[str]) -> list[str]:
    """Months as YYYY-MM (the export writes Jun-2017 where the seed has Jun-17 or Jun-2017)."""
    return [str(Month.from_cell(c)) if i in (3, 4) and c else c for i, c in enumerate(cells)]


def test_seed_import_then_export_gives_back_every_action_row() -> None:
    seed = action_rows(SEED.read_text(encoding="utf-8"))
    assert len(seed) == len(seed_data_rows()) == 55
    exported = action_rows(table_text(import_table(SEED)))
    assert exported.keys() == seed.keys()
    for key, cells in seed.items():
        assert normalised(exported[key]) == normalised(cells), key


def test_export_command_round_trip(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    run("import", str(SEED), "-o", str(plan))
    table = tmp_path / "plan.tsv"
    assert run("export", "-p", str(plan), "-o", str(table)).exit_code == 0
    again = tmp_path / "again.yaml"
    assert run("import", str(table), "-o", str(again)).exit_code == 0
    assert again.read_bytes() == plan.read_bytes()


# Any Unicode text but lone surrogates and what plan text cannot hold (control characters
# but tab and newline, bidi embeddings, overrides and isolates), trimmed as import trims
# every cell.
REFUSED = "".join(
    chr(c) for c in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F))
) + "".join(chr(c) for c in range(0x2066, 0x206A))
TEXT = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters=REFUSED), max_size=25
).map(str.strip)
WORD = TEXT.filter(lambda t: t != "" and "\n" not in t and "\r" not in t)
INITIALS = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters=REFUSED), min_size=1, max_size=4
).filter(lambda t: not re.search(r"[\s/,&+;]", t))
# Posts as councils write them, whose words a reader could cut at '&', 'and', ',' or '/'.
OFFICER = INITIALS | st.sampled_from(
    [
        "Revenues & Benefits Manager",
        "Head of Safeguarding and Quality Assurance",
        "Service Manager (CIN/CP)",
        "Jo Lee, Head of Service",
    ]
)
MONTHS = st.builds(Month, st.integers(1900, 2100), st.integers(1, 12))
EXTRA_TITLE = (
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
    .map(str.strip)
    .filter(lambda t: t and t.lower() not in HEADER_NAMES)
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    refs = iter(draw(st.lists(WORD, min_size=12, max_size=12, unique=True)))

    def action() -> Action:
        start, end = draw(st.none() | MONTHS), draw(st.none() | MONTHS)
        if start and end and end < start:
            start, end = end, start  # an end before its start is refused, rightly
        return Action(
            ref=next(refs),
            action=draw(TEXT),
            start=start,
            end=end,
            measure=draw(TEXT),
            lead=tuple(draw(st.lists(OFFICER, max_size=3))),
            dlt=tuple(draw(st.lists(OFFICER, max_size=2))),
            comments=draw(TEXT),
            status=draw(st.sampled_from(list(Status))),
            extra=draw(st.dictionaries(EXTRA_TITLE, WORD, max_size=2)),
        )

    themes = []
    for title in draw(st.lists(WORD, min_size=1, max_size=3, unique=True)):
        recs = [
            Recommendation(text, [action() for _ in range(draw(st.integers(0, 2)))])
            for text in draw(st.lists(WORD, min_size=1, max_size=2, unique=True))
        ]
        themes.append(Theme(title, recs))
    return Plan(title=draw(WORD), themes=themes, notes=draw(st.lists(WORD, max_size=2)))


PLAIN_ISH = st.text(
    st.sampled_from(list("aAzZ09 .,;:()/&+'%£$€_-–—’‘“”…!?=#yesnoTrueNULL\t")), max_size=100
).map(str.strip)


@settings(max_examples=300, deadline=None)
@given(st.lists(PLAIN_ISH, min_size=1, max_size=6))
def test_fast_writer_writes_pyyaml_bytes_for_text_near_the_rules(texts: list[str]) -> None:
    """Values that almost pass as plain (a ':' or '#', a typed word, a line 88 wide...)."""
    actions = [
        Action(ref=f"R{n}", action=text, comments=text[::-1], measure=text * 2)
        for n, text in enumerate(texts)
    ]
    plan = Plan(title=texts[0], themes=[Theme(texts[-1] or "t", [Recommendation("r", actions)])])
    assert dump_plan(plan) == pyyaml_dump_plan(plan)


@settings(max_examples=150, deadline=None)
@given(plans())
def test_any_plan_survives_table_and_yaml(plan: Plan) -> None:
    yaml_text = dump_plan(plan)
    assert yaml_text == pyyaml_dump_plan(plan)  # the fast writer writes PyYAML's bytes
    from_yaml = parse_plan(yaml_text)
    assert plan_to_data(from_yaml) == plan_to_data(plan)
    assert dump_plan(from_yaml) == yaml_text
    from_table = parse_table(table_text(from_yaml))
    assert plan_to_data(from_table) == plan_to_data(plan)


def test_other_columns_of_the_tool_s_own_table_come_back_by_their_titles() -> None:
    """Found by the property above: an other column titled like a field ('AA THEME', as
    'BVAR theme' names a theme in a council's table) was read as that field from the tool's
    own table, and its values lost. The own table's other columns are never guessed at."""

    action = Action(ref="0", status=Status.RED, extra={"AA THEME": "0", "HMICS report": "x"})
    plan = Plan(title="0", themes=[Theme("0", [Recommendation("0", [action])])])
    assert plan_to_data(parse_table(table_text(plan))) == plan_to_data(plan)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "\t", ",", ";", "\n", "\r\n", "\r", "x y", "£", ""]), max_size=30
    ),
    st.sampled_from(["\t", ",", ";"]),
)
def test_a_table_with_no_quote_is_cut_into_the_rows_csv_reads(
    parts: list[str], delimiter: str
) -> None:
    """read_rows cuts a quote-free export with str.split (issue 25 item 11): the same rows, each
    numbered by its line, as the csv module reads; a lone '\\r' goes to csv itself."""
    from ofsted_plan.importing.text import read_rows

    text = "".join(parts)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    expected, line = [], 1
    for cells in reader:
        expected.append((line, cells))
        line = reader.line_num + 1
    assert read_rows(text, "t.tsv", delimiter) == expected


def test_an_officer_whose_post_holds_and_or_an_ampersand_reads_back_as_one() -> None:
    """'Revenues & Benefits Manager' written as 'lead: Revenues & Benefits Manager' read back
    as two officers; such a lead is written as a list, officer by officer (others as before)."""
    action = Action(
        ref="1.1",
        action="Reconcile monthly",
        lead=("Revenues & Benefits Manager", "RG"),
        dlt=("Head of Safeguarding and Quality Assurance",),
    )
    plain = Action(ref="1.2", action="Train", lead=("RG", "JF"))
    plan = Plan(
        title="Audit tracker",
        themes=[Theme("Payroll", [Recommendation("Leavers late", [action, plain])])],
    )
    text = dump_plan(plan)
    assert "lead: RG/JF\n" in text
    again = parse_plan(text)
    assert [(a.lead, a.dlt) for a in again.actions()] == [
        (("Revenues & Benefits Manager", "RG"), ("Head of Safeguarding and Quality Assurance",)),
        (("RG", "JF"), ()),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        ("Revenues & Benefits Manager", "RG"),
        ("Revenues & Benefits Manager",),
        ("Head of Safeguarding and Quality Assurance",),
        ("Service Manager (CIN/CP)",),
        ("Jo Lee, Head of Service", "RG"),
        ("RG", "JF"),
    ],
)
def test_an_officer_whose_name_holds_a_separator_survives_the_tool_s_own_table(
    lead: tuple[str, ...],
) -> None:
    """`plan export` then `plan import`: 'Revenues & Benefits Manager' came back as two
    officers. Several officers one of whom holds a separator are written one a line; 'RG/JF'
    is written as the seed writes it."""
    action = Action(ref="1.1", action="Reconcile monthly", lead=lead, dlt=lead)
    plan = Plan(title="Audit tracker", themes=[Theme("Payroll", [Recommendation("R", [action])])])
    text = table_text(plan)
    assert ("\tRG/JF\tRG/JF\t" in text) == (lead == ("RG", "JF"))
    again = parse_table(text)
    assert [(a.lead, a.dlt) for a in again.actions()] == [(lead, lead)]
