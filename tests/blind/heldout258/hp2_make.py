"""Build the seven hp2- data files of set heldout258.

Run with: /work/main/.venv/bin/python hp2_make.py
Writes into the folder this script is in.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def header_row(table, labels, fill="1F3864"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ============================================================ 1. Sutton SAB SAR
def sutton_sar():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(
        "Sutton Safeguarding Adults Board: Safeguarding Adults Review Mr K \u2013 Action Plan",
        style="Title")
    doc.add_paragraph("Version 4 \u2013 progress update for the SAB Executive Group, 14 January 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"])
    for row in [
        ("1", "05/09/2024", "SAB Business Manager", "First draft following SAR panel"),
        ("2", "02/10/2024", "SAB Business Manager", "Agency comments incorporated; agreed by SAR Subgroup"),
        ("3", "13/11/2024", "SAB Business Manager", "Published with the overview report"),
        ("4", "14/01/2025", "SAB Business Manager", "Q3 progress updates added"),
    ]:
        cells = dc.add_row().cells
        for c, t in zip(cells, row):
            set_cell(c, t)

    doc.add_paragraph("")
    doc.add_paragraph("RAG rating key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [
        (RED, "Not started or significantly behind target date"),
        (AMBER, "In progress \u2013 some slippage against target date"),
        (GREEN, "In progress and on track"),
        (BLUE, "Completed and evidence received by the SAR Subgroup"),
    ]:
        cells = key.add_row().cells
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Mr K was 68 when he died following a fire at his flat in March 2023. The review found that "
        "agencies knew of his heavy smoking, limited mobility and deteriorating living conditions, "
        "but there was no single multi-agency plan to manage the risk. The recommendations below were "
        "accepted in full by the Board on 13 November 2024.")

    cols = ["Ref", "Action", "Lead", "Target date", "Progress update (January 2025)", "RAG"]
    themes = [
        ("Learning theme A: Self-neglect, fire risk and multi-agency risk management", [
            ("Recommendation 1: Sutton SAB should seek assurance that the multi-agency Self-Neglect and "
             "Hoarding Protocol is understood and used by all partner agencies, including the escalation "
             "route to a multi-agency risk management meeting.", [
                ("1.1", "Refresh the Self-Neglect and Hoarding Protocol to include a clear escalation pathway "
                        "to the Multi-Agency Risk Management (MARM) meeting.",
                 "SAB Business Manager", "March 2025",
                 "Draft protocol circulated to the Policy and Procedures Subgroup on 8 January 2025; "
                 "sign-off expected at the February meeting.", GREEN),
                ("1.2", "Deliver practitioner briefings on the refreshed protocol across all partner agencies.\n"
                        "Record attendance by agency and report take-up to the Learning and Development Subgroup.",
                 "SAB Business Manager / L&D Subgroup Chair", "30/06/2025",
                 "Briefings cannot be scheduled until the protocol is signed off. Two dates provisionally "
                 "held in April.", AMBER),
            ]),
            ("Recommendation 2: London Fire Brigade and Adult Social Care should ensure that Home Fire "
             "Safety Visit referrals are made for all adults who smoke, have limited mobility and are "
             "assessed as self-neglecting.", [
                ("2.1", "Add a mandatory fire risk prompt to the Adult Social Care assessment and review forms "
                        "on Mosaic.",
                 "Head of Adult Social Care Practice", "Dec 2024",
                 "Prompt went live on 2 December 2024. Screenshot and guidance note provided to the SAR "
                 "Subgroup.", BLUE),
                ("2.2", "Agree a joint referral route between ASC and LFB Sutton for Home Fire Safety Visits, "
                        "with a monthly data return to the Safeguarding Adults Board.",
                 "LFB Borough Commander and Head of Adult Social Care Practice", "Q1 2025/26",
                 "Referral form agreed. Data return not yet in place \u2013 LFB to confirm what can be "
                 "shared at borough level.", AMBER),
            ]),
        ]),
        ("Learning theme B: Mental capacity and hospital discharge", [
            ("Recommendation 3: Partner agencies should provide assurance that mental capacity assessments "
             "are decision-specific and are revisited where a person repeatedly makes unwise decisions that "
             "place them at serious risk.", [
                ("3.1", "Audit a sample of 20 mental capacity assessments from ASC and Epsom and St Helier "
                        "hospitals for decision-specificity and consideration of executive capacity.",
                 "Principal Social Worker; ESTH Named Nurse for Safeguarding Adults", "September 2025",
                 "Audit tool agreed but the ESTH sample has not been provided. Escalated to the Deputy "
                 "Chief Nurse.", RED),
                ("3.2", "Include executive capacity in the SAB multi-agency Mental Capacity Act training offer.",
                 "L&D Subgroup Chair", "Ongoing",
                 "Module added to the MCA course from November 2024; 46 practitioners trained so far.", GREEN),
            ]),
            ("Recommendation 4: South West London ICB should seek assurance that hospital discharge planning "
             "for adults who self-neglect includes a multi-agency discharge meeting and a named community lead.", [
                ("4.1", "Amend the Epsom and St Helier discharge policy to require a multi-agency discharge "
                        "meeting where self-neglect is identified.",
                 "ESTH Deputy Chief Nurse", "31 March 2025",
                 "Policy review delayed by the trust's wider discharge programme; no revised draft yet.", RED),
                ("4.2", "Seek assurance through the SWL ICB safeguarding assurance framework that the amended "
                        "policy is in use, by auditing ten discharges.",
                 "SWL ICB Designated Nurse for Safeguarding Adults", "Jul-25",
                 "Not yet due \u2013 depends on 4.1.", None),
            ]),
        ]),
    ]
    for theme, recs in themes:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, actions in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=len(cols))
            t.style = "Table Grid"
            header_row(t, cols)
            for ref, action, lead, due, progress, fill in actions:
                cells = t.add_row().cells
                for c, txt in zip(cells[:5], [ref, action, lead, due, progress]):
                    set_cell(c, txt)
                set_cell(cells[5], "")
                if fill:
                    shade(cells[5], fill)
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Agreed by", "Role", "Date"])
    for row in [("SAR Subgroup", "Chair, SAR Subgroup", "02/10/2024"),
                ("Sutton Safeguarding Adults Board", "Independent Chair", "13/11/2024")]:
        cells = so.add_row().cells
        for c, t in zip(cells, row):
            set_cell(c, t)
    doc.save(out("hp2-sutton-sab-sar-mr-k-action-plan.docx"))


# ============================================= 2. UHD maternity improvement plan
def uhd_maternity():
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "University Hospitals Dorset NHS Foundation Trust"
    doc.add_paragraph("Maternity and Neonatal Improvement Plan 2024/25", style="Title")

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("Report to", "Board of Directors (Part 1)"),
        ("Date of meeting", "26 March 2025"),
        ("Report title", "Maternity and Neonatal Improvement Plan \u2013 Quarter 4 update"),
        ("Executive lead", "Chief Nursing Officer"),
        ("Author", "Director of Midwifery"),
        ("Purpose", "Assurance"),
        ("Previously considered by", "Quality Committee, 18 March 2025; Maternity Safety Champions, 11 March 2025"),
    ]:
        cells = cover.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Executive summary", style="Heading 2")
    doc.add_paragraph(
        "The plan brings together the actions from the CQC maternity inspection (published September 2023), "
        "the NHS England Three Year Delivery Plan for Maternity and Neonatal Services and the Saving Babies' "
        "Lives Care Bundle. Three actions are now delivered and evidenced. One action is rated red and is "
        "escalated to the Board.")

    doc.add_paragraph("BRAG key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, meaning in [("B", "Delivered and evidenced"), ("G", "On track to deliver by the completion date"),
                            ("A", "Some delay \u2013 recoverable within the quarter"),
                            ("R", "Off track \u2013 completion date will not be met")]:
        cells = key.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], FILL[letter])
        set_cell(cells[1], meaning)

    doc.add_paragraph("")
    doc.add_paragraph("Appendix 1 \u2013 Improvement plan", style="Heading 1")
    cols = ["Ref", "Improvement action", "Owner", "Original completion date", "Revised completion date",
            "Previous BRAG", "Current BRAG", "Progress and evidence"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    plan = [
        ("Theme 1: Listening to and working with women and families", [
            ("1.1", "Co-produce the Maternity and Neonatal Voices Partnership (MNVP) work plan for 2025/26 and "
                    "report progress to the Perinatal Quality Surveillance Group quarterly.",
             "Head of Midwifery", "31/03/2025", "", "G", "B",
             "Work plan agreed with MNVP Chair on 4 March 2025. Evidence uploaded to the LMNS portal."),
            ("1.2", "Translate the maternity triage and birth choices leaflets into the five most requested "
                    "community languages.",
             "Consultant Midwife (Public Health)", "30/11/2024", "31/05/2025", "A", "A",
             "Three of five translations received; Romanian and Bengali versions awaited from the provider."),
            ("1.3", "Open the Birth Reflections clinic to self-referral through the BadgerNotes app.",
             "Consultant Midwife (Birth Choices)", "30/09/2024", "", "B", "B",
             "Live since September 2024. 112 self-referrals to end of February 2025."),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Complete a Birthrate Plus midwifery workforce review and present the findings to the Board.",
             "Director of Midwifery", "31/12/2024", "30/04/2025", "A", "G",
             "Fieldwork complete. Report due from Birthrate Plus in March; Board paper scheduled for April."),
            ("2.2", "Achieve 90% compliance with the core competency framework (fetal monitoring, neonatal life "
                    "support and obstetric emergencies) for all staff groups.",
             "Practice Development Midwife / Obstetric Training Lead", "31/03/2025", "30/09/2025", "R", "A",
             "Midwives 93%, obstetric consultants 88%, resident doctors 71%. Additional PROMPT dates added "
             "for the August rotation."),
            ("2.3", "Recruit to the vacant neonatal nursing posts so that the unit meets BAPM standards for "
                    "nurses qualified in speciality (QIS).",
             "Neonatal Lead Nurse", "31/03/2026", "", "G", "G",
             "QIS rate 68% against a 70% standard. Four nurses on the QIS course starting May 2025."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("3.1", "Embed PSIRF learning responses for maternity and neonatal incidents, with a monthly "
                    "thematic review to the Maternity Safety Champions.",
             "Maternity Governance Lead & Clinical Director for Obstetrics", "30/06/2025", "", "A", "A",
             "Thematic review format agreed. First two reviews presented; backlog of 14 learning responses."),
            ("3.2", "Undertake the SCORE culture survey and agree an action plan with staff.",
             "Director of Midwifery", "31/01/2025", "", "A", "B",
             "Survey closed December 2024 (62% response). Culture action plan agreed at staff listening "
             "events in January 2025."),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
            ("4.1", "Achieve full compliance with Saving Babies\u2019 Lives Care Bundle version 3 across all six "
                    "elements.",
             "Clinical Director for Obstetrics", "31/03/2025", "31/03/2026", "A", "R",
             "Compliant with four of six elements. Element 2 (fetal growth) needs additional scanning "
             "capacity \u2013 business case to Investment Group in April. ESCALATED TO BOARD."),
            ("4.2", "Replace the CTG central monitoring system on the delivery suite.",
             "Head of Midwifery / Digital Midwife", "TBC \u2013 subject to capital bid", "", "", "",
             "New action added March 2025 following the equipment risk assessment."),
        ]),
    ]
    ncol = len(cols)
    for theme, rows in plan:
        r = t.add_row()
        merged = r.cells[0].merge(r.cells[ncol - 1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "D9E2F3")
        for ref, action, owner, orig, rev, prev, cur, prog in rows:
            cells = t.add_row().cells
            for c, txt in zip(cells, [ref, action, owner, orig, rev, prev, cur, prog]):
                set_cell(c, txt)
            if prev:
                shade(cells[5], FILL[prev])
            if cur:
                shade(cells[6], FILL[cur])

    doc.add_paragraph("")
    doc.add_paragraph("Summary of position", style="Heading 2")
    summ = doc.add_table(rows=1, cols=6)
    summ.style = "Table Grid"
    header_row(summ, ["Total actions", "B", "G", "A", "R", "Not yet rated"])
    for c, txt in zip(summ.add_row().cells, ["10", "3", "2", "3", "1", "1"]):
        set_cell(c, txt)
    doc.add_paragraph("")
    doc.add_paragraph("Recommendation: the Board is asked to note the progress made and the escalation of action 4.1.")
    doc.save(out("hp2-university-hospitals-dorset-maternity-neonatal-improvement-plan.docx"))


# ------------------------------------------------------------ xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(ws, ref, hex_):
    ws[ref].fill = PatternFill("solid", start_color=hex_, end_color=hex_)


def grid(ws, row, values, bold=False, bg=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.border = BOX
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True, color="FFFFFF" if bg else "000000")
        if bg:
            c.fill = PatternFill("solid", start_color=bg, end_color=bg)


def date_cell(c, d, fmt="dd/mm/yyyy"):
    c.value = d
    c.number_format = fmt


D = dt.datetime


# =============================================== 3. NHS Devon ICB board action log
def devon_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "NHS Devon Integrated Care Board \u2013 Board Meeting in Public Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated following the meeting held on 6 March 2025"
    ws["A3"].font = Font(italic=True)
    ws["G1"] = "RAG key"
    ws["G1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete \u2013 proposed for closure"), ("G", "On track"),
                                  ("A", "At risk of missing due date"), ("R", "Overdue")], start=2):
        ws.cell(row=i, column=7, value=k).fill = PatternFill("solid", start_color=FILL[k], end_color=FILL[k])
        ws.cell(row=i, column=8, value=txt)

    cols = ["Action no.", "Agenda item", "Action", "Lead", "Due date", "Update", "RAG"]
    widths = [12, 26, 60, 30, 13, 60, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.column_dimensions["H"].width = 34
    grid(ws, 7, cols, bold=True, bg="005EB8")

    def section(ws, r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")

    def action(ws, r, no, item, text, lead, due, update, rag):
        grid(ws, r, [no, item, text, lead, None, update, rag])
        if isinstance(due, dt.datetime):
            date_cell(ws.cell(row=r, column=5), due)
        else:
            ws.cell(row=r, column=5, value=due)
        if rag:
            ws.cell(row=r, column=7).fill = PatternFill("solid", start_color=FILL[rag], end_color=FILL[rag])

    r = 8
    open_actions = [
        ("Meeting held 7 November 2024", [
            ("ICB/24/112", "Urgent and emergency care winter plan",
             "Provide the Board with a breakdown of ambulance handover delays by acute site, including the "
             "number of hours lost, for the January 2025 meeting.",
             "Chief Operating Officer", D(2025, 1, 9),
             "Data validated with SWASFT; paper deferred to May 2025 so that the full winter period is included.",
             "R"),
            ("ICB/24/115", "Finance report \u2013 month 6",
             "Set out the recovery trajectory for the system deficit, including the contribution from each "
             "NHS provider.",
             "Chief Finance Officer", D(2025, 5, 1),
             "Depends on final 2025/26 plan submissions; draft trajectory shared at the Finance Committee.",
             "A"),
        ]),
        ("Meeting held 9 January 2025", [
            ("ICB/25/003", "Maternity and neonatal services update",
             "Arrange a Board development session on the perinatal quality surveillance model, jointly with "
             "the LMNS.",
             "Chief Nursing Officer", D(2025, 4, 1),
             "Session booked for 3 April 2025.", "G"),
            ("ICB/25/007", "Dental access recovery",
             "Bring a report on the use of the ring-fenced dental budget and the flexible commissioning pilots "
             "in North and West Devon.",
             "Director of Primary Care / Chief Commissioning Officer", D(2025, 6, 5),
             "On the forward plan for the June meeting.", "G"),
            ("ICB/25/009", "Integrated Performance Report",
             "Add elective recovery and 65-week wait trajectories for each provider to the Integrated "
             "Performance Report.\nShow the independent sector position separately.",
             "Chief Operating Officer", "Ongoing",
             "Provider trajectories added from the February report; independent sector data to follow.", "G"),
        ]),
        ("Meeting held 6 March 2025", [
            ("ICB/25/021", "Joint Forward Plan refresh",
             "Circulate the final Joint Forward Plan to Board members for virtual approval before submission "
             "to NHS England.",
             "Director of Strategy", D(2025, 3, 31),
             "Circulated 20 March 2025 and approved virtually on 27 March. Propose closure.", "B"),
            ("ICB/25/024", "Mental health out of area placements",
             "Provide an update on the number of out of area placements and the plan to eliminate "
             "inappropriate placements by March 2026.",
             "Chief Nursing Officer & Chief Operating Officer", "TBC",
             "Timing to be agreed with the Mental Health, Learning Disability and Neurodiversity "
             "Provider Collaborative.", None),
        ]),
    ]
    for meeting, actions in open_actions:
        section(ws, r, meeting)
        r += 1
        for a in actions:
            action(ws, r, *a)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total open actions: 7 (R 1, A 1, G 3, B 1, not rated 1)").font = Font(italic=True)

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed at the Board meeting on 6 March 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    for i, w in enumerate(widths):
        ws2.column_dimensions["ABCDEFG"[i]].width = w
    grid(ws2, 3, cols, bold=True, bg="005EB8")
    r = 4
    closed = [
        ("Meeting held 5 September 2024", [
            ("ICB/24/087", "Board Assurance Framework",
             "Review the scoring of BAF risk 3 (workforce) in light of the revised vacancy data.",
             "Chief People Officer", D(2024, 11, 7),
             "Rescored from 20 to 16 and reported to the November Board.", "B"),
        ]),
        ("Meeting held 7 November 2024", [
            ("ICB/24/110", "Chair's report",
             "Publish the ICB's response to the Healthwatch in Devon report on GP access on the ICB website.",
             "Director of Communications and Engagement", D(2024, 12, 31),
             "Published 12 December 2024.", "B"),
            ("ICB/24/118", "Children and young people's mental health",
             "Share the CAMHS waiting list data by locality with Board members.",
             "SK/JM", D(2025, 1, 9),
             "Circulated by email on 18 December 2024.", "B"),
        ]),
    ]
    for meeting, actions in closed:
        section(ws2, r, meeting)
        r += 1
        for a in actions:
            action(ws2, r, *a)
            r += 1
    wb.save(out("hp2-nhs-devon-icb-board-action-log.xlsx"))


# ================================== 4. Dartford BC corporate risk register Q3 2025/26
def dartford_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Dartford Borough Council \u2013 Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of corporate risks \u2013 Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True)
    grid(ws, 4, ["Risk", "Risk owner", "Q2 score", "Q3 score", "Direction of travel"], bold=True, bg="404040")
    summary = [
        ("CR01 \u2013 Medium-term financial sustainability", "Director of Corporate Resources", 16, 16, "\u2194"),
        ("CR02 \u2013 Temporary accommodation demand and cost", "Director of Housing and Communities", 16, 12, "\u2193"),
        ("CR03 \u2013 Cyber security and business continuity", "Director of Corporate Resources", 12, 12, "\u2194"),
        ("CR04 \u2013 Workforce capacity and recruitment", "Chief Executive", 9, 12, "\u2191"),
    ]
    for i, row in enumerate(summary, start=5):
        grid(ws, i, list(row))
    ws["A10"] = "Risks scoring 12 or more are reported to the Audit Board each quarter."
    ws["A11"] = "Scores are likelihood (1\u20134) x impact (1\u20134)."
    for col, w in zip("ABCDE", [52, 36, 10, 10, 18]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Corporate Risk Register Q3")
    ws2["A1"] = "Dartford Borough Council \u2013 Corporate Risk Register"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Quarter 3 2025/26 (position at 31 December 2025) \u2013 Audit Board, 27 January 2026"
    # two-level header
    ws2.merge_cells("A4:E4")
    ws2["A4"] = "The risk"
    ws2.merge_cells("F4:K4")
    ws2["F4"] = "Further actions to reduce the risk"
    for ref in ("A4", "F4"):
        ws2[ref].font = Font(bold=True, color="FFFFFF")
        ws2[ref].fill = PatternFill("solid", start_color="404040", end_color="404040")
    grid(ws2, 5, ["Risk", "Description", "Risk owner", "Current score (L x I)", "Direction of travel",
                  "Ref", "Action", "Action owner", "Target date", "Progress at Q3", "RAG"],
         bold=True, bg="7F7F7F")
    for col, w in zip("ABCDEFGHIJK", [30, 40, 22, 10, 10, 6, 50, 30, 12, 45, 10]):
        ws2.column_dimensions[col].width = w

    risks = [
        ("CR01 \u2013 Medium-term financial sustainability",
         "Rising demand and cost pressures, and uncertainty over the Fair Funding Review and business rates "
         "reset, mean the Council may be unable to set a balanced budget from 2027/28.",
         "Director of Corporate Resources", "4 x 4 = 16", "\u2194", [
             ("1a", "Deliver the 2026/27 budget savings programme of \u00a31.2m, with progress reported monthly "
                    "to the Leader.", "Head of Finance", D(2026, 2, 1), "mmm-yy",
              "\u00a30.9m of savings identified and included in the draft budget.", "G"),
             ("1b", "Refresh the Medium Term Financial Strategy to reflect the Fair Funding Review and the "
                    "business rates reset.", "Director of Corporate Resources", D(2026, 3, 31), "dd/mm/yyyy",
              "Awaiting final settlement figures; refresh will slip into Q4.", "A"),
         ]),
        ("CR02 \u2013 Temporary accommodation demand and cost",
         "Numbers of homeless households in temporary accommodation continue to rise, with increasing use of "
         "nightly-paid accommodation outside the borough.",
         "Director of Housing and Communities", "3 x 4 = 12", "\u2193", [
             ("2a", "Acquire 20 additional homes for use as temporary accommodation through the Local Authority "
                    "Housing Fund round 3.", "Head of Housing Options / Head of Property Services",
              D(2026, 6, 30), "dd/mm/yyyy", "11 completions; a further 6 under offer.", "A"),
             ("2b", "Implement the homelessness prevention triage model and monitor the number of households "
                    "placed in nightly-paid accommodation.", "Head of Housing Options", "Ongoing", None,
              "Triage live since October. Nightly-paid placements down from 58 to 41.", "G"),
             ("2c", "Review the temporary accommodation placement policy, including out-of-borough placements, "
                    "and take it to Cabinet.", "Head of Housing Options", D(2025, 11, 1), "mmm-yy",
              "Approved by Cabinet on 20 November 2025.", "Complete"),
         ]),
        ("CR03 \u2013 Cyber security and business continuity",
         "A successful cyber attack could stop critical services and lead to loss of data.",
         "Director of Corporate Resources", "3 x 4 = 12", "\u2194", [
             ("3a", "Complete the Cyber Assessment Framework self-assessment and address the gaps identified.",
              "Head of ICT", D(2026, 3, 1), "mmm-yy",
              "Self-assessment submitted; 7 of 12 improvement actions complete.", "A"),
             ("3b", "Run a cyber incident exercise with the Corporate Management Team and update the Business "
                    "Continuity Plan with the lessons learned.", "Head of ICT; Emergency Planning Officer",
              "Q4 2025/26", None,
              "Exercise postponed twice because of CMT availability; no date yet agreed.", "R"),
         ]),
        ("CR04 \u2013 Workforce capacity and recruitment",
         "Difficulty recruiting and keeping staff in professional roles (planning, legal, building control) "
         "affects service delivery and increases agency spend.",
         "Chief Executive", "3 x 4 = 12", "\u2191", [
             ("4a", "Launch the apprenticeship and graduate trainee scheme for hard-to-fill professional roles.",
              "Head of HR and Organisational Development", D(2026, 9, 1), "mmm-yy",
              "Scheme design agreed by CMT; first intake planned for September 2026.", "G"),
             ("4b", "Complete the market supplement review for planning officers.",
              "Head of HR and Organisational Development", D(2025, 12, 31), "dd/mm/yyyy",
              "Benchmarking complete; proposal to go to the Joint Staff Committee in February.", "fillA"),
         ]),
    ]
    r = 6
    for risk, desc, owner, score, dot, actions in risks:
        first = r
        for ref, text, aowner, due, fmt, prog, rag in actions:
            grid(ws2, r, [None] * 5 + [ref, text, aowner, None, prog, None])
            c = ws2.cell(row=r, column=9)
            if isinstance(due, dt.datetime):
                date_cell(c, due, fmt)
            else:
                c.value = due
            rc = ws2.cell(row=r, column=11)
            if rag == "fillA":
                rc.fill = PatternFill("solid", start_color=AMBER, end_color=AMBER)
            elif rag == "Complete":
                rc.value = "Complete"
                rc.fill = PatternFill("solid", start_color=BLUE, end_color=BLUE)
            else:
                rc.value = rag
                rc.fill = PatternFill("solid", start_color=FILL[rag], end_color=FILL[rag])
            r += 1
        for col, val in zip(range(1, 6), [risk, desc, owner, score, dot]):
            ws2.cell(row=first, column=col, value=val).alignment = WRAP
            if r - 1 > first:
                ws2.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws2.cell(row=r, column=1, value="Action RAG key").font = Font(bold=True)
    for k, txt in [("G", "On track"), ("A", "Some slippage \u2013 recoverable"), ("R", "Off track"),
                   ("Complete", "Action completed")]:
        r += 1
        c = ws2.cell(row=r, column=1, value=k)
        c.fill = PatternFill("solid", start_color=FILL.get(k, BLUE), end_color=FILL.get(k, BLUE))
        ws2.cell(row=r, column=2, value=txt)
    wb.save(out("hp2-dartford-bc-corporate-risk-register-q3-2025-26.xlsx"))


# ======================= 5. Kent CC Securing Kent's Future transformation highlight report
def kent_highlight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Programme overview"
    ws["A1"] = "Securing Kent's Future \u2013 Transformation Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: October \u2013 November 2025"
    ws["A3"] = "For: Transformation Programme Board, 9 December 2025"
    grid(ws, 5, ["Workstream", "SRO", "Previous RAG", "Current RAG", "2025/26 savings target (\u00a3m)",
                 "Forecast delivery (\u00a3m)"], bold=True, bg="1F4E78")
    over = [
        ("1. Adult Social Care and Health \u2013 New Models of Care and Support",
         "Corporate Director, Adult Social Care and Health", "A", "A", 18.4, 15.9),
        ("2. Children, Young People and Education \u2013 Placements and SEND transport",
         "Corporate Director, Children, Young People and Education", "A", "A", 12.1, 10.2),
        ("3. Chief Executive's Department \u2013 Property, contracts and digital",
         "Corporate Director of Finance", "G", "A", 6.5, 6.1),
    ]
    for i, row in enumerate(over, start=6):
        grid(ws, i, list(row))
        for col, k in ((3, row[2]), (4, row[3])):
            ws.cell(row=i, column=col).fill = PatternFill("solid", start_color=FILL[k], end_color=FILL[k])
    grid(ws, 9, ["Total", "", "", "", 37.0, 32.2], bold=True)
    ws["A11"] = "Milestone detail for each workstream is on the following sheets."
    ws["A12"] = "RAG: G = on track; A = at risk, mitigation in place; R = off track, Board decision needed; B = complete."
    for col, w in zip("ABCDEF", [62, 46, 12, 12, 16, 16]):
        ws.column_dimensions[col].width = w

    cols = ["No.", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    streams = [
        ("WS1 ASCH", "Workstream 1: Adult Social Care and Health \u2013 New Models of Care and Support",
         "Corporate Director, Adult Social Care and Health", "A", "A",
         "Residential placements remain above plan; Technology Enabled Lives service launched.", [
             ("1.1", "Launch the Technology Enabled Lives service across all Kent localities.",
              "Helen Grant", D(2025, 9, 30), D(2025, 9, 30), "B",
              "Launched 29 September 2025; 1,240 people supported to date."),
             ("1.2", "Complete the review of in-house day services and take the recommendations to the Cabinet "
                     "Committee.", "Helen Grant / Tom Ashby", D(2025, 10, 31), D(2026, 1, 31), "A",
              "Consultation extended by six weeks after a high response rate."),
             ("1.3", "Move 150 people from residential care to supported living or Shared Lives arrangements.",
              "Head of Commissioning (ASCH)", D(2026, 3, 31), D(2026, 3, 31), "R",
              "62 moves to date. Supported living capacity in East Kent is the main constraint; "
              "decision on block contract needed from Board."),
         ]),
        ("WS2 CYPE", "Workstream 2: Children, Young People and Education \u2013 Placements and SEND transport",
         "Corporate Director, Children, Young People and Education", "A", "A",
         "Children's homes programme delayed by planning; transport savings on track.", [
             ("2.1", "Open the two new in-house children's homes in Swale and Thanet.",
              "Director of Integrated Children's Services", "Dec 2025", "Jun 2026", "A",
              "Planning consent for the Thanet home received in November; Swale application resubmitted."),
             ("2.2", "Recruit 40 additional in-house foster carers through the Fostering Kent campaign.",
              "Head of Fostering", "Mar 2026", "Mar 2026", "G",
              "23 households approved; a further 19 in assessment."),
             ("2.3", "Implement the SEND transport policy changes agreed in the 2025/26 budget.\n"
                     "Publish the revised Post-16 transport policy statement.",
              "Director of Education and SEN", "Sep 2025", "Sep 2025", "B",
              "Changes in place for the new academic year; policy statement published 30 May 2025."),
         ]),
        ("WS3 CED", "Workstream 3: Chief Executive's Department \u2013 Property, contracts and digital",
         "Corporate Director of Finance", "G", "A",
         "Disposals slipping into 2026/27; procurement savings confirmed.", [
             ("3.1", "Dispose of the surplus office buildings identified in tranche 2 of the Asset Review.",
              "Director of Infrastructure", D(2025, 12, 31), D(2026, 6, 30), "A",
              "Two of four sites under offer; remaining two to go to auction in spring."),
             ("3.2", "Re-procure the corporate print and post contract to deliver \u00a30.3m annual savings.",
              "Head of Commercial and Procurement", D(2026, 4, 1), D(2026, 4, 1), "G",
              "Tender evaluation complete; contract award report in January."),
             ("3.3", "Deploy Microsoft 365 Copilot licences to 500 staff and evaluate the productivity benefits.",
              "CIO / Head of Digital Transformation", D(2025, 11, 30), D(2026, 3, 31), "R",
              "Information governance review of Copilot has not concluded; deployment paused."),
             ("3.4", "Decommission the legacy finance system after migration to the new ERP.",
              "Corporate Director of Finance", D(2026, 6, 30), D(2026, 6, 30), "Not started",
              "Dependent on ERP go-live in April 2026."),
         ]),
    ]
    for sheet, title, sro, prev, cur, summary, ms in streams:
        w = wb.create_sheet(sheet)
        w["A1"] = title
        w["A1"].font = Font(bold=True, size=13)
        w["A2"] = "Senior Responsible Owner"
        w["C2"] = sro
        w["A3"] = "Overall status"
        w["C3"] = "Previous"
        w["D3"] = prev
        w["E3"] = "Current"
        w["F3"] = cur
        for ref, k in (("D3", prev), ("F3", cur)):
            w[ref].fill = PatternFill("solid", start_color=FILL[k], end_color=FILL[k])
        w["A4"] = "Summary"
        w.merge_cells("C4:G4")
        w["C4"] = summary
        for ref in ("A2", "A3", "A4"):
            w[ref].font = Font(bold=True)
        w["A6"] = "Key milestones"
        w["A6"].font = Font(bold=True, size=12)
        grid(w, 7, cols, bold=True, bg="1F4E78")
        r = 8
        for no, text, owner, base, fc, rag, comm in ms:
            grid(w, r, [no, text, owner, None, None, None, comm])
            for col, v in ((4, base), (5, fc)):
                c = w.cell(row=r, column=col)
                if isinstance(v, dt.datetime):
                    date_cell(c, v)
                else:
                    c.value = v
            rc = w.cell(row=r, column=6)
            if rag in FILL:
                rc.value = rag
                rc.fill = PatternFill("solid", start_color=FILL[rag], end_color=FILL[rag])
            else:
                rc.value = rag
            r += 1
        r += 1
        w.cell(row=r, column=1, value="Issues for escalation to the Programme Board").font = Font(bold=True)
        w.cell(row=r + 1, column=1, value="See commentary against RAG-rated red milestones above." if any(
            m[5] == "R" for m in ms) else "None this period.")
        for col, wd in zip("ABCDEFG", [8, 60, 34, 13, 13, 12, 55]):
            w.column_dimensions[col].width = wd
    wb.save(out("hp2-kent-county-council-securing-kents-future-transformation-highlight-report.xlsx"))


# ============================= 6. Southend CSP community safety plan 2025-26 (csv)
def southend_csp():
    import csv
    cols = ["Priority", "Objective", "Ref", "Action", "Lead", "Supporting partners", "Timescale",
            "Progress at Q2 (to 30 September 2025)", "RAG"]
    n = len(cols)
    rows = [
        ["Community Safety Partnership Plan 2025-26 \u2013 Delivery Plan"] + [""] * (n - 1),
        ["Southend-on-Sea Community Safety Partnership"] + [""] * (n - 1),
        ["Updated for the CSP Board, 18 November 2025"] + [""] * (n - 1),
        [""] * n,
        cols,
        ["Priority 1: Safe and confident communities",
         "1.1 Reduce antisocial behaviour in the city centre and along the seafront", "SC1",
         "Deliver a summer seafront operation with joint police and Community Safety Officer patrols, "
         "including dispersal orders where needed.",
         "Essex Police / SCC Community Safety", "c2c; Southend BID; Adventure Island",
         "Apr 2025 \u2013 Sep 2025",
         "Operation ran 1 May to 14 September. ASB incidents on the seafront down 18% on summer 2024.",
         "Complete"],
        ["", "", "SC2",
         "Renew the city centre Public Spaces Protection Order following public consultation.",
         "Community Safety Manager", "Legal Services; Essex Police", "Oct-25",
         "Consultation closed 31 August (1,104 responses). Cabinet report on 14 October.", "Green"],
        ["", "1.2 Reduce repeat victimisation from neighbour-related antisocial behaviour", "SC3",
         "Use the ASB Case Review to review all repeat cases in the three highest-demand wards and report "
         "themes to the Board.",
         "ASB Lead Officer", "South Essex Homes; housing associations", "Quarterly",
         "Q1 and Q2 reviews held. Themes: noise, drug-related ASB in flats, and mental health.", "Green"],
        ["Priority 2: Reducing violence against women and girls",
         "2.1 Make the night-time economy safer for women and girls", "VAWG1",
         "Extend Ask for Angela and Welfare and Vulnerability Engagement (WAVE) training to all licensed "
         "premises in the city centre.",
         "Licensing Manager", "Essex Police Licensing; Southend BID", "31/03/2026",
         "38 of 71 premises trained. Uptake low among late-night takeaways.", "Amber"],
        ["", "", "VAWG2",
         "Commission a Safe Haven in the High Street on Friday and Saturday nights, staffed by Street Pastors "
         "and a paramedic.",
         "Community Safety Manager & Southend BID Manager", "East of England Ambulance Service; Street Pastors",
         "Dec-25",
         "Funding bid to the PFCC unsuccessful. Looking for alternative funding; December date will not be met.",
         "Red"],
        ["", "2.2 Improve the response to domestic abuse", "VAWG3",
         "Implement the recommendations of the MARAC review, including a new referral threshold and a "
         "dedicated IDVA for high-risk cases.",
         "Domestic Abuse Strategic Lead", "Essex Police; Safe Steps; MSE NHS FT", "Jan 2026",
         "New threshold agreed. IDVA post advertised twice without appointment.", "Amber"],
        ["", "", "VAWG4",
         "Publish the learning from the \"Jenny\" DHR and deliver practitioner briefings to all CSP partners.",
         "DHR Coordinator", "All CSP partners", "Nov-25",
         "Home Office approval received 2 September. Briefings booked for 5 and 12 November.", "Green"],
        ["Priority 3: Tackling serious violence and exploitation",
         "3.1 Deliver the Serious Violence Duty strategy for Southend", "SV1",
         "Refresh the serious violence Strategic Needs Assessment with the Essex Violence and Vulnerability Unit.",
         "Essex VVU / Public Health Consultant", "Youth Justice Service; Essex Police", "Jan-26",
         "Data requests issued; health data delayed.", "Amber"],
        ["", "", "SV2",
         "Roll out the Hospital Navigator scheme in the Emergency Department at Southend Hospital.",
         "Public Health Consultant", "MSE NHS FT; Essex VVU", "Mar-26",
         "Not due to start until Q4.", "Not started"],
        [""] * n,
        ["Total actions: 9 (Complete 1, Green 3, Amber 3, Red 1, Not started 1)"] + [""] * (n - 1),
        ["Notes: RAG ratings are as reported by the lead at the end of Q2. Completed actions will be removed "
         "at the next refresh of the plan."] + [""] * (n - 1),
    ]
    with open(out("hp2-southend-csp-community-safety-plan-2025-26-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# ==================== 7. Three Rivers CSP DHR "Ivy" action plan (tab-separated text)
def three_rivers_dhr():
    cols = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones",
            "Target date", "Date of completion and outcome", "Status"]
    lines = [
        "Three Rivers Community Safety Partnership \u2013 Domestic Homicide Review 'Ivy' \u2013 Action Plan",
        "Position at 14 October 2025 (DHR Oversight Group)",
        "",
        "\t".join(cols),
    ]
    rows = [
        ["1", "Hertfordshire Constabulary to ensure that officers attending domestic abuse incidents where the "
              "victim is over 65 complete a DASH risk assessment with the victim alone.", "Local",
         "Issue a force-wide briefing on DASH with older victims, including the need to speak to the victim "
         "away from the suspect.", "Hertfordshire Constabulary",
         "Briefing drafted; agreed by the Domestic Abuse Investigation and Safeguarding Unit", "31/07/2025",
         "Briefing issued 18 July 2025", "Complete"],
        ["1", "", "Local",
         "Dip-sample 30 domestic abuse incidents with victims over 65 to check DASH completion.",
         "Hertfordshire Constabulary", "Sample selected", "December 2025", "", "On track"],
        ["2", "Hertfordshire County Council Adult Care Services to include coercive control by adult children "
              "in its safeguarding training for practitioners.", "Local",
         "Add a case study on coercive and controlling behaviour by adult family members to the Level 2 "
         "safeguarding adults course.", "Hertfordshire County Council ACS", "Case study written with the "
         "DHR author", "30/09/2025", "Included from September cohort", "Complete"],
        ["3", "GP practices in Three Rivers to record and act on disclosures of domestic abuse made by carers "
              "or patients during routine appointments.", "Local",
         "Promote the IRIS domestic abuse training programme to all Three Rivers GP practices.",
         "Herts and West Essex ICB", "Seven of nine practices signed up", "Febuary 2026", "", "On track"],
        ["3", "", "Local",
         "Audit the use of domestic abuse read codes in the practice where Ivy was registered.",
         "Herts and West Essex ICB", "", "March 2026", "", "Not started"],
        ["4", "Three Rivers CSP to raise awareness of domestic abuse of older people among community and "
              "faith groups.", "Local",
         "Run a 16 Days of Action campaign focused on older victims, with sessions in Rickmansworth, "
         "South Oxhey and Abbots Langley.", "Three Rivers District Council",
         "Venues booked", "December 2025", "", "On track"],
        ["5", "The Home Office to consider including older people as a specific group in the statutory "
              "guidance on DHRs.", "National",
         "Write to the Home Office DHR team setting out the learning from this review.",
         "Three Rivers CSP Chair", "Letter drafted", "30/11/2025", "", "On track"],
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status key: Complete / On track / Delayed / Not started"]
    with open(out("hp2-three-rivers-csp-dhr-ivy-action-plan-typo-month-refuse.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sutton_sar()
    uhd_maternity()
    devon_icb()
    dartford_crr()
    kent_highlight()
    southend_csp()
    three_rivers_dhr()
    print("done")
