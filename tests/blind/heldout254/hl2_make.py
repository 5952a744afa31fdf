#!/usr/bin/env python3
"""Build the seven hl2- blind test files (set heldout254).

Run with: /work/main/.venv/bin/python hl2_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000", "W": "FFFFFF",
    "HEAD": "1F3864", "THEME": "D9E2F3", "GREY": "D9D9D9",
}


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    """Put text in a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# --------------------------------------------------------------------------
# 1. North Somerset SAB – SAR Mrs P action plan (docx, table per learning theme)
# --------------------------------------------------------------------------
def make_sar_docx(path):
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "North Somerset Safeguarding Adults Board"
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.text = "OFFICIAL – SENSITIVE once populated with case detail. Published version."

    doc.add_heading("Safeguarding Adults Review: Mrs P – Multi-agency Action Plan", level=0)
    doc.add_paragraph("Version 4 – progress as at 10 January 2025, for the SAB Learning and Review Subgroup")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, t, bold=True)
        shade(c, FILL["GREY"])
    for row in [
        ("1", "12/03/2024", "SAB Business Manager", "Draft agreed by SAR panel"),
        ("2", "20/05/2024", "SAB Business Manager", "Endorsed by SAB Executive Group"),
        ("3", "09/09/2024", "SAB Business Support Officer", "Quarter 2 progress update"),
        ("4", "10/01/2025", "SAB Business Support Officer", "Quarter 3 progress update"),
    ]:
        cells = dc.add_row().cells
        for c, t in zip(cells, row):
            set_cell(c, t)

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Mrs P was an 84-year-old woman who lived with her husband, who was also her main carer, "
        "in Weston-super-Mare. She died in hospital in June 2023. The review considered how agencies "
        "responded to self-neglect, to the strain on her husband as a carer and to her discharge from "
        "hospital. The overview report was published on 4 March 2024 and made four recommendations, "
        "grouped below under the learning themes identified by the review panel."
    )

    doc.add_heading("RAG rating key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, label, meaning in [
        ("B", "Blue", "Action completed and evidenced"),
        ("G", "Green", "On track to be completed by the target date"),
        ("A", "Amber", "At risk of not being completed by the target date"),
        ("R", "Red", "Overdue or not progressing"),
        ("W", "White", "Not yet started"),
    ]:
        cells = key.add_row().cells
        set_cell(cells[0], label, bold=True)
        shade(cells[0], FILL[colour])
        set_cell(cells[1], meaning)

    themes = [
        ("Learning Theme 1: Self-neglect and executive capacity",
         "Recommendation 1: The SAB should seek assurance that partner agencies apply the self-neglect and "
         "hoarding protocol, including consideration of executive capacity where a person repeatedly declines support.",
         [
             ("1.1", "Refresh the multi-agency self-neglect and hoarding protocol to include a section on executive "
                     "capacity and a practice example.",
              "SAB Business Manager", "March 2025",
              "Draft protocol circulated to partners for comment on 6 December 2024. Final version to SAB Executive in March.",
              "G"),
             ("1.2", "Deliver two multi-agency practice briefings on executive capacity and record attendance by agency.",
              "Principal Social Worker (Adults) / ICB Designated Nurse Safeguarding Adults", "30/11/2024",
              "Briefings held 17 October and 21 November 2024; 112 attendees from 9 agencies. Recordings on SAB website.",
              "B"),
         ]),
        ("Learning Theme 2: Support for carers",
         "Recommendation 2: Partner agencies should ensure that carers are offered a carer’s assessment when there "
         "are indications that caring arrangements are under strain.",
         [
             ("2.1", "Audit 30 cases where a carer was identified during a Care Act assessment to establish whether a "
                     "carer’s assessment was offered.",
              "Head of Quality Assurance, Adult Social Care", "June 2025",
              "Audit tool agreed. Audit delayed by the move to the new case management system; fieldwork now planned for April.",
              "A"),
             ("2.2", "Include carer strain prompts in the GP safeguarding template and circulate via the ICB primary care bulletin.",
              "Named GP for Safeguarding Adults, BNSSG ICB", "Q4 2024/25",
              "Template wording agreed with the LMC. Bulletin article scheduled for February.",
              "G"),
         ]),
        ("Learning Theme 3: Multi-agency risk management",
         "Recommendation 3: The SAB should develop a multi-agency risk management (MARM) framework for adults at "
         "high risk who do not meet the criteria for a section 42 enquiry.",
         [
             ("3.1", "Develop and consult on a MARM framework and escalation pathway.",
              "Assistant Director – Adult Social Care Operations", "Sept 2024 – March 2025",
              "Task and finish group meeting monthly. Consultation with Avon and Somerset Police and AWP still to be completed.",
              "A"),
             ("3.2", "Launch the MARM framework with partners and evaluate the first six months of use.",
              "SAB Business Manager", "December 2025",
              "Dependent on completion of 3.1.",
              "W"),
         ]),
        ("Learning Theme 4: Hospital discharge and transfer of care",
         "Recommendation 4: University Hospitals Bristol and Weston NHS Foundation Trust should ensure that discharge "
         "planning for people who self-neglect includes a multi-disciplinary discussion with community services before discharge.",
         [
             ("4.1", "Amend the Weston General Hospital discharge checklist to prompt a multi-disciplinary discussion "
                     "where self-neglect is recorded.",
              "Head of Safeguarding, UHBW", "31 January 2025",
              "Revised checklist approved by the Discharge Steering Group; live on the electronic patient record from 13 January.",
              "G"),
             ("4.2", "Re-audit discharge records for patients with a self-neglect alert and report results to the SAB "
                     "Quality Assurance Subgroup.",
              "UHBW Head of Safeguarding & Integrated Discharge Hub Manager", "Ongoing – quarterly",
              "First quarterly re-audit due April 2025.",
              "G"),
         ]),
    ]

    for theme, rec, actions in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Ref", "Action", "Lead", "Target date", "Progress update (January 2025)", "RAG"]):
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, FILL["HEAD"])
        rr = t.add_row().cells
        m = rr[0].merge(rr[5])
        set_cell(m, rec, bold=True)
        shade(m, FILL["THEME"])
        for ref, action, lead, date, update, rag in actions:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], action)
            set_cell(cells[2], lead)
            set_cell(cells[3], date)
            set_cell(cells[4], update)
            set_cell(cells[5], "" if rag == "W" else rag, bold=True)
            shade(cells[5], FILL[rag])
        doc.add_paragraph()

    doc.add_paragraph("Next review: SAB Learning and Review Subgroup, April 2025.")
    doc.add_paragraph("Contact: North Somerset Safeguarding Adults Board Business Unit.")
    doc.save(path)


