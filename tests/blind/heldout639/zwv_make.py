"""Build the seven zwv- blind test files (set heldout639).

Run with /work/main/.venv/bin/python zwv_make.py ; writes only files starting zwv-.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zwv-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "R": fill("FF0000"), "A": fill("FFC000"), "G": fill("00B050"), "B": fill("0070C0"),
}


# ---------------------------------------------------------------------------
# 1. Gloucestershire Hospitals NHSFT - adult inpatient survey 2023 action plan (xlsx)
# ---------------------------------------------------------------------------
def make_glos():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Gloucestershire Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = "National Adult Inpatient Survey 2023 – Action Plan"
    cov["A2"].font = Font(bold=True, size=16)
    rows = [
        ("Reporting to", "Quality and Performance Committee"),
        ("Executive lead", "Chief Nursing Officer"),
        ("Plan owner", "Head of Patient Experience"),
        ("Survey fieldwork", "Patients discharged in November 2023 (published by CQC August 2024)"),
        ("Version", "1.3"),
        ("Date", "14 November 2024"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    key = [
        ("B", "Blue", "Action complete"),
        ("G", "Green", "On track to deliver by target date"),
        ("A", "Amber", "At risk of delay; mitigation in place"),
        ("R", "Red", "Off track / target date missed"),
    ]
    for code, word, meaning in key:
        c = cov.cell(r, 1, word)
        c.fill = RAGFILL[code]
        c.border = BOX
        cov.cell(r, 2, meaning).border = BOX
        r += 1
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of action status – October 2024"
    summ["A1"].font = Font(bold=True, size=13)
    summ.append([])
    summ.append(["RAG", "Number of actions"])
    for word, n in [("Blue", 2), ("Green", 3), ("Amber", 2), ("Red", 1)]:
        summ.append([word, n])
    summ.append(["Total", 8])
    for row in summ.iter_rows(min_row=3, max_row=8, max_col=2):
        for c in row:
            c.border = BOX
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    summ["A8"].font = summ["B8"].font = Font(bold=True)
    for rr, code in zip(range(4, 8), "BGAR"):
        summ.cell(rr, 1).fill = RAGFILL[code]
    summ.column_dimensions["A"].width = 14
    summ.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "National Adult Inpatient Survey 2023 – Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 31 October 2024. Scores are the Trust's 2023 score out of 10 (2022 score in brackets)."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Survey question", "Score 2023 (2022)", "Action", "Lead(s)", "Target date",
           "Revised date", "Progress update (October 2024)", "RAG Sep", "RAG Oct"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX

    # (section, [(question, score, [actions...])])
    plan = [
        ("Section 2: The hospital and ward", [
            ("Q4. Were you ever bothered by noise at night from hospital staff?", "6.8 (7.0)", [
                ("2.1", "Relaunch the 'Quiet at Night' standards on all adult inpatient wards, including dimmed lighting after 23:00 and soft-close bins.",
                 "Deputy Chief Nurse", d(2024, 12, 31), None,
                 "Relaunched on 9 wards; remaining wards by December.", "G", "G"),
                ("2.2", "Issue eye masks and ear plugs as standard in admission packs on all adult wards.",
                 "Head of Patient Experience / Procurement Lead", d(2024, 10, 31), None,
                 "In place on all adult wards from 21 October 2024.", "G", "B"),
            ]),
            ("Q11. How would you rate the hospital food?", "5.9 (6.1)", [
                ("2.3", "Work with Gloucestershire Managed Services to pilot a revised menu, tested by patient tasting panels, at Cheltenham General Hospital.",
                 "Director of Estates and Facilities", d(2025, 3, 31), None,
                 "Tasting panels held; menu costing awaited.", "A", "A"),
            ]),
        ]),
        ("Section 3: Your care and treatment", [
            ("Q30. Were you able to get a member of staff to help you when you needed attention?", "6.9 (7.1)", [
                ("3.1", "Complete a call bell response audit on 12 adult wards and report response times to the Nursing and Midwifery Board.",
                 "Associate Chief Nurses (x3)", d(2024, 11, 30), d(2025, 1, 31),
                 "Audit tool agreed; data collection delayed by winter pressures.", "G", "A"),
            ]),
        ]),
        ("Section 4: Leaving hospital", [
            ("Q37. Did hospital staff discuss with you whether you would need any further health or social care services after leaving hospital?", "7.2 (7.4)", [
                ("4.1", "Embed the 'Home First' discharge conversation in the electronic nursing admission assessment (Sunrise EPR).",
                 "CNIO / Head of Patient Flow", d(2024, 10, 31), None,
                 "EPR change request not yet scheduled by the supplier.", "A", "R"),
            ]),
            ("Q41. Before you left hospital, were you given enough information about the medicines you would take at home?", "6.1 (6.0)", [
                ("4.2", "Introduce a discharge medicines information leaflet, with pharmacist counselling for patients started on four or more new medicines.",
                 "Chief Pharmacist", "Q4 2024/25", None,
                 "Leaflet approved by Medicines Safety Group.", "A", "G"),
            ]),
            ("Q44. Did hospital staff tell you who to contact if you were worried about your condition or treatment after you left hospital?", "7.6 (7.5)", [
                ("4.3", "Add ward contact numbers and the PALS number to all discharge letters.",
                 "Head of Patient Experience", d(2024, 8, 31), None,
                 "Template changed in Sunrise; live since 2 September 2024.", "B", "B"),
            ]),
        ]),
        ("Section 5: Feedback on the quality of your care", [
            ("Q47. During your hospital stay, were you ever asked to give your views on the quality of your care?", "1.9 (2.0)", [
                ("5.1", "Roll out Friends and Family Test QR codes at every bedside and report ward-level response rates monthly to the Patient Experience Group.",
                 "Patient Experience Manager", "Ongoing – monthly", None,
                 "QR codes at 86% of bedsides.", "G", "G"),
            ]),
        ]),
    ]
    r = 5
    for section, questions in plan:
        ws.cell(r, 1, section).font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(r, col).fill = fill("DCE6F1")
            ws.cell(r, col).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for q, score, acts in questions:
            first = r
            for ref, text, lead, tgt, rev, prog, prev, cur in acts:
                vals = [ref, q if r == first else None, score if r == first else None, text, lead, tgt, rev, prog, prev, cur]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = RAGFILL[prev]
                ws.cell(r, 10).fill = RAGFILL[cur]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are agreed at the monthly Patient Experience Group. Actions rated Blue for two consecutive months are removed from the next version of the plan.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [6, 38, 10, 55, 24, 12, 12, 40, 8, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("zwv-gloucestershire-hospitals-nhsft-adult-inpatient-survey-2023-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Warwickshire Police - force strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_warks():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Warwickshire Police – Force Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 September 2025   |   Register owner: Deputy Chief Constable   |   Reviewed by: Force Executive Board and Joint Audit and Standards Committee"
    ws["A2"].font = Font(italic=True)
    # status key (fill only)
    ws["A3"] = "Action status key:"
    ws["A3"].font = Font(bold=True)
    keyitems = [("G", "On track"), ("A", "Some slippage"), ("R", "Off track"), ("B", "Complete")]
    col = 2
    for code, word in keyitems:
        ws.cell(3, col).fill = RAGFILL[code]
        ws.cell(3, col).border = BOX
        ws.cell(3, col + 1, word)
        col += 2
    ws.cell(3, col, "No colour = not yet started")

    # two header rows
    top = [(1, 1, "Risk"), (2, 2, "Risk description (cause, event, effect)"), (3, 3, "Risk owner"),
           (4, 6, "Inherent risk"), (7, 7, "Existing controls"), (8, 12, "Further actions"),
           (13, 15, "Residual risk"), (16, 16, "Direction of travel")]
    sub = {4: "L", 5: "I", 6: "Score", 8: "Ref", 9: "Action", 10: "Action owner", 11: "Target date",
           12: "Status", 13: "L", 14: "I", 15: "Score"}
    for c1, c2, text in top:
        cell = ws.cell(5, c1, text)
        if c1 != c2:
            ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
        else:
            ws.merge_cells(start_row=5, start_column=c1, end_row=6, end_column=c1)
    for c, text in sub.items():
        ws.cell(6, c, text)
    for rr in (5, 6):
        for c in range(1, 17):
            cell = ws.cell(rr, c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F3864")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.border = BOX

    risks = [
        ("SR01 – Emergency call handling capacity",
         "Insufficient call handlers in the Operational Communications Centre (OCC) to meet 999 and 101 demand, leading to missed answering targets, delayed deployment and avoidable harm to the public.",
         "ACC Local Policing", (4, 5), "Daily demand management meeting; OCC resourcing model; mutual aid from West Mercia OCC; 999 BT performance monitoring.",
         (3, 5), "↔", [
             ("SR01.1", "Complete recruitment of 18 additional call handlers and deliver the initial training course.", "Head of OCC", d(2025, 10, 31), "G"),
             ("SR01.2", "Implement Phase 2 of Right Care, Right Person for concern for welfare calls.", "Supt Partnerships / Head of OCC", "March 2026", "A"),
             ("SR01.3", "Deploy 101 webchat through the Single Online Home platform.", "Head of Digital Services", "Q4 2025/26", "G"),
         ]),
        ("SR02 – Vetting and integrity",
         "A backlog in vetting renewals and aftercare means the force cannot evidence that all officers and staff hold current vetting, risking non-compliance with the Vetting APP and loss of public confidence.",
         "Deputy Chief Constable", (4, 4), "Vetting Unit prioritisation matrix; monthly PSD performance meeting; national PND checks.",
         (4, 4), "↓", [
             ("SR02.1", "Clear the backlog of overdue vetting renewals (baseline 412 cases at April 2025).", "Head of Professional Standards", d(2025, 12, 31), "R"),
             ("SR02.2", "Complete the national Police National Database re-check of all officers and staff.", "Force Vetting Manager", d(2025, 6, 30), "B"),
         ]),
        ("SR03 – Financial sustainability",
         "The force is unable to set a balanced budget over the medium term because of pay awards above funded levels and reduced grant, leading to unplanned reductions in service.",
         "Director of Finance (OPCC/Force)", (4, 5), "Medium Term Financial Plan; monthly budget monitoring; reserves strategy.",
         (3, 4), "↑", [
             ("SR03.1", "Deliver the 2025/26 savings programme of £4.2m and report monthly to the Force Executive Board.", "Director of Finance (OPCC/Force)", d(2026, 3, 31), "A"),
             ("SR03.2", "Refresh the Medium Term Financial Plan to 2029/30 for the PCC's budget and precept report.", "Chief Accountant", "Feb-26", "G"),
         ]),
        ("SR04 – ICT resilience and cyber security",
         "Loss of critical ICT systems through infrastructure failure or a cyber attack, resulting in an inability to receive calls, record crime or deploy resources.",
         "Director of Enabling Services", (3, 5), "Business continuity plans; daily backups; Cyber Essentials certification; NMC monitoring.",
         (2, 5), "↔", [
             ("SR04.1", "Migrate the remaining on-premise servers to the Azure tenant and decommission the Leek Wootton data centre.", "Head of ICT", "Sept 2026", "G"),
             ("SR04.2", "Run a cyber incident exercise with the Regional Organised Crime Unit and update the Business Continuity Plan.", "Information Security Officer & BC Manager", d(2025, 11, 30), "A"),
             ("SR04.3", "Achieve Cyber Essentials Plus re-certification.", "Information Security Officer", d(2026, 1, 31), None),
         ]),
    ]

    def score_fill(s):
        return fill("F4B084") if s >= 15 else (fill("FFE699") if s >= 8 else fill("C6E0B4"))

    r = 7
    for risk, desc, owner, inh, controls, res, dot, acts in risks:
        first = r
        for i, (ref, text, aowner, tgt, st) in enumerate(acts):
            row = [None] * 16
            if i == 0:
                row[0] = risk
                row[1] = desc
                row[2] = owner
                row[3], row[4] = inh
                row[5] = inh[0] * inh[1]
                row[6] = controls
                row[12], row[13] = res
                row[14] = res[0] * res[1]
                row[15] = dot
            row[7] = ref
            row[8] = text
            row[9] = aowner
            row[10] = tgt
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if st:
                ws.cell(r, 12).fill = RAGFILL[st]
            r += 1
        last = r - 1
        if last > first:
            for c in (1, 2, 3, 4, 5, 6, 7, 13, 14, 15, 16):
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(first, 6).fill = score_fill(inh[0] * inh[1])
        ws.cell(first, 15).fill = score_fill(res[0] * res[1])
        ws.cell(first, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (1–5) x Impact (1–5). 15–25 High; 8–12 Medium; 1–6 Low.")
    ws.cell(r + 1, 1, "Direction of travel: ↑ risk increasing   ↔ stable   ↓ risk reducing (since the last quarterly review).")
    ws.cell(r + 2, 1, "OFFICIAL")
    widths = {"A": 24, "B": 40, "C": 16, "D": 4, "E": 4, "F": 7, "G": 34, "H": 9, "I": 48, "J": 22,
              "K": 12, "L": 9, "M": 4, "N": 4, "O": 7, "P": 10}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A7"

    hm = wb.create_sheet("Scoring matrix")
    hm["A1"] = "Risk scoring matrix (residual scores, September 2025)"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        hm.cell(3, 1 + i, i)
        hm.cell(3 + i, 1, 6 - i)
    placed = {(4, 4): "SR02", (3, 5): "SR01", (3, 4): "SR03", (2, 5): "SR04"}
    for li in range(1, 6):
        for im in range(1, 6):
            cell = hm.cell(3 + (6 - li), 1 + im, placed.get((li, im)))
            cell.fill = score_fill(li * im)
            cell.border = BOX
    wb.save(out("zwv-warwickshire-police-force-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Health and Safety Executive - ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_hse():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Health and Safety Executive – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee, 21 October 2025 – position at 30 September 2025"
    s["A3"] = "Prepared by: Head of Corporate Governance. Internal audit provided by the Government Internal Audit Agency (GIAA)."
    s["A3"].font = Font(italic=True)
    s.append([])
    s.append(["Priority", "Open", "of which overdue", "Revised date agreed", "Closed since last ARAC"])
    for row in [["High", 2, 0, 1, 0], ["Medium", 3, 0, 1, 1], ["Low", 1, 1, 0, 1], ["Total", 6, 1, 2, 2]]:
        s.append(row)
    for row in s.iter_rows(min_row=5, max_row=9, max_col=5):
        for c in row:
            c.border = BOX
    for c in s[5]:
        c.font = Font(bold=True)
    for c in s[9]:
        c.font = Font(bold=True)
    s["A11"] = "Status key: Green – on track to meet the agreed date; Amber – at risk, revised date agreed or requested; Red – past the agreed date; Complete – evidence of implementation accepted by GIAA."
    s.column_dimensions["A"].width = 18
    for k in "BCDE":
        s.column_dimensions[k].width = 18

    hdr = ["Rec no.", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Status", "Update from action owner (September 2025)"]
    widths = [8, 9, 42, 48, 26, 12, 12, 10, 44]

    def sheet(title, heading, groups):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        for i, h in enumerate(hdr, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True)
            c.fill = fill("D9D9D9")
            c.alignment = WRAP
            c.border = BOX
        r = 4
        for audit, recs in groups:
            ws.cell(r, 1, audit).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 10):
                ws.cell(r, c).fill = fill("8B1F3F")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for rec in recs:
                for i, v in enumerate(rec, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                r += 1
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.freeze_panes = "A4"
        return ws

    A = "2024/25 – Cyber Security: Privileged Access Management (Limited assurance)"
    B = "2024/25 – Fee for Intervention: Invoicing and Debt Recovery (Moderate assurance)"
    C = "2025/26 – Building Safety Regulator: Workforce Planning (Limited assurance)"
    sheet("Open recommendations", "Open recommendations", [
        (A, [
            ("1", "High", "HSE should maintain a complete inventory of privileged accounts and review it at least quarterly.",
             "Deploy the privileged access management tool to all domain and cloud administrator accounts and complete the first quarterly access review.",
             "Chief Information Security Officer", d(2025, 3, 31), d(2025, 9, 30), "Amber",
             "Tool deployed to domain accounts; cloud administrator accounts to follow. Further extension to December requested."),
            ("2", "Medium", "Joiner, mover and leaver procedures for privileged users should be documented and followed.",
             "Update the joiner, mover and leaver procedure and link leaver notifications from the HR system to the IT service desk.",
             "Head of IT Service Management", d(2025, 12, 31), None, "Green",
             "Procedure drafted; integration testing planned for November."),
        ]),
        (B, [
            ("1", "Medium", "Disputed FFI invoices should be tracked to resolution against the published timescales.",
             "Introduce a disputes log with weekly review by the FFI team leader and monthly reporting to the Finance Director.",
             "FFI Team Leader / Head of Financial Operations", d(2025, 5, 31), d(2025, 12, 31), "Amber",
             "Log in use since July; monthly reporting to start once three months of data are available."),
            ("2", "Low", "Debt write-off approvals should be evidenced in line with the scheme of delegation.",
             "Amend the write-off form to record the delegated approver and date, and check all 2024/25 write-offs retrospectively.",
             "Head of Financial Operations", d(2025, 8, 31), None, "Red",
             "Form amended; retrospective check not yet started."),
        ]),
        (C, [
            ("1", "High", "BSR should produce a workforce plan linking recruitment of multi-disciplinary team members to forecast Gateway 2 application volumes.",
             "Publish the BSR strategic workforce plan 2025–2028, approved by the BSR Executive Committee.",
             "BSR Head of Workforce Planning", "Q3 2025/26", None, "Green",
             "Draft plan considered by BSR Executive Committee on 17 September."),
            ("2", "Medium", "Training records for registered building inspectors should be held centrally.",
             "Migrate BSR training records to the corporate learning management system.",
             "Head of Learning & Development", "Mar-26", None, "Not started",
             "Dependent on the learning management system upgrade."),
        ]),
    ])
    sheet("Closed since last ARAC", "Recommendations closed since the last ARAC (10 June 2025)", [
        (A, [
            ("3", "Low", "Use of emergency 'break glass' accounts should be logged and reviewed.",
             "Configure alerts on break-glass account use and add a monthly review to the security operations checklist.",
             "Chief Information Security Officer", d(2025, 6, 30), None, "Complete",
             "Closed 12 June 2025; evidence accepted by GIAA."),
        ]),
        (B, [
            ("3", "Medium", "Aged debt over 90 days should be reported to the Executive Committee quarterly.",
             "Add an aged debt section to the quarterly finance report to the Executive Committee.",
             "Finance Director", d(2025, 7, 31), None, "Complete",
             "Included in the Q1 finance report (July 2025)."),
        ]),
    ])
    wb.save(out("zwv-health-and-safety-executive-arac-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Devon & Somerset FRS - Grenfell Tower Inquiry Phase 2 action plan (docx)
# ---------------------------------------------------------------------------
def make_dsfrs():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Devon & Somerset Fire & Rescue Service"
    doc.add_heading("Grenfell Tower Inquiry Phase 2 Report: Service Action Plan", level=0)
    doc.add_paragraph("Report to: Devon & Somerset Fire & Rescue Authority – Community Safety Committee, 14 March 2025")
    doc.add_paragraph(
        "The Inquiry's Phase 2 report was published on 4 September 2024. This plan sets out how the Service will respond "
        "to the recommendations that apply to fire and rescue services. The wording of each recommendation has been "
        "summarised for this plan.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_text(c, h, bold=True)
    for row in [("0.1", "21/10/2024", "Operational Assurance Team", "First draft for Executive Board"),
                ("1.0", "05/12/2024", "Head of Operational Assurance", "Approved by Executive Board"),
                ("1.1", "03/03/2025", "Head of Operational Assurance", "Progress update for Community Safety Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, hexc, meaning in [("Blue", "0070C0", "Complete"), ("Green", "00B050", "On track"),
                                ("Amber", "FFC000", "Some risk to delivery by the due date"),
                                ("Red", "FF0000", "Overdue or significant risk to delivery")]:
        cells = k.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], hexc)
        set_text(cells[1], meaning)

    themes = [
        ("Theme 1 – Command and control at high-rise incidents", [
            ("R1. Fire and rescue services should ensure incident commanders are trained to recognise when a stay-put strategy is no longer viable and to manage a change to simultaneous evacuation.", [
                ("1.1", "Revise Operational Guidance Note OG 3.4 (High-rise firefighting) to include decision points for a change of evacuation strategy.",
                 "Head of Operational Assurance", "June 2025", "Green", "Draft out for consultation with representative bodies."),
                ("1.2", "Deliver high-rise evacuation command training to all Level 2 and Level 3 incident commanders.",
                 "Area Manager – Training & Development", "31/03/2026", "Amber", "Course designed; 38% of commanders trained. Availability of the training tower at Exeter is limiting numbers."),
            ]),
            ("R2. Fire control rooms should be able to share fire survival guidance information with the incident ground in real time.", [
                ("1.3", "Implement the electronic fire survival guidance (FSG) information-sharing module between Control and the command support unit.",
                 "Control Manager / ICT Project Lead", "Dec 2025", "Amber", "Supplier release slipped from September; testing now planned for October."),
            ]),
        ]),
        ("Theme 2 – Protection and the built environment", [
            ("R3. Fire and rescue services should hold accurate, accessible information about the external wall systems of high-rise residential buildings.", [
                ("2.1", "Complete Site-Specific Risk Information (SSRI) reviews for all 68 high-rise residential buildings in Devon and Somerset.",
                 "Group Manager Protection", "30/09/2024", "Blue", "All 68 reviews complete and available on mobile data terminals."),
                ("2.2", "Agree a data-sharing arrangement with the Building Safety Regulator for higher-risk building information.",
                 "Head of Protection", "TBC – awaiting national template", "Amber", "NFCC template expected spring 2025."),
            ]),
            ("R4. Fire safety officers should have the competence to assess the fire performance of external walls.", [
                ("2.3", "Enrol all fire safety inspecting officers on the Level 4 Diploma in Fire Safety under the NFCC competency framework.",
                 "Protection Training Lead", "Sept 2025 – March 2027", "Green", "First cohort of 12 enrolled."),
            ]),
        ]),
        ("Theme 3 – Residents, partners and assurance", [
            ("R5. Fire and rescue services should work with responsible persons so that residents of high-rise buildings, including people who may need help to evacuate, receive clear fire safety information.", [
                ("3.1", "Run a joint campaign with housing providers on personal emergency evacuation plans (PEEPs) for residents of high-rise blocks.",
                 "Head of Prevention", "Ongoing", "Green", "Campaign launched with six registered providers."),
                ("3.2", "Publish accessible high-rise fire safety information in the five most requested community languages.",
                 "Communications Manager", "31 January 2025", "Red", "Translations received; accessibility checks outstanding."),
                ("3.3", "Report progress against this plan to each meeting of the Community Safety Committee.",
                 "Deputy Chief Fire Officer", "Quarterly", "Green", "Standing item on the committee forward plan."),
            ]),
        ]),
    ]
    hdr = ["Ref", "Action", "Owner", "Due", "RAG", "Progress"]
    widths = [Cm(1.4), Cm(8.5), Cm(4.0), Cm(3.2), Cm(1.8), Cm(7.0)]
    rag_hex = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h, w in zip(tb.rows[0].cells, hdr, widths):
            set_text(c, h, bold=True, color="FFFFFF")
            shade(c, "C00000")
            c.width = w
        repeat_header(tb.rows[0])
        for rec, acts in recs:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_text(merged, rec, bold=True)
            shade(merged, "F2DCDB")
            for ref, action, owner, due, rag, prog in acts:
                cells = tb.add_row().cells
                for c, v, w in zip(cells, [ref, action, owner, due, rag, prog], widths):
                    set_text(c, v)
                    c.width = w
                shade(cells[4], rag_hex[rag])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_text(c, h, bold=True)
    cells = so.add_row().cells
    for c, v in zip(cells, ["Executive Board", "Chief Fire Officer (Chair)", "05/12/2024"]):
        set_text(c, v)
    doc.save(out("zwv-devon-and-somerset-fire-rescue-service-grenfell-tower-inquiry-phase-2-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Fairhaven Court Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_fairhaven():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("CQC Inspection Action Plan – Fairhaven Court Care Home", level=1)
    for line in [
        "Provider: Fairhaven Care Homes Ltd        Location: Fairhaven Road, Lytham St Annes, FY8 1NN",
        "Registered Manager: Karen Whitfield",
        "Inspection: 3 and 4 June 2025        Report published: 22 July 2025        Overall rating: Requires Improvement",
        "This action plan responds to the requirement notices in the report and was sent to CQC on 5 August 2025. It is reviewed at the monthly governance meeting.",
    ]:
        doc.add_paragraph(line)

    hdr = ["What CQC told us (regulation breached)", "Action we will take", "Who", "By when", "Progress / evidence", "Status"]
    widths = [Cm(6.0), Cm(7.5), Cm(3.6), Cm(2.8), Cm(5.0), Cm(2.4)]
    sections = [
        ("Is the service safe?", [
            ("Regulation 12 (Safe care and treatment): Medicines were not always managed safely. Records for 'as required' (PRN) medicines and topical creams were incomplete.", [
                ("Introduce PRN protocols for every person prescribed 'as required' medicines, reviewed by the GP at the next medication review.",
                 "Clinical Lead", "By 31 July 2025", "Protocols in place for all 14 people; GP reviews booked.", "Completed"),
                ("Move topical cream charts (TMARs) onto the electronic MAR system so that each application is recorded at the time.",
                 "Deputy Manager / Clinical Lead", "End of September 2025", "eMAR supplier set-up in progress.", "On track"),
                ("Weekly medicines audit by a nurse who is not on shift, with findings reviewed at the Monday heads of department meeting.",
                 "Registered Manager", "Weekly – ongoing", "Audits completed every week since 7 July.", "On track"),
            ]),
            ("Regulation 18 (Staffing): Not all staff had completed moving and handling and dysphagia training.", [
                ("Book all outstanding staff onto practical moving and handling training with the external trainer.",
                 "Sarah Dunne and Mark Heywood", "w/c 14/07/25", "22 staff trained; certificates on file.", "Completed"),
                ("Deliver dysphagia and IDDSI training to all care and kitchen staff with the Speech and Language Therapy team.",
                 "Training Coordinator", "30/09/2025", "SALT team could not offer dates until October.", "Amber – delayed"),
            ]),
        ]),
        ("Is the service effective?", [
            ("Regulation 11 (Need for consent): Mental capacity assessments were not always decision-specific.", [
                ("Review all mental capacity assessments and best interests decisions, starting with people who have bed rails or sensor mats.",
                 "Registered Manager", "31 October 2025", "9 of 31 reviewed.", "On track"),
            ]),
        ]),
        ("Is the service well-led?", [
            ("Regulation 17 (Good governance): Audits had not identified the concerns found at this inspection and actions from audits were not followed up.", [
                ("Replace the monthly audit schedule with the provider's new quality assurance framework and a single home improvement plan.",
                 "Operations Director", "Nov-25", "", "Not started"),
                ("Share each monthly provider visit report with the registered manager and track its actions to completion.",
                 "Operations Director", "Monthly", "August visit report shared.", "On track"),
            ]),
        ]),
    ]
    status_hex = {"Completed": "9DC3E6", "On track": "A9D08E", "Amber – delayed": "FFD966", "Not started": "FFFFFF"}
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h, w in zip(tb.rows[0].cells, hdr, widths):
        set_text(c, h, bold=True)
        shade(c, "BDD7EE")
        c.width = w
    repeat_header(tb.rows[0])
    for kq, regs in sections:
        row = tb.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, kq, bold=True, size=11)
        shade(m, "D9D9D9")
        for reg, acts in regs:
            start = len(tb.rows)
            for action, who, when, prog, status in acts:
                cells = tb.add_row().cells
                for c, v, w in zip(cells[1:], [action, who, when, prog, status], widths[1:]):
                    set_text(c, v)
                    c.width = w
                shade(cells[5], status_hex[status])
            end = len(tb.rows) - 1
            top = tb.cell(start, 0)
            if end > start:
                top = top.merge(tb.cell(end, 0))
            set_text(top, reg)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Karen Whitfield, Registered Manager        Date: 5 August 2025")
    doc.add_paragraph("Signed: Anthony Cliffe, Nominated Individual        Date: 5 August 2025")
    doc.save(out("zwv-fairhaven-court-care-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Sheffield Hallam University - Board of Governors action log (csv, refuse)
# ---------------------------------------------------------------------------
def make_shu():
    rows = [
        ["Sheffield Hallam University – Board of Governors Action Log", "", "", "", "", "", ""],
        ["Rolling log of actions arising from Board meetings. Updated 15 September 2025 for the meeting on 25 September 2025.", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Meeting", "Minute", "Action", "Owner", "Due", "RAG", "Update / comment"],
        ["OPEN ACTIONS", "", "", "", "", "", ""],
        ["27/03/2025", "BG/25/13", "Bring the refreshed Financial Sustainability Plan, including revised international recruitment scenarios, to the Board.",
         "Chief Financial Officer", "Dec-25", "A", "Moved from July to the December meeting so that confirmation and clearing data can be included."],
        ["27/03/2025", "BG/25/15", "Arrange a Board development session on the Office for Students' condition E6 (harassment and sexual misconduct).",
         "University Secretary", "0ct-25", "G", "Session booked for 23 October 2025."],
        ["26/06/2025", "BG/25/31", "Circulate the National Student Survey 2025 results by department, with the actions being taken where results are below benchmark.",
         "Pro Vice-Chancellor Education; Director of Student Experience", "Aug-25", "R", "Departmental analysis delayed; now expected mid-September."],
        ["26/06/2025", "BG/25/34", "Review how cyber security incidents are reported to the Board, taking account of the internal audit of IT resilience.",
         "Chief Operating Officer", "Nov-25", "G", ""],
        ["26/06/2025", "BG/25/36", "Provide a summary of the Estates Masterplan capital programme risks at each meeting of the Board.",
         "Chief Operating Officer / Director of Estates", "Ongoing", "G", "Standing item."],
        ["CLOSED SINCE LAST MEETING", "", "", "", "", "", ""],
        ["27/03/2025", "BG/25/09", "Confirm the revised terms of reference for the Audit and Risk Committee following the review against the CUC Higher Education Code of Governance.",
         "University Secretary", "Jun-25", "B", "Approved at the June Board."],
        ["27/03/2025", "BG/25/11", "Share the 2024 staff survey headline results and action plan with governors.",
         "Chief People Officer", "May-25", "B", "Circulated 12 May 2025."],
        ["", "", "", "", "", "", ""],
        ["RAG: G = on track; A = at risk / date moved; R = overdue; B = complete (to be removed from the next log).", "", "", "", "", "", ""],
    ]
    with open(out("zwv-sheffield-hallam-university-board-of-governors-action-log-typo-month-refuse.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Platform Housing Group - TSM improvement plan 2025/26 (tab-separated txt export)
# ---------------------------------------------------------------------------
def make_platform():
    lines = [
        "Platform Housing Group – Tenant Satisfaction Measures Improvement Plan 2025/26",
        "Report: TSM Improvement Actions (all open and closed)\tExported 12/11/2025 09:41",
        "",
        "Theme\tTSM\tRef\tAction\tResponsible officer\tDue date\tRAG\tLatest note",
    ]
    data = [
        ("Keeping properties in good repair", "TP02: Satisfaction with overall repairs service", [
            ("KP1", "Introduce an appointment reminder and 'on the way' text message for all responsive repairs.", "Head of Repairs", "31/12/2025", "Green", "Reminder live; 'on the way' message in testing."),
            ("KP2", "Make a follow-up call to every customer with a repair open for longer than 28 days.", "Customer Experience Manager", "30/09/2025", "Complete", "Calls now part of the weekly repairs backlog review."),
        ]),
        ("", "TP03: Satisfaction with time taken to complete most recent repair", [
            ("KP3", "Recruit additional multi-trade operatives in the East Midlands region to reduce the backlog of non-emergency repairs.", "Director of Property Services", "Q4 2025/26", "Amber", "6 of 10 posts filled."),
        ]),
        ("Maintaining building safety", "TP05: Satisfaction that the home is safe", [
            ("BS1", "Publish a building safety 'you said, we did' update for every higher-risk building.", "Building Safety Manager", "Mar-26", "Green", "First 4 of 11 published."),
        ]),
        ("Respectful and helpful engagement", "TP06: Satisfaction that the landlord listens to tenant views and acts upon them", [
            ("RE1", "Commission a customer scrutiny panel review of how we act on feedback, with recommendations reported to the Customer Experience Committee.", "Head of Customer Voice", "Jan-26", "Green", "Scope agreed with the panel."),
            ("RE2", "Call back every survey respondent who scores 1 or 2 and agrees to be contacted.", "Customer Insight Team Leader / Neighbourhood Managers", "Monthly", "Green", "92% of call-backs made within 10 working days."),
        ]),
        ("", "TP07: Satisfaction that the landlord keeps tenants informed about things that matter to them", [
            ("RE3", "Launch the new customer portal with repair tracking and rent statements.", "Head of Digital", "November 2025", "Red", "Go-live postponed after failed user acceptance testing."),
        ]),
        ("Effective handling of complaints", "TP09: Satisfaction with the landlord's approach to handling complaints", [
            ("CH1", "Complete the annual complaint handling self-assessment against the Housing Ombudsman's Complaint Handling Code and publish it.", "Complaints Manager", "30/06/2025", "Complete", "Published on the website 27 June 2025."),
            ("CH2", "Train all customer-facing staff on the stage 1 complaint response standard.", "Learning & Development Business Partner", "By 31 March 2026", "Amber", "Training material ready; 41% of staff trained."),
        ]),
        ("Responsible neighbourhood management", "TP11: Satisfaction that the landlord makes a positive contribution to neighbourhoods", [
            ("NM1", "Hold estate walkabouts with customers in the 20 neighbourhoods with the lowest TP11 scores.", "Neighbourhood Managers", "Quarterly", "Green", "Q2 walkabouts completed in 8 neighbourhoods."),
        ]),
        ("", "TP12: Satisfaction with the landlord's approach to handling anti-social behaviour", [
            ("NM2", "Review the ASB policy with the Resident Panel and introduce satisfaction calls when an ASB case is closed.", "Head of Tenancy Sustainment", "28/02/2026", "", "Not yet started – follows the policy review cycle."),
        ]),
    ]
    n = 0
    for theme, tsm, acts in data:
        for i, (ref, action, owner, due, rag, note) in enumerate(acts):
            lines.append("\t".join([theme if i == 0 else "", tsm if i == 0 else "", ref, action, owner, due, rag, note]))
            n += 1
    lines.append("")
    lines.append(f"{n} records")
    with open(out("zwv-platform-housing-group-tenant-satisfaction-measures-improvement-plan-2025-26.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_glos()
    make_warks()
    make_hse()
    make_dsfrs()
    make_fairhaven()
    make_shu()
    make_platform()
    print("done")
