"""Build the seven mz2- blind test files (set heldout398).

Run with: /work/main/.venv/bin/python mz2_make.py
Writes, beside this script:
  mz2-solent-nhs-trust-sar-mr-f-single-agency-action-plan.docx
  mz2-maidstone-tunbridge-wells-nhs-trust-cqc-maternity-survey-2024-action-plan.docx
  mz2-gloucestershire-health-and-care-nhsft-board-public-action-log.xlsx
  mz2-cumberland-csp-dhr-moira-action-plan.xlsx
  mz2-norwich-city-council-corporate-risk-register-q2-2025-26-typo-month-refuse.xlsx
  mz2-three-rivers-csp-community-safety-partnership-plan-2025-26-action-plan.csv
  mz2-west-devon-bc-transformation-programme-highlight-report.txt
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# RAG colours used across the files
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def xl_border():
    thin = Side(style="thin", color="808080")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


WRAP = Alignment(wrap_text=True, vertical="top")


# ----------------------------------------------------------------------------
# 1. Solent NHS Trust - SAR 'Mr F' single agency action plan (docx)
# ----------------------------------------------------------------------------
SOLENT_FILE = "mz2-solent-nhs-trust-sar-mr-f-single-agency-action-plan.docx"
SOLENT_TITLE = "Safeguarding Adults Review ‘Mr F’ – Single Agency Action Plan"
SOLENT_THEMES = [
    {
        "theme": "Learning theme A: Self-neglect and executive capacity",
        "recs": [
            {
                "label": "SAR Recommendation 1",
                "text": "Solent NHS Trust should ensure that practitioners understand and apply "
                        "executive capacity (the ability to carry out a decision, not only to "
                        "make it) when assessing the mental capacity of adults who self-neglect.",
                "actions": [
                    ("1.1",
                     "Refresh the Trust Mental Capacity Act policy to include guidance on assessing "
                     "executive functioning, with practice examples drawn from this review.",
                     "MCA Lead", "31/03/2025",
                     "Policy ratified at the Clinical Effectiveness Group on 18 February 2025 and "
                     "published on the intranet.", ("Complete", BLUE)),
                    ("1.2",
                     "Deliver MCA level 3 masterclass sessions for community nursing and Adult Mental "
                     "Health teams, including a module on executive capacity.",
                     "Named Nurse Safeguarding Adults / MCA Lead", "30/06/2025\nRevised: 30/11/2025",
                     "Four of six sessions delivered (96 staff). Remaining sessions re-scheduled "
                     "after trainer sickness.", ("A", AMBER)),
                    ("1.3",
                     "Audit a sample of 20 capacity assessments for adults with self-neglect concerns "
                     "to test whether executive functioning has been considered.",
                     "Safeguarding Adults Practitioner (Audit)", "Q4 2025/26",
                     "Audit tool agreed with the SAB Quality Assurance Subgroup; fieldwork starts "
                     "January.", ("", GREEN)),
                ],
            },
            {
                "label": "SAR Recommendation 2",
                "text": "Solent NHS Trust should strengthen the use of the multi-agency Self-Neglect "
                        "and Hoarding Protocol so that concerns are escalated when an adult "
                        "repeatedly declines visits.",
                "actions": [
                    ("2.1",
                     "Embed a ‘no access / declined visit’ escalation prompt in the SystmOne community "
                     "nursing template.",
                     "Clinical Systems Manager", "Dec-25",
                     "Template change built and in user testing.", ("A", AMBER)),
                    ("2.2",
                     "Issue a 7-minute briefing on the Self-Neglect and Hoarding Protocol to all adult "
                     "community teams.",
                     "Head of Safeguarding", "31 January 2025",
                     "Briefing issued 27/01/2025 and discussed at team meetings.", ("Complete", BLUE)),
                    ("2.3",
                     "Test staff awareness of the escalation route through the annual safeguarding "
                     "adults survey and report the findings to the Safeguarding Committee.",
                     "Head of Safeguarding", "Ongoing – annual survey",
                     "2025 survey closed in September; 81% of respondents could describe the "
                     "escalation route.", ("G", GREEN)),
                ],
            },
        ],
    },
    {
        "theme": "Learning theme B: Working with families and carers",
        "recs": [
            {
                "label": "SAR Recommendation 3",
                "text": "Solent NHS Trust should ensure that the views of family members are actively "
                        "sought and recorded when an adult’s health is deteriorating.",
                "actions": [
                    ("3.1",
                     "Add a mandatory ‘family and carer views’ field to the adult community nursing "
                     "holistic assessment.",
                     "Clinical Systems Manager; Lead Nurse Community Services", "March 2026",
                     "Delayed – dependent on the SystmOne template release schedule.", ("R", RED)),
                    ("3.2",
                     "Include the learning from the ‘Mr F’ review in the Think Family training "
                     "refresh.",
                     "Named Nurse Safeguarding Adults", "30/09/2025",
                     "Case study added to Think Family level 3 training from September.", ("", BLUE)),
                ],
            },
        ],
    },
]


def build_solent():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Solent NHS Trust – Safeguarding Team"

    doc.add_paragraph(SOLENT_TITLE, style="Title")
    doc.add_paragraph("Commissioned by: Portsmouth Safeguarding Adults Board. "
                      "SAR published: 9 January 2025.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.4"), ("Date", "14 October 2025"),
                 ("Author", "Named Nurse Safeguarding Adults"),
                 ("Approved by", "Trust Safeguarding Committee"),
                 ("Next review", "January 2026")]:
        row = dc.add_row().cells
        bold_cell(row[0], k, GREY)
        row[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out Solent NHS Trust’s response to the recommendations made to the Trust by "
        "the Safeguarding Adults Review into the death of Mr F. Progress is reported quarterly to the "
        "Trust Safeguarding Committee and to the Portsmouth SAB SAR Subgroup.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for name, colour, meaning in [
            ("Red", RED, "Not started or significantly delayed – escalate to Safeguarding Committee"),
            ("Amber", AMBER, "Started, some slippage against the target date"),
            ("Green", GREEN, "On track to be delivered by the target date"),
            ("Blue", BLUE, "Complete – evidence submitted to the SAB")]:
        row = key.add_row().cells
        row[0].text = name
        shade(row[0], colour)
        row[1].text = meaning

    for theme in SOLENT_THEMES:
        doc.add_heading(theme["theme"], level=1)
        for rec in theme["recs"]:
            t = doc.add_table(rows=3, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            bold_cell(top, rec["label"], GREY)
            rtext = t.rows[1].cells[0].merge(t.rows[1].cells[5])
            rtext.text = rec["text"]
            for c, h in zip(t.rows[2].cells, ["Ref", "Action", "Lead", "Target date",
                                              "Progress update – October 2025", "RAG"]):
                bold_cell(c, h, "DEEAF6")
            for ref, action, lead, target, update, (ragtext, colour) in rec["actions"]:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = action
                cells[2].text = lead
                cells[3].text = ""
                parts = target.split("\n")
                cells[3].paragraphs[0].text = parts[0]
                for extra in parts[1:]:
                    cells[3].add_paragraph(extra)
                cells[4].text = update
                cells[5].text = ragtext
                shade(cells[5], colour)
            doc.add_paragraph("")

    doc.add_paragraph("Signed off by the Chief Nursing Officer on behalf of Solent NHS Trust.")
    doc.save(os.path.join(HERE, SOLENT_FILE))


# ----------------------------------------------------------------------------
# 2. Maidstone and Tunbridge Wells NHS Trust - CQC Maternity Survey 2024 action plan (docx)
# ----------------------------------------------------------------------------
MTW_FILE = "mz2-maidstone-tunbridge-wells-nhs-trust-cqc-maternity-survey-2024-action-plan.docx"
MTW_TITLE = "CQC Maternity Survey 2024 – Action Plan"
MTW_SECTIONS = [
    ("1.0 Care during pregnancy (antenatal care)", [
        ("B12 Midwives asked about mental health during pregnancy – Trust 8.4 (national 8.9)", [
            ("1.1",
             "Relaunch the perinatal mental health question prompts in the BadgerNet antenatal booking "
             "and 28-week contacts.",
             "Prompts live on BadgerNet; compliance report", "31/01/2025",
             "Lead Midwife for Perinatal Mental Health", ("Blue", BLUE)),
            ("1.2",
             "Audit 30 records each quarter to confirm that mental health questions are asked at each "
             "contact, and share the results at the Maternity Governance Meeting.",
             "Quarterly audit results ≥ 90%", "Quarterly",
             "Maternity Audit Midwife", ("Green", GREEN)),
        ]),
        ("B6 Given enough information to decide where to have the baby – Trust 7.2 (national 7.6)", [
            ("1.3",
             "Update the ‘Choosing where to have your baby’ leaflet with the Maternity and Neonatal "
             "Voices Partnership (MNVP) and translate it into the five most-used languages.",
             "Leaflet approved by MNVP; translations on the Trust website", "March 2025\n(revised June 2025)",
             "Community Midwifery Matron / MNVP Lead", ("Blue", BLUE)),
        ]),
    ]),
    ("2.0 Labour and birth", [
        ("C11 Left alone at a time when it worried them – Trust 6.9 (national 7.5)", [
            ("2.1",
             "Introduce hourly intentional rounding for women in early labour on the Antenatal Ward at "
             "Tunbridge Wells Hospital.",
             "Rounding charts in use; monthly spot-check", "Sept 2025 – Feb 2026",
             "Inpatient Matron", ("Green", GREEN)),
            ("2.2",
             "Review midwifery staffing on the Antenatal Ward against the Birthrate Plus assessment and "
             "present the findings to the Trust Board.",
             "Board paper and agreed staffing uplift", "End of May 2025",
             "Director of Midwifery", ("Red", RED)),
        ]),
    ]),
    ("3.0 Care in hospital after the birth (postnatal care)", [
        ("D5 Partner able to stay as much as they wanted – Trust 7.8 (national 8.6)", [
            ("3.1",
             "Pilot 24-hour partner stay on the Postnatal Ward, with a reclining chair provided in each "
             "bay.",
             "Pilot evaluation and Friends and Family Test feedback", "Q2 2025/26",
             "Inpatient Matron; Head of Estates", ("Amber", AMBER)),
        ]),
        ("D8 Given information about their own physical recovery – Trust 7.0 (national 7.4)", [
            ("3.2",
             "Roll out the ‘Going home’ postnatal discharge checklist with a QR code linking to the "
             "postnatal recovery videos.",
             "Checklist in every discharge pack", "TBC",
             "Postnatal Ward Manager", ("", None)),
        ]),
    ]),
]


def build_mtw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = (
        "Maidstone and Tunbridge Wells NHS Trust – Women’s, Children’s and Sexual Health Directorate")

    doc.add_paragraph(MTW_TITLE, style="Title")
    doc.add_paragraph("Version 3 – updated 6 October 2025 for the Maternity and Neonatal Safety "
                      "Champions meeting")
    doc.add_paragraph(
        "The CQC Maternity Survey 2024 was sent to women and birthing people who gave birth at the "
        "Trust in February 2024; 163 people responded (response rate 39%). This action plan focuses on "
        "the questions where the Trust scored ‘somewhat worse than expected’ or below the national "
        "average. It is monitored monthly by the Maternity Governance Meeting and reported to the "
        "Quality Committee.")

    doc.add_paragraph("RAG rating definitions", style="Heading 3")
    for word, meaning in [("Red", "Serious delay or barrier to delivery by the target date"),
                          ("Amber", "Some delay, or target date at risk"),
                          ("Green", "On target to achieve"),
                          ("Blue", "Completed and evidenced")]:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(word + " – ")
        r.bold = True
        p.add_run(meaning)

    headers = ["Ref", "Area for improvement (survey question and Trust score)", "Action needed",
               "Standard of evidence", "When by", "Who is the lead?", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        bold_cell(c, h, "C5E0B3")
    for section, questions in MTW_SECTIONS:
        row = t.add_row().cells
        band = row[0].merge(row[6])
        bold_cell(band, section, "E2EFD9")
        for question, actions in questions:
            first = len(t.rows)
            for ref, action, evidence, when, lead, (rag, colour) in actions:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[2].text = action
                cells[3].text = evidence
                parts = when.split("\n")
                cells[4].paragraphs[0].text = parts[0]
                for extra in parts[1:]:
                    cells[4].add_paragraph(extra)
                cells[5].text = lead
                cells[6].text = rag
                if colour:
                    shade(cells[6], colour)
            last = len(t.rows) - 1
            qcell = t.rows[first].cells[1]
            if last > first:
                qcell = qcell.merge(t.rows[last].cells[1])
            qcell.text = question

    doc.add_paragraph("")
    doc.add_paragraph("Summary at October 2025: 7 actions – 2 Blue, 2 Green, 1 Amber, 1 Red, 1 not yet "
                      "rated.")
    doc.add_paragraph("Scores are out of 10. Source: CQC Maternity Survey 2024 benchmark report for "
                      "Maidstone and Tunbridge Wells NHS Trust.")
    doc.save(os.path.join(HERE, MTW_FILE))


# ----------------------------------------------------------------------------
# 3. Gloucestershire Health and Care NHSFT - Trust Board (Public) action log (xlsx)
# ----------------------------------------------------------------------------
GHC_FILE = "mz2-gloucestershire-health-and-care-nhsft-board-public-action-log.xlsx"
GHC_TITLE = "Trust Board (Public) Action Log"
GHC_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED,
                   "Not started": None}
D = dt.datetime
GHC_BANDS = [
    ("Actions from the meeting held on 27 March 2025", [
        ("TB/25/031", "Integrated Performance Report",
         "Provide a breakdown of children and young people’s waiting times by locality, including the "
         "longest waits for neurodevelopmental assessment.",
         "SF", D(2025, 7, 1), D(2025, 9, 1),
         "Deferred to September to align with the new neurodevelopmental pathway data. Included in "
         "the September IPR (page 14).", "Complete"),
        ("TB/25/036", "Freedom to Speak Up Guardian Report",
         "Arrange a Board development session on speaking-up culture with the National Guardian’s "
         "Office.",
         "Director of Corporate Governance", D(2025, 10, 1), None,
         "Session booked for the Board development day on 23 October.", "On track"),
    ]),
    ("Actions from the meeting held on 29 May 2025", [
        ("TB/25/058", "Patient Story",
         "Write to the family to thank them for sharing their experience and confirm the changes made "
         "to the crisis line call-back process.",
         "Chief Executive", D(2025, 6, 1), None, "Letter sent 4 June 2025.", "Complete"),
        ("TB/25/062", "Quality Dashboard",
         "Include restrictive practice data (restraint and seclusion) broken down by ethnicity in the "
         "next quarterly Quality Dashboard.",
         "JF / AR", D(2025, 9, 1), D(2025, 11, 1),
         "Data quality checks under way with the Business Intelligence team; will be in the Q2 "
         "dashboard.", "On track"),
        ("TB/25/067", "Board Assurance Framework",
         "Review the scoring of BAF risk SR4 (workforce supply) in light of the medical recruitment "
         "position and report back via the Audit and Assurance Committee.",
         "DH", D(2025, 9, 1), None,
         "Not yet considered by the Audit and Assurance Committee; now on the November agenda.",
         "Overdue"),
    ]),
    ("Actions from the meeting held on 31 July 2025", [
        ("TB/25/081", "Annual Complaints Report",
         "Add a summary of themes from Parliamentary and Health Service Ombudsman referrals to future "
         "annual complaints reports.",
         "Director of Nursing, Therapies and Quality", D(2026, 7, 1), None,
         "To be included in the 2025/26 report.", "On track"),
        ("TB/25/084", "Green Plan Update",
         "Circulate the revised Green Plan delivery trajectory to Board members before publication.",
         "SF & KB", D(2025, 8, 1), None, "Circulated by email 21 August 2025.", "Complete"),
        ("TB/25/088", "Guardian of Safe Working Hours Report",
         "Confirm whether exception reports from resident doctors at Wotton Lawn Hospital are being "
         "closed within the contractual timescale.",
         "Medical Director", D(2025, 9, 1), D(2025, 12, 1),
         "Initial review shows 11 of 19 reports closed late; rota changes being agreed with the "
         "Guardian.", "At risk"),
        ("TB/25/090", "Any Other Business",
         "Schedule a Board visit to Charlton Lane Hospital.",
         "Company Secretary", "TBC", None, "", "Not started"),
    ]),
]


def build_ghc():
    wb = Workbook()
    # Summary sheet first
    s = wb.active
    s.title = "Summary"
    s["A1"] = GHC_TITLE
    s["A1"].font = Font(bold=True, size=14, color=NAVY)
    s["A2"] = "Summary of action status at 25 September 2025"
    s["A2"].font = Font(italic=True)
    s["A4"], s["B4"] = "Status", "Number of actions"
    for c in ("A4", "B4"):
        s[c].font = Font(bold=True)
        s[c].fill = fill(GREY)
    counts = {}
    for _, rows in GHC_BANDS:
        for r in rows:
            counts[r[-1]] = counts.get(r[-1], 0) + 1
    row = 5
    for status in ["Complete", "On track", "At risk", "Overdue", "Not started"]:
        s.cell(row=row, column=1, value=status)
        s.cell(row=row, column=2, value=counts.get(status, 0))
        if GHC_STATUS_FILL[status]:
            s.cell(row=row, column=1).fill = fill(GHC_STATUS_FILL[status])
        row += 1
    s.cell(row=row, column=1, value="Total").font = Font(bold=True)
    s.cell(row=row, column=2, value=f"=SUM(B5:B{row - 1})").font = Font(bold=True)
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Log")
    ws["A1"] = GHC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Gloucestershire Health and Care NHS Foundation Trust"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Updated for the meeting on 25 September 2025"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for col, status in zip("BCDE", ["Complete", "On track", "At risk", "Overdue"]):
        ws[f"{col}4"] = status
        ws[f"{col}4"].fill = fill(GHC_STATUS_FILL[status])
    headers = ["Minute ref", "Agenda item", "Action", "Lead", "Due date", "Revised due date",
               "Update", "Status"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = xl_border()
    r = 7
    for band, rows in GHC_BANDS:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for ref, item, action, lead, due, revised, update, status in rows:
            vals = [ref, item, action, lead, due, revised, update, status]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = xl_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if GHC_STATUS_FILL[status]:
                ws.cell(row=r, column=8).fill = fill(GHC_STATUS_FILL[status])
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Leads are shown by initials – see the Board membership list in the meeting pack. "
                  "Actions marked Complete will be removed from the log once the Board agrees "
                  "closure.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [12, 24, 52, 22, 11, 11, 46, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, GHC_FILE))


# ----------------------------------------------------------------------------
# 4. Cumberland CSP - DHR 'Moira' action plan (xlsx)
# ----------------------------------------------------------------------------
CUMB_FILE = "mz2-cumberland-csp-dhr-moira-action-plan.xlsx"
CUMB_TITLE = ("Cumberland Community Safety Partnership – Domestic Homicide Review ‘Moira’ – "
              "Action Plan")
CUMB_OVERVIEW = [
    ("1. Cumberland CSP to seek assurance from partner agencies that practitioners routinely ask about "
     "domestic abuse when an older person describes a change in the behaviour of a partner who is "
     "also their carer.", "Local", [
        ("1a",
         "Include older people and carer-perpetrated abuse as a specific theme in the 2025/26 "
         "multi-agency domestic abuse training programme.",
         "Cumberland CSP Domestic Abuse Coordinator",
         "Training content agreed with the DA Partnership Board; sessions advertised",
         D(2025, 9, 1), "Completed 30/09/2025 – 212 practitioners attended.", "B"),
        ("1b",
         "Undertake a multi-agency case file audit of domestic abuse referrals for victims aged 60 and "
         "over, and report the findings to the CSP Board.",
         "Cumberland CSP Manager; Safeguarding Adults Board Business Manager",
         "Audit tool agreed; sample drawn", "March 2026", "", "G"),
    ]),
    ("2. Cumberland CSP to write to the Home Office highlighting the lack of guidance on domestic "
     "abuse where the perpetrator has a diagnosis of dementia.", "National", [
        ("2a",
         "Send a letter to the Home Office Domestic Homicide Review team setting out the learning from "
         "this review.",
         "Chair, Cumberland Community Safety Partnership", "Letter drafted and agreed by the Panel",
         "Within 1 month of publication", "Letter sent 12/05/2025.", "B"),
    ]),
    ("3. All agencies to ensure that carers’ assessments consider the carer’s own history of domestic "
     "abuse, including as a perpetrator.", "Local", [
        ("3a",
         "Amend the carers’ assessment template to include a prompt on domestic abuse history and "
         "risk.",
         "Cumberland Council Adult Social Care", "Template change approved by ASC Practice Board",
         D(2025, 10, 31), "Awaiting the Liquidlogic release.", "A"),
        ("3b",
         "Brief staff in the commissioned carers’ support service on recognising and responding to "
         "carers who may pose a risk.",
         "Cumberland Council Commissioning", "Briefing pack written", "Dec-25", "", "G"),
    ]),
]
CUMB_AGENCIES = [
    ("Cumbria Constabulary", [
        ("P1. Ensure that DASH risk assessments completed with older victims consider coercive control "
         "by a carer.", [
            ("P1.1",
             "Refresh the DASH aide-memoire for response officers to include prompts on older victims "
             "and carers.",
             "Detective Inspector – Domestic Abuse", "Aide-memoire reissued on force intranet",
             "August 2025", "Completed 22/08/2025.", "B"),
        ]),
    ]),
    ("North Cumbria Integrated Care NHS Foundation Trust (NCIC)", [
        ("H1. Ensure that routine enquiry about domestic abuse takes place in memory assessment "
         "clinics.", [
            ("H1.1",
             "Add routine enquiry to the memory assessment service clinic template and audit "
             "compliance after three months.",
             "Named Nurse Safeguarding Adults", "Template updated", "Q3 2025/26", "", "A"),
        ]),
    ]),
    ("Cumberland Council Adult Social Care", [
        ("A1. Ensure that safeguarding concerns about an older couple are considered for both "
         "adults.", [
            ("A1.1",
             "Issue practice guidance on ‘two-adult’ safeguarding enquiries and include it in the ASC "
             "practice week.",
             "Principal Social Worker (Adults)", "Draft guidance", "Nov 2025",
             "Practice week postponed; guidance not yet issued.", "R"),
        ]),
    ]),
]
CUMB_RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def _cumb_header(ws, row, headers, widths):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = xl_border()
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w


def _cumb_cell(ws, r, col, v):
    c = ws.cell(row=r, column=col, value=v)
    c.alignment = WRAP
    c.border = xl_border()
    if isinstance(v, dt.datetime):
        c.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
    return c


def build_cumberland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview report recs"
    ws["A1"] = CUMB_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Overview report published 14 April 2025. Action plan monitored by the CSP DHR "
                "Oversight Group – position at 8 October 2025.")
    ws["A2"].font = Font(italic=True)
    headers = ["Recommendation", "Scope of recommendation", "Action no.", "Action to take",
               "Lead agency / officer", "Key milestones achieved in enacting recommendation",
               "Target date", "Date of completion and outcome", "RAG"]
    _cumb_header(ws, 4, headers, [44, 13, 9, 48, 28, 34, 14, 30, 7])
    r = 5
    for rec, scope, actions in CUMB_OVERVIEW:
        start = r
        for ref, action, lead, milestones, target, outcome, rag in actions:
            _cumb_cell(ws, r, 1, rec if r == start else None)
            _cumb_cell(ws, r, 2, scope if r == start else None)
            for col, v in zip(range(3, 10), [ref, action, lead, milestones, target, outcome, rag]):
                _cumb_cell(ws, r, col, v)
            ws.cell(row=r, column=9).fill = fill(CUMB_RAG_FILL[rag])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete; G = on track; A = some slippage, remedial "
                                   "action in place; R = off track – escalate to CSP Board"
            ).font = Font(italic=True)

    ws2 = wb.create_sheet("Single agency recs")
    ws2["A1"] = "Single agency recommendations (from Individual Management Reviews)"
    ws2["A1"].font = Font(bold=True, size=12)
    headers2 = ["Recommendation", "Action no.", "Action to take", "Lead officer",
                "Key milestones achieved", "Target date", "Date of completion and outcome", "RAG"]
    _cumb_header(ws2, 3, headers2, [44, 9, 48, 28, 30, 14, 30, 7])
    r = 4
    for agency, recs in CUMB_AGENCIES:
        ws2.cell(row=r, column=1, value=agency).font = Font(bold=True)
        ws2.cell(row=r, column=1).fill = fill("E4DFEC")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, actions in recs:
            start = r
            for ref, action, lead, milestones, target, outcome, rag in actions:
                _cumb_cell(ws2, r, 1, rec if r == start else None)
                for col, v in zip(range(2, 9), [ref, action, lead, milestones, target, outcome, rag]):
                    _cumb_cell(ws2, r, col, v)
                ws2.cell(row=r, column=8).fill = fill(CUMB_RAG_FILL[rag])
                r += 1
            if r - 1 > start:
                ws2.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    wb.save(os.path.join(HERE, CUMB_FILE))


# ----------------------------------------------------------------------------
# 5. Norwich City Council - corporate risk register Q2 2025/26 (xlsx, typo month -> refuse)
# ----------------------------------------------------------------------------
NCC_FILE = "mz2-norwich-city-council-corporate-risk-register-q2-2025-26-typo-month-refuse.xlsx"
NCC_TITLE = "Norwich City Council – Corporate Risk Register, Quarter 2 2025/26"
NCC_TYPO = "Janaury 2026"
NCC_RISKS = [
    ("CR01", "Financial sustainability – the council is unable to set a balanced budget over the "
             "medium term because of rising demand, inflation and uncertain government funding.",
     "Chief Finance Officer (S151)", 20, 16, 12, "↔", [
        ("Deliver the 2025/26 savings programme of £2.1m and report variances monthly to the Corporate "
         "Leadership Team.", "Head of Finance", D(2026, 3, 31), "£1.6m delivered or on track.",
         "On track"),
        ("Refresh the Medium Term Financial Strategy for the 2026/27 budget round.",
         "Chief Finance Officer (S151)", D(2026, 2, 1), "Budget assumptions agreed by Cabinet.",
         "On track"),
        ("Model the financial implications of local government reorganisation in Norfolk for the "
         "council’s reserves.", "Chief Finance Officer (S151)", D(2025, 12, 1),
         "Joint modelling with Norfolk districts under way.", "On track"),
    ]),
    ("CR02", "Housing compliance – failure to meet the Regulator of Social Housing consumer standards "
             "for landlord health and safety compliance.",
     "Executive Director of Housing and Community Safety", 25, 15, 10, "↓", [
        ("Complete outstanding fire risk assessment actions in high-rise blocks.",
         "Head of Property Services", D(2025, 12, 31), "86% of high-priority actions closed.",
         "On track"),
        ("Achieve 100% valid electrical installation condition reports (EICR) across council homes.",
         "Head of Property Services", D(2026, 3, 1), "94.2% valid at 30 September.", "Delayed"),
        ("Implement the new damp and mould case management process in line with Awaab’s Law.",
         "Head of Housing Services", D(2025, 10, 27), "Process live from 27 October.", "Complete"),
    ]),
    ("CR03", "Cyber security – a successful cyber attack disrupts council services and results in loss "
             "of data.",
     "Executive Director of Corporate and Commercial Services", 20, 12, 8, "↔", [
        ("Complete the migration of the remaining on-premise servers to the cloud.",
         "Head of ICT and Digital", D(2025, 11, 1), "Two servers remaining.", "On track"),
        ("Run a cyber incident exercise with the Corporate Leadership Team.",
         "Head of ICT and Digital", D(2025, 9, 1), "Exercise held 17 September 2025.", "Complete"),
    ]),
    ("CR04", "Temporary accommodation – rising homelessness demand increases the number of households "
             "in temporary accommodation and the cost to the general fund.",
     "Executive Director of Housing and Community Safety", 20, 20, 12, "↑", [
        ("Acquire 20 additional homes for use as temporary accommodation through the Local Authority "
         "Housing Fund.", "Head of Housing Services", NCC_TYPO, "12 completions; 5 under offer.",
         "Delayed"),
        ("Review the homelessness prevention offer and increase the use of the private rented sector "
         "access scheme.", "Head of Housing Services", D(2026, 6, 1), "Review scoped.", "On track"),
    ]),
    ("CR05", "Workforce – inability to recruit and retain staff with the skills needed to deliver "
             "services and change.",
     "Chief Executive", 16, 12, 8, "↔", [
        ("Launch the refreshed employee value proposition and careers web pages.",
         "Head of HR and OD", D(2025, 10, 1), "Launched 6 October.", "Complete"),
        ("Develop workforce plans for hard-to-recruit roles (planning, building control and legal).",
         "Head of HR and OD", D(2026, 3, 1), "Planning and building control plans drafted.",
         "On track"),
    ]),
]
NCC_STATUS_FILL = {"On track": GREEN, "Delayed": AMBER, "Complete": BLUE}
NCC_TYPO_ROW = None


def build_norwich():
    global NCC_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = NCC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025. Reported to Audit Committee, 18 November 2025."
    ws["A2"].font = Font(italic=True)
    headers = ["Risk ref", "Risk description", "Risk owner", "Inherent score (L x I)",
               "Current score", "Target score", "Direction of travel", "Further actions required",
               "Action owner", "Target date", "Progress at Q2", "Action status"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = xl_border()
    r = 5
    for ref, desc, owner, inh, cur, tgt, dot, actions in NCC_RISKS:
        start = r
        for action, aowner, target, progress, status in actions:
            vals = [ref, desc, owner, inh, cur, tgt, dot] if r == start else [None] * 7
            vals += [action, aowner, target, progress, status]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = xl_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
            ws.cell(row=r, column=12).fill = fill(NCC_STATUS_FILL[status])
            if target == NCC_TYPO:
                NCC_TYPO_ROW = r
            r += 1
        for col in range(1, 8):
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        cur_cell = ws.cell(row=start, column=5)
        cur_cell.fill = fill(RED if cur >= 15 else AMBER)
    r += 1
    ws.cell(row=r, column=1, value="Scores are likelihood x impact on a 1–5 scale (maximum 25). See the "
                                   "‘Scoring matrix’ tab. Direction of travel: ↑ increasing, "
                                   "↓ reducing, ↔ no change.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJKL", [8, 40, 24, 10, 9, 9, 10, 48, 24, 13, 30, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            score = (6 - i) * j
            c = m.cell(row=3 + i, column=j + 1, value=score)
            c.fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
    m["A10"] = "1–7 Low (tolerate); 8–14 Medium (treat, review quarterly); 15–25 High (treat, review " \
               "monthly by CLT)."
    wb.save(os.path.join(HERE, NCC_FILE))
    assert NCC_TYPO_ROW == 13, NCC_TYPO_ROW


# ----------------------------------------------------------------------------
# 6. Three Rivers CSP - Partnership Plan 2025-26 action plan (csv)
# ----------------------------------------------------------------------------
TR_FILE = "mz2-three-rivers-csp-community-safety-partnership-plan-2025-26-action-plan.csv"
TR_TITLE = "Three Rivers Community Safety Partnership – Partnership Plan 2025-26 Action Plan"
TR_PRIORITIES = [
    ("Priority 1: Tackling anti-social behaviour and neighbourhood crime", [
        ("1a Reduce repeat anti-social behaviour in hotspot locations", [
            ("1.1",
             "Run a quarterly problem-solving group for the three highest-demand ASB locations "
             "(South Oxhey, Mill End and Abbots Langley).",
             "TRDC Community Safety Team; Hertfordshire Constabulary (Three Rivers SNT)", "Quarterly",
             "Reduction in repeat ASB calls at each location",
             "Q2 meeting held 11 September; Mill End action plan agreed.", "G"),
            ("1.2",
             "Review the use of Community Protection Notices and Public Spaces Protection Orders and "
             "report to the CSP Board.",
             "TRDC Community Safety Manager", "Mar-26", "Review report to CSP Board",
             "Data collated; report drafting.", "G"),
        ]),
        ("1b Reduce shoplifting and business crime", [
            ("1.3",
             "Launch a Business Crime Reduction Partnership for Rickmansworth town centre, with a "
             "shared radio link to the Safer Neighbourhood Team.",
             "Hertfordshire Constabulary", "Sep-25", "Partnership launched; number of members",
             "Launched 2 September with 23 member businesses.", "Complete"),
        ]),
    ]),
    ("Priority 2: Violence against women and girls and domestic abuse", [
        ("2a Improve the safety of women and girls in public spaces", [
            ("2.1",
             "Deliver walk-and-talk safety audits with women and girls in South Oxhey and Croxley "
             "Green, and act on the lighting and CCTV findings.",
             "TRDC Community Safety Team", "Jun 2025 – Dec 2025",
             "Audits completed; improvements delivered",
             "Two audits done; lighting works awaiting Hertfordshire County Council Highways.", "A"),
            ("2.2",
             "Mark White Ribbon Day with a joint campaign across partner social media channels.",
             "TRDC Communications Team & Hertfordshire Sunflower Service", "25/11/2025",
             "Campaign reach and engagement", "Campaign content being prepared.", "G"),
        ]),
        ("2b Improve support for victims of domestic abuse", [
            ("2.3",
             "Ensure every Three Rivers victim discussed at MARAC is offered follow-up contact from the "
             "IDVA service within 48 hours.",
             "Hertfordshire County Council (Domestic Abuse Partnership)", "Ongoing",
             "% of MARAC victims contacted within 48 hours", "Q2: 94%.", "G"),
            ("2.4",
             "Commission specialist training for Thrive Homes housing officers on responding to "
             "disclosures of domestic abuse.",
             "Thrive Homes", "By 31 December 2025", "Number of officers trained",
             "Provider not yet confirmed; funding query with the OPCC.", "R"),
        ]),
    ]),
    ("Priority 3: Protecting people from exploitation and serious violence", [
        ("3a Identify and disrupt county lines and cuckooing", [
            ("3.1",
             "Hold monthly vulnerability meetings to identify residents at risk of cuckooing and agree "
             "safety plans.",
             "Hertfordshire Constabulary; TRDC Housing Needs", "Monthly",
             "Number of residents safeguarded", "Three meetings held in Q2; 7 residents supported.",
             "G"),
            ("3.2",
             "Deliver exploitation awareness sessions to taxi drivers, takeaway staff and hotel staff.",
             "TRDC Licensing; Hertfordshire Constabulary", "Apr-25 – Mar-26",
             "Number of sessions and attendees", "Taxi driver sessions done; hotels to follow.",
             "A"),
        ]),
        ("3b Reduce serious violence involving young people", [
            ("3.3",
             "Fund detached youth work in South Oxhey on Friday evenings from the Serious Violence Duty "
             "allocation.",
             "Hertfordshire County Council Youth Service", "Oct-25",
             "Sessions delivered; young people engaged", "", ""),
        ]),
    ]),
]


def build_three_rivers():
    ncols = 8
    rows = [
        [TR_TITLE] + [""] * (ncols - 1),
        ["Q2 monitoring (July–September 2025) – reported to the CSP Board on 16 October 2025"]
        + [""] * (ncols - 1),
        [""] * ncols,
        ["Objective", "Ref", "Action", "Lead partner(s)", "Timescale", "Measure of success",
         "Q2 update", "RAG"],
    ]
    for priority, objectives in TR_PRIORITIES:
        rows.append([priority] + [""] * (ncols - 1))
        for objective, actions in objectives:
            for i, (ref, action, lead, when, measure, update, rag) in enumerate(actions):
                rows.append([objective if i == 0 else "", ref, action, lead, when, measure, update,
                             rag])
    rows.append([""] * ncols)
    rows.append(["RAG: G = on track; A = some slippage; R = significant concern; Complete = action "
                 "delivered"] + [""] * (ncols - 1))
    rows.append(["TRDC = Three Rivers District Council; SNT = Safer Neighbourhood Team; IDVA = "
                 "Independent Domestic Violence Advocate; OPCC = Office of the Police and Crime "
                 "Commissioner"] + [""] * (ncols - 1))
    with open(os.path.join(HERE, TR_FILE), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ----------------------------------------------------------------------------
# 7. West Devon BC - transformation programme highlight report (plain text export)
# ----------------------------------------------------------------------------
WD_FILE = "mz2-west-devon-bc-transformation-programme-highlight-report.txt"
WD_TITLE = "West Devon Borough Council – Transformation Programme Highlight Report"
WD_WORKSTREAMS = [
    ("Workstream 1 – Customer Access and Digital", "Head of Customer Service Improvement", "AMBER", [
        ("1.1", "Replace the customer portal with the new ‘My West Devon’ account and online forms.",
         "Digital Services Manager", "31/10/2025 (was 30/06/2025)", "A (last report G)",
         ["Data migration testing slipped because of supplier resourcing.",
          "Go-live is now planned for the end of October."]),
        ("1.2", "Introduce webchat on the council website for council tax and waste enquiries.",
         "Head of Customer Service Improvement", "Dec 2025", "G (last report G)",
         ["Supplier selected; staff training booked for November."]),
        ("1.3", "Move Kilworthy Park reception to an appointment-based model with an assisted digital "
                "point for residents.",
         "Customer Service Manager", "01/07/2025", "C (last report G)",
         ["New model in place since 1 July; 62% of visits now pre-booked."]),
    ]),
    ("Workstream 2 – Waste and Fleet", "Head of Environmental Services", "AMBER", [
        ("2.1", "Procure eight replacement refuse collection vehicles through the Devon joint "
                "framework.",
         "Head of Environmental Services", "Q4 2025/26", "G (last report A)",
         ["Order placed in August; delivery confirmed for February and March."]),
        ("2.2", "Re-route domestic collection rounds using the new routing software and consult crews "
                "on the new rounds.",
         "Operations Manager (Waste) & Fleet Manager", "Feb 2026 (was Nov 2025)", "R (last report A)",
         ["Software data cleanse took longer than planned; crew consultation not yet started.",
          "Programme Board asked to agree the revised date."]),
    ]),
    ("Workstream 3 – Workforce and Ways of Working", "Head of HR", "GREEN", [
        ("3.1", "Implement the new hybrid working policy and desk-booking system at Kilworthy Park.",
         "Head of HR", "Sep-25", "C (last report G)",
         ["Policy in force from 1 September; desk booking live."]),
        ("3.2", "Deliver the leadership development programme for all team leaders and senior "
                "specialists.",
         "Organisational Development Lead", "Jan 2026 – Jun 2026", "G (new this quarter)",
         ["Provider appointed; cohort 1 starts in January."]),
    ]),
    ("Workstream 4 – Assets and Income", "Head of Assets", "AMBER", [
        ("4.1", "Let the vacant units at Okehampton Business Centre and report the additional income "
                "to the Hub Committee.",
         "Head of Assets", "March 2026", "A (last report A)",
         ["Two of five units let; marketing refreshed with the agent."]),
        ("4.2", "Complete a review of fees and charges against neighbouring Devon councils for the "
                "2026/27 budget.",
         "Head of Finance Practice; Head of Assets", "TBC – aligned to budget timetable",
         "Not started", ["To start once the budget timetable is agreed."]),
    ]),
]


def build_west_devon():
    rule = "=" * 78
    lines = [
        WD_TITLE,
        "Reporting period: Quarter 2 2025/26 (July to September 2025)",
        "Prepared for: Hub Committee, 4 November 2025",
        "Programme sponsor: Chief Executive",
        "Programme manager: Transformation Programme Manager",
        "",
        "OVERALL PROGRAMME STATUS: AMBER (last report: AMBER)",
        "",
        "RAG key",
        "  G  On track – no issues",
        "  A  At risk – issues being managed within the workstream",
        "  R  Off track – needs a Programme Board decision",
        "  C  Complete",
        "",
        "Summary",
        "  Workstreams: 4    Milestones reported: 9",
        "  Complete: 2   Green: 3   Amber: 2   Red: 1   Not started: 1",
        "",
    ]
    for heading, lead, status, actions in WD_WORKSTREAMS:
        lines += [rule, heading, f"Workstream lead: {lead}  |  Workstream status: {status}", rule, ""]
        for ref, text, owner, due, rag, update in actions:
            lines.append(f"{ref}  {text}")
            lines.append(f"     Owner:    {owner}")
            lines.append(f"     Due:      {due}")
            lines.append(f"     RAG:      {rag}")
            lines.append(f"     Update:   {update[0]}")
            for more in update[1:]:
                lines.append(f"               {more}")
            lines.append("")
    lines += [
        rule,
        "Key risks and issues",
        rule,
        "  - Supplier capacity for the portal migration remains limited (linked to 1.1).",
        "  - Vehicle lead times of 9 to 12 months could affect fleet replacement (linked to 2.1).",
        "",
        "Decisions required from Hub Committee: none this period.",
        "Next report: Hub Committee, 3 February 2026.",
        "",
    ]
    with open(os.path.join(HERE, WD_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def build():
    build_solent()
    build_mtw()
    build_ghc()
    build_cumberland()
    build_norwich()
    build_three_rivers()
    build_west_devon()


if __name__ == "__main__":
    build()
    print("built 7 files in", HERE)
