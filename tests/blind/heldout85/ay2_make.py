"""Generator for the ay2- cases of heldout85 (plans outside children's services)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "hdr": "1F4E79", "band": "D9E1F2", "theme": "7030A0", "grey": "F2F2F2"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Rochford audit tracker (xlsx)
def rochford():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    ws["A1"] = "Rochford District Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 November 2024 – reported to Audit Committee 10 December 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "Progress Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["hdr"]; cell.alignment = WRAP; cell.border = BOX
    rows = [
        ("band", "Payroll (2023/24) – Reasonable Assurance"),
        ("PR1", "Starters and leavers forms should be authorised by the budget holder before being processed.", "Medium",
         "Payroll team will reject any starter or leaver form not signed by the budget holder; processing checklist updated to include the check.",
         "HR & Payroll Manager", D(2024, 3, 31), None,
         "Checklist updated and in use since March 2024. Sample check by Internal Audit in October confirmed compliance.", "B"),
        ("PR2", "Monthly payroll exception reports should be reviewed and the review evidenced.", "High",
         "Exception report to be reviewed and signed off by the Finance Business Partner each month before the BACS file is submitted.",
         "HR & Payroll Manager / Finance Business Partner", D(2024, 4, 30), D(2025, 3, 31),
         "Reviews are taking place but sign-off was not evidenced for May and June. Electronic sign-off is being added to the iTrent workflow.", "A"),
        (None,),
        ("band", "Council Tax & NNDR (2023/24) – Substantial Assurance"),
        ("CT1", "The single person discount review should be completed annually.", "Low",
         "Undertake a full single person discount review using NFI data matching and credit reference data.",
         "Revenues & Benefits Manager", D(2024, 12, 31), None,
         "Review commissioned; letters issued to 2,140 accounts in November 2024. Responses are being processed.", "G"),
        (None,),
        ("band", "Contract Management (2023/24) – Limited Assurance"),
        ("CM1", "A complete contracts register should be maintained and published in line with the Transparency Code.", "High",
         "Procurement to reconcile the contracts register with creditor payments over £5,000 and publish it quarterly.",
         "Procurement Lead", D(2024, 3, 31), D(2024, 10, 31),
         "Reconciliation completed for 2023/24 payments. Publication delayed by the website migration; now expected December 2024.", "R"),
        ("CM2", "Contract managers should be identified for each contract over £25,000 and receive training.", "Medium",
         "Assign a named contract manager for every contract above £25k and deliver contract management training to all named officers.",
         "Procurement Lead; Assistant Director Resources", D(2024, 6, 30), D(2025, 1, 31),
         "Named managers recorded for 41 of 47 contracts. Training sessions booked for 12 and 19 December.", "A"),
        ("CM3", "Contract variations should be approved in accordance with the Contract Procedure Rules.", "Medium",
         "Introduce a contract variation form requiring sign-off at the level set in the Contract Procedure Rules.",
         "Procurement Lead", D(2024, 5, 31), None,
         "Variation form introduced in May 2024 and included in the CPR refresh approved by Audit Committee in July 2024.", "B"),
        (None,),
        ("band", "Cyber Security (2024/25) – Reasonable Assurance"),
        ("CY1", "Multi-factor authentication should be applied to all remote access accounts.", "High",
         "Enable MFA for all remote and privileged accounts, including third-party support accounts.",
         "ICT Manager", "March 2025", None,
         "MFA is live for all staff accounts. Supplier accounts are being migrated.", "G"),
        ("CY2", "All staff should complete annual cyber awareness training.", "Medium",
         "Assign mandatory cyber e-learning to all staff and report completion rates to SMT quarterly.",
         "ICT Manager", "Ongoing", None,
         "Module assigned in October; 78% completion at 30 November.", "G"),
    ]
    r = 5
    for row in rows:
        if row[0] is None:
            r += 1; continue
        if row[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=row[1]); c.font = Font(bold=True); c.fill = FILL["band"]
            r += 1; continue
        ref, rec, pri, act, off, orig, rev, prog, rag = row
        vals = [ref, rec, pri, act, off, orig, rev, prog, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v); cell.alignment = WRAP; cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = FILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for k, t in [("B", "Implemented – evidence seen"), ("G", "On track – within original target date"),
                 ("A", "In progress – revised target date agreed"), ("R", "Overdue – revised date passed")]:
        ws.cell(row=r, column=1).fill = FILL[k]; ws.cell(row=r, column=2, value=t); r += 1
    for col, w in zip("ABCDEFGHI", [7, 40, 9, 45, 24, 12, 12, 45, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "ay2-rochford-dc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2 Castle Point CPC (docx)
def castle_point():
    doc = Document()
    doc.add_heading("Castle Point Borough Council – Corporate Peer Challenge Action Plan", level=0)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the council in "
        "September 2024. The peer team made five recommendations. This action plan sets out how the "
        "council will respond to each of them and is reported to Cabinet and the Policy & Scrutiny "
        "Committee every quarter. This version shows progress at March 2025.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.4"), ("Date", "17 March 2025"),
                                 ("Owner", "Chief Executive"), ("Approved by", "Cabinet, 26 March 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    RAGSH = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    recs = [
        ("Recommendation 1: Clarify quickly the council’s strategy and plan for addressing the financial gap in future years", [
            ("1.1", "Publish a Medium Term Financial Strategy setting out the scale of the gap and the savings and income proposals to close it.",
             "Director of Resources (S151 Officer)", "February 2025", "Complete",
             "MTFS 2025/26 – 2028/29 approved by Council on 19 February 2025."),
            ("1.2", "Set out and communicate the budget timetable to all members and staff before the 2025/26 budget process begins.",
             "Director of Resources (S151 Officer)", "October 2024", "Complete",
             "Timetable circulated to members and published on the intranet in September 2024."),
        ]),
        ("Recommendation 2: Develop a clear business change programme and narrative, with the programme management capacity to support delivery and benefits realisation", [
            ("2.1", "Establish a Business Change Programme Board chaired by the Chief Executive with agreed terms of reference.",
             "Chief Executive", "Nov-24", "Complete", "Board met for the first time on 14 November 2024 and meets monthly."),
            ("2.2", "Recruit a Programme Manager and a Business Analyst on fixed-term contracts.",
             "Head of Transformation / HR Manager", "Q4 2024/25", "Amber",
             "Programme Manager in post from January 2025. The Business Analyst post has been re-advertised after an unsuccessful first round."),
            ("2.3", "Develop a programme narrative and staff communications plan explaining why the council is changing.",
             "Head of Communications", "March 2025", "Green",
             "Staff briefings held in January; intranet hub in development."),
        ]),
        ("Recommendation 3: Clarify the approach and timescale for developing the corporate plan", [
            ("3.1", "Agree a timetable for the new Corporate Plan with Cabinet and publish it.",
             "Leader / Chief Executive", "December 2024", "Complete", "Timetable agreed by Cabinet on 11 December 2024."),
            ("3.2", "Consult residents and partners on the draft priorities through the Residents’ Survey.",
             "Head of Policy & Partnerships", "Jan – Mar 2025", "Amber",
             "Survey launched 20 January. Response rate is lower than hoped, so the closing date has been extended and street engagement added."),
        ]),
        ("Recommendation 4: Invest the time and effort needed to build relationships and shared understanding between members and officers", [
            ("4.1", "Deliver a member development programme covering roles, decision-making and the member/officer protocol.",
             "Monitoring Officer", "Ongoing", "Green", "Six sessions held since October with good attendance from all groups."),
            ("4.2", "Review the Member/Officer Protocol and take it to Standards Committee for approval.",
             "Monitoring Officer", "31/03/2025", "Green", "Draft shared with group leaders; on the Standards Committee agenda for 27 March."),
        ]),
        ("Recommendation 5: Maximise the opportunities for effective scrutiny", [
            ("5.1", "Refresh the scrutiny work programme so that it focuses on the council’s key risks and the new Corporate Plan.",
             "Head of Democratic Services", "June 2025", "Not started", ""),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead Officer", "Target date", "RAG", "Update (March 2025)"]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.cell(0, i).text = h; t.cell(0, i).paragraphs[0].runs[0].bold = True; shade(t.cell(0, i), "D9D9D9")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            if a[4] in RAGSH:
                shade(cells[4], RAGSH[a[4]])
        doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run("RAG key: ").bold = True
    p.add_run("Complete – action delivered; Green – on track; Amber – some slippage, recoverable; "
              "Red – significant delay; Not started – not yet due to begin.")
    doc.save(os.path.join(OUT, "ay2-castle-point-bc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 3 Cumbria Constabulary PEEL (csv)
def cumbria():
    A1 = "The constabulary should make sure that investigations are allocated to staff with the appropriate skills and are supervised effectively."
    A2 = "The constabulary should improve how it records and shares information about children at risk of harm with partner agencies."
    A3 = "The constabulary should make sure it answers emergency and non-emergency calls within national standards."
    A4 = "The constabulary should make sure it understands the wellbeing needs of its workforce and takes action to meet them."
    rows = [
        ["AFI 1", "Investigating crime", A1, "1.1", "Introduce an investigation allocation policy aligned to the national crime allocation framework.",
         "D/Supt K Ellwood", "31/12/2024", "", "Complete", "Policy published 2 December 2024 and briefed to all CID and response inspectors."],
        ["AFI 1", "Investigating crime", A1, "1.2", "Deliver supervisory review training to all sergeants in response and neighbourhood teams.",
         "Ch Insp L Dunn", "31/03/2025", "30/06/2025", "Amber",
         "Training delivered to 62% of sergeants. Remaining sessions scheduled for May and June because of abstractions."],
        ["AFI 2", "Protecting vulnerable people", A2, "2.1", "Review the referral process for child concern notifications into the MASH and remove duplicate recording.",
         "DCI R Moffat", "31/01/2025", "", "Green", "Process mapped with children's services; revised workflow goes live in the next system release."],
        ["AFI 2", "Protecting vulnerable people", A2, "2.2", "Audit a sample of 100 child concern referrals each quarter and report the findings to the Vulnerability Board.",
         "D/Supt K Ellwood & DCI R Moffat", "Quarterly", "", "Green", "Q3 audit completed; 84% of referrals met the quality standard."],
        ["AFI 3", "Responding to the public", A3, "3.1", "Implement a revised shift pattern in the Command and Control Room to match the call demand profile.",
         "Supt J Harker", "01/04/2025", "", "Green", "Consultation with staff and Federation closed in January; new pattern starts 1 April."],
        ["AFI 3", "Responding to the public", A3, "3.2", "Promote digital reporting channels (Single Online Home and live chat) to reduce 101 call volumes.",
         "Head of Corporate Communications", "30/09/2025", "", "Green", "Campaign plan agreed; first phase launched in February."],
        ["AFI 4", "Leadership and force management", A4, "4.1", "Analyse the 2024 staff survey results and agree a wellbeing action plan with the staff associations.",
         "Head of People", "28/02/2025", "31/05/2025", "Red",
         "Survey analysis delayed by the change of provider. Draft plan due to People Board in May."],
        ["AFI 4", "Leadership and force management", A4, "4.2", "Roll out trauma risk management (TRiM) refresher training to all trained practitioners.",
         "Head of People", "31/03/2025", "", "Complete", "All 48 TRiM practitioners refreshed by 14 March 2025."],
    ]
    with open(os.path.join(OUT, "ay2-cumbria-constabulary-peel-afi-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Cumbria Constabulary - PEEL 2023-25 Areas for Improvement - Action Tracker"])
        w.writerow(["Exported 04/04/2025"])
        w.writerow([])
        w.writerow(["AFI Ref", "PEEL Area", "Area for Improvement", "Action Ref", "Action", "Action Owner",
                    "Due Date", "Revised Due Date", "RAG Status", "Latest Update"])
        w.writerows(rows)


# ---------------------------------------------------------------- 4 Wokingham ASC CQC (xlsx)
def wokingham():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Wokingham Borough Council – Adult Social Care: CQC Assessment Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 1.3 – updated 14 July 2025"
    hdr = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead", "Start", "Target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["theme"]; cell.alignment = WRAP; cell.border = BOX
    F1 = "Waiting times for Care Act assessments were too long, with some people waiting up to six months."
    F2 = "Carers’ assessments were not consistently offered and carers said information was hard to find."
    F3 = "There were gaps in the supply of home care in rural parts of the borough."
    F4 = "Transitions for young people moving into adult services were not always well planned."
    F5 = "Safeguarding enquiries were not always completed in a timely way."
    F6 = "Co-production with people with lived experience was not embedded in strategy development."
    plan = [
        ("Theme 1: Working with people", [
            (F1, [("1.1", "Introduce a waiting list triage tool and review everyone who has waited more than 28 days.", "JH", D(2025, 4, 1), D(2025, 6, 30), "Complete – all 212 people reviewed; risk-rated list in place.", "Complete"),
                  ("1.2", "Recruit four additional social workers to the Assessment and Review Team.", "JH / KP", D(2025, 4, 1), D(2025, 9, 30), "Two appointed; two posts re-advertised in June.", "Amber")]),
            (F2, [("1.3", "Commission a refreshed carers’ support and assessment offer with the local carers’ hub.", "MC", D(2025, 5, 1), D(2026, 3, 31), "Specification drafted with carers; tender to go out in August.", "Green")]),
        ]),
        ("Theme 2: Providing support", [
            (F3, [("2.1", "Develop a rural home care framework with enhanced rates for hard-to-reach areas.", "MC", D(2025, 6, 1), D(2025, 12, 31), "Market engagement event held 3 July with 14 providers.", "Green"),
                  ("2.2", "Publish an updated Market Position Statement for adult social care.", "MC", D(2025, 5, 1), D(2025, 10, 31), "Data analysis complete; drafting delayed by staff absence.", "Amber")]),
            (F4, [("2.3", "Establish a Preparing for Adulthood panel from age 14, jointly with children’s services.", "JH / LS", D(2025, 9, 1), D(2026, 1, 31), "Terms of reference agreed with children’s services.", "Green")]),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            (F5, [("3.1", "Set and monitor a target timescale for Section 42 enquiries through the monthly performance dashboard.", "KP", D(2025, 4, 1), D(2025, 8, 31), "Target agreed; dashboard measure live from July.", "Green")]),
        ]),
        ("Theme 4: Leadership", [
            (F6, [("4.1", "Set up a co-production group and agree a co-production charter.", "SR", D(2025, 4, 1), D(2025, 11, 30), "Recruitment to the group slower than planned; relaunch with Healthwatch in September.", "Red"),
                  ("4.2", "Involve the co-production group in refreshing the Adult Social Care Strategy.", "SR", D(2025, 12, 1), D(2026, 3, 31), None, None)]),
        ]),
    ]
    RAGF = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    r = 5
    for theme, findings in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=theme); c.font = Font(bold=True); c.fill = FILL["band"]
        r += 1
        for finding, acts in findings:
            first = r
            for ref, act, lead, start, end, prog, rag in acts:
                vals = [ref, finding if r == first else None, act, lead, start, end, prog, rag]
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=ci, value=v); cell.alignment = WRAP; cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                if rag:
                    ws.cell(row=r, column=8).fill = FILL[RAGF[rag]]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Complete = action delivered | Green = on track | Amber = at risk of slipping | Red = off track")
    r += 1
    ws.cell(row=r, column=1, value="Leads:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="JH – Assistant Director Adult Social Care; KP – Principal Social Worker; MC – Head of Commissioning; "
                                 "LS – Service Manager, Transitions; SR – Head of Strategy & Partnerships")
    for col, w in zip("ABCDEFGH", [6, 42, 48, 10, 9, 11, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ay2-wokingham-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 5 Barnet SAB SAR (docx)
def barnet():
    doc = Document()
    doc.add_heading("Barnet Safeguarding Adults Board – SAR Mr D Action Plan", level=0)
    doc.add_paragraph(
        "This multi-agency action plan responds to the recommendations of the Safeguarding Adults Review "
        "concerning Mr D, a 67-year-old man who died at home in 2023 in circumstances of severe self-neglect. "
        "Progress is monitored by the SAR Sub-group and reported to the Board each quarter. Updated January 2025.")
    hdr = ["No.", "SAR Recommendation", "Agency", "Action", "Lead", "Target date", "Progress / evidence", "RAG"]
    t = doc.add_table(rows=1, cols=8); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h; t.cell(0, i).paragraphs[0].runs[0].bold = True; shade(t.cell(0, i), "BDD7EE")
    R1 = "1. The SAB should seek assurance that all partner agencies understand and apply the Barnet Self-Neglect and Hoarding Protocol, including when a person declines services."
    R2 = "2. Partners should ensure mental capacity assessments are completed and recorded where there is doubt about a person’s capacity to make specific decisions about their care and accommodation."
    R3 = "3. The SAB should review how information is shared between housing, the police and health when a person is at risk of eviction."
    data = [
        (R1, [("1a", "All partners", "Relaunch the Self-Neglect and Hoarding Protocol through a series of multi-agency briefings.", "SAB Business Manager", "Sept 2024", "Four briefings held with 186 attendees. Slides and recording on the SAB website.", "Blue"),
              ("1b", "Adult Social Care", "Audit 20 self-neglect cases to test how the protocol is applied and report to the Quality & Performance Sub-group.", "Head of Safeguarding Adults", "31.12.2024", "Audit of 20 cases under way; initial findings to the February sub-group.", "Green")]),
        (R2, [("2a", "Central London Community Healthcare", "Add a decision-specific capacity assessment to the district nursing record template.", "Named Nurse Safeguarding Adults", "March 2025", "Template change approved; waiting for the supplier to release the update.", "Amber"),
              ("2b", "Adult Social Care", "Deliver MCA practice workshops for social workers and occupational therapists.", "Principal Social Worker", "Ongoing", "Monthly workshops running since October.", "Green")]),
        (R3, [("3a", "Barnet Homes", "Add a safeguarding check to the pre-eviction panel process and record the referrals made.", "Head of Tenancy Services", "Nov 2024", "Check added to the panel template from 1 November; referrals logged.", "Blue"),
              ("3b", "Metropolitan Police (NW BCU)", "Make sure adult coming to notice reports are shared with the MASH within 24 hours.", "DI Safeguarding, NW BCU", "31.01.2025", "Backlog identified in December; recovery plan agreed with MASH manager.", "Red"),
              ("3c", "SAB", "Hold a learning event on the SAR findings and publish a 7-minute briefing.", "SAB Business Manager / Independent Chair", "April 2025", "", "Not started")]),
    ]
    RAGSH = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, acts in data:
        first = len(t.rows)
        for no, ag, act, lead, due, prog, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([no, rec if len(t.rows) - 1 == first else "", ag, act, lead, due, prog, rag]):
                cells[i].text = v
            if rag in RAGSH:
                shade(cells[7], RAGSH[rag])
        last = len(t.rows) - 1
        if last > first:
            m = t.cell(first, 1).merge(t.cell(last, 1))
            # keep only the recommendation text once
            for p in m.paragraphs[1:]:
                p._element.getparent().remove(p._element)
    doc.add_paragraph()
    k = doc.add_table(rows=5, cols=2); k.style = "Table Grid"
    for i, (a, b, col) in enumerate([("RAG", "Meaning", None), ("Blue", "Completed and evidenced", "00B0F0"),
                                      ("Green", "On track", "00B050"), ("Amber", "Some delay – within tolerance", "FFC000"),
                                      ("Red", "Significant delay / off track", "FF0000")]):
        k.cell(i, 0).text = a; k.cell(i, 1).text = b
        if col:
            shade(k.cell(i, 0), col)
    doc.save(os.path.join(OUT, "ay2-barnet-sab-sar-mr-d-action-plan.docx"))


# ---------------------------------------------------------------- 6 Riverside RSH (txt, tab separated)
def riverside():
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    NC = "Neighbourhood and Community Standard"
    I1 = "Stock condition data incomplete - 28% of homes without a survey in the last five years"
    lines = [
        "The Riverside Group - Consumer Standards Improvement Plan (Regulator of Social Housing)",
        "Last updated: 03/03/2025",
        "",
        "\t".join(["Standard", "Ref", "Issue identified", "Action", "Owner", "Target date", "Status", "Comment"]),
        "\t".join([SQ, "SQ1", I1, "Complete stock condition surveys on all homes without a survey since 2019.", "Director of Asset Management", "31/03/2026", "On track", "9,800 surveys completed since April; contractor capacity increased from January."]),
        "\t".join([SQ, "SQ2", I1, "Load all survey data into the asset management system and validate it against the component register.", "Head of Asset Data", "Q1 2025/26", "Amber", "Data migration tested; validation rules still being agreed with the surveyors."]),
        "\t".join([SQ, "SQ3", "Overdue high-risk fire risk assessment actions", "Clear all overdue high-risk FRA actions and report weekly to the Building Safety Committee.", "Head of Building Safety / Head of Repairs", "Dec-24", "Complete", "All 312 overdue high-risk actions closed by 20 December 2024."]),
        "\t".join([SQ, "SQ4", "Damp and mould reports not consistently inspected within timescale", "Introduce a 10 working day inspection target for damp and mould reports and track it in the repairs dashboard.", "Head of Repairs", "September 2025", "On track", "Target live from February; 83% inspected within 10 days in the first month."]),
        "",
        "\t".join([TIA, "TIA1", "Tenant satisfaction measures reported to the Board without enough analysis", "Provide quarterly TSM reports to the Board with analysis by region and tenure.", "Head of Customer Insight", "30/06/2025", "On track", "First analysed report went to the February Board."]),
        "\t".join([TIA, "TIA2", "Complaints handling not meeting Housing Ombudsman Code timescales", "Recruit three additional complaints caseworkers and review the stage 1 process.", "Head of Customer Resolution", "31/01/2025", "Red", "Two caseworkers in post; third post vacant. Stage 1 responses within timescale 71% in January."]),
        "",
        "\t".join([NC, "NC1", "Anti-social behaviour cases not risk assessed at first contact", "Roll out the ASB risk assessment matrix to all housing officers.", "Head of Neighbourhoods", "Ongoing", "On track", "Matrix in use in three of five regions."]),
        "",
        "Status key: Complete | On track | Amber - at risk | Red - behind target",
    ]
    with open(os.path.join(OUT, "ay2-riverside-group-rsh-consumer-standards-improvement-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7 City of Lincoln scrutiny (xlsx, refuse)
def lincoln():
    wb = Workbook(); ws = wb.active; ws.title = "Recommendations"
    ws["A1"] = "City of Lincoln Council – Housing Scrutiny Sub-Committee"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Review of Responsive Repairs: monitoring of recommendations (progress at March 2025)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Rec No.", "Scrutiny Recommendation", "Executive Response", "Action to be taken", "Responsible Officer", "Timescale", "Progress", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True); cell.fill = FILL["grey"]; cell.alignment = WRAP; cell.border = BOX
    rows = [
        ("R1", "Publish repairs response times by priority on the council website each quarter.", "Accepted",
         "Add repairs timescale performance to the quarterly housing performance page.", "Housing Performance Manager", "June 2025", "Page template agreed; first publication with Q4 data.", "Green"),
        ("R2", "Introduce text message appointment reminders for all repairs.", "Accepted",
         "Enable text reminders in the repairs scheduling system.", "Assistant Director Housing & Investment", "31/03/2025", "Live for all trades from 3 March 2025.", "Complete"),
        ("R3", "Review the no-access policy so that tenants are contacted before a job is cancelled.", "Accepted",
         "Revise the no-access procedure to require two contact attempts and a card left.", "Repairs Manager", "Ocotber 2025", "Draft procedure out to tenant panel for comment.", "Green"),
        ("R4", "Carry out a satisfaction survey on completed repairs each month.", "Partially accepted",
         "Survey 10% of completed jobs monthly by text, with a full annual survey.", "Housing Performance Manager", "Sept 2025", "Supplier quote received.", "Amber"),
        ("R5", "Report damp and mould cases to the sub-committee every six months.", "Accepted",
         "Six-monthly damp and mould report added to the work programme.", "Repairs Manager", "Ongoing", "First report taken in January 2025.", "Green"),
        ("R6", "Explore an in-house multi-trade team for void properties.", "Accepted",
         "Options appraisal to be brought to the Executive.", "Assistant Director Housing & Investment", "December 2025", "Not yet started.", "Not started"),
    ]
    FS = {"Green": "G", "Amber": "A", "Complete": "B"}
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v); cell.alignment = WRAP; cell.border = BOX
        if row[7] in FS:
            ws.cell(row=r, column=8).fill = FILL[FS[row[7]]]
        r += 1
    for col, w in zip("ABCDEFGH", [7, 45, 14, 45, 26, 13, 40, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ay2-city-of-lincoln-scrutiny-repairs-review-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    rochford(); castle_point(); cumbria(); wokingham(); barnet(); riverside(); lincoln()
