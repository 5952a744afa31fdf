"""Build the seven ok1- blind test files (set heldout431).

Run with: /work/main/.venv/bin/python ok1_make.py
Writes only files whose names start with ok1- into this script's folder.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("ok1-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILLS = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "band": "DDEBF7", "light": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def style_header(ws, row, ncols, colour="head"):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILLS[colour])
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


def month(y, m):
    return datetime(y, m, 1)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ====================================================================
# 1. Blackpool Council - strategic risk register Q2 2025/26 (xlsx)
# ====================================================================
def blackpool():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Blackpool Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Strategic Risk Register – Quarter 2 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A4"] = "Reported to:"
    cov["B4"] = "Audit Committee, 27 November 2025"
    cov["A5"] = "Register owner:"
    cov["B5"] = "Director of Resources"
    cov["A6"] = "Version:"
    cov["B6"] = "2.1 (updated following Corporate Leadership Team, 4 November 2025)"
    cov["A8"] = "Risk scoring"
    cov["A8"].font = Font(bold=True)
    cov["A9"] = "Score = Impact x Likelihood (each scored 1 to 5). 15–25 High; 8–14 Medium; 1–7 Low."
    cov["A11"] = "Progress key – new and developing controls"
    cov["A11"].font = Font(bold=True)
    key = [("G", "On target – action progressing as planned", "G"),
           ("A", "Some slippage – revised timescale agreed with risk owner", "A"),
           ("R", "Significant slippage – action not expected to be delivered", "R"),
           ("Complete", "Control in place and embedded; to be moved to existing controls", "B")]
    for i, (k, d, col) in enumerate(key, start=12):
        cov.cell(row=i, column=1, value=k).fill = fill(FILLS[col])
        cov.cell(row=i, column=2, value=d)
    set_widths(cov, [18, 80])

    summ = wb.create_sheet("Risk Summary")
    summ.append(["Risk", "Strategic risk", "Strategic risk owner", "Gross score", "Net score",
                 "Target score", "Direction of travel"])
    style_header(summ, 1, 7)
    for r in [["1", "Financial Sustainability", "Director of Resources", 25, 16, 12, "↔"],
              ["2", "Safeguarding Vulnerable People", "Director of Children's Services", 20, 15, 10, "↓"],
              ["3", "Cyber Security and Information Governance", "Director of Governance and Partnerships", 25, 20, 12, "↑"]]:
        summ.append(r)
        box_row(summ, summ.max_row, 7)
    set_widths(summ, [8, 42, 38, 12, 12, 12, 18])

    ws = wb.create_sheet("Register")
    ncol = 9
    ws["A1"] = "Strategic Risk Register – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("New and developing controls are the further actions agreed to bring each "
                "sub-risk down to its target score.")
    ws.merge_cells("A2:I2")
    hdr = ["Sub-risk", "Existing controls", "Net score (I x L)", "Action No.",
           "New and developing controls", "Action owner", "Target date", "Progress",
           "Update – September 2025"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, ncol)

    risks = [
        ("Risk 1: Financial Sustainability", "Strategic risk owner: Director of Resources", [
            ("1a Insufficient funding to meet rising demand for statutory services",
             "Medium Term Financial Sustainability Strategy\nMonthly budget monitoring to CLT and Executive",
             "4 x 4 = 16", [
                 ("1a.1", "Deliver the 2026/27 budget savings programme, with each proposal supported by a delivery plan and named lead.",
                  "Director of Resources", month(2026, 3), "A",
                  "Savings of £9.2m identified against a £12.4m gap; remaining proposals to Executive in January."),
                 ("1a.2", "Review the Medium Term Financial Sustainability Strategy to reflect the multi-year settlement and Fair Funding reforms.",
                  "Director of Resources / Head of Corporate Finance", "Q4 2025/26", "G",
                  "Modelling of provisional settlement under way."),
             ]),
            ("1b Failure to deliver the capital programme within budget",
             "Capital Strategy Group\nGateway approval for schemes over £1m",
             "3 x 4 = 12", [
                 ("1b.1", "Introduce a quarterly capital programme assurance report to the Capital Strategy Group, covering cost, slippage and funding risk.",
                  "Head of Corporate Finance", month(2025, 9), "Complete",
                  "First report presented to Capital Strategy Group on 16 September 2025."),
             ]),
        ]),
        ("Risk 2: Safeguarding Vulnerable People", "Strategic risk owner: Director of Children's Services", [
            ("2a Failure to protect children at risk of harm",
             "Blackpool Safeguarding Children Partnership arrangements\nWeekly performance clinic",
             "5 x 3 = 15", [
                 ("2a.1", "Implement the Families First Partnership programme, including multi-agency child protection teams, in line with national timescales.",
                  "Director of Children's Services", month(2027, 3), "G",
                  "Programme board established; early help redesign consultation closed 30 September."),
                 ("2a.2", "Reduce reliance on agency social workers through the ‘Grow Your Own’ social work academy.",
                  "Director of Children's Services; Head of HR and Organisational Development", "Ongoing", None,
                  "Second cohort of 14 apprentices started in September; agency rate 21% (target 15%)."),
             ]),
            ("2b Failure to safeguard adults with care and support needs",
             "Safeguarding Adults Board\nPrincipal Social Worker quality assurance framework",
             "4 x 3 = 12", [
                 ("2b.1", "Complete the actions arising from the CQC local authority assessment, reporting progress to the Adult Social Care Improvement Board.",
                  "Director of Adult Services", month(2025, 12), "G",
                  "18 of 22 actions complete."),
             ]),
        ]),
        ("Risk 3: Cyber Security and Information Governance", "Strategic risk owner: Director of Governance and Partnerships", [
            ("3a Loss of systems or data through a cyber attack",
             "Firewalls, multi-factor authentication and immutable back-ups\nPSN compliance",
             "5 x 4 = 20", [
                 ("3a.1", "Achieve the Cyber Assessment Framework (CAF) baseline for all critical systems.",
                  "Head of ICT Services", month(2026, 6), "R",
                  "Delayed by resourcing; revised plan to Corporate Leadership Team in December."),
                 ("3a.2", "Deliver mandatory cyber awareness training to all staff and elected members, with completion monitored monthly.",
                  "Head of ICT Services and Head of Democratic Governance", month(2026, 1), "G",
                  "87% of staff and 31 of 42 members complete."),
             ]),
        ]),
    ]
    r = 5
    for band, owner, subs in risks:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(row=r, column=6, value=owner).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = fill(FILLS["band"])
        r += 1
        for sub, controls, score, acts in subs:
            first = r
            ws.cell(row=r, column=1, value=sub)
            ws.cell(row=r, column=2, value=controls)
            ws.cell(row=r, column=3, value=score)
            for ref, text, own, tgt, prog, upd in acts:
                ws.cell(row=r, column=4, value=ref)
                ws.cell(row=r, column=5, value=text)
                ws.cell(row=r, column=6, value=own)
                tc = ws.cell(row=r, column=7, value=tgt)
                if isinstance(tgt, datetime):
                    tc.number_format = "mmm-yy"
                pc = ws.cell(row=r, column=8, value=prog)
                colour = {"G": "G", "A": "A", "R": "R", "Complete": "B", None: "A"}[prog]
                pc.fill = fill(FILLS[colour])
                pc.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=9, value=upd)
                box_row(ws, r, ncol)
                r += 1
            if r - 1 > first:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    set_widths(ws, [30, 34, 11, 9, 50, 30, 11, 11, 45])
    ws.freeze_panes = "A5"
    wb.save(out("ok1-blackpool-council-strategic-risk-register-q2-2025-26.xlsx"))


# ====================================================================
# 2. Camden - internal audit recommendations tracker (xlsx, REFUSE)
# ====================================================================
def camden():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Summary of agreed actions – position at 31 October 2025"
    s["A1"].font = Font(bold=True, size=13)
    s.append([])
    s.append(["Priority", "Implemented", "In progress", "Overdue", "Total"])
    style_header(s, 3, 5)
    for row in [["High", 1, 1, 2, 4], ["Medium", 2, 2, 0, 4], ["Low", 1, 0, 0, 1], ["Total", 4, 3, 2, 9]]:
        s.append(row)
        box_row(s, s.max_row, 5)
    set_widths(s, [14, 14, 14, 12, 10])

    ws = wb.create_sheet("Tracker")
    ncol = 10
    ws["A1"] = "London Borough of Camden – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025 – Audit and Corporate Governance Committee, 2 December 2025"
    ws["A3"] = ("Priority: High / Medium / Low. Status as reported by action owners and "
                "verified by Internal Audit at follow-up.")
    hdr = ["Audit", "Assurance opinion", "Rec.", "Priority", "Agreed management action",
           "Action owner", "Original target date", "Revised target date", "Status",
           "Internal Audit comment"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, ncol)
    audits = [
        ("Temporary Accommodation – Procurement and Payments (2024/25)", "Limited", [
            ("1", "High", "Introduce a framework of approved temporary accommodation providers, with all nightly-paid placements made through the framework.",
             "Head of Housing Needs", datetime(2025, 6, 30), "31/12/2025", "In progress",
             "Framework tender evaluated; award report due to Cabinet in December."),
            ("2", "Medium", "Reconcile temporary accommodation invoices to the placements system each month before payment.",
             "Head of Housing Needs / Finance Business Partner – Housing", datetime(2025, 4, 30), None, "Implemented",
             "Reconciliations for July to September reviewed."),
            ("3", "Medium", "Record the reasons for any placement made outside the borough on the case management system.",
             "Housing Options Service Manager", datetime(2025, 5, 31), None, "Implemented",
             "Sample of 20 placements tested; reasons recorded in all cases."),
        ]),
        ("Payroll – Starters and Leavers (2024/25)", "Reasonable", [
            ("1", "Medium", "Issue monthly reports of leavers not yet processed to heads of service for confirmation.",
             "Head of HR Operations", datetime(2025, 7, 31), "30/11/2025", "In progress",
             "Report built; first issue planned for November payroll."),
            ("2", "Low", "Update the starters checklist to include right to work checks for agency-to-permanent transfers.",
             "Head of HR Operations", datetime(2025, 3, 31), None, "Implemented", "Checklist version 4 issued."),
        ]),
        ("Disabled Facilities Grants (2024/25)", "Limited", [
            ("1", "High", "Introduce a waiting list review so that applicants waiting over 26 weeks are contacted and prioritised.",
             "Head of Private Sector Housing", datetime(2025, 6, 30), "31/01/2026", "Overdue",
             "Review started in October; 46 cases over 26 weeks."),
            ("2", "High", "Obtain two quotes for all adaptations over £10,000 and record the reason where the lower quote is not accepted.",
             "Head of Private Sector Housing", datetime(2025, 9, 30), "Febuary 2026", "Overdue",
             "Procedure drafted; not yet in use."),
        ]),
        ("Schools Thematic – Income Collection (2024/25)", "Reasonable", [
            ("1", "High", "Issue guidance to all maintained schools on banking income weekly and reconciling to the finance system.",
             "Head of Schools Finance", datetime(2025, 4, 30), None, "Implemented",
             "Guidance circulated at Schools Business Managers' Forum."),
            ("2", "Medium", "Follow up the schools found without a segregation of duties over income at the spring term visits.",
             "Head of Schools Finance", datetime(2025, 7, 31), "31/12/2025", "In progress", "4 of 6 schools revisited."),
        ]),
    ]
    r = 6
    for audit, opinion, recs in audits:
        first = r
        ws.cell(row=r, column=1, value=audit)
        ws.cell(row=r, column=2, value=opinion)
        for rec, prio, act, own, orig, rev, st, com in recs:
            ws.cell(row=r, column=3, value=rec)
            ws.cell(row=r, column=4, value=prio)
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=own)
            oc = ws.cell(row=r, column=7, value=orig)
            oc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8, value=rev)
            sc = ws.cell(row=r, column=9, value=st)
            sc.fill = fill(FILLS[{"Implemented": "G", "In progress": "A", "Overdue": "R"}[st]])
            ws.cell(row=r, column=10, value=com)
            box_row(ws, r, ncol)
            r += 1
        for c in (1, 2):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Total agreed actions: 9 (4 implemented, 3 in progress, 2 overdue)").font = Font(bold=True)
    set_widths(ws, [30, 12, 6, 9, 55, 30, 13, 13, 12, 40])
    wb.save(out("ok1-camden-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ====================================================================
# 3. Lancashire County Council - Ofsted focused visit action plan (xlsx)
# ====================================================================
def lancashire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 9
    ws["A1"] = "Lancashire County Council – Education and Children's Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ofsted Focused Visit: Care Leavers (4 and 5 February 2025) – Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Plan owner: Director of Children's Social Care  |  Version 1.3  |  Last updated: 14 October 2025"
    for a in ("A1:I1", "A2:I2", "A3:I3"):
        ws.merge_cells(a)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for c, (txt, col) in enumerate([("Blue – complete", "B"), ("Green – on track", "G"),
                                    ("Amber – at risk of slipping", "A"), ("Red – off track", "R")], start=2):
        k = ws.cell(row=4, column=c, value=txt)
        k.fill = fill(FILLS[col])
    hdr = ["Ref", "Action", "Lead(s)", "Original target date", "Revised target date",
           "Previous RAG (June 2025)", "Current RAG (October 2025)", "Progress update", "Evidence of impact"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=6, column=c, value=h)
    style_header(ws, 6, ncol)
    afis = [
        ("Area for improvement 1: The quality and timeliness of pathway plans, so that they are specific, are written with young people and are updated when their circumstances change.", [
            ("1.1", "Relaunch the pathway plan template co-produced with the Care Leavers' Forum, with guidance and practice workshops for all personal advisers.",
             "Head of Service – Leaving Care / Principal Social Worker", month(2025, 3), None, "G", "B",
             "Template live on LCS from 3 March 2025; 11 workshops delivered to 96 personal advisers.",
             "Young people's feedback on plans rated 'good' rose from 41% to 68%."),
            ("1.2", "Introduce a monthly audit of a sample of pathway plans by team managers, with findings reported to the Leaving Care Performance Clinic.",
             "Leaving Care Team Managers", month(2025, 4), month(2025, 7), "A", "G",
             "Audit tool agreed in June; monthly audits running since July.", "Audit grades: 62% good or better in September."),
            ("1.3", "Ensure every care leaver aged 18–21 has a pathway plan reviewed within the last six months.",
             "Head of Service – Leaving Care", month(2025, 6), month(2025, 12), "A", "A",
             "Performance at 84% (target 95%); recovery plan in place for the East team.", ""),
        ]),
        ("Area for improvement 2: The range and suitability of accommodation for care leavers, including for those leaving custody or at risk of homelessness.", [
            ("2.1", "Agree a joint housing protocol for care leavers with the twelve district councils, including priority banding and a shared escalation route.",
             "Head of Service – Leaving Care; Head of Commissioning (Children's)", month(2025, 9), month(2026, 3), "A", "R",
             "Ten of twelve districts have signed; two have not agreed the priority banding.", ""),
            ("2.2", "Commission an additional 20 supported accommodation places for young people aged 18 to 21.",
             "Head of Commissioning (Children's)", month(2025, 12), None, "G", "G",
             "Contract awarded for 12 places; second lot out to tender.", ""),
            ("2.3", "Put in place a pre-release planning meeting, with the Youth Justice Service and probation, for every care leaver leaving custody.",
             "Youth Justice Service Manager", month(2025, 5), None, "G", "B",
             "Meeting held for all 7 young people released since May.", "No care leaver released without an address since May 2025."),
        ]),
        ("Area for improvement 3: Care leavers' access to, and take-up of, health support, including their health histories and emotional wellbeing services.", [
            ("3.1", "Provide every care leaver with a written summary of their health history at 18, jointly with the Children in Care health team.",
             "Designated Nurse for Children in Care (ICB)", month(2025, 7), month(2025, 11), "A", "G",
             "Health summaries issued to 71% of young people turning 18 since April.", ""),
            ("3.2", "Extend the 'Next Steps' emotional wellbeing offer to care leavers up to age 25.",
             "Head of Service – Leaving Care / ICB Mental Health Commissioner", month(2026, 3), None, None, "G",
             "New action added July 2025. Funding agreed by ICB.", ""),
        ]),
    ]
    r = 7
    for band, acts in afis:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for cc in range(1, ncol + 1):
            ws.cell(row=r, column=cc).fill = fill(FILLS["band"])
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, lead, orig, rev, prev, cur, upd, imp in acts:
            vals = [ref, text, lead, orig, rev, prev, cur, upd, imp]
            for cc, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=cc, value=v)
                if isinstance(v, datetime):
                    cell.number_format = "mmm-yy"
            for cc, v in ((6, prev), (7, cur)):
                if v:
                    ws.cell(row=r, column=cc).fill = fill(FILLS[v])
                    ws.cell(row=r, column=cc).alignment = Alignment(horizontal="center", vertical="top")
            box_row(ws, r, ncol)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Actions rated Blue at two consecutive reviews will be removed from the plan and monitored through the Leaving Care performance scorecard.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    set_widths(ws, [7, 52, 32, 12, 12, 12, 12, 45, 38])
    ws.freeze_panes = "A7"

    m = wb.create_sheet("Measures")
    m["A1"] = "Performance measures – care leavers"
    m["A1"].font = Font(bold=True, size=12)
    m.append([])
    m.append(["Measure", "Baseline (Jan 2025)", "Target (Mar 2026)", "Latest (Sep 2025)"])
    style_header(m, 3, 4)
    for row in [["Care leavers 18–21 with a pathway plan reviewed in last 6 months", "79%", "95%", "84%"],
                ["Care leavers 19–21 in suitable accommodation", "86%", "92%", "89%"],
                ["Care leavers 19–21 in education, employment or training", "52%", "60%", "55%"],
                ["Care leavers given a health history summary at 18", "n/a", "100%", "71%"]]:
        m.append(row)
        box_row(m, m.max_row, 4)
    set_widths(m, [62, 18, 18, 18])
    wb.save(out("ok1-lancashire-county-council-ofsted-focused-visit-care-leavers-action-plan.xlsx"))


# ====================================================================
# 4. B&NES Community Safety and Safeguarding Partnership - JTAI (docx)
# ====================================================================
def banes():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Bath and North East Somerset Community Safety and Safeguarding Partnership (BCSSP)").bold = True
    doc.add_paragraph("BCSSP Joint Targeted Area Inspection Action Plan", style="Title")
    doc.add_paragraph("The multi-agency response to serious youth violence – inspection 9 to 13 September 2024. "
                      "Letter of findings published 18 November 2024.")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        bold_cell(c, h)
    for row in [["1.0", "20 December 2024", "BCSSP Business Manager", "BCSSP Executive Group"],
                ["1.3", "11 June 2025", "BCSSP Business Manager", "BCSSP Executive Group"],
                ["1.4", "3 October 2025", "BCSSP Business Manager", "Independent Scrutineer"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, desc, col in [("B", "Complete – evidence of impact reported to the Executive Group", "B"),
                            ("G", "On track to be delivered within timescale", "G"),
                            ("A", "Some delay or risk to delivery – mitigation in place", "A"),
                            ("R", "Off track – escalated to the Executive Group", "R")]:
        cells = k.add_row().cells
        cells[0].text = code
        shade(cells[0], FILLS[col])
        cells[1].text = desc

    doc.add_heading("Areas for improvement and partnership actions", level=1)
    afis = [
        ("Area for improvement 1",
         "The consistency with which partners identify and share information about children at risk of criminal exploitation at the earliest opportunity.",
         [("1.1", "Launch a single multi-agency exploitation screening tool and referral pathway, replacing the separate agency tools.",
           "BCSSP Business Manager", "January 2025",
           "Tool launched 13 January 2025; 212 screenings completed by end of August.", "B"),
          ("1.2", "Deliver joint exploitation training to designated safeguarding leads in all secondary schools and alternative provision.",
           "Education Safeguarding Lead; Police Exploitation Lead", "Sept 2024 – March 2025",
           "Five sessions held; all 13 secondary schools and both AP providers attended.", "B"),
          ("1.3", "Introduce a daily exploitation triage within the Multi-Agency Safeguarding Hub (MASH) with police, health and children's social care.",
           "MASH Service Manager", "By 31 March 2025",
           "Triage operating four days a week; health capacity for a fifth day agreed from November.", "A")]),
        ("Area for improvement 2",
         "The quality of multi-agency planning for children who go missing, including the use of return home interview information to reduce risk.",
         [("2.1", "Commission a single return home interview service, with interviews offered within 72 hours of a child's return.",
           "Head of Commissioning", "April 2025",
           "New service started 1 April 2025; 78% of interviews offered within 72 hours.", "G"),
          ("2.2", "Review the missing children protocol so that three or more missing episodes in 90 days trigger a multi-agency strategy discussion.",
           "BCSSP Business Manager", "June 2025",
           "Revised protocol signed off by the Executive Group on 11 June 2025.", "B")]),
        ("Area for improvement 3",
         "The partnership's understanding of the impact of its work, through a shared dataset on serious youth violence and regular multi-agency audit.",
         [("3.1", "Develop a shared serious youth violence dataset, drawing on police, health, education and youth justice data, reported quarterly to the BCSSP Executive.",
           "Community Safety Partnership Manager / ICB Head of Business Intelligence", "Q3 2025/26",
           "Data-sharing agreement signed; education data not yet included.", "A"),
          ("3.2", "Hold a multi-agency themed audit on serious youth violence and report learning to the Learning and Improvement Subgroup.",
           "Chair of the Learning and Improvement Subgroup", "Six-monthly",
           "First audit of 10 children completed July 2025; next audit January 2026.", "G")]),
    ]
    for head, text, acts in afis:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run(text).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead agency / officer", "Timescale",
                                          "Progress update (September 2025)", "RAG"]):
            bold_cell(c, h)
            shade(c, FILLS["grey"])
        for ref, act, lead, when, upd, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, upd, rag]):
                c.text = v
            shade(cells[5], FILLS[rag])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed on behalf of the BCSSP", "Role", "Date"]):
        bold_cell(c, v)
    for c, v in zip(s.rows[1].cells, ["[signed]", "Independent Scrutineer", "3 October 2025"]):
        c.text = v
    doc.save(out("ok1-bath-and-north-east-somerset-cssp-jtai-serious-youth-violence-action-plan.docx"))


# ====================================================================
# 5. RBWM Community Safety Partnership - DHR action plan (docx)
# ====================================================================
def rbwm():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Royal Borough of Windsor and Maidenhead Community Safety Partnership").bold = True
    doc.add_paragraph("Domestic Homicide Review ‘Anita’: Action Plan", style="Title")
    doc.add_paragraph("This action plan accompanies the overview report into the death of ‘Anita’, aged 79, "
                      "published in July 2025. Progress is monitored by the DHR Oversight Group and reported "
                      "to the Community Safety Partnership Board each quarter. Last updated: 20 October 2025.")
    hdr = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
           "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of completion and Outcome", "Status"]
    recs = [
        ("1. All agencies to ensure that professionals routinely ask about domestic abuse when an older person discloses a change in a carer's behaviour.",
         "Local", [
             ("Refresh the RBWM routine enquiry guidance to include older victims and abuse by adult family members who are carers.",
              "RBWM Adult Social Care", "Draft guidance shared with DHR Oversight Group, June 2025", "September 2025",
              "Guidance published 22/09/2025", "Complete"),
             ("Deliver briefing sessions on older people and domestic abuse to adult social care, GP practice and community health staff.",
              "RBWM Adult Social Care & Frimley ICB", "Three of six sessions delivered", "March 2026", "", "On track"),
         ]),
        ("2. Thames Valley Police to improve the recording and follow-up of third-party reports of concern about an adult's welfare.",
         "Regional", [
             ("Issue a force-wide reminder on recording third-party welfare concerns on Niche as occurrences.",
              "Thames Valley Police", "Briefing approved by Head of Public Protection", "July 2025",
              "Completed 14/07/2025 – briefing issued to all response and neighbourhood officers", "Complete"),
             ("Audit a sample of welfare concern occurrences to test compliance with the reminder.",
              "Thames Valley Police", "", "Jan 2026", "", "Not started"),
         ]),
        ("3. The Community Safety Partnership to raise awareness of domestic abuse support services among older residents and faith and community groups.",
         "Local", [
             ("Run a targeted awareness campaign with libraries, faith groups and Age Concern Windsor, with translated materials.",
              "Community Safety Manager", "Campaign materials drafted; translation delayed", "6 months from publication",
              "", "Amber"),
         ]),
        ("4. Frimley ICB to ensure GP practices record carer relationships and review them when a patient's needs change.",
         "Local", [
             ("Add a carer relationship prompt to the annual frailty review template used by GP practices.",
              "Frimley ICB – Designated Professional for Safeguarding Adults", "Template change agreed with clinical system leads",
              "Dec 2025", "", "On track"),
         ]),
    ]
    nrows = 1 + sum(len(a) for _, _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        bold_cell(c, h)
        shade(c, FILLS["grey"])
    r = 1
    for rec, scope, acts in recs:
        first = r
        for act, lead, miles, target, done, status in acts:
            cells = t.rows[r].cells
            for i, v in zip(range(2, 8), [act, lead, miles, target, done, status]):
                cells[i].text = v
            r += 1
        top0 = t.cell(first, 0)
        top1 = t.cell(first, 1)
        if r - 1 > first:
            top0 = top0.merge(t.cell(r - 1, 0))
            top1 = top1.merge(t.cell(r - 1, 1))
        top0.text = rec
        top1.text = scope
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete – action delivered and evidence received; On track – in progress within "
                      "timescale; Amber – behind schedule, mitigation agreed; Not started.")
    doc.save(out("ok1-windsor-and-maidenhead-csp-dhr-anita-action-plan.docx"))


# ====================================================================
# 6. South Tyneside Health and Wellbeing Board - action log (csv)
# ====================================================================
def south_tyneside():
    rows = [
        ["South Tyneside Health and Wellbeing Board – Action Log"],
        ["Last updated: 12/11/2025"],
        [],
        ["Ref", "Meeting", "Action", "Owner", "Due date", "RAG", "Update"],
        ["HWB25-04", "13/03/2025",
         "Circulate the final Pharmaceutical Needs Assessment 2025-28 to Board members and publish it on the council website.",
         "Director of Public Health", "31/03/2025", "Complete", "Published 28/03/2025."],
        ["HWB25-09", "10/07/2025",
         "Bring a report on the Better Care Fund 2025-26 quarter 1 return, including the use of the Discharge Fund.",
         "Strategic Lead – Integrated Commissioning", "18/09/2025", "Complete", "Considered at the September meeting."],
        ["HWB25-11", "10/07/2025",
         "Provide a breakdown of childhood immunisation uptake by ward, with actions to close the gap in the lowest wards.",
         "Consultant in Public Health / NHS England Screening and Immunisation Lead", "November 2025", "Amber",
         "Ward data received; action plan to follow at the January meeting."],
        ["HWB25-12", "18/09/2025",
         "Arrange a development session on the Joint Local Health and Wellbeing Strategy refresh:\n- review of priorities\n- engagement plan with the VCS",
         "Board Support Officer", "Dec-25", "Green", "Session booked for 4 December 2025."],
        ["HWB25-13", "18/09/2025",
         "Share the Healthy Weight Declaration progress report with the Children and Young People's Partnership.",
         "Director of Public Health", "Next meeting", "Green", ""],
        ["HWB25-14", "18/09/2025",
         "Confirm the Integrated Care Board's representation on the Board following the ICB restructure.",
         "Cllr Ruth Dawson and Place Director", "January 2026", "Amber", "Awaiting confirmation of new ICB structure."],
        ["HWB25-15", "18/09/2025",
         "Report on winter vaccination uptake among frontline health and care staff.",
         "Place Director", "15/01/2026", "Not started", ""],
        ["HWB25-16", "13/11/2025",
         "Agree the Board's response to the consultation on the Tyne and Wear Suicide Prevention Strategy.",
         "Public Health Lead (Mental Health)", "31/12/2025", "Green", "Draft response circulated for comment."],
        [],
        ["Key: Complete = action closed, removed after next meeting; Green = on track; Amber = at risk; Red = overdue"],
        ["Open actions: 6"],
    ]
    with open(out("ok1-south-tyneside-health-and-wellbeing-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ====================================================================
# 7. Brighton & Hove City Council - Council Plan delivery plan Q2 (txt, tab separated)
# ====================================================================
def brighton():
    lines = [
        ["Brighton & Hove City Council"],
        ["Council Plan 2023-2027: Corporate Delivery Plan – Quarter 2 2025/26 progress"],
        ["Exported from the performance management system on 06/11/2025"],
        [],
        ["Ref", "Key action", "Lead officer", "Due", "Q1 RAG", "Q2 RAG", "Q2 commentary"],
        ["Outcome 1: A city to be proud of"],
        ["1.1 Investing in our city"],
        ["1.1.1", "Deliver the Madeira Terrace restoration phase 1 construction contract.",
         "Executive Director, Economy, Environment & Culture", "Q4 2025/26", "Amber", "Amber",
         "Arches 1-28 on programme; cost pressure of £0.6m under review."],
        ["1.1.2", "Publish the City Plan Part One review for Regulation 18 consultation.",
         "Head of Planning", "Jun-26", "Green", "Green", "Evidence base commissioned."],
        ["1.2 An accessible, clean and sustainable city"],
        ["1.2.1", "Roll out communal bin sensor monitoring to all city centre communal bins.",
         "Assistant Director – City Environmental Management", "Dec-25", "Green", "Red",
         "Supplier delay; installation now expected March 2026."],
        ["1.2.2", "Complete the Valley Gardens phase 3 highway works.",
         "Head of Transport Projects", "31/03/2026", "Green", "Green", "Works on site since August."],
        ["Outcome 2: A fair and inclusive city"],
        ["2.1 Homes for everyone"],
        ["2.1.1", "Deliver 100 additional council homes through the New Homes for Neighbourhoods and Home Purchase programmes.",
         "Director of Housing", "Mar-26", "Amber", "Green", "64 homes delivered to date."],
        ["2.1.2", "Reduce the use of spot-purchased emergency accommodation by opening the Ireland Lodge short-term housing scheme.",
         "Head of Temporary Accommodation", "Sep-25", "Green", "Complete", "Scheme opened 8 September 2025 with 42 units."],
        ["Outcome 3: A healthy city where people thrive"],
        ["3.1 A better future for children and young people"],
        ["3.1.1", "Open two new special school satellite classes to increase local SEND places.",
         "Assistant Director – Education", "September 2026", "Green", "Green", "Sites identified at two primary schools."],
        ["3.2 Living and ageing well"],
        ["3.2.1", "Implement the Home First discharge model with the NHS, so that more people return home from hospital with reablement.",
         "Director of Adult Social Care / Sussex ICB Place Director", "Ongoing", "Amber", "Amber",
         "Reablement capacity increased by 15%; delays remain at weekends."],
        ["Outcome 4: A responsive council with well-run services"],
        ["4.1 Good governance and financial resilience"],
        ["4.1.1", "Respond to all recommendations of the LGA Corporate Peer Challenge through the Council Plan refresh.",
         "Chief Executive", "Jul-25", "Green", "Complete", "Council Plan refresh approved by Council."],
        ["4.1.2", "Implement the new customer relationship management system for council tax and benefits enquiries.",
         "Head of Customer Services", "Q3 2025/26", "Green", "Amber", "Testing found integration issues; go-live moved to December."],
        [],
        ["Summary of Q2 RAG ratings"],
        ["Complete", "2"],
        ["Green", "4"],
        ["Amber", "3"],
        ["Red", "1"],
        ["Note: RAG ratings are self-assessed by lead officers and reviewed by the Performance & Improvement Team."],
    ]
    with open(out("ok1-brighton-and-hove-city-council-plan-delivery-plan-q2-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for row in lines:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    blackpool()
    camden()
    lancashire()
    banes()
    rbwm()
    south_tyneside()
    brighton()
    print("built 7 files")
