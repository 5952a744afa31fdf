"""Generate the bp2- blind cases (partnership, NHS and corporate plans)."""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE = PatternFill("solid", fgColor="5B9BD5")
GREEN = PatternFill("solid", fgColor="92D050")
AMBER = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
HEAD = PatternFill("solid", fgColor="1F3864")
SECT = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------- 1 NMUH board action log
def nmuh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "North Middlesex University Hospital NHS Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Trust Board (Part 1 – Public) Action Log"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated following the meeting held on 10 October 2024"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    hdr = ["Action No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date",
           "Status", "Update / comment"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = WRAP
    fills = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Overdue": RED}
    rows = [
        ("TB/24/18", D(2024, 7, 4), "TB 24/071",
         "Present a breakdown of agency spend by staff group and division to the Finance and "
         "Performance Committee, with a trajectory for reducing off-framework use.",
         "Chief Finance Officer", D(2024, 9, 30), "dd/mm/yyyy", "Complete",
         "Presented to FPC on 19 September 2024. Off-framework use reduced to two shifts in "
         "August. Proposed for closure."),
        ("TB/24/19", D(2024, 7, 4), "TB 24/074",
         "Include the 52-week wait position by specialty in the Integrated Performance Report.",
         "Chief Operating Officer", D(2024, 10, 1), "mmm-yy", "Complete",
         "Included from the October IPR (page 14)."),
        ("TB/24/22", D(2024, 7, 4), "TB 24/078",
         "Bring the results of the national maternity survey and the Trust's response to a "
         "future Board meeting.",
         "Chief Nurse / Director of Midwifery", "Nov 2024", None, "On track",
         "Survey results are due for publication in November; item is on the Board forward plan."),
        None,
        ("TB/24/27", D(2024, 9, 12), "TB 24/096",
         "Review the Freedom to Speak Up reporting routes for bank and agency staff and report "
         "back on uptake.",
         "Director of People", D(2024, 12, 31), "dd/mm/yyyy", "On track",
         "FTSU Guardian now attending bank staff induction. Uptake data to be reported to the "
         "January Board."),
        ("TB/24/28", D(2024, 9, 12), "TB 24/099",
         "Circulate the revised estates backlog maintenance prioritisation to Board members "
         "outside the meeting.",
         "Director of Estates and Facilities", D(2024, 10, 31), "dd/mm/yyyy", "Behind schedule",
         "Prioritisation awaiting sign-off at Capital Group on 5 November and will be "
         "circulated after that meeting."),
        ("TB/24/29", D(2024, 9, 12), "TB 24/101",
         "Arrange a Board development session on health inequalities using the Core20PLUS5 "
         "data for Enfield and Haringey.",
         "Trust Secretary", "Q3 2024/25", None, "On track",
         "Session provisionally booked for 12 December 2024."),
        ("TB/24/31", D(2024, 9, 12), "TB 24/104",
         "Provide an update on the Emergency Department corridor care standard operating "
         "procedure and the associated harm reviews.",
         "Medical Director / Chief Nurse", D(2024, 10, 10), "dd/mm/yyyy", "Overdue",
         "Deferred from the October Board because of the CQC visit; now scheduled for November."),
        None,
        ("TB/24/33", D(2024, 10, 10), "TB 24/118",
         "Confirm the date by which the Electronic Patient Record go-live readiness criteria "
         "will be agreed with North Central London partners.",
         "Chief Digital Information Officer", D(2025, 1, 1), "mmm-yy", "On track", ""),
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1
            continue
        ref, md, minute, action, lead, due, fmt, status, upd = row
        vals = [ref, md, minute, action, lead, due, status, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=2).number_format = "dd/mm/yyyy"
        if fmt:
            ws.cell(row=r, column=6).number_format = fmt
        ws.cell(row=r, column=7).fill = fills[status]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [("Complete", "Action complete – to be removed from the log after the next meeting", BLUE),
           ("On track", "Action not yet due and progressing", GREEN),
           ("Behind schedule", "Action past or close to due date, progress being made", AMBER),
           ("Overdue", "Action past due date with no update", RED)]
    for k, (w, txt, f) in enumerate(key, 1):
        ws.cell(row=r + k, column=1, value=w).fill = f
        ws.cell(row=r + k, column=2, value=txt)
    for col, w in zip("ABCDEFGH", [11, 12, 11, 55, 26, 11, 16, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(p("bp2-north-middlesex-uh-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2 Berkshire Healthcare CQC
def bhft():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Berkshire Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "CQC Inspection Action Plan – Mental Health Inpatient Services (Prospect Park Hospital)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection report published 14 March 2024. Progress reported monthly to the "
                "Quality Executive and bi-monthly to the Quality Assurance Committee. "
                "Position as at 30 September 2024.")
    ws["A3"].alignment = WRAP
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[3].height = 30
    hdr = ["Ref", "CQC finding", "Regulation", "Action", "Lead", "Target date",
           "Revised target date", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = WRAP
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    S1 = ("MUST DO – Acute wards for adults of working age and psychiatric intensive care "
          "units")
    S2 = "SHOULD DO – Acute wards for adults of working age and psychiatric intensive care units"
    blocks = [
        ("S", S1),
        ("F", "The trust must ensure that ligature risk assessments are reviewed and updated "
              "following any change to the ward environment.", "Reg 12", [
            ("MD1.1", "Review all ligature risk assessments on Bluebell, Daisy and Rose wards "
                      "following completion of the bathroom refurbishment.",
             "Head of Inpatient Services", D(2024, 4, 30), None, "Complete",
             "All three assessments reviewed and signed off by the Health and Safety team on "
             "22 April 2024."),
            ("MD1.2", "Add a step to the estates works sign-off process so that any change to "
                      "the ward environment triggers a ligature risk assessment review within "
                      "7 days.",
             "Head of Estates", D(2024, 5, 31), D(2024, 7, 31), "Green",
             "Revised sign-off form drafted; due at Estates Governance Group in July. Date "
             "revised to allow consultation with ward managers."),
        ]),
        ("F", "The trust must ensure that staff complete and record physical health "
              "observations following rapid tranquillisation in line with trust policy.",
         "Reg 12", [
            ("MD2.1", "Deliver refresher training on post-rapid tranquillisation monitoring to "
                      "all registered nurses on the acute wards and PICU.",
             "Lead Nurse, Mental Health Inpatients", D(2024, 6, 30), None, "Amber",
             "78% of registered nurses trained by the end of June; remaining sessions booked "
             "for October."),
            ("MD2.2", "Introduce a monthly audit of post-rapid tranquillisation physical health "
                      "monitoring, with results reported to the Inpatient Quality Meeting.",
             "Matron, Acute Wards", D(2024, 6, 1), None, "Complete",
             "Audit in place since May. August compliance 94%."),
        ]),
        ("F", "The trust must ensure there are sufficient numbers of suitably qualified and "
              "experienced staff on night shifts in the PICU.", "Reg 18", [
            ("MD3.1", "Recruit to the 4.0 WTE band 5 nurse vacancies in the PICU and review "
                      "the night shift skill mix.",
             "Head of Inpatient Services", D(2024, 9, 30), None, "Red",
             "Two posts recruited; two remain vacant after the August recruitment event. Skill "
             "mix review paper going to the Workforce Group in October."),
        ]),
        ("S", S2),
        ("F", "The trust should ensure that patients are routinely offered a copy of their "
              "care plan.", "Reg 9", [
            ("SD1.1", "Add 'copy of care plan offered' to the RiO care plan review form and "
                      "monitor completion through the monthly ward dashboard.",
             "Clinical Lead, Mental Health Inpatients", D(2024, 8, 31), None, "Green",
             "RiO change request approved; form goes live on 1 October."),
        ]),
        ("F", "The trust should ensure that carers are given information about how to access "
              "a carer's assessment.", "Reg 9", [
            ("SD2.1", "Refresh the carers' information pack and make it available on every "
                      "ward and on the trust website.",
             "Patient Experience Lead", "Q2 2024/25", None, "Complete",
             "Pack refreshed with the carers' forum and published in August."),
            ("SD2.2", "Nominate a carers champion on each ward.",
             "Ward Managers", D(2024, 7, 31), None, "Complete",
             "Champions in place on all six wards."),
        ]),
    ]
    r = 6
    for b in blocks:
        if b[0] == "S":
            ws.cell(row=r, column=1, value=b[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = SECT
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, finding, reg, acts = b
        top = r
        for ref, action, lead, tgt, rev, rag, upd in acts:
            vals = [ref, finding if r == top else None, reg if r == top else None, action,
                    lead, tgt, rev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
            if ref == "MD2.2":
                ws.cell(row=r, column=6).number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = rag_fill[rag]
            r += 1
        if r - top > 1:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "Action completed and evidence assured by the Quality Team", BLUE),
           ("Green", "On track to deliver by the target date", GREEN),
           ("Amber", "Some slippage – recoverable within the quarter", AMBER),
           ("Red", "Off track – escalated to the Quality Assurance Committee", RED)]
    for k, (w, txt, f) in enumerate(key, 1):
        ws.cell(row=r + k, column=1, value=w).fill = f
        ws.cell(row=r + k, column=2, value=txt)
    for col, w in zip("ABCDEFGHI", [8, 40, 10, 50, 26, 12, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("bp2-berkshire-healthcare-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Chichester risk register (refuse)
def chichester():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 2024-25"
    ws["A1"] = "Chichester District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Strategic Risk Register – Quarter 2 2024/25"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to Corporate Governance and Audit Committee, 28 November 2024"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    hdr = ["Risk ref", "Risk description", "Risk owner", "Current score (L x I)",
           "Existing controls", "Further actions required", "Action owner", "Target date",
           "Progress update", "Action RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = WRAP
    fills = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    risks = [
        ("CRR01", "Financial resilience – inability to set a balanced budget over the medium "
                  "term due to inflation, reduced government funding and uncertainty over "
                  "business rates reset.", "Director of Corporate Services", "4 x 4 = 16",
         "Medium Term Financial Strategy; Financial Resilience Programme; monthly budget "
         "monitoring to Cabinet.", [
             ("Identify £1.2m of further savings and income proposals for the 2025/26 budget "
              "round.", "Divisional Manager Financial Services", D(2024, 12, 31),
              "Proposals being developed with divisional managers; draft package to Cabinet "
              "in December.", "A"),
             ("Update the MTFS for the local government finance settlement.",
              "Divisional Manager Financial Services", "Feb-25",
              "Awaiting provisional settlement.", "G"),
         ]),
        ("CRR02", "Cyber security – a successful cyber attack leads to loss of systems and "
                  "data and an inability to deliver services.", "Director of Corporate "
                  "Services", "3 x 5 = 15",
         "PSN compliance; firewalls and endpoint protection; annual penetration test; staff "
         "e-learning.", [
             ("Complete the migration of remaining on-premise servers to the cloud hosting "
              "platform.", "ICT Manager", D(2025, 3, 31),
              "12 of 18 servers migrated.", "G"),
             ("Run a cyber incident exercise with the Corporate Management Team.",
              "ICT Manager", "Noveber 2024",
              "Exercise date being agreed with the LGA cyber team.", "A"),
         ]),
        ("CRR05", "Local Plan – delay in adopting the Local Plan leaves the district "
                  "vulnerable to speculative development.", "Director of Planning and "
                  "Environment", "4 x 3 = 12",
         "Local Development Scheme; Planning Policy team resourcing; regular liaison with "
         "the Planning Inspectorate.", [
             ("Respond to the Inspector's post-hearing letter and consult on main "
              "modifications.", "Divisional Manager Planning Policy", "Jan-25",
              "Main modifications schedule in preparation.", "G"),
         ]),
        ("CRR08", "Temporary accommodation – rising demand and cost of temporary "
                  "accommodation places pressure on the General Fund.", "Director of "
                  "Housing and Communities", "4 x 4 = 16",
         "Homelessness prevention service; Housing Delivery Strategy; purchase of TA units.", [
             ("Complete the purchase of a further six temporary accommodation units.",
              "Divisional Manager Housing", D(2024, 9, 30),
              "Six units purchased; final completion 27 September.", "B"),
             ("Review the TA placement policy to reduce use of nightly paid accommodation.",
              "Housing Options Manager", D(2025, 1, 31),
              "Draft policy to Cabinet in January.", "G"),
         ]),
    ]
    r = 6
    for ref, desc, owner, score, controls, acts in risks:
        top = r
        for action, aowner, tgt, upd, rag in acts:
            vals = [ref if r == top else None, desc if r == top else None,
                    owner if r == top else None, score if r == top else None,
                    controls if r == top else None, action, aowner, tgt, upd, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = fills[rag]
            r += 1
        if r - top > 1:
            for c in range(1, 6):
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: B = complete; G = on track; A = some slippage; "
                                   "R = off track / not started")
    for col, w in zip("ABCDEFGHIJ", [8, 40, 22, 10, 40, 45, 26, 12, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(p("bp2-chichester-dc-strategic-risk-register-q2-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 Newham SAB SAR docx
def newham():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Newham Safeguarding Adults Board").runs[0].bold = True
    doc.add_heading("Safeguarding Adults Review: Ms E – Multi-agency Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out how partner agencies will respond to the recommendations of "
        "the Safeguarding Adults Review into the death of Ms E, published by the Board in "
        "June 2024. Progress is monitored by the SAR and Learning Subgroup, which reports to "
        "each Board meeting.")
    ctl = doc.add_table(rows=4, cols=2)
    ctl.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.4"), ("Date", "14 October 2024"),
                                ("Author", "SAB Business Manager"),
                                ("Approved by", "SAR and Learning Subgroup")]):
        ctl.cell(i, 0).text = a
        ctl.cell(i, 1).text = b
    doc.add_paragraph()
    hdr = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update",
           "RAG"]
    recs = [
        ("1. The Board should seek assurance that agencies apply the multi-agency self-neglect "
         "and hoarding protocol, including the use of multi-agency risk management meetings "
         "where a person declines support.", [
            ("1.1", "Relaunch the self-neglect and hoarding protocol with a series of "
                    "practitioner briefings across partner agencies.",
             "SAB Business Manager", "31/12/2024",
             "Four briefings delivered to 160 practitioners; two further sessions in November.",
             "G"),
            ("1.2", "Audit a sample of self-neglect cases to test whether risk management "
                    "meetings were convened where indicated.",
             "Head of Adult Safeguarding (LBN)", "Q4 2024/25",
             "Audit tool agreed at the Quality Assurance Subgroup.", "G"),
        ]),
        ("2. Health partners should ensure that missed appointments by adults with care and "
         "support needs are followed up and treated as a possible indicator of risk.", [
            ("2.1", "Review the Was Not Brought / Did Not Attend policy so that it covers adults "
                    "with care and support needs.",
             "ELFT Named Nurse Safeguarding Adults", "30/09/2024",
             "Revised policy approved at the ELFT Safeguarding Committee on 17 September.",
             "Complete"),
            ("2.2", "Share the learning from the review with GP practices through the ICB "
                    "safeguarding leads' forum.",
             "NEL ICB Designated Nurse Safeguarding Adults", "November 2024",
             "On the agenda for the November forum.", "G"),
        ]),
        ("3. The Board should be assured that practitioners understand when and how to "
         "carry out and record a mental capacity assessment for specific decisions.", [
            ("3.1", "Deliver Mental Capacity Act training focusing on executive functioning "
                    "and repeated decisions.",
             "Principal Social Worker / NEL ICB Designated Nurse Safeguarding Adults",
             "March 2025",
             "Training commissioned; first cohort delayed to January because of trainer "
             "availability.", "A"),
            ("3.2", "Include mental capacity recording in the adult social care monthly case "
                    "file audit.",
             "Head of Quality and Practice Improvement (LBN)", "Ongoing",
             "Added to the audit tool from August 2024; findings reported quarterly.", "G"),
        ]),
        ("4. Housing and adult social care should agree a joint pathway for tenants whose "
         "self-neglect puts their tenancy at risk.", [
            ("4.1", "Agree and publish a joint housing and adult social care escalation pathway "
                    "for tenancies at risk because of self-neglect.",
             "Director of Housing Operations (LBN)", "31/01/2025",
             "Workshop held; the draft pathway has not yet been agreed by both services.",
             "R"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9D9D9")
    colours = {"G": "92D050", "A": "FFC000", "R": "FF0000", "Complete": "5B9BD5"}
    for rec, acts in recs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[len(hdr) - 1])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "DEEAF6")
        for a in acts:
            row = t.add_row()
            for i, v in enumerate(a):
                row.cells[i].text = v
            shade(row.cells[5], colours[a[5]])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: R – off track or not started; A – in progress with some delay; "
                      "G – on track; Complete – action completed and evidence provided to the "
                      "SAR and Learning Subgroup.")
    doc.save(p("bp2-newham-sab-sar-ms-e-action-plan.docx"))


# ---------------------------------------------------------------- 5 Barnsley maternity highlight docx
def barnsley():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Barnsley Hospital NHS Foundation Trust").runs[0].bold = True
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([("Reporting period", "September 2024"),
                                ("Report to", "Quality and Governance Committee"),
                                ("Prepared by", "Director of Midwifery"),
                                ("Overall programme status", "Amber")]):
        info.cell(i, 0).text = a
        info.cell(i, 1).text = b
    shade(info.cell(3, 1), "FFC000")
    doc.add_heading("Summary", level=2)
    doc.add_paragraph(
        "The programme remains Amber overall. Good progress has been made on the Maternity and "
        "Neonatal Voices Partnership work plan and on the continuity of carer rebuild, but "
        "neonatal nursing workforce and the delay to the maternity triage system mean two "
        "actions are now off track. This report sets out progress against the actions in the "
        "local response to the Three-Year Delivery Plan.")
    doc.add_heading("Key achievements this period", level=2)
    for b in ["Birthrate Plus midwifery staffing review received and accepted by the Executive "
              "team.",
              "Saving Babies' Lives Care Bundle v3 compliance at 87% (target 80%)."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Progress against actions", level=2)
    themes = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("1.1", "Agree a joint work plan with the Maternity and Neonatal Voices Partnership, "
                    "including a 15 Steps visit to the birth centre.",
             "Head of Midwifery", "Jul 2024", "Complete",
             "Work plan signed off; 15 Steps visit completed on 18 July."),
            ("1.2", "Publish translated information on induction of labour in the five most "
                    "requested community languages.",
             "Consultant Midwife", "Dec 2024", "On track",
             "Translations commissioned; Urdu and Polish versions received."),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Recruit to the midwifery establishment recommended by the Birthrate Plus "
                    "review.",
             "Director of Midwifery", "31/03/2025", "On track",
             "Business case approved; 6.4 WTE newly qualified midwives start in October."),
            ("2.2", "Achieve BAPM neonatal nursing standards for qualified in speciality staff.",
             "Neonatal Unit Manager", "Q4 2024/25", "Off track",
             "QIS rate 61% against 70% standard; two nurses withdrew from the course. "
             "Recovery plan to October committee."),
            ("2.3", "Embed the preceptorship programme for newly qualified midwives.",
             "Practice Development Midwife", "Ongoing", "On track",
             "Programme refreshed in line with national framework; retention at 12 months 92%."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("3.1", "Roll out the Perinatal Culture and Leadership Programme action plan to all "
                    "staff groups.",
             "Director of Midwifery / Clinical Director, Obstetrics", "Nov 2024", "At risk",
             "Quad listening events delayed because of staffing; two of four held."),
        ]),
        ("Theme 4: Meeting and improving standards and structures", [
            ("4.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) "
                    "in maternity triage.",
             "Maternity Matron", "30/06/2024", "Off track",
             "Digital build delayed by the EPR supplier; paper version in use. New date being "
             "agreed with Digital."),
            ("4.2", "Complete the Maternity Incentive Scheme Year 6 evidence and Board "
                    "declaration.",
             "Maternity Governance Lead", "Feb 2025", "On track",
             "Evidence tracker 70% complete; on track for Board sign-off in February."),
        ]),
    ]
    colours = {"Complete": "5B9BD5", "On track": "92D050", "At risk": "FFC000",
               "Off track": "FF0000"}
    for theme, acts in themes:
        doc.add_heading(theme, level=3)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Owner", "Due", "Status", "Update"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade(t.rows[0].cells[i], "D9D9D9")
        for a in acts:
            row = t.add_row()
            for i, v in enumerate(a):
                row.cells[i].text = v
            shade(row.cells[4], colours[a[4]])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue); On track (green); At risk – delivery date "
                      "may be missed (amber); Off track – date missed or will be missed "
                      "(red).")
    doc.add_heading("Support required from the Committee", level=2)
    doc.add_paragraph("The Committee is asked to note the report and the two off-track actions, "
                      "and to support escalation of the BSOTS digital build delay to the "
                      "Digital Programme Board.")
    doc.save(p("bp2-barnsley-hospital-nhsft-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 6 Safer Stevenage DHR csv
def stevenage():
    import csv
    rows = [
        ["Action ID", "Review", "Recommendation", "Action", "Agency", "Lead Officer",
         "Target Date", "Revised Target Date", "RAG Status", "Progress Update", "Last Updated"],
        ["DHR-J-01", "DHR Julie", "Hertfordshire Constabulary should ensure that officers "
         "attending domestic abuse incidents complete a DASH risk assessment with the victim "
         "away from the alleged perpetrator.",
         "Issue a practice reminder to response officers and include the learning in the next "
         "round of DA Matters refresher training.", "Hertfordshire Constabulary",
         "DCI Public Protection", "31/10/2024", "", "Complete",
         "Practice reminder issued 2 September 2024. Learning included in refresher training "
         "from October.", "04/11/2024"],
        ["DHR-J-02", "DHR Julie", "Stevenage Borough Council should review how housing "
         "officers identify and respond to disclosures of domestic abuse during tenancy "
         "visits.",
         "Deliver domestic abuse awareness training to all tenancy sustainment and "
         "neighbourhood officers.", "Stevenage Borough Council", "Housing Services Manager",
         "30/09/2024", "31/12/2024", "Amber",
         "Training delivered to 22 of 35 officers. Remaining sessions delayed by trainer "
         "availability; revised date agreed by the DHR Steering Group.", "04/11/2024"],
        ["DHR-J-03", "DHR Julie", "Stevenage Borough Council should review how housing "
         "officers identify and respond to disclosures of domestic abuse during tenancy "
         "visits.",
         "Add a routine enquiry question on domestic abuse to the annual tenancy visit "
         "form.", "Stevenage Borough Council", "Housing Services Manager",
         "31/12/2024", "", "Green", "Form updated in draft; awaiting system change.",
         "04/11/2024"],
        ["DHR-J-04", "DHR Julie", "GP practices should be reminded of the importance of "
         "recording and sharing information about domestic abuse disclosed during "
         "consultations.",
         "Circulate a 7-minute briefing on the learning from this review to all GP practices "
         "in East and North Hertfordshire.", "Hertfordshire and West Essex ICB",
         "Named GP for Safeguarding", "30/11/2024", "", "Green",
         "Briefing drafted and approved by the ICB safeguarding team.", "04/11/2024"],
        ["DHR-J-05", "DHR Julie", "GP practices should be reminded of the importance of "
         "recording and sharing information about domestic abuse disclosed during "
         "consultations.",
         "Audit the use of the domestic abuse read codes in a sample of Stevenage practices.",
         "Hertfordshire and West Essex ICB", "Named GP for Safeguarding", "31/03/2025", "",
         "Not started", "Audit to start in Q4.", "04/11/2024"],
        ["DHR-J-06", "DHR Julie", "The Community Safety Partnership should ensure that "
         "friends, family and employers know how to seek help for someone they are worried "
         "about.",
         "Run a workplace domestic abuse awareness campaign with local employers during the "
         "16 Days of Action.", "Safer Stevenage Partnership", "Community Safety Manager",
         "10/12/2024", "", "Green",
         "Campaign materials agreed; 14 employers signed up.", "04/11/2024"],
        ["DHR-J-07", "DHR Julie", "The Community Safety Partnership should ensure that "
         "friends, family and employers know how to seek help for someone they are worried "
         "about.",
         "Publish a 'Worried about someone?' page on the Safer Stevenage website with links to "
         "local and national services.", "Safer Stevenage Partnership",
         "Community Safety Manager; Communications Manager", "31/08/2024", "", "Complete",
         "Page live since 12 August 2024.", "04/11/2024"],
        ["DHR-J-08", "DHR Julie", "Hertfordshire County Council Adult Care Services should "
         "ensure that carers' assessments consider the risk of domestic abuse within the "
         "caring relationship.",
         "Amend the carers' assessment template to include a prompt on domestic abuse and "
         "coercive control.", "Hertfordshire County Council", "Head of Safeguarding (ACS)",
         "31/07/2024", "30/11/2024", "Red",
         "Template change is dependent on the new case management system; the revised date "
         "is at risk.", "04/11/2024"],
    ]
    with open(p("bp2-safer-stevenage-dhr-julie-action-tracker-export.csv"), "w", newline="",
              encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Oldham SCP LCSPR txt
def oldham():
    L = []
    L.append("Oldham Safeguarding Children Partnership")
    L.append("Local Child Safeguarding Practice Review – Child A")
    L.append("Partnership Action Plan (updated 21 October 2024)")
    L.append("")
    L.append("This plan responds to the recommendations of the LCSPR for Child A, published "
             "in May 2024. It is monitored by the Learning and Improvement Subgroup.")
    L.append("")
    L.append("\t".join(["Ref", "Recommendation", "Action", "Lead", "Timescale", "RAG",
                        "Progress update"]))
    data = [
        ("Learning theme 1: Recognising and responding to neglect in adolescence", [
            ("1.1", "Partners should ensure that practitioners recognise neglect in "
                    "adolescents and do not attribute it to the young person's own choices.",
             "Deliver adolescent neglect briefings to early help, social care, school and "
             "health practitioners.", "OSCP Business Manager", "Dec-24", "G",
             "Three briefings held with 210 attendees; final session in December."),
            ("1.2", "",
             "Update the graded care profile guidance to include a section on adolescents.",
             "Head of Early Help", "Mar-25", "A",
             "Draft written; consultation delayed while the GCP2 licence is renewed."),
        ]),
        ("Learning theme 2: Education and attendance", [
            ("2.1", "Schools and the local authority should treat persistent absence as a "
                    "possible safeguarding concern and share information promptly.",
             "Revise the children missing education and persistent absence protocol so that "
             "the DSL is consulted before any child is removed from roll.",
             "Head of Access and Inclusion", "Sept 2024", "B",
             "Revised protocol agreed by headteachers in September."),
            ("2.2", "",
             "Include attendance data in the multi-agency neglect audit.",
             "Quality Assurance Manager (OSCP)", "Q1 2025/26", "G",
             "Audit scheduled for April 2025."),
            ("2.3", "",
             "Remind DSLs of the route for escalating professional disagreements.",
             "Education Safeguarding Lead", "Termly", "G",
             "Included in each termly DSL network meeting."),
        ]),
        ("Learning theme 3: Health", [
            ("3.1", "Health partners should ensure that missed health appointments for older "
                    "children are followed up with the parent and the child.",
             "Extend the Was Not Brought policy to young people aged 13 to 17 and audit "
             "compliance.", "Designated Nurse Safeguarding Children (GM ICB – Oldham)",
             "31/01/2025", "R",
             "Policy extension not yet agreed by all providers; escalated to the Health "
             "Safeguarding Forum."),
            ("3.2", "",
             "Share the learning from the review with school nursing and CAMHS teams.",
             "Named Nurse, NCA / Named Nurse, Pennine Care", "Nov 2024", "G",
             "Learning sessions booked for November."),
        ]),
    ]
    for theme, acts in data:
        L.append(theme)
        for a in acts:
            L.append("\t".join(a))
        L.append("")
    L.append("RAG key: B = complete; G = on track; A = some delay; R = off track")
    with open(p("bp2-oldham-scp-lcspr-child-a-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    nmuh()
    bhft()
    chichester()
    newham()
    barnsley()
    stevenage()
    oldham()
