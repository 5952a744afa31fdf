"""Build the seven zon- test files of set heldout739.

Run with /work/main/.venv/bin/python zon_make.py (writes beside this script).
Only files whose names start with zon- are written.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zon-")
    return os.path.join(HERE, name)


def d(s):
    """dd/mm/yyyy -> datetime"""
    return datetime.strptime(s, "%d/%m/%Y")


FILL = {
    "B": "FF0070C0",
    "G": "FF00B050",
    "A": "FFFFC000",
    "R": "FFFF0000",
    "hdr": "FF1F3864",
    "sec": "FFD9E1F2",
    "risk": "FFF2F2F2",
    "pri": "FFE2EFDA",
    "grey": "FFD9D9D9",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(key):
    return PatternFill(fill_type="solid", start_color=FILL[key], end_color=FILL[key])


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. NHS Highland - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
HIGHLAND_TITLE = "NHS Highland Board Assurance Framework 2025/26"

# (section, risk heading, description, meta, [actions])
# action: (text, owner, original, revised, update, rag, expected leads)
HIGHLAND = [
    ("Our Population", "Risk 1186 – Urgent and unscheduled care",
     "Description: There is a risk that patients experience harm through delays in accessing urgent and "
     "unscheduled care, including long waits in the Emergency Department at Raigmore Hospital and delayed "
     "discharges from acute and community hospitals.",
     "Executive Lead: Chief Officer Acute Services   |   Governance committee: Clinical and Care Governance "
     "Committee   |   Current risk: 20 (Very High)   |   Target risk: 12 (High)",
     [
         ("Implement the Raigmore front door redesign (Flow Navigation Centre and Acute Assessment Unit "
          "pathway) to reduce four-hour breaches.",
          "Chief Officer Acute Services", "31/03/2026", None,
          "Flow Navigation Centre live since June 2025. AAU pathway test of change running on two days a week; "
          "full roll-out planned for January 2026.", "G", ["Chief Officer Acute Services"]),
         ("Reduce delayed discharges in North Highland through the Home First programme with the Highland "
          "Health and Social Care Partnership.",
          "Chief Officer Community Health and Social Care", "30/09/2025", None,
          "Complete – Home First model live in all North Highland districts from September 2025. Delays now "
          "monitored through the Urgent and Unscheduled Care Programme Board.", "B",
          ["Chief Officer Community Health and Social Care"]),
     ]),
    ("Our People", "Risk 1182 – Culture",
     "Description: If NHS Highland does not continue to improve its culture, there is a risk that staff will "
     "not feel valued or able to speak up, affecting recruitment, retention and the quality of patient care.",
     "Executive Lead: Director of People and Culture   |   Governance committee: Staff Governance Committee   |   "
     "Current risk: 16 (High)   |   Target risk: 8 (Medium)",
     [
         ("Roll out the Compassionate Leadership programme to all Band 7 and above managers in acute and "
          "community services.",
          "Head of Organisational Development", "31/03/2026", None,
          "Cohorts 1–4 completed (212 managers). Cohorts 5–8 scheduled November 2025 to February 2026.",
          "G", ["Head of Organisational Development"]),
         ("Implement the refreshed Whistleblowing Standards action plan, including recruitment of additional "
          "Confidential Contacts in Argyll and Bute and North Highland.",
          "Whistleblowing Champion / Head of Staff Governance", "30/06/2025", "31/12/2025",
          "Six of ten Confidential Contacts recruited. Revised date agreed by Staff Governance Committee on "
          "2 September 2025.", "A", ["Whistleblowing Champion", "Head of Staff Governance"]),
     ]),
    ("Our People", "Risk 715 – Workforce sustainability",
     "Description: Failure to recruit, retain and develop a sustainable workforce may lead to gaps in service "
     "delivery, reliance on supplementary staffing and pressure on existing staff.",
     "Executive Lead: Director of People and Culture   |   Governance committee: Staff Governance Committee   |   "
     "Current risk: 16 (High)   |   Target risk: 12 (High)",
     [
         ("Deliver the international recruitment programme for registered nurses and AHPs (target 60 arrivals "
          "in 2025/26).",
          "Deputy Director of People", "31/03/2026", None,
          "34 arrivals to date; pastoral support and OSCE preparation in place.", "G",
          ["Deputy Director of People"]),
         ("Reduce supplementary staffing spend through the Supplementary Staffing Task and Finish Group, with "
          "monthly reporting to the Executive Directors Group.",
          "Director of Nursing; Director of Finance", "30/09/2025", None,
          "Complete – Task and Finish Group closed in September; monitoring continues through the Financial "
          "Recovery Board.", "B", ["Director of Nursing", "Director of Finance"]),
     ]),
    ("Perform Well", "Risk 1101 – Financial balance",
     "Description: There is a risk that NHS Highland will not achieve the financial position agreed with "
     "Scottish Government for 2025/26, leading to further escalation under the NHS Scotland Support and "
     "Intervention Framework.",
     "Executive Lead: Director of Finance   |   Governance committee: Finance, Resources and Performance "
     "Committee   |   Current risk: 20 (Very High)   |   Target risk: 15 (High)",
     [
         ("Deliver the Value and Efficiency programme with identified schemes of £40m, tracked monthly at "
          "the Financial Recovery Board.",
          "Director of Finance", "31/03/2026", None,
          "£27.4m of schemes identified; gap of £12.6m being worked through with operational units.", "A",
          ["Director of Finance"]),
         ("Agree a three-year medium-term financial plan with Scottish Government, aligned to the Annual "
          "Delivery Plan.",
          "Director of Finance", "31/12/2025", None,
          "Draft plan shared with Scottish Government Health Finance in October 2025.", "G",
          ["Director of Finance"]),
     ]),
    ("Perform Well", "Risk 1166 – Cyber resilience",
     "Description: There is a risk of a cyber attack affecting the availability and integrity of clinical and "
     "corporate systems, resulting in disruption to services and loss of data.",
     "Executive Lead: Director of Digital   |   Governance committee: Audit Committee   |   "
     "Current risk: 16 (High)   |   Target risk: 9 (Medium)",
     [
         ("Complete the high-priority actions from the Network and Information Systems (NIS) audit "
          "improvement plan.",
          "Head of eHealth", "31/07/2025", "31/01/2026",
          "Four of nine high-priority actions complete. Remainder depend on national procurement of the "
          "endpoint detection tool.", "R", ["Head of eHealth"]),
         ("Run a whole-system cyber incident exercise with the Resilience team and The Highland Council.",
          "Head of eHealth / Head of Resilience", "30/11/2025", None,
          "Exercise booked for 19 November 2025.", "G", ["Head of eHealth", "Head of Resilience"]),
     ]),
]


def build_highland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    set_widths(ws, [22, 20, 22, 60])
    ws["A1"] = HIGHLAND_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="FF1F3864")
    ws["A2"] = "Position at 30 September 2025 – presented to NHS Highland Board, 25 November 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Purpose"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = ("The Board Assurance Framework (BAF) sets out the strategic risks to delivery of Together We Care "
                "and the mitigating actions in place. Each risk is assigned to a governance committee, which "
                "seeks assurance on the actions on behalf of the Board.")
    ws.merge_cells("B4:D4")
    ws["B4"].alignment = WRAP
    ws.row_dimensions[4].height = 48
    ws["A6"] = "Version control"
    ws["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "02/10/2025", "Board Secretary", "Draft for Executive Directors Group"),
            ("0.2", "21/10/2025", "Board Secretary", "Updated following governance committee cycle"),
            ("1.0", "13/11/2025", "Board Secretary", "Final for Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A12"] = "Progress key (RAG column)"
    ws["A12"].font = Font(bold=True)
    key = [("B", "Action complete"),
           ("G", "On track to complete by the date shown"),
           ("A", "Some slippage – revised date agreed by the governance committee"),
           ("R", "Significantly delayed or past its revised date")]
    for i, (k, t) in enumerate(key):
        c = ws.cell(row=13 + i, column=1, value=k)
        c.fill = fill(k)
        c.font = Font(bold=True, color="FFFFFFFF" if k in "BR" else "FF000000")
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=13 + i, column=2, value=t)
        ws.merge_cells(start_row=13 + i, start_column=2, end_row=13 + i, end_column=4)

    # Summary sheet (not actions)
    sm = wb.create_sheet("Summary")
    set_widths(sm, [14, 34, 34, 40, 12, 12, 12])
    sm["A1"] = "Summary of BAF risks – September 2025"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk no.", "Title", "Executive Lead", "Governance committee", "Current", "Target", "Movement"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("hdr")
        c.border = BOX
    summ = [("1186", "Urgent and unscheduled care", "Chief Officer Acute Services",
             "Clinical and Care Governance Committee", 20, 12, "↔"),
            ("1182", "Culture", "Director of People and Culture", "Staff Governance Committee", 16, 8, "↓"),
            ("715", "Workforce sustainability", "Director of People and Culture", "Staff Governance Committee",
             16, 12, "↔"),
            ("1101", "Financial balance", "Director of Finance", "Finance, Resources and Performance Committee",
             20, 15, "↔"),
            ("1166", "Cyber resilience", "Director of Digital", "Audit Committee", 16, 9, "↑")]
    for i, r in enumerate(summ):
        for j, v in enumerate(r, start=1):
            c = sm.cell(row=4 + i, column=j, value=v)
            c.border = BOX
    sm["A11"] = "Mitigating actions by RAG"
    sm["A11"].font = Font(bold=True)
    tot = [("Total actions", 10), ("Complete (B)", 2), ("On track (G)", 5), ("Some slippage (A)", 2),
           ("Significantly delayed (R)", 1)]
    for i, (k, v) in enumerate(tot):
        sm.cell(row=12 + i, column=1, value=k)
        sm.cell(row=12 + i, column=2, value=v)

    # BAF detail sheet
    ws = wb.create_sheet("BAF 2025-26")
    set_widths(ws, [62, 30, 14, 14, 58, 8])
    ws["A1"] = "NHS Highland – Board Assurance Framework 2025/26: strategic risks and mitigating actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    hdr = ["Mitigating action", "Action owner", "Original completion date", "Revised completion date",
           "Update at September 2025", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("hdr")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.row_dimensions[3].height = 30
    row = 4
    last_section = None
    for section, risk, desc, meta, actions in HIGHLAND:
        if section != last_section:
            c = ws.cell(row=row, column=1, value=section)
            c.font = Font(bold=True, size=12, color="FF1F3864")
            c.fill = fill("sec")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            row += 1
            last_section = section
        c = ws.cell(row=row, column=1, value=risk)
        c.font = Font(bold=True)
        c.fill = fill("risk")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        for txt in (desc, meta):
            c = ws.cell(row=row, column=1, value=txt)
            c.alignment = WRAP
            c.font = Font(italic=True, size=9)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            ws.row_dimensions[row].height = 30
            row += 1
        for text, owner, orig, rev, upd, rag, _ in actions:
            vals = [text, owner, d(orig), d(rev) if rev else None, upd, rag]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j in (3, 4) and v is not None:
                    c.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=row, column=6)
            rc.fill = fill(rag)
            rc.alignment = Alignment(horizontal="center", vertical="top")
            rc.font = Font(bold=True, color="FFFFFFFF" if rag in "BR" else "FF000000")
            ws.row_dimensions[row].height = 45
            row += 1
    ws.freeze_panes = "A4"
    wb.active = 2
    wb.save(out("zon-nhs-highland-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. NEAS - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
NEAS_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
NEAS_AFI = [
    ("AFI 1 – Identification of patients at risk of a long lie while waiting in the clinical queue",
     "SR1: The Trust should strengthen clinical oversight of Category 3 and 4 calls for patients aged 65 and "
     "over who have fallen, so that deterioration is identified while they wait.",
     [
         ("SA1.1", "Introduce a mandatory welfare call-back to fallers aged 65 and over at 60-minute intervals, "
          "recorded on CAD.", "Head of Clinical Assessment Service", "31/07/2025", None,
          "Monthly audit of welfare call compliance (target 90%)",
          "Live from 14 July 2025. August audit: 87% compliance.", "Complete",
          ["Head of Clinical Assessment Service"], "2025-07", "blue"),
         ("SA1.2", "Revise the Clinical Validation SOP to include a falls risk prompt (anticoagulants, head "
          "injury, unable to get up) for clinicians in the Clinical Assessment Service.",
          "Clinical Lead – EOC / CAS Clinical Team Leader", "31/08/2025", "31/10/2025",
          "SOP approved at Clinical Governance Group; prompt visible in CAD",
          "Draft SOP out for consultation; approval delayed to October CGG.", "At risk",
          ["Clinical Lead – EOC", "CAS Clinical Team Leader"], "2025-10", "amber"),
     ]),
    ("AFI 2 – Use of falls response resources during periods of high demand",
     "SR2: The Trust should work with system partners to increase the availability of non-ambulance falls "
     "response for non-injured fallers during periods of surge.",
     [
         ("SA2.1", "Extend the falls response car hours in Northumberland and County Durham to 08:00–22:00, "
          "seven days a week.", "Head of Operations (North)", "30/09/2025", "31/01/2026",
          "Falls response car activity and hours per week (monthly report)",
          "ICB funding agreed in August; recruitment of 6 WTE not yet complete. Go-live moved to January "
          "2026.", "Off track", ["Head of Operations (North)"], "2026-01", "red"),
         ("SA2.2", "Agree a pathway with NHS North East and North Cumbria ICB for care homes and telecare "
          "providers to use lifting equipment and the ISTUMBLE tool before calling 999.",
          "Director of Integrated Care / ICB Urgent Care Lead", "31/12/2025", None,
          "Reduction in 999 calls for non-injured falls from care homes",
          "Pathway drafted; first meeting with care home providers held 11 September.", "On track",
          ["Director of Integrated Care", "ICB Urgent Care Lead"], "2025-12", "green"),
         ("SA2.3", "Add surge falls demand to the REAP escalation action cards so that a dedicated falls "
          "resource is protected at REAP level 3 and above.", "Head of Resilience and Specialist Operations",
          "31/10/2025", None, "Action cards updated and tested at winter exercise",
          "Draft cards shared with Tactical Commanders for comment.", "On track",
          ["Head of Resilience and Specialist Operations"], "2025-10", "green"),
     ]),
    ("AFI 3 – Communication with patients and families while they wait",
     "SR3: The Trust should ensure that callers receive consistent worsening-care advice and realistic "
     "information about expected response times.",
     [
         ("SA3.1", "Update the call closure script for Category 3 falls to include a clear worsening-care "
          "statement and an estimated wait where known.", "EOC Quality Manager", "30/06/2025", None,
          "Call audit: script used in 95% of sampled calls",
          "Script live from 23 June 2025; July audit 96%.", "Complete",
          ["EOC Quality Manager"], "2025-06", "blue"),
         ("SA3.2", "Share the learning from this PSII through a 7-minute briefing and at EOC team time-out "
          "sessions.", "Patient Safety Specialist", "Ongoing", None,
          "Attendance at time-out sessions",
          "Briefing issued July 2025; included in Q2 and Q3 time-outs.", "On track",
          ["Patient Safety Specialist"], None, "green"),
     ]),
]


def build_neas():
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety Action Plan"
    set_widths(ws, [36, 40, 9, 50, 28, 12, 12, 32, 44, 12])
    ws["A1"] = "North East Ambulance Service NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="FF005EB8")
    ws["A2"] = NEAS_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    meta = [("Incident:", "Prolonged response to a 91-year-old patient following a fall at home (Category 3), "
                          "February 2025"),
            ("PSII reference:", "NEAS-PSII-2025-04"),
            ("Executive sponsor:", "Director of Quality, Innovation and Improvement"),
            ("Plan approved:", "Patient Safety Incident Review Group, 19 June 2025"),
            ("Status key:", "Complete (blue)  |  On track (green)  |  At risk (amber)  |  Off track (red)")]
    for i, (k, v) in enumerate(meta):
        ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=3 + i, column=2, value=v)
        ws.merge_cells(start_row=3 + i, start_column=2, end_row=3 + i, end_column=6)
    hdr_row = 9
    hdr = ["Area for improvement", "Safety recommendation", "Action ref", "Safety action", "Action owner",
           "Target date", "Revised date", "Measure of effectiveness", "Progress update (September 2025)",
           "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=hdr_row, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill(fill_type="solid", start_color="FF005EB8", end_color="FF005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    colour = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    row = hdr_row + 1
    for afi, rec, acts in NEAS_AFI:
        first = row
        for ref, text, owner, target, rev, measure, prog, status, *_ in acts:
            tv = d(target) if "/" in target else target
            vals = [afi if row == first else None, rec if row == first else None, ref, text, owner, tv,
                    d(rev) if rev else None, measure, prog, status]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j in (6, 7) and isinstance(v, datetime):
                    c.number_format = "dd-mmm-yy"
            sc = ws.cell(row=row, column=10)
            sc.fill = fill(colour[status])
            sc.font = Font(color="FFFFFFFF" if colour[status] in "BR" else "FF000000", bold=True)
            ws.row_dimensions[row].height = 60
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        ws.cell(row=first, column=1).font = Font(bold=True)
    ws.freeze_panes = ws.cell(row=hdr_row + 1, column=1)

    so = wb.create_sheet("Sign-off")
    set_widths(so, [30, 36, 16])
    so["A1"] = "Safety action plan sign-off"
    so["A1"].font = Font(bold=True, size=12)
    for i, r in enumerate([("Role", "Name", "Date"),
                           ("Patient Safety Incident Investigator", "Lead investigator", "05/06/2025"),
                           ("Patient Safety Specialist", "PSIRF lead", "10/06/2025"),
                           ("Executive sponsor", "Director of Quality, Innovation and Improvement", "19/06/2025")]):
        for j, v in enumerate(r, start=1):
            c = so.cell(row=3 + i, column=j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    so["A9"] = "Family informed of the safety actions by the Family Liaison Officer on 24/06/2025."
    wb.save(out("zon-north-east-ambulance-service-nhsft-psii-fall-long-wait-safety-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. St Peter's Hospice - Quality Account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
SPH_TITLE = "St Peter's Hospice – Quality Account priorities 2025/26: progress tracker"
SPH = [
    ("Priority 1 – Patient safety: Reducing harm from falls on the In-Patient Unit", [
        ("1.1", "Introduce a post-falls huddle within 24 hours of every inpatient fall, using the Hospice UK "
         "post-falls toolkit.", "IPU Ward Manager", "Q1 2025/26", "G", "B",
         "Embedded since May 2025 – 14 huddles held; learning themes shared at Falls Group.",
         ["IPU Ward Manager"], "2025-06", None, "blue"),
        ("1.2", "Complete a multifactorial falls risk assessment within 6 hours of admission for every IPU "
         "patient, and audit compliance monthly.", "IPU Ward Manager / Falls Lead Nurse", "Q2 2025/26", "G", "A",
         "August audit 78% (target 95%). Refresher training booked for night staff in October.",
         ["IPU Ward Manager", "Falls Lead Nurse"], "2025-09", None, "amber"),
        ("1.3", "Trial low-rise beds and bed sensor alarms in four IPU rooms and evaluate the impact on "
         "falls.", "Head of Inpatient Services", "Q4 2025/26", None, "G",
         "Equipment delivered September 2025; evaluation starts in October.",
         ["Head of Inpatient Services"], "2026-03", None, "green"),
    ]),
    ("Priority 2 – Clinical effectiveness: Earlier identification of people in their last year of life in "
     "care homes", [
        ("2.1", "Deliver ReSPECT and advance care planning training to staff in 12 partner care homes across "
         "Bristol, North Somerset and South Gloucestershire.", "Care Home Project Lead; Education Lead",
         "March 2026", "G", "G", "Seven homes trained (86 staff). Remaining five booked October–January.",
         ["Care Home Project Lead", "Education Lead"], "2026-03", None, "green"),
        ("2.2", "Hold a monthly last-year-of-life register review with each partner home, supported by the "
         "Clinical Nurse Specialist team.", "Clinical Nurse Specialist Team Leader", "Q3 2025/26", "A", "R",
         "Only 4 of 12 homes engaged; capacity gap in the CNS team due to two vacancies. Escalated to the "
         "Director of Care.", ["Clinical Nurse Specialist Team Leader"], "2025-12", None, "red"),
    ]),
    ("Priority 3 – Patient and family experience: Better support for carers after a death", [
        ("3.1", "Offer every bereaved carer a follow-up call from the Family Support team between 6 and 8 "
         "weeks after the death.", "Head of Family Support", "Ongoing", "G", "G",
         "92% of carers offered a call in Q2 (Q1: 88%).", ["Head of Family Support"], None, "Ongoing", "green"),
        ("3.2", "Co-design a new carers' information pack with the Patient and Family Voice group.",
         "Patient Experience Lead", "Dec-25", "G", "G",
         "Two co-design workshops held; draft pack with design team.", ["Patient Experience Lead"],
         "2025-12", None, "green"),
        ("3.3", "Measure carer experience using the VOICES-SF survey and report the results in the 2025/26 "
         "Quality Account.", "Quality and Governance Manager", "Q4 2025/26", None, "G",
         "Survey licence in place; first mail-out planned for November.", ["Quality and Governance Manager"],
         "2026-03", None, "green"),
    ]),
]


def build_sph():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    set_widths(cv, [16, 70])
    cv["A1"] = SPH_TITLE
    cv["A1"].font = Font(bold=True, size=15, color="FF6A1B9A")
    cv["A2"] = "Quarter 2 (July–September 2025)"
    cv["A3"] = "Reported to: Clinical Governance Committee, 22 October 2025"
    cv["A4"] = "Prepared by: Quality and Governance Manager"
    cv["A6"] = "RAG key"
    cv["A6"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Completed"), ("G", "On track"),
                                ("A", "Behind plan – mitigation in place"),
                                ("R", "Not on track – escalated to the Director of Care")]):
        c = cv.cell(row=7 + i, column=1, value=k)
        c.fill = fill(k)
        c.alignment = Alignment(horizontal="center")
        cv.cell(row=7 + i, column=2, value=t)
    cv["A12"] = ("Our three priorities were agreed with patients, families, staff and the Board of Trustees and "
                 "published in Part 2 of our Quality Account 2024/25.")
    ws = wb.create_sheet("Priorities 2025-26")
    set_widths(ws, [7, 60, 30, 14, 8, 8, 56])
    ws["A1"] = "Quality Account priorities 2025/26 – progress tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at end of Q2 2025/26"
    hdr = ["Ref", "What we will do", "Lead(s)", "Timescale", "Q1 RAG", "Q2 RAG", "Q2 progress / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill(fill_type="solid", start_color="FF6A1B9A", end_color="FF6A1B9A")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    row = 5
    for pri, acts in SPH:
        c = ws.cell(row=row, column=1, value=pri)
        c.font = Font(bold=True)
        c.fill = fill("pri")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for ref, text, lead, ts, q1, q2, prog, *_ in acts:
            vals = [ref, text, lead, ts, q1, q2, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            for col, v in ((5, q1), (6, q2)):
                if v:
                    ws.cell(row=row, column=col).fill = fill(v)
                    ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
            ws.row_dimensions[row].height = 45
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Notes: Q1 RAG as reported to the Clinical Governance Committee in July "
                                      "2025. A timescale given as a quarter means by the end of that quarter.")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    wb.active = 1
    wb.save(out("zon-st-peters-hospice-bristol-quality-account-priorities-tracker-2025-26.xlsx"))


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


def header_row(table, labels, hex_fill="1F3864"):
    for j, h in enumerate(labels):
        c = table.rows[0].cells[j]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, hex_fill)


# ---------------------------------------------------------------------------
# 4. Dolgellau and Barmouth Group Practice - HIW improvement plan (docx)
# ---------------------------------------------------------------------------
DOL_TITLE = "Dolgellau and Barmouth Group Practice – HIW Inspection Improvement Plan"
DOL = [
    ("Quality of Patient Experience", [
        ("The practice leaflet and website did not give information about services in Welsh.",
         "The practice must ensure that information about its services is available bilingually, in line "
         "with the Active Offer.",
         "Person-centred",
         "The practice website and leaflet have been translated and bilingual versions published. Welsh "
         "speaking staff now wear the Iaith Gwaith badge.",
         "Practice Manager", "30 June 2025", ["Practice Manager"], "2025-06", None),
        ("Chaperone notices were not displayed in all consulting rooms.",
         "The practice must ensure that the availability of chaperones is clearly displayed in all clinical "
         "rooms and in the waiting areas.",
         "Safe; Person-centred",
         "Bilingual chaperone posters have been placed in all consulting and treatment rooms and in both "
         "waiting areas (Dolgellau and Barmouth).",
         "Practice Manager", "20 May 2025", ["Practice Manager"], "2025-05", None),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("Emergency drugs were checked weekly, but there was no record of checks of the defibrillator and "
         "oxygen at the Barmouth branch surgery.",
         "The practice must ensure that emergency equipment at both sites is checked regularly and that "
         "checks are recorded.",
         "Safe",
         "Weekly check sheet introduced for the defibrillator, oxygen and emergency drugs at the Barmouth "
         "branch.\nA named healthcare assistant is responsible for the checks at each site, with a monthly "
         "audit by the Lead Nurse.",
         "Lead Nurse / Practice Manager", "Immediate and ongoing", ["Lead Nurse", "Practice Manager"], None,
         "Immediate and ongoing"),
        ("Not all clinical staff had completed safeguarding adults training at the level required for their "
         "role.",
         "The practice must ensure that all staff complete safeguarding training at the appropriate level "
         "and that a training matrix is maintained.",
         "Safe; Workforce",
         "Training matrix updated. All GPs and practice nurses are booked onto Level 3 safeguarding adults "
         "training through Betsi Cadwaladr University Health Board.",
         "Safeguarding Lead GP", "31 August 2025", ["Safeguarding Lead GP"], "2025-08", None),
        ("Records reviewed did not consistently show that consent and the offer of a chaperone had been "
         "recorded for intimate examinations.",
         "The practice must ensure that consent, and the offer of a chaperone, is recorded in patient "
         "records.",
         "Effective; Person-centred",
         "Templates for chaperone offer and consent added to the clinical system. An audit of 20 records "
         "will be undertaken after three months.",
         "Dr Gwen Ellis (GP Partner)", "September 2025", ["Dr Gwen Ellis (GP Partner)"], "2025-09", None),
    ]),
    ("Quality of Management and Leadership", [
        ("There was no formal system for sharing learning from significant events with the wider practice "
         "team.",
         "The practice should ensure that learning from significant events and complaints is shared with all "
         "staff and minuted.",
         "Learning, improvement and research",
         "Quarterly whole-practice learning meetings introduced; minutes are circulated and saved on the "
         "shared drive.",
         "Practice Manager", "October 2025", ["Practice Manager"], "2025-10", None),
        ("Appraisals were overdue for five members of the administrative team.",
         "The practice must ensure that all staff receive an annual appraisal.",
         "Workforce",
         "Appraisal schedule agreed and outstanding appraisals booked.",
         "Practice Manager / Senior Receptionist", "30/09/2025", ["Practice Manager", "Senior Receptionist"],
         "2025-09", None),
    ]),
]


def build_dolgellau():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(DOL_TITLE, level=0)
    p = doc.add_paragraph()
    p.add_run("Service: ").bold = True
    p.add_run("Dolgellau and Barmouth Group Practice (Dolgellau Health Centre and Barmouth branch surgery)")
    p = doc.add_paragraph()
    p.add_run("Health board: ").bold = True
    p.add_run("Betsi Cadwaladr University Health Board")
    p = doc.add_paragraph()
    p.add_run("Date of inspection: ").bold = True
    p.add_run("13 May 2025")

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Improvement needed", "Service action", "Responsible officer", "Timescale"], "005A70")
    a = t.cell(1, 0).merge(t.cell(1, 3))
    a.text = "No immediate assurance issues were identified on this inspection."

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "we require the service to complete an improvement plan telling us about the actions they "
                      "are taking to address these areas.")
    cols = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    for section, rows in DOL:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, cols, "005A70")
        for i, r in enumerate(rows, start=1):
            for j, v in enumerate(r[:6]):
                t.cell(i, j).text = v
        doc.add_paragraph()

    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Dr Gwen Ellis"), ("Job role:", "GP Partner"),
                                ("Date:", "24 June 2025")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.save(out("zon-dolgellau-and-barmouth-group-practice-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Leeds and York Partnership NHSFT - CQC MHA provider action statement (docx)
# ---------------------------------------------------------------------------
LYPFT_TITLE = "Provider Action Statement – Mental Health Act monitoring visit"
# domain -> list of issues; issue: (issue text, CoP ref, [actions]); action: (no, text, person, date, leads, end, end_text)
LYPFT = [
    ("Protecting patients' rights and autonomy", [
        ("Patients' records did not consistently show that they had been given information about their "
         "rights under section 132 on admission and at regular intervals afterwards.",
         "Chapter 4, paragraphs 4.12 to 4.25", [
             ("1a", "Add section 132 rights to the daily safety huddle checklist, with the nurse in charge "
              "confirming that rights have been explained and recorded.", "Ward Manager", "31/08/2025",
              ["Ward Manager"], "2025-08", None),
             ("1b", "Mental Health Legislation team to audit section 132 recording on Ward 5 monthly for six "
              "months and report results to the Care Group Mental Health Legislation Group.",
              "Mental Health Legislation Manager", "February 2026",
              ["Mental Health Legislation Manager"], "2026-02", None),
         ]),
        ("Two patients told us they had not been offered the support of an independent mental health "
         "advocate (IMHA).",
         "Chapter 6, paragraphs 6.12 to 6.16", [
             ("2", "Make automatic IMHA referrals for detained patients who lack capacity to request one, and "
              "record the offer of an IMHA in the care plan for all other detained patients.",
              "Ward Manager / Advocacy Lead", "30 September 2025", ["Ward Manager", "Advocacy Lead"],
              "2025-09", None),
         ]),
    ]),
    ("Care, support and treatment in hospital", [
        ("Certificates of consent to treatment (T2/T3) were not kept with the medication records for three "
         "patients.",
         "Chapter 25, paragraph 25.82", [
             ("3", "Ward pharmacist to check T2/T3 certificates against the electronic prescribing record at "
              "each weekly ward round, and to ensure copies are attached to the medication record.",
              "Clinical Pharmacist; Responsible Clinician", "15/08/2025",
              ["Clinical Pharmacist", "Responsible Clinician"], "2025-08", None),
         ]),
        ("Care plans did not always show the patient's views or involvement, and copies had not always been "
         "offered to patients.",
         "Chapter 34, paragraphs 34.6 to 34.12", [
             ("4a", "Relaunch the My Care Plan co-production template on the ward, with the patient's signature "
              "or the reason for no signature recorded.", "Clinical Team Manager", "October 2025",
              ["Clinical Team Manager"], "2025-10", None),
             ("4b", "Include patient involvement in care planning in the monthly ward quality walk-round.",
              "Acute Inpatient Matron", "Monthly", ["Acute Inpatient Matron"], None, "Monthly"),
         ]),
    ]),
    ("Leaving hospital", [
        ("Section 17 leave forms did not always record that copies had been given to the patient and to "
         "relevant others.",
         "Chapter 27, paragraph 27.22", [
             ("5", "Amend the section 17 leave form in the electronic patient record to include mandatory "
              "fields for copies given, and brief staff at the ward business meeting.",
              "Mental Health Legislation Manager", "31 December 2025",
              ["Mental Health Legislation Manager"], "2025-12", None),
         ]),
    ]),
]


def build_lypft():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(LYPFT_TITLE, level=0)
    info = [("Provider", "Leeds and York Partnership NHS Foundation Trust"),
            ("Location", "Becklin Centre, Leeds"),
            ("Ward visited", "Ward 5 (adult acute, female)"),
            ("Date of visit", "8 July 2025"),
            ("Date of monitoring report", "30 July 2025"),
            ("Date action statement returned to CQC", "26 August 2025"),
            ("Completed by", "Clinical Team Manager, Ward 5")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        t.cell(i, 0).text = ""
        t.cell(i, 0).paragraphs[0].add_run(k).bold = True
        shade(t.cell(i, 0), "DEEAF6")
        t.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("Please set out below the actions you will take in response to the issues identified in the "
                      "monitoring report. Actions should be specific and measurable, with a named responsible "
                      "person and a date for completion.")
    cols = ["No.", "Issue identified", "Code of Practice reference", "Action planned", "Responsible person",
            "Date for completion"]
    for domain, issues in LYPFT:
        doc.add_heading(domain, level=1)
        n = sum(len(acts) for _, _, acts in issues)
        t = doc.add_table(rows=1 + n, cols=6)
        t.style = "Table Grid"
        header_row(t, cols, "003087")
        r = 1
        for issue, cop, acts in issues:
            first = r
            for no, text, person, date, *_ in acts:
                t.cell(r, 0).text = no
                t.cell(r, 3).text = text
                t.cell(r, 4).text = person
                t.cell(r, 5).text = date
                r += 1
            if r - 1 > first:
                m1 = t.cell(first, 1).merge(t.cell(r - 1, 1))
                m2 = t.cell(first, 2).merge(t.cell(r - 1, 2))
            else:
                m1, m2 = t.cell(first, 1), t.cell(first, 2)
            m1.text = issue
            m2.text = cop
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the provider: Director of Nursing and Professions")
    doc.add_paragraph("Progress against this action statement will be reported to the Mental Health Legislation "
                      "Committee.")
    doc.save(out("zon-leeds-and-york-partnership-nhsft-cqc-mha-monitoring-visit-provider-action-statement.docx"))


# ---------------------------------------------------------------------------
# 6. Trinity Homecare - CQC action plan (csv) - REFUSE: mistyped month
# ---------------------------------------------------------------------------
TRINITY_NAME = "zon-trinity-homecare-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"
TRINITY_TYPO = "Novmber 2025"
TRINITY_ROWS = [
    ["Trinity Homecare – CQC Action Plan", "", "", "", "", "", "", "", ""],
    ["Location: Trinity Homecare (London) | Inspection: 3–17 June 2025 | Report published: 6 August 2025 | "
     "Overall rating: Requires improvement", "", "", "", "", "", "", "", ""],
    ["Plan owner: Registered Manager | Last updated: 15/09/2025", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["Ref", "Key question", "Must / Should", "What CQC found", "Action", "Lead", "Target date", "Progress", "RAG"],
    ["M1", "Safe", "Must", "The provider must ensure that risks to people's health and safety, including risks "
     "from medicines, are assessed and managed.",
     "Review the medicines risk assessments of everyone who receives time-specific medicines (for example "
     "Parkinson's medication or insulin) and update their care plans.",
     "Care Coordinator / Field Care Supervisor", "31/07/2025", "42 reviews completed 28/07/2025.", "Complete"],
    ["M2", "Safe", "Must", "The provider must ensure that risks to people's health and safety, including risks "
     "from medicines, are assessed and managed.",
     "Set up eMAR alerts for missed or late visits where time-critical medicines are due.",
     "Registered Manager", "Aug-25", "Alerts live from 18 August 2025.", "Complete"],
    ["M3", "Well-led", "Must", "The provider must ensure that effective systems are in place to assess, monitor "
     "and improve the quality and safety of the service.",
     "Carry out monthly audits of care records, MAR charts and call monitoring data, with findings reported to "
     "the Director.",
     "Registered Manager", "Sep-25", "July and August audits complete; September audit in progress.", "On track"],
    ["S1", "Safe", "Should", "The provider should ensure that rotas allow enough travel time between calls.",
     "Reconfigure rotas so that every run in Camden and Islington allows at least 10 minutes' travel time "
     "between calls.",
     "Scheduling Manager", TRINITY_TYPO, "New rota template being tested on two runs.", "On track"],
    ["S2", "Effective", "Should", "The provider should ensure that staff are trained to support people living "
     "with dementia.",
     "All care staff to complete Tier 2 dementia training.",
     "Training Manager", "31/12/2025", "64% of care staff completed.", "On track"],
    ["S3", "Responsive", "Should", "The provider should ensure that complaints are logged and that responses "
     "are recorded.",
     "Introduce a complaints log showing response times, reviewed monthly by the management team.",
     "Registered Manager; Director", "October 2025", "Log in place; first monthly review slipped to October.",
     "Amber"],
    ["S4", "Well-led", "Should", "The provider should seek and act on feedback from people and their relatives.",
     "Send an annual satisfaction survey and hold quarterly telephone check-ins with people and relatives.",
     "Quality Officer", "Q4 2025/26", "", "Not started"],
]


def build_trinity():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in TRINITY_ROWS:
        w.writerow(r)
    with open(out(TRINITY_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Spa Nursing Home, Ballynahinch - RQIA QIP progress (txt)
# ---------------------------------------------------------------------------
SPA_TITLE = "Spa Nursing Home, Ballynahinch – Quality Improvement Plan (progress update)"
SPA_REGS = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
SPA_STDS = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
SPA = [
    (SPA_REGS, [
        ("1", "Regulation 13 (4)", "First time", "With immediate effect",
         "The registered person shall ensure that all medicines are administered as prescribed, with "
         "particular reference to time-critical medicines.",
         ["All nurses have completed a reflective account and a medicines competency reassessment.",
          "Time-critical medicines are now highlighted on the MAR and checked at each handover."],
         "Registered Manager", "Completed", ["Registered Manager"], None, "With immediate effect", "blue"),
        ("2", "Regulation 14 (2) (a) (c)", "Second time", "28 February 2025",
         "The registered person shall ensure that all parts of the home to which patients have access are "
         "free from hazards, with particular reference to the storage of thickening agents and cleaning "
         "chemicals.",
         ["A weekly environmental walk-round has been introduced and is recorded.",
          "Thickening agents are stored in locked cupboards in each dining room and sluice doors are kept "
          "locked."],
         "Deputy Manager / Head Housekeeper", "Completed", ["Deputy Manager", "Head Housekeeper"], "2025-02",
         None, "blue"),
        ("3", "Regulation 21 (1) (b)", "First time", "31 March 2025",
         "The registered person shall ensure that all pre-employment checks, including AccessNI and NISCC "
         "registration, are completed before staff commence employment.",
         ["The recruitment checklist has been revised and must be signed off by the manager before a start "
          "date is agreed.",
          "The Administrator audits all new starter files each month."],
         "Administrator; Registered Manager", "On track", ["Administrator", "Registered Manager"], "2025-03",
         None, "green"),
    ]),
    (SPA_STDS, [
        ("1", "Standard 4.9", "First time", "31 March 2025",
         "The registered person shall ensure that repositioning records are accurately maintained and reflect "
         "the frequency set out in the patient's care plan.",
         ["Repositioning charts have been revised to show the prescribed frequency.",
          "The nurse in charge checks the charts at the end of each shift."],
         "Clinical Lead", "Completed", ["Clinical Lead"], "2025-03", None, "blue"),
        ("2", "Standard 12", "First time", "30 April 2025",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that "
         "patients, including those on modified diets, are offered a choice at each meal.",
         ["Pictorial menus have been introduced in each unit.",
          "A choice of modified diet meals is being developed with the Speech and Language Therapist."],
         "Catering Manager", "Amber", ["Catering Manager"], "2025-04", None, "amber"),
        ("3", "Standard 39", "Second time", "30 June 2025",
         "The registered person shall ensure that all staff complete mandatory training, including dysphagia "
         "awareness and fire safety, within the required timescales.",
         ["The training matrix has been reviewed and was 88% compliant on 14 May 2025.",
          "IDDSI dysphagia training is booked for 3 and 10 June 2025."],
         "Registered Manager", "On track", ["Registered Manager"], "2025-06", None, "green"),
    ]),
]


def spa_lines():
    L = [SPA_TITLE,
         "Unannounced care inspection: 11 and 12 February 2025 (Inspection ID: IN047213)",
         "Registered Manager: Mrs Claire Magill",
         "Progress updated: 16 May 2025",
         "",
         "This inspection resulted in six areas for improvement being identified. Three are in relation to The "
         "Nursing Homes Regulations (Northern Ireland) 2005 and three are in relation to the Care Standards for "
         "Nursing Homes (December 2022).",
         ""]
    for section, afis in SPA:
        L.append("=" * 78)
        L.append(section)
        L.append("=" * 78)
        L.append("")
        for no, ref, stated, by, text, resp, who, status, *_ in afis:
            L.append(f"Area for improvement {no}")
            L.append(f"Ref: {ref}")
            L.append(f"Stated: {stated}")
            L.append(f"To be completed by: {by}")
            L.append("")
            L.append(text)
            L.append("")
            L.append("Response by registered person detailing the actions taken:")
            L.extend(resp)
            L.append(f"Responsible person: {who}")
            L.append(f"Status: {status}")
            L.append("-" * 78)
            L.append("")
    L.append("Please ensure this document is completed in full and returned via the RQIA Portal.")
    return L


def build_spa():
    with open(out("zon-spa-nursing-home-ballynahinch-rqia-care-inspection-quality-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(spa_lines()) + "\n")


def main():
    build_highland()
    build_neas()
    build_sph()
    build_dolgellau()
    build_lypft()
    build_trinity()
    build_spa()


if __name__ == "__main__":
    main()
