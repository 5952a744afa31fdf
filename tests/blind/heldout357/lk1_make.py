"""Build the seven lk1- test files (set heldout357): children's services plans.

Run with: /work/main/.venv/bin/python lk1_make.py
Writes the data files beside this script. The .expected.yaml files are written separately.
"""
import csv
import io
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "lightgrey": "F2F2F2",
    "navy": "1F3864",
    "teal": "DDEBF7",
}


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def date_or_text(s):
    """A dd/mm/yyyy string becomes a real date; anything else stays as text."""
    try:
        return d(s)
    except ValueError:
        return s


# ---------------------------------------------------------------------------
# 1. Bury Integrated Safeguarding Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
BURY_FILE = "lk1-bury-integrated-safeguarding-partnership-jtai-action-plan.docx"
BURY_TITLE = "Bury Integrated Safeguarding Partnership – JTAI Action Plan"
BURY_AFIS = [
    (
        "Area for improvement 1",
        "The recognition of, and response to, children who are at risk of or experiencing sexual abuse in the family environment, including the use of the child sexual abuse (CSA) pathway across the partnership.",
        [
            ("1.1", "Launch revised multi-agency practice guidance on CSA in the family environment, co-produced with the Centre of expertise on child sexual abuse, and publish it on the ISP website.",
             "ISP Business Manager", "31/03/2025",
             "Guidance launched at the ISP practitioner event on 12 March 2025.", "Blue"),
            ("1.2", "Deliver a programme of CSA awareness briefings for frontline staff in schools, early years settings, primary care and Bury Council Children's Services.",
             "ISP Learning and Development Lead / Designated Safeguarding Leads Network Chair", "June 2025",
             "Six briefings delivered (214 attendees). Primary care sessions booked for May.", "Green"),
            ("1.3", "Add CSA indicators to the multi-agency dataset reported quarterly to the ISP Executive, so that leaders understand how many children are identified and at which point.",
             "Head of Performance and Intelligence (Bury Council)", "Q2 2025/26",
             "Police and health data fields agreed; education data awaiting sign-off of the information sharing agreement.", "Amber"),
        ],
    ),
    (
        "Area for improvement 2",
        "The quality and consistency of strategy discussions, including attendance by health professionals and the timely sharing of outcomes with all agencies.",
        [
            ("2.1", "Ensure that a health professional attends every strategy discussion where sexual abuse is a concern, with a named deputy identified on each rota.",
             "Designated Nurse Safeguarding Children (NHS Greater Manchester – Bury)", "30/04/2025",
             "Health attendance 88% in February (December: 61%). Rota in place.", "Green"),
            ("2.2", "Introduce a strategy discussion quality assurance tool and complete monthly multi-agency dip samples of 10 strategy discussions.",
             "Service Manager – Integrated Front Door; DI Bury Public Protection Unit (GMP)", "July 2025",
             "Tool drafted; first dip sample moved to June because of GMP resourcing.", "Amber"),
            ("2.3", "Record the outcome of every strategy discussion, and the rationale for decisions, on the child's record within one working day and share it with all attending agencies.",
             "Head of Service – Children's Social Care", "31/05/2025",
             "February audit found 58% compliance. Recording template being redesigned in Liquidlogic.", "Red"),
        ],
    ),
    (
        "Area for improvement 3",
        "The availability of therapeutic support for children who have experienced sexual abuse, and of advice and support for non-abusing parents and carers.",
        [
            ("3.1", "Commission a therapeutic support offer for children who have experienced sexual abuse, with waiting times reported to the ISP Executive.",
             "Associate Director of Commissioning (NHS GM – Bury) / Director of Children's Services", "Sept 2025 – March 2026",
             "Options paper agreed by ISP Executive; procurement to start in September.", "Green"),
            ("3.2", "Provide advice and support for non-abusing parents and carers through the Family Hubs, including a six-week parent group.",
             "Early Help and Family Hubs Manager", "Ongoing",
             "First parent group ran in February with 7 parents.", "Green"),
            ("3.3", "Review the paediatric pathway into St Mary's Sexual Assault Referral Centre for children under 13 and confirm the local referral route in the CSA guidance.",
             "Named Doctor Safeguarding Children (Northern Care Alliance)", "January 2025",
             "Pathway confirmed and included in the guidance (action 1.1).", "Blue"),
        ],
    ),
]

