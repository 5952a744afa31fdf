"""Build the seven zcm- blind test files (set heldout778).

Run with /work/main/.venv/bin/python zcm_make.py  (writes beside this script).
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


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. HMP/YOI Downview - HMPPS action plan responding to an HMIP inspection
# ---------------------------------------------------------------------------
DOWNVIEW_FILE = "zcm-hmp-yoi-downview-hmip-inspection-action-plan.docx"
DOWNVIEW_SECTIONS = [
    ("PRIORITY CONCERNS", [
        {
            "concern": "1. Too many women were locked in their cells during the core day, and the regime was regularly curtailed at short notice because of staff shortages.",
            "agreed": "Agreed",
            "response": "The Governor accepts this concern. A revised regime, built around predictable unlock times and a protected core day, will be introduced as the recruitment pipeline delivers additional band 3 officers.",
            "actions": [
                ("1.1", "Publish a revised core day with fixed unlock and association times for each residential unit, and display it on every wing.", "Deputy Governor", "31 May 2024"),
                ("1.2", "Introduce a daily regime delivery log so that every curtailment, its reason and its duration are recorded and reviewed at the morning meeting.", "Head of Operations / Head of Residence", "End of June 2024"),
                ("1.3", "Report regime delivery against the published core day to the monthly Senior Leadership Team meeting, with exceptions escalated to the Prison Group Director.", "Governor", "Ongoing – monthly"),
            ],
        },
        {
            "concern": "2. Leaders did not have an accurate picture of self-harm, and the quality of ACCT case management was weak.",
            "agreed": "Agreed",
            "response": "A Safer Custody improvement plan has been agreed with Practice Plus Group healthcare and will be overseen by the Safety Intervention Meeting.",
            "actions": [
                ("2.1", "Complete a quality assurance check of 10 open ACCT documents every week, with feedback given to case managers and themes reported to the Safety Intervention Meeting.", "Head of Safety", "30/06/2024"),
                ("2.2", "Deliver refresher ACCT case manager training to all band 4 and band 5 supervising officers.\nPriority will be given to staff on the two residential units with the highest rates of self-harm.", "Head of Safety / Head of Learning and Development", "Q2 2024/25"),
            ],
        },
    ]),
    ("KEY CONCERNS", [
        {
            "concern": "3. Too few women had access to full-time education, skills or work, and attendance at allocated activities was low.",
            "agreed": "Partly Agreed",
            "response": "Leaders accept that attendance is too low. The number of activity places is set nationally under the education contract; the prison will make best use of the places it has.",
            "actions": [
                ("3.1", "Carry out a needs analysis of the population and re-profile the activities offer so that places match the needs identified.", "Head of Education, Skills and Work", "September 2024"),
                ("3.2", "Introduce weekly attendance monitoring, with activity hub staff following up every unexplained absence on the same day.", "Head of Education, Skills and Work", "31 July 2024"),
            ],
        },
        {
            "concern": "4. Release planning for women serving short sentences started too late, and too many left without sustainable accommodation.",
            "agreed": "Agreed",
            "response": "The Offender Management Unit and the Commissioned Rehabilitative Services providers will bring forward pre-release planning so that it begins at least 12 weeks before release.",
            "actions": [
                ("4.1", "Hold a multi-agency resettlement board for every woman 12 weeks before her release date, attended by her community probation practitioner.", "Head of Offender Management Delivery", "31/08/2024"),
                ("4.2", "Agree a referral pathway with the three local housing authorities so that duty to refer notifications are made no later than 56 days before release.", "Head of Reducing Reoffending", "December 2024"),
            ],
        },
    ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell):
    for p in cell.paragraphs:
        for r in p.runs:
            r.bold = True


def make_downview():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "OFFICIAL"
    hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.text = "OFFICIAL"
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_paragraph()
    r = t.add_run("Action Plan: HMP/YOI Downview")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Action Plan Submitted: 26 April 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 13–23 November 2023")
    doc.add_paragraph("Report Published: 8 March 2024")

    h = doc.add_paragraph()
    h.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for "
        "and treatment of those in prisons, young offender institutions and court custody. Since May 2022 "
        "HMIP reports set out key concerns, some of which are identified as priority concerns, instead of "
        "recommendations. In response to the report HMPPS is required to draft a robust and timely action "
        "plan to address the concerns. The action plan confirms whether each concern is agreed, partly "
        "agreed or not agreed (see categorisations below). Where a concern is agreed or partly agreed, the "
        "action plan sets out specific steps to address it, with the owner and timescale of each step "
        "clearly identified. Progress is reviewed monthly by the Senior Leadership Team."
    )
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    rows = [
        ("Term", "Definition"),
        ("Agreed", "All of the concern is accepted, can be achieved and is affordable. The response explains how it will be addressed, with SMART actions."),
        ("Partly Agreed", "Only part of the concern is accepted. The response states clearly which part will be addressed and why the remainder cannot be."),
        ("Not Agreed", "The concern is not accepted. The response explains why."),
    ]
    for i, (a, b) in enumerate(rows):
        key.rows[i].cells[0].text = a
        key.rows[i].cells[1].text = b
    bold_cell(key.rows[0].cells[0])
    bold_cell(key.rows[0].cells[1])
    shade(key.rows[0].cells[0], "D9D9D9")
    shade(key.rows[0].cells[1], "D9D9D9")

    for section, concerns in DOWNVIEW_SECTIONS:
        doc.add_paragraph()
        sp = doc.add_paragraph()
        sr = sp.add_run(section)
        sr.bold = True
        sr.font.size = Pt(12)
        for c in concerns:
            n = len(c["actions"])
            tb = doc.add_table(rows=3 + n, cols=4)
            tb.style = "Table Grid"
            top = tb.rows[0].cells[0].merge(tb.rows[0].cells[3])
            top.text = c["concern"]
            bold_cell(top)
            shade(top, "BFBFBF")
            tb.rows[1].cells[0].text = c["agreed"]
            bold_cell(tb.rows[1].cells[0])
            resp = tb.rows[1].cells[1].merge(tb.rows[1].cells[3])
            resp.text = c["response"]
            for j, head in enumerate(["No.", "Action", "Responsible Owner", "Target Date"]):
                tb.rows[2].cells[j].text = head
                bold_cell(tb.rows[2].cells[j])
                shade(tb.rows[2].cells[j], "D9D9D9")
            for i, (ref, text, owner, due) in enumerate(c["actions"]):
                cells = tb.rows[3 + i].cells
                cells[0].text = ref
                cells[1].text = text
                cells[2].text = owner
                cells[3].text = due
            doc.add_paragraph()

    doc.add_paragraph("Action plan approved by: Governor, HMP/YOI Downview")
    doc.add_paragraph("Date: 26 April 2024")
    doc.save(os.path.join(HERE, DOWNVIEW_FILE))


# ---------------------------------------------------------------------------
# 2. Probation Service Plymouth PDU - HMI Probation inspection action plan
# ---------------------------------------------------------------------------
PLYMOUTH_FILE = "zcm-probation-service-plymouth-pdu-hmip-inspection-action-plan.xlsx"
RAG_FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
PLYMOUTH_SECTIONS = [
    ("The Plymouth PDU should:", [
        ("1", "improve the quality of assessments of risk of serious harm and risk management plans, making sure that information held by partner agencies is obtained and analysed", "Agreed", [
            ("1.1", "Deliver RoSH assessment and risk management planning workshops to all POs and PSOs, led by the Practice Tutor Assessors.", "SPO Quality & Development", D(2024, 7, 31), D(2024, 9, 30), "green",
             "Five of six workshops delivered; final session moved to September because of court cover."),
            ("1.2", "Introduce a monthly audit of 5% of new RoSH assessments using the HMIP case assessment tool, with findings reported to the PDU Quality Board.", "Deputy Head of PDU", D(2024, 8, 31), None, "blue",
             "Audits running since July; August and September findings reported to Quality Board."),
            ("1.3", "Agree an information-sharing protocol with Devon and Cornwall Police and Plymouth City Council so that partner checks are returned within 10 working days.", "Head of PDU; Regional Head of Public Protection", D(2024, 10, 31), D(2025, 1, 31), "amber",
             "Draft protocol with police legal services; council sign-off expected December."),
        ]),
        ("2", "make sure that domestic abuse and child safeguarding enquiries are made at the start of every order and that the results inform sentence planning", "Agreed", [
            ("2.1", "Reissue the domestic abuse and safeguarding enquiries practice guidance and add a mandatory prompt to the case induction checklist.", "SPO Court and Allocations", D(2024, 6, 30), None, "blue",
             "Guidance reissued 12 June; prompt added to induction checklist."),
            ("2.2", "Monitor completion of police domestic abuse call-out checks and children’s services checks weekly through the PDU performance dashboard.", "Performance and Quality Lead", D(2024, 7, 31), None, "green",
             "Weekly report in place; completion at 84% against 90% target."),
        ]),
        ("3", "improve the frequency and quality of management oversight of cases, particularly where risk is escalating", "Partly Agreed", [
            ("3.1", "Set a minimum standard of one recorded case supervision per practitioner per month and build it into SPO workload allocation.", "Deputy Head of PDU", D(2024, 9, 30), D(2024, 12, 31), "red",
             "Two SPO vacancies; standard not yet achievable. Escalated to Regional Leadership Team."),
            ("3.2", "Train all SPOs in the management oversight framework and the use of the oversight contact on nDelius.", "Head of PDU", "March 2025", None, None,
             ""),
        ]),
    ]),
    ("The South West region should:", [
        ("4", "make sure that the Plymouth PDU has enough qualified probation officers to manage its caseload", "Agreed", [
            ("4.1", "Prioritise Plymouth in the regional recruitment campaign and offer PQiP learners a guaranteed post in the PDU on qualification.", "Regional Probation Director", D(2024, 12, 31), None, "green",
             "Nine PQiP learners due to qualify in the PDU by December."),
            ("4.2", "Use the regional staffing tracker to report PDU vacancy levels to the South West Regional Leadership Team each month.", "Regional Head of Operations", D(2024, 7, 31), None, "blue",
             "Reported monthly since July."),
        ]),
        ("5", "improve the availability of accredited programmes and structured interventions in Plymouth", "Agreed", [
            ("5.1", "Commission additional Building Better Relationships and Thinking Skills Programme cohorts in Plymouth to reduce the waiting list to under 12 weeks.", "Head of Interventions (South West); Head of PDU", D(2025, 3, 31), D(2025, 6, 30), "amber",
             "One extra cohort started October; facilitator training places confirmed for February."),
        ]),
    ]),
]

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def make_plymouth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Probation Service – South West Region"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Plymouth Probation Delivery Unit (PDU) – HMI Probation Inspection Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Inspection fieldwork: 15–26 January 2024"
    cov["A5"] = "Report published: 9 May 2024"
    cov["A6"] = "Overall rating: Requires improvement"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"]):
        c = cov.cell(row=9, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    dc = [
        ("0.1", D(2024, 5, 24), "Head of PDU", "First draft for regional review"),
        ("1.0", D(2024, 6, 13), "Head of PDU", "Agreed version submitted to HMI Probation"),
        ("1.3", D(2024, 10, 4), "Performance and Quality Lead", "Progress update for Regional Leadership Team"),
    ]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=10 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 46

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Plymouth Probation Delivery Unit (PDU) – HMI Probation Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress position: 30 September 2024. Reported to the South West Regional Leadership Team, October 2024."
    ws.merge_cells("A2:J2")
    heads = ["Rec", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action ref", "Action",
             "Action owner", "Original target date", "Revised target date", "RAG", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for section, recs in PLYMOUTH_SECTIONS:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for num, rec, agreed, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=rec)
            ws.cell(row=r, column=3, value=agreed)
            for ref, text, owner, orig, rev, rag, upd in acts:
                ws.cell(row=r, column=4, value=ref)
                ws.cell(row=r, column=5, value=text)
                ws.cell(row=r, column=6, value=owner)
                c = ws.cell(row=r, column=7, value=orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=8, value=rev)
                if isinstance(rev, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
                ws.cell(row=r, column=10, value=upd if upd else None)
                for j in range(1, 11):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths = [6, 40, 14, 8, 52, 26, 13, 13, 7, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    key = [
        ("blue", "Complete"),
        ("green", "On track"),
        ("amber", "Some slippage – revised target date agreed"),
        ("red", "Off track – escalated to Regional Leadership Team"),
        (None, "Not yet started"),
    ]
    for i, (col, txt) in enumerate(key):
        c = k.cell(row=3 + i, column=1)
        if col:
            c.fill = PatternFill("solid", fgColor=RAG_FILL[col])
        c.border = BOX
        k.cell(row=3 + i, column=2, value=txt)
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, PLYMOUTH_FILE))


# ---------------------------------------------------------------------------
# 3. North Yorkshire Police - HMICFRS NCPI improvement plan (typo month -> refuse)
# ---------------------------------------------------------------------------
NYP_FILE = "zcm-north-yorkshire-police-hmicfrs-ncpi-child-protection-action-plan-typo-month-refuse.xlsx"
NYP_ROWS = [
    ("theme", "Leadership"),
    ("rec", "R1", "Within six months, North Yorkshire Police should make sure that its child protection performance framework gives leaders an accurate understanding of the quality of the force’s response to children at risk."),
    ("act", "1.1", "Build a child protection performance dashboard drawing on case audit results, crime data and missing episodes, and present it monthly at the Vulnerability Board.", "Det Supt Safeguarding", D(2025, 3, 31), "G", "Dashboard in user testing; first presentation to the March Vulnerability Board."),
    ("act", "1.2", "Introduce a quarterly child-centred case audit of 40 cases across the force’s command areas, using the HMICFRS assessment criteria.", "DCI Public Protection / Force Audit Manager", D(2025, 4, 30), "A", "First audit complete; audit team capacity limits the second round to 25 cases."),
    ("theme", "Initial response"),
    ("rec", "R2", "Within three months, North Yorkshire Police should make sure that call handlers and first responders identify and record the voice of the child in every incident involving children."),
    ("act", "2.1", "Add a mandatory voice-of-the-child prompt to the THRIVE+ assessment used in the Force Control Room.", "Ch Supt Force Control Room", D(2025, 1, 31), "B", "Prompt live from 13 January 2025."),
    ("act", "2.2", "Deliver voice-of-the-child training to all response and neighbourhood officers through the spring continuous professional development days.", "Head of Learning and Development", "Jun-2O25", "G", "Training package signed off; sessions booked from April."),
    ("theme", "Risk assessment and referral"),
    ("rec", "R3", "Within six months, North Yorkshire Police should review how it assesses risk and shares information with partners through the multi-agency safeguarding hubs in North Yorkshire and York."),
    ("act", "3.1", "Carry out a joint review of MASH risk grading and strategy discussion timescales with North Yorkshire Council and City of York Council children’s services.", "Supt Safeguarding Partnerships", D(2025, 5, 31), "A", "Terms of reference agreed; review delayed by partner capacity."),
    ("act", "3.2", "Introduce daily triage of police child concern notifications so that all are assessed by the MASH within 24 hours.", "DI MASH", D(2025, 6, 30), "G", "Daily triage piloted in York since February."),
    ("theme", "Investigation"),
    ("rec", "R4", "Within six months, North Yorkshire Police should make sure that investigations into crimes against children are allocated to officers with the right skills and are supervised effectively."),
    ("act", "4.1", "Revise the crime allocation policy so that child abuse offences are allocated to PIP2-accredited investigators or supervised by a detective sergeant.", "Det Supt Crime", D(2025, 4, 30), "A", "Policy drafted; consultation with Federation under way."),
    ("act", "4.2", "Set and monitor a standard for supervisory reviews of child abuse investigations at 7 and 28 days.", "DCI Public Protection", D(2025, 5, 31), "R", "Supervisory review compliance at 52%; recovery plan to Gold group in March."),
]


def make_nyp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "North Yorkshire Police – HMICFRS National Child Protection Inspection: Force Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safeguarding Command – OFFICIAL"
    ws["A3"] = "Report published: 12 November 2024 | Gold group chair: ACC Local Policing | Version 2.1 (February 2025)"
    heads = ["Ref", "Recommendation / action", "Owner", "Due", "RAG", "Update (February 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002060")
        c.border = BOX
    r = 6
    for row in NYP_ROWS:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, size=11)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=row[2])
            c.font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            _, ref, text, owner, due, rag, upd = row
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=owner)
            c = ws.cell(row=r, column=4, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=5, value=rag)
            ws.cell(row=r, column=6, value=upd)
        for j in range(1, 7):
            ws.cell(row=r, column=j).alignment = WRAP
            ws.cell(row=r, column=j).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = at risk, R = off track")
    for j, w in enumerate([7, 70, 28, 10, 6, 48]):
        ws.column_dimensions[chr(65 + j)].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by RAG"
    s["A1"].font = Font(bold=True)
    counts = {}
    for row in NYP_ROWS:
        if row[0] == "act":
            counts[row[5]] = counts.get(row[5], 0) + 1
    s["A3"] = "RAG"
    s["B3"] = "Actions"
    rr = 4
    for k in ["B", "G", "A", "R"]:
        s.cell(row=rr, column=1, value=k)
        s.cell(row=rr, column=2, value=counts.get(k, 0))
        rr += 1
    s.cell(row=rr, column=1, value="Total")
    s.cell(row=rr, column=2, value=sum(counts.values()))
    s.cell(row=rr + 2, column=1, value="Recommendations: 4")
    wb.save(os.path.join(HERE, NYP_FILE))


# ---------------------------------------------------------------------------
# 4. Cheshire Fire and Rescue Service - Grenfell Phase 2 tracker (CSV)
# ---------------------------------------------------------------------------
CHESHIRE_FILE = "zcm-cheshire-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.csv"
CH_REC_IC = "Fire and rescue services should make sure that incident commanders are trained to recognise when compartmentation in a high-rise building has failed and to decide when a full or partial evacuation is needed."
CH_REC_CR = "Control rooms should be able to handle large numbers of fire survival guidance calls at the same time and share information with the incident ground in real time."
CH_REC_BR = "Fire and rescue services should hold up-to-date information about the construction, external walls and fire safety measures of high-rise residential buildings in their area."
CHESHIRE_ROWS = [
    ("GTI2-01", "Incident command", CH_REC_IC,
     "Review the high-rise incident command training package against the Phase 2 findings and update the Level 1 and Level 2 incident command courses.",
     "Group Manager Operational Training", "31/03/2026", "Amber",
     "Gap analysis complete; course rewrite delayed by instructor availability."),
    ("GTI2-02", "Incident command", CH_REC_IC,
     "Run two multi-agency high-rise exercises each year with North West Fire Control and partner agencies, including a simultaneous evacuation scenario.",
     "Area Manager Service Delivery; NWFC Control Manager", "Ongoing (annual programme)", "Green",
     "Exercise held at a Warrington tower block in September 2025; debrief actions logged."),
    ("GTI2-03", "Control room", CH_REC_CR,
     "Work with North West Fire Control to test the revised fire survival guidance procedure and the FSG information-sharing app with all four partner services.",
     "NWFC Control Manager", "Dec-25", "Green",
     "App live in NWFC; joint testing with Cheshire crews booked for November."),
    ("GTI2-04", "Control room", CH_REC_CR,
     "Deliver joint control room and station-based training on the change from 'stay put' to simultaneous evacuation.",
     "Group Manager Operational Policy", "Q4 2025/26", "Amber",
     "Package drafted; needs sign-off by the four NWFC partner services."),
    ("GTI2-05", "Building risk information", CH_REC_BR,
     "Complete Site-Specific Risk Information visits to all 37 high-rise residential buildings in Cheshire, Halton and Warrington and record external wall system details.",
     "Head of Prevention & Protection", "30/09/2025", "Complete",
     "All 37 visits complete; information live on mobile data terminals."),
    ("GTI2-06", "Building risk information", CH_REC_BR,
     "Agree an information-sharing arrangement with the Building Safety Regulator and the four local authority building control teams.",
     "Head of Prevention & Protection / Building Safety Manager", "Jun-26", "Red",
     "Awaiting national NFCC template; local arrangement on hold."),
    ("GTI2-07", "Organisational learning",
     "Fire and rescue services should have a clear process for capturing and acting on learning from inquiries, incidents and inspections.",
     "Add the Phase 2 recommendations to the Service's Organisational Learning Register and report progress quarterly to the Performance and Overview Committee.",
     "Head of Organisational Assurance", "Dec-24", "Complete",
     "Added November 2024; quarterly reporting in place."),
    ("GTI2-08", "Communications equipment",
     "Fire and rescue services should make sure that their communications equipment works reliably in high-rise buildings.",
     "Trial radio repeater equipment in three high-rise buildings and present the evaluation to the Service Leadership Team.",
     "Head of ICT; Group Manager Operational Policy", "April 2026", "Green",
     "Two of three trials complete."),
    ("GTI2-09", "Vulnerable residents",
     "Fire and rescue services should support building owners and local authorities to identify residents who would need help to evacuate, including through personal emergency evacuation plans.",
     "Offer Safe and Well visits to every resident identified by housing providers as unable to self-evacuate from a high-rise building, and share findings with the building owner.",
     "Head of Prevention & Protection", "Ongoing", "Green",
     "112 visits completed since April 2025."),
]


def csv_field(v):
    s = str(v)
    if any(ch in s for ch in ',"\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def make_cheshire():
    ncol = 8
    lines = []
    pad = lambda first: csv_field(first) + "," * (ncol - 1)
    lines.append(pad("Cheshire Fire and Rescue Service – Grenfell Tower Inquiry Phase 2 Report: Recommendations Tracker"))
    lines.append(pad("Report to Performance and Overview Committee – position at 31 October 2025"))
    lines.append("," * (ncol - 1))
    lines.append(",".join(["Ref", "Theme", "Inquiry recommendation (summary)", "CFRS action", "Lead officer", "Target date", "RAG", "Progress update"]))
    for row in CHESHIRE_ROWS:
        lines.append(",".join(csv_field(v) for v in row))
    lines.append("," * (ncol - 1))
    counts = {}
    for row in CHESHIRE_ROWS:
        counts[row[6]] = counts.get(row[6], 0) + 1
    summ = "Summary: {} actions – Complete {} / Green {} / Amber {} / Red {}".format(
        len(CHESHIRE_ROWS), counts.get("Complete", 0), counts.get("Green", 0), counts.get("Amber", 0), counts.get("Red", 0))
    lines.append(pad(summ))
    with open(os.path.join(HERE, CHESHIRE_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Woldingham School - ISI post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
WOLDINGHAM_FILE = "zcm-woldingham-school-isi-inspection-action-plan.xlsx"
WOLD_SECTIONS = [
    ("Section 1: Leadership and management, and governance",
     "Next step 1: Leaders should ensure that the monitoring of pupils’ academic progress in the lower school is used consistently to adapt teaching for pupils who need additional support.",
     [
         ("1a", "Introduce half-termly progress review meetings for Years 7 to 9 between heads of department and the Head of Lower School.", "Deputy Head (Academic)", "Michaelmas term 2025",
          "Every pupil below target has an agreed support step recorded in iSAMS.", "Education Committee", "green"),
         ("1b", "Provide training for all teaching staff on adapting tasks and questioning for pupils with SEND and EAL.", "Head of Learning Support / Director of Teaching and Learning", "September 2025",
          "Lesson observations show adaptive teaching in at least 80% of lessons seen.", "Education Committee", "blue"),
     ]),
    ("Section 2: Quality of education, training and recreation",
     "Next step 2: Leaders should strengthen the range of co-curricular opportunities available to day pupils at the end of the school day and at weekends.",
     [
         ("2a", "Survey day pupils and their parents on co-curricular preferences and the barriers to taking part.", "Deputy Head (Co-curricular)", "June 2025",
          "Survey response rate above 60%; findings shared with SLT.", "SLT", "blue"),
         ("2b", "Extend the late bus service to 6.15pm on three evenings a week so that day pupils can stay for clubs.", "Bursar", "Summer term 2026",
          "Late bus running; day pupil club participation up by 25%.", "Finance and General Purposes Committee", "amber"),
         ("2c", "Publish a co-curricular programme each term, including a weekend activities strand open to day pupils.", "Deputy Head (Co-curricular)", "Termly",
          "Programme published before the start of each term.", "SLT", "green"),
     ]),
    ("Section 3: Pupils’ physical and mental health and emotional wellbeing",
     "Next step 3: Leaders should ensure that pupils’ views are used systematically to evaluate the effectiveness of the school’s wellbeing provision.",
     [
         ("3a", "Introduce a twice-yearly pupil wellbeing survey, with results analysed by year group and boarding house.", "Deputy Head (Pastoral) / DSL", "Michaelmas term 2025",
          "First survey completed and analysed; actions agreed with houseparents.", "Pastoral and Safeguarding Committee", "green"),
         ("3b", "Set up a Pupil Wellbeing Forum with representatives from each year group, reporting to the Senior Leadership Team each term.", "KMcD, RHP", D(2026, 1, 31),
          "Forum meets at least twice a term; minutes show actions taken.", "SLT", None),
         ("3c", "Report survey findings and the actions taken in response to the Governors’ Pastoral and Safeguarding Committee.", "Deputy Head (Pastoral)", "July 2026",
          "Committee minutes record review of pupil voice evidence.", "Pastoral and Safeguarding Committee", None),
     ]),
]


def make_woldingham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Woldingham School – ISI Inspection: Post-Inspection Action Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=16, color="4B0F2B")
    ws["A3"] = "Inspection dates: 4–6 March 2025 | Report published: 14 April 2025 | Approved by the Governors’ Education Committee: 5 June 2025"
    ws.merge_cells("A3:G3")
    heads = ["Ref", "Action", "Led by", "Timescale", "Success criteria", "Monitored by", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="4B0F2B")
        c.border = BOX
    r = 6
    for section, step, acts in WOLD_SECTIONS:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="7F3F5F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ws.cell(row=r, column=1, value=step)
        c.font = Font(bold=True, italic=True)
        c.fill = PatternFill("solid", fgColor="F2DCE6")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, lead, when, success, monitor, rag in acts:
            vals = [ref, text, lead, when, success, monitor]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            g = ws.cell(row=r, column=7)
            g.border = BOX
            if rag:
                g.fill = PatternFill("solid", fgColor=RAG_FILL[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "At risk of slipping"), ("red", "Off track"), (None, "No colour – not yet started")]
    for j, (col, txt) in enumerate(key):
        c = ws.cell(row=r, column=2 + j, value=txt)
        if col:
            c.fill = PatternFill("solid", fgColor=RAG_FILL[col])
    for j, w in enumerate([8, 55, 30, 20, 42, 26, 8]):
        ws.column_dimensions[chr(65 + j)].width = w

    m = wb.create_sheet("Monitoring log")
    for j, h in enumerate(["Date", "Meeting", "Notes"]):
        m.cell(row=1, column=1 + j, value=h).font = Font(bold=True)
    log = [
        (D(2025, 6, 5), "Education Committee", "Plan approved. Next step 2 transport costs to go to F&GP."),
        (D(2025, 10, 2), "Education Committee", "Training for 1b delivered at September INSET; marked complete."),
        (D(2026, 1, 22), "Full Governing Body", "Mid-year review: late bus contract not yet agreed."),
    ]
    for i, row in enumerate(log):
        for j, v in enumerate(row):
            c = m.cell(row=2 + i, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    m.column_dimensions["A"].width = 12
    m.column_dimensions["B"].width = 24
    m.column_dimensions["C"].width = 70
    wb.save(os.path.join(HERE, WOLDINGHAM_FILE))


# ---------------------------------------------------------------------------
# 6. Afon Taf High School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
AFON_FILE = "zcm-afon-taf-high-school-estyn-post-inspection-action-plan.docx"
AFON_RECS = [
    ("R1: Improve the quality of teaching and assessment so that all pupils make strong progress in lessons", [
        ("1.1", "Revise the school’s teaching and learning framework so that it sets clear expectations for challenge, questioning and feedback.", "DHT (Teaching & Learning)", "July 2024",
         "Framework launched at September INSET; all staff trained.", "SLT learning walks; Standards Committee", "B"),
        ("1.2", "Establish professional learning triads in which teachers observe and coach each other against the framework.", "AHT (Professional Learning)", "Autumn term 2024",
         "Every teacher completes one coaching cycle per term.", "AHT (Professional Learning) – termly report", "G"),
        ("1.3", "Introduce a consistent whole-school approach to feedback:\n• live marking and verbal feedback in lessons\n• dedicated improvement and reflection time each fortnight", "Heads of Faculty", "February 2025",
         "Book scrutiny shows pupils respond to feedback in most books sampled.", "Termly book scrutiny by SLT and Heads of Faculty", "A"),
    ]),
    ("R2: Strengthen the progressive development of pupils’ reading and numeracy skills across the curriculum", [
        ("2.1", "Test all pupils in Years 7 to 9 using the national personalised reading assessment and a standardised reading age test, and share the results with all staff.", "Literacy Co-ordinator", "October 2024",
         "Reading data available to all staff on the school MIS.", "Literacy Co-ordinator", "B"),
        ("2.2", "Plan targeted reading interventions for pupils whose reading age is more than two years below their chronological age.", "ALNCo / Literacy Co-ordinator", "Autumn term 2024",
         "Pupils in intervention improve their reading age by at least 12 months.", "ALN Governor; half-termly intervention tracker", "G"),
        ("2.3", "Map numeracy opportunities across subject schemes of learning and agree a common approach to calculation methods.", "Numeracy Co-ordinator", "Summer term 2025",
         "Numeracy map in place for all Key Stage 3 subjects.", "Standards Committee", "A"),
    ]),
    ("R3: Improve attendance, particularly for pupils eligible for free school meals", [
        ("3.1", "Appoint a Family Engagement Officer to work with the families of persistently absent pupils.", "Headteacher", "September 2024",
         "Officer in post; caseload of persistently absent pupils allocated.", "Headteacher’s report to governors", "B"),
        ("3.2", "Hold weekly attendance panels for each year group with staged interventions and agreed thresholds.", "AHT (Wellbeing) / Education Welfare Officer", "Termly",
         "Attendance of eFSM pupils improves by 3 percentage points.", "Attendance data reviewed at each Full Governing Body", "G"),
    ]),
    ("R4: Strengthen self-evaluation and improvement planning so that leaders focus sharply on the impact of provision on pupils’ learning", [
        ("4.1", "Align the self-evaluation calendar with the school development plan so that each priority has termly evidence of impact on learning.", "Headteacher / Chair of Governors", "31/07/2024",
         "Self-evaluation calendar published and followed.", "Full Governing Body", "B"),
        ("4.2", "Train middle leaders to evaluate the impact of their departments’ work using work scrutiny, pupil voice and lesson observation.", "DHT (Teaching & Learning)", "Spring term 2025",
         "Department self-evaluation reports identify strengths and areas for improvement accurately.", "Local authority challenge adviser visit", "R"),
    ]),
]


def make_afon():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Afon Taf High School – Post-Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    r = p.add_run("Cynllun Gweithredu Ôl-arolygiad")
    r.italic = True
    doc.add_paragraph("Estyn core inspection: 22–25 January 2024     Report published: 26 March 2024")

    tb = doc.add_table(rows=3, cols=4)
    tb.style = "Table Grid"
    rows = [
        ("Version", "Date", "Author", "Comment"),
        ("1.0", "19/04/2024", "Headteacher", "Draft shared with the local authority school improvement team"),
        ("1.1", "24/04/2024", "Headteacher", "Approved by the Full Governing Body"),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            tb.rows[i].cells[j].text = v
    for c in tb.rows[0].cells:
        bold_cell(c)
        shade(c, "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph(
        "The governing body has drawn up this plan in response to the recommendations in the Estyn report. "
        "Progress is reviewed by the Standards Committee each half term and reported to the Full Governing Body each term."
    )

    heads = ["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria", "Monitoring", "RAG"]
    for rec, acts in AFON_RECS:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            t.rows[0].cells[j].text = h
            bold_cell(t.rows[0].cells[j])
            shade(t.rows[0].cells[j], "1F4E79")
            for pp in t.rows[0].cells[j].paragraphs:
                for rr in pp.runs:
                    rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, a in enumerate(acts):
            for j, v in enumerate(a):
                t.rows[1 + i].cells[j].text = v
        doc.add_paragraph()

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b, col) in enumerate([
        ("B", "Complete", "5B9BD5"),
        ("G", "On track", "70AD47"),
        ("A", "Some progress – needs attention", "FFC000"),
        ("R", "Little or no progress", "FF0000"),
    ]):
        k.rows[i].cells[0].text = a
        shade(k.rows[i].cells[0], col)
        k.rows[i].cells[1].text = b
    doc.save(os.path.join(HERE, AFON_FILE))


# ---------------------------------------------------------------------------
# 7. Swindon College - Ofsted post-inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
SWINDON_FILE = "zcm-swindon-college-ofsted-post-inspection-action-plan.txt"
SW_AFI1 = "AFI 1: Leaders should ensure that teachers of English and mathematics on education programmes for young people plan learning that builds on learners’ starting points."
SW_AFI2 = "AFI 2: Leaders should improve the attendance of learners on study programmes, particularly in English and mathematics lessons."
SW_AFI3 = "AFI 3: Leaders should ensure that apprentices receive timely, well-planned off-the-job training and that employers take part in reviews of apprentices’ progress."
# (ref, afi_cell, action_lines, lead, start, due, status, impact)
SWINDON_ROWS = [
    ("1.1", SW_AFI1, ["Analyse initial assessment results for every English and maths group and set individual starting-point targets in ProMonitor."],
     "Head of English and Maths", "Sep-24", "Oct-24", "Complete", "All groups had targets set by 18 October."),
    ("1.2", "", ["Deliver CPD on adaptive teaching to all English and maths teachers:", "(a) twilight sessions October to December; (b) peer coaching triads from January"],
     "Teaching and Learning Coach / Head of English and Maths", "Oct-24", "Mar-25", "Green", "Four of six twilight sessions delivered; triads formed."),
    ("1.3", "", ["Carry out learning walks each term focused on the use of starting points, with findings reported to the Quality and Standards Committee."],
     "Deputy Principal – Curriculum and Quality", "Nov-24", "Ongoing", "Green", "Autumn learning walks complete; report to February committee."),
    ("2.1", SW_AFI2, ["Introduce same-day contact by progress coaches for every unexplained absence."],
     "Head of Student Services", "Sep-24", "30/09/2024", "Complete", "Same-day contact made in 96% of cases in the autumn term."),
    ("2.2", "", ["Set attendance targets for each curriculum area and review them at monthly performance meetings."],
     "Heads of Curriculum", "Oct-24", "Jul-25", "Amber", "Maths attendance up 4 points but still below the 85% target."),
    ("2.3", "", ["Work with the students’ union to launch an attendance rewards scheme."],
     "Student Engagement Manager", "Jan-25", "Apr-25", "Not started", ""),
    ("3.1", SW_AFI3, ["Re-plan off-the-job training schedules for all apprenticeship standards and share them with employers at the start of the programme."],
     "Director of Apprenticeships; Head of Employer Engagement", "Sep-24", "Dec-24", "Complete", "Schedules issued for all 31 standards."),
    ("3.2", "", ["Require employers to attend every 10-weekly progress review, with non-attendance escalated to the account manager."],
     "Director of Apprenticeships", "Oct-24", "Summer term 2025", "Green", "Employer attendance at reviews up from 61% to 83%."),
    ("3.3", "", ["Introduce a monthly report to the Senior Leadership Team on apprentices who are past their planned end date."],
     "MIS Manager", "Nov-24", "31/03/2025", "Red", "Report template agreed; data quality issues delaying the first report."),
]


def make_swindon():
    lines = [
        "Swindon College – Post-Inspection Action Plan",
        "Ofsted inspection 4–7 June 2024 (report published 15 July 2024)",
        "Plan owner: Deputy Principal – Curriculum and Quality\tLast updated: 03/02/2025\tReported to: Quality and Standards Committee",
        "",
        "\t".join(["Ref", "Area for improvement", "Action", "Lead", "Start", "Due", "Status", "Evidence of impact"]),
    ]
    for ref, afi, acts, lead, start, due, status, impact in SWINDON_ROWS:
        lines.append("\t".join([ref, afi, acts[0], lead, start, due, status, impact]))
        for extra in acts[1:]:
            lines.append("\t".join(["", "", extra, "", "", "", "", ""]))
    counts = {}
    for row in SWINDON_ROWS:
        counts[row[6]] = counts.get(row[6], 0) + 1
    lines += [
        "",
        "Status key: Complete = action finished and impact evidenced; Green = on track; Amber = behind schedule; Red = significant delay; Not started",
        "Summary: {} actions | Complete {} | Green {} | Amber {} | Red {} | Not started {}".format(
            len(SWINDON_ROWS), counts.get("Complete", 0), counts.get("Green", 0), counts.get("Amber", 0),
            counts.get("Red", 0), counts.get("Not started", 0)),
    ]
    with open(os.path.join(HERE, SWINDON_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_downview()
    make_plymouth()
    make_nyp()
    make_cheshire()
    make_woldingham()
    make_afon()
    make_swindon()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
