"""Build the seven mc1- data files for set heldout375 (children's services plans).

Run with /work/main/.venv/bin/python mc1_make.py  (writes next to this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
    "teal": PatternFill("solid", fgColor="00626E"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. East Sussex ILACS improvement plan (xlsx): cover sheet with document
#    control and RAG key, action plan sheet with theme rows, merged
#    "what needs to improve" cells, original/revised dates, previous/current
#    RAG (letters on fills), and a RAG summary sheet.
# ---------------------------------------------------------------------------
def make_east_sussex():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Sussex Children's Services – ILACS Improvement Plan 2025–26"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Inspection of Local Authority Children's Services, 3–14 February 2025 (report published 20 March 2025)"
    cov["A3"] = "Overall effectiveness: Good"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Change"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    rows = [
        ["1.0", "14/04/2025", "Improvement Programme Manager", "Plan agreed by Improvement Board and submitted to Ofsted"],
        ["1.1", "09/07/2025", "Improvement Programme Manager", "Q1 progress, previous/current RAG and revised dates added"],
    ]
    for r, vals in enumerate(rows, 7):
        for i, v in enumerate(vals, 1):
            cov.cell(row=r, column=i, value=v)
        box_row(cov, r, 4)
    box_row(cov, 6, 4)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [
        ("B", "Complete – evidence of impact reviewed by Improvement Board"),
        ("G", "On track to deliver by target date"),
        ("A", "Some slippage – revised date agreed"),
        ("R", "Off track / at risk – escalated to DCS"),
    ]
    for r, (k, txt) in enumerate(key, 11):
        c = cov.cell(row=r, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "ILACS Improvement Plan 2025–26 – Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress as at 30 June 2025 (Quarter 1)"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "What needs to improve (Ofsted)", "Action", "Lead", "Original target date",
               "Revised target date", "Previous RAG (Mar 25)", "Current RAG (Jun 25)", "Q1 progress update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
    box_row(ws, 4, 9)

    D = dt.datetime
    themes = {
        5: "Theme 1: Help and protection",
        10: "Theme 2: Children in care and care leavers",
    }
    afis = {
        (6, 7): "1. The consistency and impact of management oversight and supervision for children in need of help and protection, so that plans progress without delay.",
        (8, 9): "2. The response to 16- and 17-year-olds who present as homeless, so that they are consistently offered a joint assessment and understand their rights and entitlements.",
        (11, 12): "3. The timeliness of initial health assessments for children when they come into care.",
        (13, 15): "4. The quality of pathway plans, so that they are written with care leavers and reflect their current circumstances and aspirations.",
    }
    acts = {
        6: ["1.1", "Introduce a revised supervision template for Duty and Assessment and Family Safeguarding teams, with a mandatory section recording progress against the child's plan since the last supervision.",
            "Head of Service, Duty and Assessment", D(2025, 5, 31), None, "G", "B",
            "Template launched 12 May 2025. Dip sample of 40 supervision records in June: 34 (85%) used the new section well."],
        7: ["1.2", "Monthly practice week audits to test the quality of management oversight on child in need and child protection plans, with findings reported to the Quality Assurance Board.",
            "Principal Social Worker / Head of Quality Assurance", D(2025, 6, 30), D(2025, 9, 30), "G", "A",
            "April and May audits completed; June audit postponed because of the Family Safeguarding restructure."],
        8: ["2.1", "Refresh the joint protocol for homeless 16- and 17-year-olds with the five district and borough housing authorities, including a joint assessment within 10 working days.",
            "Head of Adolescent Services; Strategic Housing Lead (Lewes District Council)", "July 2025", "Oct 2025", "A", "A",
            "Draft protocol agreed by four of five housing authorities. Final sign-off expected at the Housing Partnership Board in September."],
        9: ["2.2", "Produce a young person's guide to rights and entitlements, co-produced with the Children in Care Council, and make sure every young person is given it when they first present.",
            "Participation Manager", D(2025, 9, 30), None, "G", "G",
            "Two co-production sessions held; design work commissioned."],
        11: ["3.1", "Agree a tracking arrangement with East Sussex Healthcare NHS Trust so that requests for initial health assessments are sent within 5 working days of a child coming into care.",
             "Head of Looked After Children Services\nDesignated Nurse – Children in Care (NHS Sussex)", D(2025, 4, 30), D(2025, 7, 31), "R", "G",
             "Weekly tracker in place since May. 78% of requests sent within 5 working days in June (42% in January)."],
        12: ["3.2", "Report IHA timeliness monthly to the Corporate Parenting Panel, with exception reporting on any child waiting longer than 20 working days.",
             "Performance and Intelligence Manager", "Monthly", None, "G", "G",
             "Included in the Corporate Parenting Panel performance report from May 2025."],
        13: ["4.1", "Relaunch the pathway plan template in the young person's own words (“My Pathway Plan”), with sections on housing, health, education and employment, and relationships.",
             "Head of Through Care", D(2025, 6, 30), D(2025, 11, 30), "A", "R",
             "Template not yet live on Liquidlogic; system change request raised. Escalated to DCS on 24 June 2025."],
        14: ["4.2", "All personal advisers to complete training on writing outcome-focused pathway plans.",
             "Practice Development Lead", D(2025, 9, 30), None, "G", "G",
             "Three of five sessions delivered; 31 of 46 personal advisers trained."],
        15: ["4.3", "Care leaver audit programme: quarterly audit of 20 pathway plans with care leaver peer reviewers from the Care Leavers' Forum.\nFindings reported to the Improvement Board.",
             "Head of Quality Assurance", "Quarterly", None, None, None,
             "Not started – first audit scheduled for October 2025."],
    }
    for r, t in themes.items():
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=t)
        c.font = Font(bold=True)
        c.fill = FILL["pale"]
    for (r1, r2), txt in afis.items():
        ws.cell(row=r1, column=2, value=txt)
        ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
    for r, (ref, action, lead, orig, rev, prev, cur, upd) in acts.items():
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        for col, v in ((5, orig), (6, rev)):
            c = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        for col, v in ((7, prev), (8, cur)):
            c = ws.cell(row=r, column=col, value=v)
            if v:
                c.fill = FILL[v]
                c.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")
                c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=9, value=upd)
    for r in range(5, 16):
        box_row(ws, r, 9)
    ws.merge_cells("A17:I17")
    ws["A17"] = ("Notes: Revised target dates were agreed by the Children's Services Improvement Board on 2 July 2025. "
                 "Actions rated B stay on the plan until the next quarterly report.")
    ws["A17"].font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [6, 38, 52, 30, 13, 13, 11, 11, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("RAG Summary")
    sm["A1"] = "Summary of current RAG ratings – June 2025"
    sm["A1"].font = Font(bold=True)
    heads = ["Theme", "B", "G", "A", "R", "Not rated", "Total"]
    for i, h in enumerate(heads, 1):
        c = sm.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        if h in FILL:
            c.fill = FILL[h]
    data = [
        ["Theme 1: Help and protection", 1, 1, 2, 0, 0, 4],
        ["Theme 2: Children in care and care leavers", 0, 3, 0, 1, 1, 5],
        ["Total", 1, 4, 2, 1, 1, 9],
    ]
    for r, vals in enumerate(data, 4):
        for i, v in enumerate(vals, 1):
            sm.cell(row=r, column=i, value=v)
        box_row(sm, r, 7)
    sm["A6"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 44
    wb.save(out("mc1-east-sussex-county-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Northamptonshire YJS HMIP improvement plan (xlsx): recipient rows
#    ("The ... should:") over merged recommendation rows over actions,
#    partner column, RAG words on fills, key line underneath, change log sheet.
# ---------------------------------------------------------------------------
def make_northants_yjs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Northamptonshire Youth Justice Service – HMI Probation Post-Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Inspection fieldwork: 9–13 September 2024  |  Report published: 10 December 2024  |  Overall rating: Requires improvement"
    ws.merge_cells("A3:G3")
    ws["A3"] = "Plan owner: Head of Youth Justice Service  |  Governance: Northamptonshire Youth Justice Management Board (YJMB)"
    headers = ["Ref", "Action", "Lead(s)", "Partner(s) involved", "Target date", "RAG", "Update – May 2025 YJMB"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["teal"]
    box_row(ws, 5, 7)
    rag_fill = {"Blue": "B", "Green": "G", "Amber": "A", "Red": "R"}
    rows = [
        ("who", "The Northamptonshire Youth Justice Management Board should:"),
        ("rec", "1. ensure that board members have a clear understanding of the YJS's performance and of the needs and experiences of the children it works with, including children from minority ethnic groups"),
        ("act", ["1.1", "Board induction pack and annual development session for all YJMB members, including a case walk-through delivered by YJS practitioners.",
                 "Chair of YJMB / Head of YJS", "All YJMB partners", "31/03/2025", "Blue",
                 "Development session held 19 March 2025. Induction pack issued to two new members."]),
        ("act", ["1.2", "Introduce a quarterly performance dashboard to the Board covering the national KPIs, disproportionality data and children's feedback.",
                 "YJS Performance Officer; Head of YJS", "NCT Performance Team", "Q1 2025/26", "Green",
                 "First dashboard presented at the May Board; feedback section being added."]),
        ("rec", "2. ensure that partnership arrangements give children timely access to education, training and employment, and to emotional and mental health services"),
        ("act", ["2.1", "Agree a protocol with the Virtual School and SEND service so that every child open to the YJS has an education plan reviewed within 20 school days.",
                 "ETE Lead (YJS)", "Virtual School; SEND Service", dt.datetime(2025, 7, 31), "Amber",
                 "Protocol drafted; awaiting sign-off by the Assistant Director, Education."]),
        ("act", ["2.2", "Recommission the CAMHS link worker post within the YJS and agree a maximum 4-week wait for speech, language and communication assessment.",
                 "ICB Head of Children's Commissioning", "NHFT CAMHS", "September 2025", "Red",
                 "Funding agreed in principle; recruitment delayed. Escalated to the YJMB Chair."]),
        ("who", "The Head of the Northamptonshire Youth Justice Service should:"),
        ("rec", "3. improve the quality of assessment and planning for keeping children and other people safe, so that risks are identified, analysed and reviewed when circumstances change"),
        ("act", ["3.1", "Deliver AssetPlus refresher training on analysis of risk of harm, safety and wellbeing to all case managers.",
                 "Practice Manager (Quality)", "", "End of June 2025", "Blue",
                 "Four sessions delivered; 27 of 29 case managers attended. Remaining two booked for July."]),
        ("act", ["3.2", "Introduce a 'review on change' trigger in ChildView so that a review of assessment is prompted after an arrest, a change of address or a new safety concern.",
                 "Systems Officer / Practice Manager (Quality)", "", "31/08/2025", "Amber",
                 "Supplier change request raised 2 April 2025; testing due in August."]),
        ("act", ["3.3", "Monthly management oversight audits of 10% of open cases, with themes reported to the YJS practice forum.",
                 "Deputy Head of YJS", "", "Ongoing – monthly", "Green",
                 "Audits completed January to April; 61% of assessments rated good (38% at inspection)."]),
        ("rec", "4. ensure that the needs and wishes of victims are consistently considered and that victims are offered restorative justice"),
        ("act", ["4.1", "Victim contact to be attempted within 5 working days of referral, with the victim's views recorded on ChildView before any out-of-court disposal decision.",
                 "Victim Liaison Officer; Out of Court Disposal Panel Chair", "Northamptonshire Police", "Q2 2025/26", "Amber",
                 "Second victim liaison officer in post from June 2025."]),
    ]
    r = 6
    for kind, val in rows:
        if kind == "who":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=val)
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
        elif kind == "rec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=val)
            c.font = Font(italic=True, bold=True)
            c.fill = FILL["pale"]
        else:
            for i, v in enumerate(val, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=6)
            rc.fill = FILL[rag_fill[val[5]]]
            rc.font = Font(color="FFFFFF" if val[5] in ("Blue", "Red") else "000000")
        box_row(ws, r, 7)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1, value="RAG: Blue = complete; Green = on track; Amber = some delay, mitigation in place; Red = off track, escalated to YJMB.").font = Font(size=9, italic=True)
    for col, w in zip("ABCDEFG", [6, 58, 30, 24, 16, 9, 46]):
        ws.column_dimensions[col].width = w

    log = wb.create_sheet("Change log")
    for i, h in enumerate(["Version", "Date", "Changes", "By"], 1):
        log.cell(row=1, column=i, value=h).font = Font(bold=True)
    for rr, vals in enumerate([
        ["0.3", "20/12/2024", "Draft submitted to HMI Probation", "Head of YJS"],
        ["1.0", "23/01/2025", "Approved by YJMB", "YJMB Chair"],
        ["1.1", "20/05/2025", "May updates and RAG ratings", "YJS Business Support"],
    ], 2):
        for i, v in enumerate(vals, 1):
            log.cell(row=rr, column=i, value=v)
    wb.save(out("mc1-northamptonshire-youth-justice-service-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Foster Wales Blaenau Gwent CIW fostering inspection (xlsx): colour key
#    where green = completed, CIW theme rows, merged area-for-improvement
#    cells, start and completion dates as real dates, status by fill only.
# ---------------------------------------------------------------------------
def make_blaenau_gwent():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Foster Wales Blaenau Gwent – CIW Inspection Service Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Blaenau Gwent County Borough Council, Social Services Directorate – local authority fostering service"
    ws["A3"] = "Care Inspectorate Wales inspection: 4–7 November 2024. Report published 10 January 2025."
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for col, (k, txt) in zip("BCD", [("G", "Completed"), ("A", "In progress / on target"), ("R", "Overdue or at risk")]):
        c = ws[f"{col}5"]
        c.value = txt
        c.fill = FILL[k]
        c.border = BOX
    headers = ["No.", "Area for improvement (CIW)", "Action to be taken", "Responsible officer",
               "Start date", "Completion date", "Status", "Comments / evidence"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["lilac"]
    box_row(ws, 7, 8)
    D = dt.datetime
    layout = [
        ("theme", 8, "Care and Support"),
        ("afi", (9, 10), "Foster carer annual reviews: the provider must ensure that annual reviews of foster carers are completed on time and presented to the fostering panel."),
        ("act", 9, ["1a", "Schedule all annual reviews for 2025 and notify the panel adviser, with reviews due in the next two months listed at each panel meeting.",
                     "Panel Adviser", D(2024, 12, 2), D(2025, 2, 28), "G", "Schedule in place; 100% of reviews due Jan–Mar 2025 presented to panel."]),
        ("act", 10, ["1b", "An independent reviewing officer to chair the first annual review of every foster carer and any review held after an allegation.",
                      "Independent Reviewing Officer (Fostering)", D(2025, 1, 6), D(2025, 6, 30), None, "Not started – IRO capacity being agreed with the Head of Children's Services."]),
        ("theme", 11, "Leadership and Management"),
        ("afi", (12, 13), "Quality of care review: the provider must ensure the six-monthly quality of care review includes the views of foster carers and children, and sets out the actions needed to improve the service."),
        ("act", 12, ["2a", "Develop a consultation survey for foster carers, children and young people, and their social workers, to inform the quality of care review.",
                      "Team Manager – Fostering", D(2024, 12, 2), D(2025, 1, 31), "G", "Survey issued 6 January 2025 – 41 responses."]),
        ("act", 13, ["2b", "Write the quality of care review report with an action plan and present it to the Responsible Individual and the Corporate Parenting Group.",
                      "Service Manager Children Looked After / Responsible Individual", D(2025, 2, 3), D(2025, 4, 30), "A", "Draft report completed; to Corporate Parenting Group on 12 June 2025."]),
        ("afi", (14, 15), "Supervision of foster carers: the provider must ensure supervising social workers complete supervisory visits to foster carers at the frequency set out in the statement of purpose."),
        ("act", 14, ["3a", "Introduce a monthly tracker of supervisory visits, with overdue visits reported to the Team Manager each week.",
                      "Team Manager – Fostering", D(2024, 11, 18), D(2024, 12, 20), "G", "Tracker in use since December 2024."]),
        ("act", 15, ["3b", "Recruit to the vacant 0.5 FTE supervising social worker post to bring caseloads down to no more than 16 fostering households.",
                      "Head of Children's Services", D(2025, 1, 6), D(2025, 3, 31), "R", "Post advertised twice with no appointable candidate. Agency cover in place from April 2025."]),
    ]
    for kind, pos, val in layout:
        if kind == "theme":
            ws.merge_cells(start_row=pos, start_column=1, end_row=pos, end_column=8)
            c = ws.cell(row=pos, column=1, value=val)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["navy"]
        elif kind == "afi":
            r1, r2 = pos
            ws.cell(row=r1, column=2, value=val)
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        else:
            no, action, lead, start, end, status, comment = val
            ws.cell(row=pos, column=1, value=no)
            ws.cell(row=pos, column=3, value=action)
            ws.cell(row=pos, column=4, value=lead)
            for col, v in ((5, start), (6, end)):
                c = ws.cell(row=pos, column=col, value=v)
                c.number_format = "dd/mm/yyyy"
            if status:
                ws.cell(row=pos, column=7).fill = FILL[status]
            ws.cell(row=pos, column=8, value=comment)
    for r in range(8, 16):
        box_row(ws, r, 8)
    ws["A17"] = "Plan reviewed monthly at the Children's Services Management Team. Next update: July 2025."
    ws["A17"].font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [6, 40, 50, 30, 12, 14, 9, 46]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Progress summary – June 2025"
    sm["A1"].font = Font(bold=True)
    for r, (lab, n) in enumerate([("Completed", 3), ("In progress / on target", 1), ("Overdue or at risk", 1), ("Not started", 1), ("Total actions", 6)], 3):
        sm.cell(row=r, column=1, value=lab)
        sm.cell(row=r, column=2, value=n)
    sm.column_dimensions["A"].width = 28
    wb.save(out("mc1-foster-wales-blaenau-gwent-ciw-fostering-inspection-improvement-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. South Tees SCP JTAI action plan (docx): title, document control table,
#    RAG key line, one heading "Area for improvement n" + inspectors' text +
#    table per area, sign-off table at the end.
# ---------------------------------------------------------------------------
def make_south_tees():
    doc = Document()
    doc.add_heading("South Tees Safeguarding Children Partnership: Joint Targeted Area Inspection Action Plan", level=0)
    p = doc.add_paragraph("The multi-agency response to serious youth violence – Middlesbrough and Redcar & Cleveland")
    p.runs[0].italic = True
    doc.add_paragraph("Inspection dates: 14–18 October 2024. Joint letter of findings published: 3 December 2024.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "2.0"), ("Date", "17 March 2025"), ("Owner", "STSCP Executive Group"),
                 ("Author", "STSCP Business Manager"), ("Status", "Approved by the Executive Group, 24 March 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph("RAG rating: Red – not on track; Amber – on track with some delays; Green – on track; Blue – complete.")

    areas = [
        ("Area for improvement 1",
         "The effectiveness of the multi-agency response when children go missing, including the timeliness and quality of return home interviews and how the information from them is shared and used.",
         [
             ["1.1", "Review the return home interview (RHI) offer across both local authorities so that interviews are offered within 72 hours and, where possible, completed by a practitioner the child knows.",
              "Head of Vulnerable Adolescents (Middlesbrough) / Head of Early Help (R&C)", "March 2025", "Blue",
              "New RHI standard agreed 27 February 2025. 81% of RHIs offered within 72 hours in March."],
             ["1.2", "Information from RHIs to be shared with Cleveland Police and the Exploitation Hub within 24 hours, and themes reported quarterly to the Child Exploitation Sub-group.",
              "Detective Chief Inspector, Cleveland Police Vulnerability Unit", "June 2025", "Green",
              "Secure email route in place; first quarterly themes report due at June sub-group."],
             ["1.3", "Multi-agency audit of 15 children who went missing more than three times in a 90-day period.",
              "STSCP Quality Assurance Officer", "End of September 2025", "Amber",
              "Audit tool agreed; health and education auditors still to be confirmed."],
         ]),
        ("Area for improvement 2",
         "The quality of strategy discussions for children at risk of extra-familial harm, so that all relevant agencies, including health and education, contribute to them.",
         [
             ["2.1", "Revise the strategy discussion guidance so that health (school nursing/CAMHS) and education are invited to every strategy discussion about extra-familial harm.",
              "MACH Strategic Manager", "31/05/2025", "Green",
              "Revised guidance out for consultation until 9 May."],
             ["2.2", "Designated safeguarding leads in secondary schools to receive a briefing on their role in strategy discussions and contextual safeguarding meetings.",
              "Education Safeguarding Advisers (Middlesbrough and R&C)", "Summer term 2025", "Amber",
              "Briefing materials ready; dates to be confirmed with the secondary heads' forum."],
         ]),
        ("Area for improvement 3",
         "Leaders' understanding of the impact of the partnership's serious youth violence strategy, including how the voices of children and families inform it.",
         [
             ["3.1", "Develop a serious youth violence outcomes framework drawing on police, health (A&E attendances), youth justice and education data, reported to the STSCP Executive twice a year.",
              "STSCP Business Manager; Cleveland Violence Reduction Unit Analyst", "Q3 2025/26", "Green",
              "Data sharing agreement with the VRU signed in April."],
             ["3.2", "Commission two listening events with children affected by violence, with the findings presented to the Executive by the children themselves.",
              "Participation Lead (STSCP)", "Autumn term 2025", "Red",
              "Commissioning delayed by the provider's withdrawal; new provider being sought."],
             ["3.3", "Refresh the South Tees serious youth violence strategy in the light of the inspection findings.",
              "Chair, South Tees Serious Violence Duty Group", "TBC", "",
              "Not yet started – awaiting the national review of the Serious Violence Duty."],
         ]),
    ]
    rag_hex = {"Blue": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for head, afi, acts in areas:
        doc.add_heading(head, level=2)
        doc.add_paragraph(afi)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress / evidence"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for a in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            if a[4]:
                shade(cells[4], rag_hex[a[4]])
        doc.add_paragraph()
    doc.add_heading("Sign-off by the statutory safeguarding partners", level=2)
    st = doc.add_table(rows=1, cols=3)
    st.style = "Table Grid"
    for c, h in zip(st.rows[0].cells, ["Partner", "Signed on behalf of", "Date"]):
        set_cell(c, h, bold=True)
    for vals in [["Middlesbrough Council", "Director of Children's Services", "24/03/2025"],
                 ["Redcar & Cleveland Borough Council", "Director of Children and Families", "24/03/2025"],
                 ["Cleveland Police", "Assistant Chief Constable", "24/03/2025"],
                 ["NHS North East and North Cumbria ICB", "Director of Nursing (Tees Valley)", "24/03/2025"]]:
        cells = st.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
    doc.save(out("mc1-south-tees-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Gateshead children's home Ofsted action plan (docx): title, home details
#    table, "Statutory requirements" and "Recommendations" sections each with
#    a table where the requirement/recommendation cell is merged down over
#    its actions; Ofsted due date beside the home's own "By when".
# ---------------------------------------------------------------------------
def make_gateshead():
    doc = Document()
    doc.add_heading("Elmfield Road Children's Home: Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Gateshead Council – Children's Social Care, Residential Services")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Home", "Elmfield Road Children's Home"), ("URN", "SC048512"),
                 ("Inspection date", "14 and 15 January 2025"), ("Type of inspection", "Full inspection"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("Registered manager", "Claire Armstrong"),
                 ("Responsible individual", "Service Manager, Residential and Disability Services"),
                 ("Date plan sent to Ofsted", "7 February 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], "E2EFD9")
    doc.add_paragraph()

    def section(title, intro, col2, items, with_due):
        doc.add_heading(title, level=1)
        if intro:
            doc.add_paragraph(intro)
        heads = ["Ref", col2] + (["Ofsted due date"] if with_due else []) + ["Action we will take", "Who", "By when", "RAG"]
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "C5E0B3")
        for text, due, acts in items:
            first = None
            for i, (ref, action, who, by, rag) in enumerate(acts):
                cells = tb.add_row().cells
                set_cell(cells[0], ref)
                k = 2
                if i == 0:
                    set_cell(cells[1], text)
                    if with_due:
                        set_cell(cells[2], due)
                    first = cells
                if with_due:
                    k = 3
                set_cell(cells[k], action)
                set_cell(cells[k + 1], who)
                set_cell(cells[k + 2], by)
                set_cell(cells[k + 3], rag)
                if i > 0:
                    first[1].merge(cells[1])
                    if with_due:
                        first[2].merge(cells[2])
                    # merging copies an empty paragraph in; keep the text as written
                    set_cell(first[1], text)
                    if with_due:
                        set_cell(first[2], due)
        doc.add_paragraph()

    section(
        "Statutory requirements",
        "This section sets out the actions that the registered person(s) must take to meet the Care Standards Act 2000, "
        "the Children's Homes (England) Regulations 2015 and the 'Guide to the Children's Homes Regulations, including the quality standards'.",
        "Requirement",
        [
            ("The registered person must ensure that each child's risk assessment is effective and is updated following any incident, including when a child goes missing from the home. (Regulation 12 (1)(2)(a)(i)(ii))",
             "28/02/2025",
             [("1.1", "All children's risk assessments reviewed and updated following the inspection, with a record of the review on each child's file.",
               "Registered Manager", "31/01/2025", "Complete"),
              ("1.2", "Introduce a post-incident checklist so that the shift leader updates the risk assessment within 24 hours of any missing episode or significant incident.",
               "Deputy Manager / Senior Residential Care Workers", "14/02/2025", "Complete")]),
            ("The registered person must ensure that all staff receive practice-related supervision by a person with appropriate experience at least every eight weeks. (Regulation 33 (4)(b))",
             "31/03/2025",
             [("2.1", "Supervision schedule for all 14 staff set for 2025 and monitored monthly by the Responsible Individual.",
               "Registered Manager", "March 2025", "Green")]),
        ],
        True,
    )
    section(
        "Recommendations",
        None,
        "Recommendation",
        [
            ("The registered person should ensure that children's records are written in a way that is accessible to the child, should they wish to read them in the future. ('Guide to the Children's Homes Regulations, including the quality standards', page 62, paragraph 14.4)",
             None,
             [("3.1", "Recording workshop for all staff on writing to the child, using examples from the Gateshead practice standards.",
               "Practice Development Officer (Residential)", "April 2025", "Amber"),
              ("3.2", "Monthly audit of six daily logs by the Registered Manager, with feedback to the staff member in supervision.",
               "Registered Manager", "Monthly", "Green")]),
            ("The registered person should ensure that the home's location risk assessment is reviewed with partner agencies, including the police, and reflects current local risks. ('Guide to the Children's Homes Regulations, including the quality standards', page 49, paragraph 10.5)",
             None,
             [("4.1", "Review the location risk assessment at a meeting with the Northumbria Police neighbourhood team and the Exploitation Co-ordinator.",
               "Registered Manager & Responsible Individual", "By 31 May 2025", "Not started")]),
        ],
        False,
    )
    doc.add_paragraph("Signed: Claire Armstrong, Registered Manager          Date: 7 February 2025")
    doc.save(out("mc1-gateshead-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. South Tyneside corporate parenting board action plan (csv, Excel
#    "CSV UTF-8" export): title lines, priority named on its first row only,
#    a multi-line cell, summary block at the foot.
# ---------------------------------------------------------------------------
def make_south_tyneside():
    rows = [
        ["South Tyneside Council – Corporate Parenting Board Action Plan 2025/26", "", "", "", "", "", ""],
        ["Our Promise to children in care and care leavers", "", "", "", "", "", ""],
        ["Position reported to Corporate Parenting Board, 16 September 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Priority", "Ref", "What we will do", "Lead(s)", "By when", "RAG", "Progress update"],
        ["Priority 1: Children feel safe and settled where they live", "CP1.1",
         "Launch a second Mockingbird constellation for children living with South Tyneside foster carers.",
         "Fostering Service Manager", "Jan-26", "Green", "Hub carer recruited; launch planned for January."],
        ["", "CP1.2",
         "Every child in care to have a stability meeting within 10 working days of a risk of placement breakdown being identified.",
         "Head of Service – Children in Care & Care Leavers", "Dec 2025", "Amber",
         "Meetings held within timescale for 14 of 19 children (74%)."],
        ["", "CP1.3",
         "Review the sufficiency strategy with the Investors in Children group and publish a young people's version.",
         "Commissioning Manager (Children's Placements)", "31/03/2026", "Green", "Workshops with young people booked for October."],
        ["Priority 2: Children are healthy and happy", "CP2.1",
         "Improve the timeliness of health assessments:\n- initial health assessments completed within 20 working days\n- review health assessments completed on time for 95% of children",
         "Designated Nurse LAC/Named Nurse LAC", "Mar-26", "Amber", "IHAs within 20 working days: 61% (Q1). RHAs on time: 88%."],
        ["", "CP2.2",
         "Offer every child in care a free leisure pass for South Tyneside leisure centres and swimming pools.",
         "Leisure Services Manager", "Oct-25", "Complete", "Passes issued to 412 children and young people."],
        ["Priority 3: Children achieve in education and training", "CP3.1",
         "Personal education plans (PEPs) for all children of school age to be rated good or better by Virtual School quality assurance.",
         "Virtual School Head", "Autumn term 2025", "Amber", "Summer term: 82% of PEPs rated good or better."],
        ["", "CP3.2",
         "Expand the council's care leaver apprenticeship offer to 8 ringfenced posts.",
         "Anna Wright and Paul McCann", "April 2026", "Red", "Only 3 posts identified so far; raised with the Chief Executive."],
        ["Priority 4: Care leavers have a home, a job and someone to turn to", "CP4.1",
         "Care leavers living in South Tyneside to be exempt from council tax up to the age of 25.",
         "Strategic Director of Resources", "01/04/2025", "Complete", "Exemption in place from 1 April 2025."],
        ["", "CP4.2",
         "Establish a Staying Close offer for young people leaving residential care, with two flats and a dedicated support worker.",
         "Head of Service – Children in Care & Care Leavers; Housing Strategy Manager", "Ongoing", "Green",
         "First flat ready; support worker appointed."],
        ["", "", "", "", "", "", ""],
        ["Summary", "", "", "", "", "", ""],
        ["Green", "3", "", "", "", "", ""],
        ["Amber", "3", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", ""],
        ["Complete", "2", "", "", "", "", ""],
        ["Total", "9", "", "", "", "", ""],
    ]
    with open(out("mc1-south-tyneside-council-corporate-parenting-board-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Leeds focused visit action plan (tab-separated text export): title and
#    metadata lines, area-for-improvement rows carrying only a number and the
#    text, action rows under them, Mmm-yy dates, one end cell mistyped "0ct-25".
# ---------------------------------------------------------------------------
def make_leeds():
    lines = [
        ["Leeds City Council – Ofsted Focused Visit Action Plan"],
        ["Children and Families Service – focused visit 4 and 5 March 2025: children in need and children subject to a child protection plan"],
        ["Plan owner: Chief Officer, Social Work and Social Care", "Last updated: 12/06/2025"],
        [],
        ["Ref", "Area for improvement", "Action", "Lead", "Start", "End", "RAG", "Comment"],
        ["1", "The quality of written plans for children in need, so that they are specific about what needs to change and by when.", "", "", "", "", "", ""],
        ["1.1", "", "Relaunch the child in need plan template with SMART outcomes and a contingency section, supported by practice guidance.", "Head of Service, Practice Improvement", "Apr-25", "Jun-25", "G", "Template live from 2 June 2025."],
        ["1.2", "", "Team managers to review the quality of every child in need plan at the first review, using the plan quality checklist.", "Area Heads of Service", "May-25", "Sep-25", "A", "Checklist in use in 9 of 13 teams."],
        ["2", "The timeliness of child in need reviews.", "", "", "", "", "", ""],
        ["2.1", "", "Weekly performance report to team managers listing child in need reviews due in the next 4 weeks and any that are overdue.", "Performance Manager (Children's Social Work)", "Mar-25", "Apr-25", "B", "Report issued weekly since 7 April 2025."],
        ["2.2", "", "Overdue child in need reviews to be escalated to the Area Head of Service after 10 working days.", "Area Heads of Service", "Apr-25", "0ct-25", "G", "Escalation process agreed at Senior Leadership Team."],
        ["3", "Management oversight when children step down from child protection plans to child in need plans.", "", "", "", "", "", ""],
        ["3.1", "", "Child protection chairs to record a step-down rationale and the first child in need review date at the final child protection conference.", "Head of Safeguarding Unit", "Apr-25", "Jul-25", "G", "Conference record amended."],
        ["3.2", "", "Quarterly audit of 20 children stepped down from child protection plans, reported to the Quality Assurance Board.", "Principal Social Worker / QA Lead", "Jul-25", "Mar-26", "A", "First audit scheduled for July 2025."],
        [],
        ["RAG key: B = complete, G = on track, A = at risk, R = off track"],
    ]
    with open(out("mc1-leeds-city-council-focused-visit-action-plan-typo-month-refuse.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    make_east_sussex()
    make_northants_yjs()
    make_blaenau_gwent()
    make_south_tees()
    make_gateshead()
    make_south_tyneside()
    make_leeds()
    print("written")
