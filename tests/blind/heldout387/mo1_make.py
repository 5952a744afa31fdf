"""Build the seven mo1- cases of set heldout387 (children's services plans).

Run with /work/main/.venv/bin/python mo1_make.py  (openpyxl, python-docx).
Writes the data files only; the .expected.yaml files sit beside them.
"""
import csv
import io
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
}


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def eom(y, m):
    """A date inside month m of year y (last day), for mmm-yy cells."""
    import calendar
    return datetime(y, m, calendar.monthrange(y, m)[1])


# ---------------------------------------------------------------------------
# 1. Barking and Dagenham ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_barking():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Children's Care and Support: Ofsted ILACS Improvement Plan 2023–2025"
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = "London Borough of Barking and Dagenham"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = ("Inspection of local authority children's services (ILACS): 10–21 July 2023. "
                 "Report published 4 September 2023.")
    cov["A5"] = "Overall effectiveness: Requires improvement to be good"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Changes"),
        ("1.0", "13/10/2023", "Head of Improvement and Quality Assurance",
         "First version, submitted to Ofsted"),
        ("1.1", "17/04/2024", "Head of Improvement and Quality Assurance",
         "Updated after the ILACS annual engagement meeting"),
        ("1.2", "30/09/2024", "Improvement Programme Officer",
         "Progress update for Practice Improvement Board (September 2024)"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A13"] = ("Governance: progress is reported monthly to the Practice Improvement Board and "
                  "quarterly to the Children's Services Select Committee.")
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 42
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "ILACS Improvement Plan – progress update September 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Recommendations from Ofsted's inspection of July 2023 and the actions we are taking"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    head = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
            "Progress update (Sept 2024)", "Previous RAG (Apr 24)", "Current RAG (Sept 24)"]
    for j, h in enumerate(head):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    D = eom
    plan = [
        ("theme", "Priority 1: Help and protection"),
        ("rec", "Recommendation 1: The timeliness of strategy meetings"),
        ("act", "1.1", "Introduce a twice-daily strategy meeting slot in the MASH, with attendance from the "
         "police Child Abuse Investigation Team and health safeguarding agreed through the Safeguarding "
         "Children Partnership.", "Head of Service, MASH and Assessment", D(2023, 12), D(2024, 3),
         "Twice-daily slots running since February 2024. 87% of strategy meetings held within one working "
         "day in August 2024 (July 2023: 61%).", "A", "G"),
        ("act", "1.2", "Add strategy meeting timeliness to the weekly performance report and review it at the "
         "fortnightly Performance Clinic.",
         "Performance and Intelligence Manager; Head of Service, MASH and Assessment", D(2023, 10), None,
         "Complete. Report live since October 2023.", "G", "B"),
        ("rec", "Recommendation 2: Assessment and decision-making for children experiencing neglect"),
        ("act", "2.1", "Relaunch the Graded Care Profile 2 (GCP2) across Children's Care and Support and partner "
         "agencies, with refresher training for all social workers and early help practitioners.",
         "Principal Social Worker", D(2024, 1), D(2024, 11),
         "312 staff trained. Partner agency sessions delayed by trainer availability; remaining sessions "
         "booked for October and November 2024.", "R", "A"),
        ("act", "2.2", "Complete a thematic audit of children on child in need and child protection plans for "
         "neglect for more than 12 months, and report the findings to the Practice Improvement Board.",
         "Head of Quality Assurance", D(2024, 4), None,
         "Audit reported to Practice Improvement Board on 24 April 2024.", "G", "B"),
        ("rec", "Recommendation 3: Timeliness of pre-proceedings pathways"),
        ("act", "3.1", "Establish a fortnightly Legal Gateway and Tracking Panel, chaired by the Operational "
         "Director, to track every child in pre-proceedings against the 16-week timescale.",
         "Operational Director, Children's Care and Support", D(2023, 11), None,
         "Panel established November 2023. Average time in pre-proceedings down from 31 to 19 weeks.",
         "B", "B"),
        ("rec", "Recommendation 4: Application of threshold in early help"),
        ("act", "4.1", "Refresh the multi-agency Threshold Document and relaunch it with schools, health and "
         "police through partnership briefings.",
         "Head of Early Help / Safeguarding Partnership Business Manager", D(2024, 3), D(2024, 9),
         "Threshold Document agreed by partnership executive in July 2024; briefings under way.", "A", "G"),
        ("theme", "Priority 2: Leadership, management oversight and workforce"),
        ("rec", "Recommendation 5: The capacity, quality, consistency and impact of supervision and management "
         "oversight"),
        ("act", "5.1", "Implement the revised Supervision Policy, with monthly dip sampling of supervision "
         "records by group managers.", "Group Managers (all teams)", D(2023, 12), D(2024, 7),
         "Dip sampling shows 58% of records meet the standard. Escalated to Practice Improvement Board in "
         "September 2024; recovery plan agreed.", "A", "R"),
        ("act", "5.2", "Recruit to six additional team manager posts so that no manager supervises more than "
         "seven practitioners.", "Director of Children's Care and Support & HR Business Partner",
         "Ongoing", None, "Four of six posts filled; two interim managers in place.", "G", "G"),
        ("theme", "Priority 3: Children in care and care leavers"),
        ("rec", "Recommendation 6: Consistency of response to 16- and 17-year-olds who present as homeless"),
        ("act", "6.1", "Agree a joint protocol with Housing for 16- and 17-year-olds who present as homeless, "
         "including joint assessments and a named duty worker in the Housing Advice Service.",
         "Head of Service, Adolescents; Head of Housing Advice", D(2024, 2), None,
         "Protocol signed off February 2024.", "G", "B"),
        ("rec", "Recommendation 7: Oversight of children's placements in unregistered children's homes"),
        ("act", "7.1", "Hold a weekly unregistered placements panel chaired by the Operational Director, with "
         "each notification to Ofsted logged and tracked.",
         "Operational Director, Children's Care and Support", "Weekly", None,
         "Panel meets every Tuesday. Three children in unregistered settings at 30 September 2024.", "G", "G"),
        ("rec", "Recommendation 8: Life-story work and permanence planning"),
        ("act", "8.1", "Deliver life-story work training to all social workers in the children in care teams and "
         "to foster carers, jointly with the Adoption and Permanence Team.",
         "Head of Children in Care; Adoption and Permanence Team Manager", D(2024, 3), D(2024, 12),
         "Social worker training complete. Foster carer sessions start in October 2024.", "A", "A"),
        ("act", "8.2", "Introduce a permanence tracker reviewed monthly at the Permanence Panel, so that every "
         "child has a permanence plan by their second review.", "Head of Children in Care", D(2024, 5), None,
         "New action added April 2024. Tracker in use since May 2024.", None, "G"),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
            ws.cell(row=r, column=1).fill = fill("2F5496")
        elif item[0] == "rec":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            ws.cell(row=r, column=1).alignment = WRAP
        else:
            _, ref, act, lead, orig, rev, prog, prev, cur = item
            vals = [ref, act, lead, orig, rev, prog, prev, cur]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(FILLS[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for col, w in zip("ABCDEFGH", (6, 60, 30, 12, 12, 50, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([
        ("B", "Complete – action delivered and evidence of impact seen"),
        ("G", "On track to be delivered by the target date"),
        ("A", "Some slippage – revised target date agreed by Practice Improvement Board"),
        ("R", "Off track – escalated to Practice Improvement Board"),
    ]):
        key.cell(row=3 + i, column=1, value=k).fill = fill(FILLS[k])
        key.cell(row=3 + i, column=2, value=t)
    key.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – September 2024"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    counts = [("B – Complete", 4), ("G – On track", 5), ("A – Some slippage", 2), ("R – Off track", 1)]
    for i, (k, n) in enumerate(counts):
        sm.cell(row=4 + i, column=1, value=k)
        sm.cell(row=4 + i, column=2, value=n)
    sm["A8"], sm["B8"] = "Total", "=SUM(B4:B7)"
    sm["A8"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 18
    wb.save(os.path.join(HERE, "mo1-barking-dagenham-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Wiltshire SVPP JTAI action plan (xlsx) – vertical merges, fill-only RAG
# ---------------------------------------------------------------------------
def make_wiltshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws["A1"] = ("Joint Targeted Area Inspection: the multi-agency response to children who are victims of "
                "domestic abuse – Partnership Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Wiltshire Safeguarding Vulnerable People Partnership (SVPP)"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Inspection fieldwork: 10–14 March 2025. Letter of findings published 6 May 2025. "
                "Plan agreed by SVPP Executive 19 June 2025. RAG as at 30 October 2025 (see RAG key tab).")
    ws.merge_cells("A3:G3")
    head = ["Area for improvement", "No.", "Action", "Lead agency / officer", "Timescale", "RAG",
            "Evidence of progress / impact"]
    for j, h in enumerate(head):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    afis = [
        ("1. The quality of information shared by health practitioners with the front door when children "
         "are identified as living with domestic abuse.", [
             ("1a", "Update the health referral template for the Integrated Front Door so that it prompts for "
              "the child's lived experience and the DASH risk level.", "BSW ICB Designated Nurse",
              "31/08/2025", "G", "New template in use by acute and community health teams from August 2025."),
             ("1b", "Deliver a rolling programme of briefings for GP practices and 0–19 public health nursing "
              "on what good information sharing looks like.",
              "BSW ICB Named GP / HCRG Care Group Safeguarding Lead", "Sept 2025 – March 2026", "A",
              "9 of 43 GP practices briefed; uptake slower than planned."),
             ("1c", "Audit 30 health referrals to the Integrated Front Door and report findings to the SVPP "
              "Quality Assurance Subgroup.", "SVPP Business Manager", "Q4 2025/26", None,
              "To start once 1a has been in place for three months."),
         ]),
        ("2. The consistency with which practitioners in the Integrated Front Door use the DASH risk "
         "assessment and refer to MARAC.", [
             ("2a", "Joint DASH and MARAC refresher training for Integrated Front Door social workers and police "
              "MASH staff.",
              "Wiltshire Council – Head of Integrated Front Door; Wiltshire Police – Detective Inspector (MASH)",
              "By 30 September 2025", "B", "Completed: four sessions delivered, 61 staff attended."),
             ("2b", "Introduce a daily domestic abuse triage meeting in the Integrated Front Door with police, "
              "health and the commissioned domestic abuse service.", "Head of Integrated Front Door",
              eom(2025, 7), "B", "Daily triage running since 7 July 2025."),
             ("2c", "Monthly multi-agency audit of MARAC referrals made by children's social care, reported to "
              "the SVPP Performance and QA Subgroup.", "SVPP Performance and QA Subgroup Chair", "Monthly",
              "G", "Audits completed for July, August and September 2025."),
         ]),
        ("3. Leaders' understanding of the impact of multi-agency domestic abuse training on practice and on "
         "children's experiences.", [
             ("3a", "Develop an impact evaluation framework for SVPP domestic abuse training, including follow-up "
              "surveys of practitioners at three and six months.", "SVPP Learning and Development Coordinator",
              eom(2025, 12), "R", "Coordinator post vacant since August 2025; escalated to SVPP Executive."),
             ("3b", "Hold a practitioner and children's voice event with the domestic abuse service to test what "
              "difference the training has made.", "SVPP Independent Scrutineer", "March 2026", "G",
              "Venue booked; young people's group consulted on the format."),
         ]),
    ]
    r = 6
    for afi, acts in afis:
        start = r
        for ref, act, lead, when, rag, ev in acts:
            vals = [afi if r == start else None, ref, act, lead, when, None, ev]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=6).fill = fill(FILLS[rag])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).fill = fill("E4DFEC")
        ws.cell(row=start, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFG", (40, 6, 60, 36, 20, 8, 50)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk of slipping"),
                                ("R", "Off track – escalated to SVPP Executive"),
                                (None, "No colour – not yet started")]):
        c = key.cell(row=3 + i, column=1)
        if k:
            c.fill = fill(FILLS[k])
        c.border = BOX
        key.cell(row=3 + i, column=2, value=t)
    key.column_dimensions["B"].width = 45

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Summary of changes"),
                             ("0.1", "02/06/2025", "Draft for agency leads"),
                             ("1.0", "19/06/2025", "Agreed by SVPP Executive"),
                             ("1.3", "30/10/2025", "Quarterly RAG update")]):
        for j, v in enumerate(row):
            vc.cell(row=1 + i, column=1 + j, value=v)
    wb.save(os.path.join(HERE, "mo1-wiltshire-safeguarding-vulnerable-people-partnership-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lancashire corporate parenting board action plan (xlsx) – REFUSE
# ---------------------------------------------------------------------------
def make_lancashire():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Lancashire County Council – Corporate Parenting Board Action Plan 2024–2026"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Progress report to the Corporate Parenting Board, 9 October 2025"
    sm["A4"] = "Our priorities (from the Corporate Parenting Strategy, shaped by the Children in Care Council)"
    sm["A4"].font = Font(bold=True)
    heads = ["Priority", "Complete", "On track", "Delayed", "Not started"]
    for j, h in enumerate(heads):
        c = sm.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.border = BOX
    for i, row in enumerate([("1. Healthy and happy", 2, 1, 0, 0),
                             ("2. Learning and achieving", 0, 1, 1, 1),
                             ("3. A safe home and a good start in adult life", 1, 1, 1, 0)]):
        for j, v in enumerate(row):
            sm.cell(row=6 + i, column=1 + j, value=v).border = BOX
    sm["A9"] = "Total"
    sm["A9"].font = Font(bold=True)
    for j, col in enumerate("BCDE"):
        sm.cell(row=9, column=2 + j, value=f"=SUM({col}6:{col}8)")
    sm.column_dimensions["A"].width = 48

    sheets = [
        ("1 Healthy",
         "Priority 1: Healthy and happy – “Help me stay healthy and get support for my emotional wellbeing”",
         "Board sponsor: Director of Public Health and Wellbeing",
         [("1.1", "Every child coming into care to have their initial health assessment within 20 working days.",
           "Designated Nurse for Children in Care (Lancashire and South Cumbria ICB)", eom(2024, 12),
           "87% within 20 working days in Q1 2025/26 (2023/24: 52%).", "Complete"),
          ("1.2", "Launch the Lancashire Care Leaver Health Passport with young people from the Children in "
           "Care Council.", "Helen Ward and Tom Riley", "March 2025",
           "Launched at the Care Leavers' Celebration Event on 21 March 2025.", "Complete"),
          ("1.3", "Give every care leaver aged 18 to 25 free prescriptions and a named health contact.",
           "Head of Service, Leaving Care", "Ongoing", "214 care leavers registered for free prescriptions.",
           "On track")]),
        ("2 Learning",
         "Priority 2: Learning and achieving – “Help me do well at school and college”",
         "Board sponsor: Headteacher, Lancashire Virtual School",
         [("2.1", "Increase the proportion of Personal Education Plans rated good or better to 90%.",
           "Headteacher, Lancashire Virtual School", "Jul-25",
           "82% at end of summer term; new PEP quality tool launched September 2025.", "Delayed"),
          ("2.2", "Ring-fence 20 council apprenticeships a year for care leavers.",
           "Head of HR; Care Leavers Service Manager", "Sept 2025",
           "17 apprenticeships filled by care leavers in 2024/25.", "On track"),
          ("2.3", "Offer a tutoring package to every child in care in Year 11 who is not on track for a grade 4 "
           "in English and maths.", "Deputy Headteacher, Virtual School", "0ct-25",
           "Tutoring provider being procured.", "Not started")]),
        ("3 Homes",
         "Priority 3: A safe home and a good start in adult life – “Help me feel settled and ready for the "
         "future”",
         "Board sponsor: Director of Children's Social Care",
         [("3.1", "Open two new council-run children's homes in Lancashire so that fewer children live far from "
           "home.", "Head of Residential Services", "March 2026",
           "First home registered with Ofsted in August 2025; second home in refurbishment.", "On track"),
          ("3.2", "Agree a joint protocol with the district councils so that no care leaver is placed in bed and "
           "breakfast accommodation.", "Care Leavers Service Manager / District Housing Leads", "Jun-25",
           "Protocol agreed with 9 of 12 districts.", "Delayed"),
          ("3.3", "Exempt care leavers living in Lancashire from council tax until their 25th birthday.",
           "Director of Finance", "April 2025", "Exemption in place from 1 April 2025.", "Complete")]),
    ]
    for name, pri, sponsor, acts in sheets:
        ws = wb.create_sheet(name)
        ws["A1"] = pri
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill("305496")
        ws.merge_cells("A1:F1")
        ws["A2"] = sponsor
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(["Ref", "What we will do", "Who will lead", "By when", "Update (October 2025)",
                               "Status"]):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
        for i, row in enumerate(acts):
            for j, v in enumerate(row):
                c = ws.cell(row=5 + i, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            st = row[5]
            colour = {"Complete": "BDD7EE", "On track": "C6EFCE", "Delayed": "FFEB9C"}.get(st)
            if colour:
                ws.cell(row=5 + i, column=6).fill = fill(colour)
        for col, w in zip("ABCDEF", (6, 60, 36, 12, 50, 12)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "mo1-lancashire-county-council-corporate-parenting-board-action-plan-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, heads, hex_="1F3864"):
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 4. Hampshire children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_hampshire():
    doc = Document()
    t = doc.add_paragraph()
    r = t.add_run("Willow Lodge Children's Home (SC404187): Ofsted Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Hampshire County Council – Children's Services, Children's Residential Services")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Date of inspection", "11 and 12 February 2025"),
                 ("Overall experiences and progress of children and young people",
                  "Requires improvement to be good"),
                 ("Registered manager", "Karen Doyle"),
                 ("Responsible individual", "Area Manager, Children's Residential Services"),
                 ("Plan written / last updated", "3 March 2025 / 2 June 2025")]:
        row = info.add_row().cells
        set_cell(row[0], a, bold=True)
        shade(row[0], "E2EFD9")
        set_cell(row[1], b)

    doc.add_heading("Requirements", level=2)
    doc.add_paragraph("The registered person must comply with the following requirements within the "
                      "timescales set by Ofsted.")
    req = doc.add_table(rows=1, cols=5)
    req.style = "Table Grid"
    header_row(req, ["No.", "Action", "Responsible", "Date to be completed", "Status"], "385623")
    reqs = [
        ("Regulation 12: The protection of children standard – the registered person must ensure that staff "
         "follow the home's missing from care procedures and inform the police and the placing authority "
         "without delay when a child is missing. (Regulation 12 (1)(2)(a)(i)) Due by 31 March 2025.", [
             ("1.1", "Refresher training for all staff on the Hampshire and Isle of Wight missing from care "
              "protocol, recorded on each staff member's training record.", "Registered Manager",
              "31/03/2025", "Completed"),
             ("1.2", "Review every missing episode within 24 hours and record the review on the child's file.",
              "Registered Manager / Deputy Manager", "31/03/2025", "Completed"),
         ]),
        ("Regulation 13: The leadership and management standard – the registered person must ensure that the "
         "home's review of the quality of care identifies shortfalls and sets out the action to address them. "
         "(Regulation 13 (1)(a)(b)) Due by 30 April 2025.", [
             ("2.1", "Revise the Regulation 45 report template so that each shortfall has an action, an owner "
              "and a date.", "Area Manager, Children's Residential Services", "30/04/2025", "Completed"),
             ("2.2", "Responsible individual to check each Regulation 45 report before it is sent to Ofsted, "
              "for the next six months.", "Responsible Individual", "30/09/2025", "On track"),
         ]),
    ]
    for text, acts in reqs:
        row = req.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, text, bold=True)
        shade(m, "E2EFD9")
        for a in acts:
            cells = req.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)

    doc.add_heading("Recommendations", level=2)
    rec = doc.add_table(rows=1, cols=6)
    rec.style = "Table Grid"
    header_row(rec, ["No.", "Recommendation", "Action", "Responsible", "Target date", "Status"], "385623")
    recs = [
        ("The registered person should ensure that staff receive formal supervision in line with the home's "
         "policy, and that supervision records show discussion of each child's progress. ('Guide to the "
         "Children's Homes Regulations including the quality standards', page 61, paragraph 13.2)", [
             ("3.1", "Set up a supervision schedule for the year and share it with all staff.",
              "Registered Manager", "April 2025", "Completed"),
             ("3.2", "Add a section on each child's progress to the supervision record template.",
              "Registered Manager", "May 2025", "Amber"),
         ]),
        ("The registered person should ensure that children's bedrooms are decorated and furnished to reflect "
         "their interests, and that children help to choose the furnishings. ('Guide to the Children's Homes "
         "Regulations including the quality standards', page 15, paragraph 3.9)", [
             ("4.1", "Redecorate two bedrooms, with the children who live in them choosing colours and "
              "furnishings.", "Registered Manager; Property Services", "31 July 2025", "Not started"),
         ]),
    ]
    for text, acts in recs:
        first = None
        for k, a in enumerate(acts):
            cells = rec.add_row().cells
            set_cell(cells[0], a[0])
            if k == 0:
                set_cell(cells[1], text)
                first = cells[1]
            else:
                first = first.merge(cells[1])
            for j, v in enumerate(a[1:]):
                set_cell(cells[2 + j], v)

    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reviewed at the monthly Regulation 44 visit and reported "
                      "to the Children's Residential Services quality meeting.")
    sign = doc.add_table(rows=3, cols=3)
    sign.style = "Table Grid"
    for j, h in enumerate(["Signed off by", "Name", "Date"]):
        set_cell(sign.rows[0].cells[j], h, bold=True)
    for i, row in enumerate([("Registered Manager", "Karen Doyle", "03/03/2025"),
                             ("Responsible Individual", "Martin Blake", "05/03/2025")]):
        for j, v in enumerate(row):
            set_cell(sign.rows[1 + i].cells[j], v)
    doc.save(os.path.join(HERE, "mo1-hampshire-county-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Essex early help strategy action plan (docx) – a table per priority
# ---------------------------------------------------------------------------
def make_essex():
    doc = Document()
    t = doc.add_paragraph()
    r = t.add_run("Essex Early Help Strategy 2024–2027: Year 2 Action Plan (2025/26)")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Essex Early Help Partnership Board – Essex County Council with partners")

    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Comments"], "595959")
    for row in [("1.0", "10/04/2025", "Early Help Partnership Manager", "Agreed by the Partnership Board"),
                ("2.0", "17/07/2025", "Early Help Partnership Manager", "Quarter 1 update"),
                ("2.1", "14/11/2025", "Early Help Partnership Manager", "Quarter 2 update")]:
        cells = dc.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)

    doc.add_heading("How to read this plan", level=2)
    doc.add_paragraph("Each action has a lead and a timescale. The RAG rating shows progress at the last "
                      "Partnership Board.")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, hex_, meaning in [("Blue", "0070C0", "Complete"), ("Green", "00B050", "On track"),
                                ("Amber", "FFC000", "At risk – action being taken"),
                                ("Red", "FF0000", "Off track – escalated to the Board")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], hex_)
        set_cell(cells[1], meaning)

    pris = [
        ("Priority 1: Families get the right help at the right time", [
            ("1.1", "Publish a refreshed Effective Support document and practitioner guide, co-produced with "
             "parents.", "Jo Turner and Mark Ellis", "Summer term 2025", "Blue",
             "Published July 2025 and launched at the schools' safeguarding conference."),
            ("1.2", "Roll out the Request for Support form to all schools, GP practices and early years "
             "settings.", "Head of Family Hubs", "Autumn term 2025", "Green",
             "Live in 412 schools; GP roll-out planned for November."),
            ("1.3", "Extend Family Hub opening hours to include one evening and one Saturday session in each "
             "quadrant.", "Family Hub Service Managers", "Apr 2025 – Mar 2026", "Amber",
             "North and Mid quadrants extended. South and West depend on staffing."),
        ]),
        ("Priority 2: A skilled and confident early help workforce", [
            ("2.1", "Launch a single early help training offer across partners, including solution-focused "
             "practice and the Graded Care Profile 2.", "Essex Safeguarding Children Board Training Manager",
             "By 31 December 2025", "Green", "Offer published on the ESCB training portal."),
            ("2.2", "Set up a Lead Practitioner network for schools and health visitors.",
             "Head of Education Access; 0-19 Healthy Family Service Lead", "Termly", "Green",
             "First network meeting held 23 September 2025 (68 attendees)."),
            ("2.3", "Create a practice standards audit for early help plans held by partner agencies and "
             "complete the first round.", "Early Help Quality Assurance Manager", "Jan-26", "Red",
             "Audit tool not yet agreed with health partners; escalated to the Board."),
        ]),
        ("Priority 3: Knowing the difference early help makes", [
            ("3.1", "Build an early help outcomes dashboard combining council, health and police data, reported "
             "quarterly to the Partnership Board.", "Head of Performance and Business Intelligence",
             "Q3 2025/26", "Amber", "Police data-sharing agreement awaiting sign-off."),
            ("3.2", "Run an annual survey of families who have received early help and publish a 'You said, we "
             "did' report.", "Participation Lead", "March 2026", "",
             "Not due to start until January 2026."),
        ]),
    ]
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for title, acts in pris:
        doc.add_heading(title, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Action", "Lead", "Timescale", "RAG", "Update"], "1F4E79")
        for a in acts:
            cells = tb.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)
            if a[4]:
                shade(cells[4], colours[a[4]])
        if title.startswith("Priority 1"):
            doc.add_paragraph("Note: action 1.3 depends on the Family Hubs and Start for Life grant for 2026/27 "
                              "being confirmed.")
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Essex Early Help Partnership Board, 12 February 2026.")
    doc.save(os.path.join(HERE, "mo1-essex-county-council-early-help-strategy-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Wrexham YJS HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
def make_wrexham():
    W = 7
    rows = [
        ["Wrexham Youth Justice Service: HMI Probation Post-inspection Improvement Plan"],
        ["Inspection of youth justice services – fieldwork 3–7 June 2024. Report published 12 September 2024. "
         "Overall rating: Requires improvement"],
        [],
        ["Ref", "Recommendation", "Action", "Owner", "Target date", "Progress update (January 2025)", "RAG"],
        ["The Wrexham Youth Justice Service Management Board should:"],
        ["1.1", "1. make sure that board members understand the needs of children open to the service and use "
         "this to challenge and support their own agencies",
         "Deliver a board development session on the profile of children supervised by the YJS, including "
         "disproportionality data.", "Chair of YJS Management Board", "30/11/2024",
         "Session held 21 November 2024.", "Complete"],
        ["1.2", "", "Each partner agency to present a report on its contribution to the YJS at a board meeting "
         "during 2025.", "YJS Management Board members", "Dec-25", "Schedule of reports agreed.", "G"],
        ["2.1", "2. ensure that children have timely access to speech, language and communication and emotional "
         "health services",
         "Agree a service level agreement with Betsi Cadwaladr University Health Board for a seconded speech "
         "and language therapist (0.6 FTE).",
         "Head of Children's Services / BCUHB Head of Children's Therapies", "Q4 2024/25",
         "Draft SLA with BCUHB; funding split still to be agreed.", "A"],
        ["The Wrexham Youth Justice Service Manager should:"],
        ["3.1", "3. improve the quality of assessment and planning to keep children and other people safe, "
         "including contingency planning",
         "Deliver practice workshops for all case managers on:\n- analysing risk of harm to others\n"
         "- contingency planning\n- recording the child's voice", "YJS Manager", "Feb-25",
         "Two of three workshops delivered.", "G"],
        ["3.2", "", "Introduce a monthly audit of 10% of cases using the HMIP case assessment tool, with findings "
         "reported to the Management Board.", "Team Manager (Court and Community)", "Monthly",
         "First audit October 2024: 6 of 9 cases met the standard for contingency planning.", "G"],
        ["4.1", "4. ensure that out-of-court disposal decisions are informed by a full assessment and that the "
         "rationale is recorded",
         "Review the Joint Decision Making Panel terms of reference with North Wales Police and add an "
         "assessment summary to every panel paper.",
         "Prevention Team Manager & North Wales Police Youth Justice Sergeant", "31 March 2025",
         "Not yet started – police representative changed in December.", "R"],
        ["5.1", "5. ensure that work to address victims' needs is consistently delivered and recorded",
         "Recruit a dedicated victim liaison officer and agree a victim contact standard.", "YJS Manager",
         "TBC", "Post approved; job evaluation pending.", "A"],
        [],
        ["RAG: Complete = action complete; G = on track; A = some slippage; R = off track or at risk"],
        ["Next review: YJS Management Board, 20 March 2025"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (W - len(row)))
    with open(os.path.join(HERE, "mo1-wrexham-youth-justice-service-hmip-improvement-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Adoption West Ofsted inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_adoption_west():
    lines = [
        "Adoption West – Ofsted Inspection Action Plan",
        "Voluntary adoption agency inspection: 6 to 10 November 2023. Overall experiences and progress of "
        "service users: Good",
        "Plan owner: Registered Manager. Reviewed at Adoption West Board: 24 January 2024 and 17 April 2024",
        "Status key: Complete (Blue)\tOn track (Green)\tSome delay (Amber)\tOff track (Red)\tNot started",
        "",
        "\t".join(["No.", "Area", "Recommendation", "Action", "Lead", "Target date", "Status", "Comments"]),
    ]
    rec1 = ("The registered person should ensure that assessments of need for adoption support are completed "
            "within the timescales set out in the agency's procedures.")
    rec2 = ("The registered person should ensure that adopters' Stage 1 checks are completed within two months, "
            "and that any delay is explained to applicants in writing.")
    rec3 = ("The registered person should ensure that panel minutes accurately record the panel's reasons for "
            "its recommendations.")
    rec4 = ("The registered person should ensure that the views of birth parents are routinely sought and used "
            "to improve services.")
    rows = [
        ("1", "Adoption support", rec1,
         "Introduce a tracker for all open adoption support assessments, reviewed weekly by the adoption support "
         "team manager.", "Adoption Support Team Manager", "31/01/2024", "Complete",
         "Tracker live from 15 January 2024."),
        ("2", "", "", "Recruit two additional adoption support social workers.",
         "Head of Service; HR Business Partner", "March 2024", "Some delay",
         "One post filled; second post being re-advertised."),
        ("3", "Recruitment and assessment of adopters", rec2,
         "Hold a weekly Stage 1 tracking meeting between the recruitment team and business support.",
         "Recruitment and Assessment Team Manager", "Ongoing", "On track", "Meeting in place since December 2023."),
        ("4", "", "", "Send a written update to every applicant whose Stage 1 checks are not complete after six "
         "weeks.", "Business Support Manager", "End of February 2024", "Complete", "Letter template agreed."),
        ("5", "Leadership and management", rec3,
         "Agree a panel minute template with a section for the reasons for each recommendation.",
         "Panel Adviser / Agency Decision Maker", "29/02/2024", "Complete", "In use from the March 2024 panel."),
        ("6", "", "", "Audit panel minutes each quarter and report the findings to the Adoption West Board.",
         "Registered Manager", "Quarterly", "On track", "First audit reported to the Board on 17 April 2024."),
        ("7", "Leadership and management", rec4,
         "Co-produce a birth parent feedback form with the birth relative support service and add the results "
         "to the quarterly quality report.", "Quality Assurance Lead; Birth Relative Support Coordinator",
         "June 2024", "Not started", ""),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Next update due to Adoption West Board: July 2024"]
    with open(os.path.join(HERE, "mo1-adoption-west-ofsted-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_barking()
    make_wiltshire()
    make_lancashire()
    make_hampshire()
    make_essex()
    make_wrexham()
    make_adoption_west()
    print("built 7 files in", HERE)
