"""Build the seven zoe- blind test files (set heldout735).

Run with /work/main/.venv/bin/python zoe_make.py  (writes next to this script).
Only files whose names start with 'zoe-' are written.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F3864", "sub": "D9E1F2", "grey": "D9D9D9",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Gloucestershire County Council – scrutiny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def gloucestershire():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Gloucestershire County Council – Scrutiny Recommendations Tracker 2024/25"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary at 31 October 2024"
    s["A2"].font = Font(italic=True)
    hdr = ["Committee", "Tracked", "Complete (B)", "On track (G)", "Slipped (A)", "Off track (R)"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["grey"])
        cell.border = BOX
    rows = [
        ["Adult Social Care and Communities", 3, 0, 2, 1, 0],
        ["Children and Families", 3, 1, 1, 0, 1],
        ["Environment", 3, 1, 1, 1, 0],
        ["Total", 9, 2, 4, 2, 1],
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A10"] = "RAG key"
    s["A10"].font = Font(bold=True)
    key = [
        ("B", "Complete – recommendation implemented; proposed for sign-off"),
        ("G", "On track – being implemented within the agreed timescale"),
        ("A", "Slipped – revised target date agreed with the Cabinet Member"),
        ("R", "Off track – at risk of not being delivered; lead officer to attend Committee"),
    ]
    for i, (k, txt) in enumerate(key, 11):
        s.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        s.cell(row=i, column=2, value=txt)
    s.column_dimensions["A"].width = 38
    for col in "BCDEF":
        s.column_dimensions[col].width = 14

    t = wb.create_sheet("Tracker")
    t.merge_cells("A1:I1")
    t["A1"] = "Scrutiny Recommendations Tracker 2024/25"
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A2:I2")
    t["A2"] = "For Corporate Overview and Scrutiny Committee – 27 November 2024"
    headers = ["Ref", "Recommendation", "Cabinet response", "Cabinet Member", "Lead Officer",
               "Original target date", "Revised target date", "Progress update (October 2024)", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX

    def committee(r, text):
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = t.cell(row=r, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill("B4C6E7")

    def group(r, text):
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = t.cell(row=r, column=1, value=text)
        c.font = Font(italic=True)
        c.fill = fill(FILL["sub"])

    def rec(r, vals, rag, rag_text=True):
        for c, v in enumerate(vals, 1):
            cell = t.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        rc = t.cell(row=r, column=9, value=rag if rag_text else None)
        rc.fill = fill(FILL[rag])
        rc.border = BOX
        rc.alignment = Alignment(horizontal="center", vertical="top")

    committee(5, "ADULT SOCIAL CARE AND COMMUNITIES SCRUTINY COMMITTEE")
    group(6, "Unpaid Carers Task Group – report considered by Cabinet on 24 January 2024")
    rec(7, ["ASC-01",
            "That the Gloucestershire Carers Strategy is refreshed with carers as equal partners in its design, and published by September 2024.",
            "Accepted", "Cllr Helen Marsh", "Director of Commissioning", d(2024, 9, 30), d(2024, 12, 31),
            "Co-production workshops held in July and August with 64 carers. Draft strategy delayed to align with the ICB All-Age Carers Framework; revised date agreed with the Cabinet Member."],
        "A")
    rec(8, ["ASC-02",
            "That performance of the commissioned carers’ hub, including waiting times for carers’ assessments, is reported to this Committee every quarter.",
            "Accepted", "Cllr Helen Marsh", "Lisa Harwood", "Quarterly from Q1 2024/25", None,
            "Q1 report taken to Committee on 10 September 2024; Q2 report scheduled for January 2025."],
        "G")
    rec(9, ["ASC-03",
            "That a named point of contact is agreed for young carers moving into adulthood, jointly between children’s and adults’ services.",
            "Partially accepted – a shared transitions pathway rather than a named post", "Cllr Helen Marsh",
            "Head of Transitions / Young Carers Service Manager", d(2025, 3, 31), None,
            "Pathway drafted and tested with Gloucestershire Young Carers; sign-off at Transitions Board in December."],
        "G")
    t.cell(row=9, column=6).number_format = "dd/mm/yyyy"
    committee(10, "CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE")
    group(11, "Home to School Transport (SEND) Task Group – report considered by Cabinet on 27 March 2024")
    rec(12, ["CF-01",
             "That Cabinet reviews the post-16 SEND transport policy and consults on offering a personal transport budget as an alternative to a place on contracted transport.",
             "Accepted", "Cllr Philip Bevan", "Jon Stacey and Priya Nandra", d(2024, 4, 30), d(2024, 9, 30),
             "Consultation ran 3 June – 15 July 2024. Revised policy approved by Cabinet on 25 September 2024 and in place for the 2025/26 academic year."],
        "B")
    rec(13, ["CF-02",
             "That families receive written confirmation of transport arrangements no later than ten working days before the start of each term.",
             "Accepted", "Cllr Philip Bevan", "Transport Commissioning Manager", d(2024, 8, 31), None,
             "Not achieved for the September 2024 intake: 312 of 1,140 confirmations were issued late owing to operator shortages on eight routes. Recovery plan to Committee in January 2025."],
        "R")
    rec(14, ["CF-03",
             "That the member–officer working group on transport continues to meet each term to review complaints and appeals data.",
             "Accepted", "Cllr Philip Bevan", "Head of Education Transport", "Termly", None,
             "Met 12 June and 16 October 2024."],
        "G")
    committee(15, "ENVIRONMENT OVERVIEW AND SCRUTINY COMMITTEE")
    group(16, "Highways Drainage Task Group – report considered by Cabinet on 20 March 2024")
    rec(17, ["ENV-01",
             "That a risk-based gully-cleansing programme replaces fixed cleansing cycles across all six districts.",
             "Accepted", "Cllr Dom Rees", "Head of Highways Operations", d(2025, 3, 31), None,
             "Risk model built from 2023/24 flooding data; pilot running in Tewkesbury and the Forest of Dean."],
        "G")
    rec(18, ["ENV-02",
             "That all county councillors are given access to the drainage asset map through the Highways Member Portal.",
             "Accepted", "Cllr Dom Rees", "J. Whitlock; R. Osei", d(2024, 6, 30), d(2024, 11, 30),
             "Map layer built; access delayed by the portal security upgrade. Training sessions booked for 19 and 26 November."],
        "A")
    rec(19, ["ENV-03",
             "That the Leader writes to Government seeking a multi-year flood resilience funding settlement for local highway authorities.\nA copy of the letter to be shared with all members.",
             "Accepted", "Cllr Dom Rees", "Head of Policy and Strategy", d(2024, 10, 31), None,
             "Letter sent to the Secretary of State on 14 October 2024 and circulated to members on 15 October. Proposed for sign-off."],
        "B", rag_text=False)
    t["A21"] = "Notes: Recommendations signed off by the Committee are removed at the next update. Dates shown as month-year are the end of that month."
    t["A22"] = "Source: Democratic Services scrutiny log; updates provided by lead officers 21–28 October 2024."
    for col, w in zip("ABCDEFGHI", [9, 48, 20, 16, 24, 12, 12, 48, 6]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "zoe-gloucestershire-county-council-scrutiny-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Kingston upon Hull – local area SEND accelerated progress plan (xlsx)
# ---------------------------------------------------------------------------
def hull():
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = "Kingston upon Hull Local Area SEND Accelerated Progress Plan"
    c["A1"].font = Font(bold=True, size=14)
    c.merge_cells("A2:D2")
    c["A2"] = ("Annex A: Accelerated Progress Plan (APP) for a Local Area following the judgement by "
               "Ofsted/Care Quality Commission that sufficient progress had not been made against the "
               "weaknesses outlined by the Inspection")
    c["A2"].alignment = WRAP
    c.row_dimensions[2].height = 45
    info = [
        ("Name of the Local Area", "Kingston upon Hull"),
        ("Date of revisit", "23–25 November 2021"),
        ("Date of publication of the revisit report", "7 January 2022"),
        ("APP agreed by DfE and NHS England", "29 April 2022"),
        ("Accountable Officers from the LA and ICB",
         "Director of Children, Young People and Family Services (Hull City Council); Director of Nursing and Quality (NHS Humber and North Yorkshire ICB)"),
        ("SEND and NHS England Advisers", "DfE SEND Adviser; NHS England SEND Adviser"),
        ("Version", "Version 4 – updated for the 12-month progress review, May 2023"),
    ]
    for r, (k, v) in enumerate(info, 4):
        a = c.cell(row=r, column=1, value=k)
        a.font = Font(bold=True)
        a.fill = fill(FILL["sub"])
        a.border = BOX
        a.alignment = WRAP
        c.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        b = c.cell(row=r, column=2, value=v)
        b.border = BOX
        b.alignment = WRAP
    c.column_dimensions["A"].width = 42
    c.column_dimensions["B"].width = 40
    c.column_dimensions["C"].width = 20
    c.column_dimensions["D"].width = 20
    c["A12"] = "Governance: progress is reported monthly to the Hull SEND Improvement Board and six-monthly to the DfE and NHS England review meeting."
    c["A12"].alignment = Alignment(wrap_text=False)

    p = wb.create_sheet("APP")
    p["A1"] = "Accelerated Progress Plan – actions and progress"
    p["A1"].font = Font(bold=True, size=13)
    p["A2"] = "RAG at the 6-month review (October 2022) and the 12-month review (May 2023). See the Key sheet."
    heads = ["Ref", "Action", "Lead", "Timescale", "Measure of success", "Progress and evidence",
             "RAG Oct 22", "RAG May 23"]
    for i, h in enumerate(heads, 1):
        cell = p.cell(row=3, column=i, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP

    def area(r, text):
        p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = p.cell(row=r, column=1, value=text)
        cell.font = Font(bold=True)
        cell.fill = fill("E4DFEC")
        cell.alignment = WRAP
        p.row_dimensions[r].height = 32

    def act(r, ref, action, lead, when, measure, progress, rag1, rag2):
        for i, v in enumerate([ref, action, lead, when, measure, progress], 1):
            cell = p.cell(row=r, column=i, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        for i, rg in ((7, rag1), (8, rag2)):
            cell = p.cell(row=r, column=i, value=rg)
            cell.fill = fill(FILL[rg])
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="top")

    area(4, "Area of weakness 1: The quality of EHC plans is weak; plans do not consistently identify children and young people’s needs or the outcomes they will achieve")
    act(5, "1.1",
        "Introduce a multi-agency EHC plan quality assurance panel, auditing 10% of new and amended plans each month against the Hull EHCP quality standard.",
        "Head of SEND Statutory Services", "June 2022",
        "80% of audited plans graded good or better by March 2023",
        "Panel running since May 2022; 71% of plans audited in April 2023 graded good or better. Panel now business as usual.",
        "G", "B")
    act(6, "1.2",
        "Deliver training on writing SMART outcomes to all SEND caseworkers, SENCOs and health and social care advice writers.",
        "SEND Workforce Development Lead / Designated Clinical Officer", "Sept 2022 – March 2023",
        "All caseworkers and 90% of SENCOs trained",
        "All 34 caseworkers and 87% of SENCOs trained; health advice writers complete.",
        "A", "G")
    act(7, "1.3",
        "Health advice for EHC needs assessments returned within 6 weeks, with a monthly exception report to the SEND Improvement Board.",
        "Designated Clinical Officer (ICB)", "By 31 December 2022",
        "95% of health advice returned within 6 weeks",
        "84% in March 2023; community paediatrics capacity remains the main pressure.",
        "A", "A")
    act(8, "1.4",
        "Co-produce a revised annual review process with Hull Parent Carer Forum so that outcomes are updated at every review.\nPilot in 12 schools before roll-out.",
        "Kay Burnett and Rob Mitchell", "Summer term 2023",
        "Outcomes updated in 90% of annual reviews in pilot schools",
        "Pilot started late (February 2023) because of caseworker vacancies; 9 of 12 schools now taking part.",
        "R", "A")
    area(9, "Area of weakness 2: Joint commissioning arrangements are underdeveloped and there is no shared understanding of need across education, health and care")
    act(10, "2.1",
        "Agree a joint commissioning strategy for SEND across Hull City Council and the ICB (Hull place), signed off by the Health and Wellbeing Board.",
        "Head of Joint Commissioning (Hull place)", "30/09/2022",
        "Strategy agreed and published",
        "Approved by the Health and Wellbeing Board on 21 September 2022 and published on the Local Offer.",
        "G", "B")
    act(11, "2.2",
        "Produce a SEND joint strategic needs assessment chapter, including waiting times for speech and language therapy and neurodevelopmental pathways.",
        "Public Health Consultant; Head of SEND Strategy", "Autumn term 2022",
        "JSNA chapter published and used in commissioning decisions",
        "Chapter published December 2022; refresh of SALT data due with Q1 figures.",
        "A", "G")
    act(12, "2.3",
        "Commission an all-age neurodevelopmental pathway that reduces the wait from referral to diagnosis to under 52 weeks.",
        "ICB Deputy Director of Commissioning", "March 2023 (revised: September 2023)",
        "Median wait under 52 weeks",
        "Procurement delayed; interim provider in place. Median wait 71 weeks (April 2023).",
        "A", "R")
    area(13, "Area of weakness 3: Parents and carers do not have confidence in the local area’s arrangements, and communication with families is poor")
    act(14, "3.1",
        "Relaunch the Local Offer website with Hull Parent Carer Forum, including a ‘You said, we did’ page updated every month.",
        "Local Offer Manager", "Oct-22",
        "Local Offer visits up 25%; positive feedback from Parent Carer Forum",
        "Relaunched 3 October 2022; visits up 38% year on year.",
        "G", "B")
    act(15, "3.2",
        "Publish a SEND newsletter for families each half term, co-edited with the Parent Carer Forum.",
        "Head of SEND Strategy", "Half-termly",
        "Newsletter issued every half term",
        "Five editions issued since September 2022.",
        "G", "G")
    act(16, "3.3",
        "Run a parent and carer confidence survey at baseline and at 12 months, reporting results to the SEND Improvement Board.",
        "Hull Parent Carer Forum / Head of SEND Strategy", "Baseline July 2022; repeat May 2023",
        "Confidence rises from baseline by at least 15 percentage points",
        "Baseline 31% confident; repeat survey open 2–26 May 2023.",
        "G", "G")
    p["A18"] = "Notes: Timescales are the original APP dates unless a revised date is shown in brackets. RAG is the position agreed at the DfE/NHS England review meeting."
    for col, w in zip("ABCDEFGH", [6, 50, 26, 18, 30, 44, 9, 9]):
        p.column_dimensions[col].width = w
    p.freeze_panes = "A4"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for r, (code, txt) in enumerate([
            ("B", "Completed and impact evidenced"),
            ("G", "On track"),
            ("A", "Some slippage; mitigation in place"),
            ("R", "Off track; escalated to the SEND Improvement Board")], 2):
        k.cell(row=r, column=1, value=code).fill = fill(FILL[code])
        k.cell(row=r, column=2, value=txt)
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, "zoe-hull-local-area-send-accelerated-progress-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. North Tyneside Council – ASC preparation for assurance peer challenge
#    action plan (xlsx)
# ---------------------------------------------------------------------------
def north_tyneside():
    wb = Workbook()
    s = wb.active
    s.title = "Action Plan"
    s["A1"] = "North Tyneside Council – Adult Social Care: LGA Preparation for Assurance Peer Challenge Action Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Peer challenge on site 7–10 March 2023; recommendations grouped by CQC assessment theme"
    s["A2"].font = Font(italic=True)
    s["A3"] = ("Owner: Director of Adult Social Services  |  Reported to: Adult Social Care, Health and "
               "Wellbeing Sub-committee  |  Last updated: 31/01/2024")
    heads = ["CQC theme", "No.", "Peer team recommendation", "Action", "Lead", "Due", "Status",
             "Comment / evidence"]
    for i, h in enumerate(heads, 1):
        cell = s.cell(row=5, column=i, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00827F")
        cell.border = BOX
        cell.alignment = WRAP
    status_fill = {"Complete": FILL["B"], "On track": FILL["G"], "Delayed": FILL["A"],
                   "Off track": FILL["R"], "Not started": "FFFFFF"}

    rows = [
        # row, no, action, lead, due, status, comment
        (6, "1a", "Introduce a weekly waiting list triage using a risk tool, with a named worker contact for everyone waiting over 28 days.",
         "Head of Adult Social Care Operations", d(2023, 9, 30), "Complete",
         "Triage in place from July 2023; people waiting over 28 days down from 412 to 168."),
        (7, "1b", "Publish average waiting times for assessments and reviews on the council website each quarter.",
         "Performance and Intelligence Manager", "Q3 2023/24", "Delayed",
         "Data quality checks on LAS not complete; first publication now planned for Q4."),
        (8, "2a", "Commission a carers’ assessment pathway with Carers Centre North Tyneside, with assessments completed within 28 days.",
         "Commissioning Manager (Carers) / Carers Centre Chief Officer", d(2024, 3, 31), "On track",
         "Specification agreed; pathway live from 1 February 2024."),
        (9, "3a", "Refresh the Market Position Statement with providers through the Care Home Forum.",
         "Head of Commissioning and Asset Management", "Dec-23", "Complete",
         "Published 11 December 2023."),
        (10, "3b", "Tender for a home care lot covering the North West locality, with a rural rate uplift.",
         "Senior Commissioning Manager", "April 2024", "On track",
         "Tender out 8 January 2024; evaluation in March."),
        (11, "4a", "Recruit 12 additional reablement support workers and extend the service to 10pm, seven days a week.",
         "Service Manager (Reablement & Hospital Discharge)", d(2024, 6, 30), "Not started",
         "Dependent on the 2024/25 Discharge Fund allocation; start planned for April."),
        (12, "5a", "Introduce a Section 42 enquiry timescale standard and a monthly compliance audit.",
         "Principal Social Worker", d(2023, 11, 30), "Complete",
         "Standard agreed by the Safeguarding Adults Board; audit reported monthly since November."),
        (13, "5b", "Add Making Safeguarding Personal outcome fields to LAS and report completion to the Safeguarding Adults Board.",
         "Head of Safeguarding / LAS Systems Lead", "Ongoing", "On track",
         "Fields live; completion 64% in December."),
        (14, "6a", "Co-produce an adult social care strategy, ‘Living well in North Tyneside’, with the Making It Real board.",
         "Director of Adult Social Services", "March 2024", "On track",
         "Draft strategy tested at four community events in January."),
        (15, "6b", "Hold quarterly all-staff briefings led by the DASS and the Cabinet Member.",
         "DASS; Cabinet Member for Adult Social Care", "Quarterly", "On track",
         "Briefings held in September and December 2023."),
    ]
    for r, no, action, lead, due, status, comment in rows:
        for i, v in ((2, no), (4, action), (5, lead), (6, due), (7, status), (8, comment)):
            cell = s.cell(row=r, column=i, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        s.cell(row=r, column=7).fill = fill(status_fill[status])
        s.cell(row=r, column=1).border = BOX
        s.cell(row=r, column=3).border = BOX

    themes = [(6, 8, "Theme 1: Working with people"), (9, 11, "Theme 2: Providing support"),
              (12, 13, "Theme 3: Ensuring safety"), (14, 15, "Theme 4: Leadership")]
    for a, b, txt in themes:
        s.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
        cell = s.cell(row=a, column=1, value=txt)
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
        cell.alignment = WRAP
    recs = [
        (6, 7, "1. Reduce waiting times for Care Act assessments and reviews, and make the ‘waiting well’ offer visible to people who are waiting."),
        (8, 8, "2. Strengthen the offer to unpaid carers, including timely carers’ assessments."),
        (9, 10, "3. Develop the market position statement to address gaps in specialist dementia nursing care and in home care in the North West of the borough."),
        (11, 11, "4. Increase reablement capacity so that more people return home from hospital with the right support."),
        (12, 13, "5. Improve the timeliness of safeguarding enquiries and the recording of Making Safeguarding Personal outcomes."),
        (14, 15, "6. Make the adult social care vision and strategy clearer to staff, partners and residents."),
    ]
    for a, b, txt in recs:
        if b > a:
            s.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
        cell = s.cell(row=a, column=3, value=txt)
        cell.alignment = WRAP
    s["A17"] = "Status options: Complete / On track / Delayed / Off track / Not started – see Key."
    for col, w in zip("ABCDEFGH", [18, 6, 40, 46, 28, 12, 12, 40]):
        s.column_dimensions[col].width = w
    s.freeze_panes = "A6"

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for r, (st, txt) in enumerate([
            ("Complete", "Action delivered (blue)"),
            ("On track", "Progressing to the due date (green)"),
            ("Delayed", "Behind the due date; revised plan agreed by the DASS (amber)"),
            ("Off track", "Not progressing; escalated to the Adult Social Care Leadership Team (red)"),
            ("Not started", "Not yet due to start")], 2):
        k.cell(row=r, column=1, value=st).fill = fill(status_fill[st])
        k.cell(row=r, column=2, value=txt)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 70

    v = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Change", "By"], 1):
        v.cell(row=1, column=i, value=h).font = Font(bold=True)
    for r, row in enumerate([
            ("0.1", "12/05/2023", "Draft following peer challenge feedback", "ASC Strategy Lead"),
            ("1.0", "19/06/2023", "Agreed by Adult Social Care Leadership Team", "DASS"),
            ("1.3", "31/01/2024", "Q3 progress update", "ASC Strategy Lead")], 2):
        for i, val in enumerate(row, 1):
            v.cell(row=r, column=i, value=val)
    v.column_dimensions["C"].width = 44
    v.column_dimensions["D"].width = 20
    wb.save(os.path.join(HERE, "zoe-north-tyneside-council-asc-peer-challenge-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    para = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def header_row(table, heads, color="D9D9D9"):
    for i, h in enumerate(heads):
        set_cell(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], color)


# ---------------------------------------------------------------------------
# 4. Surrey County Council – Ofsted monitoring visit action plan (docx)
# ---------------------------------------------------------------------------
def surrey():
    doc = Document()
    landscape(doc)
    doc.add_heading("Surrey County Council – Ofsted Monitoring Visit Action Plan", level=0)
    doc.add_paragraph("Children, Families and Lifelong Learning – Children’s Services Improvement Programme")
    doc.add_paragraph("Response to the monitoring visit of 19–20 October 2021 (care leavers) – updated February 2022")

    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Approved by"])
    for r, row in enumerate([("1.0", "13/12/2021", "Improvement Programme Manager", "Children’s Improvement Board"),
                             ("1.2", "14/02/2022", "Improvement Programme Manager", "Director – Corporate Parenting")], 1):
        for i, v in enumerate(row):
            set_cell(dc.rows[r].cells[i], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for r, (code, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                     ("A", "Some risk to delivery – mitigation in place"),
                                     ("R", "Off track – escalated to the Children’s Improvement Board")]):
        set_cell(key.rows[r].cells[0], code, bold=True)
        shade(key.rows[r].cells[0], FILL[code])
        set_cell(key.rows[r].cells[1], txt)

    heads = ["No.", "Action", "Lead", "By when", "Progress update", "RAG"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.2), Cm(3.0), Cm(7.5), Cm(1.3)]

    def section(title, finding, actions):
        doc.add_heading(title, level=1)
        p = doc.add_paragraph()
        p.add_run("Area for improvement").bold = True
        doc.add_paragraph(finding)
        tbl = doc.add_table(rows=1 + len(actions), cols=6)
        tbl.style = "Table Grid"
        header_row(tbl, heads, "BDD7EE")
        for r, (no, action, lead, when, prog, rag) in enumerate(actions, 1):
            cells = tbl.rows[r].cells
            for i, v in enumerate([no, action, lead, when, prog]):
                set_cell(cells[i], v)
            if rag.startswith("fill:"):
                set_cell(cells[5], "")
                shade(cells[5], FILL[rag[5:]])
            else:
                set_cell(cells[5], rag, bold=True)
                if rag:
                    shade(cells[5], FILL[rag])
        for row in tbl.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")

    section("1. Pathway planning for care leavers",
            "Pathway plans are not consistently updated when young people’s circumstances change, and too few are written with the young person.",
            [("1.1", "Audit all pathway plans for care leavers aged 18–21 that have not been reviewed in the last six months, and update them with the young person.",
              "Head of Care Leavers Service", "End of March 2022", "418 of 566 plans updated by 31 January 2022.", "G"),
             ("1.2", "Launch the co-produced ‘My Pathway’ plan template, designed with the Care Council.",
              "Assistant Director, Corporate Parenting", "w/c 07/03/22", "Template signed off by the Care Council on 2 February; launch event booked.", "G"),
             ("1.3", "Personal advisers to review the pathway plan at every change of accommodation, education or employment.\nCompliance reported in the monthly performance clinic.",
              "PA Team Managers", "Ongoing – monthly", "Compliance 61% in January; recording prompt added to the case management system.", "A")])
    section("2. Personal adviser capacity",
            "High sickness absence and turnover of personal advisers mean that some young people do not receive enough support and advice.",
            [("2.1", "Recruit to the 9 vacant personal adviser posts, using the Surrey recruitment and retention payment.",
              "Head of Care Leavers Service / HR Business Partner (Children’s)", "30/04/2022", "5 appointed; 4 posts readvertised in February.", "A"),
             ("2.2", "Reduce personal adviser caseloads to no more than 25 young people.",
              "Sarah Quinn", "Q1 2022/23", "Average caseload 31; dependent on 2.1.", "R"),
             ("2.3", "Introduce a duty personal adviser rota so that every young person can reach an adviser on the same working day.",
              "PA Team Managers", "Jan-22", "Rota in place from 10 January 2022.", "fill:B")])
    section("3. Unaccompanied young people",
            "Young people who are unaccompanied asylum seekers do not always get timely help with immigration and legal advice.",
            [("3.1", "Commission independent immigration advice for all unaccompanied care leavers with outstanding claims.",
              "Commissioning Manager (Corporate Parenting)", "31 May 2022", "Provider identified; contract award due in April.", "G"),
             ("3.2", "Train all personal advisers on the Nationality and Borders Bill changes and on the age assessment process.",
              "Practice Development Lead; UASC Team Manager", "June 2022", "Training to be scheduled once the Bill receives Royal Assent.", "")])
    doc.add_paragraph("Progress against this plan is reported monthly to the Children’s Improvement Board and to the "
                      "Children, Families, Lifelong Learning and Culture Select Committee.")
    doc.save(os.path.join(HERE, "zoe-surrey-county-council-ofsted-monitoring-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Hertfordshire Youth Justice Service – national standards (Standard 2:
#    At Court) improvement plan (docx)
# ---------------------------------------------------------------------------
def hertfordshire():
    doc = Document()
    landscape(doc)
    doc.add_heading("Hertfordshire Youth Justice Service: National Standards Audit 2023 – Standard 2 (At Court) Improvement Plan", level=0)
    doc.add_paragraph("Version 3 – updated for the Youth Justice Management Board, 7 March 2024")

    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Summary of changes"])
    for r, row in enumerate([("1", "30/10/2023", "YJS Head of Service", "Submitted to the YJB with the self-assessment"),
                             ("2", "05/12/2023", "YJS Quality Assurance Lead", "Actions added following YJB validation"),
                             ("3", "07/03/2024", "YJS Quality Assurance Lead", "February progress update")], 1):
        for i, v in enumerate(row):
            set_cell(dc.rows[r].cells[i], v)
    doc.add_paragraph("")
    doc.add_heading("Background", level=2)
    doc.add_paragraph("All youth justice partnerships completed a self-assessment against Standard 2 (At Court) in 2023. "
                      "This plan sets out how Hertfordshire will address the findings. Progress is monitored by the "
                      "Youth Justice Management Board every quarter.")

    heads = ["Ref", "Self-assessment finding", "Action", "Owner", "Target date", "Progress (February 2024)", "Status"]
    status_fill = {"Complete": FILL["B"], "On track": FILL["G"], "Delayed": FILL["A"], "Off track": FILL["R"],
                   "Not started": "FFFFFF"}
    widths = [Cm(1.1), Cm(5.0), Cm(6.5), Cm(3.6), Cm(2.6), Cm(5.2), Cm(2.0)]

    def section(title, rows, merges):
        doc.add_heading(title, level=2)
        tbl = doc.add_table(rows=1 + len(rows), cols=7)
        tbl.style = "Table Grid"
        header_row(tbl, heads, "C5E0B3")
        for a, b in merges:  # vertical merge of the finding column
            tbl.cell(a, 1).merge(tbl.cell(b, 1))
        for r, (ref, finding, action, owner, when, prog, status) in enumerate(rows, 1):
            cells = tbl.rows[r].cells
            set_cell(cells[0], ref)
            if finding is not None:
                set_cell(cells[1], finding)
            set_cell(cells[2], action)
            set_cell(cells[3], owner)
            set_cell(cells[4], when)
            set_cell(cells[5], prog)
            set_cell(cells[6], status)
            shade(cells[6], status_fill[status])
        for row in tbl.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")

    section("Section A: Strategic standards – Management Board", [
        ("A1", "Board members could not evidence oversight of the quality of pre-sentence reports or of outcomes for children at court.",
         "Add a six-monthly court outcomes and PSR quality report to the Management Board forward plan.",
         "YJS Head of Service", "Dec-23", "First report presented to the Board on 5 December 2023.", "Complete"),
        ("A2", None,
         "Nominate a Board member as court champion, to observe the youth court twice a year.",
         "Board Chair", "March 2024", "Bench liaison agreed; first observation on 14 March.", "On track"),
        ("A3", "Disproportionality data for children at court (remands and custodial sentences) is not routinely analysed.",
         "Produce a quarterly disproportionality dashboard for children at court, broken down by ethnicity, gender and care status.",
         "YJS Performance Manager / Herts Police Data Analyst", "31/01/2024\nRevised: 30/04/2024",
         "Data-sharing agreement with the police signed in February; first dashboard due for the April Board.", "Delayed"),
    ], merges=[(1, 2)])
    section("Section B: Operational standards – court work", [
        ("B1", "Pre-sentence reports did not consistently reflect the child’s voice or Child First principles.",
         "Revise the PSR template and quality assurance checklist to include a ‘child’s own words’ section and a Child First prompt.",
         "Court Team Manager", "Nov-23", "New template in use from 20 November 2023.", "Complete"),
        ("B2", "Bail and remand planning was not always started before the first hearing.",
         "Introduce a bail support and remand planning checklist for duty officers, completed before every first appearance where remand is possible.",
         "KB, DM", "January 2024", "Checklist drafted; testing with duty officers at Stevenage and Hatfield courts.", "On track"),
        ("B3", None,
         "Agree a protocol with the children’s placements team for remand to local authority accommodation, including out-of-hours sourcing.",
         "Head of Placements (Children’s Services) / YJS Head of Service", "April – June 2024",
         "Scoping meeting booked for April.", "Not started"),
        ("B4", "Information given to the court about children’s diversity and health needs was inconsistent.",
         "Include speech, language and communication needs screening outcomes in all reports to court.\nBrief court legal advisers on adjustments for children with SLCN.",
         "YJS Speech and Language Therapist", "Ongoing from February 2024",
         "Screening summary added to report template; legal adviser briefing held 22 February.", "On track"),
    ], merges=[(2, 3)])

    doc.add_paragraph("Status key").runs[0].bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for r, (st, txt) in enumerate([("Complete", "Action delivered and evidenced"),
                                   ("On track", "Progressing to the target date"),
                                   ("Delayed", "Target date missed; revised date agreed by the Board"),
                                   ("Off track", "Not progressing; escalated to the Board Chair"),
                                   ("Not started", "Not yet due to start")]):
        set_cell(key.rows[r].cells[0], st, bold=True)
        shade(key.rows[r].cells[0], status_fill[st])
        set_cell(key.rows[r].cells[1], txt)
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Youth Justice Management Board, June 2024.")
    doc.save(os.path.join(HERE, "zoe-hertfordshire-youth-justice-service-national-standards-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Erewash Borough Council – Council Plan delivery tracker (csv, refuse)
# ---------------------------------------------------------------------------
def erewash():
    lines = [
        "Erewash Borough Council – Council Plan 2024-28 delivery tracker,,,,,,",
        "Quarter 2 2025/26 (April – September 2025),,,,,,",
        ",,,,,,",
        "Ref,Council Plan priority,Action,Responsible officer,Due date,Q2 status,Q2 commentary",
        'CP1.1,Thriving town centres,"Deliver the Ilkeston Market Place public realm scheme, funded through the Levelling Up Fund.",Head of Regeneration,Mar-26,Green,Main works started 7 July; on programme.',
        'CP1.2,Thriving town centres,Launch a shop front improvement grant for Long Eaton town centre.,Economic Development Manager,30/09/2025,Complete,23 grants awarded.',
        'CP1.3,Thriving town centres,"Adopt a town centre car parking strategy covering Ilkeston, Long Eaton and Sandiacre.",Head of Property and Estates,December 2025,Amber,Consultation responses higher than expected; report to Cabinet delayed to November.',
        'CP2.1,A cleaner and greener Erewash,Introduce weekly food waste collections to all households.,Head of Streetscene,Mar-26,Green,Vehicles delivered; caddies distributed to 60% of households.',
        'CP2.2,A cleaner and greener Erewash,Plant 5000 trees on council land as part of the Erewash tree strategy.,Parks and Open Spaces Manager,Febuary 2026,Amber,Planting season starts November; 1200 trees planted to date.',
        'CP2.3,A cleaner and greener Erewash,"Complete the heat decarbonisation works at Victoria Park Leisure Centre.",Climate Change Officer / Leisure Services Manager,Jun-26,Green,Air source heat pump contract awarded.',
        'CP3.1,Healthy and safe communities,Refresh the community safety partnership plan with Derbyshire Constabulary.,Community Safety Manager,Jan-26,Green,Draft plan to Partnership Board in October.',
        'CP3.2,Healthy and safe communities,Reduce the average time to let council homes to under 30 days.,Head of Housing,Ongoing,Red,Average 41 days in Q2; void works contractor under review.',
        'CP4.1,A well-run council,Implement the new customer relationship management system.,Head of Customer Services and ICT,Q4 2025/26,Green,Build phase complete; go-live planned for February.',
        ",,,,,,",
        "Status key: Green = on track; Amber = at risk; Red = off track; Complete = delivered,,,,,,",
    ]
    with open(os.path.join(HERE, "zoe-erewash-borough-council-council-plan-delivery-tracker-2025-26-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Durham County Council – fostering service development plan (txt, TSV)
# ---------------------------------------------------------------------------
def durham():
    T = "\t"
    rows = [
        "Durham Fostering Service Development Plan 2025/26",
        "Durham County Council – Children and Young People’s Services",
        "Prepared by: Fostering Service Manager" + T + "Approved: Corporate Parenting Panel, 16 May 2025",
        "Position at: 30 September 2025 (Quarter 2)",
        "",
        "RAG: G = on track; A = some slippage; R = off track; C = completed",
        "",
        T.join(["Ref", "Action", "Lead", "Timescale", "RAG", "Q2 update"]),
        "Priority 1: Recruitment of foster carers",
        T.join(["1.1", "Deliver the regional foster carer recruitment campaign locally, with three information events in each locality.",
                "Team Manager (Recruitment & Assessment)", "Mar-26", "G", "Nine events held April to September; 41 enquiries received."]),
        T.join(["", "", "", "", "", "Further events planned for the October half-term in Consett and Bishop Auckland."]),
        T.join(["1.2", "Reduce the time from initial enquiry to approval to under six months.",
                "Fostering Service Manager", "31/03/2026", "A", "Average 7.2 months; assessment capacity reduced by two vacancies."]),
        T.join(["1.3", "Launch a ‘fostering friendly’ employer scheme with the council’s HR service and two local employers.",
                "Recruitment Officer / HR Business Partner", "Sept 2025", "C", "Scheme launched 2 September 2025."]),
        "Priority 2: Supporting and keeping our foster carers",
        T.join(["2.1", "Extend the Mockingbird programme to a third constellation in the east of the county.",
                "Mockingbird Lead", "Jan 2026", "G", "Hub home carer recruited; satellite families being matched."]),
        T.join(["2.2", "Review the foster carer fees and allowances scheme and take proposals to Cabinet.",
                "Head of Children’s Social Care; Finance Manager (CYPS)", "December 2025", "A", "Benchmarking complete; Cabinet date moved from October to December."]),
        T.join(["2.3", "Introduce an out-of-hours support line for foster carers, staffed by supervising social workers.",
                "Team Manager (Support & Supervision)", "Ongoing", "G", "Rota in place; 57 calls in Q2."]),
        "Priority 3: Quality of practice",
        T.join(["3.1", "Complete the annual review of every approved foster carer within 12 months of approval or last review.",
                "Independent Reviewing Officers (Fostering)", "Monthly monitoring", "G", "94% of reviews in timescale."]),
        T.join(["3.2", "Deliver Form F assessment training for all assessing social workers, with a moderation session for panel members.",
                "Practice Development Lead", "Q3 2025/26", "R", "Trainer withdrew in August; course re-procured for January."]),
        T.join(["3.3", "Refresh the fostering panel central list and recruit two members with lived experience of care.",
                "Panel Adviser", "31 Dec 2025", "G", "One member appointed; second interview in October."]),
        "",
        "Notes: Timescales are the end of the month shown. Progress is reported quarterly to the Corporate Parenting Panel.",
        "Summary: 9 actions – Completed 1, Green 5, Amber 2, Red 1",
    ]
    with open(os.path.join(HERE, "zoe-durham-county-council-fostering-service-development-plan-2025-26.txt"),
              "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    gloucestershire()
    hull()
    north_tyneside()
    surrey()
    hertfordshire()
    erewash()
    durham()
    print("built 7 zoe- files in", HERE)
