#!/usr/bin/env python3
"""Build the seven jj2- blind test files (set heldout304).

Partnership, NHS and corporate plans:
  1. jj2-cardiff-vale-rsb-adult-practice-review-action-plan.docx
  2. jj2-north-devon-torridge-csp-dhr-rachel-action-plan-typo-month-refuse.docx
  3. jj2-liverpool-university-hospitals-nhsft-board-of-directors-action-log.xlsx
  4. jj2-northumbria-healthcare-nhsft-maternity-neonatal-improvement-plan.xlsx
  5. jj2-boston-bc-corporate-risk-register-q3-2025-26.xlsx
  6. jj2-gedling-bc-transformation-programme-highlight-report.csv
  7. jj2-east-staffordshire-csp-partnership-plan-2025-26-delivery-plan.txt

Run with /work/main/.venv/bin/python jj2_make.py (writes beside this script).
"""
import os
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None}


def D(y, m, d):
    return datetime(y, m, d)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


# ======================================================================
# 1. Cardiff and Vale RSB - Adult Practice Review action plan (docx, read)
# ======================================================================
APR_FILE = "jj2-cardiff-vale-rsb-adult-practice-review-action-plan.docx"
APR_TITLE = "Adult Practice Review CVRSAB 03/2023: Multi-Agency Action Plan"
APR_RECS = [
    ("1. The Regional Safeguarding Board should seek assurance that partner agencies apply the "
     "Mental Capacity Act 2005 consistently when an adult at risk repeatedly declines care and support.",
     [
         ("1.1", "Deliver a regional multi-agency learning event on executive capacity and fluctuating "
                 "capacity, using the learning from this review.",
          "RSB Business Manager", "March 2025",
          "Two events held (January and March 2025), 143 attendees. Evaluation report received by the "
          "Practice Review Sub Group.", "B"),
         ("1.2", "Audit a sample of 20 safeguarding enquiries where the adult declined support, to test "
                 "whether capacity assessments were decision-specific and recorded.",
          "Cardiff Council Adult Services / Vale of Glamorgan Council Adult Services", "31/07/2025",
          "Cardiff audit complete. Vale audit delayed by staffing; findings will be reported to the Sub "
          "Group when complete.", "A"),
     ]),
    ("2. Health and social care partners should ensure that hospital discharge planning for adults who "
     "self-neglect includes a multi-agency discussion before discharge.",
     [
         ("2.1", "Amend the Cardiff and Vale UHB discharge policy to require a multi-agency discharge "
                 "meeting where self-neglect concerns are recorded.",
          "Head of Patient Flow, Cardiff and Vale UHB", "December 2024",
          "Revised policy approved by the Clinical Board and published on the UHB intranet.", "B"),
         ("2.2", "Include self-neglect and hoarding prompts in the Discharge to Assess referral form.",
          "Integrated Discharge Hub Manager", "Q1 2025/26",
          "Draft form tested on two wards; go-live planned with the next form release.", "G"),
         ("2.3", "Dip sample 10 discharges of adults with recorded self-neglect concerns to test whether "
                 "a multi-agency discussion took place.",
          "UHB Safeguarding Team & Cardiff Council Hospital Social Work Team", "Six-monthly",
          "First dip sample completed September 2025: 7 of 10 had a documented discussion.", "G"),
     ]),
    ("3. South Wales Fire and Rescue Service and the local authorities should strengthen referral routes "
     "for Safe and Well visits for adults at risk of fire due to hoarding or smoking.",
     [
         ("3.1", "Agree a joint referral pathway between adult social care and South Wales Fire and Rescue "
                 "Service for Safe and Well visits.",
          "SWFRS Community Safety Manager; Cardiff Council Operational Manager Safeguarding",
          "30 June 2025",
          "Pathway agreed and circulated to both local authorities; referrals monitored monthly.", "G"),
         ("3.2", "Add fire risk questions to the adult safeguarding referral form used across the region.",
          "RSB Business Manager", "September 2025",
          "Not progressed – awaiting the outcome of the all-Wales referral form review.", "R"),
     ]),
    ("4. The Regional Safeguarding Board should share the learning from this review across the region.",
     [
         ("4.1", "Publish a 7-minute briefing on the review and circulate it through all partner agencies.",
          "RSB Business Unit", "October 2024",
          "Briefing published on the RSB website and cascaded through agency safeguarding leads.", "B"),
         ("4.2", "Evaluate the impact of the learning through the annual multi-agency practitioner survey.",
          "Practice Review Sub Group Chair", "Annually",
          "", ""),
     ]),
]


