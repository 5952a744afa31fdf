"""Issue 18, session 32: readings left from session 31 (a post's area in brackets after one
word, a place named in two words joined by '&') and what heldout619 on showed at first sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people

from .test_import_four_hundred_twenty_first_set import _book
from .test_import_three_hundred_ninety_third_set import _csv

RED, AMBER, GREEN = "FF0000", "FFC000", "00B050"


def test_a_post_named_in_one_word_with_its_area_in_brackets_is_a_lead() -> None:
    """'Chief Executive & Director (HR, Governance and Regulatory)' (West Suffolk's risk
    register): two officers, the second a director whose area is in brackets."""
    assert split_people("Chief Executive & Director (HR, Governance and Regulatory)").officers == (
        "Chief Executive",
        "Director (HR, Governance and Regulatory)",
    )
    assert split_people("Head of Finance and Director (Resources)").officers == (
        "Head of Finance",
        "Director (Resources)",
    )
    assert split_people("Director (Resources)").officers == ("Director (Resources)",)


def test_a_place_named_in_two_words_joined_by_an_ampersand_stays_whole() -> None:
    """'Healthwatch Telford & Wrekin Chief Officer' (a health and wellbeing board's log): one
    officer of the place's Healthwatch, never 'Healthwatch Telford' and 'Wrekin Chief
    Officer'; two people joined by '&' are still two."""
    assert split_people("Healthwatch Telford & Wrekin Chief Officer").officers == (
        "Healthwatch Telford & Wrekin Chief Officer",
    )
    assert split_people("Head of Inclusion, Brighton & Hove").officers == (
        "Head of Inclusion, Brighton & Hove",
    )
    assert split_people("Jo Smith & Sam Lee").officers == ("Jo Smith", "Sam Lee")


def test_a_sentence_then_a_line_announcing_the_action_is_no_level(tmp_path: Path) -> None:
    """'All safeguarding Standards were met. Follow-up action agreed ...:' under its section
    (an ISI action plan saved as text): said of the section, the action under the section
    alone, as a step's words on their own line are the level under it."""
    lines = [
        "Cheadle Hulme School - ISI Inspection Action Plan 2025-26",
        "",
        "SECTION 1: QUALITY OF EDUCATION",
        "",
        "Recommended next step 1",
        "Ensure that teaching in the junior school adapts tasks for pupils with SEND.",
        "",
        "1.1  Action:  Deliver INSET on adaptive teaching to junior school staff.",
        "     Lead:    SENCo",
        "     By:      06/01/2026",
        "     RAG:     B",
        "",
        "SECTION 2: SAFEGUARDING",
        "",
        "All safeguarding Standards were met. Follow-up action agreed after the feedback:",
        "",
        "2.1  Action:  Record the date of the prohibition check on the single central record.",
        "     Lead:    HR Manager",
        "     By:      31/01/2026",
        "     RAG:     B",
    ]
    path = tmp_path / "isi.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "SECTION 1: QUALITY OF EDUCATION",
        "SECTION 2: SAFEGUARDING",
    ]
    assert [r.text[:20] for r in plan.themes[0].recommendations] == ["Ensure that teaching"]
    assert [r.text for r in plan.themes[1].recommendations] == [""]
    assert [a.ref for t in plan.themes for r in t.recommendations for a in r.actions] == [
        "1.1",
        "2.1",
    ]


def test_a_table_of_indicators_under_the_actions_is_set_aside(tmp_path: Path) -> None:
    """'Key performance indicator | Target 2025-26 | Q2 actual | RAG' after a blank row under
    a council plan's activities (Wolverhampton's delivery plan): another table, kept in the
    notes; its targets are no end months (the sheet had been refused at '2025-26')."""
    rows: list[list[object]] = [
        ["Ref", "Key activity", "Lead officer", "Milestone date", "Q2 RAG", "Q2 progress"],
        [
            "SF01",
            "Extend the Family Hubs offer to all eight localities.",
            "Head of Early Help",
            "March 2026",
            "G",
            "Six hubs open.",
        ],
        [
            "SF02",
            "Reduce persistent absence in 20 priority schools.",
            "Head of Education Excellence",
            "July 2026",
            "A",
            "Attendance officers recruited.",
        ],
        [],
        [None, "Key performance indicator", None, "Target 2025-26", "Q2 actual", "RAG"],
        [None, "Children in care per 10,000 under-18s", None, "90", "93.4", "A"],
        [None, "EHCPs issued within 20 weeks", None, "65%", "71%", "G"],
    ]
    plan = import_table(str(_book(tmp_path / "plan.xlsx", {"Strong families": rows})))
    actions = [a for t in plan.themes for r in t.recommendations for a in r.actions]
    assert [a.ref for a in actions] == ["SF01", "SF02"]
    assert [str(a.end) for a in actions] == ["2026-03", "2026-07"]
    assert any("Children in care per 10,000" in note for note in plan.notes)


def test_a_milestone_beside_the_action_is_what_shows_it_done(tmp_path: Path) -> None:
    """'Action' | 'Lead' | 'Milestone' | 'Due date' (the SSSC's delivery plan): the action
    column holds the actions; the milestone ('Guidance approved by Council') is kept beside
    them, not a second action column (the sheet was refused as two action columns)."""
    rows: list[list[object]] = [
        ["Ref", "Action", "Lead", "Milestone", "Due date", "Q2 status"],
        ["Trusted: a regulated workforce that is fit to practise"],
        [
            "T1",
            "Implement the revised fitness to practise guidance and publish it.",
            "Director of Fitness to Practise",
            "Guidance approved by Council",
            "September 2025",
            "Complete",
        ],
        [
            "T2",
            "Reduce the median time from referral to outcome to 12 months.",
            "Director of Fitness to Practise",
            "Median time reported quarterly",
            "March 2026",
            "Amber",
        ],
        [
            "T3",
            "Launch the new registration portal for the children's workforce.",
            "Head of Digital",
            "Portal live",
            "Q3 2025/26",
            "Red",
        ],
    ]
    plan = import_table(str(_book(tmp_path / "plan.xlsx", {"Delivery plan": rows})))
    actions = [a for t in plan.themes for r in t.recommendations for a in r.actions]
    assert [a.action[:9] for a in actions] == ["Implement", "Reduce th", "Launch th"]
    assert actions[0].extra["Milestone"] == "Guidance approved by Council"


