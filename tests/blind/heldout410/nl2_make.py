"""Build the seven nl2- blind test files (set heldout410).

Run:  /work/main/.venv/bin/python nl2_make.py
Writes the data files beside this script. The data below is also the source
of the expected readings (each action carries its cells as written and, kept
separate, the reading a person makes of them).
"""
import csv
import datetime as dt
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime


# ---------------------------------------------------------------------------
# 1. Pennine Care NHS FT - Board of Directors (Public) action log  (xlsx)
# ---------------------------------------------------------------------------
PENNINE_FILE = "nl2-pennine-care-nhsft-board-of-directors-public-action-log.xlsx"
PENNINE_TITLE = "Pennine Care NHS Foundation Trust – Board of Directors (Public) Action Log"
# meeting, minute ref, agenda item, action, owner(raw), owner(list), original due,
# revised due, update, fill/status, end, end_text
PENNINE_OPEN = [
    dict(meeting=D(2025, 3, 27), ref="BoD/25/031", item="Integrated Performance Report",
         action="Provide a deep dive into inappropriate out of area placements, including length of stay, cost and the trajectory to eliminate them by March 2026.",
         lead_raw="Chief Operating Officer", lead=["Chief Operating Officer"],
         orig=D(2025, 7, 31), rev=D(2025, 11, 27),
         update="Deep dive deferred to November Board to align with the winter plan and the revised bed modelling.",
         rag="amber", end="2025-11"),
    dict(meeting=D(2025, 5, 29), ref="BoD/25/058", item="Freedom to Speak Up Guardian Report",
         action="Include benchmarking against National Guardian's Office data and a breakdown of concerns by staff group in the next six-monthly report.",
         lead_raw="Director of Workforce / Freedom to Speak Up Guardian",
         lead=["Director of Workforce", "Freedom to Speak Up Guardian"],
         orig=D(2025, 11, 27), rev=None,
         update="Scheduled for November Board; 2024/25 national data received.",
         rag="green", end="2025-11"),
    dict(meeting=D(2025, 5, 29), ref="BoD/25/061", item="Patient Safety Incident Response Framework (PSIRF) update",
         action="Circulate the thematic review of restrictive practice incidents to Board members ahead of the Quality Committee seminar.",
         lead_raw="Medical Director; Director of Nursing, Quality and Professions",
         lead=["Medical Director", "Director of Nursing, Quality and Professions"],
         orig=D(2025, 8, 31), rev=D(2025, 9, 30),
         update="Thematic review not yet finalised – awaiting sign-off at Patient Safety Group on 14 October.",
         rag="red", end="2025-09"),
    dict(meeting=D(2025, 7, 31), ref="BoD/25/079", item="Finance Report – Month 3",
         action="Set out the recurrent and non-recurrent split of the cost improvement programme, with the risk-adjusted forecast, in the Month 6 report.",
         lead_raw="Director of Finance", lead=["Director of Finance"],
         orig=D(2025, 11, 27), rev=None,
         update="On track for inclusion in the Month 6 report.",
         rag="green", end="2025-11"),
    dict(meeting=D(2025, 7, 31), ref="BoD/25/084", item="Green Plan Annual Report",
         action="Confirm the timetable for replacing the remaining diesel fleet vehicles with electric vehicles and report back through the Estates and Sustainability Group.",
         lead_raw="Director of Strategy and Partnerships; Head of Estates",
         lead=["Director of Strategy and Partnerships", "Head of Estates"],
         orig=D(2026, 1, 29), rev=None,
         update="Fleet review commissioned; options appraisal expected in December.",
         rag="green", end="2026-01"),
    dict(meeting=D(2025, 9, 25), ref="BoD/25/097", item="Learning from Deaths Quarterly Report",
         action="Arrange a Board development session on learning from the deaths of people with a learning disability and autistic people (LeDeR).",
         lead_raw="Company Secretary", lead=["Company Secretary"],
         orig=D(2025, 12, 18), rev=None,
         update="",
         rag=None, end="2025-12"),
    dict(meeting=D(2025, 9, 25), ref="BoD/25/101", item="NHS Staff Survey Action Plan",
         action="Report progress against the sexual safety charter commitments to the People Committee.",
         lead_raw="Director of Workforce", lead=["Director of Workforce"],
         orig="Quarterly", rev=None,
         update="First quarterly report due at People Committee in December.",
         rag="green", end=None, end_text="Quarterly"),
]
PENNINE_CLOSED = [
    dict(meeting=D(2025, 1, 30), ref="BoD/25/009", item="Board Assurance Framework",
         action="Review the target risk score for BAF risk 3 (workforce supply) in light of the revised workforce plan.",
         lead_raw="Director of Workforce", lead=["Director of Workforce"],
         orig=D(2025, 3, 27), rev=D(2025, 5, 29),
         update="Target score reviewed and reduced from 12 to 9; approved by Board in May.",
         rag="blue", end="2025-05"),
    dict(meeting=D(2025, 3, 27), ref="BoD/25/036", item="Chair's Report – Quality Committee",
         action="Share the CQC Mental Health Act monitoring visit provider action statements with all non-executive directors.",
         lead_raw="Director of Nursing, Quality and Professions", lead=["Director of Nursing, Quality and Professions"],
         orig=D(2025, 4, 30), rev=None,
         update="Circulated by email on 22 April 2025.",
         rag="blue", end="2025-04"),
    dict(meeting=D(2025, 5, 29), ref="BoD/25/064", item="Emergency Preparedness, Resilience and Response (EPRR) Core Standards",
         action="Bring the EPRR self-assessment against the 2025 core standards to the September Board for approval before submission to NHS England.",
         lead_raw="Chief Operating Officer", lead=["Chief Operating Officer"],
         orig=D(2025, 9, 25), rev=None,
         update="Presented and approved at September Board (minute BoD/25/099).",
         rag="blue", end="2025-09"),
]

FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0"}


def build_pennine():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="top")
    cols = ["Meeting date", "Minute ref", "Agenda item", "Action", "Action owner",
            "Original due date", "Revised due date", "Progress update", "RAG"]
    widths = [13, 12, 26, 52, 30, 13, 13, 45, 8]

    def sheet(ws, subtitle, rows, closed):
        ws["A1"] = PENNINE_TITLE
        ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
        ws.merge_cells("A1:I1")
        ws["A2"] = subtitle
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:I2")
        ws["A4"] = ("RAG key:  Red = overdue / no progress   Amber = in progress, due date at risk   "
                    "Green = on track   Blue = complete – proposed for closure")
        ws.merge_cells("A4:I4")
        hr = 6
        for ci, name in enumerate(cols, start=1):
            c = ws.cell(row=hr, column=ci, value=name)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = head_fill
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = border
        for ci, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + ci)].width = w
        r = hr + 1
        for a in rows:
            vals = [a["meeting"], a["ref"], a["item"], a["action"], a["lead_raw"],
                    a["orig"], a["rev"], a["update"], "Complete" if closed else None]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["rag"]:
                ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=FILL[a["rag"]])
            r += 1
        r += 1
        ws.cell(row=r, column=1, value=(
            "Note: actions marked Blue are proposed for closure at this meeting and move to the "
            "Closed actions tab once agreed." if not closed else
            "Closed actions are retained for 12 months for audit purposes."))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.freeze_panes = "A7"

    ws = wb.active
    ws.title = "Open actions"
    sheet(ws, "Open actions – updated following the meeting held on 25 September 2025", PENNINE_OPEN, False)
    ws2 = wb.create_sheet("Closed actions")
    sheet(ws2, "Actions closed by the Board during 2025/26", PENNINE_CLOSED, True)
    wb.save(os.path.join(HERE, PENNINE_FILE))


# ---------------------------------------------------------------------------
# 2. Walsall Council - Strategic Risk Register Q2 2025/26  (xlsx)
# ---------------------------------------------------------------------------
WALSALL_FILE = "nl2-walsall-council-strategic-risk-register-q2-2025-26.xlsx"
WALSALL_TITLE = "Walsall Council – Strategic Risk Register"
WALSALL_RISKS = [
    dict(risk="SR01 – Financial resilience",
         desc="Failure to set a balanced budget for 2026/27 and maintain a sustainable medium term financial outlook, leading to unplanned service reductions or the need to issue a section 114 notice.",
         owner="Executive Director – Resources & Transformation", score="4 x 5 = 20", sfill="FF0000",
         target="3 x 4 = 12", dot="↔ No change",
         actions=[
             dict(action="Deliver the 2025/26 savings programme of £18.4m, with monthly tracking of red-rated savings at Corporate Management Team.",
                  lead_raw="Director of Finance (S151 Officer)", lead=["Director of Finance (S151 Officer)"],
                  date=D(2026, 3, 31), progress="£13.1m delivered or on track; £2.2m rated red with alternative savings being identified.",
                  st="A", end="2026-03"),
             dict(action="Complete the budget consultation and present the draft 2026/27 budget and medium term financial outlook to Cabinet.",
                  lead_raw="Director of Finance (S151 Officer) / Head of Policy and Strategy",
                  lead=["Director of Finance (S151 Officer)", "Head of Policy and Strategy"],
                  date=D(2025, 12, 10), progress="Consultation opened 1 October; closes 12 November.",
                  st="G", end="2025-12"),
         ]),
    dict(risk="SR02 – Children's social care placement sufficiency",
         desc="Continued growth in the number and cost of external placements for children in care exceeds the budget and the local sufficiency of suitable homes.",
         owner="Executive Director – Children's Services", score="4 x 4 = 16", sfill="FF0000",
         target="3 x 4 = 12", dot="↑ Increasing",
         actions=[
             dict(action="Open two further in-house children's homes under the Residential Sufficiency Plan.",
                  lead_raw="Director of Children's Social Care", lead=["Director of Children's Social Care"],
                  date=D(2026, 6, 30), progress="Planning permission granted for the first home; registration application submitted to Ofsted.",
                  st="G", end="2026-06"),
             dict(action="Review every placement costing more than £8,000 a week at the monthly High Cost Placement Panel.",
                  lead_raw="Head of Service – Access & Resources", lead=["Head of Service – Access & Resources"],
                  date="Monthly", progress="Panel established July 2025; 14 placements reviewed in Q2 with 3 step-downs agreed.",
                  st="G", end=None, end_text="Monthly"),
         ]),
    dict(risk="SR03 – Cyber security",
         desc="A successful cyber attack results in the loss of systems or data, disrupting service delivery and causing financial and reputational harm.",
         owner="Chief Digital Officer", score="3 x 5 = 15", sfill="FF0000",
         target="2 x 5 = 10", dot="↔ No change",
         actions=[
             dict(action="Complete the Cyber Assessment Framework (CAF) for local government self-assessment and agree an improvement plan for outcomes not yet achieved.",
                  lead_raw="Chief Digital Officer", lead=["Chief Digital Officer"],
                  date=D(2026, 1, 31), progress="Gap analysis completed; 6 of 14 outcomes achieved.",
                  st="A", end="2026-01"),
             dict(action="Roll out phishing-resistant multi-factor authentication to all remaining privileged accounts.",
                  lead_raw="Head of ICT Infrastructure", lead=["Head of ICT Infrastructure"],
                  date=D(2025, 9, 30), progress="Completed 26 September 2025.",
                  st="B", end="2025-09"),
             dict(action="Hold a cyber incident exercise with Corporate Management Team and test the ICT disaster recovery plan.",
                  lead_raw="Emergency Planning Manager; Head of ICT Infrastructure",
                  lead=["Emergency Planning Manager", "Head of ICT Infrastructure"],
                  date=D(2025, 11, 28), progress="Exercise booked for 19 November with the Local Government Association.",
                  st="G", end="2025-11"),
         ]),
    dict(risk="SR04 – Homelessness and temporary accommodation",
         desc="Rising demand for homelessness support and temporary accommodation, and reliance on bed and breakfast, increases costs and harms outcomes for families.",
         owner="Executive Director – Economy, Environment & Communities", score="4 x 4 = 16", sfill="FF0000",
         target="3 x 3 = 9", dot="↓ Reducing",
         actions=[
             dict(action="Secure 40 additional units of council-leased temporary accommodation to reduce the use of bed and breakfast.",
                  lead_raw="Head of Housing Options", lead=["Head of Housing Options"],
                  date=D(2026, 3, 31), progress="22 units secured to date; a further 9 in legal completion.",
                  st="A", end="2026-03"),
             dict(action="Refresh the Homelessness and Rough Sleeping Strategy and take it to Cabinet for approval.",
                  lead_raw="Head of Housing Options", lead=["Head of Housing Options"],
                  date="December 2025", progress="Consultation delayed pending new government guidance; revised timetable to be agreed.",
                  st="R", end="2025-12"),
         ]),
]
ST_MAP = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_walsall():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = WALSALL_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Quarter 2 2025/26 – position at 30 September 2025"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "2.0 (Q2 update)"),
          ("Register owner", "Corporate Management Team"),
          ("Prepared by", "Risk and Insurance Manager"),
          ("Reviewed by CMT", "14 October 2025"),
          ("Reported to", "Audit Committee – 17 November 2025"),
          ("Next review", "Quarter 3 (January 2026)")]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = border
    cov["A12"] = "Risk scoring"
    cov["A12"].font = Font(bold=True)
    keys = [("15 – 25", "High", "FF0000"), ("8 – 12", "Medium", "FFC000"), ("1 – 6", "Low", "00B050")]
    for i, (s, lab, col) in enumerate(keys, start=13):
        cov.cell(row=i, column=1, value=s)
        c = cov.cell(row=i, column=2, value=lab)
        c.fill = PatternFill("solid", fgColor=col)
    cov["A16"] = "Score = Likelihood (1–5) x Impact (1–5)"
    cov["A18"] = "Action status"
    cov["A18"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – recoverable"),
                                ("R", "Significant slippage or overdue")], start=19):
        cov.cell(row=i, column=1, value=k)
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 40

    ws = wb.create_sheet("SRR Q2 2025-26")
    ws["A1"] = "Strategic Risk Register – Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    cols = ["Risk", "Risk description", "Risk owner", "Current score (L x I)", "Target score",
            "Direction of travel", "Further mitigating actions", "Action owner", "Target date",
            "Q2 progress", "Action status"]
    widths = [24, 40, 24, 11, 11, 12, 48, 28, 12, 40, 9]
    for ci, name in enumerate(cols, start=1):
        c = ws.cell(row=3, column=ci, value=name)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="5B2C6F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
        ws.column_dimensions[chr(64 + ci)].width = widths[ci - 1]
    r = 4
    for rk in WALSALL_RISKS:
        n = len(rk["actions"])
        top = r
        for col, v in zip(range(1, 7), [rk["risk"], rk["desc"], rk["owner"], rk["score"], rk["target"], rk["dot"]]):
            c = ws.cell(row=top, column=col, value=v)
            c.alignment = wrap
            if col == 1:
                c.font = Font(bold=True)
        ws.cell(row=top, column=4).fill = PatternFill("solid", fgColor=rk["sfill"])
        for a in rk["actions"]:
            vals = [a["action"], a["lead_raw"], a["date"], a["progress"], a["st"]]
            for ci, v in zip(range(7, 12), vals):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for ci in range(1, 12):
                ws.cell(row=r, column=ci).border = border
            r += 1
        if n > 1:
            for col in range(1, 7):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, WALSALL_FILE))


