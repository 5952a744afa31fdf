"""Issue 18, what the three-hundred-and-fifty-seventh blind sets on showed (heldout357 on),
and the inspectorates named in one list (labels.INSPECTORATE) for every reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table


def _text(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _xlsx(
    path: Path, sheets: dict[str, list[list[object]]], merges: list[str] | None = None
) -> Path:
    """A workbook of the given sheets, in order; `merges` ('Plan!A3:F3') merged as bands."""
    from openpyxl import Workbook

    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for where in merges or []:
        name, cells = where.split("!")
        book[name].merge_cells(cells)
    book.save(str(path))
    return path


def _word(path: Path, blocks: list[tuple[str, object]]) -> Path:
    from docx import Document

    document = Document()
    for style, content in blocks:
        if isinstance(content, list):
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for r, cells in enumerate(content):
                for c, text in enumerate(cells):
                    table.cell(r, c).text = text
        elif style == "bold":  # a title typed in bold, no heading style
            document.add_paragraph().add_run(str(content)).bold = True
        else:
            document.add_paragraph(str(content), style=style)
    document.save(str(path))
    return path


def test_an_issue_line_under_its_heading_names_the_recommendation(tmp_path: Path) -> None:
    """'Issue: Rents were set above the limit.' under '1. Rent Standard', over the labelled
    actions: the words after the label are the recommendation (the label was kept in it)."""
    lines = ["Housing Improvement Plan – response to the Regulator of Social Housing", ""]
    for n, (standard, issue) in enumerate(
        [("Rent Standard", "Rents were set above the limit."),
         ("Home Standard", "Stock condition data was out of date.")], 1
    ):  # fmt: skip
        lines += [f"{n}. {standard}", f"Issue: {issue}", ""]
        for a in (1, 2):
            lines += [
                f"{n}.{a}  Take action {n}.{a} to put this right for tenants.",
                "     Lead: Director of Housing",
                "     Due: March 2025",
                "     RAG: G",
                "",
            ]
    plan = import_table(_text(tmp_path / "rsh.txt", lines))
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "Rents were set above the limit.",
        "Stock condition data was out of date.",
    ]


def test_the_project_named_in_a_sheets_facts_is_its_part(tmp_path: Path) -> None:
    """A highlight report's sheet a project, tabbed 'Customer & Digital', whose facts say
    'Project: | Customer Access and Digital Services': the project's name is the part (the
    tab's short name was)."""
    sheets: dict[str, list[list[object]]] = {}
    for tab, project, prefix in (
        ("Customer & Digital", "Customer Access and Digital Services", "CD"),
        ("Assets & Regeneration", "Asset Review and Accommodation", "AR"),
    ):
        sheets[tab] = [
            ["Project highlight report"],
            ["Project:", project],
            ["SRO:", "Director of Resources"],
            [],
            ["No.", "Milestone / activity", "Owner", "Due date", "RAG"],
        ]
        sheets[tab] += [
            [f"{prefix}{n}", f"Deliver milestone {n} of {project}.", "Manager", "Mar-26", "G"]
            for n in (1, 2)
        ]
    plan = import_table(_xlsx(tmp_path / "highlight.xlsx", sheets))
    assert [t.title for t in plan.themes] == [
        "Customer Access and Digital Services",
        "Asset Review and Accommodation",
    ]


def _audit_sheet(year: str) -> list[list[object]]:
    """A year's audits, each a band over its two agreed actions."""
    rows: list[list[object]] = [
        ["Outstanding recommendations"],
        ["Rec No.", "Recommendation", "Agreed action", "Responsible officer", "Due date", "RAG"],
    ]
    for number, audit in enumerate(("Procurement", "Payroll"), 1):
        rows.append([f"{year}{number} – {audit} (Limited Assurance)"])
        rows += [
            [str(n), f"Control {n} should be tightened in {audit} {year}.",
             f"Tighten control {n} by a new check in {audit} {year}.", "Audit Manager",
             "Mar-26", "G"]
            for n in (1, 2)
        ]  # fmt: skip
    return rows


def test_audits_filed_by_year_on_two_sheets_are_one_tracker(tmp_path: Path) -> None:
    """'2023-24 Audits' beside '2024-25 Audits', no action on both: the audits of each year,
    one tracker, titled by its summary sheet's 'Internal Audit – Follow-up of Agreed
    Recommendations' (two sheets named but for the year were refused as two versions)."""
    path = _xlsx(
        tmp_path / "tracker.xlsx",
        {
            "Summary": [["North Norfolk District Council"],
                        ["Internal Audit – Follow-up of Agreed Recommendations"]],
            "2023-24 Audits": _audit_sheet("NN2403"),
            "2024-25 Audits": _audit_sheet("NN2502"),
        },
        [f"{year} Audits!A{row}:F{row}" for year in ("2023-24", "2024-25") for row in (3, 6)],
    )  # fmt: skip
    plan = import_table(path)
    assert plan.title == "Internal Audit – Follow-up of Agreed Recommendations"
    assert [t.title for t in plan.themes] == [
        f"{code}{number} – {audit} (Limited Assurance)"
        for code in ("NN2403", "NN2502")
        for number, audit in enumerate(("Procurement", "Payroll"), 1)
    ]
    assert len(list(plan.actions())) == 8


def test_two_plans_named_but_for_the_year_are_still_refused(tmp_path: Path) -> None:
    """'Plan 2023' beside 'Plan 2024': two versions, never read as one."""
    from ofsted_plan.errors import PlanError

    path = _xlsx(
        tmp_path / "plans.xlsx",
        {"Plan 2023": _audit_sheet("A"), "Plan 2024": _audit_sheet("B")},
    )
    try:
        import_table(path)
    except PlanError as error:
        assert "more than one sheet" in str(error)
    else:
        raise AssertionError("two versions of a plan were read as one")


def test_the_latest_written_quarter_is_the_progress(tmp_path: Path) -> None:
    """'Q1 update' | 'Q2 update' | 'Q3 update' (not yet written): Q2's words are the progress,
    the others kept (three updates by quarter were refused as three progress columns)."""
    lines = [
        "Ref,Action,Lead agency,Timescale,Q1 update,Q2 update,RAG,Q3 update",
        *[f"1.{n},Deliver action {n} with partners.,Essex Police,Mar-26,"
          f"Started {n}.,Halfway {n}.,G," for n in (1, 2, 3)],
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "csp.csv", lines))
    assert [a.comments for a in plan.actions()] == ["Halfway 1.", "Halfway 2.", "Halfway 3."]
    assert all(a.extra.get("Q1 update", "").startswith("Started") for a in plan.actions())


