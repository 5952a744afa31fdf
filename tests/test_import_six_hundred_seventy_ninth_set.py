"""Issue 18, session 34: readings left from session 33 (RQIA's quality improvement plan saved
as text, refused for three authors) and what heldout679 on showed at first sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.person_kinds import kind_of
from ofsted_plan.importing.titles import only_bodies

from .test_import_three_hundred_ninety_third_set import _csv

_QIP = [
    "Glenview Nursing Home – Quality Improvement Plan",
    "RQIA ID: 1234    Inspection ID: IN040001",
    "Date of inspection: 3 March 2025",
    "",
    "The registered person should note that the actions in this QIP must be completed.",
    "",
    "Action required to ensure compliance with The Nursing Homes Regulations (Northern "
    "Ireland) 2005",
    "",
    "Area for improvement 1",
    "Ref: Regulation 13 (7)",
    "Stated: First time",
    "To be completed by: With immediate effect",
    "",
    "The registered person shall ensure that infection prevention and control issues are "
    "addressed.",
    "Ref: 5.2.3",
    "",
    "Response by registered person detailing the actions taken:",
    "Bedrail bumpers were replaced on 4 March 2025.",
    "A daily IPC walkaround has been introduced.",
    "",
    "Area for improvement 2",
    "Ref: Regulation 27 (4) (d)",
    "Stated: Second time",
    "To be completed by: 30 April 2025",
    "",
    "The registered person shall ensure that fire doors are not wedged open.",
    "",
    "Response by registered person detailing the actions taken:",
    "All wedges have been removed and door-hold devices fitted.",
    "",
    "Action required to ensure compliance with the Care Standards for Nursing Homes (2022)",
    "",
    "Area for improvement 1",
    "Ref: Standard 12",
    "Stated: First time",
    "To be completed by: 31 May 2025",
    "",
    "The registered person shall ensure that menus are displayed in a suitable format.",
    "",
    "Response by registered person detailing the actions taken:",
    "A pictorial menu board is displayed daily.",
    "",
    "Name of registered manager completing QIP: Ann Devlin",
    "Date completed: 19 May 2025",
]


def test_a_quality_improvement_plan_saved_as_text_reads_each_response(tmp_path: Path) -> None:
    """RQIA's QIP as text: 'Area for improvement 1', its labelled facts, the requirement, then
    'Response by registered person ...:' over the response. The response is the action, under
    its section and the requirement it answers; the part's number its ref, the facts' 'Ref'
    (the regulation cited) and the report's section kept, never the ref."""
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(_QIP) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert plan.title == "Glenview Nursing Home – Quality Improvement Plan"
    actions = list(plan.actions())
    assert [a.action for a in actions] == [
        "Bedrail bumpers were replaced on 4 March 2025.\nA daily IPC walkaround has been "
        "introduced.",
        "All wedges have been removed and door-hold devices fitted.",
        "A pictorial menu board is displayed daily.",
    ]
    assert [t.title for t in plan.themes] == [
        "Action required to ensure compliance with The Nursing Homes Regulations (Northern "
        "Ireland) 2005",
        "Action required to ensure compliance with the Care Standards for Nursing Homes (2022)",
    ]
    assert [r.text for r in plan.themes[0].recommendations] == [
        "The registered person shall ensure that infection prevention and control issues are "
        "addressed.",
        "The registered person shall ensure that fire doors are not wedged open.",
    ]
    assert [str(a.end) if a.end else a.end_text for a in actions] == [
        "With immediate effect",
        "2025-04",
        "2025-05",
    ]
    assert actions[0].extra.get("Regulation cited") == "Regulation 13 (7)"
    assert actions[0].extra.get("Report section") == "5.2.3"


def test_a_quality_improvement_plan_with_a_mistyped_month_is_refused_at_its_line(
    tmp_path: Path,
) -> None:
    """'To be completed by: 30 Apirl 2025' in the same form: refused at that line, never kept
    as words with no end month."""
    lines = [line.replace("30 April 2025", "30 Apirl 2025") for line in _QIP]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PlanError, match="End month: '30 Apirl 2025' is not a month") as caught:
        import_table(str(path))
    assert caught.value.line == 24


