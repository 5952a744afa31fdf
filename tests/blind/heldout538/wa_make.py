"""Build the seven wa- blind test files (set heldout538).

Run with /work/main/.venv/bin/python wa_make.py ; writes into this script's folder.
Only files starting with wa- are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. PSNI - HMICFRS inspection (effectiveness, efficiency, vetting, standards)
# ---------------------------------------------------------------------------
PSNI_ROWS = [
    ("S", "1. How well does the PSNI investigate crime?"),
    ("H", "AFI 1: The PSNI should make sure that crime investigations are allocated to officers with the right skills and experience, and that they are effectively supervised."),
    ("A", "1.1", "Review the Crime Allocation Policy so that investigations are allocated using THRIVE+ and the accreditation level of the investigator.",
     "ACC Crime Operations", d(2024, 3, 31), d(2024, 9, 30), "B", "B",
     "Revised Crime Allocation Policy published on 12/09/2024 and briefed to all districts."),
    ("A", "1.2", "Introduce mandatory supervisory reviews at 7 and 28 days for all crimes allocated to local policing teams, recorded on NICHE RMS.",
     "ACC Local Policing", d(2024, 12, 31), d(2026, 3, 31), "A", "G",
     "Review fields live on NICHE from May 2025. Dip sample in November 2025 showed 78% compliance; target 90% by March 2026."),
    ("H", "Recommendation 1: By 31 March 2024, the PSNI should have a plan to increase the number of trained and accredited detectives so that it can meet its investigative demand."),
    ("A", "1.3", "Develop a detective resilience plan setting out recruitment, PIP2 training and retention targets to 2027.",
     "Head of People and Organisational Development; ACC Crime Operations", d(2024, 3, 31), None, "B", "B",
     "Plan approved by Service Executive Team in March 2024."),
    ("A", "1.4", "Deliver two additional Initial Crime Investigators Development Programme (ICIDP) courses each year.",
     "Head of Police College", d(2025, 3, 31), d(2026, 3, 31), "G", "A",
     "One additional course delivered in 2025; second course postponed due to trainer availability."),
    ("S", "2. How well does the PSNI protect vulnerable people?"),
    ("H", "AFI 2: The PSNI should improve how it manages registered sex offenders, so that home visits and risk assessments are completed on time."),
    ("A", "2.1", "Recruit to the 14 vacant posts in the Offender Management Units.",
     "D/Supt Public Protection Branch", d(2024, 9, 30), d(2024, 12, 31), "B", "B",
     "All posts filled by December 2024."),
    ("A", "2.2", "Clear the backlog of overdue ARMS risk assessments and report compliance monthly to the Crime Operations Board.",
     "D/Supt Public Protection Branch", d(2025, 3, 31), d(2025, 10, 31), "A", "R",
     "Backlog reduced from 212 to 64 but revised date missed. Recovery plan to Performance Committee in January 2026."),
    ("S", "3. How effective are the PSNI\u2019s arrangements for strategic planning and organisational management?"),
    ("H", "Recommendation 2: By 30 September 2024, the PSNI should produce a workforce plan that sets out how it will maintain officer numbers within its budget."),
    ("A", "3.1", "Publish a three-year Workforce Plan aligned to the Medium Term Financial Plan.",
     "Chief Operating Officer", d(2024, 9, 30), d(2025, 1, 31), "B", "B",
     "Workforce Plan 2025-2028 published January 2025."),
    ("A", "3.2", "Introduce quarterly workforce planning reviews at the Service Executive Team.",
     "Chief Operating Officer", d(2024, 12, 31), None, "G", "B",
     "First review held June 2025; now a standing item."),
    ("S", "4. How well does the PSNI prevent those unsuitable to serve the public from joining and remaining in the service?"),
    ("H", "AFI 3: The PSNI should make sure that vetting decisions are recorded with a clear rationale, and that the Vetting Unit has enough staff to manage its workload."),
    ("A", "4.1", "Introduce a vetting decision rationale template for all refusals and for clearances granted with risk mitigation.",
     "Head of Vetting Unit", d(2024, 3, 31), None, "B", "B",
     "Template in use since February 2024."),
    ("A", "4.2", "Complete the review of Vetting Unit staffing and establish four additional vetting officer posts.",
     "Head of Vetting Unit / Head of Human Resources", d(2025, 6, 30), d(2026, 1, 31), "A", "A",
     "Business case approved; recruitment campaign closes 12 December 2025."),
    ("S", "5. How well equipped is the PSNI to detect and deal with misogynistic, prejudicial and improper behaviour, and predatory behaviour?"),
    ("H", "AFI 4: The PSNI should improve the way it gathers and assesses intelligence about officers and staff who may be abusing their position for a sexual purpose."),
    ("A", "5.1", "Procure and deploy IT monitoring software across all PSNI devices.",
     "Head of Anti-Corruption Unit", d(2025, 12, 31), None, "G", "G",
     "Software deployed to 85% of devices; remaining mobile devices by end of December."),
    ("A", "5.2", "Run a confidential reporting campaign across all districts and departments, promoting the Integrity Line.",
     "Head of Professional Standards / Head of Corporate Communications", d(2026, 3, 31), None, "G", "G",
     "Campaign materials agreed with staff associations; launch planned for January 2026."),
]


PSNI_TITLE = "PSNI Improvement Plan \u2013 HMICFRS Inspection of Police Effectiveness, Efficiency, Vetting and Standards (2023)"


def make_psni(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PSNI_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Police Service of Northern Ireland \u2013 response to the HMICFRS report published 10 October 2023"
    cov["A3"] = "Position at 31 December 2025"
    cov["A5"] = "Plan owner"
    cov["B5"] = "Deputy Chief Constable"
    cov["A6"] = "Reporting to"
    cov["B6"] = "Northern Ireland Policing Board \u2013 Performance Committee"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        c = cov.cell(row=9, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    vers = [
        ("1.0", d(2023, 12, 14), "Strategic Planning Branch", "First version agreed by Service Executive Team"),
        ("2.3", d(2025, 6, 30), "Strategic Planning Branch", "Q1 2025/26 update"),
        ("2.5", d(2025, 12, 31), "Strategic Planning Branch", "Q3 2025/26 update; revised dates for 1.2 and 4.2"),
    ]
    for r, v in enumerate(vers, start=10):
        for cidx, val in enumerate(v, start=1):
            c = cov.cell(row=r, column=cidx, value=val)
            c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = PSNI_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "OFFICIAL"
    ws["A2"].font = Font(bold=True, color="C00000")
    heads = ["Ref", "Action", "Action Owner", "Original Target Date", "Revised Target Date",
             "Previous RAG (Sep 25)", "Current RAG (Dec 25)", "Progress Update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 4
    for row in PSNI_ROWS:
        if row[0] == "S":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("2F5597")
        elif row[0] == "H":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c.fill = fill("D9E1F2")
            ws.row_dimensions[r].height = 32
        else:
            _, ref, act, owner, orig, rev, prev, cur, upd = row
            vals = [ref, act, owner, orig, rev, prev, cur, upd]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=5).font = Font(color="C00000")
            for col, val in ((6, prev), (7, cur)):
                c = ws.cell(row=r, column=col)
                c.fill = fill(rag_fill[val])
                c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates (in red) have been agreed by the Service Executive Team and reported to the Policing Board.")
    r += 2
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for row in PSNI_ROWS:
        if row[0] == "A":
            counts[row[7]] += 1
    for i, (k, label) in enumerate([("B", "Blue \u2013 complete"), ("G", "Green \u2013 on track"),
                                    ("A", "Amber \u2013 at risk"), ("R", "Red \u2013 off track")]):
        ws.cell(row=r + 1 + i, column=1, value=k).fill = fill(rag_fill[k])
        ws.cell(row=r + 1 + i, column=2, value=label)
        ws.cell(row=r + 1 + i, column=3, value=counts[k])
    ws.cell(row=r + 5, column=2, value="Total actions")
    ws.cell(row=r + 5, column=3, value=sum(counts.values()))
    widths = [8, 60, 30, 14, 14, 12, 12, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A4"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. NHS Fife - Annual Delivery Plan 2025/26, Q2 tracker (fill-only status)
# ---------------------------------------------------------------------------
FIFE_ROWS = [
    ("S", "Priority 1 \u2013 Urgent and Unscheduled Care"),
    ("A", "UUC-01", "Extend Flow Navigation Centre hours to 08:00\u201322:00, seven days a week, to support redirection to the most appropriate care.",
     "Director of Acute Services", "Q3 2025/26", GREEN, GREEN,
     "Extended hours recruited to; go-live 3 November 2025."),
    ("A", "UUC-02", "Reduce average length of stay in medical wards at Victoria Hospital by 0.5 days through Discharge without Delay.",
     "Director of Acute Services / Director of Health & Social Care", d(2026, 3, 1), AMBER, AMBER,
     "Length of stay reduced by 0.2 days; delayed discharges remain above trajectory."),
    ("A", "UUC-03", "Expand Hospital at Home to 50 virtual beds.",
     "Director of Health & Social Care", "Q2 2025/26", GREEN, BLUE,
     "50 beds operational from 1 September 2025."),
    ("S", "Priority 2 \u2013 Planned Care"),
    ("A", "PC-01", "Deliver additional orthopaedic theatre sessions at Queen Margaret Hospital to reduce waits over 52 weeks.",
     "Director of Acute Services", "Q4 2025/26", AMBER, RED,
     "Theatre staffing gaps; additional sessions paused in August and September."),
    ("A", "PC-02", "Roll out Active Clinical Referral Triage (ACRT) to dermatology, gastroenterology and urology.",
     "Medical Director", d(2025, 12, 31), GREEN, GREEN,
     "Dermatology and urology live; gastroenterology from December."),
    ("S", "Priority 3 \u2013 Mental Health"),
    ("A", "MH-01", "Meet the 18-week CAMHS referral to treatment standard for 90% of children and young people.",
     "Director of Health & Social Care", "Ongoing", AMBER, AMBER,
     "84% seen within 18 weeks in September 2025."),
    ("A", "MH-02", "Open the new Mental Health Assessment Unit at Queen Margaret Hospital.",
     "Director of Health & Social Care; Director of Property & Asset Management", "Q1 2025/26 (revised Q3 2025/26)", RED, AMBER,
     "Building works complete; staffing model agreed. Opening now planned for December 2025."),
    ("S", "Priority 4 \u2013 Workforce"),
    ("A", "WF-01", "Reduce supplementary nurse staffing spend on agency to zero, except in exceptional circumstances.",
     "Director of Nursing", "Q4 2025/26", GREEN, GREEN,
     "Agency use limited to theatres and critical care."),
    ("A", "WF-02", "Implement the Health and Care (Staffing) (Scotland) Act real-time staffing tool in all inpatient wards.",
     "Director of Nursing; Director of Workforce", d(2025, 9, 1), GREEN, BLUE,
     "Tool live in all inpatient wards."),
    ("A", "WF-03", "Launch the NHS Fife leadership development programme for Band 7 charge nurses.",
     "Director of Workforce", "Q4 2025/26", None, None,
     "Due to start January 2026."),
]


def make_fife(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "ADP Q2 Tracker"
    sm = wb.create_sheet("Summary")
    sm["A1"] = "NHS Fife Annual Delivery Plan 2025/26 \u2013 Quarter 2 Progress Summary"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A3"] = "Reported to the Public Health & Wellbeing Committee, 3 November 2025"
    heads = ["Priority", "Complete", "On track", "Some slippage", "Significant risk", "Not started", "Total"]
    for i, h in enumerate(heads, start=1):
        c = sm.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tally = []
    cur = None
    for row in FIFE_ROWS:
        if row[0] == "S":
            cur = [row[1], 0, 0, 0, 0, 0]
            tally.append(cur)
        else:
            q2 = row[6]
            idx = {BLUE: 1, GREEN: 2, AMBER: 3, RED: 4, None: 5}[q2]
            cur[idx] += 1
    r = 6
    for t in tally:
        for i, v in enumerate(t + [sum(t[1:])], start=1):
            sm.cell(row=r, column=i, value=v).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i in range(2, 8):
        sm.cell(row=r, column=i, value=sum(t[i - 1] for t in tally) if i < 7 else sum(sum(t[1:]) for t in tally))
    sm.column_dimensions["A"].width = 46

    ws["A1"] = "NHS Fife \u2013 Annual Delivery Plan 2025/26: Deliverables Tracker (Q2: July \u2013 September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Status key:"
    ws["A2"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage \u2013 recoverable"),
           (RED, "Significant risk to delivery"), (None, "No colour \u2013 not yet started")]
    col = 2
    for colour, label in key:
        c = ws.cell(row=2, column=col, value=label)
        if colour:
            c.fill = fill(colour)
        c.border = BOX
        col += 1
    heads = ["ADP Ref", "Deliverable", "Lead", "Target Date", "Q1 Status", "Q2 Status", "Q2 Update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for row in FIFE_ROWS:
        if row[0] == "S":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for ccol in range(1, 8):
                ws.cell(row=r, column=ccol).fill = fill("D9D9D9")
        else:
            _, ref, act, lead, target, q1, q2, upd = row
            for i, v in enumerate([ref, act, lead, target, None, None, upd], start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(row=r, column=4).number_format = "mmm-yy"
            if q1:
                ws.cell(row=r, column=5).fill = fill(q1)
            if q2:
                ws.cell(row=r, column=6).fill = fill(q2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: deliverables are drawn from the NHS Fife ADP 2025/26 approved by Scottish Government in April 2025. Q1 status is shown for comparison.")
    for i, w in enumerate([10, 62, 36, 18, 10, 10, 55]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.active = 0
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Monmouthshire CC - Strategic Risk Register 2025/26 (typo month -> refuse)
# ---------------------------------------------------------------------------
MON_RISKS = [
    ("SR1", "Risk that the council is unable to set a balanced budget over the medium term because of rising demand and cost pressures in social care, additional learning needs and home-to-school transport, leading to unplanned cuts to services.",
     "Medium Term Financial Plan gap of \u00a318.4m over 2026/27 to 2029/30; 2025/26 month 5 forecast overspend of \u00a33.1m.",
     "Likely", "Major", "High", "Medium",
     [("Deliver the 2025/26 budget recovery plan agreed by Cabinet in September 2025.", "Deputy Chief Executive and Chief Officer Resources", "March 2026", "Recovery actions worth \u00a31.9m identified; month 5 overspend reducing."),
      ("Refresh the Medium Term Financial Plan and present to Cabinet alongside draft 2026/27 budget proposals.", "Head of Finance", "January 2026", "Draft assumptions shared with Cabinet in October."),
      ("Review fees and charges against neighbouring authorities and full cost recovery.", "Head of Finance", "December 2025", "Review under way.")]),
    ("SR2", "Risk that the council cannot meet its statutory duty to provide sufficient placements for children looked after because of a lack of local provision, leading to children being placed out of county and increased cost.",
     "Number of children placed outside Monmouthshire has risen from 31 to 38 since April 2025.",
     "Almost certain", "Major", "High", "High",
     [("Open the second in-house children\u2019s residential home in partnership with Torfaen County Borough Council.", "Chief Officer Social Care, Safeguarding and Health", "Febuary 2026", "Registration application submitted to CIW in August 2025."),
      ("Increase the number of Foster Wales Monmouthshire foster carers by 10%.", "Head of Children\u2019s Services", "March 2026", "Six new carer households approved in Q1 and Q2."),
      ("Implement the Welsh Government eliminating profit transition plan for commissioned placements.", "Head of Commissioning", "31/03/2027", "Transition plan submitted to Welsh Government.")]),
    ("SR3", "Risk of a successful cyber attack on council systems because of increasing sophistication of threats, leading to loss of data and disruption to services.",
     "National Cyber Security Centre alerts; cyber incidents at other Welsh public bodies in 2024 and 2025.",
     "Possible", "Major", "High", "Medium",
     [("Complete the move to multi-factor authentication for all staff and elected member accounts.", "Chief Digital Officer (SRS)", "November 2025", "94% of accounts enrolled."),
      ("Run a cyber incident exercise with the Emergency Management Team.", "Emergency Planning Manager", "Q4 2025/26", "Exercise scheduled for February.")]),
]


def make_monmouthshire(path):
    wb = Workbook()
    key = wb.active
    key.title = "Risk Matrix"
    key["A1"] = "Risk level matrix (likelihood x impact)"
    key["A1"].font = Font(bold=True)
    lik = ["Almost certain", "Likely", "Possible", "Unlikely"]
    imp = ["Minor", "Moderate", "Major"]
    grid = [["Medium", "High", "High"], ["Medium", "High", "High"], ["Low", "Medium", "High"], ["Low", "Low", "Medium"]]
    for j, h in enumerate(imp, start=2):
        key.cell(row=3, column=j, value=h).font = Font(bold=True)
    colour = {"High": RED, "Medium": AMBER, "Low": GREEN}
    for i, l in enumerate(lik):
        key.cell(row=4 + i, column=1, value=l).font = Font(bold=True)
        for j, g in enumerate(grid[i], start=2):
            c = key.cell(row=4 + i, column=j, value=g)
            c.fill = fill(colour[g])
    key.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Monmouthshire County Council \u2013 Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 30 September 2025 (Quarter 2) \u2013 Governance and Audit Committee, 20 November 2025"
    top = ["Ref", "Risk", "Reason why identified", "Pre-mitigation", None, None,
           "Mitigating actions", "Responsibility holder", "Timescale", "Mitigation action progress", "Post-mitigation risk level"]
    sub = [None, None, None, "Likelihood", "Impact", "Risk level", None, None, None, None, None]
    for i, h in enumerate(top, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.alignment = WRAP
        c.border = BOX
    for i, h in enumerate(sub, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.border = BOX
    ws.merge_cells("D4:F4")
    for colx in ("A", "B", "C", "G", "H", "I", "J", "K"):
        ws.merge_cells(f"{colx}4:{colx}5")
    r = 6
    for ref, risk, why, li, im, pre, post, acts in MON_RISKS:
        first = r
        for a, who, when, prog in acts:
            for i, v in enumerate([a, who, when, prog], start=7):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        last = r - 1
        for i, v in enumerate([ref, risk, why, li, im, pre], start=1):
            c = ws.cell(row=first, column=i, value=v)
            c.alignment = WRAP
        ws.cell(row=first, column=11, value=post).alignment = WRAP
        ws.cell(row=first, column=6).fill = fill(colour[pre])
        ws.cell(row=first, column=11).fill = fill(colour[post])
        for colx in (1, 2, 3, 4, 5, 6, 11):
            if last > first:
                ws.merge_cells(start_row=first, start_column=colx, end_row=last, end_column=colx)
    r += 1
    ws.cell(row=r, column=1, value="Risks are scored using the council\u2019s Strategic Risk Management Policy (Cabinet, June 2025). See Risk Matrix tab.")
    for i, w in enumerate([6, 48, 36, 12, 10, 10, 48, 30, 14, 40, 12]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.active = 1
    wb.save(path)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Ysgol Gymraeg Aberystwyth - Estyn post-inspection action plan
# ---------------------------------------------------------------------------
YGA_RECS = [
    ("R1: Raise standards in pupils\u2019 extended writing in Welsh and English across the school", [
        ("1.1", "Audit the quality of extended writing in each class using a common moderation grid and agree whole-school priorities.", "Deputy Headteacher", "September 2025", "Release time \u2013 2 days", "Clear baseline for every class; priorities shared with all staff.", "Green"),
        ("1.2", "Introduce a whole-school approach to modelling and shared writing in Welsh, supported by Canolfan Peniarth resources.", "Welsh language leader", "Autumn term 2025", "\u00a31,200 resources; staff meeting time", "Learning walks show modelling in most classes; pupils use success criteria independently.", "Amber"),
        ("1.3", "Provide opportunities for pupils in Years 3 to 6 to write at length across the curriculum each half term.", "Literacy leader; class teachers", "Summer term 2026", "Planning time", "Book scrutiny shows regular extended writing in at least three Areas of Learning and Experience.", "Amber"),
    ]),
    ("R2: Ensure that teaching challenges more able pupils consistently", [
        ("2.1", "Deliver professional learning on questioning and challenge for all teachers and teaching assistants, with support from the Ceredigion school improvement team.", "Headteacher", "December 2025", "Ceredigion County Council challenge adviser", "All staff have attended; lesson observations show improved questioning.", "Green"),
        ("2.2", "Identify more able pupils in each class and plan extension tasks in mathematics and numeracy.", "Mathematics leader", "Ongoing", "None", "Tracking shows more able pupils achieving the higher progression steps.", "Amber"),
    ]),
    ("R3: Strengthen the role of the governing body in evaluating the school\u2019s work", [
        ("3.1", "Establish a standards sub-committee of governors that meets each half term to review progress against this plan.", "Chair of Governors", "October 2025", "Clerk time", "Minutes show governors asking challenging questions about progress.", "Green"),
        ("3.2", "Arrange for link governors to take part in learning walks and pupil voice activities.", "Chair of Governors and Headteacher", "Summer term 2026", "None", "Link governor reports presented to the full governing body each term.", "Amber"),
    ]),
    ("R4: Address the safeguarding issue raised during the inspection", [
        ("4.1", "Install a secure gate and fencing at the rear of the school field so that the site is secure during the school day.", "Headteacher and Ceredigion Property Services", "By 31 July 2025", "Council capital budget", "Site secure; inspection confirmed by local authority health and safety officer.", "Green"),
    ]),
]


def make_yga(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Ysgol Gymraeg Aberystwyth \u2013 Post-inspection Action Plan")
    run.bold = True
    run.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Cynllun Gweithredu \u00f4l-arolygiad")
    run.italic = True
    run.font.size = Pt(13)
    p = doc.add_paragraph("Estyn inspection: 10\u201313 March 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    rows = [("School", "Ysgol Gymraeg Aberystwyth"), ("Local authority", "Ceredigion County Council"),
            ("Headteacher", "Mrs Elen ap Dafydd"), ("Chair of governors", "Mr Rhodri Jenkins"),
            ("Plan approved by governing body", "12 June 2025")]
    for i, (a, b) in enumerate(rows):
        set_cell(info.rows[i].cells[0], a, bold=True)
        set_cell(info.rows[i].cells[1], b)

    doc.add_paragraph()
    doc.add_paragraph("Progress key").runs[0].bold = True
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (c, lab, hx) in enumerate([("Red", "Action not yet started", RED), ("Amber", "Action in progress", AMBER),
                                      ("Green", "Action completed", GREEN)]):
        set_cell(key.rows[i].cells[0], c, bold=True)
        shade(key.rows[i].cells[0], hx)
        set_cell(key.rows[i].cells[1], lab)

    doc.add_paragraph()
    doc.add_paragraph(
        "The governing body and Ceredigion County Council have prepared this plan to address the recommendations in the Estyn report. "
        "Progress will be reviewed by the standards sub-committee each half term and reported to the full governing body each term.")

    heads = ["No.", "Action", "Lead", "Timescale", "Resources / cost", "Success criteria", "Progress (RAG)"]
    rag = {"Red": RED, "Amber": AMBER, "Green": GREEN}
    for rec, acts in YGA_RECS:
        doc.add_paragraph()
        hp = doc.add_paragraph()
        hr = hp.add_run(rec)
        hr.bold = True
        hr.font.size = Pt(11)
        t = doc.add_table(rows=1 + len(acts), cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for j, (no, act, lead, when, res, sc, status) in enumerate(acts, start=1):
            cells = t.rows[j].cells
            for i, v in enumerate([no, act, lead, when, res, sc, status]):
                set_cell(cells[i], v)
            shade(cells[6], rag[status])
    doc.add_paragraph()
    doc.add_paragraph("Signed: Chair of Governors ____________________   Headteacher ____________________")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Ballyholme Primary School - ETI inspection action plan (one big table)
# ---------------------------------------------------------------------------
BPS_AREAS = [
    ("Area for improvement 1: To improve the consistency of the use of assessment information by teachers to plan learning that meets the needs of all children, particularly in numeracy.", [
        ("Provide whole-staff training on analysing standardised test data (PTE/PTM) and using it to group children for numeracy.", "Principal; Numeracy Co-ordinator", "Two staff development days", "By end of Term 1 (December 2025)", "All teachers use data to form flexible groups; evident in planners.", GREEN),
        ("Introduce half-termly pupil progress meetings between class teachers and the Senior Leadership Team.\nMeetings to focus on children not making expected progress.", "Vice-Principal", "Substitute cover \u2013 \u00a32,400", "September 2025 \u2013 June 2026", "Notes of meetings show actions for identified children followed through.", AMBER),
        ("Review the numeracy scheme of work for Key Stage 2 so that planning builds on prior assessment.", "Mrs A Patterson (Numeracy Co-ordinator)", "Co-ordinator release time", "31/01/2026", "Revised scheme in use; monitoring of planners shows differentiation.", None),
    ]),
    ("Area for improvement 2: To develop further the use of the children\u2019s views to inform improvements in learning and teaching.", [
        ("Re-establish the School Council with representatives from P3 to P7 and agree a termly focus on learning.", "Vice-Principal", "None", "October 2025", "School Council minutes show children\u2019s views on learning being discussed.", GREEN),
        ("Carry out a pupil survey on learning and teaching and share the findings with staff and governors.", "Principal and Board of Governors", "Online survey tool", "March 2026", "Survey findings reported to governors; actions agreed.", AMBER),
        ("Introduce learning conversations in each class at the end of each topic.", "All teaching staff", "None", "Ongoing", "Children can talk about what helped them learn.", AMBER),
    ]),
    ("Area for improvement 3: To ensure that the safeguarding policy and procedures are updated to reflect current Department of Education guidance.", [
        ("Update the Child Protection and Safeguarding Policy in line with DE Circular 2020/07 and have it ratified by the Board of Governors.", "Designated Teacher; Chair of Board of Governors", "EA Child Protection Support Service", "30/09/2025", "Policy ratified and published on school website.", GREEN),
        ("Deliver refresher safeguarding training for all staff, including ancillary and supervisory staff.", "Designated Teacher", "EA CPSS training", "November 2025", "Training register shows 100% attendance.", RED),
    ]),
]


def make_ballyholme(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Ballyholme Primary School \u2013 ETI Inspection Action Plan 2025-26")
    run.bold = True
    run.font.size = Pt(14)
    p = doc.add_paragraph()
    run = p.add_run("Action plan to address the areas for improvement identified in the Education and Training Inspectorate (ETI) inspection report, May 2025")
    run.italic = True
    doc.add_paragraph("Prepared by the Principal and Senior Leadership Team and approved by the Board of Governors on 17 September 2025. "
                      "Progress will be reported to the Board of Governors each term and shared with the ETI District Inspector.")
    doc.add_paragraph("Progress is shown by colour in the final column: Green \u2013 achieved; Amber \u2013 in progress; Red \u2013 behind schedule; no colour \u2013 not started.")

    heads = ["Actions to be taken", "Person(s) responsible", "Resources", "Timescale", "Success criteria", "Progress"]
    nrows = 1 + sum(1 + len(a) for _, a in BPS_AREAS)
    t = doc.add_table(rows=nrows, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    r = 1
    for area, acts in BPS_AREAS:
        row = t.rows[r]
        merged = row.cells[0].merge(row.cells[len(heads) - 1])
        set_cell(merged, area, bold=True)
        shade(merged, "F2F2F2")
        r += 1
        for act, who, res, when, sc, colour in acts:
            cells = t.rows[r].cells
            for i, v in enumerate([act, who, res, when, sc, ""]):
                set_cell(cells[i], v)
            if colour:
                shade(cells[5], colour)
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("Monitoring: the Principal will monitor progress through learning walks, planner and book scrutiny each half term.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Salvation Army Eagle Lodge - Care Inspectorate improvement plan (CSV)
# ---------------------------------------------------------------------------
EAGLE_HEAD = ["Ref", "Requirement / Area for Improvement", "Action", "Responsible", "Target Date", "RAG", "Update"]
EAGLE_ROWS = [
    ["R1.1", "Requirement 1 \u2013 By 31 October 2025, the provider must ensure that people\u2019s nutrition and hydration needs are met. To do this, the provider must ensure accurate food and fluid records are kept and reviewed daily.",
     "Introduce a daily check of food and fluid charts at the 11:00 safety huddle.\nSenior carer on each shift to sign off charts before handover.", "Home Manager / Senior Carers", "31/10/2025", "C",
     "In place since 1 September. Audit of 20 charts in October found all complete."],
    ["R1.2", "", "Provide MUST and hydration training for all care staff.", "Training Coordinator", "Oct-25", "C", "32 of 34 staff trained; 2 on long-term leave."],
    ["R1.3", "", "Review the dining experience on each floor using the Care Inspectorate mealtime observation tool.", "Depute Manager", "30/11/25", "G", "First floor completed; ground floor booked for 18 November."],
    ["R2.1", "Requirement 2 \u2013 By 30 November 2025, the provider must ensure that medication is managed in a safe and effective manner, including \u2018as required\u2019 medication.",
     "Develop individual protocols for all \u2018as required\u2019 medication, agreed with the GP practice.", "Home Manager", "30/11/2025", "A",
     "Protocols in place for 21 of 30 residents. Awaiting GP review for the remainder."],
    ["R2.2", "", "Carry out weekly medication audits and share findings at team meetings.", "Depute Manager", "Ongoing", "G", "Weekly audits started 4 September."],
    ["AFI1.1", "Area for improvement 1 \u2013 To support people\u2019s wellbeing, the provider should ensure that people have opportunities to take part in meaningful activities, including outside the home.",
     "Develop a monthly activities planner with residents and families, including weekly trips out using the minibus.", "Activities Coordinator & Home Manager", "End of December 2025", "G",
     "Residents\u2019 meeting held 2 October; planner drafted."],
    ["AFI1.2", "", "Recruit volunteers from the Corps to support one-to-one activities for people who spend most of their time in their rooms.", "Chaplain", "March 2026", "R", "Recruitment not yet started due to chaplain vacancy."],
    ["AFI2.1", "Area for improvement 2 \u2013 The provider should ensure that personal plans reflect people\u2019s current needs and are reviewed at least every six months with the person and their representatives.",
     "Audit all personal plans and schedule six-monthly reviews in the electronic care planning system.", "Depute Manager", "31/01/2026", "A", "Audit 60% complete."],
]


def make_eagle(path):
    lines = [
        ["Eagle Lodge Care Home (The Salvation Army) \u2013 Care Inspectorate Improvement Plan"],
        ["Unannounced inspection 12 and 13 August 2025 \u2013 Edinburgh"],
        ["Updated: 7 November 2025"],
        [],
        EAGLE_HEAD,
    ] + EAGLE_ROWS + [
        [],
        ["RAG key: R = not progressing, A = in progress with some delay, G = on track, C = complete"],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)


# ---------------------------------------------------------------------------
# 7. SFRS Board rolling action log (tab-separated text export)
# ---------------------------------------------------------------------------
SFRS_HEAD = ["Minute Ref", "Action", "Action Owner", "Due Date", "RAG", "Update"]
SFRS_BLOCKS = [
    ("BOARD MEETING \u2013 27 MARCH 2025", [
        ["8.4", "Director of Finance and Contractual Services to bring the revised Capital Programme 2025-2030 to the Board following the Scottish Government capital allocation.", "Director of Finance and Contractual Services", "26/06/2025", "Blue", "Presented to the Board on 26 June 2025. Recommend closure."],
        ["10.2", "Provide the Board with an update on the Operational Strategy consultation timeline.", "Assistant Chief Officer, Director of Service Delivery", "September 2025", "Blue", "Update provided at the Strategy Day on 25 September 2025."],
    ]),
    ("BOARD MEETING \u2013 26 JUNE 2025", [
        ["7.3", "Circulate the HMFSI Service Delivery Area inspection action plan to Board members for comment.", "Deputy Chief Officer / Head of Corporate Governance", "31/07/2025", "Blue", "Circulated 24 July 2025."],
        ["9.1", "Present options for the replacement of the rural full-time station duty system to a future Board meeting.", "Assistant Chief Officer, Director of Service Delivery", "December 2025", "Green", "Options paper in preparation for 18 December Board."],
        ["11.5", "Arrange a Board development session on the Fire (Scotland) Act review of non-domestic fire safety.", "Board Support Manager", "TBC", "Amber", "Session postponed; awaiting Scottish Government consultation outcome."],
    ]),
    ("BOARD MEETING \u2013 25 SEPTEMBER 2025", [
        ["6.2", "Provide a breakdown of unwanted fire alarm signal (UFAS) call reductions by Local Senior Officer area.", "Head of Prevention and Protection", "Q3 2025/26", "Green", "Data being validated by Performance Management team."],
        ["8.1", "Bring the revised Strategic Risk Register, including the new climate adaptation risk, to the Audit and Risk Assurance Committee.", "Head of Corporate Governance", "October 2025", "Red", "Delayed to January 2026 ARAC due to risk workshop rescheduling."],
        ["8.6", "Report back on the fire appliance availability recovery plan, including retained duty system crewing.", "Assistant Chief Officer, Director of Training, Safety and Assurance; Head of Fleet", "March 2026", "Green", "Recovery plan approved by Senior Leadership Board on 4 November."],
        ["12.3", "Update the Board\u2019s Standing Orders to reflect the revised Scheme of Delegation.", "Board Support Manager", "18/12/2025", "Green", "Draft with Chair for review."],
    ]),
]


def make_sfrs(path):
    out = [
        "OFFICIAL",
        "Scottish Fire and Rescue Service Board \u2013 Rolling Action Log",
        "Position as at: 27 November 2025",
        "",
        "\t".join(SFRS_HEAD),
    ]
    for heading, rows in SFRS_BLOCKS:
        out.append(heading)
        for row in rows:
            out.append("\t".join(row))
    out += [
        "",
        "RAG key: Blue \u2013 task complete (to be removed once noted by the Board); Green \u2013 on schedule; Amber \u2013 rescheduled / date to be confirmed; Red \u2013 overdue",
        "Actions marked Blue will be removed from the log once noted by the Board.",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


FILES = {
    "wa-psni-hmicfrs-effectiveness-efficiency-vetting-standards-inspection-improvement-plan.xlsx": make_psni,
    "wa-nhs-fife-annual-delivery-plan-2025-26-q2-progress-tracker.xlsx": make_fife,
    "wa-monmouthshire-county-council-strategic-risk-register-2025-26-typo-month-refuse.xlsx": make_monmouthshire,
    "wa-ysgol-gymraeg-aberystwyth-estyn-post-inspection-action-plan.docx": make_yga,
    "wa-ballyholme-primary-school-eti-inspection-action-plan.docx": make_ballyholme,
    "wa-salvation-army-eagle-lodge-care-home-care-inspectorate-improvement-plan.csv": make_eagle,
    "wa-scottish-fire-and-rescue-service-board-rolling-action-log.txt": make_sfrs,
}


if __name__ == "__main__":
    for name, fn in FILES.items():
        assert name.startswith("wa-")
        fn(os.path.join(HERE, name))
        print("wrote", name)
