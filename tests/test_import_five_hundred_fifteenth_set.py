"""Issue 18, what heldout511-518 (added unmended) and heldout519-522 at first sight showed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Month, Status

from .test_import_four_hundred_forty_seventh_set import _headings
from .test_import_four_hundred_twenty_first_set import _book
from .test_import_three_hundred_ninety_third_set import _csv, _text

BLIND = Path(__file__).parent / "blind"


def _objects(rows: Iterable[list[str]]) -> list[list[object]]:
    """Rows of text as a sheet's rows of any values."""
    return [list[object](row) for row in rows]


RISK_HEADER: list[object] = ["Ref", "Further action to reduce the risk", "Action owner",
                             "Due date", "RAG", "Progress update"]  # fmt: skip


def test_a_risk_s_description_and_owner_rows_are_no_actions(tmp_path: Path) -> None:
    """Under each risk's band: 'Risk description' with its words merged across the action's
    columns, then 'Risk owner' | post | 'Score (Q1 → Q2 → target)' | '20 → 20 → 12': facts of
    the risk (each was read as an action, 18 for 10)."""
    rows: list[list[object]] = [["Corporate Risk Register – risk actions"], [], RISK_HEADER]
    merges: list[str] = []
    fills: dict[str, str] = {}
    for n in (1, 2):
        at = len(rows) + 1
        rows += [
            [f"CR0{n} – Risk {n}"],
            [
                "Risk description",
                f"There is a risk that demand {n} exceeds capacity, leading to harm to patients.",
            ],
            ["Risk owner", "Chief Operating Officer", "Score (Q1 → Q2 → target)", "20 → 20 → 12"],
            [
                f"CR0{n}.1",
                f"Deliver winter plan {n}.",
                "Director of UEC",
                "31/12/2025",
                "",
                "Signed off.",
            ],
            [f"CR0{n}.2", f"Agree protocol {n}.", "Deputy COO", "30/11/2025", "", "Draft."],
        ]
        merges += [f"Plan!A{at}:F{at}", f"Plan!B{at + 1}:F{at + 1}", f"Plan!D{at + 2}:F{at + 2}"]
        fills |= {f"Plan!E{at + 3}": "00B050", f"Plan!E{at + 4}": "FFC000"}
    plan = import_table(_book(tmp_path / "risks.xlsx", {"Plan": rows}, fills, merges))
    assert [a.ref for a in plan.actions()] == ["CR01.1", "CR01.2", "CR02.1", "CR02.2"]
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.AMBER] * 2


def test_action_by_names_the_lead(tmp_path: Path) -> None:
    """A board's action log: 'Action by' is whom each action falls to (it was kept aside and
    every action had no lead)."""
    rows = [["Ref", "Agenda item", "Action", "Action by", "Due", "Status"]] + [
        [
            f"HWB 25/0{n}",
            f"Item {n}",
            f"Circulate paper {n}.",
            "Director of Public Health",
            "Apr-25",
            "Complete",
        ]
        for n in (1, 2, 3)
    ]
    plan = import_table(_csv(tmp_path / "log.csv", rows))
    assert [a.lead for a in plan.actions()] == [("Director of Public Health",)] * 3


def test_a_forecast_as_baseline_keeps_the_baseline_month(tmp_path: Path) -> None:
    """'As baseline' in the forecast column: the baseline date stands (no end month was
    read); the words are kept beside it."""
    rows = [["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"],
            ["1.1", "Launch the portal.", "JH", "Jun-25", "Jul-25", "B"],
            ["1.2", "Close the counter.", "JH", "Mar-26", "As baseline", "G"],
            ["1.3", "Move to appointments.", "KT", "Sep-25", "Unchanged", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "highlight.csv", rows))
    assert [a.end for a in plan.actions()] == [Month(2025, 7), Month(2026, 3), Month(2025, 9)]
    assert list(plan.actions())[1].extra.get("Forecast date") == "As baseline"


