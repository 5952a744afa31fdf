"""Build the seven sx- blind test files (set heldout497).

Run with /work/main/.venv/bin/python sx_make.py from any directory; files are
written beside this script.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed_row(ws, row, first, last):
    for c in range(first, last + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. NHS Derby and Derbyshire ICB - internal audit recommendations tracker
# ---------------------------------------------------------------------------
def icb_tracker():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS Derby and Derbyshire Integrated Care Board"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = "Internal Audit Recommendations Tracker"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Audit and Governance Committee – 13 March 2025"
    cov["A4"] = "Position as at 28 February 2025 (following 360 Assurance follow-up review)"
    cov["A4"].font = Font(italic=True)

    cov["A6"] = "Summary of recommendations on this tracker"
    cov["A6"].font = Font(bold=True)
    summary = [
        ("Status", "High", "Medium", "Low", "Total"),
        ("Implemented – recommended for closure", 0, 2, 0, 2),
        ("Not yet due – on track", 1, 1, 0, 2),
        ("Revised date agreed", 1, 0, 1, 2),
        ("Overdue – no revised date", 0, 1, 0, 1),
        ("Not yet due – no update", 0, 0, 1, 1),
        ("Total", 2, 4, 2, 8),
    ]
    for i, row in enumerate(summary):
        for j, v in enumerate(row):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(summary) - 1:
                c.font = Font(bold=True)
                c.fill = fill(GREY)

    cov["A15"] = "RAG key (colour of the RAG column on the Tracker sheet)"
    cov["A15"].font = Font(bold=True)
    key = [
        (BLUE, "Implemented – evidence seen by Internal Audit, recommended for closure"),
        (GREEN, "Not yet due – on track to be implemented by the agreed date"),
        (AMBER, "Original date passed – revised date agreed by the Audit and Governance Committee"),
        (RED, "Overdue – no revised date agreed"),
    ]
    for i, (col, txt) in enumerate(key):
        cov.cell(row=16 + i, column=1).fill = fill(col)
        cov.cell(row=16 + i, column=1).border = BOX
        cov.cell(row=16 + i, column=2, value=txt)
    widths(cov, [40, 12, 12, 12, 12])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "NHS Derby and Derbyshire ICB – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Recommendations from 2023/24 and 2024/25 internal audit reports – position as at 28 February 2025"
    ws["A2"].font = Font(italic=True)
    header = ["Rec ref", "Priority", "Recommendation", "Agreed management action",
              "Responsible officer", "Original due date", "Revised due date",
              "Progress update (February 2025)", "RAG"]
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")

    D = dt.datetime
    audits = [
        ("Audit 2324-08: Conflicts of Interest (Moderate assurance)", [
            ("COI-01", "Medium",
             "The ICB should ensure that all decision-making staff complete an annual declaration of interests, including nil returns, by the deadline set in the Standards of Business Conduct Policy.",
             "Issue a reminder to all decision-making staff through the staff bulletin and line managers, and escalate non-returns to the relevant Executive Director after 30 days.",
             "Head of Governance", D(2024, 9, 30), None,
             "Reminders issued in July and August 2024. 98% of decision-making staff had declared by 31 October 2024. Evidence provided to 360 Assurance.",
             BLUE),
            ("COI-02", "Low",
             "The register of interests published on the ICB website should be updated at least quarterly.",
             "Add quarterly publication of the register to the Corporate Governance team work plan and record the date of each update on the web page.",
             "Corporate Governance Manager", D(2024, 12, 31), D(2025, 3, 31),
             "Q3 update delayed by the website migration. Revised date agreed by the Committee in January 2025.",
             AMBER),
        ]),
        ("Audit 2324-11: Continuing Healthcare – Key Financial Controls (Limited assurance)", [
            ("CHC-01", "High",
             "Packages of care should not be paid until a signed and authorised funding decision is held on the CHC case management system.",
             "Introduce a mandatory authorisation field on the case management system so that a payment cannot be set up until the funding decision has been authorised.",
             "Director of Continuing Healthcare / Deputy Chief Finance Officer", D(2024, 10, 31), D(2025, 4, 30),
             "System change tested in January 2025. Go-live depends on the supplier's April release; revised date agreed.",
             AMBER),
            ("CHC-02", "Medium",
             "Quarterly reconciliations between the case management system and the ledger should be completed, reviewed and signed by a senior finance officer.",
             "Complete quarterly reconciliations from Q3 2024/25 and keep evidence of review on the Finance shared drive.",
             "Head of Financial Management", D(2025, 1, 31), None,
             "Q3 reconciliation completed on 21/01/2025 and reviewed by the Deputy Chief Finance Officer.",
             BLUE),
            ("CHC-03", "Medium",
             "Annual reviews of packages should be completed within the timescales in the National Framework, and overdue reviews reported to the Quality and Performance Committee.",
             "Agree a review recovery trajectory and include the number of overdue reviews in the monthly CHC performance report.",
             "Director of Continuing Healthcare", D(2025, 3, 31), None,
             "Trajectory agreed. 412 reviews overdue at the end of January 2025 (655 in October 2024).",
             GREEN),
        ]),
        ("Audit 2425-03: Data Security and Protection Toolkit (Moderate assurance)", [
            ("DSPT-01", "High",
             "All staff should complete data security awareness training every year, with compliance of at least 95% at the toolkit submission date.",
             "Send monthly compliance reports to directorates and follow up staff who are more than 30 days overdue.",
             "Head of Information Governance", D(2025, 6, 30), None,
             "Compliance 91% at 31 January 2025.",
             GREEN),
            ("DSPT-02", "Medium",
             "The ICB should test its business continuity and disaster recovery arrangements for critical IT systems at least annually.",
             "Run a cyber incident tabletop exercise with the IT service provider and record the lessons learned in the EPRR log.",
             "Head of Digital; EPRR Lead", D(2024, 12, 31), None,
             "Exercise not yet held. To be escalated to the Chief Finance Officer.",
             RED),
            ("DSPT-03", "Low",
             "Information asset owners should review their information asset register entries and data flow maps each year.",
             "Information asset owners to confirm their entries through the annual IAO review return.",
             "Senior Information Risk Owner (SIRO)", D(2025, 3, 31), None,
             "",
             None),
        ]),
    ]
    r = 5
    for title, recs in audits:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill("DCE6F1")
            ws.cell(row=r, column=c).border = BOX
        r += 1
        for ref, pri, rec, act, lead, orig, rev, upd, rag in recs:
            vals = [ref, pri, rec, act, lead, orig, rev, upd or None, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            boxed_row(ws, r, 1, 9)
            if rag:
                ws.cell(row=r, column=9).fill = fill(rag)
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: recommendations marked blue will be removed from the tracker once closure is agreed by the Committee.").font = Font(italic=True)
    widths(ws, [10, 9, 45, 45, 24, 12, 12, 40, 7])
    ws.freeze_panes = "A5"
    wb.save(out("sx-nhs-derby-and-derbyshire-icb-audit-governance-committee-internal-audit-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Tyne and Wear FRS - HMICFRS AFI improvement plan (sheet per pillar)
# ---------------------------------------------------------------------------
def twfrs_plan():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Tyne and Wear Fire and Rescue Service"
    s["A1"].font = Font(bold=True, size=14, color="C00000")
    s["A2"] = "HMICFRS Round 3 Inspection – Improvement Plan"
    s["A2"].font = Font(bold=True, size=16)
    s["A3"] = "Progress report to the Governance Committee – position at 31 January 2025"
    s["A5"] = "Summary by pillar"
    s["A5"].font = Font(bold=True)
    rows = [
        ("Pillar", "Areas for improvement", "Actions", "Complete", "On track", "Some slippage", "Off track"),
        ("Effectiveness", 2, 4, 1, 2, 1, 0),
        ("Efficiency", 1, 2, 1, 1, 0, 0),
        ("People", 2, 3, 0, 2, 0, 1),
        ("Total", 5, 9, 2, 5, 1, 1),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = s.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(rows) - 1):
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    s["A13"] = "RAG key"
    s["A13"].font = Font(bold=True)
    key = [("B", BLUE, "Complete – action delivered and evidence held"),
           ("G", GREEN, "On track – will be delivered by the target date"),
           ("A", AMBER, "Some slippage – may not be delivered by the target date"),
           ("R", RED, "Off track – target date missed or will be missed")]
    for i, (l, col, txt) in enumerate(key):
        c = s.cell(row=14 + i, column=1, value=l)
        c.fill = fill(col)
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
        s.cell(row=14 + i, column=2, value=txt)
    s["A19"] = "Detailed actions are on the Effectiveness, Efficiency and People sheets."
    s["A19"].font = Font(italic=True)
    widths(s, [16, 22, 10, 10, 10, 14, 10])

    D = dt.datetime
    pillars = [
        ("Effectiveness", "How effective is the service at keeping people safe and secure from fire and other risks?", [
            ("AFI 1", "The service should make sure it has an effective system to gather and record up-to-date risk information, and that this information is readily available to staff.", [
                ("1.1", "Complete the review of site-specific risk information (SSRI) inspection frequencies and publish revised guidance to stations.",
                 "GM Operational Risk", D(2024, 10, 31), "G", "B",
                 "Revised guidance published on the intranet on 14 October 2024."),
                ("1.2", "Introduce a quality assurance sample of 10% of SSRI records each quarter, reported to the Operational Assurance Board.",
                 "GM Operational Risk / SM Operational Assurance", D(2025, 3, 31), "A", "G",
                 "First quarterly sample completed in December 2024; second due in March."),
            ]),
            ("AFI 2", "The service should make sure it targets its fire prevention activity at the people most at risk from fire.", [
                ("2.1", "Refresh the home safety check targeting model using partner data from adult social care and the NHS.",
                 "AM Prevention and Education", D(2025, 6, 30), "G", "G",
                 "Data sharing agreement signed with two of the five local authorities."),
                ("2.2", "Evaluate the outcomes of targeted home safety checks and report findings to the Prevention and Education Board.",
                 "Prevention Evaluation Officer", "Ongoing", None, "A",
                 "Evaluation framework drafted. Post vacant from November to January."),
            ]),
        ]),
        ("Efficiency", "How efficient is the service at keeping people safe and secure from fire and other risks?", [
            ("AFI 3", "The service should make sure it effectively monitors, reviews and evaluates the benefits and outcomes of any collaborative activity.", [
                ("3.1", "Produce a collaboration register recording the expected benefits, costs and review date of each collaboration.",
                 "Head of Strategy and Performance", D(2024, 12, 31), "A", "B",
                 "Register in place and reviewed by the Strategic Leadership Team on 9 December 2024."),
                ("3.2", "Present an annual collaboration benefits report to the Fire Authority's Governance Committee.",
                 "Head of Strategy and Performance", D(2025, 9, 30), "G", "G",
                 "First report scheduled for the September 2025 committee."),
            ]),
        ]),
        ("People", "How well does the service look after its people?", [
            ("AFI 4", "The service should put in place an open and fair process to identify, develop and support high-potential staff and aspiring leaders.", [
                ("4.1", "Launch the leadership development pathway for supervisory and middle managers.",
                 "Head of People and Organisational Development", D(2025, 1, 31), "A", "R",
                 "Procurement of the external provider failed; re-tender under way."),
                ("4.2", "Develop a talent management process to identify staff with potential for promotion, aligned to the NFCC Leadership Framework.",
                 "Head of People and Organisational Development", D(2025, 9, 30), None, "G",
                 "Scoping started January 2025."),
            ]),
            ("AFI 5", "The service should improve its understanding of why staff leave and use this to inform its approach to retention.", [
                ("5.1", "Offer an exit interview to every leaver and report themes to the Strategic Leadership Team each quarter.",
                 "HR Business Partner", D(2025, 3, 31), "G", "G",
                 "Exit interview form live on the HR system from 1 November 2024."),
            ]),
        ]),
    ]
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for name, question, afis in pillars:
        ws = wb.create_sheet(name)
        ws["A1"] = "HMICFRS Round 3 Inspection – Improvement Plan"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = name
        ws["A2"].font = Font(bold=True, size=14, color="C00000")
        ws["A3"] = question
        ws["A3"].font = Font(italic=True)
        header = ["AFI", "Area for improvement", "Action ref", "Action", "Action owner",
                  "Target date", "Previous RAG", "Current RAG", "Progress update"]
        for j, h in enumerate(header, start=1):
            c = ws.cell(row=5, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("C00000")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        r = 6
        for afi, afitext, acts in afis:
            top = r
            ws.cell(row=r, column=1, value=afi)
            ws.cell(row=r, column=2, value=afitext)
            for ref, act, owner, date, prev, cur, upd in acts:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=owner)
                c = ws.cell(row=r, column=6, value=date)
                if isinstance(date, dt.datetime):
                    c.number_format = "mmm-yy"
                if prev:
                    p = ws.cell(row=r, column=7, value=prev)
                    p.fill = fill(ragfill[prev])
                    p.alignment = Alignment(horizontal="center")
                q = ws.cell(row=r, column=8, value=cur)
                q.fill = fill(ragfill[cur])
                ws.cell(row=r, column=9, value=upd)
                boxed_row(ws, r, 1, 9)
                q.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        widths(ws, [7, 45, 8, 50, 26, 10, 9, 9, 40])
        ws.freeze_panes = "A6"
    wb.save(out("sx-tyne-and-wear-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Jigsaw Homes Group - RSH consumer standards improvement plan
# ---------------------------------------------------------------------------
def jigsaw_plan():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Jigsaw Homes Group"
    ws["A1"].font = Font(bold=True, size=13, color="7030A0")
    ws["A2"] = "Consumer Standards Improvement Plan"
    ws["A2"].font = Font(bold=True, size=16)

    doc = [("Version", "1.3"),
           ("Plan owner", "Director of Governance and Company Secretary"),
           ("Approved by", "Group Board, 24 July 2024"),
           ("Reported to", "Customer Services Committee (quarterly)"),
           ("Last updated", "30 April 2025")]
    for i, (k, v) in enumerate(doc):
        a = ws.cell(row=4 + i, column=1, value=k)
        a.font = Font(bold=True)
        a.fill = fill(GREY)
        a.border = BOX
        b = ws.cell(row=4 + i, column=2, value=v)
        b.border = BOX
        ws.merge_cells(start_row=4 + i, start_column=2, end_row=4 + i, end_column=3)

    ws["E4"] = "Status key"
    ws["E4"].font = Font(bold=True)
    key = [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
           ("Off track", RED), ("Not started", "FFFFFF")]
    for i, (k, col) in enumerate(key):
        c = ws.cell(row=5 + i, column=5, value=k)
        c.fill = fill(col)
        c.border = BOX

    header = ["Ref", "Action", "Lead", "Due", "Status", "Progress update"]
    hr = 11
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX

    statfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER,
                "Off track": RED, "Not started": None}
    plan = [
        ("1. Safety and Quality Standard", [
            ("1.1 Stock condition: hold up-to-date information on the condition of every home", [
                ("1.1.1", "Procure a stock condition survey partner.\nAgree a survey programme for the 9,800 homes not surveyed in the last five years.",
                 "Director of Asset Management", "Sep-24", "Complete",
                 "Contract awarded August 2024; programme agreed."),
                ("1.1.2", "Load survey data into the asset management system and validate a 5% sample.",
                 "Head of Asset Intelligence", "Mar-26", "On track",
                 "6,120 surveys loaded to date."),
            ]),
            ("1.2 Damp and mould: respond to every report within our published timescales", [
                ("1.2.1", "Introduce a damp and mould triage within 48 hours of a report, with a follow-up visit six weeks after works are completed.",
                 "Head of Repairs and Maintenance", "Dec-24", "Complete",
                 "Triage team in place from 2 December 2024."),
                ("1.2.2", "Report damp and mould case numbers and case ageing to the Customer Services Committee each quarter.",
                 "Head of Repairs and Maintenance / Performance Manager", "Quarterly", "On track",
                 "Included in Q3 and Q4 reports."),
            ]),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("2.1 Tenant voice: give tenants more ways to influence decisions", [
                ("2.1.1", "Recruit and train a Tenant Scrutiny Panel of at least 12 members.",
                 "Tenant Engagement Manager", "Jul-25", "At risk",
                 "7 members recruited; second recruitment round in May."),
                ("2.1.2", "Publish a 'You said, we did' report on the website every quarter.",
                 "Tenant Engagement Manager", "Jun-25", "On track",
                 "First report drafted with the Customer Voice group."),
            ]),
            ("2.2 Complaints: learn from complaints and Housing Ombudsman determinations", [
                ("2.2.1", "Hold a monthly complaints learning panel chaired by a member of the Executive team.",
                 "Director of Customer Experience", "Apr-25", "Complete",
                 "Panel meeting monthly since February 2025."),
            ]),
        ]),
        ("3. Neighbourhood and Community Standard", [
            ("3.1 Anti-social behaviour: clear and consistent response standards", [
                ("3.1.1", "Review the ASB policy with tenants and publish our ASB service standards.",
                 "Neighbourhood Services Manager", "Oct-25", "Not started",
                 "Due to start June 2025."),
                ("3.1.2", "Add ASB case volumes and satisfaction with ASB handling to the quarterly Board performance report.",
                 "Head of Neighbourhoods; Head of Performance", "Sep-25", "On track",
                 "Measures defined; reporting from Q1 2025/26."),
            ]),
        ]),
        ("4. Tenancy Standard", [
            ("4.1 Tenancy sustainment: support new tenants to settle in", [
                ("4.1.1", "Offer every new tenant a settling-in visit within six weeks of the tenancy start date.",
                 "Lettings Manager", "Mar-25", "Complete",
                 "94% of new tenants visited in Q4 2024/25."),
            ]),
        ]),
    ]
    r = hr + 1
    for std, areas in plan:
        c = ws.cell(row=r, column=1, value=std)
        c.font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for j in range(1, 7):
            ws.cell(row=r, column=j).fill = fill("5B2C6F")
        r += 1
        for area, acts in areas:
            c = ws.cell(row=r, column=1, value=area)
            c.font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = fill("E4DFEC")
            r += 1
            for ref, act, lead, due, status, upd in acts:
                for j, v in enumerate([ref, act, lead, due, status, upd], start=1):
                    ws.cell(row=r, column=j, value=v)
                boxed_row(ws, r, 1, 6)
                if statfill[status]:
                    ws.cell(row=r, column=5).fill = fill(statfill[status])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: actions marked Complete stay on the plan until the Customer Services Committee has reviewed the evidence.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths(ws, [10, 60, 30, 12, 13, 40])
    wb.save(out("sx-jigsaw-homes-group-rsh-consumer-standards-improvement-plan.xlsx"))


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


def bold_cell(cell, text, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(d):
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Surrey Police - HMICFRS NCPI action plan (table per recommendation)
# ---------------------------------------------------------------------------
def surrey_police():
    d = docx.Document()
    landscape(d)
    p = d.add_paragraph()
    r = p.add_run("Surrey Police")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor.from_string("003366")
    d.add_heading("HMICFRS National Child Protection Inspection – Force Action Plan", level=0)
    d.add_paragraph("OFFICIAL")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "2.1"),
                 ("Date", "21 February 2025"),
                 ("Plan owner", "Detective Chief Superintendent, Head of Public Protection"),
                 ("Governance", "Force Child Protection Board (monthly); Chief Officer Group (quarterly)"),
                 ("Inspection report published", "11 June 2024")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v

    d.add_paragraph()
    d.add_paragraph(
        "This plan sets out the force's response to the recommendations made by HMICFRS following "
        "its inspection of child protection arrangements in Surrey. Progress is reviewed by the Force "
        "Child Protection Board and reported to the Office of the Police and Crime Commissioner.")

    d.add_paragraph().add_run("RAG status key").bold = True
    k = d.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for cell, (txt, col) in zip(k.rows[0].cells, [("Complete", "9DC3E6"), ("Green – on track", "92D050"),
                                                   ("Amber – at risk of slipping", "FFC000"),
                                                   ("Red – off track / overdue", "FF0000")]):
        cell.text = txt
        shade(cell, col)

    ragcol = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    parts = [
        ("Part A: Recommendations to be acted on immediately", [
            ("Recommendation 1",
             "Surrey Police should immediately review its arrangements for children detained in police custody, so that children are detained only when it is necessary and the local authority is asked to provide alternative accommodation for every child who is charged and refused bail.",
             [("1.1", "Issue a force-wide briefing to custody sergeants and inspectors on the requirement to request local authority accommodation for every child charged and refused bail.",
               "Ch Insp Custody", "31/08/2024", "Complete",
               "Briefing issued 2 August 2024 and added to custody induction."),
              ("1.2", "Introduce a review by the duty inspector of every child detained overnight, recorded on the custody record.",
               "Ch Insp Custody / Duty Inspectors", "Sept 2024", "Complete",
               "In place from 9 September 2024; dip-sampled monthly."),
              ]),
            ("Recommendation 2",
             "Surrey Police should immediately make sure that when officers attend domestic abuse incidents they identify and record the presence of children, and that information is shared with children's services when appropriate.",
             [("2.1", "Make the 'children present' question mandatory in the domestic abuse risk assessment on the mobile data app.",
               "Head of Digital Policing", "Oct 2024", "Complete",
               "Change released 15 October 2024."),
              ("2.2", "Dip-sample 50 domestic abuse incidents each month to check that children are recorded and referrals made, and report the results to the Force Child Protection Board.",
               "Det Supt Public Protection", "Monthly", "Green",
               "December and January samples: 88% and 92% compliant."),
              ]),
        ]),
        ("Part B: Recommendations to be acted on within six months", [
            ("Recommendation 3",
             "Within six months, Surrey Police should make sure that child abuse investigations are allocated to officers with the right skills and experience, and that they are effectively supervised.",
             [("3.1", "Review the allocation policy so that all child abuse investigations are allocated to PIP2-accredited investigators.",
               "DCI Safeguarding Investigation Unit", "31 December 2024", "Amber",
               "Policy drafted; awaiting Chief Officer Group approval in March."),
              ("3.2", "Introduce 28-day supervisory reviews on Niche for all open child abuse investigations.",
               "DCI Safeguarding Investigation Unit", "January 2025", "Green",
               "Niche task template live; compliance reported weekly."),
              ]),
            ("Recommendation 4",
             "Within six months, Surrey Police should improve how it responds to children who go missing from home or care, including how it uses information from return home interviews.",
             [("4.1", "Agree an information-sharing protocol with Surrey County Council for the outcomes of return home interviews.",
               "Supt Partnerships", "End of March 2025", "Red",
               "Draft protocol not yet agreed; escalated to the Surrey Safeguarding Children Partnership executive."),
              ("4.2", "Deliver training on the missing person risk assessment to all frontline sergeants.",
               "Missing Persons Coordinator", "Q4 2024/25", "Amber",
               "62% of sergeants trained by 14 February 2025."),
              ]),
        ]),
    ]
    for part, recs in parts:
        d.add_heading(part, level=1)
        for rechead, rectext, acts in recs:
            d.add_heading(rechead, level=2)
            d.add_paragraph().add_run(rectext).bold = True
            t = d.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Target date", "RAG", "Update"]):
                bold_cell(cell, h, "FFFFFF")
                shade(cell, "003366")
            for ref, act, owner, date, rag, upd in acts:
                cells = t.add_row().cells
                for cell, v in zip(cells, [ref, act, owner, date, rag, upd]):
                    cell.text = v
                shade(cells[4], ragcol[rag])
            d.add_paragraph()
    d.add_paragraph("Next review: Force Child Protection Board, 20 March 2025.")
    d.save(out("sx-surrey-police-hmicfrs-ncpi-child-protection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Tanfield School - post-Ofsted action plan (one table, merged AFI cells,
#    judgement band rows, shading-only RAG)
# ---------------------------------------------------------------------------
def tanfield():
    d = docx.Document()
    landscape(d)
    d.add_heading("Tanfield School – Post-Ofsted Action Plan 2023–24", level=1)
    d.add_paragraph("Inspection dates: 14 and 15 November 2023        Overall effectiveness: Requires improvement")
    d.add_paragraph("The areas for improvement below are taken from the section of the inspection report "
                    "'What does the school need to do to improve?'. The plan is reviewed by the Standards "
                    "and Curriculum Committee of the governing body each half term.")

    RAG = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
    groups = [
        ("Quality of education", [
            ("In some subjects, teachers do not check carefully enough what pupils have learned, so gaps in pupils' knowledge are not identified and addressed. Leaders should make sure that teachers use assessment precisely to identify and close gaps in pupils' knowledge.", [
                ("1", "Deliver a CPD programme on responsive teaching and retrieval practice for all teaching staff through weekly teaching and learning briefings.",
                 "Deputy Headteacher (Teaching and Learning)", "Autumn term 2023",
                 "All staff use retrieval practice at the start of lessons (learning walks).", "G"),
                ("2", "Subject leaders to carry out work scrutiny and learning walks focused on assessment, with findings reported to SLT.",
                 "Subject leaders / SLT link", "Termly",
                 "Work scrutiny shows gaps identified and addressed in all subjects.", "A"),
            ]),
            ("Pupils with special educational needs and/or disabilities (SEND) do not consistently receive the support they need in lessons. Leaders should make sure that staff use the information they are given to adapt their teaching for pupils with SEND.", [
                ("3", "Rewrite pupil passports with clear, classroom-ready strategies and share them with staff through the MIS.",
                 "SENDCo", "Spring term 2024",
                 "Every pupil on the SEND register has an updated passport.", "G"),
                ("4", "Train all staff in adaptive teaching, with follow-up coaching for staff identified through learning walks.",
                 "SENDCo and Deputy Headteacher (Teaching and Learning)", "Summer term 2024",
                 "Learning walks show adaptations for pupils with SEND in most lessons.", "A"),
            ]),
        ]),
        ("Behaviour and attitudes", [
            ("Too many pupils, particularly disadvantaged pupils, are persistently absent from school. Leaders should continue to take effective action to improve the attendance of these pupils.", [
                ("5", "Appoint an attendance officer and introduce first-day calling and a home visit on the third day of absence.",
                 "Assistant Headteacher (Pastoral)", "January 2024",
                 "Persistent absence falls below 20% by July 2024.", "G"),
                ("6", "Meet the local authority Education Welfare Officer every fortnight to review persistent absentees and agree next steps.",
                 "Attendance Officer / Assistant Headteacher (Pastoral)", "Fortnightly",
                 "Every persistent absentee has an attendance support plan.", "A"),
            ]),
        ]),
        ("Leadership and management", [
            ("Governors do not hold leaders to account robustly enough for the quality of education. Governors should make sure they have the information they need to challenge leaders effectively.", [
                ("7", "Commission an external review of governance and act on its recommendations.",
                 "Chair of Governors", "March 2024",
                 "Review completed and action plan agreed by the full governing body.", "R"),
            ]),
        ]),
    ]
    cols = ["Area for improvement (from the inspection report)", "No.", "Action", "Lead(s)",
            "Timescale", "Success criteria", "RAG (Feb 2024)"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, cols):
        bold_cell(cell, h, "FFFFFF")
        shade(cell, "1F3864")
    for judgement, afis in groups:
        band = t.add_row().cells
        m = band[0].merge(band[-1])
        bold_cell(m, judgement)
        shade(m, "D9E2F3")
        for afi, acts in afis:
            first = None
            for i, (no, act, lead, when, succ, rag) in enumerate(acts):
                cells = t.add_row().cells
                if i == 0:
                    cells[0].text = afi
                    first = cells[0]
                else:
                    first = first.merge(cells[0])
                cells[1].text = no
                cells[2].text = act
                cells[3].text = lead
                cells[4].text = when
                cells[5].text = succ
                shade(cells[6], RAG[rag])
            # merge() keeps the text of the first cell only when the others are empty
    d.add_paragraph()
    d.add_paragraph("RAG key: Green = completed; Amber = in progress; Red = behind schedule.")
    d.add_paragraph("Signed (Headteacher): ____________________        Signed (Chair of Governors): ____________________")
    d.save(out("sx-tanfield-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Sunrise of Banstead - CQC inspection action plan, CSV export (refuse:
#    a mistyped month, 30/O4/2025 with a letter O, on line 9)
# ---------------------------------------------------------------------------
def sunrise_csv():
    import csv
    import io
    rows = [
        ["Sunrise of Banstead – CQC Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Inspection 9 and 10 January 2025; report published 14 March 2025; overall rating: Requires improvement", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Key question", "Regulation / finding", "Ref", "Action required", "Person responsible", "Target date", "RAG", "Comments"],
        ["Safe", "Regulation 12 (Safe care and treatment): protocols for 'as required' (PRN) medicines were missing for some people, and risks from falls were not always reassessed.",
         "S1", "Review all PRN protocols and add any missing protocols to the eMAR system.", "Clinical Lead", "28/02/2025", "Complete", "All 38 residents' PRN medicines checked; 11 protocols added."],
        ["", "", "S2", "Carry out a monthly medicines audit and share the findings at the clinical governance meeting.", "Clinical Lead; Deputy Manager", "Monthly", "Green", "January and February audits completed."],
        ["", "", "S3", "Update each resident's falls risk assessment after every fall and at least monthly.", "Registered Manager", "31/03/2025", "Amber", "Care plan audit found 4 assessments out of date."],
        ["Effective", "Regulation 11 (Need for consent): mental capacity assessments were not decision-specific.",
         "E1", "Train all senior carers in the Mental Capacity Act 2005 and completing decision-specific assessments.", "Training Manager", "31/03/2025", "Amber", "2 of 3 sessions held."],
        ["", "", "E2", "Review every resident's mental capacity assessments and DoLS applications.", "Deputy Manager", "30/O4/2025", "Green", "21 of 38 reviewed."],
        ["Well-led", "Regulation 17 (Good governance): the provider's quality assurance systems had not identified the shortfalls found at this inspection.",
         "W1", "Introduce a monthly quality audit schedule covering care plans, medicines, infection control and the environment.", "General Manager", "30/04/2025", "Green", "Schedule agreed; first full cycle in April."],
        ["", "", "W2", "Regional Director of Operations to carry out a quality visit every quarter and report to the provider's quality committee.", "Regional Director of Operations", "30/06/2025", "Green", "First visit 18 March 2025."],
        ["Responsive", "Recommendation: the provider should make sure people have regular access to meaningful activities.",
         "R1", "Recruit a second Reminiscence Co-ordinator and publish a weekly activities programme.", "General Manager", "31/05/2025", "Red", "Vacancy re-advertised."],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: Complete = action completed and evidence held; Green = on track; Amber = at risk; Red = overdue", "", "", "", "", "", "", ""],
        ["Exported from the home's quality system 2 April 2025", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(out("sx-sunrise-of-banstead-cqc-inspection-action-plan-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Bath Spa University - Board of Governors action log, tab-separated text
# ---------------------------------------------------------------------------
def bathspa_txt():
    lines = [
        "Bath Spa University",
        "Board of Governors – Action Log",
        "Open and recently completed actions as at 20 November 2025",
        "",
        "Minute ref\tAction\tResponsible\tDue\tStatus\tUpdate",
        "Board meeting: 27 March 2025",
        "BG/25/12\tProvide governors with a briefing on the Office for Students' new condition of registration E6 (harassment and sexual misconduct) and the University's readiness for 1 August 2025.\tUniversity Secretary\tJune 2025\tComplete\tBriefing circulated 2 June 2025.",
        "BG/25/15\tCirculate the updated financial forecast and covenant compliance headroom to all governors.\tChief Financial Officer\tApr-25\tComplete\tCirculated 14 April 2025.",
        "Board meeting: 10 July 2025",
        "BG/25/31\tBring the revised Student Recruitment Strategy to the Board, including international recruitment scenarios.\tPro Vice-Chancellor (Student Recruitment) / Director of Marketing\tNovember 2025\tGreen\tOn the agenda for the 27 November 2025 meeting.",
        "BG/25/34\tArrange a governors' visit to the Corsham Court campus.\tClerk to the Board\tTBC\tNot started\tDate to be agreed with the Chair.",
        "BG/25/36\tReport on progress with the estates rationalisation programme, including the Newton Park masterplan.\tChief Operating Officer\tMar-26\tGreen\tInitial options considered by the Finance and Resources Committee in October.",
        "Board meeting: 16 October 2025",
        "BG/25/48\tReview the Board skills matrix and propose recruitment priorities for the two independent governor vacancies.\tChair of Nominations Committee and University Secretary\t31/01/2026\tAmber\tSkills survey response rate 60%; reminders sent.",
        "BG/25/52\tAdd cyber security to the Audit and Risk Committee's forward plan, with a deep dive at its next meeting.\tChief Information Officer\tDec 2025\tGreen\tScheduled for the Audit and Risk Committee on 4 December 2025.",
        "",
        "Status key: Complete = action completed, to be removed from the log after this meeting; Green = on track; Amber = at risk of delay; Red = overdue; Not started = not yet due to start.",
    ]
    with open(out("sx-bath-spa-university-board-of-governors-action-log.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    icb_tracker()
    twfrs_plan()
    jigsaw_plan()
    surrey_police()
    tanfield()
    sunrise_csv()
    bathspa_txt()
    print("done")