def test_an_audit_wales_finding_label_over_its_words(tmp_path: Path) -> None:
    """'Audit Wales finding' alone over the finding's words, under the numbered heading: the
    words are the recommendation, the label no part (once 'Audit Wales' was an inspectorate's
    name, the label was read as the part)."""
    blocks: list[tuple[str, object]] = [("Title", "CJC – Audit Wales Commentary: Action Plan")]
    for n, finding in ((1, "The CJC has not set measures."), (2, "The CJC has no strategy.")):
        blocks += [
            ("Heading 2", f"{n}. Area {n}"),
            ("Normal", "Audit Wales finding"),
            ("Normal", finding),
            ("Normal", [["Ref", "Action", "Responsible officer", "Target date", "Status"],
                        [f"{n}.1", f"Put finding {n} right this year.", "Chief Executive",
                         "March 2025", "Amber"]]),
        ]  # fmt: skip
    plan = import_table(_word(tmp_path / "aw.docx", blocks))
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("1. Area 1", ["The CJC has not set measures."]),
        ("2. Area 2", ["The CJC has no strategy."]),
    ]


def test_completion_by_is_the_end(tmp_path: Path) -> None:
    """A school's 'Start' | 'Completion by': the end month (it was kept as another column, so
    nothing could be overdue)."""
    lines = [
        "Ref,Action,Lead,Start,Completion by,RAG",
        *[f"1.{n},Deliver action {n} across the school.,Head teacher,Sep-24,{end},Green"
          for n, end in ((1, "Autumn term 2024"), (2, "Termly"), (3, "Each LAC meeting"),
                         (4, "Ongoing"))],
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "school.csv", lines))
    assert [str(a.end) if a.end else a.end_text for a in plan.actions()] == [
        "2024-12", "Termly", "Each LAC meeting", "Ongoing"
    ]  # fmt: skip


def test_leads_of_posts_and_bodies(tmp_path: Path) -> None:
    """Two posts after a comma, the second a 'Supervisor'; two posts each with its area
    joined by 'and'; a council's service '&' a centre of its own name: each two leads (each
    was read as one)."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Imaging Services Manager, Radiation Protection Supervisor").officers == (
        "Imaging Services Manager",
        "Radiation Protection Supervisor",
    )
    assert split_people("Independent Chair, APC and Lead Officer, Adult Protection").officers == (
        "Independent Chair, APC",
        "Lead Officer, Adult Protection",
    )
    assert split_people("LBS Community Safety & Sutton Carers Centre").officers == (
        "LBS Community Safety",
        "Sutton Carers Centre",
    )
    assert split_people("SAB Learning & Development Subgroup").officers == (
        "SAB Learning & Development Subgroup",
    )
    assert split_people("Head of Service, Children and Families").officers == (
        "Head of Service, Children and Families",
    )


def test_a_review_named_over_a_plain_action_plan_line(tmp_path: Path) -> None:
    """'Domestic Homicide Review: Olivia (pseudonym)' over 'Action Plan – updated 14 November
    2025': the review names the plan, the line only its kind and when it was saved (the
    kind's line was the title)."""
    lines = [
        "Safer Sutton Partnership",
        "Domestic Homicide Review: Olivia (pseudonym)",
        "Action Plan – updated 14 November 2025",
        "",
        "Recommendation\tAction to take\tLead agency\tTarget date\tRAG",
        *[f"{n}. Agencies should do thing {n}.\tDo thing {n}.\tSutton Council\tMar-26\tGreen"
          for n in (1, 2, 3)],
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "dhr.txt", lines))
    assert plan.title == "Domestic Homicide Review: Olivia (pseudonym)"


def test_a_youth_justice_service_is_whose_plan(tmp_path: Path) -> None:
    """A cover's 'Nottinghamshire Youth Justice Service – HMIP Improvement Plan' over a plan
    sheet's 'Improvement Plan following the HM Inspectorate of Probation inspection ...': the
    cover names whose plan it is (the sheet's line was the title)."""
    rows: list[list[object]] = [
        ["Nottinghamshire Youth Justice Service"],
        ["Improvement Plan following the HM Inspectorate of Probation inspection of youth "
         "justice services (report published December 2024)"],
        ["Ref", "Action", "Owner", "Target date", "RAG"],
    ]  # fmt: skip
    rows += [[f"1{c}", f"Deliver action {c} with the board.", "Head of Service", "Mar-25", "G"]
             for c in "abc"]  # fmt: skip
    path = _xlsx(
        tmp_path / "yjs.xlsx",
        {"Summary": [["Nottinghamshire Youth Justice Service – HMIP Improvement Plan"]],
         "Improvement Plan": rows},
    )  # fmt: skip
    assert (
        import_table(path).title == "Nottinghamshire Youth Justice Service – HMIP Improvement Plan"
    )


def test_a_should_do_label_over_its_words_is_at_one_level(tmp_path: Path) -> None:
    """'Requirement (Regulation 12 – ...)' and 'Should do', each a label line over the words
    of the finding, under a ruled key question: both findings are recommendations (the first
    was read a level below the second, and dropped)."""
    lines = ["ROSEDEAN SURGERY – CQC INSPECTION ACTION PLAN", ""]
    findings = {
        "SAFE": [("Requirement (Regulation 12 – Safe care and treatment)",
                  "The provider must ensure care is provided in a safe way."),
                 ("Should do", "The practice should improve the checks of emergency medicines.")],
        "EFFECTIVE": [("Should do", "The practice should improve the uptake of screening.")],
    }  # fmt: skip
    n = 0
    for question, labelled in findings.items():
        lines += ["-" * 40, question, "-" * 40, ""]
        for label, words in labelled:
            n += 1
            lines += [label, words, ""]
            lines += [f"1.{n}  Take action {n} to put this right for patients.",
                      "     Lead:   Practice Manager", "     Due:    31/03/2024",
                      "     Status: On track", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "gp.txt", lines))
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        (question, [words for _, words in labelled]) for question, labelled in findings.items()
    ]


