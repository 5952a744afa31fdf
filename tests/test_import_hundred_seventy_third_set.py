"""Issue 18, what the hundred-and-seventy-third blind sets on showed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Clinical Pharmacist and Dr Hale", ("Clinical Pharmacist", "Dr Hale")),  # a post, a
        ("Head and Bursar", ("Head", "Bursar")),  # doctor; a school's head and its bursar
        (
            "Clerk to the Corporation and Head of Apprenticeships",  # whom the clerk serves
            ("Clerk to the Corporation", "Head of Apprenticeships"),
        ),
        (
            "Head of Safeguarding and Quality Assurance",
            ("Head of Safeguarding and Quality Assurance",),
        ),
    ],
)
def test_two_posts_or_a_post_and_a_doctor_joined_by_and(
    cell: str, officers: tuple[str, ...]
) -> None:
    assert split_people(cell).officers == officers


def _sar_plan(path: Path, words: str) -> None:
    from docx import Document

    document = Document()
    document.add_heading("Safeguarding Adults Review – Adult F: Action Plan", 0)
    for n, text in enumerate(
        ["The SAB should seek assurance that partners use the policy.", words], 1
    ):
        document.add_heading(f"Recommendation {n}: Part {n}", 2)
        document.add_paragraph().add_run(text).italic = True
        table = document.add_table(rows=2, cols=4)
        for j, title in enumerate(["Ref", "Action", "Lead", "Target date"]):
            table.cell(0, j).text = title
        for j, value in enumerate([f"{n}.1", f"Do thing {n}", "SAB Business Manager", "Mar-25"]):
            table.cell(1, j).text = value
    document.save(str(path))


def test_a_recommendation_saying_what_must_be_identified_is_no_narration(tmp_path: Path) -> None:
    """'Partners should ensure that fire risk is identified ...' between a recommendation's
    heading and its table is its words ('identified' read it as prose about a finding, and
    the actions were under the heading alone)."""
    words = "Partners should ensure that fire risk is identified for adults who self-neglect."
    path = tmp_path / "sar.docx"
    _sar_plan(path, words)
    plan = import_table(path)
    assert [r.text for r in plan.themes[1].recommendations] == [words]


def test_a_board_logs_agenda_items_under_its_meetings_are_no_level(tmp_path: Path) -> None:
    """Rows naming the meeting over a log whose 'Agenda Item' differs on every action: the
    meetings are the parts, each item another column (the items were read as themes with
    the meetings under them)."""
    path = tmp_path / "log.csv"
    path.write_text(
        "ICB Board – Action Log,,,,,\n\n"
        "Action Ref,Agenda Item,Action,Action Owner,Due Date,RAG\n"
        "Board meeting – 24 September 2024,,,,,\n"
        "BD24-031,Performance Report,Provide a breakdown of waits.,RW,26/11/2024,G\n"
        "BD24-032,Primary Care,Bring an update on the NHS App.,JB/SC,21/01/2025,A\n"
        "Board meeting – 26 November 2024,,,,,\n"
        "BD24-041,Winter Plan,Circulate the OPEL framework.,MH,13/12/2024,R\n"
        "BD24-044,Financial Plan,Set out the risks.,CFO,TBC,A\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Board meeting – 24 September 2024",
        "Board meeting – 26 November 2024",
    ]
    action = plan.themes[0].recommendations[0].actions[0]
    assert action.extra["Agenda Item"] == "Performance Report"


def test_a_column_of_each_recommendations_scope_is_not_the_recommendation() -> None:
    """'Scope of recommendation (local / regional / national)' beside 'Recommendation': what
    is said of each, not whose (it was read as 'Accounts Commission recommendation' is, and
    the two columns refused as both the recommendation)."""
    title = "Scope of recommendation (local / regional / national)"
    found = column_of(VOCABULARY, title)
    assert found is None or found.field != "recommendation"
    whose = column_of(VOCABULARY, "Accounts Commission recommendation")
    assert whose is not None and whose.field == "recommendation"


def test_a_highlight_reports_lists_and_facts_between_its_tables(tmp_path: Path) -> None:
    """A text highlight report: per workstream a lead and status line, then its milestones,
    then 'Risks and issues:' over bulleted lines. The lines of a list and the label over them
    are the report's prose, never a part (they were refused as two headings alike, and then
    read as a theme over the next workstream)."""
    path = tmp_path / "report.txt"
    lines = [
        "Council – Transformation Programme Highlight Report",
        "",
        "WORKSTREAM 1: CUSTOMER AND DIGITAL",
        "Workstream lead: Director of Customer Services",
        "Workstream status: AMBER",
        "Ref\tMilestone\tOwner\tForecast date\tRAG",
        "CD1\tMigrate the transactions to the portal\tHead of Customer Services\tMar-25\tAMBER",
        "CD2\tLaunch the new website\tDigital Lead\tOct-24\tCOMPLETE",
        "Risks and issues:",
        "- Portal supplier resourcing over Christmas may delay testing.",
        "",
        "WORKSTREAM 2: ORGANISATIONAL REDESIGN",
        "Workstream lead: Director of HR",
        "Workstream status: GREEN",
        "Ref\tMilestone\tOwner\tForecast date\tRAG",
        "OR1\tComplete the consultation\tDirector of HR\tFeb-25\tGREEN",
        "Risks and issues:",
        "- None new this period.",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "WORKSTREAM 1: CUSTOMER AND DIGITAL",
        "WORKSTREAM 2: ORGANISATIONAL REDESIGN",
    ]
    assert [len(r.actions) for t in plan.themes for r in t.recommendations] == [2, 1]


def _workstream_sheet(book: Any, name: str, n: int, lead: str) -> None:
    sheet = book.create_sheet(name)
    sheet["A1"] = f"Workstream {n}: Part {n}"
    sheet.merge_cells("A1:E1")
    sheet["A2"] = f"Workstream lead: {lead}"
    for j, title in enumerate(["Ref", "Action", "Lead", "Due", "RAG"], 1):
        sheet.cell(4, j, title)
    for i in range(2):
        values = [f"{n}.{i + 1}", f"Action {i + 1} of workstream {n}, long enough to read", "AB",
                  "Mar-25", "Green"]  # fmt: skip
        for j, value in enumerate(values, 1):
            sheet.cell(5 + i, j, value)


def test_workstream_sheets_naming_one_lead_are_one_plan(tmp_path: Path) -> None:
    """A sheet a workstream, each with 'Workstream lead: ...' above its header: the first and
    third sheets with the same lead line are still one plan (the line was taken for a
    repeated action, and the workbook refused as two plans), and the line is no part."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.active.title = "Summary"
    book.active["A1"] = "Early Help Improvement Plan"
    lead = "Head of Early Help and Family Hubs (Children's Services)"
    other = "Family Hubs Programme Manager (Children's Services)"
    for n, name in enumerate(["1 Front Door", "2 Family Hubs", "3 Workforce"], 1):
        _workstream_sheet(book, name, n, other if n == 2 else lead)
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Workstream 1: Part 1",
        "Workstream 2: Part 2",
        "Workstream 3: Part 3",
    ]
    assert not any(lead in r.text for t in plan.themes for r in t.recommendations)


