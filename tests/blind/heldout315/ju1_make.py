#!/usr/bin/env python3
"""Build the seven ju1- blind test files (set heldout315).

Children's services plans:
  ju1-tower-hamlets-council-ilacs-improvement-plan.xlsx
  ju1-staffordshire-county-council-corporate-parenting-board-action-plan.xlsx
  ju1-haringey-council-focused-visit-action-plan-typo-month-refuse.xlsx
  ju1-newham-safeguarding-children-partnership-jtai-action-plan.docx
  ju1-barnet-local-area-send-priority-action-plan.docx
  ju1-wakefield-youth-justice-service-hmip-improvement-plan.csv
  ju1-norfolk-county-council-childrens-home-ofsted-action-plan.txt

Each action row below carries, in `exp`, the reading a person makes of it
(lead list, end month, end_text, status); the .expected.yaml files are
written from those by hand-checked data, not by the importer.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "head": "1F3864", "theme": "D9E1F2", "grey": "D9D9D9", "pledge": "E2EFDA",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Tower Hamlets – ILACS improvement plan (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
TH_TITLE = "Children's Services Improvement Plan 2025–26"
TH_PLAN = [
    ("theme", "Theme 1: Help and protection"),
    ("afi", "The consistency and timeliness of multi-agency strategy discussions, including the attendance of health professionals."),
    ("act", "1.1", "Introduce a daily strategy meeting slot in the MASH with police, health and education representatives, with attendance monitored weekly.",
     "Head of MASH and Assessment", d(2025, 4, 30), None, "Green", "Complete",
     "Daily slot live from 7 April 2025. Health attendance at 94% in May and June.",
     dict(lead=["Head of MASH and Assessment"], end="2025-04", status="blue")),
    ("act", "1.2", "Audit a sample of 40 strategy discussions each quarter against the revised multi-agency standard and report findings to the Safeguarding Partnership Executive.",
     "Head of MASH and Assessment / Designated Nurse for Safeguarding Children", d(2025, 9, 30), None, "Green", "Green",
     "First quarterly audit completed in June; 31 of 40 met the standard. Report to Executive in July.",
     dict(lead=["Head of MASH and Assessment", "Designated Nurse for Safeguarding Children"], end="2025-09", status="green")),
    ("afi", "The quality and impact of management oversight and supervision in the assessment and locality teams, so that plans progress without delay."),
    ("act", "1.3", "Relaunch the supervision policy with a revised recording template that sets out reflective discussion, actions and timescales for the child.",
     "Principal Social Worker", d(2025, 6, 30), d(2025, 9, 30), "Green", "Amber",
     "Template agreed; roll-out delayed by the case management system change. Revised date agreed at June Board.",
     dict(lead=["Principal Social Worker"], end="2025-09", status="amber")),
    ("act", "1.4", "Deliver the practice leadership programme to all team managers and assistant team managers in the locality teams.",
     "Heads of Service (Locality Social Work)", d(2025, 12, 31), None, "Green", "Green",
     "Cohort 1 (14 managers) started May 2025; cohort 2 booked for September.",
     dict(lead=["Heads of Service (Locality Social Work)"], end="2025-12", status="green")),
    ("theme", "Theme 2: Children in care"),
    ("afi", "The sufficiency of suitable local homes for children in care, particularly older children with complex needs."),
    ("act", "2.1", "Open two new council-run children's homes in the borough, each registered for up to four children.",
     "Head of Commissioning and Sufficiency", d(2026, 3, 31), None, "Amber", "Red",
     "Preferred property for the first home withdrawn in May. Options paper to Cabinet in July 2025.",
     dict(lead=["Head of Commissioning and Sufficiency"], end="2026-03", status="red")),
    ("act", "2.2", "Increase the number of in-house foster carers by 15 through the refreshed recruitment campaign and enhanced allowances for carers of teenagers.",
     "Head of Fostering and Adoption; Head of Children in Care", d(2025, 12, 31), d(2026, 3, 31), "Amber", "Amber",
     "6 new households approved since January. Enhanced allowance agreed; campaign relaunched June.",
     dict(lead=["Head of Fostering and Adoption", "Head of Children in Care"], end="2026-03", status="amber")),
    ("afi", "The timeliness of permanence planning for children in care, including for children placed with their parents."),
    ("act", "2.3", "Track every child in care without a permanence plan by their second review through the monthly permanence tracking panel.",
     "Head of Children in Care", d(2025, 7, 31), None, "Green", "Green",
     "Panel meeting monthly since April; 22 children tracked, 9 with plans now agreed.",
     dict(lead=["Head of Children in Care"], end="2025-07", status="green")),
    ("theme", "Theme 3: Care leavers"),
    ("afi", "The quality of pathway plans, so that they are written with young people and reflect their current circumstances."),
    ("act", "3.1", "Introduce a new co-produced pathway plan template, designed with the Children in Care Council and care-experienced young people.",
     "Head of Leaving Care Service", d(2025, 5, 31), None, "Green", "Complete",
     "New template in use from 19 May 2025.",
     dict(lead=["Head of Leaving Care Service"], end="2025-05", status="blue")),
    ("act", "3.2", "Review all pathway plans for young people aged 18–21 and update any plan older than six months.",
     "Head of Leaving Care Service / Participation and Engagement Manager", d(2025, 10, 31), None, "Green", "Green",
     "128 of 201 plans reviewed to date.",
     dict(lead=["Head of Leaving Care Service", "Participation and Engagement Manager"], end="2025-10", status="green")),
    ("theme", "Theme 4: Leadership, management and quality assurance"),
    ("afi", "The impact of quality assurance activity, so that learning from audits leads to measurable improvement in practice."),
    ("act", "4.1", "Introduce a moderated monthly audit cycle with a quarterly learning report to the Children's Improvement Board and tracked practice actions.",
     "Head of Quality Assurance and Safeguarding", d(2025, 9, 30), None, "Amber", "Amber",
     "Moderation in place; first quarterly learning report slipped to September Board.",
     dict(lead=["Head of Quality Assurance and Safeguarding"], end="2025-09", status="amber")),
]


def make_tower_hamlets(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "London Borough of Tower Hamlets – Children and Culture Directorate"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = TH_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Response to the Ofsted inspection of local authority children's services (ILACS), 13–24 January 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Approved by"),
            ("1.0", "14/03/2025", "Improvement Programme Manager", "Children's Improvement Board"),
            ("1.1", "27/06/2025", "Improvement Programme Manager", "Children's Improvement Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [("Complete", FILL["blue"], "Complete – evidence of impact reviewed by the Board"),
           ("Green", FILL["green"], "On track to deliver by the target date"),
           ("Amber", FILL["amber"], "Some slippage – revised date agreed"),
           ("Red", FILL["red"], "Off track – escalated to the Children's Improvement Board")]
    for i, (w, col, txt) in enumerate(key):
        a = ws.cell(row=11 + i, column=1, value=w)
        a.fill = fill(col)
        a.border = BOX
        b = ws.cell(row=11 + i, column=2, value=txt)
        b.border = BOX
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 32
    ws.column_dimensions["D"].width = 32

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = TH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at 30 June 2025 – Quarter 1 update to the Children's Improvement Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead", "Original target date",
           "Revised target date", "Previous RAG (May 2025)", "Current RAG (June 2025)",
           "Progress update (June 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    ragfill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    r = 5
    afi_start = None
    afi_text = None

    def close_afi(end_row):
        if afi_start is not None and end_row > afi_start:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=end_row, end_column=2)

    last_act_row = None
    for item in TH_PLAN:
        if item[0] == "theme":
            if afi_start is not None:
                close_afi(last_act_row)
                afi_start = None
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill(FILL["theme"])
                ws.cell(row=r, column=j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        elif item[0] == "afi":
            if afi_start is not None:
                close_afi(last_act_row)
            afi_start = r
            afi_text = item[1]
            ws.cell(row=r, column=2, value=afi_text)
        else:
            _, ref, action, lead, orig, rev, prev, cur, upd, _exp = item
            vals = [ref, None, action, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if j != 1:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            for col in (5, 6):
                ws.cell(row=r, column=col).number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(ragfill[prev])
            ws.cell(row=r, column=8).fill = fill(ragfill[cur])
            last_act_row = r
            r += 1
    close_afi(last_act_row)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Children's Improvement Board on 19 June 2025. "
                                   "Previous RAG is the position reported to the May 2025 Board.").font = Font(italic=True)
    widths = [7, 40, 55, 30, 12, 12, 12, 12, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of progress – June 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"], ws["B3"], ws["C3"] = "Current RAG", "Number of actions", "%"
    for c in ("A3", "B3", "C3"):
        ws[c].font = Font(bold=True)
    counts = [("Complete", 2), ("Green", 4), ("Amber", 3), ("Red", 1)]
    for i, (k, n) in enumerate(counts):
        ws.cell(row=4 + i, column=1, value=k).fill = fill(ragfill[k])
        ws.cell(row=4 + i, column=2, value=n)
        ws.cell(row=4 + i, column=3, value=f"{n * 10}%")
    ws.cell(row=8, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=8, column=2, value=10)
    ws.cell(row=8, column=3, value="100%")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 20
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Staffordshire – Corporate Parenting Board action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
SCC_TITLE = "Corporate Parenting Board – Action Plan 2024–25"
SCC_SHEETS = [
    ("Pledges 1-3", None, [
        ("pledge", "Pledge 1 – We will help you to live in a safe, stable home close to the people who matter to you"),
        ("act", "1a", "Review the plans of all children placed more than 20 miles from Staffordshire and agree, for each child, whether a move closer to home is in their interests.",
         "Fewer children placed more than 20 miles away (baseline 118, March 2024)", "Head of Placements and Commissioning",
         "March 2025", "amber", "87 of 118 reviews completed; 11 children have moved closer to home.",
         dict(lead=["Head of Placements and Commissioning"], end="2025-03", status="amber")),
        ("act", "1b", "Hold a ‘Meet the Board’ session at every Board meeting so that children in care can raise issues about where they live directly with members.",
         "Issues raised are logged and answered within one month", "Participation Lead / Chair of Corporate Parenting Board",
         "Ongoing", "amber", "Sessions held in September and November; January session moved to half-term.",
         dict(lead=["Participation Lead", "Chair of Corporate Parenting Board"], end=None, end_text="Ongoing", status="amber")),
        ("pledge", "Pledge 2 – We will support you to do well at school and enjoy learning"),
        ("act", "2a", "Make sure every child in care has a Personal Education Plan reviewed each term, with the child’s own views recorded.",
         "95% of PEPs reviewed in-term and rated good or better", "Virtual School Headteacher",
         "Summer term 2025", "amber", "Autumn term: 91% completed in-term, 78% rated good or better.",
         dict(lead=["Virtual School Headteacher"], end="2025-07", status="amber")),
        ("act", "2b", "Offer one-to-one tuition to every child in care in Years 10 and 11 through the Virtual School pupil premium plus allocation.",
         "Take-up of tuition; GCSE English and maths results", "Virtual School Headteacher",
         "Autumn term 2024", "green", "Completed – tuition offered to all 146 young people; 121 taking it up.",
         dict(lead=["Virtual School Headteacher"], end="2024-12", status="blue")),
        ("pledge", "Pledge 3 – We will look after your health and wellbeing"),
        ("act", "3a", "Reduce waiting times for initial health assessments so that 90% are completed within 20 working days of a child coming into care.",
         "Monthly IHA timeliness report to the Board", "Designated Nurse for Children in Care (ICB) & Head of Children in Care Service",
         "Q4 2024/25", "red", "Timeliness 62% in December. Paediatric capacity escalated to the ICB.",
         dict(lead=["Designated Nurse for Children in Care (ICB)", "Head of Children in Care Service"], end="2025-03", status="red")),
    ]),
    ("Pledges 4-5", None, [
        ("pledge", "Pledge 4 – We will help you find a home that is right for you when you leave care"),
        ("act", "4a", "Increase supported accommodation for 16 and 17 year olds leaving care from 48 to 60 units through the joint housing protocol with the district and borough councils.",
         "Number of units; young people in unsuitable accommodation", "Head of Care Leavers Service / District Housing Leads",
         d(2025, 3, 31), "amber", "54 units in place; 6 further units in Tamworth due to open in March.",
         dict(lead=["Head of Care Leavers Service", "District Housing Leads"], end="2025-03", status="amber")),
        ("act", "4b", "Exempt all Staffordshire care leavers from council tax up to the age of 25, working with the district and borough councils.",
         "All eight councils signed up", "Director of Finance",
         "April 2024", "green", "Completed – exemption in place in all districts from 1 April 2024.",
         dict(lead=["Director of Finance"], end="2024-04", status="blue")),
        ("pledge", "Pledge 5 – We will help you into education, training and work"),
        ("act", "5a", "Ring-fence 10 apprenticeships each year within the County Council for care leavers and offer a guaranteed interview to any care leaver who applies for a council vacancy.",
         "Number of care leavers starting apprenticeships", "Head of HR / Care Leavers Service Manager",
         "September 2025", None, "Scheme to launch with the 2025 apprenticeship intake.",
         dict(lead=["Head of HR", "Care Leavers Service Manager"], end="2025-09", status="unrated")),
        ("act", "5b", "Run a monthly employment and skills drop-in for care leavers with the Virtual School and DWP work coaches.",
         "Attendance; care leavers in EET (target 60%)", "Care Leavers Service Manager",
         "Monthly", "green", "Completed – drop-ins running in Stafford, Burton and Newcastle-under-Lyme since October 2024.",
         dict(lead=["Care Leavers Service Manager"], end=None, end_text="Monthly", status="blue")),
    ]),
]


def make_staffordshire(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "Staffordshire County Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = SCC_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A4"] = ("This plan sets out what the Corporate Parenting Board will do to keep the promises in our pledge to "
                "children in care and care leavers. It is reviewed at every Board meeting; the updates shown are from the "
                "Board meeting on 16 January 2025.")
    ws["A4"].alignment = WRAP
    ws.merge_cells("A4:F6")
    ws["A8"] = "RAG key"
    ws["A8"].font = Font(bold=True)
    key = [(FILL["green"], "Completed"), (FILL["amber"], "In progress"),
           (FILL["red"], "Behind schedule – Board to be sighted"), (None, "Not yet started")]
    for i, (col, txt) in enumerate(key):
        a = ws.cell(row=9 + i, column=1)
        a.border = BOX
        if col:
            a.fill = fill(col)
        ws.cell(row=9 + i, column=2, value=txt)
    ws["A14"] = "Plan owner: Assistant Director for Children in Care. Contact the Corporate Parenting team with any changes."
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 40

    hdr = ["No.", "What we will do", "How we will know", "Lead", "By when", "RAG", "Update (Board, 16 January 2025)"]
    for sheet, part, items in SCC_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = SCC_TITLE
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Staffordshire County Council – children in care and care leavers"
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for it in items:
            if it[0] == "pledge":
                c = ws.cell(row=r, column=1, value=it[1])
                c.font = Font(bold=True)
                for j in range(1, 8):
                    ws.cell(row=r, column=j).fill = fill(FILL["pledge"])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            else:
                _, no, what, how, lead, when, rag, upd, _exp = it
                vals = [no, what, how, lead, when, None, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(when, dt.datetime):
                    ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=6).fill = fill(FILL[rag])
            r += 1
        for j, w in enumerate([6, 55, 35, 32, 16, 8, 45]):
            ws.column_dimensions["ABCDEFG"[j]].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Haringey – focused visit action plan, mistyped month (xlsx) -> refuse
# ---------------------------------------------------------------------------
HAR_TITLE = "Haringey Children's Services – Ofsted Focused Visit Action Plan"
HAR_AFIS = [
    ("The timeliness and quality of child and family assessments, so that children’s needs and risks are fully understood.", [
        ("1", "Introduce weekly assessment performance clinics for each assessment team, chaired by the Head of Service.",
         "Head of Service, Assessment", "December 2024", "Complete", "Assessments within 45 days up from 71% to 86%."),
        ("2", "Deliver training on analysis and the use of chronologies to all social workers in the assessment teams.",
         "Principal Social Worker", "January 2025", "Complete", "Four sessions delivered; 58 staff attended."),
        ("3", "Audit 20 assessments each month and feed back learning through the practice week.",
         "Head of Quality Assurance", "March 2025", "On track", "October–December audits: 65% good or better."),
    ]),
    ("The consistency of management oversight and supervision for children in need, so that plans progress and drift is prevented.", [
        ("4", "Set a four-weekly supervision standard for children in need and report compliance to the Performance Board.",
         "Heads of Service, Children in Need", "November 2024", "Complete", "Compliance 88% in December."),
        ("5", "Introduce a drift tracker for children in need plans open longer than nine months, reviewed monthly by service managers.",
         "Service Manager, Children in Need", "Febuary 2025", "On track", "Tracker designed; first review meeting booked."),
    ]),
    ("The quality of child protection plans, so that they are specific about what needs to change and by when.", [
        ("6", "Revise the child protection plan template with SMART outcomes and contingency plans, agreed with partners through the HSCP.",
         "Head of Safeguarding and Quality Assurance", "March 2025", "On track", "Draft template consulted on with partners."),
        ("7", "Child protection chairs to raise a practice alert wherever a plan does not set clear outcomes and timescales.",
         "Child Protection Chairs Manager", "April 2025", "Not started", ""),
    ]),
]


def make_haringey(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = HAR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focused visit: 8 and 9 October 2024 – arrangements for children in need and children subject to a child protection plan"
    ws["A3"] = "Plan owner: Director of Children's Services     Last updated: 20/01/2025"
    hdr = ["Area for improvement", "No.", "Action", "Responsible officer", "Timescale", "Status", "Evidence of impact"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00467F")
        c.border = BOX
    stfill = {"Complete": FILL["blue"], "On track": FILL["green"], "Not started": "FFFFFF"}
    r = 6
    for afi, acts in HAR_AFIS:
        start = r
        ws.cell(row=r, column=1, value=afi).alignment = WRAP
        for no, action, resp, when, status, ev in acts:
            for j, v in enumerate([no, action, resp, when, status, ev]):
                c = ws.cell(row=r, column=2 + j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(stfill[status])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for j, w in enumerate([40, 6, 55, 30, 16, 12, 40]):
        ws.column_dimensions["ABCDEFG"[j]].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' in text makes separate paragraphs in the cell."""
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


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Newham Safeguarding Children Partnership – JTAI action plan (docx)
# ---------------------------------------------------------------------------
NSCP_TITLE = "Joint Targeted Area Inspection: Multi-Agency Action Plan"
NSCP_AFIS = [
    ("Area for improvement 1",
     "The quality of information sharing between agencies and the MASH when children are first referred, including contributions from GPs and schools.", [
         ("1.1", "Establish a daily multi-agency triage meeting in the MASH for all police notifications graded amber.\nPublish attendance and timeliness data in the monthly MASH dashboard.",
          "Head of MASH (LBN) & Detective Inspector, MASH (MPS)", "31 March 2025",
          "Triage meeting running since 3 February 2025; dashboard published from March.", "B",
          dict(lead=["Head of MASH (LBN)", "Detective Inspector, MASH (MPS)"], end="2025-03", status="blue")),
         ("1.2", "Agree a GP information-sharing template for MASH enquiries, with a 24-hour response standard.",
          "Named GP for Safeguarding Children (NEL ICB)", "June 2025",
          "Template agreed by the Local Medical Committee; launch at GP safeguarding forum in June.", "G",
          dict(lead=["Named GP for Safeguarding Children (NEL ICB)"], end="2025-06", status="green")),
         ("1.3", "Deliver briefings to designated safeguarding leads in all Newham schools on making a good-quality referral to the MASH.",
          "Education Safeguarding Lead", "April – July 2025",
          "Primary DSL briefings completed; secondary briefings delayed to the summer term.", "A",
          dict(lead=["Education Safeguarding Lead"], end="2025-07", status="amber")),
     ]),
    ("Area for improvement 2",
     "The understanding and application of the Newham threshold guidance by partner agencies, particularly in relation to neglect.", [
         ("2.1", "Refresh and relaunch the ‘Right Help, Right Time’ threshold guidance with a neglect practice guide.",
          "NSCP Business Manager", "May 2025", "Relaunched at the NSCP conference on 14 May 2025.", "B",
          dict(lead=["NSCP Business Manager"], end="2025-05", status="blue")),
         ("2.2", "Run multi-agency threshold workshops for front-line staff across health, police, education and the voluntary sector.",
          "NSCP Learning and Development Lead", "Quarterly", "Two workshops held (86 attendees).", "G",
          dict(lead=["NSCP Learning and Development Lead"], end=None, end_text="Quarterly", status="green")),
     ]),
    ("Area for improvement 3",
     "Management oversight of decision-making in the police public protection desk, so that risks to children are identified and shared promptly.", [
         ("3.1", "Introduce supervisory review of all merlin reports within 24 hours, with a dip sample by the Detective Inspector each week.",
          "Detective Superintendent, Safeguarding (North East BCU)", "28/02/2025", "In place; weekly dip sample recorded.", "B",
          dict(lead=["Detective Superintendent, Safeguarding (North East BCU)"], end="2025-02", status="blue")),
         ("3.2", "Train all public protection desk staff on the voice of the child and on recording the impact of domestic abuse on children.",
          "DI Public Protection / DS MASH", "September 2025", "Training package written; 40% of staff trained.", "A",
          dict(lead=["DI Public Protection", "DS MASH"], end="2025-09", status="amber")),
     ]),
    ("Area for improvement 4",
     "The partnership’s use of multi-agency audit and performance information to understand the impact of the front door on children.", [
         ("4.1", "Develop a partnership front door dataset covering contacts, referrals, strategy discussions and outcomes by agency.",
          "NSCP Business Manager; Head of Performance (LBN)", "Q2 2025/26", "Dataset agreed; first report due to the Executive in July.", "G",
          dict(lead=["NSCP Business Manager", "Head of Performance (LBN)"], end="2025-09", status="green")),
         ("4.2", "Commission an independent review of the front door one year after the inspection to test the impact of this plan.",
          "Independent Scrutineer", "December 2025", "Scoping to start in the autumn.", "",
          dict(lead=["Independent Scrutineer"], end="2025-12", status="unrated")),
     ]),
]


