"""Build the seven zwl- blind test files (set heldout634).

Run with /work/main/.venv/bin/python zwl_make.py ; files are written next to this script.
Each action below carries the cell values written into the file and, separately, the
reading a person makes of it (lead list, end month, status) used for the .expected.yaml.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Wildfowl & Wetlands Trust – avian influenza lessons learned (xlsx)
# ---------------------------------------------------------------------------
WWT_FILE = "zwl-wildfowl-and-wetlands-trust-avian-influenza-lessons-learned-action-plan.xlsx"
WWT_TITLE = "Avian Influenza (HPAI H5N1) 2022–23: Lessons Learned Action Plan"
WWT_THEMES = [
    ("Theme A: Biosecurity and animal health", [
        ("Lesson 1: Suspected cases in collection birds were not always escalated quickly enough to trigger the Disease Control Plan.", [
            dict(ref="1.1",
                 action="Introduce a single 24/7 escalation route for suspected notifiable disease, with the duty vet on call and a named deputy at each wetland centre.",
                 centres="All centres", lead_cell="Head of Animal Health and Welfare",
                 orig=D(2023, 3, 31), rev=None,
                 update="Escalation protocol live from March 2023; tested in a table-top exercise at Slimbridge in June 2023.",
                 prev="blue", cur="blue",
                 lead=["Head of Animal Health and Welfare"], end="2023-03", status="blue"),
            dict(ref="1.2",
                 action="Train all aviculture and grounds staff in recognising clinical signs of HPAI and in the ‘stop, isolate, report’ procedure, with a refresher each autumn before the housing season.",
                 centres="All centres", lead_cell="Head of Aviculture / Centre Managers",
                 orig=D(2023, 9, 30), rev=D(2024, 10, 31),
                 update="Seven of ten centres trained. Arundel, Llanelli and Caerlaverock sessions booked for October 2024.",
                 prev="amber", cur="green",
                 lead=["Head of Aviculture", "Centre Managers"], end="2024-10", status="green"),
        ]),
        ("Lesson 2: Biosecurity zoning differed between centres and was not always clear to staff, volunteers and contractors.", [
            dict(ref="2.1",
                 action="Adopt a standard three-zone biosecurity model (clean / buffer / collection) with consistent signage, footbaths and PPE stations at every wetland centre.",
                 centres="All centres", lead_cell="Head of Estates",
                 orig=D(2024, 6, 30), rev=D(2025, 3, 31),
                 update="Model agreed. Capital works at Martin Mere and Washington delayed by contractor availability; revised date agreed by Executive.",
                 prev="green", cur="amber",
                 lead=["Head of Estates"], end="2025-03", status="amber"),
            dict(ref="2.2",
                 action="Update the contractor induction pack so that contractors working in collection areas sign the biosecurity declaration before starting work.",
                 centres="All centres", lead_cell="Health, Safety and Environment Manager",
                 orig=D(2023, 12, 31), rev=None,
                 update="Declaration added to induction pack and permit-to-work system.",
                 prev="blue", cur="blue",
                 lead=["Health, Safety and Environment Manager"], end="2023-12", status="blue"),
        ]),
    ]),
    ("Theme B: Site closures and visitor operations", [
        ("Lesson 3: Decisions to close and reopen centres were made case by case, leading to inconsistent messages to members and visitors.", [
            dict(ref="3.1",
                 action="Agree closure and reopening criteria in line with APHA guidance and include them in the Business Continuity Plan for each centre.",
                 centres="All centres", lead_cell="Director of Operations",
                 orig=D(2023, 10, 31), rev=None,
                 update="Criteria approved by the Executive Team in October 2023 and added to all ten Business Continuity Plans.",
                 prev="green", cur="blue",
                 lead=["Director of Operations"], end="2023-10", status="blue"),
            dict(ref="3.2",
                 action="Set up an automated refund and ticket-transfer process for pre-booked visits and events cancelled because of disease control measures.",
                 centres="Martin Mere; Washington; Slimbridge", lead_cell="Head of Visitor Experience / Head of Digital",
                 orig=D(2024, 3, 31), rev=D(2024, 11, 30),
                 update="Ticketing supplier upgrade slipped; manual process still in use. Escalated to Digital Programme Board.",
                 prev="amber", cur="red",
                 lead=["Head of Visitor Experience", "Head of Digital"], end="2024-11", status="red"),
        ]),
    ]),
    ("Theme C: People and communications", [
        ("Lesson 4: Staff at affected centres reported high levels of distress after culls and extended closures.", [
            dict(ref="4.1",
                 action="Provide trauma-informed wellbeing support, including the Employee Assistance Programme and facilitated debriefs, after any cull or prolonged closure.",
                 centres="All centres", lead_cell="Head of People",
                 orig="Ongoing", rev=None,
                 update="Debriefs held at Martin Mere and Washington. Mental Health First Aiders now in place at every centre.",
                 prev="green", cur="green",
                 lead=["Head of People"], end=None, end_text="Ongoing", status="green"),
            dict(ref="4.2",
                 action="Prepare a members’ FAQ and holding statements on avian influenza for the website, ready to go live within two hours of a confirmed case.",
                 centres="All centres", lead_cell="Head of Communications",
                 orig=D(2023, 11, 30), rev=None,
                 update="Templates approved and stored in the incident communications folder.",
                 prev="blue", cur="blue",
                 lead=["Head of Communications"], end="2023-11", status="blue"),
        ]),
    ]),
]


def wwt_actions():
    for theme, lessons in WWT_THEMES:
        for lesson, acts in lessons:
            for a in acts:
                yield theme, lesson, a


def build_wwt():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Wildfowl & Wetlands Trust"
    cov["A1"].font = Font(bold=True, size=14, color="00536B")
    cov["A2"] = WWT_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Document owner", "Director of Operations"),
            ("Review sponsor", "Audit & Risk Committee"),
            ("Version", "3.1"),
            ("Status", "Progress update – position at 30 September 2024"),
            ("Approved", "Executive Team, 12 March 2024 (v3.0)"),
            ("Next review", "Audit & Risk Committee, March 2025")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A12"] = ("This plan responds to the internal lessons learned review of the 2022–23 avian influenza season, "
                  "when confirmed cases in collection birds led to temporary closure of several wetland centres.")
    cov["A12"].alignment = WRAP
    cov.merge_cells("A12:D14")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    last = get_column_letter(ncol)
    ws["A1"] = "Wildfowl & Wetlands Trust"
    ws["A1"].font = Font(bold=True, size=12, color="00536B")
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = WWT_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "Progress update for Audit & Risk Committee – position at 30 September 2024"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells(f"A3:{last}3")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, col_hex, fc) in zip("BCDE", [("Blue – complete", BLUE, "FFFFFF"),
                                              ("Green – on track", GREEN, "000000"),
                                              ("Amber – at risk of delay", AMBER, "000000"),
                                              ("Red – off track / overdue", RED, "FFFFFF")]):
        ws[f"{col}4"] = txt
        ws[f"{col}4"].fill = fill(col_hex)
        ws[f"{col}4"].font = Font(color=fc, bold=True)
    hdr = ["Ref", "Action", "Wetland centre(s)", "Lead", "Original target date",
           "Revised target date", "Progress update", "Previous RAG", "Current RAG"]
    r = 6
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00536B")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r += 1
    for theme, lessons in WWT_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(r, 1).fill = fill("2F75B5")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for lesson, acts in lessons:
            ws.cell(r, 1, lesson).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["centres"], a["lead_cell"], a["orig"], a["rev"], a["update"], None, None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = fill(FILL[a["prev"]])
                ws.cell(r, 9).fill = fill(FILL[a["cur"]])
                ws.row_dimensions[r].height = 60
                r += 1
    r += 1
    ws.cell(r, 1, "Note: revised target dates were agreed by the Executive Team on 12 March 2024. "
                  "RAG shown by cell colour.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for c, w in zip(range(1, ncol + 1), [6, 50, 18, 24, 13, 13, 45, 10, 10]):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by current RAG – 30 September 2024"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for _, _, a in wwt_actions():
        counts[a["cur"]] += 1
    sm["A3"], sm["B3"] = "RAG", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    for i, (k, lab) in enumerate([("blue", "Blue – complete"), ("green", "Green – on track"),
                                  ("amber", "Amber – at risk of delay"), ("red", "Red – off track / overdue")], start=4):
        sm.cell(i, 1, lab).fill = fill(FILL[k])
        sm.cell(i, 2, counts[k])
    sm.cell(8, 1, "Total").font = Font(bold=True)
    sm.cell(8, 2, sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 28
    sm.column_dimensions["B"].width = 18
    wb.active = 1
    wb.save(os.path.join(HERE, WWT_FILE))


# ---------------------------------------------------------------------------
# 2. Thames Water – HSE improvement notices tracker, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
TW_FILE = "zwl-thames-water-hse-improvement-notices-action-tracker-typo-month-refuse.xlsx"
TW_TITLE = "HSE Improvement Notices – Action Tracker"
TW_NOTICES = [
    ("Improvement Notice 312087654 – Beckton Sewage Treatment Works – Confined spaces (Confined Spaces Regulations 1997, reg. 4) – compliance date 28/11/2025", [
        ("1.1", "Complete a confined space register for all digesters, wet wells and chambers at Beckton, classifying each as specified or non-specified.",
         "Head of Wastewater Operations (East London)", D(2025, 9, 30), "Complete", "Register issued 26/09/25; uploaded to SHE portal."),
        ("1.2", "Write site-specific safe systems of work and rescue plans for every specified confined space, signed off by the Authorised Person.",
         "Site Manager, Beckton STW", D(2025, 11, 14), "Green", "41 of 56 rescue plans approved."),
        ("1.3", "Provide City & Guilds 6160 confined space training (medium and high risk) to all operators and contractors who enter confined spaces.",
         "Health and Safety Training Lead", D(2025, 11, 28), "Amber", "Two cohorts remaining; contractor attendance being chased."),
    ]),
    ("Improvement Notice 312087655 – Kempton Park Water Treatment Works – Legionella in evaporative cooling and hot water systems (COSHH 2002, reg. 7) – compliance date 27/02/2026", [
        ("2.1", "Commission an independent Legionella risk assessment of the cooling towers and hot and cold water systems at Kempton Park.",
         "Water Hygiene Manager", D(2025, 12, 12), "Green", "Assessor appointed; site visit booked 02/12/25."),
        ("2.2", "Appoint a named Responsible Person and deputy for water hygiene at each treatment works and record the appointment in the written scheme.",
         "Head of Water Production", "Febuary 2026", "Green", "Nominations received from 9 of 12 works."),
        ("2.3", "Replace paper temperature and biocide logs with the digital monitoring module and set alerts for out-of-range readings.",
         "Head of Water Production; Digital Operations Manager", D(2026, 2, 27), "Amber", "Module in test at Hampton and Kempton."),
    ]),
    ("Improvement Notice 312087656 – Mogden Sewage Treatment Works – Workplace transport (Management of Health and Safety at Work Regulations 1999, reg. 3) – compliance date 31/01/2026", [
        ("3.1", "Complete a workplace transport risk assessment for Mogden covering tanker deliveries, sludge cake haulage and pedestrian routes.",
         "Site Manager, Mogden STW", D(2025, 12, 19), "Green", "Draft reviewed at site H&S committee 12/11/25."),
        ("3.2", "Install segregated pedestrian walkways and a one-way system at the sludge cake pad and tanker import area.",
         "Capital Delivery Manager", D(2026, 1, 31), "Amber", "Barrier supplier lead time 8 weeks."),
    ]),
]


def build_tw():
    wb = Workbook()
    ws = wb.active
    ws.title = "IN Tracker"
    ncol = 6
    ws["A1"] = "Thames Water Utilities Ltd"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = TW_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Owner: Director of Health, Safety and Wellbeing | Reported to: Executive Health & Safety Committee | "
                "Version 6 – 14 November 2025")
    ws["A3"].font = Font(italic=True, size=9)
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol)
    hdr = ["Action no.", "Action", "Accountable owner", "Due date", "Status", "Evidence / comment"]
    r = 5
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
    r += 1
    typo_row = None
    for notice, acts in TW_NOTICES:
        ws.cell(r, 1, notice).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, own, due, st, ev in acts:
            for c, v in enumerate([ref, act, own, due, st, ev], start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 5).fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[st])
            if isinstance(due, str) and due.startswith("Febuary"):
                typo_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete = evidence accepted by HSE; Green = on track; Amber = at risk; Red = will miss compliance date").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for c, w in zip(range(1, ncol + 1), [10, 60, 32, 14, 11, 40]):
        ws.column_dimensions[get_column_letter(c)].width = w
    assert typo_row == 12, typo_row
    wb.save(os.path.join(HERE, TW_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# 3. Greater Lincolnshire CCA – strategic risk register (xlsx)
# ---------------------------------------------------------------------------
GL_FILE = "zwl-greater-lincolnshire-cca-strategic-risk-register-2025-26.xlsx"
GL_TITLE = "Strategic Risk Register 2025/26"
GL_RISKS = [
    dict(risk="SR1 Financial sustainability",
         desc="Uncertainty over multi-year funding and the timing of the Integrated Settlement leads to the CCA being unable to meet its Investment Fund commitments, resulting in reduced delivery and reputational damage.",
         owner="Chief Finance Officer", cur="3 x 4 = 12", cur_fill=AMBER, tgt="2 x 4 = 8", dot="↔",
         actions=[
             dict(ref="SR1.1", action="Refresh the Medium Term Financial Plan to reflect 2026/27 funding allocations and present it to the CCA Board.",
                  owner_cell="Chief Finance Officer", due=D(2026, 1, 31), st="Green",
                  lead=["Chief Finance Officer"], end="2026-01", status="green"),
             dict(ref="SR1.2", action="Agree a prioritisation framework for the Investment Fund pipeline so that schemes can be paused without breaching grant conditions.",
                  owner_cell="Director of Economic Growth; Chief Finance Officer", due="Q3 2025/26", st="Amber",
                  lead=["Director of Economic Growth", "Chief Finance Officer"], end="2025-12", status="amber"),
         ]),
    dict(risk="SR2 Adult Skills Fund delivery",
         desc="Providers under-deliver against devolved Adult Skills Fund allocations, leading to clawback, unmet local skills needs and criticism from government.",
         owner="Director of Skills and Employment", cur="2 x 4 = 8", cur_fill=GREEN, tgt="2 x 3 = 6", dot="↓",
         actions=[
             dict(ref="SR2.1", action="Complete the post-devolution review of Adult Skills Fund provider contracts and reallocate under-delivery to in-year growth requests.",
                  owner_cell="Head of Adult Skills", due=D(2026, 3, 31), st="Green",
                  lead=["Head of Adult Skills"], end="2026-03", status="green"),
             dict(ref="SR2.2", action="Hold quarterly performance reviews with each grant-funded provider using ILR data returns.",
                  owner_cell="Head of Adult Skills", due="Ongoing", st="Green",
                  lead=["Head of Adult Skills"], end=None, end_text="Ongoing", status="green"),
         ]),
    dict(risk="SR3 Organisational capacity",
         desc="The new authority does not have enough permanent staff or support arrangements in place, leading to delays in decisions, weak governance and loss of key knowledge.",
         owner="Chief Executive", cur="4 x 4 = 16", cur_fill=RED, tgt="2 x 4 = 8", dot="↔",
         actions=[
             dict(ref="SR3.1", action="Recruit to the permanent senior structure, including the Monitoring Officer and Director of Transport posts.",
                  owner_cell="Chief Executive", due=D(2025, 12, 1), due_fmt="mmm-yy", st="Red",
                  lead=["Chief Executive"], end="2025-12", status="red"),
             dict(ref="SR3.2", action="Finalise service level agreements with Lincolnshire County Council, North Lincolnshire Council and North East Lincolnshire Council for interim support services.",
                  owner_cell="Monitoring Officer (interim)", due=D(2025, 11, 30), st="Complete",
                  lead=["Monitoring Officer (interim)"], end="2025-11", status="blue"),
             dict(ref="SR3.3", action="Develop a workforce plan for 2026–28, including apprenticeships and posts shared with constituent councils.",
                  owner_cell="Head of HR (shared service)", due=D(2026, 3, 31), st="Not started",
                  lead=["Head of HR (shared service)"], end="2026-03", status="unrated"),
         ]),
    dict(risk="SR4 Cyber security and information governance",
         desc="A cyber attack or data breach affecting the CCA or a shared-service partner causes loss of systems or personal data, regulatory action by the ICO and loss of public trust.",
         owner="Chief Operating Officer", cur="3 x 5 = 15", cur_fill=RED, tgt="2 x 5 = 10", dot="↑",
         actions=[
             dict(ref="SR4.1", action="Achieve Cyber Essentials Plus certification for the CCA’s own IT environment.",
                  owner_cell="Head of ICT (shared service)", due=D(2026, 2, 1), due_fmt="mmm-yy", st="Amber",
                  lead=["Head of ICT (shared service)"], end="2026-02", status="amber"),
             dict(ref="SR4.2", action="Deliver mandatory data protection and cyber awareness training to all staff and Board members.",
                  owner_cell="Information Governance Lead / Democratic Services Manager", due=D(2025, 12, 31), st="Green",
                  lead=["Information Governance Lead", "Democratic Services Manager"], end="2025-12", status="green"),
         ]),
]


def build_gl():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Greater Lincolnshire Combined County Authority"
    sm["A1"].font = Font(bold=True, size=12, color="1F4E79")
    sm["A2"] = GL_TITLE + " – Quarter 2 summary"
    sm["A2"].font = Font(bold=True, size=14)
    for c, h in enumerate(["Risk", "Risk owner", "Current score", "Target score", "Direction of travel"], start=1):
        sm.cell(4, c, h).font = Font(bold=True)
        sm.cell(4, c).fill = fill("BDD7EE")
        sm.cell(4, c).border = BOX
    for i, rk in enumerate(GL_RISKS, start=5):
        for c, v in enumerate([rk["risk"], rk["owner"], rk["cur"], rk["tgt"], rk["dot"]], start=1):
            sm.cell(i, c, v).border = BOX
        sm.cell(i, 3).fill = fill(rk["cur_fill"])
    sm.cell(10, 1, "Scoring: likelihood x impact, each 1–5. 1–6 green, 8–12 amber, 15–25 red.").font = Font(italic=True, size=9)
    sm.cell(11, 1, "Direction of travel since Q1: ↑ increased  ↓ reduced  ↔ unchanged").font = Font(italic=True, size=9)
    for col, w in zip("ABCDE", [42, 32, 14, 14, 18]):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ncol = 10
    ws["A1"] = "Greater Lincolnshire Combined County Authority"
    ws["A1"].font = Font(bold=True, size=12, color="1F4E79")
    ws["A2"] = GL_TITLE + " – position at 30 September 2025 (Q2)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Presented to Audit Committee, 5 November 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Risk", "Risk description (cause – event – consequence)", "Risk owner", "Current score (L x I)",
           "Target score", "Ref", "Further mitigating actions", "Action owner", "Due", "Action status"]
    r = 5
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r += 1
    for rk in GL_RISKS:
        first = r
        for a in rk["actions"]:
            vals = [a["ref"], a["action"], a["owner_cell"], a["due"], a["st"]]
            for c, v in zip(range(6, 11), vals):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = a.get("due_fmt", "dd/mm/yyyy")
            ws.row_dimensions[r].height = 48
            r += 1
        lastr = r - 1
        for c, v in zip(range(1, 6), [rk["risk"], rk["desc"], rk["owner"], rk["cur"], rk["tgt"]]):
            cell = ws.cell(first, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if c == 1:
                cell.font = Font(bold=True)
            if lastr > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=lastr, end_column=c)
        ws.cell(first, 4).fill = fill(rk["cur_fill"])
    r += 1
    ws.cell(r, 1, "Action status: Complete; Green – on track; Amber – some slippage; Red – off track; Not started.").font = Font(italic=True, size=9)
    for c, w in zip(range(1, ncol + 1), [22, 42, 20, 12, 11, 8, 48, 26, 11, 12]):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, GL_FILE))


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


def set_cell(cell, text, bold=False, size=None, color=None):
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
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, hex_="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, color="FFFFFF")
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 4. Cheltenham Ladies' College – ISI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
CLC_FILE = "zwl-cheltenham-ladies-college-isi-inspection-action-plan.docx"
CLC_TITLE = "Post-Inspection Action Plan"
CLC_PARTS = [
    ("Part A – Action required (Independent School Standards not met)", [
        ("Requirement 1",
         "The school must ensure that the admission and attendance registers are kept accurately and that absence from boarding houses is recorded and followed up in line with the school’s policy (paragraph 15).",
         [
             dict(ref="A1.1", action="Move boarding house sign-in and sign-out onto the school’s management information system so that house and academic registers are reconciled each evening.",
                  lead_cell="Director of Boarding", crit="Daily reconciliation report reviewed by houseparents; no unexplained absences in spot checks.",
                  when="Summer term 2024", prog="Complete",
                  lead=["Director of Boarding"], end="2024-07", status="blue"),
             dict(ref="A1.2", action="Audit a sample of 40 absence records each half-term and report the findings to the Designated Safeguarding Lead.",
                  lead_cell="Deputy Head (Operations); DSL", crit="Audit reports show 100% of absences followed up within the same day.",
                  when="Termly", prog="Green",
                  lead=["Deputy Head (Operations)", "DSL"], end=None, end_text="Termly", status="green"),
         ]),
        ("Requirement 2",
         "The school must ensure that its risk assessment policy is implemented effectively for off-site activities, so that staffing ratios and emergency arrangements are recorded before each trip (paragraph 16).",
         [
             dict(ref="A2.1", action="Revise the educational visits policy and risk assessment template, and require approval of every off-site activity through EVOLVE.",
                  lead_cell="Educational Visits Coordinator", crit="All visits since June 2024 approved in EVOLVE with completed risk assessments.",
                  when="30/06/2024", prog="Complete",
                  lead=["Educational Visits Coordinator"], end="2024-06", status="blue"),
             dict(ref="A2.2", action="Provide trip-leader training for all staff leading residential or adventurous activities.",
                  lead_cell="Educational Visits Coordinator", crit="Training record shows every residential trip leader trained.",
                  when="Autumn term 2024", prog="Amber",
                  lead=["Educational Visits Coordinator"], end="2024-12", status="amber"),
         ]),
    ]),
    ("Part B – Recommended next steps", [
        ("Next step 1",
         "Leaders should strengthen the monitoring of pupils’ use of mobile devices in boarding houses so that the expectations of the online safety policy are applied consistently.",
         [
             dict(ref="B1.1", action="Introduce a consistent evening device hand-in routine across all senior boarding houses, with exceptions logged by houseparents.",
                  lead_cell="Director of Boarding", crit="Routine in place in all houses; exceptions log reviewed monthly.",
                  when="September 2024", prog="Complete",
                  lead=["Director of Boarding"], end="2024-09", status="blue"),
             dict(ref="B1.2", action="Survey boarders on online safety and wellbeing, and share the results with the Student Council and the Education & Wellbeing Committee.",
                  lead_cell="Head of PSHE", crit="Survey completed by at least 80% of boarders; actions agreed with Student Council.",
                  when="November 2024", prog="Green",
                  lead=["Head of PSHE"], end="2024-11", status="green"),
         ]),
        ("Next step 2",
         "Leaders should ensure that the feedback pupils receive in the Sixth Form consistently helps them to understand how to improve their work.",
         [
             dict(ref="B2.1", action="Agree a whole-school feedback framework for Sixth Form subjects and include it in departmental handbooks.",
                  lead_cell="Deputy Principal (Academic)", crit="Framework published; pupil voice shows pupils know their next steps.",
                  when="Summer term 2025", prog="Green",
                  lead=["Deputy Principal (Academic)"], end="2025-07", status="green"),
             dict(ref="B2.2", action="Carry out a work scrutiny in each faculty and report on the consistency of feedback to the Senior Leadership Team.",
                  lead_cell="Heads of Faculty", crit="Scrutiny report presented to SLT with follow-up actions.",
                  when="March 2025", prog="Amber",
                  lead=["Heads of Faculty"], end="2025-03", status="amber"),
         ]),
    ]),
]


def build_clc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("The Cheltenham Ladies’ College")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = doc.add_heading(CLC_TITLE, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("ISI routine inspection: 5–7 March 2024  |  Report published: 2 May 2024")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"], "595959")
    for row in [("1.0", "20 May 2024", "Deputy Principal (Pastoral)", "Council, 6 June 2024"),
                ("1.1", "9 September 2024", "Deputy Principal (Pastoral)", "Senior Leadership Team"),
                ("1.2", "11 November 2024", "Deputy Principal (Pastoral)", "Education & Wellbeing Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("Complete – action fully implemented and evidenced; Green – on track; "
              "Amber – some slippage, remedial steps agreed; Red – not on track.")

    for part, recs in CLC_PARTS:
        doc.add_heading(part, level=1)
        for label, text, acts in recs:
            doc.add_paragraph().add_run(label).bold = True
            doc.add_paragraph(text)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            header_row(t, ["No.", "Action", "Lead", "Success criteria", "By when", "Progress"], "7B2C5F")
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["crit"], a["when"], a["prog"]]):
                    set_cell(c, v)
                shade(cells[5], {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}[a["prog"]])
            doc.add_paragraph()
    doc.add_paragraph("Next review: Education & Wellbeing Committee, February 2025.")
    doc.save(os.path.join(HERE, CLC_FILE))


# ---------------------------------------------------------------------------
# 5. HM Passport Office – 2022 demand lessons learned action plan (docx)
# ---------------------------------------------------------------------------
HMPO_FILE = "zwl-hm-passport-office-2022-demand-peak-lessons-learned-action-plan.docx"
HMPO_TITLE = "Lessons Learned from the 2022 Demand Peak – Action Plan"
HMPO_LESSONS = [
    ("Lesson 1 – Forecasting and planning: demand planning relied on a single central forecast and did not test the effect of applications arriving earlier in the year.", [
        dict(ref="1.1", action="Develop a range of demand scenarios, including an early-peak scenario, and agree trigger points for releasing additional resource.",
             owner="Head of Demand Forecasting", target="January 2023", rag="B",
             update="Scenario model agreed by Executive Committee on 24 January 2023 and used for 2023 planning.",
             lead=["Head of Demand Forecasting"], end="2023-01", status="blue"),
        dict(ref="1.2", action="Publish a weekly demand and performance dashboard for the Executive Committee and Home Office ministers.",
             owner="Deputy Director, Performance and Planning", target="Q4 2022/23", rag="B",
             update="Dashboard issued weekly since February 2023.",
             lead=["Deputy Director, Performance and Planning"], end="2023-03", status="blue"),
    ]),
    ("Lesson 2 – Workforce: recruitment of additional examiners started too late for new staff to be fully productive before the spring peak.", [
        dict(ref="2.1", action="Complete recruitment and training of 1,200 additional examination staff by the end of January 2023.",
             owner="Head of Workforce Planning / Head of Resourcing", target="31/01/2023", rag="B",
             update="1,240 staff in post and trained.",
             lead=["Head of Workforce Planning", "Head of Resourcing"], end="2023-01", status="blue"),
        dict(ref="2.2", action="Create a flexible reserve of trained staff across the Home Office who can be redeployed to passport work at short notice.",
             owner="Director of Operations", target="March 2023\nRevised: June 2023", rag="G",
             update="Reserve of 350 staff identified; training of final cohort under way.",
             lead=["Director of Operations"], end="2023-06", status="green"),
    ]),
    ("Lesson 3 – Customer contact: customers could not easily track their application, which drove repeat calls and MP enquiries.", [
        dict(ref="3.1", action="Extend online application tracking to paper applications and add proactive text and email updates at key stages.",
             owner="Director, Customer Services", target="May 2023", rag="A",
             update="Text updates live for online applications. Paper tracking delayed by system release; new date to be confirmed.",
             lead=["Director, Customer Services"], end="2023-05", status="amber"),
        dict(ref="3.2", action="Strengthen the performance regime in the Passport Adviceline contract, with monthly service reviews with the supplier.",
             owner="Head of Commercial", target="Ongoing", rag="G",
             update="Monthly reviews in place; service credits applied for April and May 2023.",
             lead=["Head of Commercial"], end=None, end_text="Ongoing", status="green"),
        dict(ref="3.3", action="Set up a dedicated MP enquiry hub with a 10 working day response standard.",
             owner="Head of Correspondence", target="December 2022", rag="B",
             update="Hub operating since 5 December 2022.",
             lead=["Head of Correspondence"], end="2022-12", status="blue"),
    ]),
    ("Lesson 4 – Digital and systems: a high proportion of applications still needed manual handling because supporting documents were sent on paper.", [
        dict(ref="4.1", action="Increase the proportion of applications processed end-to-end digitally, including digital upload of supporting documents for first-time adult applicants.",
             owner="Chief Digital Officer; Director of Operations", target="Q2 2023/24", rag="R",
             update="Digital upload pilot paused pending security accreditation. Escalated to Home Office Portfolio Board.",
             lead=["Chief Digital Officer", "Director of Operations"], end="2023-09", status="red"),
        dict(ref="4.2", action="Agree performance improvement plans with the courier and print suppliers covering secure delivery timescales.",
             owner="Head of Commercial", target="30/06/2023", rag="A",
             update="Courier plan agreed; print supplier plan in negotiation.",
             lead=["Head of Commercial"], end="2023-06", status="amber"),
    ]),
]


def build_hmpo():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("OFFICIAL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    r = p.add_run("HM Passport Office")
    r.font.size = Pt(14)
    r.bold = True
    doc.add_heading(HMPO_TITLE, level=0)
    doc.add_paragraph("Progress update as at 30 September 2023 for the HMPO Performance and Risk Committee")

    doc.add_heading("Version history", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Summary of changes", "Author"], "404040")
    for row in [("1.0", "14/11/2022", "Action plan agreed following internal lessons learned review", "Strategy and Planning Team"),
                ("2.0", "31/03/2023", "Q4 progress update; action 2.2 re-planned", "Strategy and Planning Team"),
                ("3.0", "30/09/2023", "Q2 2023/24 progress update", "Strategy and Planning Team")]:
        for c, v in zip(t.add_row().cells, row):
            set_cell(c, v)

    doc.add_heading("RAG status key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (k, v, hx) in zip(t.rows, [("B", "Complete", "5B9BD5"), ("G", "On track", "70AD47"),
                                       ("A", "At risk – mitigations in place", "FFC000"),
                                       ("R", "Off track – escalation required", "FF0000")]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], hx)
        set_cell(row.cells[1], v)

    doc.add_heading("Action plan", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Action", "Owner", "Target date", "RAG", "Progress update"], "1D3557")
    rag_hex = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    for lesson, acts in HMPO_LESSONS:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, lesson, bold=True)
        shade(m, "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["owner"], a["target"], a["rag"], a["update"]]):
                set_cell(c, v)
            shade(cells[4], rag_hex[a["rag"]])
    doc.add_paragraph()
    doc.add_paragraph("Actions rated Blue for two consecutive updates will be removed from the next version of this plan.")
    p = doc.add_paragraph()
    p.add_run("OFFICIAL").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(HERE, HMPO_FILE))


# ---------------------------------------------------------------------------
# 6. Wendover Parish Council – internal audit action plan (csv)
# ---------------------------------------------------------------------------
WPC_FILE = "zwl-wendover-parish-council-internal-audit-action-plan-2024-25.csv"
WPC_TITLE = "Internal Audit 2024/25 – Action Plan in response to the Internal Auditor’s report"
WPC_ROWS = [
    dict(ref="1", area="A. Appropriate accounting records",
         rec="Bank reconciliations should be reviewed and signed each month by a councillor other than the Chair.",
         action="Add the bank reconciliation to the monthly Finance & General Purposes Committee agenda, with a named councillor signing the statements.",
         resp="Clerk/RFO", target="May-25", st="Complete", comment="First signed reconciliation 19/05/25.",
         lead=["Clerk", "RFO"], end="2025-05", status="blue"),
    dict(ref="2", area="B. Financial regulations and payments",
         rec="Financial Regulations should be updated to the current NALC model.",
         action="Adopt revised Financial Regulations based on the NALC 2024 model, including the new procurement thresholds.",
         resp="Clerk", target="30/09/2025", st="On track", comment="Draft to F&GP 8 September.",
         lead=["Clerk"], end="2025-09", status="green"),
    dict(ref="3", area="B. Financial regulations and payments",
         rec="Evidence of approval should be retained for all payments made by direct debit and debit card.",
         action="Set up a schedule of standing payments approved annually by Full Council and keep approval evidence with the payment records.\nReview debit card limits with the bank.",
         resp="RFO; Cllr J. Hardy", target="Jul-25", st="Complete", comment="",
         lead=["RFO", "Cllr J. Hardy"], end="2025-07", status="blue"),
    dict(ref="4", area="C. Risk management and insurance",
         rec="The risk assessment should be reviewed and minuted annually and should include cyber risk.",
         action="Review the full risk register at the Annual Meeting, adding cyber security and email account risks.",
         resp="Clerk", target="May 2026", st="Not started", comment="Scheduled for Annual Meeting 2026.",
         lead=["Clerk"], end="2026-05", status="unrated"),
    dict(ref="5", area="C. Risk management and insurance",
         rec="The council should confirm that insurance cover for its assets is adequate.",
         action="Obtain a revaluation of the play equipment at Witchell recreation ground and update the asset register and insurance schedule.",
         resp="Deputy Clerk", target="Oct-25", st="On track", comment="Two quotes received.",
         lead=["Deputy Clerk"], end="2025-10", status="green"),
    dict(ref="6", area="G. Payroll",
         rec="Pension contributions should be reconciled and the auto-enrolment re-declaration completed on time.",
         action="Complete the Pensions Regulator re-declaration of compliance and reconcile LGPS contributions for 2024/25.",
         resp="RFO", target="31/08/2025", st="Complete", comment="Re-declaration submitted 04/08/25.",
         lead=["RFO"], end="2025-08", status="blue"),
    dict(ref="7", area="L. Publication requirements",
         rec="The council should meet the Transparency Code and the website accessibility regulations.",
         action="Commission an accessibility audit of the council website and publish an accessibility statement.",
         resp="Clerk and Cllr S. Okafor", target="Dec-25", st="On track", comment="",
         lead=["Clerk", "Cllr S. Okafor"], end="2025-12", status="green"),
]


def build_wpc():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    pad = lambda *xs: list(xs) + [""] * (n - len(xs))
    w.writerow(pad("Wendover Parish Council"))
    w.writerow(pad(WPC_TITLE))
    w.writerow(pad("Internal auditor: independent internal auditor – report dated 22 April 2025"))
    w.writerow(pad("Status as at: 14 July 2025"))
    w.writerow(pad())
    w.writerow(["Ref", "Audit area", "Internal auditor's recommendation", "Action agreed", "Responsible",
                "Target date", "Status", "Comments"])
    for a in WPC_ROWS:
        w.writerow([a["ref"], a["area"], a["rec"], a["action"], a["resp"], a["target"], a["st"], a["comment"]])
    w.writerow(pad())
    w.writerow(pad("Agreed by Full Council on 2 June 2025 (minute 25/087). Progress reported to each F&GP Committee meeting."))
    with open(os.path.join(HERE, WPC_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. North York Moors NPA – HSE inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
NYM_FILE = "zwl-north-york-moors-npa-hse-inspection-action-plan.txt"
NYM_TITLE = "HSE Inspection of Ranger and Estate Work – Action Plan"
NYM_SECTIONS = [
    ("1. Work equipment – chainsaws and brushcutters",
     "Exposure to hand-arm vibration from chainsaws and brushcutters had not been assessed, and trigger times were not recorded for rangers or volunteers.",
     [
         dict(ref="1.1", action="Carry out a hand-arm vibration risk assessment for all powered hand tools and set daily trigger-time limits for each tool.",
              lead_cell="Health and Safety Adviser", target="Aug 2025", rag="B", update="Assessment completed 28/07/25 and issued to all teams.",
              lead=["Health and Safety Adviser"], end="2025-08", status="blue"),
         dict(ref="1.2", action="Issue vibration exposure record cards to every ranger and volunteer task leader and check them at monthly team meetings.",
              lead_cell="Area Ranger Manager (North); Area Ranger Manager (South)", target="Sep 2025", rag="G", update="Cards issued; first monthly check done in September.",
              lead=["Area Ranger Manager (North)", "Area Ranger Manager (South)"], end="2025-09", status="green"),
         dict(ref="1.3", action="Refer staff who regularly use vibrating tools to occupational health for baseline health surveillance.",
              lead_cell="Head of HR", target="31/10/2025", rag="G", update="Provider appointed; appointments booked for 14 staff.",
              lead=["Head of HR"], end="2025-10", status="green"),
     ]),
    ("2. Supervision of volunteer tasks",
     "Volunteer groups were carrying out scrub clearance and tree work next to public rights of way without a written safe system of work.",
     [
         dict(ref="2.1", action="Write safe systems of work for scrub clearance, tree felling and work next to rights of way, including signing and path closure arrangements.",
              lead_cell="Head of Conservation", target="Oct 2025", rag="A", update="Drafts written; awaiting review by Volunteer Steering Group, so may slip to November.",
              lead=["Head of Conservation"], end="2025-10", status="amber"),
         dict(ref="2.2", action="Deliver task-leader training covering dynamic risk assessment, briefing volunteers and stopping work when conditions change.",
              lead_cell="Volunteer Development Officer", target="End of November 2025", rag="G", update="Two of three sessions held.",
              lead=["Volunteer Development Officer"], end="2025-11", status="green"),
     ]),
    ("3. Lone working",
     "The check-in arrangements for rangers working alone in remote moorland areas depended on mobile phone coverage and had not been tested.",
     [
         dict(ref="3.1", action="Replace the ranger lone-working check-in with GPS-enabled devices that have an emergency alert function.",
              lead_cell="Head of Ranger Services", target="Q4 2025/26", rag="R", update="Procurement paused: budget not confirmed. Raised with Leadership Team.",
              lead=["Head of Ranger Services"], end="2026-03", status="red"),
         dict(ref="3.2", action="Test the late-back procedure with an unannounced exercise and review the results at the Health and Safety Committee.",
              lead_cell="Head of Ranger Services / Health and Safety Adviser", target="Quarterly", rag="G", update="First exercise held 21/08/25; procedure worked.",
              lead=["Head of Ranger Services", "Health and Safety Adviser"], end=None, end_text="Quarterly", status="green"),
     ]),
]


def build_nym():
    lines = [
        "North York Moors National Park Authority",
        NYM_TITLE,
        "Report to: Authority meeting, 29 September 2025 (Agenda item 9, Appendix 1)",
        "HSE visit to Sutton Bank and Danby: 11 June 2025. Notification of Contravention received 2 July 2025.",
        "RAG: B = complete, G = on track, A = some slippage, R = off track",
        "",
        "\t".join(["Ref", "Action", "Lead officer(s)", "Target", "RAG", "Update"]),
    ]
    for head, finding, acts in NYM_SECTIONS:
        lines.append(head)
        lines.append(finding)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["target"], a["rag"], a["update"]]))
    lines += [
        "",
        "Notes: HSE has been sent evidence for actions marked B. The Authority will write to HSE when all actions are complete.",
        "Prepared by: Health and Safety Adviser, September 2025",
    ]
    with open(os.path.join(HERE, NYM_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_wwt()
    print("typo row:", build_tw())
    build_gl()
    build_clc()
    build_hmpo()
    build_wpc()
    build_nym()
    print("done")
