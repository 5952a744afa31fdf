"""Build the seven tf- blind test files of set heldout501.

Run with: /work/main/.venv/bin/python tf_make.py
Writes only files whose names start with "tf-" into this folder.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("tf-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Devon & Somerset FRS - HMICFRS 2023-25 improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_dsfrs():
    title = "Devon & Somerset Fire and Rescue Service – HMICFRS 2023–25 Inspection Improvement Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Document owner", "Director of Corporate Services"),
        ("Governance route", "Executive Board > Audit & Governance Committee"),
        ("Classification", "OFFICIAL"),
        ("Review frequency", "Monthly (Executive Board); quarterly (Audit & Governance Committee)"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = cov.cell(r, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    for ver in [
        ("0.1", "02/09/2024", "Improvement & Assurance Manager", "First draft following publication of report"),
        ("1.0", "30/09/2024", "Improvement & Assurance Manager", "Approved by Executive Board"),
        ("1.4", "03/11/2025", "Improvement & Assurance Manager", "October 2025 progress update"),
    ]:
        r += 1
        for i, v in enumerate(ver, 1):
            cov.cell(r, i, v).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 48

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of action status – October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    summ.append([])
    summ.append(["Pillar", "Areas for improvement", "Actions", "Complete", "Green", "Amber", "Red"])
    for c in summ[3]:
        c.font = Font(bold=True)
        c.border = BOX
    for row in [
        ("Effectiveness", 2, 3, 1, 1, 1, 0),
        ("Efficiency", 1, 2, 1, 1, 0, 0),
        ("People", 2, 3, 1, 1, 0, 1),
        ("Total", 5, 8, 3, 3, 1, 1),
    ]:
        summ.append(list(row))
        for c in summ[summ.max_row]:
            c.border = BOX
    summ.column_dimensions["A"].width = 18
    summ.column_dimensions["B"].width = 22

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection report published 7 August 2024. Progress position as at 31 October 2025 – reported to Audit & Governance Committee, 24 November 2025."
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Area for improvement (AFI)", "Action", "Action owner",
               "Original target date", "Revised target date", "Previous RAG", "Current RAG",
               "Progress update (October 2025)"]
    ws.append([])
    ws.append(headers)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX

    plan = [
        ("Effectiveness", [
            ("The service should make sure it has an effective system for learning from operational incidents, including debriefs, and that learning is used to improve its response.", [
                ("1.1", "Review the operational debrief policy and introduce a single digital recording system for all level 2 and level 3 debriefs.",
                 "Head of Operational Assurance", d(2024, 12, 31), d(2025, 3, 31), "Amber", "Complete",
                 "Debrief module live from 3 March 2025. Policy approved by Executive Board 18/03/2025."),
                ("1.2", "Publish a quarterly operational learning bulletin and track the resulting actions to closure through the Operational Assurance Group.",
                 "Head of Operational Assurance; Group Manager Training", d(2025, 12, 31), None, "Green", "Green",
                 "Three bulletins issued (Apr, Jul, Oct). Action tracker reviewed at each OAG."),
            ]),
            ("The service should evaluate its prevention activity so it understands whether it is reaching the people most at risk from fire.", [
                ("2.1", "Develop a prevention evaluation framework, using Exeter health data and Safe and Well visit outcomes, to measure whether targeted activity reaches those most at risk.",
                 "Head of Prevention / Data & Intelligence Manager", d(2025, 9, 30), d(2026, 3, 31), "Green", "Amber",
                 "Data sharing agreement with ICB delayed; revised date agreed by Executive Board 07/10/2025."),
            ]),
        ]),
        ("Efficiency", [
            ("The service should make sure it monitors, reviews and evaluates the benefits and outcomes of any collaboration activity.", [
                ("3.1", "Adopt the NFCC collaboration evaluation toolkit and apply it to all existing collaboration agreements, including co-responding with SWASFT and estate sharing with Devon & Cornwall Police.",
                 "Assistant Director – Corporate Services", d(2025, 3, 31), None, "Green", "Complete",
                 "All 11 agreements evaluated; report to Executive Board 25/03/2025."),
                ("3.2", "Report the outcomes of collaboration evaluations annually to the Fire Authority's Resources Committee.",
                 "Assistant Director – Corporate Services", d(2026, 1, 31), None, "Green", "Green",
                 "First annual report scheduled for January 2026 committee."),
            ]),
        ]),
        ("People", [
            ("The service should monitor secondary contracts to make sure working hours are not exceeded.", [
                ("4.1", "Introduce a secondary employment register in the HR system, with automated monthly reporting of combined working hours to line managers.",
                 "Head of People Services", d(2024, 11, 30), d(2025, 5, 31), "Amber", "Complete",
                 "Register live in iTrent; monthly report issued since June 2025."),
                ("4.2", "Audit compliance with the Working Time Regulations for on-call and wholetime staff holding secondary contracts, and act on any breaches found.",
                 "Head of People Services; Health, Safety & Wellbeing Manager", d(2025, 8, 31), d(2025, 12, 31), "Amber", "Red",
                 "Audit scope agreed but fieldwork not started due to vacancy in HR Business Partner team. Escalated to Executive Board."),
            ]),
            ("The service should make sure it has effective succession planning and a clear process to identify and develop high-potential staff and aspiring leaders.", [
                ("5.1", "Launch a talent management and aspiring leaders programme, open to all staff groups, with a transparent expression-of-interest process.",
                 "Head of Organisational Development", d(2025, 10, 31), None, "Green", "Green",
                 "Cohort 1 (22 staff) started 6 October 2025."),
            ]),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    for pillar, afis in plan:
        ws.cell(r, 1, pillar)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("F2DCDB")
        r += 1
        for afi, actions in afis:
            first = r
            for (ref, act, owner, orig, rev, prev, cur, upd) in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, owner)
                ws.cell(r, 5, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
                ws.cell(r, 7, prev).fill = fill(rag_fill[prev])
                ws.cell(r, 8, cur).fill = fill(rag_fill[cur])
                ws.cell(r, 9, upd)
                for c in range(1, 10):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BOX
                r += 1
            ws.cell(first, 2, afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(first, 2).alignment = WRAP
    r += 1
    ws.cell(r, 1, "RAG key: Complete (blue) = action delivered and evidenced; Green = on track; Amber = at risk of slipping, mitigation in place; Red = off track, escalated.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", [7, 40, 55, 30, 13, 13, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(out("tf-devon-and-somerset-frs-hmicfrs-2023-25-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
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


def set_cell_lines(cell, text):
    """Write text with inner line breaks as separate paragraphs."""
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


# ---------------------------------------------------------------------------
# 2. Highbridge Medical Centre - CQC inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def make_gp():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading("Highbridge Medical Centre – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Provider: Dr R Patel & Partners    Registered manager: Claire Hutchings, Practice Manager")
    doc.add_paragraph("Inspection date: 14 January 2025    Report published: 11 March 2025    Overall rating: Requires improvement")

    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Approved by"]):
        bold_cell(t.cell(0, i), h)
    for ri, row in enumerate([
        ("1.0", "25/03/2025", "Partners' meeting"),
        ("1.1", "30/05/2025", "Partners' meeting"),
        ("1.2", "12/09/2025", "Partners' meeting"),
    ], 1):
        for ci, v in enumerate(row):
            t.cell(ri, ci).text = v

    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some slippage, being managed; R = off track.")

    rag_col = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}

    doc.add_heading("Part A – Requirement notices (must do)", level=1)

    def must_table(heading, rows):
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for i, hd in enumerate(["Ref", "What we will do", "Responsible person", "By when", "RAG"]):
            bold_cell(tb.cell(0, i), hd)
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
            shade(cells[4], rag_col[row[4]])
        doc.add_paragraph("")

    must_table("Regulation 12: Safe care and treatment", [
        ("R12.1", "Run a monthly search on SystmOne for patients prescribed DMARDs, lithium and methotrexate, and recall any patient without up-to-date blood monitoring.",
         "Dr S Okafor (Prescribing Lead)", "31/03/2025", "B"),
        ("R12.2", "Introduce a structured medication review template so that every review records the discussion with the patient and any changes made.",
         "Dr S Okafor / Clinical Pharmacist", "30/04/2025", "B"),
        ("R12.3", "Check emergency medicines and oxygen weekly, stock the medicines missing at inspection, and record a risk assessment for any recommended medicine not held.",
         "Nurse Manager", "28/02/2025", "B"),
    ])
    must_table("Regulation 17: Good governance", [
        ("R17.1", "Review the clinical correspondence workflow and clear the backlog of unfiled documents (1,240 items at inspection).",
         "Practice Manager", "31/05/2025", "G"),
        ("R17.2", "Hold a quarterly clinical governance meeting with standing items for significant events, complaints, safety alerts and audits, and share the minutes with all staff.",
         "Practice Manager; Dr R Patel", "Quarterly", "G"),
        ("R17.3", "Make sure all staff complete safeguarding, infection prevention and control, and information governance training at the level required for their role, tracked on a single training matrix.",
         "Practice Manager", "30/06/2025", "A"),
    ])

    doc.add_heading("Part B – Areas where the practice should improve", level=1)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for i, hd in enumerate(["Ref", "Should do (from CQC report)", "Action", "Lead", "By when", "RAG"]):
        bold_cell(tb.cell(0, i), hd)
    for row in [
        ("S1", "Continue to improve the uptake of cervical screening.",
         "Offer Saturday-morning smear clinics through the PCN extended-access hub, and send text reminders to non-responders at 3 and 6 months.",
         "Practice Nurse Lead", "September 2025", "G"),
        ("S2", "Take action to improve patient satisfaction with telephone access.",
         "Move to a cloud-based telephony system with call-back and queue position messages, and publish monthly call-answering data in the waiting room and on the practice website.",
         "Practice Manager & PPG Chair", "31/07/2025", "A"),
    ]:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        shade(cells[5], rag_col[row[5]])

    doc.add_paragraph("")
    doc.add_paragraph("This action plan is reviewed at the monthly partners' meeting and shared with the Patient Participation Group. Evidence for completed actions is held in the practice CQC evidence folder.")
    doc.save(out("tf-highbridge-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Medway NHS FT - UEC improvement programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def make_medway():
    title = "Medway NHS Foundation Trust – Urgent and Emergency Care (UEC) Improvement Programme Highlight Report"
    wb = Workbook()
    s = wb.active
    s.title = "Programme summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Reporting period: October 2025    Senior Responsible Officer: Chief Operating Officer    Reported to: Finance and Performance Committee"
    s["A4"] = "Workstream"
    s["B4"] = "Workstream lead"
    s["C4"] = "Last period"
    s["D4"] = "This period"
    s["E4"] = "Headline"
    for c in s[4]:
        c.font = Font(bold=True)
        c.border = BOX
    summary = [
        ("Workstream 1: Front Door and Same Day Emergency Care", "Clinical Director, Emergency Medicine", AMBER, AMBER,
         "4-hour performance 71.8% (target 78% by March 2026)."),
        ("Workstream 2: Flow and Discharge", "Associate Director of Patient Flow", AMBER, RED,
         "No criteria to reside patients averaging 96 against plan of 70."),
        ("Workstream 3: Virtual Wards and Admission Avoidance", "Director of Strategy & Partnerships", GREEN, GREEN,
         "Virtual ward occupancy 74%."),
    ]
    for i, (ws_name, lead, last, this, head) in enumerate(summary, 5):
        s.cell(i, 1, ws_name)
        s.cell(i, 2, lead)
        s.cell(i, 3).fill = fill(last)
        s.cell(i, 4).fill = fill(this)
        s.cell(i, 5, head)
        for c in range(1, 6):
            s.cell(i, c).border = BOX
            s.cell(i, c).alignment = WRAP
    s["A9"] = "RAG key: Blue – complete; Green – on track; Amber – risk to delivery, mitigations in place; Red – will not deliver to date without escalation."
    for col, w in zip("ABCDE", [48, 36, 12, 12, 60]):
        s.column_dimensions[col].width = w

    sheets = [
        ("WS1 Front Door", "Workstream 1: Front Door and Same Day Emergency Care",
         "Workstream lead: Clinical Director, Emergency Medicine    Executive lead: Chief Operating Officer",
         ["SDEC now seeing 38% of medical take (up from 31%).",
          "Frailty assessment unit open 7 days from 1 September."],
         [
             ("1.1", "Extend SDEC opening hours to 08:00–22:00, seven days a week.",
              "Clinical Director, Emergency Medicine", d(2025, 10, 31), d(2025, 11, 30), AMBER,
              "Weekend medical rota gap; locum cover agreed for November."),
             ("1.2", "Implement direct streaming from GPs and NHS 111 to SDEC and the frailty assessment unit, bypassing ED triage.",
              "Deputy Chief Operating Officer / Head of Nursing for UEC", d(2025, 9, 30), None, BLUE,
              "Live from 15 September 2025."),
             ("1.3", "Open the 12-space ambulance handover area and implement the 45-minute release-to-respond protocol with SECAmb.",
              "Divisional Director of Operations (Acute and Emergency Medicine)", d(2025, 12, 31), None, GREEN,
              "Estates works on schedule; protocol signed off by SECAmb."),
         ],
         [("R01", "Medical workforce gaps at weekends limit SDEC hours.", "12"),
          ("R02", "ED estate capacity during winter surge.", "16")]),
        ("WS2 Flow & Discharge", "Workstream 2: Flow and Discharge",
         "Workstream lead: Associate Director of Patient Flow    Executive lead: Chief Nursing Officer",
         ["Discharge before midday up to 19% (from 14%)."],
         [
             ("2.1", "Roll out the daily board round standard (SAFER bundle) to all adult medical wards.",
              "Associate Director of Patient Flow", d(2025, 8, 31), d(2026, 1, 31), RED,
              "Embedded on 6 of 14 wards. Matron capacity issue escalated to Chief Nursing Officer."),
             ("2.2", "Establish a Transfer of Care Hub with Medway Council and Kent County Council adult social care, with a single referral form for pathway 1–3 discharges.",
              "Associate Director of Patient Flow; Head of Integrated Discharge", d(2025, 11, 30), None, GREEN,
              "Co-located team in place; single referral form in testing."),
             ("2.3", "Increase weekend discharges to 80% of the weekday average through weekend pharmacy cover for TTOs and a weekend discharge coordinator.",
              "Head of Integrated Discharge", "Mar-26", None, AMBER,
              "Business case for weekend pharmacy approved; recruitment under way."),
         ],
         [("R03", "Community and social care capacity for pathway 2 and 3.", "20")]),
        ("WS3 Virtual Wards", "Workstream 3: Virtual Wards and Admission Avoidance",
         "Workstream lead: Director of Strategy & Partnerships    Clinical lead: Consultant Geriatrician",
         ["Virtual ward occupancy 74% (67 of 90 beds)."],
         [
             ("3.1", "Increase virtual ward (hospital at home) occupancy to 80% of the 90 commissioned beds.",
              "Clinical Lead for Virtual Wards", "Q4 2025/26", None, GREEN,
              "Trajectory on plan."),
             ("3.2", "Agree a single point of access with Medway Community Healthcare for 2-hour urgent community response referrals from the ambulance service.",
              "Director of Strategy & Partnerships", d(2025, 9, 30), d(2025, 12, 31), AMBER,
              "Clinical model agreed; IT interface with SECAmb CAD outstanding."),
         ],
         []),
    ]
    for sheet_name, ws_title, lead_line, achievements, actions, risks in sheets:
        w = wb.create_sheet(sheet_name)
        w["A1"] = title
        w["A1"].font = Font(bold=True, size=12)
        w["A2"] = ws_title
        w["A2"].font = Font(bold=True, size=12)
        w["A3"] = lead_line
        w["A4"] = "Reporting period: October 2025"
        r = 6
        w.cell(r, 1, "Key achievements this period").font = Font(bold=True)
        for a in achievements:
            r += 1
            w.cell(r, 1, "•")
            w.cell(r, 2, a)
        r += 2
        w.cell(r, 1, "Milestones and actions").font = Font(bold=True)
        r += 1
        for i, hd in enumerate(["Ref", "Milestone / action", "Owner", "Baseline date", "Revised date", "RAG", "Commentary"], 1):
            c = w.cell(r, i, hd)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.border = BOX
        for (ref, act, owner, base, rev, rag, com) in actions:
            r += 1
            w.cell(r, 1, ref)
            w.cell(r, 2, act)
            w.cell(r, 3, owner)
            c = w.cell(r, 4, base)
            if isinstance(base, datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                w.cell(r, 5, rev).number_format = "dd/mm/yyyy"
            w.cell(r, 6).fill = fill(rag)
            w.cell(r, 7, com)
            for cc in range(1, 8):
                w.cell(r, cc).border = BOX
                w.cell(r, cc).alignment = WRAP
        r += 2
        w.cell(r, 1, "Risks and issues").font = Font(bold=True)
        if risks:
            r += 1
            for i, hd in enumerate(["Risk ID", "Description", "Score"], 1):
                w.cell(r, i, hd).font = Font(bold=True)
            for rid, desc, score in risks:
                r += 1
                w.cell(r, 1, rid)
                w.cell(r, 2, desc)
                w.cell(r, 3, score)
        else:
            r += 1
            w.cell(r, 1, "No new risks this period.")
        r += 2
        w.cell(r, 1, "Decisions / escalations required: none this period.")
        for col, wd in zip("ABCDEFG", [8, 60, 34, 13, 13, 8, 50]):
            w.column_dimensions[col].width = wd
    wb.save(out("tf-medway-nhsft-uec-improvement-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 4. Chelmer Housing Partnership - governance improvement plan (csv, read)
# ---------------------------------------------------------------------------
def make_chp():
    rows = [
        ["Chelmer Housing Partnership – Governance Improvement Plan", "", "", "", "", "", "", ""],
        ["Response to the Regulator of Social Housing regulatory judgement (G3 / V2) and the independent governance review", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Theme", "Finding (RSH judgement / independent review)", "Action", "Owner", "Target date", "Status", "Progress commentary"],
        ["1.1", "1. Board effectiveness and skills",
         "The board did not have sufficient skills and experience in asset management and health and safety to provide effective oversight.",
         "Commission an external board skills audit and refresh the board skills matrix", "Company Secretary", "30/09/2024", "Complete",
         "Audit by external governance consultant completed August 2024; matrix approved by board."],
        ["1.2", "", "",
         "Recruit two board members with property and health and safety expertise", "Chair of Nominations & Remuneration Committee", "31/12/2024", "Complete",
         "Two appointments made, both started January 2025."],
        ["2.1", "2. Quality of assurance and data",
         "The board had not received sufficiently robust assurance on compliance with health and safety requirements, including fire risk assessment remedial actions.",
         "Introduce a monthly landlord health and safety compliance dashboard (the 'Big 6') reported to every board meeting", "Director of Property Services", "Oct-24", "Complete",
         "Dashboard in use since October 2024 board."],
        ["2.2", "", "",
         "Commission an internal audit of the fire risk assessment remedial action process and close all overdue high-risk actions", "Director of Property Services / Head of Building Safety", "31/03/2025", "Green",
         "Internal audit gave reasonable assurance (May 2025). 3 high-risk actions remain open, all within revised timescales."],
        ["2.3", "",
         "Stock condition data was incomplete, with 38% of homes not surveyed in the last five years.",
         "Complete stock condition surveys for 100% of homes within a rolling five-year programme, prioritising homes not surveyed since 2019", "Head of Asset Management", "March 2026", "Amber",
         "81% surveyed at end of Q2.\nContractor capacity reduced over summer; recovery plan in place."],
        ["3.1", "3. Risk management and internal controls",
         "The risk management framework did not enable the board to identify and manage its key risks effectively.",
         "Revise the risk management framework and risk appetite statement, and hold a board risk workshop", "Director of Finance & Corporate Services", "28/02/2025", "Complete",
         "Framework approved February 2025."],
        ["3.2", "", "",
         "Refresh the strategic risk register with clear controls, assurance sources and risk owners, reviewed quarterly by the Audit & Risk Committee", "Director of Finance & Corporate Services", "Quarterly", "Green",
         "Reviewed at ARC in June and September 2025."],
        ["4.1", "4. Openness with the regulator",
         "The provider did not notify the regulator promptly of material compliance failures.",
         "Adopt a regulatory notifications protocol and notifications log, approved by the board", "Chief Executive; Company Secretary", "30/11/2024", "Complete",
         "Protocol approved November 2024; log reviewed at each ARC."],
        ["", "", "", "", "", "", "", ""],
        ["Position as reported to Board on 22 September 2025. Status key: Complete = closed and evidence shared with RSH; Green = on track; Amber = at risk, recovery plan in place; Red = off track.", "", "", "", "", "", "", ""],
    ]
    with open(out("tf-chelmer-housing-partnership-rsh-governance-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Office of Rail and Road - Board rolling action log (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def make_orr():
    lines = [
        "Office of Rail and Road – Board rolling action log",
        "Open actions and actions closed since the last meeting, as at 18 November 2025",
        "RAG: B = complete; G = on track; A = at risk; R = overdue",
        "",
        "\t".join(["Action ref", "Meeting", "Agenda item", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    rows = [
        ("BD-24-47", "26 Nov 2024", "5. PR23 delivery",
         "Provide a note comparing Network Rail's CP7 year 1 efficiency delivery against the determination trajectory",
         "Director of Railway Markets and Economics", "Mar 2025", "B", "Note circulated 14 March 2025."),
        ("BD-25-03", "28 Jan 2025", "4. Health and safety report",
         "Bring back a deep dive on level crossing risk, including the trend in near misses at user-worked crossings",
         "HM Chief Inspector of Railways", "May 2025", "B", "Deep dive taken at the May Board."),
        ("BD-25-11", "25 Mar 2025", "7. Business plan 2025-26",
         "Revise the business plan KPI set to include a measure of the timeliness of casework decisions",
         "Director of Corporate Operations / Head of Planning & Performance", "Dec 2025", "A",
         "Draft KPIs discussed at ExCo on 4 November; to come to the December Board."),
        ("BD-25-19", "20 May 2025", "6. Highways monitor",
         "Arrange a Board visit to a National Highways regional operations centre",
         "Board Secretary", "Oct 2025", "B", "Visit to the South East ROC held on 8 October."),
        ("BD-25-24", "22 Jul 2025", "3. Cyber security",
         "Commission an independent assessment of ORR's cyber resilience against the Cyber Assessment Framework and report the findings to ARAC",
         "Chief Information Officer", "Jan 2026", "G", "Assessor appointed; fieldwork in November."),
        ("BD-25-29", "23 Sep 2025", "5. Rail reform",
         "Set out options for ORR's role and resourcing under the Railways Bill, with a draft resource plan for 2026-27",
         "JB, RH", "Nov 2025", "R", "Delayed pending introduction of the Bill; now expected at the January Board."),
        ("BD-25-31", "23 Sep 2025", "8. People update",
         "Report progress against the People Survey action plan to each Board meeting",
         "HR Director", "Ongoing", "G", "Standing item from November 2025."),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines.append("")
    lines.append("7 actions listed: 3 complete, 2 on track, 1 at risk, 1 overdue.")
    with open(out("tf-office-of-rail-and-road-board-rolling-action-log.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Castle Hall Academy - post-Ofsted action plan (docx, read)
# ---------------------------------------------------------------------------
def make_school():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Castle Hall Academy – Post-Ofsted Action Plan 2024–25")
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection dates: 8 and 9 October 2024    Overall effectiveness: Requires improvement")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement in the inspection report. "
                      "It is monitored by the Local Governing Body at each meeting and by the trust's Director of Education each half-term.")

    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for i, (txt, col) in enumerate([("Green – achieved", "92D050"), ("Amber – in progress", "FFC000"),
                                     ("Red – behind schedule", "FF0000")]):
        key.cell(0, i).text = txt
        shade(key.cell(0, i), col)
    doc.add_paragraph("")

    cols = ["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria", "Monitoring", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, hd in enumerate(cols):
        bold_cell(t.cell(0, i), hd)
        shade(t.cell(0, i), "D9D9D9")
    rag_col = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    plan = [
        ("Area for improvement 1: Leaders should ensure that teachers check pupils' understanding systematically and address misconceptions before moving on to new content.", [
            ("1.1", "Deliver a CPD programme on responsive teaching and checking for understanding (mini-whiteboards, cold calling, hinge questions) through weekly teaching and learning briefings.",
             "Deputy Headteacher (Quality of Education)", "Autumn term 2024",
             "Checking for understanding seen in 90% of lessons visited.", "Learning walks; QA calendar", "Green"),
            ("1.2", "Introduce fortnightly departmental learning walks with subject leaders, focused on assessment for learning, with findings logged on the QA calendar.",
             "Subject leaders / SLT line managers", "Spring term 2025",
             "All departments complete the cycle; actions followed up at line management.", "SLT line management minutes", "Amber"),
        ]),
        ("Area for improvement 2: Leaders should ensure that the curriculum is adapted well for pupils with special educational needs and/or disabilities (SEND) so that these pupils achieve as well as they should.", [
            ("2.1", "Rewrite pupil passports for all pupils on the SEND register with clear, classroom-ready strategies, and share them with staff through the MIS.",
             "SENDCo", "By October half-term 2024",
             "100% of passports updated and accessible to staff.", "SEND governor visit", "Green"),
            ("2.2", "Train teaching assistants in adaptive teaching and the use of scaffolds in English and maths lessons.",
             "SENDCo and Assistant Headteacher (Inclusion)", "Spring term 2025",
             "Work scrutiny shows adapted tasks for pupils with SEND in English and maths.", "Work scrutiny; pupil voice", "Amber"),
        ]),
        ("Area for improvement 3: Leaders should take further action to reduce persistent absence, particularly for disadvantaged pupils.", [
            ("3.1", "Appoint a full-time attendance officer and introduce first-day calling, with a home visit on the third day of absence.",
             "Assistant Headteacher (Behaviour and Attendance)", "September 2024",
             "Attendance officer in post; first-day calling in place for all absences.", "Weekly attendance meeting", "Green"),
            ("3.2", "Hold attendance support meetings with the families of all disadvantaged pupils whose attendance is below 90%, with targets reviewed every half-term.",
             "Attendance Officer; Heads of Year", "Autumn 2024 – Summer 2025",
             "Persistent absence of disadvantaged pupils reduced from 31% to below 24%.", "Half-termly report to LGB", "Amber"),
            ("3.3", "Work with the local authority Education Welfare Service to use fixed penalty notices and parenting contracts in line with the national framework for penalty notices.",
             "Headteacher", "Ongoing",
             "Legal interventions used consistently where support has not worked.", "Trust attendance review", "Red"),
        ]),
    ]
    for afi, actions in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(cols) - 1])
        bold_cell(merged, afi)
        shade(merged, "DEEAF6")
        for a in actions:
            cells = t.add_row().cells
            for i, v in enumerate(a[:6]):
                cells[i].text = v
            cells[6].text = a[6]
            shade(cells[6], rag_col[a[6]])

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, hd in enumerate(["Role", "Name", "Date"]):
        bold_cell(so.cell(0, i), hd)
    for ri, row in enumerate([("Headteacher", "Mrs K Ashworth", "04/11/2024"),
                              ("Chair of the Local Governing Body", "Mr D Firth", "04/11/2024")], 1):
        for ci, v in enumerate(row):
            so.cell(ri, ci).text = v
    doc.save(out("tf-castle-hall-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Suffolk Constabulary - Right Care, Right Person implementation plan
#    (xlsx, refuse: mistyped month "0ct-24" in the due cell of sheet row 8)
# ---------------------------------------------------------------------------
def make_suffolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "RCRP Action Plan"
    ws["A1"] = "Suffolk Constabulary – Right Care, Right Person (RCRP) Implementation Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Strategic lead: ACC Local Policing    Version 4.2    Updated 03/10/2024    Governance: RCRP Partnership Board (Suffolk and North East Essex ICS)"
    ws.merge_cells("A2:I2")
    headers = ["Phase", "Ref", "Action", "Owner(s)", "Partners", "Start", "Due", "RAG", "Update"]
    for i, hd in enumerate(headers, 1):
        c = ws.cell(4, i, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    phases = [
        ("Phase 1 – Concern for welfare", [
            ("1.1", "Agree the concern for welfare threshold and the partner escalation route with the ICB, Suffolk County Council and NSFT.",
             "Supt Contact & Control; RCRP Programme Manager", "ICB, SCC, NSFT", d(2024, 1, 8), d(2024, 3, 29), "B", "Signed at Partnership Board 27/03/2024."),
            ("1.2", "Train all Contact and Control Room staff in the RCRP threshold test and THRIVE+ decision recording.",
             "Contact & Control Training Manager", "", d(2024, 2, 5), d(2024, 5, 31), "B", "96% of staff trained; remainder on long-term absence."),
            ("1.3", "Go live with Phase 1 and run a daily dip-sample of closed concern for welfare calls for the first 12 weeks.",
             "Supt Contact & Control", "", d(2024, 6, 3), d(2024, 8, 30), "B", "Live 03/06/2024. Dip-sample findings reported to Partnership Board."),
        ]),
        ("Phase 2 – Walk-outs from health settings and AWOL patients", [
            ("2.1", "Agree a joint protocol with acute and mental health trusts for patients who leave healthcare settings, including the information trusts will provide before police attend.",
             "RCRP Programme Manager", "ESNEFT, WSFT, NSFT", d(2024, 6, 3), "0ct-24", "A", "Protocol agreed with ESNEFT and WSFT; NSFT comments awaited."),
            ("2.2", "Brief ward managers and security teams at Ipswich, West Suffolk and Woodlands on the new attendance criteria.",
             "Partnership Inspector", "ESNEFT, WSFT, NSFT", d(2024, 9, 2), d(2024, 11, 29), "G", "Sessions booked for November."),
        ]),
        ("Phase 3 – Transport and conveyance", [
            ("3.1", "Agree alternative conveyance arrangements with EEAST and NSFT so that police vehicles are used only where there is a risk to life or serious harm.",
             "Chief Inspector Operational Support", "EEAST, NSFT", d(2024, 10, 1), d(2025, 1, 31), "G", "Draft arrangements shared with EEAST."),
        ]),
        ("Phase 4 – Section 136 handover and voluntary patients", [
            ("4.1", "Introduce a 60-minute handover standard at the health-based place of safety, with escalation to the on-call manager and a joint review of every breach.",
             "Supt Local Policing / NSFT Head of Crisis Services", "NSFT", d(2024, 11, 4), d(2025, 3, 31), "G", "Data baseline being collected."),
            ("4.2", "Produce a monthly joint performance report on s136 detentions, handover times and RCRP deployments for the Partnership Board.",
             "Performance and Analysis Manager", "ICB", d(2024, 11, 4), d(2025, 2, 28), "G", "Report template agreed."),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for phase, actions in phases:
        first = r
        for (ref, act, owner, partners, start, due, rag, upd) in actions:
            ws.cell(r, 2, ref)
            ws.cell(r, 3, act)
            ws.cell(r, 4, owner)
            ws.cell(r, 5, partners)
            ws.cell(r, 6, start).number_format = "mmm-yy"
            c = ws.cell(r, 7, due)
            if isinstance(due, datetime):
                c.number_format = "mmm-yy"
            ws.cell(r, 8, rag).fill = fill(rag_fill[rag])
            ws.cell(r, 9, upd)
            for cc in range(1, 10):
                ws.cell(r, cc).border = BOX
                ws.cell(r, cc).alignment = WRAP
            r += 1
        ws.cell(first, 1, phase)
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 1).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHI", [24, 6, 60, 34, 18, 9, 9, 6, 45]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                      ("A", "At risk – mitigation in place", AMBER),
                                      ("R", "Off track – escalate to Partnership Board", RED)], 2):
        key.cell(i, 1, k).fill = fill(col)
        key.cell(i, 2, v)
    key["A8"] = "Abbreviations"
    key["A8"].font = Font(bold=True)
    for i, (k, v) in enumerate([("ESNEFT", "East Suffolk and North Essex NHS Foundation Trust"),
                                ("WSFT", "West Suffolk NHS Foundation Trust"),
                                ("NSFT", "Norfolk and Suffolk NHS Foundation Trust"),
                                ("EEAST", "East of England Ambulance Service NHS Trust"),
                                ("SCC", "Suffolk County Council")], 9):
        key.cell(i, 1, k)
        key.cell(i, 2, v)
    wb.save(out("tf-suffolk-constabulary-right-care-right-person-implementation-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_dsfrs()
    make_gp()
    make_medway()
    make_chp()
    make_orr()
    make_school()
    make_suffolk()
    print("built 7 files")
