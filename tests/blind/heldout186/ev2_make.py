"""Build the seven ev2- blind test files (set heldout186).

Run with: /work/main/.venv/bin/python ev2_make.py
Writes, beside this script:
  ev2-north-tyneside-sab-sar-adult-m-action-plan.docx
  ev2-dudley-group-nhsft-maternity-neonatal-improvement-plan.docx
  ev2-countess-of-chester-hospital-nhsft-board-action-log-typo-month-refuse.xlsx
  ev2-erewash-bc-corporate-risk-register-q3-2024-25.xlsx
  ev2-bradford-council-transformation-programme-highlight-report.xlsx
  ev2-knowsley-csp-dhr-sophie-action-plan.txt
  ev2-bolton-csp-community-safety-delivery-plan-2025-26.csv
The data below (A(...) records) is also what the expected readings were written from.
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

FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
        "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DDEBF7", "pale": "F2F2F2"}


def A(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status, end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status_cell=status_cell, status=status)
    if end_text is not None:
        d["end_text"] = end_text
    d.update(extra)
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    """Write text into a cell; '\n' in text starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    return s


# ======================================================================
# 1. North Tyneside SAB – SAR Adult M – multi-agency action plan (docx)
# ======================================================================
NT_TITLE = "Safeguarding Adults Review – Adult M: Multi-agency Action Plan"
NT_T1 = "Learning Theme 1: Self-neglect and hoarding"
NT_T2 = "Learning Theme 2: Mental capacity and executive functioning"
NT_T3 = "Learning Theme 3: Hospital discharge and information sharing"
NT_T4 = "Learning Theme 4: Board assurance"
NT_R1 = ("Recommendation 1: North Tyneside SAB should seek assurance that partner agencies are applying the "
         "multi-agency self-neglect and hoarding guidance, including escalation where an adult repeatedly "
         "declines support.")
NT_R2 = ("Recommendation 2: Partner agencies should ensure practitioners consider executive functioning when "
         "assessing capacity for adults who repeatedly make decisions that place them at risk of serious harm.")
NT_R3 = ("Recommendation 3: Northumbria Healthcare NHS Foundation Trust and North Tyneside Council should review "
         "how safeguarding concerns are shared when an adult who is known to be self-neglecting is discharged "
         "from hospital.")
NT_R4 = ("Recommendation 4: The SAB should evaluate the impact of this review’s learning twelve months after "
         "publication.")
NT_RAGFILL = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"], "B": FILL["blue"]}

NT_THEMES = [
    (NT_T1, NT_R1, [
        A("1.1", [NT_T1, NT_R1],
          "Refresh the Self-neglect and Hoarding Practice Guidance to include a clear escalation route to a "
          "multi-agency risk management meeting.",
          "SAB Business Manager", ["SAB Business Manager"], "31/03/2025", "2025-03", "G", "green",
          progress="Draft guidance circulated to Policy and Procedures Sub-Group; sign-off scheduled for March Board."),
        A("1.2", [NT_T1, NT_R1],
          "Deliver two multi-agency briefing sessions on the refreshed guidance.\n"
          "Record attendance by agency and report to the SAR Sub-Group.",
          "Head of Adult Safeguarding (NTC) / Workforce Development Lead",
          ["Head of Adult Safeguarding (NTC)", "Workforce Development Lead"], "June 2025", "2025-06", "A", "amber",
          progress="Sessions booked for May 2025; venue for second session not yet confirmed."),
        A("1.3", [NT_T1, NT_R1],
          "Undertake a multi-agency audit of self-neglect cases closed at section 42 in 2024/25.",
          "Quality Assurance Sub-Group Chair", ["Quality Assurance Sub-Group Chair"], "Sept 2025", "2025-09",
          "G", "green", progress="Audit tool agreed; case sample to be drawn in Q1 2025/26."),
    ]),
    (NT_T2, NT_R2, [
        A("2.1", [NT_T2, NT_R2],
          "Include executive functioning in the Mental Capacity Act refresher training for all front-line staff.",
          "MCA Lead, Northumbria Healthcare NHS FT; MCA Lead, North Tyneside Council",
          ["MCA Lead, Northumbria Healthcare NHS FT", "MCA Lead, North Tyneside Council"],
          "31 December 2024", "2024-12", "B", "blue",
          progress="Training content revised and delivered from December 2024. Completed."),
        A("2.2", [NT_T2, NT_R2],
          "Audit a sample of 20 capacity assessments in adult social care to test whether executive functioning "
          "has been considered.",
          "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"], "April 2025", "2025-04",
          "R", "red", progress=""),
    ]),
    (NT_T3, NT_R3, [
        A("3.1", [NT_T3, NT_R3],
          "Add a mandatory safeguarding and self-neglect prompt to the discharge to assess (D2A) referral form.",
          "Discharge Lead, Northumbria Healthcare NHS FT", ["Discharge Lead, Northumbria Healthcare NHS FT"],
          "28/02/2025", "2025-02", "B", "blue",
          progress="Prompt added to electronic form; live from 3 February 2025."),
        A("3.2", [NT_T3, NT_R3],
          "Agree an information-sharing protocol between the Integrated Discharge Team and the Adult Social Care "
          "Front Door.",
          "Head of Integrated Services", ["Head of Integrated Services"],
          "Ongoing – reviewed at each SAR Sub-Group", None, "A", "amber",
          end_text="Ongoing – reviewed at each SAR Sub-Group",
          progress="Protocol in draft; awaiting Caldicott Guardian comments."),
    ]),
    (NT_T4, NT_R4, [
        A("4.1", [NT_T4, NT_R4],
          "Publish a 7-minute briefing on Adult M and circulate through all partner agencies.",
          "SAB Business Manager", ["SAB Business Manager"], "October 2024", "2024-10", "B", "blue",
          progress="Briefing published 3 October 2024."),
        A("4.2", [NT_T4, NT_R4],
          "Present an impact report to the Board, drawing on the audit findings at 1.3 and 2.2.",
          "Independent Chair, North Tyneside SAB", ["Independent Chair, North Tyneside SAB"],
          "Sept 2025", "2025-09", "G", "green", progress=""),
    ]),
]
NT_ACTIONS = [a for _, _, acts in NT_THEMES for a in acts]


