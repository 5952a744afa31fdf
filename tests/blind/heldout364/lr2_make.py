"""Build the seven lr2- test files of set heldout364.

Run with: /work/main/.venv/bin/python lr2_make.py
Writes the data files beside this script (the .expected.yaml files are written by hand).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ================================================================ 1. East Dunbartonshire APC learning review (docx)
def make_edc():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("East Dunbartonshire Adult Protection Committee")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Learning Review – Mrs A: Improvement Action Plan", style="Title")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Learning Review commissioned", "14 March 2023"),
        ("Report endorsed by Adult Protection Committee", "5 September 2024"),
        ("Action plan owner", "Learning Review Sub-Group"),
        ("Progress as at", "28 February 2025"),
    ]:
        row = info.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out the improvement actions agreed by the Adult Protection Committee in response to "
        "the four learning points identified in the Learning Review. Progress is monitored by the Learning "
        "Review Sub-Group and reported to the Chief Officers Group each quarter."
    )

    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    bold_cell(key.rows[0].cells[0], "Status")
    bold_cell(key.rows[0].cells[1], "Meaning")
    for word, colour, meaning in [
        ("Complete", BLUE, "Action delivered and evidence provided to the Sub-Group"),
        ("On track", GREEN, "Progressing within the agreed timescale"),
        ("Delayed", AMBER, "Timescale missed or at risk; revised date agreed by the Sub-Group"),
        ("Not started", None, "Work has not yet begun"),
    ]:
        c = key.add_row().cells
        c[0].text = word
        if colour:
            shade(c[0], colour)
        c[1].text = meaning

    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Improvement action", "Lead", "Timescale", "Progress update", "Status"]):
        bold_cell(c, h)
        shade(c, GREY)

    colour_of = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Not started": None}
    plan = [
        ("Learning Point 1: Recognising self-neglect as an adult protection concern", [
            ("1.1",
             "Refresh the East Dunbartonshire self-neglect and hoarding guidance to include the Clutter Image "
             "Rating tool and clear escalation routes to adult protection.",
             "Lead Officer, Adult Protection", "June 2025",
             "Draft guidance circulated to APC members for comment in January 2025.", "On track"),
            ("1.2",
             "Deliver multi-agency self-neglect briefing sessions for frontline staff in the HSCP, housing, "
             "Scottish Fire and Rescue Service and Police Scotland.",
             "Learning and Development Officer (Adult Protection)", "31/03/2025",
             "Four of six sessions delivered; 112 staff attended.", "On track"),
        ]),
        ("Learning Point 2: Information sharing between agencies", [
            ("2.1",
             "Audit a sample of 20 adult concern reports to test whether information from partner agencies was "
             "sought and recorded at the inquiry stage.",
             "Service Manager (Adult Protection) / Quality Assurance Manager", "December 2024",
             "Audit completed December 2024. Findings reported to the APC on 30 January 2025.", "Complete"),
            ("2.2",
             "Agree a protocol with NHS Greater Glasgow and Clyde primary care for sharing concerns about adults "
             "who repeatedly miss appointments.\nProtocol to be tested with one GP practice in Kirkintilloch "
             "before wider roll-out.",
             "Clinical Director, East Dunbartonshire HSCP", "September 2025",
             "Test practice identified; data sharing agreement with Information Governance.", "On track"),
            ("2.3",
             "Add a prompt to the Police Scotland concern form for officers to record whether the adult lives "
             "alone and who visits them.",
             "Detective Inspector, Public Protection Unit", "Q2 2025/26",
             "Raised at divisional level; awaiting a national decision on form changes.", "Delayed"),
        ]),
        ("Learning Point 3: Capacity, consent and the use of the Adult Support and Protection (Scotland) Act 2007", [
            ("3.1",
             "Develop practice guidance on assessing capacity where an adult refuses support, including when to "
             "seek an opinion from a Mental Health Officer.",
             "Chief Social Work Officer", "March 2025 (revised to August 2025)",
             "Delayed to align with the national Code of Practice update.", "Delayed"),
            ("3.2",
             "Include capacity and consent scenarios in the Council Officer refresher training.",
             "Learning and Development Officer (Adult Protection)", "Ongoing",
             "", "Not started"),
        ]),
        ("Learning Point 4: Hearing the voice of the adult and their family", [
            ("4.1",
             "Meet with Mrs A’s family to share the findings of the Learning Review and agree how their feedback "
             "will be reflected in the APC’s engagement strategy.",
             "Independent Chair, APC and Lead Officer, Adult Protection", "October 2024",
             "Meeting held 17 October 2024; family feedback included in the strategy.", "Complete"),
            ("4.2",
             "Publish a seven-minute briefing on the Learning Review for all partner agencies.",
             "Lead Officer, Adult Protection", "November 2024",
             "Published on the East Dunbartonshire public protection website.", "Complete"),
        ]),
    ]
    for heading, actions in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        bold_cell(merged, heading)
        shade(merged, "DEEAF6")
        for ref, action, lead, when, progress, status in actions:
            c = t.add_row().cells
            c[0].text = ref
            c[1].text = action
            c[2].text = lead
            c[3].text = when
            c[4].text = progress
            c[5].text = status
            if colour_of[status]:
                shade(c[5], colour_of[status])

    doc.add_paragraph("")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for c, h in zip(sign.rows[0].cells, ["Approved by", "Role", "Date"]):
        bold_cell(c, h)
    for c, v in zip(sign.rows[1].cells, ["Chief Officers Group", "Chair", "12 March 2025"]):
        c.text = v
    doc.save(out("lr2-east-dunbartonshire-apc-learning-review-mrs-a-improvement-action-plan.docx"))


# ================================================================ 2. Barts Health maternity (docx)
def make_barts():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Barts Health NHS Trust")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Maternity and Neonatal Improvement Plan 2024/25", style="Title")
    doc.add_paragraph("Progress report to the Quality Assurance Committee – 11 February 2025")

    dc = doc.add_table(rows=1, cols=2)
    dc.style = "Table Grid"
    m = dc.rows[0].cells[0].merge(dc.rows[0].cells[1])
    bold_cell(m, "Document control")
    shade(m, GREY)
    for k, v in [
        ("Version", "3.2"),
        ("Author", "Maternity Improvement Programme Lead"),
        ("Executive sponsor", "Chief Nursing Officer"),
        ("Approved by", "Maternity and Neonatal Safety Board"),
        ("Date", "3 February 2025"),
    ]:
        c = dc.add_row().cells
        bold_cell(c[0], k)
        c[1].text = v

    doc.add_paragraph("")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    bold_cell(key.rows[0].cells[0], "BRAG")
    bold_cell(key.rows[0].cells[1], "Definition")
    for letter, colour, meaning in [
        ("B", BLUE, "Complete – evidence of delivery reviewed by the Maternity and Neonatal Safety Board"),
        ("G", GREEN, "On track to deliver by the due date"),
        ("A", AMBER, "Risk to delivery by the due date – mitigation in place"),
        ("R", RED, "Off track – due date missed or will be missed"),
    ]:
        c = key.add_row().cells
        c[0].text = letter
        shade(c[0], colour)
        c[1].text = meaning

    doc.add_paragraph("")
    doc.add_paragraph(
        "Actions are grouped under the four themes of the NHS England three-year delivery plan for maternity and "
        "neonatal services. Actions arising from the CQC inspections of our maternity services are shown against "
        "the relevant theme, under the CQC requirement they address."
    )

    brag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    themes = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            (None, [
                ("T1.1",
                 "Co-produce a Trust-wide personalised care and support plan with the Maternity and Neonatal Voices "
                 "Partnership (MNVP) for use from booking.",
                 "Head of Midwifery, Royal London / MNVP Chair", "Jun-24", "Dec-24", "B",
                 "Launched across all sites on 2 December 2024."),
                ("T1.2",
                 "Provide face-to-face interpreters for all scan appointments and telephone interpreting for all "
                 "other antenatal and postnatal contacts.",
                 "Deputy Director of Midwifery", "Mar-25", "", "G",
                 "New interpreting contract in place from January 2025."),
                ("T1.3",
                 "Review the maternity complaints process so that families are given a named contact within "
                 "3 working days.",
                 "Patient Experience Lead (Women’s Health)", "Sep-24", "Apr-25", "A",
                 "Process agreed; recruitment to the patient experience midwife post under way."),
            ]),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("CQC MD1 – The service must ensure there are sufficient numbers of suitably qualified midwifery staff "
             "deployed to keep women and babies safe (Regulation 18).", [
                ("T2.1",
                 "Complete a Birthrate Plus assessment for each site and present the funded establishment to "
                 "Trust Board.",
                 "Director of Midwifery", "Oct-24", "", "B",
                 "Presented to Trust Board on 9 October 2024."),
                ("T2.2",
                 "Recruit to 42 WTE midwifery vacancies through the international recruitment and preceptorship "
                 "programmes.\nMonthly vacancy position reported to the People Committee.",
                 "Director of Midwifery; Head of Nursing and Midwifery Workforce", "Mar-25", "Jun-25", "A",
                 "29 WTE appointed; 13 WTE remain vacant, mainly at Whipps Cross."),
            ]),
            ("CQC MD2 – The service must ensure staff complete mandatory training, including maternity emergencies "
             "and fetal monitoring training (Regulation 12).", [
                ("T2.3",
                 "Achieve 90% compliance with PROMPT and fetal monitoring training for all midwives and "
                 "obstetricians.",
                 "Practice Development Midwives", "Dec-24", "Mar-25", "R",
                 "Compliance 84% at the end of January 2025; additional training dates added."),
            ]),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            (None, [
                ("T3.1",
                 "Implement the Perinatal Culture and Leadership Programme development plan for the quadrumvirate "
                 "at each site.",
                 "Site Quadrumvirate Leads", "Nov-24", "Jun-25", "G",
                 "Culture survey results shared with staff; site plans agreed."),
                ("T3.2",
                 "Move all maternity incidents to PSIRF learning responses and report themes to the Maternity and "
                 "Neonatal Safety Board each month.",
                 "Maternity Governance Lead", "Jul-24", "", "B",
                 "Complete; monthly themes report in place since August 2024."),
            ]),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
            ("CQC MD3 – The trust must ensure the Barkantine birth centre has effective systems to assess, monitor "
             "and mitigate risks to women and babies (Regulation 17).", [
                ("T4.1",
                 "Introduce a daily safety huddle between the Barkantine and the Royal London labour ward, with "
                 "escalations recorded on the birth centre safety checklist.",
                 "Birth Centre Manager, Barkantine", "May-24", "", "B",
                 "Huddle in place; checklist audited monthly with 100% completion."),
                ("T4.2",
                 "Complete implementation of the Saving Babies’ Lives Care Bundle version 3 and evidence compliance "
                 "for Year 6 of the Maternity Incentive Scheme.",
                 "Consultant Obstetrician (SBLCB lead) & Maternity Governance Lead", "Feb-25", "", "G",
                 "Element 2 and 4 audits complete; evidence pack with the LMNS."),
            ]),
        ]),
    ]
    for theme, groups in themes:
        doc.add_paragraph(theme, style="Heading 2")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Original due date", "Revised due date",
                                          "BRAG", "Progress update"]):
            bold_cell(c, h)
            shade(c, GREY)
        for req, actions in groups:
            if req:
                row = t.add_row()
                mc = row.cells[0].merge(row.cells[6])
                bold_cell(mc, req)
                shade(mc, "F2F2F2")
            for ref, action, lead, orig, rev, b, upd in actions:
                c = t.add_row().cells
                for cell, v in zip(c, [ref, action, lead, orig, rev, b, upd]):
                    cell.text = v
                shade(c[5], brag[b])
        doc.add_paragraph("")
    doc.add_paragraph("Next update: Quality Assurance Committee, April 2025.")
    doc.save(out("lr2-barts-health-nhs-trust-maternity-neonatal-improvement-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ================================================================ 3. Oxleas board action log (xlsx)
def make_oxleas():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Oxleas NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Board of Directors (Public) – Action Log"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "As at 27 March 2025"
    cov["A5"] = "Status key"
    cov["A5"].font = Font(bold=True)
    key = [
        ("Complete", BLUE, "Action completed – proposed for closure"),
        ("On track", GREEN, "Action progressing; due date not yet reached"),
        ("Risk of slippage", AMBER, "Due date at risk; revised date proposed"),
        ("Overdue", RED, "Due date passed and action not complete"),
    ]
    for i, (w, col, meaning) in enumerate(key, start=6):
        cov.cell(i, 1, w).fill = fill(col)
        cov.cell(i, 2, meaning)
    cov["A11"] = "Actions proposed for closure are removed from the log once the Board has agreed their closure."
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    headers = ["Action no.", "Date of meeting", "Minute ref", "Action", "Lead", "Original due date",
               "Revised due date", "Update", "Status"]
    status_fill = {k[0]: k[1] for k in key}

    def sheet(ws, groups):
        for j, h in enumerate(headers, start=1):
            c = ws.cell(1, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
            c.alignment = WRAP
            c.border = BOX
        r = 2
        for heading, rows in groups:
            ws.cell(r, 1, heading).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            r += 1
            for no, met, minute, action, lead, orig, rev, upd, st in rows:
                vals = [no, met, minute, action, lead, orig, rev, upd, st]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy" if j == 2 else "mmm-yy"
                ws.cell(r, 9).fill = fill(status_fill[st])
                r += 1
        for col, w in zip("ABCDEFGHI", [11, 12, 10, 60, 28, 12, 12, 45, 16]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A2"

    D = dt.datetime
    open_ws = wb.create_sheet("Open")
    sheet(open_ws, [
        ("Meeting of 30 January 2025", [
            ("BD/25/004", D(2025, 1, 30), "25/07",
             "Provide the Board with a breakdown of out-of-area placements by borough and length of stay, "
             "including the cost to the Trust in 2024/25.",
             "Chief Operating Officer", D(2025, 4, 1), None,
             "To be included in the April Integrated Performance Report.", "On track"),
            ("BD/25/005", D(2025, 1, 30), "25/09",
             "Bring the revised Freedom to Speak Up policy to the Board following consultation with staff "
             "networks.",
             "Director of People / FTSU Guardian", D(2025, 3, 1), D(2025, 5, 1),
             "Consultation extended to allow Staff Side to respond.", "Risk of slippage"),
            ("BD/25/006", D(2025, 1, 30), "25/11",
             "Arrange a Board development session on the Trust’s approach to the Mental Health Act reforms.",
             "Company Secretary", D(2025, 6, 1), None,
             "Date to be confirmed with the Chair.", "On track"),
        ]),
        ("Meeting of 28 November 2024", [
            ("BD/24/061", D(2024, 11, 28), "24/142",
             "Report on the waiting list for adult ADHD assessment, with a trajectory for reducing waits to "
             "below 52 weeks.",
             "Chief Operating Officer and Medical Director", D(2025, 1, 1), D(2025, 3, 1),
             "Trajectory not yet agreed with commissioners; report deferred.", "Overdue"),
            ("BD/24/063", D(2024, 11, 28), "24/145",
             "Share the findings of the patient safety culture survey for Bexley community services with the "
             "Quality Committee.",
             "Chief Nurse", D(2025, 3, 1), None,
             "Analysis complete; to Quality Committee on 9 April.", "Risk of slippage"),
        ]),
        ("Meeting of 26 September 2024", [
            ("BD/24/048", D(2024, 9, 26), "24/118",
             "Confirm arrangements for the Board to receive the annual report on the use of restrictive "
             "practice, including ethnicity data.",
             "MS/AK", D(2024, 12, 1), D(2025, 6, 1),
             "Annual report moved to June to include full-year data.", "On track"),
        ]),
    ])
    closed_ws = wb.create_sheet("Closed")
    sheet(closed_ws, [
        ("Meeting of 30 January 2025", [
            ("BD/25/002", D(2025, 1, 30), "25/05",
             "Circulate the Green Plan progress dashboard to Board members.",
             "Director of Estates and Facilities", D(2025, 2, 1), None,
             "Circulated 12 February 2025.", "Complete"),
        ]),
        ("Meeting of 28 November 2024", [
            ("BD/24/060", D(2024, 11, 28), "24/140",
             "Add the community mental health transformation risk to the Board Assurance Framework.",
             "Company Secretary", D(2025, 1, 1), None,
             "Added as BAF risk 9; reviewed by the Audit and Risk Committee on 19 February.", "Complete"),
        ]),
        ("Meeting of 26 September 2024", [
            ("BD/24/052", D(2024, 9, 26), "24/121",
             "Provide a briefing on the impact of the forensic estate review on bed numbers at the Bracton "
             "Centre.",
             "Director of Forensic and Prison Healthcare", D(2024, 11, 1), D(2025, 1, 1),
             "Briefing given at the Board seminar on 16 January 2025.", "Complete"),
        ]),
    ])
    wb.save(out("lr2-oxleas-nhsft-board-of-directors-public-action-log.xlsx"))


# ================================================================ 4. Tower Hamlets corporate risk register (xlsx, refuse)
def make_tower_hamlets():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "London Borough of Tower Hamlets"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reported to Audit Committee, 22 January 2026. Scores are Likelihood (1–5) x Impact (1–5); "
                "see the Scoring matrix sheet.")
    headers = ["Risk ref", "Risk title and description", "Risk owner", "Inherent score", "Existing controls",
               "Current score", "Target score", "Further actions required", "Action owner", "Target date",
               "Action status", "Direction of travel"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    risks = [
        ("CR01",
         "Financial sustainability\nFailure to deliver a balanced Medium Term Financial Strategy, leading to "
         "use of reserves and a risk of a section 114 notice.",
         "Corporate Director, Resources", 25,
         "MTFS refreshed and approved by Council; monthly budget monitoring to CLT; Budget Delivery Board.",
         20, 12, "►", [
             ("Deliver the 2026/27 savings programme of £21.4m, tracked monthly through the Budget Delivery "
              "Board.", "Director of Finance, Procurement and Audit", D(2026, 3, 31), "On track"),
             ("Complete the review of earmarked reserves and report the outcome to Cabinet.",
              "Head of Strategic Finance", D(2026, 2, 28), "On track"),
             ("Apply spend controls to all non-essential expenditure above £5,000.",
              "Director of Finance, Procurement and Audit", "Ongoing", "Complete"),
         ]),
        ("CR02",
         "Temporary accommodation\nDemand for temporary accommodation exceeds supply, increasing the use of "
         "nightly-paid accommodation and the overspend in Housing Options.",
         "Corporate Director, Housing and Regeneration", 20,
         "Temporary Accommodation Board; procurement framework for private sector leasing.",
         20, 15, "▲", [
             ("Acquire 150 additional homes for use as temporary accommodation through the Housing Capital "
              "Programme.", "Director of Housing", D(2026, 9, 30), "Behind schedule"),
             ("Launch the homelessness prevention pathway with registered providers.",
              "Head of Housing Options", D(2026, 4, 30), "On track"),
         ]),
        ("CR03",
         "Cyber security\nA successful cyber attack results in loss of systems and data and disruption to "
         "front-line services.",
         "Chief Information Officer", 25,
         "Managed security operations centre; annual penetration testing; mandatory staff training.",
         16, 12, "▼", [
             ("Complete Public Services Network (PSN) re-accreditation.", "Head of IT Security",
              D(2025, 12, 31), "Complete"),
             ("Roll out phishing-resistant multi-factor authentication to all staff accounts.",
              "Head of IT Security", D(2026, 3, 31), "On track"),
             ("Test the ICT disaster recovery plan with a full failover exercise.",
              "Head of IT Infrastructure", D(2026, 6, 30), "Not started"),
         ]),
        ("CR04",
         "High needs funding\nThe Dedicated Schools Grant high needs block deficit continues to grow, putting "
         "pressure on the council’s general fund when the statutory override ends.",
         "Corporate Director, Children and Culture", 20,
         "DSG management plan; SEND Partnership Board; monthly high needs monitoring.",
         20, 12, "►", [
             ("Deliver the DSG management plan actions agreed with the Department for Education.",
              "Director of Education", "Febuary 2026", "Behind schedule"),
             ("Open two additional SEND resource bases in mainstream secondary schools.",
              "Head of SEND", D(2026, 9, 30), "On track"),
         ]),
    ]
    r = 6
    for ref, title, owner, inh, controls, cur, tgt, dot, actions in risks:
        first = r
        for action, aowner, when, st in actions:
            for j, v in zip([8, 9, 10, 11], [action, aowner, when, st]):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            r += 1
        last = r - 1
        for j, v in zip([1, 2, 3, 4, 5, 6, 7, 12], [ref, title, owner, inh, controls, cur, tgt, dot]):
            c = ws.cell(first, j, v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        for j, score in [(4, inh), (6, cur), (7, tgt)]:
            ws.cell(first, j).fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
    assert r == 16
    ws.cell(r + 1, 1, "Action status: Complete / On track / Behind schedule / Not started. Direction of travel "
                      "compares the current score with Quarter 2 2025/26: ▲ increased, ▼ reduced, ► no change.")
    for col, w in zip("ABCDEFGHIJKL", [8, 40, 22, 9, 40, 9, 9, 50, 26, 11, 14, 10]):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(3, i + 1, i).font = Font(bold=True)
        m.cell(3 + (6 - i), 1, i).font = Font(bold=True)
    for lik in range(1, 6):
        for imp in range(1, 6):
            s = lik * imp
            c = m.cell(3 + (6 - lik), imp + 1, s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    m["A10"] = "15–25 Red: corporate risk, reviewed monthly by CLT"
    m["A11"] = "8–12 Amber: managed by directorate management teams"
    m["A12"] = "1–6 Green: managed within services"
    wb.save(out("lr2-tower-hamlets-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


# ================================================================ 5. Bromley transformation highlight report (xlsx)
def make_bromley():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "London Borough of Bromley"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Transformation Programme – Highlight Report"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Reporting period: December 2025 | Prepared by: Transformation PMO | Programme Board: 14 January 2026"
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    s["A5"] = "Overall programme status"
    s["A5"].font = Font(bold=True)
    s["B5"] = "A"
    s["B5"].fill = fill(AMBER)
    s["A7"], s["B7"], s["C7"] = "Dimension", "Previous", "Current"
    for c in ("A7", "B7", "C7"):
        s[c].font = Font(bold=True)
    for i, (dim, p, c) in enumerate([("Time", "A", "A"), ("Cost", "G", "G"), ("Scope", "G", "G"),
                                      ("Benefits", "A", "R"), ("Resources", "A", "A")], start=8):
        s.cell(i, 1, dim)
        s.cell(i, 2, p).fill = fill(rag_fill[p])
        s.cell(i, 3, c).fill = fill(rag_fill[c])
    s["A14"] = "Milestone summary (current RAG)"
    s["A14"].font = Font(bold=True)
    for i, (lab, n) in enumerate([("Complete (B)", 3), ("On track (G)", 3), ("At risk (A)", 3),
                                  ("Off track (R)", 1), ("Total", 10)], start=15):
        s.cell(i, 1, lab)
        s.cell(i, 2, n)
    s["A21"] = "RAG key"
    s["A21"].font = Font(bold=True)
    for i, (l, meaning) in enumerate([("R", "Off track – milestone will be missed without Programme Board intervention"),
                                      ("A", "At risk – issues being managed within the project"),
                                      ("G", "On track"),
                                      ("B", "Complete")], start=22):
        s.cell(i, 1, l).fill = fill(rag_fill[l])
        s.cell(i, 2, meaning)
    s["A27"] = "Key message for the Board"
    s["A27"].font = Font(bold=True)
    s["A28"] = ("Benefits moved to Red this period because the reablement expansion is behind plan; the Board is "
                "asked to note the revised forecast savings of £1.1m for 2025/26 against a target of £1.6m.")
    s.column_dimensions["A"].width = 32
    s.column_dimensions["B"].width = 70

    m = wb.create_sheet("Milestones")
    headers = ["ID", "Milestone / deliverable", "Project lead", "Baseline date", "Forecast date",
               "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(headers, start=1):
        c = m.cell(1, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    ws_data = [
        ("Workstream 1: Customer and Digital", [
            ("1.1", "Launch the new customer portal for council tax and benefits self-service.",
             "Head of Digital Services", D(2025, 9, 30), D(2025, 10, 31), "G", "B",
             "Went live on 20 October 2025; 14,200 accounts created to date."),
            ("1.2", "Migrate the contact centre telephony to the cloud platform.",
             "Head of Customer Services", D(2025, 11, 30), D(2026, 2, 27), "A", "A",
             "Supplier delay on number porting; revised go-live agreed with the supplier."),
            ("1.3", "Decommission the legacy CRM system and archive its records.",
             "Head of Digital Services / Information Governance Manager", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
             "Archive approach agreed with Information Governance."),
        ]),
        ("Workstream 2: Adult Social Care", [
            ("2.1", "Implement the strengths-based practice model across all locality teams.",
             "Assistant Director, Adult Social Care Operations", D(2025, 12, 31), D(2025, 12, 31), "G", "B",
             "All five locality teams trained; practice audit planned for January."),
            ("2.2", "Expand the reablement service to 60 new starts per week.",
             "Head of Reablement", D(2026, 1, 31), D(2026, 4, 30), "A", "R",
             "Recruitment to 12 reablement posts behind plan; agency cover being sourced."),
            ("2.3", "Procure the new home care framework (lots 1–4).",
             "Head of Strategic Commissioning", D(2026, 3, 31), D(2026, 3, 31), "G", "A",
             "Tender published; low response on lot 3 being reviewed."),
        ]),
        ("Workstream 3: Children’s Services and SEND", [
            ("3.1", "Deliver the SEND transport route optimisation, reducing single-occupancy routes by 15%.",
             "Head of SEN Transport", D(2025, 8, 31), D(2025, 8, 31), "B", "B",
             "Complete for the September 2025 term; 17% reduction achieved."),
            ("3.2", "Open a 24-place SEND resource base in the north of the borough.",
             "Assistant Director, Education", D(2026, 4, 30), D(2026, 6, 30), "G", "A",
             "Building works delayed by asbestos survey findings."),
        ]),
        ("Workstream 4: Property and Assets", [
            ("4.1", "Complete the disposal of three surplus office sites.",
             "Director of Housing, Planning, Property and Regeneration", D(2025, 12, 31), D(2026, 3, 31), "A", "G",
             "Two of three sales exchanged; third under offer."),
            ("4.2", "Complete the staff moves into the Civic Centre under the accommodation strategy.",
             "Head of Facilities Management", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
             "Phase 2 moves booked for February."),
        ]),
    ]
    r = 2
    for head, rows in ws_data:
        c = m.cell(r, 1, head)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5496")
        m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                c = m.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            m.cell(r, 6).fill = fill(rag_fill[row[5]])
            m.cell(r, 7).fill = fill(rag_fill[row[6]])
            r += 1
    for col, w in zip("ABCDEFGH", [6, 60, 34, 12, 12, 9, 9, 55]):
        m.column_dimensions[col].width = w
    wb.save(out("lr2-bromley-council-transformation-programme-highlight-report.xlsx"))


# ================================================================ 6. Hounslow CSP delivery plan (csv)
def make_hounslow():
    W = 7
    rows = [
        ["Hounslow Community Safety Partnership"],
        ["Safer Communities Strategy 2024–2027: Delivery Plan 2025/26"],
        ["Position at end of Quarter 2 (30 September 2025)"],
        [],
        ["Ref", "Action", "Lead", "Supporting partners", "Target date", "Q2 update", "RAG"],
        ["Priority 1: Tackling violence against women and girls (VAWG)"],
        ["1.1", "Recommission the Independent Domestic Violence Advisor (IDVA) service, including a specialist "
                "worker for LGBT+ survivors.", "LBH Community Safety", "MOPAC; Hounslow Domestic Abuse Partnership",
         "Mar-26", "Tender evaluation complete; contract award due in November.", "G"],
        ["1.2", "Deliver \"Safe Spaces\" training to 40 businesses on Hounslow High Street, Chiswick High Road and "
                "Feltham High Street.", "LBH Safer Communities / Met Police West Area BCU", "Business Improvement Districts",
         "Sept 2025 – March 2026", "22 businesses trained; campaign delayed by a staff vacancy.", "A"],
        ["1.3", "Introduce a MARAC action tracker and audit repeat referrals each quarter.", "MARAC Coordinator",
         "Met Police; Hounslow and Richmond Community Healthcare", "Q4 2025/26", "Tracker in use from July 2025.", "G"],
        ["Priority 2: Reducing serious violence and knife crime"],
        ["2.1", "Deliver the Serious Violence Duty actions for 2025/26, including the hospital-based youth worker "
                "scheme at West Middlesex University Hospital.", "Serious Violence Lead (LBH)",
         "Chelsea and Westminster Hospital NHS FT; Youth Justice Service", "Mar-26",
         "Youth workers in post since June; 64 young people engaged.", "G"],
        ["2.2", "Carry out weapon sweeps and knife-arch operations at hotspot locations identified by the "
                "partnership problem-solving group.\nResults reported to each CSP Board meeting.",
         "Met Police West Area BCU", "LBH Parks; Transport for London", "Monthly",
         "Six operations in Q2; 9 weapons recovered.", "G"],
        ["2.3", "Extend the Your Choice programme to young people open to the Youth Justice Service.",
         "Head of Youth Justice and Early Help", "MOPAC", "31/12/2025",
         "Funding not confirmed; partnership to submit a bid to MOPAC.", "R"],
        ["Priority 3: Anti-social behaviour and feeling safe in public places"],
        ["3.1", "Hold monthly Safer Communities Action Days in the three town centres.",
         "LBH Enforcement; Met Police Safer Neighbourhood Teams", "Registered providers", "Ongoing",
         "Action days held in Hounslow, Chiswick and Feltham.", "G"],
        ["3.2", "Deliver the 12 actions in the Perception of Safety delivery plan, including improved street "
                "lighting on routes to Feltham and Bedfont stations.", "Assistant Director, Safer Communities",
         "LBH Highways; Perfectly Imperfect", "Mar-26", "Street lighting survey complete; works not yet scheduled.", "A"],
        ["3.3", "Review and renew the borough-wide Public Spaces Protection Order (PSPO) before it expires.",
         "ASB Manager", "Met Police; LBH Legal", "Oct-25", "PSPO renewed by Cabinet on 16 September 2025.", "B"],
        ["Priority 4: Reducing reoffending and drug-related harm"],
        ["4.1", "Embed the quarterly Integrated Offender Management cohort review with Probation and Turning Point.",
         "Probation Service (Hounslow PDU)", "Met Police; Turning Point", "Jan-26",
         "First two reviews held.", "G"],
        ["4.2", "Increase referrals from police custody into drug treatment through the Drug Intervention "
                "Programme.", "Combating Drugs Partnership Lead", "Met Police; Turning Point", "Mar-26",
         "Not started – awaiting confirmation of the Public Health grant.", ""],
        [],
        ["RAG: G = on track; A = some slippage; R = off track / at risk; B = complete; blank = not yet started"],
        ["Source: Hounslow CSP Board, 6 November 2025"],
    ]
    with open(out("lr2-hounslow-csp-safer-communities-strategy-delivery-plan-2025-26.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ================================================================ 7. Safer Sutton Partnership DHR (txt, tab-separated)
def make_sutton():
    header = ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
              "Key milestones achieved in enacting recommendation", "Target date", "Date of completion and outcome",
              "RAG"]
    recs = [
        ("1. All agencies to ensure that practitioners ask about domestic abuse when an older person raises "
         "concerns about an adult family member living with them.", "Local", [
            ("Include a routine enquiry question on domestic abuse in the adult social care front door assessment "
             "template.", "LBS Adult Social Care", "Template change specified and tested", "June 2025",
             "Completed 30/06/2025 – new template live", "Complete"),
            ("Deliver briefing sessions for Sutton GP practices on the abuse of older people by adult family "
             "members.", "Designated Nurse for Adult Safeguarding (SWL ICB)", "Two of five PCN sessions delivered",
             "Q3 2025/26", "", "Green"),
        ]),
        ("2. The Safer Sutton Partnership should seek assurance that the MARAC considers the needs of victims "
         "who are also carers.", "Local", [
            ("Amend the MARAC referral form to record the caring responsibilities of the victim.",
             "MARAC Chair (Metropolitan Police)", "Form agreed by MARAC Steering Group", "31/07/2025",
             "Completed July 2025 – revised form in use", "Complete"),
            ("Audit six months of MARAC cases where the victim is a carer and report the findings to the "
             "Partnership Board.", "LBS Community Safety & Sutton Carers Centre", "Audit sample identified",
             "December 2025", "", "Amber"),
        ]),
        ("3. Epsom and St Helier University Hospitals NHS Trust to strengthen the identification of domestic "
         "abuse in its emergency departments.", "Local", [
            ("Introduce a domestic abuse flag on the ED electronic patient record and train triage staff in its "
             "use.", "Epsom and St Helier University Hospitals NHS Trust", "Flag specification approved",
             "March 2026", "", "Green"),
            ("Fund a hospital Independent Domestic Violence Advisor (IDVA) post at St Helier Hospital for a "
             "further two years.", "ESTH Head of Safeguarding; LBS Commissioning", "", "April 2026", "",
             "Not started"),
        ]),
        ("4. The Home Office to consider issuing guidance on abuse of parents by adult children for agencies "
         "working with older people.", "National", [
            ("Chair of the Safer Sutton Partnership to write to the Home Office highlighting this recommendation.",
             "Chair, Safer Sutton Partnership", "Letter drafted", "May 2025",
             "Letter sent 12/05/2025; response awaited", "Complete"),
        ]),
        ("5. LBS Housing to review how it responds to reports of disputes between family members in council "
         "tenancies.", "Local", [
            ("Update the anti-social behaviour and domestic abuse policies so that reports of family disputes are "
             "screened for domestic abuse.", "LBS Housing Management",
             "Policy review under way; draft to Housing Committee January 2026", "Ongoing", "", "Amber"),
        ]),
    ]
    lines = [
        "Safer Sutton Partnership",
        "Domestic Homicide Review: Olivia (pseudonym)",
        "Action Plan – updated 14 November 2025",
        "",
        "Overview report accepted by the Home Office Quality Assurance Panel on 19 March 2025. "
        "Recommendations are monitored by the DHR Steering Group.",
        "",
        "\t".join(header),
    ]
    for rec, scope, actions in recs:
        for i, a in enumerate(actions):
            first = [rec, scope] if i == 0 else ["", ""]
            lines.append("\t".join(first + list(a)))
    lines += [
        "",
        "RAG key: Complete = action completed and evidenced; Green = on track; Amber = delayed or at risk; "
        "Red = cannot be achieved without escalation; Not started = work not yet begun",
        "Contact: Community Safety Team, London Borough of Sutton",
    ]
    with open(out("lr2-safer-sutton-partnership-dhr-olivia-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_edc()
    make_barts()
    make_oxleas()
    make_tower_hamlets()
    make_bromley()
    make_hounslow()
    make_sutton()
    print("done")
