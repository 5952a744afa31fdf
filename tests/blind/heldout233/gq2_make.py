"""Build the seven gq2- blind cases (set heldout233) and their expected readings.

Run with /work/main/.venv/bin/python gq2_make.py from any directory; files are written beside this script.
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

FILL = {
    "blue": "FF00B0F0",
    "green": "FF00B050",
    "amber": "FFFFC000",
    "red": "FFFF0000",
    "grey": "FFD9D9D9",
    "navy": "FF1F3864",
    "pale": "FFDDEBF7",
}
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", fgColor=FILL[c])


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_yaml(name, doc):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4000)


def exp_action(a):
    out = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead_x"],
           "end": a["end_x"]}
    if a.get("end_text_x"):
        out["end_text"] = a["end_text_x"]
    out["status"] = a["status_x"]
    return out


def style_header(ws, row, ncols, color="navy"):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill(color)
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Wirral Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def wirral():
    name = "gq2-wirral-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Wirral Council – Adult Social Care CQC Assessment Improvement Plan 2025/26"
    T1, T2, T3, T4 = ("Theme 1: Working with people", "Theme 2: Providing support",
                      "Theme 3: Ensuring safety", "Theme 4: Leadership")
    A = "People waited too long for Care Act assessments and reviews, and were not always kept informed while they waited."
    B = "People from minority ethnic communities were less likely to access support, and some communities were harder to reach."
    C = "Unpaid carers were not consistently offered a carer's assessment, and take-up of direct payments was low."
    Dd = "People said that making first contact with adult social care was difficult and that they had to repeat their story."
    E = "There was a backlog of Deprivation of Liberty Safeguards (DoLS) assessments, and people who raised safeguarding concerns did not always receive feedback."
    F = "Financial pressure and rising demand put the sustainability of adult social care at risk, and performance information was not used consistently to drive improvement."
    # (theme, afi, ref, action, lead cell, start, original, revised, prev, curr, update, lead_x, end_x, end_text_x, status_x)
    rows = [
        (T1, A, "1.1", "Introduce a single risk-based triage tool for the assessment waiting list in all locality teams, with a weekly review of everyone waiting more than 28 days.",
         "Assistant Director – Adult Social Care Operations", D(2025, 2, 3), D(2025, 9, 30), D(2025, 12, 31), "amber", "amber",
         "Tool live in three of four localities; Wallasey go-live delayed by the Liquidlogic upgrade.",
         ["Assistant Director – Adult Social Care Operations"], "2025-12", None, "amber"),
        (T1, A, "1.2", "Contact everyone on the waiting list at least every eight weeks, giving them a named worker and advice on what to do if their needs change.",
         "Head of Integrated Services / Customer Experience Manager", D(2025, 2, 3), D(2025, 7, 31), None, "green", "blue",
         "Letters and calls in place since July. September audit: 96% of people contacted within eight weeks.",
         ["Head of Integrated Services", "Customer Experience Manager"], "2025-07", None, "blue"),
        (T1, B, "1.3", "Work with community and faith organisations to co-produce outreach sessions in Birkenhead and Wallasey, and translate key adult social care information into the five most requested languages.",
         "Jo Halliday and Sam Mercer", D(2025, 4, 1), "Q3 2025/26", None, "amber", "green",
         "Six outreach sessions held; translations with the supplier.",
         ["Jo Halliday", "Sam Mercer"], "2025-12", None, "green"),
        (T2, C, "2.1", "Recommission the carers' support service to include a trusted-assessor model, so that carers' assessments can be completed by the provider.",
         "Lead Commissioner – Carers and Prevention", D(2025, 6, 2), D(2026, 3, 31), None, "green", "green",
         "Tender published 8 September; evaluation in November.",
         ["Lead Commissioner – Carers and Prevention"], "2026-03", None, "green"),
        (T2, C, "2.2", "Simplify the direct payments process and introduce a prepaid card option, aiming for 25% of people receiving community-based support to use a direct payment.",
         "Head of Commissioning (Adults) & Direct Payments Team Manager", D(2025, 4, 1), D(2025, 10, 31), D(2026, 3, 31), "red", "amber",
         "Prepaid card provider appointed; take-up 19% (target 25%).",
         ["Head of Commissioning (Adults)", "Direct Payments Team Manager"], "2026-03", None, "amber"),
        (T2, Dd, "2.3", "Open an Early Intervention and Access Hub ('front door') bringing together the contact centre, occupational therapy and community connectors.",
         "Assistant Director – Adult Social Care Operations", D(2025, 3, 3), D(2025, 6, 30), D(2025, 9, 30), "amber", "blue",
         "Hub opened 1 September 2025.",
         ["Assistant Director – Adult Social Care Operations"], "2025-09", None, "blue"),
        (T3, E, "3.1", "Reduce the DoLS assessment backlog by 50% using additional Best Interests Assessor capacity and a risk-prioritisation tool.",
         "DoLS Service Manager", D(2025, 2, 3), "Mar-26", None, "amber", "green",
         "Backlog down from 1,140 to 690 (39%).",
         ["DoLS Service Manager"], "2026-03", None, "green"),
        (T3, E, "3.2", "Send a standard feedback letter to everyone who raises a safeguarding concern, and audit compliance each quarter.",
         "Safeguarding Adults Manager", D(2025, 4, 1), "Quarterly", None, "green", "green",
         "Q2 audit: 88% of referrers received feedback within 10 working days.",
         ["Safeguarding Adults Manager"], None, "Quarterly", "green"),
        (T4, F, "4.1", "Set up a monthly Adult Social Care Performance and Quality Board chaired by the Director of Care and Health.",
         "Director of Care and Health", D(2025, 4, 1), D(2025, 9, 30), None, "green", "blue",
         "Board has met monthly since May 2025.",
         ["Director of Care and Health"], "2025-09", None, "blue"),
        (T4, F, "4.2", "Roll out Power BI team dashboards to every team manager, with training from the Practice Development Team.",
         "Head of Performance and Intelligence", D(2025, 7, 1), D(2025, 10, 31), D(2026, 2, 28), "green", "amber",
         "Dashboards built; roll-out paused while data quality issues in the reviews module are fixed.",
         ["Head of Performance and Intelligence"], "2026-02", None, "amber"),
        (T4, F, "4.3", "Hold quarterly staff conversations, led by the senior leadership team, on the improvement plan and the council's priorities.",
         "Director of Care and Health", D(2026, 1, 5), D(2026, 3, 31), None, None, None,
         "New action added October 2025; first session planned for January 2026.",
         ["Director of Care and Health"], "2026-03", None, "unrated"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Care and Health Directorate"
    cov["A4"] = "CQC assessment: September 2024. Report published: January 2025. Overall rating: Requires improvement."
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Changes"),
          ("1.0", "28/03/2025", "Improvement Programme Manager", "Plan agreed by ASC and Public Health Committee"),
          ("1.3", "31/07/2025", "Improvement Programme Manager", "Q1 progress; RAG updated"),
          ("1.4", "31/10/2025", "Improvement Programme Manager", "Q2 progress; revised dates agreed at Improvement Board 14/10/2025; action 4.3 added")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cov["A13"] = "RAG key (Previous and Current RAG columns are shaded)"
    cov["A13"].font = Font(bold=True)
    key = [("blue", "Complete – action delivered and impact evidenced"),
           ("green", "On track to deliver by the target date"),
           ("amber", "Some slippage – recoverable within the quarter"),
           ("red", "Off track – escalated to the Improvement Board")]
    for i, (col, txt) in enumerate(key):
        cov.cell(row=14 + i, column=1).fill = fill(col)
        cov.cell(row=14 + i, column=1).border = BOX
        cov.cell(row=14 + i, column=2, value=txt)
    cov["A18"] = "Unshaded = not yet rated (action not started)"
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 70

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Progress summary – position at 31 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Complete", "Green", "Amber", "Red", "Not rated"]
    for j, h in enumerate(hdr):
        sm.cell(row=3, column=1 + j, value=h)
    style_header(sm, 3, len(hdr))
    r = 4
    tot = [0] * 6
    for th in (T1, T2, T3, T4):
        st = [x[9] for x in rows if x[0] == th]
        counts = [len(st), st.count("blue"), st.count("green"), st.count("amber"), st.count("red"), st.count(None)]
        sm.cell(row=r, column=1, value=th)
        for j, v in enumerate(counts):
            sm.cell(row=r, column=2 + j, value=v)
            tot[j] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        sm.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 34

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Version 1.4 – progress at 31 October 2025. Reported to the ASC Improvement Board and the Adult Social Care and Public Health Committee."
    ws.merge_cells("A2:K2")
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead", "Start", "Original target date",
           "Revised target date", "Previous RAG (Jul-25)", "Current RAG (Oct-25)", "Progress update", "Evidence of impact"]
    for j, h in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    cur_theme = None
    afi_start = {}
    for x in rows:
        th, afi = x[0], x[1]
        if th != cur_theme:
            ws.cell(row=r, column=1, value=th)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(row=r, column=1).fill = fill("navy")
            cur_theme = th
            r += 1
        afi_start.setdefault((th, afi), []).append(r)
        vals = [x[2], afi, x[3], x[4], x[5], x[6], x[7], None, None, x[10],
                "See evidence log" if x[9] == "blue" else None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if x[8]:
            ws.cell(row=r, column=8).fill = fill(x[8])
        if x[9]:
            ws.cell(row=r, column=9).fill = fill(x[9])
        r += 1
    for key_, rs in afi_start.items():
        if len(rs) > 1:
            for rr in rs[1:]:
                ws.cell(row=rr, column=2).value = None
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed at the ASC Improvement Board on 14 October 2025. Evidence log held on the Care and Health SharePoint site.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    widths = [7, 40, 55, 30, 12, 14, 14, 11, 11, 45, 18]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    acts = []
    for x in rows:
        acts.append(exp_action({"ref": x[2], "under": [x[0], x[1]], "action": x[3], "lead_x": x[11],
                                "end_x": x[12], "end_text_x": x[13], "status_x": x[14]}))
    write_yaml(name, {
        "source": "Imitates the improvement plan Wirral Council took to its Adult Social Care and Public Health Committee after the CQC local authority assessment (assessed September 2024, report January 2025, Requires improvement), whose areas for improvement included assessment waiting times, carers, the 'front door', direct payments, the DoLS backlog and safeguarding feedback (wirralview.com, 'Plans to improve adult social care services to be revealed'). Layout copied from council CQC improvement plans: cover sheet with document-control table and shaded RAG key, a summary sheet of counts per theme, and the plan sheet with CQC theme band rows, the CQC area for improvement merged down over its actions, start/original/revised dates, previous and current RAG shown only as cell fill, progress and notes line.",
        "reads": "A three-sheet workbook; the plan sheet lists 11 numbered actions under the four CQC themes, each answering a CQC area for improvement shown in a merged cell to its left. Status is the fill of the Current RAG (Oct-25) cell read against the cover's key (blue = complete); the revised target date is the end where one is given; 4.3 is a new, unshaded (not yet rated) action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 2. Pendle Borough Council - strategic risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def pendle():
    name = "gq2-pendle-bc-strategic-risk-register-q3-2025-26.xlsx"
    title = "Pendle Borough Council – Strategic Risk Register 2025/26: Quarter 3 (October – December 2025)"
    risks = [
        ("SR1", "SR1 – Financial resilience: the Council is unable to set a balanced budget over the medium term",
         "Director of Resources", "4 x 4 = 16", "3 x 4 = 12", "3 x 4 = 12", "2 x 4 = 8", "No change"),
        ("SR2", "SR2 – Local government reorganisation: the Council cannot maintain services while preparing for a new unitary council in Lancashire",
         "Chief Executive", "4 x 3 = 12", "3 x 3 = 9", "4 x 3 = 12", "2 x 3 = 6", "Increasing"),
        ("SR3", "SR3 – Cyber security: a successful cyber attack disrupts council services or leads to a loss of data",
         "Director of Resources", "3 x 4 = 12", "2 x 4 = 8", "2 x 4 = 8", "2 x 3 = 6", "No change"),
        ("SR4", "SR4 – Homelessness: demand for temporary accommodation exceeds supply and budget",
         "Head of Housing and Environmental Health", "4 x 3 = 12", "3 x 3 = 9", "4 x 3 = 12", "3 x 2 = 6", "Increasing"),
    ]
    # (risk, ref, action, owner, target, rag, update, lead_x, end_x, end_text_x, status_x)
    acts = [
        ("SR1", "SR1.1", "Deliver the 2025/26 savings programme of £1.2m and report progress monthly to Management Team.",
         "Director of Resources", D(2026, 3, 31), "A", "£0.86m delivered to date; car parking income below budget.",
         ["Director of Resources"], "2026-03", None, "amber"),
        ("SR1", "SR1.2", "Update the Medium Term Financial Plan following the provisional Local Government Finance Settlement.",
         "Head of Financial Services", "Feb 2026", "G", "Settlement received 17 December; modelling under way.",
         ["Head of Financial Services"], "2026-02", None, "green"),
        ("SR1", "SR1.3", "Complete the review of earmarked reserves and report the recommendations to the Executive.",
         "Head of Financial Services", D(2025, 12, 11), "C", "Reported to the Executive on 11 December 2025.",
         ["Head of Financial Services"], "2025-12", None, "blue"),
        ("SR2", "SR2.1", "Set up an LGR programme board with officer working groups for each service area.",
         "Chief Executive", D(2025, 11, 30), "C", "Board established; first meeting 6 November.",
         ["Chief Executive"], "2025-11", None, "blue"),
        ("SR2", "SR2.2", "Agree a staff communication plan and hold all-staff briefings each quarter during the transition.",
         "Chief Executive / HR Manager", "Quarterly", "G", "Briefings held in October and December.",
         ["Chief Executive", "HR Manager"], None, "Quarterly", "green"),
        ("SR3", "SR3.1", "Complete the remediation plan from the annual IT health check and renew PSN compliance.",
         "ICT Manager", D(2026, 6, 30), "A", "14 of 22 findings closed; two high findings depend on the firewall replacement.",
         ["ICT Manager"], "2026-06", None, "amber"),
        ("SR3", "SR3.2", "Run a cyber incident exercise with Management Team and test service business continuity plans.",
         "ICT Manager and Emergency Planning Officer", "Jan 2026", "G", "Exercise booked with the Lancashire Resilience Forum for 21 January.",
         ["ICT Manager", "Emergency Planning Officer"], "2026-01", None, "green"),
        ("SR4", "SR4.1", "Buy 12 units of temporary accommodation through the Local Authority Housing Fund.",
         "Head of Housing and Environmental Health", D(2026, 9, 30), "R", "5 of 12 units bought; prices rising – revised plan to the Executive in February.",
         ["Head of Housing and Environmental Health"], "2026-09", None, "red"),
        ("SR4", "SR4.2", "Review the Homelessness and Rough Sleeping Strategy action plan with partners at the Pendle Housing Forum.",
         "Housing Needs Manager", "Ongoing", "G", "Forum met 4 November.",
         ["Housing Needs Manager"], None, "Ongoing", "green"),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Reviewed by Management Team 13 January 2026 – Accounts and Audit Committee 29 January 2026"
    hdr = ["Ref", "Risk", "Risk owner", "Inherent score", "Residual score Q2", "Residual score Q3", "Target score", "Direction of travel"]
    for j, h in enumerate(hdr):
        sm.cell(row=4, column=1 + j, value=h)
    style_header(sm, 4, len(hdr))
    for i, rk in enumerate(risks):
        vals = [rk[0], rk[1].split(": ", 1)[0].split(" – ", 1)[1], rk[2], rk[3], rk[4], rk[5], rk[6], rk[7]]
        for j, v in enumerate(vals):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
    sm["A10"] = "Scoring: Likelihood (1–4) x Impact (1–4). 12–16 High; 6–9 Medium; 1–4 Low."
    sm["A11"] = "Action RAG: G – on track; A – some slippage, expected to recover; R – off track, escalated to Management Team; C – complete."
    sm["A12"] = "Risks removed this quarter: none. New risks this quarter: none."
    sm.column_dimensions["B"].width = 36
    sm.column_dimensions["C"].width = 34

    ws = wb.create_sheet("Register Q3")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Reporting period: 1 October – 31 December 2025"
    ws.merge_cells("A2:F2")
    hdr = ["Ref", "Further action to reduce the risk", "Action owner", "Target date", "RAG", "Q3 progress update"]
    for j, h in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    for rk in risks:
        ws.cell(row=r, column=1, value=rk[1]).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("pale")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        ws.cell(row=r, column=1, value=f"Risk owner: {rk[2]} | Residual score: {rk[5]} | Direction of travel: {rk[7].lower()}").font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for a in [a for a in acts if a[0] == rk[0]]:
            vals = [a[1], a[2], a[3], a[4], a[5], a[6]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: G – on track; A – some slippage, expected to recover; R – off track, escalated to Management Team; C – complete.")
    for col, w in zip("ABCDEF", [8, 60, 32, 12, 6, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    under = {rk[0]: rk[1] for rk in risks}
    ex = [exp_action({"ref": a[1], "under": [under[a[0]]], "action": a[2], "lead_x": a[7], "end_x": a[8],
                      "end_text_x": a[9], "status_x": a[10]}) for a in acts]
    write_yaml(name, {
        "source": "Imitates a Lancashire district council's quarterly strategic risk register as taken to its audit committee (e.g. the Strategic/Operational risk register monitoring reports of Hyndburn and Pendle; East Sussex 'Strategic Risk Monitoring – Quarter 3' layout). Copied features: summary sheet with scores (L x I), direction of travel and a letter RAG key (G/A/R/C), register sheet with a shaded band row per risk, a risk-owner/score line under it, then the further mitigating actions with refs, owners, target dates (real dates, 'Feb 2026', 'Quarterly', 'Ongoing'), RAG letter and Q3 update.",
        "reads": "Four strategic risks, each a heading over its further actions (nine in all, SR1.1–SR4.2). Each action has an owner, target date and a G/A/R/C letter, where the key says C = complete. The summary sheet and the owner/score lines are risk information, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": ex,
    })


# ---------------------------------------------------------------------------
# 3. Surrey Police - HMICFRS vetting, misconduct and misogyny tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def surrey():
    name = "gq2-surrey-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Surrey Police – HMICFRS Vetting, Misconduct and Misogyny Inspection: Force Recommendations Tracker"
    recs = [
        ("2", "Chief constables should make sure that vetting units have enough resources, including for the vetting of transferees and re-joiners, to complete checks within agreed timescales.", [
            ("2.1", "Complete a demand and capacity review of the Force Vetting Unit, including transferee and re-joiner vetting.", "Head of Vetting", "June 2023", "", "Complete", "Review completed; findings approved by Chief Officer Group in July 2023."),
            ("2.2", "Recruit four additional vetting officers funded through the 2024/25 budget.", "Head of Vetting / Head of People Services", "March 2024", "September 2024", "Complete", "All four posts filled by August 2024."),
        ]),
        ("7", "Chief constables should make sure that, where vetting clearance is granted despite adverse information, the rationale is fully recorded and the risk is managed.", [
            ("7.1", "Introduce a decision-making template requiring a written rationale and risk mitigation for every clearance granted with adverse information.", "Head of Vetting", "December 2023", "", "Complete", "Template in use since November 2023; dip-sample shows full compliance."),
            ("7.2", "Carry out quarterly dip-sampling of vetting decisions by the Professional Standards Department and report findings to the Organisational Learning Board.", "Head of PSD", "March 2024", "", "Green", "Q2 2025/26 dip-sample completed; no concerns identified."),
        ]),
        ("15", "Chief constables should make sure that their forces can monitor all IT systems to identify misuse, including the sending of inappropriate messages.", [
            ("15.1", "Procure and implement proactive IT monitoring software across all force devices.", "Head of Counter Corruption Unit", "October 2024", "June 2025", "Red", "Joint procurement with Sussex Police delayed; contract award now expected November 2025."),
            ("15.2", "Publish guidance for officers and staff on the acceptable use of force and personal messaging applications.", "Head of PSD", "April 2024", "", "Complete", "Published on the intranet in April 2024."),
        ]),
        ("23", "Chief constables should make sure that all allegations of sexual misconduct against officers and staff are assessed by the counter-corruption unit, and that victims are supported.", [
            ("23.1", "Route all allegations of sexual misconduct by officers and staff to the Counter Corruption Unit for assessment.", "Det Supt, Professional Standards", "July 2023", "", "Complete", "In place since June 2023."),
            ("23.2", "Deliver active bystander training to all sergeants, inspectors and police staff supervisors.", "Head of Learning and Development", "March 2025", "Febuary 2026", "Amber", "71% of supervisors trained; remaining sessions scheduled to February."),
        ]),
    ]
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    lines = [title,
             "HMICFRS report: An inspection of vetting, misconduct, and misogyny in the police service (November 2022)",
             "Position at 30 September 2025",
             "Chief officer lead: Deputy Chief Constable",
             "Governance: Organisational Learning Board (monthly); Joint Audit Committee (quarterly)",
             "",
             "Only the recommendations addressed to chief constables that required force action are tracked here; recommendations closed before April 2025 are held on the archive sheet.",
             "",
             "Status key: Complete – action delivered and evidenced; Green – on track; Amber – at risk of missing the due date; Red – overdue or off track."]
    for i, t in enumerate(lines):
        fs.cell(row=1 + i, column=1, value=t)
    fs["A1"].font = Font(bold=True, size=13)
    fs.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 30 September 2025 – reported to the Organisational Learning Board, October 2025"
    ws.merge_cells("A2:I2")
    hdr = ["Rec no.", "HMICFRS recommendation", "Action no.", "Force action", "Action owner",
           "Original due date", "Revised due date", "Status", "Latest update"]
    for j, h in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    refuse_row = None
    n = 0
    for rec_no, rec_text, actions in recs:
        first = r
        for a in actions:
            ws.cell(row=r, column=3, value=a[0])
            ws.cell(row=r, column=4, value=a[1])
            ws.cell(row=r, column=5, value=a[2])
            ws.cell(row=r, column=6, value=a[3])
            ws.cell(row=r, column=7, value=a[4] or None)
            ws.cell(row=r, column=8, value=a[5])
            ws.cell(row=r, column=9, value=a[6])
            for c in range(1, 10):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[a[5]]
            ws.cell(row=r, column=8).fill = fill(st)
            if "Febuary" in a[4]:
                refuse_row = r
            n += 1
            r += 1
        ws.cell(row=first, column=1, value=rec_no)
        ws.cell(row=first, column=2, value=rec_text)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary: 8 actions – Complete 5, Green 1, Amber 1, Red 1.")
    for col, w in zip("ABCDEFGHI", [8, 50, 9, 50, 28, 15, 15, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert refuse_row is not None and n == 8

    write_yaml(name, {
        "source": "Imitates a police force's tracker of its response to the HMICFRS report 'An inspection of vetting, misconduct, and misogyny in the police service' (November 2022, 43 recommendations, deadlines set per recommendation; forces' self-assessments reviewed by HMICFRS in May 2023), as reported by forces and PCCs to boards and joint audit committees. Copied features: front sheet with chief officer lead, governance and status key; tracker sheet with recommendation number and text merged down over the force actions, action owners as posts/ranks, original and revised due dates written as month and year, status words with shading, latest update and a summary line.",
        "reads": "Four HMICFRS recommendations with eight force actions (2.1–23.2). The revised due date of action 23.2 reads 'Febuary 2026', a mistyped month; a careful reader would stop and ask what date was meant before taking the tracker in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Pembrokeshire County Council - Estyn LGES post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def pembrokeshire():
    name = "gq2-pembrokeshire-county-council-estyn-lges-post-inspection-action-plan.docx"
    title = "Pembrokeshire County Council – Post-Inspection Action Plan"
    recs = [
        ("Recommendation 1: Improve the rigour of self-evaluation so that it identifies clearly the impact of education services on outcomes for learners", [
            ("1.1", "Establish a termly self-evaluation cycle for all education service teams, using a common framework aligned with Estyn's inspection areas.", "Head of Performance and Improvement", "Autumn term 2024",
             "All teams complete a termly evaluation using the common framework.", "Blue", ["Head of Performance and Improvement"], "2024-12", None, "blue"),
            ("1.2", "Train all senior and middle leaders in education services to evaluate the impact of their work, with support from Partneriaeth.", "Head of Performance and Improvement; Partneriaeth Lead Officer", "Spring term 2025",
             "All leaders trained; evaluations refer to impact on learners rather than activity.", "Green", ["Head of Performance and Improvement", "Partneriaeth Lead Officer"], "2025-04", None, "green"),
            ("1.3", "Report a summary of self-evaluation findings to the Schools and Learning Overview and Scrutiny Committee twice a year.", "Director of Education", "Twice yearly",
             "Reports received in November and May; members' challenge recorded in minutes.", "Green", ["Director of Education"], None, "Twice yearly", "green"),
        ]),
        ("Recommendation 2: Strengthen the strategic approach to improving attendance, particularly in secondary schools", [
            ("2.1", "Publish an authority-wide attendance strategy with attendance targets for each secondary school.", "Head of Inclusion", "December 2024",
             "Strategy approved by Cabinet; targets agreed with every secondary headteacher.", "Blue", ["Head of Inclusion"], "2024-12", None, "blue"),
            ("2.2", "Increase the capacity of the Education Welfare Service so that every secondary school has a named Education Welfare Officer.", "Education Welfare Manager", "September 2024 – July 2025",
             "Named EWO in all eight secondary schools; persistent absence falls year on year.", "Amber", ["Education Welfare Manager"], "2025-07", None, "amber"),
        ]),
        ("Recommendation 3: Improve the planning for, and provision of, Welsh-medium education in line with the Welsh in Education Strategic Plan", [
            ("3.1", "Complete the statutory consultation on extending Welsh-medium primary provision in the Haverfordwest area.", "Head of School Organisation", "Summer term 2025",
             "Consultation report and recommendation considered by Cabinet.", "Amber", ["Head of School Organisation"], "2025-07", None, "amber"),
            ("3.2", "Expand the Welsh-language immersion provision so that late learners in north and south Pembrokeshire can attend a centre.", "WESP Coordinator", "31/08/2026",
             "Two immersion centres operating; number of late learners transferring to Welsh-medium schools increases.", "Green", ["WESP Coordinator"], "2026-08", None, "green"),
        ]),
        ("Recommendation 4: Ensure that arrangements for monitoring and evaluating provision for pupils with additional learning needs are robust", [
            ("4.1", "Introduce a quality assurance framework for the individual development plans maintained by the local authority.", "Head of Inclusion / ALN Quality Assurance Officer", "Summer term 2025",
             "Framework in place; at least 10% of LA-maintained IDPs sampled each term.", "Red", ["Head of Inclusion", "ALN Quality Assurance Officer"], "2025-07", None, "red"),
            ("4.2", "Review the use of specialist learning resource centre places and publish revised admission criteria.", "Head of Inclusion", "March 2026",
             "Revised criteria published; placement decisions made by a multi-agency panel.", "Green", ["Head of Inclusion"], "2026-03", None, "green"),
        ]),
    ]
    rag_fill = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Estyn inspection of local government education services, May 2024")
    doc.add_paragraph("Progress update: June 2025")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Director of Education"), ("Version", "3.0"),
                                ("Date", "16 June 2025"),
                                ("Considered by", "Schools and Learning Overview and Scrutiny Committee, 26 June 2025"),
                                ("Next review", "December 2025")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("Estyn made four recommendations. Each recommendation is set out below with the actions the local authority will take, the lead officer, the timescale, the success criteria and the current RAG rating. The RAG key is at the end of the plan.")
    hdr = ["Ref", "Action", "Lead officer(s)", "Timescale", "Success criteria", "RAG"]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True, color="FFFFFF")
            shade(t.cell(0, j), "1F3864")
        for i, a in enumerate(acts, start=1):
            for j, v in enumerate([a[0], a[1], a[2], a[3], a[4], a[5]]):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), rag_fill[a[5]])
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    set_cell(k.cell(0, 0), "RAG", bold=True)
    set_cell(k.cell(0, 1), "Meaning", bold=True)
    for i, (c, m) in enumerate([("Blue", "Action complete"), ("Green", "On track"),
                                ("Amber", "Some slippage; action being taken to recover"),
                                ("Red", "Significant concern; escalated to the Education Improvement Board")], start=1):
        set_cell(k.cell(i, 0), c)
        shade(k.cell(i, 0), rag_fill[c])
        set_cell(k.cell(i, 1), m)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Director of Education        Date: 16 June 2025")
    doc.save(os.path.join(HERE, name))

    ex = []
    for rec, acts in recs:
        for a in acts:
            ex.append(exp_action({"ref": a[0], "under": [rec], "action": a[1], "lead_x": a[6], "end_x": a[7],
                                  "end_text_x": a[8], "status_x": a[9]}))
    write_yaml(name, {
        "source": "Imitates a Welsh local authority's post-inspection action plan (PIAP) after an Estyn inspection of local government education services (the PIAPs that councils such as the Vale of Glamorgan report to scrutiny, with Estyn's recommendations R1–R4 each followed by an action table). Copied features: title and inspection line, document-control table, one heading and one table per recommendation with Ref, Action, Lead officer(s), Timescale (school terms, month, period, 'Twice yearly'), Success criteria and a shaded RAG word, RAG key table and sign-off line.",
        "reads": "Four Estyn recommendations, each a heading over its own table of actions (1.1–4.2, nine in all), with lead officers, timescales and a RAG word where Blue means complete per the key. The document-control and RAG key tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": ex,
    })


# ---------------------------------------------------------------------------
# 5. West Lothian Council - SHR annual assurance statement improvement plan (docx)
# ---------------------------------------------------------------------------
def west_lothian():
    name = "gq2-west-lothian-council-shr-annual-assurance-statement-improvement-plan.docx"
    title = "West Lothian Council – Annual Assurance Statement Improvement Plan 2025/26"
    S1, S2, S3 = "1. Tenant and resident safety", "2. Homelessness", "3. Tenant engagement and performance data"
    EL = "Electrical safety: 312 homes did not have a valid Electrical Installation Condition Report (EICR) at 31 March 2025."
    DM = "Damp and mould: reports were not always inspected within the council's target of 10 working days."
    UA = "The council breached the Unsuitable Accommodation Order throughout 2024/25."
    SV = "The tenant satisfaction survey used for the Annual Return on the Charter had a smaller sample than the regulator recommends."
    sections = [
        (S1, [
            (EL, [("1.1", "Appoint an additional electrical testing contractor to clear the backlog of overdue EICRs.", "Building Services Manager", "30 September 2025", "Complete",
                   ["Building Services Manager"], "2025-09", None, "blue"),
                  ("1.2", "Introduce a no-access procedure, with forced entry as a last resort, approved by the Housing Management Team.", "Building Services Manager / Housing Operations Manager", "31 December 2025", "Green",
                   ["Building Services Manager", "Housing Operations Manager"], "2025-12", None, "green")]),
            (DM, [("1.3", "Set up a dedicated damp and mould response team with a single point of contact for tenants.", "Housing Operations Manager", "January 2026", "Amber",
                   ["Housing Operations Manager"], "2026-01", None, "amber")]),
        ]),
        (S2, [
            (UA, [("2.1", "Convert 40 council properties to furnished temporary flats to reduce the use of hotels and bed and breakfast.", "Homelessness Services Manager", "31 March 2026", "Amber",
                   ["Homelessness Services Manager"], "2026-03", None, "amber"),
                  ("2.2", "Review every family placed in bed and breakfast each week, with a target of no placement lasting more than seven days.", "Homelessness Services Manager", "Ongoing", "Red",
                   ["Homelessness Services Manager"], None, "Ongoing", "red")]),
        ]),
        (S3, [
            (SV, [("3.1", "Commission an independent tenant satisfaction survey for 2025/26 with a minimum sample of 1,500 tenants.", "Tenant Participation Officer", "Nov-25", "Green",
                   ["Tenant Participation Officer"], "2025-11", None, "green"),
                  ("3.2", "Report the survey results and a response plan to the Tenants Panel and the Housing Services PDSP.", "Housing Strategy and Development Manager", "March 2026", "Not started",
                   ["Housing Strategy and Development Manager"], "2026-03", None, "unrated")]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Housing, Customer and Building Services")
    doc.add_paragraph("This plan sets out the actions to address the areas for improvement identified in the council's Annual Assurance Statement, submitted to the Scottish Housing Regulator in October 2025. Progress is reported to the Housing Services Policy Development and Scrutiny Panel (PDSP) every six months.")
    doc.add_paragraph("Status: Green – on track; Amber – at risk; Red – off track; Complete – action delivered; Not started – action not yet due to start.")
    nrows = 1 + sum(1 + sum(len(a[1]) for a in areas) for _, areas in sections)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    hdr = ["No.", "Area for improvement", "Action", "Responsible officer", "Target date", "Status"]
    for j, hh in enumerate(hdr):
        set_cell(t.cell(0, j), hh, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    ri = 1
    for sec, areas in sections:
        m = t.cell(ri, 0).merge(t.cell(ri, 5))
        set_cell(m, sec, bold=True)
        shade(m, "D9D9D9")
        ri += 1
        for area, acts in areas:
            first = ri
            for a in acts:
                set_cell(t.cell(ri, 0), a[0])
                set_cell(t.cell(ri, 2), a[1])
                set_cell(t.cell(ri, 3), a[2])
                set_cell(t.cell(ri, 4), a[3])
                set_cell(t.cell(ri, 5), a[4])
                ri += 1
            if ri - 1 > first:
                mc = t.cell(first, 1).merge(t.cell(ri - 1, 1))
            else:
                mc = t.cell(first, 1)
            set_cell(mc, area)
    doc.add_paragraph("")
    doc.add_paragraph("Last updated: 15 December 2025. Owner: Housing Strategy and Development Manager.")
    doc.save(os.path.join(HERE, name))

    ex = []
    for sec, areas in sections:
        for area, acts in areas:
            for a in acts:
                ex.append(exp_action({"ref": a[0], "under": [sec, area], "action": a[1], "lead_x": a[5], "end_x": a[6],
                                      "end_text_x": a[7], "status_x": a[8]}))
    write_yaml(name, {
        "source": "Imitates a Scottish council's improvement plan following its Annual Assurance Statement to the Scottish Housing Regulator (the statements and improvement plans councils such as Falkirk, Dundee and East Lothian publish under the SHR Regulatory Framework), taken to a housing Policy Development and Scrutiny Panel. Copied features: bold title and service line, purpose paragraph, status key line, one table with grey section band rows merged across, the area for improvement merged down over its actions, responsible officer, target date (full dates, month, 'Nov-25', 'Ongoing'), status word, and a last-updated line.",
        "reads": "One table in three sections (tenant safety, homelessness, tenant engagement) with seven numbered actions, each under an area for improvement shown in a merged cell. Status is the word in the last column (Complete = blue, Not started = unrated).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": ex,
    })


# ---------------------------------------------------------------------------
# 6. Hyndburn BC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def hyndburn():
    name = "gq2-hyndburn-bc-internal-audit-recommendations-tracker.csv"
    title = "Hyndburn Borough Council – Internal Audit Recommendations Tracker"
    CT = "Council Tax and Business Rates 2024/25"
    PR = "Procurement and Contract Management 2024/25"
    CY = "Cyber Security 2025/26"
    DF = "Disabled Facilities Grants 2025/26"
    # audit, assurance, ref, priority, recommendation, action, officer, orig, revised, rag, update, lead_x, end_x, end_text_x, status_x
    rows = [
        (CT, "Moderate", "CT/01", "High", "Reconciliations between the council tax system and the valuation list should be completed monthly and independently reviewed.",
         "Reinstate monthly reconciliations, signed off by the Revenues Manager, with evidence kept on the shared drive.", "Revenues and Benefits Manager", "31/03/2025", "", "Complete",
         "Verified by Internal Audit June 2025.", ["Revenues and Benefits Manager"], "2025-03", None, "blue"),
        (CT, "Moderate", "CT/02", "Medium", "Single person discounts should be reviewed annually.",
         "Procure a data-matching review of single person discounts for 2025/26.", "Revenues and Benefits Manager", "30/06/2025", "31/12/2025", "Amber",
         "Supplier appointed; review results due January.", ["Revenues and Benefits Manager"], "2025-12", None, "amber"),
        (PR, "Limited", "PR/01", "High", "The contracts register should be complete and published in line with the Local Government Transparency Code.",
         "Update the contracts register from purchase ledger data and publish it quarterly on the council website.", "Whittaker, Paul", "30/04/2025", "31/10/2025", "Red",
         "Register updated but not yet published – revised date missed.", ["Whittaker, Paul"], "2025-10", None, "red"),
        (PR, "Limited", "PR/02", "High", "Waivers of Contract Procedure Rules should be recorded and reported to Audit Committee.",
         "Introduce a waiver log and a six-monthly waiver report to Audit Committee.", "Head of Legal and Democratic Services", "30/09/2025", "", "Complete",
         "First report to Audit Committee 8 December 2025.", ["Head of Legal and Democratic Services"], "2025-09", None, "blue"),
        (PR, "Limited", "PR/03", "Medium", "Officers who manage contracts should be trained in contract management.",
         "Deliver contract management training to all officers named on the contracts register.", "Procurement Officer / Head of Legal and Democratic Services", "31/03/2026", "", "Green",
         "Two of three sessions delivered.", ["Procurement Officer", "Head of Legal and Democratic Services"], "2026-03", None, "green"),
        (CY, "Limited", "CY/01", "High", "Multi-factor authentication should be enforced for all remote access accounts.",
         "Enforce MFA for all users through Conditional Access policies in Microsoft 365.", "ICT Manager", "31/08/2025", "", "Complete",
         "Enforced for all accounts from 18 August 2025.", ["ICT Manager"], "2025-08", None, "blue"),
        (CY, "Limited", "CY/02", "Medium", "Accounts of leavers should be disabled promptly.",
         "Automate account disablement from the HR leavers process and run a monthly check of dormant accounts.", "ICT Manager; HR Manager", "Dec-25", "Feb-26", "Amber",
         "Workflow built; testing with HR.", ["ICT Manager", "HR Manager"], "2026-02", None, "amber"),
        (DF, "Reasonable", "DF/01", "Low", "A completion certificate should be held on file for every grant.",
         "Add a mandatory completion certificate step to the case management system before final payment.", "Private Sector Housing Manager", "Q4 2025/26", "", "Green",
         "System change requested.", ["Private Sector Housing Manager"], "2026-03", None, "green"),
        (DF, "Reasonable", "DF/02", "Medium", "The agency fee charged on grant-funded works should be reviewed against the cost of the service.",
         "Review the agency fee against actual costs and report the findings to Cabinet.", "Private Sector Housing Manager", "TBC", "", "",
         "Not started – awaiting Finance input.", ["Private Sector Housing Manager"], None, "TBC", "unrated"),
    ]
    hdr = ["Audit", "Assurance opinion", "Rec ref", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original due date", "Revised due date", "RAG status", "Latest update"]
    pad = [""] * (len(hdr) - 1)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + pad)
        w.writerow(["Outstanding and recently closed recommendations – Audit Committee 16 February 2026"] + pad)
        w.writerow([""] * len(hdr))
        w.writerow(hdr)
        for x in rows:
            w.writerow(list(x[:11]))
        w.writerow([""] * len(hdr))
        rag = [x[9] for x in rows]
        w.writerow(["Total recommendations reported", str(len(rows))] + [""] * (len(hdr) - 2))
        for k in ("Complete", "Green", "Amber", "Red"):
            w.writerow([k, str(rag.count(k))] + [""] * (len(hdr) - 2))
        w.writerow(["Not started", str(rag.count(""))] + [""] * (len(hdr) - 2))
    ex = [exp_action({"ref": x[2], "under": [x[0], x[4]], "action": x[5], "lead_x": x[11], "end_x": x[12],
                      "end_text_x": x[13], "status_x": x[14]}) for x in rows]
    write_yaml(name, {
        "source": "Imitates the internal audit follow-up appendix that an in-house audit service (Hyndburn's Head of Audit and Investigations reports to its Audit Committee) exports from its tracking spreadsheet as CSV. Copied features: title and committee lines padded to the full width, one row per agreed management action repeating the audit name and assurance opinion, rec ref and priority, the auditor's recommendation beside the agreed action, officer as post, 'Surname, Forename' or two posts, original and revised due dates (dd/mm/yyyy, 'Dec-25', 'Q4 2025/26', 'TBC'), RAG word and a totals block.",
        "reads": "Nine agreed management actions from four audits, each row giving the audit (read as the heading), the recommendation it answers, the responsible officer, due dates and RAG. Revised due dates replace the original ones; the totals lines at the foot are a summary, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": ex,
    })


# ---------------------------------------------------------------------------
# 7. Eastleigh BC - external auditor VFM recommendations action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def eastleigh():
    name = "gq2-eastleigh-bc-external-auditor-vfm-recommendations-action-plan.txt"
    title = "Eastleigh Borough Council – External Auditor's Value for Money Recommendations: Action Plan"
    FS, GV, EE = "Financial sustainability", "Governance", "Improving economy, efficiency and effectiveness"
    KR1 = "Key recommendation 1: The Council should set out a clear, time-bound plan to reduce its borrowing and its reliance on income from commercial investments, and report progress against the plan to members."
    KR2 = "Key recommendation 2: The Council should strengthen its oversight of its companies and joint ventures, making sure shareholder decisions are properly recorded and scrutinised."
    IR1 = "Improvement recommendation 1: The Council should update its Risk Management Strategy and make sure the Audit and Governance Committee reviews the corporate risk register at least twice a year."
    IR2 = "Improvement recommendation 2: The Council should develop performance measures for its major contracts, including waste collection and grounds maintenance, and report them to members."
    blocks = [
        (FS, [(KR1, [
            ("KR1.1", "Approve a Debt Reduction Strategy with annual targets for 2025/26 to 2029/30.", "Chief Financial Officer (S151)", "February 2026", "Amber",
             "Draft strategy to Cabinet in January; targets still being modelled.", ["Chief Financial Officer (S151)"], "2026-02", None, "amber"),
            ("KR1.2", "Report quarterly to Cabinet on the capital financing requirement, interest costs and commercial income against the Strategy.", "Chief Financial Officer (S151)", "Quarterly", "Green",
             "First report included in Q2 financial monitoring.", ["Chief Financial Officer (S151)"], None, "Quarterly", "green"),
            ("KR1.3", "Complete the review of the investment property portfolio and identify assets for disposal.", "Strategic Director – Place", "30 June 2026", "Green",
             "External valuer appointed; review under way.", ["Strategic Director – Place"], "2026-06", None, "green"),
        ])]),
        (GV, [(KR2, [
            ("KR2.1", "Establish a Shareholder Committee with published terms of reference.", "Monitoring Officer", "Nov-25", "Complete",
             "Committee met for the first time on 12 November 2025.", ["Monitoring Officer"], "2025-11", None, "blue"),
            ("KR2.2", "Adopt a company governance framework covering business plans, board appointments and reporting to members.", "Monitoring Officer & Chief Financial Officer (S151)", "March 2026", "Amber",
             "Framework drafted; awaiting legal advice on the joint venture agreements.", ["Monitoring Officer", "Chief Financial Officer (S151)"], "2026-03", None, "amber"),
        ]), (IR1, [
            ("IR1.1", "Refresh the Risk Management Strategy and present it to the Audit and Governance Committee.", "Corporate Risk Manager", "January 2026", "Green",
             "On the committee work programme for 29 January 2026.", ["Corporate Risk Manager"], "2026-01", None, "green"),
        ])]),
        (EE, [(IR2, [
            ("IR2.1", "Agree key performance indicators with each major contractor and include them in the quarterly performance report.", "Head of Environmental Services", "Q1 2026/27", "Not started",
             "To start once the new waste contract specification is agreed.", ["Head of Environmental Services"], "2026-06", None, "unrated"),
            ("IR2.2", "Hold an annual contract review session for the Scrutiny Panel.", "Head of Environmental Services / Democratic Services Manager", "Annually", "Green",
             "First session scheduled for March 2026.", ["Head of Environmental Services", "Democratic Services Manager"], None, "Annually", "green"),
        ])]),
    ]
    lines = [title,
             "Auditor's Annual Report 2023/24 – progress at 20 November 2025",
             "Audit and Governance Committee, 4 December 2025",
             "",
             "\t".join(["Ref", "Action", "Responsible officer", "Target date", "RAG", "Progress update"])]
    ex = []
    for crit, recs in blocks:
        lines.append(crit)
        for rec, acts in recs:
            lines.append(rec)
            for a in acts:
                lines.append("\t".join(a[:6]))
                ex.append(exp_action({"ref": a[0], "under": [crit, rec], "action": a[1], "lead_x": a[6], "end_x": a[7],
                                      "end_text_x": a[8], "status_x": a[9]}))
    lines += ["",
              "RAG key: Green – on track; Amber – at risk of slipping; Red – off track; Complete – action delivered; Not started – action not yet due to start.",
              "Summary: 8 actions – Complete 1, Green 4, Amber 2, Red 0, Not started 1."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": "Imitates the management action plan a district council takes to its Audit and Governance Committee in response to the value for money key and improvement recommendations in its external auditor's Auditor's Annual Report (cf. Guildford's 'Value for Money Response to Auditor's Report' and Rotherham's AAR item, both on their committee sites). Copied features: title, report and committee lines, tab-separated table with the three VFM criteria (financial sustainability; governance; improving economy, efficiency and effectiveness) as group lines, each key/improvement recommendation as a full line above its numbered actions, posts as officers, target dates as months, 'Nov-25', 'Q1 2026/27', 'Quarterly', 'Annually', RAG words, key and summary lines.",
        "reads": "A tab-separated export: eight actions (KR1.1–IR2.2) grouped under the three value for money criteria and under the auditor's key or improvement recommendation each answers. Status is the RAG word (Complete = blue, Not started = unrated); the key and summary lines at the end are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": ex,
    })


if __name__ == "__main__":
    wirral()
    pendle()
    surrey()
    pembrokeshire()
    west_lothian()
    hyndburn()
    eastleigh()
    print("done")