def make_north_tyneside(path):
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "North Tyneside Safeguarding Adults Board"
    doc.add_heading(NT_TITLE, level=0)
    doc.add_paragraph("Review published: 12 September 2024. Plan owner: SAR Sub-Group. "
                      "This version records progress reported by partner agencies up to 14 January 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "24/09/2024", "SAB Business Manager", "First draft following publication"),
                ("2.0", "15/11/2024", "SAB Business Manager", "Updates from partner agencies"),
                ("3.0", "14/01/2025", "SAB Business Manager", "RAG ratings reviewed at SAR Sub-Group")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning in [("R", "Not started or significant delay"), ("A", "In progress – some slippage"),
                            ("G", "In progress – on track"), ("B", "Completed and evidenced")]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], NT_RAGFILL[letter])
        set_cell(cells[1], meaning)

    heads = ["Ref", "Action", "Lead", "Target date", "Progress update (January 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(2.8), Cm(7.0), Cm(1.2)]
    for theme, rec, acts in NT_THEMES:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        m = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        set_cell(m, rec, bold=True)
        shade(m, FILL["lightblue"])
        for c, h in zip(tb.rows[1].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, FILL["grey"])
        for a in acts:
            cells = tb.add_row().cells
            vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["progress"], a["status_cell"]]
            for c, v in zip(cells, vals):
                set_cell(c, v)
            shade(cells[5], NT_RAGFILL[a["status_cell"]])
        for row in tb.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_paragraph("Next review: SAR Sub-Group, April 2025. Actions rated Blue will be closed once the "
                      "Sub-Group has seen the evidence.")
    doc.save(path)


# ======================================================================
# 2. Dudley Group NHS FT – Maternity and Neonatal Improvement Plan (docx)
# ======================================================================
DG_TITLE = "Maternity and Neonatal Improvement Plan 2024/25"
DG_T1 = "1. Safe staffing and workforce"
DG_T2 = "2. Safety and clinical governance"
DG_T3 = "3. Listening to women and families"
DG_T4 = "4. Neonatal services"
DG_RAGFILL = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}

DG_THEMES = [
    (DG_T1, [
        A("1.1", [DG_T1],
          "Recruit to the midwifery establishment set by the 2024 Birthrate Plus assessment, including 12.4 WTE "
          "band 6 midwives.",
          "Director of Midwifery", ["Director of Midwifery"], None, "2025-06", "Amber", "amber",
          source="CQC Must Do 1", orig="31/03/2025", rev="30/06/2025",
          progress="9.0 WTE appointed; remaining posts out to advert. International recruitment cohort arriving "
                   "May 2025."),
        A("1.2", [DG_T1],
          "Achieve 90% compliance with PROMPT multi-professional emergency training for all staff groups.",
          "Practice Development Midwife / Clinical Director for Obstetrics",
          ["Practice Development Midwife", "Clinical Director for Obstetrics"], None, "2024-12", "Blue", "blue",
          source="3YDP Theme 2", orig="31/12/2024", rev="",
          progress="Compliance at January 2025: midwives 93%, obstetricians 91%, anaesthetists 90%."),
        A("1.3", [DG_T1],
          "Ensure a supernumerary labour ward co-ordinator is on duty on every shift and record exceptions on "
          "the safe staffing dashboard.",
          "Head of Midwifery", ["Head of Midwifery"], None, "2025-04", "Green", "green",
          source="CQC Must Do 2", orig="31/01/2025", rev="30/04/2025",
          progress="Achieved on 97% of shifts in January; exceptions reviewed at the Maternity Safety Champions "
                   "meeting. Date revised to show three consecutive months of compliance."),
    ]),
    (DG_T2, [
        A("2.1", [DG_T2],
          "Complete the fresh-eyes CTG review audit monthly and act on the findings.",
          "Fetal Monitoring Lead Midwife", ["Fetal Monitoring Lead Midwife"], None, None, "Green", "green",
          end_text="Monthly", source="CQC Must Do 3", orig="Monthly", rev="",
          progress="Audit completed each month since October 2024; compliance 88% in January."),
        A("2.2", [DG_T2],
          "Report all maternity PSII and learning responses to the Board through the Perinatal Quality "
          "Surveillance report.",
          "Chief Nurse", ["Chief Nurse"], None, "2024-09", "Blue", "blue",
          source="Ockenden IEA 1", orig="30/09/2024", rev="",
          progress="Quarterly report established; standing item at Quality and Safety Committee."),
        A("2.3", [DG_T2],
          "Review and update all maternity guidelines that are past their review date.\n"
          "Prioritise the 14 guidelines identified by CQC.",
          "Maternity Governance Lead", ["Maternity Governance Lead"], None, "2025-07", "Red", "red",
          source="CQC Should Do 4", orig="31/03/2025", rev="31/07/2025",
          progress="31 of 46 guidelines updated; 6 of the 14 priority guidelines still outstanding."),
    ]),
    (DG_T3, [
        A("3.1", [DG_T3],
          "Co-produce a personalised care and support plan template with the Maternity and Neonatal Voices "
          "Partnership (MNVP).",
          "Patient Experience Midwife; MNVP Chair", ["Patient Experience Midwife", "MNVP Chair"], None,
          "2025-05", "Green", "green", source="3YDP Theme 1", orig="31/05/2025", rev="",
          progress="Two co-production workshops held; template being tested on Ward C1."),
        A("3.2", [DG_T3],
          "Provide an interpreter at every booking appointment where a language need is identified, and audit "
          "uptake quarterly.",
          "Head of Midwifery", ["Head of Midwifery"], None, "2025-03", "Amber", "amber",
          source="CQC Should Do 7", orig="Q4 2024/25", rev="",
          progress="Q3 audit: 84% of women with an identified need had an interpreter at booking."),
    ]),
    (DG_T4, [
        A("4.1", [DG_T4],
          "Meet BAPM standards for nurse staffing on the neonatal unit.",
          "Neonatal Matron / Clinical Director for Neonates", ["Neonatal Matron", "Clinical Director for Neonates"],
          None, "2026-03", "Green", "green", source="3YDP Theme 3", orig="31/03/2026", rev="",
          progress="Business case approved at Executive Committee in January 2025; recruitment starts April."),
        A("4.2", [DG_T4],
          "Implement transitional care on the postnatal ward to keep mothers and babies together.",
          "Neonatal Matron", ["Neonatal Matron"], None, "2024-11", "Blue", "blue",
          source="Ockenden IEA 7", orig="30/11/2024", rev="",
          progress="Transitional care live from November 2024; 12 babies cared for in the first month."),
    ]),
]
DG_ACTIONS = [a for _, acts in DG_THEMES for a in acts]
for _a in DG_ACTIONS:
    _a["end_cell"] = _a["rev"] or _a["orig"]


