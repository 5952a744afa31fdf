"""Issue 18, what heldout539-546 showed at first sight."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Month, Status

from .test_import_four_hundred_forty_seventh_set import _headings
from .test_import_four_hundred_twenty_first_set import _book
from .test_import_three_hundred_ninety_third_set import _csv, _text

BLIND = Path(__file__).parent / "blind"


def test_a_post_over_a_region_named_by_compass_points_is_one_lead() -> None:
    """'Regional Director, Wales & South West': one director of both regions ('South West'
    was taken for a person's name, and the cell split in two)."""
    assert split_people("Regional Director, Wales & South West").officers == (
        "Regional Director, Wales & South West",
    )
    assert split_people("Sue West & Head of Estates").officers == ("Sue West", "Head of Estates")


HIW_HEADER = "\t".join(
    ("Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
     "Responsible officer", "Timescale")
)  # fmt: skip


def _hiw_row(n: int) -> str:
    return "\t".join(
        (
            f"Finding {n} was seen on the day.",
            f"The practice must put right finding {n}.",
            "Health and Care Quality Standards 2023 – Safe",
            f"Action {n} has been taken.",
            "Practice Manager",
            "30 June 2025",
        )
    )


def test_hiw_findings_on_each_row_stand_under_the_section_lines(tmp_path: Path) -> None:
    """HIW's improvement plan: 'Risk/finding/issue' written anew on each action's row beside
    'Improvement needed', under a line per section: the section is the theme and the finding
    is kept with its action (with a sign-off block under the table, each finding was read as
    a theme and the sections left empty)."""
    lines = [
        "Tredegar Health Centre – HIW Improvement Plan",
        "",
        HIW_HEADER,
        "Quality of patient experience",
        _hiw_row(1),
        _hiw_row(2),
        "Delivery of safe and effective care",
        _hiw_row(3),
        _hiw_row(4),
        "",
        "The following section must be completed by a representative of the service.",
        "Service representative",
        "Name (print):\tSarah Price",
    ]
    plan = import_table(_text(tmp_path / "hiw.txt", lines))
    assert _headings(plan) == [
        ["Quality of patient experience", "The practice must put right finding 1."],
        ["Quality of patient experience", "The practice must put right finding 2."],
        ["Delivery of safe and effective care", "The practice must put right finding 3."],
        ["Delivery of safe and effective care", "The practice must put right finding 4."],
    ]
    assert [a.extra["Risk/finding/issue"] for a in plan.actions()] == [
        f"Finding {n} was seen on the day." for n in (1, 2, 3, 4)
    ]


RISK_HEADER = ["Ref", "Risk identified", "Score", "Existing controls", "Further action required",
               "Lead", "Target date", "Action status"]  # fmt: skip


def test_a_register_s_risk_with_its_one_action_on_the_row_is_no_heading(tmp_path: Path) -> None:
    """A town council's register: under each area's line, one risk a row with its one
    further action beside it. The action stands under the area; the risk is kept with it
    (each risk was read as a heading of its own, against three authors in three)."""
    rows = [["Lyme Regis Town Council – Risk Register 2025/26"], [], RISK_HEADER, ["1. FINANCE"]]
    rows += [
        [f"1.{n}", f"Risk {n} to the budget", "9", "Monitoring", f"Review fees {n}", "RFO",
         "Nov-25", "On track"]
        for n in (1, 2)
    ]  # fmt: skip
    rows += [["2. ASSETS"]] + [
        [f"2.{n}", f"Risk {n} to the shelters", "16", "Inspection", f"Survey shelters {n}",
         "Town Clerk", "Sept 2025", "Complete"]
        for n in (1, 2)
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "register.csv", rows))
    assert _headings(plan) == [["1. FINANCE"]] * 2 + [["2. ASSETS"]] * 2
    assert [a.extra["Risk identified"] for a in plan.actions()][:2] == [
        "Risk 1 to the budget",
        "Risk 2 to the budget",
    ]


def test_a_risk_over_two_actions_stays_their_heading(tmp_path: Path) -> None:
    """A risk written once over its two further actions groups them: it stays the part
    they are read under."""
    rows = [["Wivenhoe Town Council – Risk Register"], [], RISK_HEADER, ["FINANCE"]]
    rows += [
        ["F1", "Precept insufficient", "8", "Budget", "Prepare a forecast", "RFO", "Jan-26",
         "Green"],
        ["", "", "", "", "Review reserves", "RFO", "Mar-26", "Amber"],
        ["F2", "Fraud in payments", "8", "Dual sign", "Adopt regulations", "Clerk", "Jul-25",
         "Complete"],
        ["ASSETS"],
        ["A1", "Storm damage", "16", "Inspection", "Survey shelters", "Clerk", "Sep-25", "Green"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "register.csv", rows))
    assert _headings(plan) == [
        ["FINANCE", "Precept insufficient"],
        ["FINANCE", "Precept insufficient"],
        ["FINANCE", "Fraud in payments"],
        ["ASSETS", "Storm damage"],
    ]


