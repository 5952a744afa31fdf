# Generator for set heldout532, prefix vo: seven council/public-body plan files.
# Run with /work/main/.venv/bin/python vo_make.py (from any directory).
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. North Lanarkshire IJB - annual audit report 2024/25 action plan (xlsx)
# ---------------------------------------------------------------------------
NL_FILE = "vo-north-lanarkshire-ijb-annual-audit-report-2024-25-action-plan.xlsx"
NL_TITLE = ("North Lanarkshire Integration Joint Board: Annual Audit Report 2024/25 "
            "\u2013 Action Plan Progress Update")

# (issue, recommendation, [ (no, action, officer, agreed, revised, update, status) ])
NL_CURRENT = [
    ("Medium-term financial plan",
     "The IJB should update its medium-term financial plan to reflect the 2025/26 budget "
     "settlement and set out how the projected funding gap of \u00a314.2 million to 2027/28 "
     "will be closed.",
     [("1",
       "The medium-term financial plan will be refreshed and presented to the IJB alongside "
       "the 2026/27 budget, with savings proposals identified for each year of the plan.",
       "Chief Finance Officer", d(2026, 3, 31), None,
       "Draft refresh considered at IJB development session on 15 October 2025. Savings "
       "workstreams being costed with partners.", "Amber")]),
    ("Use of reserves",
     "The IJB should agree a reserves strategy that sets a minimum level of general reserves "
     "and a plan for the use of earmarked reserves.",
     [("2.1",
       "Reserves strategy to be reviewed and a minimum general reserve of 2% of net "
       "expenditure proposed to the IJB.",
       "Chief Finance Officer", d(2025, 9, 30), None,
       "Reserves strategy approved by the IJB on 24 September 2025.", "Complete"),
      ("2.2",
       "Earmarked reserves to be reviewed quarterly by the Senior Leadership Team, with "
       "uncommitted balances released to general reserves.",
       "Chief Finance Officer / Head of Planning, Performance and Quality Assurance",
       d(2025, 12, 31), None,
       "First quarterly review completed in October 2025.", "Green")]),
    ("Directions",
     "The IJB should ensure that directions issued to North Lanarkshire Council and NHS "
     "Lanarkshire are specific, time-bound and reviewed in line with statutory guidance.",
     [("3",
       "A directions log will be established and all directions reviewed annually, with a "
       "report to the Audit and Performance Committee.",
       "Chief Officer", d(2025, 9, 30), d(2026, 1, 31),
       "Directions log in place. Annual review delayed to align with the refreshed Strategic "
       "Commissioning Plan.", "Amber")]),
    ("Performance reporting",
     "Performance reports to the IJB should include trend data and benchmarking against "
     "comparable partnerships, and explain the reasons for declining performance.",
     [("4",
       "The quarterly performance report will be redesigned to include trend information, "
       "Scottish averages and commentary on exceptions.",
       "Head of Planning, Performance and Quality Assurance", d(2026, 3, 31), None,
       "New format agreed with the Chair; first use planned for the Q3 report.", "Green")]),
    ("Savings delivery",
     "The IJB should strengthen the monitoring of savings plans so that slippage is "
     "identified and reported at an early stage.",
     [("5",
       "Savings tracker to be reported to each meeting of the Audit and Performance "
       "Committee, with RAG-rated progress against each saving.",
       "Chief Finance Officer", d(2025, 6, 30), None,
       "Tracker reported to every meeting since June 2025.", "Complete")]),
    ("Board member training",
     "The IJB should complete a training needs analysis for voting members and provide "
     "induction on the IJB's role, financial position and risk appetite.",
     [("6",
       "Training needs analysis to be issued to all members and an annual development "
       "programme agreed.",
       "Chief Officer", d(2025, 12, 31), None,
       "Analysis issued in August 2025; response rate 40%. Programme not yet agreed.",
       "Red")]),
]

NL_PRIOR = [
    ("b/f 1",
     "The IJB should ensure the integrated workforce plan is aligned with the medium-term "
     "financial plan.",
     "Workforce plan actions to be costed and reported alongside the medium-term financial "
     "plan.",
     "Chief Officer; Chief Finance Officer", d(2025, 3, 31), d(2026, 3, 31),
     "Carried forward: costing to be completed with the refreshed medium-term financial plan.",
     "Amber"),
    ("b/f 2",
     "The IJB should publish its annual performance report by the statutory deadline of "
     "31 July.",
     "Timetable for the 2024/25 annual performance report agreed with partners to ensure "
     "publication by 31 July 2025.",
     "Head of Planning, Performance and Quality Assurance", d(2025, 7, 31), None,
     "Published 29 July 2025.", "Complete"),
    ("b/f 3",
     "Risk registers should record the date each risk was last reviewed and the target risk "
     "score.",
     "Strategic risk register template to be updated to include review date and target score.",
     "Risk Manager (NHS Lanarkshire)", d(2024, 12, 31), None,
     "Template updated; first used for the March 2025 register.", "Complete"),
]

