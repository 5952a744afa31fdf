"""Generator for the be2- cases in heldout91 (plans outside children's services).

Run with /work/main/.venv/bin/python be2_make.py (needs python-docx and openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "GREY": "D9D9D9", "HDR": "1F3864", "LIGHT": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def hdr_row(ws, row, headers, colour="HDR"):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL[colour])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for par in c.paragraphs:
            for r in par.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. East Hampshire DC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def east_hampshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs Sept 25"
    ws["A1"] = "East Hampshire District Council – Internal Audit Outstanding Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 30 September 2025 – report to Audit & Governance Committee, 18 November 2025"
    headers = ["Ref", "Priority", "Recommendation", "Agreed Management Action",
               "Responsible Officer", "Original Target Date", "Revised Target Date",
               "Progress Update (September 2025)", "RAG"]
    hdr_row(ws, 5, headers)
    D = dt.datetime
    groups = [
        ("Council Tax and Business Rates 2024/25 – Reasonable Assurance", [
            ("CT/24/01", "Medium",
             "Reconciliations between the Council Tax system and the Valuation Office list should be completed monthly and independently reviewed.",
             "Monthly VOA reconciliation to be reinstated and signed off by the Revenues Team Leader, with evidence retained on the shared drive.",
             "Revenues & Benefits Manager", D(2025, 3, 31), D(2025, 6, 30),
             "Reconciliations completed for April to August 2025 and signed off. Evidence verified by Internal Audit.",
             "Complete", "B"),
            ("CT/24/02", "Low",
             "Write-off authorisations should be checked against the approved scheme of delegation.",
             "Write-off procedure note to be updated to include delegation limits and a quarterly sample check.",
             "Revenues & Benefits Manager", D(2025, 9, 30), None,
             "Procedure note drafted and with the Section 151 Officer for approval. First sample check due in October.",
             "G", "G"),
        ]),
        ("Procurement and Contract Management 2024/25 – Limited Assurance", [
            ("PR/24/01", "High",
             "The Contracts Register should be complete and published in line with the Local Government Transparency Code.",
             "All services to confirm their live contracts; Procurement to publish the updated register quarterly.",
             "Head of Legal & Procurement", D(2025, 7, 31), D(2025, 12, 31),
             "Returns received from 9 of 12 services. The three outstanding returns have been escalated to CMT. Revised date agreed by the Committee in July.",
             "A", "A"),
            ("PR/24/02", "High",
             "Waivers of Contract Standing Orders should be recorded centrally and reported to the Audit & Governance Committee.",
             "Introduce an electronic waiver form and central log; report waivers to each Committee meeting.",
             "Procurement Manager / Monitoring Officer", D(2025, 6, 30), None,
             "Waiver form live since June 2025. The first report to Committee has slipped and is now scheduled for the November meeting.",
             "R", "R"),
            ("PR/24/03", "Medium",
             "Contract managers should receive training in contract management.",
             "Deliver contract management training to all named contract managers.",
             "Procurement Manager", D(2026, 3, 31), None,
             "Two sessions delivered (24 staff). A further session is booked for January 2026.",
             "G", "G"),
        ]),
        ("Car Parks Income 2024/25 – Reasonable Assurance", [
            ("CP/24/01", "Medium",
             "Cash collected from pay and display machines should be counted by two officers and reconciled to the machine audit tickets.",
             "Dual-count procedure introduced with the cash collection contractor; reconciliation reviewed weekly by the Parking Services Manager.",
             "Parking Services Manager", D(2025, 2, 28), None,
             "Implemented February 2025 and verified in the Internal Audit follow-up review (August 2025).",
             "Complete", "B"),
            ("CP/24/02", "Low",
             "Parking permit fees should be reviewed annually as part of the fees and charges report.",
             "Permit fees to be included in the 2026/27 fees and charges report to Cabinet.",
             "Parking Services Manager; Finance Business Partner", "FEB26", None,
             "Not yet due.", None, None),
        ]),
        ("Cyber Security 2024/25 – Limited Assurance", [
            ("CY/24/01", "High",
             "Multi-factor authentication should be enforced for all remote access accounts.",
             "MFA to be enforced for all remote and privileged accounts through conditional access policies.",
             "IT Services Manager (Shared Service)", D(2025, 5, 31), D(2025, 9, 30),
             "MFA enforced for all staff accounts. 14 service accounts are still being migrated and are expected to be complete by the end of September.",
             "A", "A"),
        ]),
    ]
    r = 6
    for gi, (title, rows) in enumerate(groups):
        if gi:
            r += 1  # blank row between audits
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill(FILL["GREY"])
        r += 1
        for (ref, pri, rec, act, off, orig, rev, upd, rag, col) in rows:
            if orig == "FEB26":
                orig = D(2026, 2, 1)
                ofmt = "mmm-yy"
            else:
                ofmt = "dd/mm/yyyy"
            vals = [ref, pri, rec, act, off, orig, rev, upd, rag]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=6).number_format = ofmt
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
            if col:
                ws.cell(row=r, column=9).fill = fill(FILL[col])
                ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for txt in ["R = target date passed and action not implemented",
                "A = in progress, revised target date agreed",
                "G = on track to meet the target date",
                "Complete = implemented and verified by Internal Audit",
                "Priority ratings (High / Medium / Low) are as defined in the Internal Audit Charter."]:
        ws.cell(row=r, column=1, value=txt)
        r += 1
    for col, w in zip("ABCDEFGHI", [11, 9, 40, 44, 24, 13, 13, 48, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(p("be2-east-hampshire-dc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bedfordshire Police PEEL AFI tracker (xlsx) – mistyped month, refuse
# ---------------------------------------------------------------------------
def bedfordshire_police():
    wb = Workbook()
    ws = wb.active
    ws.title = "PEEL AFIs"
    ws["A1"] = "Bedfordshire Police – HMICFRS PEEL 2023–25 Areas for Improvement: Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported to: Force Performance & Assurance Board   |   Last updated: 04/09/2025"
    headers = ["Ref", "Area for Improvement", "Action", "Action Owner", "Governance Board",
               "Target Date", "Previous RAG", "Current RAG", "Update"]
    hdr_row(ws, 4, headers)
    rows = [
        ("Investigating crime",),
        ("AFI 1", "The force should make sure that investigations are allocated to staff with the right skills and are supervised effectively.",
         "Introduce the investigative standards framework and monthly supervisory reviews for all crime investigations.",
         "D/Supt Crime & Criminal Justice", "Crime Board", "Dec-2025", "A", "G",
         "Framework launched July 2025. Compliance with monthly reviews at 81% in August."),
        ("AFI 1", "The force should make sure that investigations are allocated to staff with the right skills and are supervised effectively.",
         "Deliver PIP1 refresher training to all response and CID officers.",
         "Head of Learning & Development", "People Board", "Mar-2026", "A", "A",
         "412 of 730 officers trained. Abstraction pressures over the summer have slowed delivery."),
        ("Protecting vulnerable people",),
        ("AFI 2", "The force should improve how it identifies and records vulnerability at first contact.",
         "Deliver THRIVE+ refresher training to all control room staff and add a vulnerability prompt to the command and control system.",
         "Ch Supt Contact Management", "Contact Board", "Sept-2025", "G", "Complete",
         "Training completed for all control room staff. System prompt live from 1 August 2025."),
        ("AFI 3", "The force should make better use of Domestic Violence Protection Notices and Orders.",
         "Issue revised DVPN/DVPO guidance and appoint a DVPO lead in each Community Hub.",
         "D/Supt Public Protection", "Public Protection Board", "Setp-2025", "R", "A",
         "Guidance issued in June. Hub leads appointed in two of three hubs; Luton hub lead to be confirmed."),
        ("AFI 3", "The force should make better use of Domestic Violence Protection Notices and Orders.",
         "Monthly dip sample of domestic abuse cases where a DVPN was not considered.",
         "DCI Safeguarding", "Public Protection Board", "Nov-2025", "A", "G",
         "Dip samples completed for June, July and August and findings fed back to teams."),
        ("Leadership and force management",),
        ("AFI 4", "The force should make sure that its workforce plan takes account of future demand.",
         "Refresh the strategic workforce plan using the Force Management Statement demand analysis.",
         "Director of People", "Strategic Change Board", "31/03/2026", "G", "G",
         "Demand modelling complete; workforce plan in drafting."),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(FILL["LIGHT"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for ci, v in enumerate(row, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BORDER
            for ci in (7, 8):
                v = ws.cell(row=r, column=ci).value
                key = "B" if v == "Complete" else v
                ws.cell(row=r, column=ci).fill = fill(FILL[key])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="R – off track / overdue;  A – at risk;  G – on track;  Complete – action completed, evidence held by the Inspection Liaison Team")
    for col, w in zip("ABCDEFGHI", [8, 42, 44, 24, 18, 11, 10, 10, 44]):
        ws.column_dimensions[col].width = w
    wb.save(p("be2-bedfordshire-police-peel-afi-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Sovereign Network Group RSH consumer standards plan (docx)
# ---------------------------------------------------------------------------
def sovereign():
    doc = Document()
    landscape(doc)
    doc.add_heading("Sovereign Network Group – Consumer Standards Improvement Plan 2025–26", 0)
    doc.add_paragraph(
        "Following the Regulator of Social Housing's inspection and the consumer grading published in 2025, "
        "this plan sets out the actions we are taking to meet the consumer standards. Progress is reported "
        "to the Customer Services Committee each quarter and to the Board twice a year.")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, vals in enumerate([("Version", "Date", "Author", "Approved by"),
                              ("1.0", "14/04/2025", "Head of Regulation", "Executive Leadership Team"),
                              ("1.1", "08/07/2025", "Head of Regulation", "Customer Services Committee"),
                              ("1.2", "06/10/2025", "Head of Regulation", "Customer Services Committee")]):
        for j, v in enumerate(vals):
            t.cell(i, j).text = v
    bold_row(t.rows[0])
    doc.add_paragraph()

    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    sections = [
        ("1. Safety and Quality Standard", [
            ("Issue 1.1: We do not have accurate, up-to-date data on the condition of all our homes.", [
                ("1.1.1", "Complete stock condition surveys on the 18% of homes that have not had a survey in the last five years.",
                 "Director of Asset Management", "March 2026",
                 "6,120 of 9,400 surveys completed. Additional surveyor capacity procured from July.", "Amber"),
                ("1.1.2", "Load survey data to the asset management system and validate it against repairs records.",
                 "Head of Asset Data / Head of Business Intelligence", "Q3 2025/26",
                 "Data load for the first 4,000 surveys complete and validated.", "Green"),
            ]),
            ("Issue 1.2: Damp and mould cases are not always resolved within our target timescales.", [
                ("1.2.1", "Set up a dedicated damp and mould team with a single case owner for each report.",
                 "Head of Repairs", "30/06/2025",
                 "Team of 14 in place from June 2025.", "Complete"),
                ("1.2.2", "Review every open damp and mould case older than 28 days and agree a remedy with the resident.",
                 "Head of Repairs", "Monthly",
                 "Cases over 28 days reduced from 312 to 96 since April.", "Green"),
            ]),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("Issue 2.1: Residents are not consistently told how their complaints and feedback have changed our services.", [
                ("2.1.1", "Publish a quarterly 'You said, we did' report on our website and in the resident newsletter.",
                 "Head of Customer Experience", "Sept 2025",
                 "First report published in September 2025.", "Complete"),
                ("2.1.2", "Refresh the Resident Scrutiny Panel's terms of reference and recruit four new members.",
                 "Resident Involvement Manager", "November 2025",
                 "", "Not started"),
            ]),
            ("Issue 2.2: Our Tenant Satisfaction Measures data has not been independently assured.", [
                ("2.2.1", "Commission an independent review of how TSM data is collected and reported.",
                 "Director of Performance", "Jan 2026",
                 "Procurement delayed; the specification was re-issued in August.", "Red"),
            ]),
        ]),
        ("3. Neighbourhood and Community Standard", [
            ("Issue 3.1: Anti-social behaviour cases are not always risk-assessed at first contact.", [
                ("3.1.1", "Introduce a risk assessment matrix at first report and train all neighbourhood officers in its use.",
                 "Head of Neighbourhoods", "Sept 2025 – December 2025",
                 "Matrix agreed; training sessions booked for October and November.", "Green"),
            ]),
        ]),
    ]
    for head, issues in sections:
        doc.add_heading(head, 1)
        for issue, acts in issues:
            para = doc.add_paragraph()
            para.add_run(issue).bold = True
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for j, h in enumerate(["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]):
                tb.cell(0, j).text = h
                shade(tb.cell(0, j), "D9E2F3")
            bold_row(tb.rows[0])
            for a in acts:
                cells = tb.add_row().cells
                for j, v in enumerate(a):
                    cells[j].text = v
                if a[5] in colours:
                    shade(cells[5], colours[a[5]])
            doc.add_paragraph()
    doc.add_heading("RAG key", 2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (c, txt) in enumerate([("Complete", "Action completed and evidence held"),
                                  ("Green", "On track"),
                                  ("Amber", "At risk of missing the target date"),
                                  ("Red", "Off track or overdue"),
                                  ("Not started", "Action not yet due to start")]):
        k.cell(i, 0).text = c
        k.cell(i, 1).text = txt
        if c in colours:
            shade(k.cell(i, 0), colours[c])
    doc.save(p("be2-sovereign-network-group-rsh-consumer-standards-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Rother DC corporate peer challenge action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def rother():
    lines = [
        "Rother District Council – Corporate Peer Challenge Action Plan",
        "LGA Corporate Peer Challenge, February 2025 – progress update October 2025",
        "",
        "Ref\tPeer Challenge Recommendation\tAction\tLead Officer\tTimescale\tStatus\tProgress",
        "1a\tDevelop a clear, long-term financial strategy that closes the budget gap.\tUpdate the Medium Term Financial Strategy to 2029/30 with a savings programme agreed by Cabinet.\tChief Finance Officer\tFebruary 2026\tOn track\tDraft MTFS presented to Overview and Scrutiny in September.",
        "1b\t\tEstablish a Financial Sustainability Board chaired by the Chief Executive.\tChief Executive\tJune 2025\tComplete\tBoard established and meeting monthly since May.",
        "2a\tStrengthen the relationship between members and officers.\tRefresh the Member/Officer Protocol and deliver joint workshops.\tMonitoring Officer\tDecember 2025\tAmber\tProtocol redrafted. Workshops postponed because of by-elections and rescheduled for November.",
        "2b\t\tHold regular briefings for all group leaders with the Leader and Chief Executive.\tChief Executive / Leader of the Council\tOngoing\tOn track\tMonthly briefings in place.",
        "3a\tPrioritise delivery of the Bexhill regeneration programme.\tAgree a programme plan with milestones and a single programme board.\tDirector – Place and Climate Change\tQ4 2025/26\tNot started\tTo start once external funding is confirmed.",
        "4a\tAddress the pressures on temporary accommodation.\tDeliver the temporary accommodation acquisition programme (40 units).\tHead of Housing and Community\t31/03/2026\tAmber\t24 units acquired; 9 more under offer.",
        "4b\t\tReview the housing allocations policy.\tJH/SB\tSept 2025\tComplete\tRevised policy adopted by Cabinet on 8 September 2025.",
        "5a\tInvest in the capacity of the organisation to deliver its priorities.\tComplete a workforce strategy including a recruitment and retention plan.\tHead of Human Resources\tJanuary 2026\tRed\tDelayed by the senior management restructure; a revised date will be proposed to Cabinet.",
        "",
        "Status key: Complete | On track (green) | Amber – some slippage | Red – significant delay | Not started",
    ]
    with open(p("be2-rother-dc-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Warrington SAB SAR action plan (csv)
# ---------------------------------------------------------------------------
def warrington():
    R1 = "1. The SAB should seek assurance that partners apply the Mental Capacity Act when a person repeatedly declines care and support."
    R2 = "2. Partners should use the self-neglect and hoarding protocol and escalate concerns when risk increases."
    R3 = "3. Commissioners should make sure that providers share information when a package of care is handed back."
    R4 = "4. The SAB should evaluate the impact of the learning from this review."
    rows = [
        ["Warrington Safeguarding Adults Board – Safeguarding Adults Review (Adult M): Multi-agency Action Plan", "", "", "", "", "", "", ""],
        ["Updated: 12/09/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Rec No", "Recommendation", "Action", "Agency", "Lead", "Target Date", "RAG", "Update / Evidence"],
        ["1.1", R1, "Deliver multi-agency training on the Mental Capacity Act and executive capacity, using the case of Adult M.", "WSAB", "SAB Training Coordinator", "31/03/2026", "Green", "Three sessions delivered (86 practitioners); two more booked."],
        ["1.2", R1, "Audit 20 self-neglect cases for evidence of capacity assessments where care was declined.", "Warrington Borough Council", "Principal Social Worker (Adults)", "Dec-25", "Amber", "Audit tool agreed; case selection delayed by staff absence."],
        ["2.1", R2, "Relaunch the self-neglect and hoarding protocol with a 7-minute briefing.", "WSAB", "SAB Business Manager", "30/06/2025", "Complete", "Relaunched at the June Board; briefing on the website."],
        ["2.2", R2, "Add self-neglect cases to the agenda of the multi-agency risk management meeting.", "Cheshire Constabulary / WBC", "DI Public Protection; Head of Adult Safeguarding", "Sep-25", "Green", "Standing item from September."],
        ["3.1", R3, "Amend the home care contract so that providers notify the council within 24 hours when a package is handed back.", "NHS Cheshire and Merseyside ICB / WBC", "Head of Commissioning", "April 2026", "Red", "Contract variation delayed until re-procurement."],
        ["3.2", R3, "Issue guidance to providers on sharing concerns about people who decline care.", "WBC", "Commissioning Manager", "Ongoing", "Green", "Guidance issued via provider forum; reviewed quarterly."],
        ["4.1", R4, "Repeat the practitioner survey twelve months after the review is published.", "WSAB", "SAB Business Manager", "Q1 2026/27", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: Complete = action implemented and evidenced; Green = on track; Amber = at risk of delay; Red = overdue", "", "", "", "", "", "", ""],
    ]
    with open(p("be2-warrington-sab-sar-adult-m-action-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 6. Sutton ASC CQC assessment improvement plan (docx)
# ---------------------------------------------------------------------------
def sutton():
    doc = Document()
    landscape(doc)
    doc.add_heading("London Borough of Sutton – Adult Social Care CQC Assessment Improvement Plan", 0)
    doc.add_paragraph(
        "The Care Quality Commission assessed how Sutton meets its duties under Part 1 of the Care Act 2014. "
        "This plan responds to the areas for improvement in the assessment report and is monitored by the "
        "Adult Social Care Improvement Board.")
    doc.add_paragraph("Plan owner: Director of Adult Social Care     Last updated: August 2025")
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    themes = [
        ("Theme 1: Working with people", [
            ("Waiting times for Care Act assessments are too long.", [
                ("1.1", "Triage the assessment waiting list and introduce weekly oversight by the Head of Service.",
                 "Head of Assessment & Care Management", "October 2025", "Green"),
                ("1.2", "Commission additional assessment capacity from an external provider for six months.",
                 "Head of Assessment & Care Management", "Sept 2025 – March 2026", "Amber"),
            ]),
            ("Carers' assessments are not consistently offered.", [
                ("1.3", "Refresh the carers' offer with Sutton Carers Centre and make sure every assessment records whether a carer's assessment was offered.",
                 "Commissioning Manager (Carers)", "31/12/2025", "Blue"),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("People did not always experience a smooth transition from children's to adult services.", [
                ("2.1", "Set up a Preparing for Adulthood panel that tracks young people from age 14.",
                 "Head of Transitions / Principal Social Worker", "Jan-26", "Green"),
            ]),
            ("The local market for nursing care for people with complex needs is fragile.", [
                ("2.2", "Publish an updated Market Position Statement and hold a provider engagement event.",
                 "KW", "Dec 2025", "Amber"),
            ]),
        ]),
        ("Theme 3: Ensuring safety", [
            ("Section 42 safeguarding enquiries were not always concluded in a timely way.", [
                ("3.1", "Introduce a safeguarding performance dashboard reviewed at the Adult Social Care Leadership Team.",
                 "Head of Safeguarding", "Monthly", "Green"),
                ("3.2", "Audit 10% of closed section 42 enquiries each quarter and share the learning with teams.",
                 "Principal Social Worker", "Ongoing", "Green"),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Co-production with people who use services is not yet embedded in strategy.", [
                ("4.1", "Set up a co-production board of people with lived experience to shape the Adult Social Care Strategy.",
                 "Director of Adult Social Care", "March 2026", "Not started"),
            ]),
        ]),
    ]
    for theme, areas in themes:
        doc.add_heading(theme, 1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Area for improvement", "Action", "Lead", "By when", "RAG"]):
            tb.cell(0, j).text = h
            shade(tb.cell(0, j), "D9D9D9")
        bold_row(tb.rows[0])
        for area, acts in areas:
            first = None
            for (ref, act, lead, when, rag) in acts:
                cells = tb.add_row().cells
                cells[0].text = ref
                cells[2].text = act
                cells[3].text = lead
                cells[4].text = when
                cells[5].text = rag
                if rag in colours:
                    shade(cells[5], colours[rag])
                if first is None:
                    first = cells[1]
                    first.text = area
                else:
                    first = first.merge(cells[1])
        doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, txt) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                  ("Amber", "Some risk to delivery"), ("Red", "Off track")]):
        k.cell(i, 0).text = c
        shade(k.cell(i, 0), colours[c])
        k.cell(i, 1).text = txt
    doc.save(p("be2-sutton-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Redbridge scrutiny task and finish recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def redbridge():
    wb = Workbook()
    ws = wb.active
    ws.title = "TA Review Tracker"
    ws["A1"] = "London Borough of Redbridge – Temporary Accommodation Task and Finish Group: Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Overview and Scrutiny Committee"
    ws["A3"] = "Cabinet response agreed 15 July 2025. Update for Overview and Scrutiny Committee, 25 November 2025."
    headers = ["No.", "Recommendation", "Cabinet Response", "Action Agreed", "Responsible Officer",
               "Target Date", "Progress", "Status"]
    hdr_row(ws, 5, headers)
    D = dt.datetime
    rows = [
        ("R1", "Review the quality inspection regime for nightly-paid accommodation.", "Accepted",
         "Inspect every nightly-paid property before the first placement and annually after that; report results to the Housing Board.",
         "Head of Housing Needs", D(2025, 9, 30), "dd/mm/yyyy",
         "Inspection regime in place from September. 118 properties inspected; 6 removed from use.", "G"),
        ("R2", "Improve communication with households placed out of borough.", "Accepted",
         "Issue a welcome pack and a named officer contact to every household placed out of borough.",
         "Temporary Accommodation Manager", D(2025, 12, 31), "dd/mm/yyyy",
         "Welcome pack drafted with residents; named officers allocated for 60% of households.", "A"),
        ("R3", "Set a target to reduce the use of bed and breakfast for families.", "Partially accepted",
         "Report the number of families in bed and breakfast for more than six weeks to each Cabinet meeting (no numerical target set).",
         "Head of Housing Needs", "Each Cabinet cycle", None,
         "Reported to Cabinet in September and October.", "A"),
        ("R4", "Explore joint procurement of temporary accommodation with neighbouring boroughs.", "Accepted",
         "Take a report to Cabinet on joining a pan-London procurement arrangement for temporary accommodation.",
         "Director of Housing", D(2026, 3, 31), "dd/mm/yyyy",
         "Discussions with neighbouring boroughs stalled; report to Cabinet not yet scheduled.", "R"),
        ("R5", "Make sure school-age children placed in temporary accommodation are supported to keep their school place.", "Accepted",
         "Agree a notification protocol between Housing Needs and the School Admissions team.",
         "Head of Housing Needs; Head of Admissions", D(2025, 10, 31), "dd/mm/yyyy",
         "Protocol signed off in October and in use.", "G"),
        ("R6", "The Committee should receive a progress report twelve months after the Cabinet response.", "Accepted",
         "Progress report to the Overview and Scrutiny Committee.",
         "Corporate Director of Resident Services", D(2026, 7, 1), "mmmm yyyy",
         "", None),
    ]
    r = 6
    for (no, rec, resp, act, off, date, fmt, prog, col) in rows:
        for ci, v in enumerate([no, rec, resp, act, off, date, prog, None], 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if fmt:
            ws.cell(row=r, column=6).number_format = fmt
        if col:
            ws.cell(row=r, column=8).fill = fill(FILL[col])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for col, txt in [("G", "Implemented"), ("A", "In progress"), ("R", "Not progressed / overdue"), (None, "Not yet due")]:
        c = ws.cell(row=r, column=1)
        c.border = BORDER
        if col:
            c.fill = fill(FILL[col])
        ws.cell(row=r, column=2, value=txt)
        r += 1
    for col, w in zip("ABCDEFGH", [6, 40, 14, 46, 26, 13, 44, 9]):
        ws.column_dimensions[col].width = w
    wb.save(p("be2-redbridge-scrutiny-temporary-accommodation-review-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    east_hampshire()
    bedfordshire_police()
    sovereign()
    rother()
    warrington()
    sutton()
    redbridge()
