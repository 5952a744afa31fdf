"""Build the seven zqj- blind test files (set heldout711).

Run with /work/main/.venv/bin/python zqj_make.py  (openpyxl, python-docx).
Writes only files whose names start with "zqj-" into this folder.
"""
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

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

F_PSII = "zqj-ashford-and-st-peters-hospitals-nhsft-psii-safety-action-plan.docx"
F_SWBH = "zqj-sandwell-and-west-birmingham-nhs-trust-quality-account-priorities-tracker-2025-26.xlsx"
F_UHNM = "zqj-university-hospitals-of-north-midlands-nhs-trust-board-assurance-framework-2025-26.xlsx"
F_DGHB = "zqj-nhs-dumfries-and-galloway-hmp-dumfries-healthcare-his-inspection-improvement-action-plan.csv"
F_HIW = "zqj-cwmfelin-medical-centre-hiw-gp-inspection-improvement-plan.txt"
F_RQIA = "zqj-brookvale-lodge-nursing-home-rqia-care-inspection-quality-improvement-plan.docx"
F_CW = "zqj-carewatch-lincoln-cqc-home-care-inspection-action-plan-typo-month-refuse.xlsx"

# ---------------------------------------------------------------------------
# 1. Ashford and St Peter's – PSII safety action plan (docx, table per area)
# ---------------------------------------------------------------------------
PSII_TITLE = "Patient Safety Incident Investigation (PSII) \u2013 Safety Action Plan"
PSII_SUB = ("Delayed escalation of a critical potassium result out of hours \u2013 "
            "medical inpatient ward, St Peter\u2019s Hospital")
PSII_CONTROL = [
    ("Organisation", "Ashford and St Peter\u2019s Hospitals NHS Foundation Trust"),
    ("Datix reference", "W318842"),
    ("Date of incident", "9 December 2024"),
    ("PSII lead", "Lead Patient Safety Investigator"),
    ("Executive sponsor", "Chief Medical Officer"),
    ("Approved by", "Patient Safety Incident Response Group (PSIRG), 2 April 2025"),
    ("Version", "1.2 \u2013 progress update for Medicine Divisional Governance, June 2025"),
]
PSII_KEY = [
    ("Complete", "Action delivered and evidence uploaded to Datix", "2F75B5"),
    ("On track", "Action progressing to the agreed timescale", "00B050"),
    ("At risk", "Timescale at risk \u2013 escalated to the Divisional Director", "FFC000"),
    ("Not started", "Action not yet begun", None),
]
PSII_HEAD = ["Ref", "Safety action", "Owner", "Timescale",
             "Measurement / evidence of effectiveness", "Status"]
# (heading, recommendation paragraph or None, intro paragraph or None, rows)
PSII_SECTIONS = [
    ("Area for improvement 1: Out-of-hours communication of critical pathology results",
     "Safety recommendation 1: Pathology and the Division of Medicine to agree a single route by "
     "which critical results telephoned out of hours reach a clinician able to act on them, with "
     "confirmation of receipt recorded.",
     None,
     [
         ("SA1.1",
          "Revise the Pathology critical results SOP so that out-of-hours calls for inpatients are "
          "made to the Hospital at Night coordinator bleep rather than to the ward.",
          "Blood Sciences Quality Manager", "31/03/2025",
          "SOP v4.0 approved; monthly audit of 20 critical-result calls shows \u226595% made to the "
          "correct bleep.", "Complete"),
         ("SA1.2",
          "Add a mandatory \u201cresult acknowledged by\u201d field to the LIMS telephoned results "
          "log, recording the name and grade of the clinician receiving the result.",
          "Blood Sciences Quality Manager / LIMS Systems Manager",
          "30/04/2025 (revised 31/07/2025)",
          "Field live in LIMS; weekly report of calls with the field left blank.", "At risk"),
         ("SA1.3",
          "Deliver a teaching session on critical results escalation at FY1/FY2 induction (August "
          "rotation) and at the Hospital at Night team meeting.",
          "Postgraduate Medical Education Manager / Hospital at Night Clinical Lead",
          "August 2025", "Attendance registers; induction feedback.", "On track"),
     ]),
    ("Area for improvement 2: Handover of outstanding results between day and night teams",
     "Safety recommendation 2: The Division of Medicine to ensure that outstanding blood results "
     "for patients at risk of deterioration are handed over explicitly to the night team.",
     None,
     [
         ("SA2.1",
          "Add an \u201coutstanding results and jobs\u201d section to the electronic handover list "
          "used by the medical take and ward cover teams.",
          "Clinical Director for Acute Medicine", "30/06/2025",
          "Handover template change released; spot check of 30 handovers per month.", "On track"),
         ("SA2.2",
          "Introduce a 21:00 safety huddle for the medical wards at St Peter\u2019s Hospital, led by "
          "the Hospital at Night coordinator, covering patients with abnormal results awaiting "
          "review.",
          "Hospital at Night Clinical Lead", "Q2 2025/26",
          "Huddle attendance log; number of results escalated at the huddle.", "Not started"),
     ]),
    ("Area for improvement 3: Electronic alerting of critical results",
     "Safety recommendation 3: Digital Services to explore automated alerting of critical "
     "potassium results to the responsible team through the electronic patient record (EPR).",
     None,
     [
         ("SA3.1",
          "Complete a feasibility assessment of an EPR alert for potassium \u22656.5 mmol/L, "
          "including a DCB0160 clinical safety review.",
          "Chief Clinical Information Officer; Clinical Safety Officer", "30/09/2025",
          "Feasibility report presented to the Digital Clinical Safety Group.", "On track"),
         ("SA3.2",
          "Subject to SA3.1, pilot the alert on two medical wards for three months and evaluate the "
          "time from result to documented review.",
          "Chief Clinical Information Officer", "31/03/2026",
          "Median time from result validation to documented review; pilot evaluation report.",
          "Not started"),
     ]),
    ("Trust-wide learning",
     None,
     "The following action is not linked to a single safety recommendation; it supports sharing of "
     "the learning from this investigation across the Trust.",
     [
         ("SL1",
          "Publish a learning summary in the Trust \u2018Safety Matters\u2019 bulletin and present "
          "the case at the Medicine Grand Round.",
          "Head of Patient Safety / Divisional Director of Nursing \u2013 Medicine", "31/05/2025",
          "Bulletin issued 16 May 2025; Grand Round held 22 May 2025.", "Complete"),
     ]),
]


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True
        if fill:
            _shade(c, fill)


