"""Session 35: the held-out sets from heldout707 on, and the second read of session 34's
change (one prompt across a Word form's parts, as across the text form's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table


def _rqia_form(path: Path, prompts: tuple[str, str]) -> Path:
    """RQIA's quality improvement plan in Word: per part a row of its number and labels
    beside the requirement, then a row across of the prompt over the response."""
    from docx import Document

    document = Document()
    document.add_heading("Abingdon Manor Care Home – Quality Improvement Plan", 0)
    document.add_paragraph(
        "Action required to ensure compliance with The Nursing Homes Regulations 2005"
    )
    table = document.add_table(rows=4, cols=2)
    for n, (need, reply) in enumerate(
        (
            ("The registered person shall ensure IPC issues are managed.",
             "Equipment has been removed from bathrooms."),
            ("The registered person shall ensure repositioning records are kept.",
             "Charts are checked at the end of each shift."),
        )
    ):  # fmt: skip
        table.cell(2 * n, 0).text = (
            f"Area for improvement {n + 1}\n\nRef: Regulation 13 (7)\n\nStated: First time"
            "\n\nTo be completed by:\n30 September 2025"
        )
        table.cell(2 * n, 1).text = need
        row = table.cell(2 * n + 1, 0).merge(table.cell(2 * n + 1, 1))
        row.text = f"{prompts[n]}\n{reply}"
    document.save(str(path))
    return path


def test_a_word_form_with_two_prompts_is_not_read_as_one_form(tmp_path: Path) -> None:
    """A person reads RQIA's form by its one prompt over every response; where one part's
    row across says something else ('Comments from the inspector ...:'), what it holds is
    no response of the provider's, and the form is not read as responses (refused), as the
    text form with two prompts is."""
    same = "Response by registered person detailing the actions taken:"
    plan = import_table(str(_rqia_form(tmp_path / "qip.docx", (same, same))))
    assert [a.action for a in plan.actions()][1] == "Charts are checked at the end of each shift."
    other = "Comments from the inspector on the evidence seen:"
    with pytest.raises(PlanError):
        import_table(str(_rqia_form(tmp_path / "two.docx", (same, other))))


def test_a_risks_code_over_its_numbered_actions_is_no_action_ref(tmp_path: Path) -> None:
    """A housing association's risk register: 'Ref' SR01 on a risk's first row (merged down
    over its actions, or not), 'No.' 1.1, 1.2 beside each further action. The actions are
    numbered under the risk's number (SR01 is risk 1): 'No.' is each action's ref, and the
    risk's code is kept with the risk, as a person reads the register."""
    from .test_import_four_hundred_twenty_first_set import _book

    head: list[object] = ["Ref", "Risk", "Risk owner", "No.", "Further actions required",
                          "Action owner", "Target date", "Status"]  # fmt: skip
    rows: list[list[object]] = [
        ["Strategic Risk Register 2025/26"],
        [],
        head,
        ["SR01", "Landlord health and safety compliance", "Director of Property", "1.1",
         "Transfer compliance data into the new system", "Head of Compliance", "Sep 2025",
         "At risk"],
        ["", "", "", "1.2", "Commission a fire safety assurance review", "Head of Compliance",
         "Oct 2025", "Complete"],
        ["SR04", "Breach of loan covenants", "Director of Finance", "4.1",
         "Refresh the 30-year business plan", "Director of Finance", "Nov 2025", "On track"],
        ["", "", "", "4.2", "Agree a recovery plan with lenders", "Head of Treasury",
         "Dec 2025", "On track"],
        ["SR05", "Cost of the investment programme", "Director of Property", "5.1",
         "Complete stock condition surveys", "Head of Assets", "Mar 2026", "Off track"],
    ]  # fmt: skip
    path = _book(tmp_path / "register.xlsx", {"Register": rows})
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "4.1", "4.2", "5.1"]
    assert [t.title for t in plan.themes][:2] == [  # (no bands over them: the top level)
        "Landlord health and safety compliance",
        "Breach of loan covenants",
    ]


def test_minute_numbers_are_the_refs_over_a_line_of_words_run_on(tmp_path: Path) -> None:
    """A parish clerk's action list: 'Minute' of 'FC 25/031', a different one on every
    action, under committee lines, and one action's words run on to a line of their own.
    The minute numbers are the refs (the run-on line is no action with no minute); the
    line's words stay with the action above."""
    lines = [
        "Great Shelford Parish Council",
        "",
        "Minute\tAction\tWho\tBy when\tRAG",
        "Full Council",
        "FC 25/031\tPublish the AGAR on the website\tRFO\tJun-25\tB",
        "FC 25/046\tObtain three quotations for the boiler\tClerk\tSept 2025\tB",
        "FC 25/058\tApply for a Section 106 contribution\tClerk\t31/12/2025\tG",
        "\tand report the reply to Full Council",
        "Recreation Ground and Amenities Committee",
        "RA 25/019\tArrange the play equipment inspection\tCllr Patel & Clerk\tOct 2025\tB",
        "RA 25/022\tObtain quotations for the repairs\tClerk\tDec 2025\tA",
    ]
    path = tmp_path / "actions.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == [
        "FC 25/031", "FC 25/046", "FC 25/058", "RA 25/019", "RA 25/022"
    ]  # fmt: skip
    assert actions[2].action.endswith("and report the reply to Full Council")


