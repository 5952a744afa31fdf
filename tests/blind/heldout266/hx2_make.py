"""Build the seven hx2 blind test files (set heldout266).

Run with: /work/main/.venv/bin/python hx2_make.py
Writes into the directory holding this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "lilac": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


def set_cell(cell, text, bold=False):
    cell.text = text
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.bold = True


# ============================================================ 1. Rochdale DHR (docx)
def rochdale_dhr():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph("Rochdale Borough Community Safety Partnership")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Domestic Homicide Review – ‘Nadia’: Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Overview Report into the death of "
        "‘Nadia’ (a pseudonym agreed with her family). Progress is reported to each meeting of the "
        "Community Safety Partnership Board."
    )

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Document", "DHR Nadia – Multi-agency Action Plan"),
        ("Version", "1.4"),
        ("Date of this update", "12 February 2025"),
        ("Owner", "Community Safety Partnership Manager"),
        ("Status", "For CSP Board, 4 March 2025"),
    ]:
        r = dc.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, f in [
        ("Blue", "Action complete and evidenced", "blue"),
        ("Green", "On track to complete by target date", "green"),
        ("Amber", "Some slippage; remedial plan in place", "amber"),
        ("Red", "Not started or significantly off track", "red"),
    ]:
        r = key.add_row()
        set_cell(r.cells[0], word, bold=True)
        shade(r.cells[0], FILL[f])
        set_cell(r.cells[1], meaning)

    header = ["Ref", "Action", "Lead", "Target date", "Progress update (February 2025)", "RAG"]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}

    themes = [
        ("Theme 1: Recognising coercive and controlling behaviour", [
            ("Recommendation 1: All agencies represented on the Community Safety Partnership to assure the "
             "Partnership that their frontline staff are trained to recognise coercive and controlling "
             "behaviour, including economic abuse, and know how to respond.", [
                ("1.1",
                 "Refresh the single-agency domestic abuse training offer to include a mandatory module on "
                 "coercive control and economic abuse.\nTraining to be co-produced with the Domestic Abuse "
                 "Partnership Board lived experience group.",
                 "Domestic Abuse Strategic Lead", "31/03/2025",
                 "Module written and piloted with Early Help and Housing Options in January 2025; roll-out to "
                 "remaining services from March.", "Green"),
                ("1.2",
                 "Each partner agency to report training completion rates for frontline staff to the CSP Board.",
                 "Chair, Domestic Abuse Partnership Board", "September 2025",
                 "Returns received from 5 of 8 agencies. Reminder sent 3 February.", "Amber"),
            ]),
            ("Recommendation 2: Greater Manchester Police and Rochdale Borough Council to review how "
             "information about previous partners is considered when a Clare’s Law (DVDS) application is made.", [
                ("2.1",
                 "Audit a dip sample of 20 Domestic Violence Disclosure Scheme applications made in Rochdale "
                 "during 2024 to test whether previous-partner information was considered.",
                 "DCI Public Protection Governance Unit (GMP)", "Jan 2025",
                 "Audit completed 20/01/2025; findings reported to CSP Board.", "Complete"),
                ("2.2",
                 "Agree and publish a local protocol for sharing DVDS outcomes with the IDVA service and Adult "
                 "Social Care.",
                 "DCI Public Protection Governance Unit (GMP) / Head of Adult Safeguarding (RBC)", "June 2025",
                 "Draft protocol circulated for comment.", "Green"),
            ]),
        ]),
        ("Theme 2: Health services", [
            ("Recommendation 3: NHS Greater Manchester (Rochdale locality) to seek assurance that GP practices "
             "routinely ask about domestic abuse when patients present with anxiety, low mood or repeated "
             "minor injuries.", [
                ("3.1",
                 "Deliver IRIS (Identification and Referral to Improve Safety) training to all GP practices in "
                 "the Rochdale locality not yet IRIS-trained.",
                 "Named GP for Safeguarding / IRIS Advocate Educator", "Q4 2024/25",
                 "27 of 31 practices trained.", "Green"),
                ("3.2",
                 "Add a domestic abuse routine enquiry prompt to the EMIS mental health review template.",
                 "Designated Nurse Safeguarding Adults", "31 December 2024",
                 "Template change delayed by GM digital team; new date being agreed.", "Red"),
                ("3.3",
                 "Re-audit routine enquiry in primary care twelve months after the template change.",
                 "Designated Nurse Safeguarding Adults", "Dec 2025",
                 "Not yet due.", ""),
            ]),
        ]),
        ("Theme 3: Housing and sharing the learning", [
            ("Recommendation 4: Rochdale Boroughwide Housing to ensure tenancy and repairs staff know how to "
             "identify and refer concerns about domestic abuse.", [
                ("4.1",
                 "Introduce a domestic abuse ‘flag’ on the housing management system, with guidance for staff "
                 "on when to set it.",
                 "Head of Tenancy Services (RBH)", "Ongoing",
                 "Flag live since November 2024; use reviewed monthly.", "Green"),
            ]),
            ("Recommendation 5: The Community Safety Partnership to share the learning from this review across "
             "the borough.", [
                ("5.1",
                 "Produce a 7-minute briefing on the learning from DHR Nadia and circulate it to all partner "
                 "agencies.",
                 "Community Safety Partnership Manager", "Within 3 months of publication",
                 "Awaiting Home Office Quality Assurance Panel letter before publication.", "Amber"),
                ("5.2",
                 "Hold a multi-agency learning event for practitioners, with Nadia’s family invited to "
                 "contribute if they wish.",
                 "CSP Manager & DHR Independent Chair", "By 30 June 2025",
                 "Venue booked for 12 June 2025.", "Green"),
            ]),
        ]),
    ]

    for theme, recs in themes:
        doc.add_paragraph("")
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=0, cols=len(header))
        t.style = "Table Grid"
        for rec_text, actions in recs:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[-1])
            set_cell(m, rec_text, bold=True)
            shade(m, FILL["pale"])
            r = t.add_row()
            for i, h in enumerate(header):
                set_cell(r.cells[i], h, bold=True)
                shade(r.cells[i], FILL["grey"])
            for ref, act, lead, due, prog, rag in actions:
                r = t.add_row()
                for i, v in enumerate([ref, act, lead, due, prog, rag]):
                    set_cell(r.cells[i], v)
                if rag:
                    shade(r.cells[5], FILL[rag_fill[rag]])

    doc.add_paragraph("")
    doc.add_paragraph("Next review: CSP Board, June 2025. Completed actions will be removed once the Board "
                      "has seen the evidence.")
    doc.save(os.path.join(OUT, "hx2-rochdale-borough-csp-dhr-nadia-action-plan.docx"))


# ============================================ 2. Staffordshire & Stoke SAR (xlsx)
def staffs_sar():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Staffordshire and Stoke-on-Trent Adult Safeguarding Partnership Board"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Safeguarding Adult Review – Adult L: Multi-Agency Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Version", "3"),
        ("Last updated", "07/03/2025"),
        ("Owner", "SAR Sub-group"),
        ("Reported to", "SSASPB Board, 27 March 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A9"] = "RAG key (Current RAG column is colour only)"
    cov["A9"].font = Font(bold=True)
    for i, (f, txt) in enumerate([
        ("blue", "Completed – evidence received by the SAR Sub-group"),
        ("green", "On track"),
        ("amber", "At risk – target date may be missed"),
        ("red", "Off track or overdue"),
        (None, "No colour – not yet started"),
    ], start=10):
        c = cov.cell(row=i, column=1)
        if f:
            c.fill = PatternFill("solid", fgColor=FILL[f])
        c.border = BOX
        cov.cell(row=i, column=2, value=txt)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    headers = ["SAR Recommendation", "Action No.", "Action(s) to be taken", "Lead Agency", "Lead Officer",
               "Target Date", "Revised Date", "Update / Evidence", "Previous RAG", "Current RAG"]
    ws["A1"] = "SAR Adult L – Multi-Agency Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Updates for March 2025 Board in column H"
    ws.merge_cells("A2:J2")
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["navy"])
        c.alignment = WRAP
        c.border = BOX

    recs = [
        ("Recommendation 1: The Board should seek assurance that partner agencies apply the Staffordshire and "
         "Stoke-on-Trent Self-Neglect Guidance, including use of multi-agency risk management meetings where "
         "an adult declines support.", [
            ("1.1", "Re-launch the Self-Neglect and Hoarding Guidance with a practitioner briefing and 7-minute "
                    "guide.", "SSASPB Business Unit", "Board Manager", d(2024, 10, 31), d(2025, 1, 31),
             "Briefing delivered to 212 practitioners; guide on Board website.", "Amber", "blue"),
            ("1.2", "Undertake a multi-agency audit of self-neglect cases where a risk management meeting was "
                    "held, and report findings to the Quality Assurance Sub-group.",
             "Staffordshire County Council / Stoke-on-Trent City Council",
             "Principal Social Worker (SCC); Principal Social Worker (SOTCC)", d(2025, 3, 31), None,
             "Audit tool agreed; 18 cases selected.", "Green", "green"),
        ]),
        ("Recommendation 2: Staffordshire Fire and Rescue Service and adult social care should strengthen "
         "joint working where fire risk is identified in the home of an adult who self-neglects.", [
            ("2.1", "Embed a referral route from Safe and Well visits to adult social care where hoarding or "
                    "smoking-related fire risk is identified.", "SFRS", "Head of Prevention",
             d(2024, 12, 31), d(2025, 6, 30), "Pathway drafted; data-sharing agreement with SCC awaiting "
                                               "sign-off.", "Red", "amber"),
            ("2.2", "Provide fire-retardant bedding and smoke alarm checks for adults assessed as high risk, "
                    "recorded on the shared risk register.", "SFRS", "Group Manager – Community Safety",
             "Ongoing", None, "42 households supported since June 2024.", "Green", "green"),
        ]),
        ("Recommendation 3: Midlands Partnership University NHS Foundation Trust to review how mental capacity "
         "is assessed and recorded for adults who repeatedly decline care.", [
            ("3.1", "Issue a practice note on executive capacity (the ability to carry out a decision as well "
                    "as make it), with examples.", "MPFT", "Trust MCA Lead", d(2024, 9, 30), None,
             "Practice note issued September 2024.", "Blue", "blue"),
            ("3.2", "Audit 30 community mental health records for the quality of capacity assessments and "
                    "report to the Trust Safeguarding Committee.", "MPFT", "Head of Safeguarding (MPFT)",
             d(2025, 5, 31), None, "Audit started; staff sickness in audit team.", "Green", "amber"),
        ]),
        ("Recommendation 4: The Board to seek assurance that learning from this review is shared with primary "
         "care and domiciliary care providers.", [
            ("4.1", "Present the learning from SAR Adult L at the GP Safeguarding Leads forum and the Care "
                    "Provider Forum.", "Staffordshire and Stoke-on-Trent ICB / SSASPB",
             "Designated Nurse Safeguarding Adults (ICB) & Board Manager", d(2025, 4, 30), None,
             "", "", None),
        ]),
    ]
    r = 5
    for rec, acts in recs:
        start = r
        for ref, act, agency, officer, target, revised, upd, prev, cur in acts:
            vals = [None, ref, act, agency, officer, target, revised, upd, prev or None, None]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if cur:
                ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=FILL[cur])
            r += 1
        ws.cell(row=start, column=1, value=rec).alignment = WRAP
        ws.cell(row=start, column=1).border = BOX
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJ", [48, 9, 50, 24, 30, 12, 12, 40, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Completed", 2), ("On track", 2), ("At risk", 2), ("Off track", 0),
                                ("Not started", 1), ("Total actions", 7)], start=3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    wb.save(os.path.join(OUT, "hx2-staffordshire-stoke-on-trent-aspb-sar-adult-l-action-plan.xlsx"))


# ======================================= 3. Newcastle Hospitals board action log (csv)
def newcastle_log():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["The Newcastle upon Tyne Hospitals NHS Foundation Trust"] + [""] * 9)
    w.writerow(["Board of Directors (Public) – Action Log"] + [""] * 9)
    w.writerow(["As at 27 March 2025"] + [""] * 9)
    w.writerow(["Key: B = complete (propose closure); G = on track or not yet due; A = due date revised; "
                "R = overdue"] + [""] * 9)
    w.writerow([""] * 10)
    w.writerow(["Action No.", "Date of Meeting", "Minute Ref", "Item", "Action", "Lead", "Due Date",
                "Revised Due Date", "Progress Update", "BRAG"])
    rows = [
        ["BoD/2024/41", "25/07/2024", "24/67", "Integrated Quality and Performance Report",
         "Provide a breakdown of 52-week waiters by specialty, with trajectories to March 2025, to the Finance "
         "& Performance Committee.", "Chief Operating Officer", "26/09/2024", "",
         "Presented to F&P Committee 19 September 2024.", "B"],
        ["BoD/2024/44", "26/09/2024", "24/89", "Freedom to Speak Up Annual Report",
         "Set out how themes from Freedom to Speak Up cases will be triangulated with staff survey and incident "
         "data, and report back to Board.", "Chief People Officer / FTSU Guardian", "28/11/2024", "30/01/2025",
         "Deferred to include 2024 staff survey results; on January agenda.", "A"],
        ["BoD/2024/47", "26/09/2024", "24/93", "Maternity and Neonatal Safety Report",
         "Confirm the date by which the Perinatal Quality Surveillance Model dashboard will include neonatal "
         "metrics.", "Chief Nurse", "28/11/2024", "",
         "Confirmed at November Board: neonatal metrics included from the Q3 report.", "B"],
        ["BoD/2024/52", "28/11/2024", "24/118", "Patient Story – Cancer Services",
         "Invite the patient and family to return in 12 months to describe the changes made in response to "
         "their experience.", "Director of Quality & Effectiveness", "Nov-25", "", "Not yet due.", "G"],
        ["BoD/2024/55", "28/11/2024", "24/121", "Green Plan Progress Report",
         "Bring an update on the decarbonisation of the Freeman Hospital heating system, including the capital "
         "funding position.", "Director of Estates", "27/03/2025", "29/05/2025",
         "Funding decision from NHS England awaited; item moved to May Board.", "A"],
        ["BoD/2025/03", "30/01/2025", "25/09", "Board Assurance Framework",
         "Review the score of BAF risk 4 (workforce) in light of the recruitment controls and report to People "
         "Committee.", "Chief People Officer", "March 2025", "",
         "On People Committee agenda 20 March 2025.", "G"],
        ["BoD/2025/06", "30/01/2025", "25/14", "Urgent and Emergency Care",
         "Share with Board members the winter escalation plan and ambulance handover improvement actions agreed "
         "with NEAS.\nCirculate the NEAS joint audit findings when available.", "COO & Medical Director",
         "27/02/2025", "", "Plan circulated 6 February 2025. Audit findings outstanding.", "R"],
        ["BoD/2025/09", "30/01/2025", "25/17", "Research and Innovation Strategy",
         "Provide an analysis of commercial research income against the strategy targets.", "AF, MW",
         "Q1 2025/26", "", "", "G"],
        ["BoD/2025/12", "27/02/2025", "25/31", "Digital Strategy Update",
         "Arrange a Board development session on the Electronic Patient Record optimisation programme.",
         "Trust Secretary", "TBC", "", "Date to be agreed with the Chair.", ""],
    ]
    for row in rows:
        w.writerow(row)
    w.writerow([""] * 10)
    w.writerow(["Summary: 9 actions on the log, 2 proposed for closure"] + [""] * 9)
    with open(os.path.join(OUT, "hx2-newcastle-upon-tyne-hospitals-nhsft-board-public-action-log.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =========================== 4. Sheffield Teaching Hospitals maternity plan (xlsx)
def sheffield_maternity():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read Me"
    rm["A1"] = "Sheffield Teaching Hospitals NHS Foundation Trust"
    rm["A1"].font = Font(bold=True, size=14)
    rm["A2"] = "Jessop Wing Maternity and Neonatal Improvement Plan 2024/25"
    rm["A2"].font = Font(bold=True, size=12)
    rm["A4"] = "Document control"
    rm["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "v7.0"),
        ("Date", "28/02/2025"),
        ("Author", "Maternity Governance Lead"),
        ("Executive sponsor", "Chief Nurse"),
        ("Governance route", "Maternity Assurance Committee → Quality Committee → Board of Directors"),
    ], start=5):
        rm.cell(row=i, column=1, value=k)
        rm.cell(row=i, column=2, value=v)
    rm["A11"] = "BRAG key"
    rm["A11"].font = Font(bold=True)
    for i, (letter, f, txt) in enumerate([
        ("B", "blue", "Complete – evidenced and assured at Maternity Assurance Committee"),
        ("G", "green", "On track to deliver by the due date"),
        ("A", "amber", "At risk of delay – mitigation in place"),
        ("R", "red", "Off track – escalated to Quality Committee"),
    ], start=12):
        c = rm.cell(row=i, column=1, value=letter)
        c.fill = PatternFill("solid", fgColor=FILL[f])
        rm.cell(row=i, column=2, value=txt)
    rm["A17"] = "Where a due date has been revised the original date is kept for audit purposes."
    rm.column_dimensions["A"].width = 20
    rm.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    cols = ["Ref", "Action", "Accountable Lead", "Start", "Original Due Date", "Revised Due Date",
            "Delivery Status", "Progress this month", "BRAG"]
    ws["A1"] = "Jessop Wing Maternity and Neonatal Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 28 February 2025 – for Maternity Assurance Committee, 11 March 2025"
    ws.merge_cells("A2:I2")
    for i, h in enumerate(cols, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["navy"])
        c.alignment = WRAP
        c.border = BOX

    brag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    plan = [
        ("Workstream 1: Safe staffing and escalation", [
            ("Finding 1 (CQC, 2023): Midwifery staffing levels did not always match the acuity of women on "
             "Labour Ward, and escalation was not consistently recorded.", [
                ("1.1", "Complete a Birthrate Plus® workforce review and present the funded establishment to "
                        "Trust Board.", "Director of Midwifery", d(2024, 4, 1), d(2024, 9, 30), None,
                 "Evidenced and assured", "Board approved 12.4 WTE uplift, October 2024.", "B"),
                ("1.2", "Implement the midwifery acuity tool on Labour Ward, with 4-hourly recording and "
                        "escalation to the Manager of the Day when red flags occur.",
                 "Labour Ward Matron / Consultant Midwife", d(2024, 7, 1), d(2024, 12, 31), d(2025, 3, 31),
                 "Delivered, not yet evidenced", "Compliance with 4-hourly recording 81% in February.", "G"),
            ]),
            ("Finding 2 (CQC, 2023): Not all obstetric and midwifery staff had completed PROMPT and fetal "
             "monitoring training.", [
                ("2.1", "Recover compliance with PROMPT multi-professional training to 90% for all staff "
                        "groups.", "Practice Development Midwife; Obstetric Training Lead", d(2024, 4, 1),
                 d(2025, 3, 31), None, "Not delivered",
                 "Midwives 93%, obstetric consultants 84%, anaesthetists 71%.", "A"),
                ("2.2", "Introduce a monthly fetal monitoring competency assessment, with results reported to "
                        "the Maternity Safety Champions.", "Fetal Monitoring Lead Midwife", d(2024, 6, 1),
                 "Monthly", None, "Delivered, not yet evidenced", "Reported to Safety Champions 19 February.",
                 "G"),
            ]),
        ]),
        ("Workstream 2: Listening to women and families", [
            ("Finding 3 (Ockenden IEA 2): Women’s and families’ feedback was not systematically used to "
             "improve services.", [
                ("3.1", "Co-produce a feedback and complaints pathway with the Maternity and Neonatal Voices "
                        "Partnership.", "Head of Patient Experience & MNVP Chair", d(2024, 10, 1),
                 d(2025, 6, 30), None, "Not delivered", "Two co-production workshops held.", "G"),
                ("3.2", "Publish a quarterly ‘You said, we did’ report on the Jessop Wing webpages.",
                 "Head of Midwifery", None, "Q2 2025/26", None, "Not started", "", None),
            ]),
        ]),
        ("Workstream 3: Neonatal care", [
            ("Finding 4 (MIS Year 6, Safety Action 4): The neonatal nursing workforce did not meet BAPM "
             "standards.", [
                ("4.1", "Recruit to the neonatal nursing establishment to meet BAPM standards, including "
                        "qualified in speciality (QIS) nurses.", "Neonatal Unit Matron", d(2024, 4, 1),
                 d(2025, 3, 31), d(2025, 9, 30), "Not delivered",
                 "11 WTE vacancies; international recruitment cohort due July 2025.", "R"),
                ("4.2", "Submit the neonatal workforce action plan to the Local Maternity and Neonatal System "
                        "and the Trust Board.", "Clinical Director for Neonatology", d(2024, 11, 1),
                 d(2025, 1, 31), None, "Evidenced and assured", "Submitted 24 January 2025.", "B"),
            ]),
        ]),
    ]
    r = 5
    for ws_title, findings in plan:
        c = ws.cell(row=r, column=1, value=ws_title)
        c.font = Font(bold=True, color="FFFFFF")
        for ci in range(1, 10):
            ws.cell(row=r, column=ci).fill = PatternFill("solid", fgColor="2F5496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for finding, acts in findings:
            c = ws.cell(row=r, column=1, value=finding)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for ci in range(1, 10):
                ws.cell(row=r, column=ci).fill = PatternFill("solid", fgColor=FILL["lilac"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, act, lead, start, due, rev, deliv, prog, brag in acts:
                vals = [ref, act, lead, start, due, rev, deliv, prog, brag]
                for ci, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if brag:
                    ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=FILL[brag_fill[brag]])
                    ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    for col, w in zip("ABCDEFGHI", [8, 55, 30, 11, 13, 13, 22, 40, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    db = wb.create_sheet("Dashboard")
    db["A1"] = "BRAG summary"
    db["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue", 2), ("Green", 3), ("Amber", 1), ("Red", 1), ("Not rated", 1),
                                ("Total", 8)], start=2):
        db.cell(row=i, column=1, value=k)
        db.cell(row=i, column=2, value=v)
    wb.save(os.path.join(OUT, "hx2-sheffield-teaching-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ====================================== 5. Middlesbrough strategic risk register (txt)
def middlesbrough_srr():
    T = "\t"
    lines = [
        "Middlesbrough Council",
        "Strategic Risk Register – Quarter 3 2025/26",
        "Report to Corporate Affairs and Audit Committee, 5 February 2026",
        "Action status key: Complete (Blue) | On track (Green) | Delayed (Amber) | Overdue (Red) | Not started",
        "",
        T.join(["Ref", "Further mitigating action", "Action owner", "Due date", "Status", "Q3 commentary"]),
        "SR01 Financial sustainability",
        "Risk owner: Director of Finance and Transformation (s151 Officer); current score 20 (Red); target score 12; "
        "direction of travel: static",
        T.join(["SR01.1", "Deliver the approved 2025/26 savings programme, with monthly monitoring at the "
                          "Transformation Board.", "Director of Finance and Transformation", "31/03/2026",
                "On track", "£9.8m of £11.2m savings delivered or on track."]),
        T.join(["SR01.2", "Apply capital receipts to the Exceptional Financial Support borrowing in line with the "
                          "agreed disposals plan.", "Head of Strategic Finance", "Q4 2025/26", "Delayed",
                "Two disposals slipped into 2026/27."]),
        T.join(["SR01.3", "Refresh the Medium Term Financial Plan to 2029/30 for Council approval.",
                "Head of Strategic Finance", "Feb-26", "On track", "Budget Council 25 February 2026."]),
        "SR02 Children's social care demand and placement costs",
        "Risk owner: Director of Children's Care; current score 16 (Red); target score 9; direction of travel: "
        "improving",
        T.join(["SR02.1", "Open two in-house children's homes to reduce reliance on external residential "
                          "placements.", "Director of Children's Care", "Sept 2026", "On track",
                "First home registered with Ofsted December 2025."]),
        T.join(["SR02.2", "Implement the Family Help model across all localities.",
                "Director of Education and Partnerships / Director of Children's Care", "30/06/2026",
                "Not started", "Awaiting national guidance."]),
        "SR03 Cyber security",
        "Risk owner: Director of Legal and Governance Services; current score 15 (Amber); target score 10; "
        "direction of travel: static",
        T.join(["SR03.1", "Achieve baseline compliance with the Cyber Assessment Framework (CAF).", "Head of ICT",
                "31/12/2025", "Complete", "Baseline confirmed by internal audit."]),
        T.join(["SR03.2", "Run a cyber incident exercise with the Corporate Leadership Team.",
                "Head of ICT; Emergency Planning Manager", "Nov-25", "Overdue",
                "Exercise postponed twice; new date being sought."]),
        "SR04 Governance and improvement",
        "Risk owner: Chief Executive; current score 12 (Amber); target score 8; direction of travel: improving",
        T.join(["SR04.1", "Deliver the actions in the Council's Improvement Plan and report progress to the "
                          "Improvement Panel.", "Chief Executive", "Ongoing", "On track",
                "Panel letter of November 2025 noted good progress."]),
        T.join(["SR04.2", "Complete the annual review of the Constitution and Scheme of Delegation.",
                "Director of Legal and Governance Services (Monitoring Officer)", "May 2026", "Not started", ""]),
        "",
        "Report produced 14/01/2026 from the corporate risk management system. Risks scored on a 5x5 "
        "likelihood x impact matrix.",
    ]
    with open(os.path.join(OUT, "hx2-middlesbrough-council-strategic-risk-register-q3-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ========================== 6. Stockport transformation highlight report (docx)
def stockport_highlight():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph("Stockport Council").runs[0].font.bold = True
    doc.add_heading("Organisational Transformation Programme: Highlight Report – November 2025", level=1)

    summ = doc.add_table(rows=0, cols=2)
    summ.style = "Table Grid"
    for k, v in [
        ("Reporting period", "1–30 November 2025"),
        ("Programme sponsor", "Deputy Chief Executive"),
        ("Programme manager", "Head of Transformation"),
        ("Reported to", "Transformation Board, 9 December 2025"),
        ("Overall programme RAG", "Amber"),
    ]:
        r = summ.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)
    shade(summ.rows[4].cells[1], FILL["amber"])

    doc.add_heading("Programme summary", level=2)
    doc.add_paragraph(
        "The customer portal went live on 20 October 2025 and 11,400 residents have registered. The programme is "
        "reported Amber overall because the switchboard closure has slipped and the depot disposal is waiting "
        "for a Cabinet decision."
    )
    stat = doc.add_table(rows=2, cols=4)
    stat.style = "Table Grid"
    for i, (h, v) in enumerate([("Time", "Amber"), ("Cost", "Green"), ("Scope", "Green"), ("Benefits", "Amber")]):
        set_cell(stat.rows[0].cells[i], h, bold=True)
        set_cell(stat.rows[1].cells[i], v)
        shade(stat.rows[1].cells[i], FILL[v.lower()])

    header = ["Ref", "Milestone / action", "Owner", "Due", "Previous RAG", "Current RAG", "Commentary"]
    workstreams = [
        ("Workstream 1 – Customer Access and Digital", [
            ("CA-01", "Launch the new customer portal (My Stockport account) for council tax and waste services.",
             "Head of Customer Services", "Oct 2025", "Green", "Blue", "Live 20 October 2025."),
            ("CA-02", "Migrate the remaining 14 web forms to the low-code platform.", "Digital Programme Manager",
             "31 January 2026", "Green", "Amber", "9 of 14 migrated; supplier resource reduced in November."),
            ("CA-03", "Close the switchboard number and redirect calls to the contact centre IVR.",
             "Head of Customer Services", "March 2026", "Amber", "Red",
             "Telephony contract extension needed; see decisions below."),
        ]),
        ("Workstream 2 – Workforce and Ways of Working", [
            ("WW-01", "Complete consultation on the new management structure for the Place directorate.",
             "Director of People and Organisational Development", "w/c 17/11/2025", "Green", "Green",
             "Consultation closed 21 November."),
            ("WW-02", "Roll out a Microsoft 365 Copilot pilot to 300 staff and evaluate the productivity benefits.",
             "Head of ICT / Head of HR", "Q4 2025/26", "", "Green", "Licences allocated; baseline survey issued."),
        ]),
        ("Workstream 3 – Property and Assets", [
            ("PA-01", "Vacate floors 3–5 of Fred Perry House and relocate teams to Stopford House.",
             "Corporate Property Manager", "February 2026", "Amber", "Amber",
             "Furniture order delayed; moves now phased over January and February."),
            ("PA-02", "Agree the disposal of the surplus depot site with Cabinet.", "Director of Place Management",
             "TBC", "Red", "Red", "Cabinet report deferred pending valuation."),
        ]),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Blue": "blue"}
    doc.add_heading("Milestones by workstream", level=2)
    for title, rows in workstreams:
        doc.add_heading(title, level=3)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], FILL["grey"])
        for row in rows:
            r = t.add_row()
            for i, v in enumerate(row):
                set_cell(r.cells[i], v)
            for i in (4, 5):
                if row[i]:
                    shade(r.cells[i], FILL[rag_fill[row[i]]])

    doc.add_heading("Decisions required from Transformation Board", level=2)
    doc.add_paragraph("Approve a six-month extension of the current telephony contract (CA-03).",
                      style="List Bullet")
    doc.add_paragraph("Note the revised timetable for the depot disposal (PA-02).", style="List Bullet")

    doc.add_heading("RAG definitions", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning in [
        ("Blue", "Milestone complete"),
        ("Green", "On track"),
        ("Amber", "At risk – can be recovered within the workstream"),
        ("Red", "Off track – needs Board intervention"),
    ]:
        r = key.add_row()
        set_cell(r.cells[0], word, bold=True)
        shade(r.cells[0], FILL[rag_fill[word]])
        set_cell(r.cells[1], meaning)
    doc.save(os.path.join(OUT, "hx2-stockport-council-transformation-programme-highlight-report.docx"))


# ======================== 7. North Tyneside CSP delivery plan, typo month (xlsx)
def north_tyneside_csp():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "North Tyneside Community Safety Partnership"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Partnership Plan 2025–26: Delivery Plan"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Version 2.0 – Q2 update (October 2025)"
    cov["A6"] = "Our priorities"
    cov["A6"].font = Font(bold=True)
    for i, p in enumerate([
        "1. Reducing anti-social behaviour",
        "2. Tackling domestic abuse and violence against women and girls",
        "3. Preventing serious violence and exploitation",
        "4. Reducing harm from drugs and alcohol",
    ], start=7):
        cov.cell(row=i, column=1, value=p)

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "North Tyneside Community Safety Partnership – Delivery Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Q2 position (July–September 2025). RAG: G = on track, A = some slippage, R = off track, C = complete"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "What we will do", "Lead partner", "Lead officer", "By when", "Q1 update", "Q2 update", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=FILL["grey"])
        c.border = BOX
    plan = [
        ("Priority 1: Reducing anti-social behaviour", [
            ("1.1", "Run a multi-agency ASB problem-solving group for each of the four localities, meeting "
                    "monthly.", "Northumbria Police", "Neighbourhood Inspector, North Tyneside", "Ongoing",
             "Groups established in all localities.", "Attendance good; Wallsend hotspot plan agreed.", "G"),
            ("1.2", "Review the ASB Case Review (Community Trigger) process and publish easy-read guidance.",
             "North Tyneside Council", "Community Safety Manager", "September 2025", "Draft guidance written.",
             "Published on council website 26 September.", "C"),
            ("1.3", "Extend the summer diversionary youth offer to the coast during school holidays.",
             "North Tyneside Council", "Youth Services Manager", "August 2025", "Programme planned.",
             "1,140 attendances over the summer holidays.", "C"),
        ]),
        ("Priority 2: Tackling domestic abuse and violence against women and girls", [
            ("2.1", "Refresh the Domestic Abuse Safe Accommodation Needs Assessment.", "North Tyneside Council",
             "Domestic Abuse Coordinator", "March 2026", "Scoping complete.", "Survivor survey live.", "G"),
            ("2.2", "Train licensed premises staff in the Ask for Angela scheme and bystander intervention.",
             "North Tyneside Council / Northumbria Police", "Licensing Manager", "Decmber 2025",
             "Training provider commissioned.", "Sessions booked for October and November.", "G"),
        ]),
        ("Priority 3: Preventing serious violence and exploitation", [
            ("3.1", "Publish the local Serious Violence Duty strategic needs assessment refresh.",
             "Northumbria Violence Reduction Unit", "VRU Analyst", "November 2025", "Data request issued.",
             "Analysis under way.", "G"),
            ("3.2", "Deliver knife crime awareness sessions in all secondary schools.", "Northumbria Police",
             "Schools Liaison Officer", "July 2026", "Eight schools visited.", "Three further schools; two "
                                                                              "declined.", "A"),
        ]),
        ("Priority 4: Reducing harm from drugs and alcohol", [
            ("4.1", "Increase naloxone distribution through pharmacies and the homeless outreach team.",
             "North Tyneside Council (Public Health)", "Public Health Commissioning Manager", "March 2026",
             "Pharmacy sign-up started.", "Kits distributed below target; outreach supply issue.", "A"),
        ]),
    ]
    r = 5
    for prio, acts in plan:
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        for ci in range(1, 9):
            ws.cell(row=r, column=ci).fill = PatternFill("solid", fgColor=FILL["pale"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for vals in acts:
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
    ws.cell(row=r + 1, column=1, value="Next update to the CSP Board: January 2026.")
    for col, w in zip("ABCDEFGH", [6, 55, 28, 30, 14, 30, 34, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "hx2-north-tyneside-csp-partnership-plan-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    rochdale_dhr()
    staffs_sar()
    newcastle_log()
    sheffield_maternity()
    middlesbrough_srr()
    stockport_highlight()
    north_tyneside_csp()
    print("built 7 files in", OUT)
