#!/usr/bin/env python
"""Build the seven ht2- blind test files (set heldout262).

    python ht2_make.py            # builds the seven data files
    python ht2_make.py --expected # also (re)writes the NAME.expected.yaml files

Each case below holds the cell/line text written into the file and, beside it,
the reading a person makes of it (lead list, end month, status), typed by hand.
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "head": "1F3864",
    "theme": "D9E1F2",
    "obj": "EDEDED",
}


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ============================================================ 1. SAR (docx)
SAR_NAME = "ht2-st-helens-safeguarding-adults-board-sar-adult-b-action-plan.docx"
SAR_TITLE = "Safeguarding Adults Review ‘Adult B’ – Multi-Agency Action Plan"
SAR_RECS = [
    ("Recommendation 1: The SAB should seek assurance that partner agencies apply the "
     "Pan-Merseyside self-neglect and hoarding guidance, including escalation to a multi-agency "
     "risk management meeting where an adult declines support.", [
        dict(ref="1.1",
             action="Refresh the self-neglect and hoarding practice guidance and relaunch it through a 7-minute briefing for all partner agencies.",
             lead_cell="SAB Business Manager", lead=["SAB Business Manager"],
             date="31/12/2025", end="2025-12",
             progress="Guidance refreshed and 7-minute briefing circulated to all partners on 2 December 2025.",
             rag="Blue", status="blue"),
        dict(ref="1.2",
             action="Audit a sample of 20 self-neglect referrals to test whether a multi-agency risk management meeting was convened where the adult declined support.",
             lead_cell="Quality and Performance Sub-Group Chair", lead=["Quality and Performance Sub-Group Chair"],
             date="March 2026", end="2026-03",
             progress="Audit tool agreed at the January sub-group; case sample being drawn.",
             rag="Green", status="green"),
        dict(ref="1.3",
             action="Deliver multi-agency training on working with adults who decline support, with a focus on executive functioning and mental capacity.",
             lead_cell="Adult Social Care Principal Social Worker\nMersey Care NHS Foundation Trust Safeguarding Lead",
             lead=["Adult Social Care Principal Social Worker", "Mersey Care NHS Foundation Trust Safeguarding Lead"],
             date="Jan 2026 – June 2026", end="2026-06", end_text="Jan 2026 – June 2026",
             progress="Two of four sessions delivered; remaining sessions rescheduled owing to trainer availability.",
             rag="Amber", status="amber"),
    ]),
    ("Recommendation 2: Partners should share information about fire risk with Merseyside Fire "
     "and Rescue Service when an adult who smokes has reduced mobility or is living in cluttered "
     "conditions.", [
        dict(ref="2.1",
             action="Embed the Merseyside Fire and Rescue Service Safe and Well referral pathway in adult social care and district nursing assessment documentation.",
             lead_cell="Head of Adult Social Care Operations\nDistrict Nursing Service Manager",
             lead=["Head of Adult Social Care Operations", "District Nursing Service Manager"],
             date="31/03/2026", end="2026-03",
             progress="Prompt added to the adult social care assessment; district nursing template change requested.",
             rag="Green", status="green"),
        dict(ref="2.2",
             action="Report the number of Safe and Well referrals made by each partner to the SAB Performance Group.",
             lead_cell="Merseyside Fire and Rescue Service Prevention Manager",
             lead=["Merseyside Fire and Rescue Service Prevention Manager"],
             date="Quarterly", end=None, end_text="Quarterly",
             progress="First quarterly report received in January 2026 (Q3 data).",
             rag="Green", status="green"),
    ]),
    ("Recommendation 3: The SAB should seek assurance that GP practices and community health "
     "services follow up adults who repeatedly do not attend appointments, recognising that this "
     "may indicate self-neglect.", [
        dict(ref="3.1",
             action="Update the adult ‘Did Not Attend’ policy so that repeated non-attendance prompts a review by the named GP and consideration of a safeguarding concern.",
             lead_cell="Designated Nurse for Safeguarding Adults (NHS Cheshire and Merseyside – St Helens Place)",
             lead=["Designated Nurse for Safeguarding Adults (NHS Cheshire and Merseyside – St Helens Place)"],
             date="30/11/2025", end="2025-11",
             progress="Policy revised and approved at the Primary Care Quality Group on 20 November 2025.",
             rag="Blue", status="blue"),
        dict(ref="3.2",
             action="Re-audit adults with three or more missed appointments in a six-month period and report findings to the SAR Sub-Group.",
             lead_cell="Named GP for Safeguarding", lead=["Named GP for Safeguarding"],
             date="September 2026", end="2026-09",
             progress="Due to start in Q1 2026/27.",
             rag="", status="unrated"),
    ]),
    ("Recommendation 4: Adult Social Care and Torus should agree a protocol for joint visits where "
     "a tenant with care and support needs is at risk of eviction.", [
        dict(ref="4.1",
             action="Agree and sign off a joint visiting protocol between Adult Social Care and Torus.",
             lead_cell="Assistant Director Adult Social Care / Torus Head of Tenancy Services",
             lead=["Assistant Director Adult Social Care", "Torus Head of Tenancy Services"],
             date="Dec 2025", end="2025-12",
             progress="Draft protocol not yet agreed; escalated to the SAB Executive in January 2026.",
             rag="Red", status="red"),
        dict(ref="4.2",
             action="Test the protocol through a multi-agency case file audit six months after sign-off.",
             lead_cell="Quality and Performance Sub-Group Chair", lead=["Quality and Performance Sub-Group Chair"],
             date="TBC", end=None, end_text="TBC",
             progress="Dependent on action 4.1.",
             rag="Amber", status="amber"),
    ]),
]


def make_sar():
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "St Helens Safeguarding Adults Board"
    doc.add_paragraph(SAR_TITLE, style="Title")
    doc.add_paragraph(
        "SAR published: 9 October 2025. Action plan agreed by the SAR Sub-Group: 4 November 2025. "
        "This version reports progress to the SAB Executive in February 2026.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date of this update", "13 February 2026"),
                 ("Plan owner", "SAR Sub-Group"), ("Next review", "May 2026")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    doc.add_paragraph("")

    doc.add_paragraph("RAG key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, word, meaning in [("blue", "Blue", "Action completed and evidence of impact received"),
                                  ("green", "Green", "On track to be delivered by the target date"),
                                  ("amber", "Amber", "Some slippage – mitigation in place"),
                                  ("red", "Red", "Overdue or significant concern")]:
        c = t.add_row().cells
        set_cell(c[0], word, bold=True)
        shade(c[0], FILL[colour])
        set_cell(c[1], meaning)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against each recommendation of the review is set out below.")

    heads = ["Recommendation", "Ref", "Action", "Lead agency / officer", "Target date",
             "Progress update (February 2026)", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for rec, acts in SAR_RECS:
        first = None
        for a in acts:
            c = t.add_row().cells
            if first is None:
                first = c[0]
                set_cell(c[0], rec)
            set_cell(c[1], a["ref"])
            set_cell(c[2], a["action"])
            set_cell(c[3], a["lead_cell"])
            set_cell(c[4], a["date"])
            set_cell(c[5], a["progress"])
            set_cell(c[6], a["rag"])
            if a["rag"]:
                shade(c[6], FILL[a["rag"].lower()])
        last = t.rows[-1].cells[0]
        if last is not first:
            first.merge(last)
            # keep only the recommendation text in the merged cell
            for p in first.paragraphs[1:]:
                if not p.text:
                    p._element.getparent().remove(p._element)
    doc.add_paragraph("")
    doc.add_paragraph("Actions rated Blue are removed from the plan once the SAB Executive has "
                      "accepted the evidence of impact.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["Signed off by", "Independent Chair, St Helens SAB", "Date", "17 February 2026"]):
        set_cell(t.rows[0].cells[i], v, bold=(i % 2 == 0))
    doc.save(path(SAR_NAME))


def sar_expected():
    acts = []
    for rec, items in SAR_RECS:
        for a in items:
            acts.append(action_entry(a, [rec]))
    return dict(
        source=("Imitates a St Helens Safeguarding Adults Board SAR multi-agency action plan (2025-26) of the kind "
                "Merseyside SABs publish with SAR reports; no single source URL. Copied features: board name in the "
                "page header, Title line, document-control table, RAG key table with fill colours, one landscape table "
                "with the recommendation cell merged down over its actions, several leads on separate lines in one "
                "cell, job titles as leads, a period and Quarterly/TBC in the target column, a blank RAG cell, notes "
                "line and a sign-off table."),
        reads=("A SAR action plan: four recommendations, each merged down the first column over its numbered actions "
               "(nine in all) with lead, target date, February 2026 progress and a RAG word with matching fill. The "
               "document-control, RAG key and sign-off tables are not the plan."),
        outcome="read", accept_refusal=False, title=SAR_TITLE, actions=acts)


# ============================================================ 2. Highlight report (docx)
HR_NAME = "ht2-forest-of-dean-dc-transformation-programme-highlight-report.docx"
HR_TITLE = "Transformation Programme Highlight Report – Quarter 3 2025/26"
HR_WS = [
    ("Workstream 1: Customer Access and Digital", "Sponsor: Strategic Director (Resources)", [
        dict(ref="CA1", action="Launch the new customer portal for council tax and benefits self-service",
             lead_cell="Head of Customer Services", lead=["Head of Customer Services"],
             base="30/09/2025", rev="30/11/2025", end="2025-11", rag="C", status="blue",
             note="Portal went live on 17 November 2025; 2,140 accounts created in the first month."),
        dict(ref="CA2", action="Migrate waste and recycling forms to the new platform and retire the legacy forms",
             lead_cell="Digital Services Manager", lead=["Digital Services Manager"],
             base="31/12/2025", rev="31/03/2026", end="2026-03", rag="A", status="amber",
             note="Integration with the waste contractor’s system delayed; revised date agreed by Programme Board."),
        dict(ref="CA3", action="Introduce telephony call-back and queue messaging in the Customer Contact Centre",
             lead_cell="Head of Customer Services / ICT Infrastructure Manager",
             lead=["Head of Customer Services", "ICT Infrastructure Manager"],
             base="28/02/2026", rev="", end="2026-02", rag="G", status="green",
             note="Supplier configuration under way; testing planned for early February."),
    ]),
    ("Workstream 2: Accommodation and Assets", "Sponsor: Strategic Director (Place)", [
        dict(ref="AA1", action="Complete the business case for consolidating services into the Council Offices, Coleford",
             lead_cell="Head of Assets and Property", lead=["Head of Assets and Property"],
             base="31/10/2025", rev="", end="2025-10", rag="C", status="blue",
             note="Business case approved by Cabinet on 6 November 2025."),
        dict(ref="AA2", action="Market the surplus first-floor office space to public sector partners",
             lead_cell="Estates Manager", lead=["Estates Manager"],
             base="31/03/2026", rev="30/06/2026", end="2026-06", rag="R", status="red",
             note="No expressions of interest received; options paper to Programme Board in February."),
        dict(ref="AA3", action="Deliver the hybrid meeting upgrade in the Council Chamber",
             lead_cell="ICT Infrastructure Manager", lead=["ICT Infrastructure Manager"],
             base="Jan 2026", rev="", end="2026-01", rag="G", status="green",
             note="Equipment installed; member training booked for 20 January."),
    ]),
    ("Workstream 3: Workforce and Culture", "Sponsor: Chief Executive", [
        dict(ref="WC1", action="Roll out the new performance conversation framework to all managers",
             lead_cell="HR and OD Manager", lead=["HR and OD Manager"],
             base="30/11/2025", rev="", end="2025-11", rag="C", status="blue",
             note="All 48 managers briefed; framework in use from 1 December."),
        dict(ref="WC2", action="Run the all-staff survey and publish the results with an action plan",
             lead_cell="HR and OD Manager / Communications Manager",
             lead=["HR and OD Manager", "Communications Manager"],
             base="Feb 2026", rev="Mar 2026", end="2026-03", rag="A", status="amber",
             note="Survey closed with a 61% response rate; publication moved to March to allow team briefings."),
        dict(ref="WC3", action="Agree a grow-our-own and apprenticeship plan for hard-to-recruit roles",
             lead_cell="Strategic Director (Resources)", lead=["Strategic Director (Resources)"],
             base="31/03/2026", rev="", end="2026-03", rag="G", status="green",
             note="Roles identified with service managers; draft plan to SLT in February."),
    ]),
]


def make_hr():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Forest of Dean District Council"
    doc.add_paragraph(HR_TITLE, style="Title")
    doc.add_paragraph("Report to Overview and Scrutiny Committee, 22 January 2026")
    doc.add_paragraph("Reporting period: October – December 2025")

    doc.add_heading("Programme summary", level=2)
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for i, (h, v) in enumerate([("Programme", "Transformation Programme"), ("Overall", "A"),
                                ("Time", "A"), ("Cost", "G"), ("Benefits", "G")]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        set_cell(t.rows[1].cells[i], v)
        if v in ("A", "G"):
            shade(t.rows[1].cells[i], FILL["amber" if v == "A" else "green"])
    doc.add_paragraph("Key: G – on track; A – at risk but recoverable; R – off track, intervention needed; "
                      "C – complete.")

    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Revised date", "Status", "Commentary"]
    colours = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    for ws, sponsor, acts in HR_WS:
        doc.add_heading(ws, level=2)
        doc.add_paragraph(sponsor)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for a in acts:
            c = t.add_row().cells
            for i, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["base"], a["rev"], a["rag"], a["note"]]):
                set_cell(c[i], v)
            shade(c[5], FILL[colours[a["rag"]]])

    doc.add_heading("Key risks and issues", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Risk / issue", "Impact", "Mitigation", "Owner"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Capacity in the ICT team while the telephony and portal projects overlap",
                 "Slippage to CA2 and CA3", "Fixed-term developer post approved", "Programme Manager"),
                ("No partner interest in surplus office space", "Savings target for 2026/27 at risk",
                 "Options paper including commercial letting", "Head of Assets and Property")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(c[i], v)
    doc.add_heading("Decisions required from Programme Board", level=2)
    doc.add_paragraph("None this period.")
    doc.save(path(HR_NAME))


def hr_expected():
    acts = []
    for ws, _sp, items in HR_WS:
        for a in items:
            acts.append(action_entry(a, [ws]))
    return dict(
        source=("Imitates a district council transformation programme highlight report to Overview and Scrutiny "
                "(Forest of Dean DC, Quarter 3 2025/26); modelled on council highlight reports that give overall "
                "time/cost/benefits RAG and milestones by workstream. Copied features: council name in the page "
                "header, programme summary RAG table, key line with C = complete, one table per workstream under "
                "a heading with a sponsor line, baseline and revised dates, single-letter status with fill, two "
                "owners in one cell, and a key risks table and decisions section that are not milestones."),
        reads=("A quarterly highlight report: three workstreams, each a heading, a sponsor line and a table of three "
               "milestones with owner, baseline and revised date, a G/A/R/C status and commentary. The summary, "
               "key risks and decisions parts are not actions; where a revised date is given it is the end."),
        outcome="read", accept_refusal=False, title=HR_TITLE, actions=acts)


# ============================================================ 3. Maternity plan (xlsx)
MAT_NAME = "ht2-queen-elizabeth-hospital-kings-lynn-maternity-neonatal-improvement-plan.xlsx"
MAT_TITLE = "Maternity and Neonatal Improvement Plan 2025/26"
D = dt.datetime
MAT = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("Objective 1: Care that is personalised", [
            dict(ref="1.1", source="3YDP / MIS Safety Action 7",
                 action="Offer every woman a personalised care and support plan at booking and review it at 28 and 36 weeks.",
                 lead_cell="Digital Midwife; Community Midwifery Matron",
                 lead=["Digital Midwife", "Community Midwifery Matron"],
                 orig=D(2025, 6, 30), rev=D(2025, 12, 31), end="2025-12", prev="A", rag="B", status="blue",
                 note="Personalised care plan live on BadgerNet; December 2025 audit showed 91% compliance."),
            dict(ref="1.2", source="MNVP feedback",
                 action="Co-produce revised antenatal information on induction of labour with the Maternity and Neonatal Voices Partnership.",
                 lead_cell="Consultant Midwife", lead=["Consultant Midwife"],
                 orig=D(2025, 9, 30), rev=None, end="2025-09", prev="G", rag="B", status="blue",
                 note="Leaflet and video published September 2025."),
        ]),
        ("Objective 2: Improve equity for mothers and babies", [
            dict(ref="1.3", source="3YDP",
                 action="Publish the maternity equity and equality action plan, aligned with the Norfolk and Waveney LMNS plan.",
                 lead_cell="Head of Midwifery / LMNS Equity Lead",
                 lead=["Head of Midwifery", "LMNS Equity Lead"],
                 orig=D(2025, 3, 31), rev=D(2026, 3, 31), end="2026-03", prev="R", rag="A", status="amber",
                 note="Data pack complete; engagement with local communities extended to February 2026."),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("Objective 5: Grow our workforce", [
            dict(ref="2.1", source="Birthrate Plus review 2024",
                 action="Recruit to the Birthrate Plus establishment, including 8.4 WTE additional midwives.",
                 lead_cell="Director of Midwifery", lead=["Director of Midwifery"],
                 orig=D(2026, 3, 31), rev=None, end="2026-03", prev="A", rag="A", status="amber",
                 note="5.0 WTE appointed; 3.4 WTE newly qualified midwives start in March 2026."),
        ]),
        ("Objective 7: Invest in skills", [
            dict(ref="2.2", source="MIS Safety Action 8",
                 action="Achieve 90% compliance with PROMPT multidisciplinary emergency training for every staff group.",
                 lead_cell="Practice Development Midwife\nClinical Director for Obstetrics",
                 lead=["Practice Development Midwife", "Clinical Director for Obstetrics"],
                 orig=D(2025, 12, 31), rev=None, end="2025-12", prev="G", rag="R", status="red",
                 note="Compliance 78% (obstetric anaesthetists 64%); extra sessions booked for February and March 2026."),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("Objective 9: Learning and improving", [
            dict(ref="3.1", source="PSIRF",
                 action="Complete the move of maternity incident review to PSIRF, with a weekly maternity and neonatal incident review meeting.",
                 lead_cell="Maternity Governance Lead", lead=["Maternity Governance Lead"],
                 orig=D(2025, 10, 31), rev=None, end="2025-10", prev="G", rag="B", status="blue",
                 note="Weekly meeting in place since October 2025; terms of reference approved."),
            dict(ref="3.2", source="HSSIB / PMRT",
                 action="Share learning from HSSIB and PMRT reviews through a monthly ‘Safety Spotlight’ bulletin.",
                 lead_cell="Maternity Governance Lead and Patient Safety Partner",
                 lead=["Maternity Governance Lead", "Patient Safety Partner"],
                 orig="Monthly", rev=None, end=None, end_text="Monthly", prev="G", rag="G", status="green",
                 note="Issues published in October, November and December."),
        ]),
        ("Objective 10: Support and oversight", [
            dict(ref="3.3", source="MIS Safety Action 9",
                 action="Hold a monthly safety champions walkabout with the board-level champion and report themes to the Quality Committee.",
                 lead_cell="Chief Nurse (Board Safety Champion)", lead=["Chief Nurse (Board Safety Champion)"],
                 orig=D(2026, 1, 31), rev=None, end="2026-01", prev="A", rag="G", status="green",
                 note="Walkabouts held monthly since September; themes reported in the January Quality Committee paper."),
        ]),
    ]),
    ("Theme 4: Meeting and improving standards and structures that underpin our national ambition", [
        ("Objective 11: Standards to ensure best practice", [
            dict(ref="4.1", source="SBLCBv3",
                 action="Implement all six elements of Saving Babies' Lives Care Bundle version 3, with at least 70% compliance in each element.",
                 lead_cell="Consultant Obstetrician (SBLCB Lead)", lead=["Consultant Obstetrician (SBLCB Lead)"],
                 orig=D(2025, 11, 30), rev=D(2026, 2, 28), end="2026-02", prev="A", rag="G", status="green",
                 note="Elements 1-5 above 70%; element 6 (diabetes) at 66% and improving."),
        ]),
        ("Objective 12: Data to inform learning", [
            dict(ref="4.2", source="MIS Year 7",
                 action="Complete the Maternity Incentive Scheme Year 7 Board declaration and submit the evidence to NHS Resolution.",
                 lead_cell="Director of Midwifery; Associate Director of Quality",
                 lead=["Director of Midwifery", "Associate Director of Quality"],
                 orig=D(2026, 3, 3), rev=None, end="2026-03", prev="G", rag="G", status="green",
                 note="Evidence folders 8 of 10 complete; Board declaration scheduled for February Board."),
        ]),
    ]),
]

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RAGFILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def make_mat():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust"
    cov["A2"] = MAT_TITLE
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"].font = Font(bold=True, size=16)
    rows = [("Version", "2.4"), ("Date", "05/02/2026"), ("Executive lead", "Chief Nurse"),
            ("Reporting to", "Quality Committee and Board Maternity Safety Champions"),
            ("Status", "Approved – monthly update")]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov.cell(10, 1, "RAG key").font = Font(bold=True)
    key = [("B", "Completed, with evidence of sustained delivery"), ("G", "On track"),
           ("A", "At risk of delay – mitigation in place"), ("R", "Off track or overdue")]
    for i, (k, v) in enumerate(key, start=11):
        c = cov.cell(i, 1, k)
        c.fill = PatternFill("solid", fgColor=FILL[RAGFILL[k]])
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = MAT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Themes and objectives follow the NHS England Three-year delivery plan for maternity and "
                "neonatal services (March 2023).")
    heads = ["Ref", "Source", "Action", "Lead(s)", "Original date", "Revised date", "Previous RAG",
             "Current RAG", "Progress / evidence"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, objs in MAT:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for obj, acts in objs:
            ws.cell(r, 1, obj).font = Font(italic=True, bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor=FILL["obj"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for a in acts:
                vals = [a["ref"], a["source"], a["action"], a["lead_cell"], a["orig"], a["rev"],
                        a["prev"], a["rag"], a["note"]]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col in (7, 8):
                    v = ws.cell(r, col).value
                    ws.cell(r, col).fill = PatternFill("solid", fgColor=FILL[RAGFILL[v]])
                    ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    r += 1
    ws.cell(r, 1, "Note: completed (B) actions stay on the plan until the Quality Committee has confirmed "
                  "evidence of sustained delivery.")
    for col, w in zip("ABCDEFGHI", [6, 18, 55, 28, 12, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by current RAG – February 2026"
    sm["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _t, objs in MAT:
        for _o, acts in objs:
            for a in acts:
                counts[a["rag"]] += 1
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    for i, k in enumerate(["B", "G", "A", "R"], start=4):
        sm.cell(i, 1, k).fill = PatternFill("solid", fgColor=FILL[RAGFILL[k]])
        sm.cell(i, 2, counts[k])
    sm.cell(8, 1, "Total")
    sm.cell(8, 2, sum(counts.values()))
    wb.save(path(MAT_NAME))


def mat_expected():
    acts = []
    for theme, objs in MAT:
        for obj, items in objs:
            for a in items:
                acts.append(action_entry(a, [theme, obj]))
    return dict(
        source=("Imitates an NHS trust maternity and neonatal improvement plan reported to the Quality Committee "
                "(The Queen Elizabeth Hospital King's Lynn NHS FT, 2025/26), structured by the themes and objectives "
                "of NHS England's Three-year delivery plan for maternity and neonatal services (March 2023). Copied "
                "features: cover sheet with document control and RAG key, merged theme rows and objective rows, a "
                "source column (3YDP, MIS safety actions, SBLCBv3), original and revised dates as real dates, "
                "previous and current RAG letters with fill, several leads in one cell, a notes line and a summary "
                "sheet of counts."),
        reads=("A three-sheet workbook whose 'Improvement Plan' sheet lists ten numbered actions under four 3YDP "
               "themes and their objectives, each with leads, original and revised dates and previous and current "
               "B/G/A/R ratings. The cover and summary sheets are not actions; the revised date and the current RAG "
               "are the ones read."),
        outcome="read", accept_refusal=False, title=MAT_TITLE, actions=acts)


# ============================================================ 4. Risk register (xlsx, refuse)
RR_NAME = "ht2-west-devon-bc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"
RR_TITLE = "West Devon Borough Council – Strategic Risk Register"
RR = [
    dict(no="SR01", risk=("Financial sustainability\nThe Council is unable to set a balanced budget over the medium "
                          "term because of rising demand for temporary accommodation, pay inflation and uncertainty "
                          "about the Fair Funding Review."),
         owner="Section 151 Officer", inh="5 x 4 = 20",
         controls="Medium Term Financial Strategy; monthly budget monitoring to SLT; earmarked reserves policy.",
         res="4 x 4 = 16", dot="↔",
         actions=[("Refresh the Medium Term Financial Strategy for 2026/27 to 2030/31 and present it to Council.",
                   "Head of Finance", "February 2026", "On track"),
                  ("Deliver the £450k savings and income plan agreed for 2026/27.",
                   "Senior Leadership Team", "March 2026", "Amber")]),
    dict(no="SR02", risk=("Local government reorganisation\nReorganisation in Devon diverts capacity from services "
                          "and delays decisions on assets and long-term contracts."),
         owner="Chief Executive", inh="4 x 4 = 16",
         controls="LGR programme board; joint working with Devon district councils; Section 24 direction monitoring.",
         res="4 x 3 = 12", dot="↑",
         actions=[("Submit the final proposal for local government reorganisation in Devon with partner councils.",
                   "Chief Executive", "November 2025", "Complete"),
                  ("Set up a cross-party member working group on reorganisation and agree its terms of reference.",
                   "Director of Strategy and Governance", "Janaury 2026", "On track")]),
    dict(no="SR03", risk=("Cyber security\nA successful cyber attack disrupts services and leads to loss of "
                          "personal data."),
         owner="Head of IT", inh="4 x 5 = 20",
         controls="PSN compliance; managed detection and response service; staff phishing training.",
         res="3 x 5 = 15", dot="↔",
         actions=[("Reach the Cyber Assessment Framework baseline profile for local government.",
                   "Head of IT", "June 2026", "On track"),
                  ("Run a cyber incident exercise with the Senior Leadership Team.",
                   "Head of IT / Emergency Planning Officer", "March 2026", "Not started")]),
    dict(no="SR04", risk=("Housing and homelessness\nDemand for temporary accommodation exceeds supply and the "
                          "cost of bed and breakfast placements increases."),
         owner="Director of Place", inh="5 x 4 = 20",
         controls="Homelessness prevention grant; landlord incentive scheme; weekly placements review.",
         res="4 x 4 = 16", dot="↓",
         actions=[("Buy eight units of temporary accommodation through the Local Authority Housing Fund.",
                   "Head of Housing", "September 2026", "Amber")]),
    dict(no="SR05", risk=("Workforce capacity\nThe Council cannot recruit or retain staff in planning, "
                          "environmental health and legal services."),
         owner="Director of Resources", inh="4 x 3 = 12",
         controls="Market supplements; shared services with South Hams; agile working policy.",
         res="3 x 3 = 9", dot="↔",
         actions=[("Implement the recruitment and retention plan, including career-graded posts in planning.",
                   "Head of HR", "April 2026", "On track")]),
]


def make_rr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws["A1"] = RR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 (October – December 2025)"
    ws["A3"] = ("Reviewed by the Senior Leadership Team on 8 January 2026; reported to the Audit and Governance "
                "Committee on 27 January 2026.")
    heads = ["Risk No.", "Risk title and description", "Risk owner", "Inherent score (L x I)",
             "Existing controls", "Residual score (L x I)", "Direction of travel", "Further action required",
             "Action owner", "Target date", "Action status"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    for risk in RR:
        top = r
        for (act, owner, date, status) in risk["actions"]:
            for i, v in enumerate([act, owner, date, status], start=8):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if "Janaury" in date:
                typo_row = r
            r += 1
        for i, k in enumerate(["no", "risk", "owner", "inh", "controls", "res", "dot"], start=1):
            c = ws.cell(top, i, risk[k])
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=i, end_row=r - 1, end_column=i)
        score = int(risk["res"].split("=")[1])
        ws.cell(top, 6).fill = PatternFill("solid", fgColor=FILL["red" if score >= 15 else "amber" if score >= 9 else "green"])
    r += 1
    ws.cell(r, 1, "Direction of travel since Quarter 2: ↑ increasing, ↓ decreasing, ↔ no change. "
                  "Scores of 15 and above are red, 9 to 14 amber, 8 and below green.")
    for col, w in zip("ABCDEFGHIJK", [8, 45, 18, 12, 40, 12, 10, 45, 22, 14, 12]):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Likelihood (L) x Impact (I) scoring"
    mx["A1"].font = Font(bold=True)
    for i, (n, l, im) in enumerate([(1, "Rare", "Negligible"), (2, "Unlikely", "Minor"), (3, "Possible", "Moderate"),
                                    (4, "Likely", "Major"), (5, "Almost certain", "Critical")], start=3):
        mx.cell(i, 1, n)
        mx.cell(i, 2, l)
        mx.cell(i, 3, im)
    wb.save(path(RR_NAME))
    return typo_row


def rr_expected(typo_row):
    return dict(
        source=("Imitates a district council strategic risk register reported quarterly to an Audit and Governance "
                "Committee (West Devon BC, Quarter 3 2025/26); no single source URL. Copied features: title, quarter "
                "and review lines, inherent and residual L x I scores, existing controls, direction-of-travel arrows, "
                "risk cells merged down over several further actions, action owner, text target dates and action "
                "status, a footnote on scoring and a separate scoring-matrix sheet."),
        reads=("A risk register of five strategic risks, each with one or two further actions carrying an owner, a "
               "target month and a status. The target date of the second action under SR02 reads 'Janaury 2026', a "
               "mistyped month, so a careful reader stops there and asks what was meant before reading the plan."),
        outcome="refuse", accept_refusal=False, refuse_at=typo_row, title=RR_TITLE)


# ============================================================ 5. DHR (xlsx)
DHR_NAME = "ht2-south-worcestershire-csp-dhr-grace-action-plan.xlsx"
DHR_TITLE = "Domestic Homicide Review ‘Grace’ – Action Plan"
DHR = [
    ("Overview Report Recommendations", [
        ("1. South Worcestershire Community Safety Partnership should seek assurance that partner agencies ask "
         "about domestic abuse when an older person discloses a change in their caring relationship.", "Local", [
            dict(ref="1.1",
                 action="Include older people and carer-perpetrated abuse in the refreshed Worcestershire domestic abuse routine enquiry guidance.",
                 lead_cell="Worcestershire County Council Domestic Abuse Partnership Manager",
                 lead=["Worcestershire County Council Domestic Abuse Partnership Manager"],
                 miles="Guidance refreshed and agreed by the Domestic Abuse Partnership Board.",
                 date=D(2025, 9, 30), end="2025-09", done="Completed 22/10/2025 – guidance published on the partnership website.",
                 fill="green", status="blue"),
            dict(ref="1.2",
                 action="Deliver a briefing to adult social care and carers’ support staff on recognising abuse within caring relationships.",
                 lead_cell="Worcestershire County Council Adult Social Care / Worcestershire Association of Carers",
                 lead=["Worcestershire County Council Adult Social Care", "Worcestershire Association of Carers"],
                 miles="Briefing content drafted with the DHR Chair.",
                 date="March 2026", end="2026-03", done="", fill="amber", status="amber"),
        ]),
        ("2. The CSP should write to the Home Office asking that the statutory guidance reflects the risks to "
         "older victims who are also carers.", "National", [
            dict(ref="2.1",
                 action="Letter from the CSP Chair to the Home Office Domestic Homicide Review team.",
                 lead_cell="South Worcestershire CSP Chair", lead=["South Worcestershire CSP Chair"],
                 miles="Letter agreed by the DHR panel.",
                 date=D(2025, 7, 31), end="2025-07", done="Letter sent 18/07/2025; acknowledgement received.",
                 fill="green", status="blue"),
        ]),
        ("3. Partners should make MARAC referrals for victims aged 60 and over where a DASH risk assessment has "
         "not been completed but professional judgement indicates high risk.", "Local", [
            dict(ref="3.1",
                 action="Audit MARAC referrals for victims aged 60 and over received between April and September 2025.",
                 lead_cell="MARAC Coordinator", lead=["MARAC Coordinator"],
                 miles="Audit delayed pending data extraction from the police system.",
                 date=D(2025, 12, 31), end="2025-12", done="", fill="red", status="red"),
            dict(ref="3.2",
                 action="Add a professional judgement prompt to the multi-agency MARAC referral form.",
                 lead_cell="MARAC Steering Group", lead=["MARAC Steering Group"],
                 miles="Revised form agreed by the MARAC Steering Group.",
                 date="Jan-26", end="2026-01", done="Completed January 2026 – new form in use.",
                 fill="green", status="blue"),
        ]),
    ]),
    ("Single Agency Recommendations", [
        ("4. West Mercia Police: officers attending incidents involving older people should consider coercive and "
         "controlling behaviour and record their rationale where no crime is recorded.", "Regional", [
            dict(ref="4.1",
                 action="Issue a force-wide learning bulletin on coercive control in older people’s relationships.",
                 lead_cell="West Mercia Police Domestic Abuse Lead", lead=["West Mercia Police Domestic Abuse Lead"],
                 miles="Bulletin published on the force intranet.",
                 date=D(2025, 10, 31), end="2025-10", done="Completed October 2025.",
                 fill="green", status="blue"),
            dict(ref="4.2",
                 action="Dip-sample 50 domestic incidents with victims aged 65 and over to test recording of the rationale.",
                 lead_cell="West Mercia Police Public Protection Unit", lead=["West Mercia Police Public Protection Unit"],
                 miles="",
                 date="June 2026", end="2026-06", done="", fill=None, status="unrated"),
        ]),
        ("5. Worcestershire Acute Hospitals NHS Trust: frailty and emergency department staff should use routine "
         "enquiry with older patients who attend with a family carer.", "Local", [
            dict(ref="5.1",
                 action="Add routine enquiry to the frailty assessment template and identify a private space in which to ask.",
                 lead_cell="Named Nurse Safeguarding Adults", lead=["Named Nurse Safeguarding Adults"],
                 miles="Template change submitted to the digital team.",
                 date=D(2026, 2, 28), end="2026-02", done="", fill="amber", status="amber"),
        ]),
        ("6. Herefordshire and Worcestershire Health and Care NHS Trust: community mental health staff should "
         "include the needs of carers in risk assessments.", "Local", [
            dict(ref="6.1",
                 action="Update the clinical risk assessment policy to include a carer’s own needs and capacity to care.",
                 lead_cell="Associate Director of Nursing (Safeguarding)", lead=["Associate Director of Nursing (Safeguarding)"],
                 miles="Policy consulted on with the Trust’s carers’ group.",
                 date=D(2026, 3, 31), end="2026-03", done="Policy approved February 2026.",
                 fill="green", status="blue"),
        ]),
    ]),
]


def make_dhr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = DHR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "South Worcestershire Community Safety Partnership – updated for the DHR Steering Group, 14 January 2026"
    heads = ["Ref", "Recommendation", "Scope of recommendation (Local / Regional / National)", "Action to take",
             "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for section, recs in DHR:
        ws.cell(r, 1, section).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="7030A0")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, scope, acts in recs:
            top = r
            for a in acts:
                vals = [a["ref"], None, None, a["action"], a["lead_cell"], a["miles"], a["date"], a["done"], None]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["fill"]:
                    ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILL[a["fill"]])
                r += 1
            ws.cell(top, 2, rec).alignment = WRAP
            ws.cell(top, 3, scope).alignment = WRAP
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for colour, meaning in [("red", "Overdue"), ("amber", "In progress"), ("green", "Completed")]:
        r += 1
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=FILL[colour])
        ws.cell(r, 2, meaning)
    r += 2
    ws.cell(r, 1, "Single agency actions are monitored by each agency and reported by exception to the Steering Group.")
    for col, w in zip("ABCDEFGHI", [6, 45, 16, 45, 30, 35, 12, 32, 6]):
        ws.column_dimensions[col].width = w
    wb.save(path(DHR_NAME))


def dhr_expected():
    acts = []
    for section, recs in DHR:
        for rec, _scope, items in recs:
            for a in items:
                acts.append(action_entry(a, [section, rec]))
    return dict(
        source=("Imitates a community safety partnership DHR action plan on the Home Office action plan template "
                "(South Worcestershire CSP, DHR 'Grace', 2025-26); no single source URL. Copied features: the "
                "template's columns (recommendation, scope Local/Regional/National, action to take, lead agency, key "
                "milestones, target date, date of completion and outcome), overview-report and single-agency sections "
                "as merged band rows, recommendation and scope merged down over their actions, a fill-only RAG column "
                "with a key where green means completed, mixed real and text dates, and a notes line."),
        reads=("One sheet: two bands (overview report and single agency recommendations), six numbered "
               "recommendations merged over nine numbered actions with lead agency, milestones, target date and a "
               "RAG fill. The key says green is completed (no blue), so green fills read as complete; an unfilled "
               "RAG cell is unrated."),
        outcome="read", accept_refusal=False, title=DHR_TITLE, actions=acts)


# ============================================================ 6. ICB board action log (csv)
ICB_NAME = "ht2-nhs-north-west-london-icb-board-action-log.csv"
ICB_TITLE = "NHS North West London Integrated Care Board – Board Meeting in Public Action Log"
ICB = [
    dict(ref="BD/25/031", meet="29/07/2025", item="Chief Executive's report",
         action="Bring a report on the outcome of the consultation on elective orthopaedic services to a future Board meeting.",
         lead_cell="Chief Strategy Officer", lead=["Chief Strategy Officer"],
         date="25/11/2025", end="2025-11", upd="Report received at item 9, 25 November 2025.", rag="Complete", status="blue"),
    dict(ref="BD/25/038", meet="30/09/2025", item="Quality and safety report",
         action="Provide an update on the actions taken to reduce 12-hour waits in emergency departments across North West London.",
         lead_cell="Chief Nursing Officer / Chief Medical Officer", lead=["Chief Nursing Officer", "Chief Medical Officer"],
         date="27/01/2026", end="2026-01",
         upd="To be included in the January integrated performance report.\nDeep dive on Northwick Park scheduled for February.",
         rag="Green", status="green"),
    dict(ref="BD/25/041", meet="30/09/2025", item="Finance report (Month 5)",
         action="Circulate the system financial recovery plan to Board members, setting out the risk-adjusted position.",
         lead_cell="Chief Finance Officer", lead=["Chief Finance Officer"],
         date="Oct-25", end="2025-10", upd="Circulated on 14 October 2025.", rag="Complete", status="blue"),
    dict(ref="BD/25/044", meet="30/09/2025", item="Board Assurance Framework",
         action="Review the BAF risk on primary care access with the Primary Care Committee.\nAgree a revised target risk score.",
         lead_cell="Director of Primary Care; Director of Corporate Governance",
         lead=["Director of Primary Care", "Director of Corporate Governance"],
         date="Jan-26", end="2026-01",
         upd="Discussed at the Primary Care Committee on 11 December 2025; revised score to come to the January Board.",
         rag="Amber", status="amber"),
    dict(ref="BD/25/049", meet="25/11/2025", item="Winter plan 2025/26",
         action="Report winter performance against the urgent and emergency care plan, including NHS 111 and same-day access hubs.",
         lead_cell="Chief Operating Officer", lead=["Chief Operating Officer"],
         date="March 2026", end="2026-03", upd="", rag="Green", status="green"),
    dict(ref="BD/25/050", meet="25/11/2025", item="Patient story",
         action="Arrange a Board visit to a mental health crisis assessment centre.",
         lead_cell="Director of Corporate Governance", lead=["Director of Corporate Governance"],
         date="TBC", end=None, end_text="TBC", upd="Date to be confirmed with the provider.", rag="Amber", status="amber"),
    dict(ref="BD/25/052", meet="25/11/2025", item="Population health and inequalities",
         action="Present the updated Core20PLUS5 dashboard with borough-level data for children and young people.",
         lead_cell="Director of Public Health (Ealing) and Chief Strategy Officer",
         lead=["Director of Public Health (Ealing)", "Chief Strategy Officer"],
         date="24/03/2026", end="2026-03", upd="", rag="Green", status="green"),
    dict(ref="BD/25/053", meet="25/11/2025", item="Questions from the public",
         action="Publish a written response to the questions received from the public about community pharmacy closures.",
         lead_cell="Director of Communications and Engagement", lead=["Director of Communications and Engagement"],
         date="19/12/2025", end="2025-12", upd="Response drafted; awaiting sign-off.", rag="Red", status="red"),
]


def make_icb():
    ncol = 8
    pad = [""] * (ncol - 1)
    with open(path(ICB_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([ICB_TITLE] + pad)
        w.writerow(["Updated following the meeting held on 25 November 2025"] + pad)
        w.writerow(["RAG: Complete = action closed; Green = on track; Amber = at risk of missing due date; Red = overdue"] + pad)
        w.writerow([""] * ncol)
        w.writerow(["Action No.", "Meeting date", "Agenda item", "Action", "Action owner", "Due date", "Update", "RAG"])
        for a in ICB:
            w.writerow([a["ref"], a["meet"], a["item"], a["action"], a["lead_cell"], a["date"], a["upd"], a["rag"]])
        w.writerow([""] * ncol)
        w.writerow(["Closed actions are removed from the log once they have been reported to the Board."] + pad)


def icb_expected():
    return dict(
        source=("Imitates an integrated care board's public board action log (NHS North West London ICB, "
                "2025-26), as published with board papers; no single source URL. Copied features: title, update and "
                "RAG key lines above the header, action numbers by year, meeting date and agenda item columns, job "
                "titles as owners with two owners in a cell, due dates in several forms (dd/mm/yyyy, Mon-yy, month "
                "name, TBC), a multi-line quoted update and a multi-line action, and a closing note line."),
        reads=("A CSV action log: eight actions from three board meetings, each with an action number, owner, due "
               "date, update and a RAG word (Complete, Green, Amber, Red) defined in the key line. The lines above "
               "the header and the closing note are not actions; there are no headings."),
        outcome="read", accept_refusal=False, title=ICB_TITLE,
        actions=[action_entry(a, []) for a in ICB])


# ============================================================ 7. CSP plan (txt, tab-separated)
CSP_NAME = "ht2-teignbridge-csp-partnership-plan-2025-26-action-plan.txt"
CSP_TITLE = "Teignbridge Community Safety Partnership – Partnership Plan 2025-26 Action Plan"
CSP = [
    ("Priority 1: Reducing serious violence", [
        dict(ref="1.1",
             action="Deliver the Serious Violence Duty local response plan, including a knife crime awareness week in Newton Abbot and Teignmouth secondary schools.",
             lead_cell="Teignbridge DC Community Safety Team; Devon & Cornwall Police",
             lead=["Teignbridge DC Community Safety Team", "Devon & Cornwall Police"],
             date="Q4 2025/26", end="2026-03",
             prog="Knife crime week delivered in four schools in November; local response plan in draft.", rag="G", status="green"),
        dict(ref="1.2",
             action="Install two additional bleed control kits in the night-time economy areas of Newton Abbot and Dawlish.",
             lead_cell="Teignbridge DC Community Safety Team", lead=["Teignbridge DC Community Safety Team"],
             date="By 31 December 2025", end="2025-12",
             prog="Both kits installed and registered on the national map.", rag="Complete", status="blue"),
    ]),
    ("Priority 2: Anti-social behaviour and community confidence", [
        dict(ref="2.1",
             action="Hold monthly multi-agency ASB problem-solving meetings and review all cases at risk of escalation to a Community Protection Notice.",
             lead_cell="Teignbridge DC Community Safety Team / Devon & Cornwall Police Neighbourhood Policing Team",
             lead=["Teignbridge DC Community Safety Team", "Devon & Cornwall Police Neighbourhood Policing Team"],
             date="Monthly", end=None, end_text="Monthly",
             prog="Meetings held in October, November and December; 14 cases reviewed.", rag="G", status="green"),
        dict(ref="2.2",
             action="Promote the ASB Case Review (Community Trigger) on partner websites and in the Teignbridge residents' newsletter.",
             lead_cell="Teignbridge DC Communications Team", lead=["Teignbridge DC Communications Team"],
             date="Sept 2025 – March 2026", end="2026-03", end_text="Sept 2025 – March 2026",
             prog="Website pages updated; newsletter article held over to the spring edition.", rag="A", status="amber"),
        dict(ref="2.3",
             action="Commission summer holiday youth outreach in Kingsteignton and Bovey Tracey.",
             lead_cell="Teignbridge DC Community Safety Team; Devon County Council Youth Service",
             lead=["Teignbridge DC Community Safety Team", "Devon County Council Youth Service"],
             date="July 2026", end="2026-07",
             prog="Funding bid submitted to the Police and Crime Commissioner's Community Safety Fund.", rag="G", status="green"),
    ]),
    ("Priority 3: Domestic abuse and sexual violence", [
        dict(ref="3.1",
             action="Track every Teignbridge DHR action to completion and report progress to the CSP Board.",
             lead_cell="Safer Devon Partnership DHR Coordinator", lead=["Safer Devon Partnership DHR Coordinator"],
             date="Quarterly", end=None, end_text="Quarterly",
             prog="Q3 tracker presented to this meeting.", rag="G", status="green"),
        dict(ref="3.2",
             action="Complete White Ribbon accreditation for Teignbridge District Council.",
             lead_cell="Teignbridge DC Housing Services Manager", lead=["Teignbridge DC Housing Services Manager"],
             date="February 2026", end="2026-02",
             prog="Action plan submitted; awaiting assessment by White Ribbon UK.", rag="A", status="amber"),
    ]),
    ("Priority 4: Drug and alcohol related harm", [
        dict(ref="4.1",
             action="Deliver naloxone training to housing, homelessness and hostel staff.",
             lead_cell="EDP Drug & Alcohol Services", lead=["EDP Drug & Alcohol Services"],
             date="March 2026", end="2026-03",
             prog="Only one session delivered; provider capacity raised with Public Health Devon.", rag="R", status="red"),
        dict(ref="4.2",
             action="Use the Public Spaces Protection Order review to consider alcohol-related ASB hotspots in Teignmouth town centre.",
             lead_cell="Teignbridge DC Licensing and Community Safety Manager",
             lead=["Teignbridge DC Licensing and Community Safety Manager"],
             date="October 2026", end="2026-10",
             prog="Review scoping not yet started.", rag="", status="unrated"),
    ]),
]


def make_csp():
    lines = [CSP_TITLE,
             "Quarter 3 update (October to December 2025) – for the CSP Board meeting on 21 January 2026",
             "",
             "\t".join(["Ref", "Action", "Lead partner(s)", "Timescale", "Q3 progress", "RAG"])]
    for pr, acts in CSP:
        lines.append(pr)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["date"], a["prog"], a["rag"]]))
    lines += ["",
              "Key: G = on track; A = some slippage, recoverable; R = significant concern or off track; "
              "Complete = action delivered"]
    with open(path(CSP_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def csp_expected():
    acts = []
    for pr, items in CSP:
        for a in items:
            acts.append(action_entry(a, [pr]))
    return dict(
        source=("Imitates a district community safety partnership's annual partnership plan action plan with a "
                "quarterly progress column (Teignbridge CSP, 2025-26), saved as tab-separated text; no single source "
                "URL. Copied features: title and update lines, priority lines between the numbered actions, partner "
                "organisations as leads (two in a cell, organisation names containing '&'), timescales as a quarter, "
                "'By' a date, a period, Monthly and Quarterly, G/A/R/Complete ratings, a blank rating and a key line."),
        reads=("A tab-separated action plan: four priority lines, each followed by its numbered actions (nine in all) "
               "with lead partners, timescale, Q3 progress and a rating. 'Devon & Cornwall Police' and 'EDP Drug & "
               "Alcohol Services' are single organisations; the key line at the end is not an action."),
        outcome="read", accept_refusal=False, title=CSP_TITLE, actions=acts)


# ---------------------------------------------------------------- expected
def action_entry(a, under):
    e = dict(ref=a["ref"], under=list(under), action=a["action"], lead=list(a["lead"]), end=a["end"])
    if a.get("end_text"):
        e["end_text"] = a["end_text"]
    e["status"] = a["status"]
    return e


def write_yaml(name, data):
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    data = {k: data[k] for k in order if k in data}
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)


def main():
    make_sar()
    make_hr()
    make_mat()
    typo_row = make_rr()
    make_dhr()
    make_icb()
    make_csp()
    if "--expected" in sys.argv:
        write_yaml(SAR_NAME, sar_expected())
        write_yaml(HR_NAME, hr_expected())
        write_yaml(MAT_NAME, mat_expected())
        write_yaml(RR_NAME, rr_expected(typo_row))
        write_yaml(DHR_NAME, dhr_expected())
        write_yaml(ICB_NAME, icb_expected())
        write_yaml(CSP_NAME, csp_expected())
    print("built 7 files in", HERE, "typo row", typo_row)


if __name__ == "__main__":
    main()
