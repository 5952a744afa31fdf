#!/usr/bin/env python3
"""Build the seven zsi- blind test files (set heldout685).

Run with /work/main/.venv/bin/python zsi_make.py ; it writes the data files beside
itself.  The expected readings (NAME.expected.yaml) are separate, hand-checked files.

Each ACTIONS list below holds, per action, the cell values written into the file and
the reading a person makes of them (lead list, end month, status).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "5B9BD5", "70AD47", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Adoption in Merseyside (AiM) RAA - service development plan (xlsx)
# ---------------------------------------------------------------------------
AIM_FILE = "zsi-adoption-in-merseyside-raa-service-development-plan-2025-26.xlsx"
AIM_P1 = "Priority 1: Early permanence – more children benefit from early permanence placements"
AIM_P2 = "Priority 2: Adopter recruitment and sufficiency – the right adopters for the children waiting"
AIM_P3 = "Priority 3: Adoption support – timely, trauma-informed support for adoptive families"
AIM_P4 = "Priority 4: Listening to adopted people and their families"

# (ref, action, lead cell, start, target, revised, q2 fill, q3 fill, update)
AIM_ROWS = [
    ("band", AIM_P1),
    ("1.1", "Establish a single AiM early permanence pathway, with a named early permanence link worker in each partner authority’s court team",
     "Team Manager – Family Finding & Early Permanence", D(2025, 4, 1), D(2025, 9, 30), None, "green", "blue",
     "Pathway launched 1 September 2025; link workers in place in Knowsley, Liverpool, Sefton and Wirral."),
    ("1.2", "Recruit and approve at least 12 early permanence (foster to adopt) households during 2025-26",
     "Recruitment & Assessment Team Manager", D(2025, 4, 1), "March 2026", None, "green", "amber",
     "7 households approved to the end of Q3 and 3 in assessment. Two assessments paused at the applicants’ request, so the target is at risk."),
    ("1.3", "Deliver joint early permanence briefings for the judiciary, Cafcass and local authority legal teams across Merseyside",
     "Head of Service, AiM; Practice Development Lead", D(2025, 6, 1), D(2025, 12, 31), D(2026, 2, 28), "amber", "amber",
     "Judicial session booked for 11 February 2026 at Liverpool Family Court. Revised date agreed by the Partnership Board."),
    ("band", AIM_P2),
    ("2.1", "Refresh the AiM recruitment strategy, with a targeted campaign for adopters for sibling groups, children aged over four and children of Black, Asian and mixed heritage",
     "Marketing & Recruitment Lead", D(2025, 5, 1), D(2025, 7, 31), None, "blue", "blue",
     "Strategy signed off in July 2025; ‘Could you?’ campaign live from 8 September 2025."),
    ("2.2", "Reduce the average time from registration of interest to approval to 8 months (stage one and stage two combined)",
     "Recruitment & Assessment Team Manager", D(2025, 4, 1), "Mar-26", None, "amber", "red",
     "Average is currently 9.6 months. Assessor capacity reduced by two vacancies; recovery plan to the Partnership Board in January."),
    ("2.3", "Agree an interagency placement protocol with the North West RAAs and voluntary adoption agencies to reduce delay in matching",
     "Head of Service, AiM", D(2025, 9, 1), "Q4 2025/26", None, None, "green",
     "Draft protocol discussed at the North West RAA leaders’ meeting in November 2025."),
    ("band", AIM_P3),
    ("3.1", "Introduce a duty and triage model so that every new adoption support request is assessed within 20 working days",
     "Adoption Support Team Manager", D(2025, 4, 1), D(2025, 10, 31), None, "green", "blue",
     "Duty model live from 1 October 2025; 94% of Q3 requests assessed within 20 working days."),
    ("3.2", "Run the AiM therapeutic parenting programme twice a year.\nOffer one cohort jointly to special guardians with the partner authorities’ kinship teams.",
     "Adoption Support Team Manager / Clinical Psychologist", D(2025, 4, 1), "Ongoing", None, "green", "green",
     "Cohort 1 completed (14 families). Cohort 2 started in November 2025 with 5 special guardianship families."),
    ("band", AIM_P4),
    ("4.1", "Set up an AiM adopted young people’s group and hold a ‘you said, we did’ event each year",
     "Participation Officer", D(2025, 6, 1), D(2026, 3, 31), None, "green", "green",
     "Group meets monthly (9 members). First ‘you said, we did’ event planned for March 2026."),
    ("4.2", "Audit life story books and later life letters completed in 2025-26 against the AiM quality standard",
     "Practice Development Lead", D(2025, 7, 1), "Mar-26", "Jun-26", "amber", "amber",
     "Audit tool agreed. Dip sample of 20 cases moved to Q1 2026-27 because of the adoption support duty launch."),
]


def build_aim():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Adoption in Merseyside (AiM)"
    cov["A1"].font = Font(bold=True, size=16, color="5B2C6F")
    cov["A2"] = "Regional Adoption Agency for Knowsley, Liverpool, Sefton and Wirral – hosted by Liverpool City Council"
    cov["A4"] = "Service Development Plan 2025-26"
    cov["A4"].font = Font(bold=True, size=14)
    cov["A5"] = "Quarter 3 update (October – December 2025)"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    control = [
        ("Version", "3.1"),
        ("Owner", "Head of Service, AiM"),
        ("Approved by", "AiM Partnership Board, 18 June 2025"),
        ("Last updated", "14/01/2026"),
        ("Next review", "AiM Partnership Board, March 2026"),
    ]
    for i, (k, v) in enumerate(control, start=8):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 48

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([
        (BLUE, "Complete – action delivered and evidenced"),
        (GREEN, "On track"),
        (AMBER, "Some slippage – recovery in hand"),
        (RED, "Off track – escalated to the AiM Partnership Board"),
    ], start=3):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 1).border = BOX
        key.cell(i, 2, txt)
    key["A8"] = "Where the Partnership Board has agreed a revised date it is shown in the ‘Revised date’ column and replaces the target date."
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("SDP 2025-26")
    ws["A1"] = "AiM Service Development Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress at Quarter 3 – reported to the AiM Partnership Board, 21 January 2026"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Action", "Lead", "Start", "Target date", "Revised date", "Q2", "Q3", "Q3 progress update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for row in AIM_ROWS:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = fill("D9D2E9")
            r += 1
            continue
        ref, act, lead, start, target, revised, q2, q3, upd = row
        vals = [ref, act, lead, start, target, revised, None, None, upd]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(r, 4).number_format = "mmm-yy"
        for c in (5, 6):
            if isinstance(ws.cell(r, c).value, dt.datetime):
                ws.cell(r, c).number_format = "dd/mm/yyyy"
        if q2:
            ws.cell(r, 7).fill = fill(FILL[q2])
        if q3:
            ws.cell(r, 8).fill = fill(FILL[q3])
        r += 1
    r += 1
    ws.cell(r, 1, "Q3 summary").font = Font(bold=True)
    r += 1
    for label, n, col in [("Complete", 3, BLUE), ("On track", 3, GREEN), ("Some slippage", 3, AMBER),
                          ("Off track", 1, RED)]:
        ws.cell(r, 2, label).fill = fill(col)
        ws.cell(r, 3, n)
        r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, 10).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Note: the Q2 column shows the position reported to the Partnership Board on 15 October 2025.")
    widths = [6, 55, 30, 9, 12, 12, 6, 6, 55]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, AIM_FILE))


# ---------------------------------------------------------------------------
# 2. Bristol local area SEND Accelerated Action Plan (xlsx, sheet per area)
# ---------------------------------------------------------------------------
BRI_FILE = "zsi-bristol-local-area-send-accelerated-action-plan.xlsx"
BRI_AREAS = [
    ("AoW1 EHC plans",
     "Area of weakness 1: The quality and timeliness of education, health and care (EHC) plans",
     "What success looks like: 60% of new EHC plans issued within 20 weeks by December 2023, and 80% of audited plans judged ‘good’ or better.",
     [
         ("AAP1.1", "Recruit additional EHC plan coordinators and educational psychologists to clear the backlog of assessments over 20 weeks",
          "Head of SEND Statutory Services", D(2023, 3, 31), D(2023, 6, 30), "Complete",
          "8 FTE coordinators and 3 educational psychologists in post by June 2023; backlog reduced from 412 to 96."),
         ("AAP1.2", "Establish a multi-agency quality assurance panel that audits 10% of new EHC plans each month, with health and social care advice audited alongside the education sections",
          "Head of SEND Statutory Services / ICB Designated Clinical Officer", "Dec 2023", None, "On track",
          "Panel meeting monthly since May 2023. 71% of audited plans judged good or better (target 80%)."),
         ("AAP1.3", "Co-produce a new EHC plan template and a ‘what a good plan looks like’ guide with Bristol Parent Carer Forum",
          "Principal Educational Psychologist; Bristol Parent Carer Forum Co-Chair", D(2023, 6, 30), D(2023, 10, 31), "Complete",
          "New template in use for all plans issued from 1 November 2023."),
     ]),
    ("AoW2 Neurodevelopmental",
     "Area of weakness 2: Waiting times for neurodevelopmental (autism and ADHD) assessment and support while waiting",
     "What success looks like: no child waits more than 52 weeks for an autism assessment by March 2024, and families report that they are supported while they wait.",
     [
         ("AAP2.1", "Commission additional autism assessment capacity from the independent sector to reduce the waiting list for children aged 5 to 18",
          "ICB Head of Children’s Commissioning", D(2023, 5, 31), None, "Complete",
          "Contract awarded April 2023; 640 additional assessments completed by November 2023."),
         ("AAP2.2", "Launch a ‘support while you wait’ offer for families, with a single point of contact and monthly workshops",
          "Service Manager (Community Children’s Health Partnership)", "Jul-23", "Mar-24", "At risk",
          "Single point of contact live. Workshops paused October–November 2023 because of staff sickness."),
         ("AAP2.3", "Publish monthly neurodevelopmental waiting-time data on Bristol’s Local Offer",
          "Local Offer Manager", "Sep-23", None, "Off track",
          "Data sharing agreement with the provider not yet signed; first publication now expected February 2024."),
     ]),
    ("AoW3 Inclusion",
     "Area of weakness 3: The use of part-time timetables and exclusions for children and young people with SEND",
     "What success looks like: a reduction in suspensions of pupils with SEND in line with statistical neighbours, and every part-time timetable known to the local authority.",
     [
         ("AAP3.1", "Issue guidance to all schools on the lawful use of part-time timetables and require schools to notify the local authority of every part-time timetable",
          "Head of Inclusion", "Summer term 2023", None, "Complete",
          "Guidance issued June 2023; notification form live on the schools’ portal."),
         ("AAP3.2", "Extend the Inclusion Support Team’s outreach to the 20 secondary schools with the highest suspension rates for pupils with SEND",
          "Head of Inclusion; Inclusion Support Team Manager", D(2023, 12, 31), None, "On track",
          "17 of the 20 schools engaged; remaining three visits booked for December."),
         ("AAP3.3", "Report exclusion and part-time timetable data for pupils with SEND to the SEND Partnership Group",
          "Performance & Intelligence Manager (Education)", "Half-termly", None, "On track",
          "Reported in September and November 2023."),
     ]),
]
BRI_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def build_bristol():
    wb = openpyxl.Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Bristol Local Area SEND Accelerated Action Plan (AAP)"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Bristol City Council, NHS Bristol, North Somerset and South Gloucestershire ICB and Bristol Parent Carer Forum"
    ov["A3"] = "Plan agreed with the DfE and NHS England following the Ofsted/CQC revisit of October 2022 – progress at December 2023"
    ov["A5"] = "Areas of weakness where inspectors found insufficient progress:"
    ov["A5"].font = Font(bold=True)
    for i, (_, heading, _, _) in enumerate(BRI_AREAS, start=6):
        ov.cell(i, 1, heading)
    ov["A10"] = "Status summary (December 2023)"
    ov["A10"].font = Font(bold=True)
    heads = ["Area", "Complete", "On track", "At risk", "Off track", "Total"]
    for c, h in enumerate(heads, start=1):
        ov.cell(11, c, h).font = Font(bold=True)
        ov.cell(11, c).border = BOX
    summary = [("Area of weakness 1", 2, 1, 0, 0, 3), ("Area of weakness 2", 1, 0, 1, 1, 3),
               ("Area of weakness 3", 1, 2, 0, 0, 3), ("Total", 4, 3, 1, 1, 9)]
    for r, row in enumerate(summary, start=12):
        for c, v in enumerate(row, start=1):
            ov.cell(r, c, v).border = BOX
    ov["A17"] = "Status key"
    ov["A17"].font = Font(bold=True)
    for r, (k, txt) in enumerate([
        ("Complete", "Action delivered and impact evidenced"),
        ("On track", "Progressing to the agreed deadline (Green)"),
        ("At risk", "May miss the deadline – mitigation in place (Amber)"),
        ("Off track", "Will miss the deadline – escalated to the SEND Partnership Group (Red)"),
    ], start=18):
        ov.cell(r, 1, k).fill = fill(BRI_STATUS_FILL[k])
        ov.cell(r, 2, txt)
    ov.column_dimensions["A"].width = 40
    for col in "BCDEF":
        ov.column_dimensions[col].width = 12

    for sheet, heading, success, acts in BRI_AREAS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:G1")
        ws["A2"] = success
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:G2")
        hdr = ["Action no.", "Action", "Lead(s)", "Original deadline", "Revised deadline", "Status",
               "Progress / evidence (December 2023)"]
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("DDEBF7")
            cell.border = BOX
            cell.alignment = WRAP
        for r, (ref, act, lead, orig, rev, status, upd) in enumerate(acts, start=5):
            for c, v in enumerate([ref, act, lead, orig, rev, status, upd], start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(BRI_STATUS_FILL[status])
        for i, w in enumerate([10, 55, 32, 14, 14, 11, 50], start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, BRI_FILE))


# ---------------------------------------------------------------------------
# 3. Middlesbrough Council scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
MID_FILE = "zsi-middlesbrough-council-overview-and-scrutiny-recommendations-tracker.csv"
MID_R1 = "Homelessness (Overview and Scrutiny Board, final report April 2024)"
MID_R2 = "Fly-tipping and Environmental Enforcement (Place Scrutiny Panel, final report January 2025)"
MID_R3 = "School Attendance (Children and Young People’s Learning Scrutiny Panel, final report March 2025)"
MID_HEADER = ["Scrutiny review", "Rec No.", "Recommendation", "Proposed action", "Responsibility",
              "Original completion date", "Revised completion date", "Progress update", "RAG"]
MID_ROWS = [
    [MID_R1, "1",
     "That the Executive refresh the Homelessness and Rough Sleeping Strategy, with a specific focus on prevention and on care leavers aged 18 to 25.",
     "Draft a refreshed strategy, consult partners and present it to the Executive for approval.",
     "Head of Housing and Communities", "March 2025", "", "Strategy approved by the Executive on 12 March 2025.", "Achieved"],
    ["", "2",
     "That the use of bed and breakfast accommodation for families with children be reduced to the legal minimum.",
     "Acquire and refurbish 30 units of council-owned temporary accommodation.",
     "Director of Regeneration / Head of Housing and Communities", "31/03/2025", "30/09/2026",
     "18 units acquired. Refurbishment contract for the remaining 12 units delayed by a procurement challenge.", "R"],
    ["", "2", "",
     "Report the number of families in bed and breakfast accommodation to OSB every six months.",
     "Homelessness Manager", "Six-monthly", "",
     "Last reported September 2025: 11 families, down from 27 in April 2024.", "G"],
    [MID_R2, "1",
     "That enforcement activity be targeted at the ten wards with the highest levels of reported fly-tipping.",
     "Deploy redeployable CCTV cameras at hotspot locations and publish monthly enforcement figures.",
     "Head of Environment Services", "June 2025", "",
     "12 cameras deployed; figures published on the Council’s website every month since July 2025.", "Achieved"],
    ["", "2",
     "That the fixed penalty notice for fly-tipping be increased to the maximum level permitted.",
     "Report to the Executive recommending revised fixed penalty levels.",
     "Environmental Enforcement Manager", "Sept 2025", "Jan 2026",
     "Report deferred so that it can be considered with the 2026/27 fees and charges review.", "A"],
    ["", "3",
     "That residents be able to report fly-tipping, with photographs, through the Council’s website and app.",
     "Add photo upload to the online ‘Report it’ form and the MyMiddlesbrough app.",
     "Head of Digital and ICT; Customer Services Manager", "31/12/2025", "",
     "Online form updated in August 2025; app release scheduled for December.", "G"],
    [MID_R3, "1",
     "That the Council work with schools to reduce persistent absence among pupils with special educational needs.",
     "Appoint two attendance support officers dedicated to pupils with education, health and care plans.",
     "Head of Access to Education", "Sept 2025", "", "Both officers in post from 1 September 2025.", "Achieved"],
    ["", "2",
     "That an annual school attendance report be presented to the Panel.",
     "Produce an annual attendance report with comparisons against the North East and statistical neighbours.",
     "Director of Education and Partnerships", "Annual", "",
     "First report scheduled for the Panel’s November 2025 meeting.", "G"],
    ["", "3",
     "That the Executive Member for Education lobby the Department for Education for additional funding for attendance mentoring.",
     "Letter from the Executive Member to the Minister for School Standards.",
     "Executive Member for Education and Culture", "April 2025", "",
     "Letter sent 2 May 2025; reply received June 2025 and shared with the Panel.", "Achieved"],
]


def build_middlesbrough():
    n = len(MID_HEADER)

    def pad(cells):
        return list(cells) + [""] * (n - len(cells))

    with open(os.path.join(HERE, MID_FILE), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(pad(["Middlesbrough Council – Overview and Scrutiny Board"]))
        w.writerow(pad(["Scrutiny Recommendations Tracker"]))
        w.writerow(pad(["Executive action plans – position at 31 October 2025"]))
        w.writerow(pad([]))
        w.writerow(MID_HEADER)
        for row in MID_ROWS:
            w.writerow(row)
        w.writerow(pad([]))
        w.writerow(pad(["RAG key: Achieved = recommendation implemented, no further monitoring; G = on track; "
                        "A = some slippage; R = significant delay – responsible officer to attend OSB"]))
        w.writerow(pad(["Where a revised completion date has been agreed by OSB it replaces the original date."]))


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


def set_cell(cell, text, bold=False):
    """Write text; inner newlines become separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        q.add_run(part).bold = bold


