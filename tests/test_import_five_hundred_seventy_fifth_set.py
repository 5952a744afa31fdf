"""Issue 18, session 30: what heldout575-578 showed at first sight (a bilingual quarter's
status, a form's prompt over every table, a note under a risk register, a cover's title
beside the sheet's quarterly one, an audit paper's 'Agreed action 3.1:' lines, an internal
audit's lettered control objectives), and two readings left from session 29 (an issue
column on sheets filed by year, key-question paragraphs over banded tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.titles import names_more_fully
from ofsted_plan.model import Status

from .test_import_five_hundred_fifteenth_set import _word
from .test_import_four_hundred_forty_seventh_set import _headings
from .test_import_four_hundred_twenty_first_set import _book
from .test_import_three_hundred_ninety_third_set import _csv, _text

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"


def test_a_welsh_and_english_quarters_status_reads_the_later_quarter(tmp_path: Path) -> None:
    """'Statws Ch1 / Q1 status' beside 'Statws Ch2 / Q2 status' (Cyngor Gwynedd): the second
    quarter's is the status now (neither was read as a status; the first one's shading was)."""
    rows = [["Cyf / Ref", "Cam gweithredu / Action", "Swyddog arweiniol / Lead officer",
             "Targed / Target", "Statws Ch1 / Q1 status", "Statws Ch2 / Q2 status"],
            ["FF1", "Deliver the business grants scheme.", "Head of Economy", "March 2026",
             "Gwyrdd / Green", "Ambr / Amber"],
            ["FF2", "Complete the town centre plans.", "Regeneration Manager", "December 2025",
             "Ambr / Amber", "Coch / Red"]]  # fmt: skip
    report: list[str] = []
    plan = import_table(str(_csv(tmp_path / "delivery.csv", rows)), report=report)
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.RED]
    assert any("'Statws Ch2 / Q2 status', the later, is read as it" in line for line in report)


def test_two_columns_shaded_alike_with_no_status_column_are_asked_about(tmp_path: Path) -> None:
    """Two columns of words, each shaded red, amber or green on every action, and no column
    titled as the status: which shading is the RAG is not guessed (the first was read)."""
    header: list[object] = ["Ref", "Action", "Lead officer", "Target", "Autumn view", "Spring view"]
    sheet: list[list[object]] = [header,
             ["1", "Deliver the grants scheme.", "Head of Economy", "March 2026",
              "Going well", "Slipping"],
             ["2", "Complete the town plans.", "Regeneration Manager", "June 2026",
              "Slipping", "Stopped"],
             ["3", "Open the new library.", "Head of Culture", "June 2026", "Going well",
              "Going well"]]  # fmt: skip
    fills = {"Plan!E2": GREEN, "Plan!F2": AMBER, "Plan!E3": AMBER, "Plan!F3": RED,
             "Plan!E4": GREEN, "Plan!F4": GREEN}  # fmt: skip
    with pytest.raises(PlanError) as raised:
        import_table(str(_book(tmp_path / "views.xlsx", {"Plan": sheet}, fills)))
    assert "no action has a RAG status, but the column 'Autumn view'" in str(raised.value)


def _qip_table(n: int, requirement: str, actions: list[str]) -> list[list[str]]:
    return [
        [f"Area for improvement {n}", f"Ref: Standard {n}", "Stated: First time",
         "To be completed by: 30 November 2024"],
        [requirement],
        ["Response by registered person detailing the actions taken:"],
        ["Action", "Lead", "By", "Status"],
        *([a, "Registered Manager", "30/11/2024", "Complete"] for a in actions),
    ]  # fmt: skip


def test_the_forms_prompt_over_every_table_leaves_the_requirement_the_part(
    tmp_path: Path,
) -> None:
    """An RQIA quality improvement plan: each table states the requirement, then 'Response
    by registered person detailing the actions taken:' over the provider's actions. The
    prompt, the same over every table, is the form's, kept once in the notes; each
    requirement is what its actions answer (the prompt was read as every one's part)."""
    requirements = [
        f"The registered person shall ensure that record {n} is kept." for n in (1, 2, 3)
    ]
    blocks: list[tuple[str, object]] = [
        ("p", "Action required to ensure compliance with the Care Standards")
    ]
    for n, requirement in enumerate(requirements, 1):
        blocks.append(("t", _qip_table(n, requirement, [f"Record {n} audited weekly."])))
    plan = import_table(str(_word(tmp_path / "qip.docx", blocks)))
    assert [h[-1] for h in _headings(plan)] == requirements
    assert plan.notes.count("Response by registered person detailing the actions taken:") == 1


def test_a_note_under_a_risk_register_is_no_risk_and_its_priorities_are_themes(
    tmp_path: Path,
) -> None:
    """A fire service's corporate risk register: 'Priority: ...' bands, each risk's title,
    description and owner merged down over its further actions, and a line under the table
    after a blank row saying how status is shown. The line is a note, the priorities the
    themes, each risk the recommendation (refused: 'this row reads as an action (R5.1) but
    has no action in it')."""
    header: list[object] = ["Risk ref and title", "Risk description (cause – event – consequence)",
              "Risk owner", "Action ref", "Further actions to reduce the risk", "Action owner",
              "Target date", "Status"]  # fmt: skip
    rows: list[list[object]] = [["Corporate Risk Register 2025-26"], [], header]
    merges = []
    for band, risks in (("Priority: Be there when you need us", ("CR01", "CR02")),
                        ("Priority: Make every penny count", ("CR05",))):  # fmt: skip
        rows.append([band])
        merges.append(f"Register!A{len(rows)}:H{len(rows)}")
        for risk in risks:
            first = len(rows) + 1
            for n in (1, 2):
                cells: list[object] = (
                    [f"{risk} – Risk {risk}", f"Failure of {risk} leads to harm to the public.",
                     "Chief Fire Officer"] if n == 1 else [None, None, None]
                )  # fmt: skip
                rows.append([*cells, f"{risk[-1]}.{n}", f"Deliver mitigation {n} for {risk}.",
                             "Head of Service", "31/03/2026", "On track"])  # fmt: skip
            merges += [f"Register!{c}{first}:{c}{first + 1}" for c in "ABC"]
    rows += [[], ["Action status is shown by the colour of the Status cell – see the key."]]
    path = _book(tmp_path / "crr.xlsx", {"Register": rows}, merges=merges)
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Priority: Be there when you need us",
        "Priority: Make every penny count",
    ]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "CR01 – Risk CR01",
        "CR02 – Risk CR02",
        "CR05 – Risk CR05",
    ]
    assert "Action status is shown by the colour of the Status cell – see the key." in plan.notes


