"""Generator for the r2- cases of heldout27 (run with /work/main/.venv/bin/python).

Makes seven plan documents: two .docx, three .xlsx, one .csv and one tab-separated .txt.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))


def P(name):
    return os.path.join(OUT, name)


D = dt.datetime
HEX = dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9D9D9", T="1F3864",
           L="DEEAF6", N="E2EFDA", W="FFFFFF")
FILL = {k: PatternFill("solid", fgColor=v) for k, v in HEX.items()}
BOLD = Font(bold=True)
WHITE = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# --------------------------------------------------------------------------- docx helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph within the cell."""
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, h in enumerate(labels):
        c = table.rows[0].cells[i]
        set_text(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = None
        shade(c, fill)
    # white text on dark header
    from docx.shared import RGBColor
    for c in table.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    trPr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def full_width(table, text, fill="D9D9D9", bold=True):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_text(merged, text, bold=bold)
    shade(merged, fill)
    return row


# =========================================================================== 1. Hywel Dda HIW (docx)
def hywel_dda():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(
        "Healthcare Inspectorate Wales – Improvement Plan: Ward 9, Glangwili General Hospital",
        style="Title")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Service:", "Glangwili General Hospital, Hywel Dda University Health Board"),
        ("Ward/department:", "Ward 9 (Acute Medicine)"),
        ("Date of inspection:", "4 – 6 March 2024"),
    ]):
        set_text(info.rows[i].cells[0], k, bold=True, size=10)
        set_text(info.rows[i].cells[1], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The table below sets out the improvements identified during the inspection and the actions "
        "the health board is taking to address them. The plan will be monitored through the Unscheduled "
        "Care Directorate Quality, Safety and Experience meeting.")

    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, hdr)
    sections = [
        ("Quality of the patient experience", [
            ("The health board must ensure that patients' privacy and dignity are maintained at all times, "
             "including when curtains are drawn around beds in the bays.", "Person-centred", [
                ("Curtain clips (\"do not enter\" pegs) to be reintroduced in all bays and their use reinforced "
                 "at the daily safety huddle.\nMonthly dignity spot checks to be added to the ward's Tendable "
                 "audit schedule.", "Senior Nurse Manager, Acute Medicine", "31 March 2024")]),
            ("The health board must ensure that information on how to raise a concern under Putting Things "
             "Right is displayed on the ward in Welsh and English.", "Person-centred", [
                ("Bilingual Putting Things Right posters and leaflets to be displayed at the ward entrance and "
                 "in the day room.", "Ward Manager", "Immediate")]),
            ("The health board should ensure that the Active Offer of the Welsh language is promoted on the "
             "ward.", "Equitable", [
                ("Welsh-speaking staff to wear the 'Iaith Gwaith' badge and lanyard, and Welsh speakers on each "
                 "shift to be shown on the ward rota.", "Ward Manager / Welsh Language Officer", "June 2024")]),
        ]),
        ("Delivery of safe and effective care", [
            ("The health board must ensure that medication fridge and treatment room temperatures are checked "
             "and recorded daily, and that action is taken when readings are outside the safe range.", "Safe", [
                ("Daily temperature checks added to the nurse in charge checklist; out-of-range readings to be "
                 "escalated to pharmacy under the health board's cold chain procedure.", "Ward Manager",
                 "April 2024"),
                ("Ward pharmacist to audit the temperature records monthly for six months and report the "
                 "results to the Directorate Quality, Safety and Experience meeting.",
                 "Lead Pharmacist, Medicine", "April – September 2024")]),
            ("The health board must ensure that all patients have a falls risk assessment completed within 24 "
             "hours of admission and reviewed when their condition changes.", "Safe", [
                ("Falls risk assessment compliance to be monitored weekly through the nursing documentation "
                 "audit, with results shared at the ward team meeting.\nBedside falls prevention training to be "
                 "delivered to all registered nurses and healthcare support workers.",
                 "Senior Nurse Manager; Falls Prevention Lead", "31/07/2024")]),
            ("The health board should ensure that resuscitation trolley checks are completed and recorded in "
             "line with health board policy.", "Safe", [
                ("Resuscitation trolley checklist to be added to the daily safety huddle board, with checks "
                 "assured weekly by the ward sister.", "Ward Sister", "Immediate and ongoing")]),
            ("The health board must ensure that patient records are stored securely when not in use.",
             "Effective\nInformation", [
                ("Lockable notes trolleys to be ordered for both bays.", "Directorate Support Manager",
                 "End of May 2024")]),
        ]),
        ("Quality of management and leadership", [
            ("The health board must ensure that staff are up to date with mandatory training, in particular "
             "fire safety and safeguarding.", "Workforce", [
                ("Protected time to be rostered for each member of staff to complete outstanding ESR modules; "
                 "compliance to be reported monthly to the Head of Nursing.", "Ward Manager",
                 "30 September 2024")]),
            ("The health board should ensure that all staff receive an annual appraisal (PADR).", "Workforce", [
                ("PADR schedule for 2024/25 to be agreed, with band 6 nurses trained as reviewers to share the "
                 "workload.", "Ward Manager / Head of Nursing, Unscheduled Care", "Q3 2024/25")]),
            ("The health board should consider how it can improve response rates to its patient feedback "
             "survey.", "Culture", [
                ("Ward to take part in the patient experience team's pilot of bedside tablet feedback.",
                 "Patient Experience Manager", "Ongoing")]),
        ]),
    ]
    for sec, items in sections:
        full_width(t, sec, fill="D9E2F3")
        for need, std, acts in items:
            first = None
            for k, (act, lead, when) in enumerate(acts):
                row = t.add_row()
                set_text(row.cells[2], act)
                set_text(row.cells[3], lead)
                set_text(row.cells[4], when)
                if k == 0:
                    first = row
                    set_text(row.cells[0], need)
                    set_text(row.cells[1], std)
            if len(acts) > 1:
                last = t.rows[-1]
                a = first.cells[0].merge(last.cells[0])
                set_text(a, need)
                b = first.cells[1].merge(last.cells[1])
                set_text(b, std)
    for row in t.rows:
        for i, w in enumerate([Cm(6.5), Cm(2.8), Cm(8.5), Cm(4.0), Cm(3.0)]):
            row.cells[i].width = w

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    so = doc.add_table(rows=4, cols=2)
    so.style = "Table Grid"
    set_text(so.rows[0].cells[0], "Service representative", bold=True, size=10)
    so.rows[0].cells[0].merge(so.rows[0].cells[1])
    for i, (k, v) in enumerate([("Name (print):", "A. Rees"),
                                ("Job role:", "Director of Nursing, Quality and Patient Experience"),
                                ("Date:", "26 April 2024")], 1):
        set_text(so.rows[i].cells[0], k, bold=True, size=10)
        set_text(so.rows[i].cells[1], v, size=10)
    doc.save(P("r2-hywel-dda-hiw-improvement-plan.docx"))


