#!/usr/bin/env python3
"""Build the seven zcd- blind test files (set heldout773).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes only files whose names start with "zcd-" in this folder.
"""
import csv
import datetime as dt
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

D = dt.datetime

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "paleg": "E2EFDA",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def path(name):
    assert name.startswith("zcd-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. NHS Leicester, Leicestershire and Rutland ICB - Board Assurance Framework
# ---------------------------------------------------------------------------
BAF_FILE = "zcd-nhs-leicester-leicestershire-and-rutland-icb-board-assurance-framework-2025-26.xlsx"
BAF_TITLE = "NHS Leicester, Leicestershire and Rutland ICB – Board Assurance Framework 2025/26"

BAF_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}

BAF_RISKS = [
    {
        "sheet": "BAF 1",
        "heading": "BAF 1 – Urgent and emergency care",
        "objective": "Improve outcomes in population health and healthcare",
        "risk": ("Demand for urgent and emergency care continues to exceed capacity across LLR, leading to "
                 "ambulance handover delays, long waits in the emergency department and avoidable harm to patients."),
        "lead": "Chief Operating Officer",
        "committee": "Finance and Performance Committee",
        "scores": ("5 x 5 = 25", "4 x 4 = 16", "4 x 3 = 12"),
        "appetite": "Open",
        "controls": ("LLR UEC Board and weekly system operational call\n"
                     "OPEL escalation framework and system control centre\n"
                     "2025/26 UEC plan agreed with UHL, LPT, EMAS and the three local authorities"),
        "assurance": ("First line: daily SitRep and handover dashboard\n"
                      "Second line: monthly UEC performance report to Finance and Performance Committee\n"
                      "Third line: NHS England Midlands UEC tiering review (July 2025)"),
        "gaps": ("G1 Alternatives to conveyance not available 7 days a week\n"
                 "G2 Winter plan not yet signed off by all partners\n"
                 "G3 Limited independent assurance on handover processes at the LRI"),
        "actions": [
            {"ref": "1.1", "gap": "G1",
             "action": ("Implement the LLR integrated care coordination hub for 999 and 111 category 3 and 4 calls, "
                        "with the falls and frailty response car operating 7 days a week."),
             "lead_cell": "Chief Operating Officer / Director of Integration and Transformation",
             "lead": ["Chief Operating Officer", "Director of Integration and Transformation"],
             "due": D(2025, 11, 30), "revised": None, "end": "2025-11",
             "progress": ("Hub live from 1 September 2025 Monday to Friday.\n"
                          "Weekend cover starts in November once the rota is filled."),
             "status_cell": "On track", "status": "green"},
            {"ref": "1.2", "gap": "G2",
             "action": ("Agree and publish the 2025/26 winter plan, including the escalation framework and bed-base "
                        "modelling, with UHL, LPT and local authority partners."),
             "lead_cell": "Deputy Chief Operating Officer",
             "lead": ["Deputy Chief Operating Officer"],
             "due": D(2025, 9, 30), "revised": D(2025, 10, 31), "end": "2025-10",
             "progress": ("Draft considered by the UEC Board on 18 September 2025; final sign-off moved to the "
                          "October ICB Board."),
             "status_cell": "At risk", "status": "amber"},
            {"ref": "1.3", "gap": "G3",
             "action": ("Commission an independent review of ambulance handover processes at the Leicester Royal "
                        "Infirmary and report the findings to the Finance and Performance Committee."),
             "lead_cell": "Chief Medical Officer",
             "lead": ["Chief Medical Officer"],
             "due": "Q4 2025/26", "revised": None, "end": "2026-03", "end_text": "Q4 2025/26",
             "progress": "Terms of reference agreed with EMAS and UHL; reviewer appointed.",
             "status_cell": "On track", "status": "green"},
        ],
    },
    {
        "sheet": "BAF 2",
        "heading": "BAF 2 – Quality and safety of commissioned services",
        "objective": "Improve outcomes in population health and healthcare",
        "risk": ("The ICB does not have sufficient oversight of the quality and safety of the services it "
                 "commissions, so that harm or poor care is not identified and acted on quickly."),
        "lead": "Chief Nursing Officer",
        "committee": "Quality and Safety Committee",
        "scores": ("4 x 4 = 16", "4 x 3 = 12", "4 x 2 = 8"),
        "appetite": "Cautious",
        "controls": ("System Quality Group (monthly)\n"
                     "Provider quality assurance visits programme\n"
                     "PSIRF oversight framework"),
        "assurance": ("Quality and Safety Committee reports\n"
                      "CQC and Ofsted inspection outcomes\n"
                      "Internal audit of quality governance (reasonable assurance, May 2025)"),
        "gaps": ("G1 Independent sector PSIRF plans not yet reviewed\n"
                 "G2 Themes from maternity incidents not analysed at system level\n"
                 "G3 No shared quality dashboard for care homes and home care"),
        "actions": [
            {"ref": "2.1", "gap": "G1",
             "action": ("Embed the LLR PSIRF oversight arrangements so that every provider's patient safety "
                        "incident response plan is reviewed at the System Quality Group."),
             "lead_cell": "Chief Nursing Officer",
             "lead": ["Chief Nursing Officer"],
             "due": D(2025, 12, 31), "revised": None, "end": "2025-12",
             "progress": ("All NHS providers' plans reviewed; independent sector providers scheduled for the "
                          "November meeting."),
             "status_cell": "On track", "status": "green"},
            {"ref": "2.2", "gap": "G2",
             "action": ("Complete the thematic review of maternity and neonatal serious incidents (2023–2025) and "
                        "agree a system improvement plan with the LMNS."),
             "lead_cell": "Deputy Chief Nursing Officer and LMNS Programme Director",
             "lead": ["Deputy Chief Nursing Officer", "LMNS Programme Director"],
             "due": D(2025, 7, 31), "revised": None, "end": "2025-07",
             "progress": ("Thematic review presented to Quality and Safety Committee on 24 July 2025; "
                          "improvement plan agreed."),
             "status_cell": "Complete", "status": "blue"},
            {"ref": "2.3", "gap": "G3",
             "action": ("Put in place a quality surveillance dashboard for care homes and home care, jointly with "
                        "Leicester City, Leicestershire and Rutland councils."),
             "lead_cell": "Head of Quality Assurance",
             "lead": ["Head of Quality Assurance"],
             "due": D(2026, 3, 31), "revised": None, "end": "2026-03",
             "progress": "Data-sharing agreement with one council still awaited; dashboard build paused.",
             "status_cell": "Off track", "status": "red"},
        ],
    },
    {
        "sheet": "BAF 3",
        "heading": "BAF 3 – Financial sustainability",
        "objective": "Make best use of resources and deliver value for money",
        "risk": ("The LLR system does not deliver its 2025/26 financial plan, including the system efficiency "
                 "requirement, resulting in a deficit and loss of financial control."),
        "lead": "Chief Finance Officer",
        "committee": "Finance and Performance Committee",
        "scores": ("5 x 5 = 25", "5 x 4 = 20", "5 x 2 = 10"),
        "appetite": "Cautious",
        "controls": ("System Finance Group and monthly financial reporting\n"
                     "Investment and vacancy control panels"),
        "assurance": ("Month 6 finance report\n"
                      "External audit value for money opinion 2024/25"),
        "gaps": ("G1 Efficiency schemes not fully identified\n"
                 "G2 Continuing healthcare spend above plan"),
        "actions": [
            {"ref": "3.1", "gap": "G1",
             "action": ("Deliver the system efficiency programme of £148.6m, with monthly tracking of schemes "
                        "through the System Finance Group."),
             "lead_cell": "Chief Finance Officer",
             "lead": ["Chief Finance Officer"],
             "due": D(2026, 3, 31), "revised": None, "end": "2026-03",
             "progress": "£61.2m delivered at month 6 against a plan of £66.0m; recovery actions agreed.",
             "status_cell": "At risk", "status": "amber"},
            {"ref": "3.2", "gap": "G2",
             "action": ("Reduce spend on continuing healthcare through the CHC recovery programme, including a "
                        "review of all packages above £3,000 per week."),
             "lead_cell": "Head of Continuing Healthcare",
             "lead": ["Head of Continuing Healthcare"],
             "due": D(2026, 1, 31), "revised": None, "end": "2026-01",
             "progress": "142 of 188 high-cost packages reviewed; full-year saving forecast £4.1m.",
             "status_cell": "On track", "status": "green"},
        ],
    },
    {
        "sheet": "BAF 4",
        "heading": "BAF 4 – ICB operating model and workforce",
        "objective": "Be a well-led, effective organisation",
        "risk": ("The transition to the new ICB operating model and the required reduction in running costs "
                 "reduces the ICB's capacity to carry out its statutory functions and affects staff wellbeing."),
        "lead": "Chief People Officer",
        "committee": "People and Remuneration Committee",
        "scores": ("4 x 5 = 20", "4 x 4 = 16", "4 x 3 = 12"),
        "appetite": "Open",
        "controls": ("Transition programme board chaired by the Chief Executive\n"
                     "Joint partnership forum with staff side"),
        "assurance": ("Monthly transition highlight report to the Board\n"
                      "Staff pulse survey results"),
        "gaps": ("G1 Final structure not yet agreed\n"
                 "G2 Transfer of functions not yet mapped\n"
                 "G3 Limited data on staff wellbeing during the change"),
        "actions": [
            {"ref": "4.1", "gap": "G1",
             "action": ("Design the new ICB structure in line with the Model ICB Blueprint and consult staff on "
                        "the proposed structure."),
             "lead_cell": "Chief People Officer",
             "lead": ["Chief People Officer"],
             "due": D(2025, 11, 30), "revised": D(2026, 1, 31), "end": "2026-01",
             "progress": ("Consultation launch delayed pending national confirmation of the funding arrangements "
                          "for redundancy costs."),
             "status_cell": "At risk", "status": "amber"},
            {"ref": "4.2", "gap": "G2",
             "action": ("Map every ICB function to its future home (ICB, provider or region) and complete a safe "
                        "transfer checklist for each function."),
             "lead_cell": "Chief Executive / Director of Corporate and Legal Affairs",
             "lead": ["Chief Executive", "Director of Corporate and Legal Affairs"],
             "due": "Q4 2025/26", "revised": None, "end": "2026-03", "end_text": "Q4 2025/26",
             "progress": "Function mapping complete; transfer checklists in draft.",
             "status_cell": "On track", "status": "green"},
            {"ref": "4.3", "gap": "G3",
             "action": ("Run a monthly staff pulse survey during the change programme and report the results, "
                        "with the Freedom to Speak Up themes, to the People and Remuneration Committee."),
             "lead_cell": "Chief People Officer",
             "lead": ["Chief People Officer"],
             "due": "Monthly", "revised": None, "end": None, "end_text": "Monthly",
             "progress": "August survey response rate 58%; results shared with staff side.",
             "status_cell": "On track", "status": "green"},
        ],
    },
]