# ---------------------------------------------------------------------------
# 4. Cardiff Council Corporate Plan delivery tracker (docx)
# ---------------------------------------------------------------------------
CAR_FILE = "zsi-cardiff-council-corporate-plan-2025-28-delivery-tracker-q2-2025-26.docx"
CAR_W1 = "Well-being Objective 1: Cardiff is a great place to grow up"
CAR_W2 = "Well-being Objective 2: Cardiff is a great place to grow older"
CAR_W3 = "Well-being Objective 3: Supporting people out of poverty"
CAR_RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
CAR_SECTIONS = [
    (CAR_W1, [
        ("1.1", "Deliver the Band B Sustainable Communities for Learning programme to:\n• increase the number of school places;\n• improve the condition of school buildings;\n• improve the teaching and learning environment.",
         "Education & Lifelong Learning / Economic Development", "Q4 2025/26", "Green", "Amber",
         "Fitzalan High School handed over. Willows High School delayed by utility diversions; completion now expected in summer 2026."),
        ("1.2", "Improve school attendance, focusing on reducing persistent absence in secondary schools, through the Cardiff Attendance Strategy",
         "Education & Lifelong Learning", "Jul-26", "Green", "Green",
         "Secondary persistent absence down 2.1 percentage points on the same period last year."),
        ("1.3", "Open two new Council-run children’s homes in Cardiff to reduce reliance on out-of-area placements",
         "Children’s Services", "31/03/2026", "Amber", "Red",
         "First home opened in August 2025. Registration of the second home with Care Inspectorate Wales delayed; revised opening not yet confirmed."),
    ]),
    (CAR_W2, [
        ("2.1", "Expand the Get Me Home service with Cardiff and Vale University Health Board to support timely hospital discharge",
         "Adults, Housing & Communities", "Sept 2025", "Green", "Complete",
         "Expanded service operating seven days a week from September 2025."),
        ("2.2", "Develop two new older persons’ community living schemes, increasing the supply of accessible homes for older people",
         "Adults, Housing & Communities", "March 2027", "Green", "Green",
         "Planning consent granted for the first scheme; contractor procurement under way."),
    ]),
    (CAR_W3, [
        ("3.1", "Increase the number of accredited Real Living Wage employers in Cardiff to 300 as part of the Living Wage City commitment",
         "Economic Development", "Mar-26", "Green", "Green",
         "287 accredited employers at the end of September 2025."),
        ("3.2", "Prevent homelessness by maintaining a ‘no first night out’ approach and reducing the use of hotels as emergency accommodation",
         "Adults, Housing & Communities", "Ongoing", "Amber", "Amber",
         "Hotel use reduced from 96 to 71 households, but demand from people leaving asylum accommodation remains high."),
        ("3.3", "Extend the Into Work Advice Service outreach to the six Community Hubs with the highest levels of economic inactivity",
         "Adults, Housing & Communities / Economic Development", "December 2025", "Green", "Green",
         "Outreach running in five hubs; the sixth starts in November."),
    ]),
]


