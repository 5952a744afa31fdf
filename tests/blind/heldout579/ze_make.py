"""Build the seven ze- cases of set heldout579.

Run with /work/main/.venv/bin/python ze_make.py (from any folder): writes the data files beside this
script. The .expected.yaml files are written by hand and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "dark": "1F3864", "lightblue": "DEEAF6", "purple": "5B2C6F",
}


# ----------------------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        shade(cell, fill)
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = None


RAG_DOCX = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}


# ----------------------------------------------------------------------------- 1. Bury (docx)
def make_bury():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Bury Council – Children and Young People")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Ofsted Focused Visit Action Plan", level=0)
    doc.add_paragraph("Focused visit: 13 and 14 January 2026 – children in need and children subject to "
                      "a child protection plan")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for row, (k, v) in zip(dc.rows, [
        ("Version", "1.2"),
        ("Date", "3 March 2026"),
        ("Plan owner", "Director of Social Care Practice"),
        ("Approved by", "Children's Improvement Board, 24 February 2026"),
        ("Next review", "May 2026"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Bury's children's services on 13 and 14 January 2026, "
        "looking at children in need and children subject to a child protection plan. The letter, "
        "published on 18 February 2026, found that leaders have a good understanding of practice and "
        "identified three areas for improvement. This plan sets out how we will respond. Progress is "
        "reported monthly to the Children's Improvement Board.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (k, v) in zip(key.rows, [
        ("Blue", "Action complete and impact evidenced"),
        ("Green", "On track to be delivered by the timescale"),
        ("Amber", "At risk of slipping; mitigation in place"),
        ("Red", "Off track; escalated to the Children's Improvement Board"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], RAG_DOCX[k])
        set_cell(row.cells[1], v)

    doc.add_heading("Areas for improvement and actions", level=1)

    cols = ["Ref", "Action", "Lead", "Timescale", "Progress update (March 2026)", "RAG"]
    sections = [
        ("Area for improvement 1: The consistency and impact of management oversight and supervision "
         "in preventing drift for children in need.", [
            ("1.1", "Refresh the supervision policy and practice standards so that every supervision "
                    "record includes a reflection on the child's plan and time-bound actions.",
             "Head of Service, Safeguarding", "March 2026",
             "Revised policy approved by DMT on 10 February 2026 and launched at practice week.", "Blue"),
            ("1.2", "Team managers to complete monthly dip samples of CIN plans open longer than nine "
                    "months, with findings reported to the Performance and Quality Assurance Board.",
             "Team Managers (CIN) / Quality Assurance Lead", "Monthly",
             "First dip sample (12 plans) completed in February 2026.", "Green"),
            ("1.3", "Introduce a CIN review panel chaired by a Service Manager to consider all plans where "
                    "there has been no progress after two reviews.",
             "Service Manager (CIN/CP)", "End of May 2026",
             "Terms of reference drafted; panel start delayed by recruitment to the Service Manager post.",
             "Amber"),
        ]),
        ("Area for improvement 2: The quality of child protection plans, so that they are specific about "
         "the changes needed and the timescales for achieving them.", [
            ("2.1", "Co-produce a revised child protection plan template with families and partners.\n"
                    "Train all child protection chairs and social workers in outcome-focused planning.",
             "Head of Safeguarding and Quality Assurance", "April 2026 – July 2026",
             "Two co-production workshops held with parents; training dates booked.", "Green"),
            ("2.2", "Child protection chairs to use the midway review to escalate plans that are not "
                    "progressing, using the dispute resolution protocol.",
             "Child Protection Chairs", "31/05/2026",
             "Midway review template updated to include an escalation prompt.", ""),
            ("2.3", "Audit 40 child protection plans against the new standard and report the findings to "
                    "the Children's Improvement Board.",
             "Principal Social Worker / Head of Quality Assurance", "September 2026",
             "Not yet started – follows completion of action 2.1.", None),
        ]),
        ("Area for improvement 3: Partner agencies' contribution to and attendance at core group "
         "meetings.", [
            ("3.1", "Agree a core group attendance standard with health, education and police partners "
                    "through the Bury Integrated Safeguarding Partnership.",
             "BISP Business Manager", "April 2026",
             "Draft standard considered by the BISP Executive on 19 February 2026.", "Green"),
            ("3.2", "Report core group attendance by agency each quarter to the Partnership Executive and "
                    "escalate persistent non-attendance.",
             "Performance and Intelligence Manager / BISP Business Manager", "Quarterly",
             "Attendance data added to the quarterly safeguarding dataset from Q4 2025/26.", "Green"),
        ]),
    ]
    for heading, rows in sections:
        t = doc.add_table(rows=2 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        set_cell(top, heading, bold=True)
        shade(top, FILL["lightblue"])
        for cell, label in zip(t.rows[1].cells, cols):
            set_cell(cell, label, bold=True)
            shade(cell, FILL["grey"])
        for row, (ref, action, lead, when, update, rag) in zip(t.rows[2:], rows):
            c = row.cells
            set_cell(c[0], ref)
            set_cell(c[1], action)
            set_cell(c[2], lead)
            set_cell(c[3], when)
            set_cell(c[4], update)
            if rag is None:                       # not started: empty, no colour
                set_cell(c[5], "")
            elif rag == "":                       # colour only, no word
                set_cell(c[5], "")
                shade(c[5], FILL["green"])
            else:
                set_cell(c[5], rag, bold=True)
                shade(c[5], RAG_DOCX[rag])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for row, vals in zip(so.rows, [
        ("Role", "Name", "Date"),
        ("Executive Director, Children and Young People", "Signed", "3 March 2026"),
        ("Lead Member for Children and Young People", "Signed", "3 March 2026"),
    ]):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)
    doc.save(os.path.join(HERE, "ze-bury-council-ofsted-focused-visit-action-plan.docx"))


# ----------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, colour=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if bold or colour:
        c.font = Font(bold=bold, color=colour)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    return c


# ----------------------------------------------------------------------------- 2. Bradford (xlsx)
def make_bradford():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Summary of open recommendations by priority"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Position as at 31 December 2025"
    for i, h in enumerate(["Priority", "Open at 30/09/2025", "New", "Implemented", "Open at 31/12/2025",
                           "Of which overdue"], 1):
        put(summ, 4, i, h, bold=True, bg=FILL["grey"])
    data = [("High", 5, 2, 3, 4, 1), ("Medium", 9, 3, 5, 7, 1), ("Low", 3, 1, 2, 2, 0)]
    for r, vals in enumerate(data, 5):
        for cidx, v in enumerate(vals, 1):
            put(summ, r, cidx, v)
    put(summ, 8, 1, "Total", bold=True)
    for cidx in range(2, 7):
        col = "ABCDEF"[cidx - 1]
        put(summ, 8, cidx, f"=SUM({col}5:{col}7)", bold=True)
    summ.column_dimensions["A"].width = 14
    for col in "BCDEF":
        summ.column_dimensions[col].width = 18

    ws = wb.create_sheet("Open Recommendations")
    ws["A1"] = "City of Bradford Metropolitan District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit: Follow-up of Agreed Management Actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Position as at 31 December 2025 – report to Governance and Audit Committee, "
                "29 January 2026")
    heads = ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
             "Original Due Date", "Revised Due Date", "RAG", "Comment"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, bg=FILL["dark"], colour="FFFFFF")
    widths = [11, 10, 42, 52, 30, 14, 14, 7, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    D = dt.datetime
    audits = [
        ("Payroll: Starters, Leavers and Contract Changes 2024/25 (Limited Assurance)", [
            ("High", "Leaver notifications should reach Payroll before the employee's last working day "
                     "so that overpayments are prevented.", [
                ("PAY/1.1", "HR Service Centre to issue a monthly reminder to managers and report late "
                            "leaver notifications to Departmental Management Teams.",
                 "Head of HR Operations", D(2025, 10, 31), D(2026, 3, 31), "A",
                 "Reminders issued since October. Reporting to DMTs delayed until the new HR system "
                 "dashboards go live."),
                ("PAY/1.2", "Recover the identified overpayments totalling £18,420 in line with the "
                            "Overpayments Procedure.",
                 "Payroll Manager", D(2025, 9, 30), None, "B",
                 "All 14 cases now on agreed repayment plans. Closed."),
            ]),
            ("Medium", "Access to the payroll system should be reviewed quarterly and removed promptly "
                       "for leavers and movers.", [
                ("PAY/2.1", "Quarterly user access review to be completed by the system administrator and "
                            "signed off by the Payroll Manager.",
                 "HR Systems Lead / Payroll Manager", D(2026, 1, 31), None, "G",
                 "Q3 review under way."),
            ]),
        ]),
        ("Direct Payments – Adult Social Care 2024/25 (Limited Assurance)", [
            ("High", "Direct payment accounts should be audited at the frequency set out in the Direct "
                     "Payments Policy.", [
                ("DP/1.1", "Recruit two additional Direct Payments Monitoring Officers to clear the backlog "
                           "of account audits.",
                 "Assistant Director – Commissioning", D(2025, 11, 30), D(2026, 2, 28), "A",
                 "One officer in post from 5 January 2026; second post re-advertised."),
                ("DP/1.2", "Introduce a risk-based audit schedule, prioritising accounts with surplus "
                           "balances over £5,000.",
                 "Direct Payments Team Manager", D(2026, 1, 31), None, "G",
                 "Schedule drafted and risk criteria agreed with Internal Audit."),
            ]),
            ("Medium", "Surplus balances should be reclaimed promptly.", [
                ("DP/2.1", "Reclaim the surplus balances identified in the 2024/25 audit sample and report "
                           "the amount recovered to the Adults DMT.",
                 "Finance Business Partner (Adults)", D(2025, 8, 31), D(2025, 12, 31), "R",
                 "Two reclaims outstanding. Escalated to the Strategic Director."),
            ]),
        ]),
        ("ICT – Cyber Security and Patch Management 2025/26 (Reasonable Assurance)", [
            ("Medium", "Unsupported server operating systems should be upgraded or isolated.", [
                ("ICT/1.1", "Complete the migration of the remaining 11 Windows Server 2012 R2 servers to "
                            "supported platforms.",
                 "Head of ICT Infrastructure", D(2026, 3, 31), None, "G",
                 "6 of 11 servers migrated."),
            ]),
            ("Low", "The patching policy should be reviewed and approved.", [
                ("ICT/2.1", "Update the Patch Management Policy and present it to the Information "
                            "Governance Board for approval.",
                 "Cyber Security Manager", D(2025, 10, 31), None, "B",
                 "Approved by the Information Governance Board on 16 October 2025."),
            ]),
        ]),
        ("Schools: Thematic Review of School Fund Accounts 2024/25 (Reasonable Assurance)", [
            ("Medium", "School fund accounts should be independently audited each year and the "
                       "certificates returned to the Council.", [
                ("SCH/1.1", "Issue guidance to all maintained schools and chase the outstanding 2024/25 "
                            "school fund audit certificates.",
                 "Schools Finance Manager", D(2025, 12, 31), "Summer term 2026", "A",
                 "Guidance issued. 23 certificates still outstanding; deadline moved to allow schools' "
                 "auditors to complete."),
            ]),
        ]),
    ]
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    row = 6
    for audit, recs in audits:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        put(ws, row, 1, audit, bold=True, bg=FILL["grey"])
        row += 1
        for priority, rec, actions in recs:
            first = row
            for ref, action, officer, orig, revised, rag, comment in actions:
                put(ws, row, 1, ref)
                put(ws, row, 4, action)
                put(ws, row, 5, officer)
                put(ws, row, 6, orig, fmt="dd/mm/yyyy")
                if isinstance(revised, dt.datetime):
                    put(ws, row, 7, revised, fmt="dd/mm/yyyy")
                else:
                    put(ws, row, 7, revised)
                put(ws, row, 8, rag, bold=True, bg=rag_fill[rag])
                put(ws, row, 9, comment)
                row += 1
            put(ws, first, 2, priority)
            put(ws, first, 3, rec)
            if row - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "Priority and RAG definitions"
    key["A1"].font = Font(bold=True)
    rows = [
        ("High", "Fundamental control weakness requiring immediate action."),
        ("Medium", "Significant weakness; action needed within six months."),
        ("Low", "Improvement to good practice."),
        ("B", "Implemented – confirmed by Internal Audit"),
        ("G", "Not yet due / on track for the due date"),
        ("A", "Due date revised or at risk"),
        ("R", "Overdue against the revised date"),
    ]
    for r, (k, v) in enumerate(rows, 3):
        put(key, r, 1, k, bold=True, bg=rag_fill.get(k))
        put(key, r, 2, v)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "ze-city-of-bradford-mdc-internal-audit-recommendations-tracker.xlsx"))


# ----------------------------------------------------------------------------- 3. Camden (xlsx)
def make_camden():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "London Borough of Camden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reviewed by Corporate Management Team 20 January 2026; reported to Audit and Corporate "
                "Governance Committee 5 February 2026")
    heads = ["Risk", "Risk description (cause and consequence)", "Risk owner", "Inherent score",
             "Residual score", "Direction of travel", "Target score", "Further actions", "Action owner",
             "Target date", "Action status"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, bg=FILL["purple"], colour="FFFFFF")
    widths = [22, 44, 24, 9, 9, 10, 9, 54, 30, 13, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w

    D = dt.datetime

    def score_fill(s):
        return FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]

    risks = [
        ("CR01 – Financial sustainability", "The Council is unable to set a balanced budget over the medium "
                 "term because of demand pressures in temporary accommodation, adult social care and "
                 "children's placements.",
         "Executive Director Corporate Services", 25, 20, "↔", 12, [
            ("Deliver the 2026/27 savings programme of £21.6m, with monthly monitoring by the Budget Board.",
             "Director of Finance", D(2027, 3, 31), "mm/yyyy", "On track"),
            ("Implement the temporary accommodation demand reduction plan, including acquisition of 120 "
             "homes for use as TA.",
             "Director of Housing", "Q2 2026/27", None, "Amber"),
            ("Lobby Government through London Councils for multi-year settlements and reform of the TA "
             "subsidy rate.",
             "Chief Executive / Director of Finance", "Ongoing", None, "On track"),
        ]),
        ("CR04 – Cyber attack", "A successful cyber attack results in loss of systems and data and of the "
                 "ability to deliver critical services.",
         "Director of Digital and Data", 20, 16, "↓", 9, [
            ("Complete the migration of legacy line-of-business applications to the cloud hosting "
             "environment.",
             "Head of Technology Operations", D(2026, 6, 30), "dd/mm/yyyy", "Amber"),
            ("Run a council-wide cyber incident exercise with Gold and Silver commanders.",
             "Emergency Planning Manager and Head of Cyber Security", D(2026, 2, 28), "dd/mm/yyyy",
             "Complete"),
            ("Achieve the Cyber Assessment Framework (CAF) baseline across all critical systems.",
             "Head of Cyber Security", "March 2027", None, "On track"),
        ]),
        ("CR07 – Safeguarding children", "A child known to the Council suffers serious harm or death as a "
                 "result of failures in safeguarding practice.",
         "Executive Director Children and Learning", 20, 10, "↔", 10, [
            ("Implement the recommendations of the Camden Safeguarding Children Partnership thematic "
             "review of adolescents at risk of exploitation.",
             "Director of Children's Safeguarding and Social Work", D(2026, 4, 30), "dd/mm/yyyy",
             "On track"),
            ("Keep average social work caseloads below 16 through the recruitment and retention strategy.",
             "Director of Children's Safeguarding and Social Work", "Ongoing", None, "On track"),
        ]),
        ("CR11 – Building safety", "The Council fails to meet its duties under the Building Safety Act 2022 "
                 "for higher-risk residential buildings.",
         "Executive Director Supporting Communities", 20, 15, "↑", 8, [
            ("Submit the remaining 9 safety case reports to the Building Safety Regulator.",
             "Head of Building Safety", D(2026, 3, 31), "dd/mm/yyyy", "Red"),
            ("Complete the fire door replacement programme across the 22 higher-risk buildings.",
             "Head of Building Safety", D(2026, 9, 1), "mmm-yy", "Amber"),
            ("Appoint an Accountable Person lead for each higher-risk building and publish the resident "
             "engagement strategy.",
             "Head of Building Safety; Head of Resident Engagement", D(2025, 12, 19), "dd/mm/yyyy",
             "Complete"),
        ]),
    ]
    status_fill = {"On track": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"],
                   "Complete": FILL["blue"]}
    row = 6
    for ref, desc, owner, inh, res, trend, target, actions in risks:
        first = row
        for action, aowner, when, fmt, status in actions:
            put(ws, row, 8, action)
            put(ws, row, 9, aowner)
            put(ws, row, 10, when, fmt=fmt)
            put(ws, row, 11, status, bg=status_fill[status])
            row += 1
        last = row - 1
        put(ws, first, 1, ref, bold=True)
        put(ws, first, 2, desc)
        put(ws, first, 3, owner)
        put(ws, first, 4, inh, bg=score_fill(inh))
        put(ws, first, 5, res, bg=score_fill(res))
        put(ws, first, 6, trend)
        put(ws, first, 7, target, bg=score_fill(target))
        for col in range(1, 8):
            ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.freeze_panes = "A6"
    put(ws, row + 1, 1, "Direction of travel: ↑ increasing  ↓ reducing  ↔ no change since last quarter")
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=8)

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    put(mx, 3, 1, "Impact \\ Likelihood", bold=True)
    for l in range(1, 6):
        put(mx, 3, l + 1, l, bold=True)
    for i in range(5, 0, -1):
        r = 3 + (6 - i)
        put(mx, r, 1, i, bold=True)
        for l in range(1, 6):
            put(mx, r, l + 1, i * l, bg=score_fill(i * l))
    put(mx, 10, 1, "1–7 Low (green)   8–14 Medium (amber)   15–25 High (red)")
    wb.save(os.path.join(HERE, "ze-camden-council-corporate-risk-register.xlsx"))


# ----------------------------------------------------------------------------- 4. Salford (txt, tab-separated)
def make_salford():
    rows = [
        ["Salford Health and Wellbeing Board – Action Log"],
        ["Last updated: 14 January 2026"],
        [],
        ["Ref", "Meeting", "Action", "Lead(s)", "Due", "Status", "Update"],
        ["OPEN ACTIONS"],
        ["HWB/25/014", "10/07/2025",
         "Public health team to bring the refreshed Joint Strategic Needs Assessment chapter on children's "
         "oral health to a future Board meeting.",
         "Director of Public Health", "Mar-26", "G", "Scheduled for the March 2026 Board."],
        ["HWB/25/019", "11/09/2025",
         "Partners to confirm named leads for the Healthy Weight Declaration.\n"
         "Declaration to be signed at a public event.",
         "Salford CVS / NHS GM (Salford)", "30/11/2025", "R", "Two of five partners yet to confirm leads."],
        ["HWB/25/022", "11/09/2025",
         "Circulate the Better Care Fund quarter 2 return to Board members for information.",
         "Head of Integrated Commissioning", "Next meeting", "G", "Return signed off by NHS GM on 8 January."],
        ["HWB/25/027", "13/11/2025",
         "Develop a joint winter communications plan covering vaccinations, warm spaces and NHS 111.",
         "Cllr Helen Marsh and Joanne Pearce", "December 2025", "A",
         "Plan drafted; partner sign-off outstanding."],
        ["HWB/25/028", "13/11/2025",
         "Arrange a Board development session on the Salford Locality Plan refresh.",
         "Deputy Place-Based Lead", "February 2026", "G", "Session booked for 18 February 2026."],
        ["HWB/25/030", "13/11/2025",
         "Report the findings of the Healthwatch Salford review of GP access to the Board.",
         "Healthwatch Salford Chief Officer", "TBC", "", "Awaiting publication of the Healthwatch report."],
        [],
        ["CLOSED SINCE LAST MEETING"],
        ["HWB/25/009", "08/05/2025",
         "Agree the Board's response to the Pharmaceutical Needs Assessment consultation.",
         "Consultant in Public Health (PNA lead)", "Jul-25", "C", "Response submitted 28 July 2025."],
        ["HWB/25/016", "10/07/2025",
         "Share the Salford Suicide Prevention Action Plan with all Board members.",
         "Suicide Prevention Lead", "31/08/2025", "C", "Circulated 4 August 2025."],
        [],
        ["Status key: G = on track; A = at risk; R = overdue; C = complete"],
    ]
    path = os.path.join(HERE, "ze-salford-health-and-wellbeing-board-action-log.txt")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for r in rows:
            w.writerow(r)


# ----------------------------------------------------------------------------- 5. Suffolk (docx)
def make_suffolk():
    doc = Document()
    for s in doc.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run("Suffolk County Council")
    r.bold = True
    doc.add_heading("SEND Improvement Programme: Highlight Report", level=0)
    doc.add_paragraph("Report to the SEND Improvement Board – reporting period December 2025 to January 2026")

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [
        ("Senior Responsible Owner", "Director of Inclusion", "Report date", "4 February 2026"),
        ("Programme Manager", "Rebecca Hall", "Next Board", "4 March 2026"),
        ("Overall status (previous)", "Red", "Overall status (current)", "Amber"),
    ]
    for row, v in zip(info.rows, vals):
        for i, cell in enumerate(row.cells):
            set_cell(cell, v[i], bold=(i % 2 == 0))
    shade(info.rows[2].cells[1], FILL["red"])
    shade(info.rows[2].cells[3], FILL["amber"])

    doc.add_heading("1. Summary of progress", level=1)
    for b in [
        "The number of EHC needs assessments over 20 weeks has fallen for the fourth month running.",
        "The EHCP quality assurance framework went live on 12 January 2026.",
        "Recruitment to the annual review team remains the main area of concern.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("2. Milestones by workstream", level=1)
    cols = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG",
            "Commentary"]
    workstreams = [
        ("Workstream 1 – EHCP timeliness and quality", [
            ("1.1", "Clear the backlog of EHC needs assessments over 20 weeks.",
             "Head of SEND Assessment", "Dec-25", "Mar-26", "Red", "Amber",
             "Backlog down from 412 to 167; additional EP capacity commissioned."),
            ("1.2", "Implement the new EHCP quality assurance framework, including multi-agency audit of "
                    "10% of new plans each month.",
             "SEND Quality Assurance Lead / Designated Clinical Officer", "Jan-26", "Jan-26", "Green", "Blue",
             "Framework live from 12 January 2026."),
            ("1.3", "Launch the online EHCP portal for parents and carers.",
             "Head of SEND Assessment; Digital Product Owner", "Feb-26", "Jun-26", "Amber", "Amber",
             "Supplier testing found accessibility issues; go-live re-planned."),
        ]),
        ("Workstream 2 – Annual reviews", [
            ("2.1", "Recruit a dedicated annual review team of six SEND Officers.",
             "SEND Casework Service Manager", "Nov-25", "Apr-26", "Amber", "Red",
             "Two of six posts filled after second recruitment round."),
            ("2.2", "Prioritise annual reviews at phase transfer (Year 6 and Year 11) so that amended plans "
                    "are issued by 15 February 2026.",
             "SEND Casework Service Manager", "Feb-26", "Feb-26", "Green", "Green",
             "81% of phase transfer plans amended to date."),
            ("2.3", "Introduce person-centred annual review training for SENCOs across all phases.",
             "Inclusion Support Lead", "Summer term 2026", "Summer term 2026", "Green", "Green",
             "Training programme agreed with the Suffolk SENCO network."),
        ]),
        ("Workstream 3 – Communication and engagement with families", [
            ("3.1", "Co-produce a communication charter with Suffolk Parent Carer Network.",
             "Head of SEND Partnerships & SPCN Co-Chair", "Dec-25", "Jan-26", "Amber", "Blue",
             "Charter signed at the January Board."),
            ("3.2", "Publish a monthly SEND newsletter and ‘You said, we did’ update on the Local Offer.",
             "SEND Communications Officer", "Monthly", "Monthly", "Green", "Green",
             "December and January editions published."),
            ("3.3", "Reduce the number of open Stage 1 SEND complaints older than 20 working days to zero.",
             "Customer Rights Manager", "Mar-26", "May-26", "Red", "Amber",
             "37 complaints over 20 days (was 64)."),
        ]),
    ]
    for title, rows in workstreams:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        for cell, label in zip(t.rows[0].cells, cols):
            set_cell(cell, label, bold=True, size=9)
            shade(cell, FILL["grey"])
        for row, vals in zip(t.rows[1:], rows):
            for i, (cell, v) in enumerate(zip(row.cells, vals)):
                set_cell(cell, v, size=9)
                if i in (5, 6):
                    shade(cell, RAG_DOCX[v])

    doc.add_heading("3. Top programme risks", level=1)
    rt = doc.add_table(rows=4, cols=3)
    rt.style = "Table Grid"
    for row, vals in zip(rt.rows, [
        ("Risk", "Score", "Trend"),
        ("Insufficient Educational Psychologist capacity to meet demand", "16", "↓"),
        ("Annual review team not recruited, delaying phase transfer work", "20", "↑"),
        ("High needs block overspend limits investment in the programme", "20", "↔"),
    ]):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)

    doc.add_heading("4. Decisions required from the Board", level=1)
    doc.add_paragraph("The Board is asked to note the revised forecast for milestone 1.3 and to agree the "
                      "use of agency SEND Officers for up to six months to cover milestone 2.1.")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk but recoverable; "
                      "Red – off track, Board intervention needed.")
    doc.save(os.path.join(HERE, "ze-suffolk-county-council-send-improvement-programme-highlight-report.docx"))


# ----------------------------------------------------------------------------- 6. Ipswich (csv)
def make_ipswich():
    n = 9
    pad = lambda cells: cells + [""] * (n - len(cells))
    rows = [
        pad(["Ipswich Community Safety Partnership"]),
        pad(["Domestic Homicide Review: 'Abigail' – Action Plan"]),
        pad(["Monitored by the DHR Oversight Group. Last updated 02/12/2025"]),
        pad([]),
        ["Rec No.", "Recommendation", "Action No.", "Action", "Lead Agency / Officer", "Target Date",
         "Date Completed", "RAG", "Evidence of completion / progress"],
        ["1", "Suffolk Constabulary to ensure that DASH risk assessments are completed with the victim "
              "separately from the alleged perpetrator.",
         "1.1", "Issue a force-wide briefing on completing DASH in private, including the use of "
                "interpreters and remote options.",
         "Suffolk Constabulary – Head of Safeguarding", "31/03/2024", "15/03/2024", "Blue",
         "Briefing issued on the force intranet and covered at all shift briefings."],
        ["", "", "1.2", "Dip sample 50 DASH assessments each quarter for evidence of separate completion.",
         "Suffolk Constabulary – Public Protection Unit", "Quarterly", "", "Green",
         "Q1 and Q2 2025/26 samples completed; 88% compliant."],
        ["2", "Ipswich Borough Council housing services to embed routine enquiry about domestic abuse in "
              "homelessness assessments.",
         "2.1", "Add a mandatory domestic abuse routine enquiry question to the homelessness assessment form.",
         "IBC Head of Housing Needs", "Jun-24", "28/06/2024", "Blue", "Question live in the case management "
         "system."],
        ["", "", "2.2", "Deliver DAHA accreditation training to all Housing Options Officers.",
         "IBC Head of Housing Needs / Lighthouse Women's Aid", "Jun-25 (revised from Dec-24)", "", "Amber",
         "Training delivered to 14 of 19 officers; remaining sessions booked."],
        ["3", "Suffolk and North East Essex ICB to assure the Partnership that GP practices record and "
              "share information about domestic abuse disclosures.",
         "3.1", "Roll out the IRIS programme to the remaining six GP practices in Ipswich.",
         "SNEE ICB Designated Nurse for Adult Safeguarding", "31/10/2025", "", "Green",
         "Four of six practices trained."],
        ["", "", "3.2", "Audit GP records for coding of domestic abuse disclosures and MARAC information.",
         "SNEE ICB Named GP for Safeguarding", "Jan-26", "", "Green", "Audit tool agreed."],
        ["4", "Ipswich Community Safety Partnership to share the learning from this review across the "
              "partnership.",
         "4.1", "Produce a 7-minute briefing and deliver two learning events for practitioners.",
         "CSP Manager", "Sep-24", "10/10/2024", "Complete", "Events held 24/09/2024 and 10/10/2024 (86 "
         "attendees)."],
        ["", "", "4.2", "Publish the overview report following approval by the Home Office Quality Assurance "
                        "Panel.",
         "CSP Manager", "TBC", "", "Amber", "Awaiting Home Office feedback."],
    ]
    path = os.path.join(HERE, "ze-ipswich-csp-dhr-abigail-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ----------------------------------------------------------------------------- 7. Boston (xlsx, refuse)
def make_boston():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws["A1"] = "Boston Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Plan Delivery Plan 2025/26 – Quarter 2 Progress (April to September 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Key:"
    for col, (txt, bg) in enumerate([("Complete", FILL["blue"]), ("On track", FILL["green"]),
                                     ("Some slippage", FILL["amber"]), ("Off track", FILL["red"])], 2):
        put(ws, 3, col, txt, bg=bg)
    heads = ["Ref", "Action", "Portfolio Holder", "Lead Officer", "Target", "Q2 Update", "Status"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, bg=FILL["dark"], colour="FFFFFF")
    widths = [7, 55, 26, 30, 14, 50, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    status_fill = {"Complete": FILL["blue"], "On track": FILL["green"], "Some slippage": FILL["amber"],
                   "Off track": FILL["red"]}
    plan = [
        ("Priority 1: Growth and prosperity", [
            ("Objective 1.1 – Regenerate Boston town centre", [
                ("1.1a", "Complete the Boston Station Quarter public realm works funded by the Towns Fund.",
                 "Portfolio Holder for Regeneration", "Assistant Director – Regeneration", "Mar-26",
                 "Phase 1 complete; phase 2 contractor on site.", "On track"),
                ("1.1b", "Open the PE21 town centre residential scheme to first occupants.",
                 "Portfolio Holder for Regeneration", "Head of Major Projects", "Dec-25",
                 "Practical completion delayed by utilities connection.", "Some slippage"),
            ]),
            ("Objective 1.2 – Support local businesses", [
                ("1.2a", "Deliver the UK Shared Prosperity Fund business grants programme for 2025/26.",
                 "Portfolio Holder for Economic Development", "Economic Development Manager", "Mar-26",
                 "42 grants awarded to date.", "On track"),
                ("1.2b", "Launch the Boston Business Awards and business engagement forum.",
                 "Portfolio Holder for Economic Development", "Economic Development Manager", "Jul-25",
                 "Awards held 3 July 2025.", "Complete"),
            ]),
        ]),
        ("Priority 2: Healthy lives", [
            ("Objective 2.1 – Increase physical activity", [
                ("2.1a", "Complete the refurbishment of the Geoff Moulder Leisure Complex changing village.",
                 "Portfolio Holder for Leisure and Culture", "Leisure Contract Manager", "Febuary 2026",
                 "Works tendered; contractor appointed September 2025.", "On track"),
                ("2.1b", "Extend the Active Boston outreach programme to three further villages.",
                 "Portfolio Holder for Leisure and Culture", "Wellbeing Lead", "Mar-26",
                 "Sessions started in Kirton and Swineshead.", "On track"),
            ]),
        ]),
        ("Priority 3: Safe and resilient communities", [
            ("Objective 3.1 – Tackle anti-social behaviour", [
                ("3.1a", "Renew the town centre Public Spaces Protection Order following consultation.",
                 "Portfolio Holder for Community Safety", "Community Safety Manager", "Oct-25",
                 "Consultation closed; report to Cabinet in October.", "On track"),
                ("3.1b", "Install four additional redeployable CCTV cameras in hotspot areas.",
                 "Portfolio Holder for Community Safety", "CCTV and Community Safety Officer", "Nov-25",
                 "Cameras ordered; delivery delayed by supplier.", "Off track"),
            ]),
            ("Objective 3.2 – Improve housing standards", [
                ("3.2a", "Introduce a selective licensing scheme for private rented homes in the town centre.",
                 "Portfolio Holder for Housing", "Head of Housing and Environmental Health", "Apr-26",
                 "Business case approved; designation consultation from January 2026.", "On track"),
            ]),
        ]),
    ]
    row = 6
    for priority, objectives in plan:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        put(ws, row, 1, priority, bold=True, bg=FILL["dark"], colour="FFFFFF")
        row += 1
        for objective, actions in objectives:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            put(ws, row, 1, objective, bold=True, bg=FILL["lightblue"])
            row += 1
            for ref, action, ph, lead, target, update, status in actions:
                for col, v in enumerate([ref, action, ph, lead, target, update], 1):
                    put(ws, row, col, v)
                put(ws, row, 7, status, bg=status_fill[status])
                row += 1
    ws.freeze_panes = "A6"

    summ = wb.create_sheet("Q2 Summary")
    summ["A1"] = "Quarter 2 status summary"
    summ["A1"].font = Font(bold=True)
    for r, (k, v) in enumerate([("Complete", 1), ("On track", 6), ("Some slippage", 1), ("Off track", 1),
                                ("Total actions", 9)], 3):
        put(summ, r, 1, k, bold=(k == "Total actions"), bg=status_fill.get(k))
        put(summ, r, 2, v)
    wb.save(os.path.join(HERE, "ze-boston-bc-corporate-plan-delivery-plan-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_bury()
    make_bradford()
    make_camden()
    make_salford()
    make_suffolk()
    make_ipswich()
    make_boston()
    print("built 7 files in", HERE)