def _lessons(path: Path) -> Path:
    """A lessons-learned plan: a heading per lesson, 'What happened: ...' under it, then the
    lesson's table of actions."""
    from docx import Document

    document = Document()
    document.add_heading("Supporter CRM Migration – Lessons Learned Action Plan", 0)
    for n, (lesson, story) in enumerate(
        [("Testing was compressed to meet go-live", "What happened: only one rehearsal ran."),
         ("Training came too late", "What we learned: staff met the system on launch day.")],
        start=1,
    ):  # fmt: skip
        document.add_heading(f"Lesson {n}: {lesson}", 1)
        document.add_paragraph(story)
        table = document.add_table(rows=2, cols=5)
        for c, title in enumerate(["No.", "Action", "Owner", "By when", "Status"]):
            table.cell(0, c).text = title
        for c, text in enumerate(
            [f"{n}.1", f"Run two full rehearsals before the next go-live ({n}).", "Head of IT",
             "March 2026", "Green"]
        ):  # fmt: skip
            table.cell(1, c).text = text
    document.save(str(path))
    return path


def test_what_happened_under_a_lesson_is_its_story_not_a_level(tmp_path: Path) -> None:
    """'What happened: ...' and 'What we learned: ...' between a lesson's heading and its
    table (Guide Dogs', Monmouth's lessons-learned plans): said of the lesson, kept in the
    notes; the actions stand under the lesson alone."""
    plan = import_table(str(_lessons(tmp_path / "lessons.docx")))
    assert [t.title for t in plan.themes] == [
        "Lesson 1: Testing was compressed to meet go-live",
        "Lesson 2: Training came too late",
    ]
    assert [r.text for t in plan.themes for r in t.recommendations] == ["", ""]
    assert "What happened: only one rehearsal ran." in plan.notes


def test_a_lessons_code_and_words_merged_across_the_row_is_the_level(tmp_path: Path) -> None:
    """'L3' in the ref's cell and the lesson's words merged over every other column, between
    actions 2.2 and 2.3 (a network operator's storm lessons plan): the lesson the actions
    after it answer, not an action of no lead or date."""
    rows: list[list[object]] = [
        ["Ref", "Action", "Action owner", "Due date", "RAG", "Update"],
        ["Theme 2 – Customer communications"],
        ["L2", "Estimated restoration times were not updated for some customers for a day."],
        [
            "2.1",
            "Alert when an estimated restoration time passes without update.",
            "Head of Customer Service",
            "Apr-25",
            "A",
            "Build under way.",
        ],
        [
            "2.2",
            "Stress test the 105 telephony platform.",
            "Head of Digital",
            "Jul-25",
            "B",
            "Done.",
        ],
        ["L3", "Welsh-language messages were issued later than English messages on day one."],
        [
            "2.3",
            "Add bilingual storm message templates to the toolkit.",
            "Communications Manager (Wales)",
            "Mar-25",
            "B",
            "Templates in use.",
        ],
    ]
    merges = ["Plan!A2:F2", "Plan!B3:F3", "Plan!B6:F6"]
    plan = import_table(str(_book(tmp_path / "plan.xlsx", {"Plan": rows}, merges=merges)))
    assert [a.ref for a in plan.actions()] == ["2.1", "2.2", "2.3"]
    assert [r.text[:12] for t in plan.themes for r in t.recommendations] == [
        "Estimated re",
        "Welsh-langua",
    ]


LOG_HEADER = ["Action No.", "Action", "Responsible officer", "Target date", "RAG"]
LOG_ROWS = [
    ["HWB01", "Circulate the pharmaceutical needs assessment.", "Director of Public Health",
     "Oct-25", "Complete"],
    ["HWB02", "Report back on the Better Care Fund plan.", "Head of Commissioning", "Dec-25",
     "Green"],
    ["HWB03", "Arrange a development session for members.", "Board Manager", "Jan-26", "Amber"],
]  # fmt: skip


@pytest.mark.parametrize(
    ("above", "title"),
    [
        (["Plymouth Health and Wellbeing Board",
          "Action Log – updated following the meeting held on 11 September 2025"],
         "Plymouth Health and Wellbeing Board"),
        (["Settle Town Council – Lessons Learned Review: Payment Mandate Fraud (October 2024)",
          "Action plan agreed by Full Council 9 December 2024 (min. 24/112) – progress at "
          "10 March 2025"],
         "Settle Town Council – Lessons Learned Review: Payment Mandate Fraud (October 2024)"),
        (["Close Brothers Motor Finance – Regulatory Remediation Tracker",
          "Programme: FCA motor finance complaints and redress readiness"],
         "Close Brothers Motor Finance – Regulatory Remediation Tracker"),
    ],
)  # fmt: skip
def test_the_title_is_the_line_that_names_the_plan_not_its_update(
    tmp_path: Path, above: list[str], title: str
) -> None:
    """A board's name over 'Action Log – updated following the meeting ...'; a review's name
    over 'Action plan agreed by Full Council ... – progress at ...'; a tracker's name over
    'Programme: ...': the first names the plan, the second says when or of what."""
    rows = [[line] for line in above] + [[], LOG_HEADER, *LOG_ROWS]
    plan = import_table(str(_csv(tmp_path / "log.csv", rows)))
    assert plan.title == title


@pytest.mark.parametrize("label", ["Development point", "Next step"])
def test_a_development_point_label_gives_way_to_its_words(tmp_path: Path, label: str) -> None:
    """SIAMS' 'Development point 1', ISI's 'Next step 1' heading, its words in the next
    paragraph, then its table: the words name the part, the label only its kind."""
    from docx import Document

    document = Document()
    document.add_heading("St Barnabas CE Primary School – SIAMS Inspection Action Plan", 0)
    for n in (1, 2):
        document.add_heading(f"{label} {n}", 2)
        document.add_paragraph(f"Deepen pupils' understanding of the school's vision ({n}).")
        table = document.add_table(rows=2, cols=4)
        for c, text in enumerate(["Action", "Lead", "Timescale", "RAG"]):
            table.cell(0, c).text = text
        for c, text in enumerate([f"Plan collective worship themes ({n}).", "RE Lead",
                                  "Spring term 2026", "Green"]):  # fmt: skip
            table.cell(1, c).text = text
    path = tmp_path / "siams.docx"
    document.save(str(path))
    plan = import_table(str(path))
    levels = [[t.title, r.text] for t in plan.themes for r in t.recommendations]
    assert [[level for level in pair if level] for pair in levels] == [
        ["Deepen pupils' understanding of the school's vision (1)."],
        ["Deepen pupils' understanding of the school's vision (2)."],
    ]


