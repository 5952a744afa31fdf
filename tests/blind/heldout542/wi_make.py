"""Build the seven wi- blind test files (set heldout542).

Run with /work/main/.venv/bin/python wi_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. West Lothian Council - Whitdale House care home - Care Inspectorate plan
# ---------------------------------------------------------------------------
WL_FILE = "wi-west-lothian-council-whitdale-house-care-inspectorate-improvement-plan.xlsx"
WL_TITLE = "Whitdale House Care Home – Care Inspectorate Improvement Plan"
WL_KQ1 = "Key question 1: How well do we support people’s wellbeing?"
WL_KQ2 = "Key question 2: How good is our leadership?"
WL_KQ5 = "Key question 5: How well is our care and support planned?"
WL_R1 = ("Requirement 1: By 30 June 2025, the provider must ensure that people’s medication "
         "is managed safely and in accordance with good practice guidance, including "
         "protocols for ‘as required’ medication and accurate recording of topical medication.")
WL_AFI1 = ("Area for improvement 1: To support people’s wellbeing, the provider should ensure "
           "that people have regular opportunities to take part in meaningful activities, both "
           "in the home and in the local community.")
WL_R2 = ("Requirement 2: By 31 July 2025, the provider must ensure that quality assurance "
         "processes are effective in identifying and addressing areas for improvement.")
WL_AFI2 = ("Area for improvement 2: The provider should ensure that each person’s personal plan "
           "is reviewed at least once in every six month period with the person and their "
           "representatives, in line with legislation.")

# rows: ("kq", text) | ("req", text) | ("act", ref, action, lead, target, revised, progress, rag)
WL_ROWS = [
    ("kq", WL_KQ1),
    ("req", WL_R1),
    ("act", "1.1",
     "Develop and implement PRN protocols for every resident prescribed ‘as required’ "
     "medication; protocols to be reviewed monthly as part of the medication audit.",
     "Care Home Manager", d(2025, 6, 30), None,
     "Protocols in place for all residents. Monthly review added to the audit tool.", "blue"),
    ("act", "1.2",
     "Introduce body maps and topical medication administration records (TMARs) for all "
     "residents with prescribed creams.\nSenior care workers to check completion at every shift handover.",
     "Senior Care Workers / Depute Manager", d(2025, 6, 30), None,
     "May audit showed 86% completion. Further spot checks planned.", "green"),
    ("req", WL_AFI1),
    ("act", "1.3",
     "Recruit a second Activities Co-ordinator and publish a weekly activity planner in each unit.",
     "Care Home Manager", "Sept 2025", None,
     "Post advertised July 2025; interviews 19 August.", "green"),
    ("act", "1.4",
     "Record each person’s engagement in activities in their personal plan and review it at the "
     "monthly keyworker session.",
     "Keyworkers", d(2025, 10, 31), None,
     "Recording template agreed. Roll-out delayed by staffing pressures in July.", "amber"),
    ("kq", WL_KQ2),
    ("req", WL_R2),
    ("act", "2.1",
     "Revise the quality assurance calendar so that audits of medication, personal plans, falls "
     "and the environment are completed monthly and actions are tracked to completion.",
     "Care Home Manager & Service Manager (Care Homes)", d(2025, 7, 31), None,
     "New QA calendar in use from 1 July 2025.", "blue"),
    ("act", "2.2",
     "Service Manager to complete a quarterly provider visit and report findings to the Senior "
     "Manager, Older People’s Services.",
     "Service Manager (Care Homes)", "Quarterly", None,
     "First visit completed 12 August 2025.", "green"),
    ("kq", WL_KQ5),
    ("req", WL_AFI2),
    ("act", "5.1",
     "Agree a six-monthly review schedule for all residents and invite families to reviews at "
     "least four weeks in advance.",
     "Depute Manager", d(2025, 8, 31), d(2025, 11, 30),
     "44 of 58 reviews completed. Revised date agreed with Service Manager.", "red"),
    ("act", "5.2",
     "Provide refresher training on outcome-focused personal planning for all senior care workers.",
     "Learning & Development Officer / Depute Manager", "Oct-25", None,
     "Training dates being arranged.", None),
]


def build_wl(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [7, 58, 30, 16, 13, 40, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = WL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "West Lothian Council, Social Policy – Care Homes for Older People"
    ws["A3"] = ("Inspection: 4–6 March 2025 (unannounced)   Report published: 17 April 2025   "
                "Service number: CS2003015347")
    ws["A4"] = ("Grades – Wellbeing: 3 Adequate; Leadership: 3 Adequate; Staff team: 4 Good; "
                "Setting: 4 Good; Care and support planning: 2 Weak")
    for r in (2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(italic=True)
    hdr = ["Ref", "Action to be taken", "Lead", "Target date", "Revised date",
           "Progress update (September 2025)", "RAG"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for row in WL_ROWS:
        if row[0] == "kq":
            ws.cell(r, 1, row[1]).font = Font(bold=True, size=12)
            ws.cell(r, 1).fill = fill("BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "req":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("F2F2F2")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, target, revised, progress, rag = row
            vals = [ref, action, lead, target, revised, progress, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 7).fill = fill(FILL[rag])
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for col, words in (("blue", "Complete"), ("green", "On track"),
                       ("amber", "Some slippage – action being taken"),
                       ("red", "Not on track – escalated to Service Manager")):
        ws.cell(r, 1).fill = fill(FILL[col])
        ws.cell(r, 2, words)
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: plan to be reviewed at the monthly Care Homes governance meeting and "
                  "shared with the Care Inspectorate link inspector. Blank RAG = not yet started.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A7"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Belfast City Council - internal audit recommendations tracker
# ---------------------------------------------------------------------------
BCC_FILE = "wi-belfast-city-council-internal-audit-recommendations-tracker.xlsx"
BCC_TITLE = "Belfast City Council – Internal Audit Recommendations Tracker"
BCC_AUD1 = "Fleet Management – Waste Collection (report issued March 2024)"
BCC_AUD2 = "Procurement – Single Tender Actions (report issued September 2024)"
BCC_AUD3 = "Leisure Centres – Income Management (report issued January 2025)"

# audit -> list of recommendations; each rec: (ref, priority, rec text, [actions])
# action: (action text, owner, original, revised, rag letter, progress)
BCC_DATA = [
    (BCC_AUD1, [
        ("FM1", "1",
         "Vehicle defect reports should be reviewed daily and defects closed out before "
         "vehicles return to service.",
         [("Introduce electronic daily walk-round checks through the Tranman system, with "
           "automatic escalation of category A defects to the Fleet Workshop Supervisor.",
           "Fleet Manager", d(2024, 12, 31), d(2025, 3, 31), "B",
           "Implemented April 2025 – verified by AGRS follow-up.")]),
        ("FM2", "2",
         "Fuel card transactions should be reconciled monthly to vehicle mileage records.",
         [("Monthly fuel reconciliation to be completed by Fleet Administration, with "
           "exceptions reported to the Fleet Manager.",
           "Fleet Manager / Business Support Manager", d(2024, 9, 30), d(2025, 12, 31), "A",
           "Reconciliations completed for April–July; exception reporting not yet in place.")]),
    ]),
    (BCC_AUD2, [
        ("PR1", "1",
         "All single tender actions (STAs) should be approved in advance by the Director of "
         "Finance and recorded in the STA register.",
         [("Update the Procurement Procedures to require Director of Finance sign-off before "
           "any STA is issued.",
           "Head of Commercial and Procurement Services", d(2025, 3, 31), None, "B",
           "Revised procedures approved by SP&R Committee, March 2025."),
          ("Deliver briefing sessions on STA requirements to all departmental procurement leads.",
           "Procurement Manager", d(2025, 6, 30), d(2025, 10, 31), "A",
           "3 of 5 sessions delivered.")]),
        ("PR2", "2",
         "The STA register should be reported to the Audit and Risk Panel at least annually.",
         [("Include an annual STA summary in the procurement annual report to the Strategic "
           "Policy and Resources Committee and the Audit and Risk Panel.",
           "Head of Commercial and Procurement Services", d(2025, 12, 31), None, "G",
           "First report scheduled for the December 2025 Panel.")]),
    ]),
    (BCC_AUD3, [
        ("LC1", "2",
         "Cash-up procedures at leisure centres should be standardised and subject to "
         "independent check.",
         [("Issue standard cash handling procedures to all centres and carry out quarterly "
           "unannounced cash checks.",
           "Client Manager (Leisure)", d(2025, 6, 30), None, "R",
           "Procedures drafted but not yet issued. Revised date to be agreed with AGRS.")]),
        ("LC2", "3",
         "Invoices for club block bookings should be raised within 14 days of the booking period.",
         [("Produce a weekly report of unbilled block bookings from the booking system for "
           "review by each Centre Manager.",
           "Centre Managers; Finance Business Partner", "Sept 2025", None, "G",
           "Report built; in use at 6 of 8 centres.")]),
    ]),
]
BCC_RAG = {"B": "8DB4E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}


def build_bcc(path):
    wb = Workbook()
    # Summary sheet
    s = wb.active
    s.title = "Summary"
    s.column_dimensions["A"].width = 62
    for col in "BCDEFG":
        s.column_dimensions[col].width = 13
    s["A1"] = BCC_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of recommendations followed up – position at 30 September 2025"
    hdr = ["Audit", "Priority 1", "Priority 2", "Priority 3", "Total", "Implemented",
           "Outstanding"]
    for c, h in enumerate(hdr, 1):
        s.cell(4, c, h).font = Font(bold=True)
        s.cell(4, c).fill = fill("D9D9D9")
        s.cell(4, c).border = BOX
    rows = [(BCC_AUD1, 1, 1, 0, 2, 1, 1), (BCC_AUD2, 1, 1, 0, 2, 0, 2),
            (BCC_AUD3, 0, 1, 1, 2, 0, 2)]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            s.cell(r, c, v).border = BOX
        r += 1
    for c, v in enumerate(["Total", 2, 3, 1, 6, 1, 5], 1):
        s.cell(r, c, v).font = Font(bold=True)
        s.cell(r, c).border = BOX
    s.cell(r + 2, 1, "Detail of each recommendation is on the ‘Recommendations’ sheet. "
                     "Definitions are on the ‘Key’ sheet.")

    # Recommendations sheet
    ws = wb.create_sheet("Recommendations")
    widths = [7, 9, 42, 46, 28, 13, 13, 7, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = BCC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit, Governance and Risk Services (AGRS) – position at 30 September 2025"
    ws["A3"] = "Report to the Audit and Risk Panel, 11 November 2025"
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "RAG",
           "Progress at 30 September 2025"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for audit, recs in BCC_DATA:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, pri, rec, actions in recs:
            first = r
            ws.cell(r, 1, ref)
            ws.cell(r, 2, pri)
            ws.cell(r, 3, rec)
            for act, owner, orig, rev, rag, prog in actions:
                vals = {4: act, 5: owner, 6: orig, 7: rev, 8: rag, 9: prog}
                for c, v in vals.items():
                    cell = ws.cell(r, c, v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = fill(BCC_RAG[rag])
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                for c in range(1, 10):
                    ws.cell(r, c).border = BOX
                    if c != 8:
                        ws.cell(r, c).alignment = WRAP
                r += 1
            if r - 1 > first:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    ws.freeze_panes = "A6"

    # Key sheet
    k = wb.create_sheet("Key")
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 80
    k["A1"] = "Priority"
    k["A1"].font = Font(bold=True)
    pri = [("1", "Significant weakness in control – requires urgent management attention."),
           ("2", "Control weakness that should be addressed within a reasonable timescale."),
           ("3", "Improvement to control or efficiency – good practice.")]
    r = 2
    for a, b in pri:
        k.cell(r, 1, a)
        k.cell(r, 2, b)
        r += 1
    r += 1
    k.cell(r, 1, "RAG").font = Font(bold=True)
    r += 1
    for a, b in [("B", "Implemented – verified by AGRS"),
                 ("G", "Not yet due / on track for the original target date"),
                 ("A", "Revised target date agreed"),
                 ("R", "Overdue – no revised date agreed")]:
        k.cell(r, 1, a).fill = fill(BCC_RAG[a])
        k.cell(r, 2, b)
        r += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Caerphilly CBC - corporate risk register (refuse: mistyped month)
# ---------------------------------------------------------------------------
CCBC_FILE = "wi-caerphilly-cbc-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
CCBC_TITLE = "Corporate Risk Register 2025/26 – Quarter 2"
# risk: (ref, title/description, risk owner, inherent, residual, trend, actions)
# action: (text, owner, target, prev, current)
CCBC_RISKS = [
    ("CRR01",
     "Medium Term Financial Plan\nThe Council is unable to set a balanced budget for 2026/27 "
     "and later years because of the forecast funding gap of £45m over the MTFP period.",
     "Head of Financial Services and S151 Officer", "5 x 5 = 25", "4 x 5 = 20", "↔",
     [("Deliver the Mobilising Team Caerphilly transformation programme savings proposals for "
       "2026/27.", "Corporate Management Team", "March 2026", "Red", "Red"),
      ("Review the reserves strategy and report to Cabinet with the draft budget proposals.",
       "Head of Financial Services and S151 Officer", "January 2026", "Amber", "Amber"),
      ("Respond to the provisional local government settlement with the WLGA.",
       "Chief Executive", "December 2025", "Amber", "Green")]),
    ("CRR02",
     "Safeguarding\nFailure to safeguard children and adults at risk, resulting in harm and "
     "loss of public confidence.",
     "Corporate Director for Social Services and Housing", "4 x 5 = 20", "3 x 5 = 15", "↔",
     [("Refresh the Corporate Safeguarding Policy and deliver mandatory safeguarding training "
       "to all elected members.", "Head of Children’s Services / Head of Adult Services",
       "November 2025", "Green", "Green"),
      ("Complete the annual corporate safeguarding self-assessment and report it to the Social "
       "Services Scrutiny Committee.", "Corporate Safeguarding Lead", "Febuary 2026", "Green",
       "Green")]),
    ("CRR03",
     "Cyber security\nA successful cyber attack causes loss of systems and data and prevents "
     "the delivery of key services.",
     "Head of Customer and Digital Services", "4 x 5 = 20", "3 x 4 = 12", "↓",
     [("Implement multi-factor authentication for all remote access accounts.",
       "ICT Security Manager", "October 2025", "Amber", "Green"),
      ("Run a cyber incident tabletop exercise with the Corporate Management Team.",
       "ICT Security Manager", "March 2026", "Amber", "Amber")]),
    ("CRR04",
     "Decarbonisation\nThe Council does not achieve its commitment to be net zero carbon by 2030.",
     "Head of Regeneration and Planning", "4 x 4 = 16", "4 x 3 = 12", "↔",
     [("Publish the refreshed Decarbonisation Strategy action plan.",
       "Decarbonisation Officer", "June 2026", "Amber", "Amber"),
      ("Complete the LED street lighting replacement programme.",
       "Highways Manager", "September 2026", "Green", "Green")]),
]
CCBC_RAGFILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}


def build_ccbc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    widths = [8, 44, 24, 12, 50, 26, 14, 10, 10, 12, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Caerphilly County Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = CCBC_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Position at 30 September 2025 – Owner: Corporate Management Team – "
                "Reported to: Governance and Audit Committee, 25 November 2025")
    hdr = ["Risk ref", "Risk", "Risk owner", "Inherent risk (L x I)", "Mitigating actions",
           "Action owner", "Target date", "Previous RAG", "Current RAG",
           "Residual risk (L x I)", "Trend"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005A9C")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for ref, risk, owner, inh, res, trend, actions in CCBC_RISKS:
        first = r
        ws.cell(r, 1, ref)
        ws.cell(r, 2, risk)
        ws.cell(r, 3, owner)
        ws.cell(r, 4, inh)
        ws.cell(r, 10, res)
        ws.cell(r, 11, trend)
        for text, aowner, target, prev, cur in actions:
            ws.cell(r, 5, text)
            ws.cell(r, 6, aowner)
            ws.cell(r, 7, target)
            ws.cell(r, 8, prev).fill = fill(CCBC_RAGFILL[prev])
            ws.cell(r, 9, cur).fill = fill(CCBC_RAGFILL[cur])
            for c in range(1, 12):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        for c in (1, 2, 3, 4, 10, 11):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (L) 1–5 x Impact (I) 1–5. Red 15–25; Amber 8–14; "
                  "Green 1–7. Trend: ↑ increasing, ↔ static, ↓ reducing.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.freeze_panes = "A6"

    # second sheet: heat map summary (not actions)
    h = wb.create_sheet("Summary")
    h["A1"] = "Corporate risks by residual score – Q2 2025/26"
    h["A1"].font = Font(bold=True)
    h.append([])
    h.append(["Risk ref", "Risk", "Inherent score", "Residual score", "Trend"])
    for ref, risk, owner, inh, res, trend, actions in CCBC_RISKS:
        h.append([ref, risk.split("\n")[0], inh, res, trend])
    h.column_dimensions["B"].width = 30
    wb.save(path)


def ccbc_typo_row():
    r = 6
    for ref, risk, owner, inh, res, trend, actions in CCBC_RISKS:
        for a in actions:
            if a[2] == "Febuary 2026":
                return r
            r += 1
    raise ValueError


# ---------------------------------------------------------------------------
# 4. Kilmacolm Primary School - Education Scotland post-inspection action plan
# ---------------------------------------------------------------------------
KPS_FILE = "wi-kilmacolm-primary-school-education-scotland-inspection-action-plan.docx"
KPS_TITLE = "Kilmacolm Primary School and Nursery Class: Post-Inspection Action Plan"
KPS_AFIS = [
    ("Area for improvement 1",
     "Senior leaders and staff should continue to develop approaches to planning, tracking and "
     "monitoring to ensure that all children make the best possible progress in literacy and "
     "numeracy.",
     [("Introduce termly tracking meetings between each class teacher and a senior leader, "
       "focused on children who are not on track in literacy and numeracy.",
       "HT / DHT", "October 2025",
       "All children not on track have an agreed support plan.",
       "Tracking meetings held for every class in September and October 2025.", "Complete"),
      ("Review the numeracy progression pathways with cluster colleagues to ensure consistent "
       "expectations from P1 to P7.",
       "PT (Numeracy) and cluster numeracy lead", "March 2026",
       "Pathways in use in all classes; consistent planning seen in learning visits.",
       "Cluster working group met twice.", "Green"),
      ("Moderate writing at each CfE level twice a year, using the Inverclyde moderation "
       "framework.",
       "All teaching staff", "Feb 2026",
       "Teachers’ professional judgements of achievement of a level are robust.",
       "First session postponed due to staff absence; rescheduled for January.", "Amber")]),
    ("Area for improvement 2",
     "Teachers should ensure that learning is consistently well matched to children’s needs, "
     "with appropriate pace and challenge for all learners.",
     [("Deliver professional learning on differentiation and high-quality questioning through "
       "the in-service day and collegiate sessions.",
       "DHT", "Nov 2025",
       "Learning visits show increased challenge in most lessons.",
       "In-service input delivered 18 August; two collegiate sessions held.", "Complete"),
      ("Introduce peer learning visits focused on pace and challenge, with feedback shared at "
       "stage partner meetings.",
       "SLT", "Ongoing",
       "All teachers take part in at least two peer visits each year.",
       "Timetable of visits agreed.", "Green")]),
    ("Area for improvement 3",
     "Practitioners in the nursery class should develop further their use of observations to "
     "plan next steps in children’s learning.",
     [("Refresh the approach to floorbooks and learning journals so that observations identify "
       "each child’s next steps.",
       "Mrs Hughes (DHT Early Years)", "January 2026",
       "Learning journals show clear, individual next steps for all children.",
       "", ""),
      ("Work with the Early Years Improvement Team to share good practice in planning "
       "responsively from children’s interests.",
       "Early Years Improvement Officer", "31 March 2026",
       "Planning is responsive and reflects children’s interests.",
       "Visit to a partner setting arranged for November.", "Green")]),
]


def set_cell_bg(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, bg=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if bg:
            set_cell_bg(cell, bg)


def set_cell_text(cell, text):
    """Write text into a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for part in parts[1:]:
        cell.add_paragraph(part)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def build_kps(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(KPS_TITLE, level=0)
    doc.add_paragraph("Inverclyde Council – Education Services")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Headteacher", "Mrs Claire Ferguson"),
                 ("Inspection", "HM Inspectors of Education, Education Scotland – 13 May 2025 "
                                "(short model inspection)"),
                 ("Report published", "24 June 2025"),
                 ("Plan agreed with", "Quality Improvement Officer, Inverclyde Council"),
                 ("Progress reviewed", "December 2025")]:
        row = t.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
    doc.add_paragraph()
    doc.add_heading("Evaluations from the inspection", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Quality indicator", "Primary stages", "Nursery class"]):
        t.rows[0].cells[c].text = h
    bold_row(t.rows[0], "D9E2F3")
    for a, b, c in [("Learning, teaching and assessment", "good", "good"),
                    ("Raising attainment and achievement / Securing children’s progress",
                     "satisfactory", "good")]:
        row = t.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
        row.cells[2].text = c
    doc.add_paragraph()
    doc.add_paragraph("HM Inspectors discussed the following areas for improvement with the "
                      "headteacher and a representative from Inverclyde Council. This plan sets "
                      "out the actions the school will take to address them.")
    doc.add_paragraph("Status key: Complete; Green – on track; Amber – some slippage; "
                      "Red – not on track. Blank – not yet started.")
    for heading, afi, actions in KPS_AFIS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph(afi)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Action", "Lead", "Timescale", "Measures of success",
                               "Progress (December 2025)", "Status"]):
            t.rows[0].cells[c].text = h
        bold_row(t.rows[0], "D9E2F3")
        for act, lead, when, measure, prog, status in actions:
            row = t.add_row()
            for c, v in enumerate([act, lead, when, measure, prog, status]):
                row.cells[c].text = v
        doc.add_paragraph()
    doc.add_paragraph("Signed: Claire Ferguson, Headteacher        Date: 12 December 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Bron Derw Medical Centre - HIW GP inspection improvement plan
# ---------------------------------------------------------------------------
BD_FILE = "wi-bron-derw-medical-centre-hiw-gp-inspection-improvement-plan.docx"
BD_TITLE = "Bron Derw Medical Centre – Healthcare Inspectorate Wales Improvement Plan"
BD_D1 = "Quality of Patient Experience"
BD_D2 = "Delivery of Safe and Effective Care"
BD_D3 = "Quality of Management and Leadership"
# (domain, [(finding, improvement needed, standard, service action, responsible, timescale)])
BD_ROWS = [
    (BD_D1, [
        ("The practice website and patient leaflet did not include information in Welsh.",
         "The practice must ensure that patients are actively offered the opportunity to "
         "communicate in Welsh, in line with the ‘Active Offer’.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Welsh-speaking staff to wear ‘Iaith Gwaith’ badges and lanyards.\n"
         "Bilingual signage to be installed at reception and in the waiting room.\n"
         "Practice website and patient leaflet to be updated in Welsh.",
         "Practice Manager", "30 June 2025"),
        ("Patients told us it was difficult to get through on the telephone in the morning.",
         "The practice should review its telephone access arrangements and consider how patients "
         "are kept informed of their position in the call queue.",
         "Health and Care Quality Standards 2023 – Timely",
         "Call queuing with position announcements to be enabled on the new cloud telephony "
         "system.",
         "Practice Manager / Cluster IT Lead", "August 2025"),
    ]),
    (BD_D2, [
        ("Emergency drugs and equipment were checked but the checks were not recorded.",
         "The practice must ensure that checks of emergency drugs and equipment are recorded "
         "at least weekly.",
         "Health and Care Quality Standards 2023 – Safe",
         "Weekly checklist introduced for the emergency drugs, oxygen and defibrillator, signed "
         "by the duty nurse.",
         "Lead Practice Nurse", "Immediate and ongoing"),
        ("Two GPs and one nurse had not completed Level 3 safeguarding children training.",
         "The practice must ensure that all clinical staff complete safeguarding training at the "
         "level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe",
         "Training matrix reviewed; outstanding Level 3 safeguarding children training booked "
         "for the staff identified.",
         "Dr Sioned Pritchard (Safeguarding Lead)", "31/07/2025"),
        ("Clinical waste bins in one treatment room were not foot operated.",
         "The practice should ensure that clinical waste bins in treatment rooms are lidded and "
         "foot operated.",
         "Health and Care Quality Standards 2023 – Safe; Infection Prevention and Control",
         "Replacement foot-operated bins ordered for both treatment rooms.",
         "Practice Manager", "May 2025"),
    ]),
    (BD_D3, [
        ("Not all staff had received an annual appraisal.",
         "The practice must ensure that all staff have an annual appraisal and that this is "
         "documented.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Appraisal schedule for 2025-26 agreed; all non-clinical staff appraisals to be "
         "completed and recorded on the HR system.",
         "Practice Manager and Deputy Practice Manager", "By 31 October 2025"),
        ("Whole-team meetings were held but were not minuted.",
         "The practice should hold regular whole-team meetings and record minutes, including "
         "the actions agreed.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Monthly protected learning time meetings to be minuted and the minutes shared on the "
         "practice intranet.",
         "Deputy Practice Manager", "Monthly"),
    ]),
]


def build_bd(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(BD_TITLE, level=0)
    doc.add_paragraph("Service: Bron Derw Medical Centre, Bangor – Betsi Cadwaladr University "
                      "Health Board")
    doc.add_paragraph("Date of inspection: 11 February 2025")
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        t.rows[0].cells[c].text = h
    bold_row(t.rows[0], "E7E6E6")
    m = t.rows[1].cells[0].merge(t.rows[1].cells[4])
    m.text = "No immediate assurance issues were identified on this inspection."
    doc.add_paragraph()
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("The table below includes the improvements identified during the "
                      "inspection and the actions the practice is taking to address them.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["Risk / finding / issue", "Improvement needed",
                           "Standard / Regulation", "Service action", "Responsible officer",
                           "Timescale"]):
        t.rows[0].cells[c].text = h
    bold_row(t.rows[0], "E7E6E6")
    for domain, rows in BD_ROWS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = domain
        bold_row(row, "F2F2F2")
        for finding, need, std, action, resp, when in rows:
            row = t.add_row()
            for c, v in enumerate([finding, need, std, action, resp, when]):
                set_cell_text(row.cells[c], v)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Service representative", ""), ("Name (print):", "Dr Elin Parry"),
                 ("Job role:", "GP Partner"), ("Date:", "14 April 2025")]:
        row = t.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Estyn - Audit and Risk Assurance Committee action log (CSV)
