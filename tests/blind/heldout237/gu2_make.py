"""Build the seven gu2- data files of set heldout237.

Run:  /work/main/.venv/bin/python gu2_make.py
Writes three .xlsx (openpyxl), two .docx (python-docx), one .csv and one
tab-separated .txt into the folder this script lives in.

Each data list below also carries, per action, the reading a person makes
of it (lead list, end month, status); those extra fields are not written
into the data files.
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "5B9BD5"
FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE,
        "R": RED, "A": AMBER, "G": GREEN, "B": BLUE,
        "red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex6):
    return PatternFill("solid", start_color="FF" + hex6, end_color="FF" + hex6)


# ---------------------------------------------------------------------------
# 1. Rotherham MBC - Adult Social Care CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
ROTHERHAM_FILE = "gu2-rotherham-mbc-asc-cqc-assessment-improvement-plan.xlsx"
ROTHERHAM_TITLE = "Adult Social Care CQC Assessment Improvement Plan 2025-26"

# theme -> list of (area for improvement, [actions])
# action: ref, action, lead, start, original, revised, prev, curr, progress, impact,
#         expected lead list, expected end, expected end_text, expected status
ROTHERHAM = [
    ("Theme 1: Working with people", [
        ("Waiting times for Care Act assessments and reviews were too long for some people, "
         "and people were not always kept informed while they waited.", [
            ("1.1", "Introduce a single waiting list triage and risk-rating process across all locality "
                    "teams, with contact made at least every four weeks with people waiting.",
             "Head of Service, Locality Teams", d(2025, 9, 1), d(2025, 12, 31), None, "Amber", "Green",
             "Triage tool agreed and live in two of three localities. Four-weekly contact calls in place; "
             "compliance 87% in October.",
             "Number waiting over 28 days down from 412 to 298.",
             ["Head of Service, Locality Teams"], "2025-12", None, "green"),
            ("1.2", "Clear the backlog of overdue annual reviews for people in long-term residential care.",
             "Head of Service, Locality Teams / Reviewing Team Manager", d(2025, 8, 1), d(2026, 1, 31),
             d(2026, 3, 31), "Green", "Amber",
             "Backlog reduced by 140 reviews. Two reviewing officer vacancies have slowed progress; "
             "target date revised at September DLT.",
             "",
             ["Head of Service, Locality Teams", "Reviewing Team Manager"], "2026-03", None, "amber"),
            ("1.3", "Publish waiting time information on the council website and update it monthly.",
             "Head of Performance and Business Intelligence", d(2025, 8, 1), d(2025, 9, 30), None,
             "Green", "Blue",
             "Waiting times page live from 26 September 2025 and updated on the first working day of each month.",
             "Page viewed 1,150 times in October.",
             ["Head of Performance and Business Intelligence"], "2025-09", None, "blue"),
        ]),
        ("Unpaid carers told CQC they did not always receive a carer's assessment or know what "
         "support was available.", [
            ("1.4", "Re-commission the carers' support offer with the voluntary sector, including a carers' "
                    "assessment pathway delivered by the Carers' Centre.",
             "Head of Commissioning (Adults)", d(2025, 9, 1), d(2026, 3, 31), None, "Green", "Green",
             "Co-production sessions held with 42 carers. Tender specification to be published in December.",
             "",
             ["Head of Commissioning (Adults)"], "2026-03", None, "green"),
            ("1.5", "Deliver carers' awareness training to all front-line adult social care staff.",
             "Principal Social Worker", d(2025, 9, 1), d(2025, 12, 31), None, "Amber", "Amber",
             "61% of front-line staff trained. Additional sessions booked for November and December.",
             "",
             ["Principal Social Worker"], "2025-12", None, "amber"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There were gaps in the local market for people with complex needs, including nursing "
         "dementia care and support for younger adults with autism.", [
            ("2.1", "Refresh the Market Position Statement, setting out projected demand for complex "
                    "dementia and autism provision to 2030.",
             "Head of Commissioning (Adults)", d(2025, 7, 1), d(2025, 10, 31), None, "Green", "Blue",
             "Market Position Statement 2025-2030 published 20 October 2025 and shared at the provider forum.",
             "",
             ["Head of Commissioning (Adults)"], "2025-10", None, "blue"),
            ("2.2", "Work with providers to develop 20 additional nursing dementia beds in the borough.",
             "Strategic Commissioning Manager\nHead of Commissioning (Adults)", d(2025, 10, 1),
             d(2026, 9, 30), None, None, "Green",
             "New action added following Q1 review. Two providers have expressed interest; site visits arranged.",
             "",
             ["Strategic Commissioning Manager", "Head of Commissioning (Adults)"], "2026-09", None, "green"),
        ]),
    ]),
    ("Theme 3: Ensuring safety", [
        ("Safeguarding enquiries were not always completed in a timely way and people's desired "
         "outcomes were not consistently recorded.", [
            ("3.1", "Introduce a Making Safeguarding Personal audit, sampling 30 enquiries each quarter, "
                    "with findings reported to the Safeguarding Adults Board.",
             "Head of Safeguarding Adults", d(2025, 8, 1), d(2025, 11, 30), None, "Green", "Green",
             "Audit tool agreed. First quarterly sample completed; report to the Board's Quality and "
             "Performance sub-group in November.",
             "",
             ["Head of Safeguarding Adults"], "2025-11", None, "green"),
            ("3.2", "Review the safeguarding triage function and agree timescales for completing Section 42 "
                    "enquiries.",
             "Head of Safeguarding Adults", d(2025, 7, 1), d(2025, 8, 31), d(2026, 1, 31), "Red", "Amber",
             "Review completed. Revised practice standards drafted and out for consultation with teams.",
             "",
             ["Head of Safeguarding Adults"], "2026-01", None, "amber"),
        ]),
        ("Transitions for young people moving from children's to adults' services were not always "
         "planned early enough.", [
            ("3.3", "Establish a joint Preparing for Adulthood panel with Children and Young People's "
                    "Services, starting case planning from age 14.",
             "Service Manager, Preparing for Adulthood", d(2025, 9, 1), d(2025, 12, 31), None,
             "Green", "Green",
             "Terms of reference agreed with CYPS. First panel held 15 October 2025.",
             "",
             ["Service Manager, Preparing for Adulthood"], "2025-12", None, "green"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Staff did not always feel that learning from complaints, audits and feedback was shared "
         "with them.", [
            ("4.1", "Introduce a quarterly 'You said, we did' practice bulletin and learning events for all teams.",
             "Principal Social Worker", d(2025, 10, 1), "Quarterly", None, "Green", "Green",
             "First bulletin issued October 2025. Learning event planned for January.",
             "",
             ["Principal Social Worker"], None, "Quarterly", "green"),
            ("4.2", "Reduce reliance on agency social workers to below 10% of the qualified workforce through "
                    "a targeted recruitment and retention offer.",
             "Assistant Director, Adult Care and Integration / Head of HR Business Partnering",
             d(2025, 7, 1), d(2026, 3, 31), None, "Amber", "Red",
             "Agency use currently 17%. Market supplement proposal delayed; to be considered by SLT in November.",
             "",
             ["Assistant Director, Adult Care and Integration", "Head of HR Business Partnering"],
             "2026-03", None, "red"),
        ]),
    ]),
]


def build_rotherham():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Rotherham Metropolitan Borough Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adult Care, Housing and Public Health"
    cov["A4"] = ROTHERHAM_TITLE
    cov["A4"].font = Font(bold=True, size=16)
    cov["A5"] = ("Our response to the Care Quality Commission local authority assessment of adult social care, "
                 "and to the areas for improvement identified in the final report.")
    cov["A7"] = "Plan owner:"
    cov["B7"] = "Strategic Director, Adult Care, Housing and Public Health"
    cov["A8"] = "Reported to:"
    cov["B8"] = "ACHPH Directorate Leadership Team (monthly); Health Select Commission (quarterly)"
    cov["A10"] = "Document control"
    cov["A10"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Changes"]
    rows = [["0.3", d(2025, 7, 14), "Regulatory Assurance Lead", "Draft following CQC final report"],
            ["1.0", d(2025, 8, 5), "Regulatory Assurance Lead", "Approved by ACHPH DLT"],
            ["1.2", d(2025, 11, 3), "Regulatory Assurance Lead",
             "Q2 progress update for Health Select Commission; action 2.2 added"]]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(row=11, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
    for r, row in enumerate(rows, 12):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    headers = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer", "Start",
               "Original target", "Revised target", "Previous RAG", "Current RAG",
               "Progress update (October 2025)", "Evidence of impact"]
    ncol = len(headers)
    ws.cell(row=1, column=1, value=ROTHERHAM_TITLE + " – Progress as at 31 October 2025").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for theme, afis in ROTHERHAM:
        cell = ws.cell(row=r, column=1, value=theme)
        cell.font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for afi, acts in afis:
            first = r
            for a in acts:
                ref, text, lead, start, orig, rev, prev, curr, prog, impact = a[:10]
                vals = [ref, afi if r == first else None, text, lead, start, orig, rev, prev, curr, prog, impact or None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, v in ((8, prev), (9, curr)):
                    if v:
                        ws.cell(row=r, column=c).fill = fill(FILL[v])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    counts = {}
    for _, afis in ROTHERHAM:
        for _, acts in afis:
            for a in acts:
                counts[a[7]] = counts.get(a[7], 0) + 1
    for label, key in (("Blue (complete)", "Blue"), ("Green (on track)", "Green"),
                       ("Amber (at risk)", "Amber"), ("Red (off track)", "Red")):
        ws.cell(row=r, column=1, value=label).fill = fill(FILL[key])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=counts.get(key, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Notes: Revised target dates are agreed by the ACHPH Directorate Leadership "
                                   "Team. Previous RAG is the position reported at the end of Quarter 1.")
    widths = [7, 38, 48, 28, 12, 14, 14, 11, 11, 48, 30]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate((("Blue", "Complete – action delivered and evidence of impact recorded"),
                                  ("Green", "On track – will be delivered by the target date"),
                                  ("Amber", "At risk – some slippage, recovery in hand"),
                                  ("Red", "Off track – will not be delivered without intervention")), 3):
        key.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, ROTHERHAM_FILE))


# ---------------------------------------------------------------------------
# 2. Merseyside Police - joint HMICFRS / HMI Prisons custody inspection (xlsx)
# ---------------------------------------------------------------------------
MERSEY_FILE = "gu2-merseyside-police-custody-inspection-action-plan.xlsx"
MERSEY_TITLE = "Police Custody Inspection Action Plan"

# section -> list of (type, finding, [actions]); action: ref, text, owner, target, rag(fill only),
#            update, expected leads, end, end_text, status
MERSEY = [
    ("Leadership, accountability and partnerships", [
        ("Cause of concern",
         "The force did not have sufficient oversight of the use of force in custody. Incidents were not "
         "always recorded, and footage was not routinely reviewed to ensure that force was justified and "
         "proportionate.\nRecommendation: The force should ensure that all use of force in custody is "
         "accurately recorded and subject to effective quality assurance.", [
            ("CoC1.1", "Introduce a monthly dip sample of 20 use of force incidents in custody, with CCTV "
                       "reviewed by a custody inspector against the use of force form.",
             "Custody Inspector (Standards)", d(2024, 5, 31), "Blue",
             "Dip sampling in place since May 2024. Results reported to the Custody Governance Board.",
             ["Custody Inspector (Standards)"], "2024-05", None, "blue"),
            ("CoC1.2", "Add use of force data to the quarterly Custody Governance Board performance pack, "
                       "broken down by ethnicity, age and suite.",
             "Head of Criminal Justice / Performance Analyst", d(2024, 9, 30), "Blue",
             "Included in the pack from the September 2024 Board.",
             ["Head of Criminal Justice", "Performance Analyst"], "2024-09", None, "blue"),
            ("CoC1.3", "Deliver refresher training on use of force recording to all custody sergeants and "
                       "detention officers.",
             "Custody Training Lead", d(2025, 3, 31), "Green",
             "78% of custody staff trained. Remaining sessions scheduled for February and March.",
             ["Custody Training Lead"], "2025-03", None, "green"),
        ]),
        ("Area for improvement",
         "The force's custody governance arrangements did not make good use of data to identify trends in "
         "the treatment of detainees.", [
            ("AFI1.1", "Develop a custody performance dashboard covering detention times, reviews, strip "
                       "searches and use of force.",
             "Chief Inspector, Custody", "31/12/2024 (revised 31/03/2025)", "Amber",
             "Delayed by the custody system upgrade. Draft dashboard in testing.",
             ["Chief Inspector, Custody"], "2025-03", None, "amber"),
        ]),
    ]),
    ("Pre-custody: first point of contact", [
        ("Area for improvement",
         "Too many children were brought into custody when alternatives could have been considered, and "
         "officers did not always consider voluntary attendance.", [
            ("AFI2.1", "Issue guidance to response officers on alternatives to arrest for children, including "
                       "voluntary attendance, and include it in the Child Centred Policing training.",
             "Supt, Child Centred Policing", d(2024, 6, 30), "Blue",
             "Guidance issued June 2024 and built into the training package.",
             ["Supt, Child Centred Policing"], "2024-06", None, "blue"),
        ]),
    ]),
    ("In the custody suite: booking in, individual needs and legal rights", [
        ("Area for improvement",
         "Detainees' privacy at the booking-in desks was poor, and confidential information could be overheard.", [
            ("AFI3.1", "Install acoustic screening between booking-in desks at St Anne Street and Wavertree "
                       "custody suites.",
             "Estates Manager (Custody)", "Q1 2025/26", "Green",
             "Quotes received. Works scheduled for April 2025.",
             ["Estates Manager (Custody)"], "2025-06", None, "green"),
        ]),
        ("Cause of concern",
         "Detainees, including children and vulnerable adults, spent too long in custody. Delays in the "
         "investigation process meant people were held longer than necessary.\nRecommendation: The force "
         "should reduce the time people spend in custody, and children in particular.", [
            ("CoC2.1", "Introduce an 'hours in custody' review at the daily management meeting for all "
                       "detainees held over 24 hours.",
             "Chief Inspector, Custody", d(2024, 7, 31), "Blue",
             "Review in place at the daily management meeting since July 2024.",
             ["Chief Inspector, Custody"], "2024-07", None, "blue"),
            ("CoC2.2", "Agree with the local authorities a protocol for PACE transfers of children to local "
                       "authority accommodation, and monitor compliance monthly.",
             "Head of Criminal Justice; Local Authority Emergency Duty Team Manager", "Ongoing", "Green",
             "Protocol signed by all five local authorities. Monthly compliance reported to the Board.",
             ["Head of Criminal Justice", "Local Authority Emergency Duty Team Manager"], None, "Ongoing", "green"),
        ]),
    ]),
    ("In the custody cell: safeguarding and health care", [
        ("Area for improvement",
         "Not all detainees who were intoxicated received rousing checks at the required frequency.", [
            ("AFI4.1", "Add an automated prompt for rousing checks to the custody record system and audit "
                       "compliance monthly.",
             "Custody Inspector (Standards)", d(2025, 10, 31), "Red",
             "IT change request rejected by the supplier. Alternative solution being scoped.",
             ["Custody Inspector (Standards)"], "2025-10", None, "red"),
            ("AFI4.2", "Brief all detention officers on the rousing check procedure during shift briefings.",
             "Custody Sergeants (all suites)", d(2025, 2, 28), "Green",
             "Briefing note issued; sign-off sheets being collected.",
             ["Custody Sergeants (all suites)"], "2025-02", None, "green"),
        ]),
    ]),
]


def build_mersey():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = MERSEY_TITLE + " – Summary of progress at 31/01/2025"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A3"] = "Joint inspection by HMICFRS and HM Inspectorate of Prisons, 6–17 November 2023 (report published March 2024)"
    hdr = ["Finding type", "Findings", "Actions", "Complete", "On track", "At risk", "Off track"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
    tallies = {}
    for _, finds in MERSEY:
        for typ, _, acts in finds:
            t = tallies.setdefault(typ, [0, 0, {}])
            t[0] += 1
            for a in acts:
                t[1] += 1
                t[2][a[4]] = t[2].get(a[4], 0) + 1
    r = 6
    for typ in ("Cause of concern", "Area for improvement"):
        f, n, by = tallies[typ]
        vals = [typ, f, n, by.get("Blue", 0), by.get("Green", 0), by.get("Amber", 0), by.get("Red", 0)]
        for c, v in enumerate(vals, 1):
            sm.cell(row=r, column=c, value=v).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 8):
        sm.cell(row=r, column=c, value=f"=SUM({chr(64 + c)}6:{chr(64 + c)}7)").font = Font(bold=True)
    sm.column_dimensions["A"].width = 24

    ws = wb.create_sheet("Action Plan")
    headers = ["Ref", "Type", "Inspection finding and recommendation", "Action", "Owner", "Target date",
               "Update (January 2025)", "RAG"]
    ncol = len(headers)
    ws["A1"] = "MERSEYSIDE POLICE"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = MERSEY_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Unannounced inspection of police custody suites in Merseyside, 6–17 November 2023 | "
                "Plan owner: ACC Operations Support | Governance: Custody Governance Board")
    ws["A4"] = "Update as at 31/01/2025"
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.alignment = WRAP
        cell.border = BOX
    r = 7
    for section, finds in MERSEY:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = fill("BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for typ, finding, acts in finds:
            first = r
            for a in acts:
                ref, text, owner, target, rag, update = a[:6]
                vals = [ref, typ if r == first else None, finding if r == first else None, text, owner,
                        target, update, None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(FILL[rag])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for i, (k, txt) in enumerate((("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk"),
                                  ("Red", "Off track")), 2):
        cell = ws.cell(row=r, column=i, value=txt)
        cell.fill = fill(FILL[k])
    widths = [9, 16, 50, 48, 30, 16, 44, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, MERSEY_FILE))


# ---------------------------------------------------------------------------
# 3. Sandwell MBC - corporate Improvement Plan highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
SANDWELL_FILE = "gu2-sandwell-mbc-improvement-plan-highlight-report-typo-month-refuse.xlsx"
SANDWELL_TITLE = "Improvement Plan Highlight Report – Quarter 3 2023/24"

SANDWELL = [
    ("1. Organisational Culture", [
        ("1.1", "Embed the One Council One Team behaviours framework in the appraisal process for all staff.",
         "Assistant Chief Executive", "Leader of the Council", "Mar-24", "Green",
         "Behaviours built into the 2024 appraisal template; manager briefings under way."),
        ("1.2", "Deliver the leadership development programme for the top 100 managers.",
         "Director of Human Resources", "Cabinet Member for Finance and Resources", "Jun-24", "Green",
         "Cohort 1 complete; cohort 2 starts February."),
    ]),
    ("2. Decision Making", [
        ("2.1", "Implement the revised constitution and scheme of delegation, and train all members on it.",
         "Director of Law and Governance and Monitoring Officer", "Leader of the Council", "Dec-23", "Blue",
         "Constitution adopted by Council; 68 of 72 members trained."),
        ("2.2", "Publish a forward plan of key decisions at least 28 days ahead and monitor compliance.",
         "Democratic Services Manager", "Leader of the Council", "Mar-24", "Green",
         "Forward plan published monthly; 94% compliance in Q3."),
    ]),
    ("3. Procurement and Commercial", [
        ("3.1", "Introduce a contract management framework and train all contract managers.",
         "Head of Procurement", "Cabinet Member for Finance and Resources", "0ct-24", "Amber",
         "Framework drafted; training provider procurement delayed."),
        ("3.2", "Publish a contracts register and forward procurement plan.",
         "Head of Procurement", "Cabinet Member for Finance and Resources", "Sep-24", "Green",
         "Contracts register data cleanse 70% complete."),
    ]),
    ("4. Partnerships and Relationships", [
        ("4.1", "Agree a partnership protocol with Sandwell Children's Trust covering governance and "
                "information sharing.",
         "Chief Executive", "Leader of the Council", "Mar-24", "Green",
         "Draft protocol with the Trust board for comment."),
        ("4.2", "Review the council's representation on West Midlands Combined Authority boards and report "
                "back to members.",
         "Director of Regeneration and Growth", "Leader of the Council", "Jun-24", "Green",
         "Review scoped; report to Cabinet in April."),
    ]),
    ("5. Financial Management", [
        ("5.1", "Close the 2020/21 and 2021/22 accounts with the external auditor.",
         "Director of Finance (S151)", "Cabinet Member for Finance and Resources", "Mar-24", "Red",
         "2020/21 opinion still outstanding; auditor resourcing has delayed sign-off."),
        ("5.2", "Align the transformation programme savings with the Medium Term Financial Strategy.",
         "Director of Finance (S151) / Assistant Chief Executive", "Cabinet Member for Finance and Resources",
         "Feb-24", "Amber",
         "Savings mapped; gaps of £2.1m still to be closed before budget Council."),
    ]),
]
SANDWELL_REFUSE_ROW = None  # set when built


def build_sandwell():
    global SANDWELL_REFUSE_ROW
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight Report"
    hs["A1"] = "Sandwell Metropolitan Borough Council"
    hs["A1"].font = Font(bold=True, size=12)
    hs["A2"] = SANDWELL_TITLE
    hs["A2"].font = Font(bold=True, size=16)
    hs["A3"] = "Reporting period: 1 October – 31 December 2023 | Report to: Cabinet | Sponsor: Chief Executive"
    hdr = ["Theme", "Actions", "Complete", "On track", "Some slippage", "Significant slippage", "Theme RAG",
           "Headline commentary"]
    for c, h in enumerate(hdr, 1):
        cell = hs.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    comments = {
        "1. Organisational Culture": "Staff survey response rate up to 58%; behaviours framework launched.",
        "2. Decision Making": "Constitution changes embedded; scrutiny work programmes aligned to the Corporate Plan.",
        "3. Procurement and Commercial": "Capacity in the procurement team remains the main risk.",
        "4. Partnerships and Relationships": "Positive feedback from partners at the November summit.",
        "5. Financial Management": "Accounts closure remains the single red item for Commissioners.",
    }
    theme_rag = {"1. Organisational Culture": "Green", "2. Decision Making": "Green",
                 "3. Procurement and Commercial": "Amber", "4. Partnerships and Relationships": "Green",
                 "5. Financial Management": "Red"}
    r = 6
    for theme, acts in SANDWELL:
        by = {}
        for a in acts:
            by[a[5]] = by.get(a[5], 0) + 1
        vals = [theme, len(acts), by.get("Blue", 0), by.get("Green", 0), by.get("Amber", 0), by.get("Red", 0),
                theme_rag[theme], comments[theme]]
        for c, v in enumerate(vals, 1):
            cell = hs.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        hs.cell(row=r, column=7).fill = fill(FILL[theme_rag[theme]])
        r += 1
    hs.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 7):
        hs.cell(row=r, column=c, value=f"=SUM({chr(64 + c)}6:{chr(64 + c)}{r - 1})").font = Font(bold=True)
    r += 2
    hs.cell(row=r, column=1, value="Key risks and issues for Cabinet").font = Font(bold=True)
    hs.cell(row=r + 1, column=1, value="• Delay to the external audit of the 2020/21 accounts (Financial Management).")
    hs.cell(row=r + 2, column=1, value="• Procurement team vacancies affecting the contract management framework.")
    for col, w in zip("ABCDEFGH", (34, 9, 10, 10, 12, 12, 11, 60)):
        hs.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = "Improvement Plan Action Tracker – Quarter 3 2023/24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position as at 31 December 2023. RAG: Blue = complete; Green = on track; "
                "Amber = some slippage; Red = significant slippage.")
    headers = ["Theme", "Ref", "Action", "Lead Officer", "Cabinet Member", "Due", "RAG", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
    r = 5
    for theme, acts in SANDWELL:
        for i, a in enumerate(acts):
            ref, text, lead, member, due, rag, comm = a
            vals = [theme if i == 0 else None, ref, text, lead, member, due, rag, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=7).fill = fill(FILL[rag])
            if due == "0ct-24":
                SANDWELL_REFUSE_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total actions: 10    Blue: 1    Green: 6    Amber: 2    Red: 1")
    for col, w in zip("ABCDEFGH", (30, 6, 55, 34, 34, 9, 8, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, SANDWELL_FILE))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    """Write text into a cell; '\n' in text starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Swansea Council - Audit Wales recommendations action plan (docx)
