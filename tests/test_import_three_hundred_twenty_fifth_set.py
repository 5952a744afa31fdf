"""Issue 18, what the three-hundred-and-twenty-fifth blind sets on showed (heldout325 on),
and three Audit Scotland action plans mended alongside them (heldout263, 303, 305)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people

_HEADER = ["No.", "Issue/risk", "Recommendation", "Agreed management action/timing", "Update"]
_ISSUES = ["Capital programme slippage", "Medium-term funding gap", "Payroll overpayments"]


def _row(n: int, issue: str, update: str = "On track.") -> list[str]:
    return [
        str(n),
        f"{issue}\nWhat the auditor found about it, in a sentence.\nRisk: it gets worse.",
        f"The council should act on finding {n}.",
        f"Action {n} will be taken.\nResponsible officer: Chief Finance Officer\n"
        f"Agreed date: 31 March 2025",
        update,
    ]


def _docx(path: Path, tables: list[tuple[str, list[list[str]]]]) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("Aberdeen City Council – 2023/24 Annual Audit Report", level=0)
    for heading, rows in tables:
        if heading:
            document.add_heading(heading, level=2)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(path))
    return path


def test_an_issue_title_line_over_its_finding_is_the_theme(tmp_path: Path) -> None:
    """Audit Scotland's 'Issue/risk' cell: a short title line with no stop over what was
    found, in a table numbering its issues in a 'No.' column: the title is the part each
    recommendation sits under (it was dropped with the rest of the cell)."""
    rows = [_HEADER] + [_row(n, issue) for n, issue in enumerate(_ISSUES, 1)]
    plan = import_table(_docx(tmp_path / "aar.docx", [("", rows)]))
    assert [t.title for t in plan.themes] == _ISSUES
    assert [a.ref for a in plan.actions()] == ["1", "2", "3"]


def test_an_issue_cell_of_sentences_has_no_title(tmp_path: Path) -> None:
    """The first line a sentence ('The council has no plan.'): no title, no theme made."""
    rows = [_HEADER] + [_row(n, f"The council has no plan for area {n}.") for n in (1, 2, 3)]
    plan = import_table(_docx(tmp_path / "aar.docx", [("", rows)]))
    assert not any(t.title.startswith("The council has") for t in plan.themes)


def test_headings_over_several_tables_stay_the_parts(tmp_path: Path) -> None:
    """'2023/24 recommendations' over one table, 'Follow-up of prior year' over the next: the
    headings are the parts, as the readers of such plans (Angus, Eilean Siar) read them; an
    unnumbered title line is read only in a document of one such table."""
    first = [_HEADER] + [_row(n, issue) for n, issue in enumerate(_ISSUES, 1)]
    second = [_HEADER] + [_row(n, f"Prior issue {n}") for n in (4, 5)]
    plan = import_table(
        _docx(
            tmp_path / "aar.docx",
            [("2023/24 recommendations", first), ("Follow-up of prior year", second)],
        )
    )
    assert [t.title for t in plan.themes] == ["2023/24 recommendations", "Follow-up of prior year"]


def test_a_revised_date_in_the_update_is_the_end(tmp_path: Path) -> None:
    """'Revised date: September 2025' on a line of the update, or 'Revised date: 30 June 2024.'
    as a sentence in it: the end the action now has; the other rows keep their agreed date
    (the agreed date was read as the end)."""
    rows = [
        _HEADER,
        _row(1, _ISSUES[0], "Delayed by the outturn.\nRevised date: September 2025"),
        _row(2, _ISSUES[1], "Complete. Revised date: 30 June 2024. Reconciled since."),
        _row(3, _ISSUES[2]),
    ]
    plan = import_table(_docx(tmp_path / "aar.docx", [("", rows)]))
    assert [str(a.end) for a in plan.actions()] == ["2025-09", "2024-06", "2025-03"]
    assert "Revised date: September 2025" in next(plan.actions()).comments


def test_an_agreed_and_a_revised_date_in_the_action_cell(tmp_path: Path) -> None:
    """'Responsible officer:', 'Agreed date:' then 'Revised date:' closing the action cell: all
    three moved out of the action's words, the revised date the end (the cell was kept whole
    and the officer lost)."""
    rows = [_HEADER] + [_row(n, issue) for n, issue in enumerate(_ISSUES, 1)]
    rows[1][3] += "\nRevised date: March 2026"
    plan = import_table(_docx(tmp_path / "aar.docx", [("", rows)]))
    first = next(plan.actions())
    assert first.action == "Action 1 will be taken."
    assert first.lead == ("Chief Finance Officer",)
    assert str(first.end) == "2026-03"


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_counts_beside_a_key_are_no_actions(tmp_path: Path) -> None:
    """'Green – on track | 2 | | | Some risk to delivery ...': a summary of counts with a key
    beside it past an empty column, two small tables side by side under the plan (two of its
    rows were read as actions)."""
    lines = ["No.,Action,Agency,Lead,Target date,RAG", *[
        f"{n},Action {n} will be taken this year.,ICB,Head of Service,March 2025,Green"
        for n in (1, 2, 3)
    ], ",,,,,", "Summary,,,RAG key,,",
        "Total actions,3,,,Complete – delivered,",
        "Green – on track,2,,,On track,",
        "Amber – some risk,1,,,Some risk to delivery – mitigation in place,",
        "Red – off track,0,,,Off track – escalate to Executive Partners,"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "jtai.csv", lines))
    assert [a.ref for a in plan.actions()] == ["1", "2", "3"]


def test_a_standard_column_over_the_workstream_rows(tmp_path: Path) -> None:
    """Workstream rows in the table and a 'Consumer standard' column whose values each hold
    several workstreams whole: the workstreams are the themes, the standard kept (the standard
    was the theme and the workstreams lost)."""
    lines = ["Ref\tAction\tConsumer standard\tLead officer\tDue\tRAG"]
    for w, (name, standard) in enumerate(
        [("HEALTH AND SAFETY", "Safety and Quality"), ("STOCK CONDITION", "Safety and Quality"),
         ("REPAIRS", "Safety and Quality"), ("TENANT VOICE", "Transparency")], 1
    ):  # fmt: skip
        lines.append(f"WORKSTREAM {w}: {name}")
        lines += [f"{w}.{n}\tDo thing {n} for workstream {w} well.\t{standard}\tHead of Housing"
                  f"\tJune 2025\tG" for n in (1, 2)]  # fmt: skip
    plan = import_table(_csv(tmp_path / "rsh.txt", lines))
    assert [t.title for t in plan.themes] == [
        "WORKSTREAM 1: HEALTH AND SAFETY", "WORKSTREAM 2: STOCK CONDITION",
        "WORKSTREAM 3: REPAIRS", "WORKSTREAM 4: TENANT VOICE",
    ]  # fmt: skip
    assert next(plan.actions()).extra["Consumer standard"] == "Safety and Quality"


def test_an_outer_and_an_inner_theme_column(tmp_path: Path) -> None:
    """'Domain' | 'Theme', each domain over whole themes (a charter's plan): the domain is the
    theme and the theme the recommendation (both were refused as the theme)."""
    lines = ["Domain,Theme,Ref,Action,Lead,Target date,RAG",
             "Learn,Transition,1.1,Build a welcome module for new students.,Dean,Sept 2025,Green",
             ",,1.2,Add wellbeing check-ins to tutor meetings.,Dean,Oct-25,Amber",
             ",Assessment,1.3,Review assessment deadlines across departments.,Dean,Jul-25,Green",
             "Support,Services,2.1,Introduce a single referral form.,Counsellor,Mar-25,Green",
             ",Crisis,2.2,Agree a crisis pathway with the NHS trust.,Counsellor,May-25,Red",
             ",,,,,,", "Total,5,,,,,"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "charter.csv", lines))
    assert [t.title for t in plan.themes] == ["Learn", "Support"]
    assert [r.text for r in plan.themes[0].recommendations] == ["Transition", "Assessment"]


def test_observations_and_progress_beside_the_recommendation(tmp_path: Path) -> None:
    """'Recommendation' beside 'Observations / progress': the second is read by its other
    part, the progress (the table was refused with two recommendation columns)."""
    lines = ["#,Recommendation,Action ref,Actions,Owner,Timescale,Observations / progress,Status",
             "1,DCMS should refresh its strategy.,1.1,Draft a strategy.,Head of KIM,June 2024,"
             "Strategy approved.,Complete",
             ",,1.2,Agree measures.,Head of KIM,Sept 2024,First report due.,On track"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "ima.csv", lines))
    first = next(plan.actions())
    assert first.comments == "Strategy approved."
    assert plan.themes[0].recommendations[0].text == "DCMS should refresh its strategy."


def test_a_numbered_recommendation_in_the_action_column(tmp_path: Path) -> None:
    """'1. Make sure that ...' alone in the action column over refs 1.1 and 1.2, '2. Ensure
    ...' after them over 2.1: each the recommendation its actions answer (the first was read
    as an action, the second run on into 1.2's words)."""
    lines = ["Ref,Recommendation / Action,Lead,Target date,RAG",
             ",The Management Board should:,,,",
             ",1. Make sure that the partnership understands over-representation,,,",
             "1.1,Commission a disproportionality audit of cases,Head of Service,31/10/2024,Green",
             "1.2,Agree a partnership disproportionality plan,Head of Service,31/12/2024,Amber",
             ",2. Ensure that children have timely access to speech and language help,,,",
             "2.1,Recruit a speech therapist,ICB Lead,31/07/2024,Complete"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "hmip.csv", lines))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]
    recs = [r.text for t in plan.themes for r in t.recommendations]
    assert recs == [
        "1. Make sure that the partnership understands over-representation",
        "2. Ensure that children have timely access to speech and language help",
    ]


