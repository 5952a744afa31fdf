"""Build the seven zso- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python from any directory. Writes only files whose names
start with "zso-" in the folder this script lives in.

Each action below carries the raw cell text that goes into the file and, beside it, the
reading a person makes of it (lead list, end month, status), written by hand.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zso-")
    return os.path.join(HERE, name)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="EDEDED"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, headers, fill=FILL["head"], font=WHITE_BOLD):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.fill = fill
        c.font = font
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =====================================================================
# 1. Isles of Scilly FRS - HMICFRS 2023-25 improvement plan (xlsx)
# =====================================================================
def make_scilly():
    name = "zso-isles-of-scilly-fire-rescue-service-hmicfrs-2023-25-improvement-plan.xlsx"
    title = "Isles of Scilly Fire & Rescue Service – HMICFRS 2023–25 Improvement Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Council of the Isles of Scilly"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = ("Response to His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services "
                 "(HMICFRS) effectiveness, efficiency and people inspection report, published 11 March 2025.")
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    header_row(cov, 7, ["Version", "Date", "Author", "Summary of changes"])
    dc = [
        ("1.0", "14/04/2025", "Station Manager", "First draft following publication of the report"),
        ("1.1", "10/06/2025", "Chief Fire Officer", "Approved by Scrutiny Committee"),
        ("1.2", "18/11/2025", "Station Manager", "Progress update for Scrutiny Committee"),
    ]
    for r, row in enumerate(dc, start=8):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BORDER
    cov["A12"] = "Graded judgments"
    cov["A12"].font = Font(bold=True)
    grades = [
        ("Understanding the risk of fire and other emergencies", "Adequate"),
        ("Preventing fires and other risks", "Adequate"),
        ("Promoting fairness and diversity", "Requires improvement"),
        ("All other areas inspected", "Good"),
    ]
    for r, (a, g) in enumerate(grades, start=13):
        cov.cell(row=r, column=1, value=a).border = BORDER
        cov.cell(row=r, column=2, value=g).border = BORDER
    widths(cov, [52, 22, 22, 50])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "IOSFRS HMICFRS 2023–25 Improvement Plan – progress at 18 November 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    headers = ["AFI", "Inspection area", "Area for improvement", "Ref", "Action", "Action owner",
               "Original target date", "Revised target date", "RAG", "Progress update"]
    header_row(ws, 3, headers)

    D = dt.datetime
    afis = [
        ("AFI 1", "Understanding the risk of fire and other emergencies",
         "The service should make sure its firefighters have access to relevant and up-to-date "
         "risk-critical information.",
         [
             ("1.1", "Review every site-specific risk information (SSRI) record held on the mobile data "
                     "terminals and update or remove any record more than three years old.",
              "Station Manager", D(2025, 7, 31), D(2025, 11, 30), "amber",
              "Review 80% complete. Delayed by availability of on-call crews during the summer season.",
              ["Station Manager"], "2025-11", "amber", None),
             ("1.2", "Agree with Cornwall Fire and Rescue Service a six-monthly assurance check of the risk "
                     "information held for premises on the off-islands.",
              "Chief Fire Officer", D(2025, 9, 30), None, "blue",
              "Assurance schedule agreed at the SLA review meeting on 16 September 2025.",
              ["Chief Fire Officer"], "2025-09", "blue", None),
             ("1.3", "Train all crew commanders on the five islands to gather and update risk information "
                     "using the new SSRI template.",
              "Watch Manager (Training)", D(2026, 3, 31), None, "green",
              "Sessions booked for St Agnes and Bryher in January 2026.",
              ["Watch Manager (Training)"], "2026-03", "green", None),
         ]),
        ("AFI 2", "Preventing fires and other risks",
         "The service should have a clear prevention strategy for St Mary’s that targets its prevention "
         "activity at the people most at risk from fire.",
         [
             ("2.1", "Publish a prevention strategy for St Mary’s that sets out how home fire safety visits "
                     "will be prioritised using partner data.",
              "Chief Fire Officer / Community Safety Lead", D(2025, 9, 30), D(2026, 1, 31), "amber",
              "Draft strategy out for consultation with Adult Social Care. Revised date agreed by the "
              "Chief Fire Officer and reported to Scrutiny Committee.",
              ["Chief Fire Officer", "Community Safety Lead"], "2026-01", "amber", None),
             ("2.2", "Put in place a signed memorandum of understanding with the Isles of Scilly Airport Fire "
                     "and Rescue Service for the delivery of home fire safety visits.",
              "Station Manager", D(2025, 12, 31), None, "green",
              "MoU drafted and with airport management for signature.",
              ["Station Manager"], "2025-12", "green", None),
             ("2.3", "Agree information-sharing arrangements with the Health Centre and Adult Social Care so "
                     "that referrals of vulnerable residents are received by the service.",
              "Community Safety Lead", "Ongoing", None, "green",
              "Referral form live; four referrals received since August.",
              ["Community Safety Lead"], None, "green", "Ongoing"),
         ]),
        ("AFI 3", "Promoting fairness and diversity",
         "The service should make sure it promotes the importance of equality, diversity and inclusion "
         "across the workforce.",
         [
             ("3.1", "Deliver equality, diversity and inclusion awareness training to all on-call firefighters "
                     "and fire control staff.",
              "HR Business Partner", D(2025, 7, 31), D(2025, 10, 31), "blue",
              "All 38 on-call staff trained; completed 28 October 2025.",
              ["HR Business Partner"], "2025-10", "blue", None),
             ("3.2", "Complete equality impact assessments for all service policies reviewed since April 2024 "
                     "and publish them on the council website.",
              "Station Manager", D(2025, 12, 31), None, "red",
              "Not progressed owing to capacity in the council policy team. Escalated to the Chief Fire Officer.",
              ["Station Manager"], "2025-12", "red", None),
             ("3.3", "Appoint an EDI champion at each island station and hold quarterly meetings with the "
                     "Chief Fire Officer.",
              "Chief Fire Officer", D(2026, 3, 31), None, None,
              "Not yet started – scheduled for Q4.",
              ["Chief Fire Officer"], "2026-03", "unrated", None),
         ]),
    ]
    expected = []
    r = 4
    for afi, area, text, rows in afis:
        first = r
        for (ref, action, owner, orig, rev, fill, prog, lead, end, status, end_text) in rows:
            vals = [None, None, None, ref, action, owner, orig, rev, None, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(row=r, column=9).fill = FILL[fill]
            expected.append(act(ref, [area, text], action, lead, end, status, end_text))
            r += 1
        ws.cell(row=first, column=1, value=afi)
        ws.cell(row=first, column=2, value=area)
        ws.cell(row=first, column=3, value=text)
        for col in (1, 2, 3):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
            ws.cell(row=first, column=col).fill = FILL["band"]
    r += 1
    ws.cell(row=r, column=1, value="Note: where a revised target date is shown it has been agreed by the Chief "
                                   "Fire Officer and reported to Scrutiny Committee; the RAG colour is measured "
                                   "against the revised date.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 2
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for label, n, fill in [("Complete", 2, "blue"), ("On track", 3, "green"), ("Slippage", 2, "amber"),
                           ("Off track", 1, "red"), ("Not started", 1, None), ("Total actions", 9, None)]:
        a = ws.cell(row=r, column=1, value=label)
        b = ws.cell(row=r, column=2, value=n)
        a.border = b.border = BORDER
        if fill:
            a.fill = FILL[fill]
        r += 1
    widths(ws, [8, 24, 40, 6, 55, 24, 14, 14, 7, 50])
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    header_row(key, 2, ["Colour", "Meaning"])
    for r, (fill, meaning) in enumerate([
        ("blue", "Action complete"),
        ("green", "On track to meet target date"),
        ("amber", "Some slippage – revised date agreed"),
        ("red", "Off track – escalated to Chief Fire Officer"),
        (None, "No colour – not yet started"),
    ], start=3):
        c = key.cell(row=r, column=1, value="")
        if fill:
            c.fill = FILL[fill]
        c.border = BORDER
        key.cell(row=r, column=2, value=meaning).border = BORDER
    widths(key, [12, 50])
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates the improvement plan a small English fire and rescue service reports to its "
                   "council scrutiny committee after an HMICFRS 2023-25 round inspection (Isles of Scilly FRS, "
                   "report published March 2025 with areas for improvement on risk-critical information, a "
                   "prevention strategy for St Mary's and EDI; the council's Scrutiny Committee received the "
                   "report in 2025). Copies the usual HMICFRS improvement-plan workbook: cover sheet with "
                   "document control and graded judgments, one plan sheet with AFI number, inspection area "
                   "and AFI text merged vertically over their actions, original and revised target dates, "
                   "a RAG column shown only as cell fill colour, a notes line, a summary block and a separate "
                   "RAG key sheet."),
        "reads": ("Three areas for improvement, each with its inspection area and the HMICFRS wording merged "
                  "down beside two or three numbered actions. Each action has an owner, an original and "
                  "sometimes a revised target date (the revised one counts), a coloured RAG cell with no text "
                  "and a progress note; one action has no colour yet. Below the plan are a note and a "
                  "summary count, and the colours are explained on the RAG key sheet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# =====================================================================
# 2. Greater Manchester Police - stalking super-complaint action plan (xlsx, refuse)
# =====================================================================
def make_gmp():
    name = "zso-greater-manchester-police-stalking-super-complaint-action-plan-typo-month-refuse.xlsx"
    title = "Greater Manchester Police – Police response to stalking: super-complaint action plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Response to the recommendations made to Chief Constables in the HMICFRS, College of Policing "
                "and IOPC report on the super-complaint by the Suzy Lamplugh Trust (September 2024).")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Strategic lead: Detective Chief Superintendent, Public Protection  |  Published: 22 November 2024"
                "  |  Six-month update: March 2025")
    ws.merge_cells("A3:H3")
    header_row(ws, 5, ["Rec No.", "Recommendation", "Sub-rec", "Action", "Action owner", "Target date", "RAG",
                       "March 2025 update"])
    recs = [
        ("7", "By 27/03/25, where required, seek changes to their crime recording systems to enable staff and "
              "officers to document and search for crimes not recorded as the principal crime, as included "
              "classifications on crime records.",
         [
             ("7.1", "Submit a change request to the records management system supplier so that stalking can be "
                     "recorded and searched as an included classification.",
              "Force Crime Registrar", "31/03/2025", "A",
              "Change request accepted by supplier; release expected in the autumn."),
             ("7.2", "Issue guidance to officers and staff on recording stalking as an included classification "
                     "and audit compliance through the Crime Data Integrity team.",
              "Force Crime Registrar", "June 2025", "G", "Guidance drafted."),
         ]),
        ("8", "By 27/03/25, make sure there is a clear process for considering and applying for stalking "
              "protection orders, and for monitoring compliance with them.",
         [
             ("8.1", "Appoint a stalking protection order lead in each district and publish an SPO toolkit on "
                     "the force intranet.",
              "Detective Superintendent, Public Protection", "30/04/2025", "G",
              "Leads appointed in all ten districts."),
             ("8.2", "Introduce monthly reporting of SPO applications, breaches and outcomes to the Public "
                     "Protection Governance Board.",
              "Performance and Insight Manager", "Decmber 2025", "G",
              "Dashboard specification agreed."),
         ]),
        ("10", "By 27/03/25, review and update their learning and training provision relating to stalking.",
         [
             ("10.1", "Add the College of Policing stalking and harassment module to the initial learning "
                      "programme for student officers.",
              "Head of Learning and Development", "31/03/2025", "B", "Complete – in place from January intake."),
             ("10.2", "Deliver face-to-face stalking training, co-designed with victims’ advocates, to all Public "
                      "Protection Investigation Unit staff.",
              "Head of Learning and Development; Stalking Coordinator", "Sept 2025", "A",
              "Pilot sessions delivered in two districts."),
         ]),
        ("12", "By 27/03/25, make sure that victims of stalking are referred to specialist advocacy services "
               "where these are available.",
         [
             ("12.1", "Agree a referral pathway with commissioned stalking advocacy services through the "
                      "Victim Services team.",
              "Victim Services Manager", "31/05/2025", "G", "Pathway agreed in principle."),
         ]),
    ]
    r = 6
    bad_row = None
    for rec, text, rows in recs:
        first = r
        for sub, action, owner, target, rag, upd in rows:
            for c, v in enumerate([None, None, sub, action, owner, target, rag, upd], start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            if target.startswith("Decmber"):
                bad_row = r
            r += 1
        ws.cell(row=first, column=1, value=rec)
        ws.cell(row=first, column=2, value=text)
        for col in (1, 2):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = at risk, R = off track.")
    widths(ws, [8, 48, 8, 55, 30, 14, 6, 40])

    gl = wb.create_sheet("Glossary")
    header_row(gl, 1, ["Term", "Meaning"])
    for i, (t, m) in enumerate([
        ("SPO", "Stalking protection order"),
        ("PPIU", "Public Protection Investigation Unit"),
        ("CDI", "Crime Data Integrity"),
        ("Included classification", "A further crime recorded on the same crime record as the principal crime"),
    ], start=2):
        gl.cell(row=i, column=1, value=t)
        gl.cell(row=i, column=2, value=m)
    widths(gl, [24, 70])
    wb.save(out(name))
    assert bad_row == 9, bad_row

    write_expected(name, {
        "source": ("Imitates the action plans English police forces published in November 2024 (six-month "
                   "update March 2025) in answer to the 15 recommendations to Chief Constables in the "
                   "HMICFRS/College of Policing/IOPC report on the Suzy Lamplugh Trust stalking super-complaint "
                   "(e.g. Hampshire's table with Rec No., recommendation, sub-recommendation, owner and update "
                   "columns). Copies the strategic-lead line, recommendation number and text merged down over "
                   "sub-recommendation actions, target dates written in mixed styles, RAG letters with a key "
                   "line, and a glossary sheet."),
        "reads": ("Four recommendations to Chief Constables, each with one or two numbered sub-recommendation "
                  "actions, an owner, a target date, a RAG letter and a March 2025 update. The target date of "
                  "action 8.2 on sheet row 9 reads 'Decmber 2025', a mistyped month, so a careful reader would "
                  "stop and ask what date was meant before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 9,
        "title": title,
    }, None)


# =====================================================================
# 3. University of Northampton - Ofsted ITE improvement plan (xlsx)
# =====================================================================
def make_northampton():
    name = "zso-university-of-northampton-ofsted-ite-improvement-plan.xlsx"
    title = "University of Northampton – ITE Partnership Improvement Plan 2025–26"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Response to the Ofsted initial teacher education inspection, 3–6 February 2025 "
                "(report published 28 March 2025)")
    header_row(sm, 4, ["Phase", "Actions", "Complete", "On track", "At risk", "Off track"])
    for r, row in enumerate([("Primary", 4, 1, 2, 1, 0), ("Secondary", 4, 1, 2, 0, 1),
                             ("Total", 8, 2, 4, 1, 1)], start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(row=r, column=c, value=v).border = BORDER
    sm["A5"].font = sm["A6"].font = Font()
    sm["A7"].font = Font(bold=True)
    sm["A9"] = "RAG key: B = complete; G = on track; A = at risk; R = off track"
    sm["A10"] = ("Plan owner: Head of Initial Teacher Education. Reviewed half-termly at the ITE Strategic "
                 "Partnership Board.")
    widths(sm, [16, 10, 10, 10, 10, 10])

    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    D = dt.datetime
    phases = [
        ("Primary", "Primary age-phase partnership (QTS, 3–7 and 5–11)", [
            ("Improvement priority P1: Leaders should ensure that trainees consistently practise, in their "
             "placement schools, what they have been taught about systematic synthetic phonics.", [
                ("P1.1", "Revise the placement handbook so that every primary placement includes a minimum of "
                         "ten observed phonics sessions, recorded in the trainee’s weekly review.",
                 "Primary Programme Leader; Early Reading Lead", D(2025, 4, 1), D(2025, 9, 30), "mmm-yy",
                 "All trainees record phonics sessions in weekly reviews.", "A", "B",
                 "Handbook reissued for September 2025 cohort.",
                 ["Primary Programme Leader", "Early Reading Lead"], "2025-09"),
                ("P1.2", "Run a phonics masterclass for mentors in each partnership cluster, led by the English "
                         "Hub.",
                 "KW", D(2025, 9, 1), "Summer term 2026", None,
                 "90% of mentors attend; observed phonics feedback refers to the programme.", "G", "G",
                 "Two of five clusters complete.", ["KW"], "2026-07"),
            ]),
            ("Improvement priority P2: Leaders should refine the training for mentors so that all mentors give "
             "trainees precise feedback on how to adapt their teaching for pupils with SEND.", [
                ("P2.1", "Add a SEND adaptive-teaching unit to the core mentor training programme and require "
                         "completion before a mentor is allocated a trainee.",
                 "Partnership Manager", D(2025, 9, 1), D(2025, 12, 19), "dd/mm/yyyy",
                 "All active mentors complete the unit.", "G", "A",
                 "Completion at 64%; reminder issued to schools.", ["Partnership Manager"], "2025-12"),
                ("P2.2", "Moderate a sample of mentor feedback each half-term for reference to adaptive "
                         "teaching for pupils with SEND.",
                 "SENCo Link Tutor / Primary Programme Leader", D(2026, 1, 5), "Jan 2026 – Jul 2026", None,
                 "Sampled feedback shows precise SEND targets.", None, "G", "First sample booked.",
                 ["SENCo Link Tutor", "Primary Programme Leader"], "2026-07"),
            ]),
        ]),
        ("Secondary", "Secondary age-phase partnership (QTS, 11–16 with post-16 enhancement)", [
            ("Improvement priority S1: Leaders should ensure that the secondary curriculum sets out clearly how "
             "trainees will learn to use assessment to check pupils’ understanding in their subject.", [
                ("S1.1", "Rewrite the assessment strand of the secondary curriculum so that each subject "
                         "specifies when trainees are taught and practise checking for understanding.",
                 "Head of Secondary ITE", D(2025, 4, 1), D(2025, 10, 31), "mmm-yy",
                 "Curriculum documents updated for all 14 subjects.", "G", "B", "Complete.",
                 ["Head of Secondary ITE"], "2025-10"),
                ("S1.2", "Deliver subject-specific assessment sessions in the university-based training "
                         "programme.",
                 "Subject Leads (all subjects)", D(2025, 9, 1), "Autumn term 2025", None,
                 "Trainee surveys show confidence in assessment above 80%.", "A", "G",
                 "Sessions delivered in 12 of 14 subjects.", ["Subject Leads (all subjects)"], "2025-12"),
            ]),
            ("Improvement priority S2: Leaders should strengthen the quality assurance of school-based training "
             "so that they know how well mentors deliver the planned curriculum.", [
                ("S2.1", "Introduce joint quality assurance visits to every lead partnership school, with a "
                         "written report to the Strategic Partnership Board.",
                 "Partnership Manager and Head of Secondary ITE", D(2025, 9, 1), "31/03/2026", None,
                 "Visit reports for all lead schools.", "A", "R",
                 "Only 3 of 11 visits completed owing to staff absence.",
                 ["Partnership Manager", "Head of Secondary ITE"], "2026-03"),
                ("S2.2", "Analyse weekly review records each half-term to identify mentors who need additional "
                         "support.",
                 "Quality Assurance Officer", D(2025, 9, 1), "Ongoing – half-termly", None,
                 "Support plans in place for identified mentors.", "G", "G", "Autumn analysis complete.",
                 ["Quality Assurance Officer"], None),
            ]),
        ]),
    ]
    expected = []
    headers = ["No.", "Action", "Lead(s)", "Start", "Completion", "Success criteria", "Previous RAG",
               "Current RAG", "Commentary"]
    for sheet, heading, priorities in phases:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Last updated: 12 January 2026"
        ws["A2"].font = Font(italic=True)
        header_row(ws, 4, headers)
        r = 5
        for ptext, rows in priorities:
            ws.cell(row=r, column=1, value=ptext).font = Font(bold=True)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.cell(row=r, column=1).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 32
            r += 1
            for (no, action, lead, start, comp, fmt, crit, prev, cur, comm, lead_x, end_x) in rows:
                vals = [no, action, lead, start, comp, crit, prev, cur, comm]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
                if fmt:
                    ws.cell(row=r, column=5).number_format = fmt
                for col, v in ((7, prev), (8, cur)):
                    if v:
                        ws.cell(row=r, column=col).fill = FILL[rag_fill[v]]
                end_text = None
                if end_x is None:
                    end_text = comp
                expected.append(act(no, [heading, ptext], action, lead_x, end_x, rag_status[cur], end_text))
                r += 1
        widths(ws, [7, 55, 30, 12, 18, 36, 10, 10, 36])
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates the post-inspection improvement plan a university ITE partnership keeps after an "
                   "Ofsted initial teacher education inspection (2020 ITE framework, 'What does the ITE provider "
                   "need to do to improve?' points given per age phase), in the spreadsheet style universities "
                   "use for partnership board reporting. Copies a summary sheet with counts per phase and a RAG "
                   "key, one sheet per phase with a phase heading, improvement priorities as merged full-width "
                   "rows above their actions, several leads in one cell (initials and job titles), completion "
                   "dates as date cells, words, terms and a period, and Previous and Current RAG columns."),
        "reads": ("Two phase sheets, each with two Ofsted improvement priorities and two numbered actions under "
                  "each. Every action has leads, a start and completion date, success criteria, a previous "
                  "and a current RAG letter (the current one counts) and a commentary. The summary sheet only "
                  "counts the actions by RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# =====================================================================
# 4. HMP/YOI Hindley - HMIP inspection action plan (docx)
# =====================================================================
def make_hindley():
    name = "zso-hmp-yoi-hindley-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP/YOI Hindley"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Action Plan Submitted: 10 April 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 27 November – 8 December 2023")
    doc.add_paragraph("Report Published: 12 March 2024")
    doc.add_paragraph("Progress update: 30 September 2024")
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for "
        "and treatment of prisoners. Following the inspection, HMIP reported priority and key concerns. In "
        "response, HMPPS is required to draft an action plan setting out whether each concern is agreed, "
        "partly agreed or not agreed (see categorisations below) and the specific steps that will be taken, "
        "with the owner and timescale of each step clearly identified.")
    cat = doc.add_table(rows=1, cols=2)
    cat.style = "Table Grid"
    bold_cell(cat.rows[0].cells[0], "Term")
    bold_cell(cat.rows[0].cells[1], "Definition")
    for t, d in [
        ("Agreed", "All of the concern is accepted, can be addressed and is affordable."),
        ("Partly agreed", "Only part of the concern is accepted, or it can only be partly addressed for "
                          "operational, policy or affordability reasons."),
        ("Not agreed", "The concern is not accepted or cannot be addressed. A clear explanation is given."),
    ]:
        row = cat.add_row()
        row.cells[0].text = t
        row.cells[1].text = d
    doc.add_paragraph("RAG column: Complete; G = on track; A = some slippage; R = off track.")

    sections = [
        ("Priority concerns", [
            ("1. The prevalence of illicit drugs was very high: more than half of prisoners tested positive in "
             "random mandatory drug testing, and supply reduction measures had not had enough impact.",
             "Response: Agreed",
             [
                 ("1.1", "Install enhanced gate security, including an X-ray body scanner, and deploy a dedicated "
                         "search team to the visits hall.",
                  "Head of Security", "31 July 2024", "Complete", ["Head of Security"], "2024-07", "blue", None),
                 ("1.2", "Introduce a drug strategy combining supply, demand and recovery work, overseen by a "
                         "monthly drug strategy meeting chaired by the Deputy Governor.",
                  "Deputy Governor", "May 2024", "Complete", ["Deputy Governor"], "2024-05", "blue", None),
                 ("1.3", "Open a second incentivised substance-free living unit on F wing, with psychosocial "
                         "support from the substance misuse service.",
                  "Head of Residence / Head of Healthcare", "31 December 2024", "G",
                  ["Head of Residence", "Head of Healthcare"], "2024-12", "green", None),
             ]),
            ("2. Too many prisoners were locked in their cells during the working day, and the regime did not "
             "provide enough purposeful activity for a training prison.",
             "Response: Partly agreed. The planned expansion of workshop space depends on the capital programme, "
             "which has been delayed until at least 2027.",
             [
                 ("2.1", "Reconfigure the core day so that every prisoner has at least two and a half hours out "
                         "of cell each day, with daily regime monitoring published to the senior leadership team.",
                  "Head of Operations", "September 2024", "A", ["Head of Operations"], "2024-09", "amber", None),
                 ("2.2", "Work with the education provider to increase full-time education, skills and work "
                         "places from 340 to 420, prioritising prisoners under 25.",
                  "Head of Education, Skills and Work", "Q4 2024/25", "G",
                  ["Head of Education, Skills and Work"], "2025-03", "green", None),
             ]),
            ("3. Levels of violence and self-harm were high, and case management for prisoners at risk of "
             "self-harm was inconsistent.",
             "Response: Agreed",
             [
                 ("3.1", "Refresh the safety strategy, informed by a full analysis of violence data, and relaunch "
                         "Challenge, Support and Intervention Plans (CSIPs) on all wings.",
                  "Head of Safety", "30 June 2024", "Complete", ["Head of Safety"], "2024-06", "blue", None),
                 ("3.2", "Deliver ACCT case management refresher training to all officers with less than two "
                         "years’ service.",
                  "Head of Safety; Learning and Development Lead", "December 2024", "A",
                  ["Head of Safety", "Learning and Development Lead"], "2024-12", "amber", None),
             ]),
        ]),
        ("Key concerns", [
            ("4. Staff lacked confidence in challenging poor behaviour, and too many prisoners did not have a "
             "meaningful relationship with a key worker.",
             "Response: Agreed",
             [
                 ("4.1", "Introduce a mentoring scheme pairing every new officer with an experienced officer for "
                         "their first six months.",
                  "Head of Residence", "31 October 2024", "G", ["Head of Residence"], "2024-10", "green", None),
                 ("4.2", "Increase delivery of key work sessions, prioritising young adults and prisoners "
                         "supported through ACCT, with weekly reporting to the senior leadership team.",
                  "Head of Offender Management Delivery", "Ongoing", "G",
                  ["Head of Offender Management Delivery"], None, "green", "Ongoing"),
             ]),
            ("5. Prisoners’ applications were not responded to promptly, and the quality of responses was not "
             "monitored.",
             "Response: Agreed",
             [
                 ("5.1", "Introduce an applications tracking log on every wing and quality assure a sample of ten "
                         "responses each month.",
                  "Business Hub Manager", "30 June 2024", "Complete", ["Business Hub Manager"], "2024-06",
                  "blue", None),
             ]),
        ]),
    ]
    expected = []
    for sec_heading, concerns in sections:
        doc.add_heading(sec_heading, level=2)
        for concern, response, rows in concerns:
            t = doc.add_table(rows=3, cols=5)
            t.style = "Table Grid"
            c0 = t.rows[0].cells[0].merge(t.rows[0].cells[4])
            bold_cell(c0, concern)
            shade(c0, "D9E1F2")
            c1 = t.rows[1].cells[0].merge(t.rows[1].cells[4])
            c1.text = response
            for i, h in enumerate(["Ref", "Action", "Responsible", "Target date", "RAG"]):
                bold_cell(t.rows[2].cells[i], h)
            for ref, action, resp, target, rag, lead, end, status, end_text in rows:
                row = t.add_row()
                for i, v in enumerate([ref, action, resp, target, rag]):
                    row.cells[i].text = v
                expected.append(act(ref, [sec_heading, concern], action, lead, end, status, end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Name", "Role", "Date"]):
        bold_cell(so.rows[0].cells[i], v)
    for i, v in enumerate(["(signed)", "Governor, HMP/YOI Hindley", "10 April 2024"]):
        so.rows[1].cells[i].text = v
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates the HMPPS action plans published in response to HM Inspectorate of Prisons reports "
                   "(the 'Action Plan: HMP X / Action Plan Submitted / A Response to the HMIP Inspection / Report "
                   "Published' title block of e.g. HMP Elmley 2019 and HMP The Verne 2020, with the agreed / "
                   "partly agreed / not agreed categorisation table), adapted to the priority and key concerns "
                   "HMIP has reported since May 2022, for the HMP/YOI Hindley inspection of Nov-Dec 2023 "
                   "(report published 12 March 2024: drugs, regime, violence and self-harm, staff-prisoner "
                   "relationships, applications). One Word table per concern: the concern in a merged shaded "
                   "row, the response row, then Ref/Action/Responsible/Target date/RAG rows; a sign-off table "
                   "closes the document."),
        "reads": ("A title block and introduction, a categorisation table, then 'Priority concerns' and 'Key "
                  "concerns' sections. Each concern has its own table with the concern text, the HMPPS "
                  "response and one to three numbered actions, each with a responsible post, a target date and "
                  "a RAG entry (Complete, G or A). The categorisation and sign-off tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# =====================================================================
# 5. Tarleton Community Primary School - post-Ofsted action plan (docx)
# =====================================================================
def make_tarleton():
    name = "zso-tarleton-community-primary-school-post-ofsted-action-plan.docx"
    title = "Tarleton Community Primary School – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection dates: 5 and 6 March 2024. Overall effectiveness: Requires improvement.")
    doc.add_paragraph("This plan was written by the headteacher and agreed by the full governing body on 22 April "
                      "2024. It is reviewed at every meeting of the Teaching and Learning Committee. "
                      "Last reviewed: 14 January 2025.")
    doc.add_paragraph("RAG key (colour of the final column): Green – achieved; Amber – underway; "
                      "Red – behind, a concern; no colour – not yet due to start.")
    GREEN, AMBER, RED = "92D050", "FFC000", "FF0000"
    areas = [
        ("Area for improvement 1: Leaders should ensure that the curriculum in some foundation subjects sets "
         "out precisely the knowledge pupils should learn and when, so that pupils build their knowledge "
         "securely over time.", [
            ("1.1", ["Rewrite the curriculum maps for history, geography and RE, identifying the knowledge to be "
                     "taught in each year group."],
             "Curriculum Lead (DHT)", "Summer term 2024", "Headteacher; link governor", GREEN,
             ["Curriculum Lead (DHT)"], "2024-07", "blue", None),
            ("1.2", ["Subject leaders to carry out deep dives (pupil voice, book looks, lesson visits) and report "
                     "their findings to governors.",
                     "First cycle to focus on history in Years 3 to 6."],
             "Subject leaders", "Termly", "Headteacher", AMBER,
             ["Subject leaders"], None, "amber", "Termly"),
            ("1.3", ["Provide CPD for all teaching staff on retrieval practice and low-stakes quizzing in "
                     "foundation subjects."],
             "Curriculum Lead (DHT)", "By October half-term 2024", "SLT", AMBER,
             ["Curriculum Lead (DHT)"], "2024-10", "amber", None),
        ]),
        ("Area for improvement 2: Leaders should ensure that the early reading curriculum is delivered "
         "consistently, so that pupils who fall behind in phonics get the support they need to catch up "
         "quickly.", [
            ("2.1", ["Retrain all EYFS and KS1 staff, including teaching assistants, in the school’s validated "
                     "phonics programme."],
             "Reading Lead", "Autumn term 2024", "Headteacher", GREEN,
             ["Reading Lead"], "2024-12", "blue", None),
            ("2.2", ["Introduce daily keep-up sessions and assess phonics every six weeks, with results reviewed "
                     "at pupil progress meetings."],
             "Reading Lead and EYFS Lead", "December 2024", "DHT; governor for reading", RED,
             ["Reading Lead", "EYFS Lead"], "2024-12", "red", None),
            ("2.3", ["Buy fully decodable reading books matched to the programme, so that every pupil reads a "
                     "book matched to the sounds they know."],
             "School Business Manager", "Summer term 2025", "Finance Committee", None,
             ["School Business Manager"], "2025-07", "unrated", None),
        ]),
        ("Area for improvement 3: Governors should ensure they have clear oversight of the school’s work to "
         "meet the needs of pupils with special educational needs and/or disabilities (SEND).", [
            ("3.1", ["Appoint a SEND link governor and agree a termly SEND monitoring visit schedule."],
             "Chair of Governors and Headteacher", "January 2025", "Full Governing Body", GREEN,
             ["Chair of Governors", "Headteacher"], "2025-01", "blue", None),
            ("3.2", ["SENDCo to present a SEND report to each Teaching and Learning Committee, covering provision "
                     "maps, attendance and the progress of pupils with SEND."],
             "SENDCo", "Ongoing", "Chair of Teaching and Learning Committee", AMBER,
             ["SENDCo"], None, "amber", "Ongoing"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Led by", "By when", "Monitored by", "RAG"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BDD7EE")
    expected = []
    for heading, rows in areas:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, heading)
        shade(m, "F2F2F2")
        for no, paras, led, when, mon, fill, lead, end, status, end_text in rows:
            row = t.add_row()
            row.cells[0].text = no
            row.cells[1].text = paras[0]
            for p in paras[1:]:
                row.cells[1].add_paragraph(p)
            row.cells[2].text = led
            row.cells[3].text = when
            row.cells[4].text = mon
            if fill:
                shade(row.cells[5], fill)
            expected.append(act(no, [heading], "\n".join(paras), lead, end, status, end_text))
    doc.add_paragraph("")
    sg = doc.add_table(rows=2, cols=2)
    sg.style = "Table Grid"
    sg.rows[0].cells[0].text = "Headteacher:"
    sg.rows[0].cells[1].text = "Date: 22 April 2024"
    sg.rows[1].cells[0].text = "Chair of Governors:"
    sg.rows[1].cells[1].text = "Date: 22 April 2024"
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates the post-Ofsted action plans primary schools publish on their websites after a "
                   "'requires improvement' section 5 inspection (e.g. Shaw CofE Primary's post-Ofsted action "
                   "plan, sections built from the report's areas for improvement), as a maintained primary "
                   "would write it in 2024: title, inspection line, approval line, a RAG key in which green "
                   "means achieved, one Word table with each area for improvement in a merged shaded row "
                   "above its actions, term-based deadlines, and a RAG column shown only as cell shading; a "
                   "sign-off table at the end."),
        "reads": ("Three Ofsted areas for improvement, each a merged row followed by two or three numbered "
                  "actions with who leads, by when, who monitors and a coloured RAG cell. The key says green "
                  "means achieved, so green cells are complete; one cell has no colour because the action is "
                  "not yet due. The sign-off table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# =====================================================================
# 6. City of Portsmouth College - Ofsted PIAP (csv)
# =====================================================================
def make_portsmouth():
    name = "zso-city-of-portsmouth-college-ofsted-post-inspection-action-plan.csv"
    title = "City of Portsmouth College – Post-Inspection Action Plan (PIAP)"
    ncol = 8
    t1 = "Quality of education – 16 to 18 study programmes"
    a1 = ("Leaders and managers should ensure that teachers use assessment effectively to check learners’ "
          "understanding and to identify and fill gaps in their knowledge.")
    t2 = "Quality of education – adult learning programmes"
    a2 = ("Leaders should ensure that adult learners on ESOL courses have their starting points assessed "
          "accurately so that teachers plan learning that builds on what they already know.")
    t3 = "Apprenticeships"
    a3 = ("Leaders should ensure that apprentices receive timely progress reviews that involve their employers "
          "and that off-the-job training is planned well.")
    t4 = "Behaviour and attitudes"
    a4 = "Leaders should improve the attendance of learners aged 16 to 18, particularly in English and mathematics lessons."
    rows = [
        ("AFI1.1", t1, a1,
         "Introduce a college-wide assessment for learning CPD programme, with every teacher observed using "
         "questioning and checking strategies.",
         "VP Curriculum/AP Teaching & Learning", "30/04/2025", "G",
         "CPD delivered on three development days; 61% of observations complete.",
         ["VP Curriculum", "AP Teaching & Learning"], "2025-04", "green", None),
        ("AFI1.2", "", "",
         "Moderate assessment practice in each curriculum area through termly learning walks, sharing findings at "
         "Curriculum Managers’ meetings.",
         "Heads of Faculty", "Termly", "G", "Spring learning walks complete.",
         ["Heads of Faculty"], None, "green", "Termly"),
        ("AFI1.3", "", "",
         "Rewrite schemes of learning in construction and motor vehicle so that assessment points check prior "
         "knowledge before new topics.\nPilot at Level 2 first, then roll out to Level 3.",
         "Head of Faculty – Construction & Engineering", "31/07/2025", "A",
         "Construction complete; motor vehicle delayed by staffing.",
         ["Head of Faculty – Construction & Engineering"], "2025-07", "amber", None),
        ("AFI2.1", t2, a2,
         "Introduce initial and diagnostic assessment for all ESOL learners at enrolment, using a standardised "
         "speaking and listening task.",
         "Adult Learning Manager", "31/03/2025", "B", "Completed 25/03/2025.",
         ["Adult Learning Manager"], "2025-03", "blue", None),
        ("AFI2.2", "", "",
         "Set individual targets for each ESOL learner from their diagnostic assessment and review them every "
         "six weeks.",
         "Adult Learning Manager; ESOL Co-ordinator", "Jun-25", "G", "Targets set for all spring starters.",
         ["Adult Learning Manager", "ESOL Co-ordinator"], "2025-06", "green", None),
        ("AFI3.1", t3, a3,
         "Recruit two additional skills coaches so that every apprentice has a progress review at least every "
         "ten weeks.",
         "Head of Apprenticeships", "31/05/2025", "R", "One post filled; second post readvertised.",
         ["Head of Apprenticeships"], "2025-05", "red", None),
        ("AFI3.2", "", "",
         "Hold tripartite reviews with employers and record planned off-the-job training in each review.",
         "Head of Apprenticeships", "Ongoing", "G", "Review template updated.",
         ["Head of Apprenticeships"], None, "green", "Ongoing"),
        ("AFI4.1", t4, a4,
         "Launch a first-day response system for absence from English and mathematics lessons, with weekly "
         "reports to curriculum managers.",
         "Director of Student Services", "Sept 2025", "", "Not started – planned for the new academic year.",
         ["Director of Student Services"], "2025-09", "unrated", None),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")

    def pad(*cells):
        cells = list(cells)
        return cells + [""] * (ncol - len(cells))

    w.writerow(pad(title))
    w.writerow(pad("Ofsted inspection 14–17 January 2025; report published 20 February 2025. "
                   "Overall effectiveness: Requires improvement"))
    w.writerow(pad("Exported from ProMonitor 03/06/2025"))
    w.writerow(pad())
    w.writerow(["Ref", "Theme", "Area for improvement (Ofsted)", "Action", "Lead", "Target date", "RAG",
                "Progress commentary"])
    expected = []
    cur_t = cur_a = None
    for (ref, th, afi, action, lead, target, rag, comm, lead_x, end_x, status, end_text) in rows:
        w.writerow([ref, th, afi, action, lead, target, rag, comm])
        if th:
            cur_t, cur_a = th, afi
        expected.append(act(ref, [cur_t, cur_a], action, lead_x, end_x, status, end_text))
    w.writerow(pad())
    w.writerow(pad("RAG: B = complete, G = on track, A = at risk, R = off track / behind"))
    w.writerow(pad("Next review: Quality Improvement Board, 24 June 2025"))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": ("Imitates the post-inspection action plans general FE colleges publish or present to "
                   "governors after an Ofsted 'requires improvement' inspection (Ofsted 'What does the provider "
                   "need to do to improve?' points turned into AFI rows), as exported to CSV from the college's "
                   "tracking system: title and inspection lines, an export line, one header row, theme and "
                   "area-for-improvement text given only on the first action of each group (the rest left "
                   "blank), a quoted action cell with a line break, RAG letters, a key line and a next-review "
                   "line."),
        "reads": ("Eight actions under four Ofsted themes; the theme and area for improvement are written once "
                  "and apply to the blank rows below them. Each action has a lead (two posts split by a slash "
                  "or semicolon in two rows), a target date, a RAG letter (one blank, not started) and a "
                  "commentary. The lines after the table are a key and a review note."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# =====================================================================
# 7. Wells Cathedral School - ISI inspection action plan (txt, tab-separated)
# =====================================================================
def make_wells():
    name = "zso-wells-cathedral-school-isi-inspection-action-plan.txt"
    title = "Wells Cathedral School – ISI Inspection Action Plan"
    n1 = ("Recommended next step 1: Leaders should ensure that the monitoring of teaching in the junior school "
          "identifies precisely where teaching does not enable pupils to make good progress in mathematics.")
    n2 = ("Recommended next step 2: Leaders should ensure that all boarders know how to raise a concern with an "
          "independent listener and that boarding staff record low-level concerns consistently.")
    n3 = ("Recommended next step 3: Leaders should develop the careers programme so that pupils in Years 9 to 11 "
          "receive impartial guidance about a broad range of pathways, including apprenticeships.")
    blocks = [
        (n1, [
            ("1a", "Introduce a half-termly cycle of mathematics learning walks and book looks in the junior "
                   "school, with written feedback to each teacher.",
             "Head of Junior School", "By February half-term 2025", "Complete",
             "Cycle running since 13 January; summary reports to Education Committee.",
             ["Head of Junior School"], "2025-02", "blue", None),
            ("1b", "Adopt a consistent mastery approach to mathematics in Years 3 to 6, supported by training "
                   "from the local Maths Hub.",
             "Head of Junior School; Maths Co-ordinator", "Summer term 2025", "On track",
             "Training days held 6 March and 24 April.",
             ["Head of Junior School", "Maths Co-ordinator"], "2025-07", "green", None),
        ]),
        (n2, [
            ("2a", "Display independent listener details in every boarding house and include them in the "
                   "boarders’ induction booklet.",
             "Deputy Head (Pastoral)", "28/02/2025", "Complete",
             "Checked by Head of Boarding during house audits.",
             ["Deputy Head (Pastoral)"], "2025-02", "blue", None),
            ("2b", "Train all boarding staff in the school’s low-level concerns policy and move recording onto "
                   "CPOMS.",
             "Deputy Head (Pastoral) and Head of Boarding", "Michaelmas term 2025", "On track",
             "Policy training delivered to house parents; CPOMS module purchased.",
             ["Deputy Head (Pastoral)", "Head of Boarding"], "2025-12", "green", None),
            ("2c", "Survey boarders each term on whether they know whom to talk to, and report the results to "
                   "governors.",
             "Head of Boarding", "Termly", "On track",
             "First survey: 94% of boarders could name the independent listener.",
             ["Head of Boarding"], None, "green", "Termly"),
        ]),
        (n3, [
            ("3a", "Appoint a careers lead with protected time and map the careers programme against the Gatsby "
                   "benchmarks.",
             "Head", "June 2025", "Not started", "Interviews scheduled for 10 June.",
             ["Head"], "2025-06", "unrated", None),
            ("3b", "Arrange apprenticeship and employer talks for Years 9 to 11 through the Careers & Enterprise "
                   "Company network.",
             "Careers Lead", "September 2025 – July 2026", "Not started", "",
             ["Careers Lead"], "2026-07", "unrated", None),
        ]),
    ]
    lines = [
        title,
        "Response to the ISI routine inspection of 5–7 November 2024 (report published 16 January 2025)",
        "Version 3 | Updated 19 May 2025 | Owner: Head | Reviewed by the Education Committee of the Governing Body",
        "",
        "\t".join(["Ref", "Action", "Owner", "Timescale", "Status", "Evidence / progress"]),
    ]
    expected = []
    for heading, rows in blocks:
        lines.append(heading)
        for ref, action, owner, when, status_txt, ev, lead, end, status, end_text in rows:
            lines.append("\t".join([ref, action, owner, when, status_txt, ev]))
            expected.append(act(ref, [heading], action, lead, end, status, end_text))
    lines += [
        "",
        "Status key: Complete / On track / Behind / Not started",
        "The school met all the Independent School Standards; this plan addresses the recommended next steps only.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": ("Imitates the action plans independent schools write in answer to the 'recommended next "
                   "steps' in reports under ISI's September 2023 inspection framework (standards met, next steps "
                   "for leaders), saved from the school's tracker as tab-separated text: title, inspection and "
                   "version lines, a header row, each next step as a one-field heading line above its lettered "
                   "actions, owners with two posts joined by 'and' or ';', term and month timescales, status "
                   "words and a status key line."),
        "reads": ("Three ISI recommended next steps, each followed by two or three lettered actions with an "
                  "owner, a timescale, a status word and evidence of progress. Timescales include a "
                  "half-term, terms, a date, 'Termly' and an academic-year period. The lines at the end are a "
                  "key and a note."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


if __name__ == "__main__":
    make_scilly()
    make_gmp()
    make_northampton()
    make_hindley()
    make_tarleton()
    make_portsmouth()
    make_wells()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("zso-")))
