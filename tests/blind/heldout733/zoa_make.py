#!/usr/bin/env python3
"""Build the seven zoa- blind test files (set heldout733).

Run with /work/main/.venv/bin/python zoa_make.py  (writes next to this script).
Data for each plan is kept in module-level structures so the expected readings
can be checked against exactly the same strings.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
RAG_FILL = {
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "green": PatternFill("solid", fgColor="92D050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
}


def out(name):
    return os.path.join(HERE, name)


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.fill = HDR_FILL
        cell.font = HDR_FONT
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Sheffield City Council - Council Plan delivery tracker (xlsx)
# ---------------------------------------------------------------------------
SHEF_FILE = "zoa-sheffield-city-council-council-plan-delivery-tracker-2025-26.xlsx"
SHEF_TITLE = "Sheffield City Council – Council Plan 2024-28 Delivery Tracker 2025/26"
# outcome -> commitments -> milestones
# milestone: ref, text, lead, due(datetime or str), q1, q2, commentary
SHEF = [
    ("Outcome 1: A place where all children belong and all young people can build a successful future", [
        ("1.1 Increase the number of children with special educational needs and disabilities who are supported in local mainstream and specialist provision", [
            ("1.1.1", "Open 120 additional resourced provision places across primary and secondary schools for the September 2025 intake",
             "Director of Education and Skills", D(2025, 9, 30), "G", "C",
             "All 120 places opened for the September intake across 11 schools."),
            ("1.1.2", "Issue 90% of new Education, Health and Care Plans within 20 weeks (excluding exceptions)",
             "Director of Education and Skills", D(2026, 3, 31), "A", "A",
             "Q2 timeliness 71% (Q1 64%). Additional educational psychology capacity commissioned from October."),
        ]),
        ("1.2 Every care-experienced young person has a safe home and a plan for their future", [
            ("1.2.1", "Deliver 12 additional supported accommodation units for care leavers at the Attercliffe scheme",
             "Director of Children's Social Care / Director of Housing", D(2025, 12, 31), "G", "R",
             "Main contractor entered administration in August. Revised programme to be agreed with Homes England; completion now unlikely before summer 2026."),
        ]),
    ]),
    ("Outcome 2: Great neighbourhoods that people are happy to call home", [
        ("2.1 Improve the quality and safety of council homes", [
            ("2.1.1", "Complete damp and mould surveys of all council homes identified as high risk",
             "Director of Housing", D(2025, 6, 30), "G", "C",
             "All 2,340 high-risk homes surveyed; remedial works tracked through the Housing Repairs Board."),
            ("2.1.2", "Complete 95% of emergency repairs within 24 hours",
             "Director of Direct Services", D(2026, 3, 31), "A", "G",
             "93.8% in Q2, up from 89.1% in Q1."),
        ]),
        ("2.2 Cleaner streets and well-kept local parks", [
            ("2.2.1", "Roll out weekly food waste collections to all households",
             "Director of Street Scene and Regulation", D(2026, 3, 31), "G", "G",
             "Phase 1 (north-east of the city) live from 8 September 2025."),
        ]),
    ]),
    ("Outcome 3: People live in caring, engaged communities that value diversity and support wellbeing", [
        ("3.1 More people are supported to live independently in their own homes", [
            ("3.1.1", "Reduce the number of people waiting for a Care Act assessment to below 300",
             "Director of Adult Care and Wellbeing", D(2026, 3, 31), "R", "A",
             "Waiting list 412 at end of September (Q1: 566)."),
            ("3.1.2", "Launch the Sheffield Carers Strategy 2025-30 delivery plan with the Carers Partnership Board",
             "Director of Adult Care and Wellbeing", D(2025, 10, 31), "G", "G",
             "Launch event booked for 21 October 2025."),
        ]),
    ]),
    ("Outcome 4: A creative and prosperous city full of culture, learning and innovation", [
        ("4.1 Deliver the Investment Zone and grow good jobs in advanced manufacturing", [
            ("4.1.1", "Secure approval of the Investment Zone year 2 delivery plan with South Yorkshire Mayoral Combined Authority",
             "Director of Investment, Climate Change and Planning", D(2025, 7, 31), "G", "C",
             "Approved by the SYMCA Board on 14 July 2025."),
        ]),
    ]),
    ("Outcome 5: A city on the move – growing, connected and sustainable", [
        ("5.1 Lead the city's transition to net zero", [
            ("5.1.1", "Publish the refreshed climate change route map and 2025/26 action plan",
             "Director of Investment, Climate Change and Planning", D(2025, 12, 31), "A", "A",
             "Draft route map delayed to align with the Local Plan examination timetable."),
            ("5.1.2", "Install 150 on-street electric vehicle charge points through the LEVI programme",
             "Director of Highways and Transport", D(2026, 3, 31), "G", "G",
             "64 charge points installed; contract on track."),
            ("5.1.3", "Begin public consultation on the refreshed Sheffield Transport Strategy",
             "Director of Highways and Transport", D(2026, 2, 28), "", "",
             "Not due to start until January 2026."),
        ]),
    ]),
]
SHEF_RAGMAP = {"C": "blue", "G": "green", "A": "amber", "R": "red", "": None}


def build_sheffield():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = SHEF_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Reporting period:"
    cv["B3"] = "Quarter 2 (July – September 2025)"
    cv["A4"] = "Report to:"
    cv["B4"] = "Finance and Performance Policy Committee – 17 November 2025"
    cv["A5"] = "Owner:"
    cv["B5"] = "Strategy and Partnerships Service"
    cv["A6"] = "Mission:"
    cv["B6"] = "Together we get things done"
    cv["A8"] = "RAG key"
    cv["A8"].font = Font(bold=True)
    key = [("C", "Complete – milestone delivered", "blue"),
           ("G", "On track – milestone will be delivered by the due date", "green"),
           ("A", "At risk – some slippage, recoverable within the year", "amber"),
           ("R", "Off track – will not be delivered without intervention", "red")]
    for i, (k, t, col) in enumerate(key):
        cv.cell(row=9 + i, column=1, value=k).fill = RAG_FILL[col]
        cv.cell(row=9 + i, column=2, value=t)
    cv["A14"] = "Milestones with no RAG have not yet started."
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Q2 summary by outcome"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Outcome", "Milestones", "C", "G", "A", "R", "Not started"]
    for c, h in enumerate(hdr, 1):
        sm.cell(row=3, column=c, value=h)
    style_header(sm, 3, len(hdr))
    r = 4
    tot = [0] * 6
    for outcome, comms in SHEF:
        ms = [m for _, mm in comms for m in mm]
        counts = [len(ms)] + [sum(1 for m in ms if m[5] == k) for k in ("C", "G", "A", "R", "")]
        sm.cell(row=r, column=1, value=outcome.split(":")[0])
        for j, v in enumerate(counts):
            sm.cell(row=r, column=2 + j, value=v)
            tot[j] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        sm.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = SHEF_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Quarter 2 position (July – September 2025)"
    hdr = ["Ref", "Commitment", "Milestone 2025/26", "Lead officer", "Due", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    for outcome, comms in SHEF:
        ws.cell(row=r, column=1, value=outcome)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        for comm, ms in comms:
            first = r
            for (ref, text, lead, due, q1, q2, comment) in ms:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=due)
                c.number_format = "mmm-yy"
                for col, v in ((6, q1), (7, q2)):
                    cc = ws.cell(row=r, column=col, value=v or None)
                    if v:
                        cc.fill = RAG_FILL[SHEF_RAGMAP[v]]
                    cc.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=8, value=comment)
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                    if col not in (6, 7):
                        ws.cell(row=r, column=col).alignment = WRAP
                r += 1
            ws.cell(row=first, column=2, value=comm)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Source: service returns to Strategy and Partnerships, 10 October 2025. Measures are reported separately in the Outcomes Framework report.")
    for col, w in zip("ABCDEFGH", (8, 40, 55, 30, 9, 8, 8, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out(SHEF_FILE))


# ---------------------------------------------------------------------------
# 2. Shropshire Local Area Partnership - Area SEND priority action plan (xlsx)
# ---------------------------------------------------------------------------
SHROP_FILE = "zoa-shropshire-local-area-send-priority-action-plan.xlsx"
SHROP_TITLE = "Shropshire Local Area Partnership – Area SEND Priority Action Plan"
# workstream -> area -> actions
# action: ref, text, lead, original, revised, rag(colour or None), progress, impact
SHROP = [
    ("Workstream 1 – Timeliness and quality of EHC needs assessments and plans", [
        ("Priority action 1: Leaders across the partnership should improve the timeliness of EHC needs assessments so that children and young people's needs are identified and met without delay.", [
            ("1.1", "Recruit to the additional EHC coordinator and educational psychologist posts agreed in the SEND investment case",
             "Head of SEND and Inclusion", D(2024, 5, 31), D(2024, 9, 30), "blue",
             "All 6 EHC coordinator posts and 2.5 FTE educational psychologists in post from September 2024.",
             "Caseloads per coordinator below 150"),
            ("1.2", "Introduce a weekly multi-agency EHC decision-making panel with health and social care representation",
             "Head of SEND and Inclusion / Designated Clinical Officer", D(2024, 4, 30), None, "blue",
             "Panel running weekly since 3 April 2024; attendance log held by SEND Business Support.",
             "Decisions to assess made within 6 weeks"),
            ("1.3", "Clear the backlog of assessments over 20 weeks through a time-limited recovery team",
             "Head of SEND and Inclusion", D(2024, 12, 31), D(2025, 3, 31), "amber",
             "Backlog reduced from 214 to 96. Revised date agreed by the Partnership Board.",
             "No open assessments over 20 weeks"),
        ]),
        ("Priority action 2: Leaders should ensure that EHC plans are of consistently good quality, are reviewed annually and accurately reflect children and young people's needs and aspirations.", [
            ("2.1", "Implement the EHC plan quality assurance framework, with a multi-agency audit of 20 plans each month",
             "SEND Quality Assurance Lead", D(2025, 3, 31), None, "green",
             "Audits completed monthly since May 2024; 61% of plans rated good or better in December (baseline 34%).",
             "80% of audited plans good or better"),
            ("2.2", "Deliver co-produced EHC plan writing training to all SEND casework staff and to health and social care advice writers",
             "SEND Workforce Development Lead; PACC Participation Lead", D(2024, 9, 30), D(2025, 2, 28), "amber",
             "Casework staff trained. Health advice writers' sessions moved to February because of clinic pressures.",
             "All advice writers trained"),
        ]),
    ]),
    ("Workstream 2 – Neurodevelopmental pathways and health waiting times", [
        ("Priority action 3: NHS Shropshire, Telford and Wrekin and its providers should reduce waiting times for autism and ADHD assessment and make sure children and families are supported while they wait.", [
            ("3.1", "Commission additional autism assessment capacity from an independent provider to reduce the waiting list by 400 children",
             "Director of Nursing and Quality, NHS STW", D(2024, 10, 31), D(2025, 6, 30), "red",
             "Procurement re-run after the first tender attracted no compliant bids. New provider expected to start April 2025.",
             "Waiting list under 1,000 children"),
            ("3.2", "Launch the 'support while you wait' offer with the Parent and Carer Council, including the online neurodiversity hub",
             "Designated Clinical Officer and PACC Chair", D(2024, 7, 31), None, "blue",
             "Hub launched 15 July 2024; 2,100 visits in the first three months.",
             "Families report feeling supported while waiting"),
            ("3.3", "Publish monthly waiting time data for neurodevelopmental pathways on the Local Offer",
             "Head of Children's Commissioning, NHS STW", D(2024, 6, 30), None, "green",
             "Published monthly since June; December data delayed by the provider's system change.",
             "Data published by the 15th of each month"),
        ]),
    ]),
    ("Workstream 3 – Alternative provision and inclusion", [
        ("Area for improvement 1: Leaders should strengthen their oversight of children and young people with SEND who attend alternative provision or are on a reduced timetable.", [
            ("4.1", "Establish a register of all children on part-time timetables and review each case termly through the Inclusion Panel",
             "Virtual School Headteacher / Head of Education Access", "Autumn term 2024", None, "blue",
             "Register live since October 2024; first termly reviews completed in December.",
             "Every part-time timetable reviewed within a term"),
            ("4.2", "Commission quality assurance visits to all unregistered alternative provision used by Shropshire schools",
             "Head of Education Access", D(2025, 3, 31), None, None,
             "Not yet started – scheduled for Q4.",
             "All settings visited and rated"),
        ]),
    ]),
]


def build_shropshire():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = SHROP_TITLE
    fs["A1"].font = Font(bold=True, size=14)
    fs["A3"] = "Inspection:"
    fs["B3"] = "Ofsted and CQC area SEND inspection, November 2023 (report published 12 January 2024)"
    fs["A4"] = "Outcome:"
    fs["B4"] = "Widespread and/or systemic failings – priority action plan required"
    fs["A5"] = "Partners:"
    fs["B5"] = "Shropshire Council; NHS Shropshire, Telford and Wrekin (ICB); Shropshire Parent and Carer Council (PACC)"
    fs["A6"] = "Governance:"
    fs["B6"] = "SEND and Alternative Provision Partnership Board (monthly); Improvement Board chaired by the DfE SEND adviser"
    fs["A8"] = "Version control"
    fs["A8"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Changes"),
          ("1.0", D(2024, 3, 18), "SEND Improvement Lead", "Submitted to Ofsted and CQC"),
          ("2.0", D(2024, 10, 8), "SEND Improvement Lead", "Q2 progress update"),
          ("2.3", D(2025, 1, 14), "SEND Improvement Lead", "Q3 progress update; revised dates agreed by the Partnership Board on 9 December 2024")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = fs.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    style_header(fs, 9, 4)
    fs.column_dimensions["A"].width = 14
    fs.column_dimensions["B"].width = 60
    fs.column_dimensions["C"].width = 24
    fs.column_dimensions["D"].width = 60

    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG rating key"
    ky["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete – action delivered and impact evidenced"),
                                     ("green", "On track to be delivered by the completion date"),
                                     ("amber", "At risk – some slippage, mitigation in place"),
                                     ("red", "Off track – escalated to the Partnership Board"),
                                     (None, "No colour – not yet started")]):
        c = ky.cell(row=3 + i, column=1)
        if col:
            c.fill = RAG_FILL[col]
        c.border = BOX
        ky.cell(row=3 + i, column=2, value=txt)
    ky.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Priority Action Plan")
    ws["A1"] = SHROP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update: January 2025"
    hdr = ["Ref", "Area for priority action / improvement", "Action", "Lead(s)", "Original completion date",
           "Revised completion date", "RAG", "Progress update (January 2025)", "How we will know (impact measure)"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    for wsname, areas in SHROP:
        ws.cell(row=r, column=1, value=wsname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="E2EFDA")
        r += 1
        for area, acts in areas:
            first = r
            for (ref, text, lead, orig, rev, rag, prog, imp) in acts:
                vals = [ref, None, text, lead, orig, rev, None, prog, imp]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=7).fill = RAG_FILL[rag]
                r += 1
            ws.cell(row=first, column=2, value=area)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Note: where a revised completion date is shown it was agreed by the SEND and AP Partnership Board on 9 December 2024 and replaces the original date.")
    for col, w in zip("ABCDEFGHI", (6, 45, 50, 30, 13, 13, 7, 50, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(out(SHROP_FILE))


# ---------------------------------------------------------------------------
# 3. Royal Borough of Greenwich - fostering service development plan (docx)
# ---------------------------------------------------------------------------
GRE_FILE = "zoa-royal-borough-of-greenwich-fostering-service-development-plan-2025-26.docx"
GRE_TITLE = "Royal Borough of Greenwich – Fostering Service Development Plan 2025-26"
GRE = [
    ("Priority 1: Increase the number of in-house foster carers",
     "We will approve at least 25 new fostering households in 2025-26, with a focus on carers for teenagers, sibling groups and parent and child arrangements.",
     [
         ("1.1", "Refresh the Greenwich fostering website and run two recruitment campaigns targeted at carers for teenagers",
          "Fostering Service Manager / Marketing and Communications Lead", "December 2025",
          "Website relaunched in July. First campaign (September) generated 64 enquiries.", "On track"),
         ("1.2", "Join the Mockingbird hub model with a second constellation based in Thamesmead",
          "Head of Service, Placements and Sufficiency", "March 2026",
          "Hub carer identified; Fostering Network licence renewal delayed.", "Slippage"),
         ("1.3", "Reduce the time from initial enquiry to panel to under six months",
          "Recruitment and Assessment Team Manager", "31/03/2026",
          "Average 7.4 months at Q2 (8.1 months at year end).", "On track"),
     ]),
    ("Priority 2: Support and retain our foster carers",
     "We will keep the carers we have by improving support, learning and development and the fostering allowance offer.",
     [
         ("2.1", "Implement the revised fostering allowance and skills payment scheme agreed by Cabinet",
          "Head of Service, Placements and Sufficiency", "September 2025",
          "New rates paid from 1 September 2025.", "Complete"),
         ("2.2", "Introduce out-of-hours telephone support for foster carers provided by the supervising social work team",
          "Fostering Service Manager", "November 2025",
          "Rota agreed with staff; awaiting HR sign-off of standby payments.", "Off track"),
         ("2.3", "Hold a quarterly foster carer forum and publish 'you said, we did' feedback",
          "Foster Carer Forum Chair and Fostering Service Manager", "Quarterly",
          "Forums held in June and September.", "On track"),
     ]),
    ("Priority 3: Improve the quality of practice and stability for children",
     "Children in our foster homes should have stable placements and carers who are well prepared to meet their needs.",
     [
         ("3.1", "Deliver therapeutic parenting training (PACE) to all mainstream foster carers",
          "Clinical Psychologist, Children in Care Health Team", "March 2026",
          "", "Not started"),
         ("3.2", "Audit all foster carer annual reviews for timeliness and the child's voice, and report findings to the Fostering Panel",
          "Fostering Panel Adviser", "January 2026",
          "Audit tool agreed; 18 of 70 reviews audited.", "On track"),
     ]),
]
GRE_STATUS = {"Complete": "blue", "On track": "green", "Slippage": "amber", "Off track": "red", "Not started": None}


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def build_greenwich():
    doc = Document()
    doc.add_paragraph(GRE_TITLE, style="Title")
    doc.add_paragraph("Appendix B to the Fostering Service Annual Report 2024-25 (Fostering Services (England) Regulations 2011, regulation 35)")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Owner", "Head of Service, Placements and Sufficiency"),
                                ("Approved by", "Corporate Parenting Panel, 8 July 2025"),
                                ("Monitoring", "Quarterly at the Fostering Service Management Meeting"),
                                ("Last updated", "30 September 2025 (Q2)")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress is reported against each action using the status key below.")
    k = doc.add_table(rows=5, cols=3)
    k.style = "Table Grid"
    for i, (col, word, meaning) in enumerate([("Blue", "Complete", "Action delivered"),
                                              ("Green", "On track", "Progressing as planned"),
                                              ("Amber", "Slippage", "Delayed but expected to be delivered within the year"),
                                              ("Red", "Off track", "Will not be delivered without escalation"),
                                              ("Grey", "Not started", "Not yet due to start")]):
        set_cell(k.cell(i, 0), col)
        set_cell(k.cell(i, 1), word, bold=True)
        set_cell(k.cell(i, 2), meaning)
        shade(k.cell(i, 0), {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Grey": "BFBFBF"}[col])
    for heading, intro, acts in GRE:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(intro)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "What we will do", "Lead", "By when", "Progress at Q2", "Status"]):
            set_cell(tb.cell(0, c), h, bold=True)
            shade(tb.cell(0, c), "D9D9D9")
        for (ref, text, lead, when, prog, status) in acts:
            row = tb.add_row()
            for c, v in enumerate([ref, text, lead, when, prog, status]):
                set_cell(row.cells[c], v)
            col = GRE_STATUS[status]
            shade(row.cells[5], {"blue": "00B0F0", "green": "92D050", "amber": "FFC000", "red": "FF0000", None: "BFBFBF"}[col])
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Fostering Service Management Meeting, December 2025 (Q3).")
    doc.save(out(GRE_FILE))


# ---------------------------------------------------------------------------
# 4. Conwy JICPA multi-agency improvement plan (docx)
# ---------------------------------------------------------------------------
CONWY_FILE = "zoa-conwy-north-wales-safeguarding-board-jicpa-multi-agency-improvement-plan.docx"
CONWY_TITLE = "Conwy Joint Inspection of Child Protection Arrangements (JICPA): Multi-Agency Improvement Plan"
CONWY = [
    ("Area for improvement 1: Information sharing at the point of referral",
     "Referrers are not consistently told the outcome of their referral or the rationale for decisions, which can result in missed opportunities to share essential information.",
     [
         ("1.1", "Agree and implement a standard feedback letter to professional referrers setting out the outcome of the referral and the reasons for the decision",
          "CCBC – Service Manager, Children's Assessment and Intervention", "October 2025",
          "Letter in use from 6 October 2025 for all professional referrals.", "B"),
         ("1.2", "Audit a sample of 30 police and health referrals each quarter to test whether feedback was given",
          "CCBC Quality Assurance Lead; NWP Central Referral Unit DI", "Quarterly",
          "First audit scheduled for December 2025.", "G"),
     ]),
    ("Area for improvement 2: Strategy discussions",
     "Health professionals are not always invited to strategy discussions, and the rationale for single-agency or joint investigation is not consistently recorded.",
     [
         ("2.1", "Ensure health are invited to and attend all strategy discussions where a child has a health need, using the virtual strategy meeting protocol",
          "BCUHB – Named Nurse Safeguarding Children (Central)", "31/12/2025",
          "Health attendance 68% in September (target 90%).", "A"),
         ("2.2", "Review the North Wales strategy discussion template so that the rationale for single-agency or joint investigation is recorded",
          "NWSB Practice Delivery Group Chair", "January 2026",
          "Draft template out for consultation with the six local authorities.", "G"),
     ]),
    ("Area for improvement 3: Care and support protection plans",
     "Care and support protection plans (CASPPs) are not always specific or measurable, which makes it difficult for families and core groups to know what needs to change.",
     [
         ("3.1", "Deliver SMART outcome-focused CASPP training to social workers and core group members from partner agencies",
          "CCBC – Workforce Development Manager", "March 2026",
          "Three of six sessions delivered; 74 staff attended.", "G"),
         ("3.2", "Child protection conference chairs to quality assure every initial CASPP and return any plan without measurable outcomes",
          "CCBC – Safeguarding and Reviewing Team Manager", "Ongoing",
          "In place since September 2025; 4 plans returned to date.", "G"),
     ]),
    ("Area for improvement 4: Children who are electively home educated",
     "The increase in children who are electively home educated may represent a risk to some of these children, and information is not routinely shared between education, health and children's services.",
     [
         ("4.1", "Develop a joint protocol between education, health and children's services for electively home educated children who are known to social care",
          "CCBC – Head of Inclusion; BCUHB – Head of School Nursing", "Summer term 2026",
          "Drafting paused pending revised Welsh Government guidance on elective home education.", "R"),
     ]),
    ("Area for improvement 5: Leadership and governance",
     "Leaders should make sure that progress against the inspection findings is monitored by the regional safeguarding board.",
     [
         ("5.1", "Report progress against this plan to each meeting of the Conwy Local Safeguarding Delivery Group and to the NWSB Executive",
          "Chair, Conwy Local Safeguarding Delivery Group", "Bi-monthly",
          "Reported in September and November 2025.", "G"),
     ]),
]
CONWY_RAG = {"B": ("blue", "00B0F0"), "G": ("green", "92D050"), "A": ("amber", "FFC000"), "R": ("red", "FF0000")}


def build_conwy():
    doc = Document()
    doc.add_paragraph(CONWY_TITLE, style="Title")
    doc.add_paragraph("North Wales Safeguarding Board / Bwrdd Diogelu Gogledd Cymru")
    doc.add_paragraph("Inspection fieldwork: 12–16 May 2025 (CIW, HIW, Estyn and HMICFRS). Report published: 21 August 2025. "
                      "Partners: Conwy County Borough Council (CCBC), Betsi Cadwaladr University Health Board (BCUHB), "
                      "North Wales Police (NWP), Conwy education services and the Probation Service in Wales.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    rows = [("Version", "Date", "Status", "Approved by"),
            ("0.3", "19/09/2025", "Draft", "Conwy Local Safeguarding Delivery Group"),
            ("1.0", "02/10/2025", "Final", "NWSB Executive Board"),
            ("1.2", "14/11/2025", "Progress update", "Conwy Local Safeguarding Delivery Group")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v, bold=(i == 0))
    doc.add_heading("RAG status key", level=2)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (letter, meaning) in enumerate([("B", "Completed"), ("G", "In progress and on track"),
                                           ("A", "In progress, some risk to delivery"), ("R", "Not started or significantly delayed")]):
        set_cell(kt.cell(i, 0), letter, bold=True)
        shade(kt.cell(i, 0), CONWY_RAG[letter][1])
        set_cell(kt.cell(i, 1), meaning)
    doc.add_heading("Improvement actions", level=1)
    for area, finding, acts in CONWY:
        tb = doc.add_table(rows=3, cols=6)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 5))
        set_cell(top, area, bold=True, size=10)
        shade(top, "1F3864")
        top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        mid = tb.cell(1, 0).merge(tb.cell(1, 5))
        set_cell(mid, finding)
        shade(mid, "DEEAF6")
        for c, h in enumerate(["Ref", "Action", "Lead agency / officer", "Target date", "Progress update (November 2025)", "RAG"]):
            set_cell(tb.cell(2, c), h, bold=True)
            shade(tb.cell(2, c), "D9D9D9")
        for (ref, text, lead, when, prog, rag) in acts:
            row = tb.add_row()
            for c, v in enumerate([ref, text, lead, when, prog, rag]):
                set_cell(row.cells[c], v)
            shade(row.cells[5], CONWY_RAG[rag][1])
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Agency", "Signed on behalf of", "Date"),
                             ("Conwy County Borough Council", "Statutory Director of Social Services", "02/10/2025"),
                             ("Betsi Cadwaladr University Health Board", "Executive Director of Nursing and Midwifery", "02/10/2025")]):
        for j, v in enumerate(row):
            set_cell(so.cell(i, j), v, bold=(i == 0))
    doc.save(out(CONWY_FILE))


# ---------------------------------------------------------------------------
# 5. London Borough of Lewisham - scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
LEW_FILE = "zoa-lewisham-council-overview-and-scrutiny-recommendations-tracker.csv"
LEW_TITLE = "London Borough of Lewisham – Scrutiny recommendations tracker"
LEW = [
    ("Housing Select Committee – Temporary accommodation in-depth review (2024-25)", [
        ("The Council should set a target to end the use of bed and breakfast accommodation for families beyond the six-week legal limit.", "Agreed", [
            ("HSC-01a", "Deliver the acquisition programme of 150 homes for use as temporary accommodation", "Director of Housing", "31/03/2026", "On track",
             "112 homes acquired or under offer."),
            ("HSC-01b", "Report monthly numbers of families in B&B for more than six weeks to the Housing Select Committee", "Head of Housing Needs and Refugee Services", "Monthly", "On track",
             "Reported at July and September meetings.\nAugust figure: 23 families."),
        ]),
        ("Residents placed in temporary accommodation outside the borough should have a named officer and a single point of contact.", "Agreed", [
            ("HSC-02", "Introduce named case officers for all out-of-borough placements and publish contact details in the TA handbook", "Head of Housing Needs and Refugee Services", "Sep-25", "Implemented",
             "Named officers in place from 1 September 2025; handbook reissued."),
        ]),
    ]),
    ("Children and Young People Select Committee – Inclusion and school exclusions review (2024-25)", [
        ("The Council should work with schools to reduce the number of permanent exclusions of children with SEND.", "Agreed", [
            ("CYP-03a", "Extend the inclusion outreach service to all secondary schools in the borough", "Director of Education", "January 2026", "Delayed",
             "Funding confirmed; recruitment to two outreach posts under way."),
            ("CYP-03b", "Publish termly exclusions data by SEND status and ethnicity", "Head of Inclusion and Access / Education Data Manager", "Termly", "Not started",
             "First publication planned after the spring term census."),
        ]),
    ]),
    ("Safer Stronger Communities Select Committee – Violence against women and girls review (2025)", [
        ("Lewisham should achieve White Ribbon accreditation and ensure all frontline staff complete VAWG awareness training.", "Partially agreed", [
            ("SSC-04a", "Submit the White Ribbon accreditation application", "Community Safety Manager", "31/10/2025", "On track",
             "Application drafted; cabinet member sign-off due 20 October."),
            ("SSC-04b", "Make VAWG awareness e-learning mandatory for all frontline staff", "Director of HR and Organisational Development", "Dec-25", "Off track",
             "Learning platform contract delayed; new supplier not live until April 2026."),
        ]),
    ]),
    ("Sustainable Development Select Committee – Air quality review (2024)", [
        ("School streets should be introduced at every primary school where it is feasible to do so.", "Agreed", [
            ("SDS-05", "Complete feasibility assessments for the remaining 18 primary schools and introduce school streets where feasible", "Head of Highways and Transport; Strategic Transport Manager", "Sept 2025 – July 2026", "On track",
             "9 assessments complete; 4 schemes to be consulted on in November."),
        ]),
    ]),
]
LEW_STATUS = {"Implemented": "blue", "On track": "green", "Delayed": "amber", "Off track": "red", "Not started": None}


def build_lewisham():
    header = ["Ref", "Review", "Recommendation", "Mayor and Cabinet response", "Action", "Lead officer",
              "Target date", "Status", "Latest update"]
    with open(out(LEW_FILE), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([LEW_TITLE] + [""] * (len(header) - 1))
        w.writerow(["Position at 30 September 2025. Status key: Implemented = blue; On track = green; Delayed = amber; Off track = red; Not started = grey"] + [""] * (len(header) - 1))
        w.writerow([""] * len(header))
        w.writerow(header)
        for review, recs in LEW:
            for rec, resp, acts in recs:
                for (ref, action, lead, target, status, update) in acts:
                    w.writerow([ref, review, rec, resp, action, lead, target, status, update])
        w.writerow([""] * len(header))
        w.writerow(["Recommendations closed before 1 April 2025 are held in the archive tab of the master workbook."] + [""] * (len(header) - 1))


# ---------------------------------------------------------------------------
# 6. Oldham Youth Justice Service - national standards improvement plan (txt)
# ---------------------------------------------------------------------------
OLD_FILE = "zoa-oldham-youth-justice-service-national-standards-improvement-plan.txt"
OLD_TITLE = "Oldham Youth Justice Service – National Standards Self-Assessment 2023 (Standard 2: At Court): Improvement Plan"
OLD = [
    ("Section A: Strategic (Management Board and partnership arrangements)", [
        ("Finding 1: The Management Board does not receive regular data on outcomes for children at court, including remands and disproportionality.", [
            ("A1", ["Add a court outcomes and remand dashboard, with an ethnicity breakdown, to the quarterly Management Board performance report"],
             "YJS Performance and Information Officer", "Mar-24", "First dashboard presented to the Board in February.", "Complete"),
            ("A2", ["Nominate a Board member as court and remand lead to attend the Greater Manchester Youth Court User Group"],
             "Chair of the YJS Management Board", "31/01/2024", "GMP Oldham district superintendent nominated; first attendance in March.", "G"),
        ]),
        ("Finding 2: There is no written protocol with HMCTS and the Crown Prosecution Service on the listing of youth cases and the sharing of pre-sentence information.", [
            ("A3", ["Agree a youth court protocol with HMCTS, CPS and defence solicitors covering listing, reports and information sharing"],
             "Head of Youth Justice Service / Court and Legal Lead", "Jun-24", "Draft shared with the HMCTS legal adviser; meeting booked for 21 March.", "A"),
        ]),
    ]),
    ("Section B: Operational (practice at court)", [
        ("Finding 3: Pre-sentence reports do not consistently reflect the child's voice or a child first approach, and proposals are not always proportionate.", [
            ("B1", ["Introduce a pre-sentence report quality assurance checklist, with every report gatekept by a team manager before submission"],
             "Team Manager (Court and Orders)", "Jan-24", "In place since 8 January.", "Complete"),
            ("B2", ["Deliver child first report writing training to all case managers",
                    "and repeat the audit of 15 pre-sentence reports after the training"],
             "Practice Development Lead", "Feb – May 2024", "Training delivered 13 February; audit booked for May.", "G"),
        ]),
        ("Finding 4: Children are not always seen by the YJS court officer before their first appearance, and parents and carers are not routinely told what to expect.", [
            ("B3", ["Court officer to see every child before their first appearance and record the contact on ChildView"],
             "Court Officer", "Ongoing", "Achieved in 11 of 12 first appearances in January and February.", "G"),
            ("B4", ["Co-produce a 'going to court' leaflet and short video for children and parents with the participation group"],
             "Participation Worker; Speech and Language Therapist", "Apr-24", "Not started – participation group sessions begin in April.", ""),
        ]),
        ("Finding 5: Management oversight of remand decisions and bail support packages is not consistently recorded.", [
            ("B5", ["Team managers to record an oversight entry for every remand and bail support package within two working days"],
             "Team Manager (Court and Orders)", "Mar-24", "March dip sample: oversight recorded in 9 of 10 cases.", "A"),
        ]),
    ]),
]
OLD_RAG = {"Complete": "blue", "G": "green", "A": "amber", "R": "red", "": None}


def build_oldham():
    lines = [OLD_TITLE,
             "Self-assessment submitted to the Youth Justice Board: 30 October 2023. Plan updated for the YJS Management Board: 6 March 2024.",
             ""]
    for section, findings in OLD:
        lines.append(section)
        lines.append("\t".join(["Ref", "Action", "Owner", "By when", "Progress update (March 2024)", "RAG"]))
        for finding, acts in findings:
            lines.append(finding)
            for (ref, text_lines, owner, when, prog, rag) in acts:
                lines.append("\t".join([ref, text_lines[0], owner, when, prog, rag]))
                for cont in text_lines[1:]:
                    lines.append("\t".join(["", cont, "", "", "", ""]))
        lines.append("")
    lines.append("RAG key: Complete = action completed; G = on track; A = some risk to delivery; R = off track; blank = not started.")
    lines.append("ChildView = the YJS case management system. GMP = Greater Manchester Police.")
    with open(out(OLD_FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Adoption Connects RAA - service development plan (xlsx, refuse)
# ---------------------------------------------------------------------------
AC_FILE = "zoa-adoption-connects-raa-service-development-plan-2025-26-typo-month-refuse.xlsx"
AC_TITLE = "Adoption Connects – Service Development Plan 2025-26"
AC = [
    ("1. Recruit adopters who can meet the needs of children waiting", [
        ("1", "Run two targeted campaigns for adopters for sibling groups and children over four, one aligned with National Adoption Week",
         "Marketing and Recruitment Officer", D(2025, 10, 31), "On track", "Sibling campaign ran in June; National Adoption Week campaign booked."),
        ("2", "Hold monthly information events, alternating online and in person in Dunstable and Milton Keynes",
         "Recruitment and Assessment Team Manager", "Monthly", "On track", "Six events held, 71 households attended."),
        ("3", "Reduce the average time from enquiry to approval to under eight months",
         "Recruitment and Assessment Team Manager", D(2026, 3, 31), "At risk", "Average 9.2 months at Q2."),
    ]),
    ("2. Increase early permanence placements", [
        ("4", "Train 12 adopter households as early permanence carers, in line with the Adoption England early permanence practice standards",
         "Early Permanence Lead", "Febuary 2026", "On track", "Five households trained; next cohort starts November."),
        ("5", "Agree an early permanence protocol with the Central Bedfordshire and Milton Keynes family courts and Cafcass",
         "Head of Adoption Connects", D(2025, 12, 31), "At risk", "Meeting with the Designated Family Judge postponed to November."),
    ]),
    ("3. Adoption support", [
        ("6", "Re-commission the adoption support therapeutic framework jointly with the Adoption Support Fund",
         "Adoption Support Team Manager", D(2026, 1, 31), "On track", "Tender evaluation complete."),
        ("7", "Launch a peer mentoring scheme for adopters in the first year after placement",
         "Adoption Support Team Manager / Adopter Voice Group Chair", D(2025, 9, 30), "Complete", "Launched 11 September with 9 mentors."),
    ]),
]


def build_adoption_connects():
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan"
    ws["A1"] = AC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Regional adoption agency for Central Bedfordshire Council and Milton Keynes City Council (hosted by Central Bedfordshire Council)"
    ws["A3"] = "Q2 update – 30/09/2025. Status: Complete / On track / At risk / Off track"
    hdr = ["Priority", "No.", "Action", "Lead", "Target date", "Status", "Q2 update"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, len(hdr))
    r = 6
    for prio, acts in AC:
        first = r
        for (no, text, lead, target, status, upd) in acts:
            vals = [None, no, text, lead, target, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            r += 1
        ws.cell(row=first, column=1, value=prio)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFG", (30, 5, 55, 32, 12, 10, 45)):
        ws.column_dimensions[col].width = w

    pf = wb.create_sheet("Performance")
    pf["A1"] = "Key performance indicators – Q2 2025-26"
    pf["A1"].font = Font(bold=True)
    rows = [("Indicator", "Target", "Q1", "Q2"),
            ("Adopter households approved", 30, 7, 8),
            ("Children placed for adoption", 35, 9, 10),
            ("Average days from entering care to placement (A1)", 367, 402, 389),
            ("Early permanence placements", 6, 1, 2)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            pf.cell(row=3 + i, column=1 + j, value=v).border = BOX
    style_header(pf, 3, 4)
    pf.column_dimensions["A"].width = 48
    wb.save(out(AC_FILE))


def main():
    build_sheffield()
    build_shropshire()
    build_greenwich()
    build_conwy()
    build_lewisham()
    build_oldham()
    build_adoption_connects()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