def test_a_cover_title_beside_the_sheets_own_with_its_quarter_names_the_register() -> None:
    """'Corporate Risk Register 2025/26' on the cover, '... – Q2 2025/26' over the register
    (Suffolk, the DVLA, NIAS, South Yorkshire Fire): the cover names the document; the sheet
    says which review it is. Another year on the sheet is another document's."""
    cover = "Corporate Risk Register 2025/26"
    assert names_more_fully(cover, "Corporate Risk Register – Q2 2025/26")
    assert names_more_fully(cover, "NIAS Corporate Risk Register – Q2 2025/26")
    assert names_more_fully(cover, "Corporate Risk Register 2025/26 – Autumn review")
    assert not names_more_fully(cover, "Corporate Risk Register 2024/25")


def test_a_cover_sheets_title_over_a_register_titled_by_its_quarter(tmp_path: Path) -> None:
    sheets: dict[str, list[list[object]]] = {
        "Cover": [["Suffolk County Council"], ["Corporate Risk Register 2025/26"]],
        "CRR": [["Corporate Risk Register – Q2 2025/26"], [],
                ["Ref", "Action", "Lead officer", "Due", "RAG"],
                ["1.1", "Refresh the medium term financial plan.", "Treasurer", "Mar-26", "Green"],
                ["1.2", "Deliver the efficiency programme.", "Director", "Jun-26", "Amber"]],
    }  # fmt: skip
    plan = import_table(str(_book(tmp_path / "crr.xlsx", sheets)))
    assert plan.title == "Corporate Risk Register 2025/26"