def test_a_lettered_recommendation_row_over_its_numbered_actions(tmp_path: Path) -> None:
    """'R1 | The Board should ...' with nothing else filled, then '1.1', '1.2': R1 heads the
    actions numbered by its number, their recommendation (it was read as an action)."""
    lines = ["No.\tRecommendation / Action\tOwner\tTimescale\tRAG"]
    for n in (1, 2):
        lines.append(f"R{n}\tThe Management Board should make sure of thing {n}.")
        lines += [f"{n}.{a}\tDeliver part {a} of thing {n}.\tHead of Service\tOct-24\tGreen"
                  for a in (1, 2)]  # fmt: skip
    plan = import_table(_text(tmp_path / "yjs.txt", lines))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "The Management Board should make sure of thing 1.",
        "The Management Board should make sure of thing 2.",
    ]


def test_an_answers_column_is_not_the_action(tmp_path: Path) -> None:
    """'Response (Agreed / Partly Agreed / Not Agreed)' beside 'Action(s)': the answer given,
    kept; the actions are read (the two were refused as both the action)."""
    lines = [
        "No.,Concern,Response (Agreed / Partly Agreed / Not Agreed),Response Details,Action(s),"
        "Owner,Target Date",
        *[f"{n},Concern {n} was found.,{answer},The prison accepts concern {n}.,Put concern {n} "
          "right this year.,Governor,Mar-25"
          for n, answer in ((1, "Agreed"), (2, "Partly Agreed"), (3, "Agreed"))],
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "hmpps.csv", lines))
    assert [a.action for a in plan.actions()] == [
        f"Put concern {n} right this year." for n in (1, 2, 3)
    ]


def test_a_first_line_naming_the_plan_over_section_headings(tmp_path: Path) -> None:
    """'Action Plan: HMP & YOI Eastwood Park' as the first line, then the headings
    'INTRODUCTION' and 'ACTION PLAN': the line is the title (the 'ACTION PLAN' heading was)."""
    blocks: list[tuple[str, object]] = [
        ("Normal", "Action Plan: HMP & YOI Eastwood Park"),
        ("Normal", "Report Published: 23 April 2024"),
        ("Heading 1", "INTRODUCTION"),
        ("Normal", "HM Inspectorate of Prisons reports on conditions in prisons."),
        ("Heading 1", "ACTION PLAN"),
        ("Normal", [["No.", "Concern", "Action(s)", "Responsible Owner", "Target Date"],
                    *[[str(n), f"Concern {n} was found.", f"Put concern {n} right.", "Governor",
                       "March 2025"] for n in (1, 2)]]),
    ]  # fmt: skip
    plan = import_table(_word(tmp_path / "hmpps.docx", blocks))
    assert plan.title == "Action Plan: HMP & YOI Eastwood Park"


def test_a_risk_band_over_its_one_description(tmp_path: Path) -> None:
    """'SR1 – Financial sustainability' over the rows of that risk, its 'Risk description
    (cause / event / effect)' merged down beside its actions: the band is the risk, the
    description kept (it was read as what the actions answer)."""
    header = ["Risk ref", "Risk description (cause / event / effect)", "Risk owner",
              "Action ref", "Further actions required", "Action owner", "Target date",
              "Action status"]  # fmt: skip
    rows: list[list[object]] = [["Strategic Risk Register"], list(header)]
    merges = []
    for n, name in enumerate(("Financial sustainability", "Cyber security", "Workforce"), 1):
        rows.append([f"SR{n} – {name}"])
        merges.append(f"Register!A{len(rows)}:H{len(rows)}")
        first = len(rows) + 1
        for a in (1, 2):
            rows.append([f"SR{n}" if a == 1 else None,
                         f"Cause: pressure {n}. Event: failure {n}. Effect: harm {n}."
                         if a == 1 else None,
                         "Chief Executive" if a == 1 else None, f"SR{n}.{a}",
                         f"Deliver mitigation {a} for risk {n}.", "Head of Finance", "Mar-26",
                         "G"])  # fmt: skip
        merges += [f"Register!{c}{first}:{c}{first + 1}" for c in "ABC"]
    plan = import_table(_xlsx(tmp_path / "register.xlsx", {"Register": rows}, merges))
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("SR1 – Financial sustainability", [""]),
        ("SR2 – Cyber security", [""]),
        ("SR3 – Workforce", [""]),
    ]


def test_leads_joined_where_each_side_is_whole(tmp_path: Path) -> None:
    """A councillor by name 'and' a post with 'and' in it; two trusts by name, one with 'and'
    in its own; a school's 'SENDCo' '&' a post; a post '&' a detective sergeant: each two
    leads (each was read as one)."""
    from ofsted_plan.importing.people import split_people

    cases = {
        "Cllr Ryan Holloway and Head of Revenues and Benefits": (
            "Cllr Ryan Holloway", "Head of Revenues and Benefits"),
        "NHS Gloucestershire ICB and Gloucestershire Health and Care NHS Foundation Trust": (
            "NHS Gloucestershire ICB", "Gloucestershire Health and Care NHS Foundation Trust"),
        "SENDCo & Reading Lead": ("SENDCo", "Reading Lead"),
        "Head of Service – MASH and Assessment & DS MASH (CE BCU)": (
            "Head of Service – MASH and Assessment", "DS MASH (CE BCU)"),
        "Keyworkers and Depute Unit Manager": ("Keyworkers", "Depute Unit Manager"),
        "Head of Health and Safety and Wellbeing": ("Head of Health and Safety and Wellbeing",),
    }  # fmt: skip
    assert {text: split_people(text).officers for text in cases} == cases


def test_an_agreed_date_of_months_is_no_code(tmp_path: Path) -> None:
    """'No.' of 4, 5 beside 'Agreed date' of 'December 2024', 'March 2025' and a 'Revised
    date': the months are dates, never the refs (they were read as a system's codes)."""
    header = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
              "Agreed date", "Revised date", "Status"]  # fmt: skip
    rows = [header,
            ["4", "The council should review its scheme.", "Review the scheme of delegation.",
             "Head of Legal", "December 2024", "September 2025", "Amber"],
            ["5", "Members should be trained.", "Run a member development programme.",
             "Head of Customer Support", "March 2025", "–", "Complete"]]  # fmt: skip
    plan = import_table(_word(tmp_path / "aar.docx", [("Normal", rows)]))
    assert [(a.ref, str(a.end)) for a in plan.actions()] == [("4", "2025-09"), ("5", "2025-03")]


