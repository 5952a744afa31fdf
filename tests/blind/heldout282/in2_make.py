"""Build the seven in2- data files of set heldout282 (partnership, NHS and corporate plans).

Run with the project's Python (openpyxl + python-docx):
    /work/main/.venv/bin/python in2_make.py
"""
import csv
import io
import os
from datetime import date

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "5B9BD5", "70AD47", "FFC000", "FF0000", "D9D9D9"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "Blue": BLUE, "Green": GREEN,
           "Amber": AMBER, "Red": RED, "Complete": BLUE}


# --------------------------------------------------------------------------- helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def fill(hexfill):
    return PatternFill("solid", start_color="FF" + hexfill, end_color="FF" + hexfill)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# =========================================================================== 1. SAR (docx)
SAR_FILE = "in2-central-bedfordshire-sab-sar-george-action-plan.docx"
SAR_TITLE = "Safeguarding Adults Review ‘George’ – Multi-Agency Action Plan"
SAR_THEMES = [
    ("Theme 1: Self-neglect and engagement", [
        ("Recommendation 1: CBSAB should seek assurance that partner agencies use the multi-agency "
         "Self-Neglect and Hoarding Protocol, including the escalation route to a multi-agency risk "
         "management meeting where an adult declines support.", [
            ("1.1", "Relaunch the Self-Neglect and Hoarding Protocol through a 7-minute briefing and "
                    "practitioner webinars, and record attendance by agency.",
             "SAB Business Manager", ["31/01/2025"],
             "Two webinars delivered (November 2024 and January 2025) with 212 attendees from 11 "
             "agencies. 7-minute briefing published on the CBSAB website.", "B"),
            ("1.2", "Undertake a multi-agency audit of 20 self-neglect cases to test use of the protocol "
                    "and of risk management meetings, and report the findings to the Quality and "
                    "Performance Subgroup.",
             "Quality and Performance Subgroup Chair", ["June 2025", "Revised: Sept 2025"],
             "Audit tool agreed. Case selection delayed by the change of adult social care case "
             "management system; audit now scheduled for July 2025.", "A"),
        ]),
    ]),
    ("Theme 2: Mental capacity and executive functioning", [
        ("Recommendation 2: CBSAB should seek assurance that practitioners assess and record mental "
         "capacity in relation to specific decisions, taking account of executive functioning where a "
         "person’s actions repeatedly contradict what they say they will do.", [
            ("2.1", "Commission multi-agency Mental Capacity Act training that includes a module on "
                    "executive functioning, using case studies drawn from this review.",
             "SAB Training and Development Lead / Principal Social Worker", ["31/03/2025"],
             "Training commissioned from an external provider; four sessions delivered in February "
             "and March 2025 (146 attendees).", "B"),
            ("2.2", "Add an executive functioning prompt to the adult social care mental capacity "
                    "assessment template and to the ELFT community mental health template.",
             "Principal Social Worker; ELFT Named Professional for Safeguarding Adults",
             ["September 2025"],
             "Adult social care template revised and live from 1 April 2025. ELFT change request "
             "submitted to the digital change board.", "G"),
        ]),
    ]),
    ("Theme 3: Information sharing and working together", [
        ("Recommendation 3: CBSAB should seek assurance that GP practices and community health "
         "services follow up repeated non-attendance by adults with care and support needs and share "
         "their concerns with the wider professional network.", [
            ("3.1", "Review the Was Not Brought / Did Not Attend policy for adults and issue it to all "
                    "primary care and community health providers in Bedfordshire, Luton and Milton "
                    "Keynes.",
             "Designated Nurse for Safeguarding Adults (BLMK ICB)", ["Q1 2025/26"],
             "Draft policy out for consultation with GP safeguarding leads; consultation closes 30 "
             "May 2025.", "G"),
            ("3.2", "Include self-neglect and non-engagement in the primary care safeguarding leads’ "
                    "forum programme for 2025/26.",
             "Named GP for Safeguarding Adults", ["Ongoing"],
             "Standing agenda item agreed from April 2025.", "G"),
        ]),
        ("Recommendation 4: CBSAB should evaluate the impact of the learning from this review within "
         "12 months of publication.", [
            ("4.1", "Run a practitioner survey and a follow-up learning event to test whether practice "
                    "has changed, and present an impact report to the Board.",
             "SAB Business Manager", ["October 2025"],
             "Not yet started – scheduled for Q2 2025/26.", ""),
        ]),
    ]),
]