# =========================================================================== 2. West Glamorgan CPR (docx)
def west_glamorgan():
    doc = Document()
    landscape(doc)
    hp = doc.sections[0].header.paragraphs[0]
    hr = hp.add_run("Bwrdd Diogelu Gorllewin Morgannwg  |  West Glamorgan Safeguarding Board")
    hr.bold = True
    hr.font.size = Pt(9)
    doc.add_paragraph("Child Practice Review WGSB 2/2022 – Multi-agency Action Plan", style="Title")
    doc.add_paragraph(
        "Extended Child Practice Review concerning Child T. This action plan was agreed by the West Glamorgan "
        "Safeguarding Board on 14 December 2022 and was last updated on 20 September 2023.")
    doc.add_paragraph("Progress is monitored by the Case Review Sub-Group each quarter and reported to the Board.")

    hdr = ["No.", "Action", "Lead agency / officer", "Target date", "Progress / evidence", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, hdr, fill="2E5E4E")
    RAGFILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    recs = [
        ("Recommendation 1: Partner agencies should ensure that the voice and lived experience of the child are "
         "recorded and inform planning at each stage of the child protection process.", [
            ("1.1", "Re-issue the regional 'Voice of the Child' practice guidance and deliver a 7-minute briefing to "
                    "all children's teams.", "WGSB Business Manager", "January 2023",
             "Guidance re-issued 12/01/23. Briefing delivered at team meetings in both local authorities.", "B"),
            ("1.2", "Undertake a multi-agency audit of child protection conference reports to test whether the "
                    "child's views are recorded and acted on.", "Chair of the Quality Assurance Sub-Group",
             "Q1 2023-24",
             "Audit of 20 cases completed in June. Findings to be presented to the Board in October.", "G"),
        ]),
        ("Recommendation 2: Health and education services should strengthen the sharing of information about "
         "children who are not brought to appointments or who are absent from school.", [
            ("2.1", "Review the 'Was Not Brought' policy so that repeated missed health appointments for children on "
                    "the child protection register are reported to the allocated social worker.",
             "SBUHB Named Nurse Safeguarding Children", "31/03/2023",
             "Revised policy ratified by the Health Board Safeguarding Committee in April 2023.", "B"),
            ("2.2", "Agree a protocol for schools to notify children's services when a child subject to a care and "
                    "support protection plan is absent for three consecutive days.",
             "Principal Education Welfare Officer (Swansea) / Inclusion Service Manager (NPT)", "July 2023",
             "Draft protocol consulted on with headteachers. Sign-off delayed until the autumn term.", "A"),
        ]),
        ("Recommendation 3: The Board should seek assurance that practitioners understand the combined impact of "
         "parental substance misuse and domestic abuse on the care of children.", [
            ("3.1", "Commission joint training on parental substance misuse and domestic abuse for social workers, "
                    "health visitors and substance misuse workers.", "WGSB Training Sub-Group", "Q3 2023-24",
             "Training commissioned through the Area Planning Board; first two cohorts booked for November.", "G"),
            ("3.2", "Substance misuse services to add questions about children in the household to their initial "
                    "assessment.", "Area Planning Board Commissioning Manager", "June 2023",
             "Not progressed because of the change of case management system. Escalated to the APB.", "R"),
            ("3.3", "Share the learning from this review through a regional learning event.", "WGSB Business Unit",
             "Ongoing", "Event to be arranged once the review has been published.", None),
        ]),
    ]
    for rec, acts in recs:
        full_width(t, rec, fill="E2EFDA")
        for no, act, lead, when, prog, rag in acts:
            row = t.add_row()
            for i, v in enumerate([no, act, lead, when, prog, rag or ""]):
                set_text(row.cells[i], v, bold=(i == 5))
            if rag:
                shade(row.cells[5], RAGFILL[rag])
    for row in t.rows:
        for i, w in enumerate([Cm(1.2), Cm(8.0), Cm(4.5), Cm(2.8), Cm(7.0), Cm(1.3)]):
            row.cells[i].width = w
    doc.add_paragraph("")
    k = doc.add_paragraph()
    k.add_run("RAG status: ").bold = True
    k.add_run("B – Complete;  G – On track;  A – Some slippage, action in progress;  "
              "R – Not progressed / significantly off track.")
    doc.save(P("r2-west-glamorgan-cpr-action-plan.docx"))


