#!/usr/bin/env python3
"""Build the seven gv2- blind cases of set heldout238.

Run:  python gv2_make.py             -> writes the seven data files
      python gv2_make.py --expected  -> also writes NAME.expected.yaml beside each

Partnership / NHS / corporate plans:
  1 Newcastle SAB - SAR 'Harry' multi-agency action plan (docx)
  2 Dorset Council - Our Future Council transformation programme highlight report (docx)
  3 Doncaster & Bassetlaw Teaching Hospitals NHSFT - Board of Directors action log (csv)
  4 North Kesteven DC - strategic risk register Q2 2025/26 (txt, tab-separated)
  5 Safe Durham Partnership - DHR 'Julia' action plan (xlsx)
  6 United Lincolnshire Teaching Hospitals - maternity & neonatal improvement plan (xlsx)
  7 Redcar & Cleveland CSP - community safety delivery plan 2025/26, typo month (xlsx, refuse)
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RAGFILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


class QStr(str):
    """A YYYY-MM end month, written double-quoted in the expected yaml."""


yaml.SafeDumper.add_representer(
    QStr, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": QStr(end) if end else None}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Text with \n -> separate paragraphs inside the cell."""
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def header_row(table, names, fill="D9E2F3"):
    for c, n in zip(table.rows[0].cells, names):
        set_cell(c, n, bold=True)
        shade(c, fill)