def test_an_audit_papers_agreed_actions_numbered_under_each_recommendation(
    tmp_path: Path,
) -> None:
    """A committee paper saved as text: lettered sections in capitals, 'Recommendation 3
    (...)' over the auditor's words, then 'Agreed action 3.1:' with its officer and date and
    'Agreed action 3.2:' straight after. Each agreed action is an action numbered so, under
    its recommendation's words and its section (3.1 and 3.2 were one record with two target
    dates, 'December 2025\\nMarch 2026', and refused)."""
    lines = ["ANNUAL AUDIT REPORT 2024/25 – ACTION PLAN", "",
             "A. INTERNAL CONTROL RECOMMENDATIONS", "",
             "Recommendation 1 (Level 2)",
             "Journals were not reviewed before posting. The Authority should review them.",
             "Agreed action 1.1: A monthly report of journals will be reviewed.",
             "Responsible officer: Head of Finance", "Target date: 31 October 2025", "",
             "B. WIDER SCOPE RECOMMENDATIONS", "",
             "Recommendation 3 (Financial sustainability)",
             "The plan does not close the gap. The Authority should update the plan.",
             "Agreed action 3.1: Update the medium-term financial plan.",
             "Responsible officer: Director of Corporate Services", "Target date: December 2025",
             "Agreed action 3.2: Develop a schedule of costed savings options.",
             "Responsible officer: Head of Finance", "Target date: March 2026"]  # fmt: skip
    plan = import_table(str(_text(tmp_path / "annex.txt", lines)))
    actions = list(plan.actions())
    assert [(a.ref, str(a.end)) for a in actions] == [
        ("1.1", "2025-10"),
        ("3.1", "2025-12"),
        ("3.2", "2026-03"),
    ]
    assert _headings(plan) == [
        ["A. INTERNAL CONTROL RECOMMENDATIONS",
         "Journals were not reviewed before posting. The Authority should review them."],
        ["B. WIDER SCOPE RECOMMENDATIONS",
         "The plan does not close the gap. The Authority should update the plan."],
        ["B. WIDER SCOPE RECOMMENDATIONS",
         "The plan does not close the gap. The Authority should update the plan."],
    ]  # fmt: skip


def test_an_internal_audits_lettered_control_objectives_over_their_tables(
    tmp_path: Path,
) -> None:
    """A town council's internal audit action plan: each control objective in its words
    ('B. This authority complied with its financial regulations ...') over a table of the
    auditor's recommendations and the actions agreed: the objective is the theme (it was
    dropped, the recommendations read as the themes)."""
    header = ["No.", "Action agreed", "Responsibility", "Target date", "Status"]
    objectives = [
        "B. This authority complied with its financial regulations and approved all payments.",
        "C. This authority assessed the significant risks to achieving its objectives.",
    ]
    blocks: list[tuple[str, object]] = []
    for n, objective in enumerate(objectives, 1):
        rows = [header, [f"Recommendation {n}: The Council should act on {n}."],
                [f"{n}a", f"Adopt measure {n}.", "Clerk", "30/06/2025", "Done"]]  # fmt: skip
        blocks += [("p", objective), ("t", rows)]
    plan = import_table(str(_word(tmp_path / "audit.docx", blocks)))
    assert _headings(plan) == [
        [objectives[0], "Recommendation 1: The Council should act on 1."],
        [objectives[1], "Recommendation 2: The Council should act on 2."],
    ]


def test_an_issue_column_on_sheets_filed_by_year_names_the_themes(tmp_path: Path) -> None:
    """An IJB's audit tracker: '2024-25 Action Plan' and 'Prior Year Follow-up' sheets, each
    with 'Issue / risk' beside 'Recommendation': the issue is each part's theme, the sheets
    only file them by year (the sheets' names were read as the themes)."""
    header: list[object] = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
              "Responsible officer", "Target date", "Current RAG"]  # fmt: skip

    def sheet(code: str, issues: list[str]) -> list[list[object]]:
        return [header] + [
            [f"{code}{n}", issue, f"The IJB should improve {issue.lower()}.",
             f"A plan for {issue.lower()} will be approved.", "Chief Officer", "31/03/2026",
             "Green"] for n, issue in enumerate(issues, 1)
        ]  # fmt: skip

    path = _book(
        tmp_path / "aar.xlsx",
        {"2024-25 Action Plan": sheet("", ["Medium-term financial planning", "Directions",
                                           "Performance reporting"]),
         "Prior Year Follow-up": sheet("b/f ", ["Workforce planning", "Reserves"])},
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Medium-term financial planning",
        "Directions",
        "Performance reporting",
        "Workforce planning",
        "Reserves",
    ]