def make_baf():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = BAF_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("navy")
    ws.merge_cells("A1:E1")
    ws["A2"] = "Quarter 2 position (as at 30 September 2025) – for the ICB Board meeting on 9 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:E2")
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Reviewed by"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    rows = [
        ("v1.0", D(2025, 4, 10), "Head of Corporate Governance", "ICB Board, April 2025"),
        ("v2.0", D(2025, 7, 7), "Head of Corporate Governance", "Audit and Risk Committee, July 2025"),
        ("v3.0", D(2025, 10, 2), "Head of Corporate Governance", "ICB Board, 9 October 2025"),
    ]
    for r, row in enumerate(rows, 6):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A10"] = "Risk scores are consequence x likelihood on the 5 x 5 matrix in the ICB Risk Management Policy."
    ws.merge_cells("A10:E10")
    ws["A12"] = "Action status key"
    ws["A12"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence received"),
           ("On track", "Action progressing to the agreed timescale"),
           ("At risk", "Action at risk of missing the agreed timescale"),
           ("Off track", "Action overdue or not progressing")]
    for r, (k, d) in enumerate(key, 13):
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(BAF_STATUS_FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in ("Complete", "Off track") else "000000")
        c.border = BOX
        c2 = ws.cell(row=r, column=2, value=d)
        c2.border = BOX
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    for col, w in zip("ABCDE", (16, 14, 32, 36, 10)):
        ws.column_dimensions[col].width = w

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "BAF summary – Quarter 2 2025/26"
    ss["A1"].font = Font(bold=True, size=13)
    shdr = ["BAF ref", "Strategic objective", "Principal risk", "Executive lead", "Assuring committee",
            "Inherent score", "Current score", "Target score", "Open actions"]
    for i, h in enumerate(shdr, 1):
        c = ss.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    for r, risk in enumerate(BAF_RISKS, 4):
        open_actions = sum(1 for a in risk["actions"] if a["status_cell"] != "Complete")
        vals = [risk["sheet"], risk["objective"], risk["heading"].split("– ", 1)[1], risk["lead"],
                risk["committee"], risk["scores"][0], risk["scores"][1], risk["scores"][2], open_actions]
        for i, v in enumerate(vals, 1):
            c = ss.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
    tr = 4 + len(BAF_RISKS)
    ss.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    ss.cell(row=tr, column=9, value=sum(
        1 for risk in BAF_RISKS for a in risk["actions"] if a["status_cell"] != "Complete")).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (9, 30, 34, 24, 26, 11, 11, 11, 9)):
        ss.column_dimensions[col].width = w

    # One sheet per principal risk
    for risk in BAF_RISKS:
        ws = wb.create_sheet(risk["sheet"])
        ws["A1"] = risk["heading"]
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("navy")
        ws.merge_cells("A1:H1")
        fields = [
            ("Strategic objective", risk["objective"]),
            ("Principal risk", risk["risk"]),
            ("Executive lead", risk["lead"]),
            ("Assuring committee", risk["committee"]),
            ("Risk score", "Inherent %s   |   Current %s   |   Target %s" % risk["scores"]),
            ("Risk appetite", risk["appetite"]),
            ("Key controls", risk["controls"]),
            ("Sources of assurance", risk["assurance"]),
            ("Gaps in control / assurance", risk["gaps"]),
        ]
        r = 2
        for label, val in fields:
            a = ws.cell(row=r, column=1, value=label)
            a.font = Font(bold=True)
            a.fill = fill("pale")
            a.alignment = WRAP
            a.border = BOX
            b = ws.cell(row=r, column=2, value=val)
            b.alignment = WRAP
            b.border = BOX
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        ahdr = ["Ref", "Gap", "Action", "Action owner", "Due date", "Revised due date",
                "Progress update (Q2)", "Status"]
        for i, h in enumerate(ahdr, 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill("grey")
            c.alignment = WRAP
            c.border = BOX
        r += 1
        for a in risk["actions"]:
            vals = [a["ref"], a["gap"], a["action"], a["lead_cell"], a["due"], a["revised"],
                    a["progress"], a["status_cell"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=8)
            sc.fill = fill(BAF_STATUS_FILL[a["status_cell"]])
            if a["status_cell"] in ("Complete", "Off track"):
                sc.font = Font(color="FFFFFF", bold=True)
            r += 1
        for col, w in zip("ABCDEFGH", (22, 6, 50, 30, 12, 12, 44, 11)):
            ws.column_dimensions[col].width = w
    wb.save(path(BAF_FILE))


# ---------------------------------------------------------------------------
# 2. Sheffield Health and Social Care NHSFT - PSII safety action plan (docx)
# ---------------------------------------------------------------------------
PSII_FILE = "zcd-sheffield-health-and-social-care-nhsft-psii-home-treatment-discharge-safety-action-plan.docx"
PSII_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"

PSII_AFI = [
    {
        "heading": "Area for improvement 1: Transfer of care from the Home Treatment Team to the Community Mental Health Team",
        "recs": [
            {
                "rec": ("Safety recommendation 1: The Trust should ensure that a service user is not discharged from "
                        "the Home Treatment Team until a named worker in the receiving team has accepted the "
                        "referral and a first contact has been booked."),
                "actions": [
                    {"ref": "SA1.1",
                     "action": ("Amend the Home Treatment Team discharge standard operating procedure so that "
                                "“accepted by receiving team” is a mandatory step before a discharge can be "
                                "completed on RiO."),
                     "lead_cell": "HTT Service Manager", "lead": ["HTT Service Manager"],
                     "due": "31/10/2025", "end": "2025-10",
                     "measure": "Monthly RiO audit of 20 discharges; target 95% with acceptance recorded.",
                     "status": "blue"},
                    {"ref": "SA1.2",
                     "action": ("Introduce a daily transfers huddle between the Home Treatment Team and the CMHT "
                                "duty workers to review every pending transfer of care."),
                     "lead_cell": "HTT Service Manager / CMHT Team Managers",
                     "lead": ["HTT Service Manager", "CMHT Team Managers"],
                     "due": "30/11/2025", "end": "2025-11",
                     "measure": "Huddle attendance log; fewer transfers waiting more than 72 hours.",
                     "status": "green"},
                ],
            },
            {
                "rec": ("Safety recommendation 2: The Trust should ensure that the 72-hour follow-up after discharge "
                        "is tracked, and escalated on the same day when it cannot be completed."),
                "actions": [
                    {"ref": "SA2.1",
                     "action": ("Build a 72-hour follow-up tracker into the RiO discharge workflow, with an "
                                "automatic alert to the receiving team manager at 48 hours."),
                     "lead_cell": "Clinical Systems Lead (Digital Services)",
                     "lead": ["Clinical Systems Lead (Digital Services)"],
                     "due": "January 2026", "end": "2026-01",
                     "measure": "Percentage of 72-hour follow-ups completed (Integrated Performance Report).",
                     "status": "green"},
                    {"ref": "SA2.2",
                     "action": ("Update the escalation flowchart so that unsuccessful follow-up attempts are "
                                "escalated to the duty senior clinician the same day, and share it through a "
                                "7-minute briefing."),
                     "lead_cell": "Head of Nursing (Acute & Community)",
                     "lead": ["Head of Nursing (Acute & Community)"],
                     "due": "30/09/2025", "end": "2025-09",
                     "measure": "Briefing delivered to all teams; spot-check of 10 cases in October.",
                     "status": "blue"},
                ],
            },
        ],
    },
    {
        "heading": "Area for improvement 2: Involving families and carers at discharge",
        "recs": [
            {
                "rec": ("Safety recommendation 3: The Trust should ensure that families and carers are involved in "
                        "discharge planning and are given written information on who to contact in a crisis."),
                "actions": [
                    {"ref": "SA3.1",
                     "action": ("Co-produce a carers’ discharge information leaflet with the Carers’ Forum and the "
                                "Patient Safety Partners."),
                     "lead_cell": "Lead for Carer Engagement", "lead": ["Lead for Carer Engagement"],
                     "due": "End of Q3 2025/26", "end": "2025-12", "end_text": "End of Q3 2025/26",
                     "measure": "Leaflet approved; carer feedback gathered three months after launch.",
                     "status": "amber"},
                    {"ref": "SA3.2",
                     "action": "Add a “carer contacted and consulted” prompt to the HTT discharge checklist.",
                     "lead_cell": "HTT Service Manager", "lead": ["HTT Service Manager"],
                     "due": "31/10/2025", "end": "2025-10",
                     "measure": "Included in the monthly RiO audit for SA1.1.",
                     "status": "blue"},
                ],
            },
        ],
    },
    {
        "heading": "Area for improvement 3: Clinical risk formulation and safety planning",
        "recs": [
            {
                "rec": None,
                "actions": [
                    {"ref": "SA4.1",
                     "action": ("Deliver the updated risk formulation and safety planning training to all Home "
                                "Treatment Team clinicians, with competency sign-off."),
                     "lead_cell": "Practice Development Lead; HTT Clinical Lead",
                     "lead": ["Practice Development Lead", "HTT Clinical Lead"],
                     "due": "31/03/2026", "end": "2026-03",
                     "measure": "Training compliance above 90% on ESR.",
                     "status": "green"},
                    {"ref": "SA4.2",
                     "action": ("Audit the quality of risk formulations at discharge from the Home Treatment Team "
                                "six months after the training has been completed."),
                     "lead_cell": "Clinical Audit Lead", "lead": ["Clinical Audit Lead"],
                     "due": "September 2026", "end": "2026-09",
                     "measure": "Audit report to the Acute and Community Clinical Governance Group.",
                     "status": "unrated"},
                ],
            },
        ],
    },
]


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row, shade_hex=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if shade_hex:
            shade(cell, shade_hex)


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


def make_psii():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    header = doc.sections[0].header
    header.paragraphs[0].text = "Sheffield Health and Social Care NHS Foundation Trust"
    header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading(PSII_TITLE, level=0)

    details = [
        ("PSII reference", "PSII 2025/014"),
        ("Incident", "Unexpected death of a service user eight days after discharge from the Home Treatment Team"),
        ("Date of incident", "3 March 2025"),
        ("Investigation lead", "Senior Patient Safety Specialist, supported by a Patient Safety Partner"),
        ("Report approved", "Patient Safety Oversight Group, 12 August 2025"),
        ("Plan monitored by", "Acute and Community Clinical Governance Group (monthly)"),
        ("Progress as at", "31 October 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in details:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
        shade(row.cells[0], "DEEAF6")

    doc.add_paragraph()
    doc.add_paragraph("Status key – the Status column is shaded:")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, text in (("blue", "Complete – evidence of completion received"),
                         ("green", "On track"),
                         ("amber", "At risk of delay"),
                         ("red", "Overdue"),
                         (None, "Unshaded – not yet started")):
        row = key.add_row()
        if colour:
            shade(row.cells[0], FILL[colour])
        set_cell(row.cells[1], text)

    doc.add_paragraph()
    doc.add_paragraph(
        "The safety recommendations below are taken from section 7 of the PSII report. Safety actions were "
        "agreed with the directorate at the safety action workshop on 2 September 2025.")

    for afi in PSII_AFI:
        doc.add_heading(afi["heading"], level=2)
        for rec in afi["recs"]:
            if rec["rec"]:
                p = doc.add_paragraph()
                p.add_run(rec["rec"]).bold = True
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, ["Ref", "Safety action", "Owner", "Target date",
                                               "How we will measure effectiveness", "Status"]):
                set_cell(c, h, bold=True)
                shade(c, "D9D9D9")
            for a in rec["actions"]:
                row = tb.add_row()
                set_cell(row.cells[0], a["ref"])
                set_cell(row.cells[1], a["action"])
                set_cell(row.cells[2], a["lead_cell"])
                set_cell(row.cells[3], a["due"])
                set_cell(row.cells[4], a["measure"])
                set_cell(row.cells[5], "")
                if a["status"] != "unrated":
                    shade(row.cells[5], FILL[a["status"]])
            doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for r in (("Executive Director of Nursing, Professions and Quality", "Signed", "12/08/2025"),
              ("Clinical Director, Acute and Community", "Signed", "12/08/2025")):
        row = so.add_row()
        for c, v in zip(row.cells, r):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Note: evidence for completed actions is held in the PSII 2025/014 evidence folder on the "
                      "Patient Safety SharePoint site.")
    doc.save(path(PSII_FILE))


# ---------------------------------------------------------------------------
# 3. Four Elms Medical Centre - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_FILE = "zcd-four-elms-medical-centre-hiw-gp-inspection-improvement-plan.docx"
HIW_TITLE = "Four Elms Medical Centre – HIW Inspection Improvement Plan"

HIW_IMMEDIATE = [
    {
        "finding": "Emergency drugs and equipment",
        "improvement": ("The practice must ensure that emergency drugs and equipment are checked weekly, that all "
                        "items are in date and that the checks are recorded."),
        "standard": "Health and Care Quality Standards 2023 – Safe; Resuscitation Council UK guidance",
        "actions": [
            {"action": ("Weekly emergency trolley checklist introduced and attached to the trolley; the expired "
                        "adrenaline and oxygen masks were replaced on 15 October 2025."),
             "lead_cell": "Practice Manager", "lead": ["Practice Manager"],
             "due": "15/10/2025", "end": "2025-10"},
            {"action": ("A named healthcare assistant and a deputy carry out the weekly checks, and the Nurse "
                        "Manager audits the checklist each month."),
             "lead_cell": "Practice Manager / Nurse Manager", "lead": ["Practice Manager", "Nurse Manager"],
             "due": "Immediate", "end": None, "end_text": "Immediate"},
        ],
    },
]

HIW_PLAN = [
    {
        "finding": "Patient access – telephone",
        "improvement": ("The practice must review its telephone system and staffing at peak times so that "
                        "patients can get through at 8am, and tell HIW what changes it makes."),
        "standard": "Health and Care Quality Standards 2023 – Timely",
        "actions": [
            {"action": ("Move to a cloud-based telephone system with call queuing, call-back and "
                        "position-in-queue messages."),
             "lead_cell": "Practice Manager", "lead": ["Practice Manager"],
             "due": "31/01/2026", "end": "2026-01"},
            {"action": ("Add a second receptionist to the 8am to 10am rota on Mondays and on the day after a bank "
                        "holiday."),
             "lead_cell": "Practice Manager and Reception Supervisor",
             "lead": ["Practice Manager", "Reception Supervisor"],
             "due": "30/11/2025", "end": "2025-11"},
        ],
    },
    {
        "finding": "Safeguarding training",
        "improvement": ("The practice must ensure that all clinical staff have completed safeguarding training at "
                        "the level appropriate to their role."),
        "standard": ("Health and Care Quality Standards 2023 – Safe; Safeguarding Children and Young People: "
                     "Roles and Competencies for Healthcare Staff"),
        "actions": [
            {"action": ("Training matrix reviewed and four clinicians booked onto Level 3 safeguarding children "
                        "training through the health board."),
             "lead_cell": "Dr Aisha Rahman (Safeguarding Lead GP)",
             "lead": ["Dr Aisha Rahman (Safeguarding Lead GP)"],
             "due": "December 2025", "end": "2025-12"},
        ],
    },
    {
        "finding": "Infection prevention and control",
        "improvement": ("The practice must complete an annual infection prevention and control audit and act on "
                        "its findings, including replacing the fabric chairs in the waiting area."),
        "standard": "Health and Care Quality Standards 2023 – Safe",
        "actions": [
            {"action": ("Annual IPC audit completed using the Public Health Wales primary care audit tool, with "
                        "an action log reviewed at the monthly practice meeting."),
             "lead_cell": "Lead Practice Nurse", "lead": ["Lead Practice Nurse"],
             "due": "30/11/2025", "end": "2025-11"},
            {"action": "Replace the fabric chairs in the waiting area and treatment rooms with wipe-clean seating.",
             "lead_cell": "GP Partners", "lead": ["GP Partners"],
             "due": "March 2026", "end": "2026-03"},
        ],
    },
    {
        "finding": "Governance – policies and procedures",
        "improvement": ("The practice must ensure that all policies and procedures are reviewed, dated and version "
                        "controlled, and that staff confirm they have read them."),
        "standard": "Health and Care Quality Standards 2023 – Leadership",
        "actions": [
            {"action": ("Move all policies onto the practice intranet with review dates and read receipts "
                        "for staff."),
             "lead_cell": "Practice Manager", "lead": ["Practice Manager"],
             "due": "31/03/2026", "end": "2026-03"},
        ],
    },
]

HIW_COLS = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]


def hiw_table(doc, items):
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, HIW_COLS):
        set_cell(c, h, bold=True)
        shade(c, "C6D9F1")
    for item in items:
        first = None
        for i, a in enumerate(item["actions"]):
            row = tb.add_row()
            if i == 0:
                first = row
                set_cell(row.cells[0], item["finding"])
                set_cell(row.cells[1], item["improvement"])
                set_cell(row.cells[2], item["standard"])
            set_cell(row.cells[3], a["action"])
            set_cell(row.cells[4], a["lead_cell"])
            set_cell(row.cells[5], a["due"])
        if len(item["actions"]) > 1:
            last = tb.rows[len(tb.rows) - 1]
            for col in range(3):
                first.cells[col].merge(last.cells[col])
    return tb