def test_an_action_s_words_run_on_a_row_with_no_refs_in_the_table(tmp_path: Path) -> None:
    """'Review the training offer so that it includes' then a row of only 'coercive control,
    economic abuse and post-separation risk.' (a sentence left open, lower case after): one
    action, though the table numbers no actions (it was read as two)."""
    path = _text(tmp_path / "dhr.txt", [
        "Recommendation\tAction to take\tLead Agency\tTarget Date\tRAG",
        "1. The CSP should assure itself of its training.\tReview the training offer so that "
        "it includes\tCSP\tSeptember 2025\tGreen",
        "\tcoercive control, economic abuse and post-separation risk.\t\t\t",
        "\tRun a training needs analysis.\tCSP\tSeptember 2025\tAmber",
        "2. The hospital should ask about abuse.\tAdd a prompt.\tHospital\tMarch 2026\tGreen",
    ])  # fmt: skip
    plan = import_table(path)
    assert [a.action for a in plan.actions()] == [
        "Review the training offer so that it includes coercive control, economic abuse and "
        "post-separation risk.",
        "Run a training needs analysis.",
        "Add a prompt.",
    ]


def test_milestones_counted_by_status_in_one_cell_are_totals(tmp_path: Path) -> None:
    """'Milestones: 9' | 'Complete: 3 | On track: 2 | At risk: 3' under the milestones: the
    counts, not a tenth milestone."""
    rows: list[list[object]] = [
        ["Ref", "Milestone / action", "Lead officer", "Forecast date", "Status"],
        *_objects(
            [f"E{n}", f"Publish study {n}.", "Planning Policy Manager", "Mar-26", "On track"]
            for n in (1, 2, 3)
        ),
        [],
        ["Totals"],
        ["Milestones: 3", "Complete: 0 | On track: 3 | At risk: 0"],
    ]
    plan = import_table(_book(tmp_path / "highlight.xlsx", {"Highlight": rows}))
    assert [a.ref for a in plan.actions()] == ["E1", "E2", "E3"]


def test_a_rec_column_of_codes_and_a_routine_priority(tmp_path: Path) -> None:
    """'Rec' of PE1, PE2 beside the 'Recommendation' (the refs were lost, generated as R1.1)
    and a 'Priority' of Urgent / Important / Routine: a rating, no level of the plan."""
    rows = [["Rec", "Priority", "Recommendation", "Responsible Officer", "Due Date", "Status"]]
    for n, priority in enumerate(("Urgent", "Important", "Routine", "Important"), 1):
        rows.append([f"PE{n}", priority, f"Cases should be logged {n}.", "Enforcement Manager",
                     "31/03/2026", "G"])  # fmt: skip
    plan = import_table(_text(tmp_path / "follow-up.txt", ["\t".join(r) for r in rows]))
    assert [a.ref for a in plan.actions()] == ["PE1", "PE2", "PE3", "PE4"]
    assert _headings(plan) == [[]] * 4
    assert [a.extra.get("Priority") for a in plan.actions()][2] == "Routine"


def test_a_body_s_action_beside_the_committee_s_recommendation(tmp_path: Path) -> None:
    """'Homes England action' beside 'PAC recommendation': the body's action is the action
    (the recommendation was read as it, the action kept aside); 'Progress to 31/12/2025' and
    'Q2 progress update (September 2025)' are the progress comments."""
    for progress in ("Progress to 31/12/2025", "Q2 progress update (September 2025)"):
        rows = [["PAC recommendation", "Ref", "Homes England action", "Lead", "Target date",
                 "Status", progress]]  # fmt: skip
        rows += [[f"{n}. The Department should forecast {n}.", f"A{n}.1",
                  f"Publish forecast {n}.", "Director of Housing", "Q4 2025/26", "On track",
                  f"Draft {n}."] for n in (1, 2, 3)]  # fmt: skip
        plan = import_table(_csv(tmp_path / "pac.csv", rows))
        assert [a.action for a in plan.actions()] == [f"Publish forecast {n}." for n in (1, 2, 3)]
        assert [a.comments for a in plan.actions()] == [f"Draft {n}." for n in (1, 2, 3)]