# ---------------------------------------------------------------------------
SWANSEA_FILE = "gu2-swansea-council-audit-wales-recommendations-action-plan.docx"
SWANSEA_TITLE = "Audit Wales Recommendations – Action Plan and Progress Update"

# report heading -> list of (recommendation, [actions]); action: ref, text, officer, target, update, rag,
#                   expected leads, end, end_text, status
SWANSEA = [
    ("1. Springing Forward – Strategic Workforce Management (issued April 2023)", [
        ("Recommendation 1: The Council should develop a corporate workforce plan that links to its medium "
         "term financial plan and identifies future skills gaps.", [
            ("1.1", "Produce a three-year Corporate Workforce Plan, approved by Cabinet, aligned to the Medium "
                    "Term Financial Plan.",
             "Head of HR and Service Centre", "March 2024",
             "Corporate Workforce Plan 2024-2027 approved by Cabinet on 21 March 2024.", "Blue",
             ["Head of HR and Service Centre"], "2024-03", None, "blue"),
            ("1.2", "Require each directorate to complete an annual workforce plan template identifying skills "
                    "gaps and succession risks.",
             "Head of HR and Service Centre / Directors", "Sept 2024\nRevised: June 2025",
             "Templates returned by three of five directorates. Remaining two to be completed for the "
             "2025/26 service planning round.", "Amber",
             ["Head of HR and Service Centre", "Directors"], "2025-06", None, "amber"),
        ]),
        ("Recommendation 2: The Council should improve the workforce data available to members and senior "
         "leaders.", [
            ("1.3", "Introduce a quarterly workforce dashboard covering turnover, sickness absence, agency spend "
                    "and vacancies for Corporate Management Team and the Scrutiny Performance Panel.",
             "Strategic Delivery and Performance Manager", "31 December 2024",
             "Dashboard reported to CMT and the Scrutiny Performance Panel from Quarter 3 2024/25.", "Blue",
             ["Strategic Delivery and Performance Manager"], "2024-12", None, "blue"),
        ]),
    ]),
    ("2. Setting of Well-being Objectives (issued November 2023)", [
        ("Recommendation 1: The Council should involve a wider range of people, including those with "
         "protected characteristics, when it next reviews its well-being objectives.", [
            ("2.1", "Develop an involvement plan for the 2025 review of well-being objectives, including "
                    "targeted sessions with equality groups.",
             "Strategic Delivery and Performance Manager", "June 2025",
             "Involvement plan drafted with the Co-production Lead; equality forum sessions booked for May.",
             "Green",
             ["Strategic Delivery and Performance Manager"], "2025-06", None, "green"),
            ("2.2", "Report the findings of the involvement activity to Cabinet alongside the revised objectives.",
             "Director of Corporate Services", "October 2025",
             "Not due yet.", "Green",
             ["Director of Corporate Services"], "2025-10", None, "green"),
        ]),
        ("Recommendation 2: The Council should set out how it will measure progress against each well-being "
         "objective.", [
            ("2.3", "Agree a set of outcome measures for each well-being objective and include them in the "
                    "Corporate Plan performance framework.",
             "Strategic Delivery and Performance Manager", "Q1 2025/26",
             "Draft measures discussed at CMT; some objectives still lack a suitable outcome measure.", "Amber",
             ["Strategic Delivery and Performance Manager"], "2025-06", None, "amber"),
        ]),
    ]),
    ("3. Financial Sustainability Review (issued October 2024)", [
        ("Recommendation 1: The Council should strengthen its approach to identifying savings over the medium "
         "term, moving away from reliance on one-off measures.", [
            ("3.1", "Establish a cross-party Budget Review Group to consider savings proposals from July each year.",
             "Director of Finance and S151 Officer", "July 2025",
             "Terms of reference agreed by the Leader; first meeting planned for July.", "Green",
             ["Director of Finance and S151 Officer"], "2025-07", None, "green"),
            ("3.2", "Develop a rolling three-year savings programme with directorate-level targets and monthly "
                    "monitoring.",
             "Director of Finance and S151 Officer; Chief Executive", "31/03/2026",
             "Not started – dependent on the outcome of the 2025/26 budget round.", "Red",
             ["Director of Finance and S151 Officer", "Chief Executive"], "2026-03", None, "red"),
        ]),
        ("Recommendation 2: The Council should review the level of its usable reserves against its financial "
         "risks.", [
            ("3.3", "Carry out a risk-based assessment of reserves and report it to Council with the 2025/26 budget.",
             "Director of Finance and S151 Officer", "March 2025",
             "Reserves assessment reported to Council on 6 March 2025.", "Blue",
             ["Director of Finance and S151 Officer"], "2025-03", None, "blue"),
        ]),
    ]),
]


