"""Build the seven lt2- blind test files (set heldout366).

Run with: /work/main/.venv/bin/python lt2_make.py
Writes into the folder this script lives in.
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "BFBFBF",
    "head": "1F3864",
    "theme": "D9E1F2",
    "risk": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. East Ayrshire APC - Learning Review (Mr D) improvement action plan (xlsx)
# ---------------------------------------------------------------------------
def east_ayrshire():
    title = ("East Ayrshire Adult Protection Committee \u2013 Learning Review (Mr D) "
             "Improvement Action Plan")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Status / change"),
        ("1.0", "14/10/2024", "Lead Officer, Adult Protection",
         "Draft for APC Learning Review Sub-group"),
        ("1.1", "05/11/2024", "Lead Officer, Adult Protection",
         "Approved by APC 05/11/2024; endorsed by Chief Officers Group 19/11/2024"),
        ("1.2", "20/02/2025", "Lead Officer, Adult Protection",
         "Progress update for APC 04/03/2025"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A9"] = ("Purpose: this plan sets out the actions agreed by the APC in response to the "
                 "four recommendations of the Learning Review into the circumstances of Mr D "
                 "(report published September 2024).")
    cov["A10"] = ("The plan is monitored by the APC Learning Review Sub-group and reported to "
                  "the Chief Officers Group every six months.")
    for col, w in zip("ABCD", (10, 14, 32, 70)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:G1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Progress update as at 20 February 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation", "Improvement action", "Lead officer(s)", "Timescale",
           "Progress update", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
        c.alignment = WRAP

    rec1 = ("Recommendation 1: East Ayrshire APC should ensure that the multi-agency self-neglect "
            "and hoarding guidance is reviewed and that practitioners understand when self-neglect "
            "should be considered under adult support and protection procedures.")
    rec2 = ("Recommendation 2: Partner agencies should be assured that concerns about an adult who "
            "repeatedly declines support are shared and escalated, including through the use of "
            "multi-agency risk management meetings.")
    rec3 = ("Recommendation 3: Practitioners should be supported to apply professional curiosity "
            "and to involve family members when an adult\u2019s capacity to make decisions about "
            "their care fluctuates.")
    rec4 = ("Recommendation 4: The APC should seek assurance that the learning from this review "
            "has improved practice.")
    # (kind, values...)
    layout = [
        ("theme", "Theme 1: Self-neglect and hoarding"),
        ("act", "1.1", rec1,
         "Review and re-issue the East Ayrshire Self-Neglect and Hoarding Practice Guidance, "
         "including a clear threshold for referral under the Adult Support and Protection "
         "(Scotland) Act 2007.",
         "Service Manager, Adult Protection", "31/03/2025",
         "Draft guidance consulted on via Practice Sub-group in January 2025; final draft to "
         "APC in March 2025.", "Green"),
        ("act", "1.2", None,
         "Deliver briefing sessions on the revised guidance to HSCP, Police Scotland, Scottish "
         "Fire and Rescue Service and Housing staff.",
         "Public Protection Learning and Development Co-ordinator", "April \u2013 June 2025",
         "Sessions scheduled once guidance approved; SFRS and Housing dates confirmed.",
         "Not started"),
        ("theme", "Theme 2: Information sharing and escalation"),
        ("act", "2.1", rec2,
         "Introduce a Multi-Agency Risk Management (MARM) protocol for adults at risk who "
         "decline support, with a named chair and an escalation route to the Senior Manager, "
         "Adult Services.",
         "Senior Manager, Adult Services (HSCP)", "Q1 2025/26",
         "Protocol drafted with Police Scotland and NHS Ayrshire & Arran; test of change in the "
         "Kilmarnock locality from April 2025. Legal advice on information sharing awaited.",
         "Amber"),
        ("act", "2.2", None,
         "Audit a sample of 20 adult protection referrals to test whether escalation was used "
         "where an adult declined support, and report the findings to the APC.",
         "Chair, Quality Assurance Sub-group", "30/09/2025",
         "Audit tool agreed by the Sub-group in February 2025.", "Green"),
        ("theme", "Theme 3: Working with the adult and their family"),
        ("act", "3.1", rec3,
         "Include the learning from the Mr D review in the Council Officer refresher training "
         "and in the NHS Ayrshire & Arran Level 2 adult protection module.",
         "Public Protection Learning and Development Co-ordinator; Adult Protection Adviser, "
         "NHS Ayrshire & Arran", "31/01/2025",
         "Both courses updated; first refresher delivered 23/01/2025.", "Complete"),
        ("act", "3.2", None,
         "Produce a 7-minute briefing on fluctuating capacity and family involvement and "
         "circulate it to all partner agencies.",
         "Lead Officer, Adult Protection", "December 2024",
         "Briefing issued 16/12/2024 and published on the APC website.", "Complete"),
        ("theme", "Theme 4: Governance and assurance"),
        ("act", "4.1", rec4,
         "Report progress on this action plan to each APC meeting and to the Chief Officers "
         "Group every six months.",
         "Independent Convener, APC", "Ongoing",
         "Standing item on the APC agenda since November 2024.", "Green"),
        ("act", "4.2", None,
         "Carry out a follow-up multi-agency case file audit of adults at risk who self-neglect, "
         "twelve months after publication of the review.",
         "Chair, Quality Assurance Sub-group / Lead Officer, Adult Protection", "September 2025",
         "", "Not started"),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue",
                "Not started": "grey"}
    r = 5
    rec_start = None
    for item in layout:
        if item[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("theme")
            r += 1
            continue
        _, ref, rec, action, lead, when, prog, rag = item
        vals = [ref, rec, action, lead, when, prog, rag]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j)
            if v is not None and v != "":
                c.value = v
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
        if rec is not None:
            rec_start = r
        else:
            ws.merge_cells(start_row=rec_start, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of progress").font = Font(bold=True)
    summary = [("Complete", 2), ("Green", 3), ("Amber", 1), ("Red", 0), ("Not started", 2),
               ("Total actions", 8)]
    for k, (lab, n) in enumerate(summary):
        ws.cell(row=r + 1 + k, column=1, value=lab)
        ws.cell(row=r + 1 + k, column=2, value=n)
    r += len(summary) + 2
    ws.cell(row=r, column=1,
            value="Note: RAG status agreed at the APC Learning Review Sub-group on 18 February 2025.")
    for col, w in zip("ABCDEFG", (7, 42, 52, 30, 16, 44, 12)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, col, text) in enumerate([
        ("Complete", "blue", "Action completed and evidenced"),
        ("Green", "green", "On track to be delivered within timescale"),
        ("Amber", "amber", "Some slippage; remedial action in place"),
        ("Red", "red", "Significant delay or action not achievable"),
        ("Not started", "grey", "Action not yet due to start"),
    ]):
        key.cell(row=3 + i, column=1, value=lab).fill = fill(col)
        key.cell(row=3 + i, column=2, value=text)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 50
    wb.active = 1
    wb.save(out("lt2-east-ayrshire-apc-learning-review-mr-d-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. ESNEFT Board of Directors public action log (xlsx)
# ---------------------------------------------------------------------------
def esneft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Action Log"
    ws.merge_cells("A1:J1")
    ws["A1"] = "Board of Directors (Part 1 \u2013 Public) \u2013 Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = "East Suffolk and North Essex NHS Foundation Trust"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:J3")
    ws["A3"] = ("Updated following the meeting held on 6 February 2025 \u2013 for the meeting "
                "on 6 March 2025")
    ws["A3"].font = Font(italic=True)
    hdr = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead",
           "Original due date", "Revised due date", "Progress update", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    rows = [
        ("BoD 24/41", D(2024, 9, 5), "24/118", "Integrated Performance Report",
         "Provide a breakdown of the cancer 62-day backlog by tumour site, showing the "
         "trajectory to the March 2025 standard.",
         "Chief Operating Officer", D(2024, 10, 3), D(2025, 3, 6),
         "Deferred to allow inclusion of validated Q3 data; on the March agenda.", "amber"),
        ("BoD 24/47", D(2024, 11, 7), "24/156", "Maternity and Neonatal Safety Report",
         "Circulate the Maternity Incentive Scheme (CNST) Year 6 evidence summary to Board "
         "members ahead of the declaration.",
         "Chief Nurse / Director of Midwifery", D(2024, 12, 5), None,
         "Circulated by email on 28/11/2024. Propose closure.", "blue"),
        ("BoD 24/49", D(2024, 11, 7), "24/161", "Freedom to Speak Up Report",
         "Arrange a Board development session on the speaking-up themes from the 2024 staff "
         "survey.",
         "Director of People and Organisational Development", D(2025, 2, 6), D(2025, 4, 3),
         "Session booked for the April Board development day.", "green"),
        ("BoD 24/52", D(2024, 12, 5), "24/179", "Finance Report \u2013 Month 7",
         "Bring a revised cost improvement programme (CIP) forecast, with risk-adjusted "
         "savings, to the Board.",
         "CFO", D(2025, 2, 6), None,
         "Not received in February; Finance and Performance Committee reviewing on 26/02/2025.",
         "red"),
        ("BoD 25/03", D(2025, 2, 6), "25/014", "Patient Story",
         "Write to the patient and family to thank them for sharing their experience and to "
         "confirm the changes made on the ward.",
         "Chair", D(2025, 3, 6), None, "Letter sent 12/02/2025.", "blue"),
        ("BoD 25/04", D(2025, 2, 6), "25/019", "Board Assurance Framework",
         "Review the scoring of BAF risk 3 (workforce capacity) at the Executive Management "
         "Committee and report back.",
         "Director of Governance", D(2025, 4, 3), None, "", "green"),
        ("BoD 25/05", D(2025, 2, 6), "25/022", "Urgent and Emergency Care Update",
         "Present the winter review, including the lessons from the corridor care escalation "
         "in January, to the May Board.",
         "Chief Operating Officer; Chief Medical Officer", D(2025, 5, 1), None, "", "green"),
        ("BoD 25/06", D(2025, 2, 6), "25/024", "Estates Strategy",
         "Share the Colchester elective orthopaedic centre post-project evaluation with the "
         "Board.",
         "Chief Finance Officer", D(2025, 3, 6), D(2025, 7, 3),
         "Evaluation delayed pending the NHS England review; revised date agreed with the "
         "Chair.", "amber"),
    ]
    r = 6
    for row in rows:
        *vals, rag = row
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j)
            if v is not None and v != "":
                c.value = v
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c.border = BOX
            c.alignment = WRAP
        c = ws.cell(row=r, column=10)
        c.fill = fill(rag)
        c.border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (col, text) in enumerate([
        ("red", "Overdue \u2013 due date passed and no revised date agreed"),
        ("amber", "Revised due date agreed / at risk"),
        ("green", "On track \u2013 not yet due"),
        ("blue", "Complete \u2013 proposed for closure"),
    ]):
        ws.cell(row=r + 1 + i, column=1).fill = fill(col)
        ws.cell(row=r + 1 + i, column=2, value=text)
    ws.cell(row=r + 6, column=1,
            value="Actions marked complete will be removed from the log once closure has been "
                  "agreed by the Board.")
    for col, w in zip("ABCDEFGHIJ", (11, 12, 10, 24, 50, 26, 12, 12, 40, 8)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Guidance")
    g["A1"] = "How this log is maintained"
    g["A1"].font = Font(bold=True)
    g["A2"] = ("Actions are added by the Board Secretary from the approved minutes. Leads provide "
               "updates to the Trust Secretary's office five working days before each meeting.")
    g["A3"] = ("A revised due date may only be agreed by the Chair or the Board. The original due "
               "date is retained for audit purposes.")
    g.column_dimensions["A"].width = 110
    wb.save(out("lt2-esneft-board-of-directors-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 3. Gloucester City Council corporate risk register Q3 2025/26 - typo month (xlsx)
# ---------------------------------------------------------------------------
def gloucester():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Gloucester City Council \u2013 Corporate Risk Register: Summary"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Quarter 3 2025/26"
    s["A4"] = "Risk"
    s["B4"] = "Current score"
    s["C4"] = "Target score"
    s["D4"] = "Direction of travel"
    for c in ("A4", "B4", "C4", "D4"):
        s[c].font = Font(bold=True)
    summ = [("CR1 Financial resilience", 20, 12, "\u2194"),
            ("CR2 Cyber security", 16, 8, "\u2193"),
            ("CR3 Housing and homelessness", 20, 12, "\u2191"),
            ("CR4 Regeneration delivery", 12, 8, "\u2194"),
            ("CR5 Workforce capacity", 12, 6, "\u2194")]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = s.cell(row=5 + i, column=1 + j, value=v)
        s.cell(row=5 + i, column=2).fill = fill("red" if row[1] >= 15 else "amber")
    s["A11"] = "Risks scoring 15 or above (red): 3. Risks scoring 8\u201314 (amber): 2."
    s.column_dimensions["A"].width = 34
    s.column_dimensions["B"].width = 14
    s.column_dimensions["C"].width = 14
    s.column_dimensions["D"].width = 18

    ws = wb.create_sheet("Risk Register")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Gloucester City Council \u2013 Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Quarter 3 2025/26 (position at 31 December 2025) \u2013 Audit and Governance "
                "Committee, 26 January 2026")
    hdr = ["Ref", "Risk description / further action required", "Risk owner / action owner",
           "Inherent score", "Current score", "Target score", "Target date",
           "Progress / direction of travel", "Action RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("risk", "CR1", "Financial resilience: the Council is unable to set a balanced budget "
         "and maintain adequate reserves over the medium term.",
         "Director of Finance and Resources", 25, 20, 12, None, "\u2194 No change"),
        ("act", "CR1.1", "Deliver the 2026/27 savings programme of \u00a32.1m identified in the "
         "Medium Term Financial Strategy.", "Head of Finance", "Mar-26",
         "\u00a31.4m identified to date; remaining proposals to Cabinet in February 2026.",
         "Amber"),
        ("act", "CR1.2", "Complete the review of commercial property income and agree a "
         "programme of disposals.", "Head of Place", "Jun-26",
         "Valuations commissioned.", "Green"),
        ("risk", "CR2", "Cyber security: a successful cyber attack results in the loss of "
         "systems and data and the disruption of services.",
         "Head of Transformation and Commissioning", 25, 16, 8, None, "\u2193 Reducing"),
        ("act", "CR2.1", "Achieve the Cyber Assessment Framework (CAF) baseline profile for "
         "local government.", "ICT Manager", "Sep-26",
         "Self-assessment completed; 9 of 14 outcomes achieved.", "Green"),
        ("act", "CR2.2", "Run a corporate cyber incident exercise with the Senior Management "
         "Team.", "ICT Manager / Emergency Planning Officer", "Nov-25",
         "Exercise held 18 November 2025; lessons log in place.", "Complete"),
        ("risk", "CR3", "Housing and homelessness: demand for temporary accommodation exceeds "
         "supply, causing budget pressure and poor outcomes for households.",
         "Head of Housing", 25, 20, 12, None, "\u2191 Increasing"),
        ("act", "CR3.1", "Acquire 20 additional units of temporary accommodation through the "
         "Local Authority Housing Fund.", "Head of Housing", "Mar-26",
         "12 units completed; 5 under offer.", "Amber"),
        ("act", "CR3.2", "Implement the homelessness prevention fund and monitor outcomes "
         "monthly.", "Housing Options Manager", "Ongoing",
         "Fund launched October 2025.", "Green"),
        ("risk", "CR4", "Regeneration delivery: major regeneration schemes (The Forum, "
         "Blackfriars) are delayed or exceed budget.",
         "Head of Place", 20, 12, 8, None, "\u2194 No change"),
        ("act", "CR4.1", "Agree the revised programme for The Forum phase 2 with the "
         "development partner.", "Head of Place", "Jan-26",
         "Draft programme received December 2025.", "Green"),
        ("act", "CR4.2", "Report scheme cost reviews to Cabinet with an updated risk "
         "allowance.", "Head of Place / Director of Finance and Resources", "0ct-26",
         "First review scheduled for Cabinet in March 2026.", "Green"),
        ("risk", "CR5", "Workforce capacity: the Council cannot recruit and retain staff in key "
         "professional roles.", "Head of Policy and Resources", 16, 12, 6, None,
         "\u2194 No change"),
        ("act", "CR5.1", "Implement the market supplement policy for planning and legal roles.",
         "Head of Policy and Resources", "Apr-26", "Policy approved by JNCC.", "Green"),
        ("act", "CR5.2", "Launch the Council\u2019s apprenticeship and \u2018grow our own\u2019 "
         "programme.", "HR Business Partner", "Sep-26", "", "Not started"),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue",
                "Not started": "grey"}
    r = 5
    for row in rows:
        if row[0] == "risk":
            _, ref, desc, owner, inh, cur, tgt, _n, dot = row
            vals = [ref, desc, owner, inh, cur, tgt, None, dot, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.font = Font(bold=True)
                c.fill = fill("risk")
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=5).fill = fill("red" if cur >= 15 else "amber")
        else:
            _, ref, act, owner, when, prog, rag = row
            vals = [ref, act, owner, None, None, None, when, prog, rag]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v not in (None, ""):
                    c.value = v
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=9).fill = fill(rag_fill[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Scores are likelihood x impact on a 5 x 5 matrix (see "
            "Scoring Matrix tab). Target dates relate to further actions only.")
    for col, w in zip("ABCDEFGHI", (8, 60, 30, 10, 10, 10, 11, 40, 12)):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Impact \u2192 / Likelihood \u2193"
    for i in range(5):
        m.cell(row=2, column=2 + i, value=i + 1)
        m.cell(row=3 + i, column=1, value=5 - i)
        for j in range(5):
            v = (5 - i) * (j + 1)
            c = m.cell(row=3 + i, column=2 + j, value=v)
            c.fill = fill("red" if v >= 15 else "amber" if v >= 8 else "green")
    wb.active = 1
    wb.save(out("lt2-gloucester-city-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


def set_cell(cell, text, bold=False):
    lines = text.split("\n") if text else [""]
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def header_row(table, labels):
    for j, h in enumerate(labels):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, "D9E1F2")


# ---------------------------------------------------------------------------
# 4. South Tyneside and Sunderland NHSFT maternity & neonatal improvement plan (docx)
# ---------------------------------------------------------------------------
def stsft():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = (
        "South Tyneside and Sunderland NHS Foundation Trust \u2013 Family Care Division")
    doc.add_paragraph("Maternity and Neonatal Improvement Plan 2024\u20132026", style="Title")
    doc.add_paragraph("South Tyneside and Sunderland NHS Foundation Trust")
    doc.add_paragraph("Progress report to the Quality and Safety Committee \u2013 January 2025")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"])
    for i, row in enumerate([
        ("0.4", "12/07/2024", "Head of Midwifery", "Draft following CQC report and MNVP "
         "feedback"),
        ("1.0", "30/07/2024", "Director of Midwifery", "Approved by Quality and Safety Committee"),
        ("1.3", "21/01/2025", "Maternity Governance Lead", "Quarter 3 progress update"),
    ]):
        for j, v in enumerate(row):
            set_cell(t.rows[1 + i].cells[j], v)

    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (lab, col, text) in enumerate([
        ("B", "0070C0", "Complete \u2013 action delivered and evidence accepted by the "
         "Maternity Assurance Group"),
        ("G", "00B050", "On track to deliver by the agreed date"),
        ("A", "FFC000", "Risk to delivery \u2013 mitigation in place"),
        ("R", "FF0000", "Off track \u2013 date missed or will be missed"),
        ("Grey", "BFBFBF", "Not yet started"),
    ]):
        set_cell(k.rows[i].cells[0], lab, bold=True)
        shade(k.rows[i].cells[0], col)
        set_cell(k.rows[i].cells[1], text)

    doc.add_heading("Improvement actions", level=1)
    doc.add_paragraph(
        "Actions are grouped into four workstreams. Where a completion date has been revised "
        "with the agreement of the Maternity Assurance Group, the original date is retained.")
    cols = ["Ref", "Source", "Action", "Lead(s)", "Original date", "Revised date",
            "Progress this period", "RAG"]
    rag_hex = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", "Grey": "BFBFBF"}
    workstreams = [
        ("Workstream 1: Listening to and working with women and families", [
            ("1.1", "Ockenden IEA 2",
             "Co-produce the personalised care and support plan template with the Maternity "
             "and Neonatal Voices Partnership (MNVP) and launch it across Sunderland Royal "
             "Hospital and the midwife-led unit at South Tyneside District Hospital.",
             "Director of Midwifery; MNVP Chair", "31/10/2024", "28/02/2025",
             "Template agreed with the MNVP in December; digital version awaiting BadgerNet "
             "build.", "A"),
            ("1.2", "CQC MD2",
             "Ensure interpreters are booked for all antenatal appointments where a need is "
             "identified at booking, and audit compliance monthly.",
             "Consultant Midwife", "30/09/2024", "",
             "Audit shows 96% compliance in November and December.", "B"),
            ("1.3", "MNVP 15 Steps",
             "Act on the findings of the 15 Steps for Maternity walkaround:\n"
             "- improve signage to the Maternity Assessment Unit\n"
             "- provide overnight facilities for partners on the postnatal ward",
             "Matron \u2013 Inpatient Maternity", "31/03/2025", "",
             "Signage ordered; reclining chairs delivered for 8 of 12 bays.", "G"),
        ]),
        ("Workstream 2: Safe staffing and workforce", [
            ("2.1", "Ockenden IEA 3",
             "Complete the Birthrate Plus review and present the midwifery establishment paper "
             "to the Board.",
             "Director of Midwifery", "30/11/2024", "31/03/2025",
             "Report received January 2025; Board paper scheduled for March.", "A"),
            ("2.2", "CNST Safety Action 4",
             "Achieve compliance with the BAPM standard for neonatal nurses qualified in "
             "speciality (QIS).",
             "Neonatal Matron / Neonatal Lead Nurse", "31/03/2026", "",
             "QIS at 68% against the 70% standard; four nurses on the course.", "G"),
            ("2.3", "Ockenden IEA 3",
             "Deliver PROMPT multi-professional obstetric emergency training to 90% of all "
             "staff groups.",
             "Practice Development Midwife", "Ongoing \u2013 monitored monthly", "",
             "Midwives 94%, obstetricians 88%, anaesthetists 79%.", "A"),
        ]),
        ("Workstream 3: Clinical governance and learning", [
            ("3.1", "PSIRF",
             "Embed the Patient Safety Incident Response Framework in maternity, including "
             "weekly multidisciplinary incident review meetings.",
             "Maternity Governance Lead", "31/12/2024", "",
             "Weekly MDT review meetings in place since October 2024.", "B"),
            ("3.2", "MBRRACE-UK",
             "Use the Perinatal Mortality Review Tool (PMRT) for all eligible deaths and report "
             "the themes quarterly to the Board Maternity Safety Champion.",
             "Clinical Director, Obstetrics and Gynaecology", "Quarterly", "",
             "Q3 report presented to the Safety Champion on 14/01/2025.", "G"),
            ("3.3", "CQC MD5",
             "Ensure CTG fresh-eyes reviews are completed and documented hourly in labour, "
             "with a monthly audit.",
             "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", "31/01/2025",
             "30/04/2025",
             "December audit 81%; BadgerNet prompt to go live in February.", "R"),
        ]),
        ("Workstream 4: Neonatal and perinatal pathways", [
            ("4.1", "Saving Babies\u2019 Lives v3",
             "Implement Element 6 (management of diabetes in pregnancy) of the Saving "
             "Babies\u2019 Lives Care Bundle.",
             "Consultant Obstetrician (Diabetes)", "June 2025", "",
             "", "Grey"),
        ]),
    ]
    for heading, acts in workstreams:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for i, a in enumerate(acts):
            for j, v in enumerate(a):
                set_cell(t.rows[1 + i].cells[j], v)
            shade(t.rows[1 + i].cells[7], rag_hex[a[7]])
        doc.add_paragraph("")
    doc.add_heading("Summary", level=1)
    doc.add_paragraph("Of the 10 actions in the plan: 2 complete (B), 3 on track (G), 3 at risk "
                      "(A), 1 off track (R) and 1 not yet started.")
    doc.add_paragraph("Next update: Quality and Safety Committee, April 2025.")
    doc.save(out("lt2-south-tyneside-sunderland-nhsft-maternity-neonatal-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Stroud District CSP - DHR 'Helen' action plan (docx)
# ---------------------------------------------------------------------------
def stroud():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Stroud District Community Safety Partnership").bold = True
    doc.add_paragraph("Domestic Homicide Review \u2018Helen\u2019 \u2013 Action Plan",
                      style="Title")
    doc.add_paragraph("Overview report approved by the CSP: 12 June 2024. Home Office Quality "
                      "Assurance Panel feedback received: 3 December 2024. Action plan updated: "
                      "21 March 2025.")
    d = doc.add_table(rows=4, cols=2)
    d.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Review", "DHR \u2018Helen\u2019 (SDCSP/DHR/2023/01)"),
        ("Action plan owner", "Community Safety Manager, Stroud District Council"),
        ("Monitoring", "DHR Action Plan Monitoring Group (quarterly), reporting to the CSP "
         "Executive"),
        ("Publication", "Overview report and executive summary published 14 January 2025"),
    ]):
        set_cell(d.rows[i].cells[0], a, bold=True)
        set_cell(d.rows[i].cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete \u2013 action completed and evidenced; Green \u2013 "
                      "on track; Amber \u2013 delayed, revised date agreed; Red \u2013 not "
                      "progressing; Not started.")
    cols = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
            "Key milestones achieved", "Target date", "Status"]
    recs = [
        ("Recommendation 1: Stroud District CSP to seek assurance that all agencies\u2019 "
         "domestic abuse training addresses coercive and controlling behaviour in the "
         "relationships of older people.", "Local", [
             ("1.1", "Review the content of the Gloucestershire domestic abuse training offer so "
              "that it includes older victims and coercive control by family members.",
              "Gloucestershire County Council (Domestic Abuse Commissioning Team)",
              "Training needs analysis completed January 2025.", "30/06/2025", "Green"),
             ("1.2", "Circulate a 7-minute briefing on the learning from this review to all CSP "
              "partner agencies.", "Stroud District Council",
              "Briefing issued 10 February 2025.", "February 2025", "Complete"),
         ]),
        ("Recommendation 2: GP practices to ask routinely about domestic abuse when an older "
         "patient presents with unexplained injuries or a change in presentation.",
         "Local / Regional", [
             ("2.1", "Deliver IRIS (Identification and Referral to Improve Safety) training to "
              "the remaining GP practices in the Stroud and Berkeley Vale locality.",
              "NHS Gloucestershire ICB", "11 of 17 practices trained.", "31/03/2026", "Green"),
             ("2.2", "Add a domestic abuse prompt to the frailty review template used in "
              "primary care and community nursing.",
              "NHS Gloucestershire ICB and Gloucestershire Health and Care NHS Foundation Trust",
              "Template change requested; awaiting clinical systems group.", "Sept 2025",
              "Amber"),
         ]),
        ("Recommendation 3: Gloucestershire Constabulary to ensure that DASH risk assessments "
         "for victims aged over 60 consider the role of carers and adult children.", "Local", [
             ("3.1", "Update the DASH guidance and supervisory checklist for Public Protection "
              "Bureau staff.", "Gloucestershire Constabulary",
              "Guidance revised and approved November 2024.", "December 2024", "Complete"),
         ]),
        ("Recommendation 4: The Home Office to consider including specific guidance on older "
         "victims within the statutory guidance for domestic homicide reviews.", "National", [
             ("4.1", "Write to the Home Office setting out the learning from this review in "
              "relation to older victims.", "Stroud District CSP (Chair)", "",
              "31/05/2025", "Not started"),
         ]),
        ("Recommendation 5: Gloucestershire County Council Adult Social Care to ensure that "
         "carers\u2019 assessments explore the risk of domestic abuse where the carer is a "
         "family member.", "Local", [
             ("5.1", "Amend the carers\u2019 assessment form and practice guidance to include a "
              "routine enquiry about domestic abuse.",
              "Gloucestershire County Council (Adult Social Care)",
              "Draft form with the Practice Development Group.", "Q2 2025/26", "Green"),
             ("5.2", "Audit 30 carers\u2019 assessments to test the use of the routine enquiry.",
              "Adult Social Care Quality Assurance Team", "", "March 2026", "Not started"),
         ]),
    ]
    n = sum(len(r[2]) for r in recs)
    t = doc.add_table(rows=1 + n, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    rag_hex = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0",
               "Not started": "FFFFFF"}
    r = 1
    for rec, scope, acts in recs:
        first = r
        for (no, action, lead, miles, when, status) in acts:
            cells = t.rows[r].cells
            set_cell(cells[0], no)
            if r == first:
                set_cell(cells[1], rec)
                set_cell(cells[2], scope)
            set_cell(cells[3], action)
            set_cell(cells[4], lead)
            set_cell(cells[5], miles)
            set_cell(cells[6], when)
            set_cell(cells[7], status)
            shade(cells[7], rag_hex[status])
            r += 1
        if r - 1 > first:
            t.cell(first, 1).merge(t.cell(r - 1, 1))
            t.cell(first, 2).merge(t.cell(r - 1, 2))
    doc.add_paragraph("")
    doc.add_paragraph("Signed off: Chair, Stroud District Community Safety Partnership, "
                      "21 March 2025.")
    doc.save(out("lt2-stroud-district-csp-dhr-helen-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Mid Sussex DC transformation programme highlight report (csv)
# ---------------------------------------------------------------------------
def mid_sussex():
    lines = [
        "Mid Sussex District Council \u2013 Transformation Programme Highlight Report,,,,,,,",
        "Reporting period: Q3 2025/26 (October \u2013 December 2025),,,,,,,",
        "Programme Board: 14 January 2026,,,,,,,",
        "Senior Responsible Owner: Deputy Chief Executive,,,,,,,",
        "Overall programme status (previous / current):,Amber,Amber,,,,,",
        ",,,,,,,",
        "Ref,Milestone / key action,Owner,Baseline date,Revised date,Previous RAG,Current RAG,"
        "Update this period",
        "Project 1: Customer Experience and Digital,,,,,,,",
        "T1.1,Launch the new customer portal with online payments and 'report it' forms,"
        "Head of Digital & Customer Services,Sep-25,Nov-25,A,B,"
        "\"Went live 17 November 2025; 2,140 resident accounts created by 31 December.\"",
        "T1.2,Migrate the contact centre telephony to the cloud platform,"
        "Customer Services Manager,Dec-25,Feb-26,G,A,"
        "Supplier delay on number porting; revised date agreed by Programme Board.",
        "T1.3,\"Retire the legacy CRM system\nand archive historic case records\","
        "ICT Infrastructure Manager,Mar-26,,G,G,On track.",
        "Project 2: Workforce and Ways of Working,,,,,,,",
        "T2.1,Agree the hybrid working policy and the office accommodation plan for Oaklands,"
        "Head of Organisational Development,Oct-25,,G,B,Policy approved by Cabinet 20 October 2025.",
        "T2.2,Implement the new HR and payroll system (phase 1 \u2013 payroll),"
        "Head of Organisational Development / Payroll Manager,Apr-26,,A,A,"
        "\"Parallel run 1 completed with a 3% variance; run 2 in January.\"",
        "T2.3,Complete the management development programme for all service managers,"
        "HR Business Partner,Q4 2025/26,,G,G,Cohort 2 started in November.",
        "Project 3: Commercial and Assets,,,,,,,",
        "T3.1,Complete the review of the council-owned commercial estate and bring disposal "
        "recommendations to Cabinet,Head of Corporate Resources,Jan-26,Jun-26,A,R,"
        "\"Valuation work delayed; revised date agreed by Programme Board in December.\"",
        "T3.2,Introduce online renewals for the garden waste subscription service,"
        "Waste Contract Manager,Feb-26,,G,G,Testing with the payments supplier.",
        "T3.3,Carry out a fees and charges benchmarking exercise with neighbouring councils,"
        "Head of Finance; Business Unit Leader \u2013 Revenues,31/01/2026,,R,A,"
        "\"Data received from 4 of 6 councils; report to February Board.\"",
        ",,,,,,,",
        "Summary by current RAG,,,,,,,",
        "Complete (B),2,,,,,,",
        "Green,3,,,,,,",
        "Amber,3,,,,,,",
        "Red,1,,,,,,",
        ",,,,,,,",
        "\"Key issues for Programme Board: decision on the disposals budget for T3.1; ICT capacity "
        "during the telephony migration.\",,,,,,,",
        "\"RAG key: B = complete; G = on track; A = at risk, within tolerance; R = off track, "
        "exceeds tolerance.\",,,,,,,",
    ]
    with open(out("lt2-mid-sussex-dc-transformation-programme-highlight-report.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. NHS Norfolk and Waveney ICB PCCC action log (tab-separated text export)
# ---------------------------------------------------------------------------
def norfolk_waveney():
    T = "\t"
    rows = [
        "NHS Norfolk and Waveney ICB \u2013 Primary Care Commissioning Committee Action Log",
        "Meeting in public \u2013 actions arising, updated 4 March 2025",
        "",
        T.join(["Ref", "Date of meeting", "Agenda item", "Action", "Owner", "Due date",
                "Update", "Status"]),
        T.join(["PCCC/24/31", "10/09/2024", "GP access recovery plan",
                "Provide an analysis of practices not yet offering online consultation "
                "throughout core hours",
                "Director of Primary Care", "12/11/2024",
                "Analysis presented to the November meeting.", "B"]),
        T.join(["PCCC/24/35", "12/11/2024", "Dental access \u2013 urgent care",
                "Work with the Local Dental Network to set out options for additional urgent "
                "dental sessions in Great Yarmouth and Waveney",
                "Head of Dental Commissioning", "Jan-25 (revised Mar-25)",
                "Options paper delayed by procurement advice; now on the March agenda.", "A"]),
        T.join(["PCCC/24/36", "12/11/2024", "Pharmacy \u2013 market entry",
                "Confirm the timetable for refreshing the pharmaceutical needs assessment (PNA) "
                "with the Health and Wellbeing Boards",
                "Associate Director of Pharmacy and Optometry", "14/01/2025",
                "Confirmed; PNA to be refreshed by October 2025.", "B"]),
        T.join(["PCCC/25/02", "14/01/2025", "Primary care estates",
                "Bring the prioritised list of primary care estates schemes for 2025/26 to the "
                "committee for approval",
                "Director of Primary Care / Head of Estates", "11/03/2025",
                "On the agenda for 11 March.", "G"]),
        T.join(["PCCC/25/04", "14/01/2025", "GP contract 2025/26",
                "Circulate a briefing to members on the changes to the GP contract and the "
                "impact on local enhanced services",
                "Head of Primary Care Contracting", "Feb-25", "", "R"]),
        T.join(["PCCC/25/05", "14/01/2025", "Practice merger application",
                "Write to both practices confirming the committee\u2019s decision and the "
                "conditions attached to approval of the merger",
                "Deputy Director of Primary Care", "31/01/2025",
                "Letters issued 22/01/2025.", "B"]),
        T.join(["PCCC/25/06", "14/01/2025", "Primary care risk register",
                "Review the primary care workforce risk score with the Primary Care Workforce "
                "Group and",
                "Chief People Officer; Director of Primary Care", "13/05/2025",
                "Workforce Group meets 2 April.", "G"]),
        T.join(["", "", "", "report the outcome to the committee", "", "", "", ""]),
        T.join(["PCCC/25/07", "14/01/2025", "Quality and performance report",
                "Include patient experience data from Healthwatch Norfolk and Healthwatch "
                "Suffolk in the next quarterly report",
                "Head of Primary Care Quality", "TBC",
                "Awaiting a data sharing agreement with Healthwatch Suffolk.", "A"]),
        "",
        "Status key: B = complete (removed once noted by the committee); G = on track; "
        "A = at risk or revised date; R = overdue",
        "Owners are asked to send updates to the committee secretary by the Friday before "
        "each meeting.",
    ]
    with open(out("lt2-nhs-norfolk-waveney-icb-primary-care-commissioning-committee-action-log.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    east_ayrshire()
    esneft()
    gloucester()
    stsft()
    stroud()
    mid_sussex()
    norfolk_waveney()
    print("built 7 files in", HERE)
