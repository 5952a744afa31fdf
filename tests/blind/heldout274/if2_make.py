"""Build the seven if2- data files of set heldout274.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Partnership, NHS and corporate plans:
  if2-bury-integrated-safeguarding-partnership-sar-adult-g-action-plan.xlsx
  if2-safer-brent-partnership-dhr-abena-action-plan.docx
  if2-wrightington-wigan-leigh-nhsft-board-of-directors-action-log.xlsx
  if2-east-cheshire-nhs-trust-maternity-neonatal-improvement-plan.csv
  if2-bromsgrove-dc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx
  if2-wyre-forest-dc-transformation-programme-highlight-report.docx
  if2-safer-solihull-partnership-delivery-plan-2025-26.txt
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "rec": "DDEBF7", "light": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def xl_header(ws, row, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


# ---------------------------------------------------------------------------
# 1. Bury Integrated Safeguarding Partnership - SAR Adult G (xlsx)
# ---------------------------------------------------------------------------
BURY_TITLE = "Safeguarding Adult Review 'Adult G' – Multi-agency Action Plan"
BURY_RECS = [
    ("Recommendation 1: Self-neglect and hoarding – BISP should seek assurance that the "
     "multi-agency Self-Neglect and Hoarding Procedure is understood and used by practitioners "
     "in all partner agencies.", [
        ("1.1", "Refresh the Self-Neglect and Hoarding Multi-Agency Procedure to include clear "
                "escalation routes and the clutter image rating tool, and relaunch it through a "
                "7-minute briefing.",
         "BISP Business Manager", d(2025, 3, 31), None,
         "Procedure ratified by Adults Executive Group 19/02/2025. 7-minute briefing published "
         "March 2025.", "B"),
        ("1.2", "Complete a multi-agency audit of 20 self-neglect cases to test whether the "
                "procedure is being used, and report findings to the Quality Assurance and "
                "Performance Sub-group.",
         "Chair of QA and Performance Sub-group", d(2025, 9, 30), d(2026, 1, 31),
         "Audit tool agreed; case selection delayed by data extraction issues. Fieldwork "
         "December 2025.", "A"),
    ]),
    ("Recommendation 2: Mental capacity – Partners should ensure that mental capacity "
     "assessments consider executive functioning where a person repeatedly declines care and "
     "support.", [
        ("2.1", "Deliver a Mental Capacity Act training module on executive functioning to adult "
                "social care and community health practitioners.",
         "Principal Social Worker (Adults) / MCA Lead (Northern Care Alliance)", d(2026, 2, 28),
         None, "Four of six sessions delivered (96 staff). Remaining sessions booked for "
               "January 2026.", "G"),
        ("2.2", "Add a prompt on executive functioning to the MCA assessment template in the "
                "adult social care case recording system.",
         "Head of Adult Social Care Practice", d(2025, 6, 30), None,
         "Template change went live 02/06/2025.", "B"),
    ]),
    ("Recommendation 3: Information sharing with housing – Housing services and adult social "
     "care should share information promptly where a tenant with care and support needs is at "
     "risk through self-neglect.", [
        ("3.1", "Agree an information-sharing protocol between Bury Council Housing Services and "
                "Adult Social Care for tenants at risk through self-neglect.",
         "Assistant Director – Housing Operations", d(2025, 4, 30), d(2025, 10, 31),
         "Draft protocol with Information Governance; sign-off delayed. Escalated to Adults "
         "Executive Group.", "R"),
        ("3.2", "Invite housing officers to Multi-Agency Risk Management (MARM) meetings by "
                "default where the person is a council tenant.",
         "MARM Coordinator", d(2025, 12, 31), None,
         "MARM terms of reference updated; invite list amended from October 2025.", "G"),
    ]),
    ("Recommendation 4: Family involvement – Agencies should respond to concerns raised by "
     "family members and offer carers the support they are entitled to.", [
        ("4.1", "Review the carers' assessment offer so that family members who raise concerns "
                "are offered a carer's assessment and information about Bury Carers Hub.",
         "Strategic Lead for Carers", d(2026, 3, 31), None,
         "Review under way with Carers Hub; draft pathway to Carers Partnership Board "
         "January 2026.", "G"),
        ("4.2", "Publish the SAR Adult G learning brief and hold two practitioner learning "
                "events.",
         "BISP Business Manager / BISP Learning and Development Officer", d(2025, 1, 31), None,
         "Learning brief published 28/01/2025; events held 6 and 13 March 2025.", "B"),
        ("4.3", "Evaluate the impact of the learning through a practitioner survey six months "
                "after the learning events.",
         "BISP Learning and Development Officer", d(2025, 10, 31), d(2026, 2, 28),
         "Not started – survey deferred to follow the multi-agency audit (1.2).", None),
    ]),
]


def make_bury():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = BURY_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Bury Integrated Safeguarding Partnership (BISP)"
    cov["A2"].font = Font(size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    xl_header(cov, 5, ["Version", "Date", "Author", "Changes"], [12, 14, 26, 60])
    rows = [
        ("v1.0", d(2024, 9, 12), "BISP Business Unit", "Approved by Adults Executive Group"),
        ("v1.2", d(2025, 5, 21), "BISP Business Unit", "Q1 updates; revised date for 3.1"),
        ("v1.4", d(2025, 11, 14), "BISP Business Unit", "Q3 updates from lead officers"),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A10"] = ("SAR commissioned under section 44 of the Care Act 2014. Published overview "
                  "report: bury.gov.uk/bisp.")

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:G1")
    ws["A1"] = BURY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("Progress as at 14 November 2025 – updates from lead officers, reviewed by the "
                "SAR Sub-group on 20/11/2025.")
    ws["A2"].font = Font(italic=True)
    xl_header(ws, 4, ["Ref", "Action", "Lead", "Original target date", "Revised target date",
                      "Progress update", "RAG"], [7, 60, 32, 14, 14, 50, 7])
    r = 5
    for rec, actions in BURY_RECS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill(FILL["rec"])
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, orig, rev, prog, rag in actions:
            vals = [ref, act, lead, orig, rev, prog, rag]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                g = ws.cell(row=r, column=7)
                g.fill = fill(FILL[rag])
                g.alignment = Alignment(horizontal="center", vertical="top")
                if rag in ("B", "R"):
                    g.font = Font(color="FFFFFF", bold=True)
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of RAG ratings").font = Font(bold=True)
    r += 1
    for label, n in [("Complete (B)", 3), ("On track (G)", 3), ("At risk (A)", 1),
                     ("Off track (R)", 1), ("Not started", 1), ("Total actions", 9)]:
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
        r += 1
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([
        ("B", "Blue – Complete and evidenced"),
        ("G", "Green – On track to be delivered by the target date"),
        ("A", "Amber – At risk of delay; mitigation in place"),
        ("R", "Red – Off track / target date missed; escalation required"),
        ("", "Blank – Not started"),
    ], 2):
        a = key.cell(row=i, column=1, value=k)
        if k:
            a.fill = fill(FILL[k])
        key.cell(row=i, column=2, value=t)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(OUT, "if2-bury-integrated-safeguarding-partnership-sar-adult-g-action-plan.xlsx"))


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


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def table_header(t, headers):
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 2. Safer Brent Partnership - DHR 'Abena' (docx)
# ---------------------------------------------------------------------------
BRENT_TITLE = "Domestic Homicide Review ‘Abena’ – Action Plan"
BRENT_HEAD = ["Ref", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date",
              "Completion date and outcome", "RAG"]
BRENT_A = [
    ("1. The Safer Brent Partnership should ensure that practitioners in all agencies understand "
     "how economic abuse and insecure immigration status can be used to control victims who have "
     "no recourse to public funds.", "Local", [
        ("1.1", "Commission multi-agency training on economic abuse and no recourse to public "
                "funds (NRPF), co-delivered with a specialist ‘by and for’ organisation.",
         "VAWG Strategic Lead", "March 2025",
         "18/03/2025 – three sessions delivered to 142 practitioners; evaluation positive.",
         "Complete"),
        ("1.2", "Add prompts on economic abuse and immigration status to the Brent MARAC "
                "referral form and the MARAC research template.",
         "MARAC Coordinator", "30/06/2025 (revised 31/12/2025)",
         "Form redesign agreed; awaiting change to the secure referral portal.", "Amber"),
    ]),
    ("2. NHS North West London should strengthen routine enquiry about domestic abuse in primary "
     "care and make sure disclosures are recorded so they are visible to all clinicians.",
     "Local / Regional", [
        ("2.1", "Extend IRIS training and the referral pathway to all Brent GP practices not yet "
                "signed up.",
         "NHS North West London ICB", "Q4 2025/26", "31 of 49 practices trained.", "Green"),
        ("2.2", "Audit coding of domestic abuse disclosures in GP records for a sample of 10 "
                "practices and report to the Primary Care Safeguarding Forum.",
         "Named GP for Safeguarding (Brent)", "September 2025",
         "Audit completed 22/09/2025; report to Forum October 2025.", "Complete"),
    ]),
]
BRENT_B = [
    ("3. Metropolitan Police Service: officers attending domestic abuse incidents should complete "
     "the risk assessment with the victim away from the suspect.", "Local", [
        ("3.1", "Brief North West BCU response teams on separating parties before completing the "
                "risk assessment, and dip-sample 50 domestic abuse incidents each quarter.",
         "Metropolitan Police Service", "Ongoing",
         "Briefing delivered May 2025; Q1 and Q2 dip samples completed.", "Green"),
    ]),
    ("4. Brent Council Housing Needs: applicants who disclose domestic abuse should be offered a "
     "referral to specialist support at first contact.", "Local", [
        ("4.1", "Update the Housing Needs triage script and case management system so that a "
                "disclosure of domestic abuse prompts an offer of referral to the IDVA service.",
         "Head of Housing Needs and Support", "31/10/2025",
         "Script updated; system change in test.", "Amber"),
        ("4.2", "Work towards DAHA accreditation for Brent Council housing services.",
         "Head of Housing Needs and Support / Domestic Abuse Housing Lead", "December 2026",
         "DAHA self-assessment started September 2025.", "Green"),
    ]),
    ("5. Change Grow Live (Brent substance misuse service): staff should routinely ask about "
     "domestic abuse at assessment and review.", "Local", [
        ("5.1", "Include a mandatory domestic abuse routine enquiry question in the assessment "
                "and 12-week review templates, and audit compliance.",
         "CGL Brent Service Manager", "31/01/2025",
         "Template live 06/01/2025; audit shows 88% compliance.", "Complete"),
    ]),
]
RAG_WORD_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def brent_table(doc, recs):
    n = sum(len(a) for _, _, a in recs)
    t = doc.add_table(rows=1 + n, cols=len(BRENT_HEAD))
    t.style = "Table Grid"
    table_header(t, BRENT_HEAD)
    r = 1
    for rec, scope, acts in recs:
        first = r
        for ref, act, lead, target, outcome, rag in acts:
            cells = t.rows[r].cells
            cells[0].text = ref
            cells[3].text = act
            cells[4].text = lead
            cells[5].text = target
            cells[6].text = outcome
            cells[7].text = rag
            shade(cells[7], RAG_WORD_FILL[rag])
            r += 1
        last = r - 1
        rc = t.cell(first, 1)
        sc = t.cell(first, 2)
        if last > first:
            rc = rc.merge(t.cell(last, 1))
            sc = sc.merge(t.cell(last, 2))
        rc.text = rec
        sc.text = scope
    return t


def make_brent():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(BRENT_TITLE, style="Title")
    doc.add_paragraph("Safer Brent Partnership")
    doc.add_paragraph("Version 3 – updated for the Safer Brent Partnership Board, 9 October 2025")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    table_header(t, ["Version", "Date", "Author", "Comment"])
    for i, row in enumerate([
        ("1", "14/11/2024", "DHR Chair / Community Safety Team", "Agreed by DHR panel"),
        ("2", "10/04/2025", "Community Safety Team", "Quarter 4 update"),
        ("3", "09/10/2025", "Community Safety Team", "Quarter 2 update"),
    ], 1):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    doc.add_paragraph(
        "This action plan brings together the recommendations of the Overview Report and the "
        "single agency recommendations from the Individual Management Reviews. Progress is "
        "reviewed quarterly by the DHR Steering Group and reported to the Safer Brent "
        "Partnership Board.")
    doc.add_heading("Section A: Overview Report recommendations", level=2)
    brent_table(doc, BRENT_A)
    doc.add_paragraph("")
    doc.add_heading("Section B: Single agency recommendations", level=2)
    brent_table(doc, BRENT_B)
    doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, txt) in enumerate([
        ("Complete", "Action completed and evidence provided to the DHR Steering Group"),
        ("Green", "On track to be completed by the target date"),
        ("Amber", "Some delay; revised date agreed"),
        ("Red", "Off track; escalated to the Safer Brent Partnership Board"),
    ]):
        k.rows[i].cells[0].text = w
        shade(k.rows[i].cells[0], RAG_WORD_FILL[w])
        k.rows[i].cells[1].text = txt
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Approved by", "Role", "Date"]):
        s.rows[0].cells[j].text = v
    for j, v in enumerate(["Chair", "Safer Brent Partnership Board", "14/11/2024"]):
        s.rows[1].cells[j].text = v
    doc.save(os.path.join(OUT, "if2-safer-brent-partnership-dhr-abena-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. WWL Teaching Hospitals NHS FT - Board of Directors action log (xlsx)
# ---------------------------------------------------------------------------
WWL_TITLE = "Board of Directors (Public) – Action Log"
WWL_HEAD = ["Ref", "Meeting date", "Action", "Lead", "Due date", "Revised due date", "Update",
            "Status"]
WWL_OPEN = [
    ("BoD 25/161", d(2025, 11, 26),
     "Provide a breakdown of 12-hour waits in the emergency department by age group and time of "
     "arrival to the next Board.", "COO", d(2026, 1, 1), None,
     "Included in the Integrated Performance Report at item 8.", "Complete"),
    ("BoD 25/164", d(2025, 11, 26),
     "Circulate the Maternity and Neonatal Safety Champions' walkabout findings to Board members.",
     "Chief Nurse / Director of Midwifery", d(2026, 1, 1), None,
     "Circulated 12/01/2026.", "Complete"),
    ("BoD 25/167", d(2025, 11, 26),
     "Bring the refreshed Green Plan to the Board for approval, with milestones for "
     "decarbonising the Leigh site.", "Director of Strategy and Planning", d(2026, 3, 1), None,
     "Draft at Executive Team 10/02/2026.", "On track"),
    ("BoD 25/128", d(2025, 9, 24),
     "Arrange a Board development session on learning responses under the Patient Safety "
     "Incident Response Framework (PSIRF).", "Company Secretary", d(2025, 11, 1), d(2026, 2, 1),
     "Session moved to the February 2026 development day because of industrial action.",
     "At risk"),
    ("BoD 25/133", d(2025, 9, 24),
     "Report the outcome of the consultant job planning compliance review to the People "
     "Committee and summarise it for the Board.", "MD/CPO", d(2025, 12, 1), None,
     "Review complete; report to People Committee 19/02/2026.", "Overdue"),
    ("BoD 25/097", d(2025, 7, 30),
     "Confirm the timetable for the Electronic Patient Record (EPR) optimisation programme and "
     "its benefits realisation plan.", "Chief Digital Information Officer", d(2025, 10, 1),
     d(2026, 3, 1), "Timetable agreed with supplier; benefits plan to Finance and Performance "
     "Committee March 2026.", "On track"),
]
WWL_CLOSED = [
    ("BoD 25/159", d(2025, 11, 26),
     "Add the Freedom to Speak Up Guardian's quarterly themes to the Board reporting cycle.",
     "Company Secretary", d(2025, 12, 1), None,
     "Added to the 2026/27 Board cycle of business.", "Complete"),
    ("BoD 25/130", d(2025, 9, 24),
     "Share the ward accreditation results for Wigan Infirmary with the Quality and Safety "
     "Committee.", "CN", d(2025, 10, 1), None,
     "Presented to Quality and Safety Committee 21/10/2025.", "Complete"),
    ("BoD 25/135", d(2025, 9, 24),
     "Confirm the capital allocation for the Wrightington theatre refurbishment in the 2026/27 "
     "capital programme.", "Chief Finance Officer", d(2025, 11, 1), None,
     "£2.1m included in the draft 2026/27 capital programme.", "Complete"),
]
WWL_FILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Overdue": "FF0000"}


def wwl_rows(ws, start, rows):
    r = start
    for row in rows:
        for col, v in enumerate(row, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy" if col == 2 else "mmm-yy"
        st = ws.cell(row=r, column=8)
        st.fill = fill(WWL_FILL[row[7]])
        if row[7] in ("Complete", "Overdue"):
            st.font = Font(color="FFFFFF", bold=True)
        r += 1
    return r


def make_wwl():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = WWL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust – for the "
                "meeting on 28 January 2026")
    ws["A3"] = ("Status key: Complete = action completed, proposed for closure (blue) | "
                "On track = in progress within timescale (green) | At risk = timescale at risk "
                "(amber) | Overdue = past due date (red)")
    ws["A3"].font = Font(italic=True, size=9)
    xl_header(ws, 5, WWL_HEAD, [12, 13, 58, 24, 11, 11, 48, 11])
    wwl_rows(ws, 6, WWL_OPEN)
    ws.freeze_panes = "A6"

    cl = wb.create_sheet("Closed since last meeting")
    cl["A1"] = "Actions closed since the last meeting (for noting)"
    cl["A1"].font = Font(bold=True, size=12)
    xl_header(cl, 3, WWL_HEAD, [12, 13, 58, 24, 11, 11, 48, 11])
    wwl_rows(cl, 4, WWL_CLOSED)
    wb.save(os.path.join(OUT, "if2-wrightington-wigan-leigh-nhsft-board-of-directors-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 4. East Cheshire NHS Trust - Maternity and Neonatal Improvement Plan (csv)
# ---------------------------------------------------------------------------
EC_TITLE = "East Cheshire NHS Trust - Maternity and Neonatal Improvement Plan 2025/26"
EC_HEAD = ["Ref", "Objective", "Action", "Action owner", "Due date", "Previous BRAG (Q2)",
           "Current BRAG (Q3)", "Progress / evidence"]
EC_ROWS = [
    ("theme", "Theme 1: Listening to and working with women and families with compassion"),
    ("1.1", "Objective 1: Care that is personalised",
     "Offer every woman a personalised care and support plan (PCSP) at booking and review it at "
     "28 and 36 weeks.", "Consultant Midwife", "31/03/2026", "G", "G",
     "PCSP completion at booking 91% (December 2025)."),
    ("1.2", "",
     "Co-produce revised antenatal information on induction of labour with the Maternity and "
     "Neonatal Voices Partnership (MNVP).", "Patient Experience Midwife; MNVP Chair", "Dec-25",
     "A", "B", "Leaflet approved by Maternity Guidelines Group 04/12/2025, printed and on the "
               "website."),
    ("1.3", "Objective 2: Improve equity for mothers and babies",
     "Implement the LMNS equity and equality action plan locally, including enhanced continuity "
     "of carer for women living in the most deprived postcodes.", "Head of Midwifery",
     "Q4 2025/26", "A", "A", "Continuity team launched in Macclesfield central; staffing gaps, "
                             "second team delayed."),
    ("theme", "Theme 2: Growing, retaining and supporting our workforce"),
    ("2.1", "Objective 3: Grow our workforce",
     "Complete a Birthrate Plus assessment and present the midwifery establishment review to "
     "Board.", "Director of Midwifery", "Sep-25", "G", "B",
     "Presented to Board 25/09/2025."),
    ("2.2", "",
     "Recruit to the 2.4 WTE midwifery vacancies identified in the establishment review.",
     "Head of Midwifery / Maternity Workforce Lead", "30/06/2026", "A", "G",
     "1.6 WTE appointed, start dates February 2026."),
    ("2.3", "Objective 4: Value and retain our workforce",
     "Launch a preceptorship and legacy mentor scheme for newly qualified and late-career "
     "midwives.", "Practice Development Midwife", "31/01/2026", "G", "R",
     "Legacy mentor post not recruited; launch delayed. Escalated to Divisional Board."),
    ("theme", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
    ("3.1", "Objective 5: Culture and leadership",
     "Complete the Perinatal Culture and Leadership Programme (PCLP) with the quadrumvirate.\n"
     "Share the SCORE culture survey results with all staff and agree three local priorities.",
     "Director of Midwifery / Clinical Director for Obstetrics", "Mar-26", "A", "A",
     "PCLP modules complete; SCORE feedback sessions planned for February 2026."),
    ("3.2", "Objective 6: Learning and improving",
     "Transition maternity incident reviews to PSIRF learning responses and share learning "
     "through a monthly Safety Huddle bulletin.", "Maternity Governance Lead",
     "Ongoing - monthly", "G", "G", "Bulletin issued monthly since July 2025."),
    ("theme", "Theme 4: Standards and structures that underpin safer, more personalised and "
              "more equitable care"),
    ("4.1", "Objective 7: Standards to ensure best practice",
     "Achieve full compliance with all elements of the Saving Babies' Lives Care Bundle "
     "version 3.", "Obstetric Lead for SBLCBv3", "31/03/2026", "A", "G",
     "Compliance 5 of 6 elements; element 2 (fetal growth) improving."),
    ("4.2", "",
     "Submit evidence of compliance with all ten Maternity Incentive Scheme (MIS) Year 7 safety "
     "actions to NHS Resolution.", "Maternity Governance Lead; Director of Midwifery",
     "March 2026", "G", "G", "Evidence tracker 8/10 actions assured by Quality Committee."),
    ("4.3", "Objective 8: Data to inform learning",
     "Implement the Maternity Services Data Set (MSDS) data quality improvement plan so that "
     "all Clinical Quality Improvement Metrics pass the data quality threshold.",
     "Maternity Digital Lead", "Q1 2026/27", "", "",
     "Not started - awaiting maternity information system upgrade (April 2026)."),
]


def make_east_cheshire():
    n = len(EC_HEAD)
    path = os.path.join(OUT, "if2-east-cheshire-nhs-trust-maternity-neonatal-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        pad = lambda first: [first] + [""] * (n - 1)
        w.writerow(pad(EC_TITLE))
        w.writerow(pad("Women's and Children's Division, Macclesfield District General Hospital. "
                       "Aligned to the Three Year Delivery Plan for Maternity and Neonatal "
                       "Services (NHS England, March 2023)"))
        w.writerow(pad("Reported to Quality Committee: 15 January 2026"))
        w.writerow(pad(""))
        w.writerow(EC_HEAD)
        for row in EC_ROWS:
            if row[0] == "theme":
                w.writerow(pad(row[1]))
            else:
                w.writerow(list(row))
        w.writerow(pad(""))
        w.writerow(pad("BRAG key: B = Completed and evidenced; G = On track; A = Risk of delay, "
                       "mitigations in place; R = Off track, escalation required; blank = not "
                       "started"))
        w.writerow(pad("Oversight: Maternity and Neonatal Safety Champions / Quality Committee / "
                       "Cheshire and Merseyside LMNS"))


# ---------------------------------------------------------------------------
# 5. Bromsgrove DC - Corporate Risk Register Q3 2025/26 (xlsx) - typo month
# ---------------------------------------------------------------------------
BDC_TITLE = "Bromsgrove District Council – Corporate Risk Register"
BDC_HEAD = ["Risk ref", "Risk", "Risk owner", "Residual score (L x I)", "Direction of travel",
            "Further actions to mitigate", "Action owner", "Target date", "Q3 update"]
BDC_RISKS = [
    ("CR01", "Financial sustainability – failure to set a balanced budget over the Medium Term "
             "Financial Plan period.", "Executive Director Resources", "4 x 4 = 16", "↔", [
        ("Deliver the 2026/27 savings programme of £1.2m and report progress monthly to CMT.",
         "Assistant Director Finance and Customer Services", d(2026, 3, 31),
         "£0.8m of savings identified; remainder in budget proposals to Cabinet."),
        ("Refresh the Medium Term Financial Plan following the local government finance "
         "settlement.", "Assistant Director Finance and Customer Services", d(2026, 2, 28),
         "Provisional settlement received 18/12/2025; modelling under way."),
    ]),
    ("CR02", "Cyber security – a successful cyber attack causes loss of systems and data.",
     "Head of ICT (shared service)", "3 x 5 = 15", "↓", [
        ("Complete the Cyber Assessment Framework (CAF) self-assessment and agree an "
         "improvement plan.", "Head of ICT (shared service)", d(2025, 11, 30),
         "Self-assessment complete; improvement plan agreed by CMT."),
        ("Run a cyber incident exercise with CMT and the shared ICT service.",
         "Emergency Planning Officer", "January 2026", "Exercise booked for 22/01/2026."),
    ]),
    ("CR03", "Local Government Reorganisation – capacity and service disruption during the "
             "move to new unitary arrangements in Worcestershire.", "Chief Executive",
     "4 x 3 = 12", "↑", [
        ("Provide officer capacity to the Worcestershire LGR programme workstreams while "
         "protecting business-as-usual services.", "Chief Executive", "Ongoing",
         "Programme resourced from existing budgets; monitored at CMT."),
        ("Agree data-sharing and due diligence arrangements for the LGR proposal.",
         "Head of Legal, Democratic and Property Services", "Febuary 2026",
         "Draft data-sharing agreement with county-wide legal group."),
    ]),
    ("CR04", "Workforce – inability to recruit and retain staff in key professional roles.",
     "Head of HR and Organisational Development", "3 x 3 = 9", "↔", [
        ("Implement the refreshed Workforce Strategy action plan, including market supplements "
         "for hard-to-fill roles.", "Head of HR and Organisational Development", "Jun-26",
         "Market supplement policy approved; planning and legal roles advertised."),
    ]),
    ("CR05", "Waste services – failure to introduce weekly food waste collections by 1 April "
             "2026 as required by Simpler Recycling.", "Head of Environmental Services",
     "3 x 4 = 12", "↓", [
        ("Procure food waste vehicles and kerbside caddies.", "Waste Services Manager",
         d(2026, 3, 31), "Vehicles delivered; caddy delivery from February 2026."),
        ("Deliver the resident communications campaign for the new collections.",
         "Communications Manager", "March 2026", "Campaign plan agreed; leaflets printed."),
    ]),
]


def make_bromsgrove():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws.merge_cells("A1:I1")
    ws["A1"] = BDC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Quarter 3 2025/26 – position at 31 December 2025. Report to Audit, Standards "
                "and Governance Committee.")
    xl_header(ws, 4, BDC_HEAD, [9, 40, 24, 12, 10, 55, 30, 13, 45])
    r = 5
    typo_row = None
    for ref, risk, owner, score, dot, acts in BDC_RISKS:
        first = r
        for act, aowner, target, upd in acts:
            for col, v in ((6, act), (7, aowner), (8, target), (9, upd)):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if target == "Febuary 2026":
                typo_row = r
            r += 1
        for col, v in ((1, ref), (2, risk), (3, owner), (4, score), (5, dot)):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        sc = int(score.split("=")[1])
        ws.cell(row=first, column=4).fill = fill("FF0000" if sc >= 15 else "FFC000" if sc >= 10
                                                 else "FFFF00")
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel: ↑ risk increasing; ↓ risk decreasing; "
                                   "↔ no change since last quarter.").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Scores: 15-25 High (red); 10-12 Medium (amber); 1-9 Low "
                                       "(yellow).").font = Font(italic=True)

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Likelihood x Impact scoring matrix"
    m["A1"].font = Font(bold=True)
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i)
        m.cell(row=i + 2, column=1, value=6 - i)
        for j in range(1, 6):
            m.cell(row=i + 2, column=j + 1, value=(6 - i) * j)
    wb.save(os.path.join(OUT, "if2-bromsgrove-dc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# 6. Wyre Forest DC - Transformation Programme Highlight Report (docx)
# ---------------------------------------------------------------------------
WF_TITLE = "Wyre Forest District Council – Transformation Programme Highlight Report"
WF_HEAD = ["Ref", "Milestone", "Lead", "Planned completion", "Revised completion", "RAG",
           "Commentary"]
WF_FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", None: None}
WF_WS = [
    ("Workstream 1: Digital and Customer Access", "Green", [
        ("D1", "Launch the new customer portal with online accounts for council tax and benefits",
         "Digital Services Manager", "Sep-25", "", "B",
         "Went live 22 September 2025; 4,100 accounts created."),
        ("D2", "Migrate 15 high-volume service forms to the low-code platform",
         "Digital Services Manager / Business Analyst", "Dec-25", "", "G",
         "11 of 15 forms migrated."),
        ("D3", "Introduce the telephony IVR and call-back system at the Customer Service Centre",
         "Customer Services Manager", "Oct-25", "Feb-26", "A",
         "Supplier delay on integration with the CRM."),
    ]),
    ("Workstream 2: Assets and Accommodation", "Amber", [
        ("A1", "Complete condition surveys of the council's operational buildings",
         "Property Services Manager", "Jul-25", "", "B", "All 14 surveys received."),
        ("A2", "Relocate staff from the Green Street depot offices to Wyre Forest House",
         "Head of Strategic Growth", "Nov-25", "Apr-26", "R",
         "Building works tender returned over budget; options paper to CLT."),
        ("A3", "Agree a disposal programme for surplus land and report it to Cabinet",
         "Head of Strategic Growth", "Mar-26", "", "G",
         "Sites shortlisted; Cabinet report drafted."),
    ]),
    ("Workstream 3: Organisational Development", "Green", [
        ("O1", "Roll out the new performance and appraisal framework to all managers",
         "HR Manager", "Nov-25", "", "B", "Briefings complete; 92% of managers trained."),
        ("O2", "Deliver the leadership development programme for the top 40 managers",
         "HR Manager / Learning and Development Officer", "Q4 2025/26", "", "G",
         "Cohort 1 under way."),
        ("O3", "Implement the new HR and payroll system", "Head of Resources", "Apr-26", "",
         None, "Not started – contract award January 2026."),
    ]),
]


def make_wyre_forest():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WF_TITLE, style="Title")
    doc.add_paragraph("Reporting period: October to November 2025")
    doc.add_paragraph("Prepared for: Corporate Leadership Team, 9 December 2025")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Programme sponsor", "Chief Executive"),
        ("Programme manager", "Transformation Programme Manager"),
        ("Overall programme RAG", "Amber"),
        ("Programme budget 2025/26", "£1.45m (spend to date £0.62m)"),
        ("Next report", "February 2026"),
    ]):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b
        shade(t.rows[i].cells[0], "D9E2F3")
    doc.add_heading("Key messages", level=2)
    doc.add_paragraph(
        "The customer portal went live in September and take-up is ahead of forecast. The "
        "accommodation workstream is red on one milestone because the depot relocation tender "
        "came in over budget; CLT is asked to consider the options paper. Overall the programme "
        "remains Amber.")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (hexc, txt) in enumerate([
        ("0070C0", "Complete"),
        ("00B050", "On track"),
        ("FFC000", "At risk – mitigation in place"),
        ("FF0000", "Off track – CLT decision needed"),
    ]):
        shade(k.rows[i].cells[0], hexc)
        k.rows[i].cells[1].text = txt
    for ws_name, ws_rag, ms in WF_WS:
        doc.add_heading(ws_name, level=1)
        doc.add_paragraph(f"Workstream RAG: {ws_rag}")
        t = doc.add_table(rows=1 + len(ms), cols=len(WF_HEAD))
        t.style = "Table Grid"
        table_header(t, WF_HEAD)
        for i, (ref, m, lead, plan, rev, rag, com) in enumerate(ms, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, m, lead, plan, rev, "", com]):
                cells[j].text = v
            if rag:
                shade(cells[5], WF_FILL[rag])
    doc.add_heading("Budget summary", level=2)
    b = doc.add_table(rows=4, cols=4)
    b.style = "Table Grid"
    for i, row in enumerate([
        ("Workstream", "Budget", "Spent to date", "Forecast"),
        ("Digital and Customer Access", "£640,000", "£410,000", "£630,000"),
        ("Assets and Accommodation", "£520,000", "£95,000", "£585,000"),
        ("Organisational Development", "£290,000", "£115,000", "£280,000"),
    ]):
        for j, v in enumerate(row):
            b.rows[i].cells[j].text = v
    doc.add_paragraph("CLT is asked to note the report and to consider the options paper for "
                      "the depot relocation (A2).")
    doc.save(os.path.join(OUT, "if2-wyre-forest-dc-transformation-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 7. Safer Solihull Partnership - Delivery Plan 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
SOL_TITLE = "Safer Solihull Partnership – Delivery Plan 2025/26"
SOL_HEAD = ["Ref", "Action", "Lead partner(s)", "By when", "Q3 update", "RAG"]
SOL = [
    ("Priority 1: Reducing serious violence", [
        ("SV1", "Deliver the Serious Violence Duty strategy actions for Solihull, including "
                "hotspot patrols in Chelmsley Wood and Kingshurst.",
         "West Midlands Police / Community Safety Team", "Mar-26",
         "Hotspot patrols in place; knife crime down 9% year to date.", "Green"),
        ("SV2", "Commission detached youth work in the three neighbourhoods with the highest "
                "levels of youth violence.", "Community Safety Manager", "Sept 2025",
         "Contract awarded; service started 1 September.", "Complete"),
        ("SV3", "Deliver knife crime awareness sessions in all Solihull secondary schools.",
         "West Midlands Violence Reduction Partnership", "Termly",
         "9 of 14 schools visited this term.", "Green"),
    ]),
    ("Priority 2: Tackling domestic abuse and violence against women and girls", [
        ("DA1", "Refresh the domestic abuse needs assessment and the safe accommodation "
                "strategy.", "Domestic Abuse Strategic Lead", "31.03.26",
         "Needs assessment data collection extended to January.", "Amber"),
        ("DA2", "Achieve White Ribbon accreditation for the partnership.",
         "Community Safety Manager", "Dec-25", "Accreditation confirmed 25 November.",
         "Complete"),
        ("DA3", "Roll out the Ask for ANI codeword scheme to all community pharmacies in the "
                "borough.", "Public Health Solihull", "Jun-26", "Due to start April 2026.",
         "Not started"),
    ]),
    ("Priority 3: Reducing anti-social behaviour and building safer neighbourhoods", [
        ("ASB1", "Introduce a multi-agency tracker for ASB case reviews (Community Trigger) and "
                 "publish annual data.", "ASB Coordinator", "Jan-26",
         "Tracker development delayed by system access issues.", "Red"),
        ("ASB2", "Renew the Public Spaces Protection Order for Solihull town centre following "
                 "consultation.", "Head of Regulatory Services", "Oct-25",
         "PSPO renewed by Cabinet Member decision 16 October.", "Complete"),
        ("ASB3", "Hold two Partners and Communities Together (PACT) days of action in each "
                 "locality.", "West Midlands Police Neighbourhood Inspector; Solihull Community "
                              "Housing", "Quarterly",
         "Days of action held in North and East localities.", "Green"),
    ]),
    ("Priority 4: Reducing reoffending and drug-related harm", [
        ("RO1", "Expand the Integrated Offender Management cohort to include domestic abuse "
                "perpetrators.", "Probation Service (Solihull PDU)", "Mar-26",
         "Cohort criteria agreed; awaiting police analyst capacity.", "Amber"),
        ("RO2", "Increase referrals from custody into drug and alcohol treatment through the "
                "criminal justice team.", "Solihull Integrated Addiction Services", "31.03.26",
         "Referrals up 14% on Q2.", "Green"),
    ]),
]


def make_solihull():
    lines = [SOL_TITLE,
             "Quarter 3 update (October to December 2025) – Safer Solihull Partnership Board, "
             "5 February 2026",
             "",
             "\t".join(SOL_HEAD)]
    for pr, acts in SOL:
        lines.append(pr + "\t" * (len(SOL_HEAD) - 1))
        for a in acts:
            lines.append("\t".join(a))
    lines += ["",
              "Summary: 11 actions | Complete 3 | Green 4 | Amber 2 | Red 1 | Not started 1",
              "Key: Complete = delivered; Green = on track; Amber = some slippage; Red = "
              "significant delay; Not started = not yet due to start.",
              ""]
    with open(os.path.join(OUT, "if2-safer-solihull-partnership-delivery-plan-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    make_bury()
    make_brent()
    make_wwl()
    make_east_cheshire()
    row = make_bromsgrove()
    print("Bromsgrove typo month on sheet row", row)
    make_wyre_forest()
    make_solihull()
    print("done")