def test_a_summary_sheet_of_counts_beside_the_tracker(tmp_path: Path) -> None:
    """A highlight summary sheet ('Workstream | Actions | Complete | On track ...' over rows
    of counts) before the action tracker: the summary is set aside, the tracker read (the
    workbook was refused as having two plans)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    summary = book.active
    summary.title = "Highlight Summary"
    summary.append(["Improvement Plan – Highlight Report"])
    summary.append([])
    summary.append(["Workstream", "Actions", "Complete", "On track", "At risk", "Overall status"])
    summary.append(["SD1 Council Plan", 2, 1, 1, 0, "On track"])
    summary.append(["FS1 Financial Plan", 1, 0, 0, 1, "At risk"])
    summary.append(["• Budget gap remains"])
    tracker = book.create_sheet("Action Tracker")
    tracker.append(["Workstream", "Ref", "Action", "Lead Officer", "Forecast Date", "Status"])
    tracker.append(
        ["SD1 Council Plan", "SD1.1", "Adopt the Council Plan", "Director", "Mar-25", "Complete"]
    )
    tracker.append(
        ["SD1 Council Plan", "SD1.2", "Report performance", "Director", "Sep-25", "On track"]
    )
    tracker.append(
        ["FS1 Financial Plan", "FS1.1", "Deliver the savings", "S151 Officer", "Mar-26", "At risk"]
    )
    path = tmp_path / "report.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [a.ref for t in plan.themes for r in t.recommendations for a in r.actions] == [
        "SD1.1",
        "SD1.2",
        "FS1.1",
    ]


def test_a_colleges_principal_and_chief_executive_with_an_ampersand() -> None:
    """'Principal & Chief Executive' is one officer, as 'Principal and Chief Executive' was
    (the '&' split it in two)."""
    assert split_people("Principal & Chief Executive").officers == ("Principal & Chief Executive",)


def _report_table(document: Any, heading: str, rows: list[tuple[str, ...]]) -> None:
    document.add_heading(heading, 2)
    table = document.add_table(rows=len(rows) + 1, cols=5)
    titles = [
        "Ref",
        "Audit Wales recommendation",
        "Planned action",
        "Responsible officer",
        "Status",
    ]
    for j, title in enumerate(titles):
        table.cell(0, j).text = title
    for i, row in enumerate(rows, 1):
        for j, text in enumerate(row):
            table.cell(i, j).text = text


def test_a_ref_repeated_beside_its_recommendation_where_refs_restart(tmp_path: Path) -> None:
    """An audit progress report with a table per report, its refs R1, R2 starting again in
    each, and one recommendation's R1 written on both its actions: R1.1 and R1.2 of the
    third report (refused as '3.R1 is used twice')."""
    from docx import Document

    document = Document()
    document.add_heading("Audit Wales Recommendations – Progress Report", 0)
    rec = "The Council should develop a medium-term financial plan."
    _report_table(
        document,
        "1. Digital Strategy Review",
        [("R1", "Set out a plan.", "Do A", "CLO", "Complete")],
    )
    _report_table(
        document, "2. Asset Management", [("R1", "Survey assets.", "Do B", "CM", "Complete")]
    )
    _report_table(
        document,
        "3. Financial Sustainability Review",
        [
            ("R1", rec, "Agree savings", "CLO Finance", "On track"),
            ("R1", rec, "Report savings", "CLO Finance", "On track"),
        ],
    )
    path = tmp_path / "report.docx"
    document.save(str(path))
    plan = import_table(path)
    actions = plan.themes[2].recommendations[0].actions
    assert [a.extra["Ref as written"] for a in actions] == ["R1", "R1"]
    assert len({a.ref for a in actions}) == 2


def test_a_word_summary_table_of_counts_before_the_plans_tables(tmp_path: Path) -> None:
    """'Core service | Must do | Should do | Actions | Complete' over counts, before a table per
    core service: the summary is set aside (the two were refused as plans with different
    columns)."""
    from docx import Document

    document = Document()
    document.add_heading("Trust – CQC Inspection Action Plan", 1)
    summary = document.add_table(rows=3, cols=5)
    counts = [
        ("Core service", "Must do", "Should do", "Actions", "Complete"),
        ("Acute wards", "2", "1", "3", "1"),
        ("Crisis services", "1", "1", "2", "1"),
    ]
    for i, row in enumerate(counts):
        for j, text in enumerate(row):
            summary.cell(i, j).text = text
    for n, service in enumerate(["Acute wards", "Crisis services"], 1):
        document.add_heading(f"{n}. {service}", 2)
        table = document.add_table(rows=3, cols=4)
        for j, title in enumerate(["Ref", "Action", "Lead", "Due date"]):
            table.cell(0, j).text = title
        for i in (1, 2):
            for j, text in enumerate(
                [f"MD{n}.{i}", f"Action {i} for {service}", "Matron", "Mar-25"]
            ):
                table.cell(i, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["1. Acute wards", "2. Crisis services"]


def test_a_key_letter_under_way_and_on_track_keeps_its_colour(tmp_path: Path) -> None:
    """'A – under way and on track' beside 'G – completed': A is still amber (under way), G
    complete (the A actions were read green: 'on track' alone decided)."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "School – Post-Ofsted Action Plan,,,,\n"
        "RAG key: R – not started or off track;  A – under way and on track;  "
        "G – completed,,,,\n\n"
        "Ref,Action,Lead,By when,RAG\n"
        "1.1,Review the curriculum,DHT,Jul-24,G\n"
        "1.2,Deliver CPD,AHT,Dec-24,A\n"
        "1.3,Redesign assessment,DHT,Apr-25,R\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    statuses = [a.status.value for t in plan.themes for r in t.recommendations for a in r.actions]
    assert statuses == ["blue", "amber", "red"]