STATUS_FILL = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def make_nl():
    wb = Workbook()
    ws = wb.active
    ws.title = "2024-25 Action Plan"
    ws["A1"] = NL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Performance Committee \u2013 26 November 2025 \u2013 position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["No.", "Issue/risk", "Recommendation", "Agreed management action",
             "Responsible officer", "Agreed date", "Revised date", "Progress update",
             "Status"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for issue, rec, acts in NL_CURRENT:
        first = r
        for (no, act, off, agreed, revised, upd, st) in acts:
            vals = [no, issue if r == first else None, rec if r == first else None, act,
                    off, agreed, revised, upd, st]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = FILL[STATUS_FILL[st]]
            if st in ("Complete",):
                ws.cell(r, 9).font = Font(color="FFFFFF", bold=True)
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Status key: Complete \u2013 action implemented; Green \u2013 on track; "
                  "Amber \u2013 some slippage; Red \u2013 off track").font = Font(italic=True)
    widths = [7, 22, 45, 50, 28, 12, 12, 45, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws2 = wb.create_sheet("2023-24 follow-up")
    heads2 = ["Ref", "Recommendation (2023/24)", "Agreed action", "Responsible officer",
              "Original date", "Revised date", "Update", "Status"]
    for c, h in enumerate(heads2, 1):
        cell = ws2.cell(1, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
    for i, row in enumerate(NL_PRIOR):
        rr = i + 2
        for c, v in enumerate(row, 1):
            cell = ws2.cell(rr, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws2.cell(rr, 8).fill = FILL[STATUS_FILL[row[7]]]
    for i, w in enumerate([7, 45, 45, 28, 12, 12, 40, 11]):
        ws2.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, NL_FILE))


# ---------------------------------------------------------------------------
# 2. PSNI data breach independent review - recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
PS_FILE = "vo-psni-data-breach-independent-review-recommendations-tracker.xlsx"
PS_TITLE = ("PSNI \u2013 Independent End-to-End Review of the Data Breach of 8 August 2023: "
            "Recommendations Implementation Tracker")

# section -> [ (rec no, rec text, [ (action ref, action, owner, orig, revised, prev, current, update) ]) ]
PS_DATA = [
    ("Section 1: Organisational, Governance & Accountability", [
        ("R1", "The role of Senior Information Risk Owner (SIRO) should be held at Deputy Chief "
               "Constable level.",
         [("1.1", "SIRO role transferred to the Deputy Chief Constable and terms of reference "
                  "for the Information Assurance Board revised.",
           "Deputy Chief Constable", d(2024, 1, 31), None, "B", "blue",
           "Completed December 2023.")]),
        ("R2", "PSNI should establish an Information Assurance Board chaired by the SIRO, "
               "meeting at least quarterly.",
         [("2.1", "Information Assurance Board terms of reference, membership and forward work "
                  "plan approved.",
           "Deputy Chief Constable", d(2024, 3, 31), None, "B", "blue",
           "IAB first met 14 March 2024."),
          ("2.2", "Quarterly assurance report from the Information Assurance Board to the "
                  "Service Executive Team and the Policing Board.",
           "Head of Information Management", d(2024, 6, 30), d(2025, 12, 31), "A", "amber",
           "Two reports delivered; reporting template to Policing Board under review.")]),
    ]),
    ("Section 2: Taking Responsibility", [
        ("R9", "All officers and staff involved in the release of information under FOI should "
               "complete role-specific training before handling requests.",
         [("9.1", "Mandatory FOI disclosure training developed and delivered to all Corporate "
                  "Information Branch staff.",
           "Head of Corporate Information Branch", d(2024, 9, 30), None, "G", "blue",
           "100% of staff trained by August 2024.")]),
        ("R11", "A two-person check should be introduced for all FOI responses containing "
                "spreadsheets or data extracts.",
         [("11.1", "Two-person verification and metadata check built into the FOI case "
                   "management workflow.",
           "Head of Corporate Information Branch; Head of Digital Services",
           d(2024, 3, 31), None, "B", "blue", "Live since February 2024.")]),
    ]),
    ("Section 3: Building the Foundations", [
        ("R17", "PSNI should develop a data strategy supported by a costed implementation plan.",
         [("17.1", "Data Strategy 2025\u20132030 drafted and consulted on with staff associations.",
           "Chief Digital and Information Officer", d(2024, 12, 31), d(2026, 3, 31), "A", "red",
           "Funding for the implementation plan not yet confirmed by the Department of Justice.")]),
        ("R20", "Information asset registers should be completed for all business areas, with a "
                "named information asset owner.",
         [("20.1", "Information Asset Owner appointed for each business area and registers "
                   "completed.",
           "Head of Information Management", d(2025, 12, 31), None, "G", "green",
           "31 of 38 registers completed.")]),
    ]),
    ("Section 4: Data Sharing & Usage", [
        ("R26", "Controls should be put in place to prevent the export of bulk personal data from "
                "HR systems without authorisation.",
         [("26.1", "Role-based access controls applied to HR reporting tools and bulk export "
                   "disabled for non-authorised users.",
           "Director of People and Organisational Development", d(2025, 3, 31), d(2025, 11, 30),
           "A", "amber", "Supplier upgrade required; testing under way.")]),
    ]),
    ("Section 5: Data Culture, Skills & Talent", [
        ("R33", "A service-wide information security awareness campaign should be delivered, "
                "with completion monitored at Service Executive Team.",
         [("33.1", "Annual mandatory information security e-learning launched with completion "
                   "reported monthly to SET.",
           "Head of Information Management", d(2025, 3, 31), None, "G", "blue",
           "Launched March 2025; 94% completion."),
          ("33.2", "Data Champions network established across all districts and departments.",
           "ACC Local Policing; Head of Information Management", d(2025, 12, 31), None, "G",
           "green", "Champions nominated in 9 of 11 districts.")]),
    ]),
]


def make_psni():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = PS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position at 30 September 2025 \u2013 Northern Ireland Policing Board "
                "Resources Committee")
    heads = ["Section", "Recommendations", "Actions", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = FILL["band"]
        cell.border = BOX
    r = 5
    tot = [0] * 6
    for sec, recs in PS_DATA:
        acts = [a for _, _, al in recs for a in al]
        counts = [len(recs), len(acts)] + [sum(1 for a in acts if a[6] == k)
                                          for k in ("blue", "green", "amber", "red")]
        tot = [x + y for x, y in zip(tot, counts)]
        ws.cell(r, 1, sec).border = BOX
        for c, v in enumerate(counts, 2):
            ws.cell(r, c, v).border = BOX
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        ws.cell(r, c, v).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("blue", "Complete \u2013 evidence accepted"),
                                  ("green", "On track"),
                                  ("amber", "At risk of missing target date"),
                                  ("red", "Off track / target date missed")]):
        ws.cell(r + 1 + i, 1).fill = FILL[k]
        ws.cell(r + 1 + i, 2, txt)
    ws.column_dimensions["A"].width = 55
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 15

    t = wb.create_sheet("Tracker")
    t["A1"] = PS_TITLE
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "Current RAG is shown by cell colour (see key on Summary sheet)."
    t["A2"].font = Font(italic=True)
    heads = ["Rec No.", "Recommendation", "Action Ref", "PSNI Action", "Action Owner",
             "Original Target Date", "Revised Target Date", "Previous RAG", "Current RAG",
             "Progress Update"]
    for c, h in enumerate(heads, 1):
        cell = t.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for sec, recs in PS_DATA:
        t.cell(r, 1, sec).font = Font(bold=True)
        for c in range(1, 11):
            t.cell(r, c).fill = FILL["band"]
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for recno, rec, acts in recs:
            first = r
            for (ref, act, own, orig, rev, prev, cur, upd) in acts:
                vals = [recno if r == first else None, rec if r == first else None, ref, act,
                        own, orig, rev, prev, None, upd]
                for c, v in enumerate(vals, 1):
                    cell = t.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                t.cell(r, 9).fill = FILL[cur]
                r += 1
            if r - first > 1:
                t.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    t.cell(r, 1, "Note: only recommendations with actions reported in the 2025/26 cycle are "
                 "shown; the full list of 37 recommendations is at Appendix A of the Review "
                 "report.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [8, 45, 8, 45, 30, 12, 12, 9, 9, 40]):
        t.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, PS_FILE))


