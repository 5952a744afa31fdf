"""Build the seven ii1- test files of set heldout277 (children's services plans).

Run with: /work/main/.venv/bin/python ii1_make.py
Writes beside this script:
  ii1-coventry-city-council-ilacs-improvement-plan.xlsx
  ii1-southwark-local-area-send-priority-action-plan.xlsx
  ii1-ealing-youth-justice-service-hmip-improvement-plan.xlsx
  ii1-staffordshire-safeguarding-children-partnership-jtai-action-plan.docx
  ii1-walsall-council-childrens-home-ofsted-action-plan.docx
  ii1-lambeth-corporate-parenting-board-action-plan.csv
  ii1-hounslow-early-help-partnership-action-plan-typo-month-refuse.txt
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
BAND = "DDEBF7"
HEAD = "1F4E78"


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX


def band(ws, row, text, ncols, colour=BAND):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = fill(colour)
    c.alignment = WRAP


def boxed(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        c.alignment = WRAP


# ================================================================ 1. Coventry ILACS (xlsx)
def coventry():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Coventry Children's Services – ILACS Improvement Plan 2024–25"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = ("Response to the Ofsted inspection of local authority children's services (ILACS), "
                 "15–26 January 2024")
    cov["A3"] = "Owner: Director of Children's Services. Monitored by the Children's Improvement Board."
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Author", "Approved by"])
    rows = [
        ("1.0", "26/04/2024", "Head of Quality, Performance and Improvement", "Children's Services Leadership Team"),
        ("1.1", "12/07/2024", "Head of Quality, Performance and Improvement", "Children's Improvement Board"),
        ("2.0", "11/10/2024", "Head of Quality, Performance and Improvement", "Children's Improvement Board"),
    ]
    for r, vals in enumerate(rows, start=7):
        for c, v in enumerate(vals, start=1):
            cov.cell(row=r, column=c, value=v)
        boxed(cov, r, 4)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [(BLUE, "Complete – action delivered and impact evidenced"),
           (GREEN, "On track to deliver by the target date"),
           (AMBER, "Some slippage – revised target date agreed"),
           (RED, "Off track / significant risk to delivery")]
    for r, (col, txt) in enumerate(key, start=12):
        cov.cell(row=r, column=1).fill = fill(col)
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 44
    cov.column_dimensions["D"].width = 36

    ws = wb.create_sheet("Improvement Plan")
    ncols = 8
    ws["A1"] = "ILACS Improvement Plan 2024–25 – progress at October 2024"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    header_row(ws, 3, ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
                       "Progress update (October 2024)", "Evidence of impact", "RAG"])
    ws.freeze_panes = "A4"

    def d(y, m, day):
        return datetime(y, m, day)

    plan = [
        ("band", "Recommendation 1: The timeliness and quality of return home interviews for children who go "
                 "missing from home or care, and how the information from them is used to reduce risk."),
        ("1.1", "Re-commission the return home interview service with a contractual requirement that interviews "
                "are offered within 72 hours of the child returning.",
         "Head of Service – Targeted Support", d(2024, 6, 30), d(2024, 9, 30),
         "New contract awarded; provider started on 1 August 2024. 72-hour offer monitored weekly.",
         "78% of RHIs offered within 72 hours in September (42% in January).", BLUE),
        ("1.2", "Introduce a missing episode tracker so that managers review every child with three or more "
                "missing episodes in 90 days at the Exploitation and Missing Panel.",
         "Service Manager – Exploitation and Missing", d(2024, 7, 31), None,
         "Tracker live since July; panel reviewing all children meeting the threshold.", "", GREEN),
        ("1.3", "Audit 20 return home interviews each quarter and feed the learning into the practice "
                "development programme.",
         "Head of Quality Assurance / Principal Social Worker", d(2024, 12, 31), d(2025, 3, 31),
         "First audit completed in September. Second audit rescheduled so that it covers the new provider's "
         "first full quarter.", "", AMBER),
        ("band", "Recommendation 2: The consistency of written plans for children in need and children subject "
                 "to child protection plans, so that they are specific, measurable and understood by families."),
        ("2.1", "Launch a revised child's plan template, co-produced with parents, with SMART actions and "
                "plain-language outcomes.",
         "Principal Social Worker", d(2024, 9, 30), None,
         "Template launched on 2 September 2024 in the case recording system.", "", GREEN),
        ("2.2", "Deliver planning workshops for all social workers and team managers in Help and Protection teams.\n"
                "Track attendance through the learning management system.",
         "Workforce Development Manager", d(2024, 11, 30), None,
         "Six of nine workshops delivered; 84% of staff attended so far.", "", GREEN),
        ("2.3", "Child protection chairs to raise a practice alert where a plan is not specific or has not been "
                "reviewed within timescale.",
         "Head of Safeguarding and Quality Assurance", d(2024, 10, 31), d(2025, 1, 31),
         "Practice alert process drafted; launch delayed by vacancies in the child protection chair team.",
         "", RED),
        ("band", "Recommendation 3: The sufficiency of homes for children in care, particularly older children "
                 "with complex needs, so that they can live close to their families and communities."),
        ("3.1", "Open two additional in-house children's homes (four beds each) through the capital programme.",
         "Head of Commissioning and Sufficiency", "March 2025", "Sept 2025",
         "First property purchased; registration with Ofsted expected in summer 2025.", "", AMBER),
        ("3.2", "Recruit 25 additional foster carers through the Fostering Coventry campaign, with a focus on "
                "carers for teenagers.",
         "Fostering Service Manager", d(2025, 3, 31), None,
         "Campaign launched in September; first figures due at the January review.", "", None),
    ]
    r = 4
    for item in plan:
        if item[0] == "band":
            band(ws, r, item[1], ncols)
            ws.row_dimensions[r].height = 32
        else:
            ref, act, lead, orig, rev, prog, ev, rag = item
            vals = [ref, act, lead, orig, rev, prog, ev, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, datetime):
                    cell.number_format = "mmm-yy"
            boxed(ws, r, ncols)
            if rag:
                ws.cell(row=r, column=8).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Notes: Revised target dates were agreed by the Children's Improvement Board on 19 September 2024.")
    for col, w in zip("ABCDEFGH", [7, 60, 30, 13, 13, 45, 35, 8]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – October 2024"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 2, ["RAG", "Number of actions"])
    for i, (lab, n, col) in enumerate([("Complete", 1, BLUE), ("On track", 3, GREEN), ("Some slippage", 2, AMBER),
                                       ("Off track", 1, RED), ("Not yet rated", 1, None)], start=3):
        sm.cell(row=i, column=1, value=lab)
        sm.cell(row=i, column=2, value=n)
        if col:
            sm.cell(row=i, column=1).fill = fill(col)
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=8, column=2, value=8).font = Font(bold=True)
    sm.column_dimensions["A"].width = 18
    sm.column_dimensions["B"].width = 20
    wb.save(out("ii1-coventry-city-council-ilacs-improvement-plan.xlsx"))


# ================================================================ 2. Southwark SEND PAP (xlsx)
def southwark():
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = "Southwark Local Area SEND Partnership – Priority Action Plan"
    intro["A1"].font = Font(bold=True, size=16)
    intro["A2"] = "Area SEND inspection (Ofsted and CQC), May 2024 – outcome: widespread and/or systemic failings"
    intro["A3"] = "Progress update for the SEND Improvement Board – 22 January 2025"
    intro["A5"] = ("This plan sets out how Southwark Council and NHS South East London Integrated Care Board, "
                   "working with the Southwark Parent Carer Council, will address the two areas for priority action "
                   "identified by inspectors. Each area has an accountable partnership lead and each action a named "
                   "delivery lead.")
    intro["A5"].alignment = WRAP
    intro.merge_cells("A5:D5")
    intro.row_dimensions[5].height = 60
    intro["A7"] = "RAG rating"
    intro["A7"].font = Font(bold=True)
    for i, (k, t, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                     ("A", "At risk – mitigation in place", AMBER),
                                     ("R", "Off track – escalated to the SEND Improvement Board", RED)], start=8):
        intro.cell(row=i, column=1, value=k).fill = fill(col)
        intro.cell(row=i, column=2, value=t)
    intro["A13"] = ("Abbreviations: EHCNA – education, health and care needs assessment; SLT – speech and language "
                    "therapy; SEL ICB – NHS South East London Integrated Care Board; PCC – Southwark Parent Carer "
                    "Council")
    intro.column_dimensions["A"].width = 12
    intro.column_dimensions["B"].width = 50

    heads = ["Action ref", "What we will do", "Lead(s)", "Start", "By when",
             "How we will know (milestone / impact)", "Update this period", "Previous RAG", "Current RAG"]
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def afpa_sheet(title, afpa, accountable, rows, note=None):
        ws = wb.create_sheet(title)
        ncols = len(heads)
        ws["A1"] = afpa
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
        ws["A1"].font = Font(bold=True, size=12)
        ws["A1"].alignment = WRAP
        ws.row_dimensions[1].height = 45
        ws["A2"] = accountable
        ws["A2"].font = Font(italic=True)
        header_row(ws, 3, heads)
        r = 4
        for item in rows:
            if isinstance(item, str):
                band(ws, r, item, ncols)
            else:
                for c, v in enumerate(item, start=1):
                    ws.cell(row=r, column=c, value=v)
                boxed(ws, r, ncols)
                for c in (8, 9):
                    v = item[c - 1]
                    if v in ragfill:
                        ws.cell(row=r, column=c).fill = fill(ragfill[v])
            r += 1
        if note:
            ws.cell(row=r + 1, column=1, value=note)
        for col, w in zip("ABCDEFGHI", [9, 55, 34, 10, 16, 38, 45, 10, 10]):
            ws.column_dimensions[col].width = w

    afpa_sheet(
        "AfPA 1",
        "Area for priority action 1: Leaders across education, health and care should urgently improve the "
        "timeliness and quality of EHC needs assessments and plans, so that children and young people's needs are "
        "accurately identified and met.",
        "Accountable partnership lead: Strategic Director of Children's and Adults' Services",
        [
            "Workstream 1A – Timeliness of EHC needs assessments",
            ("1A.1", "Recruit four additional educational psychologists and two locum EHC coordinators to clear the "
                     "backlog of overdue assessments.",
             "Principal Educational Psychologist; Head of SEND Assessment", "Jun 2024", "Dec 2024",
             "Backlog of overdue EHCNAs reduced from 212 to under 50.", "Backlog at 38 on 31 December 2024.",
             "A", "B"),
            ("1A.2", "Agree a service level agreement with health providers for EHC advice to be returned within six "
                     "weeks, with weekly escalation of overdue requests.",
             "Designated Clinical Officer (SEL ICB) / Head of SEND Assessment", "Jul 2024", "Mar 2025",
             "90% of health advices returned within six weeks.",
             "SLA signed by two of three community health providers; third provider due to sign in February.",
             "A", "A"),
            ("1A.3", "Publish a monthly timeliness dashboard to the SEND Improvement Board and the Parent Carer "
                     "Council.",
             "SEND Performance and Data Lead", "Jul 2024", "Ongoing – monthly",
             "Dashboard reviewed at every Board.", "December dashboard published; 20-week timeliness at 61%.",
             "G", "G"),
            "Workstream 1B – Quality of EHC plans",
            ("1B.1", "Introduce a multi-agency EHC plan quality assurance framework, with a monthly audit of 10% of "
                     "new plans by education, health and social care.",
             "Head of SEND Quality Assurance", "Sep 2024", "Summer term 2025",
             "70% of audited plans rated good or better.", "Framework agreed; first three audit cycles completed.",
             "G", "G"),
            ("1B.2", "Co-produce a training programme on writing outcomes for EHC coordinators and SENCOs with the "
                     "Parent Carer Council.",
             "SEND Workforce Development Lead / PCC Co-Chair", "Oct 2024", "Mar 2025",
             "All EHC coordinators and 80% of SENCOs trained.",
             "Sessions postponed to February because of facilitator availability.", "G", "A"),
        ],
        note="Actions rated B have been closed by the SEND Improvement Board and will be removed from the next update.",
    )
    afpa_sheet(
        "AfPA 2",
        "Area for priority action 2: Leaders should reduce waiting times for neurodevelopmental assessments and "
        "speech and language therapy, and make sure that children and their families receive effective support "
        "while they wait.",
        "Accountable partnership lead: Place Executive Lead – Southwark (SEL ICB)",
        [
            "Workstream 2A – Neurodevelopmental pathway",
            ("2A.1", "Commission additional autism assessment capacity from an independent provider for children aged "
                     "5 to 18 who have waited more than 52 weeks.",
             "Associate Director – Children and Young People's Commissioning (SEL ICB)", "Jul 2024", "31/03/2025",
             "No child waiting more than 52 weeks for assessment.", "Provider mobilised in October; 140 children "
                                                                    "assessed to date.", "G", "G"),
            ("2A.2", "Launch a 'waiting well' offer for families, including parent workshops, a named contact and "
                     "signposting through the Local Offer.",
             "Head of Early Help / Local Offer Manager", "Sep 2024", "Jan 2025",
             "Offer live and used by families on the waiting list.",
             "Offer launched 6 January 2025 with the Parent Carer Council.", "G", "B"),
            "Workstream 2B – Speech, language and communication",
            ("2B.1", "Implement a needs-led speech and language therapy triage so that children are seen within 18 "
                     "weeks of referral.",
             "Head of Children's Therapies", "Oct 2024", "Sept 2025",
             "95% of children seen within 18 weeks.", "Triage in place; recruitment to two therapist posts "
                                                       "outstanding.", "R", "A"),
            ("2B.2", "Train staff in 40 early years settings and primary schools through the communication-friendly "
                     "settings programme.",
             "Early Years SEND Lead", "Apr 2025", "Jul 2025",
             "40 settings accredited.", "", "", "Not started"),
        ],
    )
    wb.save(out("ii1-southwark-local-area-send-priority-action-plan.xlsx"))


# ================================================================ 3. Ealing YJS (xlsx)
def ealing():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncols = 6
    ws["A1"] = "Ealing Youth Justice Service – Post-Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = ("HM Inspectorate of Probation – Inspection of youth justice services in Ealing "
                "(fieldwork October 2024, report published January 2025)")
    ws["A3"] = "Version 3 – updated 14 March 2025 for the Youth Justice Service Management Board"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["HMIP recommendation", "Ref", "Action", "Owner", "Timescale", "RAG", "Update / evidence"])
    # header has 7 columns
    ncols = 7
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def d(y, m, day):
        return datetime(y, m, day)

    groups = [
        ("band", "The Ealing Youth Justice Service Management Board should:"),
        ("rec", "1. make sure that the board has a clear understanding of the disproportionality experienced by "
                "Black and mixed heritage children, and holds partners to account for reducing it", [
            ("1.1", "Produce a quarterly disproportionality dataset covering arrests, out-of-court disposals, remands "
                    "and custody, broken down by ethnicity.",
             "YJS Performance and Information Officer", (d(2025, 6, 30), "mmm-yy"), "Green",
             "First dataset presented to the March board; police arrest data still to be added."),
            ("1.2", "Add a standing disproportionality item to every Management Board agenda, with each partner "
                    "reporting on one agreed action.",
             "Chair of the YJS Management Board", (d(2025, 4, 30), "mmm-yy"), "Complete",
             "Standing item added from the March 2025 board."),
        ]),
        ("rec", "2. ensure that health, education and police partners provide consistent attendance and information "
                "at multi-agency risk and safety meetings", [
            ("2.1", "Refresh the partnership attendance protocol and report attendance by agency to each board "
                    "meeting.",
             "Head of Youth Justice Service", "Q1 2025/26", "Amber",
             "Draft protocol circulated; education attendance remains inconsistent."),
            ("2.2", "Agree a named police officer and a named CAMHS clinician for every risk and safety meeting.\n"
                    "Escalate non-attendance to the relevant board member within five working days.",
             "Detective Inspector – Youth Justice / CAMHS Team Manager", (d(2025, 7, 31), "mmm-yy"), "Green",
             "Named police officer in place; CAMHS nomination agreed in principle."),
        ]),
        ("band", "The Head of Ealing Youth Justice Service should:"),
        ("rec", "3. improve the quality of assessment and planning to keep other people safe, including contingency "
                "planning", [
            ("3.1", "Deliver risk of serious harm and contingency planning training to all case managers.",
             "YJS Operations Manager", (d(2025, 5, 31), "dd/mm/yyyy"), "Green",
             "Two of three sessions delivered."),
            ("3.2", "Introduce a management oversight template requiring countersignature of all assessments rated "
                    "high or very high risk of serious harm.",
             "YJS Operations Manager", (d(2025, 4, 30), "mmm-yy"), "Complete",
             "Template in use since 3 February 2025."),
            ("3.3", "Audit 12 cases each quarter against the HMIP standards and report findings to the Management "
                    "Board.",
             "YJS Quality Assurance Lead", "Quarterly", "Green",
             "Quarter 4 audit under way."),
        ]),
        ("rec", "4. ensure that victims are routinely offered the opportunity to take part in restorative justice and "
                "that their views inform planning", [
            ("4.1", "Review the victim contact process with the restorative justice worker and introduce a "
                    "10-working-day contact standard.",
             "Restorative Justice Coordinator", "Sept 2025", "Not started",
             "To start when the new coordinator takes up post in June 2025."),
        ]),
    ]
    r = 6
    for g in groups:
        if g[0] == "band":
            band(ws, r, g[1], ncols, colour="FCE4D6")
            r += 1
            continue
        _, rec, acts = g
        first = r
        ws.cell(row=r, column=1, value=rec)
        for ref, act, owner, when, rag, upd in acts:
            if isinstance(when, tuple):
                when, fmt = when
            else:
                fmt = None
            vals = [None, ref, act, owner, when, rag, upd]
            for c, v in enumerate(vals, start=1):
                if c == 1:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if fmt and c == 5:
                    cell.number_format = fmt
            boxed(ws, r, ncols)
            if rag in ragfill:
                ws.cell(row=r, column=6).fill = fill(ragfill[rag])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Complete = action delivered | Green = on track | Amber = some risk to "
                                   "delivery | Red = off track | Not started = not yet due to start")
    ws.cell(row=r + 1, column=1, value="Prepared by YJS Business Support. Next review: YJS Management Board, "
                                       "12 June 2025.")
    for col, w in zip("ABCDEFG", [45, 6, 55, 32, 12, 11, 45]):
        ws.column_dimensions[col].width = w

    rt = wb.create_sheet("Inspection ratings")
    rt["A1"] = "HMIP inspection ratings – Ealing YJS"
    rt["A1"].font = Font(bold=True)
    header_row(rt, 2, ["Domain", "Standard", "Rating"])
    for i, row in enumerate([
        ("1. Organisational delivery", "1.1 Governance and leadership", "Requires improvement"),
        ("1. Organisational delivery", "1.2 Staff", "Good"),
        ("1. Organisational delivery", "1.3 Partnerships and services", "Requires improvement"),
        ("2. Children on court disposals", "2.1 Assessment", "Requires improvement"),
        ("2. Children on court disposals", "2.2 Planning", "Requires improvement"),
        ("3. Out-of-court disposals", "3.1 Assessment", "Good"),
        ("Overall", "", "Requires improvement"),
    ], start=3):
        for c, v in enumerate(row, start=1):
            rt.cell(row=i, column=c, value=v)
    rt.column_dimensions["A"].width = 32
    rt.column_dimensions["B"].width = 32
    rt.column_dimensions["C"].width = 22
    wb.save(out("ii1-ealing-youth-justice-service-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ================================================================ 4. Staffordshire SCP JTAI (docx)
def staffordshire():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Staffordshire Safeguarding Children Partnership – JTAI Action Plan", style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to child sexual abuse in the "
                      "family environment. Inspection fieldwork: 9–13 September 2024. Letter published: "
                      "5 November 2024.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [("0.3", "02/12/2024", "SSCP Business Manager", "Draft for the Executive Safeguarding Partners"),
                ("1.0", "16/12/2024", "SSCP Business Manager", "Approved and submitted to Ofsted"),
                ("1.2", "20/03/2025", "SSCP Business Manager", "Quarter 4 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("RAG status key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [("0070C0", "Complete"), ("00B050", "Green – on track"),
                     ("FFC000", "Amber – delayed, with mitigation"), ("FF0000", "Red – off track"),
                     ("FFFFFF", "Not started – not yet due")]:
        cells = k.add_row().cells
        shade(cells[0], col)
        set_cell(cells[1], txt)

    ragfill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    heads = ["Ref", "Action", "Lead agency / officer", "By when", "RAG", "Progress at March 2025"]
    areas = [
        ("The understanding by practitioners in all agencies of the indicators of child sexual abuse in the family "
         "environment, and their confidence to talk to children about abuse.", [
            ("1.1", "Develop and launch a partnership practice guide on child sexual abuse in the family environment, "
                    "using the signs and indicators template from the Centre of expertise on child sexual abuse.",
             "SSCP Business Manager", "January 2025", "Complete", "Guide launched at the SSCP conference on "
                                                                  "22 January 2025."),
            ("1.2", "Deliver multi-agency training on talking to children about sexual abuse to 300 practitioners, "
                    "prioritising designated safeguarding leads in schools and health visitors.",
             "SSCP Learning and Development Manager", "July 2025", "Green", "172 practitioners trained."),
            ("1.3", "Add questions on child sexual abuse in the family environment to the single-agency and "
                    "multi-agency audit tools.",
             "Chair of the SSCP Quality Assurance Subgroup", "May 2025", "Amber",
             "Audit tool revision delayed; to be agreed at the April subgroup."),
        ]),
        ("The consistency of strategy discussions, and the involvement of health professionals in decisions about "
         "section 47 enquiries, when children may have been sexually abused.", [
            ("2.1", "Revise the multi-agency strategy discussion procedure so that a health representative is invited "
                    "to every strategy discussion where sexual abuse is suspected.",
             "Head of Service – First Response", "February 2025", "Complete",
             "Revised procedure published on 3 February 2025."),
            ("2.2", "Establish a weekly dip sample of strategy discussions by the MASH leadership team, with findings "
                    "reported to the SSCP Executive.",
             "MASH Strategic Manager / Detective Inspector – MASH", "Ongoing", "Green",
             "Dip sampling in place since January; first report to the Executive in April."),
            ("2.3", "Secure access to a paediatric sexual assault referral centre for children within 48 hours of "
                    "referral, including out of hours.",
             "Designated Doctor for Safeguarding Children", "September 2025", "Red",
             "Out-of-hours medical cover remains under review with NHS England commissioners."),
        ]),
        ("The support available to children and to non-abusing parents and carers after a disclosure of sexual "
         "abuse, including therapeutic support.", [
            ("3.1", "Map therapeutic support services for children after disclosure and publish the offer on the SSCP "
                    "website.",
             "SSCP Business Manager", "April 2025", "Green", "Mapping complete; web page in draft."),
            ("3.2", "Commission a specialist support service for non-abusing parents and carers, jointly funded by the "
                    "three safeguarding partners.",
             "Assistant Director – Children's Commissioning", "Q3 2025/26", "Not started",
             "Funding proposal to the Executive Safeguarding Partners in June 2025."),
        ]),
    ]
    for n, (text, acts) in enumerate(areas, start=1):
        doc.add_paragraph(f"Area for improvement {n}", style="Heading 2")
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, act, lead, when, rag, prog in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, rag, prog]):
                set_cell(c, v)
            if rag in ragfill:
                shade(cells[4], ragfill[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Safeguarding partner", "Signed on behalf of", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Staffordshire County Council", "Director for Children and Families", "16/12/2024"),
                ("Staffordshire Police", "Assistant Chief Constable", "16/12/2024"),
                ("NHS Staffordshire and Stoke-on-Trent ICB", "Chief Nursing Officer", "16/12/2024")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out("ii1-staffordshire-safeguarding-children-partnership-jtai-action-plan.docx"))


# ================================================================ 5. Walsall children's home (docx)
def walsall():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Walsall Council – Children's Services – OFFICIAL"
    doc.add_paragraph("Rosewood House: Ofsted Inspection Action Plan", style="Title")
    doc.add_paragraph("Full inspection: 18 and 19 June 2024. Overall experiences and progress of children and young "
                      "people: requires improvement to be good. Unique reference number: SC486311.")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Registered manager", "Michelle Onyango"),
                 ("Responsible individual", "Group Manager – Residential and Short Breaks"),
                 ("Action plan submitted to Ofsted", "12 July 2024"),
                 ("Last reviewed", "4 November 2024")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) – action finished and evidenced; On track (green) – in progress "
                      "within timescale; Delayed (amber) – timescale at risk; Not started – not yet due.")

    heads = ["Requirement / recommendation", "Action", "Responsible", "Due date", "Status", "Evidence / update"]
    stfill = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000"}
    sections = [
        ("Requirements", [
            ("The registered person must ensure that staff assess whether each child is at risk of harm, taking into "
             "account information in the child's relevant plans, and, if necessary, make arrangements to reduce the "
             "risk of any harm to the child. (Regulation 12 (1)(2)(a)(i))", [
                ("Review and update the risk assessment for every child living at the home, using information from "
                 "each child's care plan and placement plan.",
                 "Registered Manager", "31/07/2024", "Complete",
                 "All four risk assessments updated and signed off on 24 July 2024."),
                ("Introduce a monthly audit of risk assessments by the responsible individual, with findings "
                 "discussed at team meetings.",
                 "Responsible Individual", "30/09/2024", "Complete",
                 "Audits completed in August, September and October."),
            ]),
            ("The registered person must ensure that, within 24 hours of the use of a measure of control, discipline "
             "or restraint, a record is made which includes the child's views and is signed by the registered person. "
             "(Regulation 35 (3)(a)(vii) and (b))", [
                ("Retrain all residential staff in recording physical interventions, including how to record the "
                 "child's views.",
                 "Deputy Manager", "31/08/2024", "Complete", "Training delivered to 14 of 14 staff."),
                ("Registered manager to review and sign every physical intervention record within 24 hours.\n"
                 "Weekly check of the restraint log by the responsible individual.",
                 "Registered Manager / Responsible Individual", "Immediate and ongoing", "On track",
                 "All records since July signed within 24 hours."),
            ]),
        ]),
        ("Recommendations", [
            ("The registered person should ensure that children's bedrooms and communal areas are well maintained and "
             "personalised, so that the home provides a homely environment. ('Guide to the Children's Homes "
             "Regulations, including the quality standards', page 15, paragraph 3.9)", [
                ("Complete a redecoration programme for the lounge, kitchen and two bedrooms, with children choosing "
                 "colours and furnishings.",
                 "Registered Manager / Property Services Manager", "By 31 December 2024", "Delayed",
                 "Kitchen completed; bedrooms delayed by contractor availability."),
                ("Ask each child at their key-work session how they would like their bedroom personalised and record "
                 "the plan.",
                 "Key Workers", "September 2024", "Complete", "Plans recorded for all children."),
            ]),
            ("The registered person should ensure that staff receive supervision at the frequency set out in the "
             "home's supervision policy and that it is recorded. ('Guide to the Children's Homes Regulations, "
             "including the quality standards', page 61, paragraph 13.2)", [
                ("Set a supervision schedule for all staff for the next 12 months and check compliance through the "
                 "manager's monthly audit.",
                 "Registered Manager", "January 2025", "On track", "Schedule in place; 92% compliance in October."),
            ]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for sec, items in sections:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, sec, bold=True)
        shade(merged, "FCE4D6")
        for req, acts in items:
            first = None
            for act, who, due, status, upd in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells[0]
                    set_cell(first, req)
                else:
                    first = first.merge(cells[0])
                for c, v in zip(cells[1:], [act, who, due, status, upd]):
                    set_cell(c, v)
                if status in stfill:
                    shade(cells[4], stfill[status])
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Group Manager – Residential and Short Breaks (Responsible Individual)    "
                      "Date: 4 November 2024")
    doc.save(out("ii1-walsall-council-childrens-home-ofsted-action-plan.docx"))


# ================================================================ 6. Lambeth CPB (csv)
def lambeth():
    import csv
    rows = [
        ["Lambeth Corporate Parenting Board – Action Plan 2024–2026", "", "", "", "", "", ""],
        ["Progress as at 3 March 2025 (for Corporate Parenting Board, 13 March 2025)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Pledge", "Ref", "Action", "Lead officer", "Target date", "RAG", "Progress update"],
        ["Pledge 1: We will listen to you and make sure your voice changes what we do", "1.1",
         "Hold a 'Takeover' Corporate Parenting Board each year, planned and chaired by members of the Children in "
         "Care Council.", "Participation and Engagement Manager", "Oct-24", "Complete",
         "Takeover Board held on 17 October 2024; 14 young people took part."],
        ["", "1.2", "Publish a 'You said, we did' update after every Board meeting on the young people's website and "
                    "Instagram.", "Participation and Engagement Manager", "Ongoing", "Green",
         "Updates published after the November and January meetings."],
        ["Pledge 2: We will help you to be healthy and happy", "2.1",
         "Ensure 95% of children in care have an up-to-date review health assessment, and that care leavers receive "
         "their health passport before they turn 18.",
         "Designated Nurse for Children Looked After; Head of Service – Children Looked After", "Mar-25", "Amber",
         "RHA timeliness at 88% in February. Health passport template revised with young people."],
        ["", "2.2", "Extend free leisure centre membership to care leavers up to the age of 25, including a guest pass "
                    "for a friend.", "Head of Leisure and Sport", "Apr-25", "Green",
         "Cabinet decision scheduled for March 2025."],
        ["Pledge 3: We will help you to do well in education, training and work", "3.1",
         "Every child in care to have a Personal Education Plan reviewed each term, with the Virtual School quality "
         "assuring every PEP.", "Virtual School Headteacher", "Termly", "Green",
         "Autumn term: 97% of PEPs completed in timescale; 81% rated good or better."],
        ["", "3.2", "Create 12 ring-fenced apprenticeships for care leavers across the council and its main "
                    "contractors.\nReport the number of care leavers in apprenticeships to each Board.",
         "Head of HR and Organisational Development / Leaving Care Service Manager", "Sept 2025", "Amber",
         "Five apprenticeships created so far; contractors' offer still being negotiated."],
        ["Pledge 4: We will help you to have a safe, stable home", "4.1",
         "Increase the number of Lambeth foster carers by 20 households, working with the pan-London fostering "
         "recruitment hub.", "Head of Fostering and Adoption", "Mar-26", "Red",
         "Net increase of 2 households; recruitment campaign relaunched in February 2025."],
        ["", "4.2", "Extend the council tax exemption to care leavers aged 18 to 25 who live outside the borough.",
         "Director of Finance and Property; Leaving Care Service Manager", "Q2 2025/26", "Not started", ""],
        ["", "4.3", "Ensure every care leaver has a suitable accommodation plan agreed six months before their 18th "
                    "birthday.", "Leaving Care Service Manager", "Dec-24", "Complete",
         "Pathway plan audit in January: 100% of 17-year-olds had an agreed accommodation plan."],
        ["", "", "", "", "", "", ""],
        ["Key: Complete = action delivered; Green = on track; Amber = some slippage; Red = off track; "
         "Not started = not yet due", "", "", "", "", "", ""],
        ["Plan owner: Director of Children's Social Care", "", "", "", "", "", ""],
    ]
    with open(out("ii1-lambeth-corporate-parenting-board-action-plan.csv"), "w", newline="",
              encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================ 7. Hounslow early help (txt, refuse)
def hounslow():
    lines = [
        "Hounslow Early Help Partnership – Early Help Strategy 2024–2027 Action Plan",
        "Year 1 progress report to the Early Help Partnership Board, 28 January 2025",
        "",
        "\t".join(["Ref", "What we will do", "Lead", "Partners", "By when", "RAG", "Comments"]),
        "Priority 1: Families can find help early and easily",
        "\t".join(["1.1", "Open the Hounslow Family Hubs network, with a hub in each of the five localities.",
                   "Head of Early Help and Family Hubs", "Health visiting; Children's centres", "Sep-24", "Blue",
                   "All five hubs open; launch event held 25 September."]),
        "\t".join(["1.2", "Publish a single online directory of early help services through the Family Information "
                          "Service.", "Family Information Service Manager", "Voluntary sector forum", "Dec-24",
                   "Green", "Directory live; 312 services listed."]),
        "\t".join(["1.3", "Agree a shared request for support form for all partners to use.",
                   "Early Help Partnership Manager", "Schools; Police; Health", "Mar-25", "Amber",
                   "Form piloted with 12 schools; police feedback awaited."]),
        "Priority 2: Practitioners across the partnership work with families in the same way",
        "\t".join(["2.1", "Train 250 practitioners in the family-led, strengths-based practice model.",
                   "Early Help Workforce Development Lead", "All partners", "Jul-25", "Green",
                   "118 practitioners trained to date."]),
        "\t".join(["2.2", "Give partner agencies access to the early help module of the case management system so "
                          "they can record early help assessments.", "Early Help Systems Lead",
                   "Schools; Health", "Decmber 2024", "Amber", "Data sharing agreement with schools signed."]),
        "\t".join(["2.3", "Set up a multi-agency early help audit every quarter.", "Head of Quality Assurance",
                   "All partners", "Apr-25", "Green", "Audit tool agreed."]),
        "Priority 3: Fewer families need statutory services because their needs are met earlier",
        "\t".join(["3.1", "Introduce a step-down panel so that families leaving social care are offered early help "
                          "within 10 working days.", "Service Manager – Early Help", "Children's social care",
                   "Jan-25", "Green", "Panel meeting weekly since November."]),
        "\t".join(["3.2", "Report the number of families supported by early help and re-referrals to social care to "
                          "each Board meeting.", "Early Help Performance Analyst", "", "Quarterly", "Green",
                   "First report presented today."]),
        "",
        "RAG: Blue = complete, Green = on track, Amber = at risk, Red = off track",
    ]
    with open(out("ii1-hounslow-early-help-partnership-action-plan-typo-month-refuse.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    coventry()
    southwark()
    ealing()
    staffordshire()
    walsall()
    lambeth()
    hounslow()
    print("built 7 files in", HERE)