def test_meeting_dates_are_no_theme_over_agenda_items(tmp_path: Path) -> None:
    """A committee log's 'Date of meeting' written on each action, a wrapped action's second
    line under it: the dates are when, no theme over the agenda items (the import went round
    settling the item column and gave up)."""
    lines = ["Ref\tDate of meeting\tAgenda item\tAction\tOwner\tDue date\tStatus"]
    for n, (date, item) in enumerate(
        [("10/09/2024", "GP access recovery plan"), ("12/11/2024", "Dental access – urgent care"),
         ("12/11/2024", "Pharmacy market entry"), ("14/01/2025", "Primary care estates"),
         ("14/01/2025", "GP contract 2025/26"), ("14/01/2025", "Practice merger application")], 1
    ):  # fmt: skip
        lines.append(f"PCCC/{n}\t{date}\t{item}\tBring the report on {item} to the next "
                     f"meeting and\tDirector of Primary Care\tMar-25\tG")  # fmt: skip
        if n == 3:
            lines.append("\t\t\tagree the timetable with the board\t\t\t")
    plan = import_table(_text(tmp_path / "log.txt", lines))
    assert len(list(plan.actions())) == 6
    assert all(not t.title for t in plan.themes)


def test_a_numbered_priority_under_a_question_heading(tmp_path: Path) -> None:
    """'What does the school need to do to improve?' over 'Priority 1: Curriculum', 'Priority
    2: Reading': each priority a part of its own (the first was read as the question's words
    and lost)."""
    blocks: list[tuple[str, object]] = [
        ("Title", "Camborne Academy – Post-Ofsted Action Plan"),
        ("Heading 1", "What does the school need to do to improve?"),
    ]
    for n, name in ((1, "Curriculum"), (2, "Reading")):
        blocks += [
            ("Heading 2", f"Priority {n}: {name}"),
            ("Normal", f"Leaders should make sure that {name.lower()} improves across the school."),
            ("Normal", [["Ref", "Action", "Lead", "Timescale", "RAG"],
                        [f"{n}.1", f"Improve {name.lower()} in key stage 3.", "Deputy Head",
                         "July 2024", "G"]]),
        ]  # fmt: skip
    plan = import_table(_word(tmp_path / "school.docx", blocks))
    assert [t.title for t in plan.themes] == ["Priority 1: Curriculum", "Priority 2: Reading"]


def test_a_requirement_label_over_long_words(tmp_path: Path) -> None:
    """'Requirement 1' as a heading over the Care Inspectorate's words, which run on with the
    regulation for 480 characters: the words are the part (they were set aside as prose)."""
    words = ("By 31 March 2025, the provider must ensure that young people are protected from "
             "harm by making sure that all staff respond to, record and report concerns in line "
             "with the national guidance and the inter-agency procedures. This is to comply with "
             "Regulation 4(1)(a) (Welfare of users) of the Social Care and Social Work Improvement "
             "Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210) and the "
             "Health and Social Care Standards.")  # fmt: skip
    assert len(words) > 400
    blocks: list[tuple[str, object]] = [("Title", "Children's House – Improvement Plan")]
    for n in (1, 2):
        blocks += [
            ("Heading 1", f"Key question {n}: How good is our care?"),
            ("Heading 2", f"Requirement {n}"),
            ("Normal", words.replace("31 March", f"{n} March")),
            ("Normal", [["Ref", "Action", "Lead", "Timescale", "RAG"],
                        [f"{n}.1", f"Train all staff ({n}).", "Unit Manager", "March 2025", "G"]]),
        ]  # fmt: skip
    plan = import_table(_word(tmp_path / "house.docx", blocks))
    assert [r.text[:20] for t in plan.themes for r in t.recommendations] == [
        "By 1 March 2025, the", "By 2 March 2025, the"
    ]  # fmt: skip


def test_a_cover_spelling_out_the_sheets_name(tmp_path: Path) -> None:
    """'Corporate Risk Register – Quarter 3 2025/26' on the cover, '... – Q3 2025/26' on the
    register: one name, the cover's spelled out (the sheet's was taken)."""
    rows: list[list[object]] = [
        ["Corporate Risk Register – Q3 2025/26"],
        ["Ref", "Further action", "Owner", "Target date", "Action status"],
    ]
    rows += [
        [f"CR1.{n}", f"Deliver mitigation {n}.", "Director", "Mar-26", "Green"] for n in (1, 2, 3)
    ]
    path = _xlsx(
        tmp_path / "register.xlsx",
        {"Heat map": [["South Yorkshire Mayoral Combined Authority"],
                      ["Corporate Risk Register – Quarter 3 2025/26"]],
         "Corporate Risk Register": rows},
    )  # fmt: skip
    assert import_table(path).title == "Corporate Risk Register – Quarter 3 2025/26"