def make_hiw():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_heading(HIW_TITLE, level=0)
    doc.add_paragraph("Healthcare Inspectorate Wales – General Practice Inspection (Announced)")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Service", "Four Elms Medical Centre, Pengam Green, Cardiff"),
                 ("Health board", "Cardiff and Vale University Health Board"),
                 ("Date of inspection", "14 October 2025"),
                 ("Improvement plan returned to HIW", "28 November 2025")):
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact and/or risk posed, these concerns needed to be addressed straight away, "
                      "during the inspection.")
    ta = doc.add_table(rows=1, cols=4)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, ["Immediate concerns identified", "Impact/potential impact on patient care "
                                       "and treatment", "How HIW escalated the concern",
                                       "How the concern was resolved"]):
        set_cell(c, h, bold=True)
        shade(c, "C6D9F1")
    row = ta.add_row()
    for c, v in zip(row.cells, [
            "The vaccine fridge log showed temperatures above 8°C on three days with no action recorded.",
            "Vaccines may have been less effective.",
            "We raised this with the practice manager on the day of the inspection.",
            "The practice quarantined the affected stock and sought advice from Public Health Wales the "
            "same day."]):
        set_cell(c, v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Four Elms Medical Centre")
    doc.add_paragraph("Date of inspection: 14 October 2025")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety "
                      "identified during the inspection where we require the service to complete an immediate "
                      "improvement plan telling us about the urgent actions they are taking.")
    hiw_table(doc, HIW_IMMEDIATE)
    doc.add_paragraph("The following section must be completed by a representative of the service with overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative:")
    doc.add_paragraph("Name (print): Claire Mathias")
    doc.add_paragraph("Job role: Practice Manager")
    doc.add_paragraph("Date: 17 October 2025")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Four Elms Medical Centre")
    doc.add_paragraph("Date of inspection: 14 October 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    hiw_table(doc, HIW_PLAN)
    doc.add_paragraph("The following section must be completed by a representative of the service with overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative:")
    doc.add_paragraph("Name (print): Claire Mathias")
    doc.add_paragraph("Job role: Practice Manager")
    doc.add_paragraph("Date: 28 November 2025")
    doc.save(path(HIW_FILE))


# ---------------------------------------------------------------------------
# 4. Bannvale House Nursing Home - RQIA QIP tracker (xlsx)
# ---------------------------------------------------------------------------
RQIA_FILE = "zcd-bannvale-house-nursing-home-gilford-rqia-care-inspection-qip-tracker.xlsx"
RQIA_TITLE = "Bannvale House Nursing Home – RQIA Quality Improvement Plan Tracker"

RQIA_REG_SECTION = ("Action required to ensure compliance with The Nursing Homes Regulations "
                    "(Northern Ireland) 2005")
RQIA_STD_SECTION = ("Action required to ensure compliance with the Care Standards for Nursing Homes "
                    "(December 2022)")

RQIA_RAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
RQIA_RAG_STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}

