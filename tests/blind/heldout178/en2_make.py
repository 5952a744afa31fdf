"""Build the seven en2- blind test files (set heldout178).

Run with: /work/main/.venv/bin/python en2_make.py
Writes the data files next to this script. The .expected.yaml files are written separately
by hand from the content below.
"""
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "lightblue": "DDEBF7",
    "pink": "F8CBAD",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", fgColor=FILL.get(colour, colour))


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------------------------
# 1. Haringey SAB - SAR 'Beatrice' multi-agency action plan (xlsx, fill-only previous/current RAG)
# ---------------------------------------------------------------------------------------------
HARINGEY_TITLE = "Safeguarding Adults Review ‘Beatrice’ – Multi-Agency Action Plan"
HARINGEY_RECS = [
    (
        "Recommendation 1: HSAB should seek assurance that partner agencies’ self-neglect and hoarding "
        "training includes the Multi-Agency Self-Neglect and Hoarding Procedure 2022-25 and the use of "
        "the clutter image rating scale.",
        [
            ("1.1",
             "Refresh the HSAB multi-agency self-neglect training offer to include the 2022-25 procedure, "
             "the clutter image rating scale and the use of multi-agency risk management meetings.",
             "HSAB Business Manager", d(2024, 1, 31), d(2024, 6, 30),
             "New course content agreed by the Practice & Improvement subgroup; first cohort booked for 18 June 2024.",
             "amber", "green"),
            ("1.2",
             "Each partner agency to report the number of frontline staff trained on self-neglect and hoarding "
             "to the Quality Assurance subgroup.",
             "Safeguarding leads – all partner agencies", d(2024, 3, 31), None,
             "Returns received from LBH, NCL ICB, Whittington Health and the Met Police; BEH MHT return still outstanding.",
             "amber", "red"),
        ],
    ),
    (
        "Recommendation 2: The London Borough of Haringey’s housing service and adult social care should agree "
        "a joint protocol for residents placed in temporary accommodation who have care and support needs.",
        [
            ("2.1",
             "Develop and agree a joint Housing and Adult Social Care protocol for residents with care and "
             "support needs placed in temporary accommodation.",
             "Head of Housing Needs / Head of Adult Safeguarding (LBH)", d(2023, 12, 31), d(2024, 4, 30),
             "Protocol signed off at the Housing and ASC joint management team on 22 April 2024.",
             "red", "blue"),
            ("2.2",
             "Audit a sample of 20 temporary accommodation placements of adults with care and support needs "
             "to test the use of the new protocol.",
             "Principal Social Worker (Adults)", d(2024, 9, 30), None,
             "Audit tool drafted; fieldwork scheduled for August 2024.",
             None, None),
        ],
    ),
    (
        "Recommendation 3: NCL ICB should seek assurance that GP practices follow up adults who do not attend "
        "appointments where self-neglect is known or suspected.",
        [
            ("3.1",
             "Issue a did-not-attend practice guidance note for adults at risk of self-neglect to all Haringey GP practices.",
             "Designated Nurse for Safeguarding Adults (NCL ICB)", d(2023, 11, 30), None,
             "Guidance issued through the GP safeguarding bulletin on 8 November 2023.",
             "blue", "blue"),
            ("3.2",
             "Include self-neglect and did-not-attend follow-up in the 2024/25 GP safeguarding adults audit.",
             "Named GP for Safeguarding Adults", d(2024, 12, 31), None,
             "Audit questions agreed; fieldwork October–November 2024.",
             "green", "green"),
        ],
    ),
    (
        "Recommendation 4: All partner agencies should ensure that mental capacity assessments are "
        "decision-specific and recorded, particularly where a person repeatedly declines support.",
        [
            ("4.1",
             "Deliver a joint Mental Capacity Act learning session focusing on executive functioning and "
             "repeated refusals of care.",
             "MCA Lead (LBH) & Safeguarding Adults Lead (Whittington Health)", d(2024, 2, 29), d(2024, 7, 31),
             "Session postponed because of trainer availability; rescheduled for 9 July 2024.",
             "amber", "amber"),
            ("4.2",
             "Undertake a multi-agency case file audit of mental capacity assessments for adults who "
             "self-neglect and report the findings to the Board.",
             "Chair of the Quality Assurance Subgroup", d(2024, 10, 31), None,
             "Included in the QA subgroup audit programme for Q3 2024/25.",
             None, "green"),
            ("4.3",
             "Add executive functioning prompts to the Mosaic adult social care assessment template.",
             "Head of ASC Business Systems", d(2024, 6, 30), None,
             "Change request raised; revised template in user testing.",
             "green", "green"),
        ],
    ),
]


