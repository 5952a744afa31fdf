"""Build the seven ix2- blind test files (set heldout292).

Run with: /work/main/.venv/bin/python ix2_make.py
Writes the data files beside this script. The expected readings are the
NAME.expected.yaml files beside them (written separately, by hand from the
same content).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "lilac": "E4DFEC",
    "pale": "DDEBF7",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    return sec



# =====================================================================
# 1. North Lincolnshire SAB - SAR Adult R action plan (docx)
# =====================================================================
SAR_FILE = "ix2-north-lincolnshire-sab-sar-adult-r-action-plan.docx"

SAR_THEMES = [
    ("Learning Theme 1: Self-neglect and executive functioning", [
        ("Recommendation 1: NLSAB should seek assurance that practitioners across the partnership "
         "understand how to assess executive functioning when working with adults who self-neglect, "
         "and that this is reflected in Mental Capacity Act assessments.", [
            ("1.1",
             "Refresh the NLSAB Self-Neglect and Hoarding Multi-Agency Guidance to include a section on "
             "executive functioning and the 'articulate and demonstrate' test.",
             "NLSAB Business Manager", "31/12/2024",
             "Refreshed guidance approved by Policy and Procedures Subgroup on 5 December 2024 and "
             "published on the NLSAB website.", "blue"),
            ("1.2",
             "Deliver multi-agency briefing sessions on executive functioning and mental capacity.\n"
             "Sessions to be recorded and added to the NLSAB learning hub.",
             "NLSAB Training Coordinator", "March 2025",
             "Three of four sessions delivered (112 attendees). Final session booked for 11 February 2025.",
             "green"),
            ("1.3",
             "Undertake a single-agency audit of MCA assessments completed for adults open to the "
             "Self-Neglect Pathway.",
             "Adult Social Care – Principal Social Worker; NLaG Named Nurse Safeguarding Adults",
             "Q4 2024/25",
             "Audit tool agreed. NLaG audit delayed due to staffing pressures in the safeguarding team.",
             "amber"),
        ]),
        ("Recommendation 2: Partner agencies should ensure that when an adult repeatedly declines "
         "services, this triggers a multi-agency risk management meeting rather than case closure.", [
            ("2.1",
             "Embed the Multi-Agency Risk Management (MARM) framework and escalation route into the "
             "Self-Neglect Pathway.",
             "Head of Adult Safeguarding, North Lincolnshire Council", "30/09/2024",
             "MARM framework launched 1 October 2024; nine MARM meetings held to date.", "blue"),
            ("2.2",
             "Amend case closure procedures so that no case is closed following disengagement without "
             "a documented manager review of risk.",
             "ASC / RDaSH / Humberside Police", "January 2025",
             "ASC and RDaSH procedures amended. Police procedure is with the Force Policy Unit for sign-off.",
             "amber"),
        ]),
    ]),
    ("Learning Theme 2: Hospital discharge and information sharing", [
        ("Recommendation 3: Northern Lincolnshire and Goole NHS Foundation Trust and Adult Social Care "
         "should review how safeguarding concerns raised on admission are shared with community teams "
         "at discharge.", [
            ("3.1",
             "Add a mandatory safeguarding field to the discharge summary template.",
             "NLaG Head of Safeguarding", "30/06/2025",
             "Digital change request submitted to the EPR team.", "green"),
            ("3.2",
             "Review the Integrated Discharge Team's information-sharing protocol with community "
             "nursing and GP practices.",
             "Integrated Discharge Team Manager & Designated Nurse Safeguarding Adults (ICB)",
             "Sept 2024 – March 2025",
             "Review under way; draft protocol to the Health Subgroup in March 2025.", "green"),
        ]),
        ("Recommendation 4: NLSAB should assure itself that the learning from this review is shared "
         "and that its impact on practice is tested.", [
            ("4.1",
             "Publish a 7-minute briefing on the learning from the review and circulate it through all "
             "partner agencies.",
             "NLSAB Business Manager", "October 2024",
             "Published 2 October 2024.", "blue"),
            ("4.2",
             "Carry out a multi-agency case file audit of self-neglect cases to test the impact of the "
             "learning.",
             "NLSAB Quality Assurance Subgroup", "September 2025",
             "Included in the QA Subgroup audit programme for 2025/26.", None),
            ("4.3",
             "Report progress against this action plan to each meeting of the SAR Subgroup until all "
             "actions are complete.",
             "SAR Subgroup Chair", "Ongoing",
             "Standing agenda item.", "green"),
        ]),
    ]),
]


def make_sar():
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "North Lincolnshire Safeguarding Adults Board – OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("Safeguarding Adults Review: Adult R – Multi-Agency Action Plan", style="Title")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [
        ("Document owner", "SAR Subgroup Chair"),
        ("Version", "1.4"),
        ("Date of last update", "13 January 2025"),
        ("Approved by", "NLSAB Executive Group, 24 October 2024"),
        ("Next review", "SAR Subgroup, April 2025"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], FILL["pale"])
        set_cell(row.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Adult R was a 58-year-old man who lived alone and died in February 2023. He was known to "
        "several agencies because of concerns about self-neglect and the condition of his home. The "
        "review was published in September 2024 and made four recommendations. This plan sets out how "
        "partner agencies will respond to them. Progress is reported to the SAR Subgroup and, by "
        "exception, to the Board.")

    doc.add_paragraph("RAG rating key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for row, (colour, meaning) in zip(k.rows, [
        ("blue", "Action complete and evidence received"),
        ("green", "On track to complete by the target date"),
        ("amber", "Some slippage; may not complete by the target date"),
        ("red", "Not started or significantly off track"),
    ]):
        set_cell(row.cells[0], colour.capitalize(), bold=True)
        shade(row.cells[0], FILL[colour])
        set_cell(row.cells[1], meaning)

    cols = ["Ref", "Action", "Lead agency / officer", "Target date",
            "Progress update (January 2025)", "RAG"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(2.8), Cm(7.0), Cm(1.5)]
    for theme, recs in SAR_THEMES:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, actions in recs:
            doc.add_paragraph(rec, style="Heading 2")
            tbl = doc.add_table(rows=1 + len(actions), cols=len(cols))
            tbl.style = "Table Grid"
            for cell, label in zip(tbl.rows[0].cells, cols):
                set_cell(cell, label, bold=True)
                shade(cell, FILL["grey"])
            for row, (ref, act, lead, end, upd, rag) in zip(tbl.rows[1:], actions):
                vals = [ref, act, lead, end, upd, ""]
                for cell, v in zip(row.cells, vals):
                    set_cell(cell, v)
                if rag:
                    shade(row.cells[5], FILL[rag])
            for row in tbl.rows:
                for cell, w in zip(row.cells, widths):
                    cell.width = w
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 3")
    doc.add_paragraph("Agreed by the NLSAB Independent Chair on behalf of the Board: 24 October 2024.")
    doc.save(os.path.join(HERE, SAR_FILE))


# =====================================================================
# 2. East and Mid Devon CSP - DHR 'Alice' action plan (csv) - REFUSE
# =====================================================================
DHR_FILE = "ix2-east-and-mid-devon-csp-dhr-alice-action-plan-typo-month-refuse.csv"

DHR_HEAD = ["Rec No.", "Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date",
            "Date of completion and Outcome", "RAG"]
DHR_ROWS = [
    ["1", "Devon and Cornwall Police should ensure that officers attending domestic abuse incidents "
          "complete the DASH risk assessment with the victim away from the perpetrator.", "Local",
     "Issue a force-wide practice reminder through the Domestic Abuse Champions network.",
     "Devon and Cornwall Police", "Practice reminder drafted and agreed with Public Protection",
     "31/10/2024", "Completed 15/10/2024 – reminder issued to all response officers", "Complete"],
    ["", "", "",
     "Dip-sample 50 DASH forms each quarter to check where and how the risk assessment was completed.",
     "Devon and Cornwall Police", "Q3 dip sample complete (46 of 50 compliant)", "Quarterly", "",
     "Green"],
    ["2", "NHS Devon ICB should remind GP practices in East and Mid Devon of the IRIS referral "
          "pathway and routine enquiry about domestic abuse.", "Local",
     "Deliver an IRIS training refresh to GP practices in East Devon and Mid Devon.",
     "NHS Devon ICB", "14 of 22 practices trained", "March 2025", "", "Amber"],
    ["", "", "",
     "Add a domestic abuse enquiry prompt to the practice template for repeat attendances with injury.",
     "NHS Devon ICB", "Template change requested from the clinical system supplier", "Febuary 2025",
     "", "Green"],
    ["3", "Housing providers should share tenancy-related concerns that indicate domestic abuse with "
          "the MARAC.", "Local",
     "Develop a joint protocol between EDDC Housing and MDDC Housing for sharing tenancy-related "
     "concerns with the MARAC.",
     "EDDC Housing / MDDC Housing", "Draft protocol circulated to MARAC steering group",
     "30/04/2025", "", "Green"],
    ["4", "The CSP should raise awareness of domestic abuse among local employers.", "Local",
     "Launch a Domestic Abuse in the Workplace pledge for local employers.",
     "East and Mid Devon CSP Partnership Manager", "", "Sept 2025", "", ""],
    ["5", "The Home Office should consider issuing guidance on the sharing of information about "
          "perpetrators who move between force areas.", "National",
     "Write to the Home Office on behalf of the review panel setting out recommendation 5.",
     "CSP Chair", "Letter sent 01/08/2024", "31/08/2024",
     "Completed – acknowledgement received 19/09/2024", "Complete"],
]


def make_dhr():
    n = len(DHR_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [
        pad("East and Mid Devon Community Safety Partnership – Domestic Homicide Review 'Alice': Action Plan"),
        pad("Overview report approved by the Home Office Quality Assurance Panel on 12 July 2024. "
            "Action plan last updated 21/01/2025."),
        pad(""),
        DHR_HEAD,
    ] + DHR_ROWS + [
        pad(""),
        pad("RAG: Complete = action completed; Green = on track; Amber = at risk; Red = overdue"),
    ]
    with open(os.path.join(HERE, DHR_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =====================================================================
# 3. Northampton General Hospital - Trust Board public action log (xlsx)
# =====================================================================
NGH_FILE = "ix2-northampton-general-hospital-nhs-trust-board-public-action-log.xlsx"

NGH_STATUS_FILL = {"Closed": "blue", "Not yet due": "green", "Due date revised": "amber",
                   "Overdue": "red"}
NGH_OPEN = [
    ("Meeting held 28 November 2024", [
        ("TB24/071", d(2024, 11, 28), "24/151", "Integrated Performance Report",
         "Provide a breakdown of 52-week waits by specialty, with trajectories to March 2025.",
         "Chief Operating Officer", d(2025, 1, 30), d(2025, 3, 27),
         "Deferred to March to align with the planning submission. Presented under item 25/038.",
         "Closed"),
        ("TB24/072", d(2024, 11, 28), "24/153", "Maternity and Neonatal Safety Report",
         "Bring the outcome of the CNST Year 6 evidence review to the Board before submission.",
         "Chief Nurse / Director of Midwifery", d(2025, 1, 30), None,
         "Presented 30 January 2025; Board approved the declaration.", "Closed"),
        ("TB24/075", d(2024, 11, 28), "24/158", "Freedom to Speak Up Report",
         "Set out how themes from speaking up cases will be triangulated with staff survey results.",
         "Chief People Officer", d(2025, 5, 29), None,
         "Scheduled with the FTSU annual report.", "Not yet due"),
    ]),
    ("Meeting held 30 January 2025", [
        ("TB25/004", d(2025, 1, 30), "25/009", "Patient Story",
         "Invite the patient and family back to a future Board meeting to hear about the changes made "
         "to the discharge lounge.",
         "Director of Corporate Affairs", d(2025, 3, 27), d(2025, 7, 31),
         "The family have asked for the visit to take place in the summer.", "Due date revised"),
        ("TB25/006", d(2025, 1, 30), "25/014", "Finance Report – Month 9",
         "Provide the Board with a reconciliation of the agency spend reduction to the workforce plan.",
         "Director of Finance & Chief People Officer", d(2025, 3, 27), None,
         "Paper not received for the March meeting.", "Overdue"),
        ("TB25/009", d(2025, 1, 30), "25/019", "Board Assurance Framework",
         "Review the risk score of BAF 4 (estates infrastructure) in light of the theatre roof failure.",
         "Director of Estates and Facilities", d(2025, 3, 27), None,
         "Reviewed by Finance and Performance Committee on 20 March 2025; score increased to 20.",
         "Closed"),
    ]),
    ("Meeting held 27 March 2025", [
        ("TB25/021", d(2025, 3, 27), "25/038", "Integrated Performance Report",
         "Include cancer 62-day performance for the Group alongside Trust data in future reports.",
         "Chief Operating Officer", d(2025, 5, 29), None, "", "Not yet due"),
        ("TB25/024", d(2025, 3, 27), "25/044", "Green Plan Annual Update",
         "Circulate the revised Green Plan delivery trajectory to Board members outside the meeting.",
         "Director of Strategy", d(2025, 4, 30), None, "", "Not yet due"),
    ]),
]
NGH_CLOSED = [
    ("Meeting held 26 September 2024", [
        ("TB24/058", d(2024, 9, 26), "24/121", "Health and Safety Annual Report",
         "Confirm fire warden training compliance by ward and department.",
         "Director of Estates and Facilities", d(2024, 11, 28), d(2025, 1, 30),
         "Compliance data presented in January 2025 (87%).", "Closed"),
        ("TB24/061", d(2024, 9, 26), "24/126", "Learning from Deaths – Quarter 1",
         "Provide the Board with the SHMI trend for sepsis over the last 24 months.",
         "Medical Director", d(2024, 11, 28), None,
         "Included in the Quarter 2 Learning from Deaths report.", "Closed"),
    ]),
]
NGH_HEAD = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead",
            "Original due date", "Revised due date", "Update", "Status"]


def _fill(colour):
    return PatternFill("solid", start_color=FILL[colour], end_color=FILL[colour])


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _ngh_sheet(ws, title_lines, groups, start_key=True):
    r = 1
    for i, line in enumerate(title_lines):
        ws.cell(r, 1, line).font = Font(bold=(i == 0), size=14 if i == 0 else 11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
    if start_key:
        ws.cell(r, 1, "Key:").font = Font(bold=True)
        for j, (word, colour) in enumerate(NGH_STATUS_FILL.items()):
            c = ws.cell(r, 2 + j, word)
            c.fill = _fill(colour)
            c.border = BOX
        r += 1
    r += 1
    for j, h in enumerate(NGH_HEAD, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = _fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for heading, rows in groups:
        c = ws.cell(r, 1, heading)
        c.font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = _fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 10).fill = _fill(NGH_STATUS_FILL[row[9]])
            r += 1
    for col, w in zip("ABCDEFGHIJ", [11, 12, 10, 24, 48, 26, 12, 12, 44, 16]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = None


def make_ngh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    _ngh_sheet(ws, ["Northampton General Hospital NHS Trust – Trust Board (Meeting in Public) Action Log",
                    "Updated following the meeting held on 27 March 2025"], NGH_OPEN)
    ws2 = wb.create_sheet("Closed actions")
    _ngh_sheet(ws2, ["Actions closed at the meeting held on 27 March 2025",
                     "For information – these actions will be removed from the log at the next meeting"],
               NGH_CLOSED, start_key=False)
    wb.save(os.path.join(HERE, NGH_FILE))


# =====================================================================
# 4. Royal United Hospitals Bath - Maternity & Neonatal Improvement Plan (xlsx)
# =====================================================================
RUH_FILE = "ix2-royal-united-hospitals-bath-nhsft-maternity-neonatal-improvement-plan.xlsx"

RAG_LETTER_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
RUH_PLAN = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("CQC SD2: The service should ensure that women can access interpreting services at every "
         "contact, including in maternity triage.", [
            ("T1.1", "Introduce on-demand video interpreting on all maternity triage devices.",
             "Maternity Matron – Triage", d(2024, 6, 1), d(2024, 9, 30), d(2024, 12, 31), "A", "B",
             "Devices live from 9 December 2024. Audit shows 94% of triage contacts with an interpreter "
             "need were supported."),
            ("T1.2", "Co-produce a feedback survey with the Maternity and Neonatal Voices Partnership "
                     "(MNVP) for women who used an interpreter.",
             "Patient Experience Midwife / MNVP Chair", d(2024, 10, 1), d(2025, 3, 31), None, "G", "G",
             "Survey questions agreed with the MNVP; translation into five languages under way."),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("CQC MD1: The trust must ensure that all staff complete mandatory training, including PROMPT "
         "and fetal monitoring training, in line with the trust target.", [
            ("T2.1", "Achieve and sustain 90% compliance with PROMPT training for all staff groups.",
             "Practice Development Midwife; Clinical Director Obstetrics", d(2024, 4, 1),
             d(2024, 10, 31), d(2025, 3, 31), "A", "A",
             "Midwives 93%, obstetric consultants 88%, anaesthetists 79%. Additional dates added in "
             "February and March."),
            ("T2.2", "Introduce a monthly training compliance report by staff group to the Maternity "
                     "Governance Committee.",
             "Maternity Governance Lead", d(2024, 5, 1), d(2024, 7, 31), None, "B", "B",
             "Report in place since July 2024."),
        ]),
        ("3YDP: Trusts to implement local evidence-based retention action plans.", [
            ("T2.3", "Recruit to 2.0 WTE Professional Midwifery Advocate posts.\n"
                     "Launch a restorative clinical supervision offer for all midwives.",
             "Director of Midwifery", d(2024, 7, 1), "Q1 2025/26", None, "G", "A",
             "One PMA appointed (start date 3 March 2025). Second post out to advert."),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("CQC MD3: The trust must ensure that incidents are reviewed in a timely way and that learning "
         "is shared with staff.", [
            ("T3.1", "Clear the backlog of open maternity incidents older than 60 days.",
             "Maternity Risk Manager", d(2024, 4, 1), d(2024, 11, 30), d(2025, 2, 28), "R", "A",
             "Backlog reduced from 212 to 41. Additional band 7 governance midwife in post from January."),
            ("T3.2", "Publish a monthly 'Learning Matters' safety bulletin and cover it at the daily "
                     "safety huddle.",
             "Maternity Governance Lead", d(2024, 6, 1), d(2024, 8, 31), None, "B", "B",
             "Bulletin published monthly since August 2024."),
            ("T3.3", "Implement PSIRF-aligned After Action Reviews for all moderate harm maternity "
                     "incidents.",
             "Head of Patient Safety", d(2024, 9, 1), d(2025, 3, 31), None, "G", "R",
             "Facilitator training cancelled twice; no AARs held in January."),
        ]),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("CQC SD5: The service should ensure that the Birmingham Symptom-specific Obstetric Triage "
         "System (BSOTS) is fully embedded and that women are seen within 15 minutes of arrival.", [
            ("T4.1", "Complete BSOTS implementation, including a 24/7 triage midwife rota.",
             "Maternity Matron – Triage", d(2024, 4, 1), d(2024, 9, 30), None, "B", "B",
             "BSOTS fully implemented in September 2024."),
            ("T4.2", "Audit time to initial triage assessment monthly and report to the Maternity and "
                     "Neonatal Safety Champions.",
             "Maternity Matron – Triage & Consultant Obstetrician (Triage lead)", d(2024, 10, 1),
             "Monthly", None, "G", "G",
             "December audit: 81% of women seen within 15 minutes."),
        ]),
    ]),
]
RUH_HEAD = ["Ref", "Finding / requirement", "Action", "Lead", "Start date", "Original due date",
            "Revised due date", "Previous RAG (Dec-24)", "Current RAG (Jan-25)",
            "Progress update / evidence"]


def make_ruh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Royal United Hospitals Bath NHS Foundation Trust"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("A single improvement plan bringing together the CQC maternity inspection (2023) must-do "
                "and should-do actions and the Three Year Delivery Plan for maternity and neonatal services.")
    r = 5
    for k, v in [("Executive sponsor", "Chief Nurse"), ("Plan owner", "Director of Midwifery"),
                 ("Reporting to", "Maternity and Neonatal Safety Champions / Quality Governance Committee"),
                 ("Version", "v2.3 – January 2025")]:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for row in [("Version", "Date", "Author", "Changes"),
                ("v2.1", d(2024, 11, 4), "Maternity Governance Lead",
                 "Revised due dates agreed at Safety Champions meeting"),
                ("v2.2", d(2024, 12, 9), "Maternity Governance Lead", "December position added"),
                ("v2.3", d(2025, 1, 31), "Maternity Governance Lead", "January position added")]:
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, meaning in [("B", "Complete and evidenced"), ("G", "On track"),
                            ("A", "At risk of missing due date"), ("R", "Off track / overdue")]:
        c = ws.cell(r, 1, letter)
        c.fill = _fill(RAG_LETTER_FILL[letter])
        c.alignment = Alignment(horizontal="center")
        ws.cell(r, 2, meaning)
        r += 1
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024/25 – position at 31 January 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    r = 3
    for j, h in enumerate(RUH_HEAD, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = _fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, reqs in RUH_PLAN:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = _fill("lilac")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for req, actions in reqs:
            first = r
            ws.cell(r, 2, req)
            for (ref, act, lead, start, orig, rev, prev, cur, upd) in actions:
                vals = {1: ref, 3: act, 4: lead, 5: start, 6: orig, 7: rev, 8: prev, 9: cur, 10: upd}
                for j, v in vals.items():
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j in (8, 9):
                    c = ws.cell(r, j)
                    c.fill = _fill(RAG_LETTER_FILL[c.value])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                counts[cur] += 1
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(first, 2).alignment = WRAP
            for rr in range(first, r):
                for j in range(1, 11):
                    ws.cell(rr, j).border = BOX
    r += 1
    ws.cell(r, 1, "Summary (current RAG)").font = Font(bold=True)
    r += 1
    for letter in "BGAR":
        ws.cell(r, 1, letter).fill = _fill(RAG_LETTER_FILL[letter])
        ws.cell(r, 2, counts[letter])
        r += 1
    ws.cell(r, 1, "Total")
    ws.cell(r, 2, sum(counts.values()))
    r += 2
    ws.cell(r, 1, "Note: actions rated B are kept on the plan for one further reporting cycle before "
                  "being archived.")
    for col, w in zip("ABCDEFGHIJ", [7, 40, 46, 28, 12, 12, 12, 11, 11, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, RUH_FILE))


# =====================================================================
# 5. East Devon DC - Corporate Risk Register Q3 2025/26 (xlsx)
# =====================================================================
EDDC_FILE = "ix2-east-devon-dc-corporate-risk-register-q3-2025-26.xlsx"

EDDC_STATUS_FILL = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
EDDC_RISKS = [
    ("CR01 Financial sustainability",
     "Reduced government funding following the Fair Funding Review and rising demand for temporary "
     "accommodation mean the Council cannot set a balanced budget over the MTFS period.",
     "MTFS refreshed annually; Financial Resilience Plan; monthly budget monitoring to SLT.",
     "16 (4x4)", "Director of Finance", 20, 16, 16, "↔", 9, [
         ("Deliver the £2.1m savings programme agreed in the 2025/26 budget.",
          "Director of Finance", d(2026, 3, 31), "A",
          "£1.4m delivered or on track; £0.7m at risk (car parking income)."),
         ("Model the impact of the Fair Funding Review 2.0 settlement and update the MTFS.",
          "Financial Services Manager", d(2026, 2, 28), "G",
          "Provisional settlement received 17 December; modelling under way."),
         ("Review temporary accommodation costs and bring forward options for purchasing additional "
          "units.",
          "Housing Needs Manager & Financial Services Manager", "Dec-25", "C",
          "Cabinet approved purchase of 12 units on 3 December 2025."),
     ]),
    ("CR02 Local government reorganisation",
     "Devon-wide proposals for new unitary authorities divert capacity from service delivery and "
     "create uncertainty for staff.",
     "LGR programme board; weekly updates to SLT; staff briefings.",
     "20 (4x5)", "Chief Executive", 20, 16, 20, "↑", 12, [
         ("Submit the Council's response and supporting evidence to government on the final proposal.",
          "Chief Executive", d(2025, 11, 28), "C", "Submitted 27 November 2025."),
         ("Put in place a staff retention and wellbeing plan for the transition period.",
          "Assistant Director – Organisational Development", d(2026, 1, 31), "A",
          "Draft plan delayed to allow consultation with UNISON."),
         ("Maintain the LGR risk log and report to Strategic Lead Members monthly.",
          "LGR Programme Manager", "Ongoing", "G",
          "Reported in December 2025 and January 2026."),
     ]),
    ("CR03 Housing compliance (landlord health and safety)",
     "Failure to meet the Regulator of Social Housing consumer standards, including fire, gas, "
     "electrical, asbestos, water and lift safety, leads to harm to tenants and regulatory intervention.",
     "Compliance dashboard; Landlord Compliance Group; external audit of compliance data.",
     "9 (3x3)", "Director of Housing and Health", 20, 12, 9, "↓", 6, [
         ("Complete outstanding fire risk assessment actions graded high priority.",
          "Compliance Manager", d(2025, 12, 31), "C", "All 46 high priority actions closed."),
         ("Complete stock condition surveys of 100% of council homes.",
          "Director of Housing and Health", "Sept 2025 – June 2026", "G", "68% of homes surveyed."),
     ]),
    ("CR04 Cyber security",
     "A cyber attack or ransomware incident causes loss of systems and data.",
     "Strata Service Solutions managed service; PSN compliance; MFA; backups tested.",
     "15 (3x5)", "Assistant Director – Digital Services", 25, 15, 15, "↔", 10, [
         ("Deliver cyber awareness training to all staff and members, with a phishing simulation.",
          "Strata IT Security Manager", d(2026, 3, 31), "R",
          "Staff completion 61%; member completion 34%. Escalated to SLT."),
         ("Test the Business Continuity Plan against a ransomware scenario.",
          "Emergency Planning Officer / Strata IT Security Manager", "Jan-26", "G",
          "Exercise scheduled for 22 January 2026."),
     ]),
]


def make_eddc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "East Devon District Council"
    ws["A3"] = "Reported to Audit and Governance Committee, 29 January 2026"
    head = ["Risk", "Risk owner", "Inherent score", "Residual score (Q2)", "Residual score (Q3)",
            "Direction of travel", "Target score"]
    r = 5
    for j, h in enumerate(head, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = _fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for risk in EDDC_RISKS:
        name, _desc, _ctl, _score, owner, inh, q2, q3, dot, tgt, _acts = risk
        for j, v in enumerate([name, owner, inh, q2, q3, dot, tgt], start=1):
            c = ws.cell(r, j, v)
            c.border = BOX
        sc = ws.cell(r, 5)
        sc.fill = _fill("red" if q3 >= 15 else "amber" if q3 >= 8 else "green")
        r += 1
    r += 1
    ws.cell(r, 1, "Risk score = likelihood x impact (1-5). Red 15-25; Amber 8-14; Green 1-7.")
    r += 1
    ws.cell(r, 1, "Action status key: C = Complete, G = On track, A = Some slippage, "
                  "R = Significantly off track / overdue")
    for col, w in zip("ABCDEFG", [46, 40, 12, 12, 12, 12, 12]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Corporate Risk Register – Q3 2025/26: risk detail and further actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    head = ["Risk", "Risk description (cause, event, consequence)", "Existing controls",
            "Residual score", "Further action required", "Action owner", "Target date", "Status",
            "Q3 update"]
    r = 3
    for j, h in enumerate(head, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = _fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for name, desc, ctl, score, owner, inh, q2, q3, dot, tgt, acts in EDDC_RISKS:
        first = r
        ws.cell(r, 1, name).font = Font(bold=True)
        ws.cell(r, 2, desc)
        ws.cell(r, 3, ctl)
        ws.cell(r, 4, score)
        for act, aowner, end, st, upd in acts:
            for j, v in zip(range(5, 10), [act, aowner, end, st, upd]):
                c = ws.cell(r, j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(r, 8)
            sc.fill = _fill(EDDC_STATUS_FILL[st])
            sc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        for j in range(1, 5):
            ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        for rr in range(first, r):
            for j in range(1, 10):
                c = ws.cell(rr, j)
                c.border = BOX
                if j != 8:
                    c.alignment = WRAP
    for col, w in zip("ABCDEFGHI", [22, 40, 34, 10, 46, 28, 14, 8, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, EDDC_FILE))


# =====================================================================
# 6. Cherwell DC - Transformation Programme highlight report (docx)
# =====================================================================
CDC_FILE = "ix2-cherwell-dc-transformation-programme-highlight-report.docx"

CDC_WORKSTREAMS = [
    ("Workstream A: Customer Experience and Digital", [
        ("A1", "Go live with the new customer portal for council tax and benefits.",
         "Head of Customer Focus", "Jan-25", "Jan-25", "G", "B",
         "Portal launched 20 January 2025; 3,140 accounts created in the first ten days."),
        ("A2", "Migrate waste and recycling requests from the legacy CRM to the new platform.",
         "Digital Programme Lead", "Mar-25", "May-25", "G", "A",
         "Integration with the in-cab system delayed by the supplier."),
        ("A3", "Introduce webchat with chatbot triage on the council website.",
         "Head of Customer Focus / Digital Programme Lead", "Jun-25", "Jun-25", "G", "G",
         "Procurement complete; supplier onboarding under way."),
    ]),
    ("Workstream B: Property and Asset Rationalisation", [
        ("B1", "Complete the accommodation review of Bodicote House and agree the future office "
               "footprint.",
         "Assistant Director – Property", "Dec-24", "Mar-25", "A", "A",
         "Options appraisal to go to the Executive in March."),
        ("B2", "Dispose of surplus assets identified in the Asset Review (Phase 1) to generate £1.5m of "
               "capital receipts.",
         "Assistant Director – Property; Head of Legal Services", "Mar-26", "Mar-26", "G", "G",
         "Two of seven sites marketed; one offer under negotiation."),
    ]),
    ("Workstream C: Organisational Development and Ways of Working", [
        ("C1", "Launch the new Leadership Development Programme for all managers.",
         "Head of HR and OD", "Nov-24", "Nov-24", "G", "B",
         "Cohort 1 (24 managers) started on 14 November 2024."),
        ("C2", "Implement the revised hybrid working policy following consultation with UNISON.",
         "Head of HR and OD", "Feb-25", "Apr-25", "A", "R",
         "Consultation extended; the policy will not be in place by the baseline date."),
        ("C3", "Complete a workforce skills audit and produce a strategic workforce plan.",
         "Head of HR and OD", "Jul-25", "Jul-25", "–", "G",
         "New milestone added this period."),
    ]),
]
RAG_TXT_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def make_cdc():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Cherwell District Council"
    doc.add_paragraph("Transformation Programme Highlight Report – January 2025", style="Title")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [
        ("Reporting period", "1 – 31 January 2025"),
        ("Report to", "Transformation Programme Board, 12 February 2025"),
        ("Programme SRO", "Chief Executive"),
        ("Programme manager", "Transformation Programme Manager"),
        ("Overall programme status", "Amber"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], FILL["pale"])
        set_cell(row.cells[1], v)
    shade(t.rows[4].cells[1], FILL["amber"])

    doc.add_paragraph("Summary", style="Heading 1")
    doc.add_paragraph(
        "The programme remains Amber overall. The customer portal went live on schedule and the first "
        "leadership cohort is under way. Slippage on the CRM migration and the hybrid working policy "
        "is reported below with revised forecast dates for the Board to note.")
    doc.add_paragraph("RAG definitions: B = complete; G = on track; A = at risk, forecast date later "
                      "than baseline; R = off track, Board intervention needed.")

    cols = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
            "Previous RAG", "Current RAG", "Commentary"]
    widths = [Cm(1.0), Cm(7.5), Cm(4.2), Cm(1.9), Cm(1.9), Cm(1.6), Cm(1.6), Cm(6.5)]
    for ws_name, rows in CDC_WORKSTREAMS:
        doc.add_paragraph(ws_name, style="Heading 1")
        tbl = doc.add_table(rows=1 + len(rows), cols=len(cols))
        tbl.style = "Table Grid"
        for cell, label in zip(tbl.rows[0].cells, cols):
            set_cell(cell, label, bold=True)
            shade(cell, FILL["grey"])
        for row, vals in zip(tbl.rows[1:], rows):
            for cell, v in zip(row.cells, vals):
                set_cell(cell, v)
            for idx in (5, 6):
                if vals[idx] in RAG_TXT_FILL:
                    shade(row.cells[idx], FILL[RAG_TXT_FILL[vals[idx]]])
        for row in tbl.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = w

    doc.add_paragraph("Key risks and issues", style="Heading 1")
    rk = doc.add_table(rows=3, cols=5)
    rk.style = "Table Grid"
    for row, vals in zip(rk.rows, [
        ("ID", "Risk / issue", "Mitigation", "Owner", "Rating"),
        ("R1", "Limited ICT capacity to support the CRM migration alongside business as usual.",
         "Two contract developers approved for February – April.", "Digital Programme Lead", "12"),
        ("I1", "Savings from the property workstream will be later than assumed in the MTFS.",
         "Profile reported to the Budget Planning Committee.", "Section 151 Officer", "Issue"),
    ]):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v, bold=(vals[0] == "ID"))

    doc.add_paragraph("Decisions required from the Programme Board", style="Heading 1")
    for line in ["Note the revised forecast dates for A2, B1 and C2.",
                 "Agree to add milestone C3 to the programme plan."]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph("Focus for next period", style="Heading 1")
    for line in ["Complete the CRM migration test plan with the supplier.",
                 "Close the hybrid working consultation."]:
        doc.add_paragraph(line, style="List Bullet")
    doc.save(os.path.join(HERE, CDC_FILE))


# =====================================================================
# 7. Stroud District CSP - Partnership Plan 2025-26 action plan (txt, tab-separated)
# =====================================================================
SDC_FILE = "ix2-stroud-district-csp-partnership-plan-2025-26-action-plan.txt"

SDC_PRIORITIES = [
    ("Priority 1: Reducing anti-social behaviour and its impact on communities", [
        ("1.1", "Run targeted ASB days of action in Stroud town centre and Dursley with police, council "
                "and housing partners.",
         "Stroud DC Community Safety Officer; Gloucestershire Constabulary Neighbourhood Policing Inspector",
         "Mar-26", "G", "Four days of action held (June, July, August and September)."),
        ("1.2", "Introduce a single ASB case review (Community Trigger) tracker shared by partners.",
         "Stroud DC Community Safety Officer", "By 31 July 2025", "Complete",
         "Tracker in use since 21 July 2025."),
        ("1.3", "Commission youth outreach sessions in Cam and Stonehouse during the school holidays.",
         "Stroud DC Community Services Manager and Gloucestershire County Council Youth Support Team",
         "Sept 2025 – March 2026", "A",
         "Summer sessions delivered in Cam; the Stonehouse provider withdrew."),
    ]),
    ("Priority 2: Tackling domestic abuse and violence against women and girls", [
        ("2.1", "Promote the Gloucestershire Domestic Abuse Support Service (GDASS) through GP surgeries, "
                "pharmacies and community venues.",
         "CSP Coordinator", "Ongoing", "G", "Materials distributed to 31 venues."),
        ("2.2", "Deliver Ask for Angela and safer night-time economy training to licensed premises in "
                "the district.",
         "Stroud DC Licensing Team Leader", "Q3 2025/26", "A", "11 of 30 premises trained."),
        ("2.3", "Agree a local response to the learning from the county DHR thematic review and report "
                "progress to the CSP Board.",
         "CSP Chair", "Dec-25", "G", "Workshop held 9 September 2025."),
    ]),
    ("Priority 3: Protecting people from exploitation and serious violence", [
        ("3.1", "Map contextual safeguarding hotspots with the Gloucestershire Serious Violence "
                "Prevention Partnership.",
         "Gloucestershire Constabulary Problem Solving Hub", "Jan-26", "G",
         "First hotspot map shared with partners in September."),
        ("3.2", "Deliver county lines and cuckooing awareness briefings to Stroud DC tenancy staff.",
         "Stroud DC Tenancy Services Manager", "Nov-25", "R",
         "Briefings postponed; trainer unavailable."),
        ("3.3", "Carry out a rural crime and fly-tipping survey with parish and town councils.",
         "Stroud DC Neighbourhood Wardens Team Leader", "Mar-26", "",
         "Not started – due to begin in Q3."),
    ]),
]


def make_sdc():
    lines = [
        "Stroud District Community Safety Partnership – Partnership Plan 2025-26: Action Plan",
        "Q2 update (October 2025)",
        "Exported from the CSP performance tracker 14/10/2025",
        "",
        "\t".join(["Ref", "Action", "Lead partner(s)", "Timescale", "RAG", "Q2 update"]),
    ]
    counts = {}
    n = 0
    for prio, acts in SDC_PRIORITIES:
        lines.append(prio + "\t" * 5)
        for a in acts:
            lines.append("\t".join(a))
            counts[a[4] or "Not rated"] = counts.get(a[4] or "Not rated", 0) + 1
            n += 1
    lines += [
        "",
        "Notes: RAG - G on track, A some slippage, R off track; Complete = action completed.",
        "Summary: {} actions | Complete {} | G {} | A {} | R {} | Not rated {}".format(
            n, counts.get("Complete", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0),
            counts.get("Not rated", 0)),
    ]
    with open(os.path.join(HERE, SDC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_sar()
    make_dhr()
    make_ngh()
    make_ruh()
    make_eddc()
    make_cdc()
    make_sdc()
    print("built 7 files in", HERE)