def test_a_post_and_a_champion_after_a_comma_are_two_leads() -> None:
    """'Clinical Lead, Dementia Champion' (a care home's plan): two posts, not a lead and the
    area she covers."""
    assert split_people("Clinical Lead, Dementia Champion").officers == (
        "Clinical Lead",
        "Dementia Champion",
    )
    assert split_people("Chair, QA Subgroup").officers == ("Chair, QA Subgroup",)


REGISTER: list[object] = ["Risk", "Risk description", "Risk owner", "Inherent score (I x L)",
                          "Key controls in place", "Residual score (I x L)", "Action ref",
                          "Additional action required", "Action owner", "Target date", "RAG",
                          "Progress at Q3"]  # fmt: skip


def test_additional_action_required_is_the_action(tmp_path: Path) -> None:
    """A register's 'Additional action required' beside each risk (the NI Policing Board's):
    the actions (the workbook was refused for want of a header)."""
    rows: list[list[object]] = [
        ["Northern Ireland Policing Board – Corporate Risk Register 2025-26"],
        [],
        REGISTER,
        ["CR1 – Financial resources", "Insufficient funding in 2025-26.", "Chief Executive",
         "5 x 4 = 20", "Monthly budget monitoring.", "4 x 4 = 16", "CR1.1",
         "Agree in-year savings with the Department.", "Director of Resources", "Dec-25", "A",
         "Savings agreed."],
        [None, None, None, None, None, None, "CR1.2", "Prepare a 2026-27 draft budget.",
         "Head of Finance", "Q4 2025/26", "G", "Paper in January."],
        ["CR2 – Oversight of policing", "Gaps in performance information.",
         "Director of Policing", "4 x 4 = 16", "Performance Committee.", "4 x 3 = 12",
         "CR2.1", "Agree an information-sharing protocol.", "Head of Performance", "Ongoing",
         "G", "Draft shared."],
    ]  # fmt: skip
    merges = [f"Register!{c}4:{c}5" for c in "ABCDEF"]
    plan = import_table(str(_book(tmp_path / "r.xlsx", {"Register": rows}, merges=merges)))
    assert [a.ref for a in plan.actions()] == ["CR1.1", "CR1.2", "CR2.1"]
    assert next(plan.actions()).action == "Agree in-year savings with the Department."
    from ofsted_plan.importing.header import Vocabulary, header_fields
    from ofsted_plan.importing.vocabulary import HEADER_NAMES

    fields = header_fields([str(t) for t in REGISTER], Vocabulary.of(HEADER_NAMES))
    assert fields[REGISTER.index("Additional action required")].field == "action"


def test_hiws_finding_merged_beside_the_improvement_needed_is_kept_aside(
    tmp_path: Path,
) -> None:
    """HIW's template: 'Risk/finding/issue' merged down beside 'Improvement needed' over the
    same actions, under the report's section bands: the section, then the improvement
    needed; the finding kept with each action (it was read as the theme, the bands lost)."""
    rows: list[list[object]] = [
        ["Risk/finding/issue", "Improvement needed", "Service action", "Responsible officer",
         "Timescale", "Status"],
        ["Quality of the patient experience"],
        ["Patients could not get through at 8am.", "The practice must review its telephones.",
         "Install a call-queuing system.", "Practice Manager", "31/12/2024", "Complete"],
        [None, None, "Audit call waiting times monthly.", "Practice Manager", "Monthly",
         "On track"],
        ["The hearing loop was not working.", "The practice must repair the hearing loop.",
         "Repair the loop and add it to the weekly checks.", "Reception Supervisor",
         "Jan 2025", "Complete"],
        ["Delivery of safe and effective care"],
        ["Two emergency drugs had passed their expiry date.",
         "The practice must check drugs weekly.", "Introduce a weekly signed checklist.",
         "Practice Nurse", "Immediate", "Complete"],
        [None, None, "Spot check the checklist monthly.", "Practice Manager", "Ongoing",
         "On track"],
    ]  # fmt: skip
    merges = ["Plan!A2:F2", "Plan!A3:A4", "Plan!B3:B4", "Plan!A6:F6", "Plan!A7:A8", "Plan!B7:B8"]
    plan = import_table(str(_book(tmp_path / "hiw.xlsx", {"Plan": rows}, merges=merges)))
    assert [t.title for t in plan.themes] == [
        "Quality of the patient experience",
        "Delivery of safe and effective care",
    ]
    assert [r.text[:24] for t in plan.themes for r in t.recommendations] == [
        "The practice must review",
        "The practice must repair",
        "The practice must check ",
    ]
    assert next(plan.actions()).extra["Risk/finding/issue"] == (
        "Patients could not get through at 8am."
    )


def test_an_actions_colour_only_progress_is_its_rag_beside_a_coloured_score(
    tmp_path: Path,
) -> None:
    """'Inherent score' (a number on a red or amber cell, each risk's) beside 'Action
    progress' (colour only, one action not started, uncoloured): the action's RAG is the
    progress colour (the register was refused as the score column was coloured more often)."""
    header: list[object] = ["Risk", "Inherent score", "Ref", "Further action required",
                            "Action owner", "Target date", "Action progress"]  # fmt: skip
    rows: list[list[object]] = [header]
    fills: dict[str, str] = {}
    for n, (score, progress) in enumerate(
        [(20, GREEN), (16, AMBER), (16, None), (12, RED)], start=2
    ):
        rows.append([f"SR{n} – Risk {n}", score, f"SR{n}.1", f"Do thing {n}.", "Chief Executive",
                     "Mar-26", None])  # fmt: skip
        fills[f"Register!B{n}"] = RED if score > 12 else AMBER
        if progress:
            fills[f"Register!G{n}"] = progress
    plan = import_table(str(_book(tmp_path / "r.xlsx", {"Register": rows}, fills=fills)))
    assert [a.status.value for a in plan.actions()] == ["green", "amber", "", "red"]