def _log_sheet(sheet: Any, rows: list[tuple[str, ...]], titles: tuple[str, ...]) -> None:
    sheet.append(titles)
    for row in rows:
        sheet.append(row)


def test_must_do_and_should_do_sheets_over_a_core_service_column(tmp_path: Path) -> None:
    """A CQC plan's 'Must Do' and 'Should Do' sheets, each with a 'Core service' column and a
    service named on both: one plan, the services its themes, the sheets' names no part (it
    was refused as two plans, then read under 'Must Do')."""
    from openpyxl import Workbook

    book: Any = Workbook()
    must = book.active
    must.title = "Must Do"
    should = book.create_sheet("Should Do")
    service = "Medical care (including older people’s care)"
    for sheet, kind, ref, words in (
        (must, "Must", "MD1.1", "The trust must ensure risk assessments are done."),
        (should, "Should", "SD1", "The trust should ensure staff receive an appraisal."),
    ):
        titles = ("Ref", "Core service", f"{kind} Do (as in CQC report)", "Action", "Lead")
        _log_sheet(sheet, [(ref, service, words, f"Act on {ref}", "ACN", "G")], (*titles, "BRAG"))
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [service]
    assert [r.text[:20] for r in plan.themes[0].recommendations] == [
        "The trust must ensur",
        "The trust should ens",
    ]


