"""Build the seven lc2- blind test files (set heldout349).

Run with: /work/main/.venv/bin/python lc2_make.py
Writes the data files into the folder this script lives in.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DDEBF7",
    "lilac": "E4DFEC",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


# ---------------------------------------------------------------------------
# 1. Tower Hamlets - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
TH_TITLE = "Adult Social Care – CQC Local Authority Assessment Improvement Plan 2024–26"

# theme, [ (afi, [ (ref, action, lead, target, revised, prev, curr, curr_fill, update) ]) ]
TH_PLAN = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments, and people on waiting lists were not always "
         "risk-assessed while they waited.", [
            ("1.1", "Introduce a standard risk-rating tool for everyone waiting for a Care Act assessment, with "
             "weekly waiting-list oversight by team managers.",
             "Head of Adult Social Care Operations", D(2025, 1, 31), None, "G", "B", "blue",
             "Tool live in all locality teams since January 2025; weekly huddles embedded. Audit in October "
             "2025 found 96% of waiting cases risk-rated."),
            ("1.2", "Reduce the number of people waiting more than 28 days for an assessment through a "
             "time-limited assessment hub, using agency and overtime capacity.",
             "Sarah Okafor / Dan Whitfield", D(2025, 3, 31), D(2025, 12, 31), "A", "A", "amber",
             "Waiting list down from 1,140 to 610. Hub extended to December to cover winter pressures."),
        ]),
        ("Unpaid carers did not always know they were entitled to a carer's assessment, and too few carers' "
         "assessments led to a support plan.", [
            ("1.3", "Co-produce a new carers' offer with the Carers Centre, including a plain-English leaflet "
             "and an online self-assessment.",
             "Head of Commissioning (Adults)", "December 2025", None, "G", "G", "green",
             "Offer drafted with the carers' reference group; online form in user testing."),
            ("1.4", "Train all social work and OT staff on carers' rights under the Care Act and audit 20 "
             "carers' assessments each quarter.",
             "Principal Social Worker (Adults)", "Ongoing – quarterly audit", None, "G", "G", "green",
             "Training delivered to 212 staff. Q2 audit: 15 of 20 assessments led to a support plan."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Home care capacity was limited for people with complex needs, and some people were placed in care "
         "homes outside the borough.", [
            ("2.1", "Re-procure the home care framework on a neighbourhood basis with an enhanced rate for "
             "complex care packages.",
             "Director of Integrated Commissioning", D(2026, 4, 1), None, "G", None, "amber",
             "Tender evaluation slipped by four weeks following provider clarification questions; contract "
             "start date still 1 April 2026."),
            ("2.2", "Review every out-of-borough care home placement made since April 2023 and agree a "
             "return-home plan where the person wishes to move back.",
             "Head of Brokerage and Placements", D(2025, 9, 30), D(2026, 1, 31), "A", "R", "red",
             "148 of 212 reviews complete; review capacity was diverted to hospital discharge in August."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Transitions from children's to adults' services were not always planned early enough for young "
         "people with care and support needs.", [
            ("3.1", "Establish a Preparing for Adulthood panel that tracks every young person from age 14, "
             "jointly chaired by children's and adults' services.",
             "Head of Service, Learning Disabilities & Transitions", D(2024, 10, 31), None, "B", "B", "blue",
             "Panel meeting monthly since October 2024; 163 young people on the tracker."),
        ]),
        ("Section 42 safeguarding enquiries were not always completed in a timely way, and people were not "
         "consistently asked what outcomes they wanted (Making Safeguarding Personal).", [
            ("3.2", "Set up a triage function in the Adult Safeguarding Hub and report timeliness of Section "
             "42 enquiries monthly to the Safeguarding Adults Board.",
             "Head of Safeguarding Adults", "Q3 2025/26", None, "A", "G", "green",
             "Triage rota in place. 81% of enquiries concluded within 60 days in October (target 80%)."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("People who draw on care and support were not routinely involved in shaping strategy and "
         "commissioning decisions.", [
            ("4.1", "Launch a paid Lived Experience Panel and include a panel member on the ASC Improvement "
             "Board.",
             "Co-production Lead", "Jun-25", None, "G", "B", "blue",
             "Panel of 14 members recruited; first member joined the Improvement Board in July 2025."),
            ("4.2", "Publish an annual 'You said, we did' report on how feedback from people and carers has "
             "changed services.",
             "Director of Adult Social Care", D(2026, 5, 31), None, None, None, None,
             "Not due to start until Q4 2025/26."),
        ]),
    ]),
]

RAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def make_tower_hamlets(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Tower Hamlets"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = TH_TITLE
    cov["A2"].font = Font(bold=True, size=16, color=FILL["navy"])
    cov["A3"] = "Health, Adults and Community Directorate"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "1.4"),
        ("Plan owner", "Director of Adult Social Care"),
        ("Last updated", D(2025, 11, 14)),
        ("Reporting to", "ASC Improvement Board (monthly); Health and Adults Scrutiny Sub-Committee (quarterly)"),
        ("Responds to", "CQC local authority assessment report – areas for improvement identified by CQC"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cov.cell(i, col).border = BOX
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [
        ("B", "blue", "Complete – evidence of impact signed off by the Improvement Board"),
        ("G", "green", "On track to deliver by the target date"),
        ("A", "amber", "Some slippage – revised date agreed"),
        ("R", "red", "Off track / at risk – escalate to the Improvement Board"),
        ("", "grey", "Not yet started"),
    ]
    for i, (letter, colour, text) in enumerate(key, start=14):
        c = cov.cell(i, 1, letter or None)
        c.fill = fill(colour)
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, text)
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = TH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at: November 2025 Improvement Board"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer", "Target date",
               "Revised date", "Previous RAG (Oct 25)", "Current RAG (Nov 25)", "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for theme, afis in TH_PLAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        c.fill = fill("pale")
        r += 1
        for afi, actions in afis:
            first = r
            for ref, action, lead, target, revised, prev, curr, curr_fill, update in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, action)
                ws.cell(r, 4, lead)
                t = ws.cell(r, 5, target)
                if isinstance(target, dt.datetime):
                    t.number_format = "dd/mm/yyyy"
                if revised is not None:
                    rv = ws.cell(r, 6, revised)
                    rv.number_format = "dd/mm/yyyy"
                if prev:
                    p = ws.cell(r, 7, prev)
                    p.fill = fill(RAG_FILL[prev])
                    p.alignment = Alignment(horizontal="center", vertical="top")
                cc = ws.cell(r, 8, curr)
                if curr_fill:
                    cc.fill = fill(curr_fill)
                cc.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9, update)
                for col in range(1, 10):
                    ws.cell(r, col).border = BOX
                    if col not in (7, 8):
                        ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(first, 2, afi).alignment = WRAP
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: B-rated actions remain on the plan until the Improvement Board has seen evidence of "
                  "impact; they are then moved to the closed actions log.").font = Font(italic=True)
    widths = [7, 42, 48, 26, 13, 13, 11, 11, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by theme – November 2025"
    sm["A1"].font = Font(bold=True)
    sm.append([])
    sm.append(["Theme", "Actions", "B", "G", "A", "R", "Not started"])
    counts = []
    for theme, afis in TH_PLAN:
        acts = [a for _, al in afis for a in al]
        row = [theme, len(acts)]
        for k in ("B", "G", "A", "R"):
            row.append(sum(1 for a in acts if a[6] == k or (a[6] is None and a[7] and RAG_FILL.get(k) == a[7])))
        row.append(sum(1 for a in acts if a[6] is None and a[7] is None))
        counts.append(row)
        sm.append(row)
    tot = ["Total"] + [sum(r_[i] for r_ in counts) for i in range(1, 7)]
    sm.append(tot)
    for c in sm[3]:
        c.font = Font(bold=True)
    for c in sm[sm.max_row]:
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 44

    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. St Albans - RSH consumer standards housing improvement plan (xlsx)
# ---------------------------------------------------------------------------
SA_TITLE = "Housing Improvement Plan 2025/26 – Regulator of Social Housing Consumer Standards"

STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
               "Not started": None}

# sheet name, heading, [ (issue, [ (no, action, owner, milestone, status, update) ]) ]
SA_SHEETS = [
    ("1 Safety & Quality", "Standard 1: Safety and Quality Standard", [
        ("Electrical installation condition reports (EICRs) were more than five years old for around 1,100 "
         "homes.", [
            ("SQ1", "Complete a programme of EICRs to bring all homes within the five-year cycle, prioritising "
             "homes with no certificate on file.", "Housing Compliance Manager", D(2026, 3, 31), "On track",
             "612 of 1,104 tests completed. Contractor mobilised a second team in September."),
            ("SQ2", "Load all certificates into the compliance module of the housing management system and "
             "report the big six compliance areas to every Housing Improvement Board.",
             "Head of Housing Property Services / Compliance Manager", "Jul-25", "Complete",
             "Compliance dashboard reported to the Board since July 2025."),
        ]),
        ("The Council could not show how many damp and mould cases were open or how quickly they were "
         "resolved.", [
            ("SQ3", "Adopt a damp and mould policy with response times in line with Awaab's Law and track "
             "every case from report to closure.", "Repairs & Maintenance Manager", "October 2025", "At risk",
             "Policy drafted; case tracking in the repairs system delayed by supplier release."),
            ("SQ4", "Commission a stock condition survey of 100% of homes over three years, including HHSRS "
             "assessments.", "Asset Manager", "Mar 2028", "On track",
             "Year 1 surveys (1,650 homes) under way; 38% complete."),
        ]),
    ]),
    ("2 Transparency", "Standard 2: Transparency, Influence and Accountability Standard", [
        ("Tenant Satisfaction Measures were collected but not published in a way tenants could easily find "
         "and understand.", [
            ("TIA1", "Publish 2024/25 Tenant Satisfaction Measures and the Council's response on the website "
             "and in the tenants' newsletter.", "Head of Housing Strategy and Tenancy Services",
             D(2025, 9, 30), "Complete", "Published 24 September 2025; summary in the autumn newsletter."),
        ]),
        ("Tenants had limited opportunities to scrutinise performance or influence decisions.", [
            ("TIA2", "Set up a Tenant Scrutiny Panel with its own work programme and a standing item at the "
             "Housing and Homelessness Committee.", "Tenant Engagement Lead", "Q4 2025/26", "On track",
             "Nine tenants recruited; training with TPAS booked for January."),
            ("TIA3", "Review the complaints process against the Housing Ombudsman's Complaint Handling Code and "
             "publish the annual self-assessment.", "Customer Relations Manager", "Annually (June)",
             "On track", "2025 self-assessment published in June; next review June 2026."),
        ]),
    ]),
    ("3 Neighbourhood", "Standard 3: Neighbourhood and Community Standard", [
        ("Communal areas in blocks of flats were not inspected to a consistent standard.", [
            ("NC1", "Introduce monthly estate inspections for all blocks with communal areas, with results "
             "published on each noticeboard.", "Estates Services Manager", "Dec-25", "Off track",
             "Two vacant estate officer posts; inspections covering 40% of blocks."),
        ]),
    ]),
    ("4 Tenancy", "Standard 4: Tenancy Standard", [
        ("Tenancy audits had not been carried out since 2019.", [
            ("T1", "Restart a rolling programme of tenancy audits, visiting every household at least once "
             "every five years.", "Tenancy Services Manager", "Ongoing", "Not started",
             "Approach to be agreed once the new housing management system is live."),
            ("T2", "Update the Allocations Policy and mutual exchange procedure to meet the Tenancy Standard's "
             "requirements.", "Hicks, Rachel", D(2026, 1, 31), "On track",
             "Consultation closed 17 October; report to Housing and Homelessness Committee in January."),
        ]),
    ]),
]


def make_st_albans(path):
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = SA_TITLE
    rm["A1"].font = Font(bold=True, size=14)
    rm["A2"] = "St Albans City & District Council – Housing Services"
    rm["A4"] = "Purpose"
    rm["A4"].font = Font(bold=True)
    rm["A5"] = ("This plan sets out the actions the Council, as a registered provider of around 4,900 homes, is "
                "taking to meet the outcomes of the Regulator of Social Housing's consumer standards. It is "
                "monitored monthly by the Housing Improvement Board and reported quarterly to the Housing and "
                "Homelessness Committee.")
    rm["A5"].alignment = WRAP
    rm.row_dimensions[5].height = 60
    rm["A7"] = "Status key"
    rm["A7"].font = Font(bold=True)
    for i, (word, text) in enumerate([
            ("Complete", "Action delivered and evidence held"),
            ("On track", "Due to be delivered by the milestone date"),
            ("At risk", "Milestone may be missed – mitigation in place"),
            ("Off track", "Milestone will be missed – escalated to the Housing Improvement Board"),
            ("Not started", "Action not yet started")], start=8):
        c = rm.cell(i, 1, word)
        if STATUS_FILL[word]:
            c.fill = fill(STATUS_FILL[word])
        rm.cell(i, 2, text)
    rm["A14"] = "One sheet per consumer standard. Last updated 31/10/2025."
    rm["A14"].font = Font(italic=True)
    rm.column_dimensions["A"].width = 90
    rm.column_dimensions["B"].width = 60

    headers = ["Action No.", "Issue identified", "Action", "Owner", "Milestone date", "Status",
               "Update (October 2025)"]
    for sheet, heading, issues in SA_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Housing Improvement Plan 2025/26"
        ws["A1"].font = Font(size=9, color="808080")
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=13)
        for j, h in enumerate(headers, start=1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True)
            c.fill = fill("lilac")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for issue, actions in issues:
            for k, (no, action, owner, milestone, status, update) in enumerate(actions):
                ws.cell(r, 1, no)
                if k == 0:
                    ws.cell(r, 2, issue)
                ws.cell(r, 3, action)
                ws.cell(r, 4, owner)
                m = ws.cell(r, 5, milestone)
                if isinstance(milestone, dt.datetime):
                    m.number_format = "dd/mm/yyyy"
                s = ws.cell(r, 6, status)
                if STATUS_FILL[status]:
                    s.fill = fill(STATUS_FILL[status])
                ws.cell(r, 7, update)
                for col in range(1, 8):
                    ws.cell(r, col).border = BOX
                    ws.cell(r, col).alignment = WRAP
                r += 1
        for j, w in enumerate([10, 40, 48, 28, 14, 12, 46], start=1):
            ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. East Suffolk - transformation programme highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
ES_TITLE = "Transformation Programme – Highlight Report"
ES_RAG_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}

# workstream, [ (ref, milestone, owner, baseline, forecast, rag, comment) ]
ES_PLAN = [
    ("Workstream 1: Customer Access", [
        ("CA-01", "Launch the new customer portal with online forms for council tax, waste and housing repairs.",
         "Head of Customer Services", "September 2025", "November 2025", "Amber",
         "Go-live moved to allow for accessibility testing; soft launch to staff on 3 November."),
        ("CA-02", "Close the Woodbridge face-to-face desk and move assisted digital support to the library "
         "network.", "Head of Customer Services", "December 2025", "December 2025", "Green",
         "Library staff training booked; notices in place."),
        ("CA-03", "Introduce a single telephone number and call routing for all council services.",
         "Customer Experience Manager", "July 2025", "July 2025", "Complete",
         "Live since 14 July; abandoned call rate down from 19% to 8%."),
    ]),
    ("Workstream 2: Digital & Data", [
        ("DD-01", "Migrate the remaining file servers to SharePoint Online and switch off the Lowestoft data "
         "centre.", "Head of ICT and Digital", "December 2025", "March 2026", "Red",
         "Migration of planning records delayed; exception report to Transformation Board."),
        ("DD-02", "Replace the revenues and benefits system with a cloud-hosted product.",
         "Revenues & Benefits Manager / Head of ICT and Digital", "January 2026", "Febuary 2026", "Amber",
         "Data cleansing taking longer than planned; parallel running to start in January."),
    ]),
    ("Workstream 3: Assets & Accommodation", [
        ("AA-01", "Relocate Riverside staff to two floors and let the vacant floor to a public sector tenant.",
         "Head of Property and Asset Management", "March 2026", "March 2026", "Green",
         "Heads of terms agreed with a prospective tenant."),
        ("AA-02", "Complete the review of the council's depots and agree a preferred option for the north of "
         "the district.", "Head of Operations", "October 2025", "October 2025", "Complete",
         "Option appraisal approved by Strategic Management Team on 21 October."),
    ]),
]


def make_east_suffolk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "East Suffolk Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ES_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Reporting period: October 2025 (Period 7)"
    ws["D3"] = "Report to: Transformation Board, 12 November 2025"
    ws["A4"] = "Senior Responsible Owner: Chief Executive"
    ws["D4"] = "Programme Manager: Transformation Programme Manager"
    ws["A6"] = "Overall programme status"
    ws["A6"].font = Font(bold=True)
    ws["C6"] = "Amber"
    ws["C6"].fill = fill("amber")
    ws["A8"] = "Summary of progress this period"
    ws["A8"].font = Font(bold=True)
    ws.merge_cells("A9:G9")
    ws["A9"] = ("Single telephone number and depot review complete. Customer portal go-live moved to November. "
                "File server migration is red and an exception report is attached.")
    ws["A9"].alignment = WRAP
    ws.row_dimensions[9].height = 32
    ws.merge_cells("A10:G10")
    ws["A10"] = "Forecast savings for 2025/26 remain at £1.42m against a target of £1.60m (see Finance tab)."
    headers = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(12, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
    r = 13
    for ws_name, rows in ES_PLAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, ws_name)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        r += 1
        for ref, ms, owner, base, fc, rag, comment in rows:
            for j, v in enumerate([ref, ms, owner, base, fc, rag, comment], start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(r, 6).fill = fill(ES_RAG_FILL[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True)
    r += 1
    for j, h in enumerate(["Ref", "Risk / issue", "Owner", "Likelihood", "Impact", "Score", "Mitigation"],
                          start=1):
        ws.cell(r, j, h).font = Font(bold=True)
    risks = [
        ("R1", "Savings from channel shift are not realised if take-up of the portal is low.",
         "Head of Customer Services", 3, 4, 12, "Promotion campaign; monthly take-up reporting."),
        ("R2", "ICT capacity is stretched across migration and system replacement.",
         "Head of ICT and Digital", 4, 3, 12, "Interim contractor support approved to March 2026."),
    ]
    for risk in risks:
        r += 1
        for j, v in enumerate(risk, start=1):
            ws.cell(r, j, v).alignment = WRAP
    for j, w in enumerate([8, 52, 30, 15, 15, 10, 52], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Transformation savings 2025/26"
    fin["A1"].font = Font(bold=True)
    fin.append([])
    fin.append(["Workstream", "Target (£000)", "Forecast (£000)", "Variance (£000)"])
    for row in [("Customer Access", 650, 560, -90), ("Digital & Data", 420, 330, -90),
                ("Assets & Accommodation", 530, 530, 0), ("Total", 1600, 1420, -180)]:
        fin.append(list(row))
    fin.column_dimensions["A"].width = 28
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Ribble Valley - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
RV_HEADER = ["Audit", "Assurance", "Rec Ref", "Priority", "Recommendation", "Agreed Management Action",
             "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Latest Update"]

RV_ROWS = [
    ("Creditors 2024/25", "Moderate", "CR1", "High",
     "Supplier bank detail changes should be independently verified by telephone using contact details "
     "already held on file before they are processed.",
     "Bank detail change procedure updated to require a call-back to a known contact and sign-off by a second "
     "officer; staff briefed.",
     "Head of Financial Services", "31/03/2025", "", "Implemented",
     "Procedure issued March 2025. Sample of 10 changes tested by Internal Audit in June 2025 – all verified."),
    ("Creditors 2024/25", "Moderate", "CR2", "Medium",
     "Duplicate payment reports should be run before each BACS run and the review evidenced.",
     "Introduce a pre-BACS duplicate check report in the finance system, with the reviewer initialling the "
     "run sheet.",
     "Ashworth, Jane", "30/06/2025", "31/12/2025", "In progress – revised date",
     "Report built; waiting for the finance system upgrade to go live."),
    ("Council Tax and NNDR 2024/25", "Substantial", "CT1", "Low",
     "Single person discount reviews should be completed annually.",
     "Carry out a full review of single person discounts using a data-matching provider.",
     "Revenues & Benefits Manager", "31/01/2026", "", "In progress – on target",
     "Provider appointed; data extract sent 20 October."),
    ("Information Governance 2025/26", "Limited", "IG1", "High",
     "The Council should maintain an up-to-date Record of Processing Activities (ROPA) for every service.",
     "Each head of service to complete the ROPA template for their service, with the Data Protection Officer "
     "reviewing and holding the central record.",
     "Director of Resources / Head of Legal & Democratic Services", "31/10/2025", "", "Overdue",
     "7 of 11 services have returned the template; reminders issued by CMT."),
    ("Information Governance 2025/26", "Limited", "IG2", "Medium",
     "Mandatory data protection training should be completed by all staff and members, with completion "
     "monitored.",
     "Roll out refreshed e-learning and report completion rates quarterly to CMT.",
     "HR Manager", "31/03/2026", "", "Not started",
     "E-learning module being updated by the provider."),
    ("Information Governance 2025/26", "Limited", "IG3", "Medium",
     "Retention schedules should be applied to electronic records held on network drives.",
     "Agree retention rules for the shared drives and run the first deletion exercise, then carry out "
     "annually.",
     "ICT Manager", "31/03/2026", "", "In progress – on target",
     "Retention rules drafted; pilot in Planning in November."),
    ("Car Parks Income 2025/26", "Moderate", "CP1", "Medium",
     "Cash collected from pay and display machines should be counted by two officers and reconciled to "
     "machine audit tickets.",
     "Introduce dual counting and a weekly reconciliation of cash to machine ticket totals, signed by the "
     "Engineering Services Manager.",
     "Engineering Services Manager", "31/08/2025", "", "Implemented",
     "Dual counting in place from August; reconciliations reviewed by Internal Audit."),
    ("Car Parks Income 2025/26", "Moderate", "CP2", "Low",
     "Fees and charges for car parks should be reviewed annually as part of the budget process.",
     "Include car park tariffs in the annual fees and charges report to Policy and Finance Committee.",
     "Director of Economic Development and Planning", "Feb-26", "", "In progress – on target",
     "Tariff options being modelled for the February report."),
]


def csv_cell(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_ribble_valley(path):
    n = len(RV_HEADER)
    lines = []

    def line(cells):
        cells = list(cells) + [""] * (n - len(cells))
        lines.append(",".join(csv_cell(c) for c in cells))

    line(["Ribble Valley Borough Council"])
    line(["Internal Audit – Recommendations Tracker (position at 31 October 2025)"])
    line(["Reported to Accounts and Audit Committee – 26 November 2025"])
    line([])
    line(RV_HEADER)
    for row in RV_ROWS:
        line(row)
    line([])
    line(["Total recommendations: 8", "", "", "", "", "", "", "", "",
          "Implemented 2 / On target 3 / Revised date 1 / Overdue 1 / Not started 1"])
    line(["Status key: Implemented = complete (blue); In progress – on target (green); In progress – revised "
          "date agreed (amber); Overdue (red); Not started"])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 5. North Yorkshire FRS - HMICFRS AFI improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
NY_HEADER = ["Pillar", "Area for improvement", "Ref", "Action", "Owner", "Target date", "Revised date", "RAG",
             "Progress update"]

# pillar, [ (afi, [ (ref, action, owner, target, revised, rag, update, continuation) ]) ]
NY_PLAN = [
    ("Effectiveness", [
        ("AFI 1: The service should make sure it has an effective quality assurance process, so that staff "
         "carry out safe and well visits to an appropriate standard.", [
            ("1.1", "Introduce a quality assurance framework for safe and well visits, with managers observing "
             "a sample of visits each quarter.", "Group Manager Prevention", "Mar-25", "", "C",
             "Framework in place from March 2025; 64 visits observed in Q1 and Q2.", None),
            ("1.2", "Add a feedback survey for householders after each safe and well visit and report results "
             "to the Prevention Board.", "Prevention Manager / Data & Insight Manager", "Sep-25", "Dec-25", "A",
             "Survey questions agreed with the Prevention Board.",
             "Survey platform procurement delayed; revised date agreed at Executive Fire Board."),
        ]),
        ("AFI 2: The service should make sure it allocates enough resources to a prioritised and risk-based "
         "inspection programme.", [
            ("2.1", "Recruit and train four additional fire safety inspectors and two fire engineers.",
             "Area Manager Protection", "31/03/2025", "", "C",
             "All six posts filled; inspectors qualified to Level 4 Diploma.", None),
            ("2.2", "Refresh the risk-based inspection programme using the NFCC methodology and set quarterly "
             "audit targets for each district.", "Area Manager Protection", "Q2 2025/26", "Q3 2025/26", "A",
             "New premises risk model built; district targets to be signed off in November.", None),
        ]),
        ("AFI 3: The service should make sure it has enough resources available to meet its on-call "
         "availability targets.", [
            ("3.1", "Pilot flexible on-call contracts at six stations and evaluate the impact on appliance "
             "availability.", "Head of Response", "January 2026", "", "G",
             "Pilot live at Bedale, Colburn, Helmsley, Kirkbymoorside, Pickering and Tadcaster.", None),
        ]),
    ]),
    ("Efficiency", [
        ("AFI 4: The service should make sure it has effective systems in place to monitor and measure the "
         "productivity of its wholetime firefighters.", [
            ("4.1", "Develop a station activity dashboard showing prevention, protection and training hours "
             "against targets.", "Head of Corporate Services", "31/12/2025", "", "G",
             "Dashboard in test with two station managers.", None),
        ]),
    ]),
    ("People", [
        ("AFI 5: The service should make sure all staff understand the value of equality, diversity and "
         "inclusion and their role in promoting it.", [
            ("5.1", "Deliver mandatory EDI training to all staff, including on-call crews, by the end of the "
             "year.", "Director of People and Culture", "Dec-24", "Jun-25", "C",
             "97% of staff trained by June 2025; new starters covered by induction.", None),
            ("5.2", "Set up staff networks with an executive sponsor for each and a budget for network "
             "activity.", "Head of HR", "Ongoing", "", "G",
             "Women's, LGBT+ and neurodiversity networks running; race equality network launching in "
             "January.", None),
        ]),
        ("AFI 6: The service should have a plan to improve the diversity of its workforce, including at senior "
         "levels.", [
            ("6.1", "Introduce positive action recruitment for wholetime and on-call firefighters, including "
             "taster days for under-represented groups.", "Head of HR / Area Manager Response", "Mar-26", "",
             "R", "Wholetime recruitment paused for 2025/26 budget savings; on-call taster days continuing.",
             None),
        ]),
    ]),
]


def make_north_yorkshire(path):
    lines = [
        "North Yorkshire Fire and Rescue Service",
        "HMICFRS Effectiveness, Efficiency and People Inspection 2023–25 – Improvement Plan",
        "Exported from the Service Improvement Tracker: 03/10/2025",
        "Reported to: Executive Fire Board (Police, Fire and Crime Commissioner for York and North Yorkshire)",
        "",
        "\t".join(NY_HEADER),
    ]
    counts = {}
    for pillar, afis in NY_PLAN:
        first_pillar = True
        for afi, actions in afis:
            first_afi = True
            for ref, action, owner, target, revised, rag, update, cont in actions:
                counts[rag] = counts.get(rag, 0) + 1
                cells = [pillar if first_pillar else "", afi if first_afi else "", ref, action, owner, target,
                         revised, rag, update]
                lines.append("\t".join(cells))
                if cont:
                    lines.append("\t" * 8 + cont)
                first_pillar = first_afi = False
    total = sum(counts.values())
    lines += [
        "",
        "RAG key: C = Complete   G = On track   A = Slippage, revised date agreed   R = Off track / at risk",
        f"Total actions: {total}   Complete: {counts.get('C', 0)}   On track: {counts.get('G', 0)}   "
        f"Slippage: {counts.get('A', 0)}   Off track: {counts.get('R', 0)}",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 6. Wrexham - Audit Wales strategic asset management organisational response (docx)
# ---------------------------------------------------------------------------
WX_TITLE = "Audit Wales Springing Forward Review – Strategic Asset Management"
WX_STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Delayed": "FFC000", "Off track": "FF0000"}

# recommendation heading, [ (ref, action, date, officer, status, progress) ]
WX_PLAN = [
    ("Recommendation 1: The Council should develop an asset management strategy that sets out how its land "
     "and buildings will support its well-being objectives and the sustainable development principle.", [
        ("R1.1", "Draft a Corporate Asset Management Strategy 2024–2029, informed by engagement with services "
         "and the public, for approval by the Executive Board.", "March 2024",
         "Chief Officer – Economy and Planning", "Complete",
         "Strategy approved by the Executive Board on 12 March 2024."),
        ("R1.2", "Align the asset management strategy with the Medium Term Financial Plan and the Council Plan "
         "well-being objectives, and review it annually.", "Ongoing – annual review",
         "Head of Finance / Strategic Asset Manager", "On track",
         "First annual review scheduled for the Asset Management Board in February 2025."),
    ]),
    ("Recommendation 2: The Council should improve the data it holds on its assets, including condition, "
     "utilisation, running costs and carbon emissions, so that it can make informed decisions.", [
        ("R2.1", "Procure and implement a single asset management information system to replace the separate "
         "property, maintenance and energy spreadsheets.", "31/12/2024\nRevised: 30/06/2025",
         "Strategic Asset Manager", "Delayed",
         "Contract awarded September 2024. Data migration will run into 2025; revised date agreed by the "
         "Asset Management Board."),
        ("R2.2", "Complete condition surveys for all operational buildings on a five-year rolling programme, "
         "starting with schools and leisure centres.", "Q4 2024/25", "Corporate Property Manager", "On track",
         "Schools complete; leisure centre surveys commissioned."),
        ("R2.3", "Report utilisation and carbon data for each operational building to the Asset Management "
         "Board every six months.", "September 2024", "Energy and Sustainability Manager", "Complete",
         "First report considered by the Board in September 2024."),
    ]),
    ("Recommendation 3: The Council should work with partners, including the health board and town and "
     "community councils, to identify opportunities to share buildings and rationalise the estate.", [
        ("R3.1", "Set up a Wrexham Public Sector Estates Group with Betsi Cadwaladr University Health Board, "
         "North Wales Police and North Wales Fire and Rescue Service.", "June 2024", "Chief Executive",
         "Complete", "Group has met three times; terms of reference agreed."),
        ("R3.2", "Agree a pipeline of co-location projects, starting with a joint hub in Plas Madoc and the "
         "Guildhall review.", "31 March 2025",
         "Chief Officer – Economy and Planning / Strategic Asset Manager", "Not started",
         "Will start once the Guildhall options appraisal reports in January 2025."),
    ]),
]


def make_wrexham(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WX_TITLE, style="Title")
    doc.add_paragraph("Wrexham County Borough Council: Organisational Response and Action Plan "
                      "(progress at October 2024)", style="Subtitle")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Report title", "Springing Forward – Strategic Asset Management – Wrexham County Borough Council"),
            ("Completion date", "July 2023"),
            ("Document reference", "3601A2023"),
            ("Reported to", "Governance and Audit Committee, 21 November 2024")]):
        set_cell(info.rows[i].cells[0], k, bold=True)
        shade(info.rows[i].cells[0], "D9D9D9")
        set_cell(info.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The Auditor General's review of the Council's arrangements for strategic asset management made three "
        "recommendations. The table below sets out the actions the Council has committed to, the completion "
        "date, the officer responsible and the position at October 2024.")
    doc.add_paragraph("Status key: Complete (blue) – On track (green) – Delayed, revised date agreed (amber) – "
                      "Off track (red) – Not started (no colour)")

    headers = ["Ref", "Planned action", "Completion date", "Responsible officer (title)", "Status",
               "Progress at October 2024"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "1F3864")
    for rec, actions in WX_PLAN:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, rec, bold=True)
        shade(merged, "DDEBF7")
        for ref, action, date, officer, status, progress in actions:
            cells = t.add_row().cells
            for j, v in enumerate([ref, action, date, officer, status, progress]):
                set_cell(cells[j], v)
            if status in WX_STATUS_FILL:
                shade(cells[4], WX_STATUS_FILL[status])
    widths = [Cm(1.5), Cm(8.5), Cm(3.2), Cm(4.5), Cm(2.3), Cm(6.5)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    doc.add_paragraph()
    doc.add_paragraph("Progress against this action plan is reported to the Governance and Audit Committee every "
                      "six months until all actions are complete.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Highland - Education Scotland CLD progress visit action plan (docx)
# ---------------------------------------------------------------------------
HL_TITLE = "Community Learning and Development Improvement Plan 2024–2025"
HL_RAG_FILL = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}

# area heading, [ (action, lead, partners, timescale, measure, rag) ]
HL_PLAN = [
    ("Area for development 1: Strategic partners should strengthen the involvement of community organisations "
     "in CLD planning and decision-making.", [
        ("Map community organisations in each of the nine Highland CLD localities and invite them to join "
         "local CLD networks.", "CLD Team Leaders", "Highland Third Sector Interface; High Life Highland",
         "June 2024", "Network membership list for every locality", "Complete"),
        ("Hold an annual CLD partnership conference with community organisations co-designing the agenda.",
         "Principal Officer, Community Learning and Development", "All CLD partners", "November 2024",
         "Conference held; at least 40 community organisations attend", "Complete"),
        ("Add two community organisation representatives to the CLD Strategic Partnership with voting "
         "rights.", "Chair, CLD Strategic Partnership", "Highland Third Sector Interface",
         "By 31 March 2025", "Revised terms of reference approved", "Amber"),
    ]),
    ("Area for development 2: The CLD partnership should develop the role of volunteers, adult learners and "
     "young people in strategic decision-making.", [
        ("Establish a Highland Youth Voice sub-group to review and comment on the CLD Plan each year.",
         "Youth Development Manager (High Life Highland)", "Highland Youth Parliament; schools",
         "December 2024", "Sub-group meets at least three times a year", "Green"),
        ("Create an adult learners' forum, meeting online and in Inverness, with learner representatives "
         "reporting to the Strategic Partnership.", "Adult Learning Coordinator / ESOL Coordinator",
         "UHI Inverness; Highland Literacies Partnership", "April 2025",
         "Forum established; learner report to each Strategic Partnership meeting", "Red"),
    ]),
    ("Area for development 3: Partners should make better use of data to demonstrate the impact of CLD on "
     "learners and communities.", [
        ("Agree a shared set of outcome measures for youth work, adult learning and community development "
         "across all CLD partners.", "Performance and Improvement Officer", "All CLD partners",
         "September 2024", "Outcome framework signed off by the Strategic Partnership", "Complete"),
        ("Produce an annual CLD impact report using the shared measures and learner case studies.",
         "Principal Officer, Community Learning and Development", "All CLD partners", "June 2025",
         "Report presented to the Education Committee", "Green"),
        ("Train CLD staff and volunteers in using the self-evaluation framework 'How good is our community "
         "learning and development?'", "CLD Team Leaders / Volunteer Coordinator", "Education Scotland",
         "Ongoing", "All teams complete a self-evaluation each year", "Green"),
    ]),
]


def make_highland(path):
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "The Highland Council – Comhairle na Gàidhealtachd"
    doc.add_paragraph(HL_TITLE, style="Title")
    doc.add_paragraph("Response to the HM Inspectors' community learning and development progress visit, "
                      "February 2024", style="Subtitle")

    doc.add_heading("Version control", level=2)
    vc = doc.add_table(rows=3, cols=4)
    vc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Changes"),
                             ("1.0", "22/04/2024", "CLD Manager", "Approved by CLD Strategic Partnership"),
                             ("1.3", "19/05/2025", "CLD Manager", "RAG status updated for May 2025")]):
        for j, v in enumerate(row):
            set_cell(vc.rows[i].cells[j], v, bold=(i == 0))

    doc.add_paragraph()
    doc.add_paragraph(
        "HM Inspectors visited Highland in February 2024 to evaluate the progress the Council and its CLD "
        "partners are making with the CLD Plan 2021–2024. They identified three areas for development. This "
        "plan sets out how partners will respond. It is overseen by the Highland CLD Strategic Partnership and "
        "progress is reported to the Education Committee.")
    doc.add_paragraph("RAG status (May 2025): Complete – action achieved; Green – on track; Amber – some delay; "
                      "Red – significant concern.")

    headers = ["Action", "Lead", "Partners involved", "Timescale", "Measure of success", "RAG (May 2025)"]
    widths = [Cm(8.0), Cm(4.5), Cm(4.5), Cm(2.8), Cm(5.0), Cm(2.2)]
    for area, actions in HL_PLAN:
        doc.add_heading(area, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "E4DFEC")
        for action in actions:
            cells = t.add_row().cells
            for j, v in enumerate(action):
                set_cell(cells[j], v)
            shade(cells[5], HL_RAG_FILL[action[5]])
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Approved by", "Role", "Date"),
                             ("CLD Strategic Partnership", "Plan owner", "22/04/2024")]):
        for j, v in enumerate(row):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(path)


FILES = {
    "lc2-tower-hamlets-council-asc-cqc-assessment-improvement-plan.xlsx": make_tower_hamlets,
    "lc2-st-albans-city-district-council-rsh-consumer-standards-housing-improvement-plan.xlsx": make_st_albans,
    "lc2-east-suffolk-council-transformation-programme-highlight-report-typo-month-refuse.xlsx": make_east_suffolk,
    "lc2-ribble-valley-bc-internal-audit-recommendations-tracker.csv": make_ribble_valley,
    "lc2-north-yorkshire-fire-rescue-service-hmicfrs-afi-improvement-plan.txt": make_north_yorkshire,
    "lc2-wrexham-cbc-audit-wales-strategic-asset-management-organisational-response.docx": make_wrexham,
    "lc2-highland-council-education-scotland-cld-progress-visit-action-plan.docx": make_highland,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
