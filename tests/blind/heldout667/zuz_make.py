"""Build the seven zuz- blind test files (set heldout667).

Run with: /work/main/.venv/bin/python zuz_make.py
Writes only files whose names start with "zuz-" in this script's folder.
"""
import csv
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


def out(name):
    assert name.startswith("zuz-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "HEAD": PatternFill("solid", fgColor="1F4E79"),
    "SECTION": PatternFill("solid", fgColor="D9E1F2"),
    "GREY": PatternFill("solid", fgColor="F2F2F2"),
}


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None, white=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["HEAD"]
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w


def put(ws, row, values, fmt_dates=True):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)) and fmt_dates:
            c.number_format = "dd/mm/yyyy"


# ================================================================ 1. HIW docx
def make_hiw_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("City Hospice – HIW Inspection Improvement Plan", style="Title")

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for r, (k, v) in enumerate([
        ("Service:", "City Hospice"),
        ("Date of inspection:", "11 and 12 February 2025"),
        ("Date of this plan:", "7 April 2025"),
    ]):
        bold_cell(info.rows[r].cells[0], k, fill="D9E1F2")
        info.rows[r].cells[1].text = v

    doc.add_paragraph()
    doc.add_paragraph(
        "The table below sets out the improvements identified by Healthcare Inspectorate "
        "Wales (HIW) during the inspection, and the actions the hospice is taking to "
        "address them. Regulation numbers refer to The Independent Health Care (Wales) "
        "Regulations 2011."
    )

    headers = ["Improvement needed", "Standard / Regulation", "Service action",
               "Responsible officer", "Timescale"]
    rows = [
        ("SECTION", "Quality of the patient experience"),
        ("ROW", "The registered person must ensure that information about how to raise a "
                "concern or make a complaint is available in Welsh and in an easy read format.",
         "Regulation 24",
         "Complaints leaflet and poster to be translated into Welsh and an easy read version "
         "produced with the hospice’s patient and family forum.",
         "Head of Quality and Governance", "30 April 2025"),
        ("SECTION", "Delivery of safe and effective care"),
        ("ROW", "The registered person must ensure that controlled drugs stock checks are "
                "recorded consistently and signed by two registered nurses.",
         "Regulation 15(5)",
         "Controlled drugs register audit added to the weekly ward manager checklist, with "
         "findings reported to the Medicines Management Group.",
         "Ward Manager", "Immediate and ongoing"),
        ("CONT", None, None,
         "Refresher training on controlled drugs recording delivered to all registered nurses "
         "on the In-Patient Unit.",
         "Practice Educator", "31 May 2025"),
        ("ROW", "The registered person must ensure that all patients have a documented falls "
                "risk assessment within 24 hours of admission, reviewed weekly.",
         "Regulation 15(1)(a)(b)",
         "Falls risk assessment made a mandatory field in the electronic patient record "
         "admission template; compliance monitored through the monthly documentation audit.",
         "Director of Patient Care / Head of Clinical Systems", "End of June 2025"),
        ("SECTION", "Quality of management and leadership"),
        ("ROW", "The registered person must ensure that staff compliance with mandatory "
                "training, in particular Mental Capacity Act and safeguarding level 3, reaches "
                "the hospice target of 90%.",
         "Regulation 20(2)(a)",
         "Training compliance dashboard to be reported to each Clinical Governance Committee; "
         "staff below compliance contacted by line managers with dates to complete.",
         "HR Manager", "Q2 2025/26"),
        ("ROW", "The registered person should ensure that the outcome of staff supervision and "
                "appraisal is recorded and stored centrally.",
         "Regulation 20(2)(b)",
         "Central appraisal and clinical supervision log introduced on the HR system, with a "
         "quarterly report to the Senior Leadership Team.",
         "HR Manager / Lead Nurse", "September 2025"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        bold_cell(t.rows[0].cells[i], h, fill="1F4E79", white=True)
    last_row_cell = None
    for r, spec in enumerate(rows, start=1):
        cells = t.rows[r].cells
        if spec[0] == "SECTION":
            m = cells[0].merge(cells[4])
            bold_cell(m, spec[1], fill="D9E1F2")
            continue
        kind, imp, std, action, lead, when = spec
        if kind == "ROW":
            cells[0].text = imp
            cells[1].text = std
            last_row_cell = (r, cells[0], cells[1])
        else:  # continuation: merge improvement + standard cells with the row above
            prev_r, prev_imp, prev_std = last_row_cell
            prev_imp.merge(cells[0])
            prev_std.merge(cells[1])
        cells[2].text = action
        cells[3].text = lead
        cells[4].text = when

    doc.add_paragraph()
    doc.add_paragraph(
        "The following section must be completed by a representative of the service who has "
        "overall responsibility and accountability for ensuring the improvement plan is actioned."
    )
    sign = doc.add_table(rows=4, cols=2)
    sign.style = "Table Grid"
    for r, (k, v) in enumerate([
        ("Service representative", ""),
        ("Name (print):", "Helen Probert"),
        ("Job role:", "Chief Executive"),
        ("Date:", "7 April 2025"),
    ]):
        bold_cell(sign.rows[r].cells[0], k)
        sign.rows[r].cells[1].text = v
    doc.save(out("zuz-city-hospice-cardiff-hiw-inspection-improvement-plan.docx"))


# ================================================================ 2. HIS csv
def make_his_csv():
    rows = [
        ["Improvement Action Plan – HMP Kilmarnock Healthcare Inspection 2025", "", "", "", "", "", ""],
        ["NHS board:", "NHS Ayrshire & Arran", "", "", "", "", ""],
        ["Establishment:", "HMP Kilmarnock", "", "", "", "", ""],
        ["Inspection:", "HM Inspectorate of Prisons for Scotland full inspection, health and "
                        "wellbeing (Standard 9) inspected by Healthcare Improvement Scotland, "
                        "16–20 June 2025", "", "", "", "", ""],
        ["Action plan updated:", "12/11/2025", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Requirement / recommendation", "Action planned",
         "Responsibility for taking action", "Timescale to meet action", "Progress update",
         "RAG status"],
        ["Requirements", "", "", "", "", "", ""],
        ["Req1.1",
         "Requirement 1: NHS Ayrshire & Arran must ensure that all patients receive a "
         "nurse-led health screening on the day of admission, with a secondary screening "
         "completed within 72 hours.",
         "Review the reception rota so that a registered nurse is rostered to reception until "
         "the last movement of the day, seven days a week.",
         "Clinical Nurse Manager", "31/08/2025",
         "New rota in place from 4 August 2025. Reception cover audited for four weeks: 100%.",
         "Complete"],
        ["Req1.2", "",
         "Introduce a daily check of the clinical system to identify any patient without a "
         "secondary screening at 72 hours and escalate to the nurse in charge.",
         "Team Lead – Primary Care", "October 2025",
         "Daily report built; checks started 1 October, weekly compliance reported to CNM.",
         "Green"],
        ["Req2.1",
         "Requirement 2: NHS Ayrshire & Arran must ensure that medicines are stored at the "
         "correct temperature and that fridge temperature records are complete.",
         "Replace the treatment room fridge in the health centre with a data-logging fridge "
         "and add fridge temperature checks to the daily pharmacy technician checklist.",
         "Lead Pharmacist; Clinical Nurse Manager", "30/09/2025 (revised 31/12/2025)",
         "Daily checks in place. Fridge delivered but installation delayed awaiting SPS "
         "works permit; revised date agreed at governance group.",
         "Amber"],
        ["Req3.1",
         "Requirement 3: NHS Ayrshire & Arran must ensure that patients referred to the "
         "mental health team are triaged within five working days.",
         "Implement a single point of referral for the mental health team with daily triage "
         "by a mental health nurse.",
         "Mental Health Team Lead", "Ongoing",
         "Single point of referral live since July. Median time to triage 3 days.",
         "Green"],
        ["Req3.2", "",
         "Report monthly waiting times for mental health triage to the Prison Healthcare "
         "Governance Group.",
         "Head of Service – Prison Healthcare", "Q3 2025/26",
         "First report tabled October 2025.", "Green"],
        ["Recommendations", "", "", "", "", "", ""],
        ["Rec1.1",
         "Recommendation 1: NHS Ayrshire & Arran should ensure that patients are involved in "
         "the development of their care plans.",
         "Audit 20 care plans each quarter for evidence of patient involvement and feed "
         "results back through team meetings.",
         "Senior Charge Nurse", "March 2026",
         "Audit tool not yet agreed; to be discussed at November governance group.", "Red"],
        ["Rec2.1",
         "Recommendation 2: NHS Ayrshire & Arran should ensure that patients are given "
         "information about how to make a complaint about their healthcare.",
         "Display the NHS Ayrshire & Arran complaints leaflet in all halls and add "
         "healthcare complaints to the prisoner induction session.",
         "Senior Charge Nurse / Patient Experience Lead", "31/07/2025",
         "Leaflets displayed in all halls; induction slide added July 2025.", "Complete"],
        ["", "", "", "", "", "", ""],
        ["RAG key: Red – not on track; Amber – some delay, action being taken; Green – on "
         "track; Complete – action completed and evidence provided to HIS", "", "", "", "", "", ""],
        ["Note: progress is reviewed monthly at the Prison Healthcare Governance Group and "
         "reported to the East Ayrshire HSCP Clinical and Care Governance Group.",
         "", "", "", "", "", ""],
    ]
    path = out("zuz-nhs-ayrshire-and-arran-hmp-kilmarnock-healthcare-his-inspection-improvement-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ================================================================ 3. BAF xlsx
def make_baf_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Oxford Health NHS Foundation Trust – Board Assurance Framework 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025 (Q2 review) – presented to the Board of Directors, 26 November 2025"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Strategic risk", "Executive lead", "Assurance committee",
                       "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"],
               [8, 60, 20, 28, 10, 10, 10, 10, 12])
    summary = [
        ["SR1", "Failure to deliver safe, high quality care in our inpatient mental health services",
         "Chief Nurse", "Quality and Safety Committee", 20, 16, 16, 8, "↔"],
        ["SR2", "Inability to recruit and retain a workforce with the right skills and capacity "
                "to deliver our services", "Chief People Officer",
         "People, Leadership and Culture Committee", 20, 16, 20, 12, "↑"],
        ["SR3", "Failure to achieve financial sustainability and deliver the 2025/26 financial plan",
         "Chief Finance Officer", "Finance and Investment Committee", 16, 16, 12, 8, "↓"],
    ]
    for i, r in enumerate(summary, start=5):
        put(ws, i, r)
    ws["A10"] = "RAG key for actions"
    ws["A10"].font = Font(bold=True)
    key = [("R", "Off track, or past due date with no revised date agreed"),
           ("A", "Some delay; recovery plan or revised date agreed"),
           ("G", "On track to deliver by the due date"),
           ("B", "Complete")]
    for i, (k, txt) in enumerate(key, start=11):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        ws.cell(row=i, column=2, value=txt)
    ws["A16"] = ("Risk scores are consequence x likelihood (5 x 5 matrix). Detailed controls, "
                 "assurances, gaps and actions for each strategic risk are on the SR1–SR3 tabs.")

    risks = [
        ("SR1", "SR1: Failure to deliver safe, high quality care in our inpatient mental health services",
         "Quality – deliver the best possible care and health outcomes", "Chief Nurse",
         "Quality and Safety Committee",
         "Inherent 4 x 5 = 20 | Current 4 x 4 = 16 | Target 4 x 2 = 8",
         "Patient Safety Incident Response Plan; observation and engagement policy; ligature "
         "risk assessments reviewed annually; Safer Staffing reports to Board; ward "
         "accreditation programme.",
         "G1 Ligature anchor points remain on one acute ward pending capital works. "
         "G2 Inconsistent compliance with observation audits. G3 Learning responses capability "
         "not yet embedded at ward level.",
         [
             ["1.1", "Complete the ligature risk reduction capital programme on Ruby and Sapphire "
                     "wards, including replacement of en-suite door sets.",
              "Director of Estates and Facilities", dt.date(2025, 9, 30), dt.date(2025, 12, 31),
              "Ruby ward complete. Sapphire ward works delayed by contractor availability; "
              "completion now expected December.", "A", "A"],
             ["1.2", "Roll out Patient Safety Incident Response Framework learning response "
                     "training to all inpatient ward managers and deputies.",
              "Head of Patient Safety", dt.date(2025, 7, 31), None,
              "All 46 ward managers and deputies trained by July 2025.", "G", "B"],
             ["1.3", "Implement the revised observation and engagement policy with monthly "
                     "compliance audits reported to the Quality and Safety Committee.",
              "Deputy Chief Nurse / Associate Director of Nursing – Mental Health",
              dt.date(2026, 3, 31), None,
              "Policy approved September 2025; audits started October (compliance 87%).",
              "G", "G"],
         ]),
        ("SR2", "SR2: Inability to recruit and retain a workforce with the right skills and "
                "capacity to deliver our services",
         "People – be a great place to work", "Chief People Officer",
         "People, Leadership and Culture Committee",
         "Inherent 4 x 5 = 20 | Current 4 x 5 = 20 | Target 4 x 3 = 12",
         "Recruitment and retention plan; temporary staffing control panel; e-rostering; "
         "health and wellbeing offer; monthly workforce dashboard to Executive.",
         "G1 Registered nurse vacancy rate above 12% in adult inpatient services. "
         "G2 Agency spend above the ICB cap. G3 Turnover in first two years of employment.",
         [
             ["2.1", "Deliver the international recruitment pipeline for 40 registered mental "
                     "health nurses, including pastoral support and OSCE preparation.",
              "Chief People Officer", dt.date(2025, 12, 31), dt.date(2026, 3, 31),
              "28 nurses in post; two cohorts deferred due to visa processing delays. Revised "
              "date agreed by Executive Management Committee.", "A", "R"],
             ["2.2", "Reduce agency spend to below 3.7% of the pay bill through the temporary "
                     "staffing control panel.",
              "Chief Finance Officer; Chief People Officer", dt.date(2026, 3, 31), None,
              "Agency spend 4.4% in September (5.1% in April).", "A", "A"],
             ["2.3", "Launch the flexible working and retention programme for staff in their "
                     "first two years of employment.",
              "Head of Organisational Development", dt.date(2025, 10, 31), None,
              "Launch event held 14 October; uptake monitored through the workforce dashboard.",
              "G", "G"],
         ]),
        ("SR3", "SR3: Failure to achieve financial sustainability and deliver the 2025/26 "
                "financial plan",
         "Sustainability – make best use of our resources", "Chief Finance Officer",
         "Finance and Investment Committee",
         "Inherent 4 x 4 = 16 | Current 4 x 3 = 12 | Target 4 x 2 = 8",
         "Financial plan approved by Board; budget holder accountability framework; PMO "
         "oversight of cost improvement schemes; monthly finance report.",
         "G1 Cost improvement schemes not fully identified for Q4. "
         "G2 2026/27 contract position not yet agreed.",
         [
             ["3.1", "Deliver the £18.2m cost improvement programme with schemes tracked monthly "
                     "through the Programme Management Office.",
              "Chief Finance Officer", dt.date(2026, 3, 31), None,
              "£9.6m delivered at month 6 against a plan of £8.9m; £1.4m of Q4 schemes still "
              "to be identified.", "A", "A"],
             ["3.2", "Agree the 2026/27 contract and activity plan with Buckinghamshire, "
                     "Oxfordshire and Berkshire West ICB.",
              "Director of Strategy and Partnerships", dt.date(2026, 3, 31), None,
              "Planning round guidance awaited.", None, None],
         ]),
    ]
    for tab, heading, objective, exec_lead, committee, scores, controls, gaps, actions in risks:
        s = wb.create_sheet(tab)
        s["A1"] = "Board Assurance Framework 2025/26"
        s["A1"].font = Font(italic=True, color="666666")
        s["A2"] = heading
        s["A2"].font = Font(bold=True, size=13)
        s.merge_cells("A2:H2")
        for r, (k, v) in enumerate([("Strategic objective", objective),
                                    ("Executive lead", exec_lead),
                                    ("Assurance committee", committee),
                                    ("Risk score (C x L)", scores),
                                    ("Key controls", controls),
                                    ("Gaps in control / assurance", gaps)], start=3):
            kc = s.cell(row=r, column=1, value=k)
            kc.font = Font(bold=True)
            kc.fill = FILL["GREY"]
            kc.alignment = WRAP
            vc = s.cell(row=r, column=2, value=v)
            vc.alignment = WRAP
            s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        header_row(s, 10, ["Ref", "Action to address gap", "Action owner", "Original due date",
                           "Revised due date", "Progress update (October 2025)",
                           "Previous RAG", "Current RAG"],
                   [22, 55, 30, 14, 14, 50, 10, 10])
        for i, a in enumerate(actions, start=11):
            put(s, i, a)
            for col in (7, 8):
                c = s.cell(row=i, column=col)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if c.value:
                    c.fill = FILL[c.value]
                    c.font = Font(bold=True, color="FFFFFF" if c.value in "RB" else "000000")
    wb.save(out("zuz-oxford-health-nhsft-board-assurance-framework-2025-26.xlsx"))


# ================================================================ 4. QA priorities xlsx (refuse)
def make_qa_xlsx():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Kettering General Hospital NHS Foundation Trust"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Quality Account Priorities 2025/26 – Progress Tracker (Quarter 2)"
    cover["A2"].font = Font(bold=True, size=12)
    header_row(cover, 4, ["Version", "Date", "Author", "Comments"], [12, 14, 30, 60])
    for i, r in enumerate([
        ["0.1", dt.date(2025, 7, 15), "Head of Clinical Governance", "Q1 position"],
        ["0.2", dt.date(2025, 10, 20), "Head of Clinical Governance",
         "Q2 updates from priority leads"],
        ["1.0", dt.date(2025, 11, 4), "Deputy Chief Nurse",
         "Approved for Quality Governance Committee, November 2025"],
    ], start=5):
        put(cover, i, r)

    ws = wb.create_sheet("Priorities 2025-26")
    ws["A1"] = "Kettering General Hospital NHS Foundation Trust"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Quality Account Priorities 2025/26 – Progress Tracker (Quarter 2)"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Reporting to: Quality Governance Committee, November 2025"
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, (k, txt) in zip("BCDE", [("G", "Green – on track"), ("A", "Amber – at risk"),
                                      ("R", "Red – off track"), ("B", "Blue – complete")]):
        c = ws[f"{col}5"]
        c.value = txt
        c.fill = FILL[k]
    header_row(ws, 7, ["Domain", "Priority", "Ref", "Action / milestone", "Lead", "Due",
                       "Q2 progress update", "RAG"], [16, 34, 6, 50, 28, 16, 50, 9])
    data = [
        # domain, priority, ref, action, lead, due, update, rag
        ("Patient safety",
         "Priority 1: Improve the recognition of and response to deteriorating adult patients",
         "1.1", "Launch the revised NEWS2 escalation policy with ward-based teaching sessions.",
         "Lead Nurse – Deteriorating Patient", "June 2025",
         "Policy launched 2 June; 31 teaching sessions delivered.", "Blue"),
        (None, None, "1.2",
         "Audit monthly the time from NEWS2 of 5 or more to medical review, by ward.",
         "Associate Medical Director for Patient Safety", "September 2025",
         "Audit running; 78% reviewed within 60 minutes in September.", "Green"),
        (None, None, "1.3",
         "Extend the critical care outreach service to 24/7 cover.",
         "Divisional Director of Nursing (Medicine) / Clinical Lead for Critical Care",
         "Febuary 2026",
         "Business case approved; recruitment to two band 7 posts under way.", "Amber"),
        (None, "Priority 2: Reduce inpatient falls resulting in moderate or severe harm",
         "2.1", "Introduce bay nursing and enhanced supervision on the three wards with the "
                "highest falls rates.",
         "Head of Nursing – Medicine", "October 2025",
         "In place on Ashton and Lilford wards; Dryden ward from November.", "Amber"),
        (None, None, "2.2",
         "Complete lying and standing blood pressure for 90% of patients aged 65 and over "
         "within 24 hours of admission.",
         "Falls Prevention Practitioner", "March 2026",
         "Compliance 64% in September (baseline 41%).", "Red"),
        ("Clinical effectiveness",
         "Priority 3: Improve timely discharge from adult inpatient wards",
         "3.1", "Embed the SAFER patient flow bundle, including a daily board round before "
                "10:00 on all adult wards.",
         "Chief Operating Officer", "December 2025",
         "Board rounds in place on 14 of 19 wards.", "Green"),
        (None, None, "3.2",
         "Increase discharges before midday to 33% through the discharge lounge and "
         "criteria-led discharge.",
         "Deputy Chief Operating Officer", "March 2026",
         "Before-midday discharges 21% in September.", "Amber"),
        ("Patient experience",
         "Priority 4: Improve the experience of people with a learning disability and "
         "autistic people",
         "4.1", "Roll out the Oliver McGowan Mandatory Training Tier 1 to all staff.",
         "Learning Disability and Autism Lead Nurse", "March 2026",
         "Tier 1 compliance 72%.", "Green"),
        (None, None, "4.2",
         "Introduce a reasonable adjustments flag in the electronic patient record, visible "
         "in the Emergency Department.",
         "Chief Nursing Information Officer", "November 2025",
         "Flag built; testing with ED in October.", "Green"),
    ]
    first = 8
    for i, (dom, pri, ref, act, lead, due, upd, rag) in enumerate(data):
        r = first + i
        put(ws, r, [dom, pri, ref, act, lead, due, upd, rag])
        c = ws.cell(row=r, column=8)
        c.fill = FILL[rag[0]]
        c.font = Font(bold=True, color="FFFFFF" if rag[0] in "RB" else "000000")
    # merge domain and priority cells vertically as laid out on screen
    ws.merge_cells(start_row=8, start_column=1, end_row=12, end_column=1)
    ws.merge_cells(start_row=8, start_column=2, end_row=10, end_column=2)
    ws.merge_cells(start_row=11, start_column=2, end_row=12, end_column=2)
    ws.merge_cells(start_row=13, start_column=1, end_row=14, end_column=1)
    ws.merge_cells(start_row=13, start_column=2, end_row=14, end_column=2)
    ws.merge_cells(start_row=15, start_column=1, end_row=16, end_column=1)
    ws.merge_cells(start_row=15, start_column=2, end_row=16, end_column=2)
    ws["A18"] = ("Priorities were agreed with governors and stakeholders for the Quality "
                 "Account 2024/25 and are reported quarterly to the Quality Governance Committee.")
    wb.save(out("zuz-kettering-general-hospital-nhsft-quality-account-priorities-tracker-2025-26-typo-month-refuse.xlsx"))


# ================================================================ 5. dom care CQC xlsx
def make_domcare_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Prestige Nursing + Care Exeter – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    for r, (k, v) in enumerate([
        ("Provider:", "Prestige Nursing Limited"),
        ("Location:", "Prestige Nursing + Care Exeter (domiciliary care agency)"),
        ("Inspection:", "Assessment 3–24 June 2025; report published 19 August 2025; "
                        "overall rating Requires improvement"),
        ("Plan owner:", "Registered Manager"),
        ("Last reviewed:", dt.date(2025, 11, 3)),
    ], start=2):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=r, column=2, value=v)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    headers = ["No.", "What CQC found", "Action we will take", "Who", "By when",
               "Evidence / progress", "RAG"]
    widths = [6, 45, 50, 28, 13, 45, 8]

    def section(sheet, row, text):
        sheet.cell(row=row, column=1, value=text).font = Font(bold=True)
        for col in range(1, 8):
            sheet.cell(row=row, column=col).fill = FILL["SECTION"]
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)

    def action(sheet, row, no, found, act, who, when, prog, rag):
        put(sheet, row, [no, found, act, who, when, prog, None])
        if rag:
            sheet.cell(row=row, column=7).fill = FILL[rag]

    header_row(ws, 8, headers, widths)
    section(ws, 9, "Must do – Regulation 12: Safe care and treatment (Safe)")
    fA = ("Risks associated with people’s health conditions, such as diabetes and catheter "
          "care, were not always assessed, and care plans did not give staff enough guidance.")
    action(ws, 10, 1, fA,
           "Review and update risk assessments for all people with diabetes, catheters or PEG "
           "feeding, using condition-specific templates in the electronic care planning system.",
           "Care Coordinator", dt.date(2025, 7, 31),
           "All 23 care plans reviewed and updated; checked by RM 30/07/2025.", "B")
    action(ws, 11, 2, None,
           "Field care supervisors to audit five care plans a week against the new templates "
           "and feed back to the Registered Manager.",
           "Field Care Supervisors", "Weekly",
           "Audits on file from 4 August; findings discussed at team meeting.", "G")
    ws.merge_cells("B10:B11")
    fB = ("Medicines were not always managed safely. Electronic medicines administration "
          "records (eMAR) had gaps which had not been followed up.")
    action(ws, 12, 3, fB,
           "Introduce a daily eMAR exception check by the on-call coordinator, with missed or "
           "late doses followed up the same day.",
           "Sarah Penrose (RM) / Tom Hext (Care Coordinator)", dt.date(2025, 7, 15),
           "In place since 14 July; exception report reviewed at weekly team meeting.", "G")
    section(ws, 13, "Must do – Regulation 17: Good governance (Well-led)")
    fC = ("Systems to monitor the quality and safety of the service were not effective. "
          "Audits had not identified the concerns we found.")
    action(ws, 14, 4, fC,
           "Implement a monthly quality audit schedule covering care plans, medicines, call "
           "times and complaints, with actions tracked on the service improvement log.",
           "Registered Manager", dt.date(2025, 9, 30),
           "Schedule in place; call time audit for September not yet completed.", "A")
    action(ws, 15, 5, None,
           "Regional Quality Lead to complete a quarterly provider compliance visit and report "
           "to the Director of Operations.",
           "Regional Quality Lead", dt.date(2025, 12, 31),
           "First visit booked for December.", None)
    ws.merge_cells("B14:B15")
    ws["A17"] = "RAG key"
    ws["A17"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("R", "Red – not started / overdue"),
                                  ("A", "Amber – in progress, some delay"),
                                  ("G", "Green – on track"),
                                  ("B", "Blue – completed and embedded")], start=18):
        ws.cell(row=i, column=1).fill = FILL[k]
        ws.cell(row=i, column=2, value=txt)

    s2 = wb.create_sheet("Should do")
    s2["A1"] = "Prestige Nursing + Care Exeter – CQC Inspection Action Plan (continued)"
    s2["A1"].font = Font(bold=True, size=12)
    header_row(s2, 3, headers, widths)
    section(s2, 4, "Should do – Effective and Responsive")
    action(s2, 5, 6,
           "The provider should ensure staff receive regular supervision and spot checks in "
           "line with their policy.",
           "Create a supervision and spot check matrix for all 58 care staff and book overdue "
           "sessions.",
           "Field Care Supervisors", dt.date(2025, 8, 31),
           "Matrix created; 19 supervisions overdue due to staff sickness.", "R")
    action(s2, 6, 7,
           "The provider should ensure people and relatives are told in advance when their care "
           "worker or call time changes.",
           "Send weekly rotas to people and relatives by email or post every Friday, and phone "
           "people when a late change is made.",
           "Care Coordinator", "October 2025",
           "Rotas sent weekly since 3 October; late-change calls logged.", "G")
    wb.save(out("zuz-prestige-nursing-care-exeter-cqc-home-care-inspection-action-plan.xlsx"))