def _word(path: Path, blocks: list[tuple[str, object]]) -> Path:
    from docx import Document

    document = Document()
    for style, content in blocks:
        if isinstance(content, list):
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for r, cells in enumerate(content):
                for c, text in enumerate(cells):
                    table.cell(r, c).text = text
        elif style.startswith("bold"):
            document.add_paragraph().add_run(str(content)).bold = True
        else:
            document.add_paragraph(str(content), style=style)
    document.save(str(path))
    return path


_TABLE = [["No.", "Action", "Lead", "Target", "RAG"],
          ["1.1", "Reduce the waiting list for assessments.", "Head of Service", "March 2026",
           "Amber"],
          ["1.2", "Review every waiting case for risk monthly.", "Team Manager", "Oct 2025",
           "Green"]]  # fmt: skip


def test_what_cqc_told_us_names_the_finding(tmp_path: Path) -> None:
    """'What CQC told us' in bold, the finding under it ('Unpaid carers told CQC ...'), then
    'What we will do' over the table: the finding is what the actions answer (it was kept as
    prose, and 'What we will do' read as the part)."""
    table2 = [row[:] for row in _TABLE]
    table2[1][0], table2[2][0] = "2.1", "2.2"
    blocks: list[tuple[str, object]] = [("Title", "ASC CQC Assessment – Improvement Plan")]
    for theme, finding, table in (
        ("Theme 1: Working with people", "People waited too long for assessments.", _TABLE),
        ("Theme 2: Providing support", "Unpaid carers told CQC they lacked support.", table2),
    ):
        blocks += [("Heading 1", theme), ("bold", "What CQC told us"), ("Normal", finding),
                   ("Normal", "What we will do"), ("", table)]  # fmt: skip
    plan = import_table(_word(tmp_path / "asc.docx", blocks))
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "People waited too long for assessments.", "Unpaid carers told CQC they lacked support."
    ]  # fmt: skip