# ---------------------------------------------------------------------------
# 3. Rhondda Cynon Taf CBC strategic risk register 2025/26 (xlsx) - REFUSE
# ---------------------------------------------------------------------------
RCT_FILE = "vo-rhondda-cynon-taf-cbc-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
RCT_TITLE = ("Rhondda Cynon Taf County Borough Council \u2013 Strategic Risk Register 2025/26 "
             "(Quarter 2)")

RCT_DATA = [
    ("SR01", "Financial resilience",
     "Insufficient funding to deliver the Council's Medium Term Financial Plan, leading to "
     "unplanned reductions in services.",
     "Director of Finance and Digital Services", "5 x 4 = 20", "4 x 4 = 16",
     [("Deliver the 2025/26 budget savings programme and report progress to Cabinet quarterly.",
       "Director of Finance and Digital Services", "March 2026",
       "Savings of \u00a35.1m of \u00a37.4m delivered at Q2.", "Amber"),
      ("Refresh the Medium Term Financial Plan to 2029/30 for Council approval.",
       "Director of Finance and Digital Services", "December 2025",
       "Draft to Cabinet in November 2025.", "Green")]),
    ("SR02", "Cyber security",
     "A successful cyber attack leads to loss of systems and data, disrupting services to "
     "residents.",
     "Head of ICT", "4 x 5 = 20", "3 x 5 = 15",
     [("Complete the migration of remaining on-premises servers to the secure cloud platform.",
       "Head of ICT", "March 2026", "62% of servers migrated.", "Green"),
      ("Run a cyber incident exercise with the Corporate Management Team.",
       "Head of ICT; Emergency Planning Manager", "November 2025",
       "Exercise scheduled for 18 November 2025.", "Green")]),
    ("SR03", "Climate change and flooding",
     "Severe weather events, such as those experienced during Storm Dennis and Storm Bert, "
     "cause flooding to homes, businesses and infrastructure.",
     "Director of Frontline Services", "5 x 5 = 25", "4 x 5 = 20",
     [("Complete the culvert inspection programme for high-risk sites.",
       "Head of Highways and Flood Risk", "January 2026",
       "148 of 210 high-risk culverts inspected.", "Amber"),
      ("Publish the updated Local Flood Risk Management Strategy.",
       "Head of Flood Risk Management", "Febuary 2026",
       "Consultation closed 30 September 2025.", "Green")]),
    ("SR04", "Social care workforce",
     "Difficulty recruiting and retaining social care staff results in unmet need and "
     "increased reliance on agency staff.",
     "Director of Social Services", "4 x 4 = 16", "4 x 4 = 16",
     [("Implement the social care workforce plan, including the 'grow your own' social work "
       "trainee scheme.",
       "Head of Workforce Development", "June 2026", "12 trainees started September 2025.",
       "Green"),
      ("Review agency use in residential care and reduce reliance by 20%.",
       "Service Director \u2013 Adult Services", "March 2026",
       "Agency hours increased in Q2 due to vacancies at two homes.", "Red")]),
]
RAG_FILL = {"Green": "green", "Amber": "amber", "Red": "red"}