# =========================================================================== 3. Cleveland Police PEEL (xlsx)
def cleveland():
    wb = Workbook()
    ws = wb.active
    ws.title = "PEEL AFIs"
    ws["A1"] = "Cleveland Police – HMICFRS PEEL 2023–25 Areas for Improvement: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("PEEL report published 11 April 2025. Position as at 30 September 2025 – for the Police and "
                "Crime Commissioner's Scrutiny Meeting.")
    hdr = ["Area for Improvement", "Ref", "Action", "Action Owner", "Target Date", "RAG", "Progress Update"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = WHITE
        c.fill = FILL["T"]
        c.alignment = WRAP
        c.border = BOX
    RAG = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    groups = [
        ("Responding to the public", [
            ("The force should improve the way it flags vulnerable people on its incident logs.", [
                ("1.1", "Refresh THRIVE and vulnerability qualifier training for all Force Control Room call "
                        "handlers and dispatchers.", "Superintendent, Force Control Room", D(2025, 7, 31), "Complete",
                 "Training delivered to all four shifts; completion 96%. New starters receive it on the "
                 "induction course."),
                ("1.2", "Introduce a weekly dip-sample of incidents with a vulnerability qualifier, with results "
                        "reported to the Contact Management Performance Board.",
                 "Contact Management Quality Assurance Manager", D(2025, 9, 30), "Green",
                 "Dip-sampling started in August. Flagging compliance up from 58% to 81%."),
            ]),
            ("The force needs to attend calls for service in line with its published attendance times.", [
                ("2.1", "Complete a demand and resourcing review of response shift patterns so that officer "
                        "availability matches peak demand.", "Assistant Chief Constable (Operations)",
                 D(2025, 12, 31), "Amber",
                 "Review under way; consultation with staff associations on the new shift pattern will run into "
                 "January."),
                ("2.2", "Review the priority 24 grading and publish revised attendance standards.",
                 "Superintendent, Response and Patrol", "Q4 2025/26", "Green",
                 "Options paper to Chief Officer Team in December."),
            ]),
        ]),
        ("Investigating crime", [
            ("The force should make sure investigations are allocated to officers and teams with the skills and "
             "experience to carry them out.", [
                ("3.1", "Implement a crime allocation policy based on the complexity of the investigation and the "
                        "investigator's PIP accreditation.", "Head of Crime", D(2025, 6, 30), "Complete",
                 "Policy published 2 June 2025 and applied by the Crime Management Unit."),
                ("3.2", "Increase the number of PIP2 accredited investigators through the Detective Academy.",
                 "Head of Learning and Development / Head of Crime", D(2026, 3, 31), "Amber",
                 "Two cohorts in training. Exam pass rate lower than planned; additional tutor support agreed."),
            ]),
            ("The force should make sure it records the reasons when victims withdraw support for an "
             "investigation, and considers evidence-led prosecution.", [
                ("4.1", "Update the crime closure checklist so that the victim's reason for withdrawal is recorded "
                        "before outcome 16 is applied.", "Crime Standards Manager", D(2025, 10, 31), "Green",
                 "Checklist updated in Niche; briefing to supervisors in October."),
            ]),
        ]),
        ("Protecting vulnerable people", [
            ("The force should continue to improve the oversight of its safeguarding strategy and delivery plans.", [
                ("5.1", "Establish a Vulnerability Governance Board chaired by the Deputy Chief Constable, with a "
                        "single vulnerability delivery plan.", "Deputy Chief Constable", D(2025, 5, 31), "Complete",
                 "Board met for the first time on 20 May 2025 and meets monthly."),
                ("5.2", "Develop a vulnerability performance dashboard for the Vulnerability Governance Board.",
                 "Head of Performance and Analysis", "Ongoing", "Green",
                 "First version in use; further measures being added each quarter."),
                ("5.3", "Audit the quality of DASH risk assessments referred to MARAC.",
                 "Detective Superintendent, Public Protection", D(2025, 8, 31), "Red",
                 "Audit postponed because of demand on the Public Protection Unit. To be rescheduled."),
            ]),
        ]),
    ]
    r = HR + 1
    for g, afis in groups:
        ws.cell(r, 1, g).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for col in range(1, 8):
            ws.cell(r, col).fill = FILL["L"]
            ws.cell(r, col).border = BOX
        r += 1
        for afi, acts in afis:
            start = r
            for ref, act, owner, due, rag, upd in acts:
                vals = [afi if r == start else None, ref, act, owner, due, rag, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                dc = ws.cell(r, 5)
                if isinstance(due, dt.datetime):
                    dc.number_format = "mmm-yy"
                rc = ws.cell(r, 6)
                rc.fill = FILL[RAG[rag]]
                rc.font = Font(bold=True, color="FFFFFF" if rag in ("Complete", "Red") else "000000")
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key").font = BOLD
    ws.cell(r + 1, 1, "Complete – action delivered and evidenced")
    ws.cell(r + 2, 1, "Green – on track to meet the target date")
    ws.cell(r + 3, 1, "Amber – at risk of missing the target date")
    ws.cell(r + 4, 1, "Red – target date missed / not on track")
    for i, k in enumerate("BGAR"):
        ws.cell(r + 1 + i, 1).fill = FILL[k]
    widths(ws, {"A": 42, "B": 6, "C": 55, "D": 30, "E": 12, "F": 11, "G": 50})
    ws.freeze_panes = "A5"
    wb.save(P("r2-cleveland-police-peel-afi-tracker.xlsx"))


# =========================================================================== 4. DSFRS HMICFRS (xlsx, refuse)
def dsfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Devon & Somerset Fire & Rescue Service – HMICFRS Inspection 2023–25 Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Cause of concern and areas for improvement from the report published 23 May 2025. "
                "Update for the Community Safety Committee, November 2025.")
    hdr = ["Ref", "Cause of concern / Area for improvement", "Action", "Owner", "Due date", "Revised due date",
           "Status", "Update"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = WHITE
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = WRAP
        c.border = BOX
    areas = [
        ("Preventing fires and other risks", [
            ("Cause of concern: The service hasn't made enough progress to make prevention a sufficiently high "
             "priority. It should prioritise its home fire safety visits to the people most at risk.", [
                ("CoC1.1", "Introduce a single risk-based prioritisation model for all home fire safety visits, "
                           "using the service's community risk data.", "Area Manager, Prevention",
                 D(2025, 9, 30), None, "Complete", "Prioritisation model live from 1 September 2025."),
                ("CoC1.2", "Clear the backlog of home fire safety visits for very high and high risk referrals.",
                 "Group Manager, Home Safety", D(2025, 10, 31), "Decmber 2025", "Behind schedule",
                 "Backlog down from 3,900 to 1,150 visits; on-call crews carrying out visits at weekends."),
                ("CoC1.3", "Evaluate the effectiveness of prevention activity and report outcomes to the Community "
                           "Safety Committee.", "Head of Prevention", D(2026, 3, 31), None, "On track",
                 "Evaluation framework agreed with the University of Exeter."),
            ]),
        ]),
        ("Promoting the right values and culture", [
            ("AFI 1: The service should evaluate whether the actions it has taken to improve its culture are "
             "having the intended impact.", [
                ("AFI1.1", "Repeat the independent culture survey and publish the results to all staff.",
                 "Director of People Services", D(2025, 12, 31), None, "On track",
                 "Survey open 3–28 November."),
            ]),
            ("AFI 2: The service should make sure staff are confident to challenge inappropriate behaviour.", [
                ("AFI2.1", "Deliver active bystander training to all watch and crew managers.",
                 "Head of Organisational Development", D(2025, 7, 31), "Sep-25", "Complete",
                 "412 managers trained (94%)."),
            ]),
        ]),
        ("Ensuring fairness and promoting diversity", [
            ("AFI 3: The service should make sure its equality, diversity and inclusion team has the resources it "
             "needs.", [
                ("AFI3.1", "Recruit two additional EDI advisers.", "Head of EDI", D(2025, 8, 31), None, "Complete",
                 "Both advisers in post from August."),
                ("AFI3.2", "Publish an EDI action plan with measurable objectives, reviewed by the People Committee.",
                 "Head of EDI", D(2026, 3, 31), None, "On track", "Draft plan with staff networks for comment."),
            ]),
        ]),
    ]
    r = HR + 1
    for area, items in areas:
        ws.cell(r, 1, area).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for col in range(1, 9):
            ws.cell(r, col).fill = FILL["H"]
        r += 1
        for finding, acts in items:
            start = r
            for ref, act, owner, due, rev, status, upd in acts:
                vals = [ref, finding if r == start else None, act, owner, due, rev, status, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(r, 5).number_format = "mmm-yy"
                if ref == "CoC1.2":
                    assert r == 7, r  # refuse_at in the expected.yaml
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, {"A": 9, "B": 45, "C": 50, "D": 26, "E": 11, "F": 14, "G": 15, "H": 45})
    wb.save(P("r2-dsfrs-hmicfrs-improvement-plan.xlsx"))


# =========================================================================== 5. Croydon housing (xlsx)
def croydon():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    ws = wb.create_sheet("Action Plan")
    TITLE = "London Borough of Croydon – Housing Improvement Plan"
    ws_data = [
        ("Workstream 1: Stock condition and repairs", [
            ("1.1", "Commission an independent stock condition survey of all council homes, starting with the "
                    "highest-risk blocks.", "Interim Director of Housing", D(2021, 7, 1), D(2022, 3, 31), None, "G",
             "Surveyor appointed; 38% of homes surveyed to date. High-rise blocks completed first."),
            ("1.2", "Complete the remedial works at Regina Road and support residents to move where their homes "
                    "cannot be made safe.", "Regina Road Project Manager", D(2021, 6, 1), D(2021, 9, 30),
             D(2021, 12, 31), "B", "Works complete. All households who wished to move have been rehoused."),
            ("1.3", "Prepare the options appraisal and procurement plan for the responsive repairs contract ahead "
                    "of its expiry.", "Head of Procurement; Interim Director of Housing", D(2021, 11, 1),
             D(2022, 9, 30), None, "G", "Soft market testing completed. Resident panel to help score bids."),
        ]),
        ("Workstream 2: Damp, mould and disrepair", [
            ("2.1", "Set up a dedicated damp and mould team with a single point of contact for residents.",
             "Head of Responsive Repairs", D(2021, 7, 1), D(2021, 10, 31), None, "B",
             "Team of six in place since October; dedicated phone line and email live."),
            ("2.2", "Introduce a triage process so that every damp and mould report is inspected within 10 working "
                    "days.", "Head of Responsive Repairs", D(2021, 9, 1), D(2021, 11, 30), D(2022, 2, 28), "A",
             "Triage in place but only 64% of inspections within 10 days in December."),
            ("2.3", "Clear the backlog of disrepair claims and agree a protocol with Legal Services for handling new "
                    "claims.", "Housing Disrepair Manager", D(2021, 8, 1), D(2022, 3, 31), None, "R",
             "Backlog has grown to 410 claims. Additional surveyors being recruited."),
        ]),
        ("Workstream 3: Resident engagement and complaints", [
            ("3.1", "Co-design a Residents' Charter with tenants and leaseholders.", "Head of Resident Engagement",
             D(2021, 10, 1), D(2022, 4, 30), None, "G", "Four co-design workshops held; draft charter out for comment."),
            ("3.2", "Review the housing complaints process against the Housing Ombudsman's Complaint Handling Code "
                    "and publish the self-assessment.", "Complaints Resolution Manager", D(2021, 9, 1),
             D(2021, 12, 31), None, "B", "Self-assessment published on the council website in December."),
            ("3.3", "Hold estate walkabouts with ward councillors and residents' associations.",
             "Tenancy Services Manager", D(2021, 10, 1), "Quarterly", None, "G",
             "Walkabouts held on 14 estates this quarter."),
        ]),
        ("Workstream 4: Performance, data and governance", [
            ("4.1", "Develop a housing performance dashboard reported monthly to the Housing Improvement Board.",
             "Head of Housing Performance", D(2022, 1, 10), D(2022, 2, 28), None, None,
             "Not started – waiting for the new Head of Housing Performance to take up post."),
            ("4.2", "Refresh the housing risk register and report it to the General Purposes and Audit Committee.",
             "Interim Director of Housing", D(2021, 11, 1), D(2022, 1, 31), D(2022, 3, 31), "A",
             "Register refreshed; committee report moved to the March meeting."),
        ]),
    ]

    # ---- Summary sheet
    sm["A1"] = TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "RAG summary – progress report to the Housing Improvement Board, 25 January 2022"
    shdr = ["Workstream", "Complete", "Green", "Amber", "Red", "Not started", "Total"]
    for i, h in enumerate(shdr, 1):
        c = sm.cell(4, i, h)
        c.font = WHITE
        c.fill = FILL["T"]
        c.border = BOX
    tot = [0] * 6
    r = 5
    for ws_name, acts in ws_data:
        counts = [sum(1 for a in acts if a[6] == k) for k in ("B", "G", "A", "R", None)]
        counts.append(len(acts))
        sm.cell(r, 1, ws_name).border = BOX
        for i, n in enumerate(counts, 2):
            sm.cell(r, i, n).border = BOX
            tot[i - 2] += n
        r += 1
    sm.cell(r, 1, "Total").font = BOLD
    for i, n in enumerate(tot, 2):
        c = sm.cell(r, i, n)
        c.font = BOLD
        c.border = BOX
    widths(sm, {"A": 50, "B": 11, "C": 9, "D": 9, "E": 9, "F": 12, "G": 9})

    # ---- Action Plan sheet
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Responding to the Regulator of Social Housing regulatory notice (20 May 2021) and the independent "
                "housing investigation. Progress report to the Housing Improvement Board, 25 January 2022.")
    hdr = ["Ref", "Action", "Lead officer", "Start date", "Target date", "Revised target date", "RAG",
           "Progress update"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = WHITE
        c.fill = FILL["T"]
        c.alignment = WRAP
        c.border = BOX
    r = HR + 1
    for ws_name, acts in ws_data:
        ws.cell(r, 1, ws_name).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = FILL["N"]
        r += 1
        for ref, act, lead, start, target, revised, rag, prog in acts:
            vals = [ref, act, lead, start, target, revised, None, prog]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 7).fill = FILL[rag]
            r += 1
    r += 1
    ws.cell(r, 1, "Key").font = BOLD
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk – some slippage"),
                                  ("R", "Off track – needs Board attention"), (None, "No colour – not started")], 1):
        if k:
            ws.cell(r + i, 1).fill = FILL[k]
        ws.cell(r + i, 2, txt)
    widths(ws, {"A": 8, "B": 55, "C": 28, "D": 12, "E": 12, "F": 13, "G": 7, "H": 50})
    wb.save(P("r2-croydon-housing-improvement-plan.xlsx"))