def test_a_column_of_months_beside_the_action_is_no_refs() -> None:
    """Cardiff PSB's delivery plan, a sheet an objective: 'Step / action' beside 'Milestone /
    target date' of 'Sep-25', 'March 2027', 'Mar-26' on its last sheet: months, the end (they
    were read as that sheet's refs, every end lost)."""
    path = BLIND / "heldout518" / "um-cardiff-psb-well-being-plan-delivery-plan-2025-26.xlsx"
    ends = {a.ref: a.end for a in import_table(path).actions()}
    assert [ends["6.1"], ends["6.2"], ends["6.3"]] == [Month(2025, 9), Month(2027, 3),
                                                       Month(2026, 3)]  # fmt: skip


def _word(path: Path, blocks: list[tuple[str, object]]) -> Path:
    """A Word document: ('h1', text) a Heading 1, ('p', text) a paragraph, ('t', rows) a
    table (a row of one text merged across it)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Ty Catrin Hospital – HIW Inspection Improvement Plan", style="Title")
    for kind, value in blocks:
        if kind == "h1":
            document.add_heading(str(value), level=1)
        elif kind == "p":
            document.add_paragraph(str(value))
        else:
            assert isinstance(value, list)
            table = document.add_table(rows=len(value), cols=len(value[0]))
            for r, cells in enumerate(value):
                if len(cells) == 1:  # a band: its one text merged across the table
                    table.cell(r, 0).merge(table.cell(r, len(value[0]) - 1)).text = cells[0]
                    continue
                for c, text in enumerate(cells):
                    table.cell(r, c).text = text
    document.save(str(path))
    return path


def test_a_paragraph_about_the_table_below_is_no_part(tmp_path: Path) -> None:
    """'The table below includes any immediate non-compliance concerns ...' between the
    appendix heading and its table: prose about the table (it was read as the part)."""
    header = ["Improvement needed", "Service action", "Responsible officer", "Timescale"]
    rows = [header] + [[f"The provider must ensure checks {n} are made.", f"Checks {n} made.",
                        "Lead Nurse", "31/10/2024"] for n in (1, 2)]  # fmt: skip
    path = _word(tmp_path / "hiw.docx", [
        ("p", "Service: Ty Catrin Hospital, Cardiff"),
        ("h1", "Appendix B – Immediate improvement plan"),
        ("p", "The table below includes any immediate non-compliance concerns about patient "
              "safety identified during the inspection."),
        ("t", rows),
        ("h1", "Appendix C – Improvement plan"),
        ("p", "The table below includes any other improvements identified during the "
              "inspection."),
        ("t", [header, ["Quality of the patient experience"]] + [
            [f"The service must ensure rule {n} is met.", f"Rule {n} met.", "Ward Manager",
             "Jan 2025"] for n in (3, 4)]),
    ])  # fmt: skip
    plan = import_table(path)
    assert all("The table below" not in h for hs in _headings(plan) for h in hs)
    assert len(list(plan.actions())) == 4


def test_areas_for_improvement_after_causes_of_concern_is_a_part(tmp_path: Path) -> None:
    """'Areas for improvement' (its rows numbered 'AFI 1') after 'Cause of concern 2' at the
    same heading level: its own part (the areas were read under the cause of concern)."""
    actions = [
        ["Ref", "Action", "Owner", "Target date", "RAG"],
        ["2.1", "Deliver training.", "Custody Training Manager", "Sep-25", "Green"],
    ]
    afis = [["AFI", "Area for improvement", "Action", "Owner", "Target date", "RAG"]] + [
        [f"AFI {n}", f"Detainees should have access to service {n}.", f"Issue note {n}.",
         "Custody Inspector", "Dec-25", "Amber"] for n in (1, 2)]  # fmt: skip
    path = _word(tmp_path / "custody.docx", [
        ("h1", "Cause of concern 1: Use of force"), ("t", actions),
        ("h1", "Cause of concern 2: Welfare checks"), ("t", [actions[0], ["2.2", *actions[1][1:]]]),
        ("h1", "Areas for improvement"),
        ("p", "The report identified the following areas for improvement."), ("t", afis),
    ])  # fmt: skip
    plan = import_table(path)
    assert [h[0] for h in _headings(plan)] == [
        "Cause of concern 1: Use of force", "Cause of concern 2: Welfare checks",
        "Areas for improvement", "Areas for improvement",
    ]  # fmt: skip


def test_one_field_s_post_or_team_named_with_and() -> None:
    """'Supt Stop and Search Lead', 'NHS England Screening and Immunisation Team': one lead
    over one field of two words (each was split in two)."""
    for lead in ("Supt Stop and Search Lead", "NHS England Screening and Immunisation Team"):
        assert split_people(lead).officers == (lead,)


def test_an_issue_s_short_name_over_its_risk_described(tmp_path: Path) -> None:
    """Audit Scotland's tracker: 'Issue' of 'Fixed asset register' beside 'Risk' of
    sentences and the 'Recommendation': the issue names the part (the risk's sentences were
    read as the theme, the issue kept aside)."""
    rows = [["No.", "Issue", "Risk", "Recommendation", "Agreed management action",
             "Responsible officer", "Agreed date", "RAG"]]  # fmt: skip
    names = ["Medium-term financial planning", "Fixed asset register", "Cyber security"]
    for n, name in enumerate(names, 1):
        rows.append([str(n), name, f"Our testing found weakness {n} in the area. There is a "
                     "risk that the Board is not assured.", f"Management should fix {n}.",
                     f"Fix {n}.", "Chief Financial Officer", "31/12/2025", "Green"])  # fmt: skip
    plan = import_table(_csv(tmp_path / "aar.csv", rows))
    assert [h[0] for h in _headings(plan)] == names
    assert next(iter(plan.actions())).extra["Risk"].startswith("Our testing found weakness 1")


def test_none_with_dashes_for_lead_and_date_is_no_action(tmp_path: Path) -> None:
    """A risk's row whose further action is 'None – existing controls adequate', its
    responsible and target cells '–': no action (it was read as one)."""
    rows = [["Ref", "Risk", "Further action required", "Responsible", "Target date",
             "Action status"]]  # fmt: skip
    rows += [[f"AP{n}", f"Risk {n} to the council", f"Inspect site {n}.", "Town Clerk",
              "Sept 2025", "G"] for n in (1, 2)]  # fmt: skip
    rows.append(["AP3", "Allotment disputes", "None – existing controls adequate", "–", "–", ""])
    plan = import_table(_csv(tmp_path / "register.csv", rows))
    assert [a.action for a in plan.actions()] == ["Inspect site 1.", "Inspect site 2."]


def test_a_sentence_left_open_runs_on_a_line_before_the_next_meeting(tmp_path: Path) -> None:
    """'... session to be held' then a line of its own 'alongside a scheduled Board
    meeting.' then 'Board meeting – 25 September 2025': the update's words run on (the line
    was taken for a heading and the log refused); 'Not due to start' is a status word, not
    yet rated (it was refused)."""
    path = _text(tmp_path / "log.txt", [
        "Board: Rolling Action Log", "",
        "Ref\tMinute\tAction\tOwner\tDue date\tRAG\tUpdate",
        "Board meeting – 17 July 2025",
        "BA25/31\tMin 5.3\tBring a paper on resourcing.\tKB\tDec-25\tG\tDrafting.",
        "BA25/34\tMin 9\tArrange a development session.\tJM\tMar-26\tNot due to start\t"
        "Session to be held",
        "alongside a scheduled Board meeting.",
        "Board meeting – 25 September 2025",
        "BA25/41\tMin 4.1\tProvide a budget breakdown.\tCOO\tNov-25\tA\tIn hand.",
    ])  # fmt: skip
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["BA25/31", "BA25/34", "BA25/41"]
    assert [h[0] for h in _headings(plan)] == ["Board meeting – 17 July 2025"] * 2 + [
        "Board meeting – 25 September 2025"
    ]
    second = list(plan.actions())[1]
    assert second.comments == "Session to be held\nalongside a scheduled Board meeting."
    assert second.status is Status.UNRATED


def test_a_rec_number_beside_the_action_s_own_number(tmp_path: Path) -> None:
    """'Rec' of 1, 2 beside 'No.' of 1.1, 1.2, 2.1: the action's number nests under its
    recommendation's, and is the ref (once 'Rec' named a ref, both were taken for it and
    the plan refused)."""
    rows = [["Rec", "Recommendation", "No.", "Action", "Action owner", "Target date", "RAG"]]
    for rec, number in (("1", "1.1"), ("1", "1.2"), ("2", "2.1")):
        rows.append([rec, f"The PDU should improve area {rec}.", number, f"Act on {number}.",
                     "Head of PDU", "Mar-23", "G"])  # fmt: skip
    plan = import_table(_csv(tmp_path / "hmip.csv", rows))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]


def test_an_improvement_notice_and_its_contravention_are_the_parts(tmp_path: Path) -> None:
    """An HSE notices tracker: 'Notice' and 'Contravention' written on each notice's first row
    are what its actions answer (they were kept aside, the actions under nothing); 'external
    PUWER assessor' and 'Practice Educator' are posts, each a lead of their own."""
    rows = [["Notice", "Contravention", "Action no.", "Corrective action", "Owner", "Due date",
             "Status"],
            ["Improvement Notice 1", "Traffic routes not organised safely", "1.1",
             "Install barriers.", "Site Manager", "30/04/2025", "Complete"],
            ["", "", "1.2", "Revise the traffic plan.", "SHEQ Manager", "31/05/2025", "Complete"],
            ["Improvement Notice 2", "Work equipment not maintained", "2.1", "Inspect the crane.",
             "Maintenance Manager & external PUWER assessor", "30/06/2025", "On track"],
            ["", "", "2.2", "Train the crews.", "Inpatient Unit Manager and Practice Educator",
             "31/07/2025", "Not started"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "notices.csv", rows))
    first = ["Improvement Notice 1", "Traffic routes not organised safely"]
    second = ["Improvement Notice 2", "Work equipment not maintained"]
    assert _headings(plan) == [first, first, second, second]
    assert [a.lead for a in plan.actions()][2:] == [
        ("Maintenance Manager", "external PUWER assessor"),
        ("Inpatient Unit Manager", "Practice Educator"),
    ]