def make_rct():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = RCT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Governance and Audit Committee \u2013 24 November 2025"
    ws["A3"] = "Scores are Likelihood x Impact (see Scoring key sheet)."
    ws["A3"].font = Font(italic=True)
    heads = ["Risk Ref", "Risk title", "Risk description", "Risk owner",
             "Inherent score (L x I)", "Residual score (L x I)", "Further mitigating actions",
             "Action lead", "Target date", "Progress (Q2)", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for ref, title, desc, owner, inh, res, acts in RCT_DATA:
        first = r
        for act, lead, tgt, prog, rag in acts:
            vals = [ref, title, desc, owner, inh, res, act, lead, tgt, prog, rag] \
                if r == first else [None] * 6 + [act, lead, tgt, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 11).fill = FILL[RAG_FILL[rag]]
            r += 1
        for c in range(1, 7):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for col, w in zip("ABCDEFGHIJK", [8, 20, 40, 26, 11, 11, 45, 28, 14, 35, 9]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Scoring key")
    k["A1"] = "Risk scoring matrix"
    k["A1"].font = Font(bold=True)
    rows = [("Score", "Rating"), ("1 \u2013 4", "Low"), ("5 \u2013 10", "Medium"),
            ("12 \u2013 16", "High"), ("20 \u2013 25", "Very high")]
    for i, (a, b) in enumerate(rows):
        k.cell(i + 2, 1, a)
        k.cell(i + 2, 2, b)
    wb.save(os.path.join(HERE, RCT_FILE))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if fill:
            shade(c, fill)


# ---------------------------------------------------------------------------
# 4. Hillview Hospital - HIW mental health inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HV_FILE = "vo-hillview-hospital-hiw-mental-health-inspection-improvement-plan.docx"
HV_TITLE = ("Hillview Hospital, Ebbw Vale \u2013 HIW Independent Mental Health Inspection: "
            "Improvement Plan")

# section -> [ (improvement needed, standard, [ (action, officer, timescale) ]) ]
HV_DATA = [
    ("Quality of the patient experience", [
        ("The registered provider must ensure that patients are able to make private telephone "
         "calls on each ward.",
         "Regulation 15(1)(a)",
         [("Cordless handsets purchased for each ward so that patients can make calls in the "
           "privacy of their bedrooms.", "Hospital Director", "30 April 2025")]),
        ("The registered provider must ensure that information displayed for patients, "
         "including advocacy and complaints information, is available in Welsh.",
         "Regulation 9",
         [("All patient notice boards reviewed and bilingual versions of advocacy, complaints "
           "and HIW contact information displayed.", "Quality and Compliance Lead",
           "June 2025")]),
    ]),
    ("Delivery of safe and effective care", [
        ("The registered provider must ensure that ligature point risk assessments are reviewed "
         "and updated following any environmental change.",
         "Regulation 26(2)(a)",
         [("Ligature risk assessment for Cwm ward reviewed following the refurbishment of the "
           "lounge and action plan completed.", "Estates Manager / Ward Manager \u2013 Cwm",
           "31 May 2025"),
          ("Ligature audits added to the monthly environmental audit schedule, with results "
           "reported to the Clinical Governance Committee.", "Head of Nursing",
           "Immediate and ongoing")]),
        ("The registered provider must ensure that the clinic room temperature is monitored "
         "daily and action taken when it exceeds 25\u00b0C.",
         "Regulation 15(5)(a)",
         [("Air conditioning unit installed in the clinic room on Ebbw ward and daily "
           "temperature checks added to the clinic room checklist.", "Estates Manager",
           "End of July 2025")]),
        ("The registered provider must ensure that Section 17 leave forms clearly record the "
         "conditions of leave and are signed by the responsible clinician.",
         "Mental Health Act 1983, Section 17; Code of Practice for Wales, Chapter 27",
         [("Section 17 leave form revised and audited monthly by the Mental Health Act "
           "Administrator for three months.",
           "Mental Health Act Administrator; Responsible Clinicians", "Q2 2025/26")]),
    ]),
    ("Quality of management and leadership", [
        ("The registered provider must ensure that compliance with mandatory training, "
         "including Immediate Life Support, is at least 90%.",
         "Regulation 20(2)(a)",
         [("Additional Immediate Life Support sessions booked with an external trainer and "
           "compliance monitored weekly by ward managers.", "Training Coordinator",
           "September 2025")]),
        ("The registered provider must ensure that all staff receive regular supervision and an "
         "annual appraisal.",
         "Regulation 20(2)(a)",
         [("Supervision tracker introduced for each ward and overdue appraisals scheduled.",
           "Ward Managers", "31/08/2025")]),
    ]),
]


def make_hillview():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HV_TITLE, level=1)
    doc.add_paragraph("Service: Hillview Hospital")
    doc.add_paragraph("Date of inspection: 4 \u2013 6 March 2025")
    doc.add_heading("Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate non-compliance concerns were identified during this "
                      "inspection.")
    doc.add_heading("Improvement plan", level=2)
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    heads = ["Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for i, h in enumerate(heads):
        tbl.rows[0].cells[i].text = h
    bold_row(tbl.rows[0], "BDD6EE")
    for sec, items in HV_DATA:
        row = tbl.add_row()
        m = row.cells[0].merge(row.cells[4])
        m.text = sec
        bold_row(row, "F2F2F2")
        for need, std, acts in items:
            first = None
            for act, off, ts in acts:
                row = tbl.add_row()
                row.cells[2].text = act
                row.cells[3].text = off
                row.cells[4].text = ts
                if first is None:
                    first = row
                    row.cells[0].text = need
                    row.cells[1].text = std
                else:
                    a = first.cells[0].merge(row.cells[0])
                    a.text = need
                    b = first.cells[1].merge(row.cells[1])
                    b.text = std
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    doc.add_heading("Service representative", level=3)
    sig = doc.add_table(rows=3, cols=2)
    sig.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Rhian Pritchard"),
                                ("Job role:", "Hospital Director"),
                                ("Date:", "17 April 2025")]):
        sig.rows[i].cells[0].text = a
        sig.rows[i].cells[1].text = b
    doc.save(os.path.join(HERE, HV_FILE))


