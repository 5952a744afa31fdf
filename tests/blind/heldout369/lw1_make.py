"""Build the seven lw1- cases (data files + expected readings) for set heldout369."""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "FF0070C0", "G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000",
    "GREY": "FFBFBFBF", "DARK": "FF1F3864", "LIGHT": "FFDDEBF7", "HEAD": "FFD9D9D9",
}
thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill(fill_type="solid", fgColor=FILL[c])


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. St Helens ILACS improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def st_helens():
    name = "lw1-st-helens-council-ilacs-improvement-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "St Helens Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Children's Services – Ofsted ILACS Improvement Plan 2025–2027"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A4"] = "Inspection dates: 3 to 14 March 2025"
    ws["A5"] = "Report published: 9 May 2025"
    ws["A6"] = "Overall effectiveness: Requires improvement to be good"
    ws["A8"] = "Document control"
    ws["A8"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", "20/06/2025", "Improvement Programme Manager", "First draft for DCS"),
            ("1.0", "31/07/2025", "Improvement Programme Manager", "Final – submitted to Ofsted"),
            ("1.3", "14/10/2025", "Improvement Programme Manager", "Quarter 2 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=9 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("HEAD")
    for col, w in zip("ABCD", (12, 14, 32, 34)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (c, txt) in enumerate([("B", "Complete – action delivered and impact evidenced"),
                                  ("G", "On track"),
                                  ("A", "Some slippage – mitigation in place"),
                                  ("R", "Off track – escalated to Improvement Board"),
                                  (None, "Not yet started")]):
        cell = key.cell(row=3 + i, column=1, value={"B": "B", "G": "G", "A": "A", "R": "R", None: ""}[c])
        if c:
            cell.fill = fill(c)
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Ofsted ILACS Improvement Plan – progress update to Improvement Board, October 2025"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Previous RAG (Jul-25)", "Current RAG (Oct-25)", "Progress update", "Evidence of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("HEAD")
        c.border = BORDER
        c.alignment = WRAP
    for col, w in zip("ABCDEFGHI", (7, 60, 32, 14, 14, 11, 11, 50, 30)):
        ws.column_dimensions[col].width = w

    P1 = "Priority 1: Help and protection"
    P2 = "Priority 2: Children in care and care leavers"
    P3 = "Priority 3: Leadership, management and workforce"
    R1 = ("The quality and timeliness of return home interviews for children who go missing, "
          "and how the information from them is used to reduce risk.")
    R2 = ("The quality of plans for children in need and children subject to child protection plans, "
          "so that they are specific, measurable and understood by families.")
    R3 = ("The sufficiency of local homes for children in care, including the recruitment and "
          "retention of in-house foster carers.")
    R4 = "The quality of pathway plans for care leavers and their access to suitable accommodation."
    R5 = "The consistency and impact of management oversight and supervision."

    layout = [
        ("P", P1), ("R", R1),
        ("A", "1.1", "Bring the return home interview service back in-house within the Missing and Exploitation Team so that interviews are offered within 72 hours of a child's return.",
         "Service Manager (Missing and Exploitation)", d(2025, 9, 30), None, "A", "B",
         "Service transferred 1 September 2025; 87% of interviews offered within 72 hours in September.", "Monthly missing performance report"),
        ("A", "1.2", "Introduce a missing episode analysis tool so that themes from return home interviews are shared with the MACE panel and recorded on the child's plan.",
         "Service Manager (Missing and Exploitation)\nMACE Chair", d(2025, 10, 31), d(2026, 1, 31), "G", "A",
         "Tool designed; delayed by Liquidlogic form change – release now scheduled for December.", ""),
        ("R", R2),
        ("A", "1.3", "Relaunch the child's plan template with SMART outcomes and a 'what this means for me' section written for parents and children.",
         "Head of Service – Safeguarding and Family Support", d(2025, 12, 31), None, "G", "G",
         "Template co-produced with parents' panel; go-live 1 December.", ""),
        ("A", "1.4", "Deliver plan-writing workshops for all social workers and team managers in the Safeguarding and Family Support teams.",
         "Principal Social Worker", "Ongoing", None, "G", "G",
         "Six workshops held, 94 staff attended.", "Audit grades for plans: 41% good or better (Q1 29%)"),
        ("P", P2), ("R", R3),
        ("A", "2.1", "Launch the fostering recruitment campaign with Foster for St Helens and increase approved in-house fostering households by 15.",
         "Karen Doyle", d(2026, 3, 31), None, "A", "A",
         "Seven households approved; 11 in assessment. Enquiry conversion remains low.", ""),
        ("A", "2.2", "Open two additional local children's homes (four beds each) through the Children's Home Capital Programme.",
         "AD Children's Social Care / Head of Commissioning", d(2026, 6, 30), d(2026, 9, 30), "A", "R",
         "Planning consent for second property refused; alternative site being sought.", ""),
        ("R", R4),
        ("A", "2.3", "Review all pathway plans for care leavers aged 18–21 using the new audit tool, co-produced with the Care Leavers Forum.",
         "Leaving Care Team Manager", d(2025, 11, 30), None, "G", "G",
         "112 of 160 plans reviewed.", ""),
        ("A", "2.4", "Agree a joint housing protocol for care leavers with Housing Options, including a ring-fenced allocation of supported tenancies.",
         "Head of Service – Children in Care; Housing Options Manager", d(2025, 9, 30), d(2025, 12, 31), "A", "G",
         "Draft protocol agreed by Housing DMT; to Cabinet Member briefing in November.", ""),
        ("P", P3), ("R", R5),
        ("A", "3.1", "Implement the revised supervision policy and recording template, with quarterly dip samples by Heads of Service.",
         "Principal Social Worker", d(2025, 7, 31), None, "B", "B",
         "Implemented July 2025. Q2 dip sample: 88% of supervisions in timescale.", "Supervision dip sample report"),
        ("A", "3.2", "Reduce average caseloads in the assessment teams to no more than 20 children per social worker through the recruitment of eight permanent social workers.",
         "Assistant Director – Children's Social Care", "Q4 2025/26", None, "", "",
         "Not yet started – dependent on 2026/27 budget growth bid.", ""),
    ]
    r = 4
    for item in layout:
        if item[0] == "P":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFFFF", size=12)
            c.fill = fill("DARK")
        elif item[0] == "R":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(italic=True, bold=True)
            c.fill = fill("LIGHT")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            _, ref, text, lead, orig, rev, prev, cur, upd, ev = item
            vals = [ref, text, lead, orig, rev, prev, cur, upd, ev]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, rag in ((6, prev), (7, cur)):
                if rag:
                    ws.cell(row=r, column=col).fill = fill(rag)
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1, value="Notes: RAG ratings agreed at Improvement Board on 14 October 2025. "
                                   "Revised target dates require Improvement Board approval.").font = Font(italic=True)
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings (October 2025)"
    sm["A1"].font = Font(bold=True)
    for i, (lab, n) in enumerate([("Blue – complete", 2), ("Green – on track", 4), ("Amber – some slippage", 2),
                                  ("Red – off track", 1), ("Not yet started", 1), ("Total actions", 10)]):
        sm.cell(row=3 + i, column=1, value=lab)
        sm.cell(row=3 + i, column=2, value=n)
    sm.column_dimensions["A"].width = 28
    wb.save(os.path.join(HERE, name))

    acts = [
        act("1.1", [P1, R1], layout[2][2], ["Service Manager (Missing and Exploitation)"], "2025-09", "blue"),
        act("1.2", [P1, R1], layout[3][2], ["Service Manager (Missing and Exploitation)", "MACE Chair"], "2026-01", "amber"),
        act("1.3", [P1, R2], layout[5][2], ["Head of Service – Safeguarding and Family Support"], "2025-12", "green"),
        act("1.4", [P1, R2], layout[6][2], ["Principal Social Worker"], None, "green", end_text="Ongoing"),
        act("2.1", [P2, R3], layout[9][2], ["Karen Doyle"], "2026-03", "amber"),
        act("2.2", [P2, R3], layout[10][2], ["AD Children's Social Care", "Head of Commissioning"], "2026-09", "red"),
        act("2.3", [P2, R4], layout[12][2], ["Leaving Care Team Manager"], "2025-11", "green"),
        act("2.4", [P2, R4], layout[13][2], ["Head of Service – Children in Care", "Housing Options Manager"], "2025-12", "green"),
        act("3.1", [P3, R5], layout[16][2], ["Principal Social Worker"], "2025-07", "blue"),
        act("3.2", [P3, R5], layout[17][2], ["Assistant Director – Children's Social Care"], "2026-03", "unrated"),
    ]
    write_yaml(name, {
        "source": ("Imitates a metropolitan borough's post-ILACS improvement plan workbook (St Helens Borough Council, "
                   "ILACS March 2025, requires improvement) of the kind taken to a children's Improvement Board and "
                   "submitted to Ofsted within 70 working days; no specific URL. Copied features: cover sheet with "
                   "document-control table, separate RAG key sheet, plan sheet with merged dark priority rows and "
                   "merged light rows carrying the Ofsted recommendation above its actions, original and revised "
                   "target dates as date cells (mmm-yy), previous and current RAG as letters on coloured fills, "
                   "progress and evidence columns, two leads in one cell (line break, slash, semicolon), a notes "
                   "line and a totals summary sheet."),
        "reads": ("A four-sheet workbook; the 'Improvement Plan' sheet holds ten numbered actions under three "
                  "priorities, each group of actions sitting under the Ofsted recommendation it answers. The end "
                  "month is the revised target date where one is given, otherwise the original; status is the "
                  "current (October) RAG, and 3.2 has no rating yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Children's Services – Ofsted ILACS Improvement Plan 2025–2027",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 2. Birmingham Safeguarding Children Partnership JTAI action plan (xlsx, read)
# ---------------------------------------------------------------------------
def birmingham():
    name = "lw1-birmingham-safeguarding-children-partnership-jtai-action-plan.xlsx"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Birmingham Safeguarding Children Partnership"
    ov["A1"].font = Font(bold=True, size=12)
    ov["A2"] = "Joint Targeted Area Inspection (JTAI) – Multi-agency Action Plan"
    ov["A2"].font = Font(bold=True, size=16)
    ov["A3"] = "Theme: the multi-agency response to children affected by serious youth violence"
    ov["A5"] = ("Inspection: 11–15 November 2024 (Ofsted, CQC, HMICFRS and HMI Probation). "
                "Letter of findings published 21 January 2025.")
    ov["A6"] = "Owner: BSCP Executive Group. Monitored by: Performance and Assurance Subgroup."
    ov["A8"] = "RAG key"
    ov["A8"].font = Font(bold=True)
    for i, (c, t) in enumerate([("B", "Blue – complete and assured by the Performance and Assurance Subgroup"),
                                ("G", "Green – on track"),
                                ("A", "Amber – at risk of missing timescale"),
                                ("R", "Red – overdue or not progressing")]):
        ov.cell(row=9 + i, column=1, value=t).fill = fill(c)
    AF1 = ("The timeliness and quality of information sharing between agencies when children are identified as "
           "at risk of serious youth violence, including at the point of arrest or attendance at the emergency department.")
    AF2 = ("The consistency of contextual safeguarding assessments and plans, so that they address risk in places "
           "and spaces outside the home.")
    AF3 = ("Leaders' understanding of the impact of multi-agency work, including through the use of shared data "
           "and the voice of children and families.")
    ov["A14"] = "Areas for improvement identified in the letter of findings"
    ov["A14"].font = Font(bold=True)
    for i, t in enumerate([AF1, AF2, AF3]):
        ov.cell(row=15 + i, column=1, value=f"{i + 1}. {t}").alignment = WRAP
    ov.column_dimensions["A"].width = 120

    heads = ["No.", "What we will do", "Lead agency / officer", "By when", "How we will know", "RAG",
             "Update – April 2025"]
    sheets = [
        ("AFI 1", 1, AF1, [
            ("1.1", "Agree a partnership information-sharing pathway between West Midlands Police custody, the Youth Justice Service and Children's Advice and Support Service (CASS) for every child arrested for a weapon-related offence.",
             "West Midlands Police\nBirmingham Children's Trust", "31/03/2025",
             "Pathway signed off; 100% of arrests notified to CASS within 24 hours (dip sample)", "Blue",
             "Pathway live from 3 March 2025."),
            ("1.2", "Extend the emergency department 'reachable moments' navigator referrals to Birmingham Children's Hospital and Heartlands Hospital.",
             "ICB Designated Nurse for Safeguarding Children", "End of June 2025",
             "Number of navigator referrals from both sites", "Green",
             "Funding agreed; navigators recruited for Heartlands."),
            ("1.3", "Audit 30 multi-agency strategy discussions for children at risk of extra-familial harm and report findings to the Performance and Assurance Subgroup.",
             "BSCP Business Manager", "Q2 2025/26",
             "Audit report and agreed learning actions", "Amber",
             "Audit tool agreed; police and health auditors not yet identified."),
        ]),
        ("AFI 2", 2, AF2, [
            ("2.1", "Roll out the contextual safeguarding assessment framework to all Children's Trust locality teams and the Youth Justice Service.",
             "Head of Service – Exploitation and Missing (BCT)", "September 2025",
             "Training attendance; audit of 20 assessments", "Green",
             "Four of seven localities trained."),
            ("2.2", "Establish quarterly place-based safety meetings for the five hotspot locations identified by the Community Safety Partnership.",
             "Community Safety Partnership Manager; WMP Neighbourhood Inspector", "Ongoing – quarterly",
             "Meeting minutes; reduction in reported incidents", "Green",
             "First two meetings held (Erdington and Small Heath)."),
        ]),
        ("AFI 3", 3, AF3, [
            ("3.1", "Develop a serious youth violence dashboard combining police, health, education and Youth Justice Service data, reviewed at each Executive Group.",
             "BSCP Business Manager / WMP Head of Analytics", d(2025, 12, 1),
             "Dashboard in use at Executive Group", "Red",
             "Data-sharing agreement with schools still outstanding; escalated to Executive Group."),
            ("3.2", "Commission a young people's advisory group, through the Youth Service, to feed back on their experience of services every six months.",
             "Head of Youth Service (BCC)", "By 31 October 2025",
             "Feedback reports to Executive Group", None,
             "Not started – to begin after the summer holiday programme."),
        ]),
    ]
    for title, n, afi, rows in sheets:
        ws = wb.create_sheet(title)
        ws["A1"] = f"Area for improvement {n}"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A2:G2")
        ws["A2"] = afi
        ws["A2"].alignment = WRAP
        ws["A2"].fill = fill("LIGHT")
        ws.row_dimensions[2].height = 45
        for j, h in enumerate(heads):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("HEAD")
            c.border = BORDER
        for i, (no, text, lead, when, measure, rag, upd) in enumerate(rows):
            for j, v in enumerate([no, text, lead, when, measure, rag, upd]):
                c = ws.cell(row=5 + i, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if rag:
                ws.cell(row=5 + i, column=6).fill = fill(rag[0])
        for col, w in zip("ABCDEFG", (6, 60, 32, 18, 36, 9, 45)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    r = {no: text for _, _, _, rows in sheets for (no, text, *_rest) in rows}
    acts = [
        act("1.1", [AF1], r["1.1"], ["West Midlands Police", "Birmingham Children's Trust"], "2025-03", "blue"),
        act("1.2", [AF1], r["1.2"], ["ICB Designated Nurse for Safeguarding Children"], "2025-06", "green"),
        act("1.3", [AF1], r["1.3"], ["BSCP Business Manager"], "2025-09", "amber"),
        act("2.1", [AF2], r["2.1"], ["Head of Service – Exploitation and Missing (BCT)"], "2025-09", "green"),
        act("2.2", [AF2], r["2.2"], ["Community Safety Partnership Manager", "WMP Neighbourhood Inspector"], None, "green",
            end_text="Ongoing – quarterly"),
        act("3.1", [AF3], r["3.1"], ["BSCP Business Manager", "WMP Head of Analytics"], "2025-12", "red"),
        act("3.2", [AF3], r["3.2"], ["Head of Youth Service (BCC)"], "2025-10", "unrated"),
    ]
    write_yaml(name, {
        "source": ("Imitates a safeguarding children partnership's post-JTAI multi-agency action plan (Birmingham "
                   "Safeguarding Children Partnership, JTAI on serious youth violence, letter January 2025) as kept "
                   "in Excel by a partnership business unit; no specific URL. Copied features: overview sheet with "
                   "title, inspection details, RAG key and the numbered list of areas for improvement; one sheet per "
                   "area for improvement with a kind-only heading ('Area for improvement 1') above a merged cell "
                   "holding its text; 'What we will do / Lead agency / By when / How we will know / RAG' columns; "
                   "agency leads two to a cell; dates written as words, quarters, a date cell and 'Ongoing'."),
        "reads": ("Seven numbered actions spread over three sheets, one per JTAI area for improvement; each action is "
                  "read under the area-for-improvement text on its sheet (the list on the Overview sheet is not a set "
                  "of actions). RAG is written as a colour word; 3.2 has none and is not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Joint Targeted Area Inspection (JTAI) – Multi-agency Action Plan",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 3. Derby YOS HMIP improvement plan - typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def derby():
    name = "lw1-derby-city-youth-offending-service-hmip-improvement-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Derby Youth Offending Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("HM Inspectorate of Probation inspection of youth justice services (fieldwork September 2024) – "
                "Post-inspection Improvement Plan")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Overall rating: Requires improvement. Plan endorsed by the Derby Youth Justice Management Board "
                "on 28 January 2025.")
    heads = ["Rec", "Recommendation", "Action", "Lead", "Start", "Target date", "RAG", "Update (June 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("DARK")
        c.border = BORDER
    blocks = [
        ("H", "The Derby Youth Justice Management Board should:"),
        ("1", "ensure that board members understand the needs of children known to the service and use this to challenge and support the work of their own agencies", [
            ("Hold a board development session on the profile of children known to the YOS, including disproportionality data.",
             "Chair of the Youth Justice Management Board", d(2024, 11, 1), d(2025, 3, 31), "Blue", "Session held 6 March 2025."),
            ("Introduce a quarterly partner performance report with a named board member accountable for each agency's data.",
             "YOS Head of Service", d(2025, 1, 1), d(2025, 6, 30), "Green", "First report to April board."),
        ]),
        ("2", "ensure that children have timely access to education, training and employment and to specialist health provision", [
            ("Agree a protocol with the Virtual School and Inclusion Service for children known to the YOS who are out of education.",
             "Head of Inclusion / Virtual School Headteacher", d(2025, 1, 1), d(2025, 7, 31), "Green", "Draft protocol circulated."),
            ("Secure CAMHS and speech and language therapy time within the YOS health offer through the ICB.",
             "ICB Head of Children's Commissioning", d(2025, 2, 1), d(2025, 9, 30), "Amber", "Business case at ICB panel in July."),
        ]),
        ("H", "The YOS Head of Service should:"),
        ("3", "improve the quality of assessment and planning for keeping other people safe", [
            ("Deliver risk of serious harm training to all case managers, with refresher sessions every six months.",
             "YOS Practice Manager", d(2025, 2, 1), d(2025, 6, 30), "Blue", "All 14 case managers trained."),
            ("Introduce a management oversight checklist for all children assessed as high or very high risk of serious harm.",
             "YOS Operations Manager", d(2025, 2, 1), d(2025, 4, 30), "Blue", "In use since April."),
        ]),
        ("4", "ensure that the needs and wishes of victims are considered in all out-of-court disposal decisions", [
            ("Recruit a second Victim Liaison Officer and ensure victims are contacted within 5 working days of the referral.",
             "YOS Operations Manager", d(2025, 4, 1), "0ct-25", "Amber", "Post advertised twice; re-advertising."),
            ("Review the Out of Court Disposal panel terms of reference to include a victim perspective at every panel.",
             "Chair of Out of Court Disposal Panel", d(2025, 3, 1), d(2025, 8, 31), "Green", "Revised terms of reference drafted."),
        ]),
        ("5", "improve the timeliness and quality of resettlement planning for children in custody", [
            ("Adopt the constructive resettlement practice guidance and resettlement planning template.",
             "YOS Practice Manager", d(2025, 5, 1), d(2026, 1, 31), "Green", ""),
            ("Agree an accommodation pathway with Housing Options for children leaving custody.",
             "Housing Options Manager", d(2025, 5, 1), d(2025, 12, 31), "Red", "No progress – escalated to board."),
        ]),
    ]
    r = 6
    typo_row = None
    for b in blocks:
        if b[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=b[1])
            c.font = Font(bold=True)
            c.fill = fill("LIGHT")
            r += 1
            continue
        num, rec, actions = b
        first = r
        for (text, lead, start, target, rag, upd) in actions:
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=lead)
            ws.cell(row=r, column=5, value=start).number_format = "mmm-yy"
            c = ws.cell(row=r, column=6, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy"
            else:
                typo_row = r
            ws.cell(row=r, column=7, value=rag).fill = fill(rag[0])
            ws.cell(row=r, column=8, value=upd or None)
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BORDER
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        ws.cell(row=first, column=1, value=num)
        ws.cell(row=first, column=2, value=rec)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGH", (5, 40, 55, 30, 9, 11, 8, 36)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 14, typo_row

    write_yaml(name, {
        "source": ("Imitates a youth offending service's post-inspection improvement plan for HM Inspectorate of "
                   "Probation (Derby Youth Offending Service, inspection fieldwork September 2024, plan endorsed by "
                   "the Youth Justice Management Board); no specific URL. Copied features: title block with rating "
                   "and endorsement line, recommendations grouped by addressee ('The ... Board should:' / 'The YOS "
                   "Head of Service should:') in merged banner rows, recommendation number and text merged down "
                   "over their actions, start and target dates as mmm-yy date cells, RAG colour words on fills, "
                   "June update column."),
        "reads": ("Nine actions under five HMIP recommendations. The target date for the Victim Liaison Officer "
                  "action (sheet row 14) reads '0ct-25' with a zero for the O, in a column where every other "
                  "target is a real month; a careful reader stops and asks rather than guess the month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 14,
        "title": ("HM Inspectorate of Probation inspection of youth justice services (fieldwork September 2024) – "
                  "Post-inspection Improvement Plan"),
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True


# ---------------------------------------------------------------------------
# 4. Foster Wales Neath Port Talbot CIW fostering inspection improvement plan (docx, read)
# ---------------------------------------------------------------------------
def npt():
    name = "lw1-foster-wales-neath-port-talbot-ciw-fostering-inspection-improvement-plan.docx"
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("Neath Port Talbot County Borough Council").bold = True
    doc.add_paragraph("Social Services, Health and Housing Directorate")
    TITLE = "Foster Wales Neath Port Talbot – CIW Inspection Improvement Plan"
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph("Local authority fostering service inspected by Care Inspectorate Wales on 4, 5 and 6 November "
                      "2024. Inspection report published 14 January 2025. This plan responds to the three areas for "
                      "improvement identified in the report.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("0.2", "03/02/2025", "Principal Officer – Fostering", "Draft for Responsible Individual"),
                ("1.0", "17/02/2025", "Principal Officer – Fostering", "Approved"),
                ("1.2", "10/07/2025", "Principal Officer – Fostering", "Progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()

    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    sections = [
        ("Well-being", 1,
         "Children and young people are not always supported to contribute their views to their foster carers' annual reviews.",
         [("1.1", "Introduce a child-friendly 'My Foster Family' feedback form, available in Welsh and English, to be completed before every annual review.",
           "Fostering Team Manager", "31 March 2025", GREEN),
          ("1.2", "Supervising social workers to record the child's views, or why they could not be obtained, in every annual review report.",
           "Supervising Social Workers / Independent Reviewing Officer", "Quarterly", AMBER)]),
        ("Care and development", 2,
         "Foster carers' training and development needs are not consistently identified in supervision or in their personal development plans.",
         [("2.1", "Update the supervision recording template to include a training needs section reviewed at each supervision.",
           "Principal Officer – Fostering", "January 2025", GREEN),
          ("2.2", "Deliver the mandatory training programme (trauma-informed practice, safer caring and first aid) to all approved foster carers.",
           "Workforce Development Officer", "By end of September 2025", AMBER),
          ("2.3", "Audit 20 foster carer files each quarter to check personal development plans are in place and up to date.",
           "Quality Assurance Officer", "June 2025 – March 2026", RED)]),
        ("Leadership and management", 3,
         "The Responsible Individual's oversight reports do not sufficiently evaluate the quality of care and the outcomes for children.",
         [("3.1", "Revise the six-monthly Quality of Care Review report so it includes feedback from children, foster carers and professionals and an analysis of outcomes.",
           "Responsible Individual", "30/04/2025", GREEN),
          ("3.2", "Present the Quality of Care Review to the Social Services, Health and Housing Scrutiny Committee twice a year.",
           "Head of Children and Young People Services", "Six-monthly", None)]),
    ]
    for heading, n, afi, rows in sections:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(f"Area for improvement {n}").bold = True
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsible officer", "Timescale", "RAG"]):
            c.text = h
            shade(c, "D9D9D9")
        bold_row(t.rows[0])
        for (no, text, lead, when, colour) in rows:
            cells = t.add_row().cells
            cells[0].text = no
            cells[1].text = text
            cells[2].text = lead
            cells[3].text = when
            if colour:
                shade(cells[4], colour)
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for row, (colour, txt) in zip(k.rows, [(GREEN, "Completed"), (AMBER, "In progress"), (RED, "Overdue or at risk")]):
        shade(row.cells[0], colour)
        row.cells[1].text = txt
    doc.add_paragraph()
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Signed off by", "Role", "Date"]):
        c.text = h
    bold_row(s.rows[0])
    for c, v in zip(s.rows[1].cells, ["A. Thomas", "Responsible Individual", "17/02/2025"]):
        c.text = v
    doc.save(os.path.join(HERE, name))

    S = {no: (h, afi, text) for h, _, afi, rows in sections for (no, text, *_r) in rows}
    def a(no, lead, end, status, end_text=None):
        h, afi, text = S[no]
        return act(no, [h, afi], text, lead, end, status, end_text)
    acts = [
        a("1.1", ["Fostering Team Manager"], "2025-03", "blue"),
        a("1.2", ["Supervising Social Workers", "Independent Reviewing Officer"], None, "amber", "Quarterly"),
        a("2.1", ["Principal Officer – Fostering"], "2025-01", "blue"),
        a("2.2", ["Workforce Development Officer"], "2025-09", "amber"),
        a("2.3", ["Quality Assurance Officer"], "2026-03", "red"),
        a("3.1", ["Responsible Individual"], "2025-04", "blue"),
        a("3.2", ["Head of Children and Young People Services"], None, "unrated", "Six-monthly"),
    ]
    write_yaml(name, {
        "source": ("Imitates a Welsh local authority fostering service's improvement plan after a Care Inspectorate "
                   "Wales inspection (Foster Wales Neath Port Talbot, inspected November 2024), as taken to the "
                   "Responsible Individual and scrutiny; no specific URL. Copied features: council and directorate "
                   "lines, document-control table, one section per CIW theme (Well-being / Care and development / "
                   "Leadership and management) each with a kind-only label 'Area for improvement N', the area's "
                   "text, and its own action table; RAG shown only as cell shading, with a RAG key table in which "
                   "green means completed (no blue); a sign-off table."),
        "reads": ("Seven numbered actions in three tables, each under its CIW theme heading and the area-for-"
                  "improvement text above the table. The RAG cells have no text, only shading, and the document's "
                  "key says green = completed, so green-shaded actions are complete; 3.2 is unshaded (not yet rated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 5. Leicester City Council focused visit action plan (docx, read)
# ---------------------------------------------------------------------------
def leicester():
    name = "lw1-leicester-city-council-focused-visit-action-plan.docx"
    doc = Document()
    doc.add_paragraph("Leicester City Council – Children's Social Care and Early Help")
    TITLE = "Ofsted Focused Visit (3 and 4 December 2024): Action Plan"
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph("Focus of the visit: the local authority's arrangements for care leavers.")
    doc.add_paragraph("Ofsted letter published 16 January 2025. Plan approved by the Children's Improvement Board on "
                      "12 February 2025. Progress updated 31 July 2025.")
    doc.add_paragraph("RAG: Complete = blue; On track = green; Some slippage = amber; Off track = red; "
                      "Not started = grey.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Completion date", "Progress update (July 2025)", "RAG"]):
        c.text = h
        shade(c, "1F3864")
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    A1 = ("1. The quality of pathway plans, so that they are specific, are updated when circumstances change "
          "and reflect care leavers' views.")
    A2 = "2. The range and suitability of accommodation for care leavers, including those aged 21 to 25."
    A3 = "3. Care leavers' access to emotional wellbeing and mental health support."
    rows = [
        ("S", A1),
        ("1a", "Introduce a pathway plan quality standard and audit tool, with monthly thematic audits completed by",
         "Head of Service – Leaving Care", "March 2025", "Standard launched 3 March; four monthly audits completed.", "Complete"),
        ("", "Team Managers and reported to the Care Leavers Partnership Board.", "", "", "", ""),
        ("1b", "Co-produce a new pathway plan format with the Children in Care Council and care leaver ambassadors.",
         "Participation Lead / Head of Service – Leaving Care", "30 June 2025", "New 'My Pathway' format in use from June.", "Complete"),
        ("1c", "Ensure every care leaver's pathway plan is reviewed within six months or sooner if their circumstances change.",
         "Personal Adviser Team Managers", "Ongoing", "92% reviewed in timescale (June).", "On track"),
        ("S", A2),
        ("2a", "Increase the supported lodgings offer by recruiting 10 new supported lodgings hosts.",
         "Supported Lodgings Coordinator", "December 2025", "Four hosts approved; three in assessment.", "On track"),
        ("2b", "Agree a care leavers' housing protocol and priority banding with the Housing Division.",
         "Director of Children's Social Care and Early Help; Director of Housing", "September 2025",
         "Banding change requires Allocations Policy review – not before 2026.", "Off track"),
        ("2c", "Review the 'staying put' and 'staying close' offer and publish an updated Local Offer for care leavers.",
         "Head of Service – Leaving Care", "31/10/2025", "", "Not started"),
        ("S", A3),
        ("3a", "Agree a dedicated care leavers' mental health pathway with Leicestershire Partnership NHS Trust and the ICB.",
         "Designated Nurse for Children in Care (ICB)", "January 2026", "Pathway drafted; awaiting LPT clinical sign-off.", "Some slippage"),
        ("3b", "Extend the Personal Adviser offer of drop-in wellbeing sessions at the Care Leavers' Hub to twice weekly.",
         "Care Leavers' Hub Manager", "April 2025", "Sessions running Tuesdays and Thursdays.", "Complete"),
    ]
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "S":
            m = cells[0].merge(cells[5])
            m.text = row[1]
            m.paragraphs[0].runs[0].font.bold = True
            shade(m, "DDEBF7")
            continue
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    doc.add_paragraph("The plan is monitored monthly by the Care Leavers Partnership Board and reported quarterly to "
                      "the Children's Improvement Board.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Approved by", "Role", "Date"]):
        c.text = h
    for c, v in zip(s.rows[1].cells, ["M. Okafor", "Strategic Director, Social Care and Education", "12/02/2025"]):
        c.text = v
    doc.save(os.path.join(HERE, name))

    acts = [
        act("1a", [A1], "Introduce a pathway plan quality standard and audit tool, with monthly thematic audits completed by\n"
                        "Team Managers and reported to the Care Leavers Partnership Board.",
            ["Head of Service – Leaving Care"], "2025-03", "blue"),
        act("1b", [A1], rows[3][1], ["Participation Lead", "Head of Service – Leaving Care"], "2025-06", "blue"),
        act("1c", [A1], rows[4][1], ["Personal Adviser Team Managers"], None, "green", "Ongoing"),
        act("2a", [A2], rows[6][1], ["Supported Lodgings Coordinator"], "2025-12", "green"),
        act("2b", [A2], rows[7][1], ["Director of Children's Social Care and Early Help", "Director of Housing"], "2025-09", "red"),
        act("2c", [A2], rows[8][1], ["Head of Service – Leaving Care"], "2025-10", "unrated"),
        act("3a", [A3], rows[10][1], ["Designated Nurse for Children in Care (ICB)"], "2026-01", "amber"),
        act("3b", [A3], rows[11][1], ["Care Leavers' Hub Manager"], "2025-04", "blue"),
    ]
    write_yaml(name, {
        "source": ("Imitates a unitary council's action plan after an Ofsted ILACS focused visit on care leavers "
                   "(Leicester City Council, visit December 2024, letter January 2025), approved by a children's "
                   "improvement board; no specific URL. Copied features: directorate line and heading title, "
                   "visit focus and approval lines, a one-line RAG key in words, a single action table with "
                   "full-width merged rows carrying the numbered area for improvement from Ofsted's letter, lettered "
                   "refs (1a, 1b ...), an action that runs onto a second row with no ref (continuation across a "
                   "page break), progress column, RAG as words, a closing note and an approval table."),
        "reads": ("Eight lettered actions under three numbered areas for improvement in one table. Action 1a carries "
                  "on in the next row, which has no ref, lead or date and is the rest of 1a's sentence, not a new "
                  "action. Status words map through the document's own key (Some slippage = amber, Off track = red)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 6. Hull corporate parenting board action plan (csv, read)
# ---------------------------------------------------------------------------
def hull():
    name = "lw1-hull-city-council-corporate-parenting-board-action-plan.csv"
    P1 = "Pledge 1: We will help you feel safe and settled where you live"
    P2 = "Pledge 2: We will make sure you have the best chance to do well in education"
    P3 = "Pledge 3: We will listen to you and act on what you tell us"
    rows = [
        ["Hull City Council – Corporate Parenting Board Action Plan 2025-26", "", "", "", "", "", ""],
        ["Export from Board tracker, 18/11/2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Pledge", "Ref", "Action", "Lead", "Due", "RAG", "Latest update"],
        [P1, "CP1.1", "Increase the number of children in care living in Hull, or within 20 miles of home, through the Fostering Hull recruitment plan.",
         "Head of Fostering and Adoption", "Mar-26", "G", "68% placed in or near Hull (Q2), up from 63%."],
        ["", "CP1.2", "Every child moving home to have a 'welcome pack' and a visit from their social worker within 5 working days.",
         "Children in Care Service Manager", "Dec-25", "A", "Welcome packs in place; visits within 5 days at 71%."],
        [P2, "CP2.1", "Ensure every child in care has an up-to-date Personal Education Plan, completed with the child, each term.",
         "Virtual School Headteacher", "Termly", "G", "Summer term PEP completion 96%."],
        ["", "CP2.2", "Provide 20 care leaver apprenticeship or work placement opportunities across council departments.",
         "Cllr P. Mathieson / HR Business Partner", "31/03/2026", "A", "9 placements to date."],
        ["", "CP2.3", "Offer a tutor to every child in care in Year 10 and 11 who is not on track for a grade 4 in English or maths.",
         "Virtual School Headteacher", "Q3 2025/26", "B", "Tutoring in place for all 34 eligible pupils."],
        [P3, "CP3.1", "Children in Care Council to attend every second Board meeting and set one agenda item.",
         "Participation Officer", "Ongoing", "G", "Attended September Board – item on pocket money."],
        ["", "CP3.2", "Publish a 'You said, we did' report after each Bright Spots survey.",
         "Head of Quality Assurance and Practice Improvement", "Jan-26", "", "Survey closes December."],
        ["", "CP3.3", "Review the corporate parenting induction for all elected members and senior officers, co-delivered by care leavers.",
         "Democratic Services Manager; Care Leavers Forum", "Sep-25", "R", "Not delivered – new date to be agreed at December Board."],
        ["", "", "", "", "", "", ""],
        ["Key: B = complete, G = on track, A = at risk, R = off track; blank = not yet started", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)

    def a(i, under, lead, end, status, end_text=None):
        r = rows[i]
        return act(r[1], [under], r[2], lead, end, status, end_text)
    acts = [
        a(4, P1, ["Head of Fostering and Adoption"], "2026-03", "green"),
        a(5, P1, ["Children in Care Service Manager"], "2025-12", "amber"),
        a(6, P2, ["Virtual School Headteacher"], None, "green", "Termly"),
        a(7, P2, ["Cllr P. Mathieson", "HR Business Partner"], "2026-03", "amber"),
        a(8, P2, ["Virtual School Headteacher"], "2025-12", "blue"),
        a(9, P3, ["Participation Officer"], None, "green", "Ongoing"),
        a(10, P3, ["Head of Quality Assurance and Practice Improvement"], "2026-01", "unrated"),
        a(11, P3, ["Democratic Services Manager", "Care Leavers Forum"], "2025-09", "red"),
    ]
    write_yaml(name, {
        "source": ("Imitates a corporate parenting board action plan organised by the council's pledges to children "
                   "in care and care leavers (Hull City Council, 2025-26), exported from the board's tracker as CSV; "
                   "no specific URL. Copied features: title and export-date lines, pledge column filled only on the "
                   "first row of each pledge, CP-numbered refs, dues written as Mar-26 / 31/03/2026 / Q3 2025/26 / "
                   "Termly / Ongoing, RAG letters including B for complete and a blank, a councillor and an officer "
                   "sharing a lead cell, a key line at the foot."),
        "reads": ("Eight actions under three pledges; each pledge is written once and carries down to the blank "
                  "pledge cells below it. The RAG letter is the status (B = complete per the key line; blank = not "
                  "yet started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Hull City Council – Corporate Parenting Board Action Plan 2025-26",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 7. Barking and Dagenham early help strategy delivery plan (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def barking():
    name = "lw1-barking-dagenham-early-help-strategy-delivery-plan.txt"
    P1 = "PRIORITY 1: Right help at the right time – Family Hubs and the front door"
    P2 = "PRIORITY 2: A confident early help workforce across the partnership"
    P3 = "PRIORITY 3: Knowing our impact"
    head = "Ref\tAction\tLead(s)\tTimescale\tStatus\tQ2 update"
    acts_rows = {
        P1: [
            ("1.1", "Open the sixth Family Hub in Thames ward and publish the Family Hubs timetable online.",
             "Family Hubs Programme Lead", "By 31 December 2025", "On track", "Building works complete; staff recruited."),
            ("1.2", "Embed early help practitioners in the MASH to triage contacts that do not meet the threshold for statutory social care.",
             "Head of Early Help / MASH Service Manager", "Sept 2025 – March 2026", "At risk", "One of two posts filled."),
            ("1.3", "Launch the Request for Support online form for partner agencies.",
             "Early Help Systems Officer", "w/c 12/01/26", "Not started", "Awaiting EHM system upgrade."),
        ],
        P2: [
            ("2.1", "Deliver Lead Practitioner training to 150 staff in schools, health and the voluntary sector.",
             "Early Help Workforce Development Lead", "Summer term 2026", "On track", "64 trained to date."),
            ("2.2", "Refresh the Barking and Dagenham Continuum of Need guidance with partners and relaunch it at the Safeguarding Partnership conference.",
             "BDSCP Business Manager", "October 2025", "Complete", "Relaunched at conference on 2 October."),
            ("2.3", "Hold quarterly early help practice forums for designated safeguarding leads.",
             "Education Safeguarding Lead", "Ongoing", "On track", "Forum held 17 September (48 DSLs)."),
        ],
        P3: [
            ("3.1", "Build an early help outcomes dashboard using the Supporting Families outcome framework.",
             "Head of Insight; Early Help Performance Analyst", "Q4 2025/26", "Off track", "Analyst post vacant since July."),
            ("3.2", "Carry out a family feedback survey at case closure and report themes to the Early Help Partnership Board.",
             "Early Help Quality Assurance Manager", "End of January 2026", "On track", "Survey live from October."),
            ("3.3", "Publish the annual Early Help Partnership self-assessment.",
             "Head of Early Help", "June 2026", "Not started", ""),
        ],
    }
    lines = [
        "London Borough of Barking and Dagenham",
        "Early Help Strategy 2024–2027 – Year 2 Delivery Plan 2025/26",
        "Early Help Partnership Board – progress at Quarter 2 (September 2025)",
        "",
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | Not started",
        "",
        head,
    ]
    for p, rs in acts_rows.items():
        lines.append(p)
        for r in rs:
            lines.append("\t".join(r))
        lines.append("")
    lines.append("Summary: 9 actions – Complete 1, On track 4, At risk 1, Off track 1, Not started 2")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    spec = {
        "1.1": (["Family Hubs Programme Lead"], "2025-12", "green", None),
        "1.2": (["Head of Early Help", "MASH Service Manager"], "2026-03", "amber", None),
        "1.3": (["Early Help Systems Officer"], "2026-01", "unrated", None),
        "2.1": (["Early Help Workforce Development Lead"], "2026-07", "green", None),
        "2.2": (["BDSCP Business Manager"], "2025-10", "blue", None),
        "2.3": (["Education Safeguarding Lead"], None, "green", "Ongoing"),
        "3.1": (["Head of Insight", "Early Help Performance Analyst"], "2026-03", "red", None),
        "3.2": (["Early Help Quality Assurance Manager"], "2026-01", "green", None),
        "3.3": (["Head of Early Help"], "2026-06", "unrated", None),
    }
    acts = []
    for p, rs in acts_rows.items():
        for r in rs:
            lead, end, st, et = spec[r[0]]
            acts.append(act(r[0], [p], r[1], lead, end, st, et))
    write_yaml(name, {
        "source": ("Imitates an early help partnership's annual delivery plan for its early help strategy (London "
                   "Borough of Barking and Dagenham, Early Help Strategy 2024–2027, year 2 plan 2025/26, quarter 2 "
                   "progress to the Early Help Partnership Board), saved as a tab-separated text export; no specific "
                   "URL. Copied features: three title lines, a status key line mapping words to colours, one header "
                   "line, upper-case PRIORITY lines between action rows, timescales as 'By 31 December 2025', a "
                   "period, 'w/c' date, school term, quarter and 'Ongoing', two leads split by slash or semicolon, "
                   "a summary line at the end."),
        "reads": ("Nine numbered actions under three priorities in a tab-separated list. Status words map through the "
                  "key line (At risk = amber, Off track = red, Not started = unrated); the summary line is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Early Help Strategy 2024–2027 – Year 2 Delivery Plan 2025/26",
        "actions": acts,
    })


if __name__ == "__main__":
    st_helens()
    birmingham()
    derby()
    npt()
    leicester()
    hull()
    barking()
    print("done")
