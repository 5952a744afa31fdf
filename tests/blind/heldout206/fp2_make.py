"""Build the seven fp2- test files of set heldout206.

Run with: /work/main/.venv/bin/python fp2_make.py
Writes the data files beside this script (docx with python-docx, xlsx with openpyxl,
csv/txt written directly).  The action records below also carry the reading a person
makes of each action (x_* keys) so that the .expected.yaml files can be written from
exactly the same strings.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "C": BLUE}


def D(y, m, d):
    return dt.datetime(y, m, d)


# --------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; each \n starts a new paragraph (as Word users type it)."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))
    return s


# ======================================================================================
# 1. Bromley SAB - SAR 'Mr J' multi-agency action plan (docx)
# ======================================================================================
BROMLEY_FILE = "fp2-bromley-sab-sar-mr-j-action-plan.docx"
BROMLEY_TITLE = "Safeguarding Adults Review \u2018Mr J\u2019 \u2013 Multi-agency Action Plan"
BROMLEY = [
    {
        "theme": "Theme 1: Self-neglect and engagement",
        "recs": [
            {
                "rec": "Recommendation 1: BSAB should seek assurance that partner agencies apply the "
                       "Self-Neglect and Hoarding Protocol consistently where an adult repeatedly "
                       "declines care and support.",
                "actions": [
                    dict(ref="1.1",
                         action="Refresh the BSAB Self-Neglect and Hoarding Protocol (Procedure 3) to "
                                "include an escalation route to a multi-agency risk panel where "
                                "engagement fails.",
                         lead="BSAB Business Manager", date="31/03/2025",
                         update="Refreshed protocol ratified by the BSAB Executive on 20/03/2025 and "
                                "published on the BSAB website.",
                         rag_text="Blue", rag_fill=BLUE,
                         x_lead=["BSAB Business Manager"], x_end="2025-03", x_status="blue"),
                    dict(ref="1.2",
                         action="Deliver multi-agency briefing sessions on the refreshed protocol, "
                                "covering:\n"
                                "\u2022 recognising self-neglect where the person declines contact\n"
                                "\u2022 use of the escalation route\n"
                                "\u2022 recording the person\u2019s own views and wishes",
                         lead="Head of Adult Safeguarding (LBB) / Named Nurse Safeguarding Adults (Oxleas)",
                         date="June 2025",
                         update="Four sessions delivered (112 attendees).\nA further session is booked "
                                "for GP practices in October 2025.",
                         rag_text="", rag_fill=GREEN,
                         x_lead=["Head of Adult Safeguarding (LBB)",
                                 "Named Nurse Safeguarding Adults (Oxleas)"],
                         x_end="2025-06", x_status="green"),
                    dict(ref="1.3",
                         action="Audit a sample of 20 self-neglect concerns to test whether the protocol "
                                "was followed and the adult\u2019s wishes were recorded.",
                         lead="BSAB Quality Assurance Sub-Group Chair",
                         date="Dec 2025",
                         update="Audit tool agreed; case sample being drawn. Start delayed by the Care "
                                "Act assessment backlog.",
                         rag_text="Amber", rag_fill=AMBER,
                         x_lead=["BSAB Quality Assurance Sub-Group Chair"], x_end="2025-12",
                         x_status="amber"),
                ],
            },
            {
                "rec": "Recommendation 2: Partners should ensure that mental capacity assessments "
                       "consider executive functioning where a person\u2019s decisions repeatedly "
                       "place them at risk.",
                "actions": [
                    dict(ref="2.1",
                         action="Add executive functioning guidance and a worked example to the Mental "
                                "Capacity Act practice guidance for adult social care and health staff.",
                         lead="Principal Social Worker (Adults)", date="30/09/2025",
                         update="Guidance drafted and shared with the Policy and Procedures Sub-Group; "
                                "sign-off expected at the October meeting.",
                         rag_text="Green", rag_fill=GREEN,
                         x_lead=["Principal Social Worker (Adults)"], x_end="2025-09",
                         x_status="green"),
                    dict(ref="2.2",
                         action="Include executive functioning in the MCA audits undertaken by the "
                                "King\u2019s College Hospital and Oxleas safeguarding teams.",
                         lead="King\u2019s College Hospital NHS FT / Oxleas NHS FT", date="Mar-26",
                         update="Oxleas audit tool amended. King\u2019s audit schedule for 2025/26 not "
                                "yet confirmed.",
                         rag_text="Amber", rag_fill=AMBER,
                         x_lead=["King\u2019s College Hospital NHS FT", "Oxleas NHS FT"],
                         x_end="2026-03", x_status="amber"),
                ],
            },
        ],
    },
    {
        "theme": "Theme 2: Information sharing and hospital discharge",
        "recs": [
            {
                "rec": "Recommendation 3: The Board should seek assurance that discharge planning for "
                       "adults at risk of self-neglect includes a multi-agency discharge meeting and "
                       "a named community lead.",
                "actions": [
                    dict(ref="3.1",
                         action="Agree a discharge checklist for adults with identified self-neglect "
                                "risks, to be used on the PRUH wards.",
                         lead="Director of Nursing (PRUH and South Sites)", date="31 January 2026",
                         update="Checklist piloted on two wards; feedback being collated.",
                         rag_text="Amber", rag_fill=AMBER,
                         x_lead=["Director of Nursing (PRUH and South Sites)"], x_end="2026-01",
                         x_status="amber"),
                    dict(ref="3.2",
                         action="Name a community lead (care coordinator or social worker) before "
                                "discharge for any adult open to a self-neglect safeguarding enquiry.",
                         lead="Head of Hospital Discharge (LBB)", date="Ongoing",
                         update="In place since April 2025; compliance checked monthly by the "
                                "discharge hub.",
                         rag_text="Green", rag_fill=GREEN,
                         x_lead=["Head of Hospital Discharge (LBB)"], x_end=None,
                         x_end_text="Ongoing", x_status="green"),
                    dict(ref="3.3",
                         action="Share the learning from this review through a 7-minute briefing and "
                                "the BSAB annual conference.",
                         lead="BSAB Business Manager", date="November 2024 \u2013 March 2025",
                         update="7-minute briefing published December 2024; learning presented at the "
                                "conference on 6 March 2025.",
                         rag_text="Blue", rag_fill=BLUE,
                         x_lead=["BSAB Business Manager"], x_end="2025-03", x_status="blue"),
                ],
            },
        ],
    },
]


def make_bromley():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Bromley Safeguarding Adults Board \u2013 OFFICIAL"
    doc.add_heading(BROMLEY_TITLE, level=0)
    doc.add_paragraph(
        "This plan sets out how partner agencies will respond to the recommendations of the "
        "Safeguarding Adults Review about Mr J, published by the Board on 12 November 2024. "
        "Progress is reported quarterly to the SAR Committee.")

    doc.add_heading("Document control", level=2)
    ctl = [("Document owner", "BSAB Business Manager"), ("Version", "1.4"),
           ("Last updated", "16/09/2025"), ("SAR published", "12 November 2024"),
           ("Next review", "SAR Committee, December 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ctl:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for cell, (txt, fill) in zip(k.rows[0].cells, [
            ("Blue \u2013 action complete and evidenced", BLUE),
            ("Green \u2013 on track", GREEN),
            ("Amber \u2013 some slippage, remedial plan in place", AMBER),
            ("Red \u2013 not started or significantly off track", RED)]):
        set_cell(cell, txt)
        shade(cell, fill)

    heads = ["Ref", "Action", "Lead agency / officer", "Target date",
             "Progress update (September 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.0), Cm(4.2), Cm(2.6), Cm(8.0), Cm(1.6)]
    for theme in BROMLEY:
        doc.add_heading(theme["theme"], level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for rec in theme["recs"]:
            row = t.add_row().cells
            m = row[0].merge(row[5])
            set_cell(m, rec["rec"], bold=True)
            shade(m, "F2F2F2")
            for a in rec["actions"]:
                c = t.add_row().cells
                set_cell(c[0], a["ref"])
                set_cell(c[1], a["action"])
                set_cell(c[2], a["lead"])
                set_cell(c[3], a["date"])
                set_cell(c[4], a["update"])
                set_cell(c[5], a["rag_text"])
                shade(c[5], a["rag_fill"])
        for r in t.rows:
            for c, w in zip(r.cells, widths):
                c.width = w
        doc.add_paragraph("")

    doc.add_paragraph(
        "Note: actions rated Blue for two consecutive quarters will be removed from the plan "
        "and recorded in the BSAB learning log.")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Agreed by", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["BSAB Executive", "Independent Chair", "23/09/2025"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, BROMLEY_FILE))


# ======================================================================================
# 2. Safer Southwark Partnership - DHR 'Maria' action plan (docx, Home Office template)
# ======================================================================================
SOUTHWARK_FILE = "fp2-safer-southwark-partnership-dhr-maria-action-plan.docx"
SOUTHWARK_TITLE = "Domestic Homicide Review \u2018Maria\u2019 \u2013 Action Plan"
SOUTHWARK = [
    {
        "part": "Part A: Overview report recommendations",
        "recs": [
            {
                "rec": "1. The Safer Southwark Partnership should seek assurance that agencies "
                       "routinely ask about domestic abuse when an older woman presents with "
                       "injuries or low mood.",
                "scope": "Local",
                "actions": [
                    dict(action="Update GP and emergency department guidance on routine enquiry to "
                                "include older victims and adult family members as perpetrators.",
                         lead="SEL ICB (Southwark) / Guy\u2019s and St Thomas\u2019 NHS FT",
                         milestones="Draft guidance shared with practice safeguarding leads in May 2025.",
                         date="September 2025",
                         outcome="Completed 26/09/2025 \u2013 guidance published on the ICB intranet "
                                 "and the GSTT safeguarding pages.",
                         status="B",
                         x_lead=["SEL ICB (Southwark)", "Guy\u2019s and St Thomas\u2019 NHS FT"],
                         x_end="2025-09", x_status="blue"),
                    dict(action="Deliver routine enquiry training to front-line staff in adult social "
                                "care and the older people\u2019s mental health teams.",
                         lead="Southwark Council Adult Social Care; South London and Maudsley NHS FT",
                         milestones="Two of six sessions delivered; training added to the SLaM "
                                    "induction programme.",
                         date="31/03/2026", outcome="", status="G",
                         x_lead=["Southwark Council Adult Social Care",
                                 "South London and Maudsley NHS FT"],
                         x_end="2026-03", x_status="green"),
                ],
            },
            {
                "rec": "2. Southwark Council and partners should ensure that carers\u2019 assessments "
                       "consider the risk of domestic abuse from the person being cared for, and "
                       "from the carer.",
                "scope": "Local",
                "actions": [
                    dict(action="Add domestic abuse questions to the carer\u2019s assessment template "
                                "and guidance.",
                         lead="Southwark Council Adult Social Care",
                         milestones="Change request submitted to the case management system team; "
                                    "awaiting the December release.",
                         date="Dec 2025", outcome="", status="A",
                         x_lead=["Southwark Council Adult Social Care"], x_end="2025-12",
                         x_status="amber"),
                    dict(action="Audit 30 carers\u2019 assessments completed after the change to check "
                                "that the questions are being asked and acted on.",
                         lead="Principal Social Worker (Adults)",
                         milestones="Waiting for the template change above.",
                         date="June 2026", outcome="", status="R",
                         x_lead=["Principal Social Worker (Adults)"], x_end="2026-06",
                         x_status="red"),
                ],
            },
            {
                "rec": "3. The Metropolitan Police should ensure that officers attending domestic "
                       "incidents involving older people complete a DARA risk assessment and record "
                       "the views of all adults present.",
                "scope": "Regional (Metropolitan Police Service)",
                "actions": [
                    dict(action="Issue a Central South BCU briefing to response teams on DARA "
                                "completion for older victims.",
                         lead="Metropolitan Police Service (Central South BCU)",
                         milestones="Briefing agreed with the BCU safeguarding lead.",
                         date="Jul-25",
                         outcome="Completed 14/07/2025 \u2013 briefing issued to all response teams.",
                         status="B",
                         x_lead=["Metropolitan Police Service (Central South BCU)"],
                         x_end="2025-07", x_status="blue"),
                    dict(action="Dip-sample DARA forms for victims aged 60 and over each quarter and "
                                "report compliance to the Domestic Abuse and VAWG Strategic Board.",
                         lead="Metropolitan Police Service (Central South BCU)",
                         milestones="Q1 and Q2 dip samples reported (81% and 86% compliant).",
                         date="Quarterly", outcome="", status="G",
                         x_lead=["Metropolitan Police Service (Central South BCU)"],
                         x_end=None, x_end_text="Quarterly", x_status="green"),
                ],
            },
        ],
    },
    {
        "part": "Part B: Single agency recommendations",
        "recs": [
            {
                "rec": "GSTT 1. Guy\u2019s and St Thomas\u2019 should ensure that frequent attenders "
                       "aged 65 and over are reviewed by the emergency department safeguarding team.",
                "scope": "Single agency",
                "actions": [
                    dict(action="Add an automated frequent-attender flag for patients aged 65 and over "
                                "to the emergency department record, triggering a safeguarding team "
                                "review.",
                         lead="Head of Safeguarding (GSTT)",
                         milestones="Specification agreed with the electronic patient record team.",
                         date="Q4 2025/26", outcome="", status="A",
                         x_lead=["Head of Safeguarding (GSTT)"], x_end="2026-03",
                         x_status="amber"),
                ],
            },
            {
                "rec": "SLaM 1. South London and Maudsley should ensure that care coordinators record "
                       "who else lives in the home and consider their role in the patient\u2019s care.",
                "scope": "Single agency",
                "actions": [
                    dict(action="Amend the care plan template to include household members and carers, "
                                "and audit compliance three months after the change.",
                         lead="Associate Director of Nursing (Older Adults)",
                         milestones="Template amended in August 2025; audit booked for November.",
                         date="30 April 2026", outcome="", status="G",
                         x_lead=["Associate Director of Nursing (Older Adults)"],
                         x_end="2026-04", x_status="green"),
                ],
            },
        ],
    },
]


def make_southwark():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Safer Southwark Partnership"
    doc.add_heading(SOUTHWARK_TITLE, level=0)
    doc.add_paragraph(
        "Status as at 31 October 2025. The action plan follows the Home Office template and "
        "is monitored by the Southwark DHR Steering Group.")
    doc.add_paragraph(
        "Status key: B = complete; G = on track; A = some slippage; R = off track or not started")
    heads = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
             "Date of completion and Outcome", "Status"]
    widths = [Cm(5.0), Cm(2.2), Cm(5.0), Cm(3.2), Cm(4.0), Cm(2.0), Cm(3.5), Cm(1.3)]
    for part in SOUTHWARK:
        doc.add_heading(part["part"], level=1)
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True, size=8)
            shade(c, "D9D9D9")
        for rec in part["recs"]:
            first = len(t.rows)
            for a in rec["actions"]:
                c = t.add_row().cells
                set_cell(c[2], a["action"])
                set_cell(c[3], a["lead"])
                set_cell(c[4], a["milestones"])
                set_cell(c[5], a["date"])
                set_cell(c[6], a["outcome"])
                set_cell(c[7], a["status"])
                shade(c[7], FILL[a["status"]])
            last = len(t.rows) - 1
            top0, top1 = t.cell(first, 0), t.cell(first, 1)
            if last > first:
                top0 = top0.merge(t.cell(last, 0))
                top1 = top1.merge(t.cell(last, 1))
            set_cell(top0, rec["rec"])
            set_cell(top1, rec["scope"])
        for r in t.rows:
            for c, w in zip(r.cells, widths):
                c.width = w
        doc.add_paragraph("")
    doc.add_paragraph(
        "Completed actions are reported to the Safer Southwark Partnership Board and will be "
        "shared with the Home Office on request.")
    doc.save(os.path.join(HERE, SOUTHWARK_FILE))


# ======================================================================================
# 3. NHS North East and North Cumbria ICB - Board action log (xlsx)
# ======================================================================================
NENC_FILE = "fp2-nhs-north-east-north-cumbria-icb-board-action-log.xlsx"
NENC_TITLE = "NHS North East and North Cumbria ICB \u2013 Board Action Log"
NENC_OPEN = [
    dict(ref="B/2025/031", met=D(2025, 5, 29),
         action="Circulate the ICB response to the NHS England model ICB blueprint to Board members "
                "once submitted.",
         owner="Chief Executive", due=D(2025, 7, 31), rev=None,
         update="Response circulated to members on 4 July 2025.", rag=GREEN,
         x_lead=["Chief Executive"], x_end="2025-07", x_status="blue"),
    dict(ref="B/2025/038", met=D(2025, 7, 31),
         action="Provide a breakdown of 12-hour waits in emergency departments by foundation trust "
                "for the next Board.",
         owner="Executive Medical Director / Executive Chief Nurse", due=D(2025, 9, 25),
         rev=D(2025, 11, 27),
         update="Deferred at the September meeting pending validated Q2 data; included in the "
                "November integrated delivery report.", rag=AMBER,
         x_lead=["Executive Medical Director", "Executive Chief Nurse"], x_end="2025-11",
         x_status="amber"),
    dict(ref="B/2025/039", met=D(2025, 7, 31),
         action="Present the ICB running cost reduction plan, including the timeline for the 50% "
                "reduction, to a Board development session.",
         owner="Chief Finance Officer", due=D(2025, 9, 25), rev=D(2026, 1, 29),
         update="Development session moved to January 2026 to align with national clustering "
                "guidance.", rag=AMBER,
         x_lead=["Chief Finance Officer"], x_end="2026-01", x_status="amber"),
    dict(ref="B/2025/044", met=D(2025, 9, 25),
         action="Bring the refreshed Joint Forward Plan delivery milestones back to the Board for "
                "approval.",
         owner="Executive Director of Strategy and System Oversight", due=D(2025, 11, 27), rev=None,
         update="On the November agenda (item 12).", rag=AMBER,
         x_lead=["Executive Director of Strategy and System Oversight"], x_end="2025-11",
         x_status="amber"),
    dict(ref="B/2025/045", met=D(2025, 9, 25),
         action="Review the scoring of corporate risk NENC/0012 (access to primary care) with the "
                "Quality and Safety Committee and report back.",
         owner="Executive Director of Corporate Governance, Communications and Involvement",
         due=D(2025, 10, 30), rev=None,
         update="Not yet reviewed \u2013 the October Quality and Safety Committee was stood down.",
         rag=RED,
         x_lead=["Executive Director of Corporate Governance, Communications and Involvement"],
         x_end="2025-10", x_status="red"),
    dict(ref="B/2025/047", met=D(2025, 9, 25),
         action="Provide a written response to the public question on community dental services in "
                "North Cumbria and publish it on the ICB website.",
         owner="Director of Primary Care / Head of Corporate Affairs", due=D(2025, 10, 31), rev=None,
         update="Response sent on 17 October 2025 and published.", rag=GREEN,
         x_lead=["Director of Primary Care", "Head of Corporate Affairs"], x_end="2025-10",
         x_status="blue"),
    dict(ref="B/2025/049", met=D(2025, 9, 25),
         action="Circulate the children and young people\u2019s mental health access trajectory by "
                "local authority area.",
         owner="Executive Chief Nurse", due=D(2026, 1, 29), rev=None,
         update="", rag=AMBER,
         x_lead=["Executive Chief Nurse"], x_end="2026-01", x_status="amber"),
]
NENC_CLOSED = [
    dict(ref="B/2025/021", met=D(2025, 3, 27),
         action="Share the shared care record roll-out timetable for North Cumbria GP practices.",
         owner="Chief Digital and Information Officer", due=D(2025, 7, 31), closed=D(2025, 9, 25),
         note="Timetable shared; roll-out complete in 38 of 40 practices.", rag=GREEN,
         x_lead=["Chief Digital and Information Officer"], x_end="2025-07", x_status="blue"),
    dict(ref="B/2025/033", met=D(2025, 5, 29),
         action="Arrange a Board seminar on the tobacco dependency treatment programme.",
         owner="Executive Director of Strategy and System Oversight", due=D(2025, 9, 25),
         closed=D(2025, 9, 25), note="Seminar held on 11 September 2025.", rag=GREEN,
         x_lead=["Executive Director of Strategy and System Oversight"], x_end="2025-09",
         x_status="blue"),
]


def xl_border():
    s = Side(style="thin", color="999999")
    return Border(left=s, right=s, top=s, bottom=s)


def make_nenc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    thin = xl_border()
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = NENC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Board meetings held in public: actions arising. Updated 20 November 2025 for the Board on 27 November 2025."
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for col, (txt, fill) in zip("BCD", [("Overdue", RED), ("In progress \u2013 not yet due", AMBER),
                                        ("Complete \u2013 recommend for closure", GREEN)]):
        c = ws[f"{col}4"]
        c.value = txt
        c.fill = PatternFill("solid", fgColor=fill)
        c.alignment = wrap
    heads = ["Action no.", "Date of meeting", "Action", "Action owner", "Original due date",
             "Revised due date", "Progress update", "RAG"]
    hr = 6
    for i, h in enumerate(heads, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = wrap
        c.border = thin
    r = hr + 1
    for a in NENC_OPEN:
        vals = [a["ref"], a["met"], a["action"], a["owner"], a["due"], a["rev"], a["update"], None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = wrap
            c.border = thin
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = PatternFill("solid", fgColor=a["rag"])
        r += 1
    for col, w in zip("ABCDEFGH", [12, 13, 55, 32, 13, 13, 45, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed at the Board meeting on 25 September 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    heads2 = ["Action no.", "Date of meeting", "Action", "Action owner", "Due date", "Date closed",
              "Closure note", "RAG"]
    for i, h in enumerate(heads2, 1):
        c = ws2.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.border = thin
    r = 4
    for a in NENC_CLOSED:
        vals = [a["ref"], a["met"], a["action"], a["owner"], a["due"], a["closed"], a["note"], None]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(r, i, v)
            c.alignment = wrap
            c.border = thin
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws2.cell(r, 8).fill = PatternFill("solid", fgColor=a["rag"])
        r += 1
    for col, w in zip("ABCDEFGH", [12, 13, 55, 32, 13, 13, 45, 8]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, NENC_FILE))


# ======================================================================================
# 4. Epsom and St Helier - Maternity and Neonatal Improvement Plan (xlsx)
# ======================================================================================
ESTH_FILE = "fp2-epsom-st-helier-uh-maternity-neonatal-improvement-plan.xlsx"
ESTH_TITLE = "Maternity and Neonatal Improvement Plan 2023\u20132026"
T1 = "Theme 1: Listening to and working with women and families with compassion"
T2 = "Theme 2: Growing, retaining, and supporting our workforce"
T3 = "Theme 3: Developing and sustaining a culture of safety, learning, and support"
T4 = "Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care"
ESTH = [
    (T1, "Objective 1: Care that is personalised", [
        dict(ref="1.1",
             action="Offer every woman a personalised care and support plan at booking, reviewed at "
                    "16, 28 and 36 weeks and shared through the maternity app.",
             lead="Consultant Midwife for Public Health", orig=D(2025, 3, 31), rev=D(2025, 12, 31),
             update="Plans offered to 92% of bookings in September.\nReview at 36 weeks recorded for "
                    "71%; app template updated.",
             evidence="Monthly PCSP audit", prev="A", cur="A",
             x_lead=["Consultant Midwife for Public Health"], x_end="2025-12", x_status="amber"),
    ]),
    (T1, "Objective 2: Improve equity for mothers and babies", [
        dict(ref="1.2",
             action="Complete the equity and equality analysis with the South West London LMNS and "
                    "agree the Trust\u2019s actions for Black, Asian and mixed ethnicity women and "
                    "those living in the most deprived areas.",
             lead="Director of Midwifery / Head of Maternity Governance", orig=D(2024, 9, 30),
             rev=None,
             update="Analysis completed; Trust actions included in the LMNS equity and equality plan.",
             evidence="LMNS Board minutes 12/11/2024", prev="B", cur="B",
             x_lead=["Director of Midwifery", "Head of Maternity Governance"], x_end="2024-09",
             x_status="blue"),
    ]),
    (T1, "Objective 3: Work with service users to improve care", [
        dict(ref="1.3",
             action="Fund the Maternity and Neonatal Voices Partnership (MNVP) lead for 15 hours per "
                    "week and agree an annual work plan with the MNVP.",
             lead="Director of Midwifery", orig=D(2025, 4, 30), rev=None,
             update="MNVP lead funded from April 2025; 2025/26 work plan agreed in May.",
             evidence="MNVP work plan", prev="G", cur="B",
             x_lead=["Director of Midwifery"], x_end="2025-04", x_status="blue"),
    ]),
    (T2, "Objective 4: Grow our workforce", [
        dict(ref="2.1",
             action="Recruit to the funded midwifery establishment following the 2025 Birthrate Plus "
                    "review, including 8.6 WTE band 6 midwives.",
             lead="Deputy Director of Midwifery", orig=D(2025, 9, 30), rev="Q4 2025/26",
             update="6.0 WTE recruited; 2.6 WTE vacant. International recruitment cohort starts in "
                    "January 2026.",
             evidence="Workforce report to Quality Committee", prev="A", cur="A",
             x_lead=["Deputy Director of Midwifery"], x_end="2026-03", x_status="amber"),
    ]),
    (T2, "Objective 5: Value and retain our workforce", [
        dict(ref="2.2",
             action="Launch a preceptorship and retention programme for newly qualified midwives, with "
                    "a named retention midwife at each site.",
             lead="Lead Professional Midwifery Advocate", orig=D(2025, 12, 31), rev=None,
             update="Programme launched in June 2025; first cohort evaluation due December.",
             evidence="Programme launch pack", prev="G", cur="G",
             x_lead=["Lead Professional Midwifery Advocate"], x_end="2025-12", x_status="green"),
    ]),
    (T2, "Objective 6: Invest in skills", [
        dict(ref="2.3",
             action="Ensure 90% of obstetric, midwifery and anaesthetic staff complete PROMPT and "
                    "fetal monitoring training in line with the Core Competency Framework version 2.",
             lead="Practice Development Midwife / Clinical Director for Obstetrics",
             orig=D(2025, 11, 30), rev=None,
             update="PROMPT 93%, fetal monitoring 91% at end of October.",
             evidence="Training compliance dashboard", prev="A", cur="G",
             x_lead=["Practice Development Midwife", "Clinical Director for Obstetrics"],
             x_end="2025-11", x_status="green"),
    ]),
    (T3, "Objective 7: Develop a positive safety culture", [
        dict(ref="3.1",
             action="Take part in the national Perinatal Culture and Leadership Programme and share the "
                    "SCORE survey results and action plan with all staff.",
             lead="Perinatal Quadrumvirate", orig=D(2024, 12, 31), rev=None,
             update="Programme completed; results shared at staff listening events in November and "
                    "December 2024.",
             evidence="SCORE action plan", prev="B", cur="B",
             x_lead=["Perinatal Quadrumvirate"], x_end="2024-12", x_status="blue"),
    ]),
    (T3, "Objective 8: Learning and improving", [
        dict(ref="3.2",
             action="Move maternity incident reviews to PSIRF and publish a quarterly learning bulletin "
                    "across both sites.",
             lead="Head of Maternity Governance", orig=D(2025, 3, 31), rev=D(2025, 9, 30),
             update="PSIRF in place for maternity since July 2025; first two bulletins published.",
             evidence="Learning bulletins Q1, Q2", prev="A", cur="B",
             x_lead=["Head of Maternity Governance"], x_end="2025-09", x_status="blue"),
    ]),
    (T3, "Objective 9: Support and oversight", [
        dict(ref="3.3",
             action="Report the perinatal quality surveillance dashboard to Trust Board every month, "
                    "with Board safety champion walkabouts at Epsom and St Helier each quarter.",
             lead="Chief Nursing Officer / Non-Executive Maternity Safety Champion", orig="Monthly",
             rev=None,
             update="Dashboard reported monthly; walkabouts held in July and October.",
             evidence="Board papers", prev="G", cur="G",
             x_lead=["Chief Nursing Officer", "Non-Executive Maternity Safety Champion"],
             x_end=None, x_end_text="Monthly", x_status="green"),
    ]),
    (T4, "Objective 10: Standards to ensure best practice", [
        dict(ref="4.1",
             action="Fully implement all six elements of the Saving Babies\u2019 Lives Care Bundle "
                    "version 3 and evidence compliance for CNST Year 7.",
             lead="Consultant Obstetrician (SBLCB lead)", orig=D(2026, 3, 3), rev=None,
             update="Elements 1, 2, 4 and 6 fully implemented. Element 3 (fetal growth) at 78%; "
                    "element 5 (preterm birth) at 82%.",
             evidence="LMNS SBLCB quarterly review", prev="A", cur="A",
             x_lead=["Consultant Obstetrician (SBLCB lead)"], x_end="2026-03", x_status="amber"),
    ]),
    (T4, "Objective 12: Make better use of digital technology", [
        dict(ref="4.2",
             action="Complete the maternity digital maturity assessment and agree the business case "
                    "for a single maternity electronic patient record across both sites.",
             lead="Chief Information Officer / Director of Midwifery", orig=D(2025, 6, 30),
             rev=D(2026, 2, 28),
             update="Assessment complete. Business case delayed to align with the group EPR "
                    "procurement.",
             evidence="Digital maturity assessment", prev="R", cur="A",
             x_lead=["Chief Information Officer", "Director of Midwifery"], x_end="2026-02",
             x_status="amber"),
    ]),
]


def make_esth():
    wb = Workbook()
    thin = xl_border()
    wrap = Alignment(wrap_text=True, vertical="top")
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ESTH_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="005EB8")
    cov["A2"] = "Epsom and St Helier University Hospitals NHS Trust"
    cov["A3"] = ("Trust implementation of the NHS England three-year delivery plan for maternity "
                 "and neonatal services")
    rows = [("Version", "3.2"), ("Reporting month", "October 2025"),
            ("Plan owner", "Director of Midwifery"),
            ("Reported to", "Maternity Assurance Group; Quality Committee; Trust Board"),
            ("Date of next review", "November 2025")]
    for i, (k, v) in enumerate(rows, 5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = thin
        cov.cell(i, 2).border = thin
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG key"
    sm["A1"].font = Font(bold=True)
    key = [("B", "Complete and evidenced"), ("G", "On track to deliver by the due date"),
           ("A", "At risk of slippage \u2013 mitigation in place"),
           ("R", "Off track \u2013 escalated to the Maternity Assurance Group")]
    for i, (k, v) in enumerate(key, 2):
        c = sm.cell(i, 1, k)
        c.fill = PatternFill("solid", fgColor=FILL[k])
        sm.cell(i, 2, v)
    sm["A8"] = "Position at 31 October 2025"
    sm["A8"].font = Font(bold=True)
    heads = ["Theme", "Actions", "B", "G", "A", "R"]
    for i, h in enumerate(heads, 1):
        c = sm.cell(9, i, h)
        c.font = Font(bold=True)
        c.border = thin
    counts = {}
    for theme, _obj, acts in ESTH:
        d = counts.setdefault(theme, {"B": 0, "G": 0, "A": 0, "R": 0})
        for a in acts:
            d[a["cur"]] += 1
    r = 10
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, d in counts.items():
        vals = [theme.split(":")[0], sum(d.values()), d["B"], d["G"], d["A"], d["R"]]
        for i, v in enumerate(vals, 1):
            sm.cell(r, i, v).border = thin
        for k in tot:
            tot[k] += d[k]
        r += 1
    vals = ["Total", sum(tot.values()), tot["B"], tot["G"], tot["A"], tot["R"]]
    for i, v in enumerate(vals, 1):
        c = sm.cell(r, i, v)
        c.font = Font(bold=True)
        c.border = thin
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Delivery plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan \u2013 delivery tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress to 31 October 2025"
    heads = ["Ref", "Action", "Lead(s)", "Original due date", "Revised due date",
             "Progress update", "Evidence / assurance", "Previous RAG (Jul-25)",
             "Current RAG (Oct-25)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = wrap
        c.border = thin
    r = 5
    last_theme = None
    for theme, obj, acts in ESTH:
        if theme != last_theme:
            ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="1F3864")
            r += 1
            last_theme = theme
        ws.cell(r, 1, obj).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E2F3")
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["update"],
                    a["evidence"], a["prev"], a["cur"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = wrap
                c.border = thin
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[a["prev"]])
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILL[a["cur"]])
            ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    for col, w in zip("ABCDEFGHI", [6, 55, 30, 12, 12, 45, 25, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, ESTH_FILE))


# ======================================================================================
# 5. London Borough of Harrow - Corporate Risk Register Q2 2025/26 (xlsx, risk cards)
# ======================================================================================
HARROW_FILE = "fp2-harrow-council-corporate-risk-register-q2-2025-26.xlsx"
HARROW_TITLE = "London Borough of Harrow \u2013 Corporate Risk Register, Quarter 2 2025/26"
HARROW_SUMMARY = [
    ("CRR01", "Financial sustainability", "Director of Finance and Assurance", 25, 20, 20, 12, "\u2194"),
    ("CRR02", "Temporary accommodation demand and cost", "Corporate Director of Place", 20, 20, 16, 12, "\u2193"),
    ("CRR03", "Cyber security and ICT resilience", "Director of Digital and Customer Services", 20, 12, 12, 8, "\u2194"),
    ("CRR04", "Safeguarding children", "Corporate Director of People", 16, 12, 12, 8, "\u2194"),
    ("CRR05", "Adult social care demand and market capacity", "Corporate Director of People", 20, 16, 16, 12, "\u2194"),
    ("CRR06", "Health and safety compliance in council buildings", "Corporate Director of Place", 15, 12, 10, 8, "\u2193"),
]
HARROW_CARDS = [
    dict(sheet="CRR01",
         heading="CRR01 \u2013 Financial sustainability: failure to set and deliver a balanced budget "
                 "over the medium term financial strategy period",
         owner="Director of Finance and Assurance",
         desc="If demand-led pressures in temporary accommodation, adults\u2019 and children\u2019s "
              "services continue to exceed budget and savings are not delivered, then the Council may "
              "be unable to balance its budget, leading to unplanned use of reserves.",
         inherent="25 (L5 x I5)", current="20 (L4 x I5)", target="12 (L3 x I4)",
         controls="\u2022 MTFS refreshed annually and reported to Cabinet\n"
                  "\u2022 Monthly budget monitoring reported to the Corporate Strategic Board\n"
                  "\u2022 Spending controls panel for all non-essential spend",
         actions=[
             dict(ref="1.1",
                  action="Deliver the 2025/26 savings programme of \u00a311.2m, with monthly tracking "
                         "of each saving by the Savings Delivery Board.",
                  owner="Director of Finance and Assurance", date="31/03/2026", status="Amber",
                  by="Savings Delivery Board", freq="Monthly",
                  x_lead=["Director of Finance and Assurance"], x_end="2026-03",
                  x_status="amber"),
             dict(ref="1.2",
                  action="Complete the 2026/27 budget consultation and present the draft budget to "
                         "Cabinet.",
                  owner="Director of Finance and Assurance", date=D(2025, 12, 18), status="Green",
                  by="Cabinet", freq="Annual",
                  x_lead=["Director of Finance and Assurance"], x_end="2025-12",
                  x_status="green"),
             dict(ref="1.3",
                  action="Review the reserves strategy and set a minimum level of general fund "
                         "balance for 2026/27.",
                  owner="Head of Strategic Finance", date="Q3 2025/26", status="Complete",
                  by="Corporate Strategic Board", freq="Annual",
                  x_lead=["Head of Strategic Finance"], x_end="2025-12", x_status="blue"),
         ]),
    dict(sheet="CRR02",
         heading="CRR02 \u2013 Temporary accommodation: homelessness demand and the cost of temporary "
                 "accommodation exceed available supply and budget",
         owner="Corporate Director of Place",
         desc="If the number of households in temporary accommodation continues to rise and "
              "nightly-paid costs increase, then the housing budget will overspend and families "
              "will stay longer in unsuitable accommodation.",
         inherent="20 (L5 x I4)", current="16 (L4 x I4)", target="12 (L3 x I4)",
         controls="\u2022 Weekly temporary accommodation placements review\n"
                  "\u2022 Pan-London inter-borough accommodation agreement\n"
                  "\u2022 Housing Board oversight of the homelessness budget",
         actions=[
             dict(ref="2.1",
                  action="Purchase 100 additional homes through the council\u2019s property "
                         "acquisition programme for use as temporary accommodation.",
                  owner="Corporate Director of Place", date=D(2026, 3, 31), status="Amber",
                  by="Housing Board", freq="Monthly",
                  x_lead=["Corporate Director of Place"], x_end="2026-03", x_status="amber"),
             dict(ref="2.2",
                  action="Reduce the number of households in nightly-paid accommodation for more "
                         "than six weeks through a dedicated move-on team.",
                  owner="Head of Housing Needs", date="Ongoing", status="Green",
                  by="Housing Board", freq="Monthly",
                  x_lead=["Head of Housing Needs"], x_end=None, x_end_text="Ongoing",
                  x_status="green"),
             dict(ref="2.3",
                  action="Agree a sub-regional rate cap for nightly-paid accommodation with the West "
                         "London boroughs.",
                  owner="Head of Housing Needs / Director of Housing", date="30/11/2025",
                  status="Red", by="Housing Board", freq="Quarterly",
                  x_lead=["Head of Housing Needs", "Director of Housing"], x_end="2025-11",
                  x_status="red"),
             dict(ref="2.4",
                  action="Launch the homelessness prevention fund for private tenants at risk of "
                         "eviction.",
                  owner="Director of Housing", date="July 2025", status="Complete",
                  by="Housing Board", freq="Quarterly",
                  x_lead=["Director of Housing"], x_end="2025-07", x_status="blue"),
         ]),
    dict(sheet="CRR05",
         heading="CRR05 \u2013 Adult social care: demand and complexity of need exceed available "
                 "resources and care market capacity",
         owner="Corporate Director of People",
         desc="If demand for care and support continues to grow faster than funding and provider "
              "capacity, then the Council may not meet its Care Act duties within budget.",
         inherent="20 (L4 x I5)", current="16 (L4 x I4)", target="12 (L3 x I4)",
         controls="\u2022 Adults demand dashboard reviewed weekly by the Adults DMT\n"
                  "\u2022 Market position statement and provider forums\n"
                  "\u2022 Brokerage team controls on placement costs",
         actions=[
             dict(ref="5.1",
                  action="Implement the new front door model with the voluntary sector to increase "
                         "the number of people supported through information, advice and "
                         "prevention.",
                  owner="Director of Adult Social Care", date="31/01/2026", status="Green",
                  by="Adults DMT", freq="Monthly",
                  x_lead=["Director of Adult Social Care"], x_end="2026-01", x_status="green"),
             dict(ref="5.2",
                  action="Complete the fee uplift negotiations with home care and residential care "
                         "providers for 2026/27.",
                  owner="Head of Commissioning and Quality Assurance", date="February 2026",
                  status="Not started", by="Adults DMT", freq="Quarterly",
                  x_lead=["Head of Commissioning and Quality Assurance"], x_end="2026-02",
                  x_status="unrated"),
             dict(ref="5.3",
                  action="Refresh the adult social care self-assessment and share it with the LGA "
                         "peer challenge team.",
                  owner="Corporate Director of People", date="Sept 2025", status="Complete",
                  by="Corporate Strategic Board", freq="Quarterly",
                  x_lead=["Corporate Director of People"], x_end="2025-09", x_status="blue"),
         ]),
]


def score_fill(v):
    return RED if v >= 15 else (AMBER if v >= 8 else GREEN)


def make_harrow():
    wb = Workbook()
    thin = xl_border()
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = HARROW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position as at 30 September 2025. Reported to the Governance, Audit, Risk "
                "Management and Standards Committee, 20 November 2025.")
    heads = ["Ref", "Risk", "Risk owner", "Inherent score", "Current score (Q1)",
             "Current score (Q2)", "Target score", "Direction of travel"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = wrap
        c.border = thin
    r = 5
    for row in HARROW_SUMMARY:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.border = thin
            c.alignment = wrap
            if i in (4, 5, 6, 7):
                c.fill = PatternFill("solid", fgColor=score_fill(v))
                c.alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    ws.cell(r, 1, "Scoring: likelihood (1\u20135) x impact (1\u20135). 15\u201325 red; 8\u201314 "
                  "amber; 1\u20137 green.")
    r += 1
    ws.cell(r, 1, "Action status: Complete; Green \u2013 on track; Amber \u2013 at risk of "
                  "slipping; Red \u2013 off track; Not started.")
    r += 1
    ws.cell(r, 1, "Risk cards follow for risks with a current score of 16 or above "
                  "(CRR01, CRR02 and CRR05).")
    for col, w in zip("ABCDEFGH", [8, 45, 36, 10, 10, 10, 10, 10]):
        ws.column_dimensions[col].width = w

    for card in HARROW_CARDS:
        s = wb.create_sheet(card["sheet"])
        s["A1"] = card["heading"]
        s["A1"].font = Font(bold=True, size=12, color="1F4E78")
        s.merge_cells("A1:G1")
        s["A1"].alignment = Alignment(wrap_text=True)
        s.row_dimensions[1].height = 32
        info = [("Risk owner", card["owner"]), ("Risk description", card["desc"]),
                ("Inherent score", card["inherent"]), ("Current score", card["current"]),
                ("Target score", card["target"]), ("Existing controls in place", card["controls"])]
        for i, (k, v) in enumerate(info, 3):
            a = s.cell(i, 1, k)
            a.font = Font(bold=True)
            a.border = thin
            a.alignment = wrap
            b = s.cell(i, 2, v)
            b.alignment = wrap
            b.border = thin
            s.merge_cells(start_row=i, start_column=2, end_row=i, end_column=7)
        s.cell(5, 2).fill = PatternFill("solid", fgColor=RED)
        cur = int(card["current"].split()[0])
        s.cell(6, 2).fill = PatternFill("solid", fgColor=score_fill(cur))
        s.cell(7, 2).fill = PatternFill("solid", fgColor=AMBER)
        s.cell(10, 1, "Specific actions").font = Font(bold=True, size=11)
        heads = ["No.", "Action", "Action owner", "Target date", "Status", "Monitored by",
                 "Frequency"]
        for i, h in enumerate(heads, 1):
            c = s.cell(11, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.border = thin
        r = 12
        for a in card["actions"]:
            vals = [a["ref"], a["action"], a["owner"], a["date"], a["status"], a["by"], a["freq"]]
            for i, v in enumerate(vals, 1):
                c = s.cell(r, i, v)
                c.alignment = wrap
                c.border = thin
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
        s.cell(r + 1, 1, "Last reviewed by the risk owner: 30/09/2025")
        for col, w in zip("ABCDEFG", [22, 55, 32, 12, 12, 22, 11]):
            s.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, HARROW_FILE))


# ======================================================================================
# 6. Enfield Council - Transformation Programme highlight report (csv) - REFUSE
# ======================================================================================
ENFIELD_FILE = "fp2-enfield-council-transformation-programme-highlight-report-typo-month-refuse.csv"
ENFIELD_TITLE = "Enfield Council - Transformation Programme Highlight Report"
ENFIELD_ROWS = [
    ("Customer Experience and Digital", "CXD-01",
     "Launch the customer portal with single sign-on for council tax and housing repairs",
     "Director of Customer Experience", "30/06/2025", "Sept 2025", "A", "G",
     "Portal live 22 September; 14,300 registrations to date"),
    ("Customer Experience and Digital", "CXD-02",
     "Move 70% of waste and recycling telephone contacts to online self-service",
     "Head of Customer Services", "31/12/2025", "March 2026", "A", "A",
     "Online share at 54%; campaign with the new bin calendar in January"),
    ("Customer Experience and Digital", "CXD-03", "Decommission the legacy CRM system",
     "Head of Digital / Head of Customer Services", "31/01/2026", "January 2026", "G", "G",
     "Data migration tested; cut-over planned for 19 January"),
    ("Property and Assets", "PA-01",
     "Complete the Civic Centre space rationalisation and release two floors for letting",
     "Director of Property and Economy", "31/03/2025", "December 2025", "R", "A",
     "Floor 5 vacated; floor 6 moves delayed by ICT cabling"),
    ("Property and Assets", "PA-02",
     "Dispose of the three surplus sites approved in the asset disposal programme",
     "Head of Strategic Property", "31/03/2026", "March 2026", "G", "G",
     "Two sites under offer; third at marketing stage"),
    ("Adults Transformation", "ASC-01",
     "Roll out strength-based practice training and the new assessment form to all adult social care teams",
     "Director of Adult Social Care", "30/09/2025", "Febuary 2026", "G", "A",
     "Training complete for 6 of 9 teams; form release moved to align with the system upgrade"),
    ("Adults Transformation", "ASC-02",
     "Expand the reablement service to take 40 additional referrals a month from hospital discharge",
     "Head of Reablement", "31/12/2025", "December 2025", "A", "G",
     "Recruitment complete; capacity live from 1 November"),
    ("Children and Families", "CF-01",
     "Open two in-house children's homes to reduce reliance on external residential placements",
     "Director of Children's Social Care", "30/06/2026", "June 2026", "G", "G",
     "First home registered with Ofsted in October"),
    ("Children and Families", "CF-02",
     "Introduce the Family Help front door with the early help and MASH teams",
     "Head of Early Help", "31/10/2025", "November 2025", "A", "A",
     "Staff consultation closed; go-live moved by one month"),
    ("Workforce", "WF-01",
     "Reduce agency spend by 20% through the permanent recruitment campaign",
     "Director of HR and Organisational Development", "31/03/2026", "March 2026", "A", "R",
     "Agency spend down 6%; social work vacancies remain high"),
]


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_enfield():
    ncol = 9
    lines = []

    def line(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    line(ENFIELD_TITLE)
    line("Reporting period: October 2025")
    line("Programme Board: 12 November 2025. SRO: Chief Executive")
    line()
    line("Workstream", "Ref", "Milestone", "Lead", "Baseline date", "Forecast date",
         "Previous RAG", "Current RAG", "Commentary")
    for row in ENFIELD_ROWS:
        line(*row)
    line()
    cur = [r[7] for r in ENFIELD_ROWS]
    line("Summary")
    line("Milestones reported", str(len(ENFIELD_ROWS)))
    for k, name in (("G", "Green"), ("A", "Amber"), ("R", "Red")):
        line(name, str(cur.count(k)))
    with open(os.path.join(HERE, ENFIELD_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    # the line number (1-based) of the mistyped month
    for i, l in enumerate(lines, 1):
        if "Febuary" in l:
            return i


# ======================================================================================
# 7. Haringey Community Safety Partnership - delivery plan Q2 update (txt, tab-separated)
# ======================================================================================
HARINGEY_FILE = "fp2-haringey-csp-community-safety-strategy-delivery-plan-2025-26.txt"
HARINGEY_TITLE = ("Haringey Community Safety Partnership \u2013 Community Safety Strategy "
                  "Delivery Plan 2025-26")
HARINGEY = [
    ("PRIORITY 1: ANTI-SOCIAL BEHAVIOUR", [
        dict(ref="1.1",
             action="Agree and publish the ASB Case Review protocol (formerly the Community Trigger) "
                    "with partners",
             lead="Haringey Council Community Safety and Enforcement", when="September 2025",
             update="Draft protocol awaiting approval at this meeting", rag="A",
             x_lead=["Haringey Council Community Safety and Enforcement"], x_end="2025-09",
             x_status="amber"),
        dict(ref="1.2",
             action="Use closure powers at the premises causing the most harm in the Clear, Hold, "
                    "Build footprint",
             lead="Metropolitan Police North Area BCU / Haringey Council Community Safety and "
                  "Enforcement",
             when="Ongoing",
             update="9 of 11 closures approved by the partnership panel; reported ASB down at both "
                    "sites",
             rag="G",
             x_lead=["Metropolitan Police North Area BCU",
                     "Haringey Council Community Safety and Enforcement"],
             x_end=None, x_end_text="Ongoing", x_status="green"),
        dict(ref="1.3",
             action="Set up a partnership strategic ASB group with terms of reference and an "
                    "improvement plan",
             lead="Head of Community Safety and Enforcement", when="Q3 2025/26",
             update="Terms of reference drafted; first meeting in November", rag="G",
             x_lead=["Head of Community Safety and Enforcement"], x_end="2025-12",
             x_status="green"),
    ]),
    ("PRIORITY 2: VIOLENCE AGAINST WOMEN AND GIRLS", [
        dict(ref="2.1",
             action="Commission the new integrated domestic abuse service for victims and survivors",
             lead="VAWG Strategic Lead", when="31/03/2026",
             update="Tender evaluation complete; contract award in November", rag="G",
             x_lead=["VAWG Strategic Lead"], x_end="2026-03", x_status="green"),
        dict(ref="2.2",
             action="Deliver Safe Space training to licensed premises staff in Wood Green and "
                    "Tottenham",
             lead="Haringey Council Licensing; Metropolitan Police North Area BCU", when="Dec 2025",
             update="14 venues trained; night-time economy venues in Tottenham still to book", rag="A",
             x_lead=["Haringey Council Licensing", "Metropolitan Police North Area BCU"],
             x_end="2025-12", x_status="amber"),
        dict(ref="2.3",
             action="Carry out a learning audit of the three most recently published DHRs",
             lead="CSP DHR Coordinator", when="June 2025",
             update="Complete - learning briefing circulated to all partners", rag="C",
             x_lead=["CSP DHR Coordinator"], x_end="2025-06", x_status="blue"),
    ]),
    ("PRIORITY 3: SERIOUS VIOLENCE", [
        dict(ref="3.1",
             action="Refresh the Serious Violence Duty strategic needs assessment",
             lead="Public Health Haringey / Community Safety Partnership Manager", when="Jan 2026",
             update="Data requests with partners; health data outstanding", rag="A",
             x_lead=["Public Health Haringey", "Community Safety Partnership Manager"],
             x_end="2026-01", x_status="amber"),
        dict(ref="3.2",
             action="Expand the A&E youth worker programme at North Middlesex University Hospital to "
                    "evenings and weekends",
             lead="Haringey Council Youth Services and North Middlesex University Hospital NHS Trust",
             when="March 2026",
             update="Funding bid unsuccessful; alternative funding being sought", rag="R",
             x_lead=["Haringey Council Youth Services",
                     "North Middlesex University Hospital NHS Trust"],
             x_end="2026-03", x_status="red"),
    ]),
    ("PRIORITY 4: HATE CRIME", [
        dict(ref="4.1",
             action="Run a Hate Crime Awareness Week campaign with faith and community groups",
             lead="Haringey Council Communities Team", when="October 2025",
             update="Planned for 11-18 October; 12 events confirmed", rag="G",
             x_lead=["Haringey Council Communities Team"], x_end="2025-10", x_status="green"),
        dict(ref="4.2",
             action="Increase the number of third-party hate crime reporting centres from 6 to 10",
             lead="Haringey Council Communities Team", when="31/03/2026",
             update="Two new centres signed up; volunteer training booked", rag="G",
             x_lead=["Haringey Council Communities Team"], x_end="2026-03", x_status="green"),
    ]),
]


def make_haringey():
    out = [HARINGEY_TITLE,
           "Quarter 2 update (July to September 2025)",
           "Prepared for the Community Safety Partnership meeting, 22 October 2025",
           "",
           "RAG: G = on track; A = some delay; R = significant delay or at risk; C = complete",
           "",
           "\t".join(["Ref", "Action", "Lead partner(s)", "By when", "Q2 update", "RAG"])]
    rags = []
    for pri, acts in HARINGEY:
        out.append(pri)
        for a in acts:
            out.append("\t".join([a["ref"], a["action"], a["lead"], a["when"], a["update"],
                                  a["rag"]]))
            rags.append(a["rag"])
    out.append("")
    out.append("Summary: %d actions - C %d, G %d, A %d, R %d" % (
        len(rags), rags.count("C"), rags.count("G"), rags.count("A"), rags.count("R")))
    out.append("Next update: Quarter 3 report to the CSP in January 2026")
    with open(os.path.join(HERE, HARINGEY_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")


def main():
    make_bromley()
    make_southwark()
    make_nenc()
    make_esth()
    make_harrow()
    line = make_enfield()
    make_haringey()
    print("Enfield typo line:", line)


if __name__ == "__main__":
    main()
