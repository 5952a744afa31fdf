"""Generator for the bf2- blind cases (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python bf2_make.py ; writes the seven document files beside this script.
Each action tuple carries the cells as displayed; the trailing x_* fields are the hand reading used for
the expected.yaml files (not used to build the documents).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


# ---------------------------------------------------------------------------------------------
# 1. Rother District Council - Strategic Risk Register Q3 2024/25 (xlsx)
# ---------------------------------------------------------------------------------------------
ROTHER = [
    ("SR1 - Financial sustainability: failure to set a balanced budget and deliver the Medium Term Financial Plan", [
        ("SR1.1", "Deliver the Financial Stability Programme savings of £1.2m identified for 2025/26",
         "Director - Resources", D(2025, 3, 31),
         "£780k of savings identified and agreed by Cabinet in December. Remaining proposals go to February Cabinet with the draft budget.",
         "Amber"),
        ("SR1.2", "Review the reserves strategy and the minimum level of general reserves as part of budget setting",
         "Chief Finance Officer", D(2025, 2, 28),
         "Reserves review drafted and discussed with Members at the budget workshop on 9 January.", "Green"),
        ("SR1.3", "Complete the annual review of fees and charges", "Head of Finance", D(2024, 12, 31),
         "Fees and charges approved by Cabinet 2 December 2024.", "Complete"),
    ]),
    ("SR2 - Temporary accommodation: demand for and cost of temporary accommodation exceed the budget", [
        ("SR2.1", "Acquire 30 additional units of council-owned temporary accommodation through the Temporary Accommodation Acquisition Programme",
         "Head of Housing and Community", D(2026, 3, 31),
         "18 units acquired to date; a further 4 properties under offer. Programme timescale extended by Cabinet.",
         "Amber"),
        ("SR2.2", "Embed the revised homelessness prevention pathway, including early contact with private sector landlords where a notice is served",
         "Housing Needs Manager", "Ongoing",
         "Prevention outcomes up from 41% to 48% this quarter.", "Green"),
        ("SR2.3", "Agree a joint protocol with East Sussex County Council for 16 and 17 year olds presenting as homeless",
         "Head of Housing and Community / ESCC Head of Service", "30/06/2025 (revised from 30/09/2024)",
         "Draft protocol with ESCC legal. Sign-off delayed by changes to the county's duty service.", "Amber"),
    ]),
    ("SR3 - Cyber security: loss of systems or data following a cyber attack", [
        ("SR3.1", "Achieve Public Services Network (PSN) compliance following the 2024 IT health check",
         "ICT Manager", D(2025, 3, 1),
         "Remediation plan submitted to the Cabinet Office; 9 of 12 items closed.", "Green"),
        ("SR3.2", "All staff and councillors to complete mandatory cyber awareness training (target 95% completion)",
         "JW / AK", D(2025, 1, 31),
         "Staff completion 78%; councillor completion 52%. Reminder issued by the Chief Executive and Group Leaders.",
         "Red"),
        ("SR3.3", "Test the ICT disaster recovery plan with a full failover exercise",
         "ICT Manager", "Q4 2024/25", "Exercise to be scheduled once the new backup appliance is installed.",
         "Not started"),
    ]),
]


def make_rother(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2024-25"
    ws["A1"] = "Rother District Council - Strategic Risk Register, Quarter 3 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = ("Reviewed by the Corporate Management Team on 14 January 2025. Mitigating actions and progress "
                "as at 31 December 2024.")
    heads = ["Ref", "Mitigating action", "Action owner", "Target date", "Progress update (Q3)", "RAG"]
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    for risk, acts in ROTHER:
        r += 1
        ws.cell(r, 1, risk).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = fill(GREY)
        for ref, act, lead, end, prog, rag in acts:
            r += 1
            vals = [ref, act, lead, end, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            if isinstance(end, dt.date):
                ws.cell(r, 4).number_format = "mmm-yy" if end.day == 1 else "dd/mm/yyyy"
            rc = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}.get(rag)
            if rc:
                ws.cell(r, 6).fill = fill(rc)
        r += 1  # blank row between risks
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (w, c) in enumerate([("Red", RED), ("Amber", AMBER), ("Green", GREEN), ("Complete", BLUE)]):
        ws.cell(r + 1 + i, 1, w).fill = fill(c)
    ws.cell(r + 1, 2, "Action overdue or not expected to be delivered")
    ws.cell(r + 2, 2, "Some slippage; action may not be delivered by the target date")
    ws.cell(r + 3, 2, "On track to be delivered by the target date")
    ws.cell(r + 4, 2, "Action complete")
    for col, w in zip("ABCDEF", [9, 60, 26, 22, 60, 12]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 2. Gloucestershire Hospitals NHS FT - Trust Board (Public) action log (xlsx)
# ---------------------------------------------------------------------------------------------
GHNHS = [
    ("PB/24/061", D(2024, 11, 14),
     "Provide a breakdown of 12-hour waits in ED by age group and frailty score to the Quality and Performance Committee",
     "Chief Operating Officer", D(2025, 1, 16),
     "Breakdown presented to QPC on 16 January 2025. Propose closure.", "Complete"),
    ("PB/24/064", D(2024, 11, 14),
     "Circulate the revised Board Assurance Framework risk appetite statements to non-executive directors for comment",
     "Director of Integrated Governance", D(2024, 12, 13),
     "Circulated 10 December; comments received from four NEDs and reflected in the January BAF.", "Complete"),
    ("PB/25/003", D(2025, 1, 9),
     "Bring a paper on the financial impact of the corridor care standard operating procedure",
     "Chief Finance Officer / Chief Operating Officer", D(2025, 3, 13),
     "Costing work under way with the divisions; paper scheduled for the March Board.", "On track"),
    ("PB/25/005", D(2025, 1, 9),
     "Include staff turnover by staff group and division in the People and OD section of the Integrated Performance Report",
     "MH", "Mar-25",
     "Data now available from ESR; to be added to the IPR from the March report.", "On track"),
    ("PB/25/007", D(2025, 1, 9),
     "Share the findings of the maternity triage audit with the Board and set out the actions agreed by the Maternity Safety Champions",
     "Director of Midwifery", D(2025, 2, 13),
     "Audit report delayed awaiting validation of February data. Will come to the April Board.", "Red"),
    ("PB/25/011", D(2025, 1, 9),
     "Arrange a Board development session on the Patient Safety Incident Response Framework",
     "KS", D(2025, 4, 10),
     "Date to be confirmed with the Chair's office; external facilitator identified.", "Amber"),
    ("PB/25/014", D(2025, 2, 13),
     "Write to the ICB setting out the Trust's position on the 2025/26 elective activity plan",
     "Chief Executive", D(2025, 2, 28),
     "Letter sent 24 February 2025.", "Complete"),
    ("PB/25/016", D(2025, 2, 13),
     "Review the format of the patient story and agree how learning is followed up and reported back to the Board",
     "Chief Nursing Officer / Director of Quality", D(2025, 5, 8),
     "Proposal being drafted with the Patient Experience team.", "On track"),
]


def make_ghnhs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Trust Board (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Gloucestershire Hospitals NHS Foundation Trust - updated following the meeting of 13 February 2025"
    heads = ["Action No.", "Meeting Date", "Action", "Lead", "Due Date", "Update", "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("DCE6F1")
        cell.border = BOX
    r = 4
    sfill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Red": RED}
    for row in GHNHS:
        r += 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.date):
                cell.number_format = "dd-mmm-yy"
        ws.cell(r, 7).fill = fill(sfill[row[6]])
    r += 2
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Complete - action complete, proposed for closure at this meeting")
    ws.cell(r + 2, 1, "On track - due date not yet reached")
    ws.cell(r + 3, 1, "Amber - at risk of missing the due date")
    ws.cell(r + 4, 1, "Red - overdue")
    for col, w in zip("ABCDEFG", [12, 13, 60, 28, 12, 55, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 3. Bolton SAB - SAR 'Adult J' multi-agency action plan (docx)
# ---------------------------------------------------------------------------------------------
BOLTON = [
    ("Recommendation 1: Bolton SAB should seek assurance that partner agencies recognise self-neglect and "
     "apply the multi-agency self-neglect guidance where a person repeatedly declines care and support.", [
        ("1.1", "Relaunch the multi-agency self-neglect and hoarding guidance with a seven-minute briefing and practitioner events",
         "SAB Business Manager", "March 2025",
         "Seven-minute briefing published November 2024. Two practitioner events held (86 attendees).", "G"),
        ("1.2", "Audit a sample of 20 self-neglect concerns to test whether the guidance was followed",
         "Principal Social Worker (ASC) / Named Nurse Safeguarding Adults", "Sept 2024 – March 2025",
         "Audit tool agreed at the QA subgroup; case selection complete.", "A"),
    ]),
    ("Recommendation 2: Partners should ensure that mental capacity assessments are completed and recorded where "
     "there is reason to doubt a person's capacity to make a specific decision about their care.", [
        ("2.1", "Deliver Mental Capacity Act refresher training for front-line staff, including executive capacity",
         "Bolton NHS FT Safeguarding Adults Lead", "31/12/2024",
         "Training delivered to 212 staff across community and acute services.", "B"),
        ("2.2", "Introduce a capacity assessment template on the adult social care recording system",
         "Head of Service – Adult Social Care", "30/04/2025",
         "Template built in the test environment; go-live planned for April.", "G"),
        ("2.3", "Report MCA compliance to the SAB Performance and Quality Assurance Subgroup each quarter",
         "Chair of PQA Subgroup", "Quarterly",
         "First report received in January 2025.", "G"),
    ]),
    ("Recommendation 3: GMP and Bolton Council should review how concerns raised by neighbours and family members are "
     "recorded and escalated when the adult is not known to services.", [
        ("3.1", "Review the police vulnerability (PVP) referral pathway to adult social care for adults not open to services",
         "GMP – DI Public Protection", "June 2025",
         "Review started; joint dip sample with the Integrated Front Door planned for May.", "A"),
        ("3.2", "Publish guidance for the public on how to raise a concern about an adult who may be at risk",
         "SAB Business Manager / Communications Officer", "31/03/2025",
         "Not yet started – awaiting the outcome of action 3.1.", "R"),
    ]),
]


def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


def make_bolton(path):
    doc = Document()
    landscape(doc)
    doc.add_heading("SAR Adult J: Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Bolton Safeguarding Adults Board  |  Version 3 – updated January 2025")
    doc.add_paragraph(
        "This action plan responds to the three recommendations of the Safeguarding Adults Review concerning "
        "Adult J, published in July 2024. Progress is monitored by the SAR Subgroup and reported to the Board "
        "each quarter.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = h
    for row in [("1", "29/07/2024", "SAB Business Manager", "First draft agreed by SAR Subgroup"),
                ("2", "14/10/2024", "SAB Business Manager", "Q2 progress added"),
                ("3", "20/01/2025", "SAB Business Manager", "Q3 progress added")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead agency / officer", "Target date", "Progress update", "RAG"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "B4C6E7")
    for rec, acts in BOLTON:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "E7E6E6")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            shade(cells[5], FILL[{"R": "red", "A": "amber", "G": "green", "B": "blue"}[a[5]]])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B – Complete; G – On track; A – Some slippage, action in hand; R – Off track / not started and overdue risk")
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# 4. Tameside CSP - DHR 'Anna' action plan, Home Office template saved as CSV
# ---------------------------------------------------------------------------------------------
TAMESIDE_HDR = ["No.", "Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
                "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
                "Date of completion and Outcome", "Status"]
TAMESIDE = [
    ("1. All agencies should ensure that routine enquiry about domestic abuse is made when a patient or client discloses "
     "low mood, anxiety or alcohol misuse.", "Local", [
        ("1a", "Audit the use of routine enquiry in primary care mental health consultations",
         "NHS Greater Manchester (Tameside locality)", "Audit tool agreed; 6 practices signed up",
         "31/03/2025", "", "On track"),
        ("1b", "Include routine enquiry in the Tameside and Glossop adult mental health induction",
         "Pennine Care NHS FT", "Induction pack amended", "30/11/2024",
         "Completed 12/11/2024 – included in all inductions from November", "Complete"),
    ]),
    ("2. Tameside CSP should raise awareness of economic abuse among staff in housing, benefits and debt advice services.",
     "Local", [
        ("2a", "Deliver economic abuse training to frontline staff in partnership with Surviving Economic Abuse",
         "Tameside Council – Community Safety", "Two sessions booked", "Jun-25", "", "Amber"),
        ("2b", "Add economic abuse indicators to the housing options triage form", "Jigsaw Homes / Tameside Council Housing Options",
         "", "31/03/2025", "", "Not started"),
    ]),
    ("3. Greater Manchester Police should review how repeat calls to the same address are identified where the caller "
     "does not describe the incident as domestic abuse.", "Regional", [
        ("3a", "Review the call-handling repeat location flag and report findings to the DHR panel",
         "Greater Manchester Police", "Initial findings shared with the panel in December",
         "Ongoing – reviewed quarterly", "", "On track"),
    ]),
    ("4. The DHR learning should be shared widely across the partnership.", "Local", [
        ("4a", "Publish a learning briefing and hold a learning event for practitioners",
         "Tameside CSP / Tameside Safeguarding Adults Board", "Briefing drafted", "September 2025", "", "On track"),
        ("4b", "Provide the family with an update on the implementation of the action plan",
         "DHR Chair", "", "31/10/2024", "Completed 21/10/2024 – letter sent to the family via their advocate", "Complete"),
    ]),
]


def make_tameside(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["DHR 'Anna' – Action Plan"] + [""] * 8)
        w.writerow(["Tameside Community Safety Partnership – updated January 2025"] + [""] * 8)
        w.writerow([""] * 9)
        w.writerow(TAMESIDE_HDR)
        for rec, scope, acts in TAMESIDE:
            for i, (no, act, lead, ms, tgt, done, st) in enumerate(acts):
                w.writerow([no, rec if i == 0 else "", scope if i == 0 else "", act, lead, ms, tgt, done, st])


# ---------------------------------------------------------------------------------------------
# 5. Walsall Healthcare NHS Trust - maternity and neonatal highlight report (docx, fill-only RAG)
# ---------------------------------------------------------------------------------------------
WALSALL = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "Launch the Maternity and Neonatal Voices Partnership 15 Steps walk-round and act on its findings",
         "Director of Midwifery", "31/01/2025", "Walk-round completed 22 January; report received and actions agreed.", "blue"),
        ("1.2", "Provide interpreting access on all maternity triage calls through the telephone interpreting service",
         "Head of Midwifery / Digital Midwife", "March 2025", "Procurement complete; staff briefings under way.", "green"),
        ("1.3", "Review the birth reflections service and reduce the waiting time to under six weeks",
         "Consultant Midwife", "Q1 2025/26", "Current wait 11 weeks. Additional sessions funded from April.", "amber"),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "Complete the midwifery workforce establishment review (Birthrate Plus) and present to the People Committee",
         "Director of Midwifery", "28/02/2025", "Review complete; paper to People Committee 27 February.", "green"),
        ("2.2", "Achieve 90% compliance with PROMPT multi-professional training for all staff groups",
         "SB", "31/03/2025", "Midwives 94%, obstetricians 81%, anaesthetists 72%.", "red"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "Embed PSIRF learning responses in maternity, with a monthly learning bulletin for staff",
         "Maternity Governance Lead", "Ongoing", "Bulletins issued monthly since October.", "green"),
        ("3.2", "Hold quarterly perinatal culture and leadership (quad) development sessions",
         "Clinical Director – Obstetrics / Director of Midwifery", "Dec 2024 – June 2025",
         "Two of four sessions held.", "green"),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("4.1", "Meet all ten Maternity Incentive Scheme (CNST) safety actions for Year 6",
         "Head of Midwifery", "29/11/2024", "Board declaration submitted; all ten safety actions met.", "blue"),
        ("4.2", "Implement Saving Babies' Lives Care Bundle v3 element 2 (fetal growth restriction) to 80% compliance",
         "Fetal Medicine Lead Consultant", "30/06/2025", "Compliance 63% at last audit. Scan capacity remains the main constraint.", "amber"),
    ]),
]


def make_walsall(path):
    doc = Document()
    landscape(doc)
    doc.add_heading("Maternity and Neonatal Safety Improvement Plan – Highlight Report", level=1)
    doc.add_paragraph("Walsall Healthcare NHS Trust  |  Report to Quality Committee, February 2025")
    doc.add_paragraph(
        "The plan brings together the actions the service has agreed against the four themes of the Three-Year "
        "Delivery Plan for Maternity and Neonatal Services. This report gives progress at the end of January 2025; "
        "the RAG rating of each action is shown by the colour of its final column.")
    doc.add_heading("Summary", level=2)
    st = doc.add_table(rows=1, cols=5)
    st.style = "Table Grid"
    for c, h in zip(st.rows[0].cells, ["Theme", "Complete", "On track", "At risk", "Off track"]):
        c.text = h
    for row in [("Theme 1", "1", "1", "1", "0"), ("Theme 2", "0", "1", "0", "1"),
                ("Theme 3", "0", "2", "0", "0"), ("Theme 4", "1", "0", "1", "0"), ("Total", "2", "4", "2", "1")]:
        for c, v in zip(st.add_row().cells, row):
            c.text = v
    for theme, acts in WALSALL:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due date", "Progress this period", "RAG"]):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for ref, act, lead, due, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, due, prog, ""]):
                c.text = v
            shade(cells[5], FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – complete and evidenced; Green – on track; Amber – at risk of delay; Red – off track")
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# 6. Medway NHS FT - CQC must do / should do action plan (xlsx) with a mistyped month -> refuse
# ---------------------------------------------------------------------------------------------
MEDWAY = [
    ("MUST DO – Urgent and emergency care", [
        ("MD1", "The trust must ensure that patients in the emergency department receive timely initial assessment and triage.",
         "Introduce a streaming nurse at the front door 08:00-00:00 and audit time to triage weekly",
         "Chief Operating Officer", D(2024, 10, 31), None, "Streaming nurse in post; median time to triage 14 minutes in January.", "Green"),
        ("MD2", "The trust must ensure that medicines are stored securely and at the correct temperature.",
         "Install temperature monitoring on all ED medicine fridges and add checks to the daily safety huddle",
         "Chief Pharmacist", D(2024, 9, 30), None, "Monitoring installed; weekly pharmacy audit shows 100% compliance.", "Complete"),
        ("MD3", "The trust must ensure that staff complete mandatory safeguarding training to the required level.",
         "Release ED nursing staff for Level 3 safeguarding children training through protected study days",
         "Head of Nursing – Urgent Care", D(2025, 3, 31), "Ocotber 2025", "Compliance 71% against 90%. Revised date agreed at the Quality Assurance Committee.", "Amber"),
    ]),
    ("MUST DO – Medical care", [
        ("MD4", "The trust must ensure that mental capacity assessments are completed and recorded for patients who lack capacity.",
         "Roll out the electronic MCA template on the medical wards and audit monthly",
         "Deputy Chief Nurse", D(2025, 1, 31), None, "Template live on 12 of 14 wards.", "Amber"),
    ]),
    ("SHOULD DO", [
        ("SD1", "The trust should ensure that patients are offered food and drink while waiting in the emergency department.",
         "Introduce hourly comfort rounds, including food and drink, for patients waiting over four hours",
         "Matron – ED", D(2024, 11, 30), None, "Comfort rounds in place; 89% recorded in January audit.", "Green"),
        ("SD2", "The trust should continue to improve discharge planning so patients are discharged earlier in the day.",
         "Extend the discharge lounge opening hours and embed criteria-led discharge on all medical wards",
         "Director of Patient Flow", D(2025, 6, 30), None, "Discharge lounge open until 20:00 from February.", "Green"),
    ]),
]


def make_medway(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Medway NHS Foundation Trust – Urgent and Emergency Care and Medical Care (inspected June 2024, report published September 2024)"
    ws["A3"] = "Position as at 31 January 2025"
    heads = ["Ref", "CQC requirement", "Action", "Lead", "Target Date", "Revised Target Date", "Progress update", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    rf = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    bad_row = None
    for sec, acts in MEDWAY:
        r += 1
        ws.cell(r, 1, sec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = fill("DDEBF7")
        for ref, req, act, lead, tgt, rev, prog, rag in acts:
            r += 1
            for c, v in enumerate([ref, req, act, lead, tgt, rev, prog, rag], 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(rf[rag])
            if rev == "Ocotber 2025":
                bad_row = r
    assert bad_row == 9, bad_row
    for col, w in zip("ABCDEFGH", [7, 50, 50, 26, 13, 15, 50, 11]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 7. Swindon Safeguarding Partnership - LCSPR 'Child P' action plan, tab-separated export (txt)
# ---------------------------------------------------------------------------------------------
SWINDON_HDR = ["Finding", "Ref", "Action", "Lead", "Timescale", "Update", "RAG"]
SWINDON = [
    ("Finding 1: Professional curiosity about men in the household", [
        ("1.1", "Develop a 'Seeing the Unseen Men' practice guide and add it to the partnership's multi-agency training offer",
         "Partnership Business Manager", "Dec-24", "Guide published 2 December; included in the spring training calendar.", "Complete"),
        ("1.2", "Health visiting and school nursing to record details of all adults living in or regularly visiting the household at each contact",
         "Named Nurse Safeguarding Children, HCRG Care Group", "31/03/2025", "Template updated; audit booked for April.", "Green"),
    ]),
    ("Finding 2: Information sharing between schools and early help", [
        ("2.1", "Schools to record and share attendance concerns with the Early Help hub using the revised request for support form",
         "Head of Education Inclusion / Early Help Service Manager", "Spring term 2025",
         "Form revised; DSL network briefed in January.", "Green"),
        ("2.2", "Audit a sample of early help closures where the child had persistent absence",
         "Early Help Service Manager", "30/06/2025", "Audit scope agreed at the QA subgroup.", "Amber"),
    ]),
    ("Finding 3: Escalation where professionals disagree", [
        ("3.1", "Relaunch the multi-agency escalation (resolving professional differences) policy with a seven-minute briefing",
         "Partnership Business Manager", "31/01/2025", "Briefing drafted but launch delayed by policy review.", "Red"),
        ("3.2", "Report escalation data to the Safeguarding Partnership Executive each quarter",
         "Chair of Performance Subgroup", "Quarterly", "First report due at the March Executive.", "Green"),
        ("3.3", "Wiltshire Police to remind supervisors of the escalation policy via the public protection newsletter",
         "DI Public Protection Unit", "Nov 2024", "Newsletter article issued November 2024.", "Complete"),
    ]),
]


def make_swindon(path):
    lines = ["Child P LCSPR – Multi-agency Action Plan",
             "Swindon Safeguarding Partnership",
             "Exported from the action tracker 10/02/2025",
             "",
             "\t".join(SWINDON_HDR)]
    for finding, acts in SWINDON:
        for a in acts:
            lines.append("\t".join([finding] + list(a)))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "bf2-rother-dc-strategic-risk-register-q3-2024-25.xlsx": make_rother,
    "bf2-gloucestershire-hospitals-nhsft-trust-board-action-log.xlsx": make_ghnhs,
    "bf2-bolton-sab-sar-adult-j-action-plan.docx": make_bolton,
    "bf2-tameside-csp-dhr-anna-action-plan.csv": make_tameside,
    "bf2-walsall-healthcare-maternity-neonatal-highlight-report.docx": make_walsall,
    "bf2-medway-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx": make_medway,
    "bf2-swindon-scp-lcspr-child-p-action-plan.txt": make_swindon,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