# ---------------------------------------------------------------------------
# 3. Dartford CSP - Partnership Action Plan 2025-26  (xlsx, refuse)
# ---------------------------------------------------------------------------
DARTFORD_FILE = "nl2-dartford-csp-community-safety-action-plan-2025-26-typo-month-refuse.xlsx"
DARTFORD_TITLE = "Dartford Community Safety Partnership – Partnership Action Plan 2025-26"
DARTFORD = [
    ("Priority 1: Anti-social behaviour and neighbourhood crime", [
        ("1.1", "Hold quarterly multi-agency ASB days of action in the town centre and Temple Hill, focusing on the hotspots identified by the CSP analyst.",
         "Dartford Borough Council – Community Safety", "Kent Police; Moat Homes; Kent Fire and Rescue Service", "March 2026",
         "Four days of action held; reduction in repeat ASB calls in target areas", "Two days of action held (June, September).", "Green"),
        ("1.2", "Use Community Protection Warnings and Notices consistently, with a single case log shared between the council and Kent Police.",
         "Kent Police – Dartford Community Safety Unit", "Dartford Borough Council", "September 2025",
         "Shared log in use; all CPWs reviewed at the monthly ASB panel", "Shared log live from 1 August 2025.", "Complete"),
        ("1.3", "Extend town centre CCTV coverage to Central Park and the Orchard Theatre area.",
         "Dartford Borough Council – CCTV Manager", "Kent Police", "December 2025",
         "Additional cameras installed and monitored", "Cameras procured; installation awaiting power connection.", "Amber"),
    ]),
    ("Priority 2: Violence against women and girls (VAWG)", [
        ("2.1", "Deliver the Safe Night Out scheme with licensed premises, including Ask for Angela and vulnerability training for door staff.",
         "Dartford Borough Council – Licensing", "Kent Police; Dartford Town Centre Partnership", "November 2025",
         "All late-night venues signed up; training delivered to 60 door staff", "14 of 17 venues signed up.", "Green"),
        ("2.2", "Promote the Kent and Medway domestic abuse services directory through GP surgeries, pharmacies and community hubs.",
         "Dartford Borough Council – Community Safety", "NHS Kent and Medway; Choices Domestic Abuse Service", "January 2026",
         "Directory displayed in all GP surgeries and hubs", "Materials printed; distribution under way.", "Green"),
        ("2.3", "Carry out a women's safety walk and audit of the route between Dartford station and the town centre, and act on the findings.",
         "Dartford Borough Council – Community Safety", "Kent Police; Network Rail; Kent County Council Highways", "Febuary 2026",
         "Audit completed and improvements agreed", "Walk arranged with Dartford Women's Forum for November.", "Amber"),
    ]),
    ("Priority 3: Serious violence and exploitation", [
        ("3.1", "Deliver the Dartford actions in the Kent and Medway Serious Violence Duty strategy, including knife crime awareness sessions in every secondary school.",
         "Kent Police", "Kent Violence Reduction Unit; Dartford secondary schools", "July 2026",
         "Sessions delivered in all 9 secondary schools", "Sessions delivered in 4 schools.", "Green"),
        ("3.2", "Identify young people at risk of criminal exploitation through the Dartford Exploitation Panel and refer them to the Violence Reduction Unit navigator programme.",
         "Kent County Council – Integrated Children's Services", "Kent Police; Dartford Borough Council", "Ongoing",
         "Referrals made; outcomes tracked by the panel", "11 young people referred in Q1–Q2.", "Green"),
    ]),
    ("Priority 4: Road safety", [
        ("4.1", "Run Community Speedwatch campaigns with volunteers in Wilmington, Sutton-at-Hone and Bean.",
         "Kent Police", "Parish councils; Dartford Borough Council", "March 2026",
         "Campaigns held in all three villages", "Wilmington and Bean completed.", "Green"),
        ("4.2", "Deliver the Biker Down motorcycle first-aid course for local riders.",
         "Kent Fire and Rescue Service", "Kent Police", "October 2025",
         "Two courses delivered", "Courses delivered 7 June and 13 September 2025.", "Complete"),
    ]),
]
RAG_FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}