def test_a_ref_column_citing_regulations_is_kept_aside(tmp_path: Path) -> None:
    """RQIA's 'Ref / Stated' of 'Ref: Regulation 20 (1) (c)' / 'Stated: First time' merged
    beside each area's actions: the rule the area cites, not the actions' own refs."""
    rows: list[list[object]] = [
        ["Area for improvement", "Ref / Stated", "Action taken or planned",
         "Responsible person", "Date", "Status"],
        ["Area for improvement 1: staff training is up to date.",
         "Ref: Regulation 20 (1) (c)\nStated: First time", "Training matrix reviewed.",
         "Registered Manager", "31 January 2025", "Achieved"],
        [None, None, "Monthly audit of the matrix.", "Registered Manager", "Monthly",
         "On track"],
        ["Area for improvement 2: fire drills are held.",
         "Ref: Standard 28.4\nStated: First time", "Fire drill held and recorded.",
         "Facilities Officer", "30 November 2024", "Achieved"],
    ]  # fmt: skip
    merges = ["QIP!A2:A3", "QIP!B2:B3"]
    plan = import_table(str(_book(tmp_path / "qip.xlsx", {"QIP": rows}, merges=merges)))
    actions = list(plan.actions())
    assert [a.action[:12] for a in actions] == ["Training mat", "Monthly audi", "Fire drill h"]
    assert not any(a.ref.startswith("Ref:") for a in actions)
    assert actions[0].extra["Ref / Stated"].startswith("Ref: Regulation 20")


def test_an_audits_assurance_line_under_its_heading_is_said_of_it(tmp_path: Path) -> None:
    """'Assurance: Limited. Final report issued 14/10/2024.' under 'AUDIT 2024/25-02: ...'
    (a university's tracker as text): the auditors' opinion of the audit, kept in the notes;
    the actions under the audit (refused as two headings alike)."""
    lines = [
        "Ref\tPriority\tAgreed management action\tResponsible officer\tDue date\tRAG",
        "AUDIT 2024/25-02: Student Attendance Monitoring",
        "Assurance: Limited. Final report issued 14/10/2024.",
        "02.1\tHigh\tSend a weekly report of students with no engagement.\tAcademic Registrar"
        "\t30/11/2024\tG",
        "02.2\tHigh\tComplete the annual compliance self-check.\tAcademic Registrar\t31/12/2024\tR",
        "AUDIT 2024/25-05: Payroll",
        "Assurance: Substantial.",
        "05.1\tMedium\tReconcile payroll to the ledger monthly.\tHead of Payroll\tMar-25\tG",
    ]
    path = tmp_path / "tracker.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "AUDIT 2024/25-02: Student Attendance Monitoring",
        "AUDIT 2024/25-05: Payroll",
    ]
    assert "Assurance: Limited. Final report issued 14/10/2024." in plan.notes


def test_a_sheet_saying_no_issues_were_found_is_no_plan_beside_the_plan(tmp_path: Path) -> None:
    """HIW's 'Appendix B' (immediate improvements: its header, then 'No immediate assurance
    issues were identified') beside 'Appendix C' (the plan): C is read (refused as two
    plans)."""
    header: list[object] = ["Risk/finding/issue", "Improvement needed", "Service action",
                            "Responsible officer", "Timescale"]  # fmt: skip
    nothing: list[list[object]] = [
        ["Appendix B – Immediate improvement plan"],
        ["Service: Pencoed Medical Centre"],
        ["Date of inspection: 3 June 2025"],
        [],
        ["This table lists any immediate concerns about patient safety found."],
        [],
        [*header, "Standard / Regulation"],
        ["No immediate assurance issues were identified on this inspection."],
    ]
    plan_rows: list[list[object]] = [
        ["Appendix C – Improvement plan"],
        [],
        [*header, "Status"],
        ["Records were not reviewed.", "The practice must review records.",
         "Audit ten records a month.", "Practice Manager", "Monthly", "On track"],
        ["Staff lacked training.", "The practice must train all staff.",
         "Book level 3 safeguarding training.", "Practice Manager", "March 2026", "Complete"],
    ]  # fmt: skip
    path = _book(
        tmp_path / "hiw.xlsx",
        {"Appendix B": nothing, "Appendix C": plan_rows},
        merges=["Appendix B!A8:F8"],
    )
    plan = import_table(str(path))
    assert [a.action[:10] for a in plan.actions()] == ["Audit ten ", "Book level"]


def test_a_key_of_letters_each_before_its_meaning_is_read(tmp_path: Path) -> None:
    """'Notes: RAG – G on track; A at risk; R overdue; C complete and closed with HSE.' under
    an HSE action plan: C is complete (refused as an unknown status)."""
    lines = [
        "Item\tAction\tLead\tDue\tRAG",
        "1a\tInstall on-torch extraction in the workshop.\tDockyard Manager\t30/04/2025\tC",
        "1b\tArrange face-fit tests for all welders.\tDockyard Manager\tMay-25\tG",
        "2a\tExamine the slipway winch.\tHead of Construction\tJun-25\tA",
        "",
        "Notes: RAG – G on track; A at risk; R overdue; C complete and closed with HSE.",
    ]
    path = tmp_path / "hse.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [a.status.value for a in plan.actions()] == ["blue", "green", "amber"]


def test_a_key_sheets_counts_coloured_again_do_not_hide_the_key(tmp_path: Path) -> None:
    """A cover whose key gives green 'Achieved – action complete ...' (no blue), then a
    mid-year count block coloured the same ('Achieved' in green, 5): green cells of the plan
    are complete (the key was dropped as a colour given twice)."""
    cover: list[list[object]] = [
        ["Calderdale College – Quality Improvement Plan 2025/26"],
        ["RAG key"],
        [None, "Achieved – action complete and impact evident"],
        [None, "In progress"],
        [None, "Behind schedule – action at risk"],
        [],
        ["Mid-year position"],
        ["Achieved", 2],
        ["In progress", 1],
    ]
    plan_rows: list[list[object]] = [
        ["Ref", "Action", "Lead", "Timescale", "RAG"],
        ["1.1", "Launch the teaching and learning coaching programme.", "VP Quality",
         "Autumn term 2025", None],
        ["1.2", "Audit assessment feedback in every department.", "Head of Quality",
         "Spring term 2026", None],
        ["1.3", "Train tutors in work-experience planning.", "Head of Careers",
         "31/01/2026", None],
    ]  # fmt: skip
    fills = {"Cover!A3": GREEN, "Cover!A4": AMBER, "Cover!A5": RED, "Cover!A8": GREEN,
             "Cover!A9": AMBER, "QoE!E2": GREEN, "QoE!E3": AMBER, "QoE!E4": GREEN}  # fmt: skip
    path = _book(tmp_path / "qip.xlsx", {"Cover": cover, "QoE": plan_rows}, fills=fills)
    plan = import_table(str(path))
    assert [a.status.value for a in plan.actions()] == ["blue", "amber", "blue"]


