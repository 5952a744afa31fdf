"""Build the seven lb2- data files of set heldout348.

Run with /work/main/.venv/bin/python lb2_make.py (python-docx, openpyxl).
The .expected.yaml files beside them are written by hand, not by this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


DOCX_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


# =================================================================== 1. EMPPC
def make_emppc():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_paragraph(
        "Adult Support and Protection Learning Review (Mr L) – Improvement Action Plan",
        style="Title",
    )
    doc.add_paragraph("East Lothian and Midlothian Public Protection Committee (EMPPC)")

    # document control
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    rows = [
        ("Version", "1.3"),
        ("Date of this update", "14 November 2024"),
        ("Owner", "Adult Protection Quality Improvement Subgroup"),
        ("Approved by", "EMPPC – 21 November 2024"),
    ]
    for r, (k, v) in zip(dc.rows, rows):
        bold_cell(r.cells[0], k, "D9D9D9")
        r.cells[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out the actions agreed by EMPPC in response to the learning review "
        "into the circumstances of Mr L, a 67 year old man who died at home in Midlothian in "
        "2023. Progress is reported to each meeting of the Committee."
    )

    doc.add_paragraph("Progress key", style="Heading 3")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (letter, text) in zip(
        key.rows[0].cells,
        [("R", "R – at risk / overdue"), ("A", "A – some slippage"),
         ("G", "G – on track"), ("B", "B – complete")],
    ):
        c.text = text
        shade(c, DOCX_RAG[letter])

    sections = [
        (
            "Learning Point 1 – Recognising and responding to self-neglect",
            "Recommendation 1: EMPPC should seek assurance that practitioners across agencies "
            "recognise self-neglect and hoarding as potential adult protection concerns and apply "
            "the three-point test consistently.",
            [
                ("1.1",
                 "Refresh the EMPPC Self-Neglect and Hoarding Guidance to include the Clutter Image "
                 "Rating tool and a clear escalation route to adult protection.",
                 "Lead Officer Adult Protection", "March 2025",
                 "Draft guidance consulted on with partners; sign-off at EMPPC in February 2025.",
                 "G", True),
                ("1.2",
                 "Deliver multi-agency briefing sessions on self-neglect and the three-point test to "
                 "frontline staff in housing, health and social work.",
                 "Learning and Development Manager / Lead Officer Adult Protection",
                 "Oct 2024 – Feb 2025",
                 "Four of six sessions delivered; 112 staff attended. Remaining two sessions "
                 "rescheduled because of trainer absence.",
                 "A", True),
                ("1.3",
                 "Audit a sample of adult concern referrals where self-neglect is the primary harm "
                 "to test how the three-point test has been applied.",
                 "Adult Protection Quality Improvement Subgroup", "Q4 2024/25",
                 "Audit tool agreed. Case sample to be drawn in January 2025.",
                 "A", False),  # fill only, no letter
            ],
        ),
        (
            "Learning Point 2 – Information sharing between GP practices and social work",
            "Recommendation 2: NHS Lothian and both Health and Social Care Partnerships should "
            "ensure that concerns identified in primary care are shared with social work and "
            "recorded in a way that supports chronologies.",
            [
                ("2.1",
                 "Issue a practice note to GP practices in East Lothian and Midlothian on making "
                 "adult concern referrals, including out-of-hours routes.",
                 "Clinical Director (East Lothian HSCP)", "31/12/2024",
                 "Practice note issued to all 28 practices on 2 December 2024.",
                 "B", True),
                ("2.2",
                 "Agree a standard for recording adult protection concerns on EMIS and TRAK so that "
                 "they can be drawn into single and multi-agency chronologies.",
                 "NHS Lothian Adult Protection Lead Nurse; eHealth Clinical Lead", "June 2025",
                 "Scoping meeting held with eHealth. Options paper due April 2025.",
                 "G", True),
                ("2.3",
                 "Test the revised arrangements through a joint audit of chronologies with Police "
                 "Scotland and health.",
                 "Lead Officer Adult Protection & DI Public Protection Unit", "Sept 2025",
                 "Not yet due.",
                 None, False),
            ],
        ),
        (
            "Learning Point 3 – Capacity and consent",
            "Recommendation 3: Both HSCPs should strengthen practice where an adult’s capacity to "
            "make decisions about their living conditions is in doubt, including timely use of "
            "the Adults with Incapacity (Scotland) Act 2000.",
            [
                ("3.1",
                 "Develop a capacity assessment practice guide for council officers, with worked "
                 "examples on executive functioning.",
                 "Principal Social Worker (Midlothian)", "January 2025",
                 "Guide published on the EMPPC website and launched at the practitioner forum.",
                 "B", True),
                ("3.2",
                 "Establish a monthly legal and practice consultation slot for complex self-neglect "
                 "cases.",
                 "Head of Adult Services (East Lothian)", "Ongoing",
                 "Slot running since September 2024; three cases discussed to date.",
                 "G", True),
            ],
        ),
    ]

    for heading, rec, actions in sections:
        doc.add_paragraph("")
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        top.text = ""
        run = top.paragraphs[0].add_run(rec)
        run.bold = True
        shade(top, "DEEAF6")
        for c, h in zip(t.rows[1].cells,
                        ["Ref", "Improvement action", "Lead", "Timescale",
                         "Progress update (November 2024)", "RAG"]):
            bold_cell(c, h, "D9D9D9")
        for row, (ref, act, lead, when, prog, rag, letter) in zip(t.rows[2:], actions):
            cells = row.cells
            cells[0].text = ref
            cells[1].text = act
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = prog
            if rag:
                cells[5].text = rag if letter else ""
                shade(cells[5], DOCX_RAG[rag])

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Name", "Role", "Date"]):
        bold_cell(c, h, "D9D9D9")
    for c, v in zip(so.rows[1].cells,
                    ["Independent Chair", "Chair, EMPPC", "21/11/2024"]):
        c.text = v
    doc.save(out("lb2-east-lothian-midlothian-ppc-asp-learning-review-mr-l-improvement-action-plan.docx"))


# ================================================================ 2. Gedling DHR
def make_gedling_dhr():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)

    doc.add_paragraph("Domestic Homicide Review ‘Megan’ – Action Plan", style="Title")
    doc.add_paragraph("Gedling Community Safety Partnership")
    doc.add_paragraph("Status as at: 30 September 2025")
    doc.add_paragraph(
        "The overview report was accepted by the Home Office Quality Assurance Panel in "
        "November 2024 and published in January 2025. This plan is monitored by the "
        "Gedling CSP DHR Steering Group."
    )

    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    bold_cell(key.rows[0].cells[0], "RAG", "D9D9D9")
    bold_cell(key.rows[0].cells[1], "Meaning", "D9D9D9")
    for r, (fill, word, meaning) in zip(
        key.rows[1:],
        [("FF0000", "Red", "Action overdue or not started"),
         ("FFC000", "Amber", "Action in progress"),
         ("00B050", "Green", "Action completed")],
    ):
        r.cells[0].text = word
        shade(r.cells[0], fill)
        r.cells[1].text = meaning

    headers = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
               "Key milestones", "Target date", "Completion date and outcome", "RAG"]

    def plan_table(title, recs):
        doc.add_paragraph("")
        doc.add_paragraph(title, style="Heading 2")
        n = sum(len(r[2]) for r in recs)
        t = doc.add_table(rows=1 + n, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            bold_cell(c, h, "BDD7EE")
        i = 1
        for rec_text, scope, acts in recs:
            first, last = i, i + len(acts) - 1
            for (ref, act, lead, miles, target, outcome, rag) in acts:
                cells = t.rows[i].cells
                cells[0].text = ref
                cells[3].text = act
                cells[4].text = lead
                cells[5].text = miles
                cells[6].text = target
                cells[7].text = outcome
                if rag:
                    cells[8].text = rag
                    shade(cells[8], {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}[rag])
                i += 1
            for col, text in ((1, rec_text), (2, scope)):
                m = t.rows[first].cells[col]
                if last > first:
                    m = m.merge(t.rows[last].cells[col])
                m.text = text

    plan_table(
        "Part A: Overview Report Recommendations",
        [
            ("1. Partner agencies to ensure that practitioners routinely and safely ask about "
             "domestic abuse when an adult discloses stress, low mood or financial difficulties.",
             "Local",
             [("1.1",
               "Circulate a 7-minute briefing on routine enquiry, including the learning from this "
               "review, to all partner agencies.",
               "Gedling CSP",
               "Briefing drafted by the DHR Chair; approved at CSP Board 12/06/2025.",
               "30/06/2025",
               "Completed 20/06/2025. Briefing cascaded through partner newsletters.",
               "Green"),
              ("1.2",
               "Each agency to confirm in writing how routine enquiry is built into its assessment "
               "paperwork.",
               "All partner agencies",
               "Request issued by CSP Manager 01/07/2025.",
               "September 2025",
               "Responses received from 6 of 9 agencies; reminders sent.",
               "Amber")]),
            ("2. Nottinghamshire Police and Nottinghamshire County Council to review how Domestic "
             "Violence Disclosure Scheme (Clare’s Law) applications made by family members are "
             "progressed and fed back.",
             "Local / Regional",
             [("2.1",
               "Review the DVDS ‘right to ask’ process so that third-party applicants are kept "
               "informed of the outcome of the decision-making panel.",
               "Nottinghamshire Police",
               "Process map drafted with the Public Protection Unit.",
               "31/12/2025",
               "",
               "Amber"),
              ("2.2",
               "Include the DVDS process in the joint domestic abuse training offer for frontline "
               "practitioners.",
               "Nottinghamshire Police / Nottinghamshire County Council",
               "",
               "March 2026",
               "Not started – dependent on 2.1.",
               "Red")]),
        ],
    )
    plan_table(
        "Part B: Single Agency Recommendations",
        [
            ("3. Gedling Borough Council Housing Options to ensure that domestic abuse is "
             "considered whenever a household presents as homeless following relationship "
             "breakdown.",
             "Single agency",
             [("3.1",
               "Amend the housing options triage form so that a domestic abuse question is "
               "mandatory at first contact.",
               "Gedling Borough Council (Housing Options)",
               "Form amended on Jigsaw case management system.",
               "31/03/2025",
               "Completed 17/03/2025. Mandatory field live.",
               "Green"),
              ("3.2",
               "Deliver DAHA accreditation training to the Housing Options team.",
               "Head of Housing",
               "Training provider booked.",
               "Oct 2025",
               "First cohort trained in September 2025.",
               "Amber")]),
            ("4. Nottinghamshire Healthcare NHS Foundation Trust to strengthen the use of "
             "safeguarding supervision where a patient discloses controlling behaviour by a partner.",
             "Single agency",
             [("4.1",
               "Add domestic abuse and coercive control prompts to the safeguarding supervision "
               "template.",
               "Named Nurse Safeguarding Adults (Nottinghamshire Healthcare)",
               "Template revised and agreed at Safeguarding Group.",
               "August 2025",
               "Completed. Template live from 01/08/2025.",
               "Green"),
              ("4.2",
               "Audit the use of the revised template in community mental health teams.",
               "Head of Safeguarding (Nottinghamshire Healthcare)",
               "Audit tool drafted.",
               "February 2026",
               "",
               "Amber")]),
        ],
    )
    doc.add_paragraph("")
    doc.add_paragraph(
        "Please send updates to the Community Safety Partnership Manager by the last working day "
        "of each quarter."
    )
    doc.save(out("lb2-gedling-csp-dhr-megan-action-plan.docx"))


# ================================================================ 3. UHNM csv
def make_uhnm_csv():
    lines = [
        "Trust Board (Public) – Action Log,,,,,,,",
        "University Hospitals of North Midlands NHS Trust,,,,,,,",
        "Updated following the meeting held on 3 September 2025,,,,,,,",
        ",,,,,,,",
        "Ref,Meeting date,Agenda item,Action,Lead,Due date,Update,Status",
        'TB/25/011,07/05/2025,Integrated Performance Report,"Provide a breakdown of 12-hour waits in the Emergency Department by age band and frailty score",Chief Operating Officer,Jul-25,Included in the IPR presented in September 2025,Complete',
        'TB/25/012,07/05/2025,Maternity and Neonatal Safety Report,"Bring the outcome of the Maternity Incentive Scheme Year 7 self-assessment to the Board for sign-off",Chief Nurse,Sep-25,On the agenda for the October Board,On track',
        'TB/25/015,02/07/2025,Freedom to Speak Up Report,"Set out how themes from Freedom to Speak Up cases at County Hospital will be triangulated with staff survey results",Director of People,Nov-25,Analysis under way with the Guardian,On track',
        'TB/25/016,02/07/2025,Financial Performance Month 2,"Circulate the revised run-rate trajectory for temporary staffing spend",Chief Finance Officer,Aug-25,Trajectory circulated to Board members 12/08/2025,Complete',
        'TB/25/017,02/07/2025,Board Assurance Framework,"Review the scoring of BAF risk 3 (elective recovery) with the Performance and Finance Committee",Chief Operating Officer / Director of Governance,0ct-25,Scheduled for the October Committee,On track',
        'TB/25/019,03/09/2025,Patient Story,"Arrange for the Board to visit the Frailty Same Day Emergency Care unit at Royal Stoke",Director of Governance,Dec-25,,Not started',
        'TB/25/020,03/09/2025,Integrated Performance Report,"Report cancer 62-day performance by tumour site against the 2025/26 operational plan",Chief Operating Officer,Nov-25,,Not started',
        'TB/25/021,03/09/2025,Green Plan Annual Report,"Confirm the timetable for the decarbonisation of the Royal Stoke energy centre",Director of Estates Facilities and PFI,Jan-26,,Not started',
        ",,,,,,,",
        "Key: Complete = action closed and proposed for removal; On track = action progressing within timescale; Overdue = past due date,,,,,,,",
    ]
    with open(out("lb2-university-hospitals-of-north-midlands-trust-board-public-action-log-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ============================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
XL_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def fill(hex_rgb):
    return PatternFill(start_color="FF" + hex_rgb, end_color="FF" + hex_rgb, fill_type="solid")


# =========================================================== 4. SWB maternity
def make_swb_maternity():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Maternity and Neonatal Improvement Plan 2024/25"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Sandwell and West Birmingham Hospitals NHS Trust"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    for r, (k, v) in enumerate([
        ("Version", "v9.0"),
        ("Reporting period", "Month 9 – December 2024"),
        ("Executive sponsor", "Chief Nursing Officer"),
        ("Reported to", "Quality and Safety Committee; Trust Board (Public)"),
        ("Next review", "January 2025"),
    ], start=5):
        cover.cell(r, 1, k).font = Font(bold=True)
        cover.cell(r, 2, v)
    cover["A11"] = "BRAG key"
    cover["A11"].font = Font(bold=True)
    for r, (letter, meaning) in enumerate([
        ("B", "Complete and evidenced"),
        ("G", "On track to deliver by the completion date"),
        ("A", "At risk of delay; mitigation in place"),
        ("R", "Off track or overdue"),
    ], start=12):
        c = cover.cell(r, 1, letter)
        c.fill = fill(XL_RAG[letter])
        cover.cell(r, 2, meaning)
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at end of December 2024 (Month 9)"
    hdr = ["Ref", "Source", "Action", "Lead(s)", "Original completion date",
           "Revised completion date", "Progress update", "BRAG Nov-24", "BRAG Dec-24"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BORDER

    D = dt.datetime
    themes = [
        ("Theme 1: Listening to and working with women and families", [
            ("1.1", "3YDP", "Embed the Maternity and Neonatal Voices Partnership (MNVP) lead in the "
             "Maternity and Neonatal Safety Champions meeting with protected time.",
             "Director of Midwifery", D(2024, 9, 30), None,
             "MNVP lead attends monthly; time protected in job plan.", "B", ("B", True)),
            ("1.2", "CQC MD3", "Produce the ‘Your Pregnancy’ information pack in Punjabi, Urdu, "
             "Bengali and Polish.",
             "Head of Midwifery / Patient Experience Lead", D(2024, 10, 31), D(2025, 3, 31),
             "Translation contract delayed; Punjabi and Urdu versions in proofing.", "A", ("A", True)),
            ("1.3", "3YDP", "Roll out the BadgerNotes app so that women can view their own records "
             "and care plans.",
             "Digital Midwife", D(2025, 6, 30), None,
             "Go-live planned for antenatal clinics in April 2025.", "G", ("G", True)),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "MIS SA5", "Recruit to the funded midwifery establishment identified by the "
             "Birthrate Plus review.",
             "Director of Midwifery", D(2025, 3, 31), None,
             "Vacancy 21.4 WTE; international recruits delayed by NMC registration.", "A", ("R", True)),
            ("2.2", "MIS SA8", "Deliver PROMPT multi-professional emergency training to at least "
             "90% of each staff group.",
             "Practice Development Midwife / Obstetric Training Lead", D(2024, 12, 31), None,
             "Compliance 92% midwives, 91% obstetricians, 90% anaesthetists.", "G", ("B", True)),
            ("2.3", "3YDP", "Launch a preceptorship and legacy mentor scheme for newly qualified "
             "and late-career midwives.",
             "Retention Midwife", D(2025, 1, 31), D(2025, 4, 30),
             "Scheme agreed; first legacy mentors start in March.", "A", ("A", False)),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("3.1", "MIS SA9", "Complete the SCORE culture survey and agree a culture improvement "
             "plan with the perinatal quadrumvirate.",
             "Perinatal Quadrumvirate", D(2024, 11, 30), None,
             "Survey complete; plan approved at Maternity Governance 28/11/2024.", "G", ("B", True)),
            ("3.2", "PSIRF", "Move all maternity incident reviews to PSIRF learning responses with "
             "family engagement recorded.",
             "Maternity Governance Lead", "Q4 2024/25", None,
             "Family liaison recorded in 14 of 15 reviews this quarter.", "G", ("G", True)),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised and more "
         "equitable care", [
            ("4.1", "MIS SA6", "Achieve full compliance with Saving Babies’ Lives Care Bundle "
             "version 3 across all six elements.",
             "Consultant Midwife / Clinical Director Obstetrics", D(2025, 3, 31), None,
             "Element 2 (fetal growth) at 78%; improvement trajectory agreed with LMNS.", "A", ("A", True)),
            ("4.2", "CQC MD7", "Introduce the two-hourly safety huddle on the Neonatal Unit at "
             "Midland Metropolitan University Hospital.",
             "Neonatal Matron", D(2024, 10, 31), None,
             "Huddle embedded since move to MMUH.", "B", ("B", True)),
            ("4.3", "CQC SD2", "Reduce the decision to delivery interval for category 1 caesarean "
             "sections, with monthly audit reported through the Perinatal Quality Surveillance "
             "Model.",
             "Clinical Director Obstetrics", D(2025, 5, 31), None,
             "", None, None),
        ]),
    ]
    r = 5
    for theme, acts in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, len(hdr) + 1):
            ws.cell(r, c).fill = fill("DDEBF7")
            ws.cell(r, c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for ref, src, act, lead, orig, rev, prog, prev, cur in acts:
            vals = [ref, src, act, lead, orig, rev, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            pc = ws.cell(r, 8, prev)
            pc.border = BORDER
            if prev:
                pc.fill = fill(XL_RAG[prev])
            cc = ws.cell(r, 9)
            cc.border = BORDER
            if cur:
                letter, with_text = cur
                if with_text:
                    cc.value = letter
                cc.fill = fill(XL_RAG[letter])
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: MIS = Maternity Incentive Scheme safety action; 3YDP = Three year "
                  "delivery plan for maternity and neonatal services; CQC MD/SD = CQC must do / "
                  "should do (2023 inspection).").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [7, 10, 55, 30, 14, 14, 45, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "BRAG summary – December 2024"
    sm["A1"].font = Font(bold=True)
    sm.append([])
    sm.append(["Theme", "B", "G", "A", "R", "Not rated", "Total"])
    for row in [
        ["Theme 1", 1, 1, 1, 0, 0, 3],
        ["Theme 2", 1, 0, 1, 1, 0, 3],
        ["Theme 3", 1, 1, 0, 0, 0, 2],
        ["Theme 4", 1, 0, 1, 0, 1, 3],
        ["Total", 4, 2, 3, 1, 1, 11],
    ]:
        sm.append(row)
    wb.save(out("lb2-sandwell-and-west-birmingham-nhs-trust-maternity-neonatal-improvement-plan.xlsx"))


# ============================================================ 5. Arun txt CRR
def make_arun_txt():
    T = "\t"
    lines = [
        "Corporate Risk Register - Quarter 3 2025/26",
        "Arun District Council",
        "Position as at 31 December 2025. For Audit and Governance Committee, 29 January 2026.",
        "Report run 14/01/2026 09:12 by Corporate Risk Officer",
        "",
        T.join(["Action Code", "Mitigating Action", "Assigned To", "Due Date", "Status",
                "Progress", "Latest Note"]),
        "",
        T.join(["CR01 Financial sustainability over the medium term",
                "Risk owner: Section 151 Officer", "Current score: 20", "Target score: 12",
                "Direction: unchanged"]),
        T.join(["CR01/A1", "Deliver the savings and income proposals built into the 2026/27 budget",
                "Group Head of Finance", "28/02/2026", "Green", "60%",
                "Proposals considered by Policy and Finance Committee 04/12/2025."]),
        T.join(["CR01/A2", "Review earmarked reserves and release balances that are no longer required",
                "Financial Services Manager", "31/03/2026", "Amber", "25%",
                "Review delayed by year-end closedown work."]),
        "",
        T.join(["CR02 Local government reorganisation in West Sussex",
                "Risk owner: Chief Executive", "Current score: 16", "Target score: 12",
                "Direction: increasing"]),
        T.join(["CR02/A1", "Provide data returns to the West Sussex reorganisation programme within the deadlines set",
                "Chief Executive", "Ongoing", "Green", "",
                "All returns submitted on time this quarter."]),
        T.join(["CR02/A2", "Agree a staff communications and engagement plan for the reorganisation period",
                "Group Head of Organisational Excellence; Head of Communications", "31/12/2025",
                "Complete", "100%", "Plan agreed by Corporate Management Team 09/12/2025."]),
        "",
        T.join(["CR03 Demand for and cost of temporary accommodation",
                "Risk owner: Director of Services", "Current score: 20", "Target score: 9",
                "Direction: unchanged"]),
        T.join(["CR03/A1", "Acquire 20 additional units of council-owned temporary accommodation through the acquisition programme",
                "Group Head of Housing", "30/09/2026", "Amber", "45%",
                "Nine units purchased; two completions fell through in November."]),
        T.join(["CR03/A2", "Implement the revised prevention pathway with West Sussex County Council for households with children",
                "Housing Needs Manager", "Q4 2025/26", "Red", "10%",
                "County Council resourcing not yet confirmed."]),
        "",
        T.join(["CR04 Cyber attack or loss of ICT systems",
                "Risk owner: Group Head of Technology and Digital", "Current score: 15",
                "Target score: 10", "Direction: decreasing"]),
        T.join(["CR04/A1", "Complete the remedial actions from the 2025 IT health check",
                "ICT Manager", "31/12/2025", "Complete", "100%",
                "All high and medium findings closed."]),
        T.join(["CR04/A2", "Run a cyber incident exercise with the Corporate Management Team",
                "ICT Manager / Emergency Planning Officer", "Mar-26", "Not started", "0%",
                "Exercise to be facilitated by the South East WARP."]),
        "",
        T.join(["CR05 Coastal flooding and erosion", "Risk owner: Director of Environment",
                "Current score: 12", "Target score: 8", "Direction: unchanged"]),
        T.join(["CR05/A1", "Complete the Pagham beach monitoring and update the Coastal Defence Strategy",
                "Engineering Services Manager", "Jun-26", "Green", "40%",
                "Winter monitoring survey commissioned."]),
        "",
        T.join(["CR06 Recruitment and retention in hard-to-fill roles",
                "Risk owner: Group Head of Organisational Excellence", "Current score: 12",
                "Target score: 8", "Direction: unchanged"]),
        T.join(["CR06/A1", "Launch the career grade scheme for planning and environmental health officers",
                "Group Head of Organisational Excellence", "31/03/2026", "Amber", "30%",
                "Job evaluation of career grades in progress."]),
        "",
        "Status key: Green - on track; Amber - some slippage; Red - off track; Complete - action closed; Not started - not yet begun",
        "Risk scores are likelihood x impact on a 5 x 5 matrix.",
        "End of report",
    ]
    with open(out("lb2-arun-dc-corporate-risk-register-q3-2025-26.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ====================================================== 6. Horsham highlight
def make_horsham():
    wb = Workbook()
    hl = wb.active
    hl.title = "Highlight Report"
    hl["A1"] = "Horsham District Council – Transformation Programme Highlight Report"
    hl["A1"].font = Font(bold=True, size=14)
    hl["A2"] = "Period 8: November 2025"
    rows = [
        ("Senior Responsible Owner", "Chief Executive"),
        ("Programme Manager", "Transformation Programme Manager"),
        ("Reporting to", "Corporate Management Team / Cabinet Member for Finance and Resources"),
        ("Overall programme status", "Amber"),
        ("Time", "Amber"),
        ("Cost", "Green"),
        ("Scope", "Green"),
    ]
    for r, (k, v) in enumerate(rows, start=4):
        hl.cell(r, 1, k).font = Font(bold=True)
        c = hl.cell(r, 2, v)
        if v in ("Amber", "Green"):
            c.fill = fill({"Amber": "FFC000", "Green": "00B050"}[v])
    hl["A12"] = "Key messages this period"
    hl["A12"].font = Font(bold=True)
    hl["A13"] = ("• Cloud telephony migration complete.\n"
                 "• Food waste vehicle delivery has slipped to January 2026; interim hire being "
                 "costed.\n• Customer portal go-live moved to November after supplier testing.")
    hl["A13"].alignment = WRAP
    hl.merge_cells("A13:F16")
    hl["A18"] = "Milestone summary"
    hl["A18"].font = Font(bold=True)
    summary = [("Workstream", "Complete", "Green", "Amber", "Red", "Not started"),
               ("Customer and Digital", 1, 1, 1, 0, 0),
               ("Waste and Recycling", 0, 1, 0, 1, 0),
               ("Property and Assets", 0, 1, 1, 0, 0),
               ("Ways of Working", 1, 0, 0, 0, 1),
               ("Total", 2, 3, 2, 1, 1)]
    for r, row in enumerate(summary, start=19):
        for c, v in enumerate(row, start=1):
            cell = hl.cell(r, c, v)
            cell.border = BORDER
            if r == 19 or r == 24:
                cell.font = Font(bold=True)
    hl.column_dimensions["A"].width = 30
    hl.column_dimensions["B"].width = 40

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestone tracker"
    ms["A1"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "ID", "Milestone", "Milestone lead", "Baseline date",
           "Forecast / revised date", "RAG", "Commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ms.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.border = BORDER
        cell.alignment = WRAP
    D = dt.datetime
    ws_rows = [
        ("WS1 Customer and Digital", [
            ("CD01", "Launch the new customer portal for council tax and benefits self-service",
             "Head of Digital and Customer Services", D(2025, 9, 30), D(2025, 11, 30), "A",
             "Supplier user acceptance testing overran; go-live moved."),
            ("CD02", "Migrate the main switchboard to the cloud telephony platform",
             "ICT Infrastructure Manager", D(2025, 7, 31), None, "B",
             "Completed 28 July 2025."),
            ("CD03", "Introduce webchat with chatbot triage for waste and parking enquiries",
             "Customer Services Manager", D(2026, 2, 28), None, "G",
             "Chatbot content being written with service leads."),
        ]),
        ("WS2 Waste and Recycling", [
            ("WR01", "Complete the round re-optimisation ready for weekly food waste collections",
             "Head of Environmental Services", D(2026, 3, 31), None, "G",
             "Route modelling complete for 60% of rounds."),
            ("WR02", "Procure food waste collection vehicles",
             "Fleet Manager / Procurement Lead", D(2025, 10, 31), D(2026, 1, 31), "R",
             "Chassis delivery delayed by manufacturer; interim hire options being costed."),
        ]),
        ("WS3 Property and Assets", [
            ("PA01", "Agree the future use of the Piries Place car park site",
             "Director of Place", "Q4 2025/26", None, "G",
             "Options appraisal to Cabinet in February."),
            ("PA02", "Relocate the Parkside depot team to the Hop Oast depot",
             "Property Manager", D(2025, 12, 31), None, "A",
             "Welfare unit installation awaiting building control sign-off."),
        ]),
        ("WS4 Ways of Working", [
            ("WW01", "Pilot Microsoft 365 Copilot with 50 officers and evaluate the results",
             "Head of HR and Organisational Development / ICT Manager", D(2025, 10, 31), None, "B",
             "Evaluation report to CMT 21 October 2025."),
            ("WW02", "Consolidate office accommodation onto two floors of Parkside",
             "Facilities Manager", D(2026, 6, 30), None, None,
             "Not started – dependent on PA02."),
        ]),
    ]
    r = 4
    for wsname, items in ws_rows:
        first = r
        for (mid, text, lead, base, fc, rag, comm) in items:
            vals = [None, mid, text, lead, base, fc, None, comm]
            for c, v in enumerate(vals, start=1):
                cell = ms.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if rag:
                ms.cell(r, 7).fill = fill(XL_RAG[rag])
            r += 1
        ms.cell(first, 1, wsname).font = Font(bold=True)
        ms.cell(first, 1).alignment = WRAP
        if r - 1 > first:
            ms.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", [22, 7, 55, 34, 12, 14, 7, 50]):
        ms.column_dimensions[col].width = w

    rk = wb.create_sheet("Risks and Issues")
    rk.append(["Ref", "Type", "Description", "Owner", "Score", "Mitigation"])
    rk.append(["R1", "Risk", "Food waste vehicles not delivered before April 2026 start",
               "Fleet Manager", 16, "Interim hire; phased start by round"])
    rk.append(["I1", "Issue", "Portal supplier testing resource", "Head of Digital and Customer Services",
               9, "Escalated to supplier account director"])

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key (milestones)"
    key["A1"].font = Font(bold=True)
    for r, (hexc, meaning) in enumerate([
        ("0070C0", "Complete"),
        ("00B050", "On track"),
        ("FFC000", "At risk – forecast later than baseline or issues being managed"),
        ("FF0000", "Off track – intervention needed"),
        (None, "No fill – not started"),
    ], start=2):
        c = key.cell(r, 1)
        if hexc:
            c.fill = fill(hexc)
        key.cell(r, 2, meaning)
    wb.save(out("lb2-horsham-dc-transformation-programme-highlight-report.xlsx"))


# ===================================================== 7. Chichester CSP plan
def make_chichester():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2025-26"
    ws["A1"] = "Chichester District Community Safety Partnership – Partnership Plan 2025-26: Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = ("Updated for the Partnership meeting on 16 October 2025 (Quarter 2). "
                "Leads should update the Q2 columns only.")
    ws["A3"].font = Font(italic=True)
    hdr = ["Priority", "Objective", "Ref", "Action", "Lead partner(s)", "By when",
           "Q1 update", "Q1 RAG", "Q2 update", "Q2 RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    P1 = "Priority 1: Tackling anti-social behaviour and serious violence"
    P2 = "Priority 2: Domestic abuse and violence against women and girls"
    P3 = "Priority 3: Rural and coastal crime"
    rows = [
        (P1, "1a. Reduce anti-social behaviour in Chichester city centre and Selsey", "1.1",
         "Run a summer ASB operation in Chichester city centre with the Business Crime Reduction "
         "Partnership", "Sussex Police; Chichester BID", "End of September 2025",
         "Operation planned; shared patrol plan agreed.", "G",
         "Operation ran July to September. 31 Community Protection Warnings issued.", "Complete"),
        (P1, "1a. Reduce anti-social behaviour in Chichester city centre and Selsey", "1.2",
         "Use Community Protection Warnings and Notices consistently, reviewed at monthly joint "
         "tasking", "Community Safety Manager", "Monthly",
         "Joint tasking meeting in place.", "G",
         "Consistent use across Chichester and Selsey; audit in Q3.", "G"),
        (P1, "1b. Meet the Serious Violence Duty", "1.3",
         "Refresh the serious violence strategic needs assessment with local Chichester data",
         "West Sussex Violence Reduction Partnership / Community Safety Manager", "Dec-25",
         "Data request made to Sussex Police.", "G",
         "Police data received late; analyst time now booked for November.", "A"),
        (P2, "2a. Improve the safety of women and girls in the night-time economy", "2.1",
         "Deliver Ask for Angela and WAVE training to licensed premises", "Licensing Manager",
         "31/03/2026", "Two sessions held.", "G", "Five sessions held; 48 venues trained.", "G"),
        (P2, "2a. Improve the safety of women and girls in the night-time economy", "2.2",
         "Complete a women’s safety audit of the Northgate and Avenue de Chartres car parks",
         "Parking Services Manager", "Jan 2026", "Not started.", "",
         "Walkabout postponed twice; no date yet agreed.", "R"),
        (P2, "2b. Embed learning from Domestic Homicide Reviews", "2.3",
         "Hold a DHR learning event for frontline practitioners across the district",
         "Community Safety Manager", "November 2025", "Venue booked.", "G",
         "Speakers confirmed; bookings lower than expected.", "A"),
        (P3, "3a. Reduce rural and heritage crime", "3.1",
         "Expand Farm Watch and Horse Watch membership through joint events with the Sussex "
         "Police Rural Crime Team", "Sussex Police Rural Crime Team", "April 2025 – March 2026",
         "Stand at the Chichester Agricultural Show.", "G",
         "Membership up 14% on April.", "G"),
        (P3, "3a. Reduce rural and heritage crime", "3.2",
         "Install additional CCTV at East Beach, Selsey, following consultation with the town "
         "council", "CCTV Manager", "Mar-26", "Consultation complete.", "G",
         "Awaiting funding decision from the Sussex PCC.", "A"),
    ]
    rag_fill = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0"}
    for r, row in enumerate(rows, start=6):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (8, 10) and v in rag_fill:
                cell.fill = fill(rag_fill[v])
    r = 6 + len(rows) + 1
    ws.cell(r, 1, "RAG: G = on track; A = some delay; R = significant delay or not started; "
                  "Complete = action delivered").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [30, 34, 6, 50, 30, 16, 32, 8, 36, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D6"

    mem = wb.create_sheet("Partnership members")
    mem.append(["Organisation", "Representative"])
    for row in [["Chichester District Council", "Director of Communities (Chair)"],
                ["Sussex Police", "District Commander"],
                ["West Sussex County Council", "Community Safety and Wellbeing Manager"],
                ["West Sussex Fire and Rescue Service", "Station Commander"],
                ["Sussex Police and Crime Commissioner", "Commissioning Manager"],
                ["Hyde Housing", "Neighbourhood Manager"]]:
        mem.append(row)
    wb.save(out("lb2-chichester-district-csp-partnership-plan-2025-26-action-plan.xlsx"))


if __name__ == "__main__":
    make_emppc()
    make_gedling_dhr()
    make_uhnm_csv()
    make_swb_maternity()
    make_arun_txt()
    make_horsham()
    make_chichester()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("lb2-") and not f.endswith(".yaml")))
