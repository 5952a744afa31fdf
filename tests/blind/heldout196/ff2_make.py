"""Build the seven ff2- test files of set heldout196.

Run with: /work/main/.venv/bin/python ff2_make.py
Writes the data files next to this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ============================================================ 1. Solihull SAR
SOLIHULL_SAR = [
    ("Learning Theme 1: Working with self-neglect",
     "Recommendation 1: SSAB should seek assurance that all partner agencies use the Board’s "
     "Self-Neglect and Hoarding Guidance, and that practitioners understand when to escalate "
     "concerns to a multi-agency risk management meeting.",
     [
         ("1.1",
          "Relaunch the Self-Neglect and Hoarding Guidance through a 7-minute briefing and a "
          "practitioner webinar.",
          "SSAB Business Manager", "January 2025",
          "Webinar held 21/01/2025, 143 attendees. 7-minute briefing published on the SSAB website.",
          GREEN),
         ("1.2",
          "Each partner agency to audit a sample of self-neglect cases against the guidance and "
          "report findings to the SAR Subgroup:\nSolihull MBC Adult Social Care\nBSol ICB "
          "(commissioned GP practices)\nWest Midlands Fire Service",
          "Head of Safeguarding (Adult Social Care); Designated Nurse Adult Safeguarding (BSol ICB)",
          "Q2 2025/26",
          "ASC audit completed (20 cases). ICB and WMFS audits scheduled for July 2025.",
          AMBER),
     ]),
    ("Learning Theme 2: Mental capacity and executive functioning",
     "Recommendation 2: SSAB should gain assurance that mental capacity assessments consider "
     "executive functioning where a person’s decisions and actions do not match, and that this "
     "is recorded.",
     [
         ("2.1",
          "Deliver multi-agency training on executive functioning and the Mental Capacity Act "
          "2005, including case studies drawn from this review.",
          "SSAB Learning and Development Subgroup Chair", "31/03/2025",
          "Four sessions delivered Feb–Mar 2025 (96 practitioners). Evaluation report to Board "
          "June 2025.",
          GREEN),
         ("2.2",
          "Update MCA assessment templates used by Adult Social Care and the Solihull Community "
          "Mental Health Team to prompt consideration of executive functioning.",
          "Principal Social Worker / MCA Lead (BSMHFT)", "August 2025",
          "ASC template drafted. BSMHFT change requested through the RiO forms group.",
          AMBER),
     ]),
    ("Learning Theme 3: Multi-agency risk management",
     "Recommendation 3: SSAB should seek assurance that the multi-agency risk management (MARM) "
     "process is understood and used for adults who are at high risk but do not meet the "
     "criteria for a section 42 enquiry.",
     [
         ("3.1",
          "Review the MARM protocol and publish a revised version with a clear referral pathway "
          "and escalation route.",
          "Head of Safeguarding (Adult Social Care)", "June 2025",
          "Draft protocol out for consultation until 20/06/2025.",
          AMBER),
         ("3.2",
          "Establish quarterly reporting to the Board’s Performance and Quality Subgroup on the "
          "number of MARM meetings held, referring agencies and outcomes.",
          "SSAB Business Manager / ASC Performance Lead", "Q3 2025/26",
          "Not started – dependent on the revised protocol (3.1).",
          RED),
     ]),
    ("Learning Theme 3: Multi-agency risk management",
     "Recommendation 4: West Midlands Fire Service and Solihull Community Housing should agree an "
     "information-sharing pathway so that fire risk identified during home safety visits is "
     "shared with the person’s care coordinator.",
     [
         ("4.1",
          "Agree and sign a joint information-sharing agreement for home fire safety visit "
          "referrals.",
          "WMFS Station Commander (Solihull); SCH Head of Tenancy Services", "December 2024",
          "Agreement signed 09/12/2024.",
          GREEN),
         ("4.2",
          "Monitor referrals made under the agreement and report exceptions to the SAR Subgroup.",
          "WMFS Station Commander (Solihull)", "Ongoing",
          "11 referrals Jan–Apr 2025; no exceptions reported.",
          AMBER),
     ]),
]


def make_solihull():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Solihull Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Safeguarding Adults Review: Adult F – Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Position as at 30 May 2025 (for SAR Subgroup, 12 June 2025)")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "SSAB Business Manager"), ("Version", "4.0"),
                 ("SAR published", "19 November 2024"),
                 ("Monitored by", "SAR Subgroup (quarterly); SSAB Executive (six-monthly)"),
                 ("Next review", "September 2025")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)

    doc.add_heading("RAG rating", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Rating", bold=True)
    set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for fill, label, meaning in [
        (RED, "Red", "Action not started or significantly off track"),
        (AMBER, "Amber", "Action in progress"),
        (GREEN, "Green", "Action completed and evidence of impact provided to the SAR Subgroup"),
    ]:
        c = t.add_row().cells
        set_cell(c[0], label)
        shade(c[0], fill)
        set_cell(c[1], meaning)

    doc.add_paragraph(
        "The review made four recommendations to the Board. The actions agreed by partner "
        "agencies are set out below, one table for each recommendation.")

    last_theme = None
    for theme, rec, actions in SOLIHULL_SAR:
        if theme != last_theme:
            doc.add_heading(theme, level=2)
            last_theme = theme
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, rec, bold=True)
        shade(top, "DEEAF6")
        for i, h in enumerate(["Ref", "Action", "Lead", "Target date",
                               "Progress update (May 2025)", "RAG"]):
            set_cell(t.rows[1].cells[i], h, bold=True)
            shade(t.rows[1].cells[i], GREY)
        for ref, action, lead, target, update, fill in actions:
            c = t.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], action)
            set_cell(c[2], lead)
            set_cell(c[3], target)
            set_cell(c[4], update)
            set_cell(c[5], "")
            shade(c[5], fill)
        doc.add_paragraph()

    doc.add_paragraph(
        "Note: actions rated Green will be closed at the next SSAB Executive once the evidence "
        "has been reviewed by the SAR Subgroup.")
    doc.save(os.path.join(HERE, "ff2-solihull-sab-sar-adult-f-action-plan.docx"))


# ============================================================ 2. Gateshead DHR
GATESHEAD_OVERVIEW = [
    ("1. Gateshead Community Safety Board to assure itself that agencies identify and respond to "
     "domestic abuse experienced by older people, including abuse by adult children.",
     "Local",
     [
         ("1.1",
          "Commission a multi-agency audit of cases involving domestic abuse of people aged 60+ "
          "referred to MARAC in 2023/24.",
          "Gateshead Council (Community Safety)",
          "Audit tool agreed October 2024; 24 cases audited.",
          "January 2025",
          "Completed 29/01/2025. Findings reported to the Community Safety Board 11/02/2025.",
          "Blue"),
         ("1.2",
          "Develop a briefing for practitioners on recognising adult family violence (child to "
          "parent abuse) and circulate it through all partner agencies.",
          "Gateshead Council (Community Safety) / Gateshead Safeguarding Adults Board",
          "Draft briefing prepared and shared with the DA Strategic Group.",
          "April 2025", "", "Green"),
     ]),
    ("2. Gateshead Health NHS Foundation Trust and GP practices to improve routine enquiry about "
     "domestic abuse in consultations with older patients.",
     "Local",
     [
         ("2.1",
          "Include routine enquiry for patients over 60 in the Trust’s domestic abuse training "
          "and audit compliance in the Emergency Department.",
          "Gateshead Health NHS Foundation Trust",
          "Training package updated. First ED audit due Q1 2025/26.",
          "Q1 2025/26", "", "Green"),
         ("2.2",
          "Share the learning from this review with all Gateshead GP practices through the "
          "Safeguarding GP Leads forum.",
          "Named GP for Safeguarding (NENC ICB)",
          "Presentation prepared with the DHR chair.",
          "Dec-24", "Completed – presented at the forum 04/12/2024.", "Blue"),
     ]),
    ("3. Northumbria Police and Gateshead Council Housing Services to ensure that repeat "
     "call-outs to the same address are considered for referral to MARAC, regardless of which "
     "family member makes the call.",
     "Local / regional",
     [
         ("3.1",
          "Review the repeat-incident threshold in the force domestic abuse policy and brief "
          "Gateshead neighbourhood teams.",
          "Northumbria Police",
          "Force-wide policy review under way.",
          "Sept 2024 – March 2025", "", "Amber"),
         ("3.2",
          "Add a prompt to the housing ASB case management system so that officers check for "
          "previous domestic abuse reports at the address.",
          "Gateshead Council Housing Services",
          "Specification agreed with the system supplier.",
          "30/06/2025", "", "Green"),
     ]),
]

GATESHEAD_SINGLE = [
    ("NP1", "Northumbria Police",
     "Ensure that officers complete a DASH risk assessment with every victim at a domestic "
     "incident, including older victims where the perpetrator is a family member.",
     "Dip-sample 50 domestic incidents involving victims aged 60+ to check DASH completion and "
     "feed back to supervisors.",
     "March 2025", "Dip-sample complete: 88% compliance. Re-audit planned for October 2025.",
     "Blue"),
    ("GH1", "Gateshead Health NHS Foundation Trust",
     "Improve the recording of who accompanies a patient to appointments and whether the patient "
     "was seen alone.",
     "Amend the outpatient and ED electronic record to include a mandatory ‘seen alone’ field.",
     "September 2025", "Change request submitted to the digital team; awaiting a build slot.",
     "Amber"),
    ("GC1", "Gateshead Council Adult Social Care",
     "Make sure carers’ assessments consider the risk of abuse from the carer towards the "
     "cared-for person.",
     "Revise the carers’ assessment form and practice guidance to include a question on conflict "
     "and safety in the caring relationship.",
     "TBC – linked to case management system upgrade",
     "Practice guidance revised. Form change depends on the system upgrade.",
     "Amber"),
]

RAG_FILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_gateshead():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Gateshead Community Safety Board")
    r.bold = True
    doc.add_heading("Domestic Homicide Review ‘Jean’ – Action Plan", level=1)
    doc.add_paragraph("Updated: 17 March 2025. Monitored by the Domestic Abuse Strategic Group.")
    doc.add_paragraph("RAG: Blue – complete; Green – on track; Amber – some slippage; "
                      "Red – not progressing")

    doc.add_heading("Overview Report Recommendations", level=2)
    heads = ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, size=8)
        shade(t.rows[0].cells[i], GREY)
    for rec, scope, actions in GATESHEAD_OVERVIEW:
        first = len(t.rows)
        for no, action, lead, miles, target, done, rag in actions:
            c = t.add_row().cells
            set_cell(c[0], no, size=8)
            set_cell(c[3], action, size=8)
            set_cell(c[4], lead, size=8)
            set_cell(c[5], miles, size=8)
            set_cell(c[6], target, size=8)
            set_cell(c[7], done, size=8)
            set_cell(c[8], rag, size=8)
            shade(c[8], RAG_FILL[rag])
        last = len(t.rows) - 1
        for col, text in ((1, rec), (2, scope)):
            cell = t.cell(first, col)
            if last > first:
                cell = cell.merge(t.cell(last, col))
            set_cell(cell, text, size=8)

    doc.add_paragraph()
    doc.add_heading("Single Agency Recommendations", level=2)
    heads = ["No.", "Agency", "Recommendation", "Action to take", "Target date",
             "Progress / outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, size=8)
        shade(t.rows[0].cells[i], GREY)
    for row in GATESHEAD_SINGLE:
        c = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(c[i], v, size=8)
        shade(c[6], RAG_FILL[row[6]])

    doc.add_paragraph()
    doc.add_paragraph("The overview report and executive summary were published on the Gateshead "
                      "Council website on 2 September 2024 following Home Office quality "
                      "assurance.")
    doc.save(os.path.join(HERE, "ff2-gateshead-csp-dhr-jean-action-plan.docx"))


# ============================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, values, bold=False, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.border = BOX
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            c.number_format = date_fmt


# ============================================================ 3. NHS Somerset ICB
SOMERSET_ICB = [
    ("Board Meeting in Public – 30 January 2025", [
        ("SICB/25/001", "ICB 25/07", "Quality and Safety Report",
         "Provide the Board with a breakdown of ambulance handover delays at Musgrove Park "
         "Hospital and Yeovil District Hospital by time of day.",
         "Chief Nursing Officer / Chief Medical Officer", D(2025, 3, 27), None,
         "Included in the March 2025 Quality and Safety Report, section 4.", BLUE),
        ("SICB/25/002", "ICB 25/09", "Finance Report – Month 9",
         "Circulate the revised system financial recovery trajectory to Board members outside "
         "the meeting.",
         "Chief Finance Officer", D(2025, 2, 14), None, "Circulated 10/02/2025.", BLUE),
        ("SICB/25/003", "ICB 25/11", "Board Assurance Framework",
         "Review the risk score for BAF risk 4 (urgent and emergency care) in light of winter "
         "pressures and report back to the Board.",
         "Director of Corporate Governance", D(2025, 3, 27), D(2025, 5, 22),
         "Deferred to May to take account of the Audit Committee review of the BAF.", AMBER),
    ]),
    ("Board Meeting in Public – 27 March 2025", [
        ("SICB/25/004", "ICB 25/31", "Children and Young People’s Mental Health",
         "Arrange a Board development session on the neurodiversity assessment pathway and "
         "waiting times.",
         "Director of Strategy and Digital", "July 2025", None,
         "Session provisionally booked for 24 July 2025.", GREEN),
        ("SICB/25/005", "ICB 25/34", "Primary Care Access Recovery Plan",
         "Bring a report on dental access, including the outcomes of the urgent dental care "
         "pilot, to a future meeting.",
         "Director of Primary and Community Care", D(2025, 9, 30), None, "Not yet due.", GREEN),
        ("SICB/25/006", "ICB 25/36", "Chair’s Report",
         "Publish the updated register of Board members’ interests on the ICB website.",
         "Board Secretary", D(2025, 4, 30), None,
         "Delayed by the website content management system migration.", RED),
    ]),
    ("Board Meeting in Public – 22 May 2025", [
        ("SICB/25/007", "ICB 25/52", "Integrated Performance Report",
         "Add elective recovery metrics for Somerset residents treated out of county to the "
         "Integrated Performance Report.",
         "JH / PB", "Ongoing", None, "New action.", None),
    ]),
]


def make_somerset_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "NHS Somerset ICB Board Meeting in Public – Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 22 May 2025"
    ws["A3"] = "Key:"
    ws["A3"].font = Font(bold=True)
    for col, (lab, f) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN),
                                      ("At risk / delayed", AMBER), ("Overdue", RED)]):
        ws[f"{col}3"] = lab
        ws[f"{col}3"].fill = fill(f)
    heads = ["Action No.", "Minute ref", "Agenda item", "Action", "Lead",
             "Original due date", "Revised due date", "Update", "Status"]
    put(ws, 5, heads, bold=True)
    for i in range(1, 10):
        ws.cell(row=5, column=i).fill = fill(GREY)
    r = 6
    for meeting, rows in SOMERSET_ICB:
        ws.cell(row=r, column=1, value=meeting).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for no, minute, item, action, lead, due, rev, upd, status in rows:
            put(ws, r, [no, minute, item, action, lead, due, rev, upd, None])
            if status:
                ws.cell(row=r, column=9).fill = fill(status)
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Completed actions are removed from the log once they have been reported "
                  "to the Board.")
    for col, w in zip("ABCDEFGHI", [13, 11, 24, 55, 28, 14, 14, 40, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ff2-nhs-somerset-icb-board-action-log.xlsx"))


# ============================================================ 4. LTHT maternity CSV
LTHT = [
    ("1. Safe staffing", "1.1",
     "CQC Must-do 1: The trust must ensure there are sufficient numbers of suitably qualified "
     "midwifery staff on each shift.",
     "Complete the Birthrate Plus acuity review and take the revised midwifery establishment to "
     "Trust Board for approval.",
     "Director of Midwifery", "31/12/2024", "31/03/2025", "B",
     "Establishment uplift of 31.4 WTE midwives approved at Trust Board 27/03/2025."),
    ("1. Safe staffing", "1.2",
     "CQC Must-do 1: The trust must ensure there are sufficient numbers of suitably qualified "
     "midwifery staff on each shift.",
     "Recruit to the approved establishment, including an international recruitment cohort of "
     "20 midwives.",
     "Director of Midwifery; Head of Nursing and Midwifery Workforce", "31/03/2026", "", "G",
     "14 international midwives started May 2025; second cohort planned for October 2025."),
    ("2. Triage and assessment", "2.1",
     "CQC Must-do 3: The trust must ensure women attending maternity triage are assessed by a "
     "midwife within 15 minutes of arrival.",
     "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) at both the LGI "
     "and St James's sites.",
     "Consultant Midwife (Triage)", "30/09/2024", "31/07/2025", "A",
     "Live at LGI. St James's go-live delayed by estates works to the triage area."),
    ("2. Triage and assessment", "2.2",
     "CQC Must-do 3: The trust must ensure women attending maternity triage are assessed by a "
     "midwife within 15 minutes of arrival.",
     "Audit time to initial triage assessment every month and report to the Maternity and "
     "Neonatal Safety Champions.\nTarget: 90% of women assessed within 15 minutes.",
     "Maternity Quality and Safety Lead", "Monthly", "", "A",
     "May 2025: 81% (April 76%)."),
    ("3. Governance and learning from incidents", "3.1",
     "CQC Must-do 5: The trust must ensure that incidents are investigated and closed in a "
     "timely way and that learning is shared with staff.",
     "Clear the backlog of maternity incidents awaiting review for more than 30 days.",
     "Associate Director of Midwifery (Governance)", "31/01/2025", "30/04/2025", "B",
     "Backlog cleared 25/04/2025. Weekly incident review huddle in place."),
    ("3. Governance and learning from incidents", "3.2",
     "CQC Must-do 5: The trust must ensure that incidents are investigated and closed in a "
     "timely way and that learning is shared with staff.",
     "Introduce a monthly 'Learning Matters' bulletin and safety huddle topic, shared across "
     "both sites.",
     "Patient Safety Midwife / Governance Obstetrician", "28/02/2025", "", "B",
     "First issue February 2025; five issues published to date."),
    ("4. Listening to women and families", "4.1",
     "Trust-identified: feedback from the Leeds Maternity and Neonatal Voices Partnership "
     "(MNVP), 2024",
     "Co-produce a revised complaints and concerns pathway with the Leeds MNVP, including a "
     "named family liaison contact.",
     "Head of Patient Experience; MNVP Chair", "Q3 2025/26", "", "G",
     "Two co-production workshops held (April and June 2025)."),
    ("4. Listening to women and families", "4.2",
     "Trust-identified: feedback from the Leeds Maternity and Neonatal Voices Partnership "
     "(MNVP), 2024",
     "Translate key maternity information leaflets into the ten languages most commonly spoken "
     "in Leeds after English.",
     "Equity and Equality Lead Midwife", "30/11/2025", "", "R",
     "Funding not yet agreed. Escalated to the Women's Divisional Board in June 2025."),
]


def make_ltht():
    import csv
    ncol = 9
    path = os.path.join(HERE, "ff2-leeds-teaching-hospitals-maternity-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Leeds Teaching Hospitals NHS Trust - Maternity and Neonatal Improvement "
                    "Plan"] + [""] * (ncol - 1))
        w.writerow(["Report run: 04/07/2025 09:14 by Maternity Governance Team"]
                   + [""] * (ncol - 1))
        w.writerow([""] * ncol)
        w.writerow(["Workstream", "Ref", "Source", "Action", "Lead(s)", "Original due date",
                    "Revised due date", "BRAG", "Progress update (June 2025)"])
        for row in LTHT:
            w.writerow(list(row))
        w.writerow([""] * ncol)
        w.writerow(["BRAG key: B = complete and evidenced; G = on track; A = at risk; "
                    "R = off track / overdue"] + [""] * (ncol - 1))
        w.writerow(["Total actions: 8 (B 3, G 2, A 2, R 1)"] + [""] * (ncol - 1))


# ============================================================ 5. Kirklees CRR
KIRKLEES = [
    ("CR01 Financial resilience and the Medium Term Financial Strategy",
     "Continued demand pressures in social care and home to school transport, together with "
     "uncertainty over future funding, lead to the Council being unable to set a balanced budget "
     "without using reserves, resulting in a Section 114 notice.",
     "Service Director – Finance", "5 x 5 = 25", "4 x 5 = 20", "↔", "3 x 4 = 12", [
         ("CR01a", "Deliver the 2025/26 savings programme and report progress monthly to the "
                   "Executive Leadership Team.",
          "Service Director – Finance", D(2026, 3, 31), None, AMBER,
          "£31.2m of £40.4m savings on track; £9.2m at risk (mainly Adults and Health)."),
         ("CR01b", "Refresh the Medium Term Financial Strategy to 2029/30, including a "
                   "reserves strategy.",
          "Head of Corporate Finance", D(2026, 2, 28), None, GREEN,
          "Draft MTFS to Cabinet in January 2026."),
         ("CR01c", "Prepare a request for Exceptional Financial Support for 2026/27 in case the "
                   "budget gap cannot be closed.",
          "Chief Executive / Service Director – Finance", D(2025, 12, 31), None, GREEN,
          "Early discussions held with MHCLG officials."),
     ]),
    ("CR02 Safeguarding children",
     "Failure to identify and respond to risk to children because of workforce instability or "
     "increased demand leads to serious harm to a child and loss of public confidence.",
     "Executive Director for Children and Families", "4 x 5 = 20", "3 x 5 = 15", "↓",
     "2 x 5 = 10", [
         ("CR02a", "Implement the Children’s Services workforce strategy to reduce reliance on "
                   "agency social workers to below 15%.",
          "Service Director for Children’s Social Care", D(2025, 3, 31), D(2025, 12, 31), AMBER,
          "Agency rate 19% at Q2 (Q1 21%)."),
         ("CR02b", "Complete the annual Section 11 audit across the Kirklees Safeguarding "
                   "Children Partnership and act on the findings.",
          "Head of Quality Assurance and Safeguarding", D(2025, 9, 30), None, BLUE,
          "Audit complete; action plan agreed at KSCP Executive 18/09/2025."),
     ]),
    ("CR03 Cyber security and information governance",
     "A cyber attack or data breach disrupts critical services, leads to loss of personal data "
     "and results in regulatory action and financial penalties.",
     "Head of Technology", "5 x 5 = 25", "4 x 5 = 20", "↑", "3 x 5 = 15", [
         ("CR03a", "Achieve compliance with the Cyber Assessment Framework (CAF) for local "
                   "government.",
          "Head of Technology", D(2026, 3, 31), None, GREEN,
          "Self-assessment complete; 9 of 14 outcomes achieved."),
         ("CR03b", "Run a cyber incident response exercise with the Executive Leadership Team.",
          "Head of Technology / Emergency Planning Manager", D(2025, 6, 30), D(2025, 11, 30),
          AMBER, "Exercise rescheduled to November because of diary availability."),
     ]),
    ("CR04 Housing stock condition and compliance",
     "Failure to meet the Regulator of Social Housing consumer standards, including building "
     "safety and damp and mould, puts tenants at risk and leads to regulatory intervention.",
     "Executive Director for Place", "4 x 4 = 16", "3 x 4 = 12", "↓", "2 x 4 = 8", [
         ("CR04a", "Complete stock condition surveys on 100% of council homes.",
          "Head of Asset Management (Homes and Neighbourhoods)", D(2026, 3, 31), None, GREEN,
          "78% of homes surveyed at end of Q2."),
         ("CR04b", "Introduce procedures to meet Awaab’s Law timescales for damp and mould "
                   "hazards.",
          "Head of Housing Management", D(2025, 10, 27), None, GREEN,
          "Procedures approved; go-live 27/10/2025."),
         ("CR04c", "Deliver the building safety case programme for all higher-risk residential "
                   "buildings.",
          "Building Safety Manager", "Ongoing", None, GREEN,
          "Safety cases submitted for 8 of 11 buildings."),
     ]),
]


def make_kirklees():
    title = "Kirklees Council Corporate Risk Register – Quarter 2 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of corporate risks (position at 30 September 2025)"
    put(ws, 4, ["Risk", "Risk owner", "Previous score (Q1)", "Current score (Q2)",
                "Direction of travel", "Target score"], bold=True)
    prev = {"CR01": 20, "CR02": 20, "CR03": 16, "CR04": 16}
    r = 5
    for risk, desc, owner, inh, cur, dot, tgt, acts in KIRKLEES:
        put(ws, r, [risk, owner, prev[risk[:4]], int(cur.split("= ")[1]), dot,
                    int(tgt.split("= ")[1])])
        r += 1
    ws.cell(row=r + 1, column=1, value="Total corporate risks: 4 (3 red, 1 amber)")
    for col, w in zip("ABCDEF", [60, 40, 16, 16, 16, 12]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to Corporate Governance and Audit Committee, 21 November 2025"
    heads = ["Risk", "Risk description (cause, event, consequence)", "Risk owner",
             "Inherent score (L x I)", "Current score (L x I)", "Direction of travel",
             "Target score", "Action ref", "Further mitigating action", "Action owner",
             "Original due date", "Revised due date", "Action progress", "Q2 commentary"]
    put(ws, 4, heads, bold=True)
    for i in range(1, len(heads) + 1):
        ws.cell(row=4, column=i).fill = fill("1F4E78")
        ws.cell(row=4, column=i).font = Font(bold=True, color="FFFFFF")
    r = 5
    for risk, desc, owner, inh, cur, dot, tgt, acts in KIRKLEES:
        first = r
        for ref, act, aowner, due, rev, status, comm in acts:
            put(ws, r, [None] * 7 + [ref, act, aowner, due, rev, None, comm])
            ws.cell(row=r, column=13).fill = fill(status)
            r += 1
        for col, v in enumerate([risk, desc, owner, inh, cur, dot, tgt], start=1):
            ws.cell(row=first, column=col, value=v)
            ws.cell(row=first, column=col).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                               end_column=col)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Action progress key:")
    for col, (lab, f) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("At risk of slipping", AMBER), ("Overdue", RED)], start=2):
        c = ws.cell(row=r, column=col, value=lab)
        c.fill = fill(f)
    for col, w in zip("ABCDEFGHIJKLMN", [30, 45, 24, 12, 12, 10, 12, 9, 50, 30, 13, 13, 11, 45]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring: Likelihood (1–5) x Impact (1–5)"
    put(ws, 3, ["Score", "Rating", "Response"], bold=True)
    for i, row in enumerate([("15–25", "Red", "Corporate risk – quarterly review by ELT"),
                             ("8–12", "Amber", "Directorate risk – reviewed by DMT"),
                             ("1–6", "Green", "Tolerate – service level")], start=4):
        put(ws, i, list(row))
    wb.save(os.path.join(HERE, "ff2-kirklees-council-corporate-risk-register-2025-26.xlsx"))


# ============================================================ 6. Somerset Council I&T
SOMERSET_ITP = [
    ("1. New Organisational Design", [
        ("1.1", "Layer 2–3 recruitment and selection completed and new structure live",
         "Executive Director Strategy, Workforce and Localities", D(2024, 11, 1), D(2024, 11, 1),
         "Green", "Complete", "New structure live from 1 November 2024."),
        ("1.2", "Layer 4 structure design approved by the Executive Leadership Team",
         "Director of HR and Organisational Development", D(2024, 12, 13), D(2025, 1, 31),
         "Green", "Amber", "Design workshops extended to cover service-level dependencies."),
    ]),
    ("2. Workforce Programme", [
        ("2.1", "Formal consultation with trade unions on Layer 4 changes launched",
         "Head of HR Operations / Head of Employee Relations", D(2025, 1, 6), D(2025, 2, 3),
         "Amber", "Amber", "Start moved to follow ELT approval of the Layer 4 design (1.2)."),
        ("2.2", "Voluntary redundancy scheme round 2 closed and decisions issued",
         "Head of HR Operations", D(2024, 11, 29), D(2024, 11, 29), "Green", "Complete",
         "212 applications; 164 approved."),
    ]),
    ("3. Innovation and Change Programme", [
        ("3.1", "Customer contact digital front door (phase 1) go-live",
         "Head of Digital; Customer Services Manager", D(2025, 3, 31), D(2025, 3, 31), "Green",
         "Green", "User testing complete; build on schedule."),
        ("3.2", "Strategic transformation partner procured",
         "Improvement and Transformation Lead", D(2025, 2, 28), D(2025, 4, 30), "Amber", "Red",
         "Procurement route under review following legal advice; timeline at risk. Escalated "
         "to Programme Board 4 December."),
    ]),
    ("4. Partnerships, Devolution and Localities", [
        ("4.1", "Devolution expression of interest submitted to MHCLG",
         "Chief Executive", D(2025, 1, 10), D(2025, 1, 10), None, "Green",
         "New milestone added this period."),
        ("4.2", "Local Community Network review – recommendations to Executive",
         "Service Director Localities", D(2024, 12, 4), D(2025, 3, 5), "Amber", "Amber",
         "Rescoped as part of the Partnerships, Devolution and Localities programme."),
    ]),
    ("5. Savings Delivery Plan", [
        ("5.1", "2025/26 transformation savings confirmed for the February 2025 budget",
         "Executive Director Resources and Corporate Services (S151 Officer)", D(2025, 1, 31),
         D(2025, 1, 31), "Green", "Green", "£18.6m of savings proposals validated."),
    ]),
]

WORD_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}


def make_somerset_itp():
    title = "Somerset Council Improvement and Transformation Programme – Monthly Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Dashboard"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: 11 November – 6 December 2024"
    ws["A4"] = "Overall programme RAG"
    ws["B4"] = "Amber"
    ws["B4"].fill = fill(AMBER)
    ws["A5"] = "Previous period"
    ws["B5"] = "Amber"
    ws["B5"].fill = fill(AMBER)
    put(ws, 7, ["Workstream", "SRO", "Previous RAG", "Current RAG", "Summary this period"],
        bold=True)
    summary = [
        ("New Organisational Design", "Executive Director Strategy, Workforce and Localities",
         "Green", "Amber", "Layers 2–3 live; Layer 4 design taking longer than planned."),
        ("Workforce Programme", "Director of HR and Organisational Development", "Amber",
         "Amber", "VR round 2 complete; consultation start depends on Layer 4 design."),
        ("Innovation and Change Programme", "Executive Director Resources and Corporate Services",
         "Amber", "Amber", "Digital front door on track; partner procurement at risk."),
        ("Partnerships, Devolution and Localities", "Chief Executive", "Amber", "Green",
         "Programme rescoped; devolution EOI in preparation."),
        ("Savings Delivery Plan", "Executive Director Resources and Corporate Services",
         "Green", "Green", "Savings validation for the 2025/26 budget on track."),
    ]
    for i, row in enumerate(summary, start=8):
        put(ws, i, list(row))
        ws.cell(row=i, column=3).fill = fill(WORD_FILL[row[2]])
        ws.cell(row=i, column=4).fill = fill(WORD_FILL[row[3]])
    ws["A14"] = "Programme risks scoring 16 or more: 1 Red, 4 Amber (see Appendix A)"
    ws["A15"] = "Decisions required from Executive this period: none"
    for col, w in zip("ABCDE", [40, 45, 13, 13, 60]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Key milestones and products – December 2024"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Milestone / product", "Lead", "Baseline date", "Forecast / actual date",
             "Previous RAG", "Current RAG", "Commentary"]
    put(ws, 3, heads, bold=True)
    r = 4
    for ws_name, rows in SOMERSET_ITP:
        ws.cell(row=r, column=1, value=ws_name).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("305496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, ms, lead, base, fc, prev, cur, comm in rows:
            put(ws, r, [ref, ms, lead, base, fc, prev, cur, comm], date_fmt="d mmm yyyy")
            if prev:
                ws.cell(row=r, column=6).fill = fill(WORD_FILL[prev])
            ws.cell(row=r, column=7).fill = fill(WORD_FILL[cur])
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="RAG: Green – on track; Amber – at risk, manageable within the programme; "
                  "Red – off track, escalation required; Complete – delivered.")
    for col, w in zip("ABCDEFGH", [7, 55, 40, 14, 14, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE,
                         "ff2-somerset-council-transformation-programme-highlight-report.xlsx"))


# ============================================================ 7. Doncaster CSP (refuse)
DONCASTER_LINES = [
    "Safer Stronger Doncaster Partnership",
    "Community Safety Strategy 2025-28 – Delivery Plan 2025/26",
    "Quarter 2 update (July – September 2025)",
    "",
    "Ref\tAction\tLead partner(s)\tTimescale\tQ2 update\tRAG",
    "Priority 1: Reducing serious violence and knife crime",
    "1.1\tRefresh the Serious Violence Duty strategic needs assessment and publish the local "
    "response strategy.\tDoncaster Council Community Safety\tDecember 2025\tDraft needs "
    "assessment shared with the South Yorkshire VRU.\tGreen",
    "1.2\tExtend the knife crime awareness programme to all secondary schools and both pupil "
    "referral units.\tSouth Yorkshire Police; Doncaster Council Education\tJuly 2026\t14 of 19 "
    "schools engaged so far.\tGreen",
    "1.3\tIntroduce hospital youth navigators in the Emergency Department at Doncaster Royal "
    "Infirmary.\tSouth Yorkshire VRU / DBTH\tMarch 2026\tFunding confirmed; recruitment under "
    "way.\tAmber",
    "Priority 2: Tackling anti-social behaviour",
    "2.1\tHold two town-centre days of action each quarter with partners and the Business "
    "Improvement District.\tDoncaster Council Enforcement; South Yorkshire Police\tQuarterly\t"
    "Days of action held 17 July and 11 September.\tGreen",
    "2.2\tReview the Public Spaces Protection Orders covering the town centre and Mexborough."
    "\tHead of Community Safety\tOctober 2025\tConsultation closed 30 September; 412 responses."
    "\tAmber",
    "Priority 3: Domestic abuse and violence against women and girls",
    "3.1\tRecommission the domestic abuse safe accommodation service.\tDomestic Abuse Hub "
    "Manager\tJanaury 2026\tTenders evaluated; contract award pending.\tAmber",
    "3.2\tDeliver Operation Encompass briefings to designated safeguarding leads in all schools."
    "\tDoncaster Council Education Safeguarding\tNovember 2025\tTwo of four briefings delivered."
    "\tGreen",
    "Priority 4: Reducing harm from drugs and alcohol",
    "4.1\tIncrease the number of adults in structured drug and alcohol treatment in line with "
    "the Combating Drugs Partnership target.\tCombating Drugs Partnership Lead\tMarch 2026\t"
    "Numbers in treatment 3% below trajectory.\tAmber",
    "",
    "RAG key: Green = on track; Amber = minor delays; Red = significant concerns; "
    "Blue = complete",
]


def make_doncaster():
    path = os.path.join(
        HERE, "ff2-safer-stronger-doncaster-partnership-community-safety-delivery-plan-"
              "typo-month-refuse.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(DONCASTER_LINES) + "\n")


if __name__ == "__main__":
    make_solihull()
    make_gateshead()
    make_somerset_icb()
    make_ltht()
    make_kirklees()
    make_somerset_itp()
    make_doncaster()
    print("done")