def test_a_subtitle_is_no_part_of_the_plan(tmp_path: Path) -> None:
    """Word's Subtitle under the Title ('Must Do and Should Do actions'): said of the title,
    kept in the notes, not a level over the table (it made the bands a third level)."""
    rows = [["No.", "CQC requirement", "Action", "Lead", "Completion date", "Status"]]
    for band, reqs in (("MUST DO – Wards for older people", ("1", "2")), ("SHOULD DO", ("3",))):
        rows.append([band] * 6)
        rows += [[n, f"The service must do thing {n}.", f"Action {n} is taken.", "Ward Manager",
                  "March 2025", "On track"] for n in reqs]  # fmt: skip
    blocks: list[tuple[str, object]] = [
        ("Title", "The Retreat York: CQC Inspection Action Plan"),
        ("Subtitle", "Must Do and Should Do actions"),
        ("", rows),
    ]
    plan = import_table(_word(tmp_path / "cqc.docx", blocks))
    assert [t.title for t in plan.themes] == ["MUST DO – Wards for older people", "SHOULD DO"]
    assert "Must Do and Should Do actions" in plan.notes


def test_a_long_title_settled_as_the_action(tmp_path: Path) -> None:
    """Audit Wales's 'Organisational response (Please set out here ...)' over the actions,
    no column named as the action: settled as the action once, not asked again until the
    import gave up ('could not be settled in four readings': a title over 80 characters was
    never looked up)."""
    long = ("Organisational response\n(Please set out here relevant commentary on the planned "
            "actions in response to the recommendations)")  # fmt: skip
    rows = [["Ref", "Recommendation", long, "Completion date", "Responsible officer", "Status"]]
    rows += [[f"R{n}", f"The Board should review area {n}.",
              f"The Board will commission a review of area {n} and act on it.", "March 2025",
              "Board Secretary", "Complete"] for n in (1, 2)]  # fmt: skip
    plan = import_table(_word(tmp_path / "aw.docx", [("Title", "Organisational response"),
                                                     ("", rows)]))  # fmt: skip
    assert [a.action for a in plan.actions()] == [
        "The Board will commission a review of area 1 and act on it.",
        "The Board will commission a review of area 2 and act on it.",
    ]