def make_dudley(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(DG_TITLE, level=0)
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Organisation", "The Dudley Group NHS Foundation Trust"),
                 ("Meeting", "Public Board of Directors, 13 March 2025 (Enclosure 9)"),
                 ("Executive sponsor", "Chief Nurse"),
                 ("Author", "Director of Midwifery"),
                 ("Purpose", "Assurance"),
                 ("Sources", "CQC maternity inspection report (published 2024); Ockenden immediate and essential "
                             "actions (IEA); NHS England three-year delivery plan for maternity and neonatal "
                             "services (3YDP)")]:
        cells = cover.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], FILL["pale"])
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Progress summary as at 28 February 2025").bold = True
    counts = {}
    for a in DG_ACTIONS:
        counts[a["status_cell"]] = counts.get(a["status_cell"], 0) + 1
    summ = doc.add_table(rows=1, cols=2)
    summ.style = "Table Grid"
    set_cell(summ.rows[0].cells[0], "RAG", bold=True)
    set_cell(summ.rows[0].cells[1], "Number of actions", bold=True)
    for rag in ["Blue", "Green", "Amber", "Red"]:
        cells = summ.add_row().cells
        set_cell(cells[0], rag)
        shade(cells[0], DG_RAGFILL[rag])
        set_cell(cells[1], str(counts.get(rag, 0)))
    cells = summ.add_row().cells
    set_cell(cells[0], "Total", bold=True)
    set_cell(cells[1], str(len(DG_ACTIONS)), bold=True)

    doc.add_paragraph("RAG key: Blue – completed and evidenced; Green – on track; Amber – at risk of delay, "
                      "mitigation in place; Red – off track or overdue. Where a due date has been revised, the "
                      "revision was approved by the Maternity and Neonatal Safety Oversight Group.")

    heads = ["Ref", "Source", "Action", "Lead", "Original due date", "Revised due date",
             "Progress / evidence", "RAG"]
    widths = [Cm(1.0), Cm(2.2), Cm(6.5), Cm(3.6), Cm(2.2), Cm(2.2), Cm(6.0), Cm(1.4)]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, heads):
        set_cell(c, h, bold=True, colour="FFFFFF")
        shade(c, FILL["navy"])
    for theme, acts in DG_THEMES:
        row = tb.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, theme, bold=True)
        shade(m, FILL["lightblue"])
        for a in acts:
            cells = tb.add_row().cells
            vals = [a["ref"], a["source"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["progress"],
                    a["status_cell"]]
            for c, v in zip(cells, vals):
                set_cell(c, v)
            shade(cells[-1], DG_RAGFILL[a["status_cell"]])
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph("The plan is monitored monthly by the Maternity and Neonatal Safety Oversight Group and "
                      "reported quarterly to the Quality and Safety Committee.")
    doc.save(path)


# ======================================================================
# 3. Countess of Chester – Board action log (xlsx)  REFUSE: mistyped month
# ======================================================================
CC_TITLE = ("Countess of Chester Hospital NHS Foundation Trust – Board of Directors (Meeting in Public) "
            "Action Log")
CC_STATUSFILL = {"Complete": "92D050", "Not yet due": "FFFFFF", "Overdue": "FF7C80", "On track": "FFE699"}
CC_ROWS = [
    # no, meeting date, minute ref, item, action, lead, due (date or str), update, status
    ("BoD 24/033", dt.date(2024, 5, 2), "24/075", "Integrated Performance Report",
     "Provide an analysis of 12-hour waits in the Emergency Department for patients aged over 75, including "
     "time to initial assessment.", "Chief Operating Officer", dt.date(2024, 11, 1),
     "Included in the December IPR (section 3.2). Propose closure.", "Complete"),
    ("BoD 24/041", dt.date(2024, 7, 4), "24/112", "Freedom to Speak Up Guardian Report",
     "Bring the themes from the FTSU pulse survey to Board alongside the 2024 NHS Staff Survey results.",
     "Chief People Officer", dt.date(2025, 3, 1), "Scheduled for the March Board.", "Not yet due"),
    ("BoD 24/052", dt.date(2024, 9, 5), "24/139", "Maternity and Neonatal Safety Report",
     "Confirm the trajectory for compliance with CNST Safety Action 8 training requirements.",
     "Director of Midwifery", dt.date(2024, 12, 1),
     "Trajectory presented to Quality and Safety Committee on 16 December; Board update deferred.", "Overdue"),
    ("BoD 24/060", dt.date(2024, 11, 7), "24/171", "Board Assurance Framework",
     "Review the risk appetite for BAF risk 4 (financial sustainability) at the Board development session.",
     "Director of Finance / Director of Corporate Affairs", "Febuary 2025",
     "Board development session booked for 20 February.", "Not yet due"),
    ("BoD 24/061", dt.date(2024, 11, 7), "24/173", "Thirlwall Inquiry",
     "Provide the Board with a timetable for responding to the Inquiry’s recommendations once the report is "
     "published.", "Chief Executive", "TBC", "Publication date of the Inquiry report not yet confirmed.",
     "Not yet due"),
    ("BoD 24/068", dt.date(2024, 12, 5), "24/190", "Winter Plan 2024/25",
     "Circulate the winter escalation trigger points to Board members.", "Chief Operating Officer",
     dt.date(2025, 1, 1), "Circulated by email on 10 January 2025. Propose closure.", "Complete"),
    ("BoD 24/070", dt.date(2024, 12, 5), "24/194", "Patient Experience Report",
     "Invite a patient or carer to share their story at a future Board meeting.", "Chief Nurse", "April 2025",
     "", "Not yet due"),
]
CC_FIRST_DATA_ROW = 5
CC_REFUSE_ROW = CC_FIRST_DATA_ROW + [i for i, r in enumerate(CC_ROWS) if r[6] == "Febuary 2025"][0]

CC_CLOSED = [
    ("BoD 24/019", dt.date(2024, 3, 7), "24/046", "Green Plan",
     "Report progress against the Green Plan carbon reduction targets.", "Director of Estates and Facilities",
     dt.date(2024, 9, 1), "Reported to Board September 2024.", "Closed 05/09/2024"),
    ("BoD 24/047", dt.date(2024, 7, 4), "24/118", "Guardian of Safe Working Report",
     "Share the exception reporting breakdown by specialty with Non-Executive Directors.", "Medical Director",
     dt.date(2024, 9, 1), "Circulated 22 August 2024.", "Closed 05/09/2024"),
    ("BoD 24/055", dt.date(2024, 9, 5), "24/142", "Annual Complaints Report",
     "Amend the annual complaints report to include the PHSO upheld rate before publication.",
     "Director of Corporate Affairs", dt.date(2024, 10, 1), "Amended report published on the website.",
     "Closed 07/11/2024"),
]


def _xl_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def make_countess(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    bd = _xl_border()
    ws["A1"] = CC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 27 January 2025 – for the meeting on 6 February 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead", "Due date",
             "Progress update", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.border = bd
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, r in enumerate(CC_ROWS):
        rr = CC_FIRST_DATA_ROW + i
        for j, v in enumerate(r, 1):
            c = ws.cell(row=rr, column=j, value=v)
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j == 2:
                c.number_format = "dd/mm/yyyy"
            if j == 7 and isinstance(v, dt.date):
                c.number_format = "mmm-yy"
        ws.cell(row=rr, column=9).fill = PatternFill("solid", fgColor=CC_STATUSFILL[r[8]])
    kr = CC_FIRST_DATA_ROW + len(CC_ROWS) + 1
    ws.cell(row=kr, column=1, value="Key").font = Font(bold=True)
    for i, (k, m) in enumerate([("Complete", "Action complete – proposed for closure"),
                                ("Overdue", "Due date passed, action not complete"),
                                ("Not yet due", "Action open, due date not yet reached")]):
        c = ws.cell(row=kr + 1 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=CC_STATUSFILL[k])
        ws.cell(row=kr + 1 + i, column=2, value=m)
    for col, w in zip("ABCDEFGHI", [12, 12, 10, 24, 48, 26, 11, 44, 13]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed since 1 April 2024"
    ws2["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(heads[:-1] + ["Closed"], 1):
        c = ws2.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    for i, r in enumerate(CC_CLOSED):
        for j, v in enumerate(r, 1):
            c = ws2.cell(row=4 + i, column=j, value=v)
            if j == 2:
                c.number_format = "dd/mm/yyyy"
            if j == 7:
                c.number_format = "mmm-yy"
    for col, w in zip("ABCDEFGHI", [12, 12, 10, 24, 48, 26, 11, 40, 18]):
        ws2.column_dimensions[col].width = w
    wb.save(path)


# ======================================================================
# 4. Erewash BC – Corporate Risk Register Q3 2024/25 (xlsx)
# ======================================================================
ER_TITLE = "Erewash Borough Council – Corporate Risk Register"
ER_C1 = "Finance and resources"
ER_C2 = "Governance and compliance"
ER_C3 = "Service delivery and workforce"
ER_C4 = "Place and regeneration"
ER_RISKS = [
    (ER_C1, [
        dict(risk="Failure to set and maintain a balanced budget over the Medium Term Financial Strategy period, "
                  "caused by inflation, pay awards and uncertainty over future local government funding, leading "
                  "to unplanned use of reserves and reductions in services.",
             owner="Director of Resources", inh=(4, 5), res=(4, 4), dirn="↔",
             controls="MTFS refreshed annually; monthly budget monitoring to CMT; reserves strategy.",
             q2="amber",
             act=A("CR1", [ER_C1], "Deliver the 2025/26 savings and income programme of £1.2m and report "
                   "progress monthly to Corporate Management Team.", "Head of Finance (S151 Officer)",
                   ["Head of Finance (S151 Officer)"], dt.date(2025, 3, 31), "2025-03", "amber", "amber")),
        dict(risk="Income from car parking, leisure and commercial property falls below budgeted levels, "
                  "reducing the resources available to fund services.",
             owner="Director of Resources", inh=(4, 4), res=(3, 3), dirn="↓",
             controls="Quarterly income monitoring; fees and charges reviewed annually.",
             q2="amber",
             act=A("CR2", [ER_C1], "Complete the review of fees and charges for 2025/26.\n"
                   "Review the commercial property portfolio and identify under-performing assets for disposal.",
                   "Head of Finance / Head of Property and Estates",
                   ["Head of Finance", "Head of Property and Estates"], "Q4 2024/25", "2025-03", "green", "green")),
    ]),
    (ER_C2, [
        dict(risk="A cyber attack results in loss of systems or data, disrupting services and causing "
                  "financial and reputational harm.",
             owner="Director of Resources", inh=(5, 5), res=(3, 5), dirn="↓",
             controls="Firewalls and endpoint protection; immutable back-ups; staff phishing tests.",
             q2="red",
             act=A("CR3", [ER_C2], "Achieve PSN compliance and complete the Cyber Assessment Framework "
                   "self-assessment.", "ICT Manager", ["ICT Manager"], dt.date(2025, 6, 30), "2025-06",
                   "amber", "amber")),
        dict(risk="The Council fails to meet the Regulator of Social Housing consumer standards, leading to "
                  "regulatory intervention and harm to tenants.",
             owner="Director of Community Services", inh=(4, 4), res=(3, 4), dirn="↔",
             controls="Housing compliance dashboard; Tenant Panel; monthly landlord compliance checks.",
             q2="amber",
             act=A("CR4", [ER_C2], "Complete stock condition surveys on the remaining 35% of council homes and "
                   "load the data to the asset management system.", "Head of Housing", ["Head of Housing"],
                   dt.date(2025, 9, 30), "2025-09", "amber", "amber")),
        dict(risk="Failure to meet statutory information governance requirements (FOI, EIR and subject access "
                  "requests), leading to ICO enforcement.",
             owner="Head of Legal and Democratic Services", inh=(3, 3), res=(2, 3), dirn="↓",
             controls="Information Governance Group; case management system for requests.",
             q2="green",
             act=A("CR5", [ER_C2], "Roll out mandatory data protection e-learning to all staff and elected "
                   "members.", "Data Protection Officer", ["Data Protection Officer"], dt.date(2024, 12, 31),
                   "2024-12", "blue", "blue")),
    ]),
    (ER_C3, [
        dict(risk="Inability to recruit and retain staff in key professional roles (planning, environmental "
                  "health, legal), affecting service delivery.",
             owner="Chief Executive", inh=(4, 4), res=(4, 3), dirn="↔",
             controls="Workforce strategy; agile working; use of agency staff where essential.",
             q2="amber",
             act=A("CR6", [ER_C3], "Implement the market supplement policy and a grow-our-own apprenticeship "
                   "scheme for hard-to-fill posts.", "Head of HR and Organisational Development",
                   ["Head of HR and Organisational Development"], "Ongoing", None, "amber", "amber",
                   end_text="Ongoing")),
        dict(risk="The waste and recycling service is not ready to introduce weekly food waste collections by "
                  "31 March 2026 as required by Simpler Recycling.",
             owner="Director of Community Services", inh=(3, 4), res=(2, 4), dirn="↔",
             controls="Project board in place; new burdens funding confirmed.",
             q2="green",
             act=A("CR7", [ER_C3], "Procure food waste vehicles and caddies and agree the collection round "
                   "redesign.", "Head of Operational Services", ["Head of Operational Services"],
                   dt.date(2026, 3, 1), "2026-03", "green", "green")),
    ]),
    (ER_C4, [
        dict(risk="Delay or overspend on the Long Eaton Levelling Up Fund programme, leading to loss of external "
                  "funding and failure to deliver the town centre improvements.",
             owner="Director of Place", inh=(4, 4), res=(4, 4), dirn="↑",
             controls="Programme Board; monthly highlight reports; external cost consultant.",
             q2="red",
             act=A("CR8", [ER_C4], "Re-profile the programme with MHCLG and report monthly to the Programme "
                   "Board.", "Head of Regeneration", ["Head of Regeneration"], dt.date(2025, 5, 31), "2025-05",
                   "red", "red")),
    ]),
]
ER_ACTIONS = [r["act"] for _, rs in ER_RISKS for r in rs]


def make_erewash(path):
    wb = Workbook()
    bd = _xl_border()
    ragfill = lambda k: PatternFill("solid", fgColor=FILL[k])

    # --- Summary sheet
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Corporate Risk Register – Quarter 3 2024/25 summary"
    s["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(["Ref", "Risk owner", "Residual score Q2", "Residual score Q3", "Direction of travel"], 1):
        c = s.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = bd
    r = 4
    q2score = {"CR1": 16, "CR2": 12, "CR3": 20, "CR4": 12, "CR5": 6, "CR6": 12, "CR7": 8, "CR8": 12}
    bands = {"high": 0, "medium": 0, "low": 0}
    for _, rs in ER_RISKS:
        for rk in rs:
            sc = rk["res"][0] * rk["res"][1]
            for j, v in enumerate([rk["act"]["ref"], rk["owner"], q2score[rk["act"]["ref"]], sc, rk["dirn"]], 1):
                s.cell(row=r, column=j, value=v).border = bd
            bands["high" if sc >= 15 else "medium" if sc >= 8 else "low"] += 1
            r += 1
    r += 1
    s.cell(row=r, column=1, value="Totals by residual score").font = Font(bold=True)
    for i, (lab, key) in enumerate([("High (15–25)", "high"), ("Medium (8–12)", "medium"), ("Low (1–6)", "low")]):
        s.cell(row=r + 1 + i, column=1, value=lab)
        s.cell(row=r + 1 + i, column=2, value=bands[key])
    s.cell(row=r + 4, column=1, value="Total risks").font = Font(bold=True)
    s.cell(row=r + 4, column=2, value=sum(bands.values())).font = Font(bold=True)
    for col, w in zip("ABCDE", [22, 36, 18, 18, 18]):
        s.column_dimensions[col].width = w

    # --- Register sheet
    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = ER_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:P1")
    ws["A2"] = "Quarter 3 2024/25 (October – December 2024) – reported to Audit and Risk Committee, 10 February 2025"
    ws.merge_cells("A2:P2")
    groups = [("D4:F4", "Inherent risk"), ("H4:J4", "Residual risk"), ("L4:N4", "Further action"),
              ("O4:P4", "Action RAG")]
    for rng, lab in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = lab
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    heads = ["Ref", "Risk description (cause / event / consequence)", "Risk owner", "L", "I", "Score",
             "Key controls in place", "L", "I", "Score", "Direction of travel", "Further action required",
             "Action owner", "Target date", "Q2", "Q3"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = bd
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
    r = 6
    for cat, rs in ER_RISKS:
        ws.cell(row=r, column=1, value=cat).font = Font(bold=True, color="FFFFFF")
        for j in range(1, 17):
            ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="44546A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
        r += 1
        for rk in rs:
            a = rk["act"]
            vals = [a["ref"], rk["risk"], rk["owner"], rk["inh"][0], rk["inh"][1], rk["inh"][0] * rk["inh"][1],
                    rk["controls"], rk["res"][0], rk["res"][1], rk["res"][0] * rk["res"][1], rk["dirn"],
                    a["action"], a["lead_cell"], a["end_cell"], None, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if j == 14 and isinstance(v, dt.date):
                    c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
            ws.cell(row=r, column=15).fill = ragfill(rk["q2"])
            ws.cell(row=r, column=16).fill = ragfill(a["status_cell"])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: L = likelihood, I = impact (1–5). Action RAG colours are explained on "
                                   "the Risk Matrix sheet. Q2 = previous quarter, Q3 = this quarter.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKLMNOP", [7, 46, 20, 4, 4, 6, 34, 4, 4, 6, 10, 46, 24, 11, 6, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B6"

    # --- Matrix / key sheet
    m = wb.create_sheet("Risk Matrix")
    m["A1"] = "Risk scoring matrix and RAG key"
    m["A1"].font = Font(bold=True, size=12)
    m["A3"] = "Impact →  / Likelihood ↓"
    for i in range(1, 6):
        m.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        m.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            sc = (6 - i) * j
            c = m.cell(row=3 + i, column=1 + j, value=sc)
            c.fill = ragfill("red" if sc >= 15 else "amber" if sc >= 8 else "green")
    m["A11"] = "Action RAG key"
    m["A11"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("red", "Action off track"), ("amber", "Action behind schedule but recoverable"),
                                  ("green", "Action on track"), ("blue", "Action complete")]):
        m.cell(row=12 + i, column=1).fill = ragfill(k)
        m.cell(row=12 + i, column=2, value=txt)
    m.column_dimensions["A"].width = 24
    wb.save(path)


# ======================================================================
# 5. Bradford Council – Transformation Programme highlight report (xlsx)
# ======================================================================
BR_TITLE = "Bradford Council Transformation Programme – Highlight Report"
BR_W1 = "Customer and Digital"
BR_W2 = "Property and Assets"
BR_W3 = "Children’s and Adults’ Demand Management"
BR_W4 = "Workforce and Organisation"
BR_RAGFILL = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"],
              "Not started": "FFFFFF"}
BR_MILESTONES = [
    (BR_W1, [
        A("CD-01", [BR_W1], "Go live with the new contact centre telephony platform",
          "Assistant Director, Customer Services", ["Assistant Director, Customer Services"], None, "2025-01",
          "Complete", "blue", base=dt.date(2024, 12, 1), fc=dt.date(2025, 1, 1),
          comment="Went live 13 January 2025 after a four-week delay for number porting."),
        A("CD-02", [BR_W1], "Launch the resident online account for council tax and benefits",
          "Assistant Director, Customer Services / Digital Programme Lead",
          ["Assistant Director, Customer Services", "Digital Programme Lead"], None, "2025-06", "Amber", "amber",
          base=dt.date(2025, 3, 1), fc=dt.date(2025, 6, 1),
          comment="Supplier delay on integration with the revenues system; revised plan agreed."),
    ]),
    (BR_W2, [
        A("PA-01", [BR_W2], "Complete the disposal of the first tranche of 12 surplus assets",
          "Strategic Director, Place", ["Strategic Director, Place"], None, "2025-03", "Green", "green",
          base=dt.date(2025, 3, 1), fc=dt.date(2025, 3, 1),
          comment="9 of 12 sales completed; remaining 3 at exchange."),
        A("PA-02", [BR_W2], "Agree the office accommodation consolidation plan for City Hall and Britannia House",
          "Head of Estates", ["Head of Estates"], None, "2025-04", "Amber", "amber",
          base=dt.date(2025, 2, 1), fc=dt.date(2025, 4, 1),
          comment="Options appraisal to be taken to Executive in April."),
    ]),
    (BR_W3, [
        A("DM-01", [BR_W3], "Implement the revised front door and strengths-based practice model in adult "
          "social care", "Director of Adult Social Care", ["Director of Adult Social Care"], None, "2025-04",
          "Green", "green", base=dt.date(2025, 4, 1), fc=dt.date(2025, 4, 1),
          comment="Phase 1 teams live; phase 2 training under way."),
        A("DM-02", [BR_W3], "Open two in-house children’s homes to reduce reliance on external residential "
          "placements", "Director of Operations, Bradford Children and Families Trust",
          ["Director of Operations, Bradford Children and Families Trust"], None, "2025-11", "Red", "red",
          base=dt.date(2025, 9, 1), fc=dt.date(2025, 11, 1),
          comment="Planning permission for the second home refused; alternative site under review."),
    ]),
    (BR_W4, [
        A("WO-01", [BR_W4], "Complete the voluntary redundancy scheme and confirm the 2025/26 establishment",
          "Director of HR", ["Director of HR"], None, "2025-03", "Green", "green",
          base=dt.date(2025, 3, 1), fc=dt.date(2025, 3, 1),
          comment="142 applications approved; consultation with trade unions concluded."),
        A("WO-02", [BR_W4], "Embed the new performance management framework across all directorates",
          "Director of HR", ["Director of HR"], None, None, "Not started", "unrated", end_text="TBC",
          base=dt.date(2025, 6, 1), fc="TBC",
          comment="Start deferred until the establishment is confirmed."),
    ]),
]
BR_ACTIONS = [a for _, acts in BR_MILESTONES for a in acts]
for _a in BR_ACTIONS:
    _a["end_cell"] = _a["fc"]


def make_bradford(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    bd = _xl_border()
    ws["A1"] = BR_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="7030A0")
    ws.merge_cells("A1:H1")
    info = [("Reporting period", "January 2025"), ("Senior Responsible Owner", "Chief Executive"),
            ("Programme Manager", "Head of Transformation (PMO)"), ("Date of report", dt.date(2025, 2, 7)),
            ("Overall programme RAG", "Amber")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=3 + i, column=3, value=v)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
    ws.cell(row=7, column=3).fill = PatternFill("solid", fgColor=FILL["amber"])

    r = 9
    ws.cell(row=r, column=1, value="1. Workstream summary").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Workstream", "", "Workstream lead", "RAG last period", "RAG this period",
                           "Summary of the period"], 1):
        c = ws.cell(row=r, column=j, value=h or None)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    summary = [(BR_W1, "Director of Digital and Customer", "Amber", "Green",
                "Telephony platform live; online account delayed."),
               (BR_W2, "Strategic Director, Place", "Green", "Amber",
                "Disposals on track; accommodation decision slipped to April."),
               (BR_W3, "Strategic Director, Children’s Services", "Amber", "Amber",
                "Adult social care front door live; children’s homes site issue."),
               (BR_W4, "Director of HR", "Green", "Green", "Voluntary redundancy scheme closed.")]
    for ws_name, lead, last, this, txt in summary:
        r += 1
        ws.cell(row=r, column=1, value=ws_name)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=lead)
        ws.cell(row=r, column=4, value=last).fill = PatternFill("solid", fgColor=BR_RAGFILL[last])
        ws.cell(row=r, column=5, value=this).fill = PatternFill("solid", fgColor=BR_RAGFILL[this])
        ws.cell(row=r, column=6, value=txt)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)

    r += 2
    ws.cell(row=r, column=1, value="2. Key milestones").font = Font(bold=True, size=12)
    r += 1
    heads = ["Workstream", "Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.border = bd
    for wsn, acts in BR_MILESTONES:
        top = r + 1
        for a in acts:
            r += 1
            vals = [wsn if r == top else None, a["ref"], a["action"], a["lead_cell"], a["base"], a["fc"],
                    a["status_cell"], a["comment"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=BR_RAGFILL[a["status_cell"]])
        ws.merge_cells(start_row=top, start_column=1, end_row=r, end_column=1)

    r += 2
    ws.cell(row=r, column=1, value="3. Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Ref", "Type", "Description", "Mitigation", "Owner", "", "Rating"], 1):
        if h:
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
    for ref, typ, desc, mit, own, rating in [
            ("R1", "Risk", "Savings from demand management may not be realised in 2025/26 if placement costs "
                           "continue to rise.", "Monthly placement panel; market shaping with providers.",
             "Strategic Director, Children’s Services", "Red"),
            ("I1", "Issue", "Revenues system supplier has not met the integration date for the online account.",
             "Escalated to supplier account director; contract remedies under review.",
             "Digital Programme Lead", "Amber")]:
        r += 1
        for j, v in zip([1, 2, 3, 4, 5, 7], [ref, typ, desc, mit, own, rating]):
            ws.cell(row=r, column=j, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=BR_RAGFILL[rating])

    r += 2
    ws.cell(row=r, column=1, value="4. Decisions and support required from the Transformation Board").font = \
        Font(bold=True, size=12)
    r += 1
    ws.cell(row=r, column=1, value="• Note the revised forecast date for the resident online account (CD-02).")
    r += 1
    ws.cell(row=r, column=1, value="• Agree to receive the children’s homes site options paper at the March Board.")
    r += 2
    ws.cell(row=r, column=1, value="RAG key: Green – on track; Amber – at risk, recoverable; Red – off track, "
                                   "Board support needed; Complete – milestone delivered; Not started – not yet "
                                   "begun.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [22, 9, 46, 30, 12, 12, 11, 46]):
        ws.column_dimensions[col].width = w

    sv = wb.create_sheet("Savings")
    sv["A1"] = "Transformation savings 2024/25 (£000)"
    sv["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Workstream", "Target", "Forecast", "Variance"], 1):
        sv.cell(row=3, column=j, value=h).font = Font(bold=True)
    rows = [(BR_W1, 2100, 1650), (BR_W2, 3400, 3400), (BR_W3, 9800, 7250), (BR_W4, 4700, 4900)]
    for i, (w, t, f) in enumerate(rows):
        sv.cell(row=4 + i, column=1, value=w)
        sv.cell(row=4 + i, column=2, value=t)
        sv.cell(row=4 + i, column=3, value=f)
        sv.cell(row=4 + i, column=4, value=f"=C{4 + i}-B{4 + i}")
    sv.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j, colL in zip([2, 3, 4], "BCD"):
        sv.cell(row=8, column=j, value=f"=SUM({colL}4:{colL}7)").font = Font(bold=True)
    sv.column_dimensions["A"].width = 42
    wb.save(path)


# ======================================================================
# 6. Knowsley CSP – DHR 'Sophie' action plan (tab-separated text export)
# ======================================================================
KN_TITLE = "Knowsley Community Safety Partnership – Domestic Homicide Review ‘Sophie’ – Action Plan"
KN_R1 = ("1. Knowsley CSP to assure itself that all agencies routinely ask about domestic abuse when a person "
         "presents with alcohol misuse.")
KN_R2 = ("2. Merseyside Police and Knowsley Council to review how repeat incidents are identified where the "
         "victim and perpetrator are not living together.")
KN_R3 = "3. Primary care to strengthen enquiry about domestic abuse in consultations for anxiety and depression."
KN_R4 = ("4. Home Office to consider guidance on the risks of domestic abuse in non-cohabiting relationships "
         "where alcohol misuse is a feature.")
KN_RECS = [
    (KN_R1, "Local", [
        A("1.1", [KN_R1], "Add routine enquiry about domestic abuse to the Change Grow Live assessment and review "
          "templates.", "Change Grow Live", ["Change Grow Live"], "Sep-24", "2024-09", "B", "blue",
          milestones="Templates amended; staff briefed at team meetings",
          outcome="Completed 30/09/2024 – audit shows 92% of assessments include routine enquiry"),
        A("1.2", [KN_R1], "Deliver domestic abuse and alcohol awareness training to staff in Knowsley drug and "
          "alcohol services.", "Knowsley Domestic Abuse Partnership Manager",
          ["Knowsley Domestic Abuse Partnership Manager"], "Mar-25", "2025-03", "G", "green",
          milestones="Two of four sessions delivered", outcome=""),
    ]),
    (KN_R2, "Local / Regional", [
        A("2.1", [KN_R2], "Review the repeat-victim flag on Niche for incidents involving partners who do not "
          "live together.", "Merseyside Police", ["Merseyside Police"], "Dec-24", "2024-12", "A", "amber",
          milestones="Review under way with the Force Public Protection Unit", outcome=""),
        A("2.2", [KN_R2], "Amend the MARAC referral criteria to include escalation after three incidents in "
          "twelve months.", "MARAC Chair; Knowsley Council Community Safety Team",
          ["MARAC Chair", "Knowsley Council Community Safety Team"], "31/01/2025", "2025-01", "G", "green",
          milestones="Draft criteria agreed by MARAC Steering Group", outcome=""),
    ]),
    (KN_R3, "Local", [
        A("3.1", [KN_R3], "Share a 7-minute briefing on this review with all Knowsley GP practices through the "
          "IRIS programme.", "Designated Nurse Safeguarding Adults, Knowsley Place",
          ["Designated Nurse Safeguarding Adults, Knowsley Place"], "Nov-24", "2024-11", "B", "blue",
          milestones="Briefing written and approved by DHR panel",
          outcome="Completed – briefing circulated 12/11/2024"),
        A("3.2", [KN_R3], "Audit 40 GP consultations for anxiety or depression for evidence of routine enquiry "
          "about domestic abuse.", "Named GP for Safeguarding", ["Named GP for Safeguarding"], "Jun-25",
          "2025-06", "G", "green", milestones="Audit tool agreed with practice safeguarding leads", outcome=""),
    ]),
    (KN_R4, "National", [
        A("4.1", [KN_R4], "Write to the Home Office DHR Quality Assurance Panel highlighting this learning.",
          "Chair, Knowsley Community Safety Partnership", ["Chair, Knowsley Community Safety Partnership"],
          "Following Home Office QA Panel sign-off", None, "A", "amber",
          end_text="Following Home Office QA Panel sign-off",
          milestones="Letter drafted", outcome=""),
    ]),
]
KN_ACTIONS = [a for _, _, acts in KN_RECS for a in acts]


def kn_lines():
    lines = [KN_TITLE,
             "Updated for the DHR Oversight Group, 21 November 2024",
             "",
             "RAG key: B = complete and evidenced; G = on track; A = some slippage; R = off track or not started",
             "",
             "\t".join(["Recommendation", "Scope (local / regional / national)", "Action No.", "Action to take",
                        "Lead agency", "Key milestones", "Target date", "Completion date and outcome", "RAG"])]
    for rec, scope, acts in KN_RECS:
        for i, a in enumerate(acts):
            lines.append("\t".join([rec if i == 0 else "", scope if i == 0 else "", a["ref"], a["action"],
                                    a["lead_cell"], a["milestones"], a["end_cell"], a["outcome"],
                                    a["status_cell"]]))
    lines += ["", "Plan owner: Knowsley CSP DHR Oversight Group. Next review: February 2025."]
    return lines


def make_knowsley(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(kn_lines()) + "\r\n")


# ======================================================================
# 7. Bolton CSP – Community Safety Plan delivery plan 2025/26 (csv)
# ======================================================================
BO_TITLE = ("Bolton Community Safety Partnership – Community Safety Plan 2025-28: Delivery Plan 2025/26 "
            "(Quarter 2 update)")
BO_P1 = "Priority 1: Tackling violence and exploitation"
BO_O1a = "1a Reduce serious violence in line with the Serious Violence Duty"
BO_O1b = "1b Reduce child criminal exploitation"
BO_P2 = "Priority 2: Domestic abuse and violence against women and girls"
BO_O2a = "2a Improve the safety of victims and survivors"
BO_O2b = "2b Hold perpetrators to account"
BO_P3 = "Priority 3: Anti-social behaviour and neighbourhood safety"
BO_O3a = "3a Reduce repeat anti-social behaviour"
BO_O3b = "3b Improve community confidence"
BO_ACTIONS = [
    A("SV1", [BO_P1, BO_O1a], "Refresh the Bolton serious violence strategic needs assessment.",
      "Bolton Council Community Safety Services", ["Bolton Council Community Safety Services"], "Q3 2025/26",
      "2025-12", "Green", "green", update="Data sharing agreement signed with GMP and health partners."),
    A("SV2", [BO_P1, BO_O1a], "Deliver the Violence Reduction Unit funded ‘Navigator’ programme in the Royal "
      "Bolton Hospital emergency department.", "Bolton NHS Foundation Trust / Greater Manchester VRU",
      ["Bolton NHS Foundation Trust", "Greater Manchester VRU"], "Apr 2025 – Mar 2026", "2026-03", "Green",
      "green", update="63 young people engaged in Q2, 41 accepted ongoing support."),
    A("CE1", [BO_P1, BO_O1b], "Hold a multi-agency exploitation “hot spot” operation in each school holiday.",
      "GMP Bolton District", ["GMP Bolton District"], "School holidays", None, "Green", "green",
      end_text="School holidays", update="Summer operation held 4–8 August; 11 referrals to the Complex "
                                        "Safeguarding Team."),
    A("DA1", [BO_P2, BO_O2a], "Recommission the community domestic abuse support service.\n"
      "Co-produce the new service specification with survivors.", "Domestic Abuse Partnership Manager",
      ["Domestic Abuse Partnership Manager"], "31/03/2026", "2026-03", "Amber", "amber",
      update="Procurement timetable has slipped by one month because of legal review."),
    A("DA2", [BO_P2, BO_O2a], "Train children’s social care and early help practitioners in the Safe and "
      "Together model.", "Bolton Children’s Services", ["Bolton Children’s Services"], "Sep-25", "2025-09",
      "Complete", "blue", update="218 practitioners trained; evaluation report to the CSP Board in November."),
    A("DA3", [BO_P2, BO_O2b], "Expand the perpetrator behaviour change programme to include a self-referral "
      "route.", "Probation Service (Bolton PDU) and Bolton Council Commissioning",
      ["Probation Service (Bolton PDU)", "Bolton Council Commissioning"], "Q4 2025/26", "2026-03",
      "Not started", "unrated", update="Awaiting the outcome of the Home Office funding bid."),
    A("ASB1", [BO_P3, BO_O3a], "Introduce an online form for ASB case reviews (Community Trigger) and publish "
      "the outcomes quarterly.", "Bolton Council ASB Team", ["Bolton Council ASB Team"], "December 2025",
      "2025-12", "Green", "green", update="Form built and in user testing."),
    A("ASB2", [BO_P3, BO_O3a], "Deliver targeted neighbourhood patrols in Bolton town centre during the "
      "night-time economy.", "GMP and Bolton at Home", ["GMP", "Bolton at Home"], "Ongoing", None, "Green",
      "green", end_text="Ongoing", update="Patrols every Friday and Saturday; town centre ASB down 14% on Q2 "
                                          "last year."),
    A("ASB3", [BO_P3, BO_O3b], "Run two Safer Streets community engagement events in each neighbourhood area.",
      "Neighbourhood Engagement Officer", ["Neighbourhood Engagement Officer"], "Mar-26", "2026-03", "Amber",
      "amber", update="4 of 18 events held; autumn events being scheduled."),
]


def bo_rows():
    n = 8
    rows = [[BO_TITLE] + [""] * (n - 1), [""] * n,
            ["Priority", "Objective", "Ref", "Action", "Lead partner(s)", "Timescale",
             "Q2 update (July – September 2025)", "RAG"]]
    for a in BO_ACTIONS:
        rows.append([a["under"][0], a["under"][1], a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                     a["update"], a["status_cell"]])
    counts = {}
    for a in BO_ACTIONS:
        counts[a["status_cell"]] = counts.get(a["status_cell"], 0) + 1
    rows.append([""] * n)
    rows.append(["Notes: RAG status agreed at the CSP Executive Board, 14 October 2025."] + [""] * (n - 1))
    rows.append([f"Total actions: {len(BO_ACTIONS)}", f"Complete: {counts.get('Complete', 0)}",
                 f"Green: {counts.get('Green', 0)}", f"Amber: {counts.get('Amber', 0)}",
                 f"Red: {counts.get('Red', 0)}", f"Not started: {counts.get('Not started', 0)}", "", ""])
    return rows


def make_bolton(path):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in bo_rows():
            w.writerow(row)


FILES = {
    "ev2-north-tyneside-sab-sar-adult-m-action-plan.docx": make_north_tyneside,
    "ev2-dudley-group-nhsft-maternity-neonatal-improvement-plan.docx": make_dudley,
    "ev2-countess-of-chester-hospital-nhsft-board-action-log-typo-month-refuse.xlsx": make_countess,
    "ev2-erewash-bc-corporate-risk-register-q3-2024-25.xlsx": make_erewash,
    "ev2-bradford-council-transformation-programme-highlight-report.xlsx": make_bradford,
    "ev2-knowsley-csp-dhr-sophie-action-plan.txt": make_knowsley,
    "ev2-bolton-csp-community-safety-delivery-plan-2025-26.csv": make_bolton,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