RAG_FILL_WORD = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def make_bury():
    doc = Document()
    doc.add_paragraph(BURY_TITLE, style="Title")
    p = doc.add_paragraph("Multi-agency response to child sexual abuse in the family environment")
    p.runs[0].italic = True
    doc.add_paragraph("Inspection fieldwork: 4–8 November 2024. Joint inspection letter published: 17 January 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "1.3"),
        ("Date", "24 March 2025"),
        ("Owner", "ISP Executive Group"),
        ("Author", "ISP Business Manager"),
        ("Status", "Progress update for the ISP Executive, 2 April 2025"),
    ]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspectorates (Ofsted, the Care Quality Commission and HMICFRS) identified three areas for "
        "improvement. The statutory safeguarding partners have agreed the actions below. Progress is rated "
        "using the following key."
    )
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning in [
        ("Blue", "Action complete and evidence of impact"),
        ("Green", "On track to deliver by the target date"),
        ("Amber", "Some slippage – mitigation in place"),
        ("Red", "Off track / significant risk to delivery"),
    ]:
        r = key.add_row().cells
        r[0].text = word
        shade(r[0], FILL[RAG_FILL_WORD[word]])
        r[1].text = meaning

    headers = ["Ref", "Action", "Lead", "Target date", "Progress update (March 2025)", "RAG"]
    for label, afi_text, actions in BURY_AFIS:
        doc.add_heading(label, level=2)
        p = doc.add_paragraph()
        p.add_run(afi_text).bold = True
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], FILL["teal"])
        for ref, act, lead, due, upd, rag in actions:
            r = t.add_row().cells
            r[0].text = ref
            r[1].text = act
            r[2].text = lead
            r[3].text = due
            r[4].text = upd
            r[5].text = rag
            shade(r[5], FILL[RAG_FILL_WORD[rag]])

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Statutory safeguarding partner", "Signed on behalf of", "Date"]):
        bold_cell(t.rows[0].cells[i], h)
    for org, who in [
        ("Bury Council", "Executive Director of Children and Young People"),
        ("NHS Greater Manchester (Bury)", "Director of Nursing and Quality"),
        ("Greater Manchester Police", "Chief Superintendent, Bury District"),
    ]:
        r = t.add_row().cells
        r[0].text = org
        r[1].text = who
        r[2].text = "02/04/2025"
    doc.save(os.path.join(HERE, BURY_FILE))


