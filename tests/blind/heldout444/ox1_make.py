"""Build the seven ox1- blind cases (set heldout444) and their expected readings.

Run with /work/main/.venv/bin/python ox1_make.py  (writes into this script's folder).
Only files whose names start with "ox1-" are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}


def out(name):
    assert name.startswith("ox1-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


# =====================================================================
# 1. CAFRE – ETI post-inspection action plan (docx)
# =====================================================================
def make_cafre():
    name = "ox1-cafre-eti-inspection-action-plan.docx"
    title = "CAFRE Post-Inspection Action Plan – ETI Inspection, February 2024"
    sections = [
        (
            "1. Teaching, Training and Learning",
            "Improve the consistency of written feedback on assessed work, so that all learners know clearly what they need to do to improve.",
            [
                ("1.1", "Revise the College assessment and feedback policy to set out minimum expectations for written feedback on assessed work.",
                 "Head of Education Quality Branch", "June 2024",
                 "Revised policy approved by SMT on 20 June 2024 and issued to all lecturing staff.", "Complete",
                 ["Head of Education Quality Branch"], "2024-06", None, "blue"),
                ("1.2", "Deliver staff development on effective feedback practice to all lecturing and technical staff across the Greenmount, Loughry and Enniskillen campuses.",
                 "Staff Development Manager", "September 2024 – December 2024",
                 "Four workshops delivered; 87% of lecturing staff attended. Remaining staff scheduled for January 2025.", "Amber",
                 ["Staff Development Manager"], "2024-12", None, "amber"),
                ("1.3", "Introduce termly sampling of marked work by Curriculum Managers, with findings reported to the Quality Improvement Group.",
                 "Curriculum Managers (Agriculture, Food, Horticulture, Equine)", "Termly",
                 "First sampling exercise completed in November 2024; findings reported to QIG on 5 December 2024.", "Green",
                 ["Curriculum Managers (Agriculture, Food, Horticulture, Equine)"], None, "Termly", "green"),
            ],
        ),
        (
            "2. Outcomes for Learners",
            "Improve retention and achievement on the Level 3 Diploma in Agriculture at Enniskillen Campus, which are below the College average.",
            [
                ("2.1", "Carry out a review of the Level 3 Diploma in Agriculture at Enniskillen Campus, including learner voice, to identify the reasons for early withdrawal.",
                 "Head of Enniskillen Campus", "31/10/2024",
                 "Review completed; report considered at the Quality Improvement Group on 7 November 2024.", "Complete",
                 ["Head of Enniskillen Campus"], "2024-10", None, "blue"),
                ("2.2", "Put in place an early-warning system using attendance and assessment data to identify learners at risk of leaving the course, with mentoring support for each learner identified.",
                 "Head of Enniskillen Campus / Student Support Manager", "January 2025",
                 "Attendance dashboard in place; mentoring scheme to begin in January 2025.", "Green",
                 ["Head of Enniskillen Campus", "Student Support Manager"], "2025-01", None, "green"),
                ("2.3", "Set and monitor in-year retention targets for the course through monthly course team meetings.",
                 "Course Manager – Agriculture (Enniskillen)", "Monthly",
                 "Targets set for 2024/25; in-year retention at 91% (December 2024).", "Green",
                 ["Course Manager – Agriculture (Enniskillen)"], None, "Monthly", "green"),
            ],
        ),
        (
            "3. Leadership and Management",
            "Develop further the use of data in self-evaluation, so that quality improvement planning at course level is more evaluative and better focused on learner outcomes.",
            [
                ("3.1", "Provide course teams with a standard data pack on enrolment, retention, achievement and progression for each course.",
                 "Management Information Systems Manager", "Sept 2024",
                 "Data packs issued to all course teams in September 2024.", "Complete",
                 ["Management Information Systems Manager"], "2024-09", None, "blue"),
                ("3.2", "Revise the course self-evaluation report template to require evaluation of learner outcomes against three-year trends and Northern Ireland benchmarks.",
                 "Head of Education Quality Branch", "March 2025",
                 "Draft template being piloted with the Horticulture and Food course teams.", "Green",
                 ["Head of Education Quality Branch"], "2025-03", None, "green"),
                ("3.3", "Provide training for course managers on writing evaluative self-evaluation reports and quality improvement plans.",
                 "Staff Development Manager & Head of Education Quality Branch", "31 March 2025",
                 "Training materials in development; delivery delayed owing to staff vacancies.", "Amber",
                 ["Staff Development Manager", "Head of Education Quality Branch"], "2025-03", None, "amber"),
            ],
        ),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for s in doc.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.8)

    doc.add_heading(title, level=1)
    doc.add_paragraph("College of Agriculture, Food and Rural Enterprise – an agency of the Department of Agriculture, Environment and Rural Affairs")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Document owner", "Head of Education Quality Branch"),
        ("Version", "1.3"),
        ("Date", "14 January 2025"),
        ("Approved by", "CAFRE Senior Management Team"),
        ("Progress reported as at", "31 December 2024"),
    ]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], FILL["grey"])
        set_cell(r[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "The Education and Training Inspectorate (ETI) inspected the further and higher education provision at "
        "CAFRE's Greenmount, Loughry and Enniskillen campuses in February 2024. The inspection report, published "
        "in May 2024, identified three areas for improvement. This plan sets out the actions the College is taking "
        "to address each area and the progress made to date. It is monitored by the Quality Improvement Group and "
        "reported to the Senior Management Team each quarter."
    )
    doc.add_paragraph("RAG key:  Green – on track   Amber – some slippage, remedial action in hand   "
                      "Red – significant delay   Complete – action fully implemented")

    heads = ["Ref", "Action", "Lead", "Timescale", "Progress update (December 2024)", "RAG"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.0), Cm(3.0), Cm(7.0), Cm(1.8)]
    expected = []
    for sec, afi, rows in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, afi, bold=True, size=10)
        shade(top, FILL["pale"])
        for i, h in enumerate(heads):
            c = t.rows[1].cells[i]
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, FILL["navy"])
        for ref, action, lead, when, prog, rag, e_lead, e_end, e_text, e_status in rows:
            c = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, prog, rag]):
                set_cell(c[i], v)
            shade(c[5], {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
                         "Red": FILL["red"]}[rag])
            expected.append(act(ref, [sec, afi], action, e_lead, e_end, e_status, e_text))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")

    doc.add_paragraph("Next review: Quality Improvement Group, April 2025.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Signed", "Position", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    set_cell(so.rows[1].cells[0], "[Signed]")
    set_cell(so.rows[1].cells[1], "Director, CAFRE")
    set_cell(so.rows[1].cells[2], "15/01/2025")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a post-inspection action plan a Northern Ireland further/higher education provider (CAFRE, the "
            "DAERA college at Greenmount, Loughry and Enniskillen) would publish after an ETI inspection, 2024; no "
            "published CAFRE plan found through search, layout follows NI college/ETI quality improvement plans: "
            "document-control table, introduction and RAG key paragraph, one Word table per ETI heading with a merged "
            "shaded first row carrying the area for improvement, numbered actions, job-title leads, text RAG plus "
            "cell shading, sign-off table."
        ),
        "reads": (
            "A Word action plan with a document-control table, then three sections (1. Teaching, Training and "
            "Learning; 2. Outcomes for Learners; 3. Leadership and Management), each a table whose first merged row "
            "is the ETI area for improvement and whose rows are numbered actions 1.1–3.3 with lead, timescale, "
            "December 2024 progress and a RAG word. A sign-off table closes the document."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 2. Public Health Agency (NI) – internal audit tracker, typo month (xlsx, refuse)
# =====================================================================
def make_pha():
    name = "ox1-public-health-agency-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Public Health Agency – Internal Audit Recommendations Follow-up, September 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 30 September 2025"
    hdr = ["Priority", "Total", "Implemented", "Partially implemented", "Not implemented", "Not yet due"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=FILL["grey"])
        c.border = box
    data = [("Priority 1", 2, 1, 0, 1, 0), ("Priority 2", 5, 2, 2, 0, 1), ("Priority 3", 1, 1, 0, 0, 0)]
    for r, row in enumerate(data, 5):
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v).border = box
    ws.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for i in range(2, 7):
        c = ws.cell(row=8, column=i, value=f"=SUM({chr(64 + i)}5:{chr(64 + i)}7)")
        c.font = Font(bold=True)
        c.border = box
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18

    wt = wb.create_sheet("Tracker")
    wt["A1"] = "Public Health Agency"
    wt["A1"].font = Font(bold=True, size=14)
    wt["A2"] = "Internal Audit Recommendations – Follow-up Position at 30 September 2025"
    wt["A2"].font = Font(bold=True, size=12)
    wt["A3"] = "Governance and Audit Committee – 21 October 2025"
    heads = ["Audit Year", "Audit Assignment", "Assurance", "Rec No.", "Priority", "Recommendation",
             "Management Response / Agreed Action", "Responsible Officer", "Original Implementation Date",
             "Revised Implementation Date", "Status", "Progress Update"]
    for i, h in enumerate(heads, 1):
        c = wt.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    D = dt.datetime
    rows = [
        ("2023/24", "Information Governance", "Satisfactory", 1, "Priority 2",
         "The PHA should ensure that all Information Asset Registers are reviewed and updated annually by the Information Asset Owners.",
         "Information Asset Owners will be reminded of the annual review requirement and completion will be monitored by the Information Governance Steering Group.",
         "Head of Information Governance", D(2024, 6, 30), None, "Implemented",
         "All Information Asset Registers reviewed by 31 May 2025."),
        ("2023/24", "Financial Review", "Limited", 1, "Priority 1",
         "The PHA should ensure that all expenditure above £30,000 is supported by a competitive tender or an approved Direct Award Contract.",
         "Finance will introduce a monthly exception report of payments over £30,000 without a contract reference, for review by the Director of Finance and Operations.",
         "Head of Finance", D(2024, 9, 30), D(2025, 3, 31), "Implemented",
         "Exception report in place from April 2025 and reviewed monthly."),
        (None, None, None, 2, "Priority 2",
         "Letters of offer should be issued and signed before grant funding is released to voluntary and community sector organisations.",
         "The grants procedure and checklist will be updated so that payments cannot be processed without a signed letter of offer.",
         "Head of Finance / Grants Manager", D(2024, 12, 31), "0ct-2025", "Partially implemented",
         "Procedure updated; system control to be configured in the finance system."),
        ("2024/25", "Screening Programmes Governance", "Satisfactory", 1, "Priority 2",
         "Programme boards should receive quality assurance reports for each screening programme at least twice a year.",
         "A reporting schedule for quality assurance reports will be agreed for all programme boards.",
         "Assistant Director – Screening", D(2025, 6, 30), None, "Implemented",
         "Schedule agreed and first reports received in June 2025."),
        (None, None, None, 2, "Priority 3",
         "Terms of reference for the screening programme boards should be reviewed.",
         "Terms of reference will be reviewed and approved by each programme board.",
         "Assistant Director – Screening", D(2025, 9, 30), None, "Implemented",
         "All terms of reference approved by September 2025."),
        ("2024/25", "Business Continuity", "Limited", 1, "Priority 1",
         "The PHA should test its business continuity plans for critical services, including the Duty Room health protection service.",
         "A programme of business continuity exercises will be delivered, starting with the Duty Room, and lessons learned reported to the Agency Management Team.",
         "Emergency Planning Lead", D(2025, 6, 30), "March 2026", "Not implemented",
         "Duty Room exercise postponed due to the measles response; rescheduled for January 2026."),
        (None, None, None, 2, "Priority 2",
         "Business impact analyses should be refreshed for all directorates.",
         "Each directorate will complete a refreshed business impact analysis using the updated template.",
         "Directors; Emergency Planning Lead", D(2025, 9, 30), D(2025, 12, 31), "Partially implemented",
         "Four of six directorates complete."),
        ("2024/25", "Commissioning of Public Health Services", "Satisfactory", 1, "Priority 2",
         "Contract monitoring returns should be reviewed and signed off within the timescales set in the commissioning procedures.",
         "Commissioning leads will record review and sign-off of monitoring returns on the contracts database.",
         "Head of Commissioning", D(2026, 3, 31), None, "Not yet due", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            c = wt.cell(row=r, column=i, value=v)
            c.alignment = wrap
            c.border = box
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        st = row[10]
        wt.cell(row=r, column=11).fill = PatternFill("solid", fgColor={
            "Implemented": FILL["blue"], "Partially implemented": FILL["amber"],
            "Not implemented": FILL["red"], "Not yet due": FILL["green"]}[st])
        r += 1
    typo_row = 8
    assert wt.cell(row=typo_row, column=10).value == "0ct-2025"
    r += 1
    wt.cell(row=r, column=1, value="Total recommendations: 8 (Implemented 4; Partially implemented 2; Not implemented 1; Not yet due 1)")
    wt.cell(row=r + 1, column=1, value="Source: BSO Internal Audit follow-up, September 2025. See 'Key' sheet for priority definitions.")
    for col, w in zip("ABCDEFGHIJKL", [9, 22, 12, 7, 10, 45, 45, 24, 14, 14, 16, 40]):
        wt.column_dimensions[col].width = w
    wt.freeze_panes = "A6"

    wk = wb.create_sheet("Key")
    wk["A1"] = "Priority definitions"
    wk["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([
        ("Priority 1", "Failure to implement the recommendation is likely to result in a major failure of a key organisational objective, significant damage to the reputation of the organisation or the misuse of public funds."),
        ("Priority 2", "Failure to implement the recommendation could result in the failure of an important organisational objective or could have some impact on a key organisational objective."),
        ("Priority 3", "Failure to implement the recommendation could lead to an increased risk exposure."),
    ], 2):
        wk.cell(row=i, column=1, value=a)
        wk.cell(row=i, column=2, value=b).alignment = wrap
    wk.column_dimensions["B"].width = 90
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the internal audit recommendations follow-up report a Northern Ireland HSC body (the Public "
            "Health Agency, audited by BSO Internal Audit) takes to its Governance and Audit Committee, 2025; copies "
            "the BSO/HSC conventions found through search (Priority 1/2/3 findings, Satisfactory/Limited assurance, "
            "Implemented / Partially implemented / Not implemented status, original and revised implementation "
            "dates), a summary sheet with a totals row, the tracker with the audit year and assignment written only "
            "on the first recommendation of each audit, and a key sheet."
        ),
        "reads": (
            "An Excel workbook: a summary count sheet, a tracker of eight internal audit recommendations with the "
            "agreed action, responsible officer, original and revised implementation dates and status, and a "
            "priority key. On sheet 'Tracker' row 8 (Financial Review, recommendation 2) the revised implementation "
            "date is typed '0ct-2025' with a zero for the O, a mistyped month in the end cell, so a careful reader "
            "stops and asks before taking the plan in."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Public Health Agency – Internal Audit Recommendations Follow-up, September 2025",
    })
    return name, len(rows)


# =====================================================================
# 3. Northern HSC Trust – corporate risk register (csv)
# =====================================================================
def make_nhsct():
    name = "ox1-northern-hsct-corporate-risk-register-2025-26.csv"
    title = "Northern Health and Social Care Trust – Corporate Risk Register 2025/26"
    header = ["Risk ID", "Risk Description", "Risk Owner", "Current Risk (L x I)", "Current Rating",
              "Target Rating", "Action Ref", "Action to Reduce Risk", "Action Owner", "Target Date",
              "Progress", "Action RAG"]
    n = len(header)
    obj1 = "Corporate Objective 1: Deliver safe, high quality and effective care"
    obj2 = "Corporate Objective 2: Make the best use of resources to sustain services"
    r1 = "Demand for unscheduled care at Antrim Area Hospital and Causeway Hospital exceeds capacity, resulting in long waits in the Emergency Departments and a risk of harm to patients."
    r2 = "Insufficient registered nursing and medical staff in key services leads to reliance on agency staff and a risk to the continuity and safety of care."
    r3 = "The Trust does not achieve financial breakeven in 2025/26 because of unfunded pressures and non-delivery of savings."
    r4 = "A cyber attack on Trust ICT systems disrupts clinical and business services and compromises personal data."
    lines = []
    exp = []

    def pad(row):
        return row + [""] * (n - len(row))

    lines.append(pad([title]))
    lines.append(pad(["Position at 31 October 2025 – presented to Audit Committee, 27 November 2025"]))
    lines.append(pad([]))
    lines.append(header)
    lines.append(pad([obj1]))

    def risk(rid, desc, owner, lxi, rating, target, actions, obj):
        first = True
        for a in actions:
            aref, text, aowner, tdate, prog, rag, e_lead, e_end, e_text, e_status = a
            if first:
                row = [rid, desc, owner, lxi, rating, target]
                first = False
            else:
                row = ["", "", "", "", "", ""]
            lines.append(row + [aref, text, aowner, tdate, prog, rag])
            exp.append(act(aref, [obj, desc], text, e_lead, e_end, e_status, e_text))

    risk("CR01", r1, "Director of Medicine and Emergency Medicine", "5 x 4", "Extreme (20)", "High (12)", [
        ("CR01.1", "Open the Ambulatory Care Centre at Antrim Area Hospital seven days per week.",
         "Divisional Director – Medicine", "31/12/2025",
         "Weekend opening commenced at Antrim from 4 October 2025; Causeway model under review.", "Green",
         ["Divisional Director – Medicine"], "2025-12", None, "green"),
        ("CR01.2", "Implement the regional 'Hospital Full Protocol' escalation framework across both acute sites.",
         "Head of Patient Flow", "Sep-25", "Implemented on both sites from 22 September 2025.", "Complete",
         ["Head of Patient Flow"], "2025-09", None, "blue"),
        ("CR01.3", "Expand the Hospital at Home service for older people in the Causeway locality.",
         "Director of Community Care; Director of Medicine and Emergency Medicine", "Q4 2025/26",
         "Recruitment to additional posts under way – 3 of 7 posts filled.", "Amber",
         ["Director of Community Care", "Director of Medicine and Emergency Medicine"], "2026-03", None, "amber"),
    ], obj1)
    risk("CR02", r2, "Director of People and Culture", "4 x 4", "Extreme (16)", "Medium (6)", [
        ("CR02.1", "Deliver the Trust international nurse recruitment programme for 2025/26 (target 60 nurses).",
         "Director of Nursing, Midwifery and AHPs", "Mar-26",
         "41 nurses in post; a further cohort of 12 arrives in January 2026.", "Green",
         ["Director of Nursing, Midwifery and AHPs"], "2026-03", None, "green"),
        ("CR02.2", "Reduce off-contract agency nursing spend in line with the regional agency reduction plan.",
         "Director of Finance / Director of People and Culture", "Ongoing",
         "Off-contract use reduced by 38% compared with Q1 2025/26.", "Amber",
         ["Director of Finance", "Director of People and Culture"], None, "Ongoing", "amber"),
    ], obj1)
    lines.append(pad([obj2]))
    risk("CR03", r3, "Director of Finance", "4 x 5", "Extreme (20)", "High (10)", [
        ("CR03.1", "Deliver the 2025/26 savings plan, with monthly monitoring by the Executive Team.",
         "Director of Finance", "31/03/2026",
         "Forecast delivery of £14.2m against a target of £21.0m.", "Red",
         ["Director of Finance"], "2026-03", None, "red"),
        ("CR03.2", "Agree a financial recovery plan with the Department of Health (SPPG) for the residual gap.",
         "Chief Executive", "December 2025", "Draft plan submitted to SPPG on 15 October 2025.", "Amber",
         ["Chief Executive"], "2025-12", None, "amber"),
    ], obj2)
    risk("CR04", r4, "Director of Strategic Planning, Performance and Informatics", "3 x 4", "High (12)", "Medium (4)", [
        ("CR04.1", "Complete the rollout of multi-factor authentication to all remote-access users.",
         "Head of ICT Services", "Nov-25",
         "Complete for 96% of users; remaining accounts to be migrated by the end of November.", "Green",
         ["Head of ICT Services"], "2025-11", None, "green"),
        ("CR04.2", "Test the ICT business continuity plan through a cyber incident exercise with the Executive Team.",
         "Head of ICT Services / Emergency Planning Manager", "TBC",
         "Exercise date to be agreed with the regional Digital Health and Care NI team.", "",
         ["Head of ICT Services", "Emergency Planning Manager"], None, "TBC", "unrated"),
    ], obj2)
    lines.append(pad([]))
    lines.append(pad(["Summary: 4 corporate risks – Extreme 3, High 1. 9 actions – Complete 1, Green 3, Amber 3, Red 1, not yet rated 1."]))
    lines.append(pad(["Risk rating: Extreme 15–25; High 8–12; Medium 4–6; Low 1–3 (likelihood x impact, regional HSC risk matrix)."]))
    lines.append(pad(["Action RAG: Green – on track; Amber – at risk of delay; Red – off track; Complete – action closed; blank – not yet assessed."]))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in lines:
        w.writerow(row)
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": (
            "Imitates a Northern Ireland HSC trust corporate risk register (Northern Health and Social Care Trust, "
            "2025/26) as exported to CSV for an Audit Committee pack; layout follows the HSC corporate risk and "
            "assurance reports found through search (risks grouped under corporate objectives, likelihood x impact "
            "score and rating, risk owner, actions with owner and start/end date, progress comment), with the risk "
            "columns filled only on the first action row of each risk, a summary line, rating key and RAG key at the foot."
        ),
        "reads": (
            "A CSV risk register: title lines, a header, then two corporate-objective lines each followed by risks "
            "CR01–CR04; each risk row carries its first action (CR01.1 ...) and further actions follow on rows with "
            "the risk columns blank. Nine actions with owner, target date, progress and an action RAG word; summary "
            "and key lines at the end are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# =====================================================================
# 4. NHS Lothian – external audit annual audit report action plan tracker (xlsx)
# =====================================================================
def make_lothian():
    name = "ox1-nhs-lothian-annual-audit-report-2024-25-action-plan.xlsx"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    D = dt.datetime
    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    wc["A1"] = "NHS Lothian – External Audit 2024/25 Annual Audit Report: Action Plan Progress Tracker"
    wc["A1"].font = Font(bold=True, size=14)
    wc["A3"] = "Appendix 1 of the Annual Audit Report, updated with management progress"
    wc["A4"] = "Audit and Risk Committee – 15 December 2025"
    wc["A6"] = "Status key"
    wc["A6"].font = Font(bold=True)
    for i, (col, lab) in enumerate([
        ("blue", "Complete"), ("green", "On track"),
        ("amber", "Behind schedule – expected to complete by revised date"),
        ("red", "Significant delay / at risk"), (None, "No shading – not yet started"),
    ], 7):
        c = wc.cell(row=i, column=1, value="")
        if col:
            c.fill = PatternFill("solid", fgColor=FILL[col])
        c.border = box
        wc.cell(row=i, column=2, value=lab)
    wc["A13"] = "Document control"
    wc["A13"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Prepared by", "Corporate Governance Team"), ("Version", "2.0"),
                                ("Last updated", "21/11/2025")], 14):
        wc.cell(row=i, column=1, value=a)
        wc.cell(row=i, column=2, value=b)
    wc.column_dimensions["A"].width = 16
    wc.column_dimensions["B"].width = 60

    ws = wb.create_sheet("2024-25 Action Plan")
    ws["A1"] = "2024/25 Annual Audit Report – Action Plan"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["No.", "Audit area", "Issue / risk", "Recommendation", "Agreed management action",
             "Responsible officer", "Agreed date", "Revised date", "Progress update – November 2025", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="003087")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box

    fs_rec = "NHS Lothian should develop a medium-term financial plan that sets out how it will return to recurring financial balance, supported by a realistic programme of recurring savings."
    fm_rec = "Budget holders should receive timely monthly budget reports, and finance reports to the Board should show the range of possible year-end outturns."
    gv_rec = "The Board should review the content of committee assurance reports so that members receive concise, evaluative assurance on the key risks."
    wf_rec = "NHS Lothian should set out how it will reduce its reliance on supplementary staffing, with clear targets and monitoring."
    vfm_rec = "Board performance reports should show progress against the waiting times trajectories agreed with the Scottish Government."
    items = [
        # (no, area, issue, rec, [(action, officer, agreed, revised, update, fill, exp_lead, exp_end, exp_text, exp_status)])
        ("1", "Financial sustainability",
         "The Board is forecasting an underlying recurring deficit of £48m for 2025/26. Savings delivered in 2024/25 were largely non-recurring.\nRisk: the Board cannot sustain services within available funding.",
         fs_rec, [
             ("A three-year financial plan for 2026/27 to 2028/29 will be presented to the Board, setting out the route to recurring financial balance.",
              "Director of Finance", "31 March 2026", None,
              "Draft plan discussed at Board development session on 5 November 2025.", "green",
              ["Director of Finance"], "2026-03", None, "green"),
             ("The Recovery and Sustainability Programme Board will monitor delivery of recurring savings monthly and report quarterly to the Finance and Resources Committee.",
              "Director of Finance; Deputy Director of Finance", D(2025, 9, 30), None,
              "Monthly monitoring in place; first quarterly report to F&R Committee in September 2025.", "blue",
              ["Director of Finance", "Deputy Director of Finance"], "2025-09", None, "blue"),
         ]),
        ("2", "Financial management",
         "Some budget holders received monthly reports more than 15 working days after month end.\nRisk: overspends are not identified and acted on promptly.",
         fm_rec, [
             ("Monthly budget reports will be issued to all budget holders by working day 8, and best, likely and worst case forecasts will be included in finance reports to the Board.",
              "Deputy Director of Finance", D(2025, 12, 31), None,
              "Working day 10 achieved; scenario forecasts included from the October 2025 Board report.", "amber",
              ["Deputy Director of Finance"], "2025-12", None, "amber"),
         ]),
        ("3", "Governance and transparency",
         "Committee assurance reports are lengthy and largely descriptive.\nRisk: Board members do not receive clear assurance on key risks.",
         gv_rec, [
             ("A revised committee assurance report template will be introduced following the Board development session on governance.",
              "Board Secretary", "June 2026", None,
              "Development session scheduled for February 2026.", None,
              ["Board Secretary"], "2026-06", None, "unrated"),
         ]),
        ("4", "Workforce",
         "Spend on bank and agency staff was £96m in 2024/25, above the level planned.\nRisk: workforce costs continue to exceed the financial plan.",
         wf_rec, [
             ("Bank and agency reduction targets will be set for each Chief Officer area and reported to the Staff Governance Committee.",
              "Director of People and Culture", D(2025, 10, 31), D(2026, 1, 31),
              "Targets agreed for Acute Services and REAS; HSCP targets to be agreed with Chief Officers.", "amber",
              ["Director of People and Culture"], "2026-01", None, "amber"),
         ]),
        ("5", "Best value",
         "Performance reports to the Board do not show progress against agreed waiting times trajectories.\nRisk: the Board cannot assess whether performance is improving as planned.",
         vfm_rec, [
             ("Planned Care performance reports to the Board will include trajectories and variance explanations for each specialty below target.",
              "Chief Officer – Acute Services", "Q3 2025/26", None,
              "Trajectories included for 14 specialties; remaining specialties from December 2025.", "green",
              ["Chief Officer – Acute Services"], "2025-12", None, "green"),
         ]),
    ]
    exp = []
    r = 4
    for no, area, issue, rec, acts in items:
        start = r
        for (action, officer, agreed, revised, update, fill, e_lead, e_end, e_text, e_status) in acts:
            vals = {5: action, 6: officer, 7: agreed, 8: revised, 9: update}
            for col, v in vals.items():
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=10, value=None)
            if fill:
                sc.fill = PatternFill("solid", fgColor=FILL[fill])
            exp.append(act(no, [area, rec], action, e_lead, e_end, e_status, e_text))
            r += 1
        for col, v in [(1, no), (2, area), (3, issue), (4, rec)]:
            ws.cell(row=start, column=col, value=v).alignment = wrap
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=10):
        for c in row:
            c.border = box
    for col, w in zip("ABCDEFGHIJ", [5, 16, 38, 38, 45, 22, 12, 12, 38, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    wp = wb.create_sheet("Prior Year Follow-up")
    wp["A1"] = "Follow-up of prior year recommendations (2022/23 and 2023/24 Annual Audit Reports)"
    wp["A1"].font = Font(bold=True, size=12)
    ph = ["Ref", "Recommendation", "Agreed management action", "Responsible officer", "Original date",
          "Revised date", "Current position", "Status"]
    for i, h in enumerate(ph, 1):
        c = wp.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="003087")
        c.border = box
    g1 = "2023/24 Annual Audit Report"
    g2 = "2022/23 Annual Audit Report"
    prior = [
        (g1, [
            ("b/f 1", "Savings plans should be supported by clear delivery plans and an assessment of delivery risk.",
             "Each savings scheme will have a project initiation document with a delivery risk rating, reviewed by the Recovery and Sustainability Programme Board.",
             "Deputy Director of Finance", "31/03/2025", "30/09/2025",
             "Project initiation documents in place for all 2025/26 schemes.", "Complete",
             ["Deputy Director of Finance"], "2025-09", None, "blue"),
            ("b/f 2", "The Board should complete its review of the Code of Corporate Governance.",
             "An updated Code of Corporate Governance will be presented to the Board for approval.",
             "Board Secretary", "December 2024", "August 2025",
             "Approved by the Board on 6 August 2025.", "Complete",
             ["Board Secretary"], "2025-08", None, "blue"),
        ]),
        (g2, [
            ("b/f 3", "NHS Lothian should address the findings of the Network and Information Systems (NIS) audit.",
             "The NIS audit improvement plan will be implemented, with progress reported to the Audit and Risk Committee.",
             "Director of eHealth", "March 2024", "March 2026",
             "82% of NIS controls now compliant, up from 64%.", "Amber",
             ["Director of eHealth"], "2026-03", None, "amber"),
        ]),
    ]
    r = 4
    for grp, rows in prior:
        wp.cell(row=r, column=1, value=grp).font = Font(bold=True)
        wp.cell(row=r, column=1).fill = PatternFill("solid", fgColor=FILL["grey"])
        wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, rec, action, off, orig, rev, pos, status, e_lead, e_end, e_text, e_status) in rows:
            for i, v in enumerate([ref, rec, action, off, orig, rev, pos, status], 1):
                c = wp.cell(row=r, column=i, value=v)
                c.alignment = wrap
                c.border = box
            wp.cell(row=r, column=8).fill = PatternFill("solid", fgColor=FILL[e_status])
            exp.append(act(ref, [grp, rec], action, e_lead, e_end, e_status, e_text))
            r += 1
    for col, w in zip("ABCDEFGH", [7, 40, 45, 22, 13, 13, 36, 11]):
        wp.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the annual audit report action plan a Scottish health board (NHS Lothian, 2024/25 audit under "
            "the Auditor General for Scotland) tracks at its Audit and Risk Committee; copies the Audit Scotland "
            "appendix 1 action plan columns (issue/risk with a 'Risk:' line, recommendation, agreed management "
            "action, responsible officer, agreed date) found through search, with a revised-date column, merged "
            "cells where one recommendation has two actions, status shown only by cell shading against a key on a "
            "cover sheet, and a second sheet following up prior-year recommendations under merged year rows."
        ),
        "reads": (
            "A workbook: a cover sheet with the status colour key and document control; an action plan sheet with "
            "five numbered audit recommendations (recommendation 1 has two agreed actions in merged rows), status "
            "by fill colour only; and a prior-year follow-up sheet with three 'b/f' recommendations under "
            "'2023/24 Annual Audit Report' and '2022/23 Annual Audit Report' rows, status as words. Nine actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "NHS Lothian – External Audit 2024/25 Annual Audit Report: Action Plan Progress Tracker",
        "actions": exp,
    })
    return name, len(exp)


# =====================================================================
# 5. Inverness Royal Academy – Education Scotland inspection action plan (tab-separated txt)
# =====================================================================
def make_ira():
    name = "ox1-inverness-royal-academy-education-scotland-inspection-action-plan.txt"
    title = "Inverness Royal Academy – Action Plan following Education Scotland Inspection (March 2025)"
    a1 = "1. Senior leaders should continue to develop approaches to self-evaluation, involving staff, young people and parents more fully in evaluating the work of the school."
    a2 = "2. Ensure greater consistency in the quality of learning and teaching across the school, including the use of assessment information to plan next steps in learning."
    a3 = "3. Continue to raise attainment for young people in the senior phase, particularly for those affected by poverty."
    rows = [
        (a1, "1.1", "Establish a self-evaluation calendar for 2025/26 aligned to the quality indicators in How good is our school? (4th edition).",
         "DHT (Quality Improvement)", "September 2025", "Calendar agreed and shared with staff at August in-service.", "Complete",
         "Calendar in use by all faculties", ["DHT (Quality Improvement)"], "2025-09", None, "blue"),
        (None, "1.2", "Set up a Pupil Leadership Group to carry out learning walks with senior leaders each term.",
         "DHT (Pupil Support) / PT Pupil Support", "October 2025 – June 2026", "Group of 16 pupils (S2–S6) recruited; first learning walk 29 October.", "Green",
         "Pupil views included in each faculty review", ["DHT (Pupil Support)", "PT Pupil Support"], "2026-06", None, "green"),
        (None, "1.3", "Survey parents and carers on the school's communication and reporting, and share the findings with the Parent Council.",
         "Head Teacher", "By 31 January 2026", "Survey drafted with Parent Council office bearers.", "Green",
         "Response rate of at least 30%", ["Head Teacher"], "2026-01", None, "green"),
        (a2, "2.1", "Deliver a programme of professional learning on learning and teaching:\n- feedback and learning intentions (August in-service)\n- differentiation and challenge (November in-service)",
         "DHT (Learning and Teaching)", "November 2025", "August session delivered; November session planned.", "Green",
         "Consistent practice seen in learning visits", ["DHT (Learning and Teaching)"], "2025-11", None, "green"),
        (None, "2.2", "Introduce learning trios so that every teacher observes, and is observed by, colleagues at least twice each session.",
         "PTs Curriculum", "June 2026", "Trios formed in 9 of 12 faculties.", "Amber",
         "All teachers take part in two observations", ["PTs Curriculum"], "2026-06", None, "amber"),
        (None, "2.3", "Moderate BGE assessment evidence in literacy and numeracy with the associated schools group (ASG) primaries.",
         "PT English / PT Mathematics", "Ongoing", "Joint moderation session with ASG primaries held 24 September 2025.", "Green",
         "Shared understanding of achievement of a level", ["PT English", "PT Mathematics"], None, "Ongoing", "green"),
        (a3, "3.1", "Track and monitor S4–S6 learners at three points in the session, with targeted mentoring for young people who are not on track.",
         "DHT (Senior Phase)", "April 2026", "First tracking point completed October 2025; 38 learners identified for mentoring.", "Green",
         "Improved attainment at SCQF levels 5 and 6", ["DHT (Senior Phase)"], "2026-04", None, "green"),
        (None, "3.2", "Use Pupil Equity Funding to employ a Family Learning Worker to support the attendance and engagement of young people living in SIMD quintiles 1 and 2.",
         "Head Teacher; Business Manager", "Dec-25", "Post advertised twice without success; to be re-advertised in November 2025.", "Red",
         "Attendance of targeted learners above 90%", ["Head Teacher", "Business Manager"], "2025-12", None, "red"),
        (None, "3.3", "Extend the range of senior phase pathways with Inverness College UHI, including Foundation Apprenticeships.",
         "DHT (Senior Phase)", "August 2026", "", "Not started",
         "Increased uptake of vocational courses", ["DHT (Senior Phase)"], "2026-08", None, "unrated"),
    ]

    def cell(v):
        v = "" if v is None else v
        if "\n" in v or "\t" in v or '"' in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    out_lines = [
        title,
        "\t".join(["The Highland Council – Education and Learning", "Session 2025/26", "Updated 3 November 2025"]),
        "",
        "\t".join(["Area for improvement", "No.", "Action", "Lead", "Timescale", "Measures of success", "Progress", "RAG"]),
    ]
    exp = []
    cur = None
    for (afi, no, action, lead, when, prog, rag, measure, e_lead, e_end, e_text, e_status) in rows:
        if afi:
            cur = afi
        out_lines.append("\t".join(cell(x) for x in [afi, no, action, lead, when, measure, prog, rag]))
        exp.append(act(no, [cur], action, e_lead, e_end, e_status, e_text))
    out_lines += [
        "",
        "RAG: Green = on track; Amber = some concerns; Red = not on track; Complete = achieved; Not started = work not yet begun",
        "Progress is reported to the Parent Council and to the Quality Improvement Officer each term. Next review: February 2026.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out_lines) + "\r\n")

    write_expected(name, {
        "source": (
            "Imitates the post-inspection action plan a Scottish secondary school (Inverness Royal Academy, The "
            "Highland Council) would write after an Education Scotland inspection in 2025, saved from Excel as "
            "tab-separated text; layout follows council guidance on school plans after HMI inspection found "
            "through search: areas for improvement from the inspection letter, numbered actions, lead by post "
            "(DHT, PT), timescale, measures of success, progress and RAG, the area written only on its first row, "
            "one multi-line action cell quoted as Excel exports it, RAG key and review line at the foot."
        ),
        "reads": (
            "A tab-separated plan: a title line and a context line, then a header and nine actions 1.1–3.3 "
            "under three numbered areas for improvement (each written once, on the first row of its group). Action "
            "2.1 is one quoted cell running over three lines. Key and review notes follow a blank line."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# =====================================================================
# 6. Mid and West Wales Fire and Rescue Authority – Audit Wales organisational response (docx)
# =====================================================================
def make_mawwfrs():
    name = "ox1-mid-and-west-wales-fire-rescue-authority-audit-wales-workforce-planning-organisational-response.docx"
    title = "Audit Wales Review of Workforce Planning Arrangements – Organisational Response and Progress Tracker"
    R1 = "The Authority should develop a strategic workforce plan that links its future workforce requirements to the Community Risk Management Plan 2040 and the Medium Term Financial Plan."
    R2 = "The Authority should improve the workforce information available to managers, including forecasts of retirements and on-call availability."
    R3 = "The Authority should strengthen its approach to recruiting and retaining on-call firefighters in rural areas."
    R4 = "The Authority should evaluate the impact of its workforce actions, using clear measures of success."
    recs = [
        ("R1", R1, [
            ("Develop a Strategic Workforce Plan 2026–2030, aligned to the Community Risk Management Plan and the Medium Term Financial Plan, for approval by the Fire Authority.",
             "March 2026", "Head of People Services",
             "Draft plan prepared; consultation with representative bodies under way.", "green",
             ["Head of People Services"], "2026-03", None, "green"),
            ("Establish a Workforce Planning Group, chaired by the Deputy Chief Fire Officer, to oversee delivery of the plan.",
             "July 2025", "Deputy Chief Fire Officer",
             "Group established; first meeting held 16 July 2025.", "blue",
             ["Deputy Chief Fire Officer"], "2025-07", None, "blue"),
        ]),
        ("R2", R2, [
            ("Develop a workforce dashboard in Power BI covering establishment, vacancies, projected retirements and on-call availability by station.",
             "Q3 2025/26", "Head of ICT / Head of People Services",
             "Data model built; testing delayed by payroll system upgrade.", "amber",
             ["Head of ICT", "Head of People Services"], "2025-12", None, "amber"),
            ("Provide training for station and group managers in using the dashboard.",
             "31/03/2026", "Training and Development Manager",
             "Not yet started – dependent on dashboard go-live.", None,
             ["Training and Development Manager"], "2026-03", None, "unrated"),
        ]),
        ("R3", R3, [
            ("Pilot flexible on-call contracts at six rural stations in Powys and Ceredigion.",
             "Sept 2025 – March 2026", "Area Manager – Service Delivery (North)",
             "Pilot live at four stations since September 2025; two further stations from January 2026.", "green",
             ["Area Manager – Service Delivery (North)"], "2026-03", None, "green"),
            ("Carry out exit interviews with all on-call firefighters leaving the Service and report the themes to the Workforce Planning Group.",
             "Quarterly", "Head of People Services",
             "Exit interview process in place; first themes report presented October 2025.", "green",
             ["Head of People Services"], None, "Quarterly", "green"),
        ]),
        ("R4", R4, [
            ("Agree a set of workforce performance indicators and include them in the quarterly performance report to the Performance, Audit and Scrutiny Committee.",
             "December 2025", "Head of Corporate Planning and Performance",
             "Indicators drafted; reporting delayed by the change of performance management system.", "red",
             ["Head of Corporate Planning and Performance"], "2025-12", None, "red"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for s in doc.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Mid and West Wales Fire and Rescue Authority – Performance, Audit and Scrutiny Committee, 8 December 2025")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Report title", "Review of Workforce Planning Arrangements – Mid and West Wales Fire and Rescue Authority"),
        ("Completion date", "May 2025"),
        ("Document reference", "4815A2025"),
        ("Organisational response agreed by", "Executive Leadership Team, 24 June 2025"),
    ]:
        c = info.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], FILL["grey"])
        set_cell(c[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("The table below sets out the Authority's response to the recommendations in the Audit Wales "
                      "report and progress at November 2025. The Status column is shaded: green – on track; "
                      "amber – some slippage; red – off track; blue – complete; unshaded – not yet started.")

    heads = ["Ref", "Recommendation", "Accepted (Yes/No)", "Organisational response",
             "Completion date", "Responsible officer (title)", "Progress at November 2025", "Status"]
    widths = [Cm(1.1), Cm(5.5), Cm(1.8), Cm(6.5), Cm(2.6), Cm(3.6), Cm(5.2), Cm(1.5)]
    nrows = sum(len(a) for _, _, a in recs)
    t = doc.add_table(rows=1 + nrows, cols=8)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "C00000")
    exp = []
    r = 1
    for ref, rec, acts in recs:
        start = r
        for (action, when, officer, prog, fill, e_lead, e_end, e_text, e_status) in acts:
            cells = t.rows[r].cells
            set_cell(cells[3], action)
            set_cell(cells[4], when)
            set_cell(cells[5], officer)
            set_cell(cells[6], prog)
            if fill:
                shade(cells[7], FILL[fill])
            exp.append(act(ref, [rec], action, e_lead, e_end, e_status, e_text))
            r += 1
        for col, v in [(0, ref), (1, rec), (2, "Yes")]:
            c = t.rows[start].cells[col]
            if r - 1 > start:
                c = c.merge(t.rows[r - 1].cells[col])
            set_cell(c, v, bold=(col == 0))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Lead officer for this response: Assistant Chief Fire Officer – People and Organisational Development.")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates an Audit Wales organisational response form kept as a progress tracker by a Welsh fire and "
            "rescue authority (Mid and West Wales FRA, 2025) for its audit/scrutiny committee; copies the Audit "
            "Wales form (report title / completion date / document reference block; Ref, Recommendation, "
            "organisational response, completion date, responsible officer (title)) with an 'Accepted' column, a "
            "progress column and a status column shown only by cell shading, recommendation cells vertically merged "
            "over their actions."
        ),
        "reads": (
            "A Word document: title, a committee line, a two-column report-details table, a paragraph with the "
            "shading key, then one table of four recommendations R1–R4 (merged over their rows) with seven "
            "response actions, each with completion date, responsible officer title, progress and a shaded status "
            "cell (one unshaded = not started)."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# =====================================================================
# 7. Monmouthshire County Council – Community and Corporate Plan delivery plan (xlsx)
# =====================================================================
def make_monmouthshire():
    name = "ox1-monmouthshire-county-council-community-and-corporate-plan-delivery-plan-2025-26.xlsx"
    title = "Monmouthshire County Council – Community and Corporate Plan Delivery Plan 2025/26"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    D = dt.datetime
    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    wc["A1"] = title
    wc["A1"].font = Font(bold=True, size=14)
    wc["A3"] = "Quarter 2 progress update (April – September 2025)"
    wc["A5"] = "Version control"
    wc["A5"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        c = wc.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.border = box
    for r, row in enumerate([("1.0", "10/04/2025", "Performance and Data Insight Team", "Plan agreed by Cabinet"),
                             ("1.1", "20/10/2025", "Performance and Data Insight Team", "Q2 updates added")], 7):
        for i, v in enumerate(row, 1):
            wc.cell(row=r, column=i, value=v).border = box
    wc["A10"] = "RAG key"
    wc["A10"].font = Font(bold=True)
    for r, (col, lab) in enumerate([("green", "On track"), ("amber", "Some slippage – action being taken"),
                                    ("red", "Off track"), ("blue", "Complete"), (None, "Not yet started (no shading)")], 11):
        c = wc.cell(row=r, column=1, value="")
        c.border = box
        if col:
            c.fill = PatternFill("solid", fgColor=FILL[col])
        wc.cell(row=r, column=2, value=lab)
    wc.column_dimensions["A"].width = 12
    wc.column_dimensions["B"].width = 14
    wc.column_dimensions["C"].width = 34
    wc.column_dimensions["D"].width = 30

    sheets = [
        ("Fair place", "Objective 1: A Fair place to live where the effects of inequality and poverty have been reduced", [
            ("Housing and homelessness", [
                ("1.1", "Increase the supply of temporary accommodation by acquiring or leasing 20 additional units, reducing the use of bed and breakfast.",
                 "Head of Housing", "Cllr Rhian Powell", D(2026, 3, 31),
                 "11 units secured to date; B&B placements down from 48 to 31.", "amber",
                 ["Head of Housing"], "2026-03", None, "amber"),
                ("1.2", "Adopt the updated Local Housing Market Assessment and refresh the affordable housing delivery programme.",
                 "Strategic Housing Manager", "Cllr Rhian Powell", "Dec 2025",
                 "LHMA submitted to Welsh Government for sign-off.", "green",
                 ["Strategic Housing Manager"], "2025-12", None, "green"),
            ]),
            ("Tackling poverty and inequality", [
                ("1.3", "Deliver the cost of living support programme, including the Monmouthshire Food Partnership and the warm spaces network.",
                 "Head of Policy, Performance and Scrutiny; Community Development Manager", "Cllr Gareth Lewis", "Ongoing",
                 "28 warm spaces registered for winter 2025/26.", "green",
                 ["Head of Policy, Performance and Scrutiny", "Community Development Manager"], None, "Ongoing", "green"),
                ("1.4", "Increase take-up of Pension Credit and the Council Tax Reduction Scheme through a targeted benefits take-up campaign.",
                 "Revenues and Benefits Manager", "Cllr Huw Pritchard", "Q3 2025/26",
                 "Campaign to launch in November 2025.", None,
                 ["Revenues and Benefits Manager"], "2025-12", None, "unrated"),
            ]),
        ]),
        ("Green place", "Objective 2: A Green place to live and work with reduced carbon emissions, making a positive contribution to addressing the climate and nature emergency", [
            ("Decarbonisation", [
                ("2.1", "Install solar PV on a further five council buildings, including Caldicot Leisure Centre.",
                 "Climate and Decarbonisation Manager", "Cllr Eleri Morgan", D(2025, 9, 30),
                 "All five installations completed and generating.", "blue",
                 ["Climate and Decarbonisation Manager"], "2025-09", None, "blue"),
                ("2.2", "Replace 25 council fleet vehicles with ultra-low emission vehicles.",
                 "Head of Fleet / Climate and Decarbonisation Manager", "Cllr Eleri Morgan", "March 2026",
                 "14 vehicles delivered; charging infrastructure at Raglan depot delayed.", "amber",
                 ["Head of Fleet", "Climate and Decarbonisation Manager"], "2026-03", None, "amber"),
            ]),
            ("Nature recovery", [
                ("2.3", "Deliver the Nature Recovery Action Plan projects along the River Wye and River Usk, working with Natural Resources Wales and landowners.",
                 "Green Infrastructure Team Leader", "Cllr Eleri Morgan", D(2027, 3, 31),
                 "Riparian planting completed at three sites; phosphate monitoring in place.", "green",
                 ["Green Infrastructure Team Leader"], "2027-03", None, "green"),
            ]),
        ]),
        ("Learning place", "Objective 6: A Learning place where everybody has the opportunity to reach their potential", [
            ("Attendance and wellbeing", [
                ("6.1", "Implement the Attendance Strategy in all schools, with targeted support for learners who are persistently absent.",
                 "Chief Officer for Children and Young People", "Cllr David Hughes", "July 2026",
                 "Persistent absence in secondary schools down 2.1 percentage points on 2024/25.", "amber",
                 ["Chief Officer for Children and Young People"], "2026-07", None, "amber"),
                ("6.2", "Open specialist Additional Learning Needs (ALN) provision at King Henry VIII 3-19 School.",
                 "Head of Achievement and Attainment; ALN Lead Officer", "Cllr David Hughes", D(2026, 9, 1),
                 "Staffing model agreed; admissions criteria out to consultation.", "green",
                 ["Head of Achievement and Attainment", "ALN Lead Officer"], "2026-09", None, "green"),
            ]),
            ("School buildings", [
                ("6.3", "Complete the new-build King Henry VIII 3-19 School in Abergavenny under the Sustainable Communities for Learning programme.",
                 "Head of Capital Projects", "Cllr David Hughes", "April 2026",
                 "Contractor delays to external works; completion now expected summer 2026.", "red",
                 ["Head of Capital Projects"], "2026-04", None, "red"),
            ]),
        ]),
    ]
    heads = ["Ref", "Action", "Responsible Officer", "Cabinet Member", "Timescale", "Q2 Progress Update", "RAG"]
    exp = []
    counts = {}
    for sname, objective, themes in sheets:
        ws = wb.create_sheet(sname)
        ws.cell(row=1, column=1, value=objective).font = Font(bold=True, size=12, color="FFFFFF")
        ws.cell(row=1, column=1).fill = PatternFill("solid", fgColor="00594F")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
        ws.row_dimensions[1].height = 32
        ws.cell(row=1, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        for i, h in enumerate(heads, 1):
            c = ws.cell(row=2, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor=FILL["grey"])
            c.border = box
        r = 3
        for theme, acts in themes:
            c = ws.cell(row=r, column=1, value=theme)
            c.font = Font(bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for (ref, action, officer, cabinet, when, prog, fill, e_lead, e_end, e_text, e_status) in acts:
                for i, v in enumerate([ref, action, officer, cabinet, when, prog, None], 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = wrap
                    c.border = box
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if fill:
                    ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILL[fill])
                counts[e_status] = counts.get(e_status, 0) + 1
                exp.append(act(ref, [objective, theme], action, e_lead, e_end, e_status, e_text))
                r += 1
        for col, w in zip("ABCDEFG", [6, 55, 30, 20, 12, 45, 7]):
            ws.column_dimensions[col].width = w
    wsum = wb.create_sheet("Summary")
    wsum["A1"] = "Summary of progress – Quarter 2 2025/26"
    wsum["A1"].font = Font(bold=True)
    for i, (lab, key) in enumerate([("On track", "green"), ("Some slippage", "amber"), ("Off track", "red"),
                                    ("Complete", "blue"), ("Not yet started", "unrated")], 3):
        wsum.cell(row=i, column=1, value=lab)
        wsum.cell(row=i, column=2, value=counts.get(key, 0))
    wsum.cell(row=8, column=1, value="Total actions").font = Font(bold=True)
    wsum.cell(row=8, column=2, value="=SUM(B3:B7)").font = Font(bold=True)
    wsum.column_dimensions["A"].width = 20
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the delivery plan progress workbook a Welsh council (Monmouthshire County Council, Community "
            "and Corporate Plan 2022–28, objectives such as 'Fair place to live' and 'Learning place') would use for "
            "quarterly reporting in 2025/26; copies a cover sheet with version control and a fill-colour RAG key, "
            "one sheet per objective with a merged objective banner, merged theme rows, responsible officer and "
            "Cabinet Member columns, timescale as dates or words, Q2 progress, RAG shown only by fill, and a "
            "summary count sheet."
        ),
        "reads": (
            "A workbook: cover (title, version table, RAG key), three objective sheets each headed by its objective "
            "with theme rows over numbered actions (1.1–1.4, 2.1–2.3, 6.1–6.3) and a fill-only RAG cell, and a "
            "summary count. Ten actions; the responsible officer is the lead, the Cabinet Member is not."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


if __name__ == "__main__":
    for fn in (make_cafre, make_pha, make_nhsct, make_lothian, make_ira, make_mawwfrs, make_monmouthshire):
        n, k = fn()
        print(f"{n}: {k} actions")
