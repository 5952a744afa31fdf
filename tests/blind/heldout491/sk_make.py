"""Build the seven sk- blind cases (data files and their .expected.yaml) in this folder.

Run with /work/main/.venv/bin/python sk_make.py
Each case's data is defined once below; the expected reading (end month, status, lead list,
headings) is written out by hand beside each row, not computed from the cell text.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------------------------
# 1. West Northamptonshire Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def make_wnc():
    name = "sk-west-northamptonshire-council-internal-audit-recommendations-tracker.xlsx"
    title = "West Northamptonshire Council – Internal Audit Recommendations Tracker"
    D = dt.datetime
    audits = [
        ("Risk Management 2024/25 – Limited assurance (final report issued 14/11/2025)", [
            ("24/25-17.1", "High",
             "Officers should be reminded to review and update directorate risk registers at least quarterly, and updates should be evidenced on the risk system.",
             "Quarterly reminder to be issued by the Risk & Insurance Manager to all directorate leadership teams, with a compliance report to CLT listing any register not updated in the quarter.",
             "Risk & Insurance Manager", D(2026, 1, 31), None, "green",
             "First reminder issued 06/10/2025. Compliance report to CLT scheduled for 20/01/2026.",
             ["Risk & Insurance Manager"], "2026-01"),
            ("24/25-17.2", "Medium",
             "A formal process should be introduced for sharing the updated Strategic and Directorate Risk Registers with the Audit and Governance Committee and Cabinet.",
             "Risk reporting timetable to be agreed by CLT and built into the Audit and Governance Committee forward plan.",
             "Assistant Director – Governance & Assurance", D(2025, 12, 31), None, "blue",
             "Timetable agreed by CLT on 02/12/2025 and added to the 2026 forward plan. Implemented.",
             ["Assistant Director – Governance & Assurance"], "2025-12"),
            ("24/25-17.3", "Medium",
             "Opportunities to automate risk register reporting should be explored.",
             "Scope a Power BI risk dashboard fed from the corporate risk system and present options to the Risk Management Group.\nPilot with the Place directorate before wider roll-out.",
             "Risk & Insurance Manager / Business Intelligence Manager", D(2025, 11, 30), D(2026, 3, 31), "amber",
             "BI resource diverted to the budget model. Revised date agreed with the Chief Internal Auditor.",
             ["Risk & Insurance Manager", "Business Intelligence Manager"], "2026-03"),
        ]),
        ("Registration Service 2024/25 – Limited assurance (final report issued 02/07/2025)", [
            ("24/25-21.1", "Medium",
             "The quality review process for ceremony officers should be formalised and recorded.",
             "Introduce a quarterly observation schedule for ceremony officers, recorded on the team quality log and reviewed by the Superintendent Registrar.",
             "Superintendent Registrar", D(2025, 9, 30), None, "blue",
             "Schedule in place from August 2025; Q2 observations complete and logged.",
             ["Superintendent Registrar"], "2025-09"),
            ("24/25-21.2", "Low",
             "Refunds for cancelled copy certificate orders should be processed promptly and reconciled monthly.",
             "Monthly reconciliation of cancelled certificate orders to refunds issued, signed off by the Registration Services Manager.",
             "Registration Services Manager", D(2025, 10, 31), None, "red",
             "No evidence of reconciliation received. Reminder sent 08/12/2025.",
             ["Registration Services Manager"], "2025-10"),
        ]),
        ("Cyber Security – Patch Management 2023/24 – Reasonable assurance (final report issued 19/03/2024)", [
            ("23/24-09.2", "High",
             "All end-of-life servers should be decommissioned or isolated from the corporate network.",
             "Decommission the remaining 14 Windows Server 2012 R2 servers, or move them to the isolated legacy network segment where the application cannot yet be migrated.",
             "Chief Information Officer / Head of Cyber Security", D(2025, 3, 31), D(2026, 3, 31), "amber",
             "9 of 14 servers decommissioned. Remaining 5 host the legacy revenues system pending migration in Q4.",
             ["Chief Information Officer", "Head of Cyber Security"], "2026-03"),
            ("23/24-09.4", "Medium",
             "Patch compliance should be reported monthly to the Information Governance Board.",
             "Monthly patch compliance KPI to be added to the Information Governance Board dashboard.",
             "Head of Cyber Security", D(2025, 6, 30), None, "blue",
             "KPI reported since July 2025 board. Implemented.",
             ["Head of Cyber Security"], "2025-06"),
        ]),
        ("Payroll 2024/25 – Reasonable assurance (final report issued 25/09/2025)", [
            ("24/25-05.1", "Medium",
             "Overtime claims above the monthly threshold should be independently authorised.",
             "Amend the iTrent workflow so that overtime claims over 20 hours in a month are routed to the second-line manager for approval.",
             "Payroll & Pensions Manager", D(2026, 2, 28), None, "green",
             "Workflow change specified; testing planned for January 2026.",
             ["Payroll & Pensions Manager"], "2026-02"),
        ]),
    ]

    wb = Workbook()
    # Summary sheet (not the plan)
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of agreed management actions followed up – position at 31 December 2025"
    s.append([])
    s.append(["Audit", "Total actions", "Blue", "Green", "Amber", "Red"])
    for c in s[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
    tot = [0, 0, 0, 0, 0]
    for band, rows in audits:
        counts = [len(rows)] + [sum(1 for r in rows if r[7] == k) for k in ("blue", "green", "amber", "red")]
        tot = [a + b for a, b in zip(tot, counts)]
        s.append([band.split(" – ")[0]] + counts)
    s.append(["Total"] + tot)
    for c in s[s.max_row]:
        c.font = Font(bold=True)
    s.column_dimensions["A"].width = 45

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Follow-up of agreed management actions – position at 31 December 2025"
    ws["A3"] = "Audit and Governance Committee, 21 January 2026"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "RAG", "Latest update (December 2025)"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    expected = []
    for band, rows in audits:
        ws.append([band])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(FILL["band"])
        for (ref, pri, rec, action, officer, orig, rev, rag, upd, lead, end) in rows:
            ws.append([ref, pri, rec, action, officer, orig, rev, None, upd])
            r = ws.max_row
            for col in range(1, len(hdr) + 1):
                c = ws.cell(r, col)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(FILL[rag])
            expected.append(act(ref, [band, rec], action, lead, end, rag))
    ws.append([])
    ws.append(["RAG key: Blue – implemented; Green – on track for the agreed date; Amber – revised date agreed; Red – overdue / no evidence of implementation."])
    ws.cell(ws.max_row, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [12, 10, 45, 55, 30, 14, 14, 8, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)

    k = wb.create_sheet("Key")
    k.append(["Priority", "Definition"])
    k.append(["High", "Fundamental weakness in control; action required urgently (within 3 months)."])
    k.append(["Medium", "Significant weakness; action required within 6 months."])
    k.append(["Low", "Minor improvement to control; action within 12 months."])
    k.append([])
    k.append(["RAG", "Meaning"])
    for word, col in (("Blue", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red")):
        k.append([word, {"blue": "Implemented", "green": "On track for the agreed date",
                         "amber": "Revised date agreed", "red": "Overdue / no evidence of implementation"}[col]])
        k.cell(k.max_row, 1).fill = fill(FILL[col])
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "West Northamptonshire Council, Audit and Governance Committee internal audit progress report "
                  "(2025/26, Q3), appendix tracking agreed management actions from limited and reasonable "
                  "assurance audits (Risk Management, Registrars, patch management, payroll). Imitated: summary "
                  "sheet first, audit band rows merged across the table, recommendation beside the agreed action, "
                  "original and revised target dates, fill-only RAG column with a key below the table and a Key sheet.",
        "reads": "A follow-up tracker of 8 agreed management actions grouped under four audit band rows; each row "
                 "gives the recommendation, the agreed action, the responsible officer(s), original and revised "
                 "dates and a colour-only RAG cell explained by the key (blue = implemented). The Summary and Key "
                 "sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 2. BCP Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------------------------
def make_bcp():
    name = "sk-bcp-council-corporate-risk-register-2025-26.xlsx"
    title = "BCP Council Corporate Risk Register 2025/26"
    STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    risks = [
        ("CR01", "Financial sustainability and the DSG deficit",
         "Cause: rising demand in SEND, social care and temporary accommodation; accumulated Dedicated Schools Grant deficit.\nEvent: the Council cannot set a balanced budget once the statutory override ends.\nEffect: s114 notice, loss of local control over spending.",
         "Chief Executive", "5 x 5 = 25",
         "Medium Term Financial Plan reviewed quarterly; Corporate Strategy Delivery Board monitors savings; DSG management plan agreed with DfE.",
         "4 x 5 = 20", "3 x 4 = 12",
         [
             ("CR01.1", "Deliver the 2026/27 budget savings programme, with monthly tracking of delivery through the Corporate Strategy Delivery Board.",
              "Chief Finance Officer", "31/03/2026", "On track", ["Chief Finance Officer"], "2026-03", None, "green"),
             ("CR01.2", "Continue engagement with DfE on the Dedicated Schools Grant deficit and the statutory override, and model the effect of the override ending on the 2028/29 position.",
              "Chief Finance Officer / Director of Education and Skills", "Ongoing", "On track",
              ["Chief Finance Officer", "Director of Education and Skills"], None, "Ongoing", "green"),
         ]),
        ("CR02", "Cyber security incident",
         "Cause: phishing, unpatched systems, supplier compromise.\nEvent: loss of systems or data through a cyber attack.\nEffect: services unavailable, data breach, ICO action.",
         "Director of IT and Programmes", "4 x 5 = 20",
         "Microsoft 365 security baseline; PSN compliance; mandatory cyber training; immutable back-ups.",
         "3 x 5 = 15", "2 x 5 = 10",
         [
             ("CR02.1", "Complete migration of the remaining on-premise file shares to Microsoft 365 and retire the legacy Poole and Christchurch file servers.",
              "Head of ICT Operations", "Dec-25", "At risk", ["Head of ICT Operations"], "2025-12", None, "amber"),
             ("CR02.2", "Run the annual cyber incident tabletop exercise with the Corporate Management Board and the Emergency Planning team.",
              "Head of ICT Operations; Emergency Planning Manager", "30/11/2025", "Complete",
              ["Head of ICT Operations", "Emergency Planning Manager"], "2025-11", None, "blue"),
         ]),
        ("CR03", "Children's placement sufficiency",
         "Cause: shortage of local foster and residential placements.\nEvent: children placed at distance or in unregistered provision.\nEffect: poorer outcomes, cost pressure, regulatory criticism.",
         "Director of Children's Services", "4 x 4 = 16",
         "Sufficiency Strategy 2024-27; weekly placement panel; regional commissioning framework.",
         "4 x 4 = 16", "3 x 3 = 9",
         [
             ("CR03.1", "Open two further in-house children's homes under the Sufficiency Strategy, with Ofsted registration of the first home by January 2026.",
              "Director of Children's Social Care", "Sept 2025 – March 2026", "At risk",
              ["Director of Children's Social Care"], "2026-03", None, "amber"),
             ("CR03.2", "Recruit 25 additional mainstream foster carers through the regional Fostering Recruitment Hub.",
              "Service Manager (Fostering)", "Q4 2025/26", "On track", ["Service Manager (Fostering)"], "2026-03", None, "green"),
         ]),
        ("CR04", "Adult social care market stability",
         "Cause: workforce shortages and cost pressures on providers.\nEvent: provider failure or handing back of contracts.\nEffect: unmet need, delayed hospital discharge.",
         "Director of Adult Social Care", "4 x 4 = 16",
         "Market Position Statement; provider forums; contract monitoring visits.",
         "3 x 4 = 12", "2 x 4 = 8",
         [
             ("CR04.1", "Complete the Fair Cost of Care refresh for home care and agree the 2026/27 fee uplift.",
              "Director of Commissioning", "28/02/2026", "On track", ["Director of Commissioning"], "2026-02", None, "green"),
             ("CR04.2", "Implement the Provider Risk Dashboard, bringing together CQC ratings, contract monitoring findings and safeguarding concerns.",
              "Head of Quality, Improvement and Contracts", "31/01/2026", "Off track",
              ["Head of Quality, Improvement and Contracts"], "2026-01", None, "red"),
         ]),
        ("CR05", "Coastal erosion and flood risk",
         "Cause: sea level rise and more frequent storm events.\nEvent: failure of coastal defences or surface water flooding.\nEffect: damage to property and infrastructure, risk to life.",
         "Director of Environment", "3 x 5 = 15",
         "Shoreline Management Plan; beach nourishment programme; Multi-Agency Flood Plan.",
         "3 x 4 = 12", "2 x 4 = 8",
         [
             ("CR05.1", "Submit the outline business case for the Poole Bay beach management scheme to the Environment Agency.",
              "Flood and Coastal Erosion Risk Manager", "Mar-26", "On track",
              ["Flood and Coastal Erosion Risk Manager"], "2026-03", None, "green"),
         ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    for row in [("Owner", "Head of Audit and Management Assurance"),
                ("Version", "2.1"),
                ("Position at", "30 September 2025 (Quarter 2)"),
                ("Reviewed by", "Corporate Management Board, 15 October 2025"),
                ("Reported to", "Audit and Governance Committee, 27 November 2025"),
                ("Next review", "Quarter 3, January 2026")]:
        cv.append(list(row))
    cv.append([])
    cv.append(["Version history"])
    cv.cell(cv.max_row, 1).font = Font(bold=True)
    cv.append(["Version", "Date", "Change"])
    cv.append(["1.0", "14/04/2025", "2025/26 register approved by CMB"])
    cv.append(["2.0", "16/07/2025", "Q1 review; CR05 added"])
    cv.append(["2.1", "15/10/2025", "Q2 review"])
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Corporate Risk Register – Quarter 2 2025/26 (position at 30 September 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scores are Likelihood x Impact. Further actions are the additional mitigations to reach the target score."
    ws["A2"].font = Font(italic=True)
    ws.append([])
    hdr = ["Risk ref", "Risk title", "Risk description", "Risk owner", "Inherent score", "Key controls in place",
           "Current score", "Action ref", "Further action required", "Action owner", "Target date",
           "Action status", "Target score"]
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    expected = []
    for (rref, rtitle, desc, rowner, inh, controls, cur, tgt, actions) in risks:
        first = ws.max_row + 1
        for i, (aref, text, owner, date, status, lead, end, end_text, rag) in enumerate(actions):
            if i == 0:
                ws.append([rref, rtitle, desc, rowner, inh, controls, cur, aref, text, owner, date, status, tgt])
            else:
                ws.append([None] * 7 + [aref, text, owner, date, status, None])
            r = ws.max_row
            for col in range(1, len(hdr) + 1):
                ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(r, col).border = BOX
            ws.cell(r, 12).fill = fill(FILL[STATUS_FILL[status]])
            expected.append(act(aref, [rtitle], text, lead, end, rag, end_text))
        last = ws.max_row
        for col in (1, 2, 3, 4, 5, 6, 7, 13):
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for col in (5, 7, 13):
            score = int(ws.cell(first, col).value.split("= ")[1])
            ws.cell(first, col).fill = fill(FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"])
    ws.append([])
    ws.append(["Action status key: Complete (blue) – action delivered; On track (green); At risk (amber) – slippage expected; Off track (red) – target date will be missed."])
    ws.cell(ws.max_row, 1).font = Font(italic=True)
    ws.append(["Score key: 15-25 red (high); 8-12 amber (medium); 1-6 green (low)."])
    ws.cell(ws.max_row, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKLM", [8, 22, 45, 22, 10, 40, 10, 9, 50, 28, 14, 12, 10]):
        ws.column_dimensions[col].width = w

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Current risk scores – heat map summary"
    hm.append(["Risk ref", "Risk title", "Previous score (Q1)", "Current score (Q2)", "Direction of travel"])
    for row in [("CR01", "Financial sustainability and the DSG deficit", 20, 20, "→"),
                ("CR02", "Cyber security incident", 15, 15, "→"),
                ("CR03", "Children's placement sufficiency", 20, 16, "↓"),
                ("CR04", "Adult social care market stability", 12, 12, "→"),
                ("CR05", "Coastal erosion and flood risk", 12, 12, "New")]:
        hm.append(list(row))
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "BCP Council (Bournemouth, Christchurch and Poole), corporate risk register reported quarterly to "
                  "the Audit and Governance Committee, 2025/26 Q2. Imitated: cover sheet with document control and "
                  "version history, one row per further action with the risk's ref, title, description, owner, "
                  "scores and controls merged vertically down its action rows, coloured score cells, action status "
                  "words with fill and a status key under the table, heat-map summary sheet.",
        "reads": "Five corporate risks, each with one or two further mitigating actions (9 actions) giving action "
                 "ref, action, owner, target date and an action status read through the key (Complete = blue, At risk "
                 "= amber, Off track = red). The cover, version history, score cells and heat map are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------------------------
# 3. Cumberland Safeguarding Children Partnership - LCSPR Child F action plan (docx)
# ---------------------------------------------------------------------------------------------
def make_cumberland():
    name = "sk-cumberland-safeguarding-children-partnership-lcspr-child-f-action-plan.docx"
    title = "Child F: Local Child Safeguarding Practice Review – Multi-agency Action Plan"
    recs = [
        ("Recommendation 1 – The CSCP should seek assurance that pre-birth assessments consider the history and current role of all adults in the household, including fathers and male partners who are not living at the address.", [
            ("1.1", "Revise the CSCP pre-birth assessment and planning procedure to require a named record of every adult connected to the household, with checks made with police and adult services.",
             "Cumberland Council – Head of Safeguarding and Quality Assurance", "September 2024", "Blue",
             "Procedure revised and published 19/09/2024.", ["Cumberland Council – Head of Safeguarding and Quality Assurance"], "2024-09", None, "blue"),
            ("1.2", "Deliver the 'Seeing the Whole Family' briefing to midwifery, health visiting and children's social care teams, and audit 20 pre-birth assessments six months later.",
             "CSCP Learning and Development Lead / Designated Nurse Safeguarding Children", "31/03/2025", "Green",
             "Briefings delivered to 214 practitioners. Audit booked for March 2025.",
             ["CSCP Learning and Development Lead", "Designated Nurse Safeguarding Children"], "2025-03", None, "green"),
        ]),
        ("Recommendation 2 – Partner agencies should ensure that information about domestic abuse shared at MARAC is routinely considered in child protection planning for unborn and newborn babies.", [
            ("2.1", "Add a MARAC check to the initial child protection conference checklist and the core group agenda template.",
             "Child Protection Chairs Service Manager", "Dec 24", "Blue",
             "Checklist and template updated; in use since December 2024.", ["Child Protection Chairs Service Manager"], "2024-12", None, "blue"),
            ("2.2", "Cumbria Constabulary to share MARAC outcomes for cases involving a pregnancy with the 0-19 service within 24 hours of the meeting.",
             "Cumbria Constabulary – DCI, Public Protection Unit", "April – June 2025", "Amber",
             "Information sharing agreement drafted; sign-off delayed by ICB data protection review.",
             ["Cumbria Constabulary – DCI, Public Protection Unit"], "2025-06", None, "amber"),
        ]),
        ("Recommendation 3 – The CSCP should be assured that practitioners understand and apply the safe sleep guidance where parents use alcohol or drugs.", [
            ("3.1", "Relaunch the safe sleep risk assessment tool across midwifery, health visiting, early help and children's social care, with a short film co-produced with parents.",
             "North Cumbria Integrated Care NHS FT – Named Nurse Safeguarding", "31/07/2025", "Green",
             "Film produced; launch planned for Safeguarding Week in June.",
             ["North Cumbria Integrated Care NHS FT – Named Nurse Safeguarding"], "2025-07", None, "green"),
            ("3.2", "Include safe sleep and parental substance use in the CSCP multi-agency audit programme.",
             "CSCP Business Manager", "Ongoing", "Green",
             "Added to the 2025/26 audit schedule; first audit reported to the Quality Assurance subgroup in May.",
             ["CSCP Business Manager"], None, "Ongoing", "green"),
            ("3.3", "GP practices to record parental substance use on the child's record using the agreed SNOMED codes.",
             "Named GP for Safeguarding Children", "30/09/2025", "Red",
             "Coding guidance not yet issued to practices.", ["Named GP for Safeguarding Children"], "2025-09", None, "red"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Cumberland Safeguarding Children Partnership (CSCP)")
    doc.add_paragraph("Version 4 – progress updated for the CSCP Executive, 12 May 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Review", "Local Child Safeguarding Practice Review – Child F (published 4 July 2024)"),
                 ("Plan owner", "CSCP Practice Review Subgroup"),
                 ("Version", "4"),
                 ("Last updated", "12 May 2025"),
                 ("Approved by", "CSCP Executive (Safeguarding Partners)")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, col, meaning in [("Blue", "blue", "Complete and evidenced"),
                               ("Green", "green", "On track"),
                               ("Amber", "amber", "Some slippage – remedial action in place"),
                               ("Red", "red", "Off track – escalate to the CSCP Executive")]:
        row = t.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], FILL[col])
        set_cell(row[1], meaning)

    doc.add_paragraph("Action plan", style="Heading 1")
    doc.add_paragraph("The review made three recommendations for the partnership. Each is set out below with the actions agreed by the Practice Review Subgroup.")
    expected = []
    hdr = ["No.", "Action", "Lead agency / officer", "Timescale", "Progress and evidence of impact", "RAG"]
    for rec, actions in recs:
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.bold = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, FILL["grey"])
        for (no, text, lead_txt, when, rag_word, prog, lead, end, end_text, rag) in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, text, lead_txt, when, prog, rag_word]):
                set_cell(c, v)
            shade(cells[5], FILL[rag])
            expected.append(act(no, [rec], text, lead, end, rag, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Safeguarding partner", "Name / role", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Cumberland Council", "Director of Children's Services", "12/05/2025"),
                ("NHS North East and North Cumbria ICB", "Director of Nursing (North Cumbria)", "12/05/2025"),
                ("Cumbria Constabulary", "Detective Superintendent, Public Protection", "12/05/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Cumberland Safeguarding Children Partnership (created April 2023 with Cumberland Council), "
                  "local child safeguarding practice review action plan of the kind published with LCSPR reports "
                  "(2024-25). Imitated: title block, document control table, shaded RAG key table, each "
                  "recommendation as a bold paragraph followed by its own action table (No., Action, Lead agency / "
                  "officer, Timescale, Progress, RAG with shading), sign-off table at the end.",
        "reads": "Three review recommendations, each followed by a table of its actions (7 in all) with a lead "
                 "agency and post, a timescale and a RAG word. The document control, RAG key and sign-off tables "
                 "are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 4. Blackburn with Darwen Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------------------------
def make_bwd():
    name = "sk-blackburn-with-darwen-health-and-wellbeing-board-action-log.csv"
    title = "Blackburn with Darwen Health and Wellbeing Board – Action Log"
    hdr = ["Action No", "Meeting Date", "Agenda Item", "Action", "Responsible", "Due Date", "RAG", "Update / Comments"]
    rows = [
        ("HWB/24/31", "19/11/2024", "Pharmaceutical Needs Assessment",
         "Circulate the draft 2025 Pharmaceutical Needs Assessment to Board members for the 60-day consultation.",
         "Director of Public Health", "January 2025", "B", "Consultation ran 06/01/2025 to 07/03/2025. Action closed.",
         ["Director of Public Health"], "2025-01", None, "blue"),
        ("HWB/25/04", "18/03/2025", "Joint Local Health and Wellbeing Strategy",
         "Bring a refreshed delivery plan for the Joint Local Health and Wellbeing Strategy, with outcome measures for each priority, to the Board.",
         "DPH / ICB Place Director", "Jul-25", "B", "Presented 15/07/2025 and approved.",
         ["DPH", "ICB Place Director"], "2025-07", None, "blue"),
        ("HWB/25/09", "18/03/2025", "Better Care Fund 2025/26",
         "Sign off the Better Care Fund 2025/26 plan by Chair's action and report the submission to the next meeting.",
         "Chair of the Board", "31/03/2025", "B", "Signed off 28/03/2025; submission noted at July meeting.",
         ["Chair of the Board"], "2025-03", None, "blue"),
        ("HWB/25/14", "15/07/2025", "Childhood immunisations",
         "Provide a breakdown of MMR2 uptake by ward and GP practice, with the actions being taken in the three lowest-uptake wards.",
         "Fletcher, Sarah", "16/09/2025", "A", "Ward data provided; practice-level data awaited from NHS England screening and immunisation team.",
         ["Fletcher, Sarah"], "2025-09", None, "amber"),
        ("HWB/25/15", "15/07/2025", "Childhood immunisations",
         "Invite the NHS England Screening and Immunisation Lead to attend the November meeting.",
         "Board Clerk", "Next meeting", "G", "Invitation accepted for 18/11/2025.",
         ["Board Clerk"], None, "Next meeting", "green"),
        ("HWB/25/18", "16/09/2025", "Healthy Weight Declaration",
         "Report progress against the Healthy Weight Declaration commitments, including the hot food takeaway planning guidance.",
         "Sam Lee and Jo Patel", "March 2026", "G", "On the forward plan for March 2026.",
         ["Sam Lee", "Jo Patel"], "2026-03", None, "green"),
        ("HWB/25/19", "16/09/2025", "Winter plan 2025/26",
         "Share the system winter plan, including the vaccination programme for health and care staff, with all Board members.",
         "ICB Place Director", "30/09/2025", "R", "Not yet circulated – plan awaiting ICB Board approval.",
         ["ICB Place Director"], "2025-09", None, "red"),
        ("HWB/25/21", "16/09/2025", "Family hubs",
         "Arrange a Board development session on the family hubs and Start for Life offer, hosted at Audley family hub.",
         "Director of Children's Services", "Dec-25", "G", "Date being agreed with the Chair.",
         ["Director of Children's Services"], "2025-12", None, "green"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * (len(hdr) - 1))
    w.writerow(["Last updated: 03/11/2025 (for meeting of 18/11/2025)"] + [""] * (len(hdr) - 1))
    w.writerow([""] * len(hdr))
    w.writerow(hdr)
    expected = []
    for (no, mdate, item, text, resp, due, rag_l, upd, lead, end, end_text, rag) in rows:
        w.writerow([no, mdate, item, text, resp, due, rag_l, upd])
        expected.append(act(no, [item], text, lead, end, rag, end_text))
    w.writerow([""] * len(hdr))
    w.writerow(["RAG: B = complete (to be removed from the log after this meeting); G = on track; A = at risk of slipping; R = overdue"] + [""] * (len(hdr) - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": "Blackburn with Darwen Health and Wellbeing Board, rolling action log published with the board's "
                  "agenda pack (2024-25 meetings). Imitated: a CSV export of the log with title and 'last updated' "
                  "lines, one row per action with meeting date and agenda item, responsible person or post, due "
                  "date, RAG letter and update, and a RAG key line at the foot.",
        "reads": "An action log of 8 actions from four Board meetings; each row names the agenda item, the "
                 "responsible officer(s), a due date ('Next meeting' for one) and a B/G/A/R letter explained by the "
                 "key line (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 5. Rochdale Borough Council - Ofsted focused visit action plan (tab-separated txt)
# ---------------------------------------------------------------------------------------------
def make_rochdale():
    name = "sk-rochdale-borough-council-ofsted-focused-visit-action-plan.txt"
    title = "Ofsted Focused Visit Action Plan – Rochdale Borough Council Children's Services"
    areas = [
        ("Area for improvement 1: The quality and timeliness of assessments for children in need, so that they take account of the child's history and the impact of cumulative harm.", [
            ("1.1", "Refresh the single assessment practice standard to include a chronology of significant events for every child assessed.",
             "Head of Service, Assessment and Safeguarding", "April 2025", "Complete",
             "Standard relaunched 14/04/2025 at all-staff briefing.", ["Head of Service, Assessment and Safeguarding"], "2025-04", None, "blue"),
            ("1.2", "Weekly performance clinic for assessment teams on assessments open beyond 35 working days.",
             "Service Manager (Assessment)", "Monthly", "Green",
             "Clinics running since March; timeliness 71% (Aug) from 58% (Jan).", ["Service Manager (Assessment)"], None, "Monthly", "green"),
            ("1.3", "Thematic audit of 30 child in need assessments to test the use of history and cumulative harm.",
             "Quality Assurance Manager", "30/06/2025", "Complete",
             "Audit reported to DMT 08/07/2025; 63% good or better.", ["Quality Assurance Manager"], "2025-06", None, "blue"),
        ]),
        ("Area for improvement 2: The effectiveness of child protection plans and core groups in reducing risk for children living with domestic abuse.", [
            ("2.1", "Introduce SMART outcome-focused child protection plans using the updated plan template, with IRO challenge where plans are not specific.",
             "Safeguarding Unit Manager / Principal Social Worker", "Sept 2025", "Green",
             "Template live in Liquidlogic from 01/09/2025.", ["Safeguarding Unit Manager", "Principal Social Worker"], "2025-09", None, "green"),
            ("2.2", "Commission Safe and Together training for all child protection social workers and team managers.",
             "Workforce Development Manager", "Dec 2025", "Amber",
             "Cohort 1 complete; cohort 2 moved to November due to trainer availability.", ["Workforce Development Manager"], "2025-12", None, "amber"),
        ]),
        ("Area for improvement 3: Management oversight and supervision, so that it is reflective and clearly directs the work with children.", [
            ("3.1", "Revise the supervision policy and recording template to include reflective discussion and clear actions with timescales.",
             "Principal Social Worker", "May 2025", "Complete",
             "Policy approved by Children's Leadership Team 20/05/2025.", ["Principal Social Worker"], "2025-05", None, "blue"),
            ("3.2", "Team manager development programme on reflective supervision (three modules).",
             "Workforce Development Manager", "31/10/2025", "Green",
             "Modules 1 and 2 delivered to 24 managers.", ["Workforce Development Manager"], "2025-10", None, "green"),
            ("3.3", "Dip sample 10 supervision records per team each quarter and report findings to the Children's Improvement Board.",
             "Head of Quality Assurance and Safeguarding", "March 2026", "Red",
             "Q2 dip sample not completed due to QA vacancy.", ["Head of Quality Assurance and Safeguarding"], "2026-03", None, "red"),
        ]),
    ]
    ncol = 6
    lines = [
        title + "\t" * (ncol - 1),
        "Focused visit 4 and 5 February 2025: children in need and children subject to a child protection plan" + "\t" * (ncol - 1),
        "Progress position: September 2025 (reported to the Children's Improvement Board 7 October 2025)" + "\t" * (ncol - 1),
        "\t" * (ncol - 1),
        "\t".join(["Ref", "What we will do", "Lead", "By when", "Progress update", "Status"]),
    ]
    expected = []
    for area, actions in areas:
        lines.append(area + "\t" * (ncol - 1))
        for (ref, text, lead_txt, when, status, prog, lead, end, end_text, rag) in actions:
            lines.append("\t".join([ref, text, lead_txt, when, prog, status]))
            expected.append(act(ref, [area], text, lead, end, rag, end_text))
    lines.append("\t" * (ncol - 1))
    lines.append("Status: Complete = action delivered; Green = on track; Amber = some delay; Red = off track." + "\t" * (ncol - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": "Rochdale Borough Council children's services, action plan responding to the areas for "
                  "improvement in an Ofsted focused visit letter (ILACS focused visit, CIN/CP, 2025), as reported to "
                  "a Children's Improvement Board. Imitated: a tab-separated export from Excel with trailing tabs, "
                  "title and progress-position lines, header row, each area for improvement as a band row in the "
                  "first column with its numbered actions below, status column mixing 'Complete' and RAG words, "
                  "status key line at the end.",
        "reads": "Three areas for improvement from the focused visit, each followed by its numbered actions (8 in "
                 "all) with lead post(s), a 'by when' month (one is 'Monthly'), a progress update and a status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 6. Mole Valley District Council - annual delivery plan Q2 progress (docx)
# ---------------------------------------------------------------------------------------------
def make_mole_valley():
    name = "sk-mole-valley-district-council-annual-delivery-plan-2025-26-q2-progress.docx"
    title = "Mole Valley District Council – Annual Delivery Plan 2025/26"
    priorities = [
        ("Priority 1: Supporting our communities", [
            ("1A Help residents facing financial hardship", [
                ("1A.1", "Launch the Household Support Fund round 7 scheme and target support to households identified through the Low Income Family Tracker.",
                 "Revenues and Benefits Manager", "June 2025", "Green", "Complete",
                 "Scheme launched 2 June; £412k awarded to 1,960 households by 30 September.",
                 ["Revenues and Benefits Manager"], "2025-06", None, "blue"),
                ("1A.2", "Refresh the Homelessness and Rough Sleeping Strategy action plan and consult partners through the East Surrey Homelessness Forum.",
                 "Strategic Housing Manager", "Q3 2025/26", "Green", "Amber",
                 "Consultation extended to align with the Surrey-wide reorganisation timetable.",
                 ["Strategic Housing Manager"], "2025-12", None, "amber"),
            ]),
            ("1B Support health and wellbeing", [
                ("1B.1", "Deliver the Leatherhead Leisure Centre decarbonisation works funded through the Public Sector Decarbonisation Scheme.",
                 "Head of Property and Leisure / Leisure Contract Manager", "31/03/2026", "Amber", "Green",
                 "Heat pump installation under way; contractor programme recovered.",
                 ["Head of Property and Leisure", "Leisure Contract Manager"], "2026-03", None, "green"),
            ]),
        ]),
        ("Priority 2: A greener Mole Valley", [
            ("2A Reduce the Council's carbon emissions", [
                ("2A.1", "Replace four refuse collection vehicles with electric vehicles as part of the fleet replacement programme.",
                 "Environmental Services Manager", "Dec 2025", "Green", "Green",
                 "Vehicles ordered; delivery confirmed for November.",
                 ["Environmental Services Manager"], "2025-12", None, "green"),
                ("2A.2", "Publish the annual Climate Change Strategy progress report.",
                 "Climate Change Officer", "September 2025", "Green", "Complete",
                 "Published 24 September 2025.",
                 ["Climate Change Officer"], "2025-09", None, "blue"),
            ]),
            ("2B Increase recycling and reduce waste", [
                ("2B.1", "Roll out weekly food waste collections to the remaining flats and communal properties.",
                 "Environmental Services Manager", "31/03/2026", "Amber", "Red",
                 "Bin store surveys show 40% of blocks need works before collections can start; revised plan to Scrutiny in January.",
                 ["Environmental Services Manager"], "2026-03", None, "red"),
            ]),
        ]),
        ("Priority 3: A well-run council", [
            ("3A Prepare for local government reorganisation", [
                ("3A.1", "Contribute to the East Surrey unitary implementation programme, including the transfer of data, contracts and staff records.",
                 "Chief Executive / Strategic Director (Resources)", "Ongoing", "Green", "Green",
                 "Implementation workstreams established; officers seconded to the joint programme office.",
                 ["Chief Executive", "Strategic Director (Resources)"], None, "Ongoing", "green"),
                ("3A.2", "Complete the 2024/25 Statement of Accounts and secure the external audit opinion.",
                 "Strategic Director (Resources)", "30/11/2025", "Amber", "Amber",
                 "Draft accounts published; audit fieldwork under way.",
                 ["Strategic Director (Resources)"], "2025-11", None, "amber"),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Council Strategy 2024–2028 – Quarter 2 progress report (July to September 2025)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to", "Scrutiny Committee, 20 November 2025; Cabinet, 2 December 2025"),
                 ("Owner", "Policy and Performance Manager"),
                 ("Version", "Q2 final"),
                 ("Date", "6 November 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("How to read this report", style="Heading 2")
    doc.add_paragraph("Each action shows its RAG status at the end of Quarter 1 and Quarter 2. "
                      "Complete – action delivered; Green – on track; Amber – at risk of missing the target date; "
                      "Red – will not be delivered by the target date.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (word, col) in zip(t.rows[0].cells, [("Complete", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red")]):
        set_cell(c, word, bold=True)
        shade(c, FILL[col])

    hdr = ["Ref", "Action", "Lead officer", "Target date", "Q1 RAG", "Q2 RAG", "Q2 update"]
    RAGCOL = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    for prio, objectives in priorities:
        doc.add_paragraph(prio, style="Heading 1")
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, FILL["grey"])
        for obj, actions in objectives:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, obj, bold=True)
            shade(m, FILL["band"])
            for (ref, text, lead_txt, when, q1, q2, upd, lead, end, end_text, rag) in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead_txt, when, q1, q2, upd]):
                    set_cell(c, v)
                shade(cells[4], FILL[RAGCOL[q1]])
                shade(cells[5], FILL[RAGCOL[q2]])
                expected.append(act(ref, [prio, obj], text, lead, end, rag, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Summary of Quarter 2 position", style="Heading 2")
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Complete", "Green", "Amber", "Red", "Total"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["2", "3", "2", "1", "8"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Mole Valley District Council, annual delivery plan under the Council Strategy, quarterly progress "
                  "report to Scrutiny and Cabinet (2025/26 Q2). Imitated: title and subtitle, report details table, "
                  "'how to read' key with shaded cells, one table per priority under a Heading 1 with merged "
                  "objective rows inside the table, Q1 and Q2 RAG columns (shaded, with words) and a Q2 summary "
                  "totals table.",
        "reads": "Three priorities, each a table of actions under lettered objectives (8 actions), with lead "
                 "officer(s), target date, Q1 RAG and Q2 RAG; the status is the Q2 RAG ('Complete' = blue). The "
                 "report details, key and summary tables hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 7. Milton Keynes City Council - transformation programme highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def make_mk():
    name = "sk-milton-keynes-city-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Milton Keynes City Council – Transformation Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: October 2025 | Transformation Programme Board: 12 November 2025"
    ws["A2"].font = Font(italic=True)
    # rows 4-7 header block
    block = [("Senior Responsible Owner", "Director of Customer and Digital"),
             ("Programme Manager", "Head of Transformation"),
             ("Overall RAG – previous period", "Amber"),
             ("Overall RAG – this period", "Amber")]
    for i, (k, v) in enumerate(block):
        r = 4 + i
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        if "RAG" in k:
            ws.cell(r, 2).fill = fill(FILL["amber"])
    ws.cell(9, 1, "Key achievements this period").font = Font(bold=True)
    ws.cell(10, 1, "Contact centre telephony moved to the new cloud platform on 14 October with no loss of service; "
                   "first 12 adult social care forms live on the MyAccount portal; Civic office floor 2 vacated.")
    ws.merge_cells(start_row=10, start_column=1, end_row=10, end_column=9)
    ws.cell(10, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[10].height = 32
    ws.cell(12, 1, "Milestones and key actions").font = Font(bold=True, size=12)
    hdr = ["Ref", "Workstream", "Milestone / action", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(13, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
    rows = [
        ("CX-01", "Customer Experience", "Move the contact centre telephony to the new cloud contact platform.",
         "Head of Customer Services", "Sep 2025", "Oct 2025", "Amber", "Blue", "Completed 14/10/2025."),
        ("CX-02", "Customer Experience", "Launch online self-service for council tax moves, discounts and direct debits on MyAccount.",
         "Head of Revenues and Benefits", "Nov 2025", "Jan 2026", "Green", "Amber", "Integration testing with the revenues system delayed by supplier release."),
        ("DD-01", "Digital and Data", "Migrate adult social care forms to the MyAccount portal (phase 1 – 12 forms).",
         "Digital Services Manager", "Oct 2025", "Oct 2025", "Green", "Blue", "All 12 forms live."),
        ("DD-02", "Digital and Data", "Complete the data warehouse build for the corporate performance dashboard.",
         "Head of Business Intelligence", "Dec 2025", "Mar 2026", "Amber", "Amber", "Resource gap in data engineering; contractor starts November."),
        ("PA-01", "Property and Accommodation", "Vacate Civic floors 2 and 3 and relet to partner organisations.",
         "Head of Corporate Property / Estates Manager", "Jan 2026", "Febuary 2026", "Green", "Amber",
         "Floor 2 vacated; heads of terms for floor 3 with NHS partner under negotiation."),
        ("ASC-01", "Adult Social Care Reform", "Roll out the strengths-based 'Three Conversations' model to the remaining two locality teams.",
         "Head of Adult Social Care Operations", "Dec 2025", "Dec 2025", "Green", "Green", "North locality live; South due December."),
        ("CI-01", "Commercial and Income", "Implement the revised fees and charges policy with full cost recovery for discretionary services.",
         "Head of Finance (Commercial)", "Apr 2026", "Apr 2026", "Green", "Green", "Draft policy to Cabinet in January."),
        ("CI-02", "Commercial and Income", "Procure a new garden waste subscription platform.",
         "Waste Contracts Manager", "Sep 2025", "Dec 2025", "Red", "Red", "Tender returned no compliant bids; re-procurement under way."),
    ]
    RAGCOL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    typo_row = None
    for i, row in enumerate(rows):
        r = 14 + i
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 7).fill = fill(FILL[RAGCOL[row[6]]])
        ws.cell(r, 8).fill = fill(FILL[RAGCOL[row[7]]])
        if "Febuary" in row[5]:
            typo_row = r
    r = 14 + len(rows) + 1
    ws.cell(r, 1, "Risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Ref", "Type", "Description", "Owner", "Score", "Mitigation"], start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
    for row in [("R-07", "Risk", "Savings from the Property workstream slip into 2026/27 if floor 3 is not relet.", "Head of Corporate Property", 12, "Alternative tenant list maintained."),
                ("I-03", "Issue", "Revenues system supplier release delayed, affecting CX-02.", "Head of Revenues and Benefits", 9, "Escalated to supplier account director.")]:
        r += 1
        for j, v in enumerate(row, start=1):
            ws.cell(r, j, v)
    r += 2
    ws.cell(r, 1, "RAG: Blue = complete; Green = on track; Amber = at risk, recovery in hand; Red = off track, Board decision needed.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [9, 24, 55, 30, 12, 13, 11, 11, 50]):
        ws.column_dimensions[col].width = w

    b = wb.create_sheet("Benefits")
    b.append(["Workstream", "2025/26 savings target (£k)", "Forecast (£k)", "Variance (£k)"])
    for row in [("Customer Experience", 850, 700, -150), ("Digital and Data", 400, 400, 0),
                ("Property and Accommodation", 620, 480, -140), ("Adult Social Care Reform", 1200, 1150, -50),
                ("Commercial and Income", 500, 380, -120)]:
        b.append(list(row))
    b.append(["Total", 3570, 3110, -460])
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Milton Keynes City Council, transformation programme highlight report to the programme board "
                  "(monthly, 2025). Imitated: title and reporting-period line, SRO / programme manager / overall RAG "
                  "header block, key achievements box, milestones table with workstream, owner, baseline and "
                  "forecast dates as typed month text, previous and current RAG with fills, risks and issues table, "
                  "RAG key line, benefits sheet.",
        "reads": "A one-page highlight report whose milestones table lists 8 actions across five workstreams with "
                 "baseline and forecast months. The forecast date of PA-01 reads 'Febuary 2026', a mistyped month "
                 "in the end cell, so a careful reader stops and asks what was meant before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return typo_row


if __name__ == "__main__":
    print("wnc", make_wnc())
    print("bcp", make_bcp())
    print("cumberland", make_cumberland())
    print("bwd", make_bwd())
    print("rochdale", make_rochdale())
    print("mole valley", make_mole_valley())
    print("mk typo row", make_mk())