# ---------------------------------------------------------------------------
# 2. Dudley Youth Justice Service - HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
DUDLEY_FILE = "lk1-dudley-youth-justice-service-hmip-improvement-plan.xlsx"
DUDLEY_TITLE = "Dudley Youth Justice Service – HMIP Inspection Improvement Plan"
# rows: ("section", text) | ("rec", text) | ("act", ref, action, lead, partners, orig, revised, update, prev, current)
DUDLEY_ROWS = [
    ("section", "Recommendations for the Dudley Youth Justice Service Manager"),
    ("rec", "R1. Ensure that assessments of safety and wellbeing draw on information from all relevant agencies, including children's social care and health."),
    ("act", "1.1", "Revise the AssetPlus quality assurance framework to include a mandatory check of partner information at sign-off.",
     "YJS Operations Manager", "Children's Social Care", "31/12/2024", None,
     "Revised framework in use from 2 December 2024.", "G", "blue"),
    ("act", "1.2", "Deliver refresher training on assessing safety and wellbeing to all case managers, with follow-up practice observations.",
     "YJS Practice Development Lead", "Youth Justice Board (Midlands)", "31/01/2025", "31/03/2025",
     "Training delivered to 14 of 19 case managers; final session moved to March because of sickness.", "G", "amber"),
    ("act", "1.3", "Agree a standard information request to health (CAMHS, school nursing and the YJS health practitioner) at the start of every order.",
     "YJS Health Lead / CAMHS Service Manager", "Black Country Healthcare NHS FT", "28/02/2025", None,
     "Request form agreed; in use for all new orders from February.", "A", "green"),
    ("rec", "R2. Improve the quality of planning so that it addresses the risk of harm to others and sets out clear contingency arrangements."),
    ("act", "2.1", "Introduce a planning template that includes a contingency section for each identified risk, agreed with the child and parent or carer.",
     "YJS Operations Manager", "", "30/11/2024", None,
     "Template live on ChildView from 25 November 2024.", "B", "blue"),
    ("act", "2.2", "Establish a fortnightly risk and safety panel, chaired by a YJS team manager, for all children assessed as high or very high risk of serious harm.",
     "YJS Team Manager (Court Orders)", "West Midlands Police; Probation Service", "31/12/2024", None,
     "Panel meeting since 9 December 2024; attendance good.", "G", "green"),
    ("act", "2.3", "Audit 20 plans per quarter against the HMIP standard and report the findings to the Partnership Board.",
     "Quality Assurance Manager – Children's Services", "", "Quarterly", None,
     "Q3 audit completed: 13 of 20 plans met the standard.", "G", "green"),
    ("section", "Recommendations for the Dudley Youth Justice Partnership Board"),
    ("rec", "R3. Make sure that board members understand the needs of children open to the YJS and act on the over-representation of Black and mixed-heritage children."),
    ("act", "3.1", "Hold a board development session on disproportionality using the service's local data and the views of children.",
     "Chair of the Youth Justice Partnership Board", "All board members", "31/01/2025", None,
     "Session held 16 January 2025, facilitated by the YJB.", "A", "blue"),
    ("act", "3.2", "Refresh the disproportionality action plan with named partner leads and report progress to each board meeting.",
     "Head of Service – Youth Justice and Edge of Care", "All board members", "31/03/2025", None,
     "Partner leads not yet confirmed by two agencies; escalated to the Chair.", "G", "red"),
    ("rec", "R4. Ensure that children have timely access to education, training and employment and to speech and language support."),
    ("act", "4.1", "Agree a protocol with the Virtual School and Dudley Skills Service for children in the YJS who are not in education, training or employment.",
     "Virtual School Headteacher / YJS Education Officer", "Dudley Skills Service", "31/03/2025", "30/06/2025",
     "Draft protocol with Education Leadership Team; revised date agreed at January board.", "A", "amber"),
    ("act", "4.2", "Secure recurrent funding for the YJS speech and language therapist post.",
     "Head of Service – Youth Justice and Edge of Care", "NHS Black Country ICB", "31/03/2025", None,
     "ICB has confirmed funding in principle for 2025/26.", "R", "green"),
]


def make_dudley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = 9
    last = "I"

    ws["A1"] = DUDLEY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "Inspection fieldwork: 8–12 July 2024 | Report published: 10 October 2024 | Overall rating: Requires improvement"
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "Plan owner: Dudley Youth Justice Partnership Board | Progress position at: 31 January 2025"
    ws.merge_cells(f"A3:{last}3")

    headers = ["Ref", "Action", "Lead", "Partner(s)", "Original target date", "Revised target date",
               "Progress update", "Previous RAG (Oct 2024)", "Current RAG"]
    hr = 5
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["navy"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border

    prev_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = hr + 1
    for row in DUDLEY_ROWS:
        if row[0] == "section":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif row[0] == "rec":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor=FILL["teal"])
            c.alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        else:
            _, ref, act, lead, partners, orig, rev, upd, prev, cur = row
            vals = [ref, act, lead, partners or None,
                    date_or_text(orig),
                    d(rev) if rev else None, upd, prev, None]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=FILL[prev_fill[prev]])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=FILL[cur])
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    counts = {}
    for row in DUDLEY_ROWS:
        if row[0] == "act":
            counts[row[-1]] = counts.get(row[-1], 0) + 1
    for word in ["blue", "green", "amber", "red"]:
        ws.cell(row=r, column=1, value=word.capitalize()).fill = PatternFill("solid", fgColor=FILL[word])
        ws.cell(row=r, column=2, value=counts.get(word, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)

    widths = [7, 55, 30, 24, 14, 14, 45, 12, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "C6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key – current RAG is shown by cell colour"
    key["A1"].font = Font(bold=True)
    for i, (word, meaning) in enumerate([
        ("blue", "Complete – evidence of impact reported to the Board"),
        ("green", "On track"),
        ("amber", "Some delay – within tolerance, revised date agreed"),
        ("red", "Off track – escalated to the Partnership Board"),
    ], start=3):
        key.cell(row=i, column=1).fill = PatternFill("solid", fgColor=FILL[word])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, DUDLEY_FILE))