def build_cardiff():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading("Cardiff Council Corporate Plan 2025-28", level=0)
    d.add_paragraph("Delivery of Corporate Plan Steps – Quarter 2 2025/26 (July to September 2025)").runs[0].bold = True
    d.add_paragraph("Appendix B to the Quarter 2 Performance Report – Cabinet, 11 December 2025")
    d.add_paragraph("Key to RAG status").runs[0].bold = True
    kt = d.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    for i, (k, v) in enumerate([("RAG", "Meaning"),
                                ("Complete", "Step delivered"),
                                ("Green", "On track to deliver by the target date"),
                                ("Amber", "Minor issues or slippage – being managed by the directorate"),
                                ("Red", "Significant issues – step at risk of not being delivered")]):
        set_cell(kt.cell(i, 0), k, bold=(i == 0))
        set_cell(kt.cell(i, 1), v, bold=(i == 0))
        if i:
            shade(kt.cell(i, 0), CAR_RAG_FILL[k])
    hdr = ["Ref", "Step", "Lead Directorate", "Target", "Q1 RAG", "Q2 RAG", "Q2 Update"]
    for heading, steps in CAR_SECTIONS:
        d.add_heading(heading, level=1)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "D9E2F3")
        for ref, step, lead, target, q1, q2, upd in steps:
            cells = t.add_row().cells
            for c, v in enumerate([ref, step, lead, target, q1, q2, upd]):
                set_cell(cells[c], v)
            shade(cells[4], CAR_RAG_FILL[q1])
            shade(cells[5], CAR_RAG_FILL[q2])
        d.add_paragraph("")
    d.add_paragraph("Steps rated Red are reported by exception to the Performance Panel of the Policy Review "
                    "and Performance Scrutiny Committee.")
    d.save(os.path.join(HERE, CAR_FILE))


