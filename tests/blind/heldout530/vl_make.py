"""Build the seven vl- data files of set heldout530.

Run with /work/main/.venv/bin/python vl_make.py (openpyxl, python-docx).
Writes only files whose names start with "vl-".
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
    assert name.startswith("vl-")
    return os.path.join(HERE, name)


D = dt.datetime

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
    "teal": PatternFill("solid", fgColor="00656B"),
    "pale": PatternFill("solid", fgColor="E2EFDA"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def style_row(ws, r, c1, c2, fill=None, bold=False, white=False):
    for c in range(c1, c2 + 1):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.alignment = WRAP
        if fill:
            cell.fill = fill
        if bold or white:
            cell.font = Font(bold=bold, color="FFFFFF" if white else "000000")


# ---------------------------------------------------------------------------
# 1. South Yorkshire MCA - Audit, Standards and Risk Committee action log (xlsx)
# ---------------------------------------------------------------------------
def symca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "SYMCA Audit, Standards and Risk Committee – Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 22 September 2025 – for the meeting on 30 September 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Status key: Blue – complete (removed after this meeting); Green – on track; "
                "Amber – at risk of missing the due date; Red – overdue")
    ws.merge_cells("A3:I3")
    heads = ["Action No.", "Meeting Date", "Minute No.", "Action", "Responsible Officer",
             "Original Due Date", "Revised Due Date", "Status", "Update"]
    for i, h in enumerate(heads, 1):
        ws.cell(5, i, h)
    style_row(ws, 5, 1, 9, FILL["head"], bold=True, white=True)
    rows = [
        ("ASR/25/01", D(2025, 2, 4), "355",
         "Include incident data for the Rotherham, Barnsley and Doncaster Interchanges in a single "
         "comparative table in future Health and Safety Update reports.",
         "Head of Facilities and Asset Management", D(2025, 3, 31), None, "Complete", "blue",
         "Table included in the Q4 2024/25 report to the April meeting."),
        ("ASR/25/02", D(2025, 2, 4), "358",
         "Circulate the refreshed Risk Appetite Statement to Members ahead of the risk workshop.",
         "Head of Corporate Governance", D(2025, 2, 28), None, "Complete", "blue",
         "Circulated by email 19/02/2025."),
        ("ASR/25/03", D(2025, 4, 22), "371",
         "Provide a briefing note on the three limited assurance internal audit reports:\n"
         "• Grant Payments\n• Contract Management\n• Cyber Risk\n"
         "setting out management's timetable for the agreed actions.",
         "Executive Director of Finance & Investment", D(2025, 6, 17), None, "Complete", "blue",
         "Briefing note circulated 10/06/2025; Cyber Risk taken in private session."),
        ("ASR/25/04", D(2025, 6, 17), "386",
         "Circulate the draft Assurance Map to Members with a proposed date for its first review "
         "by the Committee.",
         "Head of Corporate Governance", D(2025, 7, 31), D(2025, 9, 30), "At risk", "amber",
         "Draft map complete for corporate services; Transport and Skills directorates outstanding."),
        ("ASR/25/05", D(2025, 6, 17), "389",
         "Bring a deep dive on Supertram asset condition risks, including the renewals funding "
         "position, to a future meeting.",
         "Director of Public Transport Operations / Head of Tram Operations", D(2025, 12, 9), None,
         None, "green", "Scheduled for the December meeting."),
        ("ASR/25/06", D(2025, 6, 17), "392",
         "Add a target date and named lead officer to the AGS action on Mayoral Development "
         "Corporation governance before the Statement is signed.",
         "Monitoring Officer", D(2025, 7, 31), None, "Complete", "blue",
         "Updated in the AGS published with the draft accounts."),
        ("ASR/25/07", D(2025, 7, 22), "404",
         "Arrange a training session for Members on the local audit backstop arrangements and the "
         "implications of a disclaimed audit opinion.",
         "Chief Finance Officer; Head of Corporate Governance", D(2025, 10, 31), None, "On track",
         "green", "Session booked with the external auditor for 14 October 2025."),
        ("ASR/25/08", D(2025, 7, 22), "407",
         "Report the outcomes of the National Fraud Initiative data matches to the Committee as "
         "part of the counter fraud update.",
         "Counter Fraud Lead", "Ongoing – each counter fraud update", None, "On track", "green",
         "First report to the December meeting."),
        ("ASR/25/09", D(2025, 7, 22), "409",
         "Provide Members with a list of the outstanding fire risk assessment actions at Barnsley "
         "Interchange and the date each will be closed.",
         "Head of Facilities and Asset Management", D(2025, 8, 31), None, "Overdue", "red",
         "List being finalised with the facilities contractor."),
    ]
    r = 6
    for no, met, minute, act, lead, due, rev, status, colour, upd in rows:
        vals = [no, met, minute, act, lead, due, rev, status, upd]
        for i, v in enumerate(vals, 1):
            ws.cell(r, i, v)
        style_row(ws, r, 1, 9)
        for c in (2, 6, 7):
            if isinstance(ws.cell(r, c).value, dt.datetime):
                ws.cell(r, c).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = FILL[colour]
        r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    for label, n in [("Complete", 4), ("On track", 3), ("At risk", 1), ("Overdue", 1), ("Total", 9)]:
        ws.cell(r, 1, label)
        ws.cell(r, 2, n)
        style_row(ws, r, 1, 2, bold=(label == "Total"))
        r += 1
    for col, w in zip("ABCDEFGHI", [11, 12, 9, 60, 32, 14, 14, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Document Control")
    ws2["A1"] = "Document control"
    ws2["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Version", "Date", "Prepared by", "Notes"], 1):
        ws2.cell(3, i, h)
    style_row(ws2, 3, 1, 4, FILL["head"], bold=True, white=True)
    for rr, row in enumerate([
        ("v1.0", D(2025, 9, 22), "Governance Officer", "Issued with the agenda for 30 September 2025"),
    ], 4):
        for i, v in enumerate(row, 1):
            ws2.cell(rr, i, v)
        ws2.cell(rr, 2).number_format = "dd/mm/yyyy"
        style_row(ws2, rr, 1, 4)
    ws2["A7"] = ("Completed actions are reported once to the Committee and then removed from the log. "
                 "Restricted actions are held on a separate log.")
    for col, w in zip("ABCD", [10, 12, 22, 50]):
        ws2.column_dimensions[col].width = w
    wb.save(out("vl-south-yorkshire-mca-audit-standards-risk-committee-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Citizens Advice - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def citizens_advice():
    audits = [
        ("IA 24/03 Data Protection and Information Governance – Limited assurance",
         "IA 24/03 Data Protection and Information Governance", "Limited", [
             ("DP1", "High",
              "Complete a Record of Processing Activities (ROPA) covering all directorates, with a "
              "named information asset owner for each processing activity.", [
                  ("DP1.1", "Hold ROPA workshops with each directorate and publish the consolidated "
                            "ROPA on the intranet.",
                   "Head of Information Governance", D(2025, 6, 30), D(2025, 12, 31),
                   "Behind schedule", "Behind schedule",
                   "Five of seven directorates complete; Network Services and Digital workshops "
                   "booked for November."),
                  ("DP1.2", "Confirm an information asset owner for every system in the ROPA and "
                            "record them in the information asset register.",
                   "Head of Information Governance / Chief Digital Officer", D(2025, 9, 30), None,
                   "On track", "Complete", "Register updated and signed off by the SIRO 24/09/2025."),
              ]),
             ("DP2", "Medium",
              "Monitor completion of mandatory data protection training monthly and escalate "
              "non-completion.", [
                  ("DP2.1", "Add data protection training completion by team to the monthly People "
                            "dashboard and escalate teams below 90% to the relevant director.",
                   "Priya Nair, People Analytics Manager", D(2025, 9, 30), None,
                   "On track", "Complete", "Included in the dashboard from the September pack."),
              ]),
         ]),
        ("IA 24/05 Grant Management: Local Citizens Advice Funding – Reasonable assurance",
         "IA 24/05 Grant Management: Local Citizens Advice Funding", "Reasonable", [
             ("GM1", "Medium",
              "Ensure grant agreements are countersigned by the local Citizens Advice before the "
              "first payment is released.", [
                  ("GM1.1", "Introduce a control in the grants portal that blocks payment release "
                            "until the countersigned agreement has been uploaded.",
                   "Grants Manager; Finance Systems Lead", D(2025, 7, 31), D(2025, 11, 30),
                   "Behind schedule", "On track",
                   "Portal change tested in UAT; release planned for 18 November."),
              ]),
             ("GM2", "Low",
              "Chase late monitoring returns from grant recipients within 10 working days of the "
              "deadline.", [
                  ("GM2.1", "Set up automated reminders in Salesforce and report late returns to the "
                            "Network Grants Panel each quarter.",
                   "Grants Manager", "Q3 2025/26", None, "Not started", "On track",
                   "Reminder workflow built; first quarterly report due January."),
              ]),
         ]),
        ("IA 25/01 Payroll and Expenses – Substantial assurance",
         "IA 25/01 Payroll and Expenses", "Substantial", [
             ("PE1", "Low",
              "Require expense claims over £250 to be approved by a budget holder at least one grade "
              "above the claimant.", [
                  ("PE1.1", "Update the Expenses Policy and the approval hierarchy in the finance "
                            "system to reflect the new threshold.",
                   "Head of Financial Control", D(2025, 12, 31), None, None, "Not started", ""),
              ]),
             ("PE2", "Medium",
              "Reconcile leavers' final pay to the HR leaver notification before each payroll is "
              "closed.", [
                  ("PE2.1", "Introduce a monthly leavers reconciliation prepared by the Payroll "
                            "Manager and reviewed by the Head of Financial Control.",
                   "Payroll Manager", D(2025, 10, 31), None, "On track", "Overdue",
                   "September and October reconciliations prepared but not yet reviewed."),
              ]),
         ]),
    ]
    colour = {"Complete": "blue", "On track": "green", "Behind schedule": "amber",
              "Overdue": "red", "Not started": None}
    statuses = ["Complete", "On track", "Behind schedule", "Overdue", "Not started"]

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Citizens Advice – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Committee, 19 November 2025 – position at 3 November 2025"
    hdr = ["Audit", "Assurance opinion", "Actions"] + statuses
    for i, h in enumerate(hdr, 1):
        s.cell(4, i, h)
    style_row(s, 4, 1, len(hdr), FILL["teal"], bold=True, white=True)
    r = 5
    totals = [0] * 6
    for _, name, opinion, recs in audits:
        acts = [a for rec in recs for a in rec[3]]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == st) for st in statuses]
        totals = [t + c for t, c in zip(totals, counts)]
        for i, v in enumerate([name, opinion] + counts, 1):
            s.cell(r, i, v)
        style_row(s, r, 1, len(hdr))
        r += 1
    for i, v in enumerate(["Total", ""] + totals, 1):
        s.cell(r, i, v)
    style_row(s, r, 1, len(hdr), FILL["pale"], bold=True)
    r += 2
    s.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for st, meaning in [("Complete", "Action implemented; evidence provided to Internal Audit"),
                        ("On track", "In progress and expected by the due date"),
                        ("Behind schedule", "Slippage; revised date agreed with Internal Audit"),
                        ("Overdue", "Past due date with no agreed revision"),
                        ("Not started", "Not yet due")]:
        s.cell(r, 1, st)
        s.cell(r, 2, meaning)
        if colour[st]:
            s.cell(r, 1).fill = FILL[colour[st]]
        style_row(s, r, 1, 2)
        r += 1
    for col, w in zip("ABCDEFGH", [55, 18, 9, 10, 10, 16, 10, 12]):
        s.column_dimensions[col].width = w

    t = wb.create_sheet("Tracker")
    t["A1"] = "Citizens Advice – Internal Audit Recommendations Tracker"
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Open and recently completed management actions – position at 3 November 2025"
    heads = ["Rec", "Priority", "Recommendation", "Action ref", "Agreed management action",
             "Action owner", "Original due date", "Revised due date", "Previous status (Sep 2025)",
             "Current status", "Progress update"]
    for i, h in enumerate(heads, 1):
        t.cell(4, i, h)
    style_row(t, 4, 1, 11, FILL["teal"], bold=True, white=True)
    r = 5
    for section, _, _, recs in audits:
        t.cell(r, 1, section)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        style_row(t, r, 1, 11, FILL["band"], bold=True)
        r += 1
        for rec, prio, rtext, acts in recs:
            first = r
            t.cell(r, 1, rec)
            t.cell(r, 2, prio)
            t.cell(r, 3, rtext)
            for ref, act, owner, due, rev, prev, cur, upd in acts:
                for i, v in zip(range(4, 12), [ref, act, owner, due, rev, prev, cur, upd]):
                    t.cell(r, i, v)
                style_row(t, r, 1, 11)
                for c in (7, 8):
                    if isinstance(t.cell(r, c).value, dt.datetime):
                        t.cell(r, c).number_format = "dd/mm/yyyy"
                if colour.get(cur):
                    t.cell(r, 10).fill = FILL[colour[cur]]
                if prev and colour.get(prev):
                    t.cell(r, 9).fill = FILL[colour[prev]]
                r += 1
            if r - first > 1:
                for c in (1, 2, 3):
                    t.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    t.cell(r, 1, "Actions shown as Complete are removed from the next tracker once Internal Audit "
                  "has verified the evidence.")
    for col, w in zip("ABCDEFGHIJK", [6, 9, 45, 9, 50, 30, 13, 13, 14, 14, 45]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A5"
    wb.save(out("vl-citizens-advice-audit-risk-committee-internal-audit-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Care 4 Children - Brook View children's home Ofsted action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def brook_view():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Brook View Children's Home – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Provider: Care 4 Children Residential Services Ltd | URN: SC498213 | Full inspection "
                "9–10 September 2025 | Overall experiences and progress of children and young "
                "people: Requires improvement to be good")
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Registered Manager: Kerry Walsh | Responsible Individual: Daniel Price | "
                "Plan updated: 20 October 2025")
    ws.merge_cells("A3:I3")
    ws["A5"] = "RAG key"
    ws["A5"].font = Font(bold=True)
    for c, (txt, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("Some slippage", "amber"), ("Overdue", "red")], 2):
        ws.cell(5, c, txt).fill = FILL[col]
        ws.cell(5, c).border = BOX
    ws.cell(5, 6, "Blank = not yet started")
    heads = ["No.", "Requirement / recommendation", "Regulation / Guide reference",
             "Ofsted compliance date", "Action", "Lead", "Target date", "RAG",
             "Progress and evidence"]
    for i, h in enumerate(heads, 1):
        ws.cell(7, i, h)
    style_row(ws, 7, 1, 9, FILL["head"], bold=True, white=True)

    plan = [
        ("Requirements", [
            ("The registered person must ensure that staff assess whether each child is at risk of "
             "harm, taking into account information in the child's relevant plans, and, if "
             "necessary, make arrangements to reduce the risk of any harm to the child.",
             "Regulation 12 (1)(2)(a)(i)", D(2025, 10, 31), [
                 ("1.1", "Review every child's risk assessment and behaviour support plan with the "
                         "child's social worker and update them within 5 working days of any incident.",
                  "Registered Manager", "Oct 2025", "blue",
                  "All three children's plans reviewed 29/09/2025 with social workers."),
                 ("1.2", "Add a standing risk review to the weekly team meeting and record decisions "
                         "on the home's electronic recording system.",
                  "Deputy Manager", "Nov 2025", "green", "Standing item from 6 October."),
             ]),
            ("The registered person must ensure that all staff have the experience, qualifications "
             "and skills to meet the needs of each child, including completing the Level 3 Diploma "
             "for Residential Childcare within the required timescale.",
             "Regulations 13 (2)(c) and 32 (3)", D(2025, 11, 30), [
                 ("2.1", "Enrol the two residential support workers without the Level 3 Diploma on "
                         "the course and agree protected study time.",
                  "Registered Manager", "0ct 2025", "green",
                  "Both staff enrolled with the training provider; start date confirmed."),
                 ("2.2", "Complete a skills audit for the whole staff team and produce a training "
                         "plan for 2025/26.",
                  "Registered Manager / Responsible Individual", "Dec 2025", "amber",
                  "Skills audit 60% returned."),
             ]),
            ("The registered person must ensure that the independent person's monthly visit reports "
             "are sent to Ofsted and that a written response is made to the recommendations in each "
             "report.",
             "Regulations 44 (7) and 45", D(2025, 10, 31), [
                 ("3.1", "Agree a schedule with the independent visitor so that each report is "
                         "received and sent to Ofsted within 5 working days, with a written response "
                         "to each recommendation.",
                  "Responsible Individual", "Nov 2025", "green",
                  "Schedule agreed; September report sent 07/10/2025."),
             ]),
        ]),
        ("Recommendations", [
            ("The registered person should ensure that children's records clearly show the child's "
             "views about the care they receive and how these views have been acted on.",
             "Guide to the Children's Homes Regulations, paragraph 14.5", None, [
                 ("4.1", "Introduce a 'my voice' section in each child's monthly key-work record.",
                  "Deputy Manager", "Dec 2025", "green", "Template drafted with the children."),
                 ("4.2", "Audit a sample of children's records each month to check that children's "
                         "views are recorded and acted on.",
                  "Registered Manager", "Jan 2026", None, ""),
             ]),
            ("The registered person should ensure that staff receive supervision at the frequency "
             "set out in the home's supervision policy.",
             "Guide to the Children's Homes Regulations, paragraph 19.4", None, [
                 ("5.1", "Set up a supervision tracker and report compliance to the Responsible "
                         "Individual each month.",
                  "Deputy Manager", "Nov 2025", "amber", "Tracker set up; two supervisions overdue."),
             ]),
        ]),
    ]
    r = 8
    typo_row = None
    for section, items in plan:
        ws.cell(r, 1, section)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        style_row(ws, r, 1, 9, FILL["band"], bold=True)
        r += 1
        for req, reg, due, acts in items:
            first = r
            ws.cell(r, 2, req)
            ws.cell(r, 3, reg)
            ws.cell(r, 4, due if due else "—")
            if due:
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
            for no, act, lead, target, rag, prog in acts:
                ws.cell(r, 1, no)
                ws.cell(r, 5, act)
                ws.cell(r, 6, lead)
                ws.cell(r, 7, target)
                ws.cell(r, 9, prog)
                style_row(ws, r, 1, 9)
                if rag:
                    ws.cell(r, 8).fill = FILL[rag]
                if target.startswith("0"):
                    typo_row = r
                r += 1
            if r - first > 1:
                for c in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    ws.cell(r + 1, 1, "Progress against this plan is reviewed by the Responsible Individual at each "
                      "monthly quality meeting.")
    for col, w in zip("ABCDEFGHI", [6, 50, 22, 14, 50, 26, 11, 7, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("vl-care-4-children-brook-view-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
DOC_SHADE = {"Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
             "B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True


def add_table(doc, rows, header=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(header and i == 0))
    return t


# ---------------------------------------------------------------------------
# 4. Rennie Grove Peace Hospice Care - PSII safety action plan (docx)
# ---------------------------------------------------------------------------
def hospice():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Rennie Grove Peace Hospice Care"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Patient Safety Incident Investigation (PSII) – Safety Action Plan", level=0)
    doc.add_paragraph("Incident reference PSII-2025-03: continuous subcutaneous infusion (syringe "
                      "pump) delivered over 12 hours instead of 24 hours – Hospice at Home, "
                      "June 2025")
    add_table(doc, [
        ["Document", "PSII safety action plan"],
        ["Version", "1.2"],
        ["Author", "Quality and Patient Safety Lead"],
        ["Approved by", "Clinical Governance Committee, 9 October 2025"],
        ["Next review", "December 2025"],
    ], header=False)
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "The investigation found that the pump rate was calculated by one nurse working alone, that "
        "the 4-hourly checks were recorded on a paper chart that was not seen at the out-of-hours "
        "visit, and that the family had not been told what to look for. The safety actions below "
        "respond to the three areas for improvement identified in the PSII report. The family has "
        "been offered a copy of this plan.")
    doc.add_paragraph("RAG key")
    key = add_table(doc, [
        ["Blue", "Complete and evidence seen by the Quality team"],
        ["Green", "On track"],
        ["Amber", "Some delay – revised date agreed"],
        ["Red", "Overdue or at risk of not being delivered"],
        ["", "Not yet started"],
    ], header=False)
    for i, c in enumerate(["Blue", "Green", "Amber", "Red"]):
        shade(key.cell(i, 0), DOC_SHADE[c])

    head = ["Ref", "Safety action", "Owner", "Target date", "How we will know", "RAG"]
    areas = [
        ("Area for improvement 1: Prescribing and setting up syringe pumps", [
            ["1.1", "Introduce an independent second-practitioner check of the pump rate, volume and "
                    "drug calculation at every new set-up and every change of prescription in the "
                    "community.",
             "Clinical Nurse Specialist Lead – Hospice at Home", "31/08/2025",
             "Monthly audit of 10 set-ups shows a second check recorded", "Blue"],
            ["1.2", "Replace the paper syringe pump monitoring chart with a SystmOne template with "
                    "mandatory fields for the 4-hourly checks.",
             "Head of Clinical Systems / Hospice at Home Matron", "October 2025",
             "Template live; paper charts withdrawn", "Green"],
        ]),
        ("Area for improvement 2: Staff competency and training", [
            ["2.1", "Re-assess the syringe pump competency of every registered nurse in the Hospice "
                    "at Home team and record the outcome on the training database.",
             "Practice Educator", "30/09/2025\nRevised: 30/11/2025",
             "100% of registered nurses assessed as competent", "Amber"],
            ["2.2", "Add a syringe pump scenario to the annual clinical skills day for all registered "
                    "nurses, including bank staff.",
             "Head of Education and Learning", "Q4 2025/26",
             "Scenario included in the 2026 skills day programme", "Green"],
        ]),
        ("Area for improvement 3: Handover and communication with families", [
            ["3.1", "Agree a shared out-of-hours handover template with the community NHS trust for "
                    "patients who have a syringe pump in place.",
             "Director of Patient Care", "31/12/2025", "Template agreed and in use by both teams",
             "Green"],
            ["3.2", "Give every family whose relative has a syringe pump the written information "
                    "leaflet and the 24-hour advice line number at the first visit.",
             "Hospice at Home Matron", "31/08/2025", "Leaflet issue recorded in SystmOne", "Blue"],
            ["3.3", "Audit use of the handover template and the leaflet after three months and report "
                    "the findings to the Clinical Governance Committee.",
             "Quality and Patient Safety Lead", "March 2026", "Audit report to the committee", ""],
        ]),
    ]
    for title, rows in areas:
        doc.add_heading(title, level=1)
        t = add_table(doc, [head] + rows)
        for i, row in enumerate(rows, 1):
            if row[5]:
                shade(t.cell(i, 5), DOC_SHADE[row[5]])
    doc.add_heading("Sign-off", level=1)
    add_table(doc, [
        ["Role", "Signed", "Date"],
        ["Director of Patient Care", "Signed", "09/10/2025"],
        ["Medical Director", "Signed", "09/10/2025"],
    ])
    doc.save(out("vl-rennie-grove-peace-hospice-care-psii-safety-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Department for Education - breakfast clubs programme highlight report (docx)
# ---------------------------------------------------------------------------
def dfe():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Breakfast Clubs Early Adopters Programme – Highlight Report", level=0)
    doc.add_paragraph("Department for Education – Programme Board, 6 November 2025")
    add_table(doc, [
        ["Reporting period", "1–31 October 2025"],
        ["Senior Responsible Owner", "Deputy Director, Breakfast Clubs and Wraparound Childcare"],
        ["Overall delivery confidence", "Amber (previous period: Amber)"],
        ["Prepared by", "Programme Management Office"],
    ], header=False)
    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        "All 750 early adopter schools are now running a free breakfast club and payments for the "
        "autumn term have been made. Preparation for phase 2 is behind plan: the application window "
        "has moved by two weeks and the per-pupil funding rate is not yet agreed. Interim evaluation "
        "fieldwork has slipped to November because of lower than expected parent recruitment.")
    doc.add_paragraph("RAG: R – milestone missed or will be missed without intervention; "
                      "A – at risk, mitigation in place; G – on track; B – complete.")
    head = ["Ref", "Milestone / action", "Owner", "Original date", "Revised date",
            "Previous RAG", "Current RAG"]
    workstreams = [
        ("Workstream 1: Delivery and funding", [
            ["1.1", "Confirm the 2025-26 grant payment schedule for the 750 early adopter schools and "
                    "publish the conditions of grant.",
             "Grant Funding Lead", "30/09/2025", "", "G", "B"],
            ["1.2", "Open the application window for schools joining the scheme from April 2026 "
                    "(phase 2).",
             "Policy Lead – Expansion", "31/10/2025", "14/11/2025", "G", "A"],
            ["1.3", "Agree the per-pupil funding rate for phase 2 with HM Treasury.",
             "Deputy Director, Breakfast Clubs / Finance Business Partner", "31/12/2025", "", "A", "R"],
        ]),
        ("Workstream 2: Schools and sector engagement", [
            ["2.1", "Publish updated breakfast clubs guidance for schools, including the delivery "
                    "model for private, voluntary and independent providers and childminders.",
             "Guidance and Communications Lead", "30/11/2025", "", "G", "G"],
            ["2.2", "Run webinars in all nine regions for schools considering applying for phase 2.",
             "Regional Delivery Leads", "Nov–Dec 2025", "", "G", "G"],
        ]),
        ("Workstream 3: Evaluation and data", [
            ["3.1", "Complete fieldwork for the interim process evaluation (school leader and parent "
                    "interviews).",
             "Analysis Lead (Evaluation)", "31/10/2025", "30/11/2025", "A", "A"],
            ["3.2", "Add breakfast club take-up fields to the specification for the spring 2026 school "
                    "census.",
             "Data Collections Lead", "31/01/2026", "", "–", "G"],
        ]),
    ]
    for title, rows in workstreams:
        doc.add_heading(title, level=1)
        t = add_table(doc, [head] + rows)
        for i, row in enumerate(rows, 1):
            for j in (5, 6):
                if row[j] in DOC_SHADE:
                    shade(t.cell(i, j), DOC_SHADE[row[j]])
    doc.add_heading("Key risks and issues", level=1)
    for b in ["Phase 2 funding rate not agreed; schools cannot plan staffing (risk R07, red).",
              "Low parent response rate for the evaluation (issue I03, amber).",
              "Food supplier capacity in rural areas (risk R11, amber)."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Decisions and support needed from the Board", level=1)
    doc.add_paragraph("The Board is asked to note the revised dates at 1.2 and 3.1 and to support "
                      "escalation of the phase 2 funding rate to the Director General.")
    doc.save(out("vl-department-for-education-breakfast-clubs-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Burnham-on-Sea and Highbridge Town Council - internal audit action plan (csv)
# ---------------------------------------------------------------------------
def burnham():
    ncol = 7
    lines = [
        ["Burnham-on-Sea and Highbridge Town Council – Internal Audit Report 2024/25: Action Plan"],
        ["Internal audit visit 14 April 2025 – plan agreed by Finance & General Purposes Committee "
         "9 June 2025 – updated 10 November 2025"],
        [],
        ["Ref", "Internal auditor's finding / recommendation", "Agreed action", "Responsible",
         "Target date", "Status", "Comments"],
        ["B. This authority complied with its financial regulations, payments were supported by "
         "invoices, all expenditure was approved and VAT was appropriately accounted for."],
        ["1", "The Financial Regulations were last reviewed in 2021 and do not reflect the 2024 NALC "
              "model. They should be reviewed and readopted.",
         "Clerk to bring revised Financial Regulations based on the NALC 2024 model to Full Council "
         "for adoption.", "Town Clerk", "July 2025", "Complete",
         "Adopted at Full Council 21/07/2025 (min. 45/25)."],
        ["2.1", "Several invoices were paid before the payment was approved by Council or committee. "
                "All payments should be approved in advance and the approval minuted.",
         "Present a schedule of payments for approval at each F&GP meeting, signed by two "
         "councillors.", "RFO", "30/06/2025", "Complete", "In place from the June meeting."],
        ["2.2", "",
         "Change the online banking set-up so that every payment needs two member authorisations "
         "before release.", "RFO / Cllr Hughes (Chair F&GP)", "30/09/2025", "Behind",
         "Bank mandate form submitted 02/10/2025; awaiting the bank."],
        ["C. This authority assessed the significant risks to achieving its objectives and reviewed "
         "the adequacy of arrangements to manage these."],
        ["3", "The risk register was not reviewed by Council during 2024/25.",
         "Take the risk register to Full Council for review every May and minute the review.",
         "Town Clerk", "May 2026", "Not started", ""],
        ["D. The precept or rates requirement resulted from an adequate budgetary process; progress "
         "against the budget was regularly monitored; and reserves were appropriate."],
        ["4", "Earmarked reserves are not supported by a written reserves policy.",
         "Draft a Reserves Policy setting out the purpose and target level of general and earmarked "
         "reserves.", "RFO", "31/10/2025", "Overdue", "Draft to F&GP on 8 December 2025."],
        ["G. Salaries to employees and allowances to members were paid in accordance with this "
         "authority's approvals, and PAYE and NI requirements were properly applied."],
        ["5", "The 2024/25 NJC pay award was applied to staff salaries without a Council resolution.",
         "Minute the adoption of each NJC pay award at the first Council meeting after it is agreed "
         "nationally.", "Town Clerk", "Ongoing", "On track", ""],
        ["L. The authority published information on a website/webpage, up to date at the time of the "
         "internal audit, in accordance with any relevant transparency code requirements."],
        ["6.1", "The website did not show the 2023/24 AGAR Sections 1 and 2 or the Notice of "
                "Conclusion of Audit at the time of the review.",
         "Upload the missing AGAR documents and notices, and keep a year-end publication checklist.",
         "Deputy Town Clerk", "31/07/2025", "Complete", "Checked by the internal auditor at the "
                                                        "interim visit."],
        ["6.2", "",
         "Carry out a website accessibility check against WCAG 2.2 AA and publish an accessibility "
         "statement.", "Deputy Town Clerk; Communications Officer", "Mar-26", "On track", ""],
        [],
        ["Status key: Complete = actioned and evidence held; On track = green; Behind = amber; "
         "Overdue = red; Not started = not yet due"],
        ["Section letters refer to the control objectives in the Annual Internal Audit Report "
         "(AGAR 2024/25 page 3)."],
    ]
    with open(out("vl-burnham-on-sea-and-highbridge-town-council-internal-audit-action-plan-2024-25.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in lines:
            w.writerow(row + [""] * (ncol - len(row)))


# ---------------------------------------------------------------------------
# 7. Wincanton - HSE improvement notices action tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def wincanton():
    n1 = ("Improvement Notice 316071452 – Workplace transport: segregation of pedestrians and vehicles "
          "in the goods-in yard (Workplace (Health, Safety and Welfare) Regulations 1992, reg. 17) – "
          "compliance date 30/09/2025")
    n2 = ("Improvement Notice 316071453 – Lifting equipment: thorough examination of lift trucks "
          "(Lifting Operations and Lifting Equipment Regulations 1998, reg. 9) – compliance date "
          "31/08/2025")
    lines = [
        ["Wincanton – HSE Enforcement Action Tracker"],
        ["Site: Daventry DC (Building 2, DIRFT)", "Report run: 14/11/2025 09:12", "Run by: SHEQ Systems"],
        ["Filter: Source = HSE Improvement Notice; Status = All"],
        [],
        ["Action ID", "Action", "Assigned to", "Due date", "Revised due date", "Status", "RAG",
         "Latest update"],
        [n1],
        ["WT-01", "Install permanent pedestrian barriers and a protected walkway from the gatehouse to "
                  "the goods-in office.", "Site General Manager; Engineering Manager", "15/09/2025",
         "", "Closed", "Blue", "Barriers installed 11/09/2025; photos sent to the HSE inspector."],
        ["WT-02", "Re-mark the yard and install signage for the one-way system, crossing points and "
                  "reversing areas.", "Site Operations Manager", "15/09/2025", "", "Closed", "Blue",
         "Completed 13/09/2025."],
        ["WT-03", "Revise the workplace transport risk assessment and brief all drivers, shunters and "
                  "warehouse staff, recording attendance.", "SHEQ Business Partner", "30/09/2025",
         "28/11/2025", "Open", "Green",
         "Risk assessment revised; 212 of 260 staff briefed – agency night shift outstanding."],
        ["WT-04", "Fit reversing cameras and rear proximity sensors to all yard shunters.",
         "Fleet Engineering Manager", "31/12/2025", "", "Open", "Green",
         "Order placed; fitting scheduled w/c 08/12/2025."],
        [n2],
        ["LE-01", "Complete the overdue thorough examinations on the 6 reach trucks and 2 order pickers "
                  "identified by the inspector.", "Engineering Manager", "31/08/2025", "", "Closed",
         "Blue", "All 8 trucks examined 20/08/2025; reports on file."],
        ["LE-02", "Set up a LOLER examination register in the asset management system with automated "
                  "reminders 30 days before each examination is due.",
         "Engineering Manager / SHEQ Systems Administrator", "31/10/2025", "", "Open", "Red",
         "Register built; reminders not yet live – IT change CR-2291 pending."],
        ["LE-03", "Carry out a quarterly audit of LOLER compliance for 12 months and report the results "
                  "to the site Health & Safety Committee.", "Regional SHEQ Manager",
         "Quarterly to Sep 2026", "", "Open", "Green", "First audit completed 05/11/2025 – no exceptions."],
        [],
        ["Total actions: 7", "Closed: 3", "Open: 4", "Overdue: 1"],
        ["RAG: Red = overdue; Amber = at risk; Green = open, on track; Blue = closed and verified"],
    ]
    with open(out("vl-wincanton-hse-improvement-notices-action-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    symca()
    citizens_advice()
    row = brook_view()
    print("Brook View typo row:", row)
    hospice()
    dfe()
    burnham()
    wincanton()
    print("done")
