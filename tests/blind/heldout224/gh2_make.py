"""Build the seven gh2- blind test files (heldout224).

Run with: /work/main/.venv/bin/python gh2_make.py
Writes into the folder this script sits in.
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

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))
    return s


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_text(c, lab, bold=True)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None


DOCX_FILL = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
XL_FILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in DOCX_FILL.items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ============================================================ 1. Lambeth SAB SAR (docx)
def lambeth_sar():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Lambeth Safeguarding Adults Board"
    doc.add_paragraph("Safeguarding Adults Review ‘Adult T’ – Multi-Agency Action Plan", style="Title")
    doc.add_paragraph("Progress update for the SAR Subgroup, 20 March 2025")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Comments"], fill="D9D9D9")
    for row in [
        ("1.0", "14/02/2024", "LSAB Business Manager",
         "Action plan agreed by the Board following publication of the SAR"),
        ("1.3", "09/10/2024", "LSAB Business Manager", "Q2 progress updates from partners"),
        ("1.5", "20/03/2025", "LSAB Business Manager",
         "Q4 progress updates; RAG ratings reviewed by the SAR Subgroup"),
    ]:
        cells = dc.add_row().cells
        for c, t in zip(cells, row):
            set_text(c, t)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, word, meaning in [
        ("blue", "Blue", "Completed – evidence received by the SAR Subgroup"),
        ("green", "Green", "On track to complete by the target date"),
        ("amber", "Amber", "Some delay – action at risk of missing the target date"),
        ("red", "Red", "Overdue or not progressing – escalate to the Board"),
    ]:
        cells = key.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], DOCX_FILL[colour])
        set_text(cells[1], meaning)

    doc.add_paragraph(
        "The review was published in January 2024. Its recommendations are grouped under the "
        "three themes identified by the independent reviewer. The lead for each action provides "
        "evidence to the SAR Subgroup, which agrees the RAG rating.")

    themes = [
        ("Theme 1: Self-neglect and mental capacity", [
            ("Recommendation 1: The LSAB should seek assurance from partner agencies that mental "
             "capacity assessments for people who self-neglect consider executive functioning, and "
             "that decisions are revisited when risk escalates.", [
                ("1.1", "Refresh the LSAB Multi-Agency Self-Neglect Guidance to include a section on "
                        "executive capacity and a prompt to reassess capacity at each multi-agency "
                        "risk meeting.",
                 "LSAB Policy and Procedures Subgroup Chair", "June 2024",
                 "Revised guidance ratified at the Board on 12 June 2024 and published on the LSAB "
                 "website.", "blue"),
                ("1.2", "Deliver a programme of practice workshops on executive functioning for adult "
                        "social care, mental health and housing staff.",
                 "Principal Social Worker (Adults) / SLaM Safeguarding Lead", "Sept 2024 – March 2025",
                 "Four of six workshops delivered (142 staff). Final two booked for February and "
                 "March 2025.", "green"),
                ("1.3", "Audit a sample of 20 self-neglect cases closed in 2024 to test whether "
                        "capacity was reassessed when risk escalated, and report the findings to the "
                        "Quality and Performance Subgroup.",
                 "Head of Quality Assurance, Adult Social Care", "31/01/2025",
                 "Audit tool agreed. Case selection delayed by the move to the new case "
                 "recording system; 11 of 20 cases audited.", "amber"),
            ]),
        ]),
        ("Theme 2: Multi-agency working and escalation", [
            ("Recommendation 2: Partner agencies should ensure that concerns about an adult who "
             "repeatedly disengages are escalated through the Complex Case Pathway, with a named "
             "lead agency.", [
                ("2.1", "Relaunch the Complex Case Pathway with a 7-minute briefing and a short film "
                        "for frontline practitioners.",
                 "LSAB Business Manager", "March 2024",
                 "Briefing and film launched at the LSAB conference, 21 March 2024.", "blue"),
                ("2.2", "Add the Complex Case Pathway to the induction programmes of all LSAB "
                        "partner agencies.",
                 "Safeguarding leads of all partner agencies", "Ongoing",
                 "Included in induction for Lambeth Council, SLaM and GSTT community services. "
                 "Met Police BCU and Lambeth Living to confirm.", "green"),
                ("2.3", "Report Complex Case Pathway referral data to the Quality and Performance "
                        "Subgroup, recording which agency was named as lead.",
                 "Quality and Performance Subgroup", "Quarterly",
                 "Q3 data not yet received from two agencies.", "amber"),
            ]),
            ("Recommendation 3: NHS South East London ICB (Lambeth) should assure the Board that GP "
             "practices flag adults who are housebound and not attending appointments, and follow up "
             "non-attendance.", [
                ("3.1", "Issue guidance to Lambeth GP practices on ‘did not attend’ and ‘was not "
                        "brought’ coding for housebound adults with care and support needs.",
                 "Designated Nurse for Adult Safeguarding, SEL ICB", "Q1 2024/25",
                 "Guidance issued to all 38 practices in May 2024.", "blue"),
                ("3.2", "Include follow-up of non-attendance by housebound adults in the annual GP "
                        "safeguarding self-assessment.",
                 "Named GP for Safeguarding Adults", "Q3 2024/25",
                 "Self-assessment postponed by the ICB; a new date is to be agreed with the Primary "
                 "Care Committee.", "red"),
            ]),
        ]),
        ("Theme 3: Housing, fire risk and hoarding", [
            ("Recommendation 4: Lambeth Council Housing Services and registered providers should "
             "ensure that fire risk and hoarding are assessed together, and that the London Fire "
             "Brigade is invited to multi-agency meetings where hoarding is identified.", [
                ("4.1", "Agree a joint referral route for Home Fire Safety Visits from housing "
                        "officers for tenants where hoarding is identified (Clutter Image Rating 5 "
                        "or above).",
                 "Head of Tenancy Services; LFB Borough Commander", "Jan-25",
                 "Draft referral route agreed in principle; data sharing agreement with LFB "
                 "awaiting sign-off.", "amber"),
                ("4.2", "Train housing officers to use the Clutter Image Rating scale and to raise a "
                        "safeguarding concern.",
                 "Head of Tenancy Services", "November 2024",
                 "Two sessions delivered; a third session for the repairs team is booked.", "green"),
            ]),
        ]),
    ]
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rec, actions in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            header_row(t, ["Ref", "Action", "Lead", "Target date",
                           "Progress update (March 2025)", "RAG"], fill="D9E2F3")
            for ref, action, lead, date, prog, rag in actions:
                cells = t.add_row().cells
                for c, txt in zip(cells[:5], (ref, action, lead, date, prog)):
                    set_text(c, txt)
                cells[5].text = ""
                shade(cells[5], DOCX_FILL[rag])
            doc.add_paragraph()
    doc.add_paragraph("Lambeth Safeguarding Adults Board – SAR Subgroup. Next review: June 2025.")
    doc.save(out("gh2-lambeth-sab-sar-adult-t-action-plan.docx"))


# ============================================================ 2. Safer Trafford DHR (docx)
def trafford_dhr():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "OFFICIAL – Safer Trafford Partnership"
    doc.add_paragraph("Domestic Homicide Review ‘Ellen’ – Action Plan", style="Title")
    doc.add_paragraph(
        "Overview report approved by the Home Office Quality Assurance Panel, August 2024. "
        "Action plan owner: Trafford Domestic Abuse Partnership Board. Last updated: 15 January 2025.")

    cols = ["Recommendation", "Scope of recommendation i.e. local or regional", "No.",
            "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
            "Target Date", "Date of completion and Outcome", "RAG"]

    def build(heading, recs):
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="D9D9D9")
        for rec, scope, actions in recs:
            first = len(t.rows)
            for no, action, lead, miles, target, done, rag in actions:
                cells = t.add_row().cells
                for c, txt in zip(cells[2:], (no, action, lead, miles, target, done, rag)):
                    set_text(c, txt)
            last = len(t.rows) - 1
            a = t.cell(first, 0).merge(t.cell(last, 0)) if last > first else t.cell(first, 0)
            b = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
            set_text(a, rec)
            set_text(b, scope)

    build("Part A: Overview Report Recommendations", [
        ("The Safer Trafford Partnership should seek assurance that all agencies routinely ask about "
         "domestic abuse when an older person presents with injuries, falls or a change in behaviour.",
         "Local", [
             ("1.1", "Develop a one-page ‘Ask, Record, Refer’ prompt on domestic abuse in later life "
                     "for frontline health and care staff.",
              "Trafford Domestic Abuse Partnership Board",
              "Prompt drafted with Age UK Trafford and tested with district nurses.",
              "30/06/2024", "June 2024 – prompt issued to all partners.", "B"),
             ("1.2", "Audit routine enquiry about domestic abuse in Emergency Department attendances "
                     "by people aged 60 and over.",
              "Manchester University NHS Foundation Trust (Safeguarding Team)",
              "Audit tool agreed; data collection started September 2024.",
              "December 2024", "", "A"),
         ]),
        ("Trafford Council and partners should ensure that carers’ assessments explore the risk of "
         "abuse from a carer, including where the carer is a spouse or partner.",
         "Local", [
             ("2.1", "Amend the carers’ assessment template to include questions on relationship "
                     "dynamics and safety.",
              "Trafford Council Adult Social Care",
              "New template live in Liquidlogic from 2 September 2024.",
              "Sept-24", "September 2024 – complete.", "B"),
             ("2.2", "Brief Trafford Carers Centre staff on domestic abuse in caring relationships "
                     "and the referral route to IDVA services.",
              "Trafford Carers Centre & Trafford Domestic Abuse Services",
              "Briefing content agreed; first session held 14 October 2024.",
              "Nov-24", "", "G"),
         ]),
        ("The Safer Trafford Partnership should write to the Home Office and NHS England about the "
         "lack of national guidance on domestic abuse in later life.",
         "National", [
             ("3.1", "Chair of the Safer Trafford Partnership to write to the Home Office and NHS "
                     "England setting out the learning from this review.",
              "Safer Trafford Partnership",
              "Letter drafted and agreed by the DHR panel.",
              "On publication", "", "G"),
         ]),
    ])
    build("Part B: Single Agency Recommendations", [
        ("Officers attending domestic incidents involving older victims should complete the DASH "
         "risk assessment with the victim seen alone.",
         "Local", [
             ("4.1", "Issue a force briefing on DASH completion with older victims and include a case "
                     "study from this review in the Domestic Abuse Matters refresher training.",
              "Greater Manchester Police",
              "Briefing published on the GMP intranet, November 2024.",
              "March 2025", "", "G"),
         ]),
        ("Adult Social Care should ensure that section 42 enquiries consider domestic abuse where the "
         "person alleged to have caused harm is a family member.",
         "Local", [
             ("5.1", "Add a domestic abuse prompt to the section 42 enquiry form in Liquidlogic.",
              "Trafford Council Adult Social Care",
              "Change request approved by the systems team.",
              "31/10/2024", "October 2024 – prompt live.", "B"),
             ("5.2", "Dip-sample 15 section 42 enquiries involving family members to test use of "
                     "the prompt.",
              "Trafford Council Adult Social Care",
              "Not started – sample to be drawn once the prompt has been in use for three months.",
              "Feb 2025", "", "R"),
         ]),
        ("General practices should record carer relationships on both patients’ records and consider "
         "domestic abuse when a carer attends appointments with the patient.",
         "Local", [
             ("6.1", "Share the learning through the Trafford GP Safeguarding Leads Forum and the "
                     "primary care newsletter.",
              "NHS Greater Manchester (Trafford locality)",
              "Item on the Forum agenda for February 2025.",
              "Q4 2024/25", "", "G"),
         ]),
    ])
    doc.add_paragraph(
        "RAG: B – complete; G – on track; A – at risk of slipping; R – overdue or not started")
    doc.save(out("gh2-safer-trafford-partnership-dhr-ellen-action-plan.docx"))


# ============================================================ 3. Harrogate NHSFT board action log (xlsx)
def harrogate_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Board Action Log"
    ws["A1"] = ("Harrogate and District NHS Foundation Trust – Board of Directors Meeting in Public: "
                "Action Log")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Updated following the meeting held on 29 January 2025 – for the meeting on 26 March 2025"
    ws.merge_cells("A2:I2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, colour, word, meaning in [("B", "red", "Red", "Overdue / deadline missed"),
                                       ("D", "amber", "Amber", "In progress – not yet due"),
                                       ("F", "green", "Green", "Complete – proposed for closure")]:
        ws[f"{col}3"] = word
        ws[f"{col}3"].fill = XL_FILL[colour]
        nxt = chr(ord(col) + 1)
        ws[f"{nxt}3"] = meaning
    hdr = ["Action No.", "Date of meeting", "Minute ref", "Action", "Lead(s)",
           "Original due date", "Revised due date", "Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="005EB8", end_color="005EB8")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    rows = [
        ("PB/24/052", D(2024, 7, 31), "24/118",
         "Report back on the review of Patient Safety Incident Response Framework (PSIRF) learning "
         "responses for inpatient falls.",
         "Medical Director", D(2024, 11, 27), None,
         "Deferred – awaiting review at Quality Committee.", "red"),
        ("PB/24/061", D(2024, 9, 25), "24/143",
         "Provide a breakdown of 52-week waits by specialty, showing patients transferred under "
         "mutual aid, in the next Integrated Board Report.",
         "Chief Operating Officer", D(2024, 11, 27), D(2025, 1, 29),
         "Included in the January IBR (appendix 3). Propose closure.", "green"),
        ("PB/24/067", D(2024, 9, 25), "24/151",
         "Bring the Maternity Incentive Scheme Year 6 declaration and the perinatal quality "
         "surveillance review to the Board.",
         "Director of Nursing, Midwifery and AHPs / Director of Midwifery", D(2025, 1, 29), None,
         "Year 6 declaration approved at the January Board. Propose closure.", "green"),
        ("PB/24/074", D(2024, 11, 27), "24/176",
         "Circulate the Freedom to Speak Up benchmarking data to Board members outside the meeting.",
         "Company Secretary", D(2024, 12, 31), None,
         "Circulated by email on 18 December 2024. Propose closure.", "green"),
        ("PB/24/078", D(2024, 11, 27), "24/180",
         "Arrange a Board development session on the Green Plan and the Trust's net zero trajectory.",
         "Director of Strategy/Director of Finance", "March 2025 Board", "May 2025",
         "Session moved to May to align with the Green Plan refresh.", "amber"),
        ("PB/25/003", D(2025, 1, 29), "25/009",
         "Update BAF risk 4 (workforce) to reflect the outcome of the nursing establishment review.",
         "JS/AW", D(2025, 3, 26), None, "", "amber"),
        ("PB/25/005", D(2025, 1, 29), "25/012",
         "Provide assurance on the recovery plan for the community dental waiting list, including "
         "children's general anaesthetic lists.",
         "Chief Operating Officer", D(2025, 3, 26), None, "Paper scheduled for March Board.", "amber"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        rag = ws.cell(row=r, column=9)
        rag.fill = XL_FILL[row[8]]
        rag.border = BOX
        r += 1
    for col, w in zip("ABCDEFGHI", [11, 12, 9, 60, 28, 13, 13, 40, 7]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Closed actions 2024-25")
    ws2["A1"] = "Board of Directors (Public) – closed actions 2024/25"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Action No.", "Date of meeting", "Action", "Lead(s)", "Due date", "Date closed", "Status"]
    for i, h in enumerate(hdr2, 1):
        c = ws2.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    closed = [
        ("PB/24/031", D(2024, 5, 29), "Publish the Gender Pay Gap report on the Trust website.",
         "Director of People and Culture", D(2024, 7, 31), D(2024, 7, 24), "Complete"),
        ("PB/24/044", D(2024, 7, 31),
         "Add a measure of virtual ward occupancy to the Integrated Board Report.",
         "Chief Operating Officer / Chief Digital Information Officer", D(2024, 9, 25),
         D(2024, 9, 25), "Complete"),
        ("PB/24/058", D(2024, 9, 25),
         "Confirm the dates of the 2025 Board-to-ward visit programme and circulate to Board members.",
         "Company Secretary", D(2024, 11, 27), D(2024, 11, 20), "Complete"),
    ]
    for j, row in enumerate(closed, 4):
        for i, v in enumerate(row, 1):
            c = ws2.cell(row=j, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFG", [11, 12, 60, 32, 12, 12, 10]):
        ws2.column_dimensions[col].width = w
    wb.save(out("gh2-harrogate-district-nhsft-board-public-action-log.xlsx"))


# ============================================================ 4. Brent corporate risk register (xlsx)
def brent_crr():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "London Borough of Brent – Corporate Risk Register"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 3 2024/25 (October – December 2024) – summary of corporate risks"
    sh = ["Risk", "Risk owner", "Q2 score", "Q3 score", "Target score", "Direction of travel"]
    for i, h in enumerate(sh, 1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    summary = [
        ("CR1 – Financial sustainability", "Corporate Director, Finance and Resources", 20, 20, 12, "↔"),
        ("CR2 – Temporary accommodation demand", "Corporate Director, Residents and Housing Services",
         20, 25, 15, "↑"),
        ("CR3 – Cyber security", "Director of Shared Technology Services", 16, 12, 8, "↓"),
        ("CR4 – Children’s placement sufficiency", "Corporate Director, Children and Young People",
         16, 16, 9, "↔"),
    ]
    for j, row in enumerate(summary, 5):
        for i, v in enumerate(row, 1):
            c = s.cell(row=j, column=i, value=v)
            c.border = BOX
    s["A10"] = "Scores are Likelihood (1–5) x Impact (1–5): 15–25 High; 8–12 Medium; 1–6 Low."
    for col, w in zip("ABCDEF", [42, 48, 10, 10, 12, 18]):
        s.column_dimensions[col].width = w

    ws = wb.create_sheet("CRR Q3 2024-25")
    ws["A1"] = "London Borough of Brent – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 2024/25 – reported to the Audit and Standards Advisory Committee, "
                "March 2025")
    ws["A3"] = ("Action status: Completed; Green – on track; Amber – some delay, recoverable; "
                "Red – significant delay, escalated to CMT")
    hdr = ["Risk", "Risk description", "Risk owner", "Current score (L x I)", "Direction of travel",
           "Ref", "Further actions / mitigations", "Action owner", "Target date", "Q2 status",
           "Q3 status", "Q3 progress commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="00205B", end_color="00205B")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    risks = [
        ("CR1 – Financial sustainability",
         "Increasing demand and cost pressures, particularly in temporary accommodation and social "
         "care, lead to an overspend and a gap in the Medium Term Financial Strategy that cannot be "
         "closed without reductions to services.",
         "Corporate Director, Finance and Resources", "4 x 5 = 20", "↔", "red", [
             ("CR1a", "Deliver the 2024/25 savings programme of £16.4m, with monthly tracking at "
                      "Corporate Management Team.",
              "Director of Finance", D(2025, 3, 31), "Amber", "Amber",
              "£12.9m forecast to be delivered; shortfall covered by one-off measures."),
             ("CR1b", "Agree budget proposals for 2025/26 to close the remaining gap, for Cabinet in "
                      "February 2025.",
              "Director of Finance", "Feb-25", "Green", "Green",
              "Draft budget to Cabinet 10 February 2025."),
             ("CR1c", "Develop a demand-led forecasting model for temporary accommodation spend with "
                      "Housing Needs.",
              "Head of Finance (Housing) & Director of Housing Needs and Support",
              "Dec-24 revised to Mar-25", "Green", "Amber",
              "Model built; data quality issues with placements data being resolved."),
         ]),
        ("CR2 – Temporary accommodation demand",
         "The number of households in temporary accommodation continues to rise, leading to the use "
         "of unsuitable and costly nightly-paid accommodation and to breaches of the six-week limit "
         "for families in bed and breakfast.",
         "Corporate Director, Residents and Housing Services", "5 x 5 = 25", "↑", "red", [
             ("CR2a", "Acquire 250 additional homes for use as temporary accommodation through the "
                      "i4B Holdings acquisition programme.",
              "Director of Housing Needs and Support", "Q4 2024/25", "Amber", "Red",
              "146 homes acquired; market supply below forecast."),
             ("CR2b", "Reduce the number of families in bed and breakfast for more than six weeks "
                      "to zero.",
              "Head of Housing Needs", "Ongoing", "Red", "Amber",
              "Down from 61 to 23 families at 31 December 2024."),
         ]),
        ("CR3 – Cyber security",
         "A successful cyber attack disrupts council services and leads to the loss or disclosure "
         "of personal data.",
         "Director of Shared Technology Services", "3 x 4 = 12", "↓", "amber", [
             ("CR3a", "Complete remediation of the high-priority vulnerabilities identified in the "
                      "2024 IT Health Check.",
              "Head of Cyber Security (STS)", D(2024, 11, 30), "Amber", "Completed",
              "All high-priority items closed; PSN certificate renewed."),
             ("CR3b", "Run a cyber incident tabletop exercise with Corporate Management Team.",
              "Director of Shared Technology Services", "Jan-25", "Green", "Green",
              "Exercise booked for 22 January 2025."),
         ]),
        ("CR4 – Children’s placement sufficiency",
         "A shortage of local foster and residential placements leads to children being placed at a "
         "distance from Brent and to high placement costs.",
         "Corporate Director, Children and Young People", "4 x 4 = 16", "↔", "red", [
             ("CR4a", "Open two in-house children’s homes in the borough under the Placement "
                      "Sufficiency Strategy.",
              "Director of Early Help and Social Care", "Sept-25", "Green", "Green",
              "Planning permission granted for the first home; registration with Ofsted to follow."),
             ("CR4b", "Recruit 20 additional foster carers through the pan-London fostering "
                      "recruitment hub.",
              "Head of Looked After Children and Permanency", D(2025, 3, 31), "Amber", "Amber",
              "9 new carers approved; 7 in assessment."),
         ]),
    ]
    r = 6
    for title, desc, owner, score, dot, scorefill, actions in risks:
        first = r
        for ref, act, aown, target, q2, q3, comm in actions:
            for i, v in enumerate((ref, act, aown, target, q2, q3, comm), 6):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
        last = r - 1
        for i, v in enumerate((title, desc, owner, score, dot), 1):
            c = ws.cell(row=first, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=i, end_row=last, end_column=i)
        ws.cell(row=first, column=4).fill = XL_FILL[scorefill]
    for col, w in zip("ABCDEFGHIJKL", [24, 40, 24, 12, 10, 6, 50, 30, 14, 9, 9, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("gh2-brent-council-corporate-risk-register-q3-2024-25.xlsx"))


# ============================================================ 5. Cheshire East transformation highlight (xlsx)
def cheshire_east_highlight():
    wb = Workbook()
    d = wb.active
    d.title = "Dashboard"
    d["A1"] = "Cheshire East Council – Transformation Plan Highlight Report"
    d["A1"].font = Font(bold=True, size=14)
    d["A2"] = "Period 10: January 2025 – reported to Corporate Policy Committee, March 2025"
    d["A4"] = "Overall programme status"
    d["B4"] = "Amber"
    d["B4"].fill = XL_FILL["amber"]
    hdr = ["Programme", "Milestones", "Complete", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, 1):
        c = d.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    counts = [("Programme 1: Digital", 3, 1, 1, 1, 0),
              ("Programme 2: Early Intervention and Prevention", 3, 1, 1, 0, 1),
              ("Programme 3: Place", 2, 1, 0, 1, 0),
              ("Programme 4: Workforce", 1, 0, 0, 1, 0)]
    for j, row in enumerate(counts, 7):
        for i, v in enumerate(row, 1):
            d.cell(row=j, column=i, value=v).border = BOX
    tot = ["Total"] + [f"=SUM({c}7:{c}10)" for c in "BCDEF"]
    for i, v in enumerate(tot, 1):
        c = d.cell(row=11, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    d["A13"] = "Decisions / escalations for Transformation Board"
    d["A13"].font = Font(bold=True)
    d["A14"] = ("Adults front door go-live moved to April 2025 following the delay to the case "
                "management system upgrade. Board asked to note the revised forecast.")
    d.column_dimensions["A"].width = 48

    ws = wb.create_sheet("Highlight report")
    ws["A1"] = "Cheshire East Council – Transformation Plan Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period 10: January 2025"
    ws["A3"] = ("RAG: B = Complete; G = On track; A = At risk, mitigation in place; "
                "R = Off track, escalation required")
    hdr = ["Ref", "Project", "Milestone", "Lead officer", "Baseline date", "Forecast date",
           "Previous RAG (P9)", "Current RAG (P10)", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="4B306A", end_color="4B306A")
        c.alignment = WRAP
        c.border = BOX
    band_fill = PatternFill("solid", start_color="D9D2E9", end_color="D9D2E9")
    D = dt.datetime
    rag_fill = {"B": XL_FILL["blue"], "G": XL_FILL["green"], "A": XL_FILL["amber"], "R": XL_FILL["red"]}
    programmes = [
        ("Programme 1: Digital", [
            ("Customer Experience Platform", [
                ("1.1", "Go live with the new online customer portal for council tax and benefits.",
                 "Head of Customer Services", D(2024, 11, 30), D(2025, 2, 28), "A", "A",
                 "Integration testing with the revenues system took longer than planned."),
                ("1.2", "Launch the AI-assisted web chat pilot for waste and recycling enquiries.",
                 "Head of ICT Strategy", D(2025, 1, 31), D(2025, 1, 31), "G", "B",
                 "Pilot live from 13 January 2025."),
            ]),
            ("Digital Workforce", [
                ("1.3", "Roll out Microsoft 365 Copilot licences to 300 staff and evaluate the "
                        "productivity benefits.",
                 "Head of ICT Strategy & Head of HR", D(2025, 3, 31), D(2025, 3, 31), "G", "G",
                 "180 licences issued; evaluation survey designed."),
            ]),
        ]),
        ("Programme 2: Early Intervention and Prevention", [
            ("Adults Front Door", [
                ("2.1", "Implement the new Adult Social Care front door model with a strengths-based "
                        "triage conversation.",
                 "Director of Adult Social Care Operations", D(2024, 12, 31), D(2025, 4, 30), "A", "R",
                 "Dependent on the case management system upgrade, now scheduled for March 2025."),
                ("2.2", "Increase reablement service capacity by 20%.",
                 "Head of Integrated Commissioning", D(2025, 3, 31), D(2025, 3, 31), "G", "G",
                 "Recruitment on plan: 14 of 18 posts filled."),
            ]),
            ("Family Hubs", [
                ("2.3", "Open the remaining two Family Hubs in Crewe and Macclesfield.",
                 "Head of Prevention and Early Help", D(2024, 9, 30), D(2024, 9, 30), "G", "B",
                 "Both hubs open; project closure report to February Board."),
            ]),
        ]),
        ("Programme 3: Place", [
            ("Waste and Street Scene", [
                ("3.1", "Complete the consultation on the new household waste collection model, "
                        "including weekly food waste.",
                 "Director of Environment and Neighbourhood Services", D(2024, 10, 31),
                 D(2024, 11, 30), "A", "B",
                 "Consultation closed 29 November 2024 with 11,200 responses."),
            ]),
            ("Assets", [
                ("3.2", "Dispose of surplus assets to generate £5m of capital receipts in 2024/25.",
                 "Head of Estates", "Q4 2024/25", "Q4 2024/25", "A", "A",
                 "£3.1m achieved; two sales expected to complete in March."),
            ]),
        ]),
        ("Programme 4: Workforce", [
            ("Organisational Design", [
                ("4.1", "Complete the senior management restructure (tiers 1–3) and consult on "
                        "tier 4.",
                 "Chief Executive / Director of HR", D(2025, 1, 31), D(2025, 5, 31), "A", "A",
                 "Tiers 1–2 appointed; tier 3 consultation closes 28 February 2025."),
            ]),
        ]),
    ]
    r = 6
    for prog, projects in programmes:
        ws.cell(row=r, column=1, value=prog).font = Font(bold=True)
        for i in range(1, 10):
            ws.cell(row=r, column=i).fill = band_fill
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for proj, miles in projects:
            first = r
            for ref, ms, lead, base, fc, prev, cur, comm in miles:
                vals = (ref, None, ms, lead, base, fc, prev, cur, comm)
                for i, v in enumerate(vals, 1):
                    if v is None:
                        continue
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=7).fill = rag_fill[prev]
                ws.cell(row=r, column=8).fill = rag_fill[cur]
                r += 1
            c = ws.cell(row=first, column=2, value=proj)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [6, 24, 55, 32, 11, 11, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(out("gh2-cheshire-east-council-transformation-plan-highlight-report.xlsx"))


# ============================================================ 6. Bolton NHSFT maternity plan (csv)
def bolton_maternity():
    N = 10
    rows = [
        ["Bolton NHS Foundation Trust - Maternity and Neonatal Improvement Plan (Three-Year Delivery Plan)"],
        ["Version 4.2 - position at 28 February 2025 - reported to Quality Assurance Committee"],
        [],
        ["Theme", "Objective", "Ref", "Action", "Action owner", "Due date", "Revised due date",
         "BRAG", "Evidence / progress", "Assurance route"],
        ["Theme 1: Listening to and working with women and families with compassion",
         "Objective 1: Care that is personalised", "1.1",
         "Roll out personalised care and support plans (PCSPs) to all women at booking, with review at "
         "28 and 36 weeks.",
         "Community Midwifery Matron", "30/09/2024", "31/12/2024", "Blue",
         "PCSP live in all community teams; booking audit 94% (Jan 2025).", "Maternity Safety Champions"],
        ["", "", "1.2",
         "Audit the use of PCSPs quarterly and report the results to the Maternity and Neonatal Voices "
         "Partnership (MNVP).",
         "Quality and Safety Lead Midwife", "Quarterly", "", "Green",
         "Q3 audit presented to MNVP on 6 February 2025.", "MNVP"],
        ["", "Objective 3: Work with service users to improve care", "3.1",
         "Agree a funded work plan with Bolton MNVP, including 15 Steps walkarounds of the Birth Centre "
         "and neonatal unit.",
         "Director of Midwifery; MNVP Lead", "Jun-24", "", "Blue",
         "Work plan signed off; 15 Steps completed September 2024.", "LMNS Board"],
        ["Theme 2: Growing, retaining and supporting our workforce",
         "Objective 5: Value and retain our workforce", "5.1",
         "Implement the Midwifery Retention Pathway, including a preceptorship programme for newly "
         "qualified midwives.",
         "Retention Midwife", "31/03/2025", "", "Amber",
         "Preceptorship programme in place; exit interview process not yet launched.",
         "People Committee"],
        ["", "Objective 6: Invest in skills", "6.1",
         "Achieve 90% compliance with Core Competency Framework v2 training for all staff groups.",
         "Practice Development Midwife / Consultant Obstetrician (Training Lead)", "31/03/2025",
         "30/06/2025", "Red",
         "Obstetric staff compliance 71%; rota gaps have limited release for PROMPT training.",
         "Quality Assurance Committee"],
        ["", "", "", "", "", "", "", "",
         "Revised date agreed at the Maternity Safety Champions meeting, February 2025.", ""],
        ["Theme 3: Developing and sustaining a culture of safety, learning and support",
         "Objective 7: Develop a positive safety culture", "7.1",
         "Complete the Perinatal Culture and Leadership Programme (PCLP) diagnostic and share the results "
         "with staff.",
         "Perinatal Quadrumvirate", "Nov-24", "", "Blue",
         "SCORE survey results shared at staff listening events in November 2024.", "Trust Board"],
        ["", "Objective 8: Learning and improving", "8.1",
         "Embed PSIRF learning responses in maternity and neonatal services, with a monthly learning "
         "bulletin.",
         "Maternity Governance Lead", "Ongoing", "", "Green",
         "Bulletins issued monthly since April 2024.", "Quality Assurance Committee"],
        ["Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care",
         "Objective 10: Standards to ensure best practice", "10.1",
         "Implement version 3 of the Saving Babies' Lives Care Bundle and submit the quarterly "
         "implementation tool to the LMNS.",
         "Consultant Midwife", "Q4 2024/25", "", "Amber",
         "Compliance 84% across the six elements; element 2 (fetal growth) below target.", "LMNS Board"],
        ["", "Objective 12: Make better use of digital technology in maternity and neonatal services",
         "12.1",
         "Go live with the maternity module of the electronic patient record across all maternity "
         "pathways.",
         "Digital Midwife", "Sep-25", "", "Green",
         "Build phase on plan; training needs analysis completed.", "Digital Board"],
        [],
        ["BRAG key: Blue = completed and evidenced; Green = on track; Amber = at risk; Red = off track"],
    ]
    with open(out("gh2-bolton-nhsft-maternity-neonatal-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (N - len(row)))


# ============================================================ 7. Isle of Wight CSP delivery plan (txt, refuse)
def iow_csp():
    lines = [
        "Isle of Wight Community Safety Partnership Plan 2024-25: Delivery Plan",
        "Progress at Quarter 3 (1 October to 31 December 2024)",
        "",
        "Ref\tAction\tLead partner\tTimescale\tRAG\tQ3 update",
        "",
        "Priority 1: Serious violence and knife crime",
        "1.1\tDeliver the Serious Violence Duty strategy actions funded through the Home Office "
        "allocation, including detached youth work in Newport and Ryde.\tIsle of Wight Council "
        "(Community Safety Team)\tMarch 2025\tGreen\tDetached youth work running four evenings a week "
        "since October.",
        "1.2\tRun knife crime awareness sessions in all secondary schools and Isle of Wight College "
        "during Operation Sceptre weeks.\tHampshire and Isle of Wight Constabulary\tNovember 2024\t"
        "Complete\tSessions delivered to 4,100 students in November 2024.",
        "1.3\tInstall two additional public-access bleed control kits in Newport town centre.\t"
        "Isle of Wight Council / Newport and Carisbrooke Community Council\tDec 2024\tAmber\t"
        "One kit installed; second site awaiting landlord consent.",
        "",
        "Priority 2: Domestic abuse and violence against women and girls",
        "2.1\tRecommission the Isle of Wight domestic abuse support service for 2025-2028.\t"
        "Isle of Wight Council (Public Health)\tJan 2025\tGreen\tTender evaluation complete; "
        "contract award report to Cabinet in January.",
        "2.2\tDeliver Safe Spaces training to night-time economy venues in Cowes and Ryde.\t"
        "Isle of Wight Council Licensing\tFebuary 2025\tAmber\tSix venues trained; ten more booked.",
        "2.3\tReview the MARAC referral pathway following the SafeLives audit.\t"
        "MARAC Chair\tMar 2025\tGreen\tAudit report received; review group meets in January.",
        "",
        "Priority 3: Anti-social behaviour and neighbourhood crime",
        "3.1\tHold quarterly ASB case review meetings with social landlords and publish the outcome "
        "data.\tCommunity Safety Partnership Manager\tQuarterly\tGreen\tQ3 meeting held 12 December "
        "2024.",
        "3.2\tRenew the Public Spaces Protection Order for Ryde town centre.\tIsle of Wight Council "
        "(Regulatory Services)\tApril 2025\tGreen\tConsultation opens in January 2025.",
        "",
        "RAG: Green - on track; Amber - at risk; Red - off track; Complete - action delivered",
        "Next update: Community Safety Partnership Board, April 2025",
    ]
    bad = [i for i, l in enumerate(lines, 1) if "Febuary" in l]
    assert bad == [13], bad  # refuse_at in the expected reading
    with open(out("gh2-isle-of-wight-csp-community-safety-plan-2024-25-delivery-plan-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    lambeth_sar()
    trafford_dhr()
    harrogate_log()
    brent_crr()
    cheshire_east_highlight()
    bolton_maternity()
    iow_csp()
    print("built 7 files in", HERE)