# ---------------------------------------------------------------------------
# 5. Cwm Taf Morgannwg Safeguarding Board SUSR action plan (docx)
# ---------------------------------------------------------------------------
CTM_FILE = "zsi-cwm-taf-morgannwg-safeguarding-board-susr-action-plan.docx"
CTM_T1 = "Learning Theme 1: Understanding coercive and controlling behaviour"
CTM_T2 = "Learning Theme 2: Transition from children’s to adult services"
CTM_REC1 = ("Recommendation 1: All Board partners should ensure that practitioners routinely consider coercive and "
            "controlling behaviour when assessing risk to adults at risk who live with a partner or family member.")
CTM_REC2 = ("Recommendation 2: Agencies should make sure that information about adults with care and support needs "
            "is shared at, and actions followed up from, the Multi-Agency Risk Assessment Conference (MARAC).")
CTM_REC3 = ("Recommendation 3: The Board should seek assurance that young people with care and support needs who are "
            "at risk of exploitation have a transition plan in place by the age of 17.")
CTM_RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}
CTM_SECTIONS = [
    (CTM_T1, [
        (CTM_REC1, [
            ("1.1", "Deliver level 2 coercive control training to adult social care, housing and primary care staff across Bridgend, Merthyr Tydfil and Rhondda Cynon Taf",
             "CTM VAWDASV Regional Team Manager", "31/03/2026",
             "Four sessions delivered (112 staff). Primary care sessions scheduled for February and March 2026.", "Green"),
            ("1.2", "Revise the DASH risk assessment guidance to include prompts on financial control and on carers who are also perpetrators",
             "South Wales Police – Head of Public Protection; CTM UHB Head of Safeguarding", "End of January 2026",
             "Draft circulated to the Case Review Group for comment.", "Amber"),
        ]),
        (CTM_REC2, [
            ("2.1", "Add adult social care representatives from all three local authorities to the core membership of the CTM MARAC",
             "MARAC Chair", "Sept 2025", "Membership revised from 1 September 2025.", "Complete"),
            ("2.2", "Audit 20 MARAC cases to test whether actions for adults with care and support needs are followed up",
             "Chair, Quality Assurance and Performance Sub-group", "June 2026",
             "Audit scheduled for Q1 2026-27.", "Not started"),
        ]),
    ]),
    (CTM_T2, [
        (CTM_REC3, [
            ("3.1", "Introduce a joint children’s and adult services transitions panel in each local authority",
             "Head of Children’s Services / Head of Adult Services", "31/12/2025",
             "Panels operating in Merthyr Tydfil and Rhondda Cynon Taf; the Bridgend panel starts in January 2026.", "Amber"),
            ("3.2", "Include transition planning for 17-year-olds at risk of exploitation in the CTM Multi-Agency Child Exploitation (MACE) protocol",
             "CTMSB Business Manager", "Q4 2025/26",
             "Protocol amended; to be ratified by the Board in March 2026.", "Green"),
            ("3.3", "Share the learning from this review through a 7-minute briefing and a practitioner learning event",
             "CTMSB Business Unit", "Feb 2026",
             "7-minute briefing published in January 2026; learning event booked for 24 February.", "Green"),
        ]),
    ]),
]


