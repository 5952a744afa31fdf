"""Build the seven zar- blind test files (set heldout754).

Run with /work/main/.venv/bin/python zar_make.py from any directory; files are
written beside this script.  Data for each file is held in module-level lists so
that the expected readings can be checked against exactly what was written.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "C": "0070C0", "B": "0070C0"}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True, size=9)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# ============================================================================
# 1. Lerwick Port Authority - Board rolling action log (docx)
# ============================================================================
LPA_FILE = "zar-lerwick-port-authority-board-action-log.docx"
LPA_TITLE = "Lerwick Port Authority – Board Rolling Action Log"
LPA_PARTS = [
    ("Part A – Open actions", [
        dict(ref="2025/09", meeting="26/03/2025", minute="7.2",
             action="Commission an independent review of the Port Marine Safety Code Safety Management System ahead of the Designated Person's annual audit.",
             lead_text="Harbourmaster", lead=["Harbourmaster"],
             due="Sept 2025\nRevised: Dec 2025", end="2025-12",
             update="Reviewer appointed. Fieldwork moved to October because of the cruise season; report expected December.",
             rag="A", status="amber"),
        dict(ref="2025/12", meeting="28/05/2025", minute="5.1",
             action="Bring a revised Treasury Management Policy to the Board, including limits for deposits with the Authority's banking counterparties.",
             lead_text="Finance Manager", lead=["Finance Manager"],
             due="Nov-25", end="2025-11",
             update="On the agenda for this meeting (Item 9).", rag="G", status="green"),
        dict(ref="2025/15", meeting="25/06/2025", minute="8.3",
             action="Prepare an options appraisal for the replacement of the pilot launch, with whole-life costs and funding routes.\nOptions to be considered by the Audit & Risk Committee before coming to the Board.",
             lead_text="Deputy Chief Executive / Marine Superintendent",
             lead=["Deputy Chief Executive", "Marine Superintendent"],
             due="Q4 2025/26", end="2026-03",
             update="Naval architect engaged; draft options due January.", rag="G", status="green"),
        dict(ref="2025/18", meeting="25/06/2025", minute="10.1",
             action="Update the Board Members' Register of Interests and publish it on the Authority's website.",
             lead_text="Board Secretary", lead=["Board Secretary"],
             due="31/08/2025", end="2025-08",
             update="Three returns outstanding; reminders issued 3 November.", rag="R", status="red"),
        dict(ref="2025/21", meeting="24/09/2025", minute="6.4",
             action="Report on cruise passenger numbers and berth utilisation for the 2025 season, with a forecast of 2026 bookings.",
             lead_text="Commercial Manager", lead=["Commercial Manager"],
             due="Jan 2026", end="2026-01", update="", rag="G", status="green"),
        dict(ref="2025/23", meeting="24/09/2025", minute="11.2",
             action="Hold a Board workshop on the business case for the Dales Voe quay extension.",
             lead_text="Chief Executive; Chair", lead=["Chief Executive", "Chair"],
             due="February 2026", end="2026-02",
             update="Workshop date still to be agreed with Members.", rag="A", status="amber"),
        dict(ref="2025/24", meeting="24/09/2025", minute="12.1",
             action="Review Board succession planning and the skills matrix ahead of the 2026 appointments round.",
             lead_text="Chair", lead=["Chair"],
             due="Ongoing", end=None, end_text="Ongoing",
             update="Skills survey issued to Members.", rag="G", status="green"),
    ]),
    ("Part B – Actions proposed for closure", [
        dict(ref="2025/04", meeting="29/01/2025", minute="9.1",
             action="Circulate the updated Scheme of Delegation to all Members following approval.",
             lead_text="Board Secretary", lead=["Board Secretary"],
             due="Mar-25", end="2025-03",
             update="Circulated 14 March 2025.", rag="C", status="blue"),
        dict(ref="2025/11", meeting="28/05/2025", minute="6.2",
             action="Report to the Board the outcome of the self-assessment against the Modern Trust Ports for Scotland governance guidance.",
             lead_text="Chief Executive", lead=["Chief Executive"],
             due="Sep-25", end="2025-09",
             update="Reported to the September Board (Item 5).", rag="C", status="blue"),
        dict(ref="2025/16", meeting="25/06/2025", minute="8.5",
             action="Arrange cyber security awareness training for Board Members.",
             lead_text="IT & Systems Manager", lead=["IT & Systems Manager"],
             due="Oct 2025", end="2025-10",
             update="Session delivered 8 October 2025; 8 of 9 appointed Members attended.",
             rag="C", status="blue"),
    ]),
]


def build_lpa():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(LPA_TITLE, style="Title")
    p = d.add_paragraph()
    p.add_run("Position at 17 November 2025 – for the Board meeting on 26 November 2025 (Item 4)").italic = True
    d.add_paragraph("Actions arising from meetings of the Board. Minute references relate to the minutes of the meeting shown in the Meeting column.")

    key = d.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    header_row(key, ["Status", "Meaning"])
    for i, (k, m) in enumerate([("G", "On schedule"), ("A", "Date revised or at risk"),
                                ("R", "Overdue – Board attention required"),
                                ("C", "Complete – proposed for closure")], start=1):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], RAG_HEX[k])
        set_cell(key.rows[i].cells[1], m)

    cols = ["No.", "Meeting", "Minute", "Action", "Lead", "Due", "Update", "Status"]
    for part, rows in LPA_PARTS:
        d.add_heading(part, level=2)
        t = d.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for i, r in enumerate(rows, start=1):
            vals = [r["ref"], r["meeting"], r["minute"], r["action"], r["lead_text"],
                    r["due"], r["update"], r["rag"]]
            for j, v in enumerate(vals):
                set_cell(t.rows[i].cells[j], v, size=9)
            shade(t.rows[i].cells[7], RAG_HEX[r["rag"]])
    d.add_paragraph("")
    d.add_paragraph("Note: actions marked C are removed from the log once the Board agrees closure. "
                    "Prepared by the Board Secretary.")
    d.save(out(LPA_FILE))


# ============================================================================
# 2. Islands Growth Deal - programme highlight report (xlsx)
# ============================================================================
IGD_FILE = "zar-islands-growth-deal-programme-highlight-report.xlsx"
IGD_TITLE = "Islands Growth Deal – Programme Highlight Report"


def D(y, m, d=1):
    return dt.datetime(y, m, d)


IGD_THEMES = [
    ("Theme 1: Low Carbon", [
        ("Islands Centre for Net Zero (Pan-islands)", [
            dict(ref="LC1.1", action="Appoint ICNZ Programme Director and core delivery team",
                 lead_text="EMEC Chief Executive", lead=["EMEC Chief Executive"],
                 base=D(2025, 6), rev=D(2025, 9), end="2025-09", prev="A", cur="C", cur_text=True,
                 status="blue", note="Programme Director in post from 1 September 2025."),
            dict(ref="LC1.2", action="Launch the first islands decarbonisation demonstrator call (Orkney, Shetland and Outer Hebrides)",
                 lead_text="ICNZ Programme Director", lead=["ICNZ Programme Director"],
                 base=D(2025, 12), rev=None, end="2025-12", prev="G", cur="G", cur_text=True,
                 status="green", note="Call documents drafted; launch planned for December."),
        ]),
        ("Outer Hebrides Energy Hub (Outer Hebrides)", [
            dict(ref="LC2.1", action="Submit Full Business Case to UK and Scottish Governments",
                 lead_text="CnES Head of Economic Development", lead=["CnES Head of Economic Development"],
                 base=D(2025, 9), rev=D(2026, 3), end="2026-03", prev="A", cur="R", cur_text=True,
                 status="red", note="Hydrogen offtake partner withdrew in August; FBC re-profiled. Change request to this Joint Committee."),
            dict(ref="LC2.2", action="Complete ground investigation at the Arnish site",
                 lead_text="CnES Head of Economic Development; Stornoway Port Chief Executive",
                 lead=["CnES Head of Economic Development", "Stornoway Port Chief Executive"],
                 base=D(2025, 7), rev=D(2025, 11), end="2025-11", prev="A", cur="A", cur_text=True,
                 status="amber", note="Contractor mobilised 6 October."),
        ]),
    ]),
    ("Theme 2: Supporting Growth and Future Industries", [
        ("Shetland Campus Redevelopment (Shetland)", [
            dict(ref="GF1.1", action="Award the main works contract for the Lerwick campus refurbishment",
                 lead_text="UHI Shetland Director of Estates", lead=["UHI Shetland Director of Estates"],
                 base=D(2025, 8), rev=D(2025, 12), end="2025-12", prev="G", cur="A", cur_text=True,
                 status="amber", note="Tender returns above budget; value engineering under way."),
            dict(ref="GF1.2", action="Agree decant arrangements for the 2026/27 academic year",
                 lead_text="UHI Shetland Principal", lead=["UHI Shetland Principal"],
                 base=D(2026, 2), rev=None, end="2026-02", prev="G", cur="G", cur_text=False,
                 status="green", note=""),
        ]),
        ("Orkney Research and Innovation Campus – Phase 2 (Orkney)", [
            dict(ref="GF2.1", action="Confirm the match funding package with Highlands and Islands Enterprise",
                 lead_text="OIC Corporate Director for Enterprise and Sustainable Regeneration",
                 lead=["OIC Corporate Director for Enterprise and Sustainable Regeneration"],
                 base="Q2 2025/26", rev="Q3 2025/26", end="2025-12", prev="A", cur="A", cur_text=True,
                 status="amber", note="HIE board decision expected December 2025."),
        ]),
    ]),
    ("Theme 3: Thriving Sustainable Communities", [
        ("Calanais Visitor Centre (Outer Hebrides)", [
            dict(ref="SC1.1", action="Obtain planning consent for the new visitor centre",
                 lead_text="Urras nan Tursachan Project Manager", lead=["Urras nan Tursachan Project Manager"],
                 base=D(2025, 10), rev=None, end="2025-10", prev="G", cur="C", cur_text=True,
                 status="blue", note="Consent granted 19 September 2025."),
            dict(ref="SC1.2", action="Complete archaeological mitigation works on the site",
                 lead_text="Urras nan Tursachan Project Manager", lead=["Urras nan Tursachan Project Manager"],
                 base=D(2026, 3), rev=None, end="2026-03", prev="G", cur="G", cur_text=True,
                 status="green", note=""),
        ]),
        ("Creative Islands and Wellbeing (Pan-islands)", [
            dict(ref="SC2.1", action="Open the first round of the Creative Islands small grants fund",
                 lead_text="SIC Team Leader – Economic Development", lead=["SIC Team Leader – Economic Development"],
                 base=D(2025, 11), rev=None, end="2025-11", prev="G", cur="G", cur_text=True,
                 status="green", note="Guidance agreed by all three councils."),
            dict(ref="SC2.2", action="Recruit a wellbeing co-ordinator in each island group",
                 lead_text="Creative Islands Programme Lead", lead=["Creative Islands Programme Lead"],
                 base=D(2026, 1), rev=D(2026, 4), end="2026-04", prev="G", cur="A", cur_text=True,
                 status="amber", note="Two of three posts filled; Outer Hebrides post re-advertised."),
        ]),
    ]),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def build_igd():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = IGD_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "Quarter 2 2025/26 (1 July – 30 September 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    rows = [("Report to", "Islands Growth Deal Joint Committee – 11 November 2025"),
            ("Prepared by", "Islands Growth Deal Programme Management Office (PMO)"),
            ("Version", "v1.0 – final"),
            ("Date", "28/10/2025"),
            ("Purpose", "For noting")]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("G", "On track against approved business case milestones"),
           ("A", "Slippage or issue that the project expects to recover"),
           ("R", "Significant slippage or issue – Joint Committee attention needed"),
           ("C", "Milestone complete")]
    for i, (k, v) in enumerate(key, start=12):
        ws.cell(i, 1, k).fill = fill(RAG_HEX[k])
        ws.cell(i, 1).alignment = Alignment(horizontal="center")
        ws.cell(i, 2, v)
    ws["A17"] = "Sheet 'Programme Summary' gives project-level status; sheet 'Milestones & Actions' sets out the milestones and actions tracked this quarter."
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 70

    ws2 = wb.create_sheet("Programme Summary")
    ws2["A1"] = "Programme Summary – project status at 30 September 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr = ["Project", "Island group", "Lead partner", "Business case stage", "Spend v profile",
           "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws2.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    proj = [("Islands Centre for Net Zero", "Pan-islands", "EMEC", "FBC approved", "On profile", "G", "G"),
            ("Outer Hebrides Energy Hub", "Outer Hebrides", "Comhairle nan Eilean Siar", "OBC approved", "Behind profile", "A", "R"),
            ("Shetland Campus Redevelopment", "Shetland", "UHI Shetland", "FBC approved", "Behind profile", "G", "A"),
            ("Orkney Research and Innovation Campus – Phase 2", "Orkney", "Orkney Islands Council", "FBC in development", "n/a", "A", "A"),
            ("Calanais Visitor Centre", "Outer Hebrides", "Urras nan Tursachan", "FBC approved", "On profile", "G", "G"),
            ("Creative Islands and Wellbeing", "Pan-islands", "Shetland Islands Council", "FBC approved", "On profile", "G", "A")]
    for i, pr in enumerate(proj, start=4):
        for j, v in enumerate(pr, start=1):
            c = ws2.cell(i, j, v)
            c.border = BOX
            if j >= 6:
                c.fill = fill(RAG_HEX[v])
                c.alignment = Alignment(horizontal="center")
    r = 4 + len(proj)
    ws2.cell(r, 1, "Projects reported: 6 of 16").font = Font(italic=True)
    ws2.cell(r + 1, 1, "Current RAG totals: G 2 / A 3 / R 1").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (46, 16, 26, 20, 16, 12, 12)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Milestones & Actions")
    ws3["A1"] = "Key Milestones and Actions – Q2 2025/26"
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.merge_cells("A1:H1")
    ws3["A2"] = ("Baseline dates are as approved in the Full Business Case; where a milestone has been "
                 "re-forecast the revised date is shown. Current RAG is the PMO assessment at 30 September 2025.")
    ws3["A2"].alignment = WRAP
    ws3.merge_cells("A2:H2")
    ws3.row_dimensions[2].height = 30
    hdr = ["Ref", "Milestone / action", "Lead", "Baseline date", "Revised date",
           "Previous RAG", "Current RAG", "PMO commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws3.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for theme, projects in IGD_THEMES:
        ws3.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        ws3.cell(r, 1).fill = fill("2E75B6")
        ws3.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for pname, acts in projects:
            ws3.cell(r, 1, pname).font = Font(bold=True)
            ws3.cell(r, 1).fill = fill("DDEBF7")
            ws3.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_text"], a["base"], a["rev"],
                        a["prev"], a["cur"] if a["cur_text"] else None, a["note"] or None]
                for j, v in enumerate(vals, start=1):
                    c = ws3.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws3.cell(r, 6).fill = fill(RAG_HEX[a["prev"]])
                ws3.cell(r, 7).fill = fill(RAG_HEX[a["cur"]])
                ws3.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
                ws3.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    r += 1
    ws3.cell(r, 1, "C = milestone complete. Milestones completed in earlier quarters are reported in the Annual Report and are not repeated here.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (8, 48, 30, 12, 12, 10, 10, 44)):
        ws3.column_dimensions[col].width = w
    ws3.freeze_panes = "A5"
    wb.save(out(IGD_FILE))


# ============================================================================
# 3. InterTradeIreland - corporate risk register (xlsx)
# ============================================================================
ITI_FILE = "zar-intertradeireland-corporate-risk-register-2025-26.xlsx"
ITI_TITLE = "InterTradeIreland – Corporate Risk Register 2025-26"
ITI_RISKS = [
    dict(banner="CR1 – Funding and budget",
         desc="Risk that budget allocations from the sponsor Departments for 2025-26 and 2026-27 are insufficient to deliver Corporate Plan targets, leading to reductions in programme activity.",
         owner="Director of Corporate Services", inh=(4, 5), res=(3, 4),
         controls="Monthly budget monitoring to SMT and Board\nQuarterly liaison meetings with DfE and DETE\nBusiness Plan approved by NSMC",
         actions=[
             dict(ref="1.1", action="Agree the 2026 Business Plan and budget with DfE and DETE, with prioritised programme options if allocations are reduced.",
                  lead_text="Director of Corporate Services", lead=["Director of Corporate Services"],
                  target=dt.datetime(2026, 3, 31), end="2026-03",
                  progress="Draft Business Plan submitted to Departments 21 November.", rag="G", status="green"),
             dict(ref="1.2", action="Complete the mid-year forecast and declare any easements through the October monitoring round.",
                  lead_text="Head of Finance", lead=["Head of Finance"],
                  target="Oct-25", end="2025-10",
                  progress="October monitoring return submitted.", rag="Complete", status="blue"),
         ]),
    dict(banner="CR2 – Delivery of PEACEPLUS Co-Innovate",
         desc="Risk that Co-Innovate output targets are not met because SME recruitment in the border region is slower than profiled, resulting in loss of programme funding.",
         owner="Director of Programmes", inh=(4, 4), res=(3, 4),
         controls="Programme Board meets monthly\nPartner performance reviews\nSEUPB monitoring returns",
         actions=[
             dict(ref="2.1", action="Run a targeted recruitment campaign with councils and enterprise agencies in the border counties.",
                  lead_text="Head of Co-Innovate", lead=["Head of Co-Innovate"],
                  target=dt.datetime(2026, 1, 31), end="2026-01",
                  progress="Eight events held; 46 expressions of interest received.", rag="A", status="amber"),
             dict(ref="2.2", action="Agree a revised output profile with SEUPB through the formal change request process.",
                  lead_text="Director of Programmes / Head of Co-Innovate",
                  lead=["Director of Programmes", "Head of Co-Innovate"],
                  target="Q4 2025-26", end="2026-03",
                  progress="Change request in preparation.", rag="A", status="amber"),
             dict(ref="2.3", action="Introduce monthly first-level control checks on partner expenditure claims before submission.",
                  lead_text="Programme Finance Manager", lead=["Programme Finance Manager"],
                  target="Dec-25", end="2025-12",
                  progress="Checks designed but not yet operating; vacancy in finance team.", rag="R", status="red"),
         ]),
    dict(banner="CR3 – Cyber security and information governance",
         desc="Risk of a cyber incident or data breach affecting the availability of ICT systems or the confidentiality of client data.",
         owner="Director of Corporate Services", inh=(4, 5), res=(2, 5),
         controls="Cyber Essentials Plus certification\nManaged security service (24/7 monitoring)\nData Protection Officer in post",
         actions=[
             dict(ref="3.1", action="Complete migration of the remaining on-premise file shares to the cloud tenancy, with multi-factor authentication enforced for all users.",
                  lead_text="Head of ICT", lead=["Head of ICT"],
                  target=dt.datetime(2025, 11, 30), end="2025-11",
                  progress="MFA enforced; file share migration 80% complete.", rag="A", status="amber"),
             dict(ref="3.2", action="Run phishing simulation exercises and refresher training for all staff.",
                  lead_text="Head of ICT; HR Manager", lead=["Head of ICT", "HR Manager"],
                  target="Ongoing – quarterly", end=None, end_text="Ongoing – quarterly",
                  progress="Q3 simulation completed; click rate 6%.", rag="G", status="green"),
         ]),
    dict(banner="CR4 – People and capacity",
         desc="Risk that key posts cannot be filled or retained because of pay constraints and competition for skills, affecting delivery of the Business Plan.",
         owner="Chief Executive", inh=(3, 4), res=(3, 3),
         controls="Workforce Plan 2025-2028\nFlexible working policy\nExit interviews reviewed by SMT",
         actions=[
             dict(ref="4.1", action="Implement the Workforce Plan, including succession plans for single-person critical roles.",
                  lead_text="HR Manager", lead=["HR Manager"],
                  target="June 2026", end="2026-06",
                  progress="Succession plans drafted for 5 of 7 roles.", rag="G", status="green"),
             dict(ref="4.2", action="Complete the 2025-26 pay remit business case and submit it to the sponsor Departments.",
                  lead_text="Director of Corporate Services", lead=["Director of Corporate Services"],
                  target="Sep-25", end="2025-09",
                  progress="Approved 12 September 2025.", rag="Complete", status="blue"),
         ]),
]


def score_fill(s):
    return fill("FF0000") if s >= 15 else fill("FFC000") if s >= 8 else fill("00B050")


def build_iti():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = ITI_TITLE
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Summary of corporate risks – Quarter 3 (October – December 2025)"
    hdr = ["Risk", "Risk owner", "Residual score Q2", "Residual score Q3", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = ws0.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    trend = {"CR1": ("12", "↔"), "CR2": ("9", "↑"), "CR3": ("10", "↔"), "CR4": ("9", "↔")}
    for i, rk in enumerate(ITI_RISKS, start=5):
        s = rk["res"][0] * rk["res"][1]
        code = rk["banner"].split(" ")[0]
        vals = [rk["banner"], rk["owner"], int(trend[code][0]), s, trend[code][1]]
        for j, v in enumerate(vals, start=1):
            c = ws0.cell(i, j, v)
            c.border = BOX
        ws0.cell(i, 4).fill = score_fill(s)
    ws0.cell(10, 1, "Risks scored above the Board's risk appetite are reported to ARAC by exception.").font = Font(italic=True)
    for col, w in zip("ABCDE", (48, 32, 18, 18, 8)):
        ws0.column_dimensions[col].width = w

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws["A1"] = ITI_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reviewed by the Senior Management Team 2 December 2025 – for the Audit and Risk Assurance Committee, 16 December 2025"
    groups = [("RISK", 1, 2), ("INHERENT RISK", 3, 5), ("CONTROLS", 6, 6),
              ("RESIDUAL RISK", 7, 9), ("FURTHER ACTION REQUIRED", 10, 15)]
    for lab, a, b in groups:
        c = ws.cell(4, a, lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("006A4E")
        c.alignment = Alignment(horizontal="center")
        if b > a:
            ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    hdr = ["Risk description", "Risk owner", "L", "I", "Score", "Current controls", "L", "I",
           "Score", "Ref", "Action", "Action owner", "Target date", "Progress (Q3)", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for rk in ITI_RISKS:
        ws.cell(r, 1, rk["banner"]).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
        r += 1
        top, n = r, len(rk["actions"])
        li, ii = rk["inh"]
        lr, ir = rk["res"]
        fixed = {1: rk["desc"], 2: rk["owner"], 3: li, 4: ii, 5: li * ii, 6: rk["controls"],
                 7: lr, 8: ir, 9: lr * ir}
        for col, v in fixed.items():
            c = ws.cell(top, col, v)
            c.alignment = WRAP
            if col in (5, 9):
                c.fill = score_fill(v)
            if n > 1:
                ws.merge_cells(start_row=top, start_column=col, end_row=top + n - 1, end_column=col)
        for a in rk["actions"]:
            vals = [a["ref"], a["action"], a["lead_text"], a["target"], a["progress"] or None, a["rag"]]
            for j, v in enumerate(vals, start=10):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            rag = a["rag"]
            ws.cell(r, 15).fill = fill(RAG_HEX["C" if rag == "Complete" else rag])
            r += 1
        for rr in range(top, r):
            for cc in range(1, 16):
                ws.cell(rr, cc).border = BOX
    r += 1
    ws.cell(r, 1, "L = likelihood, I = impact (1-5). Scores: 15-25 high, 8-14 medium, 1-7 low. Action status: G on track; A behind schedule but expected to complete; R significantly behind; Complete.").font = Font(italic=True)
    widths = (44, 22, 4, 4, 7, 34, 4, 4, 7, 6, 48, 26, 13, 36, 10)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Scoring key")
    ws2["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws2["A1"].font = Font(bold=True)
    ws2.cell(3, 1, "Impact \\ Likelihood")
    for l in range(1, 6):
        ws2.cell(3, l + 1, l).font = Font(bold=True)
    for i in range(5, 0, -1):
        row = 3 + (6 - i)
        ws2.cell(row, 1, i).font = Font(bold=True)
        for l in range(1, 6):
            c = ws2.cell(row, l + 1, i * l)
            c.fill = score_fill(i * l)
    wb.save(out(ITI_FILE))


# ============================================================================
# 4. Port of Leith Housing Association - internal audit tracker (xlsx)
# ============================================================================
POL_FILE = "zar-port-of-leith-housing-association-internal-audit-recommendations-tracker.xlsx"
POL_TITLE = "Port of Leith Housing Association – Internal Audit Recommendations Follow-up Tracker"
POL_AUDITS = [
    ("Rent Arrears and Income Management (Azets, May 2025) – Limited assurance", [
        dict(priority="High",
             rec="Arrears cases should be checked against the pre-action requirements before any Notice of Proceedings is served, with evidence retained on the housing management system.",
             actions=[
                 dict(ref="1.1", action="Add a mandatory pre-action checklist step to the QL arrears workflow.\nNo Notice of Proceedings to be issued until the step is signed off by a Senior Housing Officer.",
                      lead_text="Housing Services Manager", lead=["Housing Services Manager"],
                      orig=dt.datetime(2025, 6, 30), rev=dt.datetime(2025, 10, 31), end="2025-10",
                      progress="Workflow change live from 20 October 2025.", st="Complete", status="blue"),
                 dict(ref="1.2", action="Train all Housing Officers on the pre-action requirements and file-note standards.",
                      lead_text="Housing Services Manager", lead=["Housing Services Manager"],
                      orig=dt.datetime(2025, 6, 30), rev=dt.datetime(2025, 9, 30), end="2025-09",
                      progress="Training delivered 11 September 2025.", st="Complete", status="blue"),
             ]),
        dict(priority="Medium",
             rec="Arrears reports to the Board should show arrears by tenure and by age of debt, not only the headline gross arrears figure.",
             actions=[
                 dict(ref="2.1", action="Revise the quarterly arrears KPI report to include age-of-debt and tenure analysis.",
                      lead_text="Finance Manager", lead=["Finance Manager"],
                      orig=dt.datetime(2025, 12, 31), rev=None, end="2025-12",
                      progress="Format agreed; first report to the February 2026 Board.", st="G", status="green"),
             ]),
    ]),
    ("Gas Safety and Compliance (Azets, August 2025) – Reasonable assurance", [
        dict(priority="High",
             rec="The Association should reconcile its gas servicing records to the asset register monthly so that every property with a gas supply is in the servicing programme.",
             actions=[
                 dict(ref="3.1", action="Carry out a full reconciliation of the asset register to the gas contractor's servicing list.",
                      lead_text="Asset Manager", lead=["Asset Manager"],
                      orig="Sep-25", rev="Nov-25", end="2025-11",
                      progress="Reconciliation 90% complete; four properties found missing and now serviced.", st="A", status="amber"),
                 dict(ref="3.2", action="Set up a monthly system report of properties without a gas safety record in the last 12 months.",
                      lead_text="Asset Manager / IT Manager", lead=["Asset Manager", "IT Manager"],
                      orig=dt.datetime(2025, 10, 31), rev=None, end="2025-10",
                      progress="", st="R", status="red"),
             ]),
        dict(priority="Medium",
             rec="No-access procedures should be applied consistently, with any forced entry decision authorised and recorded.",
             actions=[
                 dict(ref="4.1", action="Update the No Access Procedure and re-issue it to staff and the gas contractor.",
                      lead_text="Head of Property Services", lead=["Head of Property Services"],
                      orig=dt.datetime(2025, 12, 31), rev=None, end="2025-12",
                      progress="Draft with the Leadership Team.", st="G", status="green"),
             ]),
    ]),
    ("Governance and Board Effectiveness (Azets, September 2025) – Substantial assurance", [
        dict(priority="Low",
             rec="The Board should complete its annual self-assessment against the SHR Regulatory Standards before approving the Annual Assurance Statement.",
             actions=[
                 dict(ref="5.1", action="Schedule a Board self-assessment workshop, with an evidence bank, ahead of the October 2026 Annual Assurance Statement.",
                      lead_text="Chief Executive", lead=["Chief Executive"],
                      orig="August 2026", rev=None, end="2026-08",
                      progress="Workshop booked for 18 August 2026.", st="G", status="green"),
             ]),
        dict(priority="Low",
             rec="Declarations of interest should be recorded at the start of every Board and Committee meeting, including nil returns.",
             actions=[
                 dict(ref="6.1", action="Add a standing declarations item, including nil returns, to all agenda templates.",
                      lead_text="Corporate Governance Officer", lead=["Corporate Governance Officer"],
                      orig=dt.datetime(2025, 9, 30), rev=None, end="2025-09",
                      progress="Templates updated.", st="Complete", status="blue"),
             ]),
    ]),
]


def build_pol():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = POL_TITLE
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A2"] = "Summary of progress – Audit & Risk Committee, 3 December 2025"
    hdr = ["Audit", "Assurance", "Actions", "Complete", "Open", "Overdue"]
    for j, h in enumerate(hdr, start=1):
        c = ws0.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
    summ = [("Rent Arrears and Income Management", "Limited", 3, 2, 1, 0),
            ("Gas Safety and Compliance", "Reasonable", 3, 0, 3, 1),
            ("Governance and Board Effectiveness", "Substantial", 2, 1, 1, 0)]
    for i, s in enumerate(summ, start=5):
        for j, v in enumerate(s, start=1):
            ws0.cell(i, j, v).border = BOX
    ws0.cell(8, 1, "Total").font = Font(bold=True)
    for j, col in zip(range(3, 7), "CDEF"):
        ws0.cell(8, j, f"=SUM({col}5:{col}7)").font = Font(bold=True)
    for col, w in zip("ABCDEF", (40, 14, 10, 10, 10, 10)):
        ws0.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = POL_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit & Risk Committee – 3 December 2025"
    ws["A3"] = "Status: Complete / G = on track to original date / A = revised date agreed / R = overdue, no revised date"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original date", "Revised date", "Progress update (November 2025)", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for audit, recs in POL_AUDITS:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            top, n = r, len(rec["actions"])
            ws.cell(top, 2, rec["priority"]).alignment = WRAP
            ws.cell(top, 3, rec["rec"]).alignment = WRAP
            if n > 1:
                ws.merge_cells(start_row=top, start_column=2, end_row=top + n - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=top + n - 1, end_column=3)
            for a in rec["actions"]:
                ws.cell(r, 1, a["ref"])
                vals = {4: a["action"], 5: a["lead_text"], 6: a["orig"], 7: a["rev"],
                        8: a["progress"] or None, 9: a["st"]}
                for col, v in vals.items():
                    c = ws.cell(r, col, v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(RAG_HEX["C" if a["st"] == "Complete" else a["st"]])
                for cc in range(1, 10):
                    ws.cell(r, cc).border = BOX
                ws.cell(r, 1).alignment = Alignment(vertical="top")
                r += 1
    r += 1
    ws.cell(r, 1, "Completed actions are removed from the tracker after they have been reported to the Committee once.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 9, 44, 44, 24, 12, 12, 40, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(out(POL_FILE))


# ============================================================================
# 5. Youth Sport Trust - Charity Commission action plan (docx)
# ============================================================================
YST_FILE = "zar-youth-sport-trust-charity-commission-regulatory-compliance-action-plan.docx"
YST_TITLE = "Youth Sport Trust – Action Plan agreed with the Charity Commission"
YST_SECTIONS = [
    ("1. Trustee oversight and decision-making",
     "The Commission advised that the trustees must ensure that matters reserved to the Board are decided by the Board, and that the reasons for significant decisions are properly minuted.",
     [
         dict(ref="1.1", action="Review and re-approve the Schedule of Matters Reserved to the Board and the Scheme of Delegation.",
              lead_text="Chair of Trustees", lead=["Chair of Trustees"], due="July 2025", end="2025-07",
              progress="Approved by the Board on 16 July 2025.", st="Complete", status="blue"),
         dict(ref="1.2", action="Adopt a standard Board paper template that sets out the options, risks and decision sought.\nAll papers for decision from September 2025 to use the template.",
              lead_text="Company Secretary", lead=["Company Secretary"], due="September 2025", end="2025-09",
              progress="Template in use from the September Board.", st="Complete", status="blue"),
         dict(ref="1.3", action="Commission an external board effectiveness review against the Charity Governance Code.",
              lead_text="Chair of Trustees / Chair of Nominations Committee",
              lead=["Chair of Trustees", "Chair of Nominations Committee"], due="March 2026", end="2026-03",
              progress="Reviewers shortlisted; appointment at the December Board.", st="Green", status="green"),
     ]),
    ("2. Conflicts of interest",
     "The Commission advised that the trustees must identify and manage conflicts of interest, including where a trustee or a person connected to a trustee supplies goods or services to the charity.",
     [
         dict(ref="2.1", action="Update the Conflicts of Interest Policy and require an annual declaration from every trustee and senior manager.",
              lead_text="Company Secretary", lead=["Company Secretary"], due="30/09/2025", end="2025-09",
              progress="Policy approved; 11 of 12 declarations returned.", st="Amber", status="amber"),
         dict(ref="2.2", action="Review all contracts with connected parties since April 2022 and report the findings to the Finance, Audit and Risk Committee.",
              lead_text="Chief Financial Officer", lead=["Chief Financial Officer"], due="December 2025", end="2025-12",
              progress="Review under way with the external auditors.", st="Green", status="green"),
     ]),
    ("3. Financial controls and reporting",
     "The Commission advised that the trustees should strengthen their oversight of restricted funds and make sure that serious incidents are reported to the Commission promptly.",
     [
         dict(ref="3.1", action="Introduce quarterly restricted funds reporting to the Finance, Audit and Risk Committee.",
              lead_text="Chief Financial Officer", lead=["Chief Financial Officer"], due="Q3 2025/26", end="2025-12",
              progress="First report to the November Committee.", st="Green", status="green"),
         dict(ref="3.2", action="Revise the Serious Incident Reporting Procedure and brief all managers on it.",
              lead_text="Director of People; Head of Safeguarding", lead=["Director of People", "Head of Safeguarding"],
              due="Nov-25", end="2025-11",
              progress="Delayed pending appointment of the new Head of Safeguarding.", st="Amber", status="amber"),
         dict(ref="3.3", action="File the 2024/25 annual return and accounts with the Commission within the statutory deadline.",
              lead_text="Chief Financial Officer", lead=["Chief Financial Officer"], due="31 January 2026", end="2026-01",
              progress="", st="Green", status="green"),
     ]),
]


def build_yst():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph(YST_TITLE, style="Title")
    p = d.add_paragraph()
    p.add_run("Regulatory compliance case: governance, conflicts of interest and financial controls").bold = True
    d.add_heading("Document control", level=3)
    dc = d.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Owner", "Approved by / purpose"], fill="6A1B9A")
    for i, row in enumerate([("0.3", "15/05/2025", "Company Secretary", "Finance, Audit and Risk Committee"),
                             ("1.0", "10/06/2025", "Company Secretary", "Board of Trustees – submitted to the Commission"),
                             ("1.2", "04/11/2025", "Company Secretary", "Six-month progress update to the Commission")], start=1):
        for j, v in enumerate(row):
            set_cell(dc.rows[i].cells[j], v, size=9)
    d.add_paragraph("")
    d.add_paragraph("This plan sets out the actions the trustees agreed in response to the regulatory advice and "
                    "guidance issued by the Charity Commission on 22 April 2025. Progress is reported to every "
                    "Board meeting and to the Commission at six-monthly intervals.")
    key = d.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (k, hexv) in enumerate([("Complete – delivered and evidenced", "0070C0"),
                                    ("Green – on track", "00B050"),
                                    ("Amber – some delay, recoverable", "FFC000"),
                                    ("Red – off track", "FF0000")]):
        set_cell(key.rows[0].cells[j], k, size=8, bold=True)
        shade(key.rows[0].cells[j], hexv)
    cols = ["Ref", "Action", "Responsible", "Deadline", "Progress at 31 October 2025", "Status"]
    fills = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for head, advice, rows in YST_SECTIONS:
        d.add_heading(head, level=2)
        pa = d.add_paragraph()
        pa.add_run(advice).italic = True
        t = d.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="6A1B9A")
        for i, r in enumerate(rows, start=1):
            vals = [r["ref"], r["action"], r["lead_text"], r["due"], r["progress"], r["st"]]
            for j, v in enumerate(vals):
                set_cell(t.rows[i].cells[j], v, size=9)
            shade(t.rows[i].cells[5], fills[r["st"]])
    d.add_heading("Sign-off", level=3)
    so = d.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Role", "Name", "Date"], fill="6A1B9A")
    set_cell(so.rows[1].cells[0], "Chair of Trustees")
    set_cell(so.rows[1].cells[2], "04/11/2025")
    set_cell(so.rows[2].cells[0], "Chief Executive")
    set_cell(so.rows[2].cells[2], "04/11/2025")
    d.save(out(YST_FILE))


# ============================================================================
# 6. Power NI - Utility Regulator compliance action plan (csv, refuse)
# ============================================================================
PNI_FILE = "zar-power-ni-utility-regulator-consumer-protection-compliance-action-plan-typo-month-refuse.csv"
PNI_LINES = [
    "Power NI Energy Limited – Compliance Action Plan,,,,,,",
    "Utility Regulator review of the Customer Care Register and services for vulnerable customers,,,,,,",
    "Version 2.1 – updated 7 November 2025,,,,,,",
    ",,,,,,",
    "Ref,UR finding,Action,Owner,Target date,Status,Comments",
    "1.1,Customer Care Register records not reviewed every two years,Write to all Customer Care Register customers whose record is more than two years old to confirm their details,Customer Care Manager,Dec-25,Amber,Mailing of 3200 letters under way",
    "1.2,,Add an automated two-year review prompt to the billing system,Head of IT Business Systems,Mar-26,Green,",
    "2.1,Staff did not consistently identify vulnerability during calls,Deliver vulnerability awareness training to all contact centre staff,Contact Centre Manager,Oct-25,Complete,Training delivered to 142 staff",
    "2.2,,Introduce monthly call quality sampling focused on vulnerability,Quality & Compliance Lead,Febuary 2026,Green,",
    "3.1,Medically dependent customers not notified to NIE Networks promptly,Implement a daily data transfer of medically dependent customers to NIE Networks,Regulatory Affairs Manager / Head of IT Business Systems,Jan-26,Amber,Testing with NIE Networks",
    "3.2,,Reconcile the Power NI and NIE Networks medical equipment lists,Regulatory Affairs Manager,Nov-25,Green,",
    "4.1,Debt and disconnection safeguards,Confirm that no Customer Care Register customer is disconnected for debt during the winter period,Head of Customer Operations,31/03/2026,Green,Position confirmed to UR on 1 October 2025",
    "4.2,,Report monthly to UR on compliance with the Code of Practice on payment of bills,Regulatory Affairs Manager,Monthly,Green,",
    ",,,,,,",
    "Prepared by Regulatory Affairs for submission to the Utility Regulator Retail and Consumer Protection team.,,,,,,",
]
PNI_REFUSE_LINE = next(i for i, l in enumerate(PNI_LINES, start=1) if "Febuary" in l)


def build_pni():
    with open(out(PNI_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(PNI_LINES) + "\r\n")


# ============================================================================
# 7. Leominster Town Council - LCAS action plan, Planner export (txt)
# ============================================================================
LTC_FILE = "zar-leominster-town-council-lcas-quality-gold-action-plan-planner-export.txt"
LTC_TITLE = "Leominster Town Council – LCAS Quality Gold Action Plan 2025-26"
LTC_HEADER = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
              "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
              "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
              "Labels", "Description"]
LTC_TASKS = [
    dict(id="kQ3vR8nLzE2fT6yWb1mXcGUAH7sd", name="Review and re-adopt Standing Orders using the 2025 NALC model",
         bucket="1. Governance and legal compliance", progress="Completed", priority="Important",
         assigned="Claire Davies", lead=["Claire Davies"], created="03/06/2025", start="03/06/2025",
         due="15/07/2025", end="2025-07", late="false", completed="14/07/2025", completed_by="Claire Davies",
         cci="", ci="", labels="", desc="Adopted at Full Council 14 July 2025 (minute 25/061).", status="blue"),
    dict(id="Pz7dM2kHq9Ys4cVn0RfJwGUACk2p", name="Review Financial Regulations and publish them on the website",
         bucket="1. Governance and legal compliance", progress="In progress", priority="Medium",
         assigned="Claire Davies;Peter Morgan", lead=["Claire Davies", "Peter Morgan"], created="03/06/2025",
         start="01/09/2025", due="30/11/2025", end="2025-11", late="false", completed="", completed_by="",
         cci="1", ci="3", labels="Green", desc="Draft to Finance and General Purposes Committee 18 November.", status="green"),
    dict(id="Xb5tW1eJr8Nm3qLs6HdKyGUAPo4v", name="Complete the annual review of the effectiveness of internal control and the risk register",
         bucket="1. Governance and legal compliance", progress="In progress", priority="Important",
         assigned="Peter Morgan", lead=["Peter Morgan"], created="03/06/2025", start="01/08/2025",
         due="31/10/2025", end="2025-10", late="true", completed="", completed_by="",
         cci="", ci="", labels="Red", desc="Deferred because of the Finance Officer vacancy.", status="red"),
    dict(id="Hc2yN6pTg4Vk8sBz3MwQeGUAJq1r", name="Publish all Transparency Code datasets (spend over £500, assets, grants) on the website",
         bucket="2. Transparency and website", progress="Completed", priority="Medium",
         assigned="Sian Price", lead=["Sian Price"], created="05/06/2025", start="05/06/2025",
         due="31/08/2025", end="2025-08", late="false", completed="27/08/2025", completed_by="Sian Price",
         cci="", ci="", labels="", desc="", status="blue"),
    dict(id="Fm9kS3wDx7Ba1tZr5NcLhGUAEy6u", name="Publish a WCAG 2.2 AA accessibility statement for the council website",
         bucket="2. Transparency and website", progress="In progress", priority="Medium",
         assigned="Sian Price", lead=["Sian Price"], created="05/06/2025", start="01/10/2025",
         due="31/01/2026", end="2026-01", late="false", completed="", completed_by="",
         cci="", ci="", labels="Amber", desc="Accessibility audit quote awaited from web provider.", status="amber"),
    dict(id="Ty4gL8cVb2Qn6xPk9JsRfGUAWm3z", name="All councillors to complete Code of Conduct training",
         bucket="3. Training and development", progress="In progress", priority="Important",
         assigned="Claire Davies", lead=["Claire Davies"], created="10/06/2025", start="10/06/2025",
         due="31/03/2026", end="2026-03", late="false", completed="", completed_by="",
         cci="9", ci="14", labels="Green", desc="Herefordshire Council monitoring officer session booked for January.", status="green"),
    dict(id="Jn1xC5rMd9Hw2kTv7GbPsGUAQz8e", name="Deputy Clerk to register for the CiLCA qualification",
         bucket="3. Training and development", progress="Not started", priority="Low",
         assigned="Claire Davies", lead=["Claire Davies"], created="10/06/2025", start="",
         due="30/04/2026", end="2026-04", late="false", completed="", completed_by="",
         cci="", ci="", labels="", desc="", status="unrated"),
    dict(id="Wd6pF2zKs4Lr8mXc1VnBtGUAYh5k", name="Adopt a Training and Development Policy and keep a training log for staff and councillors",
         bucket="3. Training and development", progress="Completed", priority="Medium",
         assigned="Claire Davies", lead=["Claire Davies"], created="10/06/2025", start="10/06/2025",
         due="30/09/2025", end="2025-09", late="false", completed="22/09/2025", completed_by="Claire Davies",
         cci="", ci="", labels="", desc="Policy adopted by Personnel Committee 22 September 2025.", status="blue"),
    dict(id="Rb8sJ3tHn7Dq1yWf4ZcMkGUAVe2x", name="Publish the annual report and hold the Annual Town Meeting",
         bucket="4. Community engagement", progress="Not started", priority="Medium",
         assigned="Claire Davies", lead=["Claire Davies"], created="12/06/2025", start="",
         due="31/05/2026", end="2026-05", late="false", completed="", completed_by="",
         cci="", ci="", labels="", desc="", status="unrated"),
    dict(id="Nq5vB9xGc3Ts7hRk2LpDwGUAUf6m", name="Carry out a residents' survey to inform the Town Plan 2026-2030",
         bucket="4. Community engagement", progress="In progress", priority="Important",
         assigned="Sian Price;Cllr Angela Bowen", lead=["Sian Price", "Cllr Angela Bowen"], created="12/06/2025",
         start="15/09/2025", due="28/02/2026", end="2026-02", late="false", completed="", completed_by="",
         cci="2", ci="5", labels="Amber", desc="Paper survey printed; online version delayed.", status="amber"),
]


def build_ltc():
    lines = [
        "Plan name\t" + LTC_TITLE,
        "Plan ID\tbVq2hT9XkUeLr0mS4pFzWmUAFx3N",
        "Date of export\t12/11/2025",
        "",
        "\t".join(LTC_HEADER),
    ]
    for t in LTC_TASKS:
        row = [t["id"], t["name"], t["bucket"], t["progress"], t["priority"], t["assigned"],
               "Claire Davies", t["created"], t["start"], t["due"], "false", t["late"],
               t["completed"], t["completed_by"], t["cci"], t["ci"], t["labels"], t["desc"]]
        lines.append("\t".join(row))
    with open(out(LTC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_lpa()
    build_igd()
    build_iti()
    build_pol()
    build_yst()
    build_pni()
    build_ltc()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