def test_a_numbered_recommendation_row_with_no_ref_heads_its_actions(tmp_path: Path) -> None:
    """'2. ICOS user access – NICTS should ...' shaded in the action column with only its
    priority beside it, over 2.1 and 2.2 (an NIAO tracker); 'Risk 0398 – ...' with its lead
    and score over 0398.1 (a risk register extract): the part their actions answer, not an
    action of no date (each was read as an action)."""
    header: list[object] = ["Ref", "Recommendation / Agreed management action", "Priority",
                            "Action owner", "Target date", "Status"]  # fmt: skip
    rows: list[list[object]] = [header, ["A. 2023-24 Report to Those Charged with Governance"]]
    for n, priority in ((1, "Priority 2"), (2, "Priority 1")):
        rows += [
            [None, f"{n}. Area {n} – NICTS should review its controls ({n}).", priority],
            [f"{n}.1", f"Complete the review ({n}).", None, "Accountant General", "31/03/2025",
             "Implemented"],
            [f"{n}.2", f"Approve a procedure ({n}).", None, "Head of Finance", "30/06/2025",
             "On track"],
        ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "t.xlsx", {"Tracker": rows})))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]
    assert [r.text[:9] for t in plan.themes for r in t.recommendations] == [
        "1. Area 1",
        "2. Area 2",
    ]
    register = [
        ["Ref", "Risk description / Mitigating action", "Executive lead / Action owner",
         "Current score", "Due date", "Action status"],
        ["Velindre Cancer Service"],
        ["", "Risk 0412 – Radiotherapy capacity falls short of demand.",
         "Chief Operating Officer", "20 (4x5)", "", ""],
        ["0412.1", "Extend linear accelerator operating hours.", "Head of Radiotherapy", "",
         "30/09/2025", "Complete"],
        ["0412.2", "Commission palliative radiotherapy capacity.", "Head of Commissioning",
         "", "Q4 2025/26", "On track"],
        ["", "Risk 0398 – SACT nursing vacancies reduce day unit capacity.",
         "Executive Director of Nursing", "16 (4x4)", "", ""],
        ["0398.1", "Run a targeted recruitment campaign.", "Head of Nursing", "",
         "31/12/2025", "At risk"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "risks.csv", register)))
    assert [a.ref for a in plan.actions()] == ["0412.1", "0412.2", "0398.1"]
    assert [r.text[:9] for t in plan.themes for r in t.recommendations] == [
        "Risk 0412",
        "Risk 0398",
    ]


def test_a_numbered_summary_tables_section_letter_is_no_amber(tmp_path: Path) -> None:
    """'1 | Critical (do now) | A | Complete' in a review's summary table over the plan: the
    section 'A', not a key saying amber means complete (refused as amber given two
    meanings)."""
    from docx import Document

    document = Document()
    document.add_heading("UKSAR2G Programme: Gate 4 Review Recommendations Action Plan", 0)
    summary = document.add_table(rows=3, cols=4)
    for r, cells in enumerate(
        [["Rec", "Urgency", "Section", "Overall status"],
         ["1", "Critical (do now)", "A", "Complete"],
         ["2", "Essential", "A", "On track"]]
    ):  # fmt: skip
        for c, text in enumerate(cells):
            summary.cell(r, c).text = text
    document.add_paragraph("Status key: Complete (blue); On track (green); At risk (amber).")
    document.add_paragraph("Recommendation 1: The SRO should confirm one transition plan.")
    table = document.add_table(rows=3, cols=4)
    for r, cells in enumerate(
        [["Ref", "Action", "Owner", "Status"],
         ["1a", "Consolidate the transition schedules.", "Programme Director", "Complete"],
         ["1b", "Agree go/no-go criteria with the contractor.", "Programme Director",
          "On track"]]
    ):  # fmt: skip
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "gate.docx"
    document.save(str(path))
    plan = import_table(str(path))
    assert [a.status.value for a in plan.actions()] == ["blue", "green"]


def test_principal_and_vice_principals_and_a_posts_letters_and_a_post_are_two() -> None:
    """'Principal and Vice-Principals' (a school's plan), 'DHT & PEF teacher': two leads each;
    'HR & OD Manager' (two fields' letters, one post) stays one."""
    assert split_people("Principal and Vice-Principals").officers == (
        "Principal",
        "Vice-Principals",
    )
    assert split_people("DHT & PEF teacher").officers == ("DHT", "PEF teacher")
    assert split_people("HR & OD Manager").officers == ("HR & OD Manager",)


def test_the_first_key_question_above_the_first_table_is_a_theme(tmp_path: Path) -> None:
    """'How well do we support people's wellbeing?' over 'Requirement 1' and its words over
    the first table, 'How good is our leadership?' over the next (a care home's plan as
    text): both key questions are themes (the second was refused as like its requirement)."""
    lines = [
        "Abercorn House Care Home – Care Inspectorate Improvement Plan",
        "",
        "How well do we support people’s wellbeing?",
        "Requirement 1",
        "By 31 January 2026, the provider must ensure that people receive medication safely.",
        "Ref\tAction\tResponsible\tTarget date\tStatus",
        "1.1\tIntroduce PRN protocols for every resident.\tClinical Lead\t30/11/2025\tComplete",
        "1.2\tAudit medication weekly.\tNurse in charge\t31/12/2025\tGreen",
        "",
        "How good is our leadership?",
        "Requirement 2",
        "By 28 February 2026, the provider must ensure that quality assurance is effective.",
        "Ref\tAction\tResponsible\tTarget date\tStatus",
        "2.1\tImplement a quality assurance calendar.\tHome Manager\t31/12/2025\tComplete",
        "2.2\tReview the improvement plan monthly.\tHome Manager\tOngoing\tGreen",
    ]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "How well do we support people’s wellbeing?",
        "How good is our leadership?",
    ]
    assert [r.text[:14] for t in plan.themes for r in t.recommendations] == [
        "By 31 January ",
        "By 28 February",
    ]


