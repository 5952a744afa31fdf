"""Build the seven zbo- blind test files (set heldout766) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with "zbo-" are written, in this script's folder.
"""
import csv
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_expected(fname, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Leicestershire Police - HMICFRS activism and impartiality tracker (xlsx)
# ---------------------------------------------------------------------------
def police():
    fname = "zbo-leicestershire-police-hmicfrs-activism-impartiality-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Leicestershire Police – HMICFRS Activism and Impartiality in Policing: Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position as at 31 October 2025 – for Force Improvement Board, 12 November 2025"
    s["A4"], s["B4"] = "Current RAG", "Number of actions"
    s["A4"].font = s["B4"].font = Font(bold=True)
    rows = [("Blue – Complete", 2, BLUE), ("Green – On track", 3, GREEN),
            ("Amber – At risk", 1, AMBER), ("Red – Off track", 1, RED), ("Total", 7, None)]
    for i, (lab, n, col) in enumerate(rows, start=5):
        s.cell(i, 1, lab)
        s.cell(i, 2, n)
        if col:
            s.cell(i, 1).fill = fill(col)
    s["A11"] = ("Source report: An inspection into activism and impartiality in policing, HMICFRS, "
                "published 10 September 2024. Only recommendations addressed to chief constables are "
                "tracked here; those to the College of Policing, NPCC and Home Office are monitored "
                "through the national portal.")
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 20

    t = wb.create_sheet("Tracker")
    t["A1"] = "HMICFRS – Activism and Impartiality in Policing (September 2024)"
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A1:H1")
    t["A2"] = ("Chief officer lead: Deputy Chief Constable | Governance: Force Improvement Board | "
               "Last updated 31/10/2025")
    t.merge_cells("A2:H2")
    heads = ["Ref", "Recommendation / action", "Action owner", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for c, h in enumerate(heads, start=1):
        cell = t.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [7, 70, 30, 14, 14, 10, 10, 55]
    for i, w in enumerate(widths):
        t.column_dimensions["ABCDEFGH"[i]].width = w

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    themes = [
        ("Policies, processes and decision-making",
         "Recommendation 1 – By 31 March 2025, chief constables should make sure their forces’ "
         "policies on officers and staff attending public events and demonstrations in uniform are "
         "consistent with the duty of political impartiality.",
         [("1.1", "Review the Uniform and Appearance policy and the Events Attendance SOP against the "
                  "impartiality requirements of the Code of Ethics, and publish revised guidance on the "
                  "intranet.",
           "Head of Professional Standards", ["Head of Professional Standards"],
           d(2025, 3, 31), None, "G", "B",
           "Revised policy published 14/03/2025. Briefing issued to all supervisors.", "2025-03", "blue"),
          ("1.2", "Introduce a decision log for requests to attend Pride and other community events in "
                  "uniform, signed off by a Superintendent, and audit a sample of decisions after six "
                  "months.",
           "Supt Neighbourhood Policing; Head of Equality, Diversity and Inclusion",
           ["Supt Neighbourhood Policing", "Head of Equality, Diversity and Inclusion"],
           d(2025, 6, 30), d(2025, 12, 31), "A", "G",
           "Decision log live from July 2025; first audit booked for December.", "2025-12", "green")]),
        ("External advisory groups",
         "Recommendation 2 – By 30 June 2025, chief constables should review the terms of reference "
         "and membership of their independent advisory groups so that they give balanced advice and "
         "are not used to direct operational decisions.",
         [("2.1", "Refresh the IAG terms of reference, including a declaration of interests and a clear "
                  "statement that the group advises and does not direct.",
           "Chief Inspector Community Engagement", ["Chief Inspector Community Engagement"],
           d(2025, 6, 30), None, "G", "B",
           "New terms of reference agreed at the IAG meeting on 19/06/2025.", "2025-06", "blue"),
          ("2.2", "Recruit additional IAG members to widen the range of views represented, with vacancies "
                  "advertised through the OPCC and local media.",
           "Chief Inspector Community Engagement & OPCC Engagement Manager",
           ["Chief Inspector Community Engagement", "OPCC Engagement Manager"],
           d(2025, 9, 30), d(2026, 1, 31), "G", "A",
           "Four applications received against eight vacancies; campaign extended to January.",
           "2026-01", "amber")]),
        ("Non-crime hate incidents",
         "Recommendation 3 – With immediate effect, chief constables should make sure that non-crime "
         "hate incidents are recorded only where this complies with the statutory code of practice, "
         "and that every record is reviewed by a supervisor.",
         [("3.1", "Audit all NCHI records created since June 2023 against the 2023 Code of Practice and "
                  "delete records that do not meet the threshold.",
           "Force Crime Registrar", ["Force Crime Registrar"],
           d(2025, 1, 31), d(2025, 11, 30), "R", "G",
           "1,146 of 1,380 records reviewed and 212 deleted. Completion expected by the end of "
           "November.", "2025-11", "green"),
          ("3.2", "Add a mandatory supervisor review field to the NCHI record in Niche and report "
                  "compliance monthly to the Crime and Incident Recording Board.",
           "Head of Information Management / Force Crime Registrar",
           ["Head of Information Management", "Force Crime Registrar"],
           d(2025, 3, 31), d(2025, 12, 31), "A", "R",
           "System change delayed by the regional Niche upgrade; interim manual check in place.",
           "2025-12", "red")]),
        ("Communication with the public",
         "Recommendation 4 – By 31 December 2025, chief constables should make sure that force social "
         "media accounts are used in a way that is consistent with political impartiality.",
         [("4.1", "Issue social media guidance to all account holders, reduce the number of local "
                  "accounts, and require posts on contested matters to be approved by Corporate "
                  "Communications.",
           "Head of Corporate Communications", ["Head of Corporate Communications"],
           d(2025, 12, 31), None, "G", "G",
           "Guidance issued. Accounts being reduced from 64 to 31.", "2025-12", "green")]),
    ]
    r = 5
    expected = []
    for theme, rec, actions in themes:
        t.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            t.cell(r, c).fill = fill("2F5597")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        t.cell(r, 1, rec).font = Font(bold=True)
        t.cell(r, 1).alignment = Alignment(wrap_text=True)
        for c in range(1, 9):
            t.cell(r, c).fill = fill(GREY)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        t.row_dimensions[r].height = 32
        r += 1
        for (ref, text, lead_cell, lead, orig, rev, prev, cur, upd, end, status) in actions:
            vals = [ref, text, lead_cell, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, start=1):
                cell = t.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            t.cell(r, 6).fill = fill(rag_fill[prev])
            t.cell(r, 7).fill = fill(rag_fill[cur])
            expected.append(act(ref, [theme, rec], text, lead, end, status))
            r += 1
    r += 1
    t.cell(r, 1, "RAG key: B = complete and evidence submitted to HMICFRS; G = on track; A = at risk of "
                 "missing the target date; R = target date missed or off track.")
    t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    t.freeze_panes = "A5"
    wb.save(os.path.join(HERE, fname))

    meta = {
        "source": (
            "Imitates a force-level tracker of the kind Leicestershire Police and other forces keep for "
            "the recommendations of HMICFRS 'An inspection into activism and impartiality in policing' "
            "(September 2024; 22 recommendations to chief constables, forces and others; "
            "https://hmicfrs.justiceinspectorates.gov.uk/our-work/article/activism-and-impartiality/), "
            "reported to a Force Improvement Board and the OPCC, as in City of London Police HMICFRS "
            "progress reports (democracy.cityoflondon.gov.uk). Copied features: a summary sheet with RAG "
            "counts before the tracker sheet, title and governance lines, a filled header row, theme "
            "rows (inspection chapters) and recommendation rows merged across the sheet above their "
            "numbered actions, original and revised target dates, previous and current RAG letters "
            "with fill colour, progress updates, several owners in one cell, and a RAG key line."),
        "reads": (
            "A two-sheet workbook: a summary of RAG counts, then a tracker in which four themed "
            "HMICFRS recommendations each head one or two numbered actions. Each action has an owner "
            "(job titles, sometimes two), an original and sometimes a revised target date, and a "
            "previous and current RAG letter; the current one is the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Leicestershire Police – HMICFRS Activism and Impartiality in Policing: Recommendations Tracker",
    }
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# 2. Humberside FRS - Fire Standards implementation tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def fire():
    fname = "zbo-humberside-fire-rescue-service-fire-standards-implementation-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    ds = wb.active
    ds.title = "Dashboard"
    ds["A1"] = "Humberside Fire & Rescue Service – Fire Standards Implementation Tracker 2025/26"
    ds["A1"].font = Font(bold=True, size=14)
    ds["A3"] = "Status key (cell colour on the Tracker tab)"
    ds["A3"].font = Font(bold=True)
    for i, (col, lab) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "At risk – revised date agreed"), (RED, "Overdue")], start=4):
        ds.cell(i, 1).fill = fill(col)
        ds.cell(i, 2, lab)
    ds["A9"] = "Summary by Standard"
    ds["A9"].font = Font(bold=True)
    hdr = ["Fire Standard", "Actions", "Complete", "On track", "At risk", "Overdue"]
    for c, h in enumerate(hdr, start=1):
        ds.cell(10, c, h).font = Font(bold=True)
    summ = [("Safeguarding", 2, 1, 1, 0, 0), ("Emergency Response Driving", 2, 0, 1, 1, 0),
            ("Leading and Developing People", 3, 0, 1, 1, 1), ("Data Management", 2, 0, 2, 0, 0),
            ("Total", 9, 1, 5, 2, 1)]
    for i, row in enumerate(summ, start=11):
        for c, v in enumerate(row, start=1):
            ds.cell(i, c, v)
    ds.column_dimensions["A"].width = 34
    ds.column_dimensions["B"].width = 30

    t = wb.create_sheet("Tracker")
    t["A1"] = "Fire Standards Implementation Tracker – 2025/26"
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = ("Owner: Area Manager, Service Improvement | Reported to Service Leadership Team "
               "14/10/2025")
    heads = ["Ref", "Action required to achieve compliance", "Owner", "Target date", "Revised date",
             "Status", "Comments"]
    for c, h in enumerate(heads, start=1):
        cell = t.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
    for i, w in enumerate([8, 70, 34, 12, 12, 9, 50]):
        t.column_dimensions["ABCDEFG"[i]].width = w
    groups = [
        ("Safeguarding – self-assessment: partially compliant", [
            ("SAF-1", "Introduce annual safeguarding refresher training for all operational crews, "
                      "recorded on the learning management system.", "Head of Prevention",
             d(2025, 3, 31), None, BLUE, "Completed – 94% of crews trained."),
            ("SAF-2", "Appoint and train a Designated Safeguarding Officer on every watch.",
             "Group Manager Prevention", d(2025, 6, 30), d(2025, 10, 31), GREEN,
             "22 of 28 watches covered; remaining officers on the November course."),
        ]),
        ("Emergency Response Driving – self-assessment: compliant with minor gaps", [
            ("ERD-1", "Fit telematics to the remaining 22 frontline appliances and officer cars.",
             "Head of Fleet", d(2025, 12, 31), None, GREEN, "Installation programme under way."),
            ("ERD-2", "Review the blue-light driver revalidation period and align it with the three-year "
                      "cycle set out in the Standard.", "Station Manager Driver Training",
             d(2025, 9, 30), "Febuary 2026", AMBER, "Awaiting updated NFCC guidance."),
        ]),
        ("Leading and Developing People – self-assessment: partially compliant", [
            ("LDP-1", "Launch the Supervisory Leadership Development Programme for all newly promoted "
                      "Crew and Watch Managers.", "Head of Organisational Development",
             d(2026, 3, 31), None, GREEN, "First cohort of 14 starts in January."),
            ("LDP-2", "Introduce a talent management process linked to appraisal, with moderation panels "
                      "for each directorate.", "Head of HR / Head of Organisational Development",
             d(2025, 9, 30), d(2026, 1, 31), AMBER, "Moderation panel pilot in Service Delivery only."),
            ("LDP-3", "Introduce a 360-degree feedback tool for middle and strategic managers.",
             "Area Manager Service Improvement", d(2025, 7, 31), None, RED,
             "Procurement delayed; report to SLT in November."),
        ]),
        ("Data Management – self-assessment: not yet assessed", [
            ("DM-1", "Complete a data asset register and appoint an Information Asset Owner for each "
                     "system.", "Head of ICT and Data", d(2025, 12, 31), None, GREEN, ""),
            ("DM-2", "Build a data quality dashboard for incident recording (IRS) with monthly exception "
                     "reports to station managers.", "Performance and Data Manager",
             d(2026, 3, 31), None, GREEN, "Prototype shown to SLT in September."),
        ]),
    ]
    r = 5
    typo_row = None
    for head, rows in groups:
        t.cell(r, 1, head).font = Font(bold=True)
        for c in range(1, 8):
            t.cell(r, c).fill = fill("F2DCDB")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, text, owner, tgt, rev, col, com in rows:
            vals = [ref, text, owner, tgt, rev, None, com or None]
            for c, v in enumerate(vals, start=1):
                cell = t.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            t.cell(r, 6).fill = fill(col)
            if rev == "Febuary 2026":
                typo_row = r
            r += 1
    t.freeze_panes = "A5"

    vc = wb.create_sheet("Version control")
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        vc.cell(1, c, h).font = Font(bold=True)
    vc.append(["0.1", d(2025, 4, 14), "Service Improvement Team", "Tracker created from the gap analysis"])
    vc.append(["1.0", d(2025, 7, 8), "Service Improvement Team", "Q1 update; Data Management added"])
    vc.append(["1.1", d(2025, 10, 6), "Service Improvement Team", "Q2 update for SLT"])
    for row in vc.iter_rows(min_row=2, min_col=2, max_col=2):
        for cell in row:
            cell.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, fname))

    meta = {
        "source": (
            "Imitates a fire and rescue service Fire Standards implementation tracker of the kind "
            "English services report to their leadership team and fire authority after gap analyses "
            "against each approved Fire Standard (Fire Standards Board / NFCC, "
            "https://nfcc.org.uk/our-services/fire-standards; cf. Essex County FRS reporting Fire "
            "Standards 'more than 90% implemented' to its Continuous Improvement Board, "
            "https://essex-fire.gov.uk/recommendation-9). Copied features: a dashboard sheet with a "
            "colour key and counts per Standard, a tracker sheet with a header block, one merged row "
            "per Fire Standard giving its self-assessment, lettered-and-numbered action refs, job-title "
            "owners, target and revised dates shown as mmm-yy, status given only by cell colour, and a "
            "version-control sheet."),
        "reads": (
            "A three-sheet workbook whose Tracker tab lists nine actions under four Fire Standards, each "
            "with an owner, a target date, sometimes a revised date and a colour-only status. The "
            "revised date for ERD-2 is typed as text, 'Febuary 2026', while every other date is a real "
            "date cell: a mistyped month, so a careful reader stops at that row (Tracker sheet row "
            f"{typo_row}) rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Humberside Fire & Rescue Service – Fire Standards Implementation Tracker 2025/26",
    }
    write_expected(fname, meta, None)
    return typo_row


# ---------------------------------------------------------------------------
# 3. Godalming College - Ofsted post-inspection action plan (xlsx, sheet per AFI)
# ---------------------------------------------------------------------------
def college():
    fname = "zbo-godalming-college-ofsted-post-inspection-action-plan.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Godalming College – Post-Inspection Action Plan 2025–26"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = ("Following the Ofsted inspection of 10–13 June 2025. Each area for improvement in the "
                "report has its own tab.")
    ctrl = [("Version", "3.0"), ("Plan owner", "Vice Principal (Quality and Curriculum)"),
            ("Approved by", "Corporation Quality and Standards Committee"),
            ("Date of this version", d(2025, 10, 22)), ("Next review", "February 2026")]
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate(ctrl, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cell = cv.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    cv["A11"] = "Progress key"
    cv["A11"].font = Font(bold=True)
    for i, (col, lab) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "At risk (amber)"), (RED, "Off track")], start=12):
        cv.cell(i, 1, lab).fill = fill(col)
    cv.column_dimensions["A"].width = 26
    cv.column_dimensions["B"].width = 50

    prog_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    prog_status = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    afis = [
        ("AFI 1", "AFI 1 – Attendance",
         "Leaders should improve attendance at English and mathematics lessons for students who are "
         "retaking GCSE qualifications.",
         [("1.1", "Introduce same-day contact with parents and carers when a student misses a GCSE resit "
                  "lesson, using the new attendance dashboard.", "Head of Student Services",
           ["Head of Student Services"], "Autumn term 2025",
           "Resit attendance at 88% or above by December 2025", "On track",
           "Dashboard live from 8 September; attendance 86% at half term.", "2025-12", "Autumn term 2025"),
          ("1.2", "Timetable GCSE resit lessons in the middle of the day rather than first or last "
                  "period.", "Assistant Principal (Curriculum Planning)",
           ["Assistant Principal (Curriculum Planning)"], d(2025, 9, 1),
           "No resit lessons in period 1 or period 5", "Complete", "Done for the 2025–26 timetable.",
           "2025-09", None),
          ("1.3", "Review the attendance of resit students at fortnightly progress meetings and put "
                  "support plans in place for those below 85%.", "Heads of Faculty; Progress Tutors",
           ["Heads of Faculty", "Progress Tutors"], "Ongoing", "Support plans in place within two "
           "weeks", "On track", "", None, "Ongoing")]),
        ("AFI 2", "AFI 2 – Feedback on students’ work",
         "Leaders should ensure that teachers in a small number of subjects give students feedback that "
         "helps them to understand how to improve their work.",
         [("2.1", "Carry out a scrutiny of feedback in law, sociology and computer science and share the "
                  "findings with the heads of department.", "Director of Teaching and Learning",
           ["Director of Teaching and Learning"], d(2025, 10, 31), "Scrutiny report to SLT",
           "Complete", "Report to SLT 28 October.", "2025-10", None),
          ("2.2", "Deliver a training session on effective written and verbal feedback at the January "
                  "training day, followed by departmental action plans.",
           "Director of Teaching and Learning / Lead Practitioners",
           ["Director of Teaching and Learning", "Lead Practitioners"], "January 2026",
           "All departments have a feedback action plan", "On track", "", "2026-01", None),
          ("2.3", "Follow-up learning walks in the three subjects to check that feedback has improved.",
           "Vice Principal (Quality and Curriculum)", ["Vice Principal (Quality and Curriculum)"],
           "Summer term 2026", "Feedback judged effective in 90% of work sampled", "At risk",
           "Capacity in the quality team reduced until Easter.", "2026-07", "Summer term 2026")]),
        ("AFI 3", "AFI 3 – Work experience",
         "Leaders should ensure that more students on level 3 courses take part in meaningful work "
         "experience linked to their career plans.",
         [("3.1", "Appoint a Work Experience Coordinator to build employer links across Surrey and south "
                  "west London.", "Head of Careers", ["Head of Careers"], d(2025, 11, 30),
           "Coordinator in post", "Off track",
           "Recruitment unsuccessful in October; post re-advertised.", "2025-11", None),
          ("3.2", "Set a target of 60% of Year 12 students completing a work placement by the end of the "
                  "year and track this on ProMonitor.", "Head of Careers", ["Head of Careers"],
           d(2026, 7, 31), "60% of Year 12 complete a placement", "On track", "", "2026-07", None)]),
    ]
    expected = []
    for tab, heading, afi_text, rows in afis:
        s = wb.create_sheet(tab)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = afi_text
        s["A2"].font = Font(italic=True)
        s["A2"].alignment = Alignment(wrap_text=True)
        s.merge_cells("A2:G2")
        s.row_dimensions[2].height = 30
        heads = ["No.", "Action", "Lead(s)", "By when", "Success measure", "Progress",
                 "Commentary (Quality and Standards Committee, October 2025)"]
        for c, h in enumerate(heads, start=1):
            cell = s.cell(4, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("DDEBF7")
            cell.alignment = Alignment(wrap_text=True)
        for i, w in enumerate([6, 60, 32, 16, 34, 12, 45]):
            s.column_dimensions["ABCDEFG"[i]].width = w
        r = 5
        for (ref, text, lead_cell, lead, when, measure, prog, com, end, end_text) in rows:
            vals = [ref, text, lead_cell, when, measure, prog, com or None]
            for c, v in enumerate(vals, start=1):
                cell = s.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            s.cell(r, 6).fill = fill(prog_fill[prog])
            expected.append(act(ref, [heading, afi_text], text, lead, end, prog_status[prog], end_text))
            r += 1
    wb.save(os.path.join(HERE, fname))

    meta = {
        "source": (
            "Imitates a sixth form college post-inspection action plan written against the 'What does "
            "the provider need to do to improve?' points of an Ofsted further education and skills "
            "report (EIF handbook, https://www.gov.uk/government/publications/further-education-and-"
            "skills-inspection-handbook-eif), as colleges keep them for a corporation quality "
            "committee. Copied features: a cover sheet with title, document-control block and a "
            "colour progress key, then one tab per area for improvement with the AFI as a heading and "
            "its report text in a merged italic row above numbered actions, leads as job titles "
            "(sometimes two), 'by when' cells mixing terms, months, dates and 'Ongoing', success "
            "measures, a worded progress column with fill colour, and committee commentary."),
        "reads": (
            "A four-sheet workbook: a cover with document control and a key, then three tabs, one per "
            "Ofsted area for improvement, each with two or three numbered actions. Progress is written "
            "(Complete, On track, At risk, Off track) and coloured, and the cover key reads 'At risk' as "
            "amber."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Godalming College – Post-Inspection Action Plan 2025–26",
    }
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row, hex_=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if hex_:
            shade(cell, hex_)


# ---------------------------------------------------------------------------
# 4. HMP Littlehey - HMIP inspection action plan (docx, HMPPS template)
# ---------------------------------------------------------------------------
def prison():
    fname = "zbo-hmp-littlehey-hmip-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Action Plan: HMP Littlehey", level=0)
    doc.add_paragraph("Action Plan Submitted: 17 April 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 4–15 November 2024")
    doc.add_paragraph("Report Published: 25 February 2025")
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of "
        "the conditions for and treatment of prisoners. It reports its findings for prisons and Young "
        "Offender Institutions in England and Wales to the Ministry of Justice (MoJ) and His Majesty’s "
        "Prison and Probation Service (HMPPS). In response to the report HMPPS is required to draft a "
        "robust and timely action plan to address the concerns. The action plan confirms whether "
        "concerns are agreed, partly agreed or not agreed. Where a concern is agreed or partly agreed, "
        "the action plan sets out the specific steps to address it, with the owner and timescale of "
        "each step clearly identified. Action plans are sent to HMIP and published on the HMPPS Prison "
        "Finder.")
    doc.add_paragraph("Only the following responses to concerns should be used:")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for c, h in enumerate(["Term", "Definition", "Additional comment"]):
        key.rows[0].cells[c].text = h
    bold_row(key.rows[0], "D9D9D9")
    for term, defn, com in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions "
         "and timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will "
         "be addressed.", "The response must state clearly which part will be addressed and why the "
         "rest cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly state why the concern has not been agreed.")]:
        cells = key.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = term, defn, com

    heads = ["Concern", "Agreed / Partly Agreed / Not Agreed", "Response", "Action",
             "Responsible Owner", "Target Date"]
    sections = [
        ("Priority concerns", [
            ("1. Leaders had not made sure that older and disabled prisoners received the social care "
             "and equipment they needed in a timely way.", "Agreed",
             "HMP Littlehey accepts this concern. A joint review with the local authority has been "
             "completed and the actions below address the delays identified.",
             [("Agree a revised social care pathway with Cambridgeshire County Council, including a "
               "five-day target for assessment after referral.", "Head of Residence",
               ["Head of Residence"], "30/06/2025", "2025-06", None),
              ("Install grab rails and raised toilet seats in a further 20 cells on Houses 5 and 6 and "
               "keep a register of adapted cells.", "Head of Residence / Head of Estates",
               ["Head of Residence", "Head of Estates"], "September 2025", "2025-09", None),
              ("Introduce a paid peer-support buddy role for prisoners who need help with daily "
               "living, with training from the social care provider.", "Head of Reducing Reoffending",
               ["Head of Reducing Reoffending"], "31/07/2025", "2025-07", None)]),
            ("2. Too many prisoners had not been able to complete an offending behaviour programme "
             "before their release or parole hearing.", "Partly Agreed",
             "Programme capacity is set nationally. The prison will make best use of the places it has "
             "and will bid for an additional facilitator team.",
             [("Run an additional Kaizen and Horizon cohort each quarter, subject to the recruitment of "
               "two facilitators.", "Head of Interventions", ["Head of Interventions"], "31/03/2026",
               "2026-03", None),
              ("Prioritise places by earliest release or parole date and review the waiting list at "
               "the monthly Offender Management Unit meeting.",
               "Head of Offender Management Delivery", ["Head of Offender Management Delivery"],
               "Ongoing – reviewed monthly", None, "Ongoing – reviewed monthly")]),
        ]),
        ("Key concerns", [
            ("3. Waiting times for routine dental treatment were too long.", "Agreed",
             "The healthcare provider has agreed additional sessions with the dental contractor.",
             [("Commission additional dental sessions through the healthcare provider to clear the "
               "backlog of routine appointments.", "Head of Healthcare", ["Head of Healthcare"],
               "31/05/2025", "2025-05", None),
              ("Publish dental waiting times on the wings each month and review them at the Local "
               "Delivery Board.", "Head of Healthcare; Deputy Governor",
               ["Head of Healthcare", "Deputy Governor"], "30/04/2025", "2025-04", None)]),
            ("4. Prisoners did not have enough access to the library and the gym.", "Agreed",
             "The regime will be revised from the summer.",
             [("Revise the regime so that every prisoner has at least one library session and two gym "
               "sessions each week, and monitor attendance through the regime management tool.",
               "Head of Operations", ["Head of Operations"], "31/08/2025", "2025-08", None)]),
        ]),
    ]
    expected = []
    for sec, concerns in sections:
        doc.add_heading(sec, level=1)
        n = sum(len(c[3]) for c in concerns)
        tb = doc.add_table(rows=1 + n, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(heads):
            tb.rows[0].cells[c].text = h
        bold_row(tb.rows[0], "D9D9D9")
        r = 1
        for concern, agreed, response, actions in concerns:
            top, bottom = r, r + len(actions) - 1
            for col, text in [(0, concern), (1, agreed), (2, response)]:
                cell = tb.cell(top, col)
                if bottom > top:
                    cell = cell.merge(tb.cell(bottom, col))
                cell.text = text
            for (text, owner_cell, owner, date, end, end_text) in actions:
                tb.cell(r, 3).text = text
                tb.cell(r, 4).text = owner_cell
                tb.cell(r, 5).text = date
                expected.append(act(None, [sec, concern], text, owner, end, "unrated", end_text))
                r += 1
    doc.save(os.path.join(HERE, fname))

    meta = {
        "source": (
            "Imitates the HMPPS action plans published on Prison Finder in response to HM Inspectorate "
            "of Prisons reports (e.g. 'Action Plan: HMP The Verne', "
            "https://fdocuments.us/document/action-plan-hmp-the-verne-action-plan-submitted-30-june-the-action-plan-confirms.html; "
            "'Action Plan: HMP Elmley', HMP Liverpool), updated to the post-May 2022 format in which "
            "HMIP reports priority and key concerns instead of recommendations "
            "(https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/). "
            "Copied features: the 'Action Plan: HMP …' title block with submitted, inspection and "
            "publication dates, the standard introduction, the Agreed / Partly Agreed / Not Agreed "
            "categorisation table, then one table per section with the concern, agreement and response "
            "cells merged down over the concern's actions, job-title owners and target dates; no RAG "
            "column."),
        "reads": (
            "A Word action plan: after the title block, introduction and a table defining the "
            "agreement categories, a priority concerns table and a key concerns table list eight "
            "unnumbered actions, each beside the concern it answers, with a responsible owner (one or "
            "two posts) and a target date. Nothing gives a progress status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Littlehey",
    }
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# 5. Newport High School - Estyn post-inspection action plan (docx, table per recommendation)
# ---------------------------------------------------------------------------
def school():
    fname = "zbo-newport-high-school-estyn-post-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Newport High School – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Estyn core inspection: 11–14 November 2024 | Follow-up category: Significant "
                      "improvement")
    doc.add_paragraph("This plan has been written jointly by the school, Newport City Council and the "
                      "Education Achievement Service (EAS), as a single plan for improvement.")
    ctl = doc.add_table(rows=1, cols=3)
    ctl.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Approved by"]):
        ctl.rows[0].cells[c].text = h
    bold_row(ctl.rows[0], "D9D9D9")
    for row in [("1.0", "24/01/2025", "Headteacher and Chair of Governors"),
                ("1.1", "06/02/2025", "Full Governing Body")]:
        cells = ctl.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Progress key (cell colour): Blue – action completed; Green – on track; Amber – "
                      "some slippage; Red – significantly behind.")
    col = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
    recs = [
        ("R1: Improve the quality of teaching so that it consistently challenges pupils and supports "
         "them to make strong progress", [
            ("R1.1", ["Establish a teaching and learning framework (‘The Newport High Lesson’) setting out "
                      "non-negotiables for challenge, questioning and checking understanding.",
                      "Launch it at the January INSET and share it with governors."],
             "All staff trained; framework evident in at least 80% of lessons observed",
             "DHT (Teaching & Learning)", ["DHT (Teaching & Learning)"], "Spring term 2025",
             "2025-04", "Spring term 2025", "blue"),
            ("R1.2", ["Weekly coaching for teachers identified through learning walks as needing "
                      "support, delivered by the EAS and in-school lead practitioners."],
             "Coached teachers’ lessons judged at least good at review",
             "AHT (CPD) / EAS Teaching and Learning Adviser",
             ["AHT (CPD)", "EAS Teaching and Learning Adviser"], "Summer term 2025", "2025-07",
             "Summer term 2025", "green"),
            ("R1.3", ["Half-termly joint learning walks by senior and middle leaders with the EAS "
                      "Challenge Adviser, evaluating the impact on pupils’ progress in books."],
             "Reports to governors show improving progress in books", "Headteacher", ["Headteacher"],
             "Half-termly", None, "Half-termly", "green"),
        ]),
        ("R2: Strengthen self-evaluation and improvement planning at all levels, focusing on the "
         "impact of provision on pupils’ learning", [
            ("R2.1", ["Rewrite the self-evaluation calendar so that all quality assurance activity is "
                      "triangulated (lesson visits, book looks, pupil voice and data)."],
             "Calendar in place and followed by all departments", "Headteacher; DHT (Curriculum)",
             ["Headteacher", "DHT (Curriculum)"], "31/03/2025", "2025-03", None, "blue"),
            ("R2.2", ["Train middle leaders to write department improvement plans with measurable "
                      "success criteria linked to pupils’ learning."],
             "All department plans meet the agreed quality standard", "DHT (Curriculum)",
             ["DHT (Curriculum)"], "May 2025", "2025-05", None, "amber"),
        ]),
        ("R3: Improve pupils’ attendance", [
            ("R3.1", ["Appoint an Attendance and Engagement Officer and introduce first-day response "
                      "calls for all absences."],
             "Officer in post; first-day calls made for every absence", "AHT (Wellbeing)",
             ["AHT (Wellbeing)"], "28/02/2025", "2025-02", None, "blue"),
            ("R3.2", ["Work with the Education Welfare Service to hold attendance panels for pupils "
                      "below 90%, with targeted support for pupils eligible for free school meals."],
             "Whole-school attendance at 91% or above; gap for eFSM pupils narrowing",
             "AHT (Wellbeing) and Newport City Council EWO",
             ["AHT (Wellbeing)", "Newport City Council EWO"], "Summer term 2025", "2025-07",
             "Summer term 2025", "red"),
        ]),
        ("R4: Address the site-related safeguarding issue identified during the inspection", [
            ("R4.1", ["Replace the damaged perimeter fencing on the lower field and introduce a "
                      "signing-in system at the pedestrian gate."],
             "Site secure; confirmed by the local authority health and safety officer",
             "Business Manager", ["Business Manager"], "31/01/2025", "2025-01", None, "blue"),
        ]),
    ]
    heads = ["Ref", "Actions", "Success criteria", "Lead", "Timescale", "Progress"]
    expected = []
    for rec, rows in recs:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(heads):
            tb.rows[0].cells[c].text = h
        bold_row(tb.rows[0], "DEEAF6")
        for (ref, paras, crit, lead_cell, lead, when, end, end_text, status) in rows:
            cells = tb.add_row().cells
            cells[0].text = ref
            cells[1].text = paras[0]
            for p in paras[1:]:
                cells[1].add_paragraph(p)
            cells[2].text = crit
            cells[3].text = lead_cell
            cells[4].text = when
            shade(cells[5], col[status])
            expected.append(act(ref, [rec], "\n".join(paras), lead, end, status, end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Monitoring: progress against this plan is reported to the Full Governing Body "
                      "each term and reviewed with Estyn at each follow-up visit.")
    doc.save(os.path.join(HERE, fname))

    meta = {
        "source": (
            "Imitates a Welsh secondary school post-inspection action plan (PIAP) written after an "
            "Estyn core inspection placed the school in significant improvement, as the governing "
            "body must produce with the local authority as a single plan "
            "(https://estyn.gov.wales/inspection-guidance-type/follow-up-en); Estyn reports number "
            "their recommendations R1, R2 … Copied features: title and inspection/category lines, a "
            "version-control table, a colour key paragraph, one heading and one table per Estyn "
            "recommendation with Ref / Actions / Success criteria / Lead / Timescale / Progress "
            "columns, abbreviated post leads (DHT, AHT, EWO), timescales in school terms, dates and "
            "'Half-termly', a two-paragraph action cell, and progress shown only by cell shading."),
        "reads": (
            "A Word PIAP: four Estyn recommendations, each a heading over its own table of numbered "
            "actions (eight in all) with success criteria, a lead or two, a timescale and a shaded "
            "progress cell read through the key (blue completed, green on track, amber slippage, red "
            "significantly behind). The version-control table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Newport High School – Post-Inspection Action Plan",
    }
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# 6. Probation Service Bolton PDU - HMI Probation action plan tracker (csv)
# ---------------------------------------------------------------------------
def probation():
    fname = "zbo-probation-service-bolton-pdu-hmip-inspection-action-plan.csv"
    W = 9
    rows = [
        ["Probation Service – Bolton PDU: HMI Probation Inspection Action Plan"],
        ["Inspection fieldwork: June 2024 | Report published: 10 October 2024 | Overall rating: "
         "Requires improvement"],
        ["Tracker updated 12/09/2025 for the Greater Manchester Probation Performance and Quality Board"],
        [],
        ["Rec No.", "Recommendation", "Action No.", "Action", "Owner", "Target date",
         "Revised target date", "RAG", "Progress update"],
    ]
    data = [
        ("Bolton PDU should:", [
            ("1", "Improve the quality of assessment and planning for risk of harm, making full use of "
                  "information from partner agencies", [
                ("1.1", "Deliver refresher training on risk of serious harm analysis to all probation "
                        "officers and PQiPs", "Head of PDU", ["Head of PDU"], "31/12/2024", "",
                 "Complete", "Delivered Nov–Dec 2024; 41 of 43 staff attended.", "2024-12", None, "blue"),
                ("1.2", "Introduce monthly management oversight audits of new RoSH assessments using the "
                        "regional quality tool", "SPO Team 1 / SPO Team 3", ["SPO Team 1", "SPO Team 3"],
                 "31/03/2025", "30/06/2025", "Green",
                 "Audits running since May 2025. Themes fed back at team meetings.", "2025-06", None,
                 "green")]),
            ("2", "Make sure domestic abuse and child safeguarding enquiries are completed and the "
                  "information is used in sentence planning", [
                ("2.1", "Agree a service level agreement with Bolton Council children’s services for a "
                        "10-working-day response to safeguarding enquiries", "Head of PDU",
                 ["Head of PDU"], "31/01/2025", "31/10/2025", "Amber",
                 "Draft SLA is with the council’s legal team.\nInterim escalation route agreed with the "
                 "MASH manager.", "2025-10", None, "amber"),
                ("2.2", "Use the domestic abuse risk checklist at every pre-sentence report and initial "
                        "sentence plan", "Court Team SPO", ["Court Team SPO"], "30/11/2024", "",
                 "Complete", "Checklist embedded; dip sample in July showed 95% use.", "2024-11", None,
                 "blue")]),
            ("3", "Improve the quality of work to keep other people safe, including timely home visits "
                  "in high risk of serious harm cases", [
                ("3.1", "Complete home visits within 28 days of sentence or release for all high RoSH "
                        "cases and report compliance in the PDU performance pack", "Deputy Head of PDU",
                 ["Deputy Head of PDU"], "31/03/2025", "", "Red",
                 "Compliance 61% in August 2025 against a 90% target; staffing gap in Team 2.",
                 "2025-03", None, "red"),
                ("3.2", "Review caseload allocation using the workload measurement tool at each quarterly "
                        "resourcing meeting", "J. Whitworth; R. Chaudhry",
                 ["J. Whitworth", "R. Chaudhry"], "Quarterly", "", "Green",
                 "Q2 review held 3 September.", None, "Quarterly", "green")]),
        ]),
        ("The Greater Manchester region should:", [
            ("4", "Make sure there are enough interventions available in Bolton, including accredited "
                  "programmes for people convicted of domestic abuse offences", [
                ("4.1", "Commission an additional Building Choices cohort in Bolton from April 2025",
                 "Regional Head of Interventions", ["Regional Head of Interventions"], "30/04/2025", "",
                 "Complete", "First cohort started 7 April 2025.", "2025-04", None, "blue"),
                ("4.2", "Review Commissioned Rehabilitative Services referral rates in Bolton and address "
                        "under-use with providers", "Regional Contract Manager",
                 ["Regional Contract Manager"], "30/09/2025", "31/12/2025", "Green",
                 "Referral rate up from 38% to 54%.", "2025-12", None, "green")]),
        ]),
    ]
    expected = []
    for section, recs in data:
        rows.append([section])
        for rno, rtext, actions in recs:
            first = True
            for (ano, text, owner_cell, owner, tgt, rev, rag, upd, end, end_text, status) in actions:
                rows.append([rno if first else "", rtext if first else "", ano, text, owner_cell, tgt,
                             rev, rag, upd])
                first = False
                expected.append(act(ano, [section, rtext], text, owner, end, status, end_text))
    rows.append([])
    rows.append(["RAG: Complete = action finished and evidenced; Green = on track; Amber = risk to "
                 "delivery or revised date agreed; Red = off track."])
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))

    meta = {
        "source": (
            "Imitates a probation delivery unit action plan tracker kept after an HM Inspectorate of "
            "Probation PDU inspection, following the HMPPS action-plan template (recommendations "
            "agreed, SMART actions with owner and timescale, "
            "https://docsbay.net/action-plan-name-of-crc-or-nps-division) and HMIP's PDU inspection "
            "model with recommendations to the PDU and to the region "
            "(https://hmiprobation.justiceinspectorates.gov.uk/about-us/our-inspections/pdu), exported "
            "from Excel to CSV for a regional performance board. Copied features: title and context "
            "lines, a header row, section rows for recommendations to the PDU and to the region, "
            "recommendation number and text written only on the first action row of each group (as a "
            "merged cell exports), numbered actions, owners as posts or initials (two in one cell), "
            "target and revised target dates day-first, worded RAG, a progress update with an inner "
            "line break, and a RAG key line at the end."),
        "reads": (
            "A CSV tracker of eight numbered actions under four HMI Probation recommendations, grouped "
            "under 'Bolton PDU should:' and 'The Greater Manchester region should:'. Each action has "
            "an owner, a target date (the revised one where given, one 'Quarterly'), a RAG word and an "
            "update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Probation Service – Bolton PDU: HMI Probation Inspection Action Plan",
    }
    write_expected(fname, meta, expected)


# ---------------------------------------------------------------------------
# 7. Denstone College - ISI inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
def isi():
    fname = "zbo-denstone-college-isi-inspection-action-plan.txt"
    lines = [
        "Denstone College – ISI Inspection Action Plan 2025–26",
        "Routine inspection 4–6 March 2025 (report published 9 April 2025). All Standards met. Reviewed "
        "by the Education Committee of Council, 16 October 2025.",
        "",
        "\t".join(["Framework area", "Recommended next step", "Ref", "Action", "Lead(s)", "Target date",
                   "Progress"]),
    ]
    A1 = "Leadership and management, and governance"
    N1 = ("Leaders should ensure that the school’s self-evaluation makes more precise use of information "
          "about pupils’ progress, so that improvement planning is sharply focused.")
    A2 = "Quality of education, training and recreation"
    N2 = ("Leaders should ensure that teaching in Years 7 to 9 consistently adapts tasks so that the most "
          "able pupils are suitably challenged.")
    A3 = "Pupils’ physical and mental health and emotional wellbeing"
    N3 = ("Leaders should make sure that boarders’ views about weekend activities are acted upon "
          "consistently across the boarding houses.")
    A4 = "Safeguarding"
    N4 = ("Leaders should ensure that the single central record is checked regularly so that all "
          "required information is recorded promptly.")
    rows = [
        (A1, N1, "L1", "Introduce a termly data review for each department, reporting the progress of each "
                       "year group against baseline (MidYIS/ALIS) to SLT.",
         "Deputy Head (Academic)", ["Deputy Head (Academic)"], "Michaelmas term 2025", "Complete",
         "2025-12", "Michaelmas term 2025", "blue"),
        (A1, N1, "L2", "Education Committee to receive a termly summary of progress data and department "
                       "reviews.",
         "Deputy Head (Academic) & Clerk to Council", ["Deputy Head (Academic)", "Clerk to Council"],
         "Termly", "On track", None, "Termly", "green"),
        (A2, N2, "Q1", "Deliver whole-staff INSET on adaptive teaching and stretch for the most able.",
         "Head of Teaching and Learning", ["Head of Teaching and Learning"], "05/01/2026", "On track",
         "2026-01", None, "green"),
        (A2, N2, "Q2", "Lesson drop-ins in Years 7–9 to focus on challenge, with findings reported to Heads "
                       "of Department each half term.",
         "Senior Deputy Head / Head of Lower School", ["Senior Deputy Head", "Head of Lower School"],
         "Summer term 2026", "Not started", "2026-07", "Summer term 2026", "unrated"),
        (A3, N3, "W1", "Run a boarders’ survey each term and publish “You said, we did” responses in every "
                       "house.",
         "Director of Boarding", ["Director of Boarding"], "31/12/2025", "Complete", "2025-12", None,
         "blue"),
        (A3, N3, "W2", "Extend the Sunday activities programme, including minibus trips, with a shared "
                       "timetable across all boarding houses.",
         "Director of Boarding; Head of Co-curricular", ["Director of Boarding", "Head of Co-curricular"],
         "28/02/2026", "Amber", "2026-02", None, "amber"),
        (A4, N4, "S1", "Monthly audit of the single central record by the DSL and HR Manager, with a termly "
                       "check by the safeguarding governor.",
         "HR Manager", ["HR Manager"], "Monthly", "On track", None, "Monthly", "green"),
    ]
    expected = []
    for area, step, ref, text, lead_cell, lead, tgt, prog, end, end_text, status in rows:
        lines.append("\t".join([area, step, ref, text, lead_cell, tgt, prog]))
        expected.append(act(ref, [area, step], text, lead, end, status, end_text))
    lines.append("")
    lines.append("Progress key: Complete / On track / Amber = behind schedule but achievable / Not started")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": (
            "Imitates an independent school's post-inspection action plan written against the "
            "'recommended next steps' of an ISI report under the September 2023 framework, whose "
            "sections are leadership and management and governance; quality of education, training and "
            "recreation; pupils' physical and mental health and emotional wellbeing; and safeguarding "
            "(https://www.isi.net/inspection-explained/inspection-framework/interactive-version/introduction/what-isi-does; "
            "https://independentschoolmanagement.co.uk/features/extracts-from-reports-under-the-new-isi-framework/). "
            "Saved from the school's spreadsheet as tab-separated text for the governors' committee "
            "papers. Copied features: a title line and a context line, a header row, the framework area "
            "and next step repeated on every action row (a flat filled-down layout), letter-and-number "
            "refs, post leads joined by '&', ';' or '/', targets as terms (Michaelmas, Summer), dates, "
            "'Termly' and 'Monthly', worded progress, and a key line at the end."),
        "reads": (
            "A tab-separated plan of seven actions, each row carrying its ISI framework area and the "
            "recommended next step it answers, then a ref, the action, one or two leads, a target and a "
            "progress word. The key at the foot reads 'Amber' as behind schedule but achievable."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Denstone College – ISI Inspection Action Plan 2025–26",
    }
    write_expected(fname, meta, expected)


if __name__ == "__main__":
    police()
    row = fire()
    college()
    prison()
    school()
    probation()
    isi()
    print("built; fire typo on Tracker row", row)