def test_a_numbered_area_over_what_the_commission_asked_is_the_theme(tmp_path: Path) -> None:
    """A charity's plan answering the Charity Commission: each table opens with '1.
    Financial oversight and reserves' merged across, then what the Commission asked merged
    across, then the header. The numbered area is the theme, what was asked the
    recommendation under it."""
    from .test_import_six_hundred_fifty_first_set import _word

    head = ["No.", "Action", "Lead", "Timescale", "Status"]

    def table(number: int, area: str, asked: str) -> list[list[str]]:
        return [
            [f"{number}. {area}"],
            [asked],
            head,
            [f"{number}.1", f"Carry out the first {area.lower()} action", "Treasurer",
             "April 2025", "Blue"],
            [f"{number}.2", f"Carry out the second {area.lower()} action", "Head of Governance",
             "June 2025", "Green"],
        ]  # fmt: skip

    path = _word(
        tmp_path / "plan.docx",
        [
            ("p", "Charity Commission Regulatory Compliance Case: Trustees' Action Plan"),
            ("table", table(1, "Financial oversight", "Ensure the trustees receive timely "
                            "financial information and adopt a reserves policy.")),
            ("table", table(2, "Conflicts of interest", "Put in place and follow an "
                            "effective conflicts of interest policy.")),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "1. Financial oversight",
        "2. Conflicts of interest",
    ]
    assert plan.themes[1].recommendations[0].text == (
        "Put in place and follow an effective conflicts of interest policy."
    )


def test_a_psii_safety_action_numbered_before_its_label_has_that_ref(tmp_path: Path) -> None:
    """A patient safety incident investigation's plan saved as text: 'SA1  Safety action:
    ...' then the owner, due date and status lines under it. SA1 is the action's ref."""
    lines = [
        "Oxford Health NHS Foundation Trust – PSII Safety Action Plan",
        "",
        "Area for improvement 1: Discharge planning and handover",
        "",
        "SA1  Safety action:  Introduce a standard discharge handover template.",
        "     Action owner:   Clinical Director",
        "     Due:            31/03/2025",
        "     Status:         On track",
        "",
        "SA2  Safety action:  Make the 72-hour follow-up contact face to face.",
        "     Action owner:   AMHT Service Managers",
        "     Due:            30/04/2025",
        "     Status:         Complete",
        "",
        "Area for improvement 2: Involving families and carers",
        "",
        "SA3  Safety action:  Seek a named carer's views before discharge.",
        "     Action owner:   Carers Lead",
        "     Due:            30/06/2025",
        "     Status:         At risk",
    ]
    path = tmp_path / "psii.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["SA1", "SA2", "SA3"]
    assert actions[0].action == "Introduce a standard discharge handover template."


def test_hiw_findings_beside_one_improvement_are_no_theme(tmp_path: Path) -> None:
    """HIW's improvement plan, a table per section under its heading: 'Risk/finding/issue'
    beside 'Improvement needed', one for one. In a section's table of one row too, the
    finding is that row's own, kept with it: the section headings are the themes."""
    from .test_import_six_hundred_fifty_first_set import _word

    head = ["Risk/finding/issue", "Improvement needed", "Service action",
            "Responsible officer", "Timescale"]  # fmt: skip

    def row(n: int) -> list[str]:
        return [f"Finding number {n} was seen on the ward during the visit.",
                f"The health board must ensure improvement {n} is made.",
                f"Service action {n}", "Ward Manager", "31 March 2025"]  # fmt: skip

    path = _word(
        tmp_path / "hiw.docx",
        [
            ("h1", "Healthcare Inspectorate Wales – Improvement Plan"),
            ("h3", "Quality of patient experience"),
            ("table", [head, row(1), row(2)]),
            ("h3", "Quality of management and leadership"),
            ("table", [head, row(3)]),
        ],
    )
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Quality of patient experience",
        "Quality of management and leadership",
    ]
    assert plan.themes[1].recommendations[0].text == (
        "The health board must ensure improvement 3 is made."
    )


def test_rqia_qip_tracker_reads_the_requirement_and_keeps_the_key(tmp_path: Path) -> None:
    """An RQIA QIP tracker saved as text: 'The registered person shall' heads the
    requirement (what the provider must do, the recommendation); the provider's response is
    the action; 'RAG:' then a cell per colour ('Blue = complete ...') under the table is
    the key, never an action."""
    head = "AFI\tStated\tThe registered person shall\tAction taken / planned\tLead\tBy\tRAG"
    lines = [
        "The Northern Ireland Clinic",
        "",
        "Action required to ensure compliance with the Regulations",
        head,
        "1\tFirst time\tThe registered person shall ensure the trolley is checked.\t"
        "Checklists reissued.\tTheatre Manager\t30 April 2025\tBlue",
        "2\tFirst time\tThe registered person shall ensure records are complete.\t"
        "Files audited.\tHR Manager\t31/07/2025\tGreen",
        "3\tSecond time\tThe registered person shall ensure training is completed.\t"
        "Matrix moved online.\tClinical Educator\t31 May 2025\tAmber",
        "",
        "RAG:\tBlue = complete and verified\tGreen = on track\tAmber = at risk\tRed = overdue",
    ]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    actions = list(plan.actions())
    assert [a.action for a in actions] == [
        "Checklists reissued.", "Files audited.", "Matrix moved online."
    ]  # fmt: skip
    assert plan.themes[0].recommendations[0].text == (
        "The registered person shall ensure the trolley is checked."
    )
