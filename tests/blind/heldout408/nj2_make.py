"""Build the seven nj2- data files of set heldout408.

Run with the project's Python (openpyxl and python-docx):
    /work/main/.venv/bin/python nj2_make.py
Files are written next to this script.  Each action record carries, besides
the text placed in the file, the reading a person makes of it (exp_*); those
fields are used only to write the .expected.yaml files.
"""
import csv
import datetime as dt
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
RAG_HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
           "Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
           "Complete": "0070C0"}


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


def landscape(document):
    s = document.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def fill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ==========================================================================
# 1. Newark and Sherwood CSP - DHR 'Jenna' action plan (docx)
# ==========================================================================
DHR_FILE = "nj2-newark-and-sherwood-csp-dhr-jenna-action-plan.docx"
DHR_TITLE = "Domestic Homicide Review \u2018Jenna\u2019 \u2013 Action Plan"
DHR_PART1 = "Part 1: Overview report recommendations"
DHR_PART2 = "Part 2: Single agency recommendations"
DHR_RECS = [
    ("1. Newark and Sherwood CSP should seek assurance that all partner agencies\u2019 "
     "domestic abuse training equips practitioners to recognise and respond to coercive "
     "and controlling behaviour, including economic abuse.", "Local", [
        dict(action="Complete a training needs analysis across CSP partner agencies covering "
                    "coercive control and economic abuse.",
             lead="Newark and Sherwood CSP",
             milestones="TNA template agreed April 2025.",
             target="30/06/2025",
             done="Completed June 2025 \u2013 TNA returned by 11 of 12 agencies; report to CSP Board July 2025.",
             rag="Blue", exp_lead=["Newark and Sherwood CSP"], exp_end="2025-06", exp_status="blue"),
        dict(action="Commission and deliver multi-agency coercive control training, with at least "
                    "two sessions held in the Newark and Sherwood district.",
             lead="Nottinghamshire County Council (Domestic Abuse Commissioning Team); Newark and Sherwood CSP",
             milestones="First session held 18 September 2025 (42 attendees).",
             target="March 2026", done="", rag="Green",
             exp_lead=["Nottinghamshire County Council (Domestic Abuse Commissioning Team)",
                       "Newark and Sherwood CSP"],
             exp_end="2026-03", exp_status="green"),
    ]),
    ("2. Nottinghamshire Police should review how officers attending domestic abuse incidents "
     "record the presence and views of children and other household members.", "Regional", [
        dict(action="Audit a sample of 50 domestic abuse incident records from the Newark and "
                    "Sherwood area and report the findings to the CSP Board.",
             lead="Nottinghamshire Police",
             milestones="Audit tool agreed with the Public Protection Unit.",
             target="December 2025", done="", rag="Amber",
             exp_lead=["Nottinghamshire Police"], exp_end="2025-12", exp_status="amber"),
    ]),
    ("3. Sherwood Forest Hospitals NHS Foundation Trust and primary care should ensure that "
     "routine enquiry about domestic abuse takes place, and is recorded, when a patient "
     "presents with unexplained injuries.", "Local", [
        dict(action="Relaunch the routine enquiry guidance in the Emergency Department and Minor "
                    "Injuries Unit, supported by a 7-minute briefing.",
             lead="Sherwood Forest Hospitals NHS FT",
             milestones="Briefing approved by Trust Safeguarding Committee.",
             target="30/09/2025",
             done="Completed September 2025 \u2013 briefing circulated to 640 staff.",
             rag="Blue", exp_lead=["Sherwood Forest Hospitals NHS FT"], exp_end="2025-09",
             exp_status="blue"),
        dict(action="Add a routine enquiry prompt to the GP clinical system injury template used "
                    "by practices in the Newark and Sherwood area.",
             lead="Nottingham and Nottinghamshire ICB",
             milestones="Template change request submitted to the ICB digital team August 2025.",
             target="March 2026", done="", rag="Green",
             exp_lead=["Nottingham and Nottinghamshire ICB"], exp_end="2026-03",
             exp_status="green"),
    ]),
    ("4. The CSP should work with the Safer Nottinghamshire Board to publicise sources of "
     "specialist support for older victims of domestic abuse.", "Local / regional", [
        dict(action="Develop and run a leaflet and social media campaign on domestic abuse in "
                    "later life, in partnership with Age UK Notts.",
             lead="Newark and Sherwood District Council (Community Safety Team)",
             milestones="Campaign delayed \u2013 awaiting funding decision from the OPCC.",
             target="31/01/2026", done="", rag="Red",
             exp_lead=["Newark and Sherwood District Council (Community Safety Team)"],
             exp_end="2026-01", exp_status="red"),
    ]),
]
DHR_SINGLE = [
    dict(agency="Nottinghamshire Police",
         rec="Supervisors to check that DASH risk assessments are completed in full before the "
             "end of the shift.",
         action="Issue a force-wide supervisory reminder and add DASH completeness to the monthly "
                "Public Protection audit.",
         lead="Detective Chief Inspector, Public Protection", target="31/08/2025",
         progress="Complete \u2013 reminder issued 4 August 2025; first audit reported September.",
         rag="Blue", exp_lead=["Detective Chief Inspector, Public Protection"],
         exp_end="2025-08", exp_status="blue"),
    dict(agency="Newark and Sherwood District Council (Housing Services)",
         rec="Tenancy officers to be trained to recognise indicators of domestic abuse during "
             "home visits.",
         action="Deliver domestic abuse awareness training to all tenancy and income officers.",
         lead="Tenancy Services Manager / Domestic Abuse Housing Lead", target="Nov-25",
         progress="Training booked for 4 and 11 November 2025.", rag="Green",
         exp_lead=["Tenancy Services Manager", "Domestic Abuse Housing Lead"],
         exp_end="2025-11", exp_status="green"),
    dict(agency="Nottinghamshire Healthcare NHS FT",
         rec="Mental health practitioners to ask about domestic abuse at each care plan review.",
         action="Update the care plan review template and audit compliance after three months.",
         lead="Named Professional for Safeguarding Adults", target="Q4 2025/26",
         progress="Template updated; audit planned for January 2026.", rag="Green",
         exp_lead=["Named Professional for Safeguarding Adults"], exp_end="2026-03",
         exp_end_text="Q4 2025/26", exp_status="green"),
]


