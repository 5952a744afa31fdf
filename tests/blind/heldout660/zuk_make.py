"""Build the seven zuk- blind test files (set heldout660).

Run with: /work/main/.venv/bin/python zuk_make.py
Writes only files whose names start with 'zuk-' into the folder holding this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DCE6F1",
}


def out(name):
    assert name.startswith("zuk-")
    return os.path.join(HERE, name)


# ----------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------

def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


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


# ----------------------------------------------------------------------------
# 1. HMP Lindholme - HMPPS action plan responding to an HMIP inspection (docx)
# ----------------------------------------------------------------------------

LINDHOLME_TITLE = "Action Plan: HMP Lindholme"

LINDHOLME = [
    ("Priority concerns", [
        ("Too many prisoners were locked in their cells during the working day and the regime was frequently curtailed because of staff shortages.",
         "Agreed", [
             ("1.1", "Introduce a revised core day that unlocks all prisoners in employment and education for a minimum of 6.5 hours each weekday, and publish the daily regime delivery figures at the weekly operational meeting.",
              "Head of Operations", "31/07/2024"),
             ("1.2", "Complete the recruitment and training of 24 new band 3 prison officers to bring the establishment up to its agreed staffing profile.",
              "Head of People Hub / Deputy Governor", "December 2024"),
         ]),
        ("Illicit drugs were too readily available and the positive random mandatory drug testing rate was high at 31%.",
         "Agreed", [
             ("2.1", "Implement the local drug strategy, including intelligence-led cell searching, targeted use of the body scanner and an incentivised substance-free living unit on B wing.",
              "Head of Security", "30 September 2024"),
             ("2.2", "Restart the monthly drug strategy meeting chaired by the Governor, with the healthcare and substance misuse providers attending, to review testing data and supply reduction intelligence.",
              "Governor", "April 2024"),
         ]),
        ("Leaders had not made sure that there were enough activity places for the population, and attendance at education, skills and work was poor.",
         "Partly Agreed", [
             ("3.1", "Increase the number of full-time activity places from 640 to 860 by reopening the two workshops closed during the pandemic and expanding the industrial cleaning course.",
              "Head of Reducing Reoffending", "March 2025"),
         ]),
    ]),
    ("Key concerns", [
        ("Prisoners told us that they did not feel safe, and the number of assaults on staff had increased since our last inspection.",
         "Agreed", [
             ("4.1", "Review every use of force incident at the weekly use of force committee and share the themes with wing staff through the monthly safety bulletin.",
              "Head of Safety", "Ongoing"),
         ]),
        ("Case management for prisoners at risk of self-harm (ACCT) was not consistently good enough.",
         "Agreed", [
             ("5.1", "Deliver refresher ACCT training to all residential staff and introduce a monthly quality assurance check of 10 open ACCT documents by a custodial manager.",
              "Safer Custody Lead; Head of Safety", "31/08/2024"),
             ("5.2", "Make sure that every prisoner on an open ACCT has a named key worker who completes a key work session with them each week.",
              "Head of Offender Management Delivery", "June 2024"),
         ]),
        ("Too many prisoners waited too long to see a GP or a dentist.",
         "Agreed", [
             ("6.1", "Commission an additional weekly dental session and a GP locum session, and report waiting times monthly to the local delivery board.",
              "Head of Healthcare (Practice Plus Group)", "Q3 2024/25"),
         ]),
    ]),
]


def make_lindholme():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(LINDHOLME_TITLE, style="Title")
    for line in ("Action Plan Submitted: 14 March 2024",
                 "A Response to the HMIP Inspection: 2 – 12 October 2023",
                 "Report Published: 13 February 2024"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for and treatment of those in prison, young offender institutions, secure "
        "training centres, immigration detention facilities, police and court custody and "
        "military detention. In response to the report, HM Prison and Probation Service (HMPPS) "
        "is required to draft a robust and timely action plan to address the concerns raised. "
        "The action plan confirms whether each concern is agreed, partly agreed or not agreed "
        "(see categorisations below). Where a concern is agreed or partly agreed, the action plan "
        "sets out specific steps to address it, with the owner and timescale of each step "
        "clearly identified.")
    cat = doc.add_table(rows=4, cols=2)
    cat.style = "Table Grid"
    rows = [("Term", "Definition"),
            ("Agreed", "All of the concern is agreed with, can be achieved and is affordable."),
            ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be implemented. The response states clearly which part will be implemented."),
            ("Not Agreed", "The concern is not agreed and will not be implemented. The response explains why.")]
    for r, (a, b) in enumerate(rows):
        set_cell(cat.cell(r, 0), a, bold=True)
        set_cell(cat.cell(r, 1), b, bold=(r == 0))
        if r == 0:
            shade(cat.cell(r, 0), RAG_HEX["grey"])
            shade(cat.cell(r, 1), RAG_HEX["grey"])
    doc.add_paragraph()
    doc.add_heading("HMP LINDHOLME ACTION PLAN", level=1)
    doc.add_paragraph(
        "HMP Lindholme is a category C training prison near Doncaster. HMIP made six priority "
        "and key concerns; each is set out below with the actions agreed by the Governor.")

    n_rows = 1 + sum(1 + sum(len(c[2]) for c in sec[1]) for sec in LINDHOLME)
    t = doc.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    heads = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action",
             "Responsible Owner", "Target Date"]
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), RAG_HEX["grey"])
    r = 1
    for sec_name, concerns in LINDHOLME:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, sec_name, bold=True)
        shade(m, RAG_HEX["pale"])
        r += 1
        for concern, agreed, actions in concerns:
            first = r
            for ref, action, owner, date in actions:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 3), action)
                set_cell(t.cell(r, 4), owner)
                set_cell(t.cell(r, 5), date)
                r += 1
            last = r - 1
            c1 = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
            c2 = t.cell(first, 2).merge(t.cell(last, 2)) if last > first else t.cell(first, 2)
            set_cell(c1, concern)
            set_cell(c2, agreed)
    assert r == n_rows
    doc.add_paragraph()
    doc.add_paragraph("Action plan approved by: Governor, HMP Lindholme – 14 March 2024")
    doc.add_paragraph("Progress against this plan is monitored at the Prison Group Director's quarterly performance review.")
    doc.save(out("zuk-hmp-lindholme-hmip-inspection-action-plan.docx"))


# ----------------------------------------------------------------------------
# 2. Leeds PDU - Probation Service action plan after an HMI Probation inspection (docx)
#    one table per recommendation, RAG as words with cell shading
# ----------------------------------------------------------------------------

LEEDS_TITLE = "Leeds PDU: HM Inspectorate of Probation Inspection Action Plan"

LEEDS = [
    ("Recommendations for Leeds PDU", [
        ("Recommendation 1: Improve the quality of work to assess and manage risk of harm, including making full use of information held by other agencies.", [
            ("1.1", "Deliver risk of harm refresher workshops to all practitioners, with a focus on using domestic abuse and safeguarding information in assessments.",
             "SPO Quality Lead", "31/12/2024", "Blue", "Workshops delivered to 96% of practitioners; remaining staff booked on the January session."),
            ("1.2", "Introduce monthly case audits by senior probation officers using the regional risk of harm quality tool, and report the findings to the PDU management team.",
             "Senior Probation Officers / Head of PDU", "March 2025", "Green", "Audits running since November 2024. First themed report to PDU management team in February."),
        ]),
        ("Recommendation 2: Make sure that domestic abuse and child safeguarding enquiries are requested at the start of every sentence and that the responses are used to inform sentence planning.", [
            ("2.1", "Agree a revised information-sharing protocol with Leeds City Council children's social care, setting a five-working-day response time for safeguarding enquiries.",
             "Head of PDU", "January 2025", "Amber", "Protocol drafted and shared with the local authority; sign-off expected at the February partnership meeting."),
            ("2.2", "Add a domestic abuse and safeguarding check to the allocation checklist used by case administrators.",
             "PDU Business Manager", "November 2024", "Blue", "Checklist updated and in use."),
        ]),
        ("Recommendation 3: Reduce vacancy rates and workloads for probation officers and probation services officers so that staff have the capacity to deliver high-quality work.", [
            ("3.1", "Run two recruitment campaigns for PQiP learners and qualified probation officers, and track vacancies monthly at the Performance and Quality Board.",
             "Head of PDU", "Q4 2024/25", "Amber", "First campaign filled 6 of 11 posts. Second campaign opens in March."),
            ("3.2", "Use the workload measurement tool to rebalance caseloads across the three Leeds teams each quarter.",
             "Deputy Head of PDU", "Ongoing – quarterly", "Green", "Q3 rebalancing completed in December."),
        ]),
    ]),
    ("Recommendations for the Yorkshire and the Humber region", [
        ("Recommendation 4: Make sure that accredited programmes and structured interventions are available to people on probation in Leeds without long waiting times.", [
            ("4.1", "Review the interventions delivery plan for Leeds and commission additional Building Choices cohorts to reduce the waiting list.",
             "Regional Head of Interventions", "30/06/2025", "Green", "Two extra cohorts agreed from April 2025."),
            ("4.2", "Publish monthly waiting-list data for each intervention to the PDU and the region.",
             "Regional Performance Manager", "April 2025", "Red", "Data feed not yet available from the national reporting system; escalated to the Regional Probation Director."),
        ]),
        ("Recommendation 5: Give practitioners timely access to the full range of commissioned rehabilitative services.", [
            ("5.1", "Hold a commissioned rehabilitative services (CRS) provider forum in Leeds every quarter and monitor referral-to-start times.",
             "Regional Contract Management Lead", "September 2025", "Green", "First forum held 15 January 2025."),
        ]),
    ]),
]

LEEDS_FILL = {"Blue": RAG_HEX["blue"], "Green": RAG_HEX["green"], "Amber": RAG_HEX["amber"], "Red": RAG_HEX["red"]}


def make_leeds():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(LEEDS_TITLE, style="Title")
    doc.add_paragraph("Probation Service – Yorkshire and the Humber")
    doc.add_paragraph("Inspection fieldwork: 10 – 21 June 2024   |   Report published: 3 October 2024   |   Overall rating: Requires improvement")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for r, (a, b) in enumerate([
            ("Document owner", "Head of Leeds PDU"),
            ("Version", "2.1"),
            ("Last updated", "28 February 2025"),
            ("Reporting to", "Regional Performance and Quality Board (monthly)"),
            ("Next review", "April 2025")]):
        set_cell(dc.cell(r, 0), a, bold=True)
        shade(dc.cell(r, 0), RAG_HEX["grey"])
        set_cell(dc.cell(r, 1), b)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for r, (a, b) in enumerate([
            ("Blue", "Action complete"),
            ("Green", "On track to be delivered by the due date"),
            ("Amber", "Some slippage – mitigation in place"),
            ("Red", "Off track – escalation required")]):
        set_cell(key.cell(r, 0), a, bold=True)
        shade(key.cell(r, 0), LEEDS_FILL[a])
        set_cell(key.cell(r, 1), b)

    heads = ["Ref", "Action", "Owner", "Due date", "RAG", "Progress update"]
    for section, recs in LEEDS:
        doc.add_heading(section, level=1)
        for rec, actions in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1 + len(actions), cols=6)
            t.style = "Table Grid"
            for i, h in enumerate(heads):
                set_cell(t.cell(0, i), h, bold=True)
                shade(t.cell(0, i), RAG_HEX["grey"])
            for r, (ref, action, owner, due, rag, upd) in enumerate(actions, start=1):
                for i, v in enumerate((ref, action, owner, due, rag, upd)):
                    set_cell(t.cell(r, i), v)
                shade(t.cell(r, 4), LEEDS_FILL[rag])
            doc.add_paragraph()
    doc.add_paragraph("Governance: progress is reported monthly to the Regional Performance and Quality Board and to HM Inspectorate of Probation ahead of the next inspection.")
    doc.save(out("zuk-probation-service-leeds-pdu-hmip-inspection-action-plan.docx"))


# ----------------------------------------------------------------------------
# 3. Leicestershire Police - PPDA super-complaint action plan (xlsx)
#    cover + summary + action plan sheets; merged recommendation cells;
#    original / revised target dates; previous / current RAG letters
# ----------------------------------------------------------------------------

PPDA_TITLE = "Leicestershire Police – Police Perpetrated Domestic Abuse (PPDA) Super-complaint Action Plan"

D = dt.datetime
PPDA = [
    ("Recommendation 1 – Within six months, chief constables should audit live and recently closed PPDA cases and write to the inspectorate explaining how the force has improved, or will improve, its response to PPDA allegations.", [
        ("1.1", "Audit all live PPDA cases and all cases closed in the previous 12 months against the national PPDA checklist.",
         "DCI Counter Corruption Unit", D(2022, 10, 31), None, "B", "B", "Audit of 41 cases completed October 2022. Findings reported to Force Integrity Board."),
        ("1.2", "Send the Chief Constable's written response to HMICFRS setting out the audit findings and the force improvement plan.",
         "Head of Professional Standards", D(2022, 12, 31), None, "B", "B", "Letter sent 19 December 2022."),
    ]),
    ("Recommendation 2 – Chief constables should make sure that PPDA investigations are carried out by officers and staff who are independent of the suspect, and that conflicts of interest are identified, recorded and managed.", [
        ("2.1", "Transfer all criminal investigations of PPDA to a Public Protection Unit investigation team in a different command area from the suspect, with a conflict-of-interest declaration on each case file.",
         "Det Supt Public Protection", D(2023, 3, 31), D(2023, 6, 30), "A", "B", "New allocation process live from June 2023. Declarations checked in quarterly dip sample."),
    ]),
    ("Recommendation 3 – Chief constables should make sure that every PPDA allegation is assessed by the professional standards department for potential misconduct and, where the criteria are met, referred to the IOPC.", [
        ("3.1", "Introduce a mandatory PSD severity assessment within 48 hours of a PPDA report being received.",
         "Head of Professional Standards", D(2023, 3, 31), None, "G", "B", "Assessment embedded in Centurion workflow."),
        ("3.2", "Dip-sample 20 PPDA cases each quarter to check that IOPC referral decisions are recorded with a rationale.",
         "PSD Assessment Unit Manager / Force Vetting Manager", D(2023, 9, 30), D(2024, 3, 31), "A", "A", "Q2 and Q3 samples complete. Q4 sample delayed by staffing in the assessment unit."),
    ]),
    ("Recommendation 4 – Chief constables should make sure victims of PPDA are given access to independent specialist support, and that the needs of victims who are themselves police officers or staff are recognised.", [
        ("4.1", "Commission an independent domestic violence adviser (IDVA) pathway for PPDA victims with the Office of the Police and Crime Commissioner.",
         "DCI L. Marsh & Insp R. Okafor", D(2023, 6, 30), D(2024, 3, 31), "A", "G", "Funding agreed with OPCC in December 2023; provider mobilising."),
        ("4.2", "Publish guidance on the intranet for officers and staff who are victims of domestic abuse, including how to report outside their own line management chain.",
         "Head of People Services", D(2023, 12, 31), None, "G", "R", "Guidance drafted; publication held pending staff association consultation. Now overdue."),
    ]),
    ("Recommendation 5 – Chief constables should make sure that PPDA cases are accurately flagged on force systems so that outcomes can be monitored.", [
        ("5.1", "Create a PPDA flag on Niche RMS and Centurion, and add PPDA outcomes to the monthly PSD performance pack.",
         "Business Intelligence Manager", D(2023, 9, 30), None, "G", "G", "Niche flag live. Centurion change request raised."),
    ]),
]

PPDA_FILL = {"B": RAG_HEX["blue"], "G": RAG_HEX["green"], "A": RAG_HEX["amber"], "R": RAG_HEX["red"]}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


def make_ppda():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = PPDA_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "OFFICIAL"
    rows = [
        ("Plan owner", "Deputy Chief Constable"),
        ("Lead department", "Professional Standards Department"),
        ("Version", "v1.6"),
        ("Position as at", D(2024, 1, 31)),
        ("Governance", "Force Integrity Board (bi-monthly); OPCC Accountability Board"),
    ]
    for i, (a, b) in enumerate(rows, start=4):
        cover.cell(i, 1, a).font = Font(bold=True)
        c = cover.cell(i, 2, b)
        if isinstance(b, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cover["A10"] = "RAG key"
    cover["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "At risk – remedial action in place"),
                                ("R", "Off track / overdue")], start=11):
        c = cover.cell(i, 1, k)
        c.fill = fill(PPDA_FILL[k])
        cover.cell(i, 2, v)
    cover.column_dimensions["A"].width = 20
    cover.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by current RAG – 31 January 2024"
    summ["A1"].font = Font(bold=True)
    summ["A3"], summ["B3"] = "Current RAG", "No. of actions"
    counts = {}
    for _, acts in PPDA:
        for a in acts:
            counts[a[6]] = counts.get(a[6], 0) + 1
    r = 4
    for k, label in (("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track")):
        summ.cell(r, 1, label).fill = fill(PPDA_FILL[k])
        summ.cell(r, 2, counts.get(k, 0))
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    summ.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    summ.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "PPDA Super-complaint Action Plan – position as at 31 January 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Recommendations made to chief constables in 'Police perpetrated domestic abuse: Report on the "
                "Centre for Women's Justice super-complaint' (HMICFRS, College of Policing and IOPC, June 2022)")
    ws.merge_cells("A2:I2")
    heads = ["Recommendation", "Action Ref", "Action", "Action Owner", "Original Target Date",
             "Revised Target Date", "Previous RAG", "Current RAG", "Progress Update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(RAG_HEX["navy"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for rec, actions in PPDA:
        first = r
        for ref, action, owner, orig, rev, prev, cur, upd in actions:
            vals = [None, ref, action, owner, orig, rev, prev, cur, upd]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(PPDA_FILL[prev])
            ws.cell(r, 8).fill = fill(PPDA_FILL[cur])
            r += 1
        ws.cell(first, 1, rec).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHI", (45, 8, 55, 24, 12, 12, 9, 9, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zuk-leicestershire-police-ppda-super-complaint-action-plan.xlsx"))


# ----------------------------------------------------------------------------
# 4. Kent FRS - HMICFRS values and culture recommendations tracker (xlsx)
#    summary block on top, theme rows, status shown only by cell colour
# ----------------------------------------------------------------------------

KENT_TITLE = "Kent Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"

KENT = [
    ("Theme 1: Raising concerns", [
        ("VC01", "R1 – By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.",
         "Launch an externally hosted confidential reporting line and publicise it, with the whistleblowing policy, through station visits and the intranet.",
         "Head of Professional Standards", "October 2023", "blue", "Line live since 4 September 2023. Awareness checked in staff survey."),
        ("VC03", "R3 – By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.",
         "Review the support offered to people who raise concerns and train a Speak Up Champion in every group.",
         "Director of People and Culture", "June 2023", "blue", "31 champions trained."),
        ("VC04", "R4 – By 1 June 2023, chief fire officers should assure themselves that updates on how concerns are being handled are shared with those who have raised them.",
         "Set a standard that anyone who has raised a concern receives an update at least every 28 days, monitored through the professional standards case log.",
         "Head of Professional Standards / Head of HR Operations", "30/04/2024", "amber", "Standard agreed. Case log changes needed before compliance can be reported; target moved from June 2023."),
    ]),
    ("Theme 2: Background checks", [
        ("VC06", "R6 – By 1 June 2023, chief fire officers should make sure all staff have an appropriate and up-to-date background check.",
         "Complete standard or enhanced DBS checks for all operational and relevant support staff, and set a three-year recheck cycle.",
         "Head of HR Operations", "March 2024", "red", "78% of staff checked. Awaiting national guidance on the eligibility of some support roles."),
    ]),
    ("Theme 3: Leadership", [
        ("VC09", "R9 – By 1 March 2024, chief fire officers should introduce a 360-degree feedback process for all senior leaders and managers.",
         "Introduce 360-degree feedback for all middle and strategic managers as part of the annual appraisal cycle.",
         "Head of Organisational Development", "By 1 March 2024", "green", "Pilot with strategic managers complete; roll-out to middle managers in February."),
    ]),
    ("Theme 4: Fairness and diversity", [
        ("VC12", "R12 – By 1 October 2023, chief fire officers should make sure equality impact assessments are completed and reviewed for all policies and practices.",
         "Refresh the equality impact assessment template and complete assessments for all people policies reviewed since 2022.",
         "Equality, Diversity and Inclusion Manager", "October 2023", "blue", "Template refreshed; 27 assessments completed."),
        ("VC14", "R14 – By 1 December 2023, chief fire officers should make sure their services have robust processes for collecting and monitoring diversity data.",
         "Run a 'Count Me In' campaign to raise diversity data declaration rates to at least 80%, and report rates quarterly to the Corporate Management Board.",
         "Equality, Diversity and Inclusion Manager; Head of Business Intelligence", "Q1 2024/25", "green", "Declaration rate 71% and rising."),
    ]),
]


def make_kent():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = KENT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Recommendations for chief fire officers from 'Values and culture in fire and rescue "
                "services' (HMICFRS, March 2023)")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Reported to: Kent and Medway Fire and Rescue Authority – Performance and Standards Committee, 15 February 2024"
    ws.merge_cells("A3:G3")

    ws["A5"] = "Summary"
    ws["A5"].font = Font(bold=True)
    counts = {}
    for _, rows in KENT:
        for row in rows:
            counts[row[5]] = counts.get(row[5], 0) + 1
    r = 6
    for key, label in (("blue", "Complete"), ("green", "On track"), ("amber", "Some risk to delivery"), ("red", "Off track")):
        ws.cell(r, 1).fill = fill(RAG_HEX[key])
        ws.cell(r, 2, label)
        ws.cell(r, 3, counts.get(key, 0))
        r += 1
    ws.cell(r, 2, "Total").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    r += 2

    heads = ["Ref", "HMICFRS recommendation", "KFRS action", "Lead", "Target date", "Status", "Evidence / comments"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    ws.freeze_panes = ws.cell(r + 1, 1)
    r += 1
    for theme, rows in KENT:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for i in range(1, 8):
            ws.cell(r, i).fill = fill("F2DCDB")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, rec, action, lead, target, status, comment in rows:
            vals = [ref, rec, action, lead, target, None, comment]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 6).fill = fill(RAG_HEX[status])
            r += 1
    r += 1
    ws.cell(r, 1, "Status key (cell colour): Blue – complete; Green – on track; Amber – some risk to delivery; Red – off track")
    ws.cell(r + 1, 1, "Target dates are KFRS's own delivery dates; the HMICFRS deadline is given in the recommendation.")
    for col, w in zip("ABCDEFG", (8, 50, 50, 28, 14, 9, 45)):
        ws.column_dimensions[col].width = w

    log = wb.create_sheet("Change log")
    log.append(["Date", "Change", "By"])
    log.append(["12/06/2023", "Tracker created from HMICFRS spotlight report", "Performance and Assurance"])
    log.append(["30/11/2023", "VC04 target date revised to 30/04/2024", "Performance and Assurance"])
    log.append(["06/02/2024", "Position updated for February committee", "Performance and Assurance"])
    wb.save(out("zuk-kent-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ----------------------------------------------------------------------------
# 5. Ysgol Brynhyfryd - Estyn post-inspection action plan (xlsx) - REFUSE case
#    one end cell has a mistyped month ("Febuary 2026")
# ----------------------------------------------------------------------------

BRYN_TITLE = "Ysgol Brynhyfryd – Post-Inspection Action Plan"

BRYN = [
    ("R1: Improve the consistency of teaching and assessment so that all pupils, including the more able, are challenged appropriately", [
        ("1.1", "Deliver a programme of professional learning on questioning and challenge for all teaching staff, led by the school's lead practitioners.",
         "Lesson observations show appropriate challenge in at least 85% of lessons.", "Deputy Headteacher (Teaching and Learning)", "Summer term 2025", "Learning walks; lesson observations", "G"),
        ("1.2", "Introduce termly learning walks and book scrutiny focused on challenge for more able pupils, with findings reported to the governors' standards committee.",
         "Scrutiny reports show improved challenge in pupils' work.", "Senior Leadership Team", "Termly", "Standards committee minutes", "G"),
    ]),
    ("R2: Strengthen the planning and co-ordination of pupils' literacy, numeracy and digital skills across the curriculum", [
        ("2.1", "Appoint a co-ordinator for each of literacy, numeracy and digital competence, and map skills opportunities in every department's schemes of learning.",
         "Skills map complete for all departments.", "Headteacher", "March 2025", "Skills map reviewed by SLT", "G"),
        ("2.2", "Introduce a whole-school reading programme during registration for pupils in Years 7 to 9.",
         "Reading ages of 75% of pupils in Years 7 to 9 improve by at least 12 months.", "Literacy Co-ordinator / Head of English", "September 2025", "Reading age tests twice a year", ""),
    ]),
    ("R3: Improve pupils' attendance, particularly that of pupils eligible for free school meals", [
        ("3.1", "Appoint a family engagement officer to work with the families of pupils whose attendance is below 90%.",
         "Persistent absence reduces to below 15%.", "Assistant Headteacher (Wellbeing)", "April 2025", "Weekly attendance data", "A"),
        ("3.2", "Hold weekly attendance review meetings with the education welfare officer and publish half-termly attendance targets for each year group.",
         "Attendance of eFSM pupils rises to at least 88%.", "Assistant Headteacher (Wellbeing); Education Welfare Officer", "Febuary 2026", "Half-termly report to governors", ""),
    ]),
    ("R4: Ensure that self-evaluation and improvement planning focus sharply on the impact of provision on pupils' learning", [
        ("4.1", "Revise the self-evaluation calendar so that each department reviews evidence of pupils' progress twice a year.",
         "Department reviews completed in December and June.", "Deputy Headteacher (Curriculum)", "July 2025", "SLT line management meetings", ""),
        ("4.2", "Train middle leaders in evaluating the impact of teaching on learning, with support from the local authority's school improvement team.",
         "Middle leaders' self-evaluation reports identify strengths and areas for development accurately.", "Headteacher", "Autumn term 2025", "Quality assurance by the local authority", ""),
    ]),
]

BRYN_FILL = {"G": RAG_HEX["green"], "A": RAG_HEX["amber"], "R": RAG_HEX["red"]}
BRYN_REFUSE_ROW = None


def make_brynhyfryd():
    global BRYN_REFUSE_ROW
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = BRYN_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Cynllun Gweithredu Ôl-arolygiad"
    lines = [
        ("Estyn core inspection", "7 – 10 October 2024"),
        ("Report published", "12 December 2024"),
        ("Plan agreed by the governing body", "4 February 2025"),
        ("Prepared with", "Denbighshire County Council School Improvement Team"),
        ("Review", "Progress reported to the full governing body each term"),
    ]
    for i, (a, b) in enumerate(lines, start=4):
        cover.cell(i, 1, a).font = Font(bold=True)
        cover.cell(i, 2, b)
    cover["A10"] = "RAG: G = on track; A = some concerns; R = significant concerns; blank = not yet due to start"
    cover.column_dimensions["A"].width = 34
    cover.column_dimensions["B"].width = 55

    ws = wb.create_sheet("PIAP")
    ws["A1"] = BRYN_TITLE + " – February 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    heads = ["Ref", "Action", "Success criteria", "Lead(s)", "Timescale", "Monitoring", "RAG"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
    r = 4
    for rec, actions in BRYN:
        ws.cell(r, 1, rec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = fill("E2EFDA")
        r += 1
        for ref, action, success, lead, when, monitor, rag in actions:
            vals = [ref, action, success, lead, when, monitor, rag or None]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(r, 7).fill = fill(BRYN_FILL[rag])
            if when == "Febuary 2026":
                BRYN_REFUSE_ROW = r
            r += 1
    for col, w in zip("ABCDEFG", (6, 55, 40, 28, 16, 28, 6)):
        ws.column_dimensions[col].width = w
    wb.save(out("zuk-ysgol-brynhyfryd-estyn-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ----------------------------------------------------------------------------
# 6. Gateshead College - Ofsted post-inspection action plan (csv)
#    area for improvement given only on the first row of its group
# ----------------------------------------------------------------------------

GATES_TITLE = "Gateshead College – Ofsted Post-Inspection Action Plan"

GATES = [
    ("Leaders and managers should ensure that apprentices in engineering receive timely off-the-job training so that they complete their programmes within the planned timescales.", [
        ("1.1", "Introduce monthly progress reviews for all engineering apprentices with employers present, using the new apprenticeship progress tracker.",
         "Director of Apprenticeships", "31/07/2024", "Complete", "Reviews in place for all 214 engineering apprentices since June 2024."),
        ("1.2", "Recruit two additional engineering assessors to reduce caseloads to no more than 45 apprentices each.",
         "Hutchinson, Claire", "September 2024", "Complete", "Both assessors in post from 2 September 2024."),
        ("1.3", "Review timely completion data for engineering apprentices at each Quality Review Board.",
         "Head of Quality; Director of Apprenticeships", "Termly", "G", "Timely completion at 68%, up from 52% at inspection."),
    ]),
    ("Leaders should improve the proportion of learners on study programmes who achieve GCSE English and mathematics at grade 4 or above.", [
        ("2.1", "Deploy specialist English and maths coaches in vocational workshops to embed English and maths in every study programme.",
         "Head of English and Maths", "Summer term 2025", "A", "Four of six coach posts filled; vacancies in construction and hair and beauty."),
        ("2.2", "Monitor attendance at GCSE resit classes every fortnight, with escalation to personal tutors after two absences.",
         "Head of English and Maths / Head of Student Services", "Dec-24", "G", "Attendance at resit classes 84% (target 85%)."),
    ]),
    ("Staff should ensure that learners with high needs have clear targets in their learning plans that are reviewed regularly with the learner.", [
        ("3.1", "Rewrite the learning plans for all learners with EHC plans so that each includes SMART targets linked to the preparing for adulthood outcomes.",
         "Assistant Principal – Inclusion", "31 January 2025", "R", "38 of 112 plans rewritten. Additional SENCO capacity requested, see risk register."),
        ("3.2", "Train all learning support assistants in setting targets and recording progress against learning plan targets.",
         "Learning Support Manager", "March 2025", "G", "Training booked for January INSET day."),
    ]),
]


def make_gateshead():
    rows = [
        [GATES_TITLE],
        ["Ofsted inspection: 5 – 8 March 2024 (overall effectiveness: Good). Update for the Quality and Standards Committee, 19 November 2024"],
        [],
        ["Area for improvement", "Ref", "Action", "Responsible manager(s)", "Target date", "RAG", "Progress to date"],
    ]
    counts = {}
    for afi, actions in GATES:
        for i, (ref, action, lead, when, rag, prog) in enumerate(actions):
            rows.append([afi if i == 0 else "", ref, action, lead, when, rag, prog])
            counts[rag] = counts.get(rag, 0) + 1
    rows.append([])
    rows.append(["Totals", "", "", "", "",
                 "Complete: %d | G: %d | A: %d | R: %d" % (counts.get("Complete", 0), counts.get("G", 0),
                                                          counts.get("A", 0), counts.get("R", 0)), ""])
    rows.append(["Note: RAG reflects the position at 31 October 2024. G = on track; A = at risk; R = off track; Complete = action finished and impact evidenced."])
    with open(out("zuk-gateshead-college-ofsted-post-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ----------------------------------------------------------------------------
# 7. St Edward's School, Oxford - ISI inspection action plan (plain text export, tab-separated rows)
# ----------------------------------------------------------------------------

STED_TITLE = "St Edward's School, Oxford – ISI Inspection Action Plan"

STED_LINES = [
    STED_TITLE,
    "Inspection dates: 4 – 6 February 2025. Report published: 20 March 2025.",
    "This plan responds to the recommended next steps in the ISI report. It is reviewed by the Senior Management Team each half term and by the Education Committee of the Governing Body each term.",
    "",
    "Status key: G = on track; A = at risk; R = off track; B = complete",
    "",
    "1. Leadership and management, and governance",
    "Next step 1: Strengthen governors' oversight of the school's self-evaluation so that they can hold leaders to account for the impact of development priorities.",
    "Ref\tAction\tLead\tBy when\tStatus",
    "1.1\tIntroduce a termly report to governors summarising progress against each School Development Plan priority, with measurable success indicators.\tBursar; Warden\tMichaelmas term 2025\tG",
    "1.2\tArrange focused governor visits linked to each development priority, with a written note of each visit shared with the Education Committee.\tChair of the Education Committee\t30/06/2025\tB",
    "",
    "2. Quality of education, training and recreation",
    "Next step 2: Ensure that feedback to pupils in Years 9 to 11 consistently helps them understand how to improve their work.",
    "Ref\tAction\tLead\tBy when\tStatus",
    "2.1\tPublish a revised whole-school feedback policy, with department-specific guidance for Years 9 to 11,\tDeputy Head (Academic)\tSeptember 2025\tG",
    "\tand monitor its use through work scrutiny each half term.\t\t\t",
    "2.2\tRun INSET sessions on effective written and verbal feedback for all teaching staff.\tDirector of Teaching and Learning\tSummer term 2025\tB",
    "Next step 3: Extend the range of co-curricular activities available to day pupils at the end of the school day.",
    "Ref\tAction\tLead\tBy when\tStatus",
    "3.1\tReview the timing of the Tuesday and Thursday activities programme and add a late bus so that day pupils can take part.\tSub-Warden / Director of Co-curricular\tSeptember 2025\tA",
    "",
    "5. Safeguarding",
    "Next step 4: Ensure that the single central record is checked for completeness by a governor each term.",
    "Ref\tAction\tLead\tBy when\tStatus",
    "4.1\tAdd a termly check of the single central record by the safeguarding governor to the governors' annual cycle of business.\tClerk to the Governors\tOngoing\tG",
    "4.2\tAudit the single central record against staff files and correct the gaps identified at inspection.\tHR Manager and DSL\t31/05/2025\tB",
    "",
    "Plan owner: Sub-Warden. Last updated: 16 May 2025.",
]


def make_stedwards():
    with open(out("zuk-st-edwards-school-oxford-isi-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(STED_LINES) + "\n")


def main():
    make_lindholme()
    make_leeds()
    make_ppda()
    make_kent()
    make_brynhyfryd()
    make_gateshead()
    make_stedwards()
    print("Brynhyfryd typo row (sheet PIAP):", BRYN_REFUSE_ROW)


if __name__ == "__main__":
    main()
