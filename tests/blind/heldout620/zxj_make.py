#!/usr/bin/env python
"""Build the seven zxj- blind test files (set heldout620).

Run with /work/main/.venv/bin/python zxj_make.py
Writes only files whose names start with "zxj-" into this script's folder.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zxj-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}

# ---------------------------------------------------------------------------
# 1. North East Combined Authority - Auditor's Annual Report VfM action plan
# ---------------------------------------------------------------------------
NECA_FILE = "zxj-north-east-ca-auditors-annual-report-2024-25-vfm-recommendations-action-plan.xlsx"
NECA_TITLE = ("North East Combined Authority – Auditor's Annual Report 2024/25: "
              "Value for Money Improvement Recommendations – Management Action Plan")

NECA_SECTIONS = [
    ("Financial sustainability", [
        ("IR1",
         "The Authority should extend its Medium Term Financial Plan to cover the full period of the "
         "integrated settlement and set out how transport revenue pressures will be managed beyond 2026/27.",
         [
             dict(ref="IR1.1",
                  action="Extend the MTFP to 2029/30 and present scenario modelling for the integrated "
                         "settlement to Cabinet as part of the 2026/27 budget report.",
                  lead_text="Director of Finance and Investment",
                  lead=["Director of Finance and Investment"],
                  orig=datetime(2026, 2, 28), rev=None,
                  progress="Draft MTFP to 2029/30 prepared; scenarios reviewed by Chief Executive's "
                           "Group on 13 January 2026. Budget report to Cabinet 3 February 2026.",
                  rag="Green", end="2026-02", status="green"),
             dict(ref="IR1.2",
                  action="Prepare a transport revenue sustainability plan covering bus service support, "
                         "concessionary fares and the Metro fleet, agreed with Nexus.",
                  lead_text="Director of Finance and Investment / Managing Director, Transport North East",
                  lead=["Director of Finance and Investment", "Managing Director, Transport North East"],
                  orig=datetime(2025, 12, 31), rev=datetime(2026, 3, 31),
                  progress="Work delayed pending confirmation of the Local Transport Grant allocation. "
                           "Revised date agreed with the external auditor.",
                  rag="Amber", end="2026-03", status="amber"),
         ]),
    ]),
    ("Governance", [
        ("IR2",
         "The Authority should complete the harmonisation of the governance frameworks inherited from the "
         "former combined authorities, including the officer scheme of delegation and the Single "
         "Assurance Framework.",
         [
             dict(ref="IR2.1",
                  action="Consolidate the inherited constitutions into a single Constitution with an updated "
                         "officer scheme of delegation, for approval by Cabinet.",
                  lead_text="Monitoring Officer",
                  lead=["Monitoring Officer"],
                  orig=datetime(2025, 9, 30), rev=None,
                  progress="Constitution approved by Cabinet on 23 September 2025.",
                  rag="Blue", end="2025-09", status="blue"),
             dict(ref="IR2.2",
                  action="Refresh the Single Assurance Framework to reflect the integrated settlement and "
                         "submit it to MHCLG.",
                  lead_text="Director of Policy and Strategy",
                  lead=["Director of Policy and Strategy"],
                  orig=datetime(2025, 12, 31), rev=datetime(2026, 3, 31),
                  progress="MHCLG guidance on integrated settlement assurance issued late (November 2025). "
                           "Draft framework with officers for comment.",
                  rag="Amber", end="2026-03", status="amber"),
             dict(ref="IR2.3",
                  action="Deliver an induction and training programme for Audit and Standards Committee "
                         "members, including risk management and treasury management.",
                  lead_text="Monitoring Officer",
                  lead=["Monitoring Officer"],
                  orig=datetime(2025, 10, 31), rev=None,
                  progress="Two sessions held (July and October 2025); attendance recorded.",
                  rag="Blue", end="2025-10", status="blue"),
         ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("IR3",
         "The Authority should strengthen performance reporting so that Cabinet and the Overview and "
         "Scrutiny Committee can see delivery against the Local Growth Plan and Investment Fund outcomes.",
         [
             dict(ref="IR3.1",
                  action="Develop a corporate performance framework with a single set of KPIs aligned to "
                         "the Local Growth Plan.",
                  lead_text="Head of Strategy and Performance",
                  lead=["Head of Strategy and Performance"],
                  orig=datetime(2025, 12, 31), rev=datetime(2026, 4, 30),
                  progress="KPI set drafted; baseline data for skills and housing measures still being "
                           "collected from constituent councils.",
                  rag="Amber", end="2026-04", status="amber"),
             dict(ref="IR3.2",
                  action="Introduce quarterly performance reports to Cabinet and Overview and Scrutiny "
                         "Committee, including outcomes data for Investment Fund schemes.",
                  lead_text="Head of Strategy and Performance",
                  lead=["Head of Strategy and Performance"],
                  orig=datetime(2026, 6, 30), rev=None,
                  progress="Dependent on IR3.1.",
                  rag="Not started", end="2026-06", status="unrated"),
         ]),
    ]),
]


def build_neca():
    wb = Workbook()
    # --- Cover sheet
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "North East Combined Authority"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = NECA_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Progress update for Audit and Standards Committee, 10 February 2026"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Changes"),
            ("0.1", "15/09/2025", "Senior Finance Manager", "Management responses drafted"),
            ("1.0", "29/09/2025", "Director of Finance and Investment", "Agreed with external auditor"),
            ("1.1", "28/01/2026", "Senior Finance Manager", "Progress update for February 2026 committee")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    ws["A11"] = ("The external auditor reported no significant weaknesses in arrangements for 2024/25 and "
                 "made three improvement recommendations. This workbook records the agreed management "
                 "actions and progress against them.")
    ws["A11"].alignment = WRAP
    ws.merge_cells("A11:D13")
    for col, w in zip("ABCD", (12, 14, 36, 44)):
        ws.column_dimensions[col].width = w

    # --- Summary sheet (totals block)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress – January 2026"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["VfM criterion", "Actions", "Blue – complete", "Green – on track",
           "Amber – revised date", "Red – off track", "Not started"]
    for j, v in enumerate(hdr):
        c = ss.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    counts = [("Financial sustainability", 2, 0, 1, 1, 0, 0),
              ("Governance", 3, 2, 0, 1, 0, 0),
              ("Improving economy, efficiency and effectiveness", 2, 0, 0, 1, 0, 1),
              ("Total", 7, 2, 1, 3, 0, 1)]
    for i, r in enumerate(counts):
        for j, v in enumerate(r):
            c = ss.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    ss.column_dimensions["A"].width = 44
    for col in "BCDEFG":
        ss.column_dimensions[col].width = 14

    # --- Action plan sheet
    ap = wb.create_sheet("Action Plan")
    ap["A1"] = NECA_TITLE
    ap["A1"].font = Font(bold=True, size=13)
    ap.merge_cells("A1:I1")
    ap["A2"] = "Position at 28 January 2026"
    ap["A2"].font = Font(italic=True)
    headers = ["Rec", "Improvement recommendation", "Action ref", "Agreed management action",
               "Responsible officer", "Original target date", "Revised target date",
               "Progress update (January 2026)", "RAG"]
    r = 4
    for j, v in enumerate(headers):
        c = ap.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for crit, recs in NECA_SECTIONS:
        c = ap.cell(row=r, column=1, value=crit)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ap.cell(row=r, column=j).fill = fill("D9E1F2")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for recno, rectext, acts in recs:
            first = r
            for a in acts:
                ap.cell(row=r, column=3, value=a["ref"])
                ap.cell(row=r, column=4, value=a["action"])
                ap.cell(row=r, column=5, value=a["lead_text"])
                c = ap.cell(row=r, column=6, value=a["orig"])
                c.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    c = ap.cell(row=r, column=7, value=a["rev"])
                    c.number_format = "dd/mm/yyyy"
                ap.cell(row=r, column=8, value=a["progress"])
                c = ap.cell(row=r, column=9, value=a["rag"])
                if a["status"] in RAG_FILL:
                    c.fill = fill(RAG_FILL[a["status"]])
                    if a["status"] in ("blue", "red", "green"):
                        c.font = Font(color="FFFFFF", bold=True)
                    else:
                        c.font = Font(bold=True)
                for j in range(1, 10):
                    ap.cell(row=r, column=j).border = BOX
                    ap.cell(row=r, column=j).alignment = WRAP
                r += 1
            ap.cell(row=first, column=1, value=recno)
            ap.cell(row=first, column=2, value=rectext)
            if r - 1 > first:
                ap.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ap.cell(row=r, column=1, value="RAG key: Blue – complete; Green – on track to original date; "
                                   "Amber – revised date agreed; Red – off track / revised date missed.")
    ap.cell(row=r + 1, column=1, value="Note: revised target dates require the agreement of the Audit and "
                                       "Standards Committee.")
    widths = (7, 40, 9, 48, 26, 12, 12, 44, 11)
    for j, w in enumerate(widths):
        ap.column_dimensions[get_column_letter(j + 1)].width = w
    ap.freeze_panes = "A5"
    wb.save(out(NECA_FILE))


# ---------------------------------------------------------------------------
# 2. Lake District National Park Authority - ICO data protection audit action plan
# ---------------------------------------------------------------------------
LDNPA_FILE = "zxj-lake-district-npa-ico-data-protection-audit-action-plan.xlsx"
LDNPA_TITLE = "Lake District National Park Authority – ICO Data Protection Audit: Action Plan"

LDNPA_AREAS = [
    ("Governance & Accountability", [
        dict(ref="A1", priority="High",
             nc="The Data Protection Policy was last reviewed in 2019 and refers to the Data Protection Act 1998.",
             rec="The Authority should review and update its Data Protection Policy so that it reflects the "
                 "UK GDPR and the DPA 2018, and set a scheduled review cycle.",
             acts=[dict(action="Revise the Data Protection Policy and submit it to Leadership Team for approval, "
                               "with a two-yearly review date.",
                        lead_text="Data Protection Officer", lead=["Data Protection Officer"],
                        due="30 September 2024", end="2024-09", status="blue",
                        progress="Approved by Leadership Team 17/09/2024 and published on the intranet.")]),
        dict(ref="A2", priority="Medium",
             nc="There is no forum with oversight of information governance risks and performance.",
             rec="The Authority should establish an Information Governance Group with terms of reference, "
                 "reporting to Leadership Team.",
             acts=[dict(action="Set up an Information Governance Group chaired by the SIRO, meeting quarterly, "
                               "with agreed terms of reference.",
                        lead_text="SIRO (Director of Corporate Services)",
                        lead=["SIRO (Director of Corporate Services)"],
                        due="31 October 2024", end="2024-10", status="blue",
                        progress="First meeting held 8 October 2024; terms of reference agreed.")]),
        dict(ref="A3", priority="High",
             nc="The Record of Processing Activities (ROPA) is incomplete and does not cover the Planning, "
                "Estates or Visitor Services teams.",
             rec="The Authority should complete and maintain a ROPA covering all teams, with named "
                 "Information Asset Owners.",
             acts=[dict(action="Run information asset workshops with each team to populate the ROPA.",
                        lead_text="Information Governance Officer",
                        lead=["Information Governance Officer"],
                        due="28 February 2025", end="2025-02", status="green",
                        progress="Workshops held with 9 of 11 teams; remaining two booked for February."),
                   dict(action="Assign an Information Asset Owner to every asset and publish the ROPA on the "
                               "intranet.",
                        lead_text="Information Governance Officer / Heads of Service",
                        lead=["Information Governance Officer", "Heads of Service"],
                        due="Q1 2025/26", end="2025-06", status="amber",
                        progress="Depends on completion of workshops.")]),
    ]),
    ("Training & Awareness", [
        dict(ref="B1", priority="High",
             nc="Data protection training is not mandatory and completion is not monitored. Seasonal staff "
                "and volunteer rangers receive no training.",
             rec="The Authority should make data protection training mandatory for all staff and volunteers "
                 "at induction, with refresher training every two years.",
             acts=[dict(action="Roll out the mandatory e-learning module to all staff, including seasonal "
                               "rangers, and record completion in the HR system.",
                        lead_text="Head of HR; Data Protection Officer",
                        lead=["Head of HR", "Data Protection Officer"],
                        due="31 March 2025", end="2025-03", status="green",
                        progress="Module live from 6 January 2025; 64% completion at end of January.")]),
        dict(ref="B2", priority="Medium",
             nc="Staff who handle subject access requests have had no specific training.",
             rec="The Authority should provide role-specific training for staff who handle subject access "
                 "requests.",
             acts=[dict(action="Deliver SAR handling training to the Customer Services and Planning teams.",
                        lead_text="Data Protection Officer", lead=["Data Protection Officer"],
                        due="June 2025", end="2025-06", status="unrated",
                        progress="")]),
    ]),
    ("Data Sharing", [
        dict(ref="C1", priority="Medium",
             nc="Personal data is shared regularly with partner organisations without written agreements.",
             rec="The Authority should put written data sharing agreements in place with partners it shares "
                 "personal data with regularly.",
             acts=[dict(action="Identify all regular data sharing with partners and agree written data sharing "
                               "agreements, using the ICO Data Sharing Code checklist.",
                        lead_text="Information Governance Officer",
                        lead=["Information Governance Officer"],
                        due="30 June 2025", end="2025-06", status="amber",
                        progress="Sharing mapped; 3 of 7 agreements signed. Two partners yet to respond.")]),
        dict(ref="C2", priority="Low",
             nc="Some older processor contracts do not contain the clauses required by Article 28 UK GDPR.",
             rec="The Authority should review contracts with processors to ensure they include Article 28 "
                 "clauses.",
             acts=[dict(action="Review contracts for the car park payment system, payroll and CCTV maintenance "
                               "and add Article 28 clauses at renewal.",
                        lead_text="Procurement Officer", lead=["Procurement Officer"],
                        due="Ongoing – at contract renewal", end=None,
                        end_text="Ongoing – at contract renewal", status="green",
                        progress="Payroll contract varied November 2024.")]),
    ]),
]


def build_ldnpa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = LDNPA_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="385723")
    ws["A2"] = "ICO consensual audit, June 2024. Progress position at 31 January 2025 (ICO follow-up)."
    ws["A4"] = "Recommendations by scope area and priority"
    ws["A4"].font = Font(bold=True)
    hdr = ["Scope area", "Assurance rating", "Urgent", "High", "Medium", "Low", "Total"]
    data = [("Governance & Accountability", "Limited", 0, 2, 1, 0, 3),
            ("Training & Awareness", "Limited", 0, 1, 1, 0, 2),
            ("Data Sharing", "Reasonable", 0, 0, 1, 1, 2),
            ("Total", "", 0, 3, 3, 1, 7)]
    for j, v in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        c.border = BOX
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws["A12"] = "Status key (colour in the Status column of each scope area sheet)"
    ws["A12"].font = Font(bold=True)
    key = [("blue", "Complete – evidence sent to ICO"), ("green", "On track"),
           ("amber", "At risk of missing target date"), ("red", "Overdue")]
    for i, (col, txt) in enumerate(key):
        ws.cell(row=13 + i, column=1).fill = fill(RAG_FILL[col])
        ws.cell(row=13 + i, column=2, value=txt)
    ws["A18"] = "No colour = not yet started."
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 34

    headers = ["Ref", "Non-conformity", "ICO recommendation", "Priority", "Agreed action",
               "Action owner", "Target date", "Progress at 31/01/2025", "Status"]
    for area, recs in LDNPA_AREAS:
        sh = wb.create_sheet(area)
        sh["A1"] = LDNPA_TITLE
        sh["A1"].font = Font(bold=True, size=12)
        sh["A2"] = area
        sh["A2"].font = Font(bold=True, size=12, color="385723")
        for j, v in enumerate(headers):
            c = sh.cell(row=4, column=1 + j, value=v)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("385723")
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for rec in recs:
            first = r
            for a in rec["acts"]:
                sh.cell(row=r, column=5, value=a["action"])
                sh.cell(row=r, column=6, value=a["lead_text"])
                sh.cell(row=r, column=7, value=a["due"])
                sh.cell(row=r, column=8, value=a["progress"] or None)
                if a["status"] in RAG_FILL:
                    sh.cell(row=r, column=9).fill = fill(RAG_FILL[a["status"]])
                for j in range(1, 10):
                    sh.cell(row=r, column=j).border = BOX
                    sh.cell(row=r, column=j).alignment = WRAP
                r += 1
            sh.cell(row=first, column=1, value=rec["ref"])
            sh.cell(row=first, column=2, value=rec["nc"])
            sh.cell(row=first, column=3, value=rec["rec"])
            sh.cell(row=first, column=4, value=rec["priority"])
            if r - 1 > first:
                for col in (1, 2, 3, 4):
                    sh.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        for j, w in enumerate((6, 34, 40, 9, 44, 24, 16, 36, 9)):
            sh.column_dimensions[get_column_letter(j + 1)].width = w
        sh.freeze_panes = "A5"
    wb.save(out(LDNPA_FILE))


# ---------------------------------------------------------------------------
# 3. National Grid Electricity Distribution - Storm Darragh lessons learned (Ofgem)
# ---------------------------------------------------------------------------
NGED_FILE = ("zxj-national-grid-electricity-distribution-ofgem-storm-darragh-"
             "lessons-learned-action-plan.xlsx")
NGED_TITLE = "Storm Darragh (6–8 December 2024) – Lessons Learned Action Plan"

NGED_THEMES = [
    ("Theme 1 – Network resilience", [
        ("L1",
         "Tree-related faults on 11kV overhead lines in mid and west Wales caused most HV faults; several "
         "circuits had not been cut to the ESQCR resilience standard.",
         [
             dict(ref="1.1",
                  action="Bring forward the resilience tree-cutting programme for the 20 worst-affected 11kV "
                         "circuits in South Wales.",
                  lead_text="Head of Vegetation Management", lead=["Head of Vegetation Management"],
                  orig=datetime(2025, 9, 30), rev=datetime(2025, 12, 31), prev="A", cur="A",
                  update="14 of 20 circuits complete. Access consents outstanding on land in Ceredigion.",
                  end="2025-12", status="amber"),
             dict(ref="1.2",
                  action="Review the storm resilience criteria used to prioritise overhead line rebuilds in "
                         "RIIO-ED2 and report the outcome to Ofgem.",
                  lead_text="Head of Network Strategy", lead=["Head of Network Strategy"],
                  orig=datetime(2025, 3, 31), rev=None, prev="G", cur="B",
                  update="Report sent to Ofgem 27/03/2025.",
                  end="2025-03", status="blue"),
         ]),
    ]),
    ("Theme 2 – Customer communications", [
        ("L2",
         "Estimated restoration times on the website and power cut map were not updated for some customers "
         "for more than 24 hours.",
         [
             dict(ref="2.1",
                  action="Introduce an automatic alert when an estimated restoration time has passed without an "
                         "update, with a four-hour refresh rule during storm escalation.",
                  lead_text="Head of Customer Service\nHead of Digital",
                  lead=["Head of Customer Service", "Head of Digital"],
                  orig=datetime(2025, 4, 30), rev=None, prev="A", cur="G",
                  update="Alert built and tested in the October storm exercise.",
                  end="2025-04", status="green"),
             dict(ref="2.2",
                  action="Stress test the 105 telephony platform and website against three times the Storm "
                         "Darragh peak call volume.",
                  lead_text="Head of Digital", lead=["Head of Digital"],
                  orig=datetime(2025, 7, 31), rev=None, prev="G", cur="B",
                  update="Test completed 10/07/2025; report to Storm Review Board.",
                  end="2025-07", status="blue"),
         ]),
        ("L3",
         "Welsh-language messages were issued later than English messages on the first day of the storm.",
         [
             dict(ref="2.3",
                  action="Add bilingual storm message templates to the incident communications toolkit so "
                         "that Welsh and English messages are issued together.",
                  lead_text="Communications Manager (Wales)", lead=["Communications Manager (Wales)"],
                  orig=datetime(2025, 3, 31), rev=None, prev="G", cur="B",
                  update="Templates in use since March 2025.",
                  end="2025-03", status="blue"),
         ]),
    ]),
    ("Theme 3 – Priority Services Register customers", [
        ("L4",
         "Welfare support for PSR customers off supply for more than 48 hours depended on local resilience "
         "forum partners and varied between counties.",
         [
             dict(ref="3.1",
                  action="Agree a welfare support protocol with the Dyfed-Powys and South Wales local "
                         "resilience forums, covering hot food, welfare vans and generator provision.",
                  lead_text="Regional Director – South Wales", lead=["Regional Director – South Wales"],
                  orig=datetime(2025, 6, 30), rev=datetime(2025, 10, 31), prev="A", cur="R",
                  update="Protocol not yet signed by all partners; escalated to Storm Review Board.",
                  end="2025-10", status="red"),
             dict(ref="3.2",
                  action="Contact all PSR customers in areas under a Met Office red or amber wind warning at "
                         "least 24 hours before a named storm arrives.",
                  lead_text="PSR Manager", lead=["PSR Manager"],
                  orig="Ongoing – each named storm", rev=None, prev="G", cur="G",
                  update="Carried out for Storm Éowyn (January 2025).",
                  end=None, end_text="Ongoing – each named storm", status="green"),
         ]),
    ]),
    ("Theme 4 – Mutual aid and resourcing", [
        ("L5",
         "Mutual aid crews from other network operators arrived before accommodation and welfare arrangements "
         "were in place.",
         [
             dict(ref="4.1",
                  action="Produce a mutual aid reception plan covering accommodation, induction, safety "
                         "briefings and materials stores.",
                  lead_text="Head of Emergency Planning", lead=["Head of Emergency Planning"],
                  orig=datetime(2025, 5, 31), rev=datetime(2025, 11, 30), prev="R", cur="A",
                  update="Draft plan agreed with ENA mutual aid group; hotel framework being procured.",
                  end="2025-11", status="amber"),
             dict(ref="4.2",
                  action="Run a joint exercise with two other network operators to test the reception plan "
                         "before the 2025/26 storm season.",
                  lead_text="Head of Emergency Planning & Head of Health and Safety",
                  lead=["Head of Emergency Planning", "Head of Health and Safety"],
                  orig=datetime(2025, 10, 31), rev=None, prev="", cur="G",
                  update="Exercise booked for 22 October 2025.",
                  end="2025-10", status="green"),
         ]),
    ]),
]

RAG_LETTER_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def build_nged():
    wb = Workbook()
    ws = wb.active
    ws.title = "Dashboard"
    ws["A1"] = "National Grid Electricity Distribution"
    ws["A1"].font = Font(bold=True, size=14, color="00148C")
    ws["A2"] = NGED_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Quarterly update to Ofgem – position at 30 September 2025"
    ws["A5"] = "Action status"
    ws["A5"].font = Font(bold=True)
    rows = [("RAG", "Previous quarter", "This quarter"),
            ("R – off track", 1, 1),
            ("A – at risk", 3, 2),
            ("G – on track", 4, 3),
            ("B – complete (evidence provided)", 0, 3),
            ("Not rated", 1, 0),
            ("Total actions", 9, 9)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or row[0] == "Total actions":
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 18

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = NGED_TITLE
    ap["A1"].font = Font(bold=True, size=13)
    ap.merge_cells("A1:H1")
    ap["A2"] = ("Owner: Director of Distribution Operations   |   Reviewed by: Storm Review Board   |   "
                "Version 5, 30/09/2025")
    headers = ["Ref", "Action", "Action owner(s)", "Original due date", "Revised due date",
               "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Update"]
    r = 4
    for j, v in enumerate(headers):
        c = ap.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00148C")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for theme, lessons in NGED_THEMES:
        c = ap.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, size=12)
        for j in range(1, 9):
            ap.cell(row=r, column=j).fill = fill("BDD7EE")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for lid, ltext, acts in lessons:
            ap.cell(row=r, column=1, value=lid).font = Font(bold=True, italic=True)
            c = ap.cell(row=r, column=2, value=ltext)
            c.font = Font(italic=True)
            c.alignment = WRAP
            ap.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ap.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                ap.cell(row=r, column=1, value=a["ref"])
                ap.cell(row=r, column=2, value=a["action"])
                ap.cell(row=r, column=3, value=a["lead_text"])
                c = ap.cell(row=r, column=4, value=a["orig"])
                if isinstance(a["orig"], datetime):
                    c.number_format = "mmm-yy"
                if a["rev"] is not None:
                    c = ap.cell(row=r, column=5, value=a["rev"])
                    c.number_format = "mmm-yy"
                for col, key in ((6, "prev"), (7, "cur")):
                    v = a[key]
                    c = ap.cell(row=r, column=col, value=v or None)
                    c.alignment = CENTRE
                    if v:
                        c.fill = fill(RAG_LETTER_FILL[v])
                ap.cell(row=r, column=8, value=a["update"])
                for j in range(1, 9):
                    ap.cell(row=r, column=j).border = BOX
                    if j not in (6, 7):
                        ap.cell(row=r, column=j).alignment = WRAP
                r += 1
    r += 1
    ap.cell(row=r, column=1, value="RAG: R = off track, escalate to Storm Review Board; A = at risk; "
                                   "G = on track; B = complete and evidence provided to Ofgem.")
    ap.cell(row=r + 1, column=1, value="Lessons L1–L5 are taken from the internal Storm Darragh debrief "
                                       "(January 2025) and Ofgem's letter of 4 February 2025.")
    for j, w in enumerate((7, 56, 28, 12, 12, 11, 11, 44)):
        ap.column_dimensions[get_column_letter(j + 1)].width = w
    ap.freeze_panes = "A5"

    vh = wb.create_sheet("Version history")
    rows = [("Version", "Date", "Change"),
            (1, "14/02/2025", "First issue following Ofgem letter"),
            (2, "31/03/2025", "Q4 2024/25 update"),
            (3, "30/06/2025", "Q1 2025/26 update; revised dates for 1.1, 3.1 and 4.1"),
            (4, "15/08/2025", "Action 4.2 added"),
            (5, "30/09/2025", "Q2 2025/26 update")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = vh.cell(row=1 + i, column=1 + j, value=v)
            if i == 0:
                c.font = Font(bold=True)
    vh.column_dimensions["C"].width = 50
    wb.save(out(NGED_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    """Write text; a '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def table(doc, rows, header_fill="1F3864", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0), size=9,
                     color=("FFFFFF" if i == 0 and header_fill else None))
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


