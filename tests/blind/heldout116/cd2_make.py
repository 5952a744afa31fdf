"""Generator for the cd2- cases of heldout116 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python cd2_make.py ; writes the document files beside this script.
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000",
        "grey": "D9D9D9", "head": "1F4E79", "band": "DDEBF7"}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ======================================================================
# 1. B&NES Community Safety and Safeguarding Partnership - LCSPR Child C (docx)
BANES_RECS = [
    ("Recommendation 1: BCSSP partners should strengthen the way information about fathers and "
     "male carers is sought, recorded and shared across agencies.", [
        ("1.1", "Revise the multi-agency referral form so that details of all adults in the household, "
                "including non-resident fathers, are mandatory fields.",
         "Service Manager – Integrated Front Door (B&NES Council)", "31/03/2024",
         "Revised form went live on 1 April 2024. Audit of 40 referrals in June found father's details "
         "recorded in 36.", "Complete", "blue"),
        ("1.2", "Deliver 'Think Father' briefings to health visiting, midwifery and early years practitioners.",
         "Designated Nurse for Safeguarding Children (BSW ICB)", "December 2024",
         "Four briefings delivered to 212 practitioners. A further session for GP practices is booked "
         "for November.", "Green", "green"),
        ("1.3", "Audit the recording of male carers in a sample of child protection plans and report the "
                "findings to the Quality Assurance Subgroup.",
         "BCSSP Business Manager / Children's QA Lead", "Jan 2025",
         "Audit tool agreed at the September subgroup; sample to be drawn in November.", "Amber", "amber"),
    ]),
    ("Recommendation 2: Agencies should be assured that practitioners understand and use the BCSSP "
     "Neglect Strategy and the Graded Care Profile 2 (GCP2).", [
        ("2.1", "Refresh the GCP2 training offer and publish course dates on the BCSSP website.",
         "BCSSP Training Coordinator", "30 June 2024",
         "Training calendar published in May; six courses run since April.", "Complete", "blue"),
        ("2.2", "Each partner agency to report the number of GCP2 assessments completed to the Neglect "
                "Subgroup.",
         "All partner agencies", "Quarterly",
         "Q1 data received from the Council, Police and HCRG Care Group. RUH data is outstanding and "
         "has been chased.", "Amber", "amber"),
        ("2.3", "Evaluate the impact of the Neglect Strategy through a multi-agency practitioner survey.",
         "Neglect Subgroup Chair", "March 2025",
         "Survey drafted; launch planned for January 2025.", "Green", "green"),
    ]),
    ("Recommendation 3: The BCSSP should seek assurance that escalation and professional challenge are "
     "used when plans for a child are not progressing.", [
        ("3.1", "Re-launch the BCSSP Escalation and Resolution Protocol with a 7-minute briefing.",
         "BCSSP Business Manager", "May 2024",
         "7-minute briefing issued in May 2024 and discussed at team meetings across partner agencies.",
         "Complete", "blue"),
        ("3.2", "Collate escalations made under the protocol and present the themes to the Strategic "
                "Board every six months.",
         "BCSSP Business Manager / Independent Scrutineer", "Ongoing",
         "First six-monthly report presented to the Strategic Board in September 2024.", "Green", "green"),
    ]),
]


def make_banes():
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.add_heading("BCSSP Local Child Safeguarding Practice Review – Child C: Multi-Agency Action Plan", level=1)
    d.add_paragraph("Bath and North East Somerset Community Safety and Safeguarding Partnership")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 October 2024"), ("Owner", "BCSSP Business Manager"),
                 ("Approved by", "BCSSP Children's Quality Assurance Subgroup"),
                 ("Next review", "January 2025")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
        shade(row[0], FILL["band"])
    d.add_paragraph()
    d.add_paragraph(
        "The Local Child Safeguarding Practice Review concerning Child C was published in February 2024. "
        "The review made three recommendations to the partnership. This plan sets out the actions agreed by "
        "partner agencies in response and is monitored by the Children's Quality Assurance Subgroup, which "
        "reports progress to the BCSSP Strategic Board. Updates below are as at October 2024.")

    hdr = ["Ref", "Action", "Lead agency / officer", "Timescale", "Progress update (October 2024)", "RAG"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_text(c, h, bold=True)
        shade(c, FILL["grey"])
    for rec, acts in BANES_RECS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_text(m, rec, bold=True)
        shade(m, FILL["band"])
        for ref, action, lead, when, prog, rag, col in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, prog, rag]):
                set_text(c, v)
            shade(cells[5], FILL[col])
    d.add_paragraph()
    d.add_paragraph("RAG key")
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, word, meaning in [("blue", "Complete", "Action completed and evidence received"),
                               ("green", "Green", "On track to be completed within timescale"),
                               ("amber", "Amber", "Some slippage; at risk of not meeting timescale"),
                               ("red", "Red", "Not on track; escalation to Strategic Board required")]:
        r = k.add_row().cells
        set_text(r[0], word, bold=True)
        shade(r[0], FILL[col])
        set_text(r[1], meaning)
    d.save(os.path.join(HERE, "cd2-banes-cssp-lcspr-child-c-action-plan.docx"))


# ======================================================================
# 2. SWASFT corporate risk register Q2 2024/25 (xlsx, mistyped month -> refuse)
def make_swasft():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2024-25"
    ws["A1"] = "SWASFT Corporate Risk Register – Quarter 2 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit and Assurance Committee, 24 October 2024. Risks scoring 15 and above."
    hdr = ["Risk ID", "Risk description", "Executive owner", "Current score (LxC)", "Target score",
           "Key controls", "Further actions required", "Action lead", "Target date", "Progress", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = [
        ("CRR 001", "Hospital handover delays: if ambulances are held at emergency departments, crews are not "
                    "available to respond, leading to delayed responses and potential patient harm.",
         "Chief Operating Officer", "5x5 = 25", "12",
         "Hospital handover escalation protocol; Cohorting at acute sites; Regional SHREWD dashboard.",
         "Agree 45-minute release-to-respond standard with all acute trusts in the region.",
         "Deputy COO", D(2024, 12, 31), "Agreed with 7 of 10 acute trusts; remaining 3 in discussion.", "A"),
        ("CRR 004", "Clinical Hub capacity: if clinical validation capacity is insufficient, category 3 and 4 "
                    "patients may wait longer than is safe.",
         "Medical Director", "4x4 = 16", "9",
         "Clinical safety plan; Welfare call policy; Hub staffing model.",
         "Recruit 20 WTE clinical hub clinicians and introduce remote working rota.",
         "Head of Clinical Hub", D(2025, 3, 31), "14 WTE appointed; remote rota live from September.", "G"),
        ("CRR 007", "Fleet replacement: if the vehicle replacement programme is delayed, older vehicles will be "
                    "off the road more often, reducing available resources.",
         "Director of Finance", "4x4 = 16", "8",
         "Fleet replacement programme; Vehicle preparation service; Daily vehicle availability reporting.",
         "Confirm capital allocation for 2024/25 vehicle orders and place orders with converter.",
         "Head of Fleet", "30 Spetember 2024", "Orders placed for 42 double-crewed ambulances.", "B"),
        ("CRR 011", "Cyber security: if the Trust suffers a cyber attack, critical systems including CAD could "
                    "be unavailable.",
         "Chief Digital Officer", "3x5 = 15", "10",
         "Firewall and endpoint protection; Business continuity plans; Cyber Essentials Plus.",
         "Complete disaster recovery test of the CAD system and report lessons to the Digital Board.",
         "Head of IT Infrastructure", D(2024, 11, 30), "Test scheduled for 12 November.", "G"),
        ("CRR 015", "Staff wellbeing and sickness absence: if sickness absence remains above target, rota fill "
                    "will fall and overtime costs will rise.",
         "Chief People Officer", "4x4 = 16", "9",
         "Attendance management policy; Wellbeing hub; TRiM practitioners.",
         "Roll out the menopause support offer and mental health first aiders to all divisions.",
         "Head of Wellbeing", D(2025, 1, 31), "Mental health first aiders in place in 3 of 4 divisions.", "G"),
        ("CRR 019", "Financial sustainability: if the cost improvement programme is not delivered, the Trust will "
                    "not meet its 2024/25 financial plan.",
         "Director of Finance", "4x5 = 20", "12",
         "Monthly CIP tracking; Vacancy control panel; Grip and control measures.",
         "Identify schemes to close the £3.1m unidentified CIP gap.",
         "Deputy Director of Finance", D(2024, 10, 31), "£1.4m of schemes identified; gap remains.", "R"),
    ]
    fills = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"], "B": FILL["blue"]}
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=11).fill = PatternFill("solid", fgColor=fills[row[-1]])
        r += 1
    ws.cell(row=r + 1, column=1, value="RAG (action progress): R = off track; A = at risk; G = on track; "
                                       "B = action complete")
    for col, w in zip("ABCDEFGHIJK", [9, 45, 18, 10, 8, 35, 40, 22, 12, 35, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cd2-swasft-corporate-risk-register-q2-2024-25-typo-month-refuse.xlsx"))


# ======================================================================
# 3. Bridgewater Community Healthcare NHSFT - Board of Directors (Public) action log (xlsx)
BRIDGEWATER = [
    ("BoD/24/031", D(2024, 4, 4), "24/45", "Integrated Performance Report",
     "Provide a breakdown of the community nursing waiting list by borough, including the number waiting "
     "over 18 weeks.", "COO", D(2024, 6, 6),
     "Breakdown included in the IPR appendix presented to the June Board.", "Blue"),
    ("BoD/24/038", D(2024, 6, 6), "24/71", "Freedom to Speak Up Guardian report",
     "Arrange a Board development session on speaking up, led by the FTSU Guardian.",
     "Company Secretary", D(2024, 12, 5),
     "Session scheduled for the December Board development day.", "Green"),
    ("BoD/24/041", D(2024, 6, 6), "24/76", "Financial Plan 2024/25",
     "Bring back a revised cost improvement programme showing recurrent and non-recurrent savings "
     "separately.", "Director of Finance", D(2024, 10, 3),
     "Deferred to the November Board owing to the ICB planning round; now overdue.", "Red"),
    None,
    ("BoD/24/047", D(2024, 8, 1), "24/98", "Patient Safety Incident Response Framework update",
     "Share the thematic review of pressure ulcer incidents with the Quality and Safety Committee before it "
     "comes to Board.", "Chief Nurse", D(2024, 10, 3),
     "Thematic review considered by the Quality and Safety Committee on 17 September; summary to Board in "
     "October.", "Blue"),
    ("BoD/24/049", D(2024, 8, 1), "24/101", "Workforce Race Equality Standard report",
     "Set out the actions to improve the relative likelihood of BME staff being appointed from shortlisting.",
     "Chief People Officer", D(2024, 12, 5),
     "Action plan drafted with the staff networks; to People Committee in November.", "Green"),
    ("BoD/24/055", D(2024, 10, 3), "24/122", "Integrated Performance Report",
     "Confirm the trajectory for reducing children's therapy waits to under 18 weeks and the risks to "
     "delivery.", "COO / Director of Finance", D(2025, 2, 6), "Not yet due.", "Green"),
    ("BoD/24/056", D(2024, 10, 3), "24/125", "Estates Strategy",
     "Provide an update on the Widnes Health Care Resource Centre lease negotiations.",
     "Director of Strategy and Partnerships", D(2025, 2, 6),
     "Negotiations with NHS Property Services continuing; at risk of slipping to April.", "Amber"),
]


def make_bridgewater():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Bridgewater Community Healthcare NHS Foundation Trust – Board of Directors (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated following the meeting held on 3 October 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead", "Due date",
           "Update", "RAG"]
    thin = Side(style="thin", color="808080")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    r = 5
    for row in BRIDGEWATER:
        if row is not None:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=fills[row[-1]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for word, meaning in [("Red", "Overdue"), ("Amber", "At risk of missing due date"),
                          ("Green", "On track / not yet due"), ("Blue", "Complete – proposed for closure")]:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = PatternFill("solid", fgColor=fills[word])
        ws.cell(row=r, column=2, value=meaning)
    for col, w in zip("ABCDEFGHI", [12, 12, 9, 28, 50, 22, 12, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cd2-bridgewater-chft-trust-board-public-action-log.xlsx"))


# ======================================================================
# 4. Mersey and West Lancashire Teaching Hospitals - CQC must/should do action plan (xlsx)
MWL = [
    ("Urgent and Emergency Care – Southport and Formby District General Hospital", [
        ("Must do 1: The trust must ensure that patients in the emergency department receive timely initial "
         "assessment and triage within 15 minutes of arrival.", "Reg 12(1)", [
            ("MD1.1", "Implement the streaming and triage nurse rota so a registered nurse is allocated to "
                      "triage 24/7.", "Divisional Director of Nursing – Urgent Care", D(2024, 5, 31), None,
             "Triage nurse allocated on every shift since April; time to triage compliance 89% in "
             "September.", "G"),
            ("MD1.2", "Introduce a daily audit of time to triage, reported weekly to the divisional "
                      "governance meeting.", "ED Matron", D(2024, 6, 30), D(2024, 9, 30),
             "Audit in place from August following delay in building the Symphony report.", "B"),
        ]),
        ("Must do 2: The trust must ensure that staff complete mandatory training, including safeguarding "
         "level 3, in line with trust targets.", "Reg 18(2)(a)", [
            ("MD2.1", "Book all ED medical and nursing staff with outstanding safeguarding level 3 training "
                      "onto sessions.", "ED Clinical Director / ED Matron", D(2024, 9, 30), D(2024, 12, 31),
             "Compliance 78% against the 90% target; additional sessions added in November.", "A"),
            ("MD2.2", "Report mandatory training compliance by staff group to the monthly Urgent Care "
                      "performance review.", "Divisional General Manager", D(2024, 7, 31), None,
             "Included in the performance review pack from July 2024.", "B"),
        ]),
    ]),
    ("Medical Care – Ormskirk District General Hospital", [
        ("Must do 3: The trust must ensure that medicines are stored securely and that fridge temperatures "
         "are monitored and acted upon.", "Reg 12(2)(g)", [
            ("MD3.1", "Install remote temperature monitoring on all ward medicine fridges.",
             "Chief Pharmacist", D(2024, 12, 31), None,
             "Installation complete on 9 of 14 wards; remaining wards scheduled for November.", "G"),
        ]),
        ("Should do 1: The trust should ensure that discharge letters are sent to GPs within 24 hours of "
         "discharge.", "N/A", [
            ("SD1.1", "Roll out the electronic discharge summary with automatic sending to GP practices.",
             "Deputy Chief Information Officer", D(2025, 3, 31), None,
             "Pilot on two wards from October 2024.", "G"),
        ]),
        ("Should do 2: The trust should consider how it involves patients and carers in developing dementia "
         "care on the medical wards.", "N/A", [
            ("SD2.1", "Establish a carers' forum for the medical wards, meeting quarterly.",
             "Lead Nurse for Dementia", D(2025, 1, 31), None,
             "Awaiting appointment of the Lead Nurse for Dementia (interviews 4 November).", "Not started"),
        ]),
    ]),
]


def make_mwl():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Mersey and West Lancashire Teaching Hospitals NHS Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Southport and Formby District General Hospital and Ormskirk District General Hospital – "
                "inspection report published 28 March 2024. Position at 30 September 2024.")
    hdr = ["Ref", "CQC finding (Must do / Should do)", "Regulation", "Action", "Lead", "Target date",
           "Revised target date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="003087")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"], "B": FILL["blue"]}
    top = Alignment(wrap_text=True, vertical="top")
    r = 5
    for service, findings in MWL:
        ws.cell(row=r, column=1, value=service).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=FILL["grey"])
        r += 1
        for finding, reg, acts in findings:
            first = r
            ws.cell(row=r, column=2, value=finding).alignment = top
            ws.cell(row=r, column=3, value=reg).alignment = top
            for ref, action, lead, tgt, rev, prog, rag in acts:
                for col, v in [(1, ref), (4, action), (5, lead), (6, tgt), (7, rev), (8, prog), (9, rag)]:
                    if v is None:
                        continue
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = top
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if rag in fills:
                    ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=fills[rag])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = Complete and evidenced; G = On track; A = At risk of not meeting "
                                   "target date; R = Not on track / overdue")
    for col, w in zip("ABCDEFGHI", [8, 45, 11, 45, 26, 10, 10, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cd2-mwl-teaching-hospitals-cqc-must-should-do-action-plan.xlsx"))


# ======================================================================
# 5. Liverpool Women's NHSFT - maternity and neonatal improvement highlight report (docx)
LWH = [
    ("Theme 1: Listening to and working with women and families", [
        ("1.1", "Publish the Maternity and Neonatal Voices Partnership (MNVP) workplan co-produced with "
                "service users.", "Head of Midwifery / MNVP Chair", "July 2024", "Complete",
         "Workplan published on the Trust website and shared with the ICB."),
        ("1.2", "Implement personalised care and support plans for all women by 16 weeks' gestation.",
         "Consultant Midwife", "31/12/2024", "On track",
         "Compliance 84% in the August audit against a 95% target."),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "Recruit to the funded midwifery establishment, reducing the vacancy rate below 5%.",
         "Deputy Director of Midwifery", "March 2025", "At risk",
         "Vacancy rate 7.2%. Newly qualified midwives start in October, which will reduce the gap."),
        ("2.2", "Launch a 'stay conversation' retention offer for midwives in their first two years.",
         "Practice Development Midwife", "Sep-24", "Complete",
         "Offer launched 2 September; 31 conversations held."),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety", [
        ("3.1", "Complete the PSIRF thematic review of term admissions to the neonatal unit and agree actions.",
         "Neonatal Clinical Director", "November 2024", "Delayed",
         "Delayed owing to availability of the independent reviewer; new date to be agreed with the "
         "Safety Champions."),
        ("3.2", "Hold perinatal safety champion walkabouts with the Board-level safety champions.",
         "Board Safety Champion (NED)", "Quarterly", "On track",
         "Q2 walkabout held on the Delivery Suite on 19 September."),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("4.1", "Achieve full compliance with Saving Babies' Lives Care Bundle version 3, elements 1 to 6.",
         "Obstetric Lead for SBLCBv3", "Q4 2024/25", "On track",
         "Elements 1, 2, 4 and 6 fully compliant; elements 3 and 5 at 80%."),
        ("4.2", "Submit the CNST Maternity Incentive Scheme year 6 Board declaration.",
         "Director of Midwifery", "03/03/2025", "Not started",
         "Evidence collation begins in November."),
    ]),
]
LWH_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Delayed": "red",
            "Not started": "grey"}


def make_lwh():
    d = docx.Document()
    d.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", level=1)
    d.add_paragraph("Liverpool Women's NHS Foundation Trust")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Programme SRO", "Director of Midwifery"), ("Reporting period", "September 2024"),
                 ("Report to", "Quality Committee, 21 October 2024"), ("Overall programme status", "Amber")]:
        r = t.add_row().cells
        set_text(r[0], k, bold=True)
        set_text(r[1], v)
    shade(t.rows[3].cells[1], FILL["amber"])
    d.add_heading("1. Summary", level=2)
    d.add_paragraph(
        "The programme brings together the Trust's response to the NHS England Three-Year Delivery Plan for "
        "Maternity and Neonatal Services. Good progress has been made on co-production and retention. The "
        "overall status remains Amber because of the midwifery vacancy position and the delay to the "
        "neonatal thematic review.")
    d.add_heading("2. Key achievements this period", level=2)
    for b in ["MNVP workplan published and shared with the ICB.",
              "'Stay conversation' retention offer launched.",
              "Q2 safety champion walkabout completed."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("3. Milestone tracker", level=2)
    hdr = ["Ref", "Milestone / action", "Lead", "Due", "Status", "Comment"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_text(c, h, bold=True)
        shade(c, "C9C9E9")
    for theme, items in LWH:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_text(m, theme, bold=True)
        shade(m, "E4DFEC")
        for ref, ms, lead, due, status, comment in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, ms, lead, due, status, comment]):
                set_text(c, v)
            shade(cells[4], FILL[LWH_FILL[status]])
    d.add_paragraph("Status key: Complete (blue) – On track (green) – At risk (amber) – Delayed (red) – "
                    "Not started (grey)")
    d.add_heading("4. Risks and issues for escalation", level=2)
    d.add_paragraph("Midwifery vacancy rate remains above the 5% threshold (risk 2417, score 12). No new issues "
                    "for escalation to the Board this month.")
    d.save(os.path.join(HERE, "cd2-liverpool-womens-nhsft-maternity-neonatal-highlight-report.docx"))


# ======================================================================
# 6. The Clatterbridge Cancer Centre NHSFT - MIAA recommendations tracker export (csv)
CCC_HDR = ["Audit", "Year", "Assurance", "Rec Ref", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "RAG", "Latest Update"]
CCC = [
    ["Data Security and Protection Toolkit", "2023/24", "Moderate", "DSPT-01", "High",
     "The Trust should ensure that all information asset owners complete the annual information asset review.",
     "IAO review to be relaunched with IG team support and completion reported to the Information Governance "
     "Steering Group.", "Head of Information Governance", "31/03/2024", "30/09/2024", "Implemented", "Blue",
     "All 38 IAOs completed the review by 20/09/2024."],
    ["Data Security and Protection Toolkit", "2023/24", "Moderate", "DSPT-02", "Medium",
     "Supplier contracts that involve processing personal data should include current data protection clauses.",
     "Procurement to review all contracts with data processing and issue contract variations where needed.",
     "Head of Procurement / DPO", "30/06/2024", "31/12/2024", "Partially implemented", "Amber",
     "62 of 75 contracts varied; the remainder are with suppliers for signature."],
    ["Consultant Job Planning", "2023/24", "Limited", "JP-01", "High",
     "Job plans should be reviewed and signed off annually for all consultants.",
     "Complete the job plan round for all consultants through the e-job planning system.",
     "Deputy Medical Director", "31/07/2024", "", "Overdue", "Red",
     "Sign-off at 71%. Escalated to the Medical Director with a weekly trajectory."],
    ["Consultant Job Planning", "2023/24", "Limited", "JP-02", "Medium",
     "Job plans should be aligned to service activity plans.",
     "Divisional teams to reconcile job-planned activity with 2024/25 activity plans.",
     "Divisional Clinical Directors", "30/11/2024", "", "Not yet due", "Green",
     "Reconciliation template issued to divisions in September."],
    ["Key Financial Systems", "2024/25", "Substantial", "KFS-01", "Low",
     "Journal authorisation limits in the ledger should be updated to match the Scheme of Delegation.",
     "Update workflow limits in the ledger and re-test.", "Financial Controller", "31/10/2024", "",
     "Implemented", "Blue", "Limits updated 08/10/2024 and tested by the Financial Services team."],
    ["Safeguarding Training Compliance", "2024/25", "Moderate", "SG-01", "Medium",
     "Safeguarding level 3 training compliance should be reported by staff group to the Safeguarding Committee.",
     "Add a staff group breakdown to the quarterly safeguarding report.",
     "Named Nurse for Safeguarding", "31/12/2024", "", "Not yet due", "Green",
     "Report template updated; first use at the December committee."],
    ["Safeguarding Training Compliance", "2024/25", "Moderate", "SG-02", "High",
     "Staff who are non-compliant for more than three months should be escalated to their line manager and "
     "divisional lead.",
     "Introduce automated ESR reminders and monthly non-compliance lists to divisions.",
     "Head of Workforce Information", "31/01/2025", "", "Not yet due", "Green",
     "ESR reminder configuration tested in October."],
]


def make_ccc():
    with open(os.path.join(HERE, "cd2-clatterbridge-cancer-centre-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(CCC_HDR)
        w.writerows(CCC)


# ======================================================================
# 7. Blackburn with Darwen CSP - DHR 'Amira' action plan (tab-separated text, Home Office template)
BWD_HDR = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date", "RAG"]
BWD = [
    ["1. All agencies to ensure practitioners routinely ask about domestic abuse when working with women who "
     "are pregnant or have recently given birth, including when a partner is present.", "Local",
     "Refresh routine enquiry guidance for midwifery and health visiting, including how to create a safe "
     "opportunity to ask when a partner attends.", "East Lancashire Hospitals NHS Trust",
     "Guidance ratified 12/02/2024 and circulated to all community midwives.", "March 2024", "Complete"],
    ["", "", "Audit compliance with routine enquiry in antenatal records and report findings to the CSP.",
     "East Lancashire Hospitals NHS Trust",
     "Audit undertaken August 2024: 81% compliance. Re-audit scheduled for January.", "30/09/2024", "Amber"],
    ["2. The Community Safety Partnership should raise awareness of specialist domestic abuse support among "
     "faith and community groups.", "Local",
     "Deliver awareness sessions with mosques, churches and community centres with the Domestic Abuse Hub.",
     "BwD Council – Community Safety Team", "11 sessions delivered since April, reaching 240 people.",
     "Ongoing", "Green"],
    ["", "", "Translate the 'Are you safe?' leaflet into Urdu, Gujarati and Bengali.",
     "BwD Council – Community Safety Team", "Translated leaflets printed and distributed June 2024.",
     "Jun-24", "Complete"],
    ["3. Lancashire Constabulary should ensure that officers attending domestic incidents complete the DASH "
     "risk assessment with the victim away from the alleged perpetrator.", "Local / Regional",
     "Issue a force-wide briefing and update the domestic abuse investigation policy.",
     "Lancashire Constabulary", "Briefing issued 15/07/2024; policy updated.", "31 July 2024", "Complete"],
    ["", "", "Dip-sample domestic abuse incidents each quarter to check DASH completion and where it took place.",
     "Lancashire Constabulary", "Q1 dip sample of 50 incidents completed; findings to DA Strategic Board.",
     "Quarterly", "Green"],
    ["4. Agencies should ensure that information about coercive and controlling behaviour is shared at MARAC "
     "when a victim declines support.", "Local",
     "Amend the MARAC referral form to include a prompt on coercive and controlling behaviour.",
     "MARAC Coordinator / Lancashire Victim Services", "Draft form agreed at MARAC Steering Group.",
     "Dec 2024", "Green"],
    ["", "", "Provide MARAC representatives with training on recognising coercive control.",
     "ICB Safeguarding Team", "", "March 2025", "Not started"],
]


def make_bwd():
    lines = ["Blackburn with Darwen Community Safety Partnership – Domestic Homicide Review 'Amira' – Action Plan",
             "Updated: November 2024",
             "",
             "\t".join(BWD_HDR)]
    for row in BWD:
        lines.append("\t".join(row))
    lines += ["",
              "RAG: Red – not progressing; Amber – some delay; Green – on track; Complete – action closed by the "
              "DHR Steering Group"]
    with open(os.path.join(HERE, "cd2-blackburn-darwen-csp-dhr-amira-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_banes()
    make_swasft()
    make_bridgewater()
    make_mwl()
    make_lwh()
    make_ccc()
    make_bwd()
    print("done")
