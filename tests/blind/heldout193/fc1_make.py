"""Build the seven fc1- data files of set heldout193.

Run with: /work/main/.venv/bin/python fc1_make.py
Writes next to this script: three .xlsx (openpyxl), two .docx (python-docx),
one .csv and one tab-separated .txt.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "Blue": "4F81BD", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
    "Complete": "4F81BD", "Not started": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Camden YJS - HMI Probation post-inspection improvement plan (xlsx)
#    Cover sheet with document control + RAG key, summary sheet, plan sheet
#    with addressee band rows, recommendation merged down column A,
#    original/revised dates and previous/current RAG letters with fills.
# ---------------------------------------------------------------------------
def camden():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Camden"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = "Camden Youth Justice Service – HMI Probation Inspection Improvement Plan 2024–25"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Approved by"),
        ("1.0", "24/04/2024", "Head of Service YJS", "Camden Youth Justice Management Board"),
        ("1.1", "15/10/2024", "YJS Practice Development Manager", "Camden Youth Justice Management Board"),
        ("1.2", "04/07/2025", "YJS Practice Development Manager", "Camden Youth Justice Management Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and impact evidenced"),
           ("G", "On track to deliver by target date"),
           ("A", "Some slippage – recoverable, mitigation in place"),
           ("R", "Off track – escalated to Management Board")]
    for i, (k, txt) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.border = BOX
        cov.cell(row=12 + i, column=2, value=txt).border = BOX
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 40

    summ = wb.create_sheet("Summary")
    summ["A1"] = "RAG summary – position at 30 June 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ("RAG", "Previous (Mar 2025)", "Current (Jun 2025)")
    data = [("B", 2, 3), ("G", 3, 3), ("A", 3, 2), ("R", 0, 1), ("Total", 8, 9)]
    for j, v in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if j == 0 and v in FILL:
                c.fill = fill(FILL[v])
    summ["A10"] = "Note: action 5.2 was added at the March 2025 review and has no previous rating."
    summ.column_dimensions["B"].width = 22
    summ.column_dimensions["C"].width = 22

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Camden Youth Justice Service – HMI Probation Inspection Improvement Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection fieldwork: 15–19 January 2024  |  Report published: 9 April 2024  |  "
                "Overall rating: Requires improvement")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress position at 30 June 2025 – for Camden Youth Justice Management Board, 17 July 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    header = ["Recommendation", "Action No.", "Action", "Lead", "Original target date",
              "Revised target date", "Previous RAG (Mar 2025)", "Current RAG (Jun 2025)",
              "Progress update"]
    for j, h in enumerate(header):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    plan = [
        ("band", "Recommendations for the Head of Camden Youth Justice Service"),
        ("rec", "1. Improve the quality of assessment and planning so that it consistently "
                "addresses the risk of harm to others and the safety and wellbeing of the child.", [
            ("1.1", "Deliver refreshed AssetPlus assessment and planning training to all case managers, "
                    "with a focus on contingency planning.",
             "YJS Practice Development Manager", d(2024, 7, 31), d(2024, 9, 30), "G", "B",
             "Training delivered to all 22 case managers by September 2024. Audit in May 2025 showed "
             "contingency planning good or better in 78% of cases."),
            ("1.2", "Introduce monthly management oversight audits of risk of harm assessments, with "
                    "findings reported to the YJS Quality Assurance Group.",
             "Team Manager (Court & Resettlement) / Team Manager (Prevention & OOCD)",
             d(2024, 10, 31), None, "G", "G",
             "Audits running monthly since November 2024; continuing to embed."),
        ]),
        ("rec", "2. Ensure that the needs and wishes of victims are consistently considered and that "
                "victims are offered restorative justice opportunities.", [
            ("2.1", "Recruit a dedicated Victim Liaison Officer and agree a victim contact standard "
                    "with Camden Police.",
             "Head of Service YJS; Restorative Justice Coordinator", d(2024, 5, 31), d(2025, 8, 31),
             "A", "A",
             "Post advertised twice without appointment. Interim cover from RJ Coordinator; "
             "contact standard drafted with Central North BCU."),
            ("2.2", "Audit a sample of 20 victim cases each quarter and report themes to the "
                    "Management Board.",
             "Restorative Justice Coordinator", "Quarterly", None, "G", "G",
             "Q4 2024/25 audit reported to Board in May 2025."),
        ]),
        ("rec", "3. Strengthen arrangements for out-of-court disposals so that decisions are timely "
                "and well evidenced.", [
            ("3.1", "Revise the Joint Decision-Making Panel terms of reference and out-of-court disposal "
                    "policy with the Metropolitan Police Central North BCU.",
             "Head of Service YJS", "Sept 2024", None, "B", "B",
             "Complete. Revised policy in use from 1 October 2024."),
        ]),
        ("band", "Recommendations for the Camden Youth Justice Management Board"),
        ("rec", "4. Ensure that Board members understand and oversee the over-representation of Black "
                "and mixed heritage children in the youth justice system.", [
            ("4.1", "Add a standing disproportionality item to each Management Board agenda, supported "
                    "by a quarterly data dashboard.",
             "YJMB Chair", d(2024, 6, 30), None, "B", "B",
             "Standing item since June 2024 Board."),
            ("4.2", "Commission a partnership disproportionality deep-dive, including school exclusion "
                    "and stop and search data, and agree a partnership action plan.",
             "Director of Early Help / BI Lead", d(2024, 12, 31), d(2025, 9, 30), "A", "A",
             "Data collated; police stop and search data received May 2025. Action plan to "
             "September 2025 Board."),
        ]),
        ("rec", "5. Ensure that children have timely access to speech, language and communication "
                "support and to emotional and mental health services.", [
            ("5.1", "Agree with NCL ICB a speech and language therapy offer of 0.6 FTE embedded within "
                    "the YJS.",
             "Head of Children's Commissioning (NCL ICB)", "Mar-25", "Jun-25", "A", "R",
             "Funding not yet confirmed by the ICB. Escalated to Chair; verbal commitment only."),
            ("5.2", "Review the CAMHS in-reach pathway and waiting times for children open to the YJS.",
             "CAMHS Service Manager", d(2025, 12, 31), None, "", "G",
             "Pathway mapping workshop held 12 June 2025."),
        ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, rec, acts = item
        start = r
        for (no, act, lead, orig, rev, prev, cur, prog) in acts:
            vals = [None, no, act, lead, orig, rev, prev or None, cur, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(FILL[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        c = ws.cell(row=start, column=1, value=rec)
        c.alignment = WRAP
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Dates shown in the Revised target date column were agreed by the "
                                       "Management Board on 15 October 2024 and 20 March 2025.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (40, 9, 50, 30, 14, 14, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(os.path.join(HERE, "fc1-camden-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Lancashire County Council - ILACS improvement plan (xlsx)
#    Title block, theme rows and area-for-improvement rows merged across,
#    several leads on separate lines in one cell, RAG words with fills,
#    notes lines, RAG key and a totals block under the table; glossary sheet.
# ---------------------------------------------------------------------------
def lancashire():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Improvement Plan"
    ws["A1"] = "Lancashire County Council – Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Ofsted Inspection of Local Authority Children's Services (ILACS), "
                "March 2025")
    ws["A3"] = ("Progress at: 30 June 2025   |   Plan owner: Executive Director of Education and "
                "Children's Services   |   Oversight: Children's Services Improvement Board")
    for a in ("A1", "A2", "A3"):
        ws.merge_cells(f"{a}:{'G' + a[1:]}")
    header = ["Ref", "What we will do", "Lead officer(s)", "By when",
              "How we will know (impact measure)", "Progress update (June 2025)", "RAG"]
    for j, h in enumerate(header):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    plan = [
        ("theme", "Theme 1: The experiences and progress of children who need help and protection"),
        ("afi", "Area for improvement 1: The timeliness and quality of strategy discussions and child "
                "protection enquiries out of hours."),
        ("1.1", "Review the Emergency Duty Team operating model and agree a joint protocol with "
                "Lancashire Constabulary for out-of-hours strategy discussions.",
         "Head of Service – Front Door and EDT", "Sept 2025",
         "Protocol signed off by both agencies; 95% of out-of-hours strategy discussions held within "
         "the timescale.", "Protocol agreed and signed on 4 June 2025.", "Complete"),
        ("1.2", "Complete a multi-agency audit of 30 out-of-hours strategy discussions and report "
                "findings to the Children's Safeguarding Assurance Partnership.",
         "Head of Safeguarding and Quality Assurance\n"
         "Lancashire Constabulary Head of Public Protection",
         d(2025, 11, 30), "Audit report and learning briefing published.",
         "Audit tool agreed; sample drawn.", "Green"),
        ("afi", "Area for improvement 2: The consistency of management oversight and supervision for "
                "children in need."),
        ("1.3", "Launch the revised supervision policy and recording template, with reflective "
                "supervision every four to six weeks for all qualified social workers.",
         "Principal Social Worker", "31st October 2025",
         "85% of supervision within timescale; audit grades for management oversight improve.",
         "Policy drafted; consultation with staff delayed by the case management system upgrade.",
         "Amber"),
        ("1.4", "Team Managers to dip-sample supervision records monthly, with compliance reported "
                "through the Children's Services Performance Board.",
         "Team Managers (CIN/CP)", "Monthly",
         "Monthly compliance report.", "Dip-sampling in place in all three localities.", "Green"),
        ("theme", "Theme 2: The experiences and progress of children in care"),
        ("afi", "Area for improvement 3: The sufficiency of local foster homes and children's homes, so "
                "that fewer children live at a distance from Lancashire."),
        ("2.1", "Open two additional in-house children's homes (Chorley and Burnley) through the "
                "Residential Sufficiency Programme.",
         "Director of Children's Social Care\nHead of Residential Services", "Q4 2025/26",
         "Two homes registered with Ofsted; number of children placed more than 20 miles away reduces.",
         "Chorley property purchased; Burnley planning application submitted.", "Amber"),
        ("2.2", "Deliver the fostering recruitment campaign, targeting 40 new mainstream fostering "
                "households by March 2026.",
         "Fostering Service Manager", "March 2026",
         "Net gain of 40 fostering households.",
         "11 approvals to date against a profile of 18; campaign being refreshed.", "Red"),
        ("afi", "Area for improvement 4: The quality of life-story work and later-life letters for "
                "children in care."),
        ("2.3", "Introduce a life-story work practice standard and training for social workers and "
                "foster carers.",
         "Head of Fostering & Adoption", d(2025, 12, 1),
         "Practice standard published; audit shows life-story work in place for children with a plan "
         "of permanence.", "Training commissioned from Coram.", "Green"),
        ("theme", "Theme 3: The experiences and progress of care leavers"),
        ("afi", "Area for improvement 5: Pathway plans that are reviewed when young people's "
                "circumstances change and are written to them."),
        ("3.1", "Relaunch the pathway plan template, co-produced with the Lancashire Care Leavers' "
                "Forum, with all new plans written to the young person.",
         "Head of Service – Leaving Care", "Aug 2025",
         "Young people tell us their plans are about them.",
         "New template live on LCS from 1 June 2025.", "Complete"),
        ("3.2", "Independent Reviewing Officers to audit a sample of pathway plans each quarter, "
                "focusing on plans updated after a change of circumstances.",
         "IRO Service Manager", "Ongoing",
         "Quarterly audit findings to Improvement Board.", "First audit completed May 2025.", "Green"),
        ("theme", "Theme 4: The impact of leaders on social work practice with children and families"),
        ("afi", "Area for improvement 6: Caseloads and the stability of the social work workforce in "
                "the East locality."),
        ("4.1", "Implement the Workforce Recruitment and Retention Strategy, including the market "
                "supplement for East locality team managers.",
         "Director of Children's Social Care; Head of HR (Children's)", "Jan 2026",
         "Agency social workers below 12% in East; turnover reduces.",
         "Market supplement approved by Cabinet; strategy launch moved from July to September.",
         "Amber"),
        ("4.2", "Report caseload data by team to the Improvement Board monthly, with a target average "
                "caseload of 18.",
         "Performance & Intelligence Manager", "Jul 2025",
         "Caseload report in place.", "Caseload dashboard live and reported monthly.", "Complete"),
    ]
    r = 6
    for item in plan:
        kind = item[0]
        if kind in ("theme", "afi"):
            c = ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            if kind == "theme":
                c.font = Font(bold=True, color="FFFFFF", size=12)
                c.fill = fill("203864")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill("F2F2F2")
                c.alignment = WRAP
            r += 1
            continue
        for j, v in enumerate(item):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
                c.alignment = Alignment(horizontal="left", vertical="top")
        rag = item[6]
        ws.cell(row=r, column=7).fill = fill(FILL[rag])
        r += 1
    r += 1
    notes = [
        "Notes:",
        "1. Actions 1.1 to 1.4 also respond to the findings of the focused visit of November 2023.",
        "2. The plan is reviewed monthly by the Children's Services Improvement Board and reported "
        "to Cabinet each quarter.",
        "RAG key:  Complete = delivered and evidenced  |  Green = on track  |  Amber = some risk to "
        "delivery  |  Red = off track",
    ]
    for n in notes:
        ws.cell(row=r, column=1, value=n).font = Font(italic=(n != "Notes:"), bold=(n == "Notes:"))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of actions").font = Font(bold=True)
    r += 1
    for lab, n in (("Complete", 3), ("Green", 4), ("Amber", 3), ("Red", 1), ("Total", 11)):
        a = ws.cell(row=r, column=2, value=lab)
        b = ws.cell(row=r, column=3, value=n)
        a.border = b.border = BOX
        if lab in FILL:
            a.fill = fill(FILL[lab])
        if lab == "Total":
            a.font = b.font = Font(bold=True)
        r += 1
    for col, w in zip("ABCDEFG", (7, 55, 34, 16, 40, 40, 11)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Glossary")
    g["A1"] = "Glossary"
    g["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("CIN", "Child in need"), ("CP", "Child protection"),
                                ("EDT", "Emergency Duty Team"), ("IRO", "Independent Reviewing Officer"),
                                ("LCS", "Liquidlogic Children's System")]):
        g.cell(row=2 + i, column=1, value=a)
        g.cell(row=2 + i, column=2, value=b)
    wb.save(os.path.join(HERE, "fc1-lancashire-county-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Wigan Safeguarding Children Partnership - JTAI action plan (xlsx), REFUSE
#    Area for improvement merged down column A, lead agency + lead officer
#    columns; one target date typed "Febuary 2025" (sheet row 12).
# ---------------------------------------------------------------------------
def wigan():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws["A1"] = "Wigan Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Joint Targeted Area Inspection (JTAI) – multi-agency response to children who are "
                "victims of child sexual abuse in the family environment: Multi-agency Action Plan")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Version 1.3 – updated 14/01/2025 for the WSCP Executive Group"
    for a in ("A1", "A2", "A3"):
        ws.merge_cells(f"{a}:{'H' + a[1:]}")
    header = ["Area for improvement (JTAI letter, October 2024)", "No.", "Action", "Lead agency",
              "Lead officer", "Target date", "Status", "Update / evidence"]
    for j, h in enumerate(header):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    afis = [
        ("The recognition by practitioners across agencies of indicators of child sexual abuse in the "
         "family environment, including where children present with harmful sexual behaviour.", [
            ("1.1", "Launch a multi-agency child sexual abuse practice guidance and recognition tool, "
                    "building on the CSA Centre's Signs and Indicators template.",
             "WSCP", "WSCP Business Manager", "March 2025", "Amber", "Draft with task and finish group."),
            ("1.2", "Deliver CSA in the family environment training to 400 practitioners across "
                    "health, education, police and social care.",
             "WSCP", "WSCP Training Coordinator", "Sept 2025", "Green", "126 trained to date."),
            ("1.3", "Designated Safeguarding Leads in schools to complete the CSA briefing module.",
             "Wigan Council (Education)", "Education Safeguarding Lead", "July 2025", "Green",
             "Module live on the schools portal."),
        ]),
        ("The quality of joint strategy discussions and the involvement of health professionals in "
         "decision-making at the front door.", [
            ("2.1", "Health representation at all strategy discussions where sexual abuse is alleged, "
                    "through the Safeguarding Children Nurse at the MASH.",
             "NHS Greater Manchester (Wigan)", "Designated Nurse Safeguarding Children", "April 2025",
             "Amber", "Rota agreed; cover for leave still to be confirmed."),
            ("2.2", "Audit 25 strategy discussions involving CSA allegations and report to the Quality "
                    "Assurance Subgroup.",
             "Wigan Council (Children's Social Care)", "Head of Safeguarding & QA", "June 2025",
             "Not started", ""),
        ]),
        ("Timely access to therapeutic support and to the Sexual Assault Referral Centre for children "
         "and their non-abusing parents.", [
            ("3.1", "Map waiting times for CSA therapeutic services and agree a commissioning response "
                    "with Greater Manchester partners.",
             "NHS Greater Manchester (Wigan)", "Head of Children's Commissioning", "December 2025",
             "Green", "Mapping completed."),
            ("3.2", "Agree a pathway for support to non-abusing parents and carers, including the "
                    "Parents Protect programme.",
             "Wigan Council (Start Well)", "Start Well Service Manager", "Febuary 2025", "Amber",
             "Pathway drafted."),
            ("3.3", "Refresh the referral pathway to the St Mary's SARC for children under 13.",
             "Greater Manchester Police", "Detective Chief Inspector, PPIU", "May 2025", "Green",
             "Meeting with St Mary's held December 2024."),
        ]),
        ("The Partnership's oversight of the impact of multi-agency work with children who have "
         "experienced sexual abuse.", [
            ("4.1", "Add CSA measures to the WSCP performance dataset and report quarterly to the "
                    "Executive Group.",
             "WSCP", "WSCP Business Manager", "June 2025", "Green", "Draft measures agreed."),
        ]),
    ]
    r = 6
    for afi, acts in afis:
        start = r
        for (no, act, agency, officer, date, status, upd) in acts:
            vals = [None, no, act, agency, officer, date, status, upd or None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if status in FILL:
                ws.cell(row=r, column=7).fill = fill(FILL[status])
            r += 1
        c = ws.cell(row=start, column=1, value=afi)
        c.alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    assert ws.cell(row=12, column=6).value == "Febuary 2025"
    ws.cell(row=r + 1, column=1, value="Status key: Complete / Green – on track / Amber – at risk / "
                                       "Red – off track / Not started")
    for col, w in zip("ABCDEFGH", (44, 6, 52, 28, 30, 15, 12, 36)):
        ws.column_dimensions[col].width = w
    s = wb.create_sheet("Sign-off")
    s["A1"] = "Agreed by the WSCP Executive Group (statutory safeguarding partners)"
    for i, (a, b) in enumerate([("Wigan Council", "Director of Children's Services"),
                                ("NHS Greater Manchester", "Chief Nursing Officer"),
                                ("Greater Manchester Police", "Chief Superintendent, Wigan District")]):
        s.cell(row=3 + i, column=1, value=a)
        s.cell(row=3 + i, column=2, value=b)
    wb.save(os.path.join(HERE, "fc1-wigan-safeguarding-partnership-jtai-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, size=None):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def table_rows(doc, header, rows, widths=None, header_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], header_fill)
        for run in t.rows[0].cells[j].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            set_text(cells[j], v)
    return t


# ---------------------------------------------------------------------------
# 4. Hammersmith & Fulham - SEND priority action plan (docx)
#    Title, intro, document control table, RAG key table, then one heading +
#    table per priority/improvement area; area text in a merged row above the
#    actions; terms as timescales; one RAG cell shaded with no text;
#    sign-off table at the end.
# ---------------------------------------------------------------------------
def hammersmith():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Hammersmith & Fulham SEND Local Area Partnership: Priority Action Plan 2025–2027", 0)
    doc.add_paragraph(
        "This plan sets out how the local area partnership – the London Borough of Hammersmith & "
        "Fulham, NHS North West London Integrated Care Board and our partners – will respond to the "
        "areas for priority action and areas for improvement identified in the Ofsted and CQC area "
        "SEND inspection report published on 9 January 2025. It is overseen by the SEND Partnership "
        "Board and monitored by the Department for Education and NHS England.")
    doc.add_heading("Document control", 2)
    table_rows(doc, ["Version", "Date", "Author", "Approved by"], [
        ["1.0", "24/02/2025", "SEND Improvement Lead", "SEND Partnership Board"],
        ["1.1", "02/06/2025", "SEND Improvement Lead", "SEND Partnership Board"],
    ], header_fill="595959")
    doc.add_heading("RAG key", 2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for lab, txt, col in [("Blue", "Complete – action delivered and impact evidenced", "4F81BD"),
                          ("Green", "On track", "00B050"),
                          ("Amber", "Some delay – mitigation in place", "FFC000"),
                          ("Red", "Off track – escalated to SEND Partnership Board", "FF0000"),
                          ("Not started", "Not yet due to start", "D9D9D9")]:
        cells = key.add_row().cells
        set_text(cells[0], lab, bold=True)
        shade(cells[0], col)
        set_text(cells[1], txt)

    header = ["Ref", "Action", "Lead(s)", "Timescale", "Success measure", "RAG (June 2025)"]
    sections = [
        ("Priority 1: EHC needs assessments and plans",
         "Leaders across education, health and care should urgently improve the timeliness of EHC "
         "needs assessments and the quality of EHC plans, so that children and young people's needs "
         "are accurately identified and met without delay.", [
            ("P1.1", "Recruit to the SEND Assessment Team establishment, reducing reliance on agency "
                     "case officers to below 10%.",
             "Head of SEND Assessment", "By 31 July 2025",
             "60% of EHC plans issued within 20 weeks by March 2026.", "Green"),
            ("P1.2", "Introduce a multi-agency EHC plan quality assurance framework, with monthly "
                     "moderation panels.\nPanels to include a parent carer representative from H&F "
                     "Parent Carer Forum.",
             "AD SEND & Inclusion / Designated Clinical Officer", "Autumn term 2025",
             "80% of audited plans judged good or better.", "Amber"),
            ("P1.3", "Clear the backlog of overdue annual reviews for Year 5 and Year 10 phase "
                     "transfers.",
             "Head of SEND Assessment", "Sept 2025 – March 2026",
             "No phase-transfer annual review overdue.", "Red"),
        ]),
        ("Priority 2: Health provision and waiting times",
         "Leaders in the integrated care board should reduce waiting times for speech and language "
         "therapy, occupational therapy and neurodevelopmental assessment, and ensure that children "
         "and families are supported while they wait.", [
            ("P2.1", "Commission additional speech and language therapy capacity from CLCH to deliver "
                     "the Balanced System in all mainstream primary schools.",
             "Head of Children's Commissioning (NWL ICB)", "March 2026",
             "Median wait for SLT under 18 weeks.", ""),
            ("P2.2", "Launch the ‘Waiting Well’ support offer for families awaiting autism and ADHD "
                     "assessment, co-produced with parents.",
             "Designated Clinical Officer", "Summer term 2025",
             "Offer published on the Local Offer; parent feedback.", "Complete"),
            ("P2.3", "Publish neurodevelopmental pathway waiting times on the Local Offer each quarter.",
             "NWL ICB Head of Performance", "Quarterly",
             "Waiting times published.", "Green"),
        ]),
        ("Improvement area 3: Preparation for adulthood",
         "Partners should strengthen planning for preparation for adulthood from Year 9, so that young "
         "people with SEND have clear pathways into employment, independent living and adult health "
         "services.", [
            ("I3.1", "Embed preparation for adulthood outcomes in all EHC plans from the Year 9 annual "
                     "review.",
             "PfA Lead", "March 2026", "PfA outcomes present in 90% of Year 9+ plans audited.",
             "Not started"),
            ("I3.2", "Develop a supported internship programme with the council and Imperial College "
                     "Healthcare NHS Trust, offering 12 places from September 2025.",
             "Head of Employment & Skills; PfA Lead", "Sept 2025",
             "12 interns start; 60% into paid work.", "Amber"),
        ]),
        ("Improvement area 4: Co-production and communication with families",
         "Leaders should improve communication with parents and carers and ensure that the Local Offer "
         "is accurate, accessible and up to date.", [
            ("I4.1", "Relaunch the Local Offer website following a review with the Parent Carer Forum "
                     "and the SEND Youth Forum.",
             "SEND Participation & Local Offer Manager", "Summer term 2025",
             "Local Offer user satisfaction above 70%.", "Complete"),
            ("I4.2", "Publish a termly SEND newsletter and ‘You said, we did’ update for families.",
             "SEND Participation & Local Offer Manager", "Termly",
             "Newsletter published each term.", "Green"),
        ]),
    ]
    for head, area, acts in sections:
        doc.add_heading(head, 1)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for j, h in enumerate(header):
            set_text(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        row = t.add_row().cells
        merged = row[0].merge(row[-1])
        set_text(merged, area, italic=True)
        shade(merged, "FFF2CC")
        for (ref, act, lead, when, measure, rag) in acts:
            cells = t.add_row().cells
            for j, v in enumerate((ref, act, lead, when, measure, rag)):
                set_text(cells[j], v)
            colour = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "4F81BD",
                      "Not started": "D9D9D9", "": "00B050"}[rag]
            shade(cells[5], colour)
        doc.add_paragraph()
    doc.add_heading("Sign-off", 2)
    table_rows(doc, ["On behalf of", "Role", "Date"], [
        ["London Borough of Hammersmith & Fulham", "Director of Children's Services", "03/03/2025"],
        ["NHS North West London ICB", "Chief Nursing Officer", "03/03/2025"],
    ], header_fill="595959")
    doc.save(os.path.join(HERE, "fc1-hammersmith-fulham-send-priority-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. North Yorkshire Council children's home - Ofsted post-inspection plan
#    (docx). Home details table, Part A requirements and Part B
#    recommendations, each its own table; requirement merged down over two
#    actions; no action refs; status words.
# ---------------------------------------------------------------------------
def north_yorkshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("North Yorkshire Council – Thorpe Lane Children's Home: Post-Inspection Action Plan")
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Children and Young People's Service – Residential Services").alignment = \
        WD_ALIGN_PARAGRAPH.CENTER
    details = doc.add_table(rows=0, cols=2)
    details.style = "Table Grid"
    for a, b in [("Home", "Thorpe Lane, Skipton (URN SC487213)"),
                 ("Type of inspection", "Full inspection"),
                 ("Inspection dates", "4 and 5 February 2025"),
                 ("Overall experiences and progress of children", "Requires improvement to be good"),
                 ("Registered Manager", "Claire Denholm"),
                 ("Responsible Individual", "Mark Ibbotson (Head of Residential Services)"),
                 ("Plan completed", "21 March 2025 (reviewed 30 May 2025)")]:
        cells = details.add_row().cells
        set_text(cells[0], a, bold=True)
        shade(cells[0], "E7E6E6")
        set_text(cells[1], b)
    doc.add_paragraph()

    header = ["Requirement / recommendation", "Action", "Person responsible", "Target date", "Status"]
    parts = [
        ("Part A – Requirements", [
            ("The registered person must ensure that within 24 hours of the use of a measure of "
             "control, discipline or restraint in relation to a child in the home, a record is made "
             "which includes the details required by the regulations. (Regulation 35 (3)(a)(b))", [
                ("All staff to complete refresher training in the home's physical intervention model "
                 "and in recording requirements.",
                 "Registered Manager", "28/02/2025", "Completed"),
                ("Registered Manager to review every restraint record within 24 hours and sign it off "
                 "in the Regulation 35 log; compliance checked at monthly Regulation 44 visits.",
                 "Registered Manager / Regulation 44 Independent Visitor", "Ongoing", "On track"),
            ]),
            ("The registered person must ensure that staff assess whether each child is at risk of "
             "harm and that risk assessments are updated after each incident of a child going "
             "missing. (Regulation 12 (1)(2)(a)(i))", [
                ("Update every child's individual risk assessment and the location risk assessment, "
                 "adding a review trigger after every missing episode.",
                 "Deputy Manager", "14/03/2025", "Completed"),
            ]),
            ("The registered person must ensure that the premises are maintained in good repair and "
             "provide a homely, comfortable environment. (Regulation 31 (2)(a)(b))", [
                ("Replace the damaged kitchen units and redecorate the lounge and two bedrooms, with "
                 "children choosing the colours for their own rooms.",
                 "Responsible Individual; Property Services", "30/04/2025", "On track"),
                ("Introduce a weekly environmental check by the shift leader, with repairs logged on "
                 "the Property Services portal.",
                 "Registered Manager", "07/03/2025", "Completed"),
            ]),
        ]),
        ("Part B – Recommendations", [
            ("The registered person should ensure that each child's placement plan is kept up to date "
             "and that staff understand the current plan for every child. (‘Guide to the Children’s "
             "Homes Regulations, including the quality standards’, page 55, paragraph 11.6)", [
                ("Key workers to review each child's placement plan with the child's social worker and "
                 "brief the staff team on every updated plan.",
                 "Key workers / Deputy Manager", "31/05/2025", "Not started"),
            ]),
            ("The registered person should ensure that staff receive supervision at least monthly and "
             "that supervision records show discussion of the children's needs. (‘Guide to the "
             "Children’s Homes Regulations, including the quality standards’, page 61, paragraph 19.4)", [
                ("Put a 12-month supervision schedule in place for all staff and audit supervision "
                 "records quarterly.",
                 "Registered Manager", "31/03/2025", "Completed"),
            ]),
        ]),
    ]
    colours = {"Completed": "9DC3E6", "On track": "A9D08E", "Not started": "FFFFFF"}
    for head, reqs in parts:
        doc.add_heading(head, 1)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for j, h in enumerate(header):
            set_text(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D0CECE")
        for req, acts in reqs:
            first = None
            for k, (act, who, when, status) in enumerate(acts):
                cells = t.add_row().cells
                if k == 0:
                    first = cells[0]
                    set_text(cells[0], req)
                else:
                    first = first.merge(cells[0])
                set_text(cells[1], act)
                set_text(cells[2], who)
                set_text(cells[3], when)
                set_text(cells[4], status)
                shade(cells[4], colours[status])
        doc.add_paragraph()
    doc.add_paragraph("Status key: Completed – action finished and checked by the Responsible Individual; "
                      "On track – in progress within the target date; Not started.")
    doc.add_paragraph("Progress against this plan is reported in the monthly Regulation 44 report and the "
                      "six-monthly Regulation 45 review.")
    doc.add_paragraph("Signed: Registered Manager            Date: 21/03/2025")
    doc.add_paragraph("Signed: Responsible Individual        Date: 21/03/2025")
    doc.save(os.path.join(HERE, "fc1-north-yorkshire-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bromley - Corporate Parenting Board action plan (csv export)
#    Title lines, pledge in column A on the first row of its group only,
#    quoted fields with commas and one with an inner line break, RAG key and
#    totals lines at the foot.
# ---------------------------------------------------------------------------
def bromley():
    rows = [
        ["London Borough of Bromley - Corporate Parenting Board Action Plan 2024-2026", "", "", "", "", "", ""],
        ["Progress update for Corporate Parenting Board, 18 March 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Pledge", "Ref", "What we will do", "Lead", "Target date", "Progress update", "RAG"],
        ["Pledge 1: We will listen to you and act on what you tell us", "CP1.1",
         "Children in Care Council to attend and present at every other Corporate Parenting Board meeting",
         "Participation Manager", "Ongoing",
         "CiCC presented on 'feeling settled' in January 2025", "Green"],
        ["", "CP1.2",
         "Refresh the Bromley Pledge with children in care and care leavers, and relaunch it in all council buildings",
         "Head of Service (CLA & Care Leavers)", "31/07/2025",
         "Two co-production workshops held.\nDesign work with young people starts April.", "Amber"],
        ["Pledge 2: We will help you to have a safe and stable home", "CP2.1",
         "Increase the number of in-house foster carers by 15 households through the Foster Care Recruitment Strategy",
         "Head of Fostering; Marketing & Communications Manager", "Mar-26",
         "6 new households approved since April 2024", "Amber"],
        ["", "CP2.2",
         "Ensure all care leavers aged 18-21 are offered a choice of suitable accommodation, with no care leaver placed in bed and breakfast",
         "Head of Housing Needs / Leaving Care Team Manager", "Sept 2025",
         "Two care leavers placed in B&B in February 2025 - escalated to Director", "Red"],
        ["Pledge 3: We will support you to do well in education, training and work", "CP3.1",
         "Virtual School to ensure every child in care has a high-quality Personal Education Plan reviewed each term",
         "Virtual School Headteacher", "Termly", "94% of PEPs rated good or better in Autumn term", "Green"],
        ["", "CP3.2",
         "Offer ringfenced council apprenticeships to care leavers, with at least 6 starts in 2025/26",
         "HR Business Partner (Early Careers)", "Q4 2025/26", "", "Not started"],
        ["Pledge 4: We will help you to be healthy and happy", "CP4.1",
         "Complete initial health assessments within 20 working days of a child coming into care",
         "Designated Nurse for Children Looked After", "Dec 2024",
         "IHA timeliness 91% in Q3 (target 90%)", "Complete"],
        ["", "CP4.2",
         "Provide free leisure passes for children in care and care leavers up to age 25",
         "Leisure Contracts Manager", "April 2025", "Passes issued through the Leaving Care Team", "Complete"],
        ["", "", "", "", "", "", ""],
        ["RAG key: Complete = action delivered; Green = on track; Amber = at risk; Red = off track; Not started = not yet begun", "", "", "", "", "", ""],
        ["Total actions: 8 (Complete 2, Green 2, Amber 2, Red 1, Not started 1)", "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "fc1-bromley-corporate-parenting-board-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Liverpool Early Help Partnership - strategy delivery plan (tab-separated
#    text export). Priority rows with only the first field, owner initials,
#    start and end columns, RAG letters, a comment broken onto a
#    continuation line, owner key and RAG key at the foot.
# ---------------------------------------------------------------------------
def liverpool():
    T = "\t"
    lines = [
        "Liverpool Early Help Partnership – Early Help Strategy Delivery Plan 2024–2027",
        "Update for Early Help Partnership Board – 9 July 2025",
        "",
        T.join(["No", "Action", "Owner", "Start", "End", "RAG", "Comments"]),
        "Priority 1 – Family Hubs and Start for Life",
        T.join(["1.1", "Open the remaining two Family Hubs (Norris Green and Speke) with a published Start for Life offer",
                "SD", "Apr-24", "Mar-25", "B", "Both hubs open; Start for Life offer published March 2025"]),
        T.join(["1.2", "Extend Family Hub outreach to include Saturday sessions in each locality",
                "SD / LM", "Jan-25", "Jun-25", "G", "Saturday sessions running in 3 of 4 localities"]),
        T.join(["1.3", "Agree a data-sharing agreement so health visitors and Family Hub practitioners can see a shared family record",
                "LM, PR", "Apr-25", "Dec-25", "A", "Information governance review with Alder Hey and LCH;"]),
        "DPIA to be signed off by both Caldicott Guardians",
        "Priority 2 – Early help assessment and the lead professional",
        T.join(["2.1", "Roll out the revised Early Help Assessment on the EHM system to all schools",
                "KT", "Sep-24", "Sep-25", "G", "78 of 112 schools live"]),
        T.join(["2.2", "Train 300 partner practitioners as lead professionals through the multi-agency training offer",
                "KT", "Sep-24", "Mar-26", "A", "142 trained; take-up lower from health partners"]),
        T.join(["2.3", "Audit step-down from children's social care to early help every quarter",
                "JM", "Jul-24", "Quarterly", "G", "Q1 2025/26 audit completed"]),
        "Priority 3 – Supporting Families outcomes",
        T.join(["3.1", "Meet the Supporting Families target of 1,450 successful family outcomes for 2024/25",
                "PR", "Apr-24", "31/03/2025", "R", "1,212 outcomes claimed (84%)"]),
        T.join(["3.2", "Update the Early Help Outcomes Framework to the Supporting Families National Framework 2025",
                "PR", "Apr-25", "Jul-25", "B", "Revised framework in use from 1 July"]),
        "Priority 4 – Workforce and partnership",
        T.join(["4.1", "Launch the Early Help Partnership practitioner forum, meeting every two months",
                "JM", "Nov-24", "Ongoing", "G", "Forum met in November, January, March and May"]),
        "",
        "Owners: JM – Head of Early Help; SD – Family Hubs Programme Lead; LM – Start for Life Lead;",
        "KT – Early Help Workforce Development Manager; PR – Supporting Families Lead",
        "RAG: B = complete, G = on track, A = at risk, R = off track",
    ]
    path = os.path.join(HERE, "fc1-liverpool-early-help-partnership-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    camden()
    lancashire()
    wigan()
    hammersmith()
    north_yorkshire()
    bromley()
    liverpool()
    print("written", sorted(p for p in os.listdir(HERE) if p.startswith("fc1-") and not p.endswith(".yaml")))