# --------------------------------------------------------------------------
# 2. Wakefield District CSP – DHR 'Anne' action plan (tab-separated export)
# --------------------------------------------------------------------------
def make_dhr_txt(path):
    ncol = 9
    rows = [
        ["Wakefield District Community Safety Partnership: Domestic Homicide Review (Anne) – Action Plan"],
        ["Progress update as at 31 October 2024 – for the DHR Standing Panel"],
        [],
        ["Ref", "Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
         "Key milestones achieved", "Target date", "Date of completion and outcome", "Status"],
        ["1.1",
         "All partner agencies to ensure that staff understand domestic abuse affecting older people, including "
         "economic abuse and coercive control by a partner who is also a carer.",
         "Local",
         "Deliver a multi-agency briefing on domestic abuse and older people to frontline staff in health, social care and housing.",
         "Wakefield Council",
         "Briefing delivered 12/09/2024 (64 attendees)\nSlides published on the WDCSP website",
         "Mar-25", "12/09/2024 – complete", "Complete"],
        ["1.2", "", "Local",
         "Add an older people module to the Wakefield domestic abuse e-learning and report completion rates to the CSP Board.",
         "Wakefield Council / NHS West Yorkshire ICB (Wakefield place)",
         "Module content drafted with Age UK Wakefield District", "30/06/2025", "", "On track"],
        ["2.1",
         "West Yorkshire Police to review compliance with the requirement to complete a DASH risk assessment at every "
         "domestic incident, including where the victim declines to engage.",
         "Regional",
         "Dip sample 50 domestic incidents in Wakefield District where the victim declined to engage and report findings to the CSP.",
         "West Yorkshire Police", "Dip sample completed; 88% compliance", "Dec-24",
         "Reported to CSP Board 17/10/2024", "Complete"],
        ["3.1",
         "Primary care to strengthen routine enquiry about domestic abuse, including with patients who attend appointments with their partner.",
         "Local",
         "Circulate guidance on seeing patients alone and routine enquiry through the GP safeguarding leads forum.",
         "NHS West Yorkshire ICB (Wakefield place)", "Guidance circulated 03/10/2024", "Jan-25",
         "03/10/2024", "Complete"],
        ["3.2", "", "Local",
         "Commission IRIS (Identification and Referral to Improve Safety) training for GP practices in the two Primary Care Networks with the lowest referral rates.",
         "NHS West Yorkshire ICB (Wakefield place)", "Funding bid submitted to the Domestic Abuse Local Partnership Board",
         "Sept 2025", "", "Amber"],
        ["4.1",
         "Wakefield Council Adult Social Care to ensure that carers’ assessments consider the risk of domestic abuse within the caring relationship.",
         "Local",
         "Amend the carer’s assessment form to include a domestic abuse prompt and guidance note.",
         "Wakefield Council Adult Social Care", "Form amended on the case management system", "Nov-24",
         "28/10/2024", "Complete"],
        ["4.2", "", "Local",
         "Audit a sample of carers’ assessments six months after the change to confirm the prompt is being used.",
         "Wakefield Council Adult Social Care", "", "May-25", "", "On track"],
        ["5.1",
         "The CSP to seek assurance that the learning from this review is disseminated across the partnership.",
         "Local",
         "Publish a 7-minute briefing and hold a practitioner learning event.",
         "Wakefield District CSP", "", "Following Home Office QA panel approval", "", "Not started"],
        [],
        ["Status key: Complete; On track; Amber = some delay; Red = no progress / overdue; Not started"],
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r + [""] * (ncol - len(r)))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------
# 3. North Warwickshire CSP – Partnership Plan 2025-26 action plan (csv)
# --------------------------------------------------------------------------
def make_csp_csv(path):
    ncol = 8
    rows = [
        ["North Warwickshire Community Safety Partnership – Partnership Plan 2025-26: Action Plan"],
        ["Quarter 2 update – reported to the CSP Board on 18 September 2025"],
        [],
        ["Priority", "Ref", "Action", "Lead agency", "Supporting partners", "Timescale", "Q2 progress update", "RAG"],
        ["Priority 1 – Rural and heritage crime", "1.1",
         "Run two rural crime surgeries with farmers and landowners in partnership with the NFU.",
         "Warwickshire Police", "NWBC; NFU; Neighbourhood Watch", "Oct-25",
         "First surgery held at Shustoke, 24 July; second booked for October.", "G"],
        ["", "1.2",
         "Deploy CCTV and ANPR at two hotspot locations for fly-tipping and hare coursing.",
         "NWBC / Warwickshire Police", "Landowners; Warwickshire Rural Crime Team", "Mar-26",
         "One site live. Second site delayed, awaiting landowner consent.", "A"],
        ["Priority 2 – Anti-social behaviour", "2.1",
         "Hold monthly ASB case reviews (Community MARAC) for high-risk victims.",
         "NWBC Community Safety Team", "Warwickshire Police; Housing; Mental health services", "Monthly",
         "Meetings held every month; 14 cases discussed in Q2.", "G"],
        ["", "2.2",
         "Deliver youth diversionary activities in Atherstone and Coleshill over the school summer holidays.",
         "NWBC Leisure and Community Development", "Warwickshire Youth Service; Warwickshire Police", "Aug-25",
         "Completed. 6 weeks of evening sessions, 230 attendances.", "B"],
        ["", "2.3",
         "Review the use of Public Spaces Protection Orders in Atherstone town centre ahead of renewal.",
         "NWBC", "Warwickshire Police; Town Council", "Q3 2025/26",
         "Consultation opens in October.", "G"],
        ["Priority 3 – Violence against women and girls and domestic abuse", "3.1",
         "Promote the Warwickshire domestic abuse support offer at rural community venues and GP surgeries.",
         "WCC Domestic Abuse Commissioning Team", "Refuge; NWBC; Primary Care Networks", "Apr 2025 - Mar 2026",
         "Materials distributed to 31 venues, 9 surgeries.", "G"],
        ["", "3.2",
         "Achieve White Ribbon accreditation for North Warwickshire Borough Council.",
         "NWBC Community Safety Manager", "", "Dec-25",
         "Application drafted; ambassador training outstanding.", "A"],
        ["Priority 4 – Road safety", "4.1",
         "Carry out Community Speedwatch training for new volunteer groups.",
         "Warwickshire Police", "Parish councils", "Jan-26",
         "Two new groups (Hartshill, Polesworth) trained.", "G"],
        ["", "4.2",
         "Deliver the Fatal Four road safety campaign with young drivers at North Warwickshire and South Leicestershire College.",
         "WCC Road Safety Team & Warwickshire Fire and Rescue Service", "NWSLC", "Nov-25",
         "College unable to offer dates this term; alternative venue being sought.", "R"],
        [],
        ["RAG key: B = complete; G = on track; A = some slippage; R = significant concern / off track"],
        ["Note: actions delivered through the Safer Warwickshire Partnership Board are reported separately."],
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (ncol - len(r)))