# =========================================================================== 6. Norfolk ASC CQC (csv)
def norfolk():
    rows = [
        ["Norfolk County Council Adult Social Services – CQC Assessment Improvement Plan"] + [""] * 7,
        ["Progress as at 31 March 2026"] + [""] * 7,
        [""] * 8,
        ["Ref", "Quality statement", "Area for improvement (CQC report)", "Action", "Lead", "Target date", "RAG",
         "Progress update"],
    ]
    QS1 = "1. Assessing needs"
    A1 = "People waited too long for Care Act assessments and reviews of their care and support."
    QS3 = "3. Equity in experience and outcomes"
    A3 = "The local authority did not fully understand the needs of unpaid carers and of people from seldom-heard communities."
    QS4 = "4. Care provision, integration and continuity"
    A4 = "People struggled to employ personal assistants, especially in rural areas."
    QS6 = "6. Safe pathways, systems and transitions"
    A6 = "Transitions for young people moving to adult services were not always planned early enough."
    QS7 = "7. Safeguarding"
    A7 = "People who raised safeguarding concerns often waited too long for feedback."
    QS8 = "8. Governance, management and sustainability"
    A8 = "Ongoing transformation work had not yet led to consistent improvements for people."
    rows += [
        ["1.1", QS1, A1, "Reduce the number of people waiting more than 28 days for a Care Act assessment through a "
                         "dedicated assessment hub.", "Director of Community Social Work", "30/06/2026", "Green",
         "Hub opened in January. Waiting list down from 1,420 to 960."],
        ["1.2", QS1, A1, "Introduce a risk-based waiting list protocol so that everyone waiting is contacted at least "
                         "every six weeks.", "Head of Quality and Practice", "31/01/2026", "Complete",
         "Protocol in use in all localities since January; contact compliance 92%."],
        ["3.1", QS3, A3, "Refresh the Carers Strategy with Carers Matter Norfolk and publish a carers' action plan.",
         "Head of Commissioning (Prevention) / Carers Lead", "Sept 2026", "Green",
         "Engagement with carers under way, including sessions in Great Yarmouth and King's Lynn."],
        ["4.1", QS4, A4, "Launch a personal assistant recruitment campaign and a PA register with Norfolk Care "
                         "Association.", "Head of Market Development", "30/09/2026", "Not started",
         "Due to start in Q1 2026/27."],
        ["6.1", QS6, A6, "Agree a joint Preparing for Adulthood protocol with Children's Services so that planning "
                         "starts at age 14.", "Head of Preparing for Adulthood", "Q2 2026/27", "Amber",
         "Draft protocol agreed at officer level; needs sign-off by both directorates' leadership teams."],
        ["7.1", QS7, A7, "Send an automated acknowledgement and outcome letter to everyone who raises a safeguarding "
                         "concern, generated from LiquidLogic.", "Head of Safeguarding Adults", "31/12/2025",
         "Complete", "Letters live from 15 December 2025."],
        ["7.2", QS7, A7, "Audit 50 safeguarding enquiries a quarter for the timeliness of feedback and report the "
                         "findings to the Norfolk Safeguarding Adults Board.", "Principal Social Worker", "Quarterly",
         "Green", "First audit completed in March: feedback given within 5 working days in 78% of cases."],
        ["8.1", QS8, A8, "Set up an Adult Social Care Improvement Board, chaired by the Executive Director, to "
                         "oversee delivery of this plan.", "Executive Director of Adult Social Services",
         "February 2026", "Complete", "Board met on 5 and 26 February and 19 March."],
        ["8.2", QS8, A8, "Report progress against this plan to Cabinet and to the People and Health Scrutiny "
                         "Committee every six months.", "Director of Strategy and Transformation", "Ongoing", "Green",
         "First report to Cabinet scheduled for June 2026."],
        ["8.3", QS8, A8, "Publish a practice quality framework with monthly case audits and practice weeks for all "
                         "locality teams.", "Principal Social Worker", "May 2026", "Green",
         "Framework drafted with practitioners."],
    ]
    with open(P("r2-norfolk-asc-cqc-improvement-plan.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =========================================================================== 7. Highland CP (txt, tab)
def highland():
    lines = [
        ["Joint Inspection of Services for Children and Young People at Risk of Harm in Highland – Improvement Plan 2023-24"],
        ["Highland Child Protection Committee with The Highland Council, NHS Highland, Police Scotland (Highland and Islands Division) and third sector partners"],
        ["Progress update to Highland Child Protection Committee – 6 September 2023"],
        [],
        ["Improvement Priority", "Ref", "Area for improvement", "Action", "Lead", "Timescale", "Progress", "RAG"],
    ]
    IP1 = ("Improvement priority 1: Children and young people are safer because risks are identified early and "
           "responded to effectively")
    IP2 = "Improvement priority 2: Children and young people's lives improve with high-quality planning and support"
    IP3 = ("Improvement priority 3: Children, young people and families are meaningfully and appropriately "
           "involved in decisions about their lives")
    IP4 = "Improvement priority 4: Collaborative leadership is effective in driving improvement"
    IRD = "Inter-agency referral discussions (IRDs) were not consistently timely or well recorded."
    CHR = "Chronologies were not consistently used to inform assessments of risk."
    PLAN = "The quality of child's plans was too variable and plans were not always SMART."
    PART = "Children and families did not always get the support they needed to take part in child protection meetings."
    QA = "The CPC's quality assurance framework did not yet give a clear picture of outcomes for children."
    lines += [
        [IP1, "1.1", IRD, "Implement the revised Highland IRD guidance and the electronic IRD recording template "
                          "across police, health and social work.",
         "Principal Officer, Child Protection (Highland Council) / Detective Inspector, Public Protection Unit",
         "June 2023", "Template live from 1 June 2023; first audit scheduled for October.", "Complete"],
        ["", "1.2", IRD, "Audit a sample of IRDs each quarter through the multi-agency IRD Review Group.",
         "IRD Review Group", "Quarterly", "Q1 audit of 30 IRDs completed; report to CPC in September.", "Green"],
        ["", "1.3", CHR, "Roll out chronology training for social work, health visiting and school nursing staff.",
         "CPC Learning and Development Officer", "Sept 2023 – March 2024",
         "Training dates published for all four areas.", "Green"],
        [IP2, "2.1", PLAN, "Introduce a child's plan quality assurance tool and audit 10% of child protection plans "
                           "each quarter.", "Head of Children's Social Work", "Dec-23",
         "Tool agreed; audits delayed by vacancies in the quality assurance team.", "Amber"],
        ["", "2.2", PLAN, "Review the core group guidance so that all partners attend and contribute to reviewing "
                          "the child's plan.", "Lead Child Protection Adviser", "31/03/2024",
         "Review group established with health, education and police.", "Green"],
        [IP3, "3.1", PART, "Extend the independent advocacy service to all children whose names are on the child "
                           "protection register.", "Commissioning Manager (Children's Services)", "Q4 2023/24",
         "Funding identified for 2024/25; tender timetable slipping.", "Amber"],
        ["", "3.2", PART, "Gather feedback from children and parents after child protection planning meetings using "
                          "the Mind of My Own app.", "Participation Officer", "Ongoing",
         "41 responses received since April.", "Green"],
        [IP4, "4.1", QA, "Develop a multi-agency performance dataset for the CPC, aligned with the national minimum "
                         "dataset for child protection committees.", "CPC Lead Officer", "March 2024",
         "Data analyst post vacant since May; support requested from Public Health Scotland.", "Red"],
        ["", "4.2", QA, "Carry out a multi-agency self-evaluation using the Care Inspectorate quality framework and "
                        "report the findings to the Chief Officers Group.",
         "Chair of the CPC Quality Assurance Subgroup", "November 2023", "Not yet started – planned for the autumn.",
         ""],
        [],
        ["RAG key: Complete = action completed; Green = on track; Amber = some delay; Red = significant delay / at risk"],
    ]
    with open(P("r2-highland-cp-joint-inspection-plan.txt"), "w", newline="", encoding="utf-8") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    hywel_dda()
    west_glamorgan()
    cleveland()
    dsfrs()
    croydon()
    norfolk()
    highland()
    print("done")