def make_newham(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Newham Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_heading(NSCP_TITLE, level=1)
    doc.add_paragraph("Multi-agency response to the identification of initial need and risk. "
                      "Inspection fieldwork 14–18 October 2024; letter published 3 December 2024.")
    doc.add_paragraph("Statutory safeguarding partners: London Borough of Newham, NHS North East London Integrated Care Board "
                      "and the Metropolitan Police Service (North East Basic Command Unit).")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("1.0", "10/02/2025", "NSCP Business Manager", "NSCP Executive"),
                             ("1.2", "15/05/2025", "NSCP Business Manager", "NSCP Executive")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, txt, col) in enumerate([("B", "Complete", "9DC3E6"), ("G", "On track", "92D050"),
                                       ("A", "Some delay – action being taken", "FFC000"),
                                       ("R", "Significant delay – escalated to the Executive", "FF0000")]):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), col)
        set_cell(t.cell(i, 1), txt)
    ragcol = {"B": "9DC3E6", "G": "92D050", "A": "FFC000", "R": "FF0000"}

    for head, afi, acts in NSCP_AFIS:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (May 2025)", "RAG"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D2E9")
        for i, (ref, action, lead, when, prog, rag, _e) in enumerate(acts, start=1):
            for j, v in enumerate([ref, action, lead, when, prog, rag]):
                set_cell(t.cell(i, j), v)
            if rag:
                shade(t.cell(i, 5), ragcol[rag])
        doc.add_paragraph()

    doc.add_paragraph("Next review of this plan: NSCP Executive, September 2025.")
    doc.add_heading("Sign-off by the statutory safeguarding partners", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Partner", "Name", "Date"),
                             ("London Borough of Newham", "Corporate Director, Children and Young People", "18/02/2025"),
                             ("NHS North East London ICB", "Chief Nursing Officer", "18/02/2025"),
                             ("Metropolitan Police Service", "BCU Commander, North East", "20/02/2025")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Barnet local area partnership – SEND priority action plan (docx, one table)
# ---------------------------------------------------------------------------
BAR_TITLE = "Special Educational Needs and Disabilities (SEND) – Priority Action Plan"
BAR_ROWS = [
    ("sec", "Section A: Areas for priority action"),
    ("pa", "Priority action 1: Leaders across education, health and care should improve the timeliness of education, health and care needs assessments, so that children and young people’s needs are identified and met without delay."),
    ("act", "1.1", "Recruit four additional SEN case officers and two educational psychologists to clear the backlog of needs assessments over 20 weeks.",
     "Head of SEN Assessment", "Autumn term 2024", "Backlog reduced from 212 to under 40; 20-week timeliness above 60%", "Complete",
     dict(lead=["Head of SEN Assessment"], end="2024-12", status="blue")),
    ("act", "1.2", "Introduce a weekly multi-agency panel to agree health and social care advice for every needs assessment within six weeks.",
     "Head of SEN Assessment / Designated Clinical Officer", "December 2024", "95% of advice returned within six weeks", "On track",
     dict(lead=["Head of SEN Assessment", "Designated Clinical Officer"], end="2024-12", status="green")),
    ("act", "1.3", "Agree a traded and statutory work split for the educational psychology service so that statutory advice is prioritised.",
     "Principal Educational Psychologist", "Spring term 2025", "EP advice within six weeks in 90% of cases", "Amber",
     dict(lead=["Principal Educational Psychologist"], end="2025-04", status="amber")),
    ("pa", "Priority action 2: Leaders in the ICB should reduce waiting times for neurodevelopmental assessments and make sure families receive support while they wait."),
    ("act", "2.1", "Commission additional autism assessment capacity from an independent provider to reduce the longest waits.",
     "Director of Children’s Commissioning (NCL ICB)", "March 2025", "No child waiting more than 52 weeks", "Amber",
     dict(lead=["Director of Children’s Commissioning (NCL ICB)"], end="2025-03", status="amber")),
    ("act", "2.2", "Launch a ‘waiting well’ offer for families, including parent workshops and a named contact, co-produced with parent carers.",
     "Neurodevelopmental Pathway Lead (Whittington Health)\nBarnet Parent Carer Forum", "Summer term 2025", "Family feedback survey; uptake of workshops", "On track",
     dict(lead=["Neurodevelopmental Pathway Lead (Whittington Health)", "Barnet Parent Carer Forum"], end="2025-07", status="green")),
    ("sec", "Section B: Areas for improvement"),
    ("pa", "Area for improvement 1: Leaders should strengthen the quality assurance of EHC plans, so that plans are updated after annual reviews and set out precise outcomes."),
    ("act", "3.1", "Introduce a multi-agency EHC plan audit each month, with findings reported to the SEND Partnership Board.",
     "SEND Quality Assurance Manager", "January 2025", "70% of audited plans judged good or better", "Complete",
     dict(lead=["SEND Quality Assurance Manager"], end="2025-01", status="blue")),
    ("act", "3.2", "Train SENCOs and case officers on writing outcomes that are specific and measurable, and amend plans within four weeks of each annual review.",
     "Head of SEN Assessment & SENCo Network Chair", "September 2025 – July 2026", "Annual review amendments issued within four weeks", "Not started",
     dict(lead=["Head of SEN Assessment", "SENCo Network Chair"], end="2026-07", status="unrated")),
    ("pa", "Area for improvement 2: Leaders should improve preparation for adulthood planning from Year 9, including for young people moving into adult health services."),
    ("act", "4.1", "Add a preparing for adulthood section to every Year 9 annual review, led by the school with the careers adviser present.",
     "Head of Preparing for Adulthood", "Spring term 2025", "Year 9 reviews with PfA outcomes recorded", "On track",
     dict(lead=["Head of Preparing for Adulthood"], end="2025-04", status="green")),
    ("act", "4.2", "Hold a joint transition panel with adult social care and adult health services for young people from age 16.",
     "Head of Preparing for Adulthood / Transition Lead, Adult Social Care", "Ongoing", "Young people with a transition plan by age 17", "On track",
     dict(lead=["Head of Preparing for Adulthood", "Transition Lead, Adult Social Care"], end=None, end_text="Ongoing", status="green")),
]


def make_barnet(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Barnet Local Area Partnership")
    r.bold = True
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    r = p.add_run(BAR_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Following the Ofsted and CQC area SEND inspection, 10–28 June 2024")
    doc.add_paragraph(
        "This plan sets out how the London Borough of Barnet and NHS North Central London Integrated Care Board, "
        "with schools, settings and the Barnet Parent Carer Forum, will address the areas for priority action and the "
        "areas for improvement in the inspection report. Progress is reported to the SEND Partnership Board each half-term "
        "and to the Department for Education and NHS England.")
    doc.add_paragraph("Progress key: Complete – action delivered; On track; Amber – at risk of delay; Not started.")
    doc.add_paragraph("Position at: 31 January 2025")

    ncols = 6
    t = doc.add_table(rows=1, cols=ncols)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "What we will do", "Who is responsible", "When by",
                           "How we will know it has made a difference", "Progress"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F4E79")
        t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    prog_col = {"Complete": "9DC3E6", "On track": "A9D08E", "Amber": "FFD966", "Not started": "FFFFFF"}
    for row in BAR_ROWS:
        cells = t.add_row().cells
        if row[0] in ("sec", "pa"):
            m = cells[0].merge(cells[ncols - 1])
            set_cell(m, row[1], bold=True, size=11 if row[0] == "sec" else None)
            shade(m, "BDD7EE" if row[0] == "sec" else "DEEAF6")
        else:
            _, no, what, who, when, how, prog, _e = row
            for j, v in enumerate([no, what, who, when, how, prog]):
                set_cell(cells[j], v)
            shade(cells[5], prog_col[prog])
    doc.add_paragraph()
    doc.add_paragraph("Abbreviations: EHC – education, health and care; EP – educational psychologist; "
                      "ICB – integrated care board; PfA – preparing for adulthood; SENCo – special educational needs co-ordinator.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Wakefield YJS – HMIP improvement plan (csv export)
# ---------------------------------------------------------------------------
WAK_TITLE = "Wakefield Youth Justice Service – HMIP Inspection Improvement Plan 2024–25"
WAK_RECS = [
    ("R1 – The Youth Justice Partnership Board should make sure that education, training and employment support for children is sufficient and well co-ordinated across partners.", [
        ("1.1", "Agree a joint education, training and employment (ETE) protocol between the YJS, the Virtual School and Wakefield College, with a named ETE lead in each service.",
         "YJS Head of Service", "31/03/2025", "Complete", "Protocol signed off at the February Board.",
         dict(lead=["YJS Head of Service"], end="2025-03", status="blue")),
        ("1.2", "Report ETE participation for all children open to the YJS to each Partnership Board meeting, broken down by age, ethnicity and type of outcome.",
         "YJS Performance Officer", "Q1 2025/26", "Green", "First dashboard to June Board.",
         dict(lead=["YJS Performance Officer"], end="2025-06", status="green")),
    ]),
    ("R2 – The Youth Justice Partnership Board should assure itself that the disproportionality action plan is being used by all partners to reduce over-representation.", [
        ("2.1", "Refresh the disproportionality action plan with partners to address the over-representation of Black and mixed heritage children in out-of-court disposal decisions.",
         "Chair of YJ Partnership Board / YJS Head of Service", "June 2025", "Amber", "Workshop held 12 March; police data still awaited.",
         dict(lead=["Chair of YJ Partnership Board", "YJS Head of Service"], end="2025-06", status="amber")),
    ]),
    ("R3 – The YJS Head of Service should improve the quality of assessments, so that they analyse the child’s safety and wellbeing and the risk of harm to others.", [
        ("3.1", "Deliver AssetPlus refresher training to all case managers, focusing on analysis of safety and wellbeing and risk of harm to others.",
         "YJS Practice Development Lead", "Jan-25", "Complete", "Delivered to 23 of 24 case managers.",
         dict(lead=["YJS Practice Development Lead"], end="2025-01", status="blue")),
        ("3.2", "Audit 10% of open cases each month and report findings to the YJS management team.\nAdd victim work to the audit tool after the first cycle.",
         "Operational Managers (Court and Community)", "Monthly", "Green", "January and February audits completed; 68% of assessments sufficient.",
         dict(lead=["Operational Managers (Court and Community)"], end=None, end_text="Monthly", status="green")),
    ]),
    ("R4 – The YJS Head of Service should make sure that plans include contingency arrangements and are aligned with the work of other agencies involved with the child.", [
        ("4.1", "Update the YJS planning guidance so that every plan includes contingency arrangements and is shared with the child’s other key professionals.",
         "KH, PD", "30/04/2025", "Amber", "Draft guidance out for comment with staff.",
         dict(lead=["KH", "PD"], end="2025-04", status="amber")),
        ("4.2", "Set up a fortnightly joint risk management meeting with police, children’s social care and CAMHS for children assessed as high risk of harm.",
         "YJS Operational Manager & Police Sergeant (YJS)", "Sept 2025", "Red", "Not yet agreed with CAMHS; escalated to the Board.",
         dict(lead=["YJS Operational Manager", "Police Sergeant (YJS)"], end="2025-09", status="red")),
    ]),
    ("R5 – The YJS Head of Service should make sure that victims are contacted promptly and that their safety is considered in all work with the child.", [
        ("5.1", "Recruit a second restorative justice and victim worker to reduce the time taken to make first contact with victims.",
         "YJS Head of Service", "March 2025", "Amber", "Interviews held; start date May 2025.",
         dict(lead=["YJS Head of Service"], end="2025-03", status="amber")),
        ("5.2", "Record victim safety considerations in every assessment and plan where there is an identifiable victim, checked through the monthly audit.",
         "Victim Worker; Operational Managers", "Q2 2025/26", "Green", "Included in the audit tool from March.",
         dict(lead=["Victim Worker", "Operational Managers"], end="2025-09", status="green")),
    ]),
]


def make_wakefield(path):
    n = 8
    rows = [[WAK_TITLE] + [""] * (n - 1),
            ["Fieldwork: 2–6 September 2024. Report published: 21 November 2024. Plan monitored by the Youth Justice Partnership Board."] + [""] * (n - 1),
            [""] * n,
            ["Recommendation", "Action ref", "Action", "Owner", "Target date", "RAG", "Progress update (March 2025)", "Evidence"]]
    for rec, acts in WAK_RECS:
        for i, (ref, action, owner, when, rag, upd, _e) in enumerate(acts):
            rows.append([rec if i == 0 else "", ref, action, owner, when, rag, upd, ""])
    rows += [[""] * n,
             ["Summary", "Complete", "2"] + [""] * (n - 3),
             ["", "Green", "3"] + [""] * (n - 3),
             ["", "Amber", "3"] + [""] * (n - 3),
             ["", "Red", "1"] + [""] * (n - 3),
             ["", "Total", "9"] + [""] * (n - 3)]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Norfolk – children's home Ofsted action plan (tab-separated text)
# ---------------------------------------------------------------------------
NOR_TITLE = "Ofsted Post-Inspection Action Plan – Marlpit Lodge Children's Home"
NOR_REQS = [
    ("The registered person must ensure that staff assess whether each child is at risk of harm, taking into account information in the child's relevant plans, and, if necessary, make arrangements to reduce the risk of any harm to the child. (Regulation 12 (1)(2)(a)(i)) Due date: 30/09/2024", [
        ("1.1", "Review and update every child's risk assessment and behaviour support plan after each incident, signed off by the registered manager within 48 hours.",
         "RM", "30/09/2024", "B", "All four children's risk assessments updated 20/09/2024.",
         dict(lead=["RM"], end="2024-09", status="blue")),
        ("1.2", "Deliver refresher training on risk assessment and the missing from care protocol to all staff at the September team meeting.",
         "RM/DM", "Sep-24", "B", "Delivered 24/09/2024; two staff on leave trained 02/10/2024.",
         dict(lead=["RM", "DM"], end="2024-09", status="blue")),
    ]),
    ("The registered person must ensure that all employees undertake appropriate continuing professional development, including completing the Level 3 Diploma in Residential Childcare within the required timescale. (Regulation 32 (3)(a)) Due date: 31/12/2024", [
        ("2.1", "Enrol the three staff without the Level 3 Diploma in Residential Childcare on the county programme and track progress monthly in supervision.",
         "Registered Manager", "31/12/2024", "G", "All three enrolled; first units submitted.",
         dict(lead=["Registered Manager"], end="2024-12", status="green")),
        ("2.2", "Complete overdue supervisions for all staff and set a six-weekly supervision schedule for 2024-25.",
         "Deputy Manager", "Oct-24", "A", "9 of 12 overdue supervisions completed.",
         dict(lead=["Deputy Manager"], end="2024-10", status="amber")),
    ]),
    ("The registered person should ensure that children's records are written in a way that is respectful and clearly reflects the child's voice. ('Guide to the Children's Homes Regulations, including the quality standards', page 62, paragraph 14.4)", [
        ("3.1", "Hold a reflective workshop with staff on writing to the child, using examples from the home's daily records.",
         "RM and Practice Consultant", "November 2024", "G", "Workshop booked for 19/11/2024.",
         dict(lead=["RM", "Practice Consultant"], end="2024-11", status="green")),
        ("3.2", "Introduce a monthly audit of daily logs by the responsible individual, with feedback shared at team meetings.",
         "Responsible Individual", "Immediate and ongoing", "G", "October audit completed.",
         dict(lead=["Responsible Individual"], end=None, end_text="Immediate and ongoing", status="green")),
    ]),
    ("The registered person should ensure that the home's location risk assessment is reviewed with partner agencies and reflects current local risks. ('Guide to the Children's Homes Regulations, including the quality standards', page 38, paragraph 9.5)", [
        ("4.1", "Review the location risk assessment with the police missing and child exploitation team and the district community safety officer.",
         "RM", "15/11/2024", "A", "Meeting with police arranged; community safety officer not yet confirmed.",
         dict(lead=["RM"], end="2024-11", status="amber")),
        ("4.2", "Share the updated location risk assessment with placing authorities and each child's social worker.",
         "RM", "Dec-24", "", "Not started – follows 4.1.",
         dict(lead=["RM"], end="2024-12", status="unrated")),
    ]),
]


def make_norfolk(path):
    lines = [NOR_TITLE,
             "Norfolk County Council – Children's Services\tURN: SC487213",
             "Full inspection: 9 and 10 July 2024\tOverall experiences and progress of children and young people: Requires improvement to be good",
             "Registered manager (RM): Dawn Kettle\tDeputy manager (DM): Liam Aldous\tResponsible individual: Mark Yallop\tPlan updated: 04/11/2024",
             "",
             "\t".join(["Ref", "Requirement or recommendation", "Action", "By whom", "By when", "RAG", "Comments"])]
    for req, acts in NOR_REQS:
        for i, (ref, action, who, when, rag, com, _e) in enumerate(acts):
            lines.append("\t".join([ref, req if i == 0 else "", action, who, when, rag, com]))
    lines += ["",
              "Key: B = completed, G = on track, A = in progress but behind target date, R = not achieved",
              "Plan to be reviewed by the responsible individual at each Regulation 44 visit and returned to Ofsted with the Regulation 45 review."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "ju1-tower-hamlets-council-ilacs-improvement-plan.xlsx": make_tower_hamlets,
    "ju1-staffordshire-county-council-corporate-parenting-board-action-plan.xlsx": make_staffordshire,
    "ju1-haringey-council-focused-visit-action-plan-typo-month-refuse.xlsx": make_haringey,
    "ju1-newham-safeguarding-children-partnership-jtai-action-plan.docx": make_newham,
    "ju1-barnet-local-area-send-priority-action-plan.docx": make_barnet,
    "ju1-wakefield-youth-justice-service-hmip-improvement-plan.csv": make_wakefield,
    "ju1-norfolk-county-council-childrens-home-ofsted-action-plan.txt": make_norfolk,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
