"""Issue 18, what the two-hundred-and-seventeenth blind sets on showed (heldout217 to
heldout220)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Month, Status


def _sheet(book: object, name: str, rows: list[list[object]]) -> None:
    sheet = book.create_sheet(name)  # type: ignore[attr-defined]
    for row in rows:
        sheet.append(row)


def test_a_sheet_an_area_its_label_over_the_inspectors_words(tmp_path: Path) -> None:
    """A sheet for each area: 'Area for improvement 1' over the inspectors' words, then the
    header: the words name the part (the label did, and the words were lost in the notes)."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Overview"
    cover.append(["Local Area Partnership – SEND Post-Inspection Action Plan"])
    for n, words in ((1, "Leaders should improve EHC plans."), (2, "Leaders should cut waits.")):
        _sheet(
            book,
            f"AFI {n}",
            [
                [f"Area for improvement {n}"],
                [words],
                [],
                ["Ref", "What we will do", "Lead", "By when", "Status"],
                [f"{n}.1", f"Recruit coordinators for area {n}.", "Head", "March 2026", "On track"],
            ],
        )
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Leaders should improve EHC plans.",
        "Leaders should cut waits.",
    ]


def test_a_key_sheet_of_swatches_telling_yellow_from_amber(tmp_path: Path) -> None:
    """A key sheet: green 'Complete', yellow 'On track', amber 'At risk', red 'Off track';
    status cells coloured only: green is complete and yellow on track (yellow was read as
    amber, green as green, the key set aside as giving amber two meanings)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    def fill(rgb: str) -> PatternFill:
        return PatternFill("solid", fgColor=rgb)

    book = Workbook()
    key = book.active
    assert key is not None
    key.title = "Key"
    key.append(["Status key"])
    for rgb, words in (
        ("00B050", "Complete"),
        ("FFFF00", "On track"),
        ("FFC000", "At risk of slipping"),
        ("FF0000", "Off track / overdue"),
    ):
        key.append([None, words])
        key.cell(key.max_row, 1).fill = fill(rgb)
    plan_sheet = book.create_sheet("Plan")
    plan_sheet.append(["Housing Improvement Plan"])
    plan_sheet.append(["No.", "Improvement action", "Responsible officer", "Due", "Status"])
    for n, rgb in ((1, "00B050"), (2, "FFFF00"), (3, "FFC000")):
        plan_sheet.append([f"SQ{n}", f"Action {n}", "Building Safety Manager", "Sep 2025", None])
        plan_sheet.cell(plan_sheet.max_row, 5).fill = fill(rgb)
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [a.status for a in plan.actions()] == [Status.BLUE, Status.GREEN, Status.AMBER]


def test_a_closed_actions_sheet_is_under_none_of_the_logs_meetings(tmp_path: Path) -> None:
    """An action log's meetings as rows across its sheet, a closing note, then a 'Closed
    Actions' sheet, its header first: its actions are under no meeting (they fell under the
    closing note, then under the last meeting); the title keeps ': Action Log' (the sheet's
    name, a kind of plan, was cut from it as the name of a part)."""
    from openpyxl import Workbook

    book = Workbook()
    log = book.active
    assert log is not None
    log.title = "Action Log"
    for row in (
        ["NHS Dorset Integrated Care Board – Board Meeting in Public: Action Log"],
        [],
        ["Ref", "Action", "Lead", "Due Date", "Status"],
        ["Board meeting – 7 November 2024"],
        ["BD24/061", "Provide a breakdown.", "Chief Finance Officer", "Jan-25", "Open"],
        ["Board meeting – 9 January 2025"],
        ["BD25/001", "Arrange a session.", "Chief Medical Officer", "Apr-25", "Open"],
        [],
        ["Actions rated green will be closed following approval by the Board."],
    ):  # fmt: skip
        log.append(row)
    _sheet(
        book,
        "Closed Actions",
        [
            ["Ref", "Action", "Lead", "Due Date", "Status"],
            ["BD24/041", "Publish the Green Plan.", "Chief Finance Officer", "Oct-24", "Closed"],
        ],
    )  # fmt: skip
    path = tmp_path / "log.xlsx"
    book.save(path)
    plan = import_table(path)
    assert plan.title == "NHS Dorset Integrated Care Board – Board Meeting in Public: Action Log"
    under = {a.ref: t.title for t in plan.themes for r in t.recommendations for a in r.actions}
    assert under == {
        "BD24/061": "Board meeting – 7 November 2024",
        "BD25/001": "Board meeting – 9 January 2025",
        "BD24/041": "",
    }


def test_a_finding_and_the_response_to_it_above_each_table(tmp_path: Path) -> None:
    """'Recommendation 1: ...' then 'Home Office response: Accepted', each merged across the
    top of its table: the recommendation names the part, the response is said of it (the
    response was read as the part and the recommendation set aside)."""
    from docx import Document

    document = Document()
    document.add_heading("Border Force: action plan in response to the ICIBI re-inspection", 1)
    for n, words in ((1, "Produce a plan for gate availability."), (2, "Review staffing.")):
        table = document.add_table(rows=4, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2)).text = f"Recommendation {n}: {words}"
        table.cell(1, 0).merge(table.cell(1, 2)).text = "Home Office response: Accepted"
        for j, (title, value) in enumerate(
            zip(
                ["Ref", "Action", "Owner"],
                [f"{n}.1", "Act.", "Head of Border Systems"],
                strict=True,
            )
        ):
            table.cell(2, j).text, table.cell(3, j).text = title, value
        document.add_paragraph()
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Recommendation 1: Produce a plan for gate availability.",
        "Recommendation 2: Review staffing.",
    ]
    assert "Home Office response: Accepted" in plan.notes


def test_a_month_named_with_the_session_it_falls_in() -> None:
    """'April 2025 development session': the month (refused as a month mistyped); a school
    year's 'Session 2023-24' still ends in its June."""
    assert read_end("April 2025 development session").month == Month.of(2025, 4)
    assert read_end("Session 2023-24").month == Month.of(2024, 6)


def test_posts_with_their_fields_and_a_post_with_a_teams_letters() -> None:
    """'Assistant Director, Integrated Commissioning' and 'Emergency Planning & Business
    Continuity Manager' are one post each (split in two); 'Subject leaders and SLT' two (kept
    one)."""
    assert split_people("Assistant Director, Integrated Commissioning").officers == (
        "Assistant Director, Integrated Commissioning",
    )
    assert split_people("Emergency Planning & Business Continuity Manager").officers == (
        "Emergency Planning & Business Continuity Manager",
    )
    assert split_people("Subject leaders and SLT").officers == ("Subject leaders", "SLT")