def test_who_leads_the_sheet_s_standard_is_no_part(tmp_path: Path) -> None:
    """'Lead Executive: Executive Director of Property' under each sheet's standard: who
    answers for it (it was read as the part, the standard lost); 'Scores: Impact x
    Likelihood ...' under a register: a note (it was read as an action and refused)."""
    header: list[object] = ["No.", "Regulator's finding", "Action", "Action lead", "Due date",
                            "RAG"]  # fmt: skip
    sheets: dict[str, list[list[object]]] = {}
    for n, standard in enumerate(("Safety and Quality Standard", "Tenancy Standard"), 1):
        sheets[standard.split()[0]] = [
            [standard],
            [f"Lead Executive: Executive Director {n}"],
            [],
            header,
            *_objects(
                [
                    f"{n}.{i}",
                    f"Finding {n}.{i} was made.",
                    f"Fix {n}.{i}.",
                    "Head of Repairs",
                    "Dec-25",
                    "G",
                ]
                for i in (1, 2)
            ),
            [],
            ["Scores: Impact x Likelihood, each 1-5. Residual scores of 12 are escalated."],
        ]
    plan = import_table(_book(tmp_path / "rsh.xlsx", sheets))
    assert [h[0] for h in _headings(plan)] == ["Safety and Quality Standard"] * 2 + [
        "Tenancy Standard"] * 2  # fmt: skip


