#!/usr/bin/env python3
"""Build the seven zgq- blind test files (set heldout832).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes into the folder this script lives in; touches only files named zgq-*.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zgq-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}


def xl_row(ws, r, values, bold=False, fill=None, font_color=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if bold or font_color:
            cell.font = Font(bold=bold, color=font_color)
        if fill is not None:
            cell.fill = fill


# ===========================================================================
# 1. HMP/YOI Standford Hill – HMPPS action plan responding to HMIP concerns
# ===========================================================================
SH_NAME = "zgq-hmp-yoi-standford-hill-hmip-inspection-action-plan.docx"
SH_TITLE = "Action Plan: HMP/YOI Standford Hill"
SH_SECTIONS = [
    ("PRIORITY CONCERNS", [
        ("1", "Communal areas, including showers, toilets and food preparation areas on the residential units, were not clean enough and some were in poor repair.", "Agreed", [
            ("1.1", "Introduce a daily cleanliness checklist for every residential unit, completed by the unit officer and signed off by the orderly officer, with results reviewed at the weekly residential meeting.", "Head of Residence", "31/03/2025"),
            ("1.2", "Deep clean and refurbish showers, toilets and servery areas on all units, prioritising the areas identified by inspectors, through the Gov Facility Services Limited (GFSL) works programme.", "Head of Residence / Head of Decency and Estates", "30 September 2025"),
            ("1.3", "Hold monthly decency walkrounds by a member of the senior leadership team with a prisoner representative, feeding actions into the residential action log.", "Deputy Governor", "Ongoing – monthly"),
        ]),
        ("2", "Too many prisoners were allocated to wing work, such as cleaning and servery work, which was poorly supervised and left many underemployed.", "Agreed", [
            ("2.1", "Review all wing work allocations against the agreed activity needs analysis and reduce the number of wing cleaner and servery places, reallocating prisoners to education, industries and work in the community.", "Head of Education, Skills and Work", "30/06/2025"),
            ("2.2", "Introduce job descriptions, daily task sheets and named supervising officers for all remaining wing work roles, with attendance recorded on the activities system.", "Head of Residence; Activities Hub Manager", "July 2025"),
        ]),
    ]),
    ("KEY CONCERNS", [
        ("3", "Prisoners were not told promptly about opportunities for work in the community and family visits, and few knew what they needed to do to progress.", "Agreed", [
            ("3.1", "Rewrite the induction booklet and add a release on temporary licence (ROTL) and family contact briefing to the first-week induction programme.", "Head of Reducing Reoffending", "31/05/2025"),
            ("3.2", "Publish a monthly opportunities bulletin on the in-cell kiosks and wing noticeboards, listing employer vacancies, family days and the ROTL board schedule.", "Employment Hub Lead", "June 2025"),
        ]),
        ("4", "The offender management unit and the health care building were dilapidated and unfit for purpose, and repeated delays to the planned expansion of the prison were prolonging poor conditions.", "Partly Agreed", [
            ("4.1", "Escalate the condition of the offender management unit and health care building to the Prison Group Director and HMPPS Property Directorate and submit a capital bid for their replacement ahead of the expansion works.", "Governor / Prison Group Director", "30/09/2025"),
            ("4.2", "Carry out interim repairs to the roof, heating and interview rooms of the offender management unit and relocate health care clinics to the refurbished visits annexe.", "Head of Decency and Estates", "December 2025"),
        ]),
        ("5", "Force was not always applied using approved techniques, video footage from the previous year was missing because of clerical errors and body-worn cameras were often switched on too late or not at all.", "Agreed", [
            ("5.1", "Review every use of force incident at the monthly use of force committee, including body-worn camera footage, and refresh staff training in approved techniques for all officers due a refresher.", "Head of Security", "31/08/2025"),
            ("5.2", "Introduce a log for the download and retention of all body-worn camera and handheld footage, checked weekly by the duty custodial manager, and brief all staff on when cameras must be switched on.", "Head of Operations", "30/04/2025"),
        ]),
    ]),
]


def build_standford_hill():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(SH_TITLE, level=0)
    for line in ["Action Plan Submitted: 7 April 2025",
                 "A Response to the HMIP Inspection: 8–9 and 20–24 October 2024",
                 "Report Published: 10 February 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for and treatment of prisoners. It reports its findings on prisons and young offender "
        "institutions in England and Wales to the Ministry of Justice (MoJ) and His Majesty’s Prison and "
        "Probation Service (HMPPS). Since May 2022 HMIP reports set out priority and key concerns rather than "
        "recommendations. In response to the report HMPPS is required to draft a robust and timely action plan "
        "to address the concerns. The action plan confirms whether each concern is agreed, partly agreed or not "
        "agreed (see categorisations below). Where a concern is agreed or partly agreed, the action plan sets out "
        "specific steps to address it, with the owner and timescale of each step clearly identified. Action plans "
        "are sent to HMIP and published on the HMPPS prison finder pages.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rows = [("Term", "Definition", "Additional comment"),
            ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
             "The response should clearly explain how the concern will be addressed, with SMART actions and timescales."),
            ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be addressed.",
             "The response must state clearly which part will be addressed and why the remainder cannot be."),
            ("Not Agreed", "The concern is not agreed with or cannot be addressed.",
             "The response must clearly state the reasons why.")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "D9D9D9")
    doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this plan is reviewed monthly by the senior leadership team and quarterly by the "
        "Prison Group Director, Kent, Surrey and Sussex.")

    for sec, concerns in SH_SECTIONS:
        doc.add_heading(sec, level=1)
        n = 1 + sum(1 + len(c[3]) for c in concerns)
        t = doc.add_table(rows=n, cols=5)
        t.style = "Table Grid"
        hdr = ["No.", "Concern / Action", "Agreed / Partly Agreed / Not Agreed", "Action Owner", "Target Date"]
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "BFBFBF")
        r = 1
        for num, text, agreed, actions in concerns:
            set_cell(t.cell(r, 0), num, bold=True)
            set_cell(t.cell(r, 1), text, bold=True)
            set_cell(t.cell(r, 2), agreed, bold=True)
            m = t.cell(r, 3).merge(t.cell(r, 4))
            set_cell(m, "")
            for j in range(5):
                shade(t.cell(r, j), "F2F2F2")
            r += 1
            for ref, act, owner, date in actions:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 1), act)
                set_cell(t.cell(r, 2), "")
                set_cell(t.cell(r, 3), owner)
                set_cell(t.cell(r, 4), date)
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Action plan approved by: Governor, HMP/YOI Standford Hill – 4 April 2025")
    doc.save(out(SH_NAME))


# ===========================================================================
# 2. Barnsley and Rotherham PDU – HMI Probation action plan, tab-separated export
# ===========================================================================
BR_NAME = "zgq-probation-service-barnsley-and-rotherham-pdu-hmi-probation-inspection-action-plan.txt"
BR_TITLE = "Barnsley and Rotherham PDU – HMI Probation Inspection Action Plan"
BR_HEADER = ["Rec", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
             "Action Owner", "Target Date", "Revised Date", "RAG", "Progress update"]
# (section, [(rec no, rec text, agreed, [(ref, action, owner, target, revised, rag, update)])])
BR_SECTIONS = [
    ("Barnsley and Rotherham PDU should:", [
        ("1", "Improve the quality of work to assess, plan for, manage and review risk of harm, making sure that domestic abuse and child safeguarding information is requested, received and analysed in all relevant cases", "Agreed", [
            ("1.1", "Deliver risk of serious harm assessment workshops to all probation officers and probation services officers, using cases from the inspection sample", "Head of PDU", "30/06/2025", "", "B", "Complete. 11 workshops delivered April to June 2025; 94% of practitioners attended."),
            ("1.2", "Introduce a monthly audit of 10 cases per team against the HMI Probation standards, with findings reported to the PDU quality and performance meeting", "Deputy Head of PDU / Quality Development Officer", "31/07/2025", "31/10/2025", "G", "Audit tool agreed with regional quality team. First two audit cycles completed; revised date agreed to complete the third cycle."),
        ]),
        ("2", "Reduce sickness absence across all staff grades so that practitioners have manageable workloads", "Agreed", [
            ("2.1", "Hold attendance review meetings for all staff who have reached a trigger point and agree reasonable adjustments with occupational health", "Head of PDU", "Ongoing", "", "A", "Average days lost reduced from 23 to 17.4 per person. Probation officer grade remains above target."),
        ]),
        ("3", "Strengthen management oversight by senior probation officers so that it improves the quality of casework", "Agreed", [
            ("3.1", "Reduce the administrative tasks held by senior probation officers by moving rota, court cover and unpaid work queries to the business manager", "Business Manager", "31/08/2025", "", "B", "Complete. Task transfer in place since August 2025."),
            ("3.2", "Introduce a recorded management oversight entry on every case at allocation and at each review point, checked in supervision", "Senior Probation Officers", "Q4 2025/26", "", "G", "Guidance issued. Compliance at 71% in September dip sample."),
        ]),
        ("4", "Increase referrals to the services available in the PDU, including commissioned rehabilitative services and the women's offer", "Agreed", [
            ("4.1", "Publish a services directory on the PDU SharePoint and add a referral prompt to the sentence plan review checklist", "Interventions Lead", "30/09/2025", "", "R", "Directory drafted but not yet published. Referral prompt delayed by national change freeze on the case management system."),
        ]),
    ]),
    ("The Yorkshire and the Humber region should:", [
        ("5", "Make sure that probation officer vacancies in the PDU are filled, and that the recruitment plan is monitored at regional level", "Agreed", [
            ("5.1", "Prioritise Barnsley and Rotherham in the regional allocation of newly qualified probation officers and run a targeted recruitment campaign for experienced officers", "Regional Probation Director", "31/03/2026", "", "G", "Six newly qualified officers to join in October 2025; vacancy rate down from 28% to 19%."),
        ]),
    ]),
    ("HM Prison and Probation Service should:", [
        ("6", "Make sure that information-sharing agreements with police forces and local authority children's services give practitioners timely responses to domestic abuse and safeguarding enquiries", "Partly Agreed", [
            ("6.1", "Review response times under the South Yorkshire information-sharing agreements with South Yorkshire Police, Barnsley Council and Rotherham Council and escalate delays through the local criminal justice board", "Head of Public Protection (Y&H) / Regional Probation Director", "Mar-26", "", "A", "Data-sharing review under way. Police domestic abuse responses now within 10 working days in 82% of enquiries; children's services responses not yet measured."),
        ]),
    ]),
]


def br_lines():
    lines = [
        BR_TITLE,
        "Probation Service – Yorkshire and the Humber region",
        "Inspection fieldwork: November 2024\tReport published: March 2025\tOverall rating: Inadequate",
        "Progress position as at 30 September 2025 – for the Regional Quality and Performance Board",
        "",
        "\t".join(BR_HEADER),
    ]
    for sec, recs in BR_SECTIONS:
        lines.append(sec)
        for rec, rtext, agreed, actions in recs:
            for k, (ref, act, owner, target, revised, rag, upd) in enumerate(actions):
                first = k == 0
                lines.append("\t".join([rec if first else "", rtext if first else "", agreed if first else "",
                                        ref, act, owner, target, revised, rag, upd]))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = at risk of slippage; R = off track or behind target",
        "Plan owner: Head of Barnsley and Rotherham PDU\tVersion 4 (30/09/2025)",
    ]
    return lines


def build_barnsley():
    with open(out(BR_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(br_lines()) + "\n")


# ===========================================================================
# 3. Humberside Police – HMICFRS public disorder inspection recommendations tracker
# ===========================================================================
HP_NAME = "zgq-humberside-police-hmicfrs-public-disorder-recommendations-tracker.xlsx"
HP_TITLE = "Humberside Police – HMICFRS Public Disorder Inspection: Force Recommendations Tracker"
D = dt.datetime
# sheet -> (heading, [(rec, rec text, [(ref, action, lead, date, rag, update)])])
HP_SHEETS = [
    ("Tranche 1", "Tranche 1: POPS capacity, mobilisation and officer well-being", [
        ("1", "Chief constables should review their force’s public order public safety (POPS) capacity against their strategic threat and risk assessment and the Strategic Policing Requirement.", [
            ("1.1", "Refresh the force public order strategic threat and risk assessment to include learning from the disorder in Hull city centre on 3 August 2024.", "Supt Operational Support", D(2025, 3, 31), "B", "STRA refreshed and approved at Force Operations Board, March 2025."),
            ("1.2", "Train two additional level 2 public order units, bringing the force establishment to 14 police support units.", "Ch Supt Head of Operations; Head of Learning and Development", D(2026, 3, 31), "G", "First additional unit trained September 2025; second unit booked for January 2026 courses."),
        ]),
        ("2", "Chief constables should make sure that officers deployed to disorder have adequate access to food, water, rest and toilet facilities, and that welfare arrangements form part of every public order operational plan.", [
            ("2.1", "Add a dedicated welfare officer (inspector) to the command structure of all Gold-led public order operations.", "ACC Operations", D(2025, 6, 30), "B", "Command structure template amended; used for all Gold-led operations since May 2025."),
            ("2.2", "Procure and equip two welfare vehicles capable of supporting deployed units for up to 12 hours.", "Head of Fleet / Head of Estates", D(2025, 12, 31), "A", "One vehicle delivered. Second vehicle delayed by supplier; expected January 2026."),
        ]),
        ("3", "Chief constables should make sure that all officers trained in public order have correctly fitted personal protective equipment.", [
            ("3.1", "Complete a full audit of public order protective equipment and reissue correctly fitted helmets and body armour to all trained officers.", "Head of Operational Support Services", D(2025, 9, 30), "R", "Audit complete. 37% of reissues outstanding because of national shortages of helmets in some sizes."),
        ]),
        ("4", "Chief constables should make sure that officers who were repeatedly deployed to disorder are offered well-being support and trauma risk management.", [
            ("4.1", "Offer a trauma risk management (TRiM) assessment and an occupational health referral to every officer and staff member deployed to the disorder.", "Head of People Services", D(2025, 4, 30), "B", "All 612 deployed officers and staff contacted; 148 TRiM assessments completed."),
        ]),
    ]),
    ("Tranche 2", "Tranche 2: intelligence, social media and investigations", [
        ("5", "Chief constables should make sure their force can monitor open-source information and produce community tension assessments that identify emerging risks of disorder.", [
            ("5.1", "Establish an open-source intelligence cell within the Force Intelligence Bureau with trained analysts available seven days a week.", "Det Supt Intelligence", D(2026, 1, 31), "G", "Two analysts recruited; Sunday cover from November 2025."),
            ("5.2", "Introduce a weekly community tension assessment shared with the four local authority community safety partnerships.", "Supt Neighbourhood Policing; Head of Partnerships", "Ongoing", "G", "Weekly assessment issued since July 2025."),
        ]),
        ("6", "Chief constables should make sure that investigations into offences committed during disorder are properly resourced and that victims are kept informed.", [
            ("6.1", "Maintain the Operation Bodmin investigation team until all identified suspects have been arrested or eliminated, with a victim liaison officer for affected businesses and residents.", "Det Ch Supt Head of Crime", D(2025, 12, 31), "A", "Over 140 arrests to date; 11 suspects still to be identified. Team reduced to 6 officers from October 2025."),
        ]),
    ]),
]


def build_humberside():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = HP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "An inspection of the police response to the public disorder in July and August 2024 (Tranche 1 published 18 December 2024; Tranche 2 published 2025)"
    ws["A3"] = "OFFICIAL"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    xl_row(ws, 6, ["Version", "Date", "Author", "Change"], bold=True, fill=FILL["grey"])
    xl_row(ws, 7, ["0.1", "14/01/2025", "Strategic Planning and Inspection Team", "Tranche 1 recommendations added"])
    xl_row(ws, 8, ["0.4", "22/07/2025", "Strategic Planning and Inspection Team", "Tranche 2 recommendations added"])
    xl_row(ws, 9, ["0.6", "20/10/2025", "Strategic Planning and Inspection Team", "Updates for Strategic Performance Board"])
    ws["A11"] = "Status key (Status column is colour coded)"
    ws["A11"].font = Font(bold=True)
    for i, (k, label) in enumerate([("G", "On track"), ("A", "At risk – some slippage"),
                                    ("R", "Off track – escalated to chief officer lead"),
                                    ("B", "Complete – proposed for closure at Strategic Performance Board")]):
        ws.cell(row=12 + i, column=1).fill = FILL[k]
        ws.cell(row=12 + i, column=1).border = BOX
        ws.cell(row=12 + i, column=2, value=label)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 38
    ws.column_dimensions["D"].width = 40

    hdr = ["Rec No.", "HMICFRS recommendation", "Action Ref", "Force action", "Lead", "Target date", "Status",
           "Update (October 2025)"]
    widths = [8, 45, 9, 50, 28, 12, 9, 50]
    for sheet, heading, recs in HP_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        xl_row(ws, 3, hdr, bold=True, fill=FILL["head"], font_color="FFFFFF")
        r = 4
        for rec, rtext, actions in recs:
            start = r
            for ref, act, lead, date, rag, upd in actions:
                xl_row(ws, r, [rec if r == start else None, rtext if r == start else None, ref, act, lead, date,
                               None, upd])
                if isinstance(date, dt.datetime):
                    ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = FILL[rag]
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.freeze_panes = "A4"
    wb.save(out(HP_NAME))


# ===========================================================================
# 4. Cambridgeshire Fire and Rescue Service – internal audit management actions tracker
# ===========================================================================
CF_NAME = "zgq-cambridgeshire-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"
CF_TITLE = "Cambridgeshire Fire and Rescue Service – Internal Audit Management Actions Tracker"
# (audit heading, [(ref, priority, action, officer, original, revised, pct, prev, curr, update)])
CF_AUDITS = [
    ("Payroll (2024/25) – Reasonable assurance", [
        ("PAY.1", "Medium", "Introduce a monthly independent check of starters, leavers and permanent variations processed through the payroll system against authorised HR forms.", "Payroll and Pensions Manager", D(2025, 3, 31), None, "100%", "G", "Complete", "Monthly check in place since February 2025; evidence provided to internal audit."),
        ("PAY.2", "Low", "Update the overtime and additional hours procedure to require retrospective approval within five working days.", "Head of HR", D(2025, 6, 30), D(2025, 12, 31), "60%", "A", "A", "Procedure drafted; awaiting consultation with representative bodies."),
    ]),
    ("Fleet management (2024/25) – Partial assurance", [
        ("FLT.1", "High", "Reconcile the fleet asset register to the fixed asset register and the vehicle tracking system, and record disposals with authorised disposal forms.", "Fleet and Equipment Manager", D(2025, 5, 31), D(2025, 9, 30), "100%", "R", "Complete", "Reconciliation completed September 2025 and reviewed by Head of Finance."),
        ("FLT.2", "High", "Produce a risk-based vehicle replacement programme linked to the medium term financial strategy and approved by the Fire Authority.", "Group Commander Fleet and Equipment; Chief Finance Officer", D(2025, 9, 30), None, "40%", "A", "R", "Draft programme delayed pending the fleet review consultancy report; revised date to be agreed with internal audit."),
        ("FLT.3", "Medium", "Record the results of daily appliance inspections on the electronic asset management system rather than paper check sheets.", "Fleet and Equipment Manager", D(2025, 12, 31), None, "50%", "G", "G", "Rolled out at 14 of 28 stations."),
    ]),
    ("Cyber security (2025/26) – Partial assurance", [
        ("CYB.1", "High", "Complete the removal of unsupported operating systems from the network, including the two legacy mobilising servers.", "Head of ICT", D(2025, 10, 31), None, "80%", "G", "A", "Mobilising servers to be decommissioned after control room system upgrade in November 2025."),
        ("CYB.2", "Medium", "Require multi-factor authentication for all remote access and privileged accounts.", "Head of ICT / Information Security Officer", D(2025, 8, 31), None, "100%", "G", "Complete", "Enforced for all accounts from 18 August 2025."),
        ("CYB.3", "Medium", "Test the ICT disaster recovery plan at least annually and report the results to the Senior Leadership Team.", "Head of ICT", D(2026, 3, 31), None, "10%", "G", "G", "Test scheduled for February 2026."),
    ]),
    ("Health and safety – contractor management (2024/25) – Reasonable assurance", [
        ("HSC.1", "Medium", "Maintain a central register of approved contractors with evidence of insurance, risk assessments and method statements for all work on service premises.", "Health and Safety Manager", D(2025, 4, 30), D(2025, 7, 31), "100%", "A", "Complete", "Register held on SharePoint; quarterly check by Health and Safety Manager."),
        ("HSC.2", "Low", "Deliver contractor induction and permit-to-work training to station and property staff.", "Property Manager", D(2025, 11, 30), None, "70%", "G", "G", "Training delivered to 19 of 28 station managers."),
    ]),
]


def build_cambs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = CF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Overview and Scrutiny Committee – 20 November 2025 (position as at 31 October 2025)"
    xl_row(ws, 4, ["Audit", "Assurance", "Actions", "Complete", "Open", "Overdue"], bold=True, fill=FILL["grey"])
    r = 5
    tot = [0, 0, 0, 0]
    asof = D(2025, 10, 31)
    for head, acts in CF_AUDITS:
        name, assurance = head.rsplit(" – ", 1)
        n = len(acts)
        comp = sum(1 for a in acts if a[8] == "Complete")
        opn = n - comp
        overdue = sum(1 for a in acts if a[8] != "Complete" and (a[5] or a[4]) < asof)
        xl_row(ws, r, [name, assurance, n, comp, opn, overdue])
        tot = [tot[0] + n, tot[1] + comp, tot[2] + opn, tot[3] + overdue]
        r += 1
    xl_row(ws, r, ["Total", None] + tot, bold=True, fill=FILL["grey"])
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 22

    ws = wb.create_sheet("Management actions")
    ws["A1"] = CF_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Open and recently completed actions – position as at 31 October 2025"
    hdr = ["Ref", "Priority", "Agreed management action", "Responsible officer", "Original date", "Revised date",
           "% complete", "Previous status", "Current status", "Update"]
    xl_row(ws, 4, hdr, bold=True, fill=FILL["head"], font_color="FFFFFF")
    r = 5
    colour = {"R": "R", "A": "A", "G": "G", "Complete": "B"}
    for head, acts in CF_AUDITS:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = FILL["band"]
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for ref, pri, act, off, orig, rev, pct, prev, curr, upd in acts:
            xl_row(ws, r, [ref, pri, act, off, orig, rev, pct, prev, curr, upd])
            for c in (5, 6):
                ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = FILL[colour[prev]]
            ws.cell(row=r, column=9).fill = FILL[colour[curr]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: R – overdue or no progress; A – in progress but at risk of missing the agreed date; G – in progress and on track; Complete – implemented and evidenced to internal audit.")
    ws.cell(row=r + 1, column=1, value="Priority: High – fundamental control weakness; Medium – important; Low – housekeeping.")
    for i, w in enumerate([9, 9, 55, 30, 12, 12, 10, 10, 10, 50]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out(CF_NAME))


# ===========================================================================
# 5. Heriot-Watt University – QAA Scotland QESR action plan and progress report
# ===========================================================================
HW_NAME = "zgq-heriot-watt-university-qaa-qesr-action-plan.xlsx"
HW_TITLE = "Heriot-Watt University – QESR Action Plan and Progress Report"
# (rec heading, [(ref, action, leads, target, revised, progress, prev, curr)])
HW_RECS = [
    ("Recommendation 1: Strengthen institutional oversight of the quality of learning opportunities delivered through collaborative and transnational partnerships, so that the University has a consistent view of the student experience at all partners.", [
        ("1.1", "Revise the Partnership Approval and Review Procedure to:\n- require an annual partnership quality report for every collaborative programme\n- include student representatives from the partner on review panels", "Director of Academic Quality", "January 2025", "", "Revised procedure approved by Senate in February 2025.", "Green", "Complete"),
        ("1.2", "Produce an annual overview report on collaborative provision for the University Committee for Quality and Standards, drawing on partner data and student survey results.", "Director of Academic Quality; Head of Global Partnerships", "Oct-25", "Dec-25", "First report drafted; survey data from two partners outstanding.", "Green", "Amber"),
        ("1.3", "Establish a link tutor network with termly meetings and a shared handbook.", "Dean of Learning and Teaching", "June 2025", "", "Network launched May 2025; 31 link tutors attended the first meeting.\nHandbook published on the staff intranet.", "Amber", "Complete"),
    ]),
    ("Recommendation 2: Ensure that the revised personal tutoring model is implemented consistently across all Schools and campuses, and evaluate its impact on student outcomes.", [
        ("2.1", "Set minimum expectations for personal tutor meetings in each year of study and record meetings on the student record system.", "Deputy Principal (Learning and Teaching)", "September 2025", "", "Expectations approved. Recording on student record system live from semester 1 2025-26.", "Green", "Complete"),
        ("2.2", "Evaluate the personal tutoring model using student survey and continuation data, and report findings to the Learning and Teaching Committee.", "Head of Student Success / Students' Union Vice President Education", "May 2026", "", "Evaluation framework agreed with the Students' Union.", "Green", "Green"),
    ]),
    ("Recommendation 3: Make more systematic use of data in annual monitoring, so that Schools identify and act on differences in attainment and continuation between student groups.", [
        ("3.1", "Provide Schools with programme-level dashboards showing continuation, completion and attainment by student characteristic.", "Director of Planning and Business Intelligence", "March 2025", "August 2025", "Dashboards live for all Schools from August 2025.", "Amber", "Complete"),
        ("3.2", "Amend the annual monitoring template to require an action on any attainment or continuation gap above the institutional threshold.", "Director of Academic Quality", "Jul-25", "", "Template amended; 2024-25 annual monitoring reports under review.", "Green", "Green"),
        ("3.3", "Run development sessions for programme leaders on using the dashboards in annual monitoring.", "Head of Learning and Teaching Academy", "Ongoing (each annual monitoring cycle)", "", "Three sessions run in August and September 2025.", "Green", "Green"),
    ]),
]


def build_heriot_watt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = HW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "QAA Scotland Quality Enhancement and Standards Review – review visit 2024; report received: confidence outcome, three recommendations"
    xl_row(ws, 4, ["Document control", None], bold=True, fill=FILL["grey"])
    rows = [("Owner", "Academic Quality, Academic Registry"),
            ("Reporting to", "University Committee for Quality and Standards"),
            ("Version", "3.1"),
            ("Date of this update", "3 November 2025"),
            ("Next update", "February 2026")]
    for i, (a, b) in enumerate(rows):
        xl_row(ws, 5 + i, [a, b])
    xl_row(ws, 11, ["Version history", None, None], bold=True, fill=FILL["grey"])
    xl_row(ws, 12, ["1.0", "October 2024", "Action plan approved"])
    xl_row(ws, 13, ["2.0", "May 2025", "Progress update to Senate"])
    xl_row(ws, 14, ["3.1", "November 2025", "Progress update; revised dates for 1.2 and 3.1"])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 45

    ws = wb.create_sheet("Action Plan")
    hdr = ["Ref", "Action", "Lead(s)", "Target date", "Revised date", "Progress to date", "Previous RAG",
           "Current RAG"]
    xl_row(ws, 1, hdr, bold=True, fill=FILL["head"], font_color="FFFFFF")
    r = 2
    rag_fill = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}
    for head, actions in HW_RECS:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.cell(row=r, column=1).alignment = WRAP
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, leads, tgt, rev, prog, prev, curr in actions:
            xl_row(ws, r, [ref, act, leads, tgt, rev or None, prog, prev, curr])
            ws.cell(row=r, column=7).fill = FILL[rag_fill[prev]]
            ws.cell(row=r, column=8).fill = FILL[rag_fill[curr]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Green – on track; Amber – some slippage, revised date agreed; Red – significant risk to delivery; Complete – action closed by the Committee.")
    for i, w in enumerate([6, 55, 32, 14, 14, 50, 12, 12]):
        ws.column_dimensions[chr(65 + i)].width = w

    ws = wb.create_sheet("Commendations")
    ws["A1"] = "Areas of good practice identified in the QESR report (for dissemination – no actions required)"
    ws["A1"].font = Font(bold=True)
    for i, t in enumerate([
        "The University’s strategic approach to supporting students across its campuses in Scotland, Dubai and Malaysia.",
        "The partnership with the Students' Union in the review of academic regulations.",
        "The use of the Learning and Teaching Academy to support the professional development of academic staff.",
    ]):
        ws.cell(row=3 + i, column=1, value=t)
    ws.column_dimensions["A"].width = 110
    wb.save(out(HW_NAME))


# ===========================================================================
# 6. Wrekin College – ISI inspection action plan (Word)
# ===========================================================================
WK_NAME = "zgq-wrekin-college-isi-inspection-action-plan.docx"
WK_TITLE = "Wrekin College – ISI Inspection Action Plan 2025"
# (part heading, [(area, [(ref, action, lead, timescale, evidence, rag)])])
WK_PARTS = [
    ("Part A: Areas for action (Standards not met)", [
        ("A1. Leaders must ensure that all required pre-appointment checks are completed and recorded on the single central register before staff and volunteers begin work at the school.", [
            ("A1.1", "Complete a full audit of the single central register and personnel files, and obtain any missing references and overseas checks.", "Bursar", "March 2025", "Audit signed off by the safeguarding governor; no gaps remaining.", "Blue"),
            ("A1.2", "Introduce a pre-start checklist signed by the HR Manager and the Head before any new member of staff or volunteer starts.", "HR Manager / Head", "Summer term 2025", "Checklist in use for all appointments since April 2025.", "Blue"),
        ]),
        ("A2. Leaders must ensure that actions arising from the fire risk assessment are completed within the timescales set by the assessor.", [
            ("A2.1", "Complete the outstanding fire door and emergency lighting works in the boarding houses.", "Estates Manager", "31/08/2025", "Contractor certificates filed for all five houses.", "Blue"),
            ("A2.2", "Add fire risk assessment actions to the termly health and safety committee report, with overdue items escalated to the Bursar.", "Health and Safety Officer; Bursar", "Termly", "Standing item on the health and safety committee agenda.", "Green"),
        ]),
    ]),
    ("Part B: Recommended next steps", [
        ("B1. Leaders should ensure that teaching in the lower school consistently adapts work for pupils who have special educational needs and/or disabilities (SEND).", [
            ("B1.1", "Share pupil passports for all pupils on the SEND register with teachers through the management information system, with strategies for each pupil.", "SENDCo", "Autumn term 2025", "Passports available to all staff from September 2025.", "Green"),
            ("B1.2", "Run a programme of learning walks in the lower school focused on adaptive teaching, with feedback to departments.", "Deputy Head (Academic) / Head of Lower School", "July 2026", "First round of learning walks completed October 2025.", "Green"),
        ]),
        ("B2. Leaders should strengthen the monitoring of the day-to-day implementation of behaviour and anti-bullying policies in the boarding houses.", [
            ("B2.1", "Introduce a weekly review of house behaviour logs by the Head of Boarding, with patterns reported to the pastoral committee.", "Head of Boarding", "December 2025", "Weekly reviews started; report template in draft.", "Amber"),
        ]),
        ("B3. Leaders should ensure that careers guidance in the sixth form is well planned and meets the needs of all pupils, including those not applying to university.", [
            ("B3.1", "Extend the careers programme to include apprenticeship and employment pathways, with an individual guidance interview for every Lower Sixth pupil.", "Head of Careers", "Summer term 2026", "Apprenticeship fair booked for March 2026.", "Green"),
        ]),
    ]),
]
WK_RAG_FILL = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def build_wrekin():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(WK_TITLE, level=0)
    doc.add_paragraph("Independent Schools Inspectorate – routine inspection 4 to 6 March 2025; report published 2 May 2025")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Head"),
                                ("Version", "3.0"),
                                ("Last reviewed", "15 October 2025"),
                                ("Monitored by", "Education and Pastoral Committee of the Governing Body"),
                                ("Submitted to DfE", "Part A submitted 30 May 2025")]):
        set_cell(t.cell(i, 0), a, bold=True, size=10)
        shade(t.cell(i, 0), "E7E6E6")
        set_cell(t.cell(i, 1), b, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Blue", "Completed and evidenced"), ("Green", "On track"),
                                ("Amber", "Started – some delay"), ("Red", "Not started or significant concern")]):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), WK_RAG_FILL[k])
        set_cell(t.cell(i, 1), v)

    hdr = ["Ref", "Action", "Lead", "Timescale", "Evidence of impact", "RAG"]
    for part, areas in WK_PARTS:
        doc.add_heading(part, level=1)
        if part.startswith("Part A"):
            doc.add_paragraph("The school is required to submit an action plan to the Department for Education "
                              "setting out how the unmet Standards will be addressed.")
        n = 1 + sum(1 + len(a[1]) for a in areas)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "C00000" if part.startswith("Part A") else "2F5496")
        r = 1
        for area, actions in areas:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            set_cell(m, area, bold=True)
            shade(m, "F2F2F2")
            r += 1
            for ref, act, lead, ts, ev, rag in actions:
                for j, v in enumerate([ref, act, lead, ts, ev, rag]):
                    set_cell(t.cell(r, j), v)
                shade(t.cell(r, 5), WK_RAG_FILL[rag])
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Chair of Governors          Date: 20 October 2025")
    doc.save(out(WK_NAME))


# ===========================================================================
# 7. Preston's College – Ofsted post-inspection action plan, CSV (typo month -> refuse)
# ===========================================================================
PC_NAME = "zgq-prestons-college-ofsted-post-inspection-action-plan-typo-month-refuse.csv"
PC_TITLE = "Preston's College – Post-Inspection Action Plan 2023-24"
PC_HEADER = ["Area for improvement", "Ref", "Action", "Lead", "Success measure", "Target date", "RAG"]
PC_AREAS = [
    ("Ensure that learners rapidly improve their skills in English and mathematics and significantly increase the number of learners who achieve high grades in these subjects.", [
        ("1.1", "Introduce diagnostic assessment in the first two weeks of every English and mathematics course and set individual skills targets.", "Head of English and Maths", "All learners have individual targets by the end of September", "September 2023", "B"),
        ("1.2", "Timetable additional small-group sessions for learners working towards grade 4 and above in GCSE English and mathematics.", "Head of English and Maths", "High grades (4-9) up to national rate", "January 2024", "G"),
        ("1.3", "Embed English and mathematics skills in vocational lessons through shared schemes of work and joint planning.", "Curriculum Directors", "Learning walks show skills embedded in 90% of lessons", "June 2024", "A"),
    ]),
    ("Ensure that teachers and support staff plan and track the incremental steps that learners with high needs take towards their EHCP outcomes.", [
        ("2.1", "Break each EHCP outcome into termly steps recorded on the learner's individual learning plan.", "Head of Inclusion", "All high needs learners have stepped targets", "December 2023", "G"),
        ("2.2", "Train learning support assistants to record progress against the steps after each session.", "Learning Support Manager", "Progress recorded for all learners each week", "Febuary 2024", "G"),
    ]),
    ("Improve learners' attendance, particularly on level 1 courses and in GCSE English and mathematics.", [
        ("3.1", "Introduce same-day contact with learners and parents or carers for every unexplained absence.", "Head of Learner Services", "Attendance at 90% or above", "October 2023", "B"),
        ("3.2", "Set attendance targets for each level 1 course and review them at monthly curriculum performance meetings.", "Assistant Principal Quality; Curriculum Directors", "Level 1 attendance up to 88%", "July 2024", "A"),
    ]),
]


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def pc_lines():
    blank = [""] * 7
    rows = [
        [PC_TITLE] + [""] * 6,
        ["Following Ofsted full inspection (2023) – areas for improvement"] + [""] * 6,
        blank,
        PC_HEADER,
    ]
    for area, acts in PC_AREAS:
        for k, (ref, act, lead, succ, date, rag) in enumerate(acts):
            rows.append([area if k == 0 else "", ref, act, lead, succ, date, rag])
    rows.append(blank)
    rows.append(["RAG: B = complete; G = on track; A = some concern; R = off track"] + [""] * 6)
    rows.append(["Monitored monthly by the Senior Leadership Team and termly by the Quality and Standards Committee"] + [""] * 6)
    return [",".join(csv_field(v) for v in row) for row in rows]


def build_prestons():
    with open(out(PC_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(pc_lines()) + "\r\n")


def main():
    build_standford_hill()
    build_barnsley()
    build_humberside()
    build_cambs()
    build_heriot_watt()
    build_wrekin()
    build_prestons()
    for n in (SH_NAME, BR_NAME, HP_NAME, CF_NAME, HW_NAME, WK_NAME, PC_NAME):
        print("wrote", n)


if __name__ == "__main__":
    main()