# ---------------------------------------------------------------------------
# 4. UK Hydrographic Office - S-100 transition programme highlight report
# ---------------------------------------------------------------------------
UKHO_FILE = "zxj-uk-hydrographic-office-s-100-transition-programme-highlight-report.docx"
UKHO_TITLE = "S-100 Transition Programme – Highlight Report"

UKHO_WS = [
    ("Workstream 1 – S-101 ENC production", [
        dict(ref="1.1", action="Complete conversion of ADMIRALTY ENC Band 4 coverage of the English Channel "
                               "to S-101 test datasets.",
             lead_text="Head of ENC Production", lead=["Head of ENC Production"],
             base="Sep-25", fcst="Nov-25", rag="A", end="2025-11", status="amber",
             comment="Conversion tool defects (depth area encoding) fixed in release 2.3; two-month slip."),
        dict(ref="1.2", action="Publish S-101 test datasets to the IHO S-100 test bed for OEM trials.",
             lead_text="Head of ENC Production", lead=["Head of ENC Production"],
             base="Dec-25", fcst="Dec-25", rag="G", end="2025-12", status="green",
             comment="On track, subject to 1.1."),
        dict(ref="1.3", action="Sign off S-101 production quality checks against Validation Check Set v1.1.",
             lead_text="Quality Assurance Lead", lead=["Quality Assurance Lead"],
             base="Aug-25", fcst="Aug-25", rag="C", end="2025-08", status="blue",
             comment="Signed off at Design Authority 28 August."),
    ]),
    ("Workstream 2 – Distribution and ADMIRALTY services", [
        dict(ref="2.1", action="Go-live of S-100 exchange set support in the ADMIRALTY Vector Chart Service "
                               "distribution platform.\nDependency: supplier release 4.2.",
             lead_text="Head of Digital Services", lead=["Head of Digital Services"],
             base="Jan-26", fcst="Mar-26", rag="R", end="2026-03", status="red",
             comment="Supplier release 4.2 delayed; recovery plan requested by 14 November. "
                     "Board decision needed (see section 5)."),
        dict(ref="2.2", action="Agree updated licensing terms for S-100 products with ADMIRALTY distributors.",
             lead_text="Commercial Director; Head of Legal", lead=["Commercial Director", "Head of Legal"],
             base="Nov-25", fcst="Nov-25", rag="G", end="2025-11", status="green",
             comment="Terms issued for consultation 6 October."),
        dict(ref="2.3", action="Deliver distributor onboarding webinars (three sessions).",
             lead_text="Customer Engagement Manager", lead=["Customer Engagement Manager"],
             base="Oct-25", fcst="Oct-25", rag="C", end="2025-10", status="blue",
             comment="Three sessions delivered; 41 distributor staff attended."),
    ]),
    ("Workstream 3 – Standards and international engagement", [
        dict(ref="3.1", action="Submit UKHO comments on the S-98 interoperability specification to the IHO "
                               "S-100 Working Group.",
             lead_text="Head of Standards", lead=["Head of Standards"],
             base="Jul-25", fcst="Jul-25", rag="C", end="2025-07", status="blue",
             comment="Submitted 18 July."),
        dict(ref="3.2", action="Support the UK paper to the IMO sub-committee on the S-100 ECDIS performance "
                               "standard transition timeline.",
             lead_text="Head of Standards / International Relations Manager",
             lead=["Head of Standards", "International Relations Manager"],
             base="Q4 2025/26", fcst="Q4 2025/26", rag="G", end="2026-03", status="green",
             comment="Working with MCA on the draft."),
        dict(ref="3.3", action="Host a bilateral S-100 transition workshop with neighbouring hydrographic "
                               "offices (SHOM, BSH, NLHO).",
             lead_text="International Relations Manager", lead=["International Relations Manager"],
             base="Sep-25", fcst="Jan-26", rag="A", end="2026-01", status="amber",
             comment="Moved to January to follow the IHO Council meeting."),
    ]),
]

