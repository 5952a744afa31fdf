"""Build the seven zas- blind test files (set heldout755).

Run with /work/main/.venv/bin/python zas_make.py  (from any directory).
Writes only files whose names start with 'zas-' into this script's folder.
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


def out(name):
    assert name.startswith("zas-")
    return os.path.join(HERE, name)


FILL = {
    "Blue": "5B9BD5",
    "Green": "00B050",
    "Amber": "FFC000",
    "Red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcode):
    return PatternFill("solid", start_color=hexcode, end_color=hexcode)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Hampshire County Council - Strategic Plan delivery tracker (xlsx)
# ---------------------------------------------------------------------------
HANTS = [
    ("Outcome 1: Hampshire maintains strong and sustainable economic growth and prosperity", [
        ("Priority 1.1 – Skills, apprenticeships and employment", [
            ("1.1.1", "Deliver year 3 of the Hampshire Skills Partnership action programme with district councils and further education colleges",
             "Universal Services", "Assistant Director – Economic Development", d(2025, 3, 31), None, "Green", "Green",
             "Programme on track; employer skills summit held 14 November 2024 with 120 attendees."),
            ("1.1.2", "Support 400 apprenticeship starts across the County Council and maintained schools",
             "People and Organisation", "Head of Workforce Development", d(2025, 3, 31), None, "Amber", "Green",
             "312 starts at end of Q3; pipeline indicates the target will be met."),
        ]),
        ("Priority 1.2 – Transport and infrastructure", [
            ("1.2.1", "Complete detailed design for phase 1 of the A326 capacity improvements",
             "Universal Services", "Assistant Director – Highways and Transport", d(2024, 9, 30), d(2025, 6, 30), "Amber", "Amber",
             "Design extended following additional ecology surveys; revised date agreed by the Executive Lead Member."),
        ]),
    ]),
    ("Outcome 2: People in Hampshire live safe, healthy and independent lives", [
        ("Priority 2.1 – Children and families", [
            ("2.1.1", "Open two additional in-house children's homes to increase local placement sufficiency",
             "Children's Services", "Assistant Director – Children in Care", d(2024, 12, 31), None, "Green", "Blue",
             "Both homes registered with Ofsted; first children moved in during December 2024."),
            ("2.1.2", "Implement the Family Help model across all districts, including multi-agency Family Help teams",
             "Children's Services", "Director of Children's Services / Assistant Director – Early Help", d(2025, 3, 31), d(2025, 9, 30), "Amber", "Red",
             "Recruitment to Family Help team leader posts has not progressed as planned; recovery plan to Children's Services DMT in February 2025."),
        ]),
        ("Priority 2.2 – Adults' health and care", [
            ("2.2.1", "Reduce the number of people waiting for a Care Act assessment to under 500",
             "Adults' Health and Care", "Director of Adults' Health and Care", d(2025, 3, 31), None, "Red", "Amber",
             "Waiting list reduced from 1,140 (Q2) to 760; additional assessment capacity funded until March 2025."),
            ("2.2.2", "Extend technology enabled care (TEC) to 2,000 additional residents",
             "Adults' Health and Care", "Assistant Director – Transformation", d(2025, 3, 31), None, "Green", "Green",
             "1,630 additional residents supported to the end of December."),
        ]),
    ]),
    ("Outcome 3: People in Hampshire enjoy a rich and diverse environment", [
        ("Priority 3.1 – Climate change and nature", [
            ("3.1.1", "Deliver the 2024/25 corporate estate decarbonisation programme (solar PV and heat pumps at 15 sites)",
             "Universal Services", "Head of Property Services", d(2025, 3, 31), None, "Green", "Amber",
             "11 of 15 sites complete; heat pump installation at two sites delayed by grid connection dates."),
            ("3.1.2", "Publish the draft Hampshire Local Nature Recovery Strategy for public consultation",
             "Universal Services", "Head of Countryside Service", d(2025, 1, 31), None, "Green", "Green",
             "Draft strategy approved for consultation; consultation opens in January 2025."),
        ]),
    ]),
    ("Outcome 4: People in Hampshire enjoy being part of strong, inclusive, resilient communities", [
        ("Priority 4.1 – Resilient communities", [
            ("4.1.1", "Complete the consultation on the future library service and report recommendations to the Executive Member",
             "Universal Services", "Head of Library Service", d(2024, 11, 30), None, "Green", "Blue",
             "Decision taken at the Executive Member decision day on 19 November 2024."),
            ("4.1.2", "Distribute Household Support Fund (round 6) to eligible households by 31 March 2025",
             "Corporate Operations", "Assistant Director – Communities and Partnerships", d(2025, 3, 31), None, "Green", "Green",
             "£5.2m allocated to date through schools, district councils and voluntary sector partners."),
        ]),
    ]),
]


def make_hampshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Hampshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Plan Delivery Tracker 2024/25 – Quarter 3"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Serving Hampshire – Strategic Plan 2021-2025 | Reporting period: October to December 2024"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    control = [("Version", "v0.4 – final for Cabinet"), ("Date", "28/01/2025"),
               ("Owner", "Head of Strategy and Performance"), ("Reported to", "Cabinet – 11 February 2025"),
               ("Next update", "Quarter 4 / year-end report, June 2025")]
    for i, (k, v) in enumerate(control, start=6):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 1).fill = fill(FILL["pale"])
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A13"] = "RAG key"
    ws["A13"].font = Font(bold=True)
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage – recoverable within the year"),
           ("Red", "Significant risk to delivery – corrective action required")]
    for i, (k, v) in enumerate(key, start=14):
        ws.cell(i, 1, k).fill = fill(FILL[k])
        ws.cell(i, 2, v)
    ws["A19"] = "Each outcome has its own sheet. Q2 RAG is shown for comparison; the Q3 RAG is the current assessment."
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60

    # Summary sheet (totals block, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q3 RAG ratings by outcome"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Outcome", "Blue", "Green", "Amber", "Red", "Total"]
    for c, h in enumerate(hdr, 1):
        sm.cell(3, c, h).font = Font(bold=True, color="FFFFFF")
        sm.cell(3, c).fill = fill(FILL["navy"])
    tot = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    r = 4
    for n, (otitle, prios) in enumerate(HANTS, 1):
        cnt = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
        for _, acts in prios:
            for a in acts:
                cnt[a[7]] += 1
        sm.cell(r, 1, f"Outcome {n}")
        for c, k in enumerate(["Blue", "Green", "Amber", "Red"], 2):
            sm.cell(r, c, cnt[k])
            tot[k] += cnt[k]
        sm.cell(r, 6, sum(cnt.values()))
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for c, k in enumerate(["Blue", "Green", "Amber", "Red"], 2):
        sm.cell(r, c, tot[k]).font = Font(bold=True)
    sm.cell(r, 6, sum(tot.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 14

    heads = ["Ref", "Key action", "Directorate", "Lead officer", "Milestone date", "Revised date",
             "Q2 RAG", "Q3 RAG", "Q3 progress update"]
    widths = [8, 55, 22, 34, 13, 13, 9, 9, 60]
    for n, (otitle, prios) in enumerate(HANTS, 1):
        sh = wb.create_sheet(f"Outcome {n}")
        sh.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
        sh.cell(1, 1, otitle).font = Font(bold=True, size=13, color="FFFFFF")
        sh.cell(1, 1).fill = fill(FILL["navy"])
        for c, h in enumerate(heads, 1):
            cell = sh.cell(3, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill(FILL["pale"])
            cell.border = BOX
            cell.alignment = WRAP
            sh.column_dimensions[cell.column_letter].width = widths[c - 1]
        r = 4
        for ptitle, acts in prios:
            sh.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            sh.cell(r, 1, ptitle).font = Font(bold=True, italic=True)
            sh.cell(r, 1).fill = fill(FILL["grey"])
            r += 1
            for a in acts:
                ref, text, direc, lead, mdate, rdate, q2, q3, upd = a
                vals = [ref, text, direc, lead, mdate, rdate, q2, q3, upd]
                for c, v in enumerate(vals, 1):
                    cell = sh.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                sh.cell(r, 7).fill = fill(FILL[q2])
                sh.cell(r, 8).fill = fill(FILL[q3])
                r += 1
        sh.freeze_panes = "A4"
    wb.save(out("zas-hampshire-county-council-strategic-plan-delivery-tracker-2024-25-q3.xlsx"))


# ---------------------------------------------------------------------------
# 2. Milton Keynes City Council - scrutiny recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
MK = [
    ("PPSMC", "Policy, Performance and Scrutiny Management Committee – Recommendations Tracker", [
        ("SR(25/26)01", "Quarterly Performance Report", "10/06/2025",
         "That the quarterly performance report includes trend data for the previous eight quarters for each corporate KPI.",
         "Accepted", "Head of Performance and Intelligence", "September 2025",
         "Trend charts included from the Q1 2025/26 report onwards.", "Green"),
        ("SR(25/26)02", "Budget Scrutiny", "10/06/2025",
         "That Cabinet publishes a savings delivery tracker alongside each budget monitoring report.",
         "Accepted", "Director of Finance and Resources", "December 2025",
         "Tracker drafted; first publication delayed to the Q3 budget monitoring report.", "Amber"),
        ("SR(25/26)03", "Task and Finish Group – Council Tax Support", "22/07/2025",
         "That the Local Council Tax Reduction Scheme is reviewed to consider an exemption for residents with a terminal illness.",
         "Accepted in part", "Head of Revenues and Benefits", "Febuary 2026",
         "Modelling complete; options to be considered as part of the 2026/27 scheme consultation.", "Amber"),
        ("SR(25/26)04", "Devolution update", "09/09/2025",
         "That a report on the Council's approach to devolution is brought to the committee before any Cabinet decision.",
         "Accepted", "Chief Executive", "March 2026",
         "Added to the committee work programme for 10 March 2026.", "Green"),
    ]),
    ("CYP Scrutiny", "Children and Young People Scrutiny Committee – Recommendations Tracker", [
        ("SR(25/26)05", "Task and Finish Group – Home to School Transport", "01/07/2025",
         "That independent travel training is offered to all eligible Year 9 students with an EHCP before a transport assessment.",
         "Accepted", "Director of Education and Inclusion", "April 2026",
         "Travel training provider contract extended; offer letters issued to 64 families.", "Green"),
        ("SR(25/26)06", "Task and Finish Group – Home to School Transport", "01/07/2025",
         "That parents are given at least 10 school days' notice of any change of transport operator.",
         "Accepted", "Head of Passenger Transport", "September 2025",
         "Notice standard written into the operator framework; met for all September changes.", "Green"),
        ("SR(25/26)07", "Corporate Parenting update", "14/10/2025",
         "That care leavers are exempt from council tax up to the age of 25 and the scheme is promoted by personal advisers.",
         "Accepted", "Head of Service – Care Leavers / Head of Revenues and Benefits", "April 2026",
         "Exemption in place; promotion through personal advisers not yet started.", "Amber"),
    ]),
    ("Health & ASC", "Health and Adult Social Care Scrutiny Committee – Recommendations Tracker", [
        ("SR(25/26)08", "Adult Social Care waiting times", "17/06/2025",
         "That the committee receives six-monthly data on waiting times for occupational therapy assessments.",
         "Accepted", "Director of Adult Services", "November 2025",
         "First data report considered at the November meeting.", "Green"),
        ("SR(25/26)09", "Primary care access", "16/09/2025",
         "That the ICB is asked to report on GP appointment availability in the new estates.",
         "Accepted", "Scrutiny Officer", "January 2026",
         "Request made to BLMK ICB; no response received.", "Red"),
    ]),
]


def make_mk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "Milton Keynes City Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scrutiny Recommendations Tracker 2025/26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A4"] = ("This tracker records the recommendations made by the scrutiny committees and their task and finish "
                "groups, the Cabinet response and progress in implementing them. It is reported to the Policy, "
                "Performance and Scrutiny Management Committee each quarter.")
    ws["A4"].alignment = WRAP
    ws["A6"] = "RAG key"
    ws["A6"].font = Font(bold=True)
    key = [("Green", "Recommendation implemented – monitoring no longer required"),
           ("Amber", "Acceptable progress – continue monitoring"),
           ("Red", "Insufficient progress – lead officer to attend the committee")]
    for i, (k, v) in enumerate(key, start=7):
        ws.cell(i, 1, k).fill = fill(FILL[k])
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 60

    heads = ["Ref", "Source", "Date agreed", "Recommendation", "Cabinet response", "Lead officer",
             "Target date", "Progress update", "RAG"]
    widths = [13, 30, 12, 60, 16, 34, 14, 50, 8]
    for sname, stitle, rows in MK:
        sh = wb.create_sheet(sname)
        sh["A1"] = stitle
        sh["A1"].font = Font(bold=True, size=12)
        sh["A2"] = "Position at 14 January 2026"
        sh["A2"].font = Font(italic=True)
        for c, h in enumerate(heads, 1):
            cell = sh.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill(FILL["navy"])
            cell.border = BOX
            sh.column_dimensions[cell.column_letter].width = widths[c - 1]
        r = 5
        for row in rows:
            for c, v in enumerate(row, 1):
                cell = sh.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            sh.cell(r, 9).fill = fill(FILL[row[8]])
            r += 1
    wb.save(out("zas-milton-keynes-city-council-scrutiny-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Brighton & Hove City Council - fostering service development plan (xlsx)
# ---------------------------------------------------------------------------
BH = [
    ("Priority 1 – Grow our in-house foster carer households", [
        ("1.1", "Launch a targeted recruitment campaign for carers for teenagers and sibling groups, working with the regional fostering recruitment hub",
         "More children matched locally with in-house carers", "Fostering Recruitment Team Manager", "Sept 2025", None, "Green",
         "Campaign launched 15 September; 38 enquiries in the first six weeks."),
        ("1.2", "Reduce the time from enquiry to fostering panel to an average of 6 months",
         "Carers approved sooner; fewer applicants withdraw", "Fostering Recruitment Team Manager", "Mar-26", None, "Amber",
         "Average currently 7.4 months; backlog being addressed with sessional assessors."),
        ("1.3", "Introduce a ‘fostering friendly’ employer policy across the council and invite partner organisations to adopt it",
         "Council staff able to foster alongside work", "Head of Service – Fostering & Adoption", "Dec-25", "Mar-26", "Amber",
         "Policy drafted; HR consultation moved to January 2026."),
    ]),
    ("Priority 2 – Support and retain our foster carers", [
        ("2.1", "Launch a second Mockingbird constellation",
         "Carers supported by a hub home; fewer unplanned endings", "Service Manager (Fostering Support) and Principal Social Worker",
         "Q3 2025/26", None, "Blue", "Constellation launched in October 2025 with 8 satellite households."),
        ("2.2", "Review the foster carer fees and allowances framework and report options to the Corporate Parenting Sub-Committee",
         "Financial package competitive with neighbouring authorities", "Head of Service – Fostering & Adoption", "31/01/2026", None, "Green",
         "Benchmarking with the South East fostering network complete."),
        ("2.3", "Refresh the foster carer learning and development programme, including therapeutic parenting training",
         "Carers confident in caring for children who have experienced trauma", "KB / LT", "Ongoing", None, "Green",
         "Two therapeutic parenting cohorts delivered (22 carers)."),
    ]),
    ("Priority 3 – Kinship (connected persons) fostering", [
        ("3.1", "Complete connected persons viability assessments within 6 weeks of referral in at least 80% of cases",
         "Children live with family without delay", "Kinship Team Manager", "Mar-26", None, "Red",
         "58% within timescale at end of October; capacity pressure in the kinship team."),
        ("3.2", "Co-produce a kinship carers’ support offer with the Brighton & Hove kinship carers group",
         "Kinship carers know what support they can expect", "Kinship Team Manager", "Jun-26", None, None,
         "Due to start in January 2026."),
    ]),
    ("Priority 4 – Quality assurance and children’s voice", [
        ("4.1", "Introduce an annual survey of children in foster care, with results reported to the Children in Care Council",
         "Children’s views shape the service", "Independent Reviewing Service Manager", "Jan-26", None, "Green",
         "Survey designed with the Children in Care Council; live from 1 December."),
        ("4.2", "Complete the annual review of the Statement of Purpose and Children’s Guide",
         "Statutory documents up to date", "Head of Service – Fostering & Adoption", "Apr-25", None, "Blue",
         "Approved by the Corporate Parenting Sub-Committee, April 2025."),
    ]),
]


def make_brighton():
    wb = Workbook()
    vc = wb.active
    vc.title = "Version control"
    vc["A1"] = "Version control"
    vc["A1"].font = Font(bold=True, size=12)
    rows = [("Version", "Date", "Change", "Author"),
            ("1.0", "07/04/2025", "Plan agreed by Fostering Service management team", "Head of Service"),
            ("1.1", "14/07/2025", "Q1 progress added", "Service Manager"),
            ("1.2", "18/11/2025", "November progress update; revised target for 1.3", "Service Manager")]
    for i, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            vc.cell(i, c, v).border = BOX
            if i == 3:
                vc.cell(i, c).font = Font(bold=True)
    vc.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Development Plan 25-26")
    heads = ["No.", "Action", "Intended impact for children and carers", "Lead(s)", "Original target",
             "Revised target", "RAG", "Progress update (Nov 2025)"]
    widths = [6, 55, 36, 32, 12, 12, 7, 50]
    ws.merge_cells("A1:H1")
    ws["A1"] = "Brighton & Hove City Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Fostering Service Development Plan 2025–26"
    ws["A2"].font = Font(bold=True, size=16)
    ws.merge_cells("A3:H3")
    ws["A3"] = "Families, Children & Learning – Fostering and Adoption Service | Progress update: November 2025"
    ws["A3"].font = Font(italic=True)
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = widths[c - 1]
    r = 6
    for ptitle, acts in BH:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, ptitle).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(FILL["pale"])
        r += 1
        for no, act, impact, lead, orig, rev, rag, upd in acts:
            vals = [no, act, impact, lead, orig, rev, None, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            if rag:
                ws.cell(r, 7).fill = fill(FILL[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "Note: actions 2.3 and 3.1 are carried forward from the 2024–25 plan. RAG is shown by cell colour – see the RAG key sheet.")
    ws.freeze_panes = "A6"

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    key = [("Blue", "Completed"), ("Green", "On track"), ("Amber", "Some slippage / at risk"),
           ("Red", "Off track – escalated to Head of Service"), (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key, 2):
        if col:
            k.cell(i, 1).fill = fill(FILL[col])
        k.cell(i, 2, txt)
    k.column_dimensions["B"].width = 45
    wb.save(out("zas-brighton-and-hove-city-council-fostering-service-development-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


DOCX_STATUS_FILL = {"Complete": FILL["Blue"], "Green": FILL["Green"], "Amber": FILL["Amber"], "Red": FILL["Red"],
                    "On track": FILL["Green"], "Some delay": FILL["Amber"], "Off track": FILL["Red"]}


# ---------------------------------------------------------------------------
# 4. Cyngor Gwynedd - Child Practice Review response plan (docx)
# ---------------------------------------------------------------------------
GWY = [
    ("Work Stream 1: Listening to children, young people and families", [
        ("CPR Recommendation 1: Cyngor Gwynedd should ensure that children and young people in its schools know how to raise a concern and are confident that they will be listened to.", [
            ("1.1", "Distribute the ‘Who can I talk to?’ poster and pupil leaflet to every school and publish the safeguarding contact details on all school websites",
             "Head of Education Department", "31/03/2026",
             "Posters distributed to all schools; website check found 71 of 93 schools compliant.", "Amber"),
            ("1.2", "Establish a children and young people’s reference group to advise the Programme Board",
             "Head of Children and Supporting Families Department", "Summer term 2026",
             "Terms of reference agreed with the Youth Council.", "Green"),
        ]),
    ]),
    ("Work Stream 2: Managing allegations and concerns about adults working with children", [
        ("CPR Recommendation 3: The Council should strengthen its arrangements for receiving, recording and responding to concerns about adults working with children, including low-level concerns.", [
            ("2.1", "Revise the Strategy Part 5 meeting record so that previous and historical safeguarding information is recorded and shared",
             "Corporate Safeguarding Manager", "December 2025",
             "Revised record in use since 1 December 2025.", "Complete"),
            ("2.2", "Make the allegations referral form available to all school staff and governors, not only to headteachers and chairs of governors",
             "Corporate Safeguarding Manager and Head of Education Department", "March 2026",
             "Form published on the schools portal; governor briefing arranged.", "Green"),
            ("2.3", "Commission an independent audit of allegations management records for the period 2019–2024",
             "Chief Executive", "April 2026 – September 2026",
             "Specification being drafted.", "Not started"),
        ]),
    ]),
    ("Work Stream 3: Safeguarding training and culture", [
        (None, [
            ("3.1", "Deliver grooming awareness training to all school staff, governors and elected members",
             "Schools Safeguarding and Wellbeing Team Manager", "Autumn term 2026",
             "1,240 staff trained to date; member sessions booked.", "Green"),
            ("3.2", "Provide external specialist safeguarding training for members and governors",
             "Head of Legal Services", "June 2026",
             "Provider being procured through the North Wales framework.", "Amber"),
        ]),
    ]),
    ("Work Stream 4: Governance and record keeping", [
        (None, [
            ("4.1", "Review the Whistleblowing Policy and the Reasonable Force Policy and report both to the Governance and Audit Committee",
             "Head of Human Resources\nHead of Legal Services", "31/05/2026",
             "Whistleblowing Policy reviewed; Reasonable Force Policy review started.", "Amber"),
            ("4.2", "Agree an information sharing protocol with North Wales Police and Betsi Cadwaladr University Health Board",
             "Head of Children and Supporting Families Department", "Ongoing",
             "Draft protocol with partners for comment; no response from two partners.", "Red"),
        ]),
    ]),
]


def make_gwynedd():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Cyngor Gwynedd")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Response Plan to the ‘Our Bravery Brought Justice’ Child Practice Review", level=0)
    doc.add_paragraph("Work programme – progress report to the Response Plan Programme Board, February 2026")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3.0"), ("Date", "16 February 2026"),
                                ("Prepared by", "Response Plan Programme Manager"),
                                ("Status", "Final – for Cabinet, 10 March 2026")]):
        set_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), FILL["pale"])
        set_text(t.cell(i, 1), v)

    doc.add_paragraph("")
    doc.add_paragraph("This work programme brings together the actions the Council is taking in response to the Child "
                      "Practice Review commissioned by the North Wales Safeguarding Board. Actions are grouped by work "
                      "stream; where an action answers a specific review recommendation, the recommendation is shown above it.")
    doc.add_paragraph("Status key: Complete – action finished and evidence held; Green – on track; Amber – some delay, "
                      "recovery in hand; Red – significant delay or risk; Not started.")

    heads = ["Ref", "Action", "Lead", "Timescale", "Progress to date", "Status"]
    for ws_title, groups in GWY:
        doc.add_heading(ws_title, level=1)
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, h in enumerate(heads):
            set_text(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], FILL["grey"])
        for rec, acts in groups:
            if rec:
                row = tb.add_row()
                merged = row.cells[0].merge(row.cells[-1])
                set_text(merged, rec, bold=True)
                shade(merged, FILL["pale"])
            for ref, act, lead, when, prog, status in acts:
                row = tb.add_row()
                for c, v in enumerate([ref, act, lead, when, prog, status]):
                    set_text(row.cells[c], v)
                if status in DOCX_STATUS_FILL:
                    shade(row.cells[5], DOCX_STATUS_FILL[status])
        doc.add_paragraph("")

    doc.add_heading("Abbreviations", level=1)
    ab = doc.add_table(rows=0, cols=2)
    ab.style = "Table Grid"
    for k, v in [("CPR", "Child Practice Review"), ("NWSB", "North Wales Safeguarding Board"),
                 ("Strategy Part 5", "Strategy meeting held under Part 5 of the Wales Safeguarding Procedures")]:
        row = ab.add_row()
        set_text(row.cells[0], k, bold=True)
        set_text(row.cells[1], v)
    doc.save(out("zas-cyngor-gwynedd-child-practice-review-response-plan-work-programme.docx"))


# ---------------------------------------------------------------------------
# 5. Harrow Council - scrutiny review cabinet response action plan (docx)
# ---------------------------------------------------------------------------
HARROW = [
    ("1", "Introduce a single online reporting route for fly-tipping that gives residents a reference number and tells them the outcome.",
     "Agreed", [
         ("1.1", "Replace the current web form with the new Report It module, including an automatic case reference and closure notification",
          "Head of Digital Services", "December 2025", "On track"),
         ("1.2", "Publish monthly fly-tipping reports and clearance times on the council website",
          "Head of Waste Services / Head of Communications", "Q4 2025/26", "Not started"),
     ]),
    ("2", "Increase the visibility of enforcement in the ten worst-affected wards.",
     "Agreed", [
         ("2.1", "Deploy redeployable CCTV cameras at 20 hotspot locations",
          "Head of Environmental Enforcement", "w/c 03/11/2025", "Some delay"),
         ("2.2", "Run a week of joint action each quarter with the Safer Neighbourhood Teams",
          "Head of Environmental Enforcement", "Quarterly", "On track"),
     ]),
    ("3", "Review the charges for bulky waste collections to reduce barriers for low-income households.",
     "Agreed in part – a concessionary rate will be considered as part of the 2026/27 fees and charges.", [
         ("3.1", "Model a concessionary bulky waste charge for residents receiving Council Tax Support and include it in the 2026/27 fees and charges report",
          "Director of Environment", "End of February 2026", "On track"),
     ]),
    ("4", "Provide one free bulky waste collection a year for every household.",
     "Not agreed – the estimated cost of £640,000 a year cannot be met within the Medium Term Financial Strategy.", [
         ("–", "No action – recommendation not agreed", "", "", ""),
     ]),
    ("5", "Work with private landlords and managing agents to prevent fly-tipping at flats and houses in multiple occupation.",
     "Agreed", [
         ("5.1", "Add waste storage conditions to the additional HMO licensing scheme",
          "Head of Housing Regulation", "31/03/2026", "Complete"),
         ("5.2", "Write to all registered managing agents setting out their duty of care for residents’ waste",
          "Head of Housing Regulation", "October 2025", "Complete"),
     ]),
    ("6", "Report progress on this action plan to the Overview and Scrutiny Committee every six months.",
     "Agreed", [
         ("6.1", "Include progress on the fly-tipping action plan in the six-monthly environment performance report",
          "Director of Environment", "Ongoing", "On track"),
     ]),
]


def make_harrow():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Harrow – Overview and Scrutiny Committee")
    r.bold = True
    doc.add_heading("Scrutiny Review: Tackling Fly-tipping in Harrow", level=0)
    doc.add_paragraph("Cabinet response and implementation action plan – progress update, October 2025")
    doc.add_paragraph("The review group’s final report was considered by Cabinet on 19 June 2025. Cabinet agreed five of "
                      "the six recommendations in full or in part. This appendix sets out the agreed actions and progress "
                      "to 30 September 2025.")
    sp = doc.add_paragraph()
    sp.add_run("Status key: ").bold = True
    sp.add_run("Complete (blue) | On track (green) | Some delay (amber) | Off track (red) | Not started")

    heads = ["Rec. no.", "Recommendation", "Cabinet response", "Action no.", "Agreed action",
             "Responsible officer", "Target date", "Status"]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    for c, h in enumerate(heads):
        set_text(tb.rows[0].cells[c], h, bold=True)
        shade(tb.rows[0].cells[c], FILL["grey"])
    for recno, rec, resp, acts in HARROW:
        first = len(tb.rows)
        for i, (ano, act, officer, when, status) in enumerate(acts):
            row = tb.add_row()
            if i == 0:
                set_text(row.cells[0], recno)
                set_text(row.cells[1], rec)
                set_text(row.cells[2], resp)
            set_text(row.cells[3], ano)
            set_text(row.cells[4], act)
            set_text(row.cells[5], officer)
            set_text(row.cells[6], when)
            set_text(row.cells[7], status)
            if status in DOCX_STATUS_FILL:
                shade(row.cells[7], DOCX_STATUS_FILL[status])
        last = len(tb.rows) - 1
        if last > first:
            for c in (0, 1, 2):
                tb.cell(first, c).merge(tb.cell(last, c))
    doc.add_paragraph("")
    doc.add_paragraph("Contact: Scrutiny Policy Officer, Strategy and Policy Team.")
    doc.save(out("zas-harrow-council-scrutiny-review-fly-tipping-cabinet-response-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Epping Forest District Council - Corporate Plan key action plan (csv)
# ---------------------------------------------------------------------------
EFDC = [
    ("Aim 1. Stronger Communities", [
        ("Objective 1.a. Support residents through the cost of living and improve health and wellbeing", [
            ("CPP201", "Deliver the 2025/26 Household Support Fund scheme, prioritising families with children and pensioners not receiving Pension Credit",
             "Okafor, David", "31-Mar-26", "On Target",
             "Q1 (2025/26) Scheme opened 1 April; 1,212 awards made.\nQ2 (2025/26) 2,480 awards to date; spend profile on track."),
            ("CPP202", "Open the new community wellbeing hub at Limes Farm",
             "Service Director (Communities & Wellbeing)", "30-Sep-25", "Achieved",
             "Q2 (2025/26) Hub opened on 8 September 2025."),
            ("CPP203", "Reduce the average time to process new Housing Benefit and Council Tax Support claims to 18 days",
             "Harrington, Claire", "31-Mar-26", "Under Control",
             "Q1 (2025/26) 22 days.\nQ2 (2025/26) 20.5 days; two vacancies filled in September."),
        ]),
    ]),
    ("Aim 2. Stronger Place", [
        ("Objective 2.a. Deliver the Local Plan and high quality places", [
            ("CPP210", "Present the Local Plan review Regulation 18 consultation draft to Cabinet",
             "Service Director (Planning)", "31-Dec-25", "Behind Schedule",
             "Q2 (2025/26) Evidence base delayed by the new national housing targets; Cabinet date now expected in March 2026."),
            ("CPP211", "Adopt the North Weald Bassett masterplan as a material planning consideration",
             "Okafor, David; Patel, Nisha", "31-Mar-26", "On Target",
             "Q2 (2025/26) Masterplan consultation closed 12 September; responses being analysed."),
        ]),
        ("Objective 2.b. Keep the district clean and green", [
            ("CPP215", "Start the procurement of the new waste and recycling contract (from 2027)",
             "Service Director (Contracts)", "30-Jun-26", "Pending",
             "Q2 (2025/26) Procurement to start in Q4 once the options appraisal is agreed."),
        ]),
    ]),
    ("Aim 3. Stronger Council", [
        ("Objective 3.a. Deliver value for money and a balanced budget", [
            ("CPP220", "Deliver the 2025/26 savings programme of £1.9m",
             "Chief Finance Officer", "31-Mar-26", "Under Control",
             "Q2 (2025/26) £1.3m delivered or on track; £0.6m at risk, mitigations being identified."),
            ("CPP221", "Implement the new customer relationship management (CRM) system in the contact centre",
             "Patel, Nisha", "31-Oct-25", "Achieved",
             "Q2 (2025/26) CRM live from 29 September 2025."),
            ("CPP222", "Publish the first annual report on the Equality Objectives 2025-2029",
             "Harrington, Claire", "31-Jan-26", "On Target",
             "Q2 (2025/26) Data collection under way."),
        ]),
    ]),
]


def make_epping():
    rows = []
    blank = [""] * 6
    rows.append(["Epping Forest District Council – Corporate Plan 2023-2027: Key Action Plan 2025/26, Quarter 2 (July to September 2025)"] + [""] * 5)
    rows.append(["Appendix 1 – Stronger Council Select Committee, 18 November 2025"] + [""] * 5)
    rows.append(blank)
    rows.append(["Ref", "Action", "Lead Officer", "Target Date", "Status", "Progress Notes"])
    for aim, objs in EFDC:
        rows.append([aim] + [""] * 5)
        for obj, acts in objs:
            rows.append([obj] + [""] * 5)
            for a in acts:
                rows.append(list(a))
    rows.append(blank)
    rows.append(["Status key: Achieved = action complete; On Target = on track; Under Control = slippage being managed (amber); "
                 "Behind Schedule = target date will be missed (red); Pending = not yet started"] + [""] * 5)
    rows.append(["Source: Pentana Performance, extracted 14/10/2025"] + [""] * 5)
    with open(out("zas-epping-forest-dc-corporate-plan-key-action-plan-2025-26-q2.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. London Borough of Bexley - fostering service development plan (tab-separated txt)
# ---------------------------------------------------------------------------
BEX = [
    ("FDP1", "Objective 1 – Recruitment and assessment", "Run a Bexley-wide recruitment campaign focused on carers for children aged 11+",
     "Team Manager – Recruitment & Assessment", "Jan 2026", "G", "Campaign assets agreed with Communications; launch 12 January."),
    ("FDP2", "Objective 1 – Recruitment and assessment", "Complete Form F assessments within 6 months for 80% of applicants",
     "Team Manager – Recruitment & Assessment", "Q4 2025/26", "A", "64% within 6 months year to date."),
    ("FDP3", "Objective 1 – Recruitment and assessment", "Refresh the fostering panel central list and recruit two independent members with lived experience of care",
     "Adoption & Fostering Panel Adviser", "31/10/2025", "B", "Two members appointed and inducted."),
    ("FDP4", "Objective 2 – Support and retention", "Introduce a buddy scheme for newly approved fostering households",
     "Fostering Service Manager", "w/c 02/02/2026", "G", "12 experienced carers volunteered as buddies."),
    ("FDP5", "Objective 2 – Support and retention", "Deliver the Fostering Changes training programme to 30 carers",
     "PSW / Fostering Service Manager", "Autumn term 2025", "R", "Only 14 carers completed; second cohort booked for January."),
    ("FDP6", "Objective 2 – Support and retention", "Hold support groups for carers of children with disabilities",
     "Supervising Social Worker (Disabilities)", "Monthly", "G", "Groups held every month since April."),
    ("FDP7", "Objective 3 – Stability and permanence", "Review all children in long-term fostering without a formal match and present them to panel for matching",
     "HoS CiC & Care Leavers", "Mar 2026", "A", "19 of 31 children reviewed."),
    ("FDP8", "Objective 3 – Stability and permanence", "Pilot a stability meeting at 6 weeks for all new fostering arrangements",
     "Fostering Service Manager", "TBC", "", "Not started – awaiting IRO service capacity."),
]


def make_bexley():
    lines = [
        "London Borough of Bexley",
        "Bexley Fostering Service – Development Plan 2025/26",
        "Progress tracker – exported 09/12/2025 for the Corporate Parenting Panel",
        "",
        "\t".join(["Ref", "Objective", "Action", "Lead", "Timescale", "RAG", "Comments"]),
    ]
    for row in BEX:
        lines.append("\t".join(row))
    lines += [
        "",
        "RAG key: B = complete, G = on track, A = some slippage, R = off track, blank = not started",
        "Total: 8 actions (B 1, G 3, A 2, R 1, not started 1)",
    ]
    with open(out("zas-london-borough-of-bexley-fostering-service-development-plan-2025-26.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_hampshire()
    make_mk()
    make_brighton()
    make_gwynedd()
    make_harrow()
    make_epping()
    make_bexley()
    print("built 7 files in", HERE)