def test_a_should_do_after_the_first_ones_actions(tmp_path: Path) -> None:
    """A text plan: 'AREAS FOR IMPROVEMENT - the provider should:' between rules, 'Continue
    to take action ...' and its labelled actions, then 'Take action to improve ...' and its
    own: the second should-do heads the actions after it (they were read under the first)."""
    rule = "-" * 60
    lines = ["Culm Valley Surgery - CQC Inspection Action Plan", "", rule,
             "AREAS FOR IMPROVEMENT - the provider should:", rule, "",
             "Continue to take action to improve the uptake of cervical screening.", "",
             "B1  Send text reminders to women overdue for screening.", "    Lead: Practice Nurses",
             "    Due: March 2025", "    Status: G", "",
             "Take action to improve patient satisfaction with access by telephone.", "",
             "B2  Install a cloud-based telephone system.", "    Lead: Practice Manager",
             "    Due: June 2025", "    Status: A", "",
             "B3  Repeat the practice's own access survey.", "    Lead: Practice Manager",
             "    Due: April 2025", "    Status: G"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "gp.txt", lines))
    under = {  # the nearest heading over each action, at whichever level it was read
        a.ref: r.text or t.title for t in plan.themes for r in t.recommendations for a in r.actions
    }
    assert under["B1"].startswith("Continue to take action")
    assert (
        under["B2"]
        == under["B3"]
        == ("Take action to improve patient satisfaction with access by telephone.")
    )


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Next Chapter and Maldon CSP", ("Next Chapter", "Maldon CSP")),
        ("Carers MK and MKCC Commissioning Manager", ("Carers MK", "MKCC Commissioning Manager")),
        (
            "Safer Hastings Partnership Domestic Abuse Lead and Age UK East Sussex",
            ("Safer Hastings Partnership Domestic Abuse Lead", "Age UK East Sussex"),
        ),
        (
            "Senior EHO (Food & Safety) and Environmental Health Manager",
            ("Senior EHO (Food & Safety)", "Environmental Health Manager"),
        ),
        (
            "APC Lead Officer and APC Independent Convener",
            ("APC Lead Officer", "APC Independent Convener"),
        ),
        ("DRO and HR Business Partner", ("DRO", "HR Business Partner")),
        # one post still: the chair of a subgroup of two fields, a post's field in brackets
        ("SAR and QA Subgroup Chair", ("SAR and QA Subgroup Chair",)),
        (
            "Head of Safeguarding (Adults) and Quality",
            ("Head of Safeguarding (Adults) and Quality",),
        ),
        ("Director of Finance and HR", ("Director of Finance and HR",)),
        ("Bolton Parent Carer Forum & SENDIASS", ("Bolton Parent Carer Forum", "SENDIASS")),
        ("JWi & KPa", ("JWi", "KPa")),  # a school's staff codes
        (
            "Mid and South Essex ICB and Essex County Council (Adult Social Care)",
            ("Mid and South Essex ICB", "Essex County Council (Adult Social Care)"),
        ),
        ("Director of Finance and Head of HR", ("Director of Finance", "Head of HR")),
        (
            "Head of People and Performance, Head of Planning",
            ("Head of People and Performance", "Head of Planning"),
        ),
        (
            "NHS Forth Valley Adult Support and Protection Lead Nurse",
            ("NHS Forth Valley Adult Support and Protection Lead Nurse",),
        ),
    ],
)
def test_lead_cells(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def _xlsx(
    path: Path, sheets: dict[str, list[list[object]]], fills: dict[str, str] | None = None
) -> Path:
    """A workbook of the given sheets; `fills` colours cells ('Plan!H6' -> 'FF00B050')."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for where, colour in (fills or {}).items():
        name, cell = where.split("!")
        book[name][cell].fill = PatternFill("solid", fgColor=colour)
    book.save(str(path))
    return path


def test_the_services_own_target_date_beside_the_inspectorates(tmp_path: Path) -> None:
    """'HMICFRS deadline' beside 'KFRS target date': the service's own date is the end, so a
    mistyped one is refused at its cell (the deadline was read as the end, the service's
    dates kept as words and the typo read in silence)."""
    from ofsted_plan.errors import PlanError

    rows: list[list[object]] = [
        ["Kent Fire and Rescue Service – HMICFRS misconduct recommendations"],
        ["Ref", "KFRS action", "Action owner", "HMICFRS deadline", "KFRS target date", "RAG"],
        ["1a", "Review all people policies.", "Head of People", "1 Feb 2025", "Jan 2025", "G"],
        ["1b", "Deliver the Code of Ethics refresh.", "Director of People", "1 Feb 2025",
         "Mar 2025", "A"],
    ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "frs.xlsx", {"Tracker": rows}))
    assert [str(a.end) for a in plan.actions()] == ["2025-01", "2025-03"]
    rows[3][4] = "0ct 2025"
    with pytest.raises(PlanError) as refused:
        import_table(_xlsx(tmp_path / "typo.xlsx", {"Tracker": rows}))
    assert refused.value.line == 4


def test_outcome_and_expectation_columns_written_where_they_start(tmp_path: Path) -> None:
    """'Outcome' | 'Expectation', each written on the first row of its run ('Happy' over 'E2:
    Listen to us ...'): the theme and the recommendation (the outcome was read as a measure
    and every action stood under no heading)."""
    lines = ["Outcome,Expectation,Action ID,Action,Lead(s),Due,RAG",
             "Happy,E2: Listen to us and act on what we tell you,H1,Publish the website.,"
             "Head of Service,Mar-26,G",
             ",,H2,Offer every child an independent visitor.,Head of Service,Mar-26,A",
             "Healthy,E5: Help us to look after our mental health,HE1,Agree a CAMHS route.,"
             "Designated Nurse,Dec-25,G",
             ",,HE2,Give a health passport to every care leaver.,Designated Nurse,Dec-24,B",
             ",E6: Help us to stay active,HE3,Free leisure passes for care leavers.,"
             "Leisure Manager,Jun-25,R"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "cp.csv", lines))
    assert [t.title for t in plan.themes] == ["Happy", "Healthy"]
    assert [r.text for r in plan.themes[1].recommendations] == [
        "E5: Help us to look after our mental health", "E6: Help us to stay active"
    ]  # fmt: skip


def test_a_progress_column_of_colours_beside_coloured_scores(tmp_path: Path) -> None:
    """A risk register's 'Score' (16, red, merged over the risk's actions) beside 'Progress'
    (colour only, each action's own), and a key row 'Action progress key:' | 'Complete' on
    green: the progress colours are the RAG, green read as complete (it was refused: two
    coloured columns, the score taken for the status)."""
    rows: list[list[object]] = [
        ["Corporate Risk Register"],
        ["Action progress key (colour):", "Complete", "In progress", "Overdue"],
        [],
        ["Risk", "Score", "Action ref", "Further action required", "Action owner", "Target date",
         "Progress"],
        ["CR01 – Finance", 16, "CR01a", "Model the settlement.", "Director", "Jan-26", None],
        [None, None, "CR01b", "Identify savings of £750k.", "Management Team", "Feb-26", None],
        ["CR02 – Cyber", 15, "CR02a", "Complete the assessment.", "ICT Manager", "Mar-26", None],
    ]  # fmt: skip
    fills = {
        "Register!B2": "FF00B050", "Register!C2": "FFFFC000", "Register!D2": "FFFF0000",
        "Register!B5": "FFFF0000", "Register!B7": "FFFF0000",
        "Register!G5": "FF00B050", "Register!G6": "FFFFC000", "Register!G7": "FFFFC000",
    }  # fmt: skip
    path = _xlsx(tmp_path / "crr.xlsx", {"Register": rows}, fills)
    from openpyxl import load_workbook

    book = load_workbook(path)
    book["Register"].merge_cells("B5:B6")
    book["Register"].merge_cells("A5:A6")
    book.save(str(path))
    plan = import_table(path)
    assert [a.status.value for a in plan.actions()] == ["blue", "amber", "amber"]


def test_a_risks_block_under_a_highlight_report(tmp_path: Path) -> None:
    """'Top risks' then 'Risk | Score | Mitigation' under the milestones: another table, set
    aside (its risks were read as more actions)."""
    lines = [
        "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG\tCommentary",
        "Workstream 1 – Digital",
        "1.1\tLaunch the portal\tDigital Manager\tJun-25\tJul-25\tG\tLive on 14 July.",
        "1.2\tMove forms to the portal\tDigital Manager\tSep-25\tNov-25\tA\tDelayed.",
        "",
        "Top risks",
        "Risk\tScore\tMitigation",
        "Loss of key ICT staff\t12 (Amber)\tInterim contractor budget agreed",
        "Vehicle delivery delays\t16 (Red)\tShort-term hire of two vehicles",
    ]
    plan = import_table(_csv(tmp_path / "hr.txt", lines))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]


def test_a_register_laid_out_a_block_per_risk(tmp_path: Path) -> None:
    """Each risk's band, its 'Description | ...' and 'Risk owner | ... | Inherent score | 25 |
    Target: 12' rows, then the header again over its actions: the rows between the band and
    the header are the risk's facts (the second risk's were read as an action, its 'Target:
    12' refused as a RAG status)."""
    header: list[object] = ["Ref", "Further action required", "Action owner", "Target date", "RAG"]
    rows: list[list[object]] = [["East Staffordshire Borough Council – Corporate Risk Register"]]
    for n, risk in ((1, "Financial sustainability"), (2, "Cyber security")):
        rows += [[f"Risk CR{n}: {risk}"], ["Description", f"The risk that {risk} fails."],
                 ["Risk owner", "Chief Finance Officer", "Inherent score", 20, "Target: 12"],
                 header, [f"CR{n}.1", "Deliver the savings.", "Head of Finance", "Mar-25", "A"],
                 [f"CR{n}.2", "Refresh the charges.", "Head of Finance", "Dec-24", "G"],
                 []]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "crr.xlsx", {"Register": rows}))
    assert [t.title for t in plan.themes] == [
        "Risk CR1: Financial sustainability", "Risk CR2: Cyber security"
    ]  # fmt: skip
    assert [r.text for t in plan.themes for r in t.recommendations] == ["", ""]
    assert [a.ref for a in plan.actions()] == ["CR1.1", "CR1.2", "CR2.1", "CR2.2"]