def build_swansea():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("City and County of Swansea")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading(SWANSEA_TITLE, level=1)
    doc.add_paragraph("Governance & Audit Committee – 19 March 2025")
    doc.add_paragraph("Appendix A")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comment"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in (["1.0", "12/09/2024", "Strategic Delivery and Performance Manager", "Tracker established"],
                ["1.3", "04/03/2025", "Strategic Delivery and Performance Manager",
                 "Updated following Financial Sustainability Review"]):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "This appendix sets out the Council's management response to recommendations made by Audit Wales in "
        "its local performance audit reports, the agreed actions and progress made since the last report to "
        "Committee. Responsible officers have provided the updates below.")
    p = doc.add_paragraph()
    p.add_run("RAG status key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in (("Blue", "Action complete"), ("Green", "On track to be delivered by the target date"),
                     ("Amber", "Some slippage – revised date agreed"),
                     ("Red", "Significant slippage or not started")):
        cells = k.add_row().cells
        set_cell(cells[0], col, bold=True)
        shade(cells[0], FILL[col])
        set_cell(cells[1], txt)

    headers = ["Ref", "Agreed action", "Responsible officer", "Target date", "Progress update", "RAG"]
    for heading, recs in SWANSEA:
        doc.add_paragraph()
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[i], "1F3864")
        for rec, acts in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[len(headers) - 1])
            set_cell(m, rec, bold=True)
            shade(m, "E7E6E6")
            for a in acts:
                ref, text, officer, target, update, rag = a[:6]
                cells = t.add_row().cells
                for i, v in enumerate([ref, text, officer, target, update, rag]):
                    set_cell(cells[i], v)
                shade(cells[5], FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph(
        "Note: Actions reported as complete (Blue) will be removed from the tracker once the Governance & "
        "Audit Committee has noted them. Audit Wales will review progress as part of its 2025-26 audit programme.")
    doc.save(os.path.join(HERE, SWANSEA_FILE))


# ---------------------------------------------------------------------------
# 5. Dudley MBC - Housing Compliance Improvement Plan (RSH regulatory notice) (docx)
# ---------------------------------------------------------------------------
DUDLEY_FILE = "gu2-dudley-mbc-rsh-regulatory-notice-housing-compliance-improvement-plan.docx"
DUDLEY_TITLE = "Housing Compliance Improvement Plan"

# section -> actions: no, text, officer, original, revised, status, commentary,
#            expected leads, end, end_text, status
DUDLEY = [
    ("1. Data and assurance", [
        ("1.1", "Carry out a full data validation exercise on all compliance records and load validated data "
                "into a single compliance system.",
         "Head of Housing Assets and Compliance", "31/12/2023", "30/06/2024", "Complete",
         "Validation completed June 2024. Compliance system is now the single source for the big six areas.",
         ["Head of Housing Assets and Compliance"], "2024-06", None, "blue"),
        ("1.2", "Report monthly compliance performance for the big six areas to the Housing Compliance Board "
                "and quarterly to Scrutiny.",
         "Head of Housing Assets and Compliance / Performance and Data Manager", "31/07/2023", "", "Complete",
         "Monthly reporting in place since July 2023.",
         ["Head of Housing Assets and Compliance", "Performance and Data Manager"], "2023-07", None, "blue"),
    ]),
    ("2. Gas safety", [
        ("2.1", "Complete all overdue gas safety inspections (LGSRs), including forced access where necessary.",
         "Gas Compliance Manager", "30/09/2023", "31/12/2023", "Complete",
         "All overdue LGSRs completed. Compliance 99.9% at August 2024.",
         ["Gas Compliance Manager"], "2023-12", None, "blue"),
        ("2.2", "Introduce a no-access procedure with escalation to tenancy enforcement at 28 days.",
         "Gas Compliance Manager; Tenancy Services Manager", "30/11/2023", "", "Complete",
         "Procedure approved and in use.",
         ["Gas Compliance Manager", "Tenancy Services Manager"], "2023-11", None, "blue"),
    ]),
    ("3. Fire safety", [
        ("3.1", "Complete the outstanding fire risk assessments for all blocks and communal areas.",
         "Fire Safety Manager", "31/03/2024", "", "Complete",
         "All FRAs in date.",
         ["Fire Safety Manager"], "2024-03", None, "blue"),
        ("3.2", "Clear the backlog of overdue fire remedial actions, prioritising high-risk actions in "
                "high-rise blocks.",
         "Fire Safety Manager", "31/03/2024", "31/03/2025", "At risk",
         "All high-risk actions closed. 1,930 medium and low-risk actions remain; second contractor appointed "
         "in August.",
         ["Fire Safety Manager"], "2025-03", None, "amber"),
    ]),
    ("4. Electrical safety", [
        ("4.1", "Complete Electrical Installation Condition Reports for all properties on the communal "
                "testing programme.",
         "Electrical Compliance Manager", "31/03/2024", "30/09/2024", "On track",
         "96% complete; remaining blocks booked for September.",
         ["Electrical Compliance Manager"], "2024-09", None, "green"),
        ("4.2", "Deliver a five-year domestic electrical testing programme, starting with properties without a "
                "test in the last 10 years.",
         "Electrical Compliance Manager", "31/03/2028", "", "On track",
         "Year 1 programme 41% complete against a profile of 38%.",
         ["Electrical Compliance Manager"], "2028-03", None, "green"),
    ]),
    ("5. Asbestos", [
        ("5.1", "Complete all overdue asbestos re-inspections of communal areas and update the asbestos register.",
         "Asbestos Manager", "31/12/2023", "31/08/2024", "Off track",
         "Access issues at 37 blocks. Revised programme to be agreed with the contractor.",
         ["Asbestos Manager"], "2024-08", None, "red"),
    ]),
    ("6. Decent Homes and stock condition", [
        ("6.1", "Complete stock condition surveys of all council homes through the stock condition survey "
                "contract.",
         "Head of Housing Assets and Compliance", "31/03/2024", "31/03/2025", "On track",
         "Internal surveys 64% complete; communal areas 100% complete.",
         ["Head of Housing Assets and Compliance"], "2025-03", None, "green"),
        ("6.2", "Use the survey data to produce a 30-year asset management strategy and HRA business plan.",
         "Director of Housing and Communities / Head of Finance (HRA)", "TBC", "", "Not started",
         "Will start once survey data is complete.",
         ["Director of Housing and Communities", "Head of Finance (HRA)"], None, "TBC", "unrated"),
    ]),
]


def build_dudley():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Dudley Metropolitan Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    h = doc.add_heading(DUDLEY_TITLE, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Response to the Regulator of Social Housing Regulatory Notice (27 April 2023) – "
                          "progress report, September 2024")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Plan owner", "Director of Housing and Communities"),
                 ("Reporting to", "Housing Compliance Board (monthly); Housing and Assets Scrutiny Committee (quarterly)"),
                 ("Version", "3.1"),
                 ("Date", "2 September 2024")):
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "In March 2023 the council referred itself to the Regulator of Social Housing after identifying that it "
        "could not evidence compliance with statutory health and safety requirements in some of its homes. The "
        "Regulator found a breach of the Home Standard and published a Regulatory Notice on 27 April 2023.")
    doc.add_paragraph(
        "This plan sets out the actions the council is taking to remedy the breach. It is monitored monthly by "
        "the Housing Compliance Board and shared with the Regulator at each engagement meeting.")
    doc.add_heading("Action plan", level=1)
    headers = ["No.", "Action", "Accountable officer", "Original target", "Revised target", "Status", "Commentary"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, hd in enumerate(headers):
        set_cell(t.rows[0].cells[i], hd, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "2F5496")
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    for section, acts in DUDLEY:
        cells = t.add_row().cells
        m = cells[0].merge(cells[len(headers) - 1])
        set_cell(m, section, bold=True)
        shade(m, "D9E2F3")
        for a in acts:
            no, text, officer, orig, rev, status, comm = a[:7]
            cells = t.add_row().cells
            for i, v in enumerate([no, text, officer, orig, rev, status, comm]):
                set_cell(cells[i], v)
            if status in status_fill:
                shade(cells[5], status_fill[status])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete = Blue; On track = Green; At risk = Amber; Off track = Red; "
                      "Not started = no rating.")
    doc.add_paragraph("Where a revised target is shown it has been agreed by the Housing Compliance Board and "
                      "notified to the Regulator.")
    doc.save(os.path.join(HERE, DUDLEY_FILE))