def make_sar():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Central Bedfordshire Safeguarding Adults Board"
    sec.footer.paragraphs[0].text = "OFFICIAL – CBSAB SAR ‘George’ action plan v1.2"
    doc.add_paragraph(SAR_TITLE, style="Title")
    doc.add_paragraph("Central Bedfordshire Safeguarding Adults Board (CBSAB)  |  SAR commissioned: "
                      "June 2023  |  Overview report published: 9 October 2024")
    doc.add_paragraph("This plan sets out the Board’s response to the four recommendations made by the "
                      "independent reviewer. Progress is monitored by the SAR and Learning Subgroup and "
                      "reported to the Board each quarter.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "14/10/2024", "SAB Business Manager", "First draft following publication"),
                ("1.1", "16/01/2025", "SAB Business Manager", "Q3 updates from partners"),
                ("1.2", "10/04/2025", "SAB Business Unit", "Q4 updates; actions 1.1 and 2.1 complete")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, meaning in [("B", "Blue – action complete and evidence of impact provided"),
                       ("G", "Green – on track to be completed by the target date"),
                       ("A", "Amber – some slippage; revised date agreed by the subgroup"),
                       ("R", "Red – not progressing or at risk; escalated to the Board")]:
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], RAGFILL[k])
        cells[1].text = meaning

    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update (April 2025)", "RAG"]
    for theme, recs in SAR_THEMES:
        doc.add_heading(theme, level=1)
        for rec, actions in recs:
            t = doc.add_table(rows=2, cols=len(hdr))
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
            top.text = rec
            shade(top, GREY)
            bold_row(t.rows[0])
            for c, h in zip(t.rows[1].cells, hdr):
                c.text = h
            bold_row(t.rows[1])
            for ref, act, lead, target, progress, rag in actions:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = act
                cells[2].text = lead
                cells[3].text = target[0]
                for extra in target[1:]:
                    cells[3].add_paragraph(extra)
                cells[4].text = progress
                cells[5].text = rag
                if rag:
                    shade(cells[5], RAGFILL[rag])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_paragraph()

    doc.add_paragraph("Note: actions rated Blue are removed from the plan once the SAR and Learning "
                      "Subgroup has confirmed the evidence of impact.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Signed off by", "Role", "Date"]):
        c.text = v
    for c, v in zip(t.rows[1].cells, ["Fran Pearson", "Independent Chair, CBSAB", "24/04/2025"]):
        c.text = v
    doc.save(os.path.join(HERE, SAR_FILE))


# =========================================================================== 2. DHR (csv, refuse)
DHR_FILE = "in2-bedford-borough-csp-dhr-kirsty-action-plan-typo-month-refuse.csv"
DHR_TITLE = "Domestic Homicide Review ‘Kirsty’ – Action Plan"
DHR_HEADER = ["Ref", "Recommendation", "Scope (local / regional / national)", "Action to take",
              "Lead agency", "Key milestones", "Target date", "Completion date and outcome", "Status"]
DHR_ROWS = [
    ["1.1", "Bedford Borough CSP to assure itself that agencies routinely ask about domestic abuse when "
            "an adult discloses controlling behaviour by a partner or family member.", "Local",
     "Issue a learning briefing on coercive control and routine enquiry to all CSP partner agencies.",
     "Bedford Borough Council – Domestic Abuse Partnership Manager",
     "Briefing drafted and agreed by the DHR panel", "31/03/2025",
     "Completed 20/03/2025 – briefing circulated to 34 agencies", "Complete"],
    ["1.2", "", "Local",
     "Audit a sample of 25 adult safeguarding concerns to test whether routine enquiry took place.",
     "Bedford Borough Council – Adult Social Care", "Audit tool agreed", "30/06/2025", "",
     "In progress"],
    ["2.1", "East of England Ambulance Service to review how crews record and share concerns about "
            "domestic abuse when attending repeat calls to the same address.", "Regional",
     "Add a domestic abuse prompt to the electronic patient care record for repeat attendances.",
     "East of England Ambulance Service NHS Trust", "Change request submitted", "31/07/2025", "",
     "In progress"],
    ["2.2", "", "Regional",
     "Deliver refresher safeguarding training on domestic abuse to Bedford station crews.",
     "East of England Ambulance Service NHS Trust", "", "31/10/2025", "", "Not started"],
    ["3.1", "Bedfordshire Police to ensure that DASH risk assessments are completed and reviewed by a "
            "supervisor for all domestic incidents involving older victims.", "Local",
     "Dip-sample DASH risk assessments for victims aged 60 and over and report findings to the CSP.",
     "Bedfordshire Police – Public Protection Unit", "Dip sample of 50 cases completed",
     "31/05/2025", "Completed 28/05/2025 – 82% compliance; re-audit agreed", "Complete"],
    ["3.2", "", "Local",
     "Brief response officers on the specific risks to older victims of domestic abuse.",
     "Bedfordshire Police – Public Protection Unit", "", "Septmber 2025", "", "In progress"],
    ["4.1", "BLMK ICB to ensure GP practices are able to identify and respond to domestic abuse in "
            "older patients through IRIS or an equivalent programme.", "Local",
     "Extend the IRIS programme to the remaining 9 GP practices in Bedford Borough.",
     "BLMK Integrated Care Board", "Funding agreed for 2025/26", "31/03/2026", "", "In progress"],
    ["4.2", "", "Local",
     "Report IRIS referral numbers by practice to the Domestic Abuse Partnership Board quarterly.",
     "BLMK Integrated Care Board", "", "Quarterly", "", "In progress"],
]