def build_dhr():
    d = docx.Document()
    landscape(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Newark and Sherwood Community Safety Partnership \u2013 OFFICIAL"
    d.add_paragraph(DHR_TITLE, style="Title")
    d.add_paragraph("Review reference: NSCSP DHR 2023/02. Overview report and action plan accepted "
                    "by the Home Office Quality Assurance Panel, February 2025.")
    d.add_paragraph("Progress position as reported to the Newark and Sherwood CSP Board, "
                    "16 October 2025.")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "03/03/2025", "DHR Co-ordinator, NSDC", "Action plan agreed by CSP Board"),
                ("2.0", "12/06/2025", "DHR Co-ordinator, NSDC", "Q1 updates from agencies"),
                ("3.0", "09/10/2025", "DHR Co-ordinator, NSDC", "Q2 updates; three actions closed")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_heading("RAG status key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, meaning in [("Blue", "Action complete and evidence received"),
                         ("Green", "On track to be delivered by the target date"),
                         ("Amber", "Progress made but target date at risk"),
                         ("Red", "Not progressed or target date missed")]:
        cells = t.add_row().cells
        cells[0].text = col
        shade(cells[0], RAG_HEX[col])
        cells[1].text = meaning

    # ---- Part 1
    d.add_heading(DHR_PART1, level=1)
    heads = ["Recommendation", "Scope (local / regional / national)", "Action to take",
             "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h
        shade(c, "D9D9D9")
    bold_row(t.rows[0])
    for rec, scope, acts in DHR_RECS:
        first = len(t.rows)
        for a in acts:
            cells = t.add_row().cells
            cells[2].text = a["action"]
            cells[3].text = a["lead"]
            cells[4].text = a["milestones"]
            cells[5].text = a["target"]
            cells[6].text = a["done"]
            cells[7].text = a["rag"]
            shade(cells[7], RAG_HEX[a["rag"]])
        last = len(t.rows) - 1
        for col, txt in ((0, rec), (1, scope)):
            m = t.cell(first, col)
            if last > first:
                m = m.merge(t.cell(last, col))
            m.text = txt

    # ---- Part 2
    d.add_heading(DHR_PART2, level=1)
    d.add_paragraph("Single agency recommendations from the Individual Management Reviews are "
                    "monitored by each agency; progress is reported to the DHR Steering Group.")
    heads = ["Agency", "Recommendation", "Action to take", "Lead officer", "Target date",
             "Progress", "RAG"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h
        shade(c, "D9D9D9")
    bold_row(t.rows[0])
    for a in DHR_SINGLE:
        cells = t.add_row().cells
        for c, v in zip(cells, [a["agency"], a["rec"], a["action"], a["lead"], a["target"],
                                a["progress"], a["rag"]]):
            c.text = v
        shade(cells[6], RAG_HEX[a["rag"]])

    d.add_paragraph("")
    d.add_paragraph("Signed off on behalf of the CSP Board: Chair, Newark and Sherwood Community "
                    "Safety Partnership.")
    d.save(os.path.join(HERE, DHR_FILE))


def dhr_expected():
    out = []
    for rec, scope, acts in DHR_RECS:
        for a in acts:
            out.append(dict(ref=None, under=[DHR_PART1, rec], action=a["action"], lead=a["exp_lead"],
                            end=a["exp_end"], end_text=a.get("exp_end_text"), status=a["exp_status"]))
    for a in DHR_SINGLE:
        out.append(dict(ref=None, under=[DHR_PART2, a["rec"]], action=a["action"], lead=a["exp_lead"],
                        end=a["exp_end"], end_text=a.get("exp_end_text"), status=a["exp_status"]))
    return out


# ==========================================================================
# 2. Kent Community Health NHS FT - Board (public) action log (docx)
# ==========================================================================
KCH_FILE = "nj2-kent-community-health-nhsft-board-public-action-log.docx"
KCH_TITLE = "Board of Directors (Public) \u2013 Action Log"
KCH_OPEN = "Open actions"
KCH_CLOSED = "Actions closed since the last meeting"
# fill: G = complete (per key), A = in progress, R = overdue
KCH_ROWS = {
    KCH_OPEN: [
        dict(no="BoD/24/071", date="28/11/2024", item="Integrated Performance Report",
             action="Bring a report on the outcome of the community nursing waiting list validation "
                    "to a future Board.",
             lead="Chief Operating Officer", due="September 2025\nRevised: January 2026",
             update="Validation extended to include podiatry; report rescheduled to the January 2026 "
                    "Board with the agreement of the Chair.",
             fill="A", exp_lead=["Chief Operating Officer"], exp_end="2026-01", exp_status="amber"),
        dict(no="BoD/25/018", date="27/03/2025", item="Board Assurance Framework",
             action="Review the BAF risk on workforce supply to reflect the findings of the staff "
                    "survey and report back through the People Committee.",
             lead="Chief People Officer", due="July 2025",
             update="Revised risk descriptor drafted; awaiting review by the People Committee.",
             fill="R", exp_lead=["Chief People Officer"], exp_end="2025-07", exp_status="red"),
        dict(no="BoD/25/033", date="22/05/2025", item="Integrated Performance Report",
             action="Include a recovery trajectory for community paediatrics waiting times in the "
                    "Integrated Performance Report.",
             lead="Director of Finance / Chief Operating Officer", due="27/11/2025",
             update="Trajectory agreed with the ICB; will be included from the November report.",
             fill="A", exp_lead=["Director of Finance", "Chief Operating Officer"],
             exp_end="2025-11", exp_status="amber"),
        dict(no="BoD/25/046", date="24/07/2025", item="Guardian of Safe Working Hours Report",
             action="Provide the Board with a breakdown of exception reports by service and grade.",
             lead="Chief Medical Officer", due="November 2025",
             update="Included in the Guardian report on the November agenda. Proposed for closure.",
             fill="G", exp_lead=["Chief Medical Officer"], exp_end="2025-11", exp_status="blue"),
        dict(no="BoD/25/052", date="24/07/2025", item="Freedom to Speak Up Report",
             action="Arrange a Board development session on speaking up, drawing on the national "
                    "Freedom to Speak Up review.",
             lead="Corporate Services Director / Freedom to Speak Up Guardian", due="To be confirmed",
             update="Date to be agreed with the Chair once the national review is published.",
             fill="A", exp_lead=["Corporate Services Director", "Freedom to Speak Up Guardian"],
             exp_end=None, exp_end_text="To be confirmed", exp_status="amber"),
        dict(no="BoD/25/061", date="25/09/2025", item="Chief Executive\u2019s Report",
             action="Circulate the Kent and Medway community services procurement timetable to Board "
                    "members.",
             lead="Chief Executive", due="October 2025",
             update="Circulated by email on 3 October 2025. Proposed for closure.",
             fill="G", exp_lead=["Chief Executive"], exp_end="2025-10", exp_status="blue"),
    ],
    KCH_CLOSED: [
        dict(no="BoD/25/029", date="22/05/2025", item="Quality Report",
             action="Share the pressure ulcer thematic review with the Quality Committee.",
             lead="Chief Nurse", due="September 2025",
             update="Presented to the Quality Committee on 9 September 2025. Closed.",
             fill="G", exp_lead=["Chief Nurse"], exp_end="2025-09", exp_status="blue"),
        dict(no="BoD/25/041", date="24/07/2025", item="Green Plan Annual Report",
             action="Confirm the fleet electrification milestones in the Green Plan delivery plan.",
             lead="Director of Estates and Facilities", due="25/09/2025",
             update="Milestones confirmed in the September Board paper. Closed.",
             fill="G", exp_lead=["Director of Estates and Facilities"], exp_end="2025-09",
             exp_status="blue"),
    ],
}


def build_kch():
    d = docx.Document()
    landscape(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9)
    d.sections[0].header.paragraphs[0].text = "Kent Community Health NHS Foundation Trust"
    d.add_paragraph(KCH_TITLE, style="Title")
    d.add_paragraph("Updated following the Board meeting held on 25 September 2025, for the meeting "
                    "on 27 November 2025.")
    d.add_paragraph("Status key:")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, code, meaning in [("Green", "G", "Action complete \u2013 proposed for closure"),
                                ("Amber", "A", "Action in progress and on track for the due date"),
                                ("Red", "R", "Action overdue or due date at risk")]:
        cells = t.add_row().cells
        cells[0].text = word
        shade(cells[0], RAG_HEX[code])
        cells[1].text = meaning
    heads = ["No.", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Update", "Status"]
    for section, rows in KCH_ROWS.items():
        d.add_heading(section, level=1)
        if section == KCH_CLOSED:
            d.add_paragraph("The following actions were closed at the meeting held on 25 September "
                            "2025 and will be removed from the next log.")
        t = d.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            c.text = h
            shade(c, "005EB8")
        bold_row(t.rows[0])
        for a in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["no"], a["date"], a["item"], a["action"], a["lead"], a["due"],
                                    a["update"], ""]):
                c.text = v
            shade(cells[7], RAG_HEX[a["fill"]])
    d.save(os.path.join(HERE, KCH_FILE))


def kch_expected():
    out = []
    for section, rows in KCH_ROWS.items():
        for a in rows:
            out.append(dict(ref=a["no"], under=[section], action=a["action"], lead=a["exp_lead"],
                            end=a["exp_end"], end_text=a.get("exp_end_text"), status=a["exp_status"]))
    return out


# ==========================================================================
# 3. Royal Cornwall Hospitals NHS Trust - Saving Babies' Lives v3 action plan (xlsx)
# ==========================================================================
SBL_FILE = "nj2-royal-cornwall-hospitals-nhs-trust-saving-babies-lives-v3-action-plan.xlsx"
SBL_TITLE = "Saving Babies' Lives Care Bundle Version 3 \u2013 Implementation Action Plan"
SBL = [
    ("Element 1: Reducing smoking in pregnancy", [
        ("1.1 Carbon monoxide (CO) testing of all women at booking and at 36 weeks", [
            dict(ref="1.1a",
                 action="Add a mandatory 36-week CO reading field to the antenatal pathway on the "
                        "maternity information system and report compliance monthly.",
                 lead="Digital Midwife", orig=D(2025, 3, 31), rev=D(2025, 6, 30),
                 progress="Field live from 2 June 2025; compliance 91% in September.",
                 prev="A", cur="B", exp_lead=["Digital Midwife"], exp_end="2025-06"),
            dict(ref="1.1b",
                 action="Deliver CO monitoring refresher training to all community midwifery teams.",
                 lead="Tobacco Dependence Lead Midwife", orig=D(2025, 9, 30), rev=None,
                 progress="Training delivered to 9 of 11 teams; remaining two teams booked for "
                          "November.",
                 prev="G", cur="A", exp_lead=["Tobacco Dependence Lead Midwife"], exp_end="2025-09"),
        ]),
        ("1.2 Opt-out referral to an in-house tobacco dependence treatment service", [
            dict(ref="1.2",
                 action="Recruit a second tobacco dependence treatment adviser to meet opt-out "
                        "referral volumes.",
                 lead="Public Health Midwife / Maternity Matron (Community)", orig=D(2025, 12, 31),
                 rev=None, progress="Post advertised October 2025.", prev="G", cur="G",
                 exp_lead=["Public Health Midwife", "Maternity Matron (Community)"],
                 exp_end="2025-12"),
        ]),
    ]),
    ("Element 2: Fetal growth restriction", [
        ("2.1 Risk assessment for fetal growth restriction at booking and at 20 weeks, with aspirin "
         "offered where indicated", [
            dict(ref="2.1",
                 action="Audit aspirin prescribing for women identified as high risk at booking and "
                        "share the results at the Perinatal Quality Surveillance meeting.",
                 lead="Consultant Obstetrician (Fetal Medicine)", orig="Quarterly", rev=None,
                 progress="Q1 audit 86% compliant; Q2 audit in progress.", prev="A", cur="A",
                 exp_lead=["Consultant Obstetrician (Fetal Medicine)"], exp_end=None,
                 exp_end_text="Quarterly"),
        ]),
        ("2.2 Serial ultrasound surveillance from 32 weeks for women at high risk", [
            dict(ref="2.2a",
                 action="Increase third-trimester scan capacity by two sonography lists a week at "
                        "West Cornwall Hospital.",
                 lead="Imaging Services Manager", orig=D(2025, 6, 30), rev=D(2026, 1, 31),
                 progress="Sonographer vacancy filled; additional lists start January 2026.",
                 prev="R", cur="A", exp_lead=["Imaging Services Manager"], exp_end="2026-01"),
            dict(ref="2.2b",
                 action="Introduce customised growth charts across all antenatal clinics.",
                 lead="Antenatal Clinic Manager; Digital Midwife", orig=D(2025, 9, 30), rev=None,
                 progress="Live in all clinics from 15 September 2025.", prev="G", cur="B",
                 exp_lead=["Antenatal Clinic Manager", "Digital Midwife"], exp_end="2025-09"),
        ]),
    ]),
    ("Element 3: Raising awareness of reduced fetal movements", [
        ("3.1 Information on fetal movements given to all women by 24 weeks", [
            dict(ref="3.1",
                 action="Translate the reduced fetal movements leaflet into the five most requested "
                        "languages and add it to the maternity app.",
                 lead="Patient Experience Midwife", orig=D(2025, 7, 31), rev=None,
                 progress="Available in Polish, Romanian, Portuguese, Arabic and Ukrainian.",
                 prev="G", cur="B", exp_lead=["Patient Experience Midwife"], exp_end="2025-07"),
        ]),
    ]),
    ("Element 4: Effective fetal monitoring during labour", [
        ("4.1 Annual fetal monitoring training and competency assessment for all staff who care "
         "for women in labour", [
            dict(ref="4.1",
                 action="Achieve and sustain 90% compliance with the annual fetal monitoring "
                        "training day for midwives and obstetricians.",
                 lead="Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician",
                 orig="Q4 2025/26", rev=None,
                 progress="Midwives 93%, obstetricians 84% at the end of September.",
                 prev="A", cur="A",
                 exp_lead=["Fetal Monitoring Lead Midwife", "Fetal Monitoring Lead Obstetrician"],
                 exp_end="2026-03", exp_end_text="Q4 2025/26"),
        ]),
        ("4.2 Hourly structured \u2018fresh eyes\u2019 review of intrapartum risk and CTG", [
            dict(ref="4.2",
                 action="Audit 20 sets of notes a month for documented hourly fresh eyes reviews and "
                        "feed back to staff through the safety huddle.",
                 lead="Intrapartum Matron", orig="Monthly", rev=None,
                 progress="Compliance 88% in September.", prev="G", cur="G",
                 exp_lead=["Intrapartum Matron"], exp_end=None, exp_end_text="Monthly"),
        ]),
    ]),
    ("Element 5: Reducing preterm birth", [
        ("5.1 Women at increased risk of preterm birth seen in a dedicated preterm birth clinic", [
            dict(ref="5.1",
                 action="Establish a consultant-led preterm birth clinic with transvaginal cervical "
                        "length scanning.",
                 lead="Consultant Obstetrician (Preterm Birth Lead)", orig=D(2025, 4, 30),
                 rev=D(2025, 10, 31),
                 progress="Clinic running fortnightly since 7 October 2025.", prev="R", cur="B",
                 exp_lead=["Consultant Obstetrician (Preterm Birth Lead)"], exp_end="2025-10"),
        ]),
    ]),
    ("Element 6: Management of pre-existing diabetes in pregnancy", [
        ("6.1 Women with Type 1 diabetes offered continuous glucose monitoring", [
            dict(ref="6.1",
                 action="Agree the funding route for continuous glucose monitoring for all pregnant "
                        "women with Type 1 diabetes with the ICB.",
                 lead="Diabetes Specialist Midwife; Consultant Diabetologist", orig=D(2025, 6, 30),
                 rev=D(2025, 12, 31),
                 progress="Business case with NHS Cornwall and Isles of Scilly ICB; decision "
                          "expected in December.",
                 prev="A", cur="A",
                 exp_lead=["Diabetes Specialist Midwife", "Consultant Diabetologist"],
                 exp_end="2025-12"),
        ]),
        ("6.2 Joint diabetes and antenatal care for women with pre-existing diabetes", [
            dict(ref="6.2",
                 action="Add a second monthly joint diabetes antenatal clinic at West Cornwall "
                        "Hospital.",
                 lead="Maternity Matron (Outpatients)", orig=D(2025, 9, 30), rev=None,
                 progress="Not started \u2013 no consultant diabetologist capacity; escalated to the "
                          "maternity risk register.",
                 prev="A", cur="R", exp_lead=["Maternity Matron (Outpatients)"], exp_end="2025-09"),
        ]),
    ]),
]
SBL_STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_sbl():
    wb = openpyxl.Workbook()
    # Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Royal Cornwall Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = SBL_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ctrl = [("Document owner", "Director of Midwifery"),
            ("Executive lead", "Chief Nursing Officer"),
            ("Reporting route", "Maternity and Neonatal Safety Champions \u2192 Quality Assurance "
                                "Committee \u2192 Trust Board; quarterly to Cornwall and Isles of "
                                "Scilly LMNS"),
            ("Version", "2.3"),
            ("Date", D(2025, 10, 31)),
            ("Position", "Quarter 2 2025/26")]
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate(ctrl, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            ws.cell(i, col).border = BOX
    ws["A13"] = "Version history"
    ws["A13"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Summary of changes"], start=1):
        ws.cell(14, j, h).font = Font(bold=True)
    for i, row in enumerate([("1.0", "September 2024", "Baseline gap analysis against SBLv3"),
                             ("2.0", "April 2025", "Year-end update; revised dates agreed with LMNS"),
                             ("2.3", "October 2025", "Q2 update")], start=15):
        for j, v in enumerate(row, start=1):
            ws.cell(i, j, v)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 45

    # Summary (built after counting)
    summ = wb.create_sheet("Summary")

    # Action plan
    ap = wb.create_sheet("Action Plan")
    ap["A1"] = SBL_TITLE
    ap["A1"].font = Font(bold=True, size=13)
    ap["A2"] = "Royal Cornwall Hospitals NHS Trust \u2013 Maternity Services | Position at 31 October 2025"
    heads = ["Ref", "SBLv3 intervention", "Action", "Lead(s)", "Original target date",
             "Revised target date", "Progress update / evidence", "Previous RAG (Q1)",
             "Current RAG (Q2)"]
    widths = [7, 38, 50, 30, 13, 13, 45, 10, 10]
    for j, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ap.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
        ap.column_dimensions[get_column_letter(j)].width = w
    ap.freeze_panes = "A5"
    r = 5
    counts = {}
    for element, interventions in SBL:
        ap.cell(r, 1, element).font = Font(bold=True)
        ap.cell(r, 1).fill = fill("BDD7EE")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        counts[element] = {"B": 0, "G": 0, "A": 0, "R": 0}
        for intervention, acts in interventions:
            first = r
            for a in acts:
                vals = [a["ref"], None, a["action"], a["lead"], a["orig"], a["rev"], a["progress"],
                        a["prev"], a["cur"]]
                for j, v in enumerate(vals, start=1):
                    c = ap.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, code in ((8, a["prev"]), (9, a["cur"])):
                    ap.cell(r, j).fill = fill(RAG_HEX[code])
                    ap.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                counts[element][a["cur"]] += 1
                r += 1
            ap.cell(first, 2, intervention).alignment = WRAP
            if r - 1 > first:
                ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ap.cell(r, 1, "Notes: RAG ratings are agreed at the monthly Perinatal Quality Surveillance "
                  "meeting. Where a revised target date has been agreed with the LMNS it replaces the "
                  "original date for reporting. Evidence for completed actions is held in the SBLv3 "
                  "evidence folder.")
    ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ap.cell(r, 1).alignment = WRAP
    ap.row_dimensions[r].height = 30

    # Summary sheet content
    summ["A1"] = "Summary of current RAG by element \u2013 Quarter 2 2025/26"
    summ["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Element", "Actions", "Blue", "Green", "Amber", "Red"], start=1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    rr = 4
    tot = [0, 0, 0, 0, 0]
    for element, _ in SBL:
        cn = counts[element]
        row = [element, sum(cn.values()), cn["B"], cn["G"], cn["A"], cn["R"]]
        for j, v in enumerate(row, start=1):
            summ.cell(rr, j, v).border = BOX
        tot = [x + y for x, y in zip(tot, row[1:])]
        rr += 1
    summ.cell(rr, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        summ.cell(rr, j, v).font = Font(bold=True)
    for j, code in zip(range(3, 7), "BGAR"):
        summ.cell(3, j).fill = fill(RAG_HEX[code])
    summ.column_dimensions["A"].width = 58

    # Key
    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([
            ("B", "Complete \u2013 action delivered and evidence submitted to the LMNS"),
            ("G", "On track to deliver by the target date"),
            ("A", "At risk \u2013 mitigation in place"),
            ("R", "Off track or overdue \u2013 escalated to the Maternity and Neonatal Safety Champions")],
            start=2):
        key.cell(i, 1, code).fill = fill(RAG_HEX[code])
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, SBL_FILE))


def sbl_expected():
    out = []
    for element, interventions in SBL:
        for intervention, acts in interventions:
            for a in acts:
                out.append(dict(ref=a["ref"], under=[element, intervention], action=a["action"],
                                lead=a["exp_lead"], end=a["exp_end"], end_text=a.get("exp_end_text"),
                                status=SBL_STATUS[a["cur"]]))
    return out


# ==========================================================================
# 4. Burnley Borough Council - Strategic Risk Register Q2 2025/26 (xlsx)
# ==========================================================================
BBC_FILE = "nj2-burnley-bc-strategic-risk-register-q2-2025-26.xlsx"
BBC_TITLE = "Strategic Risk Register \u2013 Quarter 2 2025/26"
BBC = [
    dict(risk="SR1 \u2013 Financial sustainability",
         desc="Cause: continued pressure on temporary accommodation, pay and energy costs and "
              "uncertainty over the Fair Funding Review.\nConsequence: the council cannot set a "
              "balanced budget for 2026/27 without unplanned use of reserves.",
         owner="Head of Finance and Property", q1="16 (4x4)", q2="16 (4x4)", dot="\u2194", acts=[
            dict(ref="1.1", action="Identify and approve savings of \u00a31.2m to close the 2026/27 "
                                   "budget gap.",
                 lead="Head of Finance and Property", due=D(2026, 2, 28),
                 progress="\u00a30.7m of savings proposals identified; further proposals to the "
                          "Executive in December.",
                 status="Amber", exp_lead=["Head of Finance and Property"], exp_end="2026-02",
                 exp_status="amber"),
            dict(ref="1.2", action="Review the capital programme and reprofile schemes that are not "
                                   "yet contractually committed.",
                 lead="Head of Finance and Property / Capital Programme Manager", due=D(2025, 12, 31),
                 progress="Review under way with scheme sponsors.", status="Green",
                 exp_lead=["Head of Finance and Property", "Capital Programme Manager"],
                 exp_end="2025-12", exp_status="green"),
            dict(ref="1.3", action="Report monthly budget monitoring to the Management Team.",
                 lead="Finance Manager", due="Monthly", progress="In place.", status="Green",
                 exp_lead=["Finance Manager"], exp_end=None, exp_end_text="Monthly",
                 exp_status="green"),
        ]),
    dict(risk="SR2 \u2013 Town centre regeneration delivery",
         desc="Cause: construction inflation and weak leisure and retail demand.\nConsequence: "
              "regeneration schemes are delayed or fail to achieve the income assumed in the "
              "budget.",
         owner="Strategic Head of Economy & Growth", q1="15 (3x5)", q2="12 (3x4)", dot="\u2193", acts=[
            dict(ref="2.1", action="Secure tenants for the remaining vacant units in the town centre "
                                   "leisure scheme.",
                 lead="Strategic Head of Economy & Growth", due="Q4 2025/26",
                 progress="Two of the four units are under offer.", status="Amber",
                 exp_lead=["Strategic Head of Economy & Growth"], exp_end="2026-03",
                 exp_end_text="Q4 2025/26", exp_status="amber"),
            dict(ref="2.2", action="Submit the Levelling Up Fund final claim and outcome report to "
                                   "MHCLG.",
                 lead="Regeneration Programme Manager", due=D(2025, 9, 30),
                 progress="Submitted 26 September 2025.", status="Complete",
                 exp_lead=["Regeneration Programme Manager"], exp_end="2025-09", exp_status="blue"),
        ]),
    dict(risk="SR3 \u2013 Cyber security and ICT resilience",
         desc="Cause: increasing ransomware attacks on local authorities and reliance on legacy "
              "systems.\nConsequence: loss of systems and data, inability to deliver services and "
              "reputational damage.",
         owner="Head of Policy & Engagement", q1="16 (4x4)", q2="16 (4x4)", dot="\u2194", acts=[
            dict(ref="3.1", action="Complete the Cyber Assessment Framework self-assessment and agree "
                                   "an improvement plan.",
                 lead="ICT Manager; Information Governance Officer", due=D(2025, 11, 30),
                 progress="Self-assessment 80% complete.", status="Green",
                 exp_lead=["ICT Manager", "Information Governance Officer"], exp_end="2025-11",
                 exp_status="green"),
            dict(ref="3.2", action="Run a ransomware business continuity exercise with the "
                                   "Management Team.",
                 lead="Emergency Planning Officer", due=D(2026, 1, 31),
                 progress="Exercise scenario being prepared with the Lancashire Resilience Forum.",
                 status="Green", exp_lead=["Emergency Planning Officer"], exp_end="2026-01",
                 exp_status="green"),
        ]),
    dict(risk="SR4 \u2013 Workforce capacity and recruitment",
         desc="Cause: national shortages in planning, environmental health and legal "
              "professions.\nConsequence: statutory services cannot be delivered to the required "
              "standard.",
         owner="Head of People and Development", q1="12 (3x4)", q2="12 (3x4)", dot="\u2194", acts=[
            dict(ref="4.1", action="Implement the workforce plan actions on apprenticeships and "
                                   "grow-your-own posts in planning and environmental health.",
                 lead="Head of People and Development", due=D(2026, 3, 31),
                 progress="Three apprentices appointed in planning.", status="Green",
                 exp_lead=["Head of People and Development"], exp_end="2026-03",
                 exp_status="green"),
        ]),
    dict(risk="SR5 \u2013 Local government reorganisation",
         desc="Cause: the government invitation to Lancashire councils to propose unitary "
              "structures.\nConsequence: management capacity diverted from service delivery; "
              "uncertainty for staff and partners.",
         owner="Chief Executive", q1="12 (4x3)", q2="16 (4x4)", dot="\u2191", acts=[
            dict(ref="5.1", action="Contribute to the Lancashire reorganisation proposal and report "
                                   "the council\u2019s position to Full Council.",
                 lead="Chief Executive", due=D(2025, 11, 28),
                 progress="Options appraisal considered by Full Council on 24 September 2025; final "
                          "proposal due 28 November 2025.",
                 status="Green", exp_lead=["Chief Executive"], exp_end="2025-11",
                 exp_status="green"),
            dict(ref="5.2", action="Maintain a register of contracts and assets that would transfer "
                                   "under reorganisation.",
                 lead="Head of Legal and Democratic Services", due="Ongoing",
                 progress="Register started; 60% of contracts logged.", status="Amber",
                 exp_lead=["Head of Legal and Democratic Services"], exp_end=None,
                 exp_end_text="Ongoing", exp_status="amber"),
        ]),
    dict(risk="SR6 \u2013 Housing need and temporary accommodation",
         desc="Cause: rising homelessness presentations and a shortage of affordable "
              "lets.\nConsequence: increased use of bed and breakfast accommodation and "
              "overspend.",
         owner="Head of Housing and Development Control", q1="16 (4x4)", q2="20 (4x5)", dot="\u2191",
         acts=[
            dict(ref="6.1", action="Lease 12 additional units of temporary accommodation to reduce the "
                                   "use of bed and breakfast.",
                 lead="Housing Needs Manager", due=D(2026, 3, 31),
                 progress="Only two units secured; bed and breakfast spend \u00a386k over budget at "
                          "Q2.",
                 status="Red", exp_lead=["Housing Needs Manager"], exp_end="2026-03",
                 exp_status="red"),
        ]),
]


def build_bbc():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Burnley Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = BBC_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Position at 30 September 2025 \u2013 reported to Audit and Standards Committee, "
                "13 November 2025")
    for j, h in enumerate(["Risk", "Risk owner", "Q1 score", "Q2 score", "Direction of travel"],
                          start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("D9E1F2")
    r = 6
    for rk in BBC:
        for j, v in enumerate([rk["risk"], rk["owner"], rk["q1"], rk["q2"], rk["dot"]], start=1):
            ws.cell(r, j, v).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Risks scoring 15 or more (red)").font = Font(bold=True)
    ws.cell(r, 2, sum(1 for rk in BBC if int(rk["q2"].split()[0]) >= 15))
    ws.cell(r + 1, 1, "Risks scoring 8 to 12 (amber)").font = Font(bold=True)
    ws.cell(r + 1, 2, sum(1 for rk in BBC if 8 <= int(rk["q2"].split()[0]) <= 12))
    ws.cell(r + 2, 1, "Total strategic risks").font = Font(bold=True)
    ws.cell(r + 2, 2, len(BBC))
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 40

    reg = wb.create_sheet("Strategic Risk Register")
    reg["A1"] = BBC_TITLE
    reg["A1"].font = Font(bold=True, size=13)
    reg["A2"] = "Burnley Borough Council"
    heads = ["Risk", "Risk description (cause / consequence)", "Risk owner",
             "Current score (L x I)", "Direction of travel", "Action ref", "Mitigating action",
             "Action owner", "Target date", "Progress at Q2", "Status"]
    widths = [26, 45, 22, 11, 10, 8, 45, 28, 12, 40, 10]
    for j, (h, w) in enumerate(zip(heads, widths), start=1):
        c = reg.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
        reg.column_dimensions[get_column_letter(j)].width = w
    reg.freeze_panes = "A5"
    r = 5
    for rk in BBC:
        first = r
        for a in rk["acts"]:
            vals = [a["ref"], a["action"], a["lead"], a["due"], a["progress"], a["status"]]
            for j, v in enumerate(vals, start=6):
                c = reg.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            code = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}[a["status"]]
            reg.cell(r, 11).fill = fill(RAG_HEX[code])
            r += 1
        for j, v in enumerate([rk["risk"], rk["desc"], rk["owner"], rk["q2"], rk["dot"]], start=1):
            c = reg.cell(first, j, v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > first:
                reg.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        reg.cell(first, 1).font = Font(bold=True)
        sc = int(rk["q2"].split()[0])
        reg.cell(first, 4).fill = fill("FF0000" if sc >= 15 else "FFC000")
    r += 1
    reg.cell(r, 1, "Direction of travel: \u2191 risk increasing, \u2194 no change, \u2193 risk "
                   "reducing. Scores are Likelihood x Impact on a 5 x 5 matrix (see the Scoring "
                   "Matrix tab).")
    reg.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact \u2192 / Likelihood \u2193"
    for i in range(1, 6):
        mx.cell(3, i + 1, i).font = Font(bold=True)
        mx.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for k in range(1, 6):
            s = (6 - i) * k
            c = mx.cell(3 + i, k + 1, s)
            c.fill = fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "00B050")
            c.border = BOX
    mx["A10"] = "Red 15\u201325: Executive Management Team oversight; Amber 8\u201312: Head of " \
                "Service oversight; Green 1\u20136: managed within service."
    wb.save(os.path.join(HERE, BBC_FILE))