# --------------------------------------------------------------------------
# xlsx helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color="FF" + hex_colour, end_color="FF" + hex_colour, fill_type="solid")


def header_row(ws, row, headers, colour=FILL["HEAD"]):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for col, wdt in ws_widths.items():
        ws.column_dimensions[col].width = wdt


# --------------------------------------------------------------------------
# 4. NHS Cornwall and the Isles of Scilly ICB – Board action log (xlsx)
# --------------------------------------------------------------------------
def make_icb_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = "NHS Cornwall and the Isles of Scilly Integrated Care Board – Board meeting in public: action log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Updated 24 November 2025 for the Board meeting on 2 December 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [
        ("Complete – propose closure", "B"), ("On track / not yet due", "G"),
        ("Due date revised", "A"), ("Overdue", "R")]):
        c = ws[f"{col}3"]
        c.value = txt
        c.fill = fill(FILL[colour])
        c.border = BOX
    headers = ["Action no.", "Meeting date", "Minute ref", "Action", "Lead", "Due date",
               "Revised due date", "Progress update", "Status"]
    header_row(ws, 5, headers)
    D = dt.datetime
    open_actions = [
        ("BD/25/018", D(2025, 6, 3), "25/061",
         "Provide a breakdown of ambulance handover delays at Royal Cornwall Hospital by hour of day and the impact of the new fit-to-sit area.",
         "Chief Operating Officer", D(2025, 8, 5), D(2025, 10, 7),
         "Analysis delayed pending validated data from SWASFT. Verbal update to be given.", "R"),
        ("BD/25/024", D(2025, 8, 5), "25/089",
         "Share the final winter plan, including the Isles of Scilly transfer arrangements, with Board members before publication.",
         "Chief Operating Officer / Director of Strategy", D(2025, 10, 7), None,
         "Circulated to Board members on 30 September 2025. Propose closure.", "B"),
        ("BD/25/027", D(2025, 8, 5), "25/093",
         "Bring the Local Maternity and Neonatal System equity action plan to a future Board development session.",
         "Chief Nursing Officer", D(2026, 2, 3), None,
         "Scheduled for the February 2026 development session.", "G"),
        ("BD/25/033", D(2025, 10, 7), "25/118",
         "Set out the recovery actions required to deliver the system financial plan, including the workforce reduction trajectory, for the December Board.",
         "Chief Finance Officer", D(2025, 12, 2), None,
         "On the agenda for 2 December 2025 (item 9).", "G"),
        ("BD/25/035", D(2025, 10, 7), "25/121",
         "Report on the uptake of the NHS App and online consultation tools by practice, highlighting practices in Penwith and the Isles of Scilly.",
         "Director of Primary Care & Chief Digital Officer", D(2025, 12, 2), D(2026, 2, 3),
         "Practice-level data not available until January; date revised with the Chair’s agreement.", "A"),
        ("BD/25/036", D(2025, 10, 7), "25/124",
         "Review the scoring of BAF risk 4 (workforce) with the People Committee and update the Board Assurance Framework.",
         "Chief People Officer", D(2025, 12, 2), None,
         "Reviewed at the People Committee on 13 November 2025; revised score included in the BAF at item 12. Propose closure.", "B"),
        ("BD/25/037", D(2025, 10, 7), "25/126",
         "Circulate the Cornwall Council Health and Adult Social Care Overview and Scrutiny Committee report on community hospitals to Board members.",
         "Director of Corporate Governance", "TBC", None,
         "Awaiting publication of the final scrutiny report.", "G"),
    ]
    r = 6
    for a in open_actions:
        vals = list(a[:8])
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        s = ws.cell(row=r, column=9)
        s.fill = fill(FILL[a[8]])
        s.border = BOX
        r += 1
    widths(ws, {"A": 12, "B": 12, "C": 10, "D": 60, "E": 28, "F": 12, "G": 12, "H": 45, "I": 10})

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed at the Board meeting on 7 October 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    header_row(ws2, 3, ["Action no.", "Meeting date", "Minute ref", "Action", "Lead", "Due date",
                        "Closure note", "Status"], colour="595959")
    closed = [
        ("BD/25/009", D(2025, 4, 1), "25/032",
         "Publish the refreshed Joint Forward Plan on the ICB website following Board approval.",
         "Director of Strategy", D(2025, 6, 30), "Published 12 June 2025.", "Completed"),
        ("BD/25/015", D(2025, 6, 3), "25/058",
         "Write to the family thanking them for sharing their experience of end of life care at home.",
         "Chair", D(2025, 6, 30), "Letter sent 10 June 2025.", "Completed"),
        ("BD/25/021", D(2025, 6, 3), "25/066",
         "Confirm the timeline for the independent review of mental health out-of-area placements.",
         "Chief Nursing Officer / Chief Medical Officer", D(2025, 8, 5),
         "Timeline confirmed in the August quality report.", "Completed"),
    ]
    r = 4
    for a in closed:
        for i, v in enumerate(a, start=1):
            c = ws2.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    widths(ws2, {"A": 12, "B": 12, "C": 10, "D": 60, "E": 28, "F": 12, "G": 40, "H": 12})
    wb.save(path)