RQIA_SECTIONS = [
    (RQIA_REG_SECTION, [
        {"afi": "Area for improvement 1", "ref": "Ref: Regulation 13 (7)\nStated: First time",
         "text": ("The registered person shall ensure that the infection prevention and control issues identified "
                  "during this inspection are managed to minimise the risk and spread of infection. This relates "
                  "specifically to the storage of equipment in bathrooms and the cleaning of shower chairs."),
         "actions": [
             {"ref": "1.1",
              "action": ("First floor bathroom cleared and a store room identified for hoists and wheelchairs; staff "
                         "reminded at handover that bathrooms are not to be used for storage."),
              "lead_cell": "Registered Manager", "lead": ["Registered Manager"],
              "due": D(2025, 8, 29), "end": "2025-08", "rag": "B",
              "comment": "Checked at IPC walkaround on 1 September 2025."},
             {"ref": "1.2",
              "action": ("Cleaning schedule for shower chairs revised to include cleaning after each use and a "
                         "weekly deep clean, signed off by the nurse in charge."),
              "lead_cell": "Deputy Manager / Domestic Supervisor",
              "lead": ["Deputy Manager", "Domestic Supervisor"],
              "due": D(2025, 9, 30), "end": "2025-09", "rag": "G",
              "comment": "Monthly IPC audit to confirm the schedule is being followed."},
         ]},
        {"afi": "Area for improvement 2", "ref": "Ref: Regulation 12 (1) (a) and (b)\nStated: Second time",
         "text": ("The registered person shall ensure that wound care is delivered in accordance with the care "
                  "plan and the recommendations of the tissue viability nurse, and that wound charts are fully "
                  "completed at each dressing change."),
         "actions": [
             {"ref": "2.1",
              "action": ("All registered nurses to complete wound care refresher training with the Trust tissue "
                         "viability nurse."),
              "lead_cell": "Clinical Lead", "lead": ["Clinical Lead"],
              "due": "October 2025", "end": "2025-10", "rag": "A",
              "comment": "6 of 9 nurses trained; remaining session booked for 21 October."},
             {"ref": "2.2",
              "action": ("Weekly audit of all wound charts by the nurse in charge, with results reviewed by the "
                         "Registered Manager."),
              "lead_cell": "Registered Manager", "lead": ["Registered Manager"],
              "due": "With immediate effect", "end": None, "end_text": "With immediate effect", "rag": "G",
              "comment": "Audits in place since 18 August 2025."},
         ]},
        {"afi": "Area for improvement 3", "ref": "Ref: Regulation 20 (1) (c) (i)\nStated: First time",
         "text": ("The registered person shall ensure that all staff complete mandatory training, including fire "
                  "safety and adult safeguarding, and that compliance is monitored."),
         "actions": [
             {"ref": "3.1",
              "action": ("Training matrix updated and shared at the staff meeting; staff with overdue fire training "
                         "booked onto the session on 16 September 2025."),
              "lead_cell": "Administrator; Registered Manager", "lead": ["Administrator", "Registered Manager"],
              "due": D(2025, 9, 30), "end": "2025-09", "rag": "B",
              "comment": "Fire safety compliance 97%; adult safeguarding 95%."},
         ]},
    ]),
    (RQIA_STD_SECTION, [
        {"afi": "Area for improvement 4", "ref": "Ref: Standard 12\nStated: First time",
         "text": ("The registered person shall ensure that the daily menu is displayed in a suitable format and "
                  "that residents on modified diets are offered a choice at each meal."),
         "actions": [
             {"ref": "4.1",
              "action": ("Pictorial menu boards placed in each dining room; menus reviewed with the cook and the "
                         "speech and language therapist."),
              "lead_cell": "Catering Manager", "lead": ["Catering Manager"],
              "due": D(2025, 10, 31), "end": "2025-10", "rag": "G",
              "comment": "Boards ordered; delivery expected 20 October."},
             {"ref": "4.2",
              "action": "Dining experience audit completed each month by a member of the management team.",
              "lead_cell": "Registered Manager / Deputy Manager",
              "lead": ["Registered Manager", "Deputy Manager"],
              "due": "Monthly", "end": None, "end_text": "Monthly", "rag": "G",
              "comment": "September audit completed."},
         ]},
        {"afi": "Area for improvement 5", "ref": "Ref: Standard 41\nStated: Second time",
         "text": ("The registered person shall ensure that staff meetings are held at least quarterly and that "
                  "minutes, including the actions agreed, are made available to all staff."),
         "actions": [
             {"ref": "5.1",
              "action": ("Schedule of staff meetings for 2025/26 agreed and displayed; minutes to be kept in the "
                         "staff room folder."),
              "lead_cell": "Registered Manager", "lead": ["Registered Manager"],
              "due": D(2025, 12, 31), "end": "2025-12", "rag": None,
              "comment": "First meeting on the new schedule is on 14 November 2025."},
         ]},
    ]),
]


