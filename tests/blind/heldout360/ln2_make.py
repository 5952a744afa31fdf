"""Build the seven ln2- blind test files (set heldout360).

Run with: /work/main/.venv/bin/python ln2_make.py
Writes the data files next to this script.
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

# Colours used for RAG fills
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True, white=True)
        shade(c, fill)


# ---------------------------------------------------------------------------
# 1. Mid and West Wales Safeguarding Adults Board (CWMPAS) - APR action plan
# ---------------------------------------------------------------------------
MWW_FILE = "ln2-mid-and-west-wales-safeguarding-board-cwmpas-adult-practice-review-action-plan.docx"
MWW_TITLE = "Adult Practice Review CWMPAS 03/2023 \u2013 Multi-Agency Action Plan"

# theme, recommendation paragraph, rows: (ref, action, lead, timescale, update, rag_text, rag_fill)
MWW_SECTIONS = [
    (
        "Learning Theme 1: Self-neglect and professional curiosity",
        "Recommendation 1: All partner agencies should ensure that practitioners working with adults who "
        "self-neglect apply professional curiosity and the regional self-neglect guidance, including where "
        "the adult declines services.",
        [
            ("1.1",
             "Re-launch the regional self-neglect and hoarding guidance through a 7-minute briefing and "
             "practitioner webinars in each local authority area.",
             "Regional Safeguarding Board Business Manager", "June 2024",
             "Guidance re-launched at four webinars (312 attendees). 7-minute briefing published on the "
             "CWMPAS website in July 2024.", "Complete", BLUE),
            ("1.2",
             "Audit a sample of 40 adult safeguarding enquiries involving self-neglect across the four local "
             "authorities to test how the guidance is being applied.",
             "Quality Assurance Sub Group Chair", "Sept 2024 \u2013 March 2025",
             "Audit tool agreed. Carmarthenshire and Pembrokeshire samples complete; Ceredigion and Powys to "
             "follow in February.", "Amber", AMBER),
            ("1.3",
             "Include professional curiosity and \u2018disguised compliance\u2019 by adults at risk in the core "
             "Group B safeguarding training delivered by each local authority.",
             "Carmarthenshire CC / Ceredigion CC / Pembrokeshire CC / Powys CC", "31/03/2025",
             "Training materials updated in three of the four authorities.", "Green", GREEN),
        ],
    ),
    (
        "Learning Theme 2: Information sharing and escalation between agencies",
        "Recommendation 2: Hywel Dda University Health Board and Dyfed-Powys Police should strengthen the "
        "arrangements for sharing concerns about adults at risk who repeatedly attend the Emergency "
        "Department or come to police attention.",
        [
            ("2.1",
             "Introduce an alert on the Emergency Department system for adults who are subject to an open "
             "safeguarding enquiry, prompting staff to contact the allocated social worker.",
             "Hywel Dda UHB Head of Safeguarding", "Q1 2025/26",
             "Specification agreed with Digital Services; build scheduled for May release.", "Amber", AMBER),
            ("2.2",
             "Review the Public Protection Notice process for adults at risk so that three or more PPNs "
             "within 28 days trigger a multi-agency strategy discussion.",
             "Detective Inspector, Public Protection (Dyfed-Powys Police)", "April 2025",
             "Draft process presented to the Local Operational Groups in December 2024.", "Green", GREEN),
        ],
    ),
    (
        "Learning Theme 3: Mental capacity and executive functioning",
        "Recommendation 3: The Board should seek assurance that practitioners understand, and record, "
        "assessments of executive capacity where an adult\u2019s decisions repeatedly place them at risk of "
        "serious harm.",
        [
            ("3.1",
             "Deliver a regional masterclass on the Mental Capacity Act and executive functioning for social "
             "workers, nurses, GPs and police supervisors.",
             "Regional Safeguarding Board Training Co-ordinator", "November 2024",
             "Masterclass held 19 November 2024 (146 attendees); recording available on the CWMPAS "
             "learning hub.", "Complete", BLUE),
            ("3.2",
             "Add an executive capacity prompt to the WCCIS adult assessment template and to the Hywel Dda "
             "UHB capacity assessment form.",
             "Heads of Adult Services (x4) and Hywel Dda UHB MCA Lead", "Ongoing",
             "WCCIS change request submitted by all four authorities; health board form under review.",
             "", AMBER),
            ("3.3",
             "Report the findings of the regional MCA compliance audit to the Board twice a year.",
             "Chair, Quality Assurance Sub Group", "Six-monthly",
             "First report received by the Board in October 2024.", "Green", GREEN),
        ],
    ),
]


def build_mww():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph("Bwrdd Diogelu Oedolion Canolbarth a Gorllewin Cymru")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Mid and West Wales Safeguarding Adults Board (CWMPAS)")
    r.bold = True
    h = doc.add_heading(MWW_TITLE, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Extended Adult Practice Review concerning \u2018Mr E\u2019, aged 68, Ceredigion. The review report was "
        "approved by the Board on 14 March 2024 and submitted to Welsh Ministers and the National Independent "
        "Safeguarding Board with this action plan.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "1.3"),
        ("Date of this update", "22 January 2025"),
        ("Owner", "Regional Safeguarding Board Business Unit"),
        ("Monitored by", "Regional Adult and Child Practice Review Sub Group (quarterly)"),
        ("Next update due", "April 2025"),
    ]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG rating key").bold = True
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (txt, col) in enumerate([
        ("Red \u2013 not on track / significant concern", RED),
        ("Amber \u2013 in progress, some slippage", AMBER),
        ("Green \u2013 on track to deliver", GREEN),
        ("Blue \u2013 complete and evidenced", BLUE),
    ]):
        c = key.rows[0].cells[i]
        set_cell(c, txt, bold=True)
        shade(c, col)

    labels = ["Ref", "Action", "Lead agency / officer", "Timescale",
              "Progress update \u2013 January 2025", "RAG"]
    for theme, rec, rows in MWW_SECTIONS:
        doc.add_heading(theme, level=2)
        rp = doc.add_paragraph()
        rp.add_run(rec).bold = True
        t = doc.add_table(rows=1 + len(rows), cols=len(labels))
        t.style = "Table Grid"
        header_row(t, labels)
        for i, (ref, act, lead, when, upd, rag, fill) in enumerate(rows, start=1):
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], upd)
            set_cell(cells[5], rag, bold=True)
            shade(cells[5], fill)

    doc.add_paragraph()
    doc.add_paragraph(
        "Recommendation 4 of the review is addressed to Welsh Government (national learning on the "
        "Wales Safeguarding Procedures) and is monitored by the National Independent Safeguarding Board; "
        "it is not included in this plan.")

    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["Chair, CWMPAS", "(signed)", "14/03/2024"]):
        set_cell(so.rows[1].cells[i], v)

    doc.save(os.path.join(HERE, MWW_FILE))


# ---------------------------------------------------------------------------
# 2. Brentwood CSP - Domestic Homicide Review action plan
# ---------------------------------------------------------------------------
BRW_FILE = "ln2-brentwood-csp-dhr-eleanor-action-plan.docx"
BRW_TITLE = "Domestic Homicide Review \u2013 \u2018Eleanor\u2019 (BCSP DHR 2022/01)"

# recommendation text, scope, rows: (ref, action, lead, milestones, target, completion, fill or None)
BRW_OVERVIEW = [
    (
        "1. Brentwood Community Safety Partnership to seek assurance that all partner agencies have a "
        "domestic abuse policy which addresses older victims and abuse by adult family members.",
        "Local",
        [
            ("1.1",
             "Survey CSP partner agencies on the content of their domestic abuse policies and report the "
             "gaps to the CSP Board.",
             "Brentwood CSP",
             "Survey issued March 2025; 11 of 14 returns received.",
             "June 2025", "", AMBER),
            ("1.2",
             "Publish a CSP briefing on the domestic abuse of older people, including abuse by adult "
             "children and grandchildren.",
             "Brentwood CSP and Essex Safeguarding Adults Board",
             "Briefing drafted with Essex SAB and agreed at the DHR Steering Group.",
             "March 2025", "Completed 12/03/2025 \u2013 briefing circulated to all partners.", BLUE),
        ],
    ),
    (
        "2. Essex Police and Mid and South Essex NHS Foundation Trust to review how officers and Emergency "
        "Department staff identify and record coercive and controlling behaviour where the victim is over 65.",
        "Regional",
        [
            ("2.1",
             "Add coercive control in older people to the refreshed \u2018DA Matters\u2019 training for "
             "response officers.",
             "Essex Police",
             "Module content agreed with SafeLives; roll-out to response teams began January 2025.",
             "Q4 2024/25", "", GREEN),
            ("2.2",
             "Add a routine enquiry prompt for domestic abuse to the Emergency Department frailty assessment.",
             "Mid and South Essex NHS Foundation Trust",
             "Change request with the Trust digital team.",
             "31/12/2025", "", AMBER),
        ],
    ),
    (
        "3. Brentwood Borough Council Housing Services to ensure that tenancy visits consider the safety of "
        "every member of the household.",
        "Local",
        [
            ("3.1",
             "Amend the tenancy audit visit form to include a private conversation with each adult in the "
             "household where it is safe to do so.",
             "Brentwood Borough Council \u2013 Housing Services",
             "Revised form piloted in July 2025.",
             "September 2025",
             "Completed 29/08/2025. New form in use from 1 September 2025.", BLUE),
            ("3.2",
             "Train tenancy and estate officers to recognise domestic abuse and make MARAC referrals.",
             "Head of Housing / Essex County Council Domestic Abuse Team",
             "Two sessions delivered; further sessions booked with new starters.",
             "Ongoing", "", GREEN),
        ],
    ),
]

# single agency: (ref, agency, action, lead, target, outcome, fill or None)
BRW_SINGLE = [
    ("SA1", "Mid and South Essex ICB (Primary Care)",
     "GP practices in Brentwood to audit their use of the IRIS referral pathway for patients aged over 60.",
     "Designated Nurse for Safeguarding Adults", "Nov-25",
     "Audit template shared with practices.", GREEN),
    ("SA2", "Essex Partnership University NHS Foundation Trust",
     "Ensure carers\u2019 assessments explore the carer\u2019s relationship with the patient and any history of "
     "abuse within the family.",
     "Associate Director of Safeguarding", "31 March 2026", "", None),
]


def build_brw():
    doc = Document()
    sec = doc.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Brentwood Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(BRW_TITLE, level=1)
    doc.add_paragraph("Action Plan \u2013 updated following Home Office Quality Assurance Panel feedback")
    doc.add_paragraph("Position as at: 30 September 2025")
    doc.add_paragraph(
        "This action plan is monitored by the Brentwood CSP DHR Steering Group. Agencies are asked to "
        "update the milestones and outcome columns before each quarterly meeting.")

    doc.add_heading("Overview Report Recommendations", level=2)
    labels = ["No.", "Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
              "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
              "Date of completion and Outcome", "RAG"]
    nrows = sum(len(r[2]) for r in BRW_OVERVIEW)
    t = doc.add_table(rows=1 + nrows, cols=len(labels))
    t.style = "Table Grid"
    header_row(t, labels, fill="7030A0")
    r = 1
    for rec, scope, rows in BRW_OVERVIEW:
        start = r
        for ref, act, lead, mil, target, done, fill in rows:
            cells = t.rows[r].cells
            set_cell(cells[0], ref)
            set_cell(cells[3], act)
            set_cell(cells[4], lead)
            set_cell(cells[5], mil)
            set_cell(cells[6], target)
            set_cell(cells[7], done)
            set_cell(cells[8], "")
            if fill:
                shade(cells[8], fill)
            r += 1
        end = r - 1
        rc = t.cell(start, 1).merge(t.cell(end, 1)) if end > start else t.cell(start, 1)
        set_cell(rc, rec)
        sc = t.cell(start, 2).merge(t.cell(end, 2)) if end > start else t.cell(start, 2)
        set_cell(sc, scope)

    doc.add_paragraph()
    doc.add_heading("Single Agency Recommendations", level=2)
    labels2 = ["No.", "Agency", "Recommendation / Action", "Lead Officer", "Target Date", "Outcome", "RAG"]
    t2 = doc.add_table(rows=1 + len(BRW_SINGLE), cols=len(labels2))
    t2.style = "Table Grid"
    header_row(t2, labels2, fill="7030A0")
    for i, (ref, agency, act, lead, target, outcome, fill) in enumerate(BRW_SINGLE, start=1):
        cells = t2.rows[i].cells
        for c, v in zip(cells, [ref, agency, act, lead, target, outcome, ""]):
            set_cell(c, v)
        if fill:
            shade(cells[6], fill)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG rating key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([
        (RED, "Overdue / not progressing"),
        (AMBER, "In progress \u2013 at risk of slippage"),
        (GREEN, "In progress \u2013 on track"),
        (BLUE, "Complete"),
    ]):
        set_cell(key.rows[i].cells[0], "")
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], txt)

    doc.save(os.path.join(HERE, BRW_FILE))


# ---------------------------------------------------------------------------
# 3. York and Scarborough Teaching Hospitals NHSFT - Board action log (CSV)
# ---------------------------------------------------------------------------
YSH_FILE = "ln2-york-and-scarborough-teaching-hospitals-nhsft-board-of-directors-public-action-log.csv"
YSH_TITLE = "Board of Directors (Public) \u2013 Action Log"
YSH_HEADER = ["Action Ref", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Executive Lead",
              "Due Date", "Revised Due Date", "Progress Update", "Status"]
YSH_OPEN = [
    ["BoD/24/112", "25/09/2024", "24/106", "Integrated Performance Report",
     "Provide a breakdown of ambulance handover delays over 60 minutes by site (York and Scarborough) in "
     "the Integrated Performance Report.",
     "Chief Operating Officer", "27/11/2024", "26/03/2025",
     "Site-level breakdown being built into the new IPR format; first iteration to March Board.", "Amber"],
    ["BoD/24/118", "27/11/2024", "24/131", "Maternity and Neonatal Safety Report",
     "Confirm the timescale for recruitment to the vacant consultant midwife post at Scarborough Hospital.",
     "Chief Nurse", "29/01/2025", "",
     "Post re-advertised in February; interviews to be held in April 2025.", "Red"],
    ["BoD/25/004", "29/01/2025", "25/009", "Freedom to Speak Up Report",
     "Bring a report on the themes from Freedom to Speak Up cases raised by resident doctors, benchmarked "
     "against peer trusts.",
     "Director of Workforce and OD / Chief Medical Officer", "28/05/2025", "",
     "Scheduled for the May Board.", "Green"],
    ["BoD/25/007", "29/01/2025", "25/014", "Finance Report \u2013 Month 9",
     "Circulate the updated forecast outturn and the risks to delivery of the efficiency programme to Board "
     "members outside the meeting.",
     "Chief Finance Officer", "Feb-25", "",
     "Circulated 14/02/2025. To remain open until the Month 11 position is confirmed.", "Amber"],
    ["BoD/25/011", "29/01/2025", "25/018", "Board Assurance Framework",
     "Review the target risk score for BAF risk PR4 (estates and infrastructure) and align it with the "
     "Estates Strategy.",
     "Director of Estates and Facilities; Company Secretary", "30/07/2025", "", "", "Green"],
    ["BoD/25/013", "29/01/2025", "25/021", "Chief Executive\u2019s Report",
     "Arrange a Board development session on the Humber and North Yorkshire ICB clinical strategy and its "
     "implications for services at Scarborough Hospital.",
     "Chief Executive", "TBC", "", "Date to be agreed with the ICB.", "Green"],
]
YSH_CLOSED = [
    ["BoD/24/097", "25/09/2024", "24/089", "Patient Experience Report",
     "Share the learning from the complaint response timeliness audit with the Quality Committee.",
     "Chief Nurse", "27/11/2024", "",
     "Presented to the Quality Committee on 19/11/2024. Propose closure.", "Blue"],
    ["BoD/24/121", "27/11/2024", "24/135", "Emergency Preparedness, Resilience and Response Annual Report",
     "Confirm the Trust\u2019s compliance rating against the NHS Core Standards for EPRR once validated by "
     "the ICB.",
     "Chief Operating Officer", "29/01/2025", "",
     "Substantial compliance confirmed by ICB letter dated 10/01/2025. Propose closure.", "Blue"],
    ["BoD/25/002", "29/01/2025", "25/006", "Chair\u2019s Report",
     "Write to the Council of Governors setting out the timetable for Non-Executive Director recruitment.",
     "Chair & Company Secretary", "Mar-25", "",
     "Letter sent 03/03/2025. Propose closure.", "Blue"],
]
YSH_OPEN_HEAD = "OPEN ACTIONS"
YSH_CLOSED_HEAD = "ACTIONS COMPLETED \u2013 PROPOSED FOR CLOSURE"


def build_ysh():
    n = len(YSH_HEADER)

    def pad(first):
        return [first] + [""] * (n - 1)

    rows = [
        pad("York and Scarborough Teaching Hospitals NHS Foundation Trust"),
        pad(YSH_TITLE),
        pad("Meeting: 26 March 2025"),
        pad("Status key: Red = overdue; Amber = due at this meeting; Green = not yet due; "
            "Blue = complete (propose closure)"),
        pad(""),
        YSH_HEADER,
        pad(YSH_OPEN_HEAD),
    ] + YSH_OPEN + [pad(YSH_CLOSED_HEAD)] + YSH_CLOSED
    with open(os.path.join(HERE, YSH_FILE), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 4. Blackpool Teaching Hospitals NHSFT - maternity and neonatal improvement plan
# ---------------------------------------------------------------------------
BTH_FILE = "ln2-blackpool-teaching-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"
BTH_TITLE = "Maternity and Neonatal Improvement Plan 2024\u20132026"

# ("T", theme) / ("O", objective) / ("A", ref, source, action, lead, orig, revised, prev, cur, cur_text, update)
BTH_ROWS = [
    ("T", "Theme 1: Listening to and working with women and families with compassion"),
    ("O", "Objective 1: Care that is personalised"),
    ("A", "1.1", "3YDP",
     "Offer every woman a personalised care and support plan at booking, reviewed at 28 and 36 weeks, using "
     "the Lancashire and South Cumbria LMNS template.",
     "Director of Midwifery", D(2024, 3, 31), D(2025, 3, 31), "A", "G", "G",
     "PCSP compliance 87% in January 2025 against a 90% target; on trajectory."),
    ("A", "1.2", "CQC 2023 (SD3)",
     "Provide translated information and access to interpreters for all antenatal contacts, including "
     "telephone triage.",
     "Consultant Midwife \u2013 Public Health", D(2024, 6, 30), None, "G", "B", "B",
     "Interpreting contract extended to Maternity Triage; leaflets available in eight languages."),
    ("O", "Objective 3: Work with service users to improve care"),
    ("A", "1.3", "3YDP",
     "Agree a funded work plan with the Maternity and Neonatal Voices Partnership (MNVP), including "
     "quarterly 15 Steps walkarounds.",
     "Head of Midwifery & MNVP Chair", D(2024, 12, 31), None, "A", "A", "A",
     "Funding agreed by the ICB; work plan to be signed off at the March Safety Champions meeting."),
    ("T", "Theme 2: Growing, retaining and supporting our workforce"),
    ("O", "Objective 4: Grow our workforce"),
    ("A", "2.1", "Ockenden IEA 2",
     "Complete a Birthrate Plus midwifery workforce review and present the funded establishment to the "
     "Trust Board.",
     "Director of Midwifery", D(2024, 9, 30), D(2025, 5, 31), "R", "A", "A",
     "Birthrate Plus report received January 2025; business case to People Committee in April 2025."),
    ("A", "2.2", "3YDP",
     "Recruit to the neonatal nursing establishment to meet BAPM standards, including Qualified in "
     "Speciality (QIS) nurses.",
     "Neonatal Matron / Clinical Director for Neonates", "Q4 2024/25", None, "G", "G", "G",
     "QIS rate 71% (standard 70%); two nurses on the QIS course."),
    ("O", "Objective 6: Invest in skills"),
    ("A", "2.3", "CQC 2023 (MD2)",
     "Achieve 90% compliance with PROMPT and fetal monitoring training for all staff groups, including "
     "obstetric anaesthetists.",
     "Practice Development Midwife; Clinical Director \u2013 Obstetrics", D(2024, 3, 31), D(2024, 7, 31),
     "G", "B", "B",
     "All staff groups above 90% since July 2024; evidence accepted by CQC in the action plan return."),
    ("T", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
    ("O", "Objective 8: Learning and improving"),
    ("A", "3.1", "PSIRF",
     "Embed PSIRF in maternity: every patient safety incident investigation to include a named family "
     "liaison contact and to be shared at the monthly Maternity Governance meeting.",
     "Maternity Governance & Risk Lead Midwife", "Ongoing", None, "G", "G", None,
     "Family liaison contact recorded in 100% of PSIIs this quarter."),
    ("T", "Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care"),
    ("O", "Objective 12: Make better use of digital technology"),
    ("A", "4.1", "3YDP",
     "Implement the BadgerNet maternity electronic patient record, with women able to view their notes "
     "through the app.",
     "Chief Clinical Information Officer / Digital Midwife", D(2025, 6, 30), D(2025, 10, 31), "A", "R", "R",
     "Go-live moved because of the regional procurement delay; revised date agreed at Digital Board."),
]


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def build_bth():
    wb = Workbook()
    # Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Blackpool Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = BTH_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = ("Incorporating the Three Year Delivery Plan for Maternity and Neonatal Services, the CQC "
                "maternity inspection (2023) and outstanding Ockenden Immediate and Essential Actions")
    ws["A5"] = "Version control"
    ws["A5"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
    vers = [
        ("0.9", D(2024, 2, 14), "Maternity Improvement Lead", "Draft for Maternity Safety Champions"),
        ("1.0", D(2024, 3, 21), "Maternity Improvement Lead", "Approved by Quality Committee"),
        ("1.4", D(2025, 2, 18), "Maternity Improvement Lead", "February 2025 progress update"),
    ]
    for i, v in enumerate(vers, start=7):
        for j, x in enumerate(v, start=1):
            c = ws.cell(row=i, column=j, value=x)
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("B", BLUE, "Blue \u2013 completed and evidence assured"),
           ("G", GREEN, "Green \u2013 on track"),
           ("A", AMBER, "Amber \u2013 at risk of delay, mitigation in place"),
           ("R", RED, "Red \u2013 off track / overdue")]
    for i, (k, col, txt) in enumerate(key, start=12):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=col)
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 40

    # Summary
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings \u2013 February 2025"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(heads, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
    summ = [("Theme 1", 1, 1, 1, 0), ("Theme 2", 1, 1, 1, 0), ("Theme 3", 0, 1, 0, 0), ("Theme 4", 0, 0, 0, 1)]
    for i, (th, b, g, a, r) in enumerate(summ, start=4):
        for j, x in enumerate([th, b, g, a, r, b + g + a + r], start=1):
            sm.cell(row=i, column=j, value=x)
    tot = ["Total"] + [sum(s[k] for s in summ) for k in range(1, 5)]
    tot.append(sum(tot[1:]))
    for j, x in enumerate(tot, start=1):
        c = sm.cell(row=8, column=j, value=x)
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 14

    # Plan
    pl = wb.create_sheet("Improvement Plan")
    ncol = 9
    pl["A1"] = "Maternity and Neonatal Improvement Plan \u2013 progress report to Quality Committee, February 2025"
    pl["A1"].font = Font(bold=True, size=13)
    pl.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    heads = ["Ref", "Source", "Action", "Lead(s)", "Original Due Date", "Revised Due Date",
             "Previous RAG (Dec-24)", "Current RAG (Feb-25)", "Progress update / evidence"]
    for j, h in enumerate(heads, start=1):
        c = pl.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    row = 4
    for item in BTH_ROWS:
        if item[0] == "T":
            c = pl.cell(row=row, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="003087")
            pl.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        elif item[0] == "O":
            c = pl.cell(row=row, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor="DCE6F1")
            pl.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        else:
            _, ref, src, act, lead, orig, rev, prev, cur, cur_text, upd = item
            vals = [ref, src, act, lead, orig, rev, prev, cur_text, upd]
            for j, v in enumerate(vals, start=1):
                c = pl.cell(row=row, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            pl.cell(row=row, column=7).fill = PatternFill("solid", fgColor=RAG_FILL[prev])
            pl.cell(row=row, column=8).fill = PatternFill("solid", fgColor=RAG_FILL[cur])
            pl.cell(row=row, column=7).alignment = Alignment(horizontal="center", vertical="top")
            pl.cell(row=row, column=8).alignment = Alignment(horizontal="center", vertical="top")
        row += 1
    row += 1
    pl.cell(row=row, column=1, value=(
        "Notes: RAG ratings are reviewed monthly at the Maternity and Neonatal Safety Champions meeting. "
        "Revised due dates have been approved by the Quality Committee."))
    pl.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    widths = [7, 14, 60, 30, 13, 13, 11, 11, 50]
    for j, w in enumerate(widths, start=1):
        pl.column_dimensions[get_column_letter(j)].width = w
    pl.freeze_panes = "A4"
    wb.save(os.path.join(HERE, BTH_FILE))


# ---------------------------------------------------------------------------
# 5. Harlow Council - corporate risk register Q3 2025/26
# ---------------------------------------------------------------------------
HAR_FILE = "ln2-harlow-council-corporate-risk-register-q3-2025-26.xlsx"
HAR_TITLE = "Corporate Risk Register \u2013 Quarter 3 2025/26"

# risk: (title, description, owner, inherent, controls, current, current_fill, dot, target,
#        actions[(action, owner, date, status)])
HAR_RISKS = [
    ("CR01: Financial sustainability",
     "Rising demand for temporary accommodation and uncertainty over the local government finance settlement "
     "and reorganisation in Essex lead to the Council being unable to set a balanced budget without "
     "unplanned use of reserves.",
     "Director of Finance (S151 Officer)", "5 x 5 = 25",
     "Medium Term Financial Strategy; monthly budget monitoring to CMT; earmarked reserves policy.",
     "4 x 5 = 20", RED, "\u2194", "3 x 4 = 12",
     [
         ("Deliver the 2026/27 budget savings and income proposals agreed by Cabinet in December 2025.",
          "Corporate Management Team", D(2026, 3, 31), "Green"),
         ("Refresh the Medium Term Financial Strategy to 2029/30 and test the reserves position against "
          "three demand scenarios.",
          "Director of Finance (S151 Officer)", "Feb-26", "Green"),
         ("Review the temporary accommodation procurement strategy to reduce reliance on nightly-paid "
          "accommodation.",
          "Head of Housing Needs & Homelessness", "Q4 2025/26", "Amber"),
     ]),
    ("CR02: Cyber security and ICT resilience",
     "A cyber attack or major ICT failure causes loss of systems or data, disrupting services to residents "
     "and leading to regulatory action.",
     "Head of ICT & Digital", "4 x 5 = 20",
     "Firewalls and endpoint protection; PSN compliance; mandatory cyber awareness e-learning; offline backups.",
     "3 x 5 = 15", AMBER, "\u2193", "2 x 5 = 10",
     [
         ("Complete the remaining actions from the 2025 IT health check and renew PSN compliance.",
          "ICT Infrastructure Manager", D(2025, 11, 30), "Complete"),
         ("Run a cyber incident exercise with the Corporate Management Team using an LGA scenario.",
          "Head of ICT & Digital / Emergency Planning Officer", D(2026, 2, 28), "Not started"),
     ]),
    ("CR03: Housing compliance and building safety",
     "The Council fails to meet the Regulator of Social Housing consumer standards and building safety "
     "requirements, resulting in harm to tenants and regulatory intervention.",
     "Director of Housing", "4 x 5 = 20",
     "Compliance dashboard; HTS (Property and Environment) Ltd contract monitoring; damp and mould policy.",
     "4 x 4 = 16", RED, "\u2191", "2 x 4 = 8",
     [
         ("Complete the outstanding remedial actions from fire risk assessments of the Council\u2019s "
          "high-rise blocks, prioritising high-risk items.",
          "Building Safety Manager", D(2026, 6, 30), "Amber"),
         ("Report tenant satisfaction and damp and mould case data to the Housing Standards Board.",
          "Head of Property Services", "Monthly", "Green"),
     ]),
    ("CR04: Workforce capacity and recruitment",
     "Difficulty recruiting and retaining staff in specialist roles reduces capacity to deliver statutory "
     "services and the Council\u2019s priorities.",
     "Head of HR & OD", "4 x 4 = 16",
     "Workforce strategy; agency staff framework; hybrid working policy.",
     "3 x 4 = 12", AMBER, "\u2194", "2 x 3 = 6",
     [
         ("Implement the market supplement policy for hard-to-recruit posts in planning, legal and "
          "building control.",
          "Head of HR & OD", D(2026, 1, 31), "Red"),
         ("Launch the Harlow Council graduate and apprenticeship scheme for the 2026 intake.",
          "HR Business Partner", "September 2026", "Green"),
     ]),
]


def build_har():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ncol = 12
    ws["A1"] = "Harlow Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = HAR_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Position at 31 December 2025. Reported to the Audit and Standards Committee, "
                "28 January 2026.")
    heads = ["Risk Ref & Title", "Risk description (cause, event, consequence)", "Risk Owner",
             "Inherent Score (L x I)", "Key controls in place", "Current Score (L x I)",
             "Direction of Travel", "Further actions required", "Action Owner", "Target Date",
             "Action Status", "Target Score (L x I)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="4B2C69")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    row = 6
    for (title, desc, owner, inh, ctrls, cur, curfill, dot, tgt, acts) in HAR_RISKS:
        start = row
        for (act, aown, when, status) in acts:
            for j, v in zip([8, 9, 10, 11], [act, aown, when, status]):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            row += 1
        end = row - 1
        for j, v in zip([1, 2, 3, 4, 5, 6, 7, 12], [title, desc, owner, inh, ctrls, cur, dot, tgt]):
            c = ws.cell(row=start, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = thin_border()
            if end > start:
                ws.merge_cells(start_row=start, start_column=j, end_row=end, end_column=j)
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.cell(row=start, column=6).fill = PatternFill("solid", fgColor=curfill)
    row += 1
    ws.cell(row=row, column=1, value="Summary of current risk scores").font = Font(bold=True)
    ws.cell(row=row + 1, column=1, value="Red (15\u201325)")
    ws.cell(row=row + 1, column=2, value=2)
    ws.cell(row=row + 2, column=1, value="Amber (8\u201314)")
    ws.cell(row=row + 2, column=2, value=2)
    ws.cell(row=row + 3, column=1, value="Green (1\u20137)")
    ws.cell(row=row + 3, column=2, value=0)
    ws.cell(row=row + 4, column=1, value="Total corporate risks")
    ws.cell(row=row + 4, column=2, value=4)
    ws.cell(row=row + 4, column=1).font = Font(bold=True)
    ws.cell(row=row + 1, column=1).fill = PatternFill("solid", fgColor=RED)
    ws.cell(row=row + 2, column=1).fill = PatternFill("solid", fgColor=AMBER)
    ws.cell(row=row + 3, column=1).fill = PatternFill("solid", fgColor=GREEN)
    widths = [24, 40, 20, 11, 40, 11, 10, 50, 26, 12, 12, 11]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
    for li in range(5, 0, -1):
        r = 3 + (6 - li)
        mx.cell(row=r, column=1, value=li).font = Font(bold=True)
        for im in range(1, 6):
            s = li * im
            c = mx.cell(row=r, column=1 + im, value=s)
            col = RED if s >= 15 else AMBER if s >= 8 else GREEN
            c.fill = PatternFill("solid", fgColor=col)
    mx["A10"] = "Direction of travel: \u2191 increasing, \u2194 no change, \u2193 reducing"
    mx["A11"] = ("Action status: Complete; Green \u2013 on track; Amber \u2013 some delay; "
                 "Red \u2013 significant delay; Not started")
    wb.save(os.path.join(HERE, HAR_FILE))


# ---------------------------------------------------------------------------
# 6. Uttlesford DC - Blueprint Uttlesford transformation highlight report (plain text)
# ---------------------------------------------------------------------------
UTT_FILE = "ln2-uttlesford-dc-transformation-programme-highlight-report.txt"
UTT_TITLE = "Blueprint Uttlesford \u2013 Transformation Programme Highlight Report"

# workstream heading, lead line, rows (ref, milestone lines, owner, baseline, forecast, rag, commentary)
UTT_WS = [
    ("WORKSTREAM 1: Customer Access and Digital",
     "Workstream lead: Assistant Director \u2013 Corporate Services",
     [
         ("W1.1", ["Go live with the new customer portal (phase 1):",
                   "online payments, missed bin reports and council tax direct debits"],
          "Digital Services Manager", "Oct-25", "Dec-25", "Complete",
          "Live 8 December 2025; 1,140 accounts created in the first three weeks."),
         ("W1.2", ["Move the council telephone system to Teams telephony and introduce call-back in the "
                   "Contact Centre."],
          "ICT Manager", "Nov-25", "Mar-26", "Amber",
          "Supplier delay on number porting; revised plan agreed with supplier."),
         ("W1.3", ["Publish the draft Digital Strategy 2026\u20132029 for consultation."],
          "Transformation & Change Manager / Communications Lead", "Jan-26", "Jan-26", "Green",
          "Draft to CMT on 13 January."),
     ]),
    ("WORKSTREAM 2: Assets and Accommodation",
     "Workstream lead: Director of Finance and Corporate Services",
     [
         ("W2.1", ["Complete the options appraisal for the London Road offices, including co-location with "
                   "public sector partners."],
          "Head of Property & Asset Management", "Sep-25", "Feb-26", "Red",
          "Valuation report outstanding. Decision on scope needed from CMT (see below)."),
         ("W2.2", ["Let the vacant ground-floor space at the Council Offices to a partner organisation."],
          "Estates Surveyor", "Mar-26", "Mar-26", "Green",
          "Heads of terms under negotiation."),
     ]),
    ("WORKSTREAM 3: Ways of Working and Culture",
     "Workstream lead: Assistant Director \u2013 People and Performance",
     [
         ("W3.1", ["Roll out the new performance and development review (PDR) framework to all managers."],
          "HR Manager", "Dec-25", "Dec-25", "Complete",
          "All 62 managers briefed; PDR window opens 1 April."),
         ("W3.2", ["Deliver the \u2018Leading Uttlesford\u2019 management development programme (cohort 2)."],
          "HR Manager; Organisational Development Adviser", "Q4 2025/26", "Q1 2026/27", "Amber",
          "Provider capacity; start moved to April 2026."),
         ("W3.3", ["Agree the hybrid working policy with UNISON and publish it on the intranet."],
          "Head of HR", "Oct-25", "Feb-26", "Amber",
          "Second consultation meeting held 9 December."),
     ]),
]


def build_utt():
    L = []
    L.append("Uttlesford District Council")
    L.append(UTT_TITLE)
    L.append("Report to: Corporate Management Team and Scrutiny Committee")
    L.append("Reporting period: October \u2013 December 2025 (Quarter 3)")
    L.append("Programme sponsor: Chief Executive")
    L.append("Programme manager: Transformation & Change Manager")
    L.append("Overall programme status: Amber")
    L.append("")
    L.append("RAG key: Green \u2013 on track; Amber \u2013 at risk, recovery actions in place; "
             "Red \u2013 off track, decision needed; Complete \u2013 delivered and closed")
    L.append("")
    L.append("Milestone summary\tComplete\tGreen\tAmber\tRed\tTotal")
    counts = []
    for i, (_, _, rows) in enumerate(UTT_WS, start=1):
        c = {k: sum(1 for r in rows if r[5] == k) for k in ["Complete", "Green", "Amber", "Red"]}
        counts.append(c)
        L.append("Workstream %d\t%d\t%d\t%d\t%d\t%d" % (i, c["Complete"], c["Green"], c["Amber"], c["Red"],
                                                        len(rows)))
    tot = {k: sum(c[k] for c in counts) for k in ["Complete", "Green", "Amber", "Red"]}
    L.append("Total\t%d\t%d\t%d\t%d\t%d" % (tot["Complete"], tot["Green"], tot["Amber"], tot["Red"],
                                            sum(tot.values())))
    L.append("")
    for head, lead, rows in UTT_WS:
        L.append(head)
        L.append(lead)
        L.append("Ref\tMilestone\tOwner\tBaseline date\tForecast date\tRAG\tCommentary")
        for ref, lines, owner, base, fc, rag, comm in rows:
            L.append("\t".join([ref, lines[0], owner, base, fc, rag, comm]))
            for extra in lines[1:]:
                L.append("\t" + extra + "\t\t\t\t\t")
        L.append("")
    L.append("Key risks and issues")
    L.append("- ICT team capacity during the telephony migration (Amber)")
    L.append("- Local government reorganisation in Essex may change the scope of the accommodation "
             "workstream (Amber)")
    L.append("")
    L.append("Decisions required from CMT")
    L.append("- Agree whether the London Road options appraisal should include the depot site.")
    L.append("")
    L.append("Next highlight report: March 2026")
    with open(os.path.join(HERE, UTT_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Castle Point and Rochford CSP - annual action plan (refuse: mistyped month)
# ---------------------------------------------------------------------------
CPR_FILE = "ln2-castle-point-rochford-csp-community-safety-action-plan-2025-26-typo-month-refuse.xlsx"
CPR_TITLE = "Community Safety Strategy 2025\u20132028: Annual Action Plan 2025/26"

# ("P", priority) / ("A", ref, focus, action, lead, partners, timescale, q1, q2, rag)
CPR_ROWS = [
    ("P", "Priority 1: Healthier and Safer Communities"),
    ("A", "1.1", "Domestic abuse & VAWG",
     "Work towards White Ribbon accreditation for both councils, including bystander training for staff "
     "in licensed premises.",
     "Rochford District Council", "Castle Point Borough Council; Essex Police", D(2025, 11, 30),
     "Action plan submitted to White Ribbon UK.", "Bystander training delivered to 38 staff.", "G"),
    ("A", "1.2", "Domestic abuse & VAWG",
     "Promote the Domestic Violence Disclosure Scheme (Clare\u2019s Law) through a joint social media "
     "campaign during the 16 Days of Activism.",
     "Essex Police", "CSP partners", D(2025, 12, 10),
     "Campaign content being drafted.", "Content agreed with Southend, Essex and Thurrock DA Board.", "G"),
    ("A", "1.3", "Antisocial behaviour",
     "Hold a monthly multi-agency ASB case panel for high-risk cases and review all Community Protection "
     "Warnings issued.",
     "Castle Point Borough Council", "Essex Police; housing providers", "Monthly",
     "Panel met in April, May and June.", "Panel met monthly; 14 CPWs reviewed.", "G"),
    ("A", "1.4", "Drug offences / knife crime",
     "Deliver knife crime awareness sessions to Year 8 pupils in every secondary school in the two districts.",
     "Essex Police", "Schools; Essex Violence and Vulnerability Unit", D(2026, 3, 31),
     "Sessions booked in four schools.", "Two schools yet to confirm dates.", "A"),
    ("P", "Priority 2: Make our Places Safer"),
    ("A", "2.1", "Burglary",
     "Carry out crime prevention visits and distribute property marking kits in the three wards with the "
     "highest burglary rates.",
     "Essex Police", "Neighbourhood Watch", D(2025, 9, 30),
     "Visits under way in Canvey Island West.", "Completed \u2013 412 kits distributed.", "B"),
    ("A", "2.2", "Vehicle crime",
     "Run a catalytic converter and keyless car theft awareness campaign in car parks across both districts.",
     "Castle Point Borough Council", "Essex Police; Rochford District Council", D(2025, 10, 31),
     "Signage ordered.", "Signage installed in 11 car parks.", "G"),
    ("A", "2.3", "Rural crime",
     "Hold two rural crime engagement events with farmers and landowners alongside the Essex Police Rural "
     "Engagement Team.",
     "Rochford District Council", "Essex Police; NFU", "Septmber 2025",
     "First event held at Paglesham in June.", "Second event postponed (harvest).", "A"),
    ("A", "2.4", "CCTV",
     "Complete the upgrade of public space CCTV on Canvey Island seafront and in Rayleigh High Street.",
     "Castle Point Borough Council", "Rochford District Council", D(2026, 3, 31),
     "Contractor appointed.", "Canvey seafront cameras installed.", "G"),
    ("P", "Priority 3: Make our Environment Safer"),
    ("A", "3.1", "Speeding",
     "Support Community Speed Watch groups with equipment and training, and share data with Essex Police "
     "for enforcement.",
     "Essex Police", "Parish and town councils", "Ongoing",
     "Three active groups.", "Fourth group (Hockley) trained in August.", "G"),
    ("A", "3.2", "Vehicle and road safety offences",
     "Hold joint operations with the DVSA and Essex Police Roads Policing Unit targeting uninsured and "
     "unroadworthy vehicles.",
     "Essex Police", "DVSA; Castle Point Borough Council", D(2026, 2, 28),
     "One operation held (May).", "Next operation planned for November.", "G"),
]


def build_cpr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2025-26"
    ncol = 10
    ws["A1"] = "Castle Point and Rochford Community Safety Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = CPR_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Quarter 2 progress (April \u2013 September 2025) \u2013 reported to the CSP Board, 16 October 2025"
    heads = ["Ref", "Focus", "Action", "Lead agency", "Supporting partners", "Timescale",
             "Q1 update", "Q2 update", "RAG", "Q3 update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    row = 6
    for item in CPR_ROWS:
        if item[0] == "P":
            c = ws.cell(row=row, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="BDD7EE")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        else:
            _, ref, focus, act, lead, partners, when, q1, q2, rag = item
            for j, v in enumerate([ref, focus, act, lead, partners, when, q1, q2, rag, None], start=1):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=row, column=9).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
            ws.cell(row=row, column=9).alignment = Alignment(horizontal="center", vertical="top")
        row += 1
    row += 1
    ws.cell(row=row, column=1, value=("RAG: B = complete; G = on track; A = some slippage; "
                                      "R = not on track"))
    widths = [6, 22, 55, 26, 28, 12, 32, 32, 6, 20]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, CPR_FILE))


def build_all():
    build_mww()
    build_brw()
    build_ysh()
    build_bth()
    build_har()
    build_utt()
    build_cpr()


if __name__ == "__main__":
    build_all()
    print("built 7 files in", HERE)
