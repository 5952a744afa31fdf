# Builds the seven wk- cases of heldout543 (data files and their expected readings).
# Run with /work/main/.venv/bin/python wk_make.py
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=1000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Trafford Council - internal audit recommendations tracker (REFUSE: typo month)
# ---------------------------------------------------------------------------
def trafford():
    name = "wk-trafford-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Trafford Council – Internal Audit Recommendations Follow-Up"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 December 2025 – Accounts and Audit Committee, 10 February 2026"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Summary of High and Medium priority recommendations followed up"
    ws["A4"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "Partly implemented", "Not implemented", "Not yet due", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
    rows = [["High", 0, 1, 1, 1, 3], ["Medium", 3, 2, 0, 1, 6], ["Total", 3, 3, 1, 2, 9]]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ws["A10"] = ("Low priority recommendations are followed up by the Audit and Assurance Service "
                 "but are not reported to the Committee.")
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18

    ws2 = wb.create_sheet("Outstanding Recommendations")
    ws2["A1"] = "Outstanding Internal Audit Recommendations – December 2025"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = ("Dates are as agreed with management when the final report was issued. Revised target "
                 "dates have been approved by the relevant Corporate Director.")
    ws2["A2"].font = Font(italic=True)
    headers = ["Audit", "Year", "Assurance", "Rec Ref", "Priority", "Recommendation",
               "Agreed Management Action", "Responsible Officer", "Original Target Date",
               "Revised Target Date", "Status", "Comments"]
    HR = 4
    for c, h in enumerate(headers, 1):
        cell = ws2.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    audits = [
        ("Payroll", "2024/25", "Reasonable", [
            ("PAY/1", "Medium",
             "Starter and leaver forms should be authorised by the budget holder before changes are processed in iTrent.",
             "Introduce an iTrent workflow so that starter and leaver forms cannot be submitted without budget holder approval.",
             "Payroll and Pensions Manager", d(2025, 10, 31), d(2026, 1, 31), "Partly implemented",
             "Workflow built and in user testing; go-live planned for January 2026 payroll."),
            ("PAY/2", "Medium",
             "Overtime claims above 20 hours in a month should be reviewed each pay period.",
             "Produce a monthly overtime exception report and record its review and sign-off.",
             "Payroll Team Leader", d(2025, 9, 30), None, "Implemented",
             "Exception report reviewed monthly since September 2025. Evidence seen by Internal Audit."),
        ]),
        ("Direct Payments (Adult Social Care)", "2024/25", "Limited", [
            ("DP/1", "High",
             "Direct payment accounts should be audited within 12 weeks of payments starting and annually after that.",
             "Recruit two additional Direct Payments Monitoring Officers and clear the backlog of overdue account audits.",
             "Head of Commissioning (Adults)", d(2025, 8, 31), d(2026, 3, 31), "Partly implemented",
             "Both posts filled from October 2025. Backlog reduced from 212 to 97 accounts."),
            ("DP/2", "High",
             "Surplus balances above eight weeks of the care package value should be recovered promptly.",
             "Agree a recovery procedure with Finance and issue recovery letters for all accounts holding surplus balances over eight weeks.",
             "Direct Payments Team Manager / Finance Business Partner (Adults)", d(2025, 11, 30), "Febuary 2026",
             "Not implemented",
             "Procedure drafted but not yet agreed with Finance. Recovery letters will follow sign-off."),
            ("DP/3", "Medium",
             "The Direct Payments Policy should be reviewed and republished.",
             "Review the Direct Payments Policy and present it to the Adults Leadership Team for approval.",
             "Head of Commissioning (Adults)", d(2025, 12, 31), None, "Implemented",
             "Revised policy approved on 9 December 2025 and published on the Council website."),
        ]),
        ("Highways Maintenance Contract Management", "2025/26", "Limited", [
            ("HW/1", "High",
             "Contractor applications for payment should be checked against completed works orders before certification.",
             "Introduce a three-way match of works orders, completion evidence and applications for payment before certification.",
             "Highways Contract Manager", d(2026, 1, 31), None, "Not yet due",
             "Matching template agreed with the contractor; first use on the January 2026 application."),
            ("HW/2", "Medium",
             "Contract performance indicators should be reported to the contract board each month.",
             "Add the contract KPI dashboard as a standing item on the monthly contract board agenda.",
             "Head of Highways", d(2025, 12, 31), None, "Implemented",
             "Dashboard presented at the November and December 2025 boards."),
        ]),
        ("Cyber Security – Patch Management", "2024/25", "Reasonable", [
            ("CY/1", "Medium",
             "Critical security patches should be applied within 14 days of release.",
             "Configure automated patch deployment for servers and report compliance monthly to the Information Governance Board.",
             "Head of ICT Infrastructure", d(2025, 6, 30), d(2025, 12, 31), "Partly implemented",
             "Automated deployment live for 85% of servers; the remainder need supplier changes."),
            ("CY/2", "Medium",
             "Unsupported operating systems should be removed from the network or isolated.",
             "Decommission the remaining 11 Windows Server 2012 devices or move them to an isolated network segment.",
             "Head of ICT Infrastructure", d(2026, 3, 31), None, "Not yet due",
             "Six devices decommissioned; plan in place for the other five."),
        ]),
    ]
    r = HR + 1
    typo_row = None
    for audit, year, assurance, recs in audits:
        first = r
        for rec in recs:
            ref, pri, recommendation, mgmt, officer, orig, rev, status, comment = rec
            vals = [None, None, None, ref, pri, recommendation, mgmt, officer, orig, rev, status, comment]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rev == "Febuary 2026":
                typo_row = r
            pri_cell = ws2.cell(row=r, column=5)
            if pri == "High":
                pri_cell.fill = fill("F4B084")
            r += 1
        for c, v in ((1, audit), (2, year), (3, assurance)):
            ws2.cell(row=first, column=c, value=v).alignment = WRAP
            if r - 1 > first:
                ws2.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    widths = [26, 9, 12, 9, 9, 42, 42, 26, 13, 13, 18, 40]
    for i, w in enumerate(widths, 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the internal audit recommendations follow-up appendix that Trafford Council's "
                   "Audit and Assurance Service takes to the Accounts and Audit Committee (2025/26 cycle; "
                   "layout modelled on the follow-up reports minuted at democratic.trafford.gov.uk). Copied: "
                   "summary sheet with a totals table by priority and status, then an outstanding "
                   "recommendations sheet with the audit name, year and assurance opinion merged down over "
                   "their recommendations, recommendation text beside the agreed management action, "
                   "responsible officer as job titles, original and revised target dates, status words and "
                   "comments."),
        "reads": ("A follow-up tracker of nine internal audit recommendations across four audits. Each row has "
                  "a real date in the original and revised target date columns except recommendation DP/2 "
                  "(Direct Payments), whose revised target date is typed as 'Febuary 2026' – a mistyped month "
                  "a careful reader would query before recording the due date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Trafford Council – Internal Audit Recommendations Follow-Up",
    })
    return name, typo_row