# ---------------------------------------------------------------------------
# 3. North Tyneside Council - ILACS improvement plan (xlsx, sheet per theme)
# ---------------------------------------------------------------------------
NT_FILE = "lk1-north-tyneside-council-ilacs-improvement-plan.xlsx"
NT_TITLE = "North Tyneside Council – ILACS Improvement Plan 2025–2026"
NT_STATUS_FILL = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red", "Not started": None}
NT_SHEETS = [
    ("Help and protection", "Theme 1: Help and protection", [
        ("AFI 1 – The quality and timeliness of return home interviews for children who go missing, and how the information is used to reduce risk.", [
            ("1.1", "Bring the return home interview service in-house within the Adolescent Support Team and recruit two additional workers.",
             "Service Manager – Adolescent Services", "01/09/2025",
             "Fewer children go missing repeatedly; 90% of interviews offered within 72 hours.",
             "Service in-house from 1 September; both workers in post.", "Complete"),
            ("1.2", "Report the percentage of return home interviews offered within 72 hours to the monthly performance clinic.",
             "Head of Performance", "01/07/2025",
             "Leaders have monthly oversight of timeliness.",
             "Measure added to the clinic pack from July.", "Complete"),
            ("1.3", "Include missing episodes and themes from return home interviews in every strategy discussion and child protection conference report.",
             "Head of Safeguarding & Quality Assurance", "01/03/2026",
             "Audits show missing information informs risk planning.",
             "Conference report template updated; dip sample planned for February.", "On track"),
        ]),
        ("AFI 2 – The consistency of management oversight of work with children in need, so that drift is identified and addressed.", [
            ("2.1", "Refresh the supervision policy and recording template to include a reflective section and a clear rationale for decisions.",
             "Principal Social Worker", "01/10/2025",
             "Supervision records show clear direction and timescales.",
             "Policy launched at the October practice week.", "Complete"),
            ("2.2", "Complete a themed audit of 40 children in need plans and present the findings to the Children's Services Leadership Team.",
             "Head of Safeguarding & Quality Assurance", "Q4 2025/26",
             "Fewer children in need plans open longer than 12 months without progress.",
             "22 of 40 audits completed; auditor capacity reduced in December.", "Some slippage"),
        ]),
    ]),
    ("Children in care", "Theme 2: Children in care", [
        ("AFI 3 – The sufficiency of local foster homes for older children and for brothers and sisters who need to live together.", [
            ("3.1", "Launch a targeted foster carer recruitment campaign for teenagers and sibling groups, with an enhanced fee for specialist carers.",
             "Fostering Service Manager", "01/06/2026",
             "Net gain of 10 fostering households by June 2026.",
             "Campaign launched November 2025; 14 enquiries and 3 assessments under way.", "On track"),
            ("3.2", "Agree a joint commissioning plan with neighbouring North East authorities for residential and supported accommodation.",
             "Head of Commissioning / Assistant Director – Children's Social Care", "01/03/2026",
             "More children live within 20 miles of North Tyneside.",
             "Regional agreement delayed pending the North East Combined Authority review.", "Off track"),
            ("3.3", "Increase the number of connected carers assessed within 16 weeks through a dedicated kinship assessment team.",
             "Fostering Service Manager", "Ongoing",
             "80% of connected carer assessments completed within 16 weeks.",
             "Team in place; 11 of 13 assessments in Q3 completed in time.", "On track"),
        ]),
    ]),
    ("Care leavers", "Theme 3: Care leavers", [
        ("AFI 4 – The quality of pathway plans, so that they reflect care leavers' views and set out clear steps towards independence.", [
            ("4.1", "Co-produce a new pathway plan template with members of the care leavers' forum.",
             "Team Manager – 16+ Service", "01/02/2026",
             "Care leavers say their plan is written with them and is useful.",
             "Three co-production sessions held; template being tested with 10 young people.", "On track"),
            ("4.2", "Deliver workshops on writing SMART pathway plans to all personal advisers.",
             "Principal Social Worker / Team Manager – 16+ Service", "01/04/2026",
             "Audit grades for pathway plans improve to 70% good or better.",
             "To follow the new template.", "Not started"),
            ("4.3", "Review the local offer for care leavers, including council tax exemption up to age 25, and publish the updated offer.",
             "Assistant Director – Children's Social Care", "01/01/2026",
             "Care leavers know what they are entitled to.",
             "Updated local offer published 8 January 2026.", "Complete"),
        ]),
    ]),
]