def test_a_first_line_naming_the_plan_over_banded_tables(tmp_path: Path) -> None:
    """'Perranporth Surgery – CQC Inspection Action Plan' in a plain paragraph, then a table
    per requirement notice, each with a band naming its notice: the line is the title, each
    band the part of its table (the first band was taken for the title)."""
    blocks: list[tuple[str, object]] = [
        ("bold", "Perranporth Surgery – CQC Inspection Action Plan"),
        ("Normal", "Inspection date: 12 September 2023"),
        (
            "Normal",
            "This plan responds to the requirement notices and to the areas where the "
            "practice should improve. It was last updated on 10 January 2024.",
        ),
    ]
    for n, (regulation, words) in enumerate(
        [("Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
          "Ensure care is provided in a safe way."),
         ("Regulation 17 HSCA (RA) Regulations 2014: Good governance",
          "Establish effective systems and processes.")], 1
    ):  # fmt: skip
        band = f"Requirement notice – {regulation}"
        blocks.append(("Normal", [
            [band, "", "", "", ""],
            ["Must do", words, "", "", ""],
            ["No.", "Action", "Responsible", "Timescale", "Status"],
            *[[f"{n}.{a}", f"Take step {a} for notice {n}.", "Practice Manager", "March 2024",
               "On track"] for a in (1, 2)],
        ]))  # fmt: skip
    blocks.append(("Normal", [
        ["Areas where the practice should make improvements", "", "", "", "", ""],
        ["No.", "The practice should", "Action", "Responsible", "Timescale", "Status"],
        ["3.1", "Improve screening uptake.", "Run a recall campaign.", "Lead Nurse",
         "March 2024", "On track"],
    ]))  # fmt: skip
    path = _word(tmp_path / "gp.docx", blocks)
    from docx import Document

    document = Document(str(path))
    for table in document.tables[:2]:  # each band and its 'Must do' words merged across
        table.cell(0, 0).merge(table.cell(0, 4))
        table.cell(1, 1).merge(table.cell(1, 4))
    document.tables[2].cell(0, 0).merge(document.tables[2].cell(0, 5))
    document.save(str(path))
    plan = import_table(path)
    assert plan.title == "Perranporth Surgery – CQC Inspection Action Plan"
    assert [t.title for t in plan.themes] == [
        "Requirement notice – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
        "Requirement notice – Regulation 17 HSCA (RA) Regulations 2014: Good governance",
        "Areas where the practice should make improvements",
    ]


def test_an_abbreviated_title_with_full_stops(tmp_path: Path) -> None:
    """'Rec. No.' names the ref as 'Rec No' does (it was kept as another column, every
    action given a made-up ref)."""
    lines = ["Rec. No.,Agreed Management Action,Responsible Officer,Revised Date,RAG"]
    for n in (1, 2, 3):  # a recommendation's number written on its first action only
        lines += [f"R{n},Put weakness {n} right.,Procurement Manager,Mar-26,G",
                  f",Brief staff on weakness {n}.,Procurement Manager,Jun-26,A"]  # fmt: skip
    plan = import_table(_text(tmp_path / "audit.csv", lines))
    assert [a.ref for a in plan.actions()][::2] == ["R1", "R2", "R3"]


def test_a_section_in_capitals_over_the_first_part(tmp_path: Path) -> None:
    """'REQUIREMENT NOTICES (breaches of regulation)' over the first regulation's line above
    the header, as 'AREAS WHERE THE PRACTICE SHOULD IMPROVE' is over a later part's line: the
    first section (it was kept as a note and its parts read as sections)."""
    header = "Ref\tAction\tLead\tTarget date\tRAG"
    lines = ["Newquay Health Centre – CQC Inspection Action Plan", "",
             "REQUIREMENT NOTICES (breaches of regulation)",
             "Regulation 12: Safe care and treatment – high-risk medicines were not monitored.",
             header, "12.1\tRun weekly searches.\tDr R Tregenza\t31/10/2025\tG", "",
             "Regulation 17: Good governance – safety alerts were not managed.",
             header, "17.1\tSet up an alerts log.\tPractice Manager\t30/09/2025\tB", "",
             "AREAS WHERE THE PRACTICE SHOULD IMPROVE",
             "The practice should improve the uptake of cervical screening.",
             header, "S1.1\tOffer Saturday clinics.\tNurse Manager\tDec-25\tA"]  # fmt: skip
    plan = import_table(_text(tmp_path / "gp.txt", lines))
    assert [(t.title, len(t.recommendations)) for t in plan.themes] == [
        ("REQUIREMENT NOTICES (breaches of regulation)", 2),
        ("AREAS WHERE THE PRACTICE SHOULD IMPROVE", 1),
    ]


def test_labels_under_a_key_question_stay_under_it(tmp_path: Path) -> None:
    """'Key question 1: ...' over 'Requirement 1' and, after its actions, 'Area for
    improvement 1', each label over its words: both findings under the key question (the
    second was read at the key question's level and the question lost)."""
    lines = ["Children's House – Care Inspectorate Improvement Plan", ""]
    for q in (1, 2):
        lines += [f"Key question {q}: How well do we support wellbeing?", ""]
        for label in (f"Requirement {q}", f"Area for improvement {q}"):
            lines += [label, f"The provider must put {label.lower()} right.", ""]
            lines += [f"Action {q}.{len(lines)}: Do what {label.lower()} asks.",
                      "Lead: Registered Manager", "Timescale: 31/01/2025", "Status: Complete",
                      ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "house.txt", lines))
    assert [(t.title[:14], len(t.recommendations)) for t in plan.themes] == [
        ("Key question 1", 2), ("Key question 2", 2)
    ]  # fmt: skip


def test_a_numbered_outcome_written_where_its_run_starts(tmp_path: Path) -> None:
    """'Outcome' of 'Outcome 1: Families can find help early' written on the first action of
    each run: the part the actions sit under (it was read as one action's measure)."""
    lines = ["Outcome\tNo.\tWhat we will do\tWho leads\tWhen\tRAG"]
    for n, outcome in ((1, "Families can find help early"), (2, "Practitioners work together")):
        for a in (1, 2, 3):
            first = f"Outcome {n}: {outcome}" if a == 1 else ""
            lines.append(f"{first}\t{n}.{a}\tDeliver step {a} of outcome {n}.\tLead\tMar-26\tG")
    plan = import_table(_text(tmp_path / "eh.txt", lines))
    assert [t.title for t in plan.themes] == [
        "Outcome 1: Families can find help early",
        "Outcome 2: Practitioners work together",
    ]


