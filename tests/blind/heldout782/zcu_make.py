#!/usr/bin/env python3
"""Build the seven zcu- blind test files (set heldout782).

Run:  python zcu_make.py                 -> writes the seven data files
      python zcu_make.py --write-expected -> also writes NAME.expected.yaml beside each

Bodies: HMP Whitemoor (PPO fatal incident action plan), Lewis School Pengam (Estyn PIAP),
Derbyshire Constabulary (PPDA improvement tracker), Warwickshire FRS (Grenfell Phase 2 action
plan), UTC Reading (post-Ofsted action plan), Haberdashers' Boys' School (ISS action plan,
plain-text export), University of East London (OfS condition E6 action plan, csv, refuse).
"""
import csv
import datetime as dt
import os
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "BFBFBF"


def out(name):
    assert name.startswith("zcu-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(document):
    s = document.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# =====================================================================
# 1. HMP Whitemoor - PPO fatal incident investigation action plan (docx)
# =====================================================================
PPO_NAME = "zcu-hmp-whitemoor-ppo-fatal-incident-investigation-action-plan.docx"
PPO_TITLE = "Action Plan: HMP Whitemoor"
PPO_SECTIONS = [
    ("Non-clinical recommendations", [
        ("1. The Governor should ensure that escort risk assessments for prisoners taken to hospital "
         "properly consider the prisoner’s health and mobility, and that restraints are used only "
         "when they are necessary and proportionate to the actual risk the prisoner poses.", [
            ("1.1",
             "Reissue the escort risk assessment (ERA) guidance to Healthcare and OMU staff. A "
             "healthcare professional must comment on the prisoner’s health and mobility before "
             "the ERA is authorised.\nThe Duty Governor will review every ERA for prisoners aged over "
             "60 or with a terminal diagnosis.",
             "Head of Security / Head of Healthcare", "31 March 2025", "Complete",
             dict(end="2025-03", status="blue", lead=["Head of Security", "Head of Healthcare"])),
            ("1.2",
             "Deputy Governor to dip-sample 10 ERAs each quarter and report findings to the Safety "
             "and Decency Meeting.",
             "Deputy Governor", "Quarterly", "Green",
             dict(end=None, end_text="Quarterly", status="green", lead=["Deputy Governor"])),
        ]),
        ("2. The Governor should ensure that the family of a seriously ill prisoner is told promptly "
         "about changes in his condition, and that the prisoner’s wishes about contact with his family "
         "are recorded and reviewed.", [
            ("2.1",
             "Next of kin and family liaison Local Operating Procedure updated to require the "
             "prisoner’s wishes to be recorded on NOMIS when a serious illness is diagnosed and "
             "reviewed at each hospital admission.",
             "Head of Safer Custody", "28/02/2025", "Complete",
             dict(end="2025-02", status="blue", lead=["Head of Safer Custody"])),
        ]),
        ("3. The Governor should ensure that applications for early release on compassionate grounds "
         "are considered promptly once a prisoner is diagnosed with a terminal illness, and that the "
         "prisoner and his family are kept informed.", [
            ("3.1",
             "Set up a compassionate release tracker in the Offender Management Unit, reviewed "
             "fortnightly with Healthcare, with a named Prison Offender Manager responsible for "
             "updating the prisoner and family.",
             "Head of Offender Management Delivery", "April 2025 (revised to September 2025)", "Amber",
             dict(end="2025-09", end_text="April 2025 (revised to September 2025)", status="amber",
                  lead=["Head of Offender Management Delivery"])),
        ]),
        ("4. The Governor should ensure that all staff understand the medical emergency response "
         "codes and that an ambulance is called without delay when a code is used.", [
            ("4.1",
             "Deliver a medical emergency response briefing to all residential and operational support "
             "staff, and run an emergency response drill on each wing at least twice a year.",
             "Head of Residence / Head of Healthcare", "30 September 2025", "Green",
             dict(end="2025-09", status="green", lead=["Head of Residence", "Head of Healthcare"])),
        ]),
    ]),
    ("Clinical recommendations", [
        ("5. The Head of Healthcare should ensure that prisoners with a life-limiting illness have an "
         "advance care plan, agreed with them and reviewed regularly, in line with national end of "
         "life care guidance.", [
            ("5.1",
             "Establish a palliative care register and ensure every prisoner on it has an advance care "
             "plan reviewed at the monthly multidisciplinary team meeting.",
             "Head of Healthcare", "31/05/2025", "Complete",
             dict(end="2025-05", status="blue", lead=["Head of Healthcare"])),
        ]),
        ("6. The Head of Healthcare should ensure that referrals to hospital are made and followed up "
         "within the timescales set by the referring clinician.", [
            ("6.1",
             "Review the secondary care referral tracker weekly at the healthcare governance meeting; "
             "the GP is alerted to any urgent suspected cancer referral not booked within 10 working "
             "days.",
             "Head of Healthcare / Clinical Lead (GP)", "Ongoing", "Green",
             dict(end=None, end_text="Ongoing", status="green",
                  lead=["Head of Healthcare", "Clinical Lead (GP)"])),
        ]),
        ("7. The Head of Healthcare should ensure that healthcare staff record all clinical contacts, "
         "including telephone and cell-door contacts, on SystmOne.", [
            ("7.1",
             "Monthly record-keeping audit of 20 patient records, with individual feedback to staff "
             "and results reported to the Local Delivery Board.",
             "Deputy Head of Healthcare", "July 2025", "Amber",
             dict(end="2025-07", status="amber", lead=["Deputy Head of Healthcare"])),
        ]),
    ]),
]
PPO_STATUS_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_ppo():
    d = docx.Document()
    landscape(d)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "HM Prison & Probation Service                                   OFFICIAL"
    d.add_heading(PPO_TITLE, level=0)
    d.add_paragraph(
        "A response to the Prisons and Probation Ombudsman’s independent investigation into the death "
        "of Mr D, a prisoner at HMP Whitemoor, on 14 March 2024")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Establishment", "HMP Whitemoor"),
                 ("Prison Group", "Long Term and High Security Estate"),
                 ("PPO final report issued", "9 December 2024"),
                 ("Action plan submitted", "20 January 2025"),
                 ("Action plan owner", "Governor"),
                 ("Version", "1.2 – progress updated 30 June 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    d.add_paragraph()
    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "The Ombudsman made seven recommendations: four to the Governor and three to the Head of "
        "Healthcare. All seven recommendations have been accepted. Where a recommendation is accepted "
        "the plan sets out the actions to be taken, the owner and the target date. Progress is reviewed "
        "at the monthly Safety and Decency Meeting.")
    d.add_paragraph(
        "Status key: Complete – action implemented and evidence held; Green – on track to meet the "
        "target date; Amber – at risk or revised date agreed; Red – target date missed.")
    d.add_heading("Recommendations and actions", level=1)
    cols = ["Action No.", "Recommendation", "Accepted / Not accepted", "Action to be taken",
            "Responsible owner", "Target date", "Status (June 2025)"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for section, recs in PPO_SECTIONS:
        row = t.add_row().cells
        m = row[0].merge(row[-1])
        set_cell(m, section, bold=True, size=10)
        shade(m, "DEEAF6")
        for rec, actions in recs:
            first = None
            for ref, action, owner, target, status, _ in actions:
                row = t.add_row().cells
                set_cell(row[0], ref)
                set_cell(row[3], action)
                set_cell(row[4], owner)
                set_cell(row[5], target)
                set_cell(row[6], status, bold=True)
                shade(row[6], PPO_STATUS_FILL[status])
                if first is None:
                    first = row
                    set_cell(row[1], rec)
                    set_cell(row[2], "Accepted")
                else:
                    first[1].merge(row[1])
                    first[2].merge(row[2])
    d.add_paragraph()
    d.add_heading("Sign-off", level=1)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Signed (Governor)", "[signed]"),
                                ("Date", "20 January 2025"),
                                ("Agreed by Prison Group Director", "LTHSE – 24 January 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True, size=10)
        set_cell(t.rows[i].cells[1], v, size=10)
    d.save(out(PPO_NAME))


def ppo_expected():
    acts = []
    for section, recs in PPO_SECTIONS:
        for rec, actions in recs:
            for ref, action, owner, target, status, exp in actions:
                a = dict(ref=ref, under=[section, rec], action=action, lead=exp["lead"],
                         end=exp["end"])
                if "end_text" in exp:
                    a["end_text"] = exp["end_text"]
                a["status"] = exp["status"]
                acts.append(a)
    return dict(
        source=("HMPPS action plan responding to a Prisons and Probation Ombudsman (PPO) fatal incident "
                "investigation, as establishments send to the PPO after a death in custody (PPO, "
                "ppo.gov.uk fatal incident reports; HMPPS action-plan template with 'Accepted / Not "
                "accepted' column, e.g. published HMP action plans at justice.gov.uk). Copies the "
                "title block, a details table, an introduction and status key as prose, section rows "
                "(Non-clinical / Clinical recommendations) merged across the table, the recommendation "
                "and 'Accepted' cells merged down over two action rows, several posts in one owner "
                "cell, a revised date written inside the target cell, fill-coloured status cells, and a "
                "sign-off table. The death, the person and dates are illustrative."),
        reads=("HMP Whitemoor's action plan answering seven PPO recommendations after the death of Mr D. "
               "One table lists, under non-clinical and clinical section rows, each recommendation with "
               "its numbered actions (recommendation 1 has two), the owner, target date and a June 2025 "
               "status; a details table and a sign-off table are not actions."),
        outcome="read", accept_refusal=False, title=PPO_TITLE, actions=acts)


# =====================================================================
# 2. Lewis School Pengam - Estyn post-inspection action plan (docx)
# =====================================================================
EST_NAME = "zcu-lewis-school-pengam-estyn-post-inspection-action-plan.docx"
EST_TITLE = "Lewis School Pengam – Post-Inspection Action Plan"
EST_RECS = [
    ("Recommendation 1: Improve attendance, particularly for pupils eligible for free school meals (eFSM)", [
        ("1.1", "Appoint an Attendance and Engagement Officer and hold a weekly attendance panel with "
                "the Education Welfare Service.",
         "Deputy Headteacher (Wellbeing)", "Education Welfare Service", "January 2025",
         "Panel minutes show every pupil below 90% attendance discussed within two weeks.", "Blue",
         dict(end="2025-01", status="blue", lead=["Deputy Headteacher (Wellbeing)"])),
        ("1.2", "Introduce a tiered attendance intervention model (universal, targeted, specialist) "
                "with clear thresholds for letters, meetings and referral to the EWS.",
         "Deputy Headteacher (Wellbeing) / Heads of Year", "LA attendance toolkit", "February 2025",
         "Persistent absence reduced from 31% to below 25% by July 2025.", "Green",
         dict(end="2025-02", status="green", lead=["Deputy Headteacher (Wellbeing)", "Heads of Year"])),
        ("1.3", "Track the attendance of eFSM pupils fortnightly and report the gap to the governing "
                "body’s Standards Committee each half term.",
         "Data Manager", "SIMS attendance reports", "Half-termly",
         "Gap between eFSM and non-eFSM attendance narrows to 6 percentage points.", "Green",
         dict(end=None, end_text="Half-termly", status="green", lead=["Data Manager"])),
    ]),
    ("Recommendation 2: Strengthen the quality of teaching and assessment so that pupils make consistently strong progress", [
        ("2.1", "Deliver a whole-school professional learning programme on questioning and assessment "
                "for learning, with coaching for teachers who need additional support.",
         "Assistant Headteacher (Teaching and Learning)", "EAS professional learning offer; INSET days",
         "January – July 2025",
         "Learning walks show most lessons use questioning to check and extend pupils’ understanding.",
         "Green",
         dict(end="2025-07", end_text="January – July 2025", status="green",
              lead=["Assistant Headteacher (Teaching and Learning)"])),
        ("2.2", "Carry out learning walks and book looks focused on pupils’ progress, with written "
                "feedback to departments within five working days.",
         "Senior Leadership Team", "Quality assurance calendar", "Termly",
         "Quality assurance records identify the same strengths and areas for development as "
         "external reviews.", "Amber",
         dict(end=None, end_text="Termly", status="amber", lead=["Senior Leadership Team"])),
        ("2.3", "Review the feedback policy so that it matches the school’s approach to assessment for "
                "learning and is applied consistently.",
         "Assistant Headteacher (Teaching and Learning)", "Staff working group", "Summer term 2025",
         "Revised policy approved by governors; pupils respond to feedback in most books sampled.", "",
         dict(end="2025-07", end_text="Summer term 2025", status="green",
              lead=["Assistant Headteacher (Teaching and Learning)"], fill=GREEN)),
    ]),
    ("Recommendation 3: Refine self-evaluation and improvement planning so that they focus precisely on the impact of provision on pupils’ learning", [
        ("3.1", "Revise the self-evaluation calendar so that leaders at all levels gather first-hand "
                "evidence of pupils’ learning and use it to evaluate provision.",
         "Headteacher", "EAS Challenge Adviser", "March 2025",
         "Self-evaluation report is evaluative and based on first-hand evidence.", "Blue",
         dict(end="2025-03", status="blue", lead=["Headteacher"])),
        ("3.2", "Train middle leaders to write departmental improvement plans with precise, measurable "
                "success criteria linked to pupils’ progress.",
         "Headteacher / EAS Challenge Adviser", "Middle leadership programme", "31/03/2025",
         "All department plans include success criteria that refer to pupils’ progress.", "Amber",
         dict(end="2025-03", status="amber", lead=["Headteacher", "EAS Challenge Adviser"])),
    ]),
    ("Recommendation 4: Improve the provision for developing pupils’ Welsh language skills", [
        ("4.1", "Appoint a Welsh language co-ordinator and audit the opportunities pupils have to use "
                "Welsh outside Welsh lessons.",
         "Head of Welsh", "Caerphilly Welsh in Education team", "April 2025",
         "Audit completed and shared with all staff; action points added to department plans.", "Green",
         dict(end="2025-04", status="green", lead=["Head of Welsh"])),
        ("4.2", "Work towards the Siarter Iaith Bronze award, including a weekly Welsh-language form "
                "time activity for Key Stage 3.",
         "Welsh Language Co-ordinator", "Siarter Iaith framework", "Summer term 2026",
         "Bronze award achieved; pupil survey shows increased use of Welsh around the school.", "Red",
         dict(end="2026-07", end_text="Summer term 2026", status="red",
              lead=["Welsh Language Co-ordinator"])),
    ]),
]
EST_FILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_estyn():
    d = docx.Document()
    landscape(d)
    d.add_heading(EST_TITLE, level=0)
    d.add_paragraph("Prepared by the governing body with Caerphilly County Borough Council and the "
                    "Education Achievement Service (EAS) in response to the Estyn core inspection.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Lewis School Pengam"),
                 ("Local authority", "Caerphilly County Borough Council"),
                 ("Date of inspection", "11–14 November 2024"),
                 ("Follow-up category", "Significant improvement"),
                 ("PIAP approved by governing body", "22 January 2025"),
                 ("Progress reviewed", "June 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    d.add_paragraph()
    d.add_paragraph("RAG key", style="Heading 2")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (txt, f) in zip(t.rows[0].cells, [("Blue – completed", BLUE), ("Green – on track", GREEN),
                                             ("Amber – some slippage", AMBER),
                                             ("Red – not yet started / concern", RED)]):
        set_cell(c, txt, bold=True)
        shade(c, f)
    cols = ["Ref", "Actions", "Lead", "Support / resources", "Timescale", "Success criteria",
            "RAG (June 2025)"]
    for heading, rows in EST_RECS:
        d.add_paragraph()
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, action, lead, support, when, success, rag, exp in rows:
            row = t.add_row().cells
            for c, v in zip(row, [ref, action, lead, support, when, success, rag]):
                set_cell(c, v)
            shade(row[6], exp.get("fill") or EST_FILL[rag])
    d.add_paragraph()
    d.add_heading("Monitoring and evaluation", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Who", "What", "When"]):
        set_cell(c, h, bold=True)
    for r in [("Governing body Standards Committee", "Progress against this plan", "Each half term"),
              ("EAS Challenge Adviser", "Evaluation of progress visit", "Termly"),
              ("Local authority", "Schools causing concern review meeting", "Termly")]:
        row = t.add_row().cells
        for c, v in zip(row, r):
            set_cell(c, v)
    d.save(out(EST_NAME))


def estyn_expected():
    acts = []
    for heading, rows in EST_RECS:
        for ref, action, lead, support, when, success, rag, exp in rows:
            a = dict(ref=ref, under=[heading], action=action, lead=exp["lead"], end=exp["end"])
            if "end_text" in exp:
                a["end_text"] = exp["end_text"]
            a["status"] = exp["status"]
            acts.append(a)
    return dict(
        source=("Estyn post-inspection action plan (PIAP) written by a maintained secondary school in "
                "'significant improvement' with its local authority and regional consortium, as Estyn's "
                "follow-up guidance requires (estyn.gov.wales, inspection guidance type: follow-up; "
                "schools causing concern). Copies the cover details table, a RAG key table with fill "
                "colours, one table per recommendation under a 'Recommendation N: ...' heading, "
                "Ref/Actions/Lead/Support/Timescale/Success criteria/RAG columns, school-term and "
                "'Termly'/'Half-termly' timescales, a RAG cell given only by its fill colour (2.3), and "
                "a monitoring table that is not the plan. Inspection dates are illustrative."),
        reads=("Lewis School Pengam's plan against Estyn's four recommendations: each recommendation "
               "heading is followed by its own table of numbered actions with lead, timescale, success "
               "criteria and a June 2025 RAG. The cover, key and monitoring tables are not actions."),
        outcome="read", accept_refusal=False, title=EST_TITLE, actions=acts)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =====================================================================
# 3. Derbyshire Constabulary - PPDA improvement tracker (xlsx)
# =====================================================================
POL_NAME = "zcu-derbyshire-constabulary-police-perpetrated-domestic-abuse-improvement-tracker.xlsx"
POL_TITLE = "Derbyshire Constabulary – Police Perpetrated Domestic Abuse (PPDA) Improvement Tracker"
D = dt.datetime
POL_WS = [
    ("Workstream 1 – Identification, recording and referral", [
        ("CWJ super-complaint R1",
         "Audit all live PPDA cases and those closed in the 12 months to 30 June 2022, and take "
         "appropriate action where cases were not treated as complaint or conduct matters.", [
            ("1.1", "Complete an audit of all live PPDA cases and those closed between 1 July 2021 and "
                    "30 June 2022 using the NPCC audit template.",
             "DCI, Professional Standards Department", D(2022, 11, 30), None, "B", "B",
             "Audit of 47 cases completed; findings reported to the PPDA Gold Group on 12/12/2022.",
             dict(end="2022-11", status="blue", lead=["DCI, Professional Standards Department"])),
            ("1.2", "Re-assess the six cases the audit found had not been recorded as conduct matters "
                    "and refer them to the Appropriate Authority.",
             "Appropriate Authority (Supt PSD)", D(2023, 1, 31), D(2023, 3, 31), "A", "B",
             "All six cases re-assessed; two referred to the IOPC.",
             dict(end="2023-03", status="blue", lead=["Appropriate Authority (Supt PSD)"])),
        ]),
        ("IOPC PPDA handling review",
         "Make sure every report of PPDA is identified and flagged on both the crime and incident "
         "system and the PSD case management system.", [
            ("1.3", "Introduce a mandatory PPDA qualifier on Niche with an automated daily notification "
                    "to PSD for any occurrence carrying the qualifier.",
             "Head of Crime Recording / Niche Systems Manager", D(2025, 3, 31), D(2025, 12, 31), "A", "A",
             "Qualifier live since May 2025; automated notification delayed by the regional Niche "
             "upgrade.",
             dict(end="2025-12", status="amber",
                  lead=["Head of Crime Recording", "Niche Systems Manager"])),
        ]),
    ]),
    ("Workstream 2 – Investigation and independence", [
        ("NPCC PPDA guidance",
         "Investigations into PPDA should be, and be seen to be, independent of the suspect’s team, "
         "station and line management.", [
            ("2.1", "Allocate every PPDA criminal investigation to a Public Protection team outside the "
                    "suspect’s division, or to a neighbouring force where the suspect is an Inspector "
                    "or above.",
             "Det Supt, Public Protection", D(2024, 6, 30), None, "G", "B",
             "Allocation protocol signed off at Chief Officer Group; in place since 01/07/2024.",
             dict(end="2024-06", status="blue", lead=["Det Supt, Public Protection"])),
            ("2.2", "Deliver a PPDA investigation input to all Domestic Abuse Investigation Unit staff "
                    "and PSD investigators.",
             "Force Training Manager", D(2025, 9, 30), D(2026, 1, 31), "G", "A",
             "62% trained; remaining sessions booked for November and January.",
             dict(end="2026-01", status="amber", lead=["Force Training Manager"])),
        ]),
    ]),
    ("Workstream 3 – Victim safeguarding and support", [
        ("IOPC PPDA handling review",
         "Victims of PPDA should have access to specialist support that is independent of the force.", [
            ("3.1", "Commission an IDVA pathway for PPDA victims with a direct referral route that "
                    "does not go through the local policing team.",
             "OPCC Commissioning Manager", D(2025, 3, 31), D(2025, 11, 30), "A", "G",
             "Provider appointed; referral pathway goes live on 17/11/2025.",
             dict(end="2025-11", status="green", lead=["OPCC Commissioning Manager"])),
            ("3.2", "Publish guidance on the force website and intranet explaining how to report PPDA "
                    "confidentially and what support is available.",
             "Head of Corporate Communications", D(2025, 7, 31), None, "G", None,
             "Web pages drafted and with the Domestic Abuse Lived Experience Panel for review.",
             dict(end="2025-07", status="green", lead=["Head of Corporate Communications"],
                  fill=GREEN)),
        ]),
    ]),
    ("Workstream 4 – Misconduct, vetting and organisational learning", [
        ("Force review",
         "Ensure that PPDA allegations lead to a review of the subject’s vetting and that learning "
         "is shared across the force.", [
            ("4.1", "Trigger a vetting review for every PPDA allegation, whatever the criminal outcome.",
             "Force Vetting Manager", D(2025, 10, 31), None, "A", "R",
             "Not yet in place – awaiting additional vetting staff agreed in the 2025/26 budget.",
             dict(end="2025-10", status="red", lead=["Force Vetting Manager"])),
            ("4.2", "Report PPDA volumes, outcomes and timeliness quarterly to the Force Professional "
                    "Standards Board and the PCC’s Accountability Board.",
             "Head of Professional Standards", "Quarterly", None, "G", "G",
             "Q2 2025/26 report presented 09/10/2025.",
             dict(end=None, end_text="Quarterly", status="green",
                  lead=["Head of Professional Standards"])),
        ]),
    ]),
]
POL_RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_police():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = POL_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Senior responsible officer"
    cov["B3"] = "Assistant Chief Constable (Crime and Justice)"
    cov["A4"] = "Tracker owner"
    cov["B4"] = "Head of Professional Standards"
    cov["A5"] = "Governance"
    cov["B5"] = "PPDA Gold Group (monthly); Force Professional Standards Board (quarterly)"
    cov["A6"] = "Protective marking"
    cov["B6"] = "OFFICIAL"
    for r in range(3, 7):
        cov.cell(r, 1).font = Font(bold=True)
    cov["A8"] = "Version control"
    cov["A8"].font = Font(bold=True, size=12)
    vc = [("Version", "Date", "Author", "Changes"),
          ("1.0", D(2022, 9, 2), "PSD Business Manager", "Tracker created following CWJ super-complaint report"),
          ("2.0", D(2024, 4, 15), "PSD Business Manager", "IOPC PPDA handling review calls to action added"),
          ("2.3", D(2025, 10, 14), "PSD Business Manager", "October 2025 updates; revised dates agreed at Gold Group")]
    for i, rowv in enumerate(vc):
        for j, v in enumerate(rowv):
            c = cov.cell(9 + i, 1 + j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    cov["A14"] = "RAG key"
    cov["A14"].font = Font(bold=True, size=12)
    for i, (k, v) in enumerate([("B", "Complete – evidence of completion held"),
                                ("G", "On track to meet due date"),
                                ("A", "At risk – revised date proposed or agreed"),
                                ("R", "Off track – due date passed / blocked")]):
        c = cov.cell(15 + i, 1, k)
        c.fill = fill(POL_RAG_FILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(15 + i, 2, v)
    widths(cov, [28, 48, 24, 60])

    ws = wb.create_sheet("Tracker")
    ncol = 10
    ws["A1"] = POL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Last updated: 14/10/2025 – updates since September Gold Group shown in column J"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Ref", "Source", "Recommendation / requirement", "Action", "Action owner",
           "Original due date", "Revised due date", "Previous RAG (Sep 25)", "Current RAG (Oct 25)",
           "Update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for wsname, recs in POL_WS:
        ws.cell(r, 1, wsname).font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for source, rec, actions in recs:
            top = r
            ws.cell(r, 2, source)
            ws.cell(r, 3, rec)
            for ref, action, owner, due, rev, prev, cur, upd, exp in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, action)
                ws.cell(r, 5, owner)
                c = ws.cell(r, 6, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 7, rev)
                    c.number_format = "dd/mm/yyyy"
                pc = ws.cell(r, 8, prev)
                pc.fill = fill(POL_RAG_FILL[prev])
                cc = ws.cell(r, 9, cur)
                cc.fill = fill(POL_RAG_FILL[cur] if cur else exp["fill"])
                ws.cell(r, 10, upd)
                for j in range(1, ncol + 1):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - top > 1:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    widths(ws, [6, 16, 40, 48, 24, 12, 12, 10, 10, 42])
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for _, recs in POL_WS:
        for _, _, actions in recs:
            for a in actions:
                k = a[6] or "G"
                counts[k] = counts.get(k, 0) + 1
    rows = [("Status", "Actions")] + [(lab, counts.get(k, 0)) for k, lab in
                                       [("B", "Complete"), ("G", "On track"), ("A", "At risk"),
                                        ("R", "Off track")]]
    rows.append(("Total", sum(counts.values())))
    for i, (a, b) in enumerate(rows):
        sm.cell(3 + i, 1, a).border = BOX
        sm.cell(3 + i, 2, b).border = BOX
        if i == 0 or a == "Total":
            sm.cell(3 + i, 1).font = Font(bold=True)
            sm.cell(3 + i, 2).font = Font(bold=True)
    widths(sm, [20, 10])
    wb.save(out(POL_NAME))


def police_expected():
    acts = []
    for wsname, recs in POL_WS:
        for source, rec, actions in recs:
            for ref, action, owner, due, rev, prev, cur, upd, exp in actions:
                a = dict(ref=ref, under=[wsname, rec], action=action, lead=exp["lead"], end=exp["end"])
                if "end_text" in exp:
                    a["end_text"] = exp["end_text"]
                a["status"] = exp["status"]
                acts.append(a)
    return dict(
        source=("A police force's tracker for the HMICFRS / College of Policing / IOPC report on the "
                "Centre for Women's Justice super-complaint 'Police perpetrated domestic abuse' (June "
                "2022; gov.uk 'Responses to Police perpetrated domestic abuse: Report on the CWJ super "
                "complaint', NPCC overview of force responses) and the IOPC PPDA handling review calls "
                "to action (policeconduct.gov.uk). Copies a Cover sheet (SRO, governance, version "
                "control, RAG key), a Tracker sheet with merged title, workstream rows merged across "
                "with fill, source and requirement cells merged down over their actions, original and "
                "revised due dates as real dates, previous and current RAG letters with fills (one "
                "current RAG by fill only), a 'Quarterly' due date, and a Summary sheet of counts. "
                "Requirement wording is the force's own summary; case numbers are illustrative."),
        reads=("Derbyshire Constabulary's PPDA tracker: four workstreams, each with the requirement it "
               "answers and numbered actions, owners, original/revised due dates and Sep/Oct 2025 RAG. "
               "The current (October) RAG and the revised date are what count; the cover and summary "
               "sheets hold no actions."),
        outcome="read", accept_refusal=False, title=POL_TITLE, actions=acts)


# =====================================================================
# 4. Warwickshire FRS - Grenfell Tower Inquiry Phase 2 action plan (xlsx)
# =====================================================================
FRS_NAME = "zcu-warwickshire-fire-rescue-service-grenfell-tower-inquiry-phase-2-action-plan.xlsx"
FRS_TITLE = "Warwickshire Fire and Rescue Service – Grenfell Tower Inquiry Phase 2: Action Plan"
FRS_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
                   "Not started": GREY}
# each action: (ref, rec-or-None, action lines (list), lead, target, revised, status, commentary, exp)
FRS_THEMES = [
    ("Protection", "Theme 1: Protection and building safety", [
        ("PR1.1",
         "Fire and rescue services should ensure that inspections of high-rise residential buildings "
         "are carried out by suitably trained staff and that the information gathered is recorded and "
         "shared with crews.",
         ["Complete section 7(2)(d) familiarisation visits to all 23 high-rise residential buildings "
          "in Warwickshire and upload the findings to the Site-Specific Risk Information (SSRI) system."],
         "Group Manager – Protection", D(2025, 3, 31), None, "Complete",
         "All 23 visits completed; SSRI uploaded and checked by Station Commanders.",
         dict(end="2025-03", status="blue", lead=["Group Manager – Protection"])),
        ("PR1.2", None,
         ["Introduce an annual review cycle for high-rise SSRI, with Station Commanders signing off "
          "each review.",
          "Reviews will be recorded on the Premises Risk Management System (PRMS)."],
         "Group Manager – Response", "Ongoing", None, "On track",
         "First annual review cycle started October 2025.",
         dict(end=None, end_text="Ongoing", status="green", lead=["Group Manager – Response"])),
        ("PR2.1",
         "Protection staff should be competent against the NFCC Competency Framework for Fire Safety "
         "Regulators.",
         ["Enrol four further Fire Safety Advisers on the Level 4 Diploma in Fire Safety and put "
          "competency records for all protection staff on the learning management system."],
         "Protection Training Manager", D(2025, 12, 31), None, "At risk",
         "Two places confirmed; two deferred to the April 2026 cohort because of course availability.",
         dict(end="2025-12", status="amber", lead=["Protection Training Manager"])),
    ]),
    ("Response & Control", "Theme 2: Operational response and Fire Control", [
        ("RC1.1",
         "Control room staff should be trained to handle large numbers of fire survival guidance "
         "(FSG) calls and to share FSG information effectively with the incident ground.",
         ["Deliver multi-call FSG training to all Fire Control watches and hold an annual FSG exercise "
          "with a neighbouring control room."],
         "Head of Fire Control", D(2025, 6, 30), None, "Complete",
         "All four watches trained; exercise held 18 June 2025.",
         dict(end="2025-06", status="blue", lead=["Head of Fire Control"])),
        ("RC1.2", None,
         ["Test the FSG information-sharing tablet between Fire Control and the FSG sector at a live "
          "high-rise exercise."],
         "Head of Fire Control / Area Manager – Response", D(2025, 9, 30), D(2026, 2, 28), "At risk",
         "Exercise postponed – building owner withdrew; alternative venue being sourced.",
         dict(end="2026-02", status="amber",
              lead=["Head of Fire Control", "Area Manager – Response"])),
        ("RC2.1",
         "Incident commanders should be trained to recognise when a ‘stay put’ strategy is no longer "
         "tenable and to order a full or partial evacuation.",
         ["Include evacuation decision-making scenarios in all Level 1 and Level 2 incident command "
          "revalidations."],
         "Group Manager – Training and Development", D(2026, 3, 31), None, "On track",
         "Scenarios written; 40% of Level 1 commanders revalidated.",
         dict(end="2026-03", status="green", lead=["Group Manager – Training and Development"])),
    ]),
    ("Organisation", "Theme 3: Organisational learning and assurance", [
        ("OL1.1",
         "Fire and rescue services should have robust arrangements for learning from national "
         "inquiries and for assuring that recommendations have been implemented.",
         ["Establish a Grenfell Phase 2 Assurance Board chaired by the Deputy Chief Fire Officer, "
          "reporting quarterly to the Resources and Fire & Rescue Overview and Scrutiny Committee."],
         "Deputy Chief Fire Officer", D(2024, 11, 30), None, "Complete",
         "Board established; terms of reference approved.",
         dict(end="2024-11", status="blue", lead=["Deputy Chief Fire Officer"])),
        ("OL1.2", None,
         ["Carry out a gap analysis against the NFCC’s Phase 2 implementation guidance once it is "
          "published."],
         "Head of Assurance", "TBC", None, "Not started",
         "Awaiting national guidance.",
         dict(end=None, end_text="TBC", status="unrated", lead=["Head of Assurance"])),
    ]),
]


def build_fire():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = FRS_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Appendix A to the report to the Resources and Fire & Rescue Overview and Scrutiny "
                "Committee, 26 November 2025")
    sm["A2"].font = Font(italic=True)
    sm["A4"] = "Status key"
    sm["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Blue – action complete and evidence held"),
                                ("On track", "Green – progressing to target date"),
                                ("At risk", "Amber – target date at risk or revised"),
                                ("Off track", "Red – target date missed, escalation needed"),
                                ("Not started", "Grey – not yet started")]):
        c = sm.cell(5 + i, 1, k)
        c.fill = fill(FRS_STATUS_FILL[k])
        sm.cell(5 + i, 2, v)
    sm["A11"] = "Progress by theme"
    sm["A11"].font = Font(bold=True)
    hdr = ["Theme", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(12, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("D9D9D9")
    r = 13
    tot = [0] * 6
    for _, theme, acts in FRS_THEMES:
        cnt = [len(acts)] + [sum(1 for a in acts if a[6] == s) for s in
                             ["Complete", "On track", "At risk", "Off track", "Not started"]]
        tot = [x + y for x, y in zip(tot, cnt)]
        for j, v in enumerate([theme] + cnt, 1):
            sm.cell(r, j, v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + tot, 1):
        c = sm.cell(r, j, v)
        c.border = BOX
        c.font = Font(bold=True)
    widths(sm, [48, 44, 10, 10, 10, 10, 12])

    hdr = ["Ref", "Recommendation (WFRS summary)", "Action", "Lead officer", "Target date",
           "Revised target", "Status", "Progress commentary (November 2025)"]
    for sheetname, theme, acts in FRS_THEMES:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = FRS_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A3"] = theme
        ws["A3"].font = Font(bold=True, size=12, color="C00000")
        for j, h in enumerate(hdr, 1):
            c = ws.cell(5, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("C00000")
            c.alignment = WRAP
            c.border = BOX
        r = 6
        for ref, rec, lines, lead, target, rev, status, comm, exp in acts:
            vals = [ref, rec, lines[0], lead, target, rev, status, comm]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "d mmm yyyy" if j == 5 else "mmm-yy"
            ws.cell(r, 7).fill = fill(FRS_STATUS_FILL[status])
            r += 1
            for extra in lines[1:]:      # continuation line: only the Action cell is filled
                c = ws.cell(r, 3, extra)
                c.alignment = WRAP
                for j in range(1, 9):
                    ws.cell(r, j).border = BOX
                r += 1
        widths(ws, [8, 44, 50, 26, 13, 12, 12, 40])
        ws.freeze_panes = "A6"
    wb.save(out(FRS_NAME))


def fire_expected():
    acts = []
    for sheetname, theme, items in FRS_THEMES:
        rec_cur = None
        for ref, rec, lines, lead, target, rev, status, comm, exp in items:
            if rec:
                rec_cur = rec
            a = dict(ref=ref, under=[theme, rec_cur], action="\n".join(lines), lead=exp["lead"],
                     end=exp["end"])
            if "end_text" in exp:
                a["end_text"] = exp["end_text"]
            a["status"] = exp["status"]
            acts.append(a)
    return dict(
        source=("A fire and rescue service's action plan on the Grenfell Tower Inquiry Phase 2 report "
                "(September 2024; grenfelltowerinquiry.org.uk, volume 7 part 14 recommendations), "
                "reported as an appendix to a county council overview and scrutiny committee, in the "
                "style of FRS trackers for the Phase 1 recommendations (fireengland.uk progress pages; "
                "HMICFRS Phase 1 progress letter). Copies a Summary sheet with a status key (words "
                "mapped to colours) and counts by theme, one sheet per theme with a title row and theme "
                "heading, the recommendation written only on the first of its actions (blank below), "
                "a continuation row holding only the rest of an action's text, revised targets, "
                "'Ongoing'/'TBC' targets and fill-coloured status words. Recommendations are the "
                "service's own summaries, with its own refs."),
        reads=("Warwickshire FRS's Grenfell Phase 2 action plan across three theme sheets: each action "
               "has a ref, the recommendation it answers (left blank when it is the same as the row "
               "above), lead officer, target and revised target, and a status word defined by the key "
               "on the Summary sheet. One action's text runs on into the next row."),
        outcome="read", accept_refusal=False, title=FRS_TITLE, actions=acts)


# =====================================================================
# 5. UTC Reading - post-Ofsted action plan (xlsx)
# =====================================================================
UTC_NAME = "zcu-utc-reading-post-ofsted-action-plan.xlsx"
UTC_TITLE = "UTC Reading – Post-Ofsted Action Plan 2025–26"
UTC_AFIS = [
    ("AFI 1 (Quality of education): In some subjects at key stage 4, the curriculum does not set out "
     "clearly the important knowledge pupils should learn and when. Leaders should ensure that "
     "curriculum plans identify this knowledge and the order in which pupils will learn it.", [
        ("1a", "Subject leaders in computing, engineering and science re-map the key stage 4 curriculum, "
               "identifying the core knowledge for each unit and sequencing it with employer partners.",
         "Vice Principal (Curriculum)", D(2025, 6, 1), D(2025, 10, 1),
         "Revised curriculum maps published; pupils can recall prior content in deep dives.",
         GREEN, BLUE, "Maps completed October half term.",
         dict(end="2025-10", status="blue", lead=["Vice Principal (Curriculum)"])),
        ("1b", "Half-termly curriculum deep dives by senior leaders with each subject leader.",
         "Principal / Vice Principal (Curriculum)", D(2025, 9, 1), "Half-termly",
         "Deep-dive notes show improving curriculum implementation.",
         GREEN, GREEN, "Computing and engineering deep dives completed.",
         dict(end=None, end_text="Half-termly", status="green",
              lead=["Principal", "Vice Principal (Curriculum)"])),
    ]),
    ("AFI 2 (Quality of education): Teachers do not check pupils’ understanding consistently well. "
     "Leaders should ensure that teachers use assessment to identify and address gaps in pupils’ "
     "knowledge.", [
        ("2a", "Run a CPD programme on retrieval practice and checking for understanding in weekly "
               "Tuesday briefing slots, with instructional coaching for early career teachers.",
         "Assistant Principal (Teaching & Learning)", D(2025, 9, 1), "Summer term 2026",
         "Lesson visits show checking for understanding in most lessons.",
         AMBER, GREEN, "",
         dict(end="2026-07", end_text="Summer term 2026", status="green",
              lead=["Assistant Principal (Teaching & Learning)"])),
        ("2b", "Introduce common assessment points (December, March, June) in all KS4 and KS5 subjects, "
               "with technical qualifications moderated by employer partners.",
         "Head of Data & Assessment", D(2025, 9, 1), D(2026, 3, 1),
         "Assessment data used in department meetings to plan re-teaching.",
         GREEN, AMBER, "December assessment point slipped to January for Year 12.",
         dict(end="2026-03", status="amber", lead=["Head of Data & Assessment"])),
    ]),
    ("AFI 3 (Behaviour and attitudes): The attendance of some disadvantaged pupils and pupils with "
     "SEND is too low. Leaders should take further action to improve these pupils’ attendance.", [
        ("3a", "Appoint an attendance lead and introduce first-day calling and home visits for pupils "
               "below 90% attendance.",
         "Assistant Principal (Behaviour & Attendance)", D(2025, 6, 1), D(2025, 9, 1),
         "Persistent absence of disadvantaged pupils below 20%.",
         BLUE, BLUE, "Attendance lead in post from 1 September 2025.",
         dict(end="2025-09", status="blue", lead=["Assistant Principal (Behaviour & Attendance)"])),
        ("3b", "Review SEND support plans with parents each term, including an individual attendance "
               "target.",
         "SENDCo", D(2025, 9, 1), "Termly",
         "All pupils on the SEND register have a reviewed plan with an attendance target.",
         AMBER, AMBER, "Autumn reviews 70% complete.",
         dict(end=None, end_text="Termly", status="amber", lead=["SENDCo"])),
        ("3c", "Launch an employer mentoring scheme for persistently absent Year 10 pupils with partner "
               "employers.",
         "Director of Employer Engagement", D(2025, 10, 1), D(2025, 12, 1),
         "Mentored pupils’ attendance improves by 5 percentage points.",
         RED, AMBER, "Six mentors recruited; DBS checks in progress.",
         dict(end="2025-12", status="amber", lead=["Director of Employer Engagement"])),
    ]),
]


def build_utc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = UTC_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    info = [("Inspection dates", "14–15 May 2025"),
            ("Quality of education", "Requires improvement"),
            ("Behaviour and attitudes", "Requires improvement"),
            ("Personal development", "Good"),
            ("Leadership and management", "Good"),
            ("Sixth-form provision", "Good"),
            ("Plan approved by Local Governing Body", "8 July 2025")]
    for i, (k, v) in enumerate(info):
        cov.cell(3 + i, 1, k).font = Font(bold=True)
        cov.cell(3 + i, 2, v)
    cov["A11"] = "Document control"
    cov["A11"].font = Font(bold=True, size=12)
    for i, rowv in enumerate([("Version", "Date", "Author", "Notes"),
                              ("1.0", "30/06/2025", "Principal", "Draft for LGB"),
                              ("1.1", "08/07/2025", "Principal", "Approved"),
                              ("1.3", "20/02/2026", "Vice Principal (Curriculum)", "Spring review")]):
        for j, v in enumerate(rowv):
            c = cov.cell(12 + i, 1 + j, v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    widths(cov, [38, 26, 28, 20])

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws["A1"] = UTC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "RAG key:"
    ws["A2"].font = Font(bold=True)
    for j, (txt, f) in enumerate([("Completed", BLUE), ("On track", GREEN),
                                  ("Some progress – needs attention", AMBER),
                                  ("Not started / concern", RED)], 2):
        c = ws.cell(2, j, txt)
        c.fill = fill(f)
    hdr = ["Ref", "Action", "Lead(s)", "Start", "Completion", "Success criteria / intended impact",
           "Autumn 2025 review", "Spring 2026 review", "Comments"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for afi, acts in UTC_AFIS:
        c = ws.cell(r, 1, afi)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill("FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 45
        r += 1
        for ref, action, lead, start, comp, success, aut, spr, comm, exp in acts:
            vals = [ref, action, lead, start, comp, success, None, None, comm or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(aut)
            ws.cell(r, 8).fill = fill(spr)
            r += 1
    widths(ws, [6, 50, 28, 9, 14, 38, 11, 11, 34])
    wb.save(out(UTC_NAME))


def utc_expected():
    acts = []
    for afi, items in UTC_AFIS:
        for ref, action, lead, start, comp, success, aut, spr, comm, exp in items:
            a = dict(ref=ref, under=[afi], action=action, lead=exp["lead"], end=exp["end"])
            if "end_text" in exp:
                a["end_text"] = exp["end_text"]
            a["status"] = exp["status"]
            acts.append(a)
    return dict(
        source=("A post-Ofsted action plan of a 14–19 university technical college (academy), built on "
                "the areas for improvement in an education inspection framework report, in the manner "
                "of published post-Ofsted plans (e.g. Shaw CofE Primary 'Post Ofsted Action Plan' on "
                "docest.com; The Key's post-inspection action plan template). Copies a Cover sheet "
                "with the judgements and document control, a plan sheet with merged title, a RAG key "
                "row of coloured cells, AFI rows merged across the sheet quoting the report, "
                "lettered actions, start and completion as month dates, 'Half-termly'/'Termly'/term "
                "completions, and RAG given only by fill colour in an Autumn and a Spring review "
                "column. Inspection outcome is illustrative."),
        reads=("UTC Reading's plan against three Ofsted areas for improvement, each a shaded heading row "
               "with lettered actions, leads, completion dates and two termly RAG reviews shown only as "
               "cell colours; the Spring 2026 review is the current status."),
        outcome="read", accept_refusal=False, title=UTC_TITLE, actions=acts)


# =====================================================================
# 6. Haberdashers' Boys' School - ISS action plan, plain-text export (txt)
# =====================================================================
ISI_NAME = "zcu-haberdashers-boys-school-isi-inspection-action-plan.txt"
ISI_TITLE = "Haberdashers' Boys' School – Independent School Standards Action Plan"
ISI_PARTS = [
    ("PART 3 – WELFARE, HEALTH AND SAFETY OF PUPILS",
     "Paragraph 16(a) and (b): The proprietor must ensure that the welfare of pupils is safeguarded "
     "and promoted by the drawing up and effective implementation of a written risk assessment "
     "policy, and that appropriate action is taken to reduce risks that are identified.", [
        ("1.1", "Rewrite the whole-school risk assessment policy so that it sets out who is responsible "
                "for each type of risk assessment, how often assessments are reviewed and how actions "
                "are followed up.",
         "Bursar", "30 April 2025", "Policy approved by governors on 24 April 2025.", "Complete",
         dict(end="2025-04", status="blue", lead=["Bursar"])),
        ("1.2", "Train all heads of department and trip leaders in the revised procedure and check a "
                "sample of 20 activity risk assessments on EVOLVE each half term.",
         "Deputy Head (Operations)", "30 June 2025", "Training register; dip-sample log.", "On track",
         dict(end="2025-06", status="green", lead=["Deputy Head (Operations)"])),
    ]),
    ("PART 5 – PREMISES OF AND ACCOMMODATION AT SCHOOLS",
     "Paragraph 25: The proprietor must ensure that the school premises and the accommodation and "
     "facilities provided are maintained to a standard such that, so far as is reasonably "
     "practicable, the health, safety and welfare of pupils are ensured.", [
        ("2.1", "Commission an independent fire risk assessment of the whole site.",
         "Estates Director / Health and Safety Manager", "May 2025",
         "Fire risk assessment report dated 16 May 2025.", "Complete",
         dict(end="2025-05", status="blue", lead=["Estates Director", "Health and Safety Manager"])),
        ("2.2", "Complete the remedial works to fire doors in the Aske Building identified in the fire "
                "risk assessment.",
         "Estates Director", "31 August 2025", "Contractor completion certificates.", "On track",
         dict(end="2025-08", status="green", lead=["Estates Director"])),
    ]),
    ("PART 6 – PROVISION OF INFORMATION",
     "Paragraph 32(1)(b): The proprietor must ensure that the safeguarding policy is published on the "
     "school’s website.", [
        ("3.1", "Publish the current safeguarding and child protection policy on the website and add a "
                "termly check of all statutory website content to the compliance calendar.",
         "Head of Marketing and Communications / Designated Safeguarding Lead", "7 March 2025",
         "Website screenshot; compliance calendar.", "Complete",
         dict(end="2025-03", status="blue",
              lead=["Head of Marketing and Communications", "Designated Safeguarding Lead"])),
    ]),
    ("PART 8 – QUALITY OF LEADERSHIP IN AND MANAGEMENT OF SCHOOLS",
     "Paragraph 34(1)(a) and (b): The proprietor must ensure that leaders demonstrate good skills and "
     "knowledge and fulfil their responsibilities effectively, so that the independent school "
     "standards are met consistently.", [
        ("4.1", "Set up a Compliance Committee of the governing body that meets each term, with the "
                "independent school standards as a standing agenda item.",
         "Chair of Governors", "Summer term 2025", "Committee terms of reference and minutes.", "On track",
         dict(end="2025-07", end_text="Summer term 2025", status="green", lead=["Chair of Governors"])),
        ("4.2", "Commission an external compliance audit by an independent consultant and report the "
                "findings to the full governing body.",
         "Clerk to the Governors", "By 31 October 2025", "Audit report; governing body minutes.",
         "Not started",
         dict(end="2025-10", status="unrated", lead=["Clerk to the Governors"])),
    ]),
    ("RECOMMENDED NEXT STEPS (NOT A REGULATORY REQUIREMENT)",
     "Next step 1: Leaders should make sure that pupils’ views gathered through the School Council "
     "and surveys are used more systematically to evaluate the personal, social, health and economic "
     "education programme.", [
        ("5.1", "Add a pupil voice review of the PSHE programme to the annual self-evaluation cycle, "
                "with results reported to the Education Committee.",
         "Head of PSHE", "December 2025", "Pupil survey results; committee paper.", "On track",
         dict(end="2025-12", status="green", lead=["Head of PSHE"])),
    ]),
]


def build_isi():
    L = []
    L.append(ISI_TITLE)
    L.append("Prepared in response to the ISI routine inspection of 4–6 February 2025 and the DfE "
             "action plan notice dated 3 April 2025")
    L.append("Version 3 – progress updated 12 September 2025 for the Governors' Compliance Committee")
    L.append("")
    L.append("Status key: Complete / On track / Delayed / Not started")
    L.append("")
    for part, standard, steps in ISI_PARTS:
        L.append("=" * 78)
        L.append(part)
        L.append("=" * 78)
        L.append("")
        L.append(standard)
        L.append("")
        for ref, action, resp, by, evidence, status, _ in steps:
            L.append(f"Step {ref}")
            L.append(f"  Action:        {action}")
            L.append(f"  Responsible:   {resp}")
            L.append(f"  Complete by:   {by}")
            L.append(f"  Evidence:      {evidence}")
            L.append(f"  Status:        {status}")
            L.append("")
    L.append("-" * 78)
    L.append("Approved by the Chair of Governors on behalf of the proprietor. Exported from the "
             "school's compliance tracker, 12/09/2025.")
    with open(out(ISI_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def isi_expected():
    acts = []
    for part, standard, steps in ISI_PARTS:
        for ref, action, resp, by, evidence, status, exp in steps:
            a = dict(ref=ref, under=[part, standard], action=action, lead=exp["lead"], end=exp["end"])
            if "end_text" in exp:
                a["end_text"] = exp["end_text"]
            a["status"] = exp["status"]
            acts.append(a)
    return dict(
        source=("An independent school's action plan to meet Independent School Standards it failed at "
                "an ISI inspection, written after a DfE action plan notice (gov.uk 'Independent school "
                "action plans' guidance and template, updated April 2023: the steps to meet each failed "
                "standard and the date by which each will be taken), saved as a plain-text export. "
                "Copies the title lines, a status key line, parts of the standards as ruled capital "
                "headings, each failed paragraph quoted before its steps, labelled fields per step "
                "(Action, Responsible, Complete by, Evidence, Status), two posts in one Responsible "
                "field, term and 'By ...' dates, and a recommended-next-steps section. Inspection "
                "findings are illustrative."),
        reads=("Haberdashers' Boys' School's action plan for four failed standards and one recommended "
               "next step: under each part heading and quoted paragraph come numbered steps, each with "
               "the action, who is responsible, the date it is to be complete by and its status."),
        outcome="read", accept_refusal=False, title=ISI_TITLE, actions=acts)


# =====================================================================
# 7. University of East London - OfS condition E6 action plan (csv) - refuse
# =====================================================================
UEL_NAME = ("zcu-university-of-east-london-ofs-e6-harassment-sexual-misconduct-action-plan"
            "-typo-month-refuse.csv")
UEL_TITLE = ("University of East London – OfS Condition E6 (Harassment and Sexual Misconduct) "
             "Implementation Action Plan 2025-26")
UEL_ROWS = [
    ("E6.1", "Single comprehensive source of information",
     "Publish a single, comprehensive harassment and sexual misconduct policy page on the website and "
     "the student app", "Director of Student Services", "01/08/2025", "Complete",
     "Published 28/07/2025"),
    ("E6.2", "Single comprehensive source of information",
     "Include the policy in the new student induction pack and the Students' Union welcome guide",
     "Head of Student Wellbeing; SU Chief Executive", "Sep-25", "Complete",
     "Included in all induction materials"),
    ("E6.3", "Training for students and staff",
     "Launch mandatory online training for all staff with completion reported to Executive Board",
     "Director of People", "Oct-25", "Amber", "58% completion at 31/10/2025"),
    ("E6.4", "Training for students and staff",
     "Deliver bystander intervention workshops for student ambassadors and sports club officers",
     "Head of Student Wellbeing", "Decmber 2025", "Green", "Four of six workshops delivered"),
    ("E6.5", "Restriction on non-disclosure agreements",
     "Confirm that no settlement agreement template prevents disclosure of harassment or sexual "
     "misconduct and update the HR and complaints templates", "University Secretary", "31/08/2025",
     "Complete", "Templates revised; Legal sign-off 22/08/2025"),
    ("E6.6", "Personal relationships between staff and students",
     "Approve and publish the revised Personal Relationships Policy including the declaration process "
     "for relevant relationships", "Director of People", "Jul-25", "Complete",
     "Approved by Council 10/07/2025"),
    ("E6.7", "Handling of reports and complaints",
     "Introduce a case management system for reports with anonymous reporting and monthly "
     "monitoring of response times", "Director of Student Services", "Mar-26", "Green",
     "Supplier selected; implementation started"),
    ("E6.8", "Freedom of speech",
     "Review harassment policy wording against the Higher Education (Freedom of Speech) Act 2023 "
     "duties", "University Secretary", "Jan-26", "Green", "Draft review with Legal"),
]


def build_uel():
    rows = [[UEL_TITLE, "", "", "", "", "", ""],
            ["Executive owner: Pro-Vice-Chancellor (Education and Student Experience)", "", "", "", "",
             "", ""],
            ["Reported to: Student Experience Committee; last updated 03/11/2025", "", "", "", "", "",
             ""],
            [],
            ["Ref", "E6 requirement", "Action", "Lead", "Target date", "RAG", "Update"]]
    rows += [list(r) for r in UEL_ROWS]
    rows += [[], ["RAG key: Complete = delivered; Green = on track; Amber = at risk; Red = off track",
                  "", "", "", "", "", ""]]
    with open(out(UEL_NAME), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


def uel_expected():
    # line number of the mistyped month, as a text editor numbers it
    with open(out(UEL_NAME), encoding="utf-8", newline="") as f:
        lines = f.read().split("\r\n")
    at = [i + 1 for i, l in enumerate(lines) if "Decmber 2025" in l]
    assert len(at) == 1
    return dict(
        source=("A university's action plan for the Office for Students' ongoing condition of "
                "registration E6 (harassment and sexual misconduct, in force from 1 August 2025: a "
                "single comprehensive source of information, training, no non-disclosure agreements, "
                "managing staff–student relationships, freedom of speech), exported from an Excel "
                "tracker to CSV with title and owner lines above the header, one row per action, the "
                "requirement repeated on each row, mixed date styles and a RAG key line below."),
        reads=("UEL's E6 implementation plan: eight actions grouped by E6 requirement, each with lead, "
               "target date, RAG and update. Action E6.4's target date reads 'Decmber 2025', a "
               "mistyped month, so a careful reader stops there and asks before reading the plan."),
        outcome="refuse", accept_refusal=False, refuse_at=at[0], title=UEL_TITLE)


# ---------------------------------------------------------------- expected writer
def write_expected(name, data):
    import yaml

    class Folded(str):
        pass

    class Quoted(str):
        pass

    def wrap(v):
        if isinstance(v, dict):
            return {k: wrap(x) for k, x in v.items()}
        if isinstance(v, list):
            return [wrap(x) for x in v]
        if isinstance(v, str) and not isinstance(v, Folded):
            return Quoted(v)
        return v

    class Dumper(yaml.SafeDumper):
        pass

    def rep_str(dumper, v):
        return dumper.represent_scalar("tag:yaml.org,2002:str", v, style='"')

    def rep_folded(dumper, v):
        return dumper.represent_scalar("tag:yaml.org,2002:str", v, style=">")

    def rep_list(dumper, v):
        # short lists (under, lead) inline, the actions list in block style
        flow = all(isinstance(x, str) for x in v)  # noqa: E501
        return dumper.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=flow)

    Dumper.add_representer(Quoted, rep_str)
    Dumper.add_representer(Folded, rep_folded)
    Dumper.add_representer(list, rep_list)

    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    doc = {k: data[k] for k in order if k in data}
    doc["source"] = Folded(doc["source"])
    doc["reads"] = Folded(doc["reads"])
    doc = wrap(doc)
    text = yaml.dump(doc, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100000,
                     default_flow_style=False)
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        f.write(text)


BUILDERS = [
    (PPO_NAME, build_ppo, ppo_expected),
    (EST_NAME, build_estyn, estyn_expected),
    (POL_NAME, build_police, police_expected),
    (FRS_NAME, build_fire, fire_expected),
    (UTC_NAME, build_utc, utc_expected),
    (ISI_NAME, build_isi, isi_expected),
    (UEL_NAME, build_uel, uel_expected),
]

if __name__ == "__main__":
    for name, build, expected in BUILDERS:
        build()
        print("wrote", name)
        if "--write-expected" in sys.argv:
            write_expected(name, expected())
            print("   + expected")