PLAN_HEADER: list[object] = ["No.", "Action", "Lead", "Original completion date",
                             "Revised completion date", "Current RAG"]  # fmt: skip


def _plan_rows(title: str) -> list[list[object]]:
    return [
        [title],
        [],
        PLAN_HEADER,
        ["1.1", "Relaunch the care planning standard.", "Head of Service", "Mar-24", "", "Green"],
        ["1.2", "Review every care plan.", "Team Managers", "Apr-24", "Jun-24", "Amber"],
    ]


def test_a_cover_names_the_plan_over_a_sheet_s_bracketed_update(tmp_path: Path) -> None:
    """The cover's 'Children's Services – Ofsted Focused Visit Action Plan' over the plan
    sheet's '... Action Plan (update September 2024)': the sheet says which update, the
    cover names the plan (the sheet's line was taken for the title)."""
    cover: list[list[object]] = [
        ["Blackburn with Darwen Borough Council"],
        ["Children's Services – Ofsted Focused Visit Action Plan"],
    ]
    sheets = {
        "Cover": cover,
        "Action Plan": _plan_rows(
            "Ofsted Focused Visit – Children in Care: Action Plan (update September 2024)"
        ),
    }
    plan = import_table(_book(tmp_path / "plan.xlsx", sheets))
    assert plan.title == "Children's Services – Ofsted Focused Visit Action Plan"


def test_a_follow_up_of_management_actions_names_the_tracker(tmp_path: Path) -> None:
    """A summary sheet's 'Internal Audit – Follow-up of Agreed Management Actions' over the
    tracker sheet's '... Follow-up Schedule (Q2 2025/26)': the quarter says which edition
    (the sheet's line was taken for the title)."""
    summary: list[list[object]] = [
        ["Newcastle City Council"],
        ["Internal Audit – Follow-up of Agreed Management Actions"],
        ["Position as at 30 September 2025"],
    ]
    sheets = {
        "Summary": summary,
        "Agreed Actions": _plan_rows(
            "Internal Audit – Agreed Management Actions Follow-up Schedule (Q2 2025/26)"
        ),
    }
    plan = import_table(_book(tmp_path / "tracker.xlsx", sheets))
    assert plan.title == "Internal Audit – Follow-up of Agreed Management Actions"


def test_a_risk_s_code_and_name_merged_over_the_action_cell_is_its_heading(
    tmp_path: Path,
) -> None:
    """A register's band row: 'CRR-01 Financial Sustainability' merged over the Ref and
    Action cells, its owner, scores and commentary beside it, then its further actions
    CRR-01.1 and CRR-01.2. The risk heads its actions (each band was read as an action with
    no words, 14 actions for 10)."""
    rows: list[list[object]] = [
        ["Shetland Islands Council – Corporate Risk Register 2025/26"],
        [],
        ["Ref", "Risk / Further action", "Risk owner / Action owner", "Current score",
         "Target date", "Status", "Q2 commentary"],
    ]  # fmt: skip
    merges = []
    for n in (1, 2):
        merges.append(f"Register!A{len(rows) + 1}:B{len(rows) + 1}")
        rows += [
            [f"CRR-0{n} Risk {n} to the council", "", "Director of Corporate Services", 20, "",
             "", "Score unchanged."],
            [f"CRR-0{n}.1", f"Develop proposals {n}.", "Executive Manager – Finance", "",
             "Feb-26", "Green", "Under way."],
            [f"CRR-0{n}.2", f"Refresh the plan {n}.", "Executive Manager – Finance", "",
             "Mar-26", "Amber", "Modelling."],
        ]  # fmt: skip
    plan = import_table(_book(tmp_path / "register.xlsx", {"Register": rows}, None, merges))
    assert [a.ref for a in plan.actions()] == ["CRR-01.1", "CRR-01.2", "CRR-02.1", "CRR-02.2"]
    assert [h[-1] for h in _headings(plan)] == ["CRR-01 Risk 1 to the council"] * 2 + [
        "CRR-02 Risk 2 to the council"
    ] * 2


