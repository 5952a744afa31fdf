"""Generator for the cy1- cases (children's services plans) in heldout137.

Run with /work/main/.venv/bin/python cy1_make.py ; writes the seven document files beside itself.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFC7CE"
AMBER = "FFC000"
GREEN = "92D050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Hexagon Care Services children's home - Ofsted inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def hexagon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Hexagon Care Services – Ashgrove House (SC487213) Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Full inspection 14–15 May 2024. Overall experiences and progress of children and young people: "
                "requires improvement to be good. Plan owner: Registered Manager. Last updated 02/09/2024.")
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    hdr = ["Ref", "Requirement / Recommendation", "Action to be taken", "Responsible person",
           "Target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BORDER
        cell.alignment = WRAP

    rag_fill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Red": "FF0000", "Green": GREEN}
    req1 = ("The registered person must ensure that staff follow the home's missing from care procedures and "
            "that return home interviews are requested for every missing episode. (Regulation 12 (1)(2)(a)(v)) "
            "To be completed by 30 June 2024.")
    req2 = ("The registered person must ensure that recommendations made by the independent person in Regulation 44 "
            "reports are acted on without delay. (Regulation 13 (1)(a)(b)) To be completed by 30 June 2024.")
    rec3 = ("The registered person should ensure that each child's placement plan is reviewed with the child and "
            "that the child's wishes and feelings are recorded. ('Guide to the Children's Homes Regulations "
            "including the quality standards', page 15, paragraph 3.8)")
    rec4 = ("The registered person should ensure that all staff receive supervision of their practice at least "
            "monthly. ('Guide to the Children's Homes Regulations including the quality standards', page 61, "
            "paragraph 13.2)")
    rows = [
        ("sec", "Requirements"),
        ("1.1", req1, "Re-brief all staff on the missing from care protocol at the June team meeting and record "
                      "attendance; staff not present to read and sign the protocol.",
         "Registered Manager", dt.datetime(2024, 6, 30),
         "Protocol briefed at team meeting 11/06/2024. All 14 staff have signed.", "Complete"),
        ("1.2", None, "Deputy Manager to audit every missing episode record within 72 hours and feed back to the "
                      "staff member on shift.",
         "Deputy Manager", dt.datetime(2024, 7, 31),
         "Audits in place for all 5 episodes since inspection. RHI requested in each case.", "On track"),
        ("2.1", req2, "Set up a Reg 44 action log, reviewed monthly by the RM and RI, with each recommendation "
                      "given an owner and date.",
         "RM / RI", dt.datetime(2024, 6, 28),
         "Log created and reviewed at June and July management meetings.", "Complete"),
        ("2.2", None, "Responsible Individual to check Reg 45 review shows how Reg 44 recommendations have been "
                      "addressed.",
         "Responsible Individual", dt.datetime(2024, 9, 30),
         "Reg 45 review due end of September; draft started but delayed by RI leave.", "Amber"),
        ("sec", "Recommendations"),
        ("3.1", rec3, "Key workers to review all placement plans with each young person and record their views "
                      "in their own words.",
         "Key workers", "Sept 2024",
         "3 of 4 placement plans reviewed with young people.", "Green"),
        ("3.2", None, "Recruit two permanent waking night staff to reduce use of agency staff at night.",
         "Registered Manager", dt.datetime(2024, 10, 31),
         "Advert closed with no suitable applicants. Re-advertising with Hexagon recruitment team.", "Red"),
        ("4.1", rec4, "Put in place a supervision matrix showing planned and completed supervision for every "
                      "member of staff, checked monthly by the RM.",
         "Deputy Manager", dt.datetime(2024, 8, 31),
         "Matrix in place. July compliance 93%.", "On track"),
    ]
    r = 5
    group_start = None
    for row in rows:
        if row[0] == "sec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        ref, req, action, lead, date, prog, rag = row
        ws.cell(row=r, column=1, value=ref)
        if req is not None:
            ws.cell(row=r, column=2, value=req)
            group_start = r
        else:
            ws.merge_cells(start_row=group_start, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        dc = ws.cell(row=r, column=5, value=date)
        if isinstance(date, dt.datetime):
            dc.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6, value=prog)
        rc = ws.cell(row=r, column=7, value=rag)
        rc.fill = fill(rag_fill[rag])
        for c in range(1, 8):
            ws.cell(row=r, column=c).border = BORDER
            ws.cell(row=r, column=c).alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Red", "Off track / not achieved by target date", "FF0000"),
           ("Amber", "Some slippage, action being taken", AMBER),
           ("Green / On track", "Progressing to target date", GREEN),
           ("Complete", "Action complete and evidenced", BLUE)]
    for name, desc, col in key:
        r += 1
        ws.cell(row=r, column=1, value=name).fill = fill(col)
        ws.cell(row=r, column=2, value=desc)
    for col, w in zip("ABCDEFG", [7, 50, 45, 20, 13, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(p("cy1-hexagon-care-ashgrove-house-ofsted-childrens-home-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Nottingham City ILACS improvement plan - with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def nottingham():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Plan"
    ws["A1"] = "Nottingham City Council – Children's Integrated Services: ILACS Improvement Plan 2022–24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for Corporate Parenting Board – December 2022"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead", "Due date", "Progress", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BORDER
    data = [
        ("theme", "Theme 1: Front door and early help"),
        ("1.1", "The timeliness and quality of decision-making at the front door, including the application of "
                "thresholds for strategy discussions.",
         "Review MASH threshold guidance with partners and deliver briefings to all MASH staff.",
         "Head of Service – MASH", dt.datetime(2022, 11, 30), "Guidance reissued 14/11/22; 6 briefings held.",
         "Complete"),
        ("1.2", None, "Introduce weekly dip sample of contacts progressed to strategy discussion.",
         "Service Manager (MASH)", dt.datetime(2023, 1, 31), "First two dip samples completed.", "Green"),
        ("1.3", None, "Police and health to attend all strategy discussions held within MASH hours.",
         "MASH Partnership Group", dt.datetime(2023, 3, 31), "Health attendance at 78%.", "Amber"),
        ("theme", "Theme 2: Children in care and care leavers"),
        ("2.1", "The quality and timeliness of pathway plans for care leavers.",
         "All care leavers to have an up-to-date pathway plan co-produced with the young person.",
         "Head of Service – Leaving Care", "Febuary 2023", "84% of plans in date; drive on remainder.",
         "Amber"),
        ("2.2", None, "Relaunch Local Offer for care leavers with the Children in Care Council.",
         "Participation Lead", dt.datetime(2023, 4, 30), "Draft offer with CiCC for comment.", "Green"),
        ("2.3", "Sufficiency of local placements for children in care, particularly for older children.",
         "Refresh sufficiency strategy and present to Executive Board.",
         "Director of Commissioning", dt.datetime(2023, 6, 30), "Needs analysis under way.", "Green"),
    ]
    r = 5
    refuse_row = None
    for row in data:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        ref, rec, act, lead, due, prog, rag = row
        vals = [ref, rec, act, lead, due, prog, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if isinstance(due, dt.datetime):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        else:
            refuse_row = r
        ws.cell(row=r, column=7).fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER}[rag])
        r += 1
    assert refuse_row == 10, refuse_row
    for col, w in zip("ABCDEFG", [7, 45, 45, 26, 12, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(p("cy1-nottingham-city-ilacs-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Wakefield SEND area inspection - priority action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def wakefield():
    wb = Workbook()
    ws = wb.active
    ws.title = "PAP"
    ws["A1"] = "Wakefield Local Area Partnership – SEND Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following the area SEND inspection, the local area partnership has prepared this plan to address the "
                "areas for priority action and the areas for improvement. Progress is reported to the SEND "
                "Improvement Board every six weeks.")
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 45
    hdr = ["Ref", "Action", "Lead(s)", "Timescale", "Measure of impact", "Progress (January 2025)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
        cell.border = BORDER
    sections = [
        ("Area for priority action 1: Leaders across education, health and care should urgently improve the "
         "timeliness and quality of education, health and care (EHC) plans.", [
            ("1a", "Recruit four additional SEND case officers and clear the backlog of overdue EHC needs "
                   "assessments.", "Head of SEND", "Sept 2024 – March 2025",
             "20-week timeliness above 60% by March 2025", "Three officers in post; backlog reduced from 212 to 97.",
             GREEN),
            ("1b", "Introduce multi-agency quality assurance panel for draft EHC plans, auditing 10% each month.",
             "Head of SEND / ICB Designated Clinical Officer", "Q3 2024/25",
             "80% of audited plans good or better", "Panel met monthly since October; 62% good or better.", AMBER),
            ("1c", "Health advice for EHC needs assessments returned within 6 weeks.",
             "Designated Clinical Officer", "Ongoing", "95% of advice within 6 weeks",
             "Community paediatrics at 71%; therapies at 90%.", "FF0000"),
        ]),
        ("Area for priority action 2: Leaders should improve the identification and support of children and "
         "young people's social, emotional and mental health needs.", [
            ("2a", "Commission a graduated response SEMH toolkit for all schools and settings, with training.",
             "Principal Educational Psychologist", "Summer term 2025",
             "Toolkit used in 75% of schools", "Toolkit drafted with headteacher reference group.", GREEN),
            ("2b", "Reduce waiting times for the neurodevelopmental pathway by introducing a pre-assessment support "
                   "offer.", "ICB Head of Children's Commissioning", dt.datetime(2025, 6, 30),
             "Waiting list reduced by 25%", "Pre-assessment offer launched 02/12/2024.", GREEN),
        ]),
        ("Area for improvement 1: Leaders should improve the co-production of plans and services with children, "
         "young people and their families.", [
            ("3a", "Co-produce a refreshed Local Offer website with Wakefield Parent Carer Forum.",
             "SEND Participation Officer", "Autumn term 2024", "Site relaunched; user survey satisfaction 70%+",
             "Relaunched 18 November 2024.", BLUE),
            ("3b", "Establish a young people's SEND advisory group that meets half-termly.",
             "SEND Participation Officer and Youth Voice Lead", "Spring term 2025",
             "Group meeting regularly; 2 changes made as a result", "First meeting held in January.", None),
        ]),
    ]
    r = 5
    for heading, acts in sections:
        cell = ws.cell(row=r, column=1, value=heading)
        cell.font = Font(bold=True)
        cell.alignment = WRAP
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill("FFF2CC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, lead, when, measure, prog, rag in acts:
            vals = [ref, act, lead, when, measure, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=4).number_format = "dd mmm yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
            r += 1
        r += 1  # blank row between sections
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for name, col in [("Blue – complete", BLUE), ("Green – on track", GREEN),
                      ("Amber – some slippage, recoverable", AMBER), ("Red – off track, escalated to Board", "FF0000"),
                      ("No colour – not yet started", None)]:
        r += 1
        cell = ws.cell(row=r, column=2, value=name)
        if col:
            ws.cell(row=r, column=1).fill = fill(col)
    for col, w in zip("ABCDEFG", [6, 50, 28, 20, 30, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(p("cy1-wakefield-lap-send-area-inspection-priority-action-plan.xlsx"))


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


def bold_row(row):
    for cell in row.cells:
        for par in cell.paragraphs:
            for run in par.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Linn Moor residential school - Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
def linn_moor():
    d = Document()
    d.add_heading("Linn Moor Residential School – Care Inspectorate Improvement Plan", level=1)
    d.add_paragraph("Care home service for children and young people. Unannounced inspection: 3–5 September 2024.")
    d.add_paragraph("This plan sets out how we will meet the requirement and areas for improvement made in the "
                    "Care Inspectorate's report. It is reviewed monthly by the senior leadership team and shared "
                    "with the Board of Trustees.")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author"), ("0.1", "30/09/2024", "Head of Care"),
                             ("1.0", "14/10/2024", "Head of Care / SLT"), ("1.1", "20/01/2025", "Head of Care")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    bold_row(t.rows[0])
    d.add_paragraph()

    blocks = [
        ("How well do we support children and young people's rights and wellbeing?", [
            ("Requirement 1",
             "By 31 October 2024, the provider must ensure that young people are kept safe by ensuring that "
             "all staff are trained in and follow the revised child protection procedures, including the "
             "recording of concerns.",
             [("Deliver National Guidance for Child Protection in Scotland 2021 (updated 2023) training to all "
               "care staff.", "Training Coordinator", "31/10/2024",
               "42 of 44 staff trained; 2 on long-term absence will complete on return.", "B"),
              ("Introduce a single chronology and concern form on the electronic recording system.",
               "Head of Care / Systems Officer", "End of November 2024",
               "Form live from 18/11/2024. Staff guidance issued.", "B"),
              ("Monthly audit of concern records by the Child Protection Coordinator, reported to SLT.",
               "Child Protection Coordinator", "Ongoing",
               "Audits completed October to December; themes fed into team meetings.", "G")]),
            ("Area for improvement 1",
             "To support young people's health and wellbeing, the provider should ensure that each young "
             "person's health needs are set out in their personal plan and reviewed at least six-monthly.",
             [("Review the personal plan template with the nursing team so that health needs and "
               "appointments are recorded in one place.", "Nurse Manager", "December 2024 – March 2025",
               "New template agreed; 9 of 21 plans transferred.", "A")]),
        ]),
        ("How good is our leadership?", [
            ("Area for improvement 2",
             "The provider should ensure that quality assurance leads to improvement, with clear actions "
             "arising from audits that are followed up.",
             [("Develop a quality assurance calendar and a single improvement log reviewed at SLT.",
               "Depute Principal", "31/01/2025", "Calendar agreed; log in use since December.", "G"),
              ("Involve young people and families in the annual self-evaluation using the Care "
               "Inspectorate's quality framework.", "Participation Worker", "June 2025",
               "Planning session booked with the Pupil Council.", "G")]),
        ]),
    ]
    for theme, items in blocks:
        d.add_heading(theme, level=2)
        for kind, text, acts in items:
            d.add_heading(kind, level=3)
            d.add_paragraph(text)
            t = d.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for j, h in enumerate(["Action", "Responsible", "Timescale", "Progress / evidence", "Status"]):
                t.cell(0, j).text = h
            bold_row(t.rows[0])
            for act in acts:
                cells = t.add_row().cells
                for j, v in enumerate(act):
                    cells[j].text = v
                shade(cells[4], {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000"}[act[4]])
            d.add_paragraph()
    d.add_paragraph("Status: B = complete; G = on track; A = some slippage; R = at risk of not being met.")
    d.save(p("cy1-linn-moor-school-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ysgol Gymraeg Bro Morgannwg - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def bro_morgannwg():
    d = Document()
    h = d.add_paragraph()
    run = h.add_run("Ysgol Gymraeg Bro Morgannwg – Post-Inspection Action Plan")
    run.bold = True
    run.font.size = Pt(16)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Estyn core inspection: March 2023. Plan approved by the governing body on 12 May 2023 and "
                    "monitored termly by the Standards Committee.")
    recs = [
        ("R1: Improve the consistency of feedback so that pupils know how to improve their work and respond to it",
         [("1.1", "Revise the whole-school feedback policy with a working group of staff and pupils.",
           "DHT (Teaching & Learning)", "Autumn term 2023", "Policy agreed by staff and governors", "B"),
          ("1.2", "Half-termly book looks by middle leaders, with findings shared at department meetings.",
           "AHT, HoDs", "Termly", "Book looks show pupils responding to feedback in most lessons", "G"),
          ("1.3", "Pupil voice survey on feedback, repeated at the end of the year to measure change.",
           "AHT (Pupil Voice)", "Summer term 2024", "Most pupils can say what they need to do to improve", "G")]),
        ("R2: Strengthen the provision for developing pupils' numeracy skills across the curriculum",
         [("2.1", "Appoint a numeracy coordinator and map numeracy opportunities in each Area of Learning and "
                  "Experience.", "HT", "July 2023", "Coordinator in post; map completed", "B"),
          ("2.2", "Deliver training for all staff on planning for numeracy in subject lessons.",
           "Numeracy Coordinator", "Spring term 2024", "Learning walks show planned numeracy in most subjects",
           "A")]),
        ("R3: Ensure that self-evaluation and improvement planning focus sharply on pupils' progress and "
         "wellbeing",
         [("3.1", "Align the monitoring calendar so that lesson observations, book looks and data reviews feed "
                  "into one self-evaluation report.", "HT / DHT", "31/10/2023",
           "Single report presented to governors", "B"),
          ("3.2", "Governors' link visits focused on the PIAP recommendations with written reports.",
           "Chair of Governors", "Ongoing", "Reports received each term", "G")]),
    ]
    for rec, acts in recs:
        t = d.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        top.text = rec
        bold_row(t.rows[0])
        shade(top, "DEEAF6")
        for j, hh in enumerate(["Ref", "Actions", "Person responsible", "Timescale", "Success criteria",
                                "Monitoring (RAG)"]):
            t.cell(1, j).text = hh
        bold_row(t.rows[1])
        for act in acts:
            cells = t.add_row().cells
            for j, v in enumerate(act):
                cells[j].text = v
            shade(cells[5], {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000"}[act[5]])
        d.add_paragraph()
    d.add_paragraph("RAG: R – not started / significant concern; A – started, some progress; G – good progress; "
                    "B – completed.")
    d.save(p("cy1-ysgol-gymraeg-bro-morgannwg-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Gateshead Youth Justice Service - HMIP improvement plan (csv export)
# ---------------------------------------------------------------------------
def gateshead():
    r1 = ("1. Ensure that assessments and plans consistently address the safety and wellbeing of children and "
          "the risk of harm to others")
    r2 = "2. Improve the quality and consistency of management oversight of casework"
    r3 = "3. Ensure that the Management Board has a clear understanding of the needs of children known to the YJS"
    r4 = "4. Develop the out-of-court disposal offer so that it is consistently applied and evaluated"
    rows = [
        [r1, "1.1", "Refresh AssetPlus training for all case managers, focusing on safety and wellbeing and risk "
                    "of serious harm.", "Jo Hewitt", "31/03/2025", "", "14 of 16 case managers trained. Remaining "
                    "two booked for May.", "Amber"],
        [r1, "1.2", "Introduce contingency planning template and include it in every plan review.",
         "Practice Manager", "31/01/2025", "", "Template in use since January; first audit shows 80% compliance.",
         "Complete"],
        [r1, "1.3", "Monthly case audit of 10% of open cases against HMIP standards.",
         "Sam Okafor / Lisa Grant", "Ongoing", "", "Audit tool agreed. December and January audits completed.",
         "Green"],
        [r2, "2.1", "Managers to countersign all assessments of high or very high risk within 5 working days.",
         "YJS Team Manager", "28/02/2025", "", "Countersignature recorded in ChildView. Compliance 92% in "
                                             "February.", "Green"],
        [r2, "2.2", "Supervision policy revised to include reflective case discussion at least monthly.",
         "Head of Youth Justice", "31/03/2025", "30/06/2025", "Policy drafted; consultation with staff and unions "
                                                               "took longer than planned.", "Amber"],
        [r3, "3.1", "Quarterly performance and needs analysis report to the Management Board, including "
                    "disproportionality data.", "YJS Information Officer", "30/06/2025", "",
         "First report presented to Board in April.", "Green"],
        [r3, "3.2", "Board members to undertake practice visits to the YJS and feed back at Board.",
         "Chair of Management Board", "30/09/2025", "", "Visit rota agreed. Two visits so far.", "Green"],
        [r4, "4.1", "Review the joint decision-making panel terms of reference with Northumbria Police.",
         "Insp Karen Barr and Practice Manager", "31/12/2024", "31/03/2025",
         "Delayed by police restructure; meeting held 10 March, ToR now agreed.", "Complete"],
        [r4, "4.2", "Evaluate outcomes for children receiving out-of-court disposals over 12 months.",
         "YJS Information Officer", "31/03/2026", "", "Not yet started – dependent on 4.1.", "Not started"],
    ]
    with open(p("cy1-gateshead-yjs-hmip-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Recommendation", "Action No", "Action", "Lead", "Target Date", "Revised Date",
                    "Progress Update", "RAG Status"])
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Mearns Academy - Education Scotland inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
def mearns():
    a1 = ("Continue to raise attainment in the senior phase, particularly for young people at SCQF levels 5 "
          "and 6.")
    a2 = ("Improve the consistency of learning, teaching and assessment across the school, including the use "
          "of feedback and tracking.")
    a3 = "Develop further young people's skills for learning, life and work and their awareness of the curriculum pathways available to them."
    lines = [
        "Mearns Academy - Education Scotland Inspection Action Plan 2023-25",
        "Inspection: October 2023 (report published December 2023)",
        "",
        "\t".join(["Area for improvement", "Action", "Lead", "Timescale", "Progress", "RAG"]),
        "\t".join([a1, "Introduce fortnightly tracking conversations with every S4-S6 young person.", "DHT (JM)",
                   "Jan 2024", "In place for all S4-S6 since January; attendance at conversations 96%.",
                   "Complete"]),
        "\t".join(["", "Targeted study support programme for young people at risk of not achieving National 5.",
                   "PT Pupil Support", "Feb 2024 - May 2024", "Programme ran February to April; 38 young people "
                   "attended.", "Complete"]),
        "\t".join(["", "Analyse 2024 SQA results with each faculty and agree faculty improvement targets.",
                   "JM / KR", "Oct 2024", "Faculty meetings held in September; targets in faculty plans.",
                   "Green"]),
        "",
        "\t".join([a2, "Agree a shared Mearns learning and teaching standard through staff working groups.",
                   "DHT (Learning & Teaching)", "June 2024", "Standard agreed at May in-service day.", "Complete"]),
        "\t".join(["", "Peer observation programme with a focus on feedback, with findings shared at faculty "
                       "meetings.", "PT Curriculum (English) and PT Curriculum (Maths)", "Aug 2024 - June 2025",
                   "Trios set up; round 1 complete. Round 2 delayed by staffing absence.", "Amber"]),
        "\t".join(["", "Moderation of assessment evidence with Aberdeenshire associated schools group.",
                   "KR", "Ongoing", "Two moderation sessions held with ASG colleagues.", "Green"]),
        "",
        "\t".join([a3, "Map skills for learning, life and work across the BGE and display in every classroom.",
                   "DYW Coordinator", "Dec 2024", "Skills map drafted; classroom displays not yet started.",
                   "Amber"]),
        "\t".join(["", "Hold an S2 and S3 pathways evening with employers and North East Scotland College.",
                   "PT Guidance", "March 2025", "Date set for 13 March 2025.", "Green"]),
        "",
        "RAG: Complete / Green - on track / Amber - some delay / Red - significant concern",
    ]
    with open(p("cy1-mearns-academy-education-scotland-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    hexagon()
    nottingham()
    wakefield()
    linn_moor()
    bro_morgannwg()
    gateshead()
    mearns()
    print("ok")