def test_a_year_one_plan_with_its_period_under_the_strategy() -> None:
    """'Year 1 Delivery Plan (April 2024 – March 2025) – position at ...' under the strategy
    it delivers: the strategy's line is the title (the year's line was)."""
    from ofsted_plan.importing.titles import best_title

    lines = [
        "Torbay Early Help Partnership Strategy 2024–2027",
        "Year 1 Delivery Plan (April 2024 – March 2025) – position at end of Quarter 3",
    ]
    assert best_title(lines) == 0


def test_a_priority_with_no_area_for_improvement(tmp_path: Path) -> None:
    """'Priority 4: Leadership' whose area for improvement cell is left empty, under
    priorities that have one: its actions answer the priority itself (refused: no
    recommendation above them). Ratings given each term ('Autumn review' | 'Spring review'):
    the later is the status (the earlier was read as a review's name, the theme)."""
    rows: list[list[object]] = [
        ["Paignton Academy – School Improvement Plan"],
        ["Ref", "Ofsted area for improvement", "Action", "Lead(s)", "Milestone date",
         "Autumn review", "Spring review"],
        ["Priority 1: Curriculum"],
        ["1.1", "Leaders should ensure the curriculum is sequenced.", "Map the curriculum.",
         "Deputy Head", "Dec-25", "G", "B"],
        ["1.2", None, "Deliver weekly CPD.", "Assistant Head", "Jul-26", "G", "G"],
        ["Priority 4: Leadership capacity"],
        ["4.1", None, "Commission a review of governance.", "Chair of Governors", "Feb-26", "A",
         "G"],
    ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "sip.xlsx", {"Plan": rows}))
    assert [t.title for t in plan.themes] == [
        "Priority 1: Curriculum",
        "Priority 4: Leadership capacity",
    ]
    assert plan.themes[1].recommendations[0].text == ""
    assert [a.status.value for a in plan.actions()] == ["blue", "green", "green"]


def test_open_and_closed_since_last_meeting_sheets(tmp_path: Path) -> None:
    """A board log on 'Open actions' and 'Closed since last meeting', each under its own
    line ('Updated for the meeting on 29 January 2025'): one log, no parts (each sheet's
    line was read as a theme)."""
    header: list[object] = ["Meeting date", "Ref", "Action", "Lead", "Due date", "RAG"]
    sheets: dict[str, list[list[object]]] = {
        "Open actions": [["Trust Board – Action Log"], ["Updated for the meeting on 29 January"],
                         header, ["24/07/2024", "TB24/061", "Provide a breakdown.", "COO",
                                  "Oct-24", "A"],
                         ["24/07/2024", "TB24/064", "Bring the Green Plan.", "Director",
                          "Nov-24", "R"]],
        "Closed since last meeting": [["Trust Board – Action Log"],
                                      ["Actions closed since the last meeting"], header,
                                      ["24/07/2024", "TB24/058", "Confirm visit dates.",
                                       "Head of Governance", "Sep-24", "B"]],
    }  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "log.xlsx", sheets))
    assert [t.title for t in plan.themes] == [""]
    assert len(list(plan.actions())) == 3


