#!/usr/bin/env python3
"""Build the seven ip2- test files of set heldout284.

Partnership, NHS and corporate plans:
  ip2-liverpool-sab-sar-brian-action-plan.xlsx
  ip2-safer-buckinghamshire-partnership-dhr-grace-action-plan.docx
  ip2-leicester-csp-community-safety-plan-delivery-plan-2025-26.csv
  ip2-maidstone-tunbridge-wells-nhs-trust-board-action-log.txt
  ip2-north-bristol-nhs-trust-maternity-neonatal-improvement-plan-typo-month-refuse.xlsx
  ip2-swale-bc-corporate-risk-register-q3-2025-26.xlsx
  ip2-gravesham-bc-transformation-programme-highlight-report.docx

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
The data tables below are also imported to write the .expected.yaml files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "00B0F0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Liverpool SAB - SAR 'Brian' multi-agency action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
SAR_FILE = "ip2-liverpool-sab-sar-brian-action-plan.xlsx"
SAR_TITLE = "SAR ‘Brian’ – Multi-Agency Action Plan"
SAR = [
    # theme, rec no, rec text, [actions]
    ("Theme 1: Self-neglect and fire risk", "1",
     "LSAB should seek assurance that partner agencies recognise and respond to self-neglect where there is a risk of fire, using the Merseyside Fire and Rescue Service Home Fire Safety referral pathway.",
     [dict(ref="1.1",
           action="Refresh the LSAB Self-Neglect and Hoarding Guidance to include a section on fire risk, smoking and the use of emollient creams, with a link to the MFRS referral route.",
           lead_cell="LSAB Policy and Procedures Sub-group Chair", lead=["LSAB Policy and Procedures Sub-group Chair"],
           due=D(2026, 3, 31), due_fmt="dd/mm/yyyy", end="2026-03",
           progress="Draft circulated to sub-group members 19/01/2026; comments due by 20/02/2026.",
           evidence="Draft guidance v0.3", status="green"),
      dict(ref="1.2",
           action="Deliver a joint briefing on fire risk and self-neglect to adult social care, housing and district nursing teams.",
           lead_cell="MFRS Prevention Manager / Head of Safeguarding Adults, LCC",
           lead=["MFRS Prevention Manager", "Head of Safeguarding Adults, LCC"],
           due=D(2026, 1, 1), due_fmt="mmm-yy", end="2026-01",
           progress="Three sessions delivered (Nov 2025 – Jan 2026); 142 practitioners attended.",
           evidence="Attendance lists; evaluation summary", status="blue")]),
    ("Theme 1: Self-neglect and fire risk", "2",
     "Agencies should ensure that when a person repeatedly declines care and support, consideration is given to whether a multi-agency risk management meeting is required.",
     [dict(ref="2.1",
           action="Launch the Liverpool Multi-Agency Risk Management (MARM) protocol and guidance for practitioners.",
           lead_cell="Principal Social Worker, Adult Social Care", lead=["Principal Social Worker, Adult Social Care"],
           due="September 2025", end="2025-09",
           progress="Protocol launched 15/09/2025 at LSAB learning event.",
           evidence="MARM protocol on LSAB website", status="blue"),
      dict(ref="2.2",
           action="Audit a sample of 20 cases where care was declined to test whether MARM was considered and recorded.",
           lead_cell="LSAB Performance, Quality Assurance and Audit Sub-group",
           lead=["LSAB Performance, Quality Assurance and Audit Sub-group"],
           due="Q1 2026/27", end="2026-06", end_text="Q1 2026/27",
           progress="Audit tool agreed. Start delayed owing to capacity in the QA team; revised start April 2026.",
           evidence="", status="amber")]),
    ("Theme 2: Mental capacity and executive functioning", "3",
     "Partner agencies should assure the Board that practitioners understand how to assess mental capacity where there are concerns about executive functioning, and that assessments are time- and decision-specific.",
     [dict(ref="3.1",
           action="Include executive functioning in the multi-agency Mental Capacity Act training offer and the LSAB MCA practice guidance.",
           lead_cell="LSAB Workforce Development Sub-group Chair", lead=["LSAB Workforce Development Sub-group Chair"],
           due=D(2026, 4, 30), due_fmt="dd/mm/yyyy", end="2026-04",
           progress="Training module commissioned; first cohort booked for March 2026.",
           evidence="", status="green"),
      dict(ref="3.2",
           action="Each agency to complete a single-agency MCA audit and report findings to the SAR Sub-group.",
           lead_cell="Named safeguarding leads (all partner agencies)",
           lead=["Named safeguarding leads (all partner agencies)"],
           due="June 2026", end="2026-06",
           progress="Returns received from 4 of 9 agencies. Escalated to LSAB Independent Chair.",
           evidence="4 audit returns", status="red")]),
    ("Theme 3: Information sharing and escalation", "4",
     "The ICB and Liverpool City Council should ensure that GP practices are notified when an adult with care and support needs is discharged from hospital with a package of care that subsequently breaks down.",
     [dict(ref="4.1",
           action="Develop a notification process between the Home Care Brokerage Team and GP practices when a package of care ends or is refused.",
           lead_cell="Designated Nurse Safeguarding Adults, NHS Cheshire and Merseyside (Liverpool Place); Head of Commissioning, Adult Social Care",
           lead=["Designated Nurse Safeguarding Adults, NHS Cheshire and Merseyside (Liverpool Place)",
                 "Head of Commissioning, Adult Social Care"],
           due=D(2026, 3, 1), due_fmt="mmm-yy", end="2026-03",
           progress="Process mapped with two Primary Care Networks; information governance advice awaited.",
           evidence="", status="amber")]),
    ("Theme 3: Information sharing and escalation", "5",
     "LSAB should test the effectiveness of its escalation policy and promote its use across the partnership.",
     [dict(ref="5.1",
           action="Re-launch the LSAB Escalation and Resolution Policy during Safeguarding Adults Week and survey practitioner awareness six months later.",
           lead_cell="LSAB Business Manager", lead=["LSAB Business Manager"],
           due="May 2026", end="2026-05",
           progress="Policy re-launched 18/11/2025. Survey scheduled for May 2026.",
           evidence="Briefing note; social media campaign", status="green")]),
]


def make_sar():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Liverpool Safeguarding Adults Board"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Safeguarding Adults Review: ‘Brian’"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Multi-Agency Action Plan"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "1.4"), ("Date", "10 February 2026"), ("Owner", "LSAB Business Manager"),
            ("Approved by", "LSAB SAR Sub-group, 22 January 2026"), ("Next review", "May 2026")]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BORDER
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [(BLUE, "Blue", "Action complete and evidence of impact received"),
           (GREEN, "Green", "On track to meet target date"),
           (AMBER, "Amber", "At risk of slippage – mitigation in place"),
           (RED, "Red", "Off track / target date missed")]
    for i, (col, name, txt) in enumerate(key, start=13):
        cov.cell(i, 1, name).fill = fill(col)
        cov.cell(i, 2, txt)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = SAR_TITLE + " (update for LSAB SAR Sub-group, February 2026)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Brian was a 67-year-old man who died following a fire at his flat in March 2024. "
                "The review was published in October 2025. RAG colours are explained on the Cover sheet.")
    ws["A2"].alignment = WRAP
    heads = ["Rec No.", "Recommendation", "Action No.", "Action", "Lead agency / officer",
             "Target date", "Progress update", "Evidence", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 5
    last_theme = None
    for theme, recno, rec, acts in SAR:
        if theme != last_theme:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(r, 1, theme).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            r += 1
            last_theme = theme
        top = r
        for a in acts:
            ws.cell(r, 3, a["ref"])
            ws.cell(r, 4, a["action"])
            ws.cell(r, 5, a["lead_cell"])
            c = ws.cell(r, 6, a["due"])
            if "due_fmt" in a:
                c.number_format = a["due_fmt"]
            ws.cell(r, 7, a["progress"])
            ws.cell(r, 8, a["evidence"] or None)
            ws.cell(r, 9).fill = fill(FILL[a["status"]])
            for cc in range(1, ncol + 1):
                ws.cell(r, cc).alignment = WRAP
                ws.cell(r, cc).border = BORDER
            r += 1
        ws.cell(top, 1, recno)
        ws.cell(top, 2, rec)
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", (8, 45, 9, 50, 30, 12, 45, 25, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status"
    sm["A1"].font = Font(bold=True)
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for _, _, _, acts in SAR:
        for a in acts:
            counts[a["status"]] += 1
    sm["A3"], sm["B3"] = "RAG", "Number of actions"
    for i, k in enumerate(("blue", "green", "amber", "red"), start=4):
        sm.cell(i, 1, k.capitalize()).fill = fill(FILL[k])
        sm.cell(i, 2, counts[k])
    sm["A8"], sm["B8"] = "Total", sum(counts.values())
    sm["A8"].font = Font(bold=True)
    wb.save(os.path.join(HERE, SAR_FILE))


# ---------------------------------------------------------------------------
# 2. Safer Buckinghamshire Partnership - DHR 'Grace' action plan (docx, table per agency)
# ---------------------------------------------------------------------------
DHR_FILE = "ip2-safer-buckinghamshire-partnership-dhr-grace-action-plan.docx"
DHR_TITLE = "Domestic Homicide Review ‘Grace’ – Action Plan"
DHR = [
    ("1. Safer Buckinghamshire Partnership (multi-agency)", [
        dict(ref="1",
             rec="The Safer Buckinghamshire Partnership should assure itself that all partner agencies have policies that address economic abuse and that staff can recognise it.",
             acts=[dict(action="Commission multi-agency economic abuse training from Surviving Economic Abuse and add it to the DA training pathway.",
                        lead_cell="Domestic Abuse Strategy Manager, Buckinghamshire Council",
                        lead=["Domestic Abuse Strategy Manager, Buckinghamshire Council"],
                        progress="Training commissioned September 2025; four sessions held, 96 staff trained.",
                        due="December 2025", end="2025-12", rag="B", status="blue")]),
        dict(ref=("2a", "2b"),
             rec="Agencies should ensure that older victims of domestic abuse are recognised and offered specialist support.",
             acts=[dict(action="Review the Buckinghamshire domestic abuse needs assessment to include data on victims aged 60 and over.",
                        lead_cell="Community Safety Analyst", lead=["Community Safety Analyst"],
                        progress="Data request made to Thames Valley Police and Buckinghamshire Healthcare NHS Trust.",
                        due="31 March 2026", end="2026-03", rag="G", status="green"),
                   dict(action="Work with Age UK Buckinghamshire to produce a leaflet and briefing on domestic abuse in later life for GP surgeries and pharmacies.",
                        lead_cell="Age UK Buckinghamshire / Domestic Abuse Strategy Manager",
                        lead=["Age UK Buckinghamshire", "Domestic Abuse Strategy Manager"],
                        progress="Draft leaflet tested with older people’s forum in January 2026.",
                        due="June 2026", end="2026-06", rag="G", status="green")]),
    ]),
    ("2. Thames Valley Police", [
        dict(ref="3",
             rec="Thames Valley Police should ensure that a DASH risk assessment is completed with the victim at every domestic abuse incident, including where the victim and suspect are related but not partners.",
             acts=[dict(action="Issue a force-wide practice note on familial domestic abuse and the completion of DASH; dip-sample 50 familial incidents.",
                        lead_cell="Detective Superintendent, Protecting Vulnerable People",
                        lead=["Detective Superintendent, Protecting Vulnerable People"],
                        progress="Practice note issued 4 August 2025. Dip sample found DASH completed in 46 of 50 incidents.",
                        due="September 2025", end="2025-09", rag="B", status="blue")]),
        dict(ref="4",
             rec="Thames Valley Police should review how repeat calls from the same address are identified by the control room.",
             acts=[dict(action="Introduce a repeat-address flag in the command and control system for domestic incidents.",
                        lead_cell="Head of Contact Management", lead=["Head of Contact Management"],
                        progress="System change approved by Force Change Board; delivery depends on the national supplier upgrade.",
                        due="31/07/2026", end="2026-07", rag="A", status="amber")]),
    ]),
    ("3. Buckinghamshire Healthcare NHS Trust", [
        dict(ref="5",
             rec="The Trust should ensure that routine enquiry about domestic abuse is made when an older patient presents with unexplained injuries.",
             acts=[dict(action="Add a routine enquiry prompt to the Emergency Department and frailty unit assessment templates in the electronic patient record.",
                        lead_cell="Named Nurse for Safeguarding Adults", lead=["Named Nurse for Safeguarding Adults"],
                        progress="EPR change request submitted October 2025; not yet scheduled. Escalated to Chief Nurse.",
                        due="Q4 2025/26", end="2026-03", end_text="Q4 2025/26", rag="R", status="red")]),
    ]),
    ("4. Buckinghamshire Council – Adult Social Care", [
        dict(ref="6",
             rec="Adult Social Care should ensure that carers’ assessments explore the risk of abuse where the carer is also a family member with substance misuse needs.",
             acts=[dict(action="Update the carers’ assessment form and guidance to include questions on substance misuse and coercive control.",
                        lead_cell="Head of Quality and Practice, Adult Social Care",
                        lead=["Head of Quality and Practice, Adult Social Care"],
                        progress="Revised form agreed by practice governance group; system build in progress.",
                        due="March 2026", end="2026-03", rag="G", status="green")]),
        dict(ref="7",
             rec="Adult Social Care should embed the learning from this review in supervision and practice forums.",
             acts=[dict(action="Include the learning brief from DHR ‘Grace’ in team practice forums and reflective supervision.",
                        lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                        progress="Learning brief presented at three locality forums.",
                        due="Ongoing", end=None, end_text="Ongoing", rag="G", status="green")]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row, fill_hex=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if fill_hex:
            shade(c, fill_hex)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def make_dhr():
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph("Safer Buckinghamshire Partnership", style="Title")
    doc.add_heading(DHR_TITLE, level=1)
    doc.add_paragraph("Progress update as at 31 January 2026")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document status", "Version 3 – for the Domestic Abuse Partnership Board, 12 February 2026"),
                 ("Prepared by", "Community Safety Team, Buckinghamshire Council"),
                 ("Home Office Quality Assurance Panel", "Overview report approved for publication 18 June 2025"),
                 ("Victim", "‘Grace’, aged 74, died November 2023")]:
        row = t.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        bold_row_first = row.cells[0].paragraphs[0].runs[0]
        bold_row_first.bold = True
    doc.add_paragraph()
    doc.add_paragraph("RAG rating: B = complete; G = on track; A = some delay, recovery plan in place; "
                      "R = not on track. Target dates are those agreed when the DHR panel signed off the action plan.")
    heads = ["No.", "Recommendation", "Action to take", "Lead officer", "Key milestones / progress",
             "Target date", "RAG"]
    for section, recs in DHR:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9E2F3")
        for rec in recs:
            refs = rec["ref"] if isinstance(rec["ref"], tuple) else (rec["ref"],)
            first = None
            for ref, a in zip(refs, rec["acts"]):
                row = t.add_row()
                if first is None:
                    first = row
                    row.cells[1].text = rec["rec"]
                row.cells[0].text = ref
                row.cells[2].text = a["action"]
                row.cells[3].text = a["lead_cell"]
                row.cells[4].text = a["progress"]
                row.cells[5].text = a["due"]
                row.cells[6].text = a["rag"]
                shade(row.cells[6], {"B": "00B0F0", "G": GREEN, "A": AMBER, "R": RED}[a["rag"]])
                last = row
            if last is not first:
                first.cells[1].merge(last.cells[1])
    doc.add_paragraph()
    doc.add_paragraph("Actions completed: 2 of 8. The action plan will be reviewed again by the "
                      "Domestic Abuse Partnership Board in May 2026.")
    doc.save(os.path.join(HERE, DHR_FILE))


# ---------------------------------------------------------------------------
# 3. Leicester Community Safety Partnership - delivery plan 2025/26 (csv export)
# ---------------------------------------------------------------------------
CSP_FILE = "ip2-leicester-csp-community-safety-plan-delivery-plan-2025-26.csv"
CSP_TITLE = "Leicester Community Safety Partnership - Delivery Plan 2025/26"
CSP = [
    ("Priority 1: Reducing serious violence and knife crime", [
        dict(ref="1.1",
             action="Deliver the focused deterrence programme in the city centre, Braunstone and Beaumont Leys",
             lead_cell="Violence Reduction Network", lead=["Violence Reduction Network"],
             due="Mar-26", end="2026-03", q1="G", q2="G",
             update="112 young people engaged; 41 completed the programme"),
        dict(ref="1.2",
             action="Deliver knife crime awareness sessions in all city secondary schools, with bleed control kits at identified hotspots",
             lead_cell="Leicestershire Police; Leicester City Council",
             lead=["Leicestershire Police", "Leicester City Council"],
             due="Sept 2025 - March 2026", end="2026-03", end_text="Sept 2025 - March 2026", q1="A", q2="G",
             update="Sessions booked in 18 of 21 schools; 6 kits installed"),
        dict(ref="1.3",
             action="Publish the refreshed Serious Violence Duty strategic needs assessment",
             lead_cell="LCC Community Safety Team & Leicestershire Police",
             lead=["LCC Community Safety Team", "Leicestershire Police"],
             due="31/01/2026", end="2026-01", q1="G", q2="G",
             update="Data collection complete; draft to CSP Executive in December"),
    ]),
    ("Priority 2: Tackling domestic abuse and sexual violence", [
        dict(ref="2.1",
             action="Commission safe accommodation support for victims with multiple complex needs under Part 4 of the Domestic Abuse Act 2021",
             lead_cell="Leicester City Council (Domestic Abuse Lead Commissioner)",
             lead=["Leicester City Council (Domestic Abuse Lead Commissioner)"],
             due="Q3 2025/26", end="2025-12", end_text="Q3 2025/26", q1="A", q2="R",
             update="Tender returned no compliant bids; re-procurement planned for Q4"),
        dict(ref="2.2",
             action="Roll out the White Ribbon accreditation action plan across CSP partner organisations",
             lead_cell="LCC Community Safety Team & Leicestershire Fire and Rescue Service",
             lead=["LCC Community Safety Team", "Leicestershire Fire and Rescue Service"],
             due="Nov-25", end="2025-11", q1="G", q2="G",
             update="Ambassadors recruited in 7 partner organisations"),
    ]),
    ("Priority 3: Anti-social behaviour and neighbourhood crime", [
        dict(ref="3.1",
             action="Review the city centre Public Spaces Protection Order ahead of its renewal",
             lead_cell="LCC Community Safety Team", lead=["LCC Community Safety Team"],
             due="Oct-25", end="2025-10", q1="G", q2="B",
             update="Consultation closed 31/08/25; PSPO renewed by the City Mayor 6/10/25"),
        dict(ref="3.2",
             action="Hold monthly multi-agency ASB case reviews in each neighbourhood policing area",
             lead_cell="Leicestershire Police (Neighbourhood Policing Inspector)",
             lead=["Leicestershire Police (Neighbourhood Policing Inspector)"],
             due="Ongoing", end=None, end_text="Ongoing", q1="G", q2="G",
             update="Meetings held monthly in all 4 areas"),
    ]),
    ("Priority 4: Drugs, alcohol and reducing reoffending", [
        dict(ref="4.1",
             action="Increase referrals from custody into drug and alcohol treatment through the Drug Intervention Programme",
             lead_cell="Turning Point / Probation Service (Leicester PDU)",
             lead=["Turning Point", "Probation Service (Leicester PDU)"],
             due="Mar-26", end="2026-03", q1="A", q2="A",
             update="Referrals up 9% on 2024/25 against a target of 15%"),
        dict(ref="4.2",
             action="Refresh the Integrated Offender Management cohort to include neighbourhood crime offenders",
             lead_cell="Probation Service; Leicestershire Police",
             lead=["Probation Service", "Leicestershire Police"],
             due="December 2025", end="2025-12", q1="", q2="G",
             update="New action added in Q2"),
    ]),
]
CSP_STATUS = {"G": "green", "A": "amber", "R": "red", "B": "blue"}


def make_csp():
    rows = [[CSP_TITLE, "", "", "", "", "", ""],
            ["Quarter 2 monitoring (July to September 2025)", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Ref", "Action", "Lead partner(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"]]
    for prio, acts in CSP:
        rows.append([prio, "", "", "", "", "", ""])
        for a in acts:
            rows.append([a["ref"], a["action"], a["lead_cell"], a["due"], a["q1"], a["q2"], a["update"]])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Key: B = complete, G = on track, A = some slippage, R = off track", "", "", "", "", "", ""])
    counts = {}
    for _, acts in CSP:
        for a in acts:
            counts[a["q2"]] = counts.get(a["q2"], 0) + 1
    rows.append(["Q2 summary: B %d, G %d, A %d, R %d (total %d)" % (
        counts.get("B", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0), sum(counts.values())),
        "", "", "", "", "", ""])
    with open(os.path.join(HERE, CSP_FILE), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 4. Maidstone and Tunbridge Wells NHS Trust - Trust Board action log (tab-separated text)
# ---------------------------------------------------------------------------
MTW_FILE = "ip2-maidstone-tunbridge-wells-nhs-trust-board-action-log.txt"
MTW_TITLE = "Log of outstanding actions from previous Trust Board meetings (January 2026)"
MTW = [
    dict(ref="10-14", met="30-10-25",
         action=["To circulate to Board members the revised trajectory for the 62-day cancer waiting time standard, showing the impact of the additional Saturday clinics."],
         lead_cell="Chief Operating Officer", lead=["Chief Operating Officer"],
         due="Nov-25", end="2025-11", progress="Trajectory circulated by email 18/11/25.", rag="Blue"),
    dict(ref="10-21", met="30-10-25",
         action=["To arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) and the learning from its first year."],
         lead_cell="Trust Secretary / Chief Nurse", lead=["Trust Secretary", "Chief Nurse"],
         due="Feb-26", end="2026-02", progress="Session scheduled for the Board development day on 26/02/26.", rag="Green"),
    dict(ref="11-6", met="27-11-25",
         action=["To provide assurance on the actions being taken to reduce the number of patients with no criteria to reside, including the discharge to assess pathway with Kent County Council."],
         lead_cell="Director of Strategy, Planning and Partnerships",
         lead=["Director of Strategy, Planning and Partnerships"],
         due="Jan-26", end="2026-01", progress="Report on the agenda for this meeting (item 1-9).", rag="Green"),
    dict(ref="11-9", met="27-11-25",
         action=["To review the Maternity Incentive Scheme (Year 7) evidence for Safety Action 5 (midwifery staffing) before submission."],
         lead_cell="Director of Midwifery", lead=["Director of Midwifery"],
         due="Jan-26", end="2026-01",
         progress="Reviewed at Quality Committee 14/01/26; the Trust is compliant with 9 of 10 safety actions.", rag="Blue"),
    dict(ref="11-12", met="27-11-25",
         action=["To report back on the options for increasing capacity in the Emergency Department at Tunbridge Wells Hospital over the winter period.",
                 "To include the staffing model for the Same Day Emergency Care unit."],
         lead_cell="Chief Operating Officer / Chief Medical Officer",
         lead=["Chief Operating Officer", "Chief Medical Officer"],
         due="Dec-25", end="2025-12",
         progress="Verbal update given in December; written report deferred to February 2026.", rag="Red"),
    dict(ref="12-3", met="18-12-25",
         action=["To provide a breakdown of agency spend by staff group and division in the next Finance report."],
         lead_cell="Chief Finance Officer", lead=["Chief Finance Officer"],
         due="January 2026", end="2026-01", progress="Included in the Finance report (item 1-12).", rag="Blue"),
    dict(ref="12-7", met="18-12-25",
         action=["To confirm the date by which all Board members will have completed the annual Fit and Proper Person Test self-attestation."],
         lead_cell="Chief People Officer", lead=["Chief People Officer"],
         due="Mar-26", end="2026-03", progress="Not yet due.", rag="Green"),
    dict(ref="12-11", met="18-12-25",
         action=["To share the results of the 2025 NHS Staff Survey with the Board, broken down by staff group and protected characteristic."],
         lead_cell="Chief People Officer", lead=["Chief People Officer"],
         due="March 2026", end="2026-03", progress="Not yet due. National embargo lifts in March.", rag="Green"),
    dict(ref="12-15", met="18-12-25",
         action=["To seek assurance from NHS Kent and Medway on 2026/27 funding for the Elective Orthopaedic Centre at Maidstone Hospital."],
         lead_cell="Chief Executive", lead=["Chief Executive"],
         due="Feb-26", end="2026-02", progress="Discussions ongoing; response awaited.", rag="Amber"),
]


def make_mtw():
    lines = [MTW_TITLE,
             "Maidstone and Tunbridge Wells NHS Trust",
             "Trust Board meeting in public – 29th January 2026, item 1-5",
             "",
             "\t".join(["Action ref", "Date of meeting", "Action", "Action owner",
                        "Target date for completion", "Progress", "RAG"])]
    for a in MTW:
        lines.append("\t".join([a["ref"], a["met"], a["action"][0], a["lead_cell"], a["due"],
                                a["progress"], a["rag"]]))
        for cont in a["action"][1:]:
            lines.append("\t".join(["", "", cont, "", "", "", ""]))
    lines += ["",
              "Key: Red = action overdue; Amber = at risk of not being completed by the target date; "
              "Green = not yet due / on track; Blue = completed – proposed for closure",
              "Actions proposed for closure at this meeting: %d" % sum(a["rag"] == "Blue" for a in MTW)]
    with open(os.path.join(HERE, MTW_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. North Bristol NHS Trust - maternity and neonatal improvement plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
NBT_FILE = "ip2-north-bristol-nhs-trust-maternity-neonatal-improvement-plan-typo-month-refuse.xlsx"
NBT_TITLE = "North Bristol NHS Trust – Maternity and Neonatal Improvement Plan"
NBT = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("M1.1", "CQC MD1",
         "Review the triage process in the Maternity Assessment Unit so that women are seen within 15 minutes of arrival and BSOTS is used for all attendances.",
         "Chief Nursing Officer", "Maternity Triage Lead Midwife", D(2025, 7, 31), "Dec-25", "A", "G",
         "BSOTS in use for all attendances since October; 87% seen within 15 minutes in November."),
        ("M1.2", "3YDP",
         "Co-produce the maternity and neonatal equity and equality action plan with the Maternity and Neonatal Voices Partnership (MNVP).",
         "Chief Nursing Officer", "Consultant Midwife, Public Health", D(2025, 9, 30), None, "G", "B",
         "Plan co-produced and published on the Trust website September 2025."),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("M2.1", "CQC MD2",
         "Ensure all midwives and obstetricians complete PROMPT and fetal monitoring training to 90% compliance.",
         "Chief Medical Officer", "Practice Development Midwife", D(2025, 3, 31), "Sept-25", "A", "B",
         "Compliance 94% (midwives) and 91% (obstetricians) at 30/09/2025."),
        ("M2.2", "3YDP",
         "Complete the Birthrate Plus midwifery workforce review and present the findings to Trust Board.",
         "Chief Nursing Officer", "Director of Midwifery", D(2025, 11, 30), None, "G", "G",
         "Report drafted; to Trust Board in January 2026."),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("M3.1", "Ockenden IEA 2",
         "Hold twice-daily consultant-led multidisciplinary ward rounds on Delivery Suite, 7 days a week.",
         "Chief Medical Officer", "Clinical Director, Obstetrics", D(2025, 8, 31), None, "G", "B",
         "In place since August 2025; audited monthly."),
        ("M3.2", "CQC SD4",
         "Embed the Perinatal Culture and Leadership Programme quad action plan and repeat the SCORE culture survey.",
         "Chief People Officer", "Director of Midwifery / Clinical Director, Neonates", D(2025, 10, 31),
         "Feburary 2026", "A", "A",
         "Survey postponed to avoid clash with the NHS Staff Survey; quad action plan 60% delivered."),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
        ("M4.1", "CQC MD3",
         "Ensure the maternity dashboard is reviewed monthly at the Maternity and Neonatal Safety Board, with exceptions escalated to Quality Committee.",
         "Chief Nursing Officer", "Head of Maternity Governance", D(2025, 6, 30), None, "B", "B",
         "Standing agenda item since June 2025."),
        ("M4.2", "MIS Year 7",
         "Achieve compliance with all ten safety actions of the Maternity Incentive Scheme Year 7.",
         "Chief Nursing Officer", "Head of Maternity Governance", D(2026, 3, 3), None, "G", "G",
         "8 of 10 safety actions evidenced; Board declaration due February 2026."),
        ("M4.3", "SBLCB v3",
         "Implement element 2 (fetal growth restriction) of the Saving Babies’ Lives Care Bundle version 3, including uterine artery Doppler for women at high risk.",
         "Chief Medical Officer", "Consultant Obstetrician, Fetal Medicine", D(2025, 12, 31), "Mar-26", "A", "R",
         "Ultrasound capacity shortfall; business case for additional sonographer sessions at Divisional Board."),
    ]),
]
NBT_TYPO_ROW = None  # filled in by make_nbt


def make_nbt():
    global NBT_TYPO_ROW
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = NBT_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 30 November 2025 – Maternity and Neonatal Safety Board, 9 December 2025"
    sm["A4"], sm["B4"], sm["C4"], sm["D4"], sm["E4"], sm["F4"] = "Theme", "B", "G", "A", "R", "Total"
    for c in range(1, 7):
        sm.cell(4, c).font = Font(bold=True)
    for i, (theme, acts) in enumerate(NBT, start=5):
        sm.cell(i, 1, theme)
        for j, k in enumerate("BGAR", start=2):
            sm.cell(i, j, sum(1 for a in acts if a[8] == k))
        sm.cell(i, 6, len(acts))
    sm.column_dimensions["A"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = NBT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Incorporating CQC maternity inspection (2024) must-do and should-do actions, Ockenden IEAs and "
                "the Three Year Delivery Plan (3YDP). Version 6 – Maternity and Neonatal Safety Board, 09/12/2025")
    heads = ["Ref", "Source", "Action", "Executive lead", "Operational lead", "Original completion date",
             "Revised completion date", "Previous RAG", "Current RAG", "Progress / assurance update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 5
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for theme, acts in NBT:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DCE6F1")
        r += 1
        for (ref, src, act, exe, op, orig, rev, prev, cur, upd) in acts:
            vals = [ref, src, act, exe, op, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(rag_fill[prev])
            ws.cell(r, 9).fill = fill(rag_fill[cur])
            if rev == "Feburary 2026":
                NBT_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key: B = completed and evidenced; G = on track; A = at risk; R = off track / overdue")
    for col, w in zip("ABCDEFGHIJ", (7, 12, 55, 20, 28, 13, 13, 9, 9, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, NBT_FILE))
    return NBT_TYPO_ROW


# ---------------------------------------------------------------------------
# 6. Swale Borough Council - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
SWALE_FILE = "ip2-swale-bc-corporate-risk-register-q3-2025-26.xlsx"
SWALE_TITLE = "Swale Borough Council – Corporate Risk Register"
SWALE_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Off track": RED, "Not started": "FFFFFF"}
SWALE = [
    dict(ref="CR1", title="Financial resilience and the Medium Term Financial Plan",
         cause="Rising demand for temporary accommodation, pay inflation and uncertainty over the Fair Funding Review lead to a budget gap that cannot be closed, requiring use of reserves or a section 114 notice.",
         owner="Chief Finance Officer (S151)", inherent=16, l=4, i=3, trend="↔",
         acts=[dict(ref="CR1.1", action="Deliver the 2026/27 budget savings programme of £1.9m, with monthly monitoring at Strategic Management Team.",
                    lead_cell="Chief Finance Officer (S151)", lead=["Chief Finance Officer (S151)"],
                    due=D(2026, 2, 28), due_fmt="dd/mm/yyyy", end="2026-02", st="On track", status="green"),
               dict(ref="CR1.2", action="Refresh the reserves strategy and review the level of general fund balances.",
                    lead_cell="Head of Finance and Procurement", lead=["Head of Finance and Procurement"],
                    due=D(2026, 3, 1), due_fmt="mmm-yy", end="2026-03", st="Delayed", status="amber")]),
    dict(ref="CR2", title="Local Government Reorganisation in Kent",
         cause="The move to new unitary councils diverts capacity from service delivery, and uncertainty leads to the loss of key staff and delays to major decisions.",
         owner="Chief Executive", inherent=16, l=4, i=4, trend="↑",
         acts=[dict(ref="CR2.1", action="Submit the Council’s final proposal for unitary arrangements to government in line with the statutory invitation.",
                    lead_cell="Chief Executive", lead=["Chief Executive"],
                    due=D(2025, 11, 28), due_fmt="dd/mm/yyyy", end="2025-11", st="Complete", status="blue"),
               dict(ref="CR2.2", action="Establish an LGR programme board and resource plan, including staff communications and retention measures.",
                    lead_cell="Director of Resources / Head of HR Shared Service",
                    lead=["Director of Resources", "Head of HR Shared Service"],
                    due="Q4 2025/26", end="2026-03", end_text="Q4 2025/26", st="On track", status="green")]),
    dict(ref="CR3", title="Temporary accommodation demand and cost",
         cause="Continued growth in homelessness approaches and reliance on nightly-paid accommodation outside the borough increases costs and harms households.",
         owner="Head of Housing, Economy and Community Services", inherent=16, l=4, i=3, trend="↔",
         acts=[dict(ref="CR3.1", action="Acquire 20 additional units of council-owned temporary accommodation through the Local Authority Housing Fund.",
                    lead_cell="Head of Housing, Economy and Community Services",
                    lead=["Head of Housing, Economy and Community Services"],
                    due=D(2026, 3, 31), due_fmt="dd/mm/yyyy", end="2026-03", st="Delayed", status="amber"),
               dict(ref="CR3.2", action="Review the homelessness prevention offer and the Housing Options staffing structure.",
                    lead_cell="Housing Options Manager", lead=["Housing Options Manager"],
                    due=D(2026, 6, 1), due_fmt="mmm-yy", end="2026-06", st="Not started", status="unrated")]),
    dict(ref="CR4", title="Cyber security and loss of data",
         cause="A successful cyber attack or data breach leads to loss of systems, inability to deliver services and regulatory action by the ICO.",
         owner="Head of Mid Kent ICT", inherent=12, l=2, i=4, trend="↓",
         acts=[dict(ref="CR4.1", action="Complete the Cyber Assessment Framework self-assessment and address the actions from the annual penetration test.",
                    lead_cell="Head of Mid Kent ICT", lead=["Head of Mid Kent ICT"],
                    due="Ongoing", end=None, end_text="Ongoing", st="On track", status="green")]),
    dict(ref="CR5", title="Delivery of the Local Plan Review",
         cause="Slippage in the Local Plan timetable leaves the Council without a five-year housing land supply, resulting in speculative development and loss of planning appeals.",
         owner="Head of Planning Services", inherent=12, l=3, i=3, trend="↔",
         acts=[dict(ref="CR5.1", action="Complete the Regulation 18 consultation on the draft Local Plan and report the responses to the Local Plan Panel.",
                    lead_cell="Planning Policy Manager", lead=["Planning Policy Manager"],
                    due=D(2026, 1, 1), due_fmt="mmm-yy", end="2026-01", st="Complete", status="blue"),
               dict(ref="CR5.2", action="Agree the revised Local Development Scheme timetable with Members and publish it.",
                    lead_cell="Head of Planning Services", lead=["Head of Planning Services"],
                    due=D(2026, 4, 1), due_fmt="mmm-yy", end="2026-04", st="On track", status="green")]),
]


def score_fill(s):
    return RED if s >= 12 else (AMBER if s >= 6 else GREEN)


def make_swale():
    wb = Workbook()
    g = wb.active
    g.title = "Guidance & Matrix"
    g["A1"] = SWALE_TITLE
    g["A1"].font = Font(bold=True, size=14)
    g["A2"] = "Quarter 3 2025/26 (position at 31 December 2025)"
    g["A4"] = "Scoring: Likelihood (1–4) x Impact (1–4)"
    g["A4"].font = Font(bold=True)
    g["A5"], g["B5"] = "12–16", "High – Strategic Management Team and Audit Committee oversight"
    g["A5"].fill = fill(RED)
    g["A6"], g["B6"] = "6–9", "Medium – managed by risk owner, reviewed quarterly"
    g["A6"].fill = fill(AMBER)
    g["A7"], g["B7"] = "1–4", "Low – tolerate and monitor"
    g["A7"].fill = fill(GREEN)
    g["A9"] = "Action status"
    g["A9"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("Complete", "Action completed"),
                                  ("On track", "Action progressing to target date"),
                                  ("Delayed", "Action behind schedule (amber)"),
                                  ("Off track", "Action will not be delivered without intervention (red)"),
                                  ("Not started", "Action not yet started")], start=10):
        g.cell(i, 1, k).fill = fill(SWALE_STATUS_FILL[k])
        g.cell(i, 2, txt)
    g["A16"] = "Trend: ↑ risk increasing   ↔ no change   ↓ risk reducing"
    g.column_dimensions["A"].width = 14
    g.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Corporate Risk Register")
    heads = ["Risk ref", "Risk title", "Cause and consequence", "Risk owner", "Inherent score",
             "Current likelihood", "Current impact", "Current score", "Trend", "Action ref",
             "Further mitigating actions", "Action owner", "Target date", "Action status"]
    ncol = len(heads)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = SWALE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Quarter 3 2025/26 – reported to Audit Committee, 28 January 2026"
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 5
    for risk in SWALE:
        top = r
        for a in risk["acts"]:
            ws.cell(r, 10, a["ref"])
            ws.cell(r, 11, a["action"])
            ws.cell(r, 12, a["lead_cell"])
            c = ws.cell(r, 13, a["due"])
            if "due_fmt" in a:
                c.number_format = a["due_fmt"]
            s = ws.cell(r, 14, a["st"])
            s.fill = fill(SWALE_STATUS_FILL[a["st"]])
            for cc in range(1, ncol + 1):
                ws.cell(r, cc).alignment = WRAP
                ws.cell(r, cc).border = BORDER
            r += 1
        score = risk["l"] * risk["i"]
        vals = {1: risk["ref"], 2: risk["title"], 3: risk["cause"], 4: risk["owner"], 5: risk["inherent"],
                6: risk["l"], 7: risk["i"], 8: score, 9: risk["trend"]}
        for c, v in vals.items():
            ws.cell(top, c, v)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(top, 2).font = Font(bold=True)
        ws.cell(top, 5).fill = fill(score_fill(risk["inherent"]))
        ws.cell(top, 8).fill = fill(score_fill(score))
    for col, w in zip(range(1, ncol + 1), (7, 24, 40, 20, 9, 9, 9, 9, 6, 8, 45, 24, 11, 11)):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat Map")
    hm["A1"] = "Current risk scores – number of corporate risks"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood \\ Impact"
    for i in range(1, 5):
        hm.cell(3, 1 + i, i).font = Font(bold=True)
    for row, lk in enumerate((4, 3, 2, 1), start=4):
        hm.cell(row, 1, lk).font = Font(bold=True)
        for im in range(1, 5):
            n = sum(1 for rk in SWALE if rk["l"] == lk and rk["i"] == im)
            c = hm.cell(row, 1 + im, n or None)
            c.fill = fill(score_fill(lk * im))
    wb.save(os.path.join(HERE, SWALE_FILE))


# ---------------------------------------------------------------------------
# 7. Gravesham BC - transformation programme highlight report (docx, fill-only RAG)
# ---------------------------------------------------------------------------
GBC_FILE = "ip2-gravesham-bc-transformation-programme-highlight-report.docx"
GBC_TITLE = "Transformation Programme Highlight Report – December 2025"
GBC = [
    ("Workstream 1: Customer Access and Digital", [
        dict(ref="1.1", action="Launch the new customer portal (My Gravesham) for council tax and waste services.",
             lead_cell="Digital Services Manager", lead=["Digital Services Manager"],
             base="Oct-25", fcst="Nov-25", end="2025-11", status="blue",
             comment="Went live 10/11/2025; 2,340 accounts created in the first month."),
        dict(ref="1.2", action="Migrate the remaining 14 online forms from the legacy platform to the new portal.",
             lead_cell="Digital Services Manager", lead=["Digital Services Manager"],
             base="Dec-25", fcst="Mar-26", end="2026-03", status="amber",
             comment="Supplier resource constraints; revised plan agreed with supplier."),
        dict(ref="1.3", action="Upgrade the Customer Service Centre telephony to add call-back and web chat.",
             lead_cell="Customer Services Manager / ICT Manager",
             lead=["Customer Services Manager", "ICT Manager"],
             base="Feb-26", fcst="Feb-26", end="2026-02", status="green",
             comment="Configuration complete; user testing w/c 19/01/2026."),
    ]),
    ("Workstream 2: Property and Assets", [
        dict(ref="2.1", action="Complete the review of the Council’s operational estate and agree the disposals list with Cabinet.",
             lead_cell="Assistant Director (Regeneration)", lead=["Assistant Director (Regeneration)"],
             base="Sep-25", fcst="Feb-26", end="2026-02", status="red",
             comment="Cabinet report deferred to 2 February 2026 owing to valuation queries."),
        dict(ref="2.2", action="Relocate the Housing Options team to the Civic Centre ground floor hub.",
             lead_cell="Facilities Manager", lead=["Facilities Manager"],
             base="Mar-26", fcst="Mar-26", end="2026-03", status="green",
             comment="Works contractor appointed; start on site 12/01/2026."),
    ]),
    ("Workstream 3: Workforce and Organisational Development", [
        dict(ref="3.1", action="Introduce the new hybrid working policy following consultation with UNISON.",
             lead_cell="Head of HR", lead=["Head of HR"],
             base="Nov-25", fcst="Nov-25", end="2025-11", status="blue",
             comment="Policy adopted by General Purposes Committee 18/11/2025."),
        dict(ref="3.2", action="Launch the leadership development programme for third-tier managers.",
             lead_cell="Head of HR / Learning and Development Officer",
             lead=["Head of HR", "Learning and Development Officer"],
             base="Jan-26", fcst="Apr-26", end="2026-04", status="amber",
             comment="Provider procurement took longer than planned; first cohort now April."),
        dict(ref="3.3", action="Complete the pay and grading review and model the costs for the 2026/27 budget.",
             lead_cell="Head of HR", lead=["Head of HR"],
             base="Dec-25", fcst="Dec-25", end="2025-12", status="blue",
             comment="Modelling complete; costs built into the draft budget."),
    ]),
    ("Workstream 4: Income and Commercial", [
        dict(ref="4.1", action="Introduce the 2026/27 garden waste subscription charges and move renewals to direct debit.",
             lead_cell="Waste Services Manager", lead=["Waste Services Manager"],
             base="Apr-26", fcst="Apr-26", end="2026-04", status="green",
             comment="Fees and charges approved; renewal letters to be issued in March."),
        dict(ref="4.2", action="Prepare an outline business case for a council-owned trading company for building control services.",
             lead_cell="Commercial Lead", lead=["Commercial Lead"],
             base="Mar-26", fcst="Jun-26", end="2026-06", status="amber",
             comment="Scope under review following the Local Government Reorganisation announcement."),
    ]),
]


def make_gbc():
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph(GBC_TITLE, style="Title")
    doc.add_paragraph("Gravesham Borough Council")
    doc.add_paragraph("Reporting period: 1–31 December 2025  |  Report to: Transformation Programme Board, "
                      "15 January 2026")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Programme sponsor", "Chief Executive"),
                 ("Programme manager", "Transformation and PMO Manager"),
                 ("Overall programme RAG (this period)", None),
                 ("Overall programme RAG (last period)", None)]:
        row = t.add_row()
        row.cells[0].text = k
        if v:
            row.cells[1].text = v
        else:
            shade(row.cells[1], AMBER)
    doc.add_heading("Executive summary", level=2)
    doc.add_paragraph("The programme remains Amber overall. The customer portal went live in November and the "
                      "hybrid working policy has been adopted. The estate review has missed its baseline date and "
                      "is reported Red; a recovery plan is set out below.")
    doc.add_heading("RAG definitions", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, name, txt in [(GREEN, "Green", "On track – milestone will be met by the forecast date"),
                           (AMBER, "Amber", "At risk – milestone may slip, recovery in hand"),
                           (RED, "Red", "Off track – baseline date missed or forecast date will be missed"),
                           (BLUE, "Blue", "Complete")]:
        row = t.add_row()
        row.cells[0].text = name
        shade(row.cells[0], col)
        row.cells[1].text = txt
    heads = ["No.", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for ws, acts in GBC:
        doc.add_heading(ws, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9E2F3")
        for a in acts:
            row = t.add_row()
            row.cells[0].text = a["ref"]
            row.cells[1].text = a["action"]
            row.cells[2].text = a["lead_cell"]
            row.cells[3].text = a["base"]
            row.cells[4].text = a["fcst"]
            shade(row.cells[5], FILL[a["status"]])
            row.cells[6].text = a["comment"]
    doc.add_heading("Key programme risks", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Risk", "Rating", "Owner"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], "D9E2F3")
    for risk, rating, owner in [("Local Government Reorganisation reduces capacity for transformation projects",
                                 "High", "Chief Executive"),
                                ("Dependency on a single digital platform supplier", "Medium",
                                 "Digital Services Manager")]:
        row = t.add_row()
        row.cells[0].text, row.cells[1].text, row.cells[2].text = risk, rating, owner
    doc.add_heading("Decisions required from the Board", level=2)
    doc.add_paragraph("Note the revised forecast dates for milestones 1.2, 3.2 and 4.2.", style="List Bullet")
    doc.add_paragraph("Agree that the estate review (2.1) is reported to Cabinet on 2 February 2026.",
                      style="List Bullet")
    doc.save(os.path.join(HERE, GBC_FILE))


def main():
    make_sar()
    make_dhr()
    make_csp()
    make_mtw()
    row = make_nbt()
    make_swale()
    make_gbc()
    print("built 7 files; NBT typo at sheet row", row)


if __name__ == "__main__":
    main()
