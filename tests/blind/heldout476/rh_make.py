"""Build the seven rh- data files of set heldout476.

Run with /work/main/.venv/bin/python rh_make.py (from any directory).
Writes only files whose names start with rh-.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("rh-")
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "R": fill("FF0000"),
    "A": fill("FFC000"),
    "G": fill("00B050"),
    "B": fill("0070C0"),
}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put(ws, row, col, value, *, bold=False, fmt=None, f=None, align=WRAP, border=True):
    c = ws.cell(row=row, column=col, value=value)
    if bold:
        c.font = BOLD
    if fmt:
        c.number_format = fmt
    if f is not None:
        c.fill = f
    c.alignment = align
    if border:
        c.border = BOX
    return c


# ====================================================================== 1
def ynyca_highlight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths(ws, [7, 22, 46, 26, 13, 13, 10, 10, 46])

    ws["A1"] = ("York and North Yorkshire Combined Authority – Brownfield Housing Fund "
                "Programme Highlight Report")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Housing and Regeneration Programme Board – 6 November 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")

    info = [
        ("Reporting period", "Q2 2025/26 (1 July – 30 September 2025)"),
        ("Senior Responsible Owner", "Director of Economy, Skills and Housing"),
        ("Programme Manager", "Housing Delivery Manager"),
    ]
    r = 4
    for k, v in info:
        put(ws, r, 1, k, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(ws, r, 3, v)
        r += 1
    put(ws, r, 1, "Overall programme status", bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put(ws, r, 3, "Previous: Amber", f=RAGFILL["A"])
    put(ws, r, 4, "Current: Amber", f=RAGFILL["A"])
    r += 1  # 8
    put(ws, r, 1, "Summary", bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put(ws, r, 3, ("Two schemes remain on course for practical completion by March 2026. "
                   "Tadcaster Road has moved to Red after the planning decision was deferred; "
                   "a revised milestone schedule is being agreed with the developer (A3). "
                   "A forecast underspend of £0.45m is reported below."))
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 45

    # RAG key, row 10
    put(ws, 10, 1, "RAG key", bold=True, border=False)
    put(ws, 10, 3, "B – Complete", f=RAGFILL["B"])
    put(ws, 10, 4, "G – On track", f=RAGFILL["G"])
    put(ws, 10, 5, "A – At risk, recoverable", f=RAGFILL["A"])
    ws.merge_cells("E10:F10")
    put(ws, 10, 7, "R – Off track, escalation required", f=RAGFILL["R"])
    ws.merge_cells("G10:I10")

    hdr = ["Ref", "Workstream", "Milestone / action", "Lead", "Original date",
           "Revised date", "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 12, i, h, bold=True, f=fill("D9E1F2"), align=CENTRE)

    rows = [
        ("A1", "Workstream A – Scheme delivery",
         "Former Whitby Road depot, Scarborough – complete site remediation and submit practical completion evidence",
         "Housing Delivery Manager", D(2025, 7, 31), D(2025, 11, 30), "A", "A",
         "Remediation about 80% complete. Additional asbestos removal has added four weeks; revised contractor programme received 12/09/2025."),
        ("A2", None,
         "Leeming Bar – sign grant funding agreement with the developer for the 64-home scheme",
         "Head of Housing / Legal Services Manager", D(2025, 6, 30), D(2025, 9, 30), "A", "B",
         "Grant funding agreement signed 24 September 2025. Milestone complete."),
        ("A3", None,
         "Tadcaster Road gasworks site, York – agree revised milestone schedule with the developer following deferral of the planning decision",
         "Head of Housing", D(2025, 9, 30), D(2026, 1, 31), "G", "R",
         "Planning committee deferred its decision on 4 September. Developer is resubmitting its viability assessment."),
        ("B1", "Workstream B – Funding and assurance",
         "Submit Q2 Brownfield Housing Fund monitoring return to MHCLG",
         "Finance Business Partner (Capital)", D(2025, 10, 17), None, "G", "B",
         "Submitted 15 October 2025."),
        ("B2", None,
         "Complete independent assurance review of 2024/25 grant claims and report findings to the Audit and Governance Committee",
         "Head of Internal Audit", D(2025, 11, 27), D(2025, 12, 11), "G", "A",
         "Fieldwork complete. Report moved to the December committee at the Chair’s request."),
        ("B3", None,
         "Reprofile programme spend to March 2026 and seek a Mayoral decision on reallocation of any underspend",
         "Chief Finance Officer", D(2026, 3, 31), None, "A", "A",
         "Forecast underspend £0.45m; options paper in preparation."),
        ("C1", "Workstream C – Pipeline development",
         "Issue call for expressions of interest for 2026/27 pipeline schemes",
         "Housing Delivery Manager; Communications Lead", D(2025, 10, 31), D(2025, 11, 14), "G", "G",
         "Call documents drafted; launch moved to align with the Mayor’s housing announcement."),
        ("C2", None,
         "Score and moderate pipeline submissions against the BHF appraisal framework",
         "Housing Delivery Manager", "Jan-26", None, "", "",
         "Not yet started – depends on C1."),
        ("C3", None,
         "Present the prioritised pipeline to the Mayoral Combined Authority Board for approval",
         "Head of Housing", "March 2026", None, "G", "G",
         "Board date confirmed as 24 March 2026."),
    ]
    r = 13
    for ref, ws_name, act, lead, orig, rev, prev, cur, com in rows:
        put(ws, r, 1, ref, align=CENTRE)
        put(ws, r, 2, ws_name, bold=True)
        put(ws, r, 3, act)
        put(ws, r, 4, lead)
        put(ws, r, 5, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None, align=CENTRE)
        put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None, align=CENTRE)
        put(ws, r, 7, prev or None, f=RAGFILL.get(prev), align=CENTRE)
        put(ws, r, 8, cur or None, f=RAGFILL.get(cur), align=CENTRE)
        put(ws, r, 9, com)
        r += 1
    # workstream column merged over its rows
    ws.merge_cells("B13:B15")
    ws.merge_cells("B16:B18")
    ws.merge_cells("B19:B21")

    # budget block
    r = 23
    put(ws, r, 1, "Budget summary (£m)", bold=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    for i, h in enumerate(["", "Allocation 2025/26", "Spend to date", "Forecast outturn", "Variance"]):
        put(ws, r, 3 + i, h or None, bold=True, f=fill("D9E1F2"))
    budget = [
        ("Capital grant", 12.40, 4.86, 11.95, -0.45),
        ("Revenue (programme management)", 0.35, 0.16, 0.35, 0.00),
        ("Total", 12.75, 5.02, 12.30, -0.45),
    ]
    for name, a, s, fo, v in budget:
        r += 1
        put(ws, r, 3, name, bold=(name == "Total"))
        for i, n in enumerate([a, s, fo, v]):
            put(ws, r, 4 + i, n, fmt="0.00", bold=(name == "Total"))

    r += 2
    put(ws, r, 1, "Decisions / escalations for the Board", bold=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    put(ws, r, 1, ("The Board is asked to note the change of Tadcaster Road (A3) from Green to Red and its revised "
                   "date, and to agree that any underspend confirmed at Q3 is held for pipeline schemes."),
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 32

    ws2 = wb.create_sheet("Version control")
    widths(ws2, [10, 14, 28, 60])
    for i, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        put(ws2, 1, i, h, bold=True, f=fill("D9E1F2"))
    vers = [
        ("0.1", D(2025, 10, 20), "Programme Officer", "First draft for Q2"),
        ("0.2", D(2025, 10, 27), "Housing Delivery Manager", "Commentary updated; finance figures added"),
        ("1.0", D(2025, 10, 30), "Head of Housing", "Issued to Programme Board"),
    ]
    for i, (v, d, a, c) in enumerate(vers, start=2):
        put(ws2, i, 1, v)
        put(ws2, i, 2, d, fmt="dd/mm/yyyy")
        put(ws2, i, 3, a)
        put(ws2, i, 4, c)

    wb.save(out("rh-york-and-north-yorkshire-ca-brownfield-housing-fund-programme-highlight-report.xlsx"))


# ====================================================================== 2
def lltnp_risk_register():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [26, 60])
    cov["A1"] = "Loch Lomond & The Trossachs National Park Authority – Strategic Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = BOLD
    dc = [
        ("Register owner", "Director of Corporate Services"),
        ("Version", "3.1"),
        ("Position at", "15 September 2025"),
        ("Last reviewed by", "Audit and Risk Committee, 24 September 2025"),
        ("Next review", "Audit and Risk Committee, December 2025"),
        ("Status", "Approved"),
    ]
    for i, (k, v) in enumerate(dc, start=4):
        put(cov, i, 1, k, bold=True)
        put(cov, i, 2, v)

    sc = wb.create_sheet("Scoring and key")
    widths(sc, [14, 30, 14, 30])
    sc["A1"] = "Risk scoring"
    sc["A1"].font = BOLD
    put(sc, 2, 1, "Score", bold=True)
    put(sc, 2, 2, "Likelihood (L)", bold=True)
    put(sc, 2, 3, "Score", bold=True)
    put(sc, 2, 4, "Impact (I)", bold=True)
    lik = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
    imp = ["Negligible", "Minor", "Moderate", "Major", "Severe"]
    for i in range(5):
        put(sc, 3 + i, 1, i + 1)
        put(sc, 3 + i, 2, lik[i])
        put(sc, 3 + i, 3, i + 1)
        put(sc, 3 + i, 4, imp[i])
    put(sc, 9, 1, "Risk score (L x I)", bold=True)
    put(sc, 10, 1, "1 – 6", f=fill("92D050"))
    put(sc, 10, 2, "Low – manage through routine controls")
    put(sc, 11, 1, "8 – 12", f=fill("FFC000"))
    put(sc, 11, 2, "Medium – active management by risk owner")
    put(sc, 12, 1, "15 – 25", f=fill("FF0000"))
    put(sc, 12, 2, "High – Leadership Team and Board attention")
    put(sc, 14, 1, "Action status", bold=True)
    put(sc, 15, 1, "B", f=RAGFILL["B"], align=CENTRE)
    put(sc, 15, 2, "Action complete")
    put(sc, 16, 1, "G", f=RAGFILL["G"], align=CENTRE)
    put(sc, 16, 2, "On track to target date")
    put(sc, 17, 1, "A", f=RAGFILL["A"], align=CENTRE)
    put(sc, 17, 2, "Some slippage, within tolerance")
    put(sc, 18, 1, "R", f=RAGFILL["R"], align=CENTRE)
    put(sc, 18, 2, "Off track / target date will be missed")

    ws = wb.create_sheet("Register")
    widths(ws, [8, 44, 18, 5, 5, 7, 44, 5, 5, 7, 7, 9, 44, 22, 12, 8])
    ws["A1"] = "Strategic Risk Register 2025/26 – position at 15 September 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:P1")
    # grouped header row 3
    put(ws, 3, 4, "Inherent risk", bold=True, align=CENTRE, f=fill("D9E1F2"))
    ws.merge_cells("D3:F3")
    put(ws, 3, 8, "Residual risk", bold=True, align=CENTRE, f=fill("D9E1F2"))
    ws.merge_cells("H3:J3")
    put(ws, 3, 12, "Further action", bold=True, align=CENTRE, f=fill("D9E1F2"))
    ws.merge_cells("L3:P3")
    hdr = ["Risk ref", "Risk", "Risk owner", "L", "I", "Score", "Key controls in place",
           "L", "I", "Score", "Trend", "Action ref", "Further action required",
           "Action owner", "Target date", "Status"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 4, i, h, bold=True, align=CENTRE, f=fill("D9E1F2"))

    def band(score):
        return fill("92D050") if score <= 6 else (fill("FFC000") if score <= 12 else fill("FF0000"))

    risks = [
        ("SR01",
         "Financial sustainability – grant-in-aid settlements do not keep pace with pay and inflationary pressures, creating a budget gap and reducing capacity to deliver the National Park Partnership Plan.",
         "Director of Corporate Services", (4, 4), (4, 3), "↔",
         "Annual budget approved by Board; monthly budget monitoring; regular engagement with Scottish Government sponsor team; vacancy management.",
         [("SR01a", "Develop a three-year medium-term financial plan, including scenario modelling for a flat-cash settlement in 2026/27",
           "Head of Finance", D(2025, 12, 31), "G"),
          ("SR01b", "Take forward the income generation workstream (car parking, commercial partnerships, visitor giving) and report options to the Board",
           "Head of Finance; Head of Visitor Operations", D(2026, 3, 31), "A")]),
        ("SR02",
         "Visitor pressures – high visitor numbers at peak times lead to irresponsible camping, fire-setting and litter, damaging the special qualities of the Park and public confidence in the Authority.",
         "Director of Visitor Services", (5, 4), (4, 3), "↓",
         "Camping management byelaws; seasonal ranger patrols; joint operations with Police Scotland; visitor communications campaign.",
         [("SR02a", "Review the operation of the camping management byelaws and report findings to the Board ahead of the 2026 season",
           "Head of Visitor Operations", "Feb 2026", "G"),
          ("SR02b", "Recruit and deploy seasonal rangers for the 2025 season in line with the Visitor Operations Plan",
           "Ranger Service Manager", D(2025, 4, 30), "B")]),
        ("SR03",
         "Climate and nature emergency – the Authority and its partners do not deliver the nature restoration and net zero commitments in the Partnership Plan.",
         "Director of Place", (4, 4), (3, 4), "↔",
         "Future Nature route map; peatland restoration programme; partnership delivery groups; carbon management plan.",
         [("SR03a", "Agree the Future Nature delivery programme with partners and secure funding for 2026/27 peatland restoration projects",
           "Head of Land Management", "Ongoing", "G")]),
        ("SR04",
         "Cyber security – a successful cyber attack or data breach disrupts services and causes loss of data and reputational damage.",
         "Director of Corporate Services", (4, 5), (3, 4), "↑",
         "Managed firewall and endpoint protection; multi-factor authentication; off-site backups; Cyber Essentials accreditation.",
         [("SR04a", "Achieve Cyber Essentials Plus re-accreditation",
           "ICT Manager", D(2025, 11, 30), "G"),
          ("SR04b", "All staff and Board members to complete annual cyber security awareness training (target 95%)",
           "ICT Manager / HR Manager", D(2025, 10, 31), "A")]),
        ("SR05",
         "People – inability to recruit and retain staff with specialist skills (e.g. planning, ecology) affects delivery of statutory functions.",
         "Chief Executive", (4, 3), (3, 3), "↔",
         "Pay and grading review 2024; flexible working policy; learning and development programme.",
         [("SR05a", "Implement the action plan arising from the 2025 staff survey",
           "HR Manager", D(2026, 1, 31), "R"),
          ("SR05b", "Refresh the Strategic Workforce Plan, including succession planning for specialist planning and ecology roles",
           "Director of Corporate Services", "March 2026", "")]),
    ]
    r = 5
    for ref, risk, owner, (il, ii), (rl, ri), trend, controls, acts in risks:
        first = r
        for aref, act, aown, tgt, st in acts:
            put(ws, r, 12, aref, align=CENTRE)
            put(ws, r, 13, act)
            put(ws, r, 14, aown)
            put(ws, r, 15, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None, align=CENTRE)
            put(ws, r, 16, st or None, f=RAGFILL.get(st), align=CENTRE)
            r += 1
        last = r - 1
        vals = [ref, risk, owner, il, ii, il * ii, controls, rl, ri, rl * ri, trend]
        for col, v in enumerate(vals, start=1):
            f = None
            if col == 6:
                f = band(il * ii)
            if col == 10:
                f = band(rl * ri)
            put(ws, first, col, v, f=f, align=CENTRE if col not in (2, 7) else WRAP)
            for rr in range(first + 1, last + 1):
                ws.cell(row=rr, column=col).border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("rh-loch-lomond-trossachs-npa-strategic-risk-register-2025-26.xlsx"))


# ====================================================================== 3
def jncc_tracker():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    widths(s, [18, 40, 16, 24, 10])
    s["A1"] = "JNCC – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee, 14 October 2025 – position at 30 September 2025"
    s["A2"].font = Font(italic=True)
    hdr = ["Priority", "Open – not yet due", "Open – overdue", "Implemented since last ARAC", "Total"]
    for i, h in enumerate(hdr, start=1):
        put(s, 4, i, h, bold=True, f=fill("DDEBF7"))
    summ = [("High", 1, 2, 1, 4), ("Medium", 2, 0, 1, 3), ("Low", 1, 0, 0, 1), ("Total", 4, 2, 2, 8)]
    for j, row in enumerate(summ, start=5):
        for i, v in enumerate(row, start=1):
            put(s, j, i, v, bold=(row[0] == "Total"))
    s["A10"] = "RAG key (Open recommendations sheet – cells are shaded only)"
    s["A10"].font = BOLD
    put(s, 11, 1, None, f=fill("FF0000"))
    put(s, 11, 2, "Overdue against current target date")
    put(s, 12, 1, None, f=fill("FFC000"))
    put(s, 12, 2, "Target date revised, or at risk")
    put(s, 13, 1, None, f=fill("00B050"))
    put(s, 13, 2, "On track to original target date")
    s["A15"] = "Source: GIAA audit reports and management updates collated by the Governance Team."

    o = wb.create_sheet("Open recommendations")
    widths(o, [9, 24, 9, 42, 42, 22, 12, 12, 40, 6])
    o["A1"] = "Open internal audit recommendations – position at 30 September 2025"
    o["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Audit report", "Priority", "Recommendation", "Agreed management action",
           "Action owner", "Original target date", "Revised target date",
           "Progress update (September 2025)", "RAG"]
    for i, h in enumerate(hdr, start=1):
        put(o, 3, i, h, bold=True, f=fill("DDEBF7"), align=CENTRE)
    open_rows = [
        ("CYB/01", "Cyber Security (2024/25) – Limited assurance", "High",
         "JNCC should maintain a complete and up-to-date inventory of hardware and software assets, including end-of-life status.",
         "Implement an asset management tool and complete a full inventory of hardware and software, with end-of-life dates recorded and reviewed quarterly.",
         "Head of Digital and Data", D(2025, 3, 31), D(2025, 9, 30),
         "Tool procured; inventory 85% complete. Remaining items are field equipment held at the Aberdeen office.",
         "FF0000"),
        ("CYB/02", None, "Medium",
         "Privileged access rights should be reviewed at least every six months and the review evidenced.",
         "Introduce a six-monthly review of privileged access, signed off by the Head of Digital and Data.",
         "IT Operations Manager", D(2025, 6, 30), D(2025, 12, 31),
         "First review completed June 2025 but sign-off not evidenced. Second review scheduled for December 2025.",
         "FFC000"),
        ("GMT/01", "Grant Management (2024/25) – Moderate assurance", "Medium",
         "Grant agreements should set out monitoring requirements proportionate to the value and risk of each grant.",
         "Update the grant agreement template to include risk-based monitoring requirements and issue guidance to grant managers.",
         "Head of Finance / Head of Procurement", D(2025, 11, 30), None,
         "Template drafted and with Legal for review.",
         "00B050"),
        ("BCP/01", "Business Continuity (2025/26) – Moderate assurance", "High",
         "Business impact analyses should be refreshed for all critical services and aligned with the Business Continuity Plan.",
         "Refresh business impact analyses for all critical services and update the Business Continuity Plan accordingly.",
         "Chief Operating Officer", D(2025, 12, 31), None,
         "BIA workshops held with four of seven teams.",
         "00B050"),
        ("BCP/02", None, "Low",
         "The Business Continuity Plan should be tested at least annually.",
         "Hold an annual desktop exercise to test the Business Continuity Plan and report lessons learned to the Executive Management Board.",
         "Corporate Resilience Manager", "March 2026", None,
         "Exercise scheduled for February 2026.",
         "00B050"),
        ("CON/03", "Contract Management (2023/24) – Limited assurance", "High",
         "A contract register should be maintained and a contract manager assigned to every contract above £25,000.",
         "Complete the contract register and assign named contract managers for all contracts over £25k; report compliance to ARAC.",
         "Head of Procurement", D(2024, 10, 31), D(2025, 7, 31),
         "Register complete; three contracts still awaiting named managers following the restructure. New date to be agreed at this meeting.",
         "FF0000"),
    ]
    r = 4
    for ref, aud, pri, rec, act, own, orig, rev, upd, rag in open_rows:
        put(o, r, 1, ref)
        put(o, r, 2, aud)
        put(o, r, 3, pri)
        put(o, r, 4, rec)
        put(o, r, 5, act)
        put(o, r, 6, own)
        put(o, r, 7, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
        put(o, r, 8, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
        put(o, r, 9, upd)
        put(o, r, 10, None, f=fill(rag))
        r += 1
    o.merge_cells("B4:B5")
    o.merge_cells("B7:B8")

    c = wb.create_sheet("Implemented")
    widths(c, [9, 24, 9, 42, 42, 22, 12, 12, 12])
    c["A1"] = "Recommendations implemented since the last ARAC (June 2025)"
    c["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Audit report", "Priority", "Recommendation", "Agreed management action",
           "Action owner", "Target date", "Date implemented", "Status"]
    for i, h in enumerate(hdr, start=1):
        put(c, 3, i, h, bold=True, f=fill("DDEBF7"), align=CENTRE)
    done = [
        ("CON/01", "Contract Management (2023/24) – Limited assurance", "High",
         "Procurement procedures should be updated to reflect the Procurement Act 2023.",
         "Update the Procurement Policy and procedures for the Procurement Act 2023 and deliver training to budget holders.",
         "Head of Procurement", D(2025, 2, 28), D(2025, 7, 15), "Complete"),
        ("CYB/03", "Cyber Security (2024/25) – Limited assurance", "Medium",
         "Phishing simulation results should be reported to the Executive Management Board.",
         "Report quarterly phishing simulation results and follow-up training completion to the Executive Management Board.",
         "Head of Digital and Data", D(2025, 6, 30), D(2025, 6, 30), "Complete"),
    ]
    for i, row in enumerate(done, start=4):
        for j, v in enumerate(row, start=1):
            put(c, i, j, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    wb.save(out("rh-jncc-giaa-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def row_texts(table, idx, values, bold=False):
    for i, v in enumerate(values):
        set_text(table.rows[idx].cells[i], v, bold=bold)


# ====================================================================== 4
def horizon_care():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Horizon Care Ltd – Oakfield House: Ofsted Inspection Action Plan", level=0)
    doc.add_paragraph("Children’s home inspection – full inspection under the social care common inspection framework (SCCIF)")

    cover = [
        ("Setting", "Oakfield House (children’s home)"),
        ("Unique reference number", "SC494417"),
        ("Inspection dates", "13 and 14 May 2025"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Registered manager", "Claire Dobson"),
        ("Responsible individual", "Martin Hughes"),
        ("Plan version", "v3 – updated 1 August 2025"),
    ]
    t = doc.add_table(rows=len(cover), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(cover):
        set_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "E7E6E6")
        set_text(t.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("Status key:")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (word, col) in enumerate([("Complete", "5B9BD5"), ("On track", "70AD47"),
                                     ("At risk", "FFC000"), ("Overdue", "FF0000")]):
        set_text(key.rows[0].cells[i], word, bold=True)
        shade(key.rows[0].cells[i], col)

    doc.add_paragraph()
    doc.add_paragraph("Ofsted imposed three requirements (breaches of regulation), each with a due date. "
                      "The actions we are taking to meet each requirement are set out below.")

    STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000", "Overdue": "FF0000"}
    HDR = ["No.", "Action", "Lead", "Timescale", "Progress / evidence", "Status"]

    reqs = [
        ("Requirement 1: The registered person must ensure that all staff have the skills and training to meet the needs of each child, including up-to-date training in de-escalation and physical intervention. (Regulation 13 (1)(a) (2)(c))",
         "Due: 30/06/2025",
         [("1.1", "Audit the training matrix and book all outstanding Team Teach refresher training.",
           "Registered Manager", "By 13/06/2025",
           "Matrix audited 20/05/2025. All 11 staff completed Team Teach refresher by 12/06/2025.", "Complete"),
          ("1.2", "Add a training compliance check to the responsible individual’s monthly monitoring visit.",
           "Responsible Individual", "Monthly",
           "Included in June and July visits; no gaps found.", "On track")]),
        ("Requirement 2: The registered person must ensure that each child’s relevant plans are reviewed and updated after any significant incident, including missing-from-home episodes. (Regulation 14 (1)(a)(b))",
         "Due: 31/07/2025",
         [("2.1", "Review and update risk assessments and placement plans for all children following the missing episodes in April and May 2025.",
           "Deputy Manager", "30 June 2025",
           "All plans updated and shared with placing authorities on 27/06/2025.", "Complete"),
          ("2.2", "Deliver a team meeting workshop on the updated missing-from-care protocol with the police missing persons coordinator.",
           "RM / Deputy Manager", "July 2025",
           "Workshop booked for 29 July 2025.", "On track")]),
        ("Requirement 3: The registered person must ensure that records of physical intervention are completed within 24 hours and include the child’s views. (Regulation 35 (3)(a)(b))",
         "Due: 30/06/2025",
         [("3.1", "Introduce a daily manager check of all incident and physical intervention records, signed off in the management log.\nAny record not completed within 24 hours to be raised in the staff member’s supervision.",
           "Claire Dobson (RM) and Amy Walsh (Senior RSW)", "Immediate and ongoing",
           "Daily checks in place since 16/05/2025. Two late records in June raised in supervision.", "At risk")]),
    ]
    for req, due, acts in reqs:
        tb = doc.add_table(rows=2 + len(acts), cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[4])
        set_text(top, req, bold=True)
        shade(top, "DEEAF6")
        set_text(tb.rows[0].cells[5], due, bold=True)
        shade(tb.rows[0].cells[5], "DEEAF6")
        row_texts(tb, 1, HDR, bold=True)
        for i, (no, act, lead, tsc, prog, stat) in enumerate(acts, start=2):
            row_texts(tb, i, [no, act, lead, tsc, prog, stat])
            shade(tb.rows[i].cells[5], STATUS_FILL[stat])
        doc.add_paragraph()

    doc.add_paragraph("Ofsted also made two recommendations.")
    recs = [
        ("Recommendation 1: The registered person should ensure that children are helped to understand and access independent advocacy. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 23, paragraph 5.7)",
         [("R1.1", "Display advocacy service information in the home and discuss advocacy at each child’s key-work session.",
           "Key workers", "31/08/2025", "Posters displayed; key-work template updated.", "On track")]),
        ("Recommendation 2: The registered person should ensure that staff receive supervision at the frequency set out in the home’s policy. (‘Guide to the Children’s Homes Regulations, including the quality standards’, page 61, paragraph 13.5)",
         [("R2.1", "Put in place a supervision schedule for all staff and track compliance on the monthly management report.",
           "Registered Manager", "End of June 2025", "Schedule in place; July compliance 82%.", "Overdue")]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in recs)
    tb = doc.add_table(rows=nrows, cols=6)
    tb.style = "Table Grid"
    row_texts(tb, 0, HDR, bold=True)
    i = 1
    for rec, acts in recs:
        m = tb.rows[i].cells[0].merge(tb.rows[i].cells[5])
        set_text(m, rec, bold=True)
        shade(m, "DEEAF6")
        i += 1
        for no, act, lead, tsc, prog, stat in acts:
            row_texts(tb, i, [no, act, lead, tsc, prog, stat])
            shade(tb.rows[i].cells[5], STATUS_FILL[stat])
            i += 1

    doc.add_paragraph()
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    row_texts(sign, 0, ["Signed (registered manager)", "Signed (responsible individual)", "Date"], bold=True)
    row_texts(sign, 1, ["Claire Dobson", "Martin Hughes", "01/08/2025"])
    doc.save(out("rh-horizon-care-oakfield-house-childrens-home-ofsted-inspection-action-plan.docx"))


# ====================================================================== 5
def keech_hospice():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Keech Hospice Care – CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Following the CQC inspection of 12–14 March 2024 (report published 2 May 2024). "
                      "Progress update for the Clinical Governance Committee, November 2024.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=4, cols=5)
    dc.style = "Table Grid"
    row_texts(dc, 0, ["Version", "Date", "Author", "Approved by", "Changes"], bold=True)
    row_texts(dc, 1, ["1.0", "20/05/2024", "Director of Clinical Services", "Clinical Governance Committee", "First version"])
    row_texts(dc, 2, ["1.2", "05/08/2024", "Quality Lead", "Clinical Governance Committee", "Q1 progress added"])
    row_texts(dc, 3, ["1.3", "04/11/2024", "Quality Lead", "Board of Trustees", "Q2 progress added; SD2.1 date revised"])

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([("Blue", "Completed and evidenced", "5B9BD5"),
                                     ("Green", "On track", "70AD47"),
                                     ("Amber", "Some delay – recovery in hand", "FFC000"),
                                     ("Red", "Off track – escalate", "FF0000")]):
        set_text(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], col)
        set_text(key.rows[i].cells[1], v)

    doc.add_paragraph()
    FILL = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    plan = [
        ("Safe", [
            ("The service should ensure that controlled drug stock checks on the inpatient unit are consistently recorded and signed by two registered nurses.", [
                ("SD1.1", "Revise the controlled drugs standard operating procedure to set out the daily and weekly stock check process.",
                 "Lead Pharmacist", "30/06/2024", "SOP revised and approved at Medicines Management Group 18/06/2024.", "B"),
                ("SD1.2", "Monthly audit of controlled drug registers, with results reported to the Medicines Management Group.",
                 "Inpatient Unit Ward Manager", "Monthly", "Audits completed June to October 2024; compliance 98–100%.", "G"),
            ]),
            ("The service should ensure that all staff complete mandatory safeguarding adults and children training at the required level.", [
                ("SD2.1", "Send monthly training compliance reports to all line managers and follow up staff whose training has expired.",
                 "Head of Education / HR Business Partner", "31/07/2024\nRevised: 30/09/2024",
                 "Compliance 91% (target 95%). Reports now issued monthly.", "A"),
            ]),
        ]),
        ("Effective", [
            ("The service should ensure that mental capacity assessments and best interests decisions are fully documented in patient records.", [
                ("SD3.1", "Add a mandatory mental capacity assessment template to the electronic patient record (SystmOne).",
                 "Clinical Systems Lead", "31/08/2024", "Template live from 12/08/2024.", "B"),
                ("SD3.2", "Deliver Mental Capacity Act and best interests training to all registered nurses and doctors.",
                 "Head of Education", "December 2024", "62% of clinical staff trained to date.", "A"),
            ]),
        ]),
        ("Responsive", [
            ("The service should continue to improve access to hospice care for people from ethnic minority communities in Luton.", [
                ("SD4.1", "Work with community and faith leaders to co-design outreach sessions in Bury Park and High Town.",
                 "Community Engagement Lead", "March 2025", "Two sessions held; further sessions planned with local mosques and churches.", "G"),
            ]),
        ]),
        ("Well-led", [
            ("The provider should ensure that the risk register is reviewed regularly and that mitigating actions are kept up to date.", [
                ("SD5.1", "Review the corporate risk register at every Clinical Governance Committee and Audit and Risk Committee meeting.",
                 "Company Secretary", "Ongoing", "Reviewed at July and October committee meetings.", "G"),
                ("SD5.2", "Introduce a risk management training session for all managers.",
                 "Quality Lead", "January 2025", "Not yet started.", ""),
            ]),
        ]),
    ]
    HDR = ["Ref", "CQC finding (should do)", "Action", "Lead", "Target date", "Progress update (November 2024)", "RAG"]
    nrows = 1 + sum(1 + sum(len(a) for _, a in f) for _, f in plan)
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    row_texts(tb, 0, HDR, bold=True)
    for c in tb.rows[0].cells:
        shade(c, "D9D9D9")
    i = 1
    for theme, findings in plan:
        m = tb.rows[i].cells[0].merge(tb.rows[i].cells[6])
        set_text(m, theme, bold=True)
        shade(m, "FCE4D6")
        i += 1
        for finding, acts in findings:
            first = i
            for ref, act, lead, tgt, prog, rag in acts:
                row_texts(tb, i, [ref, "", act, lead, tgt, prog, rag])
                if rag:
                    shade(tb.rows[i].cells[6], FILL[rag])
                i += 1
            fc = tb.rows[first].cells[1]
            if i - 1 > first:
                fc = fc.merge(tb.rows[i - 1].cells[1])
            set_text(fc, finding)

    doc.add_paragraph()
    doc.add_paragraph("Approved by the Board of Trustees on 14 November 2024. The next update will be presented "
                      "to the Clinical Governance Committee in February 2025.")
    doc.save(out("rh-keech-hospice-care-cqc-inspection-action-plan.docx"))


# ====================================================================== 6
def edf_csv():
    import csv
    import io
    rows = [
        ["EDF Energy – Ofgem compliance review: final bills and credit balance refunds – remediation action tracker"],
        ["Exported from Regulatory Remediation Tracker (SharePoint) on 03/11/2025 – RESTRICTED"],
        [],
        ["ID", "Workstream", "Ofgem finding", "Remediation action", "Action owner",
         "Original due date", "Revised due date", "Status", "RAG", "Latest update"],
        ["FB-01", "Final bills",
         "Finding 1: Final bills not issued within six weeks of a switch or change of tenancy",
         "Root-cause analysis of final bill exceptions and fix to the billing system workflow",
         "Head of Billing Operations", "31 Jul 2025", "30 Sep 2025", "Complete", "Blue",
         "Fix deployed 22 Sep 2025; new exceptions down 87%"],
        ["FB-02", "Final bills",
         "Finding 1: Final bills not issued within six weeks of a switch or change of tenancy",
         "Review all accounts closed since 1 Jan 2024 without a final bill and issue outstanding bills",
         "Billing Operations Manager; Data Analytics Lead", "30 Sep 2025", "31 Dec 2025", "In progress", "Amber",
         "61,000 of 74,500 accounts reviewed"],
        ["CR-01", "Credit refunds",
         "Finding 2: Credit balances on closed accounts not refunded within 10 working days",
         "Automate refund of credit balances on final bills where bank details are held",
         "Head of Payments", "31 Aug 2025", "", "Complete", "Blue",
         "Live from 28 Aug 2025"],
        ["CR-02", "Credit refunds",
         "Finding 2: Credit balances on closed accounts not refunded within 10 working days",
         "Trace and refund former customers with credit balances on closed accounts (historic population)",
         "Customer Remediation Lead", "31 Dce 2025", "", "In progress", "Green",
         "£4.2m refunded to 38,900 former customers so far"],
        ["CR-03", "Credit refunds",
         "Finding 2: Credit balances on closed accounts not refunded within 10 working days",
         "Make goodwill payments to affected customers in line with the redress methodology agreed with Ofgem",
         "Customer Remediation Lead", "31 Jan 2026", "", "Not started", "Green",
         "Methodology agreed with Ofgem 15 Oct 2025"],
        ["GV-01", "Governance and assurance",
         "Finding 3: Insufficient executive oversight of final billing performance",
         "Add final bill and refund KPIs to the monthly Executive Risk Committee dashboard",
         "Director of Regulation", "31 Oct 2025", "", "Complete", "Blue",
         "KPIs reported from October 2025 meeting"],
        ["GV-02", "Governance and assurance",
         "Finding 3: Insufficient executive oversight of final billing performance",
         "Second-line assurance review of remediation activity by Compliance",
         "Head of Compliance Assurance", "28 Feb 2026", "31 Mar 2026", "In progress", "Green",
         "Scope agreed; fieldwork starts Jan 2026"],
        ["GV-03", "Governance and assurance",
         "Finding 3: Insufficient executive oversight of final billing performance",
         "Submit remediation closure report to Ofgem",
         "Director of Regulation", "30 Apr 2026", "", "Not started", "Green", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("rh-edf-energy-ofgem-final-bills-credit-refunds-remediation-tracker-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


# ====================================================================== 7
def hexham_txt():
    A = "A. Appropriate accounting records have been properly kept throughout the financial year."
    B = ("B. This authority complied with its financial regulations, payments were supported by invoices, "
         "all expenditure was approved and VAT was appropriately accounted for.")
    C = ("C. This authority assessed the significant risks to achieving its objectives and reviewed the "
         "adequacy of arrangements to manage these.")
    H = "H. Asset and investments registers were complete and accurate and properly maintained."
    L = ("L. The authority published information on a free to access website/webpage up to date at the time "
         "of the internal audit in accordance with any relevant transparency code requirements.")
    lines = [
        "Hexham Town Council – Internal Audit 2024/25 Action Plan",
        "Internal audit visit 22 April 2025. Report received by Full Council on 10 June 2025 (Minute 25/061); actions agreed as below.",
        "",
        "\t".join(["Ref", "Control objective", "Auditor's finding / recommendation", "Agreed action",
                   "Responsibility", "Target date", "Status"]),
        "\t".join(["1", A,
                   "Bank reconciliations were not evidenced as reviewed by a member. A councillor other than the RFO should review and sign each monthly reconciliation.",
                   "Monthly bank reconciliation to be reviewed and signed by the Chair of F&GP and reported to the F&GP Committee.",
                   "RFO / Chair of F&GP", "July 2025", "Complete"]),
        "\t".join(["2", "",
                   "The 2024/25 cash book was not closed until late May. A year-end closedown timetable should be agreed.",
                   "Prepare a year-end closedown timetable for 2025/26 and agree it with the internal auditor.",
                   "RFO", "31/03/2026", "Not started"]),
        "\t".join(["3", B,
                   "Financial Regulations have not been reviewed since 2021 and do not reflect the NALC 2024 model.",
                   "Adopt updated Financial Regulations based on the NALC 2024 model.",
                   "Town Clerk", "September 2025", "Done"]),
        "\t".join(["4", "",
                   "Two payments over £500 were made without a purchase order.",
                   "Remind staff of the purchase order requirement; RFO to check all payments over £500 against a PO before",
                   "RFO", "Ongoing", "On track"]),
        "\t".join(["", "", "", "inclusion on the payments schedule.", "", "", ""]),
        "\t".join(["5", C,
                   "The risk register was last reviewed in March 2024 and does not cover cyber security.",
                   "Review the risk register annually at Full Council and add cyber security and data protection risks.",
                   "Town Clerk", "By 31 March 2026", "On track"]),
        "\t".join(["6", H,
                   "The asset register did not include the play equipment installed at Tyne Green in 2024.",
                   "Update the asset register and reconcile it to the insurance schedule.",
                   "Deputy Town Clerk", "Aug-25", "Complete"]),
        "\t".join(["7", L,
                   "Payments over £500 were not published for Q3 and Q4 2024/25.",
                   "Publish all payments over £500 quarterly on the Council website in line with the Transparency Code.",
                   "Town Clerk / Admin Officer", "Quarterly", "On track"]),
        "",
        "Note: RFO = Responsible Financial Officer; F&GP = Finance & General Purposes Committee.",
        "Progress on this plan is reported to each meeting of the F&GP Committee. Last updated 8 October 2025.",
    ]
    with open(out("rh-hexham-town-council-internal-audit-action-plan-2024-25.txt"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    ynyca_highlight()
    lltnp_risk_register()
    jncc_tracker()
    horizon_care()
    keech_hospice()
    edf_csv()
    hexham_txt()
    print("done")