def make_rqia():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    ws["A1"] = RQIA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    info = [("Inspection ID:", "IN047713", "Date of inspection:", "12 and 13 August 2025"),
            ("Registered Person:", "Declan Trainor", "Registered Manager:", "Orla McVeigh"),
            ("QIP returned to RQIA:", "10 September 2025", "Tracker last updated:", "3 October 2025")]
    for r, (a, b, c, d) in enumerate(info, 2):
        ws.cell(row=r, column=1, value=a).font = Font(bold=True)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=4, value=c).font = Font(bold=True)
        ws.cell(row=r, column=5, value=d)
    hdr = ["Area for improvement", "Ref / Stated", "Area for improvement (RQIA wording)", "Action no.",
           "Action taken / planned", "Person responsible", "To be completed by", "RAG", "Comments / evidence"]
    r = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for section, afis in RQIA_SECTIONS:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi in afis:
            start = r
            for a in afi["actions"]:
                vals = [None, None, None, a["ref"], a["action"], a["lead_cell"], a["due"], a["rag"],
                        a["comment"]]
                if r == start:
                    vals[0], vals[1], vals[2] = afi["afi"], afi["ref"], afi["text"]
                for i, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=i, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if a["rag"]:
                    rc = ws.cell(row=r, column=8)
                    rc.fill = fill(RQIA_RAG_FILL[a["rag"]])
                    rc.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - start > 1:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for k, d in (("B", "Completed and embedded"), ("G", "On track"), ("A", "Some slippage – see comments"),
                 ("R", "Not achieved / overdue"), ("", "Blank – not yet started")):
        c = ws.cell(row=r, column=1, value=k)
        if k:
            c.fill = fill(RQIA_RAG_FILL[k])
        ws.cell(row=r, column=2, value=d)
        r += 1
    r += 1
    total = sum(len(afi["actions"]) for _, afis in RQIA_SECTIONS for afi in afis)
    done = sum(1 for _, afis in RQIA_SECTIONS for afi in afis for a in afi["actions"] if a["rag"] == "B")
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for k, v in (("Areas for improvement", "5 (Regulations 3, Standards 2)"),
                 ("Actions", total), ("Completed", done), ("Outstanding", total - done)):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
        r += 1
    for col, w in zip("ABCDEFGHI", (16, 20, 48, 8, 48, 24, 14, 6, 36)):
        ws.column_dimensions[col].width = w
    wb.save(path(RQIA_FILE))