# --------------------------------------------------------------------------
# 5. BHRUT – Maternity and Neonatal Improvement Plan (docx, one table, theme rows)
# --------------------------------------------------------------------------
def make_maternity_docx(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Barking, Havering and Redbridge University Hospitals NHS Trust")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Maternity and Neonatal Improvement Plan 2024/25", level=0)

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("Meeting", "Trust Board (Part 1) – 6 February 2025"),
        ("Agenda item", "4.2"),
        ("Report title", "Maternity and Neonatal Improvement Plan – progress update"),
        ("Executive sponsor", "Chief Nursing Officer"),
        ("Report author", "Director of Midwifery; Maternity Quality and Safety Lead"),
        ("Purpose", "Assurance"),
        ("Previously considered by", "Maternity and Neonatal Safety Group (22 January 2025); Quality Assurance Committee (29 January 2025)"),
    ]:
        cells = cover.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        shade(cells[0], FILL["GREY"])
        set_cell(cells[1], v, size=10)

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "This plan brings together the actions from the CQC inspection of maternity services at Queen’s Hospital "
        "(2023), the NHS London Ockenden insight visit, the Maternity Incentive Scheme year 6 and the Three-Year "
        "Delivery Plan for Maternity and Neonatal Services. Actions are grouped by the four themes of the Three-Year "
        "Delivery Plan. Where a date has been revised, the revision has been agreed at the Maternity and Neonatal Safety Group."
    )
    doc.add_paragraph(
        "BRAG key: B – complete and evidenced; G – on track; A – at risk, mitigation in place; R – off track or overdue."
    )

    doc.add_heading("2. Improvement plan", level=1)
    headers = ["Ref", "Source", "Action", "Lead(s)", "Original date", "Revised date",
               "Previous BRAG", "Current BRAG", "Progress / evidence"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True, colour="FFFFFF", size=8)
        shade(c, FILL["HEAD"])

    plan = [
        ("Theme 1: Listening to and working with women and families", [
            ("1.1", "CQC 2023 – Should do",
             "Co-produce a personalised care and support plan (PCSP) with the Maternity and Neonatal Voices Partnership (MNVP) and roll it out across antenatal clinics at Queen’s and King George.",
             "Director of Midwifery; MNVP Chair", "31/10/2024", "31/03/2025", "A", "G",
             "PCSP agreed with MNVP in December. Roll-out at King George complete; Queen’s clinics from February."),
            ("1.2", "Ockenden insight visit",
             "Reopen the Barking Birth Centre and the Queen’s Birth Centre on a planned staffing rota, and report births before arrival monthly.",
             "Head of Midwifery – Community and Birth Centres", "30/09/2024", "", "A", "B",
             "Both birth centres open 24/7 since 2 September 2024. BBA figures in monthly maternity dashboard."),
            ("1.3", "Equity and equality action plan",
             "Introduce interpreter booking at first contact for women whose preferred language is not English.",
             "Equity and Equality Lead Midwife", "December 2024", "", "G", "B",
             "Booking field added to the maternity information system; audit shows 94% of bookings with interpreter recorded."),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Ockenden IEA / Birthrate Plus",
             "Recruit to the midwifery establishment agreed following the 2024 Birthrate Plus assessment (28.4 WTE).",
             "Director of Midwifery", "31/03/2025", "30/09/2025", "A", "A",
             "19.6 WTE recruited. International recruitment cohort starts in May; date revised accordingly."),
            ("2.2", "Three-Year Delivery Plan",
             "Implement the midwifery retention plan.\nInclude PMA restorative clinical supervision sessions for all preceptee midwives.",
             "Retention Lead Midwife / Practice Development Midwife", "31/01/2025", "", "G", "G",
             "Retention plan launched. PMA sessions running monthly; 41 of 46 preceptees attended."),
            ("2.3", "MIS Safety Action 8",
             "Achieve 90% compliance with PROMPT and fetal monitoring training for all staff groups.",
             "Practice Development Midwife; Obstetric Training Lead", "30/11/2024", "", "R", "A",
             "Midwives 96%, obstetric consultants 92%, anaesthetists 81%. Additional PROMPT dates added in February."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("3.1", "CQC 2023 – Must do",
             "Ensure all incidents meeting PSIRF criteria are reviewed at the weekly maternity safety huddle and learning is shared within 4 weeks.",
             "Maternity Governance Lead", "31/08/2024", "", "G", "B",
             "Weekly huddle in place since July; ‘Safety Spotlight’ newsletter shares learning fortnightly."),
            ("3.2", "Ockenden insight visit",
             "Commission the SCORE culture survey for maternity and neonatal staff and agree an action plan with the perinatal quad.",
             "Director of Midwifery & Clinical Director for Obstetrics", "31/12/2024", "30/04/2025", "A", "R",
             "Survey closed with a 38% response rate. Action plan workshops postponed twice because of operational pressures."),
        ]),
        ("Theme 4: Meeting and improving standards and structures", [
            ("4.1", "Saving Babies’ Lives v3",
             "Achieve full implementation of the Saving Babies’ Lives Care Bundle version 3 across all six elements.",
             "Consultant Midwife", "31/03/2025", "", "G", "G",
             "Five of six elements fully implemented; element 2 (fetal growth) awaiting ultrasound capacity."),
            ("4.2", "CQC 2023 – Must do",
             "Complete the refurbishment of the maternity triage area at Queen’s Hospital and introduce the Birmingham Symptom-specific Obstetric Triage System (BSOTS).",
             "Director of Midwifery / Estates Project Manager", "31/07/2024", "31/01/2025", "A", "B",
             "Refurbished triage opened 20 January 2025 with BSOTS in use."),
        ]),
    ]
    for theme, actions in plan:
        row = t.add_row().cells
        m = row[0].merge(row[-1])
        set_cell(m, theme, bold=True, size=9)
        shade(m, FILL["THEME"])
        for ref, src, action, lead, orig, rev, prev, cur, prog in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, src, action, lead, orig, rev, prev, cur, prog]):
                set_cell(c, v, size=8)
            shade(cells[6], FILL[prev])
            shade(cells[7], FILL[cur])

    doc.add_heading("3. Summary of current position", level=1)
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Current BRAG", bold=True)
    set_cell(s.rows[0].cells[1], "Number of actions", bold=True)
    for k, n in [("B", "4"), ("G", "3"), ("A", "2"), ("R", "1"), ("Total", "10")]:
        cells = s.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], n)
        if k in FILL:
            shade(cells[0], FILL[k])
    doc.add_heading("4. Recommendation", level=1)
    doc.add_paragraph("The Board is asked to note the progress made and the revised dates for actions 1.1, 2.1, 3.2 and 4.2.")
    doc.save(path)