def bbc_expected():
    out = []
    for rk in BBC:
        for a in rk["acts"]:
            out.append(dict(ref=a["ref"], under=[rk["risk"]], action=a["action"], lead=a["exp_lead"],
                            end=a["exp_end"], end_text=a.get("exp_end_text"), status=a["exp_status"]))
    return out


# ==========================================================================
# 5. Lincolnshire Partnership NHS FT - SAR Adult M single agency action plan (xlsx)
# ==========================================================================
LPFT_FILE = "nj2-lincolnshire-partnership-nhsft-sar-adult-m-single-agency-action-plan.xlsx"
LPFT_TITLE = "Safeguarding Adults Review \u2013 Adult M: Single Agency Action Plan"
LPFT = [
    ("Theme 1: Self-neglect and disengagement from services", [
        ("LSAB Recommendation 1: Agencies should use the Lincolnshire self-neglect and hoarding "
         "guidance to escalate concerns where an adult repeatedly declines support.", [
            dict(ref="1.1",
                 action="Incorporate the Lincolnshire self-neglect and hoarding guidance into Level 3 "
                        "safeguarding adults training.",
                 outcome="Training materials updated; attendance reported to the Safeguarding "
                         "Committee.",
                 lead="Named Nurse Safeguarding Adults", when=D(2024, 8, 31),
                 progress="Included in training from the September 2024 cohort.", rag="B",
                 exp_lead=["Named Nurse Safeguarding Adults"], exp_end="2024-08", exp_status="blue"),
            dict(ref="1.2",
                 action="Audit 20 community mental health team records of adults who decline support "
                        "to test escalation in line with the guidance.",
                 outcome="Audit report to the Safeguarding Committee with re-audit if compliance is "
                         "below 80%.",
                 lead="Head of Safeguarding; Clinical Audit Facilitator",
                 when="Sept 2025 \u2013 March 2026",
                 progress="Audit tool agreed; fieldwork started in September.", rag="G",
                 exp_lead=["Head of Safeguarding", "Clinical Audit Facilitator"], exp_end="2026-03",
                 exp_end_text="Sept 2025 \u2013 March 2026", exp_status="green"),
        ]),
        ("LSAB Recommendation 2: Agencies should assure the Board that \u2018was not brought\u2019 "
         "and \u2018did not attend\u2019 policies for adults take account of the person\u2019s care "
         "and support needs before discharge from a service.", [
            dict(ref="2.1",
                 action="Review the Trust\u2019s Did Not Attend / Was Not Brought policy so that "
                        "discharge for non-attendance requires a documented risk review.",
                 outcome="Revised policy ratified and published on the intranet.",
                 lead="Associate Director of Nursing (Adult Community)", when="Jun-25",
                 progress="Policy ratified by the Policy Approval Group on 12 June 2025.", rag="B",
                 exp_lead=["Associate Director of Nursing (Adult Community)"], exp_end="2025-06",
                 exp_status="blue"),
        ]),
    ]),
    ("Theme 2: Mental capacity and executive functioning", [
        ("LSAB Recommendation 3: Practitioners should consider executive functioning when assessing "
         "mental capacity for decisions about self-care and accommodation.", [
            dict(ref="3.1",
                 action="Add executive functioning prompts to the Trust\u2019s mental capacity "
                        "assessment form on SystmOne.",
                 outcome="Form change live; MCA audit shows prompts completed.",
                 lead="MCA Lead / Digital Clinical Safety Officer", when=D(2025, 3, 31),
                 progress="Form change delayed by the SystmOne upgrade; new date to be agreed with "
                          "the Digital team.",
                 rag="A", exp_lead=["MCA Lead", "Digital Clinical Safety Officer"],
                 exp_end="2025-03", exp_status="amber"),
            dict(ref="3.2",
                 action="Deliver a lunchtime learning session on executive functioning and capacity "
                        "for community and inpatient staff.",
                 outcome="Session delivered and recording available on the intranet.",
                 lead="MCA Lead", when="Oct-25",
                 progress="Session booked for 15 October 2025.", rag="G",
                 exp_lead=["MCA Lead"], exp_end="2025-10", exp_status="green"),
        ]),
        ("LSAB Recommendation 4: Agencies should ensure that a carer\u2019s assessment is offered "
         "when a family member is providing significant support to an adult who self-neglects.", [
            dict(ref="4.1",
                 action="Include a prompt to offer a carer\u2019s assessment in the CMHT care "
                        "coordination review template.",
                 outcome="Template updated; carers\u2019 assessment offers recorded.",
                 lead="Carers Lead", when="TBC",
                 progress="New action added following the LSAB challenge event in September 2025.",
                 rag="", exp_lead=["Carers Lead"], exp_end=None, exp_end_text="TBC",
                 exp_status="unrated"),
        ]),
    ]),
    ("Theme 3: Multi-agency working and information sharing", [
        ("LSAB Recommendation 5: Agencies should use multi-agency risk management meetings when "
         "risks to an adult who is self-neglecting are escalating.", [
            dict(ref="5.1",
                 action="Ensure LPFT attends every multi-agency risk management meeting for a shared "
                        "patient and records the outcome in the care plan.",
                 outcome="Attendance log reviewed quarterly by the Safeguarding Team.",
                 lead="Service Manager (Adult Community Mental Health)", when="Ongoing",
                 progress="LPFT attended all 9 meetings held in Q1 and Q2.", rag="G",
                 exp_lead=["Service Manager (Adult Community Mental Health)"], exp_end=None,
                 exp_end_text="Ongoing", exp_status="green"),
        ]),
    ]),
]