def make_nt():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = NT_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Response to the Ofsted inspection of local authority children's services, 10–21 March 2025"
    cov["A3"] = "Overall effectiveness: Good"
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Change"], start=1):
        cov.cell(row=6, column=i, value=h).font = Font(bold=True)
    for r, (v, dt, ch) in enumerate([
        ("1.0", "02/06/2025", "Submitted to Ofsted"),
        ("1.1", "15/09/2025", "Q2 progress update"),
        ("1.2", "12/01/2026", "Q3 progress update for Children's Improvement Board"),
    ], start=7):
        cov.cell(row=r, column=1, value=v)
        c = cov.cell(row=r, column=2, value=d(dt))
        c.number_format = "dd/mm/yyyy"
        cov.cell(row=r, column=3, value=ch)
    cov["A11"] = "Status key"
    cov["A11"].font = Font(bold=True)
    for r, (word, meaning) in enumerate([
        ("Complete", "Action delivered"),
        ("On track", "Progressing within timescale"),
        ("Some slippage", "Behind timescale but recoverable"),
        ("Off track", "Will not be delivered by target date without intervention"),
        ("Not started", "Due to start later in the plan"),
    ], start=12):
        c = cov.cell(row=r, column=1, value=word)
        if NT_STATUS_FILL[word]:
            c.fill = PatternFill("solid", fgColor=FILL[NT_STATUS_FILL[word]])
        cov.cell(row=r, column=2, value=meaning)
    cov["A18"] = "Each theme has its own sheet. Progress is reported quarterly to the Children's Improvement Board."
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 55

    headers = ["No.", "What we will do", "Lead officer", "Target date",
               "How we will know it has made a difference", "Q3 progress update", "Status"]
    for sheet_name, theme, afis in NT_SHEETS:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = PatternFill("solid", fgColor=FILL["navy"])
        ws.merge_cells("A1:G1")
        for i, h in enumerate(headers, start=1):
            c = ws.cell(row=3, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor=FILL["grey"])
            c.alignment = Alignment(wrap_text=True)
        r = 4
        for afi, actions in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor=FILL["teal"])
            c.alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, act, lead, due, impact, upd, status in actions:
                due_v = date_or_text(due)
                for i, v in enumerate([ref, act, lead, due_v, impact, upd, status], start=1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, datetime):
                        c.number_format = "mmm-yy"
                if NT_STATUS_FILL[status]:
                    ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILL[NT_STATUS_FILL[status]])
                r += 1
        for col, w in zip("ABCDEFG", [6, 50, 28, 11, 38, 40, 14]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, NT_FILE))


# ---------------------------------------------------------------------------
# 4. Oldham Council - focused visit action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
OLDHAM_FILE = "lk1-oldham-council-focused-visit-action-plan-typo-month-refuse.xlsx"
OLDHAM_TITLE = "Oldham Council – Ofsted Focused Visit Action Plan"
OLDHAM_AFIS = [
    ("The quality and timeliness of child and family assessments, so that they consider the impact of parental mental health and domestic abuse on children.", [
        ("1", "Deliver practice workshops on assessing parental mental health with the adult mental health liaison team.", "Principal Social Worker", "Mar-25", "G"),
        ("2", "Revise the assessment template to include a domestic abuse section that draws on DASH and MARAC information.", "Service Manager - Assessment", "Apr-25", "G"),
        ("3", "Track assessments exceeding 45 working days at the weekly performance meeting.", "Head of Service (Children's Social Care)", "Feb-25", "B"),
    ]),
    ("Management oversight of child protection plans, including the use of core groups to review progress for children.", [
        ("4", "Introduce a core group minute template with SMART outcomes and review dates.", "Child Protection Chair Manager", "Apr-25", "A"),
        ("5", "Child protection chairs to complete a midpoint review for every child subject to a plan for more than six months.", "Head of Safeguarding", "0ct-25", "G"),
        ("6", "Audit 30 child protection plans and report themes to the Children's Improvement Board.", "QA Lead", "Jun-25", "A"),
    ]),
    ("The consistency of visits to children in need, so that they are seen at the frequency set out in their plan.", [
        ("7", "Make visiting frequency a mandatory field on children in need plans in Liquidlogic.", "Systems Manager", "Mar-25", "B"),
        ("8", "Team managers to review overdue visits in weekly supervision and escalate to the service manager after 10 days.", "Team Managers (CIN)", "Ongoing", "G"),
    ]),
]
OLDHAM_TYPO_ROW = None  # set when built