def test_a_ward_sister_and_her_floor_is_one_post(tmp_path: Path) -> None:
    """'Ward Sister, Third Floor': a post and where it is (it was split into two names)."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Ward Sister, Third Floor").officers == ("Ward Sister, Third Floor",)
    assert split_people("Ward Sister / Matron").officers == ("Ward Sister", "Matron")


def test_a_two_part_title_naming_the_area(tmp_path: Path) -> None:
    """'Regulatory Framework / Charter area' repeated on every row over issues written once:
    the area is the theme, the issues under it (the column was kept as another column)."""
    lines = [
        "Ref,Regulatory Framework / Charter area,Issue identified,Improvement action,"
        "Lead officer,Target date,RAG"
    ]
    for n, area in ((1, "Tenant safety – electrical"), (2, "Homelessness")):
        for a in (1, 2):
            issue = f"Issue {n} was found in the self-assessment." if a == 1 else ""
            lines.append(f"AAS{n}.{a},{area},{issue},Act on issue {n} step {a}.,Manager,"
                         "Mar-26,G")  # fmt: skip
    plan = import_table(_text(tmp_path / "shr.csv", lines))
    assert [t.title for t in plan.themes] == ["Tenant safety – electrical", "Homelessness"]
    from ofsted_plan.importing.column_heads import head_field
    from ofsted_plan.importing.header import VOCABULARY

    assert head_field("Regulatory Framework / Charter area", VOCABULARY.names) == "theme"
    assert head_field("Charter area / Lead officer", VOCABULARY.names) is None


def test_should_improve_sentences_between_records(tmp_path: Path) -> None:
    """'The practice should continue to improve ...' as its own paragraph before each record
    under a ruled section: each the part its records answer (they were dropped)."""
    rule = "=" * 60
    lines = ["BRIDGNORTH MEDICAL PRACTICE – CQC INSPECTION ACTION PLAN", "", rule, "1. SAFE",
             "Regulation 12 – Safe care and treatment: The provider must ensure safe care.",
             rule, "", "1.1  Search for patients on high-risk medicines.",
             "     Lead:    Clinical Pharmacist", "     Due:     31/10/2025",
             "     Status:  Complete", "", rule, "2. AREAS WHERE THE PRACTICE SHOULD IMPROVE",
             rule, ""]  # fmt: skip
    for n, words in (
        (1, "The practice should continue to improve cervical screening uptake."),
        (2, "The practice should take steps to improve telephone access."),
    ):
        lines += [words, "", f"2.{n}  Take step {n} to improve.", "     Lead:    Lead Nurse",
                  "     Due:     April 2026", "     Status:  On track", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "gp.txt", lines))
    assert [r.text for r in plan.themes[-1].recommendations] == [
        "The practice should continue to improve cervical screening uptake.",
        "The practice should take steps to improve telephone access.",
    ]


def test_what_difference_we_expect_is_no_part(tmp_path: Path) -> None:
    """'What difference do we expect to see? Staff recognise ...' between a recommendation's
    words and its table: the aim, kept; the words still name the part (they were lost)."""
    blocks: list[tuple[str, object]] = [("Title", "Single Agency Action Plan – SAR: Mr Y")]
    for n in (1, 2):
        blocks += [
            ("Heading 1", f"Recommendation {n}: Theme {n}"),
            ("Normal", f"The Trust should assure the Board about area {n} of its practice."),
            ("Normal", f"What difference do we expect to see? Staff act on area {n} early."),
            ("Normal", [["Ref", "Action", "Lead", "Timescale", "Status"],
                        [f"{n}.1", f"Audit area {n}.", "Head of Safeguarding", "Q3 2025/26",
                         "Green"]]),
        ]  # fmt: skip
    plan = import_table(_word(tmp_path / "sar.docx", blocks))
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        f"The Trust should assure the Board about area {n} of its practice." for n in (1, 2)
    ]


def test_ratings_beside_a_rag_column(tmp_path: Path) -> None:
    """'Rating' of Significant / Requires Attention beside 'RAG': the findings' ratings, kept;
    the RAG is the status (a blank RAG fell back to the rating and was refused)."""
    lines = [
        "Rec No.,Rating,Agreed management action,Responsible officer,Target date,RAG",
        "1.1,Significant,Build a duplicate payments report.,Finance Manager,Mar-26,A",
        "1.2,Requires Attention,Update the supplier procedure.,Finance Manager,Jan-26,B",
        "1.3,Requires Attention,Replace shared admin accounts.,ICT Manager,Mar-26,",
    ]
    plan = import_table(_text(tmp_path / "audit.csv", lines))
    assert [a.status.name for a in plan.actions()] == ["AMBER", "BLUE", "UNRATED"]


def test_a_sheet_of_recommendations_from_a_report_over_its_bands(tmp_path: Path) -> None:
    """'Recommendations from the NAO Audit Completion Report ...' over a band naming the
    audit: the band is the part, the sheet's line only says what its rows are (the line was
    the part and the band lost)."""

    def sheet(line: str, bands: list[str]) -> list[list[object]]:
        rows: list[list[object]] = [[line], ["Ref", "Recommendation", "Action", "Owner",
                                             "Target date", "Status"]]  # fmt: skip
        for b, band in enumerate(bands, 1):
            rows.append([band])
            rows += [[f"{b}.{n}", f"The Museum should fix thing {b}.{n}.",
                      f"Fix thing {b}.{n}.", "Head of Finance", "Mar-26", "On track"]
                     for n in (1, 2)]  # fmt: skip
        return rows

    internal = sheet("Internal audit recommendations", ["Payroll audit", "Cyber audit"])
    nao = sheet(
        "Recommendations from the NAO Audit Completion Report on the 2024-25 accounts",
        ["2024-25 financial statements audit – management letter", "Prior year"],
    )
    merges = [f"{name}!A{row}:F{row}" for name in ("Internal", "NAO") for row in (3, 6)]
    plan = import_table(_xlsx(tmp_path / "tracker.xlsx", {"Internal": internal, "NAO": nao},
                              merges))  # fmt: skip
    assert "2024-25 financial statements audit – management letter" in [
        t.title for t in plan.themes
    ]


def test_a_key_deliverable_is_the_action(tmp_path: Path) -> None:
    """'Project / key deliverable' beside 'Next steps': the deliverable is the action (the
    project was read as the recommendation and 'Next steps' taken for the action)."""
    header: list[object] = ["ID", "Project / key deliverable", "Lead officer", "Revised end date",
              "Current RAG", "Progress this period", "Next steps"]  # fmt: skip
    rows: list[list[object]] = [["Transformation Programme – Project Highlights"], header]
    rows.append(["Workstream 1: Customer & Digital"])
    rows += [[f"CD0{n}", f"Launch online service {n} for residents", "Head of Digital",
              "Mar-26", "G", f"{n} of 20 forms live.\nPayments integration tested.",
              f"Supplier workshop 20/11; go-live of remaining forms {n}."]
             for n in (1, 2, 3)]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "highlight.xlsx", {"Projects": rows}))
    assert [a.action for a in plan.actions()] == [
        f"Launch online service {n} for residents" for n in (1, 2, 3)
    ]


def test_a_milestone_numbered_in_its_record(tmp_path: Path) -> None:
    """'Milestone 1.1   Launch the new customer portal' over its labelled lines: 1.1 is the
    ref, the words the action (the label and number were read as the action); the title
    line is not joined to the period line under it."""
    lines = ["Fenland District Council – Transformation Programme Highlight Report",
             "Quarter 2 2025/26 (1 July – 30 September 2025)", "", "=" * 60,
             "WORKSTREAM 1 – DIGITAL AND CUSTOMER", "=" * 60]  # fmt: skip
    for n in (1, 2, 3):
        lines += [
            f"Milestone 1.{n}   Launch service {n} online for residents",
            "   Lead:      ICT Manager",
            "   Due:       Sep-25",
            "   Status:    G",
            "",
        ]
    plan = import_table(_text(tmp_path / "highlight.txt", lines))
    assert [(a.ref, a.action) for a in plan.actions()] == [
        (f"1.{n}", f"Launch service {n} online for residents") for n in (1, 2, 3)
    ]
    assert plan.title == "Fenland District Council – Transformation Programme Highlight Report"


def test_should_do_lines_numbered_with_a_dash(tmp_path: Path) -> None:
    """'Should do 1 – The practice should ...' and 'Should do 2 – ...' each over its action,
    under the ruled section: each the part of its own action (the second was dropped and
    its action put under the first)."""
    lines = ["Ashburton Surgery – CQC Inspection Action Plan", "", "=" * 60,
             "Requirement notice 1 – Regulation 12: Safe care and treatment",
             "The provider must ensure care is provided in a safe way.", "-" * 60,
             "1.1  Action:   Search for patients on high-risk medicines.",
             "     Lead:     Dr Sarah Whitcombe", "     Due:      November 2024",
             "     Status:   Complete", "", "=" * 60,
             "Areas where the practice should make improvements", "-" * 60]  # fmt: skip
    for n in (1, 2):
        lines += [f"Should do {n} – The practice should improve thing {n}.", "",
                  f"3.{n}  Action:   Do thing {n}.", "     Lead:     Practice Manager",
                  "     Due:      30/06/2025", "     Status:   On track", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "gp.txt", lines))
    assert [r.text for r in plan.themes[-1].recommendations] == [
        f"Should do {n} – The practice should improve thing {n}." for n in (1, 2)
    ]


def test_a_wrapped_finding_under_a_ruled_section(tmp_path: Path) -> None:
    """'The council should set out clearly how it will close the budget gap of' wrapped onto
    '£38 million by 2027/28.' under a ruled section: one finding, its two lines kept as
    written."""
    lines = ["Westburn Council - Best Value Assurance Report: Improvement Action Plan", "",
             "-" * 60, "1. FINANCIAL SUSTAINABILITY", "",
             "The council should set out clearly how it will close the projected budget gap of",
             "£38 million by 2027/28.", ""]  # fmt: skip
    for n in (1, 2):
        lines += [f"R1.{n}  Take financial step {n}.", "      Lead officer: Finance Director",
                  "      Due: February 2025", "      Status: Complete", ""]  # fmt: skip
    lines += ["-" * 60, "2. LEADERSHIP", "", "The council should agree a workforce plan.", ""]
    for n in (1, 2):
        lines += [f"R2.{n}  Take leadership step {n}.", "      Lead officer: Finance Director",
                  "      Due: February 2025", "      Status: Complete", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "bv.txt", lines))
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "The council should set out clearly how it will close the projected budget gap of\n"
        "£38 million by 2027/28.",
        "The council should agree a workforce plan.",
    ]


def test_a_numbered_section_over_the_first_part(tmp_path: Path) -> None:
    """'1. Tenant and resident safety' over the first issue's line above the header, as
    '2. Equalities ...' is over a later issue's line: the first section (it was kept as a
    note and the first issues had no theme)."""
    header = "Ref\tImprovement action\tLead\tTarget date\tRAG"
    lines = ["River Clyde Homes: Annual Assurance Statement 2024 – Improvement Plan", ""]
    for n, section in ((1, "Tenant and resident safety"), (2, "Equalities and human rights")):
        lines += [
            f"{n}. {section}",
            "",
            f"Issue {n}: homes did not meet standard {n} at 31 March 2024.",
            header,
            f"{n}.1\tPut standard {n} right.\tHead of Compliance\t31/03/2025\tAmber",
            "",
        ]
    plan = import_table(_text(tmp_path / "shr.txt", lines))
    assert [t.title for t in plan.themes] == [
        "1. Tenant and resident safety",
        "2. Equalities and human rights",
    ]


def test_a_labelled_finding_under_a_ruled_heading(tmp_path: Path) -> None:
    """'Regulation 12 Safe care and treatment: the provider must ensure ...' under the ruled
    '1. SAFE', ruled off from its records, as the next regulation is: a part, not a fact said
    of the heading ('Grade: Requires improvement' is one; the first was read as one)."""
    eq, dash = "=" * 60, "-" * 60
    lines = ["Channel View Medical Group – CQC Inspection Action Plan", ""]
    for n, (section, regulation) in enumerate(
        [("1. SAFE", "Regulation 12 Safe care and treatment"),
         ("2. WELL-LED", "Regulation 17 Good governance")], 1
    ):  # fmt: skip
        lines += [
            eq,
            section,
            eq,
            "",
            f"{regulation}: the provider must ensure that patients are kept safe from "
            f"harm in area {n}.",
            dash,
            "",
        ]
        lines += [f"{n}.1  Run a monthly search for area {n}.", "     Lead:   Dr S Hale",
                  "     Due:    30/11/2024", "     RAG:    Blue", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "gp.txt", lines))
    assert [(t.title, [r.text[:22] for r in t.recommendations]) for t in plan.themes] == [
        ("1. SAFE", ["Regulation 12 Safe car"]),
        ("2. WELL-LED", ["Regulation 17 Good gov"]),
    ]


def test_a_reading_asked_for_again_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check that asks again for a column already read as it asks (a loop: the reading
    does not settle) is refused at once, naming the column and the rules line, not after
    four readings with no word of which column."""
    from ofsted_plan.errors import PlanError
    from ofsted_plan.importing import checks
    from ofsted_plan.importing.status_checks import Settle

    def asks_again(rows: object) -> None:
        raise Settle("Agenda item", "extra", "The column 'Agenda item' is kept")

    monkeypatch.setattr(checks, "item_for_each_action", asks_again)
    lines = [
        "Ref,Agenda item,Action,Owner,Due date,Status",
        *[f"A{n},Item {n},Bring report {n} back.,Director,Mar-25,G" for n in (1, 2, 3)],
    ]
    with pytest.raises(PlanError) as raised:
        import_table(_text(tmp_path / "log.csv", lines))
    assert "'Agenda item'" in str(raised.value)
    assert "column Agenda item = " in (raised.value.hint or "")


