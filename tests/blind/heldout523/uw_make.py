"""Build the seven uw- blind test files for set heldout523.

Run with /work/main/.venv/bin/python uw_make.py  (openpyxl, python-docx).
Writes only files whose names start with "uw-" in this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("uw-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "R": fill("FF0000"),
    "A": fill("FFC000"),
    "G": fill("00B050"),
    "B": fill("0070C0"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def cell_text(cell, text, bold=False, size=9):
    """Put text in a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        r.font.size = Pt(size)


# =========================================================== 1. South Derbyshire
def south_derbyshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "South Derbyshire District Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Council Plan 2024-2028 Delivery Plan 2025/26 – Quarter 2 Progress Report"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Period covered: 1 July – 30 September 2025"
    cov["A4"] = "Reported to: Finance and Management Committee, 20 November 2025"
    cov["A6"] = "Status key"
    cov["A6"].font = Font(bold=True)
    key = [("G", "On track – action progressing to the agreed target date"),
           ("A", "Some slippage – action at risk of missing its target date, recovery in place"),
           ("R", "Off track – action will not meet its target date"),
           ("B", "Complete"),
           (None, "No colour – not started")]
    for i, (k, txt) in enumerate(key, start=7):
        if k:
            cov.cell(i, 1).fill = RAGFILL[k]
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, txt)
    cov["A13"] = "Summary of Q2 status"
    cov["A13"].font = Font(bold=True)
    summ = [("Complete", 1), ("On track", 5), ("Some slippage", 3), ("Off track", 1),
            ("Not started", 1), ("Total actions", 11)]
    for i, (lab, n) in enumerate(summ, start=14):
        cov.cell(i, 1, lab)
        cov.cell(i, 2, n)
    cov["A19"].font = Font(bold=True)
    cov["A21"] = ("Notes: Status is shown by cell colour in the Q1 and Q2 columns. Where a target "
                  "date has been revised, the revised date has been agreed by the Senior "
                  "Leadership Team.")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 80

    priorities = [
        ("Our Environment", "375623", [
            ("E1. Improve the environment of the District", [
                ("E1.1", "Roll out the weekly food waste collection service to all households in the District.",
                 "Head of Operational Services", d(2026, 3, 31), None, "G", "G",
                 "Vehicles and caddies procured. Phased roll-out begins January 2026, starting with Swadlincote."),
                ("E1.2", "Deliver a programme of targeted enforcement days at fly-tipping and littering hotspots, working with Derbyshire Constabulary.",
                 "Environmental Health Manager / Community Safety Officer", "Quarterly", None, "G", "A",
                 "Two enforcement days held in Q2 (Woodville and Hilton). The third was postponed because of staff absence."),
            ]),
            ("E2. Tackle climate change", [
                ("E2.1", "Complete the installation of solar PV and air source heat pumps at Etwall Leisure Centre.",
                 "Climate and Environment Manager", d(2025, 9, 30), None, "A", "B",
                 "Works completed and commissioned on 26 September 2025."),
                ("E2.2", "Refresh the Climate and Environment Action Plan 2026-2030 and report it to the Environmental and Development Services Committee.",
                 "Climate and Environment Manager", d(2025, 12, 31), d(2026, 3, 31), "G", "A",
                 "Revised date agreed so that the results of the carbon baseline review can be included."),
            ]),
        ]),
        ("Our People", "7030A0", [
            ("P1. Engage with our communities", [
                ("P1.1", "Launch the South Derbyshire residents' panel and hold at least two themed consultations during the year.",
                 "Communications Manager", "Q3 2025/26", None, "G", "G",
                 "Panel recruitment closed with 640 members. First consultation (leisure provision) planned for November."),
            ]),
            ("P2. Supporting and safeguarding the most vulnerable", [
                ("P2.1", "Review the Homelessness and Rough Sleeping Strategy and consult partners on the draft.",
                 "Strategic Housing Manager", d(2026, 1, 31), None, "A", "R",
                 "Consultant support has not been secured. The review will be carried out in-house and a new timetable taken to SLT in November."),
                ("P2.2", "Deliver the Household Support Fund scheme in line with DWP guidance.\nReport spend and outcomes to the Housing and Community Services Committee.",
                 "Revenues and Benefits Manager", "31 March 2026", None, "G", "G",
                 "£412k of the £698k allocation awarded by 30 September."),
            ]),
        ]),
        ("Our Future", "C65911", [
            ("F1. Develop skills and careers", [
                ("F1.1", "Deliver the UK Shared Prosperity Fund business support and skills programme for 2025/26.",
                 "Economic Development Manager", d(2026, 3, 31), None, "G", "G",
                 "38 businesses supported and 2 jobs fairs held in the quarter."),
            ]),
            ("F2. Support economic growth and infrastructure", [
                ("F2.1", "Submit the Local Plan Part 1 review for independent examination.",
                 "Head of Planning and Strategic Housing", d(2025, 6, 30), d(2026, 2, 28), "R", "A",
                 "Regulation 19 consultation closed on 12 September. Submission re-programmed."),
            ]),
            ("F3. Transforming the Council", [
                ("F3.1", "Implement the new customer relationship management (CRM) system for the Customer Services team.",
                 "Head of Customer Services / ICT Manager", d(2025, 11, 30), None, "G", "G",
                 "User acceptance testing completed. Go-live planned for 17 November."),
                ("F3.2", "Introduce online booking for bulky waste collections through the CRM.",
                 "ICT Manager", d(2026, 3, 31), None, None, None,
                 "Not started – dependent on CRM go-live (F3.1)."),
            ]),
        ]),
    ]
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Q1", "Q2", "Q2 progress commentary"]
    widths = [8, 60, 30, 14, 14, 6, 6, 60]
    for name, colour, aims in priorities:
        ws = wb.create_sheet(name)
        ws.merge_cells("A1:H1")
        ws["A1"] = "Council Plan 2024-2028 Delivery Plan 2025/26 – Q2 Progress"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A2:H2")
        ws["A2"] = name
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = fill(colour)
        for c, h in enumerate(heads, start=1):
            cl = ws.cell(3, c, h)
            cl.font = Font(bold=True)
            cl.fill = fill("D9D9D9")
            cl.border = BOX
            cl.alignment = WRAP
        for c, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + c)].width = w
        r = 4
        for aim, acts in aims:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, aim).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("E2EFDA")
            r += 1
            for ref, text, lead, orig, rev, q1, q2, comm in acts:
                vals = [ref, text, lead, orig, rev, None, None, comm]
                for c, v in enumerate(vals, start=1):
                    cl = ws.cell(r, c, v)
                    cl.border = BOX
                    cl.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cl.number_format = "dd/mm/yyyy" if c == 4 and ref == "E1.1" else "mmm-yy"
                if q1:
                    ws.cell(r, 6).fill = RAGFILL[q1]
                if q2:
                    ws.cell(r, 7).fill = RAGFILL[q2]
                r += 1
    wb.save(out("uw-south-derbyshire-dc-council-plan-delivery-plan-q2-2025-26.xlsx"))


