"""Build the seven ok2- test files of set heldout431.

Run with: /work/main/.venv/bin/python ok2_make.py
Writes only files whose names start with ok2- into this script's folder.
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

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("ok2-")
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "Red": "FF0000",
    "Amber": "FFC000",
    "Green": "00B050",
    "Blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Staffordshire FRS - Grenfell Tower Inquiry Phase 2 recommendations tracker
# ---------------------------------------------------------------------------
def make_staffordshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = ("Staffordshire Fire and Rescue Service – Grenfell Tower Inquiry "
             "Phase 2 Recommendations Tracker")
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = BOLD
    rows = [
        ("Document owner", "Assistant Chief Fire Officer – Service Delivery"),
        ("Version", "1.4"),
        ("Date of this version", "14/10/2025"),
        ("Reporting to", "Staffordshire Commissioner Fire and Rescue Authority – "
                         "Ethics, Transparency and Audit Panel"),
        ("Position date", "30 September 2025 (Quarter 2 2025/26)"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = BOLD
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A10"] = "RAG key"
    cov["A10"].font = BOLD
    key = [
        ("Blue", "Complete – evidence of completion accepted by the Grenfell Assurance Group"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "At risk of missing the target date – mitigation in place"),
        ("Red", "Off track or past the target date"),
    ]
    for i, (k, v) in enumerate(key, start=11):
        c = cov.cell(i, 1, k)
        c.fill = fill(RAG_FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k != "Amber" else "000000")
        cov.cell(i, 2, v)
    cov["A16"] = ("The Phase 1 recommendations were closed in March 2024 and are "
                  "reported separately in the Phase 1 closure report.")
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Phase 2 tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 30 September 2025 (Quarter 2 2025/26)"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Inquiry recommendation", "Action", "Lead officer",
           "Original target date", "Revised target date", "Previous RAG (Q1)",
           "Current RAG (Q2)", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX

    # (kind, payload)
    plan = [
        ("theme", "Theme 1 – Evacuation and information for residents"),
        ("rec", "Rec 17 – Fire and rescue services should ensure that evacuation "
                "strategies and floor plans for high-rise residential buildings are "
                "available to control rooms and crews and are tested regularly.", [
            ("1.1", "Develop a standard operating procedure for receiving, storing and "
                    "sharing building owners' evacuation strategies and floor plans under "
                    "the Fire Safety (England) Regulations 2022.",
             "Area Manager – Protection", d(2025, 3, 31), d(2025, 9, 30), "Amber", "Blue",
             "SOP approved by the Service Leadership Team on 16/09/2025 and published "
             "on the policy hub."),
            ("1.2", "Load the evacuation strategies for all 58 high-rise residential "
                    "buildings onto the mobile data terminals and test access at every "
                    "station.",
             "Group Manager – Operational Risk", d(2025, 6, 30), d(2025, 12, 31), "Green",
             "Amber",
             "41 of 58 buildings loaded; delays in receiving plans from two managing "
             "agents escalated to Protection."),
        ]),
        ("rec", "Rec 19 – Fire and rescue services should be able to carry out a "
                "strategic evacuation of a high-rise building, including the use of "
                "smoke hoods and evacuation alert systems.", [
            ("1.3", "Procure and issue smoke hoods to all frontline appliances and deliver "
                    "familiarisation training to watch-based crews.",
             "Area Manager – Response", d(2024, 12, 31), None, "Blue", "Blue",
             "All 36 frontline appliances equipped; training completed December 2024."),
            ("1.4", "Test activation of evacuation alert systems with Staffordshire and "
                    "West Midlands Fire Control at the two buildings in the county where "
                    "a system is fitted.",
             "Group Manager – Fire Control / Group Manager – Operational Training",
             d(2025, 10, 31), None, "Green", "Green",
             "First test held at Hanley on 11/09/2025; second booked for 22/10/2025."),
        ]),
        ("theme", "Theme 2 – Fire control and incident command"),
        ("rec", "Rec 24 – Control room staff should be trained to recognise when a "
                "'stay put' strategy is no longer viable and to pass that information "
                "to the incident commander without delay.", [
            ("2.1", "Deliver revised fire survival guidance (FSG) training to all Fire "
                    "Control operators, including a multi-caller FSG exercise.",
             "Group Manager – Fire Control", d(2025, 3, 31), d(2025, 8, 31), "Amber",
             "Blue",
             "Training completed by all 84 operators; multi-caller exercise held "
             "21/08/2025."),
            ("2.2", "Introduce a live information link between Fire Control and the "
                    "incident command unit so that FSG call details are displayed at the "
                    "command point.",
             "Head of ICT / Area Manager – Response", d(2025, 6, 30), d(2026, 3, 31),
             "Amber", "Red",
             "Supplier unable to deliver the interface in the current mobilising system "
             "release; options paper to SLT in November 2025."),
        ]),
        ("rec", "Rec 26 – Incident commanders at all levels should be trained in the "
                "behaviour of external wall fires and the limits of the 'stay put' "
                "strategy.", [
            ("2.3", "Add external wall fire behaviour and changing the evacuation "
                    "strategy to the Level 1 and Level 2 incident command courses and "
                    "refresh all current commanders.",
             "Head of Organisational Development and Training", d(2026, 3, 31), None,
             "Green", "Green",
             "Course content revised; 62 of 140 commanders refreshed."),
        ]),
        ("theme", "Theme 3 – Protection, assurance and learning"),
        ("rec", "Rec 31 – Fire and rescue services should have a robust system for "
                "recording and acting on information from Building Safety Regulator "
                "referrals and Section 7(2)(d) visits.", [
            ("3.1", "Review the risk-based inspection programme so that every higher-risk "
                    "residential building receives a protection audit at least every 12 "
                    "months.",
             "Area Manager – Protection", d(2025, 9, 30), None, "Green", "Green",
             "Programme revised; 28 of 30 audits done and the remaining two booked for "
             "October."),
            ("3.2", "Create a Grenfell assurance dashboard for the Ethics, Transparency and "
                    "Audit Panel showing progress against every Phase 2 action.",
             "Head of Corporate Assurance", d(2025, 12, 31), None, None, "Green",
             "New action from Q2. Draft dashboard shared with the Panel chair."),
        ]),
    ]
    r = 5
    for kind, *rest in plan:
        if kind == "theme":
            c = ws.cell(r, 1, rest[0])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("404040")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        rec_text, acts = rest
        first = r
        for (ref, act, lead, orig, rev, prev, cur, upd) in acts:
            vals = [ref, None, act, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, rag in ((7, prev), (8, cur)):
                if rag:
                    ws.cell(r, j).fill = fill(RAG_FILL[rag])
                    ws.cell(r, j).font = Font(color="FFFFFF" if rag != "Amber" else "000000")
            r += 1
        c = ws.cell(first, 2, rec_text)
        c.alignment = WRAP
        c.fill = fill("F2F2F2")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary at 30/09/2025 (current RAG)").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    for k, n in (("Blue", 3), ("Green", 4), ("Amber", 1), ("Red", 1), ("Total", 9)):
        c = ws.cell(r, 1, k)
        if k in RAG_FILL:
            c.fill = fill(RAG_FILL[k])
        else:
            c.font = BOLD
        ws.cell(r, 2, n)
        r += 1
    r += 1
    ws.cell(r, 1, "Note: revised target dates were agreed by the Service Leadership "
                  "Team on 02/07/2025. Actions rated Blue will be removed after the "
                  "next Panel meeting.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 42, 52, 26, 13, 13, 11, 11, 46]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("ok2-staffordshire-fire-rescue-service-grenfell-tower-inquiry-"
                "phase-2-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. NHS Herefordshire and Worcestershire ICB - Board Assurance Framework
# ---------------------------------------------------------------------------
def make_icb_baf():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "NHS Herefordshire and Worcestershire ICB – Board Assurance Framework 2025/26"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position reported to the ICB Board, 25 November 2025"
    hdr = ["Risk", "Title", "Executive lead", "Assuring committee",
           "Initial score", "Current score", "Target score", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    summ = [
        ("BAF 1", "Urgent and emergency care", "Chief Operating Officer",
         "Quality and Performance Committee", 20, 16, 9, "↔"),
        ("BAF 2", "Financial sustainability", "Chief Finance Officer",
         "Finance and Resources Committee", 20, 20, 12, "↑"),
        ("BAF 3", "Primary care access and resilience", "Director of Primary Care",
         "Primary Care Commissioning Committee", 16, 12, 8, "↓"),
    ]
    for i, row in enumerate(summ, start=5):
        for j, v in enumerate(row, start=1):
            c = s.cell(i, j, v)
            c.border = BOX
    s["A10"] = "Action progress key (RAG column on each risk sheet)"
    s["A10"].font = BOLD
    key = [("Green", "On track"), ("Amber", "Some slippage – recovery plan in place"),
           ("Red", "Significantly off track"), ("Blue", "Complete")]
    for i, (k, v) in enumerate(key, start=11):
        s.cell(i, 1).fill = fill(RAG_FILL[k])
        s.cell(i, 2, v)
    s["A16"] = "Risk scores are likelihood x consequence (5 x 5 matrix)."
    for col, w in zip("ABCDEFGH", [10, 36, 26, 36, 12, 12, 12, 8]):
        s.column_dimensions[col].width = w

    risks = [
        ("BAF 1", "BAF 1 – Urgent and emergency care: risk that patients experience long "
                  "waits and harm because UEC demand exceeds system capacity",
         "Improve access to high-quality, timely care", "Chief Operating Officer",
         "Quality and Performance Committee", (20, 16, 9),
         "System UEC Board; daily system calls; OPEL escalation framework; "
         "care transfer hubs at both acute sites.",
         "Monthly UEC performance report; NHS England tiering review; "
         "Healthwatch feedback.",
         "Capacity in community services over winter; no agreed ambulance handover "
         "escalation standard with WMAS.",
         [
             ("1a", "Expand the Worcestershire and Herefordshire care transfer hubs to "
                    "seven-day working to reduce the number of patients with no criteria "
                    "to reside.",
              "Director of Operations", "Q3 2025/26",
              "Seven-day working live at Worcestershire Royal from 6 October; Hereford "
              "hub recruiting.", "Amber"),
             ("1b", "Commission an additional 20 virtual ward beds for the frailty and "
                    "respiratory pathways.",
              "Associate Director – Community Services / Deputy Chief Medical Officer",
              "31 Mar 2026", "Business case approved; mobilisation from January.",
              "Green"),
             ("1c", "Agree the 2025/26 winter plan with Wye Valley NHS Trust, "
                    "Worcestershire Acute Hospitals NHS Trust and both local authorities.",
              "Chief Operating Officer", "Sept 2025",
              "Winter plan approved by the Board on 30 September 2025.", "Blue"),
             ("1d", "Review the ambulance handover escalation protocol with West Midlands "
                    "Ambulance Service against the 45-minute release standard.",
              "Head of UEC Programme", "Dec 2025",
              "Handover delays over 45 minutes continue at Worcestershire Royal; review "
              "re-scheduled after WMAS resourcing change.", "Red"),
         ]),
        ("BAF 2", "BAF 2 – Financial sustainability: risk that the ICB and system partners "
                  "do not deliver the 2025/26 financial plan and efficiency programme",
         "Make best use of resources", "Chief Finance Officer",
         "Finance and Resources Committee", (20, 20, 12),
         "System financial plan; Financial Recovery Board; grip and control "
         "measures; vacancy control panel.",
         "Monthly finance report; internal audit of financial controls (reasonable "
         "assurance).",
         "Efficiency schemes for Q3–Q4 not fully identified; continuing healthcare "
         "cost growth.",
         [
             ("2a", "Deliver the ICB running cost reduction in line with the national "
                    "model ICB blueprint.",
              "Chief Finance Officer / Chief People Officer", "Mar-26",
              "Consultation on the new structure closed 31 October.", "Green"),
             ("2b", "Establish a system-wide Financial Recovery Board with monthly "
                    "reporting of efficiency schemes by organisation.",
              "Chief Finance Officer", "Jul-25",
              "First meeting held 15 July 2025; monthly thereafter.", "Blue"),
             ("2c", "Review all continuing healthcare packages costing more than £2,500 "
                    "per week.",
              "Deputy Chief Nursing Officer", "Ongoing",
              "112 of 190 packages reviewed; savings of £1.4m identified to date.",
              "Amber"),
         ]),
        ("BAF 3", "BAF 3 – Primary care access and resilience: risk that general practice "
                  "and dental capacity is insufficient to meet population need",
         "Improve access to high-quality, timely care", "Director of Primary Care",
         "Primary Care Commissioning Committee", (16, 12, 8),
         "Primary care access recovery plan; PCN capacity and access improvement "
         "payments; dental commissioning plan.",
         "GP patient survey; practice appointment data; dental access reports.",
         "Urgent dental access in the north and east of the county; GP retention.",
         [
             ("3a", "Roll out modern general practice access tools (cloud telephony and "
                    "online consultation) to the remaining 9 practices.",
              "Head of Primary Care", "Oct 2025",
              "7 of 9 practices live; 2 go live in October.", "Green"),
             ("3b", "Commission urgent dental care sessions in Herefordshire, Redditch and "
                    "Wyre Forest to address access gaps.",
              "Head of Primary Care Commissioning (Dental, Optometry and Pharmacy)",
              "31/01/2026", "Procurement re-run after no bids for the Redditch lot.",
              "Amber"),
             ("3c", "Develop a GP workforce retention scheme with the Training Hub for "
                    "newly qualified GPs.",
              "Chief People Officer", "Q4 2025/26", "Scoping – to start January 2026.",
              None),
         ]),
    ]
    for sheet, head, obj, lead, cttee, scores, controls, assur, gaps, acts in risks:
        ws = wb.create_sheet(sheet)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill("005EB8")
        ws["A1"].alignment = WRAP
        ws.merge_cells("A1:F1")
        ws.row_dimensions[1].height = 34
        fields = [("Strategic objective", obj), ("Executive lead", lead),
                  ("Assuring committee", cttee)]
        for i, (k, v) in enumerate(fields, start=2):
            ws.cell(i, 1, k).font = BOLD
            ws.cell(i, 2, v)
            ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=6)
        ws.cell(5, 1, "Risk score (L x C)").font = BOLD
        ws.cell(5, 2, f"Initial: {scores[0]}")
        ws.cell(5, 3, f"Current: {scores[1]}")
        ws.cell(5, 4, f"Target: {scores[2]}")
        for i, (k, v) in enumerate([("Key controls", controls),
                                    ("Sources of assurance", assur),
                                    ("Gaps in control / assurance", gaps)], start=6):
            ws.cell(i, 1, k).font = BOLD
            c = ws.cell(i, 2, v)
            c.alignment = WRAP
            ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=6)
            ws.row_dimensions[i].height = 30
        ws.cell(10, 1, "Actions to address gaps").font = Font(bold=True, size=12)
        for j, h in enumerate(["No.", "Action", "Action lead", "Due", "Progress update",
                               "RAG"], start=1):
            c = ws.cell(11, j, h)
            c.font = BOLD
            c.fill = fill("D9E1F2")
            c.border = BOX
        for i, (no, act, al, due, upd, rag) in enumerate(acts, start=12):
            for j, v in enumerate([no, act, al, due, upd, None], start=1):
                c = ws.cell(i, j, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(i, 6).fill = fill(RAG_FILL[rag])
        for col, w in zip("ABCDEF", [22, 50, 30, 13, 44, 7]):
            ws.column_dimensions[col].width = w
    wb.save(out("ok2-nhs-herefordshire-and-worcestershire-icb-board-assurance-"
                "framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Longhurst Group - internal audit recommendations tracker (typo month: refuse)
# ---------------------------------------------------------------------------
def make_longhurst():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Longhurst Group – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of open and recently completed recommendations"
    hdr = ["Audit", "Assurance", "High", "Medium", "Low", "Complete", "Open"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(4, j, h)
        c.font = BOLD
        c.fill = fill("D9D9D9")
        c.border = BOX
    summ = [
        ("Damp and Mould Case Management (2024/25)", "Limited", 2, 1, 0, 1, 2),
        ("Rent Arrears and Income Recovery (2024/25)", "Reasonable", 0, 1, 1, 1, 1),
        ("Building Safety Cases (2025/26)", "Limited", 1, 2, 0, 0, 3),
        ("Cyber Security Incident Response (2025/26)", "Reasonable", 0, 1, 0, 0, 1),
        ("Total", "", 3, 5, 1, 2, 7),
    ]
    for i, row in enumerate(summ, start=5):
        for j, v in enumerate(row, start=1):
            c = s.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = BOLD
    s.column_dimensions["A"].width = 46
    s.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Longhurst Group – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Risk Committee – 18 November 2025"
    hdr = ["Rec no.", "Priority", "Recommendation", "Agreed management action",
           "Action owner", "Original due date", "Revised due date", "Status",
           "Latest update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    audits = [
        ("Damp and Mould Case Management (2024/25) – Limited assurance", [
            ("DM1", "High", "Cases should be triaged and inspected within the timescales "
                            "in the Damp and Mould Policy.",
             "Introduce a triage queue in the repairs system with automated alerts when "
             "an inspection is not booked within 10 working days.",
             "Head of Repairs", "June 2025", "", "Complete",
             "Alerts live from 2 June 2025."),
            ("DM2", "High", "Follow-up visits should be completed after remedial works.",
             "Book a six-week follow-up visit for every category 1 and 2 case and record "
             "the outcome.",
             "Damp and Mould Lead", "July 2025", "November 2025", "Amber",
             "Follow-ups at 71%; additional surveyor started October."),
            ("DM3", "Medium", "Case records should show contact with residents.",
             "Add a mandatory resident contact field to the case record.",
             "Customer Systems Manager", "September 2025", "", "Green",
             "Field built; user testing under way."),
        ]),
        ("Rent Arrears and Income Recovery (2024/25) – Reasonable assurance", [
            ("RA1", "Medium", "Arrears cases should be escalated in line with the "
                              "income recovery procedure.",
             "Refresh the escalation procedure and brief all Income Officers.",
             "Head of Income", "May 2025", "", "Complete",
             "Briefings held 14 and 21 May 2025."),
            ("RA2", "Low", "Write-offs should be approved at the correct level.",
             "Update the scheme of delegation for write-offs above £1,000.",
             "Director of Finance", "October 2025", "", "Green",
             "Draft to Executive Team in October."),
        ]),
        ("Building Safety Cases (2025/26) – Limited assurance", [
            ("BS1", "High", "Safety case reports should be complete for all higher-risk "
                            "buildings.",
             "Complete safety case reports for the four remaining higher-risk "
             "buildings.",
             "Head of Building Safety", "December 2025", "", "Green",
             "Two of four complete."),
            ("BS2", "Medium", "Resident engagement strategies should be in place for "
                              "each building.",
             "Publish a resident engagement strategy for each higher-risk building.",
             "Building Safety Manager", "November 2025", "Febuary 2026", "Amber",
             "Delayed by consultation with residents' panel."),
            ("BS3", "Medium", "Mandatory occurrence reporting should be tested.",
             "Run a test of the mandatory occurrence reporting process with the "
             "Building Safety Regulator portal.",
             "Building Safety Manager", "January 2026", "", "Not started", ""),
        ]),
        ("Cyber Security Incident Response (2025/26) – Reasonable assurance", [
            ("CY1", "Medium", "The incident response plan should be exercised annually.",
             "Hold a tabletop ransomware exercise with the Executive Team.",
             "Head of IT", "March 2026", "", "Green", "Exercise booked for 4 March 2026."),
        ]),
    ]
    r = 5
    for head, recs in audits:
        c = ws.cell(r, 1, head)
        c.font = BOLD
        c.fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for j, v in enumerate(rec, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            r += 1
    r += 1
    ws.cell(r, 1, "Completed recommendations are removed after they have been reported "
                  "to the Committee once.")
    for col, w in zip("ABCDEFGHI", [8, 9, 40, 44, 24, 14, 14, 12, 38]):
        ws.column_dimensions[col].width = w
    wb.save(out("ok2-longhurst-group-internal-audit-recommendations-tracker-"
                "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Beech House Nursing Home - CQC quality improvement plan (docx)
# ---------------------------------------------------------------------------
def make_beech_house():
    doc = Document()
    doc.add_heading("Beech House Nursing Home – Quality Improvement Plan", level=0)
    doc.add_paragraph("Following the CQC inspection on 11 and 12 March 2025 "
                      "(report published 6 May 2025; overall rating: Requires improvement)")
    doc.add_paragraph("Registered provider: Beech House Care Ltd")

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "20/05/2025", "Registered Manager", "Plan written following the CQC report"),
                ("1.1", "30/06/2025", "Registered Manager", "June progress added"),
                ("1.2", "29/09/2025", "Registered Manager", "Progress update for the provider quality meeting")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Red – not started or overdue; Amber – in progress; "
                      "Green – completed and embedded")

    sections = [
        ("Safe", [
            ("Regulation 12 (Safe care and treatment): Medicines were not always managed "
             "safely. Records for ‘as required’ (PRN) medicines and topical creams were "
             "incomplete.", [
                 ("S1", "Introduce a PRN protocol for every resident prescribed ‘as "
                        "required’ medicines and check the protocols at each monthly "
                        "medication review.",
                  "Clinical Lead", "30/06/2025",
                  "PRN protocols in place for all 14 residents; checked in the July and "
                  "August audits.", "Green"),
                 ("S2", "Move topical cream records onto the electronic MAR system.\n"
                        "Train all care staff to record cream application on the handheld "
                        "devices.",
                  "Registered Manager / Deputy Manager", "31/07/2025",
                  "Creams on eMAR since 14 July; 22 of 31 care staff trained.", "Amber"),
             ]),
            ("Regulation 12 (Safe care and treatment): Risks to people from falls and "
             "pressure damage were not always assessed or reviewed after a change in "
             "need.", [
                 ("S3", "Review every falls and Waterlow risk assessment and hold a "
                        "post-falls huddle after each fall.",
                  "Senior Nurse – Oak Unit", "End of June 2025",
                  "All assessments reviewed 23 June; huddles recorded on the falls log.",
                  "Green"),
             ]),
        ]),
        ("Effective", [
            ("Regulation 11 (Need for consent): Where people lacked capacity to consent, "
             "mental capacity assessments and best interests decisions were not always "
             "recorded.", [
                 ("E1", "Complete decision-specific mental capacity assessments for bed "
                        "rails, sensor mats and covert medication.",
                  "Deputy Manager", "31/08/2025",
                  "Bed rails and sensor mats done; covert medication assessments with "
                  "the GP.", "Amber"),
                 ("E2", "Arrange MCA and DoLS training for all registered nurses through "
                        "the local authority safeguarding team.",
                  "Training Coordinator", "September 2025",
                  "All 9 nurses attended on 4 or 11 September.", "Green"),
             ]),
        ]),
        ("Well-led", [
            ("Regulation 17 (Good governance): Quality assurance systems did not identify "
             "the shortfalls found at this inspection.", [
                 ("W1", "Introduce a monthly audit schedule (medicines, care plans, falls, "
                        "infection control) with actions tracked on the home’s "
                        "improvement log.",
                  "Registered Manager", "Ongoing – reviewed monthly",
                  "Schedule in use since June; August audit actions 80% closed.", "Amber"),
                 ("W2", "Nominated Individual to carry out a quarterly provider visit and "
                        "write a report against the CQC quality statements.",
                  "Nominated Individual", "Quarterly",
                  "First provider visit postponed to October 2025.", "Red"),
                 ("W3", "Hold residents’ and relatives’ meetings and display a ‘You said, "
                        "we did’ summary in reception.",
                  "Activities Coordinator", "31/10/2025",
                  "First meeting planned for October.", ""),
             ]),
        ]),
    ]
    rag_col = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}
    for key_q, regs in sections:
        doc.add_heading(key_q, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Ref", "Action", "Lead", "Target date", "Progress", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for reg, acts in regs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, reg, bold=True)
            shade(m, "FCE4D6")
            for (ref, act, lead, date, prog, rag) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, date, prog, rag]):
                    set_cell(c, v)
                if rag:
                    shade(cells[5], rag_col[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Plan reviewed by: Nominated Individual     Date: 29/09/2025")
    doc.add_paragraph("Next review: provider quality meeting, 27 October 2025")
    doc.save(out("ok2-beech-house-nursing-home-cqc-quality-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Holmewood Park Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_school():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Holmewood Park Academy – Post-Ofsted Action Plan 2024–25")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("A member of the Meridian Learning Trust").alignment = \
        WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Inspection dates", "5 and 6 November 2024"),
                 ("Overall effectiveness", "Requires improvement"),
                 ("Quality of education", "Requires improvement"),
                 ("Behaviour and attitudes", "Good"),
                 ("Personal development", "Good"),
                 ("Leadership and management", "Requires improvement"),
                 ("Plan owner", "Headteacher"),
                 ("Monitored by", "Local Governing Body and Trust Standards Committee")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG: B = complete   G = on track   A = some concerns   R = off track")
    doc.add_heading("What does the school need to do to improve?", level=1)

    afis = [
        ("In some subjects, the curriculum does not identify precisely the important "
         "knowledge that pupils should learn and when. Leaders should ensure that "
         "curriculum thinking in these subjects sets out the key knowledge pupils need, "
         "so that they build their learning securely over time.", [
             ("Subject leaders in geography, history and modern foreign languages to "
              "rewrite the Key Stage 3 curriculum maps, identifying the core knowledge "
              "for each unit.",
              "Deputy Headteacher (Curriculum)", "28/02/2025",
              "Curriculum maps for all three subjects published on the shared drive.", "B"),
             ("Trust subject networks to quality assure the revised curriculum maps and "
              "give feedback to each subject leader.",
              "Trust Director of Education", "Summer term 2025",
              "Feedback to subject leaders recorded in network minutes.", "G"),
             ("Introduce low-stakes retrieval quizzes at the start of lessons in the "
              "revised subjects and check their use through learning walks.",
              "SLT link / Subject leaders", "Termly",
              "Retrieval seen in at least 90% of learning walk visits.", "A"),
         ]),
        ("Teachers do not routinely check pupils’ understanding in lessons, so "
         "misconceptions persist. Leaders should ensure that teachers use assessment "
         "effectively to identify and address gaps in pupils’ knowledge.", [
             ("Deliver a programme of CPD on responsive teaching and checking for "
              "understanding, using mini-whiteboards and hinge questions.",
              "Assistant Headteacher – Teaching and Learning", "April 2025",
              "All teaching staff complete the four CPD sessions.", "G"),
             ("Provide instructional coaching for all teachers in their first three "
              "years, with fortnightly coaching cycles.",
              "Assistant Headteacher – Teaching and Learning; ECT Lead", "July 2025",
              "Coaching logs show fortnightly cycles for every early career teacher.", "A"),
             ("Analyse autumn and spring assessment data in Year 8 and Year 10 to "
              "identify pupils with gaps and plan targeted intervention.",
              "Data and Assessment Lead", "31/03/2025",
              "Intervention groups in place after each data drop.", "R"),
         ]),
        ("Leaders have not ensured that pupils with special educational needs and/or "
         "disabilities (SEND) receive consistently well-adapted support in lessons. "
         "Leaders should make sure that teachers have the information and training they "
         "need to meet these pupils’ needs.", [
             ("Rewrite the pupil passports for all pupils on the SEND register with "
              "clear, practical classroom strategies.",
              "SENDCo", "Autumn term 2024",
              "Passports for all 126 pupils on the register updated.", "B"),
             ("Half-termly SEND learning walks by the SENDCo and the SEND link "
              "governor, with feedback to departments.",
              "SENDCo / SEND Link Governor", "Ongoing",
              "Learning walk records show adaptations in most lessons.", "G"),
         ]),
    ]
    rag_col = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    for n, (afi, acts) in enumerate(afis, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Action", "Lead", "By when", "Success criteria", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for act, lead, when, sc, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [act, lead, when, sc, rag]):
                set_cell(c, v)
            shade(cells[4], rag_col[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to each meeting of the "
                      "Local Governing Body and to the Trust Standards Committee termly.")
    doc.save(out("ok2-holmewood-park-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bedfordshire Police - custody inspection action plan (csv)
# ---------------------------------------------------------------------------
def make_bedfordshire_csv():
    rows = [
        ["Bedfordshire Police – Custody Inspection Action Plan"],
        ["Response to the report on an unannounced inspection visit to police custody "
         "suites in Bedfordshire by HM Inspectorate of Prisons and HMICFRS"],
        ["Inspection: 10–20 February 2025; report published 17 June 2025"],
        [],
        ["Section", "Ref", "Recommendation / area for improvement", "Action",
         "Action owner", "Target date", "Status", "Update"],
        ["Leadership, accountability and partnerships", "1.1",
         "Recommendation 1 – The force should ensure that use of force in custody is "
         "accurately recorded, reviewed by supervisors and scrutinised through the "
         "custody governance structure.",
         "Introduce a monthly dip-sample of custody CCTV for use of force by the custody "
         "inspectors, with findings reported to the Custody Strategic Board.",
         "Custody Inspectors", "31/07/2025", "Complete",
         "Dip-sampling started July 2025; first report to the Board in August."],
        ["", "1.2", "",
         "Amend the custody record so that every use of force has a linked use of force "
         "form before the detainee is released.",
         "Head of Criminal Justice", "Dec-25", "On track",
         "System change requested from the supplier."],
        ["In the custody suite: booking in, individual needs and legal rights", "4.1",
         "Area for improvement 4 – Detainees’ privacy should be protected at booking-in, "
         "and staff should use a telephone interpreting service when needed.",
         "Install privacy screens at the booking-in desks in both suites.",
         "Estates Manager", "Q3 2025/26", "Amber",
         "Order placed; installation delayed by contractor availability."],
        ["", "4.2", "",
         "Brief all detention officers on using the telephone interpreting contract at "
         "booking-in.",
         "Sgt K. Osei; Sgt D. Marsh", "30/09/2025", "Complete",
         "Briefings delivered to all four shifts."],
        ["", "6.1",
         "Area for improvement 6 – Children should not be held overnight in custody "
         "when a local authority PACE bed should be provided.",
         "Agree an escalation protocol with Bedford Borough, Central Bedfordshire and "
         "Luton councils for PACE bed requests, including out-of-hours contacts.",
         "Head of Criminal Justice", "31/10/2025", "Red",
         "Draft protocol agreed by two councils; Luton sign-off outstanding."],
        ["", "6.2", "",
         "Record every refused PACE bed request on the custody record.\n"
         "Report refusals quarterly to the Bedfordshire Safeguarding Children "
         "Partnership.",
         "Custody Inspectors", "Mar-26", "On track",
         "Recording in place; first quarterly report due January 2026."],
        ["In the custody cell, safeguarding and health care", "2.1",
         "Recommendation 2 – The force and its health care provider should ensure that "
         "detainees receive timely access to health care and that medicines are "
         "administered safely.",
         "Review the health care contract performance indicators with the provider, "
         "including response times to custody calls.",
         "Head of Criminal Justice / Contract Manager", "Jan-26", "Not started", ""],
        ["", "2.2", "",
         "Complete an audit of controlled drugs storage and administration records in "
         "both suites.",
         "Health Care Lead (provider)", "30/09/2025", "Complete",
         "Audit completed 12 September 2025; no discrepancies found."],
        ["Release and transfer from custody", "9.1",
         "Area for improvement 9 – Release plans should be completed for all detainees "
         "and should address identified risks.",
         "Add a mandatory pre-release risk assessment field to the custody system and "
         "monitor completion weekly.",
         "Criminal Justice Systems Lead", "Ongoing", "On track",
         "Field live; weekly completion rate 94%."],
        [],
        ["Total actions: 9 (Complete 3; On track 3; Amber 1; Red 1; Not started 1)"],
        ["Status as at 31 October 2025 – reviewed by the Custody Strategic Board."],
    ]
    with open(out("ok2-bedfordshire-police-custody-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Environment Agency Board - action log (tab-separated text)
# ---------------------------------------------------------------------------
def make_ea_txt():
    lines = [
        "Environment Agency Board – Action Log",
        "As at 30 September 2025 – for the Board meeting on 6 November 2025",
        "Status key: Green = on track; Amber = at risk of delay; Red = overdue; "
        "Closed = action complete (closed actions are removed after the next meeting)",
        "",
        "\t".join(["Ref", "Agenda item", "Action", "Owner", "Due", "Status", "Update"]),
        "Board meeting – 20 March 2025",
        "\t".join(["BA/25/02", "5. Corporate risk register",
                   "Add a specific risk on the cyber security of operational telemetry to "
                   "the corporate risk register.",
                   "Chief Digital and Information Officer", "May 2025", "Closed",
                   "Risk CR14 added and reviewed by ARAC on 10 June 2025."]),
        "\t".join(["BA/25/04", "6. Flood and coastal investment programme 2025/26",
                   "Provide the Board with a breakdown of the capital programme by risk "
                   "management authority and by the number of properties better "
                   "protected.",
                   "Executive Director, Flood and Coastal Erosion Risk Management",
                   "Jul 2025", "Red",
                   "Delayed pending the spending review settlement; now scheduled for "
                   "the November Board."]),
        "Board meeting – 15 May 2025",
        "\t".join(["BA/25/09", "5. Water company regulation",
                   "Bring a paper on the Agency's role in the proposed new water "
                   "regulator, including the implications for staff transfer.",
                   "Chief Executive / Executive Director, Water", "Nov 2025", "Green",
                   "Paper in preparation with Defra."]),
        "\t".join(["BA/25/10", "6. People strategy",
                   "Share the results of the 2025 pulse survey, broken down by "
                   "directorate, with the Board.",
                   "Chief People Officer", "Sep 2025", "Closed",
                   "Circulated to members on 12 September 2025."]),
        "\t".join(["BA/25/11", "7. Health, safety and wellbeing report",
                   "Circulate the lessons learned review of the incident at the Thames "
                   "Barrier maintenance site to all Board members.",
                   "Chief Operating Officer", "30/06/2025", "Amber",
                   "Review finalised; awaiting legal clearance before circulation."]),
        "Board meeting – 17 July 2025",
        "\t".join(["BA/25/14", "4. Chief Executive's report",
                   "Arrange a Board visit to the Boston Barrier and the Lincolnshire "
                   "coastal sites in spring 2026.",
                   "Board Secretary", "Apr 2026", "Green",
                   "Provisional dates offered to members."]),
        "\t".join(["BA/25/15", "8. Enforcement and sanctions statement",
                   "Report the number of environmental permit enforcement cases closed "
                   "without sanction in 2024/25, by sector.",
                   "Director of Regulated Industry", "Ongoing – quarterly", "Green",
                   "First quarterly report included at Annex B."]),
        "",
        "7 actions: 2 closed, 3 green, 1 amber, 1 red",
    ]
    with open(out("ok2-environment-agency-board-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_staffordshire()
    make_icb_baf()
    make_longhurst()
    make_beech_house()
    make_school()
    make_bedfordshire_csv()
    make_ea_txt()
    print("done")