RAG_DOC_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "C": "5B9BD5"}


def build_ukho():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("UK Hydrographic Office")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    r = p.add_run("OFFICIAL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(UKHO_TITLE, level=0)
    doc.add_paragraph("Reporting period: 1–31 October 2025")
    doc.add_paragraph("Report to: UKHO Executive Board, 18 November 2025")

    table(doc, [["Item", "Detail"],
                ["Senior Responsible Owner", "Chief Technology Officer"],
                ["Programme Manager", "S-100 Programme Manager"],
                ["Version", "1.0 (final)"],
                ["Date", "07/11/2025"],
                ["Classification", "OFFICIAL"]], header_fill="00263E")
    doc.add_paragraph()

    doc.add_heading("1. Overall status", level=1)
    t = table(doc, [["Dimension", "Last period", "This period", "Comment"],
                    ["Overall", "A", "A", "Distribution platform dependency is the main driver."],
                    ["Schedule", "A", "A", "Two milestones slipped this period (1.1 and 3.3)."],
                    ["Cost", "G", "G", "Forecast within approved budget for 2025/26."],
                    ["Resources", "A", "G", "Two S-101 cartographers recruited."],
                    ["Risk", "A", "R", "Supplier delay risk has become an issue."]], header_fill="00263E")
    for i in range(1, 6):
        for j in (1, 2):
            v = t.cell(i, j).text
            shade(t.cell(i, j), RAG_DOC_FILL[v])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: G – on track; A – at risk but recoverable within tolerance; "
                      "R – off track, Board intervention needed; C – complete.")

    doc.add_heading("2. Summary", level=1)
    doc.add_paragraph("The programme remains Amber. S-101 production quality checks were signed off and the "
                      "distributor onboarding webinars were delivered. The supplier delay to the ADMIRALTY "
                      "Vector Chart Service distribution release means the January 2026 go-live will not be "
                      "met without intervention.")

    doc.add_heading("3. Milestones", level=1)
    for ws_name, acts in UKHO_WS:
        doc.add_heading(ws_name, level=2)
        rows = [["Ref", "Milestone / action", "Owner", "Baseline", "Forecast", "RAG", "Commentary"]]
        for a in acts:
            rows.append([a["ref"], a["action"], a["lead_text"], a["base"], a["fcst"], a["rag"],
                         a["comment"]])
        t = table(doc, rows, header_fill="00263E")
        for i, a in enumerate(acts, start=1):
            shade(t.cell(i, 5), RAG_DOC_FILL[a["rag"]])
        doc.add_paragraph()

    doc.add_heading("4. Key risks and issues", level=1)
    table(doc, [["ID", "Risk / issue", "Score", "Trend"],
                ["I-07", "Supplier release 4.2 for the distribution platform delayed (now an issue).", "20",
                 "↑"],
                ["R-12", "Limited OEM readiness for S-101 type-approved ECDIS before 2026.", "12", "→"],
                ["R-15", "Loss of specialist cartographic staff to industry.", "9", "↓"]],
          header_fill="00263E")
    doc.add_paragraph()
    doc.add_heading("5. Decisions required", level=1)
    doc.add_paragraph("The Board is asked to approve a change request moving the distribution go-live "
                      "milestone (2.1) from January 2026 to March 2026 and to note the Red rating.")
    doc.save(out(UKHO_FILE))