def test_key_questions_over_tables_banded_by_breach_and_should_do(tmp_path: Path) -> None:
    """A care home's CQC plan: 'Safe' and 'Well-led' over their tables, each table banded by
    the breach its actions answer, the second with a 'Should do' band after its breach. The
    key questions are the themes, the bands the recommendations (a should-do band beside a
    breach was counted as a level of its own, and the key questions were set aside)."""
    header = ["No.", "What we will do", "Who", "By when", "Status"]
    blocks: list[tuple[str, object]] = [
        ("p", "Safe"),
        ("t", [header, ["Breach of Regulation 12 (Safe care and treatment): medicines."],
               ["1", "Introduce PRN protocols.", "Deputy Manager", "28/02/2025", "Complete"],
               ["2", "Move creams onto the eMAR.", "Registered Manager", "31/03/2025", "G"]]),
        ("p", "Well-led"),
        ("t", [header, ["Breach of Regulation 17 (Good governance): quality assurance."],
               ["3", "Replace the audit schedule.", "Registered Manager", "30/04/2025", "A"],
               ["Should do: The provider should make sure supervision takes place."],
               ["4", "Set up a supervision matrix.", "Deputy Manager", "31/07/2025", "A"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "cqc.docx", blocks)))
    assert _headings(plan) == [
        ["Safe", "Breach of Regulation 12 (Safe care and treatment): medicines."],
        ["Safe", "Breach of Regulation 12 (Safe care and treatment): medicines."],
        ["Well-led", "Breach of Regulation 17 (Good governance): quality assurance."],
        ["Well-led", "Should do: The provider should make sure supervision takes place."],
    ]


def test_a_sheet_headed_key_question_and_its_name_keeps_the_label(tmp_path: Path) -> None:
    """A GP practice's plan, a sheet per key question, each headed 'Key question: Safe' on
    the sheet 'Safe': the heading is the theme whole (it was cut to 'Key question', the
    sheet's name taken for the plan's title after it)."""
    header: list[object] = ["No.", "CQC finding / requirement", "Action", "Responsible person(s)",
                            "Target date", "RAG"]  # fmt: skip

    def sheet(question: str, code: str) -> list[list[object]]:
        rows: list[list[object]] = [[f"Key question: {question}"], [], header]
        return rows + [
            [f"{code}{n}", f"Regulation 12: Ensure finding {code}{n} is put right.",
             f"Put {code}{n} right.", "Practice Manager", "31/03/2026", "Green"] for n in (1, 2)
        ]  # fmt: skip

    sheets = {"Safe": sheet("Safe", "S"), "Well-led": sheet("Well-led", "W")}
    plan = import_table(str(_book(tmp_path / "gp.xlsx", sheets)))
    assert [t.title for t in plan.themes] == ["Key question: Safe", "Key question: Well-led"]


def test_a_police_rank_then_the_post_held_is_one_officer() -> None:
    """'Detective Superintendent, Head of Public Protection': one officer, by rank and post
    (read as two); two posts listed are still two."""
    from ofsted_plan.importing.people import split_people

    one = "Detective Superintendent, Head of Public Protection"
    assert split_people(one).officers == (one,)
    assert split_people("Head of Service, Head of Education").officers == (
        "Head of Service",
        "Head of Education",
    )


def test_a_heading_naming_the_areas_and_their_actions_is_no_level(tmp_path: Path) -> None:
    """'Areas for improvement and actions' over tables each headed 'Area for improvement 1:
    ...': the heading names the kind of the parts, kept in the notes (it was read as the
    theme over every area)."""
    header = ["Ref", "Action", "Lead", "Timescale", "RAG"]
    blocks: list[tuple[str, object]] = [("p", "Areas for improvement and actions")]
    for n in (1, 2):
        blocks.append(("t", [[f"Area for improvement {n}: The quality of practice {n}."],
                             header, [f"{n}.1", f"Audit practice {n}.", "Head of Service",
                                      "March 2026", "Green"]]))  # fmt: skip
    plan = import_table(str(_word_wide(tmp_path / "fv.docx", blocks)))
    assert _headings(plan) == [
        ["Area for improvement 1: The quality of practice 1."],
        ["Area for improvement 2: The quality of practice 2."],
    ]
    assert "Areas for improvement and actions" in plan.notes


def test_a_regulation_column_over_runs_of_actions_is_what_they_answer(tmp_path: Path) -> None:
    """A care home's one table: 'Key question: Safe' bands, and a 'Regulation' column (a
    title the vocabulary does not know) repeating 'Regulation 12 – Safe care and treatment'
    on each of its actions: the recommendation they answer (it was kept as another column)."""
    header = ["Regulation", "Action required", "By whom", "By when", "Status"]
    reg12, reg18 = "Regulation 12 – Safe care and treatment", "Regulation 18 – Staffing"
    rows = [header, ["Key question: Safe"],
            [reg12, "Review falls risk assessments.", "Deputy Manager", "31/03/2025", "Green"],
            [reg12, "Introduce PRN protocols.", "Clinical Lead", "30/04/2025", "Amber"],
            [reg18, "Increase night staffing.", "Registered Manager", "31/05/2025", "Red"],
            [reg18, "Bring training to 95%.", "Trainer", "30/06/2025", "Green"]]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "care.docx", [("t", rows)])))
    assert (
        _headings(plan) == [["Key question: Safe", reg12]] * 2 + [["Key question: Safe", reg18]] * 2
    )