# =========================================================== 2. City of York
def york():
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow up"
    ws["A1"] = "City of York Council – Audit & Governance Committee"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal Audit Progress Report 2025/26 – Annex 1, Appendix E: Follow up of agreed actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 October 2025. Prepared by Veritau."
    ws["A5"] = "Summary"
    ws["A5"].font = Font(bold=True)
    sh = ["Priority", "Actions followed up", "Implemented", "Revised date agreed", "Overdue", "Not yet due"]
    rows = [sh, ["Priority 1", 2, 1, 0, 1, 0], ["Priority 2", 4, 1, 2, 0, 1],
            ["Priority 3", 2, 1, 0, 0, 1], ["Total", 8, 3, 2, 1, 2]]
    for i, row in enumerate(rows, start=6):
        for c, v in enumerate(row, start=1):
            cl = ws.cell(i, c, v)
            cl.border = BOX
            if i in (6, 10):
                cl.font = Font(bold=True)
    hdr = ["Audit", "Year", "Opinion", "Priority", "Agreed action", "Responsible officer",
           "Original date", "Revised date", "RAG", "Update from service"]
    for c, h in enumerate(hdr, start=1):
        cl = ws.cell(12, c, h)
        cl.font = Font(bold=True, color="FFFFFF")
        cl.fill = fill("1F3864")
        cl.border = BOX
        cl.alignment = WRAP
    audits = [
        ("Creditor Payments", "2024/25", "Reasonable assurance", [
            (2, "Supplier bank detail changes will be independently verified by telephone using contact details already held on file.\nEvidence of the verification will be retained on the supplier record.",
             "Head of Exchequer Services", d(2025, 6, 30), d(2025, 12, 31), "A",
             "Procedure revised and in use. A mandatory verification field is being added in the next finance system release."),
            (3, "A monthly exception report of duplicate invoice numbers will be run and reviewed by the Accounts Payable Team Leader.",
             "Accounts Payable Team Leader", d(2025, 3, 31), None, "B",
             "Report running monthly since April 2025; evidence seen by internal audit."),
        ]),
        ("Fleet Management", "2024/25", "Limited assurance", [
            (1, "Vehicle utilisation data from the telematics system will be reviewed quarterly and under-used vehicles identified for disposal or reallocation.",
             "Fleet Manager", d(2025, 9, 30), None, "R",
             "No update received."),
            (2, "All drivers' licences will be checked against the DVLA record before first use of a council vehicle and every six months thereafter.",
             "Fleet Manager / HR Business Partner", d(2025, 10, 31), None, "B",
             "Online DVLA checking service procured; all 212 drivers checked by 24 October 2025."),
            (2, "The Fleet Replacement Programme will be refreshed, costed and presented to the Executive Member for approval.",
             "Head of Fleet and Waste Operations", d(2026, 3, 31), None, "G",
             "Not yet due."),
        ]),
        ("Housing Rents", "2023/24", "Reasonable assurance", [
            (2, "Former tenant arrears over £1,000 will be reviewed monthly and either pursued through the debt recovery process or submitted for write-off in line with the Financial Regulations.",
             "Head of Housing Management; Income Manager", d(2024, 12, 31), d(2026, 3, 31), "A",
             "Backlog review 70% complete. Revised date agreed with the Director of Housing."),
        ]),
        ("Information Governance – Subject Access Requests", "2024/25", "Limited assurance", [
            (1, "The SAR log will be reconciled weekly to the case management system and overdue requests escalated to the relevant Head of Service.",
             "Information Governance and Feedback Manager", d(2025, 7, 31), None, "B",
             "Weekly reconciliation in place from July 2025."),
            (3, "Refresher training on handling subject access requests will be delivered to all Information Asset Owners.",
             "Information Governance and Feedback Manager", "Q4 2025/26", None, "G",
             "Training module drafted."),
        ]),
    ]
    r = 13
    for name, year, opinion, acts in audits:
        first = r
        for pri, text, officer, orig, rev, rag, upd in acts:
            vals = [None, None, None, pri, text, officer, orig, rev, rag, upd]
            for c, v in enumerate(vals, start=1):
                cl = ws.cell(r, c, v)
                cl.border = BOX
                cl.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cl.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = RAGFILL[rag]
            ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(first, 1, name)
        ws.cell(first, 2, year)
        ws.cell(first, 3, opinion)
        for c in (1, 2, 3):
            ws.cell(first, c).alignment = WRAP
            ws.cell(first, c).font = Font(bold=(c == 1))
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for col, w in zip("ABCDEFGHIJ", [24, 9, 14, 8, 60, 30, 12, 12, 6, 50]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    lines = [
        ("RAG", None), ("B", "Action implemented"), ("G", "Not yet due"),
        ("A", "Not implemented by original date – revised date agreed"),
        ("R", "Overdue – no revised date agreed"), (None, None),
        ("Finding priorities", None),
        ("1", "A fundamental system weakness, which presents unacceptable risk to the system objectives and requires urgent attention by management."),
        ("2", "A significant system weakness, whose impact or frequency presents risks to the system objectives, which needs to be addressed by management."),
        ("3", "The system objectives are not exposed to significant risk, but the issue merits attention by management."),
        (None, None), ("Audit opinions", None),
        ("Substantial assurance", "A sound system of governance, risk management and control exists."),
        ("Reasonable assurance", "There is a generally sound system of governance, risk management and control in place."),
        ("Limited assurance", "Significant gaps, weaknesses or non-compliance were identified."),
        ("No assurance", "Immediate action is required to address fundamental gaps, weaknesses or non-compliance."),
    ]
    for i, (a, b) in enumerate(lines, start=1):
        k.cell(i, 1, a)
        k.cell(i, 2, b)
        if a in RAGFILL and i <= 5:
            k.cell(i, 1).fill = RAGFILL[a]
        if b is None and a:
            k.cell(i, 1).font = Font(bold=True)
    k.column_dimensions["A"].width = 22
    k.column_dimensions["B"].width = 100
    wb.save(out("uw-city-of-york-council-internal-audit-recommendations-tracker.xlsx"))


# =========================================================== 3. Newcastle-under-Lyme (refuse)
def newcastle():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q1 2025-26"
    ws["A1"] = "Newcastle-under-Lyme Borough Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Strategic Risk Register 2025/26 – Quarter 1 (extract from GRACE, 18 July 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Risk ref", "Risk title and description", "Risk owner", "Current risk level",
           "Action ref", "Mitigating action", "Action owner", "Target date", "RAG",
           "Target risk level"]
    for c, h in enumerate(hdr, start=1):
        cl = ws.cell(4, c, h)
        cl.font = Font(bold=True, color="FFFFFF")
        cl.fill = fill("203864")
        cl.border = BOX
        cl.alignment = WRAP
    risks = [
        ("SR01", "Financial Sustainability\nFailure to deliver a balanced budget and the savings required by the Medium Term Financial Strategy.",
         "Service Director – Finance (S151 Officer)", "High E", "Medium C", [
             ("SR01.1", "Refresh the Medium Term Financial Strategy 2026/27–2030/31 and report it to Cabinet.",
              "Service Director – Finance (S151 Officer)", "November 2025", "G"),
             ("SR01.2", "Deliver the 2026/27 savings and efficiency proposals through the One Council programme.",
              "Chief Executive", "March 2026", "A"),
         ]),
        ("SR02", "Cyber Security\nLoss of systems or data through a cyber attack.",
         "Service Director – Digital, Technology and Customer", "High D", "Medium B", [
             ("SR02.1", "Complete the Cyber Assessment Framework self-assessment.",
              "ICT Infrastructure Manager", "December 2025", "G"),
             ("SR02.2", "Deliver phishing simulation exercises and mandatory cyber awareness training to all staff and members.",
              "ICT Infrastructure Manager / Head of HR", "October 2025", "G"),
             ("SR02.3", "Test the ICT disaster recovery plan through a live failover exercise.",
              "ICT Infrastructure Manager", "Febuary 2026", "A"),
         ]),
        ("SR03", "Supported Accommodation (new risk)\nGrowth in supported exempt accommodation placing demand on housing, enforcement and community safety services.",
         "Service Director – Regulatory Services", "High E", "Medium C", [
             ("SR03.1", "Set up a multi-agency task group with Staffordshire County Council and Staffordshire Police.",
              "Housing Strategy Manager", "September 2025", "G"),
             ("SR03.2", "Introduce a standards framework and review process for supported exempt accommodation claims.",
              "Revenues and Benefits Manager", "January 2026", "A"),
         ]),
        ("SR04", "Town Centre Regeneration/Development Failure (new risk)\nSchemes funded by the Town Deals and Future High Streets Fund are not delivered on time or within budget.",
         "Service Director – Regeneration", "Medium C", "Low A", [
             ("SR04.1", "Maintain programme governance and monthly reporting to the Town Deal Boards.",
              "Regeneration Programme Manager", "Ongoing", "G"),
             ("SR04.2", "Agree the development agreement and phasing plan for the Ryecroft site.",
              "Service Director – Regeneration", "March 2026", "G"),
         ]),
    ]
    levelfill = {"High": fill("FF0000"), "Medium": fill("FFC000"), "Low": fill("92D050")}
    r = 5
    for ref, desc, owner, cur, tgt, acts in risks:
        first = r
        for aref, text, aowner, date, rag in acts:
            vals = [None, None, None, None, aref, text, aowner, date, rag, None]
            for c, v in enumerate(vals, start=1):
                cl = ws.cell(r, c, v)
                cl.border = BOX
                cl.alignment = WRAP
            ws.cell(r, 9).fill = RAGFILL[rag]
            r += 1
        for c, v in ((1, ref), (2, desc), (3, owner), (4, cur), (10, tgt)):
            ws.cell(first, c, v).alignment = WRAP
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(first, 4).fill = levelfill[cur.split()[0]]
        ws.cell(first, 10).fill = levelfill[tgt.split()[0]]
    r += 1
    ws.cell(r, 1, "Total strategic risks: 4 (High 3, Medium 1, Low 0). New risks this quarter: SR03, SR04.")
    ws.cell(r + 1, 1, "RAG: G = action on track; A = action at risk of slipping; R = action overdue.")
    for col, w in zip("ABCDEFGHIJ", [8, 45, 28, 10, 8, 55, 30, 15, 6, 10]):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Risk levels")
    m["A1"] = "GRACE risk levels (likelihood A–E x impact)"
    m["A1"].font = Font(bold=True)
    for i, (lvl, txt) in enumerate([("High", "Score 15–25: Service Director action plan, reviewed monthly"),
                                    ("Medium", "Score 8–12: managed within service, reviewed quarterly"),
                                    ("Low", "Score 1–6: tolerate and monitor")], start=3):
        m.cell(i, 1, lvl).fill = levelfill[lvl]
        m.cell(i, 2, txt)
    m.column_dimensions["B"].width = 70
    wb.save(out("uw-newcastle-under-lyme-bc-strategic-risk-register-2025-26-typo-month-refuse.xlsx"))