def test_the_inspectors_recommended_the_following_is_no_part(tmp_path: Path) -> None:
    """'3. Areas the provider should improve' then 'CQC also recommended the following
    improvements.' over a table banded by each should-do: the line introduces the list (it
    was read as a level, and the should-dos fell to a column of headings)."""
    header = ["No.", "Action to be taken", "Who is responsible", "By when", "RAG"]
    must = [header, ["The provider must ensure medicines are managed safely."],
            ["1.1", "Introduce PRN protocols.", "Deputy Manager", "Aug-24", "Complete"],
            ["1.2", "Audit MAR charts.", "Clinical Lead", "Sep-24", "Green"]]  # fmt: skip
    should = [
        header,
        ["The provider should review staff deployment at mealtimes."],
        ["3.1", "Review deployment.", "Registered Manager", "Sep-24", "Green"],
        ["The provider should develop meaningful activities."],
        ["3.2", "Recruit a coordinator.", "Registered Manager", "Dec-24", "Green"],
    ]
    path = _word(tmp_path / "cqc.docx", [
        ("h1", "1. Regulation 12: Safe care and treatment"), ("t", must),
        ("h1", "3. Areas the provider should improve"),
        ("p", "CQC also recommended the following improvements."), ("t", should),
    ])  # fmt: skip
    plan = import_table(path)
    assert [h[-1] for h in _headings(plan)] == [
        "The provider must ensure medicines are managed safely.",
        "The provider must ensure medicines are managed safely.",
        "The provider should review staff deployment at mealtimes.",
        "The provider should develop meaningful activities.",
    ]