def test_a_caption_under_each_workstream_below_a_summary_is_no_part(tmp_path: Path) -> None:
    """A highlight report: 'Programme summary' (Heading 1) over all, then each workstream's
    Heading 2, its lead's line and 'Key milestones' over its table. The caption repeats under
    every workstream: the milestones stand under their workstream alone (the caption was
    read as a part of each)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Modernisation Programme Highlight Report", style="Title")
    document.add_heading("Programme summary", level=1)
    document.add_paragraph("The programme remains Amber overall.")
    for n in (1, 2, 3):
        document.add_heading(f"Workstream {n}: Stream {n}", level=2)
        document.add_paragraph(f"Workstream lead: Head of Service {n}    Workstream RAG: Green")
        document.add_paragraph("Key milestones")
        rows = [["Milestone", "Owner", "Baseline Date", "Forecast Date", "RAG"],
                [f"Deliver milestone {n}.", "Head of Revenues", "30/09/2025", "10/11/2025",
                 "A"]]  # fmt: skip
        table = document.add_table(rows=2, cols=5)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(tmp_path / "highlight.docx"))
    plan = import_table(tmp_path / "highlight.docx")
    assert _headings(plan) == [[f"Workstream {n}: Stream {n}"] for n in (1, 2, 3)]


def test_a_month_then_the_board_s_letters_is_that_month() -> None:
    """'September 2025 PAB': the Performance and Accountability Board's September meeting,
    read as September 2025 with the words kept (it was refused as a month mistyped); a
    month mistyped before the letters is still refused."""
    read = read_end("September 2025 PAB")
    assert (read.month, read.text) == (Month(2025, 9), "September 2025 PAB")
    assert read_end("Sep-25 HWB").month == Month(2025, 9)
    try:
        read_end("Septmber 2025 PAB")
    except ValueError:
        pass
    else:
        raise AssertionError("a mistyped month before a board's letters was read")


def test_a_risk_s_description_row_under_its_band_is_no_action(tmp_path: Path) -> None:
    """Under 'CR01 – Workforce capacity' merged over Ref and Risk: 'Description' | the risk's
    words merged across, 'Controls in place' | the controls, then CR01.1 and CR01.2. The
    description is said of the risk (each was read as an action with the ref 'Description')."""
    rows: list[list[object]] = [
        ["NHS 24 Corporate Risk Register"],
        [],
        ["Ref", "Risk / further action", "Owner", "Current", "Due date", "Action status"],
    ]
    merges = []
    for n in (1, 2):
        at = len(rows) + 1
        merges += [f"CRR!A{at}:B{at}", f"CRR!B{at + 1}:F{at + 1}", f"CRR!B{at + 2}:F{at + 2}"]
        rows += [
            [f"CR0{n} – Risk {n}", "", "Director of Workforce", 16],
            ["Description", f"There is a risk that capacity {n} falls short of demand."],
            ["Controls in place", f"Workforce plan {n}; weekly forecasting."],
            [f"CR0{n}.1", f"Deliver recruitment plan {n}.", "Head of Recruitment", "",
             "31/12/2025", "On track"],
            [f"CR0{n}.2", f"Implement rota model {n}.", "Director of Service Delivery", "",
             "30/09/2025", "Complete"],
        ]  # fmt: skip
    plan = import_table(_book(tmp_path / "register.xlsx", {"CRR": rows}, None, merges))
    assert [a.ref for a in plan.actions()] == ["CR01.1", "CR01.2", "CR02.1", "CR02.2"]


def test_date_to_be_met_is_the_end_where_no_revised_date_is_given(tmp_path: Path) -> None:
    """The Care Inspectorate's 'Date to be met' beside 'Revised date': the original end where
    no revised one is given (it was kept aside, and those actions had no end month)."""
    rows = [
        ["Abbeyfield House – Improvement Plan"],
        [],
        ["No.", "Action", "Person(s) responsible", "Date to be met", "Revised date", "RAG"],
        ["1a", "Write PRN protocols.", "Home Manager", "30/04/2024", "", "Complete"],
        ["1b", "Assess medication competency.", "Depute Manager", "30/04/2024", "30/06/2024",
         "Green"],
        ["1c", "Audit personal plans.", "Home Manager", "June 2024", "", "Amber"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [a.end for a in plan.actions()] == [Month(2024, 4), Month(2024, 6), Month(2024, 6)]


def test_what_we_learned_is_the_lesson_its_actions_answer(tmp_path: Path) -> None:
    """A lessons-learned plan's 'What we learned', left empty on a lesson's second action:
    the lesson both actions stand under (it was kept aside as another column)."""
    rows = [
        ["Knaresborough Town Council – Christmas Market Lessons Learned Action Plan"],
        [],
        ["No.", "What we learned", "Action", "Lead", "By when", "Progress"],
        ["1. Crowd management and safety"],
        ["1.1", "The Market Place reached capacity.", "Commission a crowd plan.", "Town Clerk",
         "June 2025", "Complete"],
        ["1.2", "", "Set up stewarded routes.", "Events Officer", "Oct 2025", "On track"],
        ["2. Traffic and parking"],
        ["2.1", "Road closure signs went up late.", "Apply for the order early.", "Town Clerk",
         "Aug 2025", "On track"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "lessons.csv", rows))
    assert _headings(plan) == [
        ["1. Crowd management and safety", "The Market Place reached capacity."],
        ["1. Crowd management and safety", "The Market Place reached capacity."],
        ["2. Traffic and parking", "Road closure signs went up late."],
    ]


def test_the_rule_cited_between_a_label_and_its_words_is_said_of_the_part(
    tmp_path: Path,
) -> None:
    """RQIA's quality improvement plan as text: 'Area for improvement 1', then 'Ref: Regulation
    13 (7)  Stated: Second time', then the words the registered person must meet: the words
    are the part (the label alone was, and the words were put in the notes)."""
    lines = ["BEECHVALE NURSING HOME – QUALITY IMPROVEMENT PLAN", "",
             "Status key: C = completed   G = on track   A = behind plan", "", "=" * 60,
             "SECTION 1: The Nursing Homes Regulations (Northern Ireland) 2005", "=" * 60,
             ""]  # fmt: skip
    for n in (1, 2):
        lines += [
            f"Area for improvement {n}",
            f"Ref: Regulation 1{n} (7)          Stated: Second time",
            f"The registered person shall ensure that risk {n} is managed.",
            "",
            f"  {n}.1  Carry out an audit of risk {n}.",
            "       Lead: Registered Manager",
            "       Complete by: 31/01/2025",
            "       Status: C",
            "",
        ]
    plan = import_table(_text(tmp_path / "qip.txt", lines))
    assert [h[-1] for h in _headings(plan)] == [
        f"The registered person shall ensure that risk {n} is managed." for n in (1, 2)
    ]
    assert "Ref: Regulation 11 (7)          Stated: Second time" in plan.notes


def test_a_timescale_saying_it_was_done_makes_the_action_complete(tmp_path: Path) -> None:
    """HIW's plan has no RAG column; a Timescale of 'Completed 28/03/2024' says the action is
    done (it was unrated), and the month it was done is its end."""
    rows = [
        ["Improvement needed", "Service action", "Responsible officer", "Timescale"],
        ["The practice must update its website.", "Website updated.", "Practice Manager",
         "Completed 28/03/2024"],
        ["The practice must train staff.", "Training booked.", "Practice Manager",
         "31 May 2024"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "hiw.csv", rows))
    assert [a.status for a in plan.actions()] == [Status.BLUE, Status.UNRATED]
    assert [a.end for a in plan.actions()] == [Month(2024, 3), Month(2024, 5)]


def test_a_revised_month_with_the_original_in_brackets_is_the_end() -> None:
    """'Revised to 28/02/2025 (originally 31/10/2024)', 'Revised: Sept 2025 (orig. June
    2025)': the revised month is the end (both were refused as months among other words)."""
    assert read_end("Revised to 28/02/2025 (originally 31/10/2024)").month == Month(2025, 2)
    assert read_end("Revised: Sept 2025 (orig. June 2025)").month == Month(2025, 9)


