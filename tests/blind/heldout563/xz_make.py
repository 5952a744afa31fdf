"""Build the seven xz- blind test files (set heldout563).

Run with /work/main/.venv/bin/python xz_make.py (needs openpyxl and python-docx).
Writes only files whose names start with "xz-" in this folder.
"""
import csv
import io
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("xz-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "Y": PatternFill("solid", fgColor="FFFF00"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def score_fill(n):
    if n >= 15:
        return FILL["R"]
    if n >= 8:
        return FILL["A"]
    if n >= 4:
        return FILL["Y"]
    return FILL["G"]


def box_range(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP


def date_cell(ws, r, c, value):
    cell = ws.cell(r, c, value)
    if isinstance(value, dt):
        cell.number_format = "dd/mm/yyyy"
    return cell


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ======================================================= 1. RNOH risk register (xlsx)
def rnoh():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Royal National Orthopaedic Hospital NHS Trust – Corporate Risk Register 2025/26"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quarter 3 position (31 December 2025) – for the Audit and Risk Committee, 22 January 2026"
    cv["A4"] = "Document control"
    cv["A4"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("Q1 v1.0", "17/07/2025", "Head of Risk and Compliance", "Register refreshed for 2025/26"),
        ("Q2 v1.1", "16/10/2025", "Head of Risk and Compliance", "CRR04 added (efficiency programme)"),
        ("Q3 v1.2", "09/01/2026", "Head of Risk and Compliance", "Q3 scores and action updates from executive leads"),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = cv.cell(5 + i, 1 + j, v)
            if i == 0:
                c.font = BOLD
                c.fill = FILL["grey"]
    box_range(cv, 5, 8, 1, 4)
    cv["A11"] = "Risk score key (consequence × likelihood)"
    cv["A11"].font = BOLD
    for i, (lab, f) in enumerate([("1–3 Low", "G"), ("4–6 Moderate", "Y"), ("8–12 High", "A"), ("15–25 Extreme", "R")]):
        c = cv.cell(12 + i, 1, lab)
        c.fill = FILL[f]
        c.border = BOX
    cv["C11"] = "Action progress key"
    cv["C11"].font = BOLD
    for i, (f, lab) in enumerate([
        ("B", "Action complete"),
        ("G", "On track to deliver by due date"),
        ("A", "At risk of delay, or revised date agreed"),
        ("R", "Overdue or off track"),
    ]):
        cv.cell(12 + i, 3).fill = FILL[f]
        cv.cell(12 + i, 3).border = BOX
        cv.cell(12 + i, 4, lab).border = BOX
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 28
    cv.column_dimensions["D"].width = 48

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Royal National Orthopaedic Hospital NHS Trust – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 December 2025 (Quarter 3)"
    heads = ["Risk ref", "Risk description", "Executive lead", "Risk score", None, None, None,
             "Action no.", "Further action required", "Action owner", "Due date", "Revised due date",
             "Progress", "Progress update (December 2025)"]
    for j, h in enumerate(heads, start=1):
        if h:
            ws.cell(4, j, h)
    for j, h in enumerate(["Inherent", "Q2", "Q3", "Target"], start=4):
        ws.cell(5, j, h)
    for j in list(range(1, 4)) + list(range(8, 15)):
        ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
    ws.merge_cells("D4:G4")
    for r in (4, 5):
        for j in range(1, 15):
            c = ws.cell(r, j)
            c.font = WHITE_BOLD
            c.fill = FILL["head"]
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BOX

    plan = [
        ("band", "Strategic objective 1 – Outstanding patient outcomes and experience"),
        ("risk", "CRR01",
         "There is a risk that patients waiting more than 52 weeks for elective orthopaedic surgery come to clinical harm because demand exceeds available theatre capacity.",
         "Chief Operating Officer", (20, 16, 16, 8), [
             ("1.1", "Deliver the additional Saturday theatre lists agreed with the ICB for spinal and joint reconstruction surgery.",
              "Divisional Director of Operations – Surgery", dt(2025, 12, 31), dt(2026, 3, 31), "A",
              "14 of 20 additional lists delivered; anaesthetic cover gaps in November. Revised date agreed at Executive Management Team."),
             ("1.2", "Complete clinical harm reviews for all patients waiting over 65 weeks and report the outcomes to the Quality and Safety Committee.",
              "Medical Director; Associate Director of Quality", dt(2025, 11, 30), None, "B",
              "All 212 reviews completed; no severe harm identified. Reported to QSC 11/12/2025."),
             ("1.3", "Validate the admitted waiting list against the national validation sprint criteria.",
              "Head of Access and Performance", dt(2026, 2, 28), None, "G",
              "68% of pathways validated to date."),
         ]),
        ("risk", "CRR02",
         "There is a risk that surgical site infection rates for joint replacement exceed the national benchmark because of ventilation failures in the older theatre block.",
         "Chief Nurse", (16, 12, 12, 6), [
             ("2.1", "Replace the air handling units serving Theatres 5 and 6 as part of the estates capital programme.",
              "Director of Estates and Facilities", dt(2026, 3, 31), dt(2026, 6, 30), "R",
              "Manufacturer lead time extended; works now planned for the May 2026 theatre shutdown."),
             ("2.2", "Introduce a weekly SSI surveillance review at the Infection Prevention and Control Group.",
              "Lead Nurse Infection Prevention and Control", dt(2025, 10, 31), None, "B",
              "In place from 6 October 2025."),
         ]),
        ("band", "Strategic objective 2 – A skilled, engaged and sustainable workforce"),
        ("risk", "CRR03",
         "There is a risk that vacancies in specialist theatre and anaesthetic staff (currently 14%) lead to cancelled lists and continued reliance on premium-rate agency staff.",
         "Chief People Officer", (16, 16, 12, 8), [
             ("3.1", "Run an international recruitment campaign for 12 theatre practitioners.",
              "Head of Resourcing", "Q4 2025/26", None, "G",
              "9 offers made; first cohort starts February 2026."),
             ("3.2", "Agree a recruitment and retention premium for hard-to-fill ODP posts with the Remuneration Committee.",
              "Chief People Officer / Director of Finance", dt(2026, 1, 31), None, "A",
              "Business case drafted; to Remuneration Committee in January."),
         ]),
        ("band", "Strategic objective 3 – Financial sustainability"),
        ("risk", "CRR04",
         "There is a risk that the Trust does not deliver its 2025/26 efficiency programme of £9.2m, leading to a deficit against the agreed financial plan.",
         "Chief Finance Officer", (20, 15, 15, 9), [
             ("4.1", "Convert the £2.1m of unidentified CIP into fully worked schemes with quality impact assessments signed off.",
              "Deputy Director of Finance", dt(2025, 12, 31), dt(2026, 1, 31), "R",
              "£1.3m of schemes identified; remaining gap escalated to Finance and Performance Committee."),
             ("4.2", "Report the monthly run-rate against plan to the Finance and Performance Committee.",
              "Chief Finance Officer", "Monthly", None, "G",
              "Standing item on FPC agenda."),
         ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "band":
            ws.cell(r, 1, item[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
            for j in range(1, 15):
                ws.cell(r, j).fill = FILL["band"]
                ws.cell(r, j).border = BOX
            r += 1
            continue
        _, ref, desc, exe, scores, actions = item
        r0 = r
        for (no, text, owner, due, rev, rag, upd) in actions:
            ws.cell(r, 8, no)
            ws.cell(r, 9, text)
            ws.cell(r, 10, owner)
            date_cell(ws, r, 11, due)
            if rev:
                date_cell(ws, r, 12, rev)
            ws.cell(r, 13).fill = FILL[rag]
            ws.cell(r, 14, upd)
            r += 1
        r1 = r - 1
        ws.cell(r0, 1, ref)
        ws.cell(r0, 2, desc)
        ws.cell(r0, 3, exe)
        for k, s in enumerate(scores):
            ws.cell(r0, 4 + k, s).fill = score_fill(s)
        for j in range(1, 8):
            if r1 > r0:
                ws.merge_cells(start_row=r0, start_column=j, end_row=r1, end_column=j)
        box_range(ws, r0, r1, 1, 14)
    r += 1
    ws.cell(r, 1, "Notes: risk scores are consequence × likelihood (1–25). The Progress column is colour coded – see the key on the Cover sheet. Risks are reviewed monthly by the Executive Management Team.")
    widths = [9, 42, 18, 9, 6, 6, 8, 8, 48, 26, 12, 12, 10, 44]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    hm = wb.create_sheet("Risk profile")
    hm["A1"] = "Corporate risk profile – Q3 2025/26"
    hm["A1"].font = BOLD
    tab = [("Risk", "Q1", "Q2", "Q3", "Movement"),
           ("CRR01", 16, 16, 16, "↔"),
           ("CRR02", 16, 12, 12, "↔"),
           ("CRR03", 16, 16, 12, "↓"),
           ("CRR04", "–", 15, 15, "↔")]
    for i, row in enumerate(tab):
        for j, v in enumerate(row):
            c = hm.cell(3 + i, 1 + j, v)
            if i == 0:
                c.font = BOLD
            elif isinstance(v, int):
                c.fill = score_fill(v)
            c.border = BOX
    hm["A9"] = "Actions by progress"
    hm["A9"].font = BOLD
    for i, (lab, n) in enumerate([("Complete", 2), ("On track", 3), ("At risk", 2), ("Overdue / off track", 2), ("Total", 9)]):
        hm.cell(10 + i, 1, lab).border = BOX
        hm.cell(10 + i, 2, n).border = BOX
    wb.save(out("xz-royal-national-orthopaedic-hospital-corporate-risk-register-2025-26.xlsx"))


# ======================================================= 2. GP practice CQC plan (docx)
def highfield():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Highfield Surgery – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Provider: Highfield Surgery Partnership. Inspection dates: 11 and 12 March 2025. "
                      "Report published: 30 May 2025. Overall rating: Requires improvement (Safe and Well-led: Requires improvement).")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([
        ("Version", "Date", "Prepared by", "Approved by"),
        ("1.0", "20/06/2025", "Practice Manager", "Partners' meeting 24/06/2025"),
        ("1.3", "08/12/2025", "Practice Manager", "Partners' meeting 09/12/2025"),
    ]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")

    doc.add_heading("Part 1: Requirement notices – must do", level=1)
    doc.add_paragraph("CQC issued the practice with two requirement notices. Each is set out below with the actions we have taken or are taking.")
    musts = [
        ("Must do 1: Ensure care and treatment is provided in a safe way to patients, including the monitoring of patients prescribed high-risk medicines and the management of safety alerts. (Regulation 12: Safe care and treatment)",
         [("1a", "Complete a full search of patients prescribed methotrexate, lithium and DOACs and recall any patient overdue blood monitoring.",
           "Dr A Okafor (Prescribing Lead)", "30/06/2025", "Completed"),
          ("1b", "Introduce a monthly MHRA/CAS safety alert log, with each alert signed off by a GP partner and searches re-run after three months.",
           "Practice Manager / Clinical Pharmacist", "July 2025", "Completed"),
          ("1c", "Audit 20 records each quarter to confirm that medication reviews are coded and include a documented discussion with the patient.",
           "Clinical Pharmacist", "Ongoing – quarterly", "On track")]),
        ("Must do 2: Establish effective systems and processes to ensure good governance, including oversight of staff training, recruitment checks and the practice’s risk assessments. (Regulation 17: Good governance)",
         [("2a", "Set up a training matrix on the practice’s compliance software and follow up all staff with expired safeguarding or basic life support training.",
           "Assistant Practice Manager", "31 July 2025", "Completed"),
          ("2b", "Obtain the missing DBS checks and immunisation status records for the two salaried GPs and one practice nurse identified at inspection.",
           "Practice Manager", "30/06/2025", "Completed"),
          ("2c", "Commission updated fire and legionella risk assessments for the Moor Lane branch surgery and complete all high-risk actions arising.",
           "Practice Manager and Dr S Whitfield", "30/09/2025\nRevised: 31/12/2025", "Amber")]),
    ]
    for head, acts in musts:
        t = doc.add_table(rows=2 + len(acts), cols=5)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 4))
        set_cell(top, head, bold=True)
        shade(top, "DEEAF6")
        for j, h in enumerate(["Ref", "Action", "Lead", "Target date", "Status"]):
            set_cell(t.cell(1, j), h, bold=True)
        for i, a in enumerate(acts, start=2):
            for j, v in enumerate(a):
                set_cell(t.cell(i, j), v)
        doc.add_paragraph("")

    doc.add_heading("Part 2: Areas where the practice should improve", level=1)
    shoulds = [
        ("Continue to improve the uptake of cervical cancer screening towards the 80% national target.",
         [("S1.1", "Send text reminders with a direct booking link to all patients overdue screening, followed by a letter after four weeks.",
           "Nursing Team Lead", "September 2025", "Green"),
          ("S1.2", "Offer Saturday morning screening clinics through the primary care network enhanced access hub.",
           "PCN Clinical Director", "October 2025", "Green")]),
        ("Take action to improve patient satisfaction with telephone access to the practice.",
         [("S2.1", "Move to a cloud-based telephony system with call-back and queue position messages.",
           "Practice Manager", "31/08/2025", "Completed"),
          ("S2.2", "Repeat the in-house patient access survey and share the results with the Patient Participation Group.",
           "Practice Manager & PPG Chair", "Jan 2026", "Not started")]),
    ]
    n = 1 + sum(len(a) for _, a in shoulds)
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Should do", "Ref", "Action", "Lead", "Target date", "Status"]):
        set_cell(t.cell(0, j), h, bold=True)
    r = 1
    for text, acts in shoulds:
        r0 = r
        for a in acts:
            for j, v in enumerate(a, start=1):
                set_cell(t.cell(r, j), v)
            r += 1
        m = t.cell(r0, 0).merge(t.cell(r - 1, 0))
        set_cell(m, text)
    doc.add_paragraph("")
    doc.add_paragraph("Notes: status is updated at the monthly partners' meeting. Completed actions stay on the plan until the evidence "
                      "has been reviewed by the ICB primary care quality team.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Signed on behalf of the partners: Dr S Whitfield, Senior Partner")
    set_cell(t.cell(0, 1), "Date: 09/12/2025")
    doc.save(out("xz-highfield-surgery-cqc-inspection-action-plan.docx"))


# ======================================================= 3. Police NCPI plan (csv) - refuse
def wiltshire():
    rows = [
        ["Wiltshire Police – HMICFRS National Child Protection Inspection: Force Action Plan"] + [""] * 8,
        ["Report published 10 June 2025. Plan owner: Head of Public Protection"] + [""] * 8,
        ["Position as at 12 January 2026"] + [""] * 8,
        [""] * 9,
        ["Rec", "Recommendation", "Action Ref", "Action", "Owner", "Target Date", "Revised Target Date", "RAG", "Update"],
        ["R1", "Within six months, the force should make sure that the voice of the child is consistently recorded in initial responses to domestic abuse incidents where children are present.",
         "1.1", "Add a mandatory 'voice of the child' field to the domestic abuse risk assessment on Niche.",
         "Head of Public Protection", "Sep-2025", "Dec-2025", "B", "Field live from 1 December 2025."],
        ["", "", "1.2", "Deliver child-centred policing input to all response officers through the continuous professional development programme.",
         "Learning and Development Manager; Response Superintendent", "Mar-2026", "", "G", "4 of 6 response teams trained."],
        ["R2", "Within six months, the force should improve the quality and timeliness of its referrals to children's social care so that partners receive them within 24 hours.",
         "2.1", "Introduce a daily MASH review of all outstanding public protection notices older than 24 hours.",
         "DI MASH", "Oct-2025", "", "B", "Daily review in place; 94% of notices now shared within 24 hours."],
        ["", "", "2.2", "Agree a joint audit of referral quality with Wiltshire Council and Swindon Borough Council children's services.",
         "DCI Safeguarding Hub", "Mar-2026", "", "G", "Audit scope agreed at the safeguarding partnership business group."],
        ["R3", "Within 12 months, the force should make sure that officers investigating child abuse have the training and supervision they need to complete investigations without undue delay.",
         "3.1", "Complete a workload review of the Child Abuse Investigation Team and present options to Chief Officer Group.",
         "Det Supt Public Protection", "Jan-2026", "", "A", "Review drafted; COG slot moved to February."],
        ["", "", "3.2", "Ensure all CAIT investigators complete the Specialist Child Abuse Investigator Development Programme (SCAIDP).",
         "DCI CAIT", "Jun-2O26", "", "G", "11 of 17 investigators accredited."],
        ["", "", "3.3", "Introduce 28-day supervisory reviews on all CAIT investigations, dip-sampled monthly by the Performance and Improvement Team.",
         "DCI CAIT / Performance and Improvement Manager", "Nov-2025", "", "B", "Reviews embedded; first dip-sample reported to Public Protection Board."],
        ["R4", "Within 12 months, the force should improve how it identifies and responds to children at risk of exploitation who go missing from home.",
         "4.1", "Implement a return home interview information-sharing protocol with both local authorities.",
         "Missing Persons Coordinator", "Apr-2026", "", "G", "Draft protocol with legal services."],
        ["", "", "4.2", "Map repeat missing children against exploitation intelligence each month at the multi-agency exploitation panel.",
         "DI Exploitation Hub", "Monthly", "", "G", "Standing agenda item from November 2025."],
        [""] * 9,
        ["RAG key: B = complete; G = on track; A = at risk; R = off track"] + [""] * 8,
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    with open(out("xz-wiltshire-police-hmicfrs-ncpi-child-protection-action-plan-typo-month-refuse.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    for n, line in enumerate(text.split("\r\n"), start=1):
        if "Jun-2O26" in line:
            print("wiltshire typo on line", n)


# ======================================================= 4. Care home CQC plan (txt)
def hollyfield():
    L = []
    a = L.append
    a("HOLLYFIELD HOUSE CARE HOME – CQC INSPECTION ACTION PLAN")
    a("Provider: Hollyfield Care Ltd        Registered Manager: Mrs J Barker")
    a("Inspection: 4 and 5 February 2025 (report published 16 April 2025)     Overall rating: Requires improvement")
    a("Plan last updated: 3 November 2025")
    a("")
    a("RAG key: Green = action completed; Amber = in progress; Red = overdue or at risk")
    a("")
    a("=" * 78)
    sections = [
        ("1. SAFE (Regulation 12 – Safe care and treatment)",
         "Risks to people's health and safety were not always assessed and mitigated, including risks relating to falls, choking and the use of bed rails.",
         [("1.1", "Review every resident's falls, choking and bed rail risk assessment and update their care plan on the electronic care planning system.",
           "Deputy Manager", "31/05/2025", "Green", "All 38 residents reviewed by 22/05/2025; spot checked by the Quality Lead."),
          ("1.2", "Refer all residents with a choking risk to the Speech and Language Therapy team and record each person's IDDSI level on the kitchen board and in their care plan.",
           "Clinical Lead Nurse / Chef Manager", "June 2025", "Green", "7 referrals made; kitchen board updated weekly."),
          ("1.3", "Introduce a monthly falls analysis (time, place, injury) and present it to the provider's quality meeting.",
           "Registered Manager", "Monthly", "Amber", "Analysis started in August; format being agreed with the Area Quality Manager.")]),
        ("2. EFFECTIVE (Regulation 11 – Need for consent)",
         "The provider did not always act in line with the Mental Capacity Act 2005; capacity assessments and best interest decisions were not recorded for people receiving covert medication.",
         [("2.1", "Complete decision-specific mental capacity assessments and best interest records for the four residents receiving covert medication, with GP and pharmacist input.",
           "Clinical Lead Nurse", "30 April 2025", "Green", "Completed 25/04/2025."),
          ("2.2", "Book all nurses and senior carers onto MCA and DoLS training with the local authority training team.",
           "Training Coordinator", "End of September 2025", "Red", "Only 9 of 16 staff trained; further dates requested from the local authority."),
          ("2.3", "Set up a DoLS tracker showing application date, authorisation date, expiry date and any conditions.",
           "Administrator and Registered Manager", "31/07/2025", "Green", "Tracker in use and checked at each monthly audit.")]),
        ("3. WELL-LED (Regulation 17 – Good governance)",
         "Systems to assess, monitor and improve the quality and safety of the service were not effective and had not identified the shortfalls found at this inspection.",
         [("3.1", "Replace the home's audit schedule with the provider's quality assurance framework, including monthly care plan, medicines and infection control audits.",
           "Area Quality Manager", "31/08/2025 (revised from 30/06/2025)", "Amber", "Care plan and medicines audits live; infection control audit tool still being tested."),
          ("3.2", "Hold resident and relative meetings every quarter and display a \"You said, we did\" summary in the entrance hall.",
           "Activities Coordinator", "Ongoing", "Amber", "Meetings held in June and September 2025."),
          ("3.3", "Nominated Individual to carry out an unannounced night visit each quarter and report the findings to the directors.",
           "Nominated Individual", "Q3 2025/26", "Red", "First visit not yet completed.")]),
    ]
    for head, req, acts in sections:
        a("")
        a(head)
        a("CQC requirement: " + req)
        a("-" * 78)
        for ref, text, lead, by, rag, upd in acts:
            a("")
            a(f"Action {ref}: {text}")
            a(f"    Lead: {lead}")
            a(f"    Target date: {by}")
            a(f"    RAG: {rag}")
            a(f"    Update: {upd}")
        a("")
        a("=" * 78)
    a("")
    a("SUMMARY: 9 actions – Green 4, Amber 3, Red 2")
    a("Next review: provider quality meeting, 8 December 2025")
    a("Signed: J Barker (Registered Manager)")
    text = "\r\n".join(L) + "\r\n"
    with open(out("xz-hollyfield-house-care-home-cqc-inspection-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ======================================================= 5. Housing association highlight report (xlsx)
def sng():
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight report"
    hs["A1"] = "Sovereign Network Group – Awaab's Law Implementation Programme: Highlight Report"
    hs["A1"].font = Font(bold=True, size=14)
    info = [
        ("Reporting period", "October 2025"),
        ("Senior Responsible Owner", "Executive Director of Property"),
        ("Programme Manager", "Programme Manager – Homes Safety"),
        ("Report to", "Executive Board, 11 November 2025"),
    ]
    for i, (k, v) in enumerate(info):
        hs.cell(3 + i, 1, k).font = BOLD
        hs.cell(3 + i, 2, v)
        hs.cell(3 + i, 1).fill = FILL["grey"]
    box_range(hs, 3, 6, 1, 2)
    hs["D3"] = "Overall RAG"
    hs["D3"].font = BOLD
    hs["D4"] = "Previous"
    hs["E4"] = "Current"
    hs["D5"] = "A"
    hs["D5"].fill = FILL["A"]
    hs["E5"] = "A"
    hs["E5"].fill = FILL["A"]
    box_range(hs, 3, 5, 4, 5)
    hs["A9"] = "Summary"
    hs["A9"].font = BOLD
    hs["A10"] = ("Phase 1 duties (emergency and significant damp and mould hazards) came into force on 27 October 2025 and the "
                 "revised policy, response standards and resident communications were all in place for go-live. The repairs system "
                 "configuration is late and hazard clocks are being tracked manually in the interim.")
    hs.merge_cells("A10:F13")
    hs["A10"].alignment = WRAP
    hs["A15"] = "Key achievements this period"
    hs["A15"].font = BOLD
    hs["A16"] = "• Damp, Mould and Hazards Policy approved by Board on 24 September 2025."
    hs["A17"] = "• Out-of-hours cover agreed with all three principal contractors."
    hs["A18"] = "• Letters sent to 84,000 households; web pages and reporting form live."
    hs["A20"] = "Key risks and issues"
    hs["A20"].font = BOLD
    hs["A21"] = "• Dynamics 365 hazard workflow delayed by supplier resourcing – manual tracker in place (issue, red)."
    hs["A22"] = "• Limited decant stock in the South region could breach the 24-hour timescale for emergency hazards (risk, amber)."
    hs["A24"] = "Decisions required: none this period. See 'Milestone tracker' for workstream detail."
    hs.column_dimensions["A"].width = 28
    hs.column_dimensions["B"].width = 40
    for c in "CDEF":
        hs.column_dimensions[c].width = 12

    ms = wb.create_sheet("Milestone tracker")
    ms["A1"] = "Milestone tracker – reporting period October 2025"
    ms["A1"].font = Font(bold=True, size=12)
    heads = ["Workstream", "Ref", "Milestone", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ms.cell(3, j, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws_rows = [
        ("WS1 Policy and procedures", [
            ("1.1", "Approve the revised Damp, Mould and Hazards Policy reflecting Awaab's Law timescales",
             "Head of Building Safety Policy", dt(2025, 9, 30), dt(2025, 9, 30), "G", "B", "Approved by Board 24/09/2025."),
            ("1.2", "Publish the emergency (24 hour) and significant (10 working day) hazard response standards to residents",
             "Director of Customer Experience", dt(2025, 10, 27), dt(2025, 10, 27), "A", "B", "Published on the website and in the resident handbook."),
        ]),
        ("WS2 Systems and data", [
            ("2.1", "Configure hazard categories and statutory clocks in the repairs system (Dynamics 365)",
             "Head of Digital Delivery", dt(2025, 8, 31), dt(2025, 11, 14), "A", "R", "Supplier resourcing issue; manual tracker in use until release."),
            ("2.2", "Build a Power BI dashboard of open hazard cases by region and timescale compliance",
             "BI Manager", dt(2025, 11, 30), dt(2025, 11, 30), "G", "G", "Prototype reviewed by regional heads."),
            ("2.3", "Cleanse property attribute data for the 12,400 homes with no stock condition survey in the last five years",
             "Asset Data Lead", dt(2026, 3, 31), None, "A", "A", "3,100 homes surveyed to date."),
        ]),
        ("WS3 Operational readiness", [
            ("3.1", "Train all repairs operatives, surveyors and contact centre staff in hazard identification (c. 1,100 staff)",
             "Learning & Development Partner; Regional Repairs Managers", dt(2025, 10, 31), dt(2025, 12, 31), "A", "A", "71% completed e-learning; face-to-face sessions continue."),
            ("3.2", "Agree out-of-hours emergency response cover with the three principal contractors",
             "Head of Procurement", dt(2025, 9, 30), dt(2025, 9, 30), "G", "B", "Contract variations signed."),
            ("3.3", "Mobilise the alternative accommodation framework for homes that cannot be made safe within 24 hours",
             "Head of Housing Services (South)", dt(2025, 10, 31), dt(2026, 1, 31), "A", "R", "Framework live in North and Central; South region short of suitable stock."),
        ]),
        ("WS4 Resident communications", [
            ("4.1", "Send letters and publish web content for all 84,000 households explaining how to report damp, mould and other hazards",
             "Head of Communications", dt(2025, 10, 27), dt(2025, 10, 27), "G", "B", "Complete."),
            ("4.2", "Resident scrutiny panel to review the new process after three months of operation",
             "Resident Involvement Manager", dt(2026, 1, 31), dt(2026, 2, 28), None, "G", "New milestone this period; panel availability moves review to February."),
        ]),
    ]
    r = 4
    for name, acts in ws_rows:
        r0 = r
        for (ref, text, owner, base, fc, prev, cur, com) in acts:
            ms.cell(r, 2, ref)
            ms.cell(r, 3, text)
            ms.cell(r, 4, owner)
            date_cell(ms, r, 5, base)
            if fc:
                date_cell(ms, r, 6, fc)
            if prev:
                c = ms.cell(r, 7, prev)
                c.fill = FILL[prev]
            c = ms.cell(r, 8, cur)
            c.fill = FILL[cur]
            if cur in ("B", "R"):
                c.font = Font(color="FFFFFF", bold=True)
            ms.cell(r, 9, com)
            r += 1
        ms.cell(r0, 1, name).font = BOLD
        ms.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        box_range(ms, r0, r - 1, 1, 9)
        for rr in range(r0, r):
            ms.cell(rr, 1).fill = FILL["teal"]
    for j, w in enumerate([22, 6, 52, 30, 12, 12, 10, 10, 46], start=1):
        ms.column_dimensions[get_column_letter(j)].width = w
    ms.cell(r + 1, 1, "Milestones completed: 4 of 10    Red: 2    Amber: 2    Green: 2")

    rd = wb.create_sheet("RAG definitions")
    rd["A1"] = "RAG definitions"
    rd["A1"].font = BOLD
    for i, (k, v) in enumerate([
        ("B", "Complete – milestone delivered and evidence provided"),
        ("G", "On track to meet the forecast date"),
        ("A", "At risk – forecast date later than baseline, or issues being managed"),
        ("R", "Off track – will not meet forecast date without escalation"),
    ]):
        c = rd.cell(3 + i, 1, k)
        c.fill = FILL[k]
        rd.cell(3 + i, 2, v)
    rd.column_dimensions["B"].width = 70
    wb.save(out("xz-sovereign-network-group-awaabs-law-programme-highlight-report.xlsx"))


# ======================================================= 6. FE college QIP (docx)
def capel():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Capel Manor College – Quality Improvement Plan 2025–26", style="Title")
    doc.add_paragraph("Drawn from the Self-Assessment Report 2024–25. Approved by the Quality and Standards Committee on "
                      "4 December 2025. Progress shown at March 2026.")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([
        ("Version", "Date", "Author", "Comment"),
        ("1.0", "04/12/2025", "Vice Principal Quality and Curriculum", "Approved by Quality and Standards Committee"),
        ("1.1", "16/03/2026", "Head of Quality", "Spring progress update"),
    ]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Progress key")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, (lab, col) in enumerate([("Complete", "5B9BD5"), ("Green – on track", "00B050"),
                                     ("Amber – some slippage, recoverable", "FFC000"), ("Red – off track", "FF0000")]):
        set_cell(t.cell(0, j), lab)
        shade(t.cell(0, j), col)
    doc.add_paragraph("")
    doc.add_heading("Improvement actions", level=1)

    plan = [
        ("Priority 1 – Raise achievement on 16–19 study programmes", [
            ("Achievement on Level 2 Animal Care and Level 2 Horticulture is below national rates, with too many learners leaving before the end of their course.", [
                ("P1.1", "Introduce six-weekly progress reviews using the college’s ‘at risk’ tracker, with early referral to learner support.",
                 "Heads of Faculty", "Autumn term 2025", "Learners at risk identified by October half-term; retention at 93% or above", "Green"),
                ("P1.2", "Redesign the Level 2 Animal Care programme so that practical assessment starts in the first half-term.",
                 "Curriculum Manager – Animal Management", "September 2026", "New programme validated and timetabled for 2026–27", "Not started"),
            ]),
            ("Attendance at English and maths GCSE resit lessons is too low (72% in 2024–25).", [
                ("P1.3", "Timetable English and maths in the same blocks as vocational lessons on each campus.",
                 "Assistant Principal – Curriculum Planning", "September 2025", "No learner travels between campuses for English or maths", "Complete"),
                ("P1.4", "Follow up absence daily through progress coaches, with parent or carer contact on the first day of absence.",
                 "Head of Student Services; Progress Coach Team Leader", "Termly", "Attendance at English and maths 85% or above", "Amber"),
            ]),
        ]),
        ("Priority 2 – Strengthen the quality of apprenticeships", [
            ("Too many apprentices are past their planned end date, particularly in arboriculture and landscape operations.", [
                ("P2.1", "Review every apprentice past their planned end date with their employer and agree a completion plan.",
                 "Head of Apprenticeships", "31 January 2026", "Apprentices past planned end date below 10%", "Amber"),
                ("P2.2", "Hold end-point assessment gateway meetings at least three months before each apprentice’s planned end date.",
                 "Apprenticeship Team Leaders", "By February half-term 2026", "All gateway meetings recorded in the e-portfolio", "Green"),
            ]),
            ("Off-the-job training records do not always show the new knowledge, skills and behaviours that apprentices gain.", [
                ("P2.3", "Retrain assessors in recording off-the-job activities in the e-portfolio, with monthly sampling by the quality team.",
                 "Quality Improvement Manager", "March 2026", "90% of sampled records meet the standard", "Red"),
            ]),
        ]),
        ("Priority 3 – Personal development and safeguarding", [
            ("Learners’ understanding of the risks of radicalisation and extremism is not consistently strong.", [
                ("P3.1", "Deliver a revised Prevent tutorial unit to all 16–19 learners, co-designed with the student union.",
                 "Designated Safeguarding Lead", "Summer term 2026", "Learner voice shows 85% can explain local risks", "Green"),
                ("P3.2", "Add Prevent and British values questions to the spring learner voice survey and report the results to governors.",
                 "Head of Quality", "April 2026", "Results reported to Quality and Standards Committee", "Green"),
            ]),
        ]),
    ]
    rag_col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}
    nrows = 1
    for _, afis in plan:
        nrows += 1 + sum(len(acts) for _, acts in afis)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["Area for improvement (SAR 2024–25)", "Ref", "Action", "Responsibility", "Timescale",
                           "Success measure", "Progress"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    r = 1
    for pri, afis in plan:
        m = t.cell(r, 0).merge(t.cell(r, 6))
        set_cell(m, pri, bold=True)
        shade(m, "E2EFD9")
        r += 1
        for afi, acts in afis:
            r0 = r
            for a in acts:
                for j, v in enumerate(a, start=1):
                    set_cell(t.cell(r, j), v)
                if a[-1] in rag_col:
                    shade(t.cell(r, 6), rag_col[a[-1]])
                r += 1
            m = t.cell(r0, 0).merge(t.cell(r - 1, 0))
            set_cell(m, afi)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reviewed at the monthly Quality Improvement Board and reported to each "
                      "meeting of the Quality and Standards Committee.")
    doc.save(out("xz-capel-manor-college-quality-improvement-plan-2025-26.docx"))


# ======================================================= 7. CCRC audit tracker (xlsx)
def ccrc():
    title = "Criminal Cases Review Commission – Internal Audit Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Report to the Audit and Risk Assurance Committee, 17 March 2026 (position at 28 February 2026)"
    tab = [("Priority", "Blue (closed)", "Green", "Amber", "Red", "Total open", "Total"),
           ("High", 2, 0, 0, 1, 1, 3),
           ("Medium", 0, 2, 1, 0, 3, 3),
           ("Low", 0, 1, 0, 0, 1, 1),
           ("Total", 2, 3, 1, 1, 5, 7)]
    for i, row in enumerate(tab):
        for j, v in enumerate(row):
            c = sm.cell(4 + i, 1 + j, v)
            c.border = BOX
            if i == 0 or i == len(tab) - 1 or j == 0:
                c.font = BOLD
    sm["A10"] = "Two recommendations have been closed since the last meeting. One high priority action is overdue (Cyber Security follow-up, 3a)."
    sm.column_dimensions["A"].width = 14
    for c in "BCDEFG":
        sm.column_dimensions[c].width = 13

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 28 February 2026"
    heads = ["Audit", "Opinion", "Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Status", "RAG", "GIAA follow-up comment"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    audits = [
        ("Case Management System Replacement – Project Assurance (2024-25)", "Limited", [
            ("1", "High", "Produce a single integrated plan for the CMS replacement with a critical path, key dependencies and stage gates.",
             [("A re-baselined integrated plan will be taken to the Programme Board and then to ARAC.",
               "Director of Casework Operations", dt(2025, 6, 30), dt(2025, 9, 30), "Closed", "B", "Plan seen at ARAC September 2025. Closed.")]),
            ("2", "Medium", "Ensure the benefits realisation plan has measurable baselines and named benefit owners.",
             [("Benefits profiles will be completed for each of the six benefits, with baselines taken from 2024-25 casework data.",
               "Head of Business Change", dt(2025, 12, 31), dt(2026, 3, 31), "Open", "A", "Four of six profiles complete.")]),
        ]),
        ("Cyber Security – Follow-up (2025-26)", "Moderate", [
            ("3a|3b", "High", "Remove or remediate the unsupported server operating systems identified in the audit.",
             [("Decommission the two Windows Server 2012 hosts used by the legacy document archive.",
               "Head of IT", dt(2025, 10, 31), dt(2026, 1, 31), "Open", "R", "Archive migration slipped; second revised date to be proposed."),
              ("Where decommissioning is not possible before migration, apply extended security updates and record a risk acceptance signed by the SIRO.",
               "Head of IT / SIRO", dt(2025, 10, 31), None, "Closed", "B", "Risk acceptance seen. Closed.")]),
            ("4", "Medium", "Run a phishing simulation exercise at least twice a year and report the results to the Executive Team.",
             [("Two simulated phishing campaigns a year will be run, with targeted training for staff who click on repeat tests.",
               "Information Security Manager", dt(2026, 3, 31), None, "Open", "G", "First campaign run in November 2025.")]),
        ]),
        ("Management of Conflicts of Interest (2025-26)", "Substantial", [
            ("5", "Low", "Update the declarations of interest register to include nil returns from all Commissioners.",
             [("Nil returns will be requested each April and recorded on the register.",
               "Head of Governance (Board Secretary)", "April 2026", None, "Open", "G", "Not yet due.")]),
            ("6", "Medium", "Publish the register of Commissioners' interests on the CCRC website and review it quarterly.",
             [("The register will be published and reviewed at each quarterly Board meeting.",
               "Head of Governance (Board Secretary)", "Quarterly", None, "Open", "G", "Register published January 2026.")]),
        ]),
    ]
    r = 5
    for audit, opinion, recs in audits:
        first = True
        for ref, pri, rec, acts in recs:
            refs = ref.split("|")
            r0 = r
            for k, (act, owner, orig, rev, status, rag, com) in enumerate(acts):
                if first:
                    ws.cell(r, 1, audit)
                    ws.cell(r, 2, opinion)
                    first = False
                ws.cell(r, 3, refs[k])
                ws.cell(r, 4, pri)
                ws.cell(r, 6, act)
                ws.cell(r, 7, owner)
                date_cell(ws, r, 8, orig)
                if rev:
                    date_cell(ws, r, 9, rev)
                ws.cell(r, 10, status)
                c = ws.cell(r, 11, rag)
                c.fill = FILL[rag]
                ws.cell(r, 12, com)
                box_range(ws, r, r, 1, 12)
                r += 1
            ws.cell(r0, 5, rec)
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=5, end_row=r - 1, end_column=5)
    r += 1
    ws.cell(r, 1, "Closed recommendations are shown once with a blue RAG and removed from the next report.")
    for j, w in enumerate([34, 12, 8, 9, 44, 48, 26, 12, 12, 9, 6, 36], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    df = wb.create_sheet("Definitions")
    df["A1"] = "Priority and RAG definitions"
    df["A1"].font = BOLD
    for i, (k, v) in enumerate([
        ("High", "Fundamental control weakness – action within 3 months"),
        ("Medium", "Significant weakness – action within 6 months"),
        ("Low", "Improvement to good practice – action within 12 months"),
        ("B", "Action complete and evidence accepted by GIAA"),
        ("G", "Open, on track for target date"),
        ("A", "Open, target date revised or at risk"),
        ("R", "Open, overdue"),
    ]):
        df.cell(3 + i, 1, k)
        df.cell(3 + i, 2, v)
        if len(k) == 1:
            df.cell(3 + i, 1).fill = FILL[k]
    df.column_dimensions["B"].width = 60
    wb.save(out("xz-criminal-cases-review-commission-arac-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    rnoh()
    highfield()
    wiltshire()
    hollyfield()
    sng()
    capel()
    ccrc()
    print("done")
