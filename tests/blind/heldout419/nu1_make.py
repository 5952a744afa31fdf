"""Build the seven nu1- blind test files (set heldout419).

Run with /work/main/.venv/bin/python nu1_make.py  (needs openpyxl, python-docx).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DEEAF6"),
}
WORD_FILL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Leeds City Council - ILACS post-inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
LEEDS_RECS = [
    ("Contingency planning in children’s written plans.", [
        ("1.1", "Amend the child in need, child protection and child looked after plan templates in Mosaic so that each plan includes a mandatory ‘What will happen if things do not change?’ section, written with the family.",
         "Head of Service – Safeguarding, Review and Reporting / Mosaic Development Manager",
         d(2022, 7, 31), d(2022, 9, 30), "Amber", "Blue",
         "New templates went live on 26 September 2022. Practice guidance issued to all teams."),
        ("1.2", "Deliver ‘Planning for what if’ practice workshops for social workers, team managers and family support workers, using case examples from audit.",
         "Principal Social Worker",
         d(2022, 12, 31), None, "Green", "Blue",
         "14 workshops delivered to 312 staff between October and December 2022."),
        ("1.3", "Child protection chairs and Independent Reviewing Officers to check the quality of contingency plans at every conference and review, and raise a practice alert where the plan is missing or unclear.",
         "Head of Safeguarding Unit",
         d(2022, 9, 30), d(2023, 3, 31), "Amber", "Green",
         "Practice alerts in place; 41 alerts raised October–December 2022, mostly on child in need plans. Date extended to test impact."),
        ("1.4", "Add a contingency planning question to the monthly single-agency and multi-agency practice audit tools and report themes quarterly to the Children and Families Leadership Team.",
         "Quality Assurance Service Manager",
         "MAR23", None, "Green", "Amber",
         "Question added to the single-agency tool from November 2022. Multi-agency tool to be agreed at the LSCP Quality Assurance sub-group in February 2023."),
    ]),
    ("Consistent decision-making for strategy discussions.", [
        ("2.1", "Agree with West Yorkshire Police and health partners a Leeds multi-agency standard for strategy discussions, setting out who must attend, the information to be shared and how decisions and rationale are recorded.",
         "Head of Service (Front Door) / DCI Safeguarding Central Referral Unit",
         d(2022, 6, 30), d(2022, 10, 31), "Amber", "Blue",
         "Standard agreed by the LSCP Executive on 19 October 2022 and published on the LSCP website."),
        ("2.2", "Introduce a strategy discussion recording form in Mosaic with mandatory fields for the threshold decision, the rationale and the agencies present.",
         "Mosaic Development Manager",
         d(2022, 9, 30), d(2023, 2, 28), "Red", "Amber",
         "Build delayed by the Mosaic upgrade. User testing in January 2023; go-live planned for 27 February 2023."),
        ("2.3", "Front Door team managers to dip sample 20 strategy discussions each month and feed back learning to practitioners and partner agencies.",
         "Front Door Team Managers",
         "Monthly from July 2022", None, "Green", "Green",
         "Dip samples completed every month since July 2022; learning shared through the Front Door partnership meeting."),
        ("2.4", "Refresh the LSCP multi-agency training on strategy discussions and section 47 enquiries so that it reflects the new Leeds standard.",
         "LSCP Business Manager",
         d(2023, 3, 31), None, "New action", None,
         "Not yet started – course redesign scheduled for February 2023."),
    ]),
]


def make_leeds():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Leeds City Council – Children and Families"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection of Local Authority Children’s Services (ILACS): Post-Inspection Improvement Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Inspection fieldwork: 21 February – 4 March 2022. Overall effectiveness: Outstanding."
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    header_row(ws, 6, ["Version", "Date", "Author", "Summary of changes", "Approved by"])
    rows = [
        ("0.1", d(2022, 5, 13), "Head of Service – Performance and Improvement", "First draft following publication of the inspection report", "—"),
        ("1.0", d(2022, 6, 7), "Head of Service – Performance and Improvement", "Final plan shared with Ofsted", "Director of Children and Families"),
        ("1.2", d(2022, 10, 28), "Improvement Programme Officer", "Progress update (October 2022)", "Deputy Director – Social Work and Social Care"),
        ("1.3", d(2023, 1, 31), "Improvement Programme Officer", "Progress update for Children and Families Scrutiny Board", "Deputy Director – Social Work and Social Care"),
    ]
    for r, row in enumerate(rows, start=7):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [("Blue", "Action complete and impact evidenced"),
           ("Green", "On track to be delivered by the target date"),
           ("Amber", "Some slippage – revised date agreed"),
           ("Red", "Off track / significant risk to delivery")]
    for r, (k, v) in enumerate(key, start=13):
        ws.cell(row=r, column=1, value=k).fill = FILL[WORD_FILL[k]]
        ws.cell(row=r, column=2, value=v)
    ws["A18"] = "Governance: progress is reported monthly to the Children and Families Leadership Team and quarterly to the Leeds Safeguarding Children Partnership (LSCP) Executive."
    for col, w in zip("ABCDE", (12, 14, 42, 52, 40)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Post-Inspection Improvement Plan – Leeds Children and Families"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 31 January 2023"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Ofsted recommendation", "Action", "Lead officer(s)",
                       "Original target date", "Revised target date",
                       "Previous RAG (Oct 2022)", "Current RAG (Jan 2023)",
                       "Progress update and evidence of impact"])
    r = 5
    for rec, actions in LEEDS_RECS:
        first = r
        for ref, action, lead, orig, rev, prev, cur, upd in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            if orig == "MAR23":
                c = ws.cell(row=r, column=5, value=d(2023, 3, 1))
                c.number_format = "mmm-yy"
            else:
                c = ws.cell(row=r, column=5, value=orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=6, value=rev)
            if rev is not None:
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=prev)
            if prev in WORD_FILL:
                c.fill = FILL[WORD_FILL[prev]]
            c = ws.cell(row=r, column=8, value=cur)
            if cur in WORD_FILL:
                c.fill = FILL[WORD_FILL[cur]]
            ws.cell(row=r, column=9, value=upd)
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        ws.cell(row=first, column=2, value=rec)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
        ws.cell(row=first, column=2).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Note: actions rated Blue stay on the plan for one further reporting cycle to evidence sustained impact and are then archived.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 30, 60, 34, 14, 14, 14, 14, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "RAG summary – position at 31 January 2023"
    ws["A1"].font = Font(bold=True)
    header_row(ws, 3, ["Current RAG", "Number of actions"])
    for i, (k, n) in enumerate([("Blue", 3), ("Green", 2), ("Amber", 2), ("Red", 0), ("Not yet rated", 1), ("Total", 8)], start=4):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=n)
        if k in WORD_FILL:
            ws.cell(row=i, column=1).fill = FILL[WORD_FILL[k]]
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 18
    wb.save(path("nu1-leeds-city-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Durham County Council - focused visit action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
DURHAM_AFIS = [
    ("1", "The consistency of management oversight and supervision, so that the rationale for key decisions is clearly recorded on children’s records.", [
        ("1.1", "Refresh the supervision policy and recording template so that every supervision records the decision made, the reason for it and the next review date.", "Strategic Manager – Quality, Performance and Practice", d(2025, 4, 1), "Green", "Revised template approved by Children’s Social Care Management Team; launch 1 April."),
        ("1.2", "Team managers to record a management oversight entry at each key decision point (strategy discussion, end of assessment, step-down).", "Team Managers – Families First", d(2025, 6, 1), "Amber", "Monthly compliance report in development with Performance team."),
        ("1.3", "Add a management oversight standard to the monthly practice audit programme and report findings to the Improvement Board.", "Principal Social Worker", d(2025, 7, 1), "Green", "Audit tool updated; first themed audit scheduled for May."),
    ]),
    ("2", "The quality of child in need plans, so that they are specific about what needs to change, who will do what and by when.", [
        ("2.1", "Deliver ‘SMART planning’ workshops for all social workers in Families First and the Child in Need teams.", "Workforce Development Manager", d(2025, 5, 1), "Green", "Six workshops booked April–May; 180 places."),
        ("2.2", "Introduce a child in need review checklist for team managers, including the family’s views and progress against each outcome.", "Strategic Manager – Families First", d(2025, 6, 1), "Green", "Checklist drafted with practitioners; out for comment."),
        ("2.3", "Re-audit a sample of 50 child in need plans to test improvement and report to the Children’s Services Improvement Board.", "Principal Social Worker / Head of Children’s Social Care", "0ct-25", "Amber", "Re-audit to follow the workshop programme."),
    ]),
    ("3", "The response to homeless 16- and 17-year-olds, including timely joint assessments with housing.", [
        ("3.1", "Review the joint protocol for homeless 16- and 17-year-olds with Durham County Council Housing Solutions, including who leads the joint assessment.", "Strategic Manager – Children in Care / Housing Solutions Manager", d(2025, 5, 1), "Red", "Draft protocol delayed; escalated to Head of Children’s Social Care."),
        ("3.2", "Make sure every young person presenting as homeless is told about their right to become looked after and to independent advocacy, and that this is recorded.", "Team Managers – First Contact", d(2025, 4, 1), "Green", "Recording prompt added to the assessment form."),
        ("3.3", "Track all homeless 16- and 17-year-olds through a weekly panel chaired by a senior manager.", "Head of Early Help, Assessment and Safeguarding", d(2025, 9, 1), "Amber", "Panel terms of reference agreed; first meeting April."),
    ]),
]


def make_durham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Durham County Council – Children and Young People’s Services"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Ofsted Focused Visit Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Focused visit: 11 and 12 December 2024 – children in need and children subject to a child protection plan"
    ws["A4"] = "Plan owner: Head of Children’s Social Care   |   Reported to: Children’s Services Improvement Board (bi-monthly)   |   Update: March 2025"
    header_row(ws, 6, ["AFI", "Area for improvement (from Ofsted letter)", "Action No.", "Action",
                       "Lead", "Target date", "RAG", "Update – March 2025"])
    r = 7
    for num, afi, actions in DURHAM_AFIS:
        first = r
        for ref, action, lead, target, rag, upd in actions:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=7, value=rag)
            c.fill = FILL[WORD_FILL[rag]]
            ws.cell(row=r, column=8, value=upd)
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        ws.cell(row=first, column=1, value=int(num))
        ws.cell(row=first, column=2, value=afi)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
        ws.cell(row=first, column=2).fill = FILL["band"]
    r += 1
    ws.cell(row=r, column=1, value="Summary: 9 actions – Green 5, Amber 3, Red 1, Complete 0")
    ws.cell(row=r, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (6, 40, 10, 60, 34, 12, 10, 45)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Green", "On track"), ("Amber", "Some delay – mitigation in place"),
                                 ("Red", "Off track – escalated to Improvement Board"),
                                 ("Blue", "Complete and evidenced")], start=2):
        ws.cell(row=i, column=1, value=k).fill = FILL[WORD_FILL[k]]
        ws.cell(row=i, column=2, value=v)
    wb.save(path("nu1-durham-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Bristol City Council - children's homes Ofsted action tracker (xlsx)
# ---------------------------------------------------------------------------
BRISTOL_HOMES = [
    ("Hillcrest House (SC483920) – full inspection 13 May 2025 – Good", [
        ("Requirement", "The registered person must ensure that each child’s risk assessment sets out how staff will keep them safe if they go missing from the home, and that it is reviewed after every missing episode. (Regulation 12 (1)(2)(a)(i))", [
            ("H1", "Review every child’s missing from home risk assessment and update it within 72 hours of each missing episode.", "Registered Manager", d(2025, 6, 30), "green", "Checked at RI visit 3 July – all up to date."),
            ("H2", "Add missing episode reviews to the monthly Regulation 44 independent visitor checklist.", "Registered Manager / Regulation 44 Visitor", d(2025, 7, 31), "green", "Included from July Reg 44 report."),
        ]),
        ("Recommendation", "The registered person should ensure that children’s records are written in a way that the child would understand if they read them later. (‘Guide to the Children’s Homes Regulations including the quality standards’, page 62, paragraph 14.4)", [
            ("H3", "Deliver recording training for all residential staff, using ‘writing to the child’ examples.", "Residential Practice Lead", d(2025, 11, 30), "amber", "Two of three sessions delivered."),
        ]),
    ]),
    ("Oakfield Road (SC062117) – interim inspection 2 September 2025 – Improved effectiveness", [
        ("Requirement", "The registered person must ensure that all staff receive practice-related supervision by a person with appropriate experience. (Regulation 33 (4)(b))", [
            ("O1", "Set up a supervision schedule for all 14 staff and record supervision dates on the home’s tracker.", "Registered Manager", d(2025, 10, 31), "green", "Schedule in place; 14/14 supervised in October."),
            ("O2", "Responsible Individual to audit supervision records monthly for three months.", "Responsible Individual", d(2025, 12, 31), "amber", "October and November audits complete."),
        ]),
        ("Recommendation", "The registered person should ensure that the home’s location risk assessment is reviewed at least annually and takes account of the views of the police and community safety partners. (‘Guide to the Children’s Homes Regulations including the quality standards’, page 54, paragraph 12.6)", [
            ("O3", "Review the location risk assessment with Avon and Somerset Police and the community safety team.", "Deputy Manager", d(2025, 9, 30), "red", "Overdue – police meeting cancelled twice. RI chasing."),
        ]),
    ]),
    ("Frome View (SC051876) – full inspection 23 October 2025 – Requires improvement to be good", [
        ("Requirement", "The registered person must ensure that medicines are stored, administered and recorded safely, and that staff who administer medicines are trained and assessed as competent. (Regulation 23 (1)(a)(b))", [
            ("F1", "Complete medication competency assessments for all staff who administer medication.", "Registered Manager", d(2025, 12, 15), "amber", "9 of 12 staff assessed."),
            ("F2", "Replace the home’s paper medication records with the electronic MAR system used in other Bristol homes.", "Head of Service / Business Support Manager", d(2026, 1, 31), None, "Awaiting IT install date."),
        ]),
        ("Recommendation", "The registered person should ensure that each child’s placement plan sets out how their education will be supported when they are not attending school. (‘Guide to the Children’s Homes Regulations including the quality standards’, page 26, paragraph 5.9)", [
            ("F3", "Agree an education support plan with the Virtual School for each child not in full-time education.", "Registered Manager and Virtual School Adviser", "Ongoing", "amber", "Plans agreed for 2 of 3 children."),
        ]),
    ]),
]


def make_bristol():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Bristol City Council – Children’s Residential Services"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Ofsted Inspection Action Tracker – Children’s Homes 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Tracker owner: Head of Service (Residential and Placement Support). Last updated: 14/11/2025"
    ws["A4"] = "Status (fill colour): Green = completed and signed off by the Responsible Individual; Amber = in progress; Red = overdue; no fill = not yet started"
    ws["A4"].font = Font(italic=True)
    header_row(ws, 6, ["Ref", "Type", "Ofsted requirement / recommendation", "Action",
                       "Responsible", "Complete by", "Status", "RI comments"])
    r = 7
    for banner, items in BRISTOL_HOMES:
        ws.cell(row=r, column=1, value=banner)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["grey"]
        r += 1
        for typ, text, actions in items:
            first = r
            for ref, action, resp, due, colour, comment in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=action)
                ws.cell(row=r, column=5, value=resp)
                c = ws.cell(row=r, column=6, value=due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=7)
                if colour:
                    c.fill = FILL[colour]
                ws.cell(row=r, column=8, value=comment)
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                r += 1
            ws.cell(row=first, column=2, value=typ)
            ws.cell(row=first, column=3, value=text)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(row=first, column=3).alignment = WRAP
    for col, w in zip("ABCDEFGH", (6, 15, 60, 50, 30, 13, 9, 36)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary by home – 14/11/2025"
    ws["A1"].font = Font(bold=True)
    header_row(ws, 3, ["Home", "Requirements", "Recommendations", "Actions", "Completed", "In progress", "Overdue", "Not started"])
    data = [("Hillcrest House", 1, 1, 3, 2, 1, 0, 0),
            ("Oakfield Road", 1, 1, 3, 1, 1, 1, 0),
            ("Frome View", 1, 1, 3, 0, 2, 0, 1),
            ("Total", 3, 3, 9, 3, 4, 1, 1)]
    for i, row in enumerate(data, start=4):
        for j, v in enumerate(row, start=1):
            ws.cell(row=i, column=j, value=v)
    ws.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Key")
    ws["A1"] = "Status key"
    ws["A1"].font = Font(bold=True)
    for i, (colour, v) in enumerate([("green", "Completed and signed off by the Responsible Individual"),
                                      ("amber", "In progress"), ("red", "Overdue"),
                                      (None, "Not yet started")], start=2):
        c = ws.cell(row=i, column=1)
        if colour:
            c.fill = FILL[colour]
        ws.cell(row=i, column=2, value=v)
    wb.save(path("nu1-bristol-city-council-childrens-homes-ofsted-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


DOCX_FILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}


# ---------------------------------------------------------------------------
# 4. Buckinghamshire Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
BUCKS_AFIS = [
    ("Area for improvement 1",
     "Strengthen the quality and timeliness of health information shared with children’s social care at the point of referral, so that decisions about children are informed by a full picture of their health needs and history.",
     [
         ("1.1", "BOB ICB to issue revised guidance to GP practices and community health providers on the information expected in a referral to the MASH, including a template and worked examples.", "Designated Nurse Safeguarding Children (BOB ICB)", "February 2025", "Guidance issued to 100% of practices; referral template in use", "Blue"),
         ("1.2", "Place a health practitioner in the MASH five days a week to check health records for all contacts progressing to a strategy discussion.", "Head of Safeguarding (Buckinghamshire Healthcare NHS Trust)", "April 2025", "Health checks completed within 24 hours for 95% of contacts", "Amber"),
         ("1.3", "Audit 30 MASH referrals from health agencies to test whether the new guidance has improved the quality of information shared.", "Partnership Quality Assurance Manager", "Q1 2025/26", "Audit shows improvement in at least 80% of referrals", "Green"),
     ]),
    ("Area for improvement 2",
     "Ensure that police referrals into the Multi-Agency Safeguarding Hub (MASH) consistently record the voice of the child and an assessment of risk, and that domestic abuse notifications are screened without delay.",
     [
         ("2.1", "Thames Valley Police to deliver briefings to all response and neighbourhood officers in Buckinghamshire on recording the child’s voice and lived experience in Child Concern Reports.", "TVP Detective Superintendent – Protecting Vulnerable People", "31 March 2025", "All officers briefed; briefing recorded on training system", "Blue"),
         ("2.2", "Introduce a daily domestic abuse triage meeting between police, children’s social care and the commissioned domestic abuse service so that notifications are screened within one working day.", "MASH Team Manager / TVP MASH Detective Inspector", "December 2024", "95% of notifications screened within one working day", "Blue"),
         ("2.3", "Dip sample Child Concern Reports monthly and report quality findings to the Partnership’s Performance and Quality Assurance Sub-group.", "TVP Safeguarding Hub Manager", "Ongoing – monthly", "Monthly dip sample report received by the sub-group", "Green"),
     ]),
    ("Area for improvement 3",
     "Improve partnership oversight of the front door through a shared performance dataset and a regular programme of multi-agency audit.",
     [
         ("3.1", "Agree and publish a front door performance dataset with indicators from all three statutory partners, reported to every Partnership Executive meeting.", "BSCP Business Manager; Buckinghamshire Council Head of Performance", "March 2025 (revised to June 2025)", "Dataset reported to each Executive meeting", "Amber"),
         ("3.2", "Run a rolling programme of quarterly multi-agency audits of front door decision-making, with findings and actions tracked by the Performance and Quality Assurance Sub-group.", "Chair of the Performance and Quality Assurance Sub-group", "Quarterly from April 2025", "Four audits completed in 2025/26 with learning disseminated", "Green"),
     ]),
]


def make_bucks():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Buckinghamshire Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_heading("Joint Targeted Area Inspection (JTAI): Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Inspection of the multi-agency response to identification of initial need and risk (the ‘front door’), "
                      "carried out 30 September – 4 October 2024 by Ofsted, the Care Quality Commission and HMICFRS.")
    doc.add_paragraph("Statutory safeguarding partners: Buckinghamshire Council; Thames Valley Police (TVP); NHS Buckinghamshire, "
                      "Oxfordshire and Berkshire West Integrated Care Board (BOB ICB).")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        bold_cell(t.rows[0].cells[i], h)
    for row in [("0.3", "06/12/2024", "BSCP Business Manager", "Draft for statutory partners"),
                ("1.0", "13/01/2025", "BSCP Business Manager", "Agreed by Partnership Executive and sent to inspectorates"),
                ("1.2", "22/05/2025", "BSCP Business Officer", "Progress update for Executive, May 2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG rating key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Complete – evidence of impact seen"), ("Green", "On track"),
                 ("Amber", "Delayed, but achievable with mitigating action"),
                 ("Red", "Off track – escalated to the Partnership Executive")]:
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], DOCX_FILL[k])
        cells[1].text = v

    for heading, afi, actions in BUCKS_AFIS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        bold_cell(top, afi)
        shade(top, "DEEAF6")
        for i, h in enumerate(["Ref", "Action", "Lead", "Completion date", "Measure of success", "RAG"]):
            bold_cell(t.rows[1].cells[i], h)
        for ref, action, lead, when, measure, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, measure, rag]):
                cells[i].text = v
            shade(cells[5], DOCX_FILL[rag])
        doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off by statutory safeguarding partners").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Partner", "Signed on behalf of", "Date"]):
        bold_cell(t.rows[0].cells[i], h)
    for row in [("Buckinghamshire Council", "Corporate Director, Children’s Services", "13/01/2025"),
                ("Thames Valley Police", "Assistant Chief Constable", "13/01/2025"),
                ("BOB ICB", "Chief Nursing Officer", "14/01/2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.save(path("nu1-buckinghamshire-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. City of Edinburgh Council - fostering service Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
EDIN_SECTIONS = [
    ("How good is our leadership?", [
        ("Requirement 1", "By 31 January 2026, the provider must ensure that foster carers’ reviews are completed on time and presented to the fostering panel as required by the Looked After Children (Scotland) Regulations 2009.", [
            ("Set up a tracker of all carer review due dates, monitored weekly by Practice Team Leaders.", "Practice Team Leaders", "November 2025", "Complete"),
            ("Allocate the 23 overdue reviews to a dedicated reviewing social worker and schedule them to panel in date order.", "Team Manager – Carer Recruitment and Assessment", "31/01/2026", "Green"),
        ]),
        ("Area for improvement 1", "To support good outcomes for children, the provider should improve the quality of supervision for supervising social workers so that it includes reflective discussion of carers’ needs. This is to ensure care and support is consistent with the Health and Social Care Standards (HSCS) which state that: ‘I have confidence in people because they are trained, competent and skilled’ (HSCS 3.14).", [
            ("Revise the Family Based Care supervision policy and recording template to include a reflective practice section.", "Senior Practitioner (Practice Development)", "December 2025", "Amber"),
            ("Audit a sample of 10 supervision records each quarter and share the themes at the Family Based Care practice forum.", "Family Based Care Service Manager", "Quarterly", "Green"),
        ]),
    ]),
    ("How good is our staff team?", [
        ("Area for improvement 2", "The provider should ensure that all foster carers complete training in trauma-informed practice within their first year of approval. This is to ensure care and support is consistent with the HSCS which state that: ‘I experience high quality care and support because people have the necessary information and resources’ (HSCS 4.27).", [
            ("Add trauma-informed practice training to the pre-approval and first-year learning pathway for all new carers.", "Carer Learning and Development Officer", "October 2025", "Complete"),
            ("Contact the 17 carers approved in 2024–25 who have not completed the training and book them onto the next available course.", "Supervising Social Workers", "By 31 December 2025", "Amber"),
        ]),
    ]),
    ("How well is our care and support planned?", [
        ("Requirement 2", "By 31 March 2026, the provider must ensure that every child placed with foster carers has a placement agreement and a child’s plan that sets out how the carers will meet their needs, in line with the Looked After Children (Scotland) Regulations 2009.", [
            ("Review all current placements to confirm each child has an up-to-date placement agreement on the case recording system, and complete any that are missing.", "Practice Team Leaders / Independent Reviewing Officers", "February 2026", "Amber"),
            ("Add a placement agreement check to the Looked After Review checklist.", "Independent Reviewing Officer Manager", "December 2025", "Complete"),
        ]),
        ("Area for improvement 3", "The provider should ensure that children’s views are gathered before each foster carer review and are used to inform the review. This is to ensure care and support is consistent with the HSCS which state that: ‘I am fully involved in all decisions about my care and support’ (HSCS 2.11).", [
            ("Introduce a ‘Having my say’ consultation form for children, available on paper and online, to be completed before every carer review.", "Participation Lead (Family Based Care)", "January 2026", "Green"),
        ]),
    ]),
]


def make_edinburgh():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph("THE CITY OF EDINBURGH COUNCIL")
    p.runs[0].bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Children’s Services – Family Based Care")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Fostering Service: Care Inspectorate Improvement Plan", level=1)
    doc.add_paragraph("Inspection completed: 5 September 2025. Report published: 24 October 2025.")
    doc.add_paragraph("The Care Inspectorate made two requirements and three areas for improvement. This plan sets out how "
                      "Family Based Care will address each one. Progress is reviewed monthly by the Family Based Care senior "
                      "management team and reported to the Edinburgh Children’s Partnership.")
    doc.add_paragraph().add_run("Evaluations awarded").bold = True
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Key question")
    bold_cell(t.rows[0].cells[1], "Grade")
    for k, g in [("How well do we support children and young people’s rights and wellbeing?", "4 – Good"),
                 ("How good is our leadership?", "3 – Adequate"),
                 ("How good is our staff team?", "4 – Good"),
                 ("How well is our care and support planned?", "3 – Adequate")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = g
    doc.add_paragraph()
    doc.add_paragraph().add_run("Improvement plan").bold = True

    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Requirement / area for improvement", "Action", "Responsible officer", "Timescale", "RAG"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BDD7EE")
    for kq, items in EDIN_SECTIONS:
        row = t.add_row()
        c = row.cells[0].merge(row.cells[4])
        bold_cell(c, kq)
        shade(c, "D9D9D9")
        for label, text, actions in items:
            rows = [t.add_row() for _ in actions]
            for row, (action, lead, when, rag) in zip(rows, actions):
                row.cells[1].text = action
                row.cells[2].text = lead
                row.cells[3].text = when
                row.cells[4].text = rag
                shade(row.cells[4], DOCX_FILL[rag])
            first = rows[0].cells[0]
            if len(rows) > 1:
                first = first.merge(rows[-1].cells[0])
            first.text = ""
            first.paragraphs[0].add_run(label).bold = True
            first.add_paragraph(text)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed; Green = on track; Amber = some delay; Red = not on track.")
    doc.add_paragraph("Contact: Family Based Care Service Manager, Children’s Services, Waverley Court, Edinburgh.")
    doc.save(path("nu1-city-of-edinburgh-council-fostering-service-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Gloucestershire Corporate Parenting Board action plan (csv)
# ---------------------------------------------------------------------------
GLOS_ROWS = [
    ("Promise 1 – You will have a safe, stable home that feels right for you", [
        ("1a", "Recruit 40 new fostering households through the Fostering Gloucestershire campaign, with a focus on homes for teenagers and sibling groups.", "Head of Fostering", "31/03/2026", "G", "23 households approved or in assessment at end of November."),
        ("1b", "Open two new small children’s homes in the county so that fewer children live more than 20 miles from Gloucestershire.", "Head of Commissioning (Children’s Placements)", "Sept 2026", "A", "First home opened October 2025. Planning permission for the second home delayed; opening moved from March to September 2026."),
        ("1c", "Every child in care to be visited by their Independent Reviewing Officer before each review, and offered the chance to chair or co-chair their own review.", "IRO Service Manager", "Ongoing", "G", "92% of children seen by their IRO before review (Q2)."),
    ]),
    ("Promise 2 – We will help you do well in education, training and work", [
        ("2a", "Virtual School to agree a Personal Education Plan (PEP) quality standard with schools and audit 10% of PEPs each term.", "Virtual School Headteacher", "Summer term 2026", "G", "Standard agreed with headteachers in September; autumn audit under way."),
        ("2b", "Create 15 council apprenticeships and work placements ring-fenced for care leavers across council services.", "Head of HR & Care Leaver Service Manager", "Mar-26", "R", "Six places created; service budgets under review. Escalated to the Board."),
    ]),
    ("Promise 3 – We will look after your health and wellbeing", [
        ("3a", "Make sure every child coming into care has an initial health assessment within 20 working days, reporting performance to every Board meeting.", "Designated Nurse for Children in Care (NHS Gloucestershire ICB)", "Jan-26", "A", "Timeliness 71% in Q2 (target 90%). Extra clinic capacity from January."),
        ("3b", "Launch a drop-in emotional wellbeing offer for care leavers aged 18–25.\nDelivered with Gloucestershire Health and Care NHS Foundation Trust in Gloucester and Cheltenham.", "Care Leaver Service Manager", "October 2025", "B", "Launched 14 October 2025; 37 young people attended in the first six weeks."),
    ]),
    ("Promise 4 – We will support you to get ready for adult life, and stay with you after you leave care", [
        ("4a", "Extend the council tax exemption to all Gloucestershire care leavers up to age 25 wherever they live in the county, working with the six district councils.", "Jo Reeves and Tom Adeyemi", "April 2026", "G", "Four of six districts have agreed; two reports going to district cabinets in January."),
        ("4b", "Review the Local Offer for care leavers with the Care Leavers’ Forum and publish the updated offer.", "Participation Manager", "31/12/2025", "B", "Updated Local Offer published 1 December 2025."),
        ("4c", "Increase the number of care leavers in suitable accommodation by agreeing a joint housing protocol with the district councils.", "Head of Service – Care Leavers", "Q4 2025/26", "A", "Draft protocol with district housing leads; Cheltenham and Tewkesbury yet to comment."),
    ]),
]


def make_glos():
    out = path("nu1-gloucestershire-county-council-corporate-parenting-board-action-plan.csv")
    blank = [""] * 7
    rows = [
        ["Gloucestershire Corporate Parenting Board"] + [""] * 6,
        ["Corporate Parenting Action Plan 2025–26: Our Promise to Children in Care and Care Leavers"] + [""] * 6,
        ["Progress update for Board meeting 4 December 2025"] + [""] * 6,
        blank,
        ["Promise", "Ref", "What we will do", "Who will lead", "By when", "RAG", "Progress update"],
    ]
    for promise, actions in GLOS_ROWS:
        for i, a in enumerate(actions):
            rows.append([promise if i == 0 else ""] + list(a))
    rows += [
        blank,
        ["RAG key: B = completed; G = on track; A = some delay; R = significant concern"] + [""] * 6,
        ["Actions this period: 10 (B 2; G 4; A 3; R 1)"] + [""] * 6,
    ]
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Sheffield Early Help Partnership - early help strategy delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
SHEF = [
    ("Priority 1: Early help is easy to find, and families know where to go", [
        ("1.1", "Publish a single Early Help offer on the Sheffield Directory, with a short guide for families in the five most-spoken community languages.", "Head of Early Help", "Sheffield Directory team; VCF partners", "Dec 2025", "Green", "English guide drafted; translations commissioned."),
        ("1.2", "Each of the seven Family Hubs to hold a monthly ‘Help Point’ session with partners from health, housing and welfare rights.", "Family Hub Locality Managers", "Sheffield Children’s NHS FT; Citizens Advice Sheffield", "Autumn term 2025", "Complete", "All seven hubs running Help Points since September."),
        ("1.3", ["Refresh the Early Help Request for Support form so partners can submit it online and get a response within five working days", "and track the outcome through the partner portal."], "Front Door Service Manager / Digital Lead", "Schools; health visiting", "Q4 2025/26", "Amber", "Portal supplier changed; build starts November."),
    ]),
    ("Priority 2: Every practitioner is confident to be a lead professional", [
        ("2.1", "Deliver Lead Professional training to 400 practitioners from schools, health and the voluntary sector.", "Early Help Workforce Development Lead", "Sheffield Safeguarding Children Partnership", "Mar 2026", "Green", "212 trained to date."),
        ("2.2", "Set up an Early Help Advice Line staffed by experienced early help practitioners for partners who need help with an assessment or plan.", "Head of Early Help", "Front Door", "Sept 2025 – March 2026", "Amber", "Pilot started in two localities; staffing for city-wide roll-out not yet agreed."),
        ("2.3", "Introduce Lead Professional peer supervision groups in every locality, meeting every term.", "Locality Early Help Managers", "Schools; Educational Psychology", "Termly", "Not started", "Planned to begin in spring term."),
    ]),
    ("Priority 3: We know early help makes a difference", [
        ("3.1", "Agree a shared Early Help outcomes framework with partners, aligned to the Families First Partnership programme.", "Head of Early Help; Performance and Intelligence Manager", "All Board partners", "31 January 2026", "Green", "Draft framework to Board in December."),
        ("3.2", "Audit 40 early help plans each quarter, including plans led by schools, and report findings to the Early Help Partnership Board.", "Quality Assurance Lead (Early Help)", "Schools; health", "Quarterly", "Green", "Q1 audit complete (40 plans); 70% good or better."),
        ("3.3", "Gather feedback from 200 families using early help through the ‘Tell Us’ survey and publish a ‘You said, we did’ summary.", "Participation and Engagement Officer", "Parent Carer Forum", "End of March 2026", "Red", "Survey launch delayed by procurement; now due January 2026."),
    ]),
]


def make_sheffield():
    lines = [
        "Sheffield Early Help Partnership Board",
        "Early Help Strategy 2024–2027: Delivery Plan Year 2 (2025/26)",
        "Owner: Early Help Partnership Board\tStatus at: 30 September 2025",
        "",
        "Status key: Complete | Green = on track | Amber = at risk | Red = off track | Not started",
        "",
    ]
    for prio, actions in SHEF:
        lines.append(prio)
        lines.append("\t".join(["Ref", "What we will do", "Lead", "Working with", "By when", "Status", "Comments"]))
        for ref, action, lead, partners, when, status, comment in actions:
            if isinstance(action, list):
                lines.append("\t".join([ref, action[0], lead, partners, when, status, comment]))
                for cont in action[1:]:
                    lines.append("\t".join(["", cont, "", "", "", "", ""]))
            else:
                lines.append("\t".join([ref, action, lead, partners, when, status, comment]))
        lines.append("")
    lines.append("Total actions: 9\tComplete: 1\tGreen: 4\tAmber: 2\tRed: 1\tNot started: 1")
    lines.append("Next review: Early Help Partnership Board, 9 December 2025")
    with open(path("nu1-sheffield-early-help-partnership-strategy-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_leeds()
    make_durham()
    make_bristol()
    make_bucks()
    make_edinburgh()
    make_glos()
    make_sheffield()
    print("built 7 files in", HERE)
