#!/usr/bin/env python3
"""Build the seven tt- blind test files (set heldout508).

Run:  /work/main/.venv/bin/python tt_make.py
Writes only files whose names start with "tt-" into this folder.
Each action tuple also carries the reading a person makes of it (lead list,
end month, status) so that tt_expected.py can write the .expected.yaml files.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}


def A(ref, under, action, lead_text, lead, end_cell, end, status_cell, status,
      end_text=None, **extra):
    """One action: what is written in the file and what a person reads."""
    d = dict(ref=ref, under=under, action=action, lead_text=lead_text, lead=lead,
             end_cell=end_cell, end=end, end_text=end_text,
             status_cell=status_cell, status=status)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. St Helena Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
HOSPICE_FILE = "tt-st-helena-hospice-cqc-inspection-action-plan.docx"
HOSPICE_TITLE = "St Helena Hospice – CQC Inspection Action Plan 2025"
H_SAFE = "Key question: Safe"
H_WELL = "Key question: Well-led"
H_MD1 = ("Must do 1: The provider must ensure that medicines requiring refrigeration are "
         "stored within the safe temperature range and that action is taken when "
         "temperatures are out of range. (Regulation 12 Safe care and treatment)")
H_SD2 = ("Should do 2: The provider should ensure that all registered nurses and "
         "healthcare assistants complete safeguarding adults level 3 training in line "
         "with the intercollegiate document.")
H_MD3 = ("Must do 3: The provider must ensure that governance systems identify and act on "
         "risks in a timely way, including oversight of incidents, audit results and the "
         "clinical risk register. (Regulation 17 Good governance)")

HOSPICE_SECTIONS = [
    (H_SAFE, [
        (H_MD1, [
            A("1.1", [H_SAFE, H_MD1],
              "Replace the two inpatient unit medicines fridges with data-logging fridges "
              "linked to the estates alarm system.",
              "Estates Manager", ["Estates Manager"], "28/02/2025", "2025-02",
              "Complete", "blue",
              update="Installed 19/02/2025 and validated by the Lead Pharmacist."),
            A("1.2", [H_SAFE, H_MD1],
              "Add a daily fridge temperature check to the nurse-in-charge handover sheet, "
              "with an escalation flowchart displayed on each fridge.",
              "Ward Manager / Lead Pharmacist", ["Ward Manager", "Lead Pharmacist"],
              "March 2025", "2025-03", "Complete", "blue",
              update="Handover sheet v4 in use from 3 March 2025."),
            A("1.3", [H_SAFE, H_MD1],
              "Audit fridge temperature records monthly for three months and report "
              "compliance to the Clinical Governance Group.",
              "Head of Quality and Compliance", ["Head of Quality and Compliance"],
              "30 June 2025", "2025-06", "Green", "green",
              update="April 100%, May 97% – one missed entry followed up."),
        ]),
        (H_SD2, [
            A("2.1", [H_SAFE, H_SD2],
              "Identify all registered nurses and HCAs who need level 3 and book places on "
              "the Essex Safeguarding Adults Board course.",
              "Practice Educator", ["Practice Educator"], "April 2025", "2025-04",
              "Green", "green",
              update="31 of 38 staff booked; remaining seven on the June cohort."),
            A("2.2", [H_SAFE, H_SD2],
              "Add safeguarding level 3 compliance to the monthly workforce dashboard.\n"
              "Escalate any member of staff more than 30 days overdue to their line manager.",
              "HR Business Partner", ["HR Business Partner"], "31/07/2025", "2025-07",
              "Amber", "amber",
              update="Dashboard field built; first report due August."),
        ]),
    ]),
    (H_WELL, [
        (H_MD3, [
            A("3.1", [H_WELL, H_MD3],
              "Review the terms of reference of the Clinical Governance Group and the "
              "Quality & Governance Committee so that audit results and incident themes "
              "are reported quarterly.",
              "Director of Patient Care", ["Director of Patient Care"], "Q1 2025/26",
              "2025-06", "Green", "green",
              update="Draft terms of reference to trustees on 12 June."),
            A("3.2", [H_WELL, H_MD3],
              "Commission an external review of the clinical risk register and agree a "
              "revised risk appetite statement with the Board of Trustees.",
              "Chief Executive / Chair of Trustees", ["Chief Executive", "Chair of Trustees"],
              "September 2025", "2025-09", "Amber", "amber",
              update="Reviewer appointed; fieldwork delayed to July."),
            A("3.3", [H_WELL, H_MD3],
              "Implement the incident module of the new quality management system and "
              "train all band 6 and above staff to review incidents under PSIRF.",
              "Head of Quality and Compliance", ["Head of Quality and Compliance"],
              "Dec-25", "2025-12", "Not started", "unrated",
              update="Procurement to complete first."),
        ]),
    ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def header_row(table, labels):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True, colour="FFFFFF")
        shade(c, FILL["head"])


RAG_WORD_FILL = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
                 "On track": "green", "At risk": "amber", "Off track": "red"}


def make_hospice():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(HOSPICE_TITLE, level=1)
    doc.add_paragraph("Myland Hall inpatient unit, community services and Hospice at Home")
    doc.add_paragraph("Inspection: 14 and 15 January 2025    Report published: 26 March 2025    "
                      "Overall rating: Requires improvement (Safe and Well-led: Requires "
                      "improvement; Effective, Caring, Responsive: Good)")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [("Version", "1.4"), ("Owner", "Director of Patient Care"),
            ("Approved by", "Quality & Governance Committee, 10 April 2025"),
            ("Last updated", "2 June 2025"),
            ("Next review", "Quality & Governance Committee, 11 September 2025")]
    for r, (a, b) in zip(t.rows, rows):
        set_cell(r.cells[0], a, bold=True)
        set_cell(r.cells[1], b)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    key = [("Complete", "Action delivered and evidence held in the CQC evidence folder"),
           ("Green", "On track to deliver by the completion date"),
           ("Amber", "Some slippage – completion date at risk"),
           ("Red", "Overdue or will not be delivered without escalation")]
    for r, (a, b) in zip(k.rows, key):
        set_cell(r.cells[0], a, bold=True)
        shade(r.cells[0], FILL[RAG_WORD_FILL[a]])
        set_cell(r.cells[1], b)

    cols = ["Ref", "Action", "Lead", "Completion date", "Progress update", "RAG"]
    for heading, blocks in HOSPICE_SECTIONS:
        doc.add_paragraph()
        doc.add_heading(heading, level=2)
        nrows = 1 + sum(1 + len(acts) for _, acts in blocks)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for rec, acts in blocks:
            row = t.rows[r]
            m = row.cells[0].merge(row.cells[len(cols) - 1])
            set_cell(m, rec, bold=True)
            shade(m, FILL["band"])
            r += 1
            for a in acts:
                cells = t.rows[r].cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["lead_text"])
                set_cell(cells[3], a["end_cell"])
                set_cell(cells[4], a["update"])
                set_cell(cells[5], a["status_cell"])
                if a["status_cell"] in RAG_WORD_FILL:
                    shade(cells[5], FILL[RAG_WORD_FILL[a["status_cell"]]])
                r += 1

    doc.add_paragraph()
    doc.add_paragraph("Notes: progress against this plan is reported to every Quality & "
                      "Governance Committee and to the Board of Trustees twice a year. Evidence "
                      "for closed actions is held in the CQC evidence folder on SharePoint.")
    doc.add_paragraph().add_run("Sign-off").bold = True
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for r, vals in zip(s.rows, [("Role", "Name", "Date"),
                                ("Registered Manager", "Claire Denholm", "02/06/2025"),
                                ("Chair, Quality & Governance Committee", "Dr Peter Ayres",
                                 "04/06/2025")]):
        for c, v in zip(r.cells, vals):
            set_cell(c, v)
    doc.save(os.path.join(HERE, HOSPICE_FILE))


# ---------------------------------------------------------------------------
# 2. Sellafield Ltd - ONR cyber security improvement plan (docx)
# ---------------------------------------------------------------------------
SELLA_FILE = "tt-sellafield-ltd-onr-cyber-security-improvement-plan.docx"
SELLA_TITLE = "Sellafield Ltd – Cyber Security Improvement Plan"
W1 = "Workstream 1: Governance and Assurance"
W2 = "Workstream 2: IT Health Checks and Vulnerability Management"
W3 = "Workstream 3: Operational Technology"
RI1 = ("Regulatory Issue 11279 – Cyber security governance: Sellafield Ltd to demonstrate "
       "effective Board oversight of cyber security risk and an independent second line of "
       "assurance.")
RI2 = ("Regulatory Issue 11280 – IT health checks: Sellafield Ltd to complete annual IT health "
       "checks of systems holding sensitive nuclear information and remediate findings within "
       "agreed timescales.")
RI3 = ("Regulatory Issue 11284 – OT cyber resilience: Sellafield Ltd to demonstrate that "
       "cyber risks to operational technology supporting nuclear safety and security "
       "functions are understood and controlled.")

SELLA_SECTIONS = [
    (W1, RI1, [
        A("1.1", [W1, RI1],
          "Establish a Cyber Security Committee reporting to the Board Audit & Risk "
          "Committee, with terms of reference approved by the Board.",
          "Chief Information Security Officer", ["Chief Information Security Officer"],
          "31/03/2024", "2024-03", "Complete", "blue", revised=""),
        A("1.2", [W1, RI1],
          "Appoint an independent second-line cyber assurance lead and publish an annual "
          "cyber assurance plan.",
          "Head of Security & Resilience", ["Head of Security & Resilience"],
          "30/06/2024", "2024-10", "Complete", "blue", revised="31/10/2024"),
        A("1.3", [W1, RI1],
          "Report cyber security KPIs monthly to the Executive Committee and quarterly to "
          "the NDA.",
          "CISO / Company Secretary", ["CISO", "Company Secretary"],
          "30/09/2025", "2025-09", "On track", "green", revised=""),
    ]),
    (W2, RI2, [
        A("2.1", [W2, RI2],
          "Complete the 2024 IT health check of the corporate network using a CHECK-assured "
          "supplier.",
          "Director of IT", ["Director of IT"],
          "31/07/2024", "2024-07", "Complete", "blue", revised=""),
        A("2.2", [W2, RI2],
          "Remediate all critical and high vulnerabilities identified in the 2024 IT health "
          "check.",
          "Director of IT", ["Director of IT"],
          "31/12/2024", "2025-06", "At risk", "amber", revised="30/06/2025"),
        A("2.3", [W2, RI2],
          "Replace or isolate end-of-life servers hosting sensitive nuclear information.\n"
          "Confirm isolation through independent penetration testing.",
          "Head of Digital Delivery", ["Head of Digital Delivery"],
          "31/03/2025", "2025-03", "Off track", "red", revised=""),
    ]),
    (W3, RI3, [
        A("3.1", [W3, RI3],
          "Complete an asset inventory of operational technology across the Retrievals and "
          "Remediation value streams.",
          "Head of OT Cyber Security", ["Head of OT Cyber Security"],
          "Q2 2025/26", "2025-09", "On track", "green", revised=""),
        A("3.2", [W3, RI3],
          "Deliver an OT cyber incident response exercise with the NDA group CSIRT, with ONR "
          "observers invited.",
          "Head of OT Cyber Security; Emergency Planning Manager",
          ["Head of OT Cyber Security", "Emergency Planning Manager"],
          "March 2026", "2026-03", "Not started", "unrated", revised=""),
    ]),
]


def make_sellafield():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("OFFICIAL").bold = True
    doc.add_heading(SELLA_TITLE, level=0)
    doc.add_paragraph("Response to ONR significantly enhanced regulatory attention "
                      "(cyber security) – progress report for the Board Audit & Risk "
                      "Committee, July 2025")

    doc.add_paragraph().add_run("Version history").bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for r, vals in zip(t.rows, [("Version", "Date", "Author", "Change"),
                                ("1.0", "12/02/2024", "CISO Office", "First issue to ONR"),
                                ("2.0", "14/01/2025", "CISO Office",
                                 "Revised dates agreed with ONR following IT health check"),
                                ("2.3", "08/07/2025", "CISO Office", "Q1 2025/26 progress")]):
        for c, v in zip(r.cells, vals):
            set_cell(c, v, bold=(vals[0] == "Version"))

    doc.add_heading("Part A – Summary", level=1)
    doc.add_paragraph("The plan contains eight improvement actions across three workstreams. "
                      "Status at 30 June 2025:")
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for r, vals in zip(t.rows, [("Status", "Number of actions"), ("Complete", "3"),
                                ("On track", "2"), ("At risk", "1"), ("Off track", "1"),
                                ("Not started", "1")]):
        for c, v in zip(r.cells, vals):
            set_cell(c, v, bold=(vals[0] == "Status"))
    doc.add_paragraph("Status key: Complete – closed and evidence accepted by ONR (blue); "
                      "On track (green); At risk – original target may be missed (amber); "
                      "Off track – revised date required (red).")

    doc.add_heading("Part B – Improvement actions", level=1)
    cols = ["Action ID", "Improvement action", "Accountable owner", "Original target",
            "Revised target", "Status"]
    for ws, ri, acts in SELLA_SECTIONS:
        doc.add_heading(ws, level=2)
        p = doc.add_paragraph()
        p.add_run(ri).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for row, a in zip(t.rows[1:], acts):
            c = row.cells
            set_cell(c[0], a["ref"])
            set_cell(c[1], a["action"])
            set_cell(c[2], a["lead_text"])
            set_cell(c[3], a["end_cell"])
            set_cell(c[4], a["revised"])
            set_cell(c[5], a["status_cell"])
            if a["status_cell"] in RAG_WORD_FILL:
                shade(c[5], FILL[RAG_WORD_FILL[a["status_cell"]]])
        doc.add_paragraph()
    doc.add_paragraph("Closure of each Regulatory Issue is a decision for ONR. Actions marked "
                      "Complete remain in the plan until ONR confirms closure.")
    doc.save(os.path.join(HERE, SELLA_FILE))


# ---------------------------------------------------------------------------
# 3. East Midlands CCA - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
EMCCA_FILE = "tt-east-midlands-cca-internal-audit-recommendations-tracker.xlsx"
EMCCA_TITLE = "Internal Audit Recommendations Tracker – October 2025"
AU1 = "Audit: Grant Management and Assurance (2024/25) – Limited Assurance"
AU2 = "Audit: Adult Skills Fund – Devolved Funding Controls (2024/25) – Reasonable Assurance"
AU3 = "Audit: Cyber Security and IT Resilience (2025/26) – Limited Assurance"
AU4 = "Audit: Procurement and Contract Management (2025/26) – Reasonable Assurance"
R_GMA1 = ("Grant funding agreements should be issued and signed before any payment is "
          "released to a delivery partner.")
R_GMA2 = ("A central register of all grants awarded should be maintained and reconciled to the "
          "ledger quarterly.")
R_ASF1 = ("Provider funding allocations should be approved in line with the Scheme of "
          "Delegation and the decision recorded.")
R_ASF2 = ("Performance management meetings with providers should be minuted, with actions "
          "tracked to completion.")
R_CYB1 = "A tested IT disaster recovery plan should be in place for all critical systems."
R_CYB2 = ("Multi-factor authentication should be enforced for all remote access and "
          "privileged accounts.")
R_PCM1 = ("The contracts register should be complete and published in line with the "
          "Procurement Act 2023 transparency requirements.")

# (audit, [(rec, priority, [actions])])
EMCCA = [
    (AU1, [
        (R_GMA1, "High", [
            A("GMA/01a", [AU1, R_GMA1],
              "Introduce a pre-payment check in the finance system so that a signed grant "
              "funding agreement reference is required before a payment can be authorised.",
              "Head of Finance (Deputy S73 Officer)", ["Head of Finance (Deputy S73 Officer)"],
              D(2025, 3, 31), "2025-06", "B", "blue", revised=D(2025, 6, 30), prev="A",
              update="Workflow change live from 16 June 2025; tested by Internal Audit."),
            A("GMA/01b", [AU1, R_GMA1],
              "Issue refreshed guidance to programme managers on the grant approval and "
              "payment process.",
              "Programme Manager – Investment Zone", ["Programme Manager – Investment Zone"],
              D(2025, 4, 30), "2025-04", "B", "blue", revised=None, prev="G",
              update="Guidance issued 28 April 2025."),
        ]),
        (R_GMA2, "Medium", [
            A("GMA/02", [AU1, R_GMA2],
              "Develop a central grants register in SharePoint and reconcile it to the general "
              "ledger at each quarter end.",
              "Finance Business Partner; Grants Officer",
              ["Finance Business Partner", "Grants Officer"],
              D(2025, 6, 30), "2025-12", "A", "amber", revised=D(2025, 12, 31), prev="A",
              update="Register built; Q2 reconciliation found 3 unmatched items still being "
                     "resolved."),
        ]),
    ]),
    (AU2, [
        (R_ASF1, "Medium", [
            A("ASF/01", [AU2, R_ASF1],
              "Record all Adult Skills Fund allocation decisions on the officer decision notice "
              "log and publish those over £500,000.",
              "Head of Adult Skills", ["Head of Adult Skills"],
              D(2025, 7, 31), "2025-07", "G", "green", revised=None, prev="G",
              update="Log in place; publication page being added to the website."),
        ]),
        (R_ASF2, "Low", [
            A("ASF/02", [AU2, R_ASF2],
              "Adopt a standard contract management meeting template with an action log for "
              "each grant-funded provider.",
              "Contract Manager (Skills)", ["Contract Manager (Skills)"],
              D(2025, 9, 30), "2025-09", "R", "red", revised=None, prev="G",
              update="Template drafted but not yet in use owing to a vacancy; now overdue."),
        ]),
    ]),
    (AU3, [
        (R_CYB1, "High", [
            A("CYB/01a", [AU3, R_CYB1],
              "Complete a business impact analysis to identify critical systems and their "
              "recovery time objectives.",
              "ICT Service Manager", ["ICT Service Manager"],
              D(2025, 8, 31), "2025-10", "G", "green", revised=D(2025, 10, 31), prev="A",
              update="BIA workshops held with all directorates; report in final draft."),
            A("CYB/01b", [AU3, R_CYB1],
              "Test the disaster recovery plan through a desktop exercise and a live failover "
              "of the finance system.",
              "ICT Service Manager / Business Continuity Officer",
              ["ICT Service Manager", "Business Continuity Officer"],
              D(2026, 1, 31), "2026-01", "G", "green", revised=None, prev="",
              update="Exercise booked for January 2026."),
        ]),
        (R_CYB2, "High", [
            A("CYB/02", [AU3, R_CYB2],
              "Enforce MFA through conditional access policies for all staff and admin "
              "accounts, with any exceptions approved by the SIRO.",
              "ICT Service Manager", ["ICT Service Manager"],
              D(2025, 9, 30), "2025-09", "B", "blue", revised=None, prev="A",
              update="Conditional access enforced 22 September 2025; no exceptions."),
        ]),
    ]),
    (AU4, [
        (R_PCM1, "Medium", [
            A("PCM/01", [AU4, R_PCM1],
              "Cleanse the contracts register and publish contract details notices on the "
              "Central Digital Platform.",
              "Procurement Lead", ["Procurement Lead"],
              D(2026, 3, 31), "2026-03", "", "unrated", revised=None, prev="",
              update="Not yet started – audit issued 10 October 2025."),
        ]),
    ]),
]

LETTER_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c, name):
    c.fill = PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def make_emcca():
    wb = Workbook()
    # --- Summary sheet
    s = wb.active
    s.title = "Summary"
    s["A1"] = EMCCA_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("East Midlands Combined County Authority – Audit and Governance Committee, "
               "19 November 2025")
    heads = ["Audit", "Recs", "Actions", "B – Complete", "G – On track", "A – Slippage",
             "R – Overdue", "Not yet due"]
    for i, h in enumerate(heads, 1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "head")
        c.border = BOX
    tot = [0] * 7
    r = 5
    for audit, recs in EMCCA:
        acts = [a for _, _, aa in recs for a in aa]
        counts = [len(recs), len(acts)] + [sum(1 for a in acts if a["status_cell"] == k)
                                           for k in ("B", "G", "A", "R", "")]
        s.cell(row=r, column=1, value=audit[len("Audit: "):]).border = BOX
        for j, n in enumerate(counts):
            s.cell(row=r, column=2 + j, value=n).border = BOX
            tot[j] += n
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, n in enumerate(tot):
        c = s.cell(row=r, column=2 + j, value=n)
        c.font = Font(bold=True)
    s.column_dimensions["A"].width = 70
    s.cell(row=r + 2, column=1,
           value="Completed (B) actions are removed after they have been reported once.")

    # --- Tracker sheet
    t = wb.create_sheet("Tracker")
    t["A1"] = EMCCA_TITLE
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Position at 31 October 2025. Dates are dd/mm/yyyy."
    cols = ["Ref", "Recommendation", "Priority", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date",
            "Previous RAG", "Current RAG", "Progress update"]
    widths = [10, 45, 10, 55, 30, 14, 14, 10, 10, 50]
    for i, (h, w) in enumerate(zip(cols, widths), 1):
        c = t.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "head")
        c.alignment = WRAP
        c.border = BOX
        t.column_dimensions[get_column_letter(i)].width = w
    r = 5
    for audit, recs in EMCCA:
        t.cell(row=r, column=1, value=audit)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        t.cell(row=r, column=1).font = Font(bold=True)
        fill(t.cell(row=r, column=1), "band")
        r += 1
        for rec, prio, acts in recs:
            first = r
            for a in acts:
                vals = [a["ref"], rec if r == first else None, prio if r == first else None,
                        a["action"], a["lead_text"], a["end_cell"], a["revised"],
                        a["prev"] or None, a["status_cell"] or None, a["update"]]
                for i, v in enumerate(vals, 1):
                    c = t.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, key in ((8, "prev"), (9, "status_cell")):
                    if a[key] in LETTER_FILL:
                        fill(t.cell(row=r, column=col), LETTER_FILL[a[key]])
                r += 1
            if len(acts) > 1:
                t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                t.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    t.freeze_panes = "A5"

    # --- Key sheet
    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, txt) in enumerate([("B", "Complete – evidence seen by Internal Audit"),
                                  ("G", "On track to meet the target date"),
                                  ("A", "Slippage – revised date agreed or likely"),
                                  ("R", "Overdue – past the latest target date")], 2):
        c = k.cell(row=i, column=1, value=l)
        fill(c, LETTER_FILL[l])
        k.cell(row=i, column=2, value=txt)
    k["A7"] = "Priority: High – fundamental control weakness; Medium – important; Low – " \
              "housekeeping."
    wb.save(os.path.join(HERE, EMCCA_FILE))


# ---------------------------------------------------------------------------
# 4. Guide Dogs - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
GD_FILE = "tt-guide-dogs-strategic-risk-register-2025-26.xlsx"
GD_TITLE = "Guide Dogs – Strategic Risk Register 2025/26"
TA = "Theme A – Income and financial sustainability"
TB = "Theme B – Service delivery and safeguarding"
TC = "Theme C – People, data and technology"
SR1 = "SR1 – Voluntary income shortfall"
SR2 = "SR2 – Cost inflation in breeding and training"
SR3 = "SR3 – Growth in the guide dog waiting list"
SR4 = "SR4 – Safeguarding incident involving a client, child or volunteer"
SR5 = "SR5 – Cyber attack or major data breach"
SR6 = "SR6 – Loss of specialist staff (guide dog mobility instructors)"

# (theme, [(risk, cause, risk owner, inherent, prev, curr, trend, [actions])])
GD = [
    (TA, [
        (SR1, "Cost-of-living pressure on supporters reduces regular giving and legacy "
              "income falls below the 2025/26 budget, limiting funds for services.",
         "Director of Income Generation", "5 x 4 = 20", "16", "16", "→", [
             A("SR1.1", [TA, SR1],
               "Launch a gifts-in-wills campaign aimed at existing regular givers aged 55+.",
               "Director of Income Generation", ["Director of Income Generation"],
               D(2026, 3, 1), "2026-03", "On track", "green", fmt="mmm-yy",
               update="Campaign creative approved; launch in January."),
             A("SR1.2", [TA, SR1],
               "Review the reserves policy and agree a minimum free reserves level with the "
               "Finance and Investment Committee.",
               "Chief Financial Officer", ["Chief Financial Officer"],
               "31/12/2025", "2025-12", "Complete", "blue",
               update="Policy approved by FIC on 14 October 2025."),
         ]),
        (SR2, "Veterinary, food and kennelling costs rise faster than income, increasing the "
              "cost of each partnership.",
         "Chief Financial Officer", "4 x 4 = 16", "12", "12", "→", [
             A("SR2.1", [TA, SR2],
               "Retender veterinary and dog food supply contracts, exploring a joint tender "
               "with other assistance dog charities.",
               "Head of Procurement", ["Head of Procurement"],
               "Q4 2025/26", "2026-03", "Behind schedule", "amber",
               update="Market engagement slipped by six weeks."),
         ]),
    ]),
    (TB, [
        (SR3, "Demand for guide dog partnerships exceeds supply, so clients wait longer and "
              "the charity's reputation suffers.",
         "Director of Client Services", "4 x 5 = 20", "15", "12", "↓", [
             A("SR3.1", [TB, SR3],
               "Increase puppy-raising volunteer recruitment in the North West and Scotland "
               "through targeted regional campaigns.",
               "Director of Volunteering and Engagement",
               ["Director of Volunteering and Engagement"],
               "Ongoing", None, "On track", "green", end_text="Ongoing",
               update="41 new puppy raisers recruited in Q2."),
             A("SR3.2", [TB, SR3],
               "Pilot a shorter matching pathway for clients with previous guide dog "
               "experience.",
               "Head of Client Services", ["Head of Client Services"],
               "Sept 2025 – March 2026", "2026-03", "On track", "green",
               end_text="Sept 2025 – March 2026",
               update="Pilot running in three regions."),
         ]),
        (SR4, "A failure of safeguarding practice leads to harm, regulatory action by the "
              "Charity Commission and loss of public trust.",
         "Director of Client Services", "3 x 5 = 15", "10", "10", "→", [
             A("SR4.1", [TB, SR4],
               "Roll out level 2 safeguarding training to all volunteers with client contact.",
               "Head of Safeguarding", ["Head of Safeguarding"],
               D(2025, 6, 30), "2025-06", "Complete", "blue", fmt="dd/mm/yyyy",
               update="All 1,260 volunteers with client contact trained by 27 June 2025."),
             A("SR4.2", [TB, SR4],
               "Commission an independent audit of safeguarding case management and report "
               "the findings to the Safeguarding Committee.",
               "Head of Safeguarding / Director of Client Services",
               ["Head of Safeguarding", "Director of Client Services"],
               D(2026, 1, 1), "2026-01", "On track", "green", fmt="mmm-yy",
               update="Auditor appointed; fieldwork in December."),
         ]),
    ]),
    (TC, [
        (SR5, "A cyber attack or data breach disrupts services and exposes client, supporter "
              "or volunteer data.",
         "Chief Information Officer", "4 x 5 = 20", "15", "15", "→", [
             A("SR5.1", [TC, SR5],
               "Achieve Cyber Essentials Plus certification across all sites, including "
               "regional mobility teams.",
               "Chief Information Officer", ["Chief Information Officer"],
               D(2025, 11, 1), "2025-11", "Behind schedule", "amber", fmt="mmm-yy",
               update="Two regional offices failed the device test; retest booked."),
             A("SR5.2", [TC, SR5],
               "Run a phishing simulation every quarter and target training at teams with "
               "high click rates.",
               "Information Security Manager", ["Information Security Manager"],
               "Quarterly", None, "On track", "green", end_text="Quarterly",
               update="Q2 click rate 4.1% (Q1 6.8%)."),
         ]),
        (SR6, "Difficulty recruiting and retaining qualified guide dog mobility instructors "
              "reduces the number of partnerships that can be trained.",
         "Chief People Officer", "4 x 4 = 16", "12", "16", "↑", [
             A("SR6.1", [TC, SR6],
               "Launch GDMI apprenticeship cohort 3 and review market supplements for "
               "hard-to-recruit regions.",
               "Chief People Officer", ["Chief People Officer"],
               "TBC", None, "Not started", "unrated", end_text="TBC",
               update="Awaiting budget decision for 2026/27."),
         ]),
    ]),
]

STATUS_FILL = {"Complete": "blue", "On track": "green", "Behind schedule": "amber",
               "Off track": "red"}


def make_guide_dogs():
    wb = Workbook()
    w = wb.active
    w.title = "Strategic Risk Register"
    w["A1"] = GD_TITLE
    w["A1"].font = Font(bold=True, size=14)
    w["A2"] = ("Quarter 2 review (position at 30 September 2025) – Audit and Risk Committee, "
               "4 November 2025")
    w["A3"] = "Scores are Likelihood x Impact (1–5). Residual scores of 15 and above are " \
              "outside appetite and are reported to the Board of Trustees."
    cols = ["Risk", "Cause and consequence", "Risk owner", "Inherent score",
            "Residual Q1", "Residual Q2", "Trend", "Action ref", "Further action required",
            "Action owner", "Target date", "Action status", "Progress this quarter"]
    widths = [30, 45, 22, 11, 10, 10, 7, 9, 50, 30, 16, 15, 40]
    hr = 5
    for i, (h, wd) in enumerate(zip(cols, widths), 1):
        c = w.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "head")
        c.alignment = WRAP
        c.border = BOX
        w.column_dimensions[get_column_letter(i)].width = wd
    r = hr + 1
    for theme, risks in GD:
        w.cell(row=r, column=1, value=theme).font = Font(bold=True)
        w.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        fill(w.cell(row=r, column=1), "band")
        r += 1
        for risk, cause, owner, inh, prev, curr, trend, acts in risks:
            first = r
            riskvals = [risk, cause, owner, inh, int(prev), int(curr), trend]
            for i, v in enumerate(riskvals, 1):
                c = w.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            for col in (5, 6):
                score = w.cell(row=r, column=col).value
                fill(w.cell(row=r, column=col),
                     "red" if score >= 15 else "amber" if score >= 8 else "green")
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_text"], a["end_cell"],
                        a["status_cell"], a["update"]]
                for i, v in enumerate(vals, 8):
                    c = w.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = a.get("fmt", "dd/mm/yyyy")
                if a["status_cell"] in STATUS_FILL:
                    fill(w.cell(row=r, column=12), STATUS_FILL[a["status_cell"]])
                r += 1
            if len(acts) > 1:
                for col in range(1, 8):
                    w.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                                  end_column=col)
    w.freeze_panes = "A6"

    k = wb.create_sheet("Scoring and key")
    k["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    k["A1"].font = Font(bold=True)
    k["A2"] = "Impact →"
    for i in range(1, 6):
        k.cell(row=2, column=1 + i, value=i)
    for lk in range(5, 0, -1):
        row = 3 + (5 - lk)
        k.cell(row=row, column=1, value=f"Likelihood {lk}")
        for im in range(1, 6):
            sc = lk * im
            c = k.cell(row=row, column=1 + im, value=sc)
            fill(c, "red" if sc >= 15 else "amber" if sc >= 8 else "green")
    k["A10"] = "Action status key"
    k["A10"].font = Font(bold=True)
    for i, (word, txt) in enumerate([("Complete", "Action finished (blue)"),
                                     ("On track", "Progressing to target date (green)"),
                                     ("Behind schedule", "Target date at risk (amber)"),
                                     ("Off track", "Target date missed (red)"),
                                     ("Not started", "Not yet begun (no colour)")], 11):
        c = k.cell(row=i, column=1, value=word)
        if word in STATUS_FILL:
            fill(c, STATUS_FILL[word])
        k.cell(row=i, column=2, value=txt)
    k.column_dimensions["A"].width = 18
    wb.save(os.path.join(HERE, GD_FILE))


# ---------------------------------------------------------------------------
# 5. Radley College - ISI inspection action plan (xlsx, Oxford terms, fill-only RAG)
# ---------------------------------------------------------------------------
RAD_FILE = "tt-radley-college-isi-inspection-action-plan.xlsx"
RAD_TITLE = "Radley College – ISI Inspection Action Plan 2025–26"
S1 = "Leadership and management, and governance"
S2 = "Quality of education, training and recreation"
S3 = "Pupils’ physical and mental health and emotional wellbeing"
S4 = "Safeguarding"
N1 = ("1. Leaders should sharpen the monitoring of the new co-curricular programme so that its "
      "impact on all pupils can be evaluated.")
N2 = ("2. Leaders should ensure that teaching consistently uses assessment information to "
      "adapt work for pupils who need additional support or greater challenge.")
N3 = ("3. Leaders should ensure that the views of pupils about the food provision and the "
      "timing of meals are acted upon.")
N4 = ("4. Leaders should ensure that records of low-level concerns are analysed for patterns "
      "over time.")

# (section, next step, [actions]); status_cell = fill colour name or None
RAD = [
    (S1, N1, [
        A(None, [S1, N1],
          "Introduce termly co-curricular participation data for each Social, reviewed by "
          "Tutors and Tutors’ assistants.",
          "Sub-Warden (Co-curricular)", ["Sub-Warden (Co-curricular)"],
          "Michaelmas Term 2025", "2025-12", "green", "blue", end_text="Michaelmas Term 2025",
          success="Participation data available for every pupil; gaps followed up by Tutors.",
          monitor="Warden; Education Committee"),
        A(None, [S1, N1],
          "Report co-curricular participation and pupil voice findings to the Education "
          "Committee of Council.",
          "Sub-Warden (Co-curricular) / Clerk to Council",
          ["Sub-Warden (Co-curricular)", "Clerk to Council"],
          "Summer Term 2026", "2026-07", None, "unrated", end_text="Summer Term 2026",
          success="Committee minutes record evaluation of impact.",
          monitor="Council"),
    ]),
    (S2, N2, [
        A(None, [S2, N2],
          "Deliver INSET on adaptive teaching for all academic staff, led with the Learning "
          "Support department.",
          "Director of Teaching and Learning", ["Director of Teaching and Learning"],
          "1 September 2025", "2025-09", "green", "blue",
          success="All academic staff attended; follow-up CPD sessions planned.",
          monitor="Sub-Warden (Academic)"),
        A(None, [S2, N2],
          "Make adaptive teaching a focus of the departmental review cycle and of lesson "
          "drop-ins.",
          "Director of Teaching and Learning; Heads of Department",
          ["Director of Teaching and Learning", "Heads of Department"],
          "March 2026", "2026-03", "amber", "amber",
          success="Reviews show adaptation in most lessons seen.",
          monitor="Sub-Warden (Academic)"),
        A(None, [S2, N2],
          "Make learning support profiles available to all teachers through the MIS, with "
          "training on their use.",
          "Head of Learning Support", ["Head of Learning Support"],
          "October half term 2025", "2025-10", "red", "red",
          end_text="October half term 2025",
          success="Profiles live for all pupils on the SEND register.",
          monitor="Sub-Warden (Academic)"),
    ]),
    (S3, N3, [
        A(None, [S3, N3],
          "Survey all pupils on catering each term and publish ‘You said, we did’ responses "
          "in every Social.",
          "Bursar / Catering Manager", ["Bursar", "Catering Manager"],
          "Termly", None, "amber", "amber", end_text="Termly",
          success="Improved satisfaction in the Lent and Summer surveys.",
          monitor="Food Committee"),
    ]),
    (S4, N4, [
        A(None, [S4, N4],
          "Move low-level concerns recording onto MyConcern and review patterns at each "
          "half-termly safeguarding meeting.",
          "Designated Safeguarding Lead", ["Designated Safeguarding Lead"],
          D(2026, 1, 31), "2026-01", "green", "blue",
          success="Pattern analysis minuted at each meeting.",
          monitor="Safeguarding Governor"),
    ]),
]


def make_radley():
    wb = Workbook()
    w = wb.active
    w.title = "Action Plan"
    w["A1"] = RAD_TITLE
    w["A1"].font = Font(bold=True, size=14)
    w["A2"] = ("Following the ISI routine inspection of 21–23 January 2025 (all Standards met). "
               "Updated for the Education Committee of Council, December 2025.")
    cols = ["Area of the ISI Framework", "Recommended next step", "Action",
            "Responsibility", "Timescale", "Success criteria", "Monitored by", "RAG"]
    widths = [28, 45, 50, 30, 18, 40, 22, 7]
    hr = 4
    for i, (h, wd) in enumerate(zip(cols, widths), 1):
        c = w.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        fill(c, "grey")
        c.alignment = WRAP
        c.border = BOX
        w.column_dimensions[get_column_letter(i)].width = wd
    r = hr + 1
    for sec, step, acts in RAD:
        first = r
        for a in acts:
            vals = [sec if r == first else None, step if r == first else None, a["action"],
                    a["lead_text"], a["end_cell"], a["success"], a["monitor"], None]
            for i, v in enumerate(vals, 1):
                c = w.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["status_cell"]:
                fill(w.cell(row=r, column=8), a["status_cell"])
            r += 1
        if len(acts) > 1:
            w.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            w.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    w.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for i, (col, txt) in enumerate([("green", "Completed"), ("amber", "In progress"),
                                    ("red", "Not on track")]):
        c = w.cell(row=r + 1 + i, column=1)
        fill(c, col)
        w.cell(row=r + 1 + i, column=2, value=txt)

    n = wb.create_sheet("Inspection summary")
    n["A1"] = "ISI routine inspection – January 2025"
    n["A1"].font = Font(bold=True)
    rows = [("Leadership and management, and governance", "Standards met"),
            ("Quality of education, training and recreation", "Standards met"),
            ("Pupils’ physical and mental health and emotional wellbeing", "Standards met"),
            ("Pupils’ social and economic education and contribution to society",
             "Standards met"),
            ("Safeguarding", "Standards met"),
            ("Significant strengths", "Pastoral care in the Socials; co-curricular breadth")]
    for i, (a, b) in enumerate(rows, 3):
        n.cell(row=i, column=1, value=a)
        n.cell(row=i, column=2, value=b)
    n.column_dimensions["A"].width = 60
    wb.save(os.path.join(HERE, RAD_FILE))


# ---------------------------------------------------------------------------
# 6. Severn Trent Water - Ofwat enforcement commitments tracker (csv, typo month -> refuse)
# ---------------------------------------------------------------------------
ST_FILE = "tt-severn-trent-water-ofwat-enforcement-commitments-tracker-typo-month-refuse.csv"
ST_TITLE = ("Severn Trent Water Limited – Ofwat Wastewater Enforcement Case: Commitments "
            "Delivery Tracker")
C1 = "C1 Flow to full treatment compliance"
C2 = "C2 Operation and maintenance of treatment works"
C3 = "C3 Governance, data and reporting"
ST = [
    A("1.1", [C1], "Install MCERTS flow monitors at the 58 works without flow to full "
      "treatment monitoring", "Director of Wastewater Operations",
      ["Director of Wastewater Operations"], "Mar-2025", "2025-03", "Complete", "blue",
      update="All 58 monitors commissioned; data flowing to telemetry"),
    A("1.2", [C1], "Complete hydraulic capacity assessments for all works with FFT permit "
      "conditions", "Head of Wastewater Asset Strategy", ["Head of Wastewater Asset Strategy"],
      "Jun-2025", "2025-06", "Complete", "blue",
      update="Assessments shared with the Environment Agency on 27/06/2025"),
    A("1.3", [C1], "Deliver storm tank capacity upgrades at the 12 priority works",
      "Capital Delivery Director", ["Capital Delivery Director"], "Mar-2027", "2027-03",
      "Green", "green", update="5 of 12 schemes in construction"),
    A("2.1", [C2], "Roll out the revised site inspection regime and asset condition "
      "checklists to all treatment works", "Head of Wastewater Treatment",
      ["Head of Wastewater Treatment"], "Sep-2025", "2025-09", "Amber", "amber",
      update="Rolled out at 610 of 680 sites; remainder in October"),
    A("2.2", [C2], "Train all process controllers on permit conditions and spill reporting",
      "Head of Operational Training", ["Head of Operational Training"], "Dce-2025", None,
      "Green", "green", update="Course content signed off; 212 staff trained to date"),
    A("3.1", [C3], "Commission independent assurance of EDM and FFT data submitted to the "
      "Environment Agency", "Director of Regulation", ["Director of Regulation"],
      "Jan-2026", "2026-01", "Green", "green", update="Assurance provider appointed"),
    A("3.2", [C3], "Publish six-monthly progress reports on the company website",
      "Company Secretary", ["Company Secretary"], "Ongoing", None, "Green", "green",
      end_text="Ongoing", update="Second report published 30/09/2025"),
    A("3.3", [C3], "Board Safety, Health and Environment Committee to review delivery of the "
      "commitments quarterly", "Chair of SHE Committee", ["Chair of SHE Committee"],
      "Ongoing", None, "Green", "green", end_text="Ongoing",
      update="Reviewed 15/10/2025"),
]
ST_REFUSE_LINE = 9  # title, export date, blank, header, then 1.1..; 2.2 is the 5th action


def make_severn_trent():
    cols = ["Commitment", "Action ID", "Action", "Owner", "Due date", "RAG", "Latest update"]
    with open(os.path.join(HERE, ST_FILE), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerow([ST_TITLE] + [""] * (len(cols) - 1))
        wr.writerow(["Export date: 03/11/2025"] + [""] * (len(cols) - 1))
        wr.writerow([""] * len(cols))
        wr.writerow(cols)
        for a in ST:
            wr.writerow([a["under"][0], a["ref"], a["action"], a["lead_text"], a["end_cell"],
                         a["status_cell"], a["update"]])


# ---------------------------------------------------------------------------
# 7. Thame Town Council - internal audit action plan 2024/25 (tab-separated txt)
# ---------------------------------------------------------------------------
TH_FILE = "tt-thame-town-council-internal-audit-action-plan-2024-25.txt"
TH_TITLE = "Thame Town Council – Internal Audit 2024/25: Action Plan"
SA = "A. Books of account"
SB = "B. Standing Orders and Financial Regulations"
SC = "C. Risk management and insurance"
SD = "D. Payroll"
SE = "E. Transparency and publication"
RA1 = ("The cashbook should be reconciled to the bank statements every month and the "
       "reconciliation signed by a councillor.")
RA2 = "VAT reclaims should be submitted at least quarterly."
RB1 = ("Financial Regulations were last reviewed in 2019 and should be updated to the current "
       "NALC model.")
RB2 = "Standing Orders should be reviewed to reflect the Procurement Act 2023 thresholds."
RC1 = ("The risk register should be reviewed and formally adopted by the Council at least "
       "annually.")
RC2 = "Insurance cover for the Town Hall should be revalued."
RD1 = ("Evidence of the pension contribution rates applied should be retained with each "
       "payroll run.")
RE1 = ("The website should include all information required by the Transparency Code and the "
       "accessibility statement should be updated.")

TH = [
    (SA, [
        A("A1", [SA, RA1], "Monthly bank reconciliations to be presented to the Policy & "
          "Resources Committee and signed by the Chair.", "RFO", ["RFO"], "Jun-25", "2025-06",
          "B", "blue", rec=RA1, note="In place from June 2025 meeting"),
        A("A2", [SA, RA2], "Submit VAT126 claims quarterly and add reminders to the finance "
          "calendar.", "RFO / Finance Assistant", ["RFO", "Finance Assistant"], "30/09/2025",
          "2025-09", "B", "blue", rec=RA2, note="Q1 and Q2 claims submitted"),
    ]),
    (SB, [
        A("B1", [SB, RB1], "Adopt the 2025 NALC model Financial Regulations, amended for local "
          "thresholds,\nand review them annually each May.", "Town Clerk", ["Town Clerk"],
          "May 2026", "2026-05", "A", "amber", rec=RB1,
          note="Draft to P&R in November; annual review not yet diarised"),
        A("B2", [SB, RB2], "Review Standing Order 18 (contracts) against the new procurement "
          "thresholds and adopt at Full Council.", "Deputy Clerk", ["Deputy Clerk"],
          "Q3 2025/26", "2025-12", "G", "green", rec=RB2, note="On December agenda"),
    ]),
    (SC, [
        A("C1", [SC, RC1], "Full review of the risk register by the Policy & Resources "
          "Committee, for adoption at Full Council.", "Town Clerk", ["Town Clerk"], "Mar-26",
          "2026-03", "G", "green", rec=RC1, note="Workshop with members booked for February"),
        A("C2", [SC, RC2], "Obtain a reinstatement cost assessment for the Town Hall and update "
          "the insurance schedule at renewal.", "Facilities Manager", ["Facilities Manager"],
          "31 December 2025", "2025-12", "A", "amber", rec=RC2,
          note="Surveyor quote awaited"),
    ]),
    (SD, [
        A("D1", [SD, RD1], "Payroll bureau to provide LGPS contribution reports each month; RFO "
          "to file them with the payroll records.", "RFO", ["RFO"], "Ongoing", None, "G",
          "green", end_text="Ongoing", rec=RD1, note="Reports received since April 2025"),
    ]),
    (SE, [
        A("E1", [SE, RE1], "Publish quarterly spending over £500 and update the accessibility "
          "statement following the WCAG 2.2 audit.", "Communications Officer",
          ["Communications Officer"], "Oct-25", "2025-10", "R", "red", rec=RE1,
          note="Accessibility audit delayed – supplier availability"),
    ]),
]


def make_thame():
    L = []
    L.append(TH_TITLE)
    L.append("Internal auditor: Came & Company Local Council Auditors – interim visit "
             "18/11/2024, year-end visit 29/04/2025")
    L.append("Presented to the Policy & Resources Committee, 4 November 2025")
    L.append("RAG key: B = complete   G = on track   A = at risk   R = overdue")
    L.append("")
    L.append("\t".join(["No.", "Auditor's recommendation", "Council response / action",
                        "Responsible", "Target date", "RAG", "Comments"]))
    counts = {}
    for sec, acts in TH:
        L.append(sec)
        for a in acts:
            first, *rest = a["action"].split("\n")
            L.append("\t".join([a["ref"], a["rec"], first, a["lead_text"], a["end_cell"],
                                a["status_cell"], a["note"]]))
            for cont in rest:
                L.append("\t\t" + cont)
            counts[a["status_cell"]] = counts.get(a["status_cell"], 0) + 1
    L.append("")
    L.append("Total recommendations: %d    B: %d    G: %d    A: %d    R: %d" % (
        sum(counts.values()), counts.get("B", 0), counts.get("G", 0), counts.get("A", 0),
        counts.get("R", 0)))
    L.append("Note: actions rated B are removed from the plan once noted by the Committee.")
    with open(os.path.join(HERE, TH_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


ALL = {
    HOSPICE_FILE: make_hospice,
    SELLA_FILE: make_sellafield,
    EMCCA_FILE: make_emcca,
    GD_FILE: make_guide_dogs,
    RAD_FILE: make_radley,
    ST_FILE: make_severn_trent,
    TH_FILE: make_thame,
}

if __name__ == "__main__":
    for name, fn in ALL.items():
        assert name.startswith("tt-")
        fn()
        print("wrote", name)
