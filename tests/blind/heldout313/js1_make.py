"""Build the seven js1- cases of set heldout313 (children's services plans).

Run with /work/main/.venv/bin/python js1_make.py from any directory; files are written
beside this script. Each data file is built from the same data the expected reading is
written from, so the text in NAME.expected.yaml is the file's text character for character.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


# --------------------------------------------------------------------------- yaml
class _Flow(list):
    pass


def _flow_rep(dumper, data):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


yaml.SafeDumper.add_representer(_Flow, _flow_rep)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": _Flow(under), "action": action, "lead": _Flow(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(fname, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# =========================================================================== 1
def leicestershire():
    fname = "js1-leicestershire-county-council-ilacs-improvement-plan.xlsx"
    title = "ILACS Improvement Plan 2024–2026"
    recs = [
        ("1. The consistency and impact of management oversight and supervision for children in need of help and protection.", [
            ("1.1", "Relaunch the supervision policy with a revised recording template that sets out reflective discussion, actions and timescales for the child's plan.",
             "Head of Service – Child Protection", dt.date(2024, 7, 31), None, "green", "blue",
             "Policy relaunched 15 July 2024. 92% of supervision records sampled in the September audit used the new template."),
            ("1.2", "Deliver the 'Practice Leadership' programme to all team managers and advanced practitioners in the Child Protection and Children in Need teams.",
             "Principal Social Worker", dt.date(2024, 12, 31), None, "green", "green",
             "Cohort 1 (14 managers) completed; cohort 2 starts 7 October 2024."),
            ("1.3", "Introduce monthly dip-sampling of supervision by Service Managers, with findings reported to the Practice Standards Board.",
             "Service Manager (CIN/CP) / Head of Quality Assurance", dt.date(2024, 9, 30), dt.date(2025, 1, 31), "green", "amber",
             "Dip-sampling tool agreed but only two of four localities reporting. Revised date agreed at Improvement Board 8 October 2024."),
        ]),
        ("2. The timeliness and quality of strategy discussions and section 47 enquiries, including the involvement of health and education partners.", [
            ("2.1", "Agree with Leicestershire Police and the ICB a joint standard for attendance at strategy meetings, and monitor attendance through the MASH performance report.",
             "Head of Service – First Response", dt.date(2024, 10, 31), None, "amber", "green",
             "Standard signed off by the three statutory partners in August. Health attendance up from 61% to 84%."),
            ("2.2", "Review the section 47 recording form so that the analysis of risk and the child's views are recorded before the outcome is agreed.",
             "Head of Service – First Response", dt.date(2024, 8, 31), None, "green", "blue",
             "New form live in Mosaic from 19 August 2024."),
            ("2.3", "Undertake a multi-agency audit of 30 strategy discussions with the Leicester, Leicestershire and Rutland Safeguarding Children Partnership and report the learning.",
             "LLR SCP Business Manager & Head of Quality Assurance", dt.date(2025, 3, 31), None, None, "green",
             "Audit tool agreed; audit fieldwork planned for January 2025."),
        ]),
        ("3. The sufficiency of homes for children in care, so that more children live in family settings close to Leicestershire.", [
            ("3.1", "Recruit 40 additional mainstream fostering households through the refreshed Foster for Leicestershire campaign.",
             "Head of Service – Children in Care / Head of Fostering and Adoption", dt.date(2025, 3, 31), None, "amber", "red",
             "11 households approved since April against a profile of 20. Enquiries are high but conversion is low; recovery plan to Improvement Board in November."),
            ("3.2", "Open two additional council-run children's homes for children with complex needs, including one solo provision.",
             "Assistant Director – Children's Social Care", dt.date(2026, 3, 31), None, "green", "green",
             "Property for home 1 purchased; Ofsted registration application submitted 20 September 2024."),
        ]),
        ("4. The quality of pathway plans for care leavers, so that they are specific, updated when circumstances change and written with young people.", [
            ("4.1", "Co-produce a new pathway plan format with the Children in Care Council and the care leavers' forum.",
             "Team Manager – Leaving Care; Participation Officer", dt.date(2024, 11, 30), None, "green", "green",
             "Two workshops held with 12 care leavers; draft format being tested by one team."),
            ("4.2", "Audit all pathway plans for 19–21 year olds who are not in education, employment or training, and update them where needed.",
             "Head of Service – Children in Care", dt.date(2024, 12, 31), None, "green", "amber",
             "68 of 104 plans audited. Staff vacancies in the 18+ team have slowed progress."),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Leicestershire County Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children and Family Services"
    cov["A4"] = title
    cov["A4"].font = Font(bold=True, size=18, color="1F3864")
    cov["A5"] = ("Response to the Ofsted inspection of local authority children's services, "
                 "4–15 March 2024 (report published 2 May 2024)")
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    rows = [
        ("0.1", dt.date(2024, 5, 24), "Head of Service – Strategy and Improvement", "First draft for Departmental Management Team"),
        ("1.0", dt.date(2024, 5, 31), "Head of Service – Strategy and Improvement", "Submitted to Ofsted"),
        ("1.3", dt.date(2024, 9, 30), "Improvement Programme Manager", "Q2 progress update and RAG review"),
    ]
    for j, h in enumerate(hdr, 1):
        c = cov.cell(row=8, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("D9E1F2")
        c.border = BOX
    for i, r in enumerate(rows, 9):
        for j, v in enumerate(r, 1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (12, 14, 44, 48)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (hexc, txt) in enumerate([
        (BLUE, "Complete – action delivered and evidence of impact seen"),
        (GREEN, "On track to deliver by the target date"),
        (AMBER, "Some slippage – revised date agreed by the Improvement Board"),
        (RED, "Off track – escalated to the Improvement Board"),
    ], 3):
        key.cell(row=i, column=1).fill = solid(hexc)
        key.cell(row=i, column=1).border = BOX
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan – progress at 30 September 2024"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = solid("1F3864")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Owner: Director of Children and Family Services   |   "
                "Monitored by: Children's Improvement Board (monthly)")
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Ofsted recommendation (what needs to improve)", "Action", "Lead officer",
             "Target date", "Revised target date", "RAG Jun-24", "RAG Sep-24",
             "Progress update (September 2024)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    expected = []
    for rec, items in recs:
        first = r
        for ref, text, lead, tgt, rev, prev, cur, prog in items:
            vals = [ref, rec if r == first else None, text, lead, tgt, rev, None, None, prog]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=7).fill = solid(FILL[prev])
            ws.cell(row=r, column=8).fill = solid(FILL[cur])
            end = (rev or tgt).strftime("%Y-%m")
            lead_list = {
                "Service Manager (CIN/CP) / Head of Quality Assurance": ["Service Manager (CIN/CP)", "Head of Quality Assurance"],
                "LLR SCP Business Manager & Head of Quality Assurance": ["LLR SCP Business Manager", "Head of Quality Assurance"],
                "Head of Service – Children in Care / Head of Fostering and Adoption": ["Head of Service – Children in Care", "Head of Fostering and Adoption"],
                "Team Manager – Leaving Care; Participation Officer": ["Team Manager – Leaving Care", "Participation Officer"],
            }.get(lead, [lead])
            expected.append(act(ref, [rec], text, lead_list, end, cur))
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: actions rated Blue will be removed from the plan once impact has been evidenced "
        "through the quarterly audit programme. RAG columns are colour-coded – see the 'RAG key' sheet."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 38, 52, 30, 12, 12, 9, 9, 48)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the ILACS post-inspection improvement plans that Leicestershire County Council's "
                "Children and Family Services take to Cabinet and to the Children and Families Overview and "
                "Scrutiny Committee (democracy.leics.gov.uk 'Ofsted Inspection ... Action Plan' items), in the "
                "workbook form councils use for improvement-board tracking; inspection dates are illustrative. "
                "Copied features: cover sheet with title and document-control table, separate RAG key sheet, "
                "Ofsted recommendation merged down column B over its actions, lead officers as job titles "
                "(some with two posts), target and revised target dates, previous and current RAG columns "
                "shown only by fill colour, progress commentary, footnote line."),
        reads=("A three-sheet workbook: a cover with the plan title and document control, a colour key, and "
               "the plan itself, where each of four numbered Ofsted recommendations is a merged cell beside "
               "its two or three numbered actions. Status is read from the colour of the 'RAG Sep-24' "
               "column (the current one); one action has a revised target date which replaces the original."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 2
def south_glos():
    fname = "js1-south-gloucestershire-local-area-send-improvement-plan.xlsx"
    title = "South Gloucestershire SEND Local Area Partnership – Improvement Plan 2025–2027"
    P = [
        ("Priority 1: Children and young people waiting for neurodevelopmental assessment get the right support while they wait",
         "Leaders should ensure that children and young people on the neurodevelopmental pathway, and their families, receive timely information and support while they wait for assessment.",
         [
             ("1.1", "Publish a 'support while you wait' guide for families, co-produced with South Glos Parents and Carers (SGPC).",
              "ICB Designated Clinical Officer; SGPC Chair", "Guide sent to every family on the waiting list; SGPC survey shows improved confidence",
              "Nov 2025", "Jan 2026", "Complete", ["ICB Designated Clinical Officer", "SGPC Chair"], "2026-01", None, "blue"),
             ("1.2", "Launch a 'waiting well' offer for families:\n• monthly online workshops for parents and carers\n• drop-in sessions at each family hub\n• a named contact in the neurodevelopmental hub",
              "Head of Early Help and Family Hubs", "Take-up of workshops; fewer complaints and MP enquiries about waits",
              "Dec 2025", "Summer term 2026", "On track", ["Head of Early Help and Family Hubs"], "2026-07", "Summer term 2026", "green"),
             ("1.3", "Reduce the longest waits for autism assessment for under-fives to below 52 weeks through additional assessment capacity commissioned from Sirona care & health.",
              "ICB Associate Director – Children's Commissioning", "Longest wait (weeks) reported monthly to the SEND Partnership Board",
              "Jan 2026", "March 2027", "At risk", ["ICB Associate Director – Children's Commissioning"], "2027-03", None, "amber"),
         ]),
        ("Priority 2: Children and young people with social, emotional and mental health (SEMH) needs receive timely, suitable education",
         "Leaders should increase the range and availability of alternative provision and make sure that children and young people with SEMH needs who are not in full-time education are known, tracked and supported back into learning.",
         [
             ("2.1", "Set up a weekly multi-agency tracking meeting for every child with SEMH needs on a part-time timetable or out of school.",
              "Head of SEND and Inclusion", "All children on part-time timetables reviewed at least every 6 weeks",
              "Oct 2025", "Dec 2025", "Complete", ["Head of SEND and Inclusion"], "2025-12", None, "blue"),
             ("2.2", "Commission 30 additional alternative provision places, including a new key stage 3 SEMH outreach offer.",
              "Head of Commissioning (Education)", "Places available; reduction in children without a school place for more than 4 weeks",
              "Jan 2026", "Autumn term 2026", "On track", ["Head of Commissioning (Education)"], "2026-12", "Autumn term 2026", "green"),
             ("2.3", "Update the graduated response toolkit for SEMH, with training for SENCos in all clusters.",
              "Educational Psychology Service Manager & Inclusion Cluster Leads", "SENCo training attendance; audit of SEN support plans",
              "Nov 2025", "Ongoing", "On track", ["Educational Psychology Service Manager", "Inclusion Cluster Leads"], None, "Ongoing", "green"),
         ]),
        ("Priority 3: Preparing for adulthood – young people have clear plans for their next steps",
         "Leaders should strengthen the quality of EHC plans for young people from Year 9, so that they set out clear outcomes and plans for adult life, including employment, independent living and health.",
         [
             ("3.1", "Introduce a preparing for adulthood outcomes section in all Year 9 annual review templates.",
              "SEND Casework Team Manager", "Audit of Year 9 reviews shows PfA outcomes in 90% of plans",
              "Apr 2026", "Apr 2026", "Not started", ["SEND Casework Team Manager"], "2026-04", None, "unrated"),
             ("3.2", "Establish a transitions panel with adult social care for young people aged 16 and over who are likely to need adult services.",
              "Ruth Dixon and Amir Shah", "Panel terms of reference agreed; every eligible young person discussed by 17½",
              "Nov 2025", "Feb 2026", "Off track", ["Ruth Dixon", "Amir Shah"], "2026-02", None, "red"),
             ("3.3", "Expand supported internship places from 18 to 35 with local employers and colleges.",
              "Employment and Skills Manager", "Number of supported interns; paid employment 12 months after internship",
              "Sept 2025", "Sept 2026", "On track", ["Employment and Skills Manager"], "2026-09", None, "green"),
         ]),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "South Gloucestershire Local Area Partnership"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "SEND Inspection Improvement Plan – summary of progress (January 2026)"
    sm["A2"].font = Font(bold=True)
    cols = ["Priority", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, h in enumerate(cols, 1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = solid("DDEBF7")
    tot = [0] * 6
    for i, (ph, _afi, items) in enumerate(P, 5):
        counts = [len(items)] + [sum(1 for it in items if it[6] == s)
                                 for s in ("Complete", "On track", "At risk", "Off track", "Not started")]
        tot = [a + b for a, b in zip(tot, counts)]
        sm.cell(row=i, column=1, value=ph.split(":")[0]).border = BOX
        for j, v in enumerate(counts, 2):
            sm.cell(row=i, column=j, value=v).border = BOX
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, 2):
        c = sm.cell(row=8, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm["A10"] = "Status key"
    sm["A10"].font = Font(bold=True)
    for i, (s, hexc, desc) in enumerate([
        ("Complete", BLUE, "Action delivered; evidence of impact being gathered"),
        ("On track", GREEN, "Progressing as planned"),
        ("At risk", AMBER, "Some risk to delivery by the completion date"),
        ("Off track", RED, "Will not be delivered by the completion date without intervention"),
        ("Not started", None, "Not yet due to start"),
    ], 11):
        c = sm.cell(row=i, column=1, value=s)
        if hexc:
            c.fill = solid(hexc)
        sm.cell(row=i, column=2, value=desc)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Response to the Area SEND inspection (Ofsted and CQC, July 2025; report published 5 November 2025). "
                "Version 2.1 – updated for the SEND Partnership Board, 21 January 2026")
    ws.merge_cells("A2:G2")
    heads = ["No.", "Action", "Partner lead(s)", "Impact measure / evidence", "Start", "Completion date", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("305496")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    expected = []
    for ph, afi, items in P:
        c = ws.cell(row=r, column=1, value=ph)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("203764")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ws.cell(row=r, column=1, value=afi)
        c.font = Font(italic=True)
        c.fill = solid("F2F2F2")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, lead, measure, start, end_cell, status, leads, end, end_text, st) in items:
            for j, v in enumerate([ref, text, lead, measure, start, end_cell, status], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if status in status_fill:
                ws.cell(row=r, column=7).fill = solid(status_fill[status])
            expected.append(act(ref, [ph, afi], text, leads, end, st, end_text))
            r += 1
    for col, w in zip("ABCDEFG", (6, 56, 30, 40, 10, 16, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a local area SEND partnership's post-inspection improvement plan following an Area SEND "
                "inspection with the middle outcome (South Gloucestershire Local Area Partnership, inspected by "
                "Ofsted/CQC July 2025, report published 5 November 2025 – bnssghealthiertogether.org.uk statement; "
                "the earlier South Gloucestershire WSOA 2018 and Accelerated Progress Plan 2020 for its style). "
                "Copied features: summary sheet with per-priority status counts, totals row and status key; "
                "plan sheet with full-width priority rows, the inspectors' area for improvement in an italic "
                "merged row beneath each priority, numbered actions, council/ICB/parent-carer-forum leads, "
                "impact measures, start and completion columns in words (months, school terms, Ongoing), "
                "status words with matching fill, a bulleted multi-line action cell."),
        reads=("The Summary sheet only counts and keys; the Improvement Plan sheet holds three priorities, each a "
               "dark banner row followed by an italic area-for-improvement row and three numbered actions. A "
               "reader takes the status word in the Status column (Complete, On track, At risk, Off track, Not "
               "started, as the key on the Summary sheet defines them) and the Completion date column as the end."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 3
def south_ayrshire():
    fname = ("js1-south-ayrshire-council-fostering-service-care-inspectorate-improvement-plan"
             "-typo-month-refuse.xlsx")
    title = "Fostering Service – Care Inspectorate Inspection Improvement Plan"
    items = [
        ("Requirement 1: By 31 December 2025, the provider must ensure that foster carers' reviews are completed within timescales and include the views of children and young people, their social workers and the carers themselves.", [
            ("R1.1", "Produce a monthly tracker of all carer reviews due in the next 90 days and share it with the Fostering Team Leaders.", "Fostering Team Leader", "August 2025", "Tracker in place from 4 August 2025.", "Complete"),
            ("R1.2", "Introduce a child's views form for carer reviews, co-designed with Champions Board members.", "Champions Board Co-ordinator / Fostering Team Leader", "October 2025", "Form drafted with 6 young people; in use from 1 October.", "Green"),
            ("R1.3", "Independent Reviewing Officer to chair all carer reviews that are more than 12 months overdue.", "Service Manager (Family Placement)", "31 December 2025", "9 of 14 overdue reviews held.", "Amber"),
        ]),
        ("Requirement 2: By 28 February 2026, the provider must ensure that safer recruitment checks for all prospective carers and household members are completed and recorded before approval.", [
            ("R2.1", "Audit the files of all carers approved since April 2023 for completed PVG, medical and reference checks.", "Fostering Team Leader", "Febuary 2026", "Audit template agreed. 40 of 112 files audited to date.", "Green"),
            ("R2.2", "Add a safer recruitment checklist to the Form F that the panel adviser signs before a case goes to panel.", "Fostering Panel Adviser", "November 2025", "Checklist in use since 3 November 2025.", "Complete"),
        ]),
        ("Area for improvement 1: To support carers to meet the needs of children, the provider should ensure that all carers complete the mandatory training programme, including trauma-informed practice, within their first year of approval.", [
            ("AFI1.1", "Publish a rolling training calendar with evening and weekend sessions.", "Learning and Development Officer", "September 2025", "Calendar published on the carer portal.", "Complete"),
            ("AFI1.2", "Report training completion for each carer at their annual review.", "Supervising Social Workers", "March 2026", "Reporting template being tested.", "Green"),
        ]),
        ("Area for improvement 2: The provider should ensure that supervision of foster carers is recorded consistently and that actions agreed in supervision are followed up.", [
            ("AFI2.1", "Introduce a standard supervision recording template in CareFirst with an actions log.", "Service Manager (Family Placement)", "Ongoing", "Template live; compliance checked in monthly audits.", "Green"),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "South Ayrshire Health and Social Care Partnership"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Inspection: 9–20 June 2025     Report published: 29 July 2025     Plan updated: 30 September 2025"
    heads = ["No.", "Requirement / area for improvement", "Action(s)", "Responsible officer",
             "Timescale", "Progress", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("C6E0B4")
        c.border = BOX
    r = 6
    typo_row = None
    for req, acts in items:
        first = r
        for ref, text, lead, when, prog, rag in acts:
            for j, v in enumerate([ref, req if r == first else None, text, lead, when, prog, rag], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = solid(rag_fill[rag])
            if when.startswith("Febuary"):
                typo_row = r
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete / Green – on track / Amber – some delay / Red – not on track")
    ws.cell(row=r + 1, column=1, value="Plan owner: Head of Children's Health, Care and Justice Services")
    for col, w in zip("ABCDEFG", (8, 44, 46, 28, 16, 40, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))
    assert typo_row is not None

    write_expected(
        fname,
        source=("Imitates the improvement plans Scottish councils/HSCPs publish after a Care Inspectorate "
                "inspection of their fostering service (requirements 'By <date>, the provider must ...' and "
                "areas for improvement), e.g. the Perth & Kinross and Scottish Borders fostering plans' kind; "
                "South Ayrshire HSCP runs the council's fostering service. Copied features: three-line title "
                "block with inspection and update dates, requirement/AFI text merged down over its actions, "
                "R1.1/AFI1.1 refs, job-title leads, timescales in words (months, a full date, Ongoing), "
                "progress column, RAG words with fill, RAG legend and plan-owner lines below."),
        reads=("A single-sheet plan of two requirements and two areas for improvement with eight actions. The "
               "Timescale of action R2.1 reads 'Febuary 2026' – a mistyped month – so a careful reader stops and "
               "asks before taking the plan in, at that sheet row."),
        outcome="refuse", title=title, refuse_at=typo_row)


# =========================================================================== docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row, fill="D9E2F3"):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(c, fill)


def fill_row(row, values):
    for c, v in zip(row.cells, values):
        c.text = v


# =========================================================================== 4
def waltham_forest():
    fname = "js1-waltham-forest-safeguarding-children-partnership-jtai-action-plan.docx"
    title = "Waltham Forest Safeguarding Children Partnership – JTAI Action Plan"
    rag_hex = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    rag_status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    afis = [
        ("The quality and timeliness of information sharing between the police, health and children's social care when children are identified as being at risk of exploitation or serious youth violence.", [
            ("1.1", "Implement a daily exploitation triage meeting in the MASH with police, health and youth justice attendance.",
             "Head of MASH and Assessment (LBWF)", "January 2025",
             "Daily triage started 13 January 2025; attendance by all three agencies at 95% of meetings.", "Complete",
             ["Head of MASH and Assessment (LBWF)"], "2025-01", None),
            ("1.2", "Extend police access to health information for children known to the exploitation panel, through an agreed information-sharing protocol.",
             "NELFT Named Nurse / MPS Central East BCU Safeguarding Lead", "End of June 2025",
             "Protocol drafted; awaiting sign-off by NELFT information governance.", "Amber",
             ["NELFT Named Nurse", "MPS Central East BCU Safeguarding Lead"], "2025-06", None),
            ("1.3", "Audit 20 exploitation referrals to test whether the information shared led to timely decisions.",
             "WFSCP Quality Assurance Subgroup Chair", "Q1 2025/26",
             "Audit scheduled for May 2025.", "Green",
             ["WFSCP Quality Assurance Subgroup Chair"], "2025-06", "Q1 2025/26"),
        ]),
        ("The consistency of risk assessment and safety planning for children at risk of extra-familial harm, including the use of contextual safeguarding approaches.", [
            ("2.1", "Launch a single multi-agency extra-familial harm assessment and safety plan template across children's social care and the Youth Justice Service.",
             "Service Manager – Adolescent Safeguarding", "31/03/2025",
             "Template live in Mosaic and ChildView from 3 March 2025.", "Complete",
             ["Service Manager – Adolescent Safeguarding"], "2025-03", None),
            ("2.2", "Deliver contextual safeguarding training to all social workers, youth justice officers and school designated safeguarding leads.",
             "WFSCP Training Coordinator & Youth Justice Service Manager", "September 2025",
             "Four of ten sessions delivered (112 practitioners).", "Green",
             ["WFSCP Training Coordinator", "Youth Justice Service Manager"], "2025-09", None),
            ("2.3", "Map locations of concern quarterly with the Community Safety Partnership and feed the findings into the Safer Streets programme.",
             "Community Safety Manager", "Ongoing – quarterly",
             "First mapping session held February 2025.", "Green",
             ["Community Safety Manager"], None, "Ongoing – quarterly"),
        ]),
        ("Oversight by strategic leaders of the impact of multi-agency work on the outcomes of children at risk of serious youth violence.", [
            ("3.1", "Develop a serious youth violence outcomes dashboard for the Executive Safeguarding Partners, drawing on police, health, education and youth justice data.",
             "WFSCP Business Manager", "July 2025",
             "Data sets agreed; education data not yet available at child level.", "Amber",
             ["WFSCP Business Manager"], "2025-07", None),
            ("3.2", "Hold an annual practitioner and young people's challenge event with the Executive Safeguarding Partners.",
             "Independent Scrutineer; Young Advisors Coordinator", "November 2025",
             "", "Not started",
             ["Independent Scrutineer", "Young Advisors Coordinator"], "2025-11", None),
            ("3.3", "Refresh the Serious Youth Violence Strategy 2025–2028 with the Community Safety Partnership.",
             "Director of Community Safety", "December 2025",
             "Consultation with young people under way through the Young Advisors.", "Green",
             ["Director of Community Safety"], "2025-12", None),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to serious youth violence, "
                      "7–11 October 2024 (letter published 18 December 2024)")
    doc.add_paragraph("Partners: London Borough of Waltham Forest, Metropolitan Police Service (Central East BCU), "
                      "NHS North East London Integrated Care Board")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    fill_row(t.rows[0], ["Version", "Date", "Author", "Approved by"])
    bold_row(t.rows[0])
    for v in [("1.0", "17/01/2025", "WFSCP Business Manager", "Executive Safeguarding Partners"),
              ("2.0", "14/02/2025", "WFSCP Business Manager", "Submitted to Ofsted"),
              ("3.0", "28/03/2025", "WFSCP Business Manager", "Partnership Board – March update")]:
        fill_row(t.add_row(), v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, desc in [("Complete", "Action delivered and impact evidenced"), ("Green", "On track"),
                    ("Amber", "At risk of slipping"), ("Red", "Off track – escalate to Executive Safeguarding Partners")]:
        row = t.add_row()
        fill_row(row, [k, desc])
        shade(row.cells[0], rag_hex[k])

    expected = []
    for n, (afi, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", level=1)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.bold = True
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        fill_row(t.rows[0], ["Ref", "Action", "Lead (agency)", "Timescale", "Progress update (March 2025)", "RAG"])
        bold_row(t.rows[0])
        for (ref, text, lead, when, prog, rag, leads, end, end_text) in acts:
            row = t.add_row()
            fill_row(row, [ref, text, lead, when, prog, rag])
            if rag in rag_hex:
                shade(row.cells[5], rag_hex[rag])
            expected.append(act(ref, [afi], text, leads, end, rag_status[rag], end_text))
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    fill_row(t.rows[0], ["Safeguarding partner", "Name", "Date"])
    bold_row(t.rows[0])
    for v in [("Chief Executive, London Borough of Waltham Forest", "On behalf of the Council", "14/02/2025"),
              ("Borough Commander, Central East BCU", "On behalf of the MPS", "14/02/2025"),
              ("Chief Nursing Officer, NHS North East London", "On behalf of the ICB", "14/02/2025")]:
        fill_row(t.add_row(), v)
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a safeguarding children partnership's JTAI action plan (London partnerships such as "
                "Haringey and Barking & Dagenham publish these after the JTAI letter; the serious youth violence "
                "deep-dive series ran 2023–25). Copied features: title and inspection subtitle, partners line, "
                "document-control table, RAG key table with shaded cells, one section per area for improvement "
                "('Area for improvement n' heading with the inspectors' wording in bold italics), a table per "
                "section with Ref, Action, Lead (agency), Timescale, Progress and RAG, multi-agency leads, "
                "timescales as months, a dd/mm/yyyy date, a financial quarter and 'Ongoing – quarterly', sign-off table."),
        reads=("A Word plan in three sections; each is headed only 'Area for improvement n', so the reader files the "
               "actions under the inspectors' wording printed beneath the heading. Document control, the RAG key and "
               "the sign-off table are not the plan. Status is the RAG word in the last column ('Complete' is blue; "
               "one action has 'Not started')."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 5
def wiltshire():
    fname = "js1-wiltshire-council-childrens-home-ofsted-action-plan.docx"
    title = "Ofsted Inspection Action Plan – Canal View Children's Home"
    status_map = {"Completed": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    sections = [
        ("1. Overall experiences and progress of children and young people", [
            ("The registered person must ensure that each child's personal education plan is reviewed with their school and that staff support the child to attend education regularly. (Regulation 8 (1), (2)(a) and (b))", [
                ("Registered Manager to meet the virtual school and each child's school to review PEPs and agree attendance targets.",
                 "Registered Manager", "31/01/2025", "Completed", ["Registered Manager"], "2025-01", None),
                ("Keyworkers to complete a weekly education log for each child and bring it to the fortnightly team meeting.",
                 "Keyworkers / Deputy Manager", "28/02/2025", "On track", ["Keyworkers", "Deputy Manager"], "2025-02", None),
            ]),
            ("The registered person should ensure that children are helped to take part in activities in the local community that reflect their interests. ('Guide to the Children's Homes Regulations including the quality standards', page 15, paragraph 3.9)", [
                ("Hold monthly house meetings where children choose and plan activities, and record what was agreed and what happened.",
                 "Senior Residential Worker", "31/12/2024", "Completed", ["Senior Residential Worker"], "2024-12", None),
            ]),
        ]),
        ("2. How well children and young people are helped and protected", [
            ("The registered person must ensure that staff follow the home's missing from care procedure and that return home interviews are requested without delay. (Regulation 12 (1), (2)(a)(v))", [
                ("Refresher training for all staff on the missing from care protocol, delivered with Wiltshire Police.",
                 "Registered Manager", "20/12/2024", "Completed", ["Registered Manager"], "2024-12", None),
                ("Deputy Manager to check every missing episode record within 24 hours and chase the return home interview request.",
                 "Deputy Manager", "Ongoing", "On track", ["Deputy Manager"], None, "Ongoing"),
            ]),
        ]),
        ("3. The effectiveness of leaders and managers", [
            ("The registered person must ensure that all staff receive supervision at least monthly and that records show reflective discussion about children's needs. (Regulation 33 (4)(b))", [
                ("Introduce a supervision tracker that the Responsible Individual reviews at each monthly visit.",
                 "Registered Manager / Responsible Individual", "31/01/2025", "Completed", ["Registered Manager", "Responsible Individual"], "2025-01", None),
                ("Two senior residential workers to complete supervision skills training so that supervision can be shared.",
                 "Responsible Individual", "31/03/2025", "Not started", ["Responsible Individual"], "2025-03", None),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run("Wiltshire Council – Families and Children's Services – Children's Residential Service")
    r.bold = True
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_paragraph(title, style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Home", "Canal View"), ("URN", "SC485231"), ("Inspection type", "Full inspection"),
                 ("Inspection dates", "12 and 13 November 2024"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("How well children and young people are helped and protected", "Requires improvement to be good"),
                 ("The effectiveness of leaders and managers", "Requires improvement to be good"),
                 ("Plan completed by", "Registered Manager"), ("Date of plan", "6 December 2024"),
                 ("Last reviewed", "28 February 2025")]:
        row = t.add_row()
        fill_row(row, [k, v])
        shade(row.cells[0], "E4DFEC")
    doc.add_paragraph()
    doc.add_paragraph("Status: Completed / On track / Amber (at risk) / Not started. "
                      "Requirements carry the Ofsted due date; recommendations are good practice.")

    expected = []
    for head, reqs in sections:
        doc.add_heading(head, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        fill_row(t.rows[0], ["Requirement / recommendation", "Action", "Who", "By when", "Status"])
        bold_row(t.rows[0], "E4DFEC")
        for req, acts in reqs:
            first = None
            for (text, who, when, status, leads, end, end_text) in acts:
                row = t.add_row()
                fill_row(row, ["", text, who, when, status])
                if first is None:
                    first = row
                last = row
                expected.append(act(None, [head, req], text, leads, end, status_map[status], end_text))
            if first is last:
                first.cells[0].text = req
            else:
                merged = first.cells[0].merge(last.cells[0])
                merged.text = req
        doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: Regulation 45 review, April 2025.")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a local authority children's home's post-inspection action plan after an Ofsted full "
                "inspection under the SCCIF (council-run homes publish or table these at corporate parenting "
                "panels; the home name and URN here are illustrative). Copied features: service line and title, "
                "home details table with the three SCCIF judgements, status legend line, one table per SCCIF "
                "judgement area, Ofsted requirement (with regulation reference) or recommendation (with Guide "
                "reference) vertically merged over its actions, no action numbers, 'Who' as posts, dd/mm/yyyy "
                "'By when', status words, closing review line."),
        reads=("A Word action plan in three sections named after the SCCIF judgement areas; in each table the "
               "first column holds the requirement or recommendation as a merged cell beside its actions. A "
               "reader takes each action under its judgement area and the requirement, with no reference "
               "numbers, the 'By when' date as the end and the Status word."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 6
def kent():
    fname = "js1-kent-youth-justice-service-hmip-improvement-plan.csv"
    title = "Kent Youth Justice Service – HMI Probation Inspection Improvement Plan"
    groups = [
        ("The Kent Youth Justice Partnership Board should:", [
            ("1. develop a shared understanding of the over-representation of Black and mixed heritage children in the youth justice system, and act on it", [
                ("1.1", "Commission a disproportionality deep dive using police, court and YJS data, with findings reported to the Board.",
                 "Head of Youth Justice", "30/06/2025", "", "G", "Data-sharing agreement with Kent Police signed; analysis under way.",
                 ["Head of Youth Justice"], "2025-06", None, "green"),
                ("1.2", "Agree a partnership disproportionality action plan with Kent Police, HMCTS and Kent Education.",
                 "Partnership Board Chair; Kent Police Superintendent (Public Protection)", "30/09/2025", "", "", "Depends on 1.1.",
                 ["Partnership Board Chair", "Kent Police Superintendent (Public Protection)"], "2025-09", None, "unrated"),
            ]),
            ("2. make sure that children's health and education needs are met, including access to speech and language therapy and to education, training and employment support", [
                ("2.1", "Extend speech, language and communication screening to all children starting an out-of-court disposal.",
                 "KCHFT Youth Justice Health Lead", "31/03/2025", "30/06/2025", "A", "SLT vacancy in West Kent; screening in place in East Kent only.",
                 ["KCHFT Youth Justice Health Lead"], "2025-06", None, "amber"),
                ("2.2", "Appoint a dedicated ETE officer in each of the four area teams.",
                 "YJS Operations Manager (ETE)", "31/01/2025", "", "B", "All four officers in post from 20 January 2025.",
                 ["YJS Operations Manager (ETE)"], "2025-01", None, "blue"),
            ]),
        ]),
        ("The Head of Kent Youth Justice Service should:", [
            ("3. improve the quality of assessment and planning to keep children and other people safe", [
                ("3.1", "Introduce a risk and safety management panel for all children assessed as high or very high risk of harm.",
                 "YJS Operations Manager (North) / YJS Operations Manager (South)", "28/02/2025", "", "B", "Panel meeting fortnightly since February.",
                 ["YJS Operations Manager (North)", "YJS Operations Manager (South)"], "2025-02", None, "blue"),
                ("3.2", "Deliver AssetPlus refresher training on the analysis of risk of harm to all case managers.",
                 "Practice Development Lead", "31/05/2025", "", "G", "3 of 5 sessions delivered.",
                 ["Practice Development Lead"], "2025-05", None, "green"),
                ("3.3", "Carry out case audits against the HMIP standards and report the themes to the management team.",
                 "Quality Assurance Manager", "Quarterly", "", "G", "Q4 audit of 24 cases completed.",
                 ["Quality Assurance Manager"], None, "Quarterly", "green"),
            ]),
            ("4. make sure that management oversight is consistent and recorded on all cases", [
                ("4.1", "Set a standard for recorded management oversight at assessment, planning and review, and monitor it through the ChildView dashboard.",
                 "Head of Youth Justice", "30/04/2025", "31/07/2025", "R", "Dashboard report not yet built – ChildView upgrade delayed by the supplier.",
                 ["Head of Youth Justice"], "2025-07", None, "red"),
                ("4.2", "Give new team managers a structured induction and mentoring from an experienced manager.",
                 "Lisa Marsh & Daniel Okafor", "31/03/2025", "", "G", "Two new managers matched with mentors.",
                 ["Lisa Marsh", "Daniel Okafor"], "2025-03", None, "green"),
            ]),
        ]),
    ]
    ncol = 8
    rows = [[title] + [""] * (ncol - 1),
            ["Inspection fieldwork: September 2024. Report published: 14 January 2025. Plan owner: Head of Youth Justice. Position at 31 March 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Recommendation", "Action No", "Action", "Lead", "Target Date", "Revised Target Date", "RAG", "Progress Update"]]
    expected = []
    for g, recs in groups:
        rows.append([g] + [""] * (ncol - 1))
        for rec, acts in recs:
            for i, (ref, text, lead, tgt, rev, rag, prog, leads, end, end_text, st) in enumerate(acts):
                rows.append([rec if i == 0 else "", ref, text, lead, tgt, rev, rag, prog])
                expected.append(act(ref, [g, rec], text, leads, end, st, end_text))
    rows.append([""] * ncol)
    rows.append(["RAG key: B = complete; G = on track; A = some slippage; R = off track; blank = not started"] + [""] * (ncol - 1))
    rows.append(["Total actions: 9 (B 2 / G 4 / A 1 / R 1 / not started 1)"] + [""] * (ncol - 1))
    with open(os.path.join(HERE, fname), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

    write_expected(
        fname,
        source=("Imitates the post-inspection improvement plans youth justice services submit to HM Inspectorate "
                "of Probation and their management boards (Kent YJS was inspected by HMIP in 2021; this plan is "
                "set after an illustrative 2024 inspection), as a CSV saved from the tracking spreadsheet. "
                "Copied features: title and inspection/owner lines, HMIP recommendations grouped by who they are "
                "addressed to ('The ... Board should:' / 'The Head of ... should:'), numbered recommendation text "
                "only on the first of its action rows (merged cells exported), action numbers, job-title and "
                "named leads, target and revised target dates, RAG letters, RAG key and totals lines at the foot."),
        reads=("A CSV tracker: two addressee lines group four numbered HMIP recommendations, each written once on "
               "its first action row with the following rows blank beneath it, and nine numbered actions. The "
               "revised target date replaces the target where given; RAG is a letter (B complete, blank not "
               "started); the key and totals at the end are not actions."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 7
def norfolk():
    fname = "js1-norfolk-corporate-parenting-board-action-plan.txt"
    title = "Corporate Parenting Board – Action Plan 2025 to 2027"
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                  "Not started": "unrated"}
    priorities = [
        ("Priority 1: You told us – listen to us and act on what we say", [
            ("1.1", "Co-produce a refreshed Promise to children in care with NiCC and launch it at the summer celebration event.",
             "Participation and Engagement Manager", "July 2025", "Complete",
             "The Promise was launched on 26 July 2025 and posted to every child in care with a letter from the Director.",
             ["Participation and Engagement Manager"], "2025-07", None),
            ("1.2", "Make sure every child in care aged 8 and over is offered an independent visitor or advocate, and that the offer is recorded on their file.",
             "Head of Corporate Parenting", "By December 2025", "At risk",
             "Offer recorded for 71% of children. Independent visitor waiting list of 23 children; recruitment drive in January.",
             ["Head of Corporate Parenting"], "2025-12", None),
            ("1.3", "Hold a \"takeover\" Corporate Parenting Board chaired by NiCC members each year.",
             "Cllr Helen Marsh and Tom Adeyemi", "Ongoing – annually each spring", "On track",
             "Takeover Board booked for 15 April 2026.",
             ["Cllr Helen Marsh", "Tom Adeyemi"], None, "Ongoing – annually each spring"),
        ]),
        ("Priority 2: Your education and your health", [
            ("2.1", "Every child in care to have a Personal Education Plan reviewed each term, with the child's views recorded.",
             "Head of Virtual School", "Autumn term 2025", "On track",
             "94% of PEPs completed in the autumn term; 88% include the child's views.",
             ["Head of Virtual School"], "2025-12", "Autumn term 2025"),
            ("2.2", "Reduce the time from a child coming into care to their initial health assessment so that 90% are completed within 20 working days.",
             "Designated Nurse for Children in Care / Head of Social Work (Children in Care)", "Q4 2025/26", "Off track",
             "58% within 20 working days in Q2. Paediatric capacity is the main barrier; escalated to the ICB.",
             ["Designated Nurse for Children in Care", "Head of Social Work (Children in Care)"], "2026-03", "Q4 2025/26"),
            ("2.3", "Offer every care leaver aged 18 to 21 a free leisure pass and a mental health check-in with the Care Leavers' Health Navigator.",
             "Head of Leaving Care", "April 2026 – March 2027", "Not started",
             "Funding bid submitted to NHS Norfolk and Waveney ICB.",
             ["Head of Leaving Care"], "2027-03", "April 2026 – March 2027"),
        ]),
        ("Priority 3: A home and a future", [
            ("3.1", "Agree with all seven district councils that care leavers are exempt from council tax until they are 25.",
             "Head of Leaving Care / District Council Housing Leads", "March 2026", "On track",
             "Five of seven districts have agreed; two taking it to cabinet in February.",
             ["Head of Leaving Care", "District Council Housing Leads"], "2026-03", None),
            ("3.2", "Create 20 new ring-fenced apprenticeships and work placements for care leavers across Norfolk County Council.\nDevelop the offer with HR and the Norfolk Apprenticeship Hub.",
             "Head of HR Operations", "Q3 2025/26", "Complete",
             "22 opportunities created; 9 care leavers started in October.",
             ["Head of HR Operations"], "2025-12", "Q3 2025/26"),
            ("3.3", "Launch a Staying Close offer for young people leaving residential care, with six supported flats.",
             "Head of Placement Commissioning", "September 2026", "On track",
             "Provider selected; first two flats to open in May 2026.",
             ["Head of Placement Commissioning"], "2026-09", None),
        ]),
    ]
    lines = [
        "Norfolk County Council",
        title,
        "Progress update for the Corporate Parenting Board, 14 January 2026",
        "",
        "This plan sets out what we, as corporate parents, will do for children in care and care leavers in Norfolk.",
        "It was agreed with Norfolk in Care Council (NiCC) and the Care Leavers' Forum in June 2025.",
        "",
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | Not started",
        "",
    ]
    expected = []
    for ph, acts in priorities:
        lines.append(ph)
        lines.append("")
        for (ref, text, lead, when, status, upd, leads, end, end_text) in acts:
            lines.append(f"Action {ref}")
            lines.extend(text.split("\n"))
            lines.append(f"Responsible officer: {lead}")
            lines.append(f"Timeline: {when}")
            lines.append(f"Status: {status}")
            lines.append(f"Update: {upd}")
            lines.append("")
            expected.append(act(ref, [ph], text, leads, end, status_map[status], end_text))
    lines.append("Next review: Corporate Parenting Board, April 2026.")
    lines.append("Contact: corporate.parenting@norfolk.gov.uk")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        fname,
        source=("Imitates a council corporate parenting board action plan published as a web page and saved as "
                "plain text (the layout of Bracknell Forest's 'Corporate Parenting Strategy action plan 2025 to "
                "2028' page: pledge heading, then 'Responsible officer:' and 'Timeline:' lines per action), set "
                "for Norfolk County Council's Corporate Parenting Board with Norfolk in Care Council (NiCC). "
                "Copied features: council and title lines, purpose paragraph, status key line, priority headings "
                "in the voice of children in care, 'Action n.n' label lines, labelled officer/timeline/status/update "
                "lines, a two-line action, timelines as months, 'By ...', a school term, financial quarters, a "
                "date range and an 'Ongoing' phrase, two-post and two-person leads."),
        reads=("A plain text plan: under three priority headings, each action is a block starting 'Action n.n', "
               "its text, then Responsible officer, Timeline, Status and Update lines, with a blank line between "
               "blocks. The status key defines the words; the intro, key and closing lines are not actions."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    leicestershire()
    south_glos()
    south_ayrshire()
    waltham_forest()
    wiltshire()
    kent()
    norfolk()
    print("built 7 cases in", HERE)