def make_dhr():
    n = len(DHR_HEADER)
    blank = [""] * (n - 1)
    rows = [["Bedford Borough Community Safety Partnership"] + blank,
            [DHR_TITLE] + blank,
            ["Tracker export: 12/05/2025"] + blank,
            [""] * n,
            DHR_HEADER] + DHR_ROWS + [
            [""] * n,
            ["Status key: Complete / In progress / Not started / Overdue"] + blank]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, DHR_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =========================================================================== 3. CSP plan (txt)
CSP_FILE = "in2-newcastle-under-lyme-csp-partnership-plan-2025-26-delivery-plan.txt"
CSP_TITLE = "Partnership Plan 2025-26: Delivery Plan"
CSP_HEADER = ["Ref", "What we will do", "Lead", "Supporting partners", "By when", "Q2 update", "RAG"]
CSP_PRIORITIES = [
    ("Priority 1: Anti-social behaviour and neighbourhood crime", [
        ["1.1", "Hold monthly ASB case review meetings to agree joint problem-solving plans for repeat "
                "locations and repeat victims.", "NuLBC Community Safety Manager",
         "Staffordshire Police; Aspire Housing", "Monthly",
         "Six meetings held April–September; 14 cases managed, 9 closed.", "G"],
        ["1.2", "Deliver a summer diversionary activity programme for young people in Kidsgrove, "
                "Chesterton and Knutton.", "NuLBC Leisure and Cultural Services Manager",
         "Newcastle Youth Partnership; Staffordshire Fire and Rescue Service", "Sept 2025",
         "Programme delivered July–August; 640 attendances. ASB reports in the three areas down 18% "
         "on summer 2024.", "Complete"],
        ["1.3", "Renew the town centre Public Spaces Protection Order following public consultation.",
         "NuLBC Head of Regulatory Services", "Staffordshire Police", "By 31 January 2026",
         "Consultation closed 30 September; report to Cabinet moved to December 2025.", "A"],
    ]),
    ("Priority 2: Violence against women and girls and domestic abuse", [
        ["2.1", "Roll out ‘Ask for Angela’ and Safer Nights training to all licensed premises in the "
                "borough.", "NuLBC Licensing Manager / Staffordshire Police Licensing Officer",
         "Newcastle Pubwatch", "Mar-26", "41 of 76 premises trained.", "G"],
        ["2.2", "Deliver domestic abuse awareness sessions for council and housing frontline staff, "
                "including repairs operatives.",
         "NuLBC Domestic Abuse Coordinator & Aspire Housing Safeguarding Lead", "New Era",
         "Q3 2025/26", "Two of four sessions delivered; remaining dates set for November.", "G"],
        ["2.3", "Publish the findings of the women’s safety survey and agree actions for the night-time "
                "economy.", "Staffordshire Commissioner’s Office", "NuLBC; Keele University",
         "Dec-25", "Response rate low (212 responses); further engagement planned before "
                   "publication.", "R"],
    ]),
    ("Priority 3: Serious violence and exploitation", [
        ["3.1", "Deliver the Serious Violence Duty local action plan, including knife crime awareness "
                "sessions in every secondary school.", "Newcastle LPT Commander",
         "Schools; Staffordshire Fire and Rescue Service", "July 2026",
         "Sessions delivered in 5 of 9 secondary schools.", "G"],
        ["3.2", "Map locations linked to county lines and child criminal exploitation and share the "
                "problem profile with partners.", "Staffordshire Police Intelligence Lead",
         "NuLBC; Catch22", "Aug-25", "Problem profile shared at the August Board.", "Complete"],
        ["3.3", "Review the partnership response to cuckooing, including a referral pathway for "
                "tenants at risk.", "Aspire Housing Tenancy Sustainment Manager",
         "Staffordshire Police; NuLBC Housing Advice", "Ongoing",
         "Draft pathway discussed at the September practitioner group; sign-off awaited.", "A"],
    ]),
]