def make_oldham():
    global OLDHAM_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = OLDHAM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focused visit: children in need and children subject to a child protection plan (3–4 December 2024)"
    ws["A3"] = "Letter published 21 January 2025. Plan agreed by Children's Improvement Board 12 February 2025."
    headers = ["No.", "Area for improvement (Ofsted letter)", "Action", "Responsible officer", "Target date", "RAG"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=FILL["grey"])
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 6
    for afi, actions in OLDHAM_AFIS:
        start = r
        for no, act, lead, due, rag in actions:
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            ws.cell(row=r, column=5, value=due)
            c = ws.cell(row=r, column=6, value=rag)
            c.fill = PatternFill("solid", fgColor=FILL[rag_fill[rag]])
            c.alignment = Alignment(horizontal="center", vertical="top")
            for col in (1, 3, 4, 5):
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
            if due == "0ct-25":
                OLDHAM_TYPO_ROW = r
            r += 1
        ws.cell(row=start, column=2, value=afi).alignment = Alignment(wrap_text=True, vertical="top")
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = some concern, R = off track")
    for col, w in zip("ABCDEF", [6, 45, 55, 30, 12, 7]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, OLDHAM_FILE))


# ---------------------------------------------------------------------------
# 5. Bradford Children and Families Trust - children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
BRAD_FILE = "lk1-bradford-children-and-families-trust-childrens-home-ofsted-action-plan.docx"
BRAD_TITLE = "Heaton Grange Children's Home – Ofsted Inspection Action Plan"
BRAD_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
BRAD_PARTS = [
    ("Part A: Requirements (breaches of regulation)", "Requirement", [
        ("Regulation 20 (1)(a)(b): The registered person must ensure that restraint is only used where it is necessary to prevent injury, and that each use is recorded within 24 hours.", [
            ("1", "All staff to complete refreshed positive handling training, with de-escalation scenarios specific to the children currently living at the home.",
             "Registered Manager", "30/11/2025", "Complete"),
            ("2", "Registered Manager to review every physical intervention record within 24 hours and sign it off on Clearcare.",
             "Registered Manager", "Ongoing", "On track"),
            ("3", "Responsible Individual to sample restraint records monthly and report themes to the Residential Services Quality Board.",
             "Responsible Individual", "31/01/2026", "On track"),
        ]),
        ("Regulation 46 (1)(b): The registered person must review the home's location assessment at least once a year and share it with the local police and community safety partners.", [
            ("4", "Review and update the location assessment with West Yorkshire Police and the Bradford Community Safety Partnership.",
             "Registered Manager / Deputy Manager", "By 31 October 2025", "Complete"),
            ("5", "Share the updated location assessment with each child's placing social worker.",
             "Deputy Manager", "November 2025", "Complete"),
        ]),
    ]),
    ("Part B: Recommendations", "Recommendation", [
        ("The registered person should ensure that children's care plans and risk assessments are updated promptly after significant events, so that staff have current guidance.", [
            ("6", "Introduce a 'significant event' review checklist, completed by the shift leader within 48 hours.",
             "Deputy Manager", "December 2025", "At risk"),
            ("7", "Monthly care plan audit by the Registered Manager, with findings discussed at team meetings.",
             "Registered Manager", "End of January 2026", "On track"),
        ]),
        ("The registered person should ensure that staff receive supervision at the frequency set out in the home's supervision policy.", [
            ("8", "Set a 12-month supervision schedule for all staff, including waking night staff, and record compliance in the monthly Regulation 45 review.",
             "Registered Manager", "31/10/2025", "Overdue"),
        ]),
    ]),
]