# ================================================================ 6. PSII docx
def make_psii_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Patient Safety Incident Investigation – Safety Action Plan", style="Title")
    p = doc.add_paragraph("Sheffield Children’s NHS Foundation Trust")
    p.runs[0].bold = True
    doc.add_paragraph("PSII reference: PSII-2025-014 | Incident: delayed recognition and "
                      "escalation of deterioration in a child with sepsis on a surgical ward")

    doc.add_heading("Document control", level=1)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        bold_cell(dc.rows[0].cells[i], h, fill="D9E1F2")
    for r, vals in enumerate([
        ["0.1", "18/08/2025", "Patient Safety Partner (PSII lead investigator)", "First draft"],
        ["0.2", "02/09/2025", "Patient Safety Partner (PSII lead investigator)",
         "Safety actions agreed at design workshop"],
        ["1.0", "24/09/2025", "Head of Patient Safety",
         "Approved by Patient Safety Oversight Group"],
    ], start=1):
        for c, v in enumerate(vals):
            dc.rows[r].cells[c].text = v

    doc.add_heading("Incident summary", level=1)
    doc.add_paragraph(
        "A 9-year-old child admitted following appendicectomy developed signs of sepsis "
        "overnight. Observations were recorded, but the rising Paediatric Early Warning Score "
        "(PEWS) was not escalated to the medical team for 2 hours 40 minutes. The child was "
        "transferred to the Paediatric Critical Care Unit and has since made a full recovery. "
        "The family contributed to the investigation and to the design of the safety actions."
    )
    doc.add_paragraph(
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | "
        "Not started"
    )

    areas = [
        ("Area for improvement 1",
         "Escalation of a raised PEWS out of hours depended on individual nurses contacting the "
         "registrar by phone, and escalation was not recorded in a consistent place.",
         [
             ["SA1.1",
              "Add an automated PEWS escalation alert to the electronic observations system so "
              "that a score of 5 or more notifies the surgical registrar’s device.",
              "Chief Clinical Information Officer / Lead Nurse for Resuscitation & Deteriorating Patient",
              "31 December 2025",
              "Alert live on all surgical wards; monthly audit of time from PEWS 5+ to review.",
              "On track"],
             ["SA1.2",
              "Deliver simulation training on escalation of the deteriorating child to all "
              "nurses on the surgical wards, including night staff.",
              "Practice Educator – Surgical Wards", "March 2026",
              "Training compliance above 90%; quarterly audit of escalation times.",
              "On track"],
         ]),
        ("Area for improvement 2",
         "The sepsis screening tool did not prompt staff to consider parental concern, and the "
         "family did not know how to ask for an urgent review.",
         [
             ["SA2.1",
              "Revise the sepsis screening tool to include a prompt for parental concern and "
              "re-launch it across inpatient areas.",
              "Consultant Paediatric Intensivist (Sepsis Lead)", "30 September 2025",
              "Revised tool in use; compliance measured through the sepsis audit.",
              "Complete"],
             ["SA2.2",
              "Introduce a ‘Call 4 Concern’ information card for families on admission, "
              "explaining how to request an urgent review.",
              "Head of Patient Experience", "Q4 2025/26",
              "Number of Call 4 Concern calls; family feedback survey.",
              "Not started"],
         ]),
        ("Area for improvement 3",
         "There was no structured point overnight at which the surgical registrar, site "
         "coordinator and nurses in charge reviewed sick children together.",
         [
             ["SA3.1",
              "Establish a night-time safety huddle at 22:00 between the surgical registrar, "
              "site coordinator and nurses in charge, with attendance recorded.",
              "Head of Nursing (Surgery) / Clinical Director (Surgery)", "November 2025",
              "Huddle attendance log; monthly review at Surgical Division governance.",
              "At risk"],
             ["SA3.2",
              "Review registrar cover for the surgical wards out of hours as part of the "
              "medical workforce review.",
              "Clinical Director (Surgery)", "June 2026",
              "Workforce review report to Surgical Division Board.",
              "Not started"],
         ]),
    ]
    for heading, text, actions in areas:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Safety action", "Responsible", "Timescale",
                               "Measurement of effectiveness", "Status"]):
            bold_cell(t.rows[0].cells[i], h, fill="1F4E79", white=True)
        for r, vals in enumerate(actions, start=1):
            for c, v in enumerate(vals):
                t.rows[r].cells[c].text = v
        doc.add_paragraph()

    doc.add_heading("Approval", level=1)
    ap = doc.add_table(rows=3, cols=3)
    ap.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        bold_cell(ap.rows[0].cells[i], h, fill="D9E1F2")
    for r, vals in enumerate([
        ["Patient Safety Oversight Group", "Chaired by the Chief Nurse", "24/09/2025"],
        ["Quality Committee", "For information", "15/10/2025"],
    ], start=1):
        for c, v in enumerate(vals):
            ap.rows[r].cells[c].text = v
    doc.save(out("zuz-sheffield-childrens-nhsft-psii-safety-action-plan.docx"))