# =========================================================== 4. NSCP CSPR (docx)
def nscp():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Northamptonshire Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Child Safeguarding Practice Review – Child H: Multi-Agency Action Plan", style="Title")
    doc.add_paragraph("The review was published on 21 May 2025. This plan is monitored by the NSCP "
                      "Learning and Improvement Group and reported to the NSCP Executive Group each quarter.")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "09/10/2025"),
                                ("Owner", "NSCP Business Manager"),
                                ("Approved by", "NSCP Executive Group, 14 May 2025"),
                                ("Next review", "January 2026")]):
        cell_text(dc.cell(i, 0), a, bold=True)
        cell_text(dc.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating key").runs[0].bold = True
    kt = doc.add_table(rows=3, cols=2)
    kt.style = "Table Grid"
    for i, (a, colour, b) in enumerate([("Red", "FF0000", "Action overdue or not started"),
                                        ("Amber", "FFC000", "Action in progress, not yet complete"),
                                        ("Green", "00B050", "Action completed and impact evidenced")]):
        cell_text(kt.cell(i, 0), a, bold=True)
        shade(kt.cell(i, 0), colour)
        cell_text(kt.cell(i, 1), b)

    plan = [
        ("Learning theme 1: Seeing and hearing the child", [
            ("Recommendation 1",
             "NSCP partners should assure themselves that practitioners record the lived experience of pre-verbal children, including direct observation of the child with each carer.",
             [("1.1", "Revise the NSCP Voice of the Child practice guidance to include observation of pre-verbal children and babies.",
               "NSCP Business Manager", "June 2025",
               "Revised guidance published on the NSCP website on 30 June 2025 and promoted through the practitioner bulletin.", "Green"),
              ("1.2", "Audit 30 health visiting and children's social care records of children under 2 to test whether the child's lived experience is recorded.\nReport the findings to the Learning and Improvement Group.",
               "Designated Nurse Safeguarding Children, NHS Northamptonshire ICB", "Q3 2025/26",
               "Audit tool agreed; fieldwork scheduled for November 2025.", "Amber")]),
            ("Recommendation 2",
             "Northamptonshire Children's Trust and health partners should ensure that fathers and other men in the household are identified, assessed and engaged in assessments and plans.",
             [("2.1", "Introduce a mandatory 'significant males' section in the NCT single assessment template.",
               "Principal Social Worker (NCT)", "31/07/2025",
               "Section live in the case recording system since 14 July 2025; dip sample shows 88% completion.", "Green"),
              ("2.2", "Deliver multi-agency 'Think Dad' briefing sessions for practitioners across health, education and early help.",
               "NSCP Training Coordinator / Named Nurse Safeguarding Children (NGH)", "September 2025 – March 2026",
               "Three of six sessions delivered (112 attendees).", "Amber")]),
        ]),
        ("Learning theme 2: Information sharing between agencies", [
            ("Recommendation 3",
             "The NSCP should seek assurance that information about domestic abuse incidents attended by the police is shared with health visitors and GPs within the agreed timescale.",
             [("3.1", "Review the Operation Encompass and health notification process so that it includes children under 5 who are not yet in education.",
               "DCI Public Protection (Northamptonshire Police) / Designated Nurse Safeguarding Children (ICB)", "December 2025",
               "Task and finish group established; first meeting held 2 October 2025.", "Amber"),
              ("3.2", "Test compliance with the information sharing timescale through a multi-agency dip sample.",
               "Chair, NSCP Quality Assurance Subgroup", "March 2026",
               "Not started – follows completion of 3.1.", "Red"),
              ("3.3", "Share the learning from this review through a 7-minute briefing and the NSCP annual conference.",
               "NSCP Business Manager", "Ongoing",
               "7-minute briefing published May 2025; conference slot confirmed for March 2026.", "Amber")]),
        ]),
    ]
    colours = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress update (October 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(3.0), Cm(7.0), Cm(1.8)]
    for theme, recs in plan:
        doc.add_heading(theme, level=1)
        for rec_head, rec_text, acts in recs:
            doc.add_heading(rec_head, level=2)
            doc.add_paragraph(rec_text)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in enumerate(heads):
                cell_text(t.cell(0, c), h, bold=True)
                shade(t.cell(0, c), "D9E2F3")
            for ref, text, lead, when, prog, rag in acts:
                row = t.add_row()
                for c, v in enumerate([ref, text, lead, when, prog, rag]):
                    cell_text(row.cells[c], v)
                shade(row.cells[5], colours[rag])
            for row in t.rows:
                for c, w in enumerate(widths):
                    row.cells[c].width = w
            doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Partner", "Name and role", "Date"),
                             ("Northamptonshire Police", "Detective Superintendent, Public Protection", "14/05/2025"),
                             ("NHS Northamptonshire ICB", "Chief Nursing Officer", "14/05/2025")]):
        for c, v in enumerate(row):
            cell_text(so.cell(i, c), v, bold=(i == 0))
    doc.save(out("uw-northamptonshire-safeguarding-children-partnership-cspr-child-h-action-plan.docx"))


