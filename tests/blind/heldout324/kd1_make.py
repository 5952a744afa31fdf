"""Build the seven kd1- blind test files (set heldout324).

Run with /work/main/.venv/bin/python kd1_make.py ; files are written beside this script.
Each plan's rows are held in the data lists below; the expected reading of each file is in
NAME.expected.yaml beside it (written separately from this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
RAG_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hexfill):
    return PatternFill("solid", start_color=hexfill, end_color=hexfill)


# ============================================================================================
# 1. Beechen Cliff School - post-Ofsted action plan (docx)
# ============================================================================================
BEECHEN_PRIORITIES = [
    (
        "Priority 1: The key stage 3 curriculum",
        "In some subjects, leaders have not identified precisely enough the important knowledge "
        "that pupils should learn and when. As a result, pupils do not build their understanding "
        "securely over time. Leaders should ensure that curriculum thinking in these subjects sets "
        "out clearly what pupils need to know and remember.",
        [
            ("1.1", "Subject leaders in geography, history, RE and computing to rewrite Year 7–9 "
                    "curriculum maps, identifying the core knowledge for each unit and the order in "
                    "which it is taught.",
             "Deputy Headteacher (Curriculum)", "Autumn term 2024",
             "Revised maps published on the school website; sequencing checked in deep dives.",
             "SLT line management; Curriculum & Standards Committee", "B"),
            ("1.2", "Deliver a programme of curriculum CPD in Wednesday twilight sessions on "
                    "retrieval practice and checking for understanding.",
             "AHT Teaching & Learning", "Spring term 2025",
             "All teaching staff attend 5 of 6 sessions; retrieval seen in 90% of KS3 lessons visited.",
             "CPD register; learning walks", "G"),
            ("1.3", "Line management meetings and subject deep dives to check that the revised "
                    "curriculum is being taught as intended; findings reported to the Curriculum & "
                    "Standards Committee.",
             "Headteacher / Deputy Headteacher (Curriculum)", "Summer term 2025",
             "Deep dive reports show pupils can recall prior knowledge in all four subjects.",
             "Governor visits; external review by the trust", "A"),
        ],
    ),
    (
        "Priority 2: Adaptive teaching for pupils with SEND",
        "Teachers do not consistently use the information they have about pupils with special "
        "educational needs and/or disabilities (SEND) to adapt their teaching. Leaders should "
        "ensure that staff are trained to meet these pupils’ needs effectively in lessons.",
        [
            ("2.1", "Introduce a one-page pupil profile for every pupil on the SEND register, "
                    "written with the pupil and family and available to all teachers through the MIS.",
             "SENCo", "October 2024",
             "100% of pupils on the SEND register have a current profile.",
             "SEND audit; link governor for SEND", "B"),
            ("2.2", "All teaching staff to complete training on adaptive teaching strategies "
                    "(INSET day 6 January 2025 plus follow-up coaching).",
             "SENCo; Lead Practitioner", "January 2025",
             "Training evaluation; adaptation evident in lesson visits.",
             "CPD register", "G"),
            ("2.3", "Learning walks focused on adaptation for pupils with SEND, with feedback to "
                    "departments each half term.",
             "JHo / KWi", "Half-termly",
             "Year-on-year reduction in the gap between SEND and non-SEND attainment at KS3.",
             "SLT quality assurance calendar", "G"),
        ],
    ),
    (
        "Priority 3: Attendance of disadvantaged pupils",
        "The attendance of disadvantaged pupils remains too low, and too many are persistently "
        "absent. Leaders should continue to embed their strategies to improve the attendance of "
        "this group of pupils.",
        [
            ("3.1", "Attendance officer and pastoral leaders to make first-day calls and home visits "
                    "for disadvantaged pupils whose attendance falls below 90%.",
             "Assistant Headteacher (Behaviour & Attendance)", "Ongoing",
             "Disadvantaged attendance at or above 92%; persistent absence below 25%.",
             "Weekly attendance meeting", "A"),
            ("3.2", "Agree an attendance support plan with the family of every persistently absent "
                    "disadvantaged pupil, reviewed every six weeks with the Education Welfare Service.",
             "Attendance Officer", "31/03/2025",
             "Support plans in place for all PA disadvantaged pupils.",
             "EWS termly review", "R"),
            ("3.3", "Report the attendance of disadvantaged pupils to the Local Governing Body at "
                    "each meeting, compared with national figures.",
             "Headteacher", "Termly",
             "Governors’ minutes show challenge on attendance.",
             "LGB minutes", ""),
        ],
    ),
]


def make_beechen():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Beechen Cliff School – Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph("Following the Ofsted inspection of 6–7 February 2024 "
                      "(report published 21 March 2024)")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "15/04/2024", "Headteacher", "Plan agreed by the Local Governing Body"),
                ("2.0", "10/09/2024", "Headteacher", "Timescales set for 2024–25"),
                ("3.0", "14/03/2025", "Deputy Headteacher (Curriculum)", "RAG updated for spring LGB")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("")
    doc.add_paragraph("What does the school need to do to improve?", style="Heading 1")
    doc.add_paragraph("The three areas for improvement in the inspection report are addressed below. "
                      "Each priority is reviewed by the Curriculum & Standards Committee.")

    heads = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring / evidence", "RAG"]
    widths = [Cm(1.2), Cm(8.0), Cm(3.2), Cm(2.6), Cm(5.5), Cm(3.8), Cm(1.2)]
    for heading, rec, rows in BEECHEN_PRIORITIES:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, heads, widths):
            set_cell(c, h, bold=True)
            c.width = w
            shade(c, "D9E2F3")
        for ref, action, lead, when, succ, mon, rag in rows:
            cells = t.add_row().cells
            for c, v, w in zip(cells, [ref, action, lead, when, succ, mon, rag], widths):
                set_cell(c, v)
                c.width = w
            if rag:
                shade(cells[6], RAG_HEX[rag])
        doc.add_paragraph("")

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Completed and impact evident"), ("G", "On track"),
                 ("A", "Some delay – action being taken"), ("R", "Significant concern / off track")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAG_HEX[k])
        set_cell(cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Approval", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Chair of the Local Governing Body", "Governance", "20/03/2025"),
                ("Headteacher", "School leadership", "20/03/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out("kd1-beechen-cliff-school-post-ofsted-action-plan.docx"))


# ============================================================================================
# 2. Mendip Vale Medical Practice - CQC inspection action plan (docx)
# ============================================================================================
# status is the fill colour only, read through the plan's own key (Green = completed)
MENDIP_SECTIONS = [
    (
        "Requirement notice – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
        [
            (
                "Ensure care and treatment is provided in a safe way to patients.",
                [
                    ("Complete a structured review of all patients prescribed DMARDs and make sure "
                     "blood monitoring is up to date before further prescriptions are issued.",
                     "Dr Helen Marsh (Prescribing Lead)", "31/10/2023",
                     "All 214 patients reviewed; 9 recalled for bloods. Audit repeated December 2023.",
                     "G"),
                    ("Set up monthly searches for high-risk medicines, run by the clinical "
                     "pharmacist, with results reviewed at the clinical meeting.",
                     "Clinical Pharmacist / Prescribing Lead", "November 2023",
                     "Searches running since November; standing item on clinical meeting agenda.",
                     "G"),
                    ("Review all outstanding MHRA safety alerts and record the action taken on the "
                     "practice alerts log.",
                     "Practice Manager", "30/09/2023",
                     "Alerts log in place and checked weekly by the duty GP.",
                     "G"),
                ],
            ),
        ],
    ),
    (
        "Requirement notice – Regulation 17 HSCA (RA) Regulations 2014: Good governance",
        [
            (
                "Establish effective systems and processes to ensure good governance in accordance "
                "with the fundamental standards of care.",
                [
                    ("Implement a single tracker for significant events, complaints and safety alerts, "
                     "reviewed monthly at the partners’ meeting.",
                     "Practice Manager", "December 2023",
                     "Tracker built; first full monthly review due in January.",
                     "A"),
                    ("Carry out a training needs analysis and bring mandatory training (safeguarding, "
                     "IPC, fire safety, basic life support) to 100% compliance.",
                     "Sarah Cole / Tom Reeve", "31/01/2024 (revised from 30/11/2023)",
                     "Compliance 86%. Two clinicians on long-term leave; completion revised.",
                     "R"),
                ],
            ),
        ],
    ),
    (
        "Areas where the provider should make improvements",
        [
            (
                "Continue to improve the uptake of childhood immunisations and cervical screening.",
                [
                    ("Nurse-led recall clinics on Saturday mornings for children overdue "
                     "immunisations, with a three-letter recall and text reminders.",
                     "Lead Practice Nurse", "March 2024",
                     "Four Saturday clinics held; uptake at 12 months now 88%.",
                     "A"),
                    ("Add opportunistic cervical screening prompts to the clinical system for all "
                     "eligible patients attending other appointments.",
                     "Lead Practice Nurse; Data Quality Lead", "31/12/2023",
                     "Prompts live on EMIS since 4 December.",
                     "G"),
                ],
            ),
            (
                "Take action to improve patient satisfaction with access to the practice by telephone.",
                [
                    ("Move to cloud-based telephony with call-back and queue position messages.",
                     "Practice Manager", "Nov-23",
                     "New system live 13 November 2023.",
                     "G"),
                    ("Repeat the practice patient survey and share the results with the Patient "
                     "Participation Group.",
                     "Practice Manager and PPG Chair", "April 2024",
                     "Survey questions not yet agreed with the PPG.",
                     "R"),
                ],
            ),
        ],
    ),
]


def make_mendip():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph("Mendip Vale Medical Practice – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Main surgery and branch sites (one patient list)")
    doc.add_paragraph("Inspection: 12 and 13 June 2023   |   Report published: 22 August 2023   |   "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Plan submitted to CQC 19 September 2023. Progress updated 15 January 2024 "
                      "for the partners’ meeting and the ICB primary care quality team.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Green – completed;  Amber – in progress;  Red – overdue or at risk")

    heads = ["Finding", "Action", "Responsible", "Completion date",
             "Progress update (January 2024)", "Status"]
    widths = [Cm(5.0), Cm(7.0), Cm(3.3), Cm(2.8), Cm(6.0), Cm(1.6)]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, hd, w in zip(t.rows[0].cells, heads, widths):
        set_cell(c, hd, bold=True)
        c.width = w
        shade(c, "BDD7EE")
    for section, findings in MENDIP_SECTIONS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, section, bold=True, size=10)
        shade(merged, "DEEAF6")
        for finding, actions in findings:
            first = None
            last = None
            for action, who, when, update, colour in actions:
                cells = t.add_row().cells
                if first is None:
                    first = cells[0]
                last = cells[0]
                for c, v, w in zip(cells[1:5], [action, who, when, update], widths[1:5]):
                    set_cell(c, v)
                    c.width = w
                cells[0].width = widths[0]
                cells[5].width = widths[5]
                shade(cells[5], {"G": "00B050", "A": "FFC000", "R": "FF0000"}[colour])
            fc = first.merge(last) if first is not last else first
            set_cell(fc, finding)

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ["Name", "Role", "Date"]):
        set_cell(c, hd, bold=True)
    for r in [("Dr Andrew Hale", "Senior Partner / Registered Manager", "19/09/2023"),
              ("Claire Dunn", "Practice Manager", "19/09/2023")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            set_cell(c, v)
    doc.save(out("kd1-mendip-vale-medical-practice-cqc-inspection-action-plan.docx"))


# ============================================================================================
# 3. Nuffield Health Taunton Hospital - CQC must do / should do (xlsx)
# ============================================================================================
# (core service, finding, [(ref, action, owner, original, revised, evidence, prev, current)])
NUFFIELD_MUST = [
    ("Surgery", [
        ("The service must ensure that all staff complete mandatory training, including immediate "
         "life support, in line with the hospital’s policy. (Regulation 18)", [
            ("MD1.1", "Produce a monthly mandatory training compliance report by department and send "
                      "individual reminders to staff who are out of date.",
             "Head of Clinical Services", D(2023, 11, 30), None,
             "Reports issued monthly since November; compliance 96%.", "A", "B"),
            ("MD1.2", "Schedule additional ILS courses on site so that all theatre and ward registered "
                      "nurses are in date.",
             "Theatre Manager / Ward Manager", D(2023, 12, 31), D(2024, 2, 29),
             "Final course held 21 February 2024; certificates awaited.", "A", "G"),
        ]),
        ("The service must ensure that the World Health Organization (WHO) surgical safety "
         "checklist is fully completed for every patient. (Regulation 12)", [
            ("MD2.1", "Monthly observational audit of WHO checklist compliance in all three theatres, "
                      "with results shared at the theatre governance meeting.",
             "Theatre Manager", D(2023, 10, 31), None,
             "Audit running; 100% compliance January and February 2024.", "G", "B"),
            ("MD2.2", "Re-launch the Five Steps to Safer Surgery with theatre staff and consultant "
                      "surgeons, including the team debrief.",
             "Medical Advisory Committee Chair; Theatre Manager", D(2023, 11, 30), None,
             "Re-launched at MAC 7 November; debrief compliance still variable.", "G", "G"),
        ]),
    ]),
    ("Outpatients", [
        ("The service must ensure that medicines, including emergency medicines, are stored "
         "securely and within the recommended temperature range. (Regulation 12)", [
            ("MD3.1", "Install a lockable medicines fridge with continuous temperature monitoring and "
                      "alarm in the outpatient department.",
             "Pharmacy Manager", D(2024, 1, 31), D(2024, 3, 31),
             "Fridge delivered; alarm awaiting estates sign-off.", "R", "A"),
            ("MD3.2", "Add daily temperature checks to the outpatient opening checklist, with a "
                      "monthly spot check by pharmacy.",
             "Outpatients Manager", D(2023, 12, 31), None,
             "Checklist updated 1 December 2023.", "", "B"),
        ]),
    ]),
]
NUFFIELD_SHOULD = [
    ("Outpatients", [
        ("The service should ensure that patient records are stored securely while clinics are "
         "running.", [
            ("SD1.1", "Provide lockable notes trolleys for each consultation corridor.",
             "Outpatients Manager", D(2024, 2, 29), None, "Trolleys in use.", "G", "B"),
        ]),
    ]),
    ("Diagnostic imaging", [
        ("The service should consider displaying information about how to make a complaint in all "
         "waiting areas.", [
            ("SD2.1", "Display ‘Your feedback matters’ posters and leaflets, including easy read "
                      "versions, in the imaging waiting areas.",
             "Imaging Services Manager", D(2024, 1, 31), None, "Completed 12 January 2024.", "G", "B"),
        ]),
        ("The service should ensure that the local rules are signed by all staff working in "
         "controlled areas.", [
            ("SD3.1", "Audit local rules signatures for radiographers, radiologists and visiting "
                      "consultants; staff who have not signed are removed from the rota until they do.",
             "Radiation Protection Supervisor", D(2024, 1, 31), None,
             "Audit complete; two visiting consultants outstanding.", "A", "G"),
            ("SD3.2", "Review the local rules annually with the Radiation Protection Adviser.",
             "Radiation Protection Supervisor / RPA", "Annually", None,
             "Next review booked for September 2024.", "G", "G"),
        ]),
    ]),
]


def nuffield_sheet(ws, title, sub, blocks):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="00565A")
    ws["A2"] = sub
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "CQC finding", "Action(s) to be taken", "Action owner", "Original target date",
             "Revised target date", "Evidence / progress", "Previous RAG", "Current RAG"]
    r = 4
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("00565A")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for service, findings in blocks:
        ws.cell(r, 1, service).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        ws.cell(r, 1).fill = xfill("D9D9D9")
        r += 1
        for finding, acts in findings:
            start = r
            for ref, action, owner, orig, rev, ev, prev, cur in acts:
                vals = [ref, finding if r == start else None, action, owner, orig, rev, ev, prev or None,
                        cur]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, val in ((8, prev), (9, cur)):
                    if val:
                        ws.cell(r, col).fill = xfill(RAG_HEX[val])
                        ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [8, 42, 50, 24, 13, 13, 38, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"


def make_nuffield():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Nuffield Health Taunton Hospital: CQC Inspection Action Plan (Must Do and Should Do Actions)"
    ws["A1"].font = Font(bold=True, size=16, color="00565A")
    info = [
        ("Location", "Nuffield Health Taunton Hospital, Staplegrove Elm, Taunton TA2 6AN"),
        ("Inspection dates", "19–20 September 2023"),
        ("Report published", "14 December 2023"),
        ("Core services inspected", "Surgery; Outpatients; Diagnostic imaging"),
        ("Plan owner", "Hospital Director"),
        ("Clinical lead", "Head of Clinical Services"),
        ("Version", "v4 – updated for Hospital Governance Committee, 12 March 2024"),
    ]
    r = 3
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for k, v in [("B", "Complete – evidence held"), ("G", "On track"),
                 ("A", "Risk to delivery by target date"), ("R", "Target date missed / off track")]:
        ws.cell(r, 1, k).fill = xfill(RAG_HEX[k])
        ws.cell(r, 2, v)
        r += 1
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70

    # summary
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – current RAG"
    sm["A1"].font = Font(bold=True, size=13)
    heads = ["", "Blue", "Green", "Amber", "Red", "Total"]
    for i, h in enumerate(heads, 1):
        sm.cell(3, i, h).font = Font(bold=True)
    rr = 4
    for label, blocks in (("Must do", NUFFIELD_MUST), ("Should do", NUFFIELD_SHOULD)):
        cur = [a[7] for _, fs in blocks for _, acts in fs for a in acts]
        counts = [cur.count(k) for k in "BGAR"]
        sm.cell(rr, 1, label)
        for i, n in enumerate(counts, 2):
            sm.cell(rr, i, n)
        sm.cell(rr, 6, len(cur))
        rr += 1
    sm.cell(rr, 1, "Total").font = Font(bold=True)
    for col in range(2, 7):
        sm.cell(rr, col, f"=SUM({chr(64 + col)}4:{chr(64 + col)}{rr - 1})")
    sm.column_dimensions["A"].width = 14

    nuffield_sheet(wb.create_sheet("Must do"), "CQC Must Do Actions",
                   "Regulatory breaches – reported to CQC and the Nuffield Health Quality & Safety Committee",
                   NUFFIELD_MUST)
    nuffield_sheet(wb.create_sheet("Should do"), "CQC Should Do Actions",
                   "Improvements recommended by CQC", NUFFIELD_SHOULD)
    wb.save(out("kd1-nuffield-health-taunton-hospital-cqc-must-should-do-action-plan.xlsx"))


# ============================================================================================
# 4. Criminal Injuries Compensation Authority - GIAA internal audit recommendations tracker (xlsx)
# ============================================================================================
# (audit or None, assurance or None, ref, priority, rec, action, owner, orig, revised, nrev,
#  update, prev, current)
CICA_OPEN = [
    ("Fraud risk management (2023-24)", "Moderate", "FRM-R2", "Medium",
     "The Agency should complete and maintain a fraud risk assessment covering all application "
     "channels, including the online portal.",
     "Counter Fraud Team to complete a fraud risk assessment for the online application portal and "
     "the telephone channel, and present it to the Executive Committee for approval.",
     "Head of Counter Fraud", D(2024, 10, 31), D(2025, 3, 31), 1,
     "Draft assessment completed January 2025; ExCo review scheduled for March.", "Amber", "Amber"),
    (None, None, "FRM-R3", "Low",
     "Fraud awareness training should be mandatory for all caseworkers and refreshed annually.",
     "Add the Civil Service fraud awareness e-learning to the mandatory training list and report "
     "completion rates quarterly.",
     "Head of People; Head of Counter Fraud", D(2024, 9, 30), None, 0,
     "Added to mandatory list September 2024. Completion 87% (target 95%).", "Amber", "Green"),
    ("Case management system – user access controls (2023-24)", "Limited", "CMS-R1", "High",
     "Leavers and movers should have their case management system access removed or amended within "
     "five working days.",
     "Introduce a weekly reconciliation between the HR leavers report and active CMS accounts, with "
     "exceptions escalated to the Information Asset Owner.",
     "Head of Digital Services", D(2024, 5, 31), D(2025, 2, 28), 2,
     "Reconciliation running since December 2024; 4 exceptions found and resolved. Ready for GIAA "
     "validation.", "Red", "Green"),
    (None, None, "CMS-R2", "Medium",
     "Privileged user accounts should be reviewed quarterly and the review evidenced.",
     "Carry out a quarterly privileged access review and record it on the IT health check log.",
     "IT Security Manager", "Q3 2024/25", "Q1 2025/26", 1,
     "First review slipped because of the change of hosting supplier.", "Amber", "Red"),
    ("Contract management – medical experts (2024-25)", "Moderate", "MED-R1", "Medium",
     "A contract management plan should be put in place for the medical experts framework, with "
     "named contract managers and KPIs.",
     "Develop a contract management plan for the medical experts framework, including KPIs for "
     "report turnaround times, and agree it with MoJ Commercial.",
     "Head of Operational Support", D(2025, 3, 31), None, 0,
     "Plan drafted; KPIs being agreed with suppliers.", None, "Green"),
    (None, None, "MED-R2", "Low",
     "Invoices from medical experts should be checked against the agreed fee schedule before payment.",
     "Add a fee schedule check to the invoice approval step in the finance system.\n"
     "Finance Business Partner to sample check 10% of invoices each month.",
     "Finance Business Partner", D(2025, 4, 30), None, 0,
     "Not yet due.", None, None),
]
CICA_CLOSED = [
    ("Information assurance and records retention (2024-25)", "IAR-R1", "Medium",
     "The retention and disposal schedule should be updated to reflect current case types and "
     "approved by the SIRO.",
     "Update the retention and disposal schedule and obtain SIRO approval.",
     "Data Protection Officer", D(2024, 12, 31), D(2024, 12, 9), "Green", "Blue"),
    (None, "IAR-R2", "Low",
     "Information Asset Owners should confirm their asset registers annually.",
     "Add an annual IAO return to the information assurance calendar and obtain 2024 returns from "
     "all IAOs.",
     "Data Protection Officer / SIRO", D(2025, 1, 31), D(2025, 1, 20), "Amber", "Blue"),
]
STATUS_HEX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_cica():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "CICA Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Report to the Audit and Risk Assurance Committee – 25 February 2025 (position at 7 February 2025)"
    ws["A4"] = "Status of GIAA recommendations"
    ws["A4"].font = Font(bold=True)
    heads = ["Priority", "Blue", "Green", "Amber", "Red", "Not rated", "Total"]
    for i, h in enumerate(heads, 1):
        ws.cell(5, i, h).font = Font(bold=True)
    rows = [(a[3], a[12]) for a in CICA_OPEN] + [(c[2], c[9]) for c in CICA_CLOSED]
    r = 6
    for pr in ("High", "Medium", "Low"):
        ws.cell(r, 1, pr)
        sts = [s for p, s in rows if p == pr]
        for i, k in enumerate(["Blue", "Green", "Amber", "Red"], 2):
            ws.cell(r, i, sts.count(k))
        ws.cell(r, 6, sts.count(None))
        ws.cell(r, 7, len(sts))
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for col in range(2, 8):
        L = chr(64 + col)
        ws.cell(r, col, f"=SUM({L}6:{L}{r - 1})").font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for k, v in [("Blue", "Implemented – closed (validated by GIAA where required)"),
                 ("Green", "On track to be implemented by the due date"),
                 ("Amber", "At risk of missing the due date, or due date revised once"),
                 ("Red", "Overdue, or due date revised more than once and still not on track")]:
        ws.cell(r, 1, k).fill = xfill(STATUS_HEX[k])
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: recommendations closed since the November 2024 ARAC are shown on the "
                  "'Closed since Nov ARAC' tab and will be removed from the next report.")
    ws.column_dimensions["A"].width = 14

    op = wb.create_sheet("Open recommendations")
    op["A1"] = "Open GIAA recommendations as at 7 February 2025"
    op["A1"].font = Font(bold=True, size=13)
    heads = ["Audit (year)", "Assurance rating", "Ref", "Priority", "Recommendation",
             "Agreed management action", "Action owner", "Original due date", "Revised due date",
             "No. of revisions", "Management update (February 2025)", "Previous status",
             "Current status"]
    for i, h in enumerate(heads, 1):
        c = op.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for row in CICA_OPEN:
        for i, v in enumerate(row, 1):
            c = op.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, v in ((12, row[11]), (13, row[12])):
            if v:
                op.cell(r, col).fill = xfill(STATUS_HEX[v])
        r += 1
    for col, w in zip("ABCDEFGHIJKLM", [26, 11, 9, 9, 40, 44, 22, 12, 12, 9, 40, 10, 10]):
        op.column_dimensions[col].width = w
    op.freeze_panes = "A4"

    cl = wb.create_sheet("Closed since Nov ARAC")
    cl["A1"] = "Recommendations closed since the November 2024 ARAC"
    cl["A1"].font = Font(bold=True, size=13)
    heads = ["Audit (year)", "Ref", "Priority", "Recommendation", "Agreed management action",
             "Action owner", "Due date", "Date closed", "Previous status", "Status"]
    for i, h in enumerate(heads, 1):
        c = cl.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = WRAP
    r = 4
    for row in CICA_CLOSED:
        for i, v in enumerate(row, 1):
            c = cl.cell(r, i, v)
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, v in ((9, row[8]), (10, row[9])):
            cl.cell(r, col).fill = xfill(STATUS_HEX[v])
        r += 1
    for col, w in zip("ABCDEFGHIJ", [28, 9, 9, 40, 44, 24, 12, 12, 10, 10]):
        cl.column_dimensions[col].width = w
    wb.save(out("kd1-criminal-injuries-compensation-authority-giaa-internal-audit-recommendations-tracker.xlsx"))


# ============================================================================================
# 5. University of Plymouth - Ofsted apprenticeships PIAP (xlsx) -- typo month, refuse
# ============================================================================================
# (theme, afi, [(ref, action, lead, start, end, impact, progress, rag)])
PLYMOUTH = [
    ("QUALITY OF EDUCATION",
     "AFI 1: Leaders should ensure that tutors use the information about apprentices’ starting "
     "points to plan training that builds on what apprentices already know and can do.", [
        ("1.1", "Revise the initial skills scan for each standard so that it assesses knowledge, skills "
                "and behaviours against the KSBs, and use the results to adjust the training plan and "
                "price.", "Apprenticeship Quality Manager", "Jan-24", "Apr-24",
         "100% of new starts from April 2024 have a KSB-based skills scan.",
         "New skills scan in use for all standards from the April cohort.", "B"),
        ("1.2", "Programme leads to record on each apprentice’s commitment statement how the training "
                "plan has been adapted for prior learning.", "Programme Leads", "Feb-24", D(2024, 7, 31),
         "Sample of 20 commitment statements shows adaptation recorded.",
         "Guidance issued; first sample in July.", "G"),
    ]),
    ("QUALITY OF EDUCATION",
     "AFI 2: Leaders should ensure that progress reviews involve employers and focus on the new "
     "knowledge, skills and behaviours that apprentices develop.", [
        ("2.1", "Introduce a tripartite progress review template with SMART targets linked to the KSBs.",
         "Head of Apprenticeship Delivery", "Jan-24", "March 2024",
         "Template in use for all reviews.", "Template launched 4 March 2024.", "B"),
        ("2.2", "Train all academic tutors and workplace mentors in the new review process.",
         "Head of Apprenticeship Delivery; Educational Development Team", "Mar-24", "Sept 2024",
         "90% of tutors and mentors trained.", "Tutors trained; mentor sessions booked for summer.", "G"),
        ("2.3", "Monthly sampling of progress reviews by the Apprenticeship Quality team, with "
                "feedback to tutors.", "Apprenticeship Quality Manager", "Apr-24", "Monthly",
         "Sampling shows employer contribution in 80% of reviews.", "Two rounds of sampling complete.",
         "G"),
    ]),
    ("LEADERSHIP AND MANAGEMENT",
     "AFI 3: Leaders should ensure that governors receive enough information about the quality of "
     "apprenticeship training to hold leaders to account.", [
        ("3.1", "Termly apprenticeship quality report to the Education and Student Experience "
                "Committee, covering achievement, withdrawals and progress against this PIAP.",
         "Director of Apprenticeships", "Feb-24", "Termly",
         "Committee minutes show scrutiny of apprenticeship quality.",
         "First report taken in February 2024.", "G"),
        ("3.2", "Appoint a link governor for apprenticeships and arrange a programme of visits to "
                "employers and apprentices.", "University Secretary", "Apr-24", "Ocotber 2024",
         "Link governor in place; two visits completed.", "Nomination going to Board in July.", "A"),
        ("3.3", "Add apprenticeship KPIs (achievement, break in learning, end-point assessment pass "
                "rates) to the university performance dashboard.",
         "Director of Planning / Director of Apprenticeships", "May-24", "31/12/2024",
         "KPIs visible on the dashboard.", "Data definitions agreed.", "G"),
    ]),
    ("PERSONAL DEVELOPMENT",
     "AFI 4: Leaders should ensure that apprentices understand the risks of radicalisation and "
     "extremism in their workplace and local area.", [
        ("4.1", "Include Prevent and British values topics in each progress review, using "
                "sector-specific scenarios.", "Safeguarding and Prevent Lead", "Mar-24", D(2024, 6, 30),
         "Apprentices can explain local risks when asked in reviews.",
         "Question bank added to the review template.", "G"),
        ("4.2", "Launch a monthly ‘hot topics’ bulletin for apprentices covering local Prevent risks.",
         "Apprenticeship Support Officer", "Apr-24", "May-24",
         "Bulletin open rate above 50%.", "First bulletin issued 14 May 2024.", "B"),
    ]),
]
PLYMOUTH_TYPO_ROW = {}


def make_plymouth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Inspection summary"
    ws["A1"] = "University of Plymouth – Ofsted inspection of apprenticeship provision"
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Inspection dates", "28 November – 1 December 2023"),
            ("Report published", "19 January 2024"),
            ("Apprentices at inspection", "1,042 (levels 4 to 7, 23 standards)")]
    r = 3
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "Judgement").font = Font(bold=True)
    ws.cell(r, 2, "Grade").font = Font(bold=True)
    r += 1
    for k, v in [("Overall effectiveness", "Requires improvement"),
                 ("The quality of education", "Requires improvement"),
                 ("Behaviour and attitudes", "Good"),
                 ("Personal development", "Requires improvement"),
                 ("Leadership and management", "Requires improvement"),
                 ("Apprenticeships", "Requires improvement")]:
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
        r += 1
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 45

    p = wb.create_sheet("PIAP")
    p["A1"] = "University of Plymouth – Apprenticeships Post-Inspection Action Plan (PIAP)"
    p["A1"].font = Font(bold=True, size=14, color="003865")
    p["A2"] = "Version 3 – progress at 24 June 2024. Plan owner: Director of Apprenticeships. " \
              "Monitored by the Apprenticeship Quality Board."
    heads = ["Ref", "Action", "Lead(s)", "Start", "Target completion", "Impact measure",
             "Progress update (June 2024)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = p.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("003865")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    last_theme = None
    for theme, afi, acts in PLYMOUTH:
        if theme != last_theme:
            p.cell(r, 1, theme).font = Font(bold=True, color="003865")
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            p.cell(r, 1).fill = xfill("D6E4F0")
            r += 1
            last_theme = theme
        p.cell(r, 1, afi).font = Font(bold=True, italic=True)
        p.cell(r, 1).alignment = WRAP
        p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        p.row_dimensions[r].height = 30
        r += 1
        for ref, action, lead, start, end, impact, prog, rag in acts:
            for i, v in enumerate([ref, action, lead, start, end, impact, prog, rag], 1):
                c = p.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            p.cell(r, 8).fill = xfill(RAG_HEX[rag])
            if isinstance(end, str) and end.startswith("Ocotber"):
                PLYMOUTH_TYPO_ROW["row"] = r
            r += 1
    r += 1
    p.cell(r, 1, "RAG: B = complete; G = on track; A = at risk; R = off track. "
                 "Dates are target completion unless shown otherwise.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [7, 55, 28, 9, 14, 36, 36, 7]):
        p.column_dimensions[col].width = w
    wb.save(out("kd1-university-of-plymouth-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))
    return PLYMOUTH_TYPO_ROW["row"]


# ============================================================================================
# 6. Strode College - ESFA funding assurance review action plan (csv)
# ============================================================================================
STRODE_HEAD = ["Ref", "Funding stream", "ESFA recommendation", "Agreed action",
               "Responsible", "Target date", "RAG", "Progress update (March 2024)"]
STRODE_ROWS = [
    ["1a", "16–19 study programmes",
     "Ensure that planned hours recorded in the ILR are supported by the learner's timetable and "
     "individual learning plan.",
     "Introduce a timetable-to-ILR planned hours check at the 42-day point for all study programme "
     "learners.",
     "MIS Manager", "31/01/2024", "C", "Check completed for all 2023/24 learners; 37 records corrected."],
    ["1b", "", "",
     "Curriculum managers to sign off the planned hours for each course code before enrolment opens.",
     "Heads of Faculty", "June 2024", "G", "Sign-off template agreed at CMT, February 2024."],
    ["2", "16–19 study programmes",
     "Retain evidence of the learner's prior attainment in English and maths to support their "
     "condition of funding status.",
     "Require GCSE certificates or PLR data to be scanned to the learner record at enrolment, with a "
     "weekly exceptions report in September and October.",
     "Head of Admissions / MIS Manager", "Sept 2024", "G", "Process written into the 2024/25 enrolment guide."],
    ["3", "Adult education budget",
     "Ensure that learners' eligibility for full funding on the basis of low wage is evidenced at the "
     "start of learning.",
     "Revise the adult enrolment form to capture earnings evidence, and add a compliance check before "
     "a learner is recorded as fully funded.",
     "Head of Adult Learning", "30/04/2024", "A", "New form in use; check being built into ProSolution."],
    ["4", "Adult education budget",
     "Record withdrawn learners with an accurate last date of attendance.",
     "Monthly register audit by curriculum teams and the MIS team, cross-checking last attendance "
     "dates against withdrawal forms.",
     "Quality Manager; MIS Manager", "Monthly", "G", "Audits held in January and February."],
    ["5", "Apprenticeships",
     "Off-the-job training must be evidenced and reconcile to the planned hours in the commitment "
     "statement.",
     "Move all apprentices onto the e-portfolio off-the-job log and review hours at each 12-weekly "
     "progress review.",
     "Apprenticeships Manager", "31/12/2023", "C", "All apprentices migrated by 15 December 2023."],
    ["6", "Apprenticeships",
     "Record breaks in learning promptly, supported by evidence from the apprentice and employer.",
     "Issue a revised break in learning procedure and train assessors and the apprenticeship admin team.",
     "Apprenticeships Manager", "March 2024", "A", "Procedure approved; training booked for 20 March."],
    ["7", "All funding streams",
     "The college should strengthen its internal controls over ILR data quality.",
     "Commission a mock funding audit of ILR data assurance from the internal auditors as part of the "
     "2024/25 internal audit plan.",
     "Director of Finance", "By 31 January 2025", "", "To be included in the 2024/25 internal audit plan."],
]


def make_strode():
    n = len(STRODE_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [
        pad("Strode College – ESFA Funding Assurance Review 2022/23: Management Action Plan"),
        pad("Presented to the Audit Committee, 12 March 2024 (fieldwork October 2023; final report "
            "8 December 2023)"),
        pad(""),
        STRODE_HEAD,
    ] + STRODE_ROWS + [
        pad(""),
        pad("Key: C = complete, G = on track, A = in progress with some risk, R = overdue"),
        pad("Note: funding errors identified in the sample totalled £3,412 and were repaid "
            "to ESFA in January 2024."),
    ]
    with open(out("kd1-strode-college-esfa-funding-assurance-review-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ============================================================================================
# 7. Priory Hospital Bristol - CQC mental health must/should do (tab-separated export)
# ============================================================================================
PRIORY_HEAD = ["Action ID", "Core service", "Type", "CQC requirement", "Action", "Action owner",
               "Due date", "Revised due date", "RAG", "Latest update"]
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
CAMHS = "Child and adolescent mental health wards"
R_MD01 = ("The provider must ensure that staff complete and update risk assessments for each "
          "patient after any incident. (Regulation 12)")
R_MD02 = ("The provider must ensure that there are enough suitably qualified registered nurses on "
          "each shift, including at night. (Regulation 18)")
R_SD01 = "The provider should ensure that patients on Severn PICU have access to fresh air every day."
R_MD03 = ("The provider must ensure that restrictive interventions, including prone restraint, are "
          "recorded accurately and reviewed after each episode. (Regulation 13)")
R_MD04 = ("The provider must ensure that young people have access to education in line with their "
          "care plans. (Regulation 9)")
R_SD02 = ("The provider should ensure that care plans reflect the young person's views and are "
          "written in language they understand.")
PRIORY_ROWS = [
    ["A01", ACUTE, "Must do", R_MD01,
     "Add a post-incident risk assessment review prompt to the electronic patient record, triggered "
     "when an incident form is submitted.",
     "Head of IT / Director of Clinical Services", "31/05/2024", "", "Complete",
     "Prompt live from 20 May 2024."],
    ["A02", ACUTE, "Must do", R_MD01,
     "Monthly audit of 10 care records per ward for risk assessment updates after incidents, with "
     "results reported to the Clinical Governance Committee.",
     "Ward Manager – Avon Ward; Ward Manager – Severn PICU", "Monthly", "", "Green",
     "Compliance 84% (June), 91% (July), 93% (August)."],
    ["A03", ACUTE, "Must do", R_MD02,
     "Recruitment campaign for 8 WTE registered mental health nurses, including international "
     "recruitment.",
     "Hospital Director", "30/09/2024", "31/12/2024", "Amber",
     "5 WTE appointed; 3 international nurses awaiting NMC registration."],
    ["A04", ACUTE, "Must do", R_MD02,
     "Daily staffing huddle to review the acuity-based staffing tool and escalate gaps to the "
     "on-call manager.",
     "Director of Clinical Services", "April 2024", "", "Complete",
     "Huddle embedded; escalations logged."],
    ["A05", ACUTE, "Should do", R_SD01,
     "Agree a daily escorted garden access timetable and record uptake on the ward activity log.",
     "Ward Manager – Severn PICU", "Jun-24", "", "Complete",
     "Timetable in place; activity log checked weekly."],
    ["A06", CAMHS, "Must do", R_MD03,
     "Retrain all CAMHS staff in the reducing restrictive practice recording standard, including "
     "post-incident debriefs with the young person.",
     "Reducing Restrictive Practice Lead", "31/07/2024", "", "Complete",
     "97% of staff trained; new starters booked."],
    ["A07", CAMHS, "Must do", R_MD03,
     "Weekly review of all restraint episodes at the CAMHS safety huddle, with themes reported "
     "monthly to the Positive and Safe Committee.",
     "Consultant Psychiatrist (CAMHS) and Ward Manager – Mendip Ward", "Ongoing", "", "Green",
     "Prone restraint reduced from 11 episodes (Feb) to 2 (Aug)."],
    ["A08", CAMHS, "Must do", R_MD04,
     "Appoint a permanent head of the hospital school and restore the full timetable of 25 hours a "
     "week.",
     "Hospital Director", "Sept 2024", "", "Red",
     "Head teacher post re-advertised; timetable at 15 hours."],
    ["A09", CAMHS, "Should do", R_SD02,
     "Introduce a 'my care plan' summary written with each young person and reviewed at ward round.",
     "Lead Nurse CAMHS", "31/10/2024", "", "Amber",
     "Template co-designed with the young people's forum; rollout from October."],
    ["A10", CAMHS, "Should do", R_SD02,
     "Quarterly audit of care plans for evidence of the young person's voice.",
     "Lead Nurse CAMHS", "December 2024", "", "",
     "First audit due December."],
]


def make_priory():
    lines = [
        "Priory Hospital Bristol – CQC Inspection Action Plan (Mental Health)",
        "Inspection: 7–9 February 2024\tReport published: 3 May 2024\tStatus as at: 30 September 2024",
        "Exported from the action tracker 01/10/2024 10:42",
        "",
        "\t".join(PRIORY_HEAD),
    ]
    for row in PRIORY_ROWS:
        assert all("\t" not in v and "\n" not in v for v in row)
        lines.append("\t".join(row))
    lines += [
        "",
        "10 actions: 4 Complete, 2 Green, 2 Amber, 1 Red, 1 not rated",
        "RAG: Complete = action complete and evidence uploaded; Green = on track; "
        "Amber = at risk; Red = overdue",
    ]
    with open(out("kd1-priory-hospital-bristol-cqc-mental-health-must-should-do-action-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_beechen()
    make_mendip()
    make_nuffield()
    make_cica()
    row = make_plymouth()
    make_strode()
    make_priory()
    print("Plymouth typo row:", row)