def make_bradford():
    doc = Document()
    doc.add_paragraph(BRAD_TITLE, style="Title")
    doc.add_paragraph("Bradford Children and Families Trust – Residential Services")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Unique reference number", "SC491257"),
        ("Inspection date", "16–17 September 2025"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Registered Manager", "Karen Whitley"),
        ("Responsible Individual", "Mark Sutcliffe"),
        ("Plan agreed", "14 October 2025"),
        ("Last reviewed", "5 January 2026"),
    ]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan responds to the requirements and recommendations in the Ofsted report published on "
        "2 October 2025. It is reviewed monthly by the Registered Manager and the Responsible Individual and "
        "reported to the Trust's Residential Services Quality Board."
    )
    doc.add_paragraph("Status key:")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, word in enumerate(["Complete", "On track", "At risk", "Overdue"]):
        key.rows[0].cells[i].text = word
        shade(key.rows[0].cells[i], FILL[BRAD_STATUS_FILL[word]])

    for part_heading, first_col, items in BRAD_PARTS:
        doc.add_heading(part_heading, level=2)
        headers = [first_col, "No.", "Action", "Responsible", "Timescale", "Status"]
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], FILL["grey"])
        for req, actions in items:
            first_row_idx = len(t.rows)
            for no, act, lead, due, status in actions:
                r = t.add_row().cells
                r[1].text = no
                r[2].text = act
                r[3].text = lead
                r[4].text = due
                r[5].text = status
                shade(r[5], FILL[BRAD_STATUS_FILL[status]])
            last_row_idx = len(t.rows) - 1
            top = t.cell(first_row_idx, 0)
            if last_row_idx > first_row_idx:
                top = top.merge(t.cell(last_row_idx, 0))
            top.text = req
    doc.add_paragraph("")
    doc.add_paragraph("Signed (Registered Manager): ____________________   Date: __________")
    doc.add_paragraph("Signed (Responsible Individual): ____________________   Date: __________")
    doc.save(os.path.join(HERE, BRAD_FILE))


# ---------------------------------------------------------------------------
# 6. Cheshire West and Chester - corporate parenting board action plan (csv)
# ---------------------------------------------------------------------------
CWAC_FILE = "lk1-cheshire-west-and-chester-council-corporate-parenting-board-action-plan.csv"
CWAC_TITLE = "Cheshire West and Chester Council – Corporate Parenting Board Action Plan 2025-26"
CWAC_ROWS = [
    ("Pledge 1: We will listen to you and act on what you tell us", "1.1",
     "Hold two 'Takeover Days' each year where children in care and care leavers shadow councillors and senior officers.",
     "Participation Lead", "Mar-26", "First Takeover Day held 28 October 2025 with 11 young people.", "G"),
    ("", "1.2",
     "Children in Care Council to present a 'You Said, We Did' report at every Board meeting.",
     "Participation Lead; Head of Service – Children in Care", "Termly", "Presented at the September and January Boards.", "G"),
    ("Pledge 2: We will help you to be healthy", "2.1",
     "Make sure every child coming into care has an initial health assessment within 20 working days.",
     "Designated Nurse for Children in Care (NHS Cheshire and Merseyside)", "Mar-26",
     "Q3 timeliness 71% (target 90%); delays in consent paperwork, escalation route agreed.", "A"),
    ("", "2.2",
     "Launch free Brio Leisure passes for children in care, care leavers and their foster families.",
     "Head of Service – Children in Care", "Sep-25", "Passes launched September 2025; 146 issued.", "B"),
    ("Pledge 3: We will support you to do well in education and work", "3.1",
     "Virtual School to quality assure every child's Personal Education Plan each term, with feedback to designated teachers.",
     "Virtual School Headteacher", "Oct 2025 - Mar 2026", "Autumn term PEP completion 94%; 82% rated good or better.", "G"),
    ("", "3.2",
     "Offer 20 ring-fenced apprenticeships across the council to care leavers, to increase the number in education, employment or training.",
     "Head of Service – Care Leavers / HR Business Partner", "Dec-25",
     "12 apprenticeships filled; 8 posts re-advertised for January.", "R"),
    ("Pledge 4: We will help you find a home that is right for you", "4.1",
     "Open two new council-run children's homes in the borough as part of the sufficiency strategy.",
     "Assistant Director – Children's Social Care", "Jun-26",
     "First home registered with Ofsted November 2025; refurbishment of the second home under way.", "G"),
    ("", "4.2",
     "Extend Staying Put and Staying Close so that every eligible care leaver is offered support up to age 21.\nReport take-up to the Board every six months.",
     "Head of Service – Care Leavers", "Mar-26", "Policy agreed by Cabinet December 2025.", "A"),
    ("", "4.3",
     "Agree a joint housing protocol with Housing Options so that no care leaver is placed in bed and breakfast accommodation.",
     "Head of Service – Care Leavers; Housing Options Manager", "Mar-26", "", ""),
]