# ---------------------------------------------------------------------------
# 5. Caremark (Bromsgrove & Redditch) - CQC home care action plan (csv, refuse)
# ---------------------------------------------------------------------------
CSV_FILE = "zcd-caremark-bromsgrove-and-redditch-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"
CSV_TITLE = "Caremark (Bromsgrove & Redditch) – CQC Inspection Action Plan"

CSV_HEADER = ["No.", "Key question", "Regulation / should-do", "What CQC found", "Action", "Lead",
              "Target date", "Status", "Update"]
CSV_ROWS = [
    ["1", "Safe", "Regulation 12 Safe care and treatment",
     "Risk assessments for people with catheters and for moving and handling were not always in place.",
     "Review every care plan for people with a catheter or a hoist and complete the missing risk assessments.",
     "Registered Manager / Care Coordinator", "31/10/2025", "Complete",
     "All 23 care plans reviewed; risk assessments added by 24/10/2025."],
    ["2", "Safe", "Regulation 12 Safe care and treatment",
     "Time-critical medicines were not always given at the right time.",
     "Switch on eMAR alerts for late and missed time-critical medicines and check them daily in the office.",
     "Care Coordinator", "30/09/2025", "Complete", "Alerts live from 15/09/2025."],
    ["3", "Safe", "Regulation 12 Safe care and treatment",
     "Care plan audits did not pick up missing risk assessments.",
     "Introduce a monthly audit of a 10% sample of care plans by the Quality Lead.",
     "Quality Lead", "November 2025", "On track", "October audit done (12 care plans)."],
    ["4", "Well-led", "Regulation 17 Good governance",
     "The provider's audits had not identified the shortfalls we found.",
     "Set up a governance calendar of monthly audits (care plans, MAR charts, call times) with a quarterly "
     "provider review.",
     "Registered Manager and Nominated Individual", "31/12/2025", "On track", "Calendar agreed 1/10/2025."],
    ["5", "Well-led", "Regulation 17 Good governance",
     "Late and short calls shown by call monitoring were not analysed.",
     "Produce a weekly call-time analysis from the electronic call monitoring system and report themes to "
     "the Quality & Governance meeting.",
     "Care Coordinator", "Febuary 2026", "Not started", ""],
    ["6", "Effective", "Regulation 18 Staffing",
     "Not all care workers had received supervision or a spot check in the last six months.",
     "Complete a supervision and spot-check schedule covering all 64 care workers.",
     "Field Care Supervisor", "31/01/2026", "On track", "38 of 64 completed."],
    ["7", "Responsive", "Should-do",
     "The provider should ensure people's communication needs are recorded in line with the Accessible "
     "Information Standard.",
     "Add a communication profile to each care plan at its next review.",
     "Care Coordinator", "March 2026", "Not started", ""],
    ["8", "Caring", "Should-do",
     "The provider should seek and act on feedback from people and their relatives more often.",
     "Send a quarterly client survey and share the results and changes made in the client newsletter.",
     "Office Manager", "Quarterly", "On track", "Q2 survey sent 6/10/2025."],
]


