"""Build the seven zbm- blind test files (set heldout765).

Run with /work/main/.venv/bin/python zbm_make.py (writes next to this script).
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

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "BFBFBF"
RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Grey": GREY}


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Hertfordshire SEND Strategy improvement plan (xlsx)
# ---------------------------------------------------------------------------
HERTS_TITLE = "Hertfordshire SEND Strategy 2022 – 2025: SEND Improvement Plan"
HERTS_AREAS = [
    ("1: Improving the quality of lived experiences for children and young people with SEND", [
        # (ref, aim or None when it continues the merged aim above, action, lead, success, target, rag, progress)
        ("1.1", "Ensuring EHCPs deliver high-quality outcomes for children and young people.",
         "Embed the EHCP quality assurance framework so that every new plan is audited against the Herts Outcome Bee standards before it is finalised",
         "Head of SEND Quality Assurance",
         "Increase in the percentage of 'good' and 'outstanding' EHCPs",
         d(2025, 3, 31), "Green",
         "Audit tool live in all four quadrants; 62% of plans audited in Q2 rated good or better."),
        ("1.2", None,
         "Set up a monthly multi-agency moderation panel, with health and social care representation, to test the quality of EHCP advice",
         "Head of SEND Quality Assurance / Designated Clinical Officer",
         "Moderation findings reported to the SEND Executive Board each quarter",
         d(2024, 12, 31), "Amber",
         "Panel has met twice; social care attendance inconsistent. Escalated to the SEND Executive Board."),
        ("1.3", "Ensuring that QA findings are acted upon and analysed to provide insight, and these are shared with key groups to inform decision making.",
         "Produce a quarterly QA insight report for the SEND Executive Board and quadrant SEND teams",
         "SEND Performance and Insight Manager",
         "A regular reporting cycle and a set of agreed reports in place",
         d(2024, 9, 30), "Blue",
         "First report presented to the Board in July 2024; quarterly cycle agreed."),
        ("1.4", "Embedding the Herts Outcome Bee framework and the Herts Professional Promise across all areas of practice.",
         "Add the Professional Promise and Outcome Bees to the induction programme for all new SEND staff",
         "SEND Workforce Development Lead",
         "Increase in the percentage of staff aware of the Outcome Bee Framework and Professional Promise (staff survey)",
         d(2025, 1, 31), "Green",
         "Induction module drafted and tested with the October SEND Academy cohort."),
    ]),
    ("2: Improving our communication, and creating more opportunities to design services together with children and young people and their families", [
        ("2.1", "Increasing awareness of the Local Offer website and channels.",
         "Run a Local Offer awareness campaign through schools, GP surgeries and family centres",
         "Local Offer Manager",
         "Increase in unique visitors to the Local Offer website",
         d(2024, 11, 30), "Green",
         "Campaign materials distributed to 480 schools; GP screens booked for November."),
        ("2.2", None,
         "Co-produce a redesign of the Local Offer home page with Herts Parent Carer Involvement (HPCI)",
         "Local Offer Manager & HPCI Co-Chair",
         "Families rate the new home page as easy to use (HPCI survey)",
         d(2025, 3, 31), "Amber",
         "Design workshops held with families; web team capacity has pushed the build into Q4."),
        ("2.3", "Improving the accuracy, quality and timeliness of our communications with families and schools.",
         "Roll out the Accurate, Compassionate and Timely (ACT) communications framework across the statutory SEND teams",
         "Head of Statutory SEND",
         "Reduction in the rolling rate of complaints",
         "Ongoing", "Green",
         "ACT training now part of the SEND Academy programme for all new officers."),
    ]),
    ("3: Improving the timeliness of Education, Health and Care needs assessments", [
        ("3.1", "Ensuring that EHC needs assessments are completed within 20 weeks.",
         "Recruit additional SEND Officers through the SEND Academy to bring caseloads down",
         "Head of Statutory SEND",
         "Increase in the percentage of EHCPs issued within 20 weeks",
         d(2024, 7, 31), "Blue",
         "Recruitment completed in July 2024; all new officers in post."),
        ("3.2", None,
         "Launch the EHCP online portal so that families can check the progress of their needs assessment",
         "Head of Statutory SEND; Digital Services Manager",
         "Families can see the stage and due date of their assessment online",
         d(2024, 9, 30), "Red",
         "Go-live delayed by supplier testing issues; a revised go-live date is to be agreed."),
    ]),
]


def build_herts(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = HERTS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of progress at 30 September 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Area of improvement", "Actions", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    r = 5
    totals = [0, 0, 0, 0, 0]
    for area, rows in HERTS_AREAS:
        counts = [len(rows)] + [sum(1 for x in rows if x[6] == k) for k in ("Blue", "Green", "Amber", "Red")]
        ws.cell(row=r, column=1, value=area)
        for i, v in enumerate(counts):
            ws.cell(row=r, column=2 + i, value=v)
            totals[i] += v
        for c in range(1, 7):
            ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=c).alignment = WRAP
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(totals):
        ws.cell(row=r, column=2 + i, value=v).font = Font(bold=True)
    for c in range(1, 7):
        ws.cell(row=r, column=c).border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Blue = complete; Green = on track; Amber = at risk of slipping; Red = off track")
    ws.cell(row=r + 1, column=1, value="Prepared by the SEND Strategy and Improvement Team for the SEND Executive Board.")
    ws.column_dimensions["A"].width = 90
    for col in "BCDEF":
        ws.column_dimensions[col].width = 9

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = HERTS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 30 September 2024 – reported to the SEND Executive Board"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Aim", "Action", "Lead", "How will we know we've succeeded?", "Target date", "RAG",
           "Progress update (September 2024)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for area, rows in HERTS_AREAS:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True, color="FFFFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill("7030A0")
        r += 1
        aim_start = None
        for ref, aim, action, lead, success, target, rag, progress in rows:
            if aim is not None:
                aim_start = r
                ws.cell(row=r, column=2, value=aim)
            else:
                ws.merge_cells(start_row=aim_start, start_column=2, end_row=r, end_column=2)
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            ws.cell(row=r, column=5, value=success)
            tc = ws.cell(row=r, column=6, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "mmm-yy"
            rc = ws.cell(row=r, column=7, value=rag)
            rc.fill = fill(RAGFILL[rag])
            if rag in ("Blue", "Red"):
                rc.font = Font(color="FFFFFFFF", bold=True)
            ws.cell(row=r, column=8, value=progress)
            for c in range(1, 9):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: target dates are the end of the month shown. Actions rated Blue are removed at the next refresh.")
    widths = {"A": 7, "B": 34, "C": 48, "D": 26, "E": 34, "F": 11, "G": 9, "H": 46}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. East Suffolk Council Our Direction 2028 delivery tracker (xlsx)
# ---------------------------------------------------------------------------
ES_TITLE = "East Suffolk Council – Our Direction 2028: Strategic Plan Delivery Tracker 2025/26"
ES_THEMES = [
    ("Environmental Impact", [
        ("EI1 – Reduce the council’s own carbon emissions", [
            # ref, action, cabinet member, lead officer, start, original, revised, q1, q2, commentary
            ("EI1.1", "Install solar PV and battery storage at East Suffolk House and the Riverside offices",
             "Cabinet Member for Climate Change", "Head of Property and Asset Management",
             d(2025, 4, 1), d(2026, 3, 31), None, "Green", "Green",
             "Contract awarded in August; installation at East Suffolk House programmed for January."),
            ("EI1.2", "Replace diesel refuse collection vehicles with HVO-fuelled or electric vehicles as they fall due for renewal",
             "Cabinet Member for Operations", "Head of Operations",
             d(2025, 4, 1), d(2025, 12, 31), "Q4 2025/26", "Green", "Amber",
             "Delivery of four electric RCVs delayed by the manufacturer; completion moved to Q4."),
        ]),
        ("EI2 – Protect and enhance our natural environment", [
            ("EI2.1", "Plant 8,000 trees on council-owned land and open spaces during the 2025/26 planting season",
             "Cabinet Member for Climate Change", "Countryside and Green Spaces Manager",
             d(2025, 10, 1), d(2026, 3, 31), None, "Amber", "Red",
             "Asset audit of open spaces has identified sites for only 3,100 trees; working with the Forestry Commission on further land."),
            ("EI2.2", "Adopt a Local Nature Recovery delivery plan with Suffolk County Council",
             "Cabinet Member for Planning and Coastal Management", "Principal Ecologist / Head of Planning Policy",
             d(2025, 4, 1), d(2025, 9, 30), d(2026, 1, 31), "Green", "Amber",
             "County strategy publication slipped; report to Cabinet now January 2026."),
        ]),
    ]),
    ("Sustainable Housing", [
        ("SH1 – Improve the quality of council homes", [
            ("SH1.1", "Deliver the Housing Improvement Plan agreed with the Regulator of Social Housing, including a full stock condition survey",
             "Cabinet Member for Housing", "Head of Housing",
             d(2025, 4, 1), d(2026, 3, 31), None, "Green", "Green",
             "78% of stock surveyed; damp and mould cases now tracked weekly."),
            ("SH1.2", "Bring 50 long-term empty homes back into use through the Empty Homes Officer and grant scheme",
             "Cabinet Member for Housing", "Private Sector Housing Manager",
             d(2025, 7, 1), d(2026, 3, 31), None, "Grey", "Green",
             "Empty Homes Officer in post from July; 14 homes returned to use so far."),
        ]),
        ("SH2 – Increase the supply of affordable homes", [
            ("SH2.1", "Secure planning consent for the next phase of the council house-building programme (40 homes)",
             "Cabinet Member for Housing", "Housing Development Manager",
             d(2025, 4, 1), "Dec 2025", None, "Green", "Blue",
             "Consent granted at Planning Committee North on 9 September 2025."),
        ]),
    ]),
    ("Tackling Inequalities", [
        ("TI1 – Support residents through the cost of living", [
            ("TI1.1", "Deliver the Household Support Fund 2025/26 allocation to low-income households",
             "Cabinet Member for Communities", "Benefits and Financial Inclusion Manager",
             d(2025, 4, 1), d(2026, 3, 31), None, "Green", "Green",
             "52% of the allocation distributed by the end of Q2."),
            ("TI1.2", "Review the Council Tax Reduction Scheme for 2026/27 and consult on changes",
             "Cabinet Member for Resources", "Head of Revenues & Benefits",
             d(2025, 10, 1), "Jan 2026", None, "Grey", "Grey",
             "Modelling under way; public consultation to open in October."),
        ]),
    ]),
]


def build_east_suffolk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Key"
    ws["A1"] = ES_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 (July – September 2025) – report to Cabinet"
    ws["A4"] = "Key"
    ws["A4"].font = Font(bold=True)
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Minor issues – recoverable"),
           ("Red", "Significant issues – Cabinet attention needed"), ("Grey", "Not yet started")]
    for i, (col, label) in enumerate(key):
        ws.cell(row=5 + i, column=1).fill = fill(RAGFILL[col])
        ws.cell(row=5 + i, column=1).border = BOX
        ws.cell(row=5 + i, column=2, value=label)
    ws["A11"] = "Q1 = position at 30 June 2025; Q2 = position at 30 September 2025."
    ws["A12"] = ("Where a completion date has been revised, the revised date is shown in the Revised completion "
                 "column and the original date is kept for reference.")
    ws["A14"] = "Theme"
    ws["B14"] = "Actions"
    ws["A14"].font = ws["B14"].font = Font(bold=True)
    for i, (theme, pris) in enumerate(ES_THEMES):
        ws.cell(row=15 + i, column=1, value=theme)
        ws.cell(row=15 + i, column=2, value=sum(len(a) for _, a in pris))
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 50

    for theme, pris in ES_THEMES:
        ws = wb.create_sheet(theme)
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=16, color="FF00587C")
        ws["A2"] = "Our Direction 2028 – Strategic Plan Delivery Tracker 2025/26 – Quarter 2"
        ws.merge_cells("H3:I3")
        ws["H3"] = "RAG status"
        ws["H3"].alignment = Alignment(horizontal="center")
        ws["H3"].font = Font(bold=True)
        hdr = ["Ref", "Action", "Cabinet Member", "Lead Officer", "Start", "Original completion",
               "Revised completion", "Q1", "Q2", "Q2 commentary"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.fill = fill("00587C")
            cell.alignment = WRAP
            cell.border = BOX
        r = 5
        for pri, acts in pris:
            ws.cell(row=r, column=1, value=pri).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            r += 1
            for ref, action, member, officer, start, orig, rev, q1, q2, comm in acts:
                vals = [ref, action, member, officer, start, orig, rev, None, None, comm]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm yyyy"
                ws.cell(row=r, column=8).fill = fill(RAGFILL[q1])
                ws.cell(row=r, column=9).fill = fill(RAGFILL[q2])
                r += 1
        widths = {"A": 8, "B": 50, "C": 24, "D": 26, "E": 10, "F": 12, "G": 12, "H": 6, "I": 6, "J": 48}
        for k, v in widths.items():
            ws.column_dimensions[k].width = v
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Ealing fostering service development plan (csv)
# ---------------------------------------------------------------------------
EALING_TITLE = "London Borough of Ealing – Fostering Service Development Plan 2025/26"
EALING_ROWS = [
    # objective (blank = same as above), no., action, responsible, timescale, status, progress
    ("1. Increase the number of in-house fostering households", "1.1",
     "Deliver a year-round recruitment campaign through the West London Fostering Hub, targeting carers for teenagers and sibling groups",
     "Fostering Recruitment Team Manager", "March 2026", "Green",
     "Enquiries up 38% on the same period last year; 11 households in assessment."),
    ("", "1.2",
     "Launch the ‘Foster Friends’ referral scheme for existing carers\n(£500 payment when a referred household is approved)",
     "Fostering Recruitment Team Manager", "Sept 2025", "Complete",
     "Scheme launched at the Foster Carer Awards in June."),
    ("", "1.3",
     "Complete mainstream assessments within six months of the initial visit",
     "Assessment Team Manager / Fostering Panel Adviser", "Ongoing", "Amber",
     "Average 7.2 months; two assessments delayed by medical checks."),
    ("2. Support and retain our foster carers", "2.1",
     "Review foster carer allowances and skills payments against the London benchmark",
     "Head of Placements and Resources", "31/12/2025", "Amber",
     "Benchmarking complete; proposals to go to Cabinet in December."),
    ("", "2.2",
     "Introduce the Mockingbird constellation model with a first hub home",
     "Head of Placements and Resources", "Q4 2025/26", "Not started",
     "Bid to the Fostering Network submitted; awaiting outcome."),
    ("", "2.3",
     "Hold quarterly foster carer forums with the Director of Children's Services",
     "Service Manager, Fostering", "Quarterly", "Green",
     "Forums held in April and July; next forum 14 October."),
    ("3. Strengthen support for kinship (connected person) carers", "3.1",
     "Set up a dedicated kinship support team in line with the national Kinship Care Strategy",
     "Kinship Team Manager", "Jan 2026", "Green",
     "Two of three posts recruited."),
    ("", "3.2",
     "Complete all Regulation 24 connected person assessments within 16 weeks",
     "Kinship Team Manager", "Apr 2025 – Mar 2026", "Red",
     "Only 55% completed within 16 weeks; backlog plan agreed with the Head of Service."),
    ("4. Prepare for inspection and strengthen quality assurance", "4.1",
     "Update the Fostering Statement of Purpose and Children's Guide and present them to Cabinet for approval",
     "Fostering Panel Adviser", "Sep-25", "Complete",
     "Approved by Cabinet on 17 September 2025 and published on the website."),
]


def build_ealing(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([EALING_TITLE, "", "", "", "", "", ""])
        w.writerow(["Appendix B to the Fostering Service Annual Report 2024/25 – Corporate Parenting Panel, 15 July 2025",
                    "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Objective", "No.", "Action", "Responsible officer", "Timescale", "Status",
                    "Progress at September 2025"])
        for row in EALING_ROWS:
            w.writerow(list(row))
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Status key: Green = on track; Amber = some slippage; Red = off track; Complete; Not started",
                    "", "", "", "", "", ""])


# ---------------------------------------------------------------------------
# 4. Wrexham YJS youth justice plan service development plan (tab-separated txt)
# ---------------------------------------------------------------------------
WREX_TITLE = "Wrexham Youth Justice Service – Youth Justice Plan 2025-26: Service Development Plan"
WREX_PRIORITIES = [
    ("Priority 1: Child First – participation and voice", [
        # ref, action lines, lead, target, rag, update
        ("1.1", ["Refresh the YJS Participation Strategy with children, using the Hear by Right standards"],
         "Participation Officer", "Sept 2025", "B", "Strategy signed off by the Management Board in September."),
        ("1.2", ["Introduce a 'you said, we did' feedback loop at the end of every intervention"],
         "Team Manager (Operations)", "Mar-26", "G", "Feedback form co-designed with the Youth Forum."),
    ]),
    ("Priority 2: Prevention and diversion", [
        ("2.1", ["Deliver the Young Futures Panel pilot with North Wales Police and Flintshire YJS",
                 "(Home Office pilot – multi-agency panels for children aged 10-17 at risk of serious violence)"],
         "YJS Service Manager", "Mar-26", "G", "First panels held in July; 9 children referred."),
        ("2.2", ["Review the Bureau and Turnaround out-of-court decision-making process with North Wales Police"],
         "Prevention Team Manager / Police Sergeant (YJS)", "31/12/25", "A",
         "Review started; police capacity has delayed joint case audit."),
    ]),
    ("Priority 3: Education, training and employment", [
        ("3.1", ["Agree a protocol with the Education Service for children open to the YJS who are on reduced timetables or EOTAS"],
         "YJS Education Officer / Inclusion Service Manager", "End of Dec 2025", "A",
         "Draft protocol with Education legal team."),
        ("3.2", ["Track ETE hours for every child open to the YJS and report them to the Management Board"],
         "YJS Education Officer", "Termly", "G", "Summer term report presented in September."),
    ]),
    ("Priority 4: Serious violence and exploitation", [
        ("4.1", ["Contribute to the North Wales Serious Violence Duty strategic needs assessment and response strategy"],
         "YJS Service Manager", "Jan 2026", "G", "YJS data submitted to the regional analyst."),
        ("4.2", ["Make sure every child at risk of exploitation has a multi-agency safety plan reviewed at the Exploitation Panel"],
         "Team Manager (Operations)", "Sept 2025 – March 2026", "R",
         "Audit found 6 of 14 children without a current safety plan; escalated to the Board."),
    ]),
    ("Priority 5: Constructive resettlement", [
        ("5.1", ["Develop an accommodation pathway with Housing Options for 16 and 17 year olds leaving custody"],
         "Senior Practitioner (Resettlement)", "Feb-26", "NS", "Not started – scheduled to begin in Q3."),
        ("5.2", ["Train all case managers in the Trauma Recovery Model (Enhanced Case Management)"],
         "Forensic Psychologist / Team Manager (Operations)", "30 November 2025", "G",
         "Two of three training days delivered."),
    ]),
]


def build_wrexham(path):
    lines = [
        WREX_TITLE,
        "Gwasanaeth Cyfiawnder Ieuenctid Wrecsam – Cynllun Cyfiawnder Ieuenctid 2025-26",
        "Owner: YJS Service Manager    Monitored by: Wrexham Youth Justice Management Board (quarterly)    Last updated: 14 October 2025",
        "RAG: B = complete   G = on track   A = some slippage   R = off track   NS = not started",
        "",
        "Ref\tAction\tLead\tTarget date\tRAG\tUpdate",
    ]
    for pri, acts in WREX_PRIORITIES:
        lines.append(pri)
        for ref, alines, lead, target, rag, upd in acts:
            lines.append("\t".join([ref, alines[0], lead, target, rag, upd]))
            for extra in alines[1:]:
                lines.append("\t".join(["", extra, "", "", "", ""]))
        lines.append("")
    lines.append("Next review: Youth Justice Management Board, January 2026")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Liverpool ASC LGA peer challenge action plan – typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
LIV_TITLE = "Liverpool City Council Adult Social Care – LGA Preparation for Assurance Peer Challenge: Action Plan"
LIV_THEMES = [
    ("Theme 1: Working with people", [
        ("1", "Develop a clear, shared narrative of what good looks like for people who draw on care and support in Liverpool, and tell that story consistently.", [
            ("1.1", "Complete the ASC self-assessment and test it with people with lived experience through the Making It Real board",
             "Principal Social Worker", d(2023, 11, 30), "Green", "Draft self-assessment shared with the board on 6 November."),
            ("1.2", "Publish an easy-read summary of the self-assessment for residents",
             "Head of Engagement", d(2024, 1, 31), "Amber", "Easy-read version with the design team."),
        ]),
        ("2", "Reduce waiting times for Care Act assessments and reviews.", [
            ("2.1", "Introduce a 'waiting well' protocol with contact every six weeks for everyone waiting for an assessment",
             "Head of Locality Social Work", d(2023, 12, 31), "Green", "Protocol live in all three localities."),
            ("2.2", "Commission additional review capacity to clear overdue annual reviews",
             "Head of Commissioning / Head of Locality Social Work", d(2024, 3, 31), "Amber",
             "Overdue reviews down from 2,140 to 1,610."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("3", "Strengthen market shaping so that supply better matches demand for home care and nursing care.", [
            ("3.1", "Refresh the Market Position Statement with providers and publish it on the council website",
             "Head of Commissioning", d(2024, 2, 29), "Green", "Provider workshops held in October and November."),
        ]),
        ("4", "Increase the number of people who use direct payments.", [
            ("4.1", "Launch a direct payments support service to help people recruit personal assistants",
             "Personalisation Lead", "0ct-23", "Blue", "Service launched with 24 people supported so far."),
        ]),
    ]),
    ("Theme 3: Ensuring safety", [
        ("5", "Reduce the backlog of Deprivation of Liberty Safeguards (DoLS) applications.", [
            ("5.1", "Use a prioritisation tool for all DoLS applications and commission additional Best Interests Assessors",
             "DoLS Service Manager", d(2024, 3, 31), "Red", "Backlog remains over 1,900; BIA framework re-tendered."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("6", "Make sure the Living Better Lives programme has clear milestones that staff and partners understand.", [
            ("6.1", "Publish a Living Better Lives roadmap and hold staff briefings in every team",
             "Director of Adult Social Care", d(2023, 12, 31), "Green", "Roadmap published; 14 of 18 team briefings held."),
        ]),
    ]),
]


def build_liverpool(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = LIV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Peer challenge on site 20 – 22 June 2023; final report August 2023"
    ws["A3"] = "Monitored by the Living Better Lives Programme Board | Version 1.4 | Updated 8 January 2024"
    ws["A3"].font = Font(italic=True)
    hdr = ["Rec", "Peer team recommendation", "Ref", "Action", "Lead", "Target date", "RAG", "Progress (December 2023)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for theme, recs in LIV_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("F2DCDB")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for recno, rectext, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=recno)
            ws.cell(row=r, column=2, value=rectext)
            for ref, action, lead, target, rag, prog in acts:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=action)
                ws.cell(row=r, column=5, value=lead)
                tc = ws.cell(row=r, column=6, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "mmm-yy"
                ws.cell(row=r, column=7, value=rag).fill = fill(RAGFILL[rag])
                ws.cell(row=r, column=8, value=prog)
                for c in range(1, 9):
                    ws.cell(row=r, column=c).alignment = WRAP
                    ws.cell(row=r, column=c).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue – complete, Green – on track, Amber – at risk, Red – off track")
    widths = {"A": 6, "B": 40, "C": 6, "D": 48, "E": 28, "F": 11, "G": 9, "H": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(path)


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def header_row(table, labels, hexcol="1F3864"):
    for i, h in enumerate(labels):
        cell = table.rows[0].cells[i]
        cell.text = h
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(cell, hexcol)


# ---------------------------------------------------------------------------
# 6. Wiltshire Council scrutiny recommendations tracker (docx)
# ---------------------------------------------------------------------------
WILTS_TITLE = "Wiltshire Council Overview and Scrutiny: Recommendations Tracker"
WILTS_GROUPS = [
    ("1. Financial Planning Task Group – Budget and Medium-Term Financial Strategy 2025/26",
     "Executive response received: Cabinet, 4 February 2025", [
         # no, recommendation, response, lead, target, progress, rag
         ("1.1", "That the Cabinet Member for Finance publishes a reconciliation of the savings proposals in the MTFS to the savings delivered by services in 2024/25.",
          "Accepted. A reconciliation will be included in the quarterly budget monitoring reports.",
          "Director of Finance and Procurement (S151 Officer)", "June 2025",
          "Included in the Q1 budget monitoring report to Cabinet on 22 July 2025.", "Green"),
         ("1.2", "That the Executive sets out the planned use of earmarked reserves over the MTFS period.",
          "Accepted.", "Director of Finance and Procurement (S151 Officer)", "February 2026",
          "To be included in the 2026/27 budget report.", "Amber"),
         ("1.3", "That the task group receives regular updates on the savings delivered by the Evolve programme.",
          "Accepted in part – updates will be provided every six months rather than quarterly.",
          "Director of Transformation", "Ongoing", "First six-monthly update given to the task group in September 2025.",
          "Amber"),
     ]),
    ("2. Rapid Scrutiny Exercise – Corporate Key Performance Indicators",
     "Executive response received: Cabinet, 30 September 2025", [
         ("2.1", "That each corporate KPI has a named lead officer and a published target.",
          "Accepted.", "Head of Corporate Performance and Risk", "December 2025",
          "Targets agreed for 31 of the 38 corporate KPIs.", "Amber"),
         ("2.2", "That the Performance and Outcomes Report to Cabinet shows trend data for at least the previous eight quarters.",
          "Accepted.", "Head of Corporate Performance and Risk", "September 2025",
          "Trend charts added from the Q1 2025/26 report.", "Green"),
         ("2.3", "That the adult social care KPIs include waiting times for Care Act assessments.",
          "Accepted – to be reported from Quarter 3.", "Director of Adult Social Services", "January 2026",
          "Data quality problems in the new case management system have delayed reporting.", "Red"),
     ]),
    ("3. Highways Maintenance Task Group",
     "Executive response received: Cabinet, 10 June 2025", [
         ("3.1", "That the Council publishes its pothole repair performance by community area each quarter.",
          "Accepted.", "Director of Highways and Transport", "By 31 October 2025",
          "Dashboard published on the Council website in October.", "Green"),
         ("3.2", "That Area Boards are invited each year to agree local highway maintenance priorities with the Council.",
          "Accepted.", "Cabinet Member for Highways; Director of Highways and Transport", "March 2026",
          "Pilot with three Area Boards in the autumn cycle.", "Amber"),
     ]),
]


def build_wiltshire(path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_heading(WILTS_TITLE, level=0)
    doc.add_paragraph("Report to the Overview and Scrutiny Management Committee – 19 November 2025")
    doc.add_paragraph(
        "This tracker records the Executive response to each recommendation agreed by a task group or rapid "
        "scrutiny exercise and the progress reported by the lead officer. Recommendations shown as implemented at "
        "two consecutive meetings are removed from the tracker.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (col, label) in enumerate([(GREEN, "Implemented – recommendation delivered"),
                                      (AMBER, "In progress"),
                                      (RED, "Not progressed or behind schedule")]):
        shade(key.rows[i].cells[0], col)
        key.rows[i].cells[1].text = label
    for title, resp, rows in WILTS_GROUPS:
        doc.add_heading(title, level=2)
        doc.add_paragraph(resp).runs[0].italic = True
        t = doc.add_table(rows=1 + len(rows), cols=7)
        t.style = "Table Grid"
        header_row(t, ["No.", "Recommendation", "Executive response", "Lead", "Target date",
                       "Progress update", "RAG"], "D9E2F3")
        for i, (no, rec, er, lead, target, prog, rag) in enumerate(rows, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([no, rec, er, lead, target, prog]):
                cells[j].text = v
            shade(cells[6], RAGFILL[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Contact: Senior Scrutiny Officer, Democratic Services")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Gwent Safeguarding Board annual plan action plan (docx)
# ---------------------------------------------------------------------------
GWENT_TITLE = "Gwent Safeguarding Board Annual Plan 2025-26"
GWENT_PRIORITIES = [
    ("Joint Priority 1: Learning from reviews", [
        ("Ensure learning from Child Practice Reviews, Adult Practice Reviews and Single Unified Safeguarding Reviews (SUSR) changes practice across the region", [
            ("JP1.1", "Establish the regional SUSR panel and agree terms of reference with the Community Safety Partnerships",
             "Business Unit Manager", "w/c 15/09/25", "Terms of reference approved by the Joint Board in September.", "B"),
            ("JP1.2", "Publish a 7-minute briefing for each completed review within one month of Board sign-off",
             "Practice Review Sub Group Chair", "Ongoing", "Briefings published for CPR 3/2024 and APR 1/2025.", "G"),
        ]),
        ("Test the impact of learning through multi-agency audit", [
            ("JP1.3", "Complete a multi-agency audit of strategy discussions against the Wales Safeguarding Procedures",
             "Quality Assurance Sub Group Chair", "Q3 2025/26", "Audit tool agreed; health case sample delayed.", "A"),
        ]),
    ]),
    ("Joint Priority 2: Exploitation", [
        ("Improve the multi-agency response to children and adults at risk of exploitation", [
            ("JP2.1", "Bring the child and adult exploitation pathways together into a single all-age exploitation protocol",
             "Exploitation Sub Group Chair / Detective Inspector (Gwent Police Public Protection Unit)", "March 2026",
             "Draft protocol out for partner comment.", "G"),
            ("JP2.2", "Deliver exploitation awareness training to taxi licensing officers in all five local authorities",
             "Regional Safeguarding Training Coordinator", "Sept 2025 – March 2026",
             "Sessions held in two of five authorities.", "A"),
        ]),
    ]),
    ("SEWSCB Priority: Neglect", [
        ("Embed the Graded Care Profile 2 (GCP2) across Gwent", [
            ("SC1", "Train 150 practitioners across health, education and social care to use GCP2",
             "RG/JF", "31/01/2026", "96 practitioners trained to date.", "G"),
            ("SC2", "Report GCP2 use by local authority area to the SEWSCB each quarter",
             "Business Unit Performance Officer", "Quarterly", "Data not yet provided by two local authorities.", "R"),
        ]),
    ]),
    ("GwASB Priority: Self-neglect", [
        ("Strengthen the response to adults who self-neglect", [
            ("AB1", "Review and relaunch the Gwent Self-Neglect and Hoarding Protocol",
             "Head of Adult Services (Torfaen) & Safeguarding Lead Nurse (ABUHB)", "December 2025",
             "Review group has met twice; fire service input awaited.", "A"),
            ("AB2", "Hold a regional learning event on self-neglect during National Safeguarding Week",
             "Business Unit Manager", "Nov-25", "Planned for National Safeguarding Week, 10 – 14 November 2025.", ""),
        ]),
    ]),
]


def build_gwent(path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_heading(GWENT_TITLE, level=0)
    p = doc.add_paragraph("Action plan progress report – Quarter 2 (July to September 2025)")
    p.runs[0].bold = True
    doc.add_paragraph("Gwent-wide Adult Safeguarding Board (GwASB) and South East Wales Safeguarding Children Board (SEWSCB)")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Author", "Comments"],
                             ["0.1", "01/10/2025", "Business Unit", "Draft for Business Planning Group"],
                             ["1.0", "22/10/2025", "Business Unit Manager", "Approved by the Joint Board"]]):
        for j, v in enumerate(row):
            dc.rows[i].cells[j].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: B – Complete | G – On track | A – Some delay, action in hand | "
                      "R – Significant delay, Board attention required")
    for pri, objectives in GWENT_PRIORITIES:
        doc.add_heading(pri, level=1)
        n = sum(len(a) for _, a in objectives)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        header_row(t, ["Objective", "Ref", "Action", "Lead", "Timescale", "Q2 progress", "RAG"], "BDD7EE")
        r = 1
        for obj, acts in objectives:
            first = r
            for ref, action, lead, ts, prog, rag in acts:
                cells = t.rows[r].cells
                for j, v in enumerate([ref, action, lead, ts, prog, rag], 1):
                    cells[j].text = v
                if rag:
                    cells[6].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                r += 1
            top = t.cell(first, 0)
            if r - 1 > first:
                top = top.merge(t.cell(r - 1, 0))
            top.text = obj
    doc.add_paragraph("")
    doc.add_paragraph("Progress is reported to the Business Planning Group each quarter and to the Joint Board twice a year.")
    doc.save(path)


FILES = [
    ("zbm-hertfordshire-county-council-send-strategy-improvement-plan.xlsx", build_herts),
    ("zbm-east-suffolk-council-our-direction-2028-delivery-tracker-2025-26.xlsx", build_east_suffolk),
    ("zbm-ealing-council-fostering-service-development-plan-2025-26.csv", build_ealing),
    ("zbm-wrexham-youth-justice-service-youth-justice-plan-2025-26-service-development-plan.txt", build_wrexham),
    ("zbm-liverpool-city-council-asc-lga-peer-challenge-action-plan-typo-month-refuse.xlsx", build_liverpool),
    ("zbm-wiltshire-council-overview-scrutiny-recommendations-tracker.docx", build_wiltshire),
    ("zbm-gwent-safeguarding-board-annual-plan-2025-26-action-plan.docx", build_gwent),
]

if __name__ == "__main__":
    for name, fn in FILES:
        fn(os.path.join(HERE, name))
        print("wrote", name)