def build_haringey(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 70
    cov["A1"] = "Haringey Safeguarding Adults Board"
    cov["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    cov["A2"] = HARINGEY_TITLE
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "3.2"),
        ("Owner", "SAR Subgroup (Implementation of Recommendations)"),
        ("Review published", "12 October 2023"),
        ("Plan approved", "HSAB Executive, 27 September 2023"),
        ("Last updated", "14 May 2024"),
        ("Next review", "SAR Subgroup, July 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A12"] = "RAG key (RAG columns are shaded only)"
    cov["A12"].font = Font(bold=True)
    key = [
        ("blue", "Complete – evidence of impact received by the SAR Subgroup"),
        ("green", "On track"),
        ("amber", "Some slippage – mitigations in place"),
        ("red", "Off track / overdue"),
        (None, "Not yet started"),
    ]
    for i, (col, text) in enumerate(key, start=13):
        c = cov.cell(i, 1, None)
        if col:
            c.fill = fill(col)
        c.border = BOX
        cov.cell(i, 2, text).border = BOX

    ws = wb.create_sheet("Action Plan")
    widths = [7, 52, 30, 13, 13, 48, 11, 11]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = HARINGEY_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("navy")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update for the SAR Subgroup, May 2024. Themes: self-neglect, housing and multi-agency working."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Lead agency / officer", "Original target date", "Revised target date",
             "Progress update", "Previous RAG (Jan 24)", "Current RAG (May 24)"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("lightblue")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for rec, actions in HARINGEY_RECS:
        ws.cell(r, 1, rec).font = Font(bold=True)
        ws.cell(r, 1).alignment = WRAP
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, lead, orig, rev, prog, prev, cur in actions:
            vals = [ref, text, lead, orig, rev, prog, None, None]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(r, 7).fill = fill(prev)
            if cur:
                ws.cell(r, 8).fill = fill(cur)
            r += 1
    r += 1
    ws.cell(r, 1, "Summary (May 2024): 9 actions – 2 complete, 4 on track, 1 some slippage, 1 off track, 1 not yet started.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    gl = wb.create_sheet("Glossary")
    terms = [
        ("Abbreviation", "Meaning"),
        ("ASC", "Adult Social Care"),
        ("BEH MHT", "Barnet, Enfield and Haringey Mental Health NHS Trust"),
        ("HSAB", "Haringey Safeguarding Adults Board"),
        ("LBH", "London Borough of Haringey"),
        ("MCA", "Mental Capacity Act 2005"),
        ("NCL ICB", "North Central London Integrated Care Board"),
        ("QA", "Quality Assurance"),
    ]
    for i, (a, b) in enumerate(terms, start=1):
        gl.cell(i, 1, a)
        gl.cell(i, 2, b)
    gl["A1"].font = Font(bold=True)
    gl["B1"].font = Font(bold=True)
    gl.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 2. University Hospitals of Morecambe Bay NHSFT - Board of Directors action sheet (xlsx, 2 sheets)
# ---------------------------------------------------------------------------------------------
UHMB_OPEN = [
    ("105/23", d(2023, 10, 4),
     "Provide the Board with an update on the outcome of the review of medical staffing rotas at Furness General Hospital.",
     "Medical Director", "March 2024\nRevised: September 2024", "A",
     "Review completed; proposals are being consulted on with the Local Negotiating Committee. Report to September Board."),
    ("167/24", d(2024, 2, 7),
     "Share the CQC action plan tracker with the Quality Committee each month until all must-do actions are closed.",
     "Chief Nurse", "Ongoing", "G",
     "Standing item on the Quality Committee agenda."),
    ("168/24", d(2024, 2, 7),
     "Bring the ATAIN and transitional care findings back to the Board with the actions agreed by the Maternity and Neonatal Safety Champions.",
     "Director of Midwifery / Chief Nurse", d(2024, 5, 1), "R",
     "Deferred from the May Board; to be included in the Maternity and Neonatal Update Assurance Report in July."),
    ("12/24", d(2024, 5, 1),
     "Circulate the refreshed Board Assurance Framework risk appetite statements to all Board members ahead of the development session.",
     "Company Secretary", d(2024, 6, 30), "B",
     "Circulated 14 June 2024. Recommend closure."),
    ("14/24", d(2024, 5, 1),
     "Set out the trajectory for reducing inpatient falls with harm at the Royal Lancaster Infirmary in the next Integrated Performance Report.",
     "Chief Nurse; Chief Operating Officer", "July 2024", "G",
     "Trajectory agreed at the Quality Committee on 20 May 2024."),
    ("16/24", d(2024, 5, 1),
     "Arrange a Board seminar on the Lancashire and South Cumbria surgical hub business case.",
     "SW/TB", "31/07/2024", "A",
     "Date being confirmed with the Provider Collaboration Board."),
]
UHMB_CLOSED = [
    ("162/24", d(2024, 2, 7),
     "Confirm the timetable for presenting the NHS Staff Survey 2023 results to the People Committee.",
     "Chief People Officer", "March 2024", "B",
     "Presented to the People Committee on 25 March 2024. Closed."),
    ("169ii/24", d(2024, 2, 7),
     "Circulate the 3A report template to all assurance committee chairs.",
     "Company Secretary", "February 2024", "B",
     "Circulated 12 February 2024. Closed."),
]
UHMB_HEAD = ["Minute Ref", "Meeting Date", "Action", "Lead", "Due Date", "Status", "Update"]
BRAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def _uhmb_sheet(ws, top_rows, items, head_row):
    for i, w in enumerate([11, 13, 55, 26, 18, 8, 50], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    for r, (text, bold) in enumerate(top_rows, start=1):
        if text:
            ws.cell(r, 1, text).font = Font(bold=bold, size=13 if r == 1 else 11)
    for i, h in enumerate(UHMB_HEAD, start=1):
        c = ws.cell(head_row, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    r = head_row + 1
    for ref, met, action, lead, due, st, upd in items:
        for i, v in enumerate([ref, met, action, lead, due, st, upd], start=1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 6).fill = fill(BRAG_FILL[st])
        ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    return r


def build_uhmb(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Open Actions"
    r = _uhmb_sheet(ws, [
        ("University Hospitals of Morecambe Bay NHS Foundation Trust", True),
        ("Board of Directors (Public) – Action Sheet and Matters Arising", True),
        ("Position at 26 June 2024, for the meeting on 3 July 2024", False),
    ], UHMB_OPEN, 5)
    ws.cell(r + 1, 1, "Key:").font = Font(bold=True)
    key = [("B", "Complete – propose closure"), ("G", "On track"),
           ("A", "Risk to delivery by due date"), ("R", "Overdue")]
    for i, (k, t) in enumerate(key):
        ws.cell(r + 2 + i, 1, k).fill = fill(BRAG_FILL[k])
        ws.cell(r + 2 + i, 2, t)
        ws.merge_cells(start_row=r + 2 + i, start_column=2, end_row=r + 2 + i, end_column=3)

    ws2 = wb.create_sheet("Closed Actions")
    _uhmb_sheet(ws2, [
        ("Actions closed at the Board of Directors meeting on 1 May 2024", True),
        (None, False),
    ], UHMB_CLOSED, 3)
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 3. Coventry City Council - Corporate Risk Register 2025-26 (xlsx, merged risk cells)
# ---------------------------------------------------------------------------------------------
COV_RISKS = [
    ("Risk 33 – Equal pay claims and the impact on budgets and the delivery of services",
     "5 x 5 = 25", "4 x 5 = 20", "4 x 5 = 20", "Director of Law and Governance",
     [
         ("Complete the job evaluation review of the pay and grading structure and report the options to Cabinet.",
          "Director of People and Facilities", d(2025, 12, 1), "A"),
         ("Maintain an earmarked reserve for equal pay liabilities and review its adequacy at each quarterly budget monitoring report.",
          "Director of Finance and Resources (S151)", "Quarterly", "G"),
         ("Agree a negotiation strategy with the recognised trade unions.",
          "Chief Executive / Director of Law and Governance", "31/10/2025", "G"),
     ]),
    ("Risk 35 – The threat of cyber-attack to the delivery of One Coventry priorities",
     "4 x 5 = 20", "3 x 5 = 15", "3 x 5 = 15", "Director of Finance and Resources",
     [
         ("Achieve and maintain Cyber Essentials Plus accreditation.",
          "Chief Information Officer", d(2026, 3, 1), "G"),
         ("Run a cyber incident exercise with the Leadership Board and business continuity leads.",
          "Head of ICT Security; Emergency Planning Manager", "Q3 2025/26", "A"),
         ("Roll out phishing awareness training to all staff with network accounts.",
          "Head of ICT Security", d(2025, 6, 1), "B"),
     ]),
    ("Risk 37 – Demand for and cost of temporary accommodation exceeding the resources available",
     "5 x 4 = 20", "4 x 4 = 16", "5 x 4 = 20", "Director of Housing and Communities",
     [
         ("Deliver the additional 50 units of council-leased temporary accommodation set out in the Housing and Homelessness Strategy.",
          "Head of Housing and Homelessness", d(2026, 3, 1), "A"),
         ("Report temporary accommodation numbers and spend to the Leadership Board.",
          "Head of Housing and Homelessness", "Monthly", "G"),
     ]),
    ("Risk 40 – Mainstream Education Sufficiency",
     "4 x 4 = 16", "4 x 4 = 16", "New risk", "Director of Education and Skills",
     [
         ("Update the school place planning forecast using the January 2026 school census.",
          "Head of Education Entitlement", "28/02/2026", None),
         ("Bring a secondary school expansion programme report to Cabinet.",
          "Director of Education and Skills", d(2025, 11, 1), "G"),
     ]),
]
COV_TITLE = "Coventry City Council – Corporate Risk Register 2025-26"


def _score_fill(score):
    n = int(score.split("=")[-1]) if "=" in score else 0
    if n >= 15:
        return fill("red")
    if n >= 8:
        return fill("amber")
    return None


def build_coventry(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s.column_dimensions["A"].width = 40
    s.column_dimensions["B"].width = 70
    s["A1"] = COV_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Appendix 1 to the report of the Director of Finance and Resources (Section 151 Officer) – Audit and Procurement Committee, 22 September 2025"
    s["A4"] = "Changes since the last report (September 2024)"
    s["A4"].font = Font(bold=True)
    changes = [
        ("Risk added", "Risk 40 – Mainstream Education Sufficiency"),
        ("Risks removed", "Risk 28, Risk 29 and Risk 31"),
        ("Residual score increased", "None"),
        ("Residual score reduced", "Risk 37 (from 20 to 16)"),
    ]
    for i, (a, b) in enumerate(changes, start=5):
        s.cell(i, 1, a)
        s.cell(i, 2, b)
    s["A10"] = "Action status key"
    s["A10"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"),
                                ("R", "Overdue / off track")], start=11):
        s.cell(i, 1, k).fill = fill(BRAG_FILL[k])
        s.cell(i, 2, t)
    s["A16"] = "Scoring: Likelihood (1-5) x Impact (1-5). 15-25 High (red); 8-12 Medium (amber); 1-6 Low (green)."

    ws = wb.create_sheet("Register")
    widths = [34, 11, 11, 11, 24, 52, 28, 12, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = COV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scores shown as Likelihood x Impact = Score. Risks are listed in number order; only open corporate risks with further actions are shown."
    ws["A2"].font = Font(italic=True)
    heads = ["Risk", "Inherent score", "Residual score", "Score Sept 2024", "Risk owner",
             "Further mitigating actions", "Action owner", "Target date", "Status"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for risk, inh, res, prev, owner, actions in COV_RISKS:
        first = r
        for text, aown, due, st in actions:
            for i, v in enumerate([text, aown, due, st], start=6):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if st:
                ws.cell(r, 9).fill = fill(BRAG_FILL[st])
            r += 1
        last = r - 1
        for i, v in enumerate([risk, inh, res, prev, owner], start=1):
            c = ws.cell(first, i, v)
            c.alignment = WRAP
            c.border = BOX
            if i == 1:
                c.font = Font(bold=True)
            if i in (2, 3, 4):
                f = _score_fill(v)
                if f:
                    c.fill = f
            if last > first:
                ws.merge_cells(start_row=first, start_column=i, end_row=last, end_column=i)
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; inner '\n' becomes separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------------------------
# 4. Safer Plymouth - DHR 'Hannah' action plan (docx, Home Office template, section per table)
# ---------------------------------------------------------------------------------------------
PLY_TITLE = "Safer Plymouth – Domestic Homicide Review ‘Hannah’: Action Plan"
PLY_HEAD = ["No.", "Recommendation", "Scope", "Action to take", "Lead officer", "Target date",
            "Date of completion and outcome", "RAG"]
PLY_SECTIONS = [
    ("Section 1: Overview Report recommendations (multi-agency)", [
        ("1",
         "Safer Plymouth should ensure that domestic abuse training for frontline practitioners covers the "
         "abuse of older people by adult family members.",
         "Local",
         [("Commission a training module on adult family violence and the abuse of older people as part of the "
           "Safer Plymouth multi-agency training programme.",
           "Domestic Abuse Partnership Manager", "30/06/2025", "", "Green")]),
        ("2",
         "Safer Plymouth should seek assurance that agencies consider a MARAC referral on professional judgement "
         "when a victim discloses repeat abuse, even where the DASH risk score is below the threshold.",
         "Local",
         [("Re-issue the MARAC professional judgement referral guidance to all partner agencies.",
           "MARAC Chair (Devon and Cornwall Police)", "31/03/2025",
           "Guidance re-issued on 20 February 2025.", "Complete"),
          ("Audit MARAC referrals made on professional judgement over six months and report the findings to the "
           "Domestic Abuse and Sexual Violence Partnership Board.",
           "MARAC Co-ordinator", "October 2025", "", "Green")]),
        ("3",
         "The Home Office should consider whether the statutory guidance for Domestic Homicide Reviews should "
         "include guidance on engaging families where the perpetrator is also a family member.",
         "National",
         [("The Safer Plymouth Chair to write to the Home Office DHR team setting out this recommendation.",
           "Safer Plymouth Chair", "28/02/2025", "Letter sent on 11 February 2025.", "Complete")]),
    ]),
    ("Section 2: Devon and Cornwall Police – single agency recommendations", [
        ("DCP1",
         "Devon and Cornwall Police should ensure that officers attending domestic abuse incidents involving an "
         "older victim consider whether the victim has care and support needs and make a safeguarding adults "
         "referral where appropriate.",
         "Local",
         [("Add a prompt on care and support needs to the domestic abuse attendance checklist on officers’ mobile devices.",
           "Head of Public Protection", "December 2024", "Prompt live from 2 December 2024.", "Complete")]),
        ("DCP2",
         "Devon and Cornwall Police should review how repeat calls to the same address are identified by the "
         "contact centre.",
         "Local",
         [("Review the contact centre repeat address flag process and brief all call handlers on its use.",
           "Contact Centre Superintendent / Head of Public Protection", "June 2025",
           "Review started; briefing material in draft.", "Amber")]),
    ]),
    ("Section 3: University Hospitals Plymouth NHS Trust – single agency recommendations", [
        ("UHP1",
         "University Hospitals Plymouth NHS Trust should ensure that routine enquiry about domestic abuse is made "
         "in the Emergency Department whenever it is safe to do so.",
         "Local",
         [("Launch routine enquiry in the Emergency Department, supported by the Hospital Independent Domestic "
           "Violence Advisor.\nAudit compliance quarterly and report it to the Safeguarding Committee.",
           "Named Nurse for Safeguarding Adults", "Sept 2025",
           "Routine enquiry launched in April 2025; first audit due in July 2025.", "Green")]),
    ]),
    ("Section 4: Livewell Southwest – single agency recommendations", [
        ("LSW1",
         "Livewell Southwest should ensure that carer’s assessments explore the relationship between the carer and "
         "the person cared for, including any indicators of abuse.",
         "Local",
         [("Amend the carer’s assessment template to include questions about the relationship and about domestic abuse.",
           "Lead Professional for Carers", "31/05/2025",
           "Template change delayed by the electronic patient record upgrade; new date to be agreed.", "Red")]),
        ("LSW2",
         "Livewell Southwest should share the learning from this review with all adult community teams.",
         "Local",
         [("Deliver 7-minute briefings on the learning from DHR ‘Hannah’ at all adult community team meetings.",
           "Safeguarding Adults Lead", "Ongoing", "Briefings delivered to 6 of 9 teams.", "Green")]),
    ]),
]
RAG_SHADE = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_plymouth(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(PLY_TITLE, style="Title")
    doc.add_paragraph("Overview Report and single agency recommendations – progress at 15 January 2025")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document", "DHR ‘Hannah’ action plan"),
                 ("Version", "1.4 (final, as submitted to the Home Office Quality Assurance Panel)"),
                 ("Date", "15 January 2025"),
                 ("Owner", "DHR Co-ordinator, Plymouth City Council"),
                 ("Monitored by", "Safer Plymouth Domestic Abuse and Sexual Violence Partnership Board")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Complete", "Action complete and outcome evidenced"),
                          ("Green", "On track to meet the target date"),
                          ("Amber", "Some delay – expected to be completed with a short extension"),
                          ("Red", "Significant delay – escalated to the Partnership Board")]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True, size=10)
        shade(row[0], RAG_SHADE[word])
        set_cell(row[1], meaning, size=10)

    for heading, recs in PLY_SECTIONS:
        doc.add_paragraph(heading, style="Heading 2")
        nrows = 1 + sum(len(a) for _, _, _, a in recs)
        tbl = doc.add_table(rows=nrows, cols=len(PLY_HEAD))
        tbl.style = "Table Grid"
        for i, h in enumerate(PLY_HEAD):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "D9E2F3")
        repeat_header(tbl.rows[0])
        r = 1
        for no, rec, scope, actions in recs:
            first = r
            for action, lead, target, done, rag in actions:
                cells = tbl.rows[r].cells
                set_cell(cells[3], action)
                set_cell(cells[4], lead)
                set_cell(cells[5], target)
                set_cell(cells[6], done)
                set_cell(cells[7], rag, bold=True)
                shade(cells[7], RAG_SHADE[rag])
                r += 1
            last = r - 1
            for col, val in ((0, no), (1, rec), (2, scope)):
                c = tbl.cell(first, col)
                if last > first:
                    c = c.merge(tbl.cell(last, col))
                set_cell(c, val)
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for a, b, c in [("Role", "Name", "Date"),
                    ("Independent Chair and Author", "Independent Chair", "15 January 2025"),
                    ("Chair, Safer Plymouth", "Safer Plymouth Chair", "15 January 2025")]:
        row = s.add_row().cells
        set_cell(row[0], a, size=10)
        set_cell(row[1], b, size=10)
        set_cell(row[2], c, size=10)
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# 5. Mid Yorkshire Teaching NHS Trust - Maternity and Neonatal Improvement Plan (docx, board paper)
# ---------------------------------------------------------------------------------------------
MY_TITLE = "Maternity and Neonatal Improvement Plan 2024/25 – Progress Update"
MY_HEAD = ["Ref", "Action", "Lead", "Original due date", "Revised due date", "BRAG", "Progress and evidence"]
MY_WS = [
    ("Workstream 1: Safe staffing", [
        ("1.1", "Complete the Birthrate Plus midwifery workforce review and present the findings to the People Committee.",
         "Director of Midwifery", "June 2024", "", "B", "Presented to the People Committee on 15 July 2024."),
        ("1.2", "Recruit to the 18 WTE midwifery vacancies identified, including through international recruitment.",
         "Deputy Director of Midwifery / Head of Resourcing", "September 2024", "March 2025", "A",
         "11 WTE appointed; 7 WTE in the pipeline with start dates from January 2025."),
        ("1.3", "Provide a supernumerary labour ward co-ordinator on every shift at Pinderfields Hospital and report compliance monthly.",
         "Labour Ward Matron", "31/08/2024", "", "G", "Compliance 96% in August 2024."),
    ]),
    ("Workstream 2: Triage and escalation", [
        ("2.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in the maternity assessment centre.\n"
                "Audit the time to initial assessment monthly.",
         "Consultant Midwife", "July 2024", "October 2024", "G",
         "BSOTS live from 1 September 2024; the first audit shows 78% of women assessed within 15 minutes."),
        ("2.2", "Review the escalation policy for delays in induction of labour so that every delay is risk assessed and recorded.",
         "Clinical Director for Obstetrics and Gynaecology", "30/09/2024", "", "R",
         "Policy redrafted; awaiting ratification at the Maternity Guidelines Group (September meeting cancelled)."),
    ]),
    ("Workstream 3: Governance, risk and learning", [
        ("3.1", "Clear the backlog of maternity incidents awaiting review so that no incident is open for more than 30 days.",
         "Maternity Governance Lead", "Q2 2024/25", "", "G", "Backlog reduced from 142 to 31 incidents."),
        ("3.2", "Move maternity incident review to PSIRF, including after-action reviews and thematic reviews.",
         "Head of Patient Safety; Maternity Governance Lead", "December 2024", "", "G",
         "PSIRF training delivered to 24 maternity staff."),
        ("3.3", "Report a monthly maternity safety dashboard to the Board, including perinatal quality surveillance model data.",
         "Director of Midwifery", "Monthly", "", "B", "Dashboard reported to every Board meeting since June 2024."),
    ]),
    ("Workstream 4: Listening to women and families", [
        ("4.1", "Co-produce with the Maternity and Neonatal Voices Partnership a response plan to the 2024 CQC maternity survey.",
         "Head of Midwifery / MNVP Lead", "November 2024", "", "G", "Two co-production workshops held."),
        ("4.2", "Provide interpreting for all booking appointments where English is not the first language and audit its use quarterly.",
         "Community Midwifery Matron", "Q3 2024/25", "Q4 2024/25", "A",
         "Audit shows 71% compliance; reminder cascaded to all community teams."),
    ]),
]
BRAG_SHADE = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_midyorks(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("The Mid Yorkshire Teaching NHS Trust")
    run.bold = True
    run.font.size = Pt(12)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Meeting:", "Trust Board (Public)"), ("Date:", "26 September 2024"),
                 ("Report title:", "Maternity and Neonatal Improvement Plan – progress update"),
                 ("Executive lead:", "Chief Nurse and Director of Quality"),
                 ("Report author:", "Director of Midwifery"), ("Purpose:", "Assurance")]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph(MY_TITLE, style="Heading 1")
    doc.add_paragraph("1. Executive summary", style="Heading 2")
    doc.add_paragraph(
        "The improvement plan brings together the actions arising from the CQC inspection of maternity services "
        "at Pinderfields Hospital, the Maternity Incentive Scheme (year 6) and the Three Year Delivery Plan for "
        "Maternity and Neonatal Services. The plan holds 10 actions across four workstreams; progress is "
        "reviewed monthly at the Maternity Improvement Board chaired by the Chief Nurse.")
    doc.add_paragraph("2. Summary of progress", style="Heading 2")
    summ = [("Workstream", "Actions", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)"),
            ("1. Safe staffing", "3", "1", "1", "1", "0"),
            ("2. Triage and escalation", "2", "0", "1", "0", "1"),
            ("3. Governance, risk and learning", "3", "1", "2", "0", "0"),
            ("4. Listening to women and families", "2", "0", "1", "1", "0"),
            ("Total", "10", "2", "5", "2", "1")]
    st = doc.add_table(rows=0, cols=6)
    st.style = "Table Grid"
    for i, rowv in enumerate(summ):
        row = st.add_row().cells
        for j, v in enumerate(rowv):
            set_cell(row[j], v, bold=(i == 0 or i == len(summ) - 1), size=10)
    doc.add_paragraph()
    doc.add_paragraph("BRAG key", style="Heading 3")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, t in [("B", "Complete and evidenced"), ("G", "On track to deliver by the due date"),
                 ("A", "At risk of not delivering by the due date"), ("R", "Off track / overdue")]:
        row = kt.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        shade(row[0], BRAG_SHADE[k])
        set_cell(row[1], t, size=10)
    doc.add_paragraph("3. Improvement plan by workstream", style="Heading 2")
    for heading, acts in MY_WS:
        doc.add_paragraph(heading, style="Heading 3")
        tbl = doc.add_table(rows=1, cols=len(MY_HEAD))
        tbl.style = "Table Grid"
        for i, h in enumerate(MY_HEAD):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "005EB8")
        repeat_header(tbl.rows[0])
        for ref, action, lead, orig, rev, brag, prog in acts:
            cells = tbl.add_row().cells
            for i, v in enumerate([ref, action, lead, orig, rev, brag, prog]):
                set_cell(cells[i], v, bold=(i == 5))
            shade(cells[5], BRAG_SHADE[brag])
        doc.add_paragraph()
    doc.add_paragraph("4. Recommendation", style="Heading 2")
    doc.add_paragraph("The Board is asked to note the progress made and the two actions at risk, and to take "
                      "assurance from the oversight in place through the Maternity Improvement Board.")
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# 6. Isle of Anglesey County Council - Transformation Programme highlight report (csv, REFUSE)
# ---------------------------------------------------------------------------------------------
ANG_LINES = [
    "Isle of Anglesey County Council,,,,,,,",
    "Transformation Programme Board – Highlight Report,,,,,,,",
    "Reporting period: October 2024,,,,,,,",
    "Programme sponsor: Chief Executive,,,,,,,",
    ",,,,,,,",
    "Overall programme status,Amber,,,,,,",
    ",,,,,,,",
    "Ref,Project,Key milestone / action,Lead officer,Target date,Revised date,RAG,Commentary",
    "T1.1,Customer Experience and Digital,Launch the new bilingual customer portal for council tax and waste services,"
    "Head of Profession (ICT),September 2024,November 2024,Amber,"
    "\"Welsh language testing took longer than planned; launch moved to November.\"",
    "T1.2,Customer Experience and Digital,Move the five most used online forms to the new portal,"
    "Head of Profession (ICT) / Customer Services Manager,December 2024,,Green,On track.",
    "T2.1,Schools Modernisation,Complete the statutory consultation on primary provision in the Llangefni area,"
    "\"Director of Education, Skills and Young People\",November 2024,,Green,\"Consultation closed 25 October; report to the Executive in November.\"",
    "T3.1,Asset Rationalisation,Agree the list of surplus office accommodation for disposal with the Executive,"
    "Head of Property,December 2024,,Amber,\"Two buildings still in use by partners; options paper in preparation.\"",
    "T4.1,Social Care Transformation,Complete the review of domiciliary care commissioning in the north of the island,"
    "Head of Adults' Services,Janaury 2025,,Green,\"Provider engagement events held in Amlwch and Holyhead.\"",
    "T4.2,Social Care Transformation,Open the second extra care housing scheme,"
    "Director of Social Services,March 2025,,Green,\"Building handover agreed with the contractor.\"",
    "T5.1,Workforce,Launch the new hybrid working policy following consultation with the trade unions,"
    "Head of HR and Transformation,October 2024,,Complete,\"Policy launched 14 October 2024.\"",
    ",,,,,,,",
    "Key risks and issues,,,,,,,",
    "\"R1: ICT capacity to support the portal and the schools network upgrade at the same time\",,,,,,,",
    "\"R2: Partner occupation of surplus buildings delaying disposals\",,,,,,,",
    "Decisions required from the Board: none this period,,,,,,,",
]
ANG_REFUSE_LINE = 13  # line holding "Janaury 2025"


def build_anglesey(path):
    assert "Janaury" in ANG_LINES[ANG_REFUSE_LINE - 1]
    assert not any("Janaury" in x for x in ANG_LINES[:ANG_REFUSE_LINE - 1])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(ANG_LINES) + "\r\n")


# ---------------------------------------------------------------------------------------------
# 7. Southampton Safe City Partnership - Partnership Plan delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------------------------
SOTON_TITLE = "Safe City Partnership Plan 2024-28 – Delivery Plan 2024/25"
SOTON_HEAD = ["Ref", "What we will do", "Lead partner(s)", "By when", "Q2 update", "RAG"]
SOTON_PLAN = [
    ("Priority 1: Keeping people safe from harm", [
        ("Violence against women and girls and domestic abuse", [
            ("1.1", "Recommission the integrated domestic abuse service for victims and survivors, including an IDVA based at Southampton General Hospital.",
             "Southampton City Council (Stronger Communities)", "April 2025",
             "Tender published 2 September 2024; evaluation panel in November.", "Green"),
            ("1.2", "Achieve White Ribbon accreditation for the partnership and run a VAWG communications campaign during the 16 Days of Activism.",
             "Safe City Partnership Manager", "December 2024",
             "Campaign plan agreed; White Ribbon application submitted.", "Green"),
        ]),
        ("Serious violence", [
            ("1.3", "Refresh the Serious Violence Duty strategic needs assessment and response strategy.",
             "Public Health Consultant / Safe City Partnership Manager", "Jan-25",
             "Data sharing agreement delayed with one partner; needs assessment 60% complete.", "Amber"),
            ("1.4", "Deliver the night-time economy welfare and vulnerability scheme in the city centre, including ‘Ask for Angela’ training for licensed premises.",
             "Hampshire and Isle of Wight Constabulary & GO! Southampton", "Sept 2024 – March 2025",
             "Welfare hub operating on Friday and Saturday nights; 41 premises trained.", "Green"),
        ]),
    ]),
    ("Priority 2: Preventing and reducing reoffending", [
        ("Young people in or at risk of entering the justice system", [
            ("2.1", "Embed the Turnaround programme for young people on the cusp of the youth justice system.",
             "Youth Justice Service Manager", "Mar-25",
             "38 young people engaged since April 2024.", "Green"),
        ]),
        ("Adults with drug and alcohol needs", [
            ("2.2", "Increase the number of people on probation with a drug rehabilitation requirement who start treatment within three weeks.",
             "Head of Probation Delivery Unit; Drug and Alcohol Commissioning Manager", "Q4 2024/25",
             "Awaiting mobilisation of the new treatment contract.", "Not started"),
            ("2.3", "Review the Integrated Offender Management cohort with partners every quarter.",
             "IOM Police Inspector", "Quarterly",
             "Q2 review held on 12 September 2024.", "Green"),
        ]),
    ]),
    ("Priority 3: Creating safe and strong communities", [
        ("Anti-social behaviour", [
            ("3.1", "Review the ASB case review (Community Trigger) process and publish the annual data.",
             "Community Safety Manager (SCC)", "31/07/2024",
             "Annual data published on 25 July 2024.", "Complete"),
            ("3.2", "Deploy designated neighbourhood officers to the three wards with the highest rates of anti-social behaviour.",
             "Southampton District Commander", "June 2024",
             "Officers in post in Bevois, Bargate and Woolston.", "Complete"),
        ]),
        ("Community cohesion", [
            ("3.3", "Deliver community cohesion and reassurance activity with faith and community leaders following the disorder in summer 2024.",
             "Head of Stronger Communities", "Ongoing",
             "Community reassurance meetings held weekly in August and monthly since.", "Green"),
        ]),
    ]),
]


def build_southampton(path):
    n = len(SOTON_HEAD)

    def line(*cells):
        cells = list(cells) + [""] * (n - len(cells))
        return "\t".join(cells)

    out = [
        line("Southampton Safe City Partnership"),
        line(SOTON_TITLE),
        line("Quarter 2 progress report (July – September 2024)"),
        line(),
        line("RAG: Green = on track; Amber = some risk to delivery; Red = off track; Complete = delivered; Not started = not yet due to start"),
        line(),
        line(*SOTON_HEAD),
    ]
    for prio, areas in SOTON_PLAN:
        out.append(line(prio))
        for area, acts in areas:
            out.append(line(area))
            for a in acts:
                out.append(line(*a))
        out.append(line())
    out.append(line("Summary: 10 actions – Complete 2; Green 6; Amber 1; Red 0; Not started 1"))
    out.append(line("Next update: Safe City Partnership Executive, January 2025"))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


FILES = {
    "en2-haringey-sab-sar-beatrice-action-plan.xlsx": build_haringey,
    "en2-uhmb-nhsft-board-of-directors-action-sheet.xlsx": build_uhmb,
    "en2-coventry-city-council-corporate-risk-register-2025-26.xlsx": build_coventry,
    "en2-safer-plymouth-dhr-hannah-action-plan.docx": build_plymouth,
    "en2-mid-yorkshire-teaching-nhs-trust-maternity-neonatal-improvement-plan.docx": build_midyorks,
    "en2-isle-of-anglesey-transformation-programme-highlight-report-typo-month-refuse.csv": build_anglesey,
    "en2-southampton-safe-city-partnership-delivery-plan-q2-2024-25.txt": build_southampton,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
