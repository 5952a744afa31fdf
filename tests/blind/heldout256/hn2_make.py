"""Build the seven hn2- blind test files (set heldout256).

Run with /work/main/.venv/bin/python hn2_make.py ; files are written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
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
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# =====================================================================
# 1. Nottingham City SAB - SAR Adult N action plan (docx)
# =====================================================================
SAR_THEMES = [
    ("Learning theme 1: Responding to self-neglect and hoarding", [
        ("Recommendation 1: The SAB should seek assurance that all partner agencies apply the "
         "multi-agency self-neglect and hoarding guidance, including the use of the Clutter Image "
         "Rating Scale, and escalate cases where engagement is declining.", [
            ("1.1", "Re-launch the Nottingham and Nottinghamshire self-neglect and hoarding guidance "
                    "through a 7-minute briefing and two practitioner learning events.",
             "SAB Business Manager", "October 2024",
             "Briefing published 03/09/2024; learning events held 19/09/2024 and 08/10/2024 "
             "(112 attendees).", "B"),
            ("1.2", "Audit a sample of 20 self-neglect referrals to check that the guidance and "
                    "escalation route were followed.",
             "Head of Adult Safeguarding, Nottingham City Council", "31/03/2025",
             "Audit tool agreed by Quality Assurance Sub-Group; case sample drawn in December.", "G"),
        ]),
        ("Recommendation 2: Housing providers should be able to identify tenants whose care and "
         "support needs are contributing to deterioration in their home and know how to raise a "
         "safeguarding concern.", [
            ("2.1", "Deliver safeguarding adults awareness training to tenancy and repairs staff, "
                    "with a module on self-neglect.",
             "Head of Tenancy Services; Safeguarding Lead, Housing Services",
             "December 2024\nRevised: April 2025",
             "Training module written; roll-out delayed by restructure of the housing service. "
             "Sessions booked February–April 2025.", "A"),
            ("2.2", "Add a prompt on the condition of the home and hoarding to the annual tenancy "
                    "visit form.",
             "Nottingham City Council Housing Services", "Jan-25",
             "New form live on the housing system from 6 January 2025.", "B"),
        ]),
    ]),
    ("Learning theme 2: Mental capacity and executive functioning", [
        ("Recommendation 3: Partner agencies should assure the Board that practitioners understand "
         "executive functioning and record mental capacity assessments for specific decisions where "
         "a person repeatedly declines support.", [
            ("3.1", "Commission multi-agency Mental Capacity Act training covering executive "
                    "capacity, with a practice session using the Adult N case.",
             "SAB Training and Development Sub-Group Chair", "June 2025",
             "Trainer commissioned; dates being set with partners.", "G"),
            ("3.2", "Update the Trust’s MCA policy and assessment template to include a prompt on "
                    "executive functioning.",
             "NUH Named Nurse for Safeguarding Adults", "Q4 2024/25",
             "Draft policy at Policy Review Group 28/01/2025.", "A"),
            ("3.3", "Carry out a dip-sample audit of mental capacity assessments completed by the "
                    "Adult Social Care self-neglect team.",
             "Principal Social Worker (Adults)", "Ongoing",
             "First audit of 15 cases completed in November; findings reported to SAR Sub-Group.",
             "G"),
        ]),
    ]),
    ("Learning theme 3: Multi-agency risk management and escalation", [
        ("Recommendation 4: The SAB should review how the multi-agency risk management (MARM) "
         "framework is used for adults who are at high risk but do not meet the threshold for a "
         "section 42 enquiry.", [
            ("4.1", "Review the MARM framework and referral pathway with partners and publish a "
                    "revised version.",
             "Nottingham City Council ASC / Nottinghamshire Police", "30/06/2025",
             "Task and finish group met twice; revised framework to go to the Board in May.", "G"),
            ("4.2", "Set up a quarterly MARM data return so the Board can see how often the "
                    "framework is used and by which agencies.",
             "SAB Business Manager", "September 2025",
             "Not started – depends on 4.1.", "R"),
        ]),
        ("Recommendation 5: Nottingham University Hospitals and Adult Social Care should ensure "
         "discharge planning for people who self-neglect includes a multi-agency meeting before "
         "discharge.", [
            ("5.1", "Add a multi-agency discharge meeting step to the complex discharge pathway for "
                    "patients with self-neglect concerns and monitor its use through the Integrated "
                    "Discharge Team.",
             "Head of Integrated Discharge; Principal Social Worker (Adults)", "March 2025",
             "Pathway amended; monitoring through the weekly complex discharge huddle.", "G"),
        ]),
    ]),
]
SAR_TITLE = "Safeguarding Adults Review ‘Adult N’ – Multi-agency Action Plan"


def make_sar():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Nottingham City Safeguarding Adults Board – OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph(SAR_TITLE, style="Title")
    doc.add_paragraph("Review published: 18 July 2024. This action plan is owned by the SAR "
                      "Sub-Group and reported quarterly to the Safeguarding Adults Board.")
    doc.add_paragraph("Position as at: 14 January 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for v in [("3.0", "02/10/2024", "SAB Business Manager", "Q2 updates added"),
              ("4.0", "14/01/2025", "SAB Business Manager",
               "Q3 updates added; target date for action 2.1 revised")]:
        cells = t.add_row().cells
        for c, val in zip(cells, v):
            set_cell(c, val)

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for code, meaning in [("R", "Not started or significantly off track"),
                          ("A", "In progress – some slippage against target date"),
                          ("G", "In progress – on track"),
                          ("B", "Completed and evidenced")]:
        cells = t.add_row().cells
        set_cell(cells[0], "")
        shade(cells[0], FILL[code])
        set_cell(cells[1], meaning)

    for theme, recs in SAR_THEMES:
        doc.add_paragraph(theme, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead agency / officer", "Target date",
                       "Progress update (Q3 2024/25)", "RAG"])
        for rec, actions in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            for ref, action, lead, date, progress, rag in actions:
                cells = t.add_row().cells
                for c, val in zip(cells[:5], (ref, action, lead, date, progress)):
                    set_cell(c, val)
                set_cell(cells[5], "")
                shade(cells[5], FILL[rag])
        doc.add_paragraph("")

    doc.add_paragraph("Actions rated Blue will be closed by the SAR Sub-Group once evidence of "
                      "impact has been received and reported to the Board.")
    doc.save(out("hn2-nottingham-city-sab-sar-adult-n-action-plan.docx"))


# =====================================================================
# 2. Safer Leicester Partnership - DHR 'Amina' action plan (xlsx)
# =====================================================================
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")

DHR_TITLE = "Safer Leicester Partnership – Domestic Homicide Review ‘Amina’ – Action Plan"
DHR_OVERVIEW = [
    ("1. Safer Leicester Partnership to seek assurance that all agencies routinely ask about "
     "domestic abuse when a patient or client presents with a disclosed or suspected injury.",
     "Local", [
        ("Circulate a practitioner briefing on routine and targeted enquiry about domestic abuse "
         "to all partner agencies.", "Safer Leicester Partnership (Domestic Abuse Lead)",
         "Briefing drafted with the LLR Domestic Abuse and Sexual Violence Partnership.",
         D(2024, 9, 30), "Completed 14/10/2024 – briefing opened by 1,840 staff.", "Complete"),
        ("Audit GP records across two Primary Care Networks to test whether routine enquiry is "
         "recorded.", "LLR Integrated Care Board",
         "Audit tool agreed; practices identified.", D(2025, 5, 31), "", "Amber"),
    ]),
    ("2. Leicester City Council and Leicestershire Police to review how information about repeat "
     "victims is shared between the MARAC and the Early Help service.", "Local", [
        ("Agree and publish an information-sharing protocol between the MARAC coordinator and "
         "Early Help.", "Leicester City Council / Leicestershire Police",
         "Draft protocol agreed by both agencies' information governance leads.",
         D(2025, 1, 31), "Protocol signed off by MARAC Steering Group 22/01/2025.", "Complete"),
    ]),
    ("3. Agencies to ensure professionals consider the needs of victims whose first language is "
     "not English, including access to independent interpreters rather than family members.",
     "Local and regional", [
        ("Issue guidance to frontline staff that family members and partners must not be used as "
         "interpreters in domestic abuse conversations.",
         "University Hospitals of Leicester NHS Trust",
         "Guidance approved by the Safeguarding Committee.", D(2024, 12, 31),
         "Guidance issued December 2024; included in level 3 safeguarding training.", "Complete"),
        ("Raise with the LLR Domestic Abuse and Sexual Violence Partnership Board the need for a "
         "regional interpreting standard for domestic abuse services.",
         "Safer Leicester Partnership Chair", "Item accepted for the Board’s April agenda.",
         "June 2025", "", "Green"),
    ]),
    ("4. Safer Leicester Partnership to share the learning from this review with faith and "
     "community organisations.", "Local", [
        ("Hold a learning event with faith and community organisations and publish a one-page "
         "learning brief in English, Urdu and Gujarati.", "Safer Leicester Partnership",
         "Not yet started – scheduled after publication of the review.", D(2025, 10, 31), "", ""),
    ]),
]
DHR_SINGLE = [
    ("Leicestershire Police", [
        ("P1", "Officers to complete a DASH risk assessment at every domestic abuse incident, "
               "including where the victim declines to answer the questions.",
         "Refresh the DASH guidance and include compliance in the monthly domestic abuse audit.",
         "Detective Chief Inspector – Public Protection", D(2024, 12, 31),
         "Compliance 94% in February audit.", "Complete"),
    ]),
    ("University Hospitals of Leicester NHS Trust", [
        ("U1", "Emergency Department staff to use the routine enquiry prompt in the electronic "
               "record for all adult attendances with an injury.",
         "Make the domestic abuse question a mandatory field in the ED assessment.",
         "Head of Safeguarding", D(2025, 3, 31),
         "Change request approved; build scheduled for the March release.", "Green"),
        ("U2", "The Emergency Department to have access to a hospital-based IDVA seven days a "
               "week.",
         "Submit a business case to extend the hospital IDVA service to weekends.",
         "Head of Safeguarding; Deputy Chief Nurse", "Aug-25",
         "Business case delayed pending ICB funding decision.", "Red"),
    ]),
    ("Leicester City Council – Adult Social Care", [
        ("A1", "Carers’ assessments to include a private conversation with the carer about their "
               "own safety.",
         "Amend the carer’s assessment template to add a private conversation prompt and a "
         "safety question.", "Principal Social Worker", D(2025, 6, 30),
         "Template changes agreed; awaiting system release.", "Amber"),
    ]),
]
RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.fill = HDR_FILL
        cell.font = HDR_FONT
        cell.alignment = WRAP
        cell.border = BOX


def make_dhr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview Report Recs"
    ws["A1"] = DHR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Last updated 21/03/2025 by the DHR Action Plan Monitoring Group. "
                "See the Key sheet for RAG definitions.")
    ws.merge_cells("A2:H2")
    hdr = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
           "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of Completion and Outcome", "RAG"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    for rec, scope, actions in DHR_OVERVIEW:
        first = r
        ws.cell(row=r, column=1, value=rec)
        ws.cell(row=r, column=2, value=scope)
        for action, lead, miles, target, done, rag in actions:
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            ws.cell(row=r, column=5, value=miles)
            tc = ws.cell(row=r, column=6, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=done or None)
            rc = ws.cell(row=r, column=8, value=rag or None)
            if rag:
                rc.fill = PatternFill("solid", fgColor=RAG_FILL[rag])
            for c in range(1, 9):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGH", [48, 14, 48, 28, 36, 12, 36, 10]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Single Agency Recs")
    hdr2 = ["Ref", "Recommendation", "Action", "Lead Officer", "Target Date", "Progress", "RAG"]
    for c, h in enumerate(hdr2, 1):
        ws2.cell(row=1, column=c, value=h)
    style_header(ws2, 1, len(hdr2))
    r = 2
    for agency, rows in DHR_SINGLE:
        ws2.cell(row=r, column=1, value=agency).font = Font(bold=True)
        ws2.cell(row=r, column=1).fill = PatternFill("solid", fgColor=GREY)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, rec, action, lead, target, prog, rag in rows:
            vals = [ref, rec, action, lead, target, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=7).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
            r += 1
    for col, w in zip("ABCDEFG", [8, 48, 48, 30, 12, 36, 10]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "RAG key"
    ws3["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Red", "Not started and overdue, or significant barriers"),
                                ("Amber", "In progress – some delay"),
                                ("Green", "In progress – on track"),
                                ("Complete", "Action completed and evidence received")], 2):
        ws3.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=RAG_FILL[k])
        ws3.cell(row=i, column=2, value=v)
    ws3.column_dimensions["B"].width = 50
    wb.save(out("hn2-safer-leicester-partnership-dhr-amina-action-plan.xlsx"))


# =====================================================================
# 3. Maidstone CSP - Community Safety Plan 2025-26 action plan (tab-separated txt)
# =====================================================================
CSP_TITLE = "Maidstone Community Safety Partnership – Community Safety Plan 2025-26: Action Plan"
CSP_PRIORITIES = [
    ("PRIORITY 1: Protecting vulnerable people from domestic abuse and exploitation", [
        ("1.1", "Deliver the White Ribbon campaign and 16 Days of Action events in the town centre "
                "and rural service centres.",
         "Maidstone Borough Council Community Safety Team", "Kent Police; Choices DA Service",
         "Dec-25", "Venues booked; White Ribbon re-accreditation submitted.", "G"),
        ("1.2", "Run a multi-agency county lines disruption day with partners each quarter.",
         "Kent Police – Maidstone Community Safety Unit",
         "MBC; KCC Children's Services; British Transport Police", "Quarterly",
         "Disruption day 11/09/2025: 3 arrests, 14 safeguarding referrals.", "G"),
        ("1.3", "Train staff at licensed premises and taxi drivers to spot and report signs of "
                "exploitation.", "MBC Licensing", "Kent Police", "Mar-26",
         "Taxi driver module added to licence renewal; premises training not yet scheduled.",
         "A"),
    ]),
    ("PRIORITY 2: Reducing anti-social behaviour and neighbourhood crime", [
        ("2.1", "Review the town centre Public Spaces Protection Order and consult on its renewal.",
         "Head of Housing and Community Services", "Kent Police", "Q3 2025/26",
         "Consultation closed 30/09/2025 with 412 responses; report to Cabinet in December.",
         "G"),
        ("2.2", "Introduce a shared ASB case management system for the Council and Golding Homes.",
         "MBC Community Protection / Golding Homes", "", "June 2026",
         "Procurement paused – funding not confirmed.", "R"),
        ("2.3", "Deliver targeted patrols and youth outreach at hotspot locations identified in the "
                "Strategic Assessment.", "Kent Police; KCC Youth Service", "MBC CCTV", "Ongoing",
         "Hotspot patrols in Brunswick Street and Mote Park; ASB down 9% on Q2 2024-25.", "G"),
    ]),
    ("PRIORITY 3: Reducing reoffending and the harm caused by drugs and alcohol", [
        ("3.1", "Expand the Integrated Offender Management cohort to include neighbourhood crime "
                "offenders.", "Probation Service (Kent, Surrey and Sussex)", "Kent Police",
         "Sep-25", "Cohort expanded in August; 18 neighbourhood crime offenders now managed.",
         "Complete"),
        ("3.2", "Promote the drug and alcohol recovery service through GP practices and the "
                "Emergency Department at Maidstone Hospital.", "KCC Public Health",
         "Forward Trust; Maidstone and Tunbridge Wells NHS Trust", "31/03/2026",
         "Due to start in Q3.", "Not started"),
    ]),
]


def make_csp():
    lines = [CSP_TITLE,
             "Quarter 2 update (July – September 2025), prepared for the CSP Board on 22 October "
             "2025",
             "",
             "\t".join(["Ref", "Action", "Lead agency", "Supporting partners", "Timescale",
                        "Q2 update", "RAG"])]
    for prio, rows in CSP_PRIORITIES:
        lines.append(prio)
        for row in rows:
            lines.append("\t".join(row))
    lines += ["",
              "RAG: G = on track; A = some slippage; R = off track; Complete = action delivered; "
              "Not started = due later in the year",
              "Lead agency is responsible for reporting progress to the CSP Board each quarter."]
    with open(out("hn2-maidstone-csp-community-safety-plan-2025-26-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================
# 4. BHRUT Trust Board (public) action log (csv)
# =====================================================================
BHR_TITLE = ("Barking, Havering and Redbridge University Hospitals NHS Trust – Trust Board "
             "(Public) Action Log")
BHR_ROWS = [
    ("TB/24/41", "07/11/2024", "24/118",
     "Provide a breakdown of 12-hour waits in the emergency departments at Queen's and King "
     "George by age group and mental health presentation.", "Chief Operating Officer",
     "Jan-25", "Mar-25", "Data validated; included in the Integrated Performance Report at item 9.",
     "Green"),
    ("TB/24/42", "07/11/2024", "24/121",
     "Share the revised Freedom to Speak Up strategy with Board members ahead of approval.",
     "Director of People; Freedom to Speak Up Guardian", "Dec-24", "",
     "Circulated 11/12/2024.", "Green"),
    ("TB/24/47", "05/12/2024", "24/134",
     "Bring a report on the financial recovery plan, including the run-rate actions agreed with "
     "NHS England.", "Chief Finance Officer", "Feb-25", "Apr-25",
     "Deferred to April to align with the 2025/26 plan submission.\nChief Finance Officer to "
     "present at the April Board.", "Amber"),
    ("TB/24/49", "05/12/2024", "24/137",
     "Arrange a Board development session on the Patient Safety Incident Response Framework.",
     "Chief Medical Officer / Chief Nursing Officer", "Mar-25", "",
     "Session scheduled for 20 March 2025.", "Amber"),
    ("TB/25/03", "09/01/2025", "25/006",
     "Confirm the timetable for returning the cancer 62-day backlog to the planned trajectory.",
     "Chief Operating Officer", "Feb-25", "", "Not received.", "Red"),
    ("TB/25/05", "09/01/2025", "25/011",
     "Review the Board Assurance Framework risk scores for estates and capital in light of the "
     "RAAC survey, and report back.", "Director of Estates and Facilities", "06/03/2025", "",
     "See BAF report, item 14.", "Green"),
    ("TB/25/08", "06/02/2025", "25/029",
     "Provide an update on maternity staffing and the midwife-to-birth ratio, including the use "
     "of agency midwives.", "Chief Nursing Officer; Director of Midwifery", "May-25", "",
     "Not yet due.", "Amber"),
    ("TB/25/09", "06/02/2025", "25/031",
     "Circulate the results of the 2024 NHS Staff Survey by site and professional group.",
     "Director of People", "Apr-25", "", "", ""),
]


def make_bhr():
    blank = [""] * 9
    rows = [[BHR_TITLE] + [""] * 8,
            ["Updated for the Trust Board meeting held in public on 6 March 2025"] + [""] * 8,
            ["Key: Red = overdue; Amber = in progress / not yet due; Green = complete – proposed "
             "for closure"] + [""] * 8,
            blank,
            ["Action No.", "Meeting date", "Minute ref", "Action", "Lead", "Original due date",
             "Revised due date", "Update", "RAG"]]
    rows += [list(r) for r in BHR_ROWS]
    rows += [blank,
             ["Actions agreed as closed are removed from the log after the meeting at which "
              "closure is agreed."] + [""] * 8]
    with open(out("hn2-bhrut-trust-board-public-action-log.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =====================================================================
# 5. Kingston Hospital NHS FT - maternity and neonatal improvement plan (xlsx)
# =====================================================================
MAT_TITLE = ("Kingston Hospital NHS Foundation Trust – Maternity and Neonatal Improvement Plan "
             "2024–26")
MAT_THEMES = [
    ("Theme 1: Listening to and working with women and families", [
        ("1.1", "Co-produce a revised birth-choices leaflet and web page with the Maternity and "
                "Neonatal Voices Partnership (MNVP).", "Three-year delivery plan",
         "Patient Experience Midwife; MNVP Chair", D(2025, 3, 31), D(2025, 6, 30),
         "Published June 2025; easy-read and translated versions available.", "G", "B"),
        ("1.2", "Hold a 15 Steps walkabout of the maternity unit with MNVP members twice a year "
                "and act on the findings.", "CQC 2023 – should do", "Director of Midwifery",
         D(2025, 9, 30), None,
         "Walkabouts held 14/05/2025 and 22/10/2025; 9 of 11 findings actioned.", "G", "G"),
        ("1.3", "Offer every family a debrief with a senior midwife or obstetrician within 10 "
                "working days of a serious incident.", "MNSI report",
         "Maternity Governance Lead", D(2025, 12, 31), None,
         "Compliance 78% in Q2 (target 95%).", "G", "A"),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "Recruit to the midwifery establishment set by the 2024 Birthrate Plus review.",
         "Birthrate Plus 2024", "Director of Midwifery; Women's Services HR Business Partner",
         D(2025, 3, 31), D(2026, 3, 31),
         "Vacancy 6.2 WTE (down from 14.8 WTE); international recruits start January 2026.",
         "A", "A"),
        ("2.2", "Implement a preceptorship and retention programme for newly qualified midwives, "
                "including a 12-month rotation.", "Three-year delivery plan",
         "Practice Development Midwife", D(2025, 4, 30), None,
         "Programme launched April 2025; first-year retention 92%.", "B", "B"),
        ("2.3", "Achieve 90% compliance with PROMPT multi-professional emergency skills training "
                "for all staff groups.", "CNST Safety Action 8",
         "Consultant Obstetrician (Education Lead); Practice Development Midwife",
         D(2025, 1, 31), D(2025, 12, 31),
         "Midwives 96%, obstetricians 91%, anaesthetists 74%; extra anaesthetic sessions added "
         "in November.", "R", "A"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety", [
        ("3.1", "Complete the Perinatal Culture and Leadership Programme diagnostic and agree a "
                "culture improvement plan with staff.", "Three-year delivery plan",
         "Perinatal Quadrumvirate", D(2025, 6, 30), None,
         "SCORE survey completed; culture plan agreed at Divisional Board 08/07/2025.", "G", "B"),
        ("3.2", "Move maternity incident review to PSIRF, including After Action Reviews for "
                "moderate-harm incidents.", "PSIRF",
         "Maternity Governance Lead; Head of Patient Safety", D(2025, 3, 31), None,
         "All maternity incidents now reviewed under PSIRF.", "B", "B"),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("4.1", "Install central CTG monitoring on the Labour Ward and train all staff in its use.",
         "CQC 2023 – must do", "Head of Midwifery; Clinical Director for Women's Health",
         D(2024, 12, 31), D(2026, 1, 31),
         "Equipment installed; go-live delayed by the network upgrade to January 2026.",
         "A", "R"),
        ("4.2", "Achieve full compliance with all six elements of the Saving Babies' Lives Care "
                "Bundle version 3.", "SBLCBv3", "Consultant Obstetrician – SBL Lead",
         D(2026, 3, 31), None,
         "Five of six elements fully compliant; element 4 (fetal monitoring) at 82%.", "G", "G"),
        ("4.3", "Open a dedicated maternity triage using the Birmingham Symptom-specific Obstetric "
                "Triage System (BSOTS).", "CQC 2023 – must do", "Maternity Triage Lead Midwife",
         D(2024, 9, 30), None, "Triage open 24/7 since October 2024.", "B", "B"),
    ]),
]


def make_maternity():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = MAT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    dc = [("Version", "Date", "Updated by", "Summary of changes"),
          ("2.1", "12/08/2025", "Maternity Quality Improvement Lead", "Q1 progress added"),
          ("2.2", "10/11/2025", "Maternity Quality Improvement Lead",
           "Q2 progress added; revised dates for 2.3 and 4.1 agreed at Maternity Assurance Group")]
    for i, row in enumerate(dc, 4):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 4:
                cell.font = Font(bold=True)
    ws["A9"] = "RAG key"
    ws["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence of embedding received"),
                                ("G", "On track"),
                                ("A", "At risk of delay – mitigation in place"),
                                ("R", "Off track – escalated to Maternity Assurance Group")], 10):
        ws.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=FILL[k])
        ws.cell(row=i, column=2, value=v)
    ws["A15"] = ("Owner: Director of Midwifery. Reported monthly to the Maternity Assurance Group "
                 "and quarterly to the Quality Assurance Committee.")
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 60

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary of current RAG by theme – November 2025"
    ws2["A1"].font = Font(bold=True)
    hdr = ["Theme", "Actions", "B", "G", "A", "R"]
    for c, h in enumerate(hdr, 1):
        ws2.cell(row=3, column=c, value=h)
    style_header(ws2, 3, len(hdr))
    r = 4
    tot = [0, 0, 0, 0, 0]
    for theme, rows in MAT_THEMES:
        counts = [len(rows)] + [sum(1 for x in rows if x[-1] == k) for k in "BGAR"]
        tot = [a + b for a, b in zip(tot, counts)]
        for c, v in enumerate([theme] + counts, 1):
            ws2.cell(row=r, column=c, value=v).border = BOX
        r += 1
    for c, v in enumerate(["Total"] + tot, 1):
        cell = ws2.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    ws2.column_dimensions["A"].width = 62

    ws3 = wb.create_sheet("Improvement Plan")
    ws3["A1"] = "Maternity and Neonatal Improvement Plan – progress at November 2025"
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.merge_cells("A1:I1")
    hdr = ["Ref", "Action", "Source", "Lead(s)", "Original completion date",
           "Revised completion date", "Progress update", "Previous RAG", "Current RAG"]
    for c, h in enumerate(hdr, 1):
        ws3.cell(row=3, column=c, value=h)
    style_header(ws3, 3, len(hdr))
    r = 4
    for theme, rows in MAT_THEMES:
        cell = ws3.cell(row=r, column=1, value=theme)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        ws3.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                cell = ws3.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws3.cell(row=r, column=8).fill = PatternFill("solid", fgColor=FILL[row[7]])
            ws3.cell(row=r, column=9).fill = PatternFill("solid", fgColor=FILL[row[8]])
            r += 1
    for col, w in zip("ABCDEFGHI", [6, 50, 20, 32, 12, 12, 44, 9, 9]):
        ws3.column_dimensions[col].width = w
    ws3.freeze_panes = "A4"
    wb.save(out("hn2-kingston-hospital-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# =====================================================================
# 6. Derbyshire Dales DC - corporate risk register Q3 2025/26 (xlsx, refuse)
# =====================================================================
CRR_TITLE = "Derbyshire Dales District Council – Corporate Risk Register, Quarter 3 2025/26"
CRR_RISKS = [
    ("CR01", "Medium-term financial plan: failure to close the budget gap of £1.9m for 2026/27 "
             "leads to unplanned use of reserves and service reductions.",
     "Director of Resources", 4, 4,
     "MTFP reviewed quarterly; savings programme monitored by CLT; reserves policy.", [
         ("Agree the 2026/27 budget and savings proposals at Council.", "Director of Resources",
          "February 2026", "On track"),
         ("Complete the fees and charges review and business rates retention modelling.",
          "Head of Finance", "March 2026", "On track"),
     ], 12, "→"),
    ("CR02", "Cyber security: a successful cyber attack disrupts services and causes loss of "
             "data.", "Head of Digital Services", 3, 5,
     "Firewalls and endpoint protection; PSN compliance; mandatory staff training.", [
         ("Move backups to immutable off-site storage.", "ICT Infrastructure Manager",
          "Jan 2026", "Complete"),
         ("Run a cyber incident exercise with the Corporate Leadership Team.",
          "Head of Digital Services; Emergency Planning Officer", "Febuary 2026", "On track"),
     ], 10, "↓"),
    ("CR03", "Local government reorganisation: uncertainty over the Derbyshire reorganisation "
             "proposals diverts capacity and affects staff retention.", "Chief Executive", 4, 3,
     "Chief Executive and Leader represented on the Derbyshire LGR programme board.", [
         ("Submit the Council's final LGR proposal with partner councils.", "Chief Executive",
          "November 2025", "Complete"),
         ("Deliver the staff engagement and retention plan.", "Head of HR", "June 2026",
          "In progress"),
     ], 9, "↑"),
    ("CR04", "Climate change and flooding: severe weather affects residents, businesses and "
             "council assets.", "Director of Regulatory Services", 3, 4,
     "Emergency plan; Derbyshire LRF membership; flood warden network.", [
         ("Update the Council's flood response plan with the Derbyshire LRF.",
          "Emergency Planning Officer", "April 2026", "In progress"),
     ], 8, "→"),
]


def make_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = CRR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2025 – reported to Governance and Resources Committee, "\
               "5 February 2026"
    hdr = ["Risk ref", "Risk and consequence", "Risk owner", "Likelihood", "Impact",
           "Current score", "Existing controls", "Further actions required", "Action owner",
           "Target date", "Action status", "Target score", "Direction of travel"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    for ref, risk, owner, L, I, controls, actions, target, dot in CRR_RISKS:
        first = r
        score = L * I
        for c, v in [(1, ref), (2, risk), (3, owner), (4, L), (5, I), (6, score),
                     (7, controls), (12, target), (13, dot)]:
            ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=6).fill = PatternFill(
            "solid", fgColor=RED if score >= 15 else AMBER)
        for action, aowner, date, status in actions:
            ws.cell(row=r, column=8, value=action)
            ws.cell(row=r, column=9, value=aowner)
            ws.cell(row=r, column=10, value=date)
            ws.cell(row=r, column=11, value=status)
            for c in range(1, 14):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
        if r - 1 > first:
            for c in (1, 2, 3, 4, 5, 6, 7, 12, 13):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: likelihood x impact, each 1–5. 15 and above = red "
                                   "(high); 8–12 = amber (medium); below 8 = green (low).")
    ws.cell(row=r + 1, column=1, value="Direction of travel: ↑ risk increasing; → no change; "
                                       "↓ risk reducing.")
    for col, w in zip("ABCDEFGHIJKLM", [8, 44, 22, 10, 8, 9, 36, 44, 28, 14, 12, 9, 10]):
        ws.column_dimensions[col].width = w
    wb.save(out("hn2-derbyshire-dales-dc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


# =====================================================================
# 7. Folkestone & Hythe DC - transformation programme highlight report (docx)
# =====================================================================
HR_TITLE = "Transformation Programme – Highlight Report"
HR_PROJECTS = [
    ("1. Customer Access and Digital", "Head of Customer Services", "Green",
     "Customer portal launched 14 October; 3,200 accounts created in the first six weeks.",
     "Webchat testing with the top 20 enquiry types; staff consultation on the Hythe service "
     "point.", [
         ("1.1", "Launch the new customer portal with online council tax and waste services.",
          "Head of Customer Services", "Sep 2025", "Oct 2025", "Complete"),
         ("1.2", "Introduce webchat and a chatbot for the top 20 customer enquiry types.",
          "Digital Transformation Manager", "Dec 2025", "Dec 2025", "Green"),
         ("1.3", "Close the Hythe customer service point and move to appointment-only "
                 "face-to-face service.",
          "Head of Customer Services / Hythe Town Council Clerk", "Mar 2026", "Mar 2026",
          "Green"),
     ]),
    ("2. Accommodation and Ways of Working", "Assistant Director – Property and Estates", "Amber",
     "Hybrid-working equipment rolled out to 410 staff; desk booking live on all floors.",
     "Complete space survey of the Civic Centre; soft-market test for a tenant.", [
         ("2.1", "Consolidate office space at the Civic Centre onto two floors and release the "
                 "vacated floor.",
          "Assistant Director – Property and Estates", "Jan 2026", "Apr 2026", "Amber"),
         ("2.2", "Roll out hybrid-working equipment and desk booking to all office-based staff.",
          "ICT Manager", "Nov 2025", "Nov 2025", "Complete"),
         ("2.3", "Agree heads of terms with a tenant for the vacated floor.", "Estates Surveyor",
          "Feb 2026", "Jun 2026", "Red"),
     ]),
    ("3. Income Generation and Commercial Services", "Commercial Manager", "Green",
     "Garden waste price increase approved by Cabinet on 19 November.",
     "Launch of direct debit option; approach neighbouring councils about building control "
     "services.", [
         ("3.1", "Introduce the 2026/27 garden waste subscription price and a direct debit option.",
          "Waste Services Manager", "Feb 2026", "Feb 2026", "Green"),
         ("3.2", "Market the Council's building control and pest control services to "
                 "neighbouring councils.",
          "Commercial Manager", "Dec 2025", "Mar 2026", "Amber"),
         ("3.3", "Review beach hut and car parking charges and bring proposals to Cabinet.",
          "Commercial Manager; Parking Services Manager", "Jan 2026", "Jan 2026", "Green"),
     ]),
]
HR_STATUS_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_highlight():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(HR_TITLE, style="Title")
    doc.add_paragraph("Folkestone & Hythe District Council")
    doc.add_paragraph("Reporting period: October – November 2025. For the Transformation "
                      "Programme Board, 9 December 2025.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Senior Responsible Owner", "Chief Executive"),
                 ("Programme Manager", "Transformation and Change Lead"),
                 ("Overall programme status", "Amber"),
                 ("Budget 2025/26", "£1.42m – forecast outturn £1.38m"),
                 ("Savings target 2025/26", "£650k – £512k delivered to date")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E1F2")
        set_cell(cells[1], v)
    shade(t.rows[2].cells[1], AMBER)

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – milestone delivered; Green – on track to baseline "
                      "date; Amber – forecast later than baseline but within tolerance; Red – "
                      "outside tolerance, Board decision needed.")

    for title, lead, status, done, nxt, milestones in HR_PROJECTS:
        doc.add_paragraph(title, style="Heading 1")
        doc.add_paragraph(f"Project lead: {lead}. Project status: {status}.")
        doc.add_paragraph("Key milestones", style="Heading 3")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Status"])
        for ref, ms, owner, base, fc, stt in milestones:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, ms, owner, base, fc, stt)):
                set_cell(c, v)
            shade(cells[5], HR_STATUS_FILL[stt])
        doc.add_paragraph(f"Achieved this period: {done}")
        doc.add_paragraph(f"Planned for next period: {nxt}")

    doc.add_paragraph("Key risks and issues", style="Heading 1")
    doc.add_paragraph("Capacity in the Estates team is limiting progress on the Civic Centre "
                      "consolidation; interim support is being sourced through the Kent "
                      "framework.")
    doc.add_paragraph("Decision required: the Board is asked to agree the revised forecast for "
                      "milestone 2.1 and the approach to marketing the vacated floor.")
    doc.save(out("hn2-folkestone-hythe-dc-transformation-programme-highlight-report.docx"))


if __name__ == "__main__":
    make_sar()
    make_dhr()
    make_csp()
    make_bhr()
    make_maternity()
    make_crr()
    make_highlight()
    print("built 7 files in", HERE)
