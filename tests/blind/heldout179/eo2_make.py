"""Build the seven eo2- blind test files (set heldout179).

Run with: /work/main/.venv/bin/python eo2_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F4E79"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def header_row(ws, row, values, colour=HEAD):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Rutland County Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def rutland():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Rutland County Council"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Adult Social Care – CQC Local Authority Assessment Improvement Plan"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A3"] = "Assessment report published 11 October 2024 – overall rating: Requires Improvement"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    header_row(cover, 6, ["Version", "Date", "Author", "Change"])
    dc = [
        ("0.3", d(2024, 11, 14), "ASC Improvement Lead", "Draft for Adults DMT"),
        ("1.0", d(2024, 12, 3), "ASC Improvement Lead", "Approved by Adults and Health Scrutiny Committee"),
        ("1.2", d(2025, 3, 24), "ASC Improvement Lead",
         "Quarter 4 progress update; revised dates agreed by ASC Improvement Board"),
    ]
    for r, row in enumerate(dc, 7):
        for c, v in enumerate(row, 1):
            cell = cover.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cover["A12"] = "Progress summary (current RAG)"
    cover["A12"].font = Font(bold=True)
    summary = [("Blue – complete", 1, BLUE), ("Green", 3, GREEN), ("Amber", 2, AMBER),
               ("Red", 1, RED), ("Not yet started", 1, None), ("Total actions", 8, None)]
    for r, (label, n, col) in enumerate(summary, 13):
        a = cover.cell(row=r, column=1, value=label)
        b = cover.cell(row=r, column=2, value=n)
        a.border = b.border = BOX
        if col:
            a.fill = fill(col)
        if label == "Total actions":
            a.font = b.font = Font(bold=True)
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 12
    cover.column_dimensions["C"].width = 22
    cover.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adult Social Care – CQC Local Authority Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 24 March 2025. RAG ratings: see 'RAG key' sheet."
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Area for improvement (CQC report)", "Action", "Lead officer",
                       "Target date", "Revised date", "Previous RAG", "Current RAG", "Progress update"])

    afi1 = ("Assessing needs: people waited too long for Care Act assessments and annual reviews, "
            "and were not always kept informed while waiting.")
    afi2 = ("Supporting unpaid carers: carers were not consistently offered a carer's assessment "
            "or information about the support available to them.")
    afi3 = ("Care provision: the home care market in rural parts of the county is fragile and some "
            "people waited for a package of care to start.")
    afi4 = ("Transitions: planning for young people moving from children's to adult services did "
            "not always start early enough.")
    afi5 = ("Safeguarding: section 42 enquiries were not always completed in a timely way and "
            "outcomes were not consistently recorded.")
    afi6 = ("Governance: performance and quality information was not used consistently to "
            "understand outcomes and drive improvement.")

    # (row, ref, afi or None (merged above), action, lead, target, revised, prev, cur, progress)
    rows = [
        ("T", "Theme 1: Working with people"),
        ("1.1", afi1,
         "Introduce weekly triage of the assessment waiting list, with a named worker contacting "
         "everyone who has waited more than 28 days.",
         "Head of Adult Social Care Operations", d(2024, 12, 31), d(2025, 3, 31), AMBER, GREEN,
         "Triage in place since January; longest wait reduced from 19 to 11 weeks."),
        ("1.2", None,
         "Commission additional review capacity from an external provider to clear the backlog "
         "of overdue annual reviews.",
         "Head of Commissioning", d(2025, 3, 31), None, RED, AMBER,
         "Provider appointed February 2025; 142 of 310 overdue reviews completed."),
        ("1.3", afi2,
         "Co-produce a refreshed Carers Strategy with unpaid carers and the Rutland Carers Centre.\n"
         "Publish an easy-read summary and promote it through GP practices.",
         "Principal Social Worker / Carers Lead", d(2025, 6, 30), None, GREEN, GREEN,
         "Three co-production workshops held; draft strategy due May."),
        ("T", "Theme 2: Providing support"),
        ("2.1", afi3,
         "Complete a rural home care market sustainability review and agree a commissioning "
         "response with providers.",
         "Head of Commissioning", d(2025, 1, 31), None, AMBER, BLUE,
         "Review reported to Cabinet 14 January 2025. Complete."),
        ("2.2", None,
         "Pilot a community micro-provider scheme in the east of the county.",
         "Head of Commissioning; Community Development Manager", d(2025, 9, 30), None, None, None,
         "Not started – due to begin July 2025."),
        ("T", "Theme 3: Ensuring safety within the system"),
        ("3.1", afi4,
         "Establish a joint Preparing for Adulthood panel, starting from age 14, with Children's "
         "Services and the SEND team.",
         "Head of Adult Social Care Operations / Head of SEND and Inclusion", d(2025, 1, 31),
         d(2025, 4, 30), AMBER, RED,
         "Terms of reference agreed; panel not yet meeting due to vacancy in transitions team."),
        ("3.2", afi5,
         "Audit a sample of section 42 enquiries each quarter and report findings to the "
         "Leicestershire and Rutland Safeguarding Adults Board.",
         "Safeguarding Adults Manager", "Quarterly", None, GREEN, GREEN,
         "Q3 audit of 30 enquiries completed; findings to SAB in April."),
        ("T", "Theme 4: Leadership"),
        ("4.1", afi6,
         "Develop an adult social care performance dashboard and present it monthly to the Adults "
         "DMT and quarterly to the Improvement Board.",
         "Business Intelligence Manager", d(2025, 2, 28), d(2025, 5, 31), GREEN, AMBER,
         "Dashboard built; data quality issues with reviews data being resolved."),
    ]
    r = 5
    merge_start = None
    for item in rows:
        if item[0] == "T":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill("DDEBF7")
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            merge_start = None
            r += 1
            continue
        ref, afi, action, lead, target, revised, prev, cur, prog = item
        vals = [ref, afi, action, lead, target, revised, None, None, prog]
        for col, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=col)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(row=r, column=7).fill = fill(prev)
        if cur:
            ws.cell(row=r, column=8).fill = fill(cur)
        if afi is None and merge_start is not None:
            ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
        else:
            merge_start = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: where a target date has been revised, the revised date was agreed by the ASC "
        "Improvement Board on 12 February 2025."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 40, 50, 28, 12, 12, 10, 10, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    keyrows = [(RED, "Red", "Off track – will not be delivered by the target date without intervention"),
               (AMBER, "Amber", "Some slippage – risk to delivery by the target date"),
               (GREEN, "Green", "On track"),
               (BLUE, "Blue", "Complete"),
               (None, "No colour", "Not yet started")]
    for i, (col, name, meaning) in enumerate(keyrows, 2):
        a = key.cell(row=i, column=1)
        if col:
            a.fill = fill(col)
        key.cell(row=i, column=2, value=name)
        key.cell(row=i, column=3, value=meaning)
    key.column_dimensions["C"].width = 70
    wb.save(os.path.join(HERE, "eo2-rutland-county-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Mansfield DC - internal audit recommendations tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def mansfield():
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 2 Recommendations"
    ws["A1"] = "Mansfield District Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Governance & Standards Committee – Internal Audit Recommendations for the Period "
                "1 January – 31 March 2025")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Table 2: Issues identified, recommendations agreed and current position as at 20 June 2025"
    header_row(ws, 5, ["Audit", "Priority", "Issue identified", "Recommendation / agreed action",
                       "Responsible officer", "Agreed date", "Revised date", "Status",
                       "Current position"], colour="375623")
    data = [
        ("Housing Repairs – Contract Management", "High",
         "Works orders above £25,000 were placed without evidence of quotations or a compliant "
         "procurement route.",
         "Ensure all works orders above £25,000 are procured in line with Contract Procedure Rules "
         "and are reviewed by the Procurement Team before issue.",
         "Head of Housing Repairs", "Mar-25", "Sep-25", "Amber",
         "New approval workflow live from May; retrospective review of 2024/25 orders under way."),
        ("Housing Repairs – Contract Management", "Medium",
         "The contracts register for housing repairs was incomplete.",
         "Update the contracts register to include all repairs contracts and review it quarterly.",
         "Head of Housing Repairs / Procurement Manager", "Apr-25", "", "Complete",
         "Register updated and published April 2025."),
        ("Payroll 2024/25", "Medium",
         "Overtime claims were not always authorised before payment.",
         "Reissue guidance to managers and introduce a system check so that overtime cannot be "
         "paid without authorisation.",
         "HR & Payroll Manager", "Mar-25", "", "Complete",
         "System control tested and in place from March payroll."),
        ("ICT – Policies and Strategies", "Low",
         "A number of IT policies on the intranet were out of date.",
         "Review and update all IT policies and strategies on the intranet.",
         "ICT Manager", "Mar-25", "Jul-25", "Amber",
         "Nine of fourteen policies reviewed; remainder with Information Governance Group."),
        ("Council Tax Reduction", "Medium",
         "Changes in circumstances were not always processed within 14 days.",
         "Introduce weekly monitoring of outstanding change in circumstance cases.",
         "Revenues & Benefits Manager", "Jun-25", "0ct-25", "Amber",
         "Monitoring report developed; awaiting system upgrade to automate."),
        ("Car Parking Income", "Low",
         "Cash reconciliations were not signed by a second officer.",
         "Introduce a second-officer check and signature on all cash reconciliations.",
         "Car Parks Manager", "Feb-25", "", "Complete",
         "In place from February 2025."),
        ("Disabled Facilities Grants", "Medium",
         "Grant files did not always contain evidence of the final inspection.",
         "Add a mandatory final inspection step to the grant completion checklist.",
         "Private Sector Housing Manager", "May-25", "", "Green",
         "Checklist revised; to be tested in the Q2 follow-up."),
    ]
    status_fill = {"Amber": AMBER, "Green": GREEN, "Complete": BLUE, "Red": RED}
    for r, row in enumerate(data, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=8).fill = fill(status_fill[row[7]])
    ws.cell(row=14, column=1, value=(
        "Priority key: High – fundamental control weakness; Medium – significant control "
        "weakness; Low – minor improvement to control."))
    ws.merge_cells("A14:I14")
    for i, w in enumerate([28, 10, 40, 48, 28, 11, 11, 11, 45]):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of recommendations by priority"
    s["A1"].font = Font(bold=True)
    header_row(s, 3, ["Priority", "Agreed", "Complete", "Outstanding"], colour="375623")
    for r, row in enumerate([("High", 1, 0, 1), ("Medium", 4, 2, 2), ("Low", 2, 1, 1),
                             ("Total", 7, 3, 4)], 4):
        for c, v in enumerate(row, 1):
            s.cell(row=r, column=c, value=v).border = BOX
    wb.save(os.path.join(HERE, "eo2-mansfield-dc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Middlesbrough Council - continuous improvement plan (xlsx, sheet per theme)
# ---------------------------------------------------------------------------
def middlesbrough():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Middlesbrough Council – Continuous Improvement Plan 2024/25"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Progress report to Executive – Quarter 2 (to 30 September 2024)"
    header_row(s, 4, ["Theme", "Actions", "Complete", "On track", "Delayed", "Off track", "Not started"],
               colour="7030A0")
    summ = [("1. Culture change", 3, 1, 1, 1, 0, 0),
            ("2. Governance", 3, 0, 2, 0, 1, 0),
            ("3. Financial planning and management", 3, 0, 1, 1, 0, 1),
            ("Total", 9, 1, 4, 2, 1, 1)]
    for r, row in enumerate(summ, 5):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A11"] = "Status key"
    s["A11"].font = Font(bold=True)
    keys = [("Complete", BLUE, "Action delivered"),
            ("On track", GREEN, "Progressing to the due date"),
            ("Delayed", AMBER, "Slippage against the due date; recoverable"),
            ("Off track", RED, "Will not be delivered without intervention"),
            ("Not started", None, "Not yet due to start")]
    for r, (k, col, meaning) in enumerate(keys, 12):
        a = s.cell(row=r, column=1, value=k)
        if col:
            a.fill = fill(col)
        s.cell(row=r, column=2, value=meaning)
    s.column_dimensions["A"].width = 38
    s.column_dimensions["B"].width = 42

    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Off track": RED,
                   "Not started": None}
    themes = [
        ("Culture", "Theme 1: Culture change", [
            ("1.1", "Launch the refreshed values and behaviours framework with all staff, supported "
                    "by manager briefings.",
             "Director of HR and OD", d(2024, 7, 31), "Complete",
             "Launched at staff roadshows in July; 94% of managers briefed."),
            ("1.2", "Run quarterly all-staff pulse surveys and publish a 'you said, we did' response "
                    "after each one.",
             "Director of HR and OD; Head of Communications", "Quarterly", "On track",
             "Second survey closed 20 September; response rate 41%."),
            ("1.3", "Deliver the Leading Middlesbrough programme to all managers at grade 9 and above.",
             "Director of HR and OD", "Q4 2024/25", "Delayed",
             "Provider procurement took longer than planned; first cohort starts November."),
        ]),
        ("Governance", "Theme 2: Governance", [
            ("2.1", "Review the Constitution, including the scheme of delegation and contract procedure "
                    "rules, and present it to Council for adoption.",
             "Director of Legal and Governance Services (Monitoring Officer)", d(2024, 11, 30),
             "On track", "Constitution Working Group has met three times; draft to Council in November."),
            ("2.2", "Implement a member-officer protocol and deliver refresher training for all "
                    "elected members.",
             "Director of Legal and Governance Services", d(2024, 12, 31), "Off track",
             "Training sessions postponed; new dates being agreed with group leaders."),
            ("2.3", "Close all outstanding actions from the External Auditor's Section 24 statutory "
                    "recommendations and report closure to Audit Committee.",
             "Director of Finance (s151 Officer) / Head of Governance, Policy and Information",
             d(2025, 3, 31), "On track", "11 of 14 actions closed and evidenced."),
        ]),
        ("Finance", "Theme 3: Financial planning and management", [
            ("3.1", "Set a balanced budget and Medium Term Financial Plan for 2025/26 to 2027/28.",
             "Director of Finance (s151 Officer)", d(2025, 2, 28), "On track",
             "Budget consultation launched; gap reduced to £4.1m."),
            ("3.2", "Deliver the approved 2024/25 savings programme, reporting delivery monthly to the "
                    "Corporate Management Team.",
             "Director of Finance (s151 Officer)", d(2025, 3, 31), "Delayed",
             "£2.3m of £9.9m savings at risk; mitigations being developed."),
            ("3.3", "Establish a transformation programme board to oversee delivery of the Recover, "
                    "Reset, Deliver transformation portfolio.",
             "Chief Executive", d(2025, 4, 30), "Not started",
             "Terms of reference in draft; board to be set up in Q4."),
        ]),
    ]
    for sheet, theme, actions in themes:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Continuous Improvement Plan 2024/25"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = theme
        ws["A2"].font = Font(bold=True, color="FFFFFF")
        for col in range(1, 7):
            ws.cell(row=2, column=col).fill = fill("7030A0")
        ws.merge_cells("A2:F2")
        header_row(ws, 4, ["Ref", "Action", "Responsible officer(s)", "Due", "Status",
                           "Q2 commentary"], colour="595959")
        for r, (ref, action, lead, due, status, comment) in enumerate(actions, 5):
            for c, v in enumerate([ref, action, lead, due, status, comment], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if status_fill[status]:
                ws.cell(row=r, column=5).fill = fill(status_fill[status])
        for i, w in enumerate([6, 55, 34, 12, 12, 50]):
            ws.column_dimensions["ABCDEF"[i]].width = w
    wb.save(os.path.join(HERE, "eo2-middlesbrough-council-continuous-improvement-plan-2024-25.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
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
        run.font.size = Pt(9)


def table_header(table, values, colour="1F4E79"):
    for cell, v in zip(table.rows[0].cells, values):
        set_cell(cell, v, bold=True)
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 4. Torfaen CBC - Audit Wales recommendations tracker (docx, table per report)
# ---------------------------------------------------------------------------
def torfaen():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Torfaen County Borough Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Audit Wales Recommendations and Proposals for Improvement – Progress Tracker", level=1)
    doc.add_paragraph("Governance and Audit Committee, 22 January 2025")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Document owner", "Head of Strategy and Performance"),
                                     ("Version", "3.1"),
                                     ("Last updated", "8 January 2025"),
                                     ("Next review", "April 2025")]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], "D9D9D9")
        set_cell(row.cells[1], v)

    doc.add_paragraph(
        "This tracker records the Council's response to recommendations (R) and proposals for "
        "improvement (P) made in Audit Wales local reports. Progress is rated using the RAG key at "
        "the end of this document.")

    cols = ["Ref", "Action", "Responsible officer", "Target date", "RAG", "Progress update"]
    reports = [
        ("1. Springing Forward – Strategic Asset Management (published July 2023)", [
            ("R1: The Council should set out a clear vision and plan for its land and buildings that "
             "links to the Corporate Plan and the Medium Term Financial Strategy.", [
                ("R1.1", "Draft a Strategic Asset Management Plan 2024-2029 and present it to Cabinet "
                         "for approval.", "Head of Property Services", "31 October 2024", "Complete",
                 "Approved by Cabinet on 15 October 2024."),
                ("R1.2", "Develop an asset rationalisation programme with disposal and co-location "
                         "targets for each year of the plan.",
                 "Head of Property Services / Chief Finance Officer", "March 2025", "Amber",
                 "First-year targets drafted; member workshop to be arranged."),
            ]),
            ("P1: The Council should improve the information it holds on the condition and running "
             "costs of its buildings so that decisions are based on complete data.", [
                ("P1.1", "Complete condition surveys for the remaining 38 operational buildings and load "
                         "the results into the asset management system.",
                 "Property Data Officer", "30/06/2025", "Green",
                 "21 of 38 surveys completed."),
            ]),
        ]),
        ("2. Use of Performance Information: Service User Perspective and Outcomes (published March 2024)", [
            ("R2: The Council should strengthen the information it provides to senior leaders and "
             "members about the perspective of service users and the outcomes of its services.", [
                ("R2.1", "Add service user feedback and outcome measures to the quarterly performance "
                         "report to Cabinet and Overview and Scrutiny.",
                 "Head of Strategy and Performance", "Q1 2025/26", "Green",
                 "Measures agreed with directorates; first report due July 2025."),
                ("R2.2", "Train performance leads in each directorate to collect and analyse customer "
                         "feedback consistently.",
                 "Head of Strategy and Performance; Customer Services Manager", "December 2024", "Red",
                 "Training not delivered; trainer unavailable. New date being sought."),
            ]),
        ]),
        ("3. Financial Sustainability Review (published November 2024)", [
            ("P2: The Council should develop a longer-term financial strategy that identifies how it "
             "will close its projected funding gap beyond 2026/27.", [
                ("P2.1", "Extend the Medium Term Financial Strategy to a five-year horizon and include "
                         "scenario modelling for pay and demand pressures.",
                 "Chief Finance Officer", "February 2025", "Green",
                 "Five-year model built; to Council with the budget."),
                ("P2.2", "Agree a programme of service reviews to identify options for closing the "
                         "funding gap, with the first tranche reported to Cabinet.",
                 "Chief Executive / Chief Finance Officer", "July 2025", "Not started",
                 "Scheduled to start after budget setting."),
            ]),
        ]),
    ]
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, recs in reports:
        doc.add_heading(heading, level=2)
        nrows = 1 + sum(1 + len(acts) for _, acts in recs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        table_header(t, cols, colour="BDD7EE")
        ri = 1
        for rec, acts in recs:
            row = t.rows[ri]
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            ri += 1
            for ref, action, lead, target, rag, prog in acts:
                cells = t.rows[ri].cells
                for c, v in zip(cells, [ref, action, lead, target, rag, prog]):
                    set_cell(c, v)
                if rag in rag_fill:
                    shade(cells[4], rag_fill[rag])
                ri += 1
        doc.add_paragraph("")

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for row, (k, v, col) in zip(t.rows, [("Complete", "Action completed and evidenced", "0070C0"),
                                         ("Green", "On track to meet the target date", "00B050"),
                                         ("Amber", "Some slippage; expected to be recovered", "FFC000"),
                                         ("Red", "Off track; target date will be missed", "FF0000"),
                                         ("Not started", "Action not yet started", None)]):
        set_cell(row.cells[0], k, bold=True)
        if col:
            shade(row.cells[0], col)
        set_cell(row.cells[1], v)
    doc.save(os.path.join(HERE, "eo2-torfaen-cbc-audit-wales-recommendations-tracker.docx"))


# ---------------------------------------------------------------------------
# 5. Conwy CBC - Estyn LGES post-inspection action plan (docx, heading + table per rec)
# ---------------------------------------------------------------------------
def conwy():
    doc = Document()
    doc.add_heading("Conwy County Borough Council – Post-Inspection Action Plan", level=0)
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-Arolygiad")
    p.runs[0].italic = True
    doc.add_paragraph(
        "Estyn inspection of local government education services, March 2024. Plan approved by "
        "Cabinet, July 2024. Progress update: February 2025.")

    doc.add_heading("Officer key", level=2)
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    table_header(t, ["Abbreviation", "Role"], colour="D9E2F3")
    for row, (a, b) in zip(t.rows[1:], [("HoE", "Head of Education"),
                                        ("PLSI", "Principal Lead for School Improvement"),
                                        ("ALNM", "ALN and Inclusion Manager"),
                                        ("PDO", "Performance and Data Officer"),
                                        ("PYO", "Principal Youth Officer")]):
        set_cell(row.cells[0], a)
        set_cell(row.cells[1], b)

    doc.add_paragraph(
        "Progress key: Complete (blue); On track (green); Behind schedule (amber); At risk (red); "
        "Not started.")

    cols = ["Action", "Success criteria", "Lead", "Timescale", "Progress"]
    recs = [
        ("Recommendation 1: Strengthen the use of self-evaluation findings to plan improvements "
         "across the education service",
         "What Estyn found: self-evaluation does not focus sharply enough on the impact of services "
         "on learners' outcomes.", [
            ("Revise the education service self-evaluation framework so that every team evaluates "
             "the impact of its work on learners.",
             "All teams use the revised framework; evaluations refer to learner outcomes.",
             "HoE / PDO", "Autumn term 2024", "Complete"),
            ("Align the education service plan priorities with the findings of self-evaluation and "
             "the Council's corporate plan.",
             "Service plan 2025-26 priorities are traceable to self-evaluation findings.",
             "HoE", "March 2025", "On track"),
            ("Report a six-monthly evaluation of progress against the service plan to the Education, "
             "Social Care and Wellbeing Overview and Scrutiny Committee.",
             "Members receive and challenge evaluative reports.",
             "HoE", "Six-monthly", "On track"),
        ]),
        ("Recommendation 2: Improve the consistency of support and challenge for schools causing "
         "concern",
         "What Estyn found: the quality of support for schools causing concern varies too much "
         "between officers.", [
            ("Introduce a common schools causing concern protocol, shared with school improvement "
             "partners and all headteachers.",
             "Protocol in use in all schools causing concern.",
             "PLSI", "Summer term 2024", "Complete"),
            ("Hold termly progress review meetings for every school in an Estyn follow-up category, "
             "chaired by the Head of Education.",
             "Schools in follow-up make timely progress and are removed from follow-up.",
             "HoE / PLSI", "Termly", "On track"),
            ("Quality assure a sample of school improvement partner visit notes each term and share "
             "the findings with the team.",
             "Visit notes are consistently evaluative and identify next steps.",
             "PLSI", "Summer term 2025", "Behind schedule"),
        ]),
        ("Recommendation 3: Reduce exclusions and improve the attendance of secondary-age pupils",
         "What Estyn found: rates of fixed-term exclusion and persistent absence in secondary "
         "schools remain too high.", [
            ("Review the behaviour and exclusions guidance for schools and provide training for "
             "pastoral leads.",
             "All secondary pastoral leads trained; guidance adopted by governing bodies.",
             "ALNM", "December 2024", "Complete"),
            ("Deploy the education welfare team to target the secondary schools with the highest "
             "persistent absence, with monthly data reviews.",
             "Persistent absence in target schools falls by 3 percentage points.",
             "ALNM / PDO", "July 2025", "At risk"),
        ]),
    ]
    prog_fill = {"Complete": "0070C0", "On track": "00B050", "Behind schedule": "FFC000",
                 "At risk": "FF0000"}
    for rec, found, acts in recs:
        doc.add_heading(rec, level=2)
        fp = doc.add_paragraph(found)
        fp.runs[0].italic = True
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        table_header(t, cols, colour="D9E2F3")
        for row, act in zip(t.rows[1:], acts):
            for c, v in zip(row.cells, act):
                set_cell(c, v)
            if act[4] in prog_fill:
                shade(row.cells[4], prog_fill[act[4]])
        doc.add_paragraph("")
    doc.add_paragraph("Next update to Cabinet: September 2025.")
    doc.save(os.path.join(HERE, "eo2-conwy-cbc-estyn-lges-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Dacorum BC - RSH consumer standards housing improvement plan (csv export)
# ---------------------------------------------------------------------------
def dacorum():
    rows = [
        ["Dacorum Borough Council - Housing Improvement Plan (Regulator of Social Housing inspection: C2 grading)",
         "", "", "", "", "", "", "", ""],
        ["Progress update for Housing and Community Overview and Scrutiny Committee - position at 30/06/2025",
         "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Consumer standard", "Ref", "Regulator finding", "Action", "Lead", "Target date",
         "Revised date", "RAG", "Update"],
        ["Safety and Quality Standard", "SQ1",
         "Over 40% of property records are not up to date, so the council does not have an accurate "
         "understanding of the condition of all its homes.",
         "Commission a 100% stock condition survey over three years, starting with the oldest 30% of stock",
         "Head of Property Services", "31/03/2027", "", "G",
         "Year 1 surveys 31% complete, ahead of profile."],
        ["", "SQ2", "",
         "Cleanse and load survey data into the asset management system, with monthly data quality checks",
         "Asset Data Manager", "30/09/2025", "", "A",
         "Data load tested; 2,100 legacy records still to be validated."],
        ["", "SQ3",
         "Damp and mould cases were not always followed up to confirm that works had resolved the problem.",
         "Introduce a post-inspection call back within 6 weeks of all damp and mould works",
         "Repairs Manager; Tenant Liaison Officer", "31/03/2025", "30/06/2025", "B",
         "Call-backs in place since June. Complete."],
        ["Transparency, Influence and Accountability Standard", "TIA1",
         "Tenants had limited opportunities to scrutinise the council's performance as a landlord.",
         "Set up a Tenant Scrutiny Panel with terms of reference agreed with tenants.\n"
         "Recruit and train at least eight panel members.",
         "Tenant Engagement Manager", "30/04/2025", "31/07/2025", "A",
         "Six members recruited; training booked for July."],
        ["", "TIA2", "",
         "Publish tenant satisfaction measures and a plain-English annual report to tenants",
         "Head of Housing Landlord Services", "30/09/2025", "", "G",
         "TSM results validated; annual report in design."],
        ["Neighbourhood and Community Standard", "NC1",
         "The council could not show it had effective oversight of anti-social behaviour cases across "
         "all its neighbourhoods.",
         "Implement an ASB case management module and report case volumes and outcomes quarterly",
         "ASB & Community Safety Manager", "31/12/2025", "", "R",
         "Module procurement delayed; revised date to be agreed."],
        ["Tenancy Standard", "TS1",
         "Tenancy audits of vulnerable tenants were not completed consistently.",
         "Complete a tenancy audit visit to every tenant aged 80+ or with a recorded vulnerability",
         "Tenancy Services Manager", "31/03/2026", "", "",
         "Not yet started - planned from October 2025."],
        ["", "", "", "", "", "", "", "", ""],
        ["RAG: B = complete; G = on track; A = some slippage; R = off track. Blank = not started.",
         "", "", "", "", "", "", "", ""],
        ["Totals", "7 actions", "", "", "", "", "", "B 1 / G 2 / A 2 / R 1 / blank 1", ""],
    ]
    path = os.path.join(HERE, "eo2-dacorum-bc-rsh-consumer-standards-housing-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Midlothian Council - Best Value / external audit improvement actions (tab-separated txt)
# ---------------------------------------------------------------------------
def midlothian():
    T = "\t"
    lines = [
        "Midlothian Council",
        "Best Value and External Audit Recommendations – Improvement Actions Tracker",
        "Audit Committee – 2 December 2024 – Appendix A",
        "Status key: Red – significant delay; Amber – minor delay; Green – on track; Blue – complete",
        "",
        T.join(["Ref", "Recommendation / agreed action", "Responsible officer", "Original due",
                "Revised due", "Status", "Progress at November 2024"]),
        "Best Value thematic review 2023/24: Workforce innovation",
        "Recommendation BV1: The Council should update its workforce strategy to set out how it will "
        "use digital technology and flexible working to address future workforce pressures.",
        T.join(["BV1.1", "Refresh the Workforce Strategy 2025-2030 with a costed action plan on digital "
                "skills and hybrid working.", "Chief Officer Corporate Solutions", "March 2025", "",
                "Green", "Draft strategy consulted on with trade unions in October."]),
        T.join(["BV1.2", "Introduce workforce planning templates for all service areas,",
                "HR Manager / Digital Services Manager", "December 2024", "June 2025", "Amber",
                "Templates piloted in the Place directorate."]),
        T.join(["", "reviewed annually by the Corporate Management Team.", "", "", "", "", ""]),
        "Recommendation BV2: The Council should collect and analyse data on the impact of its "
        "workforce initiatives, such as hybrid working, on productivity and service delivery.",
        T.join(["BV2.1", "Agree a set of workforce measures (absence, turnover, vacancies, productivity) "
                "and add them to the quarterly performance report.", "HR Manager", "June 2025", "",
                "Green", "Measures drafted for CMT in December."]),
        "Annual Audit Report 2023/24: Financial sustainability",
        "Recommendation AAR1: The Council should develop savings plans to close the budget gap "
        "projected for 2025/26 and 2026/27.",
        T.join(["AAR1.1", "Present options for a balanced 2025/26 budget to Council, including the use "
                "of reserves and proposed savings.", "Chief Financial Officer", "February 2025", "",
                "Green", "Budget options considered at Business Transformation Steering Group."]),
        T.join(["AAR1.2", "Develop a Medium Term Financial Strategy to 2029/30 with a transformation "
                "savings programme.", "Chief Financial Officer / Executive Director Place",
                "March 2025", "September 2025", "Red",
                "Delayed pending Council decision on transformation priorities."]),
        "Recommendation AAR2: The Council should review the capital plan to ensure it remains "
        "affordable, taking account of rising borrowing costs.",
        T.join(["AAR2.1", "Reprofile the General Services Capital Plan and report affordability "
                "indicators to Council.", "Chief Financial Officer", "November 2024", "", "Blue",
                "Reported to Council on 12 November 2024. Complete."]),
        "Annual Audit Report 2023/24: Governance and transparency",
        "Recommendation AAR3: The Council should ensure that the Audit Committee receives timely "
        "updates on the implementation of internal audit recommendations.",
        T.join(["AAR3.1", "Report overdue internal audit recommendations to every Audit Committee "
                "meeting, with the responsible officer attending.", "Chief Internal Auditor",
                "Ongoing", "", "Green", "In place from September 2024 meeting."]),
        "",
        "7 actions: Blue 1, Green 4, Amber 1, Red 1",
    ]
    path = os.path.join(HERE, "eo2-midlothian-council-best-value-audit-improvement-actions-tracker.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    rutland()
    mansfield()
    middlesbrough()
    torfaen()
    conwy()
    dacorum()
    midlothian()
    print("done")
