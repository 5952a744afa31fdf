"""Build the seven zwb- data files of set heldout629.

Run with /work/main/.venv/bin/python zwb_make.py (from any directory).
Only writes files whose names start with "zwb-".
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zwb-")
    return os.path.join(HERE, name)


D = dt.datetime

# colours
BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED,
           "B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. London Fire Brigade - Independent Culture Review action plan (xlsx)
# ---------------------------------------------------------------------------
def lfb():
    title = "London Fire Brigade – Independent Culture Review Action Plan"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", D(2022, 12, 12), "Culture Change Programme Office",
         "First draft following publication of the Independent Culture Review (26 November 2022)"),
        ("1.0", D(2023, 1, 16), "Culture Change Programme Office", "Approved by Commissioner's Board"),
        ("2.3", D(2024, 1, 31), "Culture Change Programme Office", "Q3 2023/24 progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cv["A9"] = "RAG key"
    cv["A9"].font = Font(bold=True)
    key = [("Blue", "Action complete and evidenced"),
           ("Green", "On track to deliver by target date"),
           ("Amber", "At risk – target date may be missed"),
           ("Red", "Off track – target date missed or will be missed")]
    for i, (k, m) in enumerate(key):
        a = cv.cell(row=10 + i, column=1, value=k)
        a.fill = fill(RAGFILL[k])
        a.border = BOX
        cv.cell(row=10 + i, column=2, value=m).border = BOX
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 40
    cv.column_dimensions["C"].width = 32
    cv.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position as at 31 January 2024 – reported to Commissioner's Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Recommendation", "Ref", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP

    def theme(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, 10):
            ws.cell(row=row, column=j).fill = fill("C00000")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def action(row, ref, text, lead, orig, rev, prev, cur, upd):
        vals = [ref, text, lead, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=2 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        for col, v in ((7, prev), (8, cur)):
            ws.cell(row=row, column=col).fill = fill(RAGFILL[v])
        ws.cell(row=row, column=1).border = BOX

    def rec(r1, r2, text):
        c = ws.cell(row=r1, column=1, value=text)
        c.alignment = WRAP
        c.border = BOX
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=1, end_row=r2, end_column=1)

    theme(5, "Theme 1: Leadership and accountability")
    rec(6, 7, "Recommendation 1: Senior leaders should be held to account for role-modelling the "
              "Brigade's values, with behaviours assessed through the annual appraisal process.")
    action(6, "1.1", "Introduce a leadership behaviours framework and include a values-based objective "
                     "in every senior manager's appraisal from the 2023/24 cycle.",
           "Director of People", D(2023, 9, 30), D(2024, 3, 31), "Amber", "Green",
           "Framework launched 4 December 2023. Appraisal guidance updated; 92% of senior managers "
           "have a values objective.")
    action(7, "1.2", "Deliver the 'Leading for Everyone' programme to all station and group managers.",
           "Assistant Commissioner Fire Stations / Head of Leadership Development",
           D(2023, 12, 31), D(2024, 6, 30), "Amber", "Amber",
           "Cohorts 1–6 complete (214 managers). Scheduling of remaining cohorts delayed by "
           "operational demand.")
    rec(8, 8, "Recommendation 2: The Commissioner should report openly each year on progress in "
              "changing the Brigade's culture.")
    action(8, "2.1", "Publish the first annual culture report, including staff survey results broken "
                     "down by protected characteristic.",
           "Deputy Commissioner", D(2023, 11, 30), None, "Green", "Blue",
           "Published 23 November 2023 and presented to the Fire, Resilience and Emergency "
           "Planning Committee.")
    theme(9, "Theme 2: Complaints, investigations and discipline")
    rec(10, 11, "Recommendation 3: An independent external complaints service should be established "
                "so that staff can raise concerns outside their line management chain.")
    action(10, "3.1", "Procure and launch an independent external complaints service, available 24 "
                      "hours a day to all staff.",
           "General Counsel", D(2022, 12, 31), None, "Blue", "Blue",
           "Service live from 26 November 2022.")
    action(11, "3.2", "Set up a Professional Standards Unit to investigate all allegations of "
                      "discrimination, bullying and harassment.",
           "Director of People; General Counsel", D(2023, 9, 30), D(2024, 1, 31), "Red", "Green",
           "Unit established January 2024; recruitment to investigator posts 80% complete.")
    rec(12, 12, "Recommendation 4: Staff subject to an allegation of serious misconduct should be "
                "moved from their workplace while the matter is investigated.")
    action(12, "4.1", "Revise the suspension and temporary redeployment policy and brief all managers "
                      "on its use.",
           "Head of Employee Relations", D(2023, 1, 31), None, "Blue", "Blue",
           "Policy in force from 1 February 2023.")
    theme(13, "Theme 3: Fairness, inclusion and wellbeing")
    rec(14, 15, "Recommendation 5: Women, and staff from ethnic minority and LGBT+ backgrounds, "
                "should have fair access to development and promotion, and the facilities they need "
                "at work.")
    action(14, "5.1", "Review promotion processes with the staff networks and publish progression "
                      "data by protected characteristic every six months.",
           "Head of Inclusion", "Ongoing", None, "Green", "Green",
           "Second data release due March 2024.")
    action(15, "5.2", "Provide appropriate facilities for women at every fire station, including "
                      "separate toilets, showers and changing areas.",
           "Assistant Director Property", D(2025, 3, 31), None, "Amber", "Red",
           "Station surveys complete. Capital funding for 31 stations not yet confirmed; escalated "
           "to Investment and Finance Board.")
    ws["A17"] = "Note: Revised target dates agreed by Commissioner's Board on 11 October 2023."
    ws["A17"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (42, 7, 50, 30, 12, 12, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – Q3 2023/24"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    for i, (k, n) in enumerate((("Blue", 3), ("Green", 3), ("Amber", 1), ("Red", 1))):
        sm.cell(row=4 + i, column=1, value=k).fill = fill(RAGFILL[k])
        sm.cell(row=4 + i, column=2, value=n)
    sm["A8"], sm["B8"] = "Total", 8
    sm["A8"].font = Font(bold=True)
    wb.save(out("zwb-london-fire-brigade-independent-culture-review-action-plan.xlsx"))


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


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 2. Blackpool Teaching Hospitals NHSFT - CQC must do / should do plan (docx)
# ---------------------------------------------------------------------------
def blackpool():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("CQC Must Do and Should Do Action Plan", style="Title")
    p = doc.add_paragraph()
    p.add_run("Blackpool Teaching Hospitals NHS Foundation Trust").bold = True
    doc.add_paragraph("Blackpool Victoria Hospital: Urgent and emergency care and Medical care "
                      "(including older people's care). Inspection: 10–12 October 2023. "
                      "Report published: 14 February 2024.")
    doc.add_paragraph("Version 3.0 – Progress position at 31 May 2024")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (("Executive sponsor", "Chief Nursing Officer"),
                 ("Monitored by", "Quality Committee"),
                 ("Version", "3.0"),
                 ("Date", "31 May 2024")):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b

    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Status", "RAG", "Meaning")):
        c.text = h
    bold_row(t.rows[0])
    for s, rag, m in (("Complete", "Blue", "Action delivered and evidence accepted by the CQC Assurance Group"),
                      ("On track", "Green", "Progressing to plan"),
                      ("At risk", "Amber", "Delivery date at risk; mitigation in place"),
                      ("Off track", "Red", "Delivery date missed")):
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = s, rag, m
        shade(r[0], RAGFILL[rag])
    STATUSFILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    def section(heading, blocks):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead", "Due date", "Status",
                                          "Progress and evidence")):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(t.rows[0])
        for req, actions in blocks:
            row = t.add_row()
            row.cells[0].text = req
            m = row.cells[0].merge(row.cells[5])
            shade(m, "F2F2F2")
            for r in m.paragraphs[0].runs:
                r.bold = True
            for ref, text, lead, due, status, prog in actions:
                cells = t.add_row().cells
                cells[0].text = ref
                parts = text.split("\n")
                cells[1].text = parts[0]
                for extra in parts[1:]:
                    cells[1].add_paragraph(extra)
                cells[2].text = lead
                cells[3].text = due
                cells[4].text = status
                shade(cells[4], STATUSFILL[status])
                cells[5].text = prog

    section("1. Urgent and emergency care", [
        ("MD1: The trust must ensure that patients in the emergency department receive timely "
         "assessment of their pain and are given pain relief when needed. (Regulation 12)", [
            ("MD1.1", "Add a mandatory pain score to the ED triage template in the electronic "
                      "patient record.", "Clinical Director ED / Matron ED", "31/03/2024",
             "Complete", "Live from 18 March 2024."),
            ("MD1.2", "Audit time to analgesia weekly for eight weeks, then monthly.\nResults "
                      "reported to the Unscheduled Care Divisional Quality Board.", "Matron ED",
             "31/07/2024", "On track", "Weekly audit: 71% within 30 minutes (target 90%)."),
        ]),
        ("SD1: The trust should ensure that mental health risk assessments are fully completed for "
         "patients attending the emergency department in crisis.", [
            ("SD1.1", "Introduce the revised mental health triage tool and train all ED nursing "
                      "staff in its use.", "Divisional Director of Nursing (Unscheduled Care)",
             "End of June 2024", "At risk", "Training compliance 64%; additional sessions booked."),
        ]),
    ])
    section("2. Medical care (including older people's care)", [
        ("MD2: The trust must ensure that staff complete and record risk assessments for falls and "
         "pressure ulcers within six hours of admission. (Regulation 12)", [
            ("MD2.1", "Launch a harm-free care bundle on all medical wards, with daily safety "
                      "huddle checks of assessment completion.", "Deputy Chief Nurse",
             "30/04/2024", "Complete", "Bundle live on all 14 medical wards from 22 April 2024."),
            ("MD2.2", "Carry out monthly ward accreditation audits of falls and pressure ulcer "
                      "assessments and share results with ward managers.",
             "Head of Nursing – Medicine", "Q2 2024/25", "On track",
             "April and May audits complete; 83% compliance."),
        ]),
        ("MD3: The trust must ensure that there are sufficient numbers of suitably qualified nursing "
         "staff on medical wards at night. (Regulation 18)", [
            ("MD3.1", "Complete the establishment review for medical wards and recruit to the "
                      "agreed night-time registered nurse ratios.", "Chief Nursing Officer",
             "30/09/2024", "Off track", "International recruitment cohort delayed to August 2024."),
        ]),
    ])
    section("3. Trust-wide", [
        ("SD2: The trust should ensure that all staff complete mandatory safeguarding adults level 3 "
         "training.", [
            ("SD2.1", "Set divisional trajectories to reach 90% compliance and report compliance "
                      "monthly to the Safeguarding Committee.",
             "Named Nurse Safeguarding Adults; Head of Education", "31/12/2024", "On track",
             "Compliance 78% at end of May 2024."),
        ]),
    ])
    doc.add_paragraph("Next review: Quality Committee, 25 June 2024.")
    doc.save(out("zwb-blackpool-teaching-hospitals-nhsft-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Barnwood Medical Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def barnwood():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Barnwood Medical Practice – CQC Inspection Action Plan", level=1)
    doc.add_paragraph("Inspection date: 9 April 2024    Report published: 6 June 2024    "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This plan sets out the action the practice is taking in response to the "
                      "requirement notice issued under Regulation 17 (Good governance) and the areas "
                      "where CQC said the practice should improve. It is reviewed at the monthly "
                      "partners' meeting.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No.", "CQC finding", "Action", "Responsible", "Target date",
                                      "RAG", "Update")):
        c.text = h
        shade(c, "BDD7EE")
    bold_row(t.rows[0])

    def section(text):
        row = t.add_row()
        row.cells[0].text = text
        m = row.cells[0].merge(row.cells[6])
        for r in m.paragraphs[0].runs:
            r.bold = True
        shade(m, "FFF2CC")

    def finding(text, actions):
        first = len(t.rows)
        for no, act, who, due, rag, upd in actions:
            c = t.add_row().cells
            c[0].text = no
            c[2].text = act
            c[3].text = who
            c[4].text = due
            c[5].text = rag
            if rag:
                shade(c[5], RAGFILL[rag])
            c[6].text = upd
        last = len(t.rows) - 1
        t.cell(first, 1).text = text
        if last > first:
            t.cell(first, 1).merge(t.cell(last, 1))

    section("MUST DO – Regulation 17: Good governance")
    finding("The provider must establish effective systems to monitor patients prescribed high-risk "
            "medicines.", [
        ("1", "Run monthly searches for patients on DMARDs, lithium and warfarin and recall any "
              "patient without up-to-date monitoring.", "Dr A Khan / Clinical Pharmacist",
         "31/07/2024", "B", "Searches running since June 2024; 14 patients recalled."),
        ("2", "Add a medication review alert to the clinical system for all patients on high-risk "
              "medicines.", "Dr A Khan", "31/07/2024", "B", "Alert live 1 July 2024."),
    ])
    finding("The provider must ensure safety alerts (MHRA) are received, actioned and recorded.", [
        ("3", "Set up a shared safety-alerts inbox and a log showing the action taken for each "
              "alert.", "Lisa Hughes (Practice Manager)", "30/06/2024", "B",
         "Inbox and log in place."),
        ("4", "Review the safety alerts log at each monthly clinical meeting.",
         "Dr S Patel and Dr R Evans", "Monthly", "G", "Standing agenda item from July 2024."),
    ])
    section("SHOULD DO – Effective and Responsive key questions")
    finding("The provider should improve the uptake of cervical screening.", [
        ("5", "Offer extended-hours smear clinics on Tuesday evenings and Saturday mornings.",
         "Practice Nurse Lead", "30/09/2024", "A",
         "Saturday clinics started; evening clinics awaiting nurse recruitment."),
    ])
    finding("The provider should continue to improve telephone access for patients.", [
        ("6", "Install a cloud telephony system with call-back and queue position messages.",
         "Lisa Hughes (Practice Manager)", "31/10/2024", "G", "Supplier appointed; go-live 7 October."),
        ("7", "Repeat the practice patient survey on access and share the results with the Patient "
              "Participation Group.", "PPG Chair & Practice Manager", "January 2025", "", ""),
    ])
    doc.add_paragraph("Key: B = completed   G = on track   A = some delay   R = not achieved")
    doc.add_paragraph("Last updated: 21 August 2024 (L Hughes)")
    doc.save(out("zwb-barnwood-medical-practice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Ashton Manor Care Home - CQC quality improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def ashton():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP"
    ws["A1"] = "Ashton Manor Care Home – Quality Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"], ws["B2"], ws["D2"], ws["E2"] = ("Registered Manager:", "Claire Whitfield",
                                             "CQC inspection:", "14–15 May 2024")
    ws["A3"], ws["B3"], ws["D3"], ws["E3"] = ("Overall rating:", "Requires Improvement",
                                             "Last reviewed:", D(2024, 9, 2))
    ws["E3"].number_format = "dd/mm/yyyy"
    for a in ("A2", "A3", "D2", "D3"):
        ws[a].font = Font(bold=True)
    heads = ["Key question", "Area for improvement identified", "Ref", "Action to be taken",
             "Person responsible", "Target date", "Date completed", "RAG", "Comments / evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP

    data = [
        ("Safe", [
            ("Medicines: PRN (as required) protocols were missing for some people and topical cream "
             "charts were not consistently completed.", [
                ("S1", "Write person-centred PRN protocols for every person prescribed 'as required' "
                       "medicines.", "Deputy Manager", D(2024, 6, 30), D(2024, 6, 21), GREEN,
                 "Protocols checked by pharmacist on 25/06/2024."),
                ("S2", "Introduce electronic topical MAR charts and check completion at each "
                       "handover.", "Deputy Manager / Clinical Lead", D(2024, 7, 31), D(2024, 8, 9),
                 GREEN, "eMAR module live; spot checks weekly."),
            ]),
            ("Risk assessments for people at risk of choking did not reflect SALT guidance.", [
                ("S3", "Review all choking risk assessments against current SALT recommendations and "
                       "update care plans.", "Clinical Lead", D(2024, 7, 15), None, AMBER,
                 "18 of 23 reviewed."),
            ]),
        ]),
        ("Effective", [
            ("Staff had not all completed training in supporting people living with dementia.", [
                ("E1", "Book all care staff onto the dementia awareness (Tier 2) course.",
                 "Registered Manager", D(2024, 10, 31), None, AMBER, "27 of 41 staff trained."),
            ]),
        ]),
        ("Responsive", [
            ("Care plans did not always record people's wishes for end of life care.", [
                ("R1", "Hold advance care planning conversations with each person and their family "
                       "and record the outcome in the care plan.", "Registered Manager",
                 D(2024, 8, 31), None, RED,
                 "Overdue – 9 plans outstanding; new date agreed with Area Manager."),
            ]),
        ]),
        ("Well-led", [
            ("Quality assurance audits did not identify the shortfalls found at inspection.", [
                ("W1", "Introduce a monthly audit schedule covering medicines, care plans, infection "
                       "control and the environment.", "RM & Area Manager", D(2024, 6, 30),
                 D(2024, 6, 28), GREEN, "Schedule in place; July and August audits complete."),
                ("W2", "Area Manager to complete a quarterly compliance visit against the CQC quality "
                       "statements.", "Area Manager", "Quarterly", None, None, ""),
                ("W3", "Share the outcomes of audits and this plan at residents' and relatives' "
                       "meetings.", "Registered Manager", D(2024, 12, 31), None, None, ""),
            ]),
        ]),
    ]
    row = 6
    for kq, afis in data:
        kq_start = row
        for afi, acts in afis:
            afi_start = row
            for ref, act, who, due, done, rag, com in acts:
                for j, v in enumerate((ref, act, who, due, done, None, com)):
                    c = ws.cell(row=row, column=3 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=row, column=8).fill = fill(rag)
                ws.cell(row=row, column=1).border = BOX
                ws.cell(row=row, column=2).border = BOX
                row += 1
            c = ws.cell(row=afi_start, column=2, value=afi)
            c.alignment = WRAP
            if row - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=2, end_row=row - 1, end_column=2)
        c = ws.cell(row=kq_start, column=1, value=kq)
        c.font = Font(bold=True)
        c.alignment = Alignment(vertical="top")
        if row - 1 > kq_start:
            ws.merge_cells(start_row=kq_start, start_column=1, end_row=row - 1, end_column=1)
    for col, w in zip("ABCDEFGHI", (14, 40, 6, 50, 22, 12, 12, 7, 40)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate(((GREEN, "Completed"), (AMBER, "In progress"),
                                        (RED, "Overdue"), (None, "Not yet started"))):
        a = k.cell(row=2 + i, column=1)
        a.border = BOX
        if col:
            a.fill = fill(col)
        k.cell(row=2 + i, column=2, value=meaning)
    wb.save(out("zwb-ashton-manor-care-home-cqc-quality-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Hampshire and Isle of Wight Constabulary / OPCC - JAC action log (csv)
# ---------------------------------------------------------------------------
def hiow():
    rows = [
        ["Joint Audit Committee – Action Log"],
        ["Police and Crime Commissioner for Hampshire and the Isle of Wight / Chief Constable of "
         "Hampshire and Isle of Wight Constabulary"],
        ["Updated for the meeting of 13 March 2025"],
        [],
        ["Action No.", "Meeting", "Minute ref", "Action", "Owner", "Due", "RAG", "Update"],
        ["JAC/24/07", "18/07/2024", "612",
         "Provide the committee with a breakdown of overdue internal audit actions by business area, "
         "with the reasons for delay.", "Chief Internal Auditor", "Dec-24", "Complete",
         "Included in the December 2024 progress report."],
        ["JAC/24/08", "18/07/2024", "614",
         "Add a risk on the national command and control replacement programme to the strategic risk "
         "register.", "ACC Corporate Services / Strategic Risk Manager", "Sep-24", "Complete",
         "Added as SR14."],
        ["JAC/24/11", "26/09/2024", "627",
         "Circulate the external auditor's revised timetable for the 2023/24 audit opinion, including "
         "the backstop date.", "Chief Finance Officer (OPCC)", "Next meeting", "Complete",
         "Circulated 3 October 2024."],
        ["JAC/24/12", "26/09/2024", "629",
         "Report on the forecast capital financing requirement for the estates programme.",
         "CFO (Constabulary); CFO (OPCC)", "31/03/2025", "G", "On the agenda for March 2025."],
        ["JAC/24/13", "26/09/2024", "631",
         "Strengthen the annual governance statement action on collaboration governance to include "
         "the joint operations unit.", "Chief Executive (OPCC) and Deputy Chief Constable",
         "30/11/2024", "R", "Draft wording not yet agreed by both corporations sole."],
        ["JAC/24/15", "12/12/2024", "641",
         "Provide an update on the vetting backlog and the number of officers and staff working on "
         "restricted duties.\nInclude a comparison with the most similar group of forces.",
         "Head of Professional Standards", "Mar-25", "A",
         "Data on restricted duties being validated; may slip to June meeting."],
        ["JAC/24/16", "12/12/2024", "642",
         "Bring the PEEL 2023–25 areas for improvement tracker to each committee meeting as a "
         "standing item.", "Head of Strategic Planning and Performance", "Ongoing", "G",
         "First tracker presented December 2024."],
        ["JAC/24/17", "12/12/2024", "645",
         "Arrange a training session for members on the counter-fraud and corruption framework.",
         "Chief Executive (OPCC)", "Q1 2025/26", "Not started", ""],
        [],
        ["RAG: Complete = action closed; G = on track; A = at risk of missing due date; R = overdue"],
        ["Actions marked Complete will be removed from the log after this meeting."],
    ]
    with open(out("zwb-hampshire-and-isle-of-wight-constabulary-opcc-joint-audit-committee-action-log.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 6. University of Plymouth - internal audit recommendations tracker (txt, TSV)
# ---------------------------------------------------------------------------
def plymouth():
    L = [
        "University of Plymouth – Internal Audit Recommendations Tracker",
        "Audit and Risk Committee, 13 March 2025",
        "Position at 28 February 2025 (exported from the audit tracking system)",
        "",
        "Summary\tOpen\tOverdue\tImplemented since last meeting",
        "High\t2\t1\t1",
        "Medium\t4\t0\t2",
        "Total\t6\t1\t3",
        "",
        "Ref\tPriority\tAgreed management action\tResponsible officer\tOriginal due date\tRevised due date\tRAG\tProgress comment",
        "AUDIT 2024/25-02: Student Attendance Monitoring (UKVI Compliance)",
        "Assurance: Limited. Final report issued 14/10/2024.",
        "02.1\tHigh\tIntroduce a weekly report of sponsored students with no recorded engagement for 10 working days and send it to the Visa Compliance team.\tAcademic Registrar / Head of Visa Compliance\t30/11/2024\t\tB\tReport live from 18 November 2024.",
        "02.2\tHigh\tComplete the annual UKVI basic compliance assessment self-check and report the outcome to the Executive Team.\tAcademic Registrar\t31/12/2024\t31/01/2025\tR\tSelf-check delayed by student record system migration; now overdue.",
        "02.3\tMedium\tUpdate the attendance monitoring policy to reflect the new engagement points in the student record system.\tDirector of Student Services\tJan-25\t\tB\tApproved by Academic Board 22/01/2025.",
        "",
        "AUDIT 2024/25-05: Cyber Security – Privileged Access",
        "Assurance: Reasonable. Final report issued 09/12/2024.",
        "05.1\tHigh\tRemove standing domain administrator rights and introduce just-in-time privileged access for IT staff.\tChief Information Officer\t31/03/2025\t\tG\tPilot complete in the Infrastructure team.",
        "05.2\tMedium\tCarry out a quarterly review of all privileged accounts, with sign-off by the Head of IT Security.\tHead of IT Security\tQuarterly\t\tG\tFirst review completed January 2025.",
        "05.3\tMedium\tDisable the accounts of leavers within one working day of their leaving date, using the HR feed.\tChief Information Officer & Director of HR\t28/02/2025\t30/06/2025\tA\tHR feed development rescheduled.",
        "",
        "AUDIT 2024/25-07: Procurement and Contract Management",
        "Assurance: Limited. Final report issued 03/02/2025.",
        "07.1\tMedium\tPublish a contracts register on the intranet and update it monthly.\tHead of Procurement\tApr-25\t\tG\t",
        "07.2\tMedium\tRequire a waiver form, approved by the Director of Finance, for any purchase above £25,000 made without competition.\tDirector of Finance\t31/03/2025\t\tB\tWaiver form in use from 10/02/2025.",
        "07.3\tMedium\tProvide contract management training for budget holders of contracts over £100,000.\tHead of Procurement / Faculty Operations Managers\t30/09/2025\t\t\t",
        "",
        "RAG: B = implemented (awaiting verification by internal audit); G = on track; A = revised date agreed; R = overdue",
    ]
    with open(out("zwb-university-of-plymouth-internal-audit-recommendations-tracker.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 7. Acis Group - RSH consumer standards improvement plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def acis():
    title = "Acis Group – Consumer Standards Improvement Plan 2024–2026"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Board sponsor: Chief Executive"
    cv["A4"] = "Executive lead: Director of Homes and Neighbourhoods"
    cv["A5"] = "Reported to: Board (quarterly) and Customer Experience Committee"
    cv["A7"] = "Progress summary"
    cv["A7"].font = Font(bold=True)
    for i, (s, n) in enumerate((("Complete", 1), ("On track", 4), ("Behind schedule", 1),
                                ("Not started", 1), ("Total", 7))):
        cv.cell(row=8 + i, column=1, value=s).border = BOX
        cv.cell(row=8 + i, column=2, value=n).border = BOX

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Board update – January 2025"
    heads = ["Ref", "Requirement of the standard", "Improvement action", "Lead", "Target",
             "Status", "Progress commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
    SF = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Not started": "FFFFFF"}
    lines = [
        ("band", "Safety and Quality Standard"),
        ("SQ1", "Registered providers must have an accurate, up-to-date understanding of the condition "
                "of their homes.",
         "Complete 100% stock condition surveys over a three-year rolling programme, starting with "
         "homes not surveyed since 2019.", "Head of Asset Management", "March 2026", "On track",
         "2,140 surveys completed in year one."),
        ("SQ2", "Registered providers must identify and meet all legal requirements relating to the "
                "health and safety of tenants.",
         "Close all overdue fire risk assessment actions graded high priority.",
         "Head of Building Safety", "December 2024", "Complete", "All 63 high-priority actions closed."),
        ("SQ3", "Registered providers must provide an effective, efficient and timely repairs, "
                "maintenance and planned improvements service.",
         "Introduce a damp and mould triage within 24 hours of report, with a follow-up inspection at "
         "six weeks.", "Repairs Manager", "May 2025", "On track", "Triage pilot running in Gainsborough."),
        ("band", "Transparency, Influence and Accountability Standard"),
        ("TIA1", "Registered providers must collect and publish Tenant Satisfaction Measures.",
         "Publish 2024/25 TSM results and commentary on the website and in the tenant newsletter.",
         "Performance and Insight Manager", "June 2025", "Not started", ""),
        ("TIA2", "Registered providers must provide tenants with an accessible complaints process.",
         "Bring complaint response times into line with the Housing Ombudsman Complaint Handling Code.",
         "Customer Experience Manager", "Ocotber 2025", "On track",
         "Stage 1 responses within 10 working days: 88%."),
        ("band", "Neighbourhood and Community Standard"),
        ("NC1", "Registered providers must work with relevant organisations to deter and tackle "
                "anti-social behaviour.",
         "Review the ASB policy with tenants and partners and publish a new ASB service standard.",
         "Neighbourhood Services Manager", "April 2025", "Behind schedule",
         "Tenant consultation extended to February."),
        ("band", "Tenancy Standard"),
        ("T1", "Registered providers must allocate homes in a fair and transparent way.",
         "Update the allocations policy to reflect the Tenancy Standard and local authority "
         "nomination agreements.", "Head of Housing", "September 2025", "On track",
         "Draft policy with West Lindsey DC for comment."),
    ]
    row = 5
    for ln in lines:
        if ln[0] == "band":
            c = ws.cell(row=row, column=1, value=ln[1])
            c.font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=row, column=j).fill = fill("C6E0B4")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        else:
            for j, v in enumerate(ln):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=row, column=6).fill = fill(SF[ln[5]])
        row += 1
    ws.cell(row=row + 1, column=1,
            value="Status options: Complete / On track / Behind schedule / Not started")
    for col, w in zip("ABCDEFG", (7, 45, 50, 28, 15, 15, 40)):
        ws.column_dimensions[col].width = w
    wb.save(out("zwb-acis-group-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    lfb()
    blackpool()
    barnwood()
    ashton()
    hiow()
    plymouth()
    acis()
    print("built 7 files in", HERE)
