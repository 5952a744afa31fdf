"""Build the seven pm- test files of set heldout453.

Run with /work/main/.venv/bin/python pm_make.py (openpyxl, python-docx).
Writes only files whose names start with "pm-" in this folder.
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
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("pm-")
    return os.path.join(HERE, name)


D = dt.datetime
BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def header_row(ws, row, headers, colour=HEAD):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Westmorland and Furness Council - internal audit follow-up tracker (xlsx)
# ---------------------------------------------------------------------------
def make_wf():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Westmorland and Furness Council – Internal Audit Follow-up: Outstanding Agreed Actions"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Assurance Committee, 22 January 2026 – position at 31 December 2025"
    s["A2"].font = Font(italic=True)
    s["A4"] = "Summary of agreed actions by priority"
    s["A4"].font = Font(bold=True)
    header_row(s, 5, ["Priority", "Total tracked", "Complete", "On track",
                      "Revised date agreed", "Overdue"])
    rows = [("High", 4, 1, 1, 1, 1), ("Medium", 3, 0, 1, 2, 0),
            ("Low", 1, 1, 0, 0, 0), ("Total", 8, 2, 2, 3, 1)]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    s["A11"] = "Status key"
    s["A11"].font = Font(bold=True)
    key = [("Complete", "Action implemented and verified by Internal Audit", BLUE),
           ("On track", "Action in progress and expected by the target date", GREEN),
           ("Revised date", "Revised target date agreed by the Audit and Assurance Committee", AMBER),
           ("Overdue", "Target date passed without an agreed revision", RED)]
    for r, (k, txt, col) in enumerate(key, 12):
        s.cell(row=r, column=1, value=k).fill = fill(col)
        s.cell(row=r, column=2, value=txt)
    s["A17"] = "Detailed position for each agreed action is set out in Appendix B."
    widths(s, [16, 14, 12, 12, 20, 12])

    a = wb.create_sheet("Appendix B")
    a["A1"] = "Appendix B – Outstanding and recently completed agreed actions at 31 December 2025"
    a["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Recommendation", "Agreed action", "Priority", "Responsible officer",
           "Original target date", "Revised target date", "Status",
           "Update from responsible officer"]
    header_row(a, 3, hdr)
    status_fill = {"Complete": BLUE, "On track": GREEN, "Revised date": AMBER, "Overdue": RED}
    groups = [
        ("Payroll (2024/25) – Reasonable assurance", [
            ("PAY-01",
             "Leavers should be processed in iTrent before their final pay date to prevent overpayments.",
             "Introduce a weekly reconciliation of leaver notifications received against iTrent terminations, with exceptions escalated to the relevant Assistant Director.",
             "Medium", "HR Operations Manager", D(2025, 9, 30), D(2026, 1, 31), "Revised date",
             "Reconciliation designed; first two weekly runs completed in December. Revised date agreed to allow three months of evidence."),
            ("PAY-02",
             "Overtime claims should be approved by a budget holder independent of the claimant.",
             "Reconfigure the self-service overtime workflow so that claims route to the claimant's budget holder for approval.",
             "High", "Payroll Manager / Systems Development Lead", D(2025, 10, 31), None, "Complete",
             "Workflow change went live 20 October 2025. Verified by Internal Audit in November."),
        ]),
        ("Direct Payments (2024/25) – Limited assurance", [
            ("DP-01",
             "Annual reviews of direct payment accounts should be completed and recorded in Mosaic.",
             "Introduce a risk-based review schedule for direct payment accounts, prioritising packages over £20,000 a year.\nReport completion rates monthly to the Adult Social Care leadership team.",
             "High", "Kath Sewell and Dominic Barr", D(2025, 11, 30), None, "Overdue",
             "Schedule drafted but not yet approved; 41% of accounts reviewed in the last 12 months."),
            ("DP-02",
             "Surplus balances held in direct payment accounts should be recovered promptly.",
             "Issue recovery letters where balances exceed eight weeks of package value, following each quarterly account review.",
             "Medium", "Direct Payments Finance Officer", D(2026, 3, 31), None, "On track",
             "First quarterly review completed; 23 recovery letters issued."),
        ]),
        ("ICT Patch Management (2025/26) – Limited assurance", [
            ("ICT-01",
             "Critical security patches should be applied within 14 days of release.",
             "Implement automated patch compliance reporting through Intune and report exceptions monthly to the Information Governance Group.",
             "High", "Head of ICT Infrastructure", D(2026, 2, 28), None, "On track",
             "Intune compliance policies configured; first exception report due January 2026."),
            ("ICT-02",
             "Unsupported server operating systems should be decommissioned or isolated from the main network.",
             "Migrate the remaining six Windows Server 2012 R2 hosts to supported platforms or, where migration is not possible, isolate them on a segregated network.",
             "High", "Head of ICT Infrastructure; Enterprise Architect", D(2025, 12, 31), D(2026, 4, 30), "Revised date",
             "Four hosts migrated. Two hosts support the legacy Revenues system and will be retired when the replacement goes live in April."),
        ]),
        ("Highways Term Maintenance Contract (2024/25) – Reasonable assurance", [
            ("HWY-01",
             "Contract variations should be approved in line with the Contract Procedure Rules.",
             "Maintain a contract variation log and present it to the Highways Contract Board at each meeting.",
             "Low", "Highways Commissioning Manager", D(2025, 6, 30), None, "Complete",
             "Log in place since June 2025 and reviewed at each Contract Board."),
            ("HWY-02",
             "Contractor performance indicators should be reported to the Contract Board.",
             "Agree a KPI dashboard with the contractor and present it to the Contract Board quarterly.",
             "Medium", "S. Maddison", D(2025, 9, 30), D(2026, 3, 31), "Revised date",
             "Draft dashboard shared with the contractor; data feed from the contractor's system still to be agreed."),
        ]),
    ]
    r = 4
    for title, items in groups:
        a.cell(row=r, column=1, value=title).font = Font(bold=True)
        for c in range(1, 10):
            a.cell(row=r, column=c).fill = fill(GREY)
        a.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for it in items:
            for c, v in enumerate(it, 1):
                cell = a.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            a.cell(row=r, column=8).fill = fill(status_fill[it[7]])
            r += 1
    widths(a, [9, 40, 55, 10, 26, 13, 13, 13, 45])
    a.freeze_panes = "A4"

    g = wb.create_sheet("Assurance levels")
    g["A1"] = "Internal Audit assurance opinions"
    g["A1"].font = Font(bold=True)
    for r, (k, v) in enumerate([
        ("Substantial", "A sound system of governance, risk management and control exists."),
        ("Reasonable", "There is generally a sound system, with some weaknesses identified."),
        ("Limited", "Significant gaps, weaknesses or non-compliance were identified."),
        ("No assurance", "Immediate action is required to address fundamental gaps."),
    ], 3):
        g.cell(row=r, column=1, value=k)
        g.cell(row=r, column=2, value=v)
    widths(g, [16, 70])
    wb.save(out("pm-westmorland-and-furness-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Cumberland Council - corporate risk register (xlsx), fill-only progress
# ---------------------------------------------------------------------------
def make_cumberland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Cumberland Council – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 review (position at 31 December 2025) – reported to Audit Committee, 29 January 2026"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Action progress key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN),
                                           ("Some slippage", AMBER),
                                           ("Off track / target missed", RED)]):
        ws[f"{col}4"] = txt
        ws[f"{col}4"].fill = fill(colour)
    ws["A5"] = ("Risk score = likelihood (1–5) x impact (1–5): 15–25 high (red); "
                "8–12 medium (amber); 1–6 low (green).")
    header_row(ws, 7, ["Risk", "Risk owner", "Score Q2", "Score Q3", "Ref",
                       "Further actions to reduce the risk", "Action owner",
                       "Target date", "Progress", "Comments"])
    score_fill = lambda n: RED if n >= 15 else (AMBER if n >= 8 else GREEN)
    risks = [
        ("CR01 Medium-term financial sustainability", "Director of Resources (s151 Officer)", 20, 20, [
            ("CR01a", "Deliver the 2026/27 budget savings programme of £18.4m, with monthly tracking through the Transformation Board.",
             "Assistant Director Finance", D(2026, 3, 31), AMBER,
             "£13.1m of savings identified with delivery plans; £5.3m still to be confirmed."),
            ("CR01b", "Complete the review of earmarked reserves and report the outcome to Cabinet.",
             "Assistant Director Finance", D(2025, 12, 31), BLUE,
             "Reported to Cabinet 16 December 2025."),
        ]),
        ("CR02 Adult social care market sufficiency", "Director of Adult Social Care", 16, 12, [
            ("CR02a", "Commission additional home care capacity in West Cumberland through the new framework.",
             "Head of Commissioning (Adults)", "Q4 2025/26", GREEN,
             "Framework awarded; four new providers mobilising."),
            ("CR02b", "Implement the Market Sustainability Plan actions agreed with providers.",
             "Head of Commissioning (Adults) / Provider Quality Lead", "Ongoing", GREEN,
             "Provider forum meeting monthly."),
            ("CR02c", "Agree the 2026/27 fee uplift with care providers following the cost of care exercise.",
             "Head of Commissioning (Adults)", D(2026, 3, 31), GREEN,
             "Cost of care exercise closed 12 December; analysis under way."),
        ]),
        ("CR03 Cyber attack or major loss of ICT systems", "Director of Business Transformation", 15, 15, [
            ("CR03a", "Achieve PSN compliance following remediation of the 2025 IT health check findings.",
             "Head of Digital and ICT", D(2026, 4, 30), AMBER,
             "31 of 38 findings closed; remaining items depend on network refresh."),
            ("CR03b", "Run a cyber incident exercise with the Executive Leadership Team.",
             "Emergency Planning Manager; Head of Digital and ICT", D(2025, 11, 30), RED,
             "Exercise postponed owing to winter pressures; new date to be agreed with ELT."),
        ]),
        ("CR04 Safeguarding children", "Director of Children and Family Wellbeing", 12, 12, [
            ("CR04a", "Report multi-agency audit findings to the Cumberland Safeguarding Children Partnership Executive.",
             "Principal Social Worker", "Quarterly", GREEN,
             "Q2 audit findings reported November 2025."),
            ("CR04b", "Reduce reliance on agency social workers to below 15% through the recruitment and retention offer.",
             "Assistant Director (Children's Social Care) & HR Business Partner", D(2026, 6, 30), AMBER,
             "Agency rate 19% at December (22% at June)."),
        ]),
    ]
    r = 8
    for title, owner, q2, q3, acts in risks:
        first = r
        for ref, text, aowner, date, prog, comm in acts:
            vals = {5: ref, 6: text, 7: aowner, 8: date, 10: comm}
            for c in range(1, 11):
                cell = ws.cell(row=r, column=c)
                cell.border = BOX
                cell.alignment = WRAP
                if c in vals:
                    cell.value = vals[c]
            if isinstance(date, dt.datetime):
                ws.cell(row=r, column=8).number_format = "mmm-yy"
            ws.cell(row=r, column=9).fill = fill(prog)  # progress shown by colour only
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=title).font = Font(bold=True)
        ws.cell(row=first, column=2, value=owner)
        ws.cell(row=first, column=3, value=q2).fill = fill(score_fill(q2))
        ws.cell(row=first, column=4, value=q3).fill = fill(score_fill(q3))
        if last > first:
            for c in range(1, 5):
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    widths(ws, [30, 26, 9, 9, 8, 55, 30, 12, 10, 42])
    ws.freeze_panes = "A8"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            cell = m.cell(row=3 + i, column=j + 1, value=v)
            cell.fill = fill(score_fill(v))
    wb.save(out("pm-cumberland-council-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Surrey County Council - transformation highlight report (xlsx), REFUSE
# ---------------------------------------------------------------------------
def make_surrey():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Surrey County Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Transformation Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: November 2025"
    info = [("Programme SRO", "Executive Director – Customer, Digital and Change"),
            ("Programme Manager", "Helen Okafor"),
            ("Overall RAG – previous", "Amber"),
            ("Overall RAG – current", "Amber")]
    for r, (k, v) in enumerate(info, 5):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
    ws["B7"].fill = fill(AMBER)
    ws["B8"].fill = fill(AMBER)
    ws["A10"] = "Key milestones"
    ws["A10"].font = Font(bold=True, size=12)
    header_row(ws, 11, ["No.", "Workstream", "Milestone", "Owner", "Baseline date",
                        "Forecast date", "Previous RAG", "Current RAG", "Commentary"])
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    ms = [
        ("1", "Customer", "Launch the new customer contact platform for Highways enquiries",
         "Head of Customer Services", "Oct 2025", "Jan 2026", "A", "A",
         "Supplier testing overran; go-live moved to January."),
        ("2", "Customer", "Retire the legacy web forms and redirect residents to their My Surrey account",
         "Digital Product Manager", "Dec 2025", "Dec 2025", "G", "G", "On plan."),
        ("3", "Adult Social Care", "Roll out the strengths-based practice framework to all locality teams",
         "Principal Social Worker (Adults)", "Nov 2025", "Nov 2025", "G", "C",
         "All 11 locality teams trained."),
        ("4", "Adult Social Care", "Go live with the reablement scheduling system",
         "Head of Reablement / ASC Systems Lead", "Jan 2026", "Mar 2026", "A", "R",
         "Data migration defects; replan to be presented to Board."),
        ("5", "Children, Families and Lifelong Learning", "Open the second Family Hub in Spelthorne",
         "Family Hubs Programme Lead", "Feb 2026", "Febuary 2026", "G", "A",
         "Building works started late after lease completion."),
        ("6", "Land and Property", "Complete the office estate consolidation at Woodhatch Place",
         "Head of Land and Property", "Mar 2026", "Jun 2026", "A", "A",
         "Decant of Quadrant Court dependent on ICT fit-out."),
        ("7", "Finance", "Deliver £12.6m of in-year transformation savings",
         "Strategic Finance Business Partner", "Mar 2026", "Mar 2026", "G", "G",
         "£9.8m delivered to date."),
        ("8", "Data and Insight", "Publish the council-wide data strategy and information asset register",
         "Chief Data Officer", "Nov 2025", "Jan 2026", "G", "A",
         "Strategy approved by CLT; asset register 70% complete."),
    ]
    r = 12
    for m in ms:
        for c, v in enumerate(m, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=7).fill = fill(rag_fill[m[6]])
        ws.cell(row=r, column=8).fill = fill(rag_fill[m[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: G = on track; A = at risk, recoverable; R = off track; C = complete").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    header_row(ws, r, ["ID", "Type", "Description", "Owner", "Mitigation", None, None, "Rating"])
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    r += 1
    for item in [("R12", "Risk", "Capacity of the Digital team to support three concurrent go-lives in Q4.",
                  "Head of Digital", "Release calendar agreed; contractor support for January.", "A"),
                 ("I05", "Issue", "Reablement system data migration defects.",
                  "ASC Systems Lead", "Supplier fix due 12 December; daily defect call.", "R")]:
        vals = {1: item[0], 2: item[1], 3: item[2], 4: item[3], 5: item[4], 8: item[5]}
        for c in range(1, 9):
            cell = ws.cell(row=r, column=c, value=vals.get(c))
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=8).fill = fill(rag_fill[item[5]])
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from the Transformation Board").font = Font(bold=True, size=12)
    r += 1
    ws.cell(row=r, column=1, value="1. Approve the revised go-live date for the reablement scheduling system.")
    r += 1
    ws.cell(row=r, column=1, value="2. Note the slippage on the office estate consolidation.")
    widths(ws, [8, 22, 48, 30, 13, 13, 11, 11, 45])
    wb.save(out("pm-surrey-county-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def table(doc, headers, rows, shade_col=None, shades=None):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        if shade_col is not None and shades:
            colour = shades.get(row[shade_col])
            if colour:
                shade(cells[shade_col], colour)
    return t


# ---------------------------------------------------------------------------
# 4. Somerset Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def make_somerset():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Somerset Council – Children, Families and Education").bold = True
    doc.add_heading("Focused Visit Action Plan: Children in Need and Children subject to a Child Protection Plan", level=1)
    doc.add_paragraph("Ofsted focused visit: 13 and 14 May 2025. Letter published: 17 June 2025.")
    doc.add_heading("Document control", level=2)
    table(doc, ["Version", "Date", "Author", "Comments"], [
        ("v0.3", "18/07/2025", "Head of Service – Safeguarding and Quality Assurance", "Draft for Children's Improvement Board"),
        ("v1.0", "30/07/2025", "Head of Service – Safeguarding and Quality Assurance", "Final – submitted to Ofsted"),
        ("v1.2", "08/10/2025", "Improvement Programme Manager", "Quarter 2 progress update"),
    ])
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph(
        "This plan sets out how we will respond to the areas for improvement identified by Ofsted "
        "during the focused visit. Progress is reported monthly to the Children's Improvement Board "
        "and quarterly to the Scrutiny Committee – Children and Families.")
    doc.add_heading("RAG rating key", level=2)
    key = table(doc, ["Rating", "Meaning"], [
        ("Blue", "Complete, with evidence of impact"),
        ("Green", "On track"),
        ("Amber", "Some delay – recovery in place"),
        ("Red", "Off track – escalated to the Children's Improvement Board"),
    ], shade_col=0, shades={"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED})
    hdr = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (October 2025)"]
    shades = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    areas = [
        ("Area for improvement 1",
         "The quality of child protection plans, so that they are specific, measurable and understood by children and families.",
         [("1.1", "Revise the child protection plan template in LCS so that each outcome has a measurable target and a named person responsible.",
           "Head of Service – Safeguarding and Quality Assurance", "September 2025", "Blue",
           "New template live from 1 September 2025. Dip sample in September showed 78% of new plans had measurable outcomes."),
          ("1.2", "Deliver workshops for child protection chairs and social workers on writing SMART plans with families.",
           "Principal Social Worker / Workforce Development Manager", "By 31 October 2025", "Green",
           "Five of six workshops delivered; 164 staff attended."),
          ("1.3", "Audit 40 child protection plans each quarter against the revised standard and report findings to the Children's Improvement Board.",
           "Service Manager (Quality Assurance)", "Quarterly", "Green",
           "First audit cycle completed in Q2; findings reported to the Board on 23 September 2025.")]),
        ("Area for improvement 2",
         "Management oversight and supervision, so that it is regular, reflective and drives progress for children.",
         [("2.1", "Introduce a supervision compliance dashboard for team managers, reviewed monthly at the performance clinic.",
           "Head of Performance and Intelligence", "Nov-25", "Green",
           "Dashboard built; testing with two localities."),
          ("2.2", "Refresh the supervision policy, including expectations for reflective group supervision.",
           "Principal Social Worker", "31/12/2025", "Amber",
           "Consultation with staff extended to include the Youth Justice Service."),
          ("2.3", "Deliver management development training for all team managers and assistant team managers.",
           "Workforce Development Manager", "January – March 2026", "Green",
           "Provider commissioned; cohort dates confirmed.")]),
        ("Area for improvement 3",
         "The timeliness of initial child protection conferences.",
         [("3.1", "Agree an escalation route between the Front Door, the Assessment teams and the Conference service when an initial conference risks exceeding 15 working days.",
           "Service Manager – Child Protection Conference Service", "End of August 2025", "Blue",
           "Escalation protocol in place. Timeliness improved from 68% (April) to 84% (September)."),
          ("3.2", "Recruit two additional child protection chairs on permanent contracts.",
           "Head of Service – Safeguarding and Quality Assurance", "March 2026", "Red",
           "First recruitment round unsuccessful; agency chairs covering. Escalated to the Board in October.")]),
    ]
    for heading, text, acts in areas:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.italic = True
        table(doc, hdr, acts, shade_col=4, shades=shades)
    doc.add_heading("Governance and sign-off", level=2)
    table(doc, ["Role", "Name", "Date approved"], [
        ("Executive Director, Children, Families and Education", "Jo Pennington", "29/07/2025"),
        ("Lead Member for Children, Families and Education", "Cllr Martin Ashdown", "29/07/2025"),
    ])
    doc.save(out("pm-somerset-council-ofsted-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Lewisham SCP - LCSPR Child N action plan (docx), recommendation rows
# ---------------------------------------------------------------------------
def make_lewisham():
    doc = Document()
    landscape(doc)
    doc.add_heading("Lewisham Safeguarding Children Partnership", level=1)
    doc.add_heading("Local Child Safeguarding Practice Review: Child N – Multi-agency Action Plan", level=2)
    doc.add_paragraph("Review published: 11 March 2025. Action plan owner: LSCP Practice Review Group. "
                      "Last updated: 14 October 2025.")
    doc.add_paragraph("RAG: B = complete and embedded; G = on track; A = delayed, revised date agreed; "
                      "R = not progressing – escalated to the LSCP Executive.")
    hdr = ["No.", "Action", "Lead agency / officer", "Target date",
           "Progress and evidence of impact", "RAG"]
    shades = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    recs = [
        ("Recommendation 1: Lewisham Safeguarding Children Partnership should seek assurance that practitioners consider the lived experience of babies and pre-mobile infants in every assessment, including when parents present as cooperative.",
         [("1.1", "Update the multi-agency pre-birth and infant assessment guidance to include the ICON coping with crying programme and the protocol for bruising in pre-mobile babies.",
           "LSCP Business Manager", "30/06/2025",
           "Guidance updated and published on the LSCP website in June 2025.", "B"),
          ("1.2", "Deliver a 7-minute briefing and a multi-agency learning event on Child N to at least 150 practitioners.",
           "LSCP Learning and Development Lead", "30/09/2025",
           "Learning event held 17 September 2025; 186 practitioners attended. Briefing downloaded 412 times.", "B")]),
        ("Recommendation 2: Partner agencies should ensure that information about fathers and male carers is actively sought, recorded and shared.",
         [("2.1", "Add a mandatory 'significant males in the household' section to the Children's Social Care assessment template.",
           "Head of Assessment and Intervention (CSC)", "31/07/2025\nRevised: 31/01/2026",
           "Template change delayed by the LCS upgrade; revised date agreed by the Practice Review Group on 9 September 2025.", "A"),
          ("2.2", "Record the details of the father or male carer at the maternity booking appointment and the new birth visit.",
           "Head of Midwifery (LGT) & Health Visiting Service Lead", "December 2025",
           "Maternity system field added; health visiting change scheduled for November.", "G")]),
        ("Recommendation 3: The LSCP should seek assurance that GP practices respond to safeguarding concerns raised by other agencies about infants.",
         [("3.1", "Audit a sample of GP records for infants referred to Children's Social Care to test whether safeguarding information was coded and acted on.",
           "Named GP & Designated Doctor", "Q4 2025/26",
           "Audit tool agreed; 12 practices selected.", "G"),
          ("3.2", "Re-launch the GP safeguarding leads forum with quarterly case discussion.",
           "Named GP", "Ongoing",
           "Forum re-launched July 2025; second meeting October 2025.", "G")]),
        ("Recommendation 4: Police and Children's Social Care should ensure that domestic abuse notifications involving households with babies are jointly triaged.",
         [("4.1", "Review the MASH domestic abuse triage process so that every notification involving a child under one is considered at the daily triage meeting.",
           "MASH Team Manager; Detective Inspector (South East BCU Public Protection)", "31/01/2026",
           "Joint protocol drafted but not yet agreed; escalated to the LSCP Executive in October 2025.", "R")]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for rec, acts in recs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, rec, bold=True)
        shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                set_cell(cells[i], v)
            shade(cells[5], shades[a[5]])
    doc.add_paragraph("")
    doc.add_heading("Summary of progress", level=3)
    table(doc, ["RAG", "Number of actions"], [
        ("B – complete", "2"), ("G – on track", "3"), ("A – delayed", "1"),
        ("R – not progressing", "1"), ("Total", "7"),
    ])
    doc.save(out("pm-lewisham-safeguarding-children-partnership-cspr-child-n-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Essex Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def make_essex():
    rows = [
        ["Essex Health and Wellbeing Board – Action Log", "", "", "", "", "", ""],
        ["Updated following the meeting of 17 September 2025", "", "", "", "", "", ""],
        ["RAG: B = complete (removed after next meeting); G = on track; A = at risk of slipping; R = overdue", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Date raised", "Action", "Owner", "Due date", "RAG", "Update"],
        ["HWB/25/07", "19/03/2025",
         "Circulate the timetable for the Joint Health and Wellbeing Strategy refresh to all Board members for comment.",
         "Essex Partners Programme Lead", "30/04/2025", "B", "Circulated 9 April 2025."],
        ["HWB/25/11", "18/06/2025",
         "Bring the Pharmaceutical Needs Assessment 2025 consultation response to the September meeting.",
         "Director of Public Health", "17/09/2025", "B", "Considered at the 17 September 2025 meeting."],
        ["HWB/25/12", "18/06/2025",
         "Set up a task and finish group on healthy weight in children, with representation from the three ICBs and the district councils.\nTerms of reference to come back to the Board for approval.",
         "Dunmore, Peter", "Nov 2025", "G", "Group met on 2 October; draft terms of reference prepared."],
        ["HWB/25/15", "17/09/2025",
         "Share the Better Care Fund Q1 2025/26 return with Board members, including discharge fund spend.",
         "Nick Ashworth / Peter Dunmore", "31/10/2025", "A",
         "Return submitted to NHS England; circulation awaiting ICB sign-off."],
        ["HWB/25/16", "17/09/2025",
         "Healthwatch Essex to present the findings of its carers' experience survey.",
         "Healthwatch Essex CEO", "21/01/2026", "G", "Added to the January agenda."],
        ["HWB/25/17", "17/09/2025",
         "Write to the Secretary of State on behalf of the Board about the impact of ICB restructuring on public health commissioning.",
         "Cllr Robert Hallam (Chairman)", "31/10/2025", "R", "Letter drafted; awaiting the Chairman's sign-off."],
        ["HWB/25/18", "17/09/2025",
         "Include a standing item on the Essex Anchor Institutions programme in the Board's forward plan.",
         "Democratic Services Officer", "Ongoing", "G", "Added to the forward plan from November."],
        ["", "", "", "", "", "", ""],
        ["Note: completed actions (B) are removed once they have been reported to the Board.", "", "", "", "", "", ""],
    ]
    with open(out("pm-essex-health-and-wellbeing-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. East Sussex County Council - Council Plan Q2 monitoring export (txt, TSV)
# ---------------------------------------------------------------------------
def make_east_sussex():
    lines = [
        "East Sussex County Council",
        "Council Plan 2025/26 – Quarter 2 monitoring: delivery actions",
        "Export from the corporate performance system, 4 November 2025. RAG: Green = on track; Amber = at risk; Red = off track; Complete = delivered.",
        "",
        "\t".join(["Ref", "Action", "Dept", "Lead officer", "Target date", "Q1 RAG",
                   "Q2 RAG", "Q2 commentary"]),
    ]
    data = [
        ("Priority outcome 1: Driving sustainable economic growth", [
            ("EG1", "Deliver the next phase of the Bus Service Improvement Plan, including new Sunday services in rural areas.",
             "CET", "Head of Transport and Operational Services", "31/03/2026", "Green", "Green",
             "Sunday services on four rural routes started in September."),
            ("EG2", "Support 350 businesses through the East Sussex business support programme.",
             "CET", "Economic Development Team Manager", "Q4 2025/26", "Green", "Amber",
             "162 businesses supported to date; grant scheme paused pending funding confirmation."),
            ("EG3", "Complete the junction improvements on the A22 corridor at Hailsham.",
             "CET", "Major Projects Manager", "December 2025", "Amber", "Red",
             "Utility diversions delayed; completion now forecast for spring 2026."),
        ]),
        ("Priority outcome 2: Keeping vulnerable people safe", [
            ("VP1", "Implement the new Family Help model across all children's social care localities.",
             "CSD", "Assistant Director (Early Help and Social Care)", "Sept 2025", "Green", "Complete",
             "Family Help teams live in all localities from 1 September."),
            ("VP2", "Embed the improvement actions from the domestic abuse review in the Multi-Agency Risk Assessment Conference.",
             "ASCH", "Head of Safer Communities", "March 2026", "Green", "Green",
             "Revised MARAC referral pathway agreed with partners."),
        ]),
        ("Priority outcome 3: Helping people help themselves", [
            ("HP1", "Increase the number of people using the Health and Social Care Connect online self-assessment.",
             "ASCH", "Director of Adult Social Care and Health", "Ongoing", "Green", "Green",
             "1,240 online self-assessments in Q2, up 18% on Q1."),
            ("HP2", "Extend the mental health support teams to a further 20 schools.",
             "CSD", "Head of Education Improvement / CAMHS Commissioning Manager", "Summer term 2026", "Amber", "Amber",
             "12 schools confirmed; recruitment of education mental health practitioners continuing."),
        ]),
        ("Priority outcome 4: Making best use of resources now and for the future", [
            ("BR1", "Deliver the 2025/26 savings plan of £14.2m.",
             "BSD", "Chief Finance Officer", "31/03/2026", "Amber", "Amber",
             "£11.0m forecast to be delivered; £3.2m at risk, mainly in home to school transport."),
            ("BR2", "Reduce the Council's carbon emissions by a further 13% through the Corporate Climate Emergency Plan.",
             "CET", "Head of Climate Change", "March 2026", "Green", "Green",
             "Solar installations completed at six sites."),
            ("BR3", "Complete the review of the corporate office estate and report options to Cabinet.",
             "BSD", "Assistant Director Planning, Performance and Engagement", "Dec-25", "Green", "Green",
             "Options appraisal drafted for Cabinet in December."),
        ]),
    ]
    for heading, acts in data:
        lines.append(heading)
        for a in acts:
            assert not any("\t" in x or "\n" in x for x in a)
            lines.append("\t".join(a))
    lines.append("")
    lines.append("Dept: ASCH = Adult Social Care and Health; BSD = Business Services; CET = Communities, Economy and Transport; CSD = Children's Services.")
    with open(out("pm-east-sussex-county-council-council-plan-2025-26-q2-monitoring.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_wf()
    make_cumberland()
    make_surrey()
    make_somerset()
    make_lewisham()
    make_essex()
    make_east_sussex()
    print("done")