# --------------------------------------------------------------------------
# 6. Hull City Council – Transformation Programme highlight report (xlsx)
# --------------------------------------------------------------------------
def make_hull_xlsx(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Hull City Council Transformation Programme – Highlight Report, October 2025"
    s["A1"].font = Font(bold=True, size=14)
    s.merge_cells("A1:F1")
    s["A2"] = "Prepared by the Programme Management Office for the Transformation Board, 12 November 2025"
    s["A2"].font = Font(italic=True)
    header_row(s, 4, ["Workstream", "Senior responsible officer", "Overall RAG (September)",
                      "Overall RAG (October)", "Milestones complete", "Milestones in plan"])
    summary = [
        ("Workstream 1: Customer Access and Digital", "Director of Corporate Services", "Green", "Amber", 1, 3),
        ("Workstream 2: Workforce and Organisational Development", "Director of Corporate Services", "Amber", "Red", 0, 2),
        ("Workstream 3: Property and Assets", "Director of Regeneration", "Green", "Amber", 1, 2),
        ("Workstream 4: Commissioning and Contract Management", "Director of Finance (S151)", "Green", "Green", 0, 2),
    ]
    rag_fill = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B", "Not started": "W"}
    r = 5
    for row in summary:
        for i, v in enumerate(row, start=1):
            c = s.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if v in rag_fill:
                c.fill = fill(FILL[rag_fill[v]])
        r += 1
    s.cell(row=r, column=1, value="Programme total").font = Font(bold=True)
    s.cell(row=r, column=5, value=2)
    s.cell(row=r, column=6, value=9)
    s.cell(row=r + 2, column=1, value="Overall programme RAG: Amber")
    s.cell(row=r + 2, column=1).font = Font(bold=True)
    s.cell(row=r + 3, column=1,
           value="Decisions required from the Board: approve the revised date for the Treasury Building disposal (T3.1).")
    widths(s, {"A": 52, "B": 30, "C": 16, "D": 16, "E": 14, "F": 14})

    m = wb.create_sheet("Milestone tracker")
    m["A1"] = "Milestone tracker – October 2025"
    m["A1"].font = Font(bold=True, size=12)
    m["A2"] = "RAG: Complete = delivered; Green = on track; Amber = at risk / date revised; Red = missed or will be missed; Not started"
    m["A2"].font = Font(italic=True, size=9)
    headers = ["Ref", "Project", "Key milestone / action", "Lead officer", "Original date",
               "Revised date", "RAG", "Commentary / next steps"]
    header_row(m, 4, headers)
    D = dt.datetime
    plan = [
        ("Workstream 1: Customer Access and Digital", [
            ("Customer Hub redesign", [
                ("T1.1", "Go live with the new online reporting forms for waste and street scene.",
                 "Head of Customer Services", D(2025, 7, 31), D(2025, 9, 30), "Complete",
                 "Live from 22 September. 38% of reports now made online."),
                ("T1.2", "Migrate Guildhall telephone contact to the cloud contact centre platform.",
                 "Head of Customer Services / Head of ICT", D(2025, 10, 31), D(2026, 1, 31), "Amber",
                 "Supplier testing slipped; cutover moved to January to avoid council tax billing peak."),
            ]),
            ("Digital front door", [
                ("T1.3", "Launch a resident account with single sign-on for council tax and benefits.",
                 "Head of ICT", D(2026, 3, 31), None, "Green",
                 "Design sprint complete; build under way."),
            ]),
        ]),
        ("Workstream 2: Workforce and Organisational Development", [
            ("Workforce planning", [
                ("T2.1", "Complete service workforce plans for all directorates.",
                 "Head of HR and OD", D(2025, 9, 30), None, "Red",
                 "Three of five directorates complete. Escalated to CLT; new date to be proposed in November."),
                ("T2.2", "Introduce a management development programme for team leaders (cohort 1).",
                 "Organisational Development Manager", D(2025, 11, 30), None, "Green",
                 "Cohort 1 of 24 team leaders starts 17 November."),
            ]),
        ]),
        ("Workstream 3: Property and Assets", [
            ("Office accommodation strategy", [
                ("T3.1", "Vacate and dispose of the Treasury Building following consolidation into the Guildhall.",
                 "Assistant Director, Property and Assets", D(2026, 3, 31), D(2026, 6, 30), "Amber",
                 "Decant plan agreed. Disposal route subject to Board decision (see Summary)."),
                ("T3.2", "Complete the hybrid working desk-booking roll-out across council buildings.",
                 "Facilities Manager", D(2025, 8, 31), None, "Complete",
                 "Completed August 2025."),
            ]),
        ]),
        ("Workstream 4: Commissioning and Contract Management", [
            ("Contract savings", [
                ("T4.1", "Renegotiate the top 20 contracts by value to deliver £1.2m savings in 2025/26.",
                 "Head of Procurement", D(2026, 3, 31), None, "Green",
                 "£0.7m secured to date; 8 contracts still in negotiation."),
                ("T4.2", "Implement the contract management system and train contract managers.",
                 "Head of Procurement", D(2025, 12, 31), None, "Not started",
                 "Awaiting ICT capacity after T1.2 cutover."),
            ]),
        ]),
    ]
    r = 5
    for ws_name, projects in plan:
        c = m.cell(row=r, column=1, value=ws_name)
        c.font = Font(bold=True)
        c.fill = fill(FILL["THEME"])
        m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for project, items in projects:
            first = r
            for ref, action, lead, orig, rev, rag, comment in items:
                vals = [ref, project if r == first else None, action, lead, orig, rev, rag, comment]
                for i, v in enumerate(vals, start=1):
                    cell = m.cell(row=r, column=i, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                m.cell(row=r, column=7).fill = fill(FILL[rag_fill[rag]])
                r += 1
            if r - 1 > first:
                m.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths(m, {"A": 7, "B": 24, "C": 55, "D": 30, "E": 12, "F": 12, "G": 11, "H": 50})
    wb.save(path)


# --------------------------------------------------------------------------
# 7. Cheltenham BC – Corporate Risk Register Q3 2025/26 (xlsx) – typo month, refuse
# --------------------------------------------------------------------------
def make_risk_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Cheltenham Borough Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Quarter 3 2025/26 – reviewed by the Executive Leadership Team on 9 January 2026 for the Audit, Compliance and Governance Committee"
    ws["A2"].font = Font(italic=True)
    headers = ["Risk ref", "Risk description (cause, event, effect)", "Risk owner", "Inherent score (L x I)",
               "Residual score (L x I)", "Direction of travel", "Further mitigating actions", "Action owner",
               "Target date", "Q3 progress"]
    header_row(ws, 4, headers)
    risks = [
        ("CR01",
         "If the council cannot close the budget gap in the medium-term financial strategy, then it may be unable to "
         "set a balanced budget, leading to service reductions and use of reserves.",
         "Director of Finance and Assets (S151)", "4 x 5 = 20", "3 x 4 = 12", "↔", [
             ("Deliver the 2026/27 savings and income programme of £1.4m agreed in the MTFS.",
              "Director of Finance and Assets", "March 2026", "£0.9m identified; remaining proposals in the draft budget."),
             ("Complete the review of the commercial property portfolio and options for disposal.",
              "Head of Property and Asset Management", "June 2026", "Valuations received for 14 of 22 assets."),
         ]),
        ("CR02",
         "If the council suffers a successful cyber attack, then systems and data may be unavailable or compromised, "
         "leading to loss of services, financial loss and reputational damage.",
         "Director of Governance, Housing and Communities", "4 x 5 = 20", "3 x 5 = 15", "↑", [
             ("Complete the Cyber Assessment Framework self-assessment and remediate high-priority findings.",
              "Head of ICT", "December 2025", "Self-assessment submitted; 3 of 5 high findings remediated."),
             ("Run a cyber incident exercise with ELT and the Gloucestershire Local Resilience Forum.",
              "Head of ICT", "Febuary 2026", "Exercise scenario being drafted with the LRF."),
         ]),
        ("CR03",
         "If local government reorganisation in Gloucestershire is not well managed, then staff may leave and service "
         "delivery and key projects may be disrupted during transition.",
         "Chief Executive", "4 x 4 = 16", "3 x 4 = 12", "↔", [
             ("Submit the final proposal for unitary arrangements jointly with the Gloucestershire district councils.",
              "Chief Executive", "November 2025", "Submitted 28 November 2025. Complete."),
             ("Maintain a staff engagement and retention plan throughout reorganisation.",
              "Head of People and Organisational Development", "Ongoing", "Monthly staff briefings in place; turnover monitored by ELT."),
         ]),
        ("CR04",
         "If a development partner is not secured for the Golden Valley Development, then delivery of homes and jobs "
         "will be delayed and the council’s investment will not be recovered as planned.",
         "Director of Regeneration", "3 x 5 = 15", "3 x 4 = 12", "↔", [
             ("Secure a development partner for Golden Valley phase 1.",
              "Director of Regeneration", "September 2026", "Preferred bidder stage; final tenders due April 2026."),
         ]),
        ("CR05",
         "If demand for temporary accommodation continues to rise, then costs will exceed budget and households may be "
         "placed out of area.",
         "Director of Governance, Housing and Communities", "5 x 4 = 20", "4 x 4 = 16", "↑", [
             ("Acquire 20 additional units of temporary accommodation within the borough.",
              "Head of Housing Services", "March 2026", "12 units acquired; 4 under offer."),
             ("Review the homelessness prevention offer with Gloucestershire partners.",
              "Head of Housing Services", "31/05/2026", "Scoping meeting held December 2025."),
         ]),
    ]
    r = 5
    for ref, desc, owner, inh, res, dot, actions in risks:
        first = r
        for act, aowner, target, prog in actions:
            vals = [ref, desc, owner, inh, res, dot] if r == first else [None] * 6
            vals += [act, aowner, target, prog]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        if r - 1 > first:
            for col in range(1, 7):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        sc = ws.cell(row=first, column=5)
        score = int(res.split("=")[1])
        sc.fill = fill(FILL["R"] if score >= 15 else FILL["A"])
    ws.cell(row=r + 1, column=1, value="Direction of travel: ↑ risk increasing; ↔ no change; ↓ risk decreasing. "
                                         "Residual scores of 15 and above are red, 8–14 amber.")
    widths(ws, {"A": 8, "B": 50, "C": 26, "D": 12, "E": 12, "F": 10, "G": 50, "H": 28, "I": 14, "J": 40})

    sm = wb.create_sheet("Scoring matrix")
    sm["A1"] = "Risk scoring matrix (likelihood x impact)"
    sm["A1"].font = Font(bold=True)
    sm["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        sm.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        sm.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            score = li * im
            c = sm.cell(row=9 - li, column=im + 1, value=score)
            c.fill = fill(FILL["R"] if score >= 15 else FILL["A"] if score >= 8 else FILL["G"])
    wb.save(path)


def main():
    out = {
        "hl2-north-somerset-sab-sar-mrs-p-action-plan.docx": make_sar_docx,
        "hl2-wakefield-district-csp-dhr-anne-action-plan.txt": make_dhr_txt,
        "hl2-north-warwickshire-csp-partnership-plan-2025-26-action-plan.csv": make_csp_csv,
        "hl2-nhs-cornwall-isles-of-scilly-icb-board-action-log.xlsx": make_icb_xlsx,
        "hl2-barking-havering-redbridge-uh-maternity-neonatal-improvement-plan.docx": make_maternity_docx,
        "hl2-hull-city-council-transformation-programme-highlight-report.xlsx": make_hull_xlsx,
        "hl2-cheltenham-bc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx": make_risk_xlsx,
    }
    for name, fn in out.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