def test_an_export_s_filter_line_is_no_title_and_a_recurring_end_has_its_last_month(
    tmp_path: Path,
) -> None:
    """A health and safety system's export: 'Filter: Source = HSE Improvement Notice; ...'
    is its stamp, not the plan's name (it was taken for the title); 'Quarterly to Sep 2026'
    ends in September 2026 (no end month was read); 'Lead Service' names who leads."""
    path = _text(tmp_path / "tracker.txt", [
        "Wincanton – HSE Enforcement Action Tracker",
        "Site: Daventry\tReport run: 14/11/2025 09:12\tRun by: SHEQ Systems",
        "Filter: Source = HSE Improvement Notice; Status = All", "",
        "Action ID\tAction\tLead Service\tDue date\tRAG",
        "WT-01\tInstall barriers.\tEngineering\t30/09/2025\tGreen",
        "WT-02\tRe-mark the yard.\tOperations\tQuarterly to Sep 2026\tGreen",
    ])  # fmt: skip
    plan = import_table(path)
    assert plan.title == "Wincanton – HSE Enforcement Action Tracker"
    assert [a.end for a in plan.actions()] == [Month(2025, 9), Month(2026, 9)]
    assert [a.lead for a in plan.actions()] == [("Engineering",), ("Operations",)]


def test_posts_named_by_a_programme_s_or_a_field_s_letters() -> None:
    """'Regional NEST/NYTH Co-ordinator': one post over a programme's two names (it was split
    at the slash); 'Senior Director, SMS Investigations' between slashes: a post and its
    field (it was split at the comma)."""
    assert split_people("Regional NEST/NYTH Co-ordinator").officers == (
        "Regional NEST/NYTH Co-ordinator",
    )
    assert split_people(
        "Senior Director, SMS Investigations / Director, Digital Markets Legal"
    ).officers == ("Senior Director, SMS Investigations", "Director, Digital Markets Legal")


def test_a_rec_letter_and_number_beside_the_action_s_own_number(tmp_path: Path) -> None:
    """'Rec' of R1, R2 beside 'No.' of 1.1, 1.2, 2.1: the action's number is the ref (the
    plan was refused, once 'Rec' named a ref: two columns for the ref)."""
    rows = [["Rec", "Recommendation", "No.", "Action", "Owner", "Timescale", "RAG"]]
    for rec, number in (("R1", "1.1"), ("", "1.2"), ("R2", "2.1")):
        rows.append([rec, f"improve area {rec}" if rec else "", number, f"Act on {number}.",
                     "Head of Service", "Dec-24", "Green"])  # fmt: skip
    plan = import_table(_csv(tmp_path / "yjs.csv", rows))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]


