"""Generator for the cz2- blind cases (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python cz2_make.py ; writes the document files beside this script.
"""
import csv
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}
HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
       "grey": "D9D9D9", "navy": "1F3864"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. Liverpool Heart and Chest Hospital - internal audit recommendations tracker (CSV export)
# ---------------------------------------------------------------------------
def lhch_csv():
    hdr = ["Audit Ref", "Audit Title", "Assurance Level", "Rec Ref", "Priority", "Recommendation",
           "Management Response / Agreed Action", "Responsible Officer", "Original Target Date",
           "Revised Target Date", "Status", "RAG", "Progress Update"]
    rows = [
        ["LHCH 24/25-03", "Data Security and Protection Toolkit", "Moderate", "03.1", "High",
         "The Trust should ensure that all staff complete annual Data Security Awareness training so that the 95% toolkit standard is met.",
         "Weekly compliance reports to be issued to divisional leads, with non-compliant staff escalated through the Information Governance Steering Group.",
         "Head of Information Governance", "31/10/2024", "31/01/2025", "In progress", "Amber",
         "Compliance at 92.4% at end of December. Divisional leads receive weekly lists; target date revised to allow for winter pressures."],
        ["LHCH 24/25-03", "Data Security and Protection Toolkit", "Moderate", "03.2", "Medium",
         "Information Asset Registers should be reviewed and signed off by each Information Asset Owner.",
         "IAO review of all asset registers to be completed and signed off at the IG Steering Group.",
         "Senior Information Risk Owner", "30/09/2024", "", "Implemented", "Blue",
         "All 27 registers reviewed and signed off at the IG Steering Group on 19/09/2024. Evidence held by MIAA."],
        ["LHCH 24/25-05", "Key Financial Systems - Accounts Payable", "Substantial", "05.1", "Low",
         "Supplier bank detail changes should be independently verified by call-back to a known contact before being processed.",
         "Call-back procedure to be written into the AP desk instructions and a monthly sample check introduced.",
         "Financial Controller", "30/11/2024", "", "Implemented", "Blue",
         "Desk instructions updated in November and the first monthly sample check found no exceptions."],
        ["LHCH 24/25-07", "Safeguarding Training and Supervision", "Limited", "07.1", "High",
         "Level 3 safeguarding adults training compliance should be reported to the Safeguarding Assurance Committee by staff group.",
         "Training dashboard to be developed with the Workforce Information team showing Level 3 compliance by staff group and ward.",
         "Named Nurse Safeguarding Adults", "31/12/2024", "", "In progress", "Green",
         "Dashboard built and tested; first report goes to the Safeguarding Assurance Committee in January."],
        ["LHCH 24/25-07", "Safeguarding Training and Supervision", "Limited", "07.2", "High",
         "Safeguarding supervision for clinical staff working with vulnerable adults should be recorded and monitored.",
         "Introduce a supervision log on the Safeguarding SharePoint site and report uptake quarterly.",
         "Head of Safeguarding / Named Nurse Safeguarding Adults", "31/03/2025", "", "In progress", "Green",
         "Log in place from December. Q3 uptake will be the baseline."],
        ["LHCH 24/25-07", "Safeguarding Training and Supervision", "Limited", "07.3", "Medium",
         "The Safeguarding Adults policy should be updated to reflect the Liberty Protection Safeguards position and the current Mental Capacity Act guidance.",
         "Policy to be reviewed and re-approved through the Policy Approval Group.",
         "Head of Safeguarding", "31/08/2024", "30/11/2024", "Overdue", "Red",
         "Draft policy delayed pending national LPS announcement. Now scheduled for the February Policy Approval Group."],
        ["LHCH 24/25-09", "Consultant Job Planning", "Moderate", "09.1", "Medium",
         "Job plans should be signed off within the e-job planning system by 30 June each year.",
         "Medical Director's office to issue reminders and report sign-off rates to the People Committee.",
         "Deputy Medical Director", "30/06/2025", "", "Not yet due", "Green",
         "Job planning round opened in January 2025."],
        ["LHCH 24/25-09", "Consultant Job Planning", "Moderate", "09.2", "Low",
         "Job planning guidance should include the expected number of SPAs for new consultants.",
         "Job Planning Policy to be amended and shared with the LNC.",
         "Deputy Medical Director; Medical Staffing Manager", "31/03/2025", "", "Not yet due", "",
         ""],
    ]
    with open(out("cz2-liverpool-heart-chest-hospital-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Liverpool Heart and Chest Hospital NHS Foundation Trust - Internal Audit Recommendations Tracker"])
        w.writerow(["Audit Committee 16/01/2025 - position at 31/12/2024"])
        w.writerow([])
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 2. Buckinghamshire FRS - corporate risk register Q2 2024/25 (xlsx, mistyped month -> refuse)
# ---------------------------------------------------------------------------
def bfrs_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Buckinghamshire & Milton Keynes Fire Authority - Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Overview and Audit Committee, 13 November 2024 - Q2 2024/25 update"
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk ID", "Risk", "Risk Owner", "Inherent Score", "Current Controls", "Further Action Required",
           "Action Owner", "Target Date", "Residual Score", "RAG", "Direction of Travel", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    # rows: (risk id, risk, owner, inherent, controls, action, action owner, date, fmt, residual, rag, dot, update)
    rows = [
        ("CRR 1", "Funding and savings: insufficient funding to deliver the Public Safety Plan 2020-2025 and a balanced medium-term financial plan.",
         "Director of Finance and Assets", 20, "Medium Term Financial Plan; budget monitoring to SMB monthly; reserves strategy.",
         "Develop savings options for 2025/26 budget setting and present to the Executive Committee.",
         "Director of Finance and Assets", dt(2024, 12, 31), "dd/mm/yyyy", 16, "red", "\u2194",
         "Savings options workshop held with members in October. Settlement awaited."),
        (None, None, None, None, None,
         "Respond to the Home Office consultation on precept flexibility for fire authorities.",
         "Chief Fire Officer", dt(2025, 1, 31), "dd/mm/yyyy", None, "green", None,
         "Joint NFCC response drafted."),
        ("CRR 2", "Workforce availability: on-call availability falls below the level needed to maintain appliance availability.",
         "Area Commander Service Delivery", 16, "On-call support team; availability dashboard; day-crewing flexibility.",
         "Complete on-call recruitment campaign for Marlow, Waddesdon and Haddenham stations.",
         "Group Commander Response", dt(2025, 3, 31), "mmm-yy", 12, "amber", "\u2193",
         "Eleven trainees on the October course; availability up to 71% at Waddesdon."),
        (None, None, None, None, None,
         "Review the on-call pay model against the NJC circular and regional comparators.",
         "Head of Human Resources", "Janaury 2025", None, None, "amber", None,
         "Benchmarking complete; options paper being drafted."),
        ("CRR 3", "Cyber security: a successful cyber attack disrupts mobilising or corporate systems.",
         "Head of Technology, Transformation and PMO", 20, "Firewalls; Cyber Essentials Plus; backups tested quarterly.",
         "Deliver phishing simulation and refresher training to all staff.",
         "ICT Security Manager", dt(2024, 11, 30), "mmm-yy", 12, "green", "\u2194",
         "Second simulation run in October; click rate down to 4%."),
        (None, None, None, None, None,
         "Test the mobilising system fallback arrangements with Thames Valley Fire Control Service.",
         "Head of Technology, Transformation and PMO", dt(2025, 2, 28), "mmm-yy", None, "green", None,
         "Exercise booked for February."),
        ("CRR 4", "HMICFRS inspection: failure to address the cause of concern and areas for improvement from the 2023 inspection.",
         "Deputy Chief Fire Officer", 15, "HMICFRS improvement plan monitored by SMB and the Overview and Audit Committee.",
         "Close the remaining areas for improvement on values and culture and report to HMICFRS.",
         "Head of Human Resources", dt(2025, 3, 31), "mmm-yy", 9, "amber", "\u2193",
         "Culture action plan approved; staff survey closes in December."),
        (None, None, None, None, None,
         "Publish the revised Protection Risk Based Inspection Programme.",
         "Head of Protection and Assurance", dt(2024, 9, 30), "mmm-yy", None, "blue", None,
         "Complete - published September 2024."),
    ]
    r = 5
    for (rid, risk, owner, inh, ctl, act, aown, date, fmt, res, rag, dot, upd) in rows:
        vals = [rid, risk, owner, inh, ctl, act, aown, date, res, None, dot, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if fmt:
            ws.cell(row=r, column=8).number_format = fmt
        ws.cell(row=r, column=10).fill = FILL[rag]
        r += 1
    # merge risk cells over the two action rows of each risk
    for top in (5, 7, 9, 11):
        for col in (1, 2, 3, 4, 5, 9, 11):
            ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("red", "Action overdue or risk above tolerance"), ("amber", "Action at risk of slipping"),
           ("green", "Action on track"), ("blue", "Action complete")]
    for col, txt in key:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[col]
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Scores: likelihood (1-5) x impact (1-5). Direction of travel: \u2191 increasing, \u2194 no change, \u2193 reducing.")
    widths = [9, 40, 22, 9, 36, 44, 24, 12, 9, 7, 10, 40]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = wdt
    ws.freeze_panes = "A5"
    wb.save(out("cz2-bucks-frs-corporate-risk-register-q2-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Wirral Community Health and Care NHSFT - Board of Directors action log (xlsx)
# ---------------------------------------------------------------------------
def wcht_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Wirral Community Health and Care NHS Foundation Trust - Board of Directors (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Updated for the meeting on 4 December 2024"
    hdr = ["Ref", "Minute", "Action", "Lead", "Due Date", "Revised Due Date", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
        c.alignment = WRAP
    sections = [
        ("Board of Directors - 3 July 2024", [
            ("BoD 24-07/01", "24/25/041", "Present the outcome of the community nursing caseload review, including the impact on the Wirral Place transformation programme.",
             "CN", dt(2024, 9, 4), dt(2024, 12, 4), "Paper on the agenda for today's Board; propose closure.", "blue"),
            ("BoD 24-07/02", "24/25/044", "Circulate the updated Freedom to Speak Up vision and strategy to Board members for comment.",
             "Director of Corporate Affairs", dt(2024, 7, 31), None, "Circulated 22 July. Comments incorporated.", "blue"),
            ("BoD 24-07/03", "24/25/047", "Include health inequalities data (IMD quintile and ethnicity) in the integrated performance report.",
             "CFO / Director of Strategy", dt(2024, 10, 2), dt(2025, 2, 5), "Data warehouse changes required; BI team scoping. Revised date agreed by the Finance and Performance Committee.", "amber"),
        ]),
        ("Board of Directors - 2 October 2024", [
            ("BoD 24-10/01", "24/25/068", "Bring a report on the 0-19 service recruitment position and use of agency staff.",
             "Chief People Officer", dt(2024, 12, 4), None, "Deferred at the request of the Chair to allow the Q3 workforce data to be included.", "red"),
            ("BoD 24-10/02", "24/25/071", "Board development session on the Patient Safety Incident Response Framework to be scheduled.",
             "JM", dt(2025, 1, 15), None, "Session pencilled for the January Board development day.", "green"),
            ("BoD 24-10/03", "24/25/072", "Share the winter resilience plan with Wirral Place partners and report back on system escalation arrangements.",
             "Chief Operating Officer", "Ongoing", None, "Plan shared with Wirral Place Urgent and Emergency Care board; standing update through the COO report.", "green"),
        ]),
        ("Board of Directors - 6 November 2024 (Extraordinary)", [
            ("BoD 24-11/01", "24/25/080", "Confirm the Trust's response to the ICB consultation on the community services specification.",
             "AW, KB", dt(2024, 11, 29), None, "Response submitted 28 November.", "blue"),
            ("BoD 24-11/02", "24/25/081", "Provide assurance on the estates compliance action plan (water safety and fire risk assessments) through the Quality and Safety Committee.",
             "Director of Finance", dt(2025, 3, 31), None, "", None),
        ]),
    ]
    r = 6
    for head, items in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=head)
        c.font = Font(bold=True)
        c.fill = FILL["lilac"]
        r += 1
        for (ref, minute, act, lead, due, rev, upd, rag) in items:
            vals = [ref, minute, act, lead, due, rev, upd, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            for col in (5, 6):
                if isinstance(ws.cell(row=r, column=col).value, dt):
                    ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = FILL[rag]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for col, txt in [("blue", "Complete - propose closure"), ("green", "On track / not yet due"),
                     ("amber", "Date revised or at risk"), ("red", "Overdue")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[col]
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Lead initials: CN - Chief Nurse; JM - Medical Director; AW - Chief Executive; KB - Director of Strategy and Partnerships.")
    for col, wdt in zip("ABCDEFGH", [13, 10, 50, 24, 12, 12, 46, 7]):
        ws.column_dimensions[col].width = wdt
    wb.save(out("cz2-wirral-community-health-care-nhsft-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 4. Coventry and Warwickshire Partnership NHS Trust - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
def cwpt_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws.merge_cells("A1:I1")
    ws["A1"] = "Coventry and Warwickshire Partnership NHS Trust - CQC Inspection Action Plan (Must Do / Should Do)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Following the CQC inspection of mental health core services, report published 2023. Monitored by the Quality and Safety Committee."
    hdr = ["Ref", "Must Do / Should Do", "Action", "Lead", "Target Date", "Revised Target Date",
           "Progress Update", "Evidence of Completion", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    STAT = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    data = [
        ("Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1", "The trust must ensure that staff complete and record physical health observations following the use of rapid tranquillisation. (Regulation 12)", [
                ("MD1.1", "Audit rapid tranquillisation monitoring on all acute wards monthly and feed back results at ward governance meetings.",
                 "Associate Director of Nursing (MH)", dt(2023, 12, 31), None, "Monthly audit in place since October 2023; compliance 94% in the latest three audits.", "Audit reports Oct-Dec 2023", "Complete"),
                ("MD1.2", "Add a rapid tranquillisation observation chart to the electronic patient record with an automatic prompt.",
                 "Chief Clinical Information Officer", dt(2024, 3, 31), dt(2024, 9, 30), "Build delayed by the EPR upgrade; testing under way on Caludon Centre wards.", "", "At risk"),
            ]),
            ("MD2", "The trust must ensure that there are enough suitably qualified nursing staff on each shift. (Regulation 18)", [
                ("MD2.1", "Recruit to registered nurse vacancies through the international recruitment programme and the preceptorship offer.",
                 "Deputy Director of Workforce", dt(2024, 6, 30), None, "31 international nurses in post; RN vacancy rate down from 18% to 11%.", "", "On track"),
                ("MD2.2", "Review the safer staffing establishment for each ward using the MHOST tool and report to Board.",
                 "Chief Nursing Officer", dt(2024, 1, 31), None, "Establishment review presented to Board in January 2024.", "Board paper Jan 2024", "Complete"),
            ]),
        ]),
        ("Community-based mental health services for adults of working age", [
            ("MD3", "The trust must ensure that waiting lists are managed and that patients waiting for treatment have their risk reviewed. (Regulation 12)", [
                ("MD3.1", "Introduce a 'waiting well' process with a risk review contact at least every 8 weeks for everyone on the waiting list.",
                 "Head of Operations - Community MH", dt(2024, 4, 30), None, "Process live in all four localities. Compliance with 8-weekly contact at 79%.", "", "On track"),
                ("MD3.2", "Validate the psychology waiting list and remove duplicate referrals.",
                 "Service Manager (Psychology)", dt(2023, 11, 30), dt(2024, 2, 29), "Validation not completed; data quality issues with legacy referrals remain.", "", "Off track"),
            ]),
            ("SD1", "The trust should ensure that care plans are personalised and show the patient's views. (Regulation 9)", [
                ("SD1.1", "Deliver co-produced care planning training to community team staff with Experts by Experience.",
                 "Lead for Patient Experience / Practice Development Lead", dt(2024, 9, 30), None, "Six sessions delivered; further dates booked for the summer.", "", "On track"),
            ]),
        ]),
        ("Specialist community mental health services for children and young people", [
            ("SD2", "The trust should ensure that young people on the neurodevelopmental waiting list receive information about support while they wait. (Regulation 9)", [
                ("SD2.1", "Publish a 'while you wait' information pack and send it to all families on the waiting list.",
                 "Service Manager (CYP Neurodevelopmental)", dt(2024, 2, 29), None, "Pack co-produced with parent carer forums and sent to all families in February.", "Copy of pack; mailing log", "Complete"),
            ]),
        ]),
    ]
    r = 5
    for core, mds in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=core)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        r += 1
        for mdref, mdtext, acts in mds:
            top = r
            for (ref, act, lead, td, rtd, prog, ev, st) in acts:
                vals = [ref, mdtext if r == top else None, act, lead, td, rtd, prog, ev, st]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=5).number_format = "mmm-yy"
                ws.cell(row=r, column=6).number_format = "mmm-yy"
                ws.cell(row=r, column=9).fill = FILL[STAT[st]]
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for st, col in [("Complete", "blue"), ("On track", "green"), ("At risk", "amber"), ("Off track", "red")]:
        r += 1
        ws.cell(row=r, column=1, value=st).fill = FILL[col]
        ws.cell(row=r, column=2, value={"Complete": "Action complete and evidence provided",
                                        "On track": "Action on track to meet target date",
                                        "At risk": "Risk that target date will not be met",
                                        "Off track": "Target date missed"}[st])
    for col, wdt in zip("ABCDEFGHI", [8, 44, 46, 28, 11, 11, 44, 24, 11]):
        ws.column_dimensions[col].width = wdt
    wb.save(out("cz2-cwpt-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Tameside and Glossop ICFT - maternity and neonatal improvement highlight report (docx)
# ---------------------------------------------------------------------------
def tgicft_docx():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Maternity and Neonatal Improvement Programme - Highlight Report", level=1)
    d.add_paragraph("Tameside and Glossop Integrated Care NHS Foundation Trust")
    info = d.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Reporting period", "November 2024"),
                                ("Senior Responsible Officer", "Director of Nursing, Midwifery and AHPs"),
                                ("Reporting to", "Quality and Governance Committee / LMNS Board"),
                                ("Overall programme RAG", "Amber")]):
        info.cell(i, 0).text = k
        info.cell(i, 1).text = v
    shade(info.cell(3, 1), HEX["amber"])
    d.add_paragraph()
    d.add_paragraph(
        "This report sets out progress against the maternity improvement plan developed following the CQC "
        "national maternity inspection (December 2023, report published March 2024) and the Maternity "
        "Incentive Scheme year 6 safety actions. Actions are grouped by workstream.")
    hdr = ["Ref", "Action", "Owner", "Due", "Progress this period", "RAG"]
    work = [
        ("Workstream 1: Triage and timely assessment", [
            ("1.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in maternity triage.",
             "Consultant Midwife", "Mar-24", "BSOTS live since March; audit shows 88% of women assessed within 15 minutes.", "Complete"),
            ("1.2", "Provide a dedicated triage telephone line staffed 24/7 by a midwife.",
             "Matron - Intrapartum Care", "Q4 2024/25", "Business case approved; recruitment to 2.6 WTE band 6 posts under way.", "Amber"),
            ("1.3", "Monthly audit of time from arrival to obstetric review for women graded red or orange.",
             "Clinical Director for Obstetrics", "Monthly", "October audit 79% compliant against 90% target; actions agreed at the divisional safety huddle.", "Amber"),
        ]),
        ("Workstream 2: Safe staffing", [
            ("2.1", "Complete the Birthrate Plus review and present the recommended midwifery establishment to Board.",
             "Director of Midwifery", "31/07/2024", "Presented to Board in July 2024; funded uplift of 4.8 WTE agreed.", "Complete"),
            ("2.2", "Recruit to the agreed midwifery establishment uplift.",
             "Director of Midwifery / Head of Midwifery", "March 2025", "3.2 WTE appointed; remaining posts advertised with newly qualified midwives starting in the new year.", "Green"),
            ("2.3", "Achieve 90% compliance with PROMPT multidisciplinary training for all staff groups.",
             "Practice Development Midwife", "Dec-24", "Obstetric anaesthetists at 71%; extra sessions added in December.", "Red"),
        ]),
        ("Workstream 3: Governance and learning", [
            ("3.1", "Review all maternity guidelines past their review date and clear the backlog.",
             "Maternity Governance Lead", "Jan-25", "41 of 56 guidelines now in date; remaining 15 on the January Guidelines Group agenda.", "Green"),
            ("3.2", "Share learning from PSII and after-action reviews through the monthly 'Safety Matters' newsletter.",
             "Maternity Governance Lead", "Ongoing", "November edition circulated with learning on fetal monitoring.", "Green"),
        ]),
    ]
    for title, acts in work:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.cell(0, i).text = h
            t.cell(0, i).paragraphs[0].runs[0].bold = True
            shade(t.cell(0, i), "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], {"Complete": HEX["blue"], "Green": HEX["green"], "Amber": HEX["amber"],
                             "Red": HEX["red"]}[a[5]])
        d.add_paragraph()
    d.add_heading("Key risks and issues", level=2)
    rt = d.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    for i, h in enumerate(["Risk / issue", "Impact", "Mitigation"]):
        rt.cell(0, i).text = h
    for rr in [("Anaesthetic staff release for PROMPT training", "Training compliance below MIS threshold",
                "Additional sessions and rota review with the anaesthetic clinical lead"),
               ("Triage line recruitment", "Telephone line not staffed 24/7 until posts filled",
                "Interim cover from the delivery suite coordinator")]:
        cells = rt.add_row().cells
        for i, v in enumerate(rr):
            cells[i].text = v
    d.add_paragraph()
    p = d.add_paragraph("RAG key: Complete (blue) - action delivered and evidenced; Green - on track; "
                        "Amber - some slippage, recoverable; Red - off track, escalation required.")
    p.runs[0].italic = True
    d.save(out("cz2-tameside-glossop-icft-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Outer Hebrides Adult Protection Committee - learning review improvement plan (docx)
# ---------------------------------------------------------------------------
def ohapc_docx():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Outer Hebrides Adult Protection Committee"
    h2 = d.add_paragraph()
    h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h2.add_run("Learning Review: Mr D - Improvement Action Plan")
    run.bold = True
    run.font.size = Pt(13)
    d.add_paragraph(
        "This improvement plan responds to the recommendations of the Learning Review into the circumstances "
        "of Mr D, commissioned by the Adult Protection Committee under the National Guidance for Adult "
        "Protection Committees Undertaking Learning Reviews (2022). Progress is reported to each meeting of the "
        "APC and to the Chief Officers Group.")
    dc = d.add_table(rows=3, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date approved by APC", "12 March 2025"),
                                ("Next review", "June 2025")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
    d.add_paragraph()
    hdr = ["No.", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, hh in enumerate(hdr):
        t.cell(0, i).text = hh
        t.cell(0, i).paragraphs[0].runs[0].bold = True
        shade(t.cell(0, i), "BDD7EE")
    recs = [
        ("Recommendation 1: The APC should seek assurance that practitioners recognise self-neglect and hoarding as adult protection concerns and respond using the multi-agency self-neglect protocol.", [
            ("1.1", "Relaunch the multi-agency self-neglect and hoarding protocol with briefing sessions for all partner agencies.",
             "Adult Protection Lead Officer", "June 2025", "Protocol revised and approved by APC in March. Briefings booked in Stornoway, Benbecula and Barra.", "Amber"),
            ("1.2", "Include self-neglect cases in the APC multi-agency case file audit programme.",
             "Chief Social Work Officer", "December 2025", "Audit tool amended, but the audit has been delayed by vacancies in the quality assurance team.", "Red"),
        ]),
        ("Recommendation 2: NHS Western Isles and the Comhairle should ensure that concerns about an adult's capacity to make decisions about their care are assessed and recorded.", [
            ("2.1", "Deliver Adults with Incapacity training to community nursing and home care staff.",
             "NHS WI Lead Nurse Adult Protection / Home Care Manager", "Sept 2024 - March 2025", "Training delivered to 142 staff across the islands.", "Green"),
            ("2.2", "Add a prompt for capacity assessment to the shared care record when a care package is refused.",
             "Head of Digital (NHS WI)", "By end of March 2026", "Delayed: the supplier cannot make the change before its 2025/26 release.", "Red"),
        ]),
        ("Recommendation 3: The APC should assure itself that the views of family members are sought and recorded at every stage of adult support and protection work.", [
            ("3.1", "Update the ASP inquiry and investigation templates to include a section for the views of family and unpaid carers.",
             "Service Manager (Adult Services)", "Oct-24", "New templates in use from October 2024.", "Green"),
            ("3.2", "Commission advocacy provision for adults and families involved in ASP case conferences.",
             "Chief Social Work Officer", "Ongoing", "Contract with the independent advocacy provider extended while a longer-term model is agreed.", "Amber"),
        ]),
    ]
    for rec, acts in recs:
        row = t.add_row().cells
        m = row[0].merge(row[5])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], {"Green": HEX["green"], "Amber": HEX["amber"], "Red": HEX["red"]}[a[5]])
    d.add_paragraph()
    k = d.add_paragraph()
    k.add_run("RAG status: ").bold = True
    k.add_run("Red - delayed / off track; Amber - in progress; Green - complete.")
    d.save(out("cz2-outer-hebrides-apc-learning-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Cannock Chase CSP - domestic homicide review action plan (tab-separated text from the Word table)
# ---------------------------------------------------------------------------
def ccdhr_txt():
    lines = [
        "Cannock Chase Community Safety Partnership - Domestic Homicide Review 'Amy' - Action Plan",
        "Updated for the Community Safety Partnership Board, January 2025",
        "",
        "\t".join(["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
                   "Key milestones achieved in enacting recommendation", "Target Date", "RAG"]),
        "\t".join(["1. Agencies to ensure that routine enquiry about domestic abuse is made when a patient presents with anxiety or low mood.",
                   "Local", "GP practices in Cannock Chase to be reminded of routine enquiry guidance through the IRIS programme.",
                   "Staffordshire and Stoke-on-Trent ICB", "IRIS training delivered to 9 of 12 practices.", "31/03/2025", "G"]),
        "\t".join(["", "", "Safeguarding team to audit a sample of primary care records for evidence of routine enquiry.",
                   "Staffordshire and Stoke-on-Trent ICB", "Audit tool agreed.", "30/06/2025", "A"]),
        "\t".join(["2. The CSP to raise awareness of coercive and controlling behaviour among family members and friends.",
                   "Local", "Run a community awareness campaign during the 16 Days of Action.",
                   "Cannock Chase District Council", "Campaign ran 25 Nov - 10 Dec 2024 with social media reach of 48,000.", "Dec-24", "B"]),
        "\t".join(["", "", "Produce a leaflet for family and friends signposting to New Era and the national helpline.",
                   "Cannock Chase District Council / New Era", "", "Feb-25", "A"]),
        "\t".join(["3. Staffordshire Police to ensure that the DASH risk assessment is completed at every domestic abuse incident.",
                   "Local", "Dip sample DASH completion for domestic abuse incidents in the Cannock Chase policing area each quarter.",
                   "Staffordshire Police", "Q2 dip sample: 96% completion.", "Quarterly", "G"]),
        "\t".join(["4. Housing providers to include domestic abuse in tenancy sustainment training.",
                   "Local", "Add domestic abuse module to tenancy sustainment training for housing officers.",
                   "Cannock Chase District Council Housing Services", "Module written with New Era; pilot session held.", "31/01/2025", "G"]),
        "\t".join(["5. The Home Office to consider guidance on DHRs where the perpetrator is an adult child.",
                   "National", "CSP chair to write to the Home Office setting out the learning from this review.",
                   "CSP Chair", "Letter sent 14/10/2024.", "October 2024", "B"]),
        "",
        "RAG: B = complete; G = on track; A = some slippage; R = off track.",
    ]
    with open(out("cz2-cannock-chase-csp-dhr-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    lhch_csv()
    bfrs_xlsx()
    wcht_xlsx()
    cwpt_xlsx()
    tgicft_docx()
    ohapc_docx()
    ccdhr_txt()
    print("done")
