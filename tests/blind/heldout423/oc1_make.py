#!/usr/bin/env python3
"""Build the seven oc1- blind test files (set heldout423).

Run:  /work/main/.venv/bin/python oc1_make.py
Writes the data files next to this script.  Each action record below also
carries the reading a person makes of it (lead list, end month, status); the
expected.yaml files are written from these by oc1_expected (not by this script).
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "BFBFBF",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. North Kesteven DC - internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
NK_TITLE = "North Kesteven District Council – Internal Audit Follow-up of Agreed Management Actions"
NK_AUDITS = [
    {
        "band": "Procurement and Contract Management 2024/25 – Limited Assurance",
        "recs": [
            {
                "priority": "High",
                "rec": "The Council should maintain a single, complete contracts register and publish it quarterly in line with the Local Government Transparency Code.",
                "actions": [
                    dict(ref="1a",
                         action="Procurement Lead to consolidate service contract lists into the corporate contracts register held on the e-tendering portal.",
                         officer="Procurement Lead", lead=["Procurement Lead"],
                         orig=d(2025, 3, 31), rev=d(2025, 9, 30), status_text="Implemented",
                         update="Register consolidated in September 2025; 212 live contracts recorded.",
                         end="2025-09", status="blue"),
                    dict(ref="1b",
                         action="Publish the contracts register on the Council's website each quarter and report compliance to Corporate Management Team.",
                         officer="Procurement Lead / Transparency Officer",
                         lead=["Procurement Lead", "Transparency Officer"],
                         orig=d(2025, 6, 30), rev=d(2025, 12, 31), status_text="Revised date agreed",
                         update="First publication delayed pending data cleanse; Q3 publication scheduled.",
                         end="2025-12", status="amber"),
                ],
            },
            {
                "priority": "Medium",
                "rec": "Waivers of Contract Procedure Rules should be recorded centrally with evidence of approval by the Section 151 Officer.",
                "actions": [
                    dict(ref="2",
                         action="Introduce a central waiver log and an electronic approval form routed to the Chief Finance Officer (S151).",
                         officer="Head of Finance and Property (Deputy S151 Officer)",
                         lead=["Head of Finance and Property (Deputy S151 Officer)"],
                         orig=d(2025, 12, 31), rev=None, status_text="On track",
                         update="Form built in the workflow system; testing with Legal in November.",
                         end="2025-12", status="green"),
                ],
            },
        ],
    },
    {
        "band": "Housing Responsive Repairs 2024/25 – Substantial Assurance",
        "recs": [
            {
                "priority": "Medium",
                "rec": "Repairs orders raised as emergencies should be reviewed to confirm that the priority given was appropriate.",
                "actions": [
                    dict(ref="1",
                         action="Housing Repairs Manager to undertake a monthly sample check of 20 emergency orders and record the outcome.",
                         officer="Housing Repairs Manager", lead=["Housing Repairs Manager"],
                         orig=d(2025, 4, 30), rev=d(2025, 8, 31), status_text="Implemented",
                         update="Monthly sample checks in place since August 2025; results reported to Housing DMT.",
                         end="2025-08", status="blue"),
                ],
            },
            {
                "priority": "Low",
                "rec": "Post-inspection of completed repairs should meet the 10% target set in the Repairs Policy.",
                "actions": [
                    dict(ref="2",
                         action="Recruit a second Repairs Surveyor and report post-inspection rates in the quarterly housing performance report.",
                         officer="Housing Repairs Manager; Asset Manager",
                         lead=["Housing Repairs Manager", "Asset Manager"],
                         orig=d(2025, 3, 31), rev=d(2026, 1, 31), status_text="Revised date agreed",
                         update="Post re-advertised in September 2025 after an unsuccessful first round.",
                         end="2026-01", status="amber"),
                ],
            },
        ],
    },
    {
        "band": "Cyber Security and ICT Resilience 2025/26 – Limited Assurance",
        "recs": [
            {
                "priority": "High",
                "rec": "An ICT disaster recovery test should be completed and the results reported to the Information Governance Group.",
                "actions": [
                    dict(ref="1a",
                         action="Complete a full failover test of critical systems to the secondary data centre.",
                         officer="ICT Manager", lead=["ICT Manager"],
                         orig=d(2025, 9, 30), rev=None, status_text="Overdue",
                         update="Test postponed twice owing to supplier availability; new date to be agreed.",
                         end="2025-09", status="red"),
                    dict(ref="1b",
                         action="Update the ICT Disaster Recovery Plan to reflect the lessons from the failover test.",
                         officer="ICT Manager / Information Governance Officer",
                         lead=["ICT Manager", "Information Governance Officer"],
                         orig=d(2025, 11, 30), rev=None, status_text="On track",
                         update="Draft plan refreshed; will be finalised once the test has taken place.",
                         end="2025-11", status="green"),
                ],
            },
            {
                "priority": "Medium",
                "rec": "Mandatory cyber awareness training should be completed by all staff and elected members.",
                "actions": [
                    dict(ref="2",
                         action="Issue monthly completion reports to Heads of Service and follow up non-completions through line managers.",
                         officer="HR and Organisational Development Manager",
                         lead=["HR and Organisational Development Manager"],
                         orig=d(2025, 10, 31), rev=None, status_text="Implemented",
                         update="Staff completion 96%; member sessions held on 14 October 2025.",
                         end="2025-10", status="blue"),
                ],
            },
        ],
    },
]
NK_KEY = [("Implemented", "blue"), ("On track", "green"),
          ("Revised date agreed", "amber"), ("Overdue", "red")]


def build_nk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding actions"
    widths = [7, 9, 42, 48, 30, 13, 13, 16, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = NK_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Audit Committee, 25 November 2025 – position as at 31 October 2025 (Assurance Lincs)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    # the key sits in C3:F3, one coloured cell per status
    for i, (word, col) in enumerate(NK_KEY):
        c = ws.cell(row=3, column=3 + i)
        c.value = word
        c.fill = fill(FILL[col])
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
    headers = ["Ref", "Priority", "Finding / recommendation", "Agreed management action",
               "Responsible officer", "Original target date", "Revised target date",
               "Status", "Management update (October 2025)"]
    r = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.freeze_panes = "A6"
    r = 6
    for audit in NK_AUDITS:
        ws.cell(row=r, column=1, value=audit["band"]).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill("D9E1F2")
            ws.cell(row=r, column=col).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in audit["recs"]:
            first = r
            for a in rec["actions"]:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=4, value=a["action"])
                ws.cell(row=r, column=5, value=a["officer"])
                c = ws.cell(row=r, column=6, value=a["orig"])
                c.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    c = ws.cell(row=r, column=7, value=a["rev"])
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=8, value=a["status_text"])
                c.fill = fill(FILL[a["status"]])
                ws.cell(row=r, column=9, value=a["update"])
                for col in range(1, 10):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            last = r - 1
            ws.cell(row=first, column=2, value=rec["priority"])
            ws.cell(row=first, column=3, value=rec["rec"])
            if last > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Note: actions marked Implemented are removed from the tracker after they have been reported to the Committee once.").font = Font(italic=True, size=9)

    # summary sheet
    ss = wb.create_sheet("Summary")
    ss.column_dimensions["A"].width = 58
    for col in "BCDEF":
        ss.column_dimensions[col].width = 14
    ss["A1"] = "Summary of agreed actions by audit – position at 31 October 2025"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Implemented", "On track", "Revised date agreed", "Overdue", "Total"]
    for i, h in enumerate(hdr, 1):
        c = ss.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rr = 4
    tot = [0, 0, 0, 0]
    order = ["Implemented", "On track", "Revised date agreed", "Overdue"]
    for audit in NK_AUDITS:
        counts = [0, 0, 0, 0]
        for rec in audit["recs"]:
            for a in rec["actions"]:
                counts[order.index(a["status_text"])] += 1
        ss.cell(row=rr, column=1, value=audit["band"])
        for i, n in enumerate(counts):
            ss.cell(row=rr, column=2 + i, value=n)
            tot[i] += n
        ss.cell(row=rr, column=6, value=sum(counts))
        rr += 1
    ss.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for i, n in enumerate(tot):
        ss.cell(row=rr, column=2 + i, value=n).font = Font(bold=True)
    ss.cell(row=rr, column=6, value=sum(tot)).font = Font(bold=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. South Hams DC - Council Plan Year 2 delivery plan, Q2 (xlsx, read)
# ---------------------------------------------------------------------------
SH_TITLE = "Council Plan 2024–2028: Year 2 Delivery Plan (2025/26) – Quarter 2 Progress"
SH_KEY = [("On track", "green"), ("Off track – plan in place", "amber"),
          ("At risk of not being delivered", "red"), ("Not yet due to start", "grey"),
          ("Complete", "blue")]
SH_THEMES = [
    ("Housing", [
        ("H1 – Increase the supply of affordable homes for local people", [
            dict(ref="H1.1",
                 action="Deliver 20 units of temporary accommodation through the Temporary Accommodation Acquisition Programme.",
                 officer="Head of Housing", lead=["Head of Housing"], by="March 2026",
                 q1="green", q2="green",
                 update="14 units purchased and let; a further 4 under offer.",
                 end="2026-03", status="green"),
            dict(ref="H1.2",
                 action="Bring forward a development partner for the Kingsbridge community-led housing site.",
                 officer="Head of Strategic Housing / Community Housing Lead",
                 lead=["Head of Strategic Housing", "Community Housing Lead"], by="Q4 2025/26",
                 q1="amber", q2="amber",
                 update="Soft market testing complete; procurement route to be agreed by the Executive in December.",
                 end="2026-03", status="amber"),
        ]),
        ("H2 – Prevent homelessness and improve housing standards", [
            dict(ref="H2.1",
                 action="Launch a private sector landlord accreditation scheme with Devon partners.",
                 officer="Head of Environmental Health and Licensing",
                 lead=["Head of Environmental Health and Licensing"], by="Dec-25",
                 q1="grey", q2="green",
                 update="Scheme standards agreed with Devon districts; launch event booked for 4 December.",
                 end="2025-12", status="green"),
        ]),
    ]),
    ("Climate Change and Biodiversity", [
        ("CB1 – Reduce the Council's own carbon emissions", [
            dict(ref="CB1.1",
                 action="Install solar PV and battery storage at Follaton House.",
                 officer="Head of Assets", lead=["Head of Assets"], by=d(2026, 1, 31),
                 q1="green", q2="blue",
                 update="Installation completed in September 2025, ahead of schedule.",
                 end="2026-01", status="blue"),
            dict(ref="CB1.2",
                 action="Replace fleet vehicles with electric or HVO-fuelled equivalents as they fall due for renewal.",
                 officer="Head of Waste and Street Scene", lead=["Head of Waste and Street Scene"],
                 by="Ongoing", q1="green", q2="green",
                 update="Three refuse vehicles converted to HVO in Q2.",
                 end=None, end_text="Ongoing", status="green"),
        ]),
        ("CB2 – Support nature recovery across the district", [
            dict(ref="CB2.1",
                 action="Complete biodiversity net gain baseline surveys on 10 Council-owned green spaces.",
                 officer="Natural Environment Officer", lead=["Natural Environment Officer"],
                 by="September 2025", q1="green", q2="blue",
                 update="All 10 surveys complete; results published on the website.",
                 end="2025-09", status="blue"),
        ]),
    ]),
    ("Economy", [
        ("E1 – Support thriving and resilient towns", [
            dict(ref="E1.1",
                 action="Work with each of the eight towns to agree a town plan and an associated investment programme.",
                 officer="Head of Place and Enterprise", lead=["Head of Place and Enterprise"],
                 by="Q3 2025/26", q1="amber", q2="red",
                 update="Four of eight plans drafted; capacity in the team reduced by two vacancies.",
                 end="2025-12", status="red"),
            dict(ref="E1.2",
                 action="Deliver the UK Shared Prosperity Fund 2025/26 grant programme to local businesses.",
                 officer="Economic Development Manager", lead=["Economic Development Manager"],
                 by="31 March 2026", q1="green", q2="green",
                 update="£312k committed to 41 businesses to date.",
                 end="2026-03", status="green"),
        ]),
    ]),
    ("Delivering Quality Council Services", [
        ("S1 – Make it easier for residents to access services online", [
            dict(ref="S1.1",
                 action="Launch the new customer portal with online account access for council tax and waste services.",
                 officer="Head of Customer Service Delivery; Head of IT",
                 lead=["Head of Customer Service Delivery", "Head of IT"], by="Feb 2026",
                 q1="grey", q2="grey",
                 update="Supplier contract signed; build starts in Q3.",
                 end="2026-02", status="unrated"),
        ]),
    ]),
]


def build_sh(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 25-26"
    widths = [8, 55, 34, 14, 9, 9, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = SH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="00664F")
    ws.merge_cells("A1:G1")
    ws["A2"] = "South Hams District Council – reported to Overview and Scrutiny Committee, 20 November 2025"
    ws.merge_cells("A2:G2")
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for i, (word, col) in enumerate(SH_KEY):
        c = ws.cell(row=4 + i, column=2, value=word)
        k = ws.cell(row=4 + i, column=3)
        k.fill = fill(FILL[col])
        k.border = BOX
    hr = 10
    headers = ["Ref", "Action", "Lead officer", "Delivery by", "Q1 RAG", "Q2 RAG",
               "Progress update – Quarter 2 (July to September 2025)"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    r = hr + 1
    counts = {}
    for theme, objectives in SH_THEMES:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = fill("00664F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for obj, actions in objectives:
            c = ws.cell(row=r, column=1, value=obj)
            c.font = Font(bold=True, italic=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for a in actions:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=2, value=a["action"])
                ws.cell(row=r, column=3, value=a["officer"])
                c = ws.cell(row=r, column=4, value=a["by"])
                if isinstance(a["by"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=5).fill = fill(FILL[a["q1"]])
                ws.cell(row=r, column=6).fill = fill(FILL[a["q2"]])
                ws.cell(row=r, column=7, value=a["update"])
                for col in range(1, 8):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                counts[a["q2"]] = counts.get(a["q2"], 0) + 1
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary – Quarter 2").font = Font(bold=True)
    r += 1
    for word, col in SH_KEY:
        ws.cell(row=r, column=2, value=word)
        ws.cell(row=r, column=3, value=counts.get(col, 0))
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Leicestershire CC - corporate risk register (xlsx, REFUSE: 'Febuary 2026')
# ---------------------------------------------------------------------------
LCC_TITLE = "Leicestershire County Council – Corporate Risk Register"
LCC_RISKS = [
    dict(dept="CR", no="1.1",
         desc="If the Council does not identify and deliver the savings required in the Medium Term Financial Strategy (MTFS), then it will not be able to set a balanced budget in future years.",
         controls="MTFS refreshed annually; monthly budget monitoring to Corporate Management Team; Transformation Programme governance.",
         score="5 x 5 = 25", band="red", target="5 x 4 = 20", dot="↔",
         actions=[
             ("Deliver the Transformation Programme savings of £10.2m identified in the MTFS 2025-29.", "Director of Corporate Resources", "March 2026"),
             ("Lobby Government through the County Councils Network for fairer funding for Leicestershire.", "Chief Executive / Director of Corporate Resources", "Ongoing"),
         ]),
    dict(dept="CFS", no="2.3",
         desc="If demand for Education, Health and Care Needs Assessments and specialist placements continues to grow, then the High Needs Block deficit will increase and the Council will not be able to recover the Dedicated Schools Grant position.",
         controls="Transforming SEND and Inclusion in Leicestershire (TSIL) programme; DSG deficit recovery plan; monthly High Needs monitoring.",
         score="5 x 5 = 25", band="red", target="4 x 4 = 16", dot="↑",
         actions=[
             ("Complete the TSIL workstreams on early identification and mainstream inclusion.", "Director of Children and Family Services", "Sept 2026"),
             ("Open specialist units in mainstream schools to create 150 additional places.", "Assistant Director – Education, SEND and Commissioning", "Febuary 2026"),
             ("Agree a revised DSG deficit management plan with the Department for Education.", "Director of Children and Family Services; Director of Corporate Resources", "Dec 2025"),
         ]),
    dict(dept="A&C", no="3.2",
         desc="If the social care market does not have sufficient capacity or stability, then the Council will not be able to meet its statutory duties under the Care Act 2014.",
         controls="Market Position Statement; quarterly provider sustainability reviews; fee uplift process.",
         score="4 x 4 = 16", band="red", target="4 x 3 = 12", dot="↔",
         actions=[
             ("Refresh the Market Position Statement and commissioning intentions for 2026-29.", "Assistant Director – Integration, Access and Prevention", "Jan 2026"),
             ("Re-tender the home care framework (Help to Live at Home).", "Head of Commissioning and Quality", "Oct 2026"),
         ]),
    dict(dept="CE", no="9.4",
         desc="If climate change impacts happen more frequently or at a greater intensity than anticipated, then there is the risk that County Council services will be negatively affected.",
         controls="Climate adaptation plan; flood risk management strategy; service business continuity plans.",
         score="4 x 3 = 12", band="amber", target="3 x 3 = 9", dot="↔",
         actions=[
             ("Complete a climate risk and adaptation assessment for all council services.", "Head of Environment and Waste", "June 2026"),
         ]),
]


def build_lcc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Oct 2025"
    widths = [7, 8, 48, 40, 13, 50, 34, 14, 13, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = LCC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Corporate Governance Committee, 28 November 2025 – risks as at 31 October 2025"
    ws.merge_cells("A2:J2")
    headers = ["Dept", "Risk No.", "Risk description", "Current controls",
               "Current risk (I x L)", "Further actions / additional controls",
               "Action owner", "Target date", "Target risk (I x L)", "Direction of travel"]
    hr = 4
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = hr + 1
    for risk in LCC_RISKS:
        first = r
        for text, owner, date in risk["actions"]:
            ws.cell(row=r, column=6, value=text)
            ws.cell(row=r, column=7, value=owner)
            ws.cell(row=r, column=8, value=date)
            for col in range(1, 11):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        last = r - 1
        vals = {1: risk["dept"], 2: risk["no"], 3: risk["desc"], 4: risk["controls"],
                5: risk["score"], 9: risk["target"], 10: risk["dot"]}
        for col, v in vals.items():
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=5).fill = fill(FILL[risk["band"]])
    r += 1
    ws.cell(row=r, column=1, value="Risk scoring: impact x likelihood. 1–6 low (green); 8–12 medium (amber); 15–25 high (red). Direction of travel since the last report: ↑ increased, ↓ reduced, ↔ unchanged.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


RAG_WORD_FILL = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

# ---------------------------------------------------------------------------
# 4. Suffolk CC - Ofsted focused visit action plan (docx, read)
# ---------------------------------------------------------------------------
SCC_TITLE = "Suffolk County Council – Ofsted Focused Visit Action Plan"
SCC_AFIS = [
    ("The quality and specificity of child in need and child protection plans, so that families understand what needs to change and by when.", [
        dict(ref="1.1",
             action="Relaunch the Suffolk plan template with SMART outcomes, co-produced with parents through the Family Voices group.",
             leadtxt="Head of Practice Improvement", lead=["Head of Practice Improvement"],
             when="July 2025", evidence="New template live on the case management system; parent feedback gathered.",
             rag="Complete", end="2025-07", status="blue"),
        dict(ref="1.2",
             action="Deliver practice workshops on outcome-focused planning to all CIN and CP team managers and social workers.",
             leadtxt="Principal Social Worker", lead=["Principal Social Worker"],
             when="September 2025", evidence="Attendance 91%; post-workshop audit shows improved plan quality.",
             rag="Complete", end="2025-09", status="blue"),
        dict(ref="1.3",
             action="Monthly thematic audit of 20 plans, with findings reported to the Children's Services Performance Board.",
             leadtxt="Head of Quality Assurance and Safeguarding", lead=["Head of Quality Assurance and Safeguarding"],
             when="Ongoing (monthly)", evidence="Proportion of plans graded good or better rises to 70% by March 2026.",
             rag="Green", end=None, end_text="Ongoing (monthly)", status="green"),
    ]),
    ("Management oversight and supervision, so that the rationale for decisions and the progress of plans are clearly recorded.", [
        dict(ref="2.1",
             action="Revise the supervision policy and recording template to include a reflective section and a review of plan progress.",
             leadtxt="Assistant Director – Children's Social Care", lead=["Assistant Director – Children's Social Care"],
             when="End of October 2025", evidence="Revised policy approved by the Children's Leadership Team.",
             rag="Green", end="2025-10", status="green"),
        dict(ref="2.2",
             action="Team managers to record management oversight on every case at least every four weeks; compliance reported weekly through the performance dashboard.",
             leadtxt="Service Managers (Assessment and Intervention) / Team Managers",
             lead=["Service Managers (Assessment and Intervention)", "Team Managers"],
             when="31/12/2025", evidence="Compliance at 85% or above for three consecutive months.",
             rag="Amber", end="2025-12", status="amber"),
        dict(ref="2.3",
             action="Commission an external review of the quality of supervision from a regional partner authority.",
             leadtxt="Director of Children's Social Care", lead=["Director of Children's Social Care"],
             when="Q4 2025/26", evidence="Review report and response presented to the Improvement Board.",
             rag="Amber", end="2026-03", status="amber"),
    ]),
    ("The timeliness of initial child protection conferences, including for unborn babies subject to pre-birth assessment.", [
        dict(ref="3.1",
             action="Increase capacity in the Child Protection Chair service with two fixed-term posts.",
             leadtxt="Head of Safeguarding", lead=["Head of Safeguarding"],
             when="By 30 September 2025", evidence="Both posts filled; ICPCs within 15 working days up from 71% to 88%.",
             rag="Complete", end="2025-09", status="blue"),
        dict(ref="3.2",
             action="Agree a pre-birth protocol with local maternity services, including notification at 20 weeks' gestation.",
             leadtxt="Head of Safeguarding; Designated Nurse (SNEE ICB)",
             lead=["Head of Safeguarding", "Designated Nurse (SNEE ICB)"],
             when="January 2026", evidence="Protocol signed off by the Suffolk Safeguarding Partnership.",
             rag="Red", end="2026-01", status="red"),
    ]),
]


def build_scc(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SCC_TITLE, style="Title")
    doc.add_paragraph("Focused visit to Suffolk children's services: children in need and children subject to a child protection plan, 3 and 4 June 2025")
    doc.add_paragraph("Action plan submitted to Ofsted on 12 September 2025 and monitored monthly by the Children's Services Improvement Board.")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_text(c, h, bold=True)
    for row in [("0.1", "10/07/2025", "Head of Practice Improvement", "First draft following feedback meeting"),
                ("1.0", "12/09/2025", "Head of Practice Improvement", "Final version submitted to Ofsted"),
                ("1.2", "31/10/2025", "Improvement Programme Manager", "Progress update for Improvement Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    doc.add_heading("RAG key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in [("Complete", "Action complete and evidence of impact seen"),
                          ("Green", "On track"),
                          ("Amber", "Some slippage – mitigation in place"),
                          ("Red", "Off track – escalated to the Improvement Board")]:
        cells = t.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], RAG_WORD_FILL[word])
        set_text(cells[1], meaning)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("Inspectors found that children in need of help and protection in Suffolk receive timely responses and that social workers know their children well. "
                      "The visit identified three areas for improvement. This plan sets out the actions we are taking in response to each of them.")

    for n, (afi, actions) in enumerate(SCC_AFIS, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Evidence of impact", "RAG"]):
            set_text(c, h, bold=True)
            shade(c, "D9D9D9")
        for a in actions:
            cells = t.add_row().cells
            vals = [a["ref"], a["action"], a["leadtxt"], a["when"], a["evidence"], a["rag"]]
            for c, v in zip(cells, vals):
                set_text(c, v)
            shade(cells[5], RAG_WORD_FILL[a["rag"]])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_text(c, h, bold=True)
    for c, v in zip(t.rows[1].cells, ["Executive Director", "Children and Young People's Services", "12/09/2025"]):
        set_text(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Hertfordshire SCP - LCSPR 'Child N' action plan (docx, read)
# ---------------------------------------------------------------------------
HSCP_TITLE = "Hertfordshire Safeguarding Children Partnership – LCSPR ‘Child N’ Multi-Agency Action Plan"
HSCP_RECS = [
    ("Recommendation 1: All partner agencies should ensure that practitioners understand the lived experience of disabled children who are non-verbal, using communication aids and advocacy where needed.", [
        dict(ref="1.1",
             action="Develop a multi-agency practice guide on direct work with non-verbal children, with the Disabled Children's Service.",
             leadtxt="HSCP Learning and Development Manager", lead=["HSCP Learning and Development Manager"],
             when="Dec 2025", update="Draft guide out for consultation with partners until 14 November.",
             prev="Green", cur="Green", end="2025-12", status="green"),
        dict(ref="1.2",
             action="Include the voice of non-verbal children as a theme in the spring multi-agency audit.",
             leadtxt="Chair, Performance and Audit Group", lead=["Chair, Performance and Audit Group"],
             when="March 2026", update="Audit scope agreed at the October meeting of the group.",
             prev="", cur="Green", end="2026-03", status="green"),
    ]),
    ("Recommendation 2: Health partners and the Constabulary should assure the HSCP that information about children brought repeatedly to emergency departments with unexplained injuries is shared with children's social care.", [
        dict(ref="2.1",
             action="Audit compliance with the emergency department safeguarding flag and referral pathway at Lister Hospital and Watford General Hospital.",
             leadtxt="Designated Nurse Safeguarding Children (HWE ICB)", lead=["Designated Nurse Safeguarding Children (HWE ICB)"],
             when="31/01/2026", update="Lister audit complete (82% compliance); Watford audit delayed by the EPR change.",
             prev="Amber", cur="Amber", end="2026-01", status="amber"),
        dict(ref="2.2",
             action="Brief all Child Abuse Investigation Unit supervisors on the revised injury referral threshold.",
             leadtxt="DCI Public Protection (Hertfordshire Constabulary)", lead=["DCI Public Protection (Hertfordshire Constabulary)"],
             when="September 2025", update="Briefings delivered to all CAIU teams.",
             prev="Green", cur="Complete", end="2025-09", status="blue"),
        dict(ref="2.3",
             action="Deliver a learning session for primary care on bruising in non-mobile infants.",
             leadtxt="Named GP / Designated Doctor", lead=["Named GP", "Designated Doctor"],
             when="November 2025", update="Session delivered at the GP safeguarding leads forum; slides circulated.",
             prev="Green", cur="Complete", end="2025-11", status="blue"),
    ]),
    ("Recommendation 3: Hertfordshire County Council should ensure that transfers between locality teams include a joint visit and a clear handover of risk.", [
        dict(ref="3.1",
             action="Amend the case transfer procedure to require a joint home visit within 10 working days of transfer.",
             leadtxt="Head of Family Safeguarding", lead=["Head of Family Safeguarding"],
             when="Oct 2025", update="Procedure amended and published on the procedures manual.",
             prev="Amber", cur="Complete", end="2025-10", status="blue"),
        dict(ref="3.2",
             action="Dip-sample 30 transferred cases to test compliance and report the findings to the HSCP Executive.",
             leadtxt="Head of Quality Assurance / Principal Social Worker",
             lead=["Head of Quality Assurance", "Principal Social Worker"],
             when="Q4 2025/26", update="Not yet started; audit capacity diverted to inspection preparation.",
             prev="Green", cur="Red", end="2026-03", status="red"),
    ]),
    ("Recommendation 4: The HSCP should share the learning from this review across the partnership and test its impact.", [
        dict(ref="4.1",
             action="Publish a 7-minute briefing and hold two multi-agency learning events.",
             leadtxt="HSCP Business Manager", lead=["HSCP Business Manager"],
             when="Ongoing", update="Briefing published July 2025; first learning event held 23 September.",
             prev="Green", cur="Green", end=None, end_text="Ongoing", status="green"),
    ]),
]
HSCP_FILL = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def build_hscp(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(HSCP_TITLE, style="Title")
    doc.add_paragraph("Review published: 14 May 2025.  Monitored by: Local Child Safeguarding Practice Review Panel.  Last updated: 7 October 2025.")
    doc.add_paragraph("Previous RAG = position reported to the Panel in July 2025.  Current RAG = position at October 2025.  Complete = action completed and evidence provided to the Panel.")
    cols = ["No.", "Action", "Lead agency / officer", "Target date", "Progress update", "Previous RAG", "Current RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_text(c, h, bold=True)
        shade(c, "1F3864")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for rec, actions in HSCP_RECS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_text(merged, rec, bold=True)
        shade(merged, "DEEAF6")
        for a in actions:
            cells = t.add_row().cells
            vals = [a["ref"], a["action"], a["leadtxt"], a["when"], a["update"], a["prev"], a["cur"]]
            for c, v in zip(cells, vals):
                set_text(c, v)
            if a["prev"]:
                shade(cells[5], HSCP_FILL[a["prev"]])
            shade(cells[6], HSCP_FILL[a["cur"]])
    doc.add_paragraph()
    doc.add_paragraph("Actions rated Complete will be closed by the Panel once evidence of impact has been reviewed.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Norfolk Health and Wellbeing Board - action log (csv, read)
# ---------------------------------------------------------------------------
NHWB_TITLE = "Norfolk Health and Wellbeing Board – Action Log"
NHWB_MEETINGS = [
    ("Meeting of 26 March 2025", [
        dict(ref="HWB25/01", raised="26/03/2025",
             action="Circulate the draft Joint Health and Wellbeing Strategy delivery plan to all Board members for comment.",
             owner="HWB Business Manager", lead=["HWB Business Manager"], due="30/04/2025", rag="B",
             update="Circulated 14 April 2025. Closed.", end="2025-04", status="blue"),
        dict(ref="HWB25/02", raised="26/03/2025",
             action="Bring the Better Care Fund 2025-26 plan to the Board for sign-off, including the discharge fund allocation.",
             owner="Director of Commissioning, Adult Social Services",
             lead=["Director of Commissioning, Adult Social Services"], due="Jun-25", rag="B",
             update="Considered and approved at the June meeting.", end="2025-06", status="blue"),
        dict(ref="HWB25/03", raised="26/03/2025",
             action="Scope a joint approach to the children's healthy weight pathway in King's Lynn and Great Yarmouth.",
             owner="Director of Public Health / ICB Director of Population Health",
             lead=["Director of Public Health", "ICB Director of Population Health"], due="Dec-25", rag="A",
             update="Scoping workshop held; proposal delayed to align with the ICB neighbourhood health plans.",
             end="2025-12", status="amber"),
    ]),
    ("Meeting of 25 June 2025", [
        dict(ref="HWB25/04", raised="25/06/2025",
             action="Each district council to nominate a lead officer for the Norfolk Warm Homes partnership.",
             owner="District Council Chief Executives", lead=["District Council Chief Executives"],
             due="31/07/2025", rag="R",
             update="Five of seven nominations received; Chair has written to the remaining councils.",
             end="2025-07", status="red"),
        dict(ref="HWB25/05", raised="25/06/2025",
             action="Report the outcome of the Pharmaceutical Needs Assessment consultation, with a summary of gaps in pharmacy provision.",
             owner="Public Health Consultant (PNA lead)", lead=["Public Health Consultant (PNA lead)"],
             due="24/09/2025", rag="B",
             update="Reported at the September meeting; PNA published 1 October 2025.",
             end="2025-09", status="blue"),
    ]),
    ("Meeting of 24 September 2025", [
        dict(ref="HWB25/06", raised="24/09/2025",
             action="Write to the Secretary of State about the impact of ICB running-cost reductions on prevention programmes.",
             owner="Cllr A. Thomas (Chair); HWB Business Manager",
             lead=["Cllr A. Thomas (Chair)", "HWB Business Manager"], due="Oct-25", rag="G",
             update="Draft letter with the Chair for approval.", end="2025-10", status="green"),
        dict(ref="HWB25/07", raised="24/09/2025",
             action="Add a standing item on the Norfolk and Waveney Suicide Prevention Strategy to the forward plan.\nReport to include real-time surveillance data and postvention support for bereaved families.",
             owner="HWB Business Manager", lead=["HWB Business Manager"], due="Ongoing", rag="G",
             update="On the forward plan for December 2025 and March 2026.",
             end=None, end_text="Ongoing", status="green"),
    ]),
]


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_nhwb(path):
    ncol = 7
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([NHWB_TITLE])
    row(["Last updated: 30 September 2025 (Health and Wellbeing Board Business Manager)"])
    row([])
    row(["Ref", "Date raised", "Action", "Owner", "Due", "RAG", "Update"])
    for meeting, actions in NHWB_MEETINGS:
        row([meeting])
        for a in actions:
            row([a["ref"], a["raised"], a["action"], a["owner"], a["due"], a["rag"], a["update"]])
    row([])
    row(["RAG: B = complete/closed; G = on track; A = at risk of slipping; R = overdue"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Safer Barnsley Partnership - DHR 'Lorna' action plan (txt tab-separated, read)
# ---------------------------------------------------------------------------
SBP_TITLE = "Safer Barnsley Partnership: Domestic Homicide Review ‘Lorna’ – Action Plan"
SBP_RECS = [
    ("1. Barnsley agencies should ensure that practitioners routinely ask about domestic abuse when older adults present with carer stress.", [
        dict(ref="1.1", scope="Local",
             action="Incorporate routine enquiry about domestic abuse into the carer's assessment template.",
             agency="Barnsley Council – Adult Social Care", lead=["Barnsley Council – Adult Social Care"],
             milestones="Template revised and approved at Adults DMT, 03/07/2025", target="July 2025",
             outcome="Completed 21/07/2025 – new template live on the case management system.", rag="B",
             end="2025-07", status="blue"),
        dict(ref="1.2", scope="Local",
             action="Deliver briefings on domestic abuse and older people to Adult Social Care and Carers' Centre staff.",
             agency="Barnsley Council – Adult Social Care / Barnsley Carers' Centre",
             lead=["Barnsley Council – Adult Social Care", "Barnsley Carers' Centre"],
             milestones="2 of 4 sessions delivered", target="Nov 2025", outcome="", rag="G",
             end="2025-11", status="green"),
    ]),
    ("2. Primary care should record and act on disclosures of controlling behaviour made during appointments, including disclosures made by a family member.", [
        dict(ref="2.1", scope="Local",
             action="Audit GP records in the victim's primary care network for the coding of domestic abuse disclosures.",
             agency="SY ICB (Barnsley Place)", lead=["SY ICB (Barnsley Place)"],
             milestones="Audit tool agreed with the Named GP", target="31/12/2025", outcome="", rag="G",
             end="2025-12", status="green"),
        dict(ref="2.2", scope="Local",
             action="Add IRIS domestic abuse training to the protected learning time programme for GP practices.",
             agency="SY ICB (Barnsley Place)", lead=["SY ICB (Barnsley Place)"],
             milestones="", target="Q4 2025/26", outcome="", rag="A",
             end="2026-03", status="amber"),
    ]),
    ("3. South Yorkshire Police should ensure that DASH risk assessments are completed with the victim away from the alleged perpetrator.", [
        dict(ref="3.1", scope="Local/Regional",
             action="Issue a force-wide practice note and include the learning in the domestic abuse refresher training.",
             agency="South Yorkshire Police", lead=["South Yorkshire Police"],
             milestones="Practice note issued 14/05/2025", target="May 2025",
             outcome="Completed – practice note issued; refresher training updated June 2025.", rag="B",
             end="2025-05", status="blue"),
    ]),
    ("4. The Safer Barnsley Partnership should seek assurance that the hospital IDVA service has capacity to respond to referrals within one working day.", [
        dict(ref="4.1", scope="Local",
             action="Review referral numbers and response times for the hospital IDVA service.",
             agency="Barnsley Hospital NHS FT & IDAS", lead=["Barnsley Hospital NHS FT", "IDAS"],
             milestones="Data requested from the provider", target="Sept 2025",
             outcome="Slipped – data not yet received from the provider.", rag="R",
             end="2025-09", status="red"),
        dict(ref="4.2", scope="Local",
             action="Report the findings and options to the Safer Barnsley Partnership Board.",
             agency="Community Safety Manager", lead=["Community Safety Manager"],
             milestones="", target="Jan 2026", outcome="", rag="A",
             end="2026-01", status="amber"),
    ]),
    ("5. The Home Office should consider including older victims of domestic abuse in national awareness campaigns.", [
        dict(ref="5.1", scope="National",
             action="Chair of the Safer Barnsley Partnership to write to the Home Office with the findings of the review.",
             agency="Safer Barnsley Partnership", lead=["Safer Barnsley Partnership"],
             milestones="Letter sent 02/06/2025", target="June 2025",
             outcome="Completed 02/06/2025.", rag="B",
             end="2025-06", status="blue"),
    ]),
]


def build_sbp(path):
    lines = [
        SBP_TITLE,
        "Exported from the DHR action tracker on 06/10/2025. Home Office Quality Assurance Panel letter received 12/03/2025.",
        "",
        "\t".join(["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
                   "Key milestones achieved", "Target date", "Date of completion and outcome", "RAG"]),
    ]
    for rec, actions in SBP_RECS:
        for i, a in enumerate(actions):
            lines.append("\t".join([a["ref"], rec if i == 0 else "", a["scope"], a["action"],
                                    a["agency"], a["milestones"], a["target"], a["outcome"], a["rag"]]))
    lines += ["", "RAG: B – complete; G – on track; A – some delay; R – off track."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "oc1-north-kesteven-district-council-internal-audit-recommendations-tracker.xlsx": build_nk,
    "oc1-south-hams-district-council-council-plan-delivery-plan-q2-2025-26.xlsx": build_sh,
    "oc1-leicestershire-county-council-corporate-risk-register-typo-month-refuse.xlsx": build_lcc,
    "oc1-suffolk-county-council-ofsted-focused-visit-action-plan.docx": build_scc,
    "oc1-hertfordshire-safeguarding-children-partnership-lcspr-child-n-action-plan.docx": build_hscp,
    "oc1-norfolk-health-and-wellbeing-board-action-log.csv": build_nhwb,
    "oc1-safer-barnsley-partnership-dhr-lorna-action-plan.txt": build_sbp,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