# ---------------------------------------------------------------------------
# 5. St Wilfrid's Hospice (Eastbourne) - Board of Trustees action log
# ---------------------------------------------------------------------------
SWH_FILE = "zxj-st-wilfrids-hospice-eastbourne-board-of-trustees-action-log.docx"
SWH_TITLE = "St Wilfrid’s Hospice: Board of Trustees Action Log"

SWH_MEETINGS = [
    ("Meeting of 26 March 2025", [
        dict(ref="25/14", action="Commission an external review of the Hospice at Home rota and out-of-hours "
                                 "on-call arrangements.",
             lead_text="Director of Clinical Services", lead=["Director of Clinical Services"],
             due="Sep-25", rag="Complete", end="2025-09", status="blue",
             update="Review received August 2025 and taken to Clinical Governance Committee on 10 September."),
        dict(ref="25/17", action="Prepare an options paper on the reserves policy, setting out the minimum "
                                 "level of free reserves in months of expenditure.",
             lead_text="Director of Finance & Resources", lead=["Director of Finance & Resources"],
             due="June 2025 (revised: November 2025)", end="2025-11",
             end_text="June 2025 (revised: November 2025)", rag="Amber", status="amber",
             update="Deferred to await the ICB funding announcement. Paper to go to Finance & Investment "
                    "Committee first."),
    ]),
    ("Meeting of 25 June 2025", [
        dict(ref="25/31", action="Circulate the draft strategy 2026–2031 to trustees for comment before the "
                                 "strategy away day.",
             lead_text="CEO", lead=["CEO"],
             due="31/08/2025", rag="Complete", end="2025-08", status="blue",
             update="Circulated 22 August."),
        dict(ref="25/33", action="Arrange safeguarding refresher training for all trustees, delivered by the "
                                 "hospice Safeguarding Lead.",
             lead_text="Company Secretary / Safeguarding Lead",
             lead=["Company Secretary", "Safeguarding Lead"],
             due="Oct-25", rag="Red", end="2025-10", status="red",
             update="Date not yet confirmed. Three trustees have not completed the e-learning."),
        dict(ref="25/36", action="Report back on the options for renewing the lease of the retail "
                                 "distribution warehouse.",
             lead_text="Director of Income Generation", lead=["Director of Income Generation"],
             due="Dec-25", rag="Green", end="2025-12", status="green",
             update="Landlord's heads of terms received; on the agenda for December."),
    ]),
    ("Meeting of 24 September 2025", [
        dict(ref="25/48", action="Bring the updated Board Assurance Framework, mapped to the new strategy, to "
                                 "the December Board.",
             lead_text="CEO and Chair", lead=["CEO", "Chair"],
             due="Dec-25", rag="Green", end="2025-12", status="green",
             update="Draft reviewed by Audit & Risk Committee 5 November."),
        dict(ref="25/51", action="Set up a trustee task and finish group to oversee procurement of the new "
                                 "electronic patient record system.",
             lead_text="KM, DF", lead=["KM", "DF"],
             due="Nov-25", rag="Green", end="2025-11", status="green",
             update="Terms of reference drafted; first meeting 12 November."),
        dict(ref="25/52", action="Add the ICB review of hospice funding to the strategic risk register and "
                                 "report its likely impact to each Finance & Investment Committee.",
             lead_text="Director of Finance & Resources", lead=["Director of Finance & Resources"],
             due="Ongoing", end=None, end_text="Ongoing", rag="", status="unrated",
             update=""),
    ]),
]