def test_the_law_a_matter_cites_is_said_of_it_and_its_finding_names_it(tmp_path: Path) -> None:
    """HSE's matter ruled as a heading, 'Control of Vibration at Work Regulations 2005,
    regulations 5, 6 and 7' under it, then 'What HSE found:' and a finding over 200 letters:
    the finding is the part the actions answer, the law kept in the notes (the law was read as
    the part and the finding lost)."""
    finding = (
        "Vibration exposure from brushcutters, hedge trimmers and breakers used by the estate "
        "team had not been assessed, and there was no health surveillance for employees "
        "exposed above the exposure action value."
    )
    lines = [
        "Pembrokeshire Coast National Park Authority – HSE Inspection Action Plan",
        "",
        "=" * 60,
        "MATTER 1 – HAND-ARM VIBRATION",
        "Control of Vibration at Work Regulations 2005, regulations 5, 6 and 7",
        "-" * 60,
        "What HSE found:",
        finding,
        "",
        "1.1  Action:  Carry out HAV risk assessments for all powered hand tools.",
        "     Lead:    Health and Safety Adviser",
        "     Due:     31/12/2024",
        "     Status:  COMPLETE",
        "",
        "1.2  Action:  Introduce a daily exposure points record for each operator.",
        "     Lead:    Estates Manager",
        "     Due:     March 2025",
        "     Status:  ON TRACK",
        "",
        "=" * 60,
        "MATTER 2 – WORKPLACE TRANSPORT",
        "Workplace (Health, Safety and Welfare) Regulations 1992, regulation 17",
        "-" * 60,
        "What HSE found:",
        "Pedestrians and vehicles were not separated in the depot yard.",
        "",
        "2.1  Action:  Mark pedestrian routes in the depot yard.",
        "     Lead:    Depot Manager",
        "     Due:     April 2025",
        "     Status:  ON TRACK",
    ]
    path = tmp_path / "hse.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    levels = [[t.title, r.text] for t in plan.themes for r in t.recommendations]
    assert levels == [
        ["MATTER 1 – HAND-ARM VIBRATION", finding],
        [
            "MATTER 2 – WORKPLACE TRANSPORT",
            "Pedestrians and vehicles were not separated in the depot yard.",
        ],
    ]
    assert any(note.startswith("Control of Vibration at Work") for note in plan.notes)


def test_a_milestone_summary_line_under_the_milestones_is_no_milestone(tmp_path: Path) -> None:
    """'Milestone summary' | '9 milestones: 2 complete, 4 at risk (Amber/Red), 3 on track'
    (in the milestone's column) under a highlight report's milestones: counts kept as a
    note, not a tenth milestone."""
    rows: list[list[object]] = [
        ["Workstream", "Ref", "Milestone", "Owner", "Forecast date", "Current RAG"],
        ["WS1 Policy", "1.1", "Approve the revised damp and mould policy.", "Head of Repairs",
         "Oct-25", "Complete"],
        [None, "1.2", "Report readiness to the Customer Services Committee.", "Director",
         "Nov-25", "Green"],
        ["WS2 Systems", "2.1", "Configure the hazard case type in the housing system.",
         "Head of IT", "Dec-25", "Amber"],
        [],
        ["Milestone summary", None, "3 milestones: 1 complete, 1 at risk (Amber), 1 on track"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "report.xlsx", {"Milestones": rows})))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]


def test_must_do_heading_over_bands_beside_a_should_do_table_is_kept(tmp_path: Path) -> None:
    """'Requirement notices (must do)' over tables each headed by its regulation merged
    across, then 'Areas where the practice should improve (should do)' over a table whose
    'Should do' column gives each: both headings are the themes (they were set aside, the
    should-do table's column leaving, it was thought, no room for them)."""
    from docx import Document

    document = Document()
    document.add_heading("Kingsthorpe Medical Centre – CQC Inspection Action Plan", 0)
    document.add_heading("Requirement notices (must do)", 1)
    for reg in ("Regulation 12 Safe care and treatment", "Regulation 17 Good governance"):
        table = document.add_table(rows=3, cols=4)
        table.cell(0, 0).merge(table.cell(0, 3)).text = f"{reg}: The provider must comply."
        for c, text in enumerate(["Ref", "Action", "Lead", "RAG"]):
            table.cell(1, c).text = text
        for c, text in enumerate([reg[11:13] + ".1", f"Audit ({reg[11:13]}).", "GP", "Green"]):
            table.cell(2, c).text = text
    document.add_heading("Areas where the practice should improve (should do)", 1)
    table = document.add_table(rows=3, cols=5)
    for r, cells in enumerate(
        [["Ref", "Should do", "Action", "Lead", "RAG"],
         ["S1", "Improve cervical screening uptake.", "Send text reminders.", "Nurse", "Green"],
         ["S2", "Improve telephone access.", "Move to cloud telephony.", "Manager", "Amber"]]
    ):  # fmt: skip
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "cqc.docx"
    document.save(str(path))
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Requirement notices (must do)",
        "Areas where the practice should improve (should do)",
    ]
    assert [r.text[:13] for r in plan.themes[0].recommendations] == [
        "Regulation 12",
        "Regulation 17",
    ]


def test_christmas_of_a_year_is_its_december() -> None:
    """'Christmas 2025' as a deadline (a charity's lessons-learned plan): December 2025."""
    from ofsted_plan.importing.ends import read_end

    assert str(read_end("Christmas 2025").month) == "2025-12"
    assert str(read_end("By Christmas 2024").month) == "2024-12"