def test_an_action_sheets_open_and_closed_sheets_are_no_parts(tmp_path: Path) -> None:
    """A board's action sheet kept as 'Open Actions' and 'Closed Actions': one log, no theme
    from the sheets (the trust's name over the first was read as a theme); its 'Minute Ref',
    the only ref there is, names each action."""
    from openpyxl import Workbook

    titles = ("Minute Ref", "Meeting Date", "Action", "Lead", "Due Date", "Status")
    book: Any = Workbook()
    open_sheet = book.active
    open_sheet.title = "Open Actions"
    open_sheet.append(["University Hospitals of Morecambe Bay NHS Foundation Trust"])
    open_sheet.append(["Board of Directors (Public) – Action Sheet"])
    open_sheet.append([])
    first = ("105/23", "04/10/2023", "Update the Board", "Medical Director", "Mar-24", "A")
    _log_sheet(open_sheet, [first], titles)
    closed = book.create_sheet("Closed Actions")
    closed.append(["Actions closed at the Board of Directors meeting on 1 May 2024"])
    closed.append([])
    second = ("162/24", "07/02/2024", "Confirm the timetable", "Chief People Officer", "", "B")
    _log_sheet(closed, [second], titles)
    path = tmp_path / "log.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert [a.ref for r in plan.themes[0].recommendations for a in r.actions] == [
        "105/23",
        "162/24",
    ]


