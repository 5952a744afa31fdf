"""Build the seven fq1- test files (set heldout207).

Run: /work/main/.venv/bin/python fq1_make.py   (writes beside this script)
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
FILLS = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Blackpool Council - post-ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def blackpool():
    title = "Blackpool Children's Services – Post-ILACS Improvement Plan 2023–24"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Blackpool Council"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = ("Inspection of local authority children's services (ILACS): 5–16 December 2022. "
                 "Report published 1 February 2023. Overall effectiveness: Requires improvement to be good.")
    cov["A5"] = "Plan owner: Director of Children's Services. Governance: Children's Improvement Board (monthly)."
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comments"]
    rows = [
        ["1.0", d(2023, 3, 24), "Head of Quality and Improvement", "Submitted to Ofsted"],
        ["1.1", d(2023, 7, 11), "Head of Quality and Improvement", "Revised dates agreed by Improvement Board"],
        ["1.2", d(2023, 8, 1), "Improvement Programme Officer", "Q1 progress update"],
        ["1.3", d(2023, 10, 31), "Improvement Programme Officer", "Q2 progress update for Improvement Board"],
    ]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(row=8, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    for r, row in enumerate(rows, 9):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", [10, 14, 34, 44]):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress as at 31 October 2023 – reported to Children's Improvement Board 14 November 2023"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "What needs to improve (Ofsted)", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG (Jul 23)", "Current RAG (Oct 23)",
             "Progress update (October 2023)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    recs = [
        ("1. The consistency of the quality of children's plans, so that they are specific, measurable "
         "and progressed without delay.", [
            ("1.1", "Relaunch the Blackpool planning template with SMART outcomes and the child's own words, "
                    "supported by practice workshops for all social workers.",
             "Head of Service Children in Need and Child Protection", d(2023, 6, 30), d(2023, 9, 30), "A", "G",
             "Template live from 3 July 2023. 86% of social workers have attended a workshop; "
             "final sessions booked for September."),
            ("1.2", "Independent Reviewing Officers and Child Protection Chairs to escalate plans that are not "
                    "progressing using the revised dispute resolution process.",
             "IRO Service Manager", d(2023, 5, 31), None, "G", "B",
             "Revised process launched in May. 31 escalations in Q2, all resolved at stage 1 or 2."),
            ("1.3", "Monthly audit of 20 plans by team managers, with findings reported to the Practice "
                    "Improvement Board.",
             "Principal Social Worker / QA Manager", "Monthly", None, "A", "A",
             "Audits completed in August and September; July audits not completed due to sickness in QA team."),
        ]),
        ("2. Management oversight and supervision, so that it is regular, reflective and drives "
         "children's plans.", [
            ("2.1", "Implement the revised supervision policy, including a recorded reflective element every "
                    "third session.",
             "Service Manager Practice Development", d(2023, 3, 31), d(2023, 7, 31), "R", "A",
             "Policy signed off in July. Compliance with recorded reflective supervision at 64% (target 80%)."),
            ("2.2", "Introduce a supervision compliance dashboard on the Mosaic reporting suite, reviewed weekly "
                    "by heads of service.",
             "Head of Performance and Systems", d(2023, 4, 30), None, "G", "G",
             "Dashboard live and used at weekly performance meetings."),
        ]),
        ("3. The response to 16- and 17-year-olds who present as homeless, including their understanding "
         "of their rights and entitlements.", [
            ("3.1", "Agree a joint housing and children's social care protocol for 16- and 17-year-olds "
                    "presenting as homeless.",
             "Head of Housing Options; Head of Service Children Looked After", d(2023, 6, 30), d(2023, 12, 31),
             "A", "R",
             "Draft protocol not yet agreed; legal advice awaited on joint assessment arrangements."),
            ("3.2", "Ensure every young person presenting as homeless receives the 'Know Your Rights' leaflet "
                    "and an advocacy offer, recorded on their file.",
             "Leaving Care Team Manager", "Q2 2023/24", None, None, "A",
             "Leaflet co-produced with the Care Leavers' Forum. Recording of the advocacy offer at 58%."),
        ]),
        ("4. The sufficiency of local homes for children in care, particularly for older children with "
         "complex needs.", [
            ("4.1", "Open two additional in-house children's homes as set out in the Sufficiency Strategy "
                    "2023–26.",
             "Assistant Director Resources and Commissioning", d(2024, 3, 31), d(2024, 9, 30), "A", "A",
             "First property purchased; registration application to Ofsted submitted. Second property "
             "under offer."),
            ("4.2", "Recruit 20 additional mainstream foster carers through the Fostering Blackpool campaign.",
             "Fostering Service Manager", d(2024, 3, 1), None, "G", "G",
             "11 households approved or in assessment."),
        ]),
    ]
    r = 5
    for rec_text, acts in recs:
        first = r
        for ref, act, lead, orig, rev, prev, cur, prog in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "mmm-yy" if orig.day == 1 else "dd/mm/yyyy"
            c = ws.cell(row=r, column=6, value=rev)
            if rev is not None:
                c.number_format = "dd/mm/yyyy"
            for col, val in ((7, prev), (8, cur)):
                c = ws.cell(row=r, column=col, value=val)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if val:
                    c.fill = fill(FILLS[val])
                    c.font = Font(bold=True, color="FFFFFF" if val in "RB" else "000000")
            ws.cell(row=r, column=9, value=prog)
            r += 1
        ws.cell(row=first, column=2, value=rec_text)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    last = r - 1
    for row in ws.iter_rows(min_row=5, max_row=last, max_col=9):
        for c in row:
            c.border = BOX
            if c.column not in (7, 8):
                c.alignment = WRAP
    ws.cell(row=last + 2, column=1,
            value="Notes: Revised target dates agreed by the Children's Improvement Board on 11 July 2023. "
                  "RAG ratings are explained on the 'RAG Key' sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [6, 38, 52, 30, 13, 13, 11, 11, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
        ("R", "Off track – target date will be missed; escalated to Improvement Board"),
        ("A", "At risk – some slippage, mitigation in place"),
        ("G", "On track to be delivered by the target date"),
        ("B", "Complete – action delivered and impact being monitored"),
    ], 2):
        c = key.cell(row=i, column=1, value=k)
        c.fill = fill(FILLS[k])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG – October 2023"
    summ["A1"].font = Font(bold=True)
    summ["A3"], summ["B3"] = "Current RAG", "Number of actions"
    counts = [("R", 1), ("A", 4), ("G", 3), ("B", 1)]
    for i, (k, n) in enumerate(counts, 4):
        summ.cell(row=i, column=1, value=k).fill = fill(FILLS[k])
        summ.cell(row=i, column=2, value=n)
    summ["A8"] = "Total"
    summ["B8"] = "=SUM(B4:B7)"
    summ["A8"].font = Font(bold=True)
    wb.active = 1
    wb.save(os.path.join(HERE, "fq1-blackpool-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Leicestershire County Council - children's homes Ofsted action tracker (xlsx)
# ---------------------------------------------------------------------------
STATUS_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def leicestershire():
    title = "Leicestershire County Council – Children's Homes Ofsted Action Tracker 2024"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Children and Family Services – Residential Services | Updated 30 April 2024"
    heads = ["Home", "URN", "Inspection date", "Overall experiences and progress of children",
             "Requirements", "Recommendations", "Actions", "Complete"]
    for c, h in enumerate(heads, 1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BOX
        cell.alignment = WRAP
    homes = [
        ("Cotes Mill House", "SC046213", d(2023, 11, 21), "Requires improvement to be good", 1, 1, 3, 2),
        ("Fosse View", "SC391870", d(2023, 12, 5), "Requires improvement to be good", 2, 0, 3, 2),
        ("Ashby Road", "SC402254", d(2024, 2, 13), "Good", 0, 1, 2, 0),
    ]
    for r, row in enumerate(homes, 5):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    s["A8"] = "Total"
    s["A8"].font = Font(bold=True)
    for col in "EFGH":
        s[f"{col}8"] = f"=SUM({col}5:{col}7)"
    s["A10"] = ("Status key: Complete = action finished and evidenced; Green = on track; Amber = at risk of "
                "missing target date; Red = target date missed; Not started")
    s["A10"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [20, 11, 14, 34, 13, 15, 9, 10]):
        s.column_dimensions[col].width = w

    sheets = {
        "Cotes Mill House": (
            "URN SC046213 · Full inspection 21–22 November 2023 · Overall experiences and progress of "
            "children and young people: Requires improvement to be good",
            [
                ("Requirements", [
                    ("The registered person must ensure that each child's relevant plans are reviewed and updated "
                     "following any incident of self-harm, so that staff have current guidance on how to keep "
                     "the child safe. (Regulation 12 (1)(2)(a)(i))", d(2024, 1, 31), [
                        ("Review all children's risk assessments and behaviour support plans and add a "
                         "post-incident review section to the template.",
                         "Registered Manager", d(2023, 12, 15), "Complete",
                         "All four children's plans reviewed 8 December 2023. Template updated."),
                        ("Deliver self-harm awareness training to all residential staff, delivered by the CAMHS "
                         "link worker.",
                         "Registered Manager and CAMHS Link Worker", d(2024, 1, 31), "Complete",
                         "Two sessions held in January; 17 of 18 staff trained, one on long-term leave."),
                    ]),
                ]),
                ("Recommendations", [
                    ("The registered person should ensure that the record of restraint includes the child's "
                     "views and is signed off by the manager within 48 hours.", None, [
                        ("Add a child's views section to the physical intervention record and check completion "
                         "in weekly manager audits.",
                         "Deputy Manager", d(2024, 2, 29), "Green",
                         "New record in use; 9 of 11 records in March signed off within 48 hours."),
                    ]),
                ]),
            ]),
        "Fosse View": (
            "URN SC391870 · Full inspection 5–6 December 2023 · Overall experiences and progress of "
            "children and young people: Requires improvement to be good",
            [
                ("Requirements", [
                    ("The registered person must ensure that staff receive practice-related supervision by a "
                     "person with appropriate experience at least every six weeks. (Regulation 33 (4)(b))",
                     d(2024, 2, 29), [
                        ("Produce a supervision schedule for all staff and share with the Service Manager "
                         "monthly.",
                         "Registered Manager", d(2024, 1, 31), "Complete",
                         "Schedule in place from January 2024."),
                        ("Cover supervision for night staff through a rota of senior residential workers.",
                         "Registered Manager / Senior Residential Workers", d(2024, 3, 31), "Amber",
                         "Two night staff still outside six-week timescale; rota revised for May."),
                    ]),
                    ("The registered person must notify Ofsted without delay of any incident in which a child "
                     "is missing and police are involved. (Regulation 40 (4)(a))", d(2024, 1, 15), [
                        ("Remind all staff of Regulation 40 notification duties in team meeting and add a "
                         "notification prompt to the missing-from-care checklist.",
                         "Registered Manager", d(2024, 1, 15), "Complete",
                         "Discussed at team meeting 11 January 2024; checklist updated."),
                    ]),
                ]),
            ]),
        "Ashby Road": (
            "URN SC402254 · Full inspection 13–14 February 2024 · Overall experiences and progress of "
            "children and young people: Good",
            [
                ("Recommendations", [
                    ("The registered person should ensure that the home's development plan includes how "
                     "children's views shape the physical environment.", None, [
                        ("Hold a house meeting for children to choose the redecoration of the lounge and garden, "
                         "and record outcomes in the development plan.",
                         "Registered Manager", "June 2024", "Not started", ""),
                        ("Responsible Individual to review the development plan at the next Regulation 45 "
                         "review.",
                         "Responsible Individual", "Sep 2024", "Green", "Regulation 45 review booked."),
                    ]),
                ]),
            ]),
    }
    heads = ["Requirement / recommendation", "Ofsted compliance date", "Action", "Responsible",
             "Target date", "Status", "Evidence / update"]
    for name, (sub, bands) in sheets.items():
        ws = wb.create_sheet(name)
        ws["A1"] = name
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = sub
        ws["A2"].font = Font(italic=True)
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("305496")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for band, items in bands:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=band)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            r += 1
            for req, due, acts in items:
                first = r
                for act, resp, target, status, upd in acts:
                    ws.cell(row=r, column=3, value=act)
                    ws.cell(row=r, column=4, value=resp)
                    c = ws.cell(row=r, column=5, value=target)
                    if isinstance(target, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                    c = ws.cell(row=r, column=6, value=status)
                    if status in STATUS_FILL:
                        c.fill = fill(STATUS_FILL[status])
                    ws.cell(row=r, column=7, value=upd)
                    for col in range(1, 8):
                        ws.cell(row=r, column=col).border = BOX
                        ws.cell(row=r, column=col).alignment = WRAP
                    r += 1
                ws.cell(row=first, column=1, value=req)
                c = ws.cell(row=first, column=2, value=due if due else "n/a")
                if due:
                    c.number_format = "dd/mm/yyyy"
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFG", [48, 13, 48, 26, 12, 12, 40]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fq1-leicestershire-county-council-childrens-homes-ofsted-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Nottinghamshire early help partnership action plan - typo month (refuse) (xlsx)
# ---------------------------------------------------------------------------
def nottinghamshire():
    title = "Nottinghamshire Early Help Partnership – Action Plan 2024–25"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Owned by: Early Help Partnership Board | Review: quarterly | Last updated: 2 October 2024"
    heads = ["No.", "Action", "Lead", "Partners involved", "Start", "End", "RAG", "Q2 update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
    plan = [
        ("Priority 1: Families get the right help at the right time", [
            ("1.1", "Publish a refreshed Pathway to Provision threshold guide, co-produced with partners and "
                    "parents.", "Group Manager Early Help", "Police, health, schools", "Apr 2024", "Jul 2024",
             "B", "Published 22 July 2024 and launched at partnership briefings."),
            ("1.2", "Embed the Early Help Assessment on the Nottinghamshire Early Help Portal for all partner "
                    "agencies.", "Early Help Systems Lead", "Schools, health visiting", "May 2024",
             "Mar 2025", "G", "Portal live for schools; health visiting go-live planned for January."),
            ("1.3", "Hold monthly multi-agency Early Help Partnership Panels in each district.",
             "District Early Help Co-ordinators", "All partners", "Jun 2024", "Ongoing", "G",
             "Panels running in all seven districts."),
        ]),
        ("Priority 2: Strong family hubs and community offer", [
            ("2.1", "Open family hubs in Mansfield, Ashfield and Bassetlaw with a published timetable of "
                    "services.", "Family Hubs Programme Manager", "NHS, voluntary sector", "Apr 2024",
             "Dec 2024", "A", "Mansfield and Ashfield open; Bassetlaw delayed by building works."),
            ("2.2", "Extend the Start for Life parenting offer to include evening and weekend sessions.",
             "Start for Life Lead", "Health visiting, midwifery", "Sep 2024", "Janaury 2025", "G",
             "Evening sessions piloted in Newark."),
            ("2.3", "Map voluntary and community sector early help provision and publish it on Notts Help "
                    "Yourself.", "Head of Commissioning (Early Help)", "Voluntary sector", "Jul 2024",
             "Nov 2024", "A", "Mapping 70% complete."),
        ]),
        ("Priority 3: A skilled early help workforce", [
            ("3.1", "Deliver the multi-agency Lead Professional training programme to 300 practitioners.",
             "Workforce Development Manager", "All partners", "Apr 2024", "Mar 2025", "G",
             "186 practitioners trained to date."),
            ("3.2", "Run a quarterly multi-agency audit of Early Help Assessments and share learning.",
             "Quality Assurance Manager", "Police, health, schools", "Jun 2024", "Quarterly", "R",
             "Q1 audit not completed; Q2 audit scheduled for November."),
        ]),
    ]
    r = 5
    for band, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        r += 1
        for no, act, lead, partners, start, end, rag, upd in acts:
            for col, v in enumerate([no, act, lead, partners, start, end, None, upd], 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=7).fill = fill(FILLS[rag])
            r += 1
    for col, w in zip("ABCDEFGH", [6, 55, 30, 24, 11, 13, 7, 45]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key & Summary")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (kk, txt) in enumerate([("R", "Not on track"), ("A", "Some delay"), ("G", "On track"),
                                   ("B", "Complete")], 2):
        k.cell(row=i, column=1).fill = fill(FILLS[kk])
        k.cell(row=i, column=2, value=txt)
    k["A8"] = "Summary"
    k["A8"].font = Font(bold=True)
    for i, (lab, n) in enumerate([("Complete", 1), ("On track", 4), ("Some delay", 2), ("Not on track", 1),
                                  ("Total", 8)], 9):
        k.cell(row=i, column=1, value=lab)
        k.cell(row=i, column=2, value=n)
    wb.save(os.path.join(HERE,
                         "fq1-nottinghamshire-early-help-partnership-action-plan-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Newcastle local area SEND partnership - priority action plan (docx)
# ---------------------------------------------------------------------------
def newcastle():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Newcastle Local Area SEND Partnership – Priority Action Plan 2024–2026", style="Title")
    doc.add_paragraph(
        "Area SEND inspection of Newcastle upon Tyne local area partnership: 9–13 September 2024. "
        "Report published 5 November 2024. Outcome: the local area partnership’s arrangements lead to "
        "inconsistent experiences and outcomes for children and young people with special educational "
        "needs and/or disabilities (SEND).")
    doc.add_paragraph(
        "This plan sets out how Newcastle City Council, the North East and North Cumbria Integrated Care "
        "Board and our partners will respond to the two areas for priority action and the areas for "
        "improvement identified by Ofsted and the Care Quality Commission. Progress is reported to the SEND "
        "Partnership Board every eight weeks.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Status", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("0.3", "02/12/2024", "Draft", "SEND Partnership Board"),
                ("1.0", "17/12/2024", "Final", "SEND Partnership Board and ICB Place Director"),
                ("1.1", "20/02/2025", "Progress update", "SEND Partnership Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning, hex_ in [("Complete", "Action delivered and impact evidenced", BLUE),
                                ("Green", "On track", GREEN),
                                ("Amber", "Some slippage – recovery plan agreed", AMBER),
                                ("Red", "Off track – escalated to SEND Partnership Board", RED)]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], hex_)
        set_cell(cells[1], meaning)

    sections = [
        ("Section A: Areas for priority action", [
            ("Priority 1: Timeliness and quality of EHC plans",
             "Leaders across the partnership should urgently improve the timeliness of new education, health "
             "and care (EHC) plans and make sure that annual reviews lead to plans being updated when "
             "children’s needs change.",
             [
                 ("P1.1", "Recruit six additional EHC co-ordinators and two educational psychologists to clear "
                          "the backlog of overdue assessments.",
                  "Head of SEND Services", "January 2025", "Green",
                  "Proportion of new EHC plans issued within 20 weeks rises from 31% to 60% by March 2025."),
                 ("P1.2", "Introduce a weekly multi-agency EHC decision-making panel, with education, health and "
                          "social care advice returned within six weeks.",
                  "Head of SEND Services\nDesignated Clinical Officer", "By 31 March 2025", "Amber",
                  "Advice returned within six weeks in 90% of cases."),
                 ("P1.3", "Quality assure 10% of finalised EHC plans each month through the multi-agency audit "
                          "group, and report findings to the SEND Partnership Board.",
                  "SEND Quality Assurance Lead", "Monthly from December 2024", "Green",
                  "At least 75% of audited plans judged good or better."),
             ]),
            ("Priority 2: Waiting times for neurodevelopmental assessment",
             "Leaders in the integrated care board should reduce the time children and young people wait for "
             "autism and ADHD assessments and make sure that families receive support while they wait.",
             [
                 ("P2.1", "Commission additional autism assessment capacity from an independent provider to "
                          "reduce the longest waits.",
                  "ICB Head of Children’s Commissioning", "Summer term 2025", "Amber",
                  "No child waits longer than 104 weeks for an autism assessment."),
                 ("P2.2", "Launch the ‘Waiting Well’ offer, including parent workshops, a named contact and sleep "
                          "support, for every family on the waiting list.",
                  "Newcastle Parent Carer Forum and CNTW Neurodevelopmental Service Manager", "Autumn term 2024",
                  "Complete",
                  "Parent carer survey shows 70% of families on the waiting list feel supported."),
             ]),
        ]),
        ("Section B: Areas for improvement", [
            ("Area for improvement 1: Preparation for adulthood",
             "Leaders should make sure that EHC plans for young people aged 14 and over include clear, "
             "aspirational outcomes for employment, independent living and health in adulthood.",
             [
                 ("AFI1.1", "Add a preparing for adulthood section to the EHC plan template from Year 9, "
                            "co-produced with young people.",
                  "Preparing for Adulthood Lead", "Feb-25", "Green",
                  "All Year 9 annual reviews from April 2025 use the new section."),
                 ("AFI1.2", "Extend supported internships to 40 places across Newcastle College and the council.",
                  "Head of Employment and Skills", "September 2025", "Amber",
                  "40 supported internship places available for the 2025/26 academic year."),
             ]),
            ("Area for improvement 2: Alternative provision",
             "Leaders should strengthen their oversight of children with SEND who attend alternative "
             "provision, including the quality of education they receive and how long they remain there.",
             [
                 ("AFI2.1", "Create a register of all children with SEND in alternative provision, reviewed "
                            "half-termly by the Inclusion Panel.",
                  "Head of Inclusion", "Dec 2024", "Complete",
                  "Register in place; every placement has a review date."),
             ]),
        ]),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for sec_head, prios in sections:
        doc.add_heading(sec_head, level=1)
        for head, said, acts in prios:
            doc.add_heading(head, level=2)
            p = doc.add_paragraph()
            r = p.add_run(said)
            r.italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "By when", "RAG",
                                              "How we will know (impact)"]):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for ref, act, lead, when, rag, impact in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, when, rag, impact]):
                    set_cell(c, v)
                shade(cells[4], rag_fill[rag])
            doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Director of Children’s Services", "Newcastle City Council", "17/12/2024"),
                ("Place Director (Newcastle)", "North East and North Cumbria ICB", "17/12/2024"),
                ("Chair", "Newcastle Parent Carer Forum", "17/12/2024")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, "fq1-newcastle-send-area-inspection-priority-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Portsmouth Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
def portsmouth():
    doc = Document()
    landscape(doc)
    doc.add_heading("Portsmouth Safeguarding Children Partnership – JTAI Serious Youth Violence Action Plan",
                        level=1)
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to serious youth violence. "
                      "Inspection: 15–19 April 2024. Letter of findings published: 6 June 2024.")
    doc.add_paragraph("Plan approved by the Safeguarding Partners Executive: 18 July 2024. "
                      "Progress as at: 30 November 2024.")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Blue = complete | Green = on track | Amber = at risk | Red = off track | "
              "No colour = not yet started")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ["No.", "Action", "Lead agency / officer", "Timescale",
                                       "Progress update", "RAG"]):
        set_cell(c, hd, bold=True)
        shade(c, "1F4E79")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    plan = [
        ("1. Strategic leaders should make better use of the serious violence needs assessment to target "
         "prevention work where children are most at risk.", [
            ("1.1", "Refresh the Portsmouth serious violence strategic needs assessment with ward and "
                    "school-level data, including health and education data.",
             "Safer Portsmouth Partnership Manager", "October 2024",
             "Refreshed needs assessment agreed by the Safer Portsmouth Partnership on 10 October 2024.", BLUE),
            ("1.2", "Agree a joint prevention delivery plan for the three highest-risk wards, reported to the "
                    "Safeguarding Partners Executive quarterly.",
             "Director of Public Health and Head of Community Safety", "Mar 2025",
             "Ward profiles drafted; community consultation under way in Charles Dickens ward.", GREEN),
        ]),
        ("2. Partners should improve information sharing when children are identified as at risk of "
         "exploitation, so that strategy discussions include all relevant agencies.", [
            ("2.1", "Include the Youth Justice Service and the school’s designated safeguarding lead in all "
                    "strategy discussions about children at risk of exploitation.",
             "Head of MASH / MASH Detective Inspector", "31/08/2024",
             "Strategy discussion template and invitation list amended from 1 August 2024.", BLUE),
            ("2.2", "Audit 20 strategy discussions for children at risk of exploitation to test attendance and "
                    "the quality of information shared.",
             "PSCP Business Manager", "January 2025",
             "Audit tool agreed; case sample to be drawn in December. Police auditor capacity limited.", AMBER),
            ("2.3", "Extend the MACE panel terms of reference to include children at risk of serious youth "
                    "violence outside the home.",
             "Head of Adolescent Services", "Ongoing",
             "Revised terms of reference in use; panel membership reviewed each quarter.", GREEN),
        ]),
        ("3. Health partners should make sure that emergency department staff routinely share information "
         "with children’s social care when children attend with injuries caused by violence.", [
            ("3.1", "Introduce a mandatory youth violence flag and referral prompt in the Queen Alexandra "
                    "Hospital emergency department record.",
             "Named Nurse Safeguarding Children (PHU)", "Dec-24",
             "Change request delayed by the trust’s electronic patient record upgrade; escalated to the "
             "Executive.", RED),
            ("3.2", "Deliver contextual safeguarding training to emergency department and paediatric staff.",
             "Designated Nurse Safeguarding Children (HIOW ICB)", "Quarterly",
             "First two sessions delivered to 64 staff.", GREEN),
        ]),
        ("4. The partnership should make sure that children’s voices inform its response to serious youth "
         "violence.", [
            ("4.1", "Establish a young people’s advisory group with the Youth Justice Service to review the "
                    "partnership’s serious youth violence work.",
             "Youth Justice Service Manager and Participation Lead", "May 2025",
             "Not started – scoping with the participation team in January.", None),
        ]),
    ]
    for band, acts in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, band, bold=True)
        shade(merged, "DEEAF6")
        for no, act, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, act, lead, when, prog, ""]):
                set_cell(c, v)
            if rag:
                shade(cells[5], rag)
    widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(2.6), Cm(7.5), Cm(1.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph("Agreed on behalf of the Safeguarding Partners:")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, hd in zip(s.rows[0].cells, ["Partner", "Signed by", "Date"]):
        set_cell(c, hd, bold=True)
    for row in [("Portsmouth City Council", "Director of Children’s Services", "18/07/2024"),
                ("Hampshire and Isle of Wight Constabulary", "Chief Superintendent, Portsmouth District",
                 "18/07/2024"),
                ("Hampshire and Isle of Wight Integrated Care Board", "Chief Nursing Officer", "18/07/2024")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, "fq1-portsmouth-scp-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Dudley Corporate Parenting Board action plan (csv)
# ---------------------------------------------------------------------------
def dudley():
    rows = [
        ["Dudley Corporate Parenting Board - Action Plan 2024/25", "", "", "", "", "", ""],
        ["Updated for Board meeting 19 November 2024", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Pledge", "Ref", "Action", "Lead officer(s)", "Due date", "RAG", "Progress"],
        ["Pledge 1: We will help you feel safe and settled where you live", "1a",
         "Increase the number of Dudley foster carers by 15 households through the Foster for Dudley campaign.",
         "Fostering Service Manager", "Mar-25", "Amber",
         "7 new households approved since April, 4 in assessment. Campaign relaunched in October."],
        ["", "1b",
         "Every child who moves home to have a placement stability meeting within 10 working days of the move.",
         "Head of Service Children in Care; IRO Manager", "Ongoing", "Green",
         "92% of moves in Q2 had a stability meeting within timescale."],
        ["Pledge 2: We will help you do well at school and beyond", "2a",
         "Raise the proportion of PEPs rated good or better to 90%, through termly PEP quality audits by the "
         "Virtual School.",
         "Virtual School Headteacher", "31/07/2025", "Green",
         "Summer term audit: 84% good or better (up from 77%)."],
        ["", "2b", "Ring-fence 10 council apprenticeships for care leavers each year.",
         "Head of Human Resources / Leaving Care Team Manager", "Sep-24", "Complete",
         "10 apprenticeships ring-fenced from September 2024; 6 filled."],
        ["Pledge 3: We will listen to you and act on what you tell us", "3a",
         "Children in Care Council members to co-chair one Corporate Parenting Board meeting each quarter.",
         "Participation Officer", "Quarterly", "Green",
         "Co-chaired the July and November meetings."],
        ["", "3b",
         "Publish a 'You Said, We Did' report every six months and share it through the Children in Care "
         "Council and the Care Leavers' Forum.",
         "Participation Officer and Head of Service Children in Care", "Jan-25", "Amber",
         "First report drafted.\nDesign with young people booked for December."],
        ["", "3c", "Review the local offer for care leavers with young people and republish it online.",
         "Leaving Care Team Manager", "Dec 2024", "Red",
         "Delayed - consultation extended to include UASC care leavers."],
        ["Pledge 4: We will help you stay healthy", "4a",
         "Initial health assessments to be completed within 20 working days for at least 85% of children "
         "entering care.",
         "Designated Nurse for Children in Care (Black Country ICB)", "Mar 2025", "Amber",
         "Q2 performance 71%. Additional paediatric clinics agreed from January."],
        ["", "", "", "", "", "", ""],
        ["RAG key: Red - off track; Amber - at risk; Green - on track; Complete - achieved", "", "", "", "",
         "", ""],
        ["Total actions: 8", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "fq1-dudley-corporate-parenting-board-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Solihull Youth Justice Service - HMIP improvement plan (tab-separated txt export)
# ---------------------------------------------------------------------------
def solihull():
    r1 = ("The Solihull Youth Justice Management Board should make sure that board members understand and "
          "challenge the disproportionate representation of Black and mixed heritage children in the youth "
          "justice system.")
    r2 = ("The Head of Service should make sure that assessments consider the safety and wellbeing of children "
          "and the risk they pose to others, and are reviewed when circumstances change.")
    r3 = ("The Head of Service should improve the quality of work with victims, so that their safety is "
          "considered in planning and they are kept informed.")
    r4 = ("The Solihull Youth Justice Management Board should make sure that children have timely access to "
          "speech, language and communication support.")
    lines = [
        ["Solihull Youth Justice Service – HMIP Inspection Improvement Plan"],
        ["Inspection fieldwork: 8–12 July 2024", "Report published: 24 September 2024",
         "Overall rating: Requires improvement"],
        ["Plan owner: Solihull Youth Justice Management Board", "Exported: 06/01/2025"],
        [],
        ["Rec no", "Recommendation", "Action ref", "Action", "Owner", "Target date", "Revised date", "Status",
         "Update"],
        ["1", r1, "1.1", "Add a disproportionality dataset to the quarterly board performance report, broken "
                         "down by ethnicity and outcome.",
         "YJS Performance Officer", "31/10/2024", "", "Complete", "First dataset presented to the October board."],
        ["1", r1, "1.2", "Deliver a development session for board members on disproportionality, led by an "
                         "external facilitator.",
         "Chair of the Management Board", "30/11/2024", "28/02/2025", "Amber",
         "Session moved to the February development day to allow the new police representative to attend."],
        ["2", r2, "2.1", "Refresh the AssetPlus quality assurance guidance and deliver workshops for all case "
                         "managers.",
         "YJS Operational Manager", "30/11/2024", "", "Complete", "Three workshops held; all case managers "
                                                                 "attended."],
        ["2", r2, "2.2", "Introduce monthly case audits using the HMIP case assessment tool, with findings shared "
                         "in team meetings.",
         "YJS Operational Manager; Practice Development Lead", "Monthly", "", "On track",
         "October and November audits complete (12 cases)."],
        ["2", r2, "2.3", "Ensure a review of assessment is completed within five working days of any significant "
                         "change, including new offences or a change of address.",
         "Team Managers", "31/12/2024", "31/03/2025", "On track",
         "Case management system prompt requested; manual tracker in place meanwhile."],
        ["3", r3, "3.1", "Appoint a dedicated Victim Liaison Officer within the YJS.",
         "Head of Youth Justice", "30/09/2024", "", "Complete", "Post filled 16 September 2024."],
        ["3", r3, "3.2", "Include victim safety measures in all intervention plans where there is an "
                         "identifiable victim.",
         "Victim Liaison Officer", "Q4 2024/25", "", "Not started", ""],
        ["4", r4, "4.1", "Secure funding for a seconded speech and language therapist for two days a week.",
         "Chair of the Management Board and ICB Head of Children's Commissioning", "Jan-25", "", "Red",
         "Funding not yet identified by the ICB; raised at the December board."],
        ["4", r4, "4.2", "Screen all children at the start of an order using the communication needs screening "
                         "tool.",
         "YJS Operational Manager", "28/02/2025", "", "On track", "Screening tool adopted; staff briefed."],
        [],
        ["Summary", "Complete: 3", "On track: 3", "Amber: 1", "Red: 1", "Not started: 1", "Total: 9"],
    ]
    with open(os.path.join(HERE, "fq1-solihull-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    blackpool()
    leicestershire()
    nottinghamshire()
    newcastle()
    portsmouth()
    dudley()
    solihull()
    print("built 7 files in", HERE)