# ---------------------------------------------------------------------------
# 5. Slemish Integrated College - ETI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
SL_FILE = "vo-slemish-college-eti-inspection-action-plan.docx"
SL_TITLE = "Slemish College \u2013 Post-Inspection Action Plan"

# priority heading -> [ (ref, action, lead, timescale, success criteria, monitoring, rag) ]
SL_DATA = [
    ("Priority 1: To improve the consistency and quality of written and verbal feedback so "
     "that all pupils know how to improve their work.", [
        ("1.1", "Review and update the Assessment for Learning and Feedback policy in "
                "consultation with staff, pupils and parents.",
         "Vice-Principal (Curriculum)", "By June 2025",
         "Revised policy approved by the Board of Governors.",
         "SLT review of policy implementation", "Green"),
        ("1.2", "Deliver staff development on effective feedback, including whole-class "
                "feedback and purposeful marking.",
         "Vice-Principal (Curriculum) / Staff Development Coordinator", "Autumn term 2025",
         "All teaching staff attend; feedback strategies evident in lesson observations.",
         "Lesson observation records", "Green"),
        ("1.3", "Heads of Department to carry out termly book scrutiny and share findings with "
                "the Senior Leadership Team.",
         "Heads of Department", "Termly",
         "Book scrutiny shows consistent, developmental feedback in all subjects.",
         "Line management meetings", "Amber"),
        ("1.4", "Pupil voice survey on feedback to be carried out with Years 9 and 11.",
         "Pupil Voice Coordinator", "January 2026",
         "At least 80% of pupils report that feedback helps them improve.",
         "Survey analysis reported to governors", "Amber"),
    ]),
    ("Priority 2: To improve attendance, particularly for pupils entitled to free school "
     "meals.", [
        ("2.1", "Appoint an Attendance Officer and introduce weekly attendance tracking meetings "
                "with Heads of Year.",
         "Principal", "31 October 2025",
         "Attendance Officer in post; weekly meetings minuted.",
         "Principal's report to governors", "Green"),
        ("2.2", "Work with the Education Welfare Service to agree early intervention for pupils "
                "whose attendance falls below 90%.",
         "Attendance Officer; Education Welfare Officer", "Ongoing",
         "Reduction in the number of pupils with attendance below 85%.",
         "Monthly attendance data", "Amber"),
        ("2.3", "Introduce a rewards scheme for improved attendance in each year group.",
         "Heads of Year", "September 2025 \u2013 June 2026",
         "Overall attendance of FSME pupils rises to at least 90%.",
         "Termly attendance analysis", "Amber"),
    ]),
    ("Priority 3: To develop further the role of middle leaders in self-evaluation and action "
     "planning.", [
        ("3.1", "Provide training for middle leaders on using data to evaluate the impact of "
                "departmental actions.",
         "Vice-Principal (Pastoral and Data)", "Autumn term 2025",
         "Middle leaders use data confidently in departmental reviews.",
         "Departmental review meetings", "Green"),
        ("3.2", "Each department to produce an action plan aligned to the School Development "
                "Plan, reviewed at line management meetings.",
         "Heads of Department", "January 2026",
         "All departmental action plans in place and reviewed termly.",
         "SLT scrutiny of action plans", "Red"),
    ]),
]
SL_SHADE = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_slemish():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(SL_TITLE, level=0)
    doc.add_paragraph("ETI inspection: 11\u201315 November 2024 | Report published: 30 January "
                      "2025 | Progress review: February 2026")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("1.0", "10/03/2025", "Principal",
                              "Approved by the Board of Governors"),
                             ("1.3", "16/02/2026", "Vice-Principal (Curriculum)",
                              "Progress update for the Board of Governors")]):
        for j, v in enumerate(row):
            dc.rows[i].cells[j].text = v
    bold_row(dc.rows[0], "D9D9D9")
    doc.add_paragraph("")
    doc.add_paragraph("The inspection report identified three key priorities for development. "
                      "This plan sets out the actions the College will take to address them. "
                      "Progress is reviewed by the Senior Leadership Team each half term and "
                      "reported to the Board of Governors.")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (a, b) in enumerate([("Progress key", ""), ("Green", "Achieved"),
                                ("Amber", "In progress"), ("Red", "Behind schedule")]):
        key.rows[i].cells[0].text = a
        key.rows[i].cells[1].text = b
        if a in SL_SHADE:
            shade(key.rows[i].cells[0], SL_SHADE[a])
    bold_row(key.rows[0])
    heads = ["", "Actions", "Person(s) responsible", "Timescale", "Success criteria",
             "Monitoring and evaluation", "Progress"]
    for prio, acts in SL_DATA:
        doc.add_paragraph("")
        doc.add_heading(prio, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "DEEAF6")
        for a in acts:
            row = t.add_row()
            for i, v in enumerate(a):
                row.cells[i].text = v
            shade(row.cells[6], SL_SHADE[a[6]])
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Principal ____________   Chair of the Board of Governors "
                      "____________")
    doc.save(os.path.join(HERE, SL_FILE))