def test_a_cover_key_of_letters_a_row(tmp_path: Path) -> None:
    """A cover sheet's 'RAG key' laid out a letter a row ('NS | Not started'): the plan's
    'NS' read as the key says (it was refused as an unknown status)."""
    cover: list[list[object]] = [["LMNS – Three Year Delivery Plan Tracker"], ["RAG key"],
                                 ["B", "Complete"], ["G", "On track"],
                                 ["A", "Risk to delivery"], ["NS", "Not started"]]  # fmt: skip
    plan_rows: list[list[object]] = [["Ref", "Action", "Lead", "Target date", "Current RAG"]]
    plan_rows += [[f"1.{n}", f"Deliver step {n}.", "Director of Midwifery", "Mar-26", rag]
                  for n, rag in ((1, "G"), (2, "NS"), (3, "B"))]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "lmns.xlsx", {"Cover": cover, "Plan": plan_rows}))
    assert [a.status.name for a in plan.actions()] == ["GREEN", "UNRATED", "BLUE"]


def test_sections_over_a_risk_column(tmp_path: Path) -> None:
    """'A. FINANCE AND GOVERNANCE' alone in the 'Risk' column over risks written with their
    owners and scores: the sections are the themes, each risk under its section (each
    section was read as a part with no actions)."""
    lines = ["Risk\tRisk owner\tRevised R\tRef\tFurther action required\tAction owner\t"
             "Target date\tAction status"]  # fmt: skip
    for letter, section, risks in (("A", "FINANCE", (1, 2)), ("B", "ASSETS", (3, 4))):
        lines.append(f"{letter}. {section}")
        for n in risks:
            lines.append(f"SR{n} – Risk number {n} comes about\tDirector\t6\t{n}a\t"
                         f"Take further action {n}.\tManager\tDec-25\tAmber")  # fmt: skip
    plan = import_table(_text(tmp_path / "register.txt", lines))
    assert [(t.title, len(t.recommendations)) for t in plan.themes] == [
        ("A. FINANCE", 2), ("B. ASSETS", 2)
    ]  # fmt: skip


