"""Build the seven zbq- blind test files (set heldout767) and their expected readings.

Run with: /work/main/.venv/bin/python zbq_make.py
Writes only files whose names start with zbq- in this folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL.get(name, name), end_color=FILL.get(name, name))


def path(name):
    assert name.startswith("zbq-") or name.startswith("zbq_")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, allow_unicode=True, sort_keys=False, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Derbyshire Youth Justice Service - Youth Justice Plan 2025/26 delivery plan (xlsx)
# ---------------------------------------------------------------------------
def derbyshire():
    name = "zbq-derbyshire-youth-justice-service-youth-justice-plan-2025-26-delivery-plan.xlsx"
    title = "Derbyshire Youth Justice Service – Youth Justice Plan 2025/26: Delivery Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Derbyshire Youth Justice Service"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.3", dt.datetime(2025, 5, 30), "YJS Business and Performance Manager", "Draft for Youth Justice Management Board"),
        ("1.0", dt.datetime(2025, 6, 19), "YJS Business and Performance Manager", "Approved by Management Board; submitted to YJB"),
        ("1.1", dt.datetime(2025, 10, 6), "YJS Business and Performance Manager", "Quarter 2 progress update"),
    ]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 5:
                c.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A10"] = ("This delivery plan sets out the actions that support the four priorities in the Youth Justice Plan "
                  "2025/26. It is monitored by the Youth Justice Management Board each quarter.")
    for col, w in zip("ABCD", (12, 14, 38, 50)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Delivery Plan")
    hdr = ["Ref", "Action", "Lead", "Original target date", "Revised target date", "Progress update (Q2)",
           "Impact / measure", "Previous RAG (Q1)", "Current RAG (Q2)"]
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 30 September 2025 – Youth Justice Management Board, 16 October 2025"
    ws.merge_cells("A2:I2")
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    plan = [
        ("Priority 1: Prevention and diversion – reducing first-time entrants",
         "Fewer children enter the formal youth justice system, through early identification and diversion.",
         [
             ("1.1", "Embed the Outcome 22 deferred prosecution pathway with Derbyshire Constabulary, with joint decision-making panels in each locality.",
              "Prevention and Diversion Manager / Police Youth Justice Inspector", D(2025, 9, 30), D(2025, 12, 31),
              "Panels running in three of four localities; High Peak panel delayed by police restructure. Revised date agreed.",
              "First-time entrants per 100,000 (target: below 150)", "Green", "Amber",
              ["Prevention and Diversion Manager", "Police Youth Justice Inspector"], "2025-12", "amber"),
             ("1.2", "Evaluate the Turnaround programme and agree a sustainable prevention offer for 2026/27 with Children's Services.",
              "Head of Youth Justice Service", D(2026, 3, 31), None,
              "Evaluation commissioned from the University of Derby; interim findings due December 2025.",
              "Proportion of Turnaround children not entering the system within 12 months", "New", "Green",
              ["Head of Youth Justice Service"], "2026-03", "green"),
         ]),
        ("Priority 2: Education, training and employment",
         "Children open to the service are in suitable full-time education, training or employment.",
         [
             ("2.1", "Introduce a monthly ETE tracking meeting with the Virtual School and Inclusion Service for every child not in full-time education.",
              "ETE Coordinator", D(2025, 7, 31), None,
              "Meeting established from July 2025 and attended by Virtual School and Inclusion Service.",
              "% of school-age children in full-time education (Q2: 71%, Q1: 63%)", "Green", "Complete",
              ["ETE Coordinator"], "2025-07", "blue"),
             ("2.2", "Agree a protocol with schools that no child open to the YJS is permanently excluded without a multi-agency meeting first.",
              "Assistant Director (Education Improvement) / Head of Youth Justice Service", D(2025, 12, 31), None,
              "Draft protocol discussed at secondary heads' forum; two academy trusts yet to agree.",
              "Number of permanent exclusions of children open to the YJS", "Amber", "Amber",
              ["Assistant Director (Education Improvement)", "Head of Youth Justice Service"], "2025-12", "amber"),
         ]),
        ("Priority 3: Serious youth violence and exploitation",
         "Children at risk of exploitation or involved in serious violence are identified early and kept safe.",
         [
             ("3.1", "Deliver the weapon awareness programme in all locality teams as part of the Serious Violence Duty youth strategy.",
              "Operations Manager (Interventions)", D(2025, 10, 31), None,
              "Programme delivered in Chesterfield and Erewash; Amber Valley and High Peak booked for October.",
              "Number of knife-related offences by children", "Green", "Green",
              ["Operations Manager (Interventions)"], "2025-10", "green"),
             ("3.2", "Ensure every child with an identified exploitation risk has a joint YJS and social care safety plan, reviewed every six weeks.\nAudit compliance each quarter.",
              "Team Managers (North and South)", D(2025, 11, 30), None,
              "Q2 audit: 34 of 39 children had a joint safety plan in date.",
              "% of children with joint safety plan in date", "Green", "Green",
              ["Team Managers (North and South)"], "2025-11", "green"),
         ]),
        ("Priority 4: Over-representation and disproportionality",
         "Reduce the over-representation of children in care and of Black and mixed heritage children in the youth justice cohort.",
         [
             ("4.1", "Complete the disproportionality deep-dive with Derbyshire Constabulary and the CPS and publish an action plan.",
              "Head of Youth Justice Service", D(2025, 6, 30), D(2026, 1, 31),
              "Data-sharing agreement with the CPS not yet signed; deep-dive cannot start until it is in place. Escalated to Management Board.",
              "Action plan published", "Amber", "Red",
              ["Head of Youth Justice Service"], "2026-01", "red"),
             ("4.2", "Implement the Derbyshire protocol to reduce the criminalisation of children in care in all children's homes, including private homes.",
              "Service Manager (Children in Care) / Police Youth Justice Sergeant", D(2026, 3, 31), None,
              "Protocol relaunched in September 2025; 18 of 27 homes signed up.",
              "Number of children in care charged with offences in their placement", "Green", "Green",
              ["Service Manager (Children in Care)", "Police Youth Justice Sergeant"], "2026-03", "green"),
         ]),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 5
    actions = []
    for prio, objective, items in plan:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("grey")
        r += 1
        ws.cell(row=r, column=1, value="Objective").font = Font(italic=True)
        ws.cell(row=r, column=2, value=objective).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("pale")
        ws.cell(row=r, column=2).fill = fill("pale")
        r += 1
        for (ref, text, lead, orig, rev, prog, impact, prev, cur, leads, end, status) in items:
            vals = [ref, text, lead, orig, rev, prog, impact, prev, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = fill(rag_fill[cur])
            if prev in rag_fill:
                ws.cell(row=r, column=8).fill = fill(rag_fill[prev])
            actions.append(act(ref, [prio, objective], text, leads, end, status))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG (Q2)").font = Font(bold=True)
    r += 1
    for label, n in (("Complete", 1), ("Green", 4), ("Amber", 2), ("Red", 1), ("Total actions", 8)):
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
        if label in rag_fill:
            ws.cell(row=r, column=1).fill = fill(rag_fill[label])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Youth Justice Management Board on 16 October 2025.")
    for col, w in zip("ABCDEFGHI", (9, 55, 30, 13, 13, 45, 32, 12, 12)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate((("Complete", "Action delivered and impact evidenced"),
                                ("Green", "On track to meet target date"),
                                ("Amber", "Some slippage – mitigation in place"),
                                ("Red", "Off track – escalated to Management Board")), start=2):
        key.cell(row=i, column=1, value=k).fill = fill(rag_fill[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 45
    wb.save(path(name))

    exp = {
        "source": ("Imitates a youth justice service's annual Youth Justice Plan delivery plan as submitted to the "
                   "Youth Justice Board and monitored by a Youth Justice Management Board (Derbyshire YJS, 2025/26; "
                   "layout modelled on council improvement-plan progress reports such as Cheshire East's improvement "
                   "plan progress reports on moderngov.cheshireeast.gov.uk). Copies a cover sheet with document "
                   "control, merged priority rows, an italic 'Objective' row under each priority, original and revised "
                   "target dates, previous and current RAG columns with fill colour, a summary block and a notes line, "
                   "and a separate RAG key sheet."),
        "reads": ("A three-sheet workbook: cover and document control, the delivery plan and a RAG key. The plan has "
                  "four priorities, each with an objective line and two numbered actions with leads, original/revised "
                  "dates and Q1/Q2 RAG. A person reads eight actions; the current (Q2) RAG and the revised date, where "
                  "given, are the status and the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. Shropshire Council fostering service development plan 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def shropshire():
    name = "zbq-shropshire-council-fostering-service-development-plan-2025-26.xlsx"
    title = "Shropshire Council Fostering Service Development Plan 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Appendix B to the Fostering Service Annual Report 2024/25 (Regulation 35 and Standard 25.7)"
    ws["A3"] = "Progress at Quarter 2 (to 30 September 2025)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Development priority", "No.", "Action", "Success measure", "Responsible", "Timescale", "Q2 progress", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("pale")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    st_fill = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not started": None}
    plan = [
        ("Priority 1: Increase the number of Shropshire foster carers", [
            ("1", "Deliver the 2025 recruitment campaign with the West Midlands fostering recruitment hub, targeting carers for teenagers and sibling groups.",
             "20 enquiries per month; 12 new fostering households approved in the year", "Fostering Recruitment Team Manager",
             "March 2026", None, "Average 17 enquiries per month; 5 households approved, 6 in assessment.", "On track",
             ["Fostering Recruitment Team Manager"], "2026-03", "green", None),
            ("2", "Introduce a standard that every fostering enquiry receives a call back within 24 hours, with weekly reporting.",
             "95% of enquiries called back within 24 hours", "Fostering Recruitment Team Manager",
             D(2025, 6, 1), "mmm-yy", "Standard in place from June; 98% achieved in Q2.", "Complete",
             ["Fostering Recruitment Team Manager"], "2025-06", "blue", None),
            ("3", "Review the fostering allowances and fee scheme against neighbouring authorities and take options to Cabinet.",
             "Scheme agreed by Cabinet", "Head of Service – Children in Care / Finance Business Partner",
             "Q3 2025/26", None, "Benchmarking complete. Cabinet report moved to January because of budget timetable.", "Delayed",
             ["Head of Service – Children in Care", "Finance Business Partner"], "2025-12", "amber", None),
        ]),
        ("Priority 2: Support and retain our foster carers", [
            ("4", "Launch a Mockingbird constellation in north Shropshire, with a hub home carer and up to ten satellite households.",
             "Constellation live; carer retention in constellation 100%", "Fostering Support Team Manager",
             "September 2025", None, "Hub home launched 1 September 2025 with 7 satellite households.", "Complete",
             ["Fostering Support Team Manager"], "2025-09", "blue", None),
            ("5", "Refresh the foster carer learning and development offer, including trauma-informed practice and therapeutic parenting for all carers.\nMandatory modules to be completed within 12 months of approval.",
             "90% of carers up to date with mandatory training", "Fostering Support Team Manager; Virtual School Head",
             D(2025, 12, 1), "mmm-yy", "New offer published in August; therapeutic parenting course starts November.", "On track",
             ["Fostering Support Team Manager", "Virtual School Head"], "2025-12", "green", None),
            ("6", "Hold an exit interview with every household leaving the service and report the themes to the Corporate Parenting Board twice a year.",
             "Exit interview offered in 100% of cases", "Independent Reviewing Officer (Foster Carer Reviews)",
             "Ongoing", None, "4 households left in Q1–Q2; 4 exit interviews held. First report to CPB in November.", "On track",
             ["Independent Reviewing Officer (Foster Carer Reviews)"], None, "green", "Ongoing"),
        ]),
        ("Priority 3: Kinship and connected carers", [
            ("7", "Set up a dedicated kinship assessment and support team so that connected person assessments are completed within 16 weeks.",
             "80% of assessments completed within 16 weeks", "Head of Service – Children in Care",
             "January 2026", None, "Team manager appointed; two of four social worker posts filled.", "On track",
             ["Head of Service – Children in Care"], "2026-01", "green", None),
            ("8", "Publish a kinship local offer, co-produced with kinship carers, on the Shropshire Council website.",
             "Local offer published", "Kinship Practice Lead",
             D(2025, 10, 31), "dd/mm/yyyy", "Not started – will follow once the kinship team is in place.", "Not started",
             ["Kinship Practice Lead"], "2025-10", "unrated", None),
        ]),
        ("Priority 4: Quality of practice and the fostering panel", [
            ("9", "Recruit three new independent fostering panel members with lived experience of care, and refresh panel member appraisals.",
             "Panel central list includes three members with lived experience", "Fostering Panel Adviser",
             "End of November 2025", None, "Two members recruited and inducted; appraisals booked.", "On track",
             ["Fostering Panel Adviser"], "2025-11", "green", None),
        ]),
    ]
    r = 6
    actions = []
    for prio, items in plan:
        start = r
        for (no, text, measure, resp, ts, fmt, prog, st, leads, end, status, end_text) in items:
            vals = [None, no, text, measure, resp, ts, prog, st]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if fmt:
                ws.cell(row=r, column=6).number_format = fmt
            if st_fill[st]:
                ws.cell(row=r, column=8).fill = fill(st_fill[st])
            actions.append(act(no, [prio], text, leads, end, status, end_text))
            r += 1
        ws.cell(row=start, column=1, value=prio).font = Font(bold=True)
        ws.cell(row=start, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=("Status key: Complete – action delivered; On track; Delayed – revised timescale "
                                    "agreed with Head of Service; Not started."))
    r += 1
    ws.cell(row=r, column=1, value=("Note: the plan is reviewed at the Fostering Service Management Meeting each "
                                    "quarter and reported to the Corporate Parenting Board."))
    for col, w in zip("ABCDEFGH", (26, 6, 55, 32, 30, 16, 45, 12)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Q2 summary")
    rows = [("Priority", "Actions", "Complete", "On track", "Delayed", "Not started"),
            ("1. Recruitment", 3, 1, 1, 1, 0),
            ("2. Support and retention", 3, 1, 2, 0, 0),
            ("3. Kinship", 2, 0, 1, 0, 1),
            ("4. Quality and panel", 1, 0, 1, 0, 0),
            ("Total", 9, 2, 5, 1, 1)]
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (1, len(rows)):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 26
    wb.save(path(name))

    exp = {
        "source": ("Imitates the development plan appended to an English local authority fostering service's annual "
                   "report under Regulation 35 / NMS 25.7 (Shropshire Council, 2025/26; compare Doncaster Children's "
                   "Services Trust fostering annual report on docsbay.net and similar council fostering reports). "
                   "Copies title and appendix lines, development priorities in a vertically merged first column, "
                   "success measures, mixed timescales (month names, Excel month dates, a quarter, 'Ongoing', a full "
                   "date, 'End of ...'), Q2 progress text, status words with fill colour, a status key and notes "
                   "line, and a second summary sheet."),
        "reads": ("One plan sheet with four development priorities, each written once in a merged cell spanning its "
                  "numbered actions (nine in all), plus a summary sheet of counts. A person reads each action under "
                  "its priority with the responsible post(s), timescale and status; 'Delayed' is amber by its fill, "
                  "'Not started' is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 3. Adopt East - response to Ofsted RAA thematic inspection (xlsx, refuse)
# ---------------------------------------------------------------------------
def adopt_east():
    name = "zbq-adopt-east-raa-ofsted-thematic-inspection-response-action-plan-typo-month-refuse.xlsx"
    title = "Adopt East – Response to Ofsted's thematic inspection of regional adoption agencies: Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted report published 26 March 2024. Progress update for the Adopt East Partnership Board, September 2024."
    ws["A3"] = "Target dates are shown as month-year."
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Thematic finding", "Our action", "Lead", "Target date", "Progress (September 2024)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
    groups = [
        ("There remains a shortage of adopters, particularly for sibling groups, older children and children with complex needs.", [
            ("1.1", "Run a targeted recruitment campaign for adopters of sibling groups, with an information event in each partner area.",
             "Recruitment and Assessment Team Manager", "Dec-24", "Campaign launched in National Adoption Week planning; events booked.", "G"),
            ("1.2", "Join the Adoption England early permanence practice standards work and train all family finders.",
             "Family Finding Team Manager", "Mar-25", "Training dates agreed with Adoption England.", "G"),
        ]),
        ("Several RAAs had struggled to recruit and retain suitably skilled and experienced staff.", [
            ("2.1", "Complete a workforce review and agree a recruitment and retention offer with the host authority, including a market supplement for senior practitioners.",
             "Head of Adopt East / HR Business Partner", "Nov-24", "Workforce review complete; business case with host authority.", "A"),
            ("2.2", "Introduce a practice development programme for newly qualified social workers joining the agency.",
             "Practice Development Lead", "Jan-25", "Programme drafted.", "G"),
        ]),
        ("The views of people with lived experience of adoption, especially children, were not routinely used to plan and shape services.", [
            ("3.1", "Set up an Adopt East lived experience panel of adopters, adopted young people and birth relatives, meeting quarterly.",
             "Participation Officer", "0ct-24", "Recruitment of members under way; first meeting planned.", "G"),
            ("3.2", "Co-produce the adoption support pages of the website and the support leaflet with the lived experience panel.",
             "Adoption Support Team Manager", "Jun-25", "Not started – depends on 3.1.", None),
        ]),
        ("Some adoptive families were not accessing timely support; demand often exceeds the resources available.", [
            ("4.1", "Introduce a duty and triage model for adoption support requests, with a 20 working day standard for assessments of need.",
             "Adoption Support Team Manager", "Nov-24", "Triage model piloted from August.", "G"),
            ("4.2", "Report adoption support waiting times to the Partnership Board every quarter.",
             "Performance and Data Analyst", "Quarterly", "First report to this Board.", "G"),
        ]),
        ("Local authorities did not always have enough oversight of the quality of the RAA's services.", [
            ("5.1", "Agree a quality assurance framework with partner local authorities, including an annual report to each Corporate Parenting Board.",
             "Head of Adopt East", "Mar-25", "Draft framework shared with partner ADs.", "A"),
        ]),
    ]
    rag = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    r = 6
    typo_row = None
    for finding, items in groups:
        start = r
        for (ref, text, lead, target, prog, g) in items:
            vals = [ref, None, text, lead, target, prog, g]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j == 5:
                    c.number_format = "@"
            if g:
                ws.cell(row=r, column=7).fill = fill(rag[g])
            if target == "0ct-24":
                typo_row = r
            r += 1
        ws.cell(row=start, column=2, value=finding).alignment = Alignment(wrap_text=True, vertical="top")
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: G = on track; A = at risk; R = off track; B = complete. Blank = not started.")
    for col, w in zip("ABCDEFG", (6, 40, 55, 32, 12, 45, 6)):
        ws.column_dimensions[col].width = w
    dc = wb.create_sheet("Version")
    for i, row in enumerate((("Version", "Date", "Changes"),
                             ("1.0", "14/05/2024", "Agreed by Adopt East Partnership Board"),
                             ("1.1", "12/09/2024", "September progress update")), start=1):
        for j, v in enumerate(row, start=1):
            dc.cell(row=i, column=j, value=v).border = BOX
    wb.save(path(name))
    assert typo_row == 10, typo_row

    exp = {
        "source": ("Imitates a regional adoption agency's action plan responding to Ofsted's national thematic "
                   "inspection of regional adoption agencies (gov.uk, published 26 March 2024), as reported to an RAA "
                   "partnership board (Adopt East, September 2024). Copies the thematic findings written once in a "
                   "vertically merged column over their actions, month-year target dates typed as text, single-letter "
                   "RAG with fill, a RAG line under the table and a separate version sheet."),
        "reads": ("Five Ofsted findings, each with one or two numbered actions, leads, month-year targets and RAG. In "
                  f"sheet row {typo_row} (action 3.1) the target date is '0ct-24', with a zero for the letter O; a "
                  "careful reader stops and asks what month was meant before importing the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, exp)


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


def set_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(line)
        rr.bold = bold


def table_with_header(doc, headers, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    return t


# ---------------------------------------------------------------------------
# 4. Gwynedd and Anglesey PSB well-being plan delivery tracker (docx)
# ---------------------------------------------------------------------------
def gwynedd_mon():
    name = "zbq-gwynedd-and-anglesey-psb-well-being-plan-delivery-tracker-2025-26.docx"
    title = "Gwynedd and Anglesey Public Services Board – Well-being Plan 2023–2028 Delivery Tracker 2025/26"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Bwrdd Gwasanaethau Cyhoeddus Gwynedd a Môn – Traciwr Cyflawni Cynllun Llesiant 2023–2028")
    doc.add_paragraph("Mid-year position, September 2025. Report to the Public Services Board meeting of 9 October 2025.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = table_with_header(doc, ["Version", "Date", "Author", "Status"])
    for row in (("0.2", "18/09/2025", "PSB Programme Manager", "Draft for sub-group leads"),
                ("1.0", "25/09/2025", "PSB Programme Manager", "For Board")):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("Progress key / Allwedd cynnydd", style="Heading 2")
    t = table_with_header(doc, ["Rating", "Meaning"])
    for label, meaning, col in (("Glas / Blue", "Complete / Wedi'i gwblhau", "00B0F0"),
                                ("Gwyrdd / Green", "On track / Ar y trywydd iawn", "00B050"),
                                ("Ambr / Amber", "Some risk to delivery / Peth risg i'r cyflawni", "FFC000"),
                                ("Coch / Red", "Significant risk / Risg sylweddol", "FF0000")):
        cells = t.add_row().cells
        set_cell(cells[0], label)
        set_cell(cells[1], meaning)
        shade(cells[0], col)

    doc.add_paragraph(
        "The tables below show progress on the steps the Board agreed for 2025/26 under each well-being objective. "
        "The Welsh language is a permanent priority for the Board and is reported separately at the end.")

    rag_col = {"Glas / Blue": "00B0F0", "Gwyrdd / Green": "00B050", "Ambr / Amber": "FFC000", "Coch / Red": "FF0000"}
    rag_status = {"Glas / Blue": "blue", "Gwyrdd / Green": "green", "Ambr / Amber": "amber", "Coch / Red": "red"}
    sections = [
        ("Objective 1: Mitigate the effect of poverty on the well-being of our communities", [
            ("1.1", "Extend the healthy and affordable food programme to ten more community food hubs across both counties.",
             "Cyngor Gwynedd; Isle of Anglesey County Council", "March 2026",
             "Six new hubs supported since April; four more in discussion.", "Gwyrdd / Green",
             ["Cyngor Gwynedd", "Isle of Anglesey County Council"], "2026-03", None),
            ("1.2", "Map take-up of benefits and cost-of-living support in the 20 most deprived areas and agree joint targeted promotion.",
             "Mantell Gwynedd and Medrwn Môn", "December 2025",
             "Mapping complete for Gwynedd; Anglesey data awaited from DWP.", "Ambr / Amber",
             ["Mantell Gwynedd", "Medrwn Môn"], "2025-12", None),
            ("1.3", "Adopt the Whole System Approach to Healthy Weight as a way of working across all PSB partners.",
             "Betsi Cadwaladr University Health Board / Public Health Wales", "Ongoing",
             "Two system mapping workshops held; partners have signed the Healthy Travel Charter.", "Gwyrdd / Green",
             ["Betsi Cadwaladr University Health Board", "Public Health Wales"], None, "Ongoing"),
        ]),
        ("Objective 2: Improve the well-being and achievement of our children and young people so that they realise their full potential", [
            ("2.1", "Pilot a joint early years screening pathway in Caernarfon and Holyhead, linking health visiting, Flying Start and nursery settings.",
             "Betsi Cadwaladr University Health Board", "Summer term 2026",
             "Pathway agreed; pilot started in Caernarfon in September.", "Gwyrdd / Green",
             ["Betsi Cadwaladr University Health Board"], "2026-07", None),
            ("2.2", "Agree a shared approach to supporting young people not in education, employment or training with Grŵp Llandrillo Menai and Careers Wales.\nInclude a single referral form for all partners.",
             "Grŵp Llandrillo Menai / Careers Wales", "Q4 2025/26",
             "Draft approach discussed; referral form not yet agreed.", "Ambr / Amber",
             ["Grŵp Llandrillo Menai", "Careers Wales"], "2026-03", None),
            ("2.3", "Hold a young people's well-being summit and publish 'You said, we did' feedback.",
             "Isle of Anglesey County Council", "July 2025",
             "Summit held 3 July 2025 at Bangor University; feedback published in August.", "Glas / Blue",
             ["Isle of Anglesey County Council"], "2025-07", None),
        ]),
        ("Objective 3: Support our services and communities to move towards Net Zero Carbon", [
            ("3.1", "Deliver the Healthy Travel Charter commitments across all signatory organisations, including an annual staff travel survey.",
             "Natural Resources Wales", "March 2026",
             "Charter signed by both councils in March 2025; staff survey issued.", "Gwyrdd / Green",
             ["Natural Resources Wales"], "2026-03", None),
            ("3.2", "Produce a joint map of public sector land and buildings to identify sites for community renewable energy schemes.",
             "Cyngor Gwynedd; Eryri National Park Authority", "31/01/2026",
             "GIS officer post vacant; work paused. Board asked to consider options.", "Coch / Red",
             ["Cyngor Gwynedd", "Eryri National Park Authority"], "2026-01", None),
        ]),
        ("Welsh language (permanent priority)", [
            ("4.1", "Publish the bilingual workforce planning good practice checklist for employers and promote it to all PSB partners.",
             "Welsh Language Sub-group", "October 2025",
             "Checklist agreed with the Welsh Language Commissioner; launch planned for October.", "Gwyrdd / Green",
             ["Welsh Language Sub-group"], "2025-10", None),
        ]),
    ]
    actions = []
    for heading, items in sections:
        doc.add_paragraph(heading, style="Heading 2")
        t = table_with_header(doc, ["Ref", "Step / Cam", "Lead partner(s)", "Target", "Progress to September 2025", "RAG"])
        for (ref, text, lead, target, prog, rag, leads, end, end_text) in items:
            cells = t.add_row().cells
            for i, v in enumerate((ref, text, lead, target, prog, rag)):
                set_cell(cells[i], v)
            shade(cells[5], rag_col[rag])
            actions.append(act(ref, [heading], text, leads, end, rag_status[rag], end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Next update: end of year report, May 2026, to the Gwynedd and Anglesey scrutiny committees.")
    doc.save(path(name))

    exp = {
        "source": ("Imitates the delivery tracker of a Welsh Public Services Board well-being plan reported to the Board "
                   "and to council scrutiny committees (Gwynedd and Anglesey PSB, Well-being Plan 2023–2028 with three "
                   "objectives and the Welsh language as a permanent priority; see democracy.anglesey.gov.uk "
                   "mgAi.aspx?ID=16945 and cambrian-news.co.uk coverage of the plan launch). Copies a bilingual "
                   "title block, document control table, a bilingual progress key, one section heading and table per "
                   "objective, organisations as leads, bilingual RAG words with cell shading, and a next-update line."),
        "reads": ("A Word report with a document control table, a key table and four sections (three well-being "
                  "objectives and the Welsh language priority), each with its own table of numbered steps. A person "
                  "reads nine steps with their lead partners, targets and bilingual RAG ratings; the control and key "
                  "tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. Kirklees Safeguarding Adults Board delivery plan 2025/26 (docx)
# ---------------------------------------------------------------------------
def kirklees_sab():
    name = "zbq-kirklees-safeguarding-adults-board-strategic-plan-delivery-plan-2025-26.docx"
    title = "Kirklees Safeguarding Adults Board – Delivery Plan 2025/26"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Strategic Plan 2024–2027", style="Subtitle")
    doc.add_paragraph("Progress update for the Board meeting of 4 December 2025")
    doc.add_paragraph(
        "This delivery plan sets out what partners will do in 2025/26 to deliver the Board's strategic priorities. "
        "Progress is reported to each Board meeting by the SAB Business Unit. Actions completed in 2024/25 have been "
        "removed.")

    headers = ["No.", "What we will do", "How we will know", "Lead", "By when", "Progress", "RAG"]
    t = table_with_header(doc, headers)
    rag_col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}
    rag_status = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    plan = [
        ("Priority 1 – Prevention: stopping abuse and neglect before it happens", [
            ("1.1", "Run a borough-wide awareness campaign on financial abuse and scams with West Yorkshire Trading Standards.",
             "Increase in concerns about financial abuse raised by the public", "Prevention and Communications Sub-group",
             "Mar 2026", "Campaign materials agreed; launch in January 2026.", "Green",
             ["Prevention and Communications Sub-group"], "2026-03", None),
            ("1.2", "Deliver multi-agency self-neglect and hoarding training, with four sessions in the year.",
             "Evaluation shows improved confidence", "SAB Training Coordinator",
             "Quarterly", "Two sessions held (68 attendees).", "Green",
             ["SAB Training Coordinator"], None, "Quarterly"),
        ]),
        ("Priority 2 – Learning from Safeguarding Adults Reviews", [
            ("2.1", "Publish the seven-minute briefing for the SAR 'Adult E' and hold two practitioner learning events.\nEvaluate the events using pre and post questionnaires.",
             "Briefing published; practitioners report changed practice", "Learning and Review Sub-group Chair / SAB Business Manager",
             "September 2025", "Briefing published June 2025; both events held (112 attendees).", "Complete",
             ["Learning and Review Sub-group Chair", "SAB Business Manager"], "2025-09", None),
            ("2.2", "Complete a multi-agency audit of mental capacity assessments for people who repeatedly decline care and support.",
             "Audit report to Board with recommendations", "Designated Professional for Safeguarding Adults (ICB)",
             "Dec-25", "Audit tool agreed; case sample delayed by data-sharing queries.", "Amber",
             ["Designated Professional for Safeguarding Adults (ICB)"], "2025-12", None),
            ("2.3", "Update the multi-agency self-neglect policy and escalation protocol in line with learning from SARs.",
             "Revised policy published", "Kirklees Council Head of Adult Safeguarding",
             "31/01/2026", "Consultation with partners closes 28 November.", "Green",
             ["Kirklees Council Head of Adult Safeguarding"], "2026-01", None),
        ]),
        ("Priority 3 – Making Safeguarding Personal", [
            ("3.1", "Introduce a feedback survey for adults and their representatives at the end of every Section 42 enquiry.",
             "Feedback reported to every Board meeting", "Service Manager (Adult Safeguarding)",
             "Oct 2025", "Survey designed but not launched; change to case recording system still outstanding.", "Red",
             ["Service Manager (Adult Safeguarding)"], "2025-10", None),
            ("3.2", "Report the percentage of adults asked about, and achieving, their desired outcomes to every Board meeting.",
             "Outcomes asked: target 85%", "Performance and Intelligence Lead",
             "Ongoing", "Q2: 81% asked; 93% of those fully or partly achieved.", "Green",
             ["Performance and Intelligence Lead"], None, "Ongoing"),
        ]),
        ("Priority 4 – Assurance and partnership working", [
            ("4.1", "Run the partner self-assessment against the Safeguarding Adults Assurance Framework and hold a challenge event for statutory partners.",
             "All statutory partners complete self-assessment", "Independent Chair",
             "February 2026", "Self-assessment issued to partners in October.", "Green",
             ["Independent Chair"], "2026-02", None),
            ("4.2", "Agree a joint work plan on transitions and exploitation with the Kirklees Safeguarding Children Partnership and the Communities Partnership.",
             "Joint work plan agreed by all three boards", "SAB Business Manager; KSCP Business Manager",
             "Q4 2025/26", "First joint meeting held; terms of reference drafted.", "Amber",
             ["SAB Business Manager", "KSCP Business Manager"], "2026-03", None),
        ]),
    ]
    actions = []
    for prio, items in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(merged, prio, bold=True)
        shade(merged, "D9D9D9")
        for (no, text, know, lead, when, prog, rag, leads, end, end_text) in items:
            cells = t.add_row().cells
            for i, v in enumerate((no, text, know, lead, when, prog, rag)):
                set_cell(cells[i], v)
            shade(cells[6], rag_col[rag])
            actions.append(act(no, [prio], text, leads, end, rag_status[rag], end_text))

    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action delivered; Green – on track; Amber – at risk of delay; "
                      "Red – off track or will not be delivered by the date shown.")
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = table_with_header(doc, ["Approved by", "Date"])
    cells = s.add_row().cells
    set_cell(cells[0], "SAB Executive Group")
    set_cell(cells[1], "16/06/2025")
    doc.save(path(name))

    exp = {
        "source": ("Imitates a Safeguarding Adults Board's annual delivery plan for its three-year strategic plan, with "
                   "progress reported to each Board meeting (Kirklees SAB, 2025/26; SCIE guidance on SAB strategic "
                   "plans and published SAB delivery plans such as York's). Copies a title and subtitle, an "
                   "introductory paragraph, one table with shaded full-width priority rows, 'What we will do / How "
                   "we will know' columns, sub-groups and posts as leads, mixed 'By when' forms, RAG words with "
                   "shading, a RAG key line and a sign-off table."),
        "reads": ("A single Word table holding four priorities as merged heading rows, each followed by its numbered "
                  "actions: nine actions with lead, date and RAG. A person reads each action under its priority; "
                  "'Complete' is blue, 'Quarterly' and 'Ongoing' have no end month; the sign-off table is not part "
                  "of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. Newark and Sherwood DC Community Plan delivery tracker (csv)
# ---------------------------------------------------------------------------
def newark():
    name = "zbq-newark-and-sherwood-dc-community-plan-delivery-tracker-2025-26.csv"
    title = "Newark and Sherwood District Council - Community Plan 2023-2027 Delivery Tracker, Quarter 2 2025/26"
    rows = [
        ("Objective 1 - Improve Health and Wellbeing", "CP1.01",
         "Open the extension to Newark Sports and Fitness Centre and launch the GP exercise referral scheme.",
         "Director - Communities & Environment", "31/03/2026", "In Progress", "Green",
         "Building works on programme; referral scheme agreed with Primary Care Network.",
         ["Director - Communities & Environment"], "2026-03", "green", None),
        ("Objective 1 - Improve Health and Wellbeing", "CP1.02",
         "Deliver the Healthy Sherwood programme in Ollerton, Boughton and Clipstone:\n- walking groups\n- cooking on a budget sessions",
         "Health Improvement Officer", "30/09/2025", "Completed", "Complete",
         "All sessions delivered; 214 residents took part.",
         ["Health Improvement Officer"], "2025-09", "blue", None),
        ("Objective 2 - Increase the Supply, Choice, and Standard of Housing", "CP2.01",
         "Deliver 100 new council homes through the housing development programme.",
         "Director - Housing, Health & Wellbeing", "31/03/2027", "In Progress", "Amber",
         "62 homes completed; two sites delayed by utility connections.",
         ["Director - Housing, Health & Wellbeing"], "2027-03", "amber", None),
        ("Objective 2 - Increase the Supply, Choice, and Standard of Housing", "CP2.02",
         "Consult on selective licensing of private rented homes in Newark town centre.",
         "Business Manager - Environmental Health", "31/12/2025", "In Progress", "Green",
         "Evidence report complete; consultation opens November.",
         ["Business Manager - Environmental Health"], "2025-12", "green", None),
        ("Objective 3 - Raise peoples' skills levels and create employment opportunities", "CP3.01",
         "Deliver the UKSPF-funded employability programme for 16-24 year olds, supporting 150 participants.",
         "Economic Growth Manager", "31/03/2026", "In Progress", "Green",
         "97 participants engaged to date.",
         ["Economic Growth Manager"], "2026-03", "green", None),
        ("Objective 4 - Reduce Crime and Anti-Social Behaviour", "CP4.01",
         "Extend the public space CCTV network to Ollerton and Rainworth.",
         "Community Protection Business Manager", "31/01/2026", "Delayed", "Red",
         "Supplier contract not yet awarded; re-tender required.",
         ["Community Protection Business Manager"], "2026-01", "red", None),
        ("Objective 4 - Reduce Crime and Anti-Social Behaviour", "CP4.02",
         "Run a safer night-time economy campaign with Nottinghamshire Police over the Christmas period.",
         "Community Safety Officer / Licensing Manager", "31/12/2025", "In Progress", "Green",
         "Campaign planned with Newark BID.",
         ["Community Safety Officer", "Licensing Manager"], "2025-12", "green", None),
        ("Objective 5 - Protect and enhance the district's natural environment and green spaces", "CP5.01",
         "Plant 10,000 trees on council land through the tree planting programme.",
         "Parks and Amenities Business Manager", "TBC", "Not Started", "",
         "Awaiting outcome of external funding bid.",
         ["Parks and Amenities Business Manager"], None, "unrated", "TBC"),
        ("Objective 8 - Be a modern and accessible Council", "CP8.01",
         "Launch the new customer portal and online 'report it' forms for waste, fly-tipping and street cleansing.",
         "Business Manager - ICT & Digital Services", "30/11/2025", "In Progress", "Green",
         "User testing complete; go-live 17 November.",
         ["Business Manager - ICT & Digital Services"], "2025-11", "green", None),
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["Exported 21/10/2025 09:14"])
        w.writerow([])
        w.writerow(["Objective", "Action Ref", "Action", "Responsible Officer", "Due Date", "Status", "RAG", "Latest Update"])
        for r in rows:
            w.writerow(r[:8])
        w.writerow([])
        w.writerow(["Total actions: 9; Complete 1; Green 5; Amber 1; Red 1; Not rated 1"])
    actions = [act(r[1], [r[0]], r[2], r[8], r[9], r[10], r[11]) for r in rows]
    exp = {
        "source": ("Imitates a performance-system CSV export of a district council's corporate plan delivery tracker "
                   "(Newark and Sherwood District Council Community Plan 2023-2027 and its objectives, "
                   "newark-sherwooddc.gov.uk/councilpriorities; quarterly performance reporting). Copies a title "
                   "line and export stamp above the header, the objective repeated on every row, action codes, job "
                   "titles with '&' and '-' as responsible officers, dd/mm/yyyy due dates and one 'TBC', separate "
                   "Status and RAG columns, a quoted multi-line action, and a totals line at the end."),
        "reads": ("A flat export: two preamble lines, a header and nine action rows, each naming its Community Plan "
                  "objective, then a totals line. A person reads nine actions grouped by objective, with one "
                  "responsible officer each except CP4.02 (two posts); CP5.01 has no due month (TBC) and no RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. Stoke-on-Trent City Council scrutiny recommendations tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
def stoke():
    name = "zbq-stoke-on-trent-city-council-scrutiny-recommendations-tracker-2025-26.txt"
    title = "Stoke-on-Trent City Council – Overview and Scrutiny Recommendations Tracker 2025/26"
    hdr = "Rec\tRecommendation\tCabinet response\tResponsible officer\tTarget date\tUpdate\tStatus"
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    committees = [
        ("ADULTS AND NEIGHBOURHOODS OVERVIEW AND SCRUTINY COMMITTEE", [
            ("Review: Damp and mould in council homes (task and finish group, reported to Cabinet 16 April 2025)", [
                ("DM1", "That the Council adopts a 'find and fix' standard so that every damp and mould report is inspected within 10 working days.",
                 "Accepted", "Head of Housing Operations", "30/06/2025",
                 "Standard in place from 2 June 2025; 94% inspected within 10 working days in Q2.", "B",
                 ["Head of Housing Operations"], "2025-06", None),
                ("DM2", "That tenants are given a named contact and written confirmation of the works to be done after each inspection.",
                 "Accepted", "Tenant Engagement Manager", "September 2025",
                 "Letter template agreed; named contacts in place in two of the three area teams.", "A",
                 ["Tenant Engagement Manager"], "2025-09", None),
                ("DM3", "That the Cabinet Member reports progress on the damp and mould action plan to this Committee every six months.",
                 "Accepted", "Cabinet Member for Housing / Director of Housing", "Six-monthly",
                 "First report considered 9 October 2025.", "G",
                 ["Cabinet Member for Housing", "Director of Housing"], None, "Six-monthly"),
            ]),
            ("Review: Carers' assessments and the adult social care front door", [
                ("CA1", "That waiting times for carers' assessments are published on the Council's website.",
                 "Partially accepted – to be published annually in the Local Account, not quarterly", "Head of Adult Social Care Operations", "Q4 2025/26",
                 "Data validated; first publication with Local Account 2025/26.", "G",
                 ["Head of Adult Social Care Operations"], "2026-03", None),
                ("CA2", "That the Council commissions a single carers' support service that includes young adult carers aged 16 to 25.",
                 "Accepted", "Commissioning Manager (Carers)", "By 1 April 2026",
                 "Procurement under way; contract award due February 2026.", "G",
                 ["Commissioning Manager (Carers)"], "2026-04", None),
            ]),
        ]),
        ("CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE", [
            ("Review: Elective home education (reported to Cabinet 11 June 2025)", [
                ("EHE1", "That every family that tells the Council it is electively home educating is offered a welcome visit within 20 school days.",
                 "Accepted", "Elective Home Education Lead", "Summer term 2026",
                 "Two additional EHE advisers recruited; visits offered to 71% of new families so far.", "G",
                 ["Elective Home Education Lead"], "2026-07", None),
                ("EHE2", "That the Council and schools share data monthly so that children leaving school rolls for home education are known within five school days.",
                 "Accepted", "Head of Education Access / Admissions Manager", "Jan-26",
                 "Data-sharing agreement with academy trusts still to be signed by two trusts.", "A",
                 ["Head of Education Access", "Admissions Manager"], "2026-01", None),
                ("EHE3", "That the Leader writes to the Secretary of State supporting a statutory register of children not in school.",
                 "Accepted", "Leader of the Council", "October 2025",
                 "Letter sent 3 September 2025; reply received.", "B",
                 ["Leader of the Council"], "2025-10", None),
            ]),
        ]),
    ]
    lines = [
        title,
        "Position at 14 November 2025 - report to the Overview and Scrutiny Co-ordinating Committee, 27 November 2025",
        "Status key: B = implemented; G = on track; A = some delay; R = not progressing",
        "",
    ]
    actions = []
    for comm, reviews in committees:
        lines.append(comm)
        for review, recs in reviews:
            lines.append(review)
            lines.append(hdr)
            for (ref, text, resp, officer, target, update, s, leads, end, end_text) in recs:
                lines.append("\t".join([ref, text, resp, officer, target, update, s]))
                actions.append(act(ref, [comm, review], text, leads, end, stat[s], end_text))
            lines.append("")
    lines.append("Notes: recommendations with status B will be removed from the tracker after this report. "
                 "Rejected recommendations are not tracked.")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    exp = {
        "source": ("Imitates a council overview and scrutiny recommendations tracker reported to a co-ordinating "
                   "scrutiny committee (Stoke-on-Trent City Council, 2025/26; compare Vale of Glamorgan 'Scrutiny "
                   "Decision Tracking of Recommendations' reports and Bromsgrove's quarterly recommendation "
                   "tracker). Saved as a tab-separated text export: title, position line and status key, then "
                   "committee headings in capitals, a 'Review:' line per scrutiny review with the header repeated, "
                   "recommendation rows with cabinet response, officer(s), target date, update and a one-letter "
                   "status, and a notes line."),
        "reads": ("Two committees, three scrutiny reviews and eight tracked recommendations. A person reads each "
                  "recommendation as the action, under its committee and review, with the responsible officer(s), "
                  "target date and status letter read through the key (B = implemented, so blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


if __name__ == "__main__":
    derbyshire()
    shropshire()
    adopt_east()
    gwynedd_mon()
    kirklees_sab()
    newark()
    stoke()
    print("built 7 zbq cases in", HERE)