# ---------------------------------------------------------------------------
# 6. NHS Western Isles - Board rolling action log (csv)
# ---------------------------------------------------------------------------
WI_FILE = "vo-nhs-western-isles-board-rolling-action-log.csv"
WI_TITLE = "NHS Western Isles \u2013 Board Rolling Action Log"

WI_ROWS = [
    ("WI/B/25/07", "27/03/2025", "7.1 Corporate Risk Register",
     "Present a deep-dive on the risk relating to medical workforce sustainability at a future "
     "Board development session.",
     "Medical Director", "June 2025", "", "B",
     "Deep-dive presented at Board development session 12 June 2025."),
    ("WI/B/25/11", "29/05/2025", "5.2 Integrated Performance Report",
     "Include trend data for delayed discharges from Western Isles Hospital, split by reason "
     "for delay.",
     "Director of Finance and Performance", "Aug-25", "", "B",
     "Included from the July 2025 report."),
    ("WI/B/25/14", "29/05/2025", "6.1 Financial Performance Report",
     "Provide a breakdown of supplementary staffing costs by site:\n"
     "- agency nursing on Uist and Barra\n- locum medical cover",
     "Director of Finance and Performance", "Sep-25", "Dec-25", "A",
     "Partial breakdown provided; Barra data to follow."),
    ("WI/B/25/18", "31/07/2025", "8.3 Climate Emergency and Sustainability Annual Report",
     "Bring the updated decarbonisation route map for the Western Isles Hospital site to the "
     "Board for approval.",
     "Head of Estates", "March 2026", "", "A",
     "Consultant appointed; survey work delayed by ferry disruption."),
    ("WI/B/25/19", "31/07/2025", "9.1 Whistleblowing Quarterly Report",
     "Confirm the number of Speak Up Advocates in post and arrangements for cover in the "
     "islands.",
     "Director of Human Resources / Whistleblowing Champion", "25/09/2025", "", "B",
     "Confirmed at September Board: four advocates in post."),
    ("WI/B/25/23", "25/09/2025", "5.1 Chief Executive's Report",
     "Circulate the Scottish Government letter on the 2026/27 planning framework to Board "
     "members.",
     "Board Secretary", "Oct-25", "", "B", "Circulated 2 October 2025."),
    ("WI/B/25/24", "25/09/2025", "6.2 Annual Delivery Plan 2025/26 \u2013 Q1 Progress",
     "Provide an update on the recovery trajectory for outpatient waits over 52 weeks, "
     "including visiting consultant clinics.",
     "Chief Operating Officer", "Nov-25", "", "G", "On agenda for 27 November 2025."),
    ("WI/B/25/25", "25/09/2025", "7.2 Healthcare Associated Infection Report",
     "Report on the findings of the HIS safe delivery of care follow-up inspection once "
     "published.",
     "Nurse Director", "TBC", "", "G", "Report not yet published by HIS."),
    ("WI/B/25/26", "25/09/2025", "10.1 Any Other Business",
     "Write to the Chair of CalMac Ferries regarding the impact of ferry disruption on patient "
     "travel to mainland appointments.",
     "Chair; Chief Executive", "31 October 2025", "", "R",
     "Draft letter prepared; awaiting joint sign-off with Comhairle nan Eilean Siar."),
]