def test_a_target_score_beside_the_due_date(tmp_path: Path) -> None:
    """'Target (LxI)' of '4x3=12' beside 'Due' of months: the score is no date; the due month
    is the end, a mistyped one refused at its cell (refused before as two end columns)."""
    from ofsted_plan.errors import PlanError

    rows: list[list[object]] = [
        ["Corporate Risk Register"],
        ["Risk ref", "Risk", "Target (LxI)", "Further actions", "Action owner", "Due", "Progress"],
        ["CRR01", "Budget gap", "4x3=12", "Deliver the savings.", "Chief Accountant",
         "March 2026", "On track"],
        [None, None, None, "Submit the capitalisation request.", "Director", "June 2026",
         "Amber"],
    ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "crr.xlsx", {"Register": rows}))
    assert [str(a.end) for a in plan.actions()] == ["2026-03", "2026-06"]
    rows[3][5] = "Febuary 2026"
    with pytest.raises(PlanError) as refused:
        import_table(_xlsx(tmp_path / "typo.xlsx", {"Register": rows}))
    assert refused.value.line == 4


def test_a_cover_line_captioning_an_appendix() -> None:
    """A summary sheet's 'Internal audit recommendations: implementation tracker (Appendix B)'
    over the tracker's own 'The Coal Authority – Internal Audit Recommendations Tracker': the
    sheet's line names the plan (the paper's caption of its appendix was taken)."""
    from ofsted_plan.importing.titles import names_more_fully

    cover = "Internal audit recommendations: implementation tracker (Appendix B)"
    assert not names_more_fully(
        cover, "The Coal Authority – Internal Audit Recommendations Tracker"
    )


def test_a_sheet_named_by_its_labels_letters(tmp_path: Path) -> None:
    """Sheets 'APA1' and 'AFI', each label ('Area for improvement 1') beside the inspectors'
    words above the header: 'AFI' is the labels' letters, 'for' and all, not a part (it was
    read as a theme over the areas)."""
    header: list[object] = ["Ref", "Action", "Lead(s)", "Completion", "RAG"]
    apa = "Leaders should urgently improve the timeliness of EHC plans."
    afi = "Leaders should strengthen co-production with parents and carers."
    sheets: dict[str, list[list[object]]] = {
        "APA1": [["Area for priority action 1", apa], [], header,
                 ["P1.1", "Recruit coordinators.", "Head of SEND", "Jul-25", "Green"]],
        "AFI": [["Area for improvement 1", afi], [], header,
                ["I1.1", "Redesign the local offer.", "Local Offer Officer", "Dec-25", "Green"],
                ["I1.2", "Run termly forums.", "Participation Lead", "Mar-26", "Amber"]],
    }  # fmt: skip
    path = _xlsx(tmp_path / "send.xlsx", sheets)
    from openpyxl import load_workbook

    book = load_workbook(path)
    for name in sheets:
        book[name].merge_cells("B1:E1")  # the inspectors' words merged across, as written
    book.save(str(path))
    plan = import_table(path)
    headings = [t.title or r.text for t in plan.themes for r in t.recommendations]
    assert "AFI" not in headings
    assert afi in headings


def test_a_projects_rag_table_leaves_its_heading(tmp_path: Path) -> None:
    """'Project 1: Customer Access' (a heading), a one-row RAG table ('Overall | Time | Cost'
    over 'A | A | G'), then the project's milestones: the heading names the milestones' part
    (the RAG table, set aside as a key, took the heading with it)."""
    milestones = [["Ref", "Milestone", "Owner", "Due", "RAG"]]
    blocks: list[tuple[str, object]] = [("Title", "Transformation Programme – Highlight Report")]
    for n, name in ((1, "Customer Access"), (2, "Office Accommodation")):
        blocks += [
            ("Heading 1", f"Project {n}: {name}"),
            ("", [["Overall", "Time", "Cost", "Scope"], ["A", "A", "G", "G"]]),
            ("Normal", "Key milestones"),
            ("", [*milestones, [f"{n}.1", "Deliver the first milestone.", "Head of Service",
                                "Nov-25", "G"]]),
        ]  # fmt: skip
    plan = import_table(_word(tmp_path / "hr.docx", blocks))
    assert [t.title for t in plan.themes] == [
        "Project 1: Customer Access", "Project 2: Office Accommodation"
    ]  # fmt: skip


def test_a_note_under_the_last_section(tmp_path: Path) -> None:
    """'Section C – Recommendations for the police' then a sentence in the action column, no
    ref where every action has one, and nothing after it: a note of the section (it was run
    on into the last action's words)."""
    lines = ["No.\tRecommendation / action\tOwner\tDue\tRAG",
             "Section A – Recommendations for the service",
             "\tRecommendation 1: Improve out-of-court work",
             "1.1\tReview every disposal.\tHead of Service\tMarch 2025\tGreen",
             "1.2\tTrain all case managers.\tPractice Lead\tJune 2025\tAmber",
             "Section C – Recommendations for the police",
             "\tRecommendations 9 and 10 are monitored through the police's own plan."]  # fmt: skip
    plan = import_table(_csv(tmp_path / "yjs.txt", lines))
    assert [a.action for a in plan.actions()] == [
        "Review every disposal.",
        "Train all case managers.",
    ]