def build_ctm():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = d.add_paragraph()
    r = p.add_run("Cwm Taf Morgannwg Safeguarding Board")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Bwrdd Diogelu Cwm Taf Morgannwg")
    r.italic = True
    d.add_heading("Single Unified Safeguarding Review (SUSR) CTMSB 2025/01 – Multi-agency Action Plan", level=1)
    info = [
        ("Review", "SUSR CTMSB 2025/01 (Adult A)"),
        ("Review criteria met", "Adult Practice Review (extended) and Domestic Homicide Review"),
        ("Report approved by the Board", "12 November 2025"),
        ("Action plan owner", "CTMSB Case Review Group"),
        ("Version / date", "v1.3 – 20 January 2026"),
    ]
    t = d.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
        shade(t.cell(i, 0), "E2EFD9")
    d.add_paragraph("")
    d.add_paragraph("RAG: Complete = action completed and evidence received by the Case Review Group; Green = on track; "
                    "Amber = delayed but expected within three months of the target date; Red = not progressing – "
                    "escalated to the Board; Not started = due to start later in the plan.")
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for theme, recs in CTM_SECTIONS:
        d.add_heading(theme, level=2)
        for rec, acts in recs:
            rp = d.add_paragraph()
            rp.add_run(rec).bold = True
            tb = d.add_table(rows=1, cols=len(hdr))
            tb.style = "Table Grid"
            for c, h in enumerate(hdr):
                set_cell(tb.cell(0, c), h, bold=True)
                shade(tb.cell(0, c), "C5E0B3")
            for ref, act, lead, target, upd, rag in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([ref, act, lead, target, upd, rag]):
                    set_cell(cells[c], v)
                shade(cells[5], CTM_RAG_FILL[rag])
            d.add_paragraph("")
    d.add_paragraph("Progress is reported to each meeting of the CTMSB Case Review Group and to the Board quarterly. "
                    "Learning is shared with Welsh Government through the Wales Safeguarding Repository.")
    d.save(os.path.join(HERE, CTM_FILE))