SWH_RAG_FILL = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF5050"}


def build_swh():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    # cover-sheet table used on every board paper
    table(doc, [["Agenda item", "4"],
                ["Paper", "Action log – Board of Trustees"],
                ["Purpose", "For noting"],
                ["Author", "Company Secretary"],
                ["Date of meeting", "10 December 2025"]], header_fill=None)
    doc.add_paragraph()
    doc.add_heading(SWH_TITLE, level=1)
    doc.add_paragraph("Open actions and actions closed since the last meeting. Closed actions will be "
                      "removed from the next log once noted by the Board.")
    for mtg, acts in SWH_MEETINGS:
        doc.add_heading(mtg, level=2)
        rows = [["Minute ref", "Action", "Lead", "Due", "RAG", "Update"]]
        for a in acts:
            rows.append([a["ref"], a["action"], a["lead_text"], a["due"], a["rag"], a["update"]])
        t = table(doc, rows, header_fill="6A2C70")
        for i, a in enumerate(acts, start=1):
            if a["rag"] in SWH_RAG_FILL:
                shade(t.cell(i, 4), SWH_RAG_FILL[a["rag"]])
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – on track; Amber – delayed, revised date given; Red – overdue or at "
                      "risk; Complete – action closed (to be noted by the Board).")
    doc.add_paragraph("Lead initials: KM – Karen Moss (Trustee); DF – David Farrow (Trustee).")
    doc.save(out(SWH_FILE))