def test_a_revised_line_in_a_record(tmp_path: Path) -> None:
    """'Due: 29/02/2024' then 'Revised: 31/05/2024' under an action: the revised date is the
    end (a bare 'Revised' named no column)."""
    lines = ["Kneesworth House – CQC Action Plan", "",
             "MD1.1 Action:  Audit seclusion records weekly.", "      Lead:    Ward Manager",
             "      Due:     31/01/2024", "      RAG:     G", "",
             "MD1.2 Action:  Deliver refresher training on seclusion.",
             "      Lead:    Practice Development Lead", "      Due:     29/02/2024",
             "      Revised: 31/05/2024", "      RAG:     A"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "cqc.txt", lines))
    assert [str(a.end) for a in plan.actions()] == ["2024-01", "2024-05"]


def test_a_column_of_numbers_titled_like_the_actions(tmp_path: Path) -> None:
    """'Rec / action' of 1.1, 1.2 beside 'HMICFRS recommendation / service action' of
    sentences: the numbers are the refs (refused as two action columns)."""
    lines = ["Rec / action\tHMICFRS recommendation / service action\tLead\tDue\tStatus",
             "Recommendation 1: Chief fire officers should provide a confidential reporting line.",
             "1.1\tProcure an independent confidential reporting line.\tArea Manager\tMar-24"
             "\tComplete",
             "1.2\tBrief all watches on the whistleblowing policy.\tStation Managers\tJun-24"
             "\tComplete",
             "Summary\t2 actions"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "frs.txt", lines))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert next(plan.actions()).action == "Procure an independent confidential reporting line."


def test_a_grey_swatch_in_the_key(tmp_path: Path) -> None:
    """A key of swatches, grey beside 'Not yet started', under a plan whose status is fill
    colour only: a grey cell is not started (refused: grey is no RAG colour)."""
    rows: list[list[object]] = [
        ["Ref", "Action", "Lead", "Target", "Status"],
        ["T1", "Run a tenancy audit programme.", "Tenancy Manager", "Jun-26", None],
        ["T2", "Record vulnerability flags.", "Systems Manager", "Mar-26", None],
        ["T3", "Publish tenancy figures.", "Tenancy Manager", "Dec-25", None],
        [],
        ["Status key"],
        [None, "Complete"],
        [None, "On track"],
        [None, "Not yet started"],
    ]
    fills = {"Plan!E2": "FFBFBFBF", "Plan!E3": "FF00B050", "Plan!E4": "FF0070C0",
             "Plan!A7": "FF0070C0", "Plan!A8": "FF00B050", "Plan!A9": "FFBFBFBF"}  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "rsh.xlsx", {"Plan": rows}, fills))
    assert [a.status.value for a in plan.actions()] == ["", "green", "blue"]


def test_projects_tracked_with_a_project_lead(tmp_path: Path) -> None:
    """'Ref | Project | Project lead | ... | Current RAG', no action column: each project is
    what is tracked, read as the action, and 'Project lead' is the lead by its head word (the
    leads' posts were read as the actions)."""
    rows: list[list[object]] = [
        ["Ref", "Project", "Project lead", "Forecast end date", "Current RAG"],
        ["Workstream 1: Digital"],
        ["T1.1", "Replace the customer relationship management system.",
         "Head of Corporate Support", "Jun-26", "Amber"],
        ["T1.2", "Run a Copilot pilot in two services.", "Service Manager – IT", "Nov-25",
         "Complete"],
    ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "hr.xlsx", {"Highlight": rows}))
    first = next(plan.actions())
    assert first.action == "Replace the customer relationship management system."
    assert first.lead == ("Head of Corporate Support",)


def test_an_auditors_improvement_recommendation_label(tmp_path: Path) -> None:
    """'Improvement Recommendation 1' in bold, its words under it, then its table: the words
    are the part (the label was, as 'Key Recommendation 1' never was)."""
    table = [["Ref", "Action", "Lead", "Target", "Status"],
             ["IR1.1", "Link the capital programme to the MTFS.", "Section 151 Officer",
              "Feb-25", "Green"]]  # fmt: skip
    second = [table[0], ["IR2.1", "Embed the risk framework.", "Head of Audit", "Mar-25", "Amber"]]
    blocks: list[tuple[str, object]] = [
        ("Title", "Auditor's Annual Report 2023/24 – Action Plan"),
        ("Heading 1", "Financial sustainability"),
        ("bold", "Improvement Recommendation 1"),
        ("Normal", "The Council should strengthen the link between its capital programme and "
                   "the Medium Term Financial Strategy."),
        ("", table),
        ("Heading 1", "Governance"),
        ("bold", "Improvement Recommendation 2"),
        ("Normal", "The Council should ensure that the risk management framework is embedded."),
        ("", second),
    ]  # fmt: skip
    plan = import_table(_word(tmp_path / "aar.docx", blocks))
    assert [r.text[:29] for t in plan.themes for r in t.recommendations] == [
        "The Council should strengthen", "The Council should ensure tha"
    ]  # fmt: skip


