"""Build the seven zfo- blind test files (set heldout818).

Run with /work/main/.venv/bin/python zfo_make.py  (writes into this folder).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for para in cell.paragraphs:
            for run in para.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 1. HMP/YOI Portland - HMPPS action plan responding to HMIP inspection (docx)
# ---------------------------------------------------------------------------
PORTLAND = [
    ("Priority concerns", [
        ("1", "There were not enough mental health staff to meet the high level of need, and prisoners waited too long for assessment and treatment.", "Agreed", [
            ("1.1", "Complete recruitment to the vacant mental health nurse and clinical psychologist posts, with agency cover in place until substantive staff start.", "Head of Healthcare", "31 March 2023"),
            ("1.2", "Hold a weekly mental health triage meeting with healthcare, safer custody and the key work lead so that referrals are prioritised by risk.", "Head of Healthcare / Head of Safety", "28 February 2023"),
        ]),
        ("2", "Self-harm had risen since the last inspection, and not all recommendations from the Prisons and Probation Ombudsman’s investigations into deaths in custody had been achieved.", "Agreed", [
            ("2.1", "Review every open PPO recommendation since 2019 at the monthly Safety Intervention Meeting and record evidence of completion.", "Head of Safety", "30 April 2023"),
            ("2.2", "Deliver ACCT case manager refresher training to all supervising officers and quality assure a sample of ten ACCT documents each month.", "Head of Safety; Training Manager", "30 June 2023"),
        ]),
        ("3", "Leaders did not have a clear enough understanding of what was driving violence, and debt between prisoners was a significant factor.", "Agreed", [
            ("3.1", "Complete an analysis of violence and debt using intelligence, adjudication and canteen data, and present the findings to the Safer Prisons Meeting.", "Head of Security", "31 March 2023"),
            ("3.2", "Introduce a debt reduction strategy, including a peer-led money management course and a revised policy on canteen spending.", "Head of Reducing Reoffending", "30 September 2023"),
        ]),
    ]),
    ("Key concerns", [
        ("4", "Most activity places were part-time, and too many prisoners were locked in their cells during the working day.", "Agreed", [
            ("4.1", "Re-profile the regime to increase the number of full-time places in industries and education from 120 to 300.", "Head of Education, Skills and Work", "31 August 2023"),
        ]),
        ("5", "Prisoner pay had not kept pace with rising canteen prices, leaving those without outside support, including many care leavers, at a disadvantage.", "Partly Agreed", [
            ("5.1", "Consult the prisoner council on a revised local pay policy and implement it within the establishment’s pay budget.", "Deputy Governor", "30 June 2023"),
            ("5.2", "Identify care leavers at reception and offer each a named key worker and help to claim the care leavers’ bursary where eligible.", "Head of Reducing Reoffending", "31 May 2023"),
        ]),
        ("6", "Too few prisoners had an up-to-date assessment of their risks and needs before release.", "Agreed", [
            ("6.1", "Prioritise OASys reviews for prisoners within 12 months of release and report completion rates to the Senior Leadership Team each month.", "Head of Offender Management Delivery", "Monthly"),
        ]),
    ]),
]


def make_portland():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading("Action Plan: HMP/YOI Portland", level=0)
    for line in ["Action Plan Submitted: 13 January 2023",
                 "A Response to the HMIP Inspection: 25 July – 5 August 2022",
                 "Report Published: 15 November 2022"]:
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "treatment of and conditions for prisoners in England and Wales. Following each inspection, "
        "HM Prison and Probation Service (HMPPS) prepares an action plan setting out how the "
        "establishment will respond. Since May 2022 HMIP has reported up to 15 key concerns, some of "
        "which are identified as priority concerns, in place of numbered recommendations.")
    doc.add_paragraph(
        "This plan confirms whether each concern is agreed, partly agreed or not agreed (see the "
        "categorisation below). Where a concern is agreed or partly agreed, the plan sets out SMART "
        "actions, the responsible owner (by job title) and a target date. Progress will be monitored "
        "monthly by the Senior Leadership Team and reported to the Prison Group Director.")
    doc.add_heading("ACTION PLAN CATEGORISATION", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for term, definition in [
        ("Term", "Definition"),
        ("Agreed", "All of the concern is accepted and will be addressed through the actions shown, within existing resources."),
        ("Partly Agreed", "Only part of the concern is accepted or can be addressed. The plan states which part will be addressed and why."),
        ("Not Agreed", "The concern is not accepted, or cannot be addressed for policy, operational or affordability reasons. The reason is given."),
    ]:
        c = t.add_row().cells
        set_cell(c[0], term, bold=(term == "Term"))
        set_cell(c[1], definition, bold=(term == "Term"))
    for section, concerns in PORTLAND:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for cell, txt in zip(t.rows[0].cells, ["No.", "Concern / Action", "Agreed / Partly Agreed / Not Agreed", "Responsible Owner", "Target Date"]):
            set_cell(cell, txt, bold=True)
            shade(cell, FILL["pale"])
        for no, concern, agreed, actions in concerns:
            c = t.add_row().cells
            set_cell(c[0], no, bold=True)
            set_cell(c[1], concern, bold=True)
            set_cell(c[2], agreed, bold=True)
            for cell in c:
                shade(cell, FILL["grey"])
            for ref, action, owner, date in actions:
                c = t.add_row().cells
                set_cell(c[0], ref)
                set_cell(c[1], action)
                set_cell(c[3], owner)
                set_cell(c[4], date)
    doc.add_paragraph("")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Signed off by", bold=True)
    set_cell(t.cell(0, 1), "Date", bold=True)
    set_cell(t.cell(1, 0), "Governor, HMP/YOI Portland")
    set_cell(t.cell(1, 1), "13 January 2023")
    doc.save(os.path.join(HERE, "zfo-hmp-yoi-portland-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 2. Probation Service South Central region - HMI Probation DIPP action plan (txt, tab separated)
# ---------------------------------------------------------------------------
PROBATION = [
    ("1", "The Regional Probation Director should improve the timeliness of domestic abuse and child safeguarding information from police and children’s services at the start of supervision.", "Agreed", "", [
        ("1.1", "Agree revised information-sharing timescales with Thames Valley Police, Hampshire and Isle of Wight Constabulary and local authority children’s services, and monitor them through the regional Reducing Reoffending Board.", "Head of Public Protection", "July 2026", "Blue", "Protocol signed 18 June 2026; first quarterly report due October."),
        ("1.2", "Introduce a day-10 chase and day-15 escalation to the Senior Probation Officer for outstanding domestic abuse and safeguarding enquiries.", "Heads of PDU", "June 2026", "Blue", "In place in all PDUs from 1 June 2026."),
    ]),
    ("2", "The Regional Probation Director should make sure that practitioners consistently identify and analyse the risks that people on probation pose to children.", "Agreed", "", [
        ("2.1", "Deliver a ‘Think Child’ practice workshop to all probation officers and probation services officers.", "Head of Quality / Learning and Development Lead", "November 2026", "Green", "78% of staff trained; remaining sessions booked for October."),
        ("2.2", "Audit ten cases a month in each PDU where there are child safeguarding concerns, using the regional quality assurance tool.", "Regional Quality Lead", "December 2026", "Amber", "Audits started in most PDUs; the QA tool is being revised after the first round."),
    ]),
    ("3", "The Regional Probation Director should strengthen management oversight of cases assessed as posing a high or very high risk of serious harm.", "Partly Agreed", "Oversight agreed; caseload reductions depend on national recruitment.", [
        ("3.1", "Refresh the regional management oversight framework so that Senior Probation Officers countersign every high risk of serious harm assessment.", "Heads of PDU", "June 2026", "Blue", "Framework reissued May 2026."),
        ("3.2", "Use the workload management tool to reduce caseloads for newly qualified officers in PDUs above 120% capacity.", "Head of Operations", "December 2026", "Red", "Two PDUs remain above 130% capacity; escalated to the Regional Probation Director."),
    ]),
    ("4", "The Regional Probation Director should make sure that home visits take place in all cases where there are domestic abuse or child safeguarding concerns.", "Agreed", "", [
        ("4.1", "Issue regional home visits guidance and add home visit completion to the PDU performance dashboard.", "Head of Performance", "October 2026", "Green", "Guidance issued August 2026; dashboard measure live from October."),
    ]),
    ("5", "The Regional Probation Director should improve the quality of referrals to MAPPA and to multi-agency risk assessment conferences.", "Agreed", "", [
        ("5.1", "Quality assure all new MAPPA level 2 and 3 referrals before submission, and share learning at the regional public protection forum.", "Regional MAPPA Lead", "Quarterly", "Green", "First two quarterly reviews complete."),
        ("5.2", "Train Senior Probation Officers on MARAC referral criteria with the domestic abuse leads in each local authority.", "Head of Public Protection", "November 2026", "Green", "Sessions scheduled for October and November."),
    ]),
]


def make_probation():
    lines = [
        "HM Prison and Probation Service",
        "Action Plan: Probation Service – South Central Region",
        "A response to HM Inspectorate of Probation: Dynamic Inspection of Public Protection, South Central region (fieldwork November 2025)",
        "Report published: March 2026\tAction plan submitted: May 2026\tProgress update: 30 September 2026",
        "",
        "RAG key: Blue = complete; Green = on track; Amber = some slippage, recoverable; Red = off track",
        "",
        "\t".join(["No.", "Recommendation / Action", "Agreed / Partly Agreed / Not Agreed", "Responsible owner", "Target date", "RAG", "Progress update"]),
    ]
    for no, rec, agreed, note, actions in PROBATION:
        lines.append("\t".join([no, rec, agreed, "", "", "", note]))
        for ref, action, owner, date, rag, upd in actions:
            lines.append("\t".join([ref, action, "", owner, date, rag, upd]))
    lines += ["", "Signed: Regional Probation Director, South Central\tDate: 5 May 2026"]
    with open(os.path.join(HERE, "zfo-probation-service-south-central-region-hmi-probation-public-protection-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 3. Devon & Cornwall Police - firearms licensing improvement plan (xlsx)
# ---------------------------------------------------------------------------
DCP = [
    ("1. HMICFRS review of firearms licensing (July 2023)", [
        ("Stop using temporary permits to manage demand; issue them only in the exceptional circumstances the statutory guidance allows.", [
            ("1.1", "Withdraw the standing authority for staff to issue temporary permits; every permit now needs Inspector approval recorded on NFLMS.", "Head of FELU", D(2023, 8, 31), None, "G", "B", "Authority withdrawn 14/08/2023. Average of four permits a month since September."),
            ("1.2", "Contact every holder of a current temporary permit and prioritise their renewal by risk,\nso that no permit is extended beyond its expiry.", "FELU Operations Manager", D(2023, 11, 30), D(2024, 3, 31), "A", "A", "612 permits remain; revised date agreed at Improvement Board 19/12/2023."),
        ]),
        ("Produce a realistic plan to clear the backlog of renewal applications and report progress to the Police and Crime Commissioner.", [
            ("1.3", "Commission a demand and capacity review of the renewals process, including overtime and a dedicated renewals team.", "Head of FELU / ACC Crime and Public Protection", D(2023, 10, 31), None, "G", "B", "Review complete; renewals team of 12 in post."),
            ("1.4", "Replace the legacy case management spreadsheet with the national NFLMS workflow and automated renewal reminders.", "Head of Digital Services", D(2024, 1, 31), D(2024, 6, 30), "A", "R", "Supplier delay to NFLMS release; risk escalated to Chief Officer Group."),
        ]),
        ("Make quality assurance of grant and renewal decisions consistent and recorded.", [
            ("1.5", "Dip sample 10% of grants and renewals each month and report the findings to the Firearms Licensing Improvement Board.", "FELU Quality Assurance Officer", D(2023, 9, 30), None, "G", "G", "Monthly sampling in place; October findings shared with decision makers."),
        ]),
    ]),
    ("2. IOPC Operation Begna recommendations", [
        ("Ensure that incidents and intelligence involving certificate holders reach FELU so that suitability can be reassessed at any time.", [
            ("2.1", "Implement an automated Niche flag so that any new occurrence linked to a certificate holder creates a FELU review task within 24 hours.", "Head of FELU / Niche Systems Manager", D(2023, 12, 31), D(2024, 2, 29), "A", "G", "Flag in user testing; go-live planned for February."),
        ]),
        ("Review licensing decisions where there is evidence of domestic abuse, violence or concerns about mental health.", [
            ("2.2", "Review all certificates granted in the last five years where the holder has a recorded domestic abuse or violence occurrence, and revoke where the test of suitability is no longer met.", "FELU Operations Manager", D(2024, 3, 31), None, "G", "G", "1,140 of 1,600 files reviewed; 37 revocations."),
        ]),
    ]),
    ("3. Coroner’s Prevention of Future Deaths report (March 2023)", [
        ("Training for firearms enquiry officers and decision makers was not sufficient.", [
            ("3.1", "Deliver the College of Policing firearms licensing course to all Firearms Enquiry Officers and decision makers, and record completion on the training database.", "Head of Learning and Development", D(2023, 12, 31), None, "G", "B", "All 41 staff trained."),
            ("3.2", "Include firearms licensing scenarios in Personal Safety Training and the CPD programme for frontline officers.", "Head of Learning and Development; Head of FELU", "Q4 2023/24", None, "G", "G", "Scenarios written; PST roll-out from February."),
        ]),
        ("Medical information was not consistently obtained or considered when applications were assessed.", [
            ("3.3", "Require a GP medical proforma for every grant and renewal, and escalate any application with no GP response after 28 days to a Senior Decision Maker.", "Head of FELU", D(2023, 10, 31), None, "B", "B", "In place since October."),
            ("3.4", "Agree an information-sharing process with both local integrated care boards for GP markers on certificate holders’ records.", "Detective Superintendent Public Protection", D(2023, 12, 31), D(2024, 5, 31), "A", "A", "Draft agreement with ICB information governance leads."),
        ]),
    ]),
]


def make_dcp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Devon & Cornwall Police"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Firearms and Explosives Licensing Improvement Plan"
    ws["A2"].font = Font(bold=True, size=16, color=FILL["navy"])
    ws["A3"] = ("Response to: HMICFRS review of firearms licensing (28 July 2023); IOPC Operation Begna "
                "recommendations; HM Senior Coroner’s Prevention of Future Deaths report (8 March 2023)")
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("v1.0", D(2023, 9, 15), "FELU Business Manager", "First issue to Firearms Licensing Improvement Board"),
            ("v1.3", D(2023, 11, 10), "FELU Business Manager", "Q2 update for Police and Crime Panel"),
            ("v1.4", D(2024, 1, 12), "FELU Business Manager", "Q3 update; revised dates agreed at Board 19/12/2023")]
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 6:
                c.font = Font(bold=True)
                c.fill = fill(FILL["pale"])
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – evidence accepted by the Improvement Board"),
                                   ("G", "On track to deliver by target date"),
                                   ("A", "At risk – revised date agreed"),
                                   ("R", "Off track – escalated to Chief Officer Group")], start=12):
        ws.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=i, column=2, value=txt)
    ws["A17"] = "Summary (current RAG)"
    ws["A17"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in DCP:
        for _, acts in recs:
            for a in acts:
                counts[a[6]] += 1
    for i, (k, label) in enumerate([("B", "Complete"), ("G", "Green"), ("A", "Amber"), ("R", "Red")], start=18):
        ws.cell(row=i, column=1, value=label)
        ws.cell(row=i, column=2, value=counts[k])
    ws.cell(row=22, column=1, value="Total actions").font = Font(bold=True)
    ws.cell(row=22, column=2, value=sum(counts.values())).font = Font(bold=True)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Firearms and Explosives Licensing Improvement Plan – position as at 12 January 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    hdr = ["Ref", "Recommendation / concern", "Action", "Action owner", "Original target",
           "Revised target", "Previous RAG", "Current RAG", "Update (January 2024)"]
    # columns: A Ref, B Rec, C Action, D owner, E orig, F revised, G prev, H current, I update
    for j, v in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    row = 4
    for section, recs in DCP:
        c = ws.cell(row=row, column=1, value=section)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=row, column=j).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for rec, acts in recs:
            first = row
            ws.cell(row=row, column=2, value=rec).alignment = WRAP
            for ref, action, owner, orig, rev, prev, cur, upd in acts:
                vals = [ref, None, action, owner, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals, start=1):
                    if j == 2:
                        continue
                    c = ws.cell(row=row, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=7).fill = fill(FILL[prev])
                ws.cell(row=row, column=8).fill = fill(FILL[cur])
                ws.cell(row=row, column=2).border = BOX
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="Notes: FELU = Firearms and Explosives Licensing Unit; NFLMS = National Firearms Licensing Management System. Where a revised target is shown, it replaces the original target.")
    for col, w in zip("ABCDEFGHI", [7, 40, 55, 28, 13, 13, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"), ("ACC", "Assistant Chief Constable"),
                                ("FELU", "Firearms and Explosives Licensing Unit"),
                                ("ICB", "Integrated care board"),
                                ("PFD", "Prevention of Future Deaths report (Regulation 28)"),
                                ("PST", "Personal Safety Training")], start=1):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=2, value=b)
    wb.save(os.path.join(HERE, "zfo-devon-and-cornwall-police-firearms-licensing-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Avon Fire & Rescue Service - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
AFRS = [
    ("2023-24 audits", [
        ("Payroll – Reasonable assurance (final report 14/03/2024)", [
            ("PAY-01", "Medium", "Starters and leavers should be processed only on an authorised form, and a monthly reconciliation of HR and payroll records should be evidenced.", "Introduce a monthly HR/payroll establishment reconciliation, signed by the Payroll Manager and reviewed by the Head of Finance.", "Payroll Manager", D(2024, 6, 30), None, "B", "First reconciliation signed July 2024; now routine."),
            ("PAY-02", "High", "Overtime and additional hours claims should be approved by a line manager before payment.", "Configure the rostering system so that overtime claims cannot be exported to payroll without station manager approval.", "Head of Finance / Rostering Manager", D(2024, 9, 30), D(2025, 3, 31), "A", "System change delayed by supplier upgrade; manual check in place meanwhile."),
        ]),
        ("Fleet and Equipment Maintenance – Limited assurance (final report 26/01/2024)", [
            ("FLT-01", "High", "Statutory inspections of appliances and aerial ladder platforms should be scheduled and tracked centrally.", "Load all statutory inspection dates for the appliance fleet into the fleet management system with automated 30-day alerts.", "Fleet Manager", D(2024, 5, 31), None, "B", "Complete – verified by Internal Audit follow-up, November 2024."),
            ("FLT-02", "Medium", "Records of equipment testing held on stations should be reconciled to the asset register.", "Complete a stock-take of operational equipment on every station and reconcile it to the asset register.", "Station Manager Operational Equipment", D(2024, 12, 31), D(2025, 4, 30), "A", "17 of 21 stations complete."),
        ]),
    ]),
    ("2024-25 audits", [
        ("Cyber Security – Limited assurance (final report 22/10/2024)", [
            ("CYB-01", "High", "Multi-factor authentication should be enforced for all remote access and privileged accounts.", "Enforce MFA on all remote and privileged accounts and remove legacy VPN access.", "Head of ICT", D(2024, 12, 31), None, "B", "MFA enforced 9 December 2024."),
            ("CYB-02", "High", "The ICT disaster recovery plan should be tested at least once a year.", "Carry out a full disaster recovery test of the mobilising and corporate systems and report lessons to the Corporate Leadership Team.", "Head of ICT; Head of Control", D(2025, 3, 31), None, "G", "Test booked for 18 March 2025 with Control."),
            ("CYB-03", "Medium", "All staff should complete cyber awareness training.", "Make the cyber awareness module mandatory for all staff and report completion rates to the Audit Committee each quarter.", "Head of People / Head of ICT", D(2025, 6, 30), None, "G", "Module live; 64% completion."),
        ]),
        ("Procurement and Contract Management – Reasonable assurance (final report 05/12/2024)", [
            ("PRC-01", "Medium", "The contracts register should be complete and show contract owners and renewal dates.", "Update the contracts register and publish it on the intranet, with contract owners reviewing their entries each quarter.", "Procurement Manager", D(2025, 1, 31), None, "R", "Overdue – owner details missing for 40 contracts."),
            ("PRC-02", "Low", "Waivers of Contract Standing Orders should be recorded in a central log.", "Create a central waiver log kept by the Procurement team and report waivers to the Audit Committee twice a year.", "Procurement Manager", D(2025, 4, 30), None, "G", "Log created; first report due May."),
        ]),
        ("Contaminants Management – Reasonable assurance (final report 11/02/2025)", [
            ("CON-01", "Medium", "Station audits should confirm that clean and dirty zones are in place and that fire kit is laundered after every fire.", "Add contaminants zoning checks to the station audit template and complete audits at all stations.", "Health and Safety Manager", "Sept 2025", None, None, "Not yet started – report received February 2025."),
        ]),
    ]),
]


def make_afrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Avon Fire & Rescue Service – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit Committee – position as at 28 February 2025"
    ws["A4"] = "Summary of recommendations by audit"
    ws["A4"].font = Font(bold=True)
    hdr = ["Audit", "Total", "Complete (B)", "On track (G)", "Revised date (A)", "Overdue (R)", "Not started"]
    for j, v in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(FILL["pale"])
        c.border = BOX
    r = 6
    tot = [0] * 6
    for _, audits in AFRS:
        for audit, recs in audits:
            name = audit.split(" – ")[0]
            rags = [x[7] for x in recs]
            vals = [len(rags), rags.count("B"), rags.count("G"), rags.count("A"), rags.count("R"), rags.count(None)]
            tot = [a + b for a, b in zip(tot, vals)]
            for j, v in enumerate([name] + vals, start=1):
                ws.cell(row=r, column=j, value=v).border = BOX
            r += 1
    for j, v in enumerate(["Total"] + tot, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, txt in [("B", "Implemented – evidence provided"), ("G", "On track to meet agreed date"),
                   ("A", "Revised date agreed with Internal Audit"), ("R", "Overdue – past agreed date")]:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=r, column=2, value=txt)
    ws.column_dimensions["A"].width = 38
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 14

    for sheet, audits in AFRS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Avon Fire & Rescue Service – Internal Audit Recommendations Tracker"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = f"{sheet.replace('audits', 'internal audit plan')} – position as at 28 February 2025"
        hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Agreed date", "Revised date", "RAG", "Latest update"]
        for j, v in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=j, value=v)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("C00000")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for audit, recs in audits:
            c = ws.cell(row=r, column=1, value=audit)
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for ref, pri, rec, act, owner, agreed, rev, rag, upd in recs:
                for j, v in enumerate([ref, pri, rec, act, owner, agreed, rev, rag, upd], start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=8).fill = fill(FILL[rag])
                r += 1
        for col, w in zip("ABCDEFGHI", [9, 9, 45, 45, 26, 12, 12, 6, 40]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "zfo-avon-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 5. Milton Keynes College Group - Ofsted PIAP with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
MKC = [
    ("AFI 1: Leaders and managers should ensure that adult learners on English and mathematics courses attend well and arrive at lessons on time.", [
        ("1.1", "Introduce same-day attendance follow-up calls for adult learners by the Learner Engagement team.", "Head of Adult Learning", "February 2024", "Calls in place since 5 February; attendance up from 78% to 84%.", "B"),
        ("1.2", "Set attendance targets for each adult English and maths class and review them weekly at curriculum team meetings.", "Curriculum Manager – English and Maths", "April 2024", "Targets set; weekly reviews minuted.", "G"),
    ]),
    ("AFI 2: Teachers on 16 to 18 study programmes should make sure that feedback on written work helps learners understand how to improve.", [
        ("2.1", "Revise the college feedback policy and train all study programme teachers in the new feedback model.", "Director of Teaching, Learning and Assessment", "March 2024", "Policy approved; training delivered at March staff development day.", "B"),
        ("2.2", "Sample learners’ work each term through the quality review process and report findings to the Quality and Standards Committee.", "VP Quality; Heads of School", "July 2024", "First sample complete; report to June committee.", "G"),
    ]),
    ("AFI 3: Leaders should ensure that apprentices receive their off-the-job training in a timely way and that employers take part in progress reviews.", [
        ("3.1", "Track planned and actual off-the-job hours for every apprentice monthly, with intervention where apprentices fall behind.", "Head of Apprenticeships", "July 2024", "Tracking live; 31 apprentices on intervention plans.", "A"),
        ("3.2", "Hold three-way progress reviews with every employer at least every 12 weeks and record them on the e-portfolio.", "Head of Apprenticeships / Employer Engagement Manager", "Janurary 2025", "Review schedule issued to all assessors.", "A"),
    ]),
    ("AFI 4: Leaders should improve careers guidance for learners with high needs so that they are well prepared for their next steps.", [
        ("4.1", "Provide an independent careers interview for every learner with an EHCP before their annual review.", "SEND Manager; Careers Adviser", "June 2024", "62% of interviews completed.", "A"),
        ("4.2", "Add supported internship and employment destinations to the high needs curriculum offer.", "Head of Foundation Learning", "September 2024", "", None),
    ]),
]


def make_mkc():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Milton Keynes College Group"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Post-Inspection Action Plan – Ofsted inspection November 2023"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Version 3 – Quality and Standards Committee, 11 June 2024"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    hdr = ["No.", "Action", "Lead", "Target date", "Progress update (June 2024)", "RAG"]
    for j, v in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    r = 6
    for afi, acts in MKC:
        c = ws.cell(row=r, column=1, value=afi)
        c.font = Font(bold=True)
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 30
        for j in range(1, 7):
            ws.cell(row=r, column=j).fill = fill("E4DFEC")
        r += 1
        for ref, act, lead, date, upd, rag in acts:
            for j, v in enumerate([ref, act, lead, date, upd, None], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(row=r, column=6).fill = fill(FILL[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG is shown by cell colour – see the Key sheet.")
    for col, w in zip("ABCDEF", [8, 60, 30, 16, 42, 8]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Key")
    ws2["A1"] = "RAG key"
    ws2["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action needed"),
                                   ("R", "Off track – escalate to SLT")], start=2):
        ws2.cell(row=i, column=1).fill = fill(FILL[k])
        ws2.cell(row=i, column=2, value=txt)
    ws2.cell(row=6, column=1)
    ws2.cell(row=6, column=2, value="No colour – not yet started")
    wb.save(os.path.join(HERE, "zfo-milton-keynes-college-group-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 6. Mill Hill School - ISI inspection action plan (docx, one table per section)
# ---------------------------------------------------------------------------
MILLHILL = [
    ("1. Leadership and management, and governance",
     "Leaders should ensure that governors’ oversight of safeguarding and health and safety is informed by more detailed analysis of trends.", [
         ("Introduce a termly safeguarding and health and safety dashboard for the Safeguarding Governor, covering referrals, low-level concerns and accident data.", "Designated Safeguarding Lead; Bursar", "Spring term 2024", "Dashboard received by governors each term", "B"),
         ("Schedule an annual governor learning walk focused on safeguarding culture, with a written report to the Board.", "Clerk to the Governors", "Summer term 2024", "Learning walk report minuted", "G"),
     ]),
    ("2. Quality of education, training and recreation",
     "Leaders should ensure that teaching in the lower school consistently adapts work to challenge the most able pupils.", [
         ("Deliver whole-staff INSET on adaptive teaching and stretch and challenge.\nFollow up with departmental action plans reviewed by Heads of Department.", "Deputy Head (Academic)", "April 2024", "All departments have an adaptive teaching plan", "B"),
         ("Extend the lesson drop-in programme to include a focus on challenge for the most able in Years 7 to 9.", "Assistant Head (Teaching and Learning)", "Michaelmas term 2024", "Drop-in records show challenge in most lessons seen", "G"),
     ]),
    ("3. Pupils’ physical and mental health and emotional wellbeing",
     "Leaders should ensure that records of bullying and behaviour incidents are analysed so that patterns are identified and acted on promptly.", [
         ("Move behaviour and bullying logs onto a single CPOMS category structure so that incidents can be analysed by year group, house and type.", "Deputy Head (Pastoral)", "February 2024", "Single category structure in use", "B"),
         ("Present a half-termly pastoral trends report to the Senior Leadership Team and the Safeguarding Governor.", "Deputy Head (Pastoral) / Heads of House", "Half-termly", "Reports show actions taken on trends", "A"),
     ]),
    ("4. Pupils’ social and economic education and contribution",
     "Leaders should strengthen the careers programme so that pupils in Years 9 to 11 receive more structured guidance about future pathways.", [
         ("Appoint a Careers Lead with responsibility for a Years 9 to 11 careers programme mapped to the Gatsby benchmarks.", "Deputy Head (Co-curricular)", "31 August 2024", "Careers Lead in post; programme published", "G"),
         ("Introduce a Year 10 work experience week and individual careers interviews for all Year 11 pupils.", "Careers Lead", "Summer term 2025", "All Year 11 pupils interviewed", None),
     ]),
]


def make_millhill():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Mill Hill School – ISI Inspection Action Plan", level=0)
    p = doc.add_paragraph("Routine inspection 7–9 November 2023 · Report published 16 January 2024")
    p.runs[0].italic = True
    doc.add_paragraph("Updated for the Governors’ Education Committee, 5 June 2024")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Owner", "Reviewed by"),
                           ("1.0", "05/02/2024", "Deputy Head (Academic)", "Senior Leadership Team"),
                           ("1.1", "05/06/2024", "Deputy Head (Academic)", "Governors’ Education Committee")]):
        c = t.add_row().cells
        for cell, v in zip(c, r):
            set_cell(cell, v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards. This plan sets out "
        "how the school will respond to the recommended next steps in each section of the report. "
        "Progress is shown by the colour of the final column.")
    kt = doc.add_table(rows=1, cols=5)
    kt.style = "Table Grid"
    for cell, (k, txt) in zip(kt.rows[0].cells, [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                                ("R", "Not on track"), (None, "Not started")]):
        set_cell(cell, txt)
        if k:
            shade(cell, FILL[k])
    for heading, nextstep, actions in MILLHILL:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for cell, txt in zip(t.rows[0].cells, ["Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(cell, txt, bold=True)
            shade(cell, "C00000")
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[4])
        set_cell(merged, nextstep, bold=True)
        shade(merged, "F2F2F2")
        for action, lead, when, success, rag in actions:
            c = t.add_row().cells
            set_cell(c[0], action)
            set_cell(c[1], lead)
            set_cell(c[2], when)
            set_cell(c[3], success)
            if rag:
                shade(c[4], FILL[rag])
    doc.add_heading("5. Safeguarding", level=2)
    doc.add_paragraph("The report confirms that safeguarding arrangements are effective and that the standards "
                      "are met. No next steps were identified; the annual safeguarding audit continues as usual.")
    doc.add_paragraph("")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, v in enumerate(["Approved by", "Role", "Date"]):
        set_cell(t.cell(0, j), v, bold=True)
    for j, v in enumerate(["Chair of Governors", "On behalf of the Court of Governors", "12/06/2024"]):
        set_cell(t.cell(1, j), v)
    doc.save(os.path.join(HERE, "zfo-mill-hill-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. University of Exeter - OfS freedom of speech duties action plan (csv export)
# ---------------------------------------------------------------------------
EXETER = [
    ("FS1.1", "1. Governance and policy", "Publish a code of practice on freedom of speech that meets the OfS regulatory advice.", "Redraft the Code of Practice on Freedom of Speech and Academic Freedom and submit it to Council for approval.", "Registrar and Secretary", "31/07/2025", "Complete", "Approved by Council, 2 July 2025; published on the website."),
    ("FS1.2", "1. Governance and policy", "Publish a code of practice on freedom of speech that meets the OfS regulatory advice.", "Review the Students' Guild external speaker procedure for consistency with the new Code.", "Director of Legal Services; Students' Guild President", "Aug-25", "Complete", "Guild procedure revised and agreed with the University."),
    ("FS1.3", "1. Governance and policy", "Ensure that governing documents are consistent with the free speech principle.", "Review Ordinances and regulations for provisions that could restrict lawful speech, and report proposed changes to Council.", "Head of Governance", "30/11/2025", "Amber", "Ordinance changes deferred to the March 2026 Council meeting."),
    ("FS2.1", "2. Events and speakers", "Manage external speaker requests in a way that secures lawful speech.", "Replace the external speaker form with an online workflow that approves requests unless a specific legal risk is identified.", "Director of Student Experience", "31/03/2026", "Green", "Workflow built; user testing in February."),
    ("FS2.2", "2. Events and speakers", "Manage external speaker requests in a way that secures lawful speech.", "Publish each year the number of events refused or made subject to conditions, with the reasons.", "Director of Student Experience", "31/07/2026", "Not started", ""),
    ("FS3.1", "3. Staff and contracts", "Ensure that contracts and agreements do not restrict academic freedom.", "Review standard employment contracts, honorary contracts and visiting speaker agreements for clauses that could restrict academic freedom.", "Director of People", "31/12/2025", "Complete", "Two template clauses amended; no other issues found."),
    ("FS3.2", "3. Staff and contracts", "Ensure that contracts and agreements do not restrict academic freedom.", "Add academic freedom protections to the guidance for probation and promotion panels.", "Director of People; Deputy Vice-Chancellor (Education)", "Apr-26", "Amber", "Draft guidance with the academic unions for consultation."),
    ("FS4.1", "4. Training and communications", "Make staff and students aware of their free speech rights and responsibilities.", "Launch mandatory free speech and academic freedom e-learning for all staff.", "Director of People", "30/09/2025", "Complete", "Module launched 1 September 2025; completion 71%."),
    ("FS4.2", "4. Training and communications", "Make staff and students aware of their free speech rights and responsibilities.", "Include free speech in Welcome Week and in the induction for student society committee members.", "Students' Guild Chief Executive", "Sep-25", "Complete", "Delivered in Welcome Week 2025."),
    ("FS5.1", "5. Complaints and monitoring", "Handle free speech complaints promptly and report on them to Council.", "Set up an internal free speech complaints process that signposts the OfS free speech complaints scheme, and report complaint numbers to Council each year.", "Head of Governance; Academic Freedom and Free Speech Lead", "Ongoing", "Green", "Process live; three complaints received, all resolved."),
]


def make_exeter():
    path = os.path.join(HERE, "zfo-university-of-exeter-ofs-freedom-of-speech-action-plan.csv")
    hdr = ["Ref", "Workstream", "Requirement", "Action", "Action owner(s)", "Due", "RAG", "Commentary"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Freedom of Speech and Academic Freedom Action Plan 2025-26"] + [""] * 7)
        w.writerow(["University of Exeter – Office for Students free speech duties, position at 14 January 2026"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(hdr)
        for row in EXETER:
            w.writerow(list(row))
        w.writerow([""] * 8)
        w.writerow(["RAG: Complete = delivered and evidenced; Green = on track; Amber = at risk or revised; Red = off track; Not started"] + [""] * 7)


def main():
    make_portland()
    make_probation()
    make_dcp()
    make_afrs()
    make_mkc()
    make_millhill()
    make_exeter()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
