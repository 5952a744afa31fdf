#!/usr/bin/env python
"""Build the seven zzg- blind test files (set heldout593).

Run with /work/main/.venv/bin/python zzg_make.py from any directory;
files are written next to this script. Only files starting zzg- are written.
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


def out(name):
    assert name.startswith("zzg-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "B": "5B9BD5", "Blue": "5B9BD5", "Complete": "5B9BD5",
    "G": "70AD47", "Green": "70AD47",
    "A": "FFC000", "Amber": "FFC000",
    "R": "FF0000", "Red": "FF0000",
}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
SECT_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_fill(code):
    return PatternFill("solid", fgColor=FILL[code])


def xl_header(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BOX


def xl_row(ws, row, values, rag_cols=()):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if i in rag_cols and v in FILL:
            c.fill = xl_fill(v)
            c.alignment = Alignment(horizontal="center", vertical="top")


def xl_section(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = SECT_FILL
    c.border = BOX


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ================================================================ 1 xlsx
def west_lindsey():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = ("West Lindsey District Council \u2013 Internal Audit Outstanding "
                "Recommendations Tracker")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Governance and Audit Committee \u2013 14 October 2025"
    ws["A3"] = "Position as at 30 September 2025"
    ws["A5"] = "Summary by priority"
    ws["A5"].font = Font(bold=True)
    xl_header(ws, 6, ["Priority", "Implemented this period", "Outstanding",
                      "Of which overdue (R)"])
    for r, vals in enumerate([["High", 1, 1, 0], ["Medium", 0, 4, 1],
                              ["Low", 1, 1, 0], ["Total", 2, 6, 1]], start=7):
        xl_row(ws, r, vals)
    ws["A10"].font = Font(bold=True)
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [("B", "Implemented \u2013 evidence provided to Internal Audit"),
           ("G", "On track to meet the current (original or revised) target date"),
           ("A", "Some slippage \u2013 at risk of missing the current target date"),
           ("R", "Overdue \u2013 target date has passed")]
    for r, (k, text) in enumerate(key, start=13):
        xl_row(ws, r, [k, text], rag_cols=(1,))
    ws["A18"] = ("Implemented recommendations (B) are reported to the Committee once "
                 "and then removed from the tracker.")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 20

    t = wb.create_sheet("Tracker")
    t["A1"] = "Outstanding Internal Audit Recommendations \u2013 detail"
    t["A1"].font = Font(bold=True, size=12)
    t["A2"] = ("Internal audit provided by Assurance Lincolnshire. Updates provided by "
               "responsible officers, September 2025.")
    cols = ["Ref", "Priority", "Recommendation", "Agreed action", "Responsible officer",
            "Original target date", "Revised target date", "RAG",
            "Update (September 2025)"]
    xl_header(t, 4, cols)
    d = dt.datetime
    rows = [
        ("sect", "Procurement 2023/24 \u2013 Limited Assurance"),
        ("PRO-01", "High",
         "Update the Contract and Procurement Procedure Rules to reflect the Procurement "
         "Act 2023 and make sure all budget holders are aware of the changes.",
         "Revise the Contract and Procurement Procedure Rules and present them to "
         "Corporate Policy and Resources Committee for approval.",
         "Procurement Lead Officer / Monitoring Officer", d(2024, 12, 31), d(2025, 6, 30),
         "B", "Revised rules approved by Corporate Policy and Resources Committee on "
              "19 June 2025 and in force from 1 July 2025."),
        ("PRO-02", "Medium", None,
         "Deliver briefing sessions on the revised rules to all budget holders and keep "
         "a record of attendance.",
         "Procurement Lead Officer", d(2025, 3, 31), d(2025, 10, 31), "G",
         "Four sessions delivered (42 attendees). Final session for Operational "
         "Services managers booked for 16 October 2025."),
        ("PRO-03", "High",
         "Keep the contracts register complete and up to date and publish it in line "
         "with the Local Government Transparency Code.",
         "Reconcile the contracts register to creditor payments over \u00a35,000 each "
         "quarter and publish the updated register on the Council's website.",
         "Financial Services Manager; Procurement Lead Officer", d(2024, 9, 30),
         d(2025, 12, 31), "A",
         "Q1 reconciliation complete. Q2 delayed by a staff vacancy; publication now "
         "planned for December 2025."),
        ("sect", "Complaints Handling 2024/25 \u2013 Reasonable Assurance"),
        ("CMP-01", "Medium",
         "Ensure stage 1 complaints are acknowledged and responded to within the "
         "timescales in the Corporate Complaints Policy.",
         "Introduce weekly reporting of open complaints to service managers, with "
         "escalation of any complaint close to its response deadline.",
         "Customer Experience Manager", d(2025, 5, 31), None, "R",
         "Report designed but cannot go live until the CRM upgrade is complete."),
        ("CMP-02", "Low", None,
         "Update the complaint acknowledgement and response letter templates to include "
         "the Local Government and Social Care Ombudsman's contact details.",
         "Customer Experience Manager", d(2025, 6, 30), None, "B",
         "Templates updated and issued to all services on 12 June 2025."),
        ("sect", "ICT Incident Management 2024/25 \u2013 Substantial Assurance"),
        ("ICT-01", "Medium",
         "Formalise the ICT major incident process and test it at least once a year.",
         "Document the ICT major incident procedure, setting out roles, escalation "
         "routes and how services will be kept informed.",
         "ICT Manager", d(2025, 3, 31), d(2025, 11, 30), "A",
         "Draft procedure written; waiting for the new business continuity plans so "
         "the two documents align."),
        ("ICT-02", "Medium", None,
         "Hold a tabletop exercise of the procedure with Management Team and record the "
         "lessons learned.",
         "ICT Manager / Emergency Planning Officer", d(2025, 9, 30), d(2026, 1, 31), "G",
         "Exercise moved to January 2026 so that it follows sign-off of the procedure "
         "(ICT-01)."),
        ("sect", "Performance Management 2024/25 \u2013 Substantial Assurance"),
        ("PM-01", "Low",
         "Strengthen the checks on performance data before it is reported to Committee.",
         "Introduce a data quality checklist, signed off by the responsible Head of "
         "Service, for each quarterly performance return.",
         "Performance and Programme Manager", d(2025, 12, 31), None, "G",
         "Checklist drafted and piloted with the Q1 2025/26 return."),
    ]
    r = 5
    rec_start = None
    for row in rows:
        if row[0] == "sect":
            xl_section(t, r, row[1], len(cols))
            r += 1
            continue
        ref, prio, rec, action, lead, orig, rev, rag, upd = row
        xl_row(t, r, [ref, prio, rec, action, lead, orig, rev, rag, upd], rag_cols=(8,))
        for col in (6, 7):
            t.cell(row=r, column=col).number_format = "dd/mm/yyyy"
        if rec is None:
            # continuation of the recommendation above: merge the cells
            t.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
        else:
            rec_start = r
        r += 1
    t.cell(row=r + 1, column=1,
           value="Source: responsible officer updates collated by the Governance and "
                 "Audit team.")
    for col, w in zip("ABCDEFGHI", (9, 9, 40, 45, 28, 13, 13, 6, 45)):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A5"
    wb.save(out("zzg-west-lindsey-dc-internal-audit-recommendations-tracker.xlsx"))


# ================================================================ 2 xlsx
def redbridge():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "London Borough of Redbridge \u2013 Corporate Plan Delivery Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 progress update (July \u2013 September 2025)"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for r, (k, v) in enumerate([("Owner", "Head of Policy and Performance"),
                                ("Version", "2.1"),
                                ("Date", "21 October 2025"),
                                ("Reported to", "Cabinet, 11 November 2025")], start=5):
        xl_row(ws, r, [k, v])
        ws.cell(row=r, column=1).font = Font(bold=True)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    for r, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some slippage \u2013 recoverable within the year"),
                                ("R", "Off track \u2013 corrective action needed")],
                               start=11):
        xl_row(ws, r, [k, v], rag_cols=(1,))
    ws["A16"] = ("Each priority has its own tab. The Q1 RAG is shown for comparison; the "
                 "Q2 RAG is the current position.")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 55

    cols = ["Ref", "Action / milestone", "Lead officer", "Cabinet portfolio", "Due",
            "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    sheets = [
        ("P1 Clean and safe", "Priority 1: A clean, green and safe Redbridge", [
            ("obj", "Objective 1.1 \u2013 Cleaner streets and less fly-tipping"),
            ("1.1.1", "Deploy two additional enforcement officers to fly-tipping hotspots "
                      "and publish enforcement data every quarter.",
             "Head of Civic Pride", "Cabinet Member for Environment", "Q2 2025/26",
             "G", "B", "Officers in post from July; Q1 data published on the website in "
                       "August."),
            ("1.1.2", "Extend the food waste collection service to all flats above shops.",
             "Head of Waste and Recycling", "Cabinet Member for Environment",
             "March 2026", "A", "A",
             "Delays in caddy deliveries; 60% of eligible properties now covered."),
            ("obj", "Objective 1.2 \u2013 Safer streets and town centres"),
            ("1.2.1", "Open the Ilford town centre Safer Streets hub and extend CCTV "
                      "coverage to Seven Kings high street.",
             "Head of Community Safety; Borough Commander (East Area BCU)",
             "Cabinet Member for Community Safety", "Dec-25", "G", "G",
             "Hub fit-out complete; opening planned for 1 December. CCTV cameras "
             "installed."),
        ]),
        ("P2 Homes", "Priority 2: Good quality, affordable homes", [
            ("obj", "Objective 2.1 \u2013 More affordable homes"),
            ("2.1.1", "Achieve start on site for 150 new council homes through the "
                      "Housing Delivery Programme.",
             "Director of Housing and Regeneration", "Cabinet Member for Housing",
             "Q4 2025/26", "A", "R",
             "Two sites delayed by contractor insolvency; re-procurement under way. "
             "Forecast 95 starts by March 2026."),
            ("obj", "Objective 2.2 \u2013 Fewer households in temporary accommodation"),
            ("2.2.1", "Procure 60 additional private rented homes for homelessness "
                      "prevention.",
             "Head of Housing Needs", "Cabinet Member for Housing", "31/03/2026",
             "G", "A", "28 homes procured to date; incentive payments under review."),
            ("2.2.2", "Review the Housing Allocations Scheme and consult residents on the "
                      "proposed changes.",
             "Head of Housing Needs / Head of Policy and Performance",
             "Cabinet Member for Housing", "Oct \u2013 Dec 2025", "G", "G",
             "Consultation launched 6 October 2025."),
        ]),
        ("P3 Health", "Priority 3: Healthy, independent residents", [
            ("obj", "Objective 3.1 \u2013 Living independently for longer"),
            ("3.1.1", "Launch the new reablement model with NELFT and increase the number "
                      "of people completing reablement.",
             "Director of Adult Social Care",
             "Cabinet Member for Adult Social Care and Health", "Q3 2025/26", "G", "G",
             "New model live in two localities; third locality from November."),
            ("3.1.2", "Deliver the Healthy Redbridge physical activity programme in every "
                      "ward.",
             "Director of Public Health",
             "Cabinet Member for Adult Social Care and Health", "Ongoing", "G", "G",
             "Sessions running in 19 of 22 wards."),
            ("obj", "Objective 3.2 \u2013 Better mental health and wellbeing"),
            ("3.2.1", "Commission a community mental health and wellbeing offer for young "
                      "people aged 16 to 25.",
             "Director of Public Health / Head of Children's Commissioning",
             "Cabinet Member for Children and Young People", "June 2026", None, "G",
             "New action added at Q2. Market engagement event held 30 September."),
        ]),
    ]
    for title, heading, rows in sheets:
        s = wb.create_sheet(title)
        s["A1"] = heading
        s.merge_cells("A1:H1")
        s["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        s["A1"].fill = PatternFill("solid", fgColor="7030A0")
        xl_header(s, 2, cols)
        r = 3
        for row in rows:
            if row[0] == "obj":
                xl_section(s, r, row[1], len(cols))
            else:
                xl_row(s, r, list(row), rag_cols=(6, 7))
            r += 1
        for col, w in zip("ABCDEFGH", (8, 50, 30, 28, 14, 8, 8, 45)):
            s.column_dimensions[col].width = w
    wb.save(out("zzg-london-borough-of-redbridge-council-plan-delivery-plan-2025-26.xlsx"))


# ================================================================ 3 xlsx (refuse)
def windsor_maidenhead():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = ("Royal Borough of Windsor & Maidenhead \u2013 Corporate Risk Register "
                "2025/26")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Reported to Audit and Governance Committee \u2013 24 November 2025 "
                "(Quarter 2 review)")
    cols = ["Risk ref", "Risk", "Risk owner", "Current score (L x I)",
            "Direction of travel", "Existing controls", "Further actions",
            "Action owner", "Target date", "Target score", "Action status"]
    xl_header(ws, 4, cols)
    risks = [
        ("CRR01",
         "Financial sustainability: the Council cannot set a balanced budget for 2026/27 "
         "and maintain an adequate level of reserves.",
         "Executive Director of Resources (S151)", "5 x 5 = 25", "\u2194",
         "Medium Term Financial Strategy; monthly budget monitoring to CLT and Cabinet; "
         "spending controls panel.", "3 x 4 = 12", [
             ("Deliver the 2025/26 savings programme and report progress monthly to CLT.",
              "Deputy Director of Finance", "March 2026", "Amber"),
             ("Agree the terms of the Exceptional Financial Support with MHCLG.",
              "Executive Director of Resources", "Dec 2025", "Green"),
             ("Complete the review of the capital programme and remove schemes that are "
              "no longer affordable.", "Head of Finance", "31/01/2026", "Green"),
         ]),
        ("CRR02",
         "Children's placements: rising demand and cost of placements for children in "
         "care exceeds the budget available.",
         "Director of Children's Services", "4 x 4 = 16", "\u2191",
         "Resource Panel approval of all external placements; regional commissioning "
         "framework.", "3 x 3 = 9", [
             ("Implement the placement sufficiency strategy, including two new in-borough "
              "children's homes.", "Director of Children's Services", "Sept 2026",
              "Amber"),
             ("Review all high-cost placements monthly through the Resource Panel.",
              "Head of Service, Children in Care", "Monthly", "Green"),
         ]),
        ("CRR03",
         "Cyber security: a successful cyber attack disrupts council services and leads "
         "to loss of data.",
         "Executive Director of Resources (S151)", "4 x 5 = 20", "\u2194",
         "Firewalls and endpoint protection; multi-factor authentication; offline "
         "back-ups.", "3 x 4 = 12", [
             ("Complete migration of the remaining servers to the cloud and "
              "decommission the legacy data centre.", "Head of ICT", "June 2026",
              "Amber"),
             ("Run the annual phishing simulation and mandatory cyber training for all "
              "staff.", "Head of ICT / Information Governance Manager", "Nov 2025",
              "Green"),
             ("Renew the PSN compliance certificate.", "Head of ICT", "Mar 2026",
              "Green"),
         ]),
        ("CRR04",
         "Temporary accommodation: numbers in temporary and emergency accommodation "
         "continue to rise, increasing cost and reducing quality.",
         "Executive Director of Place", "5 x 4 = 20", "\u2191",
         "Homelessness prevention service; nightly-paid accommodation procurement "
         "controls.", "4 x 3 = 12", [
             ("Acquire 40 additional homes for use as temporary accommodation through the "
              "acquisition programme.", "Head of Housing", "March 2026", "Amber"),
             ("Launch the private landlord incentive scheme to increase homelessness "
              "prevention options.", "Housing Options Manager", "Janaury 2026", "Green"),
         ]),
        ("CRR05",
         "Workforce: the Council cannot recruit and retain staff in hard-to-fill roles, "
         "affecting statutory services.",
         "Head of HR", "3 x 4 = 12", "\u2193",
         "Market supplements for hard-to-fill roles; workforce strategy.", "2 x 3 = 6", [
             ("Launch the grow-your-own apprenticeship scheme for planning and "
              "environmental health.", "Head of HR", "April 2026", "Green"),
             ("Complete the pay and grading benchmarking review.", "Head of HR",
              "Q4 2025/26", "Green"),
         ]),
    ]
    r = 5
    for ref, risk, owner, score, dot, controls, target, actions in risks:
        first = r
        for action, aowner, due, status in actions:
            xl_row(ws, r, [ref if r == first else None, risk if r == first else None,
                           owner if r == first else None, score if r == first else None,
                           dot if r == first else None, controls if r == first else None,
                           action, aowner, due, target if r == first else None, status],
                   rag_cols=(11,))
            r += 1
        last = r - 1
        if last > first:
            for col in (1, 2, 3, 4, 5, 6, 10):
                ws.merge_cells(start_row=first, start_column=col, end_row=last,
                               end_column=col)
    # sanity: the mistyped month must sit on sheet row 14
    assert ws.cell(row=14, column=9).value == "Janaury 2026"
    ws.cell(row=r + 1, column=1,
            value="Direction of travel: \u2191 increasing  \u2193 decreasing  "
                  "\u2194 no change since last review")
    for col, w in zip("ABCDEFGHIJK", (8, 40, 24, 12, 10, 40, 45, 26, 13, 12, 10)):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    xl_header(m, 3, ["Score", "Likelihood", "Impact"])
    for rr, vals in enumerate([[1, "Rare", "Minimal"], [2, "Unlikely", "Minor"],
                               [3, "Possible", "Moderate"], [4, "Likely", "Major"],
                               [5, "Almost certain", "Critical"]], start=4):
        xl_row(m, rr, vals)
    m["A10"] = "15\u201325 Red  |  8\u201312 Amber  |  1\u20136 Green"
    wb.save(out("zzg-royal-borough-of-windsor-and-maidenhead-corporate-risk-register-"
                "2025-26-typo-month-refuse.xlsx"))


# ================================================================ 4 docx
def milton_keynes():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Child K \u2013 Local Child Safeguarding Practice Review Action Plan",
                      style="Title")
    doc.add_paragraph("Milton Keynes Together Safeguarding Partnership")
    doc.add_paragraph(
        "This action plan responds to the recommendations of the independent reviewer's "
        "report (published September 2025). Progress is monitored by the Learning and "
        "Improvement Subgroup and reported to the Executive every quarter.")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comment"]):
        bold_cell(c, h)
    for vals in [("1.0", "18/09/2025", "Partnership Business Manager",
                  "Agreed by the Executive"),
                 ("2.0", "04/11/2025", "Partnership Business Manager",
                  "Q2 progress updates added")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, vals):
            c.text = v

    doc.add_paragraph("RAG rating", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, hexc, meaning in [
            ("Blue", "5B9BD5", "Action complete and impact evidenced"),
            ("Green", "70AD47", "On track"),
            ("Amber", "FFC000", "Some delay \u2013 still expected to be completed"),
            ("Red", "FF0000", "Off track \u2013 escalate to the Executive")]:
        cells = key.add_row().cells
        cells[0].text = colour
        shade(cells[0], hexc)
        cells[1].text = meaning

    themes = [
        ("Learning theme 1: Seeing the baby in the context of parental mental health", [
            ("Recommendation 1: MKTSP should seek assurance that practitioners in "
             "maternity, health visiting and primary care routinely ask about and record "
             "the mental health of fathers and partners.", [
                 ("1.1", "Add routine questions about the mental health of fathers and "
                         "partners to the antenatal booking and new birth visit "
                         "templates.",
                  "MKUH Named Midwife / Health Visiting Service Lead", "December 2025",
                  "Booking template changed in October 2025; health visiting template "
                  "awaiting SystmOne update.", "Amber"),
                 ("1.2", "Audit 30 new birth visit records to check that the mental health "
                         "of both parents has been recorded, and report the findings to "
                         "the Learning and Improvement Subgroup.",
                  "Designated Nurse for Safeguarding Children (BLMK ICB)", "Q4 2025/26",
                  "Audit sample agreed; audit to take place in February 2026.", "Green"),
             ]),
            ("Recommendation 2: MKTSP should make sure that GP practices understand the "
             "learning from this review.", [
                 ("2.1", "Share a seven-minute briefing on Child K with all GP practices "
                         "and discuss it at the next safeguarding leads' forum.",
                  "Named GP for Safeguarding Children", "October 2025",
                  "Briefing circulated 2 October 2025; discussed at the forum on "
                  "15 October 2025.", "Blue"),
             ]),
        ]),
        ("Learning theme 2: Information sharing at the front door", [
            ("Recommendation 3: Children's social care and Thames Valley Police should "
             "review how information about previous domestic abuse incidents is shared "
             "at the point of referral.", [
                 ("3.1", "Review the MASH information-sharing checklist so that the police "
                         "domestic abuse history of both adults is considered at the first "
                         "strategy discussion.",
                  "Head of MASH and Assessment / TVP Detective Inspector (CAIU)",
                  "January 2026",
                  "Draft checklist tested in MASH during October.", "Green"),
                 ("3.2", "Deliver joint training for MASH social workers and police "
                         "officers on assessing the risk from domestic abuse to babies and "
                         "very young children.",
                  "MKTSP Learning and Development Coordinator", "By 31 March 2026",
                  "Two of four sessions booked.", "Green"),
             ]),
            ("Recommendation 4: MKTSP should test the impact of this learning through a "
             "multi-agency audit within twelve months.", [
                 ("4.1", "Include pre-birth and under-one referrals involving domestic "
                         "abuse in the 2026/27 multi-agency audit programme.",
                  "Quality Assurance Subgroup Chair", "April 2026",
                  "Not started \u2013 scheduled for the 2026/27 programme.", ""),
                 ("4.2", "Report the audit findings and evidence of impact to the MKTSP "
                         "Executive.",
                  "Partnership Business Manager", "July 2026", "", ""),
             ]),
        ]),
    ]
    rag_hex = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    for theme, recs in themes:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, actions in recs:
            tbl = doc.add_table(rows=2, cols=6)
            tbl.style = "Table Grid"
            top = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[5])
            bold_cell(top, rec)
            shade(top, "D9E1F2")
            for c, h in zip(tbl.rows[1].cells, ["Ref", "Action", "Lead",
                                                "By when", "Progress / evidence",
                                                "RAG"]):
                bold_cell(c, h)
            for ref, action, lead, when, prog, rag in actions:
                cells = tbl.add_row().cells
                for c, v in zip(cells, [ref, action, lead, when, prog, rag]):
                    c.text = v
                if rag:
                    shade(cells[5], rag_hex[rag])
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off by the safeguarding partners", style="Heading 2")
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Partner", "Role", "Date"]):
        bold_cell(c, h)
    for vals in [("Milton Keynes City Council", "Director of Children's Services",
                  "18/09/2025"),
                 ("BLMK Integrated Care Board", "Chief Nursing Officer", "18/09/2025"),
                 ("Thames Valley Police", "Local Police Area Commander", "18/09/2025")]:
        cells = so.add_row().cells
        for c, v in zip(cells, vals):
            c.text = v
    doc.save(out("zzg-milton-keynes-together-safeguarding-partnership-lcspr-child-k-"
                 "action-plan.docx"))


# ================================================================ 5 docx
def north_tyneside():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_paragraph("North Tyneside Council Transformation Programme: Highlight Report",
                      style="Title")
    p = doc.add_paragraph("Reporting period: September \u2013 October 2025. "
                          "Report to: Transformation Board, 13 November 2025.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    summ = doc.add_table(rows=0, cols=2)
    summ.style = "Table Grid"
    for k, v in [("Programme", "Transformation Programme 2024\u20132027"),
                 ("Senior Responsible Owner", "Director of Resources"),
                 ("Programme Manager", "Programme Manager, Business Change Team"),
                 ("Overall RAG \u2013 last period", "Amber"),
                 ("Overall RAG \u2013 this period", "Amber")]:
        cells = summ.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
        if v == "Amber":
            shade(cells[1], "FFC000")

    doc.add_paragraph("1. Summary", style="Heading 1")
    doc.add_paragraph(
        "The programme remains Amber overall. The customer portal went live in October "
        "and the office accommodation review is complete. The telephony replacement has "
        "moved to Red because the supplier cannot meet the December go-live date.")
    doc.add_paragraph("2. Key achievements this period", style="Heading 1")
    for b in ["Customer portal launched on 6 October 2025.",
              "Hybrid working consultation closed with 1,240 responses.",
              "Spend control board now reviewing all non-pay spend over \u00a310,000."]:
        doc.add_paragraph(b, style="List Bullet")

    header = ["Ref", "Milestone", "Owner", "Original due", "Revised due",
              "Last period", "This period", "Commentary"]
    rag_hex = {"Green": "70AD47", "Amber": "FFC000", "Red": "FF0000",
               "Complete": "5B9BD5"}
    workstreams = [
        ("Workstream A: Customer and Digital", [
            ("A1", "Launch the new customer portal for council tax and benefits "
                   "self-service.",
             "Head of Customer Services / ICT Programme Lead", "Jul-25", "Oct-25",
             "Amber", "Complete",
             "Went live 6 October 2025; 4,100 accounts registered in the first "
             "fortnight."),
            ("A2", "Move 80% of garden waste renewals online.",
             "Head of Customer Services", "Mar-26", "", "Green", "Green",
             "62% of renewals made online so far this year."),
            ("A3", "Replace the contact centre telephony platform.",
             "ICT Programme Lead", "Dec-25", "Apr-26", "Amber", "Red",
             "Supplier cannot meet the December date; revised plan to come to the Board "
             "in December."),
        ]),
        ("Workstream B: Workforce and Ways of Working", [
            ("B1", "Complete the office accommodation review and consult staff on the "
                   "hybrid working model.",
             "HR Business Partner; Head of Property", "Sep-25", "", "Green", "Complete",
             "Consultation closed 30 September; outcome report to Cabinet in November."),
            ("B2", "Roll out the new appraisal and development framework to all managers.",
             "Head of HR and Organisational Development", "Jan-26", "", "Green", "Green",
             "Manager briefings under way."),
        ]),
        ("Workstream C: Commissioning and Procurement", [
            ("C1", "Re-tender the home care framework with outcome-based specifications.",
             "Head of Commissioning (Adults)", "Nov-25", "Feb-26", "Green", "Amber",
             "Evaluation extended after a high number of bids."),
            ("C2", "Introduce contract management training for all contract owners.",
             "Procurement Manager", "Q4 2025/26", "", "", "Green",
             "Training provider appointed; first cohort in January."),
            ("C3", "Establish a spend control board for all non-pay spend over \u00a310,000.",
             "Director of Resources", "Aug-25", "", "Complete", "Complete",
             "Board meeting weekly since August."),
        ]),
    ]
    for ws_title, rows in workstreams:
        doc.add_paragraph(ws_title, style="Heading 1")
        tbl = doc.add_table(rows=1, cols=len(header))
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, header):
            bold_cell(c, h)
        for row in rows:
            cells = tbl.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
            for idx in (5, 6):
                if row[idx] in rag_hex:
                    shade(cells[idx], rag_hex[row[idx]])

    doc.add_paragraph("Key risks and issues", style="Heading 1")
    rt = doc.add_table(rows=1, cols=5)
    rt.style = "Table Grid"
    for c, h in zip(rt.rows[0].cells, ["Ref", "Risk / issue", "Mitigation", "Owner",
                                       "RAG"]):
        bold_cell(c, h)
    for vals in [("R1", "Telephony supplier delay leaves the contact centre on an "
                        "unsupported platform after March 2026.",
                  "Extended support agreed with the current supplier to June 2026.",
                  "ICT Programme Lead", "Red"),
                 ("R2", "Capacity in the Business Change Team while two posts are vacant.",
                  "Interim cover from the corporate PMO.", "Director of Resources",
                  "Amber")]:
        cells = rt.add_row().cells
        for c, v in zip(cells, vals):
            c.text = v
        shade(cells[4], rag_hex[vals[4]])

    doc.add_paragraph("Decisions required from the Board", style="Heading 1")
    doc.add_paragraph("The Board is asked to note the revised date for milestone A3 and to "
                      "agree the extension of the home care tender timetable (C1).")
    doc.save(out("zzg-north-tyneside-council-transformation-programme-highlight-report.docx"))


# ================================================================ 6 csv
def somerset():
    rows = [
        ["Somerset Health and Wellbeing Board \u2013 Action Log", "", "", "", "", "", ""],
        ["Somerset Board (Health and Wellbeing Board and Integrated Care Partnership "
         "meeting in common). Updated 1 December 2025", "", "", "", "", "", ""],
        ["RAG: B = complete, G = on track, A = at risk of delay, R = overdue",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Date raised", "Action", "Lead", "Due date", "RAG", "Update"],
        ["Meeting: 16 June 2025", "", "", "", "", "", ""],
        ["HWB-25-07", "16/06/2025",
         "Share the Joint Strategic Needs Assessment chapter on housing and health with "
         "district, town and parish councils.",
         "Consultant in Public Health", "31/07/2025", "B", "Shared 10 July 2025."],
        ["HWB-25-08", "16/06/2025",
         "Bring a report on the Better Care Fund 2025/26 quarter 1 return to the "
         "September meeting.",
         "Director of Adult Social Care / ICB Director of Strategy", "Sept 2025", "B",
         "On the agenda for 22 September 2025."],
        ["HWB-25-09", "16/06/2025",
         "Set up a task and finish group on childhood immunisation uptake, with members "
         "from primary care, public health and Healthwatch Somerset.",
         "Director of Public Health", "Oct-25", "A",
         "First meeting moved to December because of the winter vaccination programme."],
        ["HWB-25-10", "16/06/2025",
         "Write to the Department of Health and Social Care on behalf of the Board about "
         "the 2025/26 public health grant allocation.",
         "Chair of the Board", "31/07/2025", "R",
         "Letter drafted; awaiting the Chair's sign-off."],
        ["Meeting: 22 September 2025", "", "", "", "", "", ""],
        ["HWB-25-14", "22/09/2025",
         "Circulate the final Pharmaceutical Needs Assessment 2025 to all Board members.",
         "Public Health Intelligence Manager", "01/10/2025", "B",
         "Circulated 30 September 2025."],
        ["HWB-25-15", "22/09/2025",
         "Provide a briefing on the winter plan, including the urgent care response in "
         "West Somerset.",
         "ICB Chief Operating Officer", "Next meeting", "G",
         "Briefing being prepared with Somerset NHS Foundation Trust."],
        ["HWB-25-16", "22/09/2025",
         "Propose how the Board will monitor progress against the Improving Lives "
         "Strategy outcomes framework, for discussion at the development session.",
         "Board Manager; Healthwatch Somerset Chair", "Dec 2025", "G",
         "Development session booked for 8 December 2025."],
        ["HWB-25-17", "22/09/2025",
         "Report back on waiting times for children's speech and language therapy "
         "assessments.",
         "Lucy Tremlett and Gareth Moss", "March 2026", "G",
         "Data request sent to the provider."],
        ["HWB-25-18", "22/09/2025",
         "Add an update on NHS dental access to the Board's forward plan.",
         "Board Manager", "TBC", "G", "Date to be agreed with the ICB."],
        ["", "", "", "", "", "", ""],
        ["Completed actions are removed after they have been reported to one meeting.",
         "", "", "", "", "", ""],
    ]
    with open(out("zzg-somerset-health-and-wellbeing-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================ 7 txt
def east_suffolk():
    T = "\t"
    lines = [
        "Domestic Homicide Review (Joanna) \u2013 Action Plan",
        "East Suffolk Community Safety Partnership",
        "Action plan agreed by the DHR Panel on 14 March 2025; progress as at "
        "30 October 2025",
        "",
        T.join(["Recommendation", "Scope", "Action no.", "Action to take", "Lead agency",
                "Target date", "Progress / outcome", "RAG"]),
        T.join(["1. East Suffolk CSP to raise awareness of economic abuse among "
                "frontline staff in housing and benefits teams.", "Local", "1.1",
                "Include economic abuse in the CSP domestic abuse training for housing, "
                "benefits and customer services staff.",
                "East Suffolk Council (Communities Team)", "June 2025",
                "Completed 19/06/2025 \u2013 three sessions, 64 staff trained.", "B"]),
        T.join(["", "", "1.2",
                "Add a prompt about financial control to the housing options triage form.",
                "East Suffolk Council (Housing Needs)", "Sept 2025",
                "Prompt added 1 September 2025.", "B"]),
        T.join(["2. Suffolk Constabulary to ensure that officers attending domestic abuse "
                "incidents complete the DARA risk assessment with the victim away from "
                "the perpetrator.", "Local / Regional", "2.1",
                "Issue a reminder and short briefing to all response officers on "
                "completing DARA away from the suspect.",
                "Suffolk Constabulary", "April 2025", "Briefing issued 2 April 2025.",
                "B"]),
        T.join(["", "", "2.2",
                "Dip-sample 50 DARA forms each quarter and report compliance to the "
                "Domestic Abuse Partnership Board.",
                "Suffolk Constabulary / Suffolk Domestic Abuse Partnership", "Quarterly",
                "First dip-sample reported in July 2025: 81% compliance.", "G"]),
        T.join(["3. The ICB to strengthen routine enquiry about domestic abuse in primary "
                "care, particularly for patients presenting with anxiety or low mood.",
                "Local", "3.1",
                "Roll out IRIS (Identification and Referral to Improve Safety) training "
                "to GP practices in East Suffolk.",
                "NHS Suffolk and North East Essex ICB", "March 2026",
                "14 of 22 practices trained.", "A"]),
        T.join(["", "", "",
                "Practices in Lowestoft and Felixstowe to be prioritised.",
                "", "", "", ""]),
        T.join(["", "", "3.2",
                "Audit a sample of GP records for patients with repeat presentations of "
                "anxiety to check whether they were asked about domestic abuse.",
                "NHS Suffolk and North East Essex ICB", "Q4 2025/26",
                "Audit tool agreed; sample to be drawn in January 2026.", "G"]),
        T.join(["4. East Suffolk CSP to make sure the learning from this review reaches "
                "families, friends and employers.", "Local", "4.1",
                "Publish a seven-minute briefing and run a community awareness campaign "
                "on recognising coercive control, co-produced with Joanna's family.",
                "East Suffolk CSP", "Nov 2025",
                "Campaign planned for White Ribbon Day, 25 November 2025.", "G"]),
        T.join(["", "", "4.2",
                "Work with local employers through the Suffolk Chamber of Commerce to "
                "adopt a workplace domestic abuse policy.",
                "East Suffolk CSP / Suffolk Chamber of Commerce", "Sep-26",
                "Not started.", ""]),
        "",
        "RAG key: B \u2013 complete; G \u2013 on track; A \u2013 delayed but expected to "
        "complete; R \u2013 not on track",
        "Home Office Quality Assurance Panel feedback received 11 February 2025.",
    ]
    with open(out("zzg-east-suffolk-csp-dhr-joanna-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    west_lindsey()
    redbridge()
    windsor_maidenhead()
    milton_keynes()
    north_tyneside()
    somerset()
    east_suffolk()
    print("built 7 zzg files in", HERE)
