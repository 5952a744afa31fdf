"""Build the seven zxk- blind test files (set heldout621).

Run with /work/main/.venv/bin/python zxk_make.py ; writes only files starting with zxk-.
"""
import os
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zxk-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
GREY = PatternFill("solid", fgColor="D9D9D9")
RAG_FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
}


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = HDR_FONT
        c.fill = HDR_FILL
        c.alignment = WRAP
        c.border = BOX


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ---------------------------------------------------------------------------
# 1. Medway Council - internal audit recommendations tracker (REFUSE: Febuary)
# ---------------------------------------------------------------------------
def medway():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Medway Council – Internal Audit Recommendations Tracker 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit & Counter Fraud Shared Service"
    ws["A3"] = "Summary of outstanding recommendations – position as at 31 October 2025"
    ws["A3"].font = BOLD
    header_row(ws, 5, ["Priority", "Implemented since last report", "Not yet due",
                       "Overdue", "Total outstanding"])
    rows = [("High", 0, 1, 2, 3), ("Medium", 1, 2, 1, 3), ("Low", 0, 1, 0, 1),
            ("Total", 1, 4, 3, 7)]
    for r, vals in enumerate(rows, start=6):
        for c, v in enumerate(vals, start=1):
            cell = body_cell(ws, r, c, v)
            if vals[0] == "Total":
                cell.font = BOLD
    ws["A11"] = "Reported to Audit Committee, 27 November 2025. Implemented recommendations are removed from the tracker after one report."
    widths(ws, {"A": 16, "B": 18, "C": 14, "D": 12, "E": 16})

    t = wb.create_sheet("Tracker")
    t["A1"] = "Medway Council – Internal Audit Recommendations Tracker 2025/26"
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A1:K1")
    t["A2"] = "Audit Committee – 27 November 2025"
    header_row(t, 4, ["Ref", "Audit", "Assurance", "Finding", "Priority",
                      "Agreed action", "Responsible officer", "Original target date",
                      "Revised target date", "Status", "Management update"])
    D = dt.datetime
    data = [
        ("group", "Audits finalised in 2024/25"),
        ("MC-24-07.1", "Payroll – Starters and Leavers", "Limited",
         "Leaver forms were received after the final pay run in 6 of 25 cases sampled, resulting in overpayments.",
         "High",
         "HR will introduce a monthly reconciliation of leavers against the establishment list, signed off by the HR Operations Manager.",
         "HR Operations Manager", D(2025, 6, 30), "31/12/2025", "Overdue",
         "Reconciliation template designed; first run delayed by the iTrent upgrade."),
        ("MC-24-07.2", "Payroll – Starters and Leavers", "Limited",
         "Overpayments identified were not consistently referred for recovery.",
         "Medium",
         "Introduce a recovery log for all salary overpayments, reviewed monthly by the Payroll Manager.",
         "Head of HR / Payroll Manager", D(2025, 9, 30), None, "Implemented",
         "Recovery log in place from August 2025."),
        ("MC-24-11.1", "Purchasing Cards", "Reasonable",
         "Monthly card statements were not always approved by the cardholder's line manager.",
         "Medium",
         "Configure the card system so that statements cannot be closed without line manager approval.",
         "Chief Finance Officer", D(2025, 3, 31), "Febuary 2026", "Overdue",
         "Supplier confirmed the workflow change is in the next release."),
        ("MC-24-15.1", "Housing Repairs Contract Management", "Limited",
         "Contractor performance indicators were self-reported and not independently verified.",
         "High",
         "Introduce quarterly sample checks of completed repairs against contractor KPI returns.",
         "Head of Housing Property Services", D(2025, 12, 31), None, "Not yet due",
         "Sampling methodology agreed with the contractor in October 2025."),
        ("group", "Audits finalised in 2025/26"),
        ("MC-25-02.1", "Section 106 Agreements", "Limited",
         "There is no single register of S106 obligations and trigger points.",
         "High",
         "Create and maintain a central S106 register, reconciled quarterly to the finance ledger.",
         "Planning Manager (Infrastructure)", D(2025, 9, 30), "31/01/2026", "Overdue",
         "Register populated for 2020 onwards; older agreements being added."),
        ("MC-25-02.2", "Section 106 Agreements", "Limited",
         "Spend of S106 receipts is not reported to Members.",
         "Medium",
         "Publish an annual Infrastructure Funding Statement including S106 spend by ward.",
         "Planning Manager (Infrastructure)", D(2025, 12, 31), None, "Not yet due",
         "Draft statement in preparation."),
        ("MC-25-05.1", "Cyber Security – Patch Management", "Reasonable",
         "Critical patches were applied outside the 14-day target on 9% of servers.",
         "Medium",
         "Report patching compliance monthly to the ICT Security Board and escalate exceptions.",
         "Head of ICT", D(2026, 3, 31), None, "Not yet due", ""),
        ("MC-25-06.1", "Schools Financial Value Standard", "Reasonable",
         "Two schools had not submitted their SFVS return by the deadline.",
         "Low",
         "Issue reminders six weeks before the deadline and escalate non-returns to the Director of Education.",
         "Schools Finance Manager", D(2026, 3, 31), None, "Not yet due", ""),
    ]
    r = 5
    for item in data:
        if item[0] == "group":
            c = t.cell(row=r, column=1, value=item[1])
            c.font = BOLD
            c.fill = GREY
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        else:
            for col, v in enumerate(item, start=1):
                body_cell(t, r, col, v, "dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
        r += 1
    widths(t, {"A": 12, "B": 22, "C": 11, "D": 36, "E": 9, "F": 44, "G": 24,
               "H": 13, "I": 13, "J": 12, "K": 40})
    t.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "Priority definitions"
    k["A1"].font = BOLD
    k["A2"] = "High"
    k["B2"] = "Fundamental control weakness – action required within three months."
    k["A3"] = "Medium"
    k["B3"] = "Significant weakness – action required within six months."
    k["A4"] = "Low"
    k["B4"] = "Minor weakness or best practice – action within twelve months."
    k["A6"] = "Status"
    k["A6"].font = BOLD
    k["A7"] = "Implemented"
    k["B7"] = "Confirmed by Internal Audit follow-up."
    k["A8"] = "Not yet due"
    k["B8"] = "Target date (original or revised) not yet reached."
    k["A9"] = "Overdue"
    k["B9"] = "Original target date passed and action not implemented."
    widths(k, {"A": 14, "B": 70})
    wb.save(out("zxk-medway-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 2. North East Lincolnshire Council - Council Plan delivery plan, Q2 (fill RAG)
# ---------------------------------------------------------------------------
def nelincs():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "North East Lincolnshire Council – Council Plan Delivery Plan 2025/26"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quarter 2 progress report (July to September 2025)"
    cv["A4"] = "Document control"
    cv["A4"].font = BOLD
    for i, (a, b) in enumerate([
            ("Document owner", "Assistant Director Policy, Strategy and Resources"),
            ("Version", "1.2"),
            ("Date", "21 October 2025"),
            ("Reported to", "Cabinet, 12 November 2025"),
            ("Sheets", "Outcome 1 – Stronger Economy; Outcome 2 – Stronger Communities")], start=5):
        body_cell(cv, i, 1, a).font = BOLD
        body_cell(cv, i, 2, b)
    cv["A11"] = "RAG key (Q1 and Q2 columns are shaded only)"
    cv["A11"].font = BOLD
    for i, (col, lab) in enumerate([
            ("green", "On track"),
            ("amber", "Some slippage – recovery action in hand"),
            ("red", "Off track – intervention required"),
            ("blue", "Complete"),
            (None, "Not yet started / not due")], start=12):
        c = body_cell(cv, i, 1, None)
        if col:
            c.fill = RAG_FILL[col]
        body_cell(cv, i, 2, lab)
    widths(cv, {"A": 22, "B": 70})

    HDR = ["Ref", "Priority", "Key action", "Lead officer", "Portfolio", "Due",
           "Q1", "Q2", "Q2 commentary"]

    def sheet(name, heading, groups, note):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        header_row(ws, 2, HDR)
        r = 3
        for priority, acts in groups:
            first = r
            for ref, action, lead, portfolio, due, q1, q2, comm in acts:
                body_cell(ws, r, 1, ref)
                body_cell(ws, r, 2, priority if r == first else None)
                body_cell(ws, r, 3, action)
                body_cell(ws, r, 4, lead)
                body_cell(ws, r, 5, portfolio)
                body_cell(ws, r, 6, due, "mmm-yy" if isinstance(due, dt.datetime) else None)
                c1 = body_cell(ws, r, 7, None)
                c2 = body_cell(ws, r, 8, None)
                if q1:
                    c1.fill = RAG_FILL[q1]
                if q2:
                    c2.fill = RAG_FILL[q2]
                body_cell(ws, r, 9, comm)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=r + 1, column=1, value=note).font = Font(italic=True)
        widths(ws, {"A": 6, "B": 26, "C": 46, "D": 28, "E": 24, "F": 11,
                    "G": 6, "H": 6, "I": 46})
        ws.freeze_panes = "C3"

    D = dt.datetime
    econ = "Economy, Net Zero, Skills and Housing"
    sheet("Stronger Economy", "Outcome 1: Stronger Economy", [
        ("Regenerate Grimsby and Cleethorpes town centres", [
            ("SE1", "Complete the Grimsby Riverhead Square public realm works and reopen the square to the public",
             "Director of Economy, Environment and Infrastructure", econ, D(2026, 3, 31),
             "green", "amber", "Utility diversions took longer than planned; contractor has re-sequenced works to hold the March completion."),
            ("SE2", "Deliver the Cleethorpes Market Place and Sea Road improvements funded through the Levelling Up Fund",
             "Head of Regeneration", econ, "Q4 2025/26",
             "green", "green", "Planning consent granted August 2025; contractor on site from November."),
        ]),
        ("Grow skills and jobs in the offshore wind and ports sector", [
            ("SE3", "Open the Offshore Wind Skills Hub in partnership with industry and the Grimsby Institute",
             "Head of Skills and Employment / Grimsby Institute Principal", econ, D(2025, 9, 30),
             "green", "blue", "Hub opened 15 September 2025; first cohort of 40 learners enrolled."),
            ("SE4", "Launch the ‘Greater Grimsby Works’ employment support programme for economically inactive residents",
             "Head of Skills and Employment", econ, D(2025, 12, 31),
             "amber", "red", "Grant agreement with DWP still unsigned; launch at risk. Escalated to the Director."),
        ]),
        ("Deliver new homes", [
            ("SE5", "Submit the Local Plan review for independent examination",
             "Spatial Planning Manager", econ, D(2026, 3, 31),
             None, None, "Work programmed to begin in Q3 following adoption of the revised Local Development Scheme."),
        ]),
    ], "Commentary provided by lead officers and validated by the Performance Team, 14/10/2025.")

    sheet("Stronger Communities", "Outcome 2: Stronger Communities", [
        ("Keep children safe and improve outcomes for children in care", [
            ("SC1", "Recruit 20 additional in-house foster carers through the fostering recruitment campaign",
             "Director of Children's Services", "Children and Education", D(2026, 3, 31),
             "amber", "amber", "7 households approved to date; a further 6 in assessment."),
            ("SC2", "Open two new council-run children's homes in Grimsby",
             "Assistant Director – Children in Care", "Children and Education", "Q3 2025/26",
             "green", "green", "First home registered with Ofsted; second home registration visit booked for November."),
            ("SC3", "Embed the Family Hubs model across all four localities",
             "Head of Early Help and Family Hubs", "Children and Education", "Ongoing",
             "green", "green", "All four hubs open; partner co-location continuing."),
        ]),
        ("Support residents to live healthy, independent lives", [
            ("SC4", "Implement the new adult social care front door and Care Act assessment pathway",
             "Director of Adult Social Services", "Health, Wellbeing and Adult Social Care", D(2026, 1, 31),
             "red", "amber", "Recruitment to the triage team completed; waiting list for assessments reduced from 312 to 188."),
            ("SC5", "Deliver the Healthy Weight Action Plan actions for 2025/26",
             "Director of Public Health", "Health, Wellbeing and Adult Social Care", "March 2026",
             "green", "green", "Tier 2 weight management service recommissioned."),
        ]),
        ("Clean, safe and green neighbourhoods", [
            ("SC6", "Roll out weekly food waste collections to all households",
             "Head of Environment", "Environment and Transport", D(2026, 4, 30),
             "green", "amber", "Vehicle delivery delayed by manufacturer; phased start from April 2026 now planned."),
        ]),
    ], "Commentary provided by lead officers and validated by the Performance Team, 14/10/2025.")
    wb.save(out("zxk-north-east-lincolnshire-council-plan-delivery-plan-2025-26-q2.xlsx"))


# ---------------------------------------------------------------------------
# 3. Haringey Council - transformation programme highlight report
# ---------------------------------------------------------------------------
def haringey():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "London Borough of Haringey – Transformation Programme Highlight Report"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Period 6: 1–30 September 2025"
    s["A3"] = "Prepared by the Programme Management Office for the Corporate Leadership Team, 14 October 2025"
    header_row(s, 5, ["Workstream", "Senior Responsible Owner", "Previous RAG",
                      "Current RAG", "Headline"])
    summ = [
        ("WS1: Customer Experience and Digital", "Director of Resources", "Amber", "Amber",
         "Portal go-live moved to October; contact centre migration complete."),
        ("WS2: Adult Social Care Demand Management", "Director of Adults, Health and Communities",
         "Green", "Amber", "Reablement capacity behind plan due to recruitment."),
        ("WS3: Temporary Accommodation", "Director of Housing", "Amber", "Amber",
         "42 of 100 acquisitions completed."),
        ("WS4: Workforce and Organisational Development", "Chief People Officer", "Red", "Amber",
         "Agency spend reducing; manager programme re-profiled."),
    ]
    for r, vals in enumerate(summ, start=6):
        for c, v in enumerate(vals, start=1):
            cell = body_cell(s, r, c, v)
            if c in (3, 4):
                cell.fill = RAG_FILL[v.lower()]
    s["A11"] = "Overall programme status: Amber (previous period: Amber)"
    s["A11"].font = BOLD
    s["A13"] = "Decisions and support required from CLT"
    s["A13"].font = BOLD
    s["A14"] = "• Agree release of £120k from the transformation reserve for reablement recruitment incentives."
    s["A15"] = "• Note the revised go-live date for the customer portal."
    widths(s, {"A": 44, "B": 34, "C": 13, "D": 13, "E": 60})

    m = wb.create_sheet("Milestones")
    m["A1"] = "Key milestones and actions – Period 6"
    m["A1"].font = Font(bold=True, size=13)
    header_row(m, 2, ["ID", "Milestone / action", "Lead", "Baseline date", "Forecast date",
                      "Previous RAG", "Current RAG", "Commentary"])
    D = dt.datetime
    rows = [
        ("ws", "WS1: Customer Experience and Digital"),
        ("1.1", "Launch the new customer portal (My Haringey account) with council tax and housing repairs online forms",
         "Head of Customer Services / Head of Digital Services", D(2025, 6, 30), D(2025, 10, 31),
         "Amber", "Amber", "Go-live moved to October to allow integration testing with the revenues system."),
        ("1.2", "Migrate switchboard and general enquiries lines to the new cloud contact centre platform",
         "Head of Customer Services", D(2025, 7, 31), D(2025, 7, 31),
         "Green", "Complete", "Migrated 21 July 2025; call abandonment down to 9%."),
        ("1.3", "Automate the ten highest-volume customer transactions using the low-code platform",
         "Digital Transformation Lead", D(2026, 3, 31), D(2026, 3, 31),
         "Green", "Green", "4 of 10 processes live."),
        ("ws", "WS2: Adult Social Care Demand Management"),
        ("2.1", "Introduce the strengths-based ‘Three Conversations’ model in all locality teams",
         "Principal Social Worker (Adults)", D(2025, 9, 30), D(2025, 12, 31),
         "Green", "Amber", "Two of three localities live; East locality delayed by team restructure."),
        ("2.2", "Expand reablement capacity by 25% to reduce new long-term home care packages",
         "Kiran Malhotra and Daniel Osei", D(2025, 12, 31), D(2025, 12, 31),
         "Amber", "Red", "Only 6 of 14 reablement support worker posts filled; incentive package for CLT decision."),
        ("ws", "WS3: Temporary Accommodation"),
        ("3.1", "Acquire 100 homes for use as temporary accommodation through the Housing Acquisitions Programme",
         "Director of Housing", D(2026, 3, 31), D(2026, 3, 31),
         "Amber", "Amber", "42 completions; 31 in conveyancing."),
        ("3.2", "Agree a joint temporary accommodation rate-setting protocol with neighbouring North London boroughs",
         "Head of Housing Demand", D(2025, 9, 30), D(2025, 9, 30),
         "Green", "Complete", "Protocol signed by five boroughs on 24 September 2025."),
        ("ws", "WS4: Workforce and Organisational Development"),
        ("4.1", "Reduce agency spend by 15% by converting long-term interim roles to permanent posts",
         "Chief People Officer", D(2026, 3, 31), D(2026, 3, 31),
         "Red", "Amber", "Agency spend down 8% year to date; 23 conversions agreed."),
        ("4.2", "Roll out the ‘Leading Haringey’ manager development programme to all third-tier managers",
         "Head of Organisational Development; Learning and Development Manager", D(2025, 11, 30), D(2026, 2, 28),
         "Green", "Amber", "Cohort 2 moved to January to avoid budget-setting period."),
    ]
    r = 3
    for item in rows:
        if item[0] == "ws":
            c = m.cell(row=r, column=1, value=item[1])
            c.font = BOLD
            c.fill = GREY
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for col, v in enumerate(item, start=1):
                cell = body_cell(m, r, col, v, "dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
                if col in (6, 7):
                    cell.fill = RAG_FILL["blue" if v == "Complete" else v.lower()]
        r += 1
    m.cell(row=r + 1, column=1,
           value="RAG key: Green – on track; Amber – at risk, mitigation in place; Red – off track, escalated to CLT; Complete – delivered").font = Font(italic=True)
    widths(m, {"A": 6, "B": 50, "C": 34, "D": 13, "E": 13, "F": 11, "G": 11, "H": 50})
    wb.save(out("zxk-haringey-council-transformation-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 4. Reading Health and Wellbeing Board - action log (CSV)
# ---------------------------------------------------------------------------
def reading():
    import csv
    import io
    rows = [
        ["Reading Health and Wellbeing Board – Action Log", "", "", "", "", "", "", ""],
        ["Last updated: 26 September 2025 (for the meeting on 10 October 2025)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting", "Minute", "Action", "Owner", "Due", "RAG", "Update"],
        ["HWB/24/09", "13/12/2024", "32",
         "Bring the draft Pharmaceutical Needs Assessment 2025 to the Board for approval before publication.",
         "Consultant in Public Health", "14/03/2025", "Complete",
         "Approved on 14 March 2025 and published on 1 October 2025."],
        ["HWB/25/01", "14/03/2025", "41",
         "Circulate the Better Care Fund 2025/26 plan to Board members for comment ahead of national submission.",
         "Director of Adult Social Care and Health Services / Berkshire West ICB Place Director",
         "31/03/2025", "Complete", "Circulated 20 March 2025; comments incorporated."],
        ["HWB/25/02", "14/03/2025", "43",
         "Provide a breakdown of childhood immunisation uptake by ward, with a focus on MMR2 at five years.",
         "Director of Public Health", "10/10/2025", "Amber",
         "Ward-level data received from UKHSA; report deferred to the October meeting to include Q1 2025/26 data."],
        ["HWB/25/05", "11/07/2025", "8",
         "Arrange a Board development session on the Joint Health and Wellbeing Strategy refresh, including Healthwatch Reading's community engagement findings.",
         "Board Manager & Healthwatch Reading Manager", "November 2025", "Green",
         "Session provisionally booked for 20 November 2025."],
        ["HWB/25/06", "11/07/2025", "10",
         "Report back on take-up of the Household Support Fund winter offer among residents with long-term conditions.",
         "Head of Customer Services", "Jan 2026", "Green", ""],
        ["HWB/25/07", "11/07/2025", "12",
         "Write to Berkshire West ICB on behalf of the Board about waiting times for adult ADHD assessments.",
         "Chair", "31/08/2025", "Red",
         "Letter drafted; awaiting agreement of wording with ICB colleagues.\nTo be sent before the October meeting."],
        ["HWB/25/08", "11/07/2025", "14",
         "Add the Suicide Prevention Action Plan annual update to the Board's forward plan.",
         "Board Manager", "Annually", "Green", "Added for the March meeting each year."],
        ["HWB/25/09", "11/07/2025", "15",
         "Confirm the partnership lead for the Reading Tobacco Control Alliance following the change in the Public Health structure.",
         "Director of Public Health", "TBC", "", "New structure out to consultation."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("zxk-reading-health-and-wellbeing-board-action-log.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 5. East Sussex Safer Communities Partnership - DHR action plan (tab text export)
# ---------------------------------------------------------------------------
def east_sussex():
    r1 = "East Sussex Safer Communities Partnership to raise public and professional awareness of economic abuse as a form of coercive control."
    r2 = "Partner agencies to assure the Partnership that practitioners are trained and supported to respond to child-to-parent abuse."
    r3 = "The Probation Service to strengthen risk assessment where a perpetrator is managed across more than one Probation Delivery Unit."
    r4 = "The Partnership to seek assurance that GP practices identify and respond to domestic abuse disclosed during appointments."
    lines = [
        "Domestic Homicide Review ‘Rosa’ – Action Plan",
        "East Sussex Safer Communities Partnership",
        "Exported from the DHR action tracker on 12/11/2025. Progress as reported to the DHR Oversight Group, November 2025.",
        "",
        "\t".join(["Rec", "Recommendation", "Action ref", "Action", "Lead", "Target date", "RAG", "Progress update"]),
        "\t".join(["1", r1, "1.1",
                   "Produce a seven-minute briefing on economic abuse and circulate it to all partner agencies.",
                   "Domestic Abuse Partnership Manager", "31/03/2025", "Blue",
                   "Briefing published March 2025 and shared through the partnership newsletter."]),
        "\t".join(["", "", "1.2",
                   "Run a public awareness campaign on economic abuse during the 16 Days of Action (25 November to 10 December 2025).",
                   "Safer Communities Communications Officer", "December 2025", "Green",
                   "Campaign materials agreed with Sussex Police and district councils."]),
        "\t".join(["2", r2, "2.1",
                   "Commission multi-agency training on child-to-parent abuse for frontline practitioners in adult and children’s services.",
                   "Domestic Abuse Training Coordinator", "Q4 2025/26", "Amber",
                   "Specification drafted; procurement to start in December."]),
        "\t".join(["", "", "2.2",
                   "Add child-to-parent abuse prompts to the adult social care Care Act assessment template.",
                   "Principal Social Worker (Adults)", "30/09/2025", "Red",
                   "Change request logged with the case management system supplier; delayed by system upgrade."]),
        "\t".join(["", "", "2.3",
                   "Audit a sample of 20 cases where an adult child lives with a parent, to test practice against the new guidance.",
                   "Head of Safeguarding (Adult Social Care) & Safeguarding Lead (Sussex Police)",
                   "Jan–Mar 2026", "Green", "Audit tool agreed at the October Oversight Group."]),
        "\t".join(["3", r3, "3.1",
                   "Issue practice guidance on the transfer of cases between Probation Delivery Units, including the sharing of MARAC information.",
                   "Head of Public Protection (Probation Service)", "31/01/2026", "Green",
                   "Draft guidance out for comment."]),
        "\t".join(["", "", "3.2",
                   "Include domestic abuse risk in the quarterly quality assurance sample of OASys assessments.",
                   "Quality Development Officer (Probation)", "Ongoing", "Green",
                   "Included from the Q2 2025/26 sample."]),
        "\t".join(["4", r4, "4.1",
                   "Extend IRIS (Identification and Referral to Improve Safety) training to GP practices in Hastings and Rother.",
                   "Designated Nurse Safeguarding Adults (NHS Sussex)", "March 2026", "Amber",
                   "11 of 24 practices trained; remaining practices scheduled."]),
        "\t".join(["", "", "4.2",
                   "Report IRIS referral numbers by practice to the DHR Oversight Group every six months.",
                   "Named GP for Safeguarding Adults", "Six-monthly", "Green",
                   "First report received October 2025."]),
        "",
        "Key: Blue = complete; Green = on track; Amber = at risk of delay; Red = overdue",
        "Total actions: 9   Complete: 1   On track: 5   At risk: 2   Overdue: 1",
    ]
    with open(out("zxk-east-sussex-safer-communities-partnership-dhr-rosa-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        r = q.add_run(extra)
        r.bold = bold


HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0"}


# ---------------------------------------------------------------------------
# 6. Somerset Safeguarding Children Partnership - LCSPR Child S action plan
# ---------------------------------------------------------------------------
def somerset():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Child S – Local Child Safeguarding Practice Review: Multi-agency Action Plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Somerset Safeguarding Children Partnership").bold = True

    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Version", "2.0"),
            ("Date", "15 September 2025"),
            ("Owner", "SSCP Learning and Review Subgroup"),
            ("Approved by", "SSCP Executive, 2 October 2025"),
            ("Next review", "January 2026")]):
        set_cell(dc.cell(i, 0), a, bold=True)
        set_cell(dc.cell(i, 1), b)

    doc.add_paragraph("RAG rating key")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, lab) in enumerate([
            ("blue", "Action complete and evidence of impact provided"),
            ("green", "On track"),
            ("amber", "Some delay – mitigating action in place"),
            ("red", "Not progressing – escalated to the SSCP Executive")]):
        set_cell(key.cell(i, 0), col.capitalize(), bold=True)
        shade(key.cell(i, 0), HEX[col])
        set_cell(key.cell(i, 1), lab)

    doc.add_paragraph(
        "This plan sets out the partnership response to the four recommendations of the review. "
        "Progress is reported to each meeting of the Learning and Review Subgroup.")

    HDR = ["Ref", "Action", "Lead agency / officer", "Timescale", "Evidence of impact", "RAG"]

    def rec_table(rows):
        t = doc.add_table(rows=1, cols=len(HDR))
        t.style = "Table Grid"
        for i, h in enumerate(HDR):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
            rag = row[-1].lower()
            if rag in HEX:
                shade(cells[-1], HEX[rag])
        doc.add_paragraph()

    doc.add_heading("Learning Theme 1: Working with fathers and male carers", level=1)
    doc.add_paragraph().add_run(
        "Recommendation 1: Safeguarding partners should ensure that fathers and male carers are identified, "
        "assessed and engaged in all assessments and plans for babies.").bold = True
    rec_table([
        ("1.1", "Update the SSCP multi-agency ‘Think Family’ guidance to include a section on engaging fathers and male carers.",
         "SSCP Business Manager", "December 2025", "Guidance published; practitioner survey planned for Q4.", "Green"),
        ("1.2", "Health visiting and midwifery to record the details of all adults in the household at the booking appointment and the new birth visit.",
         "Head of Midwifery / Health Visiting Service Lead", "Oct 2025",
         "Recording fields added to both systems; audit shows 92% completion.", "Blue"),
        ("1.3", "Audit 30 pre-birth assessments to test whether fathers were seen and assessed.\nReport findings to the Learning and Review Subgroup.",
         "Quality Assurance Service Manager (Children's Social Care)", "Q4 2025/26",
         "Audit tool agreed; sample to be drawn in January.", "Amber"),
    ])

    doc.add_heading("Learning Theme 2: Recognising and responding to bruising in non-mobile babies", level=1)
    doc.add_paragraph().add_run(
        "Recommendation 2: The Partnership should seek assurance that the Bruising in Non-Mobile Babies protocol "
        "is understood and consistently applied by all agencies.").bold = True
    rec_table([
        ("2.1", "Relaunch the Bruising in Non-Mobile Babies protocol with a seven-minute briefing and a practitioner webinar.",
         "SSCP Training Coordinator", "September 2025", "Webinar attended by 214 practitioners.", "Blue"),
        ("2.2", "Include the protocol in the induction for all new GP registrars, emergency department and urgent treatment centre staff.",
         "Designated Doctor for Safeguarding Children", "31/03/2026", "", "Green"),
        ("2.3", "Undertake a multi-agency audit of referrals made under the protocol between April and September 2025.",
         "SSCP Business Manager & Designated Nurse Safeguarding Children", "January 2026", "", "Green"),
    ])
    doc.add_paragraph().add_run(
        "Recommendation 3: Avon and Somerset Constabulary should ensure that officers attending domestic incidents "
        "record the presence of babies and share this with health partners.").bold = True
    rec_table([
        ("3.1", "Amend the domestic abuse risk assessment form to prompt officers to record any child under one in the household.",
         "DCI Public Protection", "November 2025",
         "Form change awaiting the national release; interim briefing issued to response officers.", "Red"),
    ])

    doc.add_heading("Learning Theme 3: Information sharing when families move between areas", level=1)
    doc.add_paragraph().add_run(
        "Recommendation 4: Children's social care should ensure that case records transferred from another local "
        "authority are reviewed by a manager within five working days.").bold = True
    rec_table([
        ("4.1", "Introduce a transfer-in checklist on the case management system, to be completed by the team manager.",
         "Head of Children's Safeguarding Service", "Oct-25", "Checklist live from 6 October 2025.", "Green"),
        ("4.2", "Report compliance with the five-day review standard to the Performance and Quality Assurance Subgroup each quarter.",
         "Performance and Quality Assurance Subgroup Chair", "Quarterly", "", "Green"),
    ])

    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Signed on behalf of", "Name", "Date"]):
        set_cell(so.cell(0, i), h, bold=True)
    for i, v in enumerate(["SSCP Executive (Chair)", "Executive Director – Children, Families and Education", "02/10/2025"]):
        set_cell(so.cell(1, i), v)
    doc.save(out("zxk-somerset-safeguarding-children-partnership-lcspr-child-s-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Derbyshire Health and Wellbeing Board - JLHWS delivery plan progress
# ---------------------------------------------------------------------------
def derbyshire():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Derbyshire Joint Local Health and Wellbeing Strategy 2024–2027: Delivery Plan 2025/26", level=0)
    doc.add_paragraph("Derbyshire Health and Wellbeing Board")
    doc.add_paragraph("Six-month progress update – report to the Health and Wellbeing Board, 9 October 2025")
    doc.add_paragraph(
        "The delivery plan sets out what Board partners will do in 2025/26 against each of the five areas of focus "
        "in the strategy. Status is reported by the lead for each action: On track, Amber (some delay), "
        "Red (off track), Complete or Not started.")

    HDR = ["No.", "What we will do", "Lead(s)", "By when", "Progress (April – September 2025)", "Status"]
    plan = [
        ("Area of focus 1: Tackle the four main risk factors that lead to poor health", [
            ("1a", "Expand the stop smoking offer for pregnant women and their partners in the most deprived wards.",
             "Derbyshire County Council Public Health", "March 2026",
             "Specialist in-house advisor in post; 143 referrals in six months.", "On track"),
            ("1b", "Deliver the Making Our Move physical activity strategy action plan through local partnerships.",
             "Active Derbyshire / District and borough councils", "Ongoing",
             "Eight district action plans agreed.", "On track"),
            ("1c", "Implement alcohol identification and brief advice (IBA) in primary care and emergency departments.",
             "Derby and Derbyshire ICB; Public Health", "Q4 2025/26",
             "Training delivered in 22 practices; ED roll-out delayed by staffing.", "Amber"),
        ]),
        ("Area of focus 2: Support good mental health", [
            ("2a", "Deliver suicide prevention training to 500 frontline staff across partner organisations.",
             "Suicide Prevention Partnership Lead", "Sept 2025 – March 2026",
             "186 staff trained to date.", "On track"),
            ("2b", "Open community mental health hubs in Chesterfield and Ilkeston.",
             "Derbyshire Healthcare NHS Foundation Trust", "December 2025",
             "Ilkeston site lease not yet agreed; opening likely to slip to 2026.", "Red"),
        ]),
        ("Area of focus 3: Support communities to be resilient and independent", [
            ("3a", "Extend the Healthy Homes programme to 1,000 additional low-income households with long-term health conditions.",
             "Director of Public Health and Head of Healthy Homes", "31/03/2026",
             "412 households supported.", "On track"),
            ("3b", "Map community assets with the Thriving Communities programme in four further localities.",
             "Thriving Communities Programme Manager", "Sept 2025",
             "Mapping complete in all four localities.", "Complete"),
        ]),
        ("Area of focus 4: Tackle child poverty and enable children and young people in Derbyshire to start well", [
            ("4a", "Increase take-up of Healthy Start vouchers to 75% of eligible families.",
             "Public Health Lead – Children and Young People", "March 2026",
             "Take-up 68% (August 2025).", "Amber"),
            ("4b", "Publish the Derbyshire child poverty needs assessment and agree partner commitments.",
             "Executive Director Children's Services", "Q3 2025/26",
             "Needs assessment drafted.", "On track"),
        ]),
        ("Area of focus 5: Develop the Health and Wellbeing Board to effectively deliver on the areas of focus", [
            ("5a", "Hold a Board development session and review the Board's terms of reference and membership.",
             "Chair of the Health and Wellbeing Board", "January 2026", "", "Not started"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(HDR))
    t.style = "Table Grid"
    for i, h in enumerate(HDR):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "005EB8")
    status_fill = {"On track": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}
    for area, acts in plan:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, area, bold=True)
        shade(merged, "DEEAF6")
        for row in acts:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
            if row[-1] in status_fill:
                shade(cells[-1], status_fill[row[-1]])

    doc.add_paragraph()
    doc.add_paragraph("Summary of status at September 2025")
    sm = doc.add_table(rows=6, cols=2)
    sm.style = "Table Grid"
    for i, (a, b) in enumerate([("Status", "Number of actions"), ("On track", "5"), ("Amber", "2"),
                                ("Red", "1"), ("Complete", "1"), ("Not started", "1")]):
        set_cell(sm.cell(i, 0), a, bold=(i == 0))
        set_cell(sm.cell(i, 1), b, bold=(i == 0))
    doc.add_paragraph("Report author: Health and Wellbeing Board Manager, Derbyshire County Council.")
    doc.save(out("zxk-derbyshire-health-and-wellbeing-board-jlhws-delivery-plan-2025-26.docx"))


if __name__ == "__main__":
    medway()
    nelincs()
    haringey()
    reading()
    east_sussex()
    somerset()
    derbyshire()
    print("built 7 zxk- files in", HERE)