# ---------------------------------------------------------------------------
# 2. Richmond upon Thames - corporate risk register
# ---------------------------------------------------------------------------
def richmond():
    name = "wk-richmond-upon-thames-council-corporate-risk-register-2025-26.xlsx"
    title = "London Borough of Richmond upon Thames – Corporate Risk Register 2025/26"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quarter 3 review – December 2025 (for Audit, Standards and General Purposes Committee)"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [["Version", "Date", "Author", "Changes"],
          ["1.0", "10/04/2025", "Risk and Insurance Manager", "2025/26 register agreed by Corporate Management Team"],
          ["2.0", "08/07/2025", "Risk and Insurance Manager", "Q1 review – CRR12 added"],
          ["3.0", "07/10/2025", "Risk and Insurance Manager", "Q2 review – scores updated"],
          ["4.0", "16/12/2025", "Risk and Insurance Manager", "Q3 review – CRR04 score increased to 16"]]
    for i, row in enumerate(dc):
        for c, v in enumerate(row, 1):
            cell = cv.cell(row=5 + i, column=c, value=v)
            cell.border = BOX
            if i == 0:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    cv["A11"] = "Risk score key (likelihood × impact)"
    cv["A11"].font = Font(bold=True)
    for i, (lab, txt, col) in enumerate([("15–25", "High – escalate to Corporate Management Team", RED),
                                         ("5–12", "Medium – manage within directorate", AMBER),
                                         ("1–4", "Low – monitor", GREEN)]):
        a = cv.cell(row=12 + i, column=1, value=lab)
        a.fill = fill(col)
        a.border = BOX
        cv.cell(row=12 + i, column=2, value=txt).border = BOX
    cv["A16"] = "Action status key"
    cv["A16"].font = Font(bold=True)
    for i, (lab, txt, col) in enumerate([("Complete", "Action delivered", BLUE),
                                         ("On track", "Expected to be delivered by the due date", GREEN),
                                         ("Some slippage", "Amber – at risk of missing the due date", AMBER),
                                         ("Off track", "Red – due date will be missed", RED),
                                         ("Not started", "Action not yet due to start", None)]):
        a = cv.cell(row=17 + i, column=1, value=lab)
        if col:
            a.fill = fill(col)
        a.border = BOX
        cv.cell(row=17 + i, column=2, value=txt).border = BOX
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 48
    cv.column_dimensions["C"].width = 28
    cv.column_dimensions["D"].width = 52

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws["A1"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Risk", "Description (cause / event / consequence)", "Risk owner", "Previous score (Q2)",
               "Current score (Q3)", "Target score", "Ref", "Further actions planned", "Action owner",
               "Due date", "Action status", "Q3 update"]
    HR = 3
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED,
                   "Not started": None}
    status_read = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red",
                   "Not started": "unrated"}

    def score_fill(s):
        return RED if s >= 15 else AMBER if s >= 5 else GREEN

    risks = [
        ("CRR01 – Medium-term financial sustainability",
         "Cause: rising demand in social care and temporary accommodation, inflation and uncertainty over the Fair Funding Review.\n"
         "Event: the Council cannot set a balanced budget over the medium term.\n"
         "Consequence: unplanned use of reserves, service reductions and loss of financial resilience.",
         "Director of Resources (Section 151 Officer)", 16, 16, 9, [
             ("1.1", "Deliver the 2026/27 savings programme of £8.4m and track delivery monthly at Corporate Management Team.",
              ["Director of Resources (Section 151 Officer)"], d(2026, 3, 31), "2026-03", None, "On track",
              "£6.1m of savings have agreed delivery plans; remaining proposals go to Cabinet in February."),
             ("1.2", "Update the Medium Term Financial Strategy to reflect the provisional local government finance settlement.",
              ["Head of Financial Planning"], d(2026, 2, 28), "2026-02", None, "On track",
              "Provisional settlement received 18 December; modelling under way."),
             ("1.3", "Review the reserves strategy and set a minimum level of general fund balance.",
              ["Head of Financial Planning"], d(2025, 11, 30), "2025-11", None, "Complete",
              "Reserves strategy approved by Cabinet on 20 November 2025."),
         ]),
        ("CRR04 – Adult social care demand and market sustainability",
         "Cause: an ageing population, more complex needs at hospital discharge and fragile provider market.\n"
         "Event: demand and cost exceed the budget and providers exit the market.\n"
         "Consequence: unmet need, delayed discharges and overspend.",
         "Director of Adult Social Care and Public Health", 12, 16, 8, [
             ("4.1", "Complete the cost of care exercise for older people’s residential and nursing care and agree fee uplifts for 2026/27.",
              ["Head of Adult Social Care Commissioning"], "Q4 2025/26", "2026-03", "Q4 2025/26", "Some slippage",
              "Provider returns lower than expected; deadline for returns extended to 16 January."),
             ("4.2", "Expand the reablement service to take an additional 30 referrals a month from hospital discharge.",
              ["Head of Reablement", "Hospital Discharge Lead"], d(2026, 1, 31), "2026-01", None, "Off track",
              "Recruitment to eight reablement worker posts unsuccessful; agency cover being sourced."),
         ]),
        ("CRR07 – Cyber attack and loss of ICT services",
         "Cause: increasing ransomware activity against local government and legacy systems.\n"
         "Event: a successful cyber attack disables key systems.\n"
         "Consequence: loss of services to residents, data breach and recovery costs.",
         "Chief Digital Officer", 15, 15, 10, [
             ("7.1", "Run a cyber incident exercise with the Corporate Management Team and update the ICT disaster recovery plan.",
              ["Head of IT Security"], d(2025, 12, 31), "2025-12", None, "Complete",
              "Exercise held 4 November 2025; disaster recovery plan reissued 12 December."),
             ("7.2", "Achieve Cyber Essentials Plus accreditation.",
              ["Head of IT Security"], d(2026, 6, 30), "2026-06", None, "Not started",
              "Assessment body to be procured in Q4."),
         ]),
        ("CRR09 – Temporary accommodation costs and homelessness demand",
         "Cause: high private rents and fewer landlords willing to let to homeless households.\n"
         "Event: more households in nightly-paid temporary accommodation.\n"
         "Consequence: budget pressure and families placed out of borough.",
         "Director of Housing and Regeneration", 20, 20, 12, [
             ("9.1", "Acquire 40 additional homes for use as temporary accommodation through the acquisitions programme.",
              ["Head of Housing Supply"], d(2027, 3, 31), "2027-03", None, "Some slippage",
              "17 homes acquired; conveyancing delays on a further nine."),
             ("9.2", "Strengthen homelessness prevention work with private landlords, including incentive payments to sustain tenancies.",
              ["Head of Housing Options"], "Ongoing", None, "Ongoing", "On track",
              "62 tenancies sustained in Q3 through landlord incentives."),
         ]),
        ("CRR12 – Health and safety compliance in corporate buildings",
         "Cause: incomplete compliance records following the restructure of Corporate Property.\n"
         "Event: a statutory inspection is missed.\n"
         "Consequence: harm to staff or public, enforcement action and building closures.",
         "Director of Environment and Community Services", 12, 12, 6, [
             ("12.1", "Complete fire risk assessments and asbestos re-inspections for all 64 corporate buildings and record them in the compliance system.",
              ["Head of Corporate Property", "Health and Safety Manager"], d(2026, 3, 31), "2026-03", None, "On track",
              "51 of 64 buildings complete and recorded."),
         ]),
    ]
    actions = []
    r = HR + 1
    for risk, desc, owner, prev, cur, target, acts in risks:
        first = r
        for ref, text, lead, due, end, end_text, status, upd in acts:
            vals = [None] * 6 + [ref, text, " / ".join(lead), due, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            sf = status_fill[status]
            if sf:
                ws.cell(row=r, column=11).fill = fill(sf)
            actions.append(act(ref, [risk], text, lead, end, status_read[status], end_text))
            r += 1
        for c, v in ((1, risk), (2, desc), (3, owner), (4, prev), (5, cur), (6, target)):
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP
            if c in (4, 5, 6):
                cell.fill = fill(score_fill(v))
                cell.alignment = Alignment(horizontal="center", vertical="top")
            if c == 1:
                cell.font = Font(bold=True)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    widths = [28, 46, 24, 10, 10, 10, 7, 46, 26, 12, 14, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Current (Q3) risk scores"
    hm["A1"].font = Font(bold=True)
    for i, (rid, sc) in enumerate([("CRR09", 20), ("CRR01", 16), ("CRR04", 16), ("CRR07", 15), ("CRR12", 12)]):
        hm.cell(row=3 + i, column=1, value=rid)
        c = hm.cell(row=3 + i, column=2, value=sc)
        c.fill = fill(score_fill(sc))
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a London borough corporate risk register as reported quarterly to the audit "
                   "committee (London Borough of Richmond upon Thames, 2025/26; layout after published "
                   "corporate risk register appendices such as the City of London 'Corporate Risk Register – "
                   "Detailed Report' and shared-service registers with cause/event/consequence descriptions). "
                   "Copied: cover sheet with document control table and score and action-status keys, risk "
                   "title, description, owner and previous/current/target scores merged down over each risk's "
                   "further actions, score cells filled by band, action status words filled by colour, a "
                   "heat-map sheet."),
        "reads": ("Five corporate risks, each with its planned further actions beneath it: ten actions in all, "
                  "each with an action ref, an action owner (job titles), a due date and a status word "
                  "(Complete, On track, Some slippage, Off track, Not started) that the cover key defines. "
                  "The risk titles are the headings the actions sit under; the cover, key and heat map are "
                  "not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


# ---------------------------------------------------------------------------
# 3. Bolton Council - Council Plan delivery plan Q2 2025/26 (several sheets)
# ---------------------------------------------------------------------------
def bolton():
    name = "wk-bolton-council-plan-delivery-plan-q2-2025-26.xlsx"
    title = "Bolton Council Plan 2025–2028: Delivery Plan Progress Report – Quarter 2 2025/26"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Reporting period: 1 July – 30 September 2025. Prepared by the Corporate Performance Team."
    ov["A4"] = "RAG key"
    ov["A4"].font = Font(bold=True)
    key = [("B", "Blue – deliverable complete", BLUE), ("G", "Green – on track", GREEN),
           ("A", "Amber – some slippage, expected to recover", AMBER),
           ("R", "Red – significant slippage, intervention needed", RED)]
    for i, (k, t, col) in enumerate(key):
        c = ov.cell(row=5 + i, column=1, value=k)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        ov.cell(row=5 + i, column=2, value=t)
    ov["A10"] = "Summary of Q2 position"
    ov["A10"].font = Font(bold=True)
    sh = ["Pillar", "Deliverables", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(sh, 1):
        cell = ov.cell(row=11, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX

    pillars = [
        ("Council", "Pillar 1 – Council", [
            ("Priority 1: A financially sustainable council", [
                ("C1.1", "Set a balanced budget for 2026/27 with a savings plan that does not rely on reserves.",
                 "Karen Dowling", "Cllr Nadia Warburton", d(2026, 2, 28), "2026-02", None, "G", "G",
                 "Budget gap reduced to £3.2m; savings proposals out to consultation until 7 November."),
                ("C1.2", "Review fees and charges across all directorates and introduce full cost recovery where the law allows.",
                 "Ian Hartley", "Cllr Nadia Warburton", "Q3 2025/26", "2025-12", "Q3 2025/26", "G", "A",
                 "Directorate returns incomplete for Place; review now expected in January."),
            ]),
            ("Priority 2: A modern, digital council", [
                ("C2.1", "Move council tax, waste and housing benefit requests onto the new customer portal.",
                 "Lisa Hayes / Mark Duffy", "Cllr Helen Tattersall", d(2026, 3, 31), "2026-03", None, "A", "A",
                 "Council tax and waste forms live. Housing benefit integration delayed by supplier."),
            ]),
            ("Priority 3: A skilled and valued workforce", [
                ("C3.1", "Launch the new leadership development programme for third- and fourth-tier managers.",
                 "Head of Organisational Development", "Cllr Helen Tattersall", d(2025, 9, 30), "2025-09", None,
                 "G", "B", "First cohort of 24 managers started on 18 September 2025."),
            ]),
        ]),
        ("People", "Pillar 2 – People", [
            ("Priority 4: Children and young people get the best start in life", [
                ("P4.1", "Open two further Family Hubs in Farnworth and Horwich.",
                 "Joanne Whitworth", "Cllr Mark Riley", d(2026, 1, 31), "2026-01", None, "G", "G",
                 "Farnworth hub fit-out complete; Horwich building works on programme."),
                ("P4.2", "Create 60 additional specialist school places for children with SEND.",
                 "Assistant Director SEND and Inclusion", "Cllr Mark Riley", "2026/27", "2027-03", "2026/27",
                 "A", "R", "Main contractor for the satellite unit has gone into administration; re-procurement needed."),
            ]),
            ("Priority 5: Adults live independently for longer", [
                ("P5.1", "Extend the Technology Enabled Care service so that 500 more residents have telecare at home.",
                 "Rachel Ainscow", "Cllr Shabana Ahmed", d(2026, 3, 31), "2026-03", None, None, "G",
                 "New deliverable this year; 187 new installations to date."),
            ]),
            ("Priority 6: Healthier lives and fewer health inequalities", [
                ("P6.1", "Deliver the NHS Health Check outreach programme in the five most deprived wards.",
                 "Director of Public Health", "Cllr Shabana Ahmed", d(2026, 3, 31), "2026-03", None, "G", "G",
                 "1,140 checks delivered through community venues, 52% of the annual target."),
            ]),
        ]),
        ("Place", "Pillar 3 – Place", [
            ("Priority 7: A thriving town centre and local economy", [
                ("PL7.1", "Complete phase one of the Crompton Place redevelopment.",
                 "Gareth Lomax", "Cllr Alan Booth", d(2026, 12, 31), "2026-12", None, "G", "G",
                 "Demolition complete; enabling works under way."),
            ]),
            ("Priority 8: Clean, green and safe neighbourhoods", [
                ("PL8.1", "Introduce weekly food waste collections for all households.",
                 "Head of Environmental Services", "Cllr Ruth Latham", d(2026, 3, 31), "2026-03", None, "A", "A",
                 "Caddy delivery began in October; vehicle delivery now due in February."),
                ("PL8.2", "Plant 5,000 trees through the urban tree planting programme.",
                 "Environment and Climate Lead", "Cllr Ruth Latham", d(2026, 3, 31), "2026-03", None, "G", "G",
                 "Planting season starts November; sites and stock secured."),
            ]),
            ("Priority 9: More affordable homes", [
                ("PL9.1", "Agree the affordable housing delivery programme with Registered Providers for 300 homes a year.",
                 "Andrew Pilling", "Cllr Alan Booth", d(2025, 12, 31), "2025-12", None, "R", "A",
                 "Programme agreed with four of six providers; remaining two due to sign in November."),
            ]),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_read = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    summary = []
    for sheet, pillar, priorities in pillars:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Council Plan 2025–2028 Delivery Plan – Q2 2025/26"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = pillar
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = fill(NAVY)
        ws.merge_cells("A2:H2")
        headers = ["Ref", "Key deliverable", "Lead officer", "Cabinet Member", "Target date", "Q1 RAG",
                   "Q2 RAG", "Q2 progress update"]
        for c, h in enumerate(headers, 1):
            cell = ws.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill(GREY)
            cell.border = BOX
            cell.alignment = WRAP
        r = 4
        counts = {"B": 0, "G": 0, "A": 0, "R": 0}
        n = 0
        for priority, dels in priorities:
            cell = ws.cell(row=r, column=1, value=priority)
            cell.font = Font(bold=True)
            cell.fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, text, lead, member, due, end, end_text, q1, q2, upd in dels:
                vals = [ref, text, lead, member, due, q1, q2, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                for c, v in ((6, q1), (7, q2)):
                    if v:
                        ws.cell(row=r, column=c).fill = fill(rag_fill[v])
                        ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                leads = [x.strip() for x in lead.split("/")]
                actions.append(act(ref, [pillar, priority], text, leads, end, rag_read[q2], end_text))
                counts[q2] += 1
                n += 1
                r += 1
        for i, w in enumerate([8, 50, 26, 22, 11, 8, 8, 48], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        summary.append([sheet, n, counts["B"], counts["G"], counts["A"], counts["R"]])
    tot = ["Total"] + [sum(s[i] for s in summary) for i in range(1, 6)]
    for i, row in enumerate(summary + [tot]):
        for c, v in enumerate(row, 1):
            cell = ov.cell(row=12 + i, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ov.column_dimensions["A"].width = 14
    ov.column_dimensions["B"].width = 46
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a metropolitan council's quarterly Council Plan delivery report (Bolton Council, "
                   "Council Plan 2025–2028 with nine corporate priorities across the pillars Council, People "
                   "and Place, as described in the LGA case study on Bolton's integrated performance, finance "
                   "and risk reporting, 2025). Copied: overview sheet with RAG key and a totals table per "
                   "pillar, one sheet per pillar with a pillar banner, priority rows merged across the table, "
                   "deliverable refs, lead officer beside the Cabinet Member, Q1 and Q2 RAG letters with fills, "
                   "target dates including quarter and financial-year periods."),
        "reads": ("Twelve key deliverables spread over three pillar sheets, each under a numbered priority. "
                  "The status is the Q2 RAG letter (Q1 is the previous quarter); the lead is the lead officer, "
                  "not the Cabinet Member. The overview sheet's key and totals are not deliverables."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. City of London Corporation - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def city_of_london():
    name = "wk-city-of-london-corporation-ofsted-focused-visit-action-plan.docx"
    title = "City of London Corporation: Ofsted Focused Visit Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Children’s Social Care – focused visit to look at children in need and children "
                      "subject to a child protection plan, 9 and 10 September 2025")
    doc.add_paragraph("Department of Community and Children’s Services. Reported to the Safeguarding "
                      "Sub Committee, February 2026.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Author", "Comments"],
                             ["0.1", "21/10/2025", "Head of Children’s Social Care and Early Help", "First draft"],
                             ["1.0", "04/11/2025", "Head of Children’s Social Care and Early Help",
                              "Agreed by Executive Director; submitted to Ofsted"],
                             ["1.1", "26/01/2026", "Quality Assurance Lead", "Progress update for February 2026 Sub Committee"]]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v, col) in enumerate([("Blue", "Action complete", BLUE), ("Green", "On track", GREEN),
                                     ("Amber", "Some slippage – revised date agreed", AMBER),
                                     ("Red", "Off track – escalated to the Executive Director", RED)]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_cell(t.rows[i].cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Inspectors found that children in need of help and protection in the City of London "
                      "continue to receive a strong service. They identified three areas for improvement, "
                      "which this plan addresses.")

    afis = [
        ("Area for improvement 1",
         "The quality and consistency of written analysis in child and family assessments, particularly of the "
         "impact of parental mental ill health on children’s daily lives.", [
             ("1.1", "Deliver practice workshops on analytical assessment writing for all social workers, co-facilitated with the adult mental health liaison practitioner.",
              ["Principal Social Worker"], "February 2026", "2026-02", None,
              "Two of three workshops delivered in December 2025; final session booked for 12 February.", "Green"),
             ("1.2", "Revise the assessment template so that the analysis section prompts workers to describe the child’s lived experience of parental mental ill health.",
              ["Children’s Services Manager"], "December 2025", "2025-12", None,
              "New template live on the case management system from 1 December 2025.", "Blue"),
             ("1.3", "Complete a themed audit of 10 assessments where parental mental ill health is a factor and report the findings to the Safeguarding Sub Committee.",
              ["Quality Assurance Lead"], "30/04/2026", "2026-04", None,
              "Audit tool agreed; sample to be drawn in March 2026.", "Green"),
         ]),
        ("Area for improvement 2",
         "The timeliness of initial child protection conferences following section 47 enquiries.", [
             ("2.1", "Agree a protocol with the independent chairs so that an initial child protection conference is booked on the day a strategy discussion decides to begin section 47 enquiries.",
              ["Head of Children’s Social Care and Early Help"], "January 2026", "2026-01", None,
              "Draft protocol shared with chairs. Sign-off moved to February 2026 because of chair availability.",
              "Amber"),
             ("2.2", "Report conference timeliness for every child at the weekly performance meeting.",
              ["Strategy and Performance Lead", "Team Manager (Children and Families)"], "Weekly", None, "Weekly",
              "In place since October 2025; four of five conferences in Q3 held within 15 working days.", "Green"),
         ]),
        ("Area for improvement 3",
         "Management oversight and the recording of supervision, so that the rationale for decisions and the next "
         "steps for children are consistently clear.", [
             ("3.1", "Introduce a supervision recording template with a required section on the rationale for decisions and the next steps for the child.",
              ["Children’s Services Manager"], "November 2025", "2025-11", None,
              "Template in use. Dip sample in December found 9 of 10 records complete.", "Blue"),
             ("3.2", "Deliver reflective supervision training for team managers and senior practitioners.",
              ["Principal Social Worker"], "March 2026", "2026-03", None,
              "Training provider commissioned; dates confirmed for 3 and 17 March 2026.", "Green"),
             ("3.3", "Report the findings of monthly case audits on management oversight to the Safeguarding Sub Committee.",
              ["Head of Children’s Social Care and Early Help"], "Quarterly", None, "Quarterly",
              "First report due at the May 2026 meeting.", "Green"),
         ]),
    ]
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    actions = []
    for heading, afi_text, rows in afis:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(afi_text)
        r.italic = True
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (January 2026)", "RAG"]):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for i, (ref, text, lead, timescale, end, end_text, upd, rag) in enumerate(rows, 1):
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], " / ".join(lead))
            set_cell(cells[3], timescale)
            set_cell(cells[4], upd)
            set_cell(cells[5], rag, bold=True)
            shade(cells[5], rag_fill[rag])
            actions.append(act(ref, [afi_text], text, lead, end, rag.lower(), end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is monitored monthly by the Children’s Social Care "
                      "Management Team and reported to each meeting of the Safeguarding Sub Committee.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the action plan the City of London Corporation's Department of Community and "
                   "Children's Services produces after an Ofsted focused visit and reports to its Safeguarding "
                   "Sub Committee (cf. the Sub Committee's earlier 'Ofsted Focused Visit on Care Leavers' item "
                   "with three areas for improvement, democracy.cityoflondon.gov.uk; this visit is September "
                   "2025). Copied: title and subtitle paragraphs, document control table, RAG key table with "
                   "shaded cells, then one heading and italic inspectors' text per area for improvement, each "
                   "followed by its own action table (Ref, Action, Lead, Timescale, Progress update, RAG), "
                   "job titles as leads and a closing note."),
        "reads": ("Eight actions in three tables, one per area for improvement; each table answers the "
                  "inspectors' sentence printed above it (the heading 'Area for improvement N' only names the "
                  "kind of part). RAG is written in words with a matching shade; Blue means complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


# ---------------------------------------------------------------------------
# 5. Safer Rutland Partnership - DHR action plan (docx, merged recommendation cells, fill-only RAG)
# ---------------------------------------------------------------------------
def rutland():
    name = "wk-safer-rutland-partnership-dhr-helen-action-plan.docx"
    title = "Safer Rutland Partnership – Domestic Homicide Review ‘Helen’ – Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Overview report accepted by the Home Office Quality Assurance Panel, May 2024. "
                      "Action plan updated for the Safer Rutland Partnership meeting of 14 October 2025.")
    doc.add_paragraph("The review panel made six recommendations. Each agency named as lead is responsible for "
                      "reporting progress to the DHR Steering Group.")

    recs = [
        ("1. Safer Rutland Partnership to ensure that practitioners across the partnership recognise economic "
         "abuse and coercive control of older people by family members, and know how to respond.", "Local", [
             ("Deliver a briefing on economic abuse and older victims to frontline staff in all partner agencies.",
              ["Safer Rutland Partnership"], "Briefing written with the domestic abuse service; 7 sessions held.",
              "September 2025", "2025-09", None, "Completed 23/09/2025 – 112 staff attended.", BLUE, "blue"),
             ("Add economic abuse of older people to the Rutland domestic abuse awareness campaign.",
              ["Rutland County Council Community Safety Team"], "Campaign materials drafted.",
              "December 2025", "2025-12", None, "", GREEN, "green"),
         ]),
        ("2. Leicestershire Police to ensure that a DASH risk assessment is completed whenever officers attend a "
         "domestic incident involving an adult child and a parent.", "Local", [
             ("Issue a force-wide briefing and add an adult family violence prompt to the domestic abuse attendance checklist.",
              ["Leicestershire Police"], "Briefing issued July 2025; checklist change with the IT supplier.",
              "31/12/2025", "2025-12", None, "", AMBER, "amber"),
         ]),
        ("3. Rutland GP practices to make routine enquiry about domestic abuse when an older patient attends with "
         "unexplained injuries or a carer answers for them.", "Local", [
             ("Deliver IRIS-style domestic abuse training to all three Rutland GP practices.",
              ["LLR ICB Safeguarding Team"], "Two practices trained; third booked.",
              "March 2026", "2026-03", None, "", GREEN, "green"),
             ("Audit 20 records of older patients with injuries to test whether routine enquiry was made.",
              ["LLR ICB Safeguarding Team", "Rutland GP practices"], "",
              "Q1 2026/27", "2026-06", "Q1 2026/27", "", None, "unrated"),
         ]),
        ("4. Rutland County Council Adult Social Care to ensure that carer’s assessments consider whether the "
         "carer is, or may be, causing harm to the person they care for.", "Local", [
             ("Amend the carer’s assessment form to include questions about domestic abuse and the carer’s access to the cared-for person’s money.",
              ["Rutland County Council Adult Social Care"], "Form revised and live on the case management system.",
              "June 2025", "2025-06", None, "Completed 30/06/2025.", BLUE, "blue"),
             ("Provide guidance and supervision prompts for social workers on joint assessment where abuse by a carer is suspected.",
              ["Principal Social Worker (Adults)"], "Guidance drafted; to Practice Quality Board in November.",
              "November 2025", "2025-11", None, "", GREEN, "green"),
         ]),
        ("5. The Home Office to consider including adult family homicide (parricide) in national domestic abuse "
         "awareness material.", "National", [
             ("Write to the Home Office DHR team setting out this recommendation and the learning from the review.",
              ["Chair, Safer Rutland Partnership"], "Letter sent with the overview report.",
              "May 2024", "2024-05", None, "Completed 20/05/2024 – acknowledgement received.", BLUE, "blue"),
         ]),
        ("6. Safer Rutland Partnership to seek assurance that this action plan has improved practice.", "Local", [
             ("Carry out a multi-agency audit of domestic abuse cases involving adult family members and report the findings to the Partnership.",
              ["DHR Steering Group"], "Audit scope agreed.",
              "September 2026", "2026-09", None, "", GREEN, "green"),
         ]),
    ]
    n_rows = sum(len(a) for _, _, a in recs)
    headers = ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
               "Key milestones achieved in enacting recommendation", "Target date",
               "Date of completion and outcome", "RAG"]
    t = doc.add_table(rows=1 + n_rows, cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    actions = []
    r = 1
    for rec_text, scope, acts in recs:
        first = r
        for text, lead, milestones, target, end, end_text, outcome, col, st in acts:
            cells = t.rows[r].cells
            set_cell(cells[2], text)
            set_cell(cells[3], " / ".join(lead))
            set_cell(cells[4], milestones)
            set_cell(cells[5], target)
            set_cell(cells[6], outcome)
            set_cell(cells[7], "")
            if col:
                shade(cells[7], col)
            actions.append(act(None, [rec_text], text, lead, end, st, end_text))
            r += 1
        last = r - 1
        if last > first:
            a = t.cell(first, 0).merge(t.cell(last, 0))
            b = t.cell(first, 1).merge(t.cell(last, 1))
        else:
            a, b = t.cell(first, 0), t.cell(first, 1)
        set_cell(a, rec_text)
        set_cell(b, scope)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key (shading in the RAG column): Blue – complete; Green – on track; Amber – behind "
                      "target date; Red – not progressing, escalate to Partnership; no shading – not yet started.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a community safety partnership's DHR action plan in the Home Office template "
                   "(Recommendation, Scope of recommendation, Action to take, Lead agency, Key milestones "
                   "achieved in enacting recommendation, Target date, Date of completion and outcome – as in "
                   "the statutory guidance and local protocols such as the Pan Dorset DHR protocol's action plan "
                   "format), for a Rutland review published 2024 and updated October 2025. Copied: title and "
                   "intro paragraphs, one landscape table, numbered recommendation text and scope merged down "
                   "over their actions, lead agencies (two in one cell once), a RAG column shown only by cell "
                   "shading, and the key as a note under the table."),
        "reads": ("Six recommendations with nine actions; the actions have no refs of their own and are read "
                  "under their recommendation. Status comes from the shading of the RAG cell as the key under "
                  "the table explains; the one unshaded cell is 'not yet started'."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


# ---------------------------------------------------------------------------
# 6. Kirklees Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def kirklees():
    name = "wk-kirklees-health-and-wellbeing-board-action-log.csv"
    title = "Kirklees Health and Wellbeing Board – Action Log"
    rows = [
        ("HWB 25/01", "27/03/2025",
         "Share the refreshed Joint Strategic Assessment summary with all Board members and partner boards.",
         "Owen Marsden", "30/04/2025", "B", "Circulated 14 April 2025.", "2025-04", None, "blue"),
        ("HWB 25/02", "27/03/2025",
         "Bring a report on the Kirklees Healthy Working Life programme, including the West Yorkshire funding position.",
         "Head of Inclusive Economy; ICB Place Director", "Sept 2025", "B",
         "Item taken at the 25 September 2025 meeting.", "2025-09", None, "blue"),
        ("HWB 25/03", "26/06/2025",
         "Agree the terms of reference for the Children and Young People’s Partnership sub-group and confirm its chair.",
         "Jo Hirst & Tom Wadsworth", "31/01/2026", "A",
         "Draft terms of reference discussed by the sub-group in October. Chair not yet confirmed.", "2026-01", None,
         "amber"),
        ("HWB 25/04", "26/06/2025",
         "a) Circulate the Pharmaceutical Needs Assessment consultation to Board members.\nb) Delegate approval of the final PNA to the Director of Public Health.",
         "Dr Rachel Ellis (Director of Public Health)", "Aug-25", "B",
         "a) Circulated 3 July.\nb) Final PNA published 29 September 2025.", "2025-08", None, "blue"),
        ("HWB 25/05", "26/06/2025",
         "Provide figures on uptake of the winter vaccination programme among frontline social care staff.",
         "Emma Pickles", "Nov-25", "R",
         "Provider data not yet received from two home care agencies. Chased 10 December.", "2025-11", None, "red"),
        ("HWB 25/06", "25/09/2025",
         "Report back on the midpoint evaluation of the Kirklees Health and Wellbeing Strategy 2022-2027, with proposed changes to the priorities.",
         "Strategy and Partnerships Manager", "29/01/2026", "G",
         "Evaluation fieldwork complete; report being written.", "2026-01", None, "green"),
        ("HWB 25/07", "25/09/2025",
         "Set up a development session for the Board on the changes to the Integrated Care Board landscape.",
         "Board Manager", "TBC", "G", "Awaiting national guidance on ICB clusters before fixing a date.", None, "TBC",
         "green"),
        ("HWB 25/08", "25/09/2025",
         "Include the Healthy Working Life programme measures in the Board’s performance dashboard.",
         "Kirklees Public Health Intelligence Team", "31/12/2025", "G",
         "Measures agreed; first dashboard with the new measures due in January.", "2025-12", None, "green"),
        ("HWB 25/09", "27/11/2025",
         "Write to the Secretary of State on behalf of the Board about the impact of the pharmacy closures in Dewsbury and Batley.",
         "Cllr Amina Shah", "Dec-25", "B", "Letter sent 5 December 2025.", "2025-12", None, "blue"),
        ("HWB 25/10", "27/11/2025",
         "Bring the Better Care Fund 2026/27 plan to the Board for sign-off before national submission.",
         "Emma Pickles, Owen Marsden", "26/03/2026", "G", "Planning guidance expected in January.", "2026-03", None,
         "green"),
        ("HWB 25/11", "27/11/2025",
         "Keep the Board informed of progress with the Kirklees suicide prevention action plan.",
         "Suicide Prevention Lead", "Ongoing", "G", "Standing update at each meeting.", None, "Ongoing", "green"),
    ]
    path = os.path.join(HERE, name)
    ncol = 7
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (ncol - 1))
        w.writerow(["Updated 12 December 2025, following the meeting on 27 November 2025. Next meeting: 29 January 2026."]
                   + [""] * (ncol - 1))
        w.writerow(["RAG key: B = complete; G = on track; A = at risk of missing the deadline; R = overdue"]
                   + [""] * (ncol - 1))
        w.writerow([""] * ncol)
        w.writerow(["Ref", "Meeting date", "Action", "Lead(s)", "Deadline", "RAG", "Update"])
        for ref, md, text, lead, deadline, rag, upd, *_ in rows:
            w.writerow([ref, md, text, lead, deadline, rag, upd])
        w.writerow([""] * ncol)
        w.writerow(["Actions marked B will be removed from the log once the Board has noted them."]
                   + [""] * (ncol - 1))

    def leads(s):
        if s.startswith("Dr Rachel Ellis"):
            return [s]
        for sep in (" & ", "; ", ", "):
            if sep in s:
                return [x.strip() for x in s.split(sep)]
        return [s]

    actions = [act(ref, [], text, leads(lead), end, st, end_text)
               for ref, md, text, lead, deadline, rag, upd, end, end_text, st in rows]
    write_expected(name, {
        "source": ("Imitates a health and wellbeing board action log as exported from the board manager's "
                   "spreadsheet (Kirklees Health and Wellbeing Board, 2025 meetings of 27 March, 26 June, "
                   "25 September and 27 November; the board's agenda on opengovernment.network mentions the "
                   "Healthy Working Life programme, the ICB changes and the strategy midpoint evaluation). "
                   "Copied: title and 'updated following' lines, a RAG letter key line, one row per action with "
                   "ref, meeting date, lead(s), deadline in mixed forms (dd/mm/yyyy, Mon-yy, Sept 2025, TBC, "
                   "Ongoing), RAG letter and a multi-line update, and a closing note line."),
        "reads": ("Eleven board actions in one list with no headings. Leads are names, posts or teams "
                  "(two people where joined by '&', ';' or ','); the deadline gives the month; RAG letters are "
                  "read with the key line (B = complete). The meeting date column is when the action was set, "
                  "not its due date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


# ---------------------------------------------------------------------------
# 7. Bury Council - Improvement Plan highlight report (tab-separated txt)
# ---------------------------------------------------------------------------
def bury():
    name = "wk-bury-council-improvement-plan-highlight-report.txt"
    title = "Bury Council Improvement Plan – Highlight Report"
    workstreams = [
        ("Workstream 1 – Governance and Decision-Making", [
            ("1.1", "Refresh the Constitution, including the scheme of delegation to officers, and take it to Council for adoption.",
             "Monitoring Officer", "Sep-25", "Jan-26", "Amber", "Amber",
             "Constitution Working Group has reviewed Parts 1-3. Council adoption moved to January to allow member briefings.",
             "2026-01", "amber"),
            ("1.2", "Introduce a forward plan of key decisions and a report clearance process for all Cabinet reports.",
             "Head of Democratic Services", "Jul-25", "", "Green", "Complete",
             "Clearance process in place since August; forward plan published monthly.", "2025-07", "blue"),
            ("1.3", "Deliver governance training for all councillors and senior managers.",
             "Monitoring Officer / Head of Democratic Services", "Dec-25", "", "Green", "Green",
             "Four sessions held; 41 of 51 councillors attended.", "2025-12", "green"),
        ]),
        ("Workstream 2 – Financial Management and Resilience", [
            ("2.1", "Implement zero-based budgeting for all directorates for the 2026/27 budget.",
             "Director of Finance (S151)", "Feb-26", "", "Green", "Green",
             "All directorate challenge sessions complete.", "2026-02", "green"),
            ("2.2", "Rebuild the general fund reserve to the minimum level set in the reserves policy.",
             "Director of Finance (S151)", "Mar-27", "", "Amber", "Amber",
             "Forecast outturn pressure of £2.1m in children's placements may reduce the planned contribution.",
             "2027-03", "amber"),
            ("2.3", "Complete the outstanding bank and control account reconciliations for 2023/24 and 2024/25.",
             "Head of Financial Management", "Jun-25", "Dec-25", "Red", "Green",
             "All reconciliations for 2023/24 complete; 2024/25 on track for end of December.", "2025-12", "green"),
        ]),
        ("Workstream 3 – Risk Management and Internal Control", [
            ("3.1", "Reduce the number of outstanding fundamental and significant internal audit recommendations to fewer than 10.",
             "Head of Fraud, Audit, Insurance and Risk", "Mar-26", "", "Amber", "Amber",
             "17 recommendations outstanding (6 fundamental, 11 significant), down from 27.", "2026-03", "amber"),
            ("3.2", "Embed directorate risk registers and report them quarterly to the Governance and Assurance Board.",
             "Head of Fraud, Audit, Insurance and Risk", "Nov-25", "", "Green", "Complete",
             "All directorate registers reported at the November Board.", "2025-11", "blue"),
        ]),
        ("Workstream 4 – Culture, Workforce and Communication", [
            ("4.1", "Run the all-staff culture survey and publish the results with an action plan.",
             "Director of People and Inclusion", "Nov-25", "Mar-26", "Amber", "Red",
             "Survey supplier contract not yet awarded; survey cannot launch before February.", "2026-03", "red"),
            ("4.2", "Hold compliance sprints on contract procedure rules in each directorate.",
             "Head of Procurement; Head of Legal Services", "Jan-26", "", "Green", "Green",
             "Sprints held in Operations and Children's; three directorates remaining.", "2026-01", "green"),
        ]),
    ]
    lines = [
        title,
        "Governance and Assurance Board – reporting period 1 October to 30 November 2025",
        "Prepared for: Audit Committee, 8 December 2025\tSenior Responsible Owner: Chief Executive",
        "Overall status:\tAmber\tDirection of travel:\tImproving",
        "",
        "Summary: 10 actions reported this period. 2 complete, 4 green, 3 amber, 1 red. "
        "The external auditor will review progress against the statutory recommendation in March 2026.",
        "",
        "Ref\tAction / milestone\tLead\tOriginal date\tRevised date\tPrevious RAG\tCurrent RAG\tCommentary",
    ]
    actions = []
    for ws_name, rows in workstreams:
        lines.append(ws_name)
        for ref, text, lead, orig, rev, prev, cur, comm, end, st in rows:
            lines.append("\t".join([ref, text, lead, orig, rev, prev, cur, comm]))
            leads = [x.strip() for x in lead.replace(";", "/").split("/")]
            actions.append(act(ref, [ws_name], text, leads, end, st))
        lines.append("")
    lines += [
        "Key risks and issues",
        "Risk / issue\tImpact\tMitigation\tOwner",
        "Capacity in Finance to complete reconciliations alongside budget setting\tHigh\t"
        "Two interim accountants appointed to March 2026\tDirector of Finance (S151)",
        "Delay to the culture survey contract\tMedium\tUse the LGA survey tool if the contract is not awarded in December\t"
        "Director of People and Inclusion",
        "",
        "Decisions required from the Board: none this period.",
        "",
        "RAG key: Complete = action delivered; Green = on track; Amber = at risk, recovery plan in place; "
        "Red = off track, escalation required",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": ("Imitates a council improvement plan highlight report produced after an external auditor's "
                   "statutory recommendation (Bury Council's Council Improvement Plan, with progress overseen "
                   "by Assurance Boards and reported to the Audit Committee in 2025 – councildecisions.bury.gov.uk; "
                   "the Governance & Assurance Board tracks outstanding fundamental/significant audit "
                   "recommendations). Copied: a tab-separated plain text export with title and reporting lines, "
                   "overall status line, a summary sentence, one column header, workstream heading lines, "
                   "original and revised dates, previous and current RAG, commentary, a key risks and issues "
                   "block, a decisions line and a RAG key."),
        "reads": ("Ten actions under four workstreams. The status is the Current RAG (the Previous RAG is last "
                  "period's), with Complete read as blue; the due month is the revised date where one is "
                  "given, otherwise the original. The risks/issues block, decisions line and key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


if __name__ == "__main__":
    out = []
    n, row = trafford()
    out.append(n)
    print("trafford refuse row", row)
    out.append(richmond())
    out.append(bolton())
    out.append(city_of_london())
    out.append(rutland())
    out.append(kirklees())
    out.append(bury())
    for n in out:
        print(n)