def build_psii(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(PSII_TITLE, level=1)
    p = doc.add_paragraph()
    p.add_run(PSII_SUB).italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in PSII_CONTROL:
        r = t.add_row()
        r.cells[0].text = k
        r.cells[1].text = v
        _shade(r.cells[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the safety actions agreed in response to the safety recommendations in "
        "the PSII report. Progress is reviewed monthly at Medicine Divisional Governance and reported "
        "quarterly to the Quality and Safety Committee.")
    doc.add_paragraph("Status key")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    k.rows[0].cells[0].text = "Status"
    k.rows[0].cells[1].text = "Meaning"
    _bold_row(k.rows[0])
    for word, meaning, fill in PSII_KEY:
        r = k.add_row()
        r.cells[0].text = word
        r.cells[1].text = meaning
        if fill:
            _shade(r.cells[0], fill)

    for heading, rec, intro, rows in PSII_SECTIONS:
        doc.add_heading(heading, level=2)
        if rec:
            doc.add_paragraph(rec)
        if intro:
            doc.add_paragraph(intro)
        tab = doc.add_table(rows=1, cols=len(PSII_HEAD))
        tab.style = "Table Grid"
        for i, h in enumerate(PSII_HEAD):
            tab.rows[0].cells[i].text = h
        _bold_row(tab.rows[0], "1F3864")
        for row in rows:
            r = tab.add_row()
            for i, v in enumerate(row):
                r.cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Signed off: Divisional Director, Medicine \u2013 10 June 2025. "
                      "Next review: Medicine Divisional Governance, July 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. Sandwell and West Birmingham – quality account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
RAGFILL = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
SWBH_TITLE = "Quality Account 2025/26 \u2013 Quality Priorities Progress Tracker"
SWBH_HEAD = ["Ref", "Priority / milestone", "Lead(s)", "Due", "Measure of success",
             "Q1 RAG", "Q2 RAG", "Q2 update"]
# rows: ("P", banner) or (ref, text, leads, due, measure, q1, q2, update)
SWBH_ROWS = [
    ("P", "Priority 1 (Patient safety): Improve recognition of and response to the deteriorating "
          "patient"),
    ("1.1", "Roll out electronic NEWS2 observations with automatic escalation to the Deteriorating "
            "Patient Response Team on all adult inpatient wards at Midland Metropolitan University "
            "Hospital.",
     "Deputy Chief Nurse / Associate Medical Director for Patient Safety", D(2025, 9, 30),
     "% of adult wards live; % of NEWS2 \u22655 escalated within 30 minutes", "G", "B",
     "All 24 adult inpatient wards live from 1 September 2025. Escalation within 30 minutes 91% "
     "in September."),
    ("1.2", "Deliver the sepsis e-learning refresher to registered nurses and doctors in ED and "
            "acute medicine.",
     "Sepsis Lead Nurse", D(2025, 12, 31), "Training compliance \u226590%", "G", "A",
     "Compliance 78% at end of September; ED medical staff lowest (64%). Targeted sessions booked "
     "for November."),
    ("1.3", "Audit time to first antibiotic dose for patients with red-flag sepsis and report to "
            "the Deteriorating Patient Group.",
     "Consultant Microbiologist", "Quarterly", "% receiving antibiotics within 1 hour", "G", "G",
     "Q1 audit 84%, Q2 audit 87%."),
    ("P", "Priority 2 (Clinical effectiveness): Reduce avoidable harm from inpatient falls"),
    ("2.1", "Implement the \u2018Call, don\u2019t fall\u2019 bay-tagging model on the four elderly "
            "care wards.",
     "Matron, Elderly Care", D(2025, 11, 30), "Falls per 1,000 bed days on the four wards", "A", "G",
     "Bay tagging live on three of four wards; fourth ward from 20 October."),
    ("2.2", "Ensure lying and standing blood pressure is recorded within 24 hours of admission for "
            "patients aged 65 and over.",
     "Falls Prevention Practitioner", D(2026, 3, 31), "% compliance in monthly audit (target 80%)",
     "R", "A", "Compliance improved from 41% to 58%. Prompt added to the admission document in "
     "August."),
    ("P", "Priority 3 (Patient experience): Improve communication with patients and carers at "
          "discharge"),
    ("3.1", "Introduce a discharge \u2018What matters to me\u2019 checklist, co-designed with the "
            "Patient Partners group.",
     "Head of Patient Experience", "Q3 2025/26", "Checklist in use on all adult wards", "G", "G",
     "Checklist approved by Patient Partners in September; printing under way."),
    ("3.2", "Send an SMS survey to patients 48 hours after discharge and report themes to the "
            "Patient Experience Group monthly.",
     "Head of Patient Experience / Digital Patient Engagement Manager", D(2025, 10, 31),
     "Response rate \u226515%", "n/a", "G", "New action for Q2. Go-live booked for 6 October."),
    ("3.3", "Reduce complaints citing poor discharge communication by 20% against the 2024/25 "
            "baseline.",
     "Chief Nursing Officer", D(2026, 3, 31), "Number of discharge-related complaints", "A", "R",
     "Discharge-related complaints up 6% in Q2 against Q1. Deep dive to Quality and Safety "
     "Committee in November."),
]


def build_swbh(path):
    wb = Workbook()
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Sandwell and West Birmingham NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = SWBH_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting period: Quarter 2 (July \u2013 September 2025)"
    ws["A4"] = "Presented to: Quality and Safety Committee, 24 October 2025"
    ws["A6"] = "RAG key"
    ws["A6"].font = Font(bold=True)
    key = [("B", "Achieved / complete"), ("G", "On track to deliver by 31 March 2026"),
           ("A", "Some risk to delivery \u2013 recovery actions in place"),
           ("R", "Will not be delivered without intervention")]
    for i, (c, meaning) in enumerate(key, start=7):
        ws.cell(row=i, column=1).fill = PatternFill("solid", fgColor=RAGFILL[c])
        ws.cell(row=i, column=2, value=meaning)
    ws["A12"] = ("Notes: RAG columns on the Tracker sheet are shown by colour only. Q1 RAG is as "
                 "reported to the Committee in July 2025.")
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 60

    tr = wb.create_sheet("Tracker")
    tr["A1"] = "Quality Priorities 2025/26 \u2013 Progress at Q2"
    tr["A1"].font = Font(bold=True, size=12)
    tr.merge_cells("A1:H1")
    for i, h in enumerate(SWBH_HEAD, start=1):
        c = tr.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 4
    for row in SWBH_ROWS:
        if row[0] == "P":
            tr.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            tr.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9D9D9")
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, text, leads, due, measure, q1, q2, upd = row
            vals = [ref, text, leads, due, measure, None, None, upd]
            for i, v in enumerate(vals, start=1):
                c = tr.cell(row=r, column=i, value=v)
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(due, dt.datetime):
                tr.cell(row=r, column=4).number_format = "mmm-yy"
            for col, rag in ((6, q1), (7, q2)):
                if rag in RAGFILL:
                    tr.cell(row=r, column=col).fill = PatternFill("solid", fgColor=RAGFILL[rag])
                else:
                    tr.cell(row=r, column=col, value=rag)
        r += 1
    r += 1
    tr.cell(row=r, column=1, value="Summary at Q2").font = Font(bold=True)
    counts = {}
    for row in SWBH_ROWS:
        if row[0] != "P":
            counts[row[6]] = counts.get(row[6], 0) + 1
    for c, label in (("B", "Achieved"), ("G", "On track"), ("A", "Some risk"), ("R", "Off track")):
        r += 1
        tr.cell(row=r, column=1).fill = PatternFill("solid", fgColor=RAGFILL[c])
        tr.cell(row=r, column=2, value=label)
        tr.cell(row=r, column=3, value=counts.get(c, 0))
    r += 1
    tr.cell(row=r, column=2, value="Total milestones")
    tr.cell(row=r, column=3, value=sum(counts.values()))
    widths = [7, 55, 32, 9, 30, 8, 8, 50]
    for i, w in enumerate(widths):
        tr.column_dimensions[chr(65 + i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. UHNM – board assurance framework (xlsx, summary + one sheet per BAF risk)
# ---------------------------------------------------------------------------
UHNM_TITLE = "Board Assurance Framework 2025/26 \u2013 Quarter 2"
UHNM_RISKS = [
    {
        "sheet": "BAF 1",
        "head": "BAF 1 (High Quality): Failure to maintain safe, effective care in the face of "
                "sustained urgent and emergency care demand",
        "priority": "High Quality", "exec": "Chief Operating Officer",
        "committee": "Quality Governance Committee", "scores": (25, 20, 20, 12), "trend": "\u2194",
        "desc": "If demand for urgent and emergency care continues to exceed capacity at Royal Stoke "
                "University Hospital, then patients may experience prolonged waits and corridor "
                "care, resulting in avoidable harm and poor experience.",
        "appetite": "Cautious",
        "controls": "Full capacity protocol and OPEL escalation framework\nDaily system bed "
                    "meetings with Staffordshire partners\nCorridor care standard operating "
                    "procedure and risk assessment",
        "assurance": "Urgent care dashboard to Performance & Finance Committee (monthly)\n"
                     "Harm reviews of 12-hour breaches to Quality Governance Committee",
        "gaps": "G1: Insufficient acute medical assessment capacity at peak times\nG2: Limited "
                "assurance that corridor care risk assessments are completed",
        "actions": [
            ("1.1", "Open the additional 20-bed acute medical assessment area at Royal Stoke to "
                    "reduce corridor care.",
             "Chief Operating Officer", D(2025, 12, 31),
             "Estates works 80% complete; 28 of 34 nursing posts recruited.", "G"),
            ("1.2", "Implement the regional 45-minute ambulance handover \u2018release to "
                    "respond\u2019 protocol, with escalation to the Director on call at 30 minutes.",
             "Director of Operations \u2013 Urgent Care / Head of Nursing \u2013 Emergency Portals",
             D(2025, 7, 31), "Protocol live from 21 July 2025; average handover 38 minutes in "
                             "September.", "B"),
            ("1.3", "Complete an internal audit of corridor care risk assessments and report the "
                    "findings to Quality Governance Committee.",
             "Deputy Chief Nurse", D(2025, 9, 30),
             "Fieldwork delayed by auditor availability; escalated to Audit Committee.", "R"),
        ],
    },
    {
        "sheet": "BAF 2",
        "head": "BAF 2 (People): Inability to recruit, retain and develop a sufficient and "
                "engaged workforce",
        "priority": "People", "exec": "Chief People Officer",
        "committee": "Transformation & People Committee", "scores": (20, 16, 16, 8), "trend": "\u2194",
        "desc": "If the Trust cannot recruit and retain staff with the right skills, then services "
                "will rely on temporary staffing, affecting quality, cost and staff wellbeing.",
        "appetite": "Open",
        "controls": "Workforce plan 2025/26\nVacancy control panel\nHealth and wellbeing offer",
        "assurance": "Workforce KPIs to Transformation & People Committee\nNHS Staff Survey results",
        "gaps": "G1: Nursing turnover above 10% in two divisions\nG2: High use of medical agency "
                "locums in ED",
        "actions": [
            ("2.1", "Launch the nursing and midwifery \u2018Stay Conversations\u2019 retention "
                    "programme across all clinical divisions.",
             "Deputy Chief Nurse \u2013 Workforce", D(2025, 10, 31),
             "Launched in four of six divisions; remaining two in October.", "G"),
            ("2.2", "Reduce reliance on medical agency locums in ED by converting long-term locums "
                    "to substantive or fixed-term contracts.",
             "Medical Director / Divisional Director for Medicine", "Ongoing",
             "Six of eleven long-term locums converted; agency spend down 18%.", "A"),
        ],
    },
    {
        "sheet": "BAF 3",
        "head": "BAF 3 (Resources): Failure to deliver the 2025/26 financial plan",
        "priority": "Resources", "exec": "Chief Finance Officer",
        "committee": "Performance & Finance Committee", "scores": (20, 20, 16, 10), "trend": "\u2193",
        "desc": "If the Trust does not deliver its cost improvement programme and control pay "
                "spend, then it will not achieve its agreed financial plan, leading to regulatory "
                "intervention and constrained investment.",
        "appetite": "Cautious",
        "controls": "Monthly divisional performance reviews\nGrip and control measures on "
                    "temporary staffing\nInvestment panel",
        "assurance": "Finance report to Performance & Finance Committee\nInternal audit of "
                     "financial controls (substantial assurance, 2024/25)",
        "gaps": "G1: CIP schemes not fully identified for the second half of the year\nG2: "
                "Establishment not fully reconciled to ESR",
        "actions": [
            ("3.1", "Deliver the 2025/26 Cost Improvement Programme of \u00a354.6m, with monthly "
                    "divisional performance reviews.",
             "Chief Finance Officer", D(2026, 3, 31),
             "\u00a322.1m delivered at month 6 against a plan of \u00a325.4m; recovery plans in "
             "Surgery and Medicine.", "A"),
            ("3.2", "Complete the establishment control review and remove unfunded posts from ESR.",
             "Director of Operational Finance / Chief People Officer", D(2025, 12, 31),
             "Review complete for four divisions.", "G"),
            ("3.3", "Agree the 2026/27 contract envelope with NHS Staffordshire and Stoke-on-Trent "
                    "ICB.",
             "Director of Strategy", "Q4 2025/26",
             "Planning guidance awaited; initial meeting held with the ICB.", "G"),
        ],
    },
    {
        "sheet": "BAF 4",
        "head": "BAF 4 (Improving & Innovating): A cyber security incident disrupts clinical "
                "systems",
        "priority": "Improving & Innovating", "exec": "Chief Digital Information Officer",
        "committee": "Audit Committee", "scores": (20, 15, 12, 10), "trend": "\u2193",
        "desc": "If the Trust suffers a successful cyber attack, then clinical systems may be "
                "unavailable for a prolonged period, affecting patient care.",
        "appetite": "Minimal",
        "controls": "Cyber security strategy\nEndpoint detection and response on all devices\n"
                    "Annual DSPT submission",
        "assurance": "DSPT \u2018standards met\u2019 2024/25\nPenetration test report (March 2025)",
        "gaps": "G1: Unsupported server operating systems remain in use\nG2: Business continuity "
                "plans not tested against a cyber scenario",
        "actions": [
            ("4.1", "Complete migration of the remaining Windows Server 2012 estate to supported "
                    "platforms.",
             "Chief Digital Information Officer", D(2025, 8, 31), "Completed 27 August 2025.", "B"),
            ("4.2", "Run a trust-wide cyber incident table-top exercise with the Emergency "
                    "Preparedness team.",
             "Head of IT Security / Head of EPRR", D(2026, 1, 31),
             "Exercise scheduled for 14 January 2026.", "G"),
        ],
    },
]
UHNM_ACT_HEAD = ["Ref", "Action", "Action owner", "Due date", "Progress (Q2)", "RAG"]


def build_uhnm(path):
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "University Hospitals of North Midlands NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = UHNM_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Trust Board (in public), 5 November 2025"
    head = ["BAF ref", "Strategic priority", "Executive lead", "Lead committee", "Initial score",
            "Q1 score", "Q2 score", "Target score", "Trend"]
    for i, h in enumerate(head, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.border = border
    r = 6
    for rk in UHNM_RISKS:
        vals = [rk["sheet"], rk["priority"], rk["exec"], rk["committee"], *rk["scores"], rk["trend"]]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = border
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key").font = Font(bold=True)
    for c, txt in (("B", "B = action complete"), ("G", "G = on track"),
                   ("A", "A = at risk of missing due date"), ("R", "R = overdue")):
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=RAGFILL[c])
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Risk scores are likelihood x consequence (5 x 5 matrix). "
                                   "Detail for each BAF risk is on its own sheet.")
    for col, w in zip("ABCDEFGHI", [9, 22, 32, 34, 12, 10, 10, 12, 8]):
        ws.column_dimensions[col].width = w

    for rk in UHNM_RISKS:
        s = wb.create_sheet(rk["sheet"])
        s["A1"] = rk["head"]
        s["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        s["A1"].fill = PatternFill("solid", fgColor="1F4E79")
        s.merge_cells("A1:F1")
        ini, q1, q2, tgt = rk["scores"]
        block = [
            ("Risk description", rk["desc"]),
            ("Executive lead", rk["exec"]),
            ("Lead committee", rk["committee"]),
            ("Risk score", f"Initial {ini} | Current {q2} | Target {tgt}"),
            ("Risk appetite", rk["appetite"]),
            (None, None),
            ("Key controls", rk["controls"]),
            ("Sources of assurance", rk["assurance"]),
            ("Gaps in control / assurance", rk["gaps"]),
        ]
        r = 2
        for label, val in block:
            if label:
                a = s.cell(row=r, column=1, value=label)
                a.font = Font(bold=True)
                a.alignment = wrap
                b = s.cell(row=r, column=2, value=val)
                b.alignment = wrap
                s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
        r += 1
        s.cell(row=r, column=1, value="Actions to address gaps").font = Font(bold=True)
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for i, h in enumerate(UHNM_ACT_HEAD, start=1):
            c = s.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="BDD7EE")
            c.border = border
        r += 1
        for ref, text, owner, due, prog, rag in rk["actions"]:
            for i, v in enumerate([ref, text, owner, due, prog, rag], start=1):
                c = s.cell(row=r, column=i, value=v)
                c.border = border
                c.alignment = wrap
            if isinstance(due, dt.datetime):
                s.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            s.cell(row=r, column=6).fill = PatternFill("solid", fgColor=RAGFILL[rag])
            s.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        for col, w in zip("ABCDEF", [22, 55, 34, 12, 45, 6]):
            s.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. NHS Dumfries and Galloway – HMP Dumfries healthcare improvement plan (csv)
# ---------------------------------------------------------------------------
DG_TITLE = "HMP Dumfries Healthcare \u2013 Improvement Action Plan"
DG_HEAD = ["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress update", "RAG"]
# ("S", section) / ("R", recommendation) / action tuple
DG_ROWS = [
    ("S", "Admission health screening"),
    ("R", "Recommendation 1: NHS Dumfries and Galloway should ensure that everyone admitted to HMP "
          "Dumfries receives a secondary health screening by a registered nurse within 72 hours of "
          "admission, and that this is recorded in Vision."),
    ("1.1", "Introduce a daily admissions list shared by SPS reception with the healthcare team "
            "each morning.",
     "Team Lead Nurse", "31/10/2024", "List in use from 21 October 2024.", "B"),
    ("1.2", "Audit 20 admissions per month for completion of the 72-hour secondary screen and "
            "report the results to the Prison Healthcare Governance Group.",
     "Team Lead Nurse / Practice Development Nurse", "Monthly",
     "October 91%, November 88%, December 95%.", "G"),
    ("S", "Mental health"),
    ("R", "Recommendation 2: NHS Dumfries and Galloway should reduce waiting times for the prison "
          "mental health team so that routine referrals are seen within four weeks."),
    ("2.1", "Recruit a 1.0 WTE mental health nurse to the vacant post.\nIn the interim, provide two "
            "sessions per week from the community mental health team bank.",
     "Service Manager (Health and Justice)", "January 2025",
     "Post appointed; start date 3 March 2025. Bank sessions in place.", "A"),
    ("2.2", "Introduce a weekly referral triage meeting between the mental health nurse, the "
            "psychiatrist and the substance use team.",
     "Consultant Forensic Psychiatrist", "30/11/2024", "Meeting established; attendance recorded.",
     "B"),
    ("S", "Medicines management"),
    ("R", "Recommendation 3: NHS Dumfries and Galloway should ensure that in-possession medication "
          "risk assessments are reviewed at least every six months and after any incident."),
    ("3.1", "Update the in-possession medication policy to include review triggers and a "
            "six-monthly review date.",
     "Lead Pharmacist \u2013 Primary Care", "31/12/2024",
     "Draft policy with the Area Drug and Therapeutics Committee for approval.", "A"),
    ("3.2", "Add an in-possession review template to Vision with a recall reminder.",
     "Lead Pharmacist \u2013 Primary Care / Vision Systems Administrator", "28/02/2025",
     "Template built; testing in February.", "G"),
    ("S", "Leadership and governance"),
    ("R", "Recommendation 4: NHS Dumfries and Galloway should ensure that staff working in HMP "
          "Dumfries have protected time for mandatory training and clinical supervision."),
    ("4.1", "Agree a rota that releases each nurse for one protected half-day per month for "
            "training and supervision.",
     "Team Lead Nurse", "31/12/2024",
     "Rota agreed from December; two sessions lost to staffing in January.", "A"),
    ("4.2", "Report mandatory training compliance for the prison healthcare team to the Health and "
            "Justice Clinical Governance Group each quarter.",
     "Head of Health and Justice", "Quarterly", "First report presented January 2025 (82%).", "G"),
]


def build_dg(path):
    n = len(DG_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [
        pad("NHS Dumfries and Galloway"),
        pad(DG_TITLE),
        pad("Following the HM Inspectorate of Prisons for Scotland full inspection (health and "
            "wellbeing standard inspected by Healthcare Improvement Scotland)"),
        pad("Inspection: 10\u201314 June 2024. Report published: 8 October 2024. Plan last "
            "updated: 31 January 2025"),
        [""] * n,
        DG_HEAD,
    ]
    for row in DG_ROWS:
        if row[0] == "S":
            rows.append(pad(row[1]))
        elif row[0] == "R":
            rows.append(["", row[1]] + [""] * (n - 2))
        else:
            ref, text, lead, due, prog, rag = row
            rows.append([ref, "", text, lead, due, prog, rag])
    rows.append([""] * n)
    rows.append(pad("RAG key: B = complete, G = on track, A = some slippage, R = off track"))
    rows.append(pad("Plan owner: Head of Health and Justice. Next review: Prison Healthcare "
                    "Governance Group, 26 February 2025"))
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Cwmfelin Medical Centre – HIW GP inspection improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
HIW_TITLE = ("Cwmfelin Medical Centre \u2013 Healthcare Inspectorate Wales inspection improvement "
             "plan")
HIW_HEAD = ["Improvement needed", "Standard", "Service action", "Responsible officer", "Timescale"]
# ("S", section) or (improvement or "", standard or "", action, officer, timescale)
HIW_ROWS = [
    ("S", "Quality of the patient experience"),
    ("The practice must ensure that the hearing loop at reception is working and that staff know "
     "how to use it.", "Equitable",
     "Hearing loop repaired on 24 September 2024; reception staff shown how to switch it on and "
     "test it at the October team meeting.", "Practice Manager", "31/10/2024"),
    ("The practice must review telephone access at 8am and take action to reduce the number of "
     "patients unable to get through.", "Timely",
     "Introduce a call-back function on the telephone system so that patients in the queue keep "
     "their place without holding.", "Practice Manager", "30/11/2024"),
    ("", "",
     "Promote the online consultation option on the practice website and answerphone message, and "
     "monitor uptake monthly at practice meetings.",
     "Practice Manager / Dr S. Hughes (GP Partner)", "31/12/2024"),
    ("S", "Delivery of safe and effective care"),
    ("The practice must ensure that emergency drugs and equipment are checked weekly and that the "
     "checks are recorded.", "Safe",
     "Weekly checklist introduced for the emergency trolley and defibrillator, signed by the duty "
     "nurse and audited monthly.", "Lead Practice Nurse", "30/09/2024"),
    ("The practice must ensure that all clinical staff complete safeguarding adults and children "
     "training at the level appropriate to their role.", "Safe",
     "Training matrix updated; outstanding Level 3 children's safeguarding training booked for two "
     "GPs and one nurse.", "Dr R. Thomas (Safeguarding Lead)", "31/01/2025"),
    ("The practice should ensure that vaccine fridge temperatures are monitored in line with cold "
     "chain guidance.", "Effective",
     "Fridge temperature logs reviewed monthly; annual cold chain audit added to the practice audit "
     "calendar.", "Lead Practice Nurse", "Ongoing"),
    ("S", "Quality of management and leadership"),
    ("The practice must ensure that all policies are reviewed, dated and version controlled.",
     "Effective",
     "Policy register created on the shared drive with review dates; policies older than three "
     "years to be reviewed by the partners.", "Practice Manager / Partners", "31/03/2025"),
    ("The practice must ensure that staff appraisals are completed annually.", "Effective",
     "Appraisal schedule agreed for all non-clinical staff; 6 of 11 outstanding appraisals "
     "completed by the end of November.", "Assistant Practice Manager", "February 2025"),
]


def build_hiw(path):
    lines = [
        HIW_TITLE,
        "Service:\tCwmfelin Medical Centre",
        "Health board:\tSwansea Bay University Health Board",
        "Date of inspection:\t17 September 2024",
        "Improvements identified during the inspection, with the practice's response.",
        "",
        "\t".join(HIW_HEAD),
    ]
    for row in HIW_ROWS:
        if row[0] == "S":
            lines.append(row[1])
        else:
            lines.append("\t".join(row))
    lines += [
        "",
        "Service representative",
        "Name (print):\tCeri Davies",
        "Job role:\tPractice Manager",
        "Date:\t22 October 2024",
    ]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Brookvale Lodge – RQIA care inspection quality improvement plan (docx)
# ---------------------------------------------------------------------------
RQIA_TITLE = "Quality Improvement Plan"
RQIA_SECTIONS = [
    ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) "
     "2005",
     [
         ("1", "Regulation 13 (7)", "First time", "With immediate effect (3 October 2024)",
          ["The registered person shall ensure that the infection prevention and control issues "
           "identified during this inspection are managed to minimise the risk and spread of "
           "infection.",
           "This relates to the storage of equipment in communal bathrooms and the cleaning of "
           "shower chairs."],
          ["Stored equipment has been removed from all communal bathrooms and a dedicated store "
           "identified on the ground floor.",
           "Shower chairs are now cleaned after each use and signed for; the Deputy Manager "
           "completes a weekly IPC audit and reports the findings to the Manager."]),
         ("2", "Regulation 14 (2) (a) (c)", "Second time", "With immediate effect (3 October 2024)",
          ["The registered person shall ensure that all parts of the home to which patients have "
           "access are free from hazards to their safety.",
           "This relates to the first floor sluice room being left unlocked with cleaning chemicals "
           "accessible."],
          ["Keypad locks were fitted to both sluice rooms on 7 October 2024. Compliance is checked "
           "on the daily walkaround by the nurse in charge and discussed at handover."]),
         ("3", "Regulation 12 (1) (a) (b)", "First time", "30 November 2024",
          ["The registered person shall ensure that wound care is delivered in accordance with the "
           "prescribed care plan and that a wound assessment is completed at each dressing "
           "change."],
          ["All registered nurses have completed wound care refresher training with the Trust "
           "Tissue Viability Nurse. The Manager audits five wound care records each month and "
           "shares the findings at the registered nurse meeting."]),
     ]),
    ("Action required to ensure compliance with the Care Standards for Nursing Homes (December "
     "2022)",
     [
         ("1", "Standard 4.9", "First time", "31 December 2024",
          ["The registered person shall ensure that repositioning records are completed "
           "contemporaneously and reflect the frequency stated in the care plan."],
          ["Repositioning charts have been moved to patients' bedrooms and prompts added to the "
           "electronic care record. Supervision sessions with night staff were completed in "
           "November 2024."]),
         ("2", "Standard 12", "First time", "31 January 2025",
          ["The registered person shall ensure that the dining experience is reviewed so that "
           "patients who need assistance are supported in a timely manner and menus are displayed "
           "in a suitable format."],
          ["A monthly dining experience audit is now completed by the Activities Co-ordinator. "
           "Pictorial menus are displayed on each dining table."]),
         ("3", "Standard 41", "First time", "28 February 2025",
          ["The registered person shall ensure that the duty rota identifies the nurse in charge "
           "of the home in the absence of the manager and records staff members' full names."],
          ["The rota template has been amended from the rota beginning 6 January 2025 to show the "
           "nurse in charge and staff full names and grades."]),
     ]),
]
RESP_LABEL = "Response by registered person detailing the actions taken:"


def _para_lines(cell, lines, bold_first=False):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        run = p.add_run(ln)
        if bold_first and first:
            run.bold = True
        first = False


def build_rqia(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading(RQIA_TITLE, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Brookvale Lodge Nursing Home \u2013 unannounced care inspection, "
                      "3 October 2024")
    doc.add_paragraph("Areas for improvement identified at this inspection are set out below with "
                      "the registered person\u2019s response. Timescales run from the date of "
                      "inspection.")
    for heading, afis in RQIA_SECTIONS:
        hp = doc.add_paragraph()
        hr = hp.add_run(heading)
        hr.bold = True
        for num, ref, stated, by, req, resp in afis:
            t = doc.add_table(rows=2, cols=2)
            t.style = "Table Grid"
            left = t.cell(0, 0).merge(t.cell(1, 0))
            _para_lines(left, [f"Area for improvement {num}", "", f"Ref: {ref}", "",
                               f"Stated: {stated}", "", "To be completed by:", by],
                        bold_first=True)
            _shade(left, "DEEAF6")
            _para_lines(t.cell(0, 1), req)
            resp_cell = t.cell(1, 1)
            resp_cell.text = ""
            lab = resp_cell.paragraphs[0].add_run(RESP_LABEL)
            lab.bold = True
            for ln in resp:
                resp_cell.add_paragraph(ln)
            doc.add_paragraph()
    doc.add_paragraph("Completed by: Registered Manager, 14 November 2024. Approved by the "
                      "registered person and returned to RQIA via the Web Portal.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Carewatch (Lincoln) – CQC home care inspection action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
CW_TITLE = "Carewatch (Lincoln) \u2013 CQC Inspection Action Plan"
CW_HEAD = ["Key question", "Breach / finding", "No.", "Action", "Lead", "Target date",
           "Progress", "RAG"]
CW_TYPO_ROW = 12
# (key question, finding, [(no, action, lead, date, progress, rag)])
CW_GROUPS = [
    ("Safe",
     "Regulation 12: Safe care and treatment \u2013 medicines administration records (MARs) were "
     "not always completed and time-specific medicines were not given at the prescribed time.",
     [("1", "Move all medicines records to the electronic MAR on the care planning app, with alerts "
            "for missed or late doses.", "Registered Manager", D(2025, 10, 31),
       "eMAR live for 64 of 71 people.", "G"),
      ("2", "Complete medicines competency assessments for all care workers who administer "
            "medicines.", "Field Care Supervisor / Training Coordinator", D(2025, 11, 30),
       "41 of 58 care workers assessed.", "G")]),
    ("Safe",
     "Regulation 12: Safe care and treatment \u2013 risks to people (falls, catheter care) were not "
     "always assessed and mitigated.",
     [("3", "Review and update risk assessments for everyone with a catheter or a history of "
            "falls.", "Care Coordinator", D(2025, 11, 30), "Reviews 70% complete.", "A")]),
    ("Well-led",
     "Regulation 17: Good governance \u2013 audits did not identify the shortfalls found at "
     "inspection, and call monitoring data was not used to improve punctuality.",
     [("4", "Introduce a monthly audit schedule (MARs, daily notes, care plans) with findings "
            "reviewed by the Registered Manager and Director.", "Registered Manager / Director",
       D(2025, 10, 31), "Audit schedule in place from October.", "B"),
      ("5", "Review electronic call monitoring reports weekly to identify late and missed calls "
            "and agree actions with coordinators.", "Care Coordinator", D(2025, 12, 31),
       "Weekly review started; late calls down from 14% to 9%.", "G"),
      ("6", "Hold quarterly quality meetings with the Director and share learning from audits, "
            "complaints and incidents with staff.", "Director", "Febuary 2026",
       "First meeting held 14 October 2025.", "G")]),
    ("Effective",
     "Should do: The provider should ensure that staff receive regular supervision in line with "
     "its policy.",
     [("7", "Set up a supervision matrix and book three-monthly supervisions for all care "
            "workers.", "Field Care Supervisor", D(2026, 1, 31), "Matrix drafted.", "A")]),
    ("Responsive",
     "Should do: The provider should ensure that people's communication needs are recorded in "
     "their care plans.",
     [("8", "Add an Accessible Information Standard section to the care plan template and review "
            "all care plans at the next scheduled review.", "Care Coordinator", D(2026, 3, 31),
       "Not started", None)]),
]


def build_cw(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = CW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Service: Domiciliary care agency (home care)   Registered manager: Joanne Pearce"
    ws["A3"] = "Inspection: 12\u201319 August 2025   Report published: 30 September 2025"
    ws["A4"] = "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: " \
               "Requires improvement)"
    for i, h in enumerate(CW_HEAD, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.border = border
        c.alignment = wrap
    r = 7
    kq_start = {}
    prev_kq = None
    for kq, finding, acts in CW_GROUPS:
        g0 = r
        for no, act, lead, date, prog, rag in acts:
            vals = [kq if (r == g0 and kq != prev_kq) else None, finding if r == g0 else None, no, act, lead, date,
                    prog, rag]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = border
                c.alignment = wrap
            if isinstance(date, dt.datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=RAGFILL[rag])
            r += 1
        if r - 1 > g0:
            ws.merge_cells(start_row=g0, start_column=2, end_row=r - 1, end_column=2)
        kq_start.setdefault(kq, [g0, r - 1])
        kq_start[kq][1] = r - 1
        prev_kq = kq
    for kq, (a, b) in kq_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    assert ws.cell(row=CW_TYPO_ROW, column=6).value == "Febuary 2026"
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = Complete, G = On track, A = At risk, R = Overdue")
    ws.cell(row=r + 1, column=1, value="Plan owner: Registered Manager. Reviewed monthly with the "
                                       "Director.")
    for col, w in zip("ABCDEFGH", [13, 42, 5, 55, 30, 13, 38, 6]):
        ws.column_dimensions[col].width = w
    wb.save(path)


BUILDERS = [
    (F_PSII, build_psii), (F_SWBH, build_swbh), (F_UHNM, build_uhnm), (F_DGHB, build_dg),
    (F_HIW, build_hiw), (F_RQIA, build_rqia), (F_CW, build_cw),
]

if __name__ == "__main__":
    for name, fn in BUILDERS:
        assert name.startswith("zqj-")
        fn(os.path.join(HERE, name))
        print("wrote", name)
