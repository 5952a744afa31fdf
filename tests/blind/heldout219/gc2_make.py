"""Build the seven gc2- blind test files (set heldout219).

Run with /work/main/.venv/bin/python gc2_make.py ; files are written beside this script.
Each data row below also carries the reading a person makes of it (lead list, end month,
status) so that the expected readings can be written from the same rows.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


RAGFILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def d(y, m, day):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. City of Wolverhampton Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
WOLVES_TITLE = "Adult Social Care CQC Assessment Improvement Plan 2025/26"
# action tuple: ref, action, lead cell, original date, revised date, progress,
#               previous RAG, current RAG, (expected lead list, end, end_text, status)
WOLVES = [
    ("Theme 1: Working with people", [
        ("Waiting times for Care Act assessments and reviews were too long, and people were not "
         "always kept informed while they waited.", [
            ("1.1", "Introduce a single waiting list triage tool across all adult social work teams, "
                    "with risk-based prioritisation and monthly management oversight.",
             "Head of Adult Social Work", d(2025, 6, 30), d(2025, 9, 30),
             "Tool piloted in two locality teams; roll-out delayed by recruitment to the Duty team.",
             "Amber", "Amber",
             (["Head of Adult Social Work"], "2025-09", None, "amber")),
            ("1.2", "Implement ‘waiting well’ contact for everyone awaiting assessment: a named contact, "
                    "a check-in call at least every 6 weeks, and written information on what to do if "
                    "things change.",
             "Principal Social Worker / Business Support Manager", d(2025, 8, 31), None,
             "Script and letter agreed; check-in calls started in all teams from 1 July.",
             "Green", "Green",
             (["Principal Social Worker", "Business Support Manager"], "2025-08", None, "green")),
            ("1.3", "Reduce the number of overdue annual reviews by 50% through a dedicated reviewing team.",
             "Head of Adult Social Work", d(2026, 3, 31), None,
             "Reviewing team fully staffed from May; overdue reviews down from 1,140 to 870.",
             "Amber", "Green",
             (["Head of Adult Social Work"], "2026-03", None, "green")),
        ]),
        ("Unpaid carers told CQC they did not always know about carers’ assessments or the support "
         "available to them.", [
            ("1.4", "Co-produce a refreshed Carers’ Offer with Wolverhampton Carers Support and launch it "
                    "during Carers Week.",
             "Commissioning Manager (Carers)", d(2025, 6, 30), None,
             "Launched 9 June 2025; 214 carers’ assessments completed in June.",
             "Green", "Blue",
             (["Commissioning Manager (Carers)"], "2025-06", None, "blue")),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was limited choice of care and support for people with complex needs, leading to some "
         "out-of-area placements.", [
            ("2.1", "Publish a revised Market Position Statement setting out commissioning intentions for "
                    "complex needs accommodation.",
             "Head of Commissioning", d(2025, 10, 31), None,
             "Provider engagement events held in May and June; draft due to Cabinet in October.",
             "Green", "Green",
             (["Head of Commissioning"], "2025-10", None, "green")),
            ("2.2", "Develop 20 additional units of supported living for people with learning disabilities "
                    "and autistic people, working with registered providers.",
             "Head of Commissioning and Head of Strategic Housing", d(2026, 3, 31), d(2026, 9, 30),
             "Scheme at Bilston delayed; planning decision now expected September 2025.",
             "Amber", "Red",
             (["Head of Commissioning", "Head of Strategic Housing"], "2026-09", None, "red")),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way, and there was a backlog of "
         "concerns awaiting screening.", [
            ("3.1", "Clear the backlog of safeguarding concerns awaiting screening and introduce a daily "
                    "screening rota within the Multi-Agency Safeguarding Hub.",
             "Safeguarding Adults Service Manager", d(2025, 5, 31), None,
             "Backlog cleared 23 May 2025; daily rota in place.",
             "Amber", "Blue",
             (["Safeguarding Adults Service Manager"], "2025-05", None, "blue")),
            ("3.2", "Audit a sample of 30 Section 42 enquiries each quarter and report findings to the "
                    "Safeguarding Adults Board.",
             "Principal Social Worker", "Quarterly", None,
             "Q1 audit completed; report to SAB Quality and Performance sub-group in July.",
             "Green", "Green",
             (["Principal Social Worker"], None, "Quarterly", "green")),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information was not consistently used by leaders to understand outcomes for people "
         "and drive improvement.", [
            ("4.1", "Launch an adult social care performance dashboard in Power BI, reviewed monthly by the "
                    "Adults Leadership Team.",
             "Head of Business Intelligence", d(2025, 7, 31), None,
             "Dashboard in test; data quality issues with reviews data being resolved.",
             "Green", "Green",
             (["Head of Business Intelligence"], "2025-07", None, "green")),
            ("4.2", "Embed a quality assurance framework with practice audits, feedback from people who draw "
                    "on care and support, and a quarterly learning report.",
             "Director of Adult Social Services", d(2025, 12, 31), None,
             "New action added June 2025 following Improvement Board review.",
             None, "Green",
             (["Director of Adult Social Services"], "2025-12", None, "green")),
        ]),
    ]),
]


def build_wolves(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "City of Wolverhampton Council"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = WOLVES_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Version", "1.3"),
            ("Plan owner", "Director of Adult Social Services"),
            ("Last updated", "14/07/2025"),
            ("Governance", "ASC Improvement Board (monthly); Adults and Safer City Scrutiny Panel (quarterly)")]
    for i, (k, v) in enumerate(rows, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BORDER
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [("Blue", "Complete – evidence of impact agreed by Improvement Board"),
           ("Green", "On track to deliver by target date"),
           ("Amber", "At risk – some slippage, mitigation in place"),
           ("Red", "Off track – escalated to Improvement Board")]
    for i, (k, v) in enumerate(key, start=11):
        ws.cell(i, 1, k).fill = fill(RAGFILL[k])
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress – position at 30 June 2025"
    ss["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "No. of actions", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, start=1):
        cell = ss.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BORDER
    r = 4
    totals = [0, 0, 0, 0, 0]
    for theme, afis in WOLVES:
        acts = [a for _, al in afis for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[7] == k) for k in ("Blue", "Green", "Amber", "Red")]
        ss.cell(r, 1, theme)
        for c, v in enumerate(counts, start=2):
            ss.cell(r, c, v)
        totals = [t + v for t, v in zip(totals, counts)]
        for c in range(1, 7):
            ss.cell(r, c).border = BORDER
        r += 1
    ss.cell(r, 1, "Total").font = Font(bold=True)
    for c, v in enumerate(totals, start=2):
        ss.cell(r, c, v).font = Font(bold=True)
    for c in range(1, 7):
        ss.cell(r, c).border = BORDER
    ss.column_dimensions["A"].width = 45

    # Plan sheet
    ps = wb.create_sheet("Improvement Plan")
    ps["A1"] = WOLVES_TITLE
    ps["A1"].font = Font(bold=True, size=14)
    ps.merge_cells("A1:I1")
    ps["A2"] = ("Progress position at 30 June 2025. Areas for improvement are taken from the CQC local "
                "authority assessment report.")
    ps.merge_cells("A2:I2")
    heads = ["Ref", "CQC area for improvement", "Action", "Lead officer", "Original target date",
             "Revised target date", "Progress update (June 2025)", "Previous RAG", "Current RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ps.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 5
    for theme, afis in WOLVES:
        ps.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, 10):
            ps.cell(r, c).fill = fill("D9E1F2")
        ps.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            for a in acts:
                ref, text, lead, orig, rev, prog, prev, curr, _ = a
                ps.cell(r, 1, ref)
                ps.cell(r, 3, text)
                ps.cell(r, 4, lead)
                ps.cell(r, 5, orig)
                if rev is not None:
                    ps.cell(r, 6, rev)
                ps.cell(r, 7, prog)
                if prev:
                    ps.cell(r, 8, prev).fill = fill(RAGFILL[prev])
                ps.cell(r, 9, curr).fill = fill(RAGFILL[curr])
                for c in (5, 6):
                    if isinstance(ps.cell(r, c).value, datetime):
                        ps.cell(r, c).number_format = "dd/mm/yyyy"
                for c in range(1, 10):
                    ps.cell(r, c).alignment = WRAP
                    ps.cell(r, c).border = BORDER
                r += 1
            ps.cell(first, 2, afi)
            ps.cell(first, 2).alignment = WRAP
            if r - 1 > first:
                ps.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ps.cell(r, 1, "Note: revised target dates were agreed by the ASC Improvement Board on 10 June 2025. "
                  "Original dates are retained for transparency.").font = Font(italic=True)
    widths = [7, 40, 55, 28, 14, 14, 45, 11, 11]
    for i, w in enumerate(widths, start=1):
        ps.column_dimensions[get_column_letter(i)].width = w
    ps.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Stoke-on-Trent City Council - RSH consumer standards housing improvement plan (xlsx)
# ---------------------------------------------------------------------------
STOKE_TITLE = "Consumer Standards Improvement Plan"
# status fill as the plan's own key: green = Complete, yellow = On track,
# amber = At risk of slipping, red = Off track / overdue
SKEY = {"complete": "00B050", "ontrack": "FFFF00", "atrisk": "FFC000", "offtrack": "FF0000"}
SEXP = {"complete": "blue", "ontrack": "green", "atrisk": "amber", "offtrack": "red"}
# sheet name, standard heading, outcome line, [(finding, [(ref, action, resp, due, statuskey,
#                                                           comment, (leads, end, end_text))])]
STOKE = [
    ("Safety and Quality", "Safety and Quality Standard",
     "Required outcome: landlords must provide safe and good quality homes and landlord services to tenants.",
     [("The council could not evidence that all fire risk assessment remedial actions were completed "
       "within timescale; over 900 actions were overdue.", [
         ("SQ1", "Commission an external contractor to complete all overdue high-risk fire remedial actions.",
          "Building Safety Manager", "31/03/2025", "complete",
          "All 312 high-risk actions completed 21/02/2025.",
          (["Building Safety Manager"], "2025-03", None)),
         ("SQ2", "Clear remaining medium and low risk fire remedial actions, prioritising blocks over 6 storeys.",
          "Building Safety Manager", "Sep 2025", "ontrack",
          "412 of 596 remaining actions closed.",
          (["Building Safety Manager"], "2025-09", None)),
         ("SQ3", "Implement a single compliance database for the ‘Big 6’ safety areas, replacing spreadsheets, "
                 "with weekly reporting to the Housing Improvement Board.",
          "Head of Housing Assets / ICT Business Partner", "Q2 2025/26", "atrisk",
          "Supplier appointed; data migration more complex than planned.",
          (["Head of Housing Assets", "ICT Business Partner"], "2025-09", "Q2 2025/26")),
     ]),
      ("The council did not have up-to-date stock condition data for around 40% of homes.", [
          ("SQ4", "Complete a 100% stock condition survey programme over two years, starting with homes last "
                  "surveyed before 2019.",
           "Head of Housing Assets", "March 2027", "ontrack",
           "3,960 surveys completed to date (Year 1 target 4,500).",
           (["Head of Housing Assets"], "2027-03", None)),
          ("SQ5", "Use stock condition data to re-profile the 30-year HRA business plan.",
           "HRA Finance Business Partner", "Dec-2025", "ontrack",
           "",
           (["HRA Finance Business Partner"], "2025-12", None)),
      ])]),
    ("Transparency & Accountability", "Transparency, Influence and Accountability Standard",
     "Required outcome: landlords must be open with tenants and treat them with fairness and respect, "
     "and tenants must be able to influence decisions.",
     [("Tenants did not have meaningful opportunities to scrutinise the council’s performance, and "
       "learning from complaints was not shared.", [
         ("TIA1", "Establish a Tenant Scrutiny Panel with terms of reference co-produced with tenants.",
          "Tenant Engagement Manager", "30/11/2024", "complete",
          "Panel met for the first time on 19/11/2024; 11 members recruited.",
          (["Tenant Engagement Manager"], "2024-11", None)),
         ("TIA2", "Publish quarterly performance reports to tenants, including Tenant Satisfaction Measures "
                  "and complaint outcomes.",
          "Tenant Engagement Manager; Performance Lead", "Quarterly", "ontrack",
          "First report published in the winter tenants’ newsletter.",
          (["Tenant Engagement Manager", "Performance Lead"], None, "Quarterly")),
         ("TIA3", "Introduce a complaints learning log, reviewed monthly by the Housing Management Team.",
          "Complaints & Customer Insight Manager", "Jan 2025", "offtrack",
          "Log designed but monthly review not yet in place – revised date to be agreed at March Board.",
          (["Complaints & Customer Insight Manager"], "2025-01", None)),
     ])]),
    ("Tenancy", "Tenancy Standard",
     "Required outcome: landlords must allocate and let homes fairly and support tenants to sustain their tenancies.",
     [("The council did not know the needs of all tenants, including vulnerabilities and reasonable "
       "adjustments.", [
         ("T1", "Carry out a tenancy census to update household, vulnerability and communication needs data "
                "for all tenants.",
          "Tenancy Services Manager", "Oct 2025", "ontrack",
          "Census questions tested with the Tenant Scrutiny Panel.",
          (["Tenancy Services Manager"], "2025-10", None)),
         ("T2", "Record reasonable adjustments on the housing management system and flag them to repairs "
                "operatives.",
          "Tenancy Services Manager / Repairs Operations Manager", "Jun-25", "atrisk",
          "System change request raised; awaiting release date from supplier.",
          (["Tenancy Services Manager", "Repairs Operations Manager"], "2025-06", None)),
     ])]),
]


def build_stoke(path):
    wb = Workbook()
    ks = wb.active
    ks.title = "Key"
    ks["A1"] = "Stoke-on-Trent City Council – Housing Services"
    ks["A1"].font = Font(bold=True, size=14)
    ks["A2"] = STOKE_TITLE
    ks["A2"].font = Font(bold=True, size=13)
    ks["A3"] = ("Response to the Regulator of Social Housing inspection against the consumer standards. "
                "Monitored by the Housing Improvement Board and the Tenant Scrutiny Panel.")
    ks["A5"] = "Status key"
    ks["A5"].font = Font(bold=True)
    for i, (k, label) in enumerate([("complete", "Complete"), ("ontrack", "On track"),
                                    ("atrisk", "At risk of slipping"), ("offtrack", "Off track / overdue")],
                                   start=6):
        ks.cell(i, 1).fill = fill(SKEY[k])
        ks.cell(i, 1).border = BORDER
        ks.cell(i, 2, label)
    ks["A11"] = "Updated: 03/03/2025 by the Housing Improvement Programme Manager"
    ks["A11"].font = Font(italic=True)
    ks.column_dimensions["A"].width = 12
    ks.column_dimensions["B"].width = 60

    heads = ["No.", "Regulator finding", "Improvement action", "Responsible officer(s)", "Due", "Status",
             "Comments"]
    for sheet, heading, outcome, findings in STOKE:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = outcome
        ws["A2"].font = Font(italic=True)
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("BDD7EE")
            cell.border = BORDER
            cell.alignment = WRAP
        r = 5
        for finding, acts in findings:
            for i, (ref, text, resp, due, sk, comment, _) in enumerate(acts):
                ws.cell(r, 1, ref)
                if i == 0:
                    ws.cell(r, 2, finding)
                ws.cell(r, 3, text)
                ws.cell(r, 4, resp)
                ws.cell(r, 5, due)
                ws.cell(r, 6).fill = fill(SKEY[sk])
                if comment:
                    ws.cell(r, 7, comment)
                for c in range(1, 8):
                    ws.cell(r, c).border = BORDER
                    ws.cell(r, c).alignment = WRAP
                r += 1
        for i, w in enumerate([7, 42, 55, 30, 12, 9, 45], start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Leicestershire Police - custody inspection action plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
LEICS_TITLE = "Leicestershire Police – Custody Inspection Action Plan"
LEICS = [
    ("Leadership, accountability and partnerships", [
        ("1.1", "Area for improvement", "Governance meetings did not routinely analyse custody performance data.",
         "Introduce a monthly custody performance pack covering detention times, use of force and adverse "
         "incidents, reviewed at the Custody Governance Board.",
         "Custody Inspector (Governance)", "Mar-2025", "Complete",
         "Pack in use since January 2025 Board."),
        ("1.2", "Area for improvement", "The force did not have adequate oversight of the use of force in custody.",
         "Record every use of force in custody on the force system and dip-sample 10% of CCTV footage monthly.",
         "Chief Inspector Custody", "Jun-2025", "On track",
         "Dip-sampling started February 2025."),
    ]),
    ("In the custody suite: booking in, individual needs and legal rights", [
        ("2.1", "Cause of concern", "Detainees waited too long to be booked in at Euston Street at busy times.",
         "Review the custody staffing model against demand and introduce a queue management protocol at "
         "Euston Street.",
         "Custody Inspector (Operations)", "Apr-2025", "At risk",
         "Demand analysis complete; staffing options with Chief Officer Team."),
        ("2.2", "Area for improvement", "Arrangements to meet the needs of detainees with disabilities were limited.",
         "Install a hearing loop and provide easy-read rights and entitlements at both suites.",
         "Estates Manager / Custody Inspector (Operations)", "Sep-2025", "On track",
         "Easy-read leaflets in use; hearing loop on order."),
    ]),
    ("In the custody cell: safeguarding and health care", [
        ("3.1", "Cause of concern", "Observation levels were not always set correctly for detainees at risk "
                                    "of self-harm.",
         "Deliver refresher training on risk assessment and observation levels to all custody sergeants and "
         "detention officers.",
         "Custody Training Lead", "Jul-2025", "On track",
         "68% of staff trained."),
        ("3.2", "Area for improvement", "Cell call bells were not always answered promptly.",
         "Audit cell call bell response times weekly and address delays through supervision.",
         "Custody Sergeants", "0ct-2025", "Not started",
         ""),
    ]),
    ("Release and transfer from custody", [
        ("4.1", "Area for improvement", "Pre-release risk assessments were not always meaningful.",
         "Update the pre-release risk assessment template and include referral to support services in the "
         "release checklist.",
         "Custody Inspector (Governance)", "May-2025", "Complete",
         "New template live on the custody system."),
        ("4.2", "Cause of concern", "Too many children were held overnight after being charged and refused bail.",
         "Agree a protocol with Leicester, Leicestershire and Rutland councils for requests for local authority "
         "accommodation, and escalate every refusal to a superintendent.",
         "Chief Inspector Custody / Head of Youth Justice", "Dec-2025", "Off track",
         "Draft protocol not yet agreed by all three councils."),
    ]),
]
LEICS_TYPO_ROW = None  # filled in by build_leics


def build_leics(path):
    global LEICS_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = LEICS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Unannounced inspection of police custody suites in Leicestershire by HM Inspectorate of "
                "Constabulary and Fire & Rescue Services and HM Inspectorate of Prisons")
    ws["A3"] = "Owner: Chief Inspector Custody | Last updated: 05/02/2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Finding type", "Inspection finding", "Action", "Owner", "Target date", "Status",
             "Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BORDER
    r = 6
    for area, acts in LEICS:
        ws.cell(r, 1, area).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, ftype, finding, action, owner, target, status, update in acts:
            vals = [ref, ftype, finding, action, owner, target, status, update]
            for c, v in enumerate(vals, start=1):
                if v:
                    ws.cell(r, c, v)
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BORDER
            if target.startswith("0"):
                LEICS_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(r, 1, "Completed actions will be closed at the Custody Governance Board once evidence has been "
                  "reviewed by Professional Standards.").font = Font(italic=True)
    for i, w in enumerate([6, 20, 45, 55, 30, 12, 12, 40], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. North Ayrshire Council - Best Value thematic (workforce innovation) improvement action plan (docx)
# ---------------------------------------------------------------------------
NAC_TITLE = "Best Value Thematic Review 2023/24: Workforce Innovation – Improvement Action Plan"
NAC = [
    ("Recommendation 1: The council should update its workforce plan so that it sets out clearly how its "
     "workforce will change over the next five years, including the skills it needs and the impact of digital "
     "technology.", [
         ("1.1", "Refresh the Workforce Plan 2025–2028 with service-level workforce plans aligned to the Council "
                 "Plan and the medium-term financial outlook.",
          "Head of Service (People & ICT)", "31 March 2025",
          "Draft considered by the Executive Leadership Team in January 2025; on track for Cabinet in March.",
          "Green", (["Head of Service (People & ICT)"], "2025-03", None, "green")),
         ("1.2", "Develop a skills matrix for digital, data and leadership skills and use it to identify gaps in "
                 "each directorate.",
          "Team Manager (Organisational Development)", "June 2025",
          "Pilot complete in the Place directorate; wider roll-out rescheduled to align with annual reviews.",
          "Amber", (["Team Manager (Organisational Development)"], "2025-06", None, "amber")),
     ]),
    ("Recommendation 2: The council should set out how it will measure the impact of flexible and hybrid "
     "working on productivity and service delivery.", [
         ("2.1", "Agree a set of productivity measures for hybrid working and report them to the Executive "
                 "Leadership Team every six months.",
          "Head of Service (People & ICT) / Head of Service (Democratic Services)", "Q4 2024/25",
          "Measures drafted and tested with three services.",
          "Green", (["Head of Service (People & ICT)", "Head of Service (Democratic Services)"],
                    "2025-03", "Q4 2024/25", "green")),
         ("2.2", "Repeat the employee survey questions on hybrid working and compare the results with the 2023 "
                 "baseline.",
          "Senior Manager (Employee Services)", "September 2024",
          "Survey completed; results reported to the Executive Leadership Team in November 2024.",
          "Blue", (["Senior Manager (Employee Services)"], "2024-09", None, "blue")),
     ]),
    ("Recommendation 3: The council should work with partners to develop joint approaches to recruitment and "
     "retention in hard-to-fill roles, particularly in social care.", [
         ("3.1", "Launch a joint recruitment campaign for care at home workers with the North Ayrshire Health "
                 "and Social Care Partnership.",
          "Director (Health and Social Care Partnership)", "May 2025",
          "Campaign materials agreed; launch planned for April 2025.",
          "Green", (["Director (Health and Social Care Partnership)"], "2025-05", None, "green")),
         ("3.2", "Extend the ‘grow your own’ Modern Apprenticeship and graduate programmes to include social "
                 "work, planning and environmental health.",
          "Chief Social Work Officer and Head of Service (People & ICT)", "August 2025",
          "Two trainee social worker posts approved in the 2025/26 budget.",
          "Green", (["Chief Social Work Officer", "Head of Service (People & ICT)"], "2025-08", None, "green")),
     ]),
    ("Recommendation 4: The council should ensure that elected members receive regular information on "
     "workforce matters, including absence, turnover and the progress of workforce planning.", [
         ("4.1", "Add workforce indicators (absence, turnover, vacancies and agency spend) to the quarterly "
                 "Council Plan performance report.",
          "Senior Manager (Policy, Performance and Elections)", "31 December 2024",
          "Indicators defined; first report delayed to June 2025 because of the HR and payroll system upgrade.",
          "Red", (["Senior Manager (Policy, Performance and Elections)"], "2024-12", None, "red")),
         ("4.2", "Hold an annual elected member briefing on the Workforce Plan and progress against it.",
          "Head of Service (People & ICT)", "Annually",
          "First briefing held on 28 January 2025.",
          "Green", (["Head of Service (People & ICT)"], None, "Annually", "green")),
     ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def build_nac(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("North Ayrshire Council")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(NAC_TITLE, level=1)
    doc.add_paragraph("Progress update – February 2025")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Head of Service (People & ICT)"),
                                ("Version", "2.0"),
                                ("Date", "20 February 2025"),
                                ("Reported to", "Audit and Scrutiny Committee, 10 March 2025")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
        shade(t.cell(i, 0), "D9D9D9")

    doc.add_paragraph("")
    doc.add_paragraph(
        "The Controller of Audit’s report on the council’s approach to workforce innovation was considered by "
        "the Accounts Commission as part of its Best Value thematic work for 2023/24. The report made four "
        "recommendations. The agreed management actions, responsible officers and target dates are set out "
        "below, with progress to February 2025.")
    doc.add_paragraph(
        "Status key: Blue – complete; Green – on track; Amber – minor slippage, within tolerance; "
        "Red – significant slippage or not started.")

    heads = ["Ref", "Agreed management action", "Responsible officer", "Target date",
             "Progress at February 2025", "Status"]
    nrows = 1 + sum(1 + len(a) for _, a in NAC)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "1F3864")
        for run in t.cell(0, c).paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    row = 1
    for rec, acts in NAC:
        m = t.cell(row, 0).merge(t.cell(row, 5))
        set_cell(m, rec, bold=True)
        shade(m, "DEEAF6")
        row += 1
        for ref, action, ro, target, progress, status, _ in acts:
            for c, v in enumerate([ref, action, ro, target, progress, status]):
                set_cell(t.cell(row, c), v)
            shade(t.cell(row, 5), {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000",
                                   "Red": "FF0000"}[status])
            row += 1
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the Executive Leadership Team on 18 February 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Monmouthshire County Council - CIW adult services performance evaluation action plan (docx)
# ---------------------------------------------------------------------------
MON_TITLE = ("Care Inspectorate Wales Performance Evaluation Inspection of Adult Services – Action Plan")
# progress key in the document: C = Complete, G = On track, A = Some delay, R = Not on track
MON = [
    ("1. People – Voice and Control", [
        ("People’s personal outcomes were not always recorded clearly in care and support plans.", [
            ("1.1", "Deliver ‘What matters’ conversation refresher training to all adult social work and "
                    "occupational therapy staff.",
             "Principal Social Worker", "Sept 2025", "C",
             (["Principal Social Worker"], "2025-09", None, "blue")),
            ("1.2", "Introduce a quarterly case file audit focused on the quality of outcomes recording, with "
                    "findings shared in team meetings.",
             "Service Manager – Quality Assurance", "Dec 2025", "G",
             (["Service Manager – Quality Assurance"], "2025-12", None, "green")),
        ]),
        ("Carers were not consistently offered a carer’s needs assessment.", [
            ("1.3", "Update the front door script so every carer is offered an assessment, and record the offer "
                    "and the outcome on WCCIS.",
             "Integrated Services Hub Manager", "Oct 2025", "A",
             (["Integrated Services Hub Manager"], "2025-10", None, "amber")),
        ]),
    ]),
    ("2. Prevention", [
        ("Demand for domiciliary care exceeded supply in the north of the county, delaying some hospital "
         "discharges.", [
            ("2.1", "Recommission domiciliary care in the Abergavenny area on a place-based model.",
             "Head of Commissioning", "April 2026", "G",
             (["Head of Commissioning"], "2026-04", None, "green")),
            ("2.2", "Expand the reablement team by four posts and report reablement outcomes monthly to the "
                    "Directorate Management Team.",
             "Reablement Manager", "Dec 2025 – March 2026", "A",
             (["Reablement Manager"], "2026-03", "Dec 2025 – March 2026", "amber")),
        ]),
    ]),
    ("3. Partnerships and Integration", [
        ("Information sharing between adult services and health board community teams was inconsistent.", [
            ("3.1", "Agree an information sharing protocol with Aneurin Bevan University Health Board for the "
                    "integrated community teams.",
             "Head of Adult Services & Head of Integrated Services (ABUHB)", "Nov 2025", "R",
             (["Head of Adult Services", "Head of Integrated Services (ABUHB)"], "2025-11", None, "red")),
        ]),
    ]),
    ("4. Well-being", [
        ("Some people waited too long for Deprivation of Liberty Safeguards assessments.", [
            ("4.1", "Prioritise DoLS applications using the ADASS screening tool and commission additional "
                    "Best Interests Assessors.",
             "DoLS Team Manager", "March 2026", "G",
             (["DoLS Team Manager"], "2026-03", None, "green")),
        ]),
        ("Staff said they did not always feel supported to manage high caseloads.", [
            ("4.2", "Hold six-monthly staff well-being check-ins and act on the results through the Workforce "
                    "Board.",
             "Head of Adult Services", "Ongoing", "G",
             (["Head of Adult Services"], None, "Ongoing", "green")),
        ]),
    ]),
]


def build_mon(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for text, size in [("Monmouthshire County Council", 16), ("Social Care and Health Directorate", 12)]:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    doc.add_heading(MON_TITLE, level=1)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of adult services in "
        "Monmouthshire. The inspection report set out strengths and areas for improvement under the four "
        "principles of the Social Services and Well-being (Wales) Act 2014. This plan sets out our response. "
        "It is monitored by the Directorate Management Team and reported to People Scrutiny Committee every "
        "six months.")

    doc.add_paragraph("Version history").runs[0].bold = True
    vh = [("Version", "Date", "Author", "Changes"),
          ("0.1", "12/05/2025", "Service Manager – Quality Assurance", "First draft"),
          ("1.0", "02/06/2025", "Head of Adult Services", "Approved by DMT"),
          ("1.1", "15/09/2025", "Service Manager – Quality Assurance", "Progress update")]
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, rowv in enumerate(vh):
        for c, v in enumerate(rowv):
            set_cell(t.cell(i, c), v, bold=(i == 0))

    doc.add_paragraph("")
    doc.add_paragraph("Progress key: C = Complete, G = On track, A = Some delay, R = Not on track")

    heads = ["No.", "Area for improvement", "What we will do", "Lead", "By when", "Progress"]
    pfill = {"C": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for principle, afis in MON:
        doc.add_heading(principle, level=2)
        n = sum(len(a) for _, a in afis)
        t = doc.add_table(rows=1 + n, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "D9E2F3")
        row = 1
        for afi, acts in afis:
            first = row
            for ref, action, lead, by, prog, _ in acts:
                set_cell(t.cell(row, 0), ref)
                set_cell(t.cell(row, 2), action)
                set_cell(t.cell(row, 3), lead)
                set_cell(t.cell(row, 4), by)
                set_cell(t.cell(row, 5), prog)
                shade(t.cell(row, 5), pfill[prog])
                row += 1
            if row - 1 > first:
                m = t.cell(first, 1).merge(t.cell(row - 1, 1))
            else:
                m = t.cell(first, 1)
            set_cell(m, afi)
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off").runs[0].bold = True
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Approved by", bold=True)
    set_cell(t.cell(0, 1), "Statutory Director of Social Services")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "02/06/2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Chesterfield Borough Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
CHES_HEAD = ["Audit", "Report Issued", "Assurance Opinion", "Rec No", "Priority", "Recommendation",
             "Agreed Action", "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG",
             "Latest Update"]
# row values + (leads, end, end_text, status)
CHES = [
    (["Council Tax 2023/24", "14/03/2024", "Reasonable", "1", "Medium",
      "Reconciliations between the Council Tax system and the valuation list should be completed monthly and "
      "independently reviewed.",
      "Monthly VOA reconciliation to be reinstated with sign-off by the Revenues Team Leader.",
      "Revenues & Benefits Manager", "30/06/2024", "", "Complete",
      "Reconciliations completed monthly since July 2024 – evidence seen by Internal Audit."],
     (["Revenues & Benefits Manager"], "2024-06", None, "blue")),
    (["Council Tax 2023/24", "14/03/2024", "Reasonable", "2", "Low",
      "Discounts and exemptions should be reviewed on a risk basis to confirm ongoing entitlement.",
      "Annual single person discount review to be carried out using the National Fraud Initiative data match.",
      "Revenues & Benefits Manager", "31/10/2024", "31/03/2025", "Amber",
      "NFI matches received December 2024; review under way."],
     (["Revenues & Benefits Manager"], "2025-03", None, "amber")),
    (["Cyber Security", "05/06/2024", "Limited", "1", "High",
      "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
      "Enforce MFA for all staff and privileged accounts through conditional access policies.",
      "ICT Infrastructure Manager", "31/08/2024", "30/11/2024", "Complete",
      "MFA enforced for all accounts from 18/11/2024."],
     (["ICT Infrastructure Manager"], "2024-11", None, "blue")),
    (["Cyber Security", "05/06/2024", "Limited", "2", "High",
      "Unsupported operating systems should be removed from the network or isolated.",
      "1. Replace the 14 remaining Windows Server 2012 devices.\n"
      "2. Isolate the legacy CCTV server on a separate VLAN until it is replaced.",
      "ICT Infrastructure Manager / Digital Services Lead", "31/12/2024", "30/06/2025", "Red",
      "Six servers replaced; remaining replacements depend on the Finance system migration."],
     (["ICT Infrastructure Manager", "Digital Services Lead"], "2025-06", None, "red")),
    (["Procurement and Contract Management", "22/08/2024", "Reasonable", "3", "Medium",
      "The contracts register should be complete and published in line with the Local Government Transparency "
      "Code.",
      "Update the contracts register quarterly from purchase order data and publish it on the council website.",
      "Procurement Manager", "28/02/2025", "", "Green",
      "Register updated December 2024; publication due February 2025."],
     (["Procurement Manager"], "2025-02", None, "green")),
    (["Procurement and Contract Management", "22/08/2024", "Reasonable", "4", "Low",
      "Waivers of Contract Procedure Rules should be reported to the Standards and Audit Committee.",
      "Include a summary of waivers in the annual procurement report to Standards and Audit Committee.",
      "Service Director - Finance", "31/07/2025", "", "Green", ""],
     (["Service Director - Finance"], "2025-07", None, "green")),
    (["Housing Rents", "17/10/2024", "Substantial", "1", "Low",
      "Write-offs of former tenant arrears should be approved in line with the Financial Regulations.",
      "Write-off approval levels to be reissued to the Income Team and included in procedure notes.",
      "Income Manager (Housing)", "31/12/2024", "", "Complete",
      "Procedure notes updated 02/12/2024."],
     (["Income Manager (Housing)"], "2024-12", None, "blue")),
    (["Payroll", "09/12/2024", "Reasonable", "2", "Medium",
      "Starters and leavers forms should be processed before the payroll cut-off date and checked by a second "
      "officer.",
      "Introduce a second-officer check of all starters and leavers before each payroll cut-off, evidenced on "
      "the payroll checklist.",
      "HR & Payroll Manager", "Mar-25", "", "Green", "Checklist revised; in use from January payroll."],
     (["HR & Payroll Manager"], "2025-03", None, "green")),
]


def build_ches(path):
    n = len(CHES_HEAD)
    pad = lambda vals: vals + [""] * (n - len(vals))
    rows = [pad(["Chesterfield Borough Council"]),
            pad(["Internal Audit Consortium – Outstanding Recommendations Tracker as at 31 January 2025"]),
            pad([]),
            CHES_HEAD]
    rows += [r for r, _ in CHES]
    counts = {}
    for r, _ in CHES:
        counts[r[10]] = counts.get(r[10], 0) + 1
    rows += [pad([]), pad(["Summary by RAG"])]
    for k in ("Complete", "Green", "Amber", "Red"):
        rows.append(pad([k, str(counts.get(k, 0))]))
    rows.append(pad(["Total", str(len(CHES))]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Dover District Council - corporate risk register Q3 2024/25 (tab-separated txt)
# ---------------------------------------------------------------------------
DOVER_TITLE = "Corporate Risk Register – Quarter 3 2024/25"
DOVER_HEAD = ["Risk", "Residual Score", "Risk Owner", "Action Ref", "Mitigating Action", "Action Owner",
              "Target Date", "RAG"]
DOVER = [
    ("CR01 Financial Sustainability", "16", "Strategic Director (Corporate Resources)", [
        ("CR01a", "Deliver the 2025/26 savings programme of £1.2m, with monthly monitoring at Corporate "
                  "Management Team.",
         "Head of Finance and Investment", "Mar-25", "G",
         (["Head of Finance and Investment"], "2025-03", None, "green")),
        ("CR01b", "Update the Medium Term Financial Plan to reflect the provisional Local Government Finance "
                  "Settlement.",
         "Head of Finance and Investment", "Feb-25", "G",
         (["Head of Finance and Investment"], "2025-02", None, "green")),
        ("CR01c", "Review fees and charges against inflation and benchmark them with other Kent districts.",
         "Head of Finance and Investment / Heads of Service", "Jan-25", "B",
         (["Head of Finance and Investment", "Heads of Service"], "2025-01", None, "blue")),
    ]),
    ("CR02 Cyber Attack and Data Loss", "15", "Strategic Director (Corporate Resources)", [
        ("CR02a", "Complete the PSN compliance health check and remediate all critical and high "
                  "vulnerabilities.",
         "ICT Manager (EK Services)", "Mar-25", "A",
         (["ICT Manager (EK Services)"], "2025-03", None, "amber")),
        ("CR02b", "Run a cyber incident exercise with the Corporate Management Team.",
         "ICT Manager (EK Services) and Emergency Planning Officer", "Q4 2024/25", "G",
         (["ICT Manager (EK Services)", "Emergency Planning Officer"], "2025-03", "Q4 2024/25", "green")),
    ]),
    ("CR03 Temporary Accommodation Demand", "16", "Strategic Director (Place and Environment)", [
        ("CR03a", "Acquire 20 additional homes for use as temporary accommodation using the Local Authority "
                  "Housing Fund.",
         "Head of Housing", "Sep-25", "A",
         (["Head of Housing"], "2025-09", None, "amber")),
        ("CR03b", "Reduce to zero the number of families placed in bed and breakfast for longer than six weeks.",
         "Housing Options Manager", "Ongoing", "R",
         (["Housing Options Manager"], None, "Ongoing", "red")),
    ]),
    ("CR04 Port and Border Disruption", "12", "Chief Executive", [
        ("CR04a", "Agree the multi-agency traffic management plan for the Entry/Exit System go-live with Kent "
                  "Resilience Forum partners.",
         "Emergency Planning and Resilience Manager", "Oct-25", "G",
         (["Emergency Planning and Resilience Manager"], "2025-10", None, "green")),
        ("CR04b", "Brief elected members on Operation Brock and local contingency arrangements before the summer "
                  "peak.",
         "Emergency Planning and Resilience Manager", "Jun-25", "G",
         (["Emergency Planning and Resilience Manager"], "2025-06", None, "green")),
    ]),
    ("CR05 Workforce Capacity", "9", "Head of HR", [
        ("CR05a", "Launch the revised recruitment and retention package for hard-to-fill professional roles.",
         "Head of HR", "31/03/2025", "A",
         (["Head of HR"], "2025-03", None, "amber")),
        ("CR05b", "Complete succession plans for all Head of Service posts.",
         "Head of HR", "Jul-25", "",
         (["Head of HR"], "2025-07", None, "unrated")),
    ]),
]


def build_dover(path):
    lines = ["Dover District Council",
             DOVER_TITLE,
             "Position at 31 December 2024. Reported to Governance Committee, 30 January 2025.",
             "",
             "\t".join(DOVER_HEAD)]
    for risk, score, owner, acts in DOVER:
        for i, (ref, action, aowner, target, rag, _) in enumerate(acts):
            lead3 = [risk, score, owner] if i == 0 else ["", "", ""]
            lines.append("\t".join(lead3 + [ref, action, aowner, target, rag]))
    lines += ["",
              "RAG key: B = Action complete; G = On track; A = Some slippage; R = Off track or overdue",
              "Residual score = likelihood x impact after current controls (1–25)."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "gc2-wolverhampton-council-asc-cqc-assessment-improvement-plan.xlsx": build_wolves,
    "gc2-stoke-on-trent-cc-rsh-consumer-standards-housing-improvement-plan.xlsx": build_stoke,
    "gc2-leicestershire-police-custody-inspection-action-plan-typo-month-refuse.xlsx": build_leics,
    "gc2-north-ayrshire-council-best-value-workforce-innovation-improvement-action-plan.docx": build_nac,
    "gc2-monmouthshire-cc-ciw-adult-services-performance-evaluation-action-plan.docx": build_mon,
    "gc2-chesterfield-bc-internal-audit-recommendations-tracker.csv": build_ches,
    "gc2-dover-dc-corporate-risk-register-q3-2024-25.txt": build_dover,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