def test_a_risks_heading_over_its_facts_and_table(tmp_path: Path) -> None:
    """'SR01 Financial resilience – ... Financial Plan period' above 'Risk owner: ...' and
    'Current score: 16 (Red) | Target score: 9 (Amber)' over the first header: the risk is
    the heading of its actions, not the register's title ('Strategic Risk Register – ...' is);
    a risk's line with its scores beside it ('Current score: 20 | Direction: unchanged') is
    its heading with facts (its scores were read as a RAG status)."""
    header = "Ref\tFurther action\tAction owner\tTarget date\tStatus"
    lines = ["Northumberland County Council", "Strategic Risk Register – Quarter 3 2025/26", "",
             "SR01 Financial resilience – failure to deliver the Medium Term Financial Plan",
             "Risk owner: Executive Director of Finance",
             "Current score: 16 (Red)\tTarget score: 9 (Amber)\tDirection of travel: Unchanged",
             header, "SR01.1\tDeliver the savings programme.\tDirector of Finance\tMar-26\tG",
             "SR01.2\tSet a balanced budget.\tDirector of Finance\tFeb-26\tA", "",
             "SR04 Cyber security – a successful attack causes loss of systems",
             "Risk owner: Director of Digital", "Current score: 15 (Red)\tTarget score: 10",
             header, "SR04.1\tMove servers to the cloud.\tHead of ICT\tMar-26\tA"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "srr.txt", lines))
    assert plan.title == "Strategic Risk Register – Quarter 3 2025/26"
    assert [t.title[:4] for t in plan.themes] == ["SR01", "SR04"]
    arun = ["Action Code\tMitigating Action\tAssigned To\tDue Date\tStatus",
            "CR01 Financial sustainability\tRisk owner: Section 151 Officer\tCurrent score: 20"
            "\tTarget score: 12\tDirection: unchanged",
            "CR01/A1\tDeliver the savings proposals.\tHead of Finance\t28/02/2026\tGreen",
            "CR01/A2\tReview earmarked reserves.\tFinance Manager\t31/03/2026\tAmber"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "crr.txt", arun))
    assert [a.ref for a in plan.actions()] == ["CR01/A1", "CR01/A2"]
    assert [t.title for t in plan.themes] == ["CR01 Financial sustainability"]


def test_a_cover_naming_the_inspectorates_report() -> None:
    """The cover's 'HM Inspectorate of Probation Inspection of Youth Justice Services – Post-
    Inspection Improvement Plan' beside the sheet's 'Somerset Youth Justice Service – HMI
    Probation Inspection Improvement Plan 2025': the sheet's line names whose plan it is (the
    longer cover line was taken)."""
    from ofsted_plan.importing.titles import names_more_fully

    cover = (
        "HM Inspectorate of Probation Inspection of Youth Justice Services – Post-Inspection "
        "Improvement Plan"
    )
    sheet = "Somerset Youth Justice Service – HMI Probation Inspection Improvement Plan 2025"
    assert not names_more_fully(cover, sheet)


def test_a_key_line_naming_one_words_colour() -> None:
    """'Status key: Complete · On track · Behind schedule (amber) · Not started': the one word
    the key colours is read as it says (read as red, the word's usual colour), the others as
    they read."""
    from ofsted_plan.importing.key_words import key_statuses

    line = "Status key: Complete · On track · Behind schedule (amber) · Not started"
    assert key_statuses([line])["behind schedule"][0].value == "amber"


def test_a_learning_point_column_over_the_recommendations(tmp_path: Path) -> None:
    """A learning review's 'Learning Point' | 'Recommendation' | 'No.' | 'Improvement Action':
    the learning point is the theme over the recommendations (it was kept as another
    column)."""
    lines = ["Learning Point,Recommendation,No.,Improvement Action,Lead,Timescale,RAG",
             "Learning Point 1: Self-neglect,R1. Partners should adopt a shared approach.,1.1,"
             "Publish guidance.,APC Lead Officer,Dec-25,G",
             ",,1.2,Deliver briefings.,Sub-group Chair,Mar-26,A",
             "Learning Point 2: Capacity,R2. Practitioners should record capacity.,2.1,"
             "Run training.,Practice Lead,Jun-26,G"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "lr.csv", lines))
    assert [t.title for t in plan.themes] == [
        "Learning Point 1: Self-neglect",
        "Learning Point 2: Capacity",
    ]


def test_a_guidance_sheets_line_is_no_title(tmp_path: Path) -> None:
    """A first 'Guidance' sheet's 'New Forest District Council – Corporate Risk Register
    guidance' before the register titled 'Corporate Risk Register – Quarter 3 2025/26': the
    guidance's caption names no plan (it was taken for the title)."""
    sheets: dict[str, list[list[object]]] = {
        "Guidance": [["New Forest District Council – Corporate Risk Register guidance"],
                     ["Scores are likelihood x impact."]],
        "Register": [["Corporate Risk Register – Quarter 3 2025/26"], [],
                     ["Ref", "Further action", "Owner", "Target date", "Status"],
                     ["CR1.1", "Deliver the savings plan.", "Director", "Mar-26", "Green"],
                     ["CR1.2", "Refresh the MTFS.", "Director", "Feb-26", "Amber"]],
    }  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "crr.xlsx", sheets))
    assert plan.title == "Corporate Risk Register – Quarter 3 2025/26"
