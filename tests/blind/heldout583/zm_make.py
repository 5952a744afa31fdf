# Builds the seven zm- cases of heldout583 (data files and their .expected.yaml).
# Run with /work/main/.venv/bin/python zm_make.py from any directory.
import os
import datetime as dt

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Nottingham City Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def nottingham():
    name = "zm-nottingham-city-council-internal-audit-recommendations-tracker.xlsx"
    title = "Nottingham City Council – Internal Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2025 – report to Audit Committee, 21 November 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Audit", "Year", "Assurance opinion", "Priority 1", "Priority 2", "Priority 3",
           "Total outstanding", "Overdue"]
    rows = [
        ["Housing Rents and Arrears", "2024/25", "Limited", 1, 2, 0, 3, 1],
        ["Adult Social Care – Direct Payments", "2024/25", "Limited", 0, 2, 1, 3, 0],
        ["Cyber Security – Patch Management", "2025/26", "Reasonable", 1, 1, 0, 2, 0],
        ["Total", None, None, 2, 5, 1, 8, 1],
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("R", "Overdue, or no progress since the last report"),
           ("A", "In progress – target date at risk"),
           ("G", "In progress – on track to meet target date"),
           ("B", "Implemented – awaiting verification by Internal Audit")]
    for i, (k, txt) in enumerate(key, 12):
        ws.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=i, column=2, value=txt)
    ws["A17"] = ("Priority 1 – fundamental weakness in control requiring immediate action; "
                 "Priority 2 – significant weakness; Priority 3 – housekeeping or best practice.")
    ws["A17"].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 50
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 14

    ws2 = wb.create_sheet("Outstanding Actions")
    ws2["A1"] = "Outstanding Agreed Actions – Internal Audit"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = ("Actions are shown against the audit report in which they were agreed. "
                 "Revised target dates have been agreed with the Head of Internal Audit.")
    ws2["A2"].font = Font(italic=True, size=9)
    heads = ["Ref", "Priority", "Issue identified", "Agreed action", "Responsible officer",
             "Original target date", "Revised target date", "RAG",
             "Management update (October 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    sec1 = "2024/25 – Housing Rents and Arrears – Limited Assurance (final report issued 14 March 2025)"
    sec2 = "2024/25 – Adult Social Care – Direct Payments – Limited Assurance (final report issued 2 May 2025)"
    sec3 = "2025/26 – Cyber Security – Patch Management – Reasonable Assurance (final report issued 11 August 2025)"
    iss1 = ("Arrears recovery stages are not consistently applied; 38% of sampled cases had no "
            "contact recorded at the required stage.")
    iss2 = "Former tenant arrears over six years old have not been reviewed for write-off."
    iss3 = "Annual reviews of direct payment accounts were overdue in 41 of 120 cases."
    iss4 = "Surplus balances held in direct payment accounts are not routinely clawed back."
    iss5 = ("Fourteen internet-facing servers were running operating systems more than 60 days "
            "behind the current security patch level.")
    iss6 = "There is no documented exception process for systems that cannot be patched."

    # (row, kind, data)
    layout = [
        ("sec", sec1),
        ("act", ["HRA.1", 1, iss1,
                 "Reissue the arrears recovery procedure to all Income Officers and introduce a "
                 "monthly exception report of cases that have missed a recovery stage.",
                 "Head of Income Management", d(2025, 6, 30), d(2025, 12, 31), "A",
                 "Procedure reissued July 2025. Exception report in testing with Northgate; "
                 "go-live delayed by the system upgrade."]),
        ("act", ["HRA.2", 2, None,
                 "Team Leaders to review a sample of ten cases per officer each quarter and record "
                 "the outcome on the QA log.",
                 "Income Team Leaders", d(2025, 9, 30), None, "G",
                 "Q2 sample completed for all officers; results reported to Housing Leadership "
                 "Team on 15 October 2025."]),
        ("act", ["HRA.3", 2, iss2,
                 "Present a schedule of former tenant arrears recommended for write-off to the "
                 "Corporate Director for approval, in line with Financial Regulations.",
                 "Head of Income Management / Finance Business Partner (HRA)", d(2025, 3, 31),
                 d(2025, 9, 30), "R",
                 "Schedule drafted but not yet approved; now expected at the December 2025 "
                 "Directorate meeting."]),
        ("sec", sec2),
        ("act", ["ASC.1", 2, iss3,
                 "Clear the backlog of overdue direct payment account reviews, prioritising "
                 "accounts with balances above £5,000.",
                 "Direct Payments Team Manager", d(2025, 8, 31), d(2026, 1, 31), "A",
                 "Backlog reduced from 41 to 17. Additional Finance Officer seconded until "
                 "January 2026."]),
        ("act", ["ASC.2", 3, None,
                 "Update the direct payment agreement so that recipients must return quarterly "
                 "bank statements.",
                 "Direct Payments Team Manager", d(2025, 9, 30), None, "B",
                 "Revised agreement in use from 1 October 2025; evidence sent to Internal Audit "
                 "for verification."]),
        ("act", ["ASC.3", 2, iss4,
                 "Agree a clawback threshold and procedure, and recover the surplus balances "
                 "identified in the audit sample.",
                 "Head of Finance (People)\nDirect Payments Team Manager", d(2025, 10, 31), None,
                 "A",
                 "Threshold of 12 weeks’ payments agreed; recovery letters issued to 9 of 14 "
                 "recipients."]),
        ("sec", sec3),
        ("act", ["CYB.1", 1, iss5,
                 "Apply outstanding critical patches to all internet-facing servers and introduce "
                 "a weekly compliance report to the IT Security Board.",
                 "Head of IT Infrastructure", d(2025, 9, 30), d(2025, 11, 30), "A",
                 "12 of 14 servers patched. Two legacy servers supporting the parking permit "
                 "system require supplier input."]),
        ("act", ["CYB.2", 2, iss6,
                 "Document and approve a patching exception process, including risk acceptance by "
                 "the system owner.",
                 "Information Security Manager", d(2025, 12, 31), None, "G",
                 "Draft process going to Information Governance Board in December 2025."]),
    ]
    r = 5
    issue_start = None
    for kind, data in layout:
        if kind == "sec":
            ws2.cell(row=r, column=1, value=data).font = Font(bold=True)
            for c in range(1, 10):
                ws2.cell(row=r, column=c).fill = fill(GREY)
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        for c, v in enumerate(data, 1):
            if c == 3 and v is None:
                continue
            cell = ws2.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (6, 7) and v is not None:
                cell.number_format = "dd/mm/yyyy"
            if c == 8:
                cell.fill = fill(FILL[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
        if data[2] is None:
            # continuation of the issue above: merge the issue cell down
            ws2.merge_cells(start_row=issue_start, start_column=3, end_row=r, end_column=3)
        else:
            issue_start = r
        r += 1
    widths = {"A": 8, "B": 9, "C": 40, "D": 55, "E": 28, "F": 13, "G": 13, "H": 6, "I": 50}
    for k, v in widths.items():
        ws2.column_dimensions[k].width = v
    ws2.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    acts = [
        act("HRA.1", [sec1, iss1], layout[1][1][3], ["Head of Income Management"], "2025-12", "amber"),
        act("HRA.2", [sec1, iss1], layout[2][1][3], ["Income Team Leaders"], "2025-09", "green"),
        act("HRA.3", [sec1, iss2], layout[3][1][3],
            ["Head of Income Management", "Finance Business Partner (HRA)"], "2025-09", "red"),
        act("ASC.1", [sec2, iss3], layout[5][1][3], ["Direct Payments Team Manager"], "2026-01", "amber"),
        act("ASC.2", [sec2, iss3], layout[6][1][3], ["Direct Payments Team Manager"], "2025-09", "blue"),
        act("ASC.3", [sec2, iss4], layout[7][1][3],
            ["Head of Finance (People)", "Direct Payments Team Manager"], "2025-10", "amber"),
        act("CYB.1", [sec3, iss5], layout[9][1][3], ["Head of IT Infrastructure"], "2025-11", "amber"),
        act("CYB.2", [sec3, iss6], layout[10][1][3], ["Information Security Manager"], "2025-12", "green"),
    ]
    meta = {
        "source": (
            "Imitates a unitary council's internal audit follow-up appendix to its Audit Committee "
            "(Nottingham City Council, 2025/26 style; no single URL). Copied features: a Summary "
            "sheet with counts by priority and a Total row, a RAG key (R/A/G/B, B = implemented "
            "awaiting verification) and a priority note; a second sheet of outstanding agreed "
            "actions grouped under grey merged audit-title rows, the issue identified merged down "
            "over the actions that answer it, original and revised target dates as date cells, "
            "RAG letters on coloured fills and a management update column."),
        "reads": (
            "Three audit reports (Housing Rents and Arrears, Direct Payments, Cyber patching) each "
            "head a group of agreed actions; every action sits beside the finding it answers, with "
            "a responsible officer, an original and sometimes a revised target date, and a RAG "
            "letter. The first sheet is only a summary and key; the eight actions are on the "
            "second sheet, and where a revised date is given it is the due date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)


# ---------------------------------------------------------------------------
# 2. City of Wolverhampton Council - transformation highlight report (xlsx)
# ---------------------------------------------------------------------------
def wolverhampton():
    name = "zm-city-of-wolverhampton-council-our-council-transformation-programme-highlight-report.xlsx"
    title = "Our Council Transformation Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "City of Wolverhampton Council"
    ws["A1"].font = Font(bold=True, size=12, color="7030A0")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Reporting period: September 2025   |   Programme Board: 8 October 2025"
    info = [("Senior Responsible Owner", "Director of Finance"),
            ("Programme Manager", "Lee Cartwright"),
            ("Overall programme RAG", None),
            ("Direction of travel", "↔ No change from August")]
    for i, (k, v) in enumerate(info, 5):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=1).fill = fill("E4DFEC")
        cell = ws.cell(row=i, column=2, value=v)
        if k == "Overall programme RAG":
            cell.fill = fill(AMBER)
    ws["A10"] = "Project and milestone status"
    ws["A10"].font = Font(bold=True, size=12)
    heads = ["Workstream", "Ref", "Milestone / deliverable", "Lead", "Due date",
             "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=11, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX

    def mon(y, m):
        return (d(y, m, 1), "mmm-yy")

    W1, W2, W3, W4 = ("Customer Services and Digital", "Workforce and Ways of Working",
                      "Assets and Accommodation", "Commissioning and Third-Party Spend")
    rows = [
        (W1, "CD1", "Launch the new customer portal and My Wolverhampton account for council tax "
                    "and benefits", "Head of Customer Services", mon(2025, 10), "G", "A",
         "Soft launch 22 September; public launch moved to 3 November to allow accessibility fixes."),
        (W1, "CD2", "Move 70% of housing repairs contacts to online self-service",
         "Head of Customer Services; Wolverhampton Homes Director of Property Services",
         mon(2026, 3), "G", "G", "54% of repairs contacts now made online (August: 45%)."),
        (W1, "CD3", "Decommission the legacy CRM and archive historic case records",
         "Head of Digital and IT", mon(2026, 1), "A", "R",
         "Migration testing found 11,000 duplicate records; re-plan to October Board."),
        (W2, "WW1", "Complete the review of management spans and layers and consult on the new "
                    "structure", "Director of People and Change", mon(2025, 11), "G", "G",
         "Consultation opened 15 September; 46 posts affected."),
        (W2, "WW2", "Roll out the Microsoft 365 Copilot pilot to 300 staff and evaluate the "
                    "productivity benefits", "Head of Digital and IT", mon(2025, 12), "G", "B",
         "Pilot finished early; evaluation report signed off by Programme Board in September."),
        (W3, "AA1", "Vacate the third floor of the Civic Centre and relocate teams to the "
                    "refurbished ground and first floors", "Head of Corporate Landlord",
         (d(2025, 11, 30), "dd/mm/yyyy"), "A", "A",
         "Furniture procurement delayed; teams will move in two phases."),
        (W3, "AA2", "Agree the disposal strategy for six surplus community buildings",
         "Head of Corporate Landlord / Head of Legal Services", ("Q4 2025/26", None), None, "G",
         "New milestone added this period."),
        (W4, "CS1", "Re-procure the home to school transport framework with a target saving of "
                    "£400k", "Head of Procurement", mon(2026, 4), "R", "R",
         "Tender returns lower than expected; market engagement to be re-run in October."),
        (W4, "CS2", "Introduce contract management dashboards for all contracts over £500k",
         "Head of Procurement", mon(2025, 9), "A", "B",
         "Dashboards live in Power BI from 29 September."),
    ]
    r = 12
    starts = {}
    for ws_name, ref, text, lead, (due, fmt), prev, cur, comm in rows:
        if ws_name not in starts:
            starts[ws_name] = r
            c = ws.cell(row=r, column=1, value=ws_name)
            c.font = Font(bold=True)
            c.alignment = WRAP
        for col, v in ((2, ref), (3, text), (4, lead), (5, due), (8, comm)):
            cell = ws.cell(row=r, column=col, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if fmt:
            ws.cell(row=r, column=5).number_format = fmt
        for col, rag in ((6, prev), (7, cur)):
            cell = ws.cell(row=r, column=col)
            cell.border = BOX
            if rag:
                cell.fill = fill(FILL[rag])
        ws.cell(row=r, column=1).border = BOX
        r += 1
    # merge workstream cells down
    names = [x[0] for x in rows]
    for wsn, s in starts.items():
        e = s + names.count(wsn) - 1
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("R", "Red – milestone will be missed; Board decision needed"),
                                  ("A", "Amber – at risk; mitigation in place"),
                                  ("G", "Green – on track"),
                                  ("B", "Blue – complete")], r + 1):
        ws.cell(row=i, column=1).fill = fill(FILL[k])
        ws.cell(row=i, column=2, value=txt)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    widths = {"A": 24, "B": 6, "C": 52, "D": 34, "E": 11, "F": 10, "G": 10, "H": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws2 = wb.create_sheet("Risks and Issues")
    ws2["A1"] = "Key programme risks and issues"
    ws2["A1"].font = Font(bold=True, size=12)
    rh = ["Ref", "Type", "Description", "Impact", "Mitigation", "Owner", "Score"]
    for c, h in enumerate(rh, 1):
        ws2.cell(row=3, column=c, value=h).font = Font(bold=True)
    rr = [
        ["R1", "Risk", "Capacity in the Digital and IT team to support four go-lives in Q3",
         "Slippage across the Customer Services and Digital workstream",
         "Interim developers funded from the transformation reserve", "Head of Digital and IT", 16],
        ["R2", "Risk", "Savings from spans and layers not realised in 2025/26",
         "£1.1m pressure in the medium term financial strategy",
         "Phased implementation with monthly tracking by Finance", "Director of Finance", 12],
        ["I1", "Issue", "Duplicate customer records in the legacy CRM",
         "Data migration cannot complete as planned",
         "Data cleansing sprint agreed with supplier", "Head of Digital and IT", 20],
    ]
    for i, row in enumerate(rr, 4):
        for c, v in enumerate(row, 1):
            ws2.cell(row=i, column=c, value=v).alignment = WRAP
    for k, v in {"A": 5, "B": 7, "C": 45, "D": 40, "E": 40, "F": 24, "G": 7}.items():
        ws2.column_dimensions[k].width = v

    ws3 = wb.create_sheet("Benefits")
    ws3["A1"] = "Financial benefits 2025/26 (£000)"
    ws3["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Workstream", "Target", "Forecast", "Variance"], 1):
        ws3.cell(row=3, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate([[W1, 1200, 950, -250], [W2, 1100, 1100, 0], [W3, 600, 480, -120],
                             [W4, 900, 600, -300], ["Total", 3800, 3130, -670]], 4):
        for c, v in enumerate(row, 1):
            ws3.cell(row=i, column=c, value=v)
    ws3.column_dimensions["A"].width = 36
    wb.save(os.path.join(HERE, name))

    st = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    ends = ["2025-10", "2026-03", "2026-01", "2025-11", "2025-12", "2025-11", "2026-03",
            "2026-04", "2025-09"]
    leads = [["Head of Customer Services"],
             ["Head of Customer Services", "Wolverhampton Homes Director of Property Services"],
             ["Head of Digital and IT"], ["Director of People and Change"],
             ["Head of Digital and IT"], ["Head of Corporate Landlord"],
             ["Head of Corporate Landlord", "Head of Legal Services"],
             ["Head of Procurement"], ["Head of Procurement"]]
    acts = [act(row[1], [row[0]], row[2], leads[i], ends[i], st[row[6]])
            for i, row in enumerate(rows)]
    meta = {
        "source": (
            "Imitates a metropolitan council's monthly transformation programme highlight report "
            "to its Programme Board (City of Wolverhampton Council, 2025; modelled on the highlight "
            "reports councils attach to Cabinet/Scrutiny transformation updates, no single URL). "
            "Copied features: council name and report title block, reporting period line, an "
            "SRO/programme manager block with an overall RAG shown only as a fill, a milestone "
            "table with the workstream merged down its rows, due dates as mmm-yy date cells plus "
            "one dd/mm/yyyy and one 'Q4 2025/26', Previous and Current RAG columns that are "
            "colour fills with no text, a RAG key with blue = complete, and separate Risks and "
            "Issues and Benefits sheets."),
        "reads": (
            "A one-page highlight report: nine milestones in four workstreams, each with a lead, a "
            "due date and last month's and this month's RAG shown as coloured cells. The status is "
            "the current RAG colour (two are blue, complete); the risks/issues and benefits sheets "
            "and the key are not milestones."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)


# ---------------------------------------------------------------------------
# 3. Portsmouth City Council - corporate risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
def portsmouth():
    name = "zm-portsmouth-city-council-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Portsmouth City Council – Corporate Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review – Governance and Audit and Standards Committee, 20 November 2025"
    heads = ["Risk ref", "Risk title and description", "Risk owner", "Inherent score (L x I)",
             "Key controls in place", "Current score", "Target score", "Further actions",
             "Action owner", "Target date", "Action RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.alignment = WRAP
        cell.border = BOX
    risks = [
        ("CR01", "Financial resilience\nThe council is unable to set and deliver a balanced "
                 "budget over the medium term because of demand and inflationary pressures.",
         "Section 151 Officer", "4 x 5 = 20",
         "Medium Term Financial Strategy; monthly budget monitoring to CLT; reserves policy",
         "3 x 5 = 15", "2 x 5 = 10",
         [("Deliver the 2025/26 savings programme of £9.8m and report variances monthly to the "
           "Cabinet Member for Resources", "Section 151 Officer", (d(2026, 3, 1), "mmm-yy"), "A"),
          ("Refresh the Medium Term Financial Strategy for 2026/27 to 2029/30",
           "Director of Finance and Resources", (d(2026, 2, 1), "mmm-yy"), "G"),
          ("Review earmarked reserves and return uncommitted balances to the general fund",
           "Section 151 Officer", (d(2025, 12, 1), "mmm-yy"), "G")]),
        ("CR02", "Children's placement sufficiency\nInsufficient local placements lead to "
                 "children being placed at high cost and at a distance from Portsmouth.",
         "Director of Children's Services", "5 x 4 = 20",
         "Sufficiency strategy; placement commissioning panel; regional fostering hub",
         "4 x 4 = 16", "3 x 4 = 12",
         [("Open two additional in-house children's homes (six beds) through the Sufficiency "
           "Programme", "Director of Children's Social Care", (d(2026, 6, 1), "mmm-yy"), "A"),
          ("Recruit 20 additional foster carers through the regional fostering hub",
           "Head of Fostering and Adoption", (d(2026, 3, 1), "mmm-yy"), "R")]),
        ("CR03", "Cyber attack\nA successful cyber attack disrupts council services and leads "
                 "to loss of personal data.",
         "Director of Corporate Services", "4 x 5 = 20",
         "Cyber Essentials Plus; 24/7 security monitoring; immutable backups",
         "3 x 5 = 15", "2 x 5 = 10",
         [("Complete the migration of the remaining on-premise servers to Azure", "Head of IT",
           ("Febuary 2026", None), "A"),
          ("Run a cyber incident exercise with the Corporate Leadership Team", "Head of IT",
           (d(2025, 11, 1), "mmm-yy"), "B")]),
        ("CR04", "Temporary accommodation\nRising homelessness increases the use and cost of "
                 "bed and breakfast and other temporary accommodation.",
         "Director of Housing, Neighbourhood and Building Services", "5 x 4 = 20",
         "Homelessness prevention team; TA procurement framework; weekly B&B review",
         "4 x 4 = 16", "3 x 3 = 9",
         [("Acquire 40 homes for use as temporary accommodation through the Local Authority "
           "Housing Fund", "Director of Housing, Neighbourhood and Building Services",
           (d(2026, 3, 31), "dd/mm/yyyy"), "A"),
          ("Reduce the use of bed and breakfast for families beyond six weeks to zero",
           "Head of Housing Needs", ("Ongoing", None), "R")]),
    ]
    r = 5
    typo_row = None
    for ref, desc, owner, inh, ctrl, cur, tgt, actions in risks:
        start = r
        for (text, aown, (due, fmt), rag) in actions:
            for col, v in ((8, text), (9, aown), (10, due)):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if fmt:
                ws.cell(row=r, column=10).number_format = fmt
            if due == "Febuary 2026":
                typo_row = r
            cell = ws.cell(row=r, column=11, value={"R": "Red", "A": "Amber", "G": "Green",
                                                    "B": "Complete"}[rag])
            cell.fill = fill(FILL[rag])
            cell.border = BOX
            r += 1
        for col, v in ((1, ref), (2, desc), (3, owner), (4, inh), (5, ctrl), (6, cur), (7, tgt)):
            cell = ws.cell(row=start, column=col, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        for col in (4, 6):
            score = int(ws.cell(row=start, column=col).value.split("=")[1])
            ws.cell(row=start, column=col).fill = fill(RED if score >= 15 else AMBER)
    widths = {"A": 8, "B": 40, "C": 24, "D": 12, "E": 36, "F": 11, "G": 11, "H": 50, "I": 28,
              "J": 13, "K": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Scoring matrix")
    ws2["A1"] = "Risk scoring – likelihood x impact"
    ws2["A1"].font = Font(bold=True)
    for i, (band, txt) in enumerate([("15–25", "High – reported to Cabinet quarterly"),
                                     ("8–12", "Medium – managed by directorate"),
                                     ("1–6", "Low – monitor")], 3):
        ws2.cell(row=i, column=1, value=band).fill = fill([RED, AMBER, GREEN][i - 3])
        ws2.cell(row=i, column=2, value=txt)
    ws2["A7"] = "Action RAG: Red – overdue; Amber – in progress, at risk; Green – on track; Complete."
    wb.save(os.path.join(HERE, name))
    assert typo_row == 10, typo_row

    meta = {
        "source": (
            "Imitates a unitary council's corporate risk register appendix to its Governance and "
            "Audit Committee (Portsmouth City Council, Q2 2025/26; layout common to council "
            "registers, no single URL). Copied features: title and committee line, risk columns "
            "(ref, title and description, owner, inherent/current/target L x I scores with fills, "
            "key controls) merged down over one row per further action, action owner, target date "
            "as mmm-yy date cells with one typed dd/mm/yyyy and one 'Ongoing', action RAG words on "
            "fills, and a separate scoring-matrix sheet."),
        "reads": (
            "Four corporate risks, each followed by two or three further actions with an owner, a "
            "target date and a RAG. On sheet row 10 the target date of the Azure server migration "
            "action (CR03) is typed 'Febuary 2026', a misspelt month; a careful reader would stop "
            "and ask rather than guess the date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 10,
        "title": title,
    }
    write_expected(name, meta, None)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


RAGWORD_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}


# ---------------------------------------------------------------------------
# 4. Staffordshire Safeguarding Children Partnership - CSPR Child R (docx)
# ---------------------------------------------------------------------------
def staffordshire():
    name = "zm-staffordshire-safeguarding-children-partnership-cspr-child-r-action-plan.docx"
    title = "Child Safeguarding Practice Review – Child R: Multi-agency Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Staffordshire Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Local Child Safeguarding Practice "
        "Review into the circumstances of Child R, aged seven months, published in January 2025. "
        "Progress is monitored by the Case Review and Learning Sub-group and reported to the SSCP "
        "Executive each quarter.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "4.0"), ("Date", "14 October 2025"),
                 ("Owner", "Case Review and Learning Sub-group"),
                 ("Approved by", "SSCP Executive"), ("Next review", "January 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG rating").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Red", "Significantly delayed or overdue"),
                 ("Amber", "In progress, some delay"),
                 ("Green", "In progress and on track"),
                 ("Complete", "Action completed and evidence of impact received")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAGWORD_FILL[k])
        set_cell(cells[1], v)

    themes = [
        ("Learning theme 1: Seeing and hearing the baby",
         "Recommendation 1: All partner agencies should ensure that practitioners record the "
         "baby’s lived experience, including direct observation of the baby with each carer, at "
         "every contact.",
         [("1.1", "Revise the multi-agency pre-birth and under-1s practice guidance to include a "
                  "prompt for observing the baby with each carer.",
           "SSCP Business Manager", "March 2025",
           "Guidance revised and published on the SSCP website in March 2025.", "Complete"),
          ("1.2", "Add a ‘baby’s day’ section to the health visiting new birth and 6–8 week "
                  "review templates.",
           "Midlands Partnership University NHS Foundation Trust – Head of Children’s Public "
           "Health Nursing", "June 2025",
           "Template change made in SystmOne; audit of 30 records planned for November 2025.",
           "Green"),
          ("1.3", "Deliver a seven-minute briefing and two practitioner learning events on "
                  "Child R.",
           "SSCP Learning and Development Officer", "Sept 2025 – Dec 2025",
           "First learning event held 18 September (64 attendees); second booked for "
           "4 December.", "Green")]),
        ("Learning theme 2: Fathers and male carers",
         "Recommendation 2: Safeguarding partners should seek assurance that agencies identify, "
         "assess and engage fathers and other significant males in a child’s life.",
         [("2.1", "Audit 40 cases open to Children’s Social Care and Early Help to test whether "
                  "the father or male carer was identified and assessed.",
           "Staffordshire County Council – Head of Quality Assurance and Practice Improvement",
           "Q3 2025/26", "Audit tool agreed; case selection under way.", "Amber"),
          ("2.2", "Introduce a ‘who lives here and who visits’ question into midwifery booking "
                  "and police domestic abuse attendance records.",
           "University Hospitals of North Midlands – Named Midwife for Safeguarding\n"
           "Staffordshire Police – Detective Chief Inspector, Public Protection",
           "31/03/2026",
           "Midwifery change live from August 2025. Police change awaiting Niche system update.",
           "Amber"),
          ("2.3", "Commission a ‘Think Dad’ module for all multi-agency Level 3 safeguarding "
                  "courses.",
           "SSCP Business Manager", "March 2026", "Not yet started – planned for Q4.", "")]),
        ("Learning theme 3: Information sharing when families move",
         "Recommendation 3: The ICB should seek assurance that GP practices transfer "
         "safeguarding information promptly when a family registers with a new practice.",
         [("3.1", "Issue a GP safeguarding bulletin on the records transfer process, including "
                  "the flagging of children subject to a plan.",
           "Designated Nurse Safeguarding Children (Staffordshire and Stoke-on-Trent ICB)",
           "December 2024", "Bulletin issued December 2024.", "Complete"),
          ("3.2", "Dip-sample 20 new registrations of children subject to a child protection "
                  "plan to check that records were flagged within 10 working days.",
           "Named GP for Safeguarding Children", "Quarterly",
           "Q1 and Q2 samples completed: 18 of 20 and 19 of 20 flagged in time.", "Green")]),
    ]
    heads = ["No.", "Action", "Lead agency and officer", "Timescale",
             "Progress update (October 2025)", "RAG"]
    for theme, rec, rows in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(m, rec, bold=True)
        shade(m, "DEEAF6")
        for i, h in enumerate(heads):
            set_cell(t.cell(1, i), h, bold=True)
            shade(t.cell(1, i), "BDD7EE")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
            if row[5]:
                shade(cells[5], RAGWORD_FILL[row[5]])
        doc.add_paragraph()
    doc.add_paragraph(
        "Actions rated Complete will be removed from the plan once evidence of impact has been "
        "accepted by the Case Review and Learning Sub-group.").runs[0].italic = True
    doc.save(os.path.join(HERE, name))

    status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    leads = {
        "1.1": ["SSCP Business Manager"],
        "1.2": ["Midlands Partnership University NHS Foundation Trust – Head of Children’s Public "
                "Health Nursing"],
        "1.3": ["SSCP Learning and Development Officer"],
        "2.1": ["Staffordshire County Council – Head of Quality Assurance and Practice Improvement"],
        "2.2": ["University Hospitals of North Midlands – Named Midwife for Safeguarding",
                "Staffordshire Police – Detective Chief Inspector, Public Protection"],
        "2.3": ["SSCP Business Manager"],
        "3.1": ["Designated Nurse Safeguarding Children (Staffordshire and Stoke-on-Trent ICB)"],
        "3.2": ["Named GP for Safeguarding Children"],
    }
    ends = {"1.1": ("2025-03", None), "1.2": ("2025-06", None),
            "1.3": ("2025-12", "Sept 2025 – Dec 2025"), "2.1": ("2025-12", None),
            "2.2": ("2026-03", None), "2.3": ("2026-03", None), "3.1": ("2024-12", None),
            "3.2": (None, "Quarterly")}
    acts = []
    for theme, rec, rows in themes:
        for row in rows:
            e, et = ends[row[0]]
            acts.append(act(row[0], [theme, rec], row[1], leads[row[0]], e, status[row[5]], et))
    meta = {
        "source": (
            "Imitates a safeguarding children partnership's published LCSPR action plan "
            "(Staffordshire Safeguarding Children Partnership, 2025; modelled on partnership "
            "CSPR action plans in Word, no single URL). Copied features: partnership name line and "
            "plan heading, an introductory paragraph, a document-control table, a RAG key table "
            "where 'Complete' is the completed colour, one table per learning theme under a "
            "Heading 2, the recommendation text in a merged shaded first row, columns No./Action/"
            "Lead agency and officer/Timescale/Progress update/RAG, agency-plus-post leads, two "
            "leads on separate lines in one cell, a month range, a quarter, 'Quarterly', and a "
            "blank RAG for an action not yet started."),
        "reads": (
            "Three learning themes, each with one recommendation and the numbered multi-agency "
            "actions that answer it, with lead, timescale, progress and a RAG word. The control "
            "and key tables are not actions; 2.3 has no RAG yet, and 3.2 is a recurring quarterly "
            "check with no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)


# ---------------------------------------------------------------------------
# 5. Stockport Health and Wellbeing Board - action log (docx)
# ---------------------------------------------------------------------------
def stockport():
    name = "zm-stockport-health-and-wellbeing-board-action-log.docx"
    title = "Stockport Health and Wellbeing Board – Action Log"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading(title, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Updated following the meeting held on 24 September 2025. Actions marked Complete will be "
        "removed once they have been reported to the Board.")
    heads = ["Ref", "Meeting", "Action", "Lead", "Due by", "Update", "RAG"]
    rows = [
        ("HWB/25/07", "19/03/2025",
         "Circulate the final Better Care Fund plan, including the intermediate care capacity and "
         "demand model, to all Board members.",
         "Director of Adult Social Care", "April 2025", "Circulated 9 April 2025.", "Complete"),
        ("HWB/25/11", "18/06/2025",
         "Bring a proposal for a JSNA chapter on children’s oral health to a future meeting.",
         "Director of Public Health", "26/11/2025", "Scheduled for the November meeting.",
         "Green"),
        ("HWB/25/12", "18/06/2025",
         "Share the Healthwatch findings on access to GP appointments with the Primary Care "
         "Commissioning Committee and report back on the response.",
         "Healthwatch Stockport / Associate Director of Primary Care, NHS GM (Stockport)",
         "September 2025", "Shared in July; response still awaited from NHS GM.", "Red"),
        ("HWB/25/13", "18/06/2025",
         "Each partner to nominate a lead officer to take forward the Healthy Weight Declaration.",
         "All Board members", "31 July 2025",
         "Nominations received from 7 of 11 partner organisations.", "Amber"),
        ("HWB/25/16", "24/09/2025",
         "Publish the final Pharmaceutical Needs Assessment on the council website by the "
         "statutory deadline.",
         "Consultant in Public Health", "1 October 2025", "Published 29 September 2025.",
         "Complete"),
        ("HWB/25/17", "24/09/2025",
         "Provide a breakdown by provider of the £2.8m overspend on discharge-to-assess beds.",
         "JB / SM", "26/11/2025", "", "Green"),
        ("HWB/25/18", "24/09/2025",
         "Include the dementia diagnosis rate as a standing measure in the Board’s performance "
         "dashboard.",
         "Public Health Intelligence Manager", "Ongoing",
         "Added to the Q2 dashboard; will be reported every quarter.", "Green"),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, hd in enumerate(heads):
        set_cell(t.rows[0].cells[i], hd, bold=True)
        shade(t.rows[0].cells[i], "00A39A")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        shade(cells[6], RAGWORD_FILL[row[6]])
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG: Red – overdue; Amber – in progress but at risk; Green – on track; "
        "Complete – action closed.").runs[0].italic = True
    doc.add_paragraph("Contact: Democratic Services, Stockport Council.")
    doc.save(os.path.join(HERE, name))

    status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    leads = [["Director of Adult Social Care"], ["Director of Public Health"],
             ["Healthwatch Stockport", "Associate Director of Primary Care, NHS GM (Stockport)"],
             ["All Board members"], ["Consultant in Public Health"], ["JB", "SM"],
             ["Public Health Intelligence Manager"]]
    ends = [("2025-04", None), ("2025-11", None), ("2025-09", None), ("2025-07", None),
            ("2025-10", None), ("2025-11", None), (None, "Ongoing")]
    acts = [act(row[0], [], row[2], leads[i], ends[i][0], status[row[6]], ends[i][1])
            for i, row in enumerate(rows)]
    meta = {
        "source": (
            "Imitates a health and wellbeing board action log published with the agenda pack "
            "(Stockport Health and Wellbeing Board, 2025; modelled on council HWB/committee action "
            "logs in Word, no single URL). Copied features: a centred board-name "
            "and 'Action Log' heading, an 'updated following the meeting' line, one table with Ref/Meeting/Action/"
            "Lead/Due by/Update/RAG, meeting dates in their own column, due dates in mixed forms "
            "(month name, dd/mm/yyyy, '31 July 2025', 'Ongoing'), a lead cell naming an "
            "organisation and a post, initials as leads, RAG words on fills, and a RAG key line "
            "under the table."),
        "reads": (
            "A running log of seven actions from three Board meetings, each with a reference, the "
            "meeting it arose at, a lead, a due date, an update and a RAG word (Complete = closed). "
            "The meeting date is when the action was set, not when it is due."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)


# ---------------------------------------------------------------------------
# 6. Chichester District CSP - DHR 'Hazel' action plan (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    if v is None:
        v = ""
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def chichester():
    name = "zm-chichester-district-csp-dhr-hazel-action-plan.csv"
    title = ("Chichester District Community Safety Partnership – Domestic Homicide Review "
             "‘Hazel’ – Action Plan")
    ncol = 10
    header = ["Rec No.", "Recommendation", "Scope", "Action ref", "Action to take", "Lead agency",
              "Key milestones achieved", "Target date", "Date of completion and outcome", "RAG"]
    rec1 = ("Sussex Police to ensure that officers attending domestic abuse incidents complete the "
            "DASH risk assessment with the victim away from the suspect.")
    rec2 = ("Chichester District Council to review how the housing options service identifies "
            "domestic abuse when a person presents as homeless after a relationship breakdown.")
    rec3 = ("West Sussex County Council and Sussex Partnership NHS Foundation Trust to ensure that "
            "carer’s assessments consider the risk of domestic abuse where the carer is also the "
            "partner.")
    rec4 = ("The Community Safety Partnership to share the learning from this review across "
            "West Sussex.")
    rows = [
        ["1", rec1, "Local", "1a",
         "Re-brief all response officers in West Sussex on completing the DASH risk assessment "
         "away from the suspect.", "Sussex Police",
         "Briefing included in the Q2 officer safety training day.", "Sep-25",
         "Completed 30/09/2025 – 212 officers briefed.", "Complete"],
        ["", "", "", "1b",
         "Dip-sample 50 domestic abuse attendances each quarter to check DASH completion and "
         "where it took place.", "Sussex Police", "Q1 sample: 41 of 50 compliant.", "Mar-26",
         "", "Green"],
        ["2", rec2, "Local", "2a",
         "Add a routine enquiry question about domestic abuse to the housing options triage "
         "form.\nRecord the answer on Jigsaw so that it can be reported.",
         "Chichester District Council (Housing)", "Question drafted; Jigsaw change requested.",
         "Dec-25", "", "Amber"],
        ["", "", "", "2b",
         "Train housing options officers in domestic abuse awareness, delivered by Safe in "
         "Sussex.", "Chichester District Council (Housing) / Safe in Sussex", "", "Jan-26", "",
         "Not started"],
        ["3", rec3, "West Sussex", "3a",
         "Revise the carer’s assessment guidance to include a prompt on domestic abuse and "
         "coercive control.", "West Sussex County Council – Adults’ Services",
         "Guidance revised and approved by the Principal Social Worker.", "Oct-25",
         "Completed 14/10/2025 – guidance published on Tri.x.", "Complete"],
        ["", "", "", "3b",
         "Include the learning from this review in the Trust’s Level 3 safeguarding adults "
         "training.", "Sussex Partnership NHS Foundation Trust", "", "31/03/2026", "", "Green"],
        ["4", rec4, "West Sussex", "4a",
         "Produce a learning briefing and present it to the West Sussex Domestic and Sexual "
         "Abuse Board.", "CSP Manager", "Briefing drafted; Board date to be confirmed.", "TBC",
         "", "Amber"],
    ]
    lines = [
        [title] + [""] * (ncol - 1),
        ["Version 3 – updated for the CSP Board, 9 October 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        header,
    ] + rows + [
        [""] * ncol,
        ["RAG: Complete = completed and evidenced; Green = on track; Amber = at risk of delay; "
         "Red = overdue; Not started = not yet due"] + [""] * (ncol - 1),
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        for line in lines:
            fh.write(",".join(csv_field(v) for v in line) + "\r\n")

    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Not started": "unrated"}
    recs = {"1a": rec1, "1b": rec1, "2a": rec2, "2b": rec2, "3a": rec3, "3b": rec3, "4a": rec4}
    leads = {"2b": ["Chichester District Council (Housing)", "Safe in Sussex"]}
    ends = {"1a": "2025-09", "1b": "2026-03", "2a": "2025-12", "2b": "2026-01", "3a": "2025-10",
            "3b": "2026-03", "4a": None}
    acts = []
    for row in rows:
        ref = row[3]
        acts.append(act(ref, [recs[ref]], row[4], leads.get(ref, [row[5]]), ends[ref],
                        st[row[9]], "TBC" if ref == "4a" else None))
    meta = {
        "source": (
            "Imitates a community safety partnership's DHR action plan in the Home Office template "
            "(recommendation, scope, action to take, lead agency, key milestones, target date, "
            "date of completion and outcome), saved from Excel as CSV (Chichester District CSP, "
            "2025; no single URL). Copied features: title and version lines with trailing empty "
            "cells, a blank line, the template columns plus an action ref and RAG, the "
            "recommendation number and text only on the first row of each recommendation (merged "
            "cells flattened), mmm-yy and dd/mm/yyyy target dates, 'TBC', a quoted multi-line "
            "action, two agencies in one lead cell, and a RAG key line at the foot."),
        "reads": (
            "Four DHR recommendations, each followed by one or two lettered actions with a lead "
            "agency, a target date and a RAG; the continuation rows leave the recommendation "
            "columns blank, so their actions belong to the recommendation above. 'Not started' "
            "means unrated and 'TBC' has no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)


# ---------------------------------------------------------------------------
# 7. Cheshire East Council - Cheshire East Plan delivery plan Q2 (tab-separated txt)
# ---------------------------------------------------------------------------
def cheshire_east():
    name = "zm-cheshire-east-council-cheshire-east-plan-delivery-plan-2025-26-q2.txt"
    title = "Cheshire East Plan 2025-29 – Delivery Plan 2025/26: Quarter 2 Progress Report"
    c1 = "Commitment 1: Unlocking prosperity for all"
    c2 = "Commitment 2: Improving health and wellbeing"
    c3 = "Commitment 3: An effective and enabling council"
    rows = [
        (c1, "1.1", "Adopt the Crewe town centre regeneration masterplan and submit the Levelling "
                    "Up Partnership business case", "Director of Growth and Enterprise",
         "October 2025", "Green", "Blue",
         "Masterplan adopted by Economy and Growth Committee on 18 September 2025."),
        (c1, "1.2", "Take the Local Plan review to Regulation 18 consultation",
         "Head of Planning Strategy", "Q3 2025/26", "Amber", "Amber",
         "Housing need evidence delayed; consultation now planned for January 2026."),
        (c1, "1.3", "Deliver the 2025/26 UK Shared Prosperity Fund programme in full",
         "Head of Economic Development", "March 2026", "Green", "Green",
         "£1.9m committed of the £2.4m allocation."),
        (c2, "2.1", "Open the new extra care housing scheme in Handforth",
         "Executive Director of Adults, Health and Integration", "January 2026", "Green", "Amber",
         "Practical completion slipped by six weeks because of utility connections."),
        (c2, "2.2", "Reduce the number of people waiting for a Care Act assessment to under 200",
         "Director of Adult Social Care Operations", "31/03/2026", "Red", "Amber",
         "Waiting list down from 412 to 276; additional assessors in post from October."),
        (c2, "2.3", "Implement the Family Hubs model in all eight localities",
         "Director of Family Help and Children’s Social Care; Director of Education, Strong Start "
         "and Integration", "Summer term 2026", "Green", "Green",
         "Five hubs open; Macclesfield and Congleton hubs to open in the spring."),
        (c3, "3.1", "Deliver the 2025/26 transformation savings of £20.5m", "Chief Executive",
         "March 2026", "Amber", "Red",
         "Forecast delivery £14.2m; recovery actions agreed by CLT in November."),
        (c3, "3.2", "Launch the new customer contact platform and close the legacy telephony "
                    "system", "Head of ICT Services; Head of Customer Services", "December 2025",
         "Green", "Green", "User testing complete; go-live 1 December."),
        (c3, "3.3", "Complete the review of the Constitution and scheme of delegation",
         "Director of Governance and Compliance (Monitoring Officer)", "Ongoing", "", "Green",
         "Working group meets monthly; phase 1 changes go to Council in December."),
        (c3, "3.4", "Respond to the Best Value Notice and agree the Corporate Improvement Plan "
                    "with the Assurance Panel", "Chief Executive", "July 2025", "Amber", "Blue",
         "Corporate Improvement Plan approved by Council on 16 July 2025."),
    ]
    out = [
        "Cheshire East Council",
        title,
        "Corporate Policy Committee – 4 December 2025",
        "",
        "RAG status: Green = on track; Amber = some slippage, recoverable; Red = significant "
        "slippage or at risk; Blue = complete",
        "",
        "\t".join(["Ref", "Deliverable", "Lead", "Target date", "Q1 RAG", "Q2 RAG",
                   "Q2 commentary"]),
    ]
    cur = None
    for com, ref, text, lead, due, q1, q2, comm in rows:
        if com != cur:
            out.append(com)
            cur = com
        out.append("\t".join([ref, text, lead, due, q1, q2, comm]))
    out += [
        "",
        "Summary at Q2: Blue 2, Green 4, Amber 3, Red 1 (10 deliverables)",
        "Note: target dates are those in the approved Delivery Plan; any revised dates are given "
        "in the commentary.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")

    st = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    leads = {"2.3": ["Director of Family Help and Children’s Social Care",
                     "Director of Education, Strong Start and Integration"],
             "3.2": ["Head of ICT Services", "Head of Customer Services"]}
    ends = {"1.1": ("2025-10", None), "1.2": ("2025-12", None), "1.3": ("2026-03", None),
            "2.1": ("2026-01", None), "2.2": ("2026-03", None),
            "2.3": ("2026-07", "Summer term 2026"), "3.1": ("2026-03", None),
            "3.2": ("2025-12", None), "3.3": (None, "Ongoing"), "3.4": ("2025-07", None)}
    acts = []
    for com, ref, text, lead, due, q1, q2, comm in rows:
        e, et = ends[ref]
        acts.append(act(ref, [com], text, leads.get(ref, [lead]), e, st[q2], et))
    meta = {
        "source": (
            "Imitates a unitary council's quarterly corporate plan delivery report to committee "
            "(Cheshire East Council, Cheshire East Plan / Delivery Plan 2025-26, Q2; the Delivery "
            "Plan was taken to Corporate Policy Committee in 2025), as a tab-separated text export. "
            "Copied features: council, report title and committee lines, a RAG key line with "
            "Blue = complete, a header row, commitment heading lines with no tabs above their "
            "numbered deliverables, Q1 and Q2 RAG columns (Q2 is current), target dates as month "
            "names, a quarter, dd/mm/yyyy, a school term and 'Ongoing', two posts separated by "
            "semicolons, a job title containing commas, and summary and note lines at the end."),
        "reads": (
            "Ten delivery plan deliverables under three Cheshire East Plan commitments, each with a "
            "lead post, a target date and last quarter's and this quarter's RAG. The status is the "
            "Q2 RAG; the key, summary and note lines are not deliverables."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)


if __name__ == "__main__":
    nottingham()
    wolverhampton()
    portsmouth()
    staffordshire()
    stockport()
    chichester()
    cheshire_east()
    print("built 7 zm cases in", HERE)