def make_wi():
    path = os.path.join(HERE, WI_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([WI_TITLE])
        w.writerow(["Updated 10 November 2025 for the Board meeting of 27 November 2025"])
        w.writerow(["RAG: B = complete (to be removed once noted by the Board), G = on track, "
                    "A = at risk, R = overdue"])
        w.writerow([])
        w.writerow(["Action No.", "Meeting date", "Agenda item", "Action", "Lead", "Due date",
                    "Revised due date", "RAG", "Update"])
        for row in WI_ROWS:
            w.writerow(row)
        w.writerow([])
        open_n = sum(1 for r in WI_ROWS if r[7] != "B")
        done_n = sum(1 for r in WI_ROWS if r[7] == "B")
        w.writerow([f"Open actions: {open_n}", f"Complete: {done_n}",
                    f"Total: {len(WI_ROWS)}"])


# ---------------------------------------------------------------------------
# 7. Turning Point Scotland West Lothian - Care Inspectorate improvement plan (txt)
# ---------------------------------------------------------------------------
TP_FILE = ("vo-turning-point-scotland-west-lothian-housing-support-care-inspectorate-"
           "improvement-plan.txt")
TP_TITLE = ("Turning Point Scotland \u2013 West Lothian Housing Support Service: Care "
            "Inspectorate Improvement Plan")

# key question -> [ (heading, text, [ (ref, action lines, lead, target, status, update) ]) ]
TP_DATA = [
    ("Key question 1: How well do we support people's wellbeing?", [
        ("Requirement 1",
         "By 30 June 2025, the provider must ensure that people receive their medication as "
         "prescribed, and that medication records are accurate and complete.",
         [("R1.1", ["Medication administration records (MAR) to be audited weekly by team "
                    "leaders, with errors reported through the accident and incident system."],
           "Team Leaders", "30/06/2025", "Complete",
           "Weekly audits in place since April 2025; errors reduced from 11 to 2 per month."),
          ("R1.2", ["All staff to complete medication competency assessment annually."],
           "Senior Practitioner (Health)", "Ongoing", "On track",
           "87% of staff assessed at 30 September 2025.")]),
        ("Area for improvement 1",
         "To support people's health and wellbeing, the provider should ensure that people "
         "are supported to access community health services, including dental and optical "
         "care.",
         [("AFI1.1", ["Health passport introduced for each person, recording dental, optical "
                      "and GP contacts and the date of the last appointment."],
           "Service Manager / Area Manager", "October 2025", "At risk",
           "Passports completed for 14 of 23 people.")]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Requirement 2",
         "By 31 July 2025, the provider must ensure that quality assurance systems are "
         "effective in identifying and addressing areas for improvement.",
         [("R2.1", ["Quality assurance calendar introduced, setting out monthly audits of "
                    "support plans, finances and medication."],
           "Service Manager", "31 July 2025", "Complete", "Calendar in use from June 2025."),
          ("R2.2", ["Area Manager to carry out a quarterly quality visit and record actions "
                    "on the service improvement plan."],
           "Area Manager", "Aug 2025", "Off track",
           "Delayed: Area Manager vacancy filled from 1 September 2025."),
          ("R2.3", ["Introduce a monthly quality assurance report to the Area Manager covering:",
                    "- complaints and concerns",
                    "- accidents and incidents",
                    "- supervision and training compliance"],
           "Service Manager", "By 31 December 2025", "On track",
           "Template agreed; first report due October 2025.")]),
    ]),
    ("Key question 5: How well is our care and support planned?", [
        ("Requirement 3",
         "By 30 June 2025, the provider must ensure that each person's personal plan accurately "
         "reflects their current health and support needs, and is reviewed at least every six "
         "months in line with legislation.",
         [("R3.1", ["All personal plans reviewed and updated, with risk assessments linked to "
                    "current support needs."],
           "Team Leaders", "30/06/2025", "Complete", "All 23 plans reviewed by 27 June 2025."),
          ("R3.2", ["Six-monthly review dates added to the electronic care planning system with "
                    "automatic reminders to keyworkers."],
           "Service Manager", "March 2026", "On track",
           "System change requested from the digital team.")]),
        ("Area for improvement 2",
         "To ensure people's plans reflect their outcomes, the provider should involve people "
         "and their representatives in six-monthly reviews and record their views.",
         [("AFI2.1", ["Review paperwork to include a section written with the person, in their "
                      "own words, about what is working and not working."],
           "Senior Practitioner (Outcomes)", "January 2026", "Not started", "")]),
    ]),
]


def make_tp():
    L = []
    L.append(TP_TITLE)
    L.append("Care service number: CS2004071234   Inspection: unannounced, 11-13 February 2025"
             "   Report published: 20 March 2025")
    L.append("Grades: Wellbeing 3 - Adequate | Leadership 3 - Adequate | Staff team 4 - Good | "
             "Care and support planning 2 - Weak")
    L.append("Plan owner: Service Manager   Last updated: 30 September 2025")
    L.append("")
    L.append("Status key: Complete (blue) / On track (green) / At risk (amber) / Off track "
             "(red) / Not started")
    L.append("=" * 78)
    for kq, items in TP_DATA:
        L.append("")
        L.append(kq)
        L.append("-" * 78)
        for head, text, acts in items:
            L.append("")
            L.append(head)
            L.append(text)
            L.append("")
            for ref, lines, lead, tgt, st, upd in acts:
                L.append(f"  {ref:<8}{lines[0]}")
                for cont in lines[1:]:
                    L.append(f"  {'':<8}{cont}")
                L.append(f"  {'':<8}Lead: {lead}")
                L.append(f"  {'':<8}Target date: {tgt}")
                L.append(f"  {'':<8}Status: {st}")
                if upd:
                    L.append(f"  {'':<8}Update: {upd}")
                L.append("")
    L.append("=" * 78)
    L.append("Signed: Service Manager, on behalf of Turning Point Scotland")
    with open(os.path.join(HERE, TP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_nl()
    make_psni()
    make_rct()
    make_hillview()
    make_slemish()
    make_wi()
    make_tp()
    print("built 7 files in", HERE)