def test_a_quality_improvement_plan_with_a_lead_and_status_after_each_response(
    tmp_path: Path,
) -> None:
    """A domiciliary care agency's QIP, sections between rules, numbering running on, and
    'Lead: ...', 'Status: ...' under each response: the action's lead and RAG."""
    lines = [
        "Quality Improvement Plan",
        "Riverside Homecare Ltd – RQIA ID 020000",
        "",
        "=" * 40,
        "Action required to ensure compliance with The Domiciliary Care Agencies Regulations",
        "=" * 40,
        "",
        "Area for improvement 1",
        "Ref: Regulation 13 (d)",
        "Stated: First time",
        "To be completed by: 30 June 2025",
        "",
        "The registered person shall ensure that references are received before a worker starts.",
        "",
        "Response by registered person detailing the actions taken:",
        "A pre-employment checklist is signed off before any shift.",
        "Lead: Registered Manager",
        "Status: Complete",
        "",
        "Area for improvement 2",
        "Ref: Regulation 23 (1)",
        "Stated: First time",
        "To be completed by: 31 August 2025",
        "",
        "The registered person shall ensure that monitoring reports include service users' views.",
        "",
        "Response by registered person detailing the actions taken:",
        "The monitoring template now includes telephone feedback.",
        "Lead: Registered Manager; Responsible Individual",
        "Status: On track",
    ]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["1", "2"]
    assert [a.lead for a in actions] == [
        ("Registered Manager",),
        ("Registered Manager", "Responsible Individual"),
    ]
    assert [a.status.value for a in actions] == ["blue", "green"]


def test_a_form_whose_parts_have_no_prompt_is_not_read_as_one(tmp_path: Path) -> None:
    """The same numbered parts with no prompt over a response: no action a person could point
    at, so the form reader leaves the text alone (and the import says why it stops)."""
    lines = [line for line in _QIP if not line.startswith("Response by")]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PlanError):
        import_table(str(path))


def test_an_nhs_trust_named_by_its_service_is_a_body() -> None:
    """'Yorkshire Ambulance Service NHS Trust': a body by its name, never a team called
    '... Service'; its services are still teams or posts."""
    assert kind_of("Yorkshire Ambulance Service NHS Trust") == "agency"
    assert only_bodies("Yorkshire Ambulance Service NHS Trust")
    assert kind_of("Head of Ambulance Service") == "post"


def test_an_accountable_director_column_is_the_lead(tmp_path: Path) -> None:
    """'Accountable Director' (a trust's tracker), as 'Responsible Head of Service' is: the
    post answering for each action, the lead; 'Responsible progress' names no post."""
    rows = [
        ["Ref", "Action", "Accountable Director", "Due", "RAG"],
        ["1", "Publish the revised discharge policy", "Director of Nursing", "Mar-25", "Green"],
        ["2", "Audit the use of the safety huddle", "Medical Director", "Jun-25", "Amber"],
    ]
    plan = import_table(_csv(tmp_path / "tracker.csv", rows))
    assert [a.lead for a in plan.actions()] == [("Director of Nursing",), ("Medical Director",)]


def test_each_action_numbered_under_the_recommendations_number_gives_its_ref(
    tmp_path: Path,
) -> None:
    """'Rec No' written on a recommendation's first row only, each action cell opening with
    its own number ('1.1 Commission ...', '1.2 Add ...'; a safeguarding adults review's
    plan): 1.1 and 1.2 are the actions' refs, taken off their words, and 1 the
    recommendation's number, kept."""
    rows = [
        ["Rec No", "Recommendation", "Action", "Lead", "Target Date", "Status"],
        ["1", "Partners to strengthen the use of the Mental Capacity Act",
         "1.1 Commission MCA training for housing staff", "Principal Social Worker",
         "31/03/2025", "Green"],
        ["", "", "1.2 Add an executive functioning prompt to the MCA template",
         "Principal Social Worker", "30/06/2025", "Complete"],
        ["2", "Partners to agree an escalation route for self-neglect",
         "2.1 Refresh the self-neglect protocol", "SAB Business Manager", "September 2025",
         "Amber"],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "sar.csv", rows)).actions())
    assert [(a.ref, a.ref_generated) for a in actions] == [
        ("1.1", False),
        ("1.2", False),
        ("2.1", False),
    ]
    assert actions[1].action == "Add an executive functioning prompt to the MCA template"
    assert [a.extra.get("Recommendation no.") for a in actions] == ["1", "1", "2"]