# ---------------------------------------------------------------------------
# 6. Harlow Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
HARLOW_FILE = "gu2-harlow-council-internal-audit-recommendations-tracker.csv"
HARLOW_TITLE = "Harlow Council – Internal Audit Recommendations Tracker"

# audit, year, assurance, ref, priority, recommendation, action, officer, original, revised, rag, update,
# expected leads, end, end_text, status
HARLOW = [
    ("Housing Rents", "2024/25", "Limited", "HR/01", "1",
     "Arrears cases were not consistently escalated in line with the Income Management Policy.",
     "Introduce weekly exception reports of arrears cases not progressed within policy timescales, reviewed "
     "by the Income Team Leader.",
     "Income Team Leader", "31/03/2025", "30/06/2025", "B",
     "Reports in place from May 2025; Internal Audit sample testing confirmed they are operating.",
     ["Income Team Leader"], "2025-06", None, "blue"),
    ("Housing Rents", "2024/25", "Limited", "HR/02", "2",
     "Write-offs above £1,000 were not always approved by the Section 151 Officer as required by Financial "
     "Regulations.",
     "Remind all officers of the write-off approval limits and introduce a second-signatory check in the "
     "housing system.",
     "Head of Housing Operations / Finance Manager", "30/04/2025", "31/10/2025", "G",
     "Reminder issued. System change tested and due to go live in October.",
     ["Head of Housing Operations", "Finance Manager"], "2025-10", None, "green"),
    ("Procurement Cards", "2024/25", "Reasonable", "PC/01", "2",
     "Monthly card statements were not always reconciled and signed off by budget holders within 10 working days.",
     "Issue revised procurement card guidance and suspend cards where statements are not signed off within "
     "10 working days.",
     "Procurement Manager", "31/07/2025", "", "B",
     "Guidance issued June 2025; two cards suspended since.",
     ["Procurement Manager"], "2025-07", None, "blue"),
    ("Procurement Cards", "2024/25", "Reasonable", "PC/02", "3",
     "The cardholder list included three officers who had left the council.",
     "Reconcile the cardholder list to the HR leavers report each month.",
     "Procurement Manager, Payroll Manager", "30/09/2025", "", "G",
     "First two monthly reconciliations completed.",
     ["Procurement Manager", "Payroll Manager"], "2025-09", None, "green"),
    ("Cyber Security", "2025/26", "Limited", "CS/01", "1",
     "Multi-factor authentication had not been enabled for all remote access accounts.",
     "Enable multi-factor authentication for all remote access and privileged accounts.",
     "ICT Infrastructure Manager", "31/08/2025", "", "R",
     "Rollout paused pending licence renewal; 46 accounts outstanding.",
     ["ICT Infrastructure Manager"], "2025-08", None, "red"),
    ("Cyber Security", "2025/26", "Limited", "CS/02", "2",
     "There was no tested ICT disaster recovery plan.",
     "Test the ICT disaster recovery plan and report the results to the Corporate Management Team.",
     "Head of ICT and Digital", "31/12/2025", "31/03/2026", "A",
     "Test moved to February 2026 to align with the data centre move.",
     ["Head of ICT and Digital"], "2026-03", None, "amber"),
    ("Health and Safety", "2025/26", "Reasonable", "HS/01", "2",
     "Lone working risk assessments were out of date for two services.",
     "Review lone working risk assessments for Environmental Health and Housing Officers, and record them on "
     "the health and safety system.",
     "Corporate Health and Safety Advisor", "Q3 2025/26", "", "G",
     "Reviews under way.",
     ["Corporate Health and Safety Advisor"], "2025-12", None, "green"),
    ("Council Tax", "2025/26", "Substantial", "CT/01", "3",
     "Single person discount reviews were not carried out in 2024/25.",
     "Commission an annual single person discount review through the data-matching provider.",
     "Revenues and Benefits Manager", "Annually", "", "G",
     "First review booked for January 2026.",
     ["Revenues and Benefits Manager"], None, "Annually", "green"),
]