# ---------------------------------------------------------------------------
EST_FILE = "wi-estyn-audit-and-risk-assurance-committee-action-log.csv"
EST_TITLE = "Estyn – Audit and Risk Assurance Committee (ARAC) action log"
EST_MEETINGS = [
    ("Meeting: 18 March 2025", [
        ("ARAC 25/01", "Internal audit – Information governance",
         "Circulate the revised Information Asset Register to Committee members.",
         "Head of Corporate Services", "Jun-25", "Blue", "Circulated 2 June 2025."),
        ("ARAC 25/02", "Corporate risk register",
         "Add a corporate risk on the introduction of the new inspection framework.\n"
         "Risk to be scored and an owner agreed by the Strategy Group.",
         "Strategic Director", "May 2025", "Blue", "Added as CR12."),
        ("ARAC 25/03", "Audit Wales – audit of accounts 2023-24",
         "Provide a briefing on the lessons learned from the 2023-24 accounts closedown.",
         "Head of Finance", "30/11/2025", "Green", "Briefing scheduled for the November meeting."),
    ]),
    ("Meeting: 24 June 2025", [
        ("ARAC 25/04", "Annual report and accounts 2024-25",
         "Amend the governance statement to reflect the change to the Accounting Officer’s "
         "delegations.",
         "Head of Finance / Committee Secretary", "Jul-25", "Blue", "Done before the accounts were laid."),
        ("ARAC 25/05", "Internal audit – Business continuity",
         "Test the business continuity plan for loss of the Cardiff office, including remote "
         "access for inspectors.",
         "Head of Corporate Services", "Q3 2025-26", "Amber",
         "Test postponed to January 2026 because of the IT migration."),
        ("ARAC 25/06", "Any other business",
         "Arrange a deep dive on cyber security for a future meeting.",
         "Chief Inspector; Head of ICT", "Mar-26", "Green", "Scheduled for the March 2026 meeting."),
    ]),
    ("Meeting: 30 September 2025", [
        ("ARAC 25/07", "Counter fraud",
         "Update the Counter Fraud Policy to reflect the new ‘failure to prevent fraud’ offence.",
         "Head of Finance", "31/12/2025", "Green", ""),
        ("ARAC 25/08", "Internal audit plan 2025-26",
         "Bring forward the audit of inspection scheduling and report the outcome to the "
         "January 2026 meeting.",
         "Head of Internal Audit", "January 2026", "", "Fieldwork not yet started."),
    ]),
]