def build_dartford():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2025-26"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = DARTFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Owner: Dartford CSP Executive Group   |   Last updated: 14 October 2025 (Quarter 2)"
    ws.merge_cells("A2:H2")
    cols = ["Ref", "Action", "Lead partner", "Supporting partners", "Target date",
            "Measure of success", "Q2 update", "RAG"]
    widths = [6, 52, 30, 30, 14, 34, 36, 10]
    for ci, name in enumerate(cols, start=1):
        c = ws.cell(row=4, column=ci, value=name)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="003366")
        c.border = border
        ws.column_dimensions[chr(64 + ci)].width = widths[ci - 1]
    r = 5
    rows = {}
    for prio, acts in DARTFORD:
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            for ci, v in enumerate(a, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = wrap
                c.border = border
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=RAG_FILL[a[7]])
            rows[a[0]] = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Green – on track; Amber – some delay; Red – significant risk to delivery; Complete – action delivered")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(os.path.join(HERE, DARTFORD_FILE))
    return rows


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _landscape(doc):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def _set_cell(cell, text, bold=False):
    """Write text; inner '\n' become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 4. Bradford District Care NHS FT - SAR Adult J single agency action plan (docx)
# ---------------------------------------------------------------------------
BDCFT_FILE = "nl2-bradford-district-care-nhsft-sar-adult-j-single-agency-action-plan.docx"
BDCFT_TITLE = "Safeguarding Adults Review – Adult J: Single Agency Action Plan"
BDCFT = [
    ("Theme 1: Self-neglect and engagement", [
        ("SAR Recommendation 1: BSAB partners should ensure that practitioners apply the multi-agency self-neglect guidance, including timely escalation when an adult repeatedly declines care and support.", [
            ("1.1", "Deliver self-neglect and hoarding training to all Community Mental Health Team staff, using the learning from Adult J as a case study.",
             "Named Nurse – Safeguarding Adults", ["Named Nurse – Safeguarding Adults"], "31/03/2025", "2025-03", None,
             "Training delivered to 212 staff (94%). Attendance records held by Learning and Development.", "Complete"),
            ("1.2", "Add a prompt to the SystmOne care plan template requiring a documented self-neglect risk assessment after three declined visits.\nAudit use of the prompt in 30 records after three months.",
             "Clinical Systems Lead / Head of Safeguarding", ["Clinical Systems Lead", "Head of Safeguarding"], "June 2025", "2025-06", None,
             "Template change live 2 May 2025. Audit in progress – 21 of 30 records reviewed.", "Amber"),
        ]),
        ("SAR Recommendation 2: BSAB partners should review how they respond when an adult who self-neglects is discharged for non-engagement.", [
            ("2.1", "Revise the Trust's Did Not Attend and Was Not Brought policy so that no adult open to secondary care mental health services is discharged for non-engagement without a multidisciplinary risk review.",
             "Associate Director of Nursing (Quality)", ["Associate Director of Nursing (Quality)"], "30/09/2025", "2025-09", None,
             "Revised policy approved by Clinical Policy Group on 23 September 2025.", "Complete"),
        ]),
    ]),
    ("Theme 2: Mental capacity and professional curiosity", [
        ("SAR Recommendation 3: BSAB partners should seek assurance that mental capacity assessments are carried out and recorded where there is reason to doubt an adult’s capacity to make decisions about their care and accommodation.", [
            ("3.1", "Carry out a quarterly audit of Mental Capacity Act assessments in community mental health and older people’s services and report the findings to the Trust Safeguarding Committee.",
             "Mental Capacity Act Lead", ["Mental Capacity Act Lead"], "Sept 2025 – March 2026", "2026-03", "Sept 2025 – March 2026",
             "First quarter audit completed: 68% of assessments decision-specific.", "Amber"),
            ("3.2", "Introduce reflective practice sessions on executive capacity and professional curiosity for band 6 and 7 practitioners.",
             "Head of Safeguarding", ["Head of Safeguarding"], "Dec 2025", "2025-12", None,
             "Session plan agreed with Psychological Therapies; first sessions booked for November.", "On track"),
        ]),
    ]),
    ("Theme 3: Transitions between services and information sharing", [
        ("SAR Recommendation 4: BSAB partners should strengthen information sharing when an adult moves between services or between local authority areas.", [
            ("4.1", "Agree a transfer of care protocol with Bradford Teaching Hospitals and Airedale NHS Foundation Trust for adults with identified safeguarding risks.",
             "Deputy Director of Operations – Community", ["Deputy Director of Operations – Community"], "30/11/2025", "2025-11", None,
             "Draft protocol shared with both acute trusts for comment.", "On track"),
            ("4.2", "Ensure safeguarding alerts on the electronic patient record are reviewed at every transfer between teams.",
             "Named Nurse – Safeguarding Adults / Service Manager, Community Mental Health Teams",
             ["Named Nurse – Safeguarding Adults", "Service Manager, Community Mental Health Teams"], "April 2026", "2026-04", None,
             "", "Not started"),
        ]),
        ("SAR Recommendation 5: BSAB should be assured that partners share learning from this review across their organisations.", [
            ("5.1", "Publish a seven-minute briefing on Adult J and cascade it through team meetings, the safeguarding newsletter and the Trust intranet.",
             "Head of Safeguarding", ["Head of Safeguarding"], "31/05/2025", "2025-05", None,
             "Briefing published 14 May 2025; cascaded to all care groups.", "Complete"),
        ]),
    ]),
]
BDCFT_STATUS = {"Complete": "blue", "Amber": "amber", "On track": "green", "Not started": "unrated",
                "Green": "green", "Red": "red"}


def build_bdcft():
    import docx
    from docx.shared import Pt, RGBColor

    doc = docx.Document()
    _landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Bradford District Care NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    doc.add_heading(BDCFT_TITLE, level=0)
    for line in ["Review commissioned by: Bradford Safeguarding Adults Board (BSAB)",
                 "Overview report published: 18 February 2025",
                 "Plan owner: Director of Nursing, Professions and Care Standards",
                 "Monitored by: Trust Safeguarding Committee (bi-monthly) and the BSAB SAR Subgroup"]:
        doc.add_paragraph(line)
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        _set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("0.1", "10/03/2025", "Head of Safeguarding", "First draft following SAR publication"),
                ("1.0", "02/04/2025", "Head of Safeguarding", "Approved by Trust Safeguarding Committee"),
                ("1.3", "08/10/2025", "Named Nurse – Safeguarding Adults", "Q2 progress update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            _set_cell(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating: Complete – action delivered and evidenced; On track – progressing to timescale; "
                      "Amber – at risk of delay; Red – overdue; Not started – not yet due to start.")
    for theme, recs in BDCFT:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells
            m = top[0].merge(top[5])
            _set_cell(m, rec, bold=True)
            _shade(m, "DEEAF6")
            for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]):
                _set_cell(t.rows[1].cells[i], h, bold=True)
            for a in acts:
                ref, action, lead_raw, _lead, when, _end, _et, prog, rag = a
                cells = t.add_row().cells
                for i, v in enumerate([ref, action, lead_raw, when, prog, rag]):
                    _set_cell(cells[i], v)
            doc.add_paragraph()
    doc.add_paragraph("Evidence for completed actions is held on the Safeguarding Team SharePoint site and "
                      "will be provided to the BSAB SAR Subgroup on request.")
    doc.save(os.path.join(HERE, BDCFT_FILE))


# ---------------------------------------------------------------------------
# 5. Wirral CSP - DHR 'Eleanor' action plan  (docx, Home Office template)
# ---------------------------------------------------------------------------
WIRRAL_FILE = "nl2-wirral-csp-dhr-eleanor-action-plan.docx"
WIRRAL_TITLE = "Domestic Homicide Review ‘Eleanor’ – Action Plan"
# rag: fill colour in the RAG cell (no text). Key: Green = complete.
WIRRAL = [
    ("1. Wirral Community Safety Partnership to seek assurance that partner agencies routinely ask about domestic abuse when an adult presents with depression or anxiety.", "Local", [
        ("Audit a sample of 50 primary care consultations for depression or anxiety to check whether routine enquiry about domestic abuse was made and recorded.",
         "NHS Cheshire and Merseyside ICB (Wirral Place)", "Audit tool agreed with GP safeguarding leads (November 2024)", "31/03/2025",
         "Audit completed February 2025: routine enquiry recorded in 38% of consultations. Re-audit planned for 2026.", "green", "2025-03"),
        ("Deliver IRIS domestic abuse training to GP practices in the two primary care networks with the lowest referral rates.",
         "NHS Cheshire and Merseyside ICB (Wirral Place)", "Training dates agreed with both PCNs", "September 2025",
         "", "amber", "2025-09"),
    ]),
    ("2. Merseyside Police to review how officers record and act on third-party reports of domestic abuse.", "Local", [
        ("Issue a briefing to all Wirral response and neighbourhood officers on recording third-party reports and completing a DASH risk assessment with the victim.",
         "Merseyside Police", "Briefing approved by the Public Protection Unit", "June 2024",
         "Briefing issued 20 June 2024 and added to the force intranet.", "green", "2024-06"),
        ("Include third-party reports in the force's quarterly domestic abuse quality audit.",
         "Merseyside Police", "Audit criteria revised", "December 2025",
         "", "amber", "2025-12"),
    ]),
    ("3. Wirral University Teaching Hospital NHS Foundation Trust to strengthen the Emergency Department’s response when patients disclose domestic abuse.", "Local", [
        ("Embed a hospital Independent Domestic Violence Advisor (IDVA) in the Emergency Department five days a week.",
         "Wirral University Teaching Hospital NHS FT", "Funding agreed with the Domestic Abuse Partnership Board", "31/10/2024",
         "IDVA in post from 1 October 2024; 47 referrals in the first six months.", "green", "2024-10"),
        ("Add a mandatory routine enquiry question on domestic abuse to the Emergency Department electronic record.",
         "Wirral University Teaching Hospital NHS FT", "Change request submitted to the EPR team", "March 2026",
         "", "amber", "2026-03"),
    ]),
    ("4. Wirral Council to ensure that carers’ assessments consider the risk of domestic abuse where the carer is also the partner of the person receiving care.", "Local", [
        ("Revise the carer’s assessment template to include a domestic abuse prompt and the referral pathway to the MARAC.",
         "Wirral Council – Adult Social Care", "Revised template drafted", "January 2025",
         "Template drafted; change to the case management system delayed by the system upgrade.", "red", "2025-01"),
        ("Deliver briefing sessions on domestic abuse in older couples to social workers and commissioned carers’ support providers.",
         "Wirral Council – Adult Social Care", "Sessions scheduled", "November 2025",
         "", "amber", "2025-11"),
    ]),
    ("5. The Home Office to consider national guidance on recognising coercive and controlling behaviour in older couples.", "National", [
        ("Chair of Wirral Community Safety Partnership to write to the Home Office setting out the learning from this review on coercive control in older couples.",
         "Wirral Community Safety Partnership", "Letter drafted with the independent chair", "August 2024",
         "Letter sent 5 August 2024; acknowledgement received.", "green", "2024-08"),
    ]),
]
WIRRAL_STATUS = {"green": "blue", "amber": "amber", "red": "red"}  # per the document's key
WIRRAL_FILL = {"green": "92D050", "amber": "FFC000", "red": "FF0000"}


def build_wirral():
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    _landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Wirral Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(WIRRAL_TITLE, level=1)
    doc.add_paragraph("Overview report approved by the Home Office Quality Assurance Panel: 9 July 2024. "
                      "Action plan last reviewed by the DHR Oversight Group: 15 October 2025.")
    doc.add_paragraph("RAG status key: Green – action complete; Amber – action in progress; Red – action overdue.")
    hdr = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        _set_cell(t.rows[0].cells[i], h, bold=True)
        _shade(t.rows[0].cells[i], "D9D9D9")
    for rec, scope, acts in WIRRAL:
        first = None
        for a in acts:
            action, lead, milestone, target, outcome, rag, _end = a
            row = t.add_row()
            cells = row.cells
            if first is None:
                first = row
                _set_cell(cells[0], rec)
                _set_cell(cells[1], scope)
            for i, v in zip(range(2, 7), [action, lead, milestone, target, outcome]):
                _set_cell(cells[i], v)
            _shade(cells[7], WIRRAL_FILL[rag])
        last = t.rows[-1]
        if last is not first:
            for col in (0, 1):
                first.cells[col].merge(last.cells[col])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this action plan is reported to the Wirral Community Safety Partnership "
                      "Board quarterly. Actions will be closed only when evidence of completion has been received.")
    doc.save(os.path.join(HERE, WIRRAL_FILE))


# ---------------------------------------------------------------------------
# 6. Chelsea and Westminster Hospital NHS FT - maternity and neonatal 3YDP tracker (csv)
# ---------------------------------------------------------------------------
CW_FILE = "nl2-chelsea-and-westminster-hospital-nhsft-maternity-neonatal-three-year-delivery-plan-tracker.csv"
CW_TITLE = "Chelsea and Westminster Hospital NHS Foundation Trust – Maternity and Neonatal Three Year Delivery Plan: Trust Progress Tracker"
T1 = "Theme 1: Listening to and working with women and families with compassion"
T2 = "Theme 2: Growing, retaining, and supporting our workforce"
T3 = "Theme 3: Developing and sustaining a culture of safety, learning, and support"
T4 = "Theme 4: Meeting and improving standards and structures that underpin our national ambition"
# theme, objective, ref, action, lead_raw, lead, target, revised, progress, brag, end, end_text
CW = [
    (T1, "Objective 1: Care that is personalised", "1.1.1",
     "Offer every woman a personalised care and support plan at booking and review it at 28 and 36 weeks.",
     "Consultant Midwife (Public Health); Digital Midwife", ["Consultant Midwife (Public Health)", "Digital Midwife"],
     "31/03/2025", "30/09/2025", "Personalised care plan live in the electronic record; 87% of women booked in Q2 had a plan.", "B", "2025-09", None),
    (T1, "Objective 1: Care that is personalised", "1.1.2",
     "Audit uptake of personalised care plans by ethnicity and deprivation quintile and act on the gaps found.",
     "Quality Improvement Midwife", ["Quality Improvement Midwife"],
     "31/12/2025", "", "First audit under way at both sites.", "G", "2025-12", None),
    (T1, "Objective 2: Improve equity for mothers and babies", "1.2.1",
     "Implement the LMNS equity and equality action plan, including a continuity of carer team for women living in the most deprived postcodes served by West Middlesex.",
     "Director of Midwifery / Consultant Midwife (Public Health)", ["Director of Midwifery", "Consultant Midwife (Public Health)"],
     "31/03/2026", "", "Team recruited to 70%; launch delayed to January.", "A", "2026-03", None),
    (T1, "Objective 3: Work with service users to improve care", "1.3.1",
     "Fund the Maternity and Neonatal Voices Partnership (MNVP) lead and support them to attend the Maternity Safety and Quality Group and 15 Steps visits.",
     "Head of Midwifery – West Middlesex", ["Head of Midwifery – West Middlesex"],
     "30/06/2025", "", "MNVP lead in post and attending monthly.", "B", "2025-06", None),
    (T2, "Objective 4: Grow our workforce", "2.4.1",
     "Recruit to the full midwifery establishment set by the 2024 Birthrate Plus review on both sites.",
     "Director of Midwifery", ["Director of Midwifery"],
     "31/03/2026", "", "Vacancy rate 4.2% at Chelsea and Westminster and 7.9% at West Middlesex.", "A", "2026-03", None),
    (T2, "Objective 5: Value and retain our workforce", "2.5.1",
     "Deliver the midwifery retention action plan, including the preceptorship programme and legacy mentor roles.",
     "Retention Midwife", ["Retention Midwife"],
     "30/11/2025", "", "Preceptorship programme refreshed; two legacy mentors appointed.", "G", "2025-11", None),
    (T2, "Objective 6: Invest in skills", "2.6.1",
     "Achieve 90% compliance with the Core Competency Framework (version 2) training for all relevant staff groups.\nThis includes fetal monitoring, neonatal life support and PROMPT multi-professional training.",
     "Practice Development Midwife; Consultant Obstetrician (Fetal Monitoring Lead)",
     ["Practice Development Midwife", "Consultant Obstetrician (Fetal Monitoring Lead)"],
     "31/01/2026", "31/03/2026", "Obstetric anaesthetists at 81% for PROMPT; additional dates added.", "R", "2026-03", None),
    (T3, "Objective 7: Develop a positive safety culture", "3.7.1",
     "Complete the Perinatal Culture and Leadership Programme diagnostic (SCORE survey) and publish the local culture improvement plan.",
     "Clinical Director for Women's Services & Director of Midwifery",
     ["Clinical Director for Women's Services", "Director of Midwifery"],
     "31/12/2025", "", "SCORE survey closed with a 61% response rate; debrief sessions booked.", "G", "2025-12", None),
    (T3, "Objective 8: Learning and improving", "3.8.1",
     "Fully embed PSIRF in maternity and neonatal services, with compassionate engagement of families in every Patient Safety Incident Investigation.",
     "Maternity Governance Lead", ["Maternity Governance Lead"],
     "30/09/2025", "", "Family liaison role in place; all PSIIs in Q2 included family engagement.", "B", "2025-09", None),
    (T4, "Objective 11: Standards to ensure best practice", "4.11.1",
     "Implement all six elements of the Saving Babies' Lives Care Bundle version 3.",
     "Consultant Midwife (Quality & Safety)", ["Consultant Midwife (Quality & Safety)"],
     "31/03/2026", "", "Element 4 (fetal monitoring) at 78% compliance; other elements above 85%.", "A", "2026-03", None),
    (T4, "Objective 12: Data to inform learning", "4.12.1",
     "Publish the perinatal quality surveillance dashboard to the Board through the Quality Committee.",
     "Director of Midwifery", ["Director of Midwifery"],
     "Monthly", "", "Dashboard presented every month since April 2025.", "G", None, "Monthly"),
    (T4, "Objective 12: Data to inform learning", "4.12.2",
     "Submit complete and timely data to the Maternity Services Data Set (MSDS) to meet the CNST Safety Action 2 criteria.",
     "Head of Maternity Information Systems", ["Head of Maternity Information Systems"],
     "30/11/2025", "", "", "", "2025-11", None),
]
CW_STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}


def build_cw():
    ncol = 9
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = lambda first: [first] + [""] * (ncol - 1)
    w.writerow(pad(CW_TITLE))
    w.writerow(pad("Sites: Chelsea and Westminster Hospital and West Middlesex University Hospital. Position as at 31 October 2025. "
                   "Reported to the Quality Committee and the Maternity and Neonatal Safety Champions."))
    w.writerow(pad(""))
    w.writerow(["Theme", "Objective", "Ref", "Action", "Lead(s)", "Target date", "Revised target date",
                "Progress update (October 2025)", "BRAG"])
    prev_t = prev_o = None
    for row in CW:
        theme, obj, ref, action, lead_raw, _lead, target, revised, prog, brag, _e, _et = row
        w.writerow([theme if theme != prev_t else "", obj if obj != prev_o else "", ref, action, lead_raw,
                    target, revised, prog, brag])
        prev_t, prev_o = theme, obj
    w.writerow(pad(""))
    w.writerow(pad("BRAG key: B = complete and evidenced; G = on track; A = at risk, mitigation in place; R = off track"))
    w.writerow(["Summary", "Blue 3", "Green 4", "Amber 3", "Red 1", "Not rated 1", "Total 12", "", ""])
    with open(os.path.join(HERE, CW_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Stafford BC - Transformation Programme highlight report Q2 2025/26 (txt:
#    a Word report saved as plain text, tables become tab-separated lines)
# ---------------------------------------------------------------------------
STAFFORD_FILE = "nl2-stafford-bc-transformation-programme-highlight-report-q2-2025-26.txt"
STAFFORD_TITLE = "Stafford Borough Council – Transformation Programme Highlight Report"
# project heading, lead, status line, summary, actions, risks
# action: ref, text, owner_raw, owner, baseline, forecast, q1, q2, comment, end
STAFFORD = [
    ("1. Digital Customer Access", "Head of Customer Services", "Amber (Q1: Green)",
     "The portal go-live has slipped because of supplier integration issues; the cash office closure was delivered on time.",
     [("1.1", "Go live with the new customer portal for council tax, benefits and garden waste subscriptions",
       "ICT Manager / Head of Customer Services", ["ICT Manager", "Head of Customer Services"],
       "30/06/2025", "31/10/2025", "A", "A", "Integration testing with the revenues system delayed by the supplier; go-live rescheduled.", "2025-10"),
      ("1.2", "Move telephone payments to the automated line and close the Civic Centre cash office",
       "Revenues and Benefits Manager", ["Revenues and Benefits Manager"],
       "30/09/2025", "30/09/2025", "G", "C", "Cash office closed 26 September; 92% of payments now automated.", "2025-09"),
      ("1.3", "Launch webchat for planning and building control enquiries",
       "Head of Development", ["Head of Development"],
       "31/01/2026", "31/03/2026", "G", "A", "Dependent on the portal go-live; forecast moved to year end.", "2026-03")],
     "Supplier capacity for portal integration (mitigation: weekly supplier calls, escalated to account director)."),
    ("2. Accommodation and Estates Review", "Head of Operations", "Amber (Q1: Amber)",
     "Condition surveys are complete. The options appraisal for surplus office space has been delayed while partner interest is confirmed.",
     [("2.1", "Complete condition surveys of all operational buildings",
       "Property Services Manager", ["Property Services Manager"],
       "31/07/2025", "31/07/2025", "G", "C", "All 23 surveys completed and costed into the planned maintenance programme.", "2025-07"),
      ("2.2", "Present an options appraisal for letting surplus office space in the Civic Centre to partner organisations",
       "Head of Operations", ["Head of Operations"],
       "30/09/2025", "Jan 2026", "A", "R", "Two public sector partners withdrew; decision needed on marketing the space commercially.", "2026-01")],
     "Loss of anticipated rental income if no tenant is secured (decision requested from Cabinet)."),
    ("3. Workforce and Organisational Development", "Head of Human Resources", "Green (Q1: Green)",
     "The new performance and development review framework is in place and the second management development cohort has started.",
     [("3.1", "Introduce the new performance and development review (PDR) framework for all staff",
       "HR Manager", ["HR Manager"],
       "31/05/2025", "31/05/2025", "C", "C", "Framework launched May 2025; 88% of PDRs completed by 30 September.", "2025-05"),
      ("3.2", "Deliver cohort 2 of the management development programme",
       "HR Manager; Learning and Development Officer", ["HR Manager", "Learning and Development Officer"],
       "31/03/2026", "31/03/2026", "G", "G", "18 managers enrolled; modules 1 and 2 delivered.", "2026-03"),
      ("3.3", "Complete the review of the agile working policy with the recognised trade unions",
       "Head of Human Resources", ["Head of Human Resources"],
       "31/12/2025", "31/01/2026", "G", "A", "Consultation period extended at the request of UNISON.", "2026-01")],
     "None escalated this period."),
    ("4. Commercialisation and Income", "Head of Finance", "Green (Q1: Amber)",
     "The commercial trade waste service launched on schedule. Work on fees and charges is on track for budget setting.",
     [("4.1", "Launch a commercial trade waste service for businesses in Stafford and Stone",
       "Head of Operations", ["Head of Operations"],
       "30/09/2025", "30/09/2025", "G", "C", "Service launched 1 September; 64 contracts signed.", "2025-09"),
      ("4.2", "Review fees and charges for 2026/27 against benchmarking and cost recovery",
       "Head of Finance", ["Head of Finance"],
       "31/01/2026", "31/01/2026", "G", "G", "Benchmarking with Staffordshire district councils under way.", "2026-01"),
      ("4.3", "Refresh the Commercial Strategy and present it to Cabinet",
       "Head of Finance", ["Head of Finance"],
       "Dec 2025", "Mar 2026", "A", "A", "Delayed to align with the 2026/27 budget and medium term financial strategy.", "2026-03")],
     "Trade waste income dependent on retaining customers after the introductory discount."),
]
STAFFORD_STATUS = {"G": "green", "A": "amber", "R": "red", "C": "blue"}


def build_stafford():
    L = []
    L.append(STAFFORD_TITLE)
    L.append("Quarter 2 2025/26 (1 July – 30 September 2025)")
    L.append("")
    L.append("Report to:\tCabinet – 6 November 2025")
    L.append("Programme sponsor:\tChief Executive")
    L.append("Programme manager:\tTransformation and Change Manager")
    L.append("Overall programme status:\tAmber (Q1: Amber)")
    L.append("")
    L.append("RAG key")
    L.append("G\tOn track")
    L.append("A\tAt risk – recovery plan in place")
    L.append("R\tOff track – decision or escalation required")
    L.append("C\tComplete")
    L.append("")
    L.append("Programme summary")
    L.append("Six of the eleven milestones are complete or on track and four are at risk. One milestone (2.2) is rated "
             "Red and Cabinet is asked to decide how the surplus office space at the Civic Centre should be marketed.")
    L.append("")
    for head, lead, status, summary, acts, risks in STAFFORD:
        L.append(head)
        L.append("Project lead: " + lead)
        L.append("Project status: " + status)
        L.append(summary)
        L.append("")
        L.append("\t".join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Q1", "Q2", "Commentary"]))
        for ref, text, owner_raw, _o, base, fc, q1, q2, com, _e in acts:
            L.append("\t".join([ref, text, owner_raw, base, fc, q1, q2, com]))
        L.append("")
        L.append("Key risks and issues: " + risks)
        L.append("")
    L.append("Savings and income")
    L.append("\t".join(["", "Target 2025/26", "Delivered to date", "Forecast outturn"]))
    L.append("\t".join(["Cashable savings", "£450,000", "£210,000", "£395,000"]))
    L.append("\t".join(["Additional income", "£120,000", "£48,000", "£110,000"]))
    L.append("\t".join(["Total", "£570,000", "£258,000", "£505,000"]))
    L.append("")
    L.append("Next report: Quarter 3 2025/26, to Cabinet in February 2026.")
    with open(os.path.join(HERE, STAFFORD_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


def main():
    build_pennine()
    build_walsall()
    rows = build_dartford()
    build_bdcft()
    build_wirral()
    build_cw()
    build_stafford()
    return rows


if __name__ == "__main__":
    rows = main()
    print("Dartford rows:", rows)