def test_a_minute_ref_beside_the_actions_own_number(tmp_path: Path) -> None:
    """'Action No' and 'Minute Ref' both name a ref: the action's own number is the ref, the
    minute kept as another column."""
    path = tmp_path / "log.csv"
    path.write_text(
        "Action No,Minute Ref,Action,Lead,Due Date,Status\n"
        "BoD/24/041,24/112,Circulate the framework,CN,Mar-25,G\n"
        "BoD/24/047,24/118,Report the trajectory,COO,Jun-25,A\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    actions = [a for t in plan.themes for r in t.recommendations for a in r.actions]
    assert [a.ref for a in actions] == ["BoD/24/041", "BoD/24/047"]
    assert actions[0].extra["Minute Ref"] == "24/112"


def test_a_register_named_on_the_cover_over_a_report_line(tmp_path: Path) -> None:
    """A cover sheet's 'Corporate Risk Register 2025-26' over 'Appendix 1 to the report of
    ...': the register's name is the title (the report line was, by its word 'report')."""
    from openpyxl import Workbook

    book: Any = Workbook()
    cover = book.active
    cover.title = "Summary"
    cover.append(["Coventry City Council – Corporate Risk Register 2025-26"])
    cover.append(["Appendix 1 to the report of the Director of Finance – Audit Committee"])
    register = book.create_sheet("Register")
    row = ("Risk 33 – Equal pay", "Maintain a reserve", "Director of Finance", "Mar-26", "G")
    _log_sheet(register, [row], ("Risk", "Further action", "Action owner", "Target date", "RAG"))
    path = tmp_path / "register.xlsx"
    book.save(path)
    assert import_table(path).title == "Coventry City Council – Corporate Risk Register 2025-26"


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        (
            "Hampshire and Isle of Wight Constabulary & GO! Southampton",  # a force named
            ("Hampshire and Isle of Wight Constabulary", "GO! Southampton"),  # whole, a body
        ),
        ("Police & Crime Commissioner", ("Police & Crime Commissioner",)),  # one post
        ("Health & Wellbeing Board", ("Health & Wellbeing Board",)),  # one board
    ],
)
def test_an_ampersand_between_bodies_or_inside_one(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_sheets_line_naming_the_covers_plan_and_its_part() -> None:
    """The cover's 'Children's Services Improvement Plan 2025–26' over the sheet's '... Plan
    2025–26 – ILACS recommendations': the cover names the plan, the sheet which part."""
    from ofsted_plan.importing.titles import names_more_fully

    cover = "Children's Services Improvement Plan 2025–26"
    assert names_more_fully(cover, f"{cover} – ILACS recommendations")
    assert not names_more_fully(cover, "Early Help Strategy 2025–26 – ILACS recommendations")


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        (
            "Islington Parent Carer Forum & Head of Early Help",  # a forum, and a post
            ("Islington Parent Carer Forum", "Head of Early Help"),
        ),
        (
            "University Secretary and Clerk to the Board",
            ("University Secretary and Clerk to the Board",),
        ),
        ("SENDCo, AHT Teaching & Learning", ("SENDCo", "AHT Teaching & Learning")),
        (
            "Fetal Monitoring Lead Midwife, Consultant Obstetrician (Fetal Monitoring Lead)",
            ("Fetal Monitoring Lead Midwife", "Consultant Obstetrician (Fetal Monitoring Lead)"),
        ),
        (
            "Senior Manager, HR & Workforce Development",
            ("Senior Manager, HR & Workforce Development",),
        ),
    ],
)
def test_posts_listed_or_held_together(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_sign_off_line_after_the_key_is_no_action(tmp_path: Path) -> None:
    """'Signed (Registered Manager): J. Whitworth' | 'Date: 04/11/2024' under the key: a
    sign-off (it was refused as an action after the key)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Children's Home – Ofsted Inspection Action Plan\n\n"
        "Ref\tAction\tResponsible\tTarget date\tStatus\n"
        "1.1\tRefresher training on missing\tRegistered Manager\t29/11/2024\tComplete\n"
        "1.2\tCheck the missing log within 24 hours\tDeputy Manager\tOngoing\tOn track\n\n"
        "Status key: Complete = done; On track = in progress within timescale\n"
        "Signed (Registered Manager): J. Whitworth\tDate: 04/11/2024\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for t in plan.themes for r in t.recommendations for a in r.actions] == [
        "1.1",
        "1.2",
    ]


def test_a_theme_sheet_named_by_its_themes_words(tmp_path: Path) -> None:
    """'Theme 2: Governance' over the sheet 'Governance': the theme is named whole (it was cut
    to 'Theme 2', the sheet's name taken off as if the line were the plan's title)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.active.title = "Summary"
    for n, (name, words) in enumerate(
        [("Culture", "Culture change"), ("Governance", "Governance")], 1
    ):
        sheet = book.create_sheet(name)
        sheet.append(["Continuous Improvement Plan 2024/25"])
        sheet.append([f"Theme {n}: {words}"])
        sheet.append([])
        _log_sheet(
            sheet,
            [
                (
                    f"{n}.1",
                    f"Action of theme {n}, long enough to read",
                    "Director",
                    "Mar-25",
                    "On track",
                )
            ],
            ("Ref", "Action", "Responsible officer(s)", "Due", "Status"),
        )
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Theme 1: Culture change", "Theme 2: Governance"]


def test_must_do_paragraphs_over_their_tables_beside_a_should_do_column(tmp_path: Path) -> None:
    """'MD1. The trust must ...' in bold over its own table, and a later table with a 'Should
    do' column: each must-do is what its table's actions answer (they were kept only as a
    heading, the recommendation level taken by the other table's column)."""
    from docx import Document

    document = Document()
    document.add_heading("Trust – CQC Inspection Improvement Action Plan", 1)
    document.add_heading("Section A: Must do actions", 2)
    for n in (1, 2):
        document.add_paragraph().add_run(
            f"MD{n}. The trust must ensure that thing {n} is done."
        ).bold = True
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Action", "Lead", "Target date"]):
            table.cell(0, j).text = text
        for j, text in enumerate([f"MD{n}.1", f"Do thing {n}", "Matron", "Mar-25"]):
            table.cell(1, j).text = text
    document.add_heading("Section B: Should do actions", 2)
    table = document.add_table(rows=2, cols=5)
    for j, text in enumerate(["Ref", "Should do", "Action", "Lead", "Target date"]):
        table.cell(0, j).text = text
    for j, text in enumerate(
        ["SD1.1", "The trust should check X.", "Check X weekly", "Pharmacist", "Apr-25"]
    ):
        table.cell(1, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [r.text for r in plan.themes[0].recommendations] == [
        "MD1. The trust must ensure that thing 1 is done.",
        "MD2. The trust must ensure that thing 2 is done.",
    ]


def test_a_dated_evidence_column_beside_the_success_criteria(tmp_path: Path) -> None:
    """'Success criteria' beside 'Evidence / impact (Oct 2024)': the criteria are the
    measure, the dated column the progress (refused as two measures)."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Success criteria,Timescale,RAG,Evidence / impact (Oct 2024)\n"
        "1.1,Revise KS3 maps,VP,All maps published,Jul-24,G,Maps live\n"
        "1.2,Run CPD,AHT,Retrieval seen in 80% of lessons,Jul-25,A,Seen in 64%\n",
        encoding="utf-8",
    )
    action = import_table(path).themes[0].recommendations[0].actions[1]
    assert action.measure == "Retrieval seen in 80% of lessons"
    assert action.comments == "Seen in 64%"


def test_a_workstream_line_with_its_lead_and_rag_beside_it(tmp_path: Path) -> None:
    """'Workstream 2: ... | Workstream lead: ... | Workstream RAG: Green' above each
    milestone table of a text highlight report: the workstream, its facts kept in the notes
    (the line was read as an action, its name the ref)."""
    path = tmp_path / "report.txt"
    lines = [
        "Council – Transformation Programme Highlight Report",
        "",
        "Workstream 1: Customer and Digital\tWorkstream lead: AD Digital\tWorkstream RAG: Amber",
        "Ref\tMilestone / action\tOwner\tForecast date\tRAG",
        "1.1\tLaunch the new customer portal\tHead of Customer Services\tNov-25\tA",
        "",
        "Workstream 2: Adult Social Care\tWorkstream lead: DASS\tWorkstream RAG: Green",
        "Ref\tMilestone / action\tOwner\tForecast date\tRAG",
        "2.1\tImplement the strengths-based front door\tAD Adult Social Care\tJul-25\tG",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Workstream 1: Customer and Digital",
        "Workstream 2: Adult Social Care",
    ]
    assert "Workstream lead: DASS | Workstream RAG: Green" in plan.notes


def test_an_area_for_priority_action_labelled_above_a_sheets_header(tmp_path: Path) -> None:
    """A sheet a priority: 'Priority 1 – ...' merged across, 'Area for priority action:' |
    the inspectors' words, 'Responsible body: ...', then the header: the words are what the
    actions answer (they were a note)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.active.title = "Front sheet"
    words = "Leaders should work together urgently to strengthen joint strategic oversight."
    for n in (1, 2):
        sheet = book.create_sheet(f"PA{n}")
        sheet.append(["Halton SEND Local Area Partnership – Priority Action Plan"])
        sheet.append([f"Priority {n} – Part {n}"])
        sheet.append(["Area for priority action:", f"{words} ({n})"])
        sheet.merge_cells("B3:E3")
        sheet.append(["Responsible body:", "Halton Borough Council"])
        sheet.append([])
        _log_sheet(
            sheet,
            [(f"{n}.1", f"Action {n}, long enough to read", "Director", "Mar-25", "G")],
            ("Ref", "Action", "Lead(s)", "By when", "RAG"),
        )
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("Priority 1 – Part 1", [f"{words} (1)"]),
        ("Priority 2 – Part 2", [f"{words} (2)"]),
    ]


def test_ofsteds_area_for_improvement_label_in_bold_over_its_words(tmp_path: Path) -> None:
    """'Ofsted area for improvement' in bold, then the inspectors' words in italics, then the
    table: the words name the part (they were dropped)."""
    from docx import Document

    document = Document()
    document.add_heading("School – Post-Ofsted Action Plan 2024–25", 0)
    words = (
        "Leaders should ensure that subject leaders identify precisely what pupils need to know."
    )
    document.add_heading("Priority 1: Curriculum", 2)
    document.add_paragraph().add_run("Ofsted area for improvement").bold = True
    document.add_paragraph().add_run(words).italic = True
    table = document.add_table(rows=2, cols=4)
    for j, text in enumerate(["Ref", "Action", "Lead", "Timescale"]):
        table.cell(0, j).text = text
    for j, text in enumerate(["1.1", "Rewrite the plans", "DHT", "Autumn term 2024"]):
        table.cell(1, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [r.text for r in plan.themes[0].recommendations] == [words]


def test_a_must_do_sheets_own_line_over_its_core_service_bands(tmp_path: Path) -> None:
    """The sheet 'Must do' headed 'Must do actions' over bands naming core services: the bands
    are the themes (the sheet's line was, the bands lost)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.active.title = "Summary"
    for kind in ("Must do", "Should do"):
        sheet = book.create_sheet(kind)
        sheet.append([f"{kind} actions"])
        sheet.append([])
        sheet.append(["Ref", f"{kind} (CQC report wording)", "Action", "Lead", "Due", "RAG"])
        for n, service in enumerate(["Urgent and emergency care", "Maternity"], 1):
            sheet.append([service])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6
            )
            ref = f"{kind[0]}D{n}.1"
            sheet.append(
                [
                    ref,
                    f"The trust {kind.split()[0].lower()} ensure {service} is safe.",
                    f"Act on {ref}",
                    "Matron",
                    "Mar-25",
                    "G",
                ]
            )
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Urgent and emergency care", "Maternity"]


def test_an_afi_row_among_its_actions_with_the_area_merged_down(tmp_path: Path) -> None:
    """A fire service tracker: 'Inspection area' merged down, 'AFI 1' | its words in the
    'Area for improvement / Action' column with no owner or date, then '1a', '1b': the AFI
    is what they answer (it was read as an action)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    sheet = book.active
    sheet.append(
        [
            "Inspection area",
            "AFI ref",
            "Area for improvement / Action",
            "Action owner",
            "Due date",
            "Status",
        ]
    )
    area = "Preventing fire and other risks"
    words = "The service should make sure it targets its prevention work at those most at risk."
    sheet.append([area, "AFI 1", words, None, None, None])
    sheet.append(
        [
            None,
            "1a",
            "Implement the new home safety visit tool",
            "Head of Prevention",
            "Mar-25",
            "Complete",
        ]
    )
    sheet.append(
        [
            None,
            "1b",
            "Reduce the home safety visits waiting",
            "Station Manager",
            "Jun-25",
            "On Track",
        ]
    )
    sheet.merge_cells("A2:A4")
    path = tmp_path / "afi.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [
        (t.title, [(r.text, [a.ref for a in r.actions]) for r in t.recommendations])
        for t in plan.themes
    ] == [(area, [(words, ["1a", "1b"])])]


def test_a_column_of_what_the_practice_should_do() -> None:
    """'The practice should' names the CQC's should-do: the recommendation."""
    found = column_of(VOCABULARY, "The practice should")
    assert found is not None and found.field == "recommendation"


@pytest.mark.parametrize(
    ("cover", "sheet"),
    [
        (
            "Dudley College of Technology – Post-Inspection Action Plan (PIAP) 2023–24",
            "PIAP – progress update for Quality and Standards Committee, 23 April 2024",
        ),
        (
            "Maritime & Coastguard Agency – Internal Audit Recommendations Tracker",
            "Open and recently implemented GIAA recommendations – position at 31 January 2025",
        ),
    ],
)
def test_a_cover_naming_the_plan_over_a_sheets_line_of_when(cover: str, sheet: str) -> None:
    from ofsted_plan.importing.titles import names_more_fully

    assert names_more_fully(cover, sheet)


def test_must_do_bands_beside_a_should_do_service_column(tmp_path: Path) -> None:
    """A 'Must Do' sheet of core-service bands (with a progress column) beside a 'Should Do'
    sheet naming the core service in a column: one plan, the services its themes (refused as
    two plans, their fields differing only where a part may)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.active.title = "Summary"
    must = book.create_sheet("Must Do")
    must.append(["MUST DO actions"])
    must.append(
        [
            "Ref",
            "Must Do (CQC report)",
            "Action",
            "Lead(s)",
            "Target date",
            "Progress update",
            "RAG",
        ]
    )
    must.append(["Urgent and emergency care"])
    must.merge_cells("A3:G3")
    must.append(
        [
            "MD1.1",
            "The trust must ensure triage within 15 minutes.",
            "Introduce a streaming nurse",
            "DDO",
            "Mar-25",
            "Rota live",
            "Green",
        ]
    )
    should = book.create_sheet("Should Do")
    should.append(["SHOULD DO actions"])
    should.append(["Ref", "Core service", "Should Do", "Action", "Lead", "Due", "RAG"])
    should.append(
        [
            "SD1",
            "Urgent and emergency care",
            "The trust should improve pain scoring.",
            "Relaunch the tool",
            "Matron",
            "Jun-25",
            "Amber",
        ]
    )
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [(t.title, len(t.recommendations)) for t in plan.themes] == [
        ("Urgent and emergency care", 2)
    ]


def test_a_risk_column_beside_its_description(tmp_path: Path) -> None:
    """'Risk' and 'Risk description' both name the theme: the risk's name heads its actions,
    the description another column (refused as two themes)."""
    path = tmp_path / "register.csv"
    path.write_text(
        "Risk,Risk description,Mitigating action,Action owner,Target date,RAG\n"
        "CR1 Financial resilience,The council cannot balance,Deliver savings,S151,Mar-25,G\n"
        ",,Review reserves,S151,Jun-25,A\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["CR1 Financial resilience"]


def test_sheets_over_an_audit_column_take_no_part_from_their_lines(tmp_path: Path) -> None:
    """'Table B – Recommendations completed ...' and 'Table C – ... extension requested'
    (with its progress), each with an 'Audit' column: one plan, the audits the themes, the
    sheets' lines no part (the workbook was refused as two plans)."""
    from openpyxl import Workbook

    titles = ("Ref", "Audit", "Recommendation", "Agreed action", "Responsible officer", "Due date")
    book: Any = Workbook()
    book.active.title = "Table A"
    completed = book.create_sheet("Table B")
    completed.append(["Table B – Recommendations completed since the last meeting"])
    completed.append([])
    row = (
        "22 PAY 01",
        "Payroll 2022/23",
        "Starters need a contract",
        "Check contracts",
        "HR",
        "Mar-23",
    )
    _log_sheet(completed, [row], titles)
    extended = book.create_sheet("Table C")
    extended.append(["Table C – Recommendations where a time extension is requested"])
    extended.append([])
    row = (
        "22 S 03",
        "Safeguarding 2022/23",
        "Staff need training",
        "Set up e-learning",
        "HR",
        "Jun-23",
    )
    _log_sheet(extended, [(*row, "Module built")], (*titles, "Update"))
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Payroll 2022/23", "Safeguarding 2022/23"]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("GMP and Bolton at Home", ("GMP", "Bolton at Home")),  # a force's letters, a body
        ("GMP and Bolton Council", ("GMP", "Bolton Council")),
        ("Sam Lee and Jo Patel", ("Sam Lee", "Jo Patel")),
    ],
)
def test_a_body_by_its_letters_and_another_body(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_summary_sheets_caption_is_not_the_registers_name() -> None:
    """A summary sheet's 'Corporate Risk Register – Quarter 3 2024/25 summary' before the
    register headed 'Erewash Borough Council – Corporate Risk Register': the register's own
    line names it (the longer caption won)."""
    from ofsted_plan.importing.titles import names_more_fully

    assert not names_more_fully(
        "Corporate Risk Register – Quarter 3 2024/25 summary",
        "Erewash Borough Council – Corporate Risk Register",
    )


@pytest.mark.parametrize(
    ("cell", "month"),
    [("25 Nov – 10 Dec 2025", "2025-12"), ("1 – 15 December 2025", "2025-12")],
)
def test_a_period_of_days_ends_in_its_last_month(cell: str, month: str) -> None:
    """A DHR's '25 Nov – 10 Dec 2025' (refused as words with a month among them)."""
    from ofsted_plan.importing.ends import read_end

    found = read_end(cell)
    assert found.month is not None and str(found.month) == month


def test_ofsteds_what_the_school_needs_to_do_to_improve_is_a_label() -> None:
    """The report's own heading, in bold over the inspectors' words: a label, the words the
    part (they were dropped)."""
    from ofsted_plan.importing.labels import labels_one_part

    assert labels_one_part("What the school needs to do to improve")
    assert labels_one_part("What does the provider need to do to improve?")