def _word_wide(path: Path, blocks: list[tuple[str, object]]) -> Path:
    """As _word, each table as wide as its widest row (a band first, over the header)."""
    from docx import Document

    document = Document()
    for kind, value in blocks:
        if kind == "p":
            document.add_paragraph(str(value))
            continue
        assert isinstance(value, list)
        width = max(len(cells) for cells in value)
        table = document.add_table(rows=len(value), cols=width)
        for r, cells in enumerate(value):
            if len(cells) == 1:
                table.cell(r, 0).merge(table.cell(r, width - 1)).text = cells[0]
                continue
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(path))
    return path


def test_the_commissions_numbered_advice_over_its_actions_is_no_action(tmp_path: Path) -> None:
    """A charity's plan after a Charity Commission case: 'Advice 1' in the Ref column and the
    Commission's words merged across the rest of the row, over actions 1.1 and 1.2: the
    advice is what they answer, not an action (each advice row was read as an action, 'Advice
    1' its ref, with no lead, date or RAG)."""
    header: list[object] = ["Ref", "Action", "Lead(s)", "Target", "RAG", "Progress"]
    rows: list[list[object]] = [["Trustee Action Plan"], [], header,
                                ["Theme 1: Governance and decision-making"]]  # fmt: skip
    merges = ["Plan!A4:F4"]
    for n in (1, 2):
        rows.append([f"Advice {n}", f"Trustees should make sure that decision {n} is taken "
                                    "by the board and properly recorded."])  # fmt: skip
        merges.append(f"Plan!B{len(rows)}:F{len(rows)}")
        rows += [[f"{n}.{k}", f"Put decision {n} step {k} in place.", "Company Secretary",
                  "31/03/2024", "Green", "Done."] for k in (1, 2)]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "charity.xlsx", {"Plan": rows}, merges=merges)))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]
    assert _headings(plan)[0] == [
        "Theme 1: Governance and decision-making",
        "Trustees should make sure that decision 1 is taken by the board and properly recorded.",
    ]


def test_an_issue_identified_at_assessment_is_the_finding(tmp_path: Path) -> None:
    """A PLACE action plan: 'Issue identified at assessment' beside each action is what it
    answers (the column was kept as another, 'at assessment' unknown to the vocabulary)."""
    rows = [["Ref", "Site", "Issue identified at assessment", "Action", "Lead", "Target date"]]
    rows += [[f"C{n}", "Royal Derby Hospital", f"Dust on high-level surfaces in Ward {n}.",
              f"Add Ward {n} to the dusting schedule.", "Head of Facilities", "31/03/2026"]
             for n in (1, 2, 3)]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "place.csv", rows)))
    assert [h[-1] for h in _headings(plan)] == [f"Dust on high-level surfaces in Ward {n}."
                                                for n in (1, 2, 3)]  # fmt: skip


