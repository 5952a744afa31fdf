"""Build the seven ww- blind test files (set heldout549).

Run with /work/main/.venv/bin/python ww_make.py  (writes beside this script).
Only files starting with ww- are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("ww-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "dark": "1F3864",
    "light": "DDEBF7",
    "purple": "5B2C6F",
    "lilac": "E8DAEF",
    "teal": "DAEEF3",
}
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def put_row(ws, r, values, bold=False, border=True):
    for i, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=i, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX


def band(ws, r, text, ncols, colour, white=False, bold=True):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1, value=text)
    c.fill = fill(colour)
    c.font = Font(bold=bold, color="FFFFFF" if white else "000000")
    c.alignment = Alignment(wrap_text=True, vertical="center")


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
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


# ================================================================ 1. Somerset
def somerset():
    title = "Somerset Council – SWAP Internal Audit: Agreed Actions Tracker"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Summary of open and recently closed Priority 1 and 2 actions – "
               "Audit Committee, 26 March 2026")
    put_row(s, 4, ["Directorate", "Priority 1", "Priority 2",
                   "Closed since last report", "Overdue"], bold=True)
    put_row(s, 5, ["Adults and Health", 0, 3, 1, 1])
    put_row(s, 6, ["Resources and Corporate Services", 0, 2, 1, 0])
    put_row(s, 7, ["Climate and Place", 1, 1, 0, 1])
    put_row(s, 8, ["Total", 1, 6, 2, 2], bold=True)
    s["A10"] = "RAG key"
    s["A10"].font = Font(bold=True)
    for r, (col, txt) in enumerate([
            ("blue", "Action implemented and closed"),
            ("green", "On track to meet due date"),
            ("amber", "At risk – revised due date agreed"),
            ("red", "Overdue")], start=11):
        s.cell(row=r, column=1).fill = fill(col)
        s.cell(row=r, column=2, value=txt)
    s.column_dimensions["A"].width = 34
    for col in "BCDE":
        s.column_dimensions[col].width = 16

    t = wb.create_sheet("Tracker")
    N = 9
    t.merge_cells("A1:I1")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A2:I2")
    t["A2"] = "Position at 28 February 2026"
    put_row(t, 4, ["Ref", "Priority", "Agreed Action",
                   "Responsible Officer", "Original Due Date",
                   "Revised Due Date", "Status", "RAG",
                   "Latest Management Update"], bold=True)
    for c in range(1, N + 1):
        t.cell(row=4, column=c).fill = fill("grey")

    D = dt.datetime
    rows = [
        ("band", "Adults and Health", "dark"),
        ("audit", "Direct Payments 2024/25 – Limited Assurance"),
        ("DP-01", 2,
         "Direct payment recipients are not consistently reviewed within 12 "
         "months, and unspent balances are not recovered promptly.",
         "Introduce a quarterly audit of direct payment accounts, with "
         "balances above eight weeks' care costs flagged for recovery.",
         "Service Manager – Direct Payments", D(2025, 10, 31), D(2026, 3, 31),
         "Open", "amber",
         "First two quarterly audits completed. Recovery letters issued for 41 "
         "accounts; revised date agreed to embed the process."),
        ("DP-02", 2,
         "Direct payment agreements were not signed for 6 of 25 cases sampled.",
         "Issue revised direct payment agreements to all recipients without a "
         "signed agreement on file and record receipt on LAS.",
         "Head of Adult Social Care Operations / Service Manager – Direct Payments",
         D(2025, 9, 30), None, "Open", "red",
         "Letters issued but 112 agreements still outstanding. Escalated to the "
         "Director of Adult Social Care."),
        ("audit", "Deprivation of Liberty Safeguards 2024/25 – Reasonable Assurance"),
        ("DL-03", 2,
         "There is no documented prioritisation tool for DoLS applications "
         "awaiting assessment.",
         "Adopt the ADASS prioritisation tool and record the priority rating on "
         "each application.",
         "DoLS Team Manager", D(2025, 7, 31), None, "Closed", "blue",
         "Tool adopted from July 2025; verified by SWAP follow-up in November 2025."),
        ("band", "Resources and Corporate Services", "dark"),
        ("audit", "Payroll Key Controls 2024/25 – Reasonable Assurance"),
        ("PY-01", 2,
         "Starter forms were processed without manager authorisation in 3 of 30 "
         "cases.",
         "Configure the HR/payroll system so that new starter records cannot be "
         "released for payment without an authorising manager.",
         "Payroll Manager", D(2025, 6, 30), D(2025, 12, 31), "Closed", "blue",
         "System change went live 1 December 2025."),
        ("PY-04", 2,
         "Overpayments to leavers are not pursued consistently.",
         "Agree a corporate overpayment recovery procedure with Finance and "
         "report recovery rates quarterly to the Workforce Board.",
         "Payroll Manager; Head of Finance – Income", D(2026, 1, 31),
         D(2026, 4, 30), "Open", "amber",
         "Draft procedure with Finance for comment."),
        ("band", "Climate and Place", "dark"),
        ("audit", "Highways Contract Management 2025/26 – Limited Assurance"),
        ("HC-01", 1,
         "Contractor applications for payment are not independently checked "
         "against completed works.",
         "Introduce a sample-based independent check of monthly contractor "
         "applications for payment.\nReport the results of each check to the "
         "Highways Contract Board.",
         "Service Director – Infrastructure and Transport", D(2025, 12, 31),
         None, "Open", "red",
         "Sampling approach agreed; first check not yet completed. SWAP to "
         "follow up in Q1 2026/27."),
        ("HC-02", 2,
         "The contract risk register has not been updated since April 2024.",
         "Review and update the highways contract risk register and present it "
         "to the Highways Contract Board each quarter.",
         "Highways Commissioning Manager", D(2026, 3, 31), None, "Open", "green",
         "Register refreshed in January 2026; next Board meeting 12 March 2026."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band(t, r, row[1], N, row[2], white=True)
        elif row[0] == "audit":
            band(t, r, row[1], N, "light")
        else:
            ref, pri, finding, action, officer, orig, rev, status, rag, upd = row
            del finding  # findings are held in the audit report, not the tracker
            put_row(t, r, [ref, pri, action, officer, orig, rev,
                           status, None, upd])
            for c in (5, 6):
                t.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            t.cell(row=r, column=8).fill = fill(rag)
        r += 1
    r += 1
    t.cell(row=r, column=1, value=(
        "Note: Revised due dates have been agreed with the relevant Executive "
        "Director and reported to the Audit Committee. Priority 3 actions are "
        "monitored by SWAP and are not included in this tracker."))
    widths = [9, 9, 52, 32, 13, 13, 9, 7, 48]
    for i, w in enumerate(widths):
        t.column_dimensions[chr(65 + i)].width = w
    t.freeze_panes = "A5"
    wb.active = 0
    wb.save(out("ww-somerset-council-swap-internal-audit-recommendations-tracker.xlsx"))


# ================================================================ 2. Stoke
def stoke():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    N = 8
    ws.merge_cells("A1:H1")
    ws["A1"] = ("Stoke-on-Trent Safeguarding Children Partnership: Local Child "
                "Safeguarding Practice Review (Child J) – Action Plan")
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Review published: September 2025 | Action plan owner: Learning "
                "and Improvement Sub-group | Last updated: 14 January 2026")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colour) in enumerate([
            ("Complete", "blue"), ("On track", "green"),
            ("Some slippage", "amber"), ("Off track", "red"),
            ("Not started", None)], start=2):
        c = ws.cell(row=4, column=col, value=txt)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
    put_row(ws, 6, ["Ref", "Action", "Agency", "Lead Officer",
                    "Measure of impact", "Target date", "Progress update",
                    "RAG"], bold=True)
    for c in range(1, N + 1):
        ws.cell(row=6, column=c).fill = fill("lilac")
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        ("theme", "Learning Theme 1: Seeing the whole household – fathers and "
                  "other men"),
        ("rec", "Recommendation 1: Partners should strengthen how practitioners "
                "identify, assess and engage fathers and male carers, including "
                "men who are not living in the household."),
        ("1.1", "Revise the multi-agency 'Think Family' assessment guidance so "
                "that every assessment records the details of all adults with a "
                "caring or household role.",
         "Stoke-on-Trent City Council",
         "Head of Service – Safeguarding and Quality Assurance",
         "Audit of 20 assessments shows fathers/male carers recorded in 90%.",
         "March 2026", "Draft guidance shared with the sub-group December 2025.",
         "G"),
        ("1.2", "Deliver a 7-minute briefing and practitioner webinar on "
                "engaging fathers, drawing on the learning from Child J.",
         "SSCP Business Unit", "Learning and Development Coordinator",
         "Attendance figures; post-event evaluation.", "30/11/2025",
         "Briefing published 10 November 2025; webinar attended by 164 "
         "practitioners.", "B"),
        ("1.3", "Health visiting and midwifery to record the name and details "
                "of the father or male carer at booking and at the new birth "
                "visit.",
         "Midlands Partnership University NHS FT; University Hospitals of North "
         "Midlands",
         "Named Nurse Safeguarding Children / Named Midwife",
         "Dip sample of 30 records per quarter.", "Q4 2025/26",
         "Recording template change requested; awaiting system release date.",
         "A"),
        ("theme", "Learning Theme 2: Information sharing at points of transition"),
        ("rec", "Recommendation 2: The Partnership should seek assurance that "
                "information about risk is shared when a family moves into "
                "Stoke-on-Trent from another local authority area."),
        ("2.1", "Update the transfer-in protocol so that the receiving team "
                "requests previous agency records within five working days of a "
                "family being identified as having moved into the area.",
         "Stoke-on-Trent City Council", "Service Manager (Front Door/MASH)",
         "Compliance with five-day timescale reported monthly.", "31/01/2026",
         "Protocol updated and in use from 5 January 2026.", "B"),
        ("2.2", "Police to ensure PNC and local intelligence checks from the "
                "previous force area are included in MASH research for all "
                "transfer-in referrals.",
         "Staffordshire Police", "DI Public Protection Unit",
         "Dip sample of transfer-in referrals.", "Feb-26",
         "Process agreed; dip sample planned for February.", "G"),
        ("rec", "Recommendation 3: Partners should test the effectiveness of "
                "escalation when professionals disagree about thresholds."),
        ("3.1", "Relaunch the Resolving Professional Differences (Escalation) "
                "policy and run a multi-agency audit of escalations made between "
                "April and September 2025.",
         "SSCP Business Unit", "SSCP Business Manager",
         "Audit findings reported to the Executive.", "Ongoing",
         "Policy relaunched October 2025. Audit scoping delayed by capacity in "
         "the QA team.", "R"),
    ]
    r = 7
    for row in rows:
        if row[0] == "theme":
            band(ws, r, row[1], N, "purple", white=True)
        elif row[0] == "rec":
            band(ws, r, row[1], N, "lilac")
            ws.row_dimensions[r].height = 32
        else:
            put_row(ws, r, list(row))
            ws.cell(row=r, column=8).fill = fill(rag_fill[row[7]])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center",
                                                           vertical="top")
        r += 1
    widths = [6, 50, 26, 30, 30, 12, 40, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    dc = wb.create_sheet("Document control")
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True)
    put_row(dc, 3, ["Version", "Date", "Author", "Changes"], bold=True)
    put_row(dc, 4, ["0.1", "02/10/2025", "SSCP Business Unit",
                    "Draft for Learning and Improvement Sub-group"])
    put_row(dc, 5, ["1.0", "23/10/2025", "SSCP Business Unit",
                    "Approved by Safeguarding Partners Executive"])
    put_row(dc, 6, ["1.1", "14/01/2026", "SSCP Business Unit",
                    "Quarter 3 progress updates added"])
    for col, w in zip("ABCD", (9, 12, 22, 50)):
        dc.column_dimensions[col].width = w
    wb.save(out("ww-stoke-on-trent-scp-lcspr-child-j-action-plan.xlsx"))


# ================================================================ 3. Norfolk (refuse)
def norfolk():
    wb = Workbook()
    h = wb.active
    h.title = "Highlight"
    h["A1"] = "Norfolk County Council – Transformation Programme Highlight Report"
    h["A1"].font = Font(bold=True, size=14)
    h["A2"] = "Reporting period: Period 10 (1–31 January 2026)"
    h["A4"], h["B4"] = "Overall programme RAG", "Amber"
    h["B4"].fill = fill("amber")
    h["A5"], h["B5"] = "Previous period", "Amber"
    h["B5"].fill = fill("amber")
    h["A7"] = "Summary"
    h["A7"].font = Font(bold=True)
    h["A8"] = ("Customer Access milestones are largely on track following the "
               "MyNorfolk launch. Property consolidation has slipped by one "
               "month and reablement recruitment remains the main risk to "
               "2026/27 savings.")
    h["A8"].alignment = WRAP
    h.merge_cells("A8:F10")
    put_row(h, 12, ["Top risks", "Likelihood", "Impact", "Score", "Owner"],
            bold=True)
    put_row(h, 13, ["Reablement workforce recruitment below plan", 4, 4, 16,
                    "Director of Community Social Work"])
    put_row(h, 14, ["CRM integration supplier capacity", 3, 3, 9,
                    "Director of IMT"])
    put_row(h, 15, ["Savings from estate consolidation delayed into 2026/27",
                    3, 4, 12, "Director of Property"])
    h.column_dimensions["A"].width = 48
    for col in "BCDEF":
        h.column_dimensions[col].width = 14

    m = wb.create_sheet("Milestones")
    N = 8
    m["A1"] = "Transformation Programme – Milestone Tracker"
    m["A1"].font = Font(bold=True, size=13)
    m["A2"] = "Period 10 (January 2026)"
    put_row(m, 5, ["Ref", "Milestone", "Owner", "Baseline date",
                   "Forecast date", "Previous RAG", "Current RAG",
                   "Commentary"], bold=True)
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        ("ws", "Workstream 1: Customer Access and Digital"),
        ("1.1", "Launch the new MyNorfolk customer account for blue badge and "
                "concessionary travel applications",
         "Head of Customer Services", "Nov 2025", "Nov 2025", "G", "B",
         "Launched 17 November 2025."),
        ("1.2", "Migrate the adult social care front door webform to the "
                "Customer Relationship Management platform",
         "Digital Services Manager", "Jan 2026", "Mar 2026", "G", "A",
         "Supplier delay on integration testing; revised plan agreed."),
        ("1.3", "Decommission the legacy telephony system",
         "Head of IMT Infrastructure", "Mar 2026", "Mar 2026", "G", "G",
         "Cut-over weekend booked for 14–15 March."),
        ("ws", "Workstream 2: Property and Assets"),
        ("2.1", "Complete consolidation of the Norwich office estate into "
                "County Hall",
         "Director of Property", "Dec 2025", "Jan 2026", "A", "A",
         "Final team moves completed 26 January; lease exit on Carrow House "
         "in progress."),
        ("2.2", "Agree the disposal programme for surplus sites identified in "
                "the 2025 asset review",
         "Head of Estates", "Jan 2026", "Febuary 2026", "G", "A",
         "Cabinet report deferred by one month."),
        ("ws", "Workstream 3: Prevention and Independence (Adult Social Care)"),
        ("3.1", "Extend the Norfolk Assistive Technology Service to all new "
                "reablement packages",
         "Head of Prevention and Wellbeing", "Apr 2026", "Apr 2026", "G", "G",
         "Pilot in West locality evaluated positively."),
        ("3.2", "Recruit 20 additional reablement support workers",
         "Director of Community Social Work", "Jan 2026", "May 2026", "A", "R",
         "11 of 20 posts filled. Second recruitment campaign launched."),
    ]
    r = 6
    for row in rows:
        if row[0] == "ws":
            band(m, r, row[1], N, "teal")
        else:
            put_row(m, r, list(row))
            m.cell(row=r, column=6).fill = fill(rag_fill[row[5]])
            m.cell(row=r, column=7).fill = fill(rag_fill[row[6]])
        r += 1
    r += 1
    m.cell(row=r, column=1, value=(
        "Key: B = complete; G = on track; A = at risk, within tolerance; "
        "R = off track, exception report required"))
    for col, w in zip("ABCDEFGH", (6, 55, 32, 13, 13, 10, 10, 45)):
        m.column_dimensions[col].width = w
    wb.save(out("ww-norfolk-county-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


# ================================================================ 4. Bedford docx
def bedford():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Bedford Borough Council Children's Services: Ofsted "
                      "Focused Visit Action Plan", style="Title")
    doc.add_paragraph(
        "Focused visit: 6–7 February 2024. Focus: arrangements for children in "
        "need and children subject to a child protection plan. Ofsted letter "
        "published 14 March 2024.")
    doc.add_paragraph(
        "This plan responds to the areas for improvement identified by "
        "inspectors. Progress is reported monthly to the Children's Services "
        "Improvement Board and quarterly to the Safeguarding Children "
        "Partnership Executive.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Version", "Date", "Author",
                                        "Approved by"]):
        c.text = txt
    bold_row(t.rows[0])
    for v in [("0.3", "22/03/2024", "Head of Quality Assurance",
               "Children's Services Leadership Team"),
              ("1.0", "04/04/2024", "Head of Quality Assurance",
               "Director of Children's Services"),
              ("1.1", "20/05/2024", "Improvement Programme Officer",
               "Improvement Board (progress update)")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, v):
            c.text = txt

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, txt in [("5B9BD5", "Complete – action delivered and evidenced"),
                        ("70AD47", "On track"),
                        ("FFC000", "Some delay – mitigations in place"),
                        ("FF0000", "Off track – escalation required")]:
        cells = k.add_row().cells
        shade(cells[0], colour)
        cells[1].text = txt

    rag = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000",
           "red": "FF0000"}
    areas = [
        ("Area for improvement 1",
         "The consistency and impact of management oversight and supervision "
         "for children in need, so that plans progress without drift.",
         [("1.1", ["Introduce a revised supervision template that requires a "
                   "case summary, reflective discussion and SMART next steps, "
                   "with compliance audited monthly."],
           "Principal Social Worker", "End of April 2024",
           "Template launched 15 April 2024; first compliance audit 92%.",
           "blue"),
          ("1.2", ["Team managers to hold monthly case progression meetings "
                   "for all children in need open for more than six months.",
                   "Outcomes to be recorded on the child's file as a "
                   "management decision."],
           "Service Manager (CIN/CP)", "June 2024",
           "Meetings established in all four CIN teams.", "green"),
          ("1.3", ["Deliver a management oversight development programme for "
                   "all team managers and assistant team managers."],
           "Head of Service – Children in Need / Workforce Development Manager",
           "Autumn term 2024",
           "Provider identified; cohort 1 starts September.", "amber")]),
        ("Area for improvement 2",
         "The quality of child protection plans, including clear contingency "
         "planning and measurable outcomes.",
         [("2.1", ["Child Protection Chairs to quality assure every new child "
                   "protection plan and return plans that lack measurable "
                   "outcomes or contingency arrangements to the team manager."],
           "Head of Safeguarding and Quality Assurance", "Monthly",
           "In place from March 2024; 14 plans returned in April.", "green"),
          ("2.2", ["Update the child protection plan template on Mosaic so "
                   "that contingency plans are a mandatory field."],
           "Mosaic Systems Lead", "31/07/2024",
           "Change request not yet prioritised by the ICT change board.",
           "red")]),
        ("Area for improvement 3",
         "The timeliness of initial child protection conferences for children "
         "who are the subject of section 47 enquiries.",
         [("3.1", ["Introduce a weekly tracker of section 47 enquiries that "
                   "have not progressed to an initial conference within 15 "
                   "working days, reviewed by the Head of Service."],
           "Business Intelligence Manager; Head of Service – Children in Need",
           "w/c 08/04/2024", "Tracker live and reviewed weekly.", "blue"),
          ("3.2", ["Increase conference chairing capacity by recruiting one "
                   "additional Child Protection Chair."],
           "AD Children's Social Care", "September 2024",
           "Post advertised twice; interim chair in place.", "amber")]),
    ]
    for heading, afi, acts in areas:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        top.text = afi
        shade(top, "DDEBF7")
        bold_row(tb.rows[0])
        for c, txt in zip(tb.rows[1].cells,
                          ["Ref", "Action", "Lead", "Timescale",
                           "Progress update (May 2024)", "RAG"]):
            c.text = txt
        bold_row(tb.rows[1])
        for ref, paras, lead, when, prog, colour in acts:
            cells = tb.add_row().cells
            cells[0].text = ref
            cells[1].text = paras[0]
            for p in paras[1:]:
                cells[1].add_paragraph(p)
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = prog
            shade(cells[5], rag[colour])
        for row in tb.rows:
            for c, w in zip(row.cells, (1.2, 9.5, 5.0, 3.0, 6.0, 1.5)):
                c.width = Cm(w)
    doc.add_paragraph("")
    doc.add_paragraph("Owner: Director of Children's Services. Next review: "
                      "Improvement Board, 18 June 2024.")
    doc.save(out("ww-bedford-borough-council-ofsted-focused-visit-action-plan.docx"))


# ================================================================ 5. Dorset DHR docx
def dorset():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Dorset Community Safety Partnership – Domestic Homicide "
                      "Review ‘Marianne’: Action Plan", style="Title")
    doc.add_paragraph(
        "Home Office Quality Assurance Panel approval: June 2025. This action "
        "plan is monitored by the DHR Steering Group on behalf of the "
        "Partnership. Position at 31 January 2026.")
    doc.add_paragraph("RAG: B = completed, G = on track, A = some delay, "
                      "R = not on track.")
    rag = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}

    doc.add_heading("Section A: Overview Report Recommendations", level=2)
    hdr = ["Recommendation", "Scope", "Action to take", "Lead agency",
           "Key milestones", "Target date", "RAG",
           "Date of completion and outcome"]
    ta = doc.add_table(rows=1, cols=len(hdr))
    ta.style = "Table Grid"
    for c, txt in zip(ta.rows[0].cells, hdr):
        c.text = txt
        shade(c, "D9D9D9")
    bold_row(ta.rows[0])
    recs_a = [
        ("1. Dorset Community Safety Partnership to seek assurance that "
         "agencies’ domestic abuse training includes economic abuse and "
         "coercive control in older people’s relationships.", "Local", [
            ("Commission a refresh of the multi-agency domestic abuse training "
             "offer to include economic abuse and older victims.",
             "Dorset Council Community Safety Team",
             "Training specification agreed; provider commissioned.",
             "March 2026", "G", ""),
            ("Ask each partner agency to confirm through its annual assurance "
             "return that single-agency training covers these topics.",
             "Dorset Domestic Abuse Local Partnership Board",
             "Assurance return template amended.", "30/06/2026", "A", ""),
        ]),
        ("2. GP practices across Dorset to be reminded of the need to ask "
         "about domestic abuse when an older patient presents with "
         "unexplained injuries or a change in presentation.", "Local", [
            ("Issue a safeguarding bulletin to all Dorset GP practices on "
             "routine enquiry with older patients, with a link to the IRIS "
             "referral pathway.",
             "NHS Dorset", "Bulletin drafted and agreed.", "August 2025", "B",
             "Completed 21/08/2025 – bulletin circulated to all practices."),
        ]),
    ]
    for rec, scope, acts in recs_a:
        first = len(ta.rows)
        for action, lead, milestone, when, r, done in acts:
            cells = ta.add_row().cells
            cells[2].text = action
            cells[3].text = lead
            cells[4].text = milestone
            cells[5].text = when
            cells[6].text = r
            shade(cells[6], rag[r])
            cells[7].text = done
        last = len(ta.rows) - 1
        for col, txt in ((0, rec), (1, scope)):
            cell = ta.cell(first, col)
            if last > first:
                cell = cell.merge(ta.cell(last, col))
            cell.text = txt

    doc.add_paragraph("")
    doc.add_heading("Section B: Single Agency Recommendations", level=2)
    hdr = ["Recommendation", "Action to take", "Lead agency", "Target date",
           "RAG", "Progress"]
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for c, txt in zip(tb.rows[0].cells, hdr):
        c.text = txt
        shade(c, "D9D9D9")
    bold_row(tb.rows[0])
    recs_b = [
        ("Dorset Police: Officers attending domestic incidents involving adults "
         "over 65 to complete the DASH risk assessment in full, including where "
         "the victim declines to answer.", [
            ("Include older victims and the use of DASH in the next round of "
             "mandatory domestic abuse training for response officers.",
             "Dorset Police", "Dec-25", "B",
             "Delivered to all response teams by 12/12/2025."),
            ("Audit a sample of 50 domestic abuse incidents involving victims "
             "over 65 to test DASH completion rates.",
             "Dorset Police", "Q4 2025/26", "G",
             "Sample drawn; audit under way."),
        ]),
        ("Dorset HealthCare: Community nursing teams to record the name and "
         "relationship of any carer present at home visits.", [
            ("Amend the community nursing visit template on SystmOne to include "
             "a mandatory field for the person present and their relationship.",
             "Dorset HealthCare / NHS Dorset", "TBC", "R",
             "System change request submitted; awaiting approval by the "
             "Clinical Systems Board."),
        ]),
    ]
    for rec, acts in recs_b:
        first = len(tb.rows)
        for action, lead, when, r, prog in acts:
            cells = tb.add_row().cells
            cells[1].text = action
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = r
            shade(cells[4], rag[r])
            cells[5].text = prog
        last = len(tb.rows) - 1
        cell = tb.cell(first, 0)
        if last > first:
            cell = cell.merge(tb.cell(last, 0))
        cell.text = rec
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by the Chair of the DHR Steering Group. "
                      "Next update due to the Partnership in April 2026.")
    doc.save(out("ww-dorset-csp-dhr-marianne-action-plan.docx"))


# ================================================================ 6. Norwich csv
def norwich():
    rows = [
        ["We Are Norwich – Annual Delivery Plan 2025/26: Quarter 2 Progress "
         "Report", "", "", "", "", ""],
        ["Exported from InPhase 14/10/2025 09:12", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Action Ref", "Action", "Responsible Officer", "Due Date", "RAG",
         "Q2 Commentary"],
        ["Priority 1: A prosperous Norwich", "", "", "", "", ""],
        ["DP1.01", "Deliver phase 2 of the Norwich Good Economy Commission "
         "recommendations, including a city-wide business support hub.",
         "Hollis, Mark", "31/03/2026", "Green",
         "Hub partners confirmed; soft launch planned for January."],
        ["DP1.02", "Submit the East Norwich masterplan supplementary planning "
         "document for adoption.", "Okafor, Grace", "Dec-25", "Amber",
         "Consultation responses higher than expected, analysis ongoing."],
        ["Priority 2: A fairer Norwich", "", "", "", "", ""],
        ["DP2.01", "Launch the Norwich Money Advice Partnership with voluntary "
         "sector partners, providing a single referral route for residents in "
         "financial hardship.", "Cole, David; Ahmed, Priya", "30/09/2025",
         "Complete", "Launched 2 September 2025. 212 referrals in the first "
         "month."],
        ["DP2.02", "Review the council tax reduction scheme for 2026/27.\n"
         "Model options for a banded scheme and consult with residents.",
         "Marsh, Helen", "Q3 2025/26", "Green",
         "Consultation ran 1 August to 26 September.\n"
         "Recommendation to Cabinet in December."],
        ["Priority 3: A climate-responsive Norwich", "", "", "", "", ""],
        ["DP3.01", "Complete retrofit works to 250 council homes under Warm "
         "Homes: Social Housing Fund Wave 3.", "Brennan, Luke", "Mar-26", "Red",
         "Contractor mobilisation delayed; 38 homes complete to date. Recovery "
         "plan to Cabinet in November."],
        ["DP3.02", "Adopt the Norwich Tree Strategy, 2025–2035.", "Ward, Sophie",
         "30/11/2025", "Not started",
         "Draft held back to align with the Local Plan review."],
        ["Priority 4: An open and modern council", "", "", "", "", ""],
        ["DP4.01", "Replace the customer contact platform and move 80% of "
         "housing repairs requests to online self-service.", "Fenwick, James",
         "March 2026", "Amber",
         "Platform procured. Repairs self-service at 54%."],
        ["DP4.02", "Prepare the council's proposal and transition plan for local "
         "government reorganisation in Norfolk.", "Thompson, Claire",
         "30/11/2025", "Green",
         "Proposal submitted to government 26 September 2025; transition "
         "workstreams being scoped."],
        ["", "", "", "", "", ""],
        ["Note: RAG ratings are self-assessed by the responsible officer and "
         "moderated by the Corporate Leadership Team.", "", "", "", "", ""],
    ]
    with open(out("ww-norwich-city-council-we-are-norwich-delivery-plan-2025-26-q2.csv"),
              "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================ 7. North Yorkshire txt
def north_yorkshire():
    T = "\t"
    lines = [
        "North Yorkshire Health and Wellbeing Board – Action Log",
        "Updated following the meeting held on 21 January 2026",
        "",
        T.join(["Ref", "Meeting", "Action", "Lead", "Due", "RAG", "Update"]),
        "Open actions",
        T.join(["HWB-24-31", "22 November 2024",
                "Produce a single North Yorkshire suicide prevention data "
                "dashboard and bring it to the Board for comment.",
                "Director of Public Health", "March 2026", "Amber",
                "Dashboard in test; data sharing agreement with the Coroner "
                "still awaited."]),
        T.join(["HWB-25-07", "21 March 2025",
                "Better Care Fund: agree a joint approach to discharge-to-assess "
                "beds across the three acute trusts and report back.",
                "Corporate Director – Health and Adult Services / ICB Place "
                "Director (North Yorkshire)", "Jan-26", "Red",
                "Not yet agreed with one trust; item deferred to March."]),
        T.join(["HWB-25-15", "4 July 2025",
                "Circulate the draft Joint Local Health and Wellbeing Strategy "
                "delivery plan to all Board members for comment before "
                "publication.",
                "Health and Wellbeing Board Manager", "28/02/2026", "Green",
                "Draft with partners; circulation planned for mid-February."]),
        T.join(["HWB-25-22", "19 September 2025",
                "Provide regular briefings on pharmacy closures in Scarborough "
                "and Whitby and the local response.",
                "Jane Sharp and Tom Hill", "Ongoing", "Green",
                "Briefing circulated 12 January 2026."]),
        T.join(["HWB-26-02", "21 January 2026",
                "Invite Healthwatch North Yorkshire to present its report on "
                "access to NHS dentistry.",
                "Democratic Services Officer", "May 2026", "Not started", ""]),
        "",
        "Actions completed since the last meeting",
        T.join(["HWB-25-18", "4 July 2025",
                "Add the Pharmaceutical Needs Assessment 2025 to the September "
                "agenda for sign-off.",
                "Democratic Services Officer", "Sept 2025", "Complete",
                "PNA signed off 19 September 2025."]),
        T.join(["HWB-25-24", "19 September 2025",
                "Write to the Secretary of State on behalf of the Board about "
                "the Public Health Grant allocation.",
                "Chair of the Board", "31/10/2025", "Complete",
                "Letter sent 8 October 2025."]),
        "",
        "Key: Red – overdue or at risk; Amber – in progress, some delay; "
        "Green – on track; Complete – action closed.",
    ]
    with open(out("ww-north-yorkshire-health-and-wellbeing-board-action-log.txt"),
              "w", newline="", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    somerset()
    stoke()
    norfolk()
    bedford()
    dorset()
    norwich()
    north_yorkshire()
    print("done")