def test_a_risk_score_and_how_it_is_scored_is_said_of_the_risk() -> None:
    """'Risk score (C x L)' | 'Initial 20 | Current 16 | Target 9' under a BAF risk's band:
    its scores, said of it (read as a part under the risk once the gaps line was said of it
    too); 'Link to School Development Plan: Priority 1' is said of its recommendation."""
    from ofsted_plan.importing.labels import said_of_its_part

    assert said_of_its_part("Risk score (C x L): Initial 20 | Current 16 | Target 9")
    assert said_of_its_part("Link to School Development Plan: Priority 1 (Teaching)")
    assert not said_of_its_part("Recommendation 1: Improve the consistency of teaching")


def test_two_heads_of_service_joined_by_and_are_two_leads() -> None:
    """'Head of Planning and Head of Visitor Services' (a national park's ICO plan): two
    posts ('Visitor Services' had made the second a team, the whole one lead)."""
    assert split_people("Head of Planning and Head of Visitor Services").officers == (
        "Head of Planning",
        "Head of Visitor Services",
    )
    assert split_people("Member Services").officers == ("Member Services",)


def test_an_outcome_repeated_over_runs_of_actions_under_a_priority_is_the_level(
    tmp_path: Path,
) -> None:
    """'Priority' | 'Outcome' ('Safe', 'Safe', 'Well', 'Well', 'Thriving') | 'Action' (a
    council plan exported from Pentana): the priority, then the outcome, over the actions
    (the outcome was kept as each action's measure)."""
    rows = [
        ["Priority", "Outcome", "Ref", "Action", "Lead", "Due date", "RAG"],
        ["Resilient communities", "Safe", "SAF01", "Deliver Safer Streets.", "Head of Safety",
         "31/03/2026", "Green"],
        ["Resilient communities", "Safe", "SAF02", "Review the PSPO.", "Head of Safety",
         "Jan-26", "Amber"],
        ["Resilient communities", "Well", "WEL01", "Open a second Family Hub.", "Director",
         "Jan-26", "Amber"],
        ["Resilient communities", "Well", "WEL02", "Grow the Healthy Lifestyles Service.",
         "Director of Public Health", "31/03/2026", "Green"],
        ["Thriving economy", "Prosperous", "PRO01", "Adopt the Local Plan.", "Head of Planning",
         "Mar-26", "Green"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "plan.csv", rows)))
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("Resilient communities", ["Safe", "Well"]),
        ("Thriving economy", ["Prosperous"]),
    ]


def test_a_line_saying_what_the_table_holds_is_no_part(tmp_path: Path) -> None:
    """'Recommendations made by agencies in their Individual Management Reviews.' between
    'Part B – Single Agency Recommendations' and its table (a DHR action plan): what the
    table holds, kept as prose; Part A's recommendations over their own tables stay parts."""
    from docx import Document

    document = Document()
    document.add_heading("Domestic Homicide Review ‘Hannah’ – Action Plan", 0)
    document.add_heading("Part A – Overview Report Recommendations", 1)
    for n in (1, 2):
        document.add_paragraph(f"Recommendation {n}: The partnership should act ({n}).")
        table = document.add_table(rows=2, cols=4)
        for c, text in enumerate(["Ref", "Action to take", "Lead agency", "Status"]):
            table.cell(0, c).text = text
        for c, text in enumerate([f"{n}.1", f"Train staff ({n}).", "City Council", "Complete"]):
            table.cell(1, c).text = text
    document.add_heading("Part B – Single Agency Recommendations", 1)
    document.add_paragraph(
        "Recommendations made by agencies in their Individual Management Reviews."
    )
    table = document.add_table(rows=2, cols=5)
    for r, cells in enumerate(
        [["Ref", "Recommendation", "Action", "Lead officer", "Status"],
         ["B1", "Housing should ask about abuse.", "Update the form.", "Housing Manager",
          "Complete"]]
    ):  # fmt: skip
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "dhr.docx"
    document.save(str(path))
    plan = import_table(str(path))
    levels = [[t.title, r.text] for t in plan.themes for r in t.recommendations]
    assert [level[1][:16] for level in levels] == [
        "Recommendation 1",
        "Recommendation 2",
        "Housing should a",
    ]


def test_an_audits_ref_beside_its_rec_numbers_over_a_summary_row(tmp_path: Path) -> None:
    """'Audit Ref' (IA24/07 over two rows) beside 'Rec No' (1, 2, starting again under each
    audit), a 'Summary' row after a blank one: Rec No is the ref (refused as two ref columns
    while the summary's counts sat in the sample)."""
    rows = [
        ["Audit Ref", "Audit Title", "Rec No", "Agreed Management Action", "Responsible Officer",
         "Revised Date", "RAG"],
        ["IA24/07", "Procurement", "1", "Report waivers monthly.", "Head of Procurement",
         "31/12/2025", "G"],
        ["IA24/07", "Procurement", "2", "Report retrospective waivers.", "Head of Procurement",
         "31/01/2026", "A"],
        ["IA24/12", "Payroll", "1", "Issue leaver reminders.", "Payroll Manager", "31/12/2025",
         "G"],
        ["IA24/12", "Payroll", "2", "Track overpayments to completion.", "Payroll Manager",
         "Mar-26", "B"],
        ["", "", "", "", "", "", ""],
        ["Summary", "", "Overdue (R): 1", "Total: 4", "", "", ""],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [a.ref.split(".")[-1] for a in plan.actions()] == ["1", "2", "1", "2"]
    assert next(plan.actions()).extra["Audit Ref"] == "IA24/07"


def test_a_key_caption_about_colour_on_a_guidance_sheet_is_no_title(tmp_path: Path) -> None:
    """'Action status (colour only in the register)' over the key on a guidance sheet before
    the register: the key's caption, not the plan's title (the register's own line is)."""
    guidance: list[list[object]] = [
        ["Cefas Strategic Risk Register – guidance and key"],
        [],
        ["Action status (colour only in the register)"],
        [None, "Off track or overdue"],
        [None, "On track"],
    ]
    register: list[list[object]] = [
        ["Cefas Strategic Risk Register 2025-26"],
        [],
        ["Risk", "Ref", "Further action", "Action owner", "Due date", "Status"],
        ["SR1 – Funding", "SR1.1", "Agree the 2026-27 budget.", "Finance Director", "Mar-26",
         "Green"],
        [None, "SR1.2", "Review charging.", "Finance Director", "Jan-26", "Amber"],
        ["SR2 – Vessels", "SR2.1", "Procure a survey vessel.", "Head of Marine", "Dec-25",
         "Green"],
    ]  # fmt: skip
    fills = {"Guidance!A4": RED, "Guidance!A5": GREEN}
    path = _book(tmp_path / "r.xlsx", {"Guidance": guidance, "Register": register}, fills=fills)
    assert import_table(str(path)).title == "Cefas Strategic Risk Register 2025-26"


def test_a_key_row_of_letters_and_meanings_cell_by_cell_is_read(tmp_path: Path) -> None:
    """'RAG key:' | 'G' | 'Implemented (verified by Internal Audit)' | 'A' | ... above an
    audit tracker (no blue): G is complete (the row's cells were not read as a key)."""
    rows: list[list[object]] = [
        ["Telford & Wrekin Council – Internal Audit Follow-up of Agreed Recommendations"],
        [],
        ["RAG key:", "G", "Implemented (verified by Internal Audit)", "A",
         "In progress – revised date agreed", "R", "Not implemented"],
        [],
        ["Rec No.", "Recommendation", "Agreed Management Action", "Responsible Officer",
         "Target Date", "RAG"],
        ["1", "Reconcile payments monthly.", "Monthly reconciliation.", "Finance Manager",
         "31/12/2025", "G"],
        ["2", "Review direct payment audits.", "Audit ten accounts a quarter.", "Head of ASC",
         "30/09/2025", "A"],
        ["3", "Update the starters checklist.", "Issue the new checklist.", "HR Manager",
         "31/07/2025", "R"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "t.xlsx", {"Tracker": rows})))
    assert [a.status.value for a in plan.actions()] == ["blue", "amber", "red"]


