"""Build the seven fo1- blind test files (set heldout205).

Run with: /work/main/.venv/bin/python fo1_make.py
Writes the data files beside this script. Expected readings are the
NAME.expected.yaml files next to each data file (written separately).
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Manchester City Council - ILACS inspection action plan (xlsx)
# ---------------------------------------------------------------------------
MAN_TITLE = "ILACS Inspection Action Plan 2023–24"
MAN_THEMES = [
    ("Theme 1: The experiences and progress of children who need help and protection", [
        ("1. The timeliness and quality of return home interviews, and how the information from them "
         "is used to reduce risk for children who go missing from home or care.", [
            ("1.1", "Recommission the return home interview service with a revised specification requiring "
                    "interviews to be offered within 72 hours and a completion rate of at least 85%.",
             "Strategic Lead – Complex Safeguarding", D(2023, 9, 30), D(2023, 12, 31),
             "New provider started 1 November 2023. December completion rate 81%, up from 58%.", "A", "G"),
            ("1.2", "Introduce a monthly missing-from-home panel chaired by the Head of Service to review children "
                    "with three or more missing episodes in a rolling 90-day period.",
             "Head of Service, Complex Safeguarding / Missing Co-ordinator", D(2023, 7, 31), None,
             "Panel in place since July 2023; terms of reference agreed.", "G", "B"),
            ("1.3", "Audit 30 return home interviews each quarter and report the findings, including how the "
                    "information was used in children's plans, to the Quality Assurance Board.",
             "Quality Assurance Lead (Children's Social Care)", "Quarterly", None,
             "Q2 audit completed; Q3 audit delayed by staffing and now due February 2024.", "A", "A"),
        ]),
        ("2. The quality of written plans for children in need and those subject to child protection plans, "
         "so that they are specific about what needs to change and by when.", [
            ("2.1", "Relaunch the SMART planning practice standard with all social work teams through locality "
                    "practice workshops, with attendance tracked by team.",
             "Principal Social Worker", D(2023, 10, 31), None,
             "14 workshops held; 92% of social workers attended.", "G", "B"),
            ("2.2", "Revise the child protection plan template in Liquidlogic so that each outcome has a named "
                    "person responsible and a timescale.",
             "Head of Service, Quality Assurance and Safeguarding; Systems Development Manager",
             D(2023, 11, 30), D(2024, 3, 31),
             "Template designed; system release slipped to March 2024 because of the LCS upgrade.", "G", "A"),
        ]),
    ]),
    ("Theme 2: The experiences and progress of children in care and care leavers", [
        ("3. The sufficiency of local homes for children in care, particularly for older children and those "
         "with complex needs.", [
            ("3.1", "Deliver the four new in-house children's homes set out in the Sufficiency Strategy 2023–26, "
                    "with the first two homes registered with Ofsted.",
             "Strategic Lead – Placements and Commissioning", D(2024, 3, 31), D(2024, 9, 30),
             "Planning permission for the second property refused in December 2023; alternative site being sought.",
             "A", "R"),
            ("3.2", "Increase the number of in-house foster carers through a targeted recruitment campaign for carers "
                    "able to care for teenagers and sibling groups.",
             "Head of Fostering", D(2024, 3, 31), None,
             "11 new fostering households approved since April 2023 against a target of 15.", "A", "G"),
        ]),
        ("4. The consistency of pathway plans for care leavers, so that they reflect young people's views and are "
         "updated when their circumstances change.", [
            ("4.1", "Co-produce a new pathway plan format with the care leavers' forum \"Our Voice\".",
             "Leaving Care Service Manager / Participation Lead", D(2023, 12, 31), None,
             "New format launched 4 December 2023.", "G", "B"),
            ("4.2", "Review all pathway plans for care leavers aged 18–21 that have not been updated within six months, "
                    "and update them with the young person.",
             "Team Managers, Leaving Care", D(2024, 1, 31), D(2024, 4, 30),
             "212 of 318 plans reviewed. Revised date agreed by the Improvement Board.", "R", "A"),
        ]),
    ]),
    ("Theme 3: The impact of leaders on social work practice with children and families", [
        ("5. Management oversight and supervision, so that managers' direction is consistently recorded and "
         "evident on children's records.", [
            ("5.1", "Implement the revised supervision policy and recording template across all children's social "
                    "care teams.",
             "Assistant Director, Children's Social Care", D(2023, 9, 30), None,
             "Policy launched September 2023; compliance audit due February 2024.", "G", "G"),
            ("5.2", "Introduce quarterly practice weeks in which senior leaders review children's records alongside "
                    "social workers and managers.",
             "Director of Children's Services", D(2023, 10, 31), None,
             "First practice week held 16–20 October 2023; second held January 2024.", "A", "B"),
        ]),
    ]),
]


def build_manchester(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Manchester City Council – Children's Services"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = MAN_TITLE
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Inspection of local authority children's services: 6–17 March 2023 "
                 "(report published 5 May 2023)")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", D(2023, 6, 14), "Improvement and Performance Team", "Plan submitted to Ofsted"),
            ("1.2", D(2023, 10, 12), "Improvement and Performance Team", "Q2 progress update"),
            ("1.3", D(2024, 1, 31), "Improvement and Performance Team", "January 2024 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _t, recs in MAN_THEMES:
        for _r, acts in recs:
            for a in acts:
                counts[a[7]] += 1
    cov["A12"] = "Summary of current RAG (January 2024)"
    cov["A12"].font = Font(bold=True)
    summ = [("Blue – complete", counts["B"]), ("Green – on track", counts["G"]),
            ("Amber – some slippage", counts["A"]), ("Red – off track", counts["R"]),
            ("Total actions", sum(counts.values()))]
    for i, (k, v) in enumerate(summ):
        cov.cell(row=13 + i, column=1, value=k).border = BOX
        cov.cell(row=13 + i, column=2, value=v).border = BOX
    for col, w in zip("ABCD", (34, 14, 34, 30)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = MAN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update: January 2024    Plan owner: Director of Children's Services"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead officer", "Original completion date", "Revised completion date",
           "Progress update (January 2024)", "Previous RAG (Oct 2023)", "Current RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    boxed(ws, 4, 8)
    r = 5
    for theme, recs in MAN_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="2F5496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, action, lead, orig, rev, prog, prev, cur in acts:
                vals = [ref, action, lead, orig, rev, prog, prev, cur]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                boxed(ws, r, 8)
                for col, v in ((7, prev), (8, cur)):
                    c = ws.cell(row=r, column=col)
                    c.fill = FILL[v]
                    c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised completion dates were agreed by the Children's Improvement "
                                   "Board on 14 December 2023. The original date is kept for audit purposes.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 14, 14, 48, 12, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – action delivered and impact evidenced"),
                                  ("G", "On track to be delivered by the completion date"),
                                  ("A", "Some slippage – mitigation in place"),
                                  ("R", "Off track – escalated to the Children's Improvement Board")]):
        c = key.cell(row=2 + i, column=1, value=k)
        c.fill = FILL[k]
        key.cell(row=2 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Enfield Safeguarding Children Partnership - JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
ENF_TITLE = "Enfield Safeguarding Children Partnership – JTAI Partnership Action Plan"
ENF_AFIS = [
    ("1. The timeliness and quality of police notifications to the MASH, including the information "
     "recorded about children's lived experience.", [
        ("1.1", "Implement a daily triage meeting between the MASH police team and MASH social work managers to "
                "review all Merlin reports received in the previous 24 hours.",
         "Met Police (North Area BCU) – MASH Detective Inspector", "July 2024",
         "Daily triage in place since 8 July 2024. Average time from incident to MASH decision down from 6 to 2 days.",
         "Daily triage meeting minutes; MASH timeliness data", "B"),
        ("1.2", "Deliver briefings to all North Area BCU response officers on recording the voice and lived "
                "experience of children in Merlin reports.",
         "Met Police – Safeguarding Training Lead", "September 2024",
         "6 of 9 response teams briefed; remaining teams delayed by abstractions for public order duties.",
         "Attendance records; dip sample of Merlin reports", "A"),
        ("1.3", "Dip sample 40 Merlin reports each quarter and report the findings to the ESCP Quality Assurance "
                "Subgroup.",
         "Chair of QA Subgroup\nMASH Detective Inspector", "Quarterly",
         "First dip sample reported October 2024.", "QA Subgroup minutes", "G"),
    ]),
    ("2. The involvement of health professionals, including GPs, in strategy discussions and the sharing of "
     "health information at the point of referral.", [
        ("2.1", "Establish a health navigator role in the MASH, funded jointly by NCL ICB and Enfield Council, to "
                "gather health information for all referrals progressing to a strategy discussion.",
         "NCL ICB Designated Nurse for Safeguarding Children; Enfield Head of MASH", D(2024, 12, 31),
         "Funding agreed. Post advertised twice; interim cover from the Named Nurse team.",
         "Proportion of strategy discussions with health information", "A"),
        ("2.2", "Agree a protocol with GP practices for timely contribution to strategy discussions, including a "
                "named safeguarding contact for each Primary Care Network.",
         "Named GP for Safeguarding Children", "Q4 2024/25",
         "Draft protocol not yet agreed by the Local Medical Committee.",
         "GP attendance at strategy discussions", "R"),
    ]),
    ("3. The partnership's understanding of the impact of its early help offer for children whose needs are "
     "identified at the front door but do not meet the threshold for statutory services.", [
        ("3.1", "Develop a multi-agency early help dashboard showing step-down outcomes from the MASH, reviewed "
                "at each ESCP Executive meeting.",
         "Head of Early Help and Youth Services", "End of January 2025",
         "Dashboard specification agreed; first version presented in draft at the November Executive.",
         "Dashboard; Executive minutes", "G"),
        ("3.2", "Complete a thematic multi-agency audit of 25 children stepped down to early help from the MASH "
                "between April and September 2024.",
         "ESCP Business Manager", "November 2024",
         "Audit completed and reported to the Executive on 6 November 2024.", "Audit report", "B"),
        ("3.3", "Refresh the Enfield Continuum of Need (threshold) guidance and relaunch it through partnership "
                "learning events.",
         "ESCP Business Manager & Head of Early Help and Youth Services", "March 2025",
         "Not yet started – scheduled to begin in January 2025.", "Learning event evaluations", None),
    ]),
]


def build_enfield(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws["A1"] = ENF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Joint targeted area inspection of the multi-agency response to identification of initial need "
                "and risk (fieldwork 10–14 June 2024)")
    ws["A3"] = "Version 3 – updated 12/11/2024 for the ESCP Executive"
    ws["A3"].font = Font(italic=True)
    # RAG key to the right of the title block
    ws["J1"] = "RAG key"
    ws["J1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("R", "Off track"), ("A", "At risk"), ("G", "On track"), ("B", "Complete")]):
        ws.cell(row=2 + i, column=10).fill = FILL[k]
        ws.cell(row=2 + i, column=11, value=txt)
    hdr = ["Area for improvement", "Ref", "Action", "Lead agency / officer", "Timescale", "Progress update",
           "Evidence / measure of success", "RAG"]
    HR = 7
    for j, h in enumerate(hdr):
        c = ws.cell(row=HR, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    boxed(ws, HR, 8)
    r = HR + 1
    for afi, acts in ENF_AFIS:
        first = r
        ws.cell(row=r, column=1, value=afi)
        for ref, action, lead, when, prog, ev, rag in acts:
            vals = [None, ref, action, lead, when, prog, ev, None]
            for j, v in enumerate(vals):
                if v is None:
                    continue
                c = ws.cell(row=r, column=1 + j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            boxed(ws, r, 8)
            if rag:
                ws.cell(row=r, column=8).fill = FILL[rag]
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (40, 6, 55, 34, 16, 45, 30, 7)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"),
                                ("BCU", "Basic Command Unit (Metropolitan Police)"),
                                ("ESCP", "Enfield Safeguarding Children Partnership"),
                                ("MASH", "Multi-Agency Safeguarding Hub"),
                                ("NCL ICB", "North Central London Integrated Care Board"),
                                ("PCN", "Primary Care Network")]):
        g.cell(row=1 + i, column=1, value=a)
        g.cell(row=1 + i, column=2, value=b)
    g.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. City of Wolverhampton - Early Help Strategy delivery plan (xlsx, refuse)
# ---------------------------------------------------------------------------
WOL_TITLE = "Early Help Strategy 2024–2027: Delivery Plan"
WOL_PRIORITIES = [
    ("Priority 1 – Right help at the right time", [
        ("EH1.1", "Open the remaining three Family Hubs so that every locality has a hub offering the "
                  "Start for Life and early help offer.",
         "Head of Early Help and Family Hubs", "September 2024",
         "All eight Family Hubs open from 2 September 2024.", "Complete"),
        ("EH1.2", "Introduce a single early help request form and triage through the Front Door for all partners.",
         "Early Help Partnership Manager", "December 2024",
         "Form live in Eclipse; partner briefings under way.", "On track"),
        ("EH1.3", "Agree a step-up and step-down protocol between early help and children's social care.",
         "Service Manager – Early Help / Service Manager – MASH", "March 2025",
         "Draft protocol shared with the Safeguarding Together Partnership.", "On track"),
    ]),
    ("Priority 2 – A confident and skilled workforce", [
        ("EH2.1", "Deliver Lead Practitioner training to 150 staff in schools, health and the voluntary sector.",
         "Workforce Development Lead", "March 2025",
         "86 practitioners trained to date; school uptake lower than planned.", "At risk"),
        ("EH2.2", "Launch an early help practice standards audit, completed quarterly by team managers.",
         "Quality Assurance Manager", "Febuary 2025",
         "Audit tool agreed; first audit cycle planned for Q4.", "On track"),
    ]),
    ("Priority 3 – Hearing the voice of children and families", [
        ("EH3.1", "Recruit and train 12 parent champions to co-design Family Hub services.",
         "Family Hubs Participation Officer", "January 2025",
         "7 parent champions recruited.", "On track"),
        ("EH3.2", "Gather feedback from every family at the close of an early help assessment and report themes "
                  "to the Early Help Partnership Board.",
         "Early Help Partnership Manager", "Quarterly",
         "Feedback form not yet in Eclipse; paper forms in use.", "At risk"),
        ("EH3.3", "Publish an annual 'You said, we did' report for families using early help services.",
         "Head of Early Help and Family Hubs", "June 2025",
         "", "Not started"),
    ]),
]
WOL_TYPO_ROW = None  # filled in by build_wolverhampton


def build_wolverhampton(path):
    global WOL_TYPO_ROW
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "City of Wolverhampton Council"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = WOL_TITLE
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Quarter 2 2024/25 position – report to the Early Help Partnership Board, 17 October 2024"
    cols = ["Priority", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, h in enumerate(cols):
        c = s.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    totals = [0] * 6
    for i, (pri, acts) in enumerate(WOL_PRIORITIES):
        st = [a[5] for a in acts]
        vals = [len(acts), st.count("Complete"), st.count("On track"), st.count("At risk"),
                st.count("Off track"), st.count("Not started")]
        s.cell(row=6 + i, column=1, value=pri).border = BOX
        for j, v in enumerate(vals):
            s.cell(row=6 + i, column=2 + j, value=v).border = BOX
            totals[j] += v
    tr = 6 + len(WOL_PRIORITIES)
    s.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals):
        s.cell(row=tr, column=2 + j, value=v).font = Font(bold=True)
    s.column_dimensions["A"].width = 48

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = WOL_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status as at 30 September 2024"
    hdr = ["Priority", "Ref", "What we will do", "Who is leading", "By when", "Q2 update", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
    boxed(ws, 4, 7)
    r = 5
    status_fill = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    for pri, acts in WOL_PRIORITIES:
        for k, (ref, what, lead, when, upd, status) in enumerate(acts):
            vals = [pri if k == 0 else None, ref, what, lead, when, upd or None, status]
            for j, v in enumerate(vals):
                if v is not None:
                    ws.cell(row=r, column=1 + j, value=v)
            boxed(ws, r, 7)
            if k == 0:
                ws.cell(row=r, column=1).font = Font(bold=True)
            if status in status_fill:
                ws.cell(row=r, column=7).fill = FILL[status_fill[status]]
            if when.startswith("Febuary"):
                WOL_TYPO_ROW = r
            r += 1
    for col, w in zip("ABCDEFG", (30, 8, 55, 34, 16, 45, 12)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Peterborough Local Area SEND Partnership - priority action plan (docx)
# ---------------------------------------------------------------------------
PET_TITLE = "Peterborough Local Area SEND Partnership: Priority Action Plan"
PET_SECTIONS = [
    ("Section A: Areas for priority action", [
        ("Area for priority action 1",
         "Leaders across the partnership should urgently improve the timeliness of education, health and care "
         "(EHC) needs assessments and the quality of EHC plans, so that children and young people's needs are "
         "accurately identified and met.", [
            ("A1.1", "Implement the EHC needs assessment recovery plan, with weekly tracking of all assessments "
                     "beyond 16 weeks at the SEND Performance Group.",
             "Head of SEND Services", "Jan 2025", "Jul 2025",
             "80% of new EHC plans issued within 20 weeks", "Green"),
            ("A1.2", "Recruit four additional EHC co-ordinators and two educational psychologists on fixed-term "
                     "contracts.",
             "Head of SEND Services; Principal Educational Psychologist", "Jan 2025", "31/03/2025",
             "Posts filled; caseloads below 180 per co-ordinator", "Amber"),
            ("A1.3", "Introduce a multi-agency EHC plan quality assurance framework.\nMonthly moderation panels to "
                     "include Peterborough Parent Carer Forum representatives.",
             "Designated Clinical Officer (ICB) / SEND Quality Assurance Lead", "Feb 2025", "Summer term 2025",
             "70% of audited plans judged good or better", "Green"),
        ]),
        ("Area for priority action 2",
         "Leaders should ensure that children and young people waiting for neurodevelopmental assessment, and "
         "their families, receive appropriate support while they wait, and that waiting times reduce.", [
            ("A2.1", "Commission a 'waiting well' support offer for families waiting for autism and ADHD "
                     "assessment, co-produced with the Parent Carer Forum.",
             "ICB Head of Children's Commissioning", "Jan 2025", "Apr 2025",
             "Offer live; family feedback collected", "Green"),
            ("A2.2", "Validate the neurodevelopmental waiting list and write to every family with an expected "
                     "wait time and a named contact.",
             "CPFT Service Director – Children's Services", "Dec 2024", "Feb 2025",
             "100% of families contacted", "Complete"),
            ("A2.3", "Publish neurodevelopmental waiting time data on the Local Offer.",
             "ICB Head of Children's Commissioning & Local Offer Manager", "Mar 2025", "Monthly",
             "Data published each month", "Green"),
        ]),
    ]),
    ("Section B: Areas for improvement", [
        ("Area for improvement 1",
         "Leaders should improve the quality and consistency of preparation for adulthood planning from Year 9 "
         "onwards, including for young people with SEND in alternative provision.", [
            ("B1.1", "Embed preparing for adulthood outcomes in all Year 9 annual review templates and train "
                     "SENCOs in their use.",
             "Preparing for Adulthood Lead", "Apr 2025", "Autumn term 2025",
             "Year 9 reviews include PfA outcomes", "Not started"),
            ("B1.2", "Establish a 14–25 transitions panel with adult social care, health and post-16 providers.",
             "Transitions Service Manager (Adult Social Care)", "Mar 2025", "Sep 2025",
             "Panel terms of reference agreed; all Year 11 young people with EHC plans discussed", "Green"),
        ]),
    ]),
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    if bold:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for p in parts[1:]:
        para = cell.add_paragraph(p)
        if bold:
            for run in para.runs:
                run.bold = True


def build_peterborough(path):
    doc = Document()
    doc.add_paragraph("Peterborough City Council  |  NHS Cambridgeshire and Peterborough ICB  |  "
                      "Peterborough Parent Carer Forum")
    doc.add_heading(PET_TITLE, level=0)
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection (fieldwork 14–25 October 2024; "
                      "report published 6 December 2024)")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("0.4", "17/01/2025", "SEND Improvement Programme Manager", "SEND Strategic Partnership Board"),
                ("1.0", "31/01/2025", "SEND Improvement Programme Manager", "Submitted to Ofsted and CQC"),
                ("1.1", "28/04/2025", "SEND Improvement Programme Manager", "Q1 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("This plan sets out how the Peterborough local area partnership will address the two areas "
                      "for priority action and the area for improvement identified by inspectors. Progress is "
                      "reported monthly to the SEND Strategic Partnership Board and quarterly to the Department "
                      "for Education and NHS England.")
    doc.add_paragraph("RAG key", style=None).runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, word, meaning in [("0070C0", "Complete", "Action delivered and evidence of impact agreed"),
                               ("00B050", "Green", "On track"),
                               ("FFC000", "Amber", "Some risk to delivery – mitigation in place"),
                               ("FF0000", "Red", "Off track – escalated to the SEND Strategic Partnership Board")]:
        cells = k.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], col)
        set_cell(cells[1], meaning)
    rag_col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for section, areas in PET_SECTIONS:
        doc.add_heading(section, level=1)
        for kind, text, acts in areas:
            doc.add_heading(kind, level=2)
            p = doc.add_paragraph()
            run = p.add_run(text)
            run.italic = True
            tab = doc.add_table(rows=1, cols=7)
            tab.style = "Table Grid"
            for c, h in zip(tab.rows[0].cells, ["Ref", "Action", "Lead(s)", "Start", "End",
                                                 "Success measure", "RAG"]):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for ref, action, lead, start, end, measure, rag in acts:
                cells = tab.add_row().cells
                for c, v in zip(cells, [ref, action, lead, start, end, measure, rag]):
                    set_cell(c, v)
                if rag in rag_col:
                    shade(cells[6], rag_col[rag])
            doc.add_paragraph()
    doc.add_heading("Governance and sign-off", level=1)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Name", "Role", "Date signed"]):
        set_cell(c, h, bold=True)
    for row in [("Helen Marsh", "Executive Director of Children's Services, Peterborough City Council", "30/01/2025"),
                ("Dr Alan Whitcombe", "Director of Nursing and Quality, Cambridgeshire and Peterborough ICB", "30/01/2025")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Royal Borough of Greenwich - Corporate Parenting Board action plan (docx)
# ---------------------------------------------------------------------------
GRE_TITLE = "Corporate Parenting Board Action Plan 2024–25"
GRE_PLEDGES = [
    ("Pledge 1: We will listen to you and make sure your views shape our services", [
        ("1", "Hold quarterly 'Takeover' sessions where members of the Children in Care Council set the agenda "
              "for the Corporate Parenting Board.",
         "Participation Manager", "Quarterly",
         "Takeover sessions held in July and October 2024; January session planned around housing.", "Green"),
        ("2", "Publish a 'You said, we did' summary after every Corporate Parenting Board meeting on the "
              "Greenwich care experienced website.",
         "Participation Manager", "June 2024",
         "Published after each Board since June 2024.", "Blue"),
    ]),
    ("Pledge 2: We will help you to do well in education, training and work", [
        ("3", "Every child in care aged 3–18 to have a high-quality Personal Education Plan reviewed each term.\n"
              "PEP completion and quality to be reported to every Board meeting.",
         "Virtual School Headteacher", "Termly",
         "Autumn term completion 91%; 68% of PEPs judged good or better.", "Amber"),
        ("4", "Create 20 ring-fenced apprenticeships and work placements for care leavers across the Council "
              "and its partners.",
         "Head of Leaving Care Service & HR Business Partner", "Sept 2024 – March 2025",
         "11 places created so far, 7 within the Council. Discussions continuing with Lewisham and Greenwich NHS "
         "Trust and Greenwich Leisure Ltd.", "Amber"),
    ]),
    ("Pledge 3: We will help you to be healthy and feel safe", [
        ("5", "Ensure all initial health assessments are completed within 20 working days of a child coming into "
              "care.",
         "Designated Doctor for Children in Care; Head of Children in Care", "By 31 December 2024",
         "Q3 timeliness 54%. Delays in notifications from placing social workers and in clinic capacity.", "Red"),
        ("6", "Extend the CAMHS Children in Care pathway to children placed within 20 miles of Greenwich.",
         "SEL ICB Children's Commissioning Lead", "March 2025",
         "Due to start in Q4 once the contract variation is agreed.", "Not started"),
    ]),
    ("Pledge 4: We will help you to have a safe, stable home and prepare for adult life", [
        ("7", "Extend the council tax exemption to all Greenwich care leavers up to age 25, wherever they live.",
         "Director of Finance", "April 2024",
         "Agreed at Cabinet in February 2024 and in place from 1 April 2024.", "Blue"),
        ("8", "Increase the number of Staying Put arrangements by reviewing the allowance paid to former foster "
              "carers.",
         "Head of Fostering", "Ongoing",
         "Allowance increased from October 2024; 14 young people now in Staying Put arrangements.", "Green"),
    ]),
]
# A continuation row (progress only) after action 4, as happens when an update runs over
GRE_CONTINUATION_AFTER = "4"
GRE_CONTINUATION_TEXT = ("(continued) Care leavers' forum asked for placements to include travel costs – "
                         "being costed by HR.")


def build_greenwich(path):
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Royal Borough of Greenwich")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(GRE_TITLE, level=1)
    doc.add_paragraph("Our promise to children in care and care leavers – progress update for the Corporate "
                      "Parenting Board, 22 January 2025")
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – some delay, recovery action in "
                      "place; Red – significant delay or risk; Not started – due to begin later in the year.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "What we will do", "Lead", "When", "Progress update (January 2025)",
                                      "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "C00000")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for pledge, acts in GRE_PLEDGES:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, pledge, bold=True)
        shade(merged, "F2DCDB")
        for no, what, lead, when, prog, status in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, what, lead, when, prog, status]):
                set_cell(c, v)
            if no == GRE_CONTINUATION_AFTER:
                cells = t.add_row().cells
                set_cell(cells[4], GRE_CONTINUATION_TEXT)
    doc.add_paragraph()
    doc.add_paragraph("Next update: Corporate Parenting Board, 23 April 2025. Contact: corporate.parenting@"
                      "royalgreenwich.gov.uk")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Luton Youth Justice Service - HMIP inspection improvement plan (csv)
# ---------------------------------------------------------------------------
LUT_TITLE = "Luton Youth Justice Service – HMIP Inspection Improvement Plan"
LUT_GROUPS = [
    ("The Luton Youth Justice Management Board should:", [
        ("R1. ensure that board members understand and effectively challenge the performance of the YJS, "
         "including on disproportionality", [
            ("1.1", "Deliver a board induction and development session covering the HMIP standards, YJS performance "
                    "data and disproportionality.",
             "Chair of the Youth Justice Management Board", "30/11/2024", "",
             "Session held 14 November 2024; 11 of 13 board members attended.", "Complete"),
            ("1.2", "Add a disproportionality dashboard to the quarterly performance report, with an agreed set of "
                    "questions for board members.",
             "Head of Youth Justice Service / Performance & Intelligence Manager", "31/12/2024", "31/03/2025",
             "Dashboard in draft. Ethnicity data for out-of-court disposals not yet received from Bedfordshire "
             "Police.", "A"),
        ]),
        ("R2. ensure that children known to the YJS have timely access to speech, language and communication "
         "assessment and support", [
            ("2.1", "Agree funding for a dedicated speech and language therapist within the YJS for two years.",
             "BLMK ICB Associate Director – Children and Young People", "31/01/2025", "",
             "Funding agreed at the ICB investment panel on 9 January 2025; recruitment under way.", "G"),
            ("2.2", "Screen all children entering the YJS for speech, language and communication needs as part of "
                    "the AssetPlus assessment.",
             "YJS Operational Manager", "31/10/2024", "",
             "Screening added to the assessment checklist in October 2024.", "Complete"),
        ]),
    ]),
    ("The Head of Luton Youth Justice Service should:", [
        ("R3. improve the quality of assessment and planning to keep other people safe", [
            ("3.1", "Deliver practice workshops on risk of serious harm assessment and contingency planning for all "
                    "case managers.\nFollow up with monthly case audits by team managers.",
             "YJS Practice Development Lead", "28/02/2025", "",
             "Two of three workshops delivered; audits started in December.", "G"),
            ("3.2", "Introduce a weekly risk and vulnerability panel for all children assessed as high or very high "
                    "risk.",
             "YJS Operational Manager", "30/09/2024", "",
             "Panel running weekly since 2 September 2024.", "Complete"),
        ]),
        ("R4. ensure that victims are offered timely contact and that their views inform planning", [
            ("4.1", "Review the victim contact process so that all victims are contacted within 10 working days of "
                    "the YJS receiving the referral.",
             "Restorative Justice Co-ordinator", "31/12/2024", "28/02/2025",
             "Process mapped with Bedfordshire Police; delays in receiving victim details remain.", "A"),
            ("4.2", "Include the victim's views section in AssetPlus plan quality audits.",
             "YJS Quality Assurance Lead", "31/03/2025", "",
             "Not started.", ""),
        ]),
        ("R5. ensure that resettlement policy and practice meet the needs of children leaving custody", [
            ("5.1", "Write a resettlement policy in line with YJB guidance, with input from children who have been "
                    "in custody.",
             "Head of Youth Justice Service", "31/12/2024", "",
             "Policy not yet drafted; lead on long-term absence and cover being arranged.", "R"),
        ]),
    ]),
]


def build_luton(path):
    ncol = 8
    rows = [
        [LUT_TITLE] + [""] * (ncol - 1),
        ["Inspection fieldwork 8–12 July 2024; report published 1 October 2024. Overall rating: Requires "
         "improvement"] + [""] * (ncol - 1),
        ["Plan owner: Luton Youth Justice Management Board. Last updated: 20/01/2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Recommendation", "Ref", "Action", "Owner", "Target date", "Revised target date", "Progress update",
         "RAG"],
    ]
    for addressee, recs in LUT_GROUPS:
        rows.append([addressee] + [""] * (ncol - 1))
        for rec, acts in recs:
            for k, (ref, action, owner, tgt, rev, prog, rag) in enumerate(acts):
                rows.append([rec if k == 0 else "", ref, action, owner, tgt, rev, prog, rag])
    rows.append([""] * ncol)
    rows.append(["RAG key: R = off track; A = at risk; G = on track; Complete = signed off by the Management Board"]
                + [""] * (ncol - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. The Highland Council - adoption service Care Inspectorate improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
HIG_TITLE = "The Highland Council Adoption Service – Care Inspectorate Inspection Improvement Plan"
HIG_ITEMS = [
    ("Requirement 1: By 31 January 2024, the provider must ensure that all prospective adopters are assessed "
     "within the timescales set out in the Adoption Agencies (Scotland) Regulations 2009.", [
        ("R1.1", "Introduce an assessment tracker reviewed fortnightly by the Adoption Team Leader, with escalation "
                 "where an assessment exceeds six months.",
         "Adoption Team Leader", "31/01/2024", "Tracker in use from 2 October 2023.", "Complete"),
        ("R1.2", "Allocate two additional social workers from Family Based Care to clear the backlog of adopter "
                 "assessments.",
         "Service Manager – Family Based Care", "December 2023", "Backlog of 9 assessments cleared.", "Complete"),
    ]),
    ("Requirement 2: By 31 March 2024, the provider must ensure that the adoption panel receives complete and "
     "quality-assured reports, including up-to-date medical information, for all matching recommendations.", [
        ("R2.1", "Develop a panel report quality checklist, completed by the team leader before papers are issued.",
         "Adoption Team Leader / Panel Adviser", "March 2024", "Checklist drafted and in use from February panel.",
         "On track"),
        ("R2.2", "Agree a service level agreement with NHS Highland for medical adviser reports to be provided "
                 "within 15 working days of request.",
         "Principal Officer (Family Based Care) & NHS Highland Medical Adviser", "Q1 2024/25",
         "Draft SLA with NHS Highland legal services.", "Amber – delayed"),
    ]),
    ("Area for improvement 1: To support good outcomes for children, the service should ensure that life story "
     "work is started early and that every child placed for adoption has a completed life story book within six "
     "months of the adoption order.", [
        ("AFI1.1", "Train all adoption and family placement workers in the Highland life story work approach.",
         "Learning and Development Officer (Children's Services)", "April 2024",
         "Two training dates booked for March and April.", "On track"),
        ("AFI1.2", "Audit life story books for all children placed in the last 12 months and complete any "
                   "outstanding work.",
         "Adoption Team Leader", "30/06/2024", "", "Not started"),
    ]),
    ("Area for improvement 2: The service should improve the support offered to adoptive families after an adoption "
     "order is granted, so that families know how to access post-adoption support.", [
        ("AFI2.1", "Publish the post-adoption support offer on the Highland Council website and send it to all "
                   "families with an adoption order granted since 2020.",
         "Post Adoption Support Worker", "Ongoing", "Web page live; letters sent to 41 families.", "On track"),
    ]),
]


def build_highland(path):
    lines = [
        HIG_TITLE,
        "Health and Social Care Service – Children's Services",
        "Inspection dates: 4–15 September 2023\tReport published: 10 November 2023",
        "How well do we support children and young people's rights and wellbeing? – 3 Adequate",
        "",
        "Ref\tAction\tResponsible\tTimescale\tProgress (January 2024)\tStatus",
    ]
    for heading, acts in HIG_ITEMS:
        lines.append(heading)
        for ref, action, resp, when, prog, status in acts:
            lines.append("\t".join([ref, action, resp, when, prog, status]))
    lines += [
        "",
        "Prepared by: Adoption Team Leader. Reviewed at the Family Based Care management meeting on 22/01/2024.",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "fo1-manchester-city-council-ilacs-action-plan.xlsx": build_manchester,
    "fo1-enfield-safeguarding-partnership-jtai-action-plan.xlsx": build_enfield,
    "fo1-wolverhampton-early-help-strategy-delivery-plan-typo-month-refuse.xlsx": build_wolverhampton,
    "fo1-peterborough-send-priority-action-plan.docx": build_peterborough,
    "fo1-greenwich-corporate-parenting-board-action-plan.docx": build_greenwich,
    "fo1-luton-yjs-hmip-improvement-plan.csv": build_luton,
    "fo1-highland-council-adoption-service-care-inspectorate-improvement-plan.txt": build_highland,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("Wolverhampton typo month is on Delivery Plan sheet row", WOL_TYPO_ROW)


if __name__ == "__main__":
    main()