# =========================================================== 5. Barking and Dagenham focused visit (docx)
def barking():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Barking and Dagenham – Children's Care and Support")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_heading("Ofsted Focused Visit Action Plan: Children in Need and Children Subject to a Child Protection Plan", level=1)
    doc.add_paragraph("Focused visit: 4 and 5 February 2025. Letter published: 13 March 2025.")
    doc.add_paragraph("Version 2 – progress at July 2025. Plan owner: Operational Director, Children's Care and Support.")
    doc.add_heading("What Ofsted told us we need to improve", level=2)
    for b in ["The effectiveness of direct work with children to understand their experiences and inform plans.",
              "Contingency planning in child in need and child protection plans.",
              "The consistent use of tools to inform decision-making, including the neglect toolkit."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("Lead officers", level=2)
    lt = doc.add_table(rows=5, cols=2)
    lt.style = "Table Grid"
    for i, (a, b) in enumerate([("OD", "Operational Director, Children's Care and Support"),
                                ("HoS CP", "Head of Service, Child Protection and Children in Need"),
                                ("PSW", "Principal Social Worker"),
                                ("HQA", "Head of Quality Assurance and Safeguarding"),
                                ("WDM", "Workforce Development Manager")]):
        cell_text(lt.cell(i, 0), a, bold=True)
        cell_text(lt.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    kt = doc.add_table(rows=1, cols=8)
    kt.style = "Table Grid"
    for i, (colour, txt) in enumerate([("0070C0", "Complete"), ("00B050", "On track"),
                                       ("FFC000", "Some delay – mitigation in place"),
                                       ("FF0000", "Off track")]):
        shade(kt.cell(0, 2 * i), colour)
        cell_text(kt.cell(0, 2 * i + 1), txt)
    doc.add_paragraph()

    heads = ["Ref", "Action", "Lead", "By when", "Progress update (July 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        cell_text(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "BDD7EE")
    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    areas = [
        ("Area for improvement 1: The effectiveness of direct work with children to understand their experiences and inform plans.", [
            ("1.1", "Relaunch the direct work toolkit for social workers in the Child Protection and Children in Need teams, with a practice workshop for each team.",
             "PSW", "30/04/2025", "Toolkit relaunched on 9 April; six team workshops delivered.", "B"),
            ("1.2", "Include direct work in the monthly practice audit tool and report the findings to the Practice Improvement Board.",
             "HQA", "End of June 2025", "Audit tool amended; first findings reported to the Board on 26 June.", "B"),
            ("1.3", "Run a 'child's voice' practice week in which managers review a sample of plans for evidence of the child's views.",
             "HoS CP / PSW", "Sept 2025", "Week booked for 15 September; audit sample agreed.", "G"),
        ]),
        ("Area for improvement 2: Contingency planning in child in need and child protection plans.", [
            ("2.1", "Revise the child protection and child in need plan templates to include a mandatory contingency section.",
             "HoS CP", "31/05/2025", "Template change delayed by the system supplier's release schedule; interim manual template in use.", "A"),
            ("2.2", "Deliver contingency planning training to all team managers and child protection chairs.",
             "WDM", "Jul-25", "Two of three sessions delivered; final session 29 July.", "G"),
        ]),
        ("Area for improvement 3: The consistent use of tools to inform decision-making, including the neglect toolkit.", [
            ("3.1", "Embed use of the Graded Care Profile 2 in all assessments where neglect is a feature, with compliance reported to the Practice Improvement Board.",
             "HoS CP", "Monthly", "Compliance 61% in June against a target of 90%.", "R"),
            ("3.2", "Refresh the neglect training offer with the Barking and Dagenham Safeguarding Children Partnership.",
             "OD / HQA", "Q3 2025/26", "Not yet started.", None),
        ]),
    ]
    for area, acts in areas:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, area, bold=True)
        shade(merged, "DEEAF6")
        for ref, text, lead, when, prog, rag in acts:
            row = t.add_row()
            for c, v in enumerate([ref, text, lead, when, prog, ""]):
                if v:
                    cell_text(row.cells[c], v)
            if rag:
                shade(row.cells[5], colours[rag])
    widths = [Cm(1.2), Cm(9.0), Cm(2.5), Cm(3.0), Cm(8.0), Cm(1.8)]
    for row in t.rows:
        for c, w in enumerate(widths):
            try:
                row.cells[c].width = w
            except IndexError:
                pass
    doc.add_paragraph()
    doc.add_paragraph("Notes: This plan is reviewed monthly at the Practice Improvement Board and reported "
                      "quarterly to the Improvement and Assurance Board. RAG ratings are shown by colour only.")
    doc.save(out("uw-barking-and-dagenham-council-ofsted-focused-visit-action-plan.docx"))


# =========================================================== 6. South Gloucestershire HWB action log (csv)
def south_glos():
    rows = [
        ["South Gloucestershire Health and Wellbeing Board", "", "", "", "", ""],
        ["Action Log (open and recently closed actions) – as at 26 November 2025", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Lead", "Due date", "Status", "Update / comments"],
        ["Meeting of 12 June 2025", "", "", "", "", ""],
        ["HWB/25/14", "Circulate the draft Pharmaceutical Needs Assessment 2025 to Board members for comment before formal consultation.",
         "Consultant in Public Health", "Jul-25", "Complete", "Circulated 3 July 2025; comments received from the ICB and Healthwatch."],
        ["HWB/25/15", "Bring a report on the uptake of childhood immunisations by ward to a future meeting, jointly with the ICB.",
         "Matthews, Clare", "September 2025", "Complete", "Report taken on 18 September 2025 (item 7)."],
        ["HWB/25/16", "Set up a task and finish group to align the Joint Local Health and Wellbeing Strategy refresh with the ICB Joint Forward Plan.",
         "DPH / ICB Locality Director", "Ongoing", "On track", "Group has met twice; draft outcomes framework due to the Board in January."],
        ["Meeting of 18 September 2025", "", "", "", "", ""],
        ["HWB/25/21", "Provide a breakdown of NHS Health Check uptake by deprivation quintile.",
         "Jo Hicks and Amir Patel", "04/12/2025", "On track", "Data extract requested; on course for the December meeting."],
        ["HWB/25/22", "Write to the Integrated Care Board on behalf of the Board about access to dental services for children in care.",
         "Chair", "31/10/2025", "Overdue", "Letter drafted; awaiting the Chair's sign-off."],
        ["HWB/25/23", "Healthwatch to share the findings of its enter and view visits to care homes in Kingswood and Yate.\nCouncil and ICB commissioners to respond at the following meeting.",
         "Healthwatch South Gloucestershire Manager", "Mar-26", "Not started", "Scheduled for the March 2026 meeting."],
        ["HWB/25/24", "Add the Better Care Fund quarterly return to the forward plan as a standing item.",
         "Democratic Services Officer", "Oct-25", "Complete", "Added to the forward plan."],
        ["", "", "", "", "", ""],
        ["Status key: On track = green; Delayed = amber; Overdue = red; Complete = blue (complete actions are removed after one meeting); Not started = not yet due to start.", "", "", "", "", ""],
    ]
    with open(out("uw-south-gloucestershire-health-and-wellbeing-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =========================================================== 7. Staffordshire Moorlands highlight (txt, tab-separated)
def staffs_moorlands():
    T = "\t"
    lines = [
        "Staffordshire Moorlands District Council",
        "Customer and Digital Transformation Programme – Highlight Report",
        "Period ending 30 September 2025",
        "Programme sponsor:" + T + "Executive Director – Transformation",
        "Programme manager:" + T + "Digital Programme Manager",
        "Reported to:" + T + "Transformation Board, 9 October 2025",
        "Overall status (last period / this period):" + T + "Amber / Amber",
        "",
        T.join(["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Last period RAG", "This period RAG", "Commentary"]),
        "Workstream 1 – Customer Access",
        T.join(["CA1", "Open the refurbished customer contact point at Moorlands House, Leek.", "Customer Services Manager", "Jun-25", "Jun-25", "G", "C", "Opened 16 June 2025."]),
        T.join(["CA2", "Launch the new telephony platform with call-back and queue messaging.", "ICT Manager / Customer Services Manager", "Aug-25", "Nov-25", "A", "A", "Supplier delay to number porting; go-live re-planned."]),
        T.join(["CA3", "Publish revised customer service standards on the website.", "Customer Services Manager", "Oct-25", "Oct-25", "G", "G", "Draft standards agreed by SLT."]),
        "Workstream 2 – Digital Services",
        T.join(["DS1", "Replace the online forms platform and migrate the 40 highest-volume forms.", "Digital Lead", "Dec-25", "Feb-26", "G", "A", "Waste and council tax forms migrated; planning forms delayed by resourcing."]),
        T.join(["DS2", "Introduce a resident self-service account for council tax and benefits.", "RB/KS", "Mar-26", "Mar-26", "G", "G", "Configuration under way with the Revenues and Benefits team."]),
        T.join(["DS3", "Deliver digital skills sessions for residents at Leek, Biddulph and Cheadle libraries.", "Digital Inclusion Officer", "Ongoing", "Ongoing", "G", "G", "11 sessions held this period (68 residents)."]),
        "Workstream 3 – Ways of Working",
        T.join(["WW1", "Complete the rollout of Microsoft 365 and Teams telephony to all staff.", "ICT Manager", "Sep-25", "Jan-26", "A", "R", "Licence funding not yet confirmed; decision needed from the Board."]),
        T.join(["WW2", "Adopt the hybrid working policy and office space plan for Moorlands House.", "Head of HR", "Nov-25", "Nov-25", "–", "G", "New milestone added this period."]),
        "",
        "Notes",
        "RAG key: G = on track; A = at risk, recovery plan in place; R = off track, Board decision required; C = complete.",
        "The baseline date is the date agreed when the programme was approved (March 2025); the forecast date is the current expected date.",
        "Decision required: the Board is asked to confirm funding for Microsoft 365 licences (see WW1).",
    ]
    with open(out("uw-staffordshire-moorlands-dc-customer-digital-programme-highlight-report.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    south_derbyshire()
    york()
    newcastle()
    nscp()
    barking()
    south_glos()
    staffs_moorlands()
    print("done")