def make_csp():
    lines = ["Newcastle-under-Lyme Community Safety Partnership",
             CSP_TITLE,
             "Quarter 2 progress update (July – September 2025), reported to the Safer Newcastle "
             "Partnership Board on 21 October 2025",
             "",
             "\t".join(CSP_HEADER)]
    for pri, rows in CSP_PRIORITIES:
        lines.append("")
        lines.append(pri)
        for r in rows:
            lines.append("\t".join(r))
    lines += ["",
              "RAG: G = on track; A = at risk of slippage; R = off track; Complete = action delivered",
              "Q3 updates to the Community Safety Team by 9 January 2026."]
    with open(os.path.join(HERE, CSP_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# =========================================================================== 4. Board action log (docx)
NBT_FILE = "in2-north-bristol-nhs-trust-board-public-action-log.docx"
NBT_TITLE = "Trust Board (Public) – Action Log"
NBT_MEETINGS = [
    ("Actions from the meeting held on 28 November 2024", [
        ("TB/24/31", "TB/24/147", "Provide the Board with a breakdown of the cost improvement "
         "programme by division, showing recurrent and non-recurrent savings.",
         "Chief Finance Officer", "January 2025", "",
         "Included in the Finance Report to the January Board.", "Blue"),
        ("TB/24/32", "TB/24/151", "Bring the findings of the Maternity and Neonatal Voices Partnership "
         "survey to a Board development session.",
         "Chief Nursing Officer / Director of Midwifery", "March 2025", "July 2025",
         "Rescheduled to July so that the CQC maternity survey results can be included.", "Amber"),
    ]),
    ("Actions from the meeting held on 30 January 2025", [
        ("TB/25/01", "TB/25/008", "Report on progress against the urgent and emergency care plan, "
         "including ambulance handover times at Southmead Hospital.",
         "Chief Operating Officer", "March 2025", "", "Presented to the March Board.", "Blue"),
        ("TB/25/02", "TB/25/012", "Circulate the Freedom to Speak Up annual themes report to Board "
         "members.", "Director of People and Transformation", "February 2025", "",
         "Not yet circulated; awaiting the Guardian’s final report.", "Red"),
        ("TB/25/03", "TB/25/015", "Review the Board Assurance Framework risk scores for digital and "
         "estates with the Audit and Risk Committee.",
         "Director of Corporate Governance; Chief Digital Information Officer", "April 2025",
         "June 2025", "April Audit and Risk Committee agenda full; item moved to June.", "Amber"),
    ]),
    ("Actions from the meeting held on 27 March 2025", [
        ("TB/25/09", "TB/25/041", "Provide an update on the Elective Care Centre business case and the "
         "timeline for national approval.", "Chief Executive", "July 2025", "",
         "Scheduled for the July Board.", "Green"),
        ("TB/25/10", "TB/25/046", "Add health inequalities data by deprivation quintile to the "
         "Integrated Performance Report.", "Chief Operating Officer / Head of Performance",
         "Sept 2025", "", "Data model in development with the Business Intelligence team.", "Green"),
        ("TB/25/11", "TB/25/052", "Arrange a Board walkabout of the new neonatal intensive care unit.",
         "Trust Secretary", "31/05/2025", "", "Walkabout held on 15 May 2025. Proposed for closure.",
         "Blue"),
    ]),
]


def make_nbt():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    doc.sections[0].header.paragraphs[0].text = "North Bristol NHS Trust"
    doc.add_paragraph(NBT_TITLE, style="Title")
    doc.add_paragraph("North Bristol NHS Trust  |  Updated for the meeting on 29 May 2025  |  Owner: "
                      "Trust Secretary")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Red – overdue; Amber – due date revised; Green – not yet due / on track; "
              "Blue – complete, proposed for closure")
    hdr = ["Action No.", "Minute", "Action", "Lead", "Due date", "Revised due date", "Update",
           "Status"]
    for meeting, actions in NBT_MEETINGS:
        doc.add_heading(meeting, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
            shade(c, "005EB8")
        bold_row(t.rows[0])
        for a in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            shade(cells[-1], RAGFILL[a[-1]])
    doc.add_paragraph()
    doc.add_paragraph("Actions closed at the previous meeting have been removed from this log and are "
                      "held in the Board action archive.")
    doc.save(os.path.join(HERE, NBT_FILE))


# =========================================================================== 5. Maternity (xlsx)
MAT_FILE = "in2-south-tees-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"
MAT_TITLE = "Maternity and Neonatal Improvement Plan 2024–2026"
# ref, source, action, lead, original, revised, progress, evidence, previous, current
MAT_WS = [
    ("1. Safe staffing and workforce", [
        ("1.1", "CQC Must Do 1", "Complete a Birthrate Plus® midwifery workforce review and present "
         "the funded establishment to the Board.", "Director of Midwifery", date(2024, 9, 30), None,
         "Review completed September 2024; 14.2 WTE uplift approved by the Board in October 2024.",
         "Board paper Oct-24", "G", "B"),
        ("1.2", "Ockenden IEA 5", "Achieve and sustain 1:1 care in established labour and the "
         "supernumerary status of the labour ward coordinator, reported monthly.",
         "Head of Midwifery / Labour Ward Matron", date(2024, 12, 31), date(2025, 6, 30),
         "1:1 care 98.7% in January 2025. Coordinator supernumerary on 94% of shifts; new escalation "
         "guideline approved.", "Monthly dashboard", "A", "A"),
        ("1.3", "MIS SA 4", "Recruit to the vacant neonatal nursing posts to meet BAPM standards for "
         "nurses qualified in speciality (QIS).", "Neonatal Matron", date(2025, 3, 31), None,
         "6 of 8 posts recruited; 2 QIS places secured on the regional course.", "", "G", "G"),
    ]),
    ("2. Fetal monitoring and intrapartum care", [
        ("2.1", "CQC Must Do 3", "Ensure all midwives and obstetricians complete annual fetal "
         "monitoring training and competency assessment (target 90%).",
         "Fetal Monitoring Lead Midwife; Consultant Obstetrician Fetal Monitoring Lead",
         date(2024, 11, 30), None, "Compliance 93% midwives, 91% obstetricians (January 2025).",
         "ESR report", "G", "B"),
        ("2.2", "CQC Must Do 4", "Introduce an hourly ‘fresh eyes’ CTG review audit and report "
         "compliance to the Maternity Governance Group quarterly.", "Fetal Monitoring Lead Midwife",
         date(2025, 1, 31), date(2025, 4, 30),
         "Audit tool live from February 2025; first quarterly report due April.", "", "R", "A"),
        ("2.3", "Ockenden IEA 6", "Complete the maternity triage redesign using the Birmingham "
         "Symptom-specific Obstetric Triage System (BSOTS).\nPhase 1: BSOTS assessment live on the "
         "maternity assessment unit\nPhase 2: 24/7 triage telephone line staffed by midwives",
         "Maternity Assessment Unit Manager", date(2025, 3, 31), date(2025, 9, 30),
         "Phase 1 complete. Phase 2 delayed – telephony procurement not yet approved.", "", "A", "R"),
    ]),
    ("3. Listening to women and families", [
        ("3.1", "3YDP Theme 1", "Co-produce a personalised care and support plan with the Maternity "
         "and Neonatal Voices Partnership (MNVP).", "Consultant Midwife / MNVP Lead",
         date(2025, 6, 30), None, "Draft plan tested with 30 women; feedback being incorporated.",
         "", "G", "G"),
        ("3.2", "CQC Should Do 2", "Provide interpreting services on the labour ward 24 hours a day and "
         "audit their use monthly.", "Patient Experience Lead", date(2024, 10, 31), None,
         "Video interpreting available 24/7 since November 2024; monthly audit established.", "",
         "A", None),
    ]),
    ("4. Governance, learning and safety culture", [
        ("4.1", "MIS SA 1", "Review all perinatal deaths using the Perinatal Mortality Review Tool "
         "(PMRT) within the required timescales and report to the Board quarterly.",
         "Clinical Director (Obstetrics)", date(2025, 3, 31), None,
         "Q3 report presented to the Board in January 2025.", "PMRT reports", "G", "G"),
        ("4.2", "CQC Must Do 6", "Complete the SCORE safety culture survey and deliver the resulting "
         "culture improvement plan with the perinatal quadrumvirate.", "Perinatal Quadrumvirate",
         date(2025, 12, 31), None,
         "Survey closed January 2025 (61% response rate); debrief sessions planned for March.", "",
         "G", "G"),
        ("4.3", "Ockenden IEA 1", "Share monthly maternity and neonatal safety data with the LMNS and "
         "the Board-level safety champions.",
         "Head of Midwifery; Non-Executive Maternity Safety Champion", "Monthly", None,
         "Perinatal quality surveillance report shared each month.", "", "G", "G"),
    ]),
]
MAT_NOTEXT_FILL = {"3.2": GREEN}   # current BRAG shown by colour only


def make_mat():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "South Tees Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="FF005EB8")
    cov["A2"] = MAT_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    info = [("Executive Sponsor:", "Chief Nurse"),
            ("Programme lead:", "Director of Midwifery"),
            ("Reports to:", "Quality Assurance Committee and Board of Directors (bi-monthly)"),
            ("Version:", "v2.4 – position at 28 February 2025")]
    for i, (k, v) in enumerate(info, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A9"] = "BRAG key"
    cov["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence of sustained delivery received"),
                                ("G", "On track"),
                                ("A", "Off track – recoverable within the revised date"),
                                ("R", "Off track – escalation required")], start=10):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=v)
    cov["A15"] = ("Sources: CQC inspection of maternity services (report published November 2023); "
                  "Ockenden Immediate and Essential Actions (IEA); NHS Resolution Maternity Incentive "
                  "Scheme Year 6 safety actions (MIS SA); Three Year Delivery Plan for Maternity and "
                  "Neonatal Services (3YDP).")
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    hdr = ["Ref", "Source", "Action", "Lead(s)", "Original completion date", "Revised completion date",
           "Progress update (February 2025)", "Evidence", "Previous BRAG", "Current BRAG"]
    ws["A1"] = MAT_TITLE + " – Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 28 February 2025"
    r = 4
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = "A5"
    for wsname, actions in MAT_WS:
        r += 1
        ws.cell(row=r, column=1, value=wsname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).fill = fill("DEEAF6")
        for a in actions:
            r += 1
            ref, src, act, lead, orig, rev, prog, evid, prev, cur = a
            vals = [ref, src, act, lead, orig, rev, prog, evid or None, prev, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, date):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((9, prev), (10, cur)):
                cc = ws.cell(row=r, column=j)
                cc.alignment = Alignment(horizontal="center", vertical="top")
                if v:
                    cc.fill = fill(RAGFILL[v])
            if ref in MAT_NOTEXT_FILL:
                ws.cell(row=r, column=10).fill = fill(MAT_NOTEXT_FILL[ref])
    for col, w in zip("ABCDEFGHIJ", [6, 14, 55, 30, 13, 13, 45, 16, 9, 9]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("BRAG Summary")
    sm["A1"] = "Summary of current BRAG by workstream"
    sm["A1"].font = Font(bold=True)
    shdr = ["Workstream", "B", "G", "A", "R", "Total"]
    for j, h in enumerate(shdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        if h in RAGFILL:
            c.fill = fill(RAGFILL[h])
    counts = []
    for wsname, actions in MAT_WS:
        cur = [a[9] or "G" for a in actions]
        counts.append([wsname] + [cur.count(k) for k in "BGAR"] + [len(cur)])
    tot = ["Total"] + [sum(c[i] for c in counts) for i in range(1, 6)]
    for i, row in enumerate(counts + [tot], start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(row=i, column=j, value=v)
    sm.cell(row=4 + len(counts), column=1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 42
    wb.save(os.path.join(HERE, MAT_FILE))


# =========================================================================== 6. Risk register (xlsx)
CRR_FILE = "in2-south-ribble-bc-corporate-risk-register-q3-2025-26.xlsx"
CRR_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
# (risk, description, owner, inherent, current, trend, current fill, [actions])
CRR_RISKS = [
    ("CR1 – Medium-term financial sustainability",
     "Reductions in government funding, the Fair Funding Review outcome and cost pressures lead to a "
     "budget gap that cannot be closed without unplanned use of reserves.",
     "Director of Finance (S151 Officer)", "4 x 5 = 20", "4 x 4 = 16", "↔ No change", RED, [
         ("CR1.1", "Deliver the 2026/27 budget and Medium Term Financial Strategy to Council, including "
                   "savings proposals of £1.2m.", "Director of Finance (S151 Officer)",
          date(2026, 2, 25), "On track"),
         ("CR1.2", "Implement the fees and charges review recommendations approved by Cabinet.",
          "Head of Finance / Service Managers", date(2026, 3, 31), "On track"),
         ("CR1.3", "Model the impact of the Fair Funding Review and business rates reset on the 2026/27 "
                   "settlement.", "Head of Finance", date(2026, 1, 15), "Complete"),
     ]),
    ("CR2 – Local government reorganisation",
     "The move to new unitary councils in Lancashire diverts capacity from service delivery and creates "
     "uncertainty for staff, leading to the loss of key staff and delays to council priorities.",
     "Chief Executive", "5 x 4 = 20", "4 x 4 = 16", "↑ Increasing", RED, [
         ("CR2.1", "Submit the council’s contribution to the Lancashire proposal for local government "
                   "reorganisation.", "Chief Executive", date(2025, 11, 28), "Complete"),
         ("CR2.2", "Agree a staff engagement and retention plan for the transition period with the trade "
                   "unions.", "Head of HR and Organisational Development", "Q4 2025/26",
          "Some slippage"),
     ]),
    ("CR3 – Cyber security and ICT resilience",
     "A cyber attack or the failure of key ICT systems causes loss of data or prolonged disruption to "
     "services.",
     "Director of Customer and Digital", "4 x 5 = 20", "3 x 5 = 15", "↔ No change", RED, [
         ("CR3.1", "Achieve Cyber Essentials Plus reaccreditation.", "ICT Manager", date(2026, 3, 31),
          "On track"),
         ("CR3.2", "Run a cyber incident exercise with the Corporate Management Team and test the ICT "
                   "disaster recovery plan.", "ICT Manager & Emergency Planning Officer",
          date(2025, 12, 19), "Significantly behind"),
         ("CR3.3", "Deliver mandatory cyber awareness training to all staff and members (target 95% "
                   "completion).", "ICT Manager", "Ongoing", "On track"),
     ]),
    ("CR4 – Housing and homelessness demand",
     "Rising homelessness presentations and a lack of affordable temporary accommodation increase costs "
     "and the risk of families staying in bed and breakfast for more than six weeks.",
     "Director of Communities", "4 x 4 = 16", "4 x 3 = 12", "↓ Reducing", AMBER, [
         ("CR4.1", "Acquire additional council-owned temporary accommodation through the Local Authority "
                   "Housing Fund.", "Housing Options Manager", date(2026, 6, 30), "On track"),
         ("CR4.2", "Review the Homelessness and Rough Sleeping Strategy action plan and report progress "
                   "to Cabinet.", "Head of Housing", date(2026, 3, 31), None),
     ]),
]
CRR_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
                   "Significantly behind": RED}


def make_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "South Ribble Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = CRR_TITLE + " (position at 31 December 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Presented to Governance Committee, 28 January 2026"
    hdr = ["Risk", "Description (cause, event, consequence)", "Risk owner", "Inherent score (L x I)",
           "Current score (L x I)", "Direction of travel", "Action ref", "Further mitigating actions",
           "Action owner", "Target date", "Action status"]
    r = 5
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    for risk, desc, owner, inh, cur, trend, curfill, actions in CRR_RISKS:
        first = r + 1
        last = r + len(actions)
        for k, (aref, act, aowner, target, status) in enumerate(actions):
            rr = first + k
            vals = [aref, act, aowner, target, status]
            for j, v in enumerate(vals, start=7):
                c = ws.cell(row=rr, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, date):
                    c.number_format = "dd/mm/yyyy"
            if status:
                ws.cell(row=rr, column=11).fill = fill(CRR_STATUS_FILL[status])
            for j in range(1, 7):
                ws.cell(row=rr, column=j).border = BOX
        for j, v in enumerate([risk, desc, owner, inh, cur, trend], start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=5).fill = fill(curfill)
        ws.cell(row=first, column=4).fill = fill(RED if inh.endswith(("20", "16", "15")) else AMBER)
        r = last
    r += 2
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    for j, k in enumerate(CRR_STATUS_FILL, start=2):
        c = ws.cell(row=r, column=j, value=k)
        c.fill = fill(CRR_STATUS_FILL[k])
    r += 1
    ws.cell(row=r, column=1, value="Risk score: 15–25 High (red); 8–12 Medium (amber); 1–6 Low "
                                   "(green). Target date is for the action, not the risk.")
    for col, w in zip("ABCDEFGHIJK", [28, 45, 22, 11, 11, 13, 8, 50, 26, 12, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = mx.cell(row=3 + i, column=1 + j, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    mx["A10"] = ("Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain. "
                 "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Critical.")
    wb.save(os.path.join(HERE, CRR_FILE))


# =========================================================================== 7. Highlight report (xlsx)
STH_FILE = "in2-st-helens-bc-transformation-programme-highlight-report.xlsx"
STH_TITLE = "Transformation Programme – Highlight Report"
# ref, milestone, owner, original, revised, rag, commentary
STH_WS = [
    ("Workstream 1: Customer Experience and Digital", [
        ("M1.1", "Launch the new customer portal and My Account for council tax and waste services.",
         "Assistant Director – Customer Experience", date(2025, 6, 30), date(2025, 9, 30), "Complete",
         "Went live 22 September 2025; 4,180 accounts created in the first month."),
        ("M1.2", "Migrate the remaining 12 online forms to the low-code platform and decommission the "
                 "legacy forms system.", "Head of ICT & Digital", date(2025, 12, 31),
         date(2026, 3, 31), "A", "Data migration testing has taken longer than planned."),
        ("M1.3", "Pilot AI-assisted webchat for general enquiries.",
         "Head of ICT & Digital / Contact Centre Manager", date(2026, 1, 31), None, "G",
         "Supplier demonstration held; data protection impact assessment in progress."),
    ]),
    ("Workstream 2: Organisational Redesign", [
        ("M2.1", "Complete the senior management restructure consultation and confirm appointments.",
         "Director of People", date(2025, 7, 31), None, "Complete", "All posts appointed."),
        ("M2.2", "Implement the hybrid working policy and reduce office accommodation to two sites.",
         "Assistant Director – Assets", date(2026, 3, 31), None, "R",
         "Business case for the Town Hall works deferred to the January Cabinet."),
    ]),
    ("Workstream 3: Commissioning and Demand Management", [
        ("M3.1", "Deliver the adult social care front door redesign, including the Community "
                 "Connectors offer.", "Assistant Director – Adult Social Care", date(2025, 11, 30),
         None, "G", "Community Connectors recruited; go-live 17 November."),
        ("M3.2", "Retender home to school transport contracts using route optimisation.",
         "Head of Commissioning; Head of SEND", date(2025, 9, 1), date(2026, 4, 1), "A",
         "Retender moved to April 2026 to align with the new SEND transport policy."),
        ("M3.3", "Open the second in-house children’s home and reduce external residential "
                 "placements.", "Assistant Director – Children’s Social Care", "Q4 2025/26", None,
         "G", "Property purchased; Ofsted registration application submitted."),
    ]),
    ("Workstream 4: Income and Commercial", [
        ("M4.1", "Introduce the garden waste subscription and online payment.",
         "Head of Environmental Services", date(2025, 4, 1), None, "Complete",
         "31,600 subscriptions taken in 2025/26."),
    ]),
]


def make_sth():
    wb = Workbook()
    hr = wb.active
    hr.title = "Highlight Report"
    hr["A1"] = "St Helens Borough Council"
    hr["A1"].font = Font(bold=True, size=14)
    hr["A2"] = STH_TITLE
    hr["A2"].font = Font(bold=True, size=16)
    hr["A3"] = "Reporting period: October 2025"
    hr["C3"] = "Report date: 7 November 2025"
    for i, (k, v) in enumerate([("Programme Sponsor", "Chief Executive"),
                                ("Senior Responsible Officer", "Executive Director of Corporate Services"),
                                ("Programme Manager", "Transformation Programme Manager")], start=5):
        hr.cell(row=i, column=1, value=k).font = Font(bold=True)
        hr.cell(row=i, column=2, value=v)
    hr["A9"] = "Programme status"
    hr["A9"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Dimension", "Last period", "This period", "Comment"], start=1):
        hr.cell(row=10, column=j, value=h).font = Font(bold=True)
    status = [("Overall", "A", "A", "Two milestones re-planned; one red milestone (office accommodation)."),
              ("Time", "A", "A", "See milestone tracker."),
              ("Cost", "G", "G", "Spend within the £2.4m transformation reserve allocation."),
              ("Benefits", "A", "G", "£1.1m of £1.6m 2025/26 savings secured."),
              ("Resources", "R", "A", "Interim ICT contractor in post from 6 October.")]
    for i, row in enumerate(status, start=11):
        for j, v in enumerate(row, start=1):
            c = hr.cell(row=i, column=j, value=v)
            if j in (2, 3):
                c.fill = fill(RAGFILL[v])
                c.alignment = Alignment(horizontal="center")
    hr["A17"] = "Key achievements this period"
    hr["A17"].font = Font(bold=True, size=12)
    hr["A18"] = ("• Customer portal live for council tax and waste services\n"
                 "• Senior management restructure complete\n"
                 "• Community Connectors recruited for the adult social care front door")
    hr["A18"].alignment = WRAP
    hr.merge_cells("A18:D18")
    hr.row_dimensions[18].height = 48
    hr["A20"] = "Key risks and issues"
    hr["A20"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Ref", "Risk / issue", "Mitigation", "Owner"], start=1):
        hr.cell(row=21, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate([
            ("R1", "Limited ICT capacity to support concurrent system implementations.",
             "Sequencing agreed at Programme Board; interim contractor engaged.", "Head of ICT & Digital"),
            ("I1", "Town Hall works business case deferred, delaying office consolidation.",
             "Options paper to the January Cabinet.", "Assistant Director – Assets")], start=22):
        for j, v in enumerate(row, start=1):
            hr.cell(row=i, column=j, value=v).alignment = WRAP
    hr["A25"] = "RAG key"
    hr["A25"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Milestone delivered"), ("G", "On track"),
                                ("A", "At risk but manageable within the programme"),
                                ("R", "Off track – Programme Board intervention needed")], start=26):
        c = hr.cell(row=i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        hr.cell(row=i, column=2, value=v)
    for col, w in zip("ABCD", [26, 40, 40, 30]):
        hr.column_dimensions[col].width = w

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Transformation Programme – Milestone Tracker (October 2025)"
    ms["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Milestone", "Owner", "Original date", "Revised / forecast date", "RAG", "Commentary"]
    r = 3
    for j, h in enumerate(hdr, start=1):
        c = ms.cell(row=r, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    counts = {"Complete": 0, "G": 0, "A": 0, "R": 0}
    for wsname, rows in STH_WS:
        r += 1
        ms.cell(row=r, column=1, value=wsname).font = Font(bold=True)
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ms.cell(row=r, column=1).fill = fill("E4DFEC")
        for a in rows:
            r += 1
            for j, v in enumerate(a, start=1):
                c = ms.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, date):
                    c.number_format = "dd-mmm-yy"
            ms.cell(row=r, column=6).fill = fill(RAGFILL[a[5]])
            ms.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            counts[a[5]] += 1
    r += 2
    ms.cell(row=r, column=1, value="Totals").font = Font(bold=True)
    ms.cell(row=r, column=2, value=f"{sum(counts.values())} milestones: {counts['Complete']} complete, "
                                   f"{counts['G']} green, {counts['A']} amber, {counts['R']} red")
    for col, w in zip("ABCDEFG", [8, 55, 34, 13, 13, 10, 48]):
        ms.column_dimensions[col].width = w
    ms.freeze_panes = "A4"
    wb.save(os.path.join(HERE, STH_FILE))


if __name__ == "__main__":
    make_sar()
    make_dhr()
    make_csp()
    make_nbt()
    make_mat()
    make_crr()
    make_sth()
    for f in sorted(os.listdir(HERE)):
        if f.startswith("in2-") and not f.endswith(".yaml"):
            print(f)
