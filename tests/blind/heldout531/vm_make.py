#!/usr/bin/env python3
"""Build the seven vm- blind test files (set heldout531).

Run with: /work/main/.venv/bin/python vm_make.py
Writes only files whose names start with "vm-" into this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("vm-")
    return os.path.join(HERE, name)


FILL = {
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. Cotswold District Council - Corporate Plan action plan, Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def cotswold():
    title = "Cotswold District Council Corporate Plan 2024-2028: Action Plan Q2 2025/26"
    priorities = [
        ("Priority 1: Delivering Good Services", [
            ("DGS1", "Implement the new customer services operating model, including a single telephone and online front door for residents",
             "Customer Delivery", "Business Manager – Customer Services", dt.date(2026, 3, 31), None, "Green", "Green",
             "Telephony platform migrated in August; review of online forms under way."),
            ("DGS2", "Complete the procurement of replacement waste and recycling vehicles for the Ubico contract",
             "Environment and Waste", "Assistant Director – Operations / Fleet Manager", dt.date(2025, 12, 31), dt.date(2026, 4, 30), "Amber", "Red",
             "Supplier lead times have extended and Cabinet agreed a revised date in September. Hire vehicles are in place as contingency."),
            ("DGS3", "Review fees and charges and publish the 2026/27 schedule alongside the draft budget",
             "Finance", "Chief Finance Officer", dt.date(2025, 9, 30), None, "Green", "Complete",
             "Schedule published with the draft budget papers on 15 September."),
        ]),
        ("Priority 2: Responding to the Climate Emergency", [
            ("CE1", "Install solar PV and battery storage at the Trinity Road offices",
             "Climate Change", "Climate Change Manager", dt.date(2025, 10, 31), None, "Green", "Green",
             "Contractor appointed; installation booked for the October half term."),
            ("CE2", "Publish a Local Nature Recovery action plan for the district with Gloucestershire partners",
             "Climate Change", "Lucy Harte and Owen Pritchard", dt.date(2026, 6, 30), None, "Green", "Amber",
             "County-wide strategy consultation delayed to November, which pushes the district plan back."),
        ]),
        ("Priority 3: Delivering Housing", [
            ("H1", "Submit a planning application for affordable homes on the Council-owned site at Down Ampney",
             "Housing and Planning", "Assistant Director – Property and Regeneration", dt.date(2025, 12, 31), None, "Green", "Amber",
             "Ecology surveys found bat roosts; application now expected in December subject to mitigation design."),
            ("H2", "Bring long-term empty homes back into use through advice, grants and, where necessary, enforcement",
             "Housing and Planning", "Housing Strategy Manager", "Ongoing", None, "Green", "Green",
             "14 properties brought back into use in the quarter."),
        ]),
        ("Priority 4: Supporting Communities", [
            ("SC1", "Launch the 2025/26 Crowdfund Cotswold round with Council match funding for community projects",
             "Communities", "Communities Manager", dt.date(2025, 11, 30), None, "Green", "Green",
             "Round opens 3 November with £60,000 of match funding."),
        ]),
        ("Priority 5: Supporting the Economy", [
            ("SE1", "Adopt the Cirencester Town Centre Masterplan as a supplementary planning document",
             "Economy and Council Transformation", "Forward Planning Manager / Economic Development Lead", dt.date(2025, 7, 31), dt.date(2026, 3, 31), "Amber", "Amber",
             "Second consultation closed in September; adoption report to Cabinet in March."),
            ("SE2", "Deliver the UK Shared Prosperity Fund and Rural England Prosperity Fund programmes for 2025/26",
             "Economy and Council Transformation", "Economic Development Lead", "Q4 2025/26", None, "Green", "Green",
             "All grant rounds open; 62% of the allocation committed."),
        ]),
    ]
    status_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}

    wb = Workbook()
    # Summary sheet first
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress to 30 September 2025 – report to Cabinet, 6 November 2025"
    header_row(ws, 4, ["Priority", "Actions", "Complete", "Green", "Amber", "Red"])
    r = 5
    tot = [0, 0, 0, 0, 0]
    for pname, acts in priorities:
        counts = [len(acts)] + [sum(1 for a in acts if a[7] == s) for s in ("Complete", "Green", "Amber", "Red")]
        ws.cell(row=r, column=1, value=pname).border = BOX
        for i, n in enumerate(counts):
            ws.cell(row=r, column=2 + i, value=n).border = BOX
            tot[i] += n
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, n in enumerate(tot):
        c = ws.cell(row=r, column=2 + i, value=n)
        c.font = Font(bold=True)
    for i, key in enumerate(("Complete", "Green", "Amber", "Red")):
        ws.cell(row=4, column=3 + i).fill = FILL[status_fill[key]]
    r += 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "Action delivered"),
           ("Green", "On track to deliver by the target date"),
           ("Amber", "Some slippage; expected to be delivered by a revised date"),
           ("Red", "Significant delay or at risk of not being delivered")]
    for k, txt in key:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        c.fill = FILL[status_fill[k]]
        ws.cell(row=r, column=2, value=txt)
    widths(ws, {"A": 48, "B": 10, "C": 11, "D": 9, "E": 9, "F": 9})

    # Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress to 30 September 2025. Status is the lead officer's assessment at the end of the quarter."
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Action", "Portfolio", "Lead officer", "Target date", "Revised date",
                       "Q1 status", "Q2 status", "Q2 progress update"])
    r = 5
    for pname, acts in priorities:
        c = ws.cell(row=r, column=1, value=pname)
        c.font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, action, port, lead, target, revised, q1, q2, upd in acts:
            vals = [ref, action, port, lead, target, revised, q1, q2, upd]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = FILL[status_fill[q1]]
            ws.cell(row=r, column=8).fill = FILL[status_fill[q2]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: where a revised date is shown it was agreed by Cabinet on 4 September 2025 and replaces the original target date.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths(ws, {"A": 7, "B": 52, "C": 20, "D": 30, "E": 11, "F": 11, "G": 10, "H": 10, "I": 50})
    ws.freeze_panes = "C5"
    wb.save(out("vm-cotswold-district-council-corporate-plan-action-plan-q2-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Fareham Borough Council - internal audit management actions tracker (xlsx)
# ---------------------------------------------------------------------------
def fareham():
    title = "Fareham Borough Council: Internal Audit Management Actions Tracker"
    d = dt.datetime
    # audit, opinion, [ (observation, [ (ref, priority, action, officer, orig, revised, rag, update) ]) ]
    audits = [
        ("Accounts Payable (2024/25)", "Reasonable", [
            ("Requests to change supplier bank details are not always independently verified before they are processed.", [
                ("AP.1", "Medium", "Introduce a call-back to a known supplier contact for every request to change bank details, evidenced on the supplier amendment form.",
                 "Finance Manager (Exchequer)", d(2025, 3, 31), d(2025, 9, 30), "amber",
                 "Form redesigned; call-back log in use since August but not yet evidenced for all changes. Revised date agreed with SIAP."),
                ("AP.2", "Low", "Issue a reminder to all budget holders that supplier detail changes must be routed through the Exchequer team.",
                 "Finance Manager (Exchequer)", d(2025, 3, 31), None, "blue",
                 "Implemented – reminder issued 12 March 2025 and placed on the intranet."),
            ]),
        ]),
        ("Housing Repairs – Responsive Repairs (2024/25)", "Limited", [
            ("Repairs completed by the contractor are not subject to a documented post-inspection regime and the 10% inspection target is not monitored.", [
                ("HR.1", "High", "Agree and document a risk-based post-inspection regime for responsive repairs, including sample size, and report compliance monthly to the Head of Housing Assets.",
                 "Head of Housing Assets / Repairs Manager", d(2025, 6, 30), d(2025, 12, 31), "amber",
                 "Inspection procedure drafted; two additional surveyors start in November."),
            ]),
            ("Variations to repair orders above £500 were approved without evidence of a second authorisation.", [
                ("HR.2", "High", "Configure the repairs system so that a variation above £500 cannot be approved by the officer who raised the order.",
                 "Repairs Manager", d(2025, 9, 30), d(2026, 1, 31), "amber",
                 "System change requested from the supplier; scheduled for the January release."),
            ]),
            ("Void repair costs are not reconciled to the contractor's monthly invoice.", [
                ("HR.3", "Medium", "Carry out a monthly reconciliation of void repair costs to the contractor invoice, signed off by the Repairs Manager.",
                 "Senior Finance Officer", d(2025, 12, 31), None, "green",
                 "Not yet due. First reconciliation completed for September."),
            ]),
        ]),
        ("Cyber Security – Patch Management (2025/26)", "Reasonable", [
            ("There is no documented timescale for applying critical security patches to servers.", [
                ("CS.1", "Medium", "Approve a patch management standard setting out timescales for critical, high and routine patches.",
                 "ICT Infrastructure Manager", d(2025, 10, 31), None, "red",
                 "Overdue. Draft standard awaiting ICT Steering Group, which did not meet in October."),
            ]),
            ("Patch compliance is not reported to the ICT Steering Group.", [
                ("CS.2", "Low", "Add patch compliance figures to the quarterly ICT Steering Group dashboard.",
                 "Head of ICT", d(2026, 3, 31), None, "green",
                 "Not yet due."),
            ]),
        ]),
        ("Trade Waste (2023/24)", "Limited", [
            ("Collections were made for trade waste customers without a current signed agreement or waste transfer note.", [
                ("TW.1", "High", "Reconcile all trade waste collection rounds to signed customer agreements and suspend collections for any customer without a valid agreement.",
                 "Streetscene Manager", d(2024, 12, 31), d(2025, 6, 30), "blue",
                 "Implemented – reconciliation completed June 2025; 11 customers suspended until agreements signed. Verified by SIAP."),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025 – reported to the Audit and Governance Committee, 24 November 2025"
    header_row(ws, 4, ["Audit review", "Assurance opinion", "Total actions", "Implemented", "Not yet due", "Overdue"])
    r = 5
    for aname, opinion, obs in audits:
        acts = [a for _, al in obs for a in al]
        impl = sum(1 for a in acts if a[6] == "blue")
        nyd = sum(1 for a in acts if a[6] == "green")
        over = len(acts) - impl - nyd
        for col, v in enumerate([aname, opinion, len(acts), impl, nyd, over], 1):
            ws.cell(row=r, column=col, value=v).border = BOX
        r += 1
    widths(ws, {"A": 44, "B": 18, "C": 13, "D": 13, "E": 13, "F": 10})

    ws = wb.create_sheet("Live actions")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position at 31 October 2025. RAG is shown by cell colour – see the Key tab."
    ws.merge_cells("A2:K2")
    header_row(ws, 4, ["Audit review", "Assurance opinion", "Ref", "Priority", "Observation", "Management action",
                       "Responsible officer", "Original target date", "Revised target date", "RAG", "Management update"])
    r = 5
    for aname, opinion, obs in audits:
        a_start = r
        for otext, acts in obs:
            o_start = r
            for ref, pri, action, officer, orig, rev, rag, upd in acts:
                vals = {3: ref, 4: pri, 6: action, 7: officer, 8: orig, 9: rev, 11: upd}
                for col in range(1, 12):
                    c = ws.cell(row=r, column=col)
                    c.border = BOX
                    c.alignment = WRAP
                for col, v in vals.items():
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=10).fill = FILL[rag]
                r += 1
            ws.cell(row=o_start, column=5, value=otext)
            if r - 1 > o_start:
                ws.merge_cells(start_row=o_start, start_column=5, end_row=r - 1, end_column=5)
        ws.cell(row=a_start, column=1, value=aname).font = Font(bold=True)
        ws.cell(row=a_start, column=2, value=opinion)
        if r - 1 > a_start:
            ws.merge_cells(start_row=a_start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=a_start, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, {"A": 24, "B": 12, "C": 7, "D": 9, "E": 38, "F": 50, "G": 24, "H": 12, "I": 12, "J": 6, "K": 46})
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Key")
    ws["A1"] = "Key"
    ws["A1"].font = Font(bold=True, size=12)
    rows = [
        ("Priority", None),
        ("High", "Fundamental control weakness that needs immediate management attention."),
        ("Medium", "Control weakness that should be addressed within an agreed timescale."),
        ("Low", "Minor weakness or opportunity to improve efficiency."),
        (None, None),
        ("RAG (cell colour)", None),
        ("red", "Overdue and no revised date agreed"),
        ("amber", "Overdue against the original date; revised date agreed"),
        ("green", "Not yet due"),
        ("blue", "Implemented"),
    ]
    r = 3
    for a, b in rows:
        if a in FILL:
            ws.cell(row=r, column=1).fill = FILL[a]
        elif a is not None:
            ws.cell(row=r, column=1, value=a).font = Font(bold=b is None)
        if b:
            ws.cell(row=r, column=2, value=b)
        r += 1
    widths(ws, {"A": 18, "B": 70})
    wb.save(out("vm-fareham-borough-council-internal-audit-management-actions-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Tower Hamlets Health and Wellbeing Board - action log (xlsx, refuse)
# ---------------------------------------------------------------------------
def tower_hamlets():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Tower Hamlets Health and Wellbeing Board – Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Updated after the meeting of 29 September 2025. Actions are moved to the ‘Closed actions’ tab "
                "once the Board agrees they can close.")
    ws.merge_cells("A2:G2")
    header_row(ws, 4, ["Ref", "Agenda item", "Action", "Owner", "Due", "Status", "Update"])
    meetings = [
        ("Board meeting – 27 February 2025", [
            ("HWB/25/02", "SEND self-evaluation",
             "Bring the outcome of the local area SEND inspection and the partnership’s improvement plan to the Board once the report is published",
             "Director of Education / Head of SEND", "September 2025", "Complete",
             "SEND inspection report and annual report taken on 29 September 2025."),
            ("HWB/25/03", "Communities Keeping Well",
             "Board partners to identify a named contact to support the resident-led projects starting in April",
             "All Board members", "April 2025", "Overdue",
             "Contacts received from the ICB and Healthwatch; others outstanding."),
        ]),
        ("Board meeting – 13 May 2025", [
            ("HWB/25/05", "Developing a new Health and Wellbeing Strategy",
             "Circulate the workshop write-up and the draft principles for the strategy for comment",
             "Strategy and Policy Manager (Health)", "June 2025", "Complete", "Circulated 10 June 2025."),
            ("HWB/25/06", "Developing a new Health and Wellbeing Strategy",
             "Bring the draft Health and Wellbeing Strategy 2026-2030 to the Board for approval before public consultation",
             "Director of Public Health", "Febuary 2026", "On track",
             "Drafting under way; resident engagement events in November."),
        ]),
        ("Board meeting – 29 September 2025", [
            ("HWB/25/09", "Children’s healthy weight plan",
             "Provide a ward-level breakdown of National Child Measurement Programme results to Board members",
             "Public Health Programme Lead (Children and Young People)", "December 2025", "On track", ""),
            ("HWB/25/10", "Children and young people’s mental health needs assessment",
             "Share the needs assessment recommendations with the Tower Hamlets Together Board and report back on the joint response",
             "Director of Integrated Commissioning", "January 2026", "On track", ""),
            ("HWB/25/11", "Strategic vision 2035",
             "Set up a task and finish group to align the Board with the Tower Hamlets Together Board",
             "Head of Democratic Services and Director of Public Health", "December 2025", "Not started", ""),
        ]),
    ]
    sfill = {"Complete": "blue", "On track": "green", "Overdue": "red", "Not started": None}
    r = 5
    for mname, acts in meetings:
        c = ws.cell(row=r, column=1, value=mname)
        c.font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for vals in acts:
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            f = sfill[vals[5]]
            if f:
                ws.cell(row=r, column=6).fill = FILL[f]
            r += 1
    widths(ws, {"A": 11, "B": 28, "C": 56, "D": 30, "E": 15, "F": 12, "G": 44})

    ws = wb.create_sheet("Closed actions")
    ws["A1"] = "Closed actions (2024/25)"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Ref", "Meeting", "Action", "Owner", "Due", "Closed"])
    closed = [
        ("HWB/24/14", "10 December 2024", "Circulate the Safeguarding Adults Board annual report summary to partners",
         "SAB Business Manager", "January 2025", "February 2025"),
        ("HWB/24/15", "10 December 2024", "Report on access to free swimming sessions for residents who are not of Bengali origin",
         "Head of Leisure (Be Well)", "February 2025", "February 2025"),
    ]
    for i, vals in enumerate(closed, 4):
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
    widths(ws, {"A": 11, "B": 18, "C": 56, "D": 26, "E": 15, "F": 15})
    wb.save(out("vm-tower-hamlets-health-and-wellbeing-board-action-log-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row, colour="1F4E78"):
    for cell in row.cells:
        shade(cell, colour)
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


RAG_HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Together for Children Sunderland - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def sunderland():
    doc = Document()
    landscape(doc)
    doc.add_heading("Together for Children Sunderland: Ofsted Focused Visit Action Plan", level=0)
    doc.add_paragraph("Focused visit 13 and 14 May 2025: arrangements for children in need and children "
                      "subject to a child protection plan. Letter published 18 June 2025.")
    doc.add_paragraph("Owner: Director of Children’s Social Care. Monitored by the Practice Improvement Board.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    for v in [("0.1", "25/06/2025", "Head of Safeguarding and Quality Assurance", "First draft for Senior Leadership Team"),
              ("1.0", "09/07/2025", "Head of Safeguarding and Quality Assurance", "Agreed by the Practice Improvement Board"),
              ("1.2", "08/10/2025", "Quality Assurance Lead", "Quarter 2 progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x

    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, txt in [("B", "Complete and impact evidenced"), ("G", "On track"),
                   ("A", "Some slippage – mitigation in place"), ("R", "Off track – escalated to the Improvement Board")]:
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], RAG_HEX[k])
        cells[1].text = txt

    afis = [
        ("The consistency and impact of management oversight and supervision, so that plans for children progress without delay.", [
            ("1.1", "Refresh the supervision policy and templates so that supervision records set out clear actions, timescales and the expected impact for the child.",
             "Principal Social Worker", "July 2025", "B",
             "Policy relaunched 7 July 2025. Audit of 40 supervision records in September found 85% met the standard."),
            ("1.2", "Introduce monthly practice oversight panels for children in need whose plan has not progressed for three months.",
             "Head of Service – Children in Need / Service Manager (CIN/CP)", "End of September 2025", "G",
             "Panels running in all four localities since August."),
            ("1.3", "Deliver management development for all team managers on reflective supervision, with Research in Practice.",
             "Workforce Development Manager", "Q3 2025/26", "A",
             "Two of four cohorts delivered; remaining dates moved to December because of trainer availability."),
        ]),
        ("The quality of child in need and child protection plans, so that they are specific, measurable and understood by children and families.", [
            ("2.1", "Launch a revised child’s plan template written to the child, with outcomes and contingency plans stated in plain language.",
             "Head of Safeguarding and Quality Assurance", "By 31 October 2025", "G",
             "Template tested with the Change Council; launch briefings booked for October."),
            ("2.2", "Child protection chairs to quality assure every plan at review conference and raise a practice alert where a plan is not SMART.",
             "Safeguarding Unit Manager", "Ongoing – monthly reporting", "G",
             "17 practice alerts raised in Q2; themes reported to the Practice Improvement Board."),
            ("2.3", "Thematic audit of 30 child in need plans, with findings reported to the Practice Improvement Board.",
             "Quality Assurance Lead", "December 2025", "G", ""),
        ]),
        ("The timeliness of initial child protection conferences.", [
            ("3.1", "Agree with partners a daily conference booking process so that initial child protection conferences are held within 15 working days of the strategy discussion.",
             "Safeguarding Unit Manager / Head of Safeguarding and Quality Assurance", "30/11/2025", "R",
             "Timeliness 71% in September against a target of 90%. Additional chair capacity agreed from November."),
        ]),
    ]
    for n, (afi, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]):
            c.text = h
        bold_row(t.rows[0], "D9E2F3")
        for ref, action, lead, when, rag, upd in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, [ref, action, lead, when, rag, upd]):
                c.text = x
            shade(cells[4], RAG_HEX[rag])
        for row in t.rows:
            for c, w in zip(row.cells, [Cm(1.2), Cm(8.5), Cm(4.5), Cm(3), Cm(1.3), Cm(7)]):
                c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported monthly to the Practice Improvement Board and "
                      "quarterly to the Sunderland Safeguarding Children Partnership.")
    doc.save(out("vm-together-for-children-sunderland-ofsted-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Safer Warrington Partnership - DHR 'Claire' action plan (docx)
# ---------------------------------------------------------------------------
def warrington():
    doc = Document()
    landscape(doc)
    style = doc.styles["Normal"]
    style.font.size = Pt(9)
    doc.add_heading("Safer Warrington Partnership: Domestic Homicide Review ‘Claire’ – Action Plan", level=1)
    doc.add_paragraph("Version 4 – updated for the Safer Warrington Partnership Board, 16 September 2025")
    doc.add_paragraph("Overview report and action plan agreed by the Home Office Quality Assurance Panel: February 2025")

    cols = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date",
            "Date of completion and Outcome", "RAG"]
    sections = [
        ("Section A: Overview Report Recommendations", [
            ("1. The Safer Warrington Partnership seeks assurance that agencies routinely ask about domestic abuse when an adult presents with suicidal thoughts or self-harm.", "Local", [
                ("Include routine enquiry about domestic abuse in the mental health triage and crisis line scripts, and audit compliance after six months.",
                 "Mersey Care NHS Foundation Trust", "Scripts amended April 2025; staff briefings May 2025.", "September 2025",
                 "Completed 12/09/2025 – audit of 50 calls found routine enquiry recorded in 88%.", "B"),
                ("Deliver a domestic abuse and suicide awareness briefing to GP practices across Warrington.",
                 "NHS Cheshire and Merseyside ICB (Warrington Place)", "Briefing content agreed with Warrington Domestic Abuse Partnership.", "December 2025",
                 "", "G"),
            ]),
            ("2. Warrington Borough Council reviews how the housing options service identifies and responds to domestic abuse when a household presents as homeless.", "Local", [
                ("Train all housing options officers in the DASH risk assessment and in making referrals to the Multi-Agency Risk Assessment Conference (MARAC).",
                 "Warrington Borough Council (Housing Options)", "Training commissioned from the IDVA service.", "March 2025 (revised to July 2025)",
                 "Completed July 2025 – 34 of 36 officers trained; remaining two booked.", "B"),
                ("Add a mandatory domestic abuse question to the housing options triage form.",
                 "Warrington Borough Council (Housing Options)", "Form change specified.", "June 2025",
                 "", "A"),
            ]),
            ("3. Cheshire Constabulary and Warrington Borough Council promote the Domestic Violence Disclosure Scheme so that family and friends know they can apply.", "Local", [
                ("Publicise the ‘right to ask’ under the Domestic Violence Disclosure Scheme through the partnership’s communications channels and community venues.",
                 "Cheshire Constabulary / Warrington Borough Council (Communications)", "Campaign planned for the 16 Days of Action.", "November 2025",
                 "", "G"),
            ]),
        ]),
        ("Section B: Single Agency Recommendations", [
            ("SA1. Warrington and Halton Teaching Hospitals NHS Foundation Trust strengthens the identification of domestic abuse in the Emergency Department.", "Single agency", [
                ("Embed a routine enquiry prompt in the Emergency Department electronic record and report compliance quarterly to the Trust Safeguarding Committee.",
                 "Warrington and Halton Teaching Hospitals NHS Foundation Trust", "Prompt built in test system.", "Q4 2025/26",
                 "", "G"),
            ]),
            ("SA2. Change Grow Live Warrington ensures that the partners of people using its service are considered in risk assessments.", "Single agency", [
                ("Update the risk assessment tool so that a partner’s details and any concerns are recorded and, where appropriate, shared with MARAC.",
                 "Change Grow Live", "National tool change requested.", "TBC",
                 "Awaiting national system release date.", "A"),
            ]),
        ]),
    ]
    for sname, recs in sections:
        doc.add_heading(sname, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            c.text = h
        bold_row(t.rows[0], "D9D9D9")
        for rec, scope, acts in recs:
            first = len(t.rows)
            for action, lead, miles, target, outcome, rag in acts:
                cells = t.add_row().cells
                for i, x in [(2, action), (3, lead), (4, miles), (5, target), (6, outcome), (7, rag)]:
                    cells[i].text = x
                shade(cells[7], RAG_HEX[rag])
            last = len(t.rows) - 1
            top0 = t.cell(first, 0)
            top1 = t.cell(first, 1)
            if last > first:
                top0 = top0.merge(t.cell(last, 0))
                top1 = top1.merge(t.cell(last, 1))
            top0.text = rec
            top1.text = scope
        for row in t.rows:
            for c, w in zip(row.cells, [Cm(5), Cm(2), Cm(5), Cm(3.3), Cm(3.3), Cm(2.3), Cm(3.3), Cm(1.1)]):
                c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("RAG: B = complete, G = on track, A = some slippage, R = off track. "
                      "The action plan is monitored by the Safer Warrington Partnership DHR Steering Group.")
    doc.save(out("vm-safer-warrington-partnership-dhr-claire-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Ealing Council - corporate risk register export (csv)
# ---------------------------------------------------------------------------
def ealing():
    rows = [
        ["Ealing Council - Corporate Risk Register - Quarter 2 2025/26"],
        ["Report generated: 09/10/2025 15:42 by Risk and Assurance"],
        [],
        ["Risk", "Risk Owner", "Inherent Risk Score", "Current Risk Score", "Target Risk Score", "Direction of Travel",
         "Action Ref", "Action", "Action Owner", "Due Date", "Action Status", "Latest Update"],
    ]
    risks = [
        ("CR01 Financial sustainability and the medium term financial strategy", "Strategic Director of Resources", 25, 20, 12, "No change", [
            ("CR01.1", "Deliver the 2026/27 budget savings programme:\n- £12.4m of savings already agreed\n- further proposals to Cabinet in December 2025",
             "Assistant Director Strategic Finance", "31/03/2026", "Green - On track",
             "Savings tracker reviewed monthly by CLT; £9.1m rated green."),
            ("CR01.2", "Complete the review of the capital programme and reprofile schemes that are not contractually committed",
             "Hughes, Aled; Okafor, Nneka", "31/12/2025", "Amber - Some slippage",
             "Review extended to include the housing capital programme."),
        ]),
        ("CR02 Temporary accommodation demand and cost", "Strategic Director of Housing", 25, 25, 16, "Worsening", [
            ("CR02.1", "Open the second council-owned temporary accommodation scheme in Northolt to reduce reliance on nightly paid accommodation",
             "Director of Housing Demand", "30/11/2025", "Red - Off track",
             "Handover delayed by the contractor; forecast February 2026."),
            ("CR02.2", "Implement the landlord incentive scheme to increase supply in the private rented sector",
             "Patel, Ravi", "31/03/2026", "Green - On track",
             "42 properties secured since April."),
        ]),
        ("CR03 Safeguarding children", "Strategic Director of Children's Services", 20, 12, 8, "No change", [
            ("CR03.1", "Embed the revised multi-agency threshold document across the Ealing Safeguarding Children Partnership",
             "Director of Children's Social Care", "30/09/2025", "Blue - Complete",
             "Launched at the partnership conference, 18 September 2025."),
        ]),
        ("CR04 Cyber security and resilience of ICT systems", "Chief Information Officer", 20, 16, 9, "Improving", [
            ("CR04.1", "Complete the migration of the remaining on-premise servers to the cloud platform",
             "Head of Digital Infrastructure", "31/01/2026", "Green - On track",
             "78% of servers migrated."),
            ("CR04.2", "Run a cyber incident exercise with the Corporate Leadership Team",
             "Information Security Manager", "Annual", "Green - On track",
             "2025 exercise booked for 4 November."),
        ]),
        ("CR05 Adult social care demand and provider market sustainability", "Strategic Director of Adult Social Care", 20, 16, 12, "No change", [
            ("CR05.1", "Agree the 2026/27 fee uplift for homecare and care home providers following engagement on the cost of care",
             "Head of Adult Social Care Commissioning", "28/02/2026", "Not Started",
             "Engagement starts once the local government finance settlement is known."),
        ]),
        ("CR06 High needs block deficit and SEND sufficiency", "Strategic Director of Children's Services", 25, 20, 15, "No change", [
            ("CR06.1", "Deliver year two of the Delivering Better Value in SEND programme, including two new SEND resource bases",
             "Mensah, Grace", "31/08/2026", "Amber - Some slippage",
             "One resource base open; the second is delayed by building works."),
        ]),
    ]
    n = 0
    for risk, owner, inh, cur, tgt, dot, acts in risks:
        for ref, action, aowner, due, status, upd in acts:
            rows.append([risk, owner, inh, cur, tgt, dot, ref, action, aowner, due, status, upd])
            n += 1
    rows.append([])
    rows.append([f"Total risks: {len(risks)}", f"Total actions: {n}"])
    with open(out("vm-ealing-council-corporate-risk-register-q2-2025-26.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Portsmouth City Council - programme highlight report (plain text export)
# ---------------------------------------------------------------------------
def portsmouth():
    T = "\t"
    lines = [
        "Portsmouth City Council: Customer and Digital Transformation Programme - Highlight Report",
        "Reporting period: 1 to 31 October 2025 (Period 7)",
        "Report to: Transformation Board, 12 November 2025",
        "",
        "Programme Sponsor:" + T + "Director of Corporate Services",
        "Programme Manager:" + T + "Karen Mills",
        "Overall RAG this period:" + T + "Amber",
        "Overall RAG last period:" + T + "Amber",
        "",
        "1. Summary",
        "The programme remains Amber. The MyPortsmouth portal went live on 6 October and take-up is ahead of forecast.",
        "The move of repairs reporting onto the portal is delayed by the repairs system upgrade, and the data strategy",
        "has slipped to January. The Board is asked to approve the revised forecast dates below.",
        "",
        "2. Key milestones and actions",
        "RAG key: B = complete, G = on track, A = at risk but recoverable, R = off track / Board intervention needed",
        "Baseline date = date in the approved programme plan; Forecast date = current expected completion date.",
        "",
        T.join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Comment"]),
        "Workstream A: Customer contact",
        T.join(["A1", "Launch the MyPortsmouth customer portal for council tax and waste services", "Head of Customer Services",
                "30/09/2025", "06/10/2025", "B", "Live 6 October; 4,100 accounts created in the first three weeks."]),
        T.join(["A2", "Move housing repairs reporting onto the portal and close the repairs email inbox",
                "Head of Customer Services / Head of Building Maintenance", "31/12/2025", "31/03/2026", "A",
                "Dependent on the repairs system upgrade (see risks)."]),
        T.join(["A3", "Introduce a call-back option in the contact centre at peak times", "Contact Centre Manager",
                "30/11/2025", "30/11/2025", "G", "Supplier configuration under way."]),
        "Workstream B: Digital workplace",
        T.join(["B1", "Complete the Microsoft 365 migration for the remaining 600 staff in Housing, Neighbourhood and Building Services",
                "ICT Service Delivery Manager", "31/12/2025", "31/12/2025", "G", "420 staff migrated."]),
        T.join(["", "and decommission the legacy file servers", "", "", "", "", ""]),
        T.join(["B2", "Replace the intranet with a new SharePoint site", "Digital Services Manager",
                "31/01/2026", "28/02/2026", "A", "Content owners slow to review pages."]),
        T.join(["B3", "Roll out Windows 11 laptops to frontline adult social care staff", "ICT Service Delivery Manager",
                "31/10/2025", "31/10/2025", "B", "All 310 devices issued."]),
        "Workstream C: Data and automation",
        T.join(["C1", "Automate council tax change of address notifications using robotic process automation",
                "Sam Ellis and Priya Nair", "31/12/2025", "31/12/2025", "G", "Testing with Revenues team."]),
        T.join(["C2", "Publish the council's data strategy and information governance framework", "Head of Information Governance",
                "30/09/2025", "31/01/2026", "R", "Awaiting Cabinet Member sign-off; consultation with unions added."]),
        T.join(["C3", "Build a Power BI dashboard for the Transformation Board showing benefits realised", "Programme Manager",
                "30/11/2025", "30/11/2025", "G", "First version shared with the Board for comment."]),
        "",
        "Milestone summary: Complete 2 | Green 4 | Amber 2 | Red 1 | Total 9",
        "",
        "3. Risks and issues",
        "- Risk (Amber): supplier capacity for the repairs system upgrade. Weekly calls with the supplier; escalated to the account director.",
        "- Issue (Red): data quality in the housing register is delaying migration. Data cleanse team in place until December.",
        "",
        "4. Decisions required from the Board",
        "- Approve the revised forecast dates for A2 (31/03/2026), B2 (28/02/2026) and C2 (31/01/2026).",
        "",
        "Next report: Period 8, Transformation Board 10 December 2025",
    ]
    with open(out("vm-portsmouth-city-council-customer-and-digital-transformation-programme-highlight-report.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    cotswold()
    fareham()
    tower_hamlets()
    sunderland()
    warrington()
    ealing()
    portsmouth()
    print("done")
