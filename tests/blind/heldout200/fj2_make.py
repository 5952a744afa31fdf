"""Build the seven fj2- blind test files (set heldout200).

Run with: /work/main/.venv/bin/python fj2_make.py
Writes the data files next to this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "00B0F0",
}

# ---------------------------------------------------------------- helpers


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def xfill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ====================================================================
# 1. Lewisham SAB - SAR 'Ms K' action plan (docx, table per recommendation)
# ====================================================================

LEWISHAM_TITLE = "Safeguarding Adults Review ‘Ms K’ – Multi-Agency Action Plan"

LEWISHAM = [
    ("Theme 1: Self-neglect and executive functioning",
     "Recommendation 1: LSAB partners should be able to evidence that practitioners understand executive "
     "functioning and apply it when assessing the mental capacity of adults who self-neglect.",
     [
         ("1.1", "Deliver multi-agency briefing sessions on executive functioning and the Mental Capacity Act, "
                 "drawing on the learning from this review.",
          "LSAB Learning and Development Subgroup Chair", "June 2025",
          "Four sessions delivered (May–June 2025), 212 attendees. Evaluation report to Subgroup in July.",
          "Blue"),
         ("1.2", "Audit a sample of 20 mental capacity assessments completed for adults who self-neglect, testing "
                 "whether executive functioning has been considered.",
          "Principal Social Worker, Lewisham ASC\nHead of Adult Safeguarding, SLaM", "31/12/2025",
          "Audit tool agreed. Case selection under way; fieldwork planned for November.", "Green"),
     ]),
    ("Theme 2: Hospital discharge and pressure care",
     "Recommendation 2: Lewisham and Greenwich NHS Trust and Lewisham ASC should assure the Board that discharge "
     "planning for adults who self-neglect includes a community risk assessment before the day of discharge.",
     [
         ("2.1", "Review the Integrated Discharge Team checklist so that self-neglect and refusal of care are "
                 "recorded as discharge risks.",
          "Head of Integrated Discharge, LGT", "Sept 2025",
          "Checklist revised and in use from 1 September 2025.", "Blue"),
         ("2.2", "Introduce a joint pre-discharge meeting for any patient known to be self-neglecting, with the "
                 "community nursing team invited.",
          "Head of Integrated Discharge, LGT; Lewisham Community Nursing Lead", "Q4 2025/26",
          "Pilot on two wards (Beech and Mulberry) from October 2025.", "Green"),
         ("2.3", "Community nursing to escalate any refusal of pressure area care lasting more than two weeks to "
                 "the adult’s GP and to ASC through a safeguarding concern.",
          "Lewisham Community Nursing Lead", "Dec-25",
          "Escalation guidance drafted; awaiting sign-off at Nursing Quality Group.", "Amber"),
     ]),
    ("Theme 3: Working with housing providers",
     "Recommendation 3: LSAB should work with registered housing providers to agree how tenancy staff raise and "
     "escalate concerns about self-neglect and hoarding.",
     [
         ("3.1", "Refresh the Lewisham Self-Neglect and Hoarding Protocol and circulate it to all registered "
                 "providers with stock in the borough.",
          "LSAB Business Manager", "March 2026",
          "Protocol redrafted with input from housing providers. Consultation closes 30 November.", "Green"),
         ("3.2", "Invite the two largest housing providers to join the LSAB Self-Neglect Panel as standing members.",
          "LSAB Independent Chair", "Ongoing",
          "Phoenix Community Housing attending from August 2025; second provider to be confirmed.", "Green"),
     ]),
    ("Theme 4: Assurance",
     "Recommendation 4: The Board should seek evidence of the impact of this review within 12 months of "
     "publication.",
     [
         ("4.1", "Complete a multi-agency case file audit of self-neglect cases and report the findings and impact "
                 "to the Board.",
          "Chair, Quality and Performance Subgroup", "April 2026",
          "Not yet started – scheduled for Q4.", ""),
     ]),
]


def make_lewisham():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)

    doc.add_paragraph(LEWISHAM_TITLE, style="Title")
    doc.add_paragraph("Lewisham Safeguarding Adults Board (LSAB)")
    doc.add_paragraph("Version 4 – progress as reported to the LSAB Case Review Subgroup, 9 October 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for row in [
        ("1.0", "12/02/2025", "LSAB Business Manager", "Draft following final SAR panel meeting"),
        ("2.0", "27/03/2025", "LSAB Business Manager", "Agreed by the Board with the overview report"),
        ("3.0", "10/07/2025", "LSAB Business Unit", "Q1 2025/26 progress added"),
        ("4.0", "09/10/2025", "LSAB Business Unit", "Q2 2025/26 progress added"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Ms K was a 58-year-old woman who lived alone in a housing association flat in Lewisham. She died in "
        "hospital in February 2024 from sepsis associated with pressure ulcers and severe self-neglect. The review "
        "was commissioned under section 44 of the Care Act 2014 and the overview report was agreed by the Board in "
        "March 2025. The review made four recommendations; this plan sets out the multi-agency response.")

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, colour, meaning in [
        ("Blue", "blue", "Action complete and evidence of impact received"),
        ("Green", "green", "On track to meet target date"),
        ("Amber", "amber", "Some slippage – revised date agreed with Subgroup"),
        ("Red", "red", "Off track – escalation to the Board required"),
    ]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], FILL[colour])
        set_cell(cells[1], meaning)

    headers = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update (Q2 2025/26)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.2), Cm(2.4), Cm(6.5), Cm(1.6)]
    for theme, rec, actions in LEWISHAM:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, rec, bold=True)
        shade(top, "D9E2F3")
        for c, h in zip(t.rows[1].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "F2F2F2")
        for ref, action, lead, target, progress, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, target, progress, rag]):
                set_cell(c, v)
            if rag:
                shade(cells[5], FILL[rag.lower()])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for row in [("Agreed by", "LSAB Independent Chair", "27 March 2025"),
                ("Next review", "LSAB Case Review Subgroup", "January 2026")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.save(os.path.join(HERE, "fj2-lewisham-sab-sar-ms-k-action-plan.docx"))


# ====================================================================
# 2. Tower Hamlets CSP - DHR 'Rahima' action plan (tab-separated text export)
# ====================================================================

TH_HEADER = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take", "Lead Agency",
             "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome",
             "RAG"]

TH_RECS = [
    ("1. All agencies in the Tower Hamlets partnership to ensure frontline staff are trained to recognise economic "
     "abuse and coercive control within extended family households.", "Local",
     [
         ("Include economic abuse and extended-family coercive control in the VAWG multi-agency training programme "
          "2024/25.", "LBTH VAWG Team",
          "Module written with Surviving Economic Abuse; first cohort trained February 2025.", "Mar-25",
          "Completed March 2025 – 146 practitioners trained", "Blue"),
         ("Partner agencies to report training uptake to the VAWG Strategic Group each quarter.",
          "All partner agencies", "Q1 and Q2 returns received from 9 of 11 agencies.", "Quarterly", "", "Green"),
     ]),
    ("2. Barts Health NHS Trust and GP practices to routinely ask about domestic abuse when a patient attends with "
     "a relative acting as interpreter.", "Local",
     [
         ("Update the Barts Health interpreting policy so that family members are not used as interpreters where "
          "there is any indication of abuse, and professional interpreters are booked.",
          "Barts Health NHS Trust", "Draft policy to Safeguarding Committee May 2025.", "Jun-25",
          "Policy ratified 3 July 2025", "Blue"),
         ("Deliver IRIS training to the remaining GP practices in Tower Hamlets, including the use of professional "
          "interpreters for routine enquiry.",
          "NEL ICB (Tower Hamlets) and IRIS Advocate Educator", "29 of 34 practices trained by December 2025.",
          "31/03/2026", "", "Green"),
     ]),
    ("3. The Metropolitan Police Service (Central East BCU) to improve the checking of previous domestic abuse "
     "reports when a new allegation is made.", "Regional",
     [
         ("Brief all Central East BCU response and CSU supervisors on checking historic CRIS and CAD reports before "
          "completing the DARA risk assessment.",
          "Metropolitan Police Service", "Briefing delivered at supervisors’ training days, August 2025.",
          "Sept 2025", "", "Amber"),
         ("Dip sample 50 domestic abuse investigations to test compliance and report the results to the CSP Board.",
          "Metropolitan Police Service", "Dip sample delayed by BCU restructure.", "Dec 2025", "", "Red"),
     ]),
    ("4. Tower Hamlets Community Safety Partnership to seek assurance that the learning from this review has been "
     "shared with faith and community organisations.", "Local",
     [
         ("Hold a learning event with faith leaders and community organisations, co-produced with the victim’s "
          "family where they wish to take part.",
          "Tower Hamlets CSP", "Family contacted through advocate; awaiting response.",
          "TBC – following family consultation", "", "Amber"),
         ("Publish a 7-minute briefing on the review:\n- circulate it through the Tower Hamlets CVS newsletter\n"
          "- place it on the CSP website with the executive summary",
          "LBTH Community Safety Team", "Briefing drafted and agreed by panel.", "Aug-24",
          "Published 30 August 2024", "Blue"),
     ]),
]


def tsv_field(v):
    if "\n" in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def make_tower_hamlets():
    lines = [
        "Domestic Homicide Review ‘Rahima’ – Action Plan",
        "Tower Hamlets Community Safety Partnership",
        "Independent Chair: Standing Together Against Domestic Abuse. Overview report approved by the Home Office "
        "Quality Assurance Panel on 18 June 2024.",
        "Position at 15 January 2026",
        "",
        "\t".join(TH_HEADER),
    ]
    for rec, scope, actions in TH_RECS:
        for i, (action, lead, milestones, target, done, rag) in enumerate(actions):
            row = [rec if i == 0 else "", scope if i == 0 else "", action, lead, milestones, target, done, rag]
            lines.append("\t".join(tsv_field(v) for v in row))
    lines += [
        "",
        "RAG key: Blue – complete; Green – on track; Amber – some slippage; Red – off track",
        "Plan owner: Head of Community Safety, London Borough of Tower Hamlets",
    ]
    with open(os.path.join(HERE, "fj2-tower-hamlets-csp-dhr-rahima-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ====================================================================
# 3. Swale CSP - Community Safety Plan 2025-26 action plan (xlsx, 3 sheets)
# ====================================================================

SWALE_PRIORITIES = [
    ("Priority 1: Domestic abuse and violence against women and girls", [
        ("1.1", "Deliver the Swale Domestic Abuse One Stop Shop weekly in Sittingbourne and fortnightly on the Isle "
                "of Sheppey, and scope an outreach offer for Faversham.",
         "SATEDA", "SBC Community Safety Unit; Kent Police", d(2026, 3, 31),
         "Both sites running; 118 attendances in Q1.", "G",
         "Faversham outreach scoped with Faversham Town Council; proposal to CSP Executive in January.", "green"),
        ("1.2", "Run a VAWG night-time economy campaign, including Ask for Angela training for licensed premises.",
         "SBC Licensing & Kent Police", "Swale Pubwatch", "Dec-25",
         "Campaign materials agreed.", "A",
         "22 of 40 premises trained; remaining sessions booked for November.", "amber"),
        ("1.3", "Complete the White Ribbon accreditation renewal for Swale Borough Council.",
         "SBC Community Safety Unit", "SBC HR", d(2025, 9, 30),
         "Action plan submitted to White Ribbon UK.", "G",
         "Accreditation renewed September 2025.", "blue"),
    ]),
    ("Priority 2: Serious violence and exploitation", [
        ("2.1", "Deliver the Serious Violence Duty local response, including hotspot analysis for Sittingbourne town "
                "centre and Sheerness.",
         "Kent Police (Swale CSU Inspector)", "Kent VRU; KCC Public Health", "Quarterly",
         "Q1 hotspot analysis completed.", "G",
         "Q2 analysis shared at CSP Executive; patrol plan in place for Sheerness seafront.", "green"),
        ("2.2", "Develop a joint response to county lines activity at Sittingbourne and Sheerness stations.",
         "Kent Police / British Transport Police", "SBC Community Safety Unit; Southeastern", d(2026, 3, 31),
         "", "",
         "New action added at Q2. First joint operation held September 2025.", "amber"),
        ("2.3", "Fund and deliver Sports Connect diversionary sessions for young people at risk of exploitation "
                "during the school holidays.",
         "SBC Community Services Manager", "Kent Police Child Centred Policing Team", "Aug-25",
         "Sessions booked at three sites.", "G",
         "Delivered July–August 2025; 164 young people attended.", "blue"),
    ]),
    ("Priority 3: Anti-social behaviour and neighbourhood crime", [
        ("3.1", "Hold ASB Case Review (Community Trigger) awareness sessions for ward members and parish councils.",
         "SBC Community Safety Unit", "Kent Police", d(2025, 12, 31),
         "Session for ward members held June 2025.", "G",
         "Parish council session arranged for November via Swale Area Committees.", "green"),
        ("3.2", "Reduce rural fly-tipping and off-road motorbike nuisance through joint days of action with KCC "
                "Community Wardens.",
         "Kent Police Rural Task Force", "KCC Community Wardens; SBC Environmental Response", "Monthly",
         "Two days of action held.", "A",
         "No days of action in Q2 due to police abstractions.", "red"),
        ("3.3", "Review the Swale Vulnerability Panel terms of reference and referral pathway.",
         "SBC Community Safety Unit", "Panel members", d(2026, 1, 31),
         "", "",
         "Not started – scheduled for Q3.", None),
    ]),
]


def make_swale():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Community Safety Plan 2025–26 – Partnership Action Plan"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Swale Community Safety Partnership"
    cv["A2"].font = Font(bold=True, size=12)
    rows = [("Version", "1.3"), ("Owner", "Swale CSP Executive"),
            ("Prepared by", "Community Safety Unit, Swale Borough Council"),
            ("Last updated", d(2025, 10, 20)), ("Next review", "CSP Executive – January 2026")]
    for i, (k, v) in enumerate(rows, start=4):
        cv.cell(i, 1, k).font = Font(bold=True)
        c = cv.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    cv["A10"] = "Version history"
    cv["A10"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        cv.cell(11, j, h).font = Font(bold=True)
    for i, row in enumerate([("1.0", "10/04/2025", "Plan agreed by CSP Executive"),
                             ("1.1", "15/07/2025", "Q1 updates"),
                             ("1.2", "02/09/2025", "Action 2.2 added following Serious Violence Duty review"),
                             ("1.3", "20/10/2025", "Q2 updates")], start=12):
        for j, v in enumerate(row, start=1):
            cv.cell(i, j, v)
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 48
    cv.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Swale CSP Action Plan 2025–26 – Q2 update (July–September 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    headers = ["Ref", "Action", "Lead partner", "Supporting partners", "Target date", "Q1 update", "Q1 RAG",
               "Q2 update", "Q2 RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for prio, actions in SWALE_PRIORITIES:
        ws.cell(r, 1, prio).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for j in range(1, 10):
            ws.cell(r, j).fill = xfill("D9E1F2")
            ws.cell(r, j).border = BOX
        r += 1
        for ref, action, lead, support, target, q1u, q1r, q2u, q2fill in actions:
            vals = [ref, action, lead, support, target, q1u, q1r, q2u, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if q1r:
                ws.cell(r, 7).fill = xfill(FILL[{"G": "green", "A": "amber", "R": "red", "B": "blue"}[q1r]])
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            if q2fill:
                ws.cell(r, 9).fill = xfill(FILL[q2fill])
            r += 1
    r += 1
    ws.cell(r, 1, "Note: Q2 RAG is shown by cell colour only – see the Key & Summary sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [6, 60, 26, 30, 12, 40, 8, 48, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ks = wb.create_sheet("Key & Summary")
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([("green", "On track"), ("amber", "At risk of slippage"),
                                           ("red", "Off track – escalate to CSP Executive"),
                                           ("blue", "Complete")], start=2):
        ks.cell(i, 1).fill = xfill(FILL[colour])
        ks.cell(i, 2, meaning)
    ks["A8"] = "Q2 position"
    ks["A8"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 2), ("On track", 3), ("At risk of slippage", 2), ("Off track", 1),
                                ("Not yet rated", 1), ("Total actions", 9)], start=9):
        ks.cell(i, 1, k)
        ks.cell(i, 2, v)
    ks["A14"].font = Font(bold=True)
    ks["B14"].font = Font(bold=True)
    ks.column_dimensions["A"].width = 22
    ks.column_dimensions["B"].width = 40

    wb.save(os.path.join(HERE, "fj2-swale-csp-community-safety-plan-2025-26-action-plan.xlsx"))


# ====================================================================
# 4. Royal Free London NHSFT - trust board public action log (xlsx) - REFUSE (Janaury 2026)
# ====================================================================

RF_OPEN = [
    ("2025/26-03", d(2025, 3, 26), "2024/25-118", "Patient experience report",
     "Provide a breakdown of complaints about outpatient appointment letters by hospital site.",
     "Group chief operating officer", d(2025, 7, 23),
     "Breakdown included in the Q2 patient experience report (item 9).", "Complete – propose closure"),
    ("2025/26-07", d(2025, 5, 28), "2025/26-14", "Learning from deaths",
     "Bring back a report on themes from structured judgement reviews of deaths of patients with a learning "
     "disability.",
     "Group chief medical officer", "Sept 2025",
     "Deferred at the request of the clinical standards and innovation committee.", "Overdue"),
    ("2025/26-11", d(2025, 7, 23), "2025/26-36", "Financial performance report",
     "Set out the recovery actions for the agency spend variance at Barnet Hospital.",
     "Group chief finance officer / Barnet Hospital chief executive", d(2025, 9, 24),
     "Included in the month 5 finance report.", "Complete – propose closure"),
    ("2025/26-14", d(2025, 7, 23), "2025/26-41", "Freedom to speak up annual report",
     "Arrange a board development session on speaking up, led by the guardian.",
     "Group director of people", "Mar-26",
     "Date held in board development programme.", "Not yet due"),
    ("2025/26-16", d(2025, 9, 24), "2025/26-52", "Maternity and neonatal safety report",
     "Report the outcome of the maternity workforce (BirthRate Plus) review to the board.",
     "Group chief nurse", "Janaury 2026",
     "Review fieldwork under way.", "Not yet due"),
    ("2025/26-17", d(2025, 9, 24), "2025/26-55", "Green plan progress",
     "Circulate the updated carbon reduction trajectory to board members.",
     "Group director of estates and facilities", d(2025, 10, 31),
     "Circulated 30 October 2025.", "Complete – propose closure"),
    ("2025/26-19", d(2025, 9, 24), "2025/26-58", "Operational performance report",
     "Include cancer 62-day performance by tumour site in future reports.",
     "Group chief operating officer", "Nov-25",
     "To be included from the November report.", "On track"),
]

RF_CLOSED = [
    ("2024/25-41", d(2025, 1, 29), "2024/25-97", "Board assurance framework",
     "Review the scoring of BAF risk 4 (workforce) at the next people committee.",
     "Group director of people", d(2025, 3, 26), "Reviewed; score reduced to 12.", "Closed 26/03/2025"),
    ("2025/26-01", d(2025, 3, 26), "2024/25-112", "Chair’s and chief executive’s report",
     "Share the outcome of the North Central London elective recovery review.",
     "Group chief executive", d(2025, 5, 28), "Shared with board members by email 2 May 2025.", "Closed 28/05/2025"),
]

RF_STATUS_FILL = {"Complete – propose closure": "blue", "On track": "green", "Not yet due": None, "Overdue": "red"}


def make_royal_free():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Royal Free London NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Group trust board meeting in public – action log (matters arising)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Open actions as at 19 November 2025, for the meeting on 26 November 2025"
    headers = ["Action no.", "Meeting date", "Minute ref.", "Item", "Action", "Lead", "Due date", "Update",
               "Status"]

    def write(sheet, rows, first):
        for j, h in enumerate(headers, start=1):
            c = sheet.cell(first, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xfill("005EB8")
            c.border = BOX
            c.alignment = WRAP
        r = first + 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                c = sheet.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if j == 2 else "mmm-yy"
            colour = RF_STATUS_FILL.get(row[-1])
            if colour:
                sheet.cell(r, 9).fill = xfill(FILL[colour])
            r += 1
        return r

    r = write(ws, RF_OPEN, 5)
    ws.cell(r + 1, 1, "Status key: Complete – propose closure | On track | Not yet due | Overdue").font = \
        Font(italic=True)
    for col, w in zip("ABCDEFGHI", [12, 12, 12, 26, 52, 30, 11, 44, 16]):
        ws.column_dimensions[col].width = w

    cs = wb.create_sheet("Closed actions")
    cs["A1"] = "Actions closed since the last meeting"
    cs["A1"].font = Font(bold=True)
    write(cs, RF_CLOSED, 3)
    for col, w in zip("ABCDEFGHI", [12, 12, 12, 26, 52, 30, 11, 44, 16]):
        cs.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fj2-royal-free-london-nhsft-trust-board-public-action-log-typo-month-refuse.xlsx"))


# ====================================================================
# 5. Northampton General Hospital - maternity and neonatal improvement plan (docx, table per theme)
# ====================================================================

NGH_TITLE = "Maternity and Neonatal Improvement Plan 2025/26"

NGH_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("T1.1", "3YDP", "Co-produce a revised maternity triage information leaflet and web page with the Maternity "
                         "and Neonatal Voices Partnership, in the five most spoken languages locally.",
         "Head of Midwifery; MNVP Lead", "Jun-25", "Oct-25",
         "Leaflet published October 2025 in English, Polish, Romanian, Urdu and Portuguese.", "Blue"),
        ("T1.2", "CQC SD3", "Introduce a ‘Birth Reflections’ service so that women can review their birth "
                            "experience with a senior midwife.",
         "Consultant Midwife", "Mar-26", "",
         "Pilot clinics running since September 2025; 37 women seen.", "Green"),
        ("T1.3", "Ockenden IEA 2", "Offer every family involved in a maternity complaint or PSIRF learning response "
                                   "a meeting with a named lead.",
         "Maternity Governance Lead", "Dec-25", "",
         "Named lead offered in 100% of cases reviewed in Q2.", "Green"),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("T2.1", "CQC MD2", "Achieve 90% compliance with Level 3 adult and children safeguarding training for "
                            "midwives and obstetric medical staff.",
         "Head of Midwifery\nClinical Director (Obstetrics)", "Mar-25", "Jan-26",
         "Midwives 93%, medical staff 86% at end of November.", "Amber"),
        ("T2.2", "3YDP", "Implement the preceptorship and retention plan for newly qualified midwives, including "
                         "a 12-month supported transition programme.",
         "Practice Development Midwife", "Sep-25", "",
         "Programme launched; retention at 12 months 91%.", "Blue"),
        ("T2.3", "Ockenden IEA 5", "Complete a BirthRate Plus workforce review and present the outcome to Trust "
                                   "Board.",
         "Director of Midwifery", "Nov-25", "Feb-26",
         "Review delayed by data extraction issues; fieldwork complete.", "Amber"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("T3.1", "CQC MD1", "Ensure all emergency trolleys and resuscitaires are checked daily and that checks are "
                            "audited monthly, with results reported to the Maternity Safety Group.",
         "Ward Managers (Labour Ward, Maternity Wards)", "Jun-23", "",
         "Monthly audit at 98–100% since July 2023; carried forward for assurance only.", "Blue"),
        ("T3.2", "CQC MD3", "Achieve 90% compliance with infection prevention and control training across all "
                            "maternity staff groups.",
         "Matron – Infection Prevention (Maternity)", "Sep-24", "Dec-25",
         "Compliance 82% at end of November; recovery trajectory agreed.", "Red"),
        ("T3.3", "3YDP", "Hold quarterly culture ‘listening events’ for maternity and neonatal staff, jointly "
                         "chaired by the perinatal quadrumvirate.",
         "Perinatal Quadrumvirate", "Quarterly", "",
         "Events held in June and September 2025.", "Green"),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care", [
        ("T4.1", "MIS Year 7", "Achieve full compliance with the ten safety actions of the Maternity Incentive "
                               "Scheme Year 7 and submit the Board declaration.",
         "Director of Midwifery", "Mar-26", "",
         "Eight of ten safety actions currently compliant.", "Green"),
        ("T4.2", "Saving Babies’ Lives v3", "Implement all six elements of the Saving Babies’ Lives Care Bundle "
                                            "version 3, including the fetal monitoring element.",
         "Fetal Monitoring Lead Midwife; Consultant Obstetrician (Fetal Monitoring Lead)", "31/03/2026", "",
         "Five of six elements fully implemented; element 2 (fetal growth) at 88%.", "Green"),
    ]),
]


def make_ngh():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)

    doc.add_paragraph(NGH_TITLE, style="Title")
    doc.add_paragraph("Northampton General Hospital NHS Trust – Women’s, Children’s and Oncology Division")
    p = doc.add_paragraph("Incorporating actions from the CQC maternity inspection (report published February "
                          "2023), the Ockenden Immediate and Essential Actions and the NHS England three year "
                          "delivery plan for maternity and neonatal services (3YDP).")
    p.runs[0].italic = True

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Report to", "Quality Governance Committee"), ("Date", "18 December 2025"),
                 ("Executive lead", "Chief Nurse"), ("Author", "Director of Midwifery"),
                 ("Purpose", "Assurance")]:
        cells = cover.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v)

    doc.add_heading("Summary of progress", level=2)
    summ = doc.add_table(rows=1, cols=2)
    summ.style = "Table Grid"
    set_cell(summ.rows[0].cells[0], "RAG", bold=True)
    set_cell(summ.rows[0].cells[1], "Number of actions", bold=True)
    for word, n in [("Blue", "3"), ("Green", "5"), ("Amber", "2"), ("Red", "1"), ("Total", "11")]:
        cells = summ.add_row().cells
        set_cell(cells[0], word, bold=(word == "Total"))
        if word.lower() in FILL:
            shade(cells[0], FILL[word.lower()])
        set_cell(cells[1], n, bold=(word == "Total"))
    doc.add_paragraph("Key: Blue – completed and evidenced; Green – on track; Amber – at risk of delay; "
                      "Red – overdue or off track. Where a revised date has been agreed by the Maternity "
                      "Assurance Group it is shown in the Revised date column.")

    headers = ["Ref", "Source", "Action", "Lead(s)", "Original date", "Revised date", "Progress and evidence",
               "RAG"]
    widths = [Cm(1.2), Cm(2.0), Cm(7.5), Cm(3.8), Cm(1.9), Cm(1.9), Cm(6.0), Cm(1.5)]
    for theme, actions in NGH_THEMES:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True, size=9)
            shade(c, "005EB8")
        for row in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v, size=9)
            shade(cells[7], FILL[row[7].lower()])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_paragraph("Abbreviations: MD – CQC must-do action; SD – CQC should-do action; IEA – Immediate and "
                      "Essential Action; MIS – Maternity Incentive Scheme; MNVP – Maternity and Neonatal Voices "
                      "Partnership; PSIRF – Patient Safety Incident Response Framework.")
    doc.save(os.path.join(HERE, "fj2-northampton-general-hospital-maternity-neonatal-improvement-plan.docx"))


# ====================================================================
# 6. Maldon DC - corporate risk register Q2 2025/26 (xlsx: summary sheet + mitigating actions sheet)
# ====================================================================

MALDON_RISKS = [
    ("R1", "Failure to deliver a balanced budget and a sustainable Medium Term Financial Strategy",
     "Director of Resources", "4 x 4 = 16", "4 x 4 = 16", "↔", "Fair",
     "Savings programme partly at risk; reserves remain above the minimum level.", [
         ("R1.1", "Deliver the 2025/26 savings and income programme of £1.2m, with monthly monitoring by the "
                  "Corporate Leadership Team.",
          "Director of Resources", d(2026, 3, 31), None, "£0.9m delivered or on track; £0.3m at risk.", "A"),
         ("R1.2", "Refresh the Medium Term Financial Strategy to 2029/30 for Council approval.",
          "Director of Resources", d(2026, 2, 28), None, "Budget assumptions agreed by CLT in October.", "G"),
     ]),
    ("R4", "Damage to the Council’s reputation associated with delays to infrastructure delivery in the District "
           "by third parties",
     "Director of Strategy, Performance and Governance", "3 x 3 = 9", "3 x 3 = 9", "↔", "Fair",
     "No change this quarter.", [
         ("R4.1", "Hold quarterly liaison meetings with Essex County Council Highways and NHS Mid and South Essex on "
                  "infrastructure triggers in Section 106 agreements.",
          "Lead Specialist – Place", "Quarterly", None, "Meeting held 11 September 2025.", "G"),
     ]),
    ("R7", "Failure to maintain a five year housing land supply",
     "Director of Strategy, Performance and Governance", "4 x 3 = 12", "3 x 3 = 9", "↓", "Good",
     "Score reduced following publication of the land supply statement.", [
         ("R7.1", "Publish the annual Five Year Housing Land Supply statement.",
          "Assistant Director - Planning and Implementation", d(2025, 6, 30), d(2025, 10, 31),
          "Statement published 24 October 2025.", "C"),
         ("R7.2", "Progress the Local Development Plan Review to Regulation 18 consultation.",
          "Assistant Director - Planning and Implementation", d(2025, 9, 30), d(2026, 3, 31),
          "Evidence base studies delayed; revised timetable agreed by Strategy and Resources Committee.", "A"),
     ]),
    ("R11", "Failure to protect commercially sensitive and personal data (cyber security)",
     "Director of Resources", "3 x 4 = 12", "3 x 4 = 12", "↔", "Good",
     "National threat level remains high.", [
         ("R11.1", "Complete the Cyber Assessment Framework self-assessment and act on the findings.",
          "ICT Manager", d(2025, 12, 31), None, "Self-assessment 70% complete.", "G"),
         ("R11.2", "Run a phishing simulation exercise for all staff and councillors and target refresher training "
                   "at those who click.",
          "ICT Manager / Data Protection Officer", d(2025, 9, 30), None,
          "Exercise completed September 2025; 7% click rate.", "C"),
     ]),
    ("R14", "Inability to recruit and retain staff in key professional roles",
     "Director of Resources", "4 x 3 = 12", "4 x 3 = 12", "↔", "Fair",
     "Planning and environmental health vacancies continue.", [
         ("R14.1", "Introduce market supplements for hard-to-fill planning and environmental health posts.",
          "HR Manager", d(2025, 11, 30), None,
          "Business case to Strategy and Resources Committee in November.", "G"),
     ]),
    ("R18", "Failure to prepare for local government reorganisation in Greater Essex",
     "Chief Executive", "4 x 4 = 16", "5 x 4 = 20", "↑", "Fair",
     "Likelihood increased following the government’s invitation to submit proposals.", [
         ("R18.1", "Contribute to the Greater Essex reorganisation proposal and report the implications to "
                   "Council.",
          "Chief Executive", "TBC", None, "Awaiting government decision on the final proposal.", "A"),
         ("R18.2", "Set up a reorganisation programme board with workstreams for finance, HR, ICT and democratic "
                   "services.",
          "Director of Strategy, Performance and Governance", d(2025, 7, 31), None,
          "Board established July 2025; meets monthly.", "C"),
     ]),
]

MALDON_STATUS_FILL = {"G": "green", "A": "amber", "R": "red", "C": "blue"}


def make_maldon():
    wb = Workbook()
    s1 = wb.active
    s1.title = "Appendix 1 - CRR Summary"
    s1["A1"] = "Maldon District Council – Corporate Risk Register"
    s1["A1"].font = Font(bold=True, size=14)
    s1["A2"] = "Appendix 1: Summary of corporate risks as at 30 September 2025 (Quarter 2 2025/26)"
    s1["A2"].font = Font(bold=True)
    h1 = ["Risk ref", "Risk", "Risk owner", "Q1 score (L x I)", "Q2 score (L x I)", "Direction of travel",
          "Control strength", "Officer commentary"]
    for j, h in enumerate(h1, start=1):
        c = s1.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for i, risk in enumerate(MALDON_RISKS, start=5):
        for j, v in enumerate(risk[:8], start=1):
            c = s1.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
    s1.cell(12, 1, "Scores: Likelihood (1–5) x Impact (1–5). Risks scoring 15 or above are reported to "
                   "Performance, Governance and Audit Committee by exception.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [8, 50, 30, 12, 12, 10, 10, 50]):
        s1.column_dimensions[col].width = w

    s2 = wb.create_sheet("Appendix 2 - Mitigating Actions")
    s2["A1"] = "Appendix 2: Progress on active mitigating actions – Quarter 2 2025/26"
    s2["A1"].font = Font(bold=True, size=12)
    s2["A2"] = "Status key: G = on track; A = some slippage; R = significantly behind target; C = complete"
    s2["A2"].font = Font(italic=True)
    h2 = ["Risk", "Action ref", "Mitigating action", "Action owner", "Target date", "Revised target date",
          "Progress update", "Status"]
    for j, h in enumerate(h2, start=1):
        c = s2.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for ref, title, *_rest, actions in MALDON_RISKS:
        s2.cell(r, 1, f"{ref} – {title}").font = Font(bold=True)
        s2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        s2.cell(r, 1).fill = xfill("E7E6E6")
        r += 1
        for aref, action, owner, target, revised, progress, status in actions:
            vals = [None, aref, action, owner, target, revised, progress, status]
            for j, v in enumerate(vals, start=1):
                c = s2.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            s2.cell(r, 8).fill = xfill(FILL[MALDON_STATUS_FILL[status]])
            s2.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    for col, w in zip("ABCDEFGH", [4, 8, 55, 30, 12, 12, 45, 8]):
        s2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fj2-maldon-dc-corporate-risk-register-q2-2025-26.xlsx"))


# ====================================================================
# 7. Havering - transformation programme highlight report (csv export from PMO tracker)
# ====================================================================

HAV_HEADER = ["Workstream", "Project", "ID", "Milestone", "Milestone owner", "Baseline date", "Forecast date",
              "RAG", "Commentary"]

HAV_ROWS = [
    ("Customer and Digital", "Customer Access Strategy", "CD-01",
     "Launch the new customer portal with single sign-on for council tax, benefits and housing repairs",
     "Head of Customer Services", "30/06/2025", "15/09/2025", "Complete",
     "Portal live 15 September; 18,400 accounts created."),
    ("Customer and Digital", "Customer Access Strategy", "CD-02",
     "Move the Romford Town Hall face-to-face counter to an appointment-only service at community hubs",
     "Head of Customer Services", "31/10/2025", "31/01/2026", "A",
     "Staff consultation extended following trade union request."),
    ("Customer and Digital", "Digital Workforce", "CD-03",
     "Roll out a Microsoft 365 Copilot pilot to 150 staff and evaluate productivity benefits",
     "Chief Information Officer", "31/12/2025", "31/12/2025", "G",
     "120 licences issued; evaluation framework agreed with Internal Audit."),
    ("Adults and Health", "Reablement Redesign", "AH-01",
     "Expand the in-house reablement service to take all Pathway 1 hospital discharges",
     "Assistant Director ASC Provider Services", "31/08/2025", "30/11/2025", "G",
     "Recruitment of 12 reablement workers complete; go-live planned for 17 November."),
    ("Adults and Health", "Reablement Redesign", "AH-02",
     "Deliver £1.1m savings from reduced long-term home care packages",
     "Assistant Director ASC Provider Services; Finance Business Partner (Adults)", "31/03/2026", "31/03/2026",
     "R", "Savings to date £0.4m; demand higher than modelled. Recovery plan to Transformation Board."),
    ("Children and Learning", "Placement Sufficiency", "CL-01",
     "Open a second in-house children’s home (four beds)",
     "Head of Children’s Placements", "30/09/2025", "28/02/2026", "R",
     "Ofsted registration application submitted October 2025; building works delayed."),
    ("Children and Learning", "SEND Transport", "CL-02",
     "Introduce independent travel training for 40 young people with EHCPs",
     "SEND Transport Manager", "31/07/2025", "", "Complete",
     "41 young people trained; 28 now travelling independently."),
    ("Place and Housing", "Temporary Accommodation", "PH-01",
     "Acquire 100 homes through the acquisition programme to reduce nightly-paid temporary accommodation",
     "Director of Housing", "31/03/2026", "30/06/2026", "A",
     "62 completions; 21 in conveyancing."),
    ("Place and Housing", "Temporary Accommodation", "PH-02",
     "Launch the private rented sector incentive scheme for landlords",
     "Head of Housing Demand", "Q2 2025/26", "Q3 2025/26", "G",
     "Scheme approved by Cabinet; launch planned for December."),
    ("Organisational Change", "Operating Model", "OC-01",
     "Implement the new senior management structure (tiers 1–3) following consultation",
     "Chief Executive & Director of People", "01/04/2025", "", "Complete",
     "All posts appointed; structure live from 1 April 2025."),
]


def make_havering():
    path = os.path.join(HERE, "fj2-havering-council-transformation-programme-highlight-report.csv")
    n = len(HAV_HEADER)
    pad = [""] * (n - 1)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["London Borough of Havering – Transformation Programme Highlight Report"] + pad)
        w.writerow(["Reporting period", "October 2025"] + pad[1:])
        w.writerow(["Overall programme RAG", "Amber"] + pad[1:])
        w.writerow([""] * n)
        w.writerow(HAV_HEADER)
        for row in HAV_ROWS:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(["Summary by RAG"] + pad)
        for k, v in [("Complete", "3"), ("Green", "3"), ("Amber", "2"), ("Red", "2"), ("Total milestones", "10")]:
            w.writerow([k, v] + pad[1:])
        w.writerow(["Source: Transformation PMO tracker export, 04/11/2025"] + pad)


if __name__ == "__main__":
    make_lewisham()
    make_tower_hamlets()
    make_swale()
    make_royal_free()
    make_ngh()
    make_maldon()
    make_havering()
    print("built 7 files in", HERE)
