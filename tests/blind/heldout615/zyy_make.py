"""Build the seven zyy- blind test files (set heldout615).

Run with: /work/main/.venv/bin/python zyy_make.py
Writes only files whose names start with "zyy-" into this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

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
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. City of York Council - Key Corporate Risk register (xlsx)
# ---------------------------------------------------------------------------
YORK_FILE = "zyy-city-of-york-council-key-corporate-risk-register-monitor-3-2025-26.xlsx"
YORK_TITLE = "City of York Council – Key Corporate Risk Register (Monitor 3 2025/26)"

# (KCR heading, description, net score, net fill, risk owner, [actions])
# action: (text, owner, target, status fill, update)
YORK_KCRS = [
    ("KCR1 – Financial Pressures",
     "The council faces significant financial pressures, making it difficult to deliver a "
     "balanced budget and maintain statutory services within available resources, particularly "
     "in adult social care and SEND home to school transport.",
     19, RED, "Director of Finance",
     [
         ("Deliver the 2026/27 budget and refreshed Medium Term Financial Strategy to Full Council",
          "Director of Finance", D(2026, 2, 26), GREEN,
          "Draft budget proposals published for consultation; Executive to consider final proposals on 12 February."),
         ("Implement the Financial Recovery Programme, with monthly reporting of delivery against savings targets to CMT",
          "Chief Operating Officer / Director of Finance", "Ongoing", AMBER,
          "£4.1m of the £6.8m in-year savings on track; shortfall in adult social care being addressed through additional spending controls."),
         ("Complete the review of fees and charges for 2026/27",
          "Head of Corporate Finance", D(2025, 12, 31), BLUE,
          "Review completed and proposals included in the draft budget."),
     ]),
    ("KCR5 – Safeguarding",
     "A vulnerable child or adult with care and support needs is not protected from harm.",
     14, AMBER, "Corporate Director of Children and Education; Corporate Director of Adult Social Care and Integration",
     [
         ("Embed the multi-agency Practice Framework and complete the audit programme for children in need and child protection",
          "Assistant Director, Children’s Social Care", D(2026, 3, 31), GREEN,
          "Q3 audits completed; 71% of audited cases graded good or better."),
         ("Respond to the recommendations of the Safeguarding Adults Review (Adult C) and report progress to the York Safeguarding Adults Board",
          "Head of Adult Safeguarding", "Q4 2025/26", AMBER,
          "Action plan agreed by the Board; two of six actions delayed pending the regional MCA training offer."),
         ("Prepare for the next Ofsted ILACS inspection, including a refreshed self-evaluation",
          "Director of Children’s Safeguarding", D(2026, 6, 30), GREEN,
          "Self-evaluation refreshed in November; annual conversation with Ofsted held 9 December."),
     ]),
    ("KCR10 – Workforce/Capacity",
     "Reductions in workforce capacity and the difficulty of recruiting and retaining staff with the "
     "right skills put the delivery of council services at risk.",
     12, AMBER, "Chief Operating Officer",
     [
         ("Launch the refreshed People Plan 2026–2029 with a development programme for managers",
          "Head of HR and OD", "April 2026", GREEN,
          "Staff engagement complete; plan to CMT in February."),
         ("Reduce reliance on agency social workers through the regional memorandum of understanding and the ‘grow our own’ social work academy",
          "Head of HR and OD\nPrincipal Social Worker", "Sept 2025 – March 2026", RED,
          "Agency use has risen to 19% of social work posts following two team manager resignations; recovery plan to CMT."),
     ]),
    ("KCR12 – Response to Major Incidents",
     "Failure to respond appropriately to a major incident, including severe weather, flooding and cyber attack.",
     10, AMBER, "Director of Environment, Transport and Planning",
     [
         ("Test the council’s cyber incident response plan through a multi-agency exercise",
          "Head of ICT", D(2025, 11, 27), BLUE,
          "Exercise held 27 November with North Yorkshire Local Resilience Forum; lessons log being compiled."),
         ("Refresh the Multi-Agency Flood Plan following the winter 2024/25 flood events",
          "Emergency Planning Manager", "31 Jan 2026", GREEN,
          "Draft shared with Environment Agency and Yorkshire Water for comment."),
     ]),
]

YORK_SUMMARY = [
    ("KCR1", "Financial Pressures", 24, 19, "→"),
    ("KCR2", "Governance", 16, 13, "→"),
    ("KCR3", "Effective and Strong Partnerships", 14, 10, "→"),
    ("KCR4", "Changing Demographics", 19, 14, "→"),
    ("KCR5", "Safeguarding", 21, 14, "→"),
    ("KCR6", "Health and Wellbeing", 19, 14, "→"),
    ("KCR7", "Capital Programme", 19, 15, "↓"),
    ("KCR8", "Local Plan", 14, 10, "↓"),
    ("KCR9", "Communities", 14, 10, "→"),
    ("KCR10", "Workforce/Capacity", 19, 12, "→"),
    ("KCR11", "External Market Conditions", 19, 14, "↑"),
    ("KCR12", "Response to Major Incidents", 14, 10, "→"),
]


def make_york():
    wb = Workbook()
    ws = wb.active
    ws.title = "KCR register"
    widths = [26, 40, 10, 22, 48, 28, 14, 10, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = YORK_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 December 2025. Reported to Audit & Governance Committee, 21 January 2026."
    ws.merge_cells("A2:I2")
    ws["A3"] = "Action status key:"
    ws["A3"].font = Font(bold=True)
    for col, (hx, word) in zip("BCDE", [(GREEN, "On track"), (AMBER, "At risk of slippage"),
                                       (RED, "Overdue / off track"), (BLUE, "Complete")]):
        ws[f"{col}3"] = word
        ws[f"{col}3"].fill = fill(hx)
    heads = ["Key Corporate Risk", "Risk description and consequences", "Net risk score",
             "Risk owner", "Further actions required", "Action owner", "Target date",
             "Action status", "Progress update (December 2025)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for head, desc, score, sfill, owner, actions in YORK_KCRS:
        first = r
        for text, aowner, target, st, upd in actions:
            ws.cell(row=r, column=5, value=text)
            ws.cell(row=r, column=6, value=aowner)
            c = ws.cell(row=r, column=7, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(st)
            ws.cell(row=r, column=9, value=upd)
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=head).font = Font(bold=True)
        ws.cell(row=first, column=2, value=desc)
        sc = ws.cell(row=first, column=3, value=score)
        sc.fill = fill(sfill)
        sc.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=first, column=4, value=owner)
        if last > first:
            for col in "ABCD":
                ws.merge_cells(f"{col}{first}:{col}{last}")
        for rr in range(first, last + 1):
            for cc in range(1, 10):
                ws.cell(row=rr, column=cc).border = BOX
                if cc != 3:
                    ws.cell(row=rr, column=cc).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1,
            value="Note: actions shown as complete will be removed from the register at Monitor 4. "
                  "The full register is held on Magique.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A6"

    s2 = wb.create_sheet("Risk summary")
    s2["A1"] = "Summary of gross and net scores – all Key Corporate Risks"
    s2["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(["KCR", "Risk", "Gross score", "Net score", "Direction of travel"], 1):
        s2.cell(row=3, column=i, value=h).font = Font(bold=True)
    for j, row in enumerate(YORK_SUMMARY, 4):
        for i, v in enumerate(row, 1):
            s2.cell(row=j, column=i, value=v)
        net = row[3]
        s2.cell(row=j, column=4).fill = fill(RED if net >= 15 else AMBER)
    s2.column_dimensions["B"].width = 36
    s2.column_dimensions["E"].width = 20

    s3 = wb.create_sheet("Scoring matrix")
    s3["A1"] = "Risk scoring matrix (likelihood x impact)"
    s3["A1"].font = Font(bold=True)
    impacts = ["Minor", "Moderate", "Major", "Critical"]
    likes = ["Highly probable", "Probable", "Possible", "Unlikely"]
    grid = [[13, 19, 22, 24], [9, 14, 19, 21], [5, 10, 15, 16], [3, 7, 12, 14]]
    for i, imp in enumerate(impacts, 2):
        s3.cell(row=3, column=i, value=imp).font = Font(bold=True)
    for j, lk in enumerate(likes):
        s3.cell(row=4 + j, column=1, value=lk).font = Font(bold=True)
        for i, v in enumerate(grid[j]):
            c = s3.cell(row=4 + j, column=2 + i, value=v)
            c.fill = fill(RED if v >= 15 else (AMBER if v >= 7 else GREEN))
    s3.column_dimensions["A"].width = 18
    wb.save(os.path.join(HERE, YORK_FILE))


# ---------------------------------------------------------------------------
# 2. Kent County Council - internal audit follow-up tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
KENT_FILE = "zyy-kent-county-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
KENT_TITLE = "Kent County Council – Internal Audit Follow-up Tracker"

# band or (ref, audit, assurance, priority, issue, action, owner, original, revised, status, update)
KENT_ROWS = [
    "Adult Social Care and Health",
    ("ASCH-24-03 R1", "Direct Payments (2024/25)", "Limited", "High",
     "Annual reviews of direct payment accounts had not been completed for 41% of the sample, so misuse of funds may not be identified.",
     "Introduce a risk-based programme of direct payment account reviews, prioritising accounts holding surplus balances of more than 12 weeks.",
     "Head of Finance Operations (ASCH)", D(2025, 6, 30), "31 March 2026", "In progress",
     "Review programme in place; 1,120 of 1,780 accounts reviewed. Revised date agreed with the Corporate Director."),
    ("ASCH-24-03 R4", "Direct Payments (2024/25)", "Limited", "Medium",
     "Guidance for people receiving direct payments was last updated in 2019 and does not reflect the current policy on surplus funds.",
     "Update the Direct Payments policy and guidance for service users and practitioners.",
     "Assistant Director – Commissioning", D(2025, 9, 30), None, "Overdue",
     "Draft guidance with the Kent Physical and Sensory Disability Forum for co-production; sign-off expected February."),
    ("ASCH-24-11 R2", "Deprivation of Liberty Safeguards (2024/25)", "Adequate", "Medium",
     "There is a backlog of 1,900 applications awaiting a best interests assessment and the prioritisation tool is not applied consistently.",
     "Clear the backlog of DoLS applications awaiting a best interests assessment using the ADASS prioritisation tool.",
     "DoLS Service Manager", D(2025, 10, 31), "30 June 2026", "In progress",
     "Backlog reduced to 1,240; additional assessors commissioned from January."),
    "Children, Young People and Education",
    ("CYPE-24-07 R1", "SEND Transport Contract Management (2024/25)", "Limited", "High",
     "Contract performance meetings were not held with 9 of the 15 largest Home to School Transport operators during the year.",
     "Implement monthly contract monitoring meetings with all Home to School Transport operators with an annual contract value above £250k.",
     "Head of Fair Access / Transport Commissioning Manager", D(2025, 7, 31), "Febuary 2026", "In progress",
     "Meetings now in place with 11 of 15 operators; remaining four scheduled for January."),
    ("CYPE-25-02 R3", "Schools Financial Value Standard (2025/26)", "Adequate", "Medium",
     "Eleven maintained schools had not submitted an SFVS return by the deadline and no escalation took place.",
     "Introduce an escalation process for late SFVS returns, including a letter to the chair of governors after 10 working days.",
     "Schools Financial Services Manager", D(2025, 11, 30), "31 January 2026", "In progress",
     "Escalation letters drafted; three returns still outstanding."),
    "Growth, Environment and Transport",
    ("GET-24-05 R2", "Highways Term Maintenance Contract (2024/25)", "Adequate", "Medium",
     "Works orders could not be reconciled to contractor invoices for 6 of 25 payments tested.",
     "Reconcile works orders to contractor invoices monthly and report exceptions to the Highways Contract Board.",
     "Highways Contract Manager", D(2025, 9, 30), "31 March 2026", "In progress",
     "Reconciliation tool built in the asset management system; testing under way."),
    ("GET-25-01 R1", "Waste Transfer Stations – Income (2025/26)", "Adequate", "Medium",
     "Trade waste weighbridge tickets were not matched to invoices raised, creating a risk of lost income.",
     "Match weighbridge tickets to trade waste invoices weekly and investigate unmatched tickets.",
     "Waste Business Development Manager", D(2025, 12, 31), None, "Implemented",
     "Weekly matching in place from November; awaiting Internal Audit verification."),
    "Chief Executive’s Department",
    ("CED-24-09 R1", "Cyber Security – Privileged Access (2024/25)", "Limited", "High",
     "Forty-two accounts held standing domain administrator rights, including six belonging to leavers.",
     "Remove standing administrator rights and introduce just-in-time privileged access for all technical staff.",
     "Chief Information Security Officer", D(2025, 4, 30), "31 December 2025", "Overdue",
     "Leaver accounts removed; just-in-time tool procurement delayed. New date to be agreed at February CMT."),
]


def make_kent():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = KENT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Outstanding High and Medium priority management actions – Governance and Audit Committee, 22 January 2026"
    heads = ["Directorate", "High priority open", "Medium priority open", "Of which overdue",
             "Implemented since last report"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    summary = [
        ("Adult Social Care and Health", 1, 2, 1, 3),
        ("Children, Young People and Education", 1, 1, 0, 2),
        ("Growth, Environment and Transport", 0, 2, 0, 4),
        ("Chief Executive’s Department", 1, 0, 1, 1),
        ("Deputy Chief Executive’s Department", 0, 0, 0, 2),
        ("Total", 3, 5, 2, 12),
    ]
    for j, row in enumerate(summary, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=j, column=i, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 40
    for col in "BCDE":
        ws.column_dimensions[col].width = 18

    s = wb.create_sheet("Outstanding actions")
    s["A1"] = "Outstanding High and Medium Priority Management Actions at 31 December 2025"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = ("Status key: Implemented – management report the action is complete (subject to audit verification); "
               "In progress – on track for the revised date; Overdue – past the agreed date; Not started.")
    s.merge_cells("A2:K2")
    heads = ["Ref", "Audit (year)", "Assurance", "Priority", "Issue identified",
             "Agreed management action", "Action owner", "Original due date",
             "Revised due date", "Status", "Management update (December 2025)"]
    for i, h in enumerate(heads, 1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for row in KENT_ROWS:
        if isinstance(row, str):
            c = s.cell(row=r, column=1, value=row)
            c.font = Font(bold=True)
            for cc in range(1, 12):
                s.cell(row=r, column=cc).fill = fill("E4DFEC")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        else:
            for i, v in enumerate(row, 1):
                c = s.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            pr = s.cell(row=r, column=4)
            if row[3] == "High":
                pr.fill = fill("F8CBAD")
        r += 1
    r += 1
    s.cell(row=r, column=1,
           value="Implemented actions are removed from the tracker once Internal Audit has verified the evidence.")
    widths = [15, 26, 11, 9, 40, 44, 26, 13, 16, 12, 44]
    for i, w in enumerate(widths, 1):
        s.column_dimensions[get_column_letter(i)].width = w
    s.freeze_panes = "A5"
    wb.save(os.path.join(HERE, KENT_FILE))


def kent_typo_row():
    """Sheet row of the mistyped revised date (for the expected reading)."""
    r = 5
    for row in KENT_ROWS:
        if not isinstance(row, str) and row[8] == "Febuary 2026":
            return r
        r += 1
    return None


# ---------------------------------------------------------------------------
# 3. City of Wolverhampton Council - Our City: Our Plan delivery plan (xlsx)
# ---------------------------------------------------------------------------
WOLV_FILE = "zyy-city-of-wolverhampton-council-our-city-our-plan-delivery-plan-2025-26.xlsx"
WOLV_TITLE = "Our City: Our Plan – Delivery Plan 2025-26"

RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, None: None}

# sheet name, priority heading, portfolio line, [outcome heading | action tuple]
# action: (ref, activity, lead, milestone, q1, q2, update)
WOLV_SHEETS = [
    ("Strong families",
     "Strong families where children grow up well and achieve their full potential",
     "Portfolio: Cabinet Member for Children and Young People  |  Lead director: Executive Director of Families",
     [
         "1.1 Children and young people are safe and supported to live with their families",
         ("SF01", "Extend the Family Hubs offer to all eight localities, including a Start for Life offer in each hub",
          "Head of Early Help", "March 2026", "G", "A",
          "Seven of eight hubs open; the Bilston hub opening has slipped to January 2026 because of building works."),
         ("SF02", "Implement the Families First Partnership programme in line with national reforms, including multi-agency child protection teams",
          "Director of Children’s Social Care", "Q4 2025/26", "G", "G",
          "Design phase complete; multi-agency child protection teams go live in February."),
         "1.2 Children and young people achieve well in education",
         ("SF03", "Open 40 additional specialist resource base places in mainstream schools",
          "Head of SEND / Head of School Organisation", "Sept 2025", "A", "B",
          "All 40 places opened at the start of the autumn term."),
         ("SF04", "Reduce persistent absence through the attendance support team and targeted work with 20 priority schools",
          "Head of Education Excellence", "July 2026", "G", "A",
          "Persistent absence at 17.9% against a target of 16%; additional family liaison capacity agreed."),
     ],
     [("Children in care per 10,000 under-18s", "90", "93.4", "A"),
      ("EHCPs issued within 20 weeks (excluding exceptions)", "65%", "71%", "G")]),
    ("Healthy communities",
     "Healthy, inclusive communities",
     "Portfolio: Cabinet Member for Public Health and Wellbeing  |  Lead director: Director of Public Health",
     [
         "3.1 People live longer, healthier lives",
         ("HC01", "Deliver the Healthy Weight Action Plan, including the extension of free swimming for under-18s",
          "Director of Public Health", "March 2026", "G", "G",
          "Free swimming extended to all council leisure centres from 1 September; 6,400 sessions used in September."),
         ("HC02", "Commission an integrated drug and alcohol recovery service with a focus on the city centre",
          "Consultant in Public Health (Substance Misuse)", "1 April 2026", "G", "R",
          "Procurement paused following a legal challenge; revised timetable to Cabinet in December."),
         "3.2 Communities are safe and cohesive",
         ("HC03", "Refresh the Safer Wolverhampton Partnership strategy and publish a new Community Cohesion Framework",
          "Head of Community Safety", "Dec-25", "A", "A",
          "Consultation closed 30 September; framework drafting has slipped by one month."),
         ("HC04", "Roll out community cost-of-living support through 20 ‘warm welcome’ spaces across the city",
          "Head of Communities", "Oct 2025 – Mar 2026", None, "G",
          "17 venues confirmed; launch on 20 October."),
     ],
     None),
    ("Good homes",
     "Good homes in well-connected neighbourhoods",
     "Portfolio: Cabinet Member for Housing  |  Lead director: Director of Regeneration",
     [
         "4.1 More affordable, high-quality homes",
         ("GH01", "Deliver 1,000 new homes, including 250 affordable homes, through the City Centre regeneration programme",
          "Director of Regeneration", "Ongoing", "G", "G",
          "412 homes completed to date, 96 of them affordable."),
         ("GH02", "Implement the new private rented sector Selective Licensing scheme in two designated wards",
          "Service Manager – Private Sector Housing", "November 2025", "A", "G",
          "Designation confirmed; scheme goes live 1 November."),
         "4.2 Well-connected neighbourhoods",
         ("GH03", "Complete the Wolverhampton Station Gateway public realm works",
          "Head of City Transport", "Aug-25", "A", "B",
          "Works completed and handed over on 22 August."),
     ],
     None),
]


def make_wolv():
    wb = Workbook()
    ws = wb.active
    ws.title = "Contents & key"
    ws["A1"] = WOLV_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="E46C0A")
    ws["A2"] = "City of Wolverhampton Council · Quarter 2 progress (July – September 2025)"
    ws["A4"] = "Contents"
    ws["A4"].font = Font(bold=True)
    ws["A5"] = "Sheet"
    ws["B5"] = "Council Plan priority"
    ws["A5"].font = ws["B5"].font = Font(bold=True)
    for j, (name, prio, *_rest) in enumerate(WOLV_SHEETS, 6):
        ws.cell(row=j, column=1, value=name)
        ws.cell(row=j, column=2, value=prio)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [("B", BLUE, "Complete"),
           ("G", GREEN, "On track to deliver by the milestone date"),
           ("A", AMBER, "Some slippage – recovery action in place"),
           ("R", RED, "Significant slippage – will not be delivered by the milestone date"),
           ("", "FFFFFF", "Blank – activity not yet started")]
    for j, (letter, hx, meaning) in enumerate(key, 11):
        c = ws.cell(row=j, column=1, value=letter)
        c.fill = fill(hx)
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=j, column=2, value=meaning)
    ws["A17"] = "Document control"
    ws["A17"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Purpose"], 1):
        ws.cell(row=18, column=i, value=h).font = Font(bold=True)
    for j, row in enumerate([("1.0", D(2025, 7, 14), "Strategy and Performance Team", "Q1 update for Cabinet"),
                             ("2.0", D(2025, 10, 24), "Strategy and Performance Team", "Q2 update for Scrutiny Board")], 19):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=j, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 30

    for name, prio, portfolio, rows, kpis in WOLV_SHEETS:
        s = wb.create_sheet(name)
        for i, w in enumerate([8, 60, 30, 16, 8, 8, 60], 1):
            s.column_dimensions[get_column_letter(i)].width = w
        s["A1"] = prio
        s["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        s["A1"].fill = fill("E46C0A")
        s.merge_cells("A1:G1")
        s["A2"] = portfolio
        s["A2"].font = Font(italic=True)
        s.merge_cells("A2:G2")
        heads = ["Ref", "Key activity", "Lead officer", "Milestone date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
        for i, h in enumerate(heads, 1):
            c = s.cell(row=4, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for row in rows:
            if isinstance(row, str):
                c = s.cell(row=r, column=1, value=row)
                c.font = Font(bold=True, color="E46C0A")
                s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            else:
                ref, act, lead, ms, q1, q2, upd = row
                vals = [ref, act, lead, ms, q1, q2, upd]
                for i, v in enumerate(vals, 1):
                    c = s.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                for col, q in ((5, q1), (6, q2)):
                    if q:
                        s.cell(row=r, column=col).fill = fill(RAGFILL[q])
                        s.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if kpis:
            r += 1
            for i, h in enumerate(["Key performance indicator", "", "Target 2025-26", "Q2 actual", "RAG"], 2):
                if h:
                    s.cell(row=r, column=i, value=h).font = Font(bold=True)
            r += 1
            for ind, tgt, act, rag in kpis:
                s.cell(row=r, column=2, value=ind)
                s.cell(row=r, column=4, value=tgt)
                s.cell(row=r, column=5, value=act)
                c = s.cell(row=r, column=6, value=rag)
                c.fill = fill(RAGFILL[rag])
                r += 1
    wb.save(os.path.join(HERE, WOLV_FILE))


# ---------------------------------------------------------------------------
# 4. Doncaster Health and Wellbeing Board action log (csv)
# ---------------------------------------------------------------------------
DONC_FILE = "zyy-doncaster-health-and-wellbeing-board-action-log.csv"
DONC_TITLE = "Doncaster Health and Wellbeing Board"

DONC_HEAD = ["Action No.", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "RAG", "Update"]
# rows; a row with only an Update value is a continuation line
DONC_ROWS = [
    ["HWB-41", "13/03/2025", "Pharmaceutical Needs Assessment 2025",
     "Circulate the final Pharmaceutical Needs Assessment to Board members and publish it on the council website",
     "Director of Public Health", "01/10/2025", "B", "Published 29 September 2025. Action closed."],
    ["HWB-44", "12/06/2025", "Better Care Fund 2025-26",
     "Provide a breakdown of Better Care Fund hospital discharge spend by scheme to the next meeting",
     "Place Director (SY ICB) / Director of Adult Social Care", "Sep-25", "B",
     "Breakdown presented 4 September 2025."],
    ["HWB-45", "12/06/2025", "Lived experience: Learning Disability Partnership Board",
     "Write to the Learning Disability Partnership Board to thank members and set out how their feedback will shape the Doncaster Delivery Plan",
     "Chair of the Board", "Jul-25", "B", "Letter sent 4 July 2025."],
    ["HWB-48", "04/09/2025", "Doncaster Delivery Plan – six month update",
     "Bring a report on progress against the Tackling Inequalities priority, including the anti-racism in health commitment, to the January 2026 meeting",
     "Director of Public Health; Healthwatch Doncaster", "15/01/2026", "G",
     "On the forward plan for 15 January 2026."],
    ["HWB-50", "06/11/2025", "Create Healthy Places to Live, Grow and Play",
     "Finalise the advertising and sponsorship policy, taking account of the Board's comments on high fat, sugar and salt products, and submit it to Cabinet",
     "Assistant Director of Public Health", "Feb-26", "G", "Draft amended; Cabinet date to be confirmed."],
    ["HWB-51", "06/11/2025", "Create Healthy Places to Live, Grow and Play",
     "Share the five-year Doncaster Food Plan with the Doncaster Food Partnership and agree an annual action plan",
     "Public Health Improvement Lead (Food)", "March 2026", "G",
     "Food Partnership meeting booked for 9 December 2025."],
    ["", "", "", "", "", "", "", "Board members to be invited to the Food Plan launch event in the new year."],
    ["HWB-52", "06/11/2025", "Pathways to Work Programme",
     "Provide data on economically inactive residents by ward and identify two pilot neighbourhoods for targeted outreach",
     "Director of Economy and Environment", "TBC", "", "Awaiting DWP data release."],
    ["HWB-53", "06/11/2025", "Local Plan – Health and Planning",
     "Arrange a development session for Board members on health impact assessment in the Local Plan review",
     "Head of Planning Policy", "Jan-26", "A", "Date being sought; may slip to March."],
]


def make_donc():
    lines = [
        [DONC_TITLE, "", "", "", "", "", "", ""],
        ["Action Log – updated following the meeting held on 6 November 2025", "", "", "", "", "", "", ""],
        [""] * 8,
        DONC_HEAD,
    ] + DONC_ROWS + [
        [""] * 8,
        ["RAG key: B = complete (to be removed after the next meeting); G = on track; A = at risk of delay; R = overdue; blank = not yet started",
         "", "", "", "", "", "", ""],
        ["Completed actions are removed from the log once they have been reported to the Board.", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, DONC_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)


# ---------------------------------------------------------------------------
# 5. Richmond upon Thames - SEND Futures / Safety Valve highlight report (txt)
# ---------------------------------------------------------------------------
RICH_FILE = "zyy-richmond-upon-thames-send-futures-safety-valve-highlight-report.txt"
RICH_TITLE = "SEND Futures Plan – Safety Valve Programme Highlight Report"

RICH_HEAD = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
RICH_ROWS = [
    "WS1 – Early identification and inclusion in mainstream",
    ["1.1", "Roll out the Ordinarily Available Provision guidance and training to all Richmond schools",
     "AfC Head of Inclusion", "Jul-2025", "Oct-2025", "A", "G",
     "46 of 52 schools trained; remaining sessions booked for October."],
    ["1.2", "Establish the Early Years SEND Inclusion Fund panel and publish the funding criteria",
     "Early Years SEND Lead", "Sep-2025", "Sep-2025", "G", "C",
     "Panel met for the first time on 18 September."],
    ["1.3", "Pilot the Inclusion Quality Mark with a cohort of 10 primary schools",
     "AfC Head of Inclusion / Educational Psychology Service Manager", "Autumn term 2025", "Summer term 2026", "G", "A",
     "Cohort recruited but assessment visits have slipped because of EP vacancies."],
    "WS2 – Sufficiency of local specialist provision",
    ["2.1", "Open a 16-place autism specialist resource provision (SRP) in a Twickenham secondary academy",
     "Head of School Place Planning", "Sep-2025", "Jan-2026", "A", "R",
     "Contractor delay on the modular build; temporary accommodation being explored. Escalated to the SEND Futures Board."],
    ["2.2", "Agree the expansion of post-16 supported internship places with Richmond and Hillcroft Adult Community College",
     "Post-16 SEND Commissioning Manager", "Dec-2025", "Dec-2025", "G", "G", ""],
    ["2.3", "Complete a review of independent and non-maintained special school placements at annual review, with step-down plans where appropriate",
     "Head of SEND", "Mar-2026", "Mar-2026", "G", "G",
     "31 reviews completed; 4 step-down moves agreed."],
    "WS3 – EHCP timeliness and quality",
    ["3.1", "Recruit to 4 additional EHC coordinator posts",
     "Head of SEND", "Jun-2025", "Sep-2025", "R", "C",
     "All posts filled; final starter joined on 1 September."],
    ["3.2", "Introduce the EHCP quality assurance framework with a multi-agency audit cycle",
     "SEND Quality Assurance Lead; Designated Clinical Officer (SWL ICB)", "Oct-2025", "Nov-2025", "G", "A",
     "First audit cycle moved to November to align with the ICB audit timetable."],
    "WS4 – Finance and governance",
    ["4.1", "Submit the Q2 Safety Valve monitoring return to the DfE",
     "AfC Finance Business Partner (SEND)", "30/09/2025", "30/09/2025", "G", "C",
     "Submitted 29/09/2025."],
    ["4.2", "Report the High Needs Block forecast to Schools Forum",
     "Head of Finance – Education", "Termly", "Termly", "G", "G",
     "Next report to Schools Forum in December."],
]


def make_rich():
    T = "\t"
    out = [
        "London Borough of Richmond upon Thames and Achieving for Children",
        RICH_TITLE,
        "Reporting period: Quarter 2 2025/26 (July – September 2025)" + T + "Report date: 14/10/2025",
        "Prepared for: SEND Futures Board" + T + "Programme SRO: Director of Children’s Services",
        "Overall programme status:" + T + "Amber",
        "",
        "RAG key:" + T + "G = on track" + T + "A = at risk, mitigation in place" + T
        + "R = off track, escalation required" + T + "C = complete",
        "",
        T.join(RICH_HEAD),
    ]
    for row in RICH_ROWS:
        out.append(row if isinstance(row, str) else T.join(row))
    out += [
        "",
        "Key achievements this period",
        "- Early Years SEND Inclusion Fund panel launched",
        "- EHC coordinator team at full establishment for the first time since 2022",
        "- 20-week EHCP timeliness at 68% (Q1: 54%)",
        "",
        "Risks and issues escalated to the Board (see programme risk register)",
        T.join(["Ref", "Risk / issue", "Score", "Mitigation"]),
        T.join(["R3", "Build delays to the Twickenham SRP (see 2.1)", "16",
                "Options appraisal for temporary accommodation to the Board on 21/10/2025"]),
        T.join(["R7", "EP vacancies affecting statutory advice timeliness", "12",
                "Locum EP contract extended to March 2026"]),
        "",
        "Decisions required from the SEND Futures Board",
        T.join(["D1", "Approve the use of programme contingency for temporary SRP accommodation"]),
        "",
    ]
    with open(os.path.join(HERE, RICH_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


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
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


def header_row(table, heads, hex_="1F3864"):
    for c, h in zip(table.rows[0].cells, heads):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 6. Kingston upon Thames - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
KING_FILE = "zyy-kingston-upon-thames-ofsted-focused-visit-action-plan.docx"
KING_TITLE = "Ofsted Focused Visit Action Plan – Front Door Arrangements"

KING_RAG = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "": None, "_green": GREEN}

# (heading, AFI text, [(ref, action, lead, by when, rag, progress)])
KING_AFIS = [
    ("Area for improvement 1",
     "The consistency of management oversight and the recording of decision-making in the Single Point of Access (SPA).",
     [
         ("1.1", "Introduce a standard management decision template in the case record for all SPA contacts, including the rationale for the threshold decision.",
          "SPA Team Manager", "December 2023", "Complete", "Template live from 4 December 2023."),
         ("1.2", "Undertake a monthly dip sample of 20 SPA contacts and report the findings to the Front Door Practice Group.",
          "Head of Quality Assurance", "Monthly", "Green", "December and January dip samples completed; 17/20 and 18/20 met the standard."),
         ("1.3", "Deliver refresher training to SPA practitioners and managers on recording decision-making and the voice of the child.",
          "Principal Social Worker", "31/03/2024", "Green", "Two of three sessions delivered."),
     ]),
    ("Area for improvement 2",
     "The timeliness of strategy discussions for children at risk of significant harm when referrals are made out of hours.",
     [
         ("2.1", "Agree a joint protocol with the Emergency Duty Team and the Metropolitan Police (South West BCU) for convening strategy discussions within 24 hours of an out-of-hours referral.",
          "Head of Service – Front Door and Assessment / EDT Manager", "Feb 2024", "Amber",
          "Draft protocol with the police for sign-off; delayed by a change of BCU lead."),
         ("2.2", "Add strategy discussion timeliness to the weekly front door performance dashboard.",
          "Performance and Data Manager", "January 2024", "Complete", "Measure added to the dashboard from week commencing 8 January."),
     ]),
    ("Area for improvement 3",
     "The quality and timeliness of feedback to referrers, particularly schools and health practitioners, about the outcome of their referral.",
     [
         ("3.1", "Implement automated referrer feedback letters from the case management system for all contacts closed at the SPA.",
          "Systems Development Lead", "Jan – April 2024", "Red",
          "Supplier development slot not available until April; interim manual letters in place."),
         ("3.2", "Hold termly front door workshops for Designated Safeguarding Leads and health safeguarding leads.",
          "Partnership Development Manager; Designated Nurse (SWL ICB)", "Termly", "_green",
          "Spring term workshop booked for 6 February."),
         ("3.3", "Survey referrers on the quality of feedback and report the results to the Kingston and Richmond Safeguarding Children Partnership.",
          "Head of Quality Assurance", "Summer term 2024", "", ""),
     ]),
]


def make_king():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Royal Borough of Kingston upon Thames  |  Achieving for Children")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string("00607A")
    doc.add_paragraph(KING_TITLE, style="Title")
    doc.add_paragraph("Response to the Ofsted focused visit of 7 and 8 November 2023 (letter published 12 December 2023)")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Status"], "595959")
    for row, vals in zip(t.rows[1:], [("0.4", "08/01/2024", "Head of Quality Assurance", "Draft for ELT"),
                                      ("1.0", "22/01/2024", "Head of Quality Assurance",
                                       "Approved by AfC Executive Leadership Team")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Kingston’s front door arrangements on 7 and 8 November 2023. "
        "Inspectors found that children and families receive a timely and proportionate response when "
        "concerns are first raised, and identified three areas for improvement. This plan sets out the "
        "actions we will take. Progress is reported monthly to the AfC Quality and Practice Board and "
        "quarterly to the Kingston Children’s Services Improvement Board.")

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for row, (word, hx, meaning) in zip(k.rows, [("Complete", BLUE, "Action complete and evidence held"),
                                                 ("Green", GREEN, "On track"),
                                                 ("Amber", AMBER, "Some delay – will be recovered within the quarter"),
                                                 ("Red", RED, "Off track – escalated to the Quality and Practice Board")]):
        set_cell(row.cells[0], word, bold=True)
        shade(row.cells[0], hx)
        set_cell(row.cells[1], meaning)

    for head, afi, actions in KING_AFIS:
        doc.add_paragraph(head, style="Heading 2")
        ap = doc.add_paragraph()
        ar = ap.add_run(afi)
        ar.italic = True
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "By when", "RAG", "Progress (January 2024)"], "00607A")
        for row, (ref, act, lead, when, rag, prog) in zip(t.rows[1:], actions):
            cells = row.cells
            set_cell(cells[0], ref)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], "" if rag.startswith("_") else rag)
            if KING_RAG[rag]:
                shade(cells[4], KING_RAG[rag])
            set_cell(cells[5], prog)
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Name / role", "Signature", "Date"], "595959")
    set_cell(s.rows[1].cells[0], "Director of Children’s Services, Royal Borough of Kingston upon Thames")
    set_cell(s.rows[1].cells[1], "Signed")
    set_cell(s.rows[1].cells[2], "22/01/2024")
    doc.save(os.path.join(HERE, KING_FILE))


# ---------------------------------------------------------------------------
# 7. Barking and Dagenham Safeguarding Children Partnership - LCSPR action plan
# ---------------------------------------------------------------------------
BD_FILE = "zyy-barking-and-dagenham-scp-lcspr-child-j-action-plan.docx"
BD_TITLE = "Child J LCSPR: Multi-Agency Action Plan"

# ("theme", text) | ("rec", text) | action tuple
# action: (no, action, agency, officer, date, evidence, status)
BD_ROWS = [
    ("theme", "Learning theme 1: Seeing and hearing the child"),
    ("rec", "Recommendation 1: All agencies should ensure that practitioners record the child’s lived experience and direct voice, including for pre-verbal children, in assessments and plans."),
    ("1.1", "Deliver a multi-agency briefing on the Child J findings to frontline practitioners across health, education, police and children’s social care.",
     "BDSCP", "BDSCP Business Manager", "Nov-24",
     "Seven-minute briefing published; four sessions delivered to 212 practitioners.", "Complete"),
    ("1.2", "Audit 30 child protection plans for evidence of the child’s voice and lived experience through the multi-agency audit programme.",
     "BDSCP", "Chair of Quality Assurance Subgroup", "June 2025", "", "On track"),
    ("1.3", "Revise the health visiting new birth and 6–8 week review templates to prompt recording of observations of parent–infant interaction.",
     "NELFT", "Named Nurse Safeguarding Children (NELFT)", "31/01/2025",
     "Templates updated in SystmOne in January 2025.", "Complete"),
    ("theme", "Learning theme 2: Information sharing at transition points"),
    ("rec", "Recommendation 2: Partners should assure the BDSCP that information about risk is shared when families move between boroughs and when children move between early years settings and schools."),
    ("2.1", "Update the transfer-in protocol so that the MASH requests checks from the previous local authority within 5 working days for all families known to services.",
     "LBBD Children’s Care and Support", "Head of MASH and Assessment", "Mar-25",
     "Protocol updated; compliance audit scheduled for May.", "Amber"),
    ("2.2", "Agree with neighbouring partnerships a standard for the transfer of safeguarding records between early years settings and schools.",
     "LBBD Education", "Head of Early Years\nLead Officer for Education Safeguarding", "September 2025", "", "Not started"),
    ("2.3", "Implement a GP-to-health-visitor notification for newly registered children who are subject to a child protection plan in another area.",
     "NEL ICB", "Designated Nurse Safeguarding Children (NEL ICB)", "Q1 2025/26", "", "On track"),
    ("theme", "Learning theme 3: Professional curiosity about adults in the household"),
    ("rec", "Recommendation 3: The BDSCP should seek assurance that agencies identify and assess all adults in the household, including partners who are not the child’s parent."),
    ("3.1", "Include unknown and ‘hidden’ adults in the household in the BDSCP core multi-agency safeguarding training.",
     "BDSCP", "BDSCP Training Coordinator", "Dec-24",
     "Module added to the Level 3 course from December 2024.", "Complete"),
    ("3.2", "Review the process for checking the history of new partners when officers attend domestic abuse incidents where children are present.",
     "Metropolitan Police (East Area BCU)", "Detective Inspector – Public Protection (East Area BCU)", "April 2025",
     "Review under way; findings to the Partnership Executive in May.", "Red"),
    ("3.3", "Include a genogram and household composition check in every single assessment, with compliance monitored through monthly performance reports.",
     "LBBD Children’s Care and Support", "Principal Social Worker", "Ongoing",
     "Compliance 78% in February 2025.", "On track"),
]

BD_STATUS_FILL = {"Complete": "9DC3E6", "On track": "A9D08E", "Amber": "FFD966", "Red": "FF7C80", "Not started": None}


def make_bd():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Barking and Dagenham Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string("7030A0")
    doc.add_paragraph(BD_TITLE, style="Title")
    doc.add_paragraph("Progress update for the Partnership Executive – March 2025")
    doc.add_paragraph(
        "Review published: 10 October 2024. Action plan owner: Learning and Improvement Subgroup. "
        "Agencies are asked to update the evidence and status columns before each subgroup meeting; "
        "actions will be closed only when the subgroup is satisfied that there is evidence of impact.")

    heads = ["No.", "Action", "Lead agency", "Lead officer", "Target date",
             "Evidence of completion / impact", "Status"]
    n_rows = 1 + len(BD_ROWS)
    t = doc.add_table(rows=n_rows, cols=len(heads))
    t.style = "Table Grid"
    header_row(t, heads, "7030A0")
    for row, item in zip(t.rows[1:], BD_ROWS):
        cells = row.cells
        if item[0] in ("theme", "rec"):
            m = cells[0].merge(cells[-1])
            if item[0] == "theme":
                set_cell(m, item[1], bold=True, color="FFFFFF")
                shade(m, "4B2C7B")
            else:
                set_cell(m, item[1], bold=True)
                shade(m, "E4DFEC")
            continue
        no, act, agency, officer, date, evid, status = item
        for c, v in zip(cells, [no, act, agency, officer, date, evid, status]):
            set_cell(c, v)
        if BD_STATUS_FILL[status]:
            shade(cells[6], BD_STATUS_FILL[status])

    doc.add_paragraph("")
    doc.add_paragraph("Abbreviations", style="Heading 2")
    ab = [("BDSCP", "Barking and Dagenham Safeguarding Children Partnership"),
          ("LBBD", "London Borough of Barking and Dagenham"),
          ("MASH", "Multi-Agency Safeguarding Hub"),
          ("NELFT", "North East London NHS Foundation Trust"),
          ("NEL ICB", "NHS North East London Integrated Care Board"),
          ("BCU", "Basic Command Unit")]
    g = doc.add_table(rows=len(ab), cols=2)
    g.style = "Table Grid"
    for row, (a, b) in zip(g.rows, ab):
        set_cell(row.cells[0], a, bold=True)
        set_cell(row.cells[1], b)
    doc.save(os.path.join(HERE, BD_FILE))


def main():
    make_york()
    make_kent()
    make_wolv()
    make_donc()
    make_rich()
    make_king()
    make_bd()
    for name in (YORK_FILE, KENT_FILE, WOLV_FILE, DONC_FILE, RICH_FILE, KING_FILE, BD_FILE):
        print("wrote", name)


if __name__ == "__main__":
    main()
