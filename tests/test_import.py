"""`plan import` reads the council's real export exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import Exit
from ofsted_plan.importing.importer import import_table, parse_table
from ofsted_plan.model import Month, Status
from ofsted_plan.planfile.writer import dump_plan

from .helpers import REPO, SEED, run

HEADER_FIRST_CELL = "Recommendations:"


def seed_data_rows() -> list[tuple[int, list[str]]]:
    """The seed's action rows as (line, cells), found independently of the tool's reader."""
    rows = []
    for number, line in enumerate(SEED.read_text(encoding="utf-8").split("\n"), 1):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) == 10 and cells[0] != HEADER_FIRST_CELL and any(cells[1:]):
            rows.append((number, cells))
    return rows


def test_seed_counts() -> None:
    plan = import_table(SEED)
    assert len(list(plan.actions())) == 55
    assert len(list(plan.recommendations())) == 15
    assert [t.title for t in plan.themes] == [
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children looked after and achieving permanence",
        "Leadership , Management and Governance",
        "The experience and progress of Care Leavers",
    ]
    assert plan.title == "Improvements following from the OFSTED Report - July 2016"


def test_four_leadership_sections_make_one_theme() -> None:
    plan = import_table(SEED)
    leadership = plan.themes[2]
    assert [r.text[:30] for r in leadership.recommendations] == [
        "5. Explore provision of a rang",
        "Ensure all initial health asse",
        "Ofsted recommendation 5: Incre",
        "Ofsted recommendation 6: Stren",
    ]


def test_repeated_recommendation_text_joins_the_same_recommendation() -> None:
    plan = import_table(SEED)
    health = plan.themes[2].recommendations[1]
    assert [a.ref for a in health.actions] == ["6.1", "6.2", "6.3", "6.4", "R11.5", "R11.6"]
    assert health.actions[4].action == "Review Whittington provision"


def test_every_cell_of_every_action_row_is_kept() -> None:
    plan = import_table(SEED)
    by_line = {}
    for item in plan.items():
        by_line[item.action.line] = item
    rows = seed_data_rows()
    assert len(rows) == 55
    for line, cells in rows:
        item = by_line[line]
        a = item.action
        rec, ref, action, start, end, measure, lead, dlt, comments, status = cells
        if rec:
            assert item.recommendation.text == rec
        if ref:
            assert (a.ref, a.ref_generated) == (ref, False)
        else:
            assert a.ref_generated
        assert a.action == action
        assert a.start == Month.from_cell(start)
        assert a.end == (Month.from_cell(end) if end else None)
        assert a.measure == measure
        assert "/".join(a.lead) == lead
        assert "/".join(a.dlt) == dlt
        assert a.comments == comments
        assert a.status.label == status


def test_continuation_rows_belong_to_the_recommendation_above() -> None:
    plan = import_table(SEED)
    first = plan.themes[0].recommendations[0]
    assert first.text.startswith("Ofsted recommendation 1:")
    assert [a.ref for a in first.actions] == [f"1.{n}" for n in range(1, 10)]


def test_both_month_spellings() -> None:
    plan = import_table(SEED)
    actions = {a.ref: a for a in plan.actions()}
    assert actions["1.1"].start == Month(2017, 1)  # Jan-17
    assert actions["3.4"].end == Month(2017, 6)  # Jun-2017
    assert actions["A5.1"].end == Month(2017, 6)


def test_generated_refs_are_deterministic_and_marked() -> None:
    plan = import_table(SEED)
    generated = [a.ref for a in plan.actions() if a.ref_generated]
    assert generated == [
        "R3.1",
        "R3.2",
        "R9.2",
        "R9.3",
        "R9.4",
        "R9.5",
        "R9.6",
        "R11.5",
        "R11.6",
        "R15.1",
    ]
    assert dump_plan(import_table(SEED)) == dump_plan(plan)
    refs = [a.ref for a in plan.actions()]
    assert len(refs) == len(set(refs))


def test_generated_ref_never_takes_a_real_one() -> None:
    header = "Recommendations:\tRef:\tAction:\tStart:\tEnd date\tRAG status:\n"
    text = header + "Rec one\tR1.1\tFirst\tJan-17\tFeb-17\tGreen\n\t\tSecond\tJan-17\tFeb-17\t\n"
    plan = parse_table(text)
    assert [a.ref for a in plan.actions()] == ["R1.1", "R1.2"]
    text = header + "Rec one\t\tFirst\tJan-17\tFeb-17\tGreen\n\tR1.1\tSecond\tJan-17\tFeb-17\t\n"
    assert [a.ref for a in parse_table(text).actions()] == ["R1.1-2", "R1.1"]


def test_empty_action_and_empty_cells_are_kept_empty() -> None:
    plan = import_table(SEED)
    actions = {a.ref: a for a in plan.actions()}
    assert actions["A6.2"].action == ""
    assert actions["A6.2"].comments.startswith("Distance travelled tool")
    assert actions["3.3"].lead == ()
    assert actions["3.3"].status is Status.GREEN


def test_shipped_plan_is_the_import_of_the_seed() -> None:
    shipped = (REPO / "plans" / "ofsted-2016.yaml").read_text(encoding="utf-8")
    assert shipped == dump_plan(import_table(SEED))


def test_import_to_stdout(seed_tsv: Path) -> None:
    result = run("import", str(seed_tsv))
    assert result.exit_code == 0
    assert result.stdout == dump_plan(import_table(SEED))


def test_import_refuses_to_overwrite_without_force(tmp_path: Path, seed_tsv: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("keep me\n")
    result = run("import", str(seed_tsv), "-o", str(target))
    assert result.exit_code == 1
    assert f"Error: {target}: the file already exists" in result.stderr
    assert target.read_text() == "keep me\n"
    result = run("import", str(seed_tsv), "-o", str(target), "--force")
    assert result.exit_code == 0
    assert "55 actions" in result.stderr
    assert target.read_text(encoding="utf-8") == dump_plan(import_table(SEED))
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


HEADER = "Recommendations:\tRef:\tAction:\tStart:\tEnd:\tLead officer:\tRAG status:\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "seed.tsv: the file is empty"),
        ("Just a title\n\nSome words\tand more\n", "seed.tsv: no header row found"),
        (
            HEADER + "Rec\t1.1\tDo it\tSoon\tFeb-17\tRG\tGreen\n",
            "seed.tsv:2: Start month: 'Soon' is not a month",
        ),
        (
            HEADER + "Rec\t1.1\tDo it\tJan-17\tFeb-17\tRG\tPurple\n",
            "seed.tsv:2: unknown RAG status 'Purple'",
        ),
        (
            HEADER + "Rec\t1.1\tDo it\t\t\tRG\t\n\t1.1\tAgain\t\t\tRG\t\n",
            "seed.tsv:3: ref 1.1 is used twice (first on line 2)",
        ),
        (
            HEADER + "\t1.1\tDo it\t\t\tRG\t\n",
            "seed.tsv:2: this action has no recommendation above it",
        ),
        (
            HEADER + 'Rec\t1.1\t"Do it\t\t\tRG\t\n',
            "seed.tsv:2: a quote opened here is never closed",
        ),
    ],
)
def test_bad_tables_are_refused_with_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "seed.tsv"
    bad.write_text(text, encoding="utf-8")
    target = tmp_path / "out.yaml"
    result = run("import", str(bad), "-o", str(target))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_missing_table_file(tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "nope.tsv"))
    assert result.exit_code == Exit.USAGE
    assert "nope.tsv' does not exist" in result.stderr
    folder = run("import", str(tmp_path))
    assert folder.exit_code == Exit.USAGE  # a folder, like a missing file: the wrong path
    assert "is a directory" in folder.stderr


def test_importing_a_plan_file_says_what_it_is() -> None:
    result = run("import", str(REPO / "plans" / "ofsted-2016.yaml"))
    assert result.exit_code == 1
    assert "no header row found (this is already a plan (YAML): read it with -p" in result.stderr
