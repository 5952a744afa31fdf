"""Build the seven yb- blind test files for set heldout564.

Run with /work/main/.venv/bin/python yb_make.py (from any directory).
Writes only files whose names start with "yb-" into the folder this script is in.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yb-")
    return os.path.join(HERE, name)


D = lambda y, m, d: datetime(y, m, d)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "coop": PatternFill("solid", fgColor="00A1CC"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
    "oak": PatternFill("solid", fgColor="287C34"),
    "hosp": PatternFill("solid", fgColor="7030A0"),
}


def style_row(ws, row, ncols, fill=None, bold=False, white=False):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if fill is not None:
            cell.fill = fill
        if bold or white:
            cell.font = Font(bold=bold, color="FFFFFF" if white else "000000")


# ---------------------------------------------------------------------------
# 1. Co-operative Group - ICO cyber incident remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def make_coop():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "The Co-operative Group Limited"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A3"] = "Cyber Incident April 2025 – Data Protection Remediation Tracker"
    cov["A3"].font = Font(bold=True, size=16)
    cov["A4"] = "Progress return to the Information Commissioner's Office – Return 3"
    cov["A4"].font = Font(italic=True, size=11)
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    hdr = ["Version", "Date", "Prepared by", "Approved by", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        cov.cell(row=7, column=i, value=h)
    style_row(cov, 7, 5, FILL["coop"], bold=True, white=True)
    rows = [
        ("1.0", D(2025, 8, 15), "Data Protection Office", "Group General Counsel",
         "First return following ICO enquiry letter"),
        ("2.0", D(2025, 10, 31), "Data Protection Office", "Group General Counsel",
         "Revised target dates for 1.2, 1.3 and 2.1 agreed by Data Protection Steering Group"),
        ("3.0", D(2026, 1, 30), "Data Protection Office", "Chief Information Security Officer",
         "Position at 30 January 2026; action 3.1 escalated to Red"),
    ]
    for r, row in enumerate(rows, 8):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        style_row(cov, r, 5)
    cov["A12"] = "Classification: Confidential – shared with the ICO on a voluntary basis"
    cov["A12"].font = Font(italic=True, size=9)
    for col, w in zip("ABCDE", [10, 14, 24, 30, 60]):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ncol = 10
    ws.merge_cells("A1:J1")
    ws["A1"] = "Data Protection Remediation Tracker – position at 30 January 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = ("Senior owner: Group Data Protection Officer     "
                "Assurance: Audit & Risk Committee (quarterly)")
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Finding", "Remediation action", "Accountable owner",
             "Original target", "Revised target", "Previous RAG", "Current RAG",
             "Progress update (January 2026)", "Evidence ref"]
    for i, h in enumerate(heads, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, ncol, FILL["coop"], bold=True, white=True)

    rag_fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
                "Red": FILL["red"], "Not started": None}

    def band(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.cell(row=row, column=1, value=text)
        style_row(ws, row, ncol, FILL["band"], bold=True)

    def action(row, ref, act, owner, orig, rev, prev, cur, prog, ev):
        vals = [ref, None, act, owner, orig, rev, prev, cur, prog, ev]
        for c, v in enumerate(vals, 1):
            if c == 2:
                continue
            cell = ws.cell(row=row, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        style_row(ws, row, ncol)
        for c, v in ((7, prev), (8, cur)):
            if rag_fill.get(v) is not None:
                ws.cell(row=row, column=c).fill = rag_fill[v]

    def finding(r1, r2, text):
        ws.cell(row=r1, column=2, value=text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        for r in range(r1, r2 + 1):
            ws.cell(row=r, column=2).border = BOX
        ws.cell(row=r1, column=2).alignment = WRAP

    band(5, "WS1 – Identity and access management")
    action(6, "1.1", "Introduce mandatory video-call identity verification, with line manager "
           "confirmation, for all privileged account password and MFA resets.",
           "Chief Information Security Officer", D(2025, 7, 31), None, "Green", "Complete",
           "Live from 9 June 2025; 100% of privileged resets sampled in Q3 followed the new process.",
           "EV-003")
    action(7, "1.2", "Remove the service desk's ability to reset MFA for Tier 0 and Tier 1 "
           "administrator accounts; route all such requests to the Identity team.",
           "Head of Identity & Access Management", D(2025, 9, 30), D(2025, 12, 31), "Amber",
           "Complete", "Permissions removed 8 December 2025 after supplier contract change.",
           "EV-011")
    finding(6, 7, "Service desk password and MFA reset requests could be completed on the "
            "strength of information available to an attacker impersonating a colleague.")
    action(8, "1.3", "Deploy privileged access management (just-in-time elevation) across all "
           "domain administrator accounts.",
           "Head of Identity & Access Management / Head of Infrastructure", D(2025, 10, 31),
           D(2026, 3, 31), "Red", "Amber",
           "Phase 1 (Tier 0) complete; Tier 1 migration 60% complete.", "EV-015")
    action(9, "1.4", "Carry out a recertification of all privileged accounts and disable "
           "accounts with no log-on for 45 days.",
           "Chief Information Security Officer", "Quarterly", None, "Green", "Green",
           "Q3 recertification complete; 212 accounts disabled.", "EV-016")
    finding(8, 9, "Privileged access was not consistently time-bound and dormant administrator "
            "accounts were not removed promptly.")
    band(10, "WS2 – Detection and response")
    action(11, "2.1", "Implement data loss prevention rules and volumetric alerting on the member "
           "database, with 24/7 security operations centre triage.",
           "Head of Cyber Defence", D(2025, 11, 30), D(2026, 2, 28), "Amber", "Amber",
           "Alert rules in test; tuning delayed by SIEM platform upgrade.", "EV-019")
    action(12, "2.2", "Test the incident response plan through an externally facilitated "
           "exercise involving the Executive and the Board.",
           "Chief Information Security Officer; Group General Counsel", D(2026, 1, 31), None,
           "Green", "Green", "Exercise held 27 January 2026; report awaited from facilitator.",
           "EV-020")
    finding(11, 12, "Security monitoring did not alert on the bulk extraction of member records "
            "from the membership database.")
    band(13, "WS3 – Data protection governance and member communications")
    action(14, "3.1", "Apply the retention schedule to the membership database and delete or "
           "anonymise records of members inactive for more than six years.",
           "Data Protection Officer", D(2025, 12, 31), D(2026, 6, 30), "Amber", "Red",
           "Deletion run paused pending legal hold review linked to group litigation.", "")
    action(15, "3.2", "Update the Record of Processing Activities for membership, Funeralcare "
           "and insurance processing.",
           "Data Protection Officer", D(2026, 4, 30), None, "Not started", "Not started",
           "Scheduled to start February 2026.", "")
    finding(14, 15, "Member records were retained beyond the periods set out in the retention "
            "schedule, increasing the volume of data exposed.")
    action(16, "3.3", "Publish an updated member FAQ and send a follow-up notification setting out "
           "the categories of data affected and the protective steps members can take.",
           "Chief Membership Officer", D(2025, 9, 30), None, "Complete", "Complete",
           "Notification sent 18 September 2025.", "EV-024")
    finding(16, 16, "Communications to affected members did not clearly explain the categories "
            "of data taken or the steps members could take.")

    ws["A18"] = "Summary (Current RAG)"
    ws["A18"].font = Font(bold=True)
    summary = [("Complete", 3), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not started", 1),
               ("Total", 9)]
    for i, (k, n) in enumerate(summary, 19):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=n)
        style_row(ws, i, 2)
        if rag_fill.get(k) is not None:
            ws.cell(row=i, column=1).fill = rag_fill[k]
    for col, w in zip("ABCDEFGHIJ", [6, 40, 52, 30, 13, 13, 12, 12, 44, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, d) in enumerate([
        ("Complete", "Action delivered and evidence provided to the ICO"),
        ("Green", "On track to meet target date"),
        ("Amber", "Risk to target date; revised date agreed by Data Protection Steering Group"),
        ("Red", "Target date missed or action blocked – escalated to Executive"),
        ("Not started", "Action not yet due to start"),
    ], 2):
        key.cell(row=i, column=1, value=k)
        key.cell(row=i, column=2, value=d)
        style_row(key, i, 2)
        if rag_fill.get(k) is not None:
            key.cell(row=i, column=1).fill = rag_fill[k]
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 80
    wb.save(out("yb-co-operative-group-ico-cyber-incident-remediation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Oak National Academy - curriculum programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_oak():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "Oak National Academy"
    ws["A1"].font = Font(bold=True, size=12, color="287C34")
    ws["A2"] = "Curriculum Programme Highlight Report – January 2026"
    ws["A2"].font = Font(bold=True, size=15)
    info = [
        ("Programme", "Curriculum Programme 2025–26 (full curriculum build and Aila)"),
        ("Senior Responsible Owner", "Chief Operating Officer"),
        ("Programme Manager", "Head of PMO"),
        ("Reporting period", "1 January 2026 – 31 January 2026"),
        ("Report to", "Programme Board, 10 February 2026"),
    ]
    for r, (k, v) in enumerate(info, 4):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=2, value=v)
        for c in range(1, 5):
            ws.cell(row=r, column=c).border = BOX
    ws["F4"] = "Overall RAG"
    ws["F4"].font = Font(bold=True)
    ws["F5"] = "Previous"
    ws["G5"] = "A"
    ws["G5"].fill = FILL["amber"]
    ws["F6"] = "Current"
    ws["G6"] = "A"
    ws["G6"].fill = FILL["amber"]
    for r in (4, 5, 6):
        for c in (6, 7):
            ws.cell(row=r, column=c).border = BOX

    ws["A10"] = "Summary of progress"
    ws["A10"].font = Font(bold=True, color="FFFFFF")
    for c in range(1, 9):
        ws.cell(row=10, column=c).fill = FILL["oak"]
    ws.merge_cells("A11:H13")
    ws["A11"] = ("Primary English and the Aila safety evaluation completed on time. Key Stage 4 "
                 "computing resources remain off track following the withdrawal of the subject "
                 "partner; a recovery plan will be presented to the February Board. Science "
                 "co-design testing has slipped by one month because fewer schools were recruited "
                 "in the autumn term.")
    ws["A11"].alignment = WRAP

    ws["A15"] = "Key milestones"
    ws["A15"].font = Font(bold=True, color="FFFFFF")
    for c in range(1, 9):
        ws.cell(row=15, column=c).fill = FILL["oak"]
    heads = ["No.", "Workstream", "Milestone / deliverable", "Owner", "Baseline date",
             "Forecast date", "RAG", "Commentary"]
    for i, h in enumerate(heads, 1):
        ws.cell(row=16, column=i, value=h)
    style_row(ws, 16, 8, FILL["grey"], bold=True)
    rf = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    ms = [
        ("M1", "Primary curriculum",
         "Publish revised Key Stage 2 English units aligned to the updated reading framework",
         "Director of Curriculum (Primary)", D(2025, 11, 1), D(2025, 11, 1), "B",
         "Published 24 November 2025."),
        ("M2", None,
         "Complete teacher co-design testing of Year 5 and 6 science units in 40 schools",
         "Head of Science", D(2026, 1, 1), D(2026, 2, 1), "A",
         "31 schools recruited; remaining 9 confirmed for February."),
        ("M3", "Secondary curriculum",
         "Release GCSE history units for first teaching in September 2026",
         "Director of Curriculum (Secondary)", D(2026, 3, 1), D(2026, 3, 1), "G",
         "Quality assurance of units 1–6 complete."),
        ("M4", None,
         "Commission and quality-assure Key Stage 4 computing resources from the new subject partner",
         "Head of Partnerships; Head of Computing", D(2025, 12, 1), D(2026, 4, 1), "R",
         "Original partner withdrew in October; re-procurement concluded 19 January 2026."),
        ("M5", "Aila (AI lesson assistant)",
         "Complete independent safety evaluation of Aila moderation and content guardrails",
         "Chief Technology Officer", D(2025, 12, 1), D(2025, 12, 1), "B",
         "Evaluation report received; 3 minor recommendations accepted."),
        ("M6", None,
         "Launch Aila quiz generation to all registered teachers",
         "Director of Product", D(2026, 2, 1), D(2026, 2, 1), "G",
         "Beta with 1,200 teachers; go/no-go decision 16 February."),
        ("M7", "Evidence and impact",
         "Publish 2024/25 impact evaluation report jointly with DfE analysts",
         "Head of Insights & Evaluation", D(2026, 4, 1), D(2026, 6, 1), "A",
         "Data share agreement signed late; fieldwork extended."),
        ("M8", None,
         "Report usage and teacher satisfaction metrics to the DfE sponsor team",
         "Head of Insights & Evaluation", "Monthly", "Monthly", "G",
         "January return submitted on time."),
    ]
    for r, m in enumerate(ms, 17):
        for c, v in enumerate(m, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "mmm-yy"
        style_row(ws, r, 8)
        ws.cell(row=r, column=7).fill = rf[m[6]]
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")

    ws["A26"] = "Top risks (owners and mitigations are held in the programme risk register)"
    ws["A26"].font = Font(bold=True, color="FFFFFF")
    for c in range(1, 9):
        ws.cell(row=26, column=c).fill = FILL["oak"]
    for i, h in enumerate(["Risk", "Description", None, None, "Score"], 1):
        if h:
            ws.cell(row=27, column=i, value=h)
    ws.merge_cells("B27:D27")
    style_row(ws, 27, 5, FILL["grey"], bold=True)
    risks = [("R04", "Limited market capacity for specialist Key Stage 4 computing authors", 16),
             ("R07", "Changes to the national curriculum following the Curriculum and Assessment "
                     "Review require rework of units already published", 12),
             ("R11", "Take-up of Aila falls below target if teacher trust in AI outputs is low", 9)]
    for r, (a, b, s) in enumerate(risks, 28):
        ws.cell(row=r, column=1, value=a)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=5, value=s)
        style_row(ws, r, 5)

    ws["A32"] = "Decision required from Programme Board"
    ws["A32"].font = Font(bold=True, color="FFFFFF")
    for c in range(1, 9):
        ws.cell(row=32, column=c).fill = FILL["oak"]
    ws.merge_cells("A33:H33")
    ws["A33"] = ("The Board is asked to approve the revised forecast date for milestone M4 "
                 "(April 2026) and the computing recovery plan.")
    ws["A33"].alignment = WRAP
    for col, w in zip("ABCDEFGH", [24, 24, 56, 34, 13, 13, 8, 46]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG definitions")
    key["A1"] = "Milestone RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, d) in enumerate([
        ("B", "Blue – milestone complete"),
        ("G", "Green – on track to baseline date"),
        ("A", "Amber – forecast later than baseline but within programme tolerance (up to 2 months)"),
        ("R", "Red – forecast outside tolerance or milestone at risk; recovery plan required"),
    ], 2):
        key.cell(row=i, column=1, value=k).fill = rf[k]
        key.cell(row=i, column=2, value=d)
        style_row(key, i, 2)
        key.cell(row=i, column=1).fill = rf[k]
    key.column_dimensions["B"].width = 90

    log = wb.create_sheet("Change log")
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        log.cell(row=1, column=i, value=h)
    style_row(log, 1, 4, FILL["grey"], bold=True)
    for r, row in enumerate([
        ("0.1", D(2026, 2, 3), "PMO Analyst", "Draft for workstream leads"),
        ("0.2", D(2026, 2, 5), "Head of PMO", "Workstream commentary added"),
        ("1.0", D(2026, 2, 6), "Head of PMO", "Issued to Programme Board"),
    ], 2):
        for c, v in enumerate(row, 1):
            cell = log.cell(row=r, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        style_row(log, r, 4)
    log.column_dimensions["D"].width = 40
    wb.save(out("yb-oak-national-academy-curriculum-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. Weston Hospicecare - CQC inspection action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def make_weston():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 7
    ws.merge_cells("A1:G1")
    ws["A1"] = "Weston Hospicecare"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws.merge_cells("A2:G2")
    ws["A2"] = "CQC Inspection Action Plan"
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A3:G3")
    ws["A3"] = ("Inspection: 11–13 March 2025   |   Report published: 6 June 2025   |   "
                "Overall rating: Good (Safe: Requires improvement)")
    ws.merge_cells("A4:G4")
    ws["A4"] = ("Plan owner: Director of Patient Care (Registered Manager)   |   Monitored by: "
                "Clinical Governance Committee   |   Last updated: 21 November 2025")
    heads = ["Ref", "CQC requirement", "Action to be taken", "Lead", "Target date",
             "Progress update / evidence", "RAG"]
    for i, h in enumerate(heads, 1):
        ws.cell(row=6, column=i, value=h)
    style_row(ws, 6, ncol, FILL["hosp"], bold=True, white=True)

    def section(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.cell(row=row, column=1, value=text)
        style_row(ws, row, ncol, FILL["grey"], bold=True)

    def act(row, ref, text, lead, target, prog, rag):
        for c, v in ((1, ref), (3, text), (4, lead), (5, target), (6, prog)):
            cell = ws.cell(row=row, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        style_row(ws, row, ncol)
        if rag:
            ws.cell(row=row, column=7).fill = FILL[rag]

    def req(r1, r2, text):
        ws.cell(row=r1, column=2, value=text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        ws.cell(row=r1, column=2).alignment = WRAP
        for r in range(r1, r2 + 1):
            ws.cell(row=r, column=2).border = BOX

    section(7, "SAFE")
    act(8, "M1.1", "Introduce a 72-hour and change-of-condition review prompt for falls and "
        "Waterlow assessments in SystmOne.", "Ward Manager (IPU)", D(2025, 7, 31),
        "Template live 1 July 2025; August audit 94% compliant.", "blue")
    act(9, "M1.2", "Monthly documentation audit of 10 sets of IPU records, with results reported "
        "to the Clinical Governance Committee.", "Clinical Quality Lead", "Monthly",
        "Audits completed July–October; average compliance 91%.", "green")
    req(8, 9, "MUST: The provider must ensure that risk assessments for falls and pressure areas "
        "are reviewed and updated when a patient's condition changes. (Regulation 12)")
    act(10, "M2.1", "Replace the IPU controlled drugs cabinet with a compliant cabinet.\n"
        "Introduce a bound controlled drugs register and retire the loose-leaf record.",
        "Lead Pharmacist / Ward Manager (IPU)", D(2025, 6, 30),
        "Cabinet fitted 19 June 2025; bound register in use from 23 June 2025.", "blue")
    act(11, "M2.2", "Complete controlled drugs competency reassessment for all registered nurses.",
        "Practice Educator", "30/09/2025\nRevised: 31/12/2025",
        "38 of 44 nurses reassessed; remainder on long-term leave or booked for December.",
        "amber")
    act(12, "M2.3", "Quarterly controlled drugs audit by the Controlled Drugs Accountable Officer, "
        "reported to the Medicines Management Group.", "Controlled Drugs Accountable Officer",
        "Quarterly", "Q1 and Q2 audits completed with no significant findings.", "green")
    req(10, 12, "MUST: The provider must ensure that controlled drugs are stored, recorded and "
        "disposed of in line with legislation and the hospice's own policy. (Regulation 12)")
    section(13, "EFFECTIVE")
    act(14, "M3.1", "Refresh the mandatory training matrix and set a 90% compliance target for "
        "each team, reported monthly.", "Head of HR & Education", D(2025, 8, 31),
        "New matrix launched 4 August 2025.", "blue")
    act(15, "M3.2", "Deliver additional face-to-face Mental Capacity Act and DoLS sessions for "
        "clinical staff.", "Safeguarding Lead", "Oct–Dec 2025",
        "Four of six sessions delivered; current compliance 86%.", "green")
    req(14, 15, "MUST: The provider must ensure that staff complete mandatory training, including "
        "safeguarding adults level 3 and Mental Capacity Act training. (Regulation 18)")
    section(16, "WELL-LED")
    act(17, "S1.1", "Introduce a quarterly thematic review of incidents and complaints, with "
        "learning shared through the 'Learning Matters' staff bulletin.",
        "Director of Patient Care", D(2025, 10, 31),
        "First review not yet completed due to vacancy in the quality team.", "red")
    req(17, 17, "SHOULD: The provider should ensure that governance systems identify and follow up "
        "themes from incidents and complaints.")
    act(18, "S2.1", "Add the CQC action plan as a standing item at Board of Trustees meetings.",
        "Chief Executive", D(2025, 9, 30), "Standing item from the September 2025 Board.",
        "blue")
    act(19, "S2.2", "Commission an external mock inspection of the well-led key question to test "
        "the improvements made.", "Chief Executive", "March 2026",
        "Provider to be selected in January 2026.", None)
    req(18, 19, "SHOULD: The provider should ensure that the Board of Trustees receives regular "
        "assurance on progress against this action plan.")
    ws["A21"] = "RAG status is shown by cell colour – see the 'Key and sign-off' tab."
    ws["A21"].font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [7, 44, 52, 26, 16, 44, 7]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key and sign-off")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (f, d) in enumerate([
        ("blue", "Completed and evidenced"),
        ("green", "On track to meet target date"),
        ("amber", "In progress – some delay, recoverable"),
        ("red", "Not on track – escalated to Clinical Governance Committee"),
        (None, "No colour – not yet started"),
    ], 2):
        if f:
            key.cell(row=i, column=1).fill = FILL[f]
        key.cell(row=i, column=2, value=d)
        style_row(key, i, 2)
        if f:
            key.cell(row=i, column=1).fill = FILL[f]
    key["A9"] = "Sign-off"
    key["A9"].font = Font(bold=True)
    for r, row in enumerate([("Role", "Name", "Date"),
                             ("Registered Manager", "Director of Patient Care", "21/11/2025"),
                             ("Chair, Clinical Governance Committee", "Trustee", "02/12/2025")],
                            10):
        for c, v in enumerate(row, 1):
            key.cell(row=r, column=c, value=v)
        style_row(key, r, 3)
    key.column_dimensions["A"].width = 36
    key.column_dimensions["B"].width = 60
    wb.save(out("yb-weston-hospicecare-cqc-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


RAGHEX = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000",
          "Complete": "5B9BD5"}


# ---------------------------------------------------------------------------
# 4. West Midlands CA - Birmingham 2022 Games transport lessons learned (docx)
# ---------------------------------------------------------------------------
def make_wmca():
    doc = Document()
    landscape(doc)
    doc.add_heading("Birmingham 2022 Commonwealth Games – Transport Lessons Learned Action Plan", 0)
    p = doc.add_paragraph()
    r = p.add_run("Transport for West Midlands (West Midlands Combined Authority)")
    r.bold = True
    doc.add_paragraph("Progress position at 31 October 2025 – report to Transport Delivery Committee")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in [("1.0", "14/03/2023", "Major Events Manager", "Approved by TfWM Leadership Team"),
                ("1.1", "22/04/2024", "Major Events Manager", "Annual update"),
                ("1.2", "31/10/2025", "Major Events Manager", "Update ahead of 2026 events")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "This plan sets out the actions Transport for West Midlands (TfWM) and partners agreed "
        "following the Games transport debrief held in November 2022. Lessons are grouped into "
        "three themes. Each lesson is followed by the actions agreed to address it. The plan "
        "will be closed once the actions have been tested at the 2026 European Athletics "
        "Championships.")
    doc.add_paragraph(
        "Status key: Complete – delivered and evidenced; G – on track; A – at risk, revised "
        "date may be needed; R – off track. A blank status means the action has not started.")

    cols = ["Ref", "Lesson identified", "Action agreed", "Lead", "Due", "Status"]
    widths = [Cm(1.3), Cm(6.0), Cm(8.0), Cm(4.5), Cm(3.2), Cm(2.0)]

    def theme_table(title, lessons):
        doc.add_heading(title, level=1)
        n = sum(len(acts) for _, acts in lessons)
        tb = doc.add_table(rows=1 + n, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(cols):
            set_text(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "1F4E78")
            for run in tb.rows[0].cells[i].paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r0 = 1
        for lesson, acts in lessons:
            for k, (ref, text, lead, due, status) in enumerate(acts):
                cells = tb.rows[r0 + k].cells
                set_text(cells[0], ref)
                set_text(cells[2], text)
                set_text(cells[3], lead)
                set_text(cells[4], due)
                set_text(cells[5], status, bold=True)
                if status:
                    shade(cells[5], RAGHEX[status])
            top = tb.cell(r0, 1)
            if len(acts) > 1:
                top = top.merge(tb.cell(r0 + len(acts) - 1, 1))
            set_text(top, lesson)
            r0 += len(acts)
        for row in tb.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()

    theme_table("Theme 1: Spectator journeys and event day operations", [
        ("Shuttle bus demand at some venues was higher than modelled on peak days, leading to "
         "long queues at return loading points.", [
            ("1.1", "Update the event demand model using Games ticketing and patronage data and "
                    "agree peak-hour planning assumptions for future major events.",
             "Head of Transport Modelling", "March 2023", "Complete"),
            ("1.2", "Produce a standard loading-point design and stewarding guide for shuttle "
                    "bus and park and ride sites.",
             "Major Events Manager", "Q2 2023/24", "Complete"),
        ]),
        ("Accessible travel information was not consistently available at venue drop-off "
         "points.", [
            ("1.3", "Review accessible drop-off and mobility shuttle provision with the West "
                    "Midlands disability transport forum before the 2026 European Athletics "
                    "Championships.",
             "Accessibility & Inclusion Lead", "December 2025", "G"),
        ]),
    ])
    theme_table("Theme 2: Network resilience and industrial action", [
        ("Rail industrial action on 30 July 2022 required spectator journeys to be replanned "
         "at short notice.", [
            ("2.1", "Agree a standing protocol with rail operators and Network Rail for "
                    "event-day contingency planning during industrial action.",
             "Head of Rail Programmes", "Sept 2023", "Complete"),
            ("2.2", "Put in place bus replacement and additional coach capacity frameworks that "
                    "can be called off within 72 hours.",
             "Head of Bus Operations; Procurement Manager",
             "Jun 2024 (revised from Dec 2023)", "Complete"),
        ]),
        ("The Regional Transport Coordination Centre (RTCC) relied on temporary staffing and "
         "systems that were stood down after the Games.", [
            ("2.3", "Retain the RTCC as a permanent function with a 24/7 duty rota for major "
                    "incidents and events.",
             "Director of Network Resilience", "April 2024", "Complete"),
            ("2.4", "Integrate RTCC CCTV feeds and incident logs with Birmingham City Council's "
                    "traffic control centre.",
             "Head of Network Resilience / BCC Head of Traffic Management", "March 2026", "A"),
        ]),
    ])
    theme_table("Theme 3: Legacy – data, ticketing and partnership working", [
        ("Including public transport in the event ticket worked well, but data on the journeys "
         "made was incomplete.", [
            ("3.1", "Specify ticket-integrated travel data capture in the transport agreement for "
                    "the 2026 European Athletics Championships.",
             "Head of Ticketing & Fares", "31/01/2026", "R"),
            ("3.2", "Publish a Games transport evaluation report including modal shift findings.",
             "Head of Insight", "July 2023", "Complete"),
        ]),
        ("Partnership governance set up for the Games lapsed after the event.", [
            ("3.3", "Establish a West Midlands Major Events Transport Group, chaired by TfWM, "
                    "meeting quarterly.",
             "Managing Director, TfWM", "November 2023", "Complete"),
            ("3.4", "Capture lessons from the 2026 European Athletics Championships and update "
                    "this plan.",
             "Major Events Manager", "Ongoing", ""),
        ]),
    ])

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        set_text(s.rows[0].cells[i], h, bold=True)
    cells = s.add_row().cells
    for i, v in enumerate(["TfWM Leadership Team", "Plan owner", "11/11/2025"]):
        set_text(cells[i], v)
    doc.save(out("yb-west-midlands-ca-birmingham-2022-games-transport-lessons-learned-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Charterhouse - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_charterhouse():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CHARTERHOUSE")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
    h = doc.add_heading("Post-Inspection Action Plan", 1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("ISI Routine Inspection – response to the recommended next steps")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Inspection dates", "21–23 January 2025"),
                 ("Report published", "7 March 2025"),
                 ("Outcome", "All Independent School Standards met; three recommended next steps"),
                 ("Plan owner", "Deputy Head (Academic)"),
                 ("Monitored by", "Education Committee of the Governing Body (termly)"),
                 ("Position at", "17 November 2025")]:
        cells = info.add_row().cells
        set_text(cells[0], k, bold=True, size=10)
        shade(cells[0], "DCE6F1")
        set_text(cells[1], v, size=10)
        cells[0].width = Cm(5)
        cells[1].width = Cm(16)
    doc.add_paragraph()

    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    set_text(key.rows[0].cells[0], "Progress key", bold=True)
    for i, (code, text) in enumerate([("B", "B – completed"), ("G", "G – on track"),
                                      ("A", "A – at risk"), ("R", "R – off track")], 1):
        set_text(key.rows[0].cells[i], text)
        shade(key.rows[0].cells[i], RAGHEX[code])
    doc.add_paragraph("Where no progress rating is shown, work has not yet started.").runs[0].italic = True

    cols = ["No.", "Action", "Person responsible", "Timescale", "Success criteria", "Progress"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.2), Cm(4.0), Cm(6.0), Cm(2.0)]

    def step(title, text, acts):
        doc.add_heading(title, level=2)
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, hh in enumerate(cols):
            set_text(tb.rows[0].cells[i], hh, bold=True)
            shade(tb.rows[0].cells[i], "002B5C")
            for rr in tb.rows[0].cells[i].paragraphs[0].runs:
                rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for no, action, who, when, crit, rag in acts:
            cells = tb.add_row().cells
            for i, v in enumerate([no, action, who, when, crit, rag]):
                set_text(cells[i], v, bold=(i == 5))
            if rag:
                shade(cells[5], RAGHEX[rag])
        for row in tb.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()

    step("Recommended next step 1",
         "Leaders should ensure that written and verbal feedback to pupils in Years 9 to 11 "
         "consistently identifies how pupils can improve their work, so that the most able pupils "
         "are challenged to make rapid progress.",
         [("1a", "Review the whole-school feedback policy with Heads of Department and publish a "
                 "revised policy with departmental exemplars.",
           "Deputy Head (Academic)", "Summer Term 2025",
           "Revised policy approved and in use in all departments", "B"),
          ("1b", "Deliver an INSET session on responsive and whole-class feedback techniques for "
                 "all teaching staff.",
           "Director of Teaching and Learning", "September 2025 INSET",
           "100% of teaching staff attend; follow-up survey shows increased confidence", "B"),
          ("1c", "Heads of Department to sample Years 9 to 11 exercise books and digital work and "
                 "report findings to the Deputy Head (Academic).",
           "Heads of Department", "Half-termly",
           "Sampling shows next steps given in at least 90% of work seen", "G")])
    step("Recommended next step 2",
         "Leaders should ensure that the recently introduced approach to monitoring pupils’ "
         "wellbeing in boarding houses is used consistently by all house staff, so that emerging "
         "concerns are identified at the earliest opportunity.",
         [("2a", "Train all Housemasters, Housemistresses, Matrons and resident tutors in the use "
                 "of the wellbeing tracking platform.",
           "Deputy Head (Pastoral) and Head of Boarding", "Summer Term 2025",
           "All house staff trained; platform used in every house", "B"),
          ("2b", "Introduce a termly audit of wellbeing records in each boarding house, with "
                 "findings reported to the Pastoral Committee of governors.",
           "Head of Boarding", "Termly", "Audit shows consistent recording across houses", "G"),
          ("2c", "Survey pupils on their confidence in raising concerns with house staff and "
                 "compare the results with the 2024 baseline.",
           "Deputy Head (Pastoral)", "Lent Term 2026",
           "Improvement on 2024 baseline in all year groups", "")])
    step("Recommended next step 3",
         "Leaders should develop the careers programme so that younger pupils receive earlier and "
         "more systematic guidance on the full range of pathways available after school, "
         "including apprenticeships.",
         [("3a", "Map careers provision against the Gatsby Benchmarks and identify gaps for "
                 "Years 9 to 11.",
           "Head of Futures", "30 June 2025", "Gap analysis presented to SLT", "B"),
          ("3b", "Introduce a Year 10 pathways week including apprenticeship providers and "
                 "employer talks.",
           "Head of Futures / Head of Year 10", "Michaelmas Term 2025 (revised: Lent Term 2026)",
           "Pathways week held; 85% of pupils rate it useful", "A"),
          ("3c", "Report careers programme outcomes and leaver destinations to the Education "
                 "Committee of the Governing Body.",
           "Deputy Head (Academic)", "June 2026",
           "Annual report received by governors", "R")])
    doc.add_paragraph("Approved by the Education Committee of the Governing Body, 26 November 2025.")
    doc.save(out("yb-charterhouse-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Ilkley Town Council - full council action log (csv, typo month -> refuse)
# ---------------------------------------------------------------------------
def make_ilkley():
    rows = [
        ["Ilkley Town Council – Full Council and Committees Action Log 2025-26", "", "", "", "", "", ""],
        ["Updated by the Town Clerk, 14 January 2026", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Minute No.", "Meeting", "Action", "Responsible", "Deadline", "Status", "Notes"],
        ["FULL COUNCIL", "", "", "", "", "", ""],
        ["FC/25/014", "12 May 2025",
         "Write to Bradford Council requesting an update on the Brook Street public toilets refurbishment",
         "Town Clerk", "Jul-25", "Complete", "Reply received 3 July; works programmed for 2026"],
        ["FC/25/022", "9 Jun 2025",
         "Obtain three quotes for replacement of the Christmas lights controller",
         "Deputy Clerk", "Sep-25", "Complete", "Preferred supplier appointed; installed November"],
        ["FC/25/031", "14 Jul 2025",
         "Arrange a meeting with Yorkshire Water and the Environment Agency on River Wharfe bathing water results",
         "Cllr Hargreaves / Town Clerk", "Oct-25", "In progress", "Meeting fixed for 29 January 2026"],
        ["FC/25/047", "8 Sep 2025",
         "Report back on options and costs for CCTV coverage at The Grove bus stops",
         "Town Clerk", "N0v-25", "In progress", "Two suppliers visited; report to February meeting"],
        ["FC/25/052", "8 Sep 2025",
         "Review the Council's grants policy and criteria ahead of the 2026-27 round",
         "Finance Officer", "Dec-25", "Complete", "Adopted at 8 December meeting"],
        ["FC/25/066", "10 Nov 2025",
         "Publish the draft 2026-27 budget and precept for public comment",
         "Finance Officer", "Jan-26", "Not started", ""],
        ["PLANNING & ENVIRONMENT COMMITTEE", "", "", "", "", "", ""],
        ["PE/25/009", "2 Jun 2025",
         "Submit the Council's response to the Bradford Local Plan main modifications consultation",
         "Planning Officer", "Jul-25", "Complete", ""],
        ["PE/25/018", "6 Oct 2025",
         "Commission a condition survey of the Panorama Reservoir footpath steps",
         "Cllr Moss, Town Clerk", "Mar-26", "In progress", "Two quotes received"],
        ["", "", "", "", "", "", ""],
        ["Completed actions are removed once reported to the next meeting of the relevant committee.",
         "", "", "", "", "", ""],
    ]
    with open(out("yb-ilkley-town-council-action-log-2025-26-typo-month-refuse.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 7. WWF-UK - ARC internal audit recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_wwf():
    head = ["Ref", "Audit", "Priority", "Recommendation", "Agreed management action",
            "Action owner", "Original due date", "Revised due date", "RAG", "Latest update"]
    gm = "Grant management (IA 2024/03)"
    cy = "Cyber security and IT resilience (IA 2024/05)"
    sd = "Supporter data and fundraising compliance (IA 2025/01)"
    pe = "Payroll and expenses (IA 2025/02)"
    r_gm1 = ("Due diligence on overseas implementing partners should be completed and evidenced "
             "before the first disbursement of funds.")
    r_gm2 = ("Grant monitoring reports should be reviewed against the agreed milestones and "
             "variances followed up within 30 days.")
    r_cy1 = ("Multi-factor authentication should be enforced for all remote access and for all "
             "accounts with administrative privileges.")
    r_cy2 = ("The IT disaster recovery plan should be tested at least annually and the results "
             "reported to the Audit and Risk Committee.")
    r_sd1 = ("Consent records for direct marketing should be reconciled between the CRM and the "
             "email platform.")
    r_sd2 = ("The fundraising complaints log should record the relevant Code of Fundraising "
             "Practice reference for each complaint.")
    r_pe1 = ("Expense claims should be approved by a budget holder independent of the claimant, "
             "including claims by members of the Executive Team.")
    data = [
        ["GM-01a", gm, "High", r_gm1,
         "Introduce a mandatory due diligence checklist in the grants system that blocks payment "
         "until sign-off by the Programme Finance Manager.",
         "Director of Finance & Resources", "30/06/2025", "31/10/2025", "Blue",
         "Checklist live in grants system from 6 October 2025; verified by internal audit."],
        ["GM-01b", gm, "High", r_gm1,
         "Complete retrospective due diligence for the 14 active partners without evidenced checks.",
         "Head of Programme Operations", "30/06/2025", "31/03/2026", "Amber",
         "9 of 14 complete; remaining partners affected by travel restrictions."],
        ["GM-02a", gm, "Medium", r_gm2,
         "Add a milestone variance review to the quarterly grant monitoring template and train "
         "programme managers.",
         "Head of Programme Operations", "30/09/2025", "", "Blue",
         "Template updated; training delivered to 22 programme managers."],
        ["CY-01a", cy, "High", r_cy1,
         "Enforce conditional access and MFA for all staff, volunteer and third-party accounts.",
         "Head of IT", "31/05/2025", "", "Blue", "Enforced 28 May 2025."],
        ["CY-02a", cy, "Medium", r_cy2,
         "Carry out a full failover test of the core finance and supporter databases.",
         "Head of IT; Head of Data & CRM", "31/12/2025", "30/04/2026", "Amber",
         "Test postponed to avoid the year-end appeal period."],
        ["SD-01a", sd, "Medium", r_sd1,
         "Complete reconciliation of consent flags and suppress records where consent cannot be "
         "evidenced.",
         "Head of Data & CRM", "31/01/2026", "", "Red",
         "Overdue - reconciliation script failed testing; revised date to be proposed to March ARC."],
        ["SD-02a", sd, "Low", r_sd2,
         "Update the complaints log fields and the supporter care guidance.",
         "Supporter Care Manager", "31/03/2026", "", "Green", "Fields added; guidance in draft."],
        ["PE-01a", pe, "Medium", r_pe1,
         "Amend the expenses workflow so that Executive Team claims are approved by the Chief "
         "Executive and the Chief Executive's claims by the Chair of Trustees.",
         "Director of People", "30/04/2026", "", "Not yet started", ""],
        ["PE-01b", pe, "Medium", r_pe1,
         "Internal audit to re-test a sample of Executive Team claims in the 2026/27 follow-up review.",
         "Head of Internal Audit", "Q1 2026/27", "", "", ""],
    ]
    lines = [
        "WWF-UK",
        "Audit and Risk Committee – Internal Audit Recommendations Tracker",
        "Position as at 28 February 2026 (exported from the audit management system)",
        "",
        "\t".join(head),
    ]
    lines += ["\t".join(r) for r in data]
    lines += [
        "",
        "Open actions: 6 (High 1, Medium 4, Low 1). Implemented since last meeting: 2.",
        "RAG key: Blue = implemented and verified; Green = on track for due date; "
        "Amber = revised due date agreed by ARC; Red = overdue.",
    ]
    with open(out("yb-wwf-uk-arc-internal-audit-recommendations-tracker.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_coop()
    make_oak()
    make_weston()
    make_wmca()
    make_charterhouse()
    make_ilkley()
    make_wwf()
    print("built 7 files in", HERE)
