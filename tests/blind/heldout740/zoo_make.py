"""Build the seven zoo- blind test files for set heldout740.

Run with: /work/main/.venv/bin/python zoo_make.py
Writes the data files next to this script. Each plan's content is held in the
data structures below; the expected readings (.expected.yaml) were written by
hand from these files (see the ACTIONS lists: lead/end/status there are the
reading a person makes, not something computed here).
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
D = dt.datetime

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ============================================================ 1. HMP Isle of Wight (docx)
HMP_NAME = "zoo-hmp-isle-of-wight-hmip-inspection-action-plan.docx"
HMP_TITLE = "Action Plan: HMP Isle of Wight"
HMP_SECTIONS = [
    ("PRIORITY CONCERNS", [
        {
            "no": "1",
            "concern": "Levels of self-harm were very high and had risen since the last inspection. Not all recommendations from Prisons and Probation Ombudsman investigations into self-inflicted deaths had been implemented.",
            "agreed": "Agreed",
            "actions": [
                {"ref": "1.1",
                 "action": "Review every open PPO recommendation from investigations into deaths in custody since 2019, confirm the evidence of implementation and present the findings to the Safety Intervention Meeting.",
                 "owner": "Head of Safer Custody", "lead": ["Head of Safer Custody"],
                 "date": "31 May 2023", "end": "2023-05"},
                {"ref": "1.2",
                 "action": "Introduce a weekly multidisciplinary case review for the prisoners with the highest levels of self-harm, attended by healthcare, mental health and key workers.\nAttendance and outcomes will be audited monthly by the Head of Safety.",
                 "owner": "Head of Safety / Head of Healthcare", "lead": ["Head of Safety", "Head of Healthcare"],
                 "date": "April 2023", "end": "2023-04"},
            ],
        },
        {
            "no": "2",
            "concern": "Too many prisoners were locked in their cells for most of the day and the provision of education, skills and work was inadequate.",
            "agreed": "Agreed",
            "actions": [
                {"ref": "2.1",
                 "action": "Implement a revised regime that gives every prisoner a minimum of six hours out of cell each weekday, prioritising access to activity spaces.",
                 "owner": "Deputy Governor", "lead": ["Deputy Governor"],
                 "date": "30 September 2023", "end": "2023-09"},
                {"ref": "2.2",
                 "action": "Work with the education provider to raise attendance and fill vacant teaching posts, with a quality improvement plan agreed and monitored at the monthly Learning and Skills meeting.",
                 "owner": "Head of Education, Skills and Work", "lead": ["Head of Education, Skills and Work"],
                 "date": "July 2023", "end": "2023-07"},
            ],
        },
        {
            "no": "3",
            "concern": "Risk management planning for high-risk prisoners approaching release was not robust enough, and around one in five prisoners had been released homeless.",
            "agreed": "Partly Agreed",
            "actions": [
                {"ref": "3.1",
                 "action": "Ensure every prisoner assessed as high or very high risk of serious harm has an interdepartmental risk management meeting at least eight months before release.",
                 "owner": "Head of Offender Management Delivery", "lead": ["Head of Offender Management Delivery"],
                 "date": "Ongoing – monitored monthly", "end": None, "end_text": "Ongoing – monitored monthly"},
                {"ref": "3.2",
                 "action": "Set up a monthly accommodation panel with the Community Accommodation Service Tier 3 provider and local authorities to track every prisoner due for release without an address.",
                 "owner": "Head of Reducing Reoffending; Regional Accommodation Lead",
                 "lead": ["Head of Reducing Reoffending", "Regional Accommodation Lead"],
                 "date": "June 2023", "end": "2023-06"},
            ],
        },
    ]),
    ("KEY CONCERNS", [
        {
            "no": "4",
            "concern": "Prisoners on the Albany site who relied on the night sanitation system could wait too long to be unlocked to use a toilet at night.",
            "agreed": "Partly Agreed",
            "actions": [
                {"ref": "4.1",
                 "action": "Monitor night sanitation waiting times through the electronic log and report any wait of more than 30 minutes to the Duty Governor the following morning.",
                 "owner": "Head of Residence", "lead": ["Head of Residence"],
                 "date": "31/03/2023", "end": "2023-03"},
            ],
        },
        {
            "no": "5",
            "concern": "Older and disabled prisoners did not always receive a timely assessment of their social care needs.",
            "agreed": "Agreed",
            "actions": [
                {"ref": "5.1",
                 "action": "Agree a revised referral pathway with Isle of Wight Council adult social care so that assessments are completed within 28 days of referral.",
                 "owner": "Head of Healthcare", "lead": ["Head of Healthcare"],
                 "date": "September 2023", "end": "2023-09"},
            ],
        },
    ]),
]


def make_hmp():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HMP_TITLE, 0)
    for line in ["Action Plan Submitted: 28 February 2023",
                 "A Response to the HMIP Inspection: 20 September – 7 October 2022",
                 "Report Published: 17 January 2023"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", 1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for "
        "and treatment of those in prison. Since May 2022 HMIP reports identify up to 15 key concerns, of which "
        "between three and six are designated as priority concerns. In response to the report HMPPS is required "
        "to draft a robust and timely action plan which confirms whether each concern is agreed, partly agreed or "
        "not agreed (see categorisations below) and sets out the specific steps that will be taken, with the owner "
        "and timescale of each step clearly identified.")
    doc.add_paragraph(
        "Action plans are sent to HMIP and published. Progress against the plan is monitored by the establishment's "
        "Senior Leadership Team and by the Prison Group Director, and will be assessed by HMIP at the next "
        "independent review of progress or inspection.")
    cat = doc.add_table(rows=4, cols=2)
    cat.style = "Table Grid"
    rows = [("Term", "Definition"),
            ("Agreed", "All of the concern is accepted and the actions set out will address it within the timescales given."),
            ("Partly Agreed", "Only part of the concern is accepted, for example because of commissioning, policy, operational or affordability reasons. The response states which part will be addressed."),
            ("Not Agreed", "The concern is not accepted. The response sets out the reasons why.")]
    for r, (a, b) in enumerate(rows):
        set_cell(cat.cell(r, 0), a, bold=True)
        set_cell(cat.cell(r, 1), b, bold=(r == 0))
        if r == 0:
            shade(cat.cell(r, 0), FILL["grey"])
            shade(cat.cell(r, 1), FILL["grey"])
    headers = ["Concern No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.",
               "Action taken / planned", "Responsible owner", "Target date"]
    widths = [Cm(1.6), Cm(5.5), Cm(2.4), Cm(1.6), Cm(8.0), Cm(3.4), Cm(2.6)]
    for heading, concerns in HMP_SECTIONS:
        doc.add_heading(heading, 1)
        nrows = 1 + sum(len(c["actions"]) for c in concerns)
        t = doc.add_table(rows=nrows, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.cell(0, i), h, bold=True, colour="FFFFFF")
            shade(t.cell(0, i), FILL["navy"])
        r = 1
        for c in concerns:
            first, last = r, r + len(c["actions"]) - 1
            for a in c["actions"]:
                set_cell(t.cell(r, 3), a["ref"])
                set_cell(t.cell(r, 4), a["action"])
                set_cell(t.cell(r, 5), a["owner"])
                set_cell(t.cell(r, 6), a["date"])
                r += 1
            for col, val in ((0, c["no"]), (1, c["concern"]), (2, c["agreed"])):
                cell = t.cell(first, col)
                if last > first:
                    cell = cell.merge(t.cell(last, col))
                set_cell(cell, val)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Governor, HMP Isle of Wight")
    doc.add_paragraph("Agreed by: Prison Group Director")
    doc.save(path(HMP_NAME))


# ============================================================ 2. Bradford and Calderdale PDU (xlsx)
PDU_NAME = "zoo-probation-service-bradford-and-calderdale-pdu-hmip-inspection-action-plan.xlsx"
PDU_TITLE = "Bradford and Calderdale PDU – HMI Probation Inspection Action Plan"
PDU_SECTIONS = [
    ("Bradford and Calderdale PDU should:", [
        {"no": "1",
         "rec": "improve the quality of work to assess, manage and minimise the risk of harm, including requesting and analysing domestic abuse and child safeguarding information in all relevant cases",
         "agreed": "Agreed",
         "actions": [
             {"ref": "1.1",
              "action": "Introduce a safeguarding information checklist at allocation, with SPO sign-off that domestic abuse and child safeguarding enquiries have been made and the responses analysed in the assessment.",
              "owner": "Senior Probation Officers", "lead": ["Senior Probation Officers"],
              "orig": D(2025, 3, 31), "rev": D(2025, 9, 30), "end": "2025-09",
              "update": "Checklist launched March 2025. Audit of 60 cases in May found enquiries made in 71% of cases against a target of 90%.",
              "rag": "Amber", "status": "amber"},
             {"ref": "1.2",
              "action": "Deliver risk of serious harm assessment refresher training to all probation officers and PSOs holding high-risk cases.",
              "owner": "Head of PDU / Learning and Development Lead", "lead": ["Head of PDU", "Learning and Development Lead"],
              "orig": D(2025, 4, 30), "rev": None, "end": "2025-04",
              "update": "Training delivered to 94% of staff; remaining staff booked onto the July session.",
              "rag": "Green", "status": "green"},
         ]},
        {"no": "2",
         "rec": "ensure management oversight is effective, recorded and focused on the cases presenting the highest risk of harm",
         "agreed": "Agreed",
         "actions": [
             {"ref": "2.1",
              "action": "Implement a management oversight framework requiring a recorded SPO review of all high and very high risk of serious harm cases every 12 weeks.",
              "owner": "Deputy Head of PDU", "lead": ["Deputy Head of PDU"],
              "orig": D(2025, 2, 28), "rev": D(2025, 8, 31), "end": "2025-08",
              "update": "Framework in place. Compliance at 58% because of SPO vacancies in the Halifax office.",
              "rag": "Red", "status": "red"},
             {"ref": "2.2",
              "action": "Add oversight compliance to the monthly PDU performance report and the PDU Quality Board agenda.",
              "owner": "PDU Performance and Quality Manager", "lead": ["PDU Performance and Quality Manager"],
              "orig": D(2025, 1, 31), "rev": None, "end": "2025-01",
              "update": "Complete – standing item since February 2025.",
              "rag": "Blue", "status": "blue"},
         ]},
        {"no": "3",
         "rec": "address the divisive culture and low morale across the three offices, including a clear plan to reduce sickness absence",
         "agreed": "Agreed",
         "actions": [
             {"ref": "3.1",
              "action": "Hold listening events in the Bradford, Keighley and Halifax offices and publish a 'You said, we did' culture plan agreed with trade union representatives.",
              "owner": "Head of PDU", "lead": ["Head of PDU"],
              "orig": "Q1 2025/26", "rev": None, "end": "2025-06", "end_text": "Q1 2025/26",
              "update": "Listening events held in April. Culture plan published to staff on 2 June 2025.",
              "rag": "Green", "status": "green"},
         ]},
    ]),
    ("Probation Service – Yorkshire and the Humber region should:", [
        {"no": "4",
         "rec": "produce a recruitment and retention plan for Bradford and Calderdale PDU with clear timescales for filling probation officer vacancies",
         "agreed": "Partly Agreed",
         "actions": [
             {"ref": "4.1",
              "action": "Prioritise the PDU in the regional allocation of newly qualified PQiP officers and agree a targeted retention offer for experienced staff.",
              "owner": "Regional Head of Operations", "lead": ["Regional Head of Operations"],
              "orig": D(2025, 10, 31), "rev": None, "end": "2025-10",
              "update": "14 PQiPs allocated from the September 2025 intake. National approval for retention payments not yet given.",
              "rag": "Amber", "status": "amber"},
         ]},
        {"no": "5",
         "rec": "ensure there are enough accredited programme and structured intervention places to meet demand in the PDU",
         "agreed": "Agreed",
         "actions": [
             {"ref": "5.1",
              "action": "Commission an additional Building Better Relationships programme in Calderdale and review waiting lists monthly at the Regional Interventions Board.",
              "owner": "Regional Head of Interventions and Partnerships", "lead": ["Regional Head of Interventions and Partnerships"],
              "orig": D(2025, 12, 31), "rev": None, "end": "2025-12",
              "update": "Additional facilitators in training; first group planned for November.",
              "rag": "Green", "status": "green"},
         ]},
    ]),
]

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


def make_pdu():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PDU_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Probation Service – Yorkshire and the Humber"
    cov["A3"] = "Response to: An inspection of probation services in Bradford and Calderdale PDU (HM Inspectorate of Probation)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.1", D(2024, 12, 19), "Head of PDU", "Initial draft following publication of the report"),
          ("1.0", D(2025, 1, 30), "Head of PDU", "Approved by the Regional Probation Director and submitted to HMIP"),
          ("1.4", D(2025, 7, 11), "PDU Performance and Quality Manager", "Q1 2025/26 progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    cov["A11"] = "RAG status key"
    cov["A11"].font = Font(bold=True)
    key = [("Blue", "Complete – evidence of impact reviewed at the PDU Quality Board", FILL["blue"]),
           ("Green", "On track to meet the target date", FILL["green"]),
           ("Amber", "Some slippage – revised date agreed", FILL["amber"]),
           ("Red", "Off track or at risk – escalated to the Regional Leadership Team", FILL["red"])]
    for i, (k, v, f) in enumerate(key):
        a = cov.cell(row=12 + i, column=1, value=k)
        a.fill = fill(f)
        a.border = BOX
        cov.cell(row=12 + i, column=2, value=v).border = BOX
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = PDU_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress position as at 30 June 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Rec No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
               "Action Owner", "Original Target Date", "Revised Target Date", "Progress Update (June 2025)", "RAG"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    rag_fill = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    for section, recs in PDU_SECTIONS:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec in recs:
            first = r
            for a in rec["actions"]:
                vals = [None, None, None, a["ref"], a["action"], a["owner"], a["orig"], a["rev"], a["update"], a["rag"]]
                for j, v in enumerate(vals, 1):
                    if v is None:
                        continue
                    c = ws.cell(row=r, column=j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j in range(1, 11):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=10).fill = fill(rag_fill[a["rag"]])
                r += 1
            last = r - 1
            for j, v in ((1, rec["no"]), (2, rec["rec"]), (3, rec["agreed"])):
                ws.cell(row=first, column=j, value=v)
                if last > first:
                    ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    widths = [8, 42, 14, 8, 48, 24, 13, 13, 44, 9]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(path(PDU_NAME))


# ============================================================ 3. Northumberland FRS (xlsx)
FRS_NAME = "zoo-northumberland-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.xlsx"
FRS_TITLE = "Northumberland Fire and Rescue Service – Grenfell Tower Inquiry Phase 2 Implementation Tracker"
FRS_THEMES = [
    ("Theme 1 – Operational risk information", [
        {"ref": "1.1",
         "rec": "Fire and rescue services should ensure that information about the external wall construction and evacuation strategy of every high-rise residential building is gathered and available to crews.",
         "action": "Complete Site-Specific Risk Information revisits to all high-rise residential buildings (18 metres and over) in Northumberland, recording the external wall system and the evacuation strategy in place.",
         "lead_cell": "Head of Protection", "lead": ["Head of Protection"],
         "date": D(2025, 12, 31), "end": "2025-12", "prev": "amber", "cur": "blue",
         "update": "All 11 buildings revisited. SSRI records updated and available on appliance MDTs."},
        {"ref": "1.2", "rec": None,
         "action": "Add checks of Secure Information Box contents to the quarterly operational assurance visits.",
         "lead_cell": "Station Manager Operational Assurance", "lead": ["Station Manager Operational Assurance"],
         "date": D(2026, 3, 31), "end": "2026-03", "prev": "green", "cur": "green",
         "update": "Assurance checklist amended; first round of visits scheduled for January."},
    ]),
    ("Theme 2 – Fire Control and fire survival guidance", [
        {"ref": "2.1",
         "rec": "Control rooms should have the capacity and procedures to manage a large number of simultaneous fire survival guidance calls and to pass information reliably to the incident ground.",
         "action": "Run a multi-agency exercise with partner control rooms to test the handling of simultaneous FSG calls and buddy-control arrangements.",
         "lead_cell": "Fire Control Manager", "lead": ["Fire Control Manager"],
         "date": D(2025, 11, 30), "end": "2025-11", "prev": "amber", "cur": "red",
         "update": "Exercise postponed because of partner availability. New date to be agreed at the regional control managers' meeting."},
        {"ref": "2.2", "rec": None,
         "action": "Procure and implement a digital system for sharing FSG call information between Fire Control and the command support unit.",
         "lead_cell": "Fire Control Manager / ICT Business Partner", "lead": ["Fire Control Manager", "ICT Business Partner"],
         "date": "Q2 2026/27", "end": "2026-09", "end_text": "Q2 2026/27", "prev": "amber", "cur": "amber",
         "update": "Options appraisal complete. Procurement through the regional framework in Q4."},
    ]),
    ("Theme 3 – Incident command and evacuation", [
        {"ref": "3.1",
         "rec": "Incident commanders should be trained to recognise when a change of evacuation strategy is needed and how to carry it out.",
         "action": "Deliver revised high-rise incident command training to all Level 1 and Level 2 incident commanders, including an assessed decision-making exercise.",
         "lead_cell": "Area Manager Training and Development", "lead": ["Area Manager Training and Development"],
         "date": D(2026, 3, 31), "end": "2026-03", "prev": "green", "cur": "green",
         "update": "78% of Level 1 and 85% of Level 2 commanders trained."},
        {"ref": "3.2", "rec": None,
         "action": "Adopt the national operational guidance on evacuation of high-rise buildings when it is published and update local procedures.",
         "lead_cell": "Group Manager Operational Policy", "lead": ["Group Manager Operational Policy"],
         "date": "TBC – dependent on NFCC guidance", "end": None, "end_text": "TBC – dependent on NFCC guidance",
         "prev": "green", "cur": "amber",
         "update": "National guidance delayed. Interim briefing issued to all watches."},
    ]),
    ("Theme 4 – Organisational learning and assurance", [
        {"ref": "4.1",
         "rec": "Services should maintain an effective system for capturing, analysing and acting on learning from operational incidents and exercises.",
         "action": "Review the Operational Learning policy and introduce a quarterly learning bulletin for all operational staff.",
         "lead_cell": "Station Manager Operational Assurance", "lead": ["Station Manager Operational Assurance"],
         "date": D(2025, 9, 30), "end": "2025-09", "prev": "green", "cur": "blue",
         "update": "Policy approved July 2025; first bulletin issued September 2025."},
        {"ref": "4.2",
         "rec": "Fire and rescue authorities should be able to demonstrate the progress they are making in implementing the Inquiry's recommendations.",
         "action": "Report progress against this tracker to the Communities and Place Overview and Scrutiny Committee every six months.",
         "lead_cell": "Chief Fire Officer", "lead": ["Chief Fire Officer"],
         "date": "Six-monthly", "end": None, "end_text": "Six-monthly", "prev": "green", "cur": "green",
         "update": "Last reported October 2025; next report April 2026."},
    ]),
]


def make_frs():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = FRS_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at the end of Q3 2025/26 (31 December 2025)"
    sm["A3"] = "Tracker owner: Assistant Chief Fire Officer (Service Delivery)"
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    totals = [0, 0, 0, 0, 0]
    for i, (theme, acts) in enumerate(FRS_THEMES):
        counts = [len(acts)] + [sum(1 for a in acts if a["cur"] == k) for k in ("blue", "green", "amber", "red")]
        totals = [t + c for t, c in zip(totals, counts)]
        sm.cell(row=6 + i, column=1, value=theme).border = BOX
        for j, v in enumerate(counts, 2):
            sm.cell(row=6 + i, column=j, value=v).border = BOX
    tr = 6 + len(FRS_THEMES)
    sm.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals, 2):
        c = sm.cell(row=tr, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.cell(row=tr + 2, column=1, value="RAG key").font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "Minor slippage – recoverable"),
           ("red", "Significant slippage or dependency outside NFRS control")]
    for i, (k, txt) in enumerate(key):
        sm.cell(row=tr + 3 + i, column=1).fill = fill(FILL[k])
        sm.cell(row=tr + 3 + i, column=2, value=txt)
    sm.column_dimensions["A"].width = 50
    sm.column_dimensions["B"].width = 10

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Grenfell Tower Inquiry Phase 2 – NFRS Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Phase 2 report published 4 September 2024. Reported to the Communities and Place Overview and "
                "Scrutiny Committee.")
    hdr = ["Ref", "Inquiry recommendation (summary)", "NFRS action", "Lead", "Target date",
           "Previous RAG (Q2)", "Current RAG (Q3)", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, acts in FRS_THEMES:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill(FILL["pale"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            vals = [a["ref"], a["rec"], a["action"], a["lead_cell"], a["date"], None, None, a["update"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j)
                if v is not None:
                    c.value = v
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(FILL[a["prev"]])
            ws.cell(row=r, column=7).fill = fill(FILL[a["cur"]])
            r += 1
    ws.cell(row=r + 1, column=1,
            value="Note: recommendations addressed only to London Fire Brigade, the Home Office or the NFCC are "
                  "recorded on the NFRS learning log and are not tracked here.").font = Font(italic=True)
    widths = [7, 44, 46, 24, 12, 11, 11, 42]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(path(FRS_NAME))


# ============================================================ 4. Thames Valley Police NCPI (csv, refuse)
TVP_NAME = "zoo-thames-valley-police-hmicfrs-ncpi-child-protection-action-plan-typo-month-refuse.csv"
TVP_TITLE = "Thames Valley Police - HMICFRS National Child Protection Inspection - Post-inspection Action Plan"
TVP_RECS = [
    ("R1", "Leadership",
     "Within six months, Thames Valley Police should make sure its performance framework gives leaders an accurate understanding of the quality of the force's response to children at risk of harm.",
     [("1.1", "Build a child protection performance dashboard combining demand, timeliness and audit results for each local policing area", "Det Supt Public Protection", "October 2025", "Complete", "Dashboard live on Qlik from 6 October."),
      ("1.2", "Report quarterly thematic audit findings to the Vulnerability Governance Board", "Head of Public Protection; Force Crime and Incident Registrar", "December 2025", "On track", "Q2 audit (missing children) presented 21 October.")]),
    ("R2", "Partnership working",
     "Within six months, Thames Valley Police should work with safeguarding partners to make sure the police are represented at all initial child protection conferences.",
     [("2.1", "Agree a conference attendance protocol with the Berkshire West, Buckinghamshire and Oxfordshire safeguarding partnerships", "Supt Safeguarding Partnerships", "December 2025", "On track", "Draft protocol circulated to partners."),
      ("2.2", "Record police attendance and written contributions for every conference on Niche and report compliance monthly", "Child Protection Conference Team Manager", "November 2025", "At risk", "Niche change request awaiting release.")]),
    ("R3", "Initial response",
     "Within three months, Thames Valley Police should make sure that officers attending incidents involving children record the child's voice and observations of their demeanour.",
     [("3.1", "Deliver voice of the child training to all response and neighbourhood officers through the Q3 CPD day", "Ch Supt Local Policing", "December 2025", "On track", "76% of officers trained."),
      ("3.2", "Add a mandatory child observations field to the domestic abuse risk assessment on mobile devices", "Head of Digital Policing", "January 2026", "On track", "In user testing.")]),
    ("R4", "Risk assessment and referral",
     "Within six months, Thames Valley Police should make sure that referrals to children's social care are risk-assessed and shared without delay.",
     [("4.1", "Review MASH triage so that all referrals are risk-assessed within 24 hours, including out of hours", "Det Supt Public Protection", "Janaury 2026", "On track", "Review terms of reference agreed."),
      ("4.2", "Audit 100 child referrals for quality and timeliness and publish the results to LPA commanders", "Force Audit Team", "February 2026", "Not started", "")]),
    ("R5", "Investigation",
     "Within six months, Thames Valley Police should make sure that child abuse investigations are allocated to appropriately trained officers and effectively supervised.",
     [("5.1", "Allocate all child abuse investigations to PIP2-accredited detectives with supervisory review at 7 and 28 days", "Det Ch Supt Crime", "March 2026", "On track", "Allocation policy revised."),
      ("5.2", "Introduce an investigation plan template for child sexual abuse cases on Niche", "Head of Investigation Standards", "March 2026", "Not started", "")]),
]
TVP_HEADER = ["Rec Ref", "Inspection Area", "Recommendation", "Action Ref", "Action", "Owner", "Target Date",
              "Status", "Latest Update"]


def make_tvp():
    n = len(TVP_HEADER)
    with open(path(TVP_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([TVP_TITLE] + [""] * (n - 1))
        w.writerow(["Exported from 4Action: 03/11/2025 08:47"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(TVP_HEADER)
        for ref, area, rec, acts in TVP_RECS:
            for a in acts:
                w.writerow([ref, area, rec, a[0], a[1], a[2], a[3], a[4], a[5]])


# ============================================================ 5. Goldsmiths ITE (docx)
GOLD_NAME = "zoo-goldsmiths-university-of-london-ofsted-ite-improvement-plan.docx"
GOLD_TITLE = "Goldsmiths, University of London – ITE Post-inspection Improvement Plan 2024–25"
GOLD_PHASES = [
    ("Primary phase", [
        ("1. Leaders should ensure that the early reading curriculum sets out precisely what trainees need to know about teaching phonics to pupils at risk of falling behind, and that this is reinforced consistently in school placements.", [
            {"ref": "P1.1",
             "action": "Revise the early reading sequence of the centre-based curriculum to include explicit sessions on phonics catch-up and keep-up interventions.",
             "lead_cell": "Primary Programme Leader", "lead": ["Primary Programme Leader"],
             "criteria": "Revised sessions taught to the 2024–25 cohort; trainee audit shows secure knowledge of catch-up approaches.",
             "time": "Autumn term 2024", "end": "2024-12", "end_text": "Autumn term 2024",
             "progress": "Green", "status": "blue"},
            {"ref": "P1.2",
             "action": "Provide mentor training on the early reading curriculum so that mentors reinforce it during placements.\nMentor attendance to be tracked through the partnership portal.",
             "lead_cell": "Partnership Manager / Primary English Lead", "lead": ["Partnership Manager", "Primary English Lead"],
             "criteria": "At least 90% of primary mentors trained; placement visits confirm the curriculum is reinforced.",
             "time": "January 2025", "end": "2025-01",
             "progress": "Amber", "status": "amber"},
        ]),
        ("2. Leaders should make sure that the assessment of trainees' progress in foundation subjects identifies gaps in their subject knowledge so that these can be addressed.", [
            {"ref": "P2.1",
             "action": "Introduce subject knowledge audits for history, geography and art at the start of the programme and review them at each progress point.",
             "lead_cell": "Primary Programme Leader", "lead": ["Primary Programme Leader"],
             "criteria": "Audits completed by all trainees; targets set from audit results.",
             "time": "September 2024", "end": "2024-09",
             "progress": "Green", "status": "blue"},
            {"ref": "P2.2",
             "action": "Moderate a sample of progress reviews each term to check that the gaps identified lead to targeted support.",
             "lead_cell": "Head of Initial Teacher Education", "lead": ["Head of Initial Teacher Education"],
             "criteria": "Moderation reports show targets are specific and followed up.",
             "time": "Summer term 2025", "end": "2025-07", "end_text": "Summer term 2025",
             "progress": "Amber", "status": "amber"},
        ]),
    ]),
    ("Secondary phase", [
        ("1. Leaders should ensure that mentors across the partnership have a secure understanding of the centre-based curriculum in each subject so that trainees' school-based training builds on it.", [
            {"ref": "S1.1",
             "action": "Publish subject-specific mentor handbooks that map centre-based sessions to placement activities for all eleven secondary subjects.",
             "lead_cell": "Programme Leader, Secondary PGCE", "lead": ["Programme Leader, Secondary PGCE"],
             "criteria": "Handbooks issued to all mentors before the first placement.",
             "time": "October 2024", "end": "2024-10",
             "progress": "Green", "status": "blue"},
            {"ref": "S1.2",
             "action": "Hold subject mentor forums each term, led by university subject tutors.",
             "lead_cell": "Secondary Subject Tutors", "lead": ["Secondary Subject Tutors"],
             "criteria": "Forums held in every subject; mentor evaluations show improved understanding.",
             "time": "Termly", "end": None, "end_text": "Termly",
             "progress": "Amber", "status": "amber"},
        ]),
        ("2. Leaders should strengthen the quality assurance of trainees' placements so that weaker mentoring is identified and addressed quickly.", [
            {"ref": "S2.1",
             "action": "Introduce joint observations of mentor meetings by link tutors in every placement school, with concerns escalated to the Partnership Committee.",
             "lead_cell": "Partnership Manager; Secondary Link Tutors", "lead": ["Partnership Manager", "Secondary Link Tutors"],
             "criteria": "Joint observation completed in every secondary placement school.",
             "time": "By end of March 2025", "end": "2025-03",
             "progress": "Red", "status": "red"},
        ]),
    ]),
]
GOLD_PROGRESS_FILL = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}


def make_gold():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(GOLD_TITLE, 0)
    doc.add_paragraph("Initial Teacher Education Partnership – Department of Educational Studies")
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    rows = [("Document owner", "Head of Initial Teacher Education"),
            ("Version", "3.0 – updated after the April 2025 review"),
            ("Date", "14 May 2025"),
            ("Approved by", "ITE Strategic Partnership Board"),
            ("Next review", "July 2025")]
    for r, (a, b) in enumerate(rows):
        set_cell(dc.cell(r, 0), a, bold=True)
        shade(dc.cell(r, 0), FILL["grey"])
        set_cell(dc.cell(r, 1), b)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Ofsted inspected the primary and secondary phases of the partnership between 18 and 21 March 2024. "
        "This plan sets out our response to the points in the report under 'What does the ITE provider need to "
        "do to improve?' for each phase. Progress is reviewed each term by the ITE Strategic Partnership Board.")
    doc.add_heading("Progress key", 2)
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    krows = [("Green", "Action completed and impact evidenced", FILL["green"]),
             ("Amber", "Action under way", FILL["amber"]),
             ("Red", "Action at risk or behind schedule", FILL["red"])]
    for r, (a, b, f) in enumerate(krows):
        set_cell(key.cell(r, 0), a, bold=True)
        shade(key.cell(r, 0), f)
        set_cell(key.cell(r, 1), b)
    headers = ["Ref", "Action", "Lead(s)", "Success criteria", "Timescale", "Progress"]
    widths = [Cm(1.4), Cm(8.5), Cm(3.6), Cm(6.5), Cm(3.0), Cm(2.0)]
    for phase, afis in GOLD_PHASES:
        doc.add_heading(phase, 1)
        nrows = 1 + sum(1 + len(acts) for _, acts in afis)
        t = doc.add_table(rows=nrows, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.cell(0, i), h, bold=True, colour="FFFFFF")
            shade(t.cell(0, i), "4B0082")
        r = 1
        for afi, acts in afis:
            m = t.cell(r, 0).merge(t.cell(r, len(headers) - 1))
            set_cell(m, afi, bold=True)
            shade(m, FILL["pale"])
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_cell"], a["criteria"], a["time"], a["progress"]]
                for i, v in enumerate(vals):
                    set_cell(t.cell(r, i), v)
                shade(t.cell(r, 5), GOLD_PROGRESS_FILL[a["progress"]])
                r += 1
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Next review: ITE Strategic Partnership Board, July 2025.")
    doc.save(path(GOLD_NAME))


# ============================================================ 6. Coombe Dean School SDP (xlsx)
SDP_NAME = "zoo-coombe-dean-school-school-development-plan-2025-26.xlsx"
SDP_TITLE = "Coombe Dean School – School Development Plan 2025–26"
SDP_PRIORITIES = [
    ("P1 QoE", "Priority 1: Quality of education – adaptive teaching and reading", [
        {"ref": "1.1",
         "action": "Embed the trust adaptive teaching framework through fortnightly instructional coaching for all teaching staff.",
         "lead_cell": "DHT (QoE)", "lead": ["DHT (QoE)"],
         "criteria": "Learning walks show adaptive strategies in 85% of lessons.",
         "time": "Summer 2 2026", "end": "2026-07", "end_text": "Summer 2 2026", "cost": "Coaching time (1 period/fortnight)",
         "aut": "G", "spr": "G", "status": "green",
         "eval": "Coaching cycles running in all departments."},
        {"ref": "1.2",
         "action": "Screen all Year 7 and Year 8 pupils with the NGRT reading test and place pupils with a reading age below 9 on the Fresh Start phonics programme.",
         "lead_cell": "AHT / SENCo", "lead": ["AHT", "SENCo"],
         "criteria": "All pupils screened; Fresh Start groups timetabled.",
         "time": "Autumn 1 2025", "end": "2025-10", "end_text": "Autumn 1 2025", "cost": "NGRT licence £1,450",
         "aut": "G", "spr": "G", "status": "green",
         "eval": "Screening complete; 38 pupils in Fresh Start groups."},
        {"ref": "1.3",
         "action": "Introduce disciplinary reading into every Key Stage 3 scheme of work, with one shared reading lesson each fortnight.",
         "lead_cell": "Head of English and Head of Humanities", "lead": ["Head of English", "Head of Humanities"],
         "criteria": "Schemes of work updated; pupil voice shows regular reading in subjects.",
         "time": "Spring 1 2026", "end": "2026-02", "end_text": "Spring 1 2026", "cost": "Department time",
         "aut": "A", "spr": "A", "status": "amber",
         "eval": "Humanities and science complete; maths and MFL still to do."},
        {"ref": "1.4",
         "action": "Review Year 11 maths intervention groups after each mock series and adjust staffing.",
         "lead_cell": "Head of Maths", "lead": ["Head of Maths"],
         "criteria": "Gap between disadvantaged and other pupils at grade 4+ narrows.",
         "time": "Ongoing", "end": None, "end_text": "Ongoing", "cost": "Tutoring budget",
         "aut": "G", "spr": "R", "status": "red",
         "eval": "December mocks below target; staffing of groups changed in January."},
    ]),
    ("P2 B&A", "Priority 2: Behaviour and attendance", [
        {"ref": "2.1",
         "action": "Relaunch the 'Ready to Learn' behaviour policy with staff training on consistent use of the on-call system.",
         "lead_cell": "DHT (Pastoral)", "lead": ["DHT (Pastoral)"],
         "criteria": "On-call calls reduced by 20% compared with 2024–25.",
         "time": "Autumn 1 2025", "end": "2025-10", "end_text": "Autumn 1 2025", "cost": "INSET day",
         "aut": "G", "spr": "G", "status": "green",
         "eval": "On-call use down 24% in Autumn term."},
        {"ref": "2.2",
         "action": "Reduce persistent absence of disadvantaged pupils through weekly attendance panels and early help referrals.",
         "lead_cell": "Attendance Lead; Heads of Year", "lead": ["Attendance Lead", "Heads of Year"],
         "criteria": "Persistent absence of disadvantaged pupils below 25%.",
         "time": "July 2026", "end": "2026-07", "cost": "Attendance officer (0.6 FTE)",
         "aut": "A", "spr": "A", "status": "amber",
         "eval": "Currently 29.4%, down from 33.1%."},
        {"ref": "2.3",
         "action": "Open an on-site inclusion base, staffed by a full-time inclusion mentor, to reduce suspensions.",
         "lead_cell": "HT", "lead": ["HT"],
         "criteria": "Suspensions reduced by a third.",
         "time": "January 2026", "end": "2026-01", "cost": "£32,000 (trust inclusion fund)",
         "aut": "R", "spr": "A", "status": "amber",
         "eval": "Base opened 12 January; mentor appointed from February."},
    ]),
    ("P3 L&M", "Priority 3: Leadership and personal development", [
        {"ref": "3.1",
         "action": "Train middle leaders in the trust quality assurance cycle, including joint learning walks with senior link leaders.",
         "lead_cell": "HT & Trust SIP", "lead": ["HT", "Trust SIP"],
         "criteria": "All middle leaders complete one joint QA cycle.",
         "time": "Autumn 2 2025", "end": "2025-12", "end_text": "Autumn 2 2025", "cost": "Trust CPD programme",
         "aut": "G", "spr": "G", "status": "green",
         "eval": "Complete for all 14 middle leaders."},
        {"ref": "3.2",
         "action": "Map the personal development curriculum against the statutory RSHE guidance and deliver the revised programme in tutor time.",
         "lead_cell": "PD Lead", "lead": ["PD Lead"],
         "criteria": "Curriculum map approved by governors; pupil survey shows improved understanding.",
         "time": "Summer 1 2026", "end": "2026-05", "end_text": "Summer 1 2026", "cost": "No additional cost",
         "aut": "A", "spr": "G", "status": "green",
         "eval": "Map approved at February governors' meeting."},
    ]),
]
RAG_LETTER_FILL = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}


def make_sdp():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = SDP_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Westcountry Schools Trust"
    ov["A3"] = "Updated after the Spring 1 review (February 2026)"
    ov["A3"].font = Font(italic=True)
    ov["A5"] = "Our priorities for 2025–26"
    ov["A5"].font = Font(bold=True)
    for i, (_, heading, _) in enumerate(SDP_PRIORITIES):
        ov.cell(row=6 + i, column=1, value=heading)
    ov["A10"] = "RAG summary (Spring 1 review)"
    ov["A10"].font = Font(bold=True)
    for j, h in enumerate(["Priority", "G", "A", "R", "Total"], 1):
        c = ov.cell(row=11, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    tot = [0, 0, 0, 0]
    for i, (sheet, heading, acts) in enumerate(SDP_PRIORITIES):
        counts = [sum(1 for a in acts if a["spr"] == k) for k in "GAR"] + [len(acts)]
        tot = [t + c for t, c in zip(tot, counts)]
        ov.cell(row=12 + i, column=1, value=heading.split(":")[0]).border = BOX
        for j, v in enumerate(counts, 2):
            ov.cell(row=12 + i, column=j, value=v).border = BOX
    ov.cell(row=15, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, 2):
        ov.cell(row=15, column=j, value=v).font = Font(bold=True)
    ov["A17"] = "Key"
    ov["A17"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("G", "On track or achieved"), ("A", "Partly on track – needs attention"),
                                  ("R", "Not on track – action needed")]):
        c = ov.cell(row=18 + i, column=1, value=k)
        c.fill = fill(RAG_LETTER_FILL[k])
        ov.cell(row=18 + i, column=2, value=txt)
    ov["A22"] = "Monitored by the Local Governing Committee each term."
    ov.column_dimensions["A"].width = 62

    headers = ["Ref", "Action", "Lead", "Success criteria", "Timescale", "Cost / resources", "Aut RAG",
               "Spr 1 RAG", "Evaluation / next steps"]
    for sheet, heading, acts in SDP_PRIORITIES:
        ws = wb.create_sheet(sheet)
        ws["A1"] = SDP_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=12, color="1F3864")
        for j, h in enumerate(headers, 1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["criteria"], a["time"], a["cost"], a["aut"],
                    a["spr"], a["eval"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(RAG_LETTER_FILL[a["aut"]])
            ws.cell(row=r, column=8).fill = fill(RAG_LETTER_FILL[a["spr"]])
            r += 1
        ws.cell(row=r + 1, column=1, value="Governor link: reviewed at the Local Governing Committee each term.").font = Font(italic=True)
        for j, w in enumerate([6, 50, 18, 34, 14, 22, 8, 8, 36]):
            ws.column_dimensions[chr(65 + j)].width = w
    wb.save(path(SDP_NAME))


# ============================================================ 7. Eastbourne College ISI (txt, tab-separated)
ISI_NAME = "zoo-eastbourne-college-isi-inspection-action-plan.txt"
ISI_TITLE = "Eastbourne College – ISI Inspection Action Plan"
ISI_SECTIONS = [
    ("1. Leadership and management, and governance",
     "Leaders should ensure that the evaluation of the school development plan draws consistently on pupil outcome data so that governors can hold leaders to account for the impact of initiatives.",
     [{"ref": "1.1",
       "lines": ["Agree a single set of impact measures for each development plan objective and report them termly to the Education Committee."],
       "lead_cell": "Deputy Head (Academic)", "lead": ["Deputy Head (Academic)"],
       "date": "Michaelmas 2025", "end": "2025-12", "end_text": "Michaelmas 2025",
       "status_cell": "Some delay", "status": "amber",
       "progress": "Measures agreed for four of the six objectives."},
      {"ref": "1.2",
       "lines": ["Provide training for governors on interpreting value-added and attainment data."],
       "lead_cell": "Bursar; Chair of the Education Committee", "lead": ["Bursar", "Chair of the Education Committee"],
       "date": "March 2025", "end": "2025-03",
       "status_cell": "Complete", "status": "blue",
       "progress": "Session delivered by an external consultant on 4 March 2025."}]),
    ("2. Quality of education, training and recreation",
     "Leaders should ensure that teaching consistently adapts work to meet the needs of pupils who speak English as an additional language.",
     [{"ref": "2.1",
       "lines": ["Run a CPD series on scaffolding academic language for EAL learners, with follow-up drop-ins by the EAL Coordinator."],
       "lead_cell": "EAL Coordinator", "lead": ["EAL Coordinator"],
       "date": "Summer 2025", "end": "2025-07", "end_text": "Summer 2025",
       "status_cell": "On track", "status": "green",
       "progress": "Three twilight sessions held; drop-ins under way."},
      {"ref": "2.2",
       "lines": ["Add an EAL focus to departmental lesson observations for 2025–26",
                 "and share findings at the Heads of Department meeting each half term."],
       "lead_cell": "Director of Teaching and Learning", "lead": ["Director of Teaching and Learning"],
       "date": "Michaelmas 2025", "end": "2025-12", "end_text": "Michaelmas 2025",
       "status_cell": "Not started", "status": "unrated",
       "progress": "To be launched at September INSET."}]),
    ("3. Pupils' physical and mental health and emotional wellbeing",
     "Leaders should ensure that records of minor medical treatment in boarding houses are completed consistently so that patterns can be identified.",
     [{"ref": "3.1",
       "lines": ["Replace paper medical logs in all boarding houses with the electronic health record used by the Medical Centre."],
       "lead_cell": "Head of Boarding; Senior Nurse", "lead": ["Head of Boarding", "Senior Nurse"],
       "date": "31/01/2025", "end": "2025-01",
       "status_cell": "Complete", "status": "blue",
       "progress": "All houses live from 20 January 2025."},
      {"ref": "3.2",
       "lines": ["Audit a sample of house medical records each half term and feed back to Housemasters and Housemistresses."],
       "lead_cell": "Senior Nurse", "lead": ["Senior Nurse"],
       "date": "Ongoing", "end": None, "end_text": "Ongoing",
       "status_cell": "On track", "status": "green",
       "progress": "Two audits complete; two houses followed up."}]),
    ("5. Safeguarding",
     "Leaders should ensure that the single central record is checked by a governor at least termly and that any omissions are corrected promptly.",
     [{"ref": "5.1",
       "lines": ["Introduce a termly scrutiny of the single central record by the safeguarding governor, with findings minuted at Council."],
       "lead_cell": "Designated Safeguarding Lead & Safeguarding Governor", "lead": ["Designated Safeguarding Lead", "Safeguarding Governor"],
       "date": "January 2025", "end": "2025-01",
       "status_cell": "Complete", "status": "blue",
       "progress": "First scrutiny 22 January 2025; minuted at Council in March."},
      {"ref": "5.2",
       "lines": ["Deliver refresher training for the HR team on recording overseas and prohibition checks on the single central record."],
       "lead_cell": "HR Manager", "lead": ["HR Manager"],
       "date": "April 2025", "end": "2025-04",
       "status_cell": "Significant delay", "status": "red",
       "progress": "Trainer unavailable; rebooked for the summer term."}]),
]


def isi_action_text(a):
    return "\n".join(a["lines"])


def make_isi():
    lines = [
        ISI_TITLE,
        "Routine inspection by the Independent Schools Inspectorate, 12 to 14 November 2024",
        "Prepared by the Deputy Head (Academic) for Council. Last updated: 16 June 2025",
        "Status key: Complete (blue) / On track (green) / Some delay (amber) / Significant delay (red) / Not started",
        "",
        "\t".join(["Ref", "Action", "Lead", "Deadline", "Status", "Progress / evidence"]),
    ]
    for section, step, acts in ISI_SECTIONS:
        lines.append(section)
        lines.append(step)
        for a in acts:
            first, rest = a["lines"][0], a["lines"][1:]
            lines.append("\t".join([a["ref"], first, a["lead_cell"], a["date"], a["status_cell"], a["progress"]]))
            for cont in rest:
                lines.append("\t".join(["", cont, "", "", "", ""]))
    lines.append("")
    lines.append("Actions marked Complete stay on the plan until Council reviews it in July 2025.")
    with open(path(ISI_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_hmp()
    make_pdu()
    make_frs()
    make_tvp()
    make_gold()
    make_sdp()
    make_isi()
    for n in (HMP_NAME, PDU_NAME, FRS_NAME, TVP_NAME, GOLD_NAME, SDP_NAME, ISI_NAME):
        print("wrote", n)


if __name__ == "__main__":
    main()
