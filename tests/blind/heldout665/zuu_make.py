"""Build the seven zuu- blind test files (set heldout665).

Run with /work/main/.venv/bin/python zuu_make.py  (writes next to this script).
Only files whose names start with "zuu-" are written.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zuu-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, PALE, HEAD = "D9D9D9", "DDEBF7", "1F4E78"


def header_row(ws, row, values, colour=HEAD):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Torbay Council fostering service development plan (xlsx)
#    cover + document control + RAG key sheet, priority rows merged across,
#    RAG shown by fill colour only, summary block under the plan.
# ---------------------------------------------------------------------------
def torbay():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Torbay Council Fostering Service Development Plan 2025-26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Children's Services – Children in Care and Fostering"
    cov["A4"] = "Document control"
    cov["A4"].font = BOLD
    header_row(cov, 5, ["Version", "Date", "Author", "Summary of changes"])
    rows = [
        ("1.0", D(2025, 4, 14), "Fostering Service Manager", "Plan agreed by Children's Services SLT"),
        ("1.1", D(2025, 7, 9), "Fostering Service Manager", "Quarter 1 progress added"),
        ("1.2", D(2025, 10, 10), "Fostering Service Manager", "Quarter 2 progress added; 1.3 and 3.2 closed"),
    ]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A10"] = "RAG key"
    cov["A10"].font = BOLD
    key = [
        (BLUE, "Complete"),
        (GREEN, "On track"),
        (AMBER, "Some risk to delivery – mitigation in place"),
        (RED, "Off track / not delivered by target date"),
        (None, "No colour – not yet started"),
    ]
    for r, (col, text) in enumerate(key, 11):
        a = cov.cell(row=r, column=1, value=None)
        a.border = BOX
        if col:
            a.fill = fill(col)
        cov.cell(row=r, column=2, value=text)
    cov["A17"] = "Owner: Head of Service – Children in Care. Reported quarterly to the Corporate Parenting Board."
    widths(cov, [12, 14, 28, 48])

    ws = wb.create_sheet("Development Plan")
    ws["A1"] = "Torbay Council Fostering Service Development Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Quarter 2 progress update – position at 30 September 2025"
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Ref", "Action", "Lead officer", "Start", "Target date",
                       "Success measure", "Q2 progress update", "RAG"])
    plan = [
        ("P", "Priority 1: Recruitment – increase the number and range of Torbay foster carers"),
        ("1.1", "Launch the refreshed ‘Foster for Torbay’ recruitment campaign across digital, radio and community events, targeting carers for teenagers and sibling groups.",
         "Fostering Recruitment Manager / Marketing and Communications Lead", D(2025, 4, 1), D(2025, 9, 30),
         "35 enquiries per quarter", "Campaign launched 7 July 2025. 41 enquiries received in Q2 against a target of 35.", GREEN),
        ("1.2", "Reduce the time from initial enquiry to initial home visit to 10 working days or less.",
         "Fostering Recruitment Manager", D(2025, 4, 1), "Q3 2025/26",
         "Average of 10 working days", "Average of 14 working days in Q2; an additional assessing social worker starts in November.", AMBER),
        ("1.3", "Review fostering allowances and fees against South West neighbours and present options to Corporate Parenting Board.",
         "Head of Service – Children in Care / Finance Business Partner", D(2025, 5, 1), D(2025, 10, 31),
         "Options paper agreed", "New fees and allowances scheme approved by Cabinet on 16 September 2025.", BLUE),
        ("P", "Priority 2: Retention – support and keep our foster carers"),
        ("2.1", "Establish a second Mockingbird constellation, with a hub home carer recruited from existing Torbay carers.",
         "Team Manager – Fostering Support", D(2025, 6, 1), D(2026, 3, 31),
         "Second constellation live", "Hub carer identified; launch now expected January 2026 once training is complete.", AMBER),
        ("2.2", "Deliver trauma-informed practice training to all approved foster carers, with refresher sessions for carers approved before 2022.",
         "Fostering Training Coordinator", D(2025, 4, 1), "Ongoing",
         "100% of carers trained", "68% of fostering households trained; two further cohorts booked.", GREEN),
        ("2.3", "Offer an exit interview to every carer who resigns and report themes to the Fostering Panel quarterly.",
         "Fostering Service Manager", D(2025, 4, 1), D(2025, 6, 30),
         "All resigning carers offered interview", "3 of 7 resigning households interviewed; quarterly report to Panel not yet in place.", RED),
        ("P", "Priority 3: Quality and sufficiency"),
        ("3.1", "Complete all connected carer (Regulation 24) assessments within 16 weeks, tracked fortnightly by the Fostering Service Manager.",
         "Team Manager – Kinship Assessment", D(2025, 10, 1), D(2026, 1, 31),
         "90% within 16 weeks", "Not yet started – tracker being built with Business Intelligence.", None),
        ("3.2", "Update the Fostering Statement of Purpose and Children's Guide and send them to Ofsted.",
         "Fostering Service Manager", D(2025, 4, 1), D(2025, 5, 31),
         "Documents submitted", "Approved and sent to Ofsted on 22 May 2025.", BLUE),
        ("3.3", "Develop a ‘Step Across’ scheme for foster carers supporting children moving on from residential care.",
         "Head of Service – Children in Care; Commissioning Manager (Placements)", D(2025, 9, 1), "Sept 2025 – March 2026",
         "Scheme agreed and 3 carers recruited", "Scheme design agreed with commissioning; recruitment material in draft.", GREEN),
    ]
    r = 5
    for item in plan:
        if item[0] == "P":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = BOLD
            c.fill = fill(PALE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, action, lead, start, target, measure, progress, rag = item
            vals = [ref, action, lead, start, target, measure, progress, None]
            for ci, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy" if ci == 4 else "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of RAG position at Q2").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    summary = [("Complete", 2, BLUE), ("On track", 3, GREEN), ("Some risk", 2, AMBER),
               ("Off track", 1, RED), ("Not yet started", 1, None), ("Total actions", 9, None)]
    for label, n, col in summary:
        r += 1
        a = ws.cell(row=r, column=1, value=label)
        b = ws.cell(row=r, column=2, value=n)
        a.border = b.border = BOX
        if col:
            a.fill = fill(col)
    widths(ws, [7, 55, 30, 9, 13, 24, 45, 7])
    ws.freeze_panes = "A5"
    wb.save(out("zuu-torbay-council-fostering-service-development-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Northumberland scrutiny recommendations tracker (xlsx) -- REFUSE case
#    read-me sheet, one sheet per committee, review name merged down column A,
#    previous and current status, mistyped month "Febuary 2026" on FACS OSC row 8.
# ---------------------------------------------------------------------------
def northumberland():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = "Northumberland County Council – Overview and Scrutiny Recommendations Tracker 2025-26"
    rm["A1"].font = Font(bold=True, size=14)
    notes = [
        "This tracker records recommendations made by overview and scrutiny committees and agreed (in full or in part) by Cabinet.",
        "Each committee has its own tab. Recommendations are removed once the committee has agreed that they are implemented.",
        "Status definitions:",
        "Implemented – the recommendation has been delivered",
        "On track – progressing to the agreed target date",
        "Delayed – will not be delivered by the target date",
        "Not progressed – no action yet taken",
        "Contact: Scrutiny Officer, Democratic Services, County Hall, Morpeth",
    ]
    for i, n in enumerate(notes, 3):
        rm.cell(row=i, column=1, value=n)
    rm.column_dimensions["A"].width = 110

    cols = ["Review", "Rec no.", "Recommendation", "Cabinet response", "Cabinet Member",
            "Lead officer", "Target date", "Previous status", "Current status", "Progress update"]

    def sheet(title, heading, subtitle, groups):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:J1")
        ws["A2"] = subtitle
        ws.merge_cells("A2:J2")
        header_row(ws, 4, cols)
        r = 5
        for review, recs in groups:
            first = r
            for rec in recs:
                vals = [review if r == first else None] + list(rec)
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=ci, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        widths(ws, [30, 7, 55, 14, 28, 30, 14, 13, 13, 45])
        ws.freeze_panes = "A5"
        return ws

    sheet(
        "FACS OSC",
        "Family and Children's Services Overview and Scrutiny Committee – Recommendations Tracker",
        "Updated for the committee meeting on 4 December 2025",
        [
            ("Home to School Transport for Children with SEND – Task and Finish Group (Cabinet, 11 March 2025)", [
                (1, "Publish a clear, accessible home to school transport policy statement for families of children with SEND, co-produced with Northumberland Parent Carer Forum.",
                 "Accepted", "Cabinet Member for Children, Young People and Education", "Head of SEND Strategy / Transport Services Manager",
                 D(2025, 9, 1), "On track", "Implemented", "Policy statement published on the Local Offer on 29 August 2025."),
                (2, "Introduce independent travel training for eligible young people aged 14 and over.",
                 "Partially accepted", "Cabinet Member for Children, Young People and Education", "Transport Services Manager",
                 "31/03/2026", "On track", "On track", "Pilot with two special schools started September 2025; 11 young people enrolled."),
                (3, "Report transport costs and savings from route re-tendering to this committee every six months.",
                 "Accepted", "Cabinet Member for Corporate Resources", "Service Director – Finance",
                 "Six-monthly", "On track", "On track", "First report due to committee in January 2026."),
            ]),
            ("Elective Home Education – Scrutiny Review (Cabinet, 10 June 2025)", [
                (1, "Strengthen information sharing between schools, the Elective Home Education team and health partners when a child is removed from roll.",
                 "Accepted", "Cabinet Member for Children, Young People and Education", "Head of Education Welfare",
                 "Febuary 2026", "On track", "Delayed", "Draft protocol with health partners; sign-off awaited from the ICB."),
                (2, "Write to the Secretary of State supporting a statutory register of children not in school.",
                 "Accepted", "Cabinet Member for Children, Young People and Education", "Executive Director for Children, Young People and Education",
                 D(2025, 7, 31), "Not progressed", "Implemented", "Letter sent 18 July 2025; reply received and circulated to members."),
            ]),
        ],
    )
    sheet(
        "CSER OSC",
        "Corporate Services and Economic Regeneration Overview and Scrutiny Committee – Recommendations Tracker",
        "Updated for the committee meeting on 27 November 2025",
        [
            ("Council Tax Support Scheme 2026-27 – Scrutiny Review (Cabinet, 8 July 2025)", [
                (1, "Consult residents on options to protect households in the lowest income band before the 2026-27 scheme is set.",
                 "Accepted", "Cabinet Member for Corporate Resources", "Head of Revenues and Benefits",
                 D(2025, 10, 31), "On track", "Implemented", "Consultation ran 1 August – 26 September 2025; 1,412 responses."),
                (2, "Publish a plain-English guide to Council Tax Support and the discretionary hardship fund.",
                 "Accepted", "Cabinet Member for Corporate Resources", "Head of Revenues and Benefits / Communications Manager",
                 "Dec-25", "On track", "On track", "Draft guide tested with Citizens Advice Northumberland."),
                (3, "Review take-up of Council Tax Support among pensioners and report findings to this committee.",
                 "Partially accepted", "Cabinet Member for Corporate Resources", "Policy and Performance Manager",
                 "March 2026", "Not progressed", "On track", "Data-matching exercise with DWP records under way."),
            ]),
        ],
    )
    wb.save(out("zuu-northumberland-county-council-scrutiny-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Adoption Central England RAA service improvement plan (xlsx)
#    dashboard sheet first, workstream only on its first row, objective merged
#    down, original and revised deadlines, status words with fills, key row.
# ---------------------------------------------------------------------------
def ace():
    wb = Workbook()
    db = wb.active
    db.title = "Dashboard"
    db["A1"] = "Adoption Central England (ACE) – Service Improvement Plan 2025-26"
    db["A1"].font = Font(bold=True, size=14)
    db["A2"] = "Reporting period: Quarter 2 (July – September 2025). Report to the ACE Partnership Board, 6 November 2025."
    header_row(db, 4, ["Workstream", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"])
    dash = [
        ("A. Adopter recruitment and assessment", 3, 1, 1, 1, 0, 0),
        ("B. Family finding and matching", 2, 1, 1, 0, 0, 0),
        ("C. Adoption support", 4, 0, 2, 0, 1, 1),
        ("Total", 9, 2, 4, 1, 1, 1),
    ]
    for r, vals in enumerate(dash, 5):
        for c, v in enumerate(vals, 1):
            cell = db.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = BOLD
    widths(db, [40, 10, 10, 10, 10, 10, 12])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adoption Central England (ACE) – Service Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Regional Adoption Agency for Coventry, Herefordshire, Solihull, Warwickshire and Worcestershire"
    ws["A3"] = "Status key:"
    keycells = [("B3", "Complete", BLUE), ("C3", "On track", GREEN), ("D3", "At risk", AMBER),
                ("E3", "Off track", RED), ("F3", "Not started", GREY)]
    for ref, text, col in keycells:
        ws[ref] = text
        ws[ref].fill = fill(col)
    header_row(ws, 5, ["Workstream", "Objective", "Ref", "Action", "Action owner",
                       "Original deadline", "Revised deadline", "Status", "Comments"])
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": GREY}
    groups = [
        ("A. Adopter recruitment and assessment", [
            ("Increase the number of adopters approved for the children who wait longest (sibling groups, children over 4 and children with additional needs)", [
                ("A.1", "Run targeted recruitment events with faith and community groups in Coventry and Worcester.",
                 "Recruitment and Marketing Manager", D(2025, 6, 30), D(2025, 10, 31), "At risk",
                 "Two of four events held; remaining events rebooked for October."),
                ("A.2", "Deliver adopter preparation training in two formats:\n- virtual evening sessions\n- face-to-face weekend sessions in Warwick",
                 "Assessment Team Manager (North)", D(2025, 9, 30), None, "Complete",
                 "Both formats running; 23 households trained in Q1–Q2."),
            ]),
            ("Approve adopters within the statutory six-month timescale", [
                ("A.3", "Introduce a stage 1 / stage 2 tracker reviewed weekly by team managers.",
                 "Assessment Team Manager (North) and Assessment Team Manager (South)", D(2025, 7, 31), None, "On track",
                 "Tracker live from August; 82% of stage 2 assessments within timescale."),
            ]),
        ]),
        ("B. Family finding and matching", [
            ("Reduce the average time between a placement order and a match", [
                ("B.1", "Hold monthly regional family-finding meetings with the permanence teams of all five local authorities.",
                 "Head of Family Finding", D(2025, 5, 31), None, "Complete",
                 "Meetings established from May 2025; terms of reference agreed."),
                ("B.2", "Use Link Maker profiles and adoption activity days for every child waiting more than six months after the placement order.",
                 "Family Finding Team Manager", "Ongoing", None, "On track",
                 "14 of 15 eligible children profiled; one awaiting updated medical."),
            ]),
        ]),
        ("C. Adoption support", [
            ("Provide timely assessments of adoption support needs", [
                ("C.1", "Clear the backlog of adoption support assessments that have waited over 12 weeks.",
                 "Adoption Support Manager", D(2025, 9, 30), D(2026, 1, 31), "Off track",
                 "Backlog reduced from 48 to 31; two vacant social work posts."),
                ("C.2", "Agree a regional Adoption and Special Guardianship Support Fund (ASGSF) application protocol with partner local authorities.",
                 "Adoption Support Manager; Head of Service (ACE)", D(2025, 12, 31), None, "On track",
                 "Draft protocol shared with partner authorities for comment."),
            ]),
            ("Strengthen support for birth families and adopted adults", [
                ("C.3", "Commission an independent birth parent support service across the region.",
                 "Head of ACE / Commissioning Lead, Warwickshire County Council", "Mar-26", None, "Not started",
                 "Procurement to start once funding is confirmed by the Partnership Board."),
                ("C.4", "Reduce the wait for birth records counselling for adopted adults to under three months.",
                 "Adoption Support Manager", D(2026, 3, 31), None, "On track",
                 "Average wait now 15 weeks (was 22 weeks)."),
            ]),
        ]),
    ]
    r = 6
    for ws_name, objectives in groups:
        ws.cell(row=r, column=1, value=ws_name).font = BOLD
        for objective, actions in objectives:
            first = r
            for (ref, action, owner, orig, rev, status, comment) in actions:
                vals = [None, objective if r == first else None, ref, action, owner, orig, rev, status, comment]
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=ci, value=v) if v is not None or ci > 1 else ws.cell(row=r, column=ci)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(status_fill[status])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, [24, 36, 6, 55, 32, 12, 12, 11, 45])
    ws.freeze_panes = "A6"
    wb.save(out("zuu-adoption-central-england-raa-service-improvement-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 4. Newport City Council corporate plan delivery tracker (csv export)
# ---------------------------------------------------------------------------
def newport():
    import csv
    import io
    cols = ["Well-being Objective", "Strategic Priority", "Ref", "Action", "Responsible Officer",
            "Service Area", "Due Date", "Q1 RAG", "Q2 RAG", "Q2 Commentary"]
    w1 = "Well-being Objective 1 - Economy, Education and Skills"
    w2 = "Well-being Objective 2 - Environment and Infrastructure"
    w3 = "Well-being Objective 3 - Quality Social Care and Community Services"
    w4 = "Well-being Objective 4 - An Inclusive, Fair and Sustainable Council"
    rows = [
        (w1, "Regenerate Newport city centre", "1.1",
         "Complete the refurbishment of the Newport Indoor Market units and let 90% of the units",
         "Head of Regeneration and Economic Development", "Regeneration & Economic Development", "31/03/2026",
         "Green", "Green", "84% of units let; final phase of works completes in January."),
        (w1, "Improve outcomes and attainment for all learners", "1.2",
         "Increase the number of young people aged 16-18 in education, employment or training through the Youth Engagement and Progression Framework",
         "Chief Education Officer", "Education", "Mar-26",
         "Amber", "Green", "NEET rate for Year 11 leavers down to 1.9%."),
        (w1, "Improve outcomes and attainment for all learners", "1.3",
         "Deliver the Sustainable Communities for Learning school building programme on time and within budget",
         "Chief Education Officer", "Education", "Q4 2025/26",
         "Amber", "Red", "Tender prices for two schemes above budget; report to Cabinet in November."),
        (w2, "Reduce waste and increase recycling", "2.1",
         'Increase the household recycling rate to 70%, including "Newport Recycles" communications for residents living in flats',
         "Head of Environment and Public Protection", "Environment & Public Protection", "31/03/2026",
         "Green", "Amber", "Recycling rate 66.8% at Q2 (provisional)."),
        (w2, "Decarbonise transport and council services", "2.2",
         "Install a further 60 public electric vehicle charge points in council car parks and residential streets",
         "Head of Infrastructure", "Infrastructure", "Dec-25",
         "Green", "Complete", "60 charge points installed and live by 19 September 2025."),
        (w2, "Protect communities from flooding", "2.3",
         "Deliver the Local Flood Risk Management Strategy actions for 2025/26:\n- update the flood risk asset register\n- complete property-level protection works in Caerleon",
         "Head of Infrastructure; Flood Risk Manager", "Infrastructure", "30/09/2025",
         "Amber", "Complete", "Asset register updated; protection works completed at 14 properties."),
        (w3, "Support people to live independently", "3.1",
         "Reduce the number of people waiting for a domiciliary care package",
         "Head of Adult Services", "Adult Services", "Ongoing",
         "Amber", "Amber", "41 people waiting at end of September (was 56 in April)."),
        (w3, "Provide safe, stable homes for children looked after", "3.2",
         "Increase the number of in-house foster carers through the Foster Wales Newport campaign",
         "Head of Children's Services", "Children's Services", "31/03/2026",
         "Red", "Amber", "6 new fostering households approved in 2025/26 so far."),
        (w3, "Prevent homelessness", "3.3",
         "Reduce the use of bed and breakfast temporary accommodation for families",
         "Head of Housing & Communities", "Housing & Communities", "Jun-26",
         "Red", "Red", "Demand remains high; 23 families in B&B at end of Q2."),
        (w4, "Be a fair and inclusive employer and service provider", "4.1",
         "Implement the Strategic Equality Plan 2024-28 year 2 actions and report progress to Cabinet",
         "Head of People, Policy and Transformation", "People, Policy & Transformation", "31/03/2026",
         "Green", "Green", "Annual equality report approved by Cabinet in July."),
        (w4, "Modernise how residents access council services", "4.2",
         "Move 80% of customer transactions to digital self-service through the new customer portal",
         "Head of People, Policy and Transformation / Digital Services Manager", "People, Policy & Transformation", "Sept 2026",
         "", "Not started", "Portal procurement completes in Q3; delivery starts April 2026."),
    ]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    n = len(cols)
    wr.writerow(["Newport City Council - Corporate Plan 2022-27"] + [""] * (n - 1))
    wr.writerow(["Annual Delivery Tracker 2025/26 - Quarter 2 (1 April - 30 September 2025)"] + [""] * (n - 1))
    wr.writerow([""] * n)
    wr.writerow(cols)
    for row in rows:
        wr.writerow(row)
    wr.writerow([""] * n)
    wr.writerow(["RAG key: Green - on track; Amber - some slippage, recovery in place; Red - off track; Complete - action delivered"] + [""] * (n - 1))
    wr.writerow(["Source: Newport City Council performance management system, extracted 14/10/2025"] + [""] * (n - 1))
    with open(out("zuu-newport-city-council-corporate-plan-2022-27-delivery-tracker-2025-26.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 5. Portsmouth YOT HMI Probation inspection improvement plan (docx)
#    document control table, addressee headings, one table per recommendation
#    with the recommendation in a merged first row, RAG letters with a key.
# ---------------------------------------------------------------------------
def portsmouth():
    doc = Document()
    landscape(doc)
    doc.add_heading("Portsmouth Youth Offending Team: HM Inspectorate of Probation Inspection Improvement Plan", level=0)
    doc.add_paragraph("Inspection fieldwork: March 2022 | Report published: June 2022 | Overall rating: Good")
    doc.add_paragraph("Plan owner: Portsmouth Youth Offending Team Management Board. This version shows progress at 31 January 2023.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("1.0", "29/07/2022", "Plan agreed by the YOT Management Board"),
                             ("1.1", "31/01/2023", "Progress update for the February 2023 Board")]):
        for j, v in enumerate(row):
            set_text(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some slippage; R = not on track")

    recs = [
        ("The Portsmouth YOT Management Board should:", [
            ("Recommendation 1: collect and analyse data on the children known to the YOT, particularly girls and Black and minority ethnic children, so that services are tailored to their needs", [
                ("1.1", "Produce a quarterly disproportionality dataset covering ethnicity, gender, care status and SEND, broken down by outcome type.",
                 "Performance and Data Analyst", "September 2022", "First dataset presented to the Board in October 2022.", "B"),
                ("1.2", "Hold a Board development session on the findings and agree targeted actions for girls and Black and mixed heritage children.",
                 "Chair of the YOT Management Board / YOT Manager", "31/12/2022", "Session held 8 December 2022; action plan being drafted.", "G"),
            ]),
            ("Recommendation 2: make sure that Board members understand the education, training and employment needs of children known to the YOT and act to improve access to suitable provision", [
                ("2.1", "Add an education, training and employment (ETE) report to every Board meeting, covering attendance, exclusions and post-16 destinations.",
                 "Education Inclusion Manager", "Quarterly", "ETE reports presented in October 2022 and January 2023.", "G"),
                ("2.2", "Agree a protocol with schools and the Virtual School so that YOT children at risk of permanent exclusion are discussed at the Inclusion Panel.",
                 "Virtual School Head; Education Inclusion Manager", "March 2023", "Draft protocol with headteachers for comment; slower than planned.", "A"),
            ]),
        ]),
        ("The YOT Manager should:", [
            ("Recommendation 3: improve the quality of assessment and planning to keep other people safe in out-of-court disposal cases", [
                ("3.1", "Introduce a safety and risk screening tool for all out-of-court disposal decisions made at the joint decision-making panel.",
                 "Deputy YOT Manager (Out of Court)", "End of October 2022", "Tool in use at every panel since 20 October 2022.", "B"),
                ("3.2", "Audit 20 out-of-court cases to test the quality of planning to keep other people safe, and report the findings to the Board.",
                 "Practice Development Lead", "Feb-23", "12 of 20 cases audited; report moved to the April Board.", "A"),
            ]),
            ("Recommendation 4: make sure that management oversight is recorded and is effective in cases where children are at risk of exploitation", [
                ("4.1", "Refresh the management oversight guidance and record oversight on every case open to the exploitation panel.",
                 "Deputy YOT Manager (Court Orders)", "30/11/2022", "Guidance reissued; oversight recorded on all 17 open cases.", "B"),
                ("4.2", "Monthly dip sampling by team managers of cases with exploitation concerns, with themes reported to the YOT Manager.",
                 "Team Managers", "Monthly", "Dip sampling in place since November 2022.", "G"),
            ]),
        ]),
    ]
    rag_fill = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for addressee, items in recs:
        doc.add_heading(addressee, level=2)
        for rec_text, actions in items:
            tb = doc.add_table(rows=2 + len(actions), cols=6)
            tb.style = "Table Grid"
            top = tb.cell(0, 0).merge(tb.cell(0, 5))
            set_text(top, rec_text, bold=True)
            shade(top, "DDEBF7")
            for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress at 31/01/2023", "RAG"]):
                set_text(tb.cell(1, j), h, bold=True)
                shade(tb.cell(1, j), "D9D9D9")
            for i, (ref, action, lead, when, progress, rag) in enumerate(actions, 2):
                for j, v in enumerate([ref, action, lead, when, progress, rag]):
                    set_text(tb.cell(i, j), v)
                shade(tb.cell(i, 5), rag_fill[rag])
            doc.add_paragraph("")
    doc.add_paragraph("Agreed by the Portsmouth YOT Management Board on 28 July 2022. Progress is reported to each quarterly Board meeting.")
    doc.save(out("zuu-portsmouth-yot-hmip-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Leicester Safeguarding Children Partnership Board LCSPR action plan (docx)
#    board name in page header, review details table, one landscape table with
#    learning-theme rows merged across and recommendation cells merged down.
# ---------------------------------------------------------------------------
def leicester():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Leicester Safeguarding Children Partnership Board (LSCPB)"
    doc.add_heading("Local Child Safeguarding Practice Review (LCSPR) Child C and Child D: Multi-Agency Action Plan", level=1)
    det = doc.add_table(rows=4, cols=2)
    det.style = "Table Grid"
    for i, (k, v) in enumerate([("Review published", "17 July 2024"),
                                ("Lead reviewer", "Independent reviewer commissioned by the LSCPB"),
                                ("Plan owner", "LSCPB Learning and Improvement Subgroup"),
                                ("Last updated", "14 January 2025")]):
        set_text(det.cell(i, 0), k, bold=True)
        set_text(det.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; Amber = at risk of delay; Red = overdue")

    plan = [
        ("Learning theme 1: Seeing the whole family – professional curiosity about adults in the household", [
            ("Recommendation 1: Partner agencies should make sure that practitioners identify and assess all adults who live in or regularly visit the household, including new partners.", [
                ("1a", "Update the multi-agency ‘Think Family’ guidance to include a prompt to identify all adults in the household at every assessment.",
                 "LSCPB Business Manager", "Oct 2024", "Guidance updated and published on the LSCPB website on 30 September 2024.", "Complete"),
                ("1b", "Deliver briefings to frontline practitioners in health visiting, midwifery and children's social care on professional curiosity about new partners.\nBriefings to be recorded and made available on the LSCPB learning hub.",
                 "Leicester City Council Children's Social Care; Leicestershire Partnership NHS Trust", "31.03.2025", "Four of six briefings delivered (212 practitioners).", "Green"),
            ]),
        ]),
        ("Learning theme 2: Information sharing between agencies", [
            ("Recommendation 2: The LSCPB should seek assurance that information about domestic abuse incidents is shared with health visitors and schools within 24 hours.", [
                ("2a", "Extend Operation Encompass notifications to health visiting and school nursing teams.",
                 "Leicestershire Police", "Oct 2024 (revised to Feb 2025)", "Data-sharing agreement with health in final legal review.", "Amber"),
                ("2b", "Audit a sample of 20 domestic abuse notifications to test whether information reached health and education within 24 hours.",
                 "LSCPB Quality Assurance and Performance Subgroup", "Mar-25", "Audit scheduled for March 2025.", ""),
            ]),
            ("Recommendation 3: All agencies should make sure that information about children who are not brought to health appointments is shared with the allocated social worker.", [
                ("3a", "Review the ‘Was Not Brought’ policy for children's health services and add a step to inform the allocated social worker.",
                 "Designated Nurse – Safeguarding Children (LLR ICB)", "Dec 2024", "Revised policy approved by the ICB Safeguarding Committee in December 2024.", "Complete"),
            ]),
        ]),
        ("Learning theme 3: Escalation and professional challenge", [
            ("Recommendation 4: The LSCPB should test how well the Resolving Professional Disagreements (escalation) policy is understood and used.", [
                ("4a", "Run a practitioner survey on use of the escalation policy and present the findings to the LSCPB Executive.",
                 "LSCPB Business Manager", "January 2025", "Survey closed 20 December 2024; 164 responses being analysed.", "Green"),
                ("4b", "Relaunch the escalation policy with a one-page guide and a 7-minute briefing.",
                 "LSCPB Business Manager / Learning and Development Subgroup Chair", "30/04/2025", "Guide drafted.", "Green"),
            ]),
        ]),
    ]
    n_rows = 1 + sum(1 + sum(len(a) for _, a in recs) for _, recs in plan)
    tb = doc.add_table(rows=n_rows, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(["No.", "Recommendation", "Action", "Lead agency / officer", "Target date",
                           "Progress and evidence", "RAG"]):
        set_text(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "1F4E78")
    rag_fill = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    r = 1
    for theme, recs in plan:
        m = tb.cell(r, 0).merge(tb.cell(r, 6))
        set_text(m, theme, bold=True)
        shade(m, "E2EFDA")
        r += 1
        for rec_text, actions in recs:
            first = r
            for (no, action, lead, when, progress, rag) in actions:
                set_text(tb.cell(r, 0), no)
                set_text(tb.cell(r, 2), action)
                set_text(tb.cell(r, 3), lead)
                set_text(tb.cell(r, 4), when)
                set_text(tb.cell(r, 5), progress)
                set_text(tb.cell(r, 6), rag)
                if rag:
                    shade(tb.cell(r, 6), rag_fill[rag])
                r += 1
            rc = tb.cell(first, 1)
            if r - 1 > first:
                rc = rc.merge(tb.cell(r - 1, 1))
            set_text(rc, rec_text)
    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_text(so.cell(0, 0), "Approved by", bold=True)
    set_text(so.cell(0, 1), "LSCPB Executive Group")
    set_text(so.cell(1, 0), "Date approved", bold=True)
    set_text(so.cell(1, 1), "21 August 2024")
    doc.save(out("zuu-leicester-safeguarding-children-partnership-board-lcspr-child-c-and-d-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Staffordshire local area SEND accelerated progress plan (plain text,
#    tab-separated tables under each area of weakness, one continuation line)
# ---------------------------------------------------------------------------
def staffordshire():
    L = []
    L.append("Staffordshire Local Area SEND Accelerated Progress Plan (APP)")
    L.append("Annex A: Accelerated Progress Plan (APP) for a Local Area following the judgement by Ofsted/Care Quality Commission that sufficient progress had not been made against the weaknesses outlined by the Inspection")
    L.append("Version 4 - 12 month progress review update, April 2023")
    L.append("")
    L.append("Name of the Local Area:\tStaffordshire")
    L.append("Date of Inspection:\t18th - 20th January 2022")
    L.append("Date of Publication of the revisit report:\t25th February 2022")
    L.append("Accountable Officers from the LA and CCG:\tDirector for Children and Families; Accountable Officer, Staffordshire and Stoke-on-Trent CCG")
    L.append("SEND and NHS England Advisers:\tDfE SEND Adviser; NHS England SEND Adviser")
    L.append("")
    L.append("RAG rating: Complete = action delivered and impact evidenced; Green = on track; Amber = progressing but behind schedule; Red = significant concern")
    L.append("")
    head = "Ref\tAction\tLead\tBy when\tRAG"
    L.append("AREA OF WEAKNESS 1: The variable quality of EHC plans, including the contribution of health and social care advice")
    L.append(head)
    L.append("1.1\tIntroduce a multi-agency EHC plan quality assurance framework with monthly moderation panels.\tHead of SEND and Inclusion\tApril 2022\tComplete")
    L.append("1.2\tTrain all SEND key workers and health and social care advice writers in writing SMART outcomes.\tSEND Workforce Development Lead / Designated Clinical Officer\tSummer term 2022\tComplete")
    L.append("1.3\tAudit 10% of new EHC plans each quarter and report the findings to the SEND Partnership Board.\tHead of SEND and Inclusion\tQuarterly\tGreen")
    L.append("Success measure: 80% of audited EHC plans judged good or better by March 2023 (current position 71%).")
    L.append("")
    L.append("AREA OF WEAKNESS 2: The timeliness of EHC needs assessments and annual reviews")
    L.append(head)
    L.append("2.1\tRecruit additional EHC co-ordinators and educational psychologists to clear the backlog of assessments over 20 weeks.\tAssistant Director for Education Quality and Access\t30/09/2022\tAmber")
    L.append("2.2\tImplement a tracker for annual reviews so that amended plans are issued within 4 weeks of the review meeting.\tSEND Operations Manager\tJul-22\tGreen")
    L.append("2.3\tCommission an independent review of the EHC needs assessment process\tAssistant Director for Education Quality and Access\tAutumn term 2022\tAmber")
    L.append("\tand publish the outcomes on the Local Offer website.\t\t\t")
    L.append("Success measure: 60% of new EHC plans issued within 20 weeks by March 2023 (current position 38%).")
    L.append("")
    L.append("AREA OF WEAKNESS 3: Communication with parents and carers, and the co-production of services")
    L.append(head)
    L.append("3.1\tCo-produce a SEND communications plan with Staffordshire Parent Carer Forum, including a termly SEND newsletter.\tSEND Communications Officer; Parent Carer Forum Co-Chair\tBy 31 May 2022\tComplete")
    L.append("3.2\tRefresh the Local Offer website following user testing with families and young people.\tLocal Offer Manager\tDecember 2022\tGreen")
    L.append("3.3\tSet up locality SEND surgeries for parents in each of the eight districts.\tSEND Locality Team Managers\tOngoing\tGreen")
    L.append("Success measure: parent confidence in the local area SEND system rises to 50% in the annual survey (current position 37%).")
    L.append("")
    L.append("Next progress review meeting with the DfE and NHS England: October 2023.")
    with open(out("zuu-staffordshire-local-area-send-accelerated-progress-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    torbay()
    northumberland()
    ace()
    newport()
    portsmouth()
    leicester()
    staffordshire()
    print("built 7 zuu- files in", HERE)