def make_csv():
    lines = [
        [CSV_TITLE],
        ["Service: domiciliary care agency, Bromsgrove. Inspection 8–15 July 2025; report published "
         "2 September 2025; overall rating Requires improvement."],
        ["Plan owner: Registered Manager. Reviewed at the monthly Quality & Governance meeting."],
        [],
        CSV_HEADER,
    ] + CSV_ROWS + [
        [],
        ["Status: Complete / On track / At risk / Not started"],
    ]
    width = len(CSV_HEADER)
    with open(path(CSV_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in lines:
            w.writerow(row + [""] * (width - len(row)) if row else [""] * width)


def csv_typo_line():
    with open(path(CSV_FILE), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if "Febuary" in line:
                return n
    return None


# ---------------------------------------------------------------------------
# 6. St Barnabas House - Quality Account priorities tracker (txt)
# ---------------------------------------------------------------------------
TXT_FILE = "zcd-st-barnabas-house-hospice-quality-account-priorities-tracker-2025-26.txt"
TXT_TITLE = "St Barnabas House – Quality Account 2025/26: Priorities for Improvement"

TXT_PRIORITIES = [
    {"heading": "PRIORITY 1 – PATIENT SAFETY",
     "title": "Reducing falls with harm on the In-Patient Unit",
     "why": "Why we chose this: 31 falls on the IPU in 2024/25, 4 of them with moderate harm.",
     "actions": [
         {"ref": "1.1",
          "action": ("Complete a multifactorial falls risk assessment on SystmOne within 6 hours of every "
                     "admission to the IPU."),
          "lead_cell": "IPU Ward Manager / Falls Lead Nurse", "lead": ["IPU Ward Manager", "Falls Lead Nurse"],
          "due": "30 November 2025", "end": "2025-11", "rag": "G", "status": "green",
          "progress": "Template live; 78% of September admissions assessed within 6 hours."},
         {"ref": "1.2",
          "action": "Introduce post-fall huddles within 24 hours of every fall, using the Hospice UK template.",
          "lead_cell": "Falls Lead Nurse", "lead": ["Falls Lead Nurse"],
          "due": "July 2025", "end": "2025-07", "rag": "C", "status": "blue",
          "progress": "Huddles held after all 9 falls in Q2; learning shared at the ward meeting."},
     ]},
    {"heading": "PRIORITY 2 – CLINICAL EFFECTIVENESS",
     "title": "Improving access to palliative care for people experiencing homelessness",
     "why": "Why we chose this: only 6 referrals from homelessness services in 2024/25.",
     "actions": [
         {"ref": "2.1",
          "action": ("Appoint a palliative care link nurse to work with the Worthing and Adur homelessness outreach "
                     "teams two days a week."),
          "lead_cell": "Head of Community Services", "lead": ["Head of Community Services"],
          "due": "31/10/2025", "end": "2025-10", "rag": "A", "status": "amber",
          "progress": "Post advertised twice; interviews on 4 November."},
         {"ref": "2.2",
          "action": ("Deliver end of life care awareness sessions to hostel and outreach staff, with at least "
                     "40 staff trained."),
          "lead_cell": "Education Lead", "lead": ["Education Lead"],
          "due": "March 2026", "end": "2026-03", "rag": "G", "status": "green",
          "progress": "2 sessions held, 17 staff trained."},
         {"ref": "2.3",
          "action": ("Agree a shared referral pathway and advance care planning template with the homelessness "
                     "health team and the ICB."),
          "lead_cell": "Director of Clinical Services and Medical Director",
          "lead": ["Director of Clinical Services", "Medical Director"],
          "due": "December 2025", "end": "2025-12", "rag": "R", "status": "red",
          "progress": "First meeting cancelled twice; escalated to the ICB place lead."},
     ]},
    {"heading": "PRIORITY 3 – PATIENT EXPERIENCE",
     "title": "Listening to bereaved families",
     "why": "Why we chose this: response rate to our bereavement survey fell to 14% in 2024/25.",
     "actions": [
         {"ref": "3.1",
          "action": ("Offer every bereaved family a choice of paper, online or telephone feedback 6 to 8 weeks "
                     "after the death."),
          "lead_cell": "Patient Experience Lead", "lead": ["Patient Experience Lead"],
          "due": "Ongoing", "end": None, "end_text": "Ongoing", "rag": "G", "status": "green",
          "progress": "Response rate 23% in Q2."},
         {"ref": "3.2",
          "action": ("Report themes from bereaved families' feedback, and the changes made, to every Clinical "
                     "Governance and Quality Committee."),
          "lead_cell": "Patient Experience Lead", "lead": ["Patient Experience Lead"],
          "due": "Quarterly", "end": None, "end_text": "Quarterly", "rag": "G", "status": "green",
          "progress": "First themed report presented in July 2025."},
     ]},
]


def make_txt():
    rule = "=" * 78
    out = [
        TXT_TITLE,
        "Quarterly progress report: Quarter 2 (July to September 2025)",
        "Prepared for: Clinical Governance and Quality Committee, 21 October 2025",
        "Prepared by: Director of Clinical Services",
        "",
        "RAG key:  C = Complete   G = On track   A = Some delay, recovery plan in place   R = Off track",
        "",
    ]
    for p in TXT_PRIORITIES:
        out += [rule, p["heading"], p["title"], rule, p["why"], ""]
        for a in p["actions"]:
            out.append("%s  %s" % (a["ref"], a["action"]))
            out.append("     Lead:     %s" % a["lead_cell"])
            out.append("     Due:      %s" % a["due"])
            out.append("     RAG:      %s" % a["rag"])
            out.append("     Progress: %s" % a["progress"])
            out.append("")
    counts = {}
    for p in TXT_PRIORITIES:
        for a in p["actions"]:
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
    total = sum(counts.values())
    out += [
        rule,
        "SUMMARY",
        rule,
        "Actions: %d   Complete: %d   On track: %d   Some delay: %d   Off track: %d" % (
            total, counts.get("C", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0)),
        "",
        "Notes:",
        "- Priorities were agreed by the Board of Trustees in May 2025 and published in the 2024/25 Quality Account.",
        "- Progress is reported to the ICB quality team each quarter.",
        "",
    ]
    with open(path(TXT_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------------------
# 7. Spire Shawfair Park Hospital - HIS improvement action plan (xlsx)
# ---------------------------------------------------------------------------
HIS_FILE = "zcd-spire-shawfair-park-hospital-his-inspection-improvement-action-plan.xlsx"
HIS_TITLE = "Spire Shawfair Park Hospital – Improvement Action Plan"

HIS_DOMAINS = [
    ("Domain 2 – Impact on people experiencing care, carers and families", [
        {"item": ("Recommendation a: The service should develop a way of sharing patient feedback, and the "
                  "improvements made in response, with patients and visitors."),
         "actions": [
             {"action": ("Introduce a “You said, we did” board in main reception and on the hospital website, "
                         "updated each quarter."),
              "lead_cell": "Patient Experience Lead", "lead": ["Patient Experience Lead"],
              "due": "March 2026", "end": "2026-03", "prev": None, "cur": None, "status": "unrated",
              "progress": "Not yet started – design agreed with the communications team."},
         ]},
    ]),
    ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
        {"item": ("Requirement 1: The provider must ensure that the World Health Organization (WHO) surgical "
                  "safety checklist is fully completed for every patient and that compliance is audited "
                  "(Regulation 3(d)(i))."),
         "actions": [
             {"action": ("Theatre team brief and debrief relaunched, with the sign-out step reinforced at the end "
                         "of every list."),
              "lead_cell": "Theatre Manager", "lead": ["Theatre Manager"],
              "due": D(2025, 7, 31), "end": "2025-07", "prev": "A", "cur": "B", "status": "blue",
              "progress": "Relaunch completed 28 July 2025."},
             {"action": ("Monthly observational audit of 10 WHO checklists per theatre, with results reported to "
                         "the Medical Advisory Committee and the Clinical Governance Committee."),
              "lead_cell": "Theatre Manager; Head of Clinical Services",
              "lead": ["Theatre Manager", "Head of Clinical Services"],
              "due": "Monthly", "end": None, "end_text": "Monthly", "prev": "G", "cur": "G", "status": "green",
              "progress": "August 96%, September 98% compliance."},
         ]},
        {"item": ("Requirement 2: The provider must ensure that controlled drug registers are completed in line "
                  "with its medicines management policy (Regulation 3(d)(iv))."),
         "actions": [
             {"action": ("Controlled drug register checks increased to weekly on the ward and in theatres by the "
                         "pharmacy team."),
              "lead_cell": "Pharmacy Manager", "lead": ["Pharmacy Manager"],
              "due": D(2025, 8, 31), "end": "2025-08", "prev": "A", "cur": "B", "status": "blue",
              "progress": "Weekly checks in place; no discrepancies since 4 August."},
             {"action": ("All registered nurses to complete the controlled drugs documentation e-learning and a "
                         "witnessed practice assessment."),
              "lead_cell": "Ward Manager / Practice Educator", "lead": ["Ward Manager", "Practice Educator"],
              "due": D(2025, 11, 30), "end": "2025-11", "prev": "R", "cur": "A", "status": "amber",
              "progress": "71% complete; bank staff still to be assessed."},
         ]},
    ]),
    ("Domain 7 – Workforce management and support", [
        {"item": ("Requirement 3: The provider must ensure that the practising privileges of all consultants are "
                  "reviewed at least every two years (Regulation 12(c)(i))."),
         "actions": [
             {"action": ("Set up a review schedule for practising privileges for all 148 consultants, with the "
                         "Medical Advisory Committee chair signing off each review."),
              "lead_cell": "Hospital Director", "lead": ["Hospital Director"],
              "due": "December 2025", "end": "2025-12", "prev": "A", "cur": "G", "status": "green",
              "progress": "Schedule in place; 41 reviews overdue at inspection, 12 remaining."},
         ]},
        {"item": ("Recommendation b: The service should ensure that staff appraisal rates are monitored and "
                  "reported through its governance structure."),
         "actions": [
             {"action": "Add appraisal compliance to the monthly hospital quality dashboard, with a target of 95%.",
              "lead_cell": "Head of HR", "lead": ["Head of HR"],
              "due": D(2025, 9, 30), "end": "2025-09", "prev": "G", "cur": "B", "status": "blue",
              "progress": "On dashboard from September 2025 (compliance 91%)."},
         ]},
    ]),
]

HIS_RAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def make_his():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    ws["A1"] = HIS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Healthcare Improvement Scotland – announced inspection of independent healthcare"
    ws.merge_cells("A2:G2")
    for r, (k, v) in enumerate((("Service:", "Spire Shawfair Park Hospital, Edinburgh"),
                                ("Provider:", "Spire Healthcare Limited"),
                                ("Date of inspection:", "3 and 4 June 2025"),
                                ("Date of report:", "19 August 2025"),
                                ("Progress as at:", "31 October 2025")), 3):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
    hdr = ["Requirement / recommendation", "Action taken / planned", "Responsible person",
           "Timescale for completion", "RAG (Aug 2025)", "RAG (Oct 2025)", "Progress update"]
    r = 9
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for domain, items in HIS_DOMAINS:
        c = ws.cell(row=r, column=1, value=domain)
        c.font = Font(bold=True)
        c.fill = fill("paleg")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for item in items:
            start = r
            for a in item["actions"]:
                vals = [item["item"] if r == start else None, a["action"], a["lead_cell"], a["due"],
                        a["prev"], a["cur"], a["progress"]]
                for i, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=i, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for col, key in ((5, "prev"), (6, "cur")):
                    if a[key]:
                        ws.cell(row=r, column=col).fill = fill(HIS_RAG_FILL[a[key]])
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=("RAG key: B – complete;  G – on track;  A – progressing, some risk to "
                                    "timescale;  R – not progressing / timescale missed;  blank – not started"))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", (48, 50, 26, 14, 10, 10, 40)):
        ws.column_dimensions[col].width = w

    so = wb.create_sheet("Sign-off")
    so["A1"] = "Improvement action plan sign-off"
    so["A1"].font = Font(bold=True, size=12)
    for r, (k, v) in enumerate((("Name:", "Fiona Drummond"), ("Designation:", "Hospital Director"),
                                ("Signature:", "Signed electronically"), ("Date:", D(2025, 9, 12)),
                                ("Submitted to HIS:", "12 September 2025")), 3):
        so.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = so.cell(row=r, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    so.column_dimensions["A"].width = 20
    so.column_dimensions["B"].width = 30
    wb.save(path(HIS_FILE))


def main():
    make_baf()
    make_psii()
    make_hiw()
    make_rqia()
    make_csv()
    make_txt()
    make_his()
    print("CSV typo on line", csv_typo_line())


if __name__ == "__main__":
    main()