def test_a_prior_year_sheet_captioned_by_its_rows_beside_a_banded_one_is_no_part(
    tmp_path: Path,
) -> None:
    """An annual audit tracker: '2024/25 recommendations – ...' over bands of audit areas on
    one sheet, 'Follow-up of prior year recommendations – ...' over no bands on the next.
    Each line says which rows its sheet holds; neither is a theme (the second was read as
    the prior year actions' theme). Both lines are kept in the notes."""
    header: list[object] = ["No.", "Recommendation", "Agreed management action",
                            "Responsible officer", "Agreed date", "Status"]  # fmt: skip
    first: list[list[object]] = [["2024/25 recommendations – Annual Audit Report"], [], header]
    merges = []
    for n, area in enumerate(("Financial sustainability", "Governance"), 1):
        first.append([area])
        merges.append(f"2024-25!A{len(first)}:F{len(first)}")
        first.append([str(n), f"The body should improve {area.lower()}.",
                      f"Improve {area.lower()}.", "Director", "31/03/2026", "Green"])  # fmt: skip
    prior: list[list[object]] = [["Follow-up of prior year recommendations – 2023/24 report"],
                                 [], header]  # fmt: skip
    prior += [[f"PY{n}", f"Prior recommendation {n} should be completed.",
               f"Complete prior action {n}.", "Head of Finance", "31/12/2025", "Amber"]
              for n in (1, 2)]  # fmt: skip
    sheets: dict[str, list[list[object]]] = {
              "Cover": [["CMAL – Annual Audit Report 2024/25 Action Plan Tracker"]],
              "2024-25": first, "Prior year": prior}  # fmt: skip
    plan = import_table(str(_book(tmp_path / "aar.xlsx", sheets, merges=merges)))
    assert _headings(plan)[-2:] == [["Prior recommendation 1 should be completed."],
                                    ["Prior recommendation 2 should be completed."]]  # fmt: skip
    assert "Follow-up of prior year recommendations – 2023/24 report" in plan.notes
    assert "2024/25 recommendations – Annual Audit Report" in plan.notes