def build_harlow():
    path = os.path.join(HERE, HARLOW_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([HARLOW_TITLE])
        w.writerow(["Outstanding and recently closed recommendations as at 30 September 2025 – "
                    "Audit and Standards Committee"])
        w.writerow([])
        w.writerow(["Audit", "Year", "Assurance", "Rec Ref", "Priority", "Finding / Recommendation",
                    "Agreed Management Action", "Responsible Officer", "Original Date", "Revised Date", "RAG",
                    "Management Update"])
        for row in HARLOW:
            w.writerow(row[:12])
        w.writerow([])
        w.writerow(["Priority: 1 = High (fundamental control weakness); 2 = Medium; 3 = Low"])
        w.writerow(["RAG: B = implemented and verified by Internal Audit; G = on track; "
                    "A = at risk of missing the agreed date; R = overdue"])


# ---------------------------------------------------------------------------
# 7. Teignbridge DC - strategic risk register Q3 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
TEIGN_FILE = "gu2-teignbridge-dc-strategic-risk-register-q3-2025-26.txt"
TEIGN_TITLE = "Strategic Risk Register – Quarter 3 2025/26"

# risk, owner, score, direction, [actions]; action: ref, text, owner, due, status,
#       expected leads, end, end_text, status
TEIGN = [
    ("SR01 Medium-term financial sustainability", "Chief Finance Officer (S151)", "16 (4x4)", "↔", [
        ("SR01.1", "Deliver the 2026/27 savings and income plan of £1.2m agreed by Full Council.",
         "Corporate Leadership Team", "Mar-26", "On track",
         ["Corporate Leadership Team"], "2026-03", None, "green"),
        ("SR01.2", "Refresh the Medium Term Financial Plan following the local government finance settlement.",
         "Chief Finance Officer (S151)", "Feb-26", "On track",
         ["Chief Finance Officer (S151)"], "2026-02", None, "green"),
    ]),
    ("SR02 Local government reorganisation in Devon", "Managing Director", "20 (4x5)", "↑", [
        ("SR02.1", "Work with Devon councils on the final reorganisation proposal and business case.",
         "Managing Director / Head of Corporate Services", "Ongoing", "On track",
         ["Managing Director", "Head of Corporate Services"], None, "Ongoing", "green"),
        ("SR02.2", "Set up a reorganisation programme board with dedicated programme management resource.",
         "Head of Corporate Services", "31/01/2026", "Delayed",
         ["Head of Corporate Services"], "2026-01", None, "amber"),
    ]),
    ("SR03 Cyber attack and loss of ICT systems", "Head of Digital and Customer Services", "15 (3x5)", "↔", [
        ("SR03.1", "Complete the Cyber Assessment Framework baseline and submit the annual assessment.",
         "ICT Security Officer", "Q4 2025/26", "On track",
         ["ICT Security Officer"], "2026-03", None, "green"),
        ("SR03.2", "Run a cyber incident exercise with the Corporate Leadership Team.",
         "ICT Security Officer & Emergency Planning Officer", "Nov-25", "Complete",
         ["ICT Security Officer", "Emergency Planning Officer"], "2025-11", None, "blue"),
    ]),
    ("SR04 Delivery of the Local Plan", "Head of Place and Commercial Services", "12 (3x4)", "↓", [
        ("SR04.1", "Respond to the Inspector's post-hearing letter and consult on main modifications.",
         "Spatial Planning Manager", "Jun-26", "On track",
         ["Spatial Planning Manager"], "2026-06", None, "green"),
    ]),
    ("SR05 Housing need and temporary accommodation costs", "Head of Community Services", "16 (4x4)", "↑", [
        ("SR05.1", "Acquire 12 additional units of council-owned temporary accommodation through the Local "
                   "Authority Housing Fund.",
         "Housing Enabling Manager", "31/03/2026", "Off track",
         ["Housing Enabling Manager"], "2026-03", None, "red"),
        ("SR05.2", "Review the homelessness prevention offer and the use of bed and breakfast for families.",
         "Housing Options Manager", "Jun-26", "Not started",
         ["Housing Options Manager"], "2026-06", None, "unrated"),
    ]),
]


def build_teign():
    lines = [
        "Teignbridge District Council",
        TEIGN_TITLE,
        "Report to Audit Committee – 27 January 2026",
        "",
        "Summary: 5 strategic risks. Residual score 15-25 (red): 4; 8-14 (amber): 1; 1-7 (green): 0.",
        "",
        "\t".join(["Risk", "Risk owner", "Residual score (L x I)", "Direction", "Action ref",
                   "Mitigating action", "Action owner", "Due", "Action status"]),
    ]
    for risk, owner, score, direction, acts in TEIGN:
        for i, a in enumerate(acts):
            ref, text, aowner, due, status = a[:5]
            head = [risk, owner, score, direction] if i == 0 else ["", "", "", ""]
            lines.append("\t".join(head + [ref, text, aowner, due, status]))
    lines += [
        "",
        "Action status key: On track = Green; Delayed = Amber; Off track = Red; Complete = Blue; "
        "Not started = no rating",
        "Scores: Likelihood (1-5) x Impact (1-5). Direction of travel since Quarter 2: ↑ increased, "
        "↔ unchanged, ↓ reduced.",
    ]
    with open(os.path.join(HERE, TEIGN_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_rotherham()
    build_mersey()
    build_sandwell()
    build_swansea()
    build_dudley()
    build_harlow()
    build_teign()
    print("built 7 files in", HERE, "; Sandwell refuse row:", SANDWELL_REFUSE_ROW)


if __name__ == "__main__":
    main()