def test_a_highlight_report_s_decisions_line_in_its_first_column(tmp_path: Path) -> None:
    """'Decisions required from the Board:' | 'None this period' under the milestones, its
    label in the workstream column: a line of the report (it was read as an action with no
    action and the report refused)."""
    path = _text(tmp_path / "highlight.txt", [
        "SEND Transformation Programme Highlight Report",
        "Status key: C = Complete; G = On track; A = At risk; R = Off track", "",
        "Workstream\tRef\tMilestone / action\tOwner\tForecast date\tStatus",
        "WS1 Inclusion\t1.1\tLaunch the guidance\tHead of Inclusion\t30/09/2025\tC",
        "WS1 Inclusion\t1.2\tRecruit two advisers\tEarly Years Lead\t31/01/2026\tA",
        "WS2 EHC plans\t2.1\tReduce waits over 20 weeks\tHead of SEN\t31/03/2026\tR", "",
        "Decisions required from the Board:\tNone this period",
    ])  # fmt: skip
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]
    assert "Decisions required from the Board: None this period" in plan.notes


def test_what_the_regulator_found_is_said_of_the_standard_above_it(tmp_path: Path) -> None:
    """'1. Safety and Quality Standard', then 'What the Regulator found:' and its bulleted
    list, then each standard's table: the standard is the part (the list's last line was
    read as it); a 'Completion date' beside the 'Target date' is when it was done (the plan
    was refused: two end months)."""
    lines = ["Futures Housing Group – Consumer Standards Improvement Plan", ""]
    for n, standard in enumerate(("Safety and Quality Standard", "Tenancy Standard"), 1):
        lines += [f"{n}. {standard}", "", "What the Regulator found:",
                  f"- Finding {n}a was made.", f"- Finding {n}b was made.", "",
                  "Ref\tWhat we will do\tWho\tTarget date\tCompletion date\tStatus",
                  f"{n}.1\tPut finding {n}a right.\tDirector of Property\tMar-26\t\tOn track",
                  f"{n}.2\tPut finding {n}b right.\tHead of Repairs\tSep-25\t12/09/2025\tComplete",
                  ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "rsh.txt", lines))
    assert [h[0] for h in _headings(plan)] == ["1. Safety and Quality Standard"] * 2 + [
        "2. Tenancy Standard"
    ] * 2
    assert [a.end for a in plan.actions()] == [Month(2026, 3), Month(2025, 9)] * 2


def test_the_first_sheet_s_title_over_a_workbook_is_no_part(tmp_path: Path) -> None:
    """The first sheet's line 'North Lanarkshire IJB: Annual Audit Report 2024/25 – Action
    Plan Progress Update' over its table, a follow-up sheet starting at its header: the
    workbook's title (it was read as the first sheet's part, and the line under it taken for
    the title)."""
    header: list[object] = ["No.", "Issue/risk", "Recommendation", "Agreed management action",
                            "Responsible officer", "Agreed date", "Status"]  # fmt: skip
    title = "North Lanarkshire IJB: Annual Audit Report 2024/25 – Action Plan Progress Update"
    plan_rows: list[list[object]] = [
        [title],
        ["Audit and Performance Committee – 26 November 2025"],
        [],
        header,
        *_objects(
            [
                str(n),
                f"Issue {n}",
                f"The IJB should fix {n}.",
                f"Fix {n}.",
                "Chief Finance Officer",
                "31/03/2026",
                "Green",
            ]
            for n in (1, 2, 3)
        ),
    ]
    follow_up: list[list[object]] = [
        [
            "Ref",
            "Recommendation (2023/24)",
            "Agreed action",
            "Responsible officer",
            "Original date",
            "Status",
        ],
        *_objects(
            [
                f"b/f {n}",
                f"The IJB should publish report {n}.",
                f"Publish {n}.",
                "Chief Officer",
                "31/07/2025",
                "Complete",
            ]
            for n in (1, 2)
        ),
    ]
    plan = import_table(
        _book(
            tmp_path / "aar.xlsx",
            {"2024-25 Action Plan": plan_rows, "2023-24 follow-up": follow_up},
        )
    )
    assert plan.title == title
    assert all(title not in h for h in _headings(plan))