def test_a_papers_numbered_section_does_not_replace_its_title(tmp_path: Path) -> None:
    """A clerk's report to committee: its Title, then '1. Background' ... '4. Action plan'
    over the table. The report's title is the plan's ('4. Action plan' was, naming a plan)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Thame Town Council – Lessons Learned Review: Email Migration",
                           style="Title")  # fmt: skip
    document.add_heading("1. Background", level=1)
    document.add_paragraph("The Council moved its email to a new service in 2025.")
    document.add_heading("4. Action plan", level=1)
    table = document.add_table(rows=3, cols=4)
    rows = [["No.", "Action", "Who", "When"],
            ["A1", "Publish a timetable for IT changes.", "Clerk", "Sep-25"],
            ["A2", "Keep an automatic reply for a year.", "Clerk", "Oct-25"]]  # fmt: skip
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.save(str(tmp_path / "paper.docx"))
    plan = import_table(str(tmp_path / "paper.docx"))
    assert plan.title == "Thame Town Council – Lessons Learned Review: Email Migration"


def test_the_meeting_each_logged_action_came_from_is_no_part(tmp_path: Path) -> None:
    """An action log's 'Meeting' column, 'System Quality Group 14/11/2024' over a run of
    actions: where each came from, kept as another column, not what the actions answer."""
    rows = [["ID", "Meeting", "Action Description", "Assigned To", "Due Date", "RAG"]]
    rows += [[f"SQG-{n}", f"System Quality Group {d}/11/2024", f"Provide assurance {n}.",
              "Chief Nursing Officer", "2025-02-13", "Green"]
             for n, d in ((117, 14), (121, 14), (126, 28), (129, 28))]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "log.csv", rows)))
    assert _headings(plan) == [[]] * 4
    first = next(iter(plan.actions()))
    assert first.extra.get("Meeting") == "System Quality Group 14/11/2024"


def test_a_note_over_the_milestones_gives_way_to_the_cover_title(tmp_path: Path) -> None:
    """A highlight report's milestones sheet opening with a note ('Forecast dates reflect
    the re-baselined plan approved by ...'), its summary sheet first titled 'Bus Franchising
    Programme – Highlight Report': the summary's title is the plan's (the note was, naming
    a plan)."""
    sheets: dict[str, list[list[object]]] = {
        "Summary": [["Bus Franchising Programme – Highlight Report"],
                    ["West Yorkshire Combined Authority"]],
        "Milestones": [["Forecast dates reflect the re-baselined plan approved by Programme "
                        "Board on 2 September 2025."], [],
                       ["ID", "Milestone / action", "Lead", "Forecast date", "RAG"],
                       ["1.1", "Issue the invitation to tender.", "Head of Procurement",
                        "Jul-25", "Green"],
                       ["1.2", "Complete the tender evaluation.", "Head of Procurement",
                        "Jan-26", "Amber"]],
    }  # fmt: skip
    plan = import_table(str(_book(tmp_path / "highlight.xlsx", sheets)))
    assert plan.title == "Bus Franchising Programme – Highlight Report"


def test_what_cqc_said_we_should_do_is_the_finding() -> None:
    """'What CQC said we should do' beside 'Action': the should-do each action answers."""
    from ofsted_plan.importing.header import header_fields

    assert header_fields(["What CQC said we should do"])[0].field == "recommendation"
    assert header_fields(["What Ofsted said we must do"])[0].field == "recommendation"


def test_key_messages_over_a_highlight_reports_table_are_no_part(tmp_path: Path) -> None:
    """'Key messages this quarter' over its bullets, then the milestones' header: a box of
    the report, not the theme over every priority (it was read as one)."""
    rows: list[list[object]] = [
        ["Council Plan Delivery – Quarter 2 Highlight Report 2025/26"], [],
        ["Key messages this quarter"],
        ["• 6 of 10 milestones are complete or on track."],
        ["• Two milestones completed this quarter."], [],
        ["Council Plan Priority", "Ref", "Milestone", "Lead Officer", "Forecast Date", "RAG"],
        ["Priority 1: Homes that people can afford", "1.1", "Deliver 450 new homes.",
         "Director of Housing", "Mar-26", "Green"],
        [None, "1.2", "Adopt the procurement strategy.", "Head of Housing Needs", "Dec-25",
         "Amber"],
        ["Priority 2: Safe, clean and green neighbourhoods", "2.1", "Roll out food waste.",
         "Head of Waste", "Jan-26", "Green"],
    ]  # fmt: skip
    path = _book(
        tmp_path / "hr.xlsx", {"Highlight Report": rows}, merges=["Highlight Report!A8:A9"]
    )
    plan = import_table(str(path))
    assert [h[-1] for h in _headings(plan)] == [
        "Priority 1: Homes that people can afford",
        "Priority 1: Homes that people can afford",
        "Priority 2: Safe, clean and green neighbourhoods",
    ]
    assert "Key messages this quarter" in plan.notes


def test_a_cover_title_beside_the_body_and_quarter_on_the_sheet() -> None:
    """'Medway Council – Strategic Risk Register 2025/26 (Q2)' on the register, 'Strategic
    Risk Register 2025/26' on the cover: the body's name and the quarter added, the cover's
    title names the document."""
    assert names_more_fully(
        "Strategic Risk Register 2025/26", "Medway Council – Strategic Risk Register 2025/26 (Q2)"
    )


def test_an_actions_labels_on_one_line_between_bars(tmp_path: Path) -> None:
    """A text plan: each action's line, then 'Lead: ... | Due: ... | Status: ...' indented
    under it. Each bar parts two labelled values (the line was one lead, and the plan
    refused: no header row)."""
    lines = ["Blue Triangle – Care Inspectorate Improvement Plan", "",
             "Status key: COMPLETE = done (blue) | ON TRACK = green | AT RISK = amber", "",
             "Requirement 1",
             "By 29 August 2025, the provider must ensure that medication is managed safely.",
             ""]  # fmt: skip
    given = [("Service Manager", "29/08/2025", "COMPLETE"), ("Team Leaders", "Monthly", "ON TRACK")]
    for n, (lead, due, status) in enumerate(given, 1):
        lines += [f"  R1.{n}   Complete medication step {n} for every person supported.",
                  f"         Lead: {lead} | Due: {due} | Status: {status}", ""]  # fmt: skip
    plan = import_table(str(_text(tmp_path / "plan.txt", lines)))
    actions = list(plan.actions())
    assert [(a.ref, a.lead, a.end_text or str(a.end)) for a in actions] == [
        ("R1.1", ("Service Manager",), "2025-08"),
        ("R1.2", ("Team Leaders",), "Monthly"),
    ]


def test_a_post_and_an_agency_joined_by_and_are_two_leads() -> None:
    """'PCSP Officer (North Area) & Youth Justice Agency': an officer and a body, two leads
    ('Agency' was not known to end a body's name, and the cell was one post)."""
    from ofsted_plan.importing.people import split_people

    assert split_people("PCSP Officer (North Area) & Youth Justice Agency").officers == (
        "PCSP Officer (North Area)",
        "Youth Justice Agency",
    )
    assert split_people("Head of Agency Staffing").officers == ("Head of Agency Staffing",)


def test_a_registers_treatment_plan_sheet_under_its_cover_title() -> None:
    """'Corporate Risk Register 2025/26 – Risk Treatment Plan' on the sheet under the cover's
    'Corporate Risk Register 2025/26': the sheet says which part it holds."""
    assert names_more_fully(
        "Corporate Risk Register 2025/26", "Corporate Risk Register 2025/26 – Risk Treatment Plan"
    )


def test_an_improvement_point_heading_gives_way_to_ofsteds_words(tmp_path: Path) -> None:
    """A further education provider's plan: 'Improvement point 1' as a heading, Ofsted's
    words under it, then its table: the words name the part ('Improvement point 1' was read
    as the theme over them)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Realise – Post-inspection Action Plan", style="Title")
    header = ["Action", "Lead", "By when", "Progress"]
    for n in (1, 2):
        document.add_heading(f"Improvement point {n}", level=2)
        document.add_paragraph(f"Leaders should ensure that apprentices receive entitlement {n}.")
        table = document.add_table(rows=2, cols=4)
        for c, text in enumerate(header):
            table.cell(0, c).text = text
        for c, text in enumerate([f"Audit entitlement {n}.", "Head of Quality", "Termly", ""]):
            table.cell(1, c).text = text
    document.save(str(tmp_path / "piap.docx"))
    plan = import_table(str(tmp_path / "piap.docx"))
    assert _headings(plan) == [
        ["Leaders should ensure that apprentices receive entitlement 1."],
        ["Leaders should ensure that apprentices receive entitlement 2."],
    ]


def test_a_highlight_reports_boxed_summary_and_risk_lines_are_no_parts(tmp_path: Path) -> None:
    """A text highlight report: 'PROGRAMME SUMMARY' boxed by rules, closed by 'Decisions
    required from Committee: none', and 'Key risks / issues: ...' over the rule after each
    project's milestones. The report's own lines, kept; each project is its milestones'
    part (they were read as headings over the projects once the milestones' 'Lead: ... |
    Due: ...' lines were read)."""
    rule = "-" * 60
    lines = ["Bolsover District Council – Strategic Projects Highlight Report", "",
             "RAG key:  G = on track   A = at risk   R = off track   C = complete", "", rule,
             "PROGRAMME SUMMARY", "Projects reported: 2    Green: 1    Amber: 1",
             "Decisions required from Committee: none", rule, ""]  # fmt: skip
    for p in (1, 2):
        lines += [f"Project {p}: Scheme {p}", "Sponsor: Strategic Director", "", "Milestones"]
        for m in (1, 2):
            lines += [f"{p}.{m}  Complete stage {m} of scheme {p}",
                      "     Lead: Head of Property | Due: Dec 2025 | RAG: G"]  # fmt: skip
        lines += ["", f"Key risks / issues: Costs of scheme {p} may rise.", rule, ""]
    plan = import_table(str(_text(tmp_path / "highlight.txt", lines)))
    assert _headings(plan) == [["Project 1: Scheme 1"]] * 2 + [["Project 2: Scheme 2"]] * 2


def test_a_sheets_line_naming_the_reports_recommendations_for_whom_is_a_caption() -> None:
    """'HMICFRS – An inspection of vetting ... (November 2022): recommendations for chief
    constables' over a sheet of theme bands: what the sheet holds and for whom, a caption
    (it was the theme over every band, the bands kept aside)."""
    from ofsted_plan.importing.sheet_labels import A_CAPTION

    line = (
        "HMICFRS – An inspection of vetting, misconduct, and misogyny in the police service "
        "(November 2022): recommendations for chief constables"
    )
    assert A_CAPTION.match(line)
    assert not A_CAPTION.match("Theme 1 – Vetting and professional standards")