def test_an_accountable_executive_alone_is_the_lead(tmp_path: Path) -> None:
    """A regulator's tracker whose one person column is 'Accountable executive': each
    action's lead (they were read as DLT leads, every action without a lead)."""
    rows = [
        ["Ref", "Action", "Accountable executive", "Due date", "RAG"],
        ["1.1", "Recalibrate the flow meters.", "Director of Water Recycling", "Mar-25", "Blue"],
        ["1.2", "Deliver capacity upgrades.", "Director of Capital Delivery", "Dec-26", "Red"],
    ]
    plan = import_table(_csv(tmp_path / "tracker.csv", rows))
    assert [a.lead for a in plan.actions()] == [
        ("Director of Water Recycling",),
        ("Director of Capital Delivery",),
    ]


def test_a_line_naming_the_school_s_trust_under_the_title_is_no_part() -> None:
    """'Part of Tudor Grange Academies Trust' under the plan's title, over the school's
    grades and its plan table: whose the school is, not the part every action is under (it
    was read as the theme of all eight)."""
    path = BLIND / "heldout553" / "xf-tudor-grange-academy-worcester-post-ofsted-action-plan.docx"
    headings = _headings(import_table(path))
    assert len(headings) == 8
    assert all("Tudor Grange Academies Trust" not in h[0] for h in headings)
    assert headings[0][0].startswith("AFI 1:")


def test_highlight_priority_action_is_the_action_column() -> None:
    """A council's delivery plan whose action column is 'Highlight Priority Action', beside
    Portfolio and Lead Officer, under a summary sheet: its actions (the workbook was refused,
    no header row found)."""
    path = BLIND / "heldout551" / "xa-tendring-dc-corporate-plan-delivery-plan-2024-25.xlsx"
    actions = list(import_table(path).actions())
    assert len(actions) == 11
    assert actions[0].action.startswith("Complete the Housing Stock Condition Survey")
