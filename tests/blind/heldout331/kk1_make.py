"""Build the seven kk1- blind test files (set heldout331).

Run with /work/main/.venv/bin/python kk1_make.py ; writes the data files beside this script.
The .expected.yaml files are written separately (by hand reading), not by this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F4E79", "rec": "DDEBF7", "sec": "D9D9D9", "kq": "E2EFDA",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(code):
    return PatternFill("solid", start_color=FILL.get(code, code), end_color=FILL.get(code, code))


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Southampton City Council - ILACS post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
SOTON_TITLE = "Southampton City Council – ILACS Post-Inspection Action Plan 2024/25"
SOTON = [
    ("Recommendation 1: The timeliness and quality of return home interviews for children who go missing from home or care, and how the learning from them informs children’s plans.", [
        ("1.1", "Re-commission the return home interview service so that interviews are offered within 72 hours of a child’s return, with a named worker for children who go missing repeatedly.",
         "Head of Commissioning (Children)", d(2024, 9), d(2024, 12), d(2025, 3), "A", "A",
         "Tender evaluation completed November 2024. Contract award delayed by the procurement challenge period; new provider now starts 1 March 2025.", "Contract award report"),
        ("1.2", "Introduce a weekly missing children tracker reviewed by the Missing, Exploitation and Trafficking (MET) team manager, with escalation to the Head of Service where an interview is not completed within 72 hours.",
         "MET Team Manager", d(2024, 8), d(2024, 10), None, "G", "B",
         "Tracker in place since 7 October 2024 and reviewed every Monday. 81% of interviews offered within 72 hours in December (June 2024: 54%).", "Weekly tracker; performance scorecard"),
        ("1.3", "Update the missing children practice guidance so that themes from return home interviews are recorded on the child’s file and considered at the next review of the child’s plan.",
         "Principal Social Worker", d(2024, 9), d(2024, 11), d(2025, 2), "G", "G",
         "Draft guidance consulted on with team managers in December. Sign-off moved to the February practice standards group.", "Draft guidance v0.3"),
        ("1.4", "Quarterly thematic audit of return home interviews, with findings reported to the Children’s Services Improvement Board.",
         "Head of Quality Assurance / MET Team Manager", d(2024, 12), d(2025, 3), None, None, "G",
         "First audit (20 children) completed in December. Report to Improvement Board on 29 January 2025.", "Audit report Q3"),
    ]),
    ("Recommendation 2: The consistency and impact of management oversight and supervision for children in care, so that plans progress without delay.", [
        ("2.1", "Relaunch the supervision policy with a single supervision template in the case management system, including a clear record of the actions agreed and their timescales.",
         "Head of Service (Children in Care)", d(2024, 9), d(2024, 11), None, "A", "B",
         "New template live from 4 November 2024. Policy relaunched at the all-staff briefing.", "Supervision policy 2024"),
        ("2.2", "Deliver the ‘Leading Practice’ development programme to all team managers and assistant team managers in the children in care service.",
         "Workforce Development Manager", d(2024, 10), d(2025, 3), None, "G", "G",
         "Cohort 1 (14 managers) completed. Cohort 2 starts February 2025.", "Attendance records"),
        ("2.3", "Monthly dip-sample by service managers of supervision records for children in care, checking that agreed actions are completed within timescale.",
         "Service Managers (Children in Care)", d(2024, 10), d(2025, 1), d(2025, 4), "G", "A",
         "Dip-samples completed in October and November only, due to service manager vacancy. Interim service manager starts February.", "Dip-sample returns"),
    ]),
    ("Recommendation 3: The sufficiency of local homes for children in care, including the recruitment and retention of foster carers.", [
        ("3.1", "Deliver the 2024–26 foster carer recruitment campaign with Fostering South East, with a target of 25 new fostering households approved by March 2026.",
         "Head of Fostering and Adoption", d(2024, 9), d(2026, 3), None, "G", "G",
         "9 households approved since September; 11 in assessment.", "Fostering performance report"),
        ("3.2", "Review the foster carer fees and allowances offer against neighbouring authorities and present options to Cabinet.",
         "Head of Fostering and Adoption; Finance Business Partner", d(2024, 9), d(2024, 12), d(2025, 2), "A", "R",
         "Benchmarking complete. Cabinet report deferred to February 2025 because of budget setting; risk to retention of carers raised at Improvement Board.", "Benchmarking paper"),
        ("3.3", "Open the second council-run children’s home (four beds) in the city.",
         "Head of Residential Services", d(2024, 7), d(2025, 6), None, "A", "A",
         "Building works on site. Registered manager recruited; Ofsted registration application to be submitted March 2025.", "Project highlight report"),
    ]),
    ("Recommendation 4: The quality of pathway plans for care leavers, so that they are written with young people and reflect their current circumstances.", [
        ("4.1", "Co-produce a new pathway plan format with the Children in Care Council and care-experienced young people.",
         "Pathway Team Manager / Participation Lead", d(2024, 8), d(2024, 10), None, "G", "B",
         "New ‘My Pathway’ format agreed by young people in October 2024.", "My Pathway template"),
        ("4.2", "All care leavers aged 18–21 to have their pathway plan reviewed using the new format, with personal advisers recording the young person’s own words.",
         "Pathway Team Manager", d(2024, 11), d(2025, 3), None, "A", "G",
         "142 of 236 care leavers (60%) now have a plan in the new format.", "Weekly pathway plan report"),
    ]),
]


def build_southampton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = SOTON_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Children and Learning – Children’s Social Care"
    ws["A2"].font = Font(size=12, italic=True)
    ws["A4"] = "Inspection of Local Authority Children’s Services (ILACS), 20 May – 7 June 2024"
    ws["A5"] = "Overall effectiveness: Good. Impact of leaders on social work practice with children and families: Outstanding."
    ws["A7"] = "Document control"
    ws["A7"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", d(2024, 8, 2), "Head of Quality Assurance", "First draft for DMT"),
            ("1.0", d(2024, 8, 30), "Head of Quality Assurance", "Submitted to Ofsted"),
            ("1.2", d(2024, 10, 14), "Improvement Programme Manager", "Q2 update for Improvement Board"),
            ("1.3", d(2025, 1, 10), "Improvement Programme Manager", "Q3 update for Improvement Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("hdr")
            elif isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A14"] = ("Governance: progress is reported monthly to the Children’s Services Improvement Board "
                 "and quarterly to the Children and Families Scrutiny Panel.")
    for col, w in zip("ABCD", (12, 14, 32, 40)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:J1")
    ws["A1"] = SOTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = "Inspection: 20 May – 7 June 2024    Report published: 19 July 2024    Overall effectiveness: Good"
    ws.merge_cells("A3:J3")
    ws["A3"] = "Position as at: 10 January 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead officer", "Start", "Original target date", "Revised target date",
           "Previous RAG (Oct 24)", "Current RAG (Jan 25)", "Progress update", "Evidence"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    for rec, acts in SOTON:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill("rec")
        c.alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, lead, start, orig, rev, prev, cur, upd, ev) in acts:
            vals = [ref, text, lead, start, orig, rev, prev if prev else "New", cur, upd, ev]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=7).fill = fill(prev)
            ws.cell(row=r, column=8).fill = fill(cur)
            for col in (7, 8):
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="RAG summary (January 2025)").font = Font(bold=True)
    counts = {}
    for _, acts in SOTON:
        for a in acts:
            counts[a[7]] = counts.get(a[7], 0) + 1
    for lab, code in (("Blue – complete", "B"), ("Green – on track", "G"),
                      ("Amber – some slippage, recoverable", "A"), ("Red – off track", "R")):
        r += 1
        ws.cell(row=r, column=2, value=lab).fill = fill(code)
        ws.cell(row=r, column=3, value=counts.get(code, 0))
    r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", (7, 55, 26, 9, 11, 11, 10, 10, 50, 24)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("RAG Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (code, txt) in enumerate((("B", "Complete – action delivered and evidence of impact held"),
                                      ("G", "On track to be delivered by the target date"),
                                      ("A", "Some slippage; recoverable within the revised target date"),
                                      ("R", "Off track or at risk; escalated to the Improvement Board"))):
        ws.cell(row=3 + i, column=1, value=code).fill = fill(code)
        ws.cell(row=3 + i, column=2, value=txt)
    ws.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "kk1-southampton-city-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. West Sussex Youth Justice Service - HMIP inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
WSX_TITLE = "West Sussex Youth Justice Service – HMIP Inspection Improvement Plan 2022/23"
WSX = [
    ("The West Sussex Youth Justice Service Management Board should:", [
        ("1. increase the proportion of school-aged children supervised by the YJS who are accessing appropriate full-time education", [
            ("1.1", "Establish a monthly education panel with the Virtual School and the Inclusion Service to review every school-aged child open to the YJS who is not in full-time education.",
             "YJS Education Lead; Virtual School Head", "WSCC Education and Skills", "July 2022",
             "Panel meeting monthly since July 2022. 31 children reviewed; 12 now in full-time provision.", "Complete"),
            ("1.2", "Agree a protocol with secondary headteachers so that a child open to the YJS is not permanently excluded without a multi-agency discussion first.",
             "Assistant Director (Education and Skills)", "Secondary headteachers", "Sept 2022 – March 2023",
             "Protocol agreed at the Secondary Heads forum in January. Two academy trusts yet to sign up.", "Amber"),
            ("1.3", "Report the education, training and employment (ETE) status of YJS children to every Management Board meeting.",
             "YJS Head of Service", "", "Quarterly",
             "ETE dashboard presented in September, December and March.", "Green"),
        ]),
        ("2. develop services that better meet the needs of girls supervised by the YJS", [
            ("2.1", "Complete a needs analysis of girls supervised by the YJS over the last three years, including their experience of exploitation and trauma.",
             "YJS Performance and Information Manager", "", "October 2022",
             "Needs analysis presented to the Board in November 2022.", "Complete"),
            ("2.2", "Commission a girls’ group programme with a voluntary sector partner, co-designed with girls who have used the service.",
             "YJS Operations Manager (South)", "Voluntary sector", "Q4 2022/23",
             "Provider appointed; first group starts 20 March 2023 in Crawley.", "Green"),
        ]),
    ]),
    ("The Head of West Sussex Youth Justice Service should:", [
        ("3. make sure that children’s speech, language and communication needs are screened and met", [
            ("3.1", "Embed the speech and language screening tool in all court and out-of-court assessments.",
             "YJS Speech and Language Therapist", "Sussex Partnership NHS Foundation Trust", "December 2022",
             "Screening now part of every AssetPlus and out-of-court assessment.", "Complete"),
            ("3.2", "Secure recurrent funding for the speech and language therapy post beyond March 2023.",
             "YJS Head of Service / ICB Designated Nurse", "NHS Sussex ICB", "31/03/2023",
             "Funding not yet confirmed by the ICB. Post holder on a fixed-term contract to 31 March; escalated to Board chair.", "Red"),
        ]),
        ("4. make sure the views of victims inform assessment and planning", [
            ("4.1", "Update the AssetPlus quality assurance tool so that managers check whether victims’ views have been sought and recorded.",
             "YJS Practice Manager", "", "November 2022",
             "QA tool updated; victim section audited in the February 2023 audit (85% compliant).", "Complete"),
            ("4.2", "Deliver restorative justice and victim awareness refresher training to all case managers.",
             "Restorative Justice Coordinator", "", "Ongoing",
             "Two sessions held; new starters attend as part of induction.", "Green"),
        ]),
    ]),
    ("Sussex Police should:", [
        ("5. ensure that the outcome of out-of-court disposal decisions is shared with the YJS within five working days", [
            ("5.1", "Review the joint decision-making panel process and agree information-sharing timescales with the YJS.",
             "Youth Diversion Inspector (Sussex Police)", "Sussex Police", "Sept 2022",
             "Revised panel terms of reference agreed September 2022.", "Complete"),
        ]),
    ]),
]


def build_west_sussex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = WSX_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Fieldwork: March 2022 | Report published: 22 June 2022 | Overall rating: Good"
    ws.merge_cells("A3:H3")
    ws["A3"] = "Owner: Youth Justice Service Management Board | Version 4 – updated for the Board meeting of 16 March 2023"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "HMIP recommendation", "Action", "Lead(s)", "Partner agency", "Timescale",
           "Progress update (March 2023)", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    rag_fill = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    r = 6
    for sec, recs in WSX:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True)
        c.fill = fill("sec")
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, text, lead, partner, when, upd, rag) in acts:
                vals = [ref, rec if r == first else None, text, lead, partner or None, when, upd, rag]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BOX
                ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
                if rag in ("Complete", "Red"):
                    ws.cell(row=r, column=8).font = Font(color="FFFFFF", bold=True)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=first, column=2).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (6, 34, 50, 26, 22, 16, 46, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Board Summary")
    ws["A1"] = "Summary for the Youth Justice Service Management Board – March 2023"
    ws["A1"].font = Font(bold=True)
    hdr = ["Recommendation", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr):
        ws.cell(row=3, column=1 + j, value=h).font = Font(bold=True)
    r = 4
    tot = [0, 0, 0, 0, 0]
    for _, recs in WSX:
        for rec, acts in recs:
            n = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in ("Complete", "Green", "Amber", "Red")]
            ws.cell(row=r, column=1, value="Recommendation " + rec.split(".")[0])
            for j, v in enumerate(n):
                ws.cell(row=r, column=2 + j, value=v)
                tot[j] += v
            r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        ws.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="RAG key: Complete = action finished and evidenced; Green = on track; "
                                    "Amber = some delay, within tolerance; Red = off track, Board action needed.")
    ws.column_dimensions["A"].width = 22
    wb.save(os.path.join(HERE, "kk1-west-sussex-youth-justice-service-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Wigan local area SEND partnership - Area SEND inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
WIGAN_TITLE = "Wigan Local Area SEND Partnership – Area SEND Inspection Improvement Plan 2025/26"
WIGAN = [
    ("AFI 1", "Area for improvement 1",
     "Leaders across education, health and care should improve the timeliness and quality of education, health and care (EHC) plans, so that they are issued within 20 weeks and accurately describe children’s needs and the provision to meet them.",
     "Partnership lead: Assistant Director – SEND and Inclusion",
     [
         ("1.1", "Recruit four additional EHC plan coordinators and clear the backlog of assessments over 20 weeks.",
          "Head of SEND Statutory Services", "HR; Finance", "By 31 July 2025",
          "Backlog of assessments over 20 weeks reduced from 164 to fewer than 20; 20-week timeliness above 60%.", "G"),
         ("1.2", "Introduce a multi-agency quality assurance panel that audits a sample of 10 new EHC plans every month.",
          "Principal Educational Psychologist / Designated Clinical Officer", "Social care; Parent Carer Forum", "Summer term 2025",
          "Audit outcomes show 80% of new plans graded good or better.", "B"),
         ("1.3", "Agree timescales with health and social care for advice to be returned within six weeks, with monthly performance reporting to the SEND Partnership Board.",
          "Designated Clinical Officer; Service Manager – Children with Disabilities", "WWL NHS FT; Children’s Social Care", "Jun-25",
          "90% of health and social care advice returned within six weeks.", "A"),
         ("1.4", "Launch the co-produced annual review guidance and training for SENCOs.",
          "SEND Inclusion Manager", "SENCO network; Parent Carer Forum", "Autumn term 2025",
          "All schools have attended training; annual reviews completed on time rises to 75%.", None),
     ]),
    ("AFI 2", "Area for improvement 2",
     "Leaders should reduce waiting times for neurodevelopmental assessment, and improve the support available to children and their families while they wait.",
     "Partnership lead: ICB Place Director (Wigan)",
     [
         ("2.1", "Commission additional autism assessment capacity from an independent provider to reduce waits of more than 52 weeks.",
          "ICB Head of Children’s Commissioning", "WWL NHS FT", "Mar-26",
          "No child waits more than 52 weeks for a first autism assessment appointment.", "A"),
         ("2.2", "Launch a ‘waiting well’ offer with Wigan Parent Carer Forum, including drop-in sessions at family hubs.",
          "Family Hubs Manager & PCF Chair", "Family hubs; voluntary sector", "Apr-25",
          "Monthly drop-ins running in all seven family hubs; family feedback collected.", "B"),
         ("2.3", "Publish the neurodevelopmental pathway on the Local Offer, setting out what families can expect at each stage.",
          "Local Offer Officer", "ICB; Parent Carer Forum", "May 2025",
          "Pathway page published; page views and feedback reported quarterly.", "G"),
         ("2.4", "Train staff in every primary school to use the neurodiversity profiling tool.",
          "Educational Psychology Service", "Primary schools", "Ongoing – termly cohorts",
          "Profiling tool in use in at least 90% of primary schools.", "G"),
     ]),
    ("AFI 3", "Area for improvement 3",
     "Leaders should strengthen preparation for adulthood, so that young people with SEND aged 14 and over have plans that prepare them for employment, independent living and good health.",
     "Partnership lead: Director of Children’s Services",
     [
         ("3.1", "Add a preparation for adulthood section, co-produced with young people, to all EHC plans from Year 9.",
          "Head of SEND Statutory Services", "Careers service; young people’s SEND forum", "Dec-25",
          "Audit shows preparation for adulthood outcomes in 90% of plans from Year 9.", "G"),
         ("3.2", "Set up a 14–25 transitions panel with adult social care and health to plan for young people who will need adult services.",
          "Transitions Service Manager (Adults)", "Adult Social Care; ICB", "Sep-25",
          "Every young person likely to need adult services is known to the panel by age 16.", "R"),
         ("3.3", "Increase supported internship places with the council and NHS employers from 12 to 30.",
          "Employment and Skills Manager", "Wigan and Leigh College; WWL NHS FT", "Jul-26",
          "30 supported internships in place for the 2026/27 academic year.", None),
     ]),
]


def build_wigan():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = WIGAN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection dates: 18–22 November 2024 | Outcome: the local area partnership’s arrangements lead to "
                "inconsistent experiences and outcomes | Report published: 14 January 2025")
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for i, row in enumerate((("Version", "Date", "Approved by"),
                             ("1.0", "07/03/2025", "SEND Partnership Board"),
                             ("1.1", "05/06/2025", "SEND Partnership Board"),
                             ("1.2", "04/09/2025", "SEND Partnership Board"))):
        for j, v in enumerate(row):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A11"] = "Status key (colour in the Status column of each sheet)"
    ws["A11"].font = Font(bold=True)
    for i, (code, txt) in enumerate((("B", "Complete"), ("G", "On track"),
                                      ("A", "At risk – mitigation in place"), ("R", "Off track – escalated to SEND Partnership Board"),
                                      (None, "Not yet started"))):
        c = ws.cell(row=12 + i, column=1)
        c.border = BOX
        if code:
            c.fill = fill(code)
        ws.cell(row=12 + i, column=2, value=txt)
    ws["A18"] = "Areas for improvement: 3      Actions: 11      Next update to SEND Partnership Board: December 2025"
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 48

    for sheet, label, text, plead, acts in WIGAN:
        ws = wb.create_sheet(sheet)
        ws["A1"] = label
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A2:G2")
        ws["A2"] = text
        ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
        ws["A2"].fill = fill("rec")
        ws.row_dimensions[2].height = 48
        ws["A3"] = plead
        ws["A3"].font = Font(italic=True)
        hdr = ["Ref", "What we will do", "Lead", "Partners involved", "By when",
               "How we will know it has worked", "Status"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=5, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        for i, (ref, what, lead, partners, when, measure, st) in enumerate(acts):
            r = 6 + i
            for j, v in enumerate((ref, what, lead, partners, when, measure)):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            c = ws.cell(row=r, column=7)
            c.border = BOX
            if st:
                c.fill = fill(st)
        for col, w in zip("ABCDEFG", (6, 52, 30, 26, 16, 42, 9)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "kk1-wigan-local-area-send-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


# ---------------------------------------------------------------------------
# 4. Bradford District Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
BRAD_TITLE = "Bradford District Safeguarding Children Partnership – JTAI Multi-Agency Action Plan"
BRAD = [
    ("Priority 1 – Identifying and responding to children at risk of serious youth violence",
     "The consistency with which children at risk of serious youth violence are identified at the front door, including children who are not in school.",
     [
         ("1.1", "Add serious youth violence indicators to the Integrated Front Door screening tool, with guidance for practitioners on contextual risk.",
          "Head of Integrated Front Door (Bradford Children and Families Trust)", "September 2024",
          "Screening tool updated; audit shows contextual risk considered in 90% of contacts.", "Blue"),
         ("1.2", "Share a weekly list of children missing education and children on part-time timetables with the Front Door and the Youth Justice Service.",
          "Head of Education Safeguarding\nYouth Justice Service Manager", "October 2024",
          "Weekly list in place; number of children on part-time timetables known to the Front Door.", "Green"),
         ("1.3", "Deliver multi-agency contextual safeguarding training to designated safeguarding leads in secondary schools and alternative provision.",
          "BDSCP Learning and Development Officer", "Sept 2024 – March 2025",
          "80% of secondary schools and all alternative provision settings trained.", "Amber"),
     ]),
    ("Priority 2 – Strategy meetings and joint decision-making",
     "The attendance of health and education partners at strategy meetings, and the recording of the rationale for decisions made.",
     [
         ("2.1", "Introduce virtual attendance at all strategy meetings as standard, with invitations sent to the child’s school and GP practice.",
          "Head of Service (Assessment and Child Protection)", "July 2024",
          "Health and education attendance at strategy meetings above 85%.", "Blue"),
         ("2.2", "Revise the strategy meeting template so that each agency’s contribution and the reasons for the decision are recorded.",
          "Principal Social Worker", "August 2024",
          "New template in use; rationale recorded in all audited meetings.", "Blue"),
         ("2.3", "Audit 30 strategy meetings for children at risk of serious youth violence and report the findings to the Quality Assurance and Performance sub-group.",
          "West Yorkshire Police / Designated Nurse Safeguarding Children", "January 2025",
          "Audit report received by the sub-group; learning shared in a 7-minute briefing.", "Amber"),
     ]),
    ("Priority 3 – Leadership, learning and assurance",
     "Leaders’ understanding of the impact of multi-agency work for children at risk of serious youth violence, through shared data and the voice of children.",
     [
         ("3.1", "Develop a shared serious youth violence dataset across police, health, education, youth justice and children’s social care.",
          "BDSCP Business Manager", "March 2025",
          "Dataset reported quarterly to the Partnership Executive.", "Green"),
         ("3.2", "Hold two listening events with young people affected by violence and report what they tell us to the Partnership Executive.",
          "Youth Voice Coordinator", "End of November 2024",
          "Young people’s views included in the partnership’s annual report.", "Red"),
         ("3.3", "Align the Serious Violence Duty strategic needs assessment with the partnership’s priorities for children.",
          "Community Safety Partnership Manager", "Q1 2025/26",
          "Joint priorities agreed by the Community Safety Partnership and the BDSCP.", "Not started"),
     ]),
]


def build_bradford():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(BRAD_TITLE, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to serious youth violence")
    doc.add_paragraph("Inspection fieldwork: 13–17 May 2024. Letter of findings published: 16 July 2024. "
                      "Progress position: 20 January 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(("Version", "Date", "Author", "Approved by")):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for row in (("1.0", "22/08/2024", "BDSCP Business Manager", "Partnership Executive"),
                ("1.1", "11/11/2024", "BDSCP Business Manager", "Partnership Executive"),
                ("1.2", "20/01/2025", "BDSCP Business Manager", "Partnership Executive")):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "In May 2024, Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue "
        "Services and HM Inspectorate of Probation carried out a joint targeted area inspection (JTAI) in Bradford. "
        "The letter of findings identified three areas for improvement. This plan sets out how the three safeguarding "
        "partners – Bradford District Council, NHS West Yorkshire Integrated Care Board and West Yorkshire Police – "
        "and relevant agencies will respond. Progress is overseen by the Partnership Executive every two months.")
    doc.add_paragraph("RAG key:")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for code, col, txt in (("Blue", "0070C0", "Complete"), ("Green", "00B050", "On track"),
                           ("Amber", "FFC000", "Some slippage against the timescale"),
                           ("Red", "FF0000", "Off track – escalated to the Partnership Executive"),
                           ("Not started", "FFFFFF", "Not yet due to start")):
        cells = t.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], txt)

    rag_col = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, afi, acts in BRAD:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, afi, bold=True)
        shade(top, "DEEAF6")
        for j, h in enumerate(("Ref", "Action", "Lead", "Timescale", "Measure of success", "RAG")):
            set_cell(t.rows[1].cells[j], h, bold=True, colour="FFFFFF")
            shade(t.rows[1].cells[j], "203864")
        for (ref, text, lead, when, measure, rag) in acts:
            cells = t.add_row().cells
            for j, v in enumerate((ref, text, lead, when, measure, rag)):
                set_cell(cells[j], v)
            if rag in rag_col:
                shade(cells[5], rag_col[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the Bradford District Safeguarding Children Partnership Executive.")
    doc.add_paragraph("Next review: March 2025")
    doc.save(os.path.join(HERE, "kk1-bradford-district-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. East Ayrshire Council fostering service - Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
EA_TITLE = "East Ayrshire Council Fostering Service: Care Inspectorate Improvement Plan"
EA = [
    ("Key question 1: How well do we support children and young people’s rights and wellbeing?", [
        ("Requirement 1: By 31 March 2025, the provider must ensure that every child’s safer caring plan is reviewed following any significant event and at least every six months.", [
            ("Audit all safer caring plans and bring any out-of-date plans up to date.",
             "Family Placement Team Leader", "31/12/2024",
             "Audit of 96 plans completed; 23 updated by 20 December 2024.", "Achieved"),
            ("Add a six-monthly review prompt for safer caring plans to the Carefirst workflow.",
             "Systems Support Officer", "January 2025",
             "Prompt live from 13 January 2025.", "Achieved"),
            ("Supervising social workers to review the safer caring plan at every supervisory visit following a significant event, and record this in the carer’s file.",
             "Supervising Social Workers", "Ongoing",
             "Checked in monthly case file audits; 88% compliance in February.", "On track"),
        ]),
        ("Area for improvement 1: To support children’s wellbeing, the provider should ensure that children are helped to keep in touch with brothers and sisters who do not live with them.", [
            ("Record each child’s views on brother and sister contact at every looked after review.",
             "Independent Reviewing Officers", "March 2025",
             "Review template amended; recording checked by the IRO manager.", "On track"),
            ("Deliver sibling relationships training to foster carers and the family placement team.",
             "Training and Development Officer / Family Placement Team Leader", "June 2025",
             "Training booked for May and June 2025.", "Not started"),
        ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Requirement 2: By 30 April 2025, the provider must ensure that the fostering panel’s quality assurance of carer reviews is effective, including the timely presentation of first and three-yearly reviews.", [
            ("Produce a fostering panel schedule for 2025 that includes all first reviews and three-yearly reviews due.",
             "Panel Adviser", "28/02/2025",
             "Schedule agreed by the panel chair on 10 February 2025.", "Achieved"),
            ("Introduce a quarterly report to the agency decision maker on the timeliness of carer reviews.",
             "Service Manager (Fostering, Adoption and Kinship Care)", "April 2025",
             "Report format drafted; first report delayed by the Carefirst upgrade.", "Amber"),
        ]),
    ]),
    ("Key question 3: How good is our staff team?", [
        ("Area for improvement 2: To ensure foster carers are well supported, the provider should ensure that all foster carers complete the core training in the service’s learning and development framework within their first year of approval.", [
            ("Produce a training record for every fostering household and share it with the household’s supervising social worker.",
             "Training and Development Officer", "December 2024",
             "Training records issued to all 71 fostering households.", "Achieved"),
            ("Follow up carers who have not completed core training within their first year at their annual review.",
             "Family Placement Team Leader", "Ongoing",
             "Nine carers identified; six have booked places. Slower than planned.", "Amber"),
        ]),
    ]),
]


def vmerge_text(table, col, r0, r1, text):
    """Merge a column vertically over rows r0..r1 and put the text once."""
    top = table.cell(r0, col)
    if r1 > r0:
        top = top.merge(table.cell(r1, col))
    set_cell(top, text, bold=True)
    return top


def build_east_ayrshire():
    doc = docx.Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("East Ayrshire Health and Social Care Partnership")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(EA_TITLE, level=1)
    doc.add_paragraph("Service: East Ayrshire Council Fostering Service (care service number CS2004081337)")
    doc.add_paragraph("Inspection completed: 25 October 2024. Report published: 2 December 2024. "
                      "Plan submitted to the Care Inspectorate: 31 January 2025. Updated: 7 March 2025.")

    doc.add_paragraph("Evaluations from the inspection:")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Key question", bold=True)
    set_cell(t.rows[0].cells[1], "Grade", bold=True)
    for kq, g in (("How well do we support children and young people’s rights and wellbeing?", "3 – Adequate"),
                  ("How good is our leadership?", "3 – Adequate"),
                  ("How good is our staff team?", "4 – Good"),
                  ("How well is our care and support planned?", "4 – Good")):
        cells = t.add_row().cells
        set_cell(cells[0], kq)
        set_cell(cells[1], g)

    doc.add_paragraph("")
    doc.add_paragraph("Improvement actions")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("Requirement / Area for improvement", "Action to be taken", "Responsible officer",
                           "Timescale", "Progress", "Status")):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")
    st_col = {"Achieved": "9BC2E6", "On track": "A9D08E", "Amber": "FFD966"}
    for kq, items in EA:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, kq, bold=True)
        shade(m, "E2EFDA")
        for req, acts in items:
            r0 = len(t.rows)
            for (text, lead, when, prog, status) in acts:
                cells = t.add_row().cells
                for j, v in enumerate((text, lead, when, prog, status)):
                    set_cell(cells[1 + j], v)
                if status in st_col:
                    shade(cells[5], st_col[status])
            vmerge_text(t, 0, r0, len(t.rows) - 1, req)

    doc.add_paragraph("")
    doc.add_paragraph("Status: Achieved – action complete; On track – progressing within timescale; "
                      "Amber – delayed, remedial action agreed; Not started – not yet due.")
    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(("Prepared by", "Approved by", "Date")):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(("Service Manager (Fostering, Adoption and Kinship Care)",
                           "Chief Social Work Officer", "07/03/2025")):
        set_cell(t.rows[1].cells[j], v)
    doc.save(os.path.join(HERE, "kk1-east-ayrshire-council-fostering-service-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Manchester - corporate parenting strategy action plan (csv export)
# ---------------------------------------------------------------------------
MCR_TITLE = "Manchester Corporate Family Cooperative (MCFC) – Corporate Parenting Strategy Action Plan 2024–2027"
MCR = [
    ("Happy", "E2: Listen to us and act on what we tell you", [
        ("H1", "Co-produce and publish the MCFC website with Care Consultants, so that children and care leavers can see what has changed because of what they said.",
         "Participation Lead; Care Consultants Facilitator", "Sep-25", "G",
         "Site map agreed with Care Consultants in January; build started."),
        ("H2", "Offer every cared for child aged 8 and over an independent visitor or mentor.",
         "Head of Service – Children in Care", "Mar-26", "A",
         "62 matches made; waiting list of 40 children. Recruitment drive planned for spring."),
    ]),
    ("Healthy", "E5: Help us to look after our mental health", [
        ("HE1", "Agree a fast-track route into CAMHS for cared for children living in Manchester, with a named clinician in each locality.",
         "Designated Nurse for Cared for Children & Head of CAMHS (MFT)", "Q2 2025/26", "A",
         "Named clinicians in North and Central; South post vacant."),
        ("HE2", "Give a health passport to every care leaver at their 18th birthday review.",
         "Designated Nurse for Cared for Children", "Dec-24", "B",
         "Health passports issued at all 18th birthday reviews since October 2024."),
    ]),
    ("Safe", "E8: Give us a safe, stable home near the people who matter to us", [
        ("S1", "Open two new in-house children’s homes through the residential sufficiency programme.",
         "Strategic Lead - Placements", "Mar-26", "G",
         "First home registered with Ofsted in December 2024; second home purchase completed."),
        ("S2", "Increase Staying Put and Staying Close arrangements, with a target of 60% of eligible 18-year-olds.",
         "Head of Leaving Care Service", "Ongoing", "G",
         "52% at end of Q3 (Q3 2023/24: 44%)."),
    ]),
    ("Successful", "E11: Be ambitious for us", [
        ("SU1", "Guarantee an interview for council apprenticeships to every care leaver who applies, and report numbers to MCFC each quarter.",
         "HR Business Partner / Virtual School Head", "Jun-25", "R",
         "Guaranteed interview not yet built into the recruitment system; HR to present options in March."),
        ("SU2", "Extend the Virtual School offer to care leavers aged 18–25 in further and higher education, including a bursary top-up.\nReport on take-up to MCFC in autumn 2025.",
         "Virtual School Head", "Oct 2025", "",
         "Not yet started – awaiting confirmation of the 2025/26 grant."),
    ]),
    ("", "E12: Keep supporting us as adults", [
        ("SU3", "Extend the Council Tax exemption for care leavers from age 25 to age 30, subject to Executive approval.",
         "Head of Revenues and Benefits", "Apr-25", "B",
         "Approved by the Executive on 12 February 2025; in place from 1 April 2025."),
    ]),
]


def build_manchester():
    ncol = 8
    rows = [[MCR_TITLE], ["Our Children and Care Leavers: Happy, Healthy, Safe, Successful"],
            ["Tracker export: 03/02/2025"], [],
            ["Outcome", "Expectation", "Action ID", "Action", "Lead(s)", "Due", "RAG", "Update"]]
    for outcome, exp, acts in MCR:
        for k, (aid, text, lead, due, rag, upd) in enumerate(acts):
            rows.append([outcome if k == 0 else "", exp if k == 0 else "", aid, text, lead, due, rag, upd])
    rows.append([])
    rows.append(["RAG key: B = complete, G = on track, A = some risk to delivery, R = off track, blank = not started"])
    rows.append(["Owner: Strategic Director (Children and Education Services)"])
    path = os.path.join(HERE, "kk1-manchester-corporate-parenting-strategy-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (ncol - len(r)))


# ---------------------------------------------------------------------------
# 7. Wiltshire - early help strategy action plan, tab-separated export (refuse)
# ---------------------------------------------------------------------------
WILTS_LINES_HEAD = [
    "Wiltshire Council – Families and Children’s Services",
    "Early Help Strategy 2024–2027: Action Plan (Year 2, 2025/26)",
    "Exported from the Early Help Partnership Board tracker 12/11/2025",
    "",
    "Priority\tRef\tAction\tLead\tStart\tEnd\tRAG\tComment",
]
WILTS = [
    ("Priority 1 – Early identification and access to help", [
        ("1.1", "Relaunch the Wiltshire Early Help Assessment with a shorter family plan template for partners.",
         "Early Help Service Manager", "Apr-25", "Sep-25", "G", "New template launched 1 September; 140 assessments started on it."),
        ("1.2", "Open a single Family Help front door alongside the MASH so that requests for support are screened once.",
         "Head of Integrated Front Door", "Apr-25", "Mar-26", "A", "Recruitment of two Family Help navigators delayed."),
        ("1.3", "Publish the family hubs service directory on the Wiltshire Online Family Information Service.",
         "Family Hubs Programme Lead", "Apr-25", "Jun-25", "B", "Published June 2025."),
    ]),
    ("Priority 2 – A skilled early help workforce across the partnership", [
        ("2.1", "Deliver Early Help Assessment and lead professional training to 300 staff in schools, health and the voluntary sector.",
         "Workforce Development Lead; Partnership Training Coordinator", "May-25", "Mar-26", "G", "186 trained to date."),
        ("2.2", "Introduce quarterly multi-agency early help practice audits.",
         "Early Help Quality Assurance Officer", "Jul-25", "Febuary 2026", "A", "First audit tool agreed; pilot audit in November."),
    ]),
    ("Priority 3 – Measuring what difference we make", [
        ("3.1", "Develop an early help outcomes dashboard using the Families First for Children outcomes framework.",
         "Business Intelligence Manager", "Jun-25", "Dec-25", "A", "Data sharing agreement with health outstanding."),
        ("3.2", "Collect family feedback at the closure of every early help plan and report themes to the Early Help Partnership Board.",
         "Family Voice Lead", "Apr-25", "Ongoing", "G", "Feedback rate 41% in Q2."),
    ]),
]


def build_wiltshire():
    lines = list(WILTS_LINES_HEAD)
    for pri, acts in WILTS:
        lines.append(pri + "\t" * 7)
        for (ref, text, lead, start, end, rag, comment) in acts:
            lines.append("\t".join(("", ref, text, lead, start, end, rag, comment)))
    lines.append("")
    lines.append("RAG: B = complete, G = on track, A = at risk, R = off track")
    path = os.path.join(HERE, "kk1-wiltshire-council-early-help-strategy-action-plan-typo-month-refuse.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_southampton()
    build_west_sussex()
    build_wigan()
    build_bradford()
    build_east_ayrshire()
    build_manchester()
    build_wiltshire()
    print("built 7 files in", HERE)