def test_an_appendixs_letter_in_its_caption_is_no_key(tmp_path: Path) -> None:
    """'Appendix A – Outstanding and recently implemented recommendations' over a tracker
    whose key says 'A = at risk of missing due date': the appendix's letter, not a second
    meaning of amber (refused as amber given two meanings)."""
    from ofsted_plan.importing.keys import key_pairs

    assert key_pairs("Appendix A – Outstanding and recently implemented recommendations") == []
    assert key_pairs("RAG key:  B = implemented   A = at risk of missing due date") == [
        ("blue", "implemented"),
        ("amber", "at risk of missing due date"),
    ]


def test_a_post_with_its_areas_and_where_after_a_comma_is_one_lead() -> None:
    """'Lead Nurse – Quality & Governance, ED' (a trust's CQC plan): one post, its areas
    joined by '&', then its department (split at the '&' before)."""
    assert split_people("Lead Nurse – Quality & Governance, ED").officers == (
        "Lead Nurse – Quality & Governance, ED",
    )


def test_rqias_stated_and_completion_lines_are_said_of_the_area() -> None:
    """'Stated: First time', 'To be completed by: 3 September 2025' between RQIA's 'Area for
    improvement 2' and its words: said of the area (read as a heading, then refused)."""
    from ofsted_plan.importing.labels import said_of_its_part

    assert said_of_its_part("Stated: First time")
    assert said_of_its_part("To be completed by: 3 September 2025")


def test_an_areas_label_and_its_facts_in_one_cell_name_no_part(tmp_path: Path) -> None:
    """'Area for improvement 1' over 'Ref: Regulation 13 (7)  Stated: Second time' in one
    merged cell, then the area's words merged under it (a home's copy of RQIA's plan): the
    words are the part; the label and its facts are said of it (they were read as the part)."""
    from docx import Document

    document = Document()
    document.add_heading("Ardmore House Nursing Home – Quality Improvement Plan", 0)
    table = document.add_table(rows=0, cols=4)
    header = table.add_row().cells
    for c, text in enumerate(["Action", "Responsible", "Target date", "Status"]):
        header[c].text = text
    for n in (1, 2):
        label = table.add_row()
        label.cells[0].merge(
            label.cells[3]
        ).text = f"Area for improvement {n}\nRef: Regulation 13 (7)    Stated: Second time"
        words = table.add_row()
        words.cells[0].merge(
            words.cells[3]
        ).text = (
            f"The registered person shall ensure that infection control issues are addressed ({n})."
        )
        action = table.add_row().cells
        for c, text in enumerate([f"Deep clean the sluice rooms ({n}).", "Home Manager",
                                  "30/06/2025", "Complete"]):  # fmt: skip
            action[c].text = text
    path = tmp_path / "qip.docx"
    document.save(str(path))
    plan = import_table(str(path))
    levels = [[t.title, r.text] for t in plan.themes for r in t.recommendations]
    assert [[level for level in pair if level] for pair in levels] == [
        ["The registered person shall ensure that infection control issues are addressed (1)."],
        ["The registered person shall ensure that infection control issues are addressed (2)."],
    ]


def test_a_lead_directorate_beside_the_accountable_officer_is_kept_aside(
    tmp_path: Path,
) -> None:
    """'Lead directorate' and 'Accountable officer' (a county's delivery plan): the officer
    is the lead, the directorate kept beside (refused as two lead columns); an 'Actual
    12/09/2025' in a 'Forecast / actual' column is September 2025 (refused as words)."""
    rows = [
        ["Ref", "Deliverable", "Lead directorate", "Accountable officer", "Forecast / actual",
         "RAG"],
        ["1.1.1", "Publish the Kent growth prospectus.", "Growth and Communities",
         "Director of Growth", "Actual 12/09/2025", "Complete"],
        ["1.1.2", "Open two new enterprise hubs.", "Growth and Communities",
         "Head of Economic Development", "Forecast Mar-26", "Green"],
        ["1.2.1", "Deliver the highways resurfacing programme.", "Growth and Communities",
         "Director of Highways", "Mar-26", "Amber"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "plan.csv", rows)))
    actions = list(plan.actions())
    assert actions[0].lead == ("Director of Growth",)
    assert [str(a.end) for a in actions] == ["2025-09", "2026-03", "2026-03"]


def test_a_post_and_the_parent_carer_voice_are_two_leads() -> None:
    """'Local Offer Manager & Derbyshire Parent Carer Voice' (a SEND highlight report): a
    post and the parents' forum, two leads (kept in one)."""
    assert split_people("Local Offer Manager & Derbyshire Parent Carer Voice").officers == (
        "Local Offer Manager",
        "Derbyshire Parent Carer Voice",
    )
