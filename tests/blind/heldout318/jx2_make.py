#!/usr/bin/env python3
"""Build the seven jx2- data files of set heldout318.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
The expected readings (NAME.expected.yaml) are written by hand beside the files.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def fill(colour):
    return PatternFill("solid", start_color=RAG_HEX.get(colour, colour), end_color=RAG_HEX.get(colour, colour))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", start_color="1F3864", end_color="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Fife APC learning review improvement action plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def fife():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Fife Adult Protection Committee"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Adult Support and Protection Learning Review: Mr S \u2013 Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Approved by Fife Chief Officers Public Protection Group: 21 May 2025. "
                "Progress update as at 30 September 2025.")
    ws.merge_cells("A3:I3")
    header_row(ws, 5, ["Learning Review Recommendation", "No.", "Improvement Action", "Lead",
                       "Timescale", "Measure of Success", "Progress Update (September 2025)", "RAG"])
    recs = [
        ("Recommendation 1: The Adult Protection Committee should seek assurance that ASP inquiries "
         "involving self-neglect consider the adult\u2019s capacity, executive functioning and history "
         "of engagement with services.",
         [
             ("1.1", "Revise the Fife inter-agency ASP procedures to include practice guidance on "
                     "self-neglect, hoarding and executive capacity.",
              "Fife HSCP \u2013 Lead Officer, Adult Protection", "December 2025",
              "Revised procedures approved by APC", "Draft circulated to APC members for comment.", "A"),
             ("1.2", "Deliver multi-agency practitioner briefings on the learning from the review, "
                     "supported by a 7-minute briefing.",
              "APC Learning and Development Sub-group", "November 2025",
              "Number of staff attending; evaluation", "Four sessions held; 212 staff attended.", "G"),
             ("1.3", "Undertake a multi-agency case file audit of 30 ASP inquiries involving self-neglect "
                     "and report findings to the APC.",
              "Chair, Quality Assurance Sub-group", "Febuary 2026",
              "Audit report to APC", "Audit tool agreed; sample drawn.", "G"),
         ]),
        ("Recommendation 2: Partner agencies should ensure that concerns raised by family members are "
         "recorded, responded to and shared with the lead agency.",
         [
             ("2.1", "Issue guidance to Police Scotland officers on recording and sharing family concerns "
                     "through the Interim Vulnerable Persons Database.",
              "Police Scotland \u2013 Detective Inspector, Public Protection Unit (Fife)", "March 2026",
              "Guidance issued; dip sample of iVPD entries", "Guidance in draft.", "G"),
             ("2.2", "Add a prompt on family and carer concerns to the NHS Fife adult protection referral form.",
              "NHS Fife \u2013 Lead Nurse, Adult Support and Protection", "31/01/2026",
              "Revised form in use", "Form amended; awaiting sign-off.", "A"),
         ]),
        ("Recommendation 3: Fife Council Housing Services and the Scottish Fire and Rescue Service should "
         "strengthen joint working where fire risk is identified in the homes of adults who self-neglect.",
         [
             ("3.1", "Agree a joint referral pathway for Home Fire Safety Visits where fire risk is identified "
                     "during tenancy visits.",
              "Fife Council Housing Services", "June 2026",
              "Pathway agreed and in use", "Initial meeting held 12 August 2025.", "G"),
             ("3.2", "Include fire risk in the multi-agency self-neglect and hoarding risk assessment tool.",
              "Scottish Fire and Rescue Service \u2013 Station Commander, Prevention", "Mar-26",
              "Revised tool in use", "Not yet started.", "R"),
         ]),
        ("Recommendation 4: The learning from this review should be shared across Fife and nationally.",
         [
             ("4.1", "Publish a learning summary on the Fife Adult Protection website and share it with the "
                     "Care Inspectorate.",
              "APC Lead Officer", "August 2025",
              "Summary published", "Published 29/08/2025.", "B"),
         ]),
    ]
    r = 6
    for rec_text, actions in recs:
        first = r
        for ref, act, lead, when, measure, progress, rag in actions:
            put(ws, r, 2, ref)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, when)
            put(ws, r, 6, measure)
            put(ws, r, 7, progress)
            c = put(ws, r, 8, rag)
            c.fill = fill({"R": "red", "A": "amber", "G": "green", "B": "blue"}[rag])
            r += 1
        put(ws, first, 1, rec_text)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", [40, 6, 50, 30, 14, 28, 36, 7]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG rating"
    key["B1"] = "Definition"
    for i, (k, d, col) in enumerate([
        ("B", "Action complete", "blue"),
        ("G", "On track to be delivered within timescale", "green"),
        ("A", "Some slippage \u2013 remedial action in place", "amber"),
        ("R", "Significant concern / not started", "red"),
    ], start=2):
        key.cell(row=i, column=1, value=k).fill = fill(col)
        key.cell(row=i, column=2, value=d)

    vc = wb.create_sheet("Version Control")
    for i, row in enumerate([
        ("Version", "Date", "Author", "Comment"),
        ("1.0", "21/05/2025", "APC Lead Officer", "Approved by COG"),
        ("1.1", "30/09/2025", "APC Lead Officer", "Q2 progress added"),
    ], start=1):
        for j, v in enumerate(row, start=1):
            vc.cell(row=i, column=j, value=v)
    wb.save(os.path.join(HERE, "jx2-fife-apc-learning-review-mr-s-improvement-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 2. Mid Cheshire Hospitals NHSFT board of directors action log (xlsx)
# ---------------------------------------------------------------------------
def mid_cheshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open Actions"
    ws["A1"] = "Mid Cheshire Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Meeting in Public) \u2013 Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 4 September 2025"
    ws["A4"] = "Key:"
    ws["B4"] = "Overdue / not progressed"
    ws["B4"].fill = fill("red")
    ws["C4"] = "In progress \u2013 not yet due"
    ws["C4"].fill = fill("amber")
    ws["D4"] = "Completed \u2013 proposed for closure"
    ws["D4"].fill = fill("green")
    cols = ["Action No.", "Date of Meeting", "Minute Ref", "Agenda Item", "Action", "Action Owner",
            "Due Date", "Revised Due Date", "Update", "RAG"]
    D = dt.datetime
    open_actions = [
        ("BoD/25/04", D(2025, 2, 6), "BoD/25/014", "Board Assurance Framework",
         "Review the risk appetite statement for BAF risk 4 (workforce) and bring a revised statement to the Board.",
         "Director of People & OD", D(2025, 6, 5), D(2025, 11, 6),
         "Deferred to November to align with the refreshed People Plan.", "amber"),
        ("BoD/25/09", D(2025, 4, 3), "BoD/25/041", "Integrated Performance Report",
         "Provide a trajectory for recovery of the 62-day cancer standard, including the impact of the "
         "additional endoscopy capacity.",
         "Chief Operating Officer", D(2025, 7, 3), D(2025, 9, 4),
         "Trajectory not yet available; escalated to Finance & Performance Committee.", "red"),
        ("BoD/25/12", D(2025, 6, 5), "BoD/25/063", "Patient Story",
         "Invite the patient and family to a future Board to hear how learning from the complaint has been "
         "embedded in the Emergency Department.",
         "Chief Nurse / Deputy Chief Nurse", D(2026, 1, 8), None,
         "Family contacted; provisional date agreed.", "amber"),
        ("BoD/25/15", D(2025, 6, 5), "BoD/25/067", "Maternity and Neonatal Safety Report",
         "Circulate the outcome of the CNST Year 7 safety action 8 training compliance review to Board members.",
         "Director of Midwifery", D(2025, 9, 4), D(2025, 11, 6),
         "Review completed; report to Quality Governance Committee in October.", "amber"),
        ("BoD/25/18", D(2025, 7, 3), "BoD/25/082", "Finance Report \u2013 Month 2",
         "Bring a detailed analysis of temporary staffing spend in the Medicine division, with actions to reduce "
         "agency usage, to the Finance & Performance Committee.",
         "Chief Finance Officer; Director of People & OD", D(2025, 10, 2), None,
         "Presented to Finance & Performance Committee 22/09/2025. Propose closure.", "green"),
        ("BoD/25/21", D(2025, 9, 4), "BoD/25/097", "Freedom to Speak Up Report",
         "Include benchmarking against National Guardian's Office data in the next Freedom to Speak Up report.",
         "Director of Corporate Affairs", D(2026, 3, 5), None, "", "amber"),
        ("BoD/25/22", D(2025, 9, 4), "BoD/25/101", "Green Plan Annual Report",
         "Confirm the timetable for decarbonisation of the Leighton Hospital estate as part of the New Hospital "
         "Programme.",
         "Director of Estates & Facilities", D(2025, 11, 6), None, "", "amber"),
    ]
    closed_actions = [
        ("BoD/25/06", D(2025, 3, 6), "BoD/25/027", "Guardian of Safe Working Hours Report",
         "Provide an update on the resolution of exception reports relating to rota gaps in general surgery.",
         "Medical Director", D(2025, 6, 5), D(2025, 7, 3),
         "Update provided in July Board papers. Closed.", "green"),
        ("BoD/25/11", D(2025, 4, 3), "BoD/25/046", "NHS Staff Survey Results",
         "Share the divisional staff survey action plans with the People & Culture Committee.",
         "Director of People & OD", D(2025, 7, 3), None,
         "Shared at People & Culture Committee 24/06/2025. Closed.", "green"),
        ("BoD/25/16", D(2025, 6, 5), "BoD/25/070", "Infection Prevention and Control Report",
         "Confirm whether the increase in C. difficile cases in Q4 was linked to a single ward and report to the "
         "Quality Governance Committee.",
         "Director of Infection Prevention and Control", D(2025, 7, 3), None,
         "Reported to QGC 26/06/2025 \u2013 no single ward link found. Closed.", "green"),
    ]

    def write(sheet, start, rows):
        header_row(sheet, start, cols)
        r = start + 1
        for a in rows:
            for j, v in enumerate(a[:9], start=1):
                fmt = "dd/mm/yyyy" if isinstance(v, dt.datetime) else None
                put(sheet, r, j, v, fmt)
            c = put(sheet, r, 10, None)
            c.fill = fill(a[9])
            r += 1

    write(ws, 6, open_actions)
    ws2 = wb.create_sheet("Closed Actions")
    ws2["A1"] = "Actions closed at the meeting held on 4 September 2025"
    ws2["A1"].font = Font(bold=True)
    write(ws2, 3, closed_actions)
    for sheet in (ws, ws2):
        for col, w in zip("ABCDEFGHIJ", [11, 12, 11, 26, 55, 26, 12, 12, 40, 6]):
            sheet.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "jx2-mid-cheshire-hospitals-nhsft-board-of-directors-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 3. Dudley council strategic risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def dudley():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Dudley Metropolitan Borough Council"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Strategic Risk Register \u2013 Quarter 3 2025/26"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Reported to Audit and Standards Committee, 26 January 2026"
    header_row(s, 5, ["Risk Ref", "Risk Title", "Risk Owner", "Q2 Residual Score", "Q3 Residual Score",
                      "Direction of Travel"])
    summary = [
        ("SR1", "Financial Sustainability", "Director of Finance and Legal", 20, 20, "\u2194"),
        ("SR2", "Children's Services Improvement", "Director of Children's Services", 15, 15, "\u2194"),
        ("SR3", "Adult Social Care Demand", "Director of Adult Social Care", 16, 12, "\u2193"),
        ("SR4", "Cyber Security and Information Governance", "Head of Digital, Customer and ICT", 12, 16, "\u2191"),
        ("SR5", "Regeneration Programme Delivery", "Director of Regeneration and Enterprise", 12, 12, "\u2194"),
    ]
    for i, row in enumerate(summary, start=6):
        for j, v in enumerate(row, start=1):
            put(s, i, j, v)
    s["A12"] = "Scores are Likelihood (1-5) x Impact (1-5). 15 and above = red; 8-12 = amber; 1-6 = green."
    for col, w in zip("ABCDEF", [9, 40, 36, 12, 12, 12]):
        s.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register \u2013 Q3 2025/26: Further Mitigating Actions"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Risk", "Risk Description", "Risk Owner", "Residual Score (L x I)", "Action Ref",
                       "Further Mitigating Action", "Action Owner", "Target Date", "Action Status",
                       "Q3 Update"])
    risks = [
        ("SR1: Financial Sustainability",
         "Failure to set and deliver a balanced budget over the Medium Term Financial Strategy period, leading "
         "to unplanned use of reserves.",
         "Director of Finance and Legal", "4 x 5 = 20",
         [
             ("SR1.1", "Deliver the 2025/26 savings programme of \u00a316.2m, with monthly monitoring through the "
                       "Corporate Management Team.",
              "Director of Finance and Legal", "31/03/2026", "Amber",
              "\u00a311.9m delivered or on track; \u00a34.3m at risk."),
             ("SR1.2", "Complete the review of fees and charges for inclusion in the 2026/27 budget.",
              "Head of Corporate Finance", "February 2026", "Green", "Proposals to Cabinet 11 February."),
             ("SR1.3", "Refresh the Medium Term Financial Strategy to 2029/30 and present to Cabinet.",
              "Director of Finance and Legal", "Q4 2025/26", "Green", ""),
         ]),
        ("SR2: Children's Services Improvement",
         "Failure to sustain improvement in children's social care following the ILACS inspection, resulting in "
         "poor outcomes for children and further regulatory intervention.",
         "Director of Children's Services", "3 x 5 = 15",
         [
             ("SR2.1", "Reduce reliance on agency social workers to below 15% through the recruitment and "
                       "retention strategy.",
              "Director of Children's Services / Head of HR", "30/09/2026", "Amber", "Agency rate 21% (Dec)."),
             ("SR2.2", "Embed the refreshed Quality Assurance Framework, including quarterly practice weeks.",
              "Head of Quality Assurance and Safeguarding", "Ongoing", "Green", "Practice week held November."),
         ]),
        ("SR3: Adult Social Care Demand",
         "Demand for adult social care exceeds available capacity and budget, leading to delays in assessment "
         "and unmet need.",
         "Director of Adult Social Care", "3 x 4 = 12",
         [
             ("SR3.1", "Implement the actions in the CQC assessment improvement plan relating to waiting times "
                       "for Care Act assessments.",
              "Director of Adult Social Care", "June 2026", "Amber", "Waiting list reduced from 412 to 298."),
             ("SR3.2", "Commission additional reablement capacity to reduce delayed hospital discharges.",
              "Head of Commissioning (Adults); Dudley Integrated Health and Care NHS Trust", "31/12/2025",
              "Complete", "Additional 40 hours per week in place from 1 December."),
         ]),
        ("SR4: Cyber Security and Information Governance",
         "A cyber attack or data breach results in loss of systems or data, disruption to services and "
         "regulatory sanction.",
         "Head of Digital, Customer and ICT", "4 x 4 = 16",
         [
             ("SR4.1", "Complete the annual IT health check and achieve PSN compliance.",
              "Head of Digital, Customer and ICT", "March 2026", "Green", "IT health check booked for February."),
             ("SR4.2", "Deliver mandatory cyber awareness training to all staff with network access, achieving "
                       "95% completion.",
              "Head of Digital, Customer and ICT", "31/03/2026", "Red", "Completion 68%; reminders issued."),
         ]),
        ("SR5: Regeneration Programme Delivery",
         "Major regeneration schemes are not delivered to time and budget because of construction inflation "
         "and funding conditions.",
         "Director of Regeneration and Enterprise", "3 x 4 = 12",
         [
             ("SR5.1", "Agree the revised funding profile for the Levelling Up Fund projects with MHCLG and "
                       "report to Cabinet.",
              "Director of Regeneration and Enterprise", "Jan-26", "Amber", "Submitted to MHCLG 18 December."),
         ]),
    ]
    status_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 4
    for title, desc, owner, score, actions in risks:
        first = r
        for ref, text, aowner, target, status, update in actions:
            put(ws, r, 5, ref)
            put(ws, r, 6, text)
            put(ws, r, 7, aowner)
            put(ws, r, 8, target)
            put(ws, r, 9, status).fill = fill(status_fill[status])
            put(ws, r, 10, update)
            r += 1
        for col, v in zip((1, 2, 3, 4), (title, desc, owner, score)):
            put(ws, first, col, v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Action status: Green \u2013 on track; Amber \u2013 some slippage; "
                                   "Red \u2013 significantly off track; Complete \u2013 action delivered "
                                   "(removed at next review).")
    for col, w in zip("ABCDEFGHIJ", [22, 40, 24, 12, 8, 50, 30, 13, 10, 34]):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Likelihood x Impact"
    for i, lab in enumerate(["1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain"], start=2):
        m.cell(row=i, column=1, value=lab)
    wb.save(os.path.join(HERE, "jx2-dudley-council-strategic-risk-register-q3-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Safer Oldham Partnership DHR 'Grace' action plan (docx)
# ---------------------------------------------------------------------------
def oldham():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Safer Oldham Partnership", style="Title")
    doc.add_heading("Domestic Homicide Review: \u2018Grace\u2019", level=1)
    doc.add_paragraph("Multi-Agency Action Plan \u2013 Progress Update, October 2025")

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "2.1"),
        ("Date", "14/10/2025"),
        ("Document owner", "Community Safety Manager, Oldham Council"),
        ("Status", "Draft for DHR Steering Group"),
    ]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "This action plan sets out the partnership response to the recommendations of the Overview Report "
        "and the Individual Management Reviews. RAG: Complete; Green \u2013 on track; Amber \u2013 at risk of "
        "delay; Red \u2013 overdue.")

    cols = ["Ref", "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
            "Target Date", "Date of completion and outcome", "RAG"]
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def section(heading, recs):
        doc.add_heading(heading, level=2)
        n_rows = 1 + sum(1 + len(a) for _, a in recs)
        t = doc.add_table(rows=n_rows, cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        r = 1
        for rec, actions in recs:
            merged = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
            set_cell(merged, rec, bold=True)
            shade(merged, "F2F2F2")
            r += 1
            for a in actions:
                for j, v in enumerate(a):
                    set_cell(t.cell(r, j), v)
                if a[6] in rag_fill:
                    shade(t.cell(r, 6), rag_fill[a[6]])
                r += 1

    section("Part A: Overview Report Recommendations", [
        ("Recommendation 1 (Local): The Safer Oldham Partnership should assure itself that professionals across "
         "all agencies recognise economic abuse and coercive control in older victims.",
         [
             ("1.1", "Commission a multi-agency briefing on economic abuse and coercive control in older people, "
                     "delivered through the Oldham Safeguarding Adults Board training offer.",
              "Safer Oldham Partnership / Oldham Safeguarding Adults Board",
              "Briefing content agreed with Surviving Economic Abuse.", "March 2025",
              "Delivered 18/03/2025 to 146 practitioners.", "Complete"),
             ("1.2", "Audit a sample of 20 Care Act assessments for adults over 65 to test whether domestic "
                     "abuse was considered.",
              "Oldham Council Adult Social Care", "Audit tool agreed.", "September 2025 \u2013 March 2026",
              "", "Green"),
         ]),
        ("Recommendation 2 (Local): Health agencies should ensure that routine enquiry about domestic abuse takes "
         "place when a patient is seen alone, and that it is recorded in the clinical record.",
         [
             ("2.1", "Re-launch routine enquiry guidance in GP practices across Oldham, supported by IRIS training.",
              "NHS Greater Manchester (Oldham locality)", "Guidance re-issued to practices in June.",
              "31/07/2025", "", "Amber"),
             ("2.2", "Add a mandatory domestic abuse routine enquiry field to the Emergency Department "
                     "electronic record at the Royal Oldham Hospital.",
              "Northern Care Alliance NHS Foundation Trust", "Change request submitted.", "Dec-25", "", "Red"),
         ]),
        ("Recommendation 3 (Regional): Greater Manchester Police should review how repeat calls about the same "
         "address from a third party are flagged to the Public Protection Unit.",
         [
             ("3.1", "Review the THRIVE+ guidance for call handlers on third party reports of domestic abuse.",
              "Greater Manchester Police", "Review scoped with Force Contact Centre.", "Ongoing", "", "Green"),
         ]),
    ])
    section("Part B: Single Agency Recommendations", [
        ("Recommendation 4 (Housing): Housing Options staff should ask about domestic abuse for each adult in the "
         "household when a homelessness approach is made.",
         [
             ("4.1", "Update the homelessness assessment template to include a separate domestic abuse question "
                     "for each adult in the household.",
              "Oldham Council Housing Options", "Template updated on Jigsaw.", "June 2025",
              "Completed 02/06/2025.", "Complete"),
             ("4.2", "Deliver domestic abuse awareness training to First Choice Homes Oldham frontline staff.",
              "First Choice Homes Oldham", "", "November 2025", "", "Not started"),
         ]),
        ("Recommendation 5 (Mental health): Carers\u2019 assessments should consider the risk of abuse from the "
         "person being cared for.",
         [
             ("5.1", "Amend the carers\u2019 assessment template used by the community mental health teams to "
                     "include a domestic abuse risk prompt.",
              "Pennine Care NHS Foundation Trust", "Draft template with Safeguarding Team.", "Q3 2025/26", "",
              "Amber"),
         ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Next review: DHR Steering Group, January 2026.")
    doc.save(os.path.join(HERE, "jx2-safer-oldham-partnership-dhr-grace-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Stockport NHSFT maternity and neonatal improvement plan (docx)
# ---------------------------------------------------------------------------
def stockport():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Stockport NHS Foundation Trust")
    doc.add_paragraph("Maternity and Neonatal Improvement Plan 2024\u20132026", style="Title")
    doc.add_paragraph("Update for the Quality Committee \u2013 November 2025")

    doc.add_heading("Document control", level=2)
    vh = doc.add_table(rows=3, cols=4)
    vh.style = "Table Grid"
    for i, row in enumerate([
        ("Version", "Date", "Author", "Comments"),
        ("3.0", "01/08/2025", "Quality and Safety Midwife", "Q1 updates"),
        ("4.0", "03/11/2025", "Quality and Safety Midwife", "Q2 updates; revised dates agreed at MNSC"),
    ]):
        for j, v in enumerate(row):
            set_cell(vh.cell(i, j), v, bold=(i == 0))

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, d, col) in enumerate([
        ("B", "Complete and evidenced", "0070C0"),
        ("G", "On track", "00B050"),
        ("A", "Risk of slippage \u2013 mitigation in place", "FFC000"),
        ("R", "Off track \u2013 escalation required", "FF0000"),
    ]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), d)

    cols = ["Ref", "Objective", "Action", "Lead(s)", "Original Date", "Revised Date", "Progress Update",
            "Previous RAG", "Current RAG"]
    rag_fill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def theme(heading, objectives):
        doc.add_heading(heading, level=1)
        n = 1 + sum(len(a) for _, a in objectives)
        t = doc.add_table(rows=n, cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        r = 1
        for obj, actions in objectives:
            first = r
            for ref, act, lead, orig, rev, prog, prev, cur in actions:
                for j, v in zip((0, 2, 3, 4, 5, 6, 7, 8), (ref, act, lead, orig, rev, prog, prev, cur)):
                    set_cell(t.cell(r, j), v)
                shade(t.cell(r, 7), rag_fill[prev])
                shade(t.cell(r, 8), rag_fill[cur])
                r += 1
            cell = t.cell(first, 1)
            if r - 1 > first:
                cell = cell.merge(t.cell(r - 1, 1))
            set_cell(cell, obj, bold=True)

    theme("Theme 1: Listening to and working with women and families with compassion", [
        ("Personalised care and support plans are offered to all women", [
            ("1.1", "Implement personalised care and support plans (PCSPs) on BadgerNet for all women at booking.",
             "Director of Midwifery / Digital Midwife", "Mar-25", "Sep-25",
             "Live since 01/09/2025; audit of uptake planned for Q3.", "A", "B"),
            ("1.2", "Audit PCSP completion at 36 weeks and share the findings with the Maternity and Neonatal "
                    "Voices Partnership (MNVP).",
             "Consultant Midwife", "Dec-25", "", "Audit tool agreed with MNVP.", "G", "G"),
        ]),
        ("Service user feedback informs service improvement", [
            ("1.3", "Co-produce a bereavement care pathway with the MNVP in line with the National Bereavement "
                    "Care Pathway.",
             "Bereavement Midwife; MNVP Chair", "Jun-25", "Jan-26",
             "Two co-production workshops held; third planned December.", "A", "A"),
        ]),
    ])
    theme("Theme 2: Growing, retaining and supporting our workforce", [
        ("Midwifery staffing meets the Birthrate Plus establishment", [
            ("2.1", "Recruit to the 11.4 WTE midwifery vacancies identified in the Birthrate Plus review.",
             "Head of Midwifery", "Mar-26", "", "6.8 WTE appointed; newly qualified midwives start October.",
             "G", "G"),
            ("2.2", "Implement the retention action plan, including the legacy mentor scheme and flexible "
                    "working pilot.",
             "Lead Midwife for Education and Retention", "Sep-25", "Dec-25",
             "Legacy mentor in post; flexible working pilot delayed by rota system change.", "A", "R"),
        ]),
    ])
    theme("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("Learning from incidents is shared and embedded under PSIRF", [
            ("3.1", "Establish a monthly maternity and neonatal learning forum with multidisciplinary attendance.",
             "Clinical Director \u2013 Obstetrics & Gynaecology", "Jan-25", "",
             "Forum running since January 2025; attendance recorded.", "B", "B"),
            ("3.2", "Complete the SCORE culture survey and agree an action plan through the Perinatal Culture "
                    "and Leadership Programme.",
             "Director of Midwifery / Clinical Director \u2013 Obstetrics & Gynaecology / Neonatal Clinical Lead",
             "Jul-25", "Oct-25", "Survey closed; results shared with staff 14/10/2025.", "A", "G"),
        ]),
    ])
    theme("Theme 4: Meeting and improving standards and structures", [
        ("Full compliance with the Saving Babies\u2019 Lives Care Bundle version 3", [
            ("4.1", "Achieve full implementation of all six elements of SBLCB v3, evidenced through the LMNS "
                    "quarterly assurance visit.",
             "Consultant Obstetrician (Fetal Medicine Lead)", "Mar-25", "Mar-26",
             "Five of six elements fully implemented; element 2 at 78%.", "A", "A"),
        ]),
        ("Neonatal services meet BAPM standards", [
            ("4.2", "Review neonatal medical staffing against BAPM standards and submit a business case for "
                    "additional tier 2 cover.",
             "Neonatal Clinical Lead / Divisional Director of Operations \u2013 Women & Children",
             "Q2 2025/26", "Q4 2025/26", "Business case drafted; to Investment Panel in January.", "R", "A"),
        ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Plan owner: Director of Midwifery. Monitored monthly at the Maternity and Neonatal "
                      "Safety Champions meeting and quarterly at the Quality Committee.")
    doc.save(os.path.join(HERE, "jx2-stockport-nhsft-maternity-neonatal-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Rochdale transformation programme highlight report (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def rochdale():
    n = 9
    rows = [
        ["Rochdale Borough Council - Transformation Programme Highlight Report"],
        ["Programme Board: 18 November 2025"],
        ["Reporting period: October 2025 (Period 7)"],
        ["Overall programme status: Amber"],
        [],
        ["Ref", "Project / Milestone", "Lead", "Baseline Date", "Forecast Date", "RAG", "Progress this period",
         "Next steps", "Issues / Risks"],
        ["Workstream 1: Customer Experience and Digital"],
        ["1.1", "Launch the new customer portal with online council tax and waste services", "Head of Customer Services",
         "30/06/2025", "30/11/2025", "A", "User acceptance testing completed; two defects outstanding",
         "Go-live decision at Digital Board", "Integration with waste system, supplier fix due 10/11"],
        ["1.2", "Migrate the contact centre telephony to the cloud platform", "Head of ICT", "31/10/2025",
         "31/10/2025", "Complete", "Migration completed 27/10/2025", "Close project", ""],
        ["1.3", "Pilot AI-assisted triage of Adult Social Care front door enquiries",
         "Head of ICT; Service Manager - Adult Care Front Door", "31/01/2026", "", "G",
         "Data protection impact assessment approved", "Start pilot in December", ""],
        ["Workstream 2: Property and Accommodation"],
        ["2.1", "Vacate Telegraph House and consolidate staff into Number One Riverside", "Head of Property Services",
         "31/03/2026", "30/06/2026", "R", "Floor plans agreed; fit-out tender returned over budget",
         "Re-tender fit-out", "Budget pressure of £240k"],
        ["2.2", "Complete the disposal of three surplus depot sites approved by Cabinet in March 2025",
         "Head of Property Services", "Q4 2025/26", "", "G", "Two sites under offer", "Exchange contracts", ""],
        ["Workstream 3: Workforce and Organisational Development"],
        ["3.1", "Roll out the new hybrid working policy and manager toolkit", "Director of Workforce and OD",
         "30/09/2025", "31/12/2025", "A", "Policy agreed with trade unions 15/10/2025",
         "Manager briefings in November", "Delay in consultation"],
        ["3.2", "Deliver the leadership development programme to all Tier 3 and Tier 4 managers",
         "Head of OD / HR Business Partner (Transformation)", "31/03/2026", "", "G",
         "Cohorts 1 and 2 complete (64 managers)", "Cohort 3 starts January", ""],
        ["Workstream 4: Early Intervention and Prevention"],
        ["4.1", "Establish integrated neighbourhood teams in Pennines and Middleton with health and care partners",
         "Director of Public Health; Neighbourhood Programme Manager", "31/12/2025", "31/03/2026", "A",
         "Pennines team co-located at Littleborough", "Agree Middleton base", "Estates availability"],
        ["4.2", "Produce the benefits realisation plan for the early help redesign", "Programme Manager - Transformation",
         "28/11/2025", "", "Not started", "", "Baseline data requested from Performance team", ""],
        [],
        ["RAG key: G = on track; A = at risk - recovery plan in place; R = off track - escalate to Programme Board"],
        [],
        ["Summary", "Number of milestones"],
        ["Complete", "1"],
        ["Green", "3"],
        ["Amber", "3"],
        ["Red", "1"],
        ["Not started", "1"],
        ["Total", "9"],
    ]
    with open(os.path.join(HERE, "jx2-rochdale-borough-council-transformation-programme-highlight-report.csv"),
              "w", encoding="utf-8", newline="") as f:
        for row in rows:
            row = row + [""] * (n - len(row))
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Wigan Borough CSP partnership plan delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
def wigan():
    n = 6
    rows = [
        ["Wigan Borough Community Safety Partnership"],
        ["Community Safety Partnership Plan 2025-2028: Year 1 Delivery Plan (2025/26)"],
        ["Q2 progress update - reported to the CSP Board on 9 October 2025"],
        [],
        ["Ref", "Action", "Lead Partner(s)", "Timescale", "Q2 Progress", "Status"],
        ["Priority 1: Tackling serious violence and exploitation"],
        ["1.1", "Deliver the Serious Violence Duty actions agreed for 2025/26, including youth navigators in the "
                "Royal Albert Edward Infirmary emergency department",
         "Wigan Council Community Safety / Greater Manchester Violence Reduction Unit", "March 2026",
         "Navigators in place since July; 83 young people engaged", "On track"],
        ["1.2", "Map child exploitation hotspots using Complex Safeguarding Hub data and agree partnership "
                "disruption plans", "GMP Wigan District & Complex Safeguarding Team", "Q3 2025/26",
         "Mapping complete for Wigan and Leigh town centres; Ashton and Hindley outstanding", "Amber"],
        ["1.3", "Deliver knife crime awareness sessions in all secondary schools and colleges",
         "Youth Justice Service", "By 31 March 2026", "14 of 21 schools visited", "On track"],
        ["Priority 2: Reducing anti-social behaviour and building safer neighbourhoods"],
        ["2.1", "Implement the revised ASB Case Review procedure, including a victim", "Wigan Council ASB Team",
         "December 2025", "Procedure approved by CSP Board in September and published", "Complete"],
        ["", "advocate role for repeat victims"],
        ["2.2", "Deliver Immediate Justice reparation for ASB perpetrators within 48 hours of referral",
         "Greater Manchester Combined Authority / GMP Wigan District", "Ongoing",
         "112 referrals; 91% started within 48 hours", "On track"],
        ["2.3", "Consult on extending the Public Space Protection Order to Leigh bus station",
         "Wigan Council Community Safety Team", "Jan-26", "", "Not started"],
        ["Priority 3: Tackling domestic abuse and violence against women and girls"],
        ["3.1", "Recommission the domestic abuse safe accommodation support service for 2026-2029",
         "Wigan Council Commissioning", "March 2026",
         "Tender delayed pending Greater Manchester framework decision", "Red"],
        ["3.2", "Embed learning from Domestic Homicide Reviews through practitioner learning events",
         "Domestic Abuse Partnership Board", "Quarterly", "Q2 event held 17 September; 64 attendees", "On track"],
        ["Priority 4: Reducing reoffending and drug and alcohol related harm"],
        ["4.1", "Increase the proportion of prison leavers engaged in drug treatment within 3 weeks of release to 60%",
         "Probation Service; Wigan Council Public Health", "31/03/2026", "Q2 performance 48%", "Amber"],
        ["4.2", "Publish the refreshed Combating Drugs Partnership local delivery plan",
         "Wigan Combating Drugs Partnership", "November 2025", "Published 30 September 2025", "Complete"],
        [],
        ["Status key: Complete; On track; Amber - some slippage; Red - off track; Not started"],
        ["Total actions: 10 | Complete 2 | On track 4 | Amber 2 | Red 1 | Not started 1"],
    ]
    with open(os.path.join(HERE, "jx2-wigan-community-safety-partnership-plan-2025-28-delivery-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        for row in rows:
            if len(row) > 1 or (row and row[0] in ("Ref",)):
                row = row + [""] * (n - len(row))
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    fife()
    mid_cheshire()
    dudley()
    oldham()
    stockport()
    rochdale()
    wigan()
    print("built 7 files in", HERE)
