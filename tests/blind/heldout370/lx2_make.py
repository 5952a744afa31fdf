"""Build the seven lx2- blind test files (set heldout370).

Run with /work/main/.venv/bin/python lx2_make.py  (writes beside this script).
docx via python-docx, xlsx via openpyxl, csv/txt written directly.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- docx helpers
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
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# =====================================================================
# 1. Hull CSP - DHR 'Tanya' action plan (docx)
# =====================================================================
HULL_TITLE = "Domestic Homicide Review: \u2018Tanya\u2019 \u2013 Action Plan"

HULL_OVERVIEW = [
    # (rec text, [ (ref, scope, action, lead, milestones, target, outcome, fill) ])
    ("1. Hull CSP to assure itself that agencies understand and apply the principles of "
     "\u2018Think Family\u2019 when a victim of domestic abuse is also a carer for an adult "
     "with care and support needs.",
     [("1.1", "Local",
       "Deliver a multi-agency learning briefing on \u2018Tanya\u2019 to frontline practitioners "
       "across the partnership, with a focus on carers as victims of domestic abuse.",
       "Hull CSP / Hull Safeguarding Adults Partnership Board",
       "Learning briefing agreed by the DHR panel in July 2025. Three sessions held; "
       "142 practitioners attended.",
       "30/09/2025",
       "Completed 24/09/2025 \u2013 briefing published on the HSAPB website.",
       GREEN),
      ("1.2", "Local",
       "Audit a sample of 20 carers\u2019 assessments completed in 2025 to test whether "
       "domestic abuse was routinely asked about.",
       "Hull City Council Adult Social Care",
       "Audit tool agreed by the Quality Assurance sub-group. Sample drawn in October 2025.",
       "Dec-25",
       "",
       AMBER)]),
    ("2. All agencies to ensure that professionals use routine enquiry about domestic abuse "
     "when a patient or client presents with injuries that are unexplained or inconsistent "
     "with the account given.",
     [("2.1", "Local",
       "Refresh the routine enquiry guidance in the Emergency Department and Minor Injuries "
       "Unit and re-launch it through the Trust\u2019s safeguarding champions.",
       "Hull University Teaching Hospitals NHS Trust",
       "Guidance revised and ratified at the Safeguarding Committee, August 2025. "
       "Champions\u2019 briefing planned for January.",
       "Q4 2025/26",
       "",
       AMBER)]),
    ("3. Hull CSP to write to the Home Office highlighting the lack of a national framework "
     "for sharing information between DHR and Coroner processes.",
     [("3.1", "National",
       "Letter to be drafted by the DHR Independent Chair and signed by the CSP Chair.",
       "Chair, Hull Community Safety Partnership",
       "Draft letter agreed at CSP Executive, May 2025.",
       "June 2025",
       "Letter sent 12 June 2025; response awaited from the Home Office.",
       GREEN)]),
]

HULL_POLICE = [
    ("4. Humberside Police to ensure that DASH risk assessments are reviewed by a supervisor "
     "where the victim declines to answer questions.",
     [("4.1", "Force-wide",
       "Amend the Niche domestic abuse occurrence template so that a supervisor review is "
       "mandatory when questions are recorded as \u2018declined\u2019.",
       "Humberside Police",
       "Change request approved by the Force Systems Board, January 2025.",
       "31 March 2025",
       "Completed \u2013 template change live from 3 March 2025.",
       GREEN),
      ("4.2", "Force-wide",
       "Dip-sample 50 DASH forms per quarter to check compliance and report the findings to "
       "the Domestic Abuse Partnership Board.",
       "Detective Chief Inspector, Public Protection Unit",
       "Q1 and Q2 dip-samples completed (compliance 78% and 86%).",
       "Ongoing",
       "",
       AMBER)]),
]

HULL_HTFT = [
    ("5. The Trust to strengthen the recording of carers\u2019 details and caring "
     "responsibilities in the community mental health electronic patient record.",
     [("5.1", "Single agency",
       "Add a mandatory \u2018carer details\u2019 field to the SystmOne community mental health "
       "assessment template, with a training note for staff.",
       "Named Nurse Safeguarding Adults; Clinical Systems Manager",
       "Change request submitted. Build delayed by the SystmOne upgrade; new date agreed "
       "with the DHR panel.",
       "Feb-26",
       "",
       RED)]),
]

HULL_HEAD = ["Ref", "Recommendation", "Scope of recommendation i.e. local or regional",
             "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
             "Target Date", "Date of completion and Outcome", "RAG"]


def hull_table(doc, recs):
    nrows = 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(HULL_HEAD))
    t.style = "Table Grid"
    for i, h in enumerate(HULL_HEAD):
        set_cell(t.rows[0].cells[i], h, bold=True, size=8)
        shade(t.rows[0].cells[i], GREY)
    r = 1
    for rec, actions in recs:
        first = r
        for (ref, scope, act, lead, miles, target, outcome, fill) in actions:
            cells = t.rows[r].cells
            set_cell(cells[0], ref)
            set_cell(cells[2], scope)
            set_cell(cells[3], act)
            set_cell(cells[4], lead)
            set_cell(cells[5], miles)
            set_cell(cells[6], target)
            set_cell(cells[7], outcome)
            cells[8].text = ""
            shade(cells[8], fill)
            r += 1
        set_cell(t.rows[first].cells[1], rec)
        if r - 1 > first:
            t.cell(first, 1).merge(t.cell(r - 1, 1))
    return t


def make_hull():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Hull Community Safety Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading(HULL_TITLE, level=1)
    doc.add_paragraph(
        "This action plan sets out how the recommendations of the Domestic Homicide Review into "
        "the death of \u2018Tanya\u2019 will be taken forward. Progress is monitored by the DHR "
        "Standing Panel and reported to the Hull CSP Executive Board each quarter.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.3", "14/02/2025", "DHR Co-ordinator", "Draft for Home Office submission"),
            ("1.0", "03/04/2025", "DHR Co-ordinator", "Agreed by CSP Executive Board"),
            ("1.2", "06/10/2025", "DHR Co-ordinator", "Q2 2025/26 progress update")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(dc.rows[i].cells[j], v, bold=(i == 0))

    doc.add_paragraph()
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    key = [(RED, "Action not started or significantly delayed"),
           (AMBER, "Action in progress"),
           (GREEN, "Action completed")]
    for i, (fill, txt) in enumerate(key):
        set_cell(k.rows[i].cells[0], ["Red", "Amber", "Green"][i], bold=True)
        shade(k.rows[i].cells[0], fill)
        set_cell(k.rows[i].cells[1], txt)

    doc.add_heading("Overview Report Recommendations", level=2)
    hull_table(doc, HULL_OVERVIEW)
    doc.add_heading("Single Agency Recommendations \u2013 Humberside Police", level=2)
    hull_table(doc, HULL_POLICE)
    doc.add_heading("Single Agency Recommendations \u2013 Humber Teaching NHS Foundation Trust",
                    level=2)
    hull_table(doc, HULL_HTFT)
    doc.add_paragraph(
        "Note: single agency recommendations from Hull City Council Children\u2019s Services and "
        "the GP practice were completed before publication and are recorded in the Overview "
        "Report.")
    doc.save(os.path.join(HERE, "lx2-hull-csp-dhr-tanya-action-plan.docx"))


# =====================================================================
# 2. Inverclyde APC - learning review Mr R improvement action plan (docx)
# =====================================================================
INV_TITLE = "Adult Support and Protection Learning Review: Mr R \u2013 Improvement Action Plan"

INV_SECTIONS = [
    ("Learning Point 1: Self-neglect and hoarding",
     "Recommendation 1: The APC should ensure that the Inverclyde Self-Neglect and Hoarding "
     "Protocol is understood and used by all partner agencies.",
     [("1a", "Relaunch the Self-Neglect and Hoarding Protocol through a multi-agency briefing "
             "session and a 7-minute briefing.",
       "Lead Officer, Adult Support and Protection", "December 2025",
       "Briefing delivered to at least 80 staff across HSCP, housing and Police Scotland.",
       "Briefing session booked for 3 December 2025; 7-minute briefing drafted.",
       "On track"),
      ("1b", "Add a self-neglect module to the APC multi-agency training calendar for 2026.",
       "APC Learning and Development Sub-group", "March 2026",
       "Module included in 2026 calendar and evaluated after first two deliveries.",
       "Scoping to begin in January 2026.",
       "Not started")]),
    ("Learning Point 2: Information sharing at hospital discharge",
     "Recommendation 2: NHS Greater Glasgow and Clyde and Inverclyde HSCP should review "
     "discharge arrangements for adults known to be at risk of harm who refuse a package "
     "of care.",
     [("2a", "Develop a discharge checklist prompt on TrakCare for patients with an open ASP "
             "referral.\nTest the prompt on two wards at Inverclyde Royal Hospital before "
             "roll-out.",
       "Discharge Team Lead, Inverclyde Royal Hospital / Chief Nurse, Inverclyde HSCP",
       "31/01/2026",
       "Prompt live on all adult wards; audit shows community team notified in 90% of cases.",
       "eHealth capacity has delayed the build; test wards identified.",
       "At risk"),
      ("2b", "Audit 10 discharges of adults with an open ASP referral to test whether the "
             "community team was notified before discharge.",
       "Senior Nurse, Adult Protection (NHSGGC)", "September 2025",
       "Audit report presented to APC.",
       "Audit completed and presented to APC on 18 September 2025.",
       "Complete")]),
    ("Learning Point 3: Use of chronologies",
     "Recommendation 3: Inverclyde HSCP should ensure that a single-agency chronology is in "
     "place for every adult subject to an ASP investigation.",
     [("3a", "Issue practice guidance on chronologies aligned to the Care Inspectorate "
             "practice guide.",
       "Service Manager, Assessment and Care Management", "November 2025",
       "Guidance issued to all ASP council officers.",
       "Guidance issued 6 October 2025.",
       "Complete"),
      ("3b", "Include chronology quality in the quarterly ASP case file audit and report "
             "results to the APC.",
       "Lead Officer, Adult Support and Protection", "Quarterly",
       "Audit tool amended; 85% of chronologies rated adequate or better.",
       "Audit tool amended. First report due to APC in February 2026.",
       "On track")]),
]

INV_HEAD = ["No.", "Improvement action", "Responsible lead", "Timescale",
            "Measure of success", "Progress update (October 2025)", "Status"]


def make_inverclyde():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Inverclyde Adult Protection Committee")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    doc.add_heading(INV_TITLE, level=1)

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    rows = [("Learning review report approved by Chief Officers Group", "26 June 2025"),
            ("Action plan owner", "Adult Protection Committee Independent Convener"),
            ("Monitored by", "APC Case Review Sub-group"),
            ("Version", "2.1"),
            ("Last updated", "14 October 2025")]
    for i, (a, b) in enumerate(rows):
        set_cell(info.rows[i].cells[0], a, bold=True)
        shade(info.rows[i].cells[0], "DEEAF6")
        set_cell(info.rows[i].cells[1], b)

    doc.add_paragraph(
        "Status key: Complete \u2013 action delivered and evidenced; On track \u2013 progressing "
        "within timescale; At risk \u2013 delivery within timescale is at risk; Off track \u2013 "
        "timescale will not be met; Not started.")

    for heading, rec, actions in INV_SECTIONS:
        doc.add_heading(heading, level=2)
        rp = doc.add_paragraph()
        rr = rp.add_run(rec)
        rr.italic = True
        t = doc.add_table(rows=1 + len(actions), cols=len(INV_HEAD))
        t.style = "Table Grid"
        for i, h in enumerate(INV_HEAD):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "DEEAF6")
        for j, row in enumerate(actions, start=1):
            for i, v in enumerate(row):
                set_cell(t.rows[j].cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan will be reviewed at each meeting of the Case Review Sub-group and reported "
        "to the Chief Officers Group twice yearly until all actions are complete.")
    doc.save(os.path.join(
        HERE, "lx2-inverclyde-apc-learning-review-mr-r-improvement-action-plan.docx"))


# =====================================================================
# 3. Cambridge University Hospitals - maternity & neonatal improvement plan (xlsx)
# =====================================================================
CUH_TITLE = "Maternity and Neonatal Improvement Plan 2025/26"

CUH_THEMES = [
    ("Theme 1: Listening to and working with women and families",
     [("1.1", "CQC maternity inspection 2024 \u2013 Should do",
       "Hold a 15 Steps for Maternity walk-round with the Maternity and Neonatal Voices "
       "Partnership (MNVP) every quarter and display a \u2018You said, we did\u2019 board on "
       "each ward.",
       "Director of Midwifery; MNVP Chair", D(2025, 3, 31), D(2025, 6, 30),
       "Walk-rounds held April and July 2025. Boards installed on all three inpatient wards.",
       "MNVP walk-round reports", "G", "B"),
      ("1.2", "Three-year delivery plan \u2013 Objective 1",
       "Translate the personalised care and support plan (PCSP) into the five most-requested "
       "languages and make it available in the maternity app.",
       "Consultant Midwife, Public Health and Equity", D(2025, 12, 31), None,
       "Translations commissioned; Polish and Portuguese versions received.",
       "", "A", "A"),
      ("1.3", "Complaints thematic review",
       "Offer a Birth Reflections appointment to every woman or birthing person after a "
       "serious incident or complex birth.",
       "Head of Midwifery / Lead Obstetrician for Patient Experience", D(2025, 9, 30),
       D(2026, 1, 31),
       "Pathway agreed. Recruitment to 0.6 WTE Birth Reflections midwife post in progress.",
       "Pathway document", "G", "A")]),
    ("Theme 2: Growing, retaining and supporting our workforce",
     [("2.1", "Three-year delivery plan \u2013 Objective 5",
       "Complete a Birthrate Plus\u00ae reassessment of the midwifery establishment and "
       "present the outcome to the Board.",
       "Director of Midwifery", D(2025, 10, 31), None,
       "Data collection complete; report expected October 2025.",
       "", "G", "G"),
      ("2.2", "CNST Year 7 \u2013 Safety Action 8",
       "Achieve 90% compliance with PROMPT multi-professional emergency training for all staff "
       "groups, including anaesthetists.",
       "Practice Development Midwife Lead; Clinical Director, Anaesthesia", D(2025, 3, 31),
       D(2025, 12, 31),
       "Overall compliance 84% (Sept 2025). Anaesthetic compliance 71% \u2013 extra sessions "
       "booked for October and November.",
       "Training compliance report", "R", "A"),
      ("2.3", "BAPM service standards",
       "Implement the neonatal nursing workforce plan to meet BAPM nurse staffing standards "
       "on the Neonatal Intensive Care Unit.",
       "Head of Nursing, Neonatal Services", "Q4 2025/26", None,
       "12 of 17 WTE QIS nurses in post; business case for the remaining posts at Investment "
       "Committee in November.",
       "", "A", "A")]),
    ("Theme 3: Developing and sustaining a culture of safety",
     [("3.1", "Perinatal Culture and Leadership Programme",
       "Embed the perinatal quadrumvirate and deliver the SCORE culture survey action plan.",
       "Perinatal Quad", D(2025, 12, 31), None,
       "Quad meeting fortnightly. 9 of 12 SCORE survey actions delivered.",
       "SCORE action tracker", "G", "G"),
      ("3.2", "PSIRF transition",
       "Move all maternity incident reviews to PSIRF learning responses and close the backlog "
       "of legacy serious incident investigations.",
       "Maternity Governance Lead Midwife", D(2025, 6, 30), D(2025, 11, 30),
       "Backlog reduced from 14 to 6 investigations. Not on track for the revised date; "
       "escalated to Maternity Assurance Group.",
       "", "A", "R")]),
    ("Theme 4: Standards and structures that underpin safer care",
     [("4.1", "Saving Babies\u2019 Lives Care Bundle v3",
       "Achieve full compliance with Saving Babies\u2019 Lives Care Bundle v3, element 2 "
       "(fetal growth restriction).",
       "Consultant Obstetrician, Fetal Medicine", D(2026, 3, 31), None,
       "Compliance 87% at Q2 LMNS assurance visit; growth scan capacity increased.",
       "LMNS assurance letter", "A", "G"),
      ("4.2", "CQC maternity inspection 2024 \u2013 Must do",
       "Replace the CTG central monitoring system on the Delivery Unit.",
       "Clinical Director, Obstetrics; Estates Project Manager", D(2026, 3, 31), None,
       "Capital funding approved. Supplier selected; installation planned for February 2026.",
       "", "A", "A")]),
]

RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def make_cuh():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Cambridge University Hospitals NHS Foundation Trust"
    cover["A1"].font = Font(bold=True, size=14, color=NAVY)
    cover["A2"] = CUH_TITLE
    cover["A2"].font = Font(bold=True, size=16)
    info = [("Executive sponsor", "Chief Nurse"),
            ("Plan owner", "Director of Midwifery"),
            ("Reporting to", "Maternity Assurance Group; Quality Committee; Board of Directors"),
            ("Version", "v4.0"),
            ("Position as at", "30 September 2025")]
    for i, (a, b) in enumerate(info, start=4):
        cover.cell(i, 1, a).font = Font(bold=True)
        cover.cell(i, 2, b)
    cover["A10"] = "RAG key"
    cover["A10"].font = Font(bold=True)
    key = [("B", "Completed \u2013 evidence accepted by Maternity Assurance Group"),
           ("G", "On track to deliver by the due date"),
           ("A", "At risk of delay \u2013 mitigation in place"),
           ("R", "Off track or overdue \u2013 escalation required")]
    for i, (k, txt) in enumerate(key, start=11):
        c = cover.cell(i, 1, k)
        c.fill = PatternFill("solid", fgColor=RAG_FILL[k])
        c.alignment = Alignment(horizontal="center")
        cover.cell(i, 2, txt)
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by theme"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=GREY)
    r = 4
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, acts in CUH_THEMES:
        counts = {"B": 0, "G": 0, "A": 0, "R": 0}
        for a in acts:
            counts[a[-1]] += 1
        summ.cell(r, 1, theme)
        for j, k in enumerate("BGAR", start=2):
            summ.cell(r, j, counts[k])
            tot[k] += counts[k]
        summ.cell(r, 6, len(acts))
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for j, k in enumerate("BGAR", start=2):
        summ.cell(r, j, tot[k]).font = Font(bold=True)
    summ.cell(r, 6, sum(tot.values())).font = Font(bold=True)
    summ.column_dimensions["A"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    head = ["Ref", "Source of requirement", "Action", "Lead(s)", "Original completion date",
            "Revised completion date", "Progress update", "Evidence", "Previous RAG",
            "Current RAG"]
    ncol = len(head)
    ws.cell(1, 1, "Cambridge University Hospitals NHS Foundation Trust \u2013 " + CUH_TITLE)
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Position as at 30 September 2025. Previous RAG = position reported to "
                  "Quality Committee in July 2025.")
    ws.cell(2, 1).font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for j, h in enumerate(head, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = 5
    for theme, acts in CUH_THEMES:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for a in acts:
            for j, v in enumerate(a, start=1):
                c = ws.cell(r, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j in (9, 10):
                ws.cell(r, j).fill = PatternFill("solid", fgColor=RAG_FILL[a[j - 1]])
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Note: an action is only closed (Blue) once its evidence has been reviewed "
                  "by the Maternity Assurance Group. Revised dates require approval of the "
                  "Chief Nurse.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [7, 26, 55, 30, 14, 14, 50, 22, 10, 10]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(
        HERE, "lx2-cambridge-university-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# =====================================================================
# 4. Norfolk and Suffolk NHSFT - Board of Directors (public) action log (xlsx)
# =====================================================================
NSFT_GROUPS = [
    ("Board meeting \u2013 29 May 2025",
     [("BoD-25-014", "Item 9: Integrated Quality and Performance Report",
       "Provide a breakdown of out-of-area placements by age group and length of stay in the "
       "next IQPR.", "COO", "Jul-25", None,
       "Included in the July IQPR, section 4.2. Propose closure.", BLUE),
      ("BoD-25-016", "Item 11: Freedom to Speak Up Guardian report",
       "Bring back an update on actions to address the fall in staff survey scores for "
       "\u2018speaking up\u2019 in the West Suffolk locality.", "CPO / FTSU Guardian",
       D(2025, 9, 25), D(2025, 11, 27),
       "Deferred to November at the request of the Chair \u2013 see agenda item 12.", AMBER)]),
    ("Board meeting \u2013 31 July 2025",
     [("BoD-25-021", "Item 7: Chief Executive\u2019s report",
       "Circulate the outcome of the CQC well-led factual accuracy check to all Board members "
       "once received.", "CEO", "Sep-25", None,
       "Circulated to Board members on 3 September 2025.", BLUE),
      ("BoD-25-023", "Item 10: Finance report (Month 3)",
       "Set out the risks to delivery of the cost improvement programme, with mitigations, at "
       "the September Board development session.", "DoF", "Sep-25", None,
       "Presented at the Board development session on 11/09/25.", BLUE),
      ("BoD-25-024", "Item 12: Learning from deaths report",
       "Review the thematic analysis of deaths of patients open to community mental health "
       "teams and report the findings to Quality Committee, with a summary to Board.",
       "CMO, CNO", "Nov-25", "Jan-26",
       "Analysis delayed by data quality issues in the mortality dataset. Revised date agreed "
       "by Quality Committee.", RED)]),
    ("Board meeting \u2013 25 September 2025",
     [("BoD-25-031", "Item 8: Integrated Quality and Performance Report",
       "Include waiting-time data for the neurodevelopmental (ADHD and autism) pathway, split "
       "by Norfolk and Suffolk, in future reports.", "COO", "Nov-25", None,
       "Data being validated with the BI team; to be included from the November IQPR.", GREEN),
      ("BoD-25-033", "Item 10: Estates strategy",
       "Provide a timeline for the elimination of dormitory accommodation on the Hellesdon "
       "Hospital site.", "Director of Strategy and Partnerships", "Jan-26", None,
       "Not yet due.", GREEN),
      ("BoD-25-034", "Item 13: Board Assurance Framework",
       "Review the score of BAF risk SR3 (workforce) in light of the national corporate cost "
       "reduction requirement.", "CPO", "Nov-25", None,
       "Reviewed at Audit and Risk Committee on 13/11/25; score held at 16. Propose closure.",
       BLUE),
      ("BoD-25-035", "Item 15: Any other business",
       "Arrange a Board visit to the Woodlands unit in Ipswich.", "Trust Secretary", "TBC",
       None, "Date being agreed with the ward manager.", AMBER)]),
]


def make_nsft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    head = ["Action ref", "Agenda item", "Action", "Lead", "Due date", "Revised due date",
            "Update", "Status"]
    ncol = len(head)
    ws["A1"] = "Norfolk and Suffolk NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws["A2"] = "Board of Directors (Public) \u2013 Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated for the meeting on 27 November 2025"
    ws["A3"].font = Font(italic=True)
    for j, h in enumerate(head, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.border = thin_border()
        c.alignment = Alignment(wrap_text=True)
    r = 6
    for grp, acts in NSFT_GROUPS:
        c = ws.cell(r, 1, grp)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for (ref, item, act, lead, due, rev, upd, fill) in acts:
            vals = [ref, item, act, lead, due, rev, upd, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = thin_border()
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=fill)
            r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    key = [(RED, "Overdue"), (AMBER, "In progress / date revised"),
           (GREEN, "On track \u2013 not yet due"), (BLUE, "Complete \u2013 proposed for closure")]
    for fill, txt in key:
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(r, 2, txt)
        r += 1
    r += 1
    ws.cell(r, 1, "Lead initials: CEO Chief Executive; COO Chief Operating Officer; DoF Director "
                  "of Finance; CPO Chief People Officer; CMO Chief Medical Officer; CNO Chief "
                  "Nursing Officer.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [12, 30, 60, 18, 12, 12, 50, 9]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(
        HERE, "lx2-norfolk-and-suffolk-nhsft-board-of-directors-public-action-log.xlsx"))


# =====================================================================
# 5. Charnwood BC - corporate risk register 2025/26 (xlsx, risk-card layout)
# =====================================================================
CBC_RISKS = [
    ("CR1 \u2013 Financial sustainability",
     "Failure to deliver a balanced budget and sustainable Medium Term Financial Strategy "
     "because of funding reform, inflation and demand pressures.",
     "Director of Finance, Governance and Contracts", "16 (L4 \u00d7 I4)", "9",
     "Budget monitoring to SLT monthly; reserves strategy; Budget Scrutiny Panel.",
     [("Deliver the 2026/27 budget savings programme of \u00a31.2m, with monthly monitoring "
       "by the Senior Leadership Team.",
       "Director of Finance, Governance and Contracts", "February 2026",
       "\u00a30.7m of savings identified to date; options paper to Cabinet in December.",
       "Amber"),
      ("Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair "
       "Funding Review 2.0 consultation.",
       "Head of Finance (Section 151 Officer)", D(2025, 12, 31),
       "Modelling under way; awaiting provisional settlement.", "Green"),
      ("Review fees and charges for 2026/27, including garden waste and car parking.",
       "Head of Finance (Section 151 Officer); Heads of Service", "Jan-26",
       "Service reviews returned; report to Cabinet January 2026.", "Green")]),
    ("CR2 \u2013 Local government reorganisation",
     "Capacity is diverted and services are disrupted by the reorganisation of local "
     "government in Leicestershire.",
     "Chief Executive", "12 (L3 \u00d7 I4)", "8",
     "LGR programme governance; Leicestershire chief executives\u2019 group.",
     [("Submit the joint district councils\u2019 proposal for unitary local government in "
       "Leicestershire to government.",
       "Chief Executive", D(2025, 11, 28),
       "Proposal agreed by Full Council and submitted on 26 November 2025.", "Complete"),
      ("Establish a Charnwood LGR programme board and risk log, reporting to Cabinet "
       "quarterly.",
       "Chief Executive / Strategic Director", "Ongoing",
       "Programme board meeting monthly since September 2025.", "Green"),
      ("Develop a staff engagement and retention plan to protect capacity through the "
       "transition.",
       "Head of Strategic Support", "March 2026",
       "Staff survey closed; plan to be drafted with trade unions.", "Amber")]),
    ("CR3 \u2013 Cyber security and business continuity",
     "A cyber attack or major ICT failure prevents the delivery of council services and "
     "results in loss of data.",
     "Strategic Director of Environmental and Corporate Services", "15 (L3 \u00d7 I5)", "10",
     "Firewalls and endpoint protection; immutable back-ups; PSN compliance.",
     [("Complete the migration of on-premise servers to the cloud and decommission legacy "
       "hardware.",
       "ICT Services Manager", "Mar-26",
       "Delayed by supplier capacity; revised plan to SLT in November.", "Red"),
      ("Run a cyber incident exercise with the Leicestershire Resilience Forum and update "
       "the ICT disaster recovery plan.",
       "ICT Services Manager; Emergency Planning Officer", D(2025, 6, 30),
       "Exercise held 18 June 2025; DR plan updated.", "Complete"),
      ("Achieve 95% completion of mandatory cyber awareness training for staff and "
       "councillors.",
       "Head of Strategic Support", "Q4 2025/26",
       "Staff 91%, councillors 64%.", "Amber")]),
    ("CR4 \u2013 Landlord compliance and tenant safety",
     "The council does not meet the Regulator of Social Housing consumer standards for "
     "building safety in its housing stock.",
     "Head of Landlord Services", "12 (L3 \u00d7 I4)", "6",
     "Compliance dashboard reported monthly; external fire risk assessor contract.",
     [("Complete outstanding fire risk assessment remedial actions at sheltered housing "
       "schemes.",
       "Head of Landlord Services", D(2026, 1, 31),
       "41 of 58 high-priority actions complete.", "Amber")]),
]


def make_charnwood():
    wb = Workbook()
    mx = wb.active
    mx.title = "Risk Matrix"
    mx["A1"] = "Charnwood Borough Council \u2013 Corporate Risk Register 2025/26"
    mx["A1"].font = Font(bold=True, size=14)
    mx["A2"] = "Quarter 2 review (to 30 September 2025) \u2013 Audit Committee, 9 December 2025"
    mx["A4"] = "Summary of current risk scores"
    mx["A4"].font = Font(bold=True)
    for j, h in enumerate(["Risk", "Risk owner", "Current score", "Target score",
                           "Direction of travel"], start=1):
        c = mx.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=GREY)
    trend = ["\u2192", "\u2191", "\u2192", "\u2193"]
    for i, risk in enumerate(CBC_RISKS):
        mx.cell(6 + i, 1, risk[0])
        mx.cell(6 + i, 2, risk[2])
        mx.cell(6 + i, 3, risk[3])
        mx.cell(6 + i, 4, risk[4])
        mx.cell(6 + i, 5, trend[i])
    mx["A11"] = "Scoring: Likelihood (1\u20134) \u00d7 Impact (1\u20135). 15\u201320 Red; 8\u201312 " \
                "Amber; 1\u20136 Green."
    mx["A11"].font = Font(italic=True)
    mx.column_dimensions["A"].width = 48
    mx.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Corporate Risk Register")
    ncol = 5
    dark = PatternFill("solid", fgColor="3A3A6A")
    light = PatternFill("solid", fgColor="EDEDF5")
    r = 1
    ws.cell(r, 1, "Corporate Risk Register 2025/26 \u2013 Q2").font = Font(bold=True, size=14)
    r += 2
    for title, desc, owner, cur, target, controls, acts in CBC_RISKS:
        c = ws.cell(r, 1, title)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = dark
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        ws.cell(r, 1, "Risk description").font = Font(bold=True)
        ws.cell(r, 1).fill = light
        ws.cell(r, 2, desc).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        r += 1
        ws.cell(r, 1, "Risk owner").font = Font(bold=True)
        ws.cell(r, 1).fill = light
        ws.cell(r, 2, owner)
        ws.cell(r, 3, "Current score").font = Font(bold=True)
        ws.cell(r, 3).fill = light
        ws.cell(r, 4, cur)
        ws.cell(r, 5, "Target: " + target)
        r += 1
        ws.cell(r, 1, "Existing controls").font = Font(bold=True)
        ws.cell(r, 1).fill = light
        ws.cell(r, 2, controls).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        r += 1
        for j, h in enumerate(["Further actions", "Action owner", "Target date",
                               "Progress update (Q2)", "Status"], start=1):
            c = ws.cell(r, j, h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor=GREY)
            c.border = thin_border()
        r += 1
        for act in acts:
            for j, v in enumerate(act, start=1):
                c = ws.cell(r, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
        r += 1
    for j, w in enumerate([60, 40, 16, 50, 12], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(HERE, "lx2-charnwood-bc-corporate-risk-register-2025-26.xlsx"))


# =====================================================================
# 6. Stratford-on-Avon DC - transformation programme highlight report (txt, tab-separated)
# =====================================================================
SOA_LINES = [
    "Stratford-on-Avon District Council",
    "Transformation Programme \u2013 Highlight Report",
    "Reporting period:\tOctober 2025\tReport date:\t07/11/2025",
    "Programme Sponsor:\tChief Executive\tProgramme Manager:\tTransformation Programme Manager",
    "Overall programme status:\tAmber\tPrevious status:\tAmber",
    "",
    "Summary",
    "Good progress on the customer portal and the shared waste contract. Workforce workstream "
    "remains Amber pending the pay and grading review.",
    "",
    "Workstream 1: Customer Access and Digital",
    "Ref\tMilestone / action\tOwner\tDue\tRAG\tCommentary",
    "CD1\tLaunch the new customer portal with online forms for council tax and waste "
    "services\tHead of Customer and Digital Services\tSep-25\tComplete\tWent live 29 September; "
    "2,140 accounts created in October.",
    "\t\t\t\t\tA further 600 accounts are expected after paper billing is switched off.",
    "CD2\tReplace the telephony system and introduce call-back for the contact centre\tHead of "
    "Customer and Digital Services / ICT Manager\tDec-25\tG\tContract signed; installation "
    "booked for w/c 1 December.",
    "CD3\tPublish a Digital Inclusion Plan with the Stratford and Alcester libraries\tDigital "
    "Inclusion Officer\tQ4 2025/26\tA\tDraft delayed by consultation with the voluntary sector.",
    "",
    "Workstream 2: Workforce and Ways of Working",
    "Ref\tMilestone / action\tOwner\tDue\tRAG\tCommentary",
    "WW1\tComplete the pay and grading review and consult staff on the new structure\tHead of "
    "HR and Organisational Development\t31/03/2026\tA\tJob evaluation 70% complete; union "
    "consultation to start in January.",
    "WW2\tRoll out the hybrid working policy and desk-booking system at Elizabeth House\tHead "
    "of HR and Organisational Development\tOct-25\tComplete\tPolicy live from 1 October.",
    "",
    "Workstream 3: Shared Services with Warwick District Council",
    "Ref\tMilestone / action\tOwner\tDue\tRAG\tCommentary",
    "SS1\tMobilise the joint waste and recycling contract\tJoint Head of Environmental "
    "Services\tApr-26\tG\tVehicle order placed; depot lease agreed.",
    "SS2\tAgree a single shared legal and democratic services team\tMonitoring Officer\tFeb-26"
    "\tR\tBusiness case not yet agreed by both Cabinets; decision deferred to January.",
    "SS3\tAlign ICT platforms across both councils\tICT Manager\tOngoing\tG\tMicrosoft 365 "
    "tenancy merger complete; line-of-business systems to follow.",
    "",
    "Key risks and issues",
    "Ref\tRisk / issue\tOwner\tRating",
    "R1\tPay and grading review costs exceed budget provision\tChief Financial Officer\tAmber",
    "R2\tLocal government reorganisation in Warwickshire changes the scope of shared services"
    "\tChief Executive\tRed",
    "",
    "Decisions required from Programme Board",
    "1. Approve the revised timetable for the shared legal and democratic services business "
    "case.",
    "",
    "RAG key: G = on track; A = at risk, recoverable; R = off track, needs Board "
    "intervention; Complete = delivered.",
]


def make_stratford():
    with open(os.path.join(
            HERE, "lx2-stratford-on-avon-dc-transformation-programme-highlight-report.txt"),
            "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(SOA_LINES) + "\n")


# =====================================================================
# 7. Lichfield District CSP - partnership plan 2025-26 action plan (csv, refuse)
# =====================================================================
LIC_ROWS = [
    ["Lichfield District Community Safety Partnership", "", "", "", "", "", ""],
    ["Partnership Plan 2025-26 \u2013 Delivery Action Plan", "", "", "", "", "", ""],
    ["Quarter 2 update (July \u2013 September 2025)", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Priority", "Ref", "Action", "Lead agency / officer", "Target date", "Q2 update", "RAG"],
    ["Priority 1: Anti-social behaviour and neighbourhood crime", "", "", "", "", "", ""],
    ["", "1.1",
     "Deliver a summer ASB plan for Lichfield city centre and Burntwood, including joint "
     "patrols and youth diversion activity",
     "Staffordshire Police; Lichfield DC Community Safety Officer", "Sep-25",
     "Plan delivered; ASB reports down 14% on summer 2024", "Complete"],
    ["", "1.2",
     "Use Community Protection Warnings and Notices consistently across partners, with a "
     "shared tracker",
     "Lichfield DC Regulatory Services Manager", "Dec-25",
     "Tracker in place; 23 CPWs issued in Q2", "Green"],
    ["", "1.3",
     "Run two ASB Case Review awareness sessions for ward councillors and parish clerks",
     "Community Safety Officer", "Febuary 2026",
     "First session booked for November", "Green"],
    ["Priority 2: Domestic abuse and violence against women and girls", "", "", "", "", "", ""],
    ["", "2.1",
     "Achieve White Ribbon accreditation for Lichfield District Council",
     "Lichfield DC Head of Regulatory Services, Housing and Wellbeing", "Mar-26",
     "Action plan submitted to White Ribbon UK", "Green"],
    ["", "2.2",
     "Commission a domestic abuse awareness campaign for the night-time economy, with "
     "licensed premises",
     "Staffordshire Commissioner\u2019s Office; Lichfield DC Licensing Team", "Dec-25",
     "Campaign materials in design", "Amber"],
    ["Priority 3: Serious violence and exploitation", "", "", "", "", "", ""],
    ["", "3.1",
     "Map exploitation hotspots with partners and agree a joint disruption plan",
     "Staffordshire Police Neighbourhood Inspector", "Jan-26",
     "Mapping workshop held 10 September", "Green"],
    ["", "3.2",
     "Deliver knife crime and county lines sessions in all secondary schools in the district",
     "Catch22 / Staffordshire Police Schools Officer", "Jul-26",
     "Sessions delivered in 4 of 7 schools", "Amber"],
    ["", "", "", "", "", "", ""],
    ["RAG key: Green = on track; Amber = some slippage; Red = off track; Complete = action "
     "delivered", "", "", "", "", "", ""],
]


def csv_field(v):
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_lichfield():
    with open(os.path.join(
            HERE, "lx2-lichfield-district-csp-partnership-plan-2025-26-action-plan"
                  "-typo-month-refuse.csv"),
            "w", encoding="utf-8", newline="") as f:
        for row in LIC_ROWS:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


if __name__ == "__main__":
    make_hull()
    make_inverclyde()
    make_cuh()
    make_nsft()
    make_charnwood()
    make_stratford()
    make_lichfield()
    print("built 7 files in", HERE)
