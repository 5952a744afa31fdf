"""Build the seven `ra-` blind cases (data files + expected readings) for set heldout473.

Run with /work/main/.venv/bin/python ra_make.py  (writes only files starting ra-).
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "00B0F0"
GREY = "D9D9D9"
LIGHT = "DDEBF7"


def out(name):
    assert name.startswith("ra-") or name.startswith("ra_")
    return os.path.join(HERE, name)


def write_expected(name, data):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


# ---------------------------------------------------------------------------
# 1. Rother District Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def rother():
    name = "ra-rother-district-council-internal-audit-recommendations-tracker.xlsx"
    title = ("Rother District Council – Internal Audit: Progress on Implementing Audit "
             "Recommendations (Appendix B) – position at 30 September 2025")
    wb = Workbook()
    ws = wb.active
    ws.title = "Appendix B"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Audit Committee – 8 December 2025 | Report of the Audit Manager"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    headers = ["Rec No.", "Priority", "Agreed Action", "Responsible Officer",
               "Original Target Date", "Revised Target Date", "Status",
               "Management Comments (Q2 2025/26)"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BORDER
    widths = [12, 10, 60, 30, 14, 14, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    D = dt.datetime
    S_OLD = "OLD YEARS – RECOMMENDATIONS MADE IN 2023/24 AND EARLIER"
    S_2425 = "2024/25 RECOMMENDATIONS"
    S_2526 = "2025/26 RECOMMENDATIONS"
    A_ICT = "ICT Governance (2022/23) – Limited Assurance"
    A_PRO = "Procurement (2021/22) – Limited Assurance"
    A_HBO = "Housing Benefit Overpayments (2023/24) – Reasonable Assurance"
    A_EST = "Estates Income (2024/25) – Minimal Assurance"
    A_LUF = "Levelling Up Fund and Programme Governance (2024/25) – Limited Assurance"
    A_CTR = "Council Tax Reduction (2025/26) – Reasonable Assurance"
    rows = [
        ("section", S_OLD),
        ("audit", A_ICT),
        ("rec", "ICT/22/03", "High",
         "Establish an ICT Steering Group, chaired by a member of the Corporate Management Team, "
         "to oversee the ICT Strategy, the prioritisation of ICT projects and investment decisions.",
         "Head of Digital and Customer Services", D(2023, 3, 31), D(2025, 12, 31), "A",
         "Terms of reference drafted. First meeting delayed until the new ICT Manager is in post "
         "(start date 3 November 2025)."),
        ("rec", "ICT/22/05", "Medium",
         "Review and update the ICT Disaster Recovery Plan and test the restoration of key systems "
         "at least once a year.",
         "ICT Manager", D(2023, 6, 30), "March 2026", "R",
         "No progress this quarter – post vacant. Revised date proposed by the Head of Service."),
        ("audit", A_PRO),
        ("rec", "PRO/21/02", "High",
         "Introduce a contracts register covering all contracts over £5,000 and publish it in line "
         "with the Local Government Transparency Code.",
         "Procurement Manager / Chief Finance Officer", D(2022, 9, 30), D(2025, 9, 30), "Complete",
         "Register published on the Council's website in September 2025. Internal Audit to verify "
         "in Q3."),
        ("audit", A_HBO),
        ("rec", "HBO/23/01", "Medium",
         "Reconcile the overpayments debtor balance on the benefits system to the general ledger "
         "every month, with evidence of independent review.",
         "Revenues and Benefits Manager", D(2024, 3, 31), D(2025, 12, 31), "G",
         "Reconciliations completed for July, August and September 2025; review sign-off now "
         "being recorded."),
        ("section", S_2425),
        ("audit", A_EST),
        ("rec", "EST/24/01", "High",
         "Carry out a full review of all commercial leases and licences to confirm that rent "
         "reviews are up to date and that all income due is being invoiced.",
         "Property Services Manager", D(2025, 3, 31), D(2026, 3, 31), "A",
         "62 of 140 leases reviewed. Additional surveyor resource agreed from November."),
        ("rec", "EST/24/02", "High",
         "Set up a rent review diary in the property management system, with automatic reminders "
         "to the Estates team six months before each review date.",
         "Property Services Manager", D(2025, 6, 30), None, "Complete",
         "Diary and reminders in use since June 2025."),
        ("rec", "EST/24/04", "Medium",
         "Pursue all rent arrears over 90 days in line with the Corporate Debt Recovery Policy "
         "and report aged debt to the Estates Board each quarter.",
         "Estates Surveyor / Income Manager", D(2025, 6, 30), D(2025, 12, 31), "A",
         "Aged debt report now produced; recovery action started on 9 of 14 cases."),
        ("audit", A_LUF),
        ("rec", "LUF/24/01", "High",
         "Adopt a programme governance framework for the Levelling Up Fund programme setting out "
         "the roles of the Programme Board, the Senior Responsible Owner and project managers, "
         "and report programme risks to Cabinet every quarter.",
         "Deputy Chief Executive", D(2025, 5, 31), D(2025, 9, 30), "Complete",
         "Framework approved by Cabinet on 8 September 2025."),
        ("rec", "LUF/24/03", "Medium",
         "Keep a single change control log for all project variations, with approval recorded at "
         "the level set out in the Financial Procedure Rules.",
         "Programme Manager (LUF)", D(2025, 7, 31), "Jan 2026", "G",
         "Log set up; historic variations being back-filled."),
        ("section", S_2526),
        ("audit", A_CTR),
        ("rec", "CTR/25/01", "Low",
         "Check a sample of 2% of new Council Tax Reduction claims each month and record the "
         "results for the Revenues and Benefits Manager.",
         "Benefits Team Leader", D(2025, 12, 31), None, "",
         "New recommendation – not yet due."),
    ]
    status_fill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    expected = []
    r = 5
    section = audit = None
    for row in rows:
        if row[0] == "section":
            section = row[1]
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "audit":
            audit = row[1]
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill(LIGHT)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, ref, prio, text, lead, orig, rev, status, comment = row
            vals = [ref, prio, text, lead, orig, rev, status, comment]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if status:
                ws.cell(row=r, column=7).fill = fill(status_fill[status])
            end_dt = rev if rev is not None else orig
            if isinstance(end_dt, dt.datetime):
                end = "%04d-%02d" % (end_dt.year, end_dt.month)
            else:
                end = {"March 2026": "2026-03", "Jan 2026": "2026-01"}[end_dt]
            st = {"Complete": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}[status]
            leads = [x.strip() for x in lead.split(" / ")]
            expected.append(act(ref, [section, audit], text, leads, end, st))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    r += 1
    key = [("Complete", "Recommendation implemented (to be verified by Internal Audit)", BLUE),
           ("G", "In progress – on course to meet the target date", GREEN),
           ("A", "In progress – revised target date agreed", AMBER),
           ("R", "Overdue / no progress reported", RED),
           ("(blank)", "Not yet due", None)]
    for k, txt, col in key:
        c = ws.cell(row=r, column=1, value=k)
        if col:
            c.fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: recommendations shown as Complete will be removed from the "
            "next report once verified by Internal Audit.").font = Font(italic=True)

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary of recommendations by status – position at 30 September 2025"
    ws2["A1"].font = Font(bold=True)
    summ = [["Period", "Complete", "G", "A", "R", "Not yet due", "Total"],
            ["Old Years", 1, 1, 1, 1, 0, 4],
            ["2024/25", 2, 1, 2, 0, 0, 5],
            ["2025/26", 0, 0, 0, 0, 1, 1],
            ["Total", 3, 2, 3, 1, 1, 10]]
    for i, line in enumerate(summ, 3):
        for j, v in enumerate(line, 1):
            c = ws2.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 3 or line[0] == "Total":
                c.font = Font(bold=True)
    ws2.column_dimensions["A"].width = 14
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the quarterly Internal Audit report to Rother District Council's Audit "
            "Committee (rother.moderngov.co.uk, e.g. 'Internal Audit Report to 30 September 2024'), "
            "whose Appendix B reports progress on audit recommendations split into an 'Old Years' "
            "section and the current years, audit by audit (Estates Income minimal assurance, "
            "Levelling Up Fund and Programme Governance, ICT Governance, Procurement). Copied: "
            "title block, year-section rows and audit-title rows as merged full-width bands, "
            "priority column, original and revised target dates (datetime cells and typed text), "
            "text status with fill colour, blank status for not-yet-due, a status key, a note line "
            "and a separate Summary sheet of counts."),
        "reads": (
            "A recommendations tracker: grey bands split the recommendations by the year they "
            "were made, and blue bands name each audit and its assurance opinion. Each row is an "
            "agreed action with its officer, original and revised target dates and a status "
            "letter; the end is the revised date where there is one. The key, note and Summary "
            "sheet are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. South Holland DC - corporate plan delivery plan Q2 (xlsx)
# ---------------------------------------------------------------------------
def south_holland():
    name = "ra-south-holland-district-council-corporate-plan-delivery-plan-2025-26.xlsx"
    title = ("South Holland District Council – Corporate Plan 2024–2028: Delivery Plan 2025/26 – "
             "Quarter 2 Progress Report")
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    dc = [("Version", "1.0 (final)"),
          ("Reporting period", "1 July 2025 – 30 September 2025"),
          ("Prepared by", "Business Intelligence and Change Manager"),
          ("Reported to", "Performance Monitoring Panel – 10 December 2025"),
          ("Next update", "Quarter 3 – March 2026")]
    r = 4
    for k, v in dc:
        ws.cell(row=r, column=1, value=k).border = BORDER
        ws.cell(row=r, column=2, value=v).border = BORDER
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for col, txt in [(GREEN, "Green – on track, delivering as planned"),
                     (AMBER, "Amber – some slippage, resolution in place"),
                     (RED, "Red – significantly off track or overdue"),
                     (BLUE, "Blue – complete"),
                     (None, "No colour – not yet started")]:
        c = ws.cell(row=r, column=1)
        if col:
            c.fill = fill(col)
        c.border = BORDER
        ws.cell(row=r, column=2, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of Q2 RAG status").font = Font(bold=True)
    r += 1
    summ = [["Theme", "Actions", "Blue", "Green", "Amber", "Red", "Not started"],
            ["Theme 1", 4, 1, 2, 1, 0, 0],
            ["Theme 2", 4, 0, 1, 2, 0, 1],
            ["Total", 8, 1, 3, 3, 0, 1]]
    for line in summ:
        for j, v in enumerate(line, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BORDER
            if line[0] in ("Theme", "Total"):
                c.font = Font(bold=True)
        r += 1

    headers = ["Ref", "Action", "Lead Officer", "Due", "Q1 RAG", "Q2 RAG", "Q2 Commentary"]
    D = dt.datetime
    themes = [
        ("Theme 1 Growth", "Theme 1: Growth and Prosperity", [
            ("Objective 1.1 – Regenerate Spalding and our market towns", [
                ("1.1.1", "Complete the public realm improvements to Spalding Market Place and "
                          "Hall Place.",
                 "Assistant Director – Strategic Growth and Development", "March 2026",
                 GREEN, AMBER,
                 "Utility diversions took longer than planned; contractor programme re-phased, "
                 "completion still expected by March 2026.",
                 ["Assistant Director – Strategic Growth and Development"], "2026-03", "amber"),
                ("1.1.2", "Adopt the Holbeach town centre masterplan following public "
                          "consultation.",
                 "Planning Policy Manager", "Q3 2025/26", GREEN, GREEN,
                 "Consultation closed 12 September; 214 responses being analysed. Report to "
                 "Cabinet in December.",
                 ["Planning Policy Manager"], "2025-12", "green"),
            ]),
            ("Objective 1.2 – Support local businesses to grow and create jobs", [
                ("1.2.1", "Award Grants4Growth funding to at least 40 local businesses.",
                 "Economic Development Manager", D(2026, 3, 31), GREEN, GREEN,
                 "26 grants awarded to date (£312,400).",
                 ["Economic Development Manager"], "2026-03", "green"),
                ("1.2.2", "Let all remaining units at the Food Enterprise Zone, Holbeach.",
                 "Property Services Manager / Economic Development Manager", "September 2025",
                 AMBER, BLUE,
                 "Final two units let in August 2025. Action complete.",
                 ["Property Services Manager", "Economic Development Manager"], "2025-09",
                 "blue"),
            ]),
        ]),
        ("Theme 2 Communities", "Theme 2: Safe, Healthy and Welcoming Communities", [
            ("Objective 2.1 – Prevent homelessness and improve housing standards", [
                ("2.1.1", "Reduce the use of bed and breakfast for homeless families, with no "
                          "family staying longer than six weeks.",
                 "Head of Housing", "Ongoing", AMBER, AMBER,
                 "Three families over six weeks at end of September; two new temporary "
                 "accommodation units due in November.",
                 ["Head of Housing"], None, "amber", "Ongoing"),
                ("2.1.2", "Carry out a selective licensing feasibility study for privately rented "
                          "homes in Spalding.",
                 "Head of Housing / Private Sector Housing Manager", "Q4 2025/26", None, None,
                 "Due to start in January 2026 once the housing stock condition survey is "
                 "received.",
                 ["Head of Housing", "Private Sector Housing Manager"], "2026-03", "unrated"),
            ]),
            ("Objective 2.2 – Keep our district clean and safe", [
                ("2.2.1", "Collect 95% or more of reported fly-tips within 5 working days.",
                 "Waste and Street Scene Manager", "March 2026", GREEN, AMBER,
                 "94.2% in Q2 – slightly below target for the first time in a year, due to "
                 "vehicle breakdowns in August.",
                 ["Waste and Street Scene Manager"], "2026-03", "amber"),
                ("2.2.2", "Install 12 new redeployable CCTV cameras at anti-social behaviour "
                          "hotspots.",
                 "Community Safety and Enforcement Manager", "December 2025", GREEN, GREEN,
                 "8 cameras installed; remaining 4 sites agreed with Lincolnshire Police.",
                 ["Community Safety and Enforcement Manager"], "2025-12", "green"),
            ]),
        ]),
    ]
    expected = []
    for sheet, theme, objectives in themes:
        s = wb.create_sheet(sheet)
        s["A1"] = theme
        s["A1"].font = Font(bold=True, size=13)
        s.merge_cells("A1:G1")
        for i, h in enumerate(headers, 1):
            c = s.cell(row=3, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BORDER
            c.alignment = WRAP
        for col, w in zip("ABCDEFG", [8, 55, 32, 14, 8, 8, 55]):
            s.column_dimensions[col].width = w
        r = 4
        for obj, actions in objectives:
            c = s.cell(row=r, column=1, value=obj)
            c.font = Font(bold=True)
            for cc in range(1, 8):
                s.cell(row=r, column=cc).fill = fill(LIGHT)
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for a in actions:
                ref, text, lead, due, q1, q2, comm, leads, end, st = a[:10]
                end_text = a[10] if len(a) > 10 else None
                vals = [ref, text, lead, due, None, None, comm]
                for i, v in enumerate(vals, 1):
                    c = s.cell(row=r, column=i, value=v)
                    c.border = BORDER
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if q1:
                    s.cell(row=r, column=5).fill = fill(q1)
                if q2:
                    s.cell(row=r, column=6).fill = fill(q2)
                expected.append(act(ref, [theme, obj], text, leads, end, st, end_text))
                r += 1
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a district council corporate plan delivery plan progress report of the kind "
            "South Holland DC takes to its Performance Monitoring Panel (quarterly performance "
            "report, e.g. Q2 2025-26 to the 10 December 2025 panel, democracy.sholland.gov.uk) and "
            "South Kesteven's corporate plan action reports rated Green/Amber/Red. Copied: a cover "
            "sheet with title, document-control table, colour RAG key and summary counts; one sheet "
            "per theme with the theme as sheet heading, merged objective rows, numbered actions, "
            "lead officer, due (text, quarter and a datetime), previous (Q1) and current (Q2) RAG "
            "shown only as cell fill colour, and commentary."),
        "reads": (
            "A delivery plan spread over two theme sheets after a cover sheet. Each theme sheet "
            "lists objectives as shaded bands with numbered actions beneath; the status is the Q2 "
            "column's colour read through the cover's key (blue = complete, no colour = not "
            "started). The cover's document control, key and summary are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. St Helens BC - strategic risk register (xlsx, REFUSE: mistyped month)
# ---------------------------------------------------------------------------
def st_helens():
    name = "ra-st-helens-borough-council-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "St Helens Borough Council – Strategic Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Quarter 2 review (position at 30 September 2025) – Audit and Governance "
                "Committee, 25 November 2025")
    ws.merge_cells("A2:L2")
    headers = ["Risk Ref", "Risk Title and Description", "Risk Owner", "Inherent Score (L x I)",
               "Existing Controls", "Current Score (L x I)", "Target Score (L x I)",
               "Direction of Travel", "Further Actions Required", "Action Owner", "Target Date",
               "Progress"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BORDER
    for col, w in zip("ABCDEFGHIJKL", [8, 40, 24, 10, 40, 10, 10, 10, 45, 26, 14, 40]):
        ws.column_dimensions[col].width = w

    def score_fill(s):
        n = eval(s.replace("x", "*"))
        return RED if n >= 15 else AMBER if n >= 8 else GREEN

    risks = [
        ("SR01", "Financial sustainability – the Council is unable to set a balanced budget and "
                 "deliver the Medium Term Financial Strategy because of demand pressures and "
                 "funding uncertainty.",
         "Executive Director of Finance and Resources", "5 x 5",
         "MTFS refreshed annually; monthly budget monitoring to Executive; reserves strategy.",
         "4 x 5", "3 x 4", "↔", [
             ("Deliver the 2025/26 savings programme of £9.6m, with monthly tracking of each "
              "saving at the Transformation Board.", "Assistant Director – Finance", "March 2026",
              "£6.1m delivered or on track; £1.2m at risk (adult social care)."),
             ("Complete the review of fees and charges and take proposals to Cabinet as part of "
              "the 2026/27 budget.", "Assistant Director – Finance", "February 2026",
              "Service reviews under way."),
         ]),
        ("SR02", "Children's social care – demand for placements and the cost of external "
                 "residential care exceed the budget and sufficiency of local homes.",
         "Executive Director of Children's Services", "5 x 4",
         "Sufficiency strategy; placement panel; weekly high-cost placement review.",
         "4 x 4", "3 x 3", "↑", [
             ("Open two new in-house children's homes (four beds each) under the Residential "
              "Care Programme.", "Assistant Director – Children's Social Care",
              "December 2025", "First home registered with Ofsted in September; second home "
              "registration visit booked."),
             ("Recruit 15 additional foster carers through the regional fostering recruitment "
              "hub.", "Head of Fostering / Marketing Manager", "March 2026",
              "7 approved to date."),
         ]),
        ("SR03", "Cyber security – a successful cyber attack disrupts council services and "
                 "causes loss of data.",
         "Director of Corporate Services", "4 x 5",
         "PSN compliance; firewalls and MFA; mandatory staff e-learning; offline backups.",
         "3 x 5", "2 x 5", "↔", [
             ("Complete the move of remaining on-premises servers to the cloud backup "
              "service.", "Head of ICT", "January 2026", "70% of servers migrated."),
             ("Run a cyber incident exercise with the Corporate Leadership Team.",
              "Head of ICT / Emergency Planning Manager", "Decmber 2025",
              "Exercise scenario agreed with the North West WARP."),
         ]),
        ("SR04", "Regeneration – the St Helens town centre and Earlestown regeneration "
                 "programmes are not delivered to time and budget.",
         "Executive Director of Place Services", "4 x 4",
         "Joint venture board; programme risk register; Cabinet reporting.",
         "3 x 4", "2 x 3", "↓", [
             ("Agree the phase 2 development agreement with the town centre joint venture "
              "partner.", "Assistant Director – Growth", "March 2026",
              "Heads of terms agreed in principle."),
         ]),
        ("SR05", "Adult social care – the care market is not sustainable, leading to provider "
                 "failure and delayed hospital discharges.",
         "Executive Director of Integrated Health and Social Care", "4 x 4",
         "Market position statement; fee uplift 2025/26; provider failure protocol.",
         "3 x 4", "2 x 4", "↔", [
             ("Complete the cost of care review for older people's nursing homes and agree a "
              "fee model for 2026/27.", "Assistant Director – Commissioning", "January 2026",
              "Provider returns received from 31 of 38 homes."),
             ("Put in place a home care framework with locality-based contracts.",
              "Assistant Director – Commissioning", "April 2026",
              "Tender published 1 September 2025."),
         ]),
        ("SR06", "Workforce – the Council cannot recruit and keep staff in hard-to-fill roles "
                 "(social work, planning, legal).",
         "Director of Corporate Services", "4 x 3",
         "Market supplements; apprenticeship programme; workforce strategy 2024–27.",
         "3 x 3", "2 x 3", "↔", [
             ("Launch the social work academy for newly qualified social workers.",
              "Principal Social Worker", "January 2026",
              "First cohort of 12 recruited."),
         ]),
    ]
    r = 5
    typo_row = None
    n_actions = 0
    for ref, desc, owner, inh, ctrl, cur, tgt, dot, actions in risks:
        first = r
        for k, (a, aown, tdate, prog) in enumerate(actions):
            if k == 0:
                for col, v in zip(range(1, 9), [ref, desc, owner, inh, ctrl, cur, tgt, dot]):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                ws.cell(row=r, column=4).fill = fill(score_fill(inh))
                ws.cell(row=r, column=6).fill = fill(score_fill(cur))
                ws.cell(row=r, column=7).fill = fill(score_fill(tgt))
            for col, v in zip(range(9, 13), [a, aown, tdate, prog]):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
            if tdate == "Decmber 2025":
                typo_row = r
            n_actions += 1
            r += 1
        last = r - 1
        for col in range(1, 13):
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=col).border = BORDER
        if last > first:
            for col in range(1, 9):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel since Q1: ↑ increasing  ↔ no change  "
            "↓ reducing").font = Font(italic=True)
    r += 1
    ws.cell(row=r, column=1, value="Scores: Likelihood (L) x Impact (I), each 1–5. See the "
            "'Scoring Matrix' sheet.").font = Font(italic=True)

    ws2 = wb.create_sheet("Scoring Matrix")
    ws2["A1"] = "Risk scoring matrix"
    ws2["A1"].font = Font(bold=True)
    ws2["A3"] = "Score"
    ws2["B3"] = "Rating"
    for i, (rng, rat, col) in enumerate([("15–25", "High", RED), ("8–12", "Medium", AMBER),
                                         ("1–6", "Low", GREEN)], 4):
        ws2.cell(row=i, column=1, value=rng)
        c = ws2.cell(row=i, column=2, value=rat)
        c.fill = fill(col)
    wb.save(out(name))
    assert typo_row is not None

    write_expected(name, {
        "source": (
            "Imitates a metropolitan borough strategic risk register reported quarterly to an "
            "audit and governance committee (pattern of Reading's and East Sussex's strategic risk "
            "reports: risk owner, inherent/current/target L x I scores with colour, existing "
            "controls, further actions with owner, target date and progress, direction of "
            "travel). Copied: title and review-period lines, one block per risk with the risk "
            "columns merged down over its further-action rows, fill-coloured score cells, arrows "
            "for direction of travel, notes lines and a separate scoring-matrix sheet."),
        "reads": (
            "A strategic risk register where each of six risks carries one or two further actions "
            "with an action owner and a target month typed as text. On risk SR03 the second "
            "action's target date reads 'Decmber 2025', a mistyped month, so a careful reader "
            "stops at that row and asks what was meant before importing the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, n_actions, typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Norfolk County Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def norfolk():
    name = "ra-norfolk-county-council-ofsted-focused-visit-action-plan.docx"
    title = "Norfolk Children's Services – Ofsted Focused Visit Action Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Focused visit: 4 and 5 March 2025 (care leavers)  |  Progress update: "
                      "November 2025")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Plan owner", "Director of Children's Social Care"),
                 ("Approved by", "Children's Services Leadership Team – 24 June 2025"),
                 ("Last updated", "14 November 2025"),
                 ("Monitored by", "Children's Services Improvement Board (monthly)")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Norfolk County Council children's services on "
        "4 and 5 March 2025, looking at the local authority's arrangements for care leavers. The "
        "letter published on 9 April 2025 identified three areas for improvement. This plan sets "
        "out what we will do about each of them, who is leading the work and by when.")
    doc.add_heading("Action plan", level=1)

    areas = [
        ("Area for improvement 1",
         "The quality and timeliness of pathway plans, so that they are written with young people "
         "and are updated when their circumstances change.",
         [("1.1", "Relaunch the pathway plan template, co-designed with the Norfolk In Care "
                  "Council and the care leavers' forum, with a shorter 'my plan' summary written "
                  "to the young person.",
           "Head of Service – Leaving Care", "July 2025",
           "New template live on Liquidlogic from 21 July 2025. 78% of plans reviewed since "
           "launch use the new format.", "Complete",
           ["Head of Service – Leaving Care"], "2025-07", "blue"),
          ("1.2", "Introduce a monthly performance report on pathway plans that are out of date "
                  "or have not been reviewed within 28 days of a change of circumstances, and "
                  "review it at the Leaving Care management meeting.",
           "Head of Performance and Business Intelligence", "30/09/2025",
           "Report in place since August 2025. Out-of-date plans down from 19% to 11%.", "G",
           ["Head of Performance and Business Intelligence"], "2025-09", "green"),
          ("1.3", "Audit a sample of 40 pathway plans each quarter through the practice week "
                  "programme and feed the findings back to personal advisers in supervision.",
           "Principal Social Worker / Head of Quality Assurance", "Q4 2025/26",
           "Quarter 2 audit completed: 25 of 40 plans graded good or better. Quarter 3 audit "
           "booked for January 2026.", "A",
           ["Principal Social Worker", "Head of Quality Assurance"], "2026-03", "amber")]),
        ("Area for improvement 2",
         "The consistency of support for care leavers aged 21 to 25 to find suitable housing and "
         "to stay in their homes.",
         [("2.1", "Agree a joint housing protocol for care leavers with the seven Norfolk district "
                  "councils, including a shared approach to local connection and priority "
                  "banding.",
           "Assistant Director (Corporate Parenting)", "December 2025",
           "Protocol agreed by five of the seven district councils. The remaining two will sign "
           "off at the January housing options forum.", "A",
           ["Assistant Director (Corporate Parenting)"], "2025-12", "amber"),
          ("2.2", "Extend the staying close and supported lodgings offer by 12 placements, "
                  "prioritising young people leaving residential care.",
           "Commissioning Manager – Placements", "By 31 March 2026",
           "Procurement under way; 5 additional placements mobilised.", "G",
           ["Commissioning Manager – Placements"], "2026-03", "green"),
          ("2.3", "Provide a tenancy sustainment worker in each locality leaving care team, with "
                  "a named contact for district council housing officers.",
           "Leaving Care Team Managers", "Jan-26",
           "3 of 5 posts filled; 2 posts re-advertised.", "A",
           ["Leaving Care Team Managers"], "2026-01", "amber")]),
        ("Area for improvement 3",
         "Management oversight of personal advisers' work, including how often supervision "
         "takes place and its quality.",
         [("3.1", "Set a supervision standard for personal advisers of at least every six weeks, "
                  "recorded on the young person's file using the reflective supervision "
                  "template.",
           "Principal Social Worker", "August 2025",
           "Standard published and briefed to all teams in August 2025.", "Complete",
           ["Principal Social Worker"], "2025-08", "blue"),
          ("3.2", "Report supervision compliance to the Director of Children's Social Care every "
                  "month and follow up with any team below 90%.",
           "Head of Service – Leaving Care", "Ongoing",
           "Compliance 84% in October 2025 (71% in March).", "G",
           ["Head of Service – Leaving Care"], None, "green")]),
    ]
    expected = []
    for heading, afi, acts in areas:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead", "By when",
                                           "Progress update (November 2025)", "RAG"]):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(tb.rows[0])
        for ref, text, lead, when, prog, rag, leads, end, st in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, prog, rag]):
                c.text = v
            shade(cells[5], {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag])
            e = act(ref, [afi], text, leads, end, st,
                    "Ongoing" if end is None else None)
            expected.append(e)
        doc.add_paragraph()
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for rag, txt, col in [("Complete", "Action completed and evidence held", BLUE),
                          ("G", "On track", GREEN),
                          ("A", "Some delay – recovery action in place", AMBER),
                          ("R", "Off track – escalated to the Improvement Board", RED)]:
        cells = k.add_row().cells
        cells[0].text = rag
        shade(cells[0], col)
        cells[1].text = txt
    doc.add_paragraph()
    doc.add_paragraph("Signed off by the Director of Children's Social Care on behalf of the "
                      "Executive Director of Children's Services.")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a county council's action plan after an Ofsted ILACS focused visit (the "
            "framework's focused visits on care leavers, with areas for improvement in the "
            "published letter; plans monitored by a children's services improvement board). "
            "Copied: title and visit line, a document-control table, an introduction, one Word "
            "table per area for improvement under a 'Area for improvement N' heading with the "
            "Ofsted wording in italics beneath it, numbered actions, job titles as leads, mixed "
            "timescales (month, day-first date, quarter, 'By ...', 'Ongoing'), progress column, "
            "RAG letters on coloured cells, a RAG key table and a sign-off line."),
        "reads": (
            "An Ofsted focused visit action plan with three areas for improvement, each a heading "
            "that only names the part followed by the inspectors' wording and a table of numbered "
            "actions. The document-control and RAG key tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Portsmouth Safeguarding Children Partnership - LCSPR Child J action plan (docx)
# ---------------------------------------------------------------------------
def portsmouth():
    name = "ra-portsmouth-safeguarding-children-partnership-cspr-child-j-action-plan.docx"
    title = "Local Child Safeguarding Practice Review – Child J: Multi-Agency Action Plan"
    doc = Document()
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Portsmouth Safeguarding Children Partnership – OFFICIAL"
    doc.add_paragraph(title, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Review", "Child J – Local Child Safeguarding Practice Review"),
                 ("Report published", "17 July 2025"),
                 ("Plan owner", "PSCP Learning from Reviews Subgroup"),
                 ("Plan status", "Live – reviewed at each subgroup meeting"),
                 ("Last updated", "9 December 2025")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "Child J was four years old when he was admitted to hospital with injuries and signs of "
        "long-term neglect. The review made four recommendations for the partnership. The actions "
        "below were agreed by the PSCP Executive on 11 September 2025.")
    doc.add_paragraph(
        "Status is shown by the colour of the last column: blue = complete, green = on track, "
        "amber = some delay, red = off track. An uncoloured cell means the action has not started.")

    recs = [
        ("1. Partners should strengthen how they hear and record the voice of children who are "
         "not yet verbal, or whose family's first language is not English, including through the "
         "use of professional interpreters.",
         [("1.1", "Revise the PSCP multi-agency guidance on interpreters so that family members, "
                  "including older siblings, are not used to interpret in safeguarding "
                  "conversations.",
           "PSCP Business Manager", "October 2025",
           "Revised guidance published on the PSCP website on 20 October 2025.", BLUE,
           ["PSCP Business Manager"], "2025-10", "blue"),
          ("1.2", "Deliver briefings to health visitors, early years settings and children's "
                  "social care teams on capturing the daily lived experience of pre-verbal "
                  "children, using the Child J learning brief.",
           "Designated Nurse Safeguarding Children (HIOW ICB); Head of Early Help and Prevention",
           "January 2026",
           "Six briefings held (212 practitioners). Two further sessions for early years settings "
           "in January.", GREEN,
           ["Designated Nurse Safeguarding Children (HIOW ICB)",
            "Head of Early Help and Prevention"], "2026-01", "green")]),
        ("2. The PSCP should seek assurance that the Graded Care Profile 2 is used when there are "
         "repeated concerns about a child's home conditions, missed health appointments or "
         "nursery attendance.",
         [("2.1", "Set a practice standard that a Graded Care Profile 2 assessment is completed "
                  "where three or more neglect contacts are received within 12 months, and add it "
                  "to the MASH threshold guidance.",
           "Head of Service (MASH and Assessment)", "30/11/2025",
           "Standard drafted; sign-off delayed to the January Executive.", AMBER,
           ["Head of Service (MASH and Assessment)"], "2025-11", "amber"),
          ("2.2", "Include Graded Care Profile 2 use in a multi-agency audit of 12 neglect cases "
                  "and report the findings to the Quality Assurance Subgroup.",
           "Quality Assurance Subgroup Chair", "March 2026",
           "Audit scheduled for February 2026.", None,
           ["Quality Assurance Subgroup Chair"], "2026-03", "unrated")]),
        ("3. Health partners should make sure that children's missed health appointments (was "
         "not brought) are followed up and shared with the lead professional.",
         [("3.1", "Implement the updated Was Not Brought policy in the children's services of "
                  "Portsmouth Hospitals University NHS Trust and Solent NHS Trust, with a "
                  "quarterly compliance report to the PSCP.",
           "Named Nurse Safeguarding Children (PHU) / Named Nurse Safeguarding Children (Solent)",
           "Q3 2025/26",
           "Policy live in both trusts. First compliance report due January 2026.", GREEN,
           ["Named Nurse Safeguarding Children (PHU)",
            "Named Nurse Safeguarding Children (Solent)"], "2025-12", "green"),
          ("3.2", "Add an alert to the GP record of any child with two or more missed appointments "
                  "in six months, prompting contact with the health visitor.",
           "Named GP for Safeguarding Children", "April 2026",
           "Alert wording agreed; waiting for the clinical system supplier to build it.", AMBER,
           ["Named GP for Safeguarding Children"], "2026-04", "amber")]),
        ("4. The PSCP should test the impact of the learning from this review on practice within "
         "12 months of publication.",
         [("4.1", "Hold a practitioner learning event and repeat the practitioner survey six "
                  "months later to measure changes in practice.",
           "PSCP Business Manager", "July 2026",
           "Learning event held 6 November 2025; baseline survey completed by 148 "
           "practitioners.", GREEN,
           ["PSCP Business Manager"], "2026-07", "green")]),
    ]
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Recommendation", "Ref", "Action", "Lead", "Target date",
                                       "Update (December 2025)", "RAG"]):
        c.text = h
        shade(c, "BDD7EE")
    bold_row(tb.rows[0])
    expected = []
    for rec, acts in recs:
        first = None
        for i, (ref, text, lead, when, upd, col, leads, end, st) in enumerate(acts):
            row = tb.add_row()
            cells = row.cells
            if i == 0:
                cells[0].text = rec
                first = cells[0]
            for c, v in zip(cells[1:6], [ref, text, lead, when, upd]):
                c.text = v
            if col:
                shade(cells[6], col)
            expected.append(act(ref, [rec], text, leads, end, st))
        if len(acts) > 1:
            last = tb.rows[-1].cells[0]
            first.merge(last)
    doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: PSCP Learning from Reviews Subgroup, "
                      "10 March 2026.")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a safeguarding children partnership's multi-agency action plan for a local "
            "child safeguarding practice review (LCSPR), as partnerships publish after a review "
            "under Working Together 2023: a review-details table, a short context paragraph, then "
            "one table with each recommendation (numbered in its own text) merged down over its "
            "actions, numbered action refs, agency posts as leads (two posts joined by ';' or '/'), "
            "target dates, updates and a RAG column shown only by cell shading with the colour "
            "key given in a paragraph above. The partnership's name is in the page header."),
        "reads": (
            "A CSPR action plan: four numbered recommendations, each spanning the rows of the "
            "actions that answer it. Status is the RAG cell's colour read with the key paragraph "
            "(blue complete, uncoloured not started). The review-details table is not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Wiltshire Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def wiltshire():
    name = "ra-wiltshire-health-and-wellbeing-board-action-log.csv"
    title = "Wiltshire Health and Wellbeing Board – Action Log"
    header = ["Ref", "Meeting", "Minute", "Action", "Owner", "Due date", "RAG", "Update"]
    rows = [
        ("HWB-25-01", "23/01/2025", "5",
         "Circulate the Better Care Fund 2025/26 plan to Board members for sign-off by "
         "correspondence before submission.",
         "Better Care Fund Programme Manager", "28/02/2025", "Complete",
         "Circulated 10/02/2025; signed off by the Chair 24/02/2025.",
         ["Better Care Fund Programme Manager"], "2025-02", "blue", None),
        ("HWB-25-04", "20/03/2025", "12",
         "Bring the consultation responses on the draft Pharmaceutical Needs Assessment 2025 to "
         "the July meeting.",
         "Director of Public Health", "July 2025", "Complete",
         "Considered at the 24 July meeting (minute 17).",
         ["Director of Public Health"], "2025-07", "blue", None),
        ("HWB-25-07", "24/07/2025", "18",
         "Develop a joint action plan with the Community Safety Partnership on alcohol-related "
         "harm, linked to the Combating Drugs Partnership plan.",
         "Consultant in Public Health / Community Safety Manager", "December 2025", "Amber",
         "Workshop held 3 October 2025; draft plan to come to the January meeting.",
         ["Consultant in Public Health", "Community Safety Manager"], "2025-12", "amber", None),
        ("HWB-25-08", "24/07/2025", "19",
         "Provide a breakdown of children's oral health data by community area, with a focus on "
         "Trowbridge and Salisbury.",
         "Harris, Kirsty", "Sept 2025", "Red",
         "Delayed until the national dental epidemiology survey results are released.",
         ["Harris, Kirsty"], "2025-09", "red", None),
        ("HWB-25-10", "24/07/2025", "21",
         "Arrange a Board development session on the neighbourhood health model with BSW ICB.",
         "Anna Brennan and David Okafor", "Q3 2025/26", "Green",
         "Session booked for 4 December 2025.",
         ["Anna Brennan", "David Okafor"], "2025-12", "green", None),
        ("HWB-25-12", "18/09/2025", "27",
         "Update the Joint Local Health and Wellbeing Strategy delivery plan to name the lead "
         "partner for each priority:\n- Prevention and early intervention\n- Localisation and "
         "connecting with communities\n- Integration and collaboration",
         "JLHWS Delivery Group", "Next meeting – 22/01/2026", "Green",
         "Leads confirmed for two of the three priorities.",
         ["JLHWS Delivery Group"], "2026-01", "green", None),
        ("HWB-25-13", "18/09/2025", "28",
         "Write to the Secretary of State on behalf of the Board about the sustainability of "
         "hospice funding in Wiltshire.",
         "Chair of the Board", "October 2025", "Amber",
         "Draft letter shared with Board members for comment; to be sent in November.",
         ["Chair of the Board"], "2025-10", "amber", None),
        ("HWB-25-15", "18/09/2025", "30",
         "Report winter vaccination uptake (flu and COVID-19) among care home staff at each "
         "meeting over the winter.",
         "Director of Adult Social Services", "Standing item", "Green",
         "Uptake 38% at 31 October 2025.",
         ["Director of Adult Social Services"], None, "green", "Standing item"),
    ]
    n = len(header)
    lines = [[title] + [""] * (n - 1),
             ["Last updated: 21 November 2025"] + [""] * (n - 1),
             [""] * n,
             header]
    expected = []
    for row in rows:
        lines.append(list(row[:8]))
        expected.append(act(row[0], [], row[3], row[8], row[9], row[10], row[11]))
    lines.append([""] * n)
    lines.append(["Summary: 8 actions – 2 Complete, 3 Green, 2 Amber, 1 Red"] + [""] * (n - 1))
    lines.append(["Completed actions are reported to the Board once and then removed from the "
                  "log."] + [""] * (n - 1))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for line in lines:
            w.writerow(line)

    write_expected(name, {
        "source": (
            "Imitates a county health and wellbeing board's rolling action log as published with "
            "its agenda papers (matters arising: ref, meeting date, minute number, action, owner, "
            "due date, status and update), saved from Excel as CSV UTF-8. Copied: title and "
            "'last updated' lines with trailing commas, a header row, one row per action with "
            "RAG words and Complete, an Alt+Enter bullet list kept inside a quoted cell, owners as "
            "posts, 'Surname, Forename', two names joined by 'and' and two posts joined by '/', "
            "due dates as day-first dates, months, a quarter, 'Next meeting – date' and "
            "'Standing item', then a summary line and a note line."),
        "reads": (
            "An action log of eight actions raised at four Board meetings, each with its owner, "
            "due date and RAG; the end of the file holds a count summary and a note that are not "
            "actions. There are no headings over the actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Plymouth City Council - transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
def plymouth():
    name = "ra-plymouth-city-council-transformation-programme-highlight-report.txt"
    title = "Plymouth City Council – Transformation Programme Highlight Report"
    W1 = "WORKSTREAM 1 – CUSTOMER EXPERIENCE AND DIGITAL"
    W2 = "WORKSTREAM 2 – ASSETS AND ACCOMMODATION"
    W3 = "WORKSTREAM 3 – ADULT SOCIAL CARE PREVENTION"
    T = "\t"
    L = []
    L.append(title)
    L.append("Reporting period: September 2025" + T + "Report to: Corporate Management Team, "
             "14 October 2025")
    L.append("Programme SRO: Service Director for Finance" + T + "Overall programme RAG: A "
             "(previous: A)")
    L.append("")
    L.append("RAG key: G = on track | A = at risk but recoverable | R = off track, escalation "
             "needed | C = complete")
    L.append("")
    expected = []
    hdr = T.join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"])
    ws = [
        (W1, "Head of Customer Services", "A", [
            ("CD1", "Launch the new MyPlymouth customer account with single sign-on for council "
                    "tax, waste and parking", None, "Digital Programme Manager", "Jun-25",
             "Nov-25", "A", ["Digital Programme Manager"], "2025-11", "amber"),
            ("CD2", "Move council tax and benefits online forms to the new platform",
             "(phase 1: single person discount, moving home and direct debit forms)",
             "Digital Programme Manager", "Sep-25", "Jan-26", "A",
             ["Digital Programme Manager"], "2026-01", "amber"),
            ("CD3", "Move the council tax telephone line to the new cloud contact centre system",
             None, "Head of Customer Services", "Aug-25", "Aug-25", "C",
             ["Head of Customer Services"], "2025-08", "blue"),
         ], "Issues this period: supplier testing of single sign-on slipped by six weeks; "
            "go-live moved to November."),
        (W2, "Head of Land and Property", "G", [
            ("AA1", "Complete the office accommodation review and agree how many council office "
                    "buildings are needed from 2026", None, "Head of Land and Property", "Jul-25",
             "Dec-25", "A", ["Head of Land and Property"], "2025-12", "amber"),
            ("AA2", "Dispose of the three surplus depots and community buildings identified in "
                    "the asset review", None, "Strategic Asset Manager / Estates Lawyer",
             "Mar-26", "Mar-26", "G", ["Strategic Asset Manager", "Estates Lawyer"], "2026-03",
             "green"),
            ("AA3", "Introduce desk booking and hybrid working standards in all retained offices",
             None, "Head of HR and Organisational Development", "Sep-25", "Sep-25", "C",
             ["Head of HR and Organisational Development"], "2025-09", "blue"),
         ], "Issues this period: none to escalate."),
        (W3, "Service Director for Integrated Commissioning", "R", [
            ("ASC1", "Expand the reablement service to take 20% more hospital discharges without "
                     "increasing home care packages", None, "Head of Commissioning (Adults)",
             "Mar-26", "Jun-26", "R", ["Head of Commissioning (Adults)"], "2026-06", "red"),
            ("ASC2", "Roll out the strengths-based conversation model to all community social "
                     "work teams", None, "Principal Social Worker (Adults)", "Dec-25", "Dec-25",
             "G", ["Principal Social Worker (Adults)"], "2025-12", "green"),
            ("ASC3", "Launch the technology enabled care offer for new users of home care", None,
             "TEC Project Lead", "Nov-25", "Feb-26", "A", ["TEC Project Lead"], "2026-02",
             "amber"),
         ], "Issues this period: reablement recruitment is 9 posts short of plan; agency cover "
            "approved until January.\nDecision required: CMT is asked to agree the revised "
            "forecast date for ASC1 (June 2026)."),
    ]
    sep = "-" * 60
    for head, lead, rag, mss, issues in ws:
        L.append(sep)
        L.append(head)
        L.append("Workstream lead: " + lead + T + "Workstream RAG: " + rag)
        L.append(hdr)
        for ref, text, cont, owner, base, fc, r, leads, end, st in mss:
            L.append(T.join([ref, text, owner, base, fc, r]))
            full = text
            if cont:
                L.append(T + cont)
                full = text + "\n" + cont
            expected.append(act(ref, [head], full, leads, end, st))
        L.extend(issues.split("\n"))
        L.append("")
    L.append(sep)
    L.append("Next report: November 2025 (period October 2025).")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")

    write_expected(name, {
        "source": (
            "Imitates a unitary council transformation programme highlight report to the "
            "corporate management team (as councils report transformation projects monthly with "
            "time/cost RAG and overdue milestones, e.g. Epping Forest's monitoring reports, "
            "Wiltshire's traffic-light programme summaries), exported from a project tool as "
            "plain text with tab-separated milestone tables. Copied: title block with SRO and "
            "overall RAG, a one-line RAG key with C = complete, one section per workstream with "
            "its lead and workstream RAG, a milestone table with baseline and forecast dates, a "
            "continuation line under one milestone, issues and decision lines, separators."),
        "reads": (
            "A highlight report of three workstreams, each with a table of milestones: the owner, "
            "a baseline and a forecast month (the forecast is the end) and a RAG letter read by "
            "the key. The workstream lead/RAG lines, issues, decision and next-report lines are "
            "not actions; the bracketed line under CD2 continues that milestone."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (rother, south_holland, st_helens, norfolk, portsmouth, wiltshire, plymouth):
        print(fn())