def test_a_priority_of_numbers_is_no_ref(tmp_path: Path) -> None:
    """'Priority' of 1, 2, 2, 3 beside 'Finding': ratings, not the refs (the import refused
    ref 2 as used twice before it reached the plan's own typo)."""
    from ofsted_plan.errors import PlanError

    lines = [
        "Rec,Priority,Finding,Agreed management action,Responsible officer,Due date,Status",
        *[
            f"PC{n},{p},The register was not kept up to date {n}.,Update register {n}.,"
            f"Finance Manager,{due},In progress"
            for n, p, due in ((1, 2, "Mar-26"), (2, 2, "Apr-26"), (3, 3, "Febuary 2026"))
        ],
    ]
    with pytest.raises(PlanError) as raised:
        import_table(_text(tmp_path / "audit.csv", lines))
    assert ":4:" in str(raised.value) and "Febuary 2026" in str(raised.value)


def test_the_bodys_own_target_beside_a_deadline_set_for_it(tmp_path: Path) -> None:
    """'WADA deadline' beside 'UKAD target', both bodies by their letters: the target is the
    end, so its mistyped 'Jul-2O25' is refused at its line (the target was kept as another
    column and the typo read in silence)."""
    from ofsted_plan.errors import PlanError

    lines = [
        "CAR ref,Corrective action (UKAD),Owner,WADA deadline,UKAD target,Status",
        "T-01,Complete the test distribution plan.,Head of Testing,23/12/2024,Dec-2024,Complete",
        "T-02,Introduce a two-year training cycle.,Head of Testing,23/03/2025,Mar-2025,On track",
        "T-03,Set a 14-day interval.,Whereabouts Manager,23/09/2025,Jul-2O25,On track",
    ]
    with pytest.raises(PlanError) as raised:
        import_table(_text(tmp_path / "wada.csv", lines))
    assert ":4:" in str(raised.value) and "Jul-2O25" in str(raised.value)


def test_a_body_and_a_council_by_its_letters(tmp_path: Path) -> None:
    """'Stevenage BID and SBC': a body, then the borough council by its letters, two leads
    (they were one); 'Head of Finance and SBC' stays as written."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Stevenage BID and SBC").officers == ("Stevenage BID", "SBC")


def test_a_column_of_dates_titled_as_a_part_is_no_part(tmp_path: Path) -> None:
    """'Final report' of report dates beside 'Audit': the dates are when each report came,
    kept; the audit is the theme (the two were refused as both the theme, before the plan's
    own mistyped year was reached)."""
    from ofsted_plan.errors import PlanError

    lines = [
        "Audit,Final report,Rec no.,Agreed management action,Responsible officer,"
        "Target completion date,Status"
    ]
    for n, (audit, when, due) in enumerate(
        [("Payroll 2023/24", "14/02/2024", "Apr-24"), ("Payroll 2023/24", "14/02/2024", "Jun-24"),
         ("Cyber 2023/24", "20/03/2024", "Sep-24"), ("Cyber 2023/24", "20/03/2024", "Mar-52")],
        1,
    ):  # fmt: skip
        lines.append(f"{audit},{when},{n},Put finding {n} right.,Payroll Manager,{due},Amber")
    with pytest.raises(PlanError) as raised:
        import_table(_text(tmp_path / "tracker.csv", lines))
    assert ":5:" in str(raised.value) and "Mar-52" in str(raised.value)