# ---------------------------------------------------------------------------
# 6. North Yorkshire Council fostering service development plan (tab-separated txt)
# ---------------------------------------------------------------------------
NYC_FILE = "zsi-north-yorkshire-council-fostering-service-development-plan-2025-26.txt"
NYC_P1 = "Priority 1: Recruit more foster carers for North Yorkshire children"
NYC_P2 = "Priority 2: Keep and support the foster carers we have"
NYC_P3 = "Priority 3: Better matching and more stable homes for children in foster care"
NYC_LINES = [
    "North Yorkshire Council",
    "Children and Families Service – Fostering Service",
    "Fostering Service Development Plan 2025-26",
    "Mid-year review – position at 31 October 2025",
    "",
    "Ref\tWhat we will do\tLead\tBy when\tRAG\tProgress (October 2025)",
    "",
    NYC_P1,
    "1.1\tJoin the Yorkshire and Humber Fostering Recruitment Hub and route all fostering enquiries through the Hub from its launch\tHead of Service – Placements\tJuly 2025\tB\tHub live from 1 July 2025; 164 enquiries received to the end of October.",
    "1.2\tApprove 40 new fostering households (mainstream and specialist) during 2025-26\tTeam Manager – Fostering Recruitment and Assessment\tMarch 2026\tA\t17 households approved and 21 in assessment. Slippage because of two assessing social worker vacancies.",
    "1.3\tRecruit specialist foster carers for the No Wrong Door hubs in Scarborough, Harrogate and Northallerton\tNo Wrong Door Service Manager\tQ3 2025/26\tG\t4 of the 6 specialist households approved; 2 due at fostering panel in December.",
    "",
    NYC_P2,
    "2.1\tOpen two further Mockingbird constellations, in Selby and Craven\tMockingbird Lead / Team Manager – Supervising Social Workers\tBy 31 January 2026\tG\tSelby hub home carer identified. Craven constellation launch planned for January.",
    "2.2\tReview fostering allowances and the skills fee scheme and take proposals to the Executive\tHead of Service – Placements\tDec 2025\tA\tRegional benchmarking complete; Executive report moved to January 2026.",
    "2.3\tIntroduce an annual wellbeing check for every foster carer and a 24-hour support line staffed by experienced carers\tTeam Manager – Supervising Social Workers\tOngoing\tG\tSupport line live since June 2025. Wellbeing checks now part of every annual review.",
    "",
    NYC_P3,
    "3.1\tHold a matching and stability meeting for every child within 10 working days of moving to a new foster home\tService Manager – Children in Care\t30/11/2025\tR\tNot yet in place: waiting for changes to the case management system workflow.",
    "3.2\tUse each foster carer’s annual review to update their terms of approval and personal development plan\tIndependent Reviewing Officer Manager\tSept 2025\tB\tNew annual review template in use from September 2025.",
    "3.3\tOffer fostering-style support groups to kinship foster carers, run jointly with the Kinship Team\tKinship Team Manager / Fostering Support Team Manager\tFeb 2026\tG\tFirst group met in Malton in October; Skipton group starts in January.",
    "",
    "RAG key: B = complete; G = on track; A = some slippage; R = off track",
    "Note: priorities align with the North Yorkshire Placement Sufficiency Strategy 2024-27. Kinship care assessments are reported separately in the Kinship Care Plan.",
]