# ---------------------------------------------------------------------------
# 6. Swanage Town Council - internal audit action plan 2024/25 (CSV) - typo month refuse
# ---------------------------------------------------------------------------
SWAN_FILE = "zxj-swanage-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"

SWAN_ROWS = [
    ["Swanage Town Council", "", "", "", "", "", ""],
    ["Internal Audit 2024/25 – Action Plan", "", "", "", "", "", ""],
    ["Internal auditor's interim (November 2024) and year-end (May 2025) visits. Updated for Finance & "
     "General Purposes Committee, 14 July 2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "Control objective", "Recommendation", "Action agreed", "Officer", "Target date", "Status"],
    ["", "A. Appropriate accounting records", "", "", "", "", ""],
    ["A1", "", "Journals posted in the accounting system should carry a narrative and be authorised by a "
                "second officer.",
     "Introduce a journal authorisation form signed by the RFO and the Deputy Town Clerk.", "RFO", "Jul-25",
     "Complete"],
    ["", "B. Financial regulations, governance and payments", "", "", "", "", ""],
    ["B1", "", "The Council should adopt the 2024 NALC model Financial Regulations, including the revised "
                "procurement thresholds.",
     "Adopt revised Financial Regulations at Full Council.", "Town Clerk", "September 2025", "On track"],
    ["B2", "", "Payments approved by committee should be evidenced by two councillor signatures on the "
                "payment schedule.",
     "Update the payment schedule template to include councillor authorisation boxes.", "RFO / Chair of F&GP",
     "Aug-25", "Complete"],
    ["", "C. Risk management", "", "", "", "", ""],
    ["C1", "", "The risk register should be reviewed and re-adopted annually, and should include the seafront "
                "kiosks and beach hut income.",
     "Review the risk register and present it to Full Council for adoption.", "Town Clerk", "Decmber 2025",
     "Not started"],
    ["", "E. Income controls", "", "", "", "", ""],
    ["E1", "", "Beach hut and car park income should be reconciled monthly to the booking system.",
     "Reconcile beach hut bookings to the ledger monthly, signed off by the RFO.", "Finance Officer", "Oct-25",
     "On track"],
    ["", "H. Asset register", "", "", "", "", ""],
    ["H1", "", "The asset register should be updated for new play equipment and reconciled to the insurance "
                "schedule.",
     "Update the asset register and reconcile it to the insurance schedule before renewal.",
     "Deputy Town Clerk", "30/09/2025", "Complete"],
    ["", "J. Year-end procedures", "", "", "", "", ""],
    ["J1", "", "The notice of the period for the exercise of public rights should be published with the "
                "correct inspection dates.",
     "Use the JPAG year-end timetable checklist for 2025/26.", "RFO", "March 2026", ""],
    ["", "L. Publication requirements", "", "", "", "", ""],
    ["L1", "", "The website should meet the accessibility regulations and publish all items required by the "
                "Transparency Code.",
     "Commission a website accessibility audit and publish the missing Transparency Code items.",
     "Town Clerk; Communications Officer", "Jan-26", ""],
    ["", "", "", "", "", "", ""],
    ["Status key: Complete / On track / Not started. Items completed will be reported to the next internal "
     "audit visit.", "", "", "", "", "", ""],
]


def build_swan():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in SWAN_ROWS:
        w.writerow(row)
    with open(out(SWAN_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. The Donkey Sanctuary - strategic risk register 2025/26 (tab-separated text export)
# ---------------------------------------------------------------------------
TDS_FILE = "zxj-donkey-sanctuary-strategic-risk-register-2025-26.txt"
TDS_TITLE = "Strategic Risk Register 2025/26"

TDS_RISKS = [
    ("SR01", "Financial",
     "Legacy income, which provides most of our income, falls significantly below budget because of "
     "property market conditions and probate delays.",
     "Chief Financial Officer", "16", [
         dict(ref="SR01.1", action="Update the legacy pipeline model quarterly and report variances against "
                                   "budget to Finance Committee.",
              lead_text="Head of Legacy Administration", lead=["Head of Legacy Administration"],
              due="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
              progress="Q2 variance -4% reported 21/10/2025."),
         dict(ref="SR01.2", action="Complete the reserves policy review and agree the target range of free "
                                   "reserves with trustees.",
              lead_text="Chief Financial Officer", lead=["Chief Financial Officer"],
              due="31/12/2025", end="2025-12", rag="Amber", status="amber",
              progress="Draft policy to Finance Committee 25/11/2025."),
     ]),
    ("SR02", "Donkey welfare",
     "An outbreak of infectious disease across the UK farms leads to loss of animals and suspension of "
     "rehoming.",
     "Director of Donkey Welfare", "15", [
         dict(ref="SR02.1", action="Roll out the revised biosecurity protocol and quarantine checklist at all "
                                   "UK farms.",
              lead_text="Head of Veterinary Services", lead=["Head of Veterinary Services"],
              due="Sept 2025 – March 2026", end="2026-03", end_text="Sept 2025 – March 2026",
              rag="Green", status="green",
              progress="Four of seven farms complete."),
         dict(ref="SR02.2", action="Run a disease outbreak tabletop exercise with farm managers.",
              lead_text="Head of Veterinary Services / Farm Operations Manager",
              lead=["Head of Veterinary Services", "Farm Operations Manager"],
              due="Q4 2025/26", end="2026-03", rag="Not started", status="unrated",
              progress=""),
     ]),
    ("SR03", "Safeguarding",
     "Failure to protect children and adults at risk who take part in donkey-assisted activities at our "
     "centres.",
     "Director of People", "12", [
         dict(ref="SR03.1", action="Refresh the safeguarding policy to cover donkey-assisted activities and "
                                   "present it to the Board.",
              lead_text="Head of Safeguarding", lead=["Head of Safeguarding"],
              due="Jun-25", end="2025-06", rag="Complete", status="blue",
              progress="Approved by the Board 17/06/2025."),
         dict(ref="SR03.2", action="Ensure all staff and volunteers working with children have an enhanced DBS "
                                   "check renewed within three years.",
              lead_text="HR Director", lead=["HR Director"],
              due="Mar-26", end="2026-03", rag="Amber", status="amber",
              progress="212 renewals outstanding; extra HR resource agreed."),
     ]),
    ("SR04", "International programmes",
     "Partner failure or fraud in overseas programmes leads to loss of funds and damage to our reputation.",
     "Director of International Programmes", "12", [
         dict(ref="SR04.1", action="Refresh due diligence for all partners receiving more than £50,000 a year.",
              lead_text="Head of Programme Finance", lead=["Head of Programme Finance"],
              due="30/11/2025", end="2025-11", rag="Green", status="green",
              progress="9 of 12 partners complete."),
         dict(ref="SR04.2", action="Publish whistleblowing hotline information in local languages at partner "
                                   "sites.",
              lead_text="Director of International Programmes", lead=["Director of International Programmes"],
              due="Jan-26", end="2026-01", rag="Red", status="red",
              progress="Translation supplier not yet appointed."),
     ]),
    ("SR05", "Information & technology",
     "A cyber attack disrupts operations or leads to a breach of supporters' personal data.",
     "Chief Operating Officer", "16", [
         dict(ref="SR05.1", action="Achieve Cyber Essentials Plus certification.",
              lead_text="Head of IT", lead=["Head of IT"],
              due="Oct-25", end="2025-10", rag="Complete", status="blue",
              progress="Certified 02/10/2025."),
     ]),
]


def tds_lines():
    lines = [
        "The Donkey Sanctuary",
        TDS_TITLE,
        "Report for Audit & Risk Committee, 11 November 2025",
        "Exported from risk system 03/11/2025 09:14. Position at Q2 2025/26.",
        "",
        "\t".join(["Risk ID", "Category", "Risk description", "Risk owner", "Residual score",
                   "Action ref", "Further action", "Action owner", "Target date", "RAG", "Progress"]),
    ]
    for rid, cat, desc, owner, score, acts in TDS_RISKS:
        for i, a in enumerate(acts):
            lead = [rid, cat, desc, owner, score] if i == 0 else ["", "", "", "", ""]
            lines.append("\t".join(lead + [a["ref"], a["action"], a["lead_text"], a["due"], a["rag"],
                                            a["progress"]]))
    lines += [
        "",
        "Totals: 5 risks; 9 further actions (2 complete, 3 green, 2 amber, 1 red, 1 not started)",
        "Residual score = likelihood x impact after current controls (1–25). Risks scoring 15 or more are "
        "reported to every Board meeting.",
        "Action RAG: Green – on track; Amber – at risk of slipping; Red – overdue; Complete – closed.",
    ]
    return lines


def build_tds():
    with open(out(TDS_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(tds_lines()) + "\r\n")


def main():
    build_neca()
    build_ldnpa()
    build_nged()
    build_ukho()
    build_swh()
    build_swan()
    build_tds()
    for n in (NECA_FILE, LDNPA_FILE, NGED_FILE, UKHO_FILE, SWH_FILE, SWAN_FILE, TDS_FILE):
        print(n, os.path.getsize(out(n)))


if __name__ == "__main__":
    main()
