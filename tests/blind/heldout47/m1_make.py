"""Make the m1- cases of heldout47 (children's services plans).

Run with /work/main/.venv/bin/python m1_make.py from this folder (or anywhere:
files are written beside this script).

  m1-hammersmith-fulham-ilacs-improvement-plan.xlsx
  m1-rbwm-afc-fostering-service-improvement-plan.xlsx
  m1-ne-lincs-scp-jtai-action-plan.xlsx            (data error: refuse)
  m1-westminster-focused-visit-action-plan.docx
  m1-north-wales-scb-extended-cpr-action-plan.docx
  m1-westmorland-furness-send-inspection-action-plan.csv
  m1-bromley-yos-hmip-improvement-plan.txt
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="top", wrap_text=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "red": fill("FF0000"),
    "amber": fill("FFC000"),
    "green": fill("00B050"),
    "blue": fill("0070C0"),
}


def rag_fill_for(text):
    t = (text or "").strip().lower()
    if t in ("r", "red"):
        return RAGFILL["red"]
    if t in ("a", "amber"):
        return RAGFILL["amber"]
    if t in ("g", "green"):
        return RAGFILL["green"]
    if t in ("b", "blue", "complete", "completed"):
        return RAGFILL["blue"]
    return None


# =========================================================== 1. H&F ILACS xlsx
def make_hf_ilacs():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Plan"
    widths = {"A": 7, "B": 52, "C": 30, "D": 12, "E": 12, "F": 55, "G": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "ILACS Improvement Plan 2019\u201321"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Hammersmith & Fulham Children's Services \u2013 response to the Ofsted "
                "inspection of local authority children's services (September 2019)")
    ws["A2"].font = Font(bold=True, size=11)
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Position as at: 31 January 2020     Plan owner: Director of Children's "
                "Services     Monitored by: Children's Services Improvement Board")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:G3")

    hdr = ["Ref", "Action", "Lead officer", "Target date", "Revised date",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = CENTRE
        c.border = BOX
    ws.freeze_panes = "A6"

    groups = [
        ("Recommendation 1: The quality and accuracy of performance data, so that "
         "managers and leaders have a reliable picture of practice", [
            ("1.1", "Complete the data cleansing exercise on Mosaic for all open cases, "
             "prioritising CIN and CP episodes and missing workflow steps.",
             "Head of Performance & Business Intelligence", D(2019, 12, 31), None,
             "Data cleansing completed across all teams on 13 December; 1,146 records "
             "corrected. Exception reports now run weekly.", "Complete"),
            ("1.2", "Launch a revised monthly performance scorecard for team managers, "
             "with drill-down to child level.",
             "Head of Performance & Business Intelligence", D(2020, 1, 31), D(2020, 3, 31),
             "First version tested with two teams. Drill-down to child level delayed by "
             "the Mosaic reporting upgrade.", "Amber"),
            ("1.3", "Hold quarterly performance clinics chaired by the Director, at which "
             "heads of service account for their service's data.",
             "Director of Children's Services", "Quarterly", None,
             "First clinic held 22 January 2020; next scheduled for April.", "Green"),
        ]),
        ("Recommendation 2: The consistency of services for children in need of help "
         "and protection, including the quality of plans for children in need", [
            ("2.1", "Introduce a CIN plan template with SMART outcomes, co-designed with "
             "practitioners and parents.",
             "Head of Service, Family Support & Child Protection", D(2020, 2, 29), None,
             "Template agreed at the practice forum; goes live on Mosaic on 3 February "
             "2020.", "Green"),
            ("2.2", "Monthly audit of a sample of 20 CIN plans, with findings reported to "
             "the Practice Improvement Group.",
             "Principal Social Worker", D(2020, 3, 31), None,
             "November and December audits completed; 55% of plans rated good or better "
             "(target 70%).", "Amber"),
            ("2.3", "CIN reviews to be chaired by a team manager at least every three "
             "months and recorded on Mosaic.",
             "Team Managers \u2013 Family Support & Child Protection", D(2019, 11, 30),
             D(2020, 1, 31),
             "Compliance at 81% in January, up from 64% in October. A manager tracker "
             "is in place.", "Green"),
        ]),
        ("Recommendation 3: Capacity in the early help service, so that children and "
         "families do not wait for support", [
            ("3.1", "Recruit two additional family support workers to the early help "
             "locality teams.",
             "Head of Early Help", D(2020, 1, 31), None,
             "Both posts appointed; start dates 6 and 20 January 2020.", "Complete"),
            ("3.2", "Daily triage of the early help waiting list by the duty manager, "
             "with a maximum wait of 10 working days to allocation.",
             "Head of Early Help / Family Support Service Manager", D(2019, 12, 31), None,
             "Waiting list reduced from 47 to 12 families; longest wait is now 8 working "
             "days.", "Green"),
        ]),
        ("Recommendation 4: Arrangements for identifying and assessing children in "
         "private fostering arrangements", [
            ("4.1", "Refresh the private fostering awareness campaign with schools, GPs "
             "and language schools.",
             "Safeguarding Lead \u2013 Private Fostering", D(2020, 3, 31), None,
             "Not yet started; slipped because of capacity in the safeguarding team. "
             "Escalated to the Improvement Board in January.", "Red"),
            ("4.2", "Ensure all private fostering assessments are completed within 42 "
             "days and signed off by a service manager.",
             "Service Manager, Contact & Assessment", D(2020, 2, 29), None,
             "3 of 4 assessments in Q3 completed within timescale.", "Amber"),
        ]),
        ("Recommendation 5: Caseloads in the contact and assessment service", [
            ("5.1", "Establish an additional assessment team (one team manager and five "
             "social workers) funded from the invest-to-save budget.",
             "Director of Children's Services", D(2020, 4, 30), None,
             "Funding agreed by Cabinet on 2 December 2019; recruitment under way.",
             "Green"),
            ("5.2", "Report average caseloads per social worker to the Improvement Board "
             "every month.",
             "Head of Performance & Business Intelligence", "Monthly", None,
             "Reported since December 2019; average caseload 19 (target 16).", "Green"),
        ]),
    ]

    r = 6
    for gi, (heading, actions) in enumerate(groups):
        if gi:
            r += 1  # blank row between recommendations
        ws.cell(row=r, column=1, value=heading)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, lead, tgt, rev, prog, rag in actions:
            vals = [ref, act, lead, tgt, rev, prog, rag]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
                    c.alignment = CENTRE
            rc = ws.cell(row=r, column=7)
            rc.alignment = CENTRE
            f = rag_fill_for(rag)
            if f:
                rc.fill = f
                if rag in ("Complete", "Red"):
                    rc.font = Font(color="FFFFFF", bold=True)
            r += 1

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for txt, f in [("Complete \u2013 action completed and impact evidenced", "blue"),
                   ("Green \u2013 on track", "green"),
                   ("Amber \u2013 some slippage, within tolerance", "amber"),
                   ("Red \u2013 off track, escalated to the Improvement Board", "red")]:
        ws.cell(row=r, column=1).fill = RAGFILL[f]
        ws.cell(row=r, column=2, value=txt)
        r += 1
    wb.save(out("m1-hammersmith-fulham-ilacs-improvement-plan.xlsx"))


# ===================================================== 2. RBWM / AfC fostering xlsx
def make_rbwm_fostering():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Fostering Service Improvement Plan 2025\u201326"
    dc["A1"].font = Font(bold=True, size=13)
    dc["A3"] = "Document control"
    dc["A3"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.1", D(2025, 2, 14), "Head of Corporate Parenting", "First draft for fostering management team"),
            ("1.0", D(2025, 3, 20), "Head of Corporate Parenting", "Approved by AfC Director of Children's Social Care"),
            ("1.1", D(2025, 7, 8), "Fostering Team Manager (Support)", "Q1 progress added"),
            ("1.2", D(2025, 10, 10), "Fostering Team Manager (Support)", "Q2 progress added; revised target dates agreed")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = dc.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    dc["A10"] = "Governance: Fostering Service Management Team (monthly); Corporate Parenting Board (quarterly)."
    for k, v in {"A": 10, "B": 13, "C": 32, "D": 50}.items():
        dc.column_dimensions[k].width = v

    ws = wb.create_sheet("Action plan")
    widths = {"A": 24, "B": 6, "C": 50, "D": 28, "E": 13, "F": 13, "G": 52, "H": 10, "I": 10}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Achieving for Children \u2013 Royal Borough of Windsor and Maidenhead"
    ws["A1"].font = Font(bold=True, size=11, color="7030A0")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Fostering Service Improvement Plan 2025\u201326"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("This plan responds to the Ofsted ILACS finding (October 2024) that more homes "
                "are needed for children in care, and to the findings of the fostering "
                "service's annual review. It is monitored monthly by the Fostering Service "
                "Management Team and quarterly by the Corporate Parenting Board.")
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:I3")
    ws.row_dimensions[3].height = 45

    hdr = ["Priority", "Ref", "Action", "Lead", "Original target date",
           "Revised target date", "Progress update (October 2025)", "Previous RAG",
           "Current RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = CENTRE
        c.border = BOX
    ws.freeze_panes = "C6"

    groups = [
        ("1. Recruiting more foster carers", [
            ("1.1", "Refresh the recruitment campaign, targeting carers for teenagers and "
             "sibling groups, and sign up local employers to the Fostering Friendly scheme.",
             "Marketing & Recruitment Officer", D(2025, 6, 30), None,
             "Campaign launched 2 June. 38 enquiries in the first month, against 15 in "
             "June 2024.", "G", "B"),
            ("1.2", "Reduce the time from enquiry to fostering panel to under six months "
             "by introducing a single assessment tracker.",
             "Fostering Team Manager (Assessment)", D(2025, 9, 30), D(2025, 12, 31),
             "Tracker in use. Average is currently 7.5 months because of delays in "
             "medical reports; GP liaison agreed with the ICB.", "A", "A"),
            ("1.3", "Join the regional fostering recruitment support hub and route all "
             "enquiries through its enquiry line.",
             "Head of Corporate Parenting", "Q1 2025/26", None,
             "Hub went live in April; all RBWM enquiries now go through it.", "G", "B"),
        ]),
        ("2. Supporting and keeping our foster carers", [
            ("2.1", "Introduce a Mockingbird constellation for carers of children aged 8 "
             "to 14.",
             "Fostering Team Manager (Support)", D(2026, 3, 31), None,
             "Hub home carer recruited. First constellation meeting planned for January "
             "2026.", "G", "G"),
            ("2.2", "Review fostering allowances and fees against the national minimum "
             "and neighbouring authorities.",
             "Head of Finance (AfC) / Head of Corporate Parenting", D(2025, 7, 31),
             D(2025, 9, 30),
             "Benchmarking completed. Proposals agreed by Cabinet on 25 September; new "
             "rates paid from October.", "A", "G"),
            ("2.3", "Give every carer an annual learning and development plan, including "
             "access to therapeutic parenting training.",
             "Fostering Team Manager (Support)", "Ongoing", None,
             "72% of carers have a plan. Therapeutic parenting cohort 2 starts in "
             "November.", "G", "G"),
        ]),
        ("3. Matching and stability", [
            ("3.1", "Hold a weekly matching meeting, chaired by the Placements Service "
             "Manager, to consider every child waiting for a home.",
             "Placements Service Manager", D(2025, 5, 31), None,
             "Weekly meeting in place since 6 May 2025.", "B", "B"),
            ("3.2", "Develop a kinship fostering support offer, including a dedicated "
             "kinship assessment social worker.",
             "HB / KS", D(2025, 11, 30), None,
             "Post advertised twice without appointment; interim cover from the "
             "assessment team. Risk raised with the Director.", "A", "R"),
        ]),
        ("4. Quality assurance", [
            ("4.1", "Complete the annual review of the quality of care in the fostering "
             "service and present it to the Corporate Parenting Board.",
             "Head of Corporate Parenting", "Q3 2025/26", None,
             "Carer and child surveys to be sent out in November.", None, None),
        ]),
    ]

    r = 6
    for theme, actions in groups:
        first = r
        for ref, act, lead, orig, rev, prog, prev, cur in actions:
            vals = [None, ref, act, lead, orig, rev, prog, prev, cur]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy" if ci == 5 else "dd/mm/yyyy"
                    c.alignment = CENTRE
            for ci, v in ((8, prev), (9, cur)):
                c = ws.cell(row=r, column=ci)
                c.alignment = CENTRE
                f = rag_fill_for(v)
                if f:
                    c.fill = f
            r += 1
        ws.cell(row=first, column=1, value=theme)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).fill = fill("E4DFEC")
        ws.cell(row=first, column=1).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for letter, txt in [("B", "Complete"), ("G", "On track"),
                        ("A", "Some risk to delivery \u2013 mitigation in place"),
                        ("R", "Not on track \u2013 needs escalation")]:
        c = ws.cell(row=r, column=1, value=letter)
        c.fill = rag_fill_for(letter)
        c.alignment = CENTRE
        ws.cell(row=r, column=2, value=txt)
        r += 1
    wb.save(out("m1-rbwm-afc-fostering-service-improvement-plan.xlsx"))


# ================================================ 3. NE Lincs SCP JTAI xlsx (refuse)
def make_nel_jtai():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    widths = {"A": 7, "B": 50, "C": 14, "D": 30, "E": 12, "F": 50, "G": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "North East Lincolnshire Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=11, color="00603C")
    ws["A2"] = "Joint Targeted Area Inspection \u2013 Multi-Agency Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("JTAI: the multi-agency response to children and families who need help "
                "(inspection February 2025)")
    ws["A4"] = "Version 3 \u2013 updated for the SCP Executive Board, 16 September 2025"
    ws["A4"].font = Font(italic=True, size=9)
    for rr in (1, 2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)

    hdr = ["No.", "Action", "Lead agency", "Lead officer", "Timescale",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00603C")
        c.alignment = CENTRE
        c.border = BOX

    groups = [
        ("Area for improvement 1: Partner agencies' understanding and use of the early "
         "help assessment, so that help is offered at the right time", [
            ("1.1", "Relaunch the early help assessment and practice guidance, with a "
             "practitioner briefing in each locality.",
             "NELC", "Head of Early Help", D(2025, 4, 30),
             "Six briefings delivered to 214 practitioners from 11 agencies.", "Complete"),
            ("1.2", "Health visitors and school nurses to lead early help assessments "
             "where they are the lead professional, with support from the early help "
             "hub.",
             "ICB", "Designated Nurse for Safeguarding Children", D(2025, 6, 30),
             "Agreed with the 0-19 provider; 23 assessments led by health staff since "
             "April.", "Green"),
            ("1.3", "Every school to nominate an early help champion and attend the "
             "termly early help network.",
             "NELC Education", "Head of Education Inclusion", "Spet 2025",
             "41 of 56 schools have nominated a champion; chasing the remainder through "
             "the headteacher forums.", "Amber"),
            ("1.4", "Publish a single early help offer for families on the Family Hub "
             "website.",
             "NELC", "Family Hubs Manager", D(2025, 7, 31),
             "Published 14 July 2025.", "Complete"),
        ]),
        ("Area for improvement 2: The quality of information sharing between adult "
         "mental health and substance misuse services and children's services", [
            ("2.1", "Adult mental health and drug and alcohol services to record whether "
             "a patient is a parent or carer at every assessment.",
             "Navigo / With You", "Safeguarding Leads (Navigo and With You)",
             D(2025, 5, 31),
             "Question added to both assessment forms; compliance audit due October.",
             "Green"),
            ("2.2", "Joint audit of 20 families where a parent is open to adult services "
             "and the child is known to early help.",
             "SCP", "SCP Business Manager", D(2025, 10, 31),
             "Audit tool agreed; case selection complete.", "Green"),
            ("2.3", "Add adult services to the daily early help and MASH triage "
             "meeting.",
             "Humberside Police / NELC", "Head of MASH", D(2025, 6, 30),
             "Navigo now attends three days a week; With You attendance not yet agreed.",
             "Amber"),
        ]),
        ("Area for improvement 3: Leaders' oversight of the impact of early help on "
         "children's lives", [
            ("3.1", "Develop an early help outcomes dashboard for the SCP Performance and "
             "Assurance Group.",
             "NELC", "Performance & Intelligence Manager", D(2025, 9, 30),
             "First draft presented in August; outcome measures being refined with "
             "partners.", "Amber"),
            ("3.2", "Six-monthly report to the SCP Executive on step-up and step-down "
             "between early help and social care.",
             "SCP", "Head of Early Help", "Six-monthly",
             "First report to the Executive in September 2025.", "Green"),
        ]),
    ]
    r = 7
    for heading, actions in groups:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E2EFDA")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, agency, lead, when, prog, rag in actions:
            vals = [ref, act, agency, lead, when, prog, rag]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
                    c.alignment = CENTRE
            c = ws.cell(row=r, column=7)
            c.alignment = CENTRE
            f = rag_fill_for(rag)
            if f:
                c.fill = f
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Key: Complete \u2013 action delivered | Green \u2013 on "
                                    "track | Amber \u2013 some delay, recoverable | Red "
                                    "\u2013 off track, escalate to SCP Executive"))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    wb.save(out("m1-ne-lincs-scp-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


DOCX_RAG = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000",
            "Red": "FF0000", "Blue": "0070C0"}


# =================================================== 4. Westminster FV docx
def make_westminster_fv():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Ofsted Focused Visit \u2013 Action Plan", style="Title")
    p = doc.add_paragraph(
        "Westminster City Council Children's Services  |  Focused visit 15\u201316 June "
        "2022: children at risk of extra-familial harm")
    p.runs[0].italic = True

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("1.0", "12/09/2022", "Head of Quality Assurance",
                 "Bi-borough Executive Director of Children's Services"),
                ("1.1", "08/12/2022", "Head of Quality Assurance",
                 "Exploitation Strategic Group")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Westminster's children's services on 15 "
        "and 16 June 2022, looking at the arrangements for children at risk of harm "
        "outside their families. Inspectors found that these children receive excellent "
        "support and services. The letter identified two areas where practice could be "
        "strengthened. This plan sets out what we will do about them. It is overseen by "
        "the Exploitation Strategic Group and reported to the Westminster Safeguarding "
        "Children Partnership.")

    hdr = ["Ref", "Action", "Lead", "By when", "Progress update (December 2022)", "RAG"]
    widths = [Cm(1.3), Cm(7.5), Cm(4.5), Cm(2.8), Cm(7.5), Cm(2.0)]

    def action_table(rows):
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, hdr, widths):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, "1F3864")
            c.width = w
        for row in rows:
            cells = t.add_row().cells
            for c, v, w in zip(cells, row, widths):
                set_cell(c, v)
                c.width = w
            rag = row[-1]
            if rag in DOCX_RAG:
                shade(cells[-1], DOCX_RAG[rag])

    doc.add_heading("Area for improvement 1", level=2)
    p = doc.add_paragraph()
    r = p.add_run("The consistency with which the rationale for management decisions is "
                  "recorded on children's records.")
    r.bold = True
    r.italic = True
    action_table([
        ("1.1", "Update the supervision recording template so that the rationale for "
         "decisions and the child's views are recorded in separate sections.",
         "Head of Quality Assurance", "July 2022",
         "New template live on Mosaic from 18 July 2022.", "Complete"),
        ("1.2", "Workshops for team managers on recording management oversight, "
         "delivered by the Principal Social Worker.",
         "Principal Social Worker", "September 2022",
         "Two workshops held, attended by 31 of 34 managers.", "Complete"),
        ("1.3", "Add a management oversight question to the monthly case audit tool and "
         "report the findings to the Quality Assurance Board.",
         "Head of Quality Assurance / Principal Social Worker", "31/10/2022",
         "Question added. The October audit found a clear rationale recorded in 78% of "
         "records.", "Green"),
        ("1.4", "Dip sample ten records in each team every quarter for the first year.",
         "Service Manager, Exploitation & Missing", "Quarterly",
         "First dip sample completed in November; findings shared with team managers.",
         "Green"),
    ])

    doc.add_heading("Area for improvement 2", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Timely access to emotional wellbeing and mental health support for "
                  "children at risk of exploitation who are waiting for CAMHS.")
    r.bold = True
    r.italic = True
    action_table([
        ("2.1", "Agree a fast-track consultation pathway between the exploitation team "
         "and CAMHS for children open to the team.",
         "Head of Service, Youth & Exploitation; CAMHS Service Manager (CNWL)",
         "Sept 2022 \u2013 Jan 2023",
         "Pathway drafted. CNWL sign-off expected in January.", "Amber"),
        ("2.2", "Place a seconded clinical psychologist in the exploitation team for 12 "
         "months.",
         "Director of Family Services", "December 2022",
         "Funding agreed; recruitment under way with a start date in February 2023.",
         "Amber"),
        ("2.3", "Track waiting times for children open to the exploitation team and "
         "report them monthly to the Exploitation Strategic Group.",
         "Performance Manager, Children's Services", "Monthly",
         "Reporting started in October 2022; average wait 11 weeks.", "Green"),
        ("2.4", "Ask children and parents about their experience of waiting for support, "
         "through the youth panel and the parent forum.",
         "Participation Lead", "March 2023",
         "Not started \u2013 scheduled for the spring.", ""),
    ])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Complete \u2013 action delivered and evidenced;  Green \u2013 on track;  "
              "Amber \u2013 risk of delay;  Red \u2013 off track.")
    doc.save(out("m1-westminster-focused-visit-action-plan.docx"))


# ================================= 5. North Wales SCB extended CPR action plan docx
def vmerge(cells_top_to_bottom):
    top = cells_top_to_bottom[0]
    bottom = cells_top_to_bottom[-1]
    return top.merge(bottom)


def make_nw_cpr():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("North Wales Safeguarding Children's Board", style="Subtitle")
    doc.add_paragraph("Extended Child Practice Review GWYNEDD ECPR 1: Multi-Agency "
                      "Action Plan", style="Title")
    doc.add_paragraph(
        "The review was commissioned by the Chair of the North Wales Safeguarding "
        "Children's Board in February 2015. The learning identified by the reviewers has "
        "been turned into the actions below, which are monitored by the Board's Child "
        "Practice Review Sub-group and reported to the Board each quarter. Position at 31 "
        "March 2017.")

    hdr = ["No.", "Learning / recommendation", "Action", "Lead agency / officer",
           "Target date", "RAG", "Progress (March 2017)"]
    widths = [Cm(1.2), Cm(5.5), Cm(6.0), Cm(3.8), Cm(2.4), Cm(1.6), Cm(5.8)]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h, w in zip(t.rows[0].cells, hdr, widths):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "2E5E4E")
        c.width = w
    # repeat header row on each page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)

    plan = [
        ("Learning theme 1: The quality of referrals and the use of history", [
            ("1. Agencies should make sure that referrals to Social Services contain all "
             "relevant information, including historical information, and that this "
             "informs the initial assessment.", [
                ("1a", "Revise the North Wales multi-agency referral form so that it asks "
                 "for known history and previous concerns.",
                 "Regional Safeguarding Business Manager", "Sept 2016", "Blue",
                 "Revised form in use in all six local authorities from 1 October "
                 "2016."),
                ("1b", "Audit 60 referrals (ten per local authority) for their quality "
                 "and use of history.",
                 "Chair, Child Practice Review Sub-group", "Dec 2016", "Blue",
                 "Audit reported to the Board in January 2017; 68% of referrals rated "
                 "good."),
            ]),
            ("2. All agencies should keep a chronology for children where there are "
             "safeguarding concerns, and use it to reflect on patterns of risk.", [
                ("2a", "Agree a regional chronology template and practice guidance.",
                 "Heads of Children's Services (North Wales)", "April 2017", "Green",
                 "Template agreed; guidance to be signed off at the April Board."),
                ("2b", "Deliver chronology training to practitioners in health, police "
                 "and social care.",
                 "Regional Training Co-ordinator", "Q2 2017/18", "Green",
                 "Course designed; first four dates booked for May and June 2017."),
            ]),
        ]),
        ("Learning theme 2: Pre-birth assessment", [
            ("3. The process and timing of pre-birth assessments should be reviewed so "
             "that information is shared early, with a consistent approach to accepting "
             "pre-birth referrals across North Wales.", [
                ("3a", "Develop a regional pre-birth assessment protocol with BCUHB "
                 "midwifery.",
                 "BCUHB Named Midwife for Safeguarding / Regional Safeguarding Business "
                 "Manager", "March 2017", "Amber",
                 "Draft protocol consulted on. Two local authorities have yet to agree "
                 "the referral threshold."),
                ("3b", "Midwives to refer every unborn baby where there is parental "
                 "substance misuse by 20 weeks of pregnancy.",
                 "BCUHB Head of Midwifery", "Ongoing", "Green",
                 "Included in the safeguarding midwifery audit; 91% compliance in Q3."),
            ]),
        ]),
        ("Learning theme 3: Risk to professionals as a sign of risk to children", [
            ("4. Where a home is judged too risky for a professional to visit alone, this "
             "should trigger a review of the risk to the children living there.", [
                ("4a", "Amend each partner agency's lone working policy to include a "
                 "prompt to consider the risk to any children in the household.",
                 "All partner agencies", "30/06/2016", "Blue",
                 "Confirmed by all partner agencies by July 2016."),
                ("4b", "Add a question on risks to visiting professionals to the "
                 "strategy discussion template.",
                 "North Wales Police \u2013 DI Public Protection Unit; Senior Manager "
                 "Safeguarding, Gwynedd Council", "Nov 2016", "Red",
                 "Police template not yet changed because of the new records system. "
                 "Escalated to the Board in March 2017."),
            ]),
            ("5. Housing services should be invited to strategy meetings and core groups "
             "where they hold information about the family.", [
                ("5a", "Update the regional child protection procedures to include "
                 "housing in strategy discussions where relevant.",
                 "Regional Safeguarding Business Manager", "June 2017", "Green",
                 "Wording agreed with the six housing services; procedures to be "
                 "reissued in June."),
            ]),
        ]),
    ]

    for theme, recs in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "DDEBE5")
        for rec_text, actions in recs:
            rows = []
            for ref, act, lead, when, rag, prog in actions:
                cells = t.add_row().cells
                vals = [ref, None, act, lead, when, rag, prog]
                for c, v, w in zip(cells, vals, widths):
                    if v is not None:
                        set_cell(c, v)
                    c.width = w
                if rag in DOCX_RAG:
                    shade(cells[5], DOCX_RAG[rag])
                rows.append(cells)
            col = [r[1] for r in rows]
            m = vmerge(col) if len(col) > 1 else col[0]
            set_cell(m, rec_text)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("Blue \u2013 complete;  Green \u2013 on track;  Amber \u2013 some delay;  "
              "Red \u2013 off track / escalated to the Board.")
    doc.save(out("m1-north-wales-scb-extended-cpr-action-plan.docx"))


# ========================================== 6. Westmorland & Furness SEND csv
def make_wf_send():
    ncol = 9
    rows = []

    def line(*vals):
        v = list(vals) + [""] * (ncol - len(vals))
        rows.append(v)

    line("Westmorland and Furness Local Area Partnership")
    line("SEND Inspection Action Plan \u2013 Areas for Improvement")
    line("Ofsted and CQC area SEND inspection; report published 9 April 2025")
    line("Last updated: 02/10/2025")
    line()
    line("Area for improvement", "Ref", "Action", "Lead(s)", "Partners involved",
         "Start date", "Target date", "RAG", "Progress update")
    plan = [
        ("1. That waiting times for neurodevelopmental assessments are reduced.", [
            ("1.1", "Commission additional autism and ADHD assessment capacity from an "
             "independent provider for 12 months.",
             "ICB Neurodevelopmental Programme Lead", "NHS Lancashire and South Cumbria ICB",
             "01/05/2025", "30/09/2025", "Complete",
             "Contract awarded in June 2025; 420 additional assessments commissioned."),
            ("1.2", "Introduce a 'waiting well' offer for families on the pathway, "
             "including a named contact and parent workshops.",
             "Designated Clinical Officer / Head of SEND", "Parent carer forum; Family Hubs",
             "01/06/2025", "Autumn term 2025", "Green",
             "Named contacts in place. Four workshops held, 96 parents attended."),
            ("1.3", "Publish waiting times for each pathway on the Local Offer.",
             "ICB Neurodevelopmental Programme Lead", "",
             "01/07/2025", "Quarterly", "Green",
             "First publication July 2025; next due October."),
        ]),
        ("2. That leaders across the partnership improve communication to professionals, "
         "parents and carers, and children and young people, so that their strategies, "
         "actions and available services are better understood.", [
            ("2.1", "Co-produce a SEND communications plan with the parent carer forum "
             "and young people.",
             "SEND Partnership Manager", "Parent carer forum; SENDIASS",
             "01/05/2025", "31/07/2025", "Complete",
             "Plan signed off by the SEND Partnership Board on 17 July 2025."),
            ("2.2", "Relaunch the Local Offer website with a new search and a 'you said, "
             "we did' page.",
             "Local Offer Officer", "",
             "01/06/2025", "31/12/2025", "Amber",
             "Delay with the website supplier; launch now expected in January 2026."),
            ("2.3", "Send a SEND newsletter to all schools, settings and families every "
             "term.",
             "SEND Partnership Manager", "",
             "01/09/2025", "Termly", "Green",
             "First edition sent in September 2025."),
        ]),
        ("3. Leaders should improve the timeliness and quality of EHC plans, so that "
         "health and social care advice is consistently included.", [
            ("3.1", "Track requests for health and social care advice weekly, with "
             "escalation to service managers at four weeks.",
             "Head of SEND", "Designated Clinical Officer; Children's Social Care",
             "01/05/2025", "31/08/2025", "Amber",
             "Tracker in place. Health advice returned within six weeks in 74% of cases "
             "(target 90%)."),
            ("3.2", "A multi-agency panel to quality assure 10% of new EHC plans each "
             "term.",
             "SEND Quality Assurance Lead", "",
             "01/09/2025", "Summer term 2026", "Not started",
             "Terms of reference drafted; first panel in November 2025."),
        ]),
        ("4. Leaders should strengthen preparation for adulthood, so that young people "
         "with SEND have clear pathways into employment, training and independent "
         "living.", [
            ("4.1", "Launch a supported internship programme with two local employers.",
             "Preparing for Adulthood Lead", "Kendal College; Furness College",
             "01/09/2025", "31/07/2026", "Green",
             "Eight interns started in September 2025."),
            ("4.2", "Agree a transition protocol between children's and adult social care "
             "for young people with EHC plans from age 14.",
             "Head of Adult Social Care (Transitions) / Head of SEND", "",
             "01/06/2025", "31/03/2026", "Red",
             "Protocol not drafted; capacity in the transitions team. Escalated to the "
             "SEND Partnership Board."),
        ]),
    ]
    for afi, actions in plan:
        for i, (ref, act, lead, partners, start, due, rag, prog) in enumerate(actions):
            line(afi if i == 0 else "", ref, act, lead, partners, start, due, rag, prog)
    line()
    line("RAG key: Complete = action finished; Green = on track; Amber = at risk; "
         "Red = off track; Not started = not yet due to start")
    with open(out("m1-westmorland-furness-send-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, dialect="excel")
        w.writerows(rows)


# ================================================== 7. Bromley YOS HMIP txt
def make_bromley_yos():
    lines = [
        "London Borough of Bromley",
        "Youth Offending Service \u2013 Post-Inspection Improvement Plan",
        "HMI Probation Full Joint Inspection of youth offending work in Bromley (report "
        "published 20 May 2015)",
        "Progress as at 30 November 2015 \u2013 for the YOS Management Board, 9 December "
        "2015",
        "",
        "\t".join(["Recommendation", "Action no.", "Action", "Lead", "Target date",
                   "RAG", "Progress to date"]),
    ]
    plan = [
        ("1. The YOS Management Board should hold the YOS to account through regular "
         "scrutiny of performance, including reoffending and the use of custody.", [
            ("1.1", "Establish a single YOS Management Board, replacing the separate "
             "operational and strategic boards, with revised terms of reference.",
             "Chair, YOS Management Board", "Jul-15", "Complete",
             "New Board met for the first time on 15 July 2015; terms of reference "
             "agreed."),
            ("1.2", "Quarterly performance report to the Board covering reoffending, "
             "first-time entrants, custody and case audit results.",
             "YOS Manager", "Sep-15", "G",
             "First report presented on 16 September; next report due at the December "
             "Board."),
            ("1.3", "Induction for all Board members, including observing a referral "
             "order panel.",
             "AD Safeguarding & Social Care", "31/12/2015", "A",
             "6 of 11 members inducted so far."),
        ]),
        ("2. The YOS Manager should ensure that assessments of the likelihood of "
         "reoffending and risk of harm are completed on time, reviewed regularly and "
         "inform plans.", [
            ("2.1", "Training for all case managers on assessment and planning, "
             "including risk of harm and contingency planning.",
             "YOS Operational Manager", "Oct-15", "Complete",
             "Two-day training delivered to all 14 case managers in September and "
             "October."),
            ("2.2", "Monthly case file audits by the practice manager using the HMI "
             "Probation tool, with results reported to the Board.",
             "YOS Operational Manager / Practice Manager", "Monthly", "G",
             "Audits running since July. Proportion of assessments judged sufficient up "
             "from 45% to 71%."),
            ("2.3", "Introduce a risk management panel for every case assessed as high or "
             "very high risk of harm.",
             "YOS Manager", "30/06/2015", "Complete",
             "Panel meets fortnightly; all high risk cases reviewed."),
        ]),
        ("3. The YOS Manager should ensure that interventions are matched to the assessed "
         "reasons for offending, and that what is delivered is recorded.", [
            ("3.1", "Review the interventions programme, replacing the fixed group work "
             "timetable with individually planned sessions.",
             "Senior Practitioner (Interventions)", "Q3 2015/16", "A",
             "Review completed. New menu of interventions to start in January once staff "
             "training is finished."),
            ("3.2", "Record every intervention session on the case management system, "
             "with a summary of content and the child's engagement.",
             "YOS Operational Manager", "Nov 2015", "R",
             "Compliance 52% in the October audit. The recording template is being "
             "changed by the system supplier."),
            ("3.3", "Agree joint delivery of weapons awareness sessions with the Safer "
             "Schools officers.",
             "YOS Manager; Police Youth Engagement Inspector", "Jan 2016", "G",
             "Session plan agreed; first joint session booked for 12 January."),
        ]),
        ("4. Children's Social Care and the YOS should ensure that joint working for "
         "children who are looked after or subject to child protection plans is clear and "
         "consistently applied.", [
            ("4.1", "Agree a joint working protocol between the YOS and Children's Social "
             "Care.",
             "AD Safeguarding & Social Care", "March 2016", "G",
             "Draft protocol out for consultation with team managers."),
            ("4.2", "YOS case managers to attend all child protection conferences and "
             "looked after reviews for children open to the YOS.",
             "YOS Operational Manager", "Ongoing", "G",
             "Attendance 88% between July and October, recorded on the YOS tracker."),
        ]),
    ]
    for rec, actions in plan:
        for i, (ref, act, lead, when, rag, prog) in enumerate(actions):
            lines.append("\t".join([rec if i == 0 else "", ref, act, lead, when, rag,
                                    prog]))
    lines += ["", "Key: G = on track; A = some slippage; R = off track; "
                  "Complete = action completed"]
    with open(out("m1-bromley-yos-hmip-improvement-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_hf_ilacs()
    make_rbwm_fostering()
    make_nel_jtai()
    make_westminster_fv()
    make_nw_cpr()
    make_wf_send()
    make_bromley_yos()
    print("done")
