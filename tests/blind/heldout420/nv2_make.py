"""Build the seven nv2- blind test files (set heldout420).

Run with: /work/main/.venv/bin/python nv2_make.py
Writes the data files beside this script. The .expected.yaml files are
written by hand and are not produced here.
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

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF00B0F0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Nottinghamshire Healthcare NHSFT - Board of Directors public action log
# ---------------------------------------------------------------------------
def make_nottshc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    widths = [12, 10, 24, 50, 24, 13, 13, 45, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Nottinghamshire Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors Meeting in Public – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 20 November 2025 (for the meeting on 27 November 2025)"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, c) in zip("BCDE", [
        ("On track / not yet due", GREEN),
        ("Due date at risk", AMBER),
        ("Overdue", RED),
        ("Complete – propose to close", BLUE),
    ]):
        ws[col + "4"] = txt
        ws[col + "4"].fill = fill(c)

    headers = ["Action ref", "Minute ref", "Item", "Action", "Lead",
               "Original due date", "Revised due date", "Progress update", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    rows = [
        ("group", "Meeting held on 31 July 2025"),
        ("BoD/25/041", "25/088", "Integrated Performance Report",
         "Provide a breakdown of out of area placements by bed type (acute, PICU and rehabilitation) and length of stay in the next IPR.",
         "Chief Operating Officer", d(2025, 9, 25), d(2025, 11, 27),
         "Breakdown included in October IPR for acute and PICU; rehabilitation data to follow once the new bed management dashboard is live.",
         AMBER),
        ("BoD/25/044", "25/091", "Patient Story",
         "Invite the family from the patient story to a follow-up meeting with the Chief Nurse and the Deputy Director of Nursing to discuss the actions taken on discharge planning.",
         "Chief Nurse", d(2025, 9, 30), None,
         "Meeting arranged for 3 December 2025 at the family's request.",
         RED),
        ("group", "Meeting held on 25 September 2025"),
        ("BoD/25/058", "25/112", "Guardian of Safe Working Hours Report",
         "Report back on the number of exception reports relating to missed educational opportunities in forensic services and the actions agreed with the Director of Medical Education.",
         "Medical Director", d(2025, 11, 27), None,
         "Included in Q2 Guardian report – agenda item 14.",
         GREEN),
        ("BoD/25/060", "25/114", "Freedom to Speak Up Guardian Report",
         "Set out how FTSU themes from Rampton Hospital are triangulated with Datix incidents and staff survey results, and bring to People Committee before returning to Board.",
         "Director of People and Culture / Freedom to Speak Up Guardian", d(2026, 1, 29), None,
         "People Committee scheduled 13 January 2026.",
         GREEN),
        ("BoD/25/063", "25/117", "Financial Plan – Month 5",
         "Model the impact of the revised agency cap on the forecast outturn, including a best and worst case scenario, and circulate to Board members.",
         "Director of Finance", d(2025, 10, 31), d(2025, 11, 30),
         "Draft modelling shared with Finance and Performance Committee on 18 November; to be circulated to Board following FPC sign-off.",
         GREEN),
        ("group", "Meeting held on 30 October 2025 (extraordinary meeting)"),
        ("BoD/25/071", "25/129", "Estates Strategy",
         "Confirm the timetable for the Wathwood Hospital ward refurbishment and the decant arrangements for patients, with an equality impact assessment.",
         "Director of Strategy & Partnerships / Chief Operating Officer", d(2026, 3, 26), None,
         "Work on the equality impact assessment has started.",
         GREEN),
        ("BoD/25/072", "25/130", "Board Assurance Framework",
         "Review the score of BAF risk 4 (workforce supply) in light of the medical staffing vacancy position and the international recruitment pause.",
         "Trust Secretary", d(2025, 11, 27), None,
         "BAF risk 4 re-scored at Executive Leadership Team on 11 November (from 16 to 20). Propose to close.",
         BLUE),
    ]
    r = 7
    for row in rows:
        if row[0] == "group":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill(GREY)
        else:
            ref, minute, item, action, lead, due, rev, upd, rag = row
            vals = [ref, minute, item, action, lead, due, rev, upd, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = fill(rag)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Summary of open actions").font = Font(bold=True)
    r += 1
    for label, n, c in [("Green", 4, GREEN), ("Amber", 1, AMBER), ("Red", 1, RED),
                        ("Blue (complete – propose to close)", 1, BLUE)]:
        ws.cell(row=r, column=1, value=label).fill = fill(c)
        ws.cell(row=r, column=2, value=n)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=7).font = Font(bold=True)

    # closed actions sheet
    ws2 = wb.create_sheet("Closed actions")
    for i, w in enumerate([12, 10, 28, 50, 20, 13, 13, 30]):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2["A1"] = "Board of Directors Meeting in Public – Closed Actions"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Actions agreed as closed by the Board are held here for one meeting cycle and then archived."
    ws2["A2"].font = Font(italic=True)
    headers2 = ["Action ref", "Minute ref", "Item", "Action", "Lead", "Due date",
                "Date closed", "Closure note"]
    for i, h in enumerate(headers2, 1):
        c = ws2.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    rows2 = [
        ("group", "Closed at the meeting held on 25 September 2025"),
        ("BoD/25/029", "25/061", "Learning from Deaths Report",
         "Include benchmarking against other mental health trusts in the next Learning from Deaths report.",
         "Medical Director", d(2025, 9, 25), d(2025, 9, 25), "Included in Q1 report."),
        ("group", "Closed at the meeting held on 30 October 2025"),
        ("BoD/25/047", "25/094", "Safer Staffing Report",
         "Add the number of shifts where the ward fell below the minimum staffing level to the safer staffing dashboard.",
         "Chief Nurse", d(2025, 10, 30), d(2025, 10, 30), "Dashboard updated from September data."),
        ("BoD/25/055", "25/109", "Annual Report of the Director of Infection Prevention and Control",
         "Circulate the IPC annual report to the Council of Governors.",
         "Trust Secretary", d(2025, 10, 31), d(2025, 10, 2), "Circulated 2 October 2025."),
    ]
    r = 5
    for row in rows2:
        if row[0] == "group":
            ws2.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws2.cell(row=r, column=1).fill = fill(GREY)
        else:
            for i, v in enumerate(row, 1):
                c = ws2.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
        r += 1
    wb.save(os.path.join(HERE, "nv2-nottinghamshire-healthcare-nhsft-board-of-directors-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Calderdale and Huddersfield NHSFT - Corporate Risk Register Q3 2025/26
# ---------------------------------------------------------------------------
def make_chft():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = "Calderdale and Huddersfield NHS Foundation Trust"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Corporate Risk Register – summary of risks scoring 15 and above"
    ws0["A2"].font = Font(bold=True)
    hdr = ["Risk ID", "Risk title", "Executive lead", "Q2 score", "Q3 score", "Movement"]
    for i, h in enumerate(hdr, 1):
        c = ws0.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    summ = [
        (7689, "Nursing workforce – registered nurse staffing on adult inpatient wards", "Chief Nurse", 16, 16, "↔"),
        (7412, "Estates – backlog maintenance at Huddersfield Royal Infirmary", "Director of Finance", 20, 20, "↔"),
        (7801, "Digital – cyber security", "Chief Digital and Information Officer", 15, 15, "↔"),
        (7560, "Urgent and emergency care – ED crowding at Calderdale Royal Hospital", "Chief Operating Officer", 20, 16, "↓"),
    ]
    for r, row in enumerate(summ, 5):
        for i, v in enumerate(row, 1):
            c = ws0.cell(row=r, column=i, value=v)
            c.border = BOX
        sc = row[4]
        ws0.cell(row=r, column=5).fill = fill(RED if sc >= 15 else AMBER)
    for col, w in zip("ABCDEF", [9, 62, 34, 9, 9, 10]):
        ws0.column_dimensions[col].width = w

    ws = wb.create_sheet("Risk detail")
    for col, w in zip("ABCDEFG", [10, 55, 30, 13, 13, 45, 7]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Calderdale and Huddersfield NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2025/26 (risks scoring 15 and above)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Risk Group 9 December 2025 and Board of Directors 8 January 2026"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "Action RAG: G = on track; A = some slippage; R = overdue / significant slippage; C = complete"
    ws["A4"].font = Font(italic=True, size=9)

    risks = [
        {
            "title": "Risk 7689 – Nursing workforce: insufficient registered nurse staffing on adult inpatient wards",
            "desc": "If registered nurse vacancies and sickness remain above plan, then wards may operate below safe staffing levels, resulting in delayed care, harm to patients and staff burnout.",
            "owner": "Chief Nurse", "current": "4 x 4 = 16", "target": "2 x 4 = 8", "trend": "Trend: ↔",
            "controls": "Daily staffing huddles; safe care module in e-Roster; bank and agency escalation process; twice-yearly establishment reviews.",
            "actions": [
                ("7689.1", "Complete the Q3 establishment review for adult inpatient wards using the Safer Nursing Care Tool and present findings to the Workforce Committee.",
                 "Deputy Chief Nurse", "31/12/2025", "", "SNCT data collection completed in October; report drafted.", "G"),
                ("7689.2", "Recruit to 40 WTE registered nurse vacancies through the international recruitment cohort and the newly qualified nurse pipeline.",
                 "Head of Nursing Workforce; Director of Workforce and OD", "31/03/2026", "", "27 WTE started; 9 WTE awaiting NMC registration.", "A"),
                ("7689.3", "Roll out e-Rostering compliance dashboard to all divisions with monthly confirm and challenge.",
                 "Associate Director of Nursing – Medicine", "30/09/2025", "31/01/2026", "Live in Medicine and Surgery; Families and Specialist Services to go live January.", "A"),
            ],
        },
        {
            "title": "Risk 7412 – Estates: backlog maintenance and critical infrastructure failure at Huddersfield Royal Infirmary",
            "desc": "If the ageing HRI estate is not maintained, then critical plant (ventilation, electrical and fire systems) may fail, resulting in loss of clinical areas and harm to patients and staff.",
            "owner": "Director of Finance", "current": "4 x 5 = 20", "target": "3 x 4 = 12", "trend": "Trend: ↔",
            "controls": "Planned preventative maintenance programme delivered by Calderdale and Huddersfield Solutions Ltd (CHS); capital prioritisation process; Authorised Engineer audits.",
            "actions": [
                ("7412.1", "Replace the HRI main theatre air handling units (AHU 3 and AHU 4).",
                 "Director of Estates and Facilities (CHS)", "March 2026", "", "Contractor appointed; installation planned over February half-term theatre closure.", "G"),
                ("7412.2", "Complete the fire compartmentation survey of the HRI tower block and agree a prioritised remedial programme with the fire officer.",
                 "Head of Fire Safety", "30/11/2025", "", "Survey complete; remedial programme agreed at Fire Safety Group 20 November.", "C"),
                ("7412.3", "Submit the business case for critical infrastructure risk funding to NHS England.",
                 "Director of Finance", "31/10/2025", "", "Submission delayed pending national guidance on 2026/27 capital allocations.", "R"),
            ],
        },
        {
            "title": "Risk 7801 – Digital: a successful cyber attack causing loss of clinical systems",
            "desc": "If the Trust's systems are compromised by a cyber attack, then clinical systems (EPR, PACS, pathology) may be unavailable for a prolonged period, resulting in delayed care and loss of data.",
            "owner": "Chief Digital and Information Officer", "current": "3 x 5 = 15", "target": "2 x 5 = 10", "trend": "Trend: ↔",
            "controls": "Microsoft Defender and NHS CSOC monitoring; patching schedule; Data Security and Protection Toolkit submission; business continuity plans.",
            "actions": [
                ("7801.1", "Achieve 95% compliance with the mandatory cyber security training module across all staff groups.",
                 "Chief Digital and Information Officer", "Ongoing", "", "Compliance 88% at end of November.", "A"),
                ("7801.2", "Decommission remaining Windows Server 2012 servers hosting pathology and radiology interfaces.",
                 "Head of IT Infrastructure", "31/03/2026", "", "11 of 16 servers decommissioned.", "G"),
            ],
        },
        {
            "title": "Risk 7560 – Urgent and emergency care: Emergency Department crowding and 12-hour waits at Calderdale Royal Hospital",
            "desc": "If demand for emergency care continues to exceed bed capacity, then patients will experience long waits in ED, resulting in harm, poor experience and failure to meet the 4-hour standard.",
            "owner": "Chief Operating Officer", "current": "4 x 4 = 16", "target": "3 x 4 = 12", "trend": "Trend: ↓ (from 20)",
            "controls": "OPEL escalation framework; site command centre; daily board rounds; discharge to assess pathways with Calderdale Council.",
            "actions": [
                ("7560.1", "Open the 14-bed same day emergency care (SDEC) extension at CRH.",
                 "Divisional Director – Medicine / Chief Operating Officer", "01/12/2025", "", "Opened 1 December 2025.", "C"),
                ("7560.2", "Implement the ambulance handover 45-minute release standard with Yorkshire Ambulance Service.",
                 "Deputy Chief Operating Officer", "31/01/2026", "", "Pilot running since 10 November.", "G"),
            ],
        },
    ]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    r = 6
    for risk in risks:
        c = ws.cell(row=r, column=1, value=risk["title"])
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        ws.cell(row=r, column=1, value="Description").font = Font(bold=True)
        ws.cell(row=r, column=2, value=risk["desc"]).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        r += 1
        for i, v in enumerate(["Risk owner", risk["owner"], "Current score", risk["current"],
                               "Target score", risk["target"], risk["trend"]], 1):
            c = ws.cell(row=r, column=i, value=v)
            if i in (1, 3, 5):
                c.font = Font(bold=True)
        r += 1
        ws.cell(row=r, column=1, value="Controls").font = Font(bold=True)
        ws.cell(row=r, column=2, value=risk["controls"]).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        r += 1
        for i, h in enumerate(["Ref", "Action to address gaps in control", "Action owner",
                               "Due date", "Revised due date", "Progress this quarter", "RAG"], 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
        r += 1
        for a in risk["actions"]:
            for i, v in enumerate(a, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(rag_fill[a[6]])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        r += 1
    wb.save(os.path.join(HERE, "nv2-calderdale-and-huddersfield-nhsft-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Buckinghamshire Healthcare NHS Trust - maternity MNSI recommendations plan
# ---------------------------------------------------------------------------
def make_bht():
    wb = Workbook()
    ws = wb.active
    ws.title = "MNSI action plan"
    for col, w in zip("ABCDEFGH", [7, 55, 28, 13, 13, 42, 11, 11]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Buckinghamshire Healthcare NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Maternity Services – MNSI Safety Recommendations Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting to: Maternity and Neonatal Safety Champions / Quality and Clinical Governance Committee"
    ws["A4"] = "Version 6 – updated 14/01/2026"
    ws["A4"].font = Font(italic=True)
    ws["A5"] = "RAG rating: Red – not started / off track; Amber – in progress, some risk to delivery; Green – on track; Blue – complete and evidence provided"
    ws["A5"].font = Font(size=9)

    hdr = ["No.", "Action", "Lead", "Original completion date", "Revised completion date",
           "Evidence / progress", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF005EB8")
        c.alignment = WRAP
        c.border = BOX

    rag = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}
    cases = [
        ("MNSI reference MI-038214 – Term baby, intrapartum hypoxic-ischaemic encephalopathy (therapeutic cooling), June 2024", [
            ("Safety recommendation 1: The Trust to ensure that staff escalate concerns about fetal heart rate monitoring in line with the fresh eyes process and that escalation is documented.", [
                ("1.1", "Update the intrapartum fetal monitoring guideline to include the hourly fresh eyes review and the escalation pathway to the labour ward coordinator and obstetric registrar.",
                 "Fetal Monitoring Lead Midwife", d(2025, 3, 31), d(2025, 6, 30), "Guideline ratified at Maternity Guidelines Group 12/06/2025.", "Amber", "Blue"),
                ("1.2", "Audit compliance with documented fresh eyes reviews monthly (20 sets of notes) and report to the Maternity Quality and Safety Group.",
                 "Fetal Monitoring Lead Midwife & Consultant Obstetrician (Fetal Monitoring Lead)", d(2025, 9, 30), None,
                 "Compliance: Sep 82%, Oct 88%, Nov 91%. Target 95%.", "Amber", "Amber"),
            ]),
            ("Safety recommendation 2: The Trust to ensure that the neonatal team are informed in a timely way when a baby is expected to need resuscitation at birth.", [
                ("2.1", "Introduce a standard SBAR call to the neonatal registrar for all births with known fetal compromise, recorded on the labour ward whiteboard.",
                 "Labour Ward Manager", d(2025, 4, 30), None, "In place since April 2025.", "Blue", "Blue"),
            ]),
        ]),
        ("MNSI reference MI-039702 – Maternal death (postpartum haemorrhage), November 2024", [
            ("Safety recommendation 1: The Trust to ensure that cumulative blood loss is measured and acted on for all births.", [
                ("1.1", "Implement quantitative blood loss (QBL) measurement for all births, with a four-stage PPH escalation proforma.",
                 "PPH Lead Midwife", d(2025, 7, 31), d(2025, 12, 31), "QBL scales delivered to all birthing rooms; training 76% complete.", "Amber", "Green"),
                ("1.2", "Deliver PPH skills drills on each shift pattern at Stoke Mandeville and the Wycombe Birth Centre.",
                 "Practice Development Midwives", d(2025, 10, 31), None, "Drills scheduled; 6 of 12 delivered.", "Green", "Amber"),
            ]),
            ("Safety recommendation 2: The Trust to ensure that there is timely senior review of women with ongoing bleeding after birth.", [
                ("2.1", "Add mandatory consultant obstetrician attendance for blood loss over 1500 ml to the obstetric escalation policy.",
                 "Clinical Director for Obstetrics", d(2025, 8, 31), None, "Policy updated and circulated.", "Blue", "Blue"),
                ("2.2", "Review the out-of-hours consultant rota against RCOG workforce guidance and present options to the Divisional Board.",
                 "Clinical Director for Obstetrics / Divisional Director of Midwifery", d(2026, 1, 31), d(2026, 4, 30),
                 "Options paper in preparation; rota consultation with consultants begins February.", None, "Green"),
            ]),
        ]),
        ("MNSI reference MI-040055 – Early neonatal death, baby born at 38 weeks, February 2025", [
            ("Safety recommendation 1: The Trust to ensure that women who report reduced fetal movements are offered assessment in line with national guidance.", [
                ("1.1", "Re-launch the reduced fetal movements leaflet in the five most spoken languages in Buckinghamshire, including Urdu and Polish.",
                 "Consultant Midwife – Public Health", d(2025, 11, 30), None, "Translations commissioned.", "Green", "Red"),
                ("1.2", "Add a reduced fetal movements prompt to the Maternity Triage (BSOTS) telephone script.",
                 "Maternity Triage Lead", d(2025, 10, 31), None, "BSOTS script updated 15/10/2025.", "Green", "Blue"),
            ]),
        ]),
    ]
    r = 8
    for case, recs in cases:
        c = ws.cell(row=r, column=1, value=case)
        c.font = Font(bold=True)
        c.fill = fill("FFB4C6E7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(italic=True, bold=True)
            c.alignment = WRAP
            c.fill = fill("FFDEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                no, act, lead, orig, rev, prog, prev, cur = a
                vals = [no, act, lead, orig, rev, prog, prev, cur]
                for i, v in enumerate(vals, 1):
                    cc = ws.cell(row=r, column=i, value=v)
                    cc.alignment = WRAP
                    cc.border = BOX
                    if isinstance(v, dt.datetime):
                        cc.number_format = "mmm-yy"
                if prev:
                    ws.cell(row=r, column=7).fill = fill(rag[prev])
                ws.cell(row=r, column=8).fill = fill(rag[cur])
                r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for lab, n in [("Blue", 4), ("Green", 2), ("Amber", 2), ("Red", 1), ("Total actions", 9)]:
        ws.cell(row=r, column=2, value=lab)
        ws.cell(row=r, column=3, value=n)
        if lab in rag:
            ws.cell(row=r, column=2).fill = fill(rag[lab])
        r += 1
    wb.save(os.path.join(HERE, "nv2-buckinghamshire-healthcare-nhs-trust-maternity-mnsi-safety-recommendations-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; '\n' in text starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    if bold:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for p in parts[1:]:
        para = cell.add_paragraph(p)
        if bold:
            for run in para.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. EMAS - SAR 'Peter' single agency action plan (docx)
# ---------------------------------------------------------------------------
def make_emas():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    run = p.add_run("East Midlands Ambulance Service NHS Trust")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_heading("Safeguarding Adults Review ‘Peter’ – Single Agency Action Plan", level=0)
    doc.add_paragraph("Review commissioned by Leicester Safeguarding Adults Board. Overview report published July 2024.")

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "v1.4"),
        ("Author", "Named Professional for Safeguarding Adults"),
        ("Approved by", "Safeguarding Assurance Group"),
        ("Date of last update", "02/12/2025"),
        ("Next review", "Safeguarding Assurance Group, March 2026"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for i, (txt, col) in enumerate([("Complete", "00B0F0"), ("Green – on track", "00B050"),
                                    ("Amber – delayed but recoverable", "FFC000"),
                                    ("Red – off track", "FF0000")]):
        set_cell(k.cell(0, i), txt)
        shade(k.cell(0, i), col)

    rag_col = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    themes = [
        ("Theme 1: Recognising self-neglect in frequent callers", [
            ("Recommendation 1",
             "EMAS should assure the Board that clinicians recognise and report self-neglect when attending adults who repeatedly call 999 but decline conveyance.", [
                ("1.1", "Add self-neglect indicators (hoarding, poor home conditions, refusal of care) to the safeguarding prompt in the electronic patient care record (ePCR).",
                 "Head of Safeguarding", "March 2025", "ePCR prompt live from 3 March 2025. Screenshots provided to SAB.", "Complete"),
                ("1.2", "Deliver a self-neglect and hoarding module within the 2025/26 Level 3 safeguarding training for all registered clinicians.",
                 "Safeguarding Training Lead", "31/03/2026", "Module written; 61% of registered clinicians trained by end of November 2025.", "Green"),
            ]),
            ("Recommendation 2",
             "EMAS should ensure that information about repeat callers is shared with the adult’s GP and the local authority.", [
                ("2.1", "Review the Frequent Caller policy so that any patient with 5 or more calls in a month is discussed with the GP practice and, where care and support needs are indicated, referred to adult social care.",
                 "Frequent Caller Lead / Head of Safeguarding", "June 2025\nRevised: December 2025",
                 "Policy out to consultation; ratification at Clinical Governance Group in December 2025.", "Amber"),
            ]),
        ]),
        ("Theme 2: Mental capacity and decisions to decline conveyance", [
            ("Recommendation 3",
             "EMAS should be able to evidence that mental capacity is assessed and recorded when a person declines conveyance to hospital.", [
                ("3.1", "Audit 50 non-conveyed patient records each quarter for a recorded mental capacity assessment, reporting results to the Safeguarding Assurance Group.",
                 "Clinical Audit Manager", "Quarterly from Q1 2025/26", "Q1 74% compliant; Q2 81% compliant.", "Green"),
                ("3.2", "Issue a clinical bulletin on the Mental Capacity Act and decisions to decline conveyance, with a case study based on this review.\nBulletin to be discussed at divisional team briefs.",
                 "Deputy Medical Director", "April 2025", "Bulletin issued 14 April 2025.", "Complete"),
            ]),
        ]),
        ("Theme 3: Multi-agency working and escalation", [
            ("Recommendation 4",
             "Partners should escalate concerns through the multi-agency risk management (MARM) process when an adult at risk repeatedly declines support.", [
                ("4.1", "Include the MARM referral route in the EMAS safeguarding referral app and the Clinical Assessment Team (CAT) escalation guide.",
                 "Head of Safeguarding, Head of Clinical Assessment Team", "30/09/2025",
                 "Completed in app; CAT escalation guide update due January 2026.", "Amber"),
                ("4.2", "Nominate a named EMAS representative to attend the Leicester, Leicestershire and Rutland MARM panel.",
                 "Divisional Safeguarding Lead – Leicestershire", "May 2025", "Named lead attending since May 2025.", "Complete"),
            ]),
        ]),
    ]
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rec_h, rec_txt, acts in recs:
            doc.add_heading(rec_h, level=2)
            doc.add_paragraph(rec_txt)
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for i, h in enumerate(["Action No.", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]):
                set_cell(tb.cell(0, i), h, bold=True)
                shade(tb.cell(0, i), "D9E2F3")
            for a in acts:
                cells = tb.add_row().cells
                for i, v in enumerate(a):
                    set_cell(cells[i], v)
                shade(cells[5], rag_col[a[5]])
            doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported quarterly to the Leicester Safeguarding Adults Board SAR Sub-Group.")
    doc.save(os.path.join(HERE, "nv2-east-midlands-ambulance-service-sar-peter-single-agency-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Bolsover DC - Transformation Programme highlight report Q2 2025/26 (docx)
# ---------------------------------------------------------------------------
def make_bolsover():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_paragraph("Bolsover District Council").runs[0].bold = True
    doc.add_heading("Transformation Programme Highlight Report", level=0)
    doc.add_paragraph("Quarter 2 2025/26 (July – September 2025)")

    cov = doc.add_table(rows=6, cols=2)
    cov.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Programme", "Transformation Programme 2025–2028"),
        ("Senior Responsible Owner", "Chief Executive"),
        ("Programme Manager", "Transformation and Improvement Manager"),
        ("Reporting to", "Transformation Programme Board – 16 October 2025"),
        ("Overall RAG this period", "Amber"),
        ("Overall RAG last period", "Green"),
    ]):
        set_cell(cov.cell(i, 0), k, bold=True)
        set_cell(cov.cell(i, 1), v)
    shade(cov.cell(4, 1), "FFC000")
    shade(cov.cell(5, 1), "00B050")

    doc.add_paragraph()
    doc.add_paragraph("RAG definitions").runs[0].bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (a, b, col) in enumerate([
        ("Complete", "Milestone delivered", "00B0F0"),
        ("On track", "Milestone will be delivered by the baseline date", "00B050"),
        ("At risk", "Forecast date has slipped but remains within tolerance (3 months)", "FFC000"),
        ("Delayed", "Forecast date is outside tolerance – escalation to Programme Board required", "FF0000"),
        ("Not started", "Milestone not yet begun", None),
    ]):
        set_cell(key.cell(i, 0), a, bold=True)
        set_cell(key.cell(i, 1), b)
        if col:
            shade(key.cell(i, 0), col)

    doc.add_heading("Programme summary", level=1)
    doc.add_paragraph(
        "The programme is reported as Amber this quarter. The customer portal went live on time in July and the "
        "office accommodation review is complete. The move to the cloud contact centre has slipped because of "
        "supplier capacity, and the disposal of the former Pleasley depot is delayed while a land contamination "
        "survey is completed.")

    status_col = {"Complete": "00B0F0", "On track": "00B050", "At risk": "FFC000", "Delayed": "FF0000"}
    wss = [
        ("Workstream 1: Customer Services and Digital", "Assistant Director – ICT & Digital", "Amber", [
            ("1.1", "Launch the new customer portal with online payments for council tax and bulky waste", "Head of Customer Services", "Jul 2025", "Jul 2025", "Complete"),
            ("1.2", "Migrate telephony to the cloud contact centre platform", "ICT Infrastructure Manager", "Sep 2025", "Nov 2025", "At risk"),
            ("1.3", "Introduce web chat and chatbot for housing repairs enquiries", "Head of Customer Services / Housing Repairs Manager", "Jan 2026", "Jan 2026", "On track"),
        ]),
        ("Workstream 2: Assets and Accommodation", "Assistant Director of Property & Estates", "Red", [
            ("2.1", "Complete the office accommodation review for The Arc, Clowne", "Assets Manager", "Aug 2025", "Aug 2025", "Complete"),
            ("2.2", "Market the former Pleasley depot site for disposal", "Assistant Director of Property & Estates", "Oct 2025", "Mar 2026", "Delayed"),
        ]),
        ("Workstream 3: Workforce and Ways of Working", "Head of HR", "Green", [
            ("3.1", "Agree the new hybrid working policy with UNISON and GMB", "Head of HR", "Sep 2025", "Oct 2025", "At risk"),
            ("3.2", "Deliver management development programme Cohort 1 (24 managers)", "Organisational Development Lead", "Dec 2025", "Dec 2025", "On track"),
            ("3.3", "Implement the new HR and payroll system (phase 1 – core HR)", "Head of HR; Payroll Manager", "Apr 2026", "Apr 2026", "Not started"),
        ]),
    ]
    ragc = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for title, lead, ws_rag, ms in wss:
        doc.add_heading(title, level=1)
        info = doc.add_table(rows=1, cols=4)
        info.style = "Table Grid"
        set_cell(info.cell(0, 0), "Workstream lead", bold=True)
        set_cell(info.cell(0, 1), lead)
        set_cell(info.cell(0, 2), "Workstream RAG", bold=True)
        set_cell(info.cell(0, 3), ws_rag)
        shade(info.cell(0, 3), ragc[ws_rag])
        doc.add_paragraph("Key milestones").runs[0].bold = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Status"]):
            set_cell(tb.cell(0, i), h, bold=True)
            shade(tb.cell(0, i), "D9D9D9")
        for m in ms:
            cells = tb.add_row().cells
            for i, v in enumerate(m):
                set_cell(cells[i], v)
            if m[5] in status_col:
                shade(cells[5], status_col[m[5]])
        doc.add_paragraph()

    doc.add_heading("Key risks and issues", level=1)
    rk = doc.add_table(rows=1, cols=4)
    rk.style = "Table Grid"
    for i, h in enumerate(["Ref", "Risk / issue", "Rating", "Mitigation"]):
        set_cell(rk.cell(0, i), h, bold=True)
    for row in [
        ("R1", "Cloud telephony supplier does not have capacity to migrate before November", "Amber",
         "Weekly supplier calls; fallback migration window agreed for early December"),
        ("R2", "Land contamination at the former Pleasley depot reduces the site value", "Red",
         "Ground investigation survey commissioned; valuation to be refreshed when results are received"),
        ("I1", "Trade union consultation on hybrid working has taken longer than planned", "Amber",
         "Additional joint consultation meeting held 24 September 2025"),
    ]:
        cells = rk.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        shade(cells[2], ragc[row[2]])

    doc.add_heading("Decisions required from Programme Board", level=1)
    doc.add_paragraph("Programme Board is asked to note the revised forecast date for milestone 2.2 and agree that "
                      "it is reported to Executive as an exception.")
    doc.save(os.path.join(HERE, "nv2-bolsover-dc-transformation-programme-highlight-report-q2-2025-26.docx"))


# ---------------------------------------------------------------------------
# 6. High Peak CSP - Partnership Plan 2025-26 delivery plan (csv, typo month)
# ---------------------------------------------------------------------------
def csv_field(s):
    if any(ch in s for ch in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def make_highpeak():
    rows = [
        ["High Peak Community Safety Partnership – Partnership Plan 2025-26: Delivery Plan", "", "", "", "", "", ""],
        ["Quarter 2 progress update (July – September 2025)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead partner(s)", "Target date", "Q2 progress update", "RAG"],
        ["Priority 1: Tackling anti-social behaviour in Buxton, Glossop and New Mills", "1.1",
         "Deliver targeted youth outreach in Buxton Pavilion Gardens and Glossop Norfolk Square on Friday and Saturday evenings over the summer holidays",
         "Derbyshire County Council Youth Service", "Sep-25", "38 sessions delivered; 412 young people engaged", "Complete"],
        ["", "1.2",
         "Use Community Protection Warnings and Notices consistently across the borough, with a shared tracker between the police and council",
         "Derbyshire Constabulary / HPBC Community Safety Team", "Dec-25", "Shared tracker in use since August; 27 CPWs issued", "G"],
        ["", "1.3",
         "Hold an ASB case review (Community Trigger) awareness session for registered housing providers",
         "HPBC Community Safety Officer", "Nov-25", "Session booked for 12 November with Peak Valleys Homes and Places for People", "G"],
        ["Priority 2: Reducing violence against women and girls", "2.1",
         "Roll out the Safe Spaces scheme to pharmacies and licensed premises in Glossop town centre",
         "HPBC Licensing Team; Derbyshire Constabulary", "Mar-26", "9 premises signed up against a target of 20", "A"],
        ["", "2.2",
         "Agree a referral pathway for High Peak into the Derbyshire domestic abuse perpetrator programme",
         "Derbyshire County Council Community Safety", "Janaury 2026", "Pathway drafted; awaiting sign-off by the Derbyshire Domestic Abuse Partnership Board", "G"],
        ["", "2.3",
         "Deliver Ask for Angela and bystander training to night-time economy staff in Buxton",
         "Derbyshire Constabulary Licensing", "Dec-25", "Two sessions held; 46 staff trained", "G"],
        ["Priority 3: Rural crime and exploitation", "3.1",
         "Run joint rural crime days of action with the Derbyshire Rural Crime Team focused on farm machinery theft and hare coursing",
         "Derbyshire Constabulary Rural Crime Team", "Mar-26", "Day of action held in Chinley in August", "G"],
        ["", "3.2",
         "Map county lines and cuckooing risk in Gamesley and Fairfield and agree a partnership disruption plan",
         "Derbyshire Constabulary / Derbyshire County Council Children's Services", "Oct-25", "Mapping delayed by analyst vacancy", "R"],
        ["", "3.3",
         "Promote the Neighbourhood Alert rural messaging service at agricultural shows",
         "HPBC Community Safety Officer", "Sep-25", "Promoted at Hope Show and Chatsworth Country Fair; 140 new sign-ups", "Complete"],
        ["", "", "", "", "", "", ""],
        ["RAG: G = on track; A = some risk to delivery; R = off track; Complete = action completed", "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "nv2-high-peak-csp-community-safety-partnership-plan-2025-26-delivery-plan-typo-month-refuse.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write(",".join(csv_field(x) for x in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Safer Lincolnshire Partnership - DHR 'Rosa' action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_lincs_dhr():
    lines = [
        ["Safer Lincolnshire Partnership"],
        ["Domestic Homicide Review – 'Rosa' – Action Plan"],
        ["Action plan owner: Safer Lincolnshire Partnership DHR Core Group"],
        ["Last updated: 04/11/2025"],
        [],
        ["Ref", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
         "Key milestones achieved in enacting recommendation", "Target date", "Date of completion and outcome", "RAG"],
        ["1.1", "1. Lincolnshire Police to ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim away from the perpetrator.",
         "Local", "Re-issue the force domestic abuse attendance guidance, highlighting separate-room DASH completion.",
         "Lincolnshire Police", "Guidance re-issued via force bulletin 12/05/2025", "May 2025", "12/05/2025 – guidance re-issued", "Complete"],
        ["1.2", "", "", "Dip-sample 30 domestic abuse incidents per quarter for evidence that DASH was completed away from the perpetrator.",
         "Lincolnshire Police", "Q1 dip sample: 24/30 compliant", "March 2026", "", "Green"],
        ["2.1", "2. Primary care to improve routine enquiry about domestic abuse for patients presenting with anxiety, depression or unexplained injuries.",
         "Local", "Commission IRIS (Identification and Referral to Improve Safety) training for GP practices in the South Kesteven and South Holland primary care networks.",
         "NHS Lincolnshire ICB", "11 of 19 practices trained", "December 2025", "", "Amber"],
        ["2.2", "", "", "Add a domestic abuse routine enquiry template to SystmOne for mental health consultations.",
         "NHS Lincolnshire ICB / LPFT", "Template built and tested", "September 2025", "30/09/2025 – template live", "Complete"],
        ["", "", "", "Template to include the option to record a safe contact number.", "", "", "", "", ""],
        ["3.1", "3. Safer Lincolnshire Partnership to raise awareness of economic abuse and coercive control among older people and their families.",
         "Local", "Run a 16 Days of Action campaign on economic abuse in later life, with materials for banks, pharmacies and Age UK Lincoln & South Lincolnshire.",
         "Safer Lincolnshire Partnership Domestic Abuse Manager", "Campaign materials designed", "November 2025", "", "Green"],
        ["3.2", "", "", "Include older victims and coercive control in the refreshed Lincolnshire Domestic Abuse Strategy 2026-2029.",
         "Domestic Abuse Partnership Board", "Consultation draft includes a section on older victims", "April 2026", "", "Green"],
        ["4.1", "4. Adult social care and housing to ensure carers' assessments consider the risk of domestic abuse where the carer is also a partner.",
         "Local", "Amend the carer's assessment form to include domestic abuse screening questions.",
         "Lincolnshire County Council Adult Care", "Form redesign agreed at Adult Care DMT", "Jan 2026", "", "Amber"],
        ["4.2", "", "", "Deliver a briefing to district council housing options teams on the learning from this review.",
         "District Housing Leads Group", "Briefing delivered to 4 of 7 districts", "Ongoing", "", "Green"],
        ["5.1", "5. The Home Office to consider whether national guidance on carers' assessments should reference domestic abuse between partners.",
         "National", "Write to the Home Office to request that national guidance on carers' assessments references domestic abuse between partners.",
         "Safer Lincolnshire Partnership Chair", "Letter drafted with the overview report", "At submission to Home Office", "21/08/2025 – letter sent with overview report", "Complete"],
        [],
        ["Note: single agency actions are monitored through each agency's own governance and are not repeated here."],
    ]
    path = os.path.join(HERE, "nv2-safer-lincolnshire-partnership-dhr-rosa-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    make_nottshc()
    make_chft()
    make_bht()
    make_emas()
    make_bolsover()
    make_highpeak()
    make_lincs_dhr()
    print("done")