def build_apr():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Cardiff and Vale Regional Safeguarding Board")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(APR_TITLE, level=1)

    info = [
        ("Review reference", "CVRSAB 03/2023 (Concise Adult Practice Review)"),
        ("Report approved by the Regional Safeguarding Board", "12 September 2024"),
        ("Action plan owner", "Practice Review Sub Group"),
        ("Date of this update", "17 November 2025"),
        ("Version", "5.0"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_heading("RAG rating key", level=2)
    key = [
        ("Blue", BLUE, "Action complete and evidence of impact received"),
        ("Green", GREEN, "On track to be completed within the timescale"),
        ("Amber", AMBER, "Some slippage – action still expected to be delivered"),
        ("Red", RED, "Not progressed or significantly off track"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for name, col, meaning in key:
        row = t.add_row()
        set_cell(row.cells[0], name, bold=True)
        shade(row.cells[0], col)
        set_cell(row.cells[1], meaning)

    doc.add_heading("Action plan", level=2)
    hdr = ["Recommendation", "No.", "Action", "Lead agency / officer", "Timescale",
           "Progress update (November 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for rec, acts in APR_RECS:
        first = len(t.rows)
        for ref, action, lead, when, progress, rag in acts:
            row = t.add_row()
            c = row.cells
            set_cell(c[1], ref)
            set_cell(c[2], action)
            set_cell(c[3], lead)
            set_cell(c[4], when)
            set_cell(c[5], progress)
            c[6].text = ""
            if rag:
                shade(c[6], FILL[rag])
        last = len(t.rows) - 1
        set_cell(t.cell(first, 0), rec)
        if last > first:
            t.cell(first, 0).merge(t.cell(last, 0))
    widths = [Cm(6.5), Cm(1.2), Cm(6.5), Cm(4), Cm(2.5), Cm(5.5), Cm(1.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Reviewed by Practice Review Sub Group", "4 December 2025"),
                 ("Next review", "March 2026")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(os.path.join(HERE, APR_FILE))


# ======================================================================
# 2. North Devon and Torridge CSP - DHR 'Rachel' (docx, refuse)
# ======================================================================
DHR_FILE = "jj2-north-devon-torridge-csp-dhr-rachel-action-plan-typo-month-refuse.docx"
DHR_TITLE = "Domestic Homicide Review ‘Rachel’ – Action Plan"
DHR_COLS = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
            "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
            "Date of completion and Outcome"]
DHR_OVERVIEW = [
    ("1. The CSP to seek assurance that GP practices in North Devon and Torridge use routine enquiry "
     "about domestic abuse with patients presenting with anxiety or low mood.",
     "Local",
     "Deliver IRIS (Identification and Referral to Improve Safety) training to all GP practices in "
     "North Devon and Torridge.",
     "NHS Devon ICB",
     "IRIS commissioned April 2025; 14 of 19 practices trained.",
     "March 2026", ""),
    ("2. Devon and Cornwall Police to ensure that officers attending domestic incidents in rural areas "
     "complete a DASH risk assessment at the scene.",
     "Regional",
     "Issue a force-wide briefing and dip sample 50 rural domestic incidents for DASH completion.",
     "Devon and Cornwall Police",
     "Briefing issued May 2025.",
     "September 2025",
     "Completed 30/09/2025 – dip sample showed 92% DASH completion."),
    ("3. North Devon Council and Torridge District Council to identify domestic abuse at the point of "
     "housing application.",
     "Local",
     "Introduce a domestic abuse flag on the joint housing register and train allocations staff in "
     "its use.",
     "North Devon Council / Torridge District Council",
     "Flag specification agreed with the Devon Home Choice system supplier.",
     "Decmber 2025", ""),
    ("4. The CSP to raise awareness of economic abuse among older people in rural communities.",
     "Local",
     "Run a rural awareness campaign with parish councils, farming networks and the Farming Community "
     "Network.",
     "North Devon and Torridge CSP",
     "Campaign materials in design.",
     "June 2026", ""),
]
DHR_SINGLE = [
    ("Royal Devon University Healthcare NHS Foundation Trust: Ensure that emergency department staff "
     "ask about domestic abuse when a patient attends with an unexplained injury.",
     "Local",
     "Add a mandatory routine enquiry question to the ED triage record and audit compliance quarterly.",
     "Royal Devon University Healthcare NHS Foundation Trust",
     "Question added to the ED triage record in July 2025.",
     "January 2026", ""),
    ("Devon County Council Adult Social Care: Ensure carers' assessments consider whether the carer "
     "is at risk of domestic abuse from the cared-for person.",
     "Local",
     "Update the carers' assessment guidance and deliver a practice session to locality teams.",
     "Devon County Council",
     "Guidance updated.",
     "November 2025", ""),
    ("Devon Domestic Abuse Support Service: Improve follow-up where a victim disengages after an "
     "initial referral.",
     "Regional",
     "Introduce a three-attempt contact protocol and a closure review by a senior practitioner.",
     "Devon Domestic Abuse Support Service",
     "Protocol in place from June 2025.",
     "June 2025",
     "Completed June 2025 – protocol embedded in case management system."),
]
DHR_REFUSE_ROW = 4  # row in the first plan table, header counted as row 1


def build_dhr():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("North Devon and Torridge Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(DHR_TITLE, level=1)
    doc.add_paragraph(
        "Review commissioned: March 2023. Overview report approved by the CSP: 12 June 2024. "
        "Home Office Quality Assurance Panel: 23 January 2025. This version: August 2025.")
    doc.add_paragraph(
        "This action plan is monitored by the DHR Sub Group on behalf of the Community Safety "
        "Partnership. Agencies should send updates to the Community Safety Team before each meeting.")

    for heading, rows in (("Overview Report Recommendations", DHR_OVERVIEW),
                          ("Single Agency Recommendations", DHR_SINGLE)):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(DHR_COLS))
        t.style = "Table Grid"
        for i, h in enumerate(DHR_COLS):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for vals in rows:
            row = t.add_row()
            for i, v in enumerate(vals):
                set_cell(row.cells[i], v)
    assert doc.tables[0].rows[DHR_REFUSE_ROW - 1].cells[5].text == "Decmber 2025"
    doc.save(os.path.join(HERE, DHR_FILE))


# ======================================================================
# 3. Liverpool University Hospitals NHSFT - Board action log (xlsx, read)
# ======================================================================
LUH_FILE = "jj2-liverpool-university-hospitals-nhsft-board-of-directors-action-log.xlsx"
LUH_TITLE = ("Liverpool University Hospitals NHS Foundation Trust – Board of Directors meeting held in "
             "public: Action Log")
# (ref, minute, agenda item, action, lead, original due, revised due, update, rag)
LUH_SECTIONS = [
    ("Meeting held on 1 July 2025", [
        ("BoD/25/041", "25/068", "Integrated Performance Report",
         "Provide a breakdown of 12-hour waits in the Emergency Department by site (Royal, Aintree, "
         "Broadgreen) in the next report.",
         "Chief Operating Officer", D(2025, 9, 2), None,
         "Site-level breakdown included in the September IPR, section 3.2.", "G"),
        ("BoD/25/042", "25/071", "Patient Story",
         "Invite the family to return to a future Board meeting to describe the changes made following "
         "their complaint.",
         "Chief Nurse / Head of Patient Experience", D(2025, 11, 4), D(2026, 1, 13),
         "Family have agreed to attend; date moved at their request.", "A"),
        ("BoD/25/045", "25/074", "Freedom to Speak Up Report",
         "Benchmark the number of Freedom to Speak Up concerns raised per 1,000 staff against other "
         "acute trusts in Cheshire and Merseyside.",
         "Director of People", D(2025, 10, 7), None,
         "Benchmarking delayed awaiting the National Guardian's Office annual data release.", "R"),
    ]),
    ("Meeting held on 7 October 2025", [
        ("BoD/25/058", "25/112", "Finance Report Month 5",
         "Set out the recurrent and non-recurrent split of the cost improvement programme delivered "
         "to date.",
         "CFO", D(2025, 12, 2), None,
         "Included in the Month 7 finance report.", "G"),
        ("BoD/25/059", "25/115", "Learning from Deaths Report",
         "Report the findings of the case note review following the SHMI outlier alert for sepsis.",
         "Chief Medical Officer", D(2026, 1, 13), None,
         "Case note review of 40 deaths under way; findings to Quality Committee first.", "A"),
        ("BoD/25/061", "25/118", "Board Assurance Framework",
         "Review the target risk scores for BAF risks 2 and 5 with the lead committees and reflect "
         "them in the Q3 BAF.",
         "Director of Corporate Governance", D(2025, 12, 2), None,
         "Complete – Q3 BAF on this agenda.", "G"),
        ("BoD/25/062", "25/120", "Electronic Patient Record Programme",
         "Circulate the revised go-live plan for the electronic patient record, with the readiness "
         "criteria.",
         "Chief Information Officer", "TBC", "Feb-26",
         "Go-live date to be confirmed by the EPR Programme Board.", "A"),
    ]),
    ("Meeting held on 4 November 2025", [
        ("BoD/25/070", "25/139", "Chair's Report",
         "Arrange a Board development session on the Cheshire and Merseyside acute provider "
         "collaborative.",
         "SD/JR", D(2026, 3, 3), None,
         "Session being scheduled with the collaborative's programme director.", "A"),
        ("BoD/25/071", "25/142", "Health and Safety Annual Report",
         "Confirm the timetable for completion of the fire door remedial works at the Royal Liverpool "
         "University Hospital.",
         "Director of Estates and Facilities", D(2025, 12, 2), D(2026, 2, 3),
         "Contractor programme received; timetable depends on completion of the door surveys.", "R"),
        ("BoD/25/073", "25/146", "NHS Staff Survey",
         "Share the staff survey response rate by division with Board members once the survey closes.",
         "Director of People", D(2025, 12, 2), None,
         "", ""),
    ]),
]


def build_luh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = 9
    ws["A1"] = LUH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Open actions – updated for the meeting on 2 December 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    # key on row 5
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for col, colour, text in (("B", GREEN, "Action complete – propose to close"),
                              ("D", AMBER, "In progress – not yet due"),
                              ("F", RED, "Overdue")):
        c = ws[f"{col}5"]
        c.value = text
        c.fill = PatternFill("solid", fgColor=colour)
        c.font = Font(bold=True, size=9)
    hdr = ["Action No.", "Minute ref", "Agenda item", "Action", "Lead", "Original due date",
           "Revised due date", "Progress update", "RAG"]
    r = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    r += 1
    for sec, acts in LUH_SECTIONS:
        c = ws.cell(r, 1, sec)
        c.font = Font(bold=True)
        for i in range(1, ncol + 1):
            ws.cell(r, i).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ref, minute, item, action, lead, orig, rev, upd, rag in acts:
            vals = [ref, minute, item, action, lead, orig, rev, upd or None, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = box
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILL[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    for label, n in (("Total actions on log", 10), ("Complete – propose to close", 3),
                     ("In progress – not yet due", 4), ("Overdue", 2), ("Not yet rated", 1)):
        ws.cell(r, 1, label)
        ws.cell(r, 3, n)
        r += 1
    r += 1
    ws.cell(r, 1, "Note: actions rated green will be removed from the log once the Board agrees closure.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (12, 10, 24, 55, 26, 13, 13, 45, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(os.path.join(HERE, LUH_FILE))


# ======================================================================
# 4. Northumbria Healthcare NHSFT - Maternity and neonatal improvement plan (xlsx, read)
# ======================================================================
NHC_FILE = "jj2-northumbria-healthcare-nhsft-maternity-neonatal-improvement-plan.xlsx"
NHC_TITLE = "Northumbria Healthcare NHS Foundation Trust – Maternity and Neonatal Improvement Plan 2025/26"
# theme -> objectives -> actions (ref, source, action, lead, orig, revised, update, prev, curr)
NHC_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("Women and families are listened to and their feedback is acted on", [
            ("1.1", "3YDP", "Co-produce a personalised care and support plan template with the Maternity "
                            "and Neonatal Voices Partnership (MNVP).",
             "Head of Midwifery / MNVP Lead", D(2025, 6, 30), None,
             "Template launched in June 2025; 78% of women have a PCSP recorded at 36 weeks.", "G", "B"),
            ("1.2", "CQC SD3", "Introduce a weekly review of complaints and PALS themes at the maternity "
                               "safety huddle.",
             "Quality and Safety Matron", D(2025, 9, 30), D(2025, 12, 31),
             "Huddle format agreed; themed review started in the autumn.", "A", "G"),
        ]),
        ("Equity for mothers and babies", [
            ("1.3", "3YDP", "Deliver the Trust actions in the LMNS equity and equality plan for women "
                            "living in the most deprived postcodes.",
             "Consultant Midwife (Public Health)", D(2026, 3, 31), None,
             "Enhanced continuity team in place in Blyth; evaluation in Q4.", "G", "G"),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("Safe midwifery staffing in line with Birthrate Plus", [
            ("2.1", "Ockenden IEA 5", "Complete the Birthrate Plus reassessment and present the "
                                      "establishment review to the Board of Directors.",
             "Director of Midwifery", D(2025, 7, 31), None,
             "Presented to Board July 2025; 6.4 WTE investment agreed.", "B", "B"),
            ("2.2", "CQC MD1", "Ensure the labour ward coordinator is supernumerary on every shift, with "
                               "compliance reported monthly.",
             "Intrapartum Matron", D(2025, 10, 31), None,
             "Compliance 91% in September against a target of 100%.", "A", "A"),
        ]),
        ("Training and competence", [
            ("2.3", "SBLv3", "Achieve 90% compliance with fetal monitoring training (online and "
                             "face-to-face) for:\n- midwives\n- obstetric medical staff",
             "Clinical Director (Obstetrics) & Practice Development Midwife", D(2025, 8, 31),
             D(2026, 1, 31),
             "Midwives 94%, obstetric medical staff 82%; additional sessions booked.", "R", "A"),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("Learning from incidents", [
            ("3.1", "CQC MD2", "Review all maternity incidents within 72 hours under PSIRF, with an after "
                               "action review where indicated.",
             "Maternity Governance Lead", D(2025, 5, 31), None,
             "Achieved and sustained for four consecutive months.", "B", "B"),
            ("3.2", "CQC SD1", "Hold quarterly perinatal quality surveillance reviews with the Board "
                               "safety champions.",
             "Board Safety Champions", "Quarterly", None,
             "Q2 review held on 18 September 2025.", "G", "G"),
        ]),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("Saving Babies' Lives Care Bundle v3", [
            ("4.1", "SBLv3 E3", "Implement the reduced fetal movements pathway across all community and "
                                "hospital settings.",
             "Community Midwifery Matron", D(2025, 12, 31), None,
             "Pathway live at Northumbria Specialist Emergency Care Hospital; community roll-out in "
             "progress.", "G", "G"),
            ("4.2", "SBLv3 E6", "Introduce the diabetes in pregnancy pathway with the obstetric physician "
                                "and diabetes specialist midwives.",
             "Consultant Obstetrician (Diabetes Lead)", D(2026, 3, 31), None,
             "", "", ""),
        ]),
        ("Safe equipment and environment", [
            ("4.3", "CQC MD4", "Complete daily and weekly checks of emergency equipment in all maternity "
                               "areas, with audit results reported monthly.",
             "Ward Managers", D(2025, 6, 30), None,
             "Audit at 100% for three consecutive months.", "B", "B"),
        ]),
    ]),
]


def build_nhc():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Northumbria Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Maternity and Neonatal Improvement Plan – summary of current BRAG ratings"
    ws["A2"].font = Font(bold=True)
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red", "Not rated"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.border = box
    r = 5
    tot = [0] * 6
    for theme, objs in NHC_THEMES:
        acts = [a for _, al in objs for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[8] == k) for k in ("B", "G", "A", "R", "")]
        ws.cell(r, 1, theme).border = box
        for i, n in enumerate(counts, 2):
            ws.cell(r, i, n).border = box
        tot = [x + y for x, y in zip(tot, counts)]
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for i, n in enumerate(tot, 2):
        ws.cell(r, i, n).font = Font(bold=True)
    ws.column_dimensions["A"].width = 70

    # --- Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ncol = 10
    ws["A1"] = NHC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Maternity and Neonatal Services, Women and Children's Business Unit"
    ws["A3"] = ("Incorporating the CQC maternity inspection (2024), the Three Year Delivery Plan (3YDP), "
                "Ockenden immediate and essential actions and Saving Babies' Lives v3")
    ws["A4"] = "Reporting month: October 2025    Executive lead: Executive Director of Nursing, Midwifery and AHPs"
    for rr in (1, 2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol)
    hdr = ["Ref", "Source", "Objective", "Action", "Lead", "Original completion date",
           "Revised completion date", "Progress update / evidence", "Previous BRAG", "Current BRAG"]
    r = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    r += 1
    for theme, objs in NHC_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True, size=11)
        for i in range(1, ncol + 1):
            ws.cell(r, i).fill = PatternFill("solid", fgColor="E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for obj, acts in objs:
            first = r
            for ref, src, action, lead, orig, rev, upd, prev, curr in acts:
                vals = [ref, src, None, action, lead, orig, rev, upd or None, prev or None, curr or None]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = box
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, k in ((9, prev), (10, curr)):
                    if k:
                        ws.cell(r, col).fill = PatternFill("solid", fgColor=FILL[k])
                        ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            ws.cell(first, 3, obj).alignment = Alignment(wrap_text=True, vertical="top")
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Completed actions remain on the plan until evidence has been reviewed by the "
                  "Maternity Assurance Group.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", (6, 12, 26, 55, 28, 13, 13, 45, 9, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    # --- Key sheet
    ws = wb.create_sheet("BRAG key")
    ws["A1"] = "BRAG rating key"
    ws["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate((
            ("B", "Complete – evidence reviewed and accepted"),
            ("G", "On track to deliver by the completion date"),
            ("A", "At risk of not delivering by the completion date"),
            ("R", "Off track – completion date missed or will be missed")), 3):
        ws.cell(i, 1, k).fill = PatternFill("solid", fgColor=FILL[k])
        ws.cell(i, 2, meaning)
    ws.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(os.path.join(HERE, NHC_FILE))


# ======================================================================
# 5. Boston Borough Council - Corporate risk register Q3 2025/26 (xlsx, read)
# ======================================================================
BBC_FILE = "jj2-boston-bc-corporate-risk-register-q3-2025-26.xlsx"
BBC_TITLE = "Boston Borough Council – Corporate Risk Register"
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
# (risk heading, description, owner, score text, score colour, direction, actions)
BBC_RISKS = [
    ("CR1 – Financial sustainability",
     "The Council is unable to set a balanced budget over the medium term because of reduced "
     "government funding, inflation and demand pressures.",
     "Assistant Director – Finance (S151 Officer)", "4 x 4 = 16", RED, "↔ Unchanged", [
         ("Deliver the 2026/27 savings and income proposals agreed by Cabinet.",
          "Assistant Director – Finance (S151 Officer)", "28/02/2026", "On track",
          "Proposals included in the draft 2026/27 budget."),
         ("Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair Funding Review.",
          "Head of Finance", "March 2026", "At risk",
          "Final settlement figures later than expected."),
     ]),
    ("CR2 – Partnership and reorganisation",
     "Changes to the South & East Lincolnshire Councils Partnership, including local government "
     "reorganisation, disrupt service delivery or distract capacity from priorities.",
     "Chief Executive", "3 x 4 = 12", AMBER, "↑ Increasing", [
         ("Submit the Council's response to the Government's local government reorganisation "
          "proposals for Greater Lincolnshire.",
          "Chief Executive / Deputy Chief Executive (Corporate Development)", "28/11/2025", "Complete",
          "Response approved by Full Council and submitted."),
         ("Maintain a partnership-wide reorganisation risk log and report it to the Partnership Joint "
          "Committee.",
          "Deputy Chief Executive (Corporate Development)", "Quarterly", "On track",
          "Risk log reported to the Joint Committee in December."),
     ]),
    ("CR3 – Cyber security",
     "A successful cyber attack leads to the loss of systems or data and prevents the Council from "
     "delivering services.",
     "Assistant Director – ICT and Digital", "4 x 5 = 20", RED, "↔ Unchanged", [
         ("Complete the Cyber Assessment Framework self-assessment and submit it to MHCLG.",
          "Head of ICT", "31/01/2026", "On track",
          "Self-assessment 80% complete."),
         ("Run a cyber incident exercise with the Corporate Management Team.",
          "Emergency Planning Officer; Head of ICT", "Oct-25", "Overdue",
          "Exercise postponed; new date being arranged with the LRF."),
         ("Move the remaining on-premise servers to the cloud hosting environment.",
          "Head of ICT", "Q1 2026/27", "On track",
          "Migration plan approved."),
     ]),
    ("CR4 – Emergency response",
     "The Council cannot respond effectively to a major emergency such as a severe tidal flood.",
     "Assistant Director – Regulatory", "2 x 5 = 10", AMBER, "↓ Reducing", [
         ("Review the Council's flood response arrangements with the Lincolnshire Resilience Forum.",
          "Emergency Planning Officer", "Ongoing", "On track",
          "Arrangements reviewed after the January exercise."),
         ("Train additional staff as Rest Centre Managers.",
          "Emergency Planning Officer", "30/09/2025", "Complete",
          "12 staff trained in September 2025."),
     ]),
]


def build_bbc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = 10
    ws["A1"] = BBC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 – position at 31 December 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Audit and Governance Committee – 28 January 2026"
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol)
    # summary block
    ws["A5"] = "Risk summary (current scores)"
    ws["A5"].font = Font(bold=True)
    for i, (label, n, col) in enumerate((("Red (15-25)", 2, RED), ("Amber (8-12)", 2, AMBER),
                                         ("Green (1-6)", 0, GREEN)), 2):
        c = ws.cell(5, i, label)
        c.fill = PatternFill("solid", fgColor=col)
        ws.cell(6, i, n)
    ws["A6"] = "Number of risks"
    hdr = ["Risk", "Risk description", "Risk owner", "Current score (L x I)", "Direction of travel",
           "Further actions to reduce the risk", "Action owner", "Target date", "Action status",
           "Q3 update"]
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    r += 1
    for head, desc, owner, score, scol, dot, acts in BBC_RISKS:
        first = r
        for action, aowner, target, status, upd in acts:
            for i, v in enumerate([None, None, None, None, None, action, aowner, target, status, upd], 1):
                c = ws.cell(r, i, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = box
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=STATUS_FILL[status])
            r += 1
        last = r - 1
        for col, v in ((1, head), (2, desc), (3, owner), (4, score), (5, dot)):
            c = ws.cell(first, col, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 4).fill = PatternFill("solid", fgColor=scol)
    r += 1
    ws.cell(r, 1, "Action status key:").font = Font(bold=True)
    for i, (k, meaning) in enumerate((("Complete", "action delivered"),
                                      ("On track", "progressing to plan"),
                                      ("At risk", "may not meet the target date"),
                                      ("Overdue", "target date has passed")), 1):
        c = ws.cell(r + i, 1, k)
        c.fill = PatternFill("solid", fgColor=STATUS_FILL[k])
        ws.cell(r + i, 2, meaning)
    for col, w in zip("ABCDEFGHIJ", (24, 40, 26, 12, 13, 50, 30, 12, 11, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        ws.cell(3, i + 1, i).font = Font(bold=True)
        ws.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = ws.cell(3 + i, j + 1, s)
            c.fill = PatternFill("solid", fgColor=RED if s >= 15 else AMBER if s >= 8 else GREEN)
    ws["A10"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    ws["A11"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Critical"
    wb.save(os.path.join(HERE, BBC_FILE))


# ======================================================================
# 6. Gedling Borough Council - Transformation programme highlight report (csv, read)
# ======================================================================
GBC_FILE = "jj2-gedling-bc-transformation-programme-highlight-report.csv"
GBC_TITLE = "Gedling Borough Council - Transformation Programme Highlight Report"
GBC_HDR = ["Workstream", "Project", "Ref", "Milestone", "Milestone owner", "Baseline date",
           "Forecast date", "RAG", "Commentary"]
GBC_ROWS = [
    ("Digital Gedling", "Customer Portal (MyGedling)", "DG-01",
     "Launch the MyGedling customer account for council tax and bin collection services",
     "Head of Customer Services", "30/09/2025", "30/09/2025", "Complete",
     "Went live 29 September. 4,312 accounts created in the first month."),
    ("Digital Gedling", "Customer Portal (MyGedling)", "DG-02",
     "Add garden waste subscriptions and bulky waste bookings to MyGedling",
     "Head of Customer Services", "31/12/2025", "27/02/2026", "Amber",
     "Integration with the waste management system delayed by the supplier. Revised date agreed at "
     "Programme Board."),
    ("Digital Gedling", "Telephony Replacement", "DG-03",
     "Procure and implement a cloud contact centre telephony platform",
     "ICT Manager", "31/10/2025", "31/01/2026", "Red",
     "Supplier mobilisation slipped by 12 weeks.\nRecovery plan to go to Programme Board in December."),
    ("Property and Assets", "Accommodation Review", "PA-01",
     "Complete the option appraisal for the Civic Centre and Jubilee Depot sites",
     "Head of Property Services", "30/11/2025", "30/11/2025", "Green",
     "Draft appraisal with Senior Leadership Team for comment."),
    ("Property and Assets", "Accommodation Review", "PA-02",
     "Consult staff on hybrid working and desk ratios",
     "Head of Organisational Development", "31/10/2025", "31/10/2025", "Complete",
     "Survey closed with a 71% response rate."),
    ("Property and Assets", "Energy Efficiency", "PA-03",
     "Install solar PV panels at Carlton Forum Leisure Centre",
     "Climate Change Officer", "31/03/2026", "31/03/2026", "Green",
     "Contractor appointed; installation scheduled for February."),
    ("Service Redesign", "Waste and Fleet", "SR-01",
     "Introduce route optimisation software for refuse collection rounds",
     "Head of Waste Services", "31/01/2026", "31/01/2026", "Green",
     "Software configured; rounds being modelled."),
    ("Service Redesign", "Waste and Fleet", "SR-02",
     "Prepare for the weekly food waste collection service required by Simpler Recycling",
     "Head of Waste Services / Fleet Manager", "31/03/2026", "31/03/2026", "Amber",
     "Vehicles ordered but delivery dates not yet confirmed by the manufacturer."),
    ("Service Redesign", "Income and Commercial", "SR-03",
     "Review fees and charges against comparator Nottinghamshire councils",
     "Financial Services Manager", "31/12/2025", "31/12/2025", "Green",
     "Benchmarking complete; proposals to Cabinet with the budget."),
    ("Service Redesign", "Income and Commercial", "SR-04",
     "Launch a commercial trade waste offer to new business customers",
     "Commercial Manager", "", "TBC", "Not started",
     "Dependent on SR-02 fleet decisions."),
    ("People and Culture", "Workforce Development", "PC-01",
     "Roll out the new performance conversations framework to all managers",
     "Head of Organisational Development", "31/12/2025", "31/03/2026", "Amber",
     "Training for 48 of 75 managers complete; remaining sessions moved to Q4."),
]


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_gbc():
    n = len(GBC_HDR)
    lines = [
        [GBC_TITLE] + [""] * (n - 1),
        ["Reporting period: Period 8 (November 2025)"] + [""] * (n - 1),
        ["Report produced: 03/12/2025 by the Programme Management Office"] + [""] * (n - 1),
        [""] * n,
        GBC_HDR,
    ]
    lines += [list(r) for r in GBC_ROWS]
    counts = {}
    for r in GBC_ROWS:
        counts[r[7]] = counts.get(r[7], 0) + 1
    lines.append([""] * n)
    lines.append(["Programme summary"] + [""] * (n - 1))
    lines.append(["Total milestones", str(len(GBC_ROWS))] + [""] * (n - 2))
    for k in ("Complete", "Green", "Amber", "Red", "Not started"):
        lines.append([k, str(counts.get(k, 0))] + [""] * (n - 2))
    text = "\r\n".join(",".join(csv_field(v) for v in row) for row in lines) + "\r\n"
    with open(os.path.join(HERE, GBC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ======================================================================
# 7. East Staffordshire CSP - Partnership plan 2025-26 delivery plan (txt, read)
# ======================================================================
ESB_FILE = "jj2-east-staffordshire-csp-partnership-plan-2025-26-delivery-plan.txt"
ESB_TITLE = "East Staffordshire Community Safety Partnership Plan 2025-26: Delivery Plan"
# priorities -> outcomes -> actions (ref, action lines, lead, partners, timescale, update, rag)
ESB_PRIORITIES = [
    ("PRIORITY 1 - ANTI-SOCIAL BEHAVIOUR AND NEIGHBOURHOOD CRIME", [
        ("Outcome 1a: Fewer repeat victims of anti-social behaviour", [
            ("1.1", ["Hold a monthly ASB Risk Assessment Conference to agree plans for high-risk and "
                     "repeat victims"],
             "ESBC Community Safety Manager", "Staffordshire Police; Bromford; Trent & Dove Housing",
             "Monthly", "6 meetings held, 23 cases reviewed", "G"),
            ("1.2", ["Review the Burton town centre Public Spaces Protection Order before it expires"],
             "ESBC Environmental Health Manager", "Staffordshire Police", "Oct-25",
             "PSPO renewed by Cabinet on 8 September 2025", "B"),
        ]),
        ("Outcome 1b: Less shop theft and business crime in Burton and Uttoxeter", [
            ("1.3", ["Set up a Business Crime Reduction Partnership with town centre retailers"],
             "Staffordshire Police and Burton BID", "ESBC Economic Development", "Dec-25",
             "Radio link scheme agreed; membership lower than planned", "A"),
            ("1.4", ["Deliver crime prevention advice sessions for businesses in Uttoxeter"],
             "Staffordshire Police", "Uttoxeter Town Council", "Jan-26",
             "Two sessions held, two more booked", "G"),
        ]),
    ]),
    ("PRIORITY 2 - DOMESTIC ABUSE AND VIOLENCE AGAINST WOMEN AND GIRLS", [
        ("Outcome 2a: Victims are identified earlier and supported", [
            ("2.1", ["Deliver Domestic Abuse Champions training to frontline staff across partner agencies"],
             "New Era / ESBC Community Safety Officer", "All CSP partners", "Mar-26",
             "41 champions trained to date", "G"),
            ("2.2", ["Implement the learning from the Staffordshire DHR briefing, including routine "
                     "enquiry about domestic abuse in housing",
                     "assessments and at tenancy sign-up"],
             "ESBC Housing Options Manager", "Trent & Dove Housing; Bromford", "Q3 2025/26",
             "Housing assessment form updated; tenancy sign-up checklist still in draft", "A"),
        ]),
        ("Outcome 2b: Victims can stay safely in their own homes", [
            ("2.3", ["Recommission the sanctuary scheme for victims of domestic abuse"],
             "ESBC Housing Options Manager", "Staffordshire County Council", "By 31 March 2026",
             "Specification agreed; tender to be issued in January", "G"),
        ]),
    ]),
    ("PRIORITY 3 - DRUGS, ALCOHOL AND EXPLOITATION", [
        ("Outcome 3a: Less harm from drugs and alcohol", [
            ("3.1", ["Carry out joint visits to addresses at risk of cuckooing"],
             "Staffordshire Police", "ESBC Housing; Humankind", "Ongoing",
             "18 joint visits this quarter", "G"),
            ("3.2", ["Increase take-up of naloxone kits among people leaving custody"],
             "Humankind", "HMP Dovegate; Probation Service", "Mar-26",
             "Staff vacancy - no activity this quarter", "R"),
            ("3.3", ["Map where young people in the borough are at risk of criminal exploitation"],
             "ESBC Community Safety Manager", "Staffordshire County Council Children's Services",
             "Feb-26", "New action added at Q2", ""),
        ]),
    ]),
]


def build_esb():
    T = "\t"
    out = [
        ESB_TITLE,
        "Quarter 2 update (April - September 2025)",
        "Prepared by: Community Safety Team, East Staffordshire Borough Council",
        "",
        "RAG: B = Complete   G = On track   A = Some slippage   R = Off track",
        "",
        T.join(["Ref", "Action", "Lead", "Supporting partners", "Timescale", "Q2 update", "RAG"]),
    ]
    for pri, outcomes in ESB_PRIORITIES:
        out.append(pri)
        for oc, acts in outcomes:
            out.append(oc)
            for ref, lines, lead, partners, when, upd, rag in acts:
                out.append(T.join([ref, lines[0], lead, partners, when, upd, rag]))
                for extra in lines[1:]:
                    out.append(T.join(["", extra, "", "", "", "", ""]))
        out.append("")
    out.append("Note: Serious Violence Duty actions are reported separately to the Staffordshire and "
               "Stoke-on-Trent Serious Violence Partnership.")
    out.append("Next update: Quarter 3 (to CSP Board, February 2026)")
    with open(os.path.join(HERE, ESB_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


if __name__ == "__main__":
    build_apr()
    build_dhr()
    build_luh()
    build_nhc()
    build_bbc()
    build_gbc()
    build_esb()
    print("built 7 files in", HERE)