def build_lpft():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SAR Adult M action plan"
    ws["A1"] = "Lincolnshire Partnership NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=11, color="005EB8")
    ws["A2"] = LPFT_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    info = [("Commissioned by:", "Lincolnshire Safeguarding Adults Board (LSAB)"),
            ("SAR published:", D(2024, 5, 14)),
            ("Plan owner:", "Director of Nursing, AHPs and Quality"),
            ("Monitored by:", "LPFT Safeguarding Committee; LSAB SAR Sub-group"),
            ("Last updated:", D(2025, 9, 30))]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    heads = ["Ref", "LPFT action", "Expected outcome / evidence", "Lead", "Timescale",
             "Progress update", "RAG"]
    widths = [7, 50, 40, 30, 18, 45, 7]
    hr = 10
    for j, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("41B6E6")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = w
    r = hr + 1
    for theme, recs in LPFT:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("003087")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            ws.cell(r, 1, rec).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["outcome"], a["lead"], a["when"], a["progress"],
                        a["rag"] or None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["rag"]:
                    ws.cell(r, 7).fill = fill(RAG_HEX[a["rag"]])
                    ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    r += 1
    ws.cell(r, 1, "RAG key: B = completed and evidenced; G = on track; A = delayed but expected to "
                  "complete; R = off track \u2013 escalated to the Safeguarding Committee; blank = "
                  "not yet rated.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    vc = wb.create_sheet("Version control")
    for j, h in enumerate(["Version", "Date", "Updated by", "Comment"], start=1):
        vc.cell(1, j, h).font = Font(bold=True)
    for i, row in enumerate([
            ("0.1", "June 2024", "Named Nurse Safeguarding Adults", "Draft for Safeguarding Committee"),
            ("1.0", "July 2024", "Head of Safeguarding", "Approved; submitted to LSAB"),
            ("1.4", "March 2025", "Head of Safeguarding", "Q4 update"),
            ("1.6", "September 2025", "Head of Safeguarding",
             "Q2 update; action 4.1 added after LSAB challenge event")], start=2):
        for j, v in enumerate(row, start=1):
            vc.cell(i, j, v)
    vc.column_dimensions["C"].width = 32
    vc.column_dimensions["D"].width = 55
    wb.save(os.path.join(HERE, LPFT_FILE))


def lpft_expected():
    out = []
    for theme, recs in LPFT:
        for rec, acts in recs:
            for a in acts:
                out.append(dict(ref=a["ref"], under=[theme, rec], action=a["action"],
                                lead=a["exp_lead"], end=a["exp_end"], end_text=a.get("exp_end_text"),
                                status=a["exp_status"]))
    return out


# ==========================================================================
# 6. Derbyshire Dales CSP - Community Safety Plan 2025-26 action plan (csv)
# ==========================================================================
DDC_FILE = "nj2-derbyshire-dales-csp-community-safety-plan-2025-26-action-plan.csv"
DDC_TITLE = "Community Safety Plan 2025-26 \u2013 Action Plan"
DDC = [
    ("Priority 1: Anti-social behaviour and rural crime", [
        dict(ref="1.1",
             action="Run a rural crime week of action with the Safer Neighbourhood Team, the Peak "
                    "District National Park Authority and local Farm Watch groups.",
             lead="Derbyshire Constabulary", when="Oct-25",
             update="Week of action planned for 6\u201312 October; publicity issued.", rag="G",
             exp_lead=["Derbyshire Constabulary"], exp_end="2025-10", exp_status="green"),
        dict(ref="1.2",
             action="Consult on a Public Spaces Protection Order to tackle vehicle-related "
                    "anti-social behaviour at Matlock Bath.",
             lead="DDDC Community Safety Officer / Derbyshire Constabulary", when="Mar-26",
             update="Consultation closed 30 September; 412 responses, report to Community and "
                    "Environment Committee in January.",
             rag="G", exp_lead=["DDDC Community Safety Officer", "Derbyshire Constabulary"],
             exp_end="2026-03", exp_status="green"),
        dict(ref="1.3",
             action="Deliver ASB case review (\"Community Trigger\") awareness sessions for town and "
                    "parish councils.",
             lead="DDDC", when="Dec-25", update="Not started \u2013 officer vacancy.", rag="R",
             exp_lead=["DDDC"], exp_end="2025-12", exp_status="red"),
    ]),
    ("Priority 2: Domestic abuse and violence against women and girls", [
        dict(ref="2.1",
             action="Promote the Derbyshire domestic abuse helpline through GP practices, pharmacies "
                    "and libraries across the Dales.",
             lead="Derbyshire County Council; DDDC", when="Quarterly",
             update="Posters and cards distributed to 28 sites.", rag="G",
             exp_lead=["Derbyshire County Council", "DDDC"], exp_end=None,
             exp_end_text="Quarterly", exp_status="green"),
        dict(ref="2.2",
             action="Achieve White Ribbon accreditation for Derbyshire Dales District Council.\n"
                    "Includes staff training and a 16 Days of Action campaign.",
             lead="DDDC Community Safety Officer", when="25/11/2025",
             update="Application submitted August 2025; awaiting assessor feedback.", rag="A",
             exp_lead=["DDDC Community Safety Officer"], exp_end="2025-11", exp_status="amber"),
        dict(ref="2.3",
             action="Complete the DHR action plan actions assigned to the CSP and report progress to "
                    "the county DHR panel.",
             lead="Derbyshire Dales CSP Chair", when="Jul-25",
             update="All CSP actions signed off in July 2025.", rag="Complete",
             exp_lead=["Derbyshire Dales CSP Chair"], exp_end="2025-07", exp_status="blue"),
    ]),
    ("Priority 3: Protecting vulnerable people from exploitation and fraud", [
        dict(ref="3.1",
             action="Deliver scam awareness talks to older people\u2019s groups.",
             lead="Derbyshire County Council Trading Standards", when="Mar-26",
             update="6 talks delivered (143 attendees).", rag="G",
             exp_lead=["Derbyshire County Council Trading Standards"], exp_end="2026-03",
             exp_status="green"),
        dict(ref="3.2",
             action="Map county lines and cuckooing concerns in Matlock, Ashbourne and Wirksworth "
                    "with social housing providers.",
             lead="Derbyshire Constabulary & DDDC Housing", when="Oct 2025 \u2013 Jan 2026",
             update="Information sharing agreement with registered providers signed.", rag="A",
             exp_lead=["Derbyshire Constabulary", "DDDC Housing"], exp_end="2026-01",
             exp_end_text="Oct 2025 \u2013 Jan 2026", exp_status="amber"),
        dict(ref="3.3",
             action="Refresh the Prevent referral pathway briefing for partner front-line staff.",
             lead="Derbyshire County Council Prevent Co-ordinator", when="Jun-25",
             update="Briefing refreshed and circulated June 2025.", rag="Complete",
             exp_lead=["Derbyshire County Council Prevent Co-ordinator"], exp_end="2025-06",
             exp_status="blue"),
    ]),
]


def build_ddc():
    rows = [["Derbyshire Dales Community Safety Partnership", "", "", "", "", "", ""],
            [DDC_TITLE, "", "", "", "", "", ""],
            ["Quarter 2 progress update (July \u2013 September 2025)", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Priority", "Ref", "Action", "Lead partner(s)", "Target date", "Q2 update", "RAG"]]
    n = {"Complete": 0, "G": 0, "A": 0, "R": 0}
    for prio, acts in DDC:
        for i, a in enumerate(acts):
            rows.append([prio if i == 0 else "", a["ref"], a["action"], a["lead"], a["when"],
                         a["update"], a["rag"]])
            n[a["rag"]] += 1
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Summary of RAG status", "", "", "", "", "", ""])
    rows.append(["Complete", str(n["Complete"]), "", "", "", "", ""])
    rows.append(["Green (G)", str(n["G"]), "", "", "", "", ""])
    rows.append(["Amber (A)", str(n["A"]), "", "", "", "", ""])
    rows.append(["Red (R)", str(n["R"]), "", "", "", "", ""])
    rows.append(["Total actions", str(sum(n.values())), "", "", "", "", ""])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Abbreviations: DDDC \u2013 Derbyshire Dales District Council; ASB \u2013 anti-social "
                 "behaviour; DHR \u2013 domestic homicide review.", "", "", "", "", "", ""])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, DDC_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def ddc_expected():
    out = []
    for prio, acts in DDC:
        for a in acts:
            out.append(dict(ref=a["ref"], under=[prio], action=a["action"], lead=a["exp_lead"],
                            end=a["exp_end"], end_text=a.get("exp_end_text"), status=a["exp_status"]))
    return out


# ==========================================================================
# 7. Ashford Borough Council - Transformation Programme highlight report (txt, refuse)
# ==========================================================================
ABC_FILE = "nj2-ashford-bc-transformation-programme-highlight-report-typo-month-refuse.txt"
ABC_TITLE = "Transformation Programme \u2013 Highlight Report"
ABC_TYPO = "0ct-25"
ABC_LINES = [
    "Ashford Borough Council",
    ABC_TITLE,
    "Reporting period: 1\u201331 October 2025",
    "Programme SRO: Chief Executive\tProgramme Manager: Head of Transformation\tOverall status: Amber",
    "",
    "Summary: Two workstreams are reporting amber. The customer portal has slipped by one month and the "
    "office accommodation options report has moved to the January Cabinet.",
    "",
    "Workstream 1: Customer and Digital",
    "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG\tCommentary",
    "CD1\tLaunch the new customer portal with online council tax and benefits forms\tDigital Services "
    "Manager\tSep-25\tNov-25\tA\tSupplier testing over-ran by four weeks.",
    "CD2\tMove the contact centre telephony to the cloud platform\tCustomer Services Manager / ICT "
    "Manager\tDec-25\tDec-25\tG\tCut-over weekend agreed with the supplier.",
    "CD3\tRetire the legacy document management system\tICT Manager\tMar-26\tFeb-26\tG\tData "
    "migration ahead of plan.",
    "",
    "Workstream 2: Property and Assets",
    "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG\tCommentary",
    "PA1\tComplete the office accommodation review and agree the future use of the Civic Centre\tHead "
    "of Property\tJul-25\tJan-26\tA\tOptions report moved to the January Cabinet.",
    "PA2\tDispose of the three surplus sites identified in the asset review\tEstates Manager\tMar-26"
    "\tMar-26\tG\tTwo sites on the market.",
    "",
    "Workstream 3: Organisational Development",
    "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG\tCommentary",
    "OD1\tRoll out the new performance and development review framework to all staff\tHead of HR"
    "\tOct-25\t" + ABC_TYPO + "\tG\tLaunched at the all-staff briefing on 14 October.",
    "OD2\tAgree the hybrid working policy with the recognised trade union\tHead of HR / Head of Legal"
    "\tSep-25\tSep-25\tComplete\tPolicy agreed at the Joint Consultative Committee on 18 September.",
    "",
    "Key: G = on track; A = at risk, recovery plan in place; R = off track, SRO decision needed; "
    "Complete = delivered.",
    "Decisions required from the Programme Board this period: none.",
]


def build_abc():
    with open(os.path.join(HERE, ABC_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(ABC_LINES) + "\n")


def abc_refuse_line():
    for i, line in enumerate(ABC_LINES, start=1):
        if ABC_TYPO in line.split("\t"):
            return i


def main():
    build_dhr()
    build_kch()
    build_sbl()
    build_bbc()
    build_lpft()
    build_ddc()
    build_abc()


if __name__ == "__main__":
    main()
