"""Build the seven el2- blind test files (set heldout176).

Run with /work/main/.venv/bin/python el2_make.py  (writes beside this script).

  el2-gloucestershire-sab-sar-adult-k-action-plan.docx
  el2-shrewsbury-telford-hospital-maternity-neonatal-transformation-plan.docx
  el2-safer-sutton-partnership-community-safety-plan-2024-25.csv
  el2-safer-portsmouth-partnership-dhr-adult-p-action-plan-typo-month-refuse.txt
  el2-frimley-icb-board-action-log.xlsx
  el2-cheshire-west-chester-corporate-risk-register-q3-2024-25.xlsx
  el2-croydon-council-transformation-programme-highlight-report.xlsx
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

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Write text into a cell; '\n' makes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


DOC_FILL = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000",
            "Completed": "5B9BD5", "head": "1F3864", "band": "D9E1F2", "grey": "D9D9D9"}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


XL = {"B": fill("5B9BD5"), "G": fill("70AD47"), "A": fill("FFC000"), "R": fill("FF0000"),
      "Complete": fill("5B9BD5"), "head": fill("1F3864"), "band": fill("D9E1F2"),
      "band2": fill("E2EFDA"), "grey": fill("D9D9D9"), "score_red": fill("F4B084"),
      "score_amb": fill("FFE699"), "score_grn": fill("C6E0B4")}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def xl_header(ws, row, headers):
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row, c, h)
        cell.font = WHITE_BOLD
        cell.fill = XL["head"]
        cell.alignment = WRAP
        cell.border = BOX


def xl_widths(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w


# ============================================================ 1. SAR (docx)
SAR_ROWS = [
    # theme, recommendation, [(ref, action, lead, target, rag_text, rag_fill, progress)]
    ("Theme 1: Self-neglect and professional curiosity",
     "R1. GSAB should seek assurance that practitioners in all partner agencies are confident in "
     "applying the Gloucestershire Self-Neglect Guidance, including when to convene a multi-agency "
     "risk management meeting.",
     [("1.1",
       "Deliver a refreshed briefing on the Self-Neglect Guidance to adult social care, community "
       "health and housing teams, using the learning from Adult K as a case study.",
       "GSAB Learning and Development Subgroup Chair", "June 2025", "Green", "Green",
       "Briefing drafted and shared with the Subgroup; four sessions booked for April–June 2025."),
      ("1.2",
       "Audit a sample of 20 self-neglect cases closed between April and September 2024 to test "
       "whether a multi-agency risk management meeting was considered.",
       "Head of Adult Safeguarding, Gloucestershire County Council", "31/03/2025", "Amber", "Amber",
       "Audit tool agreed; 12 of 20 cases reviewed so far.")]),
    ("Theme 1: Self-neglect and professional curiosity",
     "R2. GSAB should ask partner agencies to ensure that where an adult repeatedly declines "
     "services, the reasons are explored and recorded, and the adult’s capacity to make that "
     "decision is considered.",
     [("2.1",
       "Add a prompt on executive functioning and repeated refusals to the mental capacity assessment "
       "templates used by adult social care, GHC and GHFT.",
       "MCA Lead (GCC) / Named Professional for Safeguarding Adults (GHC)", "Q1 2025/26", "Green",
       "Green", "Template wording agreed by the MCA Forum in January 2025.")]),
    ("Theme 2: Hospital discharge",
     "R3. Gloucestershire Hospitals NHS Foundation Trust and NHS Gloucestershire ICB should assure "
     "GSAB that discharge planning for adults who self-neglect includes a multi-agency discharge "
     "meeting and a named community contact.",
     [("3.1",
       "Revise the complex discharge standard operating procedure so that a multi-agency discharge "
       "meeting is held for any patient known to be self-neglecting.",
       "Deputy Chief Nurse (GHFT)", "December 2024", "Blue", "Blue",
       "Revised SOP ratified on 4 December 2024 and circulated to ward managers."),
      ("3.2",
       "Report discharge audit results to the GSAB Quality Assurance Subgroup for two consecutive "
       "quarters.\nInclude the number of discharges where a named community contact was recorded.",
       "Head of Safeguarding (NHS Gloucestershire ICB) and Deputy Chief Nurse (GHFT)", "Sept 2025",
       "Amber", "Amber", "First quarter’s data delayed by the move to the new electronic record.")]),
    ("Theme 3: Listening to families and carers",
     "R4. All partner agencies should ensure that family members who raise concerns are listened "
     "to, kept informed and offered a carer’s assessment where appropriate.",
     [("4.1",
       "Include family involvement and carers’ assessments as a standing question in the GSAB "
       "multi-agency case file audit programme.",
       "GSAB Business Manager", "Ongoing", "Green", "Green",
       "Question added to the audit template from the February 2025 audit."),
      ("4.2",
       "Publish a 7-minute briefing for practitioners on listening to families, co-produced with "
       "Adult K’s sister.",
       "GSAB Business Manager & Carers Gloucestershire", "End of May 2025", "Red", "Red",
       "Not yet started: awaiting the family’s availability.")]),
]


def make_sar():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Safeguarding Adults Review ‘Adult K’ – Multi-agency Action Plan", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Gloucestershire Safeguarding Adults Board (GSAB)")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Review published: 19 September 2024. Action plan agreed by the GSAB Executive "
                      "on 14 November 2024.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "GSAB Business Manager"),
                 ("Last updated", "27 February 2025"),
                 ("Next review", "SAR Subgroup – 22 May 2025"), ("Status", "Live")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], DOC_FILL["grey"])
        set_cell(row[1], v)

    doc.add_heading("RAG rating", level=2)
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "RAG", bold=True)
    set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for word, meaning in [("Red", "Not started or significantly delayed"),
                          ("Amber", "In progress – some delay or risk to completion"),
                          ("Green", "In progress – on track"),
                          ("Blue", "Completed and evidenced")]:
        row = key.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], DOC_FILL[word])
        set_cell(row[1], meaning)

    doc.add_heading("Action plan", level=2)
    headers = ["Learning theme", "Recommendation", "Ref", "Action", "Lead", "Target date", "RAG",
               "Progress update (February 2025)"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in enumerate(headers):
        set_cell(t.rows[0].cells[c], h, bold=True, size=9)
        shade(t.rows[0].cells[c], DOC_FILL["band"])
    # theme cells span all rows of their theme; recommendation cells span their actions
    theme_spans = {}
    for theme, rec, actions in SAR_ROWS:
        first = len(t.rows)
        for ref, action, lead, target, rag, rag_fill, prog in actions:
            cells = t.add_row().cells
            set_cell(cells[2], ref, size=9)
            set_cell(cells[3], action, size=9)
            set_cell(cells[4], lead, size=9)
            set_cell(cells[5], target, size=9)
            set_cell(cells[6], rag, bold=True, size=9)
            shade(cells[6], DOC_FILL[rag_fill])
            set_cell(cells[7], prog, size=9)
        last = len(t.rows) - 1
        set_cell(t.cell(first, 1), rec, size=9)
        if last > first:
            t.cell(first, 1).merge(t.cell(last, 1))
        span = theme_spans.setdefault(theme, [first, last])
        span[1] = last
    for theme, (first, last) in theme_spans.items():
        set_cell(t.cell(first, 0), theme, bold=True, size=9)
        if last > first:
            t.cell(first, 0).merge(t.cell(last, 0))
    doc.add_paragraph("")
    doc.add_paragraph("Notes: progress is reported to the GSAB SAR Subgroup each quarter. Actions rated "
                      "Blue are removed from the next version once the evidence has been accepted by "
                      "the Subgroup.")
    doc.save(out("el2-gloucestershire-sab-sar-adult-k-action-plan.docx"))


# ====================================================== 2. Maternity (docx)
MAT = [
    ("Workstream 1: Safety and quality", [
        ("1.01",
         "Introduce a standardised fetal monitoring risk assessment at the onset of labour and at "
         "every hourly ‘fresh eyes’ review.",
         "Fetal Monitoring Lead Midwife", "31/12/2024", "", "Blue",
         "Risk assessment live on BadgerNet from 2 December 2024; January audit 96% compliant."),
        ("1.02",
         "Embed the Maternity Early Warning Score (MEWS) in BadgerNet for all inpatient and triage "
         "episodes and audit compliance monthly.",
         "Digital Midwife / Quality and Safety Lead", "31/01/2025", "30/06/2025", "Amber",
         "Supplier build delayed; revised date agreed at MTAC on 20 February 2025."),
        ("1.03",
         "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in the maternity "
         "triage unit, with a 15-minute initial assessment standard.",
         "Triage Matron", "March 2025", "", "Green",
         "BSOTS went live on 3 March 2025; first compliance data due in April."),
    ]),
    ("Workstream 2: Workforce and culture", [
        ("2.01",
         "Recruit to the funded midwifery establishment set by the 2024 Birthrate Plus review (an "
         "additional 14.6 WTE).",
         "Director of Midwifery", "30/09/2025", "", "Green",
         "9.2 WTE appointed; newly qualified midwives start in September."),
        ("2.02",
         "Deliver PROMPT multidisciplinary emergency skills training to at least 90% of midwives, "
         "obstetricians and anaesthetists.",
         "Practice Development Midwife & Obstetric Training Lead", "31/03/2025", "31/07/2025", "Red",
         "Compliance 71% (anaesthetists 58%). Additional dates added; escalated to MTAC."),
        ("2.03",
         "Run a culture and leadership programme for the maternity and neonatal leadership "
         "quadrumvirate, with an external facilitator.",
         "Chief Nursing Officer", "Q3 2025/26", "", "Green",
         "Facilitator procured; programme starts in May 2025."),
    ]),
    ("Workstream 3: Listening to women, birthing people and families", [
        ("3.01",
         "Co-produce a new birth reflections service with the Maternity and Neonatal Voices "
         "Partnership (MNVP).",
         "Patient Experience Midwife", "30/11/2024", "28/02/2025", "Blue",
         "Service launched 17 February 2025; evidence accepted by MTAC."),
        ("3.02",
         "Publish translated antenatal information in the five most-spoken community languages "
         "across Shropshire, Telford and Wrekin.\nMake the leaflets available through the "
         "BadgerNotes app.",
         "MNVP Chair and Head of Midwifery", "June 2025", "", "Amber",
         "Translations of three languages received; funding for the remaining two being sought."),
    ]),
]


def make_maternity():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("The Shrewsbury and Telford Hospital NHS Trust")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Maternity and Neonatal Transformation Plan – Progress Report", style="Title")
    doc.add_paragraph("Board of Directors (meeting in public), 10 April 2025 – Appendix 2")

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Report author", "Director of Midwifery"),
                 ("Executive lead", "Chief Nursing Officer"),
                 ("Reporting period", "1–31 March 2025"),
                 ("Purpose", "Assurance")]:
        row = cover.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], DOC_FILL["grey"])
        set_cell(row[1], v)

    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Delivery status key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [
            ("Blue", "Delivered and evidenced – assured by the Maternity Transformation Assurance "
                     "Committee (MTAC)"),
            ("Green", "On track to deliver by the due date"),
            ("Amber", "At risk – mitigations in place"),
            ("Red", "Off track – escalated to MTAC")]:
        row = key.add_row().cells
        set_cell(row[0], "")
        shade(row[0], DOC_FILL[colour])
        set_cell(row[1], meaning)

    doc.add_paragraph("")
    headers = ["Ref", "Action", "Lead", "Original due date", "Revised due date", "Status",
               "Progress this period"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in enumerate(headers):
        set_cell(t.rows[0].cells[c], h, bold=True, size=9)
        shade(t.rows[0].cells[c], DOC_FILL["band"])
    for ws_name, actions in MAT:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, ws_name, bold=True, size=10)
        shade(merged, DOC_FILL["grey"])
        for ref, action, lead, orig, rev, colour, prog in actions:
            cells = t.add_row().cells
            set_cell(cells[0], ref, size=9)
            set_cell(cells[1], action, size=9)
            set_cell(cells[2], lead, size=9)
            set_cell(cells[3], orig, size=9)
            set_cell(cells[4], rev, size=9)
            set_cell(cells[5], "")
            shade(cells[5], DOC_FILL[colour])
            set_cell(cells[6], prog, size=9)
    doc.add_paragraph("")
    doc.add_paragraph("Note: actions shaded blue have been assured by MTAC and will move to the closed "
                      "actions log in May 2025.")
    doc.save(out("el2-shrewsbury-telford-hospital-maternity-neonatal-transformation-plan.docx"))


# ================================================== 3. CSP delivery plan (csv)
def make_csp():
    W = 7
    rows = [
        ["Safer Sutton Partnership – Community Safety Plan 2024-25: Delivery Plan"],
        ["Quarter 3 update (October – December 2024), presented to the Safer Sutton Partnership "
         "Board on 6 February 2025"],
        ["RAG: R = not on track; A = some slippage; G = on track; C = complete"],
        [],
        ["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 RAG", "Q3 RAG", "Q3 progress update"],
        ["Priority 1: Tackling violence against women and girls"],
        ["1.1", "Deliver the White Ribbon accreditation action plan across the Council and partner "
                "agencies.", "LBS Community Safety Team", "Nov-24", "G", "C",
         "White Ribbon accreditation confirmed on 25 November 2024."],
        ["1.2", "Extend the Ask for Angela and Safe Haven schemes to all licensed premises in Sutton "
                "town centre.", "Licensing / Met Police (South BCU)", "March 2025", "A", "A",
         "31 of 44 premises signed up; licensing visits continuing."],
        ["1.3", "Commission a domestic abuse perpetrator programme for 2025-26.",
         "Head of Community Safety", "Q4 2024/25", "G", "R",
         "Tender returned no compliant bids; re-procurement options going to the Board."],
        ["Priority 2: Reducing serious violence and exploitation"],
        ["2.1", "Publish the refreshed Serious Violence Duty strategic needs assessment and local "
                "strategy.", "Serious Violence Duty Lead", "31/01/2025", "A", "G",
         "Draft agreed by the Serious Violence Steering Group; publication on track."],
        ["2.2", "Run targeted weapons sweeps and Op Sceptre weeks of action in hotspot locations.",
         "Met Police (South BCU) and Sutton Parks Team", "Ongoing", "G", "G",
         "Two weeks of action held in Q3; 6 weapons recovered."],
        ["2.3", "Embed the contextual safeguarding approach in the Youth Justice Service and Early "
                "Help.", "Youth Justice Service Manager; Early Help Service Manager",
         "April 2024 – March 2025", "A", "A",
         "Training delivered to YJS; Early Help sessions moved to February."],
        ["Priority 3: Anti-social behaviour and neighbourhood safety"],
        ["3.1", "Review the Community Trigger process and publish the annual Community Trigger data.",
         "ASB Manager", "Sept 2024", "G", "C", "Data published on the Council website in October."],
        ["3.2", "Renew the Sutton town centre Public Spaces Protection Order (PSPO) following public "
                "consultation.", "Head of Regulatory Services", "Jun-25", "", "G",
         "New action for Q3. Consultation opens in March 2025."],
        ["3.3", "Hold four “Safer Streets” community engagement events with Sutton Housing "
                "Partnership residents.",
         "Community Safety Officer & Sutton Housing Partnership", "Q4 2024/25", "G", "G",
         "Three of four events held."],
        [],
        ["Summary (Q3): C 2, G 4, A 2, R 1"],
        ["Actions rated C are removed from the plan at year end."],
    ]
    with open(out("el2-safer-sutton-partnership-community-safety-plan-2024-25.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))


# ================================================ 4. DHR (txt, refuse)
def make_dhr():
    lines = [
        "Safer Portsmouth Partnership",
        "Domestic Homicide Review ‘Adult P’ – Action Plan",
        "Last updated: 3 March 2025 (DHR Oversight Group)",
        "",
        "\t".join(["Rec No", "Recommendation", "Action ref", "Action", "Lead agency", "Target date",
                   "Status", "Update"]),
        "\t".join(["1", "Portsmouth City Council Housing should ensure that domestic abuse is "
                   "routinely asked about when a tenant reports damage to a property.", "1.1",
                   "Add a domestic abuse routine enquiry question to the repairs and tenancy "
                   "visit scripts.", "PCC Housing Management", "31/12/2024", "Complete",
                   "Scripts updated and staff briefed in December."]),
        "\t".join(["", "", "1.2", "Train housing officers in the DAHA (Domestic Abuse Housing "
                   "Alliance) approach.", "PCC Housing Management", "March 2025", "In progress",
                   "62% of officers trained."]),
        "\t".join(["2", "Portsmouth Hospitals University NHS Trust should assure the Partnership that "
                   "the Emergency Department asks about domestic abuse when an adult attends with an "
                   "injury.", "2.1", "Audit Emergency Department records for routine enquiry and "
                   "referrals to the hospital IDVA.", "Portsmouth Hospitals University NHS Trust",
                   "June 2025", "In progress", "Audit tool agreed."]),
        "\t".join(["3", "Adult social care and substance misuse services should carry out joint risk "
                   "assessments where an adult with care needs lives with a partner who misuses "
                   "alcohol.", "3.1", "Agree a joint working protocol between adult social care and "
                   "the Recovery Hub.", "PCC Adult Social Care", "Sepember 2025", "Not started",
                   ""]),
        "\t".join(["", "", "3.2", "Share the learning from this review through a 7-minute briefing and "
                   "practitioner event.", "Safer Portsmouth Partnership Manager", "Ongoing",
                   "In progress", "Briefing published; event planned for May."]),
        "\t".join(["4", "The Probation Service should check for domestic abuse call-outs before "
                   "proposing a release address.", "4.1", "Remind offender managers of the police "
                   "domestic abuse enquiry requirement for release address checks.",
                   "Probation Service (Portsmouth PDU)", "Q2 2025/26", "In progress",
                   "Practice reminder issued."]),
        "",
        "Status key: Complete / In progress / Not started / Overdue",
    ]
    with open(out("el2-safer-portsmouth-partnership-dhr-adult-p-action-plan-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =========================================== 5. ICB board action log (xlsx)
def d(y, m, dd):
    return dt.datetime(y, m, dd)


ICB_OPEN = [
    ("ICB/24/058", d(2024, 9, 12), "24/093",
     "Bring a deep-dive on children and young people’s mental health waiting times, including the "
     "neurodiversity pathway, to a future Board seminar.",
     "Chief Medical Officer", d(2024, 11, 14), d(2025, 5, 8), "A",
     "Seminar moved to May 2025 to include the new national waiting time data."),
    ("ICB/24/071", d(2024, 11, 14), "24/118",
     "Share the Frimley system winter surge plan and OPEL escalation triggers with Board members.",
     "Director of Strategy and Transformation", d(2024, 12, 31), None, "R",
     "Not yet circulated; to be sent before the March Board."),
    ("ICB/25/004", d(2025, 1, 16), "25/009",
     "Provide an analysis of the primary care access recovery plan outcomes by Place (North East "
     "Hampshire and Farnham, Surrey Heath, and East Berkshire).",
     "Director of Primary Care", d(2025, 3, 13), None, "G", "On the agenda for 13 March."),
    ("ICB/25/007", d(2025, 1, 16), "25/014",
     "Confirm the timetable for the ICB operating model consultation and the staff engagement plan.",
     "Chief People Officer / Chief Executive", d(2025, 5, 15), None, "G",
     "Awaiting national guidance on ICB running costs."),
    ("ICB/25/009", d(2025, 1, 16), "25/021",
     "Arrange a Board development session on the NHS Oversight Framework 2025/26 segmentation once "
     "national guidance is published.",
     "Board Secretary", "TBC", None, "A", "Date to be set when guidance is published."),
]
ICB_CLOSE = [
    ("ICB/24/049", d(2024, 7, 11), "24/077",
     "Circulate the refreshed Board Assurance Framework heat map to members.",
     "Board Secretary", d(2024, 9, 12), None, "B", "Circulated 2 September 2024."),
    ("ICB/24/066", d(2024, 9, 12), "24/101",
     "Include ambulance handover delays at Wexham Park and Frimley Park in the Integrated Performance "
     "Report.", "Chief Operating Officer", d(2024, 11, 14), d(2025, 1, 16), "B",
     "Included from the January 2025 report."),
    ("ICB/24/074", d(2024, 11, 14), "24/122",
     "Write to the Local Maternity and Neonatal System (LMNS) Chair to request the CQC maternity "
     "survey action plan.\nReport the response to the Quality and Performance Committee.",
     "Chief Nursing Officer", d(2025, 1, 16), None, "B",
     "Response reported to the Committee on 6 February 2025."),
]


def make_icb():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS Frimley Integrated Care Board"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Board Meeting in Public – Action Log"
    cov["A3"].font = Font(bold=True, size=12)
    cov["A4"] = "As at: 6 March 2025"
    cov["A5"] = "Prepared by: Board Secretary"
    cov["A7"] = "The action log records actions agreed at Board meetings in public. Completed " \
                "actions are shown once for the Board to agree their closure."
    cov.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Action Log")
    headers = ["Action No.", "Date of meeting", "Minute ref", "Action", "Action owner", "Due date",
               "Revised due date", "RAG", "Update"]
    ws["A1"] = "NHS Frimley ICB – Board Meeting in Public: Action Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Updated for the Board meeting on 13 March 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    xl_header(ws, 4, headers)
    row = 5

    def band(text):
        nonlocal row
        ws.cell(row, 1, text).font = Font(bold=True)
        for c in range(1, len(headers) + 1):
            ws.cell(row, c).fill = XL["band"]
            ws.cell(row, c).border = BOX
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1

    def put(items):
        nonlocal row
        for no, met, minute, action, owner, due, rev, rag, upd in items:
            vals = [no, met, minute, action, owner, due, rev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row, 8).fill = XL[rag]
            ws.cell(row, 8).font = Font(bold=True)
            ws.cell(row, 8).alignment = Alignment(horizontal="center", vertical="top")
            row += 1

    band("Open actions")
    put(ICB_OPEN)
    band("Actions proposed for closure")
    put(ICB_CLOSE)
    row += 1
    ws.cell(row, 1, "Open actions: 5    Proposed for closure: 3")
    xl_widths(ws, [13, 13, 10, 60, 26, 12, 12, 6, 45])
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG"
    key["B1"] = "Definition"
    key["A1"].font = key["B1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("R", "Overdue – not completed by the due or revised due date"),
            ("A", "In progress – due date revised with Board agreement, or date to be confirmed"),
            ("G", "In progress – on track for the due date"),
            ("B", "Completed – proposed for closure")], start=2):
        key.cell(i, 1, k).fill = XL[k]
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 80
    wb.active = 1
    wb.save(out("el2-frimley-icb-board-action-log.xlsx"))


# ============================================ 6. Corporate risk register (xlsx)
CRR = [
    ("CR1 – Financial resilience and the medium-term financial strategy",
     "Director of Finance (s151 Officer)", "5 x 5 = 25", "4 x 5 = 20", "3 x 4 = 12", "↔", [
         ("Deliver the 2024-25 savings programme of £19.8m, with monthly tracking through the Budget "
          "Board.", "Director of Finance (s151 Officer)", d(2025, 3, 31), "A"),
         ("Agree the 2025-26 budget and the four-year Medium Term Financial Strategy at Council.",
          "Chief Executive / Director of Finance (s151 Officer)", "Feb-25", "G"),
     ]),
    ("CR2 – Demand and cost pressures in children’s social care placements",
     "Executive Director of Children’s Services", "5 x 4 = 20", "5 x 4 = 20", "3 x 4 = 12", "↑", [
         ("Open two new in-house children’s homes through the Sufficiency Strategy capital "
          "programme.", "Director of Children’s Social Care", d(2025, 9, 30), "A"),
         ("Complete the review of high-cost residential placements with health partners and agree "
          "joint funding where appropriate.",
          "Head of Commissioning; Place Director (NHS Cheshire and Merseyside)", "Q4 2024/25", "G"),
     ]),
    ("CR3 – Cyber security and resilience of ICT systems",
     "Director of Governance", "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", "↔", [
         ("Achieve Public Services Network (PSN) compliance recertification.",
          "Chief Digital Officer", "31/12/2024", "Complete"),
         ("Run a cyber incident exercise with the Corporate Management Team and test the ICT disaster "
          "recovery plan.", "Chief Digital Officer & Emergency Planning Manager", "June 2025", "G"),
     ]),
    ("CR4 – Housing and homelessness demand",
     "Director of Place Operations", "4 x 4 = 16", "4 x 4 = 16", "3 x 3 = 9", "↑", [
         ("Deliver the temporary accommodation reduction plan, including 40 additional units of "
          "council-leased accommodation.", "Head of Housing Services", "Ongoing", "A"),
     ]),
    ("CR5 – Workforce capacity and recruitment to hard-to-fill roles",
     "Director of HR", "4 x 4 = 16", "3 x 4 = 12", "2 x 4 = 8", "↓", [
         ("Launch the ‘grow our own’ apprenticeship scheme for social workers and planners.",
          "Head of HR and OD", d(2024, 11, 30), "R"),
         ("Refresh the workforce strategy and agree the terms of reference for the pay and grading "
          "review.", "Director of HR", "31/03/2025", "A"),
         ("Introduce a market supplement policy for hard-to-fill posts.", "Director of HR",
          d(2025, 1, 31), "G"),
     ]),
]


def score_fill(text):
    n = int(text.split("=")[-1])
    return XL["score_red"] if n >= 15 else XL["score_amb"] if n >= 8 else XL["score_grn"]


def make_crr():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Corporate Risk Register – document control"
    dc["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        dc.cell(3, c, h).font = Font(bold=True)
    for r, vals in enumerate([
            ("1.0", "14/10/2024", "Corporate Risk Manager", "Q2 2024-25 refresh agreed by CMT"),
            ("1.1", "20/01/2025", "Corporate Risk Manager",
             "Q3 2024-25 update; CR2 score unchanged, CR5 reduced")], start=4):
        for c, v in enumerate(vals, 1):
            dc.cell(r, c, v)
    xl_widths(dc, [10, 12, 24, 60])

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Cheshire West and Chester Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2024-25"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to the Audit and Governance Committee, 12 February 2025"
    headers = ["Risk", "Risk owner", "Inherent score (L x I)", "Current score (L x I)",
               "Target score (L x I)", "Direction of travel", "Further actions required",
               "Action owner", "Target date", "Action status"]
    xl_header(ws, 5, headers)
    row = 6
    for risk, owner, inh, cur, tgt, dot, actions in CRR:
        first = row
        for action, aowner, due, status in actions:
            for c, v in enumerate([action, aowner, due, status], 7):
                cell = ws.cell(row, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row, 10).fill = XL[status]
            ws.cell(row, 10).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
        last = row - 1
        for c, v in enumerate([risk, owner, inh, cur, tgt, dot], 1):
            cell = ws.cell(first, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (3, 4, 5):
                cell.fill = score_fill(v)
            if c == 1:
                cell.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    row += 1
    ws.cell(row, 1, "Action status: G = on track; A = at risk of slippage; R = overdue; "
                    "Complete = action delivered").font = Font(italic=True)
    ws.cell(row + 1, 1, "Scores: 15–25 high (red); 8–12 medium (amber); 1–6 low (green). "
                        "See the Risk matrix sheet.").font = Font(italic=True)
    xl_widths(ws, [34, 24, 11, 11, 11, 10, 55, 30, 12, 10])
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Risk matrix")
    mx["A1"] = "Likelihood x Impact"
    mx["A1"].font = Font(bold=True)
    for i in range(5):
        mx.cell(2, i + 2, i + 1).font = Font(bold=True)
        mx.cell(i + 3, 1, 5 - i).font = Font(bold=True)
        for j in range(5):
            n = (5 - i) * (j + 1)
            c = mx.cell(i + 3, j + 2, n)
            c.fill = XL["score_red"] if n >= 15 else XL["score_amb"] if n >= 8 else XL["score_grn"]
    mx["A9"] = "Rows: likelihood (5 = almost certain). Columns: impact (5 = critical)."
    wb.active = 1
    wb.save(out("el2-cheshire-west-chester-corporate-risk-register-q3-2024-25.xlsx"))


# ======================================= 7. Transformation highlight (xlsx)
TRANS = [
    ("Workstream 1: Resident Access and Digital", [
        ("T1.1", "Launch the new Croydon customer portal (My Account) with online council tax and "
                 "parking services.", "Director of Resident Access", d(2024, 10, 31),
         d(2025, 2, 28), "A", "A", "Council tax live; parking module in user testing."),
        ("T1.2", "Decommission the legacy CRM system and migrate open cases.",
         "Head of Digital Services", d(2025, 3, 31), d(2025, 6, 30), "G", "R",
         "Data migration errors found in testing; replan going to Transformation Board."),
        ("T1.3", "Pilot AI-assisted triage of contact centre emails.", "Head of Customer Services",
         d(2024, 12, 31), d(2024, 12, 31), "G", "Complete",
         "Pilot completed; evaluation report to February Board."),
    ]),
    ("Workstream 2: Commercial and Assets", [
        ("T2.1", "Complete the disposal of surplus assets in Tranche 2 (eight sites) to deliver "
                 "capital receipts of £25m.", "Director of Commercial Investment", d(2025, 3, 31),
         d(2025, 3, 31), "A", "A", "Five of eight sites exchanged; two at risk of slipping to Q1."),
        ("T2.2", "Consolidate office accommodation into Bernard Weatherill House and release the "
                 "vacated floors for letting.",
         "Head of Facilities Management / Corporate Landlord Lead", d(2025, 6, 30), d(2025, 6, 30),
         "G", "G", "Moves scheduled for April–June."),
    ]),
    ("Workstream 3: Adults Transformation", [
        ("T3.1", "Roll out the strengths-based ‘Croydon Conversations’ practice model to all adult "
                 "social care teams.", "Director of Adult Social Care Operations", d(2024, 11, 30),
         d(2025, 1, 31), "A", "G", "All teams trained by 24 January."),
        ("T3.2", "Procure the new reablement and home care framework and award contracts.\nMobilise "
                 "providers from April 2025.", "Head of Commissioning and Procurement",
         d(2025, 4, 30), d(2025, 4, 30), None, "G", "New milestone this period."),
        ("T3.3", "Extend the Technology Enabled Care (TEC) offer to 500 additional residents.",
         "TEC Programme Manager", d(2025, 3, 31), "Q1 2025/26", "G", "A",
         "312 residents to date; referral rate below plan."),
    ]),
]


def make_transformation():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Future Croydon Transformation Programme – Highlight Report"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Reporting period: Period 10 (January 2025)"
    s["A3"] = "Senior Responsible Owner: Chief Executive"
    s["A4"] = "Overall programme status: Amber"
    s["A6"] = "Workstream summary"
    s["A6"].font = Font(bold=True)
    for c, h in enumerate(["Workstream", "Previous status", "Current status", "Key messages"], 1):
        s.cell(7, c, h).font = Font(bold=True)
        s.cell(7, c).fill = XL["band"]
    for r, vals in enumerate([
            ("Resident Access and Digital", "Amber", "Amber",
             "Portal launch behind baseline; CRM decommissioning now red."),
            ("Commercial and Assets", "Amber", "Amber",
             "Capital receipts forecast £21.4m against £25m target."),
            ("Adults Transformation", "Amber", "Green",
             "Practice model rolled out; TEC referrals below plan.")], start=8):
        for c, v in enumerate(vals, 1):
            s.cell(r, c, v).alignment = WRAP
    s["A12"] = "Savings delivered to date: £14.2m of £22.0m (65%)"
    s["A13"] = "Decisions required from the Transformation Board: approve the CRM replan (T1.2)."
    xl_widths(s, [32, 16, 16, 70])

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Future Croydon Transformation Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Milestone tracker – Period 10 (January 2025)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Baseline dates are those in the Transformation Plan approved by Cabinet in July "
                "2024. Forecast dates are the latest position agreed by the Transformation Board.")
    headers = ["Ref", "Milestone", "Lead officer", "Baseline date", "Forecast date", "Previous RAG",
               "Current RAG", "Commentary"]
    xl_header(ws, 5, headers)
    row = 6
    for wsname, items in TRANS:
        ws.cell(row, 1, wsname).font = Font(bold=True)
        for c in range(1, len(headers) + 1):
            ws.cell(row, c).fill = XL["band2"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1
        for vals in items:
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            for c in (6, 7):
                v = ws.cell(row, c).value
                if v:
                    ws.cell(row, c).fill = XL[v]
                ws.cell(row, c).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
    row += 1
    ws.cell(row, 1, "RAG key: G – on track; A – at risk, recoverable; R – off track, Board "
                    "intervention required; Complete – milestone delivered").font = Font(italic=True)
    xl_widths(ws, [8, 58, 32, 11, 11, 10, 10, 50])
    ws.freeze_panes = "A6"
    wb.save(out("el2-croydon-council-transformation-programme-highlight-report.xlsx"))


if __name__ == "__main__":
    make_sar()
    make_maternity()
    make_csp()
    make_dhr()
    make_icb()
    make_crr()
    make_transformation()
    print("written to", HERE)
