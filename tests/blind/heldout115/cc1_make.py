"""Generator for the cc1- blind cases (children's services plans).

Run with /work/main/.venv/bin/python cc1_make.py  (needs openpyxl and python-docx).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="00B0F0")
HEAD = PatternFill("solid", fgColor="1F3864")
BAND = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def header_row(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def band_row(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncols + 1):
        ws.cell(row=row, column=i).fill = BAND
        ws.cell(row=row, column=i).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def put(ws, row, values, fills=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i)
        if isinstance(v, tuple):  # (value, number_format)
            c.value, c.number_format = v
        else:
            c.value = v
        c.alignment = WRAP
        c.border = BOX
    for col, f in (fills or {}).items():
        ws.cell(row=row, column=col).fill = f


# ---------------------------------------------------------------------------
# 1. Harris Academy Peckham - post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
def harris():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Harris Academy Peckham – Post-Ofsted Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection 14–15 March 2023 · Overall effectiveness: Requires Improvement · "
                "Updated for Local Governing Body, January 2024")
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead",
                       "Timescale", "Revised timescale", "Success criteria",
                       "Progress update (Jan 2024)", "RAG"],
               [6, 40, 45, 24, 14, 14, 35, 45, 10])
    afi1 = ("In some subjects, the curriculum does not set out clearly the important knowledge "
            "that pupils should learn and when. Leaders should ensure that all subject curriculums "
            "identify this knowledge and the order in which it should be taught.")
    afi2 = ("Pupils who are at the early stages of learning to read do not get the help they need "
            "to catch up quickly. Leaders should ensure that these pupils are identified swiftly "
            "and receive effective support.")
    afi3 = ("Rates of suspension and persistent absence remain high for some groups of pupils. "
            "Leaders should continue to embed the behaviour and attendance systems so that these "
            "pupils attend regularly and behave well.")
    afi4 = ("Those responsible for governance do not check closely enough the impact of additional "
            "funding for disadvantaged pupils. They should hold leaders to account for how this "
            "funding improves these pupils' outcomes.")
    band_row(ws, 5, "Quality of Education", 9)
    put(ws, 6, ["1.1", afi1,
                "Subject leaders to review KS3 curriculum maps in geography, RE and MFL to set out "
                "the key knowledge and the order in which it is taught.",
                "Vice Principal (Curriculum)", (dt.datetime(2023, 7, 14), "mmm-yy"), None,
                "All KS3 curriculum maps sequenced and published on the website.",
                "All three maps signed off by VP and published in July. Reviewed by Trust subject "
                "lead in September.", "Complete"], {9: BLUE})
    put(ws, 7, ["1.2", None,
                "Deliver fortnightly CPD on retrieval practice and checking for understanding for "
                "all teaching staff.",
                "AHT Teaching and Learning", "Autumn term 2023", "Spring term 2024",
                "Learning walks show retrieval at start of 90% of lessons.",
                "CPD programme running; two sessions lost to mocks. Learning walks in December "
                "found retrieval in 72% of lessons.", "A"], {9: AMBER})
    put(ws, 8, ["1.3", None,
                "Introduce subject deep dives by SLT line managers each half term, with written "
                "feedback to subject leaders.",
                "J. Okafor / S. Baptiste", "Half-termly", None,
                "Every department has had at least two deep dives by July 2024.",
                "Deep dives completed in science, English, history and geography.", "G"],
        {9: GREEN})
    put(ws, 9, ["2.1", afi2,
                "Screen all Year 7 pupils using NGRT on entry and identify those reading below "
                "their chronological age.",
                "SENDCo", (dt.datetime(2023, 9, 29), "mmm-yy"), None,
                "All Year 7 screened; reading register in place.",
                "Completed. 41 pupils identified and added to the reading register.", "Complete"],
        {9: BLUE})
    put(ws, 10, ["2.2", None,
                 "Deliver phonics-based intervention (Fresh Start) to identified pupils three times "
                 "a week, led by trained TAs.",
                 "Reading Lead", "Summer term 2024", None,
                 "Reading ages of pupils in intervention improve by at least 12 months.",
                 "Four TAs trained. Groups running since October; first re-test due February.",
                 "G"], {9: GREEN})
    band_row(ws, 11, "Behaviour and Attitudes", 9)
    put(ws, 12, ["3.1", afi3,
                 "Launch revised behaviour policy with consistent classroom routines and train all "
                 "staff on the September INSET day.",
                 "Vice Principal (Behaviour and Attitudes)",
                 (dt.datetime(2023, 9, 4), "dd/mm/yyyy"), None,
                 "Policy published; staff survey shows routines applied consistently.",
                 "Policy launched 4 September. Staff survey in October: 88% agree routines are "
                 "consistent.", "Complete"], {9: BLUE})
    put(ws, 13, ["3.2", None,
                 "Attendance Officer to hold weekly meetings with families of pupils below 90% "
                 "attendance and escalate to the EWO where needed.",
                 "Attendance Officer / Pastoral Leads", "Ongoing", None,
                 "Persistent absence below 20% by July 2024.",
                 "PA down from 27% to 22.4% (autumn term).", "G"], {9: GREEN})
    put(ws, 14, ["3.3", None,
                 "Open an on-site inclusion room (The Bridge) as an alternative to fixed-term "
                 "suspension.",
                 "Vice Principal (Behaviour and Attitudes)",
                 (dt.datetime(2023, 11, 1), "mmm-yy"), (dt.datetime(2024, 1, 8), "mmm-yy"),
                 "Suspensions reduced by a third compared with 2022-23.",
                 "Room refurbishment delayed by contractor; opened 8 January with one member of "
                 "staff.", "A"], {9: AMBER})
    band_row(ws, 15, "Leadership and Management", 9)
    put(ws, 16, ["4.1", afi4,
                 "Publish a revised Pupil Premium strategy with measurable impact indicators for "
                 "each strand.",
                 "Executive Principal", "31/12/2023", "29/02/2024",
                 "Strategy approved by LGB and published.",
                 "Delayed – awaiting the Trust's pupil premium review. Draft to LGB in February.",
                 "R"], {9: RED})
    put(ws, 17, ["4.2", None,
                 "Local Governing Body to receive a termly report on pupil premium attainment and "
                 "attendance gaps.",
                 "Chair of LGB", "Termly", None,
                 "Minutes show governors challenge leaders on PP outcomes.",
                 "First report received at the December LGB.", None], {9: GREEN})
    for a, b in (("B6", "B8"), ("B9", "B10"), ("B12", "B14"), ("B16", "B17")):
        ws.merge_cells(f"{a}:{b}")
    ws["A19"] = "Key:"
    ws["A19"].font = Font(bold=True)
    key = [("Complete", "Action completed", BLUE), ("G", "On track", GREEN),
           ("A", "Some slippage, mitigation in place", AMBER), ("R", "Off track", RED)]
    for i, (k, t, f) in enumerate(key, 20):
        ws.cell(row=i, column=1, value=k).fill = f
        ws.cell(row=i, column=2, value=t)
    wb.save(p("cc1-harris-academy-peckham-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bradford District Care NHSFT - CQC CAMHS must/should do (xlsx, refuse)
# ---------------------------------------------------------------------------
def bdct():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = ("Bradford District Care NHS Foundation Trust – CQC Inspection Action Plan: "
                "Specialist community mental health services for children and young people")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection: 12–14 December 2023 | Report published: 28 March 2024 | Version 3"
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Type", "Regulation", "CQC finding", "Action", "Lead",
                       "Target date", "Status", "Progress / evidence"],
               [7, 10, 14, 40, 45, 26, 14, 12, 45])
    band_row(ws, 5, "MUST DO", 9)
    d = "dd/mm/yyyy"
    put(ws, 6, ["MD1", "Must", "Reg 12",
                "The trust must ensure that risk assessments for young people on the waiting list "
                "are reviewed regularly.",
                "Introduce a monthly RAG-rated waiting list review by a clinician, with contact "
                "offered to all young people waiting over 12 weeks.",
                "Service Manager CAMHS", (dt.datetime(2024, 6, 30), d), "Complete",
                "Waiting list review SOP ratified May 2024; audit shows 100% reviewed in June."],
        {8: BLUE})
    put(ws, 7, ["MD2", "Must", "Reg 18",
                "The trust must ensure there are sufficient numbers of suitably qualified staff "
                "to meet the needs of young people.",
                "Complete recruitment to 6.0 WTE vacant clinical posts and agree a retention "
                "plan with HR.",
                "Head of Nursing – Children's Services", (dt.datetime(2024, 9, 30), d),
                "On track", "4.0 WTE appointed; 2 posts out to advert."], {8: GREEN})
    put(ws, 8, ["MD3", "Must", "Reg 17",
                "The trust must ensure that care records are complete and contain up-to-date "
                "care plans.",
                "Monthly record-keeping audit for each team, with results to the care group "
                "quality meeting.",
                "Clinical Lead", (dt.datetime(2024, 7, 31), d), "Amber",
                "Audits started in May; compliance 78% against 95% target."], {8: AMBER})
    band_row(ws, 9, "SHOULD DO", 9)
    put(ws, 10, ["SD1", "Should", "Reg 18",
                 "The trust should ensure that staff receive regular clinical supervision.",
                 "Set up supervision tracker on ESR and report compliance monthly.",
                 "Team Leaders", "Ocotber 2024", "On track",
                 "Tracker built; first report due at October quality meeting."], {8: GREEN})
    put(ws, 11, ["SD2", "Should", "Reg 9",
                 "The trust should ensure that young people and carers are involved in developing "
                 "their care plans.",
                 "Co-produce a care plan template with the youth participation group.",
                 "Participation Lead", (dt.datetime(2024, 12, 31), d), "On track",
                 "Two workshops held with the participation group."], {8: GREEN})
    put(ws, 12, ["SD3", "Should", "Reg 17",
                 "The trust should ensure learning from incidents is shared with all teams.",
                 "Add a 'learning from incidents' item to every team meeting agenda.",
                 "Service Manager CAMHS", "Ongoing", "On track",
                 "Standing item in place from April."], {8: GREEN})
    ws["A14"] = "Status key: Complete / On track / Amber (at risk) / Red (off track)"
    wb.save(p("cc1-bradford-district-care-nhsft-cqc-camhs-must-should-do-action-plan-"
              "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Newport City Council - CIW performance evaluation inspection (xlsx)
# ---------------------------------------------------------------------------
def newport():
    wb = Workbook()
    vc = wb.active
    vc.title = "Version control"
    vc["A1"] = "Version control"
    vc["A1"].font = Font(bold=True)
    header_row(vc, 2, ["Version", "Date", "Author", "Changes"], [10, 14, 30, 50])
    put(vc, 3, ["0.1", (dt.datetime(2024, 5, 20), "dd/mm/yyyy"), "Children's Services SMT",
                "First draft following CIW letter"])
    put(vc, 4, ["1.0", (dt.datetime(2024, 6, 18), "dd/mm/yyyy"), "Head of Children's Services",
                "Approved by Cabinet Member"])
    put(vc, 5, ["1.3", (dt.datetime(2025, 1, 14), "dd/mm/yyyy"), "Performance Officer",
                "Q3 progress added"])
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = ("Newport City Council Children's Services: CIW Performance Evaluation Inspection "
                "Improvement Plan 2024-25")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress as at 31 December 2024 (Q3)"
    header_row(ws, 4, ["No.", "Area for improvement", "Action", "Responsible officer",
                       "Timescale", "Progress update Q3", "RAG"],
               [6, 40, 45, 30, 16, 45, 11])

    def afi(row, no, text):
        put(ws, row, [no, text, None, None, None, None, None])
        ws.cell(row=row, column=1).font = Font(bold=True)
        ws.cell(row=row, column=2).font = Font(bold=True)

    band_row(ws, 5, "People – voice and control", 7)
    afi(6, "1", "Practitioners should consistently record the child's views, wishes and feelings, "
                "and show how these inform assessments and care and support plans.")
    put(ws, 7, ["1.1", None,
                "Revise the assessment and care and support plan templates in WCCIS so that the "
                "child's own words are recorded in a mandatory 'What matters to me' section.",
                "Head of Children's Services", "Q4 2024/25",
                "Template changes agreed with WCCIS team; build scheduled for February.",
                "Green"], {7: GREEN})
    put(ws, 8, ["1.2", None,
                "Extend the use of the Active Offer of advocacy to all children subject to child "
                "protection conferences.",
                "Service Manager – Safeguarding", "March 2025",
                "Uptake at 46%. Tros Gynnal Plant attending conference chairs' meeting in "
                "January.", "Amber"], {7: AMBER})
    band_row(ws, 9, "Prevention", 7)
    afi(10, "2", "The local authority should ensure that families receive timely access to early "
                 "help and preventative services, reducing the need for statutory intervention.")
    put(ws, 11, ["2.1", None,
                 "Embed the Family Front Door step-down pathway so that families closed to "
                 "statutory services are offered early help within 10 working days.",
                 "Service Manager – Early Intervention and Prevention", "Ongoing",
                 "82% of step-downs offered early help within 10 days in Q3.", "Green"],
        {7: GREEN})
    put(ws, 12, ["2.2", None,
                 "Publish a single directory of preventative services for practitioners and "
                 "families on the council website.",
                 "NH / KJ", (dt.datetime(2024, 9, 30), "dd/mm/yyyy"),
                 "Directory live since September.", "Completed"], {7: BLUE})
    band_row(ws, 13, "Well-being", 7)
    afi(14, "3", "Leaders should ensure that supervision is regular, reflective and recorded, and "
                 "that caseloads are manageable.")
    put(ws, 15, ["3.1", None,
                 "Audit supervision records quarterly and report compliance with the supervision "
                 "policy to the Children's Services management team.",
                 "Principal Social Worker", "Q2 2025/26",
                 "Q2 audit found 68% of supervisions within timescale. Reflective element weak.",
                 "Amber"], {7: AMBER})
    put(ws, 16, ["3.2", None,
                 "Roll out the regional reflective supervision training to all team managers and "
                 "senior practitioners.",
                 "Workforce Development Manager", "Sept 2024 – June 2025",
                 "Cohort 1 (14 managers) completed; cohort 2 starts February.", "Green"],
        {7: GREEN})
    band_row(ws, 17, "Partnerships and integration", 7)
    afi(18, "4", "Partners should strengthen joint working between children's services and health "
                 "to ensure that children's health needs are assessed and met in a timely way.")
    put(ws, 19, ["4.1", None,
                 "Agree a joint protocol with Aneurin Bevan UHB for initial health assessments "
                 "of children who become looked after.",
                 "Head of Children's Services / Head of Prevention and Inclusion", "Dec 2024",
                 "Protocol not yet signed off by the health board; escalated to the Director.",
                 "Red"], {7: RED})
    put(ws, 20, ["4.2", None,
                 "Hold a joint workshop with the Regional Partnership Board on health input to "
                 "strategy discussions.",
                 "Strategic Partnerships Manager", "TBC",
                 "Not yet started – awaiting RPB workshop dates.", None])
    ws["A22"] = ("RAG: Red – not on track; Amber – progressing, some risk to timescale; "
                 "Green – on track; Completed – action complete.")
    wb.active = 1
    wb.save(p("cc1-newport-ciw-childrens-services-performance-evaluation-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


RAGHEX = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "00B0F0",
          "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}


# ---------------------------------------------------------------------------
# 4. East Renfrewshire CPC - joint inspection children at risk of harm (docx)
# ---------------------------------------------------------------------------
def east_renfrewshire():
    doc = Document()
    doc.add_heading("Joint Inspection of Services for Children and Young People at Risk of Harm "
                    "in East Renfrewshire: Improvement Plan", level=0)
    doc.add_paragraph(
        "The Care Inspectorate, with Education Scotland, Healthcare Improvement Scotland and "
        "HM Inspectorate of Constabulary in Scotland, published its report on services for "
        "children and young people at risk of harm in East Renfrewshire in February 2024. This "
        "plan sets out how the East Renfrewshire Child Protection Committee and the Chief "
        "Officers Group will respond to the three areas for improvement identified in the report. "
        "Progress is reported to each meeting of the Child Protection Committee.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        set_text(c, h, bold=True)
    for row in (["1.0", "15/03/2024", "CPC Lead Officer", "Chief Officers Group"],
                ["1.2", "04/11/2024", "CPC Lead Officer", "Child Protection Committee"]):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.add_paragraph()

    cols = ["Ref", "Area for improvement", "Improvement action", "Lead", "Timescale",
            "Progress", "RAG"]
    sections = [
        ("1. Hearing children's voices",
         "Partners should ensure that children and young people's views are consistently "
         "gathered, recorded and used to inform plans and decisions about them.",
         [("1a", "Introduce the Mind of My Own app across social work and education, with a "
                 "target of 60% of children on the child protection register using it by March "
                 "2025.", "Chief Social Work Officer", "March 2025",
           "App launched in social work in June; education roll-out delayed to January.",
           "Amber"),
          ("1b", "Audit a sample of 30 child protection plans each quarter for evidence of the "
                 "child's views, and report the results to the CPC.", "CPC Lead Officer",
           "Quarterly", "Q1 and Q2 audits complete; views evident in 63% of plans.", "Green"),
          ("1c", "Hold a participation event with the Champions Board to co-produce a "
                 "child-friendly version of the child protection plan.",
           "Children's Rights Officer", "By end of August 2024",
           "Event held 21 August; child-friendly plan in use.", "Complete")]),
        ("2. Chronologies and assessment of risk",
         "Partners should improve the quality and consistency of chronologies and risk "
         "assessments so that they support effective planning for children at risk of harm.",
         [("2a", "Issue revised multi-agency chronology guidance and template, aligned with the "
                 "National Guidance for Child Protection in Scotland 2021 (updated 2023).",
           "CPC Lead Officer / Lead Nurse Child Protection", "June 2024",
           "Guidance issued 28 June and briefed to all services.", "Complete"),
          ("2b", "Deliver National Risk Framework refresher training to social workers, health "
                 "visitors and school pastoral staff.",
           "Learning and Development Manager (HSCP)", "Sept 2024 – Feb 2025",
           "Four of seven sessions delivered; 112 staff trained.", "Green"),
          ("2c", "Carry out a multi-agency case file audit of risk assessments and report the "
                 "findings to the Chief Officers Group.", "Head of Public Protection",
           "31/03/2025", "Audit tool agreed; file reading planned for February.", "Amber")]),
        ("3. Leadership and oversight",
         "Chief officers should strengthen the use of data and quality assurance to evidence the "
         "impact of services on outcomes for children and young people at risk of harm.",
         [("3a", "Develop a CPC performance dashboard, including outcome measures, to be "
                 "reviewed at every CPC meeting.", "Performance and Planning Manager",
           "December 2024", "Draft dashboard presented at the October CPC.", "Green"),
          ("3b", "Chief Officers Group to receive a six-monthly assurance report on the progress "
                 "of this plan.", "Chief Executive", "Six-monthly",
           "First report considered by the COG in September.", None)]),
    ]
    for heading, afi, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            set_text(c, h, bold=True)
            shade(c, "D9E1F2")
        first = None
        for ref, action, lead, when, prog, rag in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, None, action, lead, when, prog, rag or ""]):
                if v is not None:
                    set_text(c, v)
            shade(cells[6], RAGHEX[rag] if rag else "00B050")
            if first is None:
                first = cells[1]
                set_text(first, afi)
            last = cells[1]
        first.merge(last)
        # merge() concatenates paragraphs; keep only the AFI text
        merged = t.rows[1].cells[1]
        for extra in merged.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
        doc.add_paragraph()
    doc.add_paragraph("RAG status key: Red – off track, escalate to COG; Amber – at risk of delay; "
                      "Green – on track; Complete – action completed and evidenced.")
    doc.save(p("cc1-east-renfrewshire-cpc-children-at-risk-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. North Tyneside SCP - JTAI action plan (docx)
# ---------------------------------------------------------------------------
def north_tyneside():
    doc = Document()
    h = doc.add_paragraph()
    r = h.add_run("North Tyneside Safeguarding Children Partnership – Joint Targeted Area "
                  "Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("JTAI: the multi-agency response to children and families who need help. "
                      "Fieldwork June 2024; letter published August 2024. Plan owned by the "
                      "NTSCP Executive; progress as at January 2025.")
    cols = ["Action no.", "Action", "Lead agency / officer", "By when", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, cols):
        set_text(c, hd, bold=True)
        shade(c, "BDD7EE")
    data = [
        ("1. The quality and consistency of early help assessments and plans, so that they are "
         "focused on outcomes and clear about what needs to change for children.", [
            ("1.1", "Relaunch the Early Help Assessment template with an outcomes-focused plan "
                    "section, following consultation with partners.",
             "Head of Early Help (NTC)", "October 2024",
             "New template live on EHM from 7 October.", "B"),
            ("1.2", "Deliver multi-agency training on writing SMART early help plans to lead "
                    "practitioners in schools, health and the voluntary sector.",
             "NTSCP Training Coordinator", "Sept 2024 – March 2025",
             "Five sessions delivered to 96 practitioners; further dates in February.", "G"),
            ("1.3", "Quarterly multi-agency audit of early help plans, with findings reported to "
                    "the Quality Assurance Subgroup.", "Chair of QA Subgroup", "Quarterly",
             "First audit completed November; 58% of plans rated good.", "G")]),
        ("2. Information sharing between schools, health partners and the police about children "
         "who are at risk of going missing from education.", [
            ("2.1", "Agree an information-sharing protocol between Education, 0-19 Public Health "
                    "Nursing and Northumbria Police for children missing education.",
             "Head of Education Inclusion / Northumbria Police Area Commander",
             "31 December 2024", "Protocol drafted; legal review of data sharing in progress.",
             "A"),
            ("2.2", "Add a children-missing-education flag to Operation Encompass notifications.",
             "DCI Safeguarding (Northumbria Police)", "Q4 2024/25",
             "System change requested from force IT.", "A"),
            ("2.3", "Publish a single CME referral pathway for schools on the NTSCP website.",
             "Education Welfare Manager", "TBC",
             "Dependent on 2.1; not yet started.", "R")]),
        ("3. The understanding and use of the thresholds guidance by partners when making "
         "referrals to the front door.", [
            ("3.1", "Refresh the Continuum of Need (thresholds) guidance and launch it through "
                    "briefings to all partner agencies.", "NTSCP Business Manager", "Q3 2024/25",
             "Refreshed guidance approved by the Executive in November; briefings under way.",
             "G"),
            ("3.2", "Front Door to give feedback to referrers where a contact does not meet the "
                    "threshold for statutory services.", "Front Door Service Manager", "Ongoing",
             "Feedback letter template in use since September.", "G")]),
    ]
    for afi, rows in data:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_text(merged, afi, bold=True)
        shade(merged, "DEEAF6")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                set_text(c, v)
            shade(cells[5], RAGHEX[row[5]])
    doc.add_paragraph()
    doc.add_paragraph("RAG:  B = Complete    G = On track    A = Some slippage    "
                      "R = Off track / not started")
    doc.save(p("cc1-north-tyneside-scp-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Thurrock YJS - HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
def thurrock():
    r1 = ("The Youth Justice Service Management Board should ensure board members understand and "
          "champion the needs of children in the youth justice system, and hold partners to "
          "account for their contribution.")
    r2 = ("The Head of Service should improve the quality of assessment and planning for keeping "
          "other people safe, so that risks to victims are identified and managed.")
    r3 = ("The Youth Justice Service should ensure that out-of-court disposal decisions are based "
          "on a thorough assessment and that children and their parents or carers understand the "
          "implications of the outcome.")
    rows = [
        ["Thurrock Youth Justice Service - HMIP Inspection Improvement Plan"] + [""] * 9,
        [""] * 10,
        ["Rec No", "Domain", "Recommendation", "Action No", "Action", "Lead", "Target Date",
         "Revised Target Date", "Status", "Progress Update"],
        ["1", "Organisational delivery", r1, "1.1",
         "Deliver a board induction and development session for all members, including a "
         "session led by children with lived experience.", "Chair of YJS Management Board",
         "30/06/2024", "", "Complete",
         "Development day held 12 June; children from the participation group presented."],
        ["1", "Organisational delivery", r1, "1.2",
         "Introduce a partnership performance report with agency-level data to every board "
         "meeting.", "YJS Head of Service", "30/09/2024", "31/12/2024", "Amber",
         "Health and education data now included; police data awaited."],
        [""] * 10,
        ["2", "Court disposals", r2, "2.1",
         "Refresh the risk management panel terms of reference and ensure all high-risk cases "
         "are presented within 10 working days.", "YJS Operations Manager", "31/07/2024", "",
         "Complete", "New ToR in place from July."],
        ["2", "Court disposals", r2, "2.2",
         "Deliver AssetPlus risk of serious harm training to all case managers.",
         "YJS Practice Manager (Court)", "31/10/2024", "", "On track",
         "11 of 14 case managers trained."],
        ["2", "Court disposals", r2, "2.3",
         "Monthly QA audit of 10% of court disposal cases, focused on safety and wellbeing and "
         "risk of harm.", "YJS Operations Manager", "Monthly", "", "On track",
         "Audits completed each month since May; themes reported to the board."],
        ["3", "Out-of-court disposals", r3, "3.1",
         "Revise the joint decision-making panel protocol with Essex Police, including a written "
         "explanation of outcomes for children and parents.",
         "YJS Head of Service / Essex Police Youth Diversion Lead", "31/01/2025", "",
         "Not started", "Meeting with Essex Police booked for November."],
        ["3", "Out-of-court disposals", r3, "3.2",
         "Introduce a short pre-panel assessment for all out-of-court disposal referrals.",
         "Prevention and Diversion Team Manager", "28/02/2025", "", "Amber",
         "Draft assessment tool being tested with two cases."],
    ]
    with open(p("cc1-thurrock-yjs-hmip-improvement-plan.csv"), "w", newline="",
              encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. West Berkshire LAP - SEND priority action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def west_berkshire():
    lines = [
        ["West Berkshire Local Area Partnership – SEND Priority Action Plan"],
        ["Area SEND inspection: October 2024. Progress update: March 2025"],
        [],
        ["Ref", "Action", "Lead", "Due date", "RAG", "Progress / impact"],
        ["Area for priority action 1: Leaders across education, health and care should improve "
         "the timeliness and quality of education, health and care (EHC) plans."],
        ["1.1", "Recruit two additional EHC coordinators and a locum educational psychologist to "
                "clear the backlog of needs assessments.", "Head of SEND", "Jan 2025",
         "Complete", "Both coordinators and the locum EP in post from January."],
        ["1.2", "Introduce a weekly EHC needs assessment tracking meeting with education, health "
                "and care advisers.", "Head of SEND / Designated Clinical Officer",
         "Autumn term 2024", "Complete", "Meeting running weekly since November."],
        ["1.3", "Quality assure 20 EHC plans per month using the multi-agency QA framework and "
                "feed back to plan writers.", "SEND QA Lead", "Monthly", "Green",
         "Target met in January and February; 55% of plans audited rated good or better."],
        ["1.4", "Increase the proportion of EHC plans issued within 20 weeks to at least the "
                "national average.", "Director of Education and Learning", "31/08/2025", "Amber",
         "Timeliness 38% (rolling 3 months), up from 21%."],
        [],
        ["Area for priority action 2: Leaders in the ICB and the council should reduce waiting "
         "times for neurodevelopmental assessment and ensure that children and families receive "
         "support while they wait."],
        ["2.1", "Commission additional autism and ADHD assessment capacity through an independent "
                "provider.", "Associate Director of Children's Commissioning (BOB ICB)",
         "March 2025", "Red", "Procurement paused pending ICB financial recovery decision."],
        ["2.2", "Launch a 'waiting well' offer with West Berkshire Parent Carer Forum, including "
                "workshops and a single point of contact.", "KM & RT", "Summer term 2025",
         "Amber", "First two workshops held; single point of contact being recruited."],
        [],
        ["Area for improvement 1: Leaders should strengthen the co-production of services with "
         "children and young people with SEND and their families."],
        ["3.1", "Refresh the co-production charter with the Parent Carer Forum and the youth "
                "SEND group.", "SEND Participation Officer", "Ongoing", "Green",
         "Charter workshop held in February."],
        ["3.2", "Publish 'You said, we did' updates on the Local Offer website.",
         "Local Offer Manager", "Termly", "", "To begin in the summer term."],
        [],
        ["RAG key: Complete = action completed; Green = on track; Amber = risk of delay; "
         "Red = off track"],
    ]
    with open(p("cc1-west-berkshire-lap-send-priority-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    harris()
    bdct()
    newport()
    east_renfrewshire()
    north_tyneside()
    thurrock()
    west_berkshire()