def build_est(path):
    n = 7
    rows = [[EST_TITLE] + [""] * (n - 1),
            ["Updated 3 November 2025 for the meeting on 18 November 2025"] + [""] * (n - 1),
            [""] * n,
            ["Action ref", "Agenda item", "Action", "Owner", "Due date", "RAG", "Update"]]
    for meeting, acts in EST_MEETINGS:
        rows.append([meeting] + [""] * (n - 1))
        for a in acts:
            rows.append(list(a))
    rows.append([""] * n)
    rows.append(["RAG: Blue = complete; Green = on track; Amber = at risk of slipping; "
                 "Red = overdue. Blank = not started."] + [""] * (n - 1))
    rows.append(["Completed actions are removed from the log once reported to the Committee."]
                + [""] * (n - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Strangford Integrated College - ETI inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
SIC_FILE = "wi-strangford-integrated-college-eti-inspection-action-plan.txt"
SIC_TITLE = "Strangford Integrated College – ETI Inspection Action Plan"
SIC_AFIS = [
    ("Area for Improvement 1: Improve the consistency of learning and teaching so that all "
     "lessons provide appropriate challenge and support for pupils of all abilities.",
     [("1.1", ["Whole-staff training on adaptive teaching and assessment for learning, led by "
               "the EA School Development Service."],
       "VP (Curriculum)", "Sept 2025 – Jan 2026",
       "Lesson observations show challenge for all pupils in most lessons.", "G"),
      ("1.2", ["Paired lesson observations with an agreed focus on challenge; findings shared "
               "at departmental meetings."],
       "Heads of Department", "Ongoing", "All teachers observed twice a year.", "G"),
      ("1.3", ["SLT work scrutiny each term in KS3 English and mathematics."],
       "Principal; VP (Curriculum)", "31/03/2026",
       "Work scrutiny shows consistent marking for improvement.", "A")]),
    ("Area for Improvement 2: Develop further the use of data at whole-school and department "
     "level to identify and address underachievement, particularly for boys in key stage 4.",
     [("2.1", ["Set up a tracking system for GCSE outcomes with termly reviews of pupils below "
               "target by Heads of Year and Heads of Department",
               "and agreed intervention plans for each pupil identified."],
       "Data Manager / Head of Year 11", "Oct 2025",
       "Tracking system in use; intervention plans in place.", "B"),
      ("2.2", ["Mentoring for identified Year 11 boys by staff and sixth-form mentors."],
       "Head of Year 11", "Jan-26", "Improved predicted grades for mentored pupils.", "G"),
      ("2.3", ["Report progress on underachievement to the Board of Governors at each meeting."],
       "Principal", "Termly", "Governors able to challenge and support.", "G")]),
    ("Area for Improvement 3: Ensure that the child protection and anti-bullying policies fully "
     "reflect the current guidance from the Department of Education.",
     [("3.1", ["Update the child protection and anti-bullying policies in line with the "
               "Addressing Bullying in Schools Act (NI) 2016 and DE guidance; ratify at the "
               "Board of Governors."],
       "Designated Teacher / Chair of BoG", "June 2025",
       "Policies ratified and published on the college website.", "B"),
      ("3.2", ["Consult pupils and parents on the revised anti-bullying policy."],
       "Deputy Designated Teacher", "Nov 2025",
       "Survey responses inform the policy review.", "")]),
]


def build_sic(path):
    lines = [
        SIC_TITLE,
        "Carrowdore, Co. Down",
        "Inspection: 10–13 March 2025    Report published: 20 May 2025",
        "Action plan submitted to the Education Authority and ETI: June 2025    "
        "Progress update: December 2025",
        "",
    ]
    header = "\t".join(["Ref", "Action", "Person(s) responsible", "Timescale",
                        "Success criteria", "RAG"])
    for afi, acts in SIC_AFIS:
        lines.append(afi)
        lines.append(header)
        for ref, parts, who, when, crit, rag in acts:
            lines.append("\t".join([ref, parts[0], who, when, crit, rag]))
            for extra in parts[1:]:
                lines.append("\t".join(["", extra, "", "", "", ""]))
        lines.append("")
    lines.append("Key: B = completed; G = on track; A = some delay; R = significant concern; "
                 "blank = not yet started")
    lines.append("Approved by the Board of Governors, 17 June 2025")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_wl(os.path.join(HERE, WL_FILE))
    build_bcc(os.path.join(HERE, BCC_FILE))
    build_ccbc(os.path.join(HERE, CCBC_FILE))
    build_kps(os.path.join(HERE, KPS_FILE))
    build_bd(os.path.join(HERE, BD_FILE))
    build_est(os.path.join(HERE, EST_FILE))
    build_sic(os.path.join(HERE, SIC_FILE))
    print("built 7 files")


if __name__ == "__main__":
    main()
