"""Build the seven zvu- blind test files (set heldout652).

Run with: /work/main/.venv/bin/python zvu_make.py
Writes only files whose names start with "zvu-" into the folder holding this script.
Each plan's content lives in a data structure below; the reading a person makes of it
(lead list, end month, status) is recorded beside each action as exp_* keys, which
the file writers ignore.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zvu-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. HMP Guys Marsh - HMIP inspection action plan (docx), HMPPS template
# ---------------------------------------------------------------------------
GM_FILE = "zvu-hmp-guys-marsh-hmip-inspection-action-plan.docx"
GM_TITLE = "Action Plan: HMP Guys Marsh"
GM_SECTIONS = [
    ("PRIORITY CONCERNS", [
        {
            "concern": "Too many prisoners felt unsafe and levels of violence, particularly assaults on staff, "
                       "had risen since the last inspection. Leaders did not have a clear enough understanding "
                       "of the causes.",
            "agreed": "Agreed",
            "actions": [
                dict(ref="1.1",
                     action="Complete a violence diagnostic using the last 12 months of incident data, prisoner "
                            "survey results and staff focus groups, and publish a revised Safety Strategy based "
                            "on its findings.",
                     owner="Head of Safety", target="31/10/2024", rag="Blue",
                     exp_lead=["Head of Safety"], exp_end="2024-10", exp_status="blue"),
                dict(ref="1.2",
                     action="Relaunch the Challenge, Support and Intervention Plan (CSIP) process, with case "
                            "manager training for all Band 4 and Band 5 staff and monthly quality assurance of "
                            "open plans.",
                     owner="Head of Safety / Custodial Manager – Safer Custody", target="March 2025", rag="Green",
                     exp_lead=["Head of Safety", "Custodial Manager – Safer Custody"], exp_end="2025-03",
                     exp_status="green"),
            ],
        },
        {
            "concern": "Illicit drugs were too readily available and the positive random mandatory drug testing "
                       "rate was high at 29%. The supply reduction strategy was not effective.",
            "agreed": "Partly Agreed",
            "actions": [
                dict(ref="2.1",
                     action="Install a body scanner in reception and an additional X-ray baggage scanner at the "
                            "gate, and introduce intelligence-led cell searching on the highest-risk wings, with "
                            "outcomes reviewed at the monthly Security Meeting.",
                     owner="Head of Security", target="December 2024", rag="Amber",
                     exp_lead=["Head of Security"], exp_end="2024-12", exp_status="amber"),
            ],
        },
        {
            "concern": "Prisoners spent too long locked in their cells and too few were in purposeful activity. "
                       "Attendance at education, skills and work was low and many activity places were unfilled.",
            "agreed": "Agreed",
            "actions": [
                dict(ref="3.1",
                     action="Agree and implement a revised regime that unlocks all prisoners for a minimum of six "
                            "hours each weekday, and publish it to prisoners and staff.",
                     owner="Deputy Governor", target="30 September 2024", rag="Blue",
                     exp_lead=["Deputy Governor"], exp_end="2024-09", exp_status="blue"),
                dict(ref="3.2",
                     action="Use the activities allocation board to fill all available places and track daily "
                            "attendance by wing, challenging unexplained absence through residential managers.",
                     owner="Head of Education, Skills and Work", target="Q4 2024/25", rag="Red",
                     exp_lead=["Head of Education, Skills and Work"], exp_end="2025-03", exp_status="red"),
            ],
        },
    ]),
    ("KEY CONCERNS", [
        {
            "concern": "Reception and first night arrangements were poor; not all new arrivals received a first "
                       "night interview in private or a complete induction.",
            "agreed": "Agreed",
            "actions": [
                dict(ref="4.1",
                     action="Redesign the first night and induction process so that every new arrival has a "
                            "private first night interview and completes induction within five working days; "
                            "audit compliance weekly for 12 weeks.",
                     owner="Head of Residence", target="Ongoing – weekly audit", rag="Green",
                     exp_lead=["Head of Residence"], exp_end=None, exp_end_text="Ongoing – weekly audit",
                     exp_status="green"),
            ],
        },
        {
            "concern": "Prisoners waited too long for mental health assessments and for referral to secondary "
                       "mental health services.",
            "agreed": "Agreed",
            "actions": [
                dict(ref="5.1",
                     action="Recruit to the two vacant mental health nurse posts and introduce a triage clinic so "
                            "that routine referrals are assessed within five working days.",
                     owner="Head of Healthcare (Practice Plus Group)", target="31/01/2025", rag="Amber",
                     exp_lead=["Head of Healthcare (Practice Plus Group)"], exp_end="2025-01",
                     exp_status="amber"),
            ],
        },
        {
            "concern": "Too many prisoners were released without sustainable accommodation.",
            "agreed": "Agreed",
            "actions": [
                dict(ref="6.1",
                     action="Establish a weekly pre-release resettlement board with the Community Accommodation "
                            "Service and local authority housing teams for all prisoners within 12 weeks of "
                            "release.",
                     owner="Head of Reducing Reoffending", target="November 2024", rag="Blue",
                     exp_lead=["Head of Reducing Reoffending"], exp_end="2024-11", exp_status="blue"),
                dict(ref="6.2",
                     action="Record accommodation outcomes on the day of release and report them monthly to the "
                            "Reducing Reoffending Meeting.",
                     owner="Head of Reducing Reoffending; Performance Hub Manager", target="Monthly", rag="Green",
                     exp_lead=["Head of Reducing Reoffending", "Performance Hub Manager"], exp_end=None,
                     exp_end_text="Monthly", exp_status="green"),
            ],
        },
    ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def make_guys_marsh():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run(GM_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Action Plan Submitted: 14 August 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 4 – 14 March 2024")
    doc.add_paragraph("Report Published: 18 June 2024")
    doc.add_paragraph("Progress update: 31 January 2025")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for, and treatment of, prisoners. From May 2022 HMIP reports set out priority and key "
        "concerns rather than recommendations. In response to the report HMPPS is required to draft a robust "
        "and timely action plan to address the concerns. The action plan confirms whether each concern is "
        "agreed, partly agreed or not agreed (see categorisations below) and sets out specific steps, with the "
        "owner and timescale of each step clearly identified.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_cell(c, txt, bold=True)
        shade(c, "D9D9D9")
    for term, defin, comment in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be "
                          "addressed.",
         "The response must state clearly which part will be addressed and why the rest cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly state the reasons why."),
    ]:
        row = t.add_row().cells
        set_cell(row[0], term, bold=True)
        set_cell(row[1], defin)
        set_cell(row[2], comment)
    doc.add_paragraph()
    doc.add_paragraph("Progress RAG: Red – off track; Amber – at risk of slipping; Green – on track; "
                      "Blue – complete and evidenced.")

    headers = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible Owner",
               "Target Date", "RAG"]
    for section, concerns in GM_SECTIONS:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, headers):
            set_cell(c, txt, bold=True)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for con in concerns:
            first = None
            last = None
            for i, a in enumerate(con["actions"]):
                row = t.add_row().cells
                set_cell(row[0], a["ref"])
                set_cell(row[3], a["action"])
                set_cell(row[4], a["owner"])
                set_cell(row[5], a["target"])
                set_cell(row[6], a["rag"])
                if i == 0:
                    set_cell(row[1], con["concern"])
                    set_cell(row[2], con["agreed"])
                    first = row
                last = row
            if first is not last:
                first[1].merge(last[1])
                first[2].merge(last[2])
    doc.add_paragraph()
    doc.add_paragraph("Governor sign-off: J. Ashworth, Governor, HMP Guys Marsh. Next review at the Senior "
                      "Leadership Team meeting, April 2025.")
    doc.save(out(GM_FILE))


# ---------------------------------------------------------------------------
# 2. Swindon and Wiltshire PDU - HMI Probation inspection action plan (csv)
# ---------------------------------------------------------------------------
SW_FILE = "zvu-probation-service-swindon-and-wiltshire-pdu-hmip-inspection-action-plan.csv"
SW_TITLE = "Action Plan: Swindon and Wiltshire Probation Delivery Unit"
SW_SECTIONS = [
    ("Recommendations for the Swindon and Wiltshire PDU", [
        ("1. Make sure that domestic abuse and child safeguarding enquiries are requested at the start of every "
         "case and that the information received is analysed in the assessment", "Agreed", [
            dict(ref="1.1",
                 action="Deliver refresher training on using domestic abuse and safeguarding information in "
                        "assessment to all probation officers and PSOs",
                 owner="SPO Learning and Development", orig="31/03/2025", rev="30/06/2025", status="Amber",
                 note="Sessions 1 and 2 delivered; final cohort moved to June because of vacancies in the "
                      "Wiltshire North team",
                 exp_lead=["SPO Learning and Development"], exp_end="2025-06", exp_status="amber"),
            dict(ref="1.2",
                 action="Introduce a monthly audit of 10 new cases per team, checking that domestic abuse and "
                        "safeguarding enquiries were made and used",
                 owner="Senior Probation Officers", orig="28/02/2025", rev="", status="Green",
                 note="Audits running since February; compliance 78% in May",
                 exp_lead=["Senior Probation Officers"], exp_end="2025-02", exp_status="green"),
        ]),
        ("2. Improve the quality of risk management plans, so that they set out clear contingency "
         "arrangements", "Agreed", [
            dict(ref="2.1",
                 action="Launch a risk management plan template and practice guide, with quality checks by the "
                        "Quality Development Officer",
                 owner="Deputy Head of PDU; Quality Development Officer", orig="30/04/2025", rev="",
                 status="Complete",
                 note="Template launched 14 April; practice guide on the EQuiP page",
                 exp_lead=["Deputy Head of PDU", "Quality Development Officer"], exp_end="2025-04",
                 exp_status="blue"),
            dict(ref="2.2",
                 action="Make risk management planning a standing item at monthly team meetings for six months",
                 owner="SPOs", orig="Sept 2025", rev="", status="Green",
                 note="Standing item in place in all five teams",
                 exp_lead=["SPOs"], exp_end="2025-09", exp_status="green"),
        ]),
        ("3. Work with Swindon Borough Council and Wiltshire Council to improve information-sharing with "
         "children's social care", "Agreed", [
            dict(ref="3.1",
                 action="Agree an information-sharing protocol with both children's services departments, "
                        "including a named single point of contact in each",
                 owner="Head of PDU", orig="31/05/2025", rev="31/08/2025", status="Red",
                 note="Wiltshire protocol signed; Swindon protocol awaiting legal review",
                 exp_lead=["Head of PDU"], exp_end="2025-08", exp_status="red"),
        ]),
    ]),
    ("Recommendations for the HMPPS South West region", [
        ("4. Make sure that the PDU has enough qualified probation officers to manage its workload",
         "Partly Agreed", [
            dict(ref="4.1",
                 action="Prioritise Swindon and Wiltshire in the 2025/26 PQiP allocation and the regional "
                        "recruitment campaign",
                 owner="Regional Probation Director", orig="Q1 2025/26", rev="", status="Green",
                 note="Seven PQiP learners allocated for the September intake",
                 exp_lead=["Regional Probation Director"], exp_end="2025-06", exp_status="green"),
            dict(ref="4.2",
                 action="Review caseload weighting every quarter at the Regional Workforce Board and redeploy "
                        "staff where the Workload Measurement Tool exceeds 110%",
                 owner="Head of Operations (South West) & Regional Workforce Lead", orig="Quarterly", rev="",
                 status="Green",
                 note="First review held April 2025",
                 exp_lead=["Head of Operations (South West)", "Regional Workforce Lead"], exp_end=None,
                 exp_end_text="Quarterly", exp_status="green"),
        ]),
        ("5. Improve access to accredited programmes and structured interventions so that people on "
         "probation can start them promptly", "Agreed", [
            dict(ref="5.1",
                 action="Train additional Building Choices facilitators and run an extra programme cohort in "
                        "Swindon",
                 owner="Head of Interventions (South West)", orig="31/12/2025", rev="", status="Not started",
                 note="Facilitator training places requested for October",
                 exp_lead=["Head of Interventions (South West)"], exp_end="2025-12", exp_status="unrated"),
        ]),
    ]),
]


def make_swindon():
    ncol = 10
    rows = [
        [SW_TITLE],
        ["A Response to the HM Inspectorate of Probation inspection (fieldwork 9 – 20 September 2024)"],
        ["Report published: 22 January 2025", "", "", "Action plan submitted: 19 March 2025"],
        [""],
        ["Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action", "Owner",
         "Original target date", "Revised target date", "Status", "Progress update (July 2025)", ""],
    ]
    for section, recs in SW_SECTIONS:
        rows.append([section])
        for rec, agreed, actions in recs:
            for i, a in enumerate(actions):
                rows.append([rec if i == 0 else "", agreed if i == 0 else "", a["ref"], a["action"],
                             a["owner"], a["orig"], a["rev"], a["status"], a["note"], ""])
    rows.append([""])
    rows.append(["Status key: Complete; Green – on track; Amber – at risk; Red – off track; Not started"])
    rows.append(["Last updated: 14/07/2025 by PDU Business Manager"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        r = list(r) + [""] * (ncol - len(r))
        w.writerow(r[:ncol])
    with open(out(SW_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 3. Tewkesbury Academy - post-Ofsted action plan (tab-separated text export)
# ---------------------------------------------------------------------------
TA_FILE = "zvu-tewkesbury-academy-post-ofsted-action-plan.txt"
TA_TITLE = "Tewkesbury Academy – Post-Ofsted Action Plan 2024–25"
TA_PRIORITIES = [
    ("Priority 1: Quality of education – curriculum in key stage 3", [
        ("Leaders should ensure that the curriculum in all subjects identifies the important knowledge pupils "
         "need to learn and the order in which they should learn it.", [
            dict(ref="1.1",
                 action="Subject leaders to complete curriculum maps for Years 7–9 identifying end points and "
                        "the sequence of key knowledge",
                 lead="SM, KT", when="Autumn term 2024", mon="Standards Committee",
                 impact="Maps in place for all subjects; reviewed by SLT link", dec="A", mar="G",
                 exp_lead=["SM", "KT"], exp_end="2024-12", exp_status="green"),
            dict(ref="1.2",
                 action="Curriculum deep dives in English, maths, science, history and geography, with written "
                        "feedback to subject leaders",
                 lead="KT", when="Spring term 2025", mon="Trust School Improvement Partner",
                 impact="Deep dive reports show sequencing secure", dec="A", mar="A",
                 exp_lead=["KT"], exp_end="2025-04", exp_status="amber"),
        ]),
    ]),
    ("Priority 2: Assessment and adaptive teaching", [
        ("Teachers should check pupils' understanding systematically and adapt their teaching to address "
         "misconceptions.", [
            dict(ref="2.1",
                 action="Whole-staff CPD on checking for understanding (mini whiteboards, cold calling, hinge "
                        "questions) through fortnightly teaching and learning briefings",
                 lead="AHT Teaching and Learning", when="Sept 2024 – July 2025", mon="Headteacher",
                 impact="Learning walks show routine checking in 80% of lessons", dec="G", mar="G",
                 exp_lead=["AHT Teaching and Learning"], exp_end="2025-07", exp_status="green"),
            dict(ref="2.2",
                 action="Instructional coaching for all teachers in their first three years and any teacher "
                        "identified through learning walks",
                 lead="AHT Teaching and Learning; ECT Lead", when="Ongoing", mon="Headteacher",
                 impact="Coaching log; improved learning walk outcomes", dec="A", mar="G",
                 exp_lead=["AHT Teaching and Learning", "ECT Lead"], exp_end=None, exp_end_text="Ongoing",
                 exp_status="green"),
        ]),
    ]),
    ("Priority 3: Attendance and behaviour", [
        ("Leaders should take effective action to reduce persistent absence, particularly for disadvantaged "
         "pupils and pupils with SEND.", [
            dict(ref="3.1",
                 action="Appoint a full-time attendance officer and introduce weekly attendance panels for pupils "
                        "below 90%",
                 lead="DHT (Pastoral)", when="Oct-24", mon="Local Governing Body",
                 impact="Officer in post 7 October; panels running", dec="B", mar="B",
                 exp_lead=["DHT (Pastoral)"], exp_end="2024-10", exp_status="blue"),
            dict(ref="3.2",
                 action="Implement the DfE 'Working together to improve school attendance' guidance, including "
                        "first-day calling and a home visit on day 3",
                 lead="DHT (Pastoral) & Attendance Officer", when="31/01/2025", mon="Local Governing Body",
                 impact="PA for disadvantaged pupils down from 31% to 24%", dec="G", mar="B",
                 exp_lead=["DHT (Pastoral)", "Attendance Officer"], exp_end="2025-01", exp_status="blue"),
            dict(ref="3.3",
                 action="Review the behaviour policy with staff, pupils and parents and relaunch it with a "
                        "consistent classroom routine",
                 lead="Mr D Rowe and Mrs P Okafor", when="Summer term 2025", mon="Local Governing Body",
                 impact="Fewer removals from lessons; staff survey", dec="R", mar="A",
                 exp_lead=["Mr D Rowe", "Mrs P Okafor"], exp_end="2025-07", exp_status="amber"),
        ]),
        ("Leaders should ensure that teachers use the information they have about pupils with SEND to adapt "
         "their teaching.", [
            dict(ref="3.4",
                 action="SENCo to produce one-page learner profiles for all pupils on the SEND register and share "
                        "them through Class Charts",
                 lead="SENCo", when="Dec 2024", mon="SEND Governor",
                 impact="Profiles live for all 164 pupils on the register", dec="G", mar="B",
                 exp_lead=["SENCo"], exp_end="2024-12", exp_status="blue"),
        ]),
    ]),
]


def make_tewkesbury():
    T = "\t"
    lines = [
        TA_TITLE,
        "Ofsted inspection 5–6 March 2024 – overall effectiveness: Requires improvement",
        "Exported from the school improvement tracker 24/03/2025 – for the Local Governing Body",
        "",
        "RAG key:" + T + "R = significant concern" + T + "A = some concern" + T + "G = on track" + T
        + "B = completed and embedded",
        "",
    ]
    header = T.join(["Ref", "Action", "Lead(s)", "Timescale", "Monitored by", "Evidence of impact",
                     "RAG (Dec)", "RAG (Mar)"])
    counts = {}
    for prio, afis in TA_PRIORITIES:
        lines.append(prio)
        for afi, actions in afis:
            lines.append("Area for improvement" + T + afi)
            lines.append(header)
            for a in actions:
                lines.append(T.join([a["ref"], a["action"], a["lead"], a["when"], a["mon"], a["impact"],
                                     a["dec"], a["mar"]]))
                counts[a["mar"]] = counts.get(a["mar"], 0) + 1
        lines.append("")
    total = sum(counts.values())
    lines.append("Summary (March)" + T + "Total actions: %d" % total + T
                 + "B: %d" % counts.get("B", 0) + T + "G: %d" % counts.get("G", 0) + T
                 + "A: %d" % counts.get("A", 0) + T + "R: %d" % counts.get("R", 0))
    lines.append("Next review: Local Governing Body, 8 July 2025")
    with open(out(TA_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 4. Cheltenham College - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
CC_FILE = "zvu-cheltenham-college-isi-inspection-action-plan.docx"
CC_TITLE = "Cheltenham College – ISI Inspection Action Plan"
FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
CC_SECTIONS = [
    ("Leadership and management, and governance",
     "Governors should ensure that their monitoring of the risk register includes regular review of boarding "
     "and safeguarding risks.", [
        dict(action="Add boarding and safeguarding risks as standing items at each Education and Pastoral "
                    "Committee meeting",
             lead="Clerk to Council", criteria="Committee minutes show termly review of both risks",
             by="Michaelmas term 2024", rag="blue",
             exp_lead=["Clerk to Council"], exp_end="2024-12", exp_status="blue"),
        dict(action="Commission an external safeguarding review and report its findings to Council",
             lead="Bursar; Chair of Council", criteria="Review report received and action plan agreed by Council",
             by="June 2025", rag="amber",
             exp_lead=["Bursar", "Chair of Council"], exp_end="2025-06", exp_status="amber"),
    ]),
    ("Quality of education, training and recreation",
     "Leaders should ensure that teaching in the lower school consistently provides suitable challenge for "
     "the most able pupils.", [
        dict(action="Introduce a stretch and challenge framework for Third to Fifth Form, with departmental "
                    "exemplars",
             lead="Deputy Head (Academic)", criteria="Framework published; exemplars in every department",
             by="April 2025", rag="green",
             exp_lead=["Deputy Head (Academic)"], exp_end="2025-04", exp_status="green"),
        dict(action="Termly lesson observations focused on challenge for the most able, led by Heads of "
                    "Department",
             lead="Heads of Department", criteria="Observation summaries show improvement term on term",
             by="Termly", rag="green",
             exp_lead=["Heads of Department"], exp_end=None, exp_end_text="Termly", exp_status="green"),
        dict(action="Review the scholars' enrichment programme and publish a new programme for 2025–26",
             lead="Head of Academic Enrichment", criteria="New programme in the 2025–26 calendar",
             by="July 2025", rag="red",
             exp_lead=["Head of Academic Enrichment"], exp_end="2025-07", exp_status="red"),
    ]),
    ("Pupils' physical and mental health and emotional wellbeing",
     "Leaders should strengthen the consistency of pastoral records in boarding houses so that patterns of "
     "concern are identified promptly.", [
        dict(action="Move all boarding house pastoral logs onto the single electronic pastoral system",
             lead="Deputy Head (Pastoral)", criteria="No paper logs in use; spot check in every house",
             by="31 January 2025", rag="blue",
             exp_lead=["Deputy Head (Pastoral)"], exp_end="2025-01", exp_status="blue"),
        dict(action="Train all Housemasters, Housemistresses and resident tutors in recording and escalating "
                    "concerns",
             lead="Deputy Head (Pastoral) / DSL", criteria="Training register 100% complete",
             by="Mar-25", rag="green",
             exp_lead=["Deputy Head (Pastoral)", "DSL"], exp_end="2025-03", exp_status="green"),
        dict(action="Fortnightly review of pastoral data by the Senior Deputy Head with house staff, with "
                    "themes reported to the Senior Management Team",
             lead="Senior Deputy Head", criteria="Review notes on file; themes acted on",
             by="Fortnightly", rag="green",
             exp_lead=["Senior Deputy Head"], exp_end=None, exp_end_text="Fortnightly",
             exp_status="green"),
    ]),
]


def make_cheltenham():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(CC_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x7A, 0x00, 0x26)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection: 12–14 November 2024 (ISI routine inspection). Report published 15 January "
                      "2025.").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("All Standards were met. The report sets out three recommended next steps; this plan "
                      "shows how the College will address them.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "Head"), ("Prepared by", "Deputy Head (Academic)"),
                 ("Approved by", "Council, 4 February 2025"), ("Last updated", "10 March 2025"),
                 ("Next review", "Education and Pastoral Committee, May 2025")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, label in [("blue", "Complete"), ("green", "On track"),
                          ("amber", "Some slippage – recoverable"), ("red", "Behind – Council attention")]:
        row = key.add_row().cells
        set_cell(row[0], "")
        shade(row[0], FILL[colour])
        set_cell(row[1], label)

    headers = ["Action", "Lead", "Success criteria", "By when", "RAG"]
    for i, (section, step, actions) in enumerate(CC_SECTIONS, start=1):
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, headers):
            set_cell(c, txt, bold=True)
            shade(c, "7A0026")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        srow = t.add_row().cells
        merged = srow[0].merge(srow[-1])
        set_cell(merged, step, bold=True)
        shade(merged, "F2E6EA")
        for a in actions:
            row = t.add_row().cells
            set_cell(row[0], a["action"])
            set_cell(row[1], a["lead"])
            set_cell(row[2], a["criteria"])
            set_cell(row[3], a["by"])
            set_cell(row[4], "")
            shade(row[4], FILL[a["rag"]])
        doc.add_paragraph()
    doc.add_paragraph("Signed: Head and Chair of Council")
    doc.save(out(CC_FILE))


# ---------------------------------------------------------------------------
# 5. CDDFRS - HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
DF_FILE = ("zvu-county-durham-and-darlington-fire-rescue-service-hmicfrs-values-culture-"
           "recommendations-tracker.xlsx")
DF_TITLE = ("County Durham and Darlington Fire and Rescue Service – HMICFRS Values and culture in fire and "
            "rescue services: recommendations tracker")
D = dt.datetime
DF_THEMES = [
    ("Theme 1: Raising concerns and misconduct", [
        ("3", "By 1 June 2023, chief fire officers should make sure their services have a confidential way for "
              "staff to raise concerns, and that staff know about and trust the whistleblowing process.", [
            dict(ref="3.1",
                 action="Procure and launch an independent confidential reporting line for all staff",
                 owner="Head of People", target=D(2023, 6, 1), revised=None, rag="B",
                 update="Line live since May 2023; promoted at all station visits",
                 exp_lead=["Head of People"], exp_end="2023-06", exp_status="blue"),
            dict(ref="3.2",
                 action="Publish quarterly anonymised data on concerns raised and their outcomes on the intranet",
                 owner="Head of People / Head of Corporate Communications", target=D(2023, 9, 30),
                 revised=D(2024, 12, 31), rag="A",
                 update="First two quarters published; data quality issues delayed Q1 2024/25",
                 exp_lead=["Head of People", "Head of Corporate Communications"], exp_end="2024-12",
                 exp_status="amber"),
        ]),
        ("6", "By 1 October 2023, chief fire officers should make sure that everyone who carries out misconduct "
              "investigations is trained to do so.", [
            dict(ref="6.1",
                 action="Deliver accredited investigator training to all Station Managers and above",
                 owner="Area Manager (Service Delivery)", target=D(2023, 10, 1), revised=D(2024, 3, 31), rag="B",
                 update="42 of 42 managers trained",
                 exp_lead=["Area Manager (Service Delivery)"], exp_end="2024-03", exp_status="blue"),
        ]),
    ]),
    ("Theme 2: Background checks", [
        ("11", "By 1 October 2023, chief fire officers should make sure that all staff have an appropriate "
               "background check, with standard or enhanced DBS checks for roles that need them.", [
            dict(ref="11.1",
                 action="Complete a role-by-role DBS eligibility review and submit checks for all eligible roles",
                 owner="HR Business Partner", target=D(2023, 10, 1), revised=D(2024, 6, 30), rag="B",
                 update="All eligible roles checked; two appeals resolved",
                 exp_lead=["HR Business Partner"], exp_end="2024-06", exp_status="blue"),
            dict(ref="11.2",
                 action="Introduce a three-year rolling re-check for all standard and enhanced DBS holders",
                 owner="HR Business Partner", target="April 2025", revised=None, rag="G",
                 update="Policy approved at Joint Consultative Committee; schedule being built",
                 exp_lead=["HR Business Partner"], exp_end="2025-04", exp_status="green"),
        ]),
    ]),
    ("Theme 3: Equality, diversity and inclusion", [
        ("15", "By 1 March 2024, chief fire officers should make sure their services have an effective process "
               "for gathering and analysing equality data about their staff.", [
            dict(ref="15.1",
                 action="Run a staff data refresh campaign so that at least 80% of employees have recorded their "
                        "equality data in the HR system",
                 owner="EDI Officer", target=D(2024, 3, 1), revised=D(2024, 9, 30), rag="R",
                 update="Completion at 61%; campaign extended and raised at Service Leadership Team",
                 exp_lead=["EDI Officer"], exp_end="2024-09", exp_status="red"),
        ]),
        ("21", "By 1 June 2023, chief fire officers should make sure that staff understand positive action and "
               "how it differs from positive discrimination.", [
            dict(ref="21.1",
                 action="Add positive action content to the mandatory EDI e-learning and to manager induction",
                 owner="EDI Officer", target=D(2023, 6, 1), revised=None, rag="B",
                 update="Module live; 94% completion",
                 exp_lead=["EDI Officer"], exp_end="2023-06", exp_status="blue"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("26", "By 1 October 2023, chief fire officers should make sure that they and their senior leadership "
               "teams seek and receive 360-degree feedback.", [
            dict(ref="26.1",
                 action="Complete 360-degree feedback for all members of the Service Leadership Team and agree "
                        "personal development plans",
                 owner="Chief Fire Officer", target=D(2023, 10, 1), revised=D(2024, 1, 31), rag="B",
                 update="Complete; development plans held by the CFO",
                 exp_lead=["Chief Fire Officer"], exp_end="2024-01", exp_status="blue"),
            dict(ref="26.2",
                 action="Extend 360-degree feedback to all Group Managers and Station Managers",
                 owner="Head of Organisational Development", target="December 2024", revised=None, rag="G",
                 update="Group Managers complete; Station Managers scheduled Oct–Dec",
                 exp_lead=["Head of Organisational Development"], exp_end="2024-12", exp_status="green"),
        ]),
        ("33", "By 1 March 2024, chief fire officers should make sure their services use exit interviews to "
               "learn and improve.", [
            dict(ref="33.1",
                 action="Redesign the exit interview process, with the option of an independent interview, and "
                        "report themes to the People Committee twice a year",
                 owner="Head of People", target=D(2024, 3, 1), revised=None, rag="A",
                 update="New process live; first themes report due November",
                 exp_lead=["Head of People"], exp_end="2024-03", exp_status="amber"),
        ]),
    ]),
]
XFILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def make_durham_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = DF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position reported to the People and Culture Board, 17 September 2024"
    ws["A4"] = "Theme"
    for col, h in zip("BCDEF", ["Blue – complete", "Green – on track", "Amber – at risk", "Red – off track",
                               "Total"]):
        ws[col + "4"] = h
    for c in "ABCDEF":
        ws[c + "4"].font = Font(bold=True)
    r = 5
    tot = {k: 0 for k in "BGAR"}
    for theme, recs in DF_THEMES:
        cnt = {k: 0 for k in "BGAR"}
        for _, _, acts in recs:
            for a in acts:
                cnt[a["rag"]] += 1
                tot[a["rag"]] += 1
        ws.cell(r, 1, theme)
        for i, k in enumerate("BGAR"):
            ws.cell(r, 2 + i, cnt[k])
        ws.cell(r, 6, sum(cnt.values()))
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for i, k in enumerate("BGAR"):
        ws.cell(r, 2 + i, tot[k]).font = Font(bold=True)
    ws.cell(r, 6, sum(tot.values())).font = Font(bold=True)
    ws.column_dimensions["A"].width = 45
    for c in "BCDEF":
        ws.column_dimensions[c].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = DF_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Report published 30 March 2023. Only recommendations addressed to chief fire officers are "
                "tracked here; the full list of 35 is in the report.")
    ws["A3"] = "RAG:"
    for col, k, label in [("B", "B", "Complete"), ("C", "G", "On track"), ("D", "A", "At risk"),
                          ("E", "R", "Off track")]:
        ws[col + "3"] = k + " – " + label
        ws[col + "3"].fill = PatternFill("solid", fgColor=XFILL[k])
    headers = ["Rec No.", "HMICFRS recommendation", "Action ref", "CDDFRS action", "Action owner",
               "Target date", "Revised date", "RAG", "Update (September 2024)"]
    hr = 5
    for i, h in enumerate(headers, start=1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="A6192E")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = hr + 1
    for theme, recs in DF_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for col in range(1, len(headers) + 1):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for recno, rec, acts in recs:
            start = r
            for a in acts:
                ws.cell(r, 3, a["ref"])
                ws.cell(r, 4, a["action"])
                ws.cell(r, 5, a["owner"])
                for col, val in ((6, a["target"]), (7, a["revised"])):
                    c = ws.cell(r, col, val)
                    if isinstance(val, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 8, a["rag"])
                c.fill = PatternFill("solid", fgColor=XFILL[a["rag"]])
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9, a["update"])
                for col in range(1, len(headers) + 1):
                    ws.cell(r, col).border = thin_border()
                    if col != 8:
                        ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            ws.cell(start, 1, recno)
            ws.cell(start, 2, rec)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, wdt in zip("ABCDEFGHI", [8, 50, 9, 50, 28, 12, 12, 6, 45]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Glossary")
    ws.append(["Term", "Meaning"])
    for row in [("HMICFRS", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"),
                ("DBS", "Disclosure and Barring Service"), ("EDI", "Equality, diversity and inclusion"),
                ("CFO", "Chief Fire Officer")]:
        ws.append(list(row))
    wb.save(out(DF_FILE))


# ---------------------------------------------------------------------------
# 6. Northamptonshire Police - HMICFRS VMM recommendations tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
NP_FILE = ("zvu-northamptonshire-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker-"
           "typo-month-refuse.xlsx")
NP_TITLE = ("Northamptonshire Police – HMICFRS An inspection of vetting, misconduct, and misogyny in the police "
            "service: force recommendations tracker")
NP_SECTIONS = [
    ("Vetting", [
        ("Rec 2", "Vetting decision rationale recorded for every refusal and clearance with adverse information",
         "Introduce a mandatory rationale template in the vetting system for all decisions with adverse "
         "information", "Force Vetting Manager", "30/04/2023", "G", "B"),
        ("Rec 6", "Vetting interviews used where adverse information is found",
         "Train two vetting officers as interviewers and record interview outcomes on the vetting file",
         "Force Vetting Manager", "Dec-24", "A", "G"),
        ("Rec 9", "Aftercare: re-vet officers and staff following a change of circumstances",
         "Build change-of-circumstances triggers from PSD and HR into the vetting workflow",
         "Head of PSD / Force Vetting Manager", "31/03/2025", "A", "A"),
    ]),
    ("Counter-corruption", [
        ("Rec 13", "Counter-corruption unit resourced to meet demand",
         "Complete a demand and capacity review of the Counter Corruption Unit and present options to Chief "
         "Officer Group", "D/Supt Professional Standards", "30/09/2024", "R", "A"),
        ("Rec 15", "IT monitoring of all force systems",
         "Procure and roll out full IT monitoring across mobile devices and the records management system",
         "Head of Digital, Data and Technology", "Febuary 2025", "A", "A"),
    ]),
    ("Misconduct", [
        ("Rec 23", "Misconduct outcomes published and communicated to the workforce",
         "Publish quarterly misconduct outcome summaries on the intranet with lessons learned",
         "Head of PSD", "Quarterly", "G", "G"),
        ("Rec 26", "Sexual misconduct allegations assessed against the IOPC referral criteria",
         "Dip-sample 20 sexual misconduct cases each quarter for correct referral decisions",
         "PSD Assessment Unit Inspector", "June 2025", "G", "G"),
    ]),
    ("Misogyny and predatory behaviour", [
        ("Rec 32", "Workforce understanding of what constitutes misogynistic and predatory behaviour",
         "Deliver the Standards and Behaviour workshop to all supervisors and Active Bystander training to all "
         "staff", "Chief Superintendent (Head of Local Policing); Head of Learning and Development",
         "31/07/2025", "", "G"),
    ]),
]
NP_REFUSE_ROW = None  # computed when the sheet is written


def make_northants():
    global NP_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = NP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    rows = [("Report", "An inspection of vetting, misconduct, and misogyny in the police service (HMICFRS, "
                       "November 2022)"),
            ("Chief Officer lead", "Deputy Chief Constable"),
            ("Governance", "Professional Standards Board (monthly); PCC Accountability Board (quarterly)"),
            ("Version", "v7"), ("Date", "14/01/2025"), ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("VMM Tracker")
    ws["A1"] = NP_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position at 31 December 2024 (Q3 2024/25)"
    ws["A3"] = "RAG: G = on track, A = at risk, R = off track, B = complete and signed off by the DCC"
    headers = ["HMICFRS Rec", "Recommendation summary", "Force action", "Lead", "Deadline", "Previous RAG",
               "Current RAG", "Progress note"]
    hr = 5
    for i, h in enumerate(headers, start=1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002F5F")
        c.border = thin_border()
    r = hr + 1
    notes = {
        "Rec 2": "Signed off by DCC 12/09/2024",
        "Rec 6": "Interviewers trained; recording on file from November",
        "Rec 9": "Trigger from PSD live; HR trigger awaits Oracle change",
        "Rec 13": "Review complete; growth bid of 3 posts in 2025/26 budget",
        "Rec 15": "Supplier contract signed; mobile device roll-out scheduled",
        "Rec 23": "Q2 summary published 4 November",
        "Rec 26": "First dip sample found 2 referrals made late",
        "Rec 32": "New action added December 2024",
    }
    for section, acts in NP_SECTIONS:
        ws.cell(r, 1, section).font = Font(bold=True)
        for col in range(1, len(headers) + 1):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="DCE6F1")
        r += 1
        for rec, summ, action, lead, deadline, prev, cur in acts:
            vals = [rec, summ, action, lead, deadline, prev, cur, notes[rec]]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.border = thin_border()
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if deadline == "Febuary 2025":
                NP_REFUSE_ROW = r
            r += 1
    dv = DataValidation(type="list", formula1='"G,A,R,B"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F6:G40")
    for col, wdt in zip("ABCDEFGH", [11, 42, 55, 34, 14, 9, 9, 42]):
        ws.column_dimensions[col].width = wdt
    wb.save(out(NP_FILE))


# ---------------------------------------------------------------------------
# 7. Wiltshire College and University Centre - QIP 2025-26 (xlsx)
# ---------------------------------------------------------------------------
WC_FILE = "zvu-wiltshire-college-and-university-centre-quality-improvement-plan-2025-26.xlsx"
WC_TITLE = "Wiltshire College & University Centre – Quality Improvement Plan 2025-26"
WC_STATUS = {
    "blue": "Complete",
    "green": "In progress – on track",
    "amber": "In progress – at risk",
    "red": "Behind schedule",
    "unrated": "Not started",
}
WC_SHEETS = [
    ("Curriculum and teaching", [
        ("CT1", "Too few teachers in construction and engineering check learners' understanding before moving "
                "on to new topics.", [
            dict(ref="CT1.1",
                 action="Run a programme of paired observations and coaching in construction and engineering, "
                        "focused on questioning and checking understanding",
                 owner="Head of Faculty – Construction and Engineering", deadline="Dec 2025", st="blue",
                 progress="All 23 teachers observed and coached",
                 exp_lead=["Head of Faculty – Construction and Engineering"], exp_end="2025-12"),
            dict(ref="CT1.2",
                 action="Introduce fortnightly learning walks:\n- curriculum managers visit every group once a "
                        "half term\n- findings recorded on ProMonitor and followed up at team meetings",
                 owner="Curriculum Managers", deadline=D(2026, 3, 31), st="green",
                 progress="Learning walks running at Chippenham and Lackham",
                 exp_lead=["Curriculum Managers"], exp_end="2026-03"),
        ]),
        ("CT2", "Learners on T Level programmes do not have enough planned industry placement hours in their "
                "first year.", [
            dict(ref="CT2.1",
                 action="Agree placement plans for every first-year T Level learner with named employers",
                 owner="Director of Employer Partnerships", deadline="31/01/2026", st="amber",
                 progress="68% of learners have an agreed plan; health and science placements short",
                 exp_lead=["Director of Employer Partnerships"], exp_end="2026-01"),
        ]),
    ]),
    ("Achievement", [
        ("AC1", "Achievement of grade 4 or above in GCSE English and maths for 16 to 18 resit learners is "
                "below national rates.", [
            dict(ref="AC1.1",
                 action="Timetable all resit learners for three hours of English and three hours of maths each "
                        "week, with mock exams in December and March",
                 owner="Head of English and Maths", deadline="End of Summer Term 2026", st="green",
                 progress="Timetables in place; December mocks complete",
                 exp_lead=["Head of English and Maths"], exp_end="2026-07"),
            dict(ref="AC1.2",
                 action="Track attendance at English and maths weekly and refer learners below 85% to their "
                        "Progress Coach",
                 owner="Director of Student Services; Head of English and Maths", deadline="Ongoing", st="red",
                 progress="Attendance at 79%; referrals not consistently made",
                 exp_lead=["Director of Student Services", "Head of English and Maths"], exp_end=None,
                 exp_end_text="Ongoing"),
        ]),
        ("AC2", "Too many apprentices remain on programme after their planned end date.", [
            dict(ref="AC2.1",
                 action="Review every apprentice past their planned end date and agree a completion plan with "
                        "the employer",
                 owner="Director of Apprenticeships", deadline="Feb 26", st="unrated",
                 progress="Review starts February",
                 exp_lead=["Director of Apprenticeships"], exp_end="2026-02"),
        ]),
    ]),
    ("Inclusion", [
        ("IN1", "Attendance of learners with high needs and of learners receiving a bursary is lower than that "
                "of their peers.", [
            dict(ref="IN1.1",
                 action="Give every high needs learner a named key worker and a personalised attendance plan",
                 owner="Head of Inclusive Learning", deadline="30/11/2025", st="blue",
                 progress="Key workers allocated; plans reviewed half termly",
                 exp_lead=["Head of Inclusive Learning"], exp_end="2025-11"),
            dict(ref="IN1.2",
                 action="Link bursary payments to attendance and offer travel support to learners from rural "
                        "areas",
                 owner="VP Curriculum and Quality", deadline="Apr-26", st="green",
                 progress="Bursary policy revised; travel pilot in Salisbury",
                 exp_lead=["VP Curriculum and Quality"], exp_end="2026-04"),
        ]),
    ]),
]


def make_wiltshire_college():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = WC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = "Position at 30 January 2026 – for the Quality and Standards Committee"
    ws["A4"] = "Status key"
    ws["A4"].font = Font(bold=True)
    key = [("Complete", "Blue", "0070C0"), ("In progress – on track", "Green", "00B050"),
           ("In progress – at risk", "Amber", "FFC000"), ("Behind schedule", "Red", "FF0000"),
           ("Not started", "Grey", "BFBFBF")]
    for i, (label, colour, fill) in enumerate(key, start=5):
        ws.cell(i, 1, label)
        c = ws.cell(i, 2, colour)
        c.fill = PatternFill("solid", fgColor=fill)
    ws["A11"] = "Summary by area"
    ws["A11"].font = Font(bold=True)
    hdr = ["Area", "Complete", "On track", "At risk", "Behind", "Not started", "Total"]
    for i, h in enumerate(hdr, start=1):
        ws.cell(12, i, h).font = Font(bold=True)
    r = 13
    for sheet, afis in WC_SHEETS:
        acts = [a for _, _, aa in afis for a in aa]
        ws.cell(r, 1, sheet)
        for i, k in enumerate(["blue", "green", "amber", "red", "unrated"], start=2):
            ws.cell(r, i, sum(1 for a in acts if a["st"] == k))
        ws.cell(r, 7, len(acts))
        r += 1
    ws.cell(r, 1, "All areas").font = Font(bold=True)
    for col in range(2, 8):
        L = "ABCDEFG"[col - 1]
        ws.cell(r, col, "=SUM(%s13:%s%d)" % (L, L, r - 1)).font = Font(bold=True)
    ws.column_dimensions["A"].width = 30

    fills = dict(blue="0070C0", green="00B050", amber="FFC000", red="FF0000", unrated="BFBFBF")
    for sheet, afis in WC_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = sheet
        ws["A1"].font = Font(bold=True, size=13, color="00594F")
        ws["A2"] = "Areas for improvement from the Self-Assessment Report 2024-25"
        headers = ["AFI", "Area for improvement", "QIP ref", "Actions", "Owner", "Deadline", "Status",
                   "Progress at 30 January 2026"]
        for i, h in enumerate(headers, start=1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="00594F")
            c.border = thin_border()
        r = 5
        for afi_ref, afi, acts in afis:
            start = r
            for a in acts:
                vals = [None, None, a["ref"], a["action"], a["owner"], a["deadline"], WC_STATUS[a["st"]],
                        a["progress"]]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(r, i, v)
                    c.border = thin_border()
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(r, 7).fill = PatternFill("solid", fgColor=fills[a["st"]])
                r += 1
            ws.cell(start, 1, afi_ref)
            ws.cell(start, 2, afi)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        dv = DataValidation(type="list", formula1='"%s"' % ",".join(WC_STATUS.values()), allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("G5:G30")
        for col, wdt in zip("ABCDEFGH", [6, 45, 8, 55, 34, 14, 22, 40]):
            ws.column_dimensions[col].width = wdt
    wb.save(out(WC_FILE))


def main():
    make_guys_marsh()
    make_swindon()
    make_tewkesbury()
    make_cheltenham()
    make_durham_fire()
    make_northants()
    make_wiltshire_college()
    print("refuse row (Northamptonshire tracker):", NP_REFUSE_ROW)


if __name__ == "__main__":
    main()