# ================================================================ 7. RQIA txt
def make_rqia_txt():
    rule = "-" * 78
    lines = [
        "Oakridge Nursing Home – Quality Improvement Plan",
        "Unannounced care inspection: 9 September 2025",
        "RQIA ID: 11482    Inspection ID: IN046213",
        "Registered Manager: Mrs Claire McAllister",
        "",
        "The areas for improvement identified during this inspection are detailed in the QIP. "
        "Details of the QIP were discussed with Mrs McAllister, Registered Manager, as part of "
        "the inspection process. The timescales commence from the date of inspection.",
        "",
        rule,
        "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005",
        rule,
        "",
        "Area for improvement 1",
        "Ref: Regulation 13 (7)",
        "Stated: Second time",
        "To be completed by: With immediate effect",
        "",
        "The registered person shall ensure that the infection prevention and control issues "
        "identified during this inspection are addressed, including the storage of equipment "
        "in bathrooms and the cleaning of shower chairs.",
        "",
        "Response by registered person detailing the actions taken:",
        "Equipment has been removed from all bathrooms and a storage area created on the "
        "ground floor.",
        "Shower chairs are now cleaned after each use and recorded on the bathroom cleaning "
        "schedule, which is checked daily by the nurse in charge.",
        "",
        "Area for improvement 2",
        "Ref: Regulation 13 (4)",
        "Stated: First time",
        "To be completed by: 9 October 2025",
        "",
        "The registered person shall ensure that thickening agents are administered in "
        "accordance with the prescribed consistency and that records of administration are "
        "maintained.",
        "",
        "Response by registered person detailing the actions taken:",
        "All care assistants have completed IDDSI refresher training delivered by the Speech "
        "and Language Therapy team. The deputy manager audits food and fluid charts for "
        "residents on modified diets weekly.",
        "",
        "Area for improvement 3",
        "Ref: Regulation 12 (1) (a) and (b)",
        "Stated: First time",
        "To be completed by: 9 November 2025",
        "",
        "The registered person shall ensure that wound care is delivered in line with the care "
        "plan and that wound assessments are completed at each dressing change.",
        "",
        "Response by registered person detailing the actions taken:",
        "Wound care plans have been reviewed for all residents with wounds.",
        "A monthly wound care audit has been introduced and the Tissue Viability Nurse from the "
        "Northern Health and Social Care Trust has delivered training to registered nurses.",
        "",
        rule,
        "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)",
        rule,
        "",
        "Area for improvement 1",
        "Ref: Standard 4.9",
        "Stated: First time",
        "To be completed by: 9 October 2025",
        "",
        "The registered person shall ensure that care records are reviewed and updated when a "
        "resident's needs change, including after a fall.",
        "",
        "Response by registered person detailing the actions taken:",
        "A post-falls documentation checklist has been introduced. The registered manager "
        "reviews all falls records within 24 hours and the care plan audit tool has been "
        "updated.",
        "",
        "Area for improvement 2",
        "Ref: Standard 12.13",
        "Stated: Second time",
        "To be completed by: 9 November 2025",
        "",
        "The registered person shall ensure that the daily menu is displayed in a suitable "
        "format and that residents are offered a choice of meal at each mealtime, including "
        "those on modified diets.",
        "",
        "Response by registered person detailing the actions taken:",
        "Pictorial menus are now displayed in each dining room. The catering manager and nurse "
        "in charge check at each mealtime that a choice is offered to residents on modified "
        "diets.",
        "",
        rule,
        "*Please ensure this document is completed in full and returned via the Web Portal*",
        "",
    ]
    with open(out("zuz-oakridge-nursing-home-coleraine-rqia-care-inspection-qip.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    make_hiw_docx()
    make_his_csv()
    make_baf_xlsx()
    make_qa_xlsx()
    make_domcare_xlsx()
    make_psii_docx()
    make_rqia_txt()
    print("done")