def test_a_post_then_another_posts_letters_after_a_spaced_slash_are_two() -> None:
    """'Head of PDU / SPO' (a probation delivery unit's plan): the head of the unit and its
    senior probation officer, two leads, as 'Director of Finance / SMT' is; 'Head of
    SEND/AP', unspaced, is one post over two fields."""
    assert split_people("Head of PDU / SPO").officers == ("Head of PDU", "SPO")
    assert split_people("Head of SEND/AP").officers == ("Head of SEND/AP",)


def test_officers_of_one_rank_listed_with_commas_are_each_a_lead() -> None:
    """'Ch Insp Response, Ch Insp Learning and Development' (a force's HMICFRS tracker): two
    chief inspectors, each by what they answer for; 'DCI Smith, Head of PPU' (a person, then
    a post) stays as written."""
    assert split_people("Ch Insp Response, Ch Insp Learning and Development").officers == (
        "Ch Insp Response",
        "Ch Insp Learning and Development",
    )
    assert split_people("DCI Smith, Head of PPU").officers == ("DCI Smith, Head of PPU",)


def test_a_monday_export_reads_the_item_name_beside_its_notes_as_the_action(
    tmp_path: Path,
) -> None:
    """A Monday.com board saved as CSV: 'Name' (each item's words), 'Priority' (High, Medium)
    and 'Notes'. No column is named as the action; the item names are the actions, never
    the priority (read before as a tracker's recommendation) nor the notes beside them."""
    rows = [
        ["Name", "Ref", "Person", "Status", "Due date", "Priority", "Notes"],
        ["Review Standing Orders against the NALC 2025 model", "GIP-01", "Annie Hartley",
         "Complete", "2025-09-30", "High", "Adopted at Full Council on 22 September"],
        ["Adopt a complaints procedure with a clear escalation route", "GIP-02", "Tom Biggs",
         "Green", "2025-12-31", "Medium", ""],
        ["Publish a scheme of delegation on the council's website", "GIP-03", "Tom Biggs",
         "Amber", "2026-01-31", "Medium", "Draft with the Chair of Governance for comment"],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "board.csv", rows)).actions())
    assert [a.action for a in actions] == [
        "Review Standing Orders against the NALC 2025 model",
        "Adopt a complaints procedure with a clear escalation route",
        "Publish a scheme of delegation on the council's website",
    ]
    assert actions[0].extra.get("Priority") == "High"


def test_a_status_key_giving_a_words_meaning_in_brackets_is_applied(tmp_path: Path) -> None:
    """'Status key: Complete; On track; In progress (some slippage); Not started.' under a
    child practice review's plan: 'In progress' means some slippage, amber, as the key says
    (never unrated for want of a colour's name)."""
    rows = [
        ["No.", "Action", "Agency lead", "Timescale", "Status"],
        ["1a", "Deliver regional neglect briefings to frontline staff", "Business Manager",
         "July 2024", "Complete"],
        ["1b", "Include a 'day in the life' prompt in the referral form", "Business Manager",
         "March 2025", "In progress"],
        ["1c", "Audit the use of the neglect toolkit", "Chair, QA Sub-group", "June 2025",
         "On track"],
        ["Status key: Complete; On track; In progress (some slippage); Not started.", "", "", "",
         ""],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "cpr.csv", rows)).actions())
    assert [a.status.value for a in actions] == ["blue", "amber", "green"]
