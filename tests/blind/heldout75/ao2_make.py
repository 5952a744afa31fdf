"""Generator for the ao2- cases of heldout75 (plans outside children's services).

Run with /work/main/.venv/bin/python ao2_make.py ; writes the seven document files
beside this script. The expected readings (*.expected.yaml) are written by hand.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE = "8DB4E2"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Surrey Police - PEEL 2023-25 AFI action plan (xlsx)
# ---------------------------------------------------------------------------
def surrey_police():
    wb = Workbook()
    ws = wb.active
    ws.title = "PEEL AFIs"
    widths = [9, 42, 8, 48, 26, 11, 11, 52, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    ws["A1"] = "Surrey Police – PEEL 2023–25 Inspection: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 March 2025 – for the PCC Performance & Accountability Meeting"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")

    hdr = ["AFI No.", "Area for Improvement", "Action Ref", "Action", "Action Owner",
           "Target Date", "Revised Date", "Update (March 2025)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    # (band) or (afi_no, afi_text, [actions]) ; action = ref, text, owner, target, revised, update, rag
    plan = [
        "Responding to the public",
        ("AFI 1",
         "The force should make sure it answers emergency and non-emergency calls within national "
         "standards, and reduces the number of abandoned 101 calls.",
         [("1.1",
           "Complete a demand and capacity review of the Contact Centre and implement the revised shift "
           "pattern agreed through the Contact Improvement Board.",
           "Head of Contact and Deployment", D(2024, 6, 30), D(2024, 10, 31),
           "Revised shift pattern went live on 7 October 2024. 999 calls answered within 10 seconds "
           "rose to 91% in February 2025.", "B"),
          ("1.2",
           "Introduce call-back functionality and an online web chat option for 101 callers to reduce "
           "abandonment.",
           "Head of Contact and Deployment / Head of Digital Policing", D(2025, 3, 31), D(2025, 7, 31),
           "Call-back went live in January 2025. Web chat procurement delayed by the national Single "
           "Online Home upgrade; revised date agreed at Contact Improvement Board.", "A")]),
        ("AFI 2",
         "The force should make sure it identifies repeat and vulnerable callers at the first point of "
         "contact.",
         [("2.1",
           "Amend the contact question set in SmartSTORM to prompt call handlers to identify repeat and "
           "vulnerable callers.",
           "CI Force Contact Centre", D(2024, 3, 31), None,
           "Question set changed December 2023. Compliance is dip-sampled monthly by the Quality Control "
           "Team – 94% in the January 2025 sample.", "B"),
          ("2.2",
           "Deliver THRIVE+ refresher training to all call handlers and dispatchers.",
           "Force Contact Training Manager", D(2024, 9, 30), None,
           "312 of 340 staff trained (92%). Remaining staff booked onto April sessions following "
           "long-term absence.", "G")]),
        "Investigating crime",
        ("AFI 3",
         "The force should make sure investigations are allocated to officers with the right skills and "
         "that supervisors review them regularly.",
         [("3.1",
           "Introduce a crime allocation policy aligned to investigative skill levels (PIP1/PIP2) and "
           "build it into the Niche allocation workflow.",
           "Det Supt Crime Standards", D(2024, 9, 30), D(2025, 1, 31),
           "Policy published November 2024; Niche workflow change delivered 20 January 2025.", "B"),
          ("3.2",
           "Set a minimum standard for supervisory reviews (at 7 and 28 days) and report compliance "
           "through the monthly Crime Performance Board.",
           "DCI Halloran & DI Mensah", D(2024, 12, 31), None,
           "Compliance at 7 days is 78% against a target of 90%. Divisional commanders have been asked "
           "to report exceptions to the March board.", "A")]),
        ("AFI 4",
         "The force should improve how it records victim needs assessments and its compliance with the "
         "Victims' Code.",
         [("4.1",
           "Build a mandatory Victims' Code of Practice field into the Niche investigation template.",
           "Head of Criminal Justice", D(2025, 3, 31), None,
           "Template change tested in February; go-live scheduled for the April 2025 release.", "G")]),
        "Protecting vulnerable people",
        ("AFI 5",
         "The force should make sure it records all crimes of domestic abuse and applies the correct "
         "outcome codes.",
         [("5.1",
           "Carry out a monthly audit of domestic abuse incidents closed without a crime record and feed "
           "the results back to officers.",
           "Force Crime Registrar", "Monthly", None,
           "Audits running since July 2024; crime data integrity for domestic abuse is now 93%.", "G"),
          ("5.2",
           "Refresh the domestic abuse outcomes guidance and deliver it through the Public Protection "
           "CPD day.",
           "Det Supt Public Protection", D(2024, 11, 30), D(2025, 5, 31),
           "CPD day postponed because of operational demand over the summer; rescheduled for May 2025. "
           "Guidance drafted but not yet signed off.", "R")]),
        "Leadership and force management",
        ("AFI 6",
         "The force should make sure it understands the wellbeing needs of its workforce and that "
         "supervisors have the time to support their teams.",
         [("6.1",
           "Run the force-wide wellbeing survey and publish an action plan in response.",
           "Head of People Services", D(2024, 7, 31), None,
           "Survey closed June 2024 (58% response). Action plan agreed at People Board, August 2024.",
           "B"),
          ("6.2",
           "Review sergeant spans of control in neighbourhood and response teams.",
           "ACC Local Policing", "Q1 2025/26", None,
           "Terms of reference agreed; data gathering under way with Force Planning.", "G")]),
    ]

    r = 5
    for item in plan:
        if isinstance(item, str):
            ws.cell(row=r, column=1, value=item).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill(GREY)
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        afi_no, afi_text, actions = item
        first = r
        ws.cell(row=r, column=1, value=afi_no)
        ws.cell(row=r, column=2, value=afi_text)
        for ref, text, owner, target, revised, update, rag in actions:
            vals = [None, None, ref, text, owner, target, revised, update, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if v is not None:
                    cell.value = v
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, D):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=9).fill = fill(rag_fill[rag])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=2).alignment = WRAP

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for k, meaning in [("B", "Complete / closed – evidence accepted by Force Inspection Liaison"),
                       ("G", "On track"),
                       ("A", "Some slippage – revised date agreed"),
                       ("R", "Off track / at risk")]:
        ws.cell(row=r, column=1, value=k).fill = fill(rag_fill[k])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(out("ao2-surrey-police-peel-afi-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. West Suffolk Council - internal audit outstanding recommendations (xlsx)
#    carries a transposed year (2052 for 2025) in a revised target date
# ---------------------------------------------------------------------------
def west_suffolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recs"
    widths = [26, 11, 6, 9, 44, 44, 24, 12, 12, 15, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w
    ws["A1"] = "West Suffolk Council – Internal Audit: Outstanding Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Performance and Audit Scrutiny Committee – 29 May 2025 – Appendix B"
    ws.merge_cells("A2:K2")
    hdr = ["Audit (year)", "Assurance opinion", "Rec No.", "Priority", "Recommendation",
           "Agreed management action", "Responsible officer", "Original target date",
           "Revised target date", "Status", "Service update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("DDEBF7")
        cell.alignment = WRAP
        cell.border = BOX
    status_fill = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Overdue": RED}
    rows = [
        ("Car Parking Income (2023/24)", "Reasonable", 1, "Medium",
         "Reconciliations between pay and display cash collections and the income ledger should be "
         "completed monthly and signed off by a manager.",
         "A monthly reconciliation will be introduced and reviewed by the Parking Services Manager.",
         "Parking Services Manager", D(2024, 3, 31), D(2024, 9, 30), "Complete",
         "Reconciliations completed monthly since July 2024; evidence provided to Internal Audit."),
        (None, None, 2, "Low",
         "The cash collection contract should be re-tendered before it expires.",
         "Re-tender through the Suffolk framework with Procurement support.",
         "Parking Services Manager", D(2024, 12, 31), None, "On track",
         "Tender documents issued April 2025; award expected July 2025."),
        ("Procurement and Contract Management (2023/24)", "Limited", 1, "High",
         "The contracts register should be complete and up to date, and published in line with the "
         "Transparency Code.",
         "Services to confirm all contracts over £5,000 to the Procurement Team; register to be "
         "refreshed and published quarterly.",
         "Service Manager (Procurement)", D(2024, 6, 30), D(2024, 12, 31), "Behind schedule",
         "Register 85% complete. Two service areas still to confirm contract details."),
        (None, None, 2, "Medium",
         "Waivers of Contract Procedure Rules should be recorded centrally and reported to the "
         "Section 151 Officer.",
         "Central waiver log to be set up in the procurement SharePoint site.",
         "Service Manager (Procurement)", D(2024, 6, 30), D(2052, 9, 30), "Behind schedule",
         "Waiver log built; reporting to the S151 Officer to start from Q2 2025/26."),
        ("Disabled Facilities Grants (2024/25)", "Reasonable", 1, "Medium",
         "Post-completion inspections should be carried out on a sample of adaptations to confirm the "
         "work meets the specification.",
         "Home Improvement Agency to inspect 10% of completed adaptations each quarter.",
         "Private Sector Housing Manager", D(2025, 3, 31), None, "Overdue",
         "Inspections paused while the Occupational Therapy post was vacant; recruitment complete."),
        ("Cyber Security (2024/25)", "Reasonable", 1, "High",
         "Multi-factor authentication should be enforced for all remote access accounts, including "
         "third-party suppliers.",
         "Enforce MFA through conditional access policies; review supplier accounts.",
         "Head of ICT", D(2025, 1, 31), None, "Complete",
         "Conditional access enforced for all staff and supplier accounts from 27 January 2025."),
        (None, None, 2, "Medium",
         "A cyber incident response exercise should be run with the Leadership Team.",
         "Table-top exercise to be run with the Local Resilience Forum cyber lead.",
         "Head of ICT", D(2025, 6, 30), None, "On track",
         "Exercise booked for 18 June 2025."),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, D):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = fill(status_fill[row[9]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for k, meaning in [("Complete", "Implemented and evidence verified by Internal Audit"),
                       ("On track", "Not yet due, or due and progressing to the agreed date"),
                       ("Behind schedule", "Original date missed – revised date agreed with Internal Audit"),
                       ("Overdue", "Past its target date with no revised date agreed")]:
        ws.cell(row=r, column=1, value=k).fill = fill(status_fill[k])
        ws.cell(row=r, column=2, value=meaning)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    wb.save(out("ao2-west-suffolk-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Winchester City Council - LGSCO public interest report action plan (xlsx)
# ---------------------------------------------------------------------------
def winchester():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov["A1"] = "Winchester City Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("LGSCO Public Interest Report – Homelessness: suitability of temporary accommodation – "
                 "Action Plan")
    cov["A2"].alignment = WRAP
    cov.merge_cells("A2:B2")
    cov.row_dimensions[2].height = 32
    info = [("Document owner", "Corporate Head of Housing"),
            ("Version", "1.3"),
            ("Last updated", "3 March 2025"),
            ("Reported to", "Cabinet, 11 December 2024; Audit and Governance Committee, 20 March 2025"),
            ("Classification", "Public")]
    for i, (k, v) in enumerate(info, 4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2).border = BOX

    ws = wb.create_sheet("Action plan")
    widths = [6, 40, 46, 28, 12, 48, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws["A1"] = ("LGSCO Public Interest Report – Homelessness: suitability of temporary accommodation – "
                "Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress updated 3 March 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["No.", "Ombudsman recommendation", "Action", "Responsible officer", "Deadline", "Progress",
           "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.alignment = WRAP
        cell.border = BOX
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        "Part A – Remedy for Ms X",
        [("1", "Apologise to Ms X for the faults identified in the report.",
          "Write to Ms X with a formal apology, in line with the Ombudsman's guidance on remedies.",
          "Corporate Head of Housing", D(2024, 11, 14),
          "Apology letter sent 8 November 2024; copy provided to the Ombudsman.", "B")],
        [("2", "Pay Ms X £1,500 to recognise the distress and uncertainty caused by living in unsuitable "
               "accommodation for 14 months.",
          "Arrange payment through Accounts Payable and confirm it to the Ombudsman.",
          "Housing Options Manager", D(2024, 11, 14), "Payment made 12 November 2024.", "B")],
        [("3", "Review Ms X's current accommodation and, if it is still unsuitable, make an offer of "
               "suitable accommodation.",
          "Complete a fresh suitability assessment with Ms X, taking account of her son's medical needs, "
          "and record the outcome.",
          "Senior Housing Options Officer (Temporary Accommodation)", D(2024, 12, 13),
          "Assessment completed 2 December 2024. Ms X moved to a ground-floor two-bedroom property on "
          "20 January 2025.", "B")],
        "Part B – Service improvements",
        [("4a", "Review how the Council assesses and records the suitability of temporary accommodation, "
                "including when a household's circumstances change.",
          "Introduce a suitability review at six weeks and at every change of circumstances, recorded on "
          "the case file.",
          "Housing Options Manager", D(2025, 2, 28),
          "New review template in use from 3 February 2025. First audit of 20 cases due in April.", "G"),
         ("4b", None,
          "Revise the temporary accommodation procedure and brief all Housing Options staff on the "
          "changes.",
          "Housing Options Manager / Learning and Development Partner", D(2025, 3, 31),
          "Draft procedure is with Legal Services for comment; staff briefings booked for 18 and 25 "
          "March.", "A")],
        [("5", "Review complaint handling so that complaints about temporary accommodation are escalated "
               "and answered within the published timescales.",
          "Add temporary accommodation complaints to the monthly complaints dashboard reported to the "
          "Housing Leadership Team.",
          "Customer Feedback Manager", "June 2025",
          "Dashboard field created; reporting starts with the April 2025 data.", "G")],
        [("6", "Tell the Ombudsman what action has been taken within three months of the final report.",
          "Provide the Ombudsman with evidence of the actions taken under recommendations 4 and 5.",
          "Monitoring Officer", D(2025, 1, 31),
          "Evidence submitted 28 January 2025. The Ombudsman confirmed compliance on 19 February 2025.",
          "B")],
    ]
    r = 5
    for item in plan:
        if isinstance(item, str):
            ws.cell(row=r, column=1, value=item).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        first = r
        for no, rec, action, officer, deadline, progress, colour in item:
            vals = [no, rec, action, officer, deadline, progress, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if v is not None:
                    cell.value = v
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, D):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(rag[colour])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="RAG status key").font = Font(bold=True)
    r += 1
    for k, meaning in [("B", "Complete"), ("G", "On track"), ("A", "At risk – may miss deadline"),
                       ("R", "Overdue")]:
        ws.cell(row=r, column=1).fill = fill(rag[k])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    wb.active = 1
    wb.save(out("ao2-winchester-lgsco-public-interest-report-action-plan.xlsx"))


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


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Wyre Forest District Council - corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------
def wyre_forest():
    doc = Document()
    landscape(doc)
    doc.add_heading("Wyre Forest District Council – Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association peer team spent three days with the Council in March 2017 and "
        "made five recommendations in its feedback report. This action plan sets out how the Council "
        "will respond to each of them. Progress is reported to the Overview and Scrutiny Committee "
        "every six months; this version shows the position at December 2017.")

    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_text(vt.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "20/06/2017", "Policy Team", "Agreed by Cabinet"),
                ("1.1", "12/12/2017", "Policy Team", "Six-month progress update")]:
        cells = vt.add_row().cells
        for c, v in enumerate(row):
            set_text(cells[c], v)
    doc.add_paragraph()

    hdr = ["Ref", "Peer team recommendation", "Our actions", "Lead", "Timescale",
           "Progress (December 2017)", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    recs = [
        ("R1: Develop a clear narrative and vision for Wyre Forest beyond 2019 that is shared with "
         "partners.",
         [("1.1", "Refresh the Corporate Plan for 2019–2023 with a place-based vision, agreed with the "
                  "Wyre Forest Forward partnership.",
           "Chief Executive", "March 2018",
           "Draft vision discussed at the Leaders' Forum in November; consultation planned for January.",
           "Green"),
          ("1.2", "Hold a partnership summit to test the draft vision with businesses and the voluntary "
                  "sector.",
           "Leader / Chief Executive", "Jan – Feb 2018", "Venue booked for 9 February 2018.", "Green")]),
        ("R2: Accelerate delivery of the savings programme and the income generation strategy.",
         [("2.1", "Set up a Commercial Board, chaired by the Corporate Director: Resources, to oversee "
                  "income generation projects.",
           "Corporate Director: Resources", "September 2017",
           "Board established in August and meets monthly.", "Complete"),
          ("2.2", "Produce business cases for the two largest income projects (trade waste expansion "
                  "and lettings at Wyre Forest House).",
           "Corporate Director: Economic Prosperity and Place", "31/12/2017",
           "Trade waste case approved by Cabinet. Lettings case deferred to the February Cabinet.",
           "Amber")]),
        ("R3: Build capacity for the Local Plan review and make sure the published timetable is met.",
         [("3.1", "Recruit two additional planning policy officers on fixed-term contracts.",
           "Head of Planning and Regulatory Services", "October 2017",
           "One officer in post. The second post has been re-advertised.", "Amber"),
          ("3.2", "Publish the Local Plan Preferred Options for consultation.",
           "Head of Planning and Regulatory Services", "June 2017 – Sept 2017",
           "Consultation ran from 1 June to 14 August 2017.", "Complete")]),
        ("R4: Strengthen member development, particularly for scrutiny, ahead of the 2019 elections.",
         [("4.1", "Agree a member development programme with the cross-party Member Development "
                  "Steering Group.",
           "Head of Legal and Democratic Services / Democratic Services Manager", "Ongoing",
           "Programme agreed. Six sessions delivered, with an average attendance of 18 members.",
           "Green"),
          ("4.2", "Provide scrutiny chairing and questioning skills training, delivered by the LGA.",
           "Democratic Services Manager", "November 2017",
           "Session held on 22 November 2017.", "Complete")]),
        ("R5: Make more of the Council's role in the wider Worcestershire system.",
         [("5.1", "Leader and Chief Executive to attend the Worcestershire Leaders' Board and report back "
                  "to Cabinet.",
           "Leader, Chief Executive", "Quarterly",
           "Reports made to Cabinet in September and December.", "Green")]),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for rec, actions in recs:
        first = None
        for ref, action, lead, when, progress, rag in actions:
            cells = t.add_row().cells
            if first is None:
                first = cells[1]
                set_text(cells[1], rec)
            set_text(cells[0], ref)
            set_text(cells[2], action)
            set_text(cells[3], lead)
            set_text(cells[4], when)
            set_text(cells[5], progress)
            set_text(cells[6], rag)
            shade(cells[6], rag_fill[rag])
            last = cells[1]
        if last is not first:
            first.merge(last)
            set_text(first, rec)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Complete – action finished; Green – on track; Amber – some slippage, but expected to be "
              "recovered; Red – significant concern, reported by exception to Cabinet.")
    doc.save(out("ao2-wyre-forest-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Royal Cornwall Hospitals NHS Trust - CQC must/should do action plan (docx)
# ---------------------------------------------------------------------------
def royal_cornwall():
    doc = Document()
    landscape(doc)
    doc.add_heading("Royal Cornwall Hospitals NHS Trust: CQC Inspection 2025 – Must Do and Should Do "
                    "Action Plan", level=1)
    doc.add_paragraph(
        "This plan responds to the Care Quality Commission's inspection of urgent and emergency care and "
        "medical care (including older people's care) at Royal Cornwall Hospital, Truro. Actions are "
        "owned by the care groups and monitored monthly by the Quality Assurance Committee. Position "
        "as at 31 October 2025.")

    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    set_text(kt.rows[0].cells[0], "Status", bold=True)
    set_text(kt.rows[0].cells[1], "Meaning", bold=True)
    for word, meaning, colour in [("Complete", "Action delivered and evidence accepted", BLUE),
                                  ("On track", "Progressing to the due date", GREEN),
                                  ("At risk", "Due date may be missed – mitigation in place", AMBER),
                                  ("Off track", "Due date missed or will be missed", RED)]:
        cells = kt.add_row().cells
        set_text(cells[0], word)
        shade(cells[0], colour)
        set_text(cells[1], meaning)
    doc.add_paragraph()

    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    hdr = ["Ref", "Action", "Lead", "Due date", "Status", "Update / evidence"]

    def section(title, blocks):
        doc.add_heading(title, level=3)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E2F3")
        for band, actions in blocks:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            set_text(merged, band, bold=True)
            shade(merged, "F2F2F2")
            for ref, action, lead, due, status, update in actions:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, lead, due, status, update]):
                    set_text(cells[c], v)
                shade(cells[4], status_fill[status])
        doc.add_paragraph()

    section("Urgent and emergency care", [
        ("MD1: The trust must ensure there are enough suitably qualified, competent and experienced "
         "nursing staff, including registered children's nurses, in the emergency department at all "
         "times.",
         [("MD1.1", "Complete the six-monthly establishment review of ED nursing using the SNCT "
                    "emergency department tool and present the findings to the Board.",
           "Chief Nursing Officer", "31/12/2025", "On track",
           "Data collection completed in September; paper drafted for the December Board."),
          ("MD1.2", "Recruit to the four vacant registered children's nurse posts in ED and, until they "
                    "are filled, roster a paediatric-trained nurse on every shift.",
           "Deputy Chief Nurse / Head of Nursing UEC", "Mar-26", "At risk",
           "Two posts offered; two re-advertised. Paediatric cover met on 88% of shifts in October."),
          ("MD1.3", "Report daily ED staffing fill rates and any unfilled shifts through the site safety "
                    "huddle.",
           "Head of Nursing UEC", "Ongoing – reviewed monthly", "On track",
           "Fill rates reported daily since 1 September 2025.")]),
        ("SD1: The trust should ensure patients' privacy and dignity are maintained when they are cared "
         "for in corridor and escalation areas.",
         [("SD1.1", "Install privacy screens and call bells in the ED corridor care area and audit "
                    "patient experience monthly.",
           "Associate Director of Estates", "30 November 2025", "Complete",
           "Screens and call bells fitted 14 October 2025. First audit showed 92% of patients "
           "satisfied with privacy.")]),
    ])
    section("Medical care (including older people's care)", [
        ("MD2: The trust must ensure medicines are stored securely, are in date and are recorded "
         "accurately on all medical wards.",
         [("MD2.1", "Introduce a weekly pharmacy technician check of ward medicine storage, expiry dates "
                    "and fridge temperatures on all medical wards.",
           "Chief Pharmacist", "End of November 2025", "Complete",
           "Weekly checks in place on all 14 medical wards since 3 November 2025."),
          ("MD2.2", "Audit controlled drug and medicine administration records and report the results "
                    "to the Medicines Safety Group.",
           "Chief Pharmacist", "31 January 2026", "On track",
           "Audit tool agreed; first audit round scheduled for December.")]),
        ("MD3: The trust must ensure incident investigations are completed in a timely way and that "
         "learning is shared with staff.",
         [("MD3.1", "Clear the backlog of overdue incident reviews in the medicine care group and "
                    "publish a monthly learning bulletin.",
           "Care Group Director – Medicine", "31/12/2025", "Off track",
           "Backlog reduced from 212 to 131 reviews. Additional governance support requested from the "
           "Patient Safety Team.")]),
        ("SD2: The trust should ensure medical staff complete mandatory training in line with the trust "
         "target.",
         [("SD2.1", "Send monthly compliance reports to clinical leads and include mandatory training in "
                    "job planning discussions.",
           "Deputy Medical Director", "Feb-26", "On track",
           "Compliance up from 74% to 81% since August; target is 90%.")]),
    ])
    doc.save(out("ao2-royal-cornwall-hospitals-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Safer Arun Partnership - DHR action plan export (csv)
# ---------------------------------------------------------------------------
def arun():
    hdr = ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take",
           "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "RAG"]
    n = len(hdr)
    rows = [
        ["Safer Arun Partnership – Domestic Homicide Review 'Maria' – Action Plan"] + [""] * (n - 1),
        ["Updated 14/02/2025 for the Safer Arun Partnership Board"] + [""] * (n - 1),
        [""] * n,
        hdr,
        ["1",
         "Sussex Police to ensure officers attending domestic abuse incidents complete the DASH risk "
         "assessment with the victim away from the perpetrator.",
         "Local",
         "Issue a force-wide briefing on completing DASH in private and add a compliance check to the "
         "supervisor review of domestic abuse incidents.",
         "Sussex Police",
         "Briefing issued September 2024; supervisor check added to Niche in October 2024.",
         "30/09/2024",
         "Completed 21/10/2024 – dip sample shows 89% compliance.",
         "Complete"],
        ["2a",
         "Arun District Council Housing Options to ask about domestic abuse at every homelessness "
         "assessment, including where a household presents as a couple.",
         "Local",
         "Amend the housing assessment script to include routine enquiry about domestic abuse, asked of "
         "each adult separately.",
         "Arun District Council (Housing)",
         "Script amended and in use from November 2024.",
         "Dec-24",
         "Completed 29/11/2024.",
         "Complete"],
        ["2b", "", "",
         "Train Housing Options staff in routine enquiry, delivered by the local domestic abuse service.",
         "Arun District Council (Housing) and Safe in Sussex",
         "Two sessions delivered in January 2025; third session booked.",
         "March 2025", "", "Green"],
        ["3",
         "GP practices in Arun to be reminded of the importance of recording and acting on disclosures "
         "of domestic abuse, including referral to the IDVA service.",
         "Local",
         "NHS Sussex to circulate a briefing to all Arun practices and include domestic abuse in the next "
         "Protected Learning Time event.",
         "NHS Sussex ICB",
         "Briefing circulated November 2024. Protected Learning Time event moved from January to April "
         "2025.",
         "31/01/2025", "", "Amber"],
        ["4a",
         "The Safer Arun Partnership to raise awareness of economic abuse and coercive control affecting "
         "older people and their families.",
         "Local",
         "Run a local campaign during the 16 Days of Action, with materials for libraries, pharmacies "
         "and faith groups.",
         "Safer Arun Partnership",
         "Campaign ran 25 November to 10 December 2024.",
         "December 2024", "Completed – reached an estimated 4,000 residents.", "Complete"],
        ["4b", "", "",
         "Work with Age UK West Sussex to include economic abuse in its information and advice training.",
         "Community Safety Manager",
         "Initial meeting held January 2025.",
         "Ongoing", "", "Green"],
        ["5",
         "West Sussex County Council Adult Social Care to ensure carer's assessments consider whether "
         "the carer may be experiencing, or perpetrating, domestic abuse.",
         "Local (county-wide)",
         "Update the carer's assessment form and practice guidance, and audit 20 carer's assessments "
         "after six months.",
         "West Sussex County Council (Adult Social Care)",
         "Practice guidance drafted; form change awaiting system release.",
         "Q4 2024/25", "", "Amber"],
        ["6",
         "The Home Office to consider including older victims of domestic abuse in the next national "
         "awareness campaign.",
         "National",
         "DHR Chair to write to the Home Office on publication of the overview report.",
         "Safer Arun Partnership",
         "",
         "On publication", "", "Not started"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("ao2-safer-arun-partnership-dhr-maria-action-plan.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Oxfordshire SAB - SAR action plan, tab-separated export (txt)
#    carries a mistyped month ("Novmeber 2024")
# ---------------------------------------------------------------------------
def oxfordshire():
    lines = [
        "Oxfordshire Safeguarding Adults Board - Safeguarding Adults Review 'Mr K' - Action Plan",
        "Exported from the OSAB SAR tracker 15/10/2024",
        "",
        "\t".join(["Rec", "Learning theme", "Action", "Agency lead", "Target date", "Progress update",
                   "Status"]),
        "\t".join(["1", "Self-neglect and hoarding",
                   "Relaunch the multi-agency self-neglect and hoarding guidance with a practitioner "
                   "briefing and a 7-minute learning summary.",
                   "OSAB Business Manager", "31/12/2024",
                   "Guidance updated and approved at the Policy subgroup in September.", "On track"]),
        "\t".join(["2", "Self-neglect and hoarding",
                   "Audit a sample of self-neglect section 42 enquiries to test whether the person's "
                   "views and history were explored.",
                   "Head of Adult Safeguarding (OCC)", "Novmeber 2024",
                   "Audit tool agreed; 15 cases selected.", "On track"]),
        "\t".join(["3", "Mental capacity",
                   "Deliver executive capacity training to adult social care and community health "
                   "staff.",
                   "Principal Social Worker / Oxford Health MCA Lead", "March 2025",
                   "Three sessions delivered to 64 staff.", "On track"]),
        "\t".join(["4", "Mental capacity",
                   "Add a prompt to the case recording system to record capacity assessments for "
                   "specific decisions about care and accommodation.",
                   "Adult Social Care Systems Manager", "30/06/2024",
                   "Prompt live in LAS since June 2024.", "Complete"]),
        "\t".join(["5", "Multi-agency working and escalation",
                   "Promote the OSAB escalation and resolution protocol through partner agency "
                   "newsletters and team meetings.",
                   "OSAB Business Manager", "Ongoing", "Included in the October partner bulletin.",
                   "On track"]),
        "\t".join(["6", "Multi-agency working and escalation",
                   "Review how fire and rescue home safety visits are shared with adult social care "
                   "where there are signs of self-neglect.",
                   "Oxfordshire Fire and Rescue Service", "January 2025",
                   "Not yet started - Community Safety lead to be identified.", "Not started"]),
    ]
    with open(out("ao2-oxfordshire-sab-sar-mr-k-action-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    surrey_police()
    west_suffolk()
    winchester()
    wyre_forest()
    royal_cornwall()
    arun()
    oxfordshire()
    print("done")
