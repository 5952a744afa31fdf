"""Build the seven kw1- blind test files (set heldout343).

Run with: /work/main/.venv/bin/python kw1_make.py
Writes the data files beside this script; the .expected.yaml files are written by hand.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, values, bold=False, border=True, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if border:
            c.border = BOX
        if bold:
            c.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            c.number_format = date_fmt


# ---------------------------------------------------------------------------
# 1. Somerset YJS - HMI Probation improvement plan (xlsx, RAG by fill only,
#    recommendation merged down, original/revised dates, cover with doc control)
# ---------------------------------------------------------------------------
def somerset_yjs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Somerset Council – Somerset Youth Justice Service"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("HM Inspectorate of Probation Inspection of Youth Justice Services – "
                 "Post-Inspection Improvement Plan")
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    put(cov, 5, ["Version", "Date", "Author", "Change"], bold=True)
    put(cov, 6, ["0.3", d(2025, 2, 7), "YJS Head of Service", "Draft for YJMB"])
    put(cov, 7, ["1.0", d(2025, 2, 20), "YJS Head of Service",
                 "Approved by Youth Justice Management Board and submitted to HMI Probation"])
    put(cov, 8, ["1.2", d(2025, 6, 12), "YJS Performance & Quality Officer",
                 "Quarter 1 progress update; revised dates agreed"])
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [(RED, "Off track / at risk of not being delivered"),
           (AMBER, "Some slippage – remedial action in place"),
           (GREEN, "On track"),
           (BLUE, "Complete"),
           (None, "No colour = not yet started")]
    for i, (col, txt) in enumerate(key, start=11):
        c = cov.cell(row=i, column=1, value="")
        c.border = BOX
        if col:
            c.fill = fill(col)
        cov.cell(row=i, column=2, value=txt)
    cov["A17"] = "Progress summary (June 2025)"
    cov["A17"].font = Font(bold=True)
    put(cov, 18, ["RAG", "Number of actions"], bold=True)
    for i, (lab, n) in enumerate([("Blue", 2), ("Green", 2), ("Amber", 2), ("Red", 1),
                                  ("Not started", 1), ("Total", 8)], start=19):
        put(cov, i, [lab, n], bold=(lab == "Total"))
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Somerset Youth Justice Service – HMI Probation Inspection Improvement Plan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection fieldwork: 4–8 November 2024. Report published: 30 January 2025. "
                "Overall rating: Requires Improvement.")
    ws.merge_cells("A2:H2")
    hdr = ["Recommendation", "Ref", "Action", "Lead", "Original target date",
           "Revised target date", "Progress update (June 2025)", "RAG"]
    put(ws, 4, hdr, bold=True)
    for c in range(1, 9):
        ws.cell(row=4, column=c).fill = fill(GREY)

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    def rec(row, n, text):
        ws.cell(row=row, column=1, value=text).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row + n - 1, end_column=1)

    def action(row, ref, text, lead, orig, rev, upd, rag):
        put(ws, row, [None, ref, text, lead, orig, rev, upd, None])
        if rag:
            ws.cell(row=row, column=8).fill = fill(rag)

    section(5, "The Somerset Youth Justice Service Manager should:")
    rec(6, 2, "1. Ensure that assessment and planning consistently address the risk of harm "
              "children may pose to others, with contingency plans specific to each child.")
    action(6, "1.1", "Deliver refreshed risk of harm training to all case managers, covering "
           "AssetPlus quality standards and contingency planning.", "YJS Practice Manager",
           d(2025, 3, 31), None, "Two sessions delivered (Feb/Mar 2025); 18 of 19 staff attended.",
           BLUE)
    action(7, "1.2", "Introduce monthly thematic audits of risk and contingency plans, with "
           "findings reported to each Management Board.",
           "Quality Assurance Lead / YJS Practice Manager", d(2025, 4, 30), d(2025, 9, 30),
           "First two audits completed; audit tool being revised after moderation.", AMBER)
    rec(8, 2, "2. Improve the quality of work with victims, so that their safety and wishes are "
              "taken into account in planning and decisions.")
    action(8, "2.1", "Recruit a second Restorative Justice and Victim Worker to reduce the time "
           "taken to make first contact with victims.",
           "Head of Service – Youth Justice & Targeted Youth Support", d(2025, 7, 31), None,
           "Post advertised; interviews 24 June.", GREEN)
    action(9, "2.2", "Review the victim contact procedure so that victims' views inform "
           "out-of-court disposal decisions at the Joint Decision Making Panel.",
           "RJ Co-ordinator; Police YJS Officer", d(2025, 6, 30), None,
           "Draft procedure with Avon and Somerset Constabulary for sign-off.", GREEN)
    section(10, "The Youth Justice Management Board should:")
    rec(11, 2, "3. Strengthen its understanding of the quality of practice and of children's "
               "lived experience, including the over-representation of Black and "
               "mixed-heritage children.")
    action(11, "3.1", "Add a standing practice and quality item to every Management Board "
           "agenda, including a case presentation from a practitioner.", "YJMB Chair",
           d(2025, 3, 31), None, "In place from March 2025 Board.", BLUE)
    action(12, "3.2", "Commission a disproportionality deep dive and agree a partnership action "
           "plan with the police, education and health partners.",
           "Head of Service – Youth Justice & Targeted Youth Support", d(2025, 7, 31),
           d(2025, 12, 31), "Deep dive delayed pending data-sharing agreement with police.", AMBER)
    rec(13, 2, "4. Ensure that children have timely access to education, training and "
               "employment, and to emotional and mental health support.")
    action(13, "4.1", "Agree a protocol with Somerset NHS Foundation Trust for fast-track "
           "emotional and mental health assessment of children open to the YJS.",
           "Designated Nurse for Safeguarding Children (NHS Somerset ICB)", d(2025, 9, 30), None,
           "No progress this quarter – escalated to YJMB.", RED)
    action(14, "4.2", "Extend the YJS education worker role to track post-16 ETE and link with "
           "the Somerset Careers Hub.", "Virtual School Headteacher & YJS Team Manager",
           d(2026, 3, 31), None, "Not yet started – scheduled for autumn 2025.", None)
    ws["A16"] = ("Note: revised target dates were agreed by the Youth Justice Management Board on "
                 "12 June 2025. RAG is shown by cell colour – see key on Cover sheet.")
    ws["A16"].font = Font(italic=True)
    ws.merge_cells("A16:H16")
    for col, w in zip("ABCDEFGH", [38, 6, 50, 28, 14, 14, 36, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "kw1-somerset-council-youth-justice-service-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Herefordshire SCP - JTAI action plan (xlsx, theme rows, previous/current RAG,
#    summary sheet, glossary sheet)
# ---------------------------------------------------------------------------
def herefordshire_jtai():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Herefordshire Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Joint Targeted Area Inspection (JTAI) – Multi-agency response to children and "
                "families who need help: Partnership Action Plan")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection: 9–13 September 2024 | Letter published: 4 November 2024 | "
                "Plan version 2.1 – update to HSCP Executive, 19 March 2025")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    put(ws, 5, ["Ref", "Action", "Lead(s)", "Deadline", "Previous RAG (Dec 24)",
                "Current RAG (Mar 25)", "Update / evidence of impact"], bold=True)
    for c in range(1, 8):
        ws.cell(row=5, column=c).fill = fill(GREY)

    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "Complete": BLUE}

    def theme(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)

    def act(row, ref, text, lead, deadline, prev, cur, upd):
        put(ws, row, [ref, text, lead, deadline, prev or None, cur or None, upd])
        if prev:
            ws.cell(row=row, column=5).fill = fill(ragfill[prev])
        if cur:
            ws.cell(row=row, column=6).fill = fill(ragfill[cur])

    theme(6, "1. The quality and consistency of information sharing by health practitioners "
             "at strategy discussions")
    act(7, "1a", "Issue a partnership attendance and escalation standard for strategy "
        "discussions, setting out who from health should attend and within what timescale.",
        "Designated Nurse Safeguarding Children (ICB)", "Jan-25", "A", "B",
        "Standard published on HSCP website 20/01/25.")
    act(8, "1b", "Audit health contributions to 30 strategy discussions and report the findings "
        "to the Quality and Performance Subgroup.",
        "Named Nurse (Wye Valley NHS Trust); Head of Safeguarding (Herefordshire & "
        "Worcestershire Health and Care NHS Trust)", "June 2025", "G", "G",
        "Audit tool agreed; fieldwork April–May.")
    act(9, "1c", "Provide GP practices with a template for sharing information within 24 hours "
        "of a strategy discussion request.", "Named GP for Safeguarding Children",
        "Q2 2025/26", None, "A", "Template drafted; LMC consultation delayed.")
    theme(10, "2. Partners' understanding and application of the threshold guidance when "
              "referring children to the MASH")
    act(11, "2a", "Relaunch the Levels of Need guidance with partner briefings for schools, "
        "police and health.", "HSCP Business Manager", d(2025, 3, 31), "A", "Complete",
        "Six briefings held, 312 attendees.")
    act(12, "2b", "Introduce a consultation line so that referrers can discuss a child with a "
        "MASH social worker before making a referral.", "Head of Service – MASH and Assessment",
        "Apr-25", "R", "A", "Pilot running with schools from 3 March.")
    act(13, "2c", "Dip-sample 50 contacts each quarter that did not progress to referral, with "
        "partner agencies, to test the consistency of threshold decisions.",
        "Head of Service – MASH and Assessment / DCI Public Protection (West Mercia Police)",
        "Ongoing", "G", "G", "Q3 dip sample completed; 94% of decisions agreed.")
    theme(14, "3. Leaders' oversight of the impact of partnership work on children's experiences")
    act(15, "3a", "Develop a multi-agency performance scorecard for the front door, reported "
        "quarterly to the HSCP Executive.",
        "HSCP Business Manager / Head of Performance (Herefordshire Council)", "September 2025",
        "A", "R", "Data from health providers not yet available.")
    act(16, "3b", "Hold a practitioner-led learning event on the inspection findings and publish "
        "a 7-minute briefing.", "HSCP Learning and Development Co-ordinator", d(2025, 2, 28),
        "G", "B", "Event held 12/02/25; briefing published.")
    act(17, "3c", "Seek the views of children and families who have been through the front door "
        "and report them to the Executive annually.",
        "Participation Lead (Herefordshire Council)", "TBC", None, None,
        "To be scoped with Young Inspectors group.")
    ws["A19"] = ("RAG: R = not on track / at risk   A = some delay, action in hand   "
                 "G = on track   B = complete")
    ws["A20"] = "Previous RAG as reported to HSCP Executive 10 December 2024."
    for col, w in zip("ABCDEFG", [6, 58, 34, 14, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    for r in range(7, 18):
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "JTAI action plan – summary of current RAG (March 2025)"
    sm["A1"].font = Font(bold=True)
    put(sm, 3, ["Current RAG", "Number of actions"], bold=True)
    rows = [("Blue – complete", 3, BLUE), ("Green", 2, GREEN), ("Amber", 2, AMBER),
            ("Red", 1, RED), ("Not rated", 1, None), ("Total", 9, None)]
    for i, (lab, n, col) in enumerate(rows, start=4):
        put(sm, i, [lab, n], bold=(lab == "Total"))
        if col:
            sm.cell(row=i, column=1).fill = fill(col)
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 18

    gl = wb.create_sheet("Glossary")
    put(gl, 1, ["Term", "Meaning"], bold=True)
    for i, (t, m) in enumerate([("HSCP", "Herefordshire Safeguarding Children Partnership"),
                                ("ICB", "NHS Herefordshire and Worcestershire Integrated Care Board"),
                                ("MASH", "Multi-Agency Safeguarding Hub"),
                                ("LMC", "Local Medical Committee"),
                                ("DCI", "Detective Chief Inspector")], start=2):
        put(gl, i, [t, m])
    gl.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "kw1-herefordshire-safeguarding-children-partnership-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lincolnshire local area SEND priority action plan (xlsx, cover with status
#    key, one sheet per area for priority action, status words)
# ---------------------------------------------------------------------------
def lincolnshire_send():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Lincolnshire Local Area SEND Partnership – Priority Action Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Area SEND inspection: January 2025 | Report published 14 March 2025"
    cov["A4"] = "Owner: Lincolnshire SEND Partnership Board"
    cov["A5"] = ("Joint SROs: Executive Director – Children's Services (Lincolnshire County "
                 "Council); Chief Nursing Officer (NHS Lincolnshire ICB)")
    cov["A6"] = "Version: 1.3 – progress at 30 September 2025"
    cov["A8"] = "Status key"
    cov["A8"].font = Font(bold=True)
    put(cov, 9, ["Status", "Meaning", "Colour"], bold=True)
    for i, (st, mean, col) in enumerate([
            ("Complete", "Action delivered; impact being monitored", BLUE),
            ("On track", "Action progressing to plan", GREEN),
            ("At risk", "Some slippage; mitigation in place (Amber)", AMBER),
            ("Off track", "Will not be delivered by the date without escalation (Red)", RED),
            ("Not started", "Action not yet due to start", None)], start=10):
        put(cov, i, [st, mean, ""])
        if col:
            cov.cell(row=i, column=3).fill = fill(col)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60

    stfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    def apa_sheet(name, apa_text, rows):
        ws = wb.create_sheet(name)
        ws["A1"] = "Lincolnshire Local Area SEND Partnership – Priority Action Plan"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = apa_text
        ws["A2"].font = Font(bold=True)
        ws["A2"].alignment = WRAP
        ws.merge_cells("A2:G2")
        ws.row_dimensions[2].height = 45
        put(ws, 4, ["Ref", "What we will do", "Who is responsible", "By when",
                    "How we will know (success measure)", "Progress to date", "Status"], bold=True)
        for c in range(1, 8):
            ws.cell(row=4, column=c).fill = fill("E2EFDA")
        for i, r in enumerate(rows, start=5):
            put(ws, i, list(r), date_fmt="dd mmm yyyy")
            if r[6] in stfill:
                ws.cell(row=i, column=7).fill = fill(stfill[r[6]])
        last = 5 + len(rows) + 1
        ws.cell(row=last, column=1, value="Status at 30 September 2025. Success measures are "
                "tracked in the SEND Partnership performance dashboard.").font = Font(italic=True)
        for col, w in zip("ABCDEFG", [6, 52, 32, 14, 36, 40, 12]):
            ws.column_dimensions[col].width = w

    apa_sheet("APA1",
              "Area for priority action 1: Leaders across education, health and care should "
              "urgently improve the timeliness and quality of education, health and care (EHC) "
              "needs assessments and plans, including the contributions of health and social care.",
              [("1.1", "Recruit additional educational psychologists and SEND caseworkers to clear "
                "the backlog of overdue needs assessments.", "Assistant Director – SEND and Inclusion",
                d(2025, 12, 31), "Over 60% of new EHC plans issued within 20 weeks by December 2025",
                "6 of 8 EP posts filled; backlog reduced from 412 to 265.", "On track"),
               ("1.2", "Introduce a multi-agency quality assurance panel that audits a sample of new "
                "EHC plans each month.", "Head of SEND Services / Designated Clinical Officer (ICB)",
                "Sept 2025", "80% of audited plans graded good or better",
                "Panel meeting monthly since June; first report to Board in October.", "Complete"),
               ("1.3", "Agree a health advice pathway so that health contributions to needs "
                "assessments are returned within six weeks.", "Designated Clinical Officer (ICB)",
                d(2025, 11, 30), "90% of health advices returned within 6 weeks",
                "Community paediatrics returns at 71%; recovery plan agreed with ULHT.", "At risk"),
               ("1.4", "Publish a timeline and checklist for annual reviews in partnership with "
                "Lincolnshire Parent Carer Forum.", "Head of SEND Services & LPCF Chair",
                "Autumn term 2025", "Annual reviews completed within statutory timescales rise to 75%",
                "Co-production sessions postponed twice; new date set for November.", "Off track")])
    apa_sheet("APA2",
              "Area for priority action 2: Leaders should ensure that children and young people "
              "with SEND who are waiting for neurodevelopmental assessment receive timely "
              "support, and that waiting times reduce.",
              [("2.1", "Commission a 'waiting well' offer of support for families whose children "
                "are on the neurodevelopmental pathway waiting list.",
                "Head of Children's Commissioning (ICB)", "March 2026",
                "Parent carer survey shows improved confidence while waiting",
                "Specification agreed; procurement under way.", "On track"),
               ("2.2", "Validate the neurodevelopmental waiting list and write to every family "
                "with an expected assessment date.",
                "Service Manager – Neurodevelopmental Pathway (LPFT)", d(2025, 10, 31),
                "All families on the list contacted", "2,140 letters sent; list validated.",
                "Complete"),
               ("2.3", "Train SENCOs in every school to use the Lincolnshire ordinarily available "
                "provision toolkit while children wait for assessment.",
                "Principal Educational Psychologist; Head of Inclusion", "Summer term 2026",
                "SENCOs in 95% of schools trained", "Training programme being designed.",
                "Not started"),
               ("2.4", "Report neurodevelopmental waiting times and the waiting well offer to the "
                "SEND Partnership Board.", "SEND Partnership Board Chair", "Termly",
                "Waiting times reported at each Board", "Reported July and September 2025.",
                "On track")])
    wb.save(os.path.join(HERE, "kw1-lincolnshire-local-area-send-priority-action-plan.xlsx"))


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


def table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = h
        for r in c.paragraphs[0].runs:
            r.font.bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Suffolk Corporate Parenting Board action plan (docx, one table per priority,
#    shaded RAG cells, doc control and RAG key tables)
# ---------------------------------------------------------------------------
def suffolk_cp():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Suffolk Corporate Parenting Action Plan 2024–2026", level=0)
    doc.add_paragraph("Progress update for the Suffolk Corporate Parenting Board, 22 January 2025")
    table(doc, ["Version", "Date", "Author", "Comments"],
          [["1.0", "18/06/2024", "Head of Corporate Parenting", "Agreed by Corporate Parenting Board"],
           ["1.3", "10/01/2025", "Corporate Parenting Officer", "Q3 progress update"]],
          widths=[2, 3, 6, 12])
    doc.add_paragraph(
        "This plan sets out what Suffolk County Council and its partners will do to keep the "
        "promises made in our Corporate Parenting Strategy. It is structured around the four "
        "priorities that children in care and care leavers told us matter most. Progress is "
        "reported to each meeting of the Board.")

    rag = {"R": RED, "A": AMBER, "G": GREEN, "B": "00B0F0", "Complete": "00B0F0"}
    hdr = ["Ref", "What we will do", "Lead", "By when", "RAG", "Progress update"]
    widths = [1.3, 8.5, 4.5, 3.2, 1.5, 7.5]

    def priority(title, rows):
        doc.add_heading(title, level=1)
        t = table(doc, hdr, [list(r) for r in rows], widths=widths)
        for i, r in enumerate(rows, start=1):
            if r[4] in rag:
                shade(t.rows[i].cells[4], rag[r[4]])

    priority("Priority 1: A safe, stable and loving home", [
        ("1.1", "Increase the number of Suffolk foster carers through a targeted recruitment "
         "campaign, with a net gain of 25 fostering households.", "Head of Fostering",
         "March 2025", "A", "14 new households approved; 5 de-registrations. Campaign extended."),
        ("1.2", "Open two new council-run children's homes so that more children can live within "
         "Suffolk.", "Head of Residential Services and Head of Commissioning",
         "Sept 2025 – March 2026", "G", "First home registered with Ofsted in December."),
        ("1.3", "Offer every child in care a review of their family time arrangements with their "
         "independent reviewing officer when their plan changes.", "IRO Service Manager",
         "Ongoing", "G", "Included in IRO practice standards from October 2024."),
    ])
    priority("Priority 2: Learning, work and ambition", [
        ("2.1", "Ensure every child in care has a high-quality personal education plan (PEP) "
         "reviewed each term.", "Virtual School Headteacher", "31/07/2025", "G",
         "96% of PEPs completed in the autumn term; 81% rated good."),
        ("2.2", "Ring-fence 10 council apprenticeships a year for care leavers and provide a mentor "
         "for each apprentice.", "Head of HR/ Head of Care Leavers Service", "Q1 2025/26", "R",
         "Only 3 apprenticeships ring-fenced so far; escalated to CMT."),
        ("2.3", "Extend the council tax exemption to care leavers living outside Suffolk up to "
         "age 25.", "Cabinet Member for Children's Services", "December 2024", "Complete",
         "Agreed by Cabinet on 10 December 2024."),
    ])
    priority("Priority 3: Being healthy and happy", [
        ("3.1", "Complete initial health assessments within 20 working days of a child coming "
         "into care.", "Designated Nurse for Children in Care (Suffolk & North East Essex ICB)",
         "By 31 March 2025", "A", "Timeliness 68% in Q3 (Q2: 61%)."),
        ("3.2", "Commission a therapeutic support offer for children in care and their carers, "
         "including children placed out of county.", "Head of Children's Commissioning",
         "June 2025", "", "Not started – awaiting budget decision."),
    ])
    priority("Priority 4: Having a say", [
        ("4.1", "Hold a 'Takeover Day' where care-experienced young people lead a Corporate "
         "Parenting Board meeting.", "Participation Manager; Chair of Children in Care Council",
         "October 2025", "G", "Date agreed with the Children in Care Council."),
    ])
    doc.add_heading("RAG key", level=2)
    t = table(doc, ["RAG", "Meaning"],
              [["R", "Not on track – Board attention needed"],
               ["A", "Some delay – action in hand"],
               ["G", "On track"],
               ["B", "Completed"]], widths=[2, 10])
    for i, col in enumerate([RED, AMBER, GREEN, "00B0F0"], start=1):
        shade(t.rows[i].cells[0], col)
    doc.add_paragraph("Blank RAG = action not yet started.")
    doc.save(os.path.join(HERE, "kw1-suffolk-corporate-parenting-board-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Islington focused visit action plan (docx, single table, area-for-improvement
#    rows merged across, start and completion dates, summary table after)
# ---------------------------------------------------------------------------
def islington_fv():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Islington Children's Services – Ofsted Focused Visit (January 2025): "
                    "Action Plan", level=1)
    doc.add_paragraph("Children and Young People's Services | Owner: Director of Children's "
                      "Social Care | Monitored by: Children's Services Improvement Board")
    doc.add_paragraph("Focused visit 14–15 January 2025: arrangements for children in need and "
                      "children subject to a child protection plan. Letter published 18 February 2025.")
    table(doc, ["Version", "Date", "Status"],
          [["1.0", "14/03/2025", "Agreed by Improvement Board"],
           ["1.2", "27/06/2025", "Progress update"]], widths=[2, 3, 8])
    doc.add_paragraph("")
    hdr = ["Ref", "Action", "Lead officer", "Start", "Completion date", "Status",
           "Evidence / progress"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].font.bold = True
        shade(t.rows[0].cells[i], "BDD7EE")

    def afi(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        m.text = text
        m.paragraphs[0].runs[0].font.bold = True
        shade(m, "F2F2F2")

    def act(*vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            cells[i].text = v

    afi("Area for improvement 1: The quality and consistency of written plans for children in "
        "need, so that they are specific and measurable.")
    act("1.1", "Revise the child in need plan template in the case recording system so that each "
        "outcome has a measurable target and a named person responsible.",
        "Jo Adeyemi (Head of Quality Assurance) and Liam Burke (Principal Social Worker)",
        "Feb 2025", "April 2025", "Complete", "New template live from 7 April 2025.")
    act("1.2", "Deliver SMART planning workshops to all social workers and team managers in the "
        "Children in Need service.", "Liam Burke (Principal Social Worker)", "Mar 2025",
        "30/06/2025", "Complete", "11 workshops; 124 staff attended.")
    act("1.3", "Audit 40 child in need plans and feed back the findings to practitioners through "
        "practice weeks.", "Head of Quality Assurance", "July 2025", "October 2025", "On track",
        "Audit sample selected.")
    afi("Area for improvement 2: The timeliness of return home interviews for children who go "
        "missing, and the use of the information to reduce risk.")
    act("2.1", "Re-commission the return home interview service with a contract requirement for "
        "interviews within 72 hours.", "Head of Commissioning (Children)", "Feb 2025",
        "w/c 01/09/25", "Amber – delayed", "Tender re-run after no compliant bids.")
    act("2.2", "Review missing episodes at the weekly exploitation and missing meeting and record "
        "the agreed actions on the child's file.", "Service Manager, Adolescent Support",
        "Mar 2025", "Ongoing", "On track", "Meeting in place; dip sample shows 88% recorded.")
    afi("Area for improvement 3: Management oversight of children's cases in the Disabled "
        "Children's Team.")
    act("3.1", "Put in place fortnightly supervision for all social workers in the Disabled "
        "Children's Team, with a supervision record on every child's file.",
        "Head of Service – Disabled Children", "Feb 2025", "End of August 2025", "On track",
        "Supervision compliance 79% in May.")
    act("3.2", "Commission an independent review of the thresholds for services from the Disabled "
        "Children's Team.", "Director of Children's Social Care", "Sept 2025", "December 2025",
        "Not started", "")
    for row in t.rows:
        for i, w in enumerate([1.3, 7.5, 4.5, 2, 2.6, 2.4, 6]):
            row.cells[i].width = Cm(w)
    doc.add_paragraph("")
    doc.add_paragraph("Summary of progress at 27 June 2025")
    table(doc, ["Status", "Number of actions"],
          [["Complete", "2"], ["On track", "3"], ["Amber – delayed", "1"], ["Not started", "1"],
           ["Total", "7"]], widths=[5, 4])
    doc.save(os.path.join(HERE, "kw1-islington-council-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Camden early help strategy action plan (csv export, priority filled down,
#    continuation line, RAG letters, notes line)
# ---------------------------------------------------------------------------
def camden_eh():
    rows = [
        ["Camden Early Help Strategy 2024-2027: Action Plan (Year 2, 2025/26)", "", "", "", "", "", "", ""],
        ["Owner: Early Help Partnership Board. Last updated: 14/11/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead", "Supported by", "Target date", "RAG", "Commentary"],
        ["Priority 1: Families get help early, in their communities", "1.1",
         "Open Family Hub satellite sites in Kentish Town and Somers Town libraries, offering "
         "drop-in sessions five days a week.", "Head of Early Help & Family Hubs",
         "Libraries, voluntary sector", "Mar-26", "G", "Kentish Town open since September."],
        ["", "1.2", "Publish a single Family Hubs timetable online and in print in the six main "
         "community languages", "Family Hubs Service Manager", "Communications", "31/12/2025",
         "A", "Translation costs being agreed."],
        ["", "", "and share it with schools through the headteachers' bulletin.", "", "", "", "", ""],
        ["", "1.3", "Train 200 partner practitioners in the Camden early help assessment and "
         "'team around the family' approach.", "EH Workforce Development Lead",
         "Schools, health visiting", "Q3 2025/26", "G", "146 trained to date."],
        ["Priority 2: Children are safe and well at home", "2.1",
         "Embed the Reducing Parental Conflict programme in every Family Hub.", "DS / KO",
         "Relate", "Ongoing", "G", ""],
        ["", "2.2", "Extend the Family Group Conference offer to families at early help level, "
         "before a referral to children's social care.", "FGC Service Manager", "", "Jun-25", "B",
         "Complete - 38 FGCs held since April."],
        ["", "2.3", "Agree a joint protocol with the Royal Free and UCLH maternity teams to offer "
         "early help to vulnerable parents-to-be.",
         "Public Health Consultant (Children & Young People)", "NCL ICB, midwifery", "Sept 2026",
         "R", "Paused while maternity services restructure."],
        ["Priority 3: Young people have positive futures", "3.1",
         "Expand youth early help so that every secondary school has a named youth worker.",
         "Head of Youth Services", "Schools, Youth Safety Taskforce", "Summer term 2026", "A",
         "11 of 14 schools covered."],
        ["", "3.2", "Co-produce the year 3 action plan with the Camden Youth Council and the Parent "
         "and Carer Forum.", "Head of Early Help & Family Hubs; Participation Lead", "", "Apr-26",
         "", "Not started."],
        ["", "", "", "", "", "", "", ""],
        ["RAG: G = on track, A = some slippage, R = significant delay or at risk, B = complete",
         "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "kw1-camden-early-help-strategy-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Milton Keynes children's home Ofsted action plan (tab-separated text export,
#    requirement text only on first action row) - mistyped month -> refuse
# ---------------------------------------------------------------------------
def mk_home():
    lines = [
        "Milton Keynes City Council – Children's Residential Services",
        "Ofsted Inspection of Children's Home SC481209 – Post-Inspection Action Plan",
        "Inspection date: 19–20 November 2024\tOverall experiences and progress of children: "
        "Requires improvement to be good",
        "Prepared by: Registered Manager\tReviewed by: Responsible Individual\tDate: 13/12/2024",
        "",
        "Ref\tRequirement / recommendation\tAction\tLead\tDue date\tStatus",
        "1.1\tRequirement 1 – Regulation 12 (the protection of children standard): the registered "
        "person must ensure that each child's risk assessment is reviewed and updated after every "
        "missing episode.\tReview and update all children's risk assessments and missing-from-home "
        "plans.\tRegistered Manager\t31/01/2025\tComplete",
        "1.2\t\tIntroduce a debrief checklist for staff to complete after each missing episode, "
        "signed off by a senior on shift.\tDeputy Manager; Senior Residential Worker\t28/02/2025"
        "\tOn track",
        "2.1\tRequirement 2 – Regulation 44 (independent person visits): the registered person "
        "must ensure that the independent person's monthly reports are received and acted upon."
        "\tAgree a schedule of monthly independent visits for 2025 and a log of actions arising "
        "from each report.\tResponsible Individual\tFebuary 2025\tOn track",
        "2.2\t\tAdd the Regulation 44 action log as a standing item in monthly team meetings."
        "\tRegistered Manager\t31/03/2025\tNot started",
        "3.1\tRecommendation 1: the registered person should ensure that staff receive training "
        "in de-escalation that reflects the needs of the children living in the home.\tBook "
        "refresher de-escalation training for all staff and record attendance in the training "
        "matrix.\tRegistered Manager\tApril 2025\tNot started",
        "3.2\t\tReview the home's behaviour support policy with the clinical psychologist and "
        "share it with staff.\tHead of Residential and Placement Services\t30/06/2025\tNot started",
        "",
        "Status key: Complete / On track / Delayed / Not started",
    ]
    with open(os.path.join(HERE, "kw1-milton-keynes-city-council-childrens-home-ofsted-action-"
                                 "plan-typo-month-refuse.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    somerset_yjs()
    herefordshire_jtai()
    lincolnshire_send()
    suffolk_cp()
    islington_fv()
    camden_eh()
    mk_home()
    print("built 7 files in", HERE)
