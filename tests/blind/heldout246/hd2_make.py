"""Build the seven hd2- data files of set heldout246.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).
docx with python-docx, xlsx with openpyxl, csv/txt written directly.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' in text starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"


# ====================================================== 1. Lancashire SAB SAR
def make_lancashire():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Lancashire Safeguarding Adults Board").bold = True
    doc.add_heading("Safeguarding Adults Review: Adult N – Action Plan", level=1)

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Version", "1.4"),
        ("Date", "20 January 2025"),
        ("Owner", "LSAB SAR Sub-Group"),
        ("Status", "Live – progress reported quarterly to the SAR Sub-Group"),
    ]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph(
        "Adult N was a 67 year old man who lived alone in East Lancashire and died "
        "in hospital in March 2023 following a fall at home. The review was published "
        "in June 2024 and the Board accepted all three recommendations. This plan records "
        "the actions agreed by partner agencies and progress against them."
    )

    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, word, meaning in [
        (RED, "Red", "Not started / significant risk to delivery"),
        (AMBER, "Amber", "In progress – some risk to timescale"),
        (GREEN, "Green", "In progress – on track"),
        (BLUE, "Blue", "Completed and evidenced"),
    ]:
        r = key.add_row().cells
        set_cell(r[0], word, bold=True)
        shade(r[0], colour)
        set_cell(r[1], meaning)

    recs = [
        (
            "Recommendation 1: Self-neglect and hoarding",
            "LSAB should seek assurance that partner agencies are using the Pan-Lancashire "
            "Self-Neglect Framework consistently, including the use of multi-agency risk "
            "management meetings where a person declines support.",
            [
                ("1.1", "Re-launch the Self-Neglect Framework through a 7-minute briefing and two practitioner webinars.",
                 "LSAB Business Manager", "March 2025",
                 "Briefing drafted and agreed by Policy and Procedures Sub-Group; webinars booked for 11 and 25 February 2025.",
                 ("G", None)),
                ("1.2", "Audit a sample of 20 self-neglect safeguarding concerns to test whether a multi-agency risk management meeting was considered and recorded.",
                 "Principal Social Worker (LCC) / Designated Nurse for Safeguarding Adults (ICB)", "30/06/2025",
                 "Audit tool agreed. Sample to be drawn in April 2025.",
                 ("A", None)),
                ("1.3", "Add a hoarding assessment prompt to the adult social care case recording system.\nInclude the Clutter Image Rating scale as an attachment.",
                 "Head of Service – Adult Safeguarding, Lancashire County Council", "December 2024",
                 "Prompt live in LAS from 2 December 2024.",
                 ("", BLUE)),
            ],
        ),
        (
            "Recommendation 2: Mental capacity and executive functioning",
            "Partner agencies should ensure that practitioners understand executive functioning "
            "and how to assess capacity where a person’s decisions and actions do not match.",
            [
                ("2.1", "Commission multi-agency training on executive functioning and capacity assessment for front-line practitioners.",
                 "Chair, Learning and Development Sub-Group", "Q1 2025/26",
                 "Trainer identified; first cohort planned for May 2025.",
                 ("G", None)),
                ("2.2", "Each partner agency to confirm that its Mental Capacity Act policy references executive functioning.",
                 "All partner agencies – MCA leads", "31 March 2025",
                 "Returns received from 5 of 11 agencies. Escalated to Board on 16 January 2025.",
                 ("R", None)),
            ],
        ),
        (
            "Recommendation 3: Professional curiosity and escalation",
            "LSAB should promote the use of the Resolving Professional Differences "
            "(escalation) protocol and seek evidence of its use.",
            [
                ("3.1", "Refresh the Resolving Professional Differences protocol and publish it on the LSAB website.",
                 "LSAB Business Manager", "September 2024",
                 "Published 30 September 2024.",
                 ("Complete", None)),
                ("3.2", "Report the number of escalations raised under the protocol to the Performance and Quality Sub-Group each quarter.",
                 "Performance and Quality Sub-Group Chair", "Ongoing – quarterly",
                 "Q3 2024/25 figures reported: 9 escalations, 7 resolved at stage 1.",
                 ("G", None)),
            ],
        ),
    ]
    header = ["Ref", "Action", "Lead", "Target date", "Progress update (January 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(2.6), Cm(7.0), Cm(1.6)]
    for heading, rec_text, actions in recs:
        doc.add_heading(heading, level=2)
        rp = doc.add_paragraph()
        rr = rp.add_run(rec_text)
        rr.italic = True
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for ref, act, lead, due, prog, (rag_text, rag_fill) in actions:
            c = t.add_row().cells
            for i, v in enumerate([ref, act, lead, due, prog, rag_text]):
                set_cell(c[i], v)
            if rag_fill:
                shade(c[5], rag_fill)
            else:
                shade(c[5], {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}[rag_text])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w

    doc.add_paragraph("")
    doc.add_paragraph("Next review: SAR Sub-Group, April 2025.")
    doc.save(out("hd2-lancashire-sab-sar-adult-n-action-plan.docx"))


# ============================================ 2. Welwyn Hatfield CSP DHR
def make_welwyn():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Welwyn Hatfield Community Safety Partnership").bold = True
    doc.add_heading("Domestic Homicide Review ‘Beatrice’ – Action Plan", level=1)
    doc.add_paragraph(
        "Death of Beatrice, aged 58, in Welwyn Garden City in March 2022. Overview report "
        "approved by the Home Office Quality Assurance Panel on 7 August 2024. "
        "Action plan updated 15 October 2025."
    )
    doc.add_paragraph(
        "Status key: Green – on track; Amber – delayed, recovery agreed; "
        "Red – not progressing; Blue – complete."
    )
    header = ["Recommendation", "Scope", "No.", "Action to take", "Lead agency",
              "Key milestones", "Target date", "Completion date and outcome", "Status"]
    colour = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Blue": "BDD7EE", "": None}

    def build(section, recs):
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], "D9D9D9")
        for rec, scope, actions in recs:
            first = len(t.rows)
            for a in actions:
                c = t.add_row().cells
                for i, v in enumerate(a):
                    set_cell(c[i + 2], v, size=9)
                if colour[a[-1]]:
                    shade(c[8], colour[a[-1]])
            last = len(t.rows) - 1
            for col, val in ((0, rec), (1, scope)):
                top = t.cell(first, col)
                if last > first:
                    top = top.merge(t.cell(last, col))
                set_cell(top, val, size=9)

    build("Section A: Overview Report Recommendations", [
        ("1. The Community Safety Partnership should ensure that practitioners across the "
         "partnership recognise coercive and controlling behaviour, including economic abuse, "
         "in the relationships of older people.", "Local", [
            ("1.1", "Deliver a domestic abuse and older people learning event for partner agency practitioners.",
             "Welwyn Hatfield Borough Council – Community Safety",
             "Venue booked; speakers from Hourglass confirmed.", "November 2024",
             "Event held 21 November 2024, 64 attendees.", "Blue"),
            ("1.2", "Include economic abuse prompts in the DASH risk assessment refresher training.",
             "Hertfordshire Constabulary; Hertfordshire County Council – Adult Care Services",
             "Training materials under review by the Hertfordshire Domestic Abuse Partnership.",
             "31/03/2025\nRevised: 31/12/2025", "", "Amber"),
        ]),
        ("2. Hertfordshire and West Essex ICB should work with GP practices to ensure routine "
         "enquiry about domestic abuse is made where a patient presents with repeated injuries "
         "or low mood.", "Local", [
            ("2.1", "Roll out the IRIS domestic abuse training and referral programme to the remaining GP practices in Welwyn Hatfield.",
             "Hertfordshire and West Essex ICB", "9 of 14 practices trained.", "March 2026", "", "Green"),
        ]),
        ("3. The Home Office should consider how the learning from DHRs involving adult family "
         "members as perpetrators is shared nationally.", "National", [
            ("3.1", "CSP Chair to write to the Home Office DHR team sharing the learning from this review.",
             "Chair, Welwyn Hatfield CSP", "Letter drafted.", "September 2024",
             "Letter sent 12 September 2024; acknowledgement received.", "Blue"),
        ]),
    ])
    build("Section B: Single Agency Recommendations", [
        ("4. Hertfordshire Constabulary should ensure officers attending domestic incidents record "
         "the views of all adults present, including family members who are not the victim or suspect.",
         "Local", [
            ("4.1", "Issue a practice note on recording the voice of other adults at domestic incidents and test compliance through dip sampling.",
             "Hertfordshire Constabulary – Public Protection Unit", "Practice note issued December 2024.",
             "Jan-25", "Dip sample of 50 incidents (January 2025) found 88% compliance.", "Blue"),
        ]),
        ("5. East and North Hertfordshire NHS Trust should ensure that safeguarding adult referrals "
         "from the Emergency Department are followed up where no acknowledgement is received.",
         "Local", [
            ("5.1", "Introduce a weekly safeguarding referral tracker in the Emergency Department at the Lister Hospital.",
             "Head of Safeguarding, East and North Hertfordshire NHS Trust",
             "Tracker piloted April–May 2025; audit of first three months to follow.",
             "December 2025", "", "Green"),
        ]),
        ("6. Welwyn Hatfield Borough Council Housing should ensure that tenancy visits consider "
         "signs of domestic abuse and that staff know how to refer.", "Local", [
            ("6.1", "Add domestic abuse questions to the annual tenancy visit form and brief housing officers.",
             "Head of Housing Operations / Domestic Abuse Housing Lead",
             "Form updated June 2025; briefings at team meetings.", "Ongoing", "", "Green"),
            ("6.2", "Seek Domestic Abuse Housing Alliance (DAHA) accreditation.",
             "Head of Housing Operations", "", "March 2026", "", ""),
        ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Progress is monitored by the Welwyn Hatfield CSP Domestic Abuse "
                      "Sub-Group and reported to the CSP Board twice a year.")
    doc.save(out("hd2-welwyn-hatfield-csp-dhr-beatrice-action-plan.docx"))


# ================================================ 3. RUH Bath board action log
def make_ruh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Board Action Log"
    ws["A1"] = "Royal United Hospitals Bath NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated for the meeting on 5 March 2025"
    ws["A5"] = "Status key"
    ws["A5"].font = Font(bold=True)
    for col, (c, text) in zip("BCDE", [(RED, "Overdue"), (AMBER, "Due at this meeting"),
                                       (GREEN, "Not yet due"), (BLUE, "Complete – recommended for closure")]):
        ws[f"{col}5"] = text
        ws[f"{col}5"].fill = fill(c)
        ws[f"{col}5"].alignment = WRAP
    header = ["Action No.", "Date of Meeting", "Item", "Action", "Owner", "Due Date",
              "Revised Due Date", "Update", "Status"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("PB312", dt.datetime(2024, 7, 3), "Maternity and Neonatal Safety Report",
         "Provide the Board with a trajectory for achieving full compliance with the Saving Babies’ Lives Care Bundle v3.",
         "Chief Nursing Officer", "November 2024", "March 2025",
         "Trajectory included in the Maternity and Neonatal Safety Report (agenda item 9).", BLUE),
        ("PB318", dt.datetime(2024, 9, 4), "Integrated Performance Report",
         "Include benchmarking against peer trusts for 12-hour waits in the Emergency Department in future reports.",
         "Chief Operating Officer", dt.datetime(2024, 11, 6), None,
         "Benchmarking added to the IPR from November 2024.", BLUE),
        ("PB323", dt.datetime(2024, 9, 4), "Freedom to Speak Up Guardian Report",
         "Set out how themes raised through Freedom to Speak Up will be triangulated with staff survey results and reported to the People Committee.",
         "Chief People Officer", "January 2025", "May 2025",
         "Deferred to align with publication of the 2024 NHS Staff Survey results.", GREEN),
        ("PB329", dt.datetime(2024, 11, 6), "Finance Report – Month 6",
         "Circulate a breakdown of agency spend by staff group and division to Board members.",
         "Chief Financial Officer", "January 2025", None, "Not yet received.", RED),
        ("PB331", dt.datetime(2024, 11, 6), "Patient Story",
         "Invite the patient and family to return to a future Board to share the changes made in response to their experience.",
         "Chief Nursing Officer / Head of Patient Experience", "July 2025", None,
         "Date to be agreed with the family.", GREEN),
        ("PB336", dt.datetime(2025, 1, 8), "Digital Strategy Update",
         "Bring a revised Electronic Patient Record benefits realisation plan to the Board.",
         "Chief Strategic Officer; Chief Financial Officer", dt.datetime(2025, 3, 5), None,
         "On agenda – item 14.", AMBER),
        ("PB338", dt.datetime(2025, 1, 8), "Estates and Facilities Report",
         "Provide an update on the backlog maintenance risks for the Combe Park site.\nConfirm the capital funding implications for 2025/26.",
         "Director of Estates and Facilities", "May 2025", None, None, GREEN),
    ]
    r = 8
    for row in rows:
        *vals, status_fill = row
        for i, v in enumerate(vals + [None], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(status_fill)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Actions closed at the January 2025 meeting have been removed from the log and are held by the Board Secretary.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [10, 12, 24, 50, 26, 13, 13, 40, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(out("hd2-royal-united-hospitals-bath-nhsft-board-action-log.xlsx"))


# ====================================================== 4. Gosport CRR
def score_fill(score):
    if score >= 15:
        return fill("FF0000")
    if score >= 8:
        return fill("FFC000")
    return fill("92D050")


def make_gosport():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Gosport Borough Council – Corporate Risk Register"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 3 2025/26 (October – December 2025)"
    s["A3"] = "Presented to the Standards and Governance Committee, February 2026"
    for i, h in enumerate(["Risk", "Risk owner", "Residual score Q2", "Residual score Q3", "Direction of travel"], 1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    summary = [
        ("CR01: Financial sustainability", "Section 151 Officer", 20, 20, "↔"),
        ("CR02: Cyber security", "Head of ICT", 15, 15, "↔"),
        ("CR03: Coastal flood and erosion risk", "Head of Coastal Partners", 16, 12, "↓"),
        ("CR04: Workforce capacity and retention", "Chief Executive", 9, 12, "↑"),
    ]
    for j, row in enumerate(summary, 6):
        for i, v in enumerate(row, 1):
            c = s.cell(row=j, column=i, value=v)
            c.border = BOX
        s.cell(row=j, column=3).fill = score_fill(row[2])
        s.cell(row=j, column=4).fill = score_fill(row[3])
    s["A11"] = "Number of corporate risks"
    s["B11"] = 4
    s["A12"] = "Red (15–25)"
    s["B12"] = 2
    s["A13"] = "Amber (8–12)"
    s["B13"] = 2
    s["A14"] = "Green (1–6)"
    s["B14"] = 0
    s.column_dimensions["A"].width = 42
    s.column_dimensions["B"].width = 26
    for col in "CDE":
        s.column_dimensions[col].width = 16

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Corporate Risk Register – Q3 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    header = ["Risk", "Risk description (cause, event, consequence)", "Risk owner",
              "L", "I", "Current score", "Controls in place", "Action ref", "Further actions",
              "Action owner", "Target date", "Q3 progress", "Action status", "Target score"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("CR01: Financial sustainability",
         "Rising demand for temporary accommodation and reductions in government funding mean the Council "
         "cannot set a balanced budget over the Medium Term Financial Strategy period, leading to the use "
         "of reserves and reductions in services.",
         "Section 151 Officer", 4, 5,
         "MTFS reviewed quarterly; Financial Regulations; monthly budget monitoring reported to the Policy and Organisation Board.",
         8, [
             ("CR01.1", "Deliver the 2026/27 savings and income programme of £1.2m agreed by Council.",
              "Section 151 Officer", "31/03/2026",
              "£0.9m identified; proposals for the remaining £0.3m go to Council in February 2026.", "A"),
             ("CR01.2", "Respond to the Fair Funding Review 2.0 consultation and model the impact on the MTFS.",
              "Head of Finance", dt.datetime(2025, 8, 15),
              "Response submitted 15 August 2025. Provisional settlement modelled in December 2025.", "Complete"),
             ("CR01.3", "Review fees and charges for 2026/27 in line with the Fees and Charges Policy.",
              "Head of Finance / Heads of Service", "January 2026",
              "Draft schedule with Heads of Service.", "G"),
         ]),
        ("CR02: Cyber security",
         "A cyber-attack or ransomware incident results in the loss of systems and data, preventing the "
         "Council from delivering services and leading to reputational damage and action by the ICO.",
         "Head of ICT", 3, 5,
         "Firewalls and endpoint protection; mandatory e-learning; immutable back-ups; PSN compliance.",
         10, [
             ("CR02.1", "Achieve Cyber Essentials Plus accreditation.",
              "Head of ICT", "Q4 2025/26", "External assessment booked for February 2026.", "G"),
             ("CR02.2", "Run a cyber incident exercise with the Corporate Management Team.",
              "Head of ICT; Emergency Planning Officer", dt.datetime(2025, 11, 30),
              "Exercise held 19 November 2025; lessons learned report to CMT in January 2026.", "Complete"),
         ]),
        ("CR03: Coastal flood and erosion risk",
         "Failure of ageing coastal defences along the Gosport frontage during a storm event leads to "
         "flooding of homes, businesses and infrastructure.",
         "Head of Coastal Partners", 3, 4,
         "Defence inspection regime; flood warning arrangements with the Environment Agency; Shoreline Management Plan.",
         8, [
             ("CR03.1", "Complete the outline business case for the Gosport Town Frontage coastal scheme and submit it to the Environment Agency.",
              "Head of Coastal Partners", "June 2026",
              "Modelling complete; economic appraisal under way.", "G"),
             ("CR03.2", "Update the Multi-Agency Flood Plan and test it with the Local Resilience Forum.",
              "Emergency Planning Officer", "Ongoing",
              "LRF exercise postponed from October 2025; new date awaited.", "A"),
         ]),
        ("CR04: Workforce capacity and retention",
         "Difficulty recruiting and retaining staff in key professional roles (planning, legal, "
         "environmental health) leads to service delays and reliance on agency staff.",
         "Chief Executive", 4, 3,
         "Workforce Strategy; agile working policy; exit interviews reviewed by CMT.",
         6, [
             ("CR04.1", "Introduce a market supplement policy for hard-to-recruit posts.",
              "Head of HR", "October 2025",
              "Policy drafted; consultation with UNISON has not started.", "R"),
             ("CR04.2", "Launch a ‘Grow our own’ apprenticeship scheme for planning and environmental health.",
              "Head of HR and Organisational Development", "September 2026",
              "Scheme to start with the September 2026 intake.", None),
         ]),
    ]
    status_fill = {"G": "92D050", "A": "FFC000", "R": "FF0000", "Complete": "9BC2E6"}
    r = 4
    for risk, desc, owner, L, I, controls, target, actions in risks:
        first = r
        for a in actions:
            for i, v in enumerate(a, 8):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a[5]:
                ws.cell(row=r, column=13).fill = fill(status_fill[a[5]])
            r += 1
        last = r - 1
        for col, v in ((1, risk), (2, desc), (3, owner), (4, L), (5, I), (6, L * I), (7, controls), (14, target)):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=6).fill = score_fill(L * I)
        ws.cell(row=first, column=14).fill = score_fill(target)
    for col, w in zip("ABCDEFGHIJKLMN", [22, 40, 16, 4, 4, 8, 34, 9, 44, 22, 12, 38, 9, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B4"

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring: Likelihood (L) × Impact (I)"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Likelihood / Impact"
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
    for L in range(5, 0, -1):
        rr = 3 + (5 - L)
        m.cell(row=rr, column=1, value=L).font = Font(bold=True)
        for I in range(1, 6):
            c = m.cell(row=rr, column=I + 1, value=L * I)
            c.fill = score_fill(L * I)
            c.border = BOX
    m["A10"] = "Action status key"
    m["A10"].font = Font(bold=True)
    for j, (k, v) in enumerate([("G", "On track"), ("A", "Some slippage – action being taken"),
                                ("R", "Off track – escalation needed"), ("Complete", "Action delivered")], 11):
        m.cell(row=j, column=1, value=k).fill = fill(status_fill[k])
        m.cell(row=j, column=2, value=v)
    m.column_dimensions["A"].width = 20
    m.column_dimensions["B"].width = 36
    wb.save(out("hd2-gosport-bc-corporate-risk-register-q3-2025-26.xlsx"))


# ======================================= 5. Hertfordshire CC highlight report (refuse)
def make_herts():
    wb = Workbook()
    s = wb.active
    s.title = "Highlight Report"
    lines = [
        ("Hertfordshire County Council", Font(bold=True, size=14)),
        ("Transformation Programme – Highlight Report", Font(bold=True, size=12)),
        (None, None),
    ]
    for i, (t, f) in enumerate(lines, 1):
        if t:
            s.cell(row=i, column=1, value=t).font = f
    info = [
        ("Reporting period", "November 2025"),
        ("Senior Responsible Owner", "Director of Resources"),
        ("Programme Manager", "Transformation PMO"),
        ("Overall status", "Amber"),
        ("Reported to", "Transformation Board, 9 December 2025"),
    ]
    for j, (k, v) in enumerate(info, 4):
        s.cell(row=j, column=1, value=k).font = Font(bold=True)
        s.cell(row=j, column=2, value=v)
    s["B7"].fill = fill(AMBER)
    s["A10"] = "Key messages"
    s["A10"].font = Font(bold=True)
    msgs = [
        "Customer portal Phase 1 went live on 31 October; 4,900 registered accounts in the first month.",
        "Homecare review is behind plan because of reviewing capacity; recovery plan agreed with the Director of Adult Care Services.",
        "Farnham House vacated on schedule. Disposal strategy for surplus offices goes to Cabinet in January 2026.",
    ]
    for j, t in enumerate(msgs, 11):
        s.cell(row=j, column=1, value=f"• {t}")
    s["A15"] = "Financial summary (£000)"
    s["A15"].font = Font(bold=True)
    for i, h in enumerate(["", "Budget 2025/26", "Spend to date", "Forecast outturn"], 1):
        s.cell(row=16, column=i, value=h).font = Font(bold=True)
    for j, row in enumerate([("Programme costs", 3200, 1870, 3050),
                             ("Savings target", 6500, 3900, 5800)], 17):
        for i, v in enumerate(row, 1):
            s.cell(row=j, column=i, value=v)
    s.column_dimensions["A"].width = 28
    for col in "BCD":
        s.column_dimensions[col].width = 18

    ws = wb.create_sheet("Milestones")
    header = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.border = BOX
    D = dt.datetime
    rows = [
        ("Workstream 1: Customer Access and Digital",),
        ("1.1", "Launch the new customer portal (Phase 1 – highways and waste reports).",
         "Head of Customer Service", D(2025, 9, 30), D(2025, 10, 31), "Complete",
         "Live 31 October 2025."),
        ("1.2", "Move Blue Badge applications onto the customer portal.",
         "Head of Customer Service", D(2025, 12, 31), D(2026, 2, 28), "A",
         "Integration with the national Blue Badge system needs further testing."),
        ("1.3", "Close the Highways telephone line following channel shift.",
         "Director of Highways / Head of Customer Service", D(2026, 3, 31), D(2026, 3, 31), "G",
         "Communications plan agreed."),
        ("Workstream 2: Adult Social Care Practice Model",),
        ("2.1", "Roll out strengths-based practice training to all locality teams.",
         "Principal Social Worker (Adults)", D(2025, 10, 31), D(2025, 12, 31), "G",
         "Six of eight locality teams trained."),
        ("2.2", "Implement the new Technology Enabled Care contract.",
         "Head of Commissioning – Adult Care", D(2025, 11, 30), D(2026, 1, 31), "A",
         "Contract award delayed by clarification questions."),
        ("2.3", "Review 500 homecare packages against the new practice model.",
         "Assistant Director – Operations (Adults)", D(2025, 12, 31), D(2026, 3, 31), "R",
         "212 reviews completed. Recovery plan agreed."),
        ("Workstream 3: Property and Accommodation",),
        ("3.1", "Vacate Farnham House and move staff to County Hall.",
         "Head of Property", D(2025, 9, 30), D(2025, 9, 30), "Complete",
         "Completed on schedule."),
        ("3.2", "Complete the County Hall Phase 2 refurbishment (floors 2 and 3).",
         "Head of Property", D(2025, 11, 30), "Decmber 2025", "A",
         "Contractor delay on mechanical works."),
        ("3.3", "Agree a disposal strategy for surplus office buildings.",
         "Director of Resources", D(2026, 1, 31), D(2026, 1, 31), "G",
         "Paper to Cabinet in January 2026."),
        ("Workstream 4: Workforce and Ways of Working",),
        ("4.1", "Introduce the new hybrid working policy.",
         "Director of HR and OD", D(2025, 7, 31), D(2025, 7, 31), "Complete",
         "Policy in effect from 1 August 2025."),
        ("4.2", "Deliver the leadership development programme for 120 service managers.",
         "Director of HR and OD", D(2026, 6, 30), D(2026, 6, 30), "G",
         "Cohorts 1 and 2 under way."),
    ]
    rag_fill = {"G": "92D050", "A": "FFC000", "R": "FF0000", "Complete": "00B0F0"}
    r = 2
    for row in rows:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(rag_fill[row[5]])
        r += 1
    for col, w in zip("ABCDEFG", [6, 52, 34, 13, 13, 10, 44]):
        ws.column_dimensions[col].width = w

    b = wb.create_sheet("Benefits")
    b["A1"] = "Cashable benefits by workstream (£000)"
    b["A1"].font = Font(bold=True)
    for i, h in enumerate(["Workstream", "Target 2025/26", "Delivered to date", "Forecast"], 1):
        b.cell(row=2, column=i, value=h).font = Font(bold=True)
    for j, row in enumerate([
        ("Customer Access and Digital", 1500, 700, 1300),
        ("Adult Social Care Practice Model", 3200, 1900, 2700),
        ("Property and Accommodation", 1300, 1000, 1300),
        ("Workforce and Ways of Working", 500, 300, 500),
        ("Total", 6500, 3900, 5800),
    ], 3):
        for i, v in enumerate(row, 1):
            b.cell(row=j, column=i, value=v)
    b.column_dimensions["A"].width = 34
    wb.save(out("hd2-hertfordshire-cc-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


# ====================================== 6. West Herts maternity improvement plan (csv)
def make_westherts():
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Standards and structures that underpin safer, more personalised and more equitable care"
    rows = [
        ["West Hertfordshire Teaching Hospitals NHS Trust"],
        ["Maternity and Neonatal Improvement Plan 2024-2026"],
        ["Aligned to the NHS England Three Year Delivery Plan for Maternity and Neonatal Services and the CQC maternity inspection findings"],
        ["Position as at 30 September 2025 – reported to the Quality Committee"],
        [],
        ["Theme", "Objective", "Ref", "Action", "Lead", "Original due date",
         "Revised due date", "Progress / evidence", "BRAG"],
        [T1, "Objective 1: Care that is personalised", "1.1",
         "Offer every woman a personalised care and support plan at booking and review it at 28 and 36 weeks.",
         "Director of Midwifery", "31/03/2025", "30/09/2025",
         "Audit Q1 2025/26: 91% of women had a plan in place at booking; 28 and 36 week reviews evidenced.", "B"],
        ["", "", "1.2",
         "Provide maternity information leaflets in the five most-spoken languages other than English.",
         "Patient Experience Midwife; MNVP Lead", "30/06/2025", "",
         "Urdu, Polish and Romanian versions published; Tamil and Gujarati with translators.", "A"],
        ["", "Objective 2: Improve equity for mothers and babies", "2.1",
         "Complete the Local Maternity and Neonatal System equity action plan actions assigned to the Trust.",
         "Consultant Midwife – Public Health", "Mar-26", "",
         "Continuity of carer team for the Watford Central area in place from July 2025.", "G"],
        [T2, "Objective 4: Grow our workforce", "4.1",
         "Recruit to the 14.2 WTE midwifery vacancies identified in the Birthrate Plus review.",
         "Director of Midwifery / Head of Midwifery", "31/12/2025", "",
         "11.6 WTE appointed; international recruitment cohort starts November 2025.", "G"],
        ["", "Objective 5: Value and retain our workforce", "5.1",
         "Launch a preceptorship and legacy midwife scheme to retain newly qualified and experienced midwives.",
         "Retention Midwife", "September 2025", "",
         "Scheme launched 1 September 2025.", "B"],
        ["", "Objective 6: Invest in skills", "6.1",
         "Ensure 90% of each maternity staff group completes annual PROMPT multi-professional emergency training.",
         "Practice Development Midwife", "31/03/2025", "31/10/2025",
         "Obstetric anaesthetists at 78%; additional dates added in October 2025.", "R"],
        [T3, "Objective 7: Develop a positive safety culture", "7.1",
         "Deliver the Perinatal Culture and Leadership Programme action plan following the SCORE survey.",
         "Perinatal Quadrumvirate", "Q3 2025/26", "",
         "Listening events held in June and August 2025.", "G"],
        ["", "Objective 8: Learning and improving", "8.1",
         "Embed the Patient Safety Incident Response Framework in maternity governance.\nPublish a quarterly learning bulletin for staff.",
         "Maternity Governance Lead", "31/01/2025", "",
         "Complete – bulletins issued January, April and July 2025.", "B"],
        [T4, "Objective 10: Standards to ensure best practice", "10.1",
         "Achieve full compliance with all six elements of the Saving Babies’ Lives Care Bundle version 3.",
         "Obstetric Clinical Director; Director of Midwifery", "31/03/2026", "",
         "83% compliance at the last LMNS review; elements 2 and 5 outstanding.", "A"],
        ["", "Objective 12: Make better use of digital technology", "12.1",
         "Implement the maternity module of the new Electronic Patient Record.",
         "Digital Midwife", "TBC – dependent on Trust EPR go-live", "",
         "Awaiting the Trust EPR programme timeline.", ""],
        [],
        ["BRAG key: B = completed and evidenced; G = on track; A = at risk of delay; R = off track / overdue"],
        ["Summary", "B", "3", "G", "3", "A", "2", "R", "1"],
        ["", "Not rated", "1", "Total", "10"],
    ]
    with open(out("hd2-west-hertfordshire-teaching-hospitals-maternity-improvement-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ====================================== 7. East Hampshire CSP plan (tab-separated txt)
def make_easthants():
    lines = [
        "East Hampshire Community Safety Partnership",
        "Community Safety Partnership Plan 2025-26 – Action Plan",
        "Progress at Quarter 2 (July – September 2025)",
        "",
        "Ref\tAction\tLead partner(s)\tTimescale\tQ2 update\tRAG",
        "",
        "Priority 1: Anti-social behaviour and neighbourhood crime",
        "1.1\tHold quarterly multi-agency days of action in Alton, Petersfield and Whitehill & Bordon.\tEHDC Community Safety Team; HIOW Constabulary\tQuarterly\tDays of action held in Alton (June) and Petersfield (September).\tG",
        "1.2\tUse the ASB Case Review (Community Trigger) process and publish the annual data on the Council website.\tCommunity Safety Manager\tBy 30 June 2025\tData for 2024/25 published 20 June 2025.\tComplete",
        "1.3\tDeliver the Safer Streets rural crime project with farm watch and equipment marking\tCountry Watch (HIOW Constabulary)\tApr 2025 – Mar 2026\tTwo of four events held; funding for marking kits confirmed in August.\tA",
        "\tevents in villages within the South Downs National Park.\t\t\t\t",
        "",
        "Priority 2: Domestic abuse and violence against women and girls",
        "2.1\tPromote the White Ribbon campaign and achieve White Ribbon accreditation for East Hampshire District Council.\tCommunity Safety Manager\tNovember 2025\tAction plan submitted to White Ribbon UK in August.\tG",
        "2.2\tCommission a drop-in domestic abuse outreach service in Whitehill & Bordon.\tHampshire County Council – Domestic Abuse Commissioning / Stop Domestic Abuse\tDecember 2025\tVenue agreed at the Forest Centre; provider capacity being confirmed.\tA",
        "",
        "Priority 3: Serious violence and exploitation",
        "3.1\tDeliver knife crime awareness sessions in all six secondary schools in the district.\tHIOW Constabulary Schools Officer; Youth Justice Service\tJul-25\tSessions delivered to Year 9 in all six schools (1,140 pupils).\tComplete",
        "3.2\tMap locations of concern for child exploitation with the Missing, Exploited and Trafficked (MET) Group and share them with licensing and taxi enforcement.\tMET Group Chair\t31/03/2026\tFirst mapping exercise completed in September.\tG",
        "",
        "Priority 4: Substance misuse",
        "4.1\tSupport Inclusion Hampshire drug and alcohol outreach in Petersfield through fortnightly joint patrols.\tInclusion Hampshire; Neighbourhood Policing Team\tSep-25\tPatrols paused since July because of staffing; restart planned for January 2026.\tR",
        "4.2\tRun a Dry January and alcohol harm campaign across partner social media channels.\tEHDC Communications\tJanuary 2026\tPlanned for January 2026.\t",
        "",
        "RAG: G = on track; A = some delay, being managed; R = off track; Complete = action delivered",
        "Next update: CSP Strategic Group, 11 December 2025",
    ]
    with open(out("hd2-east-hampshire-csp-community-safety-plan-2025-26-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_lancashire()
    make_welwyn()
    make_ruh()
    make_gosport()
    make_herts()
    make_westherts()
    make_easthants()
    print("built 7 hd2 files in", HERE)