def test_a_risk_s_row_with_its_owner_heads_the_actions_numbered_under_it(tmp_path: Path) -> None:
    """'SR01 | Investigative capacity ... | ACC Crime and Justice | 4 x 4 = 16' with no date or
    status, over SR01.1 and SR01.2: the risk, their heading (each risk was read as an action
    too, 10 for 7); its owner is kept with each action under it."""
    rows: list[list[object]] = [
        ["Strategic Risk Register 2025/26"], [],
        ["Ref", "Risk / mitigating action", "Owner", "Inherent score", "Target date", "Status"],
    ]  # fmt: skip
    for n in (1, 2):
        rows.append([f"SR0{n}", f"Risk {n} – demand exceeds capacity", f"ACC {n}", "4 x 4 = 16"])
        rows += [[f"SR0{n}.{i}", f"Mitigate risk {n} step {i}.", "Head of People", "",
                  "31/03/2026", "G"] for i in (1, 2)]  # fmt: skip
    rows += [[], ["Action status key: C = complete; G = on track; A = at risk; R = missed"]]
    plan = import_table(_book(tmp_path / "register.xlsx", {"Register": rows}))
    assert [a.ref for a in plan.actions()] == ["SR01.1", "SR01.2", "SR02.1", "SR02.2"]
    assert [h[-1] for h in _headings(plan)][::2] == [
        "Risk 1 – demand exceeds capacity", "Risk 2 – demand exceeds capacity"
    ]  # fmt: skip
    assert next(iter(plan.actions())).extra.get("Heading lead") == "ACC 1"


def test_the_first_workstream_numbered_bare_above_the_first_header(tmp_path: Path) -> None:
    """'1. Customer Experience and Digital' above the first table, '2. ...' and '3. ...' above
    the next: the first workstream too (it was kept as a note, its actions under nothing)."""
    lines = [
        "Transformation Programme Highlight Report",
        "",
        "RAG definitions: G = on track; A = at risk; R = off track; C = complete",
        "",
    ]
    for n, name in enumerate(("Customer Experience", "Adult Prevention", "Property"), 1):
        lines += [f"{n}. {name}", f"Workstream lead: Director {n} | Status this period: A",
                  "Ref\tMilestone / action\tOwner\tForecast date\tRAG",
                  f"W{n}.1\tDeliver step {n}\tHead of Service\tDec-25\tG", ""]  # fmt: skip
    lines += ["Risks and issues", "Risk\tImpact\tMitigation", "Supplier delay\tHigh\tWeekly calls"]
    plan = import_table(_text(tmp_path / "highlight.txt", lines))
    assert [h[0] for h in _headings(plan)] == [
        "1. Customer Experience", "2. Adult Prevention", "3. Property"
    ]  # fmt: skip


def test_a_sheet_s_title_continued_on_the_next_sheet(tmp_path: Path) -> None:
    """'Consumer Duty Board Assessment 2025 – Action Plan' on one sheet and '... (continued)'
    on the next, each over its outcome bands: the title twice, no part (it was read as the
    first sheet's part); 'Director of Finance and Resources and OPCC Chief Finance Officer'
    is two leads (it was kept as one)."""
    header: list[object] = ["Ref", "Action", "Owner", "Target date", "Status"]
    title = "Consumer Duty Board Assessment 2025 – Action Plan"

    def sheet(suffix: str, band: str, code: str, owner: str) -> list[list[object]]:
        return [[f"{title}{suffix}"], [], header, [band],
                *_objects([f"{code}{i}", f"Do {code}{i}.", owner, "Mar-26", "On track"]
                          for i in (1, 2))]  # fmt: skip

    plan = import_table(_book(tmp_path / "duty.xlsx", {
        "Action Plan": sheet("", "Outcome 1 – Products and Services", "PS", "Product Director"),
        "Cross-cutting": sheet(" (continued)", "Cross-cutting – Governance", "GC",
                               "Director of Finance and Resources and OPCC Chief Finance "
                               "Officer"),
    }, merges=["Action Plan!A4:E4", "Cross-cutting!A4:E4"]))  # fmt: skip
    assert [h for h in _headings(plan)] == [["Outcome 1 – Products and Services"]] * 2 + [
        ["Cross-cutting – Governance"]
    ] * 2
    assert list(plan.actions())[-1].lead == (
        "Director of Finance and Resources",
        "OPCC Chief Finance Officer",
    )