def make_cwac():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 7
    w.writerow([CWAC_TITLE] + [""] * 6)
    w.writerow(["Progress report to the Corporate Parenting Board, 22 January 2026"] + [""] * 6)
    w.writerow(blank)
    w.writerow(["Pledge", "Ref", "What we will do", "Lead(s)", "Due", "Progress update", "RAG"])
    for row in CWAC_ROWS:
        w.writerow(list(row))
    w.writerow(blank)
    w.writerow(["RAG: B = complete, G = on track, A = some risk, R = off track. Blank = not yet started."] + [""] * 6)
    w.writerow(["Produced by the Children's Services Performance Team"] + [""] * 6)
    with open(os.path.join(HERE, CWAC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Halton - early help strategy action plan (tab-separated txt)
# ---------------------------------------------------------------------------
HALTON_FILE = "lk1-halton-early-help-strategy-action-plan.txt"
HALTON_TITLE = "Halton Children and Young People's Partnership – Early Help Strategy 2024–2027: Action Plan (Year 2)"
HALTON_PRIORITIES = [
    ("Priority 1: Every family knows where to get help early", [
        ("1a", "Open a Family Hub in Widnes town centre alongside the existing Runcorn hub, with a published timetable of services.",
         "Family Hubs Programme Manager", "Summer term 2025", "Complete", "Widnes hub opened 7 July 2025."),
        ("1b", "Publish an updated early help offer on the Halton Family Information Service website, including a self-referral form.",
         "Early Help Strategic Lead", "Jan 2026", "Green", "Content signed off; website update booked for late January."),
        ("1c", "Train 200 practitioners from schools, health and the voluntary sector in having early help conversations with families.",
         "Halton Safeguarding Children Partnership Training Coordinator", "Autumn term 2025", "Amber", "146 trained; health visiting sessions moved to February."),
    ]),
    ("Priority 2: Help is good quality and makes a difference", [
        ("2a", "Introduce a single early help assessment and plan (EHAP) used by all partners, replacing the separate school and health forms.",
         "Early Help Strategic Lead & Head of Inclusion (Education)", "April 2026", "Green", "Pilot in 6 schools from January."),
        ("2b", "Quarterly multi-agency audit of 15 early help plans, with findings shared at the Early Help Partnership Board.",
         "Quality Assurance Manager (Early Help)", "Quarterly", "Green", "Q3 audit: 10 of 15 plans good or better."),
        ("2c", "Embed the Supporting Families outcomes framework so that successful family outcomes are claimed within 3 months of case closure.",
         "Supporting Families Coordinator", "Mar-26", "Red", "Data matching with DWP delayed; Q3 claim window missed."),
    ]),
    ("Priority 3: Children and families get help at the right time and step up and down safely", [
        ("3a", "Review the step-down process from children's social care to early help, with a joint transfer meeting for every family.",
         "Head of Service – Children in Need / Early Help Strategic Lead", "Sept 2025 – Jan 2026", "Green", "Joint transfer meetings in place since November."),
        ("3b", "Develop an early help dashboard showing re-referrals to children's social care within 12 months of early help closure.",
         "Business Intelligence Manager", "TBC", "Not started", "Awaiting new case management system reports."),
    ]),
]


def make_halton():
    lines = [
        HALTON_TITLE,
        "Progress update for the Early Help Partnership Board, 11 February 2026",
        "",
        "RAG key: Complete = delivered | Green = on track | Amber = at risk | Red = not on track | Not started",
        "",
    ]
    header = "\t".join(["Ref", "Action", "Lead", "By when", "RAG", "Comment"])
    counts = {}
    n = 0
    for heading, actions in HALTON_PRIORITIES:
        lines.append(heading)
        lines.append(header)
        for ref, act, lead, due, rag, comment in actions:
            lines.append("\t".join([ref, act, lead, due, rag, comment]))
            counts[rag] = counts.get(rag, 0) + 1
            n += 1
        lines.append("")
    lines.append("Summary")
    lines.append("\t".join(["Total actions", str(n)]))
    for word in ["Complete", "Green", "Amber", "Red", "Not started"]:
        lines.append("\t".join([word, str(counts.get(word, 0))]))
    with open(os.path.join(HERE, HALTON_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    make_bury()
    make_dudley()
    make_nt()
    make_oldham()
    make_bradford()
    make_cwac()
    make_halton()
    print("built 7 files; Oldham typo row:", OLDHAM_TYPO_ROW)


if __name__ == "__main__":
    main()
