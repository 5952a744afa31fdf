#!/usr/bin/env python3
"""Make the q2- blind cases (plans outside children's services).

Run with /work/main/.venv/bin/python q2_make.py  (needs python-docx and openpyxl).
Writes seven documents beside this script:
  q2-west-yorkshire-frs-hmicfrs-improvement-plan.xlsx
  q2-uttlesford-internal-audit-recommendations-tracker.xlsx
  q2-north-ayrshire-adp-mat-standards-improvement-plan.xlsx
  q2-fenland-corporate-peer-challenge-action-plan.docx
  q2-hertfordshire-asc-cqc-improvement-plan.docx
  q2-clarion-housing-ombudsman-special-report-action-plan.csv
  q2-west-mercia-police-peel-afi-action-plan.txt
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# Fill colours as councils use them
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. West Yorkshire FRS – HMICFRS Round 3 improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_wyfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = {"A": 7, "B": 40, "C": 48, "D": 22, "E": 13, "F": 13, "G": 52, "H": 12}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "HMICFRS Round 3 Inspection (2023–25) – Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "West Yorkshire Fire and Rescue Service"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = ("Report published 25 July 2024. Progress position as at 31 January 2025. "
                "Plan maintained by the Service Improvement and Assurance Team (SIAT).")
    ws["A3"].font = Font(italic=True, size=9)

    hdr = ["Ref", "Area for Improvement", "Action", "Action Owner", "Target Date",
           "Revised Target Date", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.freeze_panes = "A6"

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    # (kind, ...)
    rows = [
        ("area", "Preventing fires and other risks"),
        ("act", "1.1", "The service should make sure it carries out safe and well visits in a timely manner, prioritising those at greatest risk.",
         "Review the safe and well triage and allocation process so that all high-risk referrals are contacted within 7 days and visited within 28 days.",
         "AM Prevention", D(2024, 12, 31), None,
         "New triage process live from 1 November 2024. High-risk referrals now contacted within 7 days in 94% of cases.",
         "Complete"),
        ("act", "1.2", None,
         "Reduce the prevention visit backlog to below 300 by recruiting four additional Prevention Advocates and using on-call crews for low and medium risk visits.",
         "AM Prevention / Head of HR", D(2025, 3, 31), D(2025, 6, 30),
         "Backlog reduced from 1,211 to 640. Two of four Prevention Advocates appointed; remaining posts re-advertised January 2025.",
         "Amber"),
        ("act", "2.1", "The service should make sure its prevention records are accurate and up to date.",
         "Introduce monthly quality assurance dip-sampling of 5% of completed safe and well records by Station Managers.",
         "GM Community Safety", D(2024, 10, 31), None,
         "QA framework in place; first three monthly samples completed and findings fed back through station briefings.",
         "Complete"),
        ("act", "2.2", None,
         "Upgrade the community fire safety database so that visit outcomes are recorded on tablet devices at the point of visit.",
         "Head of ICT", "Q1 2025/26", None,
         "Supplier demonstration held December 2024; business case to go to Management Board in February.",
         "Green"),
        ("area", "Protecting the public through fire regulation"),
        ("act", "3.1", "The service should make sure it has an effective quality assurance process, so staff carry out audits to a consistent standard.",
         "Implement a peer review of 10% of fire safety audits each quarter, recorded on the CFRMIS system.",
         "Head of Fire Safety", D(2025, 3, 31), None,
         "Peer review templates agreed; Q3 reviews completed for all four districts.",
         "Green"),
        ("area", "Responding to fires and other emergencies"),
        ("act", "4.1", "The service should make sure it has enough fire control staff to maintain resilience.",
         "Complete the fire control establishment review and recruit to the agreed establishment.",
         "Control Manager", D(2024, 9, 30), D(2025, 4, 30),
         "Review completed. Six trainee control operators start in April 2025 following a delayed recruitment campaign.",
         "Amber"),
        ("area", "Making best use of resources"),
        ("act", "5.1", "The service should make sure it manages sickness absence effectively so that it does not reduce the availability of fire engines.",
         "Refresh the Attendance Management Policy and train all supervisory managers in its application.",
         "Director of People and Development", D(2025, 1, 31), None,
         "Policy approved by Executive Committee in November 2024. 212 of 260 managers trained (82%).",
         "Green"),
        ("act", "5.2", None,
         "Introduce a monthly wellbeing and absence dashboard for district commanders.",
         "Head of Corporate Services", D(2025, 3, 31), None,
         None,
         "Not started"),
        ("area", "Promoting the right values and culture"),
        ("act", "6.1", "The service should make sure all staff understand how to raise concerns and have confidence in the process.",
         "Launch an independent 'Speak Up' reporting line and publicise it through station visits by the Executive Team.",
         "DCFO", D(2024, 11, 30), None,
         "Independent reporting line launched 4 November 2024; 11 reports received to date.",
         "Complete"),
        ("act", "6.2", None,
         "Repeat the staff culture survey and publish a 'you said, we did' response.",
         "Head of Organisational Development", D(2025, 9, 30), None,
         "Survey scheduled for September 2025 to allow comparison with the 2023 baseline.",
         "Green"),
    ]

    r = 6
    afi_start = None
    for row in rows:
        if row[0] == "area":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BOX
            r += 1
            continue
        _, ref, afi, action, owner, target, revised, progress, rag = row
        ws.cell(row=r, column=1, value=ref)
        if afi is not None:
            ws.cell(row=r, column=2, value=afi)
            afi_start = r
        else:
            # continuation of the AFI above: merge column B down
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=owner)
        tc = ws.cell(row=r, column=5, value=target)
        if isinstance(target, dt.datetime):
            tc.number_format = "mmm-yy" if ref == "6.2" else "dd/mm/yyyy"
        if revised is not None:
            rc = ws.cell(row=r, column=6, value=revised)
            rc.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=progress)
        gc = ws.cell(row=r, column=8, value=rag)
        if rag in rag_fill:
            gc.fill = fill(rag_fill[rag])
            if rag in ("Complete", "Green", "Red"):
                gc.font = Font(color="FFFFFF", bold=True)
            else:
                gc.font = Font(bold=True)
        for col in range(1, 9):
            cell = ws.cell(row=r, column=col)
            cell.border = BOX
            cell.alignment = WRAP
        r += 1

    r += 1  # blank row
    ws.cell(row=r, column=2, value="RAG key").font = Font(bold=True)
    key = [("Complete", BLUE, "Action complete and evidence held by SIAT"),
           ("Green", GREEN, "On track to meet target date"),
           ("Amber", AMBER, "At risk – mitigation in place / revised date agreed"),
           ("Red", RED, "Off track – target date missed, escalated to Management Board"),
           ("Not started", None, "Action not yet due to start")]
    for word, colour, meaning in key:
        r += 1
        c = ws.cell(row=r, column=2, value=word)
        if colour:
            c.fill = fill(colour)
        ws.cell(row=r, column=3, value=meaning)

    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:5"
    wb.save(path("q2-west-yorkshire-frs-hmicfrs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Uttlesford DC – internal audit recommendations tracker (xlsx) – REFUSE
# ---------------------------------------------------------------------------
def make_uttlesford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    widths = {"A": 8, "B": 10, "C": 42, "D": 44, "E": 24, "F": 13, "G": 13, "H": 11, "I": 50}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = "Uttlesford District Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Outstanding recommendations as at 31 August 2025 – "
                "Audit and Standards Committee, 25 September 2025")
    ws["A2"].font = Font(italic=True)

    hdr = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date",
           "RAG", "Update (August 2025)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "A6"

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    rows = [
        ("audit", "Procurement and Contract Management 2024/25 – Limited assurance"),
        ("rec", "1", "High",
         "The contracts register should be updated so that it records all contracts above £5,000, with the contract owner and expiry date.",
         "Procurement team to reconcile the contracts register to creditor payments data and issue a quarterly reminder to contract owners.",
         "Procurement Manager", D(2025, 3, 31), D(2025, 6, 30), "Complete",
         "Register reconciled to 2024/25 payments data in June 2025; 37 contracts added. Quarterly reminders scheduled."),
        ("rec", "2", "Medium",
         "Waivers of the Contract Procedure Rules should be approved and recorded in line with the Constitution.",
         "Introduce an electronic waiver form approved by the Section 151 Officer and Monitoring Officer, and report waivers to this Committee annually.",
         "Assistant Director – Resources", D(2025, 6, 30), None, "Green",
         "Form built in the intranet workflow tool; testing with Legal in September."),
        ("audit", "Housing Rents and Arrears 2024/25 – Reasonable assurance"),
        ("rec", "1", "Medium",
         "Former tenant arrears should be reviewed and pursued or written off in accordance with the Debt Recovery Policy.",
         "Housing Income team to review all former tenant arrears over £500 and submit write-offs for approval.",
         "Housing Income Manager", D(2025, 3, 31), D(2025, 9, 30), "Amber",
         "Review of 214 cases 60% complete. Write-off schedule to be submitted to the Director of Finance in September."),
        ("rec", "2", "Low",
         "Rent account reconciliations should be signed and dated by the preparer and the reviewer.",
         "Reconciliation template amended to include sign-off fields.",
         "Senior Accountant", D(2025, 1, 31), None, "Complete",
         "Template in use from the January 2025 reconciliation."),
        ("audit", "Cyber Security 2024/25 – Limited assurance"),
        ("rec", "1", "High",
         "Multi-factor authentication should be enabled for all remote access and privileged accounts.",
         "Roll out MFA to the remaining 40 accounts, including elected members.",
         # the typed year is wrong: 2015 for 2025 (revised date before the audit itself)
         "ICT Manager", D(2025, 5, 31), D(2015, 10, 31), "Amber",
         "Roll-out delayed by licence procurement; revised date agreed with Internal Audit. 22 of 40 accounts now enabled."),
        ("rec", "2", "High",
         "The ICT disaster recovery plan should be tested at least annually.",
         "Carry out a full disaster recovery test of the Council's critical systems and report the results to CMT.",
         "ICT Manager", D(2025, 9, 30), None, "Green",
         "Test booked with the data centre provider for 20 September 2025."),
        ("rec", "3", "Medium",
         "All staff should complete the mandatory cyber awareness training.",
         "HR and ICT to chase non-completions monthly and report compliance to Heads of Service.",
         "HR Manager / ICT Manager", D(2025, 7, 31), None, "Red",
         "Completion at 71% against a 95% target. Escalated to CMT in August 2025."),
        ("audit", "Planning Enforcement 2023/24 – Limited assurance"),
        ("rec", "4", "Medium",
         "Enforcement cases should be prioritised and target timescales monitored.",
         "Implement case priority categories in Uniform and produce a monthly case ageing report.",
         "Development Management Manager", D(2024, 12, 31), D(2025, 3, 31), "Complete",
         "Priority categories live; ageing report reviewed monthly by the Planning Enforcement team leader."),
    ]
    r = 6
    for row in rows:
        if row[0] == "audit":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            r += 1
            continue
        _, no, prio, rec, action, officer, orig, rev, rag, upd = row
        vals = [no, prio, rec, action, officer, orig, rev, rag, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag in rag_fill:
            ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness, action within 3 months; "
            "Medium – important, within 6 months; Low – desirable, within 12 months.").font = Font(size=9)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete – implemented and verified by Internal Audit; Green – on track; "
            "Amber – revised date agreed; Red – overdue with no agreed revised date.").font = Font(size=9)
    wb.save(path("q2-uttlesford-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. North Ayrshire ADP – MAT Standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_north_ayrshire():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 30
    cover.column_dimensions["D"].width = 50
    cover["A1"] = "MAT Standards Implementation Improvement Plan 2024/25"
    cover["A1"].font = Font(bold=True, size=16, color=NAVY)
    cover["A2"] = "North Ayrshire Alcohol and Drug Partnership"
    cover["A2"].font = Font(size=12)
    cover["A4"] = ("This plan sets out the actions agreed by the ADP Executive Group to embed "
                   "MAT Standards 1 to 5 across the North Ayrshire Drug and Alcohol Recovery Service (NADARS), "
                   "third sector partners and community pharmacy, following the 2024 "
                   "Public Health Scotland benchmarking report.")
    cover["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    cover.merge_cells("A4:D6")
    cover["A8"] = "Document control"
    cover["A8"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Changes"),
          ("0.3", D(2024, 6, 12), "ADP Support Team", "Draft for ADP Executive Group"),
          ("1.0", D(2024, 7, 3), "ADP Support Team", "Approved by ADP Executive Group"),
          ("1.1", D(2025, 2, 14), "ADP Support Team", "Quarter 3 progress added")]
    for i, rowv in enumerate(dc):
        for j, v in enumerate(rowv):
            c = cover.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"

    ws = wb.create_sheet("Action Plan")
    widths = {"A": 7, "B": 55, "C": 28, "D": 18, "E": 9, "F": 55}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = "MAT Standards Implementation Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated: February 2025 (Quarter 3 position for ADP Executive Group)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Improvement Action", "Lead", "Timescale", "Status", "Progress / Evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    ws.freeze_panes = "A5"

    st_fill = {"G": GREEN, "A": AMBER, "R": RED, "W": None}
    rows = [
        ("std", "MAT 1: All people accessing services have the option to start MAT from the same day of presentation."),
        ("act", "1.1", "Extend same-day prescribing clinics to all six localities (Irvine, Kilwinning, Three Towns, Garnock Valley, North Coast and Arran).",
         "Clinical Director, NADARS", D(2024, 10, 31), "G",
         "Same-day clinics operating in all six localities since October 2024. 87% of new presentations offered same-day MAT in Q3."),
        ("act", "1.2", "Develop a standard operating procedure for same-day prescribing in the Homelessness Health Service.",
         "Service Manager, Homelessness Health", "Q4 2024/25", "A",
         "Draft SOP out for consultation with pharmacy colleagues; sign-off expected at the March Clinical Governance Group."),
        ("std", "MAT 2: All people are supported to make an informed choice on what medication to use for MAT, and the appropriate dose."),
        ("act", "2.1", "Produce accessible information on all MAT options, co-produced with the Lived and Living Experience Panel.",
         "ADP Coordinator / LLE Panel", "December 2024", "G",
         "Leaflets and short films launched 2 December 2024; available in five community languages."),
        ("act", "2.2", "Audit 50 case files per locality to evidence recorded discussion of choice of medication and dose.",
         "Clinical Governance Lead", D(2025, 6, 30), "W",
         "Audit tool agreed; sampling to begin in April 2025."),
        ("std", "MAT 3: All people at high risk of drug-related harm are proactively identified and offered support to commence or continue MAT."),
        ("act", "3.1", "Implement the Near Fatal Overdose pathway with the Scottish Ambulance Service and Police Scotland so that all non-fatal overdoses are followed up within 24 hours.",
         "Assertive Outreach Team Leader", D(2025, 3, 31), "R",
         "Data sharing agreement with SAS still awaiting sign-off. Follow-up within 24 hours achieved for 58% of referrals."),
        ("act", "3.2", "Recruit two additional assertive outreach workers through the third sector.",
         "Commissioning Manager", "Sept 2024 – March 2025", "G",
         "Both posts filled from January 2025 (hosted by a third sector partner)."),
        ("std", "MAT 4: All people are offered evidence-based harm reduction at the point of MAT delivery."),
        ("act", "4.1", "Ensure naloxone is offered and recorded at every MAT review.",
         "Harm Reduction Lead", "Ongoing", "A",
         "Naloxone offer recorded in 76% of reviews (target 90%). Prompt added to the electronic record template."),
        ("std", "MAT 5: All people will receive support to remain in treatment for as long as requested."),
        ("act", "5.1", "Introduce a missed-dose and disengagement protocol with community pharmacies so that people are contacted before discharge is considered.",
         "Lead Pharmacist, NADARS", D(2024, 11, 30), "G",
         "Protocol agreed with community pharmacy colleagues and in use across all six localities."),
        ("act", "5.2", "Review discharge letters and templates to remove unplanned discharge for non-attendance alone.",
         "DH", "Jan-25", "G",
         "All discharge templates reviewed; no unplanned discharges for non-attendance alone recorded since February 2025."),
    ]
    r = 5
    for row in rows:
        if row[0] == "std":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color=NAVY)
            c.fill = fill("DEEAF6")
            c.alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        _, ref, action, lead, timescale, st, prog = row
        vals = [ref, action, lead, timescale, None, prog]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        tc = ws.cell(row=r, column=4)
        if isinstance(timescale, dt.datetime):
            tc.number_format = "mmm-yy" if ref == "2.2" else "dd/mm/yyyy"
        if st_fill[st]:
            ws.cell(row=r, column=5).fill = fill(st_fill[st])
        r += 1

    r += 1
    ws.cell(row=r, column=2, value="Status key").font = Font(bold=True)
    for colour, meaning in [(GREEN, "Green – complete / fully implemented"),
                            (AMBER, "Amber – in progress"),
                            (RED, "Red – not progressing or at risk"),
                            (None, "White – not yet started")]:
        r += 1
        k = ws.cell(row=r, column=1)
        k.border = BOX
        if colour:
            k.fill = fill(colour)
        ws.cell(row=r, column=2, value=meaning)
    wb.save(path("q2-north-ayrshire-adp-mat-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Fenland DC – LGA Corporate Peer Challenge action plan (docx)
# ---------------------------------------------------------------------------
def make_fenland():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Fenland District Council: Corporate Peer Challenge Action Plan", style="Title")
    doc.add_paragraph(
        "The Local Government Association (LGA) Corporate Peer Challenge took place from 17 to 20 "
        "September 2024. The peer team's feedback report, published in November 2024, recognised the "
        "Council's strong 'one team' culture and made five key recommendations. This action plan sets "
        "out how the Council will respond to each recommendation. Progress will be reported to the "
        "Overview and Scrutiny Panel every six months and the LGA will return for a progress review in "
        "autumn 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, rowv in enumerate([("Version", "Date", "Author", "Status"),
                              ("0.1", "04/11/2024", "Corporate Policy Officer", "Draft for CMT"),
                              ("1.0", "09/12/2024", "Corporate Policy Officer", "Approved by Cabinet")]):
        for j, v in enumerate(rowv):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("Action plan – progress update May 2025", style="Heading 2")

    hdr = ["Ref", "Action", "Lead Officer", "Lead Member", "Timescale", "Progress update (May 2025)", "RAG"]
    rag_fill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    recs = [
        ("Recommendation 1: Refresh the Business Plan so that it sets out a clear, prioritised set of outcomes with measurable targets.", [
            ("1.1", "Hold member and officer workshops to agree the priorities for the 2025/26 Business Plan.",
             "Chief Executive", "Leader of the Council", "January 2025",
             "Three workshops held in December 2024 and January 2025, attended by 31 members.", "Complete"),
            ("1.2", "Develop a performance framework with quarterly reporting of key performance indicators to Cabinet and Overview and Scrutiny.",
             "Head of Policy and Communications", "Portfolio Holder for Transformation", "June 2025",
             "KPI set agreed by CMT; first quarterly report scheduled for July Cabinet.", "G"),
        ]),
        ("Recommendation 2: Develop a medium-term financial strategy that closes the budget gap from 2026/27 without reliance on reserves.", [
            ("2.1", "Launch a savings and income generation programme with a target of £1.5m over three years.",
             "Corporate Director and Chief Finance Officer", "Portfolio Holder for Finance", "February 2025",
             "£620k of savings built into the 2025/26 budget approved by Council on 20 February 2025. Further proposals are in development for 2026/27.", "A"),
            ("2.2", "Review the use of reserves and set a minimum level of general fund balance in the Reserves Policy.",
             "Corporate Director and Chief Finance Officer", "Portfolio Holder for Finance", "March 2025",
             "Reserves Policy approved by Council alongside the budget.", "Complete"),
        ]),
        ("Recommendation 3: Strengthen the Council's capacity to deliver its regeneration ambitions, including the Wisbech and March town centre schemes.", [
            ("3.1", "Establish a Regeneration Programme Board with clear governance and reporting to Cabinet.",
             "Head of Economic Growth", "Portfolio Holder for Economic Growth", "March 2025",
             "Board established and meeting monthly since February 2025.", "Complete"),
            ("3.2", "Recruit dedicated project management capacity for the town centre regeneration programmes.",
             "Head of Economic Growth / Head of HR", "Portfolio Holder for Economic Growth", "September 2025",
             "First recruitment round was unsuccessful; post re-advertised with a market supplement in May 2025.", "A"),
        ]),
        ("Recommendation 4: Improve communication and engagement with residents and with town and parish councils.", [
            ("4.1", "Produce a Communications and Engagement Strategy and annual delivery plan.",
             "Head of Policy and Communications", "Leader of the Council", "Q2 2025/26",
             "Resident survey completed (1,142 responses) to inform the strategy.", "G"),
            ("4.2", "Hold twice-yearly liaison forums with town and parish councils.",
             "Chief Executive", "Leader of the Council", "Ongoing",
             "First forum held on 13 March 2025; next forum planned for October.", "G"),
        ]),
        ("Recommendation 5: Invest in member development, including training for Planning Committee members and scrutiny chairs.", [
            ("5.1", "Deliver a refreshed member development programme informed by an annual training needs survey.",
             "Member Services and Governance Manager", "Chairman of the Council", "December 2025",
             "Training needs survey issued to all members in April 2025.", "G"),
            ("5.2", "Make planning training mandatory for all members of Planning Committee and their substitutes.",
             "Head of Planning", "Portfolio Holder for Planning", "May 2025",
             "Constitution change delayed pending the review of committee arrangements; now to go to Council in July.", "R"),
        ]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True, color="FFFFFF")
        shade(t.cell(0, j), NAVY)
    r = 1
    for rec, actions in recs:
        merged = t.cell(r, 0).merge(t.cell(r, 6))
        set_cell(merged, rec, bold=True, size=10)
        shade(merged, "D9E2F3")
        r += 1
        for ref, action, lead, member, when, prog, rag in actions:
            for j, v in enumerate([ref, action, lead, member, when, prog, rag]):
                set_cell(t.cell(r, j), v)
            shade(t.cell(r, 6), rag_fill[rag])
            r += 1
    widths = [Cm(1.2), Cm(6.5), Cm(3.6), Cm(3.4), Cm(2.4), Cm(6.5), Cm(1.6)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Complete – action delivered; G – on track; A – some slippage, recoverable within the year; "
              "R – off track, Cabinet attention needed.")
    doc.save(path("q2-fenland-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Hertfordshire CC – Adult Care Services CQC assessment improvement plan (docx)
# ---------------------------------------------------------------------------
def make_herts():
    doc = Document()
    doc.add_paragraph("Adult Care Services – CQC Assessment Improvement Plan 2024–2026", style="Title")
    doc.add_paragraph("Hertfordshire County Council")
    doc.add_paragraph(
        "The Care Quality Commission (CQC) published its assessment of Hertfordshire County Council's "
        "adult social care functions on 17 May 2024 and rated the Council Good. This plan sets out our "
        "response to the areas where CQC told us we could do better, alongside priorities from our own "
        "self-assessment. It is monitored monthly by the Adult Care Services Leadership Team and reported "
        "to the Adult Care and Health Cabinet Panel every six months.")
    doc.add_paragraph("Position as at: 30 April 2025")

    doc.add_paragraph("RAG rating key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (word, colour, meaning) in enumerate([
            ("Blue", BLUE, "Complete"),
            ("Green", GREEN, "On track"),
            ("Amber", AMBER, "Some risk to delivery – mitigating action in place"),
            ("Red", RED, "Off track – escalated to Leadership Team")]):
        set_cell(key.cell(i, 0), word, bold=True)
        shade(key.cell(i, 0), colour)
        set_cell(key.cell(i, 1), meaning)

    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    plan = [
        ("Theme 1: Working with people", [
            ("1a. Reduce the time people wait for an assessment or review", [
                ("1a.1", "Use the waiting list dashboard to triage everyone waiting over 28 days, with a risk-based telephone contact every 4 weeks.",
                 "Deputy Director – Operations", "30/09/2024", "Blue",
                 "Dashboard live since August 2024. Everyone waiting over 28 days has a recorded risk rating and contact plan."),
                ("1a.2", "Commission additional Care Act assessment capacity to clear the backlog of 1,900 overdue reviews.",
                 "Head of Commissioning (Adults)", "September 2025", "Amber",
                 "Overdue reviews reduced from 1,900 to 1,150. Date moved from March 2025 following the delayed start of the external provider."),
            ]),
            ("1b. Improve support for unpaid carers", [
                ("1b.1", "Refresh the Carers Strategy with Carers in Hertfordshire and people with lived experience.",
                 "Head of Carers' Services", "End of June 2025", "Green",
                 "Co-production workshops completed; draft strategy to go to Cabinet Panel in June."),
                ("1b.2", "Increase the number of carers' assessments completed by 20% compared with 2023/24.",
                 "Head of Carers' Services / Carers in Hertfordshire", "Q4 2024/25", "Blue",
                 "Carers' assessments up 24% (2,310 compared with 1,863 in 2023/24)."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("2a. Increase the supply of home care in rural areas", [
                ("2a.1", "Introduce a rural premium in the home care framework for hard-to-reach areas of North Herts and East Herts.",
                 "Head of Commissioning (Adults)", "01/10/2024", "Blue",
                 "Rural premium in place from 1 October 2024. Unmet home care hours down 38%."),
                ("2a.2", "Work with the ICB to develop a single discharge to assess pathway across acute and community providers.",
                 "AD Integrated Care / ICB Director of Partnerships", "Dec 2025", "Amber",
                 "Pathway design agreed in principle; funding for 2025/26 still to be confirmed by the ICB."),
            ]),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("3a. Reduce waiting times for Deprivation of Liberty Safeguards assessments", [
                ("3a.1", "Prioritise DoLS applications using the ADASS screening tool and report waiting times monthly to the ACS Leadership Team.",
                 "DoLS Service Manager", "Ongoing", "Green",
                 "All applications screened within 5 working days. 842 people waiting, down from 1,260 in May 2024."),
                ("3a.2", "Train 20 additional Best Interests Assessors from within the social work workforce.",
                 "Principal Social Worker", "By 31 March 2026", "Green",
                 "First cohort of 10 completed training in January 2025; second cohort starts September 2025."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("4a. Make sure people's experience is used to shape services", [
                ("4a.1", "Establish an Adult Care Services Co-production Board with at least 50% of members having lived experience.",
                 "CW / TP", "Jan 2025", "Red",
                 "Recruitment of members with lived experience slower than planned; first meeting now scheduled for June 2025."),
            ]),
        ]),
    ]
    hdr = ["Ref", "What we will do", "Who", "By when", "RAG", "Update"]
    widths = [Cm(1.3), Cm(5.2), Cm(3.0), Cm(2.2), Cm(1.5), Cm(4.8)]
    for theme, areas in plan:
        doc.add_paragraph(theme, style="Heading 1")
        for area, actions in areas:
            doc.add_paragraph(area, style="Heading 2")
            t = doc.add_table(rows=1 + len(actions), cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                set_cell(t.cell(0, j), h, bold=True)
                shade(t.cell(0, j), "E7E6E6")
            for i, (ref, action, who, when, rag, upd) in enumerate(actions, 1):
                for j, v in enumerate([ref, action, who, when, rag, upd]):
                    set_cell(t.cell(i, j), v)
                shade(t.cell(i, 4), rag_fill[rag])
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = w
            doc.add_paragraph()
    doc.add_paragraph("Next review: October 2025 (Adult Care and Health Cabinet Panel).")
    doc.save(path("q2-hertfordshire-asc-cqc-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Clarion Housing Group – Housing Ombudsman special report action plan (csv)
# ---------------------------------------------------------------------------
def make_clarion():
    hdr = ["Ref", "Theme", "Ombudsman recommendation", "Action", "Action owner", "Due date",
           "Status", "RAG", "Update (Q3 2023/24)"]
    R1 = ("Carry out a review of its complaint handling policy and practice against the Complaint Handling Code, "
          "including the timeliness of stage 1 and stage 2 responses.")
    R2 = ("Review how it monitors the progress of repairs raised through complaints, so that repairs promised "
          "in complaint responses are completed.")
    R3 = ("Review its approach to damp and mould in line with the Ombudsman's spotlight report and set out a "
          "proactive, zero-tolerance approach.")
    R4 = ("Develop a knowledge and information management strategy so that records of repairs, vulnerabilities "
          "and contact with residents are accurate and accessible.")
    R5 = ("Review its compensation policy so that awards reflect the distress and inconvenience caused, in line "
          "with the Ombudsman's remedies guidance.")
    rows = [
        ["1.1", "Complaint handling", R1,
         "Complete a self-assessment against the Complaint Handling Code and publish it on our website.",
         "Director of Customer Experience", "31/03/2023", "Complete", "Blue",
         "Self-assessment published March 2023 and refreshed annually."],
        ["1.2", "", "",
         "Recruit 25 additional complaints case handlers and introduce a triage for complaints open more than 40 days.",
         "Head of Complaints", "30/06/2023", "Complete", "Blue",
         "All posts filled by July 2023. Stage 1 responses within 10 working days rose from 41% to 83%."],
        ["2.1", "Repairs", R2,
         "Introduce a 'complaint-linked repair' flag in the repairs system, with weekly reporting to regional repairs managers.",
         "Director of Property Services", "Sep-2023", "In progress", "Amber",
         "Flag live in two of four regions; remaining regions follow the repairs system upgrade in February 2024."],
        ["2.2", "", "",
         "Audit a sample of 200 closed complaints each quarter to check that promised repairs were completed.",
         "Head of Quality Assurance", "Quarterly", "In progress", "Green",
         "Q1 and Q2 audits complete; 91% of promised repairs verified as completed."],
        ["3.1", "Damp and mould", R3,
         "Publish a damp and mould policy and train all frontline staff and contractors in identifying and reporting damp and mould.",
         "Director of Property Services / Head of Learning and Development", "31/12/2023", "Complete", "Blue",
         "Policy approved by the Board in October 2023; 2,140 staff and contractor operatives trained."],
        ["3.2", "", "",
         "Carry out a proactive stock condition survey of all homes with previous reports of damp and mould.",
         "Head of Asset Management", "March 2025", "In progress", "Green",
         "14,300 of 21,000 surveys completed (68%)."],
        ["4.1", "Record keeping", R4,
         "Develop and launch a knowledge and information management (KIM) strategy.",
         "Chief Information Officer", "30/04/2024", "Delayed", "Red",
         "Drafting delayed by the customer system replacement; revised plan to go to the Executive Team in February 2024."],
        ["4.2", "", "",
         "Record household vulnerabilities on the new customer system and review them at every tenancy visit.",
         "Director of Neighbourhoods", "TBC", "Not started", "",
         "Dependent on customer system go-live."],
        ["5.1", "Compensation", R5,
         "Revise the Compensation Policy and publish it.",
         "Head of Complaints", "31/08/2023", "Complete", "Blue",
         "Revised policy published August 2023."],
    ]
    n = len(hdr)
    title = ["Clarion Housing Group - Response to the Housing Ombudsman Special Report (October 2022) - Action Plan Tracker"] + [""] * (n - 1)
    sub = ["Position at 31 December 2023"] + [""] * (n - 1)
    with open(path("q2-clarion-housing-ombudsman-special-report-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(title)
        w.writerow(sub)
        w.writerow([""] * n)
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. West Mercia Police – PEEL AFI force action plan (plain text)
# ---------------------------------------------------------------------------
def make_west_mercia():
    rule = "-" * 78
    L = []
    L.append("West Mercia Police – PEEL 2023–25 Areas for Improvement: Force Action Plan")
    L.append("Progress update for the Police and Crime Commissioner's Accountability Meeting, September 2025")
    L.append("")
    L.append("HMICFRS report published: 14 May 2025")
    L.append("Plan owner: Deputy Chief Constable")
    L.append("Status key: Complete (Blue) / On track (Green) / At risk (Amber) / Off track (Red)")
    L.append("")

    def area(name, grade):
        L.append(rule)
        L.append(name)
        L.append("Grade: " + grade)
        L.append(rule)
        L.append("")

    def afi(n, text):
        L.append("Area for improvement %d" % n)
        L.append(text)
        L.append("")

    def action(ref, text, lead, due, status, update):
        L.append("  %-5s Action:  %s" % (ref, text))
        L.append("        Lead:    %s" % lead)
        L.append("        Due:     %s" % due)
        L.append("        Status:  %s" % status)
        L.append("        Update:  %s" % update)
        L.append("")

    area("Responding to the public", "Requires improvement")
    afi(1, "The force should make sure it answers emergency calls within national standards and reduces the number of abandoned non-emergency calls.")
    action("1.1", "Implement the revised Operational Communications Centre resourcing model, aligning call handler shifts to demand peaks.",
           "Supt OCC", "31 August 2025", "Complete",
           "New shift pattern went live on 4 August 2025. 999 calls answered within 10 seconds rose to 89% in August.")
    action("1.2", "Introduce a call-back facility and online reporting prompts for non-emergency callers waiting longer than 10 minutes.",
           "Head of Digital Services / Supt OCC", "December 2025", "On track",
           "Supplier contract signed; user testing scheduled for November.")
    afi(2, "The force should make sure it attends calls for service within its published attendance times.")
    action("2.1", "Review the attendance time policy and THRIVE grading guidance, and introduce daily scrutiny of missed attendances by the Force Incident Manager.",
           "Ch Supt Local Policing", "Ongoing", "At risk",
           "Daily scrutiny in place. Priority attendance within 1 hour at 71% against an 85% target; a demand review has been commissioned.")

    area("Protecting vulnerable people", "Requires improvement")
    afi(3, "The force should make sure it identifies vulnerable victims at first contact and records their needs and entitlements under the Victims' Code.")
    action("3.1", "Roll out updated vulnerability assessment training to all call handlers and response officers.",
           "Det Supt Public Protection", "31/03/2026", "On track",
           "1,420 of 2,300 officers and staff trained (62%).")
    action("3.2", "Carry out a monthly Victims' Code compliance audit of 100 crimes and report the results to the Victims' Board.",
           "Head of Victim Services", "Monthly", "On track",
           "Compliance at 74% in July 2025, up from 61% in April.")

    area("Developing a positive workplace", "Requires improvement")
    afi(4, "The force should make sure it understands and manages the workload and wellbeing of its workforce, including their ability to take annual leave and rest days.")
    action("4.1", "Introduce a rest day cancellation and annual leave dashboard, reviewed monthly at the People Board.",
           "Director of People", "End of October 2025", "On track",
           "Dashboard built; data quality checks under way before first People Board review.")
    action("4.2", "Complete a workload review of investigating officers in local policing and set caseload thresholds.",
           "JH/RM", "Q4 2025/26", "Off track",
           "Review paused during summer demand; restart agreed for October with a revised scope.")

    area("Leadership and force management", "Requires improvement")
    afi(5, "The force should make sure its IT systems are reliable and that officers and staff have the equipment they need.")
    action("5.1", "Deliver the Digital Infrastructure Programme, replacing the remaining legacy desktop devices.",
           "Head of Digital Services", "June 2026", "On track",
           "3,100 of 4,600 devices replaced.")

    L.append(rule)
    L.append("Next update: PCC Accountability Meeting, December 2025")
    with open(path("q2-west-mercia-police-peel-afi-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_wyfrs()
    make_uttlesford()
    make_north_ayrshire()
    make_fenland()
    make_herts()
    make_clarion()
    make_west_mercia()
    print("done")