# ===================================================== 1 Newcastle SAB SAR docx
def case_newcastle():
    name = "gv2-newcastle-sab-sar-harry-action-plan.docx"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Newcastle Safeguarding Adults Board (NSAB)"
    title = "Safeguarding Adults Review ‘Harry’ – Multi-Agency Action Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Version 3 – progress as reported to the SAR Committee on 14 October 2025")

    doc.add_heading("Document control", level=1)
    ctl = [("Document title", "SAR ‘Harry’ Multi-Agency Action Plan"),
           ("Owner", "NSAB SAR Committee"),
           ("Author", "NSAB Business Unit"),
           ("Version", "3.0"),
           ("Date of this version", "14 October 2025"),
           ("Next review", "SAR Committee, January 2026")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ctl:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], "D9E2F3")
        set_cell(r[1], v)

    doc.add_heading("RAG key", level=1)
    key = [("blue", "Action complete and evidence of impact received"),
           ("green", "On track to be completed by the target date"),
           ("amber", "Some slippage – risk to completion by the target date"),
           ("red", "Target date passed or action not progressing")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, txt in key:
        r = t.add_row().cells
        shade(r[0], RAGFILL[col])
        set_cell(r[1], txt)

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "Harry was a 67-year-old man who lived alone in the west of the city. He had COPD, limited mobility "
        "and a long history of declining care and support. He died following a fire at his home in 2024. "
        "The review was published in May 2025 and the Board accepted all four recommendations. Partners "
        "agreed the actions below at the SAR Committee in June 2025.")

    recs = [
        ("Recommendation 1 – Mental capacity and executive functioning",
         "NSAB should seek assurance that partner agencies consider executive functioning when assessing the "
         "mental capacity of adults who repeatedly decline care and support, and that this is reflected in "
         "practice guidance.",
         [("1.1", "Review the NSAB multi-agency Mental Capacity Act guidance to include executive functioning and "
                  "the ‘act and decide’ test, with practice examples.",
           "NSAB MCA Lead / Principal Social Worker (Adults)", ["NSAB MCA Lead", "Principal Social Worker (Adults)"],
           "31/12/2025", "2025-12", None,
           "Draft guidance considered by the Improving Practice Committee on 2 October 2025. Final sign-off at the December meeting.",
           "green"),
          ("1.2", "Deliver a 7-minute briefing and a practitioner webinar on executive functioning, and record attendance by agency.",
           "NSAB Learning and Development Committee", ["NSAB Learning and Development Committee"],
           "September 2025", "2025-09", None,
           "Webinar delivered 18 September 2025 (142 attendees from 11 agencies). Briefing published on the NSAB website.",
           "blue"),
          ("1.3", "Audit a sample of 20 MCA assessments across adult social care and CNTW to test whether executive functioning is considered.",
           "Newcastle City Council; CNTW NHS Foundation Trust", ["Newcastle City Council", "CNTW NHS Foundation Trust"],
           "Q4 2025/26", "2026-03", None,
           "Audit tool agreed. Sample to be drawn in January 2026.",
           "green")]),
        ("Recommendation 2 – Self-neglect and hoarding",
         "Partners should ensure that the multi-agency self-neglect pathway is used for all adults where "
         "self-neglect presents a risk to life, and that a lead professional is identified.",
         [("2.1", "Refresh the self-neglect and hoarding pathway, including:\n"
                  "• escalation to a multi-agency risk management meeting\n"
                  "• a clear exit route when risk reduces",
           "Head of Adult Safeguarding, Newcastle City Council", ["Head of Adult Safeguarding, Newcastle City Council"],
           "June 2025", "2025-06", None,
           "Pathway relaunched in July 2025 and circulated to all partner agencies.",
           "blue"),
          ("2.2", "Introduce a lead professional role within the pathway and record the named lead on the risk management plan.",
           "Adult Social Care Service Manager", ["Adult Social Care Service Manager"],
           "March 2026", "2026-03", None,
           "Role description drafted. Recording field requested in Mosaic; the system change has been delayed by the supplier.",
           "amber")]),
        ("Recommendation 3 – Fire risk",
         "Tyne and Wear Fire and Rescue Service and partners should strengthen referral routes for Safe and Well "
         "visits for adults who smoke, use emollient creams or have limited mobility.",
         [("3.1", "Include fire risk prompts (smoking, emollient use, home oxygen, mobility) in adult social care and community nursing assessments.",
           "TWFRS Safeguarding Lead & Newcastle Hospitals Named Nurse for Adult Safeguarding",
           ["TWFRS Safeguarding Lead", "Newcastle Hospitals Named Nurse for Adult Safeguarding"],
           "30/11/2025", "2025-11", None,
           "Prompts added to the community nursing template. Adult social care form change awaiting system release.",
           "amber"),
          ("3.2", "Promote the Safe and Well referral route to home care providers through the provider forum and the quarterly bulletin.",
           "Commissioning Manager (Home Care)", ["Commissioning Manager (Home Care)"],
           "Ongoing", None, "Ongoing",
           "Item at the September provider forum; article in the Autumn bulletin.",
           "green")]),
        ("Recommendation 4 – Assurance and impact",
         "NSAB should seek assurance within 12 months that the learning from this review has improved practice.",
         [("4.1", "Report progress on this action plan to each SAR Committee and by exception to the Board.",
           "NSAB Business Manager", ["NSAB Business Manager"],
           "Quarterly", None, "Quarterly",
           "Reported June and October 2025.",
           "green"),
          ("4.2", "Undertake a multi-agency case file audit of self-neglect cases to test impact, and report the findings to the Board.",
           "Chair of the Quality and Performance Committee", ["Chair of the Quality and Performance Committee"],
           "May 2026", "2026-05", None,
           "Not yet due.",
           None)]),
    ]
    acts = []
    for head, rtext, rows in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        r = p.add_run(rtext)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update (October 2025)", "RAG"])
        for ref, act, leadcell, leads, tgt, end, endtext, prog, rag in rows:
            c = t.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], act)
            set_cell(c[2], leadcell)
            set_cell(c[3], tgt)
            set_cell(c[4], prog)
            set_cell(c[5], "")
            if rag:
                shade(c[5], RAGFILL[rag])
            acts.append(A(ref, [head, rtext], act, leads, end, rag or "unrated", endtext))
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the NSAB SAR Committee. Queries to the NSAB Business Unit.")
    doc.save(os.path.join(HERE, name))
    exp = {
        "source": "Imitates a Newcastle Safeguarding Adults Board (NSAB) multi-agency action plan for a published "
                  "Safeguarding Adults Review (2025), as SABs publish them after a SAR: board name in the page header, "
                  "title, version line, a document-control table, a RAG key table of coloured cells, a background "
                  "paragraph, then one section per SAR recommendation (numbered theme heading, the recommendation "
                  "text in italics) followed by its own action table (Ref, Action, Lead agency / officer, Target date, "
                  "Progress update, RAG). The RAG cells are fill colour only, with no text; one action has bullet "
                  "lines inside the cell; several leads in one cell (/, ;, &); job titles as leads; Ongoing and "
                  "Quarterly target dates.",
        "reads": "A Word action plan for SAR 'Harry' with four recommendations, each heading its own table of two or three "
                 "actions (9 actions in all). Status is the coloured RAG cell, read against the key; one action has no colour "
                 "(not yet due). Document control and RAG key tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# =========================================== 2 Dorset Council highlight report docx
def case_dorset():
    name = "gv2-dorset-council-transformation-programme-highlight-report.docx"
    doc = Document()
    title = "Our Future Council Transformation Programme – Highlight Report"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Dorset Council  |  Transformation Programme Board  |  Reporting period: September 2025 (report no. 7)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    summ = [("Senior Responsible Owner", "Executive Director – Corporate Development"),
            ("Programme Manager", "Head of Transformation"),
            ("Overall status this period", "Amber"),
            ("Overall status last period", "Amber"),
            ("Budget status", "Green"),
            ("Date of report", "3 October 2025")]
    for k, v in summ:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], "D9E2F3")
        set_cell(r[1], v)
        if v in ("Amber", "Green"):
            shade(r[1], RAGFILL[v.lower()])

    doc.add_paragraph(
        "Status key: Blue – complete; Green – on track; Amber – at risk but recoverable within the phase; "
        "Red – off track, Programme Board decision needed. Baseline dates are those agreed in the full "
        "business case (January 2025); forecast dates are the current view of the workstream lead.")

    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "The programme remains Amber overall. The customer contact platform went live for Waste and Highways on "
        "schedule and the senior management consultation has concluded. The ERP partner award has slipped into "
        "October following clarification questions, and the job families framework will not be agreed with the "
        "trade unions until the New Year.")

    ws = [
        ("2. Customer and Digital",
         ["Customer contact platform live for Waste and Highways enquiries from 30 June.",
          "Webchat now handles 18% of Highways contacts."],
         [("CD-01", "Launch the new customer contact platform for Waste and Highways enquiries",
           "Head of Customer Services", ["Head of Customer Services"], "30/06/2025", "30/06/2025", "2025-06", "Complete", "blue"),
          ("CD-02", "Move 80% of Blue Badge applications to the online self-service form",
           "Head of Customer Services / Digital Product Lead", ["Head of Customer Services", "Digital Product Lead"],
           "31/10/2025", "31/12/2025", "2025-12", "At risk", "amber"),
          ("CD-03", "Business case for the single customer account approved by Programme Board",
           "Service Director – Digital and Change", ["Service Director – Digital and Change"],
           "Nov-25", "Nov-25", "2025-11", "On track", "green")]),
        ("3. Workforce and Organisational Design",
         ["Tier 2–3 consultation closed on 31 July; appointments confirmed.",
          "Manager development programme providers appointed."],
         [("WF-01", "Consultation on the new senior management structure (tiers 2–3) concluded",
           "Corporate Director, People and HR", ["Corporate Director, People and HR"],
           "31/07/2025", "31/07/2025", "2025-07", "Complete", "blue"),
          ("WF-02", "Agree the job families and career pathways framework with the trade unions",
           "Corporate Director, People and HR", ["Corporate Director, People and HR"],
           "30/09/2025", "31/01/2026", "2026-01", "Off track", "red"),
          ("WF-03", "Manager development programme – cohort 1 starts",
           "Head of Organisational Development", ["Head of Organisational Development"],
           "Oct-25", "Oct-25", "2025-10", "On track", "green")]),
        ("4. Enabling Technology (ERP)",
         ["Tender evaluation completed; clarification questions issued to two bidders."],
         [("ET-01", "Award the ERP implementation partner contract",
           "Head of Commercial and Procurement", ["Head of Commercial and Procurement"],
           "31/08/2025", "15/10/2025", "2025-10", "At risk", "amber"),
          ("ET-02", "Complete data cleansing of supplier and employee records ahead of migration",
           "ERP Programme Lead", ["ERP Programme Lead"],
           "31/03/2026", "31/03/2026", "2026-03", "On track", "green"),
          ("ET-03", "Finance and HR process design workshops",
           "ERP Programme Lead and Chief Accountant", ["ERP Programme Lead", "Chief Accountant"],
           "Dec 2025", "Feb 2026", "2026-02", "Not started", None)]),
    ]
    acts = []
    for head, achievements, rows in ws:
        doc.add_heading(head, level=1)
        doc.add_paragraph("Achievements this period:")
        for a in achievements:
            doc.add_paragraph(a, style="List Bullet")
        doc.add_paragraph("Key milestones and actions:")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Status"])
        for ref, act, leadcell, leads, base, fc, end, st, rag in rows:
            c = t.add_row().cells
            for cell, v in zip(c, [ref, act, leadcell, base, fc, st]):
                set_cell(cell, v)
            if rag:
                shade(c[5], RAGFILL[rag])
            acts.append(A(ref, [head], act, leads, end, rag or "unrated"))

    doc.add_heading("5. Finance", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Investment line", "Budget £m", "Spend to date £m", "Forecast £m"])
    for row in [("Programme team and delivery partner", "6.20", "2.41", "6.05"),
                ("ERP system", "25.00", "1.10", "25.00"),
                ("Redundancy and pension strain", "9.50", "0.85", "9.50"),
                ("Total", "40.70", "4.36", "40.55")]:
        c = t.add_row().cells
        for cell, v in zip(c, row):
            set_cell(cell, v)
    doc.add_heading("6. Decisions required from Programme Board", level=1)
    doc.add_paragraph("Note the revised forecast for WF-02 and agree that the job families framework is taken to "
                      "the Joint Consultative Committee in January 2026.")
    doc.save(os.path.join(HERE, name))
    exp = {
        "source": "Imitates a Dorset Council 'Our Future Council' transformation programme highlight report to the "
                  "Programme Board (2025; the council approved the Our Future Council business case in January 2025). "
                  "Copies the usual highlight-report layout: title, reporting-period line, an SRO/overall-status table "
                  "with coloured status cells, a status key paragraph, a summary, then one numbered section per "
                  "workstream with achievement bullets and a milestones table (Ref, Milestone / action, Owner, Baseline "
                  "date, Forecast date, Status as words on a coloured cell), a finance table and decisions required.",
        "reads": "A Word highlight report with three workstream sections, each with a table of three milestones (9 in all). "
                 "The forecast date is the revised end where it differs from the baseline; status words On track / At "
                 "risk / Off track / Complete map to green / amber / red / blue by the key; one milestone is Not started. "
                 "The summary, overall-status and finance tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# ============================================================= 3 DBTH csv
def case_dbth():
    name = "gv2-doncaster-bassetlaw-teaching-hospitals-board-action-log.csv"
    title = "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust – Board of Directors (Public) Action Log"
    ncol = 9
    hdr = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead", "Due date", "RAG", "Update / comment"]
    rows = [
        ("A25/31", "29/07/2025", "P25/07/D2", "Integrated Quality and Performance Report",
         "Provide a breakdown of 52-week waiters by specialty, with the trajectory to clear them by March 2026.",
         "COO", ["COO"], "30/09/2025", "2025-09", "Blue",
         "Presented at September Board (P25/09/D1). Propose close."),
        ("A25/34", "29/07/2025", "P25/07/E1", "Freedom to Speak Up Annual Report",
         "Bring a deep dive on themes raised by resident doctors, including rota concerns, to the People Committee.",
         "DPOD / FTSU Guardian", ["DPOD", "FTSU Guardian"], "October 2025", "2025-10", "Red",
         "Deferred to the December People Committee because of industrial action."),
        ("A25/38", "30/09/2025", "P25/09/C2", "Maternity and Neonatal Safety Report",
         "Confirm the date by which the second obstetric theatre at DRI will be staffed 24/7 and report back to the Board.",
         "Chief Nurse/Medical Director", ["Chief Nurse", "Medical Director"], "25/11/2025", "2025-11", "Amber",
         "Verbal update at November Board.\nRecruitment to theatre practitioner posts is under way."),
        ("A25/39", "30/09/2025", "P25/09/D1", "Finance Report – Month 5",
         "Set out the recovery actions for the agency overspend, including the e-rostering review, in the Month 7 report.",
         "Chief Financial Officer", ["Chief Financial Officer"], "Nov-25", "2025-11", "Blue",
         "Included in the Month 7 report (agenda item F1). Propose close."),
        ("A25/40", "30/09/2025", "P25/09/D3", "Urgent and Emergency Care Plan 2025/26",
         "Share the ambulance handover improvement trajectory for Bassetlaw Hospital with Non-Executive Directors.",
         "COO", ["COO"], "31/10/2025", "2025-10", "Blue",
         "Circulated by email on 24/10/2025. Propose close."),
        ("A25/44", "25/11/2025", "P25/11/B1", "Patient Story",
         "Invite the patient and her family back to a future Board to share the impact of the changes made on Ward 19.",
         "Chief Nurse", ["Chief Nurse"], "May 2026", "2026-05", "Green", ""),
        ("A25/45", "25/11/2025", "P25/11/C1", "Board Assurance Framework",
         "Review the risk appetite statement for strategic aim 4 (finance) in light of the 2026/27 planning guidance.",
         "Director of Corporate Governance / Chief Financial Officer",
         ["Director of Corporate Governance", "Chief Financial Officer"], "Q4 2025/26", "2026-03", "Green", ""),
        ("A25/46", "25/11/2025", "P25/11/D2", "Guardian of Safe Working Hours Report",
         "Add exception reporting trends by division to the next quarterly report.",
         "Medical Director", ["Medical Director"], "February 2026", "2026-02", "Green", ""),
    ]
    blank = [""] * ncol
    out = [[title] + [""] * (ncol - 1),
           ["Updated following the meeting held on 25 November 2025"] + [""] * (ncol - 1),
           blank, hdr]
    acts = []
    for (ref, mdate, minute, item, act, leadcell, leads, due, end, rag, upd) in rows:
        out.append([ref, mdate, minute, item, act, leadcell, due, rag, upd])
        acts.append(A(ref, [item], act, leads, end, rag.lower()))
    out += [blank,
            ["RAG key: Red = overdue; Amber = due at this meeting or at risk; Green = not yet due / on track; "
             "Blue = complete – proposed for closure"] + [""] * (ncol - 1),
            ["Actions rated Blue are removed from the log once the Board agrees closure."] + [""] * (ncol - 1)]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(out)
    exp = {
        "source": "Imitates the public Board of Directors action log of Doncaster and Bassetlaw Teaching Hospitals NHS FT "
                  "(the trust files 'Actions from previous meetings' as enclosure A3 with P-prefixed minute references), "
                  "saved from Excel as CSV: title line and 'updated' line with trailing commas, a blank line, the header "
                  "(Action No., Meeting date, Minute ref, Agenda item, Action, Lead, Due date, RAG, Update / comment), one "
                  "row per action, then a RAG key and a closure note. Leads are initials and job titles, two in one cell "
                  "with '/'; due dates in mixed forms (dd/mm/yyyy, Month yyyy, Nov-25, Q4 2025/26); one update has a "
                  "quoted line break.",
        "reads": "A board action log of 8 actions from the July, September and November 2025 Board meetings, each under "
                 "its agenda item, with a RAG word (Blue = complete, proposed for closure). The key and closure note at "
                 "the bottom are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# ============================================================= 4 North Kesteven txt
def case_nkdc():
    name = "gv2-north-kesteven-dc-strategic-risk-register-q2-2025-26.txt"
    title = "North Kesteven District Council – Strategic Risk Register, Quarter 2 2025/26"
    hdr = ["Strategic risk", "Risk owner", "Current score (L x I)", "Target score", "Direction of travel",
           "Action ref", "Further action", "Action owner", "Due", "Status", "Comment"]
    # (risk, owner, cur, tgt, dir) only on the first line of each risk
    lines = [
        (("SR1 Financial resilience", "Chief Finance Officer (S151)", "16 (4x4)", "9", "↔"),
         "SR1.1", "Deliver the 2026/27 budget gap closure plan of £1.2m, including the fees and charges review",
         "Chief Finance Officer (S151)", ["Chief Finance Officer (S151)"], "Feb 2026", "2026-02", None, "A",
         "Options identified for £0.9m; remainder to Executive Board in December."),
        (None, "SR1.2", "Refresh the Medium Term Financial Plan to reflect the outcome of the Fair Funding Review",
         "Chief Finance Officer (S151); Finance Manager", ["Chief Finance Officer (S151)", "Finance Manager"],
         "31/03/2026", "2026-03", None, "G", "Awaiting provisional settlement."),
        (("SR2 Local government reorganisation", "Chief Executive", "20 (4x5)", "12", "↑"),
         "SR2.1", "Submit the council's proposal for local government reorganisation in Greater Lincolnshire to Government",
         "Chief Executive", ["Chief Executive"], "28/11/2025", "2025-11", None, "G",
         "Proposal considered by Council on 13 November."),
        (None, "SR2.2", "Launch a staff communications and engagement plan for reorganisation",
         "Head of HR and OD", ["Head of HR and OD"], "Oct-25", "2025-10", None, "B",
         "Plan launched at all-staff briefings on 7 October."),
        (("SR3 Cyber security and data loss", "Director of Resources", "15 (3x5)", "10", "↔"),
         "SR3.1", "Complete the Cyber Assessment Framework self-assessment and improvement plan",
         "ICT Manager", ["ICT Manager"], "Dec-25", "2025-12", None, "G", ""),
        (None, "SR3.2", "Run a cyber incident exercise with the Corporate Leadership Team",
         "ICT Manager & Emergency Planning Officer", ["ICT Manager", "Emergency Planning Officer"],
         "Mar-26", "2026-03", None, "", "Not started – exercise provider being sourced."),
        (("SR4 Workforce capacity and resilience", "Head of HR and OD", "12 (3x4)", "8", "↓"),
         "SR4.1", "Implement the planning service recruitment and retention package (market supplements and career grades)",
         "Assistant Director – Planning and Economy", ["Assistant Director – Planning and Economy"],
         "Sept 2025", "2025-09", None, "R", "Delayed pending the job evaluation outcome."),
        (None, "SR4.2", "Keep the workforce plan under review through the People Board",
         "Head of HR and OD", ["Head of HR and OD"], "Ongoing", None, "Ongoing", "G", ""),
        (("SR5 Climate emergency commitments", "Director of Place", "12 (4x3)", "9", "↔"),
         "SR5.1", "Complete the heat decarbonisation study for the leisure estate",
         "Climate Change and Sustainability Manager", ["Climate Change and Sustainability Manager"],
         "Q3 2025/26", "2025-12", None, "A", "Consultant report delayed by site survey access."),
    ]
    text = [title, "Position at 30 September 2025 – report to Audit Committee, 20 November 2025", "", "\t".join(hdr)]
    acts = []
    cur_risk = None
    statmap = {"G": "green", "A": "amber", "R": "red", "B": "blue", "": "unrated"}
    for risk, ref, act, leadcell, leads, due, end, endtext, st, com in lines:
        if risk:
            cur_risk = risk[0]
            first = list(risk)
        else:
            first = [""] * 5
        text.append("\t".join(first + [ref, act, leadcell, due, st, com]))
        acts.append(A(ref, [cur_risk], act, leads, end, statmap[st], endtext))
    text += ["",
             "Scoring: Likelihood (1–5) x Impact (1–5). Risk rating: Red 15–25, Amber 8–12, Green 1–6.",
             "Direction of travel since Quarter 1: ↑ increased, ↔ unchanged, ↓ reduced.",
             "Action status: G – on track; A – some slippage; R – off track; B – complete. Blank – not yet started."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(text) + "\n")
    exp = {
        "source": "Imitates a district council strategic risk register appendix to an Audit Committee report, as Lincolnshire "
                  "districts publish quarterly (North Kesteven DC, Quarter 2 2025/26), exported as tab-separated text: two "
                  "title lines, header, one line per further action with the risk columns (risk, owner, current and target "
                  "score, direction arrow) filled only on each risk's first line and blank on its continuation lines, "
                  "then scoring, direction and action-status key lines. Job titles as action owners, two in one cell with "
                  "';' and '&'.",
        "reads": "A strategic risk register of five risks with nine further actions, each read under its risk (SR1–SR5), "
                 "with owner, due date and a G/A/R/B status letter (B = complete by the key; blank = not started). "
                 "The scoring and key lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# ============================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexc):
    return PatternFill(start_color="FF" + hexc, end_color="FF" + hexc, fill_type="solid")


def put(ws, r, c, v, bold=False, f=None, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    cell.border = BOX
    if bold:
        cell.font = Font(bold=True)
    if f:
        cell.fill = fill(f)
    if fmt:
        cell.number_format = fmt
    return cell


# ========================================================= 5 Safe Durham DHR xlsx
def case_durham():
    name = "gv2-safe-durham-partnership-dhr-julia-action-plan.xlsx"
    title = "Safe Durham Partnership – Domestic Homicide Review ‘Julia’ – Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "DHR Julia action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Monitored by the Domestic Abuse and Sexual Violence Executive Group (DASVEG) on behalf of the Safe Durham Partnership Board"
    ws.merge_cells("A2:J2")
    ws["A3"] = "Last updated: 06/11/2025"
    ws.merge_cells("A3:J3")
    hdr = ["Recommendation", "Scope of recommendation", "Ref", "Action to take", "Lead agency",
           "Key milestones achieved in enacting recommendation", "Target date", "Revised target date",
           "Date of completion and outcome", "RAG"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, bold=True, f="D9D9D9")
    widths = [42, 14, 6, 48, 26, 40, 12, 12, 34, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A6"
    DF = "dd/mm/yyyy"
    sections = [
        ("Multi-agency recommendations", [
            ("1. The Safe Durham Partnership should seek assurance that partner agencies routinely ask about domestic "
             "abuse when an older adult discloses carer stress or a change in family circumstances.", "Local", [
                ("1.1", "Develop an older people and domestic abuse briefing for practitioners, covering carer stress, "
                        "economic abuse and adult family violence.",
                 "Safe Durham Partnership – Domestic Abuse Co-ordinator", ["Safe Durham Partnership – Domestic Abuse Co-ordinator"],
                 "Briefing drafted with Harbour and Age UK County Durham.", D(2025, 9, 30), D(2025, 12, 31), "2025-12", None, "", "amber"),
                ("1.2", "Include routine enquiry about domestic abuse in the carers assessment form and practice guidance.",
                 "Durham County Council Adult and Health Services", ["Durham County Council Adult and Health Services"],
                 "Form change specified.", D(2026, 3, 31), None, "2026-03", None, "", "green")]),
            ("2. The Safe Durham Partnership should review the pathway for referrals to MARAC where the person causing "
             "harm is an adult child of the victim.", "Local", [
                ("2.1", "Review the MARAC referral criteria and DASH guidance for adult family violence.",
                 "MARAC Steering Group", ["MARAC Steering Group"],
                 "Revised criteria agreed by the Steering Group.", D(2025, 6, 30), None, "2025-06", None,
                 "Completed June 2025 – revised referral guidance issued to all MARAC agencies.", "blue"),
                ("2.2", "Deliver adult family violence training to MARAC representatives and IDVAs.",
                 "Harbour Support Services / Durham Constabulary", ["Harbour Support Services", "Durham Constabulary"],
                 "Two of four sessions delivered.", "Q3 2025/26", None, "2025-12", None, "", "green")]),
        ]),
        ("Single agency recommendations", [
            ("3. Durham Constabulary should ensure that officers attending domestic incidents involving older victims "
             "complete the DASH risk assessment with the victim alone.", "Local", [
                ("3.1", "Issue a force-wide briefing on speaking to victims alone and recording the reason when this is not possible.",
                 "Durham Constabulary", ["Durham Constabulary"],
                 "Briefing issued on the force intranet.", D(2025, 8, 31), None, "2025-08", None,
                 "Completed August 2025.", "blue"),
                ("3.2", "Dip-sample 50 domestic incidents involving victims aged 60 and over to test compliance.",
                 "Durham Constabulary – Safeguarding Vulnerable People Unit", ["Durham Constabulary – Safeguarding Vulnerable People Unit"],
                 "", D(2026, 1, 31), None, "2026-01", None, "", "green")]),
            ("4. County Durham and Darlington NHS Foundation Trust should ensure that domestic abuse disclosures made in "
             "the emergency department are shared with the patient’s GP.", "Local", [
                ("4.1", "Amend the ED safeguarding template so that a domestic abuse disclosure triggers a notification to the GP.",
                 "CDDFT Named Nurse Safeguarding Adults", ["CDDFT Named Nurse Safeguarding Adults"],
                 "Change request raised with the EPR team.", D(2025, 10, 31), D(2026, 2, 28), "2026-02", None, "", "amber"),
                ("4.2", "Audit ED records of domestic abuse disclosures to confirm that the GP was notified.",
                 "CDDFT Named Nurse Safeguarding Adults", ["CDDFT Named Nurse Safeguarding Adults"],
                 "", D(2025, 9, 30), None, "2025-09", None, "", "red")]),
            ("5. Durham County Council Housing Solutions should screen for domestic abuse when older applicants present "
             "as homeless or at risk of homelessness.", "Local", [
                ("5.1", "Add domestic abuse screening questions to the housing options triage for applicants aged over 55.",
                 "Housing Solutions Manager", ["Housing Solutions Manager"],
                 "", "March 2026", None, "2026-03", None, "", None)]),
        ]),
    ]
    r = 6
    acts = []
    for sec, recs in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rtext, scope, rows in recs:
            r0 = r
            for ref, act, leadcell, leads, miles, tgt, rev, end, endtext, comp, rag in rows:
                put(ws, r, 1, rtext if r == r0 else None)
                put(ws, r, 2, scope if r == r0 else None)
                put(ws, r, 3, ref)
                put(ws, r, 4, act)
                put(ws, r, 5, leadcell)
                put(ws, r, 6, miles or None)
                put(ws, r, 7, tgt, fmt=DF if isinstance(tgt, dt.datetime) else None)
                put(ws, r, 8, rev, fmt=DF if rev else None)
                put(ws, r, 9, comp or None)
                put(ws, r, 10, None, f=RAGFILL[rag] if rag else None)
                acts.append(A(ref, [sec, rtext], act, leads, end, rag or "unrated", endtext))
                r += 1
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG rating"
    k["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("red", "Action overdue or not progressing"),
                                     ("amber", "Action in progress – target date revised or at risk"),
                                     ("green", "Action in progress and on track"),
                                     ("blue", "Action complete")], 2):
        k.cell(row=i, column=1).fill = fill(RAGFILL[col])
        k.cell(row=i, column=2, value=txt)
    k.cell(row=7, column=1, value="No colour = action not yet started.")
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))
    exp = {
        "source": "Imitates a Safe Durham Partnership domestic homicide review action plan (2025) kept in Excel on the Home "
                  "Office DHR action plan template (Recommendation, Scope of recommendation, Action to take, Lead agency, "
                  "Key milestones achieved in enacting recommendation, Target date, Date of completion and outcome) with a "
                  "Ref and Revised target date column added and a RAG column of fill colour only. Title rows merged across, "
                  "section rows for multi-agency and single agency recommendations, the recommendation and scope cells "
                  "merged down over their actions, real date cells, a Q3 2025/26 and a 'March 2026' text target, and a "
                  "second sheet with the RAG key.",
        "reads": "A DHR action plan with five numbered recommendations in two sections and nine actions (1.1–5.1). Each "
                 "action is read under its section and its recommendation; where a revised target date is given it is the "
                 "end. Status is the RAG fill, read by the key; 5.1 has no colour (not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# ====================================================== 6 ULTH maternity xlsx
def case_ulth():
    name = "gv2-united-lincolnshire-teaching-hospitals-maternity-neonatal-improvement-plan.xlsx"
    title = "Maternity and Neonatal Improvement Plan 2025/26"
    BR = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "United Lincolnshire Teaching Hospitals NHS Trust"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Family Health Division – version 2.4, October 2025"
    cov["A5"] = "Governance: monthly to the Maternity and Neonatal Assurance Group; bi-monthly to the Quality Governance Committee; quarterly to Trust Board with the Board Safety Champion."
    cov["A7"] = "BRAG key"
    cov["A7"].font = Font(bold=True)
    for i, (l, col, txt) in enumerate([("B", "blue", "Completed and evidenced"),
                                        ("G", "green", "On track to deliver by the completion date"),
                                        ("A", "amber", "Off track but recoverable"),
                                        ("R", "red", "Off track – escalation required")], 8):
        c = cov.cell(row=i, column=1, value=l)
        c.fill = fill(RAGFILL[col])
        cov.cell(row=i, column=2, value=txt)
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("2.2", "July 2025", "Workstream 3 actions added following PSIRF review"),
                             ("2.3", "September 2025", "Revised dates agreed at MNAG"),
                             ("2.4", "October 2025", "October progress updates")], 14):
        for j, v in enumerate(row, 1):
            cov.cell(row=i, column=j, value=v).font = Font(bold=(i == 14))
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 50

    workstreams = [
        ("Workstream 1: Listening to and working with women and families", [
            ("CQC maternity inspection (Must Do 1)",
             "The trust must ensure that women attending maternity triage are assessed within 15 minutes of arrival using a standardised triage system.",
             [("W1.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) at Lincoln County and Pilgrim Hospital triage units, with a dedicated triage midwife on every shift.",
               "Director of Midwifery / Triage Matron", ["Director of Midwifery", "Triage Matron"],
               D(2025, 6, 30), D(2025, 9, 30), "2025-09", None, "A", "B",
               "BSOTS live at both sites from 1 September 2025.", "EV-014 BSOTS go-live report"),
              ("W1.2", "Audit time to triage monthly and report compliance to the Maternity Governance Group.",
               "Maternity Governance Lead", ["Maternity Governance Lead"],
               D(2025, 12, 31), None, "2025-12", None, "G", "G",
               "September audit: 84% seen within 15 minutes (target 90%).", "")]),
            ("MNVP 15 Steps visit",
             "Families told us that the information they were given about induction of labour was inconsistent between sites.",
             [("W1.3", "Co-produce an induction of labour information leaflet and short video with the Maternity and Neonatal Voices Partnership.",
               "Consultant Midwife and MNVP Lead", ["Consultant Midwife", "MNVP Lead"],
               D(2025, 11, 30), D(2026, 1, 31), "2026-01", None, "G", "A",
               "Leaflet drafted; video filming moved to December.", "")]),
        ]),
        ("Workstream 2: Growing, retaining and supporting our workforce", [
            ("CQC maternity inspection (Must Do 4)",
             "The trust must ensure that staff complete mandatory maternity training, including PROMPT and fetal monitoring, to meet the trust target of 90%.",
             [("W2.1", "Run additional PROMPT and fetal monitoring training dates until every staff group reaches 90% compliance.",
               "Practice Development Midwife", ["Practice Development Midwife"],
               D(2025, 8, 31), D(2025, 12, 31), "2025-12", None, "R", "A",
               "Midwives 93%, obstetricians 86%, anaesthetists 81%.", ""),
              ("W2.2", "Publish a training compliance dashboard by staff group, reported monthly to the Divisional Board.",
               "Divisional Director of Operations, Family Health", ["Divisional Director of Operations, Family Health"],
               D(2025, 7, 31), None, "2025-07", None, "B", "B",
               "Dashboard live in Power BI.", "EV-009 dashboard screenshot")]),
            ("Three-year delivery plan for maternity and neonatal services",
             "Trusts will implement local, evidence-based retention action plans.",
             [("W2.3", "Launch the midwifery retention plan, including a preceptorship career clinic and a flexible working panel.",
               "Head of Midwifery; Retention Midwife", ["Head of Midwifery", "Retention Midwife"],
               "Q4 2025/26", None, "2026-03", None, "G", "G",
               "Career clinic running monthly since August.", "")]),
        ]),
        ("Workstream 3: Developing and sustaining a culture of safety", [
            ("PSIRF",
             "Learning from maternity and neonatal patient safety events must be shared across both sites and the LMNS.",
             [("W3.1", "Hold a monthly maternity and neonatal learning forum and publish a ‘Learning from Events’ bulletin.",
               "Patient Safety Lead for Maternity", ["Patient Safety Lead for Maternity"],
               D(2025, 10, 31), None, "2025-10", None, "G", "B",
               "Forum established; three bulletins published.", "EV-021 bulletins")]),
            ("CQC maternity inspection (Should Do 2)",
             "The trust should ensure that daily safety checks of resuscitaires and emergency equipment are completed and recorded.",
             [("W3.2", "Introduce a daily electronic checklist for resuscitaires and emergency trolleys on delivery suite and the neonatal unit.",
               "Delivery Suite Manager / Neonatal Unit Manager", ["Delivery Suite Manager", "Neonatal Unit Manager"],
               D(2025, 9, 30), None, "2025-09", None, "A", "R",
               "Electronic checklist not yet built; paper checks continue. Escalated to the Divisional Board.", "")]),
            ("Perinatal quality surveillance model",
             "Trust boards must have monthly oversight of perinatal quality and safety.",
             [("W3.3", "Present the perinatal quality surveillance dashboard to Trust Board each month with the Board Safety Champion.",
               "Chief Nurse", ["Chief Nurse"],
               "Monthly", None, None, "Monthly", "G", "G",
               "Presented every month since April 2025.", "")]),
        ]),
    ]

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by workstream and current BRAG (October 2025)"
    sm["A1"].font = Font(bold=True)
    for j, h in enumerate(["Workstream", "Blue", "Green", "Amber", "Red", "Total"], 1):
        put(sm, 3, j, h, bold=True, f="D9D9D9")
    totals = [0, 0, 0, 0]
    rr = 4
    for wsname, groups in workstreams:
        cnt = [0, 0, 0, 0]
        for _, _, rows in groups:
            for row in rows:
                cnt["BGAR".index(row[9])] += 1
        put(sm, rr, 1, wsname)
        for j, v in enumerate(cnt, 2):
            put(sm, rr, j, v)
        put(sm, rr, 6, sum(cnt))
        totals = [a + b for a, b in zip(totals, cnt)]
        rr += 1
    put(sm, rr, 1, "Total", bold=True)
    for j, v in enumerate(totals, 2):
        put(sm, rr, j, v, bold=True)
    put(sm, rr, 6, sum(totals), bold=True)
    sm.column_dimensions["A"].width = 62

    ip = wb.create_sheet("Improvement Plan")
    ip["A1"] = title
    ip["A1"].font = Font(bold=True, size=14)
    ip["A2"] = "Action tracker – October 2025 update. Reporting to the Maternity and Neonatal Assurance Group."
    hdr = ["Ref", "Source", "Finding / requirement", "Action", "Responsible lead(s)", "Original completion date",
           "Revised completion date", "Previous BRAG", "Current BRAG", "Progress update", "Evidence"]
    for j, h in enumerate(hdr, 1):
        put(ip, 4, j, h, bold=True, f="1F4E78").font = Font(bold=True, color="FFFFFFFF")
    for j, w in enumerate([7, 22, 46, 50, 28, 12, 12, 9, 9, 40, 22]):
        ip.column_dimensions["ABCDEFGHIJK"[j]].width = w
    ip.freeze_panes = "A5"
    DF = "dd/mm/yyyy"
    r = 5
    acts = []
    for wsname, groups in workstreams:
        ip.cell(row=r, column=1, value=wsname).font = Font(bold=True)
        for j in range(1, 12):
            ip.cell(row=r, column=j).fill = fill("DDEBF7")
        ip.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for src, finding, rows in groups:
            r0 = r
            for (ref, act, leadcell, leads, orig, rev, end, endtext, prev, curr, prog, ev) in rows:
                put(ip, r, 1, ref)
                put(ip, r, 2, src if r == r0 else None)
                put(ip, r, 3, finding if r == r0 else None)
                put(ip, r, 4, act)
                put(ip, r, 5, leadcell)
                put(ip, r, 6, orig, fmt=DF if isinstance(orig, dt.datetime) else None)
                put(ip, r, 7, rev, fmt=DF if rev else None)
                put(ip, r, 8, prev, f=RAGFILL[BR[prev]])
                put(ip, r, 9, curr, f=RAGFILL[BR[curr]])
                put(ip, r, 10, prog)
                put(ip, r, 11, ev or None)
                acts.append(A(ref, [wsname, finding], act, leads, end, BR[curr], endtext))
                r += 1
            if r - 1 > r0:
                ip.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
                ip.merge_cells(start_row=r0, start_column=3, end_row=r - 1, end_column=3)
    wb.save(os.path.join(HERE, name))
    exp = {
        "source": "Imitates a trust maternity and neonatal improvement plan of United Lincolnshire Teaching Hospitals NHS "
                  "Trust (2025/26), combining CQC maternity must/should-dos, MNVP feedback, the national three-year "
                  "delivery plan, PSIRF and the perinatal quality surveillance model, as trusts report them to their "
                  "quality committee and Board. Three sheets: a Cover (title, version, governance, BRAG key with blue = "
                  "completed and evidenced, version history), a Summary of counts by workstream and BRAG with totals, and "
                  "the Improvement Plan: workstream rows merged across, source and finding cells merged down over their "
                  "actions, original and revised completion dates, previous and current BRAG letters on coloured cells, "
                  "progress and evidence columns; two leads in one cell (/, ;, and) and a job title with a comma.",
        "reads": "A maternity improvement plan of nine actions (W1.1–W3.3) in three workstreams, each action answering the "
                 "finding beside it. The end is the revised completion date where one is given, and the status is the "
                 "Current BRAG letter. The Cover and Summary sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# =========================================== 7 Redcar & Cleveland CSP refuse xlsx
def case_redcar():
    name = "gv2-redcar-cleveland-csp-community-safety-delivery-plan-2025-26-typo-month-refuse.xlsx"
    title = "Redcar & Cleveland Community Safety Partnership – Delivery Plan 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Community Safety Plan 2025–2028: year one actions – Q2 update (July–September 2025)"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "What we will do", "Lead partner(s)", "By when", "Q1 update", "Q2 update", "RAG"]
    for j, h in enumerate(hdr, 1):
        put(ws, 4, j, h, bold=True, f="D9D9D9")
    for j, w in enumerate([6, 55, 30, 14, 38, 38, 8]):
        ws.column_dimensions["ABCDEFG"[j]].width = w
    plan = [
        ("Priority 1: Reducing anti-social behaviour and improving neighbourhood confidence", [
            ("1.1", "Deliver a summer ASB plan for the coastal resorts of Redcar, Saltburn and Marske, with joint patrols and youth outreach.",
             "Cleveland Police / R&C Council Community Safety Team", "Sept 2025",
             "Plan agreed in June.", "Delivered; ASB reports down 14% on summer 2024.", "G"),
            ("1.2", "Run a Community Trigger awareness campaign with ward councillors and housing providers.",
             "R&C Council Community Safety Team", "Dec 2025", "Leaflet drafted.", "Campaign launched 1 October.", "G"),
            ("1.3", "Use ASB hotspot funding for high-visibility patrols in the ten highest-demand hotspots.",
             "Cleveland Police", "March 2026", "Hotspots identified.", "Patrol hours below plan in August and September.", "A"),
        ]),
        ("Priority 2: Tackling domestic abuse and violence against women and girls", [
            ("2.1", "Refresh the domestic abuse needs assessment for the Local Domestic Abuse Partnership Board.",
             "R&C Council Domestic Abuse Lead", "Febuary 2026", "Data request issued to partners.", "Survivor survey closes in November.", "G"),
            ("2.2", "Achieve White Ribbon accreditation for the Council and promote it to partner organisations.",
             "R&C Council Domestic Abuse Lead", "Dec 2025", "Application submitted.", "Awaiting assessment.", "G"),
        ]),
        ("Priority 3: Preventing serious violence and exploitation", [
            ("3.1", "Review the serious violence duty strategic needs assessment with the Cleveland Violence Reduction Unit.",
             "Cleveland VRU; R&C Council", "Q4 2025/26", "Scoping meeting held.", "Data sharing agreement signed.", "G"),
            ("3.2", "Deliver knife crime awareness sessions in all secondary schools.",
             "Cleveland Police Schools Officer", "July 2026", "Not started.", "Six of nine schools booked.", "G"),
        ]),
        ("Priority 4: Reducing harm from drugs and alcohol", [
            ("4.1", "Extend the Drug and Alcohol Related Death panel to include near-miss reviews.",
             "Public Health South Tees", "Jan 2026", "Terms of reference drafted.", "Panel chair consulting partners.", "A"),
            ("4.2", "Carry out test purchasing of age-restricted products (alcohol and vapes) in partnership with Trading Standards.",
             "R&C Council Licensing and Trading Standards", "Ongoing", "Two operations.", "Three operations; two sales recorded.", "G"),
        ]),
    ]
    r = 5
    refuse_row = None
    for prio, rows in plan:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, lead, when, q1, q2, rag in rows:
            for j, v in enumerate([ref, act, lead, when, q1, q2], 1):
                put(ws, r, j, v)
            put(ws, r, 7, rag, f=RAGFILL[{"G": "green", "A": "amber", "R": "red"}[rag]])
            if when == "Febuary 2026":
                refuse_row = r
            r += 1
    ws.freeze_panes = "A5"
    k = wb.create_sheet("Key")
    for i, (l, txt) in enumerate([("G", "On track"), ("A", "Some delay – remedial action in place"),
                                   ("R", "Significant delay or not deliverable"), ("B", "Complete")], 1):
        c = k.cell(row=i, column=1, value=l)
        c.fill = fill(RAGFILL[{"G": "green", "A": "amber", "R": "red", "B": "blue"}[l]])
        k.cell(row=i, column=2, value=txt)
    wb.save(os.path.join(HERE, name))
    exp = {
        "source": "Imitates a community safety partnership annual delivery plan with quarterly updates, as CSPs publish "
                  "them under a three-year community safety plan (Redcar & Cleveland CSP, 2025/26): merged title and "
                  "subtitle rows, header (Ref, What we will do, Lead partner(s), By when, Q1 update, Q2 update, RAG), "
                  "priority rows merged across, text 'By when' cells, RAG letters on coloured cells, and a Key sheet. "
                  "Action 2.1 has its 'By when' cell mistyped as 'Febuary 2026'.",
        "reads": "A CSP delivery plan of nine actions under four priorities. The 'By when' of action 2.1 reads 'Febuary 2026', "
                 "a mistyped month, so a careful reader stops at that row and asks before importing.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    return name, exp


CASES = [case_newcastle, case_dorset, case_dbth, case_nkdc, case_durham, case_ulth, case_redcar]


def main():
    want_exp = "--expected" in sys.argv
    for fn in CASES:
        name, exp = fn()
        print("wrote", name)
        if want_exp:
            with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
                yaml.safe_dump(exp, f, allow_unicode=True, sort_keys=False, width=100000)


if __name__ == "__main__":
    main()