def build_nyc():
    with open(os.path.join(HERE, NYC_FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(NYC_LINES) + "\n")


# ---------------------------------------------------------------------------
# 7. Medway Council Ofsted monitoring visit action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
MED_FILE = "zsi-medway-council-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"
MED_FINDINGS = [
    ("Too many disabled children wait too long for community resources such as short breaks and personal assistants.", [
        ("1a", "Commission additional short breaks provision, including a Saturday club and holiday scheme places for children with complex needs",
         "Head of Commissioning (Children)", D(2023, 3, 31), None, "Green",
         "Tender evaluation complete; new provider starts in February 2023."),
        ("1b", "Recruit personal assistants through a Medway PA register and support families using direct payments to employ them",
         "Short Breaks Manager", "Jan-23", None, "Amber",
         "Register launched; 9 PAs recruited against a target of 20."),
    ]),
    ("The quality and impact of assessments is variable, including for children already receiving a package of support.", [
        ("2a", "Refresh the 0–25 assessment template so that it records the child’s lived experience and reviews any existing package of support",
         "Service Manager – 0–25 Disability Service", D(2022, 11, 30), None, "Blue",
         "New template in use from 1 December 2022."),
        ("2b", "Team managers to audit 10 assessments each month, with moderation by the Quality Assurance Team",
         "Principal Social Worker / Quality Assurance Manager", "Monthly", None, "Green",
         "October and November audits completed; 60% of assessments graded good."),
        ("2c", "Deliver training for all 0–25 social workers on communicating with and assessing children who are non-verbal",
         "Principal Social Worker", D(2022, 11, 30), "Janaury 2023", "Amber",
         "Trainer availability; sessions moved to the new year."),
    ]),
    ("Some children have experienced changes of social worker, which affects the quality of their relationships with professionals.", [
        ("3a", "Recruit permanent social workers to the 0–25 teams to reduce reliance on agency staff",
         "Head of Service – Children with Disabilities", D(2023, 3, 31), None, "Amber",
         "4 permanent appointments; 3 agency workers remain."),
        ("3b", "Hold a transfer meeting with the child and family whenever their social worker changes",
         "Team Managers – 0–25 Disability Service", "Dec-22", None, "Green",
         "Practice standard issued; compliance checked in monthly audits."),
    ]),
]
MED_RAG_FILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_medway():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MV5 action plan"
    ws["A1"] = "Medway Council – Children’s Services"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Action plan following Ofsted monitoring visit 5 (21–22 September 2022): "
                "Children with disabilities and the 0–25 Disability Service")
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Owner: Assistant Director, Children’s Social Care | Reported to: Children’s Services Improvement Board | "
                "Updated: 6 January 2023")
    ws.merge_cells("A3:H3")
    ws["A5"] = "RAG key:"
    for c, k in enumerate(["Blue = complete", "Green = on track", "Amber = at risk", "Red = off track"], start=2):
        ws.cell(5, c, k).fill = fill(MED_RAG_FILL[k.split(" ")[0]])
    hdr = ["No.", "Ofsted finding", "Action", "Lead officer", "Target date", "Revised date", "RAG", "Update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(7, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.border = BOX
        cell.alignment = WRAP
    r = 8
    for finding, acts in MED_FINDINGS:
        first = r
        for ref, act, lead, target, revised, rag, upd in acts:
            vals = [ref, finding if r == first else None, act, lead, target, revised, rag, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(MED_RAG_FILL[rag])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Total actions: 7 | Blue 1 | Green 3 | Amber 3 | Red 0")
    for i, w in enumerate([5, 40, 50, 30, 12, 14, 8, 45], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, MED_FILE))


def main():
    build_aim()
    build_bristol()
    build_middlesbrough()
    build_cardiff()
    build_ctm()
    build_nyc()
    build_medway()
    print("built 7 zsi- files in", HERE)


if __name__ == "__main__":
    main()
