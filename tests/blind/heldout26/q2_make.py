"""Generate the q2- blind-corpus documents (run with /work/main/.venv/bin/python)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))


def P(name):
    return os.path.join(OUT, name)


D = dt.datetime
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
ORANGE, YELLOW = "F79646", "FFFF00"
HEAD, GREY = "1F4E79", "D9D9D9"


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. NHS Forth Valley – HIS Safe Delivery of Care improvement action plan (xlsx)
# ---------------------------------------------------------------------------
def forth_valley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = ("NHS Forth Valley – Forth Valley Royal Hospital: Safe Delivery of Care "
                "Inspection Improvement Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Healthcare Improvement Scotland unannounced inspection, 18–20 October 2022 "
                "(report published 26 January 2023).")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress update for the Clinical Governance Committee, 16 May 2023"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    hdr = ["Requirement", "Action reference", "Action planned", "Timescale to meet action",
           "Responsibility for taking action", "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    data = [
        ("DOMAIN", "Domain 1 – Clear vision and purpose"),
        ("REQ", "Requirement 1: NHS Forth Valley must ensure that patients are cared for in areas that "
                "are safe and appropriate to their needs, including when additional beds are placed in "
                "wards (contingency beds).", [
            ("1.1", "Complete a risk assessment for every contingency bed space, approved by the Senior "
                    "Charge Nurse and reviewed daily at the site safety huddle.",
             D(2023, 1, 31), "Director of Acute Services",
             "Risk assessments in place for all 34 contingency spaces; compliance checked at the 08:30 "
             "safety huddle.", "Complete"),
            ("1.2", "Develop and implement a standard operating procedure for the use of contingency beds, "
                    "including patient selection criteria.",
             D(2023, 6, 30), "Associate Director of Nursing (Acute)",
             "Draft SOP consulted on with Senior Charge Nurses; due at the Acute Services Quality Group "
             "in June.", "On track"),
        ]),
        ("DOMAIN", "Domain 4.1 – Pathways, procedures and policies"),
        ("REQ", "Requirement 2: NHS Forth Valley must ensure that all patient documentation, including "
                "fluid balance charts and food record charts, is accurately and consistently completed.", [
            ("2.1", "Introduce weekly documentation audits using the Excellence in Care framework in all "
                    "acute adult wards.",
             "Immediate and ongoing", "Senior Charge Nurses / Lead Nurse – Excellence in Care",
             "Weekly audits running in 22 of 24 wards; results shared at the monthly Senior Charge Nurse "
             "forum.", "On track"),
            ("2.2", "Deliver fluid balance and nutrition documentation training to registered nurses and "
                    "healthcare support workers.",
             D(2023, 9, 30), "Practice Development Manager",
             "41% of ward staff trained to date. Release of staff for training remains difficult due to "
             "site pressures.", "At risk"),
        ]),
        ("REQ", "Requirement 3: NHS Forth Valley must ensure that all staff comply with hand hygiene and "
                "the correct use of personal protective equipment.", [
            ("3.1", "Increase the frequency of hand hygiene and PPE audits to weekly in all areas scoring "
                    "below 95%.",
             D(2023, 2, 28), "Infection Prevention and Control Manager",
             "Weekly audits in place since February; all areas now above 95% for three consecutive "
             "months.", "Complete"),
        ]),
        ("DOMAIN", "Domain 4.3 – Workforce planning"),
        ("REQ", "Requirement 4: NHS Forth Valley must ensure that there are systems and processes in place "
                "to provide safe staffing levels and a skill mix that meets the needs of patients.", [
            ("4.1", "Run the nursing and midwifery workload tools for all adult inpatient wards and report "
                    "the results to the Staff Governance Committee.",
             D(2023, 6, 30), "Director of Nursing",
             "Tool run completed in April; report being prepared for the June committee.", "On track"),
            ("4.2", "Implement the SafeCare real-time staffing module across the acute site.",
             D(2023, 12, 31), "Director of Nursing / Head of eHealth",
             "National rollout timetable has moved and a local go-live date has not been confirmed.",
             "Off track"),
        ]),
        ("DOMAIN", "Domain 5 – Delivery of care"),
        ("REQ", "Requirement 5: NHS Forth Valley must ensure that the emergency department is cleaned and "
                "maintained to a standard that supports effective infection prevention and control.", [
            ("5.1", "Agree an enhanced domestic cleaning schedule for the emergency department, including "
                    "overnight cover.",
             D(2023, 3, 31), "Head of Facilities",
             "Enhanced schedule with a 24/7 domestic presence in ED from 13 March 2023.", "Complete"),
            ("5.2", "Replace damaged trolleys and chairs identified at inspection and add estates defects "
                    "to the monthly environmental audit.",
             "Q2 2023/24", "Estates Manager (FVRH)",
             "Chairs replaced. Trolley replacement depends on capital funding for 2023/24.", "At risk"),
        ]),
    ]
    r = 6
    for item in data:
        if item[0] == "DOMAIN":
            ws.cell(r, 1, item[1]).font = BOLD
            for col in range(1, 8):
                ws.cell(r, col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        _, req, acts = item
        first = r
        for ref, act, when, who, prog, st in acts:
            ws.cell(r, 2, ref)
            ws.cell(r, 3, act)
            c = ws.cell(r, 4, when)
            if isinstance(when, dt.datetime):
                c.number_format = "d mmmm yyyy"
            ws.cell(r, 5, who)
            ws.cell(r, 6, prog)
            s = ws.cell(r, 7, st)
            s.fill = fill(status_fill[st])
            for col in range(1, 8):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            r += 1
        ws.cell(first, 1, req).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Status key").font = BOLD
    for label, meaning in [("Complete", "Action completed and evidence held"),
                           ("On track", "Action progressing and expected to meet timescale"),
                           ("At risk", "Action at risk of missing timescale"),
                           ("Off track", "Timescale will not be met; escalated to the Director of Nursing")]:
        r += 1
        c = ws.cell(r, 1, label)
        c.fill = fill(status_fill[label])
        ws.cell(r, 2, meaning)
    for col, w in zip("ABCDEFG", [48, 11, 52, 18, 30, 50, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(P("q2-forth-valley-his-sdoc-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Conwy – CIW Performance Evaluation Inspection of adult services (docx)
# ---------------------------------------------------------------------------
def conwy():
    doc = Document()
    doc.add_paragraph("Performance Evaluation Inspection of Adult Services – Action Plan", style="Title")
    doc.add_paragraph("Conwy County Borough Council – Social Care. Care Inspectorate Wales inspection "
                      "6–10 March 2023; report published 13 June 2023.")
    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "30/06/2023", "Head of Adult Services", "First draft for SMT"),
                ("1.0", "18/07/2023", "Head of Adult Services", "Approved by Cabinet"),
                ("1.3", "15/01/2024", "Performance and Improvement Officer", "Progress update for Social Care and Health Overview and Scrutiny Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph(
        "CIW carried out a Performance Evaluation Inspection of adult services in March 2023. The report "
        "recognised many strengths, including the commitment of staff and the council's community "
        "wellbeing hubs, and identified areas for improvement under each of the four principles of the "
        "Social Services and Well-being (Wales) Act 2014. This plan sets out how we will respond. Progress "
        "is monitored by the Social Care Senior Management Team and reported to scrutiny every six months.")
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    sections = [
        ("1. People – voice and control", [
            ("Carers are not consistently offered an assessment of their own needs, and the offer is not "
             "always recorded.", [
                ("1.1", "Introduce a mandatory prompt in WCCIS to record the offer of a carer's assessment "
                        "at every 'What Matters' conversation.", "WCCIS Systems Lead", "September 2023",
                 "Complete"),
                ("1.2", "Commission NEWCIS to complete carers' assessments on the council's behalf and "
                        "report numbers quarterly.", "Commissioning Manager", "March 2024", "Green"),
            ]),
            ("The active offer of advocacy, including IMCA and IPA, is not consistently considered or "
             "recorded.", [
                ("1.3", "Refresh practice guidance on the active offer of advocacy and brief all adult "
                        "social work teams.", "Principal Social Worker", "December 2023", "Amber"),
            ]),
        ]),
        ("2. Prevention", [
            ("People wait too long for an Occupational Therapy assessment.", [
                ("2.1", "Recruit two additional Occupational Therapists and an OT assistant on fixed-term "
                        "contracts.", "Head of Adult Services", "Q3 2023/24", "Amber"),
                ("2.2", "Introduce a trusted assessor model for minor adaptations with Cartrefi Conwy.",
                 "OT Team Manager / Housing Adaptations Manager", "Q4 2023/24", "Green"),
            ]),
        ]),
        ("3. Well-being", [
            ("The timeliness of Deprivation of Liberty Safeguards (DoLS) assessments needs to improve.", [
                ("3.1", "Clear the backlog of DoLS assessments awaiting allocation, prioritising cases "
                        "using the ADASS screening tool.", "DoLS Team Manager", "31/01/2024", "Red"),
                ("3.2", "Prepare for the Liberty Protection Safeguards through the North Wales regional "
                        "implementation group.", "Head of Adult Services", "Ongoing", "Green"),
            ]),
        ]),
        ("4. Partnerships and integration", [
            ("Hospital discharge arrangements with Betsi Cadwaladr University Health Board are not always "
             "timely or well co-ordinated.", [
                ("4.1", "Agree a joint Discharge to Recover then Assess (D2RA) pathway with BCUHB for the "
                        "central area.", "Head of Integrated Services (Conwy/BCUHB)", "June 2024", "Green"),
                ("4.2", "Attend the daily discharge huddle at Ysbyty Glan Clwyd and escalate delays to "
                        "senior managers; review delayed transfers of care at the monthly integrated "
                        "services meeting.", "Hospital Social Work Team Manager", "Monthly", "Green"),
            ]),
        ]),
    ]
    hdr = ["Ref", "Area for improvement (CIW)", "Action", "Lead officer", "Timescale", "RAG"]
    for heading, areas in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "DEEAF6")
        for area, acts in areas:
            first = None
            for ref, act, lead, when, rag in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], rag)
                shade(cells[5], rag_fill[rag])
                if first is None:
                    first = cells[1]
                    last = cells[1]
                else:
                    last = cells[1]
            merged = first.merge(last) if last is not first else first
            set_cell(merged, area)
        doc.add_paragraph()
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in [("Complete", "Action complete and impact being monitored"),
                          ("Green", "On track to be delivered within timescale"),
                          ("Amber", "Some slippage; mitigating action in place"),
                          ("Red", "Not on track; escalated to the Head of Adult Services")]:
        cells = t.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], rag_fill[word])
        set_cell(cells[1], meaning)
    doc.save(P("q2-conwy-ciw-pei-adults-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Buckinghamshire FRS – HMICFRS inspection report action plan (xlsx)
# ---------------------------------------------------------------------------
def bucks():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Action Plan"
    ws["A1"] = "Buckinghamshire Fire & Rescue Service – HMICFRS Inspection Report Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection 2019: Effectiveness – Requires improvement | Efficiency – Requires improvement "
                "| People – Good")
    ws["A3"] = "Progress as at 30 September 2020 – Overview and Audit Committee"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Pillar", "Type", "HMICFRS finding", "Action", "Action Owner", "Target Date",
           "Revised Target Date", "RAG", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    CFC = "Cause of concern – recommendation"
    AFI = "Area for improvement"
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    groups = [
        ("Effectiveness", [
            ("R1", CFC, "By 31 March 2020, the service should ensure it allocates enough resources to a "
                        "prioritised and risk-based inspection programme.",
             "Recruit and train four additional fire safety inspecting officers to deliver the risk-based "
             "inspection programme.", "Head of Protection & Assurance", D(2020, 3, 31), D(2020, 9, 30), "G",
             "All four officers in post. Two have completed the Level 4 Diploma; two are due to complete "
             "in October 2020."),
            ("R2", CFC, "By 31 March 2020, the service should ensure it has an effective system for "
                        "identifying high-risk premises and inspecting them at the frequency its policy sets.",
             "Revise the risk-based inspection programme (RBIP) methodology using CFRMIS and Experian "
             "premises data.", "Protection Manager", D(2020, 3, 31), None, "B",
             "Revised RBIP methodology approved by the Strategic Management Board in February 2020."),
            ("AFI1", AFI, "The service should evaluate its prevention work, so it understands the benefits "
                          "better.",
             "Introduce an evaluation framework for Home Fire Safety Visits, including a post-visit "
             "customer survey.", "Head of Prevention", D(2020, 6, 30), D(2020, 12, 31), "A",
             "Customer survey launched in July. Evaluation framework delayed because home visits were "
             "restricted during COVID-19."),
            ("AFI2", AFI, "The service should ensure that operational staff have good access to relevant and "
                          "up-to-date risk information.",
             "Complete the backlog of Site Specific Risk Information (SSRI) reviews for very high and high "
             "risk premises.", "GC S. Harding", D(2020, 12, 31), None, "G",
             "312 of 405 overdue SSRI reviews completed; on track for December."),
            ("AFI3", AFI, "The service should ensure it is well prepared to form part of a multi-agency "
                          "response to a community risk identified by the local resilience forum, including "
                          "a marauding terrorist attack.",
             "Take part in a Thames Valley LRF cross-border exercise with Royal Berkshire and Oxfordshire "
             "FRS.", "Area Manager Response", D(2021, 3, 31), None, "R",
             "Exercise postponed twice because of COVID-19; no new date has been agreed with the LRF."),
        ]),
        ("Efficiency", [
            ("AFI4", AFI, "The service should ensure it monitors, reviews and evaluates the benefits and "
                          "outcomes of any collaboration.",
             "Produce a collaboration benefits register and report it annually to the Fire Authority's "
             "Overview and Audit Committee.", "Head of Service Development", D(2021, 3, 31), None, "G",
             "Register drafted and populated for the Thames Valley Fire Control and blue-light estates "
             "collaborations."),
            ("AFI5", AFI, "The service should have effective measures in place to assess workforce "
                          "productivity and make sure staff use their time as efficiently as possible.",
             "Implement a workforce planning and productivity dashboard in Power BI.",
             "Head of Human Resources / Data Intelligence Manager", D(2020, 12, 31), D(2021, 3, 31), "A",
             "Dashboard prototype built; data feed from the rostering system still to be automated."),
        ]),
        ("People", [
            ("AFI6a", AFI, "The service should improve the way it engages with staff, including on-call "
                           "staff, on issues and decisions that affect them.",
             "Strategic Management Board members to visit every station, including on-call stations, each "
             "quarter.", "Chief Fire Officer", "Quarterly", None, "G",
             "Visits moved to Teams during lockdown; physical visits resumed in September."),
            ("AFI6b", AFI, None,
             "Carry out an all-staff survey and publish a 'you said, we did' response.",
             "Head of Human Resources", D(2020, 11, 30), None, "B",
             "Survey closed in August with a 58% response rate; 'you said, we did' published on the "
             "intranet in September."),
        ]),
    ]
    r = 6
    for pillar, rows in groups:
        gfirst = r
        prev_find_row = None
        for ref, typ, finding, act, owner, tgt, rev, rag, prog in rows:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, typ)
            if finding is not None:
                ws.cell(r, 4, finding)
                prev_find_row = r
            else:
                ws.merge_cells(start_row=prev_find_row, start_column=4, end_row=r, end_column=4)
            ws.cell(r, 5, act)
            ws.cell(r, 6, owner)
            c = ws.cell(r, 7, tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 8, rev).number_format = "dd/mm/yyyy"
            c = ws.cell(r, 9, rag)
            c.fill = fill(rag_fill[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 10, prog)
            for col in range(1, 11):
                ws.cell(r, col).border = BOX
                if col != 9:
                    ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(gfirst, 2, pillar).font = BOLD
        ws.cell(gfirst, 2).alignment = Alignment(vertical="center", text_rotation=90)
        ws.merge_cells(start_row=gfirst, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key:").font = BOLD
    for letter, meaning in [("B", "Complete"), ("G", "On track to meet target date"),
                            ("A", "At risk of missing target date"),
                            ("R", "Target date missed or will not be met")]:
        r += 1
        c = ws.cell(r, 1, letter)
        c.fill = fill(rag_fill[letter])
        ws.cell(r, 2, meaning)
    for col, w in zip("ABCDEFGHIJ", [8, 8, 18, 46, 46, 22, 12, 12, 6, 46]):
        ws.column_dimensions[col].width = w
    wb.save(P("q2-bucks-fire-hmicfrs-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Shropshire – SEND Accelerated Progress Plan progress review (csv, refuse)
# ---------------------------------------------------------------------------
def shropshire():
    A1 = ("Significant waiting times for large numbers of children and young people on the ASD and ADHD "
          "diagnostic pathways")
    A2 = ("Significant waiting times for those needing assessment and treatment from the speech and "
          "language therapy service")
    A3 = ("Inconsistency in the quality of input from education, health and care into EHC assessment and "
          "planning")
    SLT = "SLT Service Lead (Shropshire Community Health NHS Trust)"
    rows = [
        [A1, "1.1", "Commission additional neurodevelopmental assessment capacity from an independent "
                    "provider to reduce the backlog", "Deputy Director of Commissioning (STW ICB)",
         "31/12/2023", "Amber", "Contract awarded in August; first assessments started in September but "
                                "mobilisation has been slower than planned."],
        ["", "1.2", "Launch a 'waiting well' offer for families, including parent workshops and a "
                    "neurodiversity information hub on the Local Offer", "SEND Partnership Manager",
         "Sept 2023", "Complete", "Hub live on the Local Offer since 4 September; five parent workshops "
                                  "delivered."],
        ["", "1.3", "Report monthly waiting-list data by age and pathway to the SEND and AP Partnership "
                    "Board", "Head of Performance (STW ICB)", "Monthly", "Green",
         "Dataset presented to the Board in August and October."],
        [A2, "2.1", "Recruit to 4.0 WTE vacant speech and language therapist posts, including an "
                    "international recruitment campaign", SLT, "31/03/2024", "Amber",
         "Two posts filled; international candidates expected to start in January."],
        ["", "2.2", "Roll out Early Language Identification Measure (ELIM) training to all early years "
                    "settings", "Early Years Manager / SLT Service Lead", "31/03/2042", "Green",
         "Training delivered to 62 settings; remaining settings booked for the spring term."],
        ["", "2.3", "Introduce a weekly SLT advice line for parents and settings while children wait for "
                    "assessment", SLT, "Nov-23", "Green", "Advice line pilot starts on 6 November."],
        [A3, "3.1", "Introduce a multi-agency EHCP quality assurance framework with monthly moderation "
                    "panels", "Head of SEND & Inclusion", "Nov-23", "Green",
         "Framework agreed; first moderation panel held on 19 October."],
        ["", "3.2", "Deliver training on writing SMART outcomes to SENCOs, health practitioners and social "
                    "workers", "Principal Educational Psychologist", "Spring term 2024", "Green",
         "Programme designed with the Parent Carer Forum; dates published."],
        ["", "3.3", "Ensure social care advice is returned within six weeks for all EHC needs assessments",
         "Designated Social Care Officer", "31/01/2024", "Red",
         "Timeliness at 54% in September; escalated to the Head of Children's Social Work."],
    ]
    with open(P("q2-shropshire-send-app-progress.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Shropshire Local Area SEND Accelerated Progress Plan – Progress Review (October 2023)",
                    "", "", "", "", "", ""])
        w.writerow(["Area for improvement", "Ref", "Action", "Lead", "Milestone date", "RAG",
                    "Progress update"])
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 5. Velindre University NHS Trust – internal audit recommendations log (xlsx)
# ---------------------------------------------------------------------------
def velindre():
    wb = Workbook()
    ws = wb.active
    ws.title = "IA Log Jan 24"
    ws["A1"] = "Velindre University NHS Trust – Internal Audit Recommendations / Actions Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Update as at January 2024 – Audit Committee, 6 February 2024"
    ws["A4"] = "GUIDANCE NOTES – please use the appropriate fill colour in the Status column:"
    ws["A4"].font = BOLD
    key = [(RED, "Red – Implementation date passed, management action not complete"),
           (ORANGE, "Orange – Action not on target for completion by agreed/revised date"),
           (YELLOW, "Yellow – Action on target to be completed by agreed/revised date"),
           (GREEN, "Green – Action complete (to be removed from the log once verified by Internal Audit)")]
    for i, (col, text) in enumerate(key):
        ws.cell(5 + i, 1).fill = fill(col)
        ws.cell(5 + i, 2, text)
    hdr = ["Ref", "Date added", "Division", "Recommendation", "Priority", "Management Action Agreed",
           "Responsible Executive Lead / Management Lead", "Original Agreed Implementation Date",
           "Revised Implementation Date", "Status", "Progress"]
    HR = 10
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = BOLD
        c.fill = fill("B4C6E7")
        c.alignment = WRAP
        c.border = BOX
    groups = [
        ("Accounts Payable – Reasonable Assurance", [
            (142, D(2022, 6, 1), "Corporate",
             "Management must ensure that changes to supplier bank details are independently verified by "
             "telephone with a known contact before being processed.", "High",
             "Bank detail change procedure to be updated to require a call-back to a verified contact, with "
             "evidence retained on the supplier file.", "Director of Finance / Head of Financial Services",
             D(2022, 9, 30), None, GREEN,
             "Procedure updated and re-issued to the Accounts Payable team in August 2022; call-back "
             "evidence sampled by Finance in December 2023."),
        ]),
        ("Records Management – Limited Assurance", [
            (151, D(2022, 10, 1), "Corporate",
             "The Trust should complete an information asset register covering all divisions.", "High",
             "Information Asset Owners to be identified for each division and the Information Asset "
             "Register populated and approved by the Information Governance Steering Group.",
             "Head of Information Governance", D(2023, 3, 31), D(2024, 3, 31), ORANGE,
             "Register populated for corporate and WBS assets; VCS returns outstanding. Revised date agreed "
             "by Audit Committee in July 2023 but now unlikely to be met."),
        ]),
        ("Controlled Drugs – Reasonable Assurance", [
            (158, D(2022, 12, 1), "VCS",
             "Ward controlled drug registers must be checked and signed by two registrants at each stock "
             "check.", "Medium",
             "Controlled drug stock check compliance to be added to the monthly ward pharmacy audit, with "
             "non-compliance escalated to the Senior Nurse.", "Chief Pharmacist", D(2023, 3, 31), None,
             GREEN, "Added to the monthly audit from March 2023; 100% compliance for six consecutive months."),
        ]),
        ("Fire Safety Management – Reasonable Assurance", [
            (163, D(2023, 2, 1), "Corporate",
             "Fire risk assessments should be reviewed within the timescales set out in the Trust's Fire "
             "Safety Policy.", "Medium",
             "A schedule of fire risk assessment reviews to be maintained by the Fire Safety Adviser and "
             "overdue reviews reported to the Health, Safety and Fire Group.",
             "Head of Estates, Health and Safety", D(2023, 6, 30), None, RED,
             "Schedule in place, but 6 of 21 assessments at Velindre Cancer Centre remain overdue because "
             "of a vacancy in the Fire Safety Adviser post."),
        ]),
        ("Stock Management – Reasonable Assurance", [
            (166, D(2023, 4, 1), "WBS",
             "Monthly reconciliations of blood component stock between the blood establishment computer "
             "system and the physical count should be evidenced as reviewed.", "Medium",
             "Reconciliation template to be amended to include reviewer signature and date; reviews to be "
             "spot-checked by the Quality Assurance team.", "Head of Manufacturing / QA Manager",
             D(2023, 7, 31), D(2023, 12, 31), RED,
             "Template amended in September. QA spot checks have not yet started; revised date passed."),
        ]),
        ("Radiotherapy Equipment Replacement Programme – Reasonable Assurance", [
            (170, D(2023, 6, 1), "VCS",
             "A costed equipment replacement plan should be presented to the Strategic Capital Group.",
             "Medium",
             "Ten-year radiotherapy equipment replacement plan to be costed and submitted to the Strategic "
             "Capital Group.", "Head of Radiotherapy Physics", D(2023, 12, 31), D(2024, 4, 30), YELLOW,
             "Plan costed; to be submitted to the April meeting of the Strategic Capital Group."),
            (171, D(2023, 6, 1), "VCS",
             "Equipment maintenance contracts should be recorded on a single register showing expiry "
             "dates.", "Low",
             "Single maintenance contract register to be created for the Radiotherapy department and "
             "reviewed quarterly.", "Radiotherapy Services Manager", D(2023, 9, 30), None, GREEN,
             "Register created in September 2023 and first quarterly review held in December."),
        ]),
        ("Collection Team Rostering – Limited Assurance", [
            (175, D(2023, 9, 1), "WBS",
             "A rostering policy should be approved and applied consistently across all collection teams.",
             "High",
             "Rostering policy to be drafted in partnership with trade union colleagues and approved "
             "through the Local Partnership Forum.", "Head of Collection Services", D(2024, 3, 31), None,
             YELLOW, "Draft policy shared with trade union colleagues in December; LPF date booked for "
                     "March 2024."),
            (176, D(2023, 9, 1), "WBS",
             "Rosters should be published at least six weeks in advance.", "Medium",
             "Roster publication compliance to be reported monthly to the WBS Senior Management Team.",
             "Collection Services Manager", D(2024, 2, 29), None, ORANGE,
             "Reporting started in November; compliance at 61%, below target because of vacancies."),
        ]),
    ]
    r = HR + 1
    for audit, rows in groups:
        ws.cell(r, 1, audit).font = BOLD
        for col in range(1, 12):
            ws.cell(r, col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for ref, added, div, rec, pri, act, lead, orig, rev, st, prog in rows:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, added).number_format = "mmm-yy"
            ws.cell(r, 3, div)
            ws.cell(r, 4, rec)
            ws.cell(r, 5, pri)
            ws.cell(r, 6, act)
            ws.cell(r, 7, lead)
            ws.cell(r, 8, orig).number_format = "mmm-yy"
            if rev is not None:
                ws.cell(r, 9, rev).number_format = "mmm-yy"
            ws.cell(r, 10).fill = fill(st)
            ws.cell(r, 11, prog)
            for col in range(1, 12):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            r += 1
    for col, w in zip("ABCDEFGHIJK", [6, 9, 10, 44, 9, 46, 24, 13, 13, 8, 46]):
        ws.column_dimensions[col].width = w
    wb.save(P("q2-velindre-internal-audit-log.xlsx"))


# ---------------------------------------------------------------------------
# 6. Cwm Taf Morgannwg Safeguarding Board – Adult Practice Review action plan (docx)
# ---------------------------------------------------------------------------
def ctm():
    doc = Document()
    doc.add_paragraph("Cwm Taf Morgannwg Safeguarding Board – Adult Practice Review CTMSB 2/2022: "
                      "Multi-Agency Action Plan", style="Title")
    p = doc.add_paragraph()
    p.add_run("Version 4 – updated following the Adult Practice Review Sub-Group, 14 November 2023").italic = True
    doc.add_paragraph(
        "This action plan responds to the recommendations of the concise Adult Practice Review into the "
        "circumstances of Mr D, a 74-year-old man who died at home following a prolonged period of "
        "self-neglect. The plan was agreed by the Board on 8 December 2022. Each lead agency reports "
        "progress to the Adult Practice Review Sub-Group, which will recommend closure of actions to the "
        "Board once evidence of impact has been received.")
    hdr = ["No.", "Action", "Lead (agency)", "Target date", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "C5E0B3")
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Not started": "FFFFFF"}
    recs = [
        ("Recommendation 1: The Board should seek assurance that agencies recognise and respond to "
         "self-neglect in line with the Wales Safeguarding Procedures.", [
            ("1.1", "Deliver multi-agency self-neglect workshops for practitioners across the region, using "
                    "this review as a case study.", "Board Business Manager", "31st March 2023",
             "Four workshops held January–March 2023, attended by 164 practitioners.", "Complete"),
            ("1.2", "Audit a sample of adult safeguarding reports where self-neglect is the main concern, to "
                    "test whether a multi-agency meeting was convened.",
             "Service Manager Adult Safeguarding (RCT)", "End of June 2023",
             "Audit of 40 reports completed in July; findings presented to the Sub-Group in September.",
             "Complete"),
        ]),
        ("Recommendation 2: Agencies should ensure that the views of family members are sought and "
         "recorded when an adult at risk declines services.", [
            ("2.1", "Amend the regional adult safeguarding report template to include a prompt to record the "
                    "views of family and carers.", "Policy and Procedures Sub-Group", "September 2023",
             "Wording agreed; awaiting WCCIS configuration in all three local authorities.", "Amber"),
            ("2.2", "Issue a 7-minute briefing on 'Think Family' for practitioners in adult services.",
             "Board Business Manager / Training Sub-Group", "Q3 2023-24",
             "Draft briefing circulated to the Training Sub-Group for comment.", "Green"),
        ]),
        ("Recommendation 3: The Health Board and the Welsh Ambulance Service should ensure that repeat falls "
         "and non-conveyance are considered as possible indicators of risk.", [
            ("3.1", "Add a repeat-falls flag to the WAST clinical contact centre system, with referral to "
                    "the local authority where the person declines conveyance.",
             "Head of Safeguarding (WAST)", "December 2023",
             "System change requested nationally; WAST to confirm a release date.", "Amber"),
            ("3.2", "Embed the falls pathway referral into Community Resource Team triage in each locality.",
             "Head of Safeguarding (CTM UHB)", "31/03/2024",
             "Live in Merthyr Tydfil and Cynon localities; Bridgend and Rhondda to follow.", "Green"),
        ]),
        ("Recommendation 4: The Board should receive assurance that housing providers are aware of and use "
         "the safeguarding referral pathway.", [
            ("4.1", "Housing providers to nominate a safeguarding champion who attends the Board's quarterly "
                    "practitioner forum.",
             "Head of Housing Solutions (Merthyr Tydfil CBC) / Cynon Taf Community Housing", "Ongoing",
             "Champions nominated by five of the seven providers.", "Green"),
            ("4.2", "Add housing-provider referrals to the adult safeguarding team to the Board's quarterly "
                    "performance dataset.", "Regional Safeguarding Performance Analyst", "June 2024",
             "", "Not started"),
        ]),
    ]
    for rec, acts in recs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, rec, bold=True)
        shade(m, "E2EFD9")
        for ref, act, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, prog, rag]):
                set_cell(c, v)
            shade(cells[5], rag_fill[rag])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete – action completed and evidence received by the Sub-Group; "
                      "Green – on track; Amber – delayed but expected to be completed; Red – off track, "
                      "escalated to the Board; Not started – action not yet due to begin.")
    doc.save(P("q2-ctm-apr-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Dyfed-Powys Police – PEEL AFI tracker export (tab-separated txt)
# ---------------------------------------------------------------------------
def dyfed_powys():
    Q1 = "Investigating crime"
    F1 = "The force needs to make sure it complies with the Code of Practice for Victims of Crime."
    Q2 = "Protecting vulnerable people"
    F2 = ("The force should make sure its officers and staff understand and use domestic violence "
          "protection notices and orders where appropriate.")
    Q3 = "Responding to the public"
    F3 = "The force should improve how quickly it answers 101 non-emergency calls."
    Q4 = "Developing a positive workplace"
    F4 = ("The force should make sure it understands the wellbeing needs of its workforce and that its "
          "wellbeing offer is used.")
    rows = [
        ("1.1", Q1, F1, "Add a mandatory Victims' Code compliance check to the crime supervision template in "
                        "Niche.", "DCI H Morgan", "30/04/2023", "Complete",
         "Template change went live on 17 April 2023."),
        ("1.2", Q1, F1, "Audit 50 crimes a month for Victims' Code compliance and report the results to the "
                        "Victim and Witness Care Board.", "Head of Victim Services", "Monthly", "Green",
         "Compliance rose from 61% in January to 78% in April."),
        ("2.1", Q2, F2, "Deliver DVPN/DVPO refresher training to all response sergeants.", "T/Supt R Evans",
         "31/07/2023", "Amber",
         "Package written; 3 of 8 sessions held. Delivery slipped because of summer abstractions."),
        ("2.2", Q2, F2, "Introduce a daily review of eligible domestic abuse incidents by the Public "
                        "Protection Unit.", "DI Public Protection Unit", "31/03/2023", "Complete",
         "Daily review in place since March; DVPN applications up from 9 to 23 a quarter."),
        ("3.1", Q3, F3, "Recruit 12 additional call handlers for the Force Communications Centre.",
         "Head of Force Communications Centre", "Sept 2023", "Green",
         "Eight appointed; final four in vetting."),
        ("3.2", Q3, F3, "Launch online reporting and web chat to reduce 101 demand.",
         "Digital Services Manager & Head of Force Communications Centre", "Q3 2023/24", "Amber",
         "Online reporting live; web chat depends on the national Single Online Home release."),
        ("4.1", Q4, F4, "Carry out the Oscar Kilo national wellbeing survey and publish the force's response "
                        "to the findings.", "Head of People Services", "31/10/2023", "Green",
         "Survey open until 30 June."),
        ("4.2", Q4, F4, "Introduce wellbeing conversations into the annual PDR for all officers and staff.",
         "Head of People Services", "April 2024", "Red",
         "PDR system change not yet scheduled by the supplier; interim paper form being considered."),
        ("4.3", Q4, F4, "Train all newly promoted sergeants and inspectors in the TRiM and wellbeing "
                        "referral process.", "Wellbeing Lead & Head of Learning and Development",
         "31/03/2024", "Green", "Included in the promotion course from May 2023."),
    ]
    lines = ["Dyfed-Powys Police – HMICFRS PEEL 2021/22 Areas for Improvement – Action Tracker",
             "Exported 05/06/2023 14:32",
             "\t".join(["Ref", "PEEL question area", "Area for improvement", "Action", "Action owner",
                        "Due date", "RAG", "Latest update"])]
    for r in rows:
        lines.append("\t".join(r))
    lines.append("")
    lines.append("9 records")
    with open(P("q2-dyfed-powys-peel-afi-tracker.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    forth_valley()
    conwy()
    bucks()
    shropshire()
    velindre()
    ctm()
    dyfed_powys()
    print("done")
